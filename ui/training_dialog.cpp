#include "ui/training_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

#include <atomic>

#include "ui/app_settings.h"

namespace pivq::ui {

using service::TrainingIssue;
using Field = TrainingIssue::Field;
using Code = TrainingIssue::Code;

namespace {
constexpr int kThumbnails = 8;
constexpr int kThumbnailSide = 72;
constexpr double kSampleMinutes = 2;       // the monitor's sample grid
constexpr double kCheckpointMinutes = 10;  // and checkpoints, as `pivq train`
constexpr const char* kOutputParentKey = "training/outputParent";

enum Source { kToyfaces = 0, kFiles = 1 };
enum Budget { kMinutes = 0, kKimg = 1 };

QLabel* messageLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString lines(const QString& detail)
{
    return detail.toHtmlEscaped().replace('\n', "<br>");
}
}  // namespace

// Shared with a probe running on Qt's thread pool, which may outlive its request.
struct TrainingDialog::ProbeState {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0}, total{0};
};

TrainingDialog::TrainingDialog(QWidget* parent) : QDialog(parent)
{
    build();
    applyPreset();
    onSourceChanged();
    resize(640, sizeHint().height());
}

TrainingDialog::TrainingDialog(const QString& basePath, QWidget* parent) : QDialog(parent), basePath_(basePath)
{
    build();
    fillFromBase();
    onSourceChanged();
    resize(640, sizeHint().height());
}

TrainingDialog::~TrainingDialog()
{
    if (probeState_) probeState_->cancel = true;
    watcher_->waitForFinished();
}

