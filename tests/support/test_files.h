// Test support: small files and images that several suites make. Qt only, header-only.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

namespace pivq::testing {

// Writes `bytes` to `path` (replacing it); false when the file cannot be written.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// An opaque RGB image of uniform noise: deterministic for a seed.
inline QImage noiseImage(int w, int h, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) img.setPixel(x, y, rng.generate() | 0xff000000u);
    return img;
}

}  // namespace pivq::testing
