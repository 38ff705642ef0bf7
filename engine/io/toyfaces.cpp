#include "engine/io/toyfaces.h"

#include <QDir>

#include <ATen/Parallel.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <opencv2/imgproc.hpp>

#include "engine/io/image.h"

namespace pivq::io::toyfaces {

namespace {

using Rgb = std::array<uint8_t, 3>;
constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------------------
// Sampling: splitmix64, portable integer arithmetic only.

uint64_t mix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Streams of one seed: training images, and the two sources of held-out pairs.
constexpr uint64_t kTrainStream = 0;
constexpr uint64_t kPairIdentityStream = 0x7061697269640001ull;  // "pairid"
constexpr uint64_t kPairPoseStream = 0x70616972706f0002ull;      // "pairpo"
// Pose and identity use separate generators, so that changing how one is drawn leaves the other.
constexpr uint64_t kPoseSalt = 0x706f7365ull;
constexpr uint64_t kIdentitySalt = 0x6964656e74ull;

class Rng {
public:
    explicit Rng(uint64_t state) : state_(state) {}
    uint64_t next()
    {
        state_ += 0x9E3779B97F4A7C15ull;
        uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }
    int jitter(int amount) { return below(2 * amount + 1) - amount; }

private:
    uint64_t state_;
};

uint64_t sampleKey(uint64_t seed, uint64_t stream, int64_t index)
{
    return mix64(mix64(seed ^ stream) + static_cast<uint64_t>(index));
}

// Continuous factors are kept on a 1e-6 grid: written with 9 significant digits and parsed
// back they give the same double, so a JSON round trip renders the same pixels.
double quantise(double v)
{
    return std::round(v * 1e6) / 1e6;
}

double clamp255(double v)
{
    return std::min(255.0, std::max(0.0, v));
}

Rgb rgb(double r, double g, double b)
{
    return {static_cast<uint8_t>(std::lround(clamp255(r))), static_cast<uint8_t>(std::lround(clamp255(g))),
            static_cast<uint8_t>(std::lround(clamp255(b)))};
}

Rgb jittered(Rng& rng, const Rgb& c, int amount)
{
    return rgb(c[0] + rng.jitter(amount), c[1] + rng.jitter(amount), c[2] + rng.jitter(amount));
}

Rgb mixRgb(const Rgb& a, const Rgb& b, double t)
{
    return rgb(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t);
}

Rgb scaled(const Rgb& c, double k)
{
    return rgb(c[0] * k, c[1] * k, c[2] * k);
}

// h, s, v in [0, 1] (h wraps).
Rgb hsv(double h, double s, double v)
{
    h = h - std::floor(h);
    s = std::min(1.0, std::max(0.0, s));
    v = std::min(1.0, std::max(0.0, v));
    const double h6 = h * 6.0;
    const int sector = std::min(5, static_cast<int>(h6));
    const double f = h6 - sector;
    const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    double r = v, g = t, b = p;
    switch (sector) {
        case 0:
            r = v, g = t, b = p;
            break;
        case 1:
            r = q, g = v, b = p;
            break;
        case 2:
            r = p, g = v, b = t;
            break;
        case 3:
            r = p, g = q, b = v;
            break;
        case 4:
            r = t, g = p, b = v;
            break;
        default:
            r = v, g = p, b = q;
            break;
    }
    return rgb(r * 255, g * 255, b * 255);
}

double distance(const Rgb& a, const Rgb& b)
{
    const double dr = a[0] - b[0], dg = a[1] - b[1], db = a[2] - b[2];
    return std::sqrt(dr * dr + dg * dg + db * db);
}

double luma(const Rgb& c)
{
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}

Rgb sampleSkin(Rng& rng)
{
    if (rng.uniform() < 0.12) return hsv(rng.uniform(), rng.uniform(0.25, 0.5), rng.uniform(0.7, 0.95));  // fantasy
    static const Rgb tones[] = {{255, 226, 205}, {241, 194, 160}, {224, 170, 130},
                                {196, 135, 95},  {150, 95, 65},   {105, 66, 47}};
    const double t = rng.uniform() * 5.0;
    const int i = std::min(4, static_cast<int>(t));
    return jittered(rng, mixRgb(tones[i], tones[i + 1], t - i), 10);
}

Rgb sampleHair(Rng& rng, const Rgb& skin)
{
    static const Rgb natural[] = {{28, 22, 22},   {70, 45, 30},    {115, 75, 42},   {150, 68, 38},
                                  {205, 110, 50}, {228, 196, 118}, {238, 228, 205}, {160, 160, 166}};
    for (int attempt = 0; attempt < 64; ++attempt) {
        const Rgb c = rng.uniform() < 0.2 ? hsv(rng.uniform(), rng.uniform(0.55, 0.9), rng.uniform(0.45, 0.95))
                                          : jittered(rng, natural[rng.below(8)], 12);
        if (distance(c, skin) >= 90) return c;
    }
    return luma(skin) > 110 ? Rgb{28, 22, 22} : Rgb{238, 228, 205};
}

Rgb sampleIris(Rng& rng)
{
    static const Rgb colours[] = {{55, 115, 200}, {110, 170, 225}, {65, 140, 80},  {140, 110, 50}, {105, 62, 32},
                                  {62, 38, 24},   {130, 140, 152}, {135, 80, 175}, {205, 140, 40}};
    return jittered(rng, colours[rng.below(9)], 15);
}

Rgb sampleLips(Rng& rng, const Rgb& skin)
{
    static const Rgb colours[] = {{200, 40, 60}, {140, 30, 50}, {232, 100, 112}, {160, 50, 120}, {240, 120, 90}};
    for (int attempt = 0; attempt < 64; ++attempt) {
        const Rgb c = rng.uniform() < 0.6 ? jittered(rng, mixRgb(skin, {185, 55, 72}, rng.uniform(0.55, 0.85)), 8)
                                          : jittered(rng, colours[rng.below(5)], 12);
        if (distance(c, skin) >= 60) return c;
    }
    return luma(skin) > 110 ? Rgb{140, 30, 50} : Rgb{232, 100, 112};
}

// Background and pattern colour together: both must stand out from the skin (and the
// background from the hair), and the pattern from the background.
void sampleBackground(Rng& rng, Identity& id)
{
    for (int attempt = 0; attempt < 256; ++attempt) {
        const double h = rng.uniform(), s = rng.uniform(0.15, 0.75), v = rng.uniform(0.25, 0.95);
        const Rgb bg = hsv(h, s, v);
        double dv = rng.uniform(0.18, 0.35);
        if (rng.uniform() < 0.5) dv = -dv;
        if (v + dv > 1.0 || v + dv < 0.08) dv = -dv;
        const Rgb pat = hsv(h + rng.uniform(-0.08, 0.08), s + rng.uniform(-0.15, 0.15), v + dv);
        if (distance(bg, id.skin) >= 120 && distance(bg, id.hair) >= 60 && distance(pat, id.skin) >= 100 &&
            distance(pat, bg) >= 45) {
            id.background = bg;
            id.pattern_color = pat;
            return;
        }
    }
    // Practically unreachable; a grey far from the skin in lightness.
    const bool dark = luma(id.skin) > 128;
    id.background = dark ? Rgb{40, 44, 52} : Rgb{225, 228, 235};
    id.pattern_color = dark ? Rgb{90, 96, 110} : Rgb{170, 176, 190};
}

Pose samplePose(Rng& rng)
{
    Pose p;
    p.x = quantise(rng.uniform(-kMaxOffset, kMaxOffset));
    p.y = quantise(rng.uniform(-kMaxOffset, kMaxOffset));
    p.scale = quantise(rng.uniform(kMinScale, kMaxScale));
    p.roll = quantise(rng.uniform(-kMaxRoll, kMaxRoll));
    const double u = rng.uniform();
    p.eye_open = quantise(1.0 - u * u);  // mostly open: identity needs the iris
    p.mouth_open = quantise(rng.uniform());
    p.mouth_width = quantise(rng.uniform(kMinMouthWidth, kMaxMouthWidth));
    p.gaze_x = quantise(rng.uniform(-1.0, 1.0));
    p.gaze_y = quantise(rng.uniform(-1.0, 1.0));
    return p;
}

Identity sampleIdentity(Rng& rng)
{
    Identity id;
    id.skin = sampleSkin(rng);
    id.hair = sampleHair(rng, id.skin);
    id.iris = sampleIris(rng);
    id.lips = sampleLips(rng, id.skin);
    sampleBackground(rng, id);
    id.pattern = rng.below(kPatternCount);
    id.pattern_period = quantise(rng.uniform(kMinPeriod, kMaxPeriod));
    id.pattern_phase = quantise(rng.uniform(0.0, 0.999999));
    id.hair_style = rng.below(kHairStyleCount);
    id.freckles = rng.uniform() < 0.5 ? 0.0 : quantise(rng.uniform(0.15, 1.0));
    return id;
}

Factors sampleStream(uint64_t seed, uint64_t stream, int64_t index)
{
    const uint64_t key = sampleKey(seed, stream, index);
    Rng poseRng(mix64(key ^ kPoseSalt));
    Rng identityRng(mix64(key ^ kIdentitySalt));
    Factors f;
    f.pose = samplePose(poseRng);
    f.identity = sampleIdentity(identityRng);
    return f;
}

// ---------------------------------------------------------------------------------------
// Validation: the limits render() accepts (wider than the sampling ranges).

void checkRange(double v, double lo, double hi, const char* field)
{
    if (!(v >= lo && v <= hi)) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "toyfaces: %s = %g is outside [%g, %g]", field, v, lo, hi);
        throw IoError(buf);
    }
}

