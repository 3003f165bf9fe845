#pragma once

#include "domain/RequestSample.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class FieldMessage;

// "Import from sample": a request as the user has it (method, URL with {placeholders} and a
// query, headers one per line, a JSON body). The form applies it on submitted() and keeps
// the dialog open with setError() when the sample cannot be used.
class RequestSampleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestSampleDialog(QWidget *parent = nullptr);

    void setSample(const RequestSample &sample);
    RequestSample sample() const;
    void setError(const QString &error);
    QString error() const;

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *importButton() const { return m_import; }

signals:
    void submitted();

private:
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    FieldMessage *m_error;
    QPushButton *m_import;
};
