#include "ConnectorDocument.h"

#include "ConnectorFolder.h"
#include "InsertJsonCommand.h"
#include "MoveJsonCommand.h"
#include "RemoveJsonCommand.h"
#include "ReplaceFileTextCommand.h"
#include "SetIconCommand.h"
#include "SetJsonValueCommand.h"
#include "SetScriptCommand.h"
#include "json/JsonParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace {

// Equal digests, equal bytes (no adversary here: both sides are our own reads and writes).
// Empty stays empty, as the bytes did: no file read is no file written.
QByteArray digest(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QByteArray() : QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
}

} // namespace

using json::JsonPointer;
using json::JsonValue;

const QString ConnectorDocument::DefinitionFileName = QStringLiteral("apiDefinition.swagger.json");
const QString ConnectorDocument::PropertiesFileName = QStringLiteral("apiProperties.json");
const QString ConnectorDocument::IconFileName = QStringLiteral("icon.png");
const QString ConnectorDocument::ScriptFileName = QStringLiteral("script.csx");
const QString ConnectorDocument::SettingsFileName = QStringLiteral("settings.json");
const QString ConnectorDocument::SampleResourcePath = QStringLiteral(":/sample/contoso-hr");

ConnectorDocument::ConnectorDocument(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_definition(std::make_unique<json::JsonFile>()),
      m_properties(std::make_unique<json::JsonFile>()), m_settings(std::make_unique<json::JsonFile>())
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    newBlank();
}

ConnectorDocument::~ConnectorDocument()
{
    // Commands refer to the document: drop them while it is still whole.
    m_undo->clear();
}

bool ConnectorDocument::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("\"%1\" does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!loadFromFolder(folder, error))
        return false;
    m_folder = folder;
    emit folderChanged(m_folder);
    return true;
}

void ConnectorDocument::newBlank()
{
    static const char definition[] = R"({"swagger": "2.0",
      "info": {"title": "", "description": "", "version": "1.0"},
      "host": "", "basePath": "/", "schemes": ["https"],
      "consumes": [], "produces": [], "paths": {}, "definitions": {}, "parameters": {},
      "responses": {}, "securityDefinitions": {}, "security": [], "tags": []})";
    static const char properties[] = R"({"properties": {"connectionParameters": {},
      "iconBrandColor": "#007ee5", "capabilities": [], "policyTemplateInstances": []}})";
    QString error;
    ConnectorFolder content;
    content.definition = json::JsonFile::fromValue(
        json::JsonParser::parseValue(QString::fromLatin1(definition), &error), DefinitionFileName);
    content.properties = json::JsonFile::fromValue(
        json::JsonParser::parseValue(QString::fromLatin1(properties), &error), PropertiesFileName);
    adopt(std::move(content), QString());
}

bool ConnectorDocument::newFromSample(QString *error)
{
    if (!loadFromFolder(SampleResourcePath, error))
        return false;
    // A copy: it has no folder until the user saves it somewhere.
    m_folder.clear();
    m_diskDefinitionDigest.clear();
    m_diskPropertiesDigest.clear();
    m_diskSettingsDigest.clear();
    m_diskIcon.clear();
    m_diskScript.clear();
    m_diskHasIcon = m_diskHasScript = m_diskHasSettings = false;
    emit folderChanged(m_folder);
    return true;
}

void ConnectorDocument::newFromBytes(const QByteArray &definition, const QByteArray &properties)
{
    ConnectorFolder content;
    content.definition = json::JsonFile::fromBytes(definition, DefinitionFileName);
    content.properties = json::JsonFile::fromBytes(properties, PropertiesFileName);
    adopt(std::move(content), QString());
    m_undo->resetClean();
    emit modifiedChanged(true);
}

bool ConnectorDocument::loadFromFolder(const QString &folder, QString *error)
{
    ConnectorFolder content;
    if (!content.read(folder, error))
        return false;
    adopt(std::move(content), folder);
    return true;
}

