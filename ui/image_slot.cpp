#include "ui/image_slot.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "engine/service/image_check.h"
#include "ui/image_view.h"

namespace pivq::ui {

namespace {
constexpr int kMinSide = 16;  // smaller inputs carry too little to encode

using Kind = service::LatentSource::Kind;

QToolButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text.simplified().remove('&'));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

QString localPath(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : QString();
}
}  // namespace

ImageSlot::ImageSlot(const QString& title, Features features, QWidget* parent)
    : QFrame(parent), title_(title), features_(features)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    setToolTip(tr("%1: drop an image file or image here, paste one (Ctrl+V) or open a file").arg(title));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    titleLabel_ = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    descLabel_ = new QLabel(this);
    descLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    descLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(titleLabel_);
    header->addWidget(descLabel_, 1);
    layout->addLayout(header);

    view_ = new ImageView(this);
    view_->setInteractive(false);
    view_->setFocusPolicy(Qt::NoFocus);
    view_->setMinimumSize(96, 96);
    view_->setAccessibleName(tr("%1 image").arg(title));
    view_->setPlaceholder(tr("Drop an image here"));
    layout->addWidget(view_, 1);

    recRow_ = new QWidget(this);
    auto* rec = new QHBoxLayout(recRow_);
    rec->setContentsMargins(0, 0, 0, 0);
    recView_ = new ImageView(recRow_);
    errView_ = new ImageView(recRow_);
    for (auto* v : {recView_, errView_}) {
        v->setInteractive(false);
        v->setFocusPolicy(Qt::NoFocus);
        v->setMinimumSize(64, 64);
    }
    recView_->setToolTip(tr("The model's reconstruction of this input: G(E(image))"));
    recView_->setAccessibleName(tr("%1 reconstruction").arg(title));
    recView_->setPlaceholder(tr("reconstructing…"));
    errView_->setToolTip(
        tr("Per-pixel error of the reconstruction: white is a mean error of a quarter of the full "
           "range or more"));
    errView_->setAccessibleName(tr("%1 reconstruction error map").arg(title));
    recLabel_ = new QLabel(recRow_);
    recLabel_->setWordWrap(true);
    rec->addWidget(recView_);
    rec->addWidget(errView_);
    layout->addWidget(recRow_);
    layout->addWidget(recLabel_);
    recRow_->hide();
    recLabel_->hide();

    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b00020");
    error_->setAccessibleName(tr("%1 error").arg(title));
    error_->hide();
    layout->addWidget(error_);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto* open = button(tr("Open…"), tr("%1: open an image file").arg(title), this);
    connect(open, &QToolButton::clicked, this, &ImageSlot::openFile);
    buttons->addWidget(open);
    auto* paste = button(tr("Paste"), tr("Use the image or image file on the clipboard"), this);
    connect(paste, &QToolButton::clicked, this, &ImageSlot::paste);
    buttons->addWidget(paste);
    if (features_ & Random) {
        auto* random = button(tr("Random"), tr("%1: draw a random one from the model").arg(title), this);
        connect(random, &QToolButton::clicked, this, &ImageSlot::randomize);
        buttons->addWidget(random);
    }
    if (features_ & Clearable) {
        auto* clearButton = button(tr("Clear"), tr("Remove this input"), this);
        connect(clearButton, &QToolButton::clicked, this, &ImageSlot::clear);
        buttons->addWidget(clearButton);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    if (features_ & Refine) {
        refineRow_ = new QWidget(this);
        auto* row = new QHBoxLayout(refineRow_);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        refineButton_ = button(tr("Refine…"), {}, refineRow_);  // the tooltip says why when it is disabled
        refineButton_->setAccessibleName(tr("Refine %1").arg(title));
        connect(refineButton_, &QToolButton::clicked, this, &ImageSlot::openRefineDialog);
        refineLabel_ = new QLabel(refineRow_);
        refineLabel_->setWordWrap(true);
        refineLabel_->setAccessibleName(tr("%1 refinement").arg(title));
        refineLabel_->setToolTip(
            tr("How faithful the reconstruction is before and after refinement (PSNR, higher "
               "is better)"));
        revertButton_ = button(
            tr("Revert"), tr("%1: back to the plain encoding of the image, exactly (undoes the refinement)").arg(title),
            refineRow_);
        revertButton_->setAccessibleName(tr("Revert %1 to the plain encoding").arg(title));
        connect(revertButton_, &QToolButton::clicked, this, [this] { Q_EMIT revertRequested(); });
        row->addWidget(refineButton_);
        row->addWidget(refineLabel_, 1);
        row->addWidget(revertButton_);
        layout->addWidget(refineRow_);

        progressRow_ = new QWidget(this);
        auto* prow = new QHBoxLayout(progressRow_);
        prow->setContentsMargins(0, 0, 0, 0);
        prow->setSpacing(2);
        progress_ = new QProgressBar(progressRow_);
        progress_->setTextVisible(true);
        progress_->setAccessibleName(tr("%1 refinement progress").arg(title));
        progress_->setToolTip(tr("Refinement steps done, and how faithful the reconstruction is so far (PSNR)"));
        progress_->setFocusPolicy(Qt::TabFocus);  // so that the keyboard (and a screen reader) reaches its figures
        cancelButton_ =
            button(tr("Cancel"), tr("%1: stop the refinement; what it reached is kept (Revert undoes it)").arg(title),
                   progressRow_);
        cancelButton_->setAccessibleName(tr("Cancel the refinement of %1").arg(title));
        connect(cancelButton_, &QToolButton::clicked, this, [this] { Q_EMIT refineCancelRequested(); });
        prow->addWidget(progress_, 1);
        prow->addWidget(cancelButton_);
        layout->addWidget(progressRow_);
        progressRow_->hide();
    }
    if (features_ & Reconstruction) {
        recToggle_ = new QCheckBox(tr("Reconstruction"), this);
        recToggle_->setToolTip(tr("Show how the model reconstructs this input, with the per-pixel error"));
        recToggle_->setAccessibleName(tr("Show reconstruction: %1").arg(title));
        connect(recToggle_, &QCheckBox::toggled, this, [this](bool on) {
            refresh();
            Q_EMIT reconstructionToggled(on);
        });
        layout->addWidget(recToggle_);
    }
    refresh();
}

