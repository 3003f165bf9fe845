#pragma once

#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <functional>

#include <memory>
#include <vector>

// The properties of one schema (a body, a response, a definition) as a tree: the root,
// its properties, array "items", and the properties of referenced definitions (shown
// read-only, each definition once per branch so circular $refs end). Data is read from the
// document on demand; the tree is rebuilt on changes and replaced (model reset) only when
// its shape changed, so typing in a form keeps the view's expansion and selection.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, RequiredColumn, TitleColumn, ColumnCount };
    enum Kind { RootNode, PropertyNode, ItemsNode };
    enum Role {
        PointerRole = Qt::UserRole + 1, // QString: the schema's JSON pointer
        KindRole, // Kind
        InheritedRole, // bool: inside a referenced definition (edit it there)
        KeyRole, // QString: identity of the row across rebuilds
    };

    explicit SchemaTreeModel(ConnectorDocument *document, QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setSchema(const json::JsonPointer &pointer, const QString &rootName = {});
    const json::JsonPointer &schemaPointer() const { return m_root; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    json::JsonPointer pointer(const QModelIndex &index) const;
    // The first row (depth first) showing the schema at pointer, not inherited ones first.
    QModelIndex indexOf(const json::JsonPointer &pointer) const;
    QModelIndex indexOfKey(const QString &key) const;
    // Rebuilds from the document now (normally done on its change signals).
    void refresh();

signals:
    // After every rebuild (a reset or only changed data): the selected node may have changed.
    void contentChanged();

private:
    struct Node
    {
        json::JsonPointer pointer;
        QString name;
        Kind kind = PropertyNode;
        bool inherited = false;
        QString key;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    std::unique_ptr<Node> build() const;
    void addChildren(Node *node, QStringList &visiting, int depth) const;
    Node *addChild(Node *parent, const json::JsonPointer &pointer, const QString &name, Kind kind,
                   bool inherited) const;
    static bool sameShape(const Node *a, const Node *b);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex find(const Node *node, const std::function<bool(const Node *)> &match) const;
    void onChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void emitAllChanged(const Node *node);

    ConnectorDocument *m_document;
    json::JsonPointer m_root;
    QString m_rootName;
    std::unique_ptr<Node> m_tree; // invisible root; its one child is the schema's root row
};
