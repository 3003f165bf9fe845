#include "ResourceChain.h"

#include "OperationTest.h"
#include "domain/OperationIndex.h"
#include "domain/OperationView.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

int rank(const QString &method)
{
    if (method == QLatin1String("post"))
        return 0;
    if (method == QLatin1String("put") || method == QLatin1String("patch"))
        return 2;
    if (method == QLatin1String("delete"))
        return 3;
    return 1;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

QList<int> ResourceChain::order(const OperationIndex &index, const QList<int> &selected)
{
    QList<int> ordered = selected;
    std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        return rank(index.at(a).key.method) < rank(index.at(b).key.method);
    });
    return ordered;
}

void ResourceChain::learn(const OperationView &operation, const OperationTest &test)
{
    if (operation.method() != QLatin1String("post") || !test.result.isSuccess())
        return;
    const QJsonDocument body = QJsonDocument::fromJson(test.result.body);
    if (body.isObject())
        m_created.insert(operation.path(), body.object());
}

void ResourceChain::apply(const OperationView &operation, const QHash<QString, QStringList> &given,
                          RequestInput *input) const
{
    // "/employees/{employeeId}": the collection "/employees" and the parameter "employeeId".
    static const QRegularExpression item(QStringLiteral("^(.*)/\\{([^}/]+)\\}$"));
    const QRegularExpressionMatch match = item.match(operation.path());
    if (!match.hasMatch() || !m_created.contains(match.captured(1)))
        return;
    const QString name = match.captured(2);
    if (given.contains(name))
        return;
    const QJsonObject created = m_created.value(match.captured(1));
    QString value = jsonText(created.value(name));
    if (value.isEmpty())
        value = jsonText(created.value(QLatin1String("id")));
    if (!value.isEmpty())
        input->setValue(name, value);
}
