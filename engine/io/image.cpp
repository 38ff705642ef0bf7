#include "engine/io/image.h"

#include "engine/io/image_header.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

namespace pivq::io {

namespace {
cv::Mat toRgb8(const cv::Mat& in, const std::string& name)
{
    cv::Mat m = in;
    if (m.depth() == CV_16U) {
        m.convertTo(m, CV_8U, 1.0 / 257.0);
    } else if (m.depth() == CV_32F) {
        m.convertTo(m, CV_8U, 255.0);
    } else if (m.depth() != CV_8U) {
        throw IoError(name + ": unsupported pixel depth");
    }
    cv::Mat rgb;
    switch (m.channels()) {
    case 1: cv::cvtColor(m, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB); break;
    case 4: {
        // Composite on white: transparent areas of artwork are usually meant as paper. In 8-bit
        // integers, row by row: float planes of a 100-megapixel image would take gigabytes.
        rgb.create(m.rows, m.cols, CV_8UC3);
        for (int y = 0; y < m.rows; ++y) {
            const uint8_t* src = m.ptr<uint8_t>(y);
            uint8_t* dst = rgb.ptr<uint8_t>(y);
            for (int x = 0; x < m.cols; ++x, src += 4, dst += 3) {
                const unsigned a = src[3], paper = 255u * (255u - a);
                for (int c = 0; c < 3; ++c)  // BGRA in, RGB out
                    dst[c] = static_cast<uint8_t>((src[2 - c] * a + paper + 127u) / 255u);
            }
        }
        break;
    }
    default: throw IoError(name + ": unsupported channel count " + std::to_string(m.channels()));
    }
    return rgb;
}
}  // namespace

cv::Mat decodeRgb(const std::vector<uint8_t>& bytes, const std::string& name, const ImageLimits& limits)
{
    if (bytes.empty()) throw IoError(name + ": the file is empty");
    if (static_cast<int64_t>(bytes.size()) > limits.max_file_bytes) throw IoError(name + ": the file is too large");
    // The size comes from the header, before any decoder allocates pixels (decompression bombs).
    ImageHeader header;
    const std::string problem =
        checkEncodedImage(bytes.data(), bytes.size(), limits.max_side, limits.max_pixels, &header);
    if (!problem.empty()) throw IoError(name + ": " + problem);
    if (header.format == ImageFormat::Gif)
        throw IoError(name + ": GIF images cannot be read here; convert it to PNG");
    const cv::Mat buf(1, static_cast<int>(bytes.size()), CV_8U, const_cast<uint8_t*>(bytes.data()));
    cv::Mat raw;
    try {
        raw = cv::imdecode(buf, cv::IMREAD_UNCHANGED);
        // Without alpha, decode again so that EXIF orientation is applied.
        if (!raw.empty() && raw.channels() != 4) raw = cv::imdecode(buf, cv::IMREAD_ANYDEPTH | cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw IoError(name + ": cannot decode the image (" + e.msg + ")");
    }
    if (raw.empty()) throw IoError(name + ": not an image format that can be read, or the file is damaged");
    if (raw.cols > limits.max_side || raw.rows > limits.max_side ||
        static_cast<int64_t>(raw.cols) * raw.rows > limits.max_pixels)
        throw IoError(name + ": the image is too large (" + std::to_string(raw.cols) + "x" + std::to_string(raw.rows) +
                      ")");
    return toRgb8(raw, name);
}

cv::Mat loadRgb(const std::string& path, const ImageLimits& limits)
{
    QFile f(QString::fromStdString(path));
    if (!f.exists()) throw IoError(path + ": no such file");
    if (!f.open(QIODevice::ReadOnly)) throw IoError(path + ": cannot open (" + f.errorString().toStdString() + ")");
    if (f.size() > limits.max_file_bytes) throw IoError(path + ": the file is too large");
    const QByteArray data = f.readAll();
    return decodeRgb(std::vector<uint8_t>(data.begin(), data.end()), path, limits);
}

cv::Mat squareResize(const cv::Mat& rgb, int side)
{
    const int s = std::min(rgb.cols, rgb.rows);
    const cv::Rect crop((rgb.cols - s) / 2, (rgb.rows - s) / 2, s, s);
    cv::Mat out;
    cv::resize(rgb(crop), out, cv::Size(side, side), 0, 0, s > side ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

torch::Tensor toTensor(const cv::Mat& rgb)
{
    CV_Assert(rgb.type() == CV_8UC3);
    cv::Mat c = rgb.isContinuous() ? rgb : rgb.clone();
    auto t = torch::from_blob(c.data, {c.rows, c.cols, 3}, torch::kUInt8).clone();  // outlives the Mat
    return t.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).div(127.5).sub(1.0);  // [1,3,H,W]
}

cv::Mat fromTensor(const torch::Tensor& image)
{
    auto t = image.detach().to(torch::kCPU, torch::kFloat32);
    if (t.dim() == 4) t = t[0];
    TORCH_CHECK(t.dim() == 3 && t.size(0) == 3, "fromTensor: expected [3,H,W]");
    auto u8 = t.add(1.0).mul(127.5).round().clamp(0, 255).to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    cv::Mat m(static_cast<int>(u8.size(0)), static_cast<int>(u8.size(1)), CV_8UC3);
    std::memcpy(m.data, u8.data_ptr(), static_cast<size_t>(u8.numel()));
    return m;
}

void writeFileAtomic(const std::string& path, const std::string& bytes)
{
    QSaveFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly)) throw IoError(path + ": cannot write (" + f.errorString().toStdString() + ")");
    if (f.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        f.cancelWriting();
        throw IoError(path + ": write failed (" + f.errorString().toStdString() + ")");
    }
    if (!f.commit()) throw IoError(path + ": could not finish writing (" + f.errorString().toStdString() + ")");
}

void saveRgb(const std::string& path, const cv::Mat& rgb)
{
    std::string ext = QFileInfo(QString::fromStdString(path)).suffix().toLower().toStdString();
    if (ext.empty()) ext = "png";
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uint8_t> buf;
    try {
        if (!cv::imencode("." + ext, bgr, buf)) throw IoError(path + ": cannot encode as ." + ext);
    } catch (const cv::Exception& e) {
        throw IoError(path + ": cannot encode as ." + ext + " (" + e.msg + ")");
    }
    writeFileAtomic(path, std::string(buf.begin(), buf.end()));
}

}  // namespace pivq::io
