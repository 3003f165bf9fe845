#pragma once

#include "validation/ValidationFinding.h"

#include <QSortFilterProxyModel>

// Shows the findings of the chosen severities whose message, rule or location contains a text.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverityShown(ValidationFinding::Severity severity, bool shown);
    bool isSeverityShown(ValidationFinding::Severity severity) const { return m_shown[int(severity)]; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_text;
};
