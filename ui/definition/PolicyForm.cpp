#include "PolicyForm.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "UndoShortcutFilter.h"
#include "domain/OperationIndex.h"
#include "domain/PolicyEdits.h"
#include "domain/PolicyTemplateCatalog.h"
#include "domain/PolicyView.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Kind = PolicyParameterSpec::Kind;

PolicyForm::PolicyForm(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_title(new QLineEdit),
      m_template(new QLabel),
      m_parametersHost(new QWidget),
      m_section(new QComboBox),
      m_sectionLabel(new QLabel(tr("Section"))),
      m_operations(new QListWidget),
      m_json(new QPlainTextEdit),
      m_applyJson(new QPushButton(tr("Apply JSON")))
{
    auto *general
        = new FormSection(tr("Policy"), tr("Changes requests or responses at run time, without code."));
    m_title->setObjectName(QStringLiteral("policyTitleEdit"));
    m_title->setAccessibleName(tr("Policy title"));
    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { PolicyEdits::setTitle(m_document, m_index, text); });
    general->addRow(tr("Title"), m_title);
    m_template->setObjectName(QStringLiteral("policyTemplateLabel"));
    m_template->setWordWrap(true);
    m_template->setTextInteractionFlags(Qt::TextSelectableByMouse);
    general->addRow(tr("Template"), m_template);

    m_parametersSection = new FormSection(tr("Parameters"),
                                          tr("Values or expressions such as @body() or "
                                             "@connectionParameters('name'). * marks required ones."));
    m_parametersSection->body()->addWidget(m_parametersHost);
    m_section->setObjectName(QStringLiteral("policySectionCombo"));
    m_section->setAccessibleName(tr("Policy section"));
    m_section->addItem(tr("Request (before the call)"), QStringLiteral("Request"));
    m_section->addItem(tr("Response (after the call)"), QStringLiteral("Response"));
    connect(m_section, &QComboBox::activated, this, [this](int row) {
        setParameter(PolicyTemplateCatalog::SectionKey, m_section->itemData(row).toString());
    });

    m_operationsSection
        = new FormSection(tr("Applies to"), tr("The operations it runs for; none checked: all."));
    m_operations->setObjectName(QStringLiteral("policyOperationsList"));
    m_operations->setAccessibleName(tr("Operations the policy applies to"));
    m_operations->setMinimumHeight(120);
    m_operations->setMaximumHeight(220);
    connect(m_operations, &QListWidget::itemChanged, this, &PolicyForm::onOperationChanged);
    m_operationsSection->body()->addWidget(m_operations);

    auto *raw = new FormSection(tr("JSON"),
                                tr("The whole entry as in apiProperties.json; Apply replaces it "
                                   "(one undo step)."));
    m_json->setObjectName(QStringLiteral("policyJsonEdit"));
    m_json->setAccessibleName(tr("Policy as JSON"));
    m_json->setTabChangesFocus(true);
    m_json->setUndoRedoEnabled(false); // the document's stack owns undo once applied
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setMinimumHeight(m_json->fontMetrics().lineSpacing() * 8);
    m_jsonMessage = new FieldMessage(m_json);
    m_jsonMessage->setObjectName(QStringLiteral("policyJsonMessage"));
    m_applyJson->setObjectName(QStringLiteral("applyPolicyJsonButton"));
    connect(m_applyJson, &QPushButton::clicked, this, &PolicyForm::applyJson);
    raw->body()->addWidget(m_json);
    raw->body()->addWidget(m_jsonMessage);
    raw->body()->addWidget(m_applyJson, 0, Qt::AlignRight);

    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watch(m_title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(general);
    layout->addWidget(m_parametersSection);
    layout->addWidget(m_operationsSection);
    layout->addWidget(raw);
    layout->addStretch(1);
    setPolicy(-1);
}

QString PolicyForm::problem() const
{
    for (FieldMessage *message : m_messages) {
        if (!message->problem().isEmpty())
            return message->problem();
    }
    return m_jsonMessage->problem();
}

void PolicyForm::setPolicy(int index)
{
    if (index != m_index)
        m_jsonMessage->setProblem({});
    m_index = index;
    refresh();
}

void PolicyForm::refresh()
{
    const PolicyView view(m_document, m_index);
    setEnabled(view.isValid() && !m_document->isReadOnly());
    m_refreshing = true;
    if (view.templateId().compare(m_builtFor, Qt::CaseInsensitive) != 0 || m_fields.isEmpty())
        rebuildParameters();
    refreshValues();
    refreshOperations();
    m_refreshing = false;
}

// One field per template parameter, in the template's order, then the section.
void PolicyForm::rebuildParameters()
{
    const PolicyView view(m_document, m_index);
    m_builtFor = view.templateId();
    m_fields.clear();
    m_messages.clear();
    // The section combo outlives the rebuilds: take it out before the old fields go.
    m_section->hide();
    m_sectionLabel->hide();
    m_section->setParent(this);
    m_sectionLabel->setParent(this);
    delete m_parametersHost->layout();
    qDeleteAll(m_parametersHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *form = new QFormLayout(m_parametersHost);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const PolicyTemplateSpec *spec = view.spec();
    m_parametersSection->setVisible(spec != nullptr);
    m_operationsSection->setVisible(view.isValid());
    if (!spec)
        return;
    auto *undoFilter = new UndoShortcutFilter(m_parametersHost);
    for (const PolicyParameterSpec &parameter : spec->parameters) {
        QWidget *input = nullptr;
        if (parameter.kind == Kind::Choice) {
            auto *combo = new QComboBox;
            combo->addItem(tr("(not set)"), QString());
            for (const QString &choice : parameter.choices)
                combo->addItem(choice, choice);
            connect(combo, &QComboBox::activated, this, [this, combo, key = parameter.key](int row) {
                setParameter(key, combo->itemData(row).toString());
            });
            input = combo;
        } else {
            auto *edit = new QLineEdit;
            edit->setPlaceholderText(parameter.hint);
            // JSON is applied when complete (Enter or leaving the field); text as it is typed.
            if (parameter.kind == Kind::Json)
                connect(edit, &QLineEdit::editingFinished, this, [this, edit, key = parameter.key] {
                    if (edit->isModified())
                        setParameter(key, edit->text());
                });
            else
                connect(edit, &QLineEdit::textEdited, this,
                        [this, key = parameter.key](const QString &text) { setParameter(key, text); });
            undoFilter->watch(edit);
            input = edit;
        }
        input->setObjectName(QStringLiteral("policyParam_") + parameter.key.section(QLatin1Char('.'), -1));
        input->setAccessibleName(parameter.label);
        input->setToolTip(parameter.hint);
        auto *message = new FieldMessage(input);
        auto *column = new QVBoxLayout;
        column->setSpacing(4);
        column->addWidget(input);
        column->addWidget(message);
        auto *label
            = new QLabel(parameter.required ? parameter.label + QStringLiteral(" *") : parameter.label);
        label->setFixedWidth(FormSection::LabelWidth); // lines up with the cards above and below
        label->setBuddy(input);
        form->addRow(label, column);
        m_fields.insert(parameter.key, input);
        m_messages.insert(parameter.key, message);
    }
    m_sectionLabel->setFixedWidth(FormSection::LabelWidth);
    m_sectionLabel->setBuddy(m_section);
    if (spec->hasSection)
        form->addRow(m_sectionLabel, m_section);
    m_section->setVisible(spec->hasSection);
    m_sectionLabel->setVisible(spec->hasSection);
}

void PolicyForm::refreshValues()
{
    const PolicyView view(m_document, m_index);
    if (m_title->text() != view.title())
        m_title->setText(view.title());
    const PolicyTemplateSpec *spec = view.spec();
    m_template->setText(
        spec ? QStringLiteral("<b>%1</b> (%2)<br>%3")
                   .arg(spec->title.toHtmlEscaped(), view.templateId().toHtmlEscaped(),
                        spec->description.toHtmlEscaped())
             : tr("Unknown template \"%1\": edit it as JSON below.").arg(view.templateId().toHtmlEscaped()));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = view.parameterText(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            int row = combo->findData(text);
            if (row < 0) { // a value the template lists no choice for: keep it visible
                combo->addItem(text, text);
                row = combo->count() - 1;
            }
            combo->setCurrentIndex(row);
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            const bool typing = edit->hasFocus() && edit->isModified();
            if (!typing && edit->text() != text && m_messages.value(it.key())->problem().isEmpty())
                edit->setText(text);
        }
    }
    m_section->setCurrentIndex(qMax(0, m_section->findData(view.section())));
    if (!(m_json->hasFocus() && m_json->document()->isModified()) && m_jsonMessage->problem().isEmpty()) {
        m_json->setPlainText(view.toJsonText());
        m_json->document()->setModified(false);
    }
}

// The connector's operationIds, checked when the policy names them; names the policy lists
// that no operation has stay in the list (unchecking removes them).
void PolicyForm::refreshOperations()
{
    const PolicyView view(m_document, m_index);
    const QStringList chosen = view.operations();
    QStringList ids = OperationIndex(m_document).operationIds();
    ids.removeAll(QString());
    ids.removeDuplicates();
    for (const QString &id : chosen) {
        if (!ids.contains(id))
            ids.append(id);
    }
    bool same = m_operations->count() == ids.size();
    for (int row = 0; same && row < ids.size(); ++row)
        same = m_operations->item(row)->text() == ids.at(row);
    if (!same) { // rebuilt only when the ids changed, so checking keeps the scroll position
        m_operations->clear();
        for (const QString &id : ids) {
            auto *item = new QListWidgetItem(id, m_operations);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (int row = 0; row < m_operations->count(); ++row) {
        QListWidgetItem *item = m_operations->item(row);
        item->setCheckState(chosen.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void PolicyForm::setParameter(const QString &key, const QString &text)
{
    if (m_refreshing)
        return;
    const EditResult result = PolicyEdits::setParameter(m_document, m_index, key, text);
    if (FieldMessage *message = m_messages.value(key))
        message->setProblem(result.ok ? QString() : result.error);
}

void PolicyForm::onOperationChanged(QListWidgetItem *)
{
    if (m_refreshing)
        return;
    QStringList chosen;
    for (int row = 0; row < m_operations->count(); ++row) {
        if (m_operations->item(row)->checkState() == Qt::Checked)
            chosen.append(m_operations->item(row)->text());
    }
    PolicyEdits::setOperations(m_document, m_index, chosen);
}

void PolicyForm::applyJson()
{
    const EditResult result = PolicyEdits::replacePolicy(m_document, m_index, m_json->toPlainText());
    m_jsonMessage->setProblem(result.ok ? QString() : result.error);
    if (result.ok) {
        m_json->document()->setModified(false);
        refresh();
    }
}
