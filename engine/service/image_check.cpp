#include "engine/service/image_check.h"

namespace pivq::service {

QString imageBytesProblem(const QByteArray& bytes)
{
    if (bytes.size() > kMaxInputFileBytes) return QStringLiteral("the file is too large");
    return QString::fromStdString(io::checkEncodedImage(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                                        static_cast<size_t>(bytes.size()), io::kMaxImageSide,
                                                        io::kMaxImagePixels));
}

}  // namespace pivq::service
