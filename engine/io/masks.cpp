#include "engine/io/masks.h"

#include <QBuffer>
#include <QFile>

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "engine/io/image.h"
#include "engine/io/image_header.h"

namespace pivq::io {

namespace {
constexpr int64_t kMaxMaskFileBytes = int64_t(64) << 20;
constexpr int kMaxMaskSide = 16384;

std::string pixelText(int x, int y)
{
    return "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
}

std::string hexColor(QRgb c)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", qRed(c), qGreen(c), qBlue(c));
    return buf;
}

std::string sizeText(int w, int h)
{
    return std::to_string(w) + "x" + std::to_string(h);
}

// OpenCV's decoders as a fallback for files Qt does not read; keeps indices/values.
QImage decodeWithOpenCv(const QByteArray& data)
{
    const cv::Mat buf(1, static_cast<int>(data.size()), CV_8U, const_cast<char*>(data.data()));
    cv::Mat m;
    try {
        m = cv::imdecode(buf, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        return {};
    }
    if (m.empty()) return {};
    if (m.channels() == 1 && (m.depth() == CV_8U || m.depth() == CV_16U)) {
        const bool wide = m.depth() == CV_16U;
        QImage img(m.cols, m.rows, wide ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
        for (int y = 0; y < m.rows; ++y)
            std::memcpy(img.scanLine(y), m.ptr(y), static_cast<size_t>(m.cols) * (wide ? 2 : 1));
        return img;
    }
    cv::Mat rgb;
    if (m.depth() != CV_8U) return {};
    if (m.channels() == 3)
        cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB);
    else if (m.channels() == 4)
        cv::cvtColor(m, rgb, cv::COLOR_BGRA2RGB);
    else
        return {};
    QImage img(rgb.cols, rgb.rows, QImage::Format_RGB888);
    for (int y = 0; y < rgb.rows; ++y) std::memcpy(img.scanLine(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
    return img;
}
}  // namespace

QImage maskToImage(const torch::Tensor& mask, const std::vector<PaletteEntry>& palette)
{
    auto m = (mask.dim() == 3 && mask.size(0) == 1 ? mask[0] : mask).to(torch::kCPU, torch::kLong).contiguous();
    if (m.dim() != 2) throw IoError("mask: expected [h,w] class indices");
    const int h = static_cast<int>(m.size(0)), w = static_cast<int>(m.size(1));
    const int k = static_cast<int>(palette.size());
    if (k < 1 || k > 256) throw IoError("mask: the palette must have 1 to 256 colours");
    if (m.numel() > 0 && (m.min().item<int64_t>() < 0 || m.max().item<int64_t>() >= k))
        throw IoError("mask: class indices must lie in [0, " + std::to_string(k) + ")");
    QImage img(w, h, QImage::Format_Indexed8);
    QVector<QRgb> table;
    for (const auto& p : palette) table.push_back(qRgb(p.color[0], p.color[1], p.color[2]));
    img.setColorTable(table);
    const int64_t* src = m.data_ptr<int64_t>();
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) line[x] = static_cast<uchar>(src[y * w + x]);
    }
    return img;
}

namespace {
// A mask is the layer's size or the model's (a painting over the preview); anything else is an
// error naming both, checked on the decoded image and, for files, on the header before decoding.
void checkMaskSize(int64_t w, int64_t h, const MaskSpec& spec, const std::string& what)
{
    const bool native = w == spec.side && h == spec.side;
    const bool preview = spec.preview_side > 0 && w == spec.preview_side && h == spec.preview_side;
    if (!native && !preview)
        throw IoError(what + ": the image is " + sizeText(static_cast<int>(w), static_cast<int>(h)) + ", expected " +
                      sizeText(spec.side, spec.side) + " (the layer's resolution)" +
                      (spec.preview_side > 0 && spec.preview_side != spec.side
                           ? " or " + sizeText(spec.preview_side, spec.preview_side) + " (the model's resolution)"
                           : std::string()));
}

std::string maskWhat(const std::string& name, const MaskSpec& spec)
{
    return name + ": mask for layer " + std::to_string(spec.layer);
}
}  // namespace

torch::Tensor maskFromImage(const QImage& image, const MaskSpec& spec, const std::string& name)
{
    const std::string what = maskWhat(name, spec);
    if (image.isNull() || image.width() <= 0 || image.height() <= 0) throw IoError(what + ": the image is empty");
    const int w = image.width(), h = image.height();
    checkMaskSize(w, h, spec, what);
    const bool native = w == spec.side && h == spec.side;

    // Class of every pixel of the image as given.
    auto classes = torch::empty({h, w}, torch::kLong);
    int64_t* dst = classes.data_ptr<int64_t>();
    auto outOfRange = [&](int64_t c, int x, int y) {
        return IoError(what + ": class " + std::to_string(c) + " at pixel " + pixelText(x, y) +
                       " is out of range; the layer has " + std::to_string(spec.classes) + " classes (0-" +
                       std::to_string(spec.classes - 1) + ")");
    };
    const bool indexed = image.colorCount() > 0 && image.depth() <= 8;
    if (indexed) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const int c = image.pixelIndex(x, y);
                if (c >= spec.classes) throw outOfRange(c, x, y);
                dst[y * w + x] = c;
            }
    } else if (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16) {
        const bool wide = image.format() == QImage::Format_Grayscale16;
        for (int y = 0; y < h; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                const int c = wide ? reinterpret_cast<const quint16*>(line)[x] : line[x];
                if (c >= spec.classes) throw outOfRange(c, x, y);
                dst[y * w + x] = c;
            }
        }
    } else {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < h; ++y) {
            const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < w; ++x) {
                const QRgb c = line[x] & 0xffffff;
                int found = -1;
                for (int k = 0; k < static_cast<int>(spec.palette.size()) && k < spec.classes; ++k) {
                    const auto& p = spec.palette[static_cast<size_t>(k)].color;
                    if (c == (qRgb(p[0], p[1], p[2]) & 0xffffff)) {
                        found = k;
                        break;
                    }
                }
                if (found < 0)
                    throw IoError(what + ": pixel " + pixelText(x, y) + " has the colour " + hexColor(c) +
                                  ", which is none of the layer's " + std::to_string(spec.classes) +
                                  " palette colours (paint with the palette only, or save an indexed or grayscale"
                                  " image whose values are class indices)");
                dst[y * w + x] = found;
            }
        }
    }
    if (native) return classes;
    // A preview-sized painting: the centre pixel of each block.
    const int64_t block = spec.preview_side / spec.side;
    auto centres = torch::arange(spec.side, torch::kLong) * block + block / 2;
    return classes.index_select(0, centres).index_select(1, centres).contiguous();
}

