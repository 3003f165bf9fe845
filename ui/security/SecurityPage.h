#pragma once

#include "document/ConnectorDocument.h"
#include "domain/AuthSettings.h"

#include <QList>
#include <QWidget>

class AuthEditor;
class ConnectionDialogPreview;
class FieldMessage;
class FormSection;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// Step 2: how users sign in. The authentication type, one form per type (or one per set for
// multiple authentication types), and a live preview of the connection dialog. Every change
// goes through SecurityEdits (one undo step each, across both JSON files); the page follows the
// document's change signals, so undo, redo and raw Swagger edits show here.
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityPage(ConnectorDocument *document, QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    AuthEditor *singleEditor() const { return m_single; }
    QList<AuthEditor *> setEditors() const { return m_setEditors; }
    ConnectionDialogPreview *preview() const { return m_preview; }
    QPushButton *addSetButton() const { return m_addSet; }
    // Adds a set of that kind (multiple authentication types only).
    void addSet(AuthKind kind);

private:
    QWidget *buildTypeSection();
    void onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void rebuild();
    void refresh();
    void updateTabOrder();
    QString structureKey() const;
    void showProblem(const QString &error);

    ConnectorDocument *m_document;
    QScrollArea *m_scroll = nullptr;
    QComboBox *m_type = nullptr;
    FieldMessage *m_typeMessage = nullptr;
    QFormLayout *m_typeForm = nullptr;
    QLineEdit *m_setsLabel = nullptr;
    QLineEdit *m_setsDescription = nullptr;
    QVBoxLayout *m_editors = nullptr;
    AuthEditor *m_single = nullptr;
    FormSection *m_singleSection = nullptr;
    QList<AuthEditor *> m_setEditors;
    QList<QWidget *> m_setSections;
    QPushButton *m_addSet = nullptr;
    ConnectionDialogPreview *m_preview = nullptr;
    QString m_structure;
    bool m_refreshing = false;
};
