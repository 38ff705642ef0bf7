#include "ui/mask_editor.h"

#include "ui/mask_edit_command.h"

namespace pivq::ui {

MaskEditor::MaskEditor(MaskDocument* doc, QObject* parent)
    : QObject(parent),
      doc_(doc),
      brush_(std::make_unique<BrushTool>(&settings_)),
      eraser_(std::make_unique<EraserTool>(&settings_)),
      fill_(std::make_unique<FillTool>(&settings_)),
      picker_(std::make_unique<PickerTool>([this](int cls) { setCurrentClass(cls); }))
{
    tool_ = brush_.get();
    connect(doc_, &MaskDocument::layersReset, this, [this] {
        cancelStroke();
        undo_.clear();
        const QVector<int> layers = doc_->layers();
        layer_ = -1;
        setLayer(layers.isEmpty() ? -1 : layers.first());
        setCurrentClass(qMin(settings_.cls, qMax(0, doc_->classes() - 1)));
    });
}

MaskEditor::~MaskEditor() = default;

MaskTool* MaskEditor::toolFor(ToolKind kind) const
{
    switch (kind) {
        case ToolKind::Brush:
            return brush_.get();
        case ToolKind::Eraser:
            return eraser_.get();
        case ToolKind::Fill:
            return fill_.get();
        case ToolKind::Picker:
            return picker_.get();
    }
    return brush_.get();
}

void MaskEditor::setLayer(int layer)
{
    if (layer != -1 && !doc_->hasLayer(layer)) return;
    if (layer == layer_) return;
    cancelStroke();
    layer_ = layer;
    Q_EMIT layerChanged(layer_);
}

void MaskEditor::setTool(ToolKind kind)
{
    if (kind == tool_->kind()) return;
    cancelStroke();
    tool_ = toolFor(kind);
    Q_EMIT toolChanged(kind);
}

void MaskEditor::setBrushSize(int size)
{
    size = qBound(ToolSettings::kMinSize, size, ToolSettings::kMaxSize);
    if (size == settings_.size) return;
    settings_.size = size;
    Q_EMIT brushSizeChanged(size);
}

void MaskEditor::setCurrentClass(int cls)
{
    if (cls < 0 || (doc_->classes() > 0 && cls >= doc_->classes()) || cls == settings_.cls) return;
    settings_.cls = cls;
    Q_EMIT currentClassChanged(cls);
}

void MaskEditor::press(const CanvasPointer& p)
{
    if (stroking_) finishStroke();
    if (layer_ < 0 || !doc_->hasEncoded(layer_)) return;  // nothing to paint on before the first render
    stroking_ = true;
    strokeLayer_ = layer_;
    before_ = doc_->overrides(layer_);
    tool_->press(*doc_, layer_, p);
}

void MaskEditor::move(const CanvasPointer& p)
{
    if (!stroking_) return;
    tool_->move(*doc_, strokeLayer_, p);
}

void MaskEditor::release(const CanvasPointer& p)
{
    if (!stroking_) return;
    tool_->release(*doc_, strokeLayer_, p);
    finishStroke();
}

void MaskEditor::cancelStroke()
{
    if (stroking_) finishStroke();
}

void MaskEditor::finishStroke()
{
    stroking_ = false;
    const MaskDocument::Cells after = doc_->overrides(strokeLayer_);
    if (tool_->edits() && after != before_) {
        QString text;
        switch (tool_->kind()) {
            case ToolKind::Brush:
                text = tr("Paint: %1").arg(doc_->className(strokeLayer_, settings_.cls));
                break;
            case ToolKind::Eraser:
                text = tr("Erase");
                break;
            case ToolKind::Fill:
                text = tr("Fill: %1").arg(doc_->className(strokeLayer_, settings_.cls));
                break;
            case ToolKind::Picker:
                break;
        }
        MaskEditCommand::Snapshot s;
        s[strokeLayer_] = qMakePair(before_, after);
        undo_.push(new MaskEditCommand(doc_, s, text));
    }
    before_.clear();
    strokeLayer_ = -1;
    Q_EMIT strokeFinished();
}

void MaskEditor::resetAll()
{
    cancelStroke();
    MaskEditCommand::Snapshot s;
    for (int l : doc_->editedLayers()) {
        const MaskDocument::Cells before = doc_->overrides(l);
        const MaskDocument::Cells after(before.size(), MaskDocument::kEncoded);
        doc_->setOverrides(l, after);
        s[l] = qMakePair(before, after);
    }
    if (!s.isEmpty()) undo_.push(new MaskEditCommand(doc_, s, tr("Reset masks")));
}

void MaskEditor::discardEdits()
{
    cancelStroke();
    undo_.clear();
    for (int l : doc_->layers())
        doc_->setOverrides(l, MaskDocument::Cells(doc_->side(l) * doc_->side(l), MaskDocument::kEncoded));
}

}  // namespace pivq::ui