void ConnectorDocument::adopt(ConnectorFolder content, const QString &folder)
{
    m_undo->clear();
    *m_definition = std::move(content.definition);
    *m_properties = std::move(content.properties);
    m_hasSettings = content.hasSettings;
    *m_settings = std::move(content.settings);
    m_icon = content.icon;
    m_script = content.script;
    m_hasScript = content.hasScript;
    m_scriptFileName = content.scriptFileName.isEmpty() ? ScriptFileName : content.scriptFileName;
    m_readOnlyReason.clear();
    for (const json::JsonFile *file : {m_definition.get(), m_properties.get()}) {
        if (!file->isValid())
            m_readOnlyReason += file->errorString() + QLatin1Char('\n');
    }
    if (m_hasSettings && !m_settings->isValid())
        m_readOnlyReason += m_settings->errorString() + QLatin1Char('\n');
    m_readOnlyReason = m_readOnlyReason.trimmed();

    m_folder = folder;
    m_diskDefinitionDigest = digest(content.definitionBytes);
    m_diskPropertiesDigest = digest(content.propertiesBytes);
    m_diskSettingsDigest = digest(content.settingsBytes);
    m_diskIcon = content.icon;
    m_diskHasIcon = !content.icon.isEmpty();
    m_diskScript = content.scriptBytes;
    m_diskHasScript = content.hasScript;
    m_diskHasSettings = content.hasSettings;
    m_undo->setClean();
    emit reset();
    emit modifiedChanged(false);
}

bool ConnectorDocument::save(QString *error)
{
    if (isUntitled()) {
        *error = tr("The connector has no folder yet: use Save As.");
        return false;
    }
    return writeAll(m_folder, false, error);
}

bool ConnectorDocument::saveAs(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!writeAll(absolute, absolute != m_folder, error))
        return false;
    if (absolute != m_folder) {
        m_folder = absolute;
        emit folderChanged(m_folder);
    }
    return true;
}

