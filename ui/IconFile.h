#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// Reading an image file as a connector icon: PNG files are kept byte for byte,
// other formats (JPG) are converted to PNG.
namespace IconFile {

QByteArray readAsPng(const QString &path, QString *error);
// "230 × 230 px · 12 KB", and a hint where certification would object.
QString describe(const QByteArray &png);

} // namespace IconFile
