#include "engine/io/animation.h"

#include <QFileInfo>

#include <gif_lib.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "engine/io/image.h"

namespace pivq::io {

namespace {

void checkFrames(const std::vector<cv::Mat>& frames, const std::string& what)
{
    if (frames.empty()) throw IoError(what + ": no frames");
    for (const auto& f : frames) {
        if (f.type() != CV_8UC3) throw IoError(what + ": frames must be RGB8");
        if (f.size() != frames.front().size()) throw IoError(what + ": frames differ in size");
    }
}

std::string lowerSuffix(const std::string& path)
{
    return QFileInfo(QString::fromStdString(path)).suffix().toLower().toStdString();
}

// ---- median-cut colour quantisation over a 5-bit-per-channel histogram.
constexpr int kBits = 5;
constexpr int kLevels = 1 << kBits;
constexpr int kBins = kLevels * kLevels * kLevels;

int binOf(const uchar* p)
{
    return ((p[0] >> 3) << (2 * kBits)) | ((p[1] >> 3) << kBits) | (p[2] >> 3);
}
int component(int bin, int axis)
{
    return (bin >> (kBits * (2 - axis))) & (kLevels - 1);
}

struct Palette {
    std::vector<std::array<uint8_t, 3>> colors;
    std::vector<uint8_t> index_of_bin;  // kBins entries
};

Palette medianCut(const std::vector<cv::Mat>& frames, int max_colors)
{
    std::vector<int64_t> count(kBins, 0);
    std::vector<double> sum(3 * kBins, 0.0);
    for (const auto& f : frames)
        for (int y = 0; y < f.rows; ++y) {
            const uchar* p = f.ptr<uchar>(y);
            for (int x = 0; x < f.cols; ++x, p += 3) {
                const int b = binOf(p);
                ++count[b];
                for (int c = 0; c < 3; ++c) sum[3 * b + c] += p[c];
            }
        }
    std::vector<int> ids;
    for (int b = 0; b < kBins; ++b)
        if (count[b] > 0) ids.push_back(b);

    struct Box {
        size_t begin, end;
        int64_t pixels;
    };
    auto pixelsIn = [&](size_t b, size_t e) {
        int64_t n = 0;
        for (size_t i = b; i < e; ++i) n += count[static_cast<size_t>(ids[i])];
        return n;
    };
    std::vector<Box> boxes{{0, ids.size(), pixelsIn(0, ids.size())}};
    while (static_cast<int>(boxes.size()) < max_colors) {
        // Split the box with the most pixels times its longest side.
        int best = -1, best_axis = 0;
        double best_score = 0;
        for (size_t k = 0; k < boxes.size(); ++k) {
            const Box& bx = boxes[k];
            if (bx.end - bx.begin < 2) continue;
            for (int axis = 0; axis < 3; ++axis) {
                int lo = kLevels, hi = -1;
                for (size_t i = bx.begin; i < bx.end; ++i) {
                    const int v = component(ids[i], axis);
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
                const double score = static_cast<double>(bx.pixels) * (hi - lo);
                if (hi > lo && score > best_score) {
                    best_score = score;
                    best = static_cast<int>(k);
                    best_axis = axis;
                }
            }
        }
        if (best < 0) break;
        Box bx = boxes[static_cast<size_t>(best)];
        std::sort(ids.begin() + static_cast<long>(bx.begin), ids.begin() + static_cast<long>(bx.end),
                  [&](int a, int b) { return component(a, best_axis) < component(b, best_axis); });
        int64_t acc = 0;
        size_t cut = bx.begin + 1;
        for (size_t i = bx.begin; i < bx.end - 1; ++i) {
            acc += count[static_cast<size_t>(ids[i])];
            cut = i + 1;
            if (acc * 2 >= bx.pixels) break;
        }
        boxes[static_cast<size_t>(best)] = {bx.begin, cut, pixelsIn(bx.begin, cut)};
        boxes.push_back({cut, bx.end, pixelsIn(cut, bx.end)});
    }

    // Each box's mean colour, then a few Lloyd (k-means) steps over the used bins.
    Palette pal;
    for (const Box& bx : boxes) {
        double s[3] = {0, 0, 0};
        for (size_t i = bx.begin; i < bx.end; ++i)
            for (int c = 0; c < 3; ++c) s[c] += sum[3 * static_cast<size_t>(ids[i]) + c];
        std::array<uint8_t, 3> col{};
        for (int c = 0; c < 3; ++c)
            col[static_cast<size_t>(c)] =
                static_cast<uint8_t>(std::lround(bx.pixels > 0 ? s[c] / static_cast<double>(bx.pixels) : 0.0));
        pal.colors.push_back(col);
    }
    // Every used bin maps to the nearest palette colour (by the bin's mean colour).
    pal.index_of_bin.assign(kBins, 0);
    const size_t k_count = pal.colors.size();
    auto assign = [&] {
        for (int b : ids) {
            double m[3];
            for (int c = 0; c < 3; ++c) m[c] = sum[3 * static_cast<size_t>(b) + c] / static_cast<double>(count[b]);
            double best = 1e30;
            for (size_t k = 0; k < k_count; ++k) {
                double d = 0;
                for (int c = 0; c < 3; ++c) {
                    const double diff = m[c] - pal.colors[k][static_cast<size_t>(c)];
                    d += diff * diff;
                }
                if (d < best) {
                    best = d;
                    pal.index_of_bin[static_cast<size_t>(b)] = static_cast<uint8_t>(k);
                }
            }
        }
    };
    assign();
    for (int iter = 0; iter < 3; ++iter) {
        std::vector<double> acc(3 * k_count, 0.0);
        std::vector<int64_t> n(k_count, 0);
        for (int b : ids) {
            const size_t k = pal.index_of_bin[static_cast<size_t>(b)];
            n[k] += count[static_cast<size_t>(b)];
            for (int c = 0; c < 3; ++c) acc[3 * k + c] += sum[3 * static_cast<size_t>(b) + c];
        }
        for (size_t k = 0; k < k_count; ++k)
            if (n[k] > 0)
                for (int c = 0; c < 3; ++c)
                    pal.colors[k][static_cast<size_t>(c)] =
                        static_cast<uint8_t>(std::lround(acc[3 * k + c] / static_cast<double>(n[k])));
        assign();
    }
    return pal;
}

int appendBytes(GifFileType* gif, const GifByteType* data, int len)
{
    static_cast<std::string*>(gif->UserData)->append(reinterpret_cast<const char*>(data), static_cast<size_t>(len));
    return len;
}

}  // namespace

cv::Mat frameStrip(const std::vector<cv::Mat>& frames)
{
    checkFrames(frames, "strip");
    cv::Mat out;
    cv::hconcat(frames, out);
    return out;
}

std::string encodeGif(const std::vector<cv::Mat>& frames, double fps, bool loop)
{
    checkFrames(frames, "GIF");
    if (!(fps > 0) || !std::isfinite(fps)) throw IoError("GIF: the frame rate must be positive");
    const int w = frames.front().cols, h = frames.front().rows;
    if (w > 65535 || h > 65535) throw IoError("GIF: frames larger than 65535 pixels");
    const Palette pal = medianCut(frames, 256);

    std::string out;
    int err = 0;
    GifFileType* gif = EGifOpen(&out, appendBytes, &err);
    if (!gif) throw IoError(std::string("GIF: cannot start the encoder (") + GifErrorString(err) + ")");
    auto fail = [&](const char* step) {
        const int code = gif->Error;
        int close_err = 0;
        EGifCloseFile(gif, &close_err);
        return IoError(std::string("GIF: ") + step + " failed (" + GifErrorString(code) + ")");
    };
    EGifSetGifVersion(gif, true);  // GIF89a: needed for delays and looping

    // giflib wants a power-of-two colour count.
    int table = 2;
    while (table < static_cast<int>(pal.colors.size())) table *= 2;
    std::vector<GifColorType> colors(static_cast<size_t>(table), GifColorType{0, 0, 0});
    for (size_t k = 0; k < pal.colors.size(); ++k) colors[k] = {pal.colors[k][0], pal.colors[k][1], pal.colors[k][2]};
    ColorMapObject* cmap = GifMakeMapObject(table, colors.data());
    if (!cmap) throw fail("colour map");
    const int ok = EGifPutScreenDesc(gif, w, h, GifBitSize(table), 0, cmap);
    GifFreeMapObject(cmap);  // the encoder keeps its own copy
    if (ok == GIF_ERROR) throw fail("screen descriptor");
    if (loop) {
        // The NETSCAPE2.0 application extension: loop forever.
        const GifByteType loop_data[3] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 3, loop_data) == GIF_ERROR || EGifPutExtensionTrailer(gif) == GIF_ERROR)
            throw fail("loop extension");
    }
    const int delay = std::max(1, static_cast<int>(std::lround(100.0 / fps)));
    std::vector<GifPixelType> line(static_cast<size_t>(w));
    for (const auto& f : frames) {
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.UserInputFlag = false;
        gcb.DelayTime = delay;
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType ext[4];
        const size_t n = EGifGCBToExtension(&gcb, ext);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(n), ext) == GIF_ERROR)
            throw fail("frame delay");
        if (EGifPutImageDesc(gif, 0, 0, w, h, false, nullptr) == GIF_ERROR) throw fail("image descriptor");
        for (int y = 0; y < h; ++y) {
            const uchar* p = f.ptr<uchar>(y);
            for (int x = 0; x < w; ++x, p += 3)
                line[static_cast<size_t>(x)] = pal.index_of_bin[static_cast<size_t>(binOf(p))];
            if (EGifPutLine(gif, line.data(), w) == GIF_ERROR) throw fail("image data");
        }
    }
    if (EGifCloseFile(gif, &err) == GIF_ERROR)
        throw IoError(std::string("GIF: finishing the file failed (") + GifErrorString(err) + ")");
    return out;
}

