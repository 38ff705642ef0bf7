// Where the shipped default model is found, for the studio and the CLI alike: beside an
// installed executable (<prefix>/share/pivq-studio/models), in a models/ folder next to it,
// and in the source tree's models/ (a build run from its own tree).
#pragma once

#include <QString>
#include <QStringList>

namespace pivq::service {

// The folders searched, in order.
QStringList defaultModelDirs();
// default.pivq in the first folder that has one, else the first *.pivq (by name) of the
// first folder that has any; "" when there is none. The path is canonical.
QString findDefaultModel(const QStringList& dirs);

}  // namespace pivq::service
