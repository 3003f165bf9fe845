#include "DynamicInputEditor.h"

#include "FieldMessage.h"
#include "domain/DynamicInputEdits.h"
#include "domain/OperationIndex.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using Kind = DynamicInput::Kind;

static QString shownText(const DynamicInput &input)
{
    QStringList parts {input.operationId, input.collectionPath, input.valuePath, input.titlePath};
    for (const DynamicInput::Mapping &mapping : input.parameters)
        parts << mapping.name << (mapping.fromParameter ? QStringLiteral("p") : QStringLiteral("v"))
              << mapping.text;
    return parts.join(QChar(0x1f));
}

namespace {

QComboBox *pathCombo(const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox;
    combo->setEditable(true); // any path may be typed; the response's are offered
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    return combo;
}

enum MappingColumn { NameColumn, SourceColumn, TextColumn };

} // namespace

DynamicInputEditor::DynamicInputEditor(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_summary(new QLabel),
      m_kind(new QComboBox),
      m_operation(new QComboBox),
      m_mapping(new QTableWidget(0, 3)),
      m_collection(pathCombo(QStringLiteral("dynamicCollectionCombo"), tr("Collection path"))),
      m_value(pathCombo(QStringLiteral("dynamicValueCombo"), tr("Value path"))),
      m_title(pathCombo(QStringLiteral("dynamicTitleCombo"), tr("Title path"))),
      m_collectionLabel(new QLabel(tr("Items at"))),
      m_titleLabel(new QLabel(tr("Title"))),
      m_apply(new QPushButton(tr("Apply"))),
      m_remove(new QPushButton(tr("Remove")))
{
    setObjectName(QStringLiteral("dynamicInputEditor"));
    m_summary->setObjectName(QStringLiteral("dynamicSummary"));
    m_summary->setProperty("caption", true);
    m_summary->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("dynamicKindCombo"));
    m_kind->setAccessibleName(tr("Kind of dynamic input"));
    for (Kind kind : DynamicInput::kinds())
        m_kind->addItem(DynamicInput::key(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    m_operation->setObjectName(QStringLiteral("dynamicOperationCombo"));
    m_operation->setAccessibleName(tr("Operation that gives the values"));
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillMapping(input());
        fillPaths();
    });
    m_mapping->setObjectName(QStringLiteral("dynamicMappingTable"));
    m_mapping->setAccessibleName(tr("Parameters of the called operation"));
    m_mapping->setHorizontalHeaderLabels({tr("Its parameter"), tr("Gets"), tr("Parameter or value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMinimumHeight(110);
    connect(m_collection, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            fillPaths();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Operation"), m_operation);
    form->addRow(tr("Its parameters"), m_mapping);
    form->addRow(m_collectionLabel, m_collection);
    form->addRow(tr("Value"), m_value);
    form->addRow(m_titleLabel, m_title);
    m_apply->setObjectName(QStringLiteral("applyDynamicButton"));
    m_remove->setObjectName(QStringLiteral("removeDynamicButton"));
    connect(m_apply, &QPushButton::clicked, this, &DynamicInputEditor::apply);
    connect(m_remove, &QPushButton::clicked, this, &DynamicInputEditor::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_apply);
    m_message = new FieldMessage(m_operation);
    m_message->setObjectName(QStringLiteral("dynamicMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setNode({});
}

QString DynamicInputEditor::problem() const
{
    return m_message->problem();
}

Kind DynamicInputEditor::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void DynamicInputEditor::setNode(const json::JsonPointer &node)
{
    if (node != m_node) {
        m_message->setProblem({});
        // Show the first kind the node has, else dynamic values.
        m_filling = true;
        m_kind->setCurrentIndex(0);
        for (Kind kind : DynamicInput::kinds()) {
            if (!node.isRoot() && DynamicInput::read(m_document, node, kind)) {
                m_kind->setCurrentIndex(m_kind->findData(int(kind)));
                break;
            }
        }
        m_filling = false;
    }
    m_node = node;
    refresh();
}

void DynamicInputEditor::refresh()
{
    setEnabled(!m_node.isRoot() && m_document->value(ConnectorDocument::Part::Definition, m_node)
               && !m_document->isReadOnly());
    updateKindLabels();
    const std::optional<DynamicInput> current
        = m_node.isRoot() ? std::nullopt : DynamicInput::read(m_document, m_node, kind());
    DynamicInput shown;
    shown.kind = kind();
    if (current)
        shown = *current;
    const QString key = m_node.toString() + QLatin1Char('|') + DynamicInput::key(shown.kind)
        + QLatin1Char('|') + (current ? QString::number(qHash(shownText(shown))) : QString());
    if (key != m_shownKey)
        showInput(shown);
    m_shownKey = key;
    m_remove->setEnabled(current.has_value());
}

void DynamicInputEditor::reload()
{
    m_shownKey.clear();
    refresh();
}

// Names the kinds that are set, in the kind list and the summary above it.
void DynamicInputEditor::updateKindLabels()
{
    QStringList set;
    for (int row = 0; row < m_kind->count(); ++row) {
        const Kind kind = Kind(m_kind->itemData(row).toInt());
        const bool present = !m_node.isRoot() && DynamicInput::read(m_document, m_node, kind).has_value();
        m_kind->setItemText(row,
                            present ? tr("%1 (set)").arg(DynamicInput::key(kind)) : DynamicInput::key(kind));
        if (present)
            set.append(DynamicInput::key(kind));
    }
    m_summary->setText(set.isEmpty() ? tr("Values are typed by the user. A dynamic input fills them from "
                                          "another operation of the connector.")
                                     : tr("Set: %1.").arg(set.join(QStringLiteral(", "))));
}

void DynamicInputEditor::showInput(const DynamicInput &input)
{
    m_filling = true;
    m_operation->clear();
    m_operation->addItem(tr("(choose an operation)"), QString());
    for (const QString &id : OperationIndex(m_document).operationIds()) {
        if (!id.isEmpty())
            m_operation->addItem(id, id);
    }
    if (!input.operationId.isEmpty() && m_operation->findData(input.operationId) < 0)
        m_operation->addItem(input.operationId, input.operationId); // keep a missing one visible
    m_operation->setCurrentIndex(qMax(0, m_operation->findData(input.operationId)));
    m_collection->setVisible(input.hasCollection());
    m_collectionLabel->setVisible(input.hasCollection());
    m_title->setVisible(input.hasTitle());
    m_titleLabel->setVisible(input.hasTitle());
    m_collection->setCurrentText(input.collectionPath);
    m_value->setCurrentText(input.valuePath);
    m_title->setCurrentText(input.titlePath);
    fillMapping(input);
    m_filling = false;
    fillPaths();
}

// One row per parameter of the called operation (and any mapped name it no longer has).
void DynamicInputEditor::fillMapping(const DynamicInput &input)
{
    QStringList names
        = DynamicInputEdits::targetParameters(m_document, m_operation->currentData().toString());
    for (const DynamicInput::Mapping &mapping : input.parameters) {
        if (!names.contains(mapping.name))
            names.append(mapping.name);
    }
    m_mapping->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names.at(row));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_mapping->setItem(row, NameColumn, name);
        auto *source = new QComboBox;
        source->addItem(tr("a fixed value"), false);
        source->addItem(tr("a parameter"), true);
        source->setAccessibleName(tr("Source of %1").arg(names.at(row)));
        QString text;
        for (const DynamicInput::Mapping &mapping : input.parameters) {
            if (mapping.name == names.at(row)) {
                source->setCurrentIndex(mapping.fromParameter ? 1 : 0);
                text = mapping.text;
            }
        }
        m_mapping->setCellWidget(row, SourceColumn, source);
        m_mapping->setItem(row, TextColumn, new QTableWidgetItem(text));
    }
    m_mapping->resizeColumnToContents(NameColumn);
    m_mapping->resizeColumnToContents(SourceColumn);
}

void DynamicInputEditor::fillPaths()
{
    const QString operationId = m_operation->currentData().toString();
    const QString collection = m_collection->currentText();
    const QString value = m_value->currentText(), title = m_title->currentText();
    m_filling = true;
    m_collection->clear();
    m_collection->addItems(DynamicInputEdits::collectionPaths(m_document, operationId));
    m_collection->setCurrentText(collection);
    // The value and title live inside the items of the collection (list and values), or
    // anywhere in the response (schema and properties).
    const QStringList items = DynamicInputEdits::itemPaths(
        m_document, operationId, kind() == Kind::Values || kind() == Kind::List ? collection : QString());
    for (QComboBox *combo : {m_value, m_title}) {
        combo->clear();
        combo->addItems(items);
    }
    m_value->setCurrentText(value);
    m_title->setCurrentText(title);
    m_filling = false;
}

DynamicInput DynamicInputEditor::input() const
{
    DynamicInput input;
    input.kind = kind();
    input.operationId = m_operation->currentData().toString();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString text
            = m_mapping->item(row, TextColumn) ? m_mapping->item(row, TextColumn)->text() : QString();
        if (text.isEmpty())
            continue; // an unmapped parameter is not sent
        const auto *source = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, SourceColumn));
        input.parameters.append(
            {m_mapping->item(row, NameColumn)->text(), source && source->currentData().toBool(), text});
    }
    if (input.hasCollection())
        input.collectionPath = m_collection->currentText().trimmed();
    input.valuePath = m_value->currentText().trimmed();
    if (input.hasTitle())
        input.titlePath = m_title->currentText().trimmed();
    return input;
}

void DynamicInputEditor::apply()
{
    const EditResult result = DynamicInputEdits::set(m_document, m_node, input());
    m_message->setProblem(result.ok ? QString() : result.error);
    if (result.ok)
        reload();
}

void DynamicInputEditor::remove()
{
    const EditResult result = DynamicInputEdits::remove(m_document, m_node, kind());
    m_message->setProblem(result.ok ? QString() : result.error);
    reload();
}
