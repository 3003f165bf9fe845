#include "FindingsModel.h"

#include "AppIcons.h"

#include <algorithm>

using Severity = ValidationFinding::Severity;

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        m_icons[int(severity)] = severityIcon(severity);
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return AppIcons::icon(QStringLiteral("error"), QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return AppIcons::icon(QStringLiteral("warning"), QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return AppIcons::icon(QStringLiteral("info"), QStyle::SP_MessageBoxInformation);
}

QString FindingsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Suggestion");
}

QString FindingsModel::locationText(const ValidationFinding &finding)
{
    if (finding.line <= 0)
        return finding.fileName;
    return finding.fileName + QLatin1Char(':') + QString::number(finding.line);
}

void FindingsModel::setFindings(QList<ValidationFinding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const ValidationFinding &a, const ValidationFinding &b) {
        return int(a.severity) < int(b.severity);
    });
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowOf(const ValidationFinding &finding) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        const ValidationFinding &f = m_findings.at(row);
        if (f.ruleId == finding.ruleId && f.part == finding.part && f.pointer == finding.pointer
            && f.message == finding.message)
            return row;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return finding.message;
        case RuleColumn:
            return finding.ruleId;
        case LocationColumn:
            return locationText(finding);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? QVariant(m_icons[int(finding.severity)]) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(finding);
    case SeverityRole:
        return int(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    case HasFixRole:
        return !finding.fix.isEmpty();
    case SortRole:
        switch (index.column()) {
        case MessageColumn:
            return QStringLiteral("%1 %2").arg(int(finding.severity)).arg(finding.message);
        case RuleColumn:
            return finding.ruleId;
        case LocationColumn:
            return QStringLiteral("%1 %2").arg(int(finding.part)).arg(finding.line, 8, 10, QLatin1Char('0'));
        }
        return {};
    }
    return {};
}

QString FindingsModel::toolTip(const ValidationFinding &finding) const
{
    QString tip = severityLabel(finding.severity) + QStringLiteral(": ") + finding.message;
    tip += QStringLiteral("\n%1 at %2").arg(finding.ruleId,
                                           finding.pointer.isRoot() ? QStringLiteral("/") : finding.pointer.toString());
    if (!finding.fix.isEmpty())
        tip += QStringLiteral("\n") + tr("Quick fix: %1").arg(finding.fix.label);
    return tip;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Rule");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}
