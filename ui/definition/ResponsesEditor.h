#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"
#include "domain/OperationKey.h"

#include <QPointer>
#include <QWidget>

class DialogProvider;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class ResponseDetailForm;
class ResponseHeadersModel;
class ResponseListModel;
class ResponseSampleDialog;
class SchemaEditor;

// The responses of one operation: the list of status codes ("default" last) with add and
// remove, and for the selected one its description, headers and schema (SchemaEditor),
// plus "Import from sample..." (SampleImport::importResponse). Every change is one undo step.
class ResponsesEditor : public QWidget
{
    Q_OBJECT

public:
    ResponsesEditor(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    void setOperation(const OperationKey &key);
    const OperationKey &operation() const { return m_key; }

    bool selectResponse(const QString &code);
    QString currentCode() const;
    EditResult addResponse(const QString &code);
    // Asks first (DialogProvider::confirm).
    EditResult removeCurrentResponse();
    // Opens the sample dialog (window-modal, not blocking); see sampleDialog().
    void importFromSample();
    ResponseSampleDialog *sampleDialog() const;

    ResponseListModel *listModel() const { return m_list; }
    ResponseHeadersModel *headersModel() const;
    SchemaEditor *schemaEditor() const;
    QString lastError() const;

signals:
    void definitionRequested(const QString &definitionName);

private:
    QWidget *buildListPane();
    QWidget *buildDetailPane();
    void onCurrentChanged();
    void refreshDetail();
    void applySample();
    void showResult(const EditResult &result);
    json::JsonPointer currentResponsePointer() const;

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    OperationKey m_key;
    ResponseListModel *m_list;
    QListView *m_listView = nullptr;
    QLineEdit *m_newCode = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_detail = nullptr;
    ResponseDetailForm *m_form = nullptr;
    QPointer<ResponseSampleDialog> m_sampleDialog;
    QString m_currentCode;
};
