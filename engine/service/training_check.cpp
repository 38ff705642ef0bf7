#include "engine/service/training_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

#include "engine/core/config.h"
#include "engine/core/runtime.h"
#include "engine/core/trainer.h"
#include "engine/io/bundle.h"

namespace pivq::service {

namespace {

using Field = TrainingIssue::Field;
using Code = TrainingIssue::Code;

constexpr int kMinClasses = 2;  // ModelConfig::validate(): K in [2, 16]
constexpr int kMaxClasses = 16;
constexpr int kMaxBatch = 4096;  // TrainConfig::validate()

bool validResolution(int r)
{
    return r >= 32 && r <= 1024 && (r & (r - 1)) == 0;
}

ModelSummary summarize(const core::ModelConfig& m, const core::TrainConfig& t)
{
    ModelSummary s;
    s.name = QString::fromStdString(m.name);
    s.resolution = m.resolution;
    s.classes = m.vq_codes;
    for (int l : m.pose_layers) s.poseLayers << l;
    s.vqVariant = QString::fromStdString(core::toString(m.vq_variant));
    s.batch = t.batch;
    s.mbstdGroup = m.mbstd_group;
    s.layerSides = convLayerSides(m.resolution);
    s.convLayers = s.layerSides.size();
    return s;
}

QString text(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

// The nearest folder that exists at or above `path`.
QString existingAncestor(const QString& path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        const QString up = QFileInfo(p).path();
        if (up == p) break;
        p = up;
    }
    return p;
}

}  // namespace

bool TrainingCheck::ok() const
{
    return std::none_of(issues.begin(), issues.end(), [](const TrainingIssue& i) { return i.error; });
}

bool TrainingCheck::hasError(TrainingIssue::Field field) const
{
    return std::any_of(issues.begin(), issues.end(),
                       [field](const TrainingIssue& i) { return i.error && i.field == field; });
}

const TrainingIssue* TrainingCheck::find(TrainingIssue::Code code) const
{
    for (const TrainingIssue& i : issues)
        if (i.code == code) return &i;
    return nullptr;
}

QStringList trainingPresets()
{
    QStringList out;
    for (const auto& n : core::presetNames()) out << QString::fromStdString(n);
    return out;
}

QStringList vqVariants()
{
    QStringList out;
    for (auto v : {core::VqVariant::Vq1, core::VqVariant::Vq2, core::VqVariant::Vq3, core::VqVariant::Gumbel,
                   core::VqVariant::None})
        out << QString::fromStdString(core::toString(v));
    return out;
}

ModelSummary presetSummary(const QString& preset)
{
    try {
        return summarize(core::preset(preset.toStdString()), core::TrainConfig{});
    } catch (const std::invalid_argument&) {
        return {};
    }
}

QMap<int, int> convLayerSides(int resolution)
{
    QMap<int, int> out;
    if (!validResolution(resolution)) return out;
    core::ModelConfig c;
    c.resolution = resolution;
    for (int l = 0; l < c.numConvLayers(); ++l) out[l] = c.convLayerResolution(l);
    return out;
}

int minClasses()
{
    return kMinClasses;
}

int maxClasses()
{
    return kMaxClasses;
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

TrainingCheck checkTrainingOptions(const TrainingOptions& o, const DatasetProbe* data)
{
    TrainingCheck c;
    auto issue = [&](Field f, Code code, bool error, QStringList args = {}, QString detail = {}) {
        c.issues.push_back({f, code, error, std::move(args), std::move(detail)});
    };
    const bool fromBundle = o.resume || !o.initFrom.isEmpty();

    // ---- model and training configs
    core::ModelConfig model;
    core::TrainConfig train;
    bool haveModel = false, haveTrain = true;
    if (fromBundle) {
        const QString base = o.resume ? QDir(o.out).filePath("model.pivq") : o.initFrom;
        if (!QFileInfo(base).isFile()) {
            issue(Field::Base, Code::BaseMissing, true, {base});
        } else {
            try {
                bool hasTraining = false;
                const io::Bundle b = io::readBundleManifest(base.toStdString(), &hasTraining);
                model = b.config;
                haveModel = true;
                c.baseRead = true;
                c.baseHasTrainingState = hasTraining;
                const auto& rec = b.training_record;
                if (const auto* v = rec.find("steps"); v && v->isNumber()) c.baseStep = v->asInt();
                if (const auto* v = rec.find("images_seen"); v && v->isNumber()) c.baseImages = v->asInt();
                if (const auto* v = rec.find("data"); v && v->isString())
                    c.baseData = QString::fromStdString(v->asString());
                if (const auto* tc = rec.find("train_config")) {
                    try {
                        train = core::TrainConfig::fromJson(*tc);
                    } catch (const std::invalid_argument& e) {
                        issue(Field::Base, Code::BaseUnreadable, true, {}, text(e));
                        haveTrain = false;
                    }
                }
                if (!hasTraining) issue(Field::Base, Code::BaseNoTrainingState, false);
            } catch (const std::exception& e) {
                issue(Field::Base, Code::BaseUnreadable, true, {}, text(e));
            }
        }
        if (haveModel) {
            // The overrides TrainingRun refuses for a run that continues a bundle.
            std::vector<int> layers(o.poseLayers.begin(), o.poseLayers.end());
            QStringList differ;
            if (o.resolution > 0 && o.resolution != model.resolution) differ << "resolution";
            if (o.vqCodes > 0 && o.vqCodes != model.vq_codes) differ << "vq_codes";
            if (!layers.empty() && layers != model.pose_layers) differ << "pose_layers";
            if (!o.vqVariant.isEmpty() && o.vqVariant.toStdString() != core::toString(model.vq_variant))
                differ << "vq_variant";
            if (!differ.isEmpty()) issue(Field::Base, Code::ArchitectureFixed, true, differ, differ.join(", "));
            if (!o.name.isEmpty() && !o.resume) model.name = o.name.toStdString();
        }
    } else {
        try {
            if (!o.modelConfig.isEmpty()) {
                QFile f(o.modelConfig);
                if (!f.open(QIODevice::ReadOnly))
                    throw std::invalid_argument(o.modelConfig.toStdString() + ": cannot open (" +
                                                f.errorString().toStdString() + ")");
                model = core::ModelConfig::fromJsonText(f.read(1 << 20).toStdString());
            } else {
                model = core::preset(o.preset.toStdString());
            }
            haveModel = true;
        } catch (const std::invalid_argument& e) {
            if (o.modelConfig.isEmpty())
                issue(Field::Preset, Code::UnknownPreset, true, {o.preset, trainingPresets().join(", ")});
            else
                issue(Field::Preset, Code::ModelInvalid, true, {}, text(e));
        }
        if (haveModel) {
            bool overridesOk = true;
            if (o.resolution > 0) {
                if (validResolution(o.resolution))
                    model.resolution = o.resolution;
                else {
                    issue(Field::Resolution, Code::ResolutionInvalid, true, {QString::number(o.resolution)});
                    overridesOk = false;
                }
            }
            if (o.vqCodes > 0) {
                if (o.vqCodes >= kMinClasses && o.vqCodes <= kMaxClasses)
                    model.vq_codes = o.vqCodes;
                else {
                    issue(Field::Classes, Code::ClassesOutOfRange, true,
                          {QString::number(o.vqCodes), QString::number(kMinClasses), QString::number(kMaxClasses)});
                    overridesOk = false;
                }
            }
            if (!o.vqVariant.isEmpty()) {
                try {
                    model.vq_variant = core::vqVariantFromString(o.vqVariant.toStdString());
                } catch (const std::invalid_argument&) {
                    issue(Field::VqVariant, Code::VqVariantUnknown, true, {o.vqVariant, vqVariants().join(", ")});
                    overridesOk = false;
                }
            }
            if (!o.poseLayers.isEmpty()) model.pose_layers.assign(o.poseLayers.begin(), o.poseLayers.end());
            // Pose layers against the resolution in effect, one message per wrong layer.
            std::set<int> seen;
            for (int l : model.pose_layers) {
                if (l < 0 || l >= model.numConvLayers()) {
                    issue(Field::PoseLayers, Code::PoseLayerOutOfRange, true,
                          {QString::number(l), QString::number(model.resolution),
                           QString::number(model.numConvLayers() - 1)});
                    overridesOk = false;
                } else if (!seen.insert(l).second) {
                    issue(Field::PoseLayers, Code::PoseLayersDuplicate, true, {QString::number(l)});
                    overridesOk = false;
                }
            }
            if (model.pose_layers.empty()) {
                issue(Field::PoseLayers, Code::PoseLayersEmpty, true);
                overridesOk = false;
            }
            if (!o.name.isEmpty()) model.name = o.name.toStdString();
            if (overridesOk) {
                try {
                    model.validate();
                } catch (const std::invalid_argument& e) {
                    const std::string m = e.what();
                    const Field f = m.rfind("pose_layers", 0) == 0  ? Field::PoseLayers
                                    : m.rfind("vq_codes", 0) == 0   ? Field::Classes
                                    : m.rfind("resolution", 0) == 0 ? Field::Resolution
                                                                    : Field::Preset;
                    issue(f, Code::ModelInvalid, true, {}, text(e));
                    haveModel = false;
                }
            } else {
                haveModel = false;
            }
        }
        if (!o.trainConfig.isEmpty()) {
            try {
                QFile f(o.trainConfig);
                if (!f.open(QIODevice::ReadOnly))
                    throw std::invalid_argument(o.trainConfig.toStdString() + ": cannot open (" +
                                                f.errorString().toStdString() + ")");
                train = core::TrainConfig::fromJson(json::parse(f.read(1 << 20).toStdString()));
            } catch (const std::exception& e) {
                issue(Field::Batch, Code::TrainInvalid, true, {}, text(e));
                haveTrain = false;
            }
        }
    }
    if (haveModel) {
        c.modelValid = true;
        c.model = summarize(model, train);
        c.modelConfigJson = QString::fromStdString(model.toJson().dump(2));
        if (model.vq_variant == core::VqVariant::None) issue(Field::VqVariant, Code::NoMasks, false);
    } else if (validResolution(o.resolution)) {
        c.model.resolution = o.resolution;
        c.model.layerSides = convLayerSides(o.resolution);
        c.model.convLayers = c.model.layerSides.size();
    }

    // ---- batch
    const int batch = o.batch > 0 ? o.batch : train.batch;
    if (haveTrain) {
        if (batch < 1 || batch > kMaxBatch) {
            issue(Field::Batch, Code::BatchOutOfRange, true, {QString::number(batch), QString::number(kMaxBatch)});
        } else {
            train.batch = batch;
            try {
                train.validate();
            } catch (const std::invalid_argument& e) {
                issue(Field::Batch, Code::TrainInvalid, true, {}, text(e));
            }
            c.model.batch = batch;
            if (haveModel) {
                // Discriminator's minibatch stddev: the largest group <= mbstd_group dividing the batch.
                int g = std::min(model.mbstd_group, batch);
                while (batch % g != 0) --g;
                if (g != model.mbstd_group)
                    issue(Field::Batch, Code::BatchSmallForGroup, false,
                          {QString::number(batch), QString::number(model.mbstd_group), QString::number(g)});
            }
        }
    }

    // ---- data
    if (o.data.isEmpty()) {
        if (!o.resume) issue(Field::Data, Code::NoData, true);
    } else if (o.data != QLatin1String("toyfaces")) {
        const QFileInfo fi(o.data);
        if (!fi.exists())
            issue(Field::Data, Code::DataMissing, true, {o.data});
        else if (!fi.isDir() && !(fi.isFile() && fi.suffix().toLower() == QLatin1String("zip")))
            issue(Field::Data, Code::DataNotFolderOrZip, true, {o.data});
        else if (data && data->path == o.data && !data->cancelled) {
            if (!data->error.isEmpty()) {
                issue(Field::Data, Code::DataError, true, {}, data->error);
            } else if (data->files == 0) {
                issue(Field::Data, Code::DataNoImages, true, {o.data});
            } else if (data->usable < 2) {
                issue(Field::Data, Code::DataTooFew, true,
                      {QString::number(data->usable), QString::number(data->unreadable)},
                      data->firstUnreadable.join('\n'));
            } else {
                if (data->unreadable > 0)
                    issue(Field::Data, Code::DataUnreadable, false,
                          {QString::number(data->unreadable), QString::number(data->files)},
                          data->firstUnreadable.join('\n'));
                if (haveModel) {
                    const qint64 small = data->smallerThan(model.resolution);
                    if (small > 0)
                        issue(Field::Data, Code::DataSmall, false,
                              {QString::number(small), QString::number(model.resolution)});
                }
                if (data->usable < batch)
                    issue(Field::Data, Code::DataFewerThanBatch, false,
                          {QString::number(data->usable), QString::number(batch)});
            }
        }
    } else if (o.toyfacesCount < 2) {
        issue(Field::Data, Code::DataTooFew, true, {QString::number(o.toyfacesCount), "0"});
    }

    // ---- output folder
    if (o.out.isEmpty()) {
        issue(Field::Output, Code::NoOutput, true);
    } else {
        const QFileInfo fi(o.out);
        if (fi.exists() && !fi.isDir()) {
            issue(Field::Output, Code::OutputIsFile, true, {o.out});
        } else {
            const QString folder = existingAncestor(o.out);
            const QFileInfo fa(folder);
            if (!fa.isDir() || !fa.isWritable())
                issue(Field::Output, Code::OutputNotWritable, true, {folder});
            else if (!o.resume && QFileInfo::exists(QDir(o.out).filePath("model.pivq")))
                issue(Field::Output, Code::OutputHoldsRun, true, {o.out});
        }
    }

    // ---- budget
    if (!(o.kimg > 0) && !(o.minutes > 0)) issue(Field::Budget, Code::NoBudget, true);

    // ---- device
    bool cpu = true;
    try {
        cpu = !core::selectDevice(o.device.toStdString()).is_cuda();
    } catch (const std::invalid_argument&) {
        if (o.device == QLatin1String("cuda"))
            issue(Field::Device, Code::CudaUnavailable, true);
        else
            issue(Field::Device, Code::DeviceUnknown, true, {o.device});
    }
    if (cpu && haveModel && model.resolution >= 256)
        issue(Field::Device, Code::SlowOnCpu, false, {QString::number(model.resolution)});
    return c;
}

}  // namespace pivq::service
