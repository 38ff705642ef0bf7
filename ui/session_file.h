// A studio session in one zip: the four inputs (images as PNG, random draws as seeds), the
// interpolation positions, the mask edits of every layer, the palette and the model it was
// made with. The latents are not stored: the engine recomputes them from the inputs exactly
// (encoding and random draws are deterministic).
//
// session.json          format, model, inputs, t, current layer, palettes, which edit files
// pose.png ...          image inputs: pose, identity, second_pose, second_identity
// edits_layer<N>.png    8-bit grayscale at the layer's side: the painted class, 255 = not edited
//
// Written atomically; reading bounds the entry count and sizes and accepts only these names.
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
    service::LatentSource source;  // Kind::Image carries the image; Kind::Random the seed and psi
    QString description;           // what the slot showed ("pose.png", "random #12")
};

struct Session {
    static constexpr int kFormat = 1;
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
