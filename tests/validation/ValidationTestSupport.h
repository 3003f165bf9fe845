#pragma once

#include "document/ConnectorDocument.h"
#include "validation/ValidationFinding.h"
#include "json/JsonFile.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Small connectors for the validation tests: a clean baseline, edits on it, and the corpus.
namespace vt {

// One edit of a fixture: set a value (JSON text), remove it, or rename a member.
struct Edit
{
    enum class Kind { Set, Remove, Rename, Raw };
    Kind kind = Kind::Set;
    ConnectorDocument::Part part = ConnectorDocument::Part::Definition;
    QString pointer;
    QString text; // Set: JSON; Rename: the new key; Raw: the whole file
};
using Edits = QList<Edit>;

Edit set(const QString &pointer, const QString &json);
Edit remove(const QString &pointer);
Edit rename(const QString &pointer, const QString &newKey);
Edit setProperty(const QString &pointer, const QString &json); // in apiProperties.json
Edit removeProperty(const QString &pointer);
Edit rawDefinition(const QString &text); // replaces the whole definition file

// A connector that every rule accepts.
QByteArray baselineDefinition();
QByteArray baselineProperties();
// The baseline with edits applied, as file bytes (2-space indent).
QByteArray edited(const QByteArray &bytes, const QString &fileName, const Edits &edits,
                  ConnectorDocument::Part part, QString *error);

struct Fixture
{
    QByteArray definitionBytes;
    QByteArray propertiesBytes;
    json::JsonFile definition;
    json::JsonFile properties;
};
Fixture makeFixture(const Edits &edits, QString *error);
QList<ValidationFinding> validate(const Edits &edits, QString *error);

// Writes the fixture into folder (created); false on failure.
bool writeConnector(const QString &folder, const Edits &edits, QString *error);
bool copyConnector(const QString &from, const QString &to);

// The corpus root (CD_CORPUS, else the configured default), or empty; and whether CI needs it.
QString corpusDir();
bool corpusRequired();
QStringList corpusConnectors(); // folders holding an apiDefinition.swagger.json, sorted

QString describe(const QList<ValidationFinding> &findings);

} // namespace vt

Q_DECLARE_METATYPE(vt::Edits)
