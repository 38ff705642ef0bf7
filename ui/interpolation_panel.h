// Interpolation: a second pose and a second identity (drop zones like the inputs), a slider
// for each (t = 0: the input, t = 1: the second reference), and the 2-D pose x identity
// pad. Every change is reported at once, so the result follows a drag live.
#pragma once

#include <QWidget>

#include "engine/service/engine_service.h"

class QLabel;
class QPushButton;
class QSlider;

namespace pivq::ui {

class ImageSlot;
class InterpolationPad;

class InterpolationPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSteps = 100;  // slider positions per unit of t

    explicit InterpolationPanel(QWidget* parent = nullptr);

    ImageSlot* secondPose() const { return poseB_; }
    ImageSlot* secondIdentity() const { return identityB_; }
    QSlider* poseSlider() const { return poseSlider_; }
    QSlider* identitySlider() const { return identitySlider_; }
    InterpolationPad* pad() const { return pad_; }
    QPushButton* addToGalleryButton() const { return addToGallery_; }

    // t as used in requests: 0 while the second reference is missing.
    double poseT() const;
    double identityT() const;
    void setT(double poseT, double identityT);

Q_SIGNALS:
    void changed();  // a t or a second reference changed
    void addToGalleryRequested();

private:
    void syncEnabled();
    void syncFromSliders();

    ImageSlot* poseB_ = nullptr;
    ImageSlot* identityB_ = nullptr;
    QSlider* poseSlider_ = nullptr;
    QSlider* identitySlider_ = nullptr;
    QLabel* poseValue_ = nullptr;
    QLabel* identityValue_ = nullptr;
    InterpolationPad* pad_ = nullptr;
    QPushButton* addToGallery_ = nullptr;
};

}  // namespace pivq::ui
