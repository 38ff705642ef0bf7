// Test support for the studio's window suites: settings kept in a temporary folder, the
// block-face input images, and a MainWindow shown on the untrained tiny32 networks with two
// inputs and its first result. Header-only; Qt Widgets and pivq_ui.
#pragma once

#include <QAbstractSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QtTest>

#include "engine/service/engine_service.h"
#include "ui/image_slot.h"
#include "ui/main_window.h"

namespace pivq::testing {

// Preferences, recent files and palettes of a test stay in `dir`.
inline void isolateSettings(const QString& dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QStandardPaths::setTestModeEnabled(true);
}

// A square of `background` with a centred square "face" half its side.
inline QImage blockImage(int side, QRgb background, QRgb face)
{
    QImage img(side, side, QImage::Format_RGB32);
    img.fill(background);
    for (int y = side / 4; y < 3 * side / 4; ++y)
        for (int x = side / 4; x < 3 * side / 4; ++x) img.setPixel(x, y, face);
    return img;
}

// Shows and activates `w` (window shortcuts such as Ctrl+Z need the active window), loads
// tiny32, the two inputs, and waits up to `waitMs` for the first result.
inline bool showWindowOnTiny(ui::MainWindow& w, service::EngineService& engine, const QString& poseFile,
                             const QString& identityFile, int waitMs)
{
    w.show();
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w)) return false;
    w.showEngineInfo(engine.loadPresetSync("tiny32"));
    QSignalSpy shown(&w, &ui::MainWindow::resultShown);
    if (!w.poseSlot()->loadFile(poseFile) || !w.identitySlot()->loadFile(identityFile)) return false;
    return (!shown.isEmpty() || shown.wait(waitMs)) && !w.resultImage().isNull();
}

// What control `c` lacks for keyboard and screen-reader users: a tooltip, a name (its
// accessible name, else `label`), keyboard focus. Controls hidden under `root` (nullptr: its
// window), Qt's internal ones and a spin box's own line edit are skipped.
inline QStringList accessibilityProblems(const QWidget* c, const QString& label, const QWidget* root = nullptr)
{
    if (c->objectName().startsWith("qt_") || !c->isVisibleTo(root ? root : c->window())) return {};
    if (qobject_cast<const QLineEdit*>(c) && qobject_cast<const QAbstractSpinBox*>(c->parentWidget())) return {};
    const QString name = c->accessibleName().isEmpty() ? label : c->accessibleName();
    const QString what = QString::fromLatin1(c->metaObject()->className()) + " \"" + name + '"';
    QStringList out;
    if (c->toolTip().isEmpty()) out << "no tooltip: " + what;
    if (name.isEmpty()) out << "no name: " + what;
    if (c->focusPolicy() == Qt::NoFocus) out << "no keyboard focus: " + what;
    return out;
}

}  // namespace pivq::testing
