// Preferences: the device and threads the engine uses (applied at once), the language
// (applied at the next start) and the recent-file lists.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace pivq::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `currentDevice`: what the engine runs on now, shown beside the choice.
    PreferencesDialog(const QString& currentDevice, QWidget* parent = nullptr);

    QString device() const;
    int threads() const;
    QString language() const;
    QComboBox* deviceBox() const { return device_; }
    QComboBox* languageBox() const { return language_; }
    QSpinBox* threadsBox() const { return threads_; }

    // Writes the choices to AppSettings; returns whether the language changed.
    bool save() const;

private:
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QComboBox* language_ = nullptr;
};

}  // namespace pivq::ui
