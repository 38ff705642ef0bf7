// A studio session in one zip: the four inputs (images as PNG, random draws as seeds), the
// interpolation positions, the mask edits of every layer, the palette and the model it was
// made with. Plain latents are not stored: the engine recomputes them from the inputs
// exactly (encoding and random draws are deterministic). Refined latents are, beside their
// image; tuned generator weights are not (they belong to the model, not the session).
//
// session.json          format, model, inputs, t, current layer, palettes, which edit files
// pose.png ...          image inputs: pose, identity, second_pose, second_identity
// pose_latents.f32 ...  refined inputs: num_ws x w_dim little-endian float32, row-major
// edits_layer<N>.png    8-bit grayscale at the layer's side: the painted class, 255 = not edited
//
// Format 1 has no latents; a session with refined latents is written as format 2, which
// older studios refuse by its number. Written atomically; reading bounds the entry count and
// sizes, accepts only these names, and checks every latents file against the shape its
// input gives (and that every value is finite).
#pragma once

#include <QImage>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include "engine/service/engine_service.h"
#include "ui/mask_document.h"

namespace pivq::ui {

struct SessionInput {
    // Kind::Image carries the image; Kind::Random the seed and psi; Kind::Latents refined
    // latents (numWs x wDim values) and, normally, their image.
    service::LatentSource source;
    QString description;      // what the slot showed ("pose.png", "random #12")
    int numWs = 0, wDim = 0;  // Kind::Latents: the shape of source.latents
};

struct Session {
    static constexpr int kFormat = 2;       // the newest format this version reads and writes
    static constexpr int kPlainFormat = 1;  // written when no input carries latents
    static constexpr int kMaxNumWs = 64;    // bounds on a latents shape read from a file
    static constexpr int kMaxWDim = 4096;
    QString modelPath;  // the bundle ("" for untrained networks)
    QString modelName;
    SessionInput pose, identity, poseB, identityB;
    double poseT = 0, identityT = 0;
    int layer = -1;
    QMap<int, int> sides;                  // layer -> mask side
    QMap<int, MaskDocument::Cells> edits;  // layer -> overrides (only edited layers)
    QMap<int, QVector<QRgb>> colors;       // layer -> K colours
    QMap<int, QStringList> names;          // layer -> K names
};

// Both return false and set *error (one sentence naming the file) on failure.
bool writeSession(const QString& path, const Session& session, QString* error);
bool readSession(const QString& path, Session* session, QString* error);

}  // namespace pivq::ui
