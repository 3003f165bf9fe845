#pragma once

#include "document/ConnectorDocument.h"
#include "domain/DynamicInput.h"

#include <QWidget>

class FieldMessage;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Dynamic inputs of one parameter or schema property: pick the kind (values, list, schema,
// properties), the operation that gives them, how its parameters get values (from a parameter
// of this operation, or fixed), and the paths into its response, offered from its response
// schema. Apply writes the extension as one undo step; Remove deletes it.
class DynamicInputEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DynamicInputEditor(ConnectorDocument *document, QWidget *parent = nullptr);

    // The parameter object or schema to edit; an empty pointer clears the editor.
    void setNode(const json::JsonPointer &node);
    void refresh();
    // Refills the fields from the document even when the extension did not change.
    void reload();

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *operationCombo() const { return m_operation; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QComboBox *collectionCombo() const { return m_collection; }
    QComboBox *valueCombo() const { return m_value; }
    QComboBox *titleCombo() const { return m_title; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *removeButton() const { return m_remove; }
    QString problem() const;
    // The extension as the fields describe it.
    DynamicInput input() const;

private:
    DynamicInput::Kind kind() const;
    void showInput(const DynamicInput &input);
    void fillMapping(const DynamicInput &input);
    void fillPaths();
    void updateKindLabels();
    void apply();
    void remove();

    ConnectorDocument *m_document;
    json::JsonPointer m_node;
    QLabel *m_summary;
    QComboBox *m_kind;
    QComboBox *m_operation;
    QTableWidget *m_mapping;
    QComboBox *m_collection;
    QComboBox *m_value;
    QComboBox *m_title;
    QLabel *m_collectionLabel;
    QLabel *m_titleLabel;
    QPushButton *m_apply;
    QPushButton *m_remove;
    FieldMessage *m_message;
    bool m_filling = false;
    // What the fields were last filled from: a document change that leaves it as it is
    // (typing elsewhere in the form) keeps what the user entered but has not applied.
    QString m_shownKey;
};
