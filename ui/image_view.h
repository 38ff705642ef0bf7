// Shows one image: fitted to the widget, or zoomed (1:1 is one image pixel per device
// pixel, so HiDPI screens show the true size) and panned. Small images are magnified
// without smoothing, so every pixel of a 64 px result stays visible.
#pragma once

#include <QImage>
#include <QWidget>

namespace pivq::ui {

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    QImage image() const { return image_; }
    // Text drawn in the middle while there is no image.
    void setPlaceholder(const QString& text);
    QString placeholder() const { return placeholder_; }
    // Whether the wheel, the keyboard and dragging change zoom and position (off for thumbnails).
    void setInteractive(bool on) { interactive_ = on; }

    bool isFit() const { return fit_; }
    double zoom() const;                       // device pixels per image pixel now
    QRectF imageRect() const;                  // where the image is drawn, in widget coordinates
    QPointF toImage(QPointF widgetPos) const;  // widget -> image pixels (may be outside)

    QSize sizeHint() const override { return {256, 256}; }
    QSize minimumSizeHint() const override { return {64, 64}; }

public Q_SLOTS:
    void fitToWindow();
    void actualSize();  // 1:1
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // Drawn over the image, in widget coordinates (overlays of subclasses).
    virtual void paintOverlay(QPainter& painter, const QRectF& imageRect) {}
    // Whether a press with this button starts panning (subclasses keep the left button).
    virtual bool pansWith(Qt::MouseButton button) const
    {
        return button == Qt::LeftButton || button == Qt::MiddleButton;
    }

private:
    void setZoom(double deviceZoom, QPointF anchor);
    double fitZoom() const;  // device pixels per image pixel when fitted

    QImage image_;
    QString placeholder_;
    bool interactive_ = true;
    bool fit_ = true;
    double zoom_ = 1.0;  // device pixels per image pixel when not fitted
    QPointF center_;     // image point shown at the widget centre when not fitted
    bool panning_ = false;
    QPointF panLast_;
};

}  // namespace pivq::ui