void validate(const Factors& f)
{
    const Pose& p = f.pose;
    checkRange(p.x, -0.5, 0.5, "pose.x");
    checkRange(p.y, -0.5, 0.5, "pose.y");
    checkRange(p.scale, 0.25, 2.0, "pose.scale");
    checkRange(p.roll, -180.0, 180.0, "pose.roll");
    checkRange(p.eye_open, 0.0, 1.0, "pose.eye_open");
    checkRange(p.mouth_open, 0.0, 1.0, "pose.mouth_open");
    checkRange(p.mouth_width, 0.2, 2.0, "pose.mouth_width");
    checkRange(p.gaze_x, -1.0, 1.0, "pose.gaze_x");
    checkRange(p.gaze_y, -1.0, 1.0, "pose.gaze_y");
    const Identity& id = f.identity;
    checkRange(id.pattern, 0, kPatternCount - 1, "identity.pattern");
    checkRange(id.pattern_period, 0.02, 1.0, "identity.pattern_period");
    checkRange(id.pattern_phase, 0.0, 1.0, "identity.pattern_phase");
    checkRange(id.hair_style, 0, kHairStyleCount - 1, "identity.hair_style");
    checkRange(id.freckles, 0.0, 1.0, "identity.freckles");
}

void checkResolution(int resolution)
{
    if (resolution < kMinResolution || resolution > kMaxResolution)
        throw IoError("toyfaces: resolution " + std::to_string(resolution) + " is outside [" +
                      std::to_string(kMinResolution) + ", " + std::to_string(kMaxResolution) + "]");
}

