#include "ui/mask_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/mask_document.h"
#include "ui/mask_editor.h"

namespace pivq::ui {

namespace {
QToolButton* toolButton(QAction* a, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(a);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAccessibleName(a->text().remove('&'));
    return b;
}

QString withShortcut(const QString& tip, const QAction* a)
{
    return a->shortcut().isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText));
}
}  // namespace

MaskPanel::MaskPanel(MaskEditor* editor, QWidget* parent) : QWidget(parent), editor_(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    layers_ = new QComboBox(this);
    layers_->setToolTip(
        tr("The VQSN layer whose object mask you see and paint; coarse layers move large parts, "
           "fine layers details"));
    layers_->setAccessibleName(tr("Mask layer"));
    connect(layers_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { editor_->setLayer(layers_->itemData(i).toInt()); });
    auto* layerLabel = new QLabel(tr("&Layer:"), this);
    layerLabel->setBuddy(layers_);
    form->addRow(layerLabel, layers_);

    // Tools: one checkable action each, single-letter shortcuts as in paint programs.
    tools_ = new QActionGroup(this);
    tools_->setExclusive(true);
    struct ToolDef {
        ToolKind kind;
        QString text, tip;
        QKeySequence key;
    };
    const ToolDef defs[] = {
        {ToolKind::Brush, tr("&Brush"), tr("Paint the current class"), QKeySequence(Qt::Key_B)},
        {ToolKind::Eraser, tr("&Eraser"), tr("Erase edits: back to the mask the model encoded"),
         QKeySequence(Qt::Key_E)},
        {ToolKind::Fill, tr("&Fill"), tr("Fill the connected area under the cursor with the current class"),
         QKeySequence(Qt::Key_G)},
        {ToolKind::Picker, tr("&Pick class"), tr("Make the class under the cursor the current class"),
         QKeySequence(Qt::Key_I)},
    };
    auto* toolGrid = new QGridLayout;  // two by two: fits a narrow dock in any language
    toolGrid->setSpacing(2);
    int n = 0;
    for (const ToolDef& d : defs) {
        auto* a = new QAction(d.text, this);
        a->setCheckable(true);
        a->setShortcut(d.key);
        a->setToolTip(withShortcut(d.tip, a));
        a->setData(static_cast<int>(d.kind));
        a->setChecked(d.kind == editor_->tool());
        tools_->addAction(a);
        connect(a, &QAction::triggered, editor_, [this, kind = d.kind] { editor_->setTool(kind); });
        QToolButton* b = toolButton(a, this);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        toolGrid->addWidget(b, n / 2, n % 2);
        ++n;
    }
    auto* toolLabel = new QLabel(tr("Tool:"), this);
    form->addRow(toolLabel, toolGrid);
    connect(editor_, &MaskEditor::toolChanged, this, [this](ToolKind kind) {
        for (QAction* a : tools_->actions()) a->setChecked(a->data().toInt() == static_cast<int>(kind));
    });

    size_ = new QSpinBox(this);
    size_->setRange(ToolSettings::kMinSize, ToolSettings::kMaxSize);
    size_->setValue(editor_->brushSize());
    size_->setToolTip(tr("Brush and eraser diameter in mask cells ([ smaller, ] larger)"));
    size_->setAccessibleName(tr("Brush size"));
    connect(size_, qOverload<int>(&QSpinBox::valueChanged), editor_, &MaskEditor::setBrushSize);
    connect(editor_, &MaskEditor::brushSizeChanged, size_, &QSpinBox::setValue);
    auto* sizeLabel = new QLabel(tr("Brush &size (cells):"), this);
    sizeLabel->setBuddy(size_);
    form->addRow(sizeLabel, size_);

    shrink_ = new QAction(tr("Smaller brush"), this);
    shrink_->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(shrink_, &QAction::triggered, editor_, &MaskEditor::shrinkBrush);
    grow_ = new QAction(tr("Larger brush"), this);
    grow_->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(grow_, &QAction::triggered, editor_, &MaskEditor::growBrush);
    addAction(shrink_);
    addAction(grow_);

    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setValue(20);
    opacity_->setToolTip(tr("How strongly the mask is drawn over the result"));
    opacity_->setAccessibleName(tr("Overlay opacity"));
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) { Q_EMIT opacityChanged(v / 100.0); });
    auto* opacityLabel = new QLabel(tr("O&verlay:"), this);
    opacityLabel->setBuddy(opacity_);
    form->addRow(opacityLabel, opacity_);

    undo_ = editor_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo_->setShortcut(QKeySequence::Undo);
    undo_->setToolTip(tr("Undo the last mask edit (%1)").arg(undo_->shortcut().toString(QKeySequence::NativeText)));
    redo_ = editor_->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own redo key (Ctrl+Y on Windows) as well.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k)) redoKeys << k;
    redo_->setShortcuts(redoKeys);
    redo_->setToolTip(
        tr("Redo the mask edit that was undone (%1)").arg(redoKeys.first().toString(QKeySequence::NativeText)));
    reset_ = new QAction(tr("Re&set masks"), this);
    reset_->setToolTip(tr("Remove every mask edit (can be undone)"));
    connect(reset_, &QAction::triggered, editor_, &MaskEditor::resetAll);
    auto* editRow = new QHBoxLayout;
    editRow->setSpacing(2);
    // Fixed labels (the actions' texts grow with the step's name); the step is in the tooltip.
    QUndoStack* stack = editor_->undoStack();
    for (QAction* a : {undo_, redo_}) {
        auto* b = new QToolButton(this);
        const bool isUndo = a == undo_;
        b->setText(isUndo ? tr("&Undo") : tr("&Redo"));
        b->setAccessibleName(isUndo ? tr("Undo") : tr("Redo"));
        b->setToolTip(a->toolTip());
        b->setEnabled(a->isEnabled());
        connect(b, &QToolButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b, stack, isUndo] {
            b->setEnabled(a->isEnabled());
            const QString step = isUndo ? stack->undoText() : stack->redoText();
            b->setToolTip(step.isEmpty() ? a->toolTip() : QStringLiteral("%1: %2").arg(a->toolTip(), step));
        });
        editRow->addWidget(b);
    }
    editRow->addWidget(toolButton(reset_, this));
    editRow->addStretch(1);
    layout->addLayout(editRow);

    connect(editor_->document(), &MaskDocument::layersReset, this, &MaskPanel::rebuildLayers);
    connect(editor_, &MaskEditor::layerChanged, this, [this](int layer) {
        const int i = layers_->findData(layer);
        if (i >= 0) layers_->setCurrentIndex(i);
    });
    rebuildLayers();
}

QList<QAction*> MaskPanel::toolActions() const
{
    return tools_->actions();
}

double MaskPanel::opacity() const
{
    return opacity_->value() / 100.0;
}

void MaskPanel::setOpacity(double opacity)
{
    opacity_->setValue(qRound(opacity * 100));
}

void MaskPanel::rebuildLayers()
{
    const QSignalBlocker block(layers_);
    layers_->clear();
    const MaskDocument* doc = editor_->document();
    for (int l : doc->layers()) layers_->addItem(tr("Layer %1 (%2 × %2)").arg(l).arg(doc->side(l)), l);
    const int i = layers_->findData(editor_->layer());
    if (i >= 0) layers_->setCurrentIndex(i);
    layers_->setEnabled(layers_->count() > 0);
}

}  // namespace pivq::ui
