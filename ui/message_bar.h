// A message across the top of a view: what went wrong or what is missing, and what to do.
// Stays until replaced or closed, unlike the status bar.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace pivq::ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Level level, const QString& text);  // rich text allowed
    void clearMessage();
    QString text() const;
    Level level() const { return level_; }

private:
    QLabel* icon_ = nullptr;
    QLabel* label_ = nullptr;
    QToolButton* close_ = nullptr;
    Level level_ = Level::Info;
};

}  // namespace pivq::ui
