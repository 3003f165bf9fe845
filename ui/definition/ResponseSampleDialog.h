#pragma once

#include <QDialog>

class FieldMessage;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Import from sample" for a response: status code, a JSON body and optional headers
// ("Name: value" lines). Import asks its owner to apply the sample (importRequested); a
// problem (a JSON syntax error with its line and column) is shown here and the dialog stays.
class ResponseSampleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResponseSampleDialog(QWidget *parent = nullptr);

    void setStatusCode(const QString &code);
    QString statusCode() const;
    QString body() const;
    QString headers() const;
    void setProblem(const QString &problem);
    QString problem() const;

    QLineEdit *codeEdit() const { return m_code; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPushButton *importButton() const { return m_import; }

signals:
    void importRequested();

private:
    QLineEdit *m_code;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_headers;
    FieldMessage *m_problem;
    QPushButton *m_import;
};
