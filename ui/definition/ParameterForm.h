#pragma once

#include "domain/EditResult.h"
#include "domain/OperationKey.h"
#include "domain/ParameterEdits.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ConnectorDocument;
class FieldMessage;
class DynamicInputEditor;

// Edits the selected parameter: name, in, type/format, required, default, description,
// x-ms-summary, visibility, x-ms-url-encoding and enum values (with x-ms-enum-values
// display names, "value = Display name" per line). Each change is one ParameterEdits call;
// typed texts merge into one undo step, the name and the enum apply when editing finishes.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterForm(ConnectorDocument *document, QWidget *parent = nullptr);

    // An empty pointer clears the form.
    void setParameter(const OperationKey &key, const json::JsonPointer &listPointer);
    void refresh();
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *locationCombo() const { return m_location; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *formatCombo() const { return m_format; }
    QCheckBox *requiredCheck() const { return m_required; }
    QLineEdit *defaultEdit() const { return m_default; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QComboBox *visibilityCombo() const { return m_visibility; }
    QComboBox *urlEncodingCombo() const { return m_urlEncoding; }
    QPlainTextEdit *enumEdit() const { return m_enum; }
    DynamicInputEditor *dynamicEditor() const { return m_dynamic; }
    // Applies the enum text now (it applies on focus out otherwise).
    void commitEnum();

signals:
    // A renamed path parameter renamed its {placeholder}: the operation moved.
    void operationMoved(const OperationKey &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFields();
    void apply(ParameterEdits::Field field, const QVariant &value);
    void renameParameter();
    void applyFormat();
    void refreshFormats(const QString &type, const QString &format);
    static QString enumText(const ParameterView &view);
    void setCombo(QComboBox *combo, const QString &value);

    ConnectorDocument *m_document;
    OperationKey m_key;
    json::JsonPointer m_entry;
    bool m_refreshing = false;
    QLabel *m_title;
    QLabel *m_origin;
    QLineEdit *m_name;
    QComboBox *m_location;
    QComboBox *m_type;
    QComboBox *m_format;
    QCheckBox *m_required;
    QLineEdit *m_default;
    QLineEdit *m_description;
    QLineEdit *m_summary;
    QComboBox *m_visibility;
    QComboBox *m_urlEncoding;
    QPlainTextEdit *m_enum;
    FieldMessage *m_message;
    DynamicInputEditor *m_dynamic;
    QList<QWidget *> m_simpleOnly; // fields a body parameter does not have
};
