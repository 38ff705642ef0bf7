#include "engine/io/bundle.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>
#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "engine/io/image.h"
#include "engine/io/safetensors.h"

namespace pivq::io {

namespace {

const char* kFormat = "pivq-bundle";
const char* kManifest = "manifest.json";
const char* kWeights = "weights.safetensors";
const char* kTraining = "training.safetensors";
const char* kPreview = "preview.png";
constexpr int kMaxEntries = 16;

// The only entries a bundle may hold, each with the most bytes it may declare.
struct EntryLimit {
    const char* name;
    int64_t max_bytes;
};
const EntryLimit kEntryLimits[] = {
    {kManifest, int64_t(1) << 20},
    {kWeights, int64_t(2) << 30},
    {kTraining, int64_t(4) << 30},
    {kPreview, int64_t(16) << 20},
};

const EntryLimit* entryLimit(const std::string& name)
{
    for (const auto& e : kEntryLimits)
        if (name == e.name) return &e;
    return nullptr;
}

// Preview images are small; refuse anything larger before decoding it.
constexpr int kPreviewMaxSide = 8192;
constexpr int64_t kPreviewMaxPixels = int64_t(4096) * 4096;

std::string sha256Hex(const std::string& bytes)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string colorText(const std::array<uint8_t, 3>& c)
{
    static const char* hex = "0123456789abcdef";
    std::string s = "#";
    for (uint8_t v : c) {
        s += hex[v >> 4];
        s += hex[v & 15];
    }
    return s;
}

bool parseColor(const std::string& s, std::array<uint8_t, 3>& out)
{
    if (s.size() != 7 || s[0] != '#') return false;
    for (int i = 0; i < 3; ++i) {
        int v = 0;
        for (int k = 0; k < 2; ++k) {
            const char c = s[static_cast<size_t>(1 + 2 * i + k)];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return false;
            v = v * 16 + d;
        }
        out[static_cast<size_t>(i)] = static_cast<uint8_t>(v);
    }
    return true;
}

bool isHalf(const torch::Tensor& t)
{
    return t.scalar_type() == torch::kFloat16 || t.scalar_type() == torch::kBFloat16;
}

// F16/BF16 -> F32; everything else as stored.
void widenHalves(core::NamedTensors& tensors)
{
    for (auto& kv : tensors)
        if (isHalf(kv.second)) kv.second = kv.second.to(torch::kFloat32);
}

// The palettes of every pose layer, filled with defaults; throws a message without the path.
std::map<int, std::vector<PaletteEntry>> completePalettes(const core::ModelConfig& cfg,
                                                          const std::map<int, std::vector<PaletteEntry>>& given)
{
    std::map<int, std::vector<PaletteEntry>> out;
    for (const auto& [layer, entries] : given) {
        if (!cfg.isPoseLayer(layer))
            throw std::invalid_argument("palette for layer " + std::to_string(layer) + ", which is not a pose layer");
        if (static_cast<int>(entries.size()) != cfg.vq_codes)
            throw std::invalid_argument("the palette of pose layer " + std::to_string(layer) + " has " +
                                        std::to_string(entries.size()) + " entries, the config has " +
                                        std::to_string(cfg.vq_codes) + " classes");
        out[layer] = entries;
    }
    for (int layer : cfg.pose_layers)
        if (!out.count(layer)) out[layer] = defaultPalette(cfg.vq_codes);
    return out;
}

// Drops the writer's own prefix so that bundle messages read "<path>: <entry>: ...".
std::string withoutPrefix(const std::string& msg, const std::string& prefix)
{
    return msg.compare(0, prefix.size(), prefix) == 0 ? msg.substr(prefix.size()) : msg;
}

// PNG width and height from the IHDR chunk, without decoding anything.
bool pngSize(const std::string& b, int64_t& w, int64_t& h)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (b.size() < 24 || std::memcmp(b.data(), sig, 8) != 0 || b.compare(12, 4, "IHDR") != 0) return false;
    auto be32 = [&](size_t at) {
        int64_t v = 0;
        for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
        return v;
    };
    w = be32(16);
    h = be32(20);
    return true;
}

}  // namespace

