#include "SchemaForm.h"

#include "DynamicInputEditor.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "SchemaTreeModel.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "domain/DefinitionEdits.h"
#include "domain/SchemaEdits.h"
#include "domain/SchemaView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using json::JsonPointer;
using Field = SchemaEdits::Field;

namespace {

const QStringList &schemaTypes()
{
    static const QStringList types {QStringLiteral("string"), QStringLiteral("integer"),
                                    QStringLiteral("number"), QStringLiteral("boolean"),
                                    QStringLiteral("array"),  QStringLiteral("object")};
    return types;
}

QStringList formatsFor(const QString &type)
{
    if (type == QLatin1String("string"))
        return {QString(),
                QStringLiteral("date-time"),
                QStringLiteral("date"),
                QStringLiteral("email"),
                QStringLiteral("uri"),
                QStringLiteral("uuid"),
                QStringLiteral("byte"),
                QStringLiteral("binary"),
                QStringLiteral("password"),
                QStringLiteral("html")};
    if (type == QLatin1String("integer"))
        return {QString(), QStringLiteral("int32"), QStringLiteral("int64")};
    if (type == QLatin1String("number"))
        return {QString(), QStringLiteral("float"), QStringLiteral("double")};
    return {QString()};
}

QStringList splitEnum(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) // keeps the cursor while typing
        edit->setText(text);
}

} // namespace

SchemaForm::SchemaForm(ConnectorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    build();
    clear();
}

