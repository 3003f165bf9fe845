#include "ResponseEdits.h"

#include "document/ConnectorDocument.h"
#include "domain/EditTransaction.h"
#include "domain/JsonBuilder.h"
#include "domain/KeyOrder.h"
#include "domain/OperationView.h"
#include "domain/ParameterEdits.h"
#include "domain/SampleImport.h"
#include "domain/SwaggerKeys.h"
#include "json/JsonValue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseEdits", text);
}

const QStringList &responseOrder()
{
    static const QStringList order {QString(K::Description), QString(K::Schema), QString(K::Headers),
                                    QStringLiteral("examples")};
    return order;
}

const QStringList &headerOrder()
{
    static const QStringList order {QString(K::Type), QString(K::Format), QString(K::Description)};
    return order;
}

const JsonValue *objectAt(const ConnectorDocument *document, const JsonPointer &pointer)
{
    const JsonValue *node = document->value(Part::Definition, pointer);
    return node && node->isObject() ? node : nullptr;
}

EditResult finish(EditTransaction &edit, const JsonPointer &at)
{
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(at);
}

} // namespace

bool ResponseEdits::isStatusCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-5][0-9][0-9]|[1-5]XX|default)$"));
    return pattern.match(code).hasMatch();
}

int ResponseEdits::insertIndex(const QStringList &codes, const QString &code)
{
    for (int i = 0; i < codes.size(); ++i) {
        const QString &other = codes.at(i);
        if (other == QLatin1String("default") || (code != QLatin1String("default") && other > code))
            return i;
    }
    return int(codes.size());
}

