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
