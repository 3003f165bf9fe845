#pragma once

#include "validation/ConnectorBudget.h"
#include "validation/ValidationFinding.h"

#include "json/JsonFile.h"

#include <QList>
#include <QSet>
#include <QString>

class ConnectorDocument;

// One validation of a connector with its size budget, the findings placed at their lines in
// the text the document would save now. Either on the document itself (its thread), or on a
// snapshot of its text, which can run on any thread while the document goes on changing.
struct ValidationPass
{
    // A file as it would be saved, kept as text: encoding a megabyte on the GUI thread only to
    // decode it again on the worker cost time and held 3x its size at the memory peak.
    struct SnapshotFile
    {
        QString text;
        QString name;
        json::JsonFile::Encoding encoding = json::JsonFile::Encoding::Utf8;
        bool bom = false;
        qint64 bytes = 0; // its size on disk
    };
    struct Snapshot
    {
        SnapshotFile definition;
        SnapshotFile properties;
        QSet<QString> disabledRules;
    };

    QList<ValidationFinding> findings;
    ConnectorBudget::Figures budget;
    double milliseconds = 0;

    // An edited document is validated as a snapshot: the lines of the file as read are stale,
    // and parsing the saved text again costs less than locating each finding separately.
    static ValidationPass run(const ConnectorDocument &document, const QSet<QString> &disabledRules);
    static Snapshot snapshot(const ConnectorDocument &document, const QSet<QString> &disabledRules);
    static ValidationPass run(const Snapshot &snapshot);
};
