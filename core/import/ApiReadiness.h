#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// The "prepare the API" check of an imported description: is it served over HTTPS, does it
// declare JSON responses, which authentication does it declare. Read from the Swagger 2.0
// definition the importers produce, so every input format is judged the same way.
class ApiReadiness
{
public:
    enum class Status { Ok, Warning, Info };

    struct Item
    {
        QString topic; // "HTTPS", "JSON responses", "Authentication"
        Status status = Status::Info;
        QString text;
    };

    // definition: apiDefinition.swagger.json bytes; source: where the document was downloaded.
    static QList<Item> check(const QByteArray &definition, const QUrl &source = {});
    static QString statusName(Status status); // "ok", "warning", "note"
    // One line per item: "[ok] HTTPS: ...".
    static QString text(const QList<Item> &items);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(ApiReadiness)
};
