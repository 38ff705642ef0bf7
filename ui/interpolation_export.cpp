#include "ui/interpolation_export.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace pivq::ui {

QImage InterpolationFrames::strip() const
{
    if (frames.isEmpty()) return {};
    const QSize s = frames.first().size();
    QImage out(s.width() * frames.size(), s.height(), QImage::Format_RGB888);
    out.fill(Qt::black);
    QPainter p(&out);
    for (int i = 0; i < frames.size(); ++i) p.drawImage(i * s.width(), 0, frames[i]);
    return out;
}

QFuture<InterpolationFrames> renderInterpolation(service::EngineService* engine, const service::RenderRequest& base,
                                                 bool pose, int steps)
{
    return QtConcurrent::run([engine, base, pose, steps] {
        InterpolationFrames out;
        const int n = qMax(2, steps);
        for (int i = 0; i < n; ++i) {
            service::RenderRequest r = base;
            r.output = service::RenderOutput::Swap;
            r.wantMasks = false;
            (pose ? r.poseT : r.identityT) = double(i) / (n - 1);
            const service::RenderResult res = engine->renderSync(r);
            if (!res.ok()) {
                out.error = res.error;
                out.frames.clear();
                return out;
            }
            out.frames.push_back(res.image);
        }
        return out;
    });
}

}  // namespace pivq::ui
