#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

// Helpers shared by the GUI tests.
namespace UiTestSupport {

// Copies the bundled sample connector into folder (created), files writable.
bool copySample(const QString &folder);
QByteArray readFile(const QString &path);
// The lines of after that differ from before (same line count expected), as "n: text".
QStringList changedLines(const QByteArray &before, const QByteArray &after);
// Sets a file's modification time into the past, so a rewrite shows as a newer time.
void ageFile(const QString &path);
// Mean HSL lightness (0-255) of an image scaled to 64x40: tells a light render from a dark one.
double averageLightness(const QImage &image);

} // namespace UiTestSupport