void TrainingDialog::build()
{
    setWindowTitle(isFineTune() ? tr("Fine-tune Model") : tr("New Training Run"));
    setObjectName("trainingDialog");
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    intro_->setTextFormat(Qt::RichText);
    layout->addWidget(intro_);

    auto addMessageRow = [this](QFormLayout* form, Field field) {
        QLabel* l = messageLabel(this);
        form->addRow(l);
        form->setRowVisible(l, false);
        messageLabels_[field] = l;
    };
    auto withLabel = [this](QFormLayout* form, const QString& text, QWidget* field, QWidget* row = nullptr) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, row ? row : field);
    };

    // ---- data
    auto* dataBox = new QGroupBox(tr("Data"), this);
    dataForm_ = new QFormLayout(dataBox);
    source_ = new QComboBox(dataBox);
    source_->addItem(tr("Toyfaces (procedural faces, no files needed)"), "toyfaces");
    source_->addItem(tr("A folder or a .zip file of images"), "files");
    source_->setToolTip(tr("What to train on: the built-in procedural faces, or your own pictures"));
    source_->setAccessibleName(tr("Data source"));
    withLabel(dataForm_, tr("&Source:"), source_);

    auto* pathRow = new QWidget(dataBox);
    auto* pl = new QHBoxLayout(pathRow);
    pl->setContentsMargins(0, 0, 0, 0);
    data_ = new QLineEdit(pathRow);
    data_->setPlaceholderText(tr("a folder (searched recursively) or a .zip file"));
    data_->setToolTip(
        tr("The training images: a folder, searched recursively, or a .zip file. PNG, JPEG, WebP, BMP "
           "and TIFF are read; other files are ignored"));
    data_->setAccessibleName(tr("Image folder or zip file"));
    browseFolder_ = new QToolButton(pathRow);
    browseFolder_->setText(tr("F&older…"));
    browseFolder_->setToolTip(tr("Choose a folder of images"));
    browseFolder_->setAccessibleName(tr("Choose folder"));
    browseFolder_->setFocusPolicy(Qt::StrongFocus);
    browseZip_ = new QToolButton(pathRow);
    browseZip_->setText(tr("&Zip…"));
    browseZip_->setToolTip(tr("Choose a .zip file of images"));
    browseZip_->setAccessibleName(tr("Choose zip file"));
    browseZip_->setFocusPolicy(Qt::StrongFocus);
    pl->addWidget(data_, 1);
    pl->addWidget(browseFolder_);
    pl->addWidget(browseZip_);
    withLabel(dataForm_, tr("&Images:"), data_, pathRow);

    toyCount_ = new QSpinBox(dataBox);
    toyCount_->setRange(2, 1000000);
    toyCount_->setSingleStep(1000);
    toyCount_->setValue(20000);
    toyCount_->setToolTip(tr("How many procedural faces to draw for the run (kept in memory)"));
    toyCount_->setAccessibleName(tr("Number of toyfaces images"));
    withLabel(dataForm_, tr("Cou&nt:"), toyCount_);

    dataStatus_ = new QLabel(dataBox);
    dataStatus_->setWordWrap(true);
    dataForm_->addRow(dataStatus_);
    thumbs_ = new QListWidget(dataBox);
    thumbs_->setViewMode(QListView::IconMode);
    thumbs_->setFlow(QListView::LeftToRight);
    thumbs_->setWrapping(false);
    thumbs_->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    thumbs_->setSpacing(2);
    thumbs_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    thumbs_->setFixedHeight(kThumbnailSide + 8 + 2 * thumbs_->frameWidth() +
                            style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, thumbs_));
    thumbs_->setMovement(QListView::Static);
    thumbs_->setSelectionMode(QAbstractItemView::NoSelection);
    thumbs_->setToolTip(tr("The first images, cropped to a square as training sees them"));
    thumbs_->setAccessibleName(tr("Sample of the training images"));
    dataForm_->addRow(thumbs_);
    addMessageRow(dataForm_, Field::Data);
    addMessageRow(dataForm_, Field::Base);
    layout->addWidget(dataBox);

    // ---- model
    auto* modelBox = new QGroupBox(tr("Model"), this);
    auto* mf = new QFormLayout(modelBox);
    preset_ = new QComboBox(modelBox);
    for (const QString& p : service::trainingPresets()) preset_->addItem(p, p);
    preset_->setCurrentIndex(qMax(0, preset_->findData("cpu64")));
    preset_->setToolTip(
        tr("The network sizes to start from: tiny32 (tests), cpu64 (trains on a few CPU cores), "
           "ref64, paper256 (the paper's setting, for a GPU)"));
    preset_->setAccessibleName(tr("Preset"));
    withLabel(mf, tr("&Preset:"), preset_);
    addMessageRow(mf, Field::Preset);

    resolution_ = new QComboBox(modelBox);
    for (int r = 32; r <= 1024; r *= 2) resolution_->addItem(tr("%1 px").arg(r), r);
    resolution_->setToolTip(
        tr("The side of the images the model makes; training images are cropped to a square "
           "and resized to it"));
    resolution_->setAccessibleName(tr("Resolution"));
    withLabel(mf, tr("&Resolution:"), resolution_);
    addMessageRow(mf, Field::Resolution);

    classes_ = new QSpinBox(modelBox);
    classes_->setRange(1, 32);
    classes_->setToolTip(tr("K: how many object classes each pose layer's mask has (%1 to %2)")
                             .arg(service::minClasses())
                             .arg(service::maxClasses()));
    classes_->setAccessibleName(tr("Number of object classes K"));
    withLabel(mf, tr("&Classes (K):"), classes_);
    addMessageRow(mf, Field::Classes);

    poseLayers_ = new QLineEdit(modelBox);
    poseLayers_->setToolTip(
        tr("The synthesis layers driven by the pose (VQSN layers), as 0-based numbers separated "
           "by commas, e.g. 3, 5"));
    poseLayers_->setAccessibleName(tr("Pose layers"));
    withLabel(mf, tr("Pose &layers:"), poseLayers_);
    layerHint_ = new QLabel(modelBox);
    layerHint_->setWordWrap(true);
    mf->addRow(layerHint_);
    addMessageRow(mf, Field::PoseLayers);

    variant_ = new QComboBox(modelBox);
    for (const QString& v : service::vqVariants()) {
        QString label = v;
        if (v == "vq1") label = tr("VQ-1 (default: nearest code)");
        if (v == "vq2") label = tr("VQ-2 (built on the previous pose layer)");
        if (v == "vq3") label = tr("VQ-3 (codes joined to the features)");
        if (v == "gumbel") label = tr("Gumbel-softmax");
        if (v == "none") label = tr("None (no VQ, no masks)");
        variant_->addItem(label, v);
    }
    variant_->setToolTip(tr("How the pose layers turn features into object masks (paper section 3.2)"));
    variant_->setAccessibleName(tr("VQSN variant"));
    withLabel(mf, tr("&VQSN variant:"), variant_);
    addMessageRow(mf, Field::VqVariant);
    layout->addWidget(modelBox);

    // ---- training
    auto* trainBox = new QGroupBox(tr("Training"), this);
    auto* tf = new QFormLayout(trainBox);
    batch_ = new QSpinBox(trainBox);
    batch_->setRange(1, 4096);
    batch_->setToolTip(tr("Images per training step; larger batches run faster per image but need more memory"));
    batch_->setAccessibleName(tr("Batch size"));
    withLabel(tf, tr("&Batch:"), batch_);
    addMessageRow(tf, Field::Batch);

    auto* budgetRow = new QWidget(trainBox);
    auto* bl = new QHBoxLayout(budgetRow);
    bl->setContentsMargins(0, 0, 0, 0);
    budget_ = new QDoubleSpinBox(budgetRow);
    budget_->setRange(0, 1000000);
    budget_->setDecimals(1);
    budget_->setValue(30);
    budget_->setToolTip(tr("How long to train: the run stops and saves its checkpoint when this is spent"));
    budget_->setAccessibleName(tr("Budget"));
    budgetKind_ = new QComboBox(budgetRow);
    budgetKind_->addItem(tr("minutes"), kMinutes);
    budgetKind_->addItem(tr("thousand images"), kKimg);
    budgetKind_->setToolTip(tr("Measure the budget in wall-clock minutes or in thousands of training images"));
    budgetKind_->setAccessibleName(tr("Budget unit"));
    bl->addWidget(budget_, 1);
    bl->addWidget(budgetKind_);
    withLabel(tf, tr("B&udget:"), budget_, budgetRow);
    addMessageRow(tf, Field::Budget);

    device_ = new QComboBox(trainBox);
    device_->addItem(tr("Automatic (CUDA when present)"), "auto");
    device_->addItem(tr("CPU"), "cpu");
    device_->addItem(tr("CUDA GPU"), "cuda");
    device_->setCurrentIndex(qMax(0, device_->findData(AppSettings::device())));
    device_->setToolTip(
        tr("Where the run computes; on the CPU it shares the cores with the editor, at a lower "
           "priority"));
    device_->setAccessibleName(tr("Training device"));
    withLabel(tf, tr("&Device:"), device_);
    addMessageRow(tf, Field::Device);
    layout->addWidget(trainBox);

    // ---- output
    auto* outBox = new QGroupBox(tr("Output"), this);
    auto* of = new QFormLayout(outBox);
    auto* outRow = new QWidget(outBox);
    auto* ol = new QHBoxLayout(outRow);
    ol->setContentsMargins(0, 0, 0, 0);
    output_ = new QLineEdit(outRow);
    output_->setToolTip(
        tr("The run folder: model.pivq (the newest checkpoint), samples/ and log.jsonl are written "
           "there"));
    output_->setAccessibleName(tr("Output folder"));
    browseOutput_ = new QToolButton(outRow);
    browseOutput_->setText(tr("Bro&wse…"));
    browseOutput_->setToolTip(tr("Choose the folder for the run"));
    browseOutput_->setAccessibleName(tr("Choose output folder"));
    browseOutput_->setFocusPolicy(Qt::StrongFocus);
    ol->addWidget(output_, 1);
    ol->addWidget(browseOutput_);
    withLabel(of, tr("&Folder:"), output_, outRow);
    addMessageRow(of, Field::Output);
    layout->addWidget(outBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    start_ = buttons->addButton(isFineTune() ? tr("Start Fine-&tuning") : tr("Start &Training"),
                                QDialogButtonBox::AcceptRole);
    start_->setToolTip(tr("Start the run; the Training Monitor shows its progress"));
    start_->setAccessibleName(start_->text().remove('&'));
    start_->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Close without starting a run"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canStart()) return;
        QSettings().setValue(kOutputParentKey, QFileInfo(output_->text()).absolutePath());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);

    watcher_ = new QFutureWatcher<service::DatasetProbe>(this);
    connect(watcher_, &QFutureWatcher<service::DatasetProbe>::finished, this, &TrainingDialog::onProbeDone);
    probeDelay_ = new QTimer(this);
    probeDelay_->setSingleShot(true);
    probeDelay_->setInterval(300);  // while typing a path
    connect(probeDelay_, &QTimer::timeout, this, &TrainingDialog::startProbe);
    progressTimer_ = new QTimer(this);
    progressTimer_->setInterval(150);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (!probeState_) return;
        setStatus(tr("Looking at the images… %1 of %2").arg(probeState_->done.load()).arg(probeState_->total.load()));
    });

    connect(source_, &QComboBox::currentIndexChanged, this, &TrainingDialog::onSourceChanged);
    connect(data_, &QLineEdit::textChanged, this, &TrainingDialog::onDataEdited);
    connect(browseFolder_, &QToolButton::clicked, this, &TrainingDialog::browseFolder);
    connect(browseZip_, &QToolButton::clicked, this, &TrainingDialog::browseZip);
    connect(browseOutput_, &QToolButton::clicked, this, &TrainingDialog::browseOutput);
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_) applyPreset();
    });
    connect(output_, &QLineEdit::textEdited, this, [this] { outputEdited_ = true; });
    auto changed = [this] {
        if (!filling_) revalidate();
    };
    connect(toyCount_, &QSpinBox::valueChanged, this, changed);
    connect(resolution_, &QComboBox::currentIndexChanged, this, changed);
    connect(classes_, &QSpinBox::valueChanged, this, changed);
    connect(poseLayers_, &QLineEdit::textChanged, this, changed);
    connect(variant_, &QComboBox::currentIndexChanged, this, changed);
    connect(batch_, &QSpinBox::valueChanged, this, changed);
    connect(budget_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(budgetKind_, &QComboBox::currentIndexChanged, this, [this] {
        // Minutes to a tenth; images to one (0.001 thousand).
        budget_->setDecimals(budgetKind_->currentData().toInt() == kKimg ? 3 : 1);
        if (!filling_) revalidate();
    });
    connect(device_, &QComboBox::currentIndexChanged, this, changed);
    connect(output_, &QLineEdit::textChanged, this, changed);

    intro_->setText(
        tr("Train a PIVQGAN model on your images. The run goes on in the background; the Training "
           "Monitor shows its progress, and any checkpoint opens in the editor."));
}

