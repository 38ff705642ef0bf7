#include "ui/mask_canvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace pivq::ui {

MaskCanvas::MaskCanvas(QWidget* parent) : ImageView(parent)
{
    qRegisterMetaType<CanvasPointer>();
    setMouseTracking(true);
}

void MaskCanvas::setMask(const QImage& mask)
{
    mask_ = mask;
    update();
}

void MaskCanvas::setOpacity(double opacity)
{
    opacity_ = qBound(0.0, opacity, 1.0);
    update();
}

void MaskCanvas::setEditable(bool on)
{
    editable_ = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void MaskCanvas::setBrushSize(int cells)
{
    brushSize_ = qMax(0, cells);
    update();
}

QRectF MaskCanvas::maskRect(const QRectF& imageRect) const
{
    // Without an image the mask fills the area an image would.
    if (!imageRect.isEmpty()) return imageRect;
    const double side = qMin(width(), height());
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

QPointF MaskCanvas::toCell(QPointF widgetPos) const
{
    const QRectF r = maskRect(imageRect());
    if (r.isEmpty() || mask_.isNull()) return {-1, -1};
    return QPointF((widgetPos.x() - r.left()) * mask_.width() / r.width(),
                   (widgetPos.y() - r.top()) * mask_.height() / r.height());
}

QPoint MaskCanvas::cellCenter(QPoint cell) const
{
    const QRectF r = maskRect(imageRect());
    if (r.isEmpty() || mask_.isNull()) return {};
    const double w = r.width() / mask_.width(), h = r.height() / mask_.height();
    return QPointF(r.left() + (cell.x() + 0.5) * w, r.top() + (cell.y() + 0.5) * h).toPoint();
}

CanvasPointer MaskCanvas::pointer(const QMouseEvent* event) const
{
    CanvasPointer p;
    p.cell = toCell(event->position());
    p.button = event->button();
    p.modifiers = event->modifiers();
    return p;
}

bool MaskCanvas::pansWith(Qt::MouseButton button) const
{
    if (button == Qt::MiddleButton) return true;
    return button == Qt::LeftButton && !editable_;
}

void MaskCanvas::mousePressEvent(QMouseEvent* event)
{
    if (editable_ && event->button() == Qt::LeftButton && !mask_.isNull()) {
        stroking_ = true;
        Q_EMIT pointerPressed(pointer(event));
        event->accept();
        return;
    }
    ImageView::mousePressEvent(event);
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event)
{
    hover_ = event->position();
    if (stroking_) {
        Q_EMIT pointerMoved(pointer(event));
        event->accept();
    } else {
        ImageView::mouseMoveEvent(event);
    }
    if (editable_) update();
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (stroking_ && event->button() == Qt::LeftButton) {
        stroking_ = false;
        Q_EMIT pointerReleased(pointer(event));
        event->accept();
        return;
    }
    ImageView::mouseReleaseEvent(event);
}

void MaskCanvas::leaveEvent(QEvent* event)
{
    hover_ = {-1, -1};
    update();
    ImageView::leaveEvent(event);
}

void MaskCanvas::paintOverlay(QPainter& p, const QRectF& imageRect)
{
    if (mask_.isNull()) return;
    const QRectF r = maskRect(imageRect);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setOpacity(opacity_);
    p.drawImage(r, mask_);
    p.restore();
    if (!editable_ || brushSize_ <= 0 || hover_.x() < 0) return;
    // The cells the next dab covers, outlined.
    const double cw = r.width() / mask_.width(), ch = r.height() / mask_.height();
    QPainterPath cells;
    for (const QPoint& c : dabCells(toCell(hover_), brushSize_))
        cells.addRect(QRectF(r.left() + c.x() * cw, r.top() + c.y() * ch, cw, ch));
    cells = cells.simplified();
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, 2));
    p.drawPath(cells);
    p.setPen(QPen(Qt::white, 1));
    p.drawPath(cells);
    p.restore();
}

}  // namespace pivq::ui
