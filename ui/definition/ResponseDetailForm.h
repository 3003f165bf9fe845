#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class ResponseHeadersModel;
class ResponseView;
class SchemaEditor;

// One response object, wherever it lives (an operation's status code or a shared response under
// #/responses): its description, headers and body schema. Every change is one undo step; a
// failed edit is reported through editFinished for the owner to show.
class ResponseDetailForm : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseDetailForm(ConnectorDocument *document, QWidget *parent = nullptr);

    // Shows the response read by view (invalid: nothing), under heading; a note appears when
    // the response is a $ref to a shared one.
    void setResponse(const ResponseView &view, const QString &heading);
    json::JsonPointer responsePointer() const { return m_response; }

    ResponseHeadersModel *headersModel() const { return m_headers; }
    SchemaEditor *schemaEditor() const { return m_schema; }
    QLineEdit *descriptionEdit() const { return m_description; }

signals:
    void editFinished(const EditResult &result);
    void definitionRequested(const QString &definitionName);

private:
    QWidget *buildResponseCard();
    QWidget *buildSchemaCard();
    void addHeader();
    void report(const EditResult &result) { emit editFinished(result); }

    ConnectorDocument *m_document;
    ResponseHeadersModel *m_headers;
    json::JsonPointer m_response;
    QLabel *m_heading = nullptr;
    QLabel *m_sharedNote = nullptr;
    QLineEdit *m_description = nullptr;
    QTableView *m_headerTable = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QStackedWidget *m_schemaStack = nullptr;
    SchemaEditor *m_schema = nullptr;
};
