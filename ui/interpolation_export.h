// Renders an interpolation as a row of frames (t = 0 .. 1) for File > Export Interpolation.
// Runs the engine's synchronous path from a worker thread, so the window stays live and its
// own requests interleave with the frames.
#pragma once

#include <QFuture>
#include <QImage>
#include <QVector>

#include "engine/service/engine_service.h"

namespace pivq::ui {

struct InterpolationFrames {
    QVector<QImage> frames;  // steps images, t = i / (steps - 1)
    QString error;           // the first failure, "" on success
    QImage strip() const;    // the frames side by side
};

// `base`: the window's current swap request (with its second pose or identity). `pose`:
// interpolate the pose (else the identity). The other t keeps its value.
QFuture<InterpolationFrames> renderInterpolation(service::EngineService* engine, const service::RenderRequest& base,
                                                 bool pose, int steps);

}  // namespace pivq::ui
