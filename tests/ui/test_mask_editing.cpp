// ui/mask_document, mask_tools, mask_editor, mask_edit_command: mask editing without any
// widget or engine: brush dabs, strokes, eraser, fill, picker, undo/redo, palettes.
#include <QSignalSpy>
#include <QtTest>

#include "ui/mask_document.h"
#include "ui/mask_editor.h"
#include "ui/mask_tools.h"

using namespace pivq::ui;

namespace {
constexpr int kLayer = 3;
constexpr int kSide = 8;
constexpr int kClasses = 4;

// An encoded mask: left half class 0, right half class 1.
QImage halves()
{
    QImage m(kSide, kSide, QImage::Format_Indexed8);
    m.setColorCount(kClasses);
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) m.setPixel(x, y, x < kSide / 2 ? 0 : 1);
    return m;
}

void setUp(MaskDocument& doc)
{
    doc.reset({kLayer, 5}, {{kLayer, kSide}, {5, 16}}, kClasses, {{kLayer, {qRgb(255, 0, 0), qRgb(0, 255, 0)}}},
              {{kLayer, {"skin"}}});
    doc.setEncoded(kLayer, halves());
}

CanvasPointer at(double x, double y)
{
    CanvasPointer p;
    p.cell = QPointF(x, y);
    return p;
}
}  // namespace

class TestMaskEditing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dabCoversExpectedCells_data();
    void dabCoversExpectedCells();
    void documentFillsMissingPaletteEntries();
    void strokeIsContinuousAndOneUndoStep();
    void eraserReturnsToEncoded();
    void fillStaysInsideRegion();
    void pickerSetsCurrentClassWithoutUndoStep();
    void paintingOutsideIsHarmless();
    void editedMasksCarryClassIndices();
    void hiddenAndSoloClassesAreTransparent();
    void nothingToPaintBeforeEncodedMask();
};

void TestMaskEditing::dabCoversExpectedCells_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("cells");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 4;
    QTest::newRow("3") << 3 << 9;
    QTest::newRow("5 round") << 5 << 21;
}

void TestMaskEditing::dabCoversExpectedCells()
{
    QFETCH(int, size);
    QFETCH(int, cells);
    const QVector<QPoint> dab = dabCells(QPointF(4.5, 4.5), size);
    QCOMPARE(dab.size(), cells);
    QVERIFY(dab.contains(QPoint(4, 4)));  // always the cell under the pointer
}

void TestMaskEditing::documentFillsMissingPaletteEntries()
{
    MaskDocument doc;
    setUp(doc);
    QCOMPARE(doc.layers(), (QVector<int>{kLayer, 5}));
    QCOMPARE(doc.className(kLayer, 0), QString("skin"));
    QCOMPARE(doc.className(kLayer, 3), QString("class 4"));
    QCOMPARE(doc.color(kLayer, 1), qRgb(0, 255, 0));
    QVERIFY(doc.color(kLayer, 2) != doc.color(kLayer, 3));
    QCOMPARE(doc.palettes()[5].size(), kClasses);
}

void TestMaskEditing::strokeIsContinuousAndOneUndoStep()
{
    MaskDocument doc;
    setUp(doc);
    MaskEditor editor(&doc);
    editor.setLayer(kLayer);
    editor.setCurrentClass(2);
    QSignalSpy edits(&doc, &MaskDocument::editsChanged);
    // A fast drag: press at the left, one move to the right edge.
    editor.press(at(0.5, 2.5));
    editor.move(at(7.5, 2.5));
    editor.release(at(7.5, 2.5));
    for (int x = 0; x < kSide; ++x) QCOMPARE(doc.classAt(kLayer, QPoint(x, 2)), 2);
    QCOMPARE(doc.classAt(kLayer, QPoint(0, 3)), 0);
    QVERIFY(!edits.isEmpty());
    QCOMPARE(editor.undoStack()->count(), 1);
    const MaskDocument::Cells after = doc.overrides(kLayer);

    editor.undoStack()->undo();
    QVERIFY(!doc.isEdited(kLayer));
    QCOMPARE(doc.classAt(kLayer, QPoint(7, 2)), 1);
    editor.undoStack()->redo();
    QCOMPARE(doc.overrides(kLayer), after);
}