void TrainingDialog::setStatus(const QString& text)
{
    dataStatus_->setText(text);
    dataForm_->setRowVisible(dataStatus_, !text.isEmpty());
}

void TrainingDialog::applyPreset()
{
    const service::ModelSummary s = service::presetSummary(preset_->currentData().toString());
    if (s.resolution == 0) return;
    filling_ = true;
    resolution_->setCurrentIndex(qMax(0, resolution_->findData(s.resolution)));
    classes_->setValue(s.classes);
    QStringList layers;
    for (int l : s.poseLayers) layers << QString::number(l);
    poseLayers_->setText(layers.join(", "));
    variant_->setCurrentIndex(qMax(0, variant_->findData(s.vqVariant)));
    batch_->setValue(s.batch);
    filling_ = false;
    revalidate();
}

void TrainingDialog::fillFromBase()
{
    service::TrainingOptions o;
    o.initFrom = basePath_;
    const service::TrainingCheck c = service::checkTrainingOptions(o);
    filling_ = true;
    preset_->insertItem(0, tr("(the model's own)"), QString());
    preset_->setCurrentIndex(0);
    if (c.modelValid) {
        resolution_->setCurrentIndex(qMax(0, resolution_->findData(c.model.resolution)));
        classes_->setValue(c.model.classes);
        QStringList layers;
        for (int l : c.model.poseLayers) layers << QString::number(l);
        poseLayers_->setText(layers.join(", "));
        variant_->setCurrentIndex(qMax(0, variant_->findData(c.model.vqVariant)));
        batch_->setValue(c.model.batch);
    }
    const QString fixedTip = tr("A fine-tune keeps the architecture of the model it starts from");
    for (QWidget* w : std::initializer_list<QWidget*>{preset_, resolution_, classes_, poseLayers_, variant_}) {
        w->setEnabled(false);
        w->setToolTip(w->toolTip() + "\n" + fixedTip);
    }
    budget_->setValue(10);
    filling_ = false;
    const QString name = QDir::toNativeSeparators(basePath_).toHtmlEscaped();
    if (c.baseRead)
        intro_->setText(tr("Fine-tune <b>%1</b> on new images: the run continues its training (step %2, %3 images "
                           "seen so far) with the same architecture, and writes a new model to the output folder; "
                           "the model itself is not changed.")
                            .arg(name)
                            .arg(c.baseStep)
                            .arg(c.baseImages));
    else
        intro_->setText(tr("Fine-tune <b>%1</b> on new images.").arg(name));
    source_->setCurrentIndex(kFiles);
}

