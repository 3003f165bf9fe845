#pragma once

#include "runner/OperationTest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The response checked against the operation's declared schema: valid, not checked (and
// why), or each mismatch with its JSON path, what was expected and what came. "Update
// schema from this response" asks the page to replace the schema with one inferred from the
// body (one undo step).
class SchemaCheckPane : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaCheckPane(QWidget *parent = nullptr);

    void showTest(const OperationTest &test);
    void clear();
    void showMessage(const QString &message, bool error);

    QString summary() const;
    QTreeWidget *mismatches() const { return m_mismatches; }
    QPushButton *updateButton() const { return m_update; }

signals:
    void updateSchemaRequested();

private:
    QLabel *m_summary;
    QTreeWidget *m_mismatches;
    QPushButton *m_update;
};
