#include "ui/interpolation_pad.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace pivq::ui {

InterpolationPad::InterpolationPad(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void InterpolationPad::setValue(double poseT, double identityT)
{
    x_ = qBound(0.0, poseT, 1.0);
    y_ = qBound(0.0, identityT, 1.0);
    update();
}

void InterpolationPad::setAxesEnabled(bool pose, bool identity)
{
    poseOn_ = pose;
    identityOn_ = identity;
    setEnabled(pose || identity);
    update();
}

QRectF InterpolationPad::area() const
{
    const double side = qMin(width(), height()) - 12;
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

QPoint InterpolationPad::positionOf(double poseT, double identityT) const
{
    const QRectF a = area();
    return QPointF(a.left() + poseT * a.width(), a.top() + identityT * a.height()).toPoint();
}

void InterpolationPad::moveTo(double x, double y)
{
    x = poseOn_ ? qBound(0.0, x, 1.0) : x_;
    y = identityOn_ ? qBound(0.0, y, 1.0) : y_;
    if (x == x_ && y == y_) return;
    x_ = x;
    y_ = y;
    update();
    Q_EMIT moved(x_, y_);
}

void InterpolationPad::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF a = area();
    const QPalette& pal = palette();
    p.fillRect(a, pal.color(isEnabled() ? QPalette::Base : QPalette::Window));
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (int i = 1; i < 4; ++i) {
        p.drawLine(QPointF(a.left() + a.width() * i / 4, a.top()), QPointF(a.left() + a.width() * i / 4, a.bottom()));
        p.drawLine(QPointF(a.left(), a.top() + a.height() * i / 4), QPointF(a.right(), a.top() + a.height() * i / 4));
    }
    p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Dark), hasFocus() ? 2 : 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(a);
    const QPointF h = positionOf(x_, y_);
    p.setPen(QPen(pal.color(QPalette::Base), 2));
    p.setBrush(isEnabled() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
    p.drawEllipse(h, 6, 6);
}

void InterpolationPad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    mouseMoveEvent(event);
}

void InterpolationPad::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) && event->type() != QEvent::MouseButtonPress) return;
    const QRectF a = area();
    moveTo((event->position().x() - a.left()) / a.width(), (event->position().y() - a.top()) / a.height());
}

void InterpolationPad::keyPressEvent(QKeyEvent* event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 0.01 : 0.05;
    switch (event->key()) {
        case Qt::Key_Left:
            return moveTo(x_ - step, y_);
        case Qt::Key_Right:
            return moveTo(x_ + step, y_);
        case Qt::Key_Up:
            return moveTo(x_, y_ - step);
        case Qt::Key_Down:
            return moveTo(x_, y_ + step);
        case Qt::Key_Home:
            return moveTo(0, 0);
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace pivq::ui
