#include "TestParameterForm.h"

#include "CodeEditor.h"
#include "Theme.h"
#include "domain/OperationView.h"
#include "domain/ParameterView.h"
#include "runner/TestValueGenerator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
int visibilityRank(const QString &visibility)
{
    if (visibility == QLatin1String("important"))
        return 0;
    return visibility == QLatin1String("advanced") ? 2 : 1;
}

QString typeText(const ParameterView &p)
{
    QString type = p.type().isEmpty() ? QStringLiteral("string") : p.type();
    if (type == QLatin1String("array"))
        type = QStringLiteral("array of %1, comma-separated")
                   .arg(p.itemsType().isEmpty() ? QStringLiteral("string") : p.itemsType());
    return p.format().isEmpty() ? type : QStringLiteral("%1 (%2)").arg(type, p.format());
}
} // namespace

TestParameterForm::TestParameterForm(const ConnectorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void TestParameterForm::clear()
{
    m_fields.clear();
    m_hidden = RequestInput();
    m_advancedToggle = nullptr;
    delete m_content;
    m_content = nullptr;
}

void TestParameterForm::setOperation(const OperationKey &key)
{
    clear();
    m_key = key;
    m_content = new QWidget(this);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    auto *main = new QFormLayout;
    main->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    column->addLayout(main);
    m_layout->addWidget(m_content);
    const OperationView operation(m_document, key);
    if (!operation.isValid())
        return;
    const RequestInput generated = TestValueGenerator(*m_document).generate(operation);
    QList<ParameterView> parameters = operation.parameters();
    std::stable_sort(parameters.begin(), parameters.end(),
                     [](const ParameterView &a, const ParameterView &b) {
                         return visibilityRank(a.visibility()) < visibilityRank(b.visibility());
                     });
    QWidget *advanced = nullptr;
    QFormLayout *advancedForm = nullptr;
    for (const ParameterView &p : std::as_const(parameters)) {
        const QStringList values = generated.values.value(p.name());
        if (p.visibility() == QLatin1String("internal")) {
            if (!values.isEmpty())
                m_hidden.values.insert(p.name(), values);
            continue;
        }
        Field field;
        field.name = p.name();
        field.body = p.isBody();
        field.array = p.type() == QLatin1String("array");
        QWidget *editor = createEditor(p, values.join(QLatin1Char(',')), &field);
        QFormLayout *form = main;
        if (p.visibility() == QLatin1String("advanced")) {
            if (!advanced) {
                m_advancedToggle = new QToolButton(m_content);
                m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
                m_advancedToggle->setCheckable(true);
                m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                m_advancedToggle->setArrowType(Qt::RightArrow);
                m_advancedToggle->setAutoRaise(true);
                advanced = new QWidget(m_content);
                advanced->setObjectName(QStringLiteral("advancedParameters"));
                advancedForm = new QFormLayout(advanced);
                advancedForm->setContentsMargins(0, 0, 0, 0);
                advanced->setVisible(false);
                connect(m_advancedToggle, &QToolButton::toggled, advanced, [this, advanced](bool open) {
                    advanced->setVisible(open);
                    m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
                });
                column->addWidget(m_advancedToggle);
                column->addWidget(advanced);
            }
            form = advancedForm;
        }
        auto *labelWidget = new QLabel(label(p), m_content);
        labelWidget->setToolTip(p.description());
        labelWidget->setBuddy(editor->focusProxy() ? editor->focusProxy() : editor);
        form->addRow(labelWidget, editor);
        m_fields.append(field);
    }
    column->addStretch(1); // rows at the top, however tall the pane
    if (m_advancedToggle)
        m_advancedToggle->setText(tr("Advanced parameters (%n)", nullptr, advancedForm->rowCount()));
    if (m_fields.isEmpty() && m_hidden.values.isEmpty())
        main->addRow(new QLabel(tr("This operation takes no parameters."), m_content));
}

QString TestParameterForm::label(const ParameterView &p) const
{
    const QString name = p.summary().isEmpty() ? p.name() : p.summary();
    return p.isRequired() ? name + QStringLiteral(" *") : name;
}

QWidget *TestParameterForm::createEditor(const ParameterView &p, const QString &generated, Field *field)
{
    const QString accessible = label(p) + (p.isRequired() ? tr(" (required)") : QString());
    QWidget *editor = nullptr;
    QWidget *shown = nullptr; // what goes into the form: the editor, or its row with a button
    if (p.isBody()) {
        auto *body = new CodeEditor(CodeEditor::Language::Json, m_content);
        body->setLocalUndo(true);
        body->setMinimumHeight(160);
        const QJsonDocument json = QJsonDocument::fromJson(generated.toUtf8());
        body->setText(json.isNull() ? generated : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
        editor = body;
    } else if (!p.dynamicOperationId().isEmpty()) {
        editor = dynamicEditor(p, generated, field);
        shown = editor->parentWidget();
    } else if (!p.enumValues().isEmpty() || p.type() == QLatin1String("boolean")) {
        auto *combo = new QComboBox(m_content);
        if (!p.isRequired())
            combo->addItem(tr("(not set)"), QString());
        const QList<EnumDisplayValue> display = p.enumDisplayValues();
        const QStringList values = p.enumValues().isEmpty()
            ? QStringList {QStringLiteral("true"), QStringLiteral("false")}
            : p.enumValues();
        for (const QString &value : values) {
            QString title = value;
            for (const EnumDisplayValue &d : display) {
                if (d.value == value && !d.displayName.isEmpty())
                    title = QStringLiteral("%1 (%2)").arg(d.displayName, value);
            }
            combo->addItem(title, value);
        }
        const int at = combo->findData(generated);
        combo->setCurrentIndex(at >= 0 ? at : 0);
        editor = combo;
    } else {
        auto *line = new QLineEdit(generated, m_content);
        line->setPlaceholderText(typeText(p));
        line->setClearButtonEnabled(true);
        editor = line;
    }
    editor->setObjectName(QStringLiteral("param_") + p.name());
    editor->setAccessibleName(accessible);
    editor->setToolTip(
        p.description().isEmpty() ? typeText(p) : QStringLiteral("%1\n%2").arg(p.description(), typeText(p)));
    if (!field->editor)
        field->editor = editor;
    return shown ? shown : editor;
}

QWidget *TestParameterForm::dynamicEditor(const ParameterView &p, const QString &generated, Field *field)
{
    for (const DynamicInput::Kind kind : {DynamicInput::Kind::Values, DynamicInput::Kind::List}) {
        if (!field->dynamic)
            field->dynamic = DynamicInput::read(m_document, p.pointer(), kind);
    }
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *combo = new QComboBox(row);
    combo->setEditable(true);
    combo->setEditText(generated);
    combo->lineEdit()->setPlaceholderText(tr("%1, or load the values").arg(typeText(p)));
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *load = new QToolButton(row);
    load->setObjectName(QStringLiteral("load_") + p.name());
    load->setText(tr("Load values"));
    load->setToolTip(tr("Calls %1 to list the values").arg(p.dynamicOperationId()));
    load->setAccessibleName(tr("Load values of %1").arg(label(p)));
    layout->addWidget(combo);
    layout->addWidget(load);
    row->setFocusProxy(combo);
    field->editor = combo;
    const QString name = p.name();
    connect(load, &QToolButton::clicked, this, [this, name] {
        const Field *f = this->field(name);
        if (f && f->dynamic)
            emit dynamicValuesRequested(name, *f->dynamic, currentValues());
    });
    return combo;
}

void TestParameterForm::setDynamicChoices(const QString &parameter, const Choices &choices,
                                          const QString &error)
{
    const Field *f = field(parameter);
    auto *combo = f ? qobject_cast<QComboBox *>(f->editor) : nullptr;
    if (!combo)
        return;
    const QString current = combo->currentText();
    combo->clear();
    for (const auto &choice : choices)
        combo->addItem(choice.second == choice.first
                           ? choice.first
                           : QStringLiteral("%1 (%2)").arg(choice.second, choice.first),
                       choice.first);
    combo->setEditText(choices.isEmpty() ? current : choices.first().first);
    if (!choices.isEmpty())
        combo->setCurrentIndex(0);
    combo->setToolTip(error.isEmpty() ? tr("%n value(s) loaded", nullptr, int(choices.size())) : error);
    Theme::setInvalid(combo, !error.isEmpty());
}

const TestParameterForm::Field *TestParameterForm::field(const QString &name) const
{
    for (const Field &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QWidget *TestParameterForm::editor(const QString &name) const
{
    const Field *f = field(name);
    return f ? f->editor : nullptr;
}

QWidget *TestParameterForm::firstEditor() const
{
    return m_fields.isEmpty() ? nullptr : m_fields.first().editor;
}

QString TestParameterForm::value(const QString &name) const
{
    const Field *f = field(name);
    if (!f)
        return m_hidden.values.value(name).join(QLatin1Char(','));
    if (auto *body = qobject_cast<CodeEditor *>(f->editor))
        return body->text();
    if (auto *combo = qobject_cast<QComboBox *>(f->editor)) {
        if (combo->isEditable()) {
            const int at = combo->findText(combo->currentText());
            return at >= 0 && combo->itemData(at).isValid() ? combo->itemData(at).toString()
                                                            : combo->currentText();
        }
        return combo->currentData().toString();
    }
    if (auto *line = qobject_cast<QLineEdit *>(f->editor))
        return line->text();
    return {};
}

void TestParameterForm::setValue(const QString &name, const QString &value)
{
    const Field *f = field(name);
    if (!f)
        return;
    if (auto *body = qobject_cast<CodeEditor *>(f->editor))
        body->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(f->editor)) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value);
    } else if (auto *line = qobject_cast<QLineEdit *>(f->editor))
        line->setText(value);
}

QHash<QString, QString> TestParameterForm::currentValues() const
{
    QHash<QString, QString> values;
    for (const Field &f : m_fields)
        values.insert(f.name, value(f.name));
    return values;
}

RequestInput TestParameterForm::input() const
{
    RequestInput input = m_hidden;
    for (const Field &f : m_fields) {
        const QString text = value(f.name);
        if (text.trimmed().isEmpty())
            continue;
        QStringList values {text};
        if (f.array) {
            values = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &v : values)
                v = v.trimmed();
        }
        input.values.insert(f.name, values);
    }
    return input;
}
