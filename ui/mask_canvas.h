// An image with an object mask over it. Converts the mouse into CanvasPointer structs in
// mask cells (for the tools) and paints the mask at the chosen opacity and the brush outline.
// The same class shows the result with the overlay and the mask alone (opacity 1, no image).
#pragma once

#include <QImage>

#include "ui/image_view.h"
#include "ui/mask_tools.h"

namespace pivq::ui {

class MaskCanvas : public ImageView {
    Q_OBJECT
public:
    explicit MaskCanvas(QWidget* parent = nullptr);

    // The mask: Format_Indexed8 whose colour table is what to draw (transparent = hidden).
    void setMask(const QImage& mask);
    QImage mask() const { return mask_; }
    void setOpacity(double opacity);  // 0..1
    double opacity() const { return opacity_; }
    // When editable, the left button paints (press/move/release signals); otherwise it pans.
    void setEditable(bool on);
    bool isEditable() const { return editable_; }
    void setBrushSize(int cells);  // the outline under the cursor; 0 for none (fill, picker)

    int maskSide() const { return mask_.isNull() ? 0 : mask_.width(); }
    // Widget position -> mask cells (see CanvasPointer).
    QPointF toCell(QPointF widgetPos) const;
    // Where the centre of `cell` is in widget coordinates (tests drive the mouse with it).
    QPoint cellCenter(QPoint cell) const;

Q_SIGNALS:
    void pointerPressed(const pivq::ui::CanvasPointer& p);
    void pointerMoved(const pivq::ui::CanvasPointer& p);
    void pointerReleased(const pivq::ui::CanvasPointer& p);

protected:
    void paintOverlay(QPainter& painter, const QRectF& imageRect) override;
    bool pansWith(Qt::MouseButton button) const override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    CanvasPointer pointer(const QMouseEvent* event) const;
    QRectF maskRect(const QRectF& imageRect) const;

    QImage mask_;
    double opacity_ = 0.5;
    bool editable_ = false;
    bool stroking_ = false;
    int brushSize_ = 1;
    QPointF hover_{-1, -1};  // widget position of the cursor, (-1,-1) when outside
};

}  // namespace pivq::ui

Q_DECLARE_METATYPE(pivq::ui::CanvasPointer)
