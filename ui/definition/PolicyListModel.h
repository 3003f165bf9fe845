#pragma once

#include "document/ConnectorDocument.h"

#include <QAbstractListModel>

// The policies of apiProperties.json (policyTemplateInstances) in file order: the title, and
// below it the template and the operations it applies to. Follows the document.
class PolicyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DetailRole = Qt::UserRole + 1, TemplateIdRole, SearchRole };

    explicit PolicyListModel(ConnectorDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Resets when the number of policies changed, else reports changed rows.
    void refresh();

private:
    ConnectorDocument *m_document;
    int m_count = 0;
};
