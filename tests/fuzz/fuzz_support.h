// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput, built either with
// libFuzzer (clang, -DPIVQ_FUZZ=ON) or with replay_main.cpp, which runs it over the seed
// corpus in tests/fuzz/corpus/<target>/ on every ctest run. A target may throw only the
// project's own error types for bad input; anything else (a crash, a sanitizer report, an
// unexpected exception) is a finding.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>

namespace pivq::fuzz {

// One file per process, rewritten for every input, for loaders that take a path.
inline QString inputFile(const char* suffix)
{
    static const QString dir = [] {
        QString d = qEnvironmentVariable("TMPDIR", "/tmp");
        QDir().mkpath(d);
        return d;
    }();
    return dir + QString("/pivq-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(suffix);
}

inline QString writeInput(const uint8_t* data, size_t size, const char* suffix)
{
    const QString path = inputFile(suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) abort();
    if (size && f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != qint64(size)) abort();
    return path;
}

}  // namespace pivq::fuzz