bool TrainingDialog::toyfaces() const
{
    return source_->currentIndex() == kToyfaces;
}

void TrainingDialog::onSourceChanged()
{
    const bool toy = toyfaces();
    data_->setEnabled(!toy);
    browseFolder_->setEnabled(!toy);
    browseZip_->setEnabled(!toy);
    dataForm_->setRowVisible(toyCount_, toy);
    dataForm_->setRowVisible(data_->parentWidget(), !toy);
    onDataEdited();
}

void TrainingDialog::onDataEdited()
{
    const QString path = options().data;
    if (!outputEdited_) {
        QString stem = toyfaces() ? QStringLiteral("toyfaces") : QFileInfo(path).completeBaseName();
        if (isFineTune()) {
            const QString base = QFileInfo(QFileInfo(basePath_).absolutePath()).fileName();
            stem = stem.isEmpty() ? base + "-finetune" : base + "-" + stem;
        }
        if (!stem.isEmpty()) output_->setText(defaultOutput(stem));
    }
    if (probeState_) probeState_->cancel = true;
    probeState_.reset();
    probedPath_.clear();
    probe_ = service::DatasetProbe();
    thumbs_->clear();
    dataForm_->setRowVisible(thumbs_, false);
    setStatus(QString());
    if (path.isEmpty()) {
        probeDelay_->stop();
    } else {
        probeDelay_->start();
    }
    revalidate();
}

