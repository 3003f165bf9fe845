#include "ParameterForm.h"

#include "DynamicInputEditor.h"

#include "FieldMessage.h"
#include "UndoShortcutFilter.h"
#include "domain/ParameterSpec.h"
#include "domain/ParameterView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using Field = ParameterEdits::Field;

namespace {

const QStringList &knownFormats()
{
    static const QStringList formats {
        QStringLiteral("int32"),  QStringLiteral("int64"),  QStringLiteral("float"),
        QStringLiteral("double"), QStringLiteral("date"),   QStringLiteral("date-time"),
        QStringLiteral("email"),  QStringLiteral("uri"),    QStringLiteral("uuid"),
        QStringLiteral("byte"),   QStringLiteral("binary"), QStringLiteral("password")};
    return formats;
}

QLabel *fieldLabel(const QString &text)
{
    return new QLabel(text);
}

} // namespace

ParameterForm::ParameterForm(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_title(new QLabel),
      m_origin(new QLabel),
      m_name(new QLineEdit),
      m_location(new QComboBox),
      m_type(new QComboBox),
      m_format(new QComboBox),
      m_required(new QCheckBox(tr("Required"))),
      m_default(new QLineEdit),
      m_description(new QLineEdit),
      m_summary(new QLineEdit),
      m_visibility(new QComboBox),
      m_urlEncoding(new QComboBox),
      m_enum(new QPlainTextEdit)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_title->setObjectName(QStringLiteral("parameterTitle"));
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_origin->setObjectName(QStringLiteral("parameterOrigin"));
    m_origin->setProperty("caption", true);
    m_origin->setWordWrap(true);
    layout->addWidget(m_origin);
    layout->addWidget(buildFields());
    m_message = new FieldMessage(m_name);
    m_message->setObjectName(QStringLiteral("parameterMessage"));
    layout->addWidget(m_message);
    auto *dynamicTitle = new QLabel(tr("Dynamic values"));
    dynamicTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(dynamicTitle);
    m_dynamic = new DynamicInputEditor(m_document);
    layout->addWidget(m_dynamic);

    auto *undoFilter = new UndoShortcutFilter(this);
    for (QWidget *input : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_default),
                           static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_summary),
                           static_cast<QWidget *>(m_enum), static_cast<QWidget *>(m_format->lineEdit())})
        undoFilter->watch(input);
    m_enum->installEventFilter(this);
    setParameter({}, {});
}

