#include "ui/mask_document.h"

#include <QColor>

namespace pivq::ui {

namespace {
const MaskDocument::Cells kNoCells;

// Distinct hues for a layer whose palette the engine did not report.
QRgb fallbackColor(int cls, int classes)
{
    return QColor::fromHsv((cls * 360 / qMax(1, classes)) % 360, 170, 230).rgb();
}
}  // namespace

MaskDocument::MaskDocument(QObject* parent) : QObject(parent) {}

void MaskDocument::reset(const QVector<int>& layers, const QMap<int, int>& sides, int classes,
                         const QMap<int, QVector<QRgb>>& palettes, const QMap<int, QStringList>& names)
{
    layers_.clear();
    sides_.clear();
    encoded_.clear();
    overrides_.clear();
    colors_.clear();
    names_.clear();
    hidden_.clear();
    solo_.clear();
    classes_ = qBound(0, classes, 255);
    for (int l : layers) {
        const int side = sides.value(l, 0);
        if (side <= 0) continue;
        layers_.push_back(l);
        sides_[l] = side;
        overrides_[l] = Cells(side * side, kEncoded);
        QVector<QRgb> c = palettes.value(l);
        QStringList n = names.value(l);
        // The engine's default names ("class 1", ...) are shown in the user's language.
        for (int k = 0; k < n.size(); ++k)
            if (n[k] == QStringLiteral("class %1").arg(k + 1)) n[k] = tr("class %1").arg(k + 1);
        for (int k = c.size(); k < classes_; ++k) c.push_back(fallbackColor(k, classes_));
        for (int k = n.size(); k < classes_; ++k) n.push_back(tr("class %1").arg(k + 1));
        colors_[l] = c.mid(0, classes_);
        names_[l] = n.mid(0, classes_);
    }
    Q_EMIT layersReset();
}

bool MaskDocument::contains(int layer, QPoint cell) const
{
    const int s = side(layer);
    return s > 0 && cell.x() >= 0 && cell.y() >= 0 && cell.x() < s && cell.y() < s;
}

void MaskDocument::setEncoded(int layer, const QImage& mask)
{
    const int s = side(layer);
    if (s <= 0 || mask.width() != s || mask.height() != s) return;
    QImage m(s, s, QImage::Format_Indexed8);
    QVector<QRgb> table(classes_);
    for (int k = 0; k < classes_; ++k) table[k] = qRgb(k, k, k);
    m.setColorTable(table);
    const bool indexed = mask.format() == QImage::Format_Indexed8;
    const QImage gray = indexed ? mask : mask.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < s; ++y) {
        const uchar* src = gray.constScanLine(y);
        uchar* dst = m.scanLine(y);
        for (int x = 0; x < s; ++x) dst[x] = static_cast<uchar>(qMin<int>(src[x], qMax(0, classes_ - 1)));
    }
    if (encoded_.contains(layer) && encoded_[layer] == m) return;
    encoded_[layer] = m;
    Q_EMIT masksChanged(layer);
}

int MaskDocument::encodedAt(int layer, QPoint cell) const
{
    if (!contains(layer, cell)) return -1;
    const auto it = encoded_.constFind(layer);
    if (it == encoded_.constEnd()) return -1;
    return it->pixelIndex(cell);
}

int MaskDocument::classAt(int layer, QPoint cell) const
{
    if (!contains(layer, cell)) return -1;
    const qint8 o = overrides(layer).value(index(layer, cell), kEncoded);
    return o != kEncoded ? o : encodedAt(layer, cell);
}

QImage MaskDocument::effective(int layer) const
{
    const auto it = encoded_.constFind(layer);
    if (it == encoded_.constEnd()) return {};
    QImage m = it->copy();
    m.setColorTable(colors_.value(layer));
    const Cells& o = overrides(layer);
    const int s = side(layer);
    for (int y = 0; y < s; ++y) {
        uchar* row = m.scanLine(y);
        for (int x = 0; x < s; ++x) {
            const qint8 v = o.value(y * s + x, kEncoded);
            if (v != kEncoded) row[x] = static_cast<uchar>(v);
        }
    }
    return m;
}

const MaskDocument::Cells& MaskDocument::overrides(int layer) const
{
    const auto it = overrides_.constFind(layer);
    return it == overrides_.constEnd() ? kNoCells : *it;
}

void MaskDocument::setOverrides(int layer, const Cells& cells)
{
    if (!hasLayer(layer) || cells.size() != side(layer) * side(layer)) return;
    if (overrides_[layer] == cells) return;
    overrides_[layer] = cells;
    Q_EMIT masksChanged(layer);
    Q_EMIT editsChanged(layer);
}

bool MaskDocument::setOverride(int layer, QPoint cell, qint8 value)
{
    if (!contains(layer, cell) || value < kEncoded || value >= classes_) return false;
    qint8& v = overrides_[layer][index(layer, cell)];
    if (v == value) return false;
    v = value;
    Q_EMIT masksChanged(layer);
    Q_EMIT editsChanged(layer);
    return true;
}

bool MaskDocument::isEdited(int layer) const
{
    for (qint8 v : overrides(layer))
        if (v != kEncoded) return true;
    return false;
}

bool MaskDocument::hasEdits() const
{
    return !editedLayers().isEmpty();
}

QVector<int> MaskDocument::editedLayers() const
{
    QVector<int> out;
    for (int l : layers_)
        if (isEdited(l)) out.push_back(l);
    return out;
}

QMap<int, QImage> MaskDocument::editedMasks() const
{
    QMap<int, QImage> out;
    for (int l : editedLayers()) {
        const QImage m = effective(l);
        if (!m.isNull()) out[l] = m;
    }
    return out;
}

QRgb MaskDocument::color(int layer, int cls) const
{
    return colors_.value(layer).value(cls, qRgb(0, 0, 0));
}

QString MaskDocument::className(int layer, int cls) const
{
    return names_.value(layer).value(cls);
}

void MaskDocument::setColor(int layer, int cls, QRgb color)
{
    if (!hasLayer(layer) || cls < 0 || cls >= classes_ || colors_[layer][cls] == color) return;
    colors_[layer][cls] = color;
    Q_EMIT paletteChanged(layer);
}

void MaskDocument::setClassName(int layer, int cls, const QString& name)
{
    if (!hasLayer(layer) || cls < 0 || cls >= classes_ || names_[layer][cls] == name) return;
    names_[layer][cls] = name;
    Q_EMIT paletteChanged(layer);
}

void MaskDocument::setHidden(int layer, int cls, bool hidden)
{
    if (!hasLayer(layer) || cls < 0 || cls >= classes_ || isHidden(layer, cls) == hidden) return;
    if (hidden)
        hidden_[layer].insert(cls);
    else
        hidden_[layer].remove(cls);
    Q_EMIT paletteChanged(layer);
}

void MaskDocument::setSolo(int layer, int cls)
{
    if (!hasLayer(layer) || cls < -1 || cls >= classes_ || solo(layer) == cls) return;
    solo_[layer] = cls;
    Q_EMIT paletteChanged(layer);
}

bool MaskDocument::isShown(int layer, int cls) const
{
    const int s = solo(layer);
    if (s >= 0) return cls == s;
    return !isHidden(layer, cls);
}

QVector<QRgb> MaskDocument::displayColors(int layer) const
{
    QVector<QRgb> out = colors_.value(layer);
    for (int k = 0; k < out.size(); ++k) out[k] = isShown(layer, k) ? (out[k] | 0xff000000u) : qRgba(0, 0, 0, 0);
    return out;
}

}  // namespace pivq::ui