void SchemaForm::build()
{
    auto *section = new FormSection(tr("Field"), {});
    section->body()->setContentsMargins(16, 12, 16, 16);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("schemaFormHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setProperty("caption", true);
    section->body()->insertWidget(1, m_heading);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("schemaFormNote"));
    m_note->setWordWrap(true);
    m_note->setProperty("caption", true);
    section->body()->insertWidget(2, m_note);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("schemaNameEdit"));
    m_name->setAccessibleName(tr("Field name"));
    connect(m_name, &QLineEdit::editingFinished, this, &SchemaForm::commitName);
    m_nameMessage = new FieldMessage(m_name);
    m_nameMessage->setObjectName(QStringLiteral("schemaNameMessage"));
    auto *name = new QVBoxLayout;
    name->setSpacing(4);
    name->addWidget(m_name);
    name->addWidget(m_nameMessage);
    section->addRow(tr("Name"), name);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("schemaTitleEdit"));
    m_title->setAccessibleName(tr("Field title"));
    m_title->setPlaceholderText(tr("The label people see (x-ms-summary)"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Summary, text));
    });
    section->addRow(tr("Title"), m_title);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("schemaDescriptionEdit"));
    m_description->setAccessibleName(tr("Field description"));
    m_description->setTabChangesFocus(true);
    m_description->setUndoRedoEnabled(false); // the document's stack owns undo
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 16);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Description,
                                             m_description->toPlainText()));
    });
    section->addRow(tr("Description"), m_description);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("schemaTypeCombo"));
    m_type->setAccessibleName(tr("Field type"));
    m_type->addItems(schemaTypes());
    connect(m_type, &QComboBox::activated, this, [this](int index) { setType(m_type->itemText(index)); });
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("schemaFormatCombo"));
    m_format->setAccessibleName(tr("Field format"));
    m_format->setEditable(true);
    m_format->setInsertPolicy(QComboBox::NoInsert);
    connect(m_format, &QComboBox::activated, this, &SchemaForm::commitFormat);
    connect(m_format->lineEdit(), &QLineEdit::editingFinished, this, &SchemaForm::commitFormat);
    auto *type = new QHBoxLayout;
    type->addWidget(m_type, 1);
    type->addSpacing(8);
    type->addWidget(new QLabel(tr("Format")));
    type->addWidget(m_format, 1);
    section->addRow(tr("Type"), type);

    m_reference = new QComboBox;
    m_reference->setObjectName(QStringLiteral("schemaReferenceCombo"));
    connect(m_reference, &QComboBox::activated, this, &SchemaForm::setReference);
    m_goTo = new QPushButton(tr("Go to definition"));
    m_goTo->setObjectName(QStringLiteral("goToDefinitionButton"));
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        const QString name = definitionOf();
        if (!name.isEmpty())
            emit definitionRequested(name);
    });
    auto *reference = new QHBoxLayout;
    reference->addWidget(m_reference, 1);
    reference->addSpacing(4);
    reference->addWidget(m_goTo);
    section->addRow(tr("Definition ($ref)"), reference);

    m_required = new QCheckBox(tr("Required"));
    m_required->setObjectName(QStringLiteral("schemaRequiredCheck"));
    connect(m_required, &QCheckBox::clicked, this, [this](bool on) {
        showResult(SchemaEdits::setRequired(m_document, JsonPointer(m_pointer), on));
    });
    m_visibility = new QComboBox;
    m_visibility->setObjectName(QStringLiteral("schemaVisibilityCombo"));
    m_visibility->addItem(tr("none"), QString());
    for (const char *value : {"important", "advanced", "internal"})
        m_visibility->addItem(QString::fromLatin1(value), QString::fromLatin1(value));
    connect(m_visibility, &QComboBox::activated, this, [this](int index) {
        showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Visibility,
                                         m_visibility->itemData(index)));
    });
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_required);
    flags->addSpacing(16);
    flags->addWidget(new QLabel(tr("Visibility")));
    flags->addSpacing(4);
    flags->addWidget(m_visibility, 1);
    section->addRow(QString(), flags);

    m_default = new QLineEdit;
    m_default->setObjectName(QStringLiteral("schemaDefaultEdit"));
    m_default->setAccessibleName(tr("Field default value"));
    // Committed when done rather than per key: a default is a value, not prose.
    connect(m_default, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing || m_pointer.isRoot()
            || m_default->text() == SchemaView(m_document, m_pointer).defaultText())
            return;
        showResult(
            SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Default, m_default->text()));
    });
    section->addRow(tr("Default"), m_default);

    m_enum = new QLineEdit;
    m_enum->setObjectName(QStringLiteral("schemaEnumEdit"));
    m_enum->setAccessibleName(tr("Field allowed values"));
    m_enum->setPlaceholderText(tr("Allowed values, separated by commas"));
    connect(m_enum, &QLineEdit::editingFinished, this, &SchemaForm::commitEnum);
    section->addRow(tr("Enum"), m_enum);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("schemaFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_error->hide();
    section->body()->addWidget(m_error);
    section->body()->addStretch(1);

    auto *undoFilter = new UndoShortcutFilter(this);
    for (QWidget *input :
         QList<QWidget *> {m_name, m_title, m_description, m_default, m_enum, m_format->lineEdit()})
        undoFilter->watch(input);

    // Dynamic values on a body property, a dynamic schema on a body: the same editor as under
    // a parameter.
    // Folded unless the node has one: most fields have none, and the form must stay short.
    m_dynamicToggle = new QToolButton;
    m_dynamicToggle->setObjectName(QStringLiteral("schemaDynamicToggle"));
    m_dynamicToggle->setText(tr("Dynamic input"));
    m_dynamicToggle->setToolTip(tr("Fill this field's values, or the schema itself, from another operation"));
    m_dynamicToggle->setCheckable(true);
    m_dynamicToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_dynamicToggle->setArrowType(Qt::RightArrow);
    m_dynamicToggle->setAutoRaise(true);
    m_dynamic = new DynamicInputEditor(m_document);
    m_dynamic->setObjectName(QStringLiteral("schemaDynamicInput"));
    m_dynamic->hide();
    connect(m_dynamicToggle, &QToolButton::toggled, this, [this](bool open) {
        m_dynamicToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_dynamic->setVisible(open && m_dynamicToggle->isVisible());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section);
    layout->addWidget(m_dynamicToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_dynamic);
}

void SchemaForm::clear()
{
    m_pointer = JsonPointer();
    m_heading->setText(tr("Select a field in the tree."));
    m_note->hide();
    for (QWidget *w : QList<QWidget *> {m_name, m_title, m_description, m_type, m_format, m_required,
                                        m_default, m_visibility, m_enum, m_reference, m_goTo})
        w->setEnabled(false);
    m_refreshing = true;
    m_name->clear();
    m_title->clear();
    m_description->clear();
    m_default->clear();
    m_enum->clear();
    m_refreshing = false;
    m_dynamic->setNode({});
    m_dynamicToggle->hide();
    m_dynamic->hide();
}

// The dynamic-input editor: offered for properties and whole schemas, opened by itself on a
// node that already has an extension.
void SchemaForm::refreshDynamic(bool allowed)
{
    const JsonPointer node = allowed ? m_pointer : JsonPointer();
    if (node != m_dynamicNode) {
        m_dynamicNode = node;
        bool present = false;
        for (const char *key :
             {"x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties"})
            present = present
                || (allowed
                    && m_document->value(ConnectorDocument::Part::Definition,
                                         node.child(QLatin1String(key))));
        m_dynamicToggle->setChecked(present);
    }
    m_dynamicToggle->setVisible(allowed);
    m_dynamic->setVisible(allowed && m_dynamicToggle->isChecked());
    m_dynamic->setNode(node);
}

void SchemaForm::setNode(const JsonPointer &pointer, int kind, bool inherited)
{
    const bool same = pointer == m_pointer;
    m_pointer = pointer;
    m_kind = kind;
    m_inherited = inherited;
    if (!same) {
        m_error->hide();
        m_nameMessage->setProblem({});
    }
    refresh();
}

QString SchemaForm::definitionOf() const
{
    const SchemaView view(m_document, m_pointer);
    if (view.isReference())
        return view.referenceName();
    const QStringList &tokens = m_pointer.tokens();
    if (m_inherited && tokens.size() >= 2 && tokens.first() == QLatin1String("definitions"))
        return tokens.at(1);
    return {};
}

void SchemaForm::refresh()
{
    const SchemaView view(m_document, m_pointer);
    if (m_pointer.isRoot() || !view.isValid()) {
        clear();
        return;
    }
    m_refreshing = true;
    const bool property = m_kind == SchemaTreeModel::PropertyNode;
    const bool reference = view.isReference();
    const bool editable = !m_inherited;
    const QString name = property ? view.propertyName() : QString();
    m_heading->setText(property ? name
                                : (m_kind == SchemaTreeModel::ItemsNode ? tr("Array items") : tr("Schema")));
    m_note->setVisible(m_inherited || reference);
    if (m_inherited)
        m_note->setText(tr("Part of the definition %1: edit it there.").arg(definitionOf()));
    else if (reference)
        m_note->setText(
            tr("Refers to the definition %1; its fields are edited there.").arg(view.referenceName()));

    m_name->setEnabled(editable && property);
    if (!m_name->hasFocus())
        setLineText(m_name, name);
    for (QWidget *w : QList<QWidget *> {m_title, m_description, m_format, m_default, m_visibility, m_enum})
        w->setEnabled(editable && !reference);
    m_type->setEnabled(editable);
    m_reference->setEnabled(editable);
    m_required->setEnabled(editable && property);
    m_goTo->setEnabled(!definitionOf().isEmpty());

    setLineText(m_title, view.summary());
    if (m_description->toPlainText() != view.description())
        m_description->setPlainText(view.description());
    const QString type = reference ? QString() : view.effectiveType();
    m_type->setCurrentIndex(schemaTypes().indexOf(type));
    fillFormats(type);
    m_format->setCurrentText(view.format());
    m_required->setChecked(property && view.isRequiredInParent());
    setLineText(m_default, view.defaultText());
    m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(view.visibility())));
    if (!m_enum->hasFocus())
        setLineText(m_enum, view.enumValues().join(QStringLiteral(", ")));
    fillReferences();
    m_reference->setCurrentIndex(reference ? qMax(0, m_reference->findText(view.referenceName())) : 0);
    refreshDynamic(editable && !reference && m_kind != SchemaTreeModel::ItemsNode);
    m_refreshing = false;
}