QWidget *ParameterForm::buildFields()
{
    m_name->setObjectName(QStringLiteral("parameterNameEdit"));
    m_name->setAccessibleName(tr("Parameter name"));
    connect(m_name, &QLineEdit::editingFinished, this, &ParameterForm::renameParameter);
    m_location->setObjectName(QStringLiteral("parameterLocationCombo"));
    m_location->setAccessibleName(tr("Parameter location"));
    m_location->addItems(ParameterEdits::locations());
    connect(m_location, &QComboBox::activated, this,
            [this](int index) { apply(Field::Location, m_location->itemText(index)); });
    m_type->setObjectName(QStringLiteral("parameterTypeCombo"));
    m_type->setAccessibleName(tr("Parameter type"));
    m_type->addItems(ParameterEdits::types());
    connect(m_type, &QComboBox::activated, this,
            [this](int index) { apply(Field::Type, m_type->itemText(index)); });
    m_format->setObjectName(QStringLiteral("parameterFormatCombo"));
    m_format->setAccessibleName(tr("Parameter format"));
    m_format->setEditable(true);
    m_format->setInsertPolicy(QComboBox::NoInsert);
    m_format->lineEdit()->setPlaceholderText(tr("format"));
    connect(m_format, &QComboBox::activated, this, &ParameterForm::applyFormat);
    connect(m_format->lineEdit(), &QLineEdit::editingFinished, this, &ParameterForm::applyFormat);
    m_required->setObjectName(QStringLiteral("parameterRequiredCheck"));
    connect(m_required, &QCheckBox::clicked, this, [this](bool checked) { apply(Field::Required, checked); });
    m_default->setObjectName(QStringLiteral("parameterDefaultEdit"));
    m_default->setAccessibleName(tr("Parameter default value"));
    connect(m_default, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(Field::Default, text); });
    m_description->setObjectName(QStringLiteral("parameterDescriptionEdit"));
    m_description->setAccessibleName(tr("Parameter description"));
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(Field::Description, text); });
    m_summary->setObjectName(QStringLiteral("parameterSummaryEdit"));
    m_summary->setAccessibleName(tr("Parameter label"));
    m_summary->setPlaceholderText(tr("The label people see"));
    connect(m_summary, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(Field::Summary, text); });
    m_visibility->setObjectName(QStringLiteral("parameterVisibilityCombo"));
    m_visibility->addItem(tr("None"), QString());
    m_visibility->addItem(tr("Important"), QStringLiteral("important"));
    m_visibility->addItem(tr("Advanced"), QStringLiteral("advanced"));
    m_visibility->addItem(tr("Internal"), QStringLiteral("internal"));
    connect(m_visibility, &QComboBox::activated, this,
            [this](int index) { apply(Field::Visibility, m_visibility->itemData(index)); });
    m_urlEncoding->setObjectName(QStringLiteral("parameterUrlEncodingCombo"));
    m_urlEncoding->addItem(tr("Default"), QString());
    m_urlEncoding->addItem(tr("Single"), QStringLiteral("single"));
    m_urlEncoding->addItem(tr("Double"), QStringLiteral("double"));
    connect(m_urlEncoding, &QComboBox::activated, this,
            [this](int index) { apply(Field::UrlEncoding, m_urlEncoding->itemData(index)); });
    m_enum->setObjectName(QStringLiteral("parameterEnumEdit"));
    m_enum->setAccessibleName(tr("Parameter allowed values"));
    m_enum->setPlaceholderText(tr("One value per line; \"value = Display name\" to name it"));
    m_enum->setTabChangesFocus(true);
    m_enum->setUndoRedoEnabled(false);
    m_enum->setFixedHeight(m_enum->fontMetrics().lineSpacing() * 4 + 14);

    // Two columns of label + field, the long texts across both.
    auto *fields = new QWidget;
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_format, 1);
    grid->addWidget(fieldLabel(tr("Name")), 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(fieldLabel(tr("In")), 0, 2);
    grid->addWidget(m_location, 0, 3);
    grid->addWidget(fieldLabel(tr("Label")), 1, 0);
    grid->addWidget(m_summary, 1, 1);
    grid->addWidget(fieldLabel(tr("Type / format")), 1, 2);
    grid->addLayout(typeRow, 1, 3);
    grid->addWidget(fieldLabel(tr("Description")), 2, 0);
    grid->addWidget(m_description, 2, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("Default")), 3, 0);
    grid->addWidget(m_default, 3, 1);
    grid->addWidget(fieldLabel(tr("Visibility")), 3, 2);
    grid->addWidget(m_visibility, 3, 3);
    grid->addWidget(m_required, 4, 1);
    grid->addWidget(fieldLabel(tr("URL encoding")), 4, 2);
    grid->addWidget(m_urlEncoding, 4, 3);
    auto *enumLabel = fieldLabel(tr("Allowed values"));
    enumLabel->setContentsMargins(0, 5, 0, 0); // level with the first line of the text box
    grid->addWidget(enumLabel, 5, 0, Qt::AlignTop);
    grid->addWidget(m_enum, 5, 1, 1, 3);
    m_simpleOnly = {m_location, m_type, m_format, m_default, m_urlEncoding, m_enum};
    return fields;
}

void ParameterForm::setParameter(const OperationKey &key, const json::JsonPointer &listPointer)
{
    if (listPointer != m_entry || key != m_key)
        m_message->setProblem({});
    m_key = key;
    m_entry = listPointer;
    refresh();
}

void ParameterForm::refresh()
{
    const ParameterView view(m_document, m_entry, ParameterView::Origin::Operation);
    const bool valid = !m_entry.isRoot() && view.isValid();
    setEnabled(valid && !m_document->isReadOnly());
    const ParameterSpec spec = valid ? ParameterSpec::of(view) : ParameterSpec();
    m_refreshing = true;
    if (!(m_name->hasFocus() && m_name->isModified()) && m_name->text() != spec.name)
        m_name->setText(spec.name);
    setCombo(m_location, valid ? spec.location : QString());
    setCombo(m_type, valid ? spec.type : QString());
    refreshFormats(spec.type, spec.format);
    m_required->setChecked(spec.required);
    for (const auto &pair :
         {qMakePair(m_default, spec.defaultText), qMakePair(m_description, spec.description),
          qMakePair(m_summary, spec.summary)}) {
        if (pair.first->text() != pair.second)
            pair.first->setText(pair.second);
    }
    m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(spec.visibility)));
    m_urlEncoding->setCurrentIndex(qMax(0, m_urlEncoding->findData(spec.urlEncoding)));
    if (!m_enum->hasFocus() && m_enum->toPlainText() != enumText(view))
        m_enum->setPlainText(enumText(view));
    m_refreshing = false;
    for (QWidget *field : std::as_const(m_simpleOnly))
        field->setEnabled(!view.isBody());
    m_required->setEnabled(!view.isPath()); // a path parameter is always required
    m_title->setText(valid ? tr("Parameter \u201c%1\u201d").arg(view.name()) : tr("Parameter"));
    QString origin;
    if (!valid)
        origin = tr("Select a parameter to edit it.");
    else if (view.isReference())
        origin = tr("Shared parameter %1: changes apply to every operation that uses it.")
                     .arg(view.referenceName());
    else if (m_entry.tokens().size() == 2 && m_entry.tokens().constFirst() == QLatin1String("parameters"))
        origin = tr("A shared parameter: every operation that refers to it through $ref uses it.");
    else if (m_entry.tokens().size() == 4)
        origin = tr("Declared on the path %1: changes apply to all its operations.").arg(m_key.path);
    else if (view.isBody())
        origin = tr("The request body. Its schema is edited in the schema editor.");
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
    // Body parameters take dynamic schemas on their schema, in the schema editor.
    m_dynamic->setNode(valid && !view.isBody() ? view.pointer() : json::JsonPointer());
}

