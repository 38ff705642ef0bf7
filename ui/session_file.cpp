#include "ui/session_file.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

#include <cmath>
#include <cstring>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include "engine/service/image_check.h"

namespace pivq::ui {

namespace {
constexpr int kMaxEntries = 64;
constexpr qint64 kMaxEntryBytes = qint64(64) << 20;
constexpr int kMaxSide = 8192;
constexpr uchar kUnedited = 255;

using Kind = service::LatentSource::Kind;

// Messages are translated in the context "pivq::ui::Session".
class Text {
    Q_DECLARE_TR_FUNCTIONS(pivq::ui::Session)
};

const char* inputEntry(int i)
{
    static const char* names[] = {"pose.png", "identity.png", "second_pose.png", "second_identity.png"};
    return names[i];
}

const char* latentsEntry(int i)
{
    static const char* names[] = {"pose_latents.f32", "identity_latents.f32", "second_pose_latents.f32",
                                  "second_identity_latents.f32"};
    return names[i];
}

bool knownEntry(const QString& name)
{
    static const QRegularExpression edits("^edits_layer[0-9]{1,3}\\.png$");
    if (name == "session.json") return true;
    for (int i = 0; i < 4; ++i)
        if (name == inputEntry(i) || name == latentsEntry(i)) return true;
    return edits.match(name).hasMatch();
}

QByteArray floatBytes(const QVector<float>& values)
{
    QByteArray bytes(values.size() * 4, Qt::Uninitialized);
    for (int i = 0; i < values.size(); ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &values[i], 4);
        qToLittleEndian(bits, bytes.data() + 4 * i);
    }
    return bytes;
}

// False when the bytes are not `count` finite float32 values.
bool readFloats(const QByteArray& bytes, int count, QVector<float>* out)
{
    if (bytes.size() != qint64(count) * 4) return false;
    out->resize(count);
    for (int i = 0; i < count; ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + 4 * i);
        float v = 0;
        std::memcpy(&v, &bits, 4);
        if (!std::isfinite(v)) return false;
        (*out)[i] = v;
    }
    return true;
}

QByteArray png(const QImage& img)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, "png");
    w.write(img);
    return bytes;
}

QImage decodePng(const QByteArray& bytes)
{
    // Format, size and truncation from the header first, as for every input image.
    if (!service::imageBytesProblem(bytes).isEmpty()) return {};
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    QImageReader r(&buf, "png");
    const QSize size = r.size();
    if (!size.isValid() || size.width() > kMaxSide || size.height() > kMaxSide) return {};
    return r.read();
}

QString kindName(Kind k)
{
    switch (k) {
        case Kind::Image:
            return "image";
        case Kind::Random:
            return "random";
        case Kind::File:
            return "file";
        case Kind::Latents:
            return "latents";
        case Kind::None:
            break;
    }
    return "none";
}
}  // namespace

