#include "engine/io/dataset.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <stdexcept>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <torch/torch.h>

#include "engine/core/json.h"
#include "engine/io/image.h"
#include "engine/io/safetensors.h"

namespace pivq::io {

namespace {

constexpr int64_t kMaxFiles = 1'000'000;
constexpr int64_t kMaxZipEntryBytes = int64_t(256) << 20;
constexpr size_t kMaxReportedSkips = 5;
constexpr int kMaxResolution = 4096;

bool hasImageExtension(const QString& name)
{
    static const char* exts[] = {"png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff"};
    const QString suffix = QFileInfo(name).suffix().toLower();
    for (const char* e : exts)
        if (suffix == QLatin1String(e)) return true;
    return false;
}

// Decoded images accumulate here as [3,R,R] planes, then become one tensor without a copy.
class Collector {
public:
    Collector(int resolution, int64_t expected) : r_(resolution)
    {
        const int64_t per = 3 * int64_t(r_) * r_;
        data_.reserve(static_cast<size_t>(std::min<int64_t>(expected * per, int64_t(256) << 20)));
    }

    void add(const cv::Mat& rgb)  // CV_8UC3, r x r
    {
        const size_t plane = size_t(r_) * size_t(r_);
        const size_t base = data_.size();
        data_.resize(base + 3 * plane);
        uint8_t* out = data_.data() + base;
        for (int y = 0; y < r_; ++y) {
            const uint8_t* row = rgb.ptr<uint8_t>(y);
            for (int x = 0; x < r_; ++x)
                for (int c = 0; c < 3; ++c)
                    out[size_t(c) * plane + size_t(y) * size_t(r_) + size_t(x)] = row[3 * x + c];
        }
        ++count_;
    }

    int64_t count() const { return count_; }

    torch::Tensor take()  // uint8 [N,3,R,R]
    {
        auto* owned = new std::vector<uint8_t>(std::move(data_));
        return torch::from_blob(
            owned->data(), {count_, 3, r_, r_}, [owned](void*) { delete owned; }, torch::TensorOptions(torch::kUInt8));
    }

private:
    int64_t r_;
    int64_t count_ = 0;
    std::vector<uint8_t> data_;
};

// Source-independent part of the loading loop: bookkeeping, progress, cancellation.
struct Loader {
    Loader(const std::string& p, int r, const std::function<void(int64_t, int64_t)>& pr, const std::function<bool()>& c,
           int64_t t, Collector* o)
        : path(p), resolution(r), progress(pr), cancelled(c), total(t), out(o)
    {
    }

    const std::string& path;
    int resolution;
    const std::function<void(int64_t, int64_t)>& progress;
    const std::function<bool()>& cancelled;
    int64_t total = 0;
    int64_t done = 0;
    DatasetReport report;
    Collector* out = nullptr;

    void checkCancelled() const
    {
        if (cancelled && cancelled()) throw IoError(path + ": cancelled");
    }

    void skip(const std::string& reason)  // "file: reason"
    {
        ++report.skipped;
        if (report.first_skipped.size() < kMaxReportedSkips) report.first_skipped.push_back(reason);
    }

    void decode(const std::vector<uint8_t>& bytes, const std::string& name)
    {
        try {
            const cv::Mat rgb = decodeRgb(bytes, name);
            out->add(squareResize(rgb, resolution));
            ++report.usable;
        } catch (const IoError& e) {
            skip(e.what());
        } catch (const cv::Exception& e) {
            skip(name + ": cannot decode the image (" + e.msg + ")");
        }
    }