void ParameterForm::setCombo(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(combo->findText(value));
}

void ParameterForm::refreshFormats(const QString &type, const QString &format)
{
    QStringList formats {QString()};
    for (const QString &candidate : knownFormats()) {
        if (ParameterEdits::formatFits(type, candidate))
            formats.append(candidate);
    }
    if (!format.isEmpty() && !formats.contains(format))
        formats.append(format);
    QStringList current;
    for (int i = 0; i < m_format->count(); ++i)
        current.append(m_format->itemText(i));
    if (current != formats) {
        m_format->clear();
        m_format->addItems(formats);
    }
    if (m_format->currentText() != format)
        m_format->setCurrentIndex(m_format->findText(format));
}

QString ParameterForm::enumText(const ParameterView &view)
{
    const QList<EnumDisplayValue> named = view.enumDisplayValues();
    QStringList lines;
    for (const QString &value : view.enumValues()) {
        QString name;
        for (const EnumDisplayValue &d : named) {
            if (d.value == value && d.displayName != value)
                name = d.displayName;
        }
        lines.append(name.isEmpty() ? value : value + QStringLiteral(" = ") + name);
    }
    return lines.join(QLatin1Char('\n'));
}

void ParameterForm::apply(Field field, const QVariant &value)
{
    if (m_refreshing || m_entry.isRoot())
        return;
    const EditResult result = ParameterEdits::setParameterField(m_document, m_entry, field, value);
    m_message->setProblem(result.error);
    refresh(); // a type change changes the formats offered; a failed edit puts the value back
}

void ParameterForm::renameParameter()
{
    if (m_entry.isRoot()) // no parameter selected
        return;
    const ParameterView view(m_document, m_entry, ParameterView::Origin::Operation);
    const QString name = m_name->text().trimmed();
    m_name->setModified(false);
    if (!view.isValid() || name == view.name())
        return;
    const bool placeholder = view.isPath() && !view.isReference()
        && OperationKey::placeholders(m_key.path).contains(view.name());
    const QString oldPlaceholder = QLatin1Char('{') + view.name() + QLatin1Char('}');
    const EditResult result = ParameterEdits::setParameterField(m_document, m_entry, Field::Name, name);
    m_message->setProblem(result.error);
    if (result.ok && placeholder) {
        // The path follows the new name: the operation's address changed.
        QString path = m_key.path;
        path.replace(oldPlaceholder, QLatin1Char('{') + name + QLatin1Char('}'));
        emit operationMoved(OperationKey(path, m_key.method));
    }
}

void ParameterForm::applyFormat()
{
    if (m_entry.isRoot()) // no parameter selected
        return;
    if (m_refreshing)
        return;
    const ParameterView view(m_document, m_entry, ParameterView::Origin::Operation);
    if (view.isValid() && m_format->currentText().trimmed() != view.format())
        apply(Field::Format, m_format->currentText().trimmed());
}

void ParameterForm::commitEnum()
{
    if (m_entry.isRoot()) // no parameter selected
        return;
    const ParameterView view(m_document, m_entry, ParameterView::Origin::Operation);
    if (!view.isValid() || m_enum->toPlainText() == enumText(view))
        return;
    ParameterSpec spec = ParameterSpec::of(view);
    spec.enumValues.clear();
    spec.enumDisplayNames.clear();
    const QStringList lines = m_enum->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const int equals = int(line.indexOf(QStringLiteral(" = ")));
        spec.enumValues.append((equals < 0 ? line : line.left(equals)).trimmed());
        spec.enumDisplayNames.append(equals < 0 ? QString() : line.mid(equals + 3).trimmed());
    }
    const EditResult result = ParameterEdits::updateParameter(m_document, m_entry, spec);
    m_message->setProblem(result.error);
}

bool ParameterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_enum && event->type() == QEvent::FocusOut)
        commitEnum();
    return QWidget::eventFilter(watched, event);
}

QString ParameterForm::problem() const
{
    return m_message->problem();
}