void TrainingDialog::startProbe()
{
    const QString path = options().data;
    if (path.isEmpty()) return;
    if (!toyfaces() && !QFileInfo::exists(path)) {
        revalidate();  // says it is missing
        return;
    }
    auto state = std::make_shared<ProbeState>();
    probeState_ = state;
    service::DatasetProbeOptions po;
    po.thumbnails = kThumbnails;
    po.thumbnailSide = kThumbnailSide;
    po.toyfacesCount = toyCount_->value();
    setStatus(tr("Looking at the images…"));
    progressTimer_->start();
    watcher_->setFuture(QtConcurrent::run([path, po, state] {
        return service::probeDataset(
            path, po,
            [state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
            },
            [state] { return state->cancel.load(); });
    }));
    revalidate();
}

void TrainingDialog::onProbeDone()
{
    progressTimer_->stop();
    const service::DatasetProbe result = watcher_->result();
    if (result.cancelled || result.path != options().data) return;  // the data changed meanwhile
    probe_ = result;
    probedPath_ = result.path;
    probeState_.reset();
    thumbs_->clear();
    for (int i = 0; i < result.thumbnails.size(); ++i) {
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(result.thumbnails[i])), QString(), thumbs_);
        item->setToolTip(result.thumbnailNames.value(i));
    }
    dataForm_->setRowVisible(thumbs_, thumbs_->count() > 0);
    if (result.toyfaces)
        setStatus(tr("%1 procedural faces, drawn when the run starts.").arg(toyCount_->value()));
    else if (result.error.isEmpty() && result.files > 0)
        setStatus(tr("%1 usable images of %2 image files in %3.")
                      .arg(result.usable)
                      .arg(result.files)
                      .arg(result.zip ? tr("the zip file") : tr("the folder and its subfolders")));
    else
        setStatus(QString());
    revalidate();
    Q_EMIT probeFinished();
}

