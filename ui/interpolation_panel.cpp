#include "ui/interpolation_panel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "ui/image_slot.h"
#include "ui/interpolation_pad.h"

namespace pivq::ui {

namespace {
QSlider* tSlider(const QString& name, const QString& tip, QWidget* parent)
{
    auto* s = new QSlider(Qt::Horizontal, parent);
    s->setRange(0, InterpolationPanel::kSteps);
    s->setSingleStep(1);
    s->setPageStep(10);
    s->setTickPosition(QSlider::TicksBelow);
    s->setTickInterval(InterpolationPanel::kSteps / 4);
    s->setAccessibleName(name);
    s->setToolTip(tip);
    s->setMinimumWidth(120);
    return s;
}
}  // namespace

InterpolationPanel::InterpolationPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    poseB_ = new ImageSlot(tr("Second pose"), ImageSlot::Clearable | ImageSlot::Refine, this);
    identityB_ = new ImageSlot(tr("Second identity"), ImageSlot::Clearable | ImageSlot::Refine, this);
    for (ImageSlot* s : {poseB_, identityB_}) s->setMinimumWidth(150);

    auto* sliders = new QGridLayout;
    poseSlider_ = tSlider(tr("Pose interpolation"),
                          tr("Move the pose from the pose input (left) to the second pose (right)"), this);
    identitySlider_ =
        tSlider(tr("Identity interpolation"),
                tr("Move the identity from the identity input (left) to the second identity (right)"), this);
    poseValue_ = new QLabel(this);
    identityValue_ = new QLabel(this);
    auto* poseLabel = new QLabel(tr("&Pose t:"), this);
    poseLabel->setBuddy(poseSlider_);
    auto* identityLabel = new QLabel(tr("I&dentity t:"), this);
    identityLabel->setBuddy(identitySlider_);
    sliders->addWidget(poseLabel, 0, 0);
    sliders->addWidget(poseSlider_, 0, 1);
    sliders->addWidget(poseValue_, 0, 2);
    sliders->addWidget(identityLabel, 1, 0);
    sliders->addWidget(identitySlider_, 1, 1);
    sliders->addWidget(identityValue_, 1, 2);
    addToGallery_ = new QPushButton(tr("Add to &gallery"), this);
    addToGallery_->setToolTip(tr("Keep the current result in the gallery (Ctrl+G)"));
    addToGallery_->setAccessibleName(tr("Add result to gallery"));
    connect(addToGallery_, &QPushButton::clicked, this, &InterpolationPanel::addToGalleryRequested);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(sliders);
    middle->addWidget(addToGallery_, 0, Qt::AlignLeft);
    middle->addStretch(1);

    pad_ = new InterpolationPad(this);
    pad_->setToolTip(tr("Pose (left to right) by identity (top to bottom): drag, or use the arrow keys"));
    pad_->setAccessibleName(tr("Pose and identity interpolation pad"));

    layout->addWidget(poseB_, 1);
    layout->addLayout(middle, 1);
    layout->addWidget(pad_);
    layout->addWidget(identityB_, 1);

    connect(poseSlider_, &QSlider::valueChanged, this, &InterpolationPanel::syncFromSliders);
    connect(identitySlider_, &QSlider::valueChanged, this, &InterpolationPanel::syncFromSliders);
    connect(pad_, &InterpolationPad::moved, this, [this](double p, double i) {
        const QSignalBlocker b1(poseSlider_), b2(identitySlider_);
        poseSlider_->setValue(qRound(p * kSteps));
        identitySlider_->setValue(qRound(i * kSteps));
        poseValue_->setText(QString::number(poseT(), 'f', 2));
        identityValue_->setText(QString::number(identityT(), 'f', 2));
        Q_EMIT changed();
    });
    for (ImageSlot* s : {poseB_, identityB_})
        connect(s, &ImageSlot::sourceChanged, this, [this] {
            syncEnabled();
            Q_EMIT changed();
        });
    syncEnabled();
    syncFromSliders();
}

double InterpolationPanel::poseT() const
{
    return poseB_->isSet() ? static_cast<double>(poseSlider_->value()) / kSteps : 0.0;
}

double InterpolationPanel::identityT() const
{
    return identityB_->isSet() ? static_cast<double>(identitySlider_->value()) / kSteps : 0.0;
}

void InterpolationPanel::setT(double poseT, double identityT)
{
    poseSlider_->setValue(qRound(poseT * kSteps));
    identitySlider_->setValue(qRound(identityT * kSteps));
}

void InterpolationPanel::syncEnabled()
{
    const bool p = poseB_->isSet(), i = identityB_->isSet();
    poseSlider_->setEnabled(p);
    identitySlider_->setEnabled(i);
    pad_->setAxesEnabled(p, i);
    syncFromSliders();
}

void InterpolationPanel::syncFromSliders()
{
    poseValue_->setText(QString::number(poseT(), 'f', 2));
    identityValue_->setText(QString::number(identityT(), 'f', 2));
    const bool moved = pad_->poseT() != double(poseSlider_->value()) / kSteps ||
                       pad_->identityT() != double(identitySlider_->value()) / kSteps;
    pad_->setValue(double(poseSlider_->value()) / kSteps, double(identitySlider_->value()) / kSteps);
    if (moved) Q_EMIT changed();
}

}  // namespace pivq::ui