QString ImageSlot::errorText() const
{
    return error_->text();
}

void ImageSlot::showError(const QString& text)
{
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

bool ImageSlot::loadFile(const QString& path)
{
    const QFileInfo fi(path);
    if (fi.suffix().compare("pivq", Qt::CaseInsensitive) == 0) {
        Q_EMIT modelDropped(fi.absoluteFilePath());
        return false;
    }
    if (!fi.exists()) {
        showError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be opened (%2).").arg(fi.fileName(), file.errorString()));
        return false;
    }
    if (file.size() > service::kMaxInputFileBytes) {
        showError(tr("%1 is too large to be an input image.").arg(fi.fileName()));
        return false;
    }
    QByteArray bytes = file.readAll();
    // The size comes from the header before Qt decodes anything (a small file can claim a huge image).
    const QString problem = service::imageBytesProblem(bytes);
    if (!problem.isEmpty()) {
        showError(tr("%1 cannot be used: %2.").arg(fi.fileName(), problem));
        return false;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);  // EXIF orientation
    const QImage img = reader.read();
    if (img.isNull()) {
        showError(tr("%1 is not an image that can be read (%2). Use a PNG, JPEG, BMP or WebP file.")
                      .arg(fi.fileName(), reader.errorString()));
        return false;
    }
    if (img.width() < kMinSide || img.height() < kMinSide) {
        showError(tr("%1 is only %2 × %3 pixels; use an image of at least %4 × %4.")
                      .arg(fi.fileName())
                      .arg(img.width())
                      .arg(img.height())
                      .arg(kMinSide));
        return false;
    }
    setInput(service::LatentSource::fromImage(img), img, fi.fileName(), fi.absoluteFilePath());
    Q_EMIT fileOpened(fi.absoluteFilePath());
    return true;
}

bool ImageSlot::loadImage(const QImage& image, const QString& description)
{
    if (image.isNull()) {
        showError(tr("The dropped data is not an image."));
        return false;
    }
    if (image.width() < kMinSide || image.height() < kMinSide) {
        showError(tr("The image is only %1 × %2 pixels; use one of at least %3 × %3.")
                      .arg(image.width())
                      .arg(image.height())
                      .arg(kMinSide));
        return false;
    }
    setInput(service::LatentSource::fromImage(image), image, description, {});
    return true;
}

bool ImageSlot::canDecode(const QMimeData* mime)
{
    if (!mime) return false;
    if (mime->hasImage()) return true;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) return true;
    if (mime->hasText()) {
        const QString text = mime->text().trimmed();
        return QUrl(text).isLocalFile() || QFileInfo(text).isFile();
    }
    return false;
}

