#include "SchemaEditor.h"

#include "FormStyleSheet.h"
#include "SchemaForm.h"
#include "SchemaTreeModel.h"
#include "Theme.h"
#include "domain/SchemaEdits.h"
#include "domain/SchemaView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <utility>

using json::JsonPointer;
using Action = SchemaEditor::Action;

namespace {

bool isPropertyPointer(const JsonPointer &pointer)
{
    const QStringList &t = pointer.tokens();
    return t.size() >= 2 && t.at(t.size() - 2) == QLatin1String("properties");
}

int propertyIndex(const ConnectorDocument *document, const JsonPointer &owner, const QString &name,
                  int *count)
{
    const QList<SchemaProperty> properties = SchemaView(document, owner).properties();
    *count = int(properties.size());
    for (int i = 0; i < properties.size(); ++i) {
        if (properties.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

SchemaEditor::SchemaEditor(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new SchemaTreeModel(document, this)),
      m_tree(new QTreeView),
      m_form(new SchemaForm(document)),
      m_error(new QLabel)
{
    setObjectName(QStringLiteral("schemaEditor"));
    FormStyleSheet::install(this); // the form's card and inputs, also when standalone
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setAccessibleName(tr("Schema fields"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(SchemaTreeModel::NameColumn, 150);
    m_tree->header()->resizeSection(SchemaTreeModel::TypeColumn, 130);
    m_tree->header()->resizeSection(SchemaTreeModel::RequiredColumn, 64);

    m_error->setObjectName(QStringLiteral("schemaEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_error->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    buildToolbar(toolbar);
    leftLayout->addLayout(toolbar);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SchemaEditor::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &SchemaEditor::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchemaEditor::restoreState);
    connect(m_model, &SchemaTreeModel::contentChanged, this, [this] {
        m_form->refresh();
        updateActions();
    });
    connect(m_form, &SchemaForm::definitionRequested, this, &SchemaEditor::definitionRequested);
    connect(m_form, &SchemaForm::nodeMoved, this,
            [this](const JsonPointer &pointer) { selectPointer(pointer); });
    updateActions();
}

void SchemaEditor::buildToolbar(QHBoxLayout *layout)
{
    layout->addWidget(addButton(Action::AddProperty, QStringLiteral("schemaAddButton"), tr("Add"),
                                QKeySequence(Qt::Key_Insert)));
    layout->addWidget(addButton(Action::AddChild, QStringLiteral("schemaAddChildButton"), tr("Add child"),
                                QKeySequence(Qt::SHIFT | Qt::Key_Insert)));
    layout->addWidget(
        addButton(Action::Remove, QStringLiteral("schemaRemoveButton"), tr("Remove"), QKeySequence::Delete));
    layout->addSpacing(8);
    layout->addWidget(addButton(Action::MoveUp, QStringLiteral("schemaUpButton"), tr("Up"),
                                QKeySequence(Qt::ALT | Qt::Key_Up)));
    layout->addWidget(addButton(Action::MoveDown, QStringLiteral("schemaDownButton"), tr("Down"),
                                QKeySequence(Qt::ALT | Qt::Key_Down)));
    layout->addWidget(addButton(Action::MoveInto, QStringLiteral("schemaIntoButton"), tr("Into"),
                                QKeySequence(Qt::ALT | Qt::Key_Right)));
    layout->addWidget(addButton(Action::MoveOut, QStringLiteral("schemaOutButton"), tr("Out"),
                                QKeySequence(Qt::ALT | Qt::Key_Left)));
    layout->addStretch(1);
}

QToolButton *SchemaEditor::addButton(Action action, const QString &objectName, const QString &text,
                                     const QKeySequence &shortcut)
{
    static const QHash<int, const char *> tips {
        {int(Action::AddProperty), QT_TR_NOOP("Add a property after the selected one")},
        {int(Action::AddChild), QT_TR_NOOP("Add a property inside the selected object")},
        {int(Action::Remove), QT_TR_NOOP("Remove the selected property")},
        {int(Action::MoveUp), QT_TR_NOOP("Move the property up")},
        {int(Action::MoveDown), QT_TR_NOOP("Move the property down")},
        {int(Action::MoveInto), QT_TR_NOOP("Move the property into the object above it")},
        {int(Action::MoveOut), QT_TR_NOOP("Move the property out to the enclosing object")}};
    auto *qaction = new QAction(text, this);
    qaction->setShortcut(shortcut);
    qaction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    qaction->setToolTip(QStringLiteral("%1 (%2)").arg(tr(tips.value(int(action))),
                                                      shortcut.toString(QKeySequence::NativeText)));
    connect(qaction, &QAction::triggered, this, [this, action] { run(action); });
    m_tree->addAction(qaction);
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(qaction);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    m_buttons.insert(int(action), button);
    return button;
}

QToolButton *SchemaEditor::button(Action action) const
{
    return m_buttons.value(int(action));
}

QString SchemaEditor::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SchemaEditor::setSchema(const JsonPointer &schemaPointer)
{
    const QStringList &t = schemaPointer.tokens();
    const QString rootName
        = t.size() == 2 && t.first() == QLatin1String("definitions") ? t.last() : tr("(schema)");
    m_expanded.clear();
    m_currentKey.clear();
    m_currentPointer = JsonPointer();
    m_model->setSchema(schemaPointer, rootName);
    m_error->hide();
    expandOwnRows({});
    const QModelIndex root = m_model->index(0, 0);
    if (root.isValid())
        m_tree->setCurrentIndex(root);
    else
        m_form->clear();
    updateActions();
}

JsonPointer SchemaEditor::schemaPointer() const
{
    return m_model->schemaPointer();
}

void SchemaEditor::expandOwnRows(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(SchemaTreeModel::InheritedRole).toBool() || !m_model->hasChildren(index))
            continue;
        m_tree->expand(index);
        expandOwnRows(index);
    }
}

void SchemaEditor::rememberState()
{
    m_expanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expanded.insert(index.data(SchemaTreeModel::KeyRole).toString());
                walk(index);
            }
        }
    };
    walk({});
    const QModelIndex current = m_tree->currentIndex();
    m_currentKey = current.data(SchemaTreeModel::KeyRole).toString();
    m_currentPointer = m_model->pointer(current);
}

void SchemaEditor::restoreState()
{
    for (const QString &key : std::as_const(m_expanded)) {
        const QModelIndex index = m_model->indexOfKey(key);
        if (index.isValid())
            m_tree->expand(index);
    }
    QModelIndex current = m_model->indexOfKey(m_currentKey);
    if (!current.isValid())
        current = m_model->indexOf(m_currentPointer);
    if (!current.isValid())
        current = m_model->index(0, 0);
    m_tree->setCurrentIndex(current);
    onCurrentChanged();
}

bool SchemaEditor::selectPointer(const JsonPointer &pointer)
{
    const QModelIndex index = m_model->indexOf(pointer);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    onCurrentChanged();
    return true;
}

JsonPointer SchemaEditor::currentPointer() const
{
    return m_model->pointer(m_tree->currentIndex());
}

bool SchemaEditor::currentInherited() const
{
    return m_tree->currentIndex().data(SchemaTreeModel::InheritedRole).toBool();
}

void SchemaEditor::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_form->clear();
    } else {
        m_form->setNode(m_model->pointer(current), current.data(SchemaTreeModel::KindRole).toInt(),
                        current.data(SchemaTreeModel::InheritedRole).toBool());
    }
    updateActions();
}

