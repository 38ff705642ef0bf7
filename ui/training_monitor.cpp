#include "ui/training_monitor.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

#include "ui/image_view.h"
#include "ui/message_bar.h"

namespace pivq::ui {

namespace {
constexpr double kMinLoss = 1e-4;  // the log axis shows smaller values at this floor

// Removes and deletes every series and axis of `chart`.
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}

// Ten distinct colours (Tableau 10), so that every loss has its own.
QColor seriesColor(int i)
{
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                  0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colors[i % 10]);
}

// Enough decimals for the axis span to show distinct labels.
QString axisFormat(double span)
{
    if (span < 0.1) return QStringLiteral("%.3f");
    if (span < 1) return QStringLiteral("%.2f");
    if (span < 10) return QStringLiteral("%.1f");
    return QStringLiteral("%.0f");
}

QString clockText(double seconds)
{
    if (seconds < 0) return QStringLiteral("–");
    const qint64 t = qRound64(seconds);
    if (t >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(t / 3600)
            .arg((t / 60) % 60, 2, 10, QChar('0'))
            .arg(t % 60, 2, 10, QChar('0'));
    return QStringLiteral("%1:%2").arg(t / 60, 2, 10, QChar('0')).arg(t % 60, 2, 10, QChar('0'));
}

QChartView* chartView(QChart* chart, QWidget* parent)
{
    auto* v = new QChartView(chart, parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(180);
    v->setFocusPolicy(Qt::StrongFocus);
    return v;
}
}  // namespace

TrainingMonitor::TrainingMonitor(service::TrainingController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller)
{
    setObjectName("trainingMonitor");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    message_ = new MessageBar(this);
    message_->setAccessibleName(tr("Training message"));
    layout->addWidget(message_);

    status_ = new QLabel(tr("No training run yet. Train › New Training Run… starts one."), this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);
    folder_ = new QLabel(this);
    folder_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder_->setWordWrap(true);
    layout->addWidget(folder_);

    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    bar_->setTextVisible(true);
    bar_->setFormat(QString());
    bar_->setToolTip(tr("How much of the budget is spent"));
    bar_->setAccessibleName(tr("Training progress"));
    layout->addWidget(bar_);

    auto* grid = new QGridLayout;
    auto stat = [&](int row, int col, const QString& label, const QString& tip) {
        auto* name = new QLabel(label, this);
        auto* value = new QLabel(QStringLiteral("–"), this);
        value->setToolTip(tip);
        name->setToolTip(tip);
        value->setAccessibleName(label);
        grid->addWidget(name, row, 2 * col);
        grid->addWidget(value, row, 2 * col + 1);
        return value;
    };
    images_ = stat(0, 0, tr("Images seen:"), tr("Training images seen in total (of the budget's target)"));
    speed_ = stat(0, 1, tr("Speed:"), tr("Training images per second, averaged over the last steps"));
    eta_ = stat(1, 0, tr("Time left:"), tr("Estimated time until the budget is spent"));
    elapsed_ = stat(1, 1, tr("Elapsed:"), tr("Training time of this run so far (pauses not counted)"));
    codes_ = stat(2, 0, tr("Codes in use:"),
                  tr("VQ codes used by at least 1% of the assignments, summed over the pose layers"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    pause_ = new QPushButton(tr("Pa&use"), this);
    pause_->setCheckable(true);
    pause_->setToolTip(tr("Pause the run after the step in progress; press again to resume"));
    pause_->setAccessibleName(tr("Pause or resume training"));
    stop_ = new QPushButton(tr("St&op"), this);
    stop_->setToolTip(tr("End the run after the step in progress; its checkpoint is saved"));
    stop_->setAccessibleName(tr("Stop training"));
    open_ = new QPushButton(tr("Open &in Editor"), this);
    open_->setToolTip(
        tr("Open the newest checkpoint in the editor (saved now if the run has moved on); training "
           "goes on"));
    open_->setAccessibleName(tr("Open checkpoint in the editor"));
    folderButton_ = new QPushButton(tr("Show Folde&r"), this);
    folderButton_->setToolTip(tr("Show the run folder (checkpoint, samples, log) in the file manager"));
    folderButton_->setAccessibleName(tr("Show run folder"));
    for (QPushButton* b : {pause_, stop_, open_, folderButton_}) buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    tabs_ = new QTabWidget(this);
    tabs_->setToolTip(tr("Loss curves, VQ code usage and the newest sample grid"));
    tabs_->setAccessibleName(tr("Training views"));

    lossChart_ = new QChart;
    lossChart_->setTitle(tr("Losses (mean per interval, log scale)"));
    lossChart_->legend()->setAlignment(Qt::AlignRight);
    auto* lx = new QValueAxis(lossChart_);
    lx->setTitleText(tr("thousand images"));
    lx->setLabelFormat("%.2f");
    lx->setTickCount(3);
    lx->setRange(0, 1);
    auto* ly = new QLogValueAxis(lossChart_);
    ly->setBase(10);
    ly->setLabelFormat("%g");
    ly->setRange(0.01, 10);
    lossChart_->addAxis(lx, Qt::AlignBottom);
    lossChart_->addAxis(ly, Qt::AlignLeft);
    lossView_ = chartView(lossChart_, tabs_);
    lossView_->setToolTip(tr("Every loss of the run over the images seen; click a legend entry to hide its curve"));
    lossView_->setAccessibleName(tr("Loss curves"));
    tabs_->addTab(lossView_, tr("Losses"));

    codeChart_ = new QChart;
    codeChart_->setTitle(tr("Share of each VQ code per pose layer"));
    codeView_ = chartView(codeChart_, tabs_);
    codeView_->setToolTip(
        tr("How often each code (object class) of each pose layer was chosen recently; a code "
           "near 0% is not used"));
    codeView_->setAccessibleName(tr("VQ code usage"));
    tabs_->addTab(codeView_, tr("Code Usage"));

    auto* samplesPage = new QWidget(tabs_);
    auto* sl = new QVBoxLayout(samplesPage);
    sl->setContentsMargins(0, 0, 0, 0);
    samples_ = new ImageView(samplesPage);
    samples_->setPlaceholder(tr("The first sample grid appears shortly after training starts"));
    samples_->setToolTip(tr("Fixed images from the data: each row an identity, each column a pose; wheel to zoom"));
    samples_->setAccessibleName(tr("Sample grid"));
    samples_->setFocusPolicy(Qt::StrongFocus);
    samplesCaption_ = new QLabel(samplesPage);
    samplesCaption_->setWordWrap(true);
    sl->addWidget(samples_, 1);
    sl->addWidget(samplesCaption_);
    tabs_->addTab(samplesPage, tr("Samples"));
    layout->addWidget(tabs_, 1);

    chartTimer_ = new QTimer(this);
    chartTimer_->setInterval(1000);  // curves are redrawn at most once a second
    connect(chartTimer_, &QTimer::timeout, this, &TrainingMonitor::refreshCharts);

    connect(pause_, &QPushButton::toggled, this, [this](bool on) { controller_->setPaused(on); });
    connect(stop_, &QPushButton::clicked, this, [this] {
        controller_->stop();
        status_->setText(tr("Stopping after the step in progress; the checkpoint is being saved…"));
        refreshButtons();
    });
    connect(open_, &QPushButton::clicked, this, &TrainingMonitor::openInEditor);
    connect(folderButton_, &QPushButton::clicked, this, &TrainingMonitor::openRunFolder);
    connect(controller_, &service::TrainingController::started, this, &TrainingMonitor::onStarted);
    connect(controller_, &service::TrainingController::progress, this, &TrainingMonitor::onProgress);
    connect(controller_, &service::TrainingController::finished, this, &TrainingMonitor::onFinished);
    connect(controller_, &service::TrainingController::pausedChanged, this, &TrainingMonitor::onPausedChanged);

    if (controller_->isRunning()) onStarted(controller_->options());
    refreshButtons();
}

void TrainingMonitor::onStarted(const service::TrainingOptions& options)
{
    last_ = controller_->lastProgress();
    runDir_ = options.out;
    checkpoint_.clear();
    checkpointStep_ = -1;
    samplesStep_ = -1;
    openPending_ = false;
    codeLayout_.clear();
    message_->clearMessage();
    samples_->setImage({});
    samplesCaption_->clear();
    lossChart_->removeAllSeries();  // the loss chart keeps its axes
    clearChart(codeChart_);
    const QString what =
        options.data == QLatin1String("toyfaces") ? tr("toyfaces") : QDir::toNativeSeparators(options.data);
    status_->setText(options.initFrom.isEmpty()
                         ? tr("Starting: training on %1…").arg(what)
                         : tr("Starting: fine-tuning %1 on %2…").arg(QDir::toNativeSeparators(options.initFrom), what));
    folder_->setText(tr("Run folder: %1").arg(QDir::toNativeSeparators(runDir_)));
    bar_->setRange(0, 0);  // busy until the budget's fraction is known
    for (QLabel* l : {images_, speed_, eta_, elapsed_, codes_}) l->setText(QStringLiteral("–"));
    pause_->setChecked(false);
    chartTimer_->start();
    refreshButtons();
}

void TrainingMonitor::onProgress(const service::TrainingProgress& p)
{
    last_ = p;
    if (!p.checkpoint.isEmpty() && p.checkpointStep >= checkpointStep_) {
        checkpoint_ = p.checkpoint;
        checkpointStep_ = p.checkpointStep;
    }
    const bool step = p.phase == QLatin1String("training") && p.message.isEmpty();
    if (p.phase == QLatin1String("data"))
        status_->setText(tr("Preparing the data: %1").arg(p.message));
    else if (p.phase == QLatin1String("training") && !p.message.isEmpty())
        status_->setText(p.message);
    else if (p.phase == QLatin1String("paused"))
        status_->setText(tr("Paused at step %1. Resume to continue.").arg(p.step));
    else if (p.phase == QLatin1String("checkpoint"))
        status_->setText(tr("Saving a checkpoint…"));
    else if (p.phase == QLatin1String("saved"))
        status_->setText(tr("Checkpoint of step %1 saved.").arg(p.checkpointStep));
    else if (step && !controller_->stopRequested())
        status_->setText(tr("Training: step %1").arg(p.step));

    if (step || p.phase == QLatin1String("saved") || p.phase == QLatin1String("paused")) {
        if (p.fraction >= 0) {
            bar_->setRange(0, 1000);
            bar_->setValue(qBound(0, qRound(p.fraction * 1000), 1000));
            bar_->setFormat(tr("%1%").arg(std::min(100.0, 100.0 * p.fraction), 0, 'f', 1));
        }
        images_->setText(p.imagesTotal > 0 ? tr("%1 of %2").arg(p.imagesSeen).arg(p.imagesTotal)
                                           : QString::number(p.imagesSeen));
        speed_->setText(tr("%1 img/s").arg(p.imgPerSec, 0, 'f', p.imgPerSec < 10 ? 2 : 1));
        eta_->setText(clockText(p.etaSeconds));
        elapsed_->setText(clockText(p.elapsedSeconds));
        codes_->setText(p.codesTotal > 0 ? tr("%1 of %2").arg(p.codesInUse).arg(p.codesTotal) : tr("none (no VQ)"));
        chartsDirty_ = true;
    }
    if (!p.samples.isEmpty() && p.samplesStep != samplesStep_) loadSamples(p);
    if (openPending_ && p.phase == QLatin1String("saved") && p.checkpointStep >= last_.step) {
        openPending_ = false;
        Q_EMIT openModelRequested(checkpoint_);
    }
    refreshButtons();
}

void TrainingMonitor::onFinished(const QString& checkpoint, const QString& error, bool stopped)
{
    chartTimer_->stop();
    chartsDirty_ = true;
    refreshCharts();
    if (!checkpoint.isEmpty()) {
        checkpoint_ = checkpoint;
        checkpointStep_ = last_.step;
    }
    const QString file = QDir::toNativeSeparators(checkpoint_).toHtmlEscaped();
    if (!error.isEmpty()) {
        status_->setText(tr("The run failed."));
        message_->showMessage(
            MessageBar::Level::Error,
            tr("<b>Training failed:</b> %1").arg(error.toHtmlEscaped().replace('\n', "<br>")) +
                (checkpoint_.isEmpty() ? QString() : "<br>" + tr("The last good checkpoint is %1.").arg(file)));
    } else if (checkpoint.isEmpty()) {
        status_->setText(tr("Stopped before training began; nothing was saved."));
        message_->showMessage(MessageBar::Level::Info, tr("The run was stopped while its data was loading."));
    } else {
        status_->setText(stopped ? tr("Stopped at step %1.").arg(last_.step)
                                 : tr("Finished at step %1.").arg(last_.step));
        message_->showMessage(MessageBar::Level::Info,
                              (stopped ? tr("<b>Training stopped.</b> Its checkpoint was kept: %1")
                                       : tr("<b>Training finished.</b> The model is %1"))
                                      .arg(file) +
                                  "<br>" + tr("Open in Editor opens it."));
        bar_->setRange(0, 1000);
        if (!stopped) bar_->setValue(1000);
    }
    if (bar_->maximum() == 0) bar_->setRange(0, 1000);
    if (openPending_) {
        openPending_ = false;
        if (!checkpoint_.isEmpty()) Q_EMIT openModelRequested(checkpoint_);
    }
    pause_->setChecked(false);
    refreshButtons();
}

void TrainingMonitor::onPausedChanged(bool paused)
{
    if (pause_->isChecked() != paused) pause_->setChecked(paused);
    refreshButtons();
}

void TrainingMonitor::refreshButtons()
{
    const bool running = controller_->isRunning();
    const bool stopping = running && controller_->stopRequested();
    pause_->setEnabled(running && !stopping);
    pause_->setText(pause_->isChecked() ? tr("Res&ume") : tr("Pa&use"));
    stop_->setEnabled(running && !stopping);
    open_->setEnabled(!openPending_ && (running || !checkpoint_.isEmpty()));
    open_->setText(openPending_ ? tr("Saving checkpoint…") : tr("Open &in Editor"));
    folderButton_->setEnabled(!runDir_.isEmpty());
}

void TrainingMonitor::openInEditor()
{
    if (controller_->isRunning() && (checkpoint_.isEmpty() || checkpointStep_ < last_.step)) {
        // The newest checkpoint is older than the step in progress: save one, then open it.
        openPending_ = true;
        controller_->requestCheckpoint();
        status_->setText(tr("Saving a checkpoint to open…"));
    } else if (!checkpoint_.isEmpty()) {
        Q_EMIT openModelRequested(checkpoint_);
    }
    refreshButtons();
}

void TrainingMonitor::openRunFolder()
{
    if (!runDir_.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(runDir_).absoluteFilePath()));
}

void TrainingMonitor::refreshCharts()
{
    if (!chartsDirty_) return;
    chartsDirty_ = false;
    const service::LossHistory history = controller_->lossHistory();
    auto* lx = qobject_cast<QValueAxis*>(lossChart_->axes(Qt::Horizontal).value(0));
    auto* ly = qobject_cast<QLogValueAxis*>(lossChart_->axes(Qt::Vertical).value(0));
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const QString& name : history.names()) {
        QLineSeries* series = nullptr;
        for (QAbstractSeries* s : lossChart_->series())
            if (s->name() == name) series = qobject_cast<QLineSeries*>(s);
        if (!series) {
            series = new QLineSeries;
            series->setName(name);
            series->setColor(seriesColor(static_cast<int>(lossChart_->series().size())));
            lossChart_->addSeries(series);
            series->attachAxis(lx);
            series->attachAxis(ly);
            for (QLegendMarker* m : lossChart_->legend()->markers(series))
                connect(m, &QLegendMarker::clicked, series, [series] { series->setVisible(!series->isVisible()); });
        }
        QList<QPointF> points;
        for (QPointF pt : history.series(name)) {
            pt.setY(std::max(kMinLoss, pt.y()));
            points.append(pt);
            x0 = std::min(x0, pt.x());
            x1 = std::max(x1, pt.x());
            if (series->isVisible()) {
                y0 = std::min(y0, pt.y());
                y1 = std::max(y1, pt.y());
            }
        }
        series->replace(points);
    }
    if (x1 >= x0) {
        lx->setRange(x0, x1 > x0 ? x1 : x0 + 0.001);
        lx->setLabelFormat(axisFormat(x1 - x0));
    }
    if (y1 >= y0)
        ly->setRange(std::pow(10.0, std::floor(std::log10(y0))), std::pow(10.0, std::ceil(std::log10(y1) + 1e-9)));
    refreshCodeUsage(last_);
}

void TrainingMonitor::refreshCodeUsage(const service::TrainingProgress& p)
{
    if (p.codeUsage.empty()) return;
    QString layout;
    int k = 0;
    for (const auto& kv : p.codeUsage) {
        layout += QStringLiteral("%1:%2 ").arg(kv.first).arg(kv.second.size());
        k = std::max(k, static_cast<int>(kv.second.size()));
    }
    if (layout != codeLayout_) {
        codeLayout_ = layout;
        clearChart(codeChart_);
        auto* series = new QBarSeries;
        for (const auto& kv : p.codeUsage) series->append(new QBarSet(tr("layer %1").arg(kv.first)));
        codeChart_->addSeries(series);
        auto* x = new QBarCategoryAxis(codeChart_);
        QStringList codes;
        for (int i = 1; i <= k; ++i) codes << QString::number(i);
        x->append(codes);
        x->setTitleText(tr("code"));
        auto* y = new QValueAxis(codeChart_);
        y->setRange(0, 100);
        y->setLabelFormat("%d%%");
        codeChart_->addAxis(x, Qt::AlignBottom);
        codeChart_->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    auto* series = qobject_cast<QBarSeries*>(codeChart_->series().value(0));
    if (!series) return;
    const QList<QBarSet*> sets = series->barSets();
    int i = 0;
    for (const auto& kv : p.codeUsage) {
        if (i >= sets.size()) break;
        QBarSet* set = sets[i++];
        for (int c = 0; c < static_cast<int>(kv.second.size()); ++c) {
            const double v = 100.0 * kv.second[c];
            if (c < set->count())
                set->replace(c, v);
            else
                set->append(v);
        }
    }
}

void TrainingMonitor::loadSamples(const service::TrainingProgress& p)
{
    QImageReader reader(p.samples);
    const QImage img = reader.read();
    if (img.isNull()) return;  // written atomically, so only a missing file; the next one comes
    samplesStep_ = p.samplesStep;
    samples_->setImage(img);
    samplesCaption_->setText(tr("Top row: the poses; left column: the identities; each cell the identity of its row in "
                                "the pose of its column. Step %1, %2 images seen: %3")
                                 .arg(p.samplesStep)
                                 .arg(p.imagesSeen)
                                 .arg(QDir::toNativeSeparators(p.samples)));
}

QString TrainingMonitor::statusText() const
{
    return status_->text();
}

QString TrainingMonitor::statsText() const
{
    return QStringList{images_->text(), speed_->text(), eta_->text(), elapsed_->text(), codes_->text()}.join(" | ");
}

QString TrainingMonitor::messageText() const
{
    return message_->text();
}

QStringList TrainingMonitor::lossNames() const
{
    QStringList out;
    for (QAbstractSeries* s : lossChart_->series()) out << s->name();
    return out;
}

int TrainingMonitor::lossPoints(const QString& name) const
{
    for (QAbstractSeries* s : lossChart_->series())
        if (s->name() == name)
            if (auto* l = qobject_cast<QLineSeries*>(s)) return l->count();
    return 0;
}

QStringList TrainingMonitor::codeUsageLayers() const
{
    QStringList out;
    if (auto* series = qobject_cast<QBarSeries*>(codeChart_->series().value(0)))
        for (QBarSet* s : series->barSets()) out << s->label();
    return out;
}

QImage TrainingMonitor::sampleImage() const
{
    return samples_->image();
}

}  // namespace pivq::ui
