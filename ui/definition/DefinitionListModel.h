#pragma once

#include "document/ConnectorDocument.h"
#include "domain/DefinitionEdits.h"

#include <QAbstractListModel>
#include <QStringList>

// The names under #/definitions (or #/parameters, #/responses) in file order, with how many $refs use each.
// Follows the document; resets only when the names change.
class DefinitionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, UsageCountRole };

    explicit DefinitionListModel(ConnectorDocument *document,
                                 DefinitionEdits::Section section = DefinitionEdits::Section::Definitions,
                                 QObject *parent = nullptr);

    QStringList names() const { return m_names; }
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void refresh();

private:
    ConnectorDocument *m_document;
    DefinitionEdits::Section m_section;
    QStringList m_names;
};