bool TrainingDialog::isProbing() const
{
    return probeDelay_->isActive() || (probeState_ && watcher_->isRunning());
}

QVector<int> TrainingDialog::parsedPoseLayers(QString* error) const
{
    QVector<int> out;
    const QStringList parts = poseLayers_->text().split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const int l = p.toInt(&ok);
        if (!ok) {
            if (error) *error = tr("“%1” is not a layer number; give numbers separated by commas, e.g. 3, 5").arg(p);
            return {};
        }
        out << l;
    }
    if (out.isEmpty() && error) *error = tr("Give at least one pose layer.");
    std::sort(out.begin(), out.end());
    return out;
}

service::TrainingOptions TrainingDialog::options() const
{
    service::TrainingOptions o;
    o.data = toyfaces() ? QStringLiteral("toyfaces") : data_->text().trimmed();
    o.toyfacesCount = toyCount_->value();
    o.out = output_->text().trimmed();
    o.name = o.out.isEmpty() ? QString() : QFileInfo(o.out).fileName();
    o.device = device_->currentData().toString();
    o.threads = -1;  // the editing engine's setting: the count is process wide
    o.batch = batch_->value();
    if (budgetKind_->currentData().toInt() == kKimg)
        o.kimg = budget_->value();
    else
        o.minutes = budget_->value();
    o.sampleMinutes = kSampleMinutes;
    o.checkpointMinutes = kCheckpointMinutes;
    if (isFineTune()) {
        o.initFrom = basePath_;
    } else {
        o.preset = preset_->currentData().toString();
        o.resolution = resolution_->currentData().toInt();
        o.vqCodes = classes_->value();
        o.poseLayers = parsedPoseLayers(nullptr);
        o.vqVariant = variant_->currentData().toString();
    }
    return o;
}

void TrainingDialog::revalidate()
{
    const service::TrainingOptions o = options();
    poseLayersError_.clear();
    if (!isFineTune()) parsedPoseLayers(&poseLayersError_);
    check_ = service::checkTrainingOptions(o, probedPath_ == o.data ? &probe_ : nullptr);
    if (!poseLayersError_.isEmpty()) {
        // The dialog's own parse error replaces what the check says about an empty list.
        check_.issues.erase(std::remove_if(check_.issues.begin(), check_.issues.end(),
                                           [](const TrainingIssue& i) { return i.field == Field::PoseLayers; }),
                            check_.issues.end());
    }
    showIssues();
    refreshLayerHint();
    start_->setEnabled(canStart());
    Q_EMIT checked();
}

bool TrainingDialog::canStart() const
{
    const QString data = options().data;
    return check_.ok() && poseLayersError_.isEmpty() && !isProbing() && !data.isEmpty() && probedPath_ == data;
}

