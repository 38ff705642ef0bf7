#include "ui/mask_tools.h"

#include <QLineF>
#include <QtMath>

#include "ui/mask_document.h"

namespace pivq::ui {

namespace {
QPoint cellAt(QPointF p)
{
    return QPoint(qFloor(p.x()), qFloor(p.y()));
}
}  // namespace

QVector<QPoint> dabCells(QPointF at, int size)
{
    // Offsets lo..hi around the cell under the pointer; the disc is centred on the block so
    // that even sizes stay symmetric. Sizes 1-3 give full squares, larger ones round dabs.
    size = qBound(ToolSettings::kMinSize, size, ToolSettings::kMaxSize);
    const QPoint c = cellAt(at);
    const int lo = -(size - 1) / 2;
    const int hi = lo + size - 1;
    const double mid = (lo + hi) / 2.0;
    const double r2 = (size / 2.0) * (size / 2.0);
    QVector<QPoint> out;
    for (int dy = lo; dy <= hi; ++dy)
        for (int dx = lo; dx <= hi; ++dx)
            if ((dx - mid) * (dx - mid) + (dy - mid) * (dy - mid) <= r2) out.push_back(c + QPoint(dx, dy));
    return out;
}

void StrokeTool::dab(MaskDocument& doc, int layer, QPointF at) const
{
    const qint8 v = value();
    for (const QPoint& cell : dabCells(at, settings_->size)) doc.setOverride(layer, cell, v);
}

void StrokeTool::press(MaskDocument& doc, int layer, const CanvasPointer& p)
{
    last_ = p.cell;
    dab(doc, layer, p.cell);
}

void StrokeTool::move(MaskDocument& doc, int layer, const CanvasPointer& p)
{
    // Dabs at most half a cell apart, so a fast drag leaves no gaps.
    const double length = QLineF(last_, p.cell).length();
    const int steps = qMax(1, qCeil(length * 2));
    for (int i = 1; i <= steps; ++i) dab(doc, layer, last_ + (p.cell - last_) * (double(i) / steps));
    last_ = p.cell;
}

qint8 BrushTool::value() const
{
    return static_cast<qint8>(settings_->cls);
}

qint8 EraserTool::value() const
{
    return MaskDocument::kEncoded;
}

void FillTool::press(MaskDocument& doc, int layer, const CanvasPointer& p)
{
    const QPoint start = cellAt(p.cell);
    const int target = doc.classAt(layer, start);
    const int fill = settings_->cls;
    if (target < 0 || fill < 0 || fill >= doc.classes()) return;
    const int side = doc.side(layer);
    QVector<bool> seen(side * side, false);
    QVector<QPoint> stack{start};
    seen[start.y() * side + start.x()] = true;
    QVector<QPoint> region;
    while (!stack.isEmpty()) {
        const QPoint c = stack.takeLast();
        region.push_back(c);
        for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
            const QPoint n = c + d;
            if (!doc.contains(layer, n) || seen[n.y() * side + n.x()]) continue;
            seen[n.y() * side + n.x()] = true;
            if (doc.classAt(layer, n) == target) stack.push_back(n);
        }
    }
    // One snapshot write, one change signal.
    MaskDocument::Cells cells = doc.overrides(layer);
    for (const QPoint& c : region) cells[c.y() * side + c.x()] = static_cast<qint8>(fill);
    doc.setOverrides(layer, cells);
}

void PickerTool::press(MaskDocument& doc, int layer, const CanvasPointer& p)
{
    const int cls = doc.classAt(layer, cellAt(p.cell));
    if (cls >= 0 && picked_) picked_(cls);
}

}  // namespace pivq::ui
