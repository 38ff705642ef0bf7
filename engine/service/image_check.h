// The engine's check of an encoded image, in Qt types for the UI: the format, the size from
// the header and visible truncation, before any decoder is given the bytes.
#pragma once

#include <QByteArray>
#include <QString>

namespace pivq::service {

// The most pixels on a side and in all of an input image (the engine's own limits).
constexpr int kMaxInputSide = 16384;
constexpr qint64 kMaxInputPixels = 100'000'000;
constexpr qint64 kMaxInputFileBytes = qint64(512) << 20;

// Empty when `bytes` may be decoded; otherwise why not (English, as engine messages are).
QString imageBytesProblem(const QByteArray& bytes);

}  // namespace pivq::service
