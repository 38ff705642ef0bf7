#include "ui/palette_panel.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QColorDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/mask_document.h"
#include "ui/mask_editor.h"

namespace pivq::ui {

namespace {
QIcon swatch(QRgb color, int side, qreal dpr)
{
    QPixmap pm(QSize(side, side) * dpr);  // device pixels, so the border stays sharp on HiDPI screens
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(Qt::black);
    p.setBrush(QColor(color));
    p.drawRect(0, 0, side - 1, side - 1);
    return QIcon(pm);
}
}  // namespace

PalettePanel::PalettePanel(MaskEditor* editor, QWidget* parent)
    : QWidget(parent), editor_(editor), doc_(editor->document())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    grid_ = new QGridLayout;
    grid_->setHorizontalSpacing(4);
    grid_->setVerticalSpacing(2);
    outer->addLayout(grid_);
    outer->addStretch(1);
    group_ = new QButtonGroup(this);
    group_->setExclusive(true);
    connect(group_, &QButtonGroup::idClicked, editor_, &MaskEditor::setCurrentClass);

    // Keys 1-9 pick classes 1-9 (class k is shown as k+1).
    for (int k = 0; k < 9; ++k) {
        auto* a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::Key_1 + k));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, editor_, [this, k] { editor_->setCurrentClass(k); });
        addAction(a);
    }

    connect(doc_, &MaskDocument::layersReset, this, &PalettePanel::rebuild);
    connect(doc_, &MaskDocument::paletteChanged, this, [this](int layer) {
        if (layer == editor_->layer()) sync();
    });
    connect(editor_, &MaskEditor::layerChanged, this, &PalettePanel::rebuild);
    connect(editor_, &MaskEditor::currentClassChanged, this, &PalettePanel::sync);
    rebuild();
}

void PalettePanel::rebuild()
{
    for (const Row& r : rows_) {
        group_->removeButton(r.pick);
        for (QWidget* w : {static_cast<QWidget*>(r.pick), static_cast<QWidget*>(r.color), static_cast<QWidget*>(r.name),
                           static_cast<QWidget*>(r.visible), static_cast<QWidget*>(r.solo)}) {
            grid_->removeWidget(w);
            w->deleteLater();
        }
    }
    rows_.clear();
    const int layer = editor_->layer();
    const int k = doc_->hasLayer(layer) ? doc_->classes() : 0;
    for (int cls = 0; cls < k; ++cls) {
        Row r;
        r.pick = new QRadioButton(QString::number(cls + 1), this);
        r.pick->setToolTip(cls < 9 ? tr("Paint with this class (key %1)").arg(cls + 1) : tr("Paint with this class"));
        group_->addButton(r.pick, cls);
        r.color = new QToolButton(this);
        r.color->setToolTip(tr("Change the colour of this class"));
        r.color->setAutoRaise(true);
        connect(r.color, &QToolButton::clicked, this, [this, cls] { chooseColor(cls); });
        r.name = new QLineEdit(this);
        r.name->setToolTip(tr("The name of this class; remembered for this model"));
        connect(r.name, &QLineEdit::editingFinished, this, [this, cls, layer] {
            const QString name = rows_.value(cls).name ? rows_[cls].name->text().trimmed() : QString();
            if (name.isEmpty() || name == doc_->className(layer, cls)) return;
            doc_->setClassName(layer, cls, name);
            Q_EMIT paletteEdited(layer);
        });
        r.visible = new QCheckBox(tr("Show"), this);
        r.visible->setToolTip(tr("Show or hide this class in the overlay and the mask view"));
        connect(r.visible, &QCheckBox::toggled, this,
                [this, cls, layer](bool on) { doc_->setHidden(layer, cls, !on); });
        r.solo = new QCheckBox(tr("Solo"), this);
        r.solo->setToolTip(tr("Show only this class"));
        connect(r.solo, &QCheckBox::toggled, this, [this, cls, layer](bool on) {
            if (on)
                doc_->setSolo(layer, cls);
            else if (doc_->solo(layer) == cls)
                doc_->setSolo(layer, -1);
        });
        grid_->addWidget(r.pick, cls, 0);
        grid_->addWidget(r.color, cls, 1);
        grid_->addWidget(r.name, cls, 2);
        grid_->addWidget(r.visible, cls, 3);
        grid_->addWidget(r.solo, cls, 4);
        rows_.push_back(r);
    }
    grid_->setColumnStretch(2, 1);
    sync();
}

void PalettePanel::sync()
{
    const int layer = editor_->layer();
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (int cls = 0; cls < rows_.size(); ++cls) {
        const Row& r = rows_[cls];
        const QString name = doc_->className(layer, cls);
        const QSignalBlocker b1(r.pick), b2(r.visible), b3(r.solo);
        r.pick->setChecked(cls == editor_->currentClass());
        r.pick->setAccessibleName(tr("Paint with %1").arg(name));
        r.color->setIcon(swatch(doc_->color(layer, cls), side, devicePixelRatioF()));
        r.color->setAccessibleName(tr("Colour of %1").arg(name));
        if (!r.name->hasFocus()) r.name->setText(name);
        r.name->setAccessibleName(tr("Name of class %1").arg(cls + 1));
        r.visible->setChecked(!doc_->isHidden(layer, cls));
        r.visible->setEnabled(doc_->solo(layer) < 0);
        r.visible->setAccessibleName(tr("Show %1").arg(name));
        r.solo->setChecked(doc_->solo(layer) == cls);
        r.solo->setAccessibleName(tr("Show only %1").arg(name));
    }
}

void PalettePanel::chooseColor(int cls)
{
    const int layer = editor_->layer();
    const QColor c = QColorDialog::getColor(QColor(doc_->color(layer, cls)), this,
                                            tr("Colour of %1").arg(doc_->className(layer, cls)));
    if (!c.isValid()) return;
    doc_->setColor(layer, cls, c.rgb());
    Q_EMIT paletteEdited(layer);
}

}  // namespace pivq::ui