// Writes what differs from the disk copy (or everything for a new folder), atomically per file.
bool ConnectorDocument::writeAll(const QString &folder, bool everything, QString *error)
{
    if (isReadOnly()) {
        *error = tr("The connector is read-only until its files parse:\n%1").arg(m_readOnlyReason);
        return false;
    }
    const QDir dir(folder);
    const QByteArray definition = m_definition->toBytes();
    const QByteArray properties = m_properties->toBytes();
    const QByteArray settings = m_hasSettings ? m_settings->toBytes() : QByteArray();
    const QByteArray definitionDigest = digest(definition);
    const QByteArray propertiesDigest = digest(properties);
    const QByteArray settingsDigest = digest(settings);
    // An unchanged script keeps its bytes (encoding, BOM) exactly.
    const QByteArray script = m_script == ConnectorFolder::decodeText(m_diskScript) ? m_diskScript : m_script.toUtf8();
    struct Write {
        QString name;
        const QByteArray &bytes;
        bool present;
        bool changed;
    };
    const Write writes[] = {
        {DefinitionFileName, definition, true, definitionDigest != m_diskDefinitionDigest},
        {PropertiesFileName, properties, true, propertiesDigest != m_diskPropertiesDigest},
        {SettingsFileName, settings, m_hasSettings,
         m_hasSettings != m_diskHasSettings || settingsDigest != m_diskSettingsDigest},
        {IconFileName, m_icon, !m_icon.isEmpty(), !m_icon.isEmpty() != m_diskHasIcon || m_icon != m_diskIcon},
        {m_scriptFileName, script, m_hasScript, m_hasScript != m_diskHasScript || script != m_diskScript},
    };
    for (const Write &w : writes) {
        if (!everything && !w.changed)
            continue;
        const QString path = dir.filePath(w.name);
        if (w.present) {
            if (!ConnectorFolder::writeAtomically(path, w.bytes, error))
                return false;
        } else if (!everything && QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot remove \"%1\".").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    m_diskDefinitionDigest = definitionDigest;
    m_diskPropertiesDigest = propertiesDigest;
    m_diskSettingsDigest = settingsDigest;
    m_diskHasSettings = m_hasSettings;
    m_diskIcon = m_icon;
    m_diskHasIcon = !m_icon.isEmpty();
    m_diskScript = script;
    m_diskHasScript = m_hasScript;
    m_undo->setClean();
    return true;
}

bool ConnectorDocument::isModified() const
{
    return !m_undo->isClean();
}

QString ConnectorDocument::displayName() const
{
    const JsonValue *title = value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")));
    if (title && title->isString() && !title->toString().trimmed().isEmpty())
        return title->toString().trimmed();
    if (!m_folder.isEmpty())
        return QFileInfo(m_folder).fileName();
    return tr("Untitled");
}

json::JsonFile &ConnectorDocument::file(Part part)
{
    switch (part) {
    case Part::Definition: return *m_definition;
    case Part::Properties: return *m_properties;
    case Part::Settings: break;
    }
    return *m_settings;
}

const json::JsonFile &ConnectorDocument::file(Part part) const
{
    return const_cast<ConnectorDocument *>(this)->file(part);
}

JsonValue *ConnectorDocument::root(Part part) const
{
    if (part == Part::Settings && !m_hasSettings)
        return nullptr;
    return file(part).root();
}

JsonValue *ConnectorDocument::value(Part part, const JsonPointer &pointer) const
{
    const JsonValue *top = root(part);
    return top ? pointer.resolve(top) : nullptr;
}

QStringList ConnectorDocument::loadWarnings() const
{
    QStringList lines;
    for (const json::JsonFile *f : {m_definition.get(), m_properties.get(), m_settings.get()}) {
        if (f == m_settings.get() && !m_hasSettings)
            continue;
        for (const json::JsonDiagnostic &d : f->diagnostics()) {
            if (!d.isError())
                lines.append(d.format(f->fileName()));
        }
    }
    return lines;
}

bool ConnectorDocument::checkEditable(Part part, QString *error) const
{
    QString reason;
    if (isReadOnly())
        reason = tr("The connector is read-only: %1").arg(m_readOnlyReason);
    else if (!root(part))
        reason = tr("The connector has no %1.").arg(part == Part::Settings ? SettingsFileName : DefinitionFileName);
    if (!reason.isEmpty() && error)
        *error = reason;
    return reason.isEmpty();
}

bool ConnectorDocument::setValue(Part part, const JsonPointer &pointer, std::unique_ptr<JsonValue> newValue,
                                 QString *error, bool mergeable)
{
    if (!checkEditable(part, error) || !newValue)
        return false;
    const JsonValue *current = value(part, pointer);
    if (current && current->equals(*newValue))
        return true; // nothing to do, and no empty undo step
    QStringList missing;
    if (!current && !pointer.isRoot() && !findMissingParents(part, pointer, &missing, error))
        return false;
    if (missing.isEmpty()) {
        m_undo->push(new SetJsonValueCommand(this, part, pointer, std::move(newValue), mergeable));
        return true;
    }
    // Missing parent objects are created in the same undo step.
    m_undo->beginMacro(tr("Edit %1").arg(pointer.lastToken()));
    JsonPointer at = pointer.parentPointer();
    for (int i = 0; i < missing.size(); ++i)
        at = at.parentPointer();
    for (const QString &token : missing) {
        m_undo->push(new InsertJsonCommand(this, part, at, -1, JsonValue::makeObject(), token));
        at = at.child(token);
    }
    m_undo->push(new SetJsonValueCommand(this, part, pointer, std::move(newValue), false));
    m_undo->endMacro();
    return true;
}

// For a pointer whose target is missing: the chain of object members to create above it.
bool ConnectorDocument::findMissingParents(Part part, const JsonPointer &pointer, QStringList *missing,
                                           QString *error) const
{
    JsonPointer parent = pointer.parentPointer();
    while (!value(part, parent)) {
        missing->prepend(parent.lastToken());
        parent = parent.parentPointer();
    }
    const JsonValue *existing = value(part, parent);
    const QString next = missing->isEmpty() ? pointer.lastToken() : missing->first();
    QString reason;
    bool numeric = false;
    next.toInt(&numeric);
    if (existing->isArray() && missing->isEmpty() && !numeric)
        reason = tr("\"%1\" is not an index of the array at \"%2\"").arg(next, parent.toString());
    else if (existing->isArray())
        reason = missing->isEmpty() ? tr("Index %1 is outside the array at \"%2\" (it has %n element(s))", nullptr,
                                         existing->size())
                                          .arg(next, parent.toString())
                                    : tr("\"%1\" is an array: cannot create member \"%2\" in it")
                                          .arg(parent.toString(), next);
    else if (!existing->isObject())
        reason = tr("\"%1\" is a %2, not an object")
                     .arg(parent.isRoot() ? QStringLiteral("/") : parent.toString(),
                          JsonValue::typeName(existing->type()));
    if (!reason.isEmpty() && error)
        *error = reason;
    return reason.isEmpty();
}

bool ConnectorDocument::setString(Part part, const JsonPointer &pointer, const QString &text, QString *error,
                                  bool mergeable)
{
    return setValue(part, pointer, JsonValue::makeString(text), error, mergeable);
}

bool ConnectorDocument::insert(Part part, const JsonPointer &container, int index, std::unique_ptr<JsonValue> newValue,
                               const QString &key, QString *error)
{
    if (!checkEditable(part, error) || !newValue)
        return false;
    QString reason;
    const JsonValue *target = container.resolve(root(part), &reason);
    if (target && !target->isContainer())
        reason = tr("\"%1\" is a %2, not an object or array")
                     .arg(container.toString(), JsonValue::typeName(target->type()));
    else if (target && target->isObject() && key.isEmpty())
        reason = tr("A member of an object needs a name");
    else if (target && target->isObject() && target->indexOf(key) >= 0)
        reason = tr("\"%1\" already has a member \"%2\"").arg(container.toString(), key);
    else if (target && index > target->size())
        reason = tr("Index %1 is past the end of \"%2\"").arg(index).arg(container.toString());
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_undo->push(new InsertJsonCommand(this, part, container, index, std::move(newValue),
                                       target->isObject() ? key : QString()));
    return true;
}

bool ConnectorDocument::remove(Part part, const JsonPointer &pointer, QString *error)
{
    if (!checkEditable(part, error))
        return false;
    QString reason;
    if (pointer.isRoot())
        reason = tr("The root of a file cannot be removed");
    else
        pointer.resolve(root(part), &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_undo->push(new RemoveJsonCommand(this, part, pointer));
    return true;
}

bool ConnectorDocument::move(Part part, const JsonPointer &container, int from, int to, QString *error)
{
    if (!checkEditable(part, error))
        return false;
    QString reason;
    const JsonValue *target = container.resolve(root(part), &reason);
    if (target && (!target->isContainer() || from < 0 || to < 0 || from >= target->size() || to >= target->size()))
        reason = tr("Cannot move item %1 to %2 in \"%3\"").arg(from).arg(to).arg(container.toString());
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    if (from != to)
        m_undo->push(new MoveJsonCommand(this, part, container, from, to));
    return true;
}

void ConnectorDocument::setIcon(const QByteArray &png)
{
    if (png != m_icon && !isReadOnly())
        m_undo->push(new SetIconCommand(this, m_icon, png));
}

void ConnectorDocument::setScript(const QString &script, bool present, bool newStep)
{
    if ((script != m_script || present != m_hasScript) && !isReadOnly())
        m_undo->push(new SetScriptCommand(this, m_script, m_hasScript, script, present, newStep));
}

bool ConnectorDocument::replaceText(Part part, const QString &text, json::JsonDiagnostic *error)
{
    QString reason;
    if (!checkEditable(part, &reason)) {
        if (error) {
            *error = {};
            error->severity = json::JsonDiagnostic::Severity::Error;
            error->code = QStringLiteral("read-only");
            error->message = reason;
        }
        return false;
    }
    const json::JsonFile &current = file(part);
    QByteArray bytes;
    if (current.encoding() == json::JsonFile::Encoding::Latin1) {
        bytes = text.toLatin1();
        if (QString::fromLatin1(bytes) != text) // not representable: fall back to UTF-8
            bytes = text.toUtf8();
    } else {
        bytes = text.toUtf8();
        if (current.hasBom() && !text.startsWith(QChar(0xfeff)))
            bytes.prepend("\xEF\xBB\xBF");
    }
    json::JsonFile replacement = json::JsonFile::fromBytes(bytes, current.fileName());
    if (!replacement.isValid()) {
        if (error && replacement.firstError())
            *error = *replacement.firstError();
        return false;
    }
    if (replacement.toBytes() == current.toBytes())
        return true; // nothing to do, and no empty undo step
    m_undo->push(new ReplaceFileTextCommand(this, part, std::move(replacement)));
    return true;
}

void ConnectorDocument::swapFile(Part part, json::JsonFile &other)
{
    std::swap(file(part), other);
    emit changed(part, JsonPointer());
}

void ConnectorDocument::beginMacro(const QString &text)
{
    m_undo->beginMacro(text);
}

void ConnectorDocument::endMacro()
{
    m_undo->endMacro();
}

void ConnectorDocument::notifyChanged(Part part, const JsonPointer &pointer)
{
    emit changed(part, pointer);
}

void ConnectorDocument::applyIcon(const QByteArray &png)
{
    m_icon = png;
    emit iconChanged();
}

void ConnectorDocument::applyScript(const QString &script, bool present)
{
    m_script = script;
    m_hasScript = present;
    emit scriptChanged();
}