// ---------------------------------------------------------------------------------------
// Drawing. Shapes are polygons in face coordinates (u right, v down; the head ellipse is
// about 0.82 x 1.0 units), mapped to the canvas by the pose's offset, scale and roll.

constexpr int kSupersample = 4;
constexpr int kShift = 4;                // OpenCV fixed-point bits for sub-pixel coordinates
constexpr double kNominalRadius = 0.30;  // head half-height at scale 1, fraction of the side

using Poly = std::vector<cv::Point2d>;

struct Frame {
    double cx = 0, cy = 0, unit = 1, cosr = 1, sinr = 0;
    cv::Point2d map(const cv::Point2d& p) const
    {
        return {cx + unit * (p.x * cosr - p.y * sinr), cy + unit * (p.x * sinr + p.y * cosr)};
    }
};

cv::Scalar scalar(const Rgb& c)
{
    return cv::Scalar(c[0], c[1], c[2]);
}

std::vector<cv::Point> toFixed(const Frame& fr, const Poly& poly, cv::Point origin = {0, 0})
{
    std::vector<cv::Point> out;
    out.reserve(poly.size());
    const double k = 1 << kShift;
    for (const auto& p : poly) {
        const cv::Point2d q = fr.map(p);
        out.emplace_back(static_cast<int>(std::lround((q.x - origin.x) * k)),
                         static_cast<int>(std::lround((q.y - origin.y) * k)));
    }
    return out;
}

void fill(cv::Mat& img, const Frame& fr, const Poly& poly, const Rgb& colour)
{
    const std::vector<std::vector<cv::Point>> pts{toFixed(fr, poly)};
    cv::fillPoly(img, pts, scalar(colour), cv::LINE_AA, kShift);
}

void stroke(cv::Mat& img, const Frame& fr, const Poly& poly, bool closed, double width, const Rgb& colour)
{
    const std::vector<std::vector<cv::Point>> pts{toFixed(fr, poly)};
    const int thickness = std::max(1, static_cast<int>(std::lround(width * fr.unit)));
    cv::polylines(img, pts, closed, scalar(colour), thickness, cv::LINE_AA, kShift);
}

Poly ellipse(double cu, double cv, double a, double b, int n = 64)
{
    Poly p;
    for (int i = 0; i < n; ++i) {
        const double t = 2 * kPi * i / n;
        p.emplace_back(cu + a * std::cos(t), cv + b * std::sin(t));
    }
    return p;
}