std::vector<PaletteEntry> defaultPalette(int k)
{
    // Hue (degrees), saturation, value -> RGB8.
    auto hsv = [](double h, double s, double v) -> std::array<uint8_t, 3> {
        h = std::fmod(h, 360.0) / 60.0;
        const double c = v * s, x = c * (1.0 - std::fabs(std::fmod(h, 2.0) - 1.0)), m = v - c;
        double r = 0, g = 0, b = 0;
        switch (static_cast<int>(h) % 6) {
            case 0:
                r = c, g = x;
                break;
            case 1:
                r = x, g = c;
                break;
            case 2:
                g = c, b = x;
                break;
            case 3:
                g = x, b = c;
                break;
            case 4:
                r = x, b = c;
                break;
            default:
                r = c, b = x;
                break;
        }
        auto byte = [](double t) { return static_cast<uint8_t>(std::lround(std::clamp(t, 0.0, 1.0) * 255.0)); };
        return {byte(r + m), byte(g + m), byte(b + m)};
    };
    // The first 8 are bright colours 45 degrees apart, taken in an order that keeps any prefix
    // far apart (red, cyan, green, violet, ...); the next 8 are darker, between those hues.
    // Beyond 16 (more than a config allows) hues follow the golden angle.
    static const int order[8] = {0, 4, 2, 6, 1, 5, 3, 7};
    std::vector<PaletteEntry> out;
    for (int i = 0; i < k; ++i) {
        std::array<uint8_t, 3> color;
        if (i < 8)
            color = hsv(5.0 + 45.0 * order[i], 0.85, 0.95);
        else if (i < 16)
            color = hsv(27.5 + 45.0 * order[i - 8], 0.70, 0.62);
        else
            color = hsv(5.0 + 137.50776405 * i, 0.6 + 0.2 * (i % 2), 0.75 + 0.2 * ((i / 2) % 2));
        out.push_back({"class " + std::to_string(i + 1), color});
    }
    return out;
}

core::NamedTensors networkWeights(const core::Generator& g_ema, const core::Encoder& e)
{
    core::NamedTensors out = core::stateOf(*g_ema, "g_ema.");
    core::NamedTensors enc = core::stateOf(*e, "encoder.");
    out.insert(out.end(), std::make_move_iterator(enc.begin()), std::make_move_iterator(enc.end()));
    return out;
}

namespace {

void saveBundleImpl(const std::string& path, const Bundle& bundle, bool fp16)
{
    auto error = [&](const std::string& msg) { return IoError(path + ": " + msg); };
    std::map<int, std::vector<PaletteEntry>> palettes;
    try {
        bundle.config.validate();
        palettes = completePalettes(bundle.config, bundle.palettes);
    } catch (const std::invalid_argument& e) {
        throw error(std::string("cannot save: ") + e.what());
    }
    if (!bundle.training_record.isObject()) throw error("cannot save: the training record must be a JSON object");
    if (!bundle.preview.empty() && bundle.preview.type() != CV_8UC3)
        throw error("cannot save: the preview must be an RGB8 image");

    // Everything goes to a temporary file beside `path`; it replaces `path` only on commit().
    // Destruction order matters on failure: the zip closes first, then the temp file is discarded.
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) throw error("cannot write (" + file.errorString().toStdString() + ")");
    QuaZip zip(&file);
    zip.setAutoClose(false);  // QSaveFile must be committed, never closed
    zip.setZip64Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        throw error("cannot create the archive (zip error " + std::to_string(zip.getZipError()) + ")");

