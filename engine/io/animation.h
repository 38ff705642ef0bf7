// Interpolation strips and animations: a sequence of equal-sized RGB8 frames written as
// the file's extension asks.
//   .gif               looping animated GIF through giflib, one global 256-colour palette
//                      (median cut over all frames, so colours do not flicker between frames)
//   .mp4 .m4v .mov     MPEG-4 (fourcc mp4v) through OpenCV's VideoWriter
//   .avi               Motion-JPEG through OpenCV's VideoWriter
//   anything else      a still image of the frames side by side (PNG, JPEG, ... via saveRgb)
// Every file is written atomically (temporary file beside it, then renamed).
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace pivq::io {

// Throws IoError naming `path` (unknown extension, codec unavailable, write failure).
void writeFrames(const std::string& path, const std::vector<cv::Mat>& frames, double fps = 10.0);

// The frames side by side, left to right.
cv::Mat frameStrip(const std::vector<cv::Mat>& frames);
// The bytes of a GIF89a animation; delay per frame 100/fps hundredths of a second.
std::string encodeGif(const std::vector<cv::Mat>& frames, double fps = 10.0, bool loop = true);
// Writes a video through OpenCV's VideoWriter with the given fourcc (e.g. "mp4v").
void writeVideo(const std::string& path, const std::vector<cv::Mat>& frames, double fps, const std::string& fourcc);

}  // namespace pivq::io