bool ImageSlot::loadMimeData(const QMimeData* mime)
{
    if (!mime) return false;
    // A file keeps its name; image data (from a browser or another program) comes next.
    for (const QUrl& url : mime->urls()) {
        const QString path = localPath(url);
        if (!path.isEmpty()) return loadFile(path);
    }
    if (mime->hasImage()) return loadImage(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
    if (!mime->urls().isEmpty()) {
        showError(tr("%1 is not a local file. Save the image first, or drag the picture itself.")
                      .arg(mime->urls().first().toDisplayString()));
        return false;
    }
    if (mime->hasText()) {
        const QString text = mime->text().trimmed();
        const QUrl url(text);
        return loadFile(url.isLocalFile() ? url.toLocalFile() : text);
    }
    showError(tr("Nothing usable was dropped: give an image file or an image."));
    return false;
}

void ImageSlot::setRandom(quint64 seed)
{
    setInput(service::LatentSource::random(seed), {}, tr("random #%1").arg(seed), {});
}

bool ImageSlot::restore(const service::LatentSource& source, const QString& description)
{
    switch (source.kind) {
        case Kind::None:
            clear();
            return true;
        case Kind::File:
            return loadFile(source.path);
        case Kind::Image:
            return loadImage(source.image, description);
        case Kind::Random:
            setInput(source, {}, description.isEmpty() ? tr("random #%1").arg(source.seed) : description, {});
            return true;
        case Kind::Latents:
            // Refined latents with the image they reconstruct (without one: shown by their
            // reconstruction, like a random draw).
            if (source.latents.isEmpty()) {
                showError(tr("The saved latents of %1 are empty.").arg(title_));
                return false;
            }
            if (!source.image.isNull() && (source.image.width() < kMinSide || source.image.height() < kMinSide)) {
                showError(tr("The image is only %1 × %2 pixels; use one of at least %3 × %3.")
                              .arg(source.image.width())
                              .arg(source.image.height())
                              .arg(kMinSide));
                return false;
            }
            setInput(source, source.image, description, {});
            return true;
    }
    return false;
}

void ImageSlot::randomize()
{
    setRandom(QRandomGenerator::global()->bounded(1000000u));
}

void ImageSlot::clear()
{
    setInput({}, {}, {}, {});
}

void ImageSlot::setInput(const service::LatentSource& source, const QImage& image, const QString& description,
                         const QString& path)
{
    source_ = source;
    image_ = image;
    description_ = description;
    filePath_ = path;
    recImage_ = recError_ = QImage();
    recText_.clear();
    recMse_ = recPsnr_ = -1;
    // A new input is plain, unless it brings refined latents (a session).
    refined_ = source.kind == Kind::Latents;
    refineText_ = refined_ ? tr("refined latents") : QString();
    showError({});
    refresh();
    Q_EMIT sourceChanged();
}

bool ImageSlot::setLatents(const QVector<float>& latents)
{
    if (image_.isNull() || latents.isEmpty()) return false;
    source_ = service::LatentSource::fromLatents(latents, image_);
    refined_ = true;
    if (refineText_.isEmpty()) refineText_ = tr("refined latents");
    refresh();
    Q_EMIT sourceChanged();
    return true;
}

void ImageSlot::usePlainEncoding()
{
    if (source_.kind == Kind::Latents && !image_.isNull()) source_ = service::LatentSource::fromImage(image_);
}

void ImageSlot::swapWith(ImageSlot* other)
{
    std::swap(source_, other->source_);
    std::swap(image_, other->image_);
    std::swap(description_, other->description_);
    std::swap(filePath_, other->filePath_);
    std::swap(recImage_, other->recImage_);
    std::swap(recError_, other->recError_);
    std::swap(recText_, other->recText_);
    std::swap(recMse_, other->recMse_);
    std::swap(recPsnr_, other->recPsnr_);
    std::swap(refined_, other->refined_);
    std::swap(refineText_, other->refineText_);
    showError({});
    other->showError({});
    refresh();
    other->refresh();
    Q_EMIT sourceChanged();
    Q_EMIT other->sourceChanged();
}

bool ImageSlot::reconstructionShown() const
{
    return recToggle_ && recToggle_->isChecked();
}

void ImageSlot::setReconstructionShown(bool on)
{
    if (recToggle_) recToggle_->setChecked(on);
}

void ImageSlot::setReconstruction(const service::RenderResult& result)
{
    if (!result.ok()) {
        recImage_ = recError_ = QImage();
        recText_ = result.error;
        recMse_ = recPsnr_ = -1;
    } else {
        recImage_ = result.image;
        recError_ = result.errorMap;
        recText_ = result.psnr >= 0 ? tr("PSNR %1 dB").arg(result.psnr, 0, 'f', 1) : QString();
        recMse_ = result.mse;
        recPsnr_ = result.psnr;
    }
    refresh();
}

QImage ImageSlot::preview() const
{
    return image_.isNull() ? recImage_ : image_;
}

void ImageSlot::refresh()
{
    descLabel_->setText(description_.isEmpty() ? tr("(empty)") : description_);
    descLabel_->setToolTip(filePath_.isEmpty() ? description_ : QDir::toNativeSeparators(filePath_));
    view_->setImage(preview());
    if (source_.isSet() && image_.isNull() && recImage_.isNull())
        view_->setPlaceholder(tr("drawing…"));
    else
        view_->setPlaceholder(tr("Drop an image here"));
    const bool showRec = reconstructionShown() && hasImage();
    recRow_->setVisible(showRec);
    recView_->setImage(recImage_);
    errView_->setImage(recError_);
    errView_->setPlaceholder(recImage_.isNull() ? QString() : tr("no error map"));
    recLabel_->setText(recText_);
    recLabel_->setVisible(showRec && !recText_.isEmpty());
    refreshRefine();
}

// ---------------------------------------------------------------- refinement

QString ImageSlot::refineUnavailableReason() const
{
    if (!(features_ & Refine)) return tr("This input cannot be refined.");
    if (refining_) return tr("It is being refined now.");
    switch (source_.kind) {
        case Kind::None:
            return tr("Give an image first.");
        case Kind::Random:
            return tr("A random draw has no image to match: refinement fits the latents to an image.");
        case Kind::Image:
        case Kind::File:
        case Kind::Latents:
            if (image_.isNull()) return tr("These latents have no image to match.");
            break;
    }
    return refineBlocked_;
}

void ImageSlot::setRefineBlocked(const QString& why)
{
    refineBlocked_ = why;
    refreshRefine();
}

void ImageSlot::openRefineDialog()
{
    const QString why = refineUnavailableReason();
    if (!why.isEmpty()) {
        showError(tr("%1 cannot be refined now: %2").arg(title_, why));
        return;
    }
    if (dialog_) {
        dialog_->raise();
        dialog_->activateWindow();
        return;
    }
    auto* d = new RefineDialog(title_, refineNote_, settings_, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        settings_ = d->settings();
        Q_EMIT refineRequested(settings_);
    });
    dialog_ = d;
    d->open();  // window-modal, without blocking the event loop
}

