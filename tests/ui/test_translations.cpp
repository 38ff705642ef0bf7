// translations/*.ts: every language is complete (no unfinished, empty or vanished entry) and
// every translation keeps the placeholders (%1..%9, %n) of its source text.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message {
    QString context, source;
    QStringList translations;  // one, or the plural forms
    QString type;              // "", "unfinished", "vanished", "obsolete"
};

QString translationsDir()
{
    QString root = qEnvironmentVariable("PIVQ_SOURCE_DIR");
#ifdef PIVQ_SOURCE_DIR
    if (root.isEmpty()) root = QStringLiteral(PIVQ_SOURCE_DIR);
#endif
    return root + "/translations";
}

QVector<Message> readTs(const QString& path, QString* language, QString* error)
{
    QVector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == u"TS")
            *language = xml.attributes().value("language").toString();
        else if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            m = Message{context, {}, {}, {}};
        else if (name == u"source")
            m.source = xml.readElementText();
        else if (name == u"translation") {
            m.type = xml.attributes().value("type").toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) text += xml.text();
                if (xml.isStartElement() && xml.name() == u"numerusform") m.translations << xml.readElementText();
            }
            if (m.translations.isEmpty()) m.translations << text;
            out.push_back(m);
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re("%(?:[1-9][0-9]?|n)");
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
    return out;
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char* lang : {"de", "ja", "zh_CN"})
        QTest::newRow(lang) << QStringLiteral("%1/pivq_%2.ts").arg(translationsDir(), lang) << QString(lang);
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QString lang, error;
    const QVector<Message> messages = readTs(file, &lang, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lang, language);
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + ": \"" + m.source + '"';
        if (m.type == "unfinished")
            problems << "unfinished " + where;
        else if (!m.type.isEmpty())
            problems << m.type + ' ' + where;
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << "empty " + where;
            else if (placeholders(t) != placeholders(m.source))
                problems << "placeholders differ in " + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
