#pragma once

#include <QDialog>

struct ImportedConnector;
class QTreeWidget;

// After an import: what the importer approximated, dropped or noticed, each with its place in
// the input, so nothing is lost silently.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString &inputName, const ImportedConnector &result, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_entries; }

private:
    QTreeWidget *m_entries;
    QString m_text;
};
