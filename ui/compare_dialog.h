// Two results side by side at the same zoom.
#pragma once

#include <QDialog>
#include <QImage>

namespace pivq::ui {

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(const QImage& a, const QString& captionA, const QImage& b, const QString& captionB,
                  QWidget* parent = nullptr);
};

}  // namespace pivq::ui
