#include "ui/render_scheduler.h"

namespace pivq::ui {

using service::RenderOutput;
using service::RenderRequest;
using service::RenderResult;

RenderScheduler::RenderScheduler(service::EngineService* engine, QObject* parent) : QObject(parent), engine_(engine)
{
    connect(engine_, &service::EngineService::renderReady, this, &RenderScheduler::onResult);
}

quint64 RenderScheduler::renderSwap(const RenderRequest& request)
{
    RenderRequest r = request;
    r.output = RenderOutput::Swap;
    if (reconstructionPending()) {
        heldSwap_ = r;
        hasHeldSwap_ = true;
        return 0;
    }
    return sendSwap(r);
}

quint64 RenderScheduler::sendSwap(const RenderRequest& r)
{
    const quint64 stamp = engine_->requestRender(r);
    outstanding_.insert(stamp, r);
    lastSwap_ = stamp;
    return stamp;
}

void RenderScheduler::reconstruct(const RenderRequest& request)
{
    queued_.insert(static_cast<int>(request.output), request);
    sendQueued();
}

void RenderScheduler::reset()
{
    outstanding_.clear();
    queued_.clear();
    hasHeldSwap_ = false;
    filters_.clear();
    epoch_ = engine_->lastStamp();
}

bool RenderScheduler::swapOutstanding() const
{
    for (const RenderRequest& r : outstanding_)
        if (r.output == RenderOutput::Swap) return true;
    return false;
}

bool RenderScheduler::reconstructionPending() const
{
    if (!queued_.isEmpty()) return true;
    for (const RenderRequest& r : outstanding_)
        if (r.output != RenderOutput::Swap) return true;
    return false;
}

void RenderScheduler::sendQueued()
{
    if (queued_.isEmpty() || swapOutstanding()) return;
    for (const RenderRequest& r : outstanding_)
        if (r.output != RenderOutput::Swap) return;  // one reconstruction at a time
    const RenderRequest r = queued_.take(queued_.firstKey());
    outstanding_.insert(engine_->requestRender(r), r);
}

void RenderScheduler::onResult(const RenderResult& result)
{
    if (result.stamp <= epoch_) return;
    // Results come in stamp order: anything of ours older than this one was coalesced away.
    // A lost reconstruction is queued again; so is our newest swap if a request from
    // someone else (not a newer swap of ours) replaced it.
    bool resendSwap = false;
    RenderRequest lostSwap;
    for (auto it = outstanding_.begin(); it != outstanding_.end() && it.key() < result.stamp;) {
        if (it->output != RenderOutput::Swap) {
            if (!queued_.contains(static_cast<int>(it->output))) queued_.insert(static_cast<int>(it->output), *it);
        } else if (it.key() == lastSwap_) {
            resendSwap = true;
            lostSwap = *it;
        }
        it = outstanding_.erase(it);
    }
    const auto it = outstanding_.find(result.stamp);
    if (it != outstanding_.end()) {
        const RenderRequest request = *it;
        outstanding_.erase(it);
        if (filters_[static_cast<int>(request.output)].accept(result)) {
            if (request.output == RenderOutput::Swap)
                Q_EMIT swapReady(request, result);
            else
                Q_EMIT reconstructionReady(request, result);
        }
    }
    if (resendSwap) renderSwap(lostSwap);
    sendQueued();
    // The reconstructions are answered (or one waits for the swaps in flight): the held swap
    // goes out now, and a reconstruction asked meanwhile holds the next ones again.
    if (hasHeldSwap_ && !reconstructionPending()) {
        hasHeldSwap_ = false;
        sendSwap(heldSwap_);
    }
}

}  // namespace pivq::ui