    json::Value files = json::Value::object();
    auto addEntry = [&](const char* name, const std::string& bytes, bool compress) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)), nullptr, 0,
                      compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0))
            throw error(std::string("cannot add ") + name + " (zip error " + std::to_string(out.getZipError()) + ")");
        const qint64 chunk = qint64(64) << 20;
        for (qint64 at = 0; at < static_cast<qint64>(bytes.size()); at += chunk) {
            const qint64 n = std::min(chunk, static_cast<qint64>(bytes.size()) - at);
            if (out.write(bytes.data() + at, n) != n)
                throw error(std::string("writing ") + name + " failed (" + file.errorString().toStdString() + ")");
        }
        out.close();
        if (out.getZipError() != ZIP_OK)
            throw error(std::string("writing ") + name + " failed (zip error " + std::to_string(out.getZipError()) +
                        ")");
        json::Value info = json::Value::object();
        info["bytes"] = static_cast<int64_t>(bytes.size());
        info["sha256"] = sha256Hex(bytes);
        files[name] = info;
    };
    auto serialise = [&](const char* name, const core::NamedTensors& tensors) {
        try {
            return writeSafetensors(tensors);
        } catch (const IoError& e) {
            throw error(std::string(name) + ": " + withoutPrefix(e.what(), "safetensors: "));
        }
    };

    // Entries are written one at a time (peak memory: one serialised file); the manifest,
    // which records their checksums, comes last.
    {
        core::NamedTensors weights = bundle.weights;
        if (fp16) {
            for (auto& kv : weights) {
                const torch::Tensor& t = kv.second;
                if (!t.defined() || !t.is_floating_point() || t.scalar_type() == torch::kFloat16) continue;
                torch::Tensor h = t.detach().to(torch::kFloat16);
                // A finite value beyond the fp16 range would become Inf: keep such a tensor exact.
                if (torch::isfinite(h).all().item<bool>() || !torch::isfinite(t).all().item<bool>()) kv.second = h;
            }
        }
        addEntry(kWeights, serialise(kWeights, weights), false);
    }
    if (!bundle.training.empty()) addEntry(kTraining, serialise(kTraining, bundle.training), false);
    if (!bundle.preview.empty()) {
        cv::Mat bgr;
        cv::cvtColor(bundle.preview, bgr, cv::COLOR_RGB2BGR);
        std::vector<uint8_t> png;
        if (!cv::imencode(".png", bgr, png)) throw error("cannot encode the preview as PNG");
        addEntry(kPreview, std::string(png.begin(), png.end()), false);
    }

    json::Value manifest = json::Value::object();
    manifest["format"] = kFormat;
    manifest["format_version"] = kBundleFormatVersion;
    manifest["config"] = bundle.config.toJson();
    json::Value pal = json::Value::object();
    for (const auto& [layer, entries] : palettes) {
        json::Value list = json::Value::array();
        for (const auto& p : entries) {
            json::Value item = json::Value::object();
            item["name"] = p.name;
            item["color"] = colorText(p.color);
            list.push(item);
        }
        pal[std::to_string(layer)] = list;
    }
    manifest["palettes"] = pal;
    manifest["training"] = bundle.training_record;
    manifest["files"] = files;
    addEntry(kManifest, manifest.dump(2) + "\n", true);

    zip.close();
    if (zip.getZipError() != ZIP_OK)
        throw error("cannot finish the archive (zip error " + std::to_string(zip.getZipError()) + ")");
    if (!file.commit()) throw error("could not finish writing (" + file.errorString().toStdString() + ")");
}

}  // namespace

void saveBundle(const std::string& path, const Bundle& bundle, bool fp16)
{
    try {
        saveBundleImpl(path, bundle, fp16);
    } catch (const IoError&) {
        throw;
    } catch (const std::exception& e) {
        // Anything unforeseen (out of memory, a torch or OpenCV error) still names the file.
        throw IoError(path + ": cannot save the bundle (" + e.what() + ")");
    }
}

namespace {

class BundleReader {
public:
    explicit BundleReader(const std::string& path) : path_(path), zip_(QString::fromStdString(path)) {}

    IoError error(const std::string& msg) const { return IoError(path_ + ": " + msg); }

