// Test support: the options of a tiny training run (tiny32 on 64 toyfaces images, batch 4,
// 5 steps, one thread). Header-only; no torch.
#pragma once

#include <QString>

#include "engine/service/training_run.h"

namespace pivq::testing {

inline service::TrainingOptions tinyRun(const QString& out)
{
    service::TrainingOptions o;
    o.data = "toyfaces";
    o.out = out;
    o.preset = "tiny32";
    o.toyfacesCount = 64;
    o.batch = 4;
    o.kimg = 0.02;  // 5 steps
    o.threads = 1;
    return o;
}

}  // namespace pivq::testing
