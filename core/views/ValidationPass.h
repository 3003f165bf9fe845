#pragma once

#include "validation/ConnectorBudget.h"
#include "validation/ValidationFinding.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

class ConnectorDocument;

// One validation of a connector with its size budget, the findings placed at their lines in
// the text the document would save now. Either on the document itself (its thread), or on a
// snapshot of its bytes, which can run on any thread while the document goes on changing.
struct ValidationPass
{
    struct Snapshot
    {
        QByteArray definition; // as the files would be saved
        QByteArray properties;
        QString definitionName;
        QString propertiesName;
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
