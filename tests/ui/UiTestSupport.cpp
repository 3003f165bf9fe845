#include "UiTestSupport.h"

#include <QColor>

#include "document/ConnectorDocument.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace UiTestSupport {

bool copySample(const QString &folder)
{
    QDir().mkpath(folder);
    const QDir source(ConnectorDocument::SampleResourcePath);
    const QStringList names = source.entryList(QDir::Files);
    if (names.isEmpty())
        return false;
    for (const QString &name : names) {
        const QString target = QDir(folder).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            return false;
        QFile::setPermissions(target,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList result;
    if (a.size() != b.size()) {
        result.append(QStringLiteral("line count %1 -> %2").arg(a.size()).arg(b.size()));
        return result;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            result.append(QString::number(i + 1) + QStringLiteral(": ")
                          + QString::fromUtf8(b.at(i)).trimmed());
    }
    return result;
}

void ageFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime);
}

double averageLightness(const QImage &image)
{
    const QImage small = image.scaled(64, 40, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            sum += QColor(small.pixel(x, y)).lightness();
    }
    return sum / (small.width() * small.height());
}

} // namespace UiTestSupport
