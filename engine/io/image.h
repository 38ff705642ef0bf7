// Image files at the edge of the engine: PNG, JPEG, WebP, BMP, TIFF, PNM, converted to 8-bit RGB,
// bounded before it can exhaust memory, and the one place where pixels become tensors.
#pragma once

#include <stdexcept>
#include <string>

#include <opencv2/core.hpp>
#include <torch/types.h>

#include "engine/io/image_header.h"

namespace pivq::io {

// Every error of engine/io: the message names the file and what is wrong with it.
class IoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImageLimits {
    int max_side = kMaxImageSide;                 // longest side in pixels
    int64_t max_pixels = kMaxImagePixels;         // width * height
    int64_t max_file_bytes = kMaxImageFileBytes;  // encoded size
};

// Reads an image as 8-bit RGB (CV_8UC3, R first). Gray, 16-bit and alpha (composited on
// white) are converted. Throws IoError for anything unreadable or over the limits.
cv::Mat loadRgb(const std::string& path, const ImageLimits& limits = {});
// Decodes an in-memory encoded image the same way (`name` is used in messages).
cv::Mat decodeRgb(const std::vector<uint8_t>& bytes, const std::string& name, const ImageLimits& limits = {});
// Centre-crops to a square and resizes (area filter when shrinking) to side x side.
cv::Mat squareResize(const cv::Mat& rgb, int side);
// RGB8 [H,W,3] -> float [1,3,H,W] in [-1,1], and back (clamped).
torch::Tensor toTensor(const cv::Mat& rgb);
cv::Mat fromTensor(const torch::Tensor& image);  // [3,H,W] or [1,3,H,W]
// Writes RGB8 as PNG/JPEG/... by extension, atomically (temp file + rename).
void saveRgb(const std::string& path, const cv::Mat& rgb);
// Writes bytes to `path` atomically: a temp file beside it, fsync, rename.
void writeFileAtomic(const std::string& path, const std::string& bytes);

}  // namespace pivq::io
