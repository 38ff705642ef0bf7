#include "engine/io/eval_set.h"

#include <ATen/CPUGeneratorImpl.h>

#include "engine/io/dataset.h"
#include "engine/io/image.h"
#include "engine/io/toyfaces.h"

namespace pivq::io {

namespace {
torch::Tensor toFloat(const torch::Tensor& u8)
{
    return u8.to(torch::kFloat32) / 127.5 - 1.0;  // [N,3,R,R] in [-1,1], as toTensor scales
}

torch::Tensor stack(const std::vector<cv::Mat>& images)
{
    std::vector<torch::Tensor> ts;
    ts.reserve(images.size());
    for (const auto& m : images) ts.push_back(toTensor(m));  // [1,3,R,R]
    return torch::cat(ts);
}
}  // namespace

core::EvalSet toyfacesEvalSet(int64_t pairs, int resolution, uint64_t seed, int64_t reference, uint64_t trainSeed)
{
    if (pairs < 1) throw IoError("toyfaces evaluation: at least one pair is needed");
    std::vector<toyfaces::Factors> ids, poses;
    for (int64_t i = 0; i < pairs; ++i) {
        auto p = toyfaces::samplePair(seed, i);
        ids.push_back(p[0]);
        poses.push_back(p[1]);
    }
    std::vector<cv::Mat> identity, pose, truth, other;
    for (int64_t i = 0; i < pairs; ++i) {
        const size_t k = static_cast<size_t>(i);
        identity.push_back(toyfaces::render(ids[k], resolution));
        pose.push_back(toyfaces::render(poses[k], resolution));
        truth.push_back(toyfaces::renderSwap(ids[k], poses[k], resolution));
        // The same pose under the next pair's identity: the masks should not change.
        other.push_back(toyfaces::renderSwap(ids[(k + 1) % ids.size()], poses[k], resolution));
    }
    core::EvalSet s;
    s.name = "toyfaces pairs (seed " + std::to_string(seed) + ")";
    s.identity = stack(identity);
    s.pose = stack(pose);
    s.truth = stack(truth);
    s.same_pose_a = s.truth;
    s.same_pose_b = stack(other);
    if (reference > 0) s.reference = toFloat(toyfaces::renderBatch(trainSeed, 0, reference, resolution));
    return s;
}

core::EvalSet imageEvalSet(const std::string& path, int64_t pairs, int resolution, uint64_t seed)
{
    if (pairs < 1) throw IoError(path + ": at least one pair is needed");
    auto data = ImageDataset::open(path, resolution);
    const int64_t n = data.size();
    if (n < 2) throw IoError(path + ": evaluation needs at least two usable images, found " + std::to_string(n));
    auto gen = at::detail::createCPUGenerator(seed);
    auto a = torch::randint(n, {pairs}, gen, torch::kLong);
    auto off = torch::randint(1, n, {pairs}, gen, torch::kLong);  // b != a
    auto b = (a + off).remainder(n);
    core::EvalSet s;
    s.name = path + " (" + std::to_string(n) + " images, pairs seed " + std::to_string(seed) + ")";
    auto all = toFloat(data.images());
    s.identity = all.index_select(0, a);
    s.pose = all.index_select(0, b);
    s.reference = all;
    return s;
}

}  // namespace pivq::io
