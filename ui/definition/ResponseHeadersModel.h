#pragma once

#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QAbstractTableModel>
#include <QStringList>

// The headers of one response (name, type, description), edited in place: each cell edit
// is one ResponseEdits call. Follows the document.
class ResponseHeadersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, DescriptionColumn, ColumnCount };

    explicit ResponseHeadersModel(ConnectorDocument *document, QObject *parent = nullptr);

    // The response object (ResponseView::pointer()); the root pointer shows nothing.
    void setResponse(const json::JsonPointer &response);
    const json::JsonPointer &response() const { return m_response; }
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }
    QString nameAt(int row) const { return row >= 0 && row < m_names.size() ? m_names.at(row) : QString(); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void refresh();

signals:
    void editFailed(const QString &error);

private:
    QStringList readNames() const;

    ConnectorDocument *m_document;
    json::JsonPointer m_response;
    QStringList m_names;
    QString m_lastError;
};