// The head outline at angle t (v = sin t, so t = -pi/2 is the crown), grown outwards by
// `grow`. The lower half narrows a little towards the chin.
cv::Point2d headPoint(double t, double grow = 0.0)
{
    const double s = std::sin(t);
    return {(0.82 + grow) * std::cos(t) * (1.0 - 0.1 * std::max(s, 0.0)), (1.0 + grow) * s};
}

// Arc of the head outline from angle t0 to t1 (either direction), n+1 points.
void appendArc(Poly& p, double t0, double t1, double grow, int n = 48)
{
    for (int i = 0; i <= n; ++i) p.push_back(headPoint(t0 + (t1 - t0) * i / n, grow));
}

// A hair cap: the crown of the head grown by `grow` (or the given crown outline, from the
// left temple to the right one) down to the temples at angle `temple` above the horizontal,
// closed by a hairline v = hairline(u) from right to left.
template <typename F>
Poly cap(Poly crown, double temple, F hairline)
{
    const cv::Point2d right = headPoint(2 * kPi - temple), left = headPoint(kPi + temple);
    crown.push_back(right);
    const int n = 32;
    for (int i = 1; i < n; ++i) {
        const double u = right.x + (left.x - right.x) * i / n;
        crown.emplace_back(u, hairline(u));
    }
    crown.push_back(left);
    return crown;
}

template <typename F>
Poly cap(double grow, double temple, F hairline)
{
    Poly crown;
    appendArc(crown, kPi + temple, 2 * kPi - temple, grow);
    return cap(std::move(crown), temple, hairline);
}

struct Hair {
    std::vector<Poly> back;   // behind the head and ears
    std::vector<Poly> front;  // over the forehead
};

Hair hairShapes(int style)
{
    Hair h;
    switch (style) {
        case kHairShort:
            h.front.push_back(cap(0.07, 0.2, [](double u) { return -0.5 + 0.32 * (u / 0.8) * (u / 0.8); }));
            break;
        case kHairLong: {
            Poly back;
            appendArc(back, kPi, 2 * kPi, 0.13);
            back.emplace_back(1.08, 1.2);
            for (int i = 1; i < 16; ++i) {
                const double u = 1.08 - 2.16 * i / 16;
                back.emplace_back(u, 1.2 + 0.08 * (1 - (u / 1.08) * (u / 1.08)));
            }
            back.emplace_back(-1.08, 1.2);
            h.back.push_back(back);
            h.front.push_back(cap(0.1, 0.25, [](double u) { return -0.42 + 0.2 * (u / 0.8) * (u / 0.8); }));
            for (double side : {-1.0, 1.0}) {  // locks over the ears
                Poly lock;
                const double top = side < 0 ? kPi + 0.3 : 2 * kPi - 0.3, bottom = side < 0 ? kPi - 0.75 : 0.75;
                appendArc(lock, top, bottom, 0.13, 24);
                appendArc(lock, bottom, top, -0.06, 24);
                h.front.push_back(lock);
            }
            break;
        }
        case kHairAfro: {
            Poly back;
            const int n = 160;
            for (int i = 0; i < n; ++i) {
                const double t = 2 * kPi * i / n, r = 1.0 + 0.045 * std::cos(16 * t);
                back.emplace_back(1.2 * r * std::cos(t), -0.22 + 1.08 * r * std::sin(t));
            }
            h.back.push_back(back);
            h.front.push_back(cap(0.05, 0.25, [](double u) { return -0.6 + 0.35 * (u / 0.8) * (u / 0.8); }));
            break;
        }
        case kHairSpiky: {
            const double temple = 0.2;
            Poly p;
            const int spikes = 9, n = 2 * spikes;
            for (int i = 0; i <= n; ++i) {
                const double t = kPi + temple + (kPi - 2 * temple) * i / n;
                p.push_back(headPoint(t, i % 2 == 1 ? 0.32 : 0.05));
            }
            Poly hair = cap(std::move(p), temple, [](double u) { return -0.5 + 0.3 * (u / 0.8) * (u / 0.8); });
            h.front.push_back(hair);
            break;
        }
        case kHairBun:
        default:
            h.back.push_back(ellipse(0.0, -1.08, 0.34, 0.3));
            // Side-swept: high on the left, low on the right.
            h.front.push_back(cap(0.06, 0.2, [](double u) {
                const double w = u / 0.8;
                return -0.45 + 0.16 * w + 0.12 * w * w;
            }));
            break;
    }
    return h;
}