EditResult ResponseEdits::addResponse(ConnectorDocument *document, const OperationKey &key,
                                      const QString &code, const QString &description)
{
    const QString trimmed = code.trimmed();
    if (!OperationView(document, key).isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    if (!isStatusCode(trimmed))
        return EditResult::failure(tr("\"%1\" is not a status code (200, 404, 4XX, default).").arg(trimmed));
    const JsonPointer responses = key.pointer().child(K::Responses);
    const JsonValue *list = objectAt(document, responses);
    if (list && list->indexOf(trimmed) >= 0)
        return EditResult::failure(tr("The operation already has a %1 response.").arg(trimmed));
    const QString text = description.isEmpty() ? SampleImport::reasonPhrase(trimmed) : description;
    EditTransaction edit(document, tr("Add response %1").arg(trimmed));
    auto response = JsonBuilder().add(K::Description, text).take();
    if (list) {
        QStringList codes;
        for (int i = 0; i < list->size(); ++i)
            codes.append(list->keyAt(i));
        edit.insert(Part::Definition, responses, insertIndex(codes, trimmed), std::move(response), trimmed);
    } else {
        edit.setMember(Part::Definition, key.pointer(), K::Responses,
                       JsonBuilder().add(trimmed, std::move(response)).take(), KeyOrder::operation());
    }
    return finish(edit, responses.child(trimmed));
}

EditResult ResponseEdits::removeResponse(ConnectorDocument *document, const OperationKey &key,
                                         const QString &code)
{
    const JsonPointer at = key.pointer().child(K::Responses).child(code);
    if (!document->value(Part::Definition, at))
        return EditResult::failure(tr("There is no %1 response.").arg(code));
    EditTransaction edit(document, tr("Remove response %1").arg(code));
    edit.remove(Part::Definition, at);
    return finish(edit, key.pointer().child(K::Responses));
}

EditResult ResponseEdits::setDescription(ConnectorDocument *document, const JsonPointer &response,
                                         const QString &description)
{
    if (!objectAt(document, response))
        return EditResult::failure(tr("There is no response at %1.").arg(response.toString()));
    QString error;
    // Swagger requires the description: an emptied field stays as "".
    if (!EditTransaction::setMergeable(document, Part::Definition, response, K::Description,
                                       JsonValue::makeString(description), responseOrder(), &error))
        return EditResult::failure(error);
    return EditResult::success(response);
}

EditResult ResponseEdits::addSchema(ConnectorDocument *document, const JsonPointer &response)
{
    const JsonValue *node = objectAt(document, response);
    if (!node)
        return EditResult::failure(tr("There is no response at %1.").arg(response.toString()));
    if (node->member(K::Schema))
        return EditResult::success(response.child(K::Schema));
    EditTransaction edit(document, tr("Add response schema"));
    edit.setMember(Part::Definition, response, K::Schema,
                   JsonBuilder().add(K::Type, QStringLiteral("object")).take(), responseOrder());
    return finish(edit, response.child(K::Schema));
}

EditResult ResponseEdits::removeSchema(ConnectorDocument *document, const JsonPointer &response)
{
    if (!document->value(Part::Definition, response.child(K::Schema)))
        return EditResult::failure(tr("The response has no schema."));
    EditTransaction edit(document, tr("Remove response schema"));
    edit.remove(Part::Definition, response.child(K::Schema));
    return finish(edit, response);
}

EditResult ResponseEdits::addHeader(ConnectorDocument *document, const JsonPointer &response,
                                    const QString &name, const QString &type)
{
    const JsonValue *node = objectAt(document, response);
    if (!node)
        return EditResult::failure(tr("There is no response at %1.").arg(response.toString()));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return EditResult::failure(tr("A header needs a name."));
    const JsonValue *headers = node->member(K::Headers);
    if (headers && headers->isObject() && headers->indexOf(trimmed) >= 0)
        return EditResult::failure(tr("There is already a header \"%1\".").arg(trimmed));
    EditTransaction edit(document, tr("Add header %1").arg(trimmed));
    auto header = JsonBuilder().add(K::Type, type).take();
    if (headers && headers->isObject())
        edit.insert(Part::Definition, response.child(K::Headers), -1, std::move(header), trimmed);
    else
        edit.setMember(Part::Definition, response, K::Headers,
                       JsonBuilder().add(trimmed, std::move(header)).take(), responseOrder());
    return finish(edit, response.child(K::Headers).child(trimmed));
}

EditResult ResponseEdits::removeHeader(ConnectorDocument *document, const JsonPointer &response,
                                       const QString &name)
{
    const JsonPointer headers = response.child(K::Headers);
    const JsonValue *list = objectAt(document, headers);
    if (!list || list->indexOf(name) < 0)
        return EditResult::failure(tr("There is no header \"%1\".").arg(name));
    EditTransaction edit(document, tr("Remove header %1").arg(name));
    // The last header takes the emptied "headers" with it.
    edit.remove(Part::Definition, list->size() == 1 ? headers : headers.child(name));
    return finish(edit, response);
}

EditResult ResponseEdits::setHeaderField(ConnectorDocument *document, const JsonPointer &response,
                                         const QString &name, HeaderField field, const QString &value)
{
    const JsonPointer header = response.child(K::Headers).child(name);
    if (!objectAt(document, header))
        return EditResult::failure(tr("There is no header \"%1\".").arg(name));
    const QString text = value.trimmed();
    switch (field) {
    case HeaderField::Name: {
        if (text == name)
            return EditResult::success(header);
        if (text.isEmpty())
            return EditResult::failure(tr("A header needs a name."));
        if (document->value(Part::Definition, response.child(K::Headers).child(text)))
            return EditResult::failure(tr("There is already a header \"%1\".").arg(text));
        EditTransaction edit(document, tr("Rename header %1 to %2").arg(name, text));
        edit.renameKey(Part::Definition, header, text);
        return finish(edit, response.child(K::Headers).child(text));
    }
    case HeaderField::Type: {
        if (!ParameterEdits::types().contains(text) || text == QLatin1String("file"))
            return EditResult::failure(
                tr("\"%1\" is not a header type (string, integer, number, boolean, array).").arg(text));
        EditTransaction edit(document, tr("Edit header %1").arg(name));
        edit.setMember(Part::Definition, header, K::Type, JsonValue::makeString(text), headerOrder());
        if (!ParameterEdits::formatFits(
                text,
                document->value(Part::Definition, header.child(K::Format))
                    ? document->value(Part::Definition, header.child(K::Format))->toString()
                    : QString()))
            edit.removeIfPresent(Part::Definition, header.child(K::Format));
        if (text == QLatin1String("array") && !document->value(Part::Definition, header.child(K::Items)))
            edit.setMember(Part::Definition, header, K::Items,
                           JsonBuilder().add(K::Type, QStringLiteral("string")).take(), headerOrder());
        if (text != QLatin1String("array"))
            edit.removeIfPresent(Part::Definition, header.child(K::Items));
        return finish(edit, header);
    }
    case HeaderField::Description: {
        if (value.isEmpty()) {
            EditTransaction edit(document, tr("Edit header %1").arg(name));
            edit.removeIfPresent(Part::Definition, header.child(K::Description));
            return finish(edit, header);
        }
        QString error;
        if (!EditTransaction::setMergeable(document, Part::Definition, header, K::Description,
                                           JsonValue::makeString(value), headerOrder(), &error))
            return EditResult::failure(error);
        return EditResult::success(header);
    }
    }
    return EditResult::failure(tr("Unknown field."));
}