void writeMaskPng(const std::string& path, const torch::Tensor& mask, const std::vector<PaletteEntry>& palette)
{
    const QImage img = maskToImage(mask, palette);
    QByteArray bytes;
    {
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        if (!img.save(&buf, "PNG")) throw IoError(path + ": cannot encode the mask as PNG");
    }
    // Guard the format contract: what we write must read back as the same classes.
    MaskSpec spec{0, img.width(), static_cast<int>(palette.size()), 0, palette};
    QImage back;
    back.loadFromData(bytes, "PNG");
    if (img.width() != img.height() || back.isNull() ||
        !torch::equal(maskFromImage(back, spec, path), maskFromImage(img, spec, path)))
        throw IoError(path + ": the mask PNG did not read back identical (a palette with repeated colours?)");
    writeFileAtomic(path, std::string(bytes.constData(), static_cast<size_t>(bytes.size())));
}

torch::Tensor readMaskFile(const std::string& path, const MaskSpec& spec)
{
    QFile f(QString::fromStdString(path));
    if (!f.exists()) throw IoError(path + ": no such file");
    if (!f.open(QIODevice::ReadOnly)) throw IoError(path + ": cannot open (" + f.errorString().toStdString() + ")");
    if (f.size() > kMaxMaskFileBytes) throw IoError(path + ": the file is too large for a mask");
    const QByteArray data = f.readAll();
    if (data.isEmpty()) throw IoError(path + ": the file is empty");
    ImageHeader header;
    const std::string problem =
        checkEncodedImage(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()),
                          kMaxMaskSide, int64_t(kMaxMaskSide) * kMaxMaskSide / 4, &header);
    if (!problem.empty()) throw IoError(path + ": " + problem);
    // The size from the header too: a mask is never larger than the model's resolution.
    checkMaskSize(header.width, header.height, spec, maskWhat(path, spec));
    QImage img;
    if (!img.loadFromData(data)) img = decodeWithOpenCv(data);
    if (img.isNull()) throw IoError(path + ": not an image format that can be read, or the file is damaged");
    if (img.width() > kMaxMaskSide || img.height() > kMaxMaskSide) throw IoError(path + ": the image is too large");
    return maskFromImage(img, spec, path);
}

cv::Mat maskPreview(const torch::Tensor& mask, const std::vector<PaletteEntry>& palette, int side)
{
    auto m = (mask.dim() == 3 && mask.size(0) == 1 ? mask[0] : mask).to(torch::kCPU, torch::kLong).contiguous();
    if (m.dim() != 2) throw IoError("mask: expected [h,w] class indices");
    const int h = static_cast<int>(m.size(0)), w = static_cast<int>(m.size(1));
    cv::Mat small(h, w, CV_8UC3);
    const int64_t* src = m.data_ptr<int64_t>();
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int64_t c = src[y * w + x];
            if (c < 0 || c >= static_cast<int64_t>(palette.size())) throw IoError("mask: class out of the palette");
            const auto& p = palette[static_cast<size_t>(c)].color;
            small.at<cv::Vec3b>(y, x) = cv::Vec3b(p[0], p[1], p[2]);
        }
    cv::Mat out;
    cv::resize(small, out, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
    return out;
}

}  // namespace pivq::io
