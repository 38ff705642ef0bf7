// The K object classes of the selected mask layer: pick the class to paint (also keys 1-9),
// rename it, recolour it, hide it or show it alone. Reads and writes the MaskDocument and
// the MaskEditor's current class; holds no state of its own.
#pragma once

#include <QVector>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace pivq::ui {

class MaskDocument;
class MaskEditor;

class PalettePanel : public QWidget {
    Q_OBJECT
public:
    PalettePanel(MaskEditor* editor, QWidget* parent = nullptr);

    int rowCount() const { return static_cast<int>(rows_.size()); }
    QLineEdit* nameEdit(int cls) const { return rows_.value(cls).name; }
    QToolButton* colorButton(int cls) const { return rows_.value(cls).color; }
    QCheckBox* visibleBox(int cls) const { return rows_.value(cls).visible; }
    QCheckBox* soloBox(int cls) const { return rows_.value(cls).solo; }

Q_SIGNALS:
    void paletteEdited(int layer);  // a name or colour changed by the user (to save it)

private:
    struct Row {
        QRadioButton* pick = nullptr;
        QToolButton* color = nullptr;
        QLineEdit* name = nullptr;
        QCheckBox* visible = nullptr;
        QCheckBox* solo = nullptr;
    };
    void rebuild();
    void sync();
    void chooseColor(int cls);

    MaskEditor* editor_;
    MaskDocument* doc_;
    QGridLayout* grid_ = nullptr;
    QButtonGroup* group_ = nullptr;
    QVector<Row> rows_;
};

}  // namespace pivq::ui
