#include "PolicyListModel.h"

#include "domain/PolicyView.h"

PolicyListModel::PolicyListModel(ConnectorDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_count(PolicyView::count(document))
{ }

int PolicyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant PolicyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyView view(m_document, index.row());
    const PolicyTemplateSpec *spec = view.spec();
    const QString templateName = spec ? spec->title : tr("Unknown template \"%1\"").arg(view.templateId());
    switch (role) {
    case Qt::DisplayRole:
        return view.title().isEmpty() ? templateName : view.title();
    case DetailRole: {
        const QStringList operations = view.operations();
        const QString scope = operations.isEmpty() ? tr("all operations")
            : operations.size() == 1               ? operations.first()
                                                   : tr("%n operations", nullptr, int(operations.size()));
        return tr("%1 \u00b7 %2").arg(templateName, scope);
    }
    case Qt::ToolTipRole:
        return spec ? spec->description : tr("Not a template the Power Platform knows; edit it as JSON.");
    case TemplateIdRole:
        return view.templateId();
    case SearchRole: // what the filter box matches: title, template, operations
        return QStringList {view.title(), templateName, view.templateId(),
                            view.operations().join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

void PolicyListModel::refresh()
{
    const int count = PolicyView::count(m_document);
    if (count != m_count) {
        beginResetModel();
        m_count = count;
        endResetModel();
    } else if (count > 0) {
        emit dataChanged(index(0), index(count - 1));
    }
}