// Background, fixed to the image: computed per canvas pixel (anti-aliased by the final
// area filter), independent of the pose.
void drawBackground(cv::Mat& img, const Identity& id)
{
    img.setTo(scalar(id.background));
    if (id.pattern == kPatternNone) return;
    const double period = id.pattern_period * img.cols, phase = id.pattern_phase;
    const cv::Vec3b pc(id.pattern_color[0], id.pattern_color[1], id.pattern_color[2]);
    for (int y = 0; y < img.rows; ++y) {
        auto* row = img.ptr<cv::Vec3b>(y);
        const double py = (y + 0.5) / period + phase;
        for (int x = 0; x < img.cols; ++x) {
            const double px = (x + 0.5) / period + phase;
            bool on = false;
            switch (id.pattern) {
                case kPatternStripes: {
                    const double w = (px + py) * 0.7071067811865476;  // diagonal, period measured across
                    on = w - std::floor(w) < 0.5;
                    break;
                }
                case kPatternDots: {
                    const double dx = px - std::floor(px) - 0.5, dy = py - std::floor(py) - 0.5;
                    on = dx * dx + dy * dy < 0.25 * 0.25;
                    break;
                }
                default:
                    on = (static_cast<int64_t>(std::floor(px)) + static_cast<int64_t>(std::floor(py))) % 2 != 0;
            }
            if (on) row[x] = pc;
        }
    }
}

void drawEye(cv::Mat& img, const Frame& fr, double side, const Pose& pose, const Identity& id)
{
    const double ex = 0.34 * side, ey = 0.05, ew = 0.25, up = 0.22, down = 0.14;
    const double open = pose.eye_open;
    const int n = 24;
    Poly upper, lower;
    for (int i = 0; i <= n; ++i) {
        const double t = -1.0 + 2.0 * i / n, r = std::sqrt(std::max(0.0, 1 - t * t));
        const double base = ey + 0.03 * (1 - t * t);
        upper.emplace_back(ex + ew * t, base - up * open * r);
        lower.emplace_back(ex + ew * t, base + down * open * r);
    }
    // The eye is drawn in a small region: sclera, iris and pupil on a copy, clipped to the
    // opening through an anti-aliased mask.
    std::vector<cv::Point2f> corners;
    for (double u : {ex - ew - 0.1, ex + ew + 0.1})
        for (double v : {ey - up - 0.1, ey + down + 0.15}) {
            const cv::Point2d q = fr.map({u, v});
            corners.emplace_back(static_cast<float>(q.x), static_cast<float>(q.y));
        }
    const cv::Rect roi = cv::boundingRect(corners) & cv::Rect(0, 0, img.cols, img.rows);
    if (open > 0.0 && roi.area() > 0) {
        Poly opening = upper;
        opening.insert(opening.end(), lower.rbegin(), lower.rend());
        cv::Mat mask(roi.size(), CV_8U, cv::Scalar(0));
        cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{toFixed(fr, opening, roi.tl())}, cv::Scalar(255),
                     cv::LINE_AA, kShift);
        cv::Mat layer(roi.size(), CV_8UC3, cv::Scalar(248, 248, 245));
        const double ix = ex + 0.13 * pose.gaze_x, iy = ey - 0.02 + 0.11 * pose.gaze_y;
        auto disc = [&](double u, double v, double r, const Rgb& c) {
            cv::fillPoly(layer, std::vector<std::vector<cv::Point>>{toFixed(fr, ellipse(u, v, r, r, 40), roi.tl())},
                         scalar(c), cv::LINE_AA, kShift);
        };
        disc(ix, iy, 0.14, id.iris);
        disc(ix, iy, 0.065, {15, 12, 12});
        disc(ix - 0.045, iy - 0.05, 0.03, {255, 255, 255});
        cv::Mat target = img(roi);
        for (int y = 0; y < roi.height; ++y) {
            auto* t = target.ptr<cv::Vec3b>(y);
            const auto* l = layer.ptr<cv::Vec3b>(y);
            const auto* m = mask.ptr<uint8_t>(y);
            for (int x = 0; x < roi.width; ++x) {
                const int a = m[x];
                if (a == 0) continue;
                for (int c = 0; c < 3; ++c)
                    t[x][c] = static_cast<uint8_t>((t[x][c] * (255 - a) + l[x][c] * a + 127) / 255);
            }
        }
    }
    stroke(img, fr, upper, false, 0.05, {35, 25, 25});
}

