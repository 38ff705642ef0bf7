#include "ui/main_window.h"

#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

#include "engine/service/engine_service.h"

namespace pivq::ui {

MainWindow::MainWindow(service::EngineService* engine, QWidget* parent) : QMainWindow(parent), engine_(engine)
{
    setWindowTitle(tr("PIVQ Studio"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* form = new QFormLayout;
    device_ = new QLabel(tr("starting…"), central);
    threads_ = new QLabel(central);
    model_ = new QLabel(central);
    error_ = new QLabel(central);
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b00020");
    form->addRow(tr("Device:"), device_);
    form->addRow(tr("Threads:"), threads_);
    form->addRow(tr("Model:"), model_);
    layout->addLayout(form);
    layout->addWidget(error_);
    config_ = new QPlainTextEdit(central);
    config_->setReadOnly(true);
    config_->setToolTip(tr("The configuration of the loaded model"));
    layout->addWidget(config_, 1);
    setCentralWidget(central);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    connect(engine_, &service::EngineService::infoReady, this, &MainWindow::showEngineInfo);
    resize(720, 520);
}

void MainWindow::showEngineInfo(const service::EngineInfo& info)
{
    device_->setText(info.device);
    threads_->setText(QString::number(info.threads));
    model_->setText(info.modelName.isEmpty()
                        ? tr("none")
                        : tr("%1 (generator %2 M, encoder %3 M parameters)")
                              .arg(info.modelName)
                              .arg(info.generatorParams / 1e6, 0, 'f', 2)
                              .arg(info.encoderParams / 1e6, 0, 'f', 2));
    error_->setText(info.error);
    error_->setVisible(!info.error.isEmpty());
    config_->setPlainText(info.configJson);
    statusBar()->showMessage(tr("LibTorch %1 on %2, %3 threads").arg(info.torchVersion, info.device).arg(info.threads));
}

QString MainWindow::statusText() const { return statusBar()->currentMessage(); }

}  // namespace pivq::ui
