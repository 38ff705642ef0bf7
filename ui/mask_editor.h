// The mask-editing controller: the current layer, tool and tool settings; turns pointer
// events from a canvas into tool calls on the document and records one undo command per
// stroke. Owns no widget; the canvas, the tool panel and the palette panel talk to it.
#pragma once

#include <QObject>
#include <QUndoStack>

#include <memory>

#include "ui/mask_document.h"
#include "ui/mask_tools.h"

namespace pivq::ui {

class MaskEditor : public QObject {
    Q_OBJECT
public:
    explicit MaskEditor(MaskDocument* doc, QObject* parent = nullptr);
    ~MaskEditor() override;

    MaskDocument* document() const { return doc_; }
    QUndoStack* undoStack() { return &undo_; }

    int layer() const { return layer_; }
    ToolKind tool() const { return tool_->kind(); }
    int brushSize() const { return settings_.size; }
    int currentClass() const { return settings_.cls; }
    bool isStroking() const { return stroking_; }

    // Canvas input: a stroke is press, any number of moves, release.
    void press(const CanvasPointer& p);
    void move(const CanvasPointer& p);
    void release(const CanvasPointer& p);
    // Ends a stroke without a release (the canvas lost the mouse): it is recorded as it is.
    void cancelStroke();

public Q_SLOTS:
    void setLayer(int layer);
    void setTool(pivq::ui::ToolKind kind);
    void setBrushSize(int size);
    void growBrush() { setBrushSize(settings_.size + 1); }
    void shrinkBrush() { setBrushSize(settings_.size - 1); }
    void setCurrentClass(int cls);
    // Every layer back to the encoded masks, as one undo step.
    void resetAll();
    // Forgets every edit and the undo history (a new pose or model).
    void discardEdits();

Q_SIGNALS:
    void layerChanged(int layer);
    void toolChanged(pivq::ui::ToolKind kind);
    void brushSizeChanged(int size);
    void currentClassChanged(int cls);
    void strokeFinished();

private:
    MaskTool* toolFor(ToolKind kind) const;
    void finishStroke();

    MaskDocument* doc_;
    QUndoStack undo_;
    ToolSettings settings_;
    std::unique_ptr<MaskTool> brush_, eraser_, fill_, picker_;
    MaskTool* tool_ = nullptr;
    int layer_ = -1;
    bool stroking_ = false;
    int strokeLayer_ = -1;
    MaskDocument::Cells before_;
};

}  // namespace pivq::ui

Q_DECLARE_METATYPE(pivq::ui::ToolKind)
