// A quick look at training data before a run starts: how many files of a folder (recursive)
// or a .zip can be used, which cannot and why, and a few thumbnails as training will see
// them (centre-cropped squares). It reads image headers, not whole images, so thousands of
// files take seconds; a file whose header is fine but whose pixels are damaged is found only
// when the run decodes it (and skipped there). No torch in this header: the studio's
// training dialog calls it on Qt's thread pool.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace pivq::service {

struct DatasetProbeOptions {
    int thumbnails = 8;         // how many to decode
    int thumbnailSide = 96;     // their side in pixels
    int toyfacesCount = 20000;  // "toyfaces": the size of the procedural set
    quint64 toyfacesSeed = 0;   // and its stream (the training seed)
};

struct DatasetProbe {
    QString path;
    bool toyfaces = false;  // the procedural set: no files
    bool zip = false;
    qint64 files = 0;             // files with an image extension (png jpg jpeg webp bmp tif tiff)
    qint64 usable = 0;            // whose header reads as an image within the size limits
    qint64 unreadable = 0;        // files - usable
    QStringList firstUnreadable;  // "file: reason", at most 5
    QVector<int> shortSides;      // the shorter side of each usable image, in pixels
    QVector<QImage> thumbnails;   // the first usable images, square (Format_RGB888)
    QStringList thumbnailNames;
    QString error;  // the source cannot be read at all: missing, not a folder or .zip, damaged zip
    bool cancelled = false;

    // Usable images whose shorter side is under `side` (they are enlarged for training).
    qint64 smallerThan(int side) const;
};

// progress(done, total) as files are looked at; cancelled() is polled between files and
// ends the probe early with `cancelled` set. Never throws: problems are in the result.
DatasetProbe probeDataset(const QString& path, const DatasetProbeOptions& options = {},
                          const std::function<void(qint64, qint64)>& progress = {},
                          const std::function<bool()>& cancelled = {});

}  // namespace pivq::service
