#include "engine/io/qt_image.h"

#include <cstring>

#include "engine/io/image.h"

namespace pivq::io {

cv::Mat rgbFromQImage(const QImage& image, const std::string& name)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0) throw IoError(name + ": the image is empty");
    ImageLimits limits;
    if (image.width() > limits.max_side || image.height() > limits.max_side ||
        int64_t(image.width()) * image.height() > limits.max_pixels)
        throw IoError(name + ": the image is too large (" + std::to_string(image.width()) + "x" +
                      std::to_string(image.height()) + ")");
    const int w = image.width(), h = image.height();
    cv::Mat out(h, w, CV_8UC3);
    if (image.hasAlphaChannel()) {
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);  // not premultiplied
        for (int y = 0; y < h; ++y) {
            const QRgb* src = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
            auto* dst = out.ptr<uchar>(y);
            for (int x = 0; x < w; ++x) {
                const int a = qAlpha(src[x]);
                auto over = [a](int c) { return static_cast<uchar>((c * a + 255 * (255 - a) + 127) / 255); };
                dst[3 * x] = over(qRed(src[x]));
                dst[3 * x + 1] = over(qGreen(src[x]));
                dst[3 * x + 2] = over(qBlue(src[x]));
            }
        }
        return out;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) std::memcpy(out.ptr(y), rgb.constScanLine(y), static_cast<size_t>(w) * 3);
    return out;
}

QImage qimageFromRgb(const cv::Mat& rgb)
{
    CV_Assert(rgb.type() == CV_8UC3);
    QImage img(rgb.cols, rgb.rows, QImage::Format_RGB888);
    for (int y = 0; y < rgb.rows; ++y) std::memcpy(img.scanLine(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
    return img;
}

QImage grayFromMap(const cv::Mat& map01, double gain)
{
    CV_Assert(map01.type() == CV_32F);
    QImage img(map01.cols, map01.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < map01.rows; ++y) {
        const float* src = map01.ptr<float>(y);
        uchar* dst = img.scanLine(y);
        for (int x = 0; x < map01.cols; ++x) {
            const double v = std::min(255.0, std::max(0.0, src[x] * gain * 255.0 + 0.5));
            dst[x] = static_cast<uchar>(v);
        }
    }
    return img;
}

}  // namespace pivq::io
