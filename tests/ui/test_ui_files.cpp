// ui/session_file and ui/image_file: hostile session files are refused with a sentence that
// names the file and loses nothing; image exports are atomic.
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/hostile_images.h"
#include "tests/support/zip_files.h"
#include "ui/image_file.h"
#include "ui/session_file.h"

using namespace pivq;
using pivq::testing::ZipEntries;

namespace {
ui::Session sampleSession()
{
    ui::Session s;
    s.modelName = "tiny";
    QImage face(16, 16, QImage::Format_RGB32);
    face.fill(qRgb(200, 150, 120));
    s.pose.source = service::LatentSource::fromImage(face);
    s.pose.description = "pose.png";
    s.identity.source = service::LatentSource::random(7);
    s.identity.description = "random #7";
    s.layer = 2;
    s.sides[2] = 4;
    ui::MaskDocument::Cells cells(16, ui::MaskDocument::kEncoded);
    cells[5] = 2;
    s.edits[2] = cells;
    return s;
}

QByteArray* entry(ZipEntries& e, const QString& name)
{
    for (auto& kv : e)
        if (kv.first == name) return &kv.second;
    return nullptr;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestUiFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionRoundTrip();
    void hostileSessionsAreRefused_data();
    void hostileSessionsAreRefused();
    void failedImageExportKeepsThePreviousFile();
};

void TestUiFiles::sessionRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("a.pivqsession");
    QString error;
    QVERIFY2(ui::writeSession(path, sampleSession(), &error), qPrintable(error));
    ui::Session back;
    QVERIFY2(ui::readSession(path, &back, &error), qPrintable(error));
    QCOMPARE(back.identity.source.seed, quint64(7));
    QCOMPARE(back.edits.value(2), sampleSession().edits.value(2));
}

void TestUiFiles::hostileSessionsAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << "empty"
                                << "not a zip archive";
    QTest::newRow("cut in half") << "truncated"
                                 << "Could not open";
    QTest::newRow("future format") << "future"
                                   << "format 99";
    QTest::newRow("zip-slip name") << "slip"
                                   << "unexpected entry";
    QTest::newRow("unknown entry") << "unknown"
                                   << "unexpected entry";
    QTest::newRow("too many entries") << "many"
                                      << "too many entries";
    QTest::newRow("duplicate entry") << "duplicate"
                                     << "appears twice";
    QTest::newRow("zip bomb (80 MB image entry)") << "bomb"
                                                  << "is too large";
    QTest::newRow("image claims 100000x100000") << "pngbomb"
                                                << "missing or damaged";
    QTest::newRow("image cut in half") << "cutimage"
                                       << "missing or damaged";
    QTest::newRow("session.json not JSON") << "json"
                                           << "not valid JSON";
    QTest::newRow("no session.json") << "nojson"
                                     << "no session.json";
    QTest::newRow("edits of the wrong size") << "edits"
                                             << "edits of layer 2";
}

void TestUiFiles::hostileSessionsAreRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString good = dir.filePath("good.pivqsession");
    const QString bad = dir.filePath("bad.pivqsession");
    QString error;
    QVERIFY2(ui::writeSession(good, sampleSession(), &error), qPrintable(error));
    ZipEntries e = testing::readZip(good);
    QVERIFY(entry(e, "session.json") && entry(e, "pose.png"));
    auto json = [&](const QByteArray& from, const QByteArray& to) {
        QByteArray* j = entry(e, "session.json");
        QVERIFY(j->contains(from));
        j->replace(from, to);
    };
    if (damage == "empty") {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (damage == "truncated") {
        const QByteArray b = fileBytes(good);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b.left(b.size() / 2));
    } else {
        if (damage == "future") json("\"format\": 1", "\"format\": 99");
        if (damage == "slip") e.emplace_back("../../.bashrc", QByteArray("echo owned\n"));
        if (damage == "unknown") e.emplace_back("notes.txt", QByteArray("hello"));
        if (damage == "many")
            for (int i = 0; i < 70; ++i) e.emplace_back(QString("x%1").arg(i), QByteArray("x"));
        if (damage == "duplicate") e.push_back(e.front());
        if (damage == "bomb") *entry(e, "pose.png") = QByteArray(80 << 20, '\0');
        if (damage == "pngbomb") *entry(e, "pose.png") = testing::pngClaiming(100000, 100000);
        if (damage == "cutimage") entry(e, "pose.png")->chop(entry(e, "pose.png")->size() / 2);
        if (damage == "json") entry(e, "session.json")->chop(5);
        if (damage == "nojson")
            e.erase(std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "session.json"; }),
                    e.end());
        if (damage == "edits") {
            QImage small(3, 3, QImage::Format_Grayscale8);
            small.fill(255u);
            QByteArray png;
            QBuffer buf(&png);
            buf.open(QIODevice::WriteOnly);
            small.save(&buf, "PNG");
            *entry(e, "edits_layer2.png") = png;
        }
        QVERIFY(testing::writeZip(bad, e));
        if (damage == "bomb") QVERIFY(QFileInfo(bad).size() < (1 << 20));  // 80 MB packed small
    }
    const QByteArray before = fileBytes(bad);
    ui::Session s = sampleSession();
    s.modelName = "untouched";
    QVERIFY(!ui::readSession(bad, &s, &error));
    QVERIFY2(error.contains("bad.pivqsession") && error.contains(expected), qPrintable(error));
    QCOMPARE(s.modelName, QString("untouched"));  // nothing half-read
    QCOMPARE(fileBytes(bad), before);
}

void TestUiFiles::failedImageExportKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("result.png");
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(qRgb(1, 2, 3));
    QString error;
    QVERIFY2(ui::saveImageAtomically(path, img, "png", &error), qPrintable(error));
    const QByteArray before = fileBytes(path);
    QCOMPARE(QImage(path).pixel(0, 0), qRgb(1, 2, 3));
    // A write that fails (nothing to write, or a format Qt cannot write) leaves it whole.
    QVERIFY(!ui::saveImageAtomically(path, QImage(), "png", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ui::saveImageAtomically(path, img, "no-such-format", &error));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"result.png"});
}

QTEST_MAIN(TestUiFiles)
#include "test_ui_files.moc"
