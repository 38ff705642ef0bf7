// The engine's check of an encoded image, in Qt types for the UI: the format, the size from
// the header and visible truncation, before any decoder is given the bytes.
#pragma once

#include <QByteArray>
#include <QString>

#include "engine/io/image_header.h"

namespace pivq::service {

// The engine's own limits of an input image (io::kMaxImageSide, ...; no torch in that header).
constexpr qint64 kMaxInputFileBytes = io::kMaxImageFileBytes;

// Empty when `bytes` may be decoded; otherwise why not (English, as engine messages are).
QString imageBytesProblem(const QByteArray& bytes);

}  // namespace pivq::service