void drawMouth(cv::Mat& img, const Frame& fr, const Pose& pose, const Identity& id)
{
    const double my = 0.56, w = 0.3 * pose.mouth_width, h = 0.3 * pose.mouth_open;
    const int n = 24;
    Poly shape;
    for (int i = 0; i <= n; ++i) {  // upper edge left to right
        const double t = -1.0 + 2.0 * i / n, r = std::sqrt(std::max(0.0, 1 - t * t));
        shape.emplace_back(w * t, my - 0.06 * t * t - 0.15 * h * r);
    }
    for (int i = n - 1; i > 0; --i) {  // lower edge right to left
        const double t = -1.0 + 2.0 * i / n, r = std::sqrt(std::max(0.0, 1 - t * t));
        shape.emplace_back(w * t, my - 0.06 * t * t + 0.85 * h * r);
    }
    if (h > 0) fill(img, fr, shape, {70, 22, 32});
    stroke(img, fr, shape, true, 0.09, id.lips);
}

cv::Mat renderUnchecked(const Factors& f, int resolution)
{
    const int side = resolution * kSupersample;
    cv::Mat img(side, side, CV_8UC3);
    const Identity& id = f.identity;
    const Pose& pose = f.pose;
    drawBackground(img, id);

    Frame fr;
    fr.cx = side * (0.5 + pose.x);
    fr.cy = side * (0.5 + pose.y);
    fr.unit = side * kNominalRadius * pose.scale;
    fr.cosr = std::cos(pose.roll * kPi / 180.0);
    fr.sinr = std::sin(pose.roll * kPi / 180.0);

    const Hair hair = hairShapes(id.hair_style);
    for (const auto& p : hair.back) fill(img, fr, p, id.hair);
    for (double s : {-1.0, 1.0}) {  // ears
        fill(img, fr, ellipse(0.8 * s, 0.08, 0.14, 0.21), id.skin);
        fill(img, fr, ellipse(0.84 * s, 0.08, 0.06, 0.12), scaled(id.skin, 0.82));
    }
    Poly head;
    appendArc(head, 0, 2 * kPi, 0.0, 96);
    fill(img, fr, head, id.skin);

    // Freckles: a fixed spiral of spots on each cheek; the amount says how many are shown.
    const int freckles = static_cast<int>(std::lround(id.freckles * 8));
    const Rgb freckle = mixRgb(id.skin, {100, 48, 22}, 0.55);
    for (int k = 0; k < freckles; ++k) {
        const double r = 0.2 * std::sqrt((k + 0.5) / 8), a = k * 2.399963;
        for (double s : {-1.0, 1.0})
            fill(img, fr, ellipse(s * (0.47 + r * std::cos(a)), 0.33 + 0.7 * r * std::sin(a), 0.036, 0.036, 16),
                 freckle);
    }
    fill(img, fr, ellipse(0.0, 0.3, 0.075, 0.055, 32), scaled(id.skin, 0.82));  // nose

    for (const auto& p : hair.front) fill(img, fr, p, id.hair);
    const Rgb brow = scaled(id.hair, 0.75);
    for (double s : {-1.0, 1.0}) {
        Poly b;
        const double bx = 0.34 * s, by = -0.28 - 0.07 * pose.eye_open;
        for (int i = 0; i <= 12; ++i) {
            const double t = -1.0 + i / 6.0;
            b.emplace_back(bx + 0.17 * t, by - 0.05 * (1 - t * t));
        }
        stroke(img, fr, b, false, 0.075, brow);
        drawEye(img, fr, s, pose, id);
    }
    drawMouth(img, fr, pose, id);

    cv::Mat out;
    cv::resize(img, out, cv::Size(resolution, resolution), 0, 0, cv::INTER_AREA);
    return out;
}

// ---------------------------------------------------------------------------------------
// JSON.

const char* const kPatternNames[kPatternCount] = {"none", "stripes", "dots", "checker"};
const char* const kHairNames[kHairStyleCount] = {"short", "long", "afro", "spiky", "bun"};

json::Value colourJson(const Rgb& c)
{
    return json::Value::Array{int(c[0]), int(c[1]), int(c[2])};
}

const json::Value& member(const json::Value& obj, const std::string& key, const std::string& path)
{
    obj.asObject(path.empty() ? "factors" : path);
    const json::Value* v = obj.find(key);
    if (!v) throw json::Error((path.empty() ? key : path + "." + key) + ": missing");
    return *v;
}

double number(const json::Value& obj, const std::string& key, const std::string& path)
{
    return member(obj, key, path).asNumber(path + "." + key);
}

