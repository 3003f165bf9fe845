#include "OperationGeneralForm.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "TriggerBuilderDialog.h"
#include "UndoShortcutFilter.h"
#include "domain/OperationEdits.h"
#include "domain/OperationRename.h"
#include "domain/OperationView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Field = OperationEdits::Field;

OperationGeneralForm::OperationGeneralForm(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_summary(new QLineEdit),
      m_description(new QPlainTextEdit),
      m_operationId(new QLineEdit),
      m_operationIdNotes(new QLabel),
      m_visibility(new QComboBox),
      m_deprecated(new QCheckBox(tr("Deprecated: hidden from new flows, existing ones keep working"))),
      m_kind(new QLabel),
      m_makeTrigger(new QPushButton(tr("Make trigger...")))
{
    auto *section
        = new FormSection(tr("Operation"), tr("How the operation appears to people building flows."));
    m_summary->setObjectName(QStringLiteral("operationSummaryEdit"));
    m_summary->setAccessibleName(tr("Operation summary"));
    m_summary->setPlaceholderText(tr("e.g. Get an employee"));
    connect(m_summary, &QLineEdit::textEdited, this, [this](const QString &text) {
        OperationEdits::setOperationField(m_document, m_key, Field::Summary, text);
    });
    section->addRow(tr("Summary"), m_summary);

    m_description->setObjectName(QStringLiteral("operationDescriptionEdit"));

    m_description->setAccessibleName(tr("Operation description"));
    m_description->setPlaceholderText(tr("What the operation does, in a sentence."));
    m_description->setTabChangesFocus(true);
    m_description->setUndoRedoEnabled(false); // the document's stack owns undo
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 16);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            OperationEdits::setOperationField(m_document, m_key, Field::Description,
                                              m_description->toPlainText());
    });
    section->addRow(tr("Description"), m_description);

    m_operationId->setObjectName(QStringLiteral("operationIdEdit"));

    m_operationId->setAccessibleName(tr("Operation ID"));
    connect(m_operationId, &QLineEdit::editingFinished, this, &OperationGeneralForm::renameOperationId);
    connect(m_operationId, &QLineEdit::textEdited, this, [this] { m_operationIdMessage->setProblem({}); });
    m_operationIdMessage = new FieldMessage(m_operationId);
    m_operationIdMessage->setObjectName(QStringLiteral("operationIdMessage"));
    m_operationIdNotes->setObjectName(QStringLiteral("operationIdNotes"));
    m_operationIdNotes->setProperty("caption", true);
    m_operationIdNotes->setWordWrap(true);
    m_operationIdNotes->hide();
    auto *idColumn = new QVBoxLayout;
    idColumn->setSpacing(4);
    idColumn->addWidget(m_operationId);
    idColumn->addWidget(m_operationIdMessage);
    idColumn->addWidget(m_operationIdNotes);
    section->addRow(tr("Operation ID"), idColumn);

    m_visibility->setObjectName(QStringLiteral("operationVisibilityCombo"));
    m_visibility->addItem(tr("None (shown as usual)"), QString());
    m_visibility->addItem(tr("Important (shown first)"), QStringLiteral("important"));
    m_visibility->addItem(tr("Advanced (under a toggle)"), QStringLiteral("advanced"));
    m_visibility->addItem(tr("Internal (hidden)"), QStringLiteral("internal"));
    connect(m_visibility, &QComboBox::activated, this, [this](int index) {
        OperationEdits::setOperationField(m_document, m_key, Field::Visibility,
                                          m_visibility->itemData(index));
    });
    section->addRow(tr("Visibility"), m_visibility);

    m_deprecated->setObjectName(QStringLiteral("operationDeprecatedCheck"));
    connect(m_deprecated, &QCheckBox::clicked, this, [this](bool checked) {
        OperationEdits::setOperationField(m_document, m_key, Field::Deprecated, checked);
    });
    section->addRow(QString(), m_deprecated);

    m_kind->setObjectName(QStringLiteral("operationKindLabel"));
    m_makeTrigger->setObjectName(QStringLiteral("makeTriggerButton"));
    m_makeTrigger->setToolTip(tr("Turn this operation into a webhook or polling trigger"));
    connect(m_makeTrigger, &QPushButton::clicked, this, &OperationGeneralForm::openTriggerBuilder);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_makeTrigger);
    section->addRow(tr("Kind"), kindRow);

    auto *undoFilter = new UndoShortcutFilter(this);
    for (QWidget *input : {static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_operationId)})
        undoFilter->watch(input);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section);
    layout->addStretch(1);
}

