// Test support: reading and writing zips (bundles, sessions, datasets) entry by entry, to
// build or damage them by hand. Header-only; Qt and QuaZip.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <utility>
#include <vector>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace pivq::testing {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;  // name -> bytes, in archive order

// Every entry of the zip at `path`; empty when it cannot be read.
inline ZipEntries readZip(const QString& path)
{
    ZipEntries out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly)) return {};
        out.emplace_back(zip.getCurrentFileName(), f.readAll());
    }
    return out;
}

// The bytes of entry `name`; empty when it is missing or unreadable.
inline QByteArray readZipEntry(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) return {};
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

// Writes `entries` as a new zip at `path` (a file there is replaced); a name ending in '/'
// is a directory entry. False when anything fails.
inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    if (QFile::exists(path) && !QFile::remove(path)) return false;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) return false;
    for (const auto& [name, bytes] : entries) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || f.write(bytes) != bytes.size()) return false;
        f.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

}  // namespace pivq::testing
