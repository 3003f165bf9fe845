#pragma once

#include "JsonDiagnostic.h"
#include "JsonStyle.h"
#include "JsonValue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace json {

struct ParseOptions;

// One JSON file: bytes <-> tree, keeping everything needed to write it back
// byte-identically (encoding, BOM, text before and after the root value).
class JsonFile
{
public:
    enum class Encoding { Utf8, Latin1 };

    JsonFile();
    ~JsonFile();
    JsonFile(JsonFile &&) noexcept;
    JsonFile &operator=(JsonFile &&) noexcept;

    // Reads bytes; on failure isValid() is false and errors() says where and why.
    static JsonFile fromBytes(const QByteArray &bytes, const QString &fileName);
    static JsonFile fromBytes(const QByteArray &bytes, const QString &fileName,
                              const ParseOptions &options);
    // A new file with the given root, in the default style (2 spaces, LF, final newline).
    static JsonFile fromValue(std::unique_ptr<JsonValue> root, const QString &fileName);

    QByteArray toBytes() const;
    // The text toBytes() encodes: what a snapshot of the file needs, without encoding it.
    QString toText() const;
    // What fromBytes(bytes) reads when toText() of a file in this encoding gave `text`; a plain
    // UTF-8 file is parsed from the text itself (no encoding to decode it again).
    static JsonFile fromText(const QString &text, const QString &fileName, Encoding encoding, bool bom);
    // The bytes `text` takes in this file's encoding, with its byte order mark if it has one.
    qint64 encodedSize(QStringView text) const;
    // What fromValue(root).toBytes() gives, without the deep copy fromValue would need to keep
    // the caller's tree (a 2,000-operation import spent a tenth of its time copying and freeing).
    static QByteArray newFileBytes(const JsonValue &root);
    // Repairs what tolerant reading accepted (see JsonValue::repairTolerated); comments,
    // duplicate keys, BOM and encoding are kept. Returns the number of repairs.
    int repairTolerated();

    bool isValid() const { return m_root != nullptr; }
    JsonValue *root() const { return m_root.get(); }
    std::unique_ptr<JsonValue> takeRoot();
    void setRoot(std::unique_ptr<JsonValue> root);

    const QString &fileName() const { return m_fileName; }
    void setFileName(const QString &name) { m_fileName = name; }
    const QList<JsonDiagnostic> &diagnostics() const { return m_diagnostics; }
    const JsonDiagnostic *firstError() const;
    QString errorString() const; // all errors, "file:line:col: message", one per line
    const JsonStyle &style() const { return m_style; }
    Encoding encoding() const { return m_encoding; }
    bool hasBom() const { return m_bom; }
    const QString &text() const { return m_text; } // decoded text as read

private:
    static JsonFile parseText(JsonFile file, const ParseOptions &options);
    static QByteArray encode(const QString &text, Encoding encoding, bool bom);

    std::unique_ptr<JsonValue> m_root;
    QString m_fileName;
    QString m_text;
    QString m_leading;   // text before the root value (whitespace, comments)
    QString m_trailing;  // text after it (usually the final newline, or nothing)
    QList<JsonDiagnostic> m_diagnostics;
    JsonStyle m_style;
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
};

} // namespace json
