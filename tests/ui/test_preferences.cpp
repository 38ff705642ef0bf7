// ui/preferences_dialog and app_settings: choices are stored in QSettings, recent lists are
// bounded and most-recent-first, and every control is reachable and explained.
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "ui/app_settings.h"
#include "ui/preferences_dialog.h"

using namespace pivq::ui;

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesChoices();
    void recentListsAreBoundedAndUnique();
    void paletteIsRememberedPerModel();
    void languagesAreOffered();
    void translatorsInstall_data();
    void translatorsInstall();

private:
    QTemporaryDir dir_;
};

void TestPreferences::initTestCase()
{
    QVERIFY(dir_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
}

void TestPreferences::savesChoices()
{
    PreferencesDialog d("cpu");
    for (QWidget* c : std::initializer_list<QWidget*>{d.deviceBox(), d.threadsBox(), d.languageBox()}) {
        QVERIFY(!c->toolTip().isEmpty());
        QVERIFY(!c->accessibleName().isEmpty());
        QVERIFY(c->focusPolicy() != Qt::NoFocus);
    }
    d.deviceBox()->setCurrentIndex(d.deviceBox()->findData("cpu"));
    d.threadsBox()->setValue(1);
    d.languageBox()->setCurrentIndex(d.languageBox()->findData("de"));
    QVERIFY(d.save());  // the language changed
    QCOMPARE(AppSettings::device(), QString("cpu"));
    QCOMPARE(AppSettings::threads(), 1);
    QCOMPARE(AppSettings::language(), QString("de"));
    QVERIFY(!d.save());  // nothing changed this time

    PreferencesDialog again("cpu");  // shows what is stored
    QCOMPARE(again.device(), QString("cpu"));
    QCOMPARE(again.threads(), 1);
    QCOMPARE(again.language(), QString("de"));
}

void TestPreferences::recentListsAreBoundedAndUnique()
{
    AppSettings::clearRecent();
    for (int i = 0; i < AppSettings::kMaxRecent + 3; ++i) AppSettings::addRecentFile(QString("/img/%1.png").arg(i));
    AppSettings::addRecentFile("/img/5.png");
    AppSettings::addRecentFile(":/samples/pose.png");  // built-in samples are not "recent"
    const QStringList files = AppSettings::recentFiles();
    QCOMPARE(files.size(), AppSettings::kMaxRecent);
    QCOMPARE(files.first(), QString("/img/5.png"));
    QCOMPARE(files.count("/img/5.png"), 1);
    AppSettings::addRecentModel("/m/a.pivq");
    AppSettings::addRecentModel("/m/b.pivq");
    QCOMPARE(AppSettings::recentModels(), (QStringList{"/m/b.pivq", "/m/a.pivq"}));
    AppSettings::clearRecent();
    QVERIFY(AppSettings::recentFiles().isEmpty());
    QVERIFY(AppSettings::recentModels().isEmpty());
}

void TestPreferences::paletteIsRememberedPerModel()
{
    AppSettings::savePalette("/m/a.pivq", 3, {qRgb(1, 2, 3), qRgb(200, 100, 0)}, {"skin", "hair"});
    QVector<QRgb> colors;
    QStringList names;
    QVERIFY(AppSettings::loadPalette("/m/a.pivq", 3, &colors, &names));
    QCOMPARE(colors, (QVector<QRgb>{qRgb(1, 2, 3), qRgb(200, 100, 0)}));
    QCOMPARE(names, (QStringList{"skin", "hair"}));
    QVERIFY(!AppSettings::loadPalette("/m/a.pivq", 5, &colors, &names));
    QVERIFY(!AppSettings::loadPalette("/m/other.pivq", 3, &colors, &names));
}

void TestPreferences::languagesAreOffered()
{
    QCOMPARE(AppSettings::languages(), (QStringList{"en", "de", "ja", "zh_CN"}));
    for (const QString& code : AppSettings::languages()) QVERIFY(!AppSettings::languageName(code).isEmpty());
}

void TestPreferences::translatorsInstall_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");  // "&File" in that language
    QTest::newRow("de") << "de" << QString("&Datei");
    QTest::newRow("ja") << "ja" << QString("ファイル(&F)");
    QTest::newRow("zh_CN") << "zh_CN" << QString("文件(&F)");
}

void TestPreferences::translatorsInstall()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    // The compiled translations are embedded in this test as in the studio (:/i18n).
    QCOMPARE(AppSettings::installTranslators(code), code);
    QCOMPARE(QCoreApplication::translate("pivq::ui::MainWindow", "&File"), file);
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(QCoreApplication::translate("pivq::ui::MainWindow", "&File"), QString("&File"));
}

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
