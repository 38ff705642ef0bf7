// Image files the studio writes (result exports, gallery saves, interpolation strips): always
// through QSaveFile, so a failed or interrupted write leaves the previous file as it was.
#pragma once

#include <QImage>
#include <QString>

namespace pivq::ui {

// Writes `image` to `path` in `format` ("png", ...) atomically: a temporary file beside it,
// renamed over `path` once complete. False with *error set (Qt's reason) on failure, and then
// the file at `path`, if any, is untouched.
bool saveImageAtomically(const QString& path, const QImage& image, const char* format, QString* error);

}  // namespace pivq::ui
