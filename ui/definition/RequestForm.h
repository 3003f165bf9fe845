#pragma once

#include "domain/OperationKey.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ConnectorDocument;
class FieldMessage;
class ParameterForm;
class ParameterTableModel;
class RequestSampleDialog;

// The Request sub-tab: method and path template (path parameters follow the placeholders),
// the parameter table with Add/Remove/Up/Down, the form of the selected parameter, and
// "Import from sample...". Changes that move the operation report its new key.
class RequestForm : public QWidget
{
    Q_OBJECT

public:
    explicit RequestForm(ConnectorDocument *document, QWidget *parent = nullptr);

    void setOperation(const OperationKey &key);
    void refresh();

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QString routeProblem() const;
    QString notes() const;
    QTableView *parameterTable() const { return m_table; }
    ParameterTableModel *parameterModel() const { return m_model; }
    ParameterForm *parameterForm() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *importButton() const { return m_import; }
    // The open "Import from sample" dialog, if any.
    RequestSampleDialog *sampleDialog() const;
    void selectParameter(int row);
    int currentParameterRow() const;

signals:
    void operationMoved(const OperationKey &key);

private:
    QWidget *buildRouteSection();
    QWidget *buildParameterSection();
    void changeMethod(int index);
    void changePath();
    void moved(const OperationKey &key);
    void addParameter();
    void removeParameter();
    void moveParameter(int delta);
    void openSampleDialog();
    void importSample();
    void onParameterSelected();
    void updateButtons();
    void showNotes(const QStringList &notes);

    ConnectorDocument *m_document;
    OperationKey m_key;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    FieldMessage *m_routeMessage = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_import = nullptr;
    QTableView *m_table = nullptr;
    ParameterTableModel *m_model = nullptr;
    ParameterForm *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPointer<RequestSampleDialog> m_sampleDialog;
};
