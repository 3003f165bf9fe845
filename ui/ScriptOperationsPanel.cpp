#include "ScriptOperationsPanel.h"

#include "Theme.h"
#include "domain/OperationIndex.h"
#include "json/JsonValue.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using Part = ConnectorDocument::Part;

const json::JsonPointer ScriptOperationsPanel::ListPointer
    = json::JsonPointer::fromString(QStringLiteral("/properties/scriptOperations"));

ScriptOperationsPanel::ScriptOperationsPanel(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_view(new QListView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("scriptOperationsPanel"));
    m_search->setObjectName(QStringLiteral("scriptOperationsSearch"));
    m_search->setAccessibleName(tr("Filter operations"));
    m_search->setPlaceholderText(tr("Filter operations"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("scriptOperationsList"));
    m_view->setAccessibleName(tr("Operations the code applies to"));
    m_view->setUniformItemSizes(true); // stays fast with hundreds of operations
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("scriptOperationsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("caption", true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::ToolTipRole); // the id and the summary
    m_view->setModel(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ScriptOperationsPanel::onItemChanged);
    connect(m_document, &ConnectorDocument::reset, this, &ScriptOperationsPanel::refresh);
    connect(m_document, &ConnectorDocument::changed, this,
            [this](Part part, const json::JsonPointer &pointer) {
                const bool affected = OperationIndex::isAffectedBy(part, pointer)
                    || (part == Part::Properties
                        && (ListPointer.startsWith(pointer) || pointer.startsWith(ListPointer)));
                if (affected && !m_updating) // not under our own write: the model shows it already
                    refresh();
            });
    refresh();
}

QStringList ScriptOperationsPanel::selectedOperations() const
{
    QStringList ids;
    const json::JsonValue *list = m_document->value(Part::Properties, ListPointer);
    if (!list || !list->isArray())
        return ids;
    for (int i = 0; i < list->size(); ++i) {
        const json::JsonValue *item = list->at(i);
        if (item && item->isString())
            ids.append(item->toString());
    }
    return ids;
}

void ScriptOperationsPanel::refresh()
{
    m_updating = true;
    const QStringList selected = selectedOperations();
    const OperationIndex index(m_document);
    m_model->clear();
    QStringList listed;
    for (const OperationIndex::Entry &entry : index.entries()) {
        if (entry.operationId.isEmpty() || listed.contains(entry.operationId))
            continue;
        listed.append(entry.operationId);
        auto *item = new QStandardItem(entry.operationId);
        item->setCheckable(true);
        item->setCheckState(selected.contains(entry.operationId) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(entry.summary.isEmpty() ? entry.operationId
                                                 : entry.operationId + QLatin1Char('\n') + entry.summary);
        m_model->appendRow(item);
    }
    // Listed but gone from the definition: shown so they can be unchecked.
    for (const QString &id : selected) {
        if (listed.contains(id))
            continue;
        listed.append(id);
        auto *item = new QStandardItem(tr("%1 (not in the definition)").arg(id));
        item->setData(id, Qt::UserRole);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setForeground(Theme::warningColor(palette()));
        item->setToolTip(tr("%1 is listed in scriptOperations but no operation has this id").arg(id));
        m_model->appendRow(item);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (!item->data(Qt::UserRole).isValid())
            item->setData(item->text(), Qt::UserRole);
    }
    const bool editable = !m_document->isReadOnly() && m_document->root(Part::Properties);
    m_view->setEnabled(editable);
    m_updating = false;
    updateSummary();
}

void ScriptOperationsPanel::onItemChanged(QStandardItem *item)
{
    if (m_updating || !item)
        return;
    // Ids already listed keep the file's order (a small diff); new ones are appended.
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *each = m_model->item(row);
        if (each->checkState() == Qt::Checked)
            ids.append(each->data(Qt::UserRole).toString());
    }
    QStringList ordered;
    for (const QString &id : selectedOperations())
        if (ids.contains(id) && !ordered.contains(id))
            ordered.append(id);
    for (const QString &id : std::as_const(ids))
        if (!ordered.contains(id))
            ordered.append(id);

    QString error;
    bool ok = true;
    // The model already shows the new state: no rebuild under the item being changed.
    m_updating = true;
    if (ordered.isEmpty()) {
        if (m_document->value(Part::Properties, ListPointer))
            ok = m_document->remove(Part::Properties, ListPointer, &error);
    } else {
        auto array = json::JsonValue::makeArray();
        for (const QString &id : std::as_const(ordered))
            array->insertItem(array->size(), json::JsonValue::makeString(id));
        ok = m_document->setValue(Part::Properties, ListPointer, std::move(array), &error);
    }
    m_updating = false;
    if (!ok)
        refresh(); // show the file's state again
    updateSummary();
}

void ScriptOperationsPanel::updateSummary()
{
    int checked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        checked += m_model->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_summary->setText(checked == 0 ? tr("Runs for every operation. Check operations to limit it to those.")
                                    : tr("Runs for %1 of %2 operations; the others skip the code.")
                                          .arg(checked)
                                          .arg(m_model->rowCount()));
}
