// Tool settings of mask editing: the layer, the tool (brush, eraser, fill, picker), the brush
// size ([ and ]), the overlay opacity, undo/redo and reset. The actions live here so that the
// window can put them in its menus and tool bar too.
#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QSlider;
class QSpinBox;

namespace pivq::ui {

class MaskEditor;

class MaskPanel : public QWidget {
    Q_OBJECT
public:
    MaskPanel(MaskEditor* editor, QWidget* parent = nullptr);

    QList<QAction*> toolActions() const;
    QAction* growAction() const { return grow_; }
    QAction* shrinkAction() const { return shrink_; }
    QAction* resetAction() const { return reset_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    QComboBox* layerBox() const { return layers_; }
    QSpinBox* sizeBox() const { return size_; }
    double opacity() const;
    void setOpacity(double opacity);

Q_SIGNALS:
    void opacityChanged(double opacity);

private:
    void rebuildLayers();

    MaskEditor* editor_;
    QComboBox* layers_ = nullptr;
    QSpinBox* size_ = nullptr;
    QSlider* opacity_ = nullptr;
    QActionGroup* tools_ = nullptr;
    QAction* grow_ = nullptr;
    QAction* shrink_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
};

}  // namespace pivq::ui