void SchemaForm::fillFormats(const QString &type)
{
    const QStringList formats = formatsFor(type);
    QStringList current;
    for (int i = 0; i < m_format->count(); ++i)
        current.append(m_format->itemText(i));
    if (current != formats) {
        m_format->clear();
        m_format->addItems(formats);
    }
}

void SchemaForm::fillReferences()
{
    QStringList names {tr("(none)")};
    names += DefinitionEdits::names(m_document, DefinitionEdits::Section::Definitions);
    QStringList current;
    for (int i = 0; i < m_reference->count(); ++i)
        current.append(m_reference->itemText(i));
    if (current != names) {
        m_reference->clear();
        m_reference->addItems(names);
    }
}

void SchemaForm::showResult(const EditResult &result)
{
    if (m_refreshing)
        return;
    m_error->setVisible(!result.ok);
    m_error->setText(result.error);
}

void SchemaForm::commitName()
{
    if (m_refreshing || m_kind != SchemaTreeModel::PropertyNode || m_inherited)
        return;
    const QString name = m_name->text().trimmed();
    if (name == m_pointer.lastToken())
        return;
    // The edit's signals can move the selection (m_pointer) while it runs: pass a copy.
    const EditResult result = SchemaEdits::renameProperty(m_document, JsonPointer(m_pointer), name);
    m_nameMessage->setProblem(result.error);
    if (result.ok) {
        m_pointer = result.pointer;
        emit nodeMoved(result.pointer);
    }
}

void SchemaForm::commitEnum()
{
    if (m_refreshing || m_pointer.isRoot())
        return;
    const QStringList values = splitEnum(m_enum->text());
    if (values == SchemaView(m_document, m_pointer).enumValues())
        return;
    showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Enum, values));
}

void SchemaForm::commitFormat()
{
    if (m_refreshing || m_pointer.isRoot())
        return;
    const QString format = m_format->currentText().trimmed();
    if (format == SchemaView(m_document, m_pointer).format())
        return;
    showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Format, format));
}

void SchemaForm::setType(const QString &type)
{
    const SchemaView view(m_document, m_pointer);
    if (!view.isReference() && type == view.type())
        return;
    showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Type, type));
}

void SchemaForm::setReference(int index)
{
    const SchemaView view(m_document, m_pointer);
    if (index <= 0) {
        // Back to a plain schema: an object, the usual shape of what a definition held.
        if (view.isReference())
            showResult(SchemaEdits::setField(m_document, JsonPointer(m_pointer), Field::Type,
                                             QStringLiteral("object")));
        return;
    }
    const QString name = m_reference->itemText(index);
    if (name != view.referenceName())
        showResult(SchemaEdits::setReference(m_document, JsonPointer(m_pointer), name));
}