// Where properties of this schema go: itself for an object (or an untyped schema), its
// items for an array of objects; none for a $ref (edit the definition) or a scalar.
JsonPointer SchemaEditor::containerOf(const JsonPointer &schema) const
{
    const SchemaView view(m_document, schema);
    if (!view.isValid() || view.isReference())
        return {};
    const QString type = view.effectiveType();
    if (type.isEmpty() || type == QLatin1String("object"))
        return schema;
    const SchemaView items = view.items();
    if (type == QLatin1String("array") && items.isValid() && !items.isReference()) {
        const QString itemType = items.effectiveType();
        if (itemType.isEmpty() || itemType == QLatin1String("object"))
            return items.pointer();
    }
    return {};
}

// The object the owner itself is a property of (skipping "items"), with the owner's index.
JsonPointer SchemaEditor::enclosingOwner(const JsonPointer &owner, int *index) const
{
    JsonPointer enclosing = owner;
    while (enclosing.lastToken() == QLatin1String("items") && !enclosing.isRoot())
        enclosing = enclosing.parentPointer();
    if (!isPropertyPointer(enclosing) || !enclosing.startsWith(schemaPointer())
        || enclosing == schemaPointer())
        return {};
    const JsonPointer outer = enclosing.parentPointer().parentPointer();
    int count = 0;
    *index = propertyIndex(m_document, outer, enclosing.lastToken(), &count);
    return outer;
}

