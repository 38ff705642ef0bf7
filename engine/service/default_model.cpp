#include "engine/service/default_model.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pivq::service {

QStringList defaultModelDirs()
{
    const QString app = QCoreApplication::applicationDirPath();
    QStringList dirs{app + "/../share/pivq-studio/models", app + "/models"};
#ifdef PIVQ_SOURCE_DIR
    dirs << QStringLiteral(PIVQ_SOURCE_DIR "/models");
#endif
    return dirs;
}

QString findDefaultModel(const QStringList& dirs)
{
    for (const QString& d : dirs) {
        const QDir dir(d);
        if (dir.exists("default.pivq")) return QFileInfo(dir.filePath("default.pivq")).canonicalFilePath();
        const QStringList found = dir.entryList({"*.pivq"}, QDir::Files, QDir::Name);
        if (!found.isEmpty()) return QFileInfo(dir.filePath(found.first())).canonicalFilePath();
    }
    return {};
}

}  // namespace pivq::service
