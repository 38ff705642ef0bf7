// Asks how to refine an input image: how many optimisation steps on its W+ latents and,
// optionally, pivotal tuning of the generator's synthesis weights afterwards. Opened with
// open() (window-modal), so the event loop, renders and a running training go on.
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;
class QSpinBox;

namespace pivq::ui {

struct RefineSettings {
    static constexpr int kMinSteps = 10;  // the dialog's range; the window accepts what the engine does
    static constexpr int kMaxSteps = 2000;
    int steps = 100;             // Adam steps on the image's W+ latents
    bool tuneGenerator = false;  // then tune the synthesis weights with the latents fixed (changes every result)
    int generatorSteps = 50;     // steps of that tuning
};

class RefineDialog : public QDialog {
    Q_OBJECT
public:
    // `input`: the slot's title ("Pose"); `note`: what refining that input changes.
    RefineDialog(const QString& input, const QString& note, const RefineSettings& settings, QWidget* parent = nullptr);

    RefineSettings settings() const;
    QSpinBox* stepsBox() const { return steps_; }
    QCheckBox* tuneBox() const { return tune_; }
    QSpinBox* generatorStepsBox() const { return generatorSteps_; }
    QPushButton* refineButton() const { return refine_; }

private:
    QSpinBox* steps_ = nullptr;
    QCheckBox* tune_ = nullptr;
    QSpinBox* generatorSteps_ = nullptr;
    QPushButton* refine_ = nullptr;
};

}  // namespace pivq::ui
