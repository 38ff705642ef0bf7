// Checks of a training run's options before it starts, for the studio's training dialog:
// the model and training configs the options describe (and their validate() messages), and
// what the run itself would find out too late: data missing or unusable, an output folder
// that cannot be written or already holds a run, pose layers the resolution does not have,
// a fine-tune base that cannot be read. Each issue names its field and comes as a code with
// arguments, so the dialog can word it in the user's language; `detail` carries the
// engine's own (English) words where there are any. No torch in this header.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include "engine/service/dataset_probe.h"
#include "engine/service/training_run.h"

namespace pivq::service {

struct TrainingIssue {
    enum class Field { Data, Output, Preset, Resolution, Classes, PoseLayers, VqVariant, Batch, Budget, Base, Device };
    enum class Code {
        NoData,              // no data source given
        DataMissing,         // args: path
        DataNotFolderOrZip,  // args: path
        DataError,           // the folder or zip cannot be read; detail
        DataNoImages,        // no image files in it; args: path
        DataTooFew,          // fewer than two usable images; args: usable, unreadable; detail: first unreadable
        DataUnreadable,      // warning: some files cannot be used; args: unreadable, files; detail
        DataSmall,           // warning: args: count, resolution (they are enlarged)
        DataFewerThanBatch,  // warning: args: usable, batch
        NoOutput,            // no output folder given
        OutputIsFile,        // args: path
        OutputNotWritable,   // args: the folder that cannot be written
        OutputHoldsRun,      // it already holds a run's model.pivq; args: path
        UnknownPreset,       // args: name, the presets
        ResolutionInvalid,   // args: value
        ClassesOutOfRange,   // args: value, min, max
        PoseLayersEmpty,
        PoseLayerOutOfRange,  // args: layer, resolution, last layer
        PoseLayersDuplicate,  // args: layer
        VqVariantUnknown,     // args: name, the variants
        NoMasks,              // warning: variant "none" learns no object masks to paint
        ModelInvalid,         // another model-config problem; detail
        BatchOutOfRange,      // args: value, max
        BatchSmallForGroup,   // warning: args: batch, group, the group size that will be used
        TrainInvalid,         // another training-config problem; detail
        NoBudget,             // neither images nor minutes > 0
        BaseMissing,          // args: path
        BaseUnreadable,       // detail
        BaseNoTrainingState,  // warning: G continues from its average, D and the optimisers start afresh
        ArchitectureFixed,    // an architecture override differs from the base; detail
        DeviceUnknown,        // args: name
        CudaUnavailable,
        SlowOnCpu,  // warning: args: resolution
    };
    Field field;
    Code code;
    bool error = true;  // false: a warning, the run can start
    QStringList args;
    QString detail;
};

// A model configuration in the terms of the dialog.
struct ModelSummary {
    QString name;
    int resolution = 0;
    int classes = 0;  // K
    QVector<int> poseLayers;
    QString vqVariant;
    int batch = 0;              // of the training config that goes with it
    int mbstdGroup = 0;         // the discriminator's minibatch-stddev group
    int convLayers = 0;         // synthesis conv layers at this resolution: 0 .. convLayers-1
    QMap<int, int> layerSides;  // conv layer -> feature side in pixels
};

struct TrainingCheck {
    QVector<TrainingIssue> issues;
    bool modelValid = false;  // `model` describes a valid configuration
    ModelSummary model;
    QString modelConfigJson;  // the configuration that will be trained (when modelValid)
    // The bundle a fine-tune starts from.
    bool baseRead = false;
    qint64 baseStep = -1, baseImages = -1;
    bool baseHasTrainingState = false;
    QString baseData;

    bool ok() const;  // no issue is an error
    bool hasError(TrainingIssue::Field field) const;
    const TrainingIssue* find(TrainingIssue::Code code) const;
};

// The presets (tiny32, cpu64, ref64, paper256), the VQSN variants, and a preset as a summary
// (an unknown name gives a summary with resolution 0).
QStringList trainingPresets();
QStringList vqVariants();
ModelSummary presetSummary(const QString& preset);
// The synthesis conv layers at `resolution` (0 .. n-1) and each one's feature side.
QMap<int, int> convLayerSides(int resolution);
// K's range.
int minClasses();
int maxClasses();
bool cudaAvailable();

// `data`: a probe of options.data (ignored when it is of another path), for the checks that
// need the images; without it only the path is looked at. Quick: reads no image, and of a
// fine-tune base only its manifest.
TrainingCheck checkTrainingOptions(const TrainingOptions& options, const DatasetProbe* data = nullptr);

}  // namespace pivq::service
