#include "engine/service/dataset_probe.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <set>

#include "engine/io/dataset.h"
#include "engine/io/image.h"
#include "engine/io/qt_image.h"
#include "engine/io/toyfaces.h"

namespace pivq::service {

namespace {

constexpr int64_t kHeaderBytes = 64 << 10;  // PNG, BMP, GIF: a few bytes; JPEG: the frame header after EXIF
constexpr int kMaxReported = 5;

QImage thumbnail(const cv::Mat& rgb, int side)
{
    return io::qimageFromRgb(io::squareResize(rgb, side));
}

// The image size from the header, if Qt knows the format and the header is in `bytes`.
QSize headerSize(const std::vector<uint8_t>& bytes)
{
    QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    QBuffer buf(&data);
    if (!buf.open(QIODevice::ReadOnly)) return {};
    QImageReader reader(&buf);
    reader.setAutoTransform(false);
    if (reader.format().isEmpty()) return {};
    return reader.size();
}

}  // namespace

qint64 DatasetProbe::smallerThan(int side) const
{
    return std::count_if(shortSides.begin(), shortSides.end(), [side](int s) { return s < side; });
}

DatasetProbe probeDataset(const QString& path, const DatasetProbeOptions& options,
                          const std::function<void(qint64, qint64)>& progress, const std::function<bool()>& cancelled)
{
    DatasetProbe r;
    r.path = path;
    const int side = std::clamp(options.thumbnailSide, 16, 512);
    auto stopNow = [&] {
        if (cancelled && cancelled()) r.cancelled = true;
        return r.cancelled;
    };
    try {
        if (path == QLatin1String("toyfaces")) {
            r.toyfaces = true;
            r.files = r.usable = std::max(0, options.toyfacesCount);
            const int n = static_cast<int>(std::min<qint64>(options.thumbnails, r.usable));
            for (int i = 0; i < n && !stopNow(); ++i) {
                r.thumbnails.push_back(
                    io::qimageFromRgb(io::toyfaces::render(io::toyfaces::sample(options.toyfacesSeed, i), side)));
                r.thumbnailNames << QObject::tr("toyfaces image %1").arg(i);
            }
            return r;
        }
        if (path.isEmpty()) return r;
        const io::DatasetFiles files = io::listDatasetFiles(path.toStdString());
        r.zip = files.zip;
        r.files = static_cast<qint64>(files.files.size());
        const qint64 total = r.files;
        if (progress) progress(0, total);

        // Thumbnails: the first files that decode, read whole (a few at most).
        int attempts = 0;
        const int maxAttempts = 4 * options.thumbnails + 8;
        if (options.thumbnails > 0)
            io::readDatasetFiles(
                files, {},
                [&](const io::DatasetFile& f, const std::vector<uint8_t>& bytes, const std::string& problem) {
                    if (stopNow()) return false;
                    if (problem.empty()) {
                        try {
                            r.thumbnails.push_back(thumbnail(io::decodeRgb(bytes, f.name), side));
                            r.thumbnailNames << QString::fromStdString(f.name);
                        } catch (const std::exception&) {
                            // counted by the header pass below
                        }
                    }
                    return int(r.thumbnails.size()) < options.thumbnails && ++attempts < maxAttempts;
                });

        // Headers of every file; those Qt cannot size (another format, a header past the
        // first bytes) are decoded whole by the engine's own reader in a second pass.
        const io::ImageLimits limits;
        std::set<std::string> decodeWhole;
        qint64 done = 0;
        auto unusable = [&](const std::string& reason) {
            ++r.unreadable;
            if (r.firstUnreadable.size() < kMaxReported) r.firstUnreadable << QString::fromStdString(reason);
        };
        auto accept = [&](const std::string& name, int w, int h) {
            if (w > limits.max_side || h > limits.max_side || int64_t(w) * h > limits.max_pixels) {
                unusable(name + ": the image is too large (" + std::to_string(w) + "x" + std::to_string(h) + ")");
                return;
            }
            ++r.usable;
            r.shortSides.push_back(std::min(w, h));
        };
        if (!stopNow())
            io::readDatasetFiles(
                files, [](const io::DatasetFile&) { return kHeaderBytes; },
                [&](const io::DatasetFile& f, const std::vector<uint8_t>& bytes, const std::string& problem) {
                    if (stopNow()) return false;
                    if (!problem.empty()) {
                        unusable(problem);
                    } else if (bytes.empty()) {
                        unusable(f.name + ": the file is empty");
                    } else {
                        const QSize s = headerSize(bytes);
                        if (s.isValid() && s.width() > 0 && s.height() > 0)
                            accept(f.name, s.width(), s.height());
                        else
                            decodeWhole.insert(f.name);
                    }
                    if (progress && (++done % 64 == 0 || done == total)) progress(done, total);
                    return true;
                });
        if (!decodeWhole.empty() && !stopNow())
            io::readDatasetFiles(
                files,
                [&](const io::DatasetFile& f) { return decodeWhole.count(f.name) ? io::kWholeFile : io::kSkipFile; },
                [&](const io::DatasetFile& f, const std::vector<uint8_t>& bytes, const std::string& problem) {
                    if (stopNow()) return false;
                    if (!problem.empty()) {
                        unusable(problem);
                        return true;
                    }
                    try {
                        const cv::Mat rgb = io::decodeRgb(bytes, f.name, limits);
                        accept(f.name, rgb.cols, rgb.rows);
                    } catch (const io::IoError& e) {
                        unusable(e.what());
                    } catch (const cv::Exception& e) {
                        unusable(f.name + ": cannot decode the image (" + e.msg + ")");
                    }
                    return true;
                });
        if (progress && !r.cancelled) progress(total, total);
    } catch (const std::exception& e) {
        r.error = QString::fromStdString(e.what());
    }
    return r;
}

}  // namespace pivq::service
