// Toy faces: the project's own procedural dataset. Cartoon faces drawn with OpenCV from
// KNOWN factors, split into pose (geometry) and identity (appearance), so that for any
// pair (A, B) the exact ground truth "identity of A with the pose of B" can be rendered.
// The swap-quality metric and the shipped default model are built on it.
//
// Separation contract (tested): a pose factor only moves shapes, never changes a colour or
// the background; an identity factor only changes colours, the background pattern, the
// hair shape and the freckles, and never moves the face or its features. The background
// pattern is fixed to the image, not to the head.
//
// Sampling is deterministic and portable: its own splitmix64 generator, no std::
// distributions, continuous values quantised to 1e-6 so that they survive a JSON round
// trip exactly. Drawing is done at 4x the target side with anti-aliased OpenCV primitives
// and area-filtered down.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>

#include <torch/types.h>
#include <opencv2/core.hpp>

#include "engine/core/json.h"

namespace pivq::io::toyfaces {

// Ranges that sample() draws from (render() accepts the wider limits checked by fromJson).
inline constexpr double kMaxOffset = 0.12;  // |x|, |y|: head centre offset, fraction of the image side
inline constexpr double kMinScale = 0.8;    // head scale; 1 = a face 60% of the image side tall
inline constexpr double kMaxScale = 1.15;
inline constexpr double kMaxRoll = 25.0;  // |roll| in degrees, positive = clockwise on screen
inline constexpr double kMinMouthWidth = 0.6;
inline constexpr double kMaxMouthWidth = 1.4;
inline constexpr double kMinPeriod = 0.12;  // background pattern period, fraction of the image side
inline constexpr double kMaxPeriod = 0.25;
inline constexpr int kMinResolution = 16;
inline constexpr int kMaxResolution = 1024;

enum Pattern : int { kPatternNone = 0, kPatternStripes = 1, kPatternDots = 2, kPatternChecker = 3 };
inline constexpr int kPatternCount = 4;
enum HairStyle : int { kHairShort = 0, kHairLong = 1, kHairAfro = 2, kHairSpiky = 3, kHairBun = 4 };
inline constexpr int kHairStyleCount = 5;

// Geometry. Sampled ranges in brackets.
struct Pose {
    double x = 0.0;            // head centre offset right, fraction of the side [-0.12, 0.12]
    double y = 0.0;            // head centre offset down [-0.12, 0.12]
    double scale = 1.0;        // head size [0.8, 1.15]
    double roll = 0.0;         // degrees, clockwise; rotates the whole head incl. hair [-25, 25]
    double eye_open = 1.0;     // 0 closed line .. 1 wide open [0, 1], mostly open
    double mouth_open = 0.0;   // 0 closed .. 1 open, dark inside [0, 1]
    double mouth_width = 1.0;  // relative mouth width [0.6, 1.4]
    double gaze_x = 0.0;       // pupil offset inside the eye, -1 left .. 1 right [-1, 1]
    double gaze_y = 0.0;       // -1 up .. 1 down [-1, 1]
};

// Appearance. Colours are RGB.
struct Identity {
    std::array<uint8_t, 3> skin{230, 190, 160};
    std::array<uint8_t, 3> hair{70, 45, 30};
    std::array<uint8_t, 3> iris{60, 120, 200};
    std::array<uint8_t, 3> lips{190, 80, 90};
    std::array<uint8_t, 3> background{70, 110, 160};
    std::array<uint8_t, 3> pattern_color{100, 140, 190};
    int pattern = kPatternNone;    // Pattern
    double pattern_period = 0.16;  // fraction of the image side [0.12, 0.25]
    double pattern_phase = 0.0;    // fraction of a period [0, 1)
    int hair_style = kHairShort;   // HairStyle
    double freckles = 0.0;         // 0 none .. 1 many, dots on both cheeks [0, 1]
};

struct Factors {
    Pose pose;
    Identity identity;
};

// The factors of image `index` of the stream `seed`: same arguments, same factors, on any
// platform. Pose and identity are drawn independently.
Factors sample(uint64_t seed, int64_t index);

// RGB8 (CV_8UC3) image of resolution x resolution, 16..1024. Throws IoError for a
// resolution or factor out of range.
cv::Mat render(const Factors& f, int resolution);
// The identity of `identitySource` in the pose of `poseSource`.
cv::Mat renderSwap(const Factors& identitySource, const Factors& poseSource, int resolution);

// {"pose": {...}, "identity": {...}}; patterns and hair styles by name. fromJson ignores
// other keys, and throws IoError naming the field for a missing, mistyped or out-of-range one.
json::Value toJson(const Factors& f);
Factors fromJson(const json::Value& v);
const char* patternName(int pattern);
const char* hairStyleName(int style);

// Images begin .. begin+count-1 of stream `seed`, uint8 [count,3,R,R], RGB.
torch::Tensor renderBatch(uint64_t seed, int64_t begin, int64_t count, int resolution);

// Writes 000000.png ... (images 0..count-1 of stream `seed`) and factors.json into `dir`
// (created if missing), each file atomically; factors.json last. progress(done, total)
// after each image.
void writeDataset(const std::string& dir, int64_t count, int resolution, uint64_t seed,
                  const std::function<void(int64_t, int64_t)>& progress = {});

// Held-out swap pairs into `dir` (created if missing; typically <dataset>/pairs):
// 000000_identity.png, 000000_pose.png, 000000_truth.png (identity of the first with the
// pose of the second) ... and pairs.json. Both sources come from streams derived from
// `seed` that are disjoint from sample(seed, ·), so no pair image is a training image.
void writePairs(const std::string& dir, int64_t pairs, int resolution, uint64_t seed,
                const std::function<void(int64_t, int64_t)>& progress = {});
// The two sources of pair `index` as writePairs draws them: {identity source, pose source}.
std::array<Factors, 2> samplePair(uint64_t seed, int64_t index);

}  // namespace pivq::io::toyfaces
