#include "ui/gallery_strip.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>

#include "ui/image_file.h"

namespace pivq::ui {

namespace {
constexpr int kIcon = 96;
constexpr int kImageRole = Qt::UserRole;
constexpr int kCaptionRole = Qt::UserRole + 1;
}  // namespace

GalleryStrip::GalleryStrip(QWidget* parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(QSize(kIcon, kIcon));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setUniformItemSizes(true);
    setWordWrap(true);
    setMinimumHeight(kIcon + 48);
    setToolTip(tr("Kept results: drag one onto an input to use it, right-click to save, remove or compare"));
    setAccessibleName(tr("Gallery"));
}

void GalleryStrip::addResult(const QImage& image, const QString& caption)
{
    if (image.isNull()) return;
    // Small results are magnified without smoothing, so the icon shows their real pixels.
    const Qt::TransformationMode mode = image.width() < kIcon ? Qt::FastTransformation : Qt::SmoothTransformation;
    const qreal dpr = devicePixelRatioF();
    QPixmap pm = QPixmap::fromImage(image.scaled(QSize(kIcon, kIcon) * dpr, Qt::KeepAspectRatio, mode));
    pm.setDevicePixelRatio(dpr);
    auto* item = new QListWidgetItem(QIcon(pm), caption.section('\n', 0, 0));
    item->setData(kImageRole, image);
    item->setData(kCaptionRole, caption);
    item->setToolTip(caption);
    addItem(item);
    scrollToItem(item);
    setCurrentItem(item);
}

QImage GalleryStrip::imageAt(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->data(kImageRole).value<QImage>() : QImage();
}

QString GalleryStrip::captionAt(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->data(kCaptionRole).toString() : QString();
}

QStringList GalleryStrip::mimeTypes() const
{
    return {"application/x-qt-image", "image/png"};
}

QMimeData* GalleryStrip::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) return nullptr;
    auto* mime = new QMimeData;
    mime->setImageData(items.first()->data(kImageRole).value<QImage>());
    return mime;
}

void GalleryStrip::saveSelected()
{
    for (QListWidgetItem* it : selectedItems()) {
        const QImage img = it->data(kImageRole).value<QImage>();
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save result"), it->text() + ".png", tr("PNG images (*.png)"));
        if (path.isEmpty()) return;
        QString why;
        if (!saveImageAtomically(path, img, "png", &why))
            QMessageBox::warning(this, tr("Save result"), tr("Could not write %1: %2").arg(path, why));
    }
}

void GalleryStrip::removeSelected()
{
    qDeleteAll(selectedItems());
}

void GalleryStrip::compareSelected()
{
    const auto items = selectedItems();
    if (items.size() < 2) return;
    Q_EMIT compareRequested(items[0]->data(kImageRole).value<QImage>(), items[0]->data(kCaptionRole).toString(),
                            items[1]->data(kImageRole).value<QImage>(), items[1]->data(kCaptionRole).toString());
}

void GalleryStrip::contextMenuEvent(QContextMenuEvent* event)
{
    if (selectedItems().isEmpty()) return;
    QMenu menu(this);
    menu.addAction(tr("&Save…"), this, &GalleryStrip::saveSelected);
    QAction* compare = menu.addAction(tr("&Compare"), this, &GalleryStrip::compareSelected);
    compare->setEnabled(selectedItems().size() == 2);
    menu.addSeparator();
    menu.addAction(tr("&Remove"), this, &GalleryStrip::removeSelected);
    menu.exec(event->globalPos());
}

void GalleryStrip::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) return removeSelected();
    if (event->matches(QKeySequence::Save)) return saveSelected();
    QListWidget::keyPressEvent(event);
}

void GalleryStrip::paintEvent(QPaintEvent* event)
{
    QListWidget::paintEvent(event);
    if (count() > 0) return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Results you keep with Add to Gallery (Ctrl+G) appear here."));
}

}  // namespace pivq::ui