    void step()
    {
        ++done;
        if (progress) progress(done, total);
    }
};

std::vector<DatasetFile> listFolder(const std::string& path)
{
    const QString root = QString::fromStdString(path);
    const QDir dir(root);
    std::vector<DatasetFile> items;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (!hasImageExtension(fi.fileName())) continue;
        if (static_cast<int64_t>(items.size()) >= kMaxFiles)
            throw IoError(path + ": more than " + std::to_string(kMaxFiles) + " image files");
        items.push_back(
            {dir.relativeFilePath(fi.filePath()).toStdString(), fi.size(), fi.lastModified().toMSecsSinceEpoch()});
    }
    std::sort(items.begin(), items.end(), [](const DatasetFile& a, const DatasetFile& b) { return a.name < b.name; });
    return items;
}

void readFolder(const DatasetFiles& files, const DatasetReadAmount& amount, const DatasetFileVisitor& visit)
{
    const QDir dir(QString::fromStdString(files.path));
    const ImageLimits limits;
    std::vector<uint8_t> bytes;
    for (const DatasetFile& item : files.files) {
        const int64_t maxBytes = amount ? amount(item) : kWholeFile;
        if (maxBytes == kSkipFile) continue;
        bytes.clear();
        std::string problem;
        QFile f(dir.filePath(QString::fromStdString(item.name)));
        if (!f.open(QIODevice::ReadOnly)) {
            problem = item.name + ": cannot open (" + f.errorString().toStdString() + ")";
        } else if (f.size() > limits.max_file_bytes) {
            problem = item.name + ": the file is too large";
        } else {
            const QByteArray data = maxBytes > 0 ? f.read(maxBytes) : f.readAll();
            bytes.assign(data.begin(), data.end());
        }
        if (!visit(item, bytes, problem)) return;
    }
}

// Zip entries worth decoding, in archive order. Directories, "__MACOSX/" and other
// extensions are left out; the entry count is bounded before the directory is walked.
bool zipItem(const QuaZipFileInfo64& info)
{
    return !info.name.endsWith('/') && !info.name.startsWith(QLatin1String("__MACOSX/")) &&
           hasImageExtension(info.name);
}

void openZip(const std::string& path, QuaZip& zip)
{
    if (!zip.open(QuaZip::mdUnzip)) throw IoError(path + ": cannot read it as a zip archive (damaged or not a zip)");
    const int count = zip.getEntriesCount();
    if (count < 0 || count > kMaxFiles)
        throw IoError(path + ": the archive has " + std::to_string(count) + " entries, more than " +
                      std::to_string(kMaxFiles));
}

std::vector<DatasetFile> listZip(const std::string& path)
{
    QuaZip zip(QString::fromStdString(path));
    openZip(path, zip);
    std::vector<DatasetFile> items;
    int64_t seen = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++seen > kMaxFiles) throw IoError(path + ": too many entries in the archive");
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) throw IoError(path + ": the zip directory is damaged");
        if (zipItem(info)) items.push_back({info.name.toStdString(), static_cast<int64_t>(info.uncompressedSize), 0});
    }
    if (zip.getZipError() != UNZ_OK) throw IoError(path + ": the zip directory is damaged");
    return items;
}

// The entries are visited in archive order, as listZip() listed them.
void readZip(const DatasetFiles& files, const DatasetReadAmount& amount, const DatasetFileVisitor& visit)
{
    const std::string& path = files.path;
    QuaZip zip(QString::fromStdString(path));
    openZip(path, zip);
    std::vector<uint8_t> bytes;
    size_t next = 0;
    for (bool more = zip.goToFirstFile(); more && next < files.files.size(); more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) throw IoError(path + ": the zip directory is damaged");
        if (!zipItem(info)) continue;
        const DatasetFile& item = files.files[next++];
        const std::string name = info.name.toStdString();
        if (name != item.name) throw IoError(path + ": the archive changed while it was read");
        const int64_t maxBytes = amount ? amount(item) : kWholeFile;
        if (maxBytes == kSkipFile) continue;
        const int64_t declared = static_cast<int64_t>(info.uncompressedSize);
        bytes.clear();
        std::string problem;
        if (declared > kMaxZipEntryBytes) {
            problem = name + ": the file is too large (" + std::to_string(declared) + " bytes)";
        } else if (static_cast<uint64_t>(declared) > info.compressedSize * 1100 + 4096) {
            // Deflate expands at most ~1032:1: a larger ratio is a bomb or a damaged directory.
            problem = name + ": its sizes in the zip directory are impossible (a zip bomb or a damaged archive)";
        } else if (info.flags & 1) {
            problem = name + ": encrypted";
        } else {
            const int64_t want = maxBytes > 0 ? std::min(declared, maxBytes) : declared;
            QuaZipFile f(&zip);
            bool ok = f.open(QIODevice::ReadOnly);
            bytes.resize(static_cast<size_t>(want));
            int64_t got = 0;
            while (ok && got < want) {
                const qint64 n = f.read(reinterpret_cast<char*>(bytes.data()) + got, want - got);
                if (n <= 0) break;
                got += n;
            }
            if (ok) {
                // A partial read (a header) cannot check the CRC; closing early is not an error.
                f.close();
                ok = got == want && f.getZipError() == UNZ_OK;
            }
            if (!ok) {
                bytes.clear();
                problem = name + ": damaged in the zip archive";
            }
        }
        if (!visit(item, bytes, problem)) return;
    }
    if (zip.getZipError() != UNZ_OK) throw IoError(path + ": the zip directory is damaged");
}