Rgb colour(const json::Value& obj, const std::string& key, const std::string& path)
{
    const std::string what = path + "." + key;
    const auto& a = member(obj, key, path).asArray(what);
    if (a.size() != 3) throw json::Error(what + ": expected [r, g, b], got " + std::to_string(a.size()) + " values");
    Rgb c{};
    for (size_t i = 0; i < 3; ++i) {
        const int64_t v = a[i].asInt(what + "[" + std::to_string(i) + "]");
        if (v < 0 || v > 255) throw json::Error(what + ": " + std::to_string(v) + " is outside 0..255");
        c[i] = static_cast<uint8_t>(v);
    }
    return c;
}

int named(const json::Value& obj, const std::string& key, const std::string& path, const char* const* names, int n)
{
    const std::string what = path + "." + key;
    const std::string& s = member(obj, key, path).asString(what);
    std::string all;
    for (int i = 0; i < n; ++i) {
        if (s == names[i]) return i;
        all += std::string(i ? ", " : "") + names[i];
    }
    throw json::Error(what + ": unknown value \"" + s + "\" (expected one of " + all + ")");
}

std::string indexedName(int64_t i, const char* suffix)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%06lld%s", static_cast<long long>(i), suffix);
    return buf;
}

std::string makeDir(const std::string& dir)
{
    if (!QDir().mkpath(QString::fromStdString(dir))) throw IoError(dir + ": cannot create the directory");
    return dir;
}

std::string join(const std::string& dir, const std::string& name)
{
    return QDir(QString::fromStdString(dir)).filePath(QString::fromStdString(name)).toStdString();
}

}  // namespace

Factors sample(uint64_t seed, int64_t index)
{
    return sampleStream(seed, kTrainStream, index);
}

std::array<Factors, 2> samplePair(uint64_t seed, int64_t index)
{
    return {sampleStream(seed, kPairIdentityStream, index), sampleStream(seed, kPairPoseStream, index)};
}

cv::Mat render(const Factors& f, int resolution)
{
    checkResolution(resolution);
    validate(f);
    return renderUnchecked(f, resolution);
}

cv::Mat renderSwap(const Factors& identitySource, const Factors& poseSource, int resolution)
{
    return render(Factors{poseSource.pose, identitySource.identity}, resolution);
}

const char* patternName(int pattern)
{
    return pattern >= 0 && pattern < kPatternCount ? kPatternNames[pattern] : "?";
}

const char* hairStyleName(int style)
{
    return style >= 0 && style < kHairStyleCount ? kHairNames[style] : "?";
}

json::Value toJson(const Factors& f)
{
    json::Value pose = json::Value::object();
    pose["x"] = f.pose.x;
    pose["y"] = f.pose.y;
    pose["scale"] = f.pose.scale;
    pose["roll"] = f.pose.roll;
    pose["eye_open"] = f.pose.eye_open;
    pose["mouth_open"] = f.pose.mouth_open;
    pose["mouth_width"] = f.pose.mouth_width;
    pose["gaze_x"] = f.pose.gaze_x;
    pose["gaze_y"] = f.pose.gaze_y;
    const Identity& i = f.identity;
    json::Value id = json::Value::object();
    id["skin"] = colourJson(i.skin);
    id["hair"] = colourJson(i.hair);
    id["iris"] = colourJson(i.iris);
    id["lips"] = colourJson(i.lips);
    id["background"] = colourJson(i.background);
    id["pattern_color"] = colourJson(i.pattern_color);
    id["pattern"] = patternName(i.pattern);
    id["pattern_period"] = i.pattern_period;
    id["pattern_phase"] = i.pattern_phase;
    id["hair_style"] = hairStyleName(i.hair_style);
    id["freckles"] = i.freckles;
    json::Value v = json::Value::object();
    v["pose"] = std::move(pose);
    v["identity"] = std::move(id);
    return v;
}