bool writeSession(const QString& path, const Session& s, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = Text::tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    };
    QMap<QString, QByteArray> entries;
    QJsonObject root;
    root["model"] = QJsonObject{{"path", s.modelPath}, {"name", s.modelName}};
    const SessionInput* inputs[] = {&s.pose, &s.identity, &s.poseB, &s.identityB};
    QJsonArray jsonInputs;
    bool anyLatents = false;
    for (int i = 0; i < 4; ++i) {
        const SessionInput& in = *inputs[i];
        QJsonObject o{{"kind", kindName(in.source.kind)}, {"description", in.description}};
        if (in.source.kind == Kind::Image || (in.source.kind == Kind::Latents && !in.source.image.isNull())) {
            o["entry"] = QString::fromLatin1(inputEntry(i));
            entries[inputEntry(i)] = png(in.source.image);
        }
        if (in.source.kind == Kind::Latents) {
            const qint64 count = qint64(in.numWs) * in.wDim;
            if (in.numWs < 1 || in.numWs > Session::kMaxNumWs || in.wDim < 1 || in.wDim > Session::kMaxWDim ||
                count != in.source.latents.size())
                return fail(Text::tr("the latents of input %1 do not have the shape %2 × %3")
                                .arg(i + 1)
                                .arg(in.numWs)
                                .arg(in.wDim));
            o["latents"] = QString::fromLatin1(latentsEntry(i));
            o["num_ws"] = in.numWs;
            o["w_dim"] = in.wDim;
            entries[latentsEntry(i)] = floatBytes(in.source.latents);
            anyLatents = true;
        } else if (in.source.kind == Kind::Random) {
            o["seed"] = QString::number(in.source.seed);  // 64-bit: a JSON number would lose digits
            o["psi"] = in.source.psi;
        } else if (in.source.kind == Kind::File) {
            o["file"] = in.source.path;
        }
        jsonInputs.append(o);
    }
    root["inputs"] = jsonInputs;
    root["pose_t"] = s.poseT;
    root["identity_t"] = s.identityT;
    root["layer"] = s.layer;
    QJsonArray layers;
    for (auto it = s.sides.cbegin(); it != s.sides.cend(); ++it) {
        const int l = it.key(), side = it.value();
        QJsonObject o{{"layer", l}, {"side", side}};
        QJsonArray palette;
        const QVector<QRgb> colors = s.colors.value(l);
        const QStringList names = s.names.value(l);
        for (int k = 0; k < colors.size(); ++k)
            palette.append(QJsonObject{{"name", names.value(k)}, {"color", QColor(colors[k]).name()}});
        o["palette"] = palette;
        if (s.edits.contains(l)) {
            const MaskDocument::Cells& cells = s.edits[l];
            if (cells.size() != side * side) return fail(Text::tr("the edits of layer %1 do not fit its mask").arg(l));
            QImage m(side, side, QImage::Format_Grayscale8);
            for (int y = 0; y < side; ++y)
                for (int x = 0; x < side; ++x) {
                    const qint8 v = cells[y * side + x];
                    m.scanLine(y)[x] = v == MaskDocument::kEncoded ? kUnedited : static_cast<uchar>(v);
                }
            const QString name = QStringLiteral("edits_layer%1.png").arg(l);
            entries[name] = png(m);
            o["edits"] = name;
        }
        layers.append(o);
    }
    root["layers"] = layers;
    root["format"] = anyLatents ? Session::kFormat : Session::kPlainFormat;
    entries["session.json"] = QJsonDocument(root).toJson();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    {
        QuaZip zip(&file);
        zip.setAutoClose(false);  // QSaveFile is committed, never closed
        if (!zip.open(QuaZip::mdCreate)) return fail(Text::tr("cannot create the archive"));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QuaZipFile out(&zip);
            if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) || out.write(*it) != it->size())
                return fail(Text::tr("cannot write %1").arg(it.key()));
            out.close();
            if (out.getZipError() != ZIP_OK) return fail(Text::tr("cannot write %1").arg(it.key()));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK) return fail(Text::tr("cannot finish the archive"));
    }
    if (!file.commit()) return fail(file.errorString());
    return true;
}