    // Lists the zip directory and checks every entry's name and size before reading any.
    void open()
    {
        const QFileInfo fi(QString::fromStdString(path_));
        if (!fi.exists()) throw error("no such file");
        if (!fi.isFile()) throw error("not a file");
        fileSize_ = fi.size();
        if (!zip_.open(QuaZip::mdUnzip))
            throw error("not a PIVQ bundle (cannot read it as a zip archive; the file may be damaged or truncated)");
        const int count = zip_.getEntriesCount();
        if (count < 0 || count > kMaxEntries)
            throw error("not a PIVQ bundle (the archive has " + std::to_string(count) + " entries, at most " +
                        std::to_string(kMaxEntries) + " are allowed)");
        int seen = 0;
        for (bool more = zip_.goToFirstFile(); more; more = zip_.goToNextFile()) {
            if (++seen > kMaxEntries) throw error("not a PIVQ bundle (too many entries)");
            QuaZipFileInfo64 info;
            if (!zip_.getCurrentFileInfo(&info)) throw error("the zip directory is damaged");
            const std::string name = info.name.toStdString();
            if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
                name.find("..") != std::string::npos)
                throw error("unexpected entry \"" + name + "\" (names with paths are not allowed in a bundle)");
            const EntryLimit* limit = entryLimit(name);
            if (!limit) throw error("unexpected entry \"" + name + "\"");
            if (sizes_.count(name)) throw error("entry \"" + name + "\" appears twice");
            if (info.flags & 1) throw error(name + " is encrypted");
            if (info.method != 0 && info.method != Z_DEFLATED)
                throw error(name + " uses an unsupported compression method (" + std::to_string(info.method) + ")");
            const uint64_t declared = info.uncompressedSize;
            if (declared > static_cast<uint64_t>(limit->max_bytes))
                throw error(name + " declares " + std::to_string(declared) + " bytes, over the limit of " +
                            std::to_string(limit->max_bytes));
            // Sizes a real archive cannot have (deflate expands at most ~1032:1).
            const uint64_t packed = info.compressedSize;
            if (packed > static_cast<uint64_t>(fileSize_) || (info.method == 0 && packed != declared) ||
                declared > packed * 1100 + 4096)
                throw error(name + " has inconsistent sizes in the zip directory (the file is damaged)");
            sizes_[name] = static_cast<int64_t>(declared);
        }
        if (zip_.getZipError() != UNZ_OK) throw error("the zip directory is damaged");
    }

    bool has(const std::string& name) const { return sizes_.count(name) != 0; }
    int64_t declaredSize(const std::string& name) const { return sizes_.at(name); }
    const std::map<std::string, int64_t>& entries() const { return sizes_; }

    // The entry's bytes: exactly its declared (already bounded) size, CRC checked.
    std::string read(const std::string& name)
    {
        const int64_t declared = sizes_.at(name);
        if (!zip_.setCurrentFile(QString::fromStdString(name), QuaZip::csSensitive))
            throw error("cannot find " + name + " in the archive");
        QuaZipFile f(&zip_);
        if (!f.open(QIODevice::ReadOnly))
            throw error("cannot read " + name + " (zip error " + std::to_string(f.getZipError()) + ")");
        std::string out;
        out.reserve(static_cast<size_t>(declared));
        std::vector<char> buf(size_t(1) << 20);
        while (static_cast<int64_t>(out.size()) < declared) {
            const qint64 want = std::min<qint64>(static_cast<qint64>(buf.size()), declared - qint64(out.size()));
            const qint64 got = f.read(buf.data(), want);
            if (got <= 0) break;
            out.append(buf.data(), static_cast<size_t>(got));
        }
        char extra;
        const bool longer = f.read(&extra, 1) > 0;
        if (static_cast<int64_t>(out.size()) != declared || longer)
            throw error(name + " is truncated or damaged (read " + std::to_string(out.size()) + " of " +
                        std::to_string(declared) + " bytes)");
        f.close();
        if (f.getZipError() != UNZ_OK) throw error(name + " is damaged (its CRC does not match)");
        return out;
    }

private:
    std::string path_;
    QuaZip zip_;
    int64_t fileSize_ = 0;
    std::map<std::string, int64_t> sizes_;
};

struct FileRecord {
    int64_t bytes = 0;
    std::string sha256;
};

void checkKeys(const json::Value& obj, const std::set<std::string>& allowed, const std::string& what,
               const BundleReader& r)
{
    for (const auto& kv : obj.asObject())
        if (!allowed.count(kv.first)) throw r.error("manifest.json: unknown key \"" + kv.first + "\" in " + what);
}

