// The studio's preferences and memory, in QSettings: device, threads, language, recent
// files and models, and the artist's palette edits per model.
#pragma once

#include <QMap>
#include <QRgb>
#include <QStringList>
#include <QVector>

class QTranslator;

namespace pivq::ui {

class AppSettings {
public:
    static constexpr int kMaxRecent = 8;

    static QString device();  // auto | cpu | cuda
    static void setDevice(const QString& device);
    static int threads();  // 0: automatic
    static void setThreads(int threads);
    static QString language();  // "" = the system's, else a code of languages()
    static void setLanguage(const QString& code);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static QStringList recentModels();
    static void addRecentModel(const QString& path);
    static void clearRecent();

    // The artist's class names and colours for a model (keyed by its file), per layer.
    static void savePalette(const QString& model, int layer, const QVector<QRgb>& colors, const QStringList& names);
    static bool loadPalette(const QString& model, int layer, QVector<QRgb>* colors, QStringList* names);

    // Languages with a translation, as codes ("en" first), and their names in themselves.
    static QStringList languages();
    static QString languageName(const QString& code);
    // Installs the translators for `code` ("" = the system language) into the application;
    // returns the code that was installed ("en" when none was needed or found).
    static QString installTranslators(const QString& code);
};

}  // namespace pivq::ui