void TestMaskEditing::eraserReturnsToEncoded()
{
    MaskDocument doc;
    setUp(doc);
    MaskEditor editor(&doc);
    editor.setLayer(kLayer);
    editor.setCurrentClass(3);
    editor.setBrushSize(3);
    editor.press(at(4.5, 4.5));
    editor.release(at(4.5, 4.5));
    QCOMPARE(doc.classAt(kLayer, QPoint(3, 4)), 3);
    editor.setTool(ToolKind::Eraser);
    editor.setBrushSize(1);
    editor.press(at(3.5, 4.5));
    editor.release(at(3.5, 4.5));
    QCOMPARE(doc.classAt(kLayer, QPoint(3, 4)), 0);  // encoded: left half
    QCOMPARE(doc.classAt(kLayer, QPoint(4, 4)), 3);  // still painted
    QCOMPARE(editor.undoStack()->count(), 2);
}

void TestMaskEditing::fillStaysInsideRegion()
{
    MaskDocument doc;
    setUp(doc);
    MaskEditor editor(&doc);
    editor.setLayer(kLayer);
    editor.setTool(ToolKind::Fill);
    editor.setCurrentClass(2);
    editor.press(at(6.2, 1.7));
    editor.release(at(6.2, 1.7));
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) QCOMPARE(doc.classAt(kLayer, QPoint(x, y)), x < kSide / 2 ? 0 : 2);
    QCOMPARE(editor.undoStack()->count(), 1);
}

void TestMaskEditing::pickerSetsCurrentClassWithoutUndoStep()
{
    MaskDocument doc;
    setUp(doc);
    MaskEditor editor(&doc);
    editor.setLayer(kLayer);
    editor.setTool(ToolKind::Picker);
    QSignalSpy picked(&editor, &MaskEditor::currentClassChanged);
    editor.press(at(6.5, 6.5));
    editor.release(at(6.5, 6.5));
    QCOMPARE(editor.currentClass(), 1);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestMaskEditing::paintingOutsideIsHarmless()
{
    MaskDocument doc;
    setUp(doc);
    MaskEditor editor(&doc);
    editor.setLayer(kLayer);
    editor.press(at(-3, -3));
    editor.move(at(-1, 20));
    editor.release(at(-1, 20));
    QVERIFY(!doc.hasEdits());
    QCOMPARE(editor.undoStack()->count(), 0);
    editor.setTool(ToolKind::Fill);
    editor.press(at(100, 100));
    editor.release(at(100, 100));
    QVERIFY(!doc.hasEdits());
}

void TestMaskEditing::editedMasksCarryClassIndices()
{
    MaskDocument doc;
    setUp(doc);
    QVERIFY(doc.editedMasks().isEmpty());
    QVERIFY(doc.setOverride(kLayer, QPoint(1, 1), 3));
    const QMap<int, QImage> masks = doc.editedMasks();
    QCOMPARE(masks.keys(), QList<int>{kLayer});
    const QImage m = masks[kLayer];
    QCOMPARE(m.format(), QImage::Format_Indexed8);
    QCOMPARE(m.size(), QSize(kSide, kSide));
    QCOMPARE(m.pixelIndex(1, 1), 3);
    QCOMPARE(m.pixelIndex(6, 1), 1);
}

void TestMaskEditing::hiddenAndSoloClassesAreTransparent()
{
    MaskDocument doc;
    setUp(doc);
    doc.setHidden(kLayer, 1, true);
    QCOMPARE(qAlpha(doc.displayColors(kLayer)[1]), 0);
    QCOMPARE(qAlpha(doc.displayColors(kLayer)[0]), 255);
    doc.setSolo(kLayer, 2);
    QCOMPARE(qAlpha(doc.displayColors(kLayer)[0]), 0);
    QCOMPARE(qAlpha(doc.displayColors(kLayer)[2]), 255);
    doc.setSolo(kLayer, -1);
    QCOMPARE(qAlpha(doc.displayColors(kLayer)[0]), 255);
    // Display state never reaches the engine's masks.
    QVERIFY(doc.setOverride(kLayer, QPoint(0, 0), 1));
    QCOMPARE(doc.editedMasks()[kLayer].pixelIndex(0, 0), 1);
}

void TestMaskEditing::nothingToPaintBeforeEncodedMask()
{
    MaskDocument doc;
    doc.reset({kLayer}, {{kLayer, kSide}}, kClasses, {}, {});
    MaskEditor editor(&doc);
    editor.press(at(1, 1));
    editor.release(at(1, 1));
    QVERIFY(!doc.hasEdits());
    QVERIFY(doc.effective(kLayer).isNull());
}

QTEST_MAIN(TestMaskEditing)
#include "test_mask_editing.moc"