// Cache file: "images" uint8 [N,3,R,R] plus the report in the metadata.
std::string cacheFile(const std::string& cacheDir, const std::string& absPath, int resolution, bool isZip,
                      const QFileInfo& source, const std::vector<DatasetFile>& items)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    auto add = [&](const std::string& s) {
        h.addData(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
        h.addData(QByteArrayView("\n", 1));
    };
    add("pivq-dataset-cache 1");
    add(absPath);
    add(std::to_string(resolution));
    if (isZip) {
        add(std::to_string(source.size()) + "\t" + std::to_string(source.lastModified().toMSecsSinceEpoch()));
    } else {
        for (const DatasetFile& i : items)
            add(i.name + "\t" + std::to_string(i.bytes) + "\t" + std::to_string(i.mtime_ms));
    }
    const std::string name = "dataset-" + h.result().toHex().toStdString() + ".safetensors";
    return QDir(QString::fromStdString(cacheDir)).filePath(QString::fromStdString(name)).toStdString();
}

// The cached images and report, or false when the file is absent, damaged or does not fit.
bool readCache(const std::string& file, int resolution, int64_t maxImages, torch::Tensor& images, DatasetReport& report)
{
    QFile f(QString::fromStdString(file));
    const int64_t per = 3 * int64_t(resolution) * resolution;
    const int64_t maxData = std::max<int64_t>(maxImages, 1) * per;
    if (!f.exists() || f.size() > maxData + (int64_t(1) << 20) || !f.open(QIODevice::ReadOnly)) return false;
    // Read straight into the string the parser takes: the file is the size of the dataset.
    std::string data(static_cast<size_t>(f.size()), '\0');
    if (f.read(data.data(), f.size()) != f.size()) return false;
    try {
        std::map<std::string, std::string> meta;
        SafetensorsLimits limits;
        limits.max_tensors = 1;
        limits.max_header_bytes = int64_t(1) << 20;
        limits.max_total_bytes = maxData;
        auto tensors = readSafetensors(data, &meta, limits, file);
        data = std::string();
        if (tensors.size() != 1 || tensors[0].first != "images") return false;
        const torch::Tensor& t = tensors[0].second;
        if (t.scalar_type() != torch::kUInt8 || t.dim() != 4 || t.size(0) < 1 || t.size(1) != 3 ||
            t.size(2) != resolution || t.size(3) != resolution)
            return false;
        DatasetReport r;
        r.usable = std::stoll(meta.at("usable"));
        r.skipped = std::stoll(meta.at("skipped"));
        if (r.usable != t.size(0) || r.skipped < 0 || meta.at("resolution") != std::to_string(resolution)) return false;
        const json::Value skipped = json::parse(meta.at("first_skipped"));
        for (const auto& s : skipped.asArray()) r.first_skipped.push_back(s.asString());
        if (r.first_skipped.size() > kMaxReportedSkips) return false;
        r.from_cache = true;
        images = t;
        report = std::move(r);
        return true;
    } catch (const std::exception&) {
        return false;  // IoError, json::Error, a bad number or a missing key: decode again
    }
}

void writeCache(const std::string& file, const std::string& cacheDir, const std::string& absPath, int resolution,
                const torch::Tensor& images, const DatasetReport& report)
{
    try {
        if (!QDir().mkpath(QString::fromStdString(cacheDir))) return;
        json::Value skipped = json::Value::array();
        for (const auto& s : report.first_skipped) skipped.push(s);
        const std::map<std::string, std::string> meta = {
            {"source", absPath},
            {"resolution", std::to_string(resolution)},
            {"usable", std::to_string(report.usable)},
            {"skipped", std::to_string(report.skipped)},
            {"first_skipped", skipped.dump()},
        };
        writeFileAtomic(file, writeSafetensors({{"images", images}}, meta));
    } catch (const std::exception&) {
        // A cache that cannot be written only costs time on the next open.
    }
}

std::string skippedSummary(const DatasetReport& r)
{
    std::string s;
    for (const auto& f : r.first_skipped) s += "\n  " + f;
    if (r.skipped > static_cast<int64_t>(r.first_skipped.size()))
        s += "\n  ... and " + std::to_string(r.skipped - static_cast<int64_t>(r.first_skipped.size())) + " more";
    return s;
}

}  // namespace