std::map<int, std::vector<PaletteEntry>> readPalettes(const json::Value* v, const core::ModelConfig& cfg,
                                                      const BundleReader& r)
{
    std::map<int, std::vector<PaletteEntry>> given;
    if (v && !v->isNull()) {
        if (!v->isObject()) throw r.error("manifest.json: palettes must be an object");
        for (const auto& [key, list] : v->asObject()) {
            int layer = -1;
            if (key.empty() || key.size() > 4 ||
                !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
                throw r.error("manifest.json: palette key \"" + key + "\" is not a layer index");
            layer = std::stoi(key);
            const std::string what = "manifest.json: palette of layer " + key;
            if (!list.isArray()) throw r.error(what + " must be an array");
            std::vector<PaletteEntry> entries;
            for (const auto& item : list.asArray()) {
                if (!item.isObject()) throw r.error(what + ": each entry must be {\"name\", \"color\"}");
                checkKeys(item, {"name", "color"}, "a palette entry", r);
                const json::Value* name = item.find("name");
                const json::Value* color = item.find("color");
                if (!name || !name->isString()) throw r.error(what + ": an entry has no name");
                PaletteEntry p;
                p.name = name->asString();
                if (!color || !color->isString() || !parseColor(color->asString(), p.color))
                    throw r.error(what + ": colour of \"" + p.name + "\" is not #rrggbb");
                entries.push_back(std::move(p));
                if (entries.size() > 1024) throw r.error(what + " is too long");
            }
            given[layer] = std::move(entries);
        }
    }
    try {
        return completePalettes(cfg, given);
    } catch (const std::invalid_argument& e) {
        throw r.error(std::string("manifest.json: ") + e.what());
    }
}

// The manifest of an opened bundle: format, config, palettes, training record, and the file
// table checked against the zip directory (names and sizes; checksums are checked on read).
std::map<std::string, FileRecord> readManifest(BundleReader& r, Bundle& b)
{
    if (!r.has(kManifest)) throw r.error("not a PIVQ bundle (manifest.json is missing)");

    json::Value m;
    try {
        m = json::parse(r.read(kManifest));
    } catch (const json::Error& e) {
        throw r.error(std::string("manifest.json is not valid JSON (") + e.what() + ")");
    }
    if (!m.isObject()) throw r.error("manifest.json is not a JSON object");
    const json::Value* format = m.find("format");
    if (!format || !format->isString() || format->asString() != kFormat)
        throw r.error("not a PIVQ bundle (manifest.json has no \"format\": \"pivq-bundle\")");
    const json::Value* version = m.find("format_version");
    if (!version || !version->isNumber() || std::floor(version->asNumber()) != version->asNumber())
        throw r.error("manifest.json: format_version must be an integer");
    const double fv = version->asNumber();
    if (fv > kBundleFormatVersion)
        throw r.error("made by a newer version of PIVQ Studio (format " + version->dump() + ", this build reads " +
                      std::to_string(kBundleFormatVersion) + ")");
    if (fv < 1) throw r.error("manifest.json: unsupported format_version " + version->dump());
    checkKeys(m, {"format", "format_version", "config", "palettes", "training", "files"}, "the manifest", r);

    const json::Value* config = m.find("config");
    if (!config) throw r.error("manifest.json: config is missing");
    try {
        b.config = core::ModelConfig::fromJson(*config);
    } catch (const std::exception& e) {
        throw r.error(std::string("manifest.json: invalid config: ") + e.what());
    }
    b.palettes = readPalettes(m.find("palettes"), b.config, r);
    if (const json::Value* training = m.find("training")) {
        if (!training->isObject()) throw r.error("manifest.json: training must be an object");
        b.training_record = *training;
    }

    // The file table: every other entry is listed with its size and checksum, and vice versa.
    const json::Value* files = m.find("files");
    if (!files || !files->isObject()) throw r.error("manifest.json: files must be an object");
    std::map<std::string, FileRecord> records;
    for (const auto& [name, rec] : files->asObject()) {
        if (name == kManifest || !entryLimit(name))
            throw r.error("manifest.json: files lists unexpected entry \"" + name + "\"");
        if (!rec.isObject()) throw r.error("manifest.json: files[\"" + name + "\"] must be an object");
        checkKeys(rec, {"bytes", "sha256"}, "files[\"" + name + "\"]", r);
        const json::Value* bytes = rec.find("bytes");
        const json::Value* sha = rec.find("sha256");
        FileRecord fr;
        if (!bytes || !bytes->isNumber() || bytes->asNumber() < 0 || std::floor(bytes->asNumber()) != bytes->asNumber())
            throw r.error("manifest.json: files[\"" + name + "\"].bytes must be a non-negative integer");
        fr.bytes = static_cast<int64_t>(bytes->asNumber());
        if (!sha || !sha->isString() || sha->asString().size() != 64)
            throw r.error("manifest.json: files[\"" + name + "\"].sha256 must be 64 hex digits");
        fr.sha256 = sha->asString();
        records[name] = fr;
    }
    for (const auto& kv : r.entries())
        if (kv.first != kManifest && !records.count(kv.first))
            throw r.error(kv.first + " is not listed in manifest.json");
    for (const auto& [name, fr] : records) {
        if (!r.has(name)) throw r.error(name + " is listed in manifest.json but missing from the archive");
        if (fr.bytes != r.declaredSize(name))
            throw r.error(name + " has " + std::to_string(r.declaredSize(name)) + " bytes, manifest.json says " +
                          std::to_string(fr.bytes));
    }
    if (!r.has(kWeights)) throw r.error("weights.safetensors is missing");
    return records;
}

Bundle loadBundleImpl(const std::string& path, bool withTraining)
{
    BundleReader r(path);
    r.open();
    Bundle b;
    const std::map<std::string, FileRecord> records = readManifest(r, b);

    auto readVerified = [&](const char* name) {
        std::string bytes = r.read(name);
        if (sha256Hex(bytes) != records.at(name).sha256)
            throw r.error(std::string(name) +
                          " does not match its checksum in manifest.json (the file was modified or damaged)");
        return bytes;
    };

    b.weights = readSafetensors(readVerified(kWeights), nullptr, {}, path + ": " + kWeights);
    widenHalves(b.weights);
    for (const auto& kv : b.weights)
        if (kv.first.compare(0, 6, "g_ema.") != 0 && kv.first.compare(0, 8, "encoder.") != 0)
            throw r.error(std::string(kWeights) + ": unexpected tensor \"" + kv.first + "\"");
    try {
        torch::NoGradGuard noGrad;
        core::Generator g(b.config);
        core::Encoder e(b.config);
        core::loadState(*g, b.weights, "g_ema.");
        core::loadState(*e, b.weights, "encoder.");
    } catch (const std::invalid_argument& e) {
        throw r.error(std::string(kWeights) + " does not fit the model config: " + e.what());
    }

    if (withTraining && r.has(kTraining)) {
        b.training = readSafetensors(readVerified(kTraining), nullptr, {}, path + ": " + kTraining);
        widenHalves(b.training);
    }

    if (r.has(kPreview)) {
        const std::string png = readVerified(kPreview);
        int64_t w = 0, h = 0;
        if (!pngSize(png, w, h)) throw r.error("preview.png is not a PNG image");
        if (w > kPreviewMaxSide || h > kPreviewMaxSide || w * h > kPreviewMaxPixels)
            throw r.error("preview.png is too large (" + std::to_string(w) + "x" + std::to_string(h) + ")");
        ImageLimits limits;
        limits.max_side = kPreviewMaxSide;
        limits.max_pixels = kPreviewMaxPixels;
        b.preview = decodeRgb(std::vector<uint8_t>(png.begin(), png.end()), path + ": " + kPreview, limits);
    }
    return b;
}

}  // namespace

Bundle readBundleManifest(const std::string& path, bool* hasTraining)
{
    try {
        BundleReader r(path);
        r.open();
        Bundle b;
        readManifest(r, b);
        if (hasTraining) *hasTraining = r.has(kTraining);
        return b;
    } catch (const IoError&) {
        throw;
    } catch (const std::exception& e) {
        throw IoError(path + ": cannot read the bundle (" + e.what() + ")");
    }
}

Bundle loadBundle(const std::string& path, bool withTraining)
{
    try {
        return loadBundleImpl(path, withTraining);
    } catch (const IoError&) {
        throw;
    } catch (const std::exception& e) {
        // Anything unforeseen (out of memory, a torch error) still names the file.
        throw IoError(path + ": cannot load the bundle (" + e.what() + ")");
    }
}

}  // namespace pivq::io
