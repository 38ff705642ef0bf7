// The object masks the artist edits: for every VQSN layer, the mask the engine computed for
// the current pose ("encoded") and the artist's overrides on top of it. The eraser removes
// overrides, so erasing always goes back to what the model says. Also holds the palette of
// each layer (colours and names the artist may edit) and which classes are shown.
//
// No widgets here: canvases draw what this holds, tools change it, undo commands snapshot it.
#pragma once

#include <QImage>
#include <QMap>
#include <QObject>
#include <QPoint>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace pivq::ui {

class MaskDocument : public QObject {
    Q_OBJECT
public:
    using Cells = QVector<qint8>;          // side*side overrides, row-major; kEncoded where not edited
    static constexpr qint8 kEncoded = -1;  // "use the encoded class" (what the eraser writes)

    explicit MaskDocument(QObject* parent = nullptr);

    // A new model: its mask layers, their sides, K and the palettes. Drops every mask and edit.
    void reset(const QVector<int>& layers, const QMap<int, int>& sides, int classes,
               const QMap<int, QVector<QRgb>>& palettes, const QMap<int, QStringList>& names);

    QVector<int> layers() const { return layers_; }
    bool hasLayer(int layer) const { return layers_.contains(layer); }
    int side(int layer) const { return sides_.value(layer, 0); }
    int classes() const { return classes_; }
    bool contains(int layer, QPoint cell) const;

    // The mask the engine computed (Indexed8 or Grayscale8, class per pixel, at the layer's side).
    // Ignored for an unknown layer or a wrong size.
    void setEncoded(int layer, const QImage& mask);
    bool hasEncoded(int layer) const { return encoded_.contains(layer); }
    int encodedAt(int layer, QPoint cell) const;  // -1 when unknown

    // What the layer looks like with the edits: the override where there is one, else the
    // encoded class; -1 where neither is known.
    int classAt(int layer, QPoint cell) const;
    // The effective mask as Format_Indexed8 (index = class) with the display colour table;
    // null while the encoded mask of the layer is unknown.
    QImage effective(int layer) const;

    const Cells& overrides(int layer) const;
    void setOverrides(int layer, const Cells& cells);  // whole-layer snapshot (undo/redo)
    // One cell; returns whether it changed. Emits masksChanged.
    bool setOverride(int layer, QPoint cell, qint8 value);
    bool isEdited(int layer) const;
    bool hasEdits() const;
    QVector<int> editedLayers() const;
    // The masks to send in RenderRequest::masks: the effective mask of every edited layer
    // whose encoded mask is known.
    QMap<int, QImage> editedMasks() const;

    // ---- palette (display and names; the engine reads only class indices)
    QRgb color(int layer, int cls) const;
    QString className(int layer, int cls) const;
    void setColor(int layer, int cls, QRgb color);
    void setClassName(int layer, int cls, const QString& name);
    QMap<int, QVector<QRgb>> palettes() const { return colors_; }
    QMap<int, QStringList> classNames() const { return names_; }
    bool isHidden(int layer, int cls) const { return hidden_.value(layer).contains(cls); }
    void setHidden(int layer, int cls, bool hidden);
    int solo(int layer) const { return solo_.value(layer, -1); }  // -1: none
    void setSolo(int layer, int cls);                             // -1 to end solo
    bool isShown(int layer, int cls) const;
    // K colours for drawing: hidden classes (and the others while one is solo) transparent.
    QVector<QRgb> displayColors(int layer) const;

Q_SIGNALS:
    void masksChanged(int layer);    // encoded mask or overrides of `layer`
    void editsChanged(int layer);    // overrides of `layer` (what the artist did)
    void paletteChanged(int layer);  // colours, names, hide or solo
    void layersReset();              // layers changed (new model)

private:
    int index(int layer, QPoint cell) const { return cell.y() * side(layer) + cell.x(); }

    QVector<int> layers_;
    QMap<int, int> sides_;
    int classes_ = 0;
    QMap<int, QImage> encoded_;  // Indexed8
    QMap<int, Cells> overrides_;
    QMap<int, QVector<QRgb>> colors_;
    QMap<int, QStringList> names_;
    QMap<int, QSet<int>> hidden_;
    QMap<int, int> solo_;
};

}  // namespace pivq::ui
