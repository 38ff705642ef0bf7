#include "ui/message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace pivq::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    icon_ = new QLabel(this);
    label_ = new QLabel(this);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::RichText);
    label_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label_->setOpenExternalLinks(false);
    close_ = new QToolButton(this);
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close_->setAutoRaise(true);
    close_->setToolTip(tr("Dismiss this message"));
    close_->setAccessibleName(tr("Dismiss message"));
    connect(close_, &QToolButton::clicked, this, &MessageBar::hide);
    layout->addWidget(icon_, 0, Qt::AlignTop);
    layout->addWidget(label_, 1);
    layout->addWidget(close_, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Level level, const QString& text)
{
    level_ = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0xe3, 0xf0, 0xfb);
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xfd, 0xf3, 0xd6);
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xfb, 0xe3, 0xe3);
    }
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon_->setPixmap(style()->standardIcon(icon).pixmap(side, side));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    label_->setText(text);
    setAccessibleDescription(QTextDocumentFragment::fromHtml(text).toPlainText());
    show();
}

void MessageBar::clearMessage()
{
    label_->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : QTextDocumentFragment::fromHtml(label_->text()).toPlainText();
}

}  // namespace pivq::ui
