// The fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput on every file of the
// folders and files given (the seed corpus and any crash files), in sorted order, so that
// the corpus is replayed by ctest on every build. Exits non-zero when an input escapes with
// an exception; a crash or a sanitizer report fails the process by itself.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo fi(QString::fromLocal8Bit(argv[i]));
        if (fi.isDir()) {
            for (const QString& f : QDir(fi.filePath()).entryList(QDir::Files, QDir::Name))
                files << QDir(fi.filePath()).filePath(f);
        } else if (fi.isFile()) {
            files << fi.filePath();
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR|FILE...\n", argv[0]);
        return 2;
    }
    int failed = 0;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = f.readAll();
        try {
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "FAIL %s: exception escaped: %s\n", qPrintable(path), e.what());
            ++failed;
        }
    }
    std::printf("%s: replayed %lld inputs, %d failed\n", argv[0], static_cast<long long>(files.size()), failed);
    return failed ? 1 : 0;
}
