#pragma once

#include "domain/OperationKey.h"
#include "runner/OperationTest.h"

#include <QWidget>

class ConnectionBar;
class HistoryPane;
struct TestHistoryEntry;
class ConnectorDocument;
class DialogProvider;
class TestOperationModel;
class TestParameterForm;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class RequestPane;
class ResponsePane;
class SchemaCheckPane;
class SnippetsPane;
class TestAllPanel;
class TestController;

// The Test tab: pick a connection and an operation, fill the generated parameter form, send
// the request (asynchronously, cancellable) and see the request, the response and the schema
// check; update the schema from a response; test every operation at once. The lower pane's
// tabs leave room for snippets and history.
class TestPage : public QWidget
{
    Q_OBJECT

public:
    enum LowerTab { RequestTab, ResponseTab, SchemaTab, TestAllTab, SnippetsTab, HistoryTab };

    TestPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    TestController *controller() const { return m_controller; }
    ConnectionBar *connectionBar() const { return m_bar; }
    TestOperationModel *operations() const { return m_model; }
    QListView *operationList() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    TestParameterForm *form() const { return m_form; }
    RequestPane *requestPane() const { return m_request; }
    ResponsePane *responsePane() const { return m_response; }
    SchemaCheckPane *schemaPane() const { return m_schema; }
    TestAllPanel *testAllPanel() const { return m_testAll; }
    SnippetsPane *snippetsPane() const { return m_snippets; }
    HistoryPane *historyPane() const { return m_history; }
    QTabWidget *lowerTabs() const { return m_lower; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *testAllButton() const { return m_testAllButton; }
    const OperationTest &lastTest() const { return m_last; }

    bool selectOperation(const QString &operationId);
    void testOperation();
    void cancel();
    void testAll();
    bool updateSchemaFromResponse();

    void setVisible(bool visible) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showOperation(const OperationKey &key);
    QWidget *createOperationList();
    QWidget *createRightSide();
    void reload();
    void load();
    void ensureLoaded();
    void onDocumentChanged(int part, const QString &pointer);
    void onCurrentChanged();
    void onStarted();
    void onFinished(const OperationTest &test);
    void setRunning(bool running);
    void replay(const TestHistoryEntry &entry);
    OperationKey currentKey() const;

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    TestController *m_controller;
    TestOperationModel *m_model;
    ConnectionBar *m_bar = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    TestParameterForm *m_form = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_testAllButton = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_lower = nullptr;
    RequestPane *m_request = nullptr;
    ResponsePane *m_response = nullptr;
    SchemaCheckPane *m_schema = nullptr;
    TestAllPanel *m_testAll = nullptr;
    SnippetsPane *m_snippets = nullptr;
    HistoryPane *m_history = nullptr;
    OperationTest m_last;
    OperationKey m_lastKey;
    bool m_noticeShown = false;
    bool m_reloadPending = false; // a new document waits for the tab to be shown
};
