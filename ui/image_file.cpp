#include "ui/image_file.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>

namespace pivq::ui {

bool saveImageAtomically(const QString& path, const QImage& image, const char* format, QString* error)
{
    if (image.isNull()) {
        *error = QCoreApplication::translate("pivq::ui::ImageFile", "there is no image to save");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace pivq::ui
