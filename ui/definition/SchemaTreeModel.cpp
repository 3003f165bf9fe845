#include "SchemaTreeModel.h"

#include "domain/SchemaView.h"

#include <QFont>
#include <QPalette>

#include <functional>

using json::JsonPointer;
using Part = ConnectorDocument::Part;

namespace {
constexpr int MaxDepth = 32; // deeper schemas are cut off rather than walked forever
}

SchemaTreeModel::SchemaTreeModel(ConnectorDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_tree(std::make_unique<Node>())
{
    connect(m_document, &ConnectorDocument::changed, this, &SchemaTreeModel::onChanged);
    connect(m_document, &ConnectorDocument::reset, this, [this] {
        beginResetModel();
        m_tree = build();
        endResetModel();
    });
}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setSchema(const JsonPointer &pointer, const QString &rootName)
{
    beginResetModel();
    m_root = pointer;
    m_rootName = rootName;
    m_tree = build();
    endResetModel();
}

SchemaTreeModel::Node *SchemaTreeModel::addChild(Node *parent, const JsonPointer &pointer,
                                                 const QString &name, Kind kind, bool inherited) const
{
    auto node = std::make_unique<Node>();
    node->pointer = pointer;
    node->name = name;
    node->kind = kind;
    node->inherited = inherited;
    node->parent = parent;
    node->row = int(parent->children.size());
    node->key = parent->key + QLatin1Char('\n') + pointer.toString();
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

std::unique_ptr<SchemaTreeModel::Node> SchemaTreeModel::build() const
{
    auto tree = std::make_unique<Node>();
    if (m_root.isRoot() || !SchemaView(m_document, m_root).isValid())
        return tree;
    const QString name = m_rootName.isEmpty() ? tr("(schema)") : m_rootName;
    Node *root = addChild(tree.get(), m_root, name, RootNode, false);
    QStringList visiting;
    addChildren(root, visiting, 0);
    return tree;
}

// Children of a schema: its properties, its items; for a $ref those of the target
// (inherited), unless the target is already open higher up in this branch (a cycle).
void SchemaTreeModel::addChildren(Node *node, QStringList &visiting, int depth) const
{
    if (depth > MaxDepth)
        return;
    const SchemaView view(m_document, node->pointer);
    SchemaView source = view;
    bool inherited = node->inherited;
    if (view.isReference()) {
        source = view.resolved();
        if (!source.isValid() || visiting.contains(source.pointer().toString()))
            return;
        inherited = true;
    }
    const QString key = source.pointer().toString();
    visiting.append(key);
    for (const SchemaProperty &property : source.properties()) {
        Node *child = addChild(node, property.schema.pointer(), property.name, PropertyNode, inherited);
        addChildren(child, visiting, depth + 1);
    }
    if (source.effectiveType() == QLatin1String("array") && source.items().isValid()) {
        Node *child = addChild(node, source.items().pointer(), tr("[items]"), ItemsNode, inherited);
        addChildren(child, visiting, depth + 1);
    }
    visiting.removeLast();
}

bool SchemaTreeModel::sameShape(const Node *a, const Node *b)
{
    if (a->key != b->key || a->name != b->name || a->inherited != b->inherited
        || a->children.size() != b->children.size())
        return false;
    for (size_t i = 0; i < a->children.size(); ++i) {
        if (!sameShape(a->children[i].get(), b->children[i].get()))
            return false;
    }
    return true;
}

void SchemaTreeModel::refresh()
{
    std::unique_ptr<Node> next = build();
    if (sameShape(next.get(), m_tree.get())) {
        emitAllChanged(m_tree.get());
    } else {
        beginResetModel();
        m_tree = std::move(next);
        endResetModel();
    }
    emit contentChanged();
}

void SchemaTreeModel::emitAllChanged(const Node *node)
{
    if (node->children.empty())
        return;
    const Node *first = node->children.front().get();
    const Node *last = node->children.back().get();
    emit dataChanged(createIndex(first->row, 0, const_cast<Node *>(first)),
                     createIndex(last->row, ColumnCount - 1, const_cast<Node *>(last)));
    for (const auto &child : node->children)
        emitAllChanged(child.get());
}

void SchemaTreeModel::onChanged(Part part, const JsonPointer &pointer)
{
    if (part != Part::Definition || m_root.isRoot())
        return;
    // The schema itself, what encloses it, or a definition its $refs may show.
    if (pointer.startsWith(m_root) || m_root.startsWith(pointer)
        || pointer.tokens().value(0) == QLatin1String("definitions"))
        refresh();
}

SchemaTreeModel::Node *SchemaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_tree.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_tree.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const SchemaView view(m_document, node->pointer);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case TypeColumn: {
            const QString type = view.displayType();
            return type.isEmpty() ? tr("any") : type; // no type: any JSON value
        }
        case RequiredColumn:
            return node->kind == PropertyNode && view.isRequiredInParent() ? tr("required") : QString();
        case TitleColumn:
            return view.summary();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return view.description().isEmpty() ? QVariant() : QVariant(view.description());
    case Qt::FontRole:
        if (node->kind != PropertyNode) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node->inherited)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PointerRole:
        return node->pointer.toString();
    case KindRole:
        return int(node->kind);
    case InheritedRole:
        return node->inherited;
    case KeyRole:
        return node->key;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case TitleColumn:
        return tr("Title");
    default:
        return {};
    }
}

JsonPointer SchemaTreeModel::pointer(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->pointer : JsonPointer();
}

QModelIndex SchemaTreeModel::find(const Node *node, const std::function<bool(const Node *)> &match) const
{
    for (const auto &child : node->children) {
        if (match(child.get()))
            return createIndex(child->row, 0, child.get());
        const QModelIndex inner = find(child.get(), match);
        if (inner.isValid())
            return inner;
    }
    return {};
}

QModelIndex SchemaTreeModel::indexOf(const JsonPointer &pointer) const
{
    const QModelIndex own
        = find(m_tree.get(), [&](const Node *n) { return !n->inherited && n->pointer == pointer; });
    return own.isValid() ? own : find(m_tree.get(), [&](const Node *n) { return n->pointer == pointer; });
}

QModelIndex SchemaTreeModel::indexOfKey(const QString &key) const
{
    return find(m_tree.get(), [&](const Node *n) { return n->key == key; });
}
