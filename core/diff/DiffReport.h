#pragma once

#include "DiffChange.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The diff for people (one line per change, breaking first, then a count) and for tools (JSON).
namespace DiffReport {

QString text(const QList<DiffChange> &changes);
QByteArray json(const QList<DiffChange> &changes, const QString &oldPath, const QString &newPath);

} // namespace DiffReport