void ImageSlot::showRefineStarted(int steps)
{
    refining_ = true;
    showError({});
    if (progress_) {
        progress_->setRange(0, qMax(1, steps));
        progress_->setValue(0);
        progress_->setFormat(tr("starting…"));
    }
    refreshRefine();
}

void ImageSlot::showRefineProgress(const service::RefineProgress& p)
{
    if (progress_) {
        progress_->setRange(0, qMax(1, p.steps));
        progress_->setValue(qBound(0, p.step, qMax(1, p.steps)));
        const QString psnr = QString::number(p.psnr, 'f', 1);
        progress_->setFormat(p.generatorPhase
                                 ? tr("tuning the generator: %1 / %2, PSNR %3 dB").arg(p.step).arg(p.steps).arg(psnr)
                                 : tr("step %1 / %2, PSNR %3 dB").arg(p.step).arg(p.steps).arg(psnr));
    }
    // The reconstruction follows the steps; the error map is redrawn at the end.
    if (!p.reconstruction.isNull() && hasImage()) {
        recImage_ = p.reconstruction;
        recText_ = tr("refining: PSNR %1 dB").arg(p.psnr, 0, 'f', 1);
        recMse_ = p.mse;
        recPsnr_ = p.psnr;
        refresh();
    }
}

void ImageSlot::showRefineResult(const service::RefineResult& r)
{
    refining_ = false;
    if (r.stepsDone > 0) refined_ = true;
    const QString figures = r.psnrBefore >= 0 && r.psnrAfter >= 0
                                ? tr("PSNR %1 → %2 dB").arg(r.psnrBefore, 0, 'f', 1).arg(r.psnrAfter, 0, 'f', 1)
                                : QString();
    auto withFigures = [&](const QString& head) { return figures.isEmpty() ? head : tr("%1: %2").arg(head, figures); };
    if (!r.ok()) {
        showError(tr("The refinement stopped: %1").arg(r.error));
        if (r.stepsDone > 0)
            refineText_ = withFigures(tr("stopped after %1 of %2 steps").arg(r.stepsDone).arg(r.steps));
    } else if (r.cancelled) {
        if (r.stepsDone > 0)
            refineText_ = withFigures(tr("cancelled after %1 of %2 steps").arg(r.stepsDone).arg(r.steps));
    } else {
        showError({});
        refineText_ = withFigures(tr("refined"));
    }
    if (!r.reconstruction.isNull() && hasImage()) {
        recImage_ = r.reconstruction;
        recError_ = r.errorMap;
        recMse_ = r.mseAfter;
        recPsnr_ = r.psnrAfter;
        recText_ = r.psnrAfter >= 0 ? tr("PSNR %1 dB").arg(r.psnrAfter, 0, 'f', 1) : QString();
    }
    refresh();
}

