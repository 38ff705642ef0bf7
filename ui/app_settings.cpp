#include "ui/app_settings.h"

#include <QColor>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pivq::ui {

namespace {
QStringList pushRecent(QStringList list, const QString& path)
{
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > AppSettings::kMaxRecent) list.removeLast();
    return list;
}

QString paletteKey(const QString& model, int layer)
{
    // Paths may hold characters QSettings keys do not like.
    const QByteArray id =
        QCryptographicHash::hash(QFileInfo(model).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("palettes/%1/layer%2").arg(QString::fromLatin1(id.toHex().left(16))).arg(layer);
}
}  // namespace

QString AppSettings::device()
{
    return QSettings().value("engine/device", "auto").toString();
}
void AppSettings::setDevice(const QString& device)
{
    QSettings().setValue("engine/device", device);
}
int AppSettings::threads()
{
    return QSettings().value("engine/threads", 0).toInt();
}
void AppSettings::setThreads(int threads)
{
    QSettings().setValue("engine/threads", threads);
}
QString AppSettings::language()
{
    return QSettings().value("ui/language").toString();
}
void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue("ui/language", code);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value("recent/files").toStringList();
}
void AppSettings::addRecentFile(const QString& path)
{
    if (path.startsWith(':')) return;  // built-in samples
    QSettings().setValue("recent/files", pushRecent(recentFiles(), path));
}
QStringList AppSettings::recentModels()
{
    return QSettings().value("recent/models").toStringList();
}
void AppSettings::addRecentModel(const QString& path)
{
    QSettings().setValue("recent/models", pushRecent(recentModels(), path));
}
void AppSettings::clearRecent()
{
    QSettings s;
    s.remove("recent/files");
    s.remove("recent/models");
}

void AppSettings::savePalette(const QString& model, int layer, const QVector<QRgb>& colors, const QStringList& names)
{
    QSettings s;
    const QString key = paletteKey(model, layer);
    QStringList hex;
    for (QRgb c : colors) hex << QColor(c).name();
    s.setValue(key + "/colors", hex);
    s.setValue(key + "/names", names);
}

bool AppSettings::loadPalette(const QString& model, int layer, QVector<QRgb>* colors, QStringList* names)
{
    QSettings s;
    const QString key = paletteKey(model, layer);
    if (!s.contains(key + "/colors")) return false;
    colors->clear();
    for (const QString& h : s.value(key + "/colors").toStringList()) colors->push_back(QColor(h).rgb());
    *names = s.value(key + "/names").toStringList();
    return true;
}

QStringList AppSettings::languages()
{
    return {"en", "de", "ja", "zh_CN"};
}

QString AppSettings::languageName(const QString& code)
{
    if (code == "de") return QStringLiteral("Deutsch");
    if (code == "ja") return QStringLiteral("日本語");
    if (code == "zh_CN") return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString AppSettings::installTranslators(const QString& code)
{
    auto* app = QCoreApplication::instance();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* ours = new QTranslator(app);
    if (!ours->load(locale, "pivq", "_", ":/i18n")) {
        delete ours;
        return "en";
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString file = QFileInfo(ours->filePath()).completeBaseName();  // pivq_de
    return file.mid(5);
}

}  // namespace pivq::ui
