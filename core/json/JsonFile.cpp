#include "JsonFile.h"

#include "JsonParser.h"
#include "JsonSource.h"
#include "JsonWriter.h"

#include <QStringDecoder>

#include <cstring>

namespace json {

namespace {

constexpr qsizetype MaxFileSize = 64 * 1024 * 1024;

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, the bulk of a definition, eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

JsonDiagnostic diagnosticAt(JsonDiagnostic::Severity severity, const QString &code, const QString &message,
                            const QString &text, int offset)
{
    JsonSource source(text);
    JsonDiagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.offset = offset;
    d.line = source.lineAt(offset);
    d.column = source.columnAt(offset);
    return d;
}

} // namespace

JsonFile::JsonFile() = default;
JsonFile::~JsonFile() = default;
JsonFile::JsonFile(JsonFile &&) noexcept = default;
JsonFile &JsonFile::operator=(JsonFile &&) noexcept = default;

JsonFile JsonFile::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    return fromBytes(bytes, fileName, ParseOptions());
}

JsonFile JsonFile::fromBytes(const QByteArray &input, const QString &fileName, const ParseOptions &options)
{
    JsonFile file;
    file.m_fileName = fileName;
    if (input.size() > MaxFileSize) {
        file.m_diagnostics.append(diagnosticAt(
            JsonDiagnostic::Severity::Error, QStringLiteral("too-large"),
            QStringLiteral("The file is %1 MB; the limit is %2 MB").arg(input.size() >> 20).arg(MaxFileSize >> 20),
            QString(), 0));
        return file;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        file.m_bom = true;
        bytes.remove(0, 3);
        file.m_diagnostics.append(diagnosticAt(JsonDiagnostic::Severity::Warning, QStringLiteral("bom"),
                                               QStringLiteral("UTF-8 byte order mark (kept)"), QString(), 0));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        file.m_diagnostics.append(diagnosticAt(JsonDiagnostic::Severity::Error, QStringLiteral("utf16"),
                                               QStringLiteral("The file is UTF-16; save it as UTF-8"), QString(), 0));
        return file;
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid < 0) {
        file.m_text = QString::fromUtf8(bytes);
    } else {
        // Latin-1 maps every byte to one character, so the file is written back unchanged.
        file.m_encoding = Encoding::Latin1;
        file.m_text = QString::fromLatin1(bytes);
        file.m_diagnostics.append(diagnosticAt(
            JsonDiagnostic::Severity::Warning, QStringLiteral("not-utf8"),
            QStringLiteral("The file is not valid UTF-8 (byte 0x%1); read as Latin-1 and kept so")
                .arg(uchar(bytes.at(invalid)), 2, 16, QLatin1Char('0')),
            file.m_text, int(invalid)));
    }
    return parseText(std::move(file), options);
}

JsonFile JsonFile::fromText(const QString &text, const QString &fileName, Encoding encoding, bool bom)
{
    // Latin-1 and BOM files are rare: read from their bytes, their diagnostics are exactly those
    // of the saved file (the first byte that is not UTF-8, the mark).
    if (encoding != Encoding::Utf8 || bom)
        return fromBytes(encode(text, encoding, bom), fileName);
    JsonFile file;
    file.m_fileName = fileName;
    file.m_text = text;
    if (qint64(text.size()) * 3 > MaxFileSize && file.encodedSize(text) > MaxFileSize)
        return fromBytes(text.toUtf8(), fileName); // the size-limit diagnostic, from one place
    return parseText(std::move(file), ParseOptions());
}

// The file with its decoded text: the tree, the text around the root and the style.
JsonFile JsonFile::parseText(JsonFile file, const ParseOptions &options)
{
    ParseResult result = JsonParser::parse(file.m_text, options);
    file.m_diagnostics += result.diagnostics;
    if (!result.ok())
        return file;
    file.m_root = std::move(result.root);
    file.m_leading = file.m_text.left(result.rootStart);
    file.m_trailing = file.m_text.mid(result.rootEnd);
    file.m_style = JsonStyle::detect(file.m_text);
    if (file.m_root->isObject() && file.m_root->size() > 0) {
        const JsonValue::Item &first = file.m_root->itemAt(0);
        const QString colon = file.m_text.mid(first.keyEnd, first.valueStart - first.keyEnd);
        if (colon.trimmed() == QLatin1String(":"))
            file.m_style.colon = colon;
    }
    return file;
}

JsonFile JsonFile::fromValue(std::unique_ptr<JsonValue> root, const QString &fileName)
{
    JsonFile file;
    file.m_fileName = fileName;
    file.m_root = std::move(root);
    file.m_trailing = file.m_style.newline;
    return file;
}

QByteArray JsonFile::toBytes() const
{
    return m_root ? encode(toText(), m_encoding, m_bom) : QByteArray();
}

QString JsonFile::toText() const
{
    if (!m_root)
        return {};
    return m_leading + JsonWriter(m_style, m_encoding == Encoding::Latin1).write(*m_root) + m_trailing;
}

QByteArray JsonFile::encode(const QString &text, Encoding encoding, bool bom)
{
    QByteArray bytes = encoding == Encoding::Latin1 ? text.toLatin1() : text.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

qint64 JsonFile::encodedSize(QStringView text) const
{
    qint64 size = m_bom ? 3 : 0;
    if (m_encoding == Encoding::Latin1)
        return size + text.size();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        size += u < 0x80 ? 1 : u < 0x800 || c.isSurrogate() ? 2 : 3; // a surrogate pair is 4
    }
    return size;
}

QByteArray JsonFile::newFileBytes(const JsonValue &root)
{
    const JsonStyle style;
    return (JsonWriter(style).write(root) + style.newline).toUtf8();
}

int JsonFile::repairTolerated()
{
    return m_root ? m_root->repairTolerated() : 0;
}

std::unique_ptr<JsonValue> JsonFile::takeRoot()
{
    return std::move(m_root);
}

void JsonFile::setRoot(std::unique_ptr<JsonValue> root)
{
    m_root = std::move(root);
}

const JsonDiagnostic *JsonFile::firstError() const
{
    for (const JsonDiagnostic &d : m_diagnostics) {
        if (d.isError())
            return &d;
    }
    return nullptr;
}

QString JsonFile::errorString() const
{
    QStringList lines;
    for (const JsonDiagnostic &d : m_diagnostics) {
        if (d.isError())
            lines.append(d.format(m_fileName));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace json
