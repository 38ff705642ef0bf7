#include "ui/compare_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>

#include "ui/image_view.h"

namespace pivq::ui {

CompareDialog::CompareDialog(const QImage& a, const QString& captionA, const QImage& b, const QString& captionB,
                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare results"));
    auto* grid = new QGridLayout(this);
    int column = 0;
    for (const auto& [img, caption] : {std::pair{a, captionA}, std::pair{b, captionB}}) {
        auto* view = new ImageView(this);
        view->setImage(img);
        view->setAccessibleName(caption);
        view->setToolTip(tr("Wheel or +/- to zoom, drag to move"));
        auto* label = new QLabel(caption, this);
        label->setWordWrap(true);
        grid->addWidget(view, 0, column);
        grid->addWidget(label, 1, column);
        ++column;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    grid->addWidget(buttons, 2, 0, 1, 2);
    resize(640, 400);
}

}  // namespace pivq::ui
