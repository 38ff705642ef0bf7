// QImage at the edge: the studio and the service exchange images as QImage, the engine
// as RGB8 cv::Mat (engine/io/image.h). Both conversions copy the pixels.
#pragma once

#include <string>

#include <QImage>
#include <opencv2/core.hpp>

namespace pivq::io {

// Any QImage -> RGB8 (CV_8UC3). Alpha is composited on white, as loadRgb() does for files.
// Throws IoError (naming `name`) for a null or empty image.
cv::Mat rgbFromQImage(const QImage& image, const std::string& name = "image");
// RGB8 (CV_8UC3) -> QImage::Format_RGB888.
QImage qimageFromRgb(const cv::Mat& rgb);
// A [H,W] float map with values in [0,1] -> Format_Grayscale8, value * gain clamped to 255.
QImage grayFromMap(const cv::Mat& map01, double gain = 1.0);

}  // namespace pivq::io
