#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class FieldMessage;

// Asks for what a new operation needs: method, path, summary and, optionally, an
// operationId. It does not add anything itself: the page tries the edit on submitted()
// and either accepts the dialog or shows the reason with setError(), keeping it open.
class NewOperationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewOperationDialog(QWidget *parent = nullptr);

    QString method() const;
    QString path() const;
    QString summary() const;
    QString operationId() const;
    void setError(const QString &error);

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QLineEdit *operationIdEdit() const { return m_operationId; }
    QPushButton *createButton() const { return m_create; }

signals:
    void submitted();

private:
    void updatePathProblem();

    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_summary;
    QLineEdit *m_operationId;
    FieldMessage *m_pathMessage;
    FieldMessage *m_error;
    QPushButton *m_create;
};
