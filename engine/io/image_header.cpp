#include "engine/io/image_header.h"

#include <cstring>

namespace pivq::io {

namespace {

// Every read goes through these: they check the bounds themselves.
struct Bytes {
    const uint8_t* p;
    size_t n;

    bool has(size_t at, size_t len) const { return at <= n && len <= n - at; }
    uint32_t be16(size_t at) const { return (uint32_t(p[at]) << 8) | p[at + 1]; }
    uint32_t le16(size_t at) const { return (uint32_t(p[at + 1]) << 8) | p[at]; }
    uint32_t be32(size_t at) const { return (be16(at) << 16) | be16(at + 2); }
    uint32_t le32(size_t at) const { return (le16(at + 2) << 16) | le16(at); }
    bool starts(const char* sig, size_t len, size_t at = 0) const
    {
        return has(at, len) && std::memcmp(p + at, sig, len) == 0;
    }
};

ImageHeader fail(ImageHeader h, std::string* error, const std::string& why)
{
    if (error) *error = why;
    h.width = h.height = 0;
    return h;
}

ImageHeader png(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Png;
    if (!b.has(8, 25)) return fail(h, error, "the PNG header is cut short");
    if (b.be32(8) != 13 || !b.starts("IHDR", 4, 12)) return fail(h, error, "the PNG file has no IHDR chunk first");
    h.width = b.be32(16);
    h.height = b.be32(20);
    h.bit_depth = b.p[24];
    switch (b.p[25]) {
        case 0:
            h.channels = 1;
            break;
        case 2:
            h.channels = 3;
            break;
        case 3:
            h.channels = 1;
            break;
        case 4:
            h.channels = 2;
            break;
        case 6:
            h.channels = 4;
            break;
        default:
            return fail(h, error, "the PNG colour type " + std::to_string(b.p[25]) + " is invalid");
    }
    // The IEND chunk type closes every complete PNG (trailing bytes after it are tolerated).
    bool end = false;
    for (size_t at = b.n >= 4 ? b.n - 4 : 0; at >= 33 && !end; --at) end = std::memcmp(b.p + at, "IEND", 4) == 0;
    h.truncated = !end;
    return h;
}

ImageHeader jpeg(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Jpeg;
    size_t pos = 2;
    size_t sos = 0;
    bool frame = false;
    while (!sos) {
        if (!b.has(pos, 2)) return fail(h, error, "the JPEG file ends before its image data");
        if (b.p[pos] != 0xFF) return fail(h, error, "the JPEG header is damaged (no marker where one must be)");
        while (b.has(pos + 1, 1) && b.p[pos + 1] == 0xFF) ++pos;  // fill bytes
        if (!b.has(pos, 2)) return fail(h, error, "the JPEG file ends before its image data");
        const uint8_t marker = b.p[pos + 1];
        pos += 2;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
        if (marker == 0xD9) return fail(h, error, "the JPEG file ends before its image data");
        if (!b.has(pos, 2)) return fail(h, error, "the JPEG header is cut short");
        const size_t len = b.be16(pos);
        if (len < 2 || !b.has(pos, len)) return fail(h, error, "the JPEG header is cut short");
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof && !frame) {
            if (len < 8) return fail(h, error, "the JPEG frame header is cut short");
            h.bit_depth = b.p[pos + 2];
            h.height = b.be16(pos + 3);
            h.width = b.be16(pos + 5);
            h.channels = b.p[pos + 7];
            frame = true;
            if (h.height == 0) return fail(h, error, "the JPEG file gives its height only after the image data (DNL)");
        }
        if (marker == 0xDA) sos = pos;
        pos += len;
    }
    if (!frame) return fail(h, error, "the JPEG file has no frame header before its image data");
    // The image data must be followed by an EOI marker; libjpeg would fill a cut-off file with grey.
    bool eoi = false;
    for (size_t at = b.n - 2; at > sos && !eoi; --at) eoi = b.p[at] == 0xFF && b.p[at + 1] == 0xD9;
    h.truncated = !eoi;
    return h;
}

ImageHeader bmp(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Bmp;
    if (!b.has(14, 4)) return fail(h, error, "the BMP header is cut short");
    const uint32_t dib = b.le32(14);
    if (dib == 12) {
        if (!b.has(18, 8)) return fail(h, error, "the BMP header is cut short");
        h.width = b.le16(18);
        h.height = b.le16(20);
        h.bit_depth = static_cast<int>(b.le16(24));
    } else if (dib >= 16 && dib <= 1024) {
        if (!b.has(18, 12)) return fail(h, error, "the BMP header is cut short");
        const int32_t w = static_cast<int32_t>(b.le32(18));
        const int32_t hh = static_cast<int32_t>(b.le32(22));
        if (w <= 0 || hh == INT32_MIN) return fail(h, error, "the BMP header gives an invalid size");
        h.width = w;
        h.height = hh < 0 ? -int64_t(hh) : hh;  // negative: stored top-down
        h.bit_depth = static_cast<int>(b.le16(28));
    } else {
        return fail(h, error, "the BMP header has an unknown layout (size " + std::to_string(dib) + ")");
    }
    return h;
}

ImageHeader gif(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Gif;
    if (!b.has(6, 4)) return fail(h, error, "the GIF header is cut short");
    h.width = b.le16(6);
    h.height = b.le16(8);
    h.channels = 3;
    h.bit_depth = 8;
    return h;
}

ImageHeader webp(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::WebP;
    if (!b.has(12, 4)) return fail(h, error, "the WebP header is cut short");
    if (b.starts("VP8 ", 4, 12)) {
        if (!b.has(20, 10) || b.p[23] != 0x9D || b.p[24] != 0x01 || b.p[25] != 0x2A)
            return fail(h, error, "the WebP (lossy) header is cut short or damaged");
        h.width = b.le16(26) & 0x3FFF;
        h.height = b.le16(28) & 0x3FFF;
    } else if (b.starts("VP8L", 4, 12)) {
        if (!b.has(20, 5) || b.p[20] != 0x2F)
            return fail(h, error, "the WebP (lossless) header is cut short or damaged");
        const uint32_t bits = b.le32(21);
        h.width = int64_t(bits & 0x3FFF) + 1;
        h.height = int64_t((bits >> 14) & 0x3FFF) + 1;
    } else if (b.starts("VP8X", 4, 12)) {
        if (!b.has(24, 6)) return fail(h, error, "the WebP (extended) header is cut short");
        h.width = int64_t(b.p[24] | (uint32_t(b.p[25]) << 8) | (uint32_t(b.p[26]) << 16)) + 1;
        h.height = int64_t(b.p[27] | (uint32_t(b.p[28]) << 8) | (uint32_t(b.p[29]) << 16)) + 1;
    } else {
        return fail(h, error, "the WebP file has an unknown first chunk");
    }
    return h;
}

ImageHeader tiff(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Tiff;
    const bool le = b.p[0] == 'I';
    auto u16 = [&](size_t at) { return le ? b.le16(at) : b.be16(at); };
    auto u32 = [&](size_t at) { return le ? b.le32(at) : b.be32(at); };
    if (!b.has(0, 8)) return fail(h, error, "the TIFF header is cut short");
    if (u16(2) == 43) return fail(h, error, "BigTIFF files are not supported");
    const size_t ifd = u32(4);
    if (!b.has(ifd, 2)) return fail(h, error, "the TIFF directory lies outside the file");
    const size_t count = u16(ifd);
    if (!b.has(ifd + 2, count * 12)) return fail(h, error, "the TIFF directory is cut short");
    for (size_t i = 0; i < count; ++i) {
        const size_t e = ifd + 2 + 12 * i;
        const uint32_t tag = u16(e), type = u16(e + 2), n = u32(e + 4);
        if (n != 1 && tag != 258) continue;
        const uint32_t v = type == 3 ? u16(e + 8) : type == 4 ? u32(e + 8) : 0;
        if (tag == 256) h.width = v;
        if (tag == 257) h.height = v;
        if (tag == 277 && type == 3) h.channels = static_cast<int>(v);
        if (tag == 258 && type == 3 && n <= 2) h.bit_depth = static_cast<int>(v);  // stored inline
    }
    if (h.width == 0 || h.height == 0) return fail(h, error, "the TIFF directory gives no image size");
    return h;
}

ImageHeader pnm(const Bytes& b, std::string* error)
{
    ImageHeader h;
    h.format = ImageFormat::Pnm;
    size_t pos = 2;
    int64_t values[2] = {0, 0};
    for (int64_t& v : values) {
        for (;;) {  // whitespace and comments
            if (!b.has(pos, 1)) return fail(h, error, "the PNM header is cut short");
            const uint8_t c = b.p[pos];
            if (c == '#') {
                while (b.has(pos, 1) && b.p[pos] != '\n') ++pos;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++pos;
            } else {
                break;
            }
        }
        int digits = 0;
        while (b.has(pos, 1) && b.p[pos] >= '0' && b.p[pos] <= '9') {
            if (++digits > 9) return fail(h, error, "the PNM header gives an invalid size");
            v = v * 10 + (b.p[pos++] - '0');
        }
        if (!digits) return fail(h, error, "the PNM header gives an invalid size");
    }
    h.width = values[0];
    h.height = values[1];
    h.channels = (b.p[1] == '3' || b.p[1] == '6') ? 3 : 1;
    return h;
}

}  // namespace

