// Training images from a folder (recursive) or a .zip: each file decoded once, centre-cropped
// and resized to the model resolution, and kept in memory as uint8. Unreadable files are
// skipped and reported, never fatal on their own. A decoded dataset can be cached as a
// safetensors file so that reopening an unchanged source costs one file read.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/types.h>

namespace pivq::io {

// One image file of a dataset source: its name (relative to the folder, or inside the zip)
// and what the decoded-dataset cache needs to notice a change.
struct DatasetFile {
    std::string name;
    int64_t bytes = 0;     // file size (zip: uncompressed size as declared)
    int64_t mtime_ms = 0;  // folders only
};

// The image files of a folder (recursive, sorted by name, hidden files ignored) or a .zip (in
// archive order; directories and "__MACOSX/" left out): the same files ImageDataset::open()
// reads, listed without reading them. Throws IoError naming the path for a missing path,
// something that is neither a folder nor a .zip, a damaged zip or more than a million
// files; an empty list is not an error here.
struct DatasetFiles {
    std::string path;
    bool zip = false;
    std::vector<DatasetFile> files;
};
DatasetFiles listDatasetFiles(const std::string& path);

// Reads the listed files in order and calls visit(file, bytes, problem) for each file that
// amount(file) does not skip: amount returns kWholeFile, kSkipFile or a byte count n > 0 (the
// first n bytes, e.g. enough for an image header). `problem` ("name: reason") is non-empty,
// and `bytes` empty, when the file cannot be read (cannot open, over the size limits,
// encrypted or damaged in the zip). visit returns false to stop early. Throws IoError for a
// zip whose directory is damaged or that changed since it was listed.
constexpr int64_t kWholeFile = 0;
constexpr int64_t kSkipFile = -1;
using DatasetReadAmount = std::function<int64_t(const DatasetFile& file)>;
using DatasetFileVisitor =
    std::function<bool(const DatasetFile& file, const std::vector<uint8_t>& bytes, const std::string& problem)>;
void readDatasetFiles(const DatasetFiles& files, const DatasetReadAmount& amount, const DatasetFileVisitor& visit);

struct DatasetReport {
    int64_t usable = 0;                      // images decoded
    int64_t skipped = 0;                     // files with an image extension that could not be used
    std::vector<std::string> first_skipped;  // "file: reason", at most 5
    bool from_cache = false;                 // loaded from the decoded-once cache
};

class ImageDataset {
public:
    // Folder (recursive; hidden files ignored) or .zip of images (png jpg jpeg webp bmp tif
    // tiff, case-insensitive; directories and "__MACOSX/" skipped), each decoded with decodeRgb()
    // and squareResize()d to `resolution`. Other extensions are ignored without counting.
    // progress(done, total) is called as files are processed; cancelled() is polled between
    // files and ends the load with IoError("<path>: cancelled"). Zero usable images is an
    // IoError naming the path and the first skipped files. With a non-empty cacheDir the
    // decoded images are stored there and reused while the source is unchanged; a damaged
    // or stale cache file is ignored and rewritten, never an error.
    static ImageDataset open(const std::string& path, int resolution,
                             const std::function<void(int64_t, int64_t)>& progress = {},
                             const std::function<bool()>& cancelled = {}, const std::string& cacheDir = {});
    // Wraps already decoded images, uint8 [N,3,R,R] with N >= 1 (e.g. procedurally drawn).
    // Throws std::invalid_argument for another dtype or shape.
    static ImageDataset fromImages(const torch::Tensor& uint8Images);

    int64_t size() const;
    int resolution() const { return resolution_; }
    const DatasetReport& report() const { return report_; }

    torch::Tensor images() const { return images_; }  // uint8 [N,3,R,R], CPU
    // Float [B,3,R,R] in [-1,1] (the scaling of image.h toTensor). Throws std::out_of_range
    // for an index outside [0, size()).
    torch::Tensor batch(const std::vector<int64_t>& indices) const;

private:
    ImageDataset() = default;

    torch::Tensor images_;
    int resolution_ = 0;
    DatasetReport report_;
};

}  // namespace pivq::io
