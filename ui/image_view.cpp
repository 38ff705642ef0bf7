#include "ui/image_view.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtMath>

namespace pivq::ui {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 64.0;
constexpr double kStep = 1.25;
}  // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage& image)
{
    const bool sizeChanged = image.size() != image_.size();
    image_ = image;
    if (sizeChanged && !fit_) center_ = QPointF(image_.width() / 2.0, image_.height() / 2.0);
    update();
}

void ImageView::setPlaceholder(const QString& text)
{
    placeholder_ = text;
    update();
}

double ImageView::fitZoom() const
{
    if (image_.isNull()) return 1.0;
    const double dpr = devicePixelRatioF();
    return qMin(width() * dpr / image_.width(), height() * dpr / image_.height());
}

double ImageView::zoom() const
{
    return fit_ ? fitZoom() : zoom_;
}

QRectF ImageView::imageRect() const
{
    if (image_.isNull()) return {};
    const double scale = zoom() / devicePixelRatioF();  // widget pixels per image pixel
    const QSizeF size(image_.width() * scale, image_.height() * scale);
    if (fit_) return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    const QPointF topLeft = QPointF(width() / 2.0, height() / 2.0) - center_ * scale;
    return QRectF(topLeft, size);
}

QPointF ImageView::toImage(QPointF widgetPos) const
{
    const QRectF r = imageRect();
    if (r.isEmpty()) return {};
    return QPointF((widgetPos.x() - r.left()) * image_.width() / r.width(),
                   (widgetPos.y() - r.top()) * image_.height() / r.height());
}

void ImageView::fitToWindow()
{
    fit_ = true;
    update();
    Q_EMIT zoomChanged(zoom());
}

void ImageView::actualSize()
{
    setZoom(1.0, rect().center());
}

void ImageView::zoomIn()
{
    setZoom(zoom() * kStep, rect().center());
}

void ImageView::zoomOut()
{
    setZoom(zoom() / kStep, rect().center());
}

void ImageView::setZoom(double deviceZoom, QPointF anchor)
{
    if (image_.isNull()) return;
    const QPointF at = toImage(anchor);  // keep the image point under the anchor in place
    zoom_ = qBound(kMinZoom, deviceZoom, kMaxZoom);
    fit_ = false;
    const double scale = zoom_ / devicePixelRatioF();
    center_ = at - (anchor - QPointF(width() / 2.0, height() / 2.0)) / scale;
    update();
    Q_EMIT zoomChanged(zoom_);
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (image_.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    } else {
        const QRectF r = imageRect();
        // Magnified pixels stay square; reductions are smoothed.
        p.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 1.0);
        p.drawImage(r, image_);
        paintOverlay(p, r);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    if (!interactive_ || image_.isNull()) return QWidget::wheelEvent(event);
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    setZoom(zoom() * qPow(kStep, steps), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (interactive_ && !image_.isNull() && pansWith(event->button())) {
        panning_ = true;
        panLast_ = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (!panning_) return QWidget::mouseMoveEvent(event);
    if (fit_) {
        zoom_ = fitZoom();
        center_ = QPointF(image_.width() / 2.0, image_.height() / 2.0);
        fit_ = false;
    }
    center_ -= (event->position() - panLast_) / (zoom_ / devicePixelRatioF());
    panLast_ = event->position();
    update();
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!panning_) return QWidget::mouseReleaseEvent(event);
    panning_ = false;
    unsetCursor();
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    if (interactive_) {
        if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) return zoomIn();
        if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) return zoomOut();
    }
    QWidget::keyPressEvent(event);
}

}  // namespace pivq::ui
