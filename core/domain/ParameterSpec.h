#pragma once

#include "ParameterView.h"

#include <QList>
#include <QString>
#include <QStringList>

// The editable fields of a non-shared parameter, as a form holds them. Empty texts mean
// "absent" (the key is removed on update). A body parameter uses only name, required,
// description, summary and visibility; its schema is edited through the schema editor.
struct ParameterSpec
{
    QString name;
    QString location = QStringLiteral("query"); // "path", "query", "header", "body", "formData"
    QString type = QStringLiteral("string");
    QString format;
    bool required = false;
    QString defaultText;     // typed on write: "42" for an integer is the number 42
    QString description;
    QString summary;         // x-ms-summary
    QString visibility;      // "", "important", "advanced", "internal"
    QString urlEncoding;     // x-ms-url-encoding: "", "single", "double"
    QStringList enumValues;
    QStringList enumDisplayNames; // x-ms-enum-values display names, parallel to enumValues (optional)

    static ParameterSpec of(const ParameterView &view);
};
