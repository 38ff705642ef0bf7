#include "ui/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "ui/app_settings.h"

namespace pivq::ui {

PreferencesDialog::PreferencesDialog(const QString& currentDevice, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    device_ = new QComboBox(this);
    device_->addItem(tr("Automatic (CUDA when present)"), "auto");
    device_->addItem(tr("CPU"), "cpu");
    device_->addItem(tr("CUDA GPU"), "cuda");
    device_->setCurrentIndex(qMax(0, device_->findData(AppSettings::device())));
    device_->setToolTip(tr("Where the networks run. Now: %1. If CUDA is chosen but not available, the studio says "
                           "so and stays on the CPU.")
                            .arg(currentDevice));
    device_->setAccessibleName(tr("Device"));
    auto* deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(device_);
    form->addRow(deviceLabel, device_);

    threads_ = new QSpinBox(this);
    threads_->setRange(0, qMax(1, QThread::idealThreadCount()) * 2);
    threads_->setSpecialValueText(tr("Automatic"));
    threads_->setValue(AppSettings::threads());
    threads_->setToolTip(tr("CPU threads for the networks; Automatic uses every core"));
    threads_->setAccessibleName(tr("Threads"));
    auto* threadsLabel = new QLabel(tr("&Threads:"), this);
    threadsLabel->setBuddy(threads_);
    form->addRow(threadsLabel, threads_);

    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), QString());
    for (const QString& code : AppSettings::languages()) language_->addItem(AppSettings::languageName(code), code);
    language_->setCurrentIndex(qMax(0, language_->findData(AppSettings::language())));
    language_->setToolTip(tr("The language of the studio; takes effect at the next start"));
    language_->setAccessibleName(tr("Language"));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(language_);
    form->addRow(languageLabel, language_);

    auto* clear = new QPushButton(tr("&Clear recent files and models"), this);
    clear->setToolTip(tr("Empty the File > Open Recent and Model > Open Recent lists"));
    connect(clear, &QPushButton::clicked, this, [clear] {
        AppSettings::clearRecent();
        clear->setEnabled(false);
    });
    form->addRow(QString(), clear);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::device() const
{
    return device_->currentData().toString();
}
int PreferencesDialog::threads() const
{
    return threads_->value();
}
QString PreferencesDialog::language() const
{
    return language_->currentData().toString();
}

bool PreferencesDialog::save() const
{
    const bool languageChanged = language() != AppSettings::language();
    AppSettings::setDevice(device());
    AppSettings::setThreads(threads());
    AppSettings::setLanguage(language());
    return languageChanged;
}

}  // namespace pivq::ui
