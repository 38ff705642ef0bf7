// One undo step of mask editing: a brush stroke, a fill, or a reset. Holds the overrides of
// every layer it touched before and after; recorded when the change has already happened,
// so the first redo() that QUndoStack::push() calls does nothing.
#pragma once

#include <QMap>
#include <QPair>
#include <QPointer>
#include <QUndoCommand>

#include "ui/mask_document.h"

namespace pivq::ui {

class MaskEditCommand : public QUndoCommand {
public:
    using Snapshot = QMap<int, QPair<MaskDocument::Cells, MaskDocument::Cells>>;  // layer -> (before, after)

    MaskEditCommand(MaskDocument* doc, Snapshot changes, const QString& text);
    void undo() override;
    void redo() override;
    int layerCount() const { return static_cast<int>(changes_.size()); }

private:
    QPointer<MaskDocument> doc_;
    Snapshot changes_;
    bool applied_ = true;  // the change is in the document already
};

}  // namespace pivq::ui
