// The training monitor (Train > Training Monitor, a dock): progress with images seen, img/s,
// ETA and elapsed time; a curve for every loss (log scale, means over buckets of images);
// how often each VQ code of each pose layer is used; the newest sample grid (identity rows x
// pose columns, fixed pairs); pause, resume and stop (stop keeps a checkpoint); and "Open in
// Editor", which writes a checkpoint of the step in progress when the newest one is older and
// opens it, also while training goes on. It reads everything from a TrainingController.
#pragma once

#include <QImage>
#include <QWidget>

#include "engine/service/training_controller.h"

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace pivq::ui {

class ImageView;
class MessageBar;

class TrainingMonitor : public QWidget {
    Q_OBJECT
public:
    explicit TrainingMonitor(service::TrainingController* controller, QWidget* parent = nullptr);

    // What it shows, for tests and tools.
    QProgressBar* progressBar() const { return bar_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* openButton() const { return open_; }
    QString statusText() const;
    QString statsText() const;      // images seen, speed, ETA, elapsed, codes
    QString messageText() const;    // the message bar ("" when hidden)
    QStringList lossNames() const;  // the curves drawn
    int lossPoints(const QString& name) const;
    QStringList codeUsageLayers() const;  // the bar sets of the code-usage chart
    QImage sampleImage() const;
    QString checkpoint() const { return checkpoint_; }
    bool opening() const { return openPending_; }  // waiting for a checkpoint to open

public Q_SLOTS:
    // Opens the newest checkpoint in the editor (openModelRequested); while the run goes on and
    // the checkpoint is older than the step in progress, asks for a fresh one first.
    void openInEditor();
    void openRunFolder();
    void refreshCharts();

Q_SIGNALS:
    void openModelRequested(const QString& path);

private:
    void onStarted(const service::TrainingOptions& options);
    void onProgress(const service::TrainingProgress& p);
    void onFinished(const QString& checkpoint, const QString& error, bool stopped);
    void onPausedChanged(bool paused);
    void refreshButtons();
    void refreshCodeUsage(const service::TrainingProgress& p);
    void loadSamples(const service::TrainingProgress& p);

    service::TrainingController* controller_;
    service::TrainingProgress last_;
    QString runDir_;
    QString checkpoint_;
    qint64 checkpointStep_ = -1;
    qint64 samplesStep_ = -1;  // of the grid on display
    bool openPending_ = false;
    bool chartsDirty_ = false;
    QString codeLayout_;  // layers and K the code-usage chart is built for

    MessageBar* message_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* folder_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QLabel* images_ = nullptr;
    QLabel* speed_ = nullptr;
    QLabel* eta_ = nullptr;
    QLabel* elapsed_ = nullptr;
    QLabel* codes_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* open_ = nullptr;
    QPushButton* folderButton_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QChart* lossChart_ = nullptr;
    QChartView* lossView_ = nullptr;
    QChart* codeChart_ = nullptr;
    QChartView* codeView_ = nullptr;
    ImageView* samples_ = nullptr;
    QLabel* samplesCaption_ = nullptr;
    QTimer* chartTimer_ = nullptr;
};

}  // namespace pivq::ui
