#pragma once

#include "document/ConnectorDocument.h"

#include <QString>

#include <memory>

// Applies the edits of one domain action as one undo step. The macro opens with the first
// edit, so an action that changes nothing leaves no empty step. After a failed edit the
// later ones are skipped, and commit() reverts what was applied (the actions check their
// inputs first; this is the safety net that keeps a half-done action out of the document).
class EditTransaction
{
public:
    EditTransaction(ConnectorDocument *document, const QString &text);
    ~EditTransaction();
    EditTransaction(const EditTransaction &) = delete;
    EditTransaction &operator=(const EditTransaction &) = delete;

    using Part = ConnectorDocument::Part;

    bool set(Part part, const json::JsonPointer &pointer, std::unique_ptr<json::JsonValue> value);
    bool setString(Part part, const json::JsonPointer &pointer, const QString &text);
    bool insert(Part part, const json::JsonPointer &container, int index, std::unique_ptr<json::JsonValue> value,
                const QString &key = {});
    bool remove(Part part, const json::JsonPointer &pointer);
    bool move(Part part, const json::JsonPointer &container, int from, int to);
    bool renameKey(Part part, const json::JsonPointer &pointer, const QString &newKey);

    // Sets object[key]; a missing member is inserted where order puts it (KeyOrder).
    bool setMember(Part part, const json::JsonPointer &object, const QString &key,
                   std::unique_ptr<json::JsonValue> value, const QStringList &order);
    // Outside a transaction, for typing: a present member is set mergeably (a word typed
    // in a field is one undo step), a missing one inserted where order puts it.
    static bool setMergeable(ConnectorDocument *document, Part part, const json::JsonPointer &object,
                             const QString &key, std::unique_ptr<json::JsonValue> value, const QStringList &order,
                             QString *error, bool mergeable = true);
    // Removes the member if present; a missing one is not an error.
    bool removeIfPresent(Part part, const json::JsonPointer &pointer);

    // Marks the action failed with a reason (e.g. a check made between edits).
    bool fail(const QString &reason);

    // Ends the step. False (and error()) if an edit failed: what was applied is undone.
    bool commit();
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }
    bool changedAnything() const { return m_open; }
    ConnectorDocument *document() const { return m_document; }

private:
    bool begin();
    bool record(bool ok);

    ConnectorDocument *m_document;
    QString m_text;
    QString m_error;
    bool m_open = false;
    bool m_failed = false;
    bool m_done = false;
};
