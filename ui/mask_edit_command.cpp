#include "ui/mask_edit_command.h"

namespace pivq::ui {

MaskEditCommand::MaskEditCommand(MaskDocument* doc, Snapshot changes, const QString& text)
    : doc_(doc), changes_(std::move(changes))
{
    setText(text);
}

void MaskEditCommand::undo()
{
    applied_ = false;
    if (!doc_) return;
    for (auto it = changes_.cbegin(); it != changes_.cend(); ++it) doc_->setOverrides(it.key(), it->first);
}

void MaskEditCommand::redo()
{
    if (applied_) return;  // QUndoStack::push: the stroke is already painted
    applied_ = true;
    if (!doc_) return;
    for (auto it = changes_.cbegin(); it != changes_.cend(); ++it) doc_->setOverrides(it.key(), it->second);
}

}  // namespace pivq::ui