QString TrainingDialog::describe(const TrainingIssue& i)
{
    const QString a1 = i.args.value(0).toHtmlEscaped(), a2 = i.args.value(1).toHtmlEscaped(),
                  a3 = i.args.value(2).toHtmlEscaped();
    const QString detail = lines(i.detail);
    switch (i.code) {
        case Code::NoData:
            return tr("Choose the training images: toyfaces, a folder or a .zip file.");
        case Code::DataMissing:
            return tr("%1 does not exist.").arg(a1);
        case Code::DataNotFolderOrZip:
            return tr("%1 is neither a folder nor a .zip file.").arg(a1);
        case Code::DataError:
            return tr("The images cannot be read: %1").arg(detail);
        case Code::DataNoImages:
            return tr("%1 holds no image files (.png, .jpg, .jpeg, .webp, .bmp, .tif or .tiff; subfolders are searched "
                      "too).")
                .arg(a1);
        case Code::DataTooFew:
            return tr("Only %1 usable images (%2 files cannot be used); a run needs at least two.").arg(a1, a2) +
                   (detail.isEmpty() ? QString() : "<br>" + detail);
        case Code::DataUnreadable:
            return tr("%1 of the %2 image files cannot be used and will be skipped:").arg(a1, a2) + "<br>" + detail;
        case Code::DataSmall:
            return tr("%1 images are smaller than %2 px and will be enlarged, so the model learns blurry pictures.")
                .arg(a1, a2);
        case Code::DataFewerThanBatch:
            return tr("Only %1 images for a batch of %2: the same images repeat within a step.").arg(a1, a2);
        case Code::NoOutput:
            return tr("Choose a folder for the run (checkpoints, samples and the log).");
        case Code::OutputIsFile:
            return tr("%1 is a file, not a folder.").arg(a1);
        case Code::OutputNotWritable:
            return tr("%1 cannot be written; choose another folder.").arg(a1);
        case Code::OutputHoldsRun:
            return tr("%1 already holds a run (model.pivq), which a new run would replace; choose another folder.")
                .arg(a1);
        case Code::UnknownPreset:
            return tr("Unknown preset “%1” (available: %2).").arg(a1, a2);
        case Code::ResolutionInvalid:
            return tr("The resolution must be a power of two from 32 to 1024 px, not %1.").arg(a1);
        case Code::ClassesOutOfRange:
            return tr("K, the number of object classes, must be between %2 and %3, not %1.").arg(a1, a2, a3);
        case Code::PoseLayersEmpty:
            return tr("Give at least one pose layer.");
        case Code::PoseLayerOutOfRange:
            return tr("Layer %1 does not exist at %2 px: the layers there are 0 to %3.").arg(a1, a2, a3);
        case Code::PoseLayersDuplicate:
            return tr("Layer %1 is listed twice.").arg(a1);
        case Code::VqVariantUnknown:
            return tr("Unknown VQSN variant “%1” (available: %2).").arg(a1, a2);
        case Code::NoMasks:
            return tr("Without VQ the model learns no object masks: there will be nothing to paint in the editor.");
        case Code::ModelInvalid:
            return tr("The model configuration is not valid: %1").arg(detail);
        case Code::BatchOutOfRange:
            return tr("The batch must be between 1 and %2 images, not %1.").arg(a1, a2);
        case Code::BatchSmallForGroup:
            return tr("The discriminator compares groups of %2 images; with a batch of %1 the groups have %3, which "
                      "weakens it. A multiple of %2 is better.")
                .arg(a1, a2, a3);
        case Code::TrainInvalid:
            return tr("The training configuration is not valid: %1").arg(detail);
        case Code::NoBudget:
            return tr("Give a budget above zero: minutes, or thousands of images.");
        case Code::BaseMissing:
            return tr("The model %1 does not exist.").arg(a1);
        case Code::BaseUnreadable:
            return tr("This model cannot be fine-tuned: %1").arg(detail);
        case Code::BaseNoTrainingState:
            return tr(
                "This model was saved without its training state: the generator continues from its averaged "
                "weights, the discriminator and the optimisers start afresh.");
        case Code::ArchitectureFixed:
            return tr("A fine-tune keeps the model's architecture; these choices differ from it: %1").arg(detail);
        case Code::DeviceUnknown:
            return tr("Unknown device “%1”.").arg(a1);
        case Code::CudaUnavailable:
            return tr(
                "There is no usable CUDA GPU (in this LibTorch build or on this machine); choose the CPU or "
                "Automatic.");
        case Code::SlowOnCpu:
            return tr("%1 px trains very slowly on the CPU (hours for a thousand images); a smaller resolution or a "
                      "GPU "
                      "is better.")
                .arg(a1);
    }
    return detail;
}

