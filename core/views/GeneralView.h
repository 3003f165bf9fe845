#pragma once

#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>

// Typed access to the connector's general settings (the General tab): title,
// description, icon brand colour, scheme, host and base URL. Reads resolve JSON
// pointers in the document; writes go through the document's undoable edits.
class GeneralView
{
public:
    enum class Field { Title, Description, IconBrandColor, Scheme, Host, BasePath };

    static constexpr int DescriptionMinLength = 30; // certification range
    static constexpr int DescriptionMaxLength = 500;

    explicit GeneralView(ConnectorDocument *document) : m_document(document) { }

    QString title() const { return text(Field::Title); }
    QString description() const { return text(Field::Description); }
    QString iconBrandColor() const { return text(Field::IconBrandColor); }
    QString host() const { return text(Field::Host); }
    QString basePath() const { return text(Field::BasePath); }
    // "https" or "http" (lower case), or the first scheme listed; empty when none.
    QString scheme() const;
    // "https://host/basePath" as clients will call it; empty without a host.
    QString baseUrl() const;

    // Typing in one field merges into one undo step (mergeable).
    bool setText(Field field, const QString &text, QString *error = nullptr);
    // Writes /schemes as a one-element array; does nothing if it already is exactly that.
    bool setScheme(const QString &scheme, QString *error = nullptr);

    // The string stored at a field (not for Scheme, which is an array).
    QString text(Field field) const;

    static ConnectorDocument::Part partOf(Field field);
    static json::JsonPointer pointerOf(Field field);
    // The fields a change at (part, pointer) may have touched.
    static QList<Field> fieldsAffectedBy(ConnectorDocument::Part part, const json::JsonPointer &pointer);

    // Inline validation: a readable reason, or empty when the value is fine.
    static QString hostProblem(const QString &host);
    static QString basePathProblem(const QString &basePath);
    static QString brandColorProblem(const QString &color);
    static bool isDescriptionLengthCertifiable(int length);

private:
    ConnectorDocument *m_document;
};
