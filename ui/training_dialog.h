// Train > New Training Run… and Train > Fine-tune Current Model…: the data (toyfaces, a
// folder or a .zip, with the count of usable images and thumbnails before anything starts),
// the model (preset, resolution, K, pose layers, VQSN variant), batch, budget, device and
// output folder. Every change is checked at once (service::checkTrainingOptions) and each
// problem is explained under its field; Start stays disabled until nothing is wrong and the
// data has been looked at. A fine-tune keeps the bundle's architecture (those fields are
// fixed) and continues its training state on new images.
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>

#include <memory>

#include "engine/service/dataset_probe.h"
#include "engine/service/training_check.h"
#include "engine/service/training_run.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace pivq::ui {

class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    // A new run.
    explicit TrainingDialog(QWidget* parent = nullptr);
    // Fine-tuning the bundle at `basePath` on new images.
    explicit TrainingDialog(const QString& basePath, QWidget* parent = nullptr);
    ~TrainingDialog() override;

    bool isFineTune() const { return !basePath_.isEmpty(); }
    // What the dialog describes now (valid or not).
    service::TrainingOptions options() const;
    const service::TrainingCheck& check() const { return check_; }
    const service::DatasetProbe& probe() const { return probe_; }
    bool isProbing() const;
    bool canStart() const;
    // The explanations on display, one per line ("" when there are none).
    QString messages() const;
    QString message(service::TrainingIssue::Field field) const;
    // How an issue reads in the dialog (the user's language).
    static QString describe(const service::TrainingIssue& issue);

    // The controls, for tests and tools.
    QComboBox* sourceBox() const { return source_; }
    QLineEdit* dataEdit() const { return data_; }
    QSpinBox* toyfacesCountBox() const { return toyCount_; }
    QComboBox* presetBox() const { return preset_; }
    QComboBox* resolutionBox() const { return resolution_; }
    QSpinBox* classesBox() const { return classes_; }
    QLineEdit* poseLayersEdit() const { return poseLayers_; }
    QComboBox* variantBox() const { return variant_; }
    QSpinBox* batchBox() const { return batch_; }
    QComboBox* budgetKindBox() const { return budgetKind_; }
    QDoubleSpinBox* budgetBox() const { return budget_; }
    QLineEdit* outputEdit() const { return output_; }
    QComboBox* deviceBox() const { return device_; }
    QListWidget* thumbnailList() const { return thumbs_; }
    QPushButton* startButton() const { return start_; }

public Q_SLOTS:
    void browseFolder();
    void browseZip();
    void browseOutput();

Q_SIGNALS:
    void probeFinished();  // the data has been looked at (tests wait for it)
    void checked();        // the options were checked again

private:
    void build();
    void applyPreset();
    void onSourceChanged();
    void onDataEdited();
    void startProbe();
    void onProbeDone();
    void revalidate();
    void showIssues();
    void refreshLayerHint();
    void setStatus(const QString& text);
    void fillFromBase();
    QString defaultOutput(const QString& stem) const;
    QVector<int> parsedPoseLayers(QString* error) const;
    bool toyfaces() const;

    QString basePath_;
    service::TrainingCheck check_;
    service::DatasetProbe probe_;  // of the data now chosen, once looked at
    QString probedPath_;           // what probe_ is of; "" when none
    struct ProbeState;
    std::shared_ptr<ProbeState> probeState_;
    QFutureWatcher<service::DatasetProbe>* watcher_ = nullptr;
    QTimer* probeDelay_ = nullptr;
    QTimer* progressTimer_ = nullptr;
    QString poseLayersError_;
    bool outputEdited_ = false;
    bool filling_ = false;

    QLabel* intro_ = nullptr;
    QComboBox* source_ = nullptr;
    QLineEdit* data_ = nullptr;
    QToolButton* browseFolder_ = nullptr;
    QToolButton* browseZip_ = nullptr;
    QSpinBox* toyCount_ = nullptr;
    QLabel* dataStatus_ = nullptr;
    QListWidget* thumbs_ = nullptr;
    QComboBox* preset_ = nullptr;
    QComboBox* resolution_ = nullptr;
    QSpinBox* classes_ = nullptr;
    QLineEdit* poseLayers_ = nullptr;
    QLabel* layerHint_ = nullptr;
    QComboBox* variant_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QComboBox* budgetKind_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QComboBox* device_ = nullptr;
    QLineEdit* output_ = nullptr;
    QToolButton* browseOutput_ = nullptr;
    QPushButton* start_ = nullptr;
    QFormLayout* dataForm_ = nullptr;
    QMap<service::TrainingIssue::Field, QLabel*> messageLabels_;
};

}  // namespace pivq::ui