DatasetFiles listDatasetFiles(const std::string& path)
{
    const QFileInfo fi(QString::fromStdString(path));
    if (!fi.exists()) throw IoError(path + ": no such file or folder");
    const bool isZip = fi.isFile() && fi.suffix().toLower() == QLatin1String("zip");
    if (!fi.isDir() && !isZip) throw IoError(path + ": not a folder or a .zip file");
    DatasetFiles out;
    out.path = path;
    out.zip = isZip;
    out.files = isZip ? listZip(path) : listFolder(path);
    return out;
}

void readDatasetFiles(const DatasetFiles& files, const DatasetReadAmount& amount, const DatasetFileVisitor& visit)
{
    if (files.zip)
        readZip(files, amount, visit);
    else
        readFolder(files, amount, visit);
}

ImageDataset ImageDataset::open(const std::string& path, int resolution,
                                const std::function<void(int64_t, int64_t)>& progress,
                                const std::function<bool()>& cancelled, const std::string& cacheDir)
{
    if (resolution < 1 || resolution > kMaxResolution)
        throw IoError(path + ": resolution " + std::to_string(resolution) + " is outside [1, " +
                      std::to_string(kMaxResolution) + "]");
    const DatasetFiles listing = listDatasetFiles(path);
    const std::vector<DatasetFile>& items = listing.files;
    if (items.empty())
        throw IoError(path + ": no images found (looked for .png, .jpg, .jpeg, .webp, .bmp, .tif and .tiff files)");
    const QFileInfo fi(QString::fromStdString(path));
    const std::string absPath = fi.absoluteFilePath().toStdString();

    std::string cache;
    if (!cacheDir.empty()) {
        cache = cacheFile(cacheDir, absPath, resolution, listing.zip, fi, items);
        ImageDataset ds;
        if (readCache(cache, resolution, static_cast<int64_t>(items.size()), ds.images_, ds.report_)) {
            ds.resolution_ = resolution;
            if (progress) progress(static_cast<int64_t>(items.size()), static_cast<int64_t>(items.size()));
            return ds;
        }
    }

    Collector collector(resolution, static_cast<int64_t>(items.size()));
    Loader l(path, resolution, progress, cancelled, static_cast<int64_t>(items.size()), &collector);
    if (progress) progress(0, l.total);
    l.checkCancelled();
    readDatasetFiles(listing, {},
                     [&](const DatasetFile& file, const std::vector<uint8_t>& bytes, const std::string& problem) {
                         if (problem.empty())
                             l.decode(bytes, file.name);
                         else
                             l.skip(problem);
                         l.step();
                         l.checkCancelled();
                         return true;
                     });

    if (l.report.usable == 0)
        throw IoError(path + ": no usable images (" + std::to_string(l.report.skipped) + " files could not be read)" +
                      skippedSummary(l.report));

    ImageDataset ds;
    ds.images_ = collector.take();
    ds.resolution_ = resolution;
    ds.report_ = std::move(l.report);
    if (!cache.empty()) writeCache(cache, cacheDir, absPath, resolution, ds.images_, ds.report_);
    return ds;
}

ImageDataset ImageDataset::fromImages(const torch::Tensor& uint8Images)
{
    const torch::Tensor& t = uint8Images;
    if (!t.defined() || t.scalar_type() != torch::kUInt8 || t.dim() != 4 || t.size(0) < 1 || t.size(1) != 3 ||
        t.size(2) != t.size(3) || t.size(2) < 1)
        throw std::invalid_argument("ImageDataset::fromImages: expected uint8 [N,3,R,R] with N >= 1");
    ImageDataset ds;
    ds.images_ = t.detach().to(torch::kCPU).contiguous();
    ds.resolution_ = static_cast<int>(t.size(2));
    ds.report_.usable = t.size(0);
    return ds;
}

int64_t ImageDataset::size() const
{
    return images_.defined() ? images_.size(0) : 0;
}

torch::Tensor ImageDataset::batch(const std::vector<int64_t>& indices) const
{
    const int64_t n = size();
    for (int64_t i : indices)
        if (i < 0 || i >= n)
            throw std::out_of_range("ImageDataset::batch: index " + std::to_string(i) + " outside [0, " +
                                    std::to_string(n) + ")");
    const torch::Tensor idx = torch::tensor(indices, torch::kInt64);
    return images_.index_select(0, idx).to(torch::kFloat32).div(127.5).sub(1.0);  // [B,3,R,R]
}

}  // namespace pivq::io
