// Mask tools: what a press, drag and release on a mask canvas do to a MaskDocument. They see
// only normalised pointer structs (positions in mask cells), never widgets or mouse events,
// and keep their settings in a plain struct that the tool-settings widgets write.
#pragma once

#include <QPoint>
#include <QPointF>
#include <QVector>
#include <Qt>

#include <functional>
#include <memory>

namespace pivq::ui {

class MaskDocument;

// A pointer on a mask canvas. `cell` is in mask cells: (0,0) is the top-left corner of the
// first cell, (side, side) the far corner, so QPoint(floor(x), floor(y)) is the cell under it.
struct CanvasPointer {
    QPointF cell;
    Qt::MouseButton button = Qt::LeftButton;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    qreal pressure = 1.0;
};

struct ToolSettings {
    static constexpr int kMinSize = 1;
    static constexpr int kMaxSize = 64;
    int size = 1;  // brush and eraser diameter in mask cells
    int cls = 0;   // class painted by the brush and the fill
};

enum class ToolKind { Brush, Eraser, Fill, Picker };

class MaskTool {
public:
    virtual ~MaskTool() = default;
    virtual ToolKind kind() const = 0;
    virtual void press(MaskDocument& doc, int layer, const CanvasPointer& p) = 0;
    virtual void move(MaskDocument& doc, int layer, const CanvasPointer& p) {}
    virtual void release(MaskDocument& doc, int layer, const CanvasPointer& p) {}
    // Whether the tool changes the mask (the picker does not, so it records no undo step).
    virtual bool edits() const { return true; }
};

// Round dabs of `size` cells joined along the drag; writes value() into every cell it covers.
class StrokeTool : public MaskTool {
public:
    explicit StrokeTool(const ToolSettings* settings) : settings_(settings) {}
    void press(MaskDocument& doc, int layer, const CanvasPointer& p) override;
    void move(MaskDocument& doc, int layer, const CanvasPointer& p) override;

protected:
    virtual qint8 value() const = 0;
    const ToolSettings* settings_;

private:
    void dab(MaskDocument& doc, int layer, QPointF at) const;
    QPointF last_;
};

class BrushTool : public StrokeTool {
public:
    using StrokeTool::StrokeTool;
    ToolKind kind() const override { return ToolKind::Brush; }

protected:
    qint8 value() const override;
};

// Paints "no override": the cells go back to the class the model encoded.
class EraserTool : public StrokeTool {
public:
    using StrokeTool::StrokeTool;
    ToolKind kind() const override { return ToolKind::Eraser; }

protected:
    qint8 value() const override;
};

// Fills the 4-connected region of equal class under the pointer with the current class.
class FillTool : public MaskTool {
public:
    explicit FillTool(const ToolSettings* settings) : settings_(settings) {}
    ToolKind kind() const override { return ToolKind::Fill; }
    void press(MaskDocument& doc, int layer, const CanvasPointer& p) override;

private:
    const ToolSettings* settings_;
};

// Reads the class under the pointer and hands it to `picked` (which makes it the current class).
class PickerTool : public MaskTool {
public:
    explicit PickerTool(std::function<void(int)> picked) : picked_(std::move(picked)) {}
    ToolKind kind() const override { return ToolKind::Picker; }
    bool edits() const override { return false; }
    void press(MaskDocument& doc, int layer, const CanvasPointer& p) override;
    void move(MaskDocument& doc, int layer, const CanvasPointer& p) override { press(doc, layer, p); }

private:
    std::function<void(int)> picked_;
};

// The cells a round dab of diameter `size` centred on the cell under `at` covers.
QVector<QPoint> dabCells(QPointF at, int size);

}  // namespace pivq::ui
