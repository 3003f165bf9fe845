#include "IconFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QObject>

namespace IconFile {

namespace {

bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1a\n", 8));
}

constexpr qint64 MaxFileSize = 64 * 1024 * 1024; // far above any icon; refuses nonsense early

} // namespace

QByteArray readAsPng(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > MaxFileSize) {
        *error = QObject::tr("%1 is too large for an icon.").arg(path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        *error = QObject::tr("%1 is not a PNG or JPG image.").arg(path);
        return {};
    }
    if (isPng(bytes))
        return bytes;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QObject::tr("Cannot convert %1 to PNG.").arg(path);
        return {};
    }
    return png;
}

QString describe(const QByteArray &png)
{
    if (png.isEmpty())
        return QObject::tr("No icon yet: the platform shows a generic one.");
    const QImage image = QImage::fromData(png);
    if (image.isNull())
        return QObject::tr("The icon file is not a readable image.");
    QString text = QObject::tr("%1 × %2 px · %3")
                       .arg(image.width())
                       .arg(image.height())
                       .arg(QLocale().formattedDataSize(png.size(), 0));
    if (image.width() != image.height())
        text += QObject::tr(" · not square");
    else if (image.width() < 100 || image.width() > 230)
        text += QObject::tr(" · certification expects 100–230 px");
    if (png.size() > 1024 * 1024)
        text += QObject::tr(" · over 1 MB");
    return text;
}

} // namespace IconFile