Factors fromJson(const json::Value& v)
{
    Factors f;
    try {
        const json::Value& p = member(v, "pose", "");
        f.pose.x = number(p, "x", "pose");
        f.pose.y = number(p, "y", "pose");
        f.pose.scale = number(p, "scale", "pose");
        f.pose.roll = number(p, "roll", "pose");
        f.pose.eye_open = number(p, "eye_open", "pose");
        f.pose.mouth_open = number(p, "mouth_open", "pose");
        f.pose.mouth_width = number(p, "mouth_width", "pose");
        f.pose.gaze_x = number(p, "gaze_x", "pose");
        f.pose.gaze_y = number(p, "gaze_y", "pose");
        const json::Value& i = member(v, "identity", "");
        Identity& id = f.identity;
        id.skin = colour(i, "skin", "identity");
        id.hair = colour(i, "hair", "identity");
        id.iris = colour(i, "iris", "identity");
        id.lips = colour(i, "lips", "identity");
        id.background = colour(i, "background", "identity");
        id.pattern_color = colour(i, "pattern_color", "identity");
        id.pattern = named(i, "pattern", "identity", kPatternNames, kPatternCount);
        id.pattern_period = number(i, "pattern_period", "identity");
        id.pattern_phase = number(i, "pattern_phase", "identity");
        id.hair_style = named(i, "hair_style", "identity", kHairNames, kHairStyleCount);
        id.freckles = number(i, "freckles", "identity");
    } catch (const json::Error& e) {
        throw IoError(std::string("toyfaces factors: ") + e.what());
    }
    validate(f);
    return f;
}

torch::Tensor renderBatch(uint64_t seed, int64_t begin, int64_t count, int resolution)
{
    checkResolution(resolution);
    if (count < 0) throw IoError("toyfaces: negative image count " + std::to_string(count));
    auto out = torch::empty({count, 3, resolution, resolution}, torch::kUInt8);
    uint8_t* data = out.data_ptr<uint8_t>();
    const int64_t plane = static_cast<int64_t>(resolution) * resolution;
    at::parallel_for(0, count, 1, [&](int64_t lo, int64_t hi) {
        for (int64_t i = lo; i < hi; ++i) {
            const cv::Mat img = renderUnchecked(sample(seed, begin + i), resolution);
            std::vector<cv::Mat> planes;
            for (int c = 0; c < 3; ++c) planes.emplace_back(resolution, resolution, CV_8U, data + (i * 3 + c) * plane);
            cv::split(img, planes);
        }
    });
    return out;
}

void writeDataset(const std::string& dir, int64_t count, int resolution, uint64_t seed,
                  const std::function<void(int64_t, int64_t)>& progress)
{
    checkResolution(resolution);
    if (count < 0) throw IoError("toyfaces: negative image count " + std::to_string(count));
    makeDir(dir);
    json::Value images = json::Value::array();
    for (int64_t i = 0; i < count; ++i) {
        const Factors f = sample(seed, i);
        const std::string name = indexedName(i, ".png");
        saveRgb(join(dir, name), renderUnchecked(f, resolution));
        json::Value entry = json::Value::object();
        entry["file"] = name;
        entry["index"] = i;
        json::Value factors = toJson(f);
        entry["pose"] = std::move(factors["pose"]);
        entry["identity"] = std::move(factors["identity"]);
        images.push(std::move(entry));
        if (progress) progress(i + 1, count);
    }
    json::Value doc = json::Value::object();
    doc["format"] = "pivq-toyfaces";
    doc["version"] = 1;
    doc["seed"] = std::to_string(seed);  // a string: JSON numbers cannot hold every 64-bit seed
    doc["resolution"] = resolution;
    doc["count"] = count;
    doc["images"] = std::move(images);
    writeFileAtomic(join(dir, "factors.json"), doc.dump(1) + "\n");
}

void writePairs(const std::string& dir, int64_t pairs, int resolution, uint64_t seed,
                const std::function<void(int64_t, int64_t)>& progress)
{
    checkResolution(resolution);
    if (pairs < 0) throw IoError("toyfaces: negative pair count " + std::to_string(pairs));
    makeDir(dir);
    json::Value list = json::Value::array();
    for (int64_t i = 0; i < pairs; ++i) {
        const auto [a, b] = samplePair(seed, i);
        saveRgb(join(dir, indexedName(i, "_identity.png")), renderUnchecked(a, resolution));
        saveRgb(join(dir, indexedName(i, "_pose.png")), renderUnchecked(b, resolution));
        saveRgb(join(dir, indexedName(i, "_truth.png")), renderUnchecked(Factors{b.pose, a.identity}, resolution));
        json::Value entry = json::Value::object();
        entry["index"] = i;
        entry["identity_source"] = toJson(a);
        entry["pose_source"] = toJson(b);
        list.push(std::move(entry));
        if (progress) progress(i + 1, pairs);
    }
    json::Value doc = json::Value::object();
    doc["format"] = "pivq-toyfaces-pairs";
    doc["version"] = 1;
    doc["seed"] = std::to_string(seed);
    doc["resolution"] = resolution;
    doc["count"] = pairs;
    doc["pairs"] = std::move(list);
    writeFileAtomic(join(dir, "pairs.json"), doc.dump(1) + "\n");
}

}  // namespace pivq::io::toyfaces
