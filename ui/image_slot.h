// An input of the swap: the pose or the identity (or the second reference of an
// interpolation). Takes image files, file URLs and image data by drag-and-drop, paste and an
// Open dialog, or a random draw from the model. A file that is not a readable image is
// reported inline and changes nothing. On demand it shows the model's reconstruction of
// its input and the per-pixel error map.
//
// Refinement: "Refine…" asks for the steps (RefineDialog) and emits refineRequested; the
// window runs it on the engine and tells the slot what to show (progress with a Cancel
// button, then "refined: PSNR a → b dB" with Revert). The slot never calls the engine.
#pragma once

#include <QFrame>
#include <QImage>
#include <QPointer>

#include "engine/service/engine_service.h"
#include "ui/refine_dialog.h"

class QCheckBox;
class QLabel;
class QMimeData;
class QProgressBar;
class QToolButton;

namespace pivq::ui {

class ImageView;

class ImageSlot : public QFrame {
    Q_OBJECT
public:
    enum Feature { NoFeatures = 0, Random = 1, Reconstruction = 2, Clearable = 4, Refine = 8 };
    Q_DECLARE_FLAGS(Features, Feature)

    ImageSlot(const QString& title, Features features, QWidget* parent = nullptr);

    QString title() const { return title_; }
    service::LatentSource source() const { return source_; }
    bool isSet() const { return source_.isSet(); }
    QImage image() const { return image_; }               // the input image; null for a random draw
    bool hasImage() const { return !image_.isNull(); }    // an image to match (refinement, error map)
    QString description() const { return description_; }  // file name, "pasted image", "random #seed"
    QString filePath() const { return filePath_; }        // the file it came from, if any
    QString errorText() const;
    void showError(const QString& text);  // inline, under the image ("" hides it)

    // Each returns false, shows why and changes nothing when the input is unusable.
    bool loadFile(const QString& path);
    bool loadImage(const QImage& image, const QString& description);
    bool loadMimeData(const QMimeData* mime);
    void setRandom(quint64 seed);
    void clear();
    // Puts back an input saved in a session (an image, refined latents with their image, a
    // random draw, a file or nothing).
    bool restore(const service::LatentSource& source, const QString& description);
    // Exchanges inputs, previews, reconstructions and what refinement shows with `other`.
    void swapWith(ImageSlot* other);
    // Keeps the image and gives it these W+ latents (refined ones, e.g. from the other slot
    // or a session): the source becomes LatentSource::Kind::Latents. Emits sourceChanged.
    bool setLatents(const QVector<float>& latents);
    // Latents back to a plain image source with the same QImage (after a revert), without
    // sourceChanged: the image is unchanged, so mask edits stay; the window re-renders.
    void usePlainEncoding();

    bool reconstructionShown() const;
    void setReconstructionShown(bool on);
    // A result of RenderOutput::Reconstruct*; for a random draw its image is the preview.
    void setReconstruction(const service::RenderResult& result);
    QImage preview() const;                              // what the slot shows now
    QImage reconstruction() const { return recImage_; }  // the last reconstruction shown (may be hidden)
    QImage errorMap() const { return recError_; }
    double reconstructionMse() const { return recMse_; }  // -1 when unknown
    double reconstructionPsnr() const { return recPsnr_; }

    // ---- refinement (shown here, run by the window)
    // Why the window cannot refine now ("" when it can): no model, a refinement running.
    void setRefineBlocked(const QString& why);
    // What refining this input changes, for the dialog (e.g. that a pose keeps its masks).
    void setRefineNote(const QString& note) { refineNote_ = note; }
    QString refineUnavailableReason() const;  // "" when Refine… is enabled
    bool canRefine() const { return refineUnavailableReason().isEmpty(); }
    RefineSettings refineSettings() const { return settings_; }
    RefineDialog* refineDialog() const { return dialog_; }  // the open one, or nullptr
    void showRefineStarted(int steps);
    void showRefineProgress(const service::RefineProgress& progress);
    // The end of this input's refinement: its figures, reconstruction and error map.
    void showRefineResult(const service::RefineResult& result);
    // The refinement ended without a result for this input (it was replaced or reverted).
    void showRefineEnded();
    bool isRefining() const { return refining_; }
    bool isRefined() const { return refined_; }
    void setRefined(bool refined);
    QString refineText() const { return refineText_; }  // "refined: PSNR a → b dB", "" when not refined
    QProgressBar* refineProgressBar() const { return progress_; }
    QToolButton* refineButton() const { return refineButton_; }
    QToolButton* cancelRefineButton() const { return cancelButton_; }
    QToolButton* revertButton() const { return revertButton_; }

    static bool canDecode(const QMimeData* mime);

public Q_SLOTS:
    void openFile();          // file dialog
    void paste();             // clipboard
    void randomize();         // a fresh seed
    void openRefineDialog();  // emits refineRequested when accepted

Q_SIGNALS:
    void sourceChanged();
    void fileOpened(const QString& path);    // for the recent-files list
    void modelDropped(const QString& path);  // a .pivq was given: the window opens it
    void reconstructionToggled(bool on);
    void refineRequested(const pivq::ui::RefineSettings& settings);
    void refineCancelRequested();
    void revertRequested();  // back to the plain encoding

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setInput(const service::LatentSource& source, const QImage& image, const QString& description,
                  const QString& path);
    void refresh();
    void refreshRefine();
    void setHighlighted(bool on);

    QString title_;
    Features features_;
    service::LatentSource source_;
    QImage image_;
    QImage recImage_, recError_;
    QString recText_;
    double recMse_ = -1, recPsnr_ = -1;
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

    RefineSettings settings_;
    QString refineBlocked_;
    QString refineNote_;
    QString refineText_;
    bool refining_ = false;
    bool refined_ = false;
    QPointer<RefineDialog> dialog_;
    QWidget* refineRow_ = nullptr;
    QToolButton* refineButton_ = nullptr;
    QLabel* refineLabel_ = nullptr;
    QToolButton* revertButton_ = nullptr;
    QWidget* progressRow_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
};

}  // namespace pivq::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(pivq::ui::ImageSlot::Features)
