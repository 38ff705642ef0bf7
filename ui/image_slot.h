// An input of the swap: the pose or the identity (or the second reference of an
// interpolation). Takes image files, file URLs and image data by drag-and-drop, paste and an
// Open dialog, or a random draw from the model. A file that is not a readable image is
// reported inline and changes nothing. On demand it shows the model's reconstruction of
// its input and the per-pixel error map.
#pragma once

#include <QFrame>
#include <QImage>

#include "engine/service/engine_service.h"

class QCheckBox;
class QLabel;
class QMimeData;
class QToolButton;

namespace pivq::ui {

class ImageView;

class ImageSlot : public QFrame {
    Q_OBJECT
public:
    enum Feature { NoFeatures = 0, Random = 1, Reconstruction = 2, Clearable = 4 };
    Q_DECLARE_FLAGS(Features, Feature)

    ImageSlot(const QString& title, Features features, QWidget* parent = nullptr);

    QString title() const { return title_; }
    service::LatentSource source() const { return source_; }
    bool isSet() const { return source_.isSet(); }
    QImage image() const { return image_; }               // the input image; null for a random draw
    QString description() const { return description_; }  // file name, "pasted image", "random #seed"
    QString filePath() const { return filePath_; }        // the file it came from, if any
    QString errorText() const;

    // Each returns false, shows why and changes nothing when the input is unusable.
    bool loadFile(const QString& path);
    bool loadImage(const QImage& image, const QString& description);
    bool loadMimeData(const QMimeData* mime);
    void setRandom(quint64 seed);
    void clear();
    // Puts back an input saved in a session (an image, a random draw, a file or nothing).
    bool restore(const service::LatentSource& source, const QString& description);
    // Exchanges inputs, previews and reconstructions with `other` (swap sides).
    void swapWith(ImageSlot* other);

    bool reconstructionShown() const;
    void setReconstructionShown(bool on);
    // A result of RenderOutput::Reconstruct*; for a random draw its image is the preview.
    void setReconstruction(const service::RenderResult& result);
    QImage preview() const;  // what the slot shows now

    static bool canDecode(const QMimeData* mime);

public Q_SLOTS:
    void openFile();   // file dialog
    void paste();      // clipboard
    void randomize();  // a fresh seed

Q_SIGNALS:
    void sourceChanged();
    void fileOpened(const QString& path);    // for the recent-files list
    void modelDropped(const QString& path);  // a .pivq was given: the window opens it
    void reconstructionToggled(bool on);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showError(const QString& text);
    void setInput(const service::LatentSource& source, const QImage& image, const QString& description,
                  const QString& path);
    void refresh();
    void setHighlighted(bool on);

    QString title_;
    Features features_;
    service::LatentSource source_;
    QImage image_;
    QImage recImage_, recError_;
    QString recText_;
    QString description_;
    QString filePath_;

    QLabel* titleLabel_ = nullptr;
    QLabel* descLabel_ = nullptr;
    ImageView* view_ = nullptr;
    QWidget* recRow_ = nullptr;
    ImageView* recView_ = nullptr;
    ImageView* errView_ = nullptr;
    QLabel* recLabel_ = nullptr;
    QLabel* error_ = nullptr;
    QCheckBox* recToggle_ = nullptr;
};

}  // namespace pivq::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(pivq::ui::ImageSlot::Features)
