// The studio's main window. Talks to the engine only through engine/service (Qt types).
#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace pivq::service {
class EngineService;
struct EngineInfo;
}  // namespace pivq::service

namespace pivq::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(service::EngineService* engine, QWidget* parent = nullptr);

    // Shows what the engine reports (also used by tests).
    void showEngineInfo(const service::EngineInfo& info);
    QString statusText() const;

private:
    service::EngineService* engine_;
    QLabel* device_ = nullptr;
    QLabel* threads_ = nullptr;
    QLabel* model_ = nullptr;
    QLabel* error_ = nullptr;
    QPlainTextEdit* config_ = nullptr;
};

}  // namespace pivq::ui
