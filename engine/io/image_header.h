// Image headers read without decoding: the format and the dimensions of an encoded image,
// so that every decoder in the project (OpenCV's, Qt's) is only ever handed an image whose
// size has been checked first. A decompression bomb (a few KB that claim 100000 x 100000
// pixels) is refused before a byte of pixel memory is allocated. No torch, no Qt: the UI and
// the fuzzers use it too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pivq::io {

// The limits of an input image (photos, artwork, dataset files): the defaults of ImageLimits
// (engine/io/image.h) and what the studio's input slots accept.
inline constexpr int kMaxImageSide = 16384;
inline constexpr int64_t kMaxImagePixels = 100'000'000;
inline constexpr int64_t kMaxImageFileBytes = int64_t(512) << 20;

enum class ImageFormat { Unknown, Png, Jpeg, Bmp, Gif, WebP, Tiff, Pnm };

struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    int64_t width = 0;
    int64_t height = 0;
    int channels = 0;        // from the header where it says (JPEG components, PNG colour type); 0 if unknown
    int bit_depth = 0;       // bits per channel where the header says; 0 if unknown
    bool truncated = false;  // the file visibly stops early (PNG without IEND, JPEG without EOI after SOS)
};

// The name of a format ("PNG", "JPEG", ...; "unknown").
const char* imageFormatName(ImageFormat f);

// Reads the header of `n` bytes at `data`. Returns format Unknown when the signature is none
// of the formats above. For a known signature whose header is cut short or inconsistent,
// `error` (when given) says why and the returned width/height are 0.
ImageHeader readImageHeader(const uint8_t* data, size_t n, std::string* error = nullptr);

}  // namespace pivq::io

namespace pivq::io {

// Checks encoded bytes before any decoder sees them: a known format, a header that is whole
// and self-consistent, a file that is not visibly cut off, and at most max_side pixels on a
// side and max_pixels in all. Returns the empty string when they pass, else the reason as a
// sentence fragment ("the image is 100000x100000 pixels, more than ..."). Fills *header.
std::string checkEncodedImage(const uint8_t* data, size_t n, int64_t max_side, int64_t max_pixels,
                              ImageHeader* header = nullptr);

}  // namespace pivq::io
