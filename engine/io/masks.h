// Object masks as images and files. In the engine a mask is [h,w] int64 class indices in
// [0,K) (core::EditSession); at the edge it is an image.
//
// File format (written by `pivq masks`, read by `pivq edit` and by the studio): an 8-bit
// indexed PNG at the layer's resolution whose pixel indices are the classes and whose
// colour table is the layer's palette (K entries). It opens in any paint program in the
// model's colours, and painting with the palette keeps it exact. Reading accepts:
//   - indexed (palette) images: the pixel's index is its class;
//   - grayscale images: the pixel's value is its class (0, 1, 2, ...);
//   - colour images: every pixel must be exactly one of the palette's colours;
// at the layer's resolution, or at the model's resolution (a mask painted over the
// nearest-neighbour preview; each block's centre pixel is taken). Any other size, a class
// out of range or a colour outside the palette is an IoError naming the file and pixel.
#pragma once

#include <string>
#include <vector>

#include <torch/types.h>
#include <QImage>
#include <opencv2/core.hpp>

#include "engine/io/bundle.h"

namespace pivq::io {

// What a mask must look like to fit one pose layer of a model.
struct MaskSpec {
    int layer = 0;                      // pose layer (for messages)
    int side = 0;                       // h = w of the mask
    int classes = 0;                    // K
    int preview_side = 0;               // also accepted: this size (the model resolution), 0 for none
    std::vector<PaletteEntry> palette;  // K colours (colour images are matched against them)
};

// [h,w] integer mask -> Format_Indexed8 QImage with the palette as colour table.
QImage maskToImage(const torch::Tensor& mask, const std::vector<PaletteEntry>& palette);
// An image as described above -> [h,w] int64 on the CPU. `name` names it in messages.
torch::Tensor maskFromImage(const QImage& image, const MaskSpec& spec, const std::string& name);

// Writes the indexed PNG atomically and checks that it reads back identical.
void writeMaskPng(const std::string& path, const torch::Tensor& mask, const std::vector<PaletteEntry>& palette);
// Reads a mask file (PNG, BMP, TIFF, ...: what Qt or OpenCV decode). Throws IoError.
torch::Tensor readMaskFile(const std::string& path, const MaskSpec& spec);

// The mask in palette colours, nearest-neighbour upscaled to side x side: RGB8 (CV_8UC3).
cv::Mat maskPreview(const torch::Tensor& mask, const std::vector<PaletteEntry>& palette, int side);

}  // namespace pivq::io
