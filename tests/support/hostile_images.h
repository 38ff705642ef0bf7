// Test support: image files that must be refused before decoding, each with the words its
// error must contain; shared by the image, mask and dataset suites. Header-only; OpenCV, Qt.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace pivq::testing {

// A w x h image of noise, encoded by OpenCV by extension (".png", ".jpg", ".bmp").
inline QByteArray encodedNoise(const char* ext, int w = 40, int h = 30)
{
    cv::Mat m(h, w, CV_8UC3);
    cv::randu(m, 0, 256);
    std::vector<uint8_t> buf;
    cv::imencode(ext, m, buf);
    return QByteArray(reinterpret_cast<const char*>(buf.data()), static_cast<qsizetype>(buf.size()));
}

inline void putBe32(QByteArray& b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i) b[at + i] = char((v >> (24 - 8 * i)) & 0xFF);
}

// A real PNG whose IHDR claims w x h (a few hundred bytes that would decode to gigabytes).
inline QByteArray pngClaiming(quint32 w, quint32 h)
{
    QByteArray b = encodedNoise(".png");
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
    const QByteArray png = encodedNoise(".png"), jpg = encodedNoise(".jpg");
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