bool readSession(const QString& path, Session* s, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = Text::tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) return fail(Text::tr("it is not a PIVQ session (not a zip archive)"));
    if (zip.getEntriesCount() > kMaxEntries) return fail(Text::tr("it has too many entries"));
    QMap<QString, QByteArray> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) return fail(Text::tr("its zip directory is damaged"));
        if (!knownEntry(info.name)) return fail(Text::tr("unexpected entry “%1”").arg(info.name));
        if (info.uncompressedSize > quint64(kMaxEntryBytes)) return fail(Text::tr("%1 is too large").arg(info.name));
        if (entries.contains(info.name)) return fail(Text::tr("%1 appears twice").arg(info.name));
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly)) return fail(Text::tr("cannot read %1").arg(info.name));
        const QByteArray bytes = f.read(kMaxEntryBytes + 1);
        f.close();
        if (bytes.size() != qint64(info.uncompressedSize) || f.getZipError() != UNZ_OK)
            return fail(Text::tr("%1 is damaged").arg(info.name));
        entries[info.name] = bytes;
    }
    if (!entries.contains("session.json")) return fail(Text::tr("it is not a PIVQ session (no session.json)"));
    QJsonParseError perr;
    const QJsonObject root = QJsonDocument::fromJson(entries["session.json"], &perr).object();
    if (perr.error != QJsonParseError::NoError) return fail(Text::tr("session.json is not valid JSON"));
    const int format = root["format"].toInt();
    if (format < Session::kPlainFormat || format > Session::kFormat)
        return fail(Text::tr("it was written in format %1; this version reads formats %2 to %3")
                        .arg(format)
                        .arg(Session::kPlainFormat)
                        .arg(Session::kFormat));

    Session out;
    out.modelPath = root["model"].toObject()["path"].toString();
    out.modelName = root["model"].toObject()["name"].toString();
    SessionInput* inputs[] = {&out.pose, &out.identity, &out.poseB, &out.identityB};
    const QJsonArray jsonInputs = root["inputs"].toArray();
    for (int i = 0; i < 4 && i < jsonInputs.size(); ++i) {
        const QJsonObject o = jsonInputs[i].toObject();
        const QString kind = o["kind"].toString();
        SessionInput& in = *inputs[i];
        in.description = o["description"].toString();
        if (kind == "image") {
            const QImage img = decodePng(entries.value(o["entry"].toString()));
            if (img.isNull()) return fail(Text::tr("the image %1 is missing or damaged").arg(o["entry"].toString()));
            in.source = service::LatentSource::fromImage(img);
        } else if (kind == "random") {
            bool ok = false;
            const quint64 seed = o["seed"].toString().toULongLong(&ok);
            if (!ok) return fail(Text::tr("a random input has no valid seed"));
            in.source = service::LatentSource::random(seed, qBound(0.0, o["psi"].toDouble(0.7), 2.0));
        } else if (kind == "file") {
            in.source = service::LatentSource::fromFile(o["file"].toString());
        } else if (kind == "latents") {
            const QString name = o["latents"].toString();
            const int numWs = o["num_ws"].toInt(), wDim = o["w_dim"].toInt();
            if (format < 2 || name != QString::fromLatin1(latentsEntry(i)) || !entries.contains(name))
                return fail(Text::tr("the refined latents of input %1 are missing").arg(i + 1));
            if (numWs < 1 || numWs > Session::kMaxNumWs || wDim < 1 || wDim > Session::kMaxWDim)
                return fail(
                    Text::tr("the refined latents %1 have an invalid shape %2 × %3").arg(name).arg(numWs).arg(wDim));
            const QByteArray bytes = entries.value(name);
            if (bytes.size() != qint64(numWs) * wDim * 4)
                return fail(Text::tr("the refined latents %1 are damaged: %2 bytes where %3 × %4 float32 values "
                                     "take %5")
                                .arg(name)
                                .arg(bytes.size())
                                .arg(numWs)
                                .arg(wDim)
                                .arg(qint64(numWs) * wDim * 4));
            QVector<float> ws;
            if (!readFloats(bytes, numWs * wDim, &ws))
                return fail(Text::tr("the refined latents %1 hold a value that is not a finite number").arg(name));
            QImage img;
            if (o.contains("entry")) {
                img = decodePng(entries.value(o["entry"].toString()));
                if (img.isNull())
                    return fail(Text::tr("the image %1 is missing or damaged").arg(o["entry"].toString()));
            }
            in.source = service::LatentSource::fromLatents(ws, img);
            in.numWs = numWs;
            in.wDim = wDim;
        }
    }
    out.poseT = qBound(0.0, root["pose_t"].toDouble(), 1.0);
    out.identityT = qBound(0.0, root["identity_t"].toDouble(), 1.0);
    out.layer = root["layer"].toInt(-1);
    for (const QJsonValue& v : root["layers"].toArray()) {
        const QJsonObject o = v.toObject();
        const int l = o["layer"].toInt(-1), side = o["side"].toInt();
        if (l < 0 || side <= 0 || side > 1024) return fail(Text::tr("a mask layer is described wrongly"));
        out.sides[l] = side;
        for (const QJsonValue& p : o["palette"].toArray()) {
            out.colors[l].push_back(QColor(p.toObject()["color"].toString()).rgb());
            out.names[l].push_back(p.toObject()["name"].toString());
        }
        if (o.contains("edits")) {
            const QImage m = decodePng(entries.value(o["edits"].toString()));
            if (m.isNull() || m.size() != QSize(side, side))
                return fail(Text::tr("the mask edits of layer %1 are missing or damaged").arg(l));
            const QImage g = m.convertToFormat(QImage::Format_Grayscale8);
            MaskDocument::Cells cells(side * side, MaskDocument::kEncoded);
            for (int y = 0; y < side; ++y)
                for (int x = 0; x < side; ++x) {
                    const uchar v = g.constScanLine(y)[x];
                    if (v != kUnedited) {
                        if (v > 127) return fail(Text::tr("the mask edits of layer %1 hold an invalid class").arg(l));
                        cells[y * side + x] = static_cast<qint8>(v);
                    }
                }
            out.edits[l] = cells;
        }
    }
    *s = out;
    return true;
}

}  // namespace pivq::ui
