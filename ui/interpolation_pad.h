// A square pad for pose x identity interpolation: x is the pose t (left: the pose input,
// right: the second pose), y the identity t (top: the identity input, bottom: the second
// identity). Drag the handle, or move it with the arrow keys (Shift: fine steps).
#pragma once

#include <QWidget>

namespace pivq::ui {

class InterpolationPad : public QWidget {
    Q_OBJECT
public:
    explicit InterpolationPad(QWidget* parent = nullptr);

    double poseT() const { return x_; }
    double identityT() const { return y_; }
    void setValue(double poseT, double identityT);  // no signal
    // Which axes may move (an axis without a second reference stays at 0).
    void setAxesEnabled(bool pose, bool identity);
    QPoint positionOf(double poseT, double identityT) const;  // widget position (tests)

    QSize sizeHint() const override { return {140, 140}; }
    QSize minimumSizeHint() const override { return {80, 80}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

Q_SIGNALS:
    void moved(double poseT, double identityT);  // by the user

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF area() const;
    void moveTo(double x, double y);

    double x_ = 0, y_ = 0;
    bool poseOn_ = true, identityOn_ = true;
};

}  // namespace pivq::ui