void ImageSlot::showRefineEnded()
{
    refining_ = false;
    refreshRefine();
}

void ImageSlot::setRefined(bool refined)
{
    refined_ = refined;
    if (!refined) refineText_.clear();
    refreshRefine();
}

void ImageSlot::refreshRefine()
{
    if (!refineRow_) return;
    const QString why = refineUnavailableReason();
    refineButton_->setEnabled(why.isEmpty());
    refineButton_->setToolTip(
        why.isEmpty() ? tr("%1: make the model's reconstruction of this image faithful by optimising its latents "
                           "(and optionally the generator) for a number of steps")
                            .arg(title_)
                      : tr("%1 cannot be refined now: %2").arg(title_, why));
    refineLabel_->setText(refineText_);
    refineLabel_->setVisible(!refining_ && !refineText_.isEmpty());
    revertButton_->setVisible(!refining_ && refined_);
    progressRow_->setVisible(refining_);
}

void ImageSlot::openFile()
{
    QStringList patterns;
    for (const QByteArray& f : QImageReader::supportedImageFormats()) patterns << "*." + QString::fromLatin1(f);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image: %1").arg(title_), filePath_,
                                                      tr("Images (%1);;All files (*)").arg(patterns.join(' ')));
    if (!path.isEmpty()) loadFile(path);
}

void ImageSlot::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!canDecode(mime)) {
        showError(tr("The clipboard holds no image or image file."));
        return;
    }
    loadMimeData(mime);
}

void ImageSlot::setHighlighted(bool on)
{
    setFrameShadow(on ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(on ? 2 : 1);
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setAutoFillBackground(on);
}

void ImageSlot::dragEnterEvent(QDragEnterEvent* event)
{
    // Accept whatever might be an image; a bad file is explained on drop rather than refused
    // silently.
    if (event->mimeData()->hasImage() || event->mimeData()->hasUrls() || event->mimeData()->hasText()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void ImageSlot::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void ImageSlot::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    loadMimeData(event->mimeData());
    event->acceptProposedAction();
}

void ImageSlot::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) return paste();
    QFrame::keyPressEvent(event);
}

void ImageSlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) refresh();
    QFrame::changeEvent(event);
}

}  // namespace pivq::ui
