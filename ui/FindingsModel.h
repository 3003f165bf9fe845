#pragma once

#include "validation/ValidationFinding.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The validation findings as a table: the problem (with its severity icon), the rule's id and
// where it is (file and line in the text as it would be saved).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, RuleColumn, LocationColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(ValidationFinding::Severity)
        RuleIdRole,
        HasFixRole,
        SortRole, // severity, then file and line
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // Replaces the findings, most severe first (in file order within a severity).
    void setFindings(QList<ValidationFinding> findings);
    const QList<ValidationFinding> &findings() const { return m_findings; }
    const ValidationFinding &finding(int row) const { return m_findings.at(row); }
    // The row of the finding with the same rule, place and message, or -1.
    int rowOf(const ValidationFinding &finding) const;

    static QIcon severityIcon(ValidationFinding::Severity severity);
    // "Error", "Warning", "Suggestion": info findings are suggestions to people.
    static QString severityLabel(ValidationFinding::Severity severity);
    static QString locationText(const ValidationFinding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const ValidationFinding &finding) const;

    QList<ValidationFinding> m_findings;
    QIcon m_icons[3];
};
