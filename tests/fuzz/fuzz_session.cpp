// Session loading on arbitrary files: false with a message, or a session; never a crash.
#include <QGuiApplication>

#include <cstdlib>

#include "tests/fuzz/fuzz_support.h"
#include "ui/session_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = pivq::fuzz::writeInput(data, size, ".pivqsession");
    pivq::ui::Session s;
    QString error;
    const bool ok = pivq::ui::readSession(path, &s, &error);
    if (!ok && error.isEmpty()) abort();  // every refusal says why
    return 0;
}
