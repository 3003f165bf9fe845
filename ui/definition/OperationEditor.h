#pragma once

#include "domain/OperationKey.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class DialogProvider;
class LazyPage;
class ResponsesEditor;
class SchemaEditor;
class ConnectorDocument;
class OperationGeneralForm;
class RequestForm;

// The right pane of the Definition tab: a header naming the operation and the sub-tabs
// General | Request | Body | Responses. Shows a hint when no operation is selected.
class OperationEditor : public QWidget
{
    Q_OBJECT

public:
    enum SubTab { GeneralSubTab, RequestSubTab, BodySubTab, ResponsesSubTab };

    OperationEditor(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    // An invalid key shows the empty state.
    void setOperation(const OperationKey &key);
    const OperationKey &operation() const { return m_key; }
    // Reads the document again (after any change, undo or redo).
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    OperationGeneralForm *generalForm() const { return m_general; }
    // Request, Body and Responses are built when first opened; these build them.
    RequestForm *requestForm();
    ResponsesEditor *responsesEditor();
    SchemaEditor *bodyEditor();

signals:
    // The operation got a new path or method through the editor.
    void operationMoved(const OperationKey &key);
    // "Go to definition" on a $ref in the body or a response schema.
    void definitionRequested(const QString &definitionName);

private:
    QWidget *createRequestTab();
    QWidget *createBodyTab();
    QWidget *createResponsesTab();
    void refreshBody();
    void refreshHeader();
    static QScrollArea *scrolled(QWidget *content);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    OperationKey m_key;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_route;
    QTabWidget *m_tabs;
    OperationGeneralForm *m_general;
    LazyPage *m_requestPage = nullptr;
    LazyPage *m_bodyPage = nullptr;
    LazyPage *m_responsesPage = nullptr;
    RequestForm *m_request = nullptr;
    ResponsesEditor *m_responses = nullptr;
    SchemaEditor *m_body = nullptr;
    QLabel *m_noBody = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    json::JsonPointer m_bodySchema;
};