void OperationGeneralForm::setOperation(const OperationKey &key)
{
    if (key != m_key) {
        m_operationIdMessage->setProblem({});
        m_operationIdNotes->hide();
    }
    m_key = key;
    refresh();
}

void OperationGeneralForm::refresh()
{
    const OperationView view(m_document, m_key);
    m_refreshing = true;
    if (m_summary->text() != view.summary())
        m_summary->setText(view.summary());
    if (m_description->toPlainText() != view.description()) {
        const int position = m_description->textCursor().position();
        m_description->setPlainText(view.description());
        QTextCursor cursor = m_description->textCursor();
        cursor.setPosition(qMin(position, int(view.description().size())));
        m_description->setTextCursor(cursor);
    }
    // A rejected id stays in the field, with its message, until the user changes it.
    if (!(m_operationId->isModified() && m_operationId->hasFocus())
        && m_operationIdMessage->problem().isEmpty() && m_operationId->text() != view.operationId())
        m_operationId->setText(view.operationId());
    m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(view.visibility())));
    m_deprecated->setChecked(view.isDeprecated());
    const bool batch = view.triggerKind() == OperationView::TriggerKind::Batch;
    switch (view.triggerStyle()) {
    case OperationView::TriggerStyle::None:
        m_kind->setText(tr("Action"));
        break;
    case OperationView::TriggerStyle::Webhook:
        m_kind->setText(batch ? tr("Webhook trigger, batch") : tr("Webhook trigger, one run per item"));
        break;
    case OperationView::TriggerStyle::Polling:
        m_kind->setText(batch ? tr("Polling trigger, batch") : tr("Polling trigger, one run per item"));
        break;
    }
    m_makeTrigger->setText(view.isTrigger() ? tr("Rebuild trigger...") : tr("Make trigger..."));
    m_refreshing = false;
    setEnabled(view.isValid() && !m_document->isReadOnly());
}

void OperationGeneralForm::renameOperationId()
{
    const QString newId = m_operationId->text().trimmed();
    const OperationView view(m_document, m_key);
    if (!view.isValid())
        return;
    if (newId == view.operationId()) {
        m_operationIdMessage->setProblem({});
        return;
    }
    const EditResult result = OperationRename::renameOperation(m_document, m_key, newId);
    m_operationIdMessage->setProblem(result.error);
    m_operationIdNotes->setText(result.notes.join(QLatin1Char('\n')));
    m_operationIdNotes->setVisible(!result.notes.isEmpty());
    m_operationId->setModified(false);
}

QString OperationGeneralForm::operationIdProblem() const
{
    return m_operationIdMessage->problem();
}

QString OperationGeneralForm::operationIdNotes() const
{
    return m_operationIdNotes->isHidden() ? QString() : m_operationIdNotes->text();
}

TriggerBuilderDialog *OperationGeneralForm::openTriggerBuilder()
{
    if (m_triggerBuilder)
        m_triggerBuilder->close();
    m_triggerBuilder = new TriggerBuilderDialog(m_document, m_key, this);
    m_triggerBuilder->setAttribute(Qt::WA_DeleteOnClose);
    m_triggerBuilder->show();
    return m_triggerBuilder;
}

TriggerBuilderDialog *OperationGeneralForm::triggerBuilder() const
{
    return m_triggerBuilder;
}