void TrainingDialog::showIssues()
{
    QMap<Field, QStringList> texts;
    for (const TrainingIssue& i : check_.issues) {
        const QString color = i.error ? QStringLiteral("#b00020") : QStringLiteral("#7a5c00");
        const QString prefix = i.error ? tr("Error:") : tr("Note:");
        texts[i.field]
            << QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>").arg(color, prefix, describe(i));
    }
    if (!poseLayersError_.isEmpty())
        texts[Field::PoseLayers] << QStringLiteral("<span style=\"color:#b00020\"><b>%1</b> %2</span>")
                                        .arg(tr("Error:"), poseLayersError_.toHtmlEscaped());
    for (auto it = messageLabels_.begin(); it != messageLabels_.end(); ++it) {
        const QStringList t = texts.value(it.key());
        it.value()->setText(t.join("<br>"));
        auto* form = qobject_cast<QFormLayout*>(it.value()->parentWidget()->layout());
        if (form) form->setRowVisible(it.value(), !t.isEmpty());
    }
}

void TrainingDialog::refreshLayerHint()
{
    const int res = resolution_->currentData().toInt();
    const QMap<int, int> sides = service::convLayerSides(res);
    if (sides.isEmpty()) {
        layerHint_->clear();
        return;
    }
    // "0: 4 px, 1–2: 8 px, ..."
    QStringList groups;
    for (auto it = sides.cbegin(); it != sides.cend();) {
        const int first = it.key(), side = it.value();
        int last = first;
        while (it != sides.cend() && it.value() == side) last = (it++).key();
        groups << tr("%1: %2 px")
                      .arg(first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last))
                      .arg(side);
    }
    layerHint_->setText(
        tr("At %1 px the layers are 0 to %2 (feature side): %3").arg(res).arg(sides.lastKey()).arg(groups.join(", ")));
}

QString TrainingDialog::message(Field field) const
{
    const QLabel* l = messageLabels_.value(field);
    return l ? QTextDocumentFragment::fromHtml(l->text()).toPlainText() : QString();
}

QString TrainingDialog::messages() const
{
    QStringList out;
    for (const QLabel* l : messageLabels_)
        if (!l->text().isEmpty()) out << QTextDocumentFragment::fromHtml(l->text()).toPlainText();
    return out.join('\n');
}

QString TrainingDialog::defaultOutput(const QString& stem) const
{
    QString parent = QSettings().value(kOutputParentKey).toString();
    if (parent.isEmpty())
        parent = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("PIVQ Studio/runs");
    const QDir dir(parent);
    QString name = stem;
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = dir.filePath(name);
        if (!QFileInfo::exists(QDir(candidate).filePath("model.pivq")) && !QFileInfo(candidate).isFile())
            return QDir::toNativeSeparators(candidate);
        name = QStringLiteral("%1-%2").arg(stem).arg(n);
    }
    return QDir::toNativeSeparators(dir.filePath(stem));
}

void TrainingDialog::browseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Training Images"), data_->text());
    if (!dir.isEmpty()) data_->setText(QDir::toNativeSeparators(dir));
}

void TrainingDialog::browseZip()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Zip File of Training Images"),
                                                      QFileInfo(data_->text()).absolutePath(), tr("Zip files (*.zip)"));
    if (!file.isEmpty()) data_->setText(QDir::toNativeSeparators(file));
}

void TrainingDialog::browseOutput()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the Run"), QFileInfo(output_->text()).absolutePath());
    if (dir.isEmpty()) return;
    outputEdited_ = true;
    output_->setText(QDir::toNativeSeparators(dir));
}

}  // namespace pivq::ui
