#include "ui/refine_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pivq::ui {

namespace {
QSpinBox* makeStepsBox(int value, const QString& name, const QString& tip, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(RefineSettings::kMinSteps, RefineSettings::kMaxSteps);
    box->setSingleStep(10);
    box->setValue(qBound(RefineSettings::kMinSteps, value, RefineSettings::kMaxSteps));
    box->setAccessibleName(name);
    box->setToolTip(tip);
    return box;
}
}  // namespace

RefineDialog::RefineDialog(const QString& input, const QString& note, const RefineSettings& settings, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Refine: %1").arg(input));
    setObjectName("refineDialog");
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Optimise the latents of this image step by step so that the model reconstructs it "
                                "faithfully. The window stays usable meanwhile; Cancel keeps what was reached, and "
                                "Revert goes back to the plain encoding."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        layout->addWidget(noteLabel);
    }

    auto* form = new QFormLayout;
    layout->addLayout(form);
    steps_ = makeStepsBox(settings.steps, tr("Refinement steps"),
                          tr("Optimisation steps on the image's W+ latents: more steps fit the image more closely and "
                             "take longer"),
                          this);
    auto* stepsLabel = new QLabel(tr("&Steps:"), this);
    stepsLabel->setBuddy(steps_);
    form->addRow(stepsLabel, steps_);

    tune_ = new QCheckBox(tr("Also tune the &generator (changes every result)"), this);
    tune_->setChecked(settings.tuneGenerator);
    tune_->setAccessibleName(tr("Also tune the generator"));
    tune_->setToolTip(
        tr("Pivotal tuning: after the latents, adjust the generator's synthesis weights to this image with its "
           "latents fixed. Every result and reconstruction changes until Refine › Revert Generator Tuning; "
           "sessions do not save the tuning."));
    form->addRow(QString(), tune_);
    generatorSteps_ = makeStepsBox(settings.generatorSteps, tr("Generator tuning steps"),
                                   tr("Optimisation steps on the generator's synthesis weights"), this);
    auto* generatorLabel = new QLabel(tr("Generator s&teps:"), this);
    generatorLabel->setBuddy(generatorSteps_);
    form->addRow(generatorLabel, generatorSteps_);
    generatorSteps_->setEnabled(tune_->isChecked());
    connect(tune_, &QCheckBox::toggled, generatorSteps_, &QSpinBox::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    refine_ = buttons->addButton(tr("&Refine"), QDialogButtonBox::AcceptRole);
    refine_->setDefault(true);
    refine_->setToolTip(tr("Start the refinement; the input shows its progress and a Cancel button"));
    refine_->setAccessibleName(tr("Start refinement"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Close without refining"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    steps_->setFocus();
}

RefineSettings RefineDialog::settings() const
{
    RefineSettings s;
    s.steps = steps_->value();
    s.tuneGenerator = tune_->isChecked();
    s.generatorSteps = generatorSteps_->value();
    return s;
}

}  // namespace pivq::ui
