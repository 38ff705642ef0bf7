// Sends the window's render requests to the engine and routes the results back.
//
// Swaps go out at once: the engine keeps only the newest waiting request, so a slider drag
// or a brush stroke can send one per mouse move. Reconstructions (the "show reconstruction"
// views of the input slots) are different outputs that must not be lost to that
// coalescing, so they wait until no swap is outstanding; results come in stamp order, so a
// result newer than a reconstruction that never answered means it was replaced, and it is
// sent again. While a reconstruction waits or is being rendered, new swaps are held (the
// newest replaces a held one) and sent when it is answered: a stream of swaps that never
// pauses (a refinement asks for one after every slice) cannot starve it. Stale results are
// dropped per output with a StaleFilter.
#pragma once

#include <QMap>
#include <QObject>

#include "engine/service/engine_service.h"

namespace pivq::ui {

class RenderScheduler : public QObject {
    Q_OBJECT
public:
    explicit RenderScheduler(service::EngineService* engine, QObject* parent = nullptr);

    // Returns the stamp of the request, or 0 when it is held behind a reconstruction.
    quint64 renderSwap(const service::RenderRequest& request);
    // Queues a reconstruction of the pose or identity input (output ReconstructPose or
    // ReconstructIdentity); a newer one for the same output replaces a queued one.
    void reconstruct(const service::RenderRequest& request);
    // Forgets everything outstanding (a new model): results of earlier requests are dropped.
    void reset();

    bool isIdle() const { return outstanding_.isEmpty() && queued_.isEmpty() && !hasHeldSwap_; }
    quint64 lastSwapStamp() const { return lastSwap_; }

Q_SIGNALS:
    // `request` is the request the result answers.
    void swapReady(const pivq::service::RenderRequest& request, const pivq::service::RenderResult& result);
    void reconstructionReady(const pivq::service::RenderRequest& request, const pivq::service::RenderResult& result);

private:
    void onResult(const service::RenderResult& result);
    void sendQueued();
    bool swapOutstanding() const;
    bool reconstructionPending() const;  // queued, or sent and not answered
    quint64 sendSwap(const service::RenderRequest& request);

    service::EngineService* engine_;
    QMap<quint64, service::RenderRequest> outstanding_;  // stamp -> request, sent and not answered
    QMap<int, service::RenderRequest> queued_;           // output -> reconstruction waiting to be sent
    QMap<int, service::StaleFilter> filters_;            // output -> newest result shown
    service::RenderRequest heldSwap_;  // the newest swap asked while a reconstruction is pending
    bool hasHeldSwap_ = false;
    quint64 lastSwap_ = 0;
    quint64 epoch_ = 0;  // results at or below it are from before reset()
};

}  // namespace pivq::ui
