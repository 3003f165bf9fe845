#pragma once

#include "domain/DynamicInput.h"
#include "domain/OperationKey.h"
#include "runner/RequestInput.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class ConnectorDocument;
class ParameterView;
class QFormLayout;
class QToolButton;
class QVBoxLayout;

// The parameter form of one operation, generated from its definition: important parameters
// first, advanced ones in a collapsed group, internal ones hidden (sent with their generated
// value); required markers, the type as placeholder, enums (and booleans) as drop-downs,
// defaults and test values prefilled (TestValueGenerator), a JSON editor for the body, and an
// editable drop-down with "Load values" for x-ms-dynamic-values / x-ms-dynamic-list.
// Editors are named "param_<name>" so tests and accessibility tools find them.
class TestParameterForm : public QWidget
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QString>>; // value, title

    explicit TestParameterForm(const ConnectorDocument *document, QWidget *parent = nullptr);

    void setOperation(const OperationKey &key);
    OperationKey operation() const { return m_key; }
    // The values to send: what the form shows, plus generated values of hidden parameters.
    RequestInput input() const;
    QString value(const QString &name) const;
    void setValue(const QString &name, const QString &value);
    QWidget *editor(const QString &name) const;
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    void setDynamicChoices(const QString &parameter, const Choices &choices, const QString &error);
    QWidget *firstEditor() const;

signals:
    void dynamicValuesRequested(const QString &parameter, const DynamicInput &input,
                                const QHash<QString, QString> &values);

private:
    struct Field
    {
        QString name;
        bool array = false;
        bool body = false;
        QWidget *editor = nullptr;
        std::optional<DynamicInput> dynamic;
    };

    void clear();
    QWidget *createEditor(const ParameterView &parameter, const QString &generated, Field *field);
    QWidget *dynamicEditor(const ParameterView &parameter, const QString &generated, Field *field);
    QString label(const ParameterView &parameter) const;
    QHash<QString, QString> currentValues() const;
    const Field *field(const QString &name) const;

    const ConnectorDocument *m_document;
    OperationKey m_key;
    QList<Field> m_fields;
    RequestInput m_hidden; // values of internal parameters
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QToolButton *m_advancedToggle = nullptr;
};
