// A strip of kept results. Items drag back into an input slot (as image data), save as PNG,
// and two selected items open side by side for comparison.
#pragma once

#include <QImage>
#include <QListWidget>

namespace pivq::ui {

class GalleryStrip : public QListWidget {
    Q_OBJECT
public:
    explicit GalleryStrip(QWidget* parent = nullptr);

    void addResult(const QImage& image, const QString& caption);
    QImage imageAt(int row) const;
    QString captionAt(int row) const;

public Q_SLOTS:
    void saveSelected();
    void removeSelected();
    void compareSelected();

Q_SIGNALS:
    void compareRequested(const QImage& a, const QString& captionA, const QImage& b, const QString& captionB);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace pivq::ui
