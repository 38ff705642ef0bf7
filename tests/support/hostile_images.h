// Test support: image files that must be refused before decoding, each with the words its
// error must contain; shared by the image, mask and dataset suites. Header-only; OpenCV, Qt.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace pivq::testing {

// A w x h image of noise, encoded by Qt in `format` ("PNG", "JPEG", "BMP").
inline QByteArray encodedNoise(const char* format, int w = 40, int h = 30)
{
    QImage img(w, h, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) img.setPixel(x, y, rng.generate() | 0xFF000000u);
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format);
    return out;
}

inline void putBe32(QByteArray& b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i) b[at + i] = char((v >> (24 - 8 * i)) & 0xFF);
}

// A real PNG whose IHDR claims w x h (a few hundred bytes that would decode to gigabytes).
inline QByteArray pngClaiming(quint32 w, quint32 h)
{
    QByteArray b = encodedNoise("PNG");
    putBe32(b, 16, w);
    putBe32(b, 20, h);
    return b;
}

struct HostileImage {
    const char* row;     // test row name
    QByteArray bytes;    // the file's content (named *.png or *.jpg by the suites)
    const char* reason;  // words the error must contain
};

inline std::vector<HostileImage> hostileImages()
{
    const QByteArray png = encodedNoise("PNG"), jpg = encodedNoise("JPEG");
    QByteArray jbomb = jpg;  // the first frame header says 60000 x 60000
    const int sof = jbomb.indexOf("\xFF\xC0");
    jbomb[sof + 5] = char(0xEA), jbomb[sof + 6] = char(0x60);
    jbomb[sof + 7] = char(0xEA), jbomb[sof + 8] = char(0x60);
    return {
        {"empty", QByteArray(), "empty"},
        {"PNG cut in half", png.left(png.size() / 2), "truncated"},
        {"JPEG cut in half", jpg.left(jpg.size() / 2), "truncated"},
        {"PNG bomb 100000x100000", pngClaiming(100000, 100000), "too large"},
        {"JPEG bomb 60000x60000", jbomb, "too large"},
        {"zip named .png", QByteArray("PK\x03\x04\x14\0\0\0\0\0", 10), "not an image"},
        {"text named .png", QByteArray("hello, I am not a picture"), "not an image"},
    };
}

}  // namespace pivq::testing