void writeVideo(const std::string& path, const std::vector<cv::Mat>& frames, double fps, const std::string& fourcc)
{
    checkFrames(frames, path);
    if (!(fps > 0) || !std::isfinite(fps)) throw IoError(path + ": the frame rate must be positive");
    if (fourcc.size() != 4) throw IoError(path + ": a fourcc has four characters");
    // VideoWriter picks the container from the extension, so the temporary keeps it.
    const QFileInfo info(QString::fromStdString(path));
    const std::string tmp = (info.absolutePath() + "/." + info.completeBaseName() + ".tmp" + QString::number(getpid()) +
                             "." + info.suffix())
                                .toStdString();
    const cv::Size size(frames.front().cols, frames.front().rows);
    cv::VideoWriter writer;
    try {
        // FFmpeg first (the usual backend, and quiet); any other backend if it is missing.
        const int code = cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]);
        writer.open(tmp, cv::CAP_FFMPEG, code, fps, size, true);
        if (!writer.isOpened() && QFileInfo(info.absolutePath()).isDir()) writer.open(tmp, code, fps, size, true);
    } catch (const cv::Exception& e) {
        std::remove(tmp.c_str());
        throw IoError(path + ": cannot open a video writer (" + e.msg + ")");
    }
    if (!writer.isOpened()) {
        std::remove(tmp.c_str());
        throw IoError(path + ": cannot write ." + info.suffix().toStdString() +
                      " video: OpenCV's VideoWriter has no '" + fourcc +
                      "' encoder here, or the folder is not writable (write a .gif instead)");
    }
    cv::Mat bgr;
    for (const auto& f : frames) {
        cv::cvtColor(f, bgr, cv::COLOR_RGB2BGR);
        writer.write(bgr);
    }
    writer.release();
    if (QFileInfo(QString::fromStdString(tmp)).size() <= 0) {
        std::remove(tmp.c_str());
        throw IoError(path + ": the video writer produced no data");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        throw IoError(path + ": cannot move the finished video into place");
    }
}

void writeFrames(const std::string& path, const std::vector<cv::Mat>& frames, double fps)
{
    const std::string ext = lowerSuffix(path);
    if (ext == "gif") {
        try {
            writeFileAtomic(path, encodeGif(frames, fps));
        } catch (const IoError& e) {
            const std::string msg = e.what();
            throw IoError(msg.rfind(path, 0) == 0 ? msg : path + ": " + msg);
        }
    } else if (ext == "mp4" || ext == "m4v" || ext == "mov") {
        writeVideo(path, frames, fps, "mp4v");
    } else if (ext == "avi") {
        writeVideo(path, frames, fps, "MJPG");
    } else {
        saveRgb(path, frameStrip(frames));
    }
}

}  // namespace pivq::io
