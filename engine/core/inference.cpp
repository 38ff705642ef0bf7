#include "engine/core/inference.h"

namespace pivq::core {

namespace {
struct EvalScope {
    // Puts modules in eval mode for the scope and restores their mode after.
    EvalScope(Generator& g, Encoder& e) : g_(g), e_(e), gt_(g->is_training()), et_(e->is_training())
    {
        g_->eval();
        e_->eval();
    }
    ~EvalScope()
    {
        g_->train(gt_);
        e_->train(et_);
    }
    Generator& g_;
    Encoder& e_;
    bool gt_, et_;
};
}  // namespace

torch::Tensor swapImages(Generator& g, Encoder& e, const torch::Tensor& identity, const torch::Tensor& pose)
{
    EvalScope scope(g, e);
    torch::NoGradGuard ng;
    auto w_avg = g->wAvg();
    auto li = e->forward(identity, w_avg);
    auto lp = e->forward(pose, w_avg);
    return g->synthesize(graft(g->cfg, li, lp)).image;
}

torch::Tensor swapGrid(Generator& g, Encoder& e, const torch::Tensor& identities, const torch::Tensor& poses)
{
    EvalScope scope(g, e);
    torch::NoGradGuard ng;
    const int64_t n = identities.size(0), m = poses.size(0), r = identities.size(2);
    auto w_avg = g->wAvg();
    auto li = e->forward(identities, w_avg);  // [n,W,D]
    auto lp = e->forward(poses, w_avg);       // [m,W,D]
    auto grid = torch::zeros({3, (n + 1) * r, (m + 1) * r}, identities.options());
    for (int64_t j = 0; j < m; ++j) grid.slice(1, 0, r).slice(2, (j + 1) * r, (j + 2) * r).copy_(poses[j]);
    for (int64_t i = 0; i < n; ++i) {
        grid.slice(1, (i + 1) * r, (i + 2) * r).slice(2, 0, r).copy_(identities[i]);
        auto ws = graft(g->cfg, li.slice(0, i, i + 1).expand({m, li.size(1), li.size(2)}), lp);
        auto row = g->synthesize(ws).image;  // [m,3,r,r]
        for (int64_t j = 0; j < m; ++j)
            grid.slice(1, (i + 1) * r, (i + 2) * r).slice(2, (j + 1) * r, (j + 2) * r).copy_(row[j]);
    }
    return grid.clamp(-1, 1);
}

}  // namespace pivq::core
