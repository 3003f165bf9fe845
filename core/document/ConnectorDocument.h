#pragma once

#include "json/JsonFile.h"
#include "json/JsonPointer.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QUndoStack;
struct ConnectorFolder;

// A connector (paconn folder) open in the designer: the JSON files as lossless trees,
// the icon, the script, and the undo stack through which every change goes.
class ConnectorDocument : public QObject
{
    Q_OBJECT

public:
    enum class Part { Definition, Properties, Settings };
    Q_ENUM(Part)

    static const QString DefinitionFileName; // apiDefinition.swagger.json
    static const QString PropertiesFileName; // apiProperties.json
    static const QString IconFileName;       // icon.png
    static const QString ScriptFileName;     // script.csx
    static const QString SettingsFileName;   // settings.json
    static const QString SampleResourcePath; // ":/sample/contoso-hr"

    explicit ConnectorDocument(QObject *parent = nullptr);
    ~ConnectorDocument() override;

    // Opens a connector folder, or the folder of an apiDefinition.swagger.json path.
    // Fails (false, error set) for a path that is not a connector or a missing required
    // file. A JSON file that cannot be parsed still opens, read-only: see isReadOnly().
    bool open(const QString &path, QString *error);
    // A blank connector (untitled, no folder) or a copy of the bundled sample.
    void newBlank();
    bool newFromSample(QString *error);
    // An untitled connector from the bytes of its two JSON files (an import's result). It counts
    // as modified until saved, so closing it asks first: the work is not on disk anywhere.
    void newFromBytes(const QByteArray &definition, const QByteArray &properties);

    // Writes the files that differ from what is on disk, each atomically (QSaveFile).
    bool save(QString *error);
    // Writes every file into folder (created if needed) and makes it the document's folder.
    bool saveAs(const QString &folder, QString *error);

    QString folderPath() const { return m_folder; }
    bool isUntitled() const { return m_folder.isEmpty(); }
    bool isModified() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString displayName() const; // info.title, else the folder name, else "Untitled"

    json::JsonFile &file(Part part);
    const json::JsonFile &file(Part part) const;
    json::JsonValue *root(Part part) const;
    json::JsonValue *value(Part part, const json::JsonPointer &pointer) const;
    bool hasSettings() const { return m_hasSettings; }
    QByteArray icon() const { return m_icon; }
    QString script() const { return m_script; }
    bool hasScript() const { return m_hasScript; }
    // Warnings found while reading (tolerated irregularities), "file:line:col: ..." each.
    QStringList loadWarnings() const;

    QUndoStack *undoStack() const { return m_undo; }

    // Edits, each one undoable command. They fail (false, error set) for a pointer that
    // does not resolve or a read-only document, and change nothing then.
    // setValue adds a missing object member (and missing parent objects); with
    // mergeKey set, consecutive edits of the same field merge into one undo step.
    bool setValue(Part part, const json::JsonPointer &pointer, std::unique_ptr<json::JsonValue> value,
                  QString *error = nullptr, bool mergeable = false);
    bool setString(Part part, const json::JsonPointer &pointer, const QString &text,
                   QString *error = nullptr, bool mergeable = true);
    // Inserts into an array at index (-1 appends) or into an object under key (at index).
    bool insert(Part part, const json::JsonPointer &container, int index,
                std::unique_ptr<json::JsonValue> value, const QString &key = {},
                QString *error = nullptr);
    bool remove(Part part, const json::JsonPointer &pointer, QString *error = nullptr);
    bool move(Part part, const json::JsonPointer &container, int from, int to,
              QString *error = nullptr);
    void setIcon(const QByteArray &png);
    // Consecutive script edits merge into one undo step unless newStep is set (the code
    // editor sets it for the first keystroke after a pause).
    void setScript(const QString &script, bool present, bool newStep = false);
    // Replaces a JSON file's whole content with text, kept byte-for-byte (the BOM and encoding
    // of the file stay), as one undo step. Fails when the text does not parse (error set, with
    // its line and column) or the document is read-only; nothing changes then.
    bool replaceText(Part part, const QString &text, json::JsonDiagnostic *error = nullptr);
    // Groups edits into one undo step (QUndoStack macro).
    void beginMacro(const QString &text);
    void endMacro();

    // Used by the commands: apply a raw change and announce it.
    void notifyChanged(Part part, const json::JsonPointer &pointer);
    void applyIcon(const QByteArray &png);
    void applyScript(const QString &script, bool present);
    // Exchanges a file's content with other (ReplaceFileTextCommand) and announces a change
    // at the file's root.
    void swapFile(Part part, json::JsonFile &other);

signals:
    // Something at or below pointer changed in part (by an edit, undo or redo).
    void changed(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void iconChanged();
    void scriptChanged();
    // The whole content was replaced (open, new).
    void reset();
    void modifiedChanged(bool modified);
    void folderChanged(const QString &folder);

private:
    bool loadFromFolder(const QString &folder, QString *error);
    void adopt(ConnectorFolder content, const QString &folder);
    bool writeAll(const QString &folder, bool everything, QString *error);
    bool checkEditable(Part part, QString *error) const;
    bool findMissingParents(Part part, const json::JsonPointer &pointer, QStringList *missing,
                            QString *error) const;

    QUndoStack *m_undo;
    QString m_folder;
    QString m_readOnlyReason;
    std::unique_ptr<json::JsonFile> m_definition;
    std::unique_ptr<json::JsonFile> m_properties;
    std::unique_ptr<json::JsonFile> m_settings;
    bool m_hasSettings = false;
    QByteArray m_icon;
    QString m_script;
    bool m_hasScript = false;
    // What is on disk, to skip rewriting unchanged files. The JSON files as digests: keeping
    // their bytes held a large definition twice for the life of the window.
    QByteArray m_diskDefinitionDigest, m_diskPropertiesDigest, m_diskSettingsDigest;
    QByteArray m_diskIcon, m_diskScript;
    bool m_diskHasIcon = false, m_diskHasScript = false, m_diskHasSettings = false;
    QString m_scriptFileName; // as found on disk (script.csx, Script.csx, ...)
};