SchemaEditor::Target SchemaEditor::target() const
{
    Target t;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || currentInherited())
        return t;
    const JsonPointer pointer = m_model->pointer(current);
    if (current.data(SchemaTreeModel::KindRole).toInt() != SchemaTreeModel::PropertyNode)
        return t;
    t.property = pointer;
    t.owner = pointer.parentPointer().parentPointer();
    t.index = propertyIndex(m_document, t.owner, pointer.lastToken(), &t.count);
    return t;
}

QString SchemaEditor::freeName(const JsonPointer &owner) const
{
    const SchemaView view(m_document, owner);
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("property%1").arg(n);
        if (!view.property(name).isValid())
            return name;
    }
}

bool SchemaEditor::canRun(Action action) const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || currentInherited() || m_document->isReadOnly())
        return false;
    const Target t = target();
    switch (action) {
    case Action::AddProperty:
        return !t.property.isRoot() || !containerOf(currentPointer()).isRoot();
    case Action::AddChild:
        return !containerOf(currentPointer()).isRoot();
    case Action::Remove:
        return !t.property.isRoot();
    case Action::MoveUp:
        return !t.property.isRoot() && t.index > 0;
    case Action::MoveDown:
        return !t.property.isRoot() && t.index >= 0 && t.index < t.count - 1;
    case Action::MoveInto: {
        if (t.property.isRoot() || t.index <= 0)
            return false;
        const QString previous = SchemaView(m_document, t.owner).properties().at(t.index - 1).name;
        return !containerOf(t.owner.child(QStringLiteral("properties")).child(previous)).isRoot();
    }
    case Action::MoveOut: {
        int index = -1;
        return !t.property.isRoot() && !enclosingOwner(t.owner, &index).isRoot();
    }
    }
    return false;
}

EditResult SchemaEditor::run(Action action)
{
    if (!canRun(action))
        return EditResult::failure(tr("This action does not apply to the selected field."));
    const Target t = target();
    const JsonPointer current = currentPointer();
    EditResult result;
    JsonPointer select;
    switch (action) {
    case Action::AddProperty:
        if (!t.property.isRoot())
            result = SchemaEdits::addProperty(m_document, t.owner, freeName(t.owner),
                                              QStringLiteral("string"), t.index + 1);
        else
            result
                = SchemaEdits::addProperty(m_document, containerOf(current), freeName(containerOf(current)));
        select = result.pointer;
        break;
    case Action::AddChild:
        result = SchemaEdits::addProperty(m_document, containerOf(current), freeName(containerOf(current)));
        select = result.pointer;
        break;
    case Action::Remove: {
        const QList<SchemaProperty> siblings = SchemaView(m_document, t.owner).properties();
        result = SchemaEdits::removeProperty(m_document, t.property);
        select = t.owner;
        if (siblings.size() > 1)
            select = siblings.at(t.index + 1 < siblings.size() ? t.index + 1 : t.index - 1).schema.pointer();
        break;
    }
    case Action::MoveUp:
    case Action::MoveDown:
        result = SchemaEdits::moveProperty(m_document, t.owner, t.index,
                                           t.index + (action == Action::MoveUp ? -1 : 1));
        select = t.property;
        break;
    case Action::MoveInto: {
        const QString previous = SchemaView(m_document, t.owner).properties().at(t.index - 1).name;
        result = SchemaEdits::movePropertyTo(
            m_document, t.property, containerOf(t.owner.child(QStringLiteral("properties")).child(previous)));
        select = result.pointer;
        break;
    }
    case Action::MoveOut: {
        int index = -1;
        const JsonPointer outer = enclosingOwner(t.owner, &index);
        result = SchemaEdits::movePropertyTo(m_document, t.property, outer, index + 1);
        select = result.pointer;
        break;
    }
    }
    m_error->setVisible(!result.ok);
    m_error->setText(result.error);
    if (result.ok && !select.isRoot())
        selectPointer(select);
    updateActions();
    return result;
}

void SchemaEditor::updateActions()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->defaultAction()->setEnabled(canRun(Action(it.key())));
}