const char* imageFormatName(ImageFormat f)
{
    switch (f) {
        case ImageFormat::Png:
            return "PNG";
        case ImageFormat::Jpeg:
            return "JPEG";
        case ImageFormat::Bmp:
            return "BMP";
        case ImageFormat::Gif:
            return "GIF";
        case ImageFormat::WebP:
            return "WebP";
        case ImageFormat::Tiff:
            return "TIFF";
        case ImageFormat::Pnm:
            return "PNM";
        case ImageFormat::Unknown:
            break;
    }
    return "unknown";
}

ImageHeader readImageHeader(const uint8_t* data, size_t n, std::string* error)
{
    const Bytes b{data, data ? n : 0};
    ImageHeader h;
    if (b.starts("\x89PNG\r\n\x1a\n", 8))
        h = png(b, error);
    else if (b.starts("\xFF\xD8\xFF", 3))
        h = jpeg(b, error);
    else if (b.starts("BM", 2))
        h = bmp(b, error);
    else if (b.starts("GIF87a", 6) || b.starts("GIF89a", 6))
        h = gif(b, error);
    else if (b.starts("RIFF", 4) && b.starts("WEBP", 4, 8))
        h = webp(b, error);
    else if (b.starts("II*\0", 4) || b.starts("MM\0*", 4) || b.starts("II+\0", 4) || b.starts("MM\0+", 4))
        h = tiff(b, error);
    else if (b.has(0, 3) && b.p[0] == 'P' && b.p[1] >= '1' && b.p[1] <= '6' &&
             (b.p[2] == ' ' || b.p[2] == '\t' || b.p[2] == '\n' || b.p[2] == '\r' || b.p[2] == '#'))
        h = pnm(b, error);
    else
        return h;
    if (h.width == 0 || h.height == 0) {
        if (error && error->empty())
            *error = std::string("the ") + imageFormatName(h.format) + " header gives a zero size";
        h.width = h.height = 0;
    }
    return h;
}

}  // namespace pivq::io

namespace pivq::io {

std::string checkEncodedImage(const uint8_t* data, size_t n, int64_t max_side, int64_t max_pixels, ImageHeader* header)
{
    if (n == 0) return "the file is empty";
    std::string error;
    const ImageHeader h = readImageHeader(data, n, &error);
    if (header) *header = h;
    if (h.format == ImageFormat::Unknown)
        return "not an image format that can be read (PNG, JPEG, WebP, BMP, TIFF, PNM or GIF), or the file is damaged";
    const std::string format = imageFormatName(h.format);
    if (!error.empty()) return error + " (the " + format + " file is damaged)";
    if (h.width > max_side || h.height > max_side || h.width * h.height > max_pixels)
        return "the image is too large (" + std::to_string(h.width) + "x" + std::to_string(h.height) +
               " pixels; at most " + std::to_string(max_side) + " on a side and " + std::to_string(max_pixels) +
               " in all)";
    if (h.truncated) return "the " + format + " file is truncated (it ends before its last chunk)";
    return {};
}

}  // namespace pivq::io
