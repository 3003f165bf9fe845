#include "YamlTextMap.h"

#include "import/InputTree.h"
#include "json/JsonValue.h"

using json::JsonPointer;
using json::JsonValue;

namespace {

// The line a node's text starts on. yaml-cpp marks a block container where its first item is;
// when it is a member of a mapping, its key is on the line above, and that is where it starts
// for a reader. (A flow container on its key's line is one line off: the writer never makes one.)
int startLine(const InputTree &tree, const JsonValue *node)
{
    const int line = tree.locate(node).line;
    if (line > 1 && node->isContainer() && node->size() > 0 && node->parent() && node->parent()->isObject()
        && tree.locate(node->at(0)).line == line)
        return line - 1;
    return line;
}

} // namespace

int YamlTextMap::lineOf(const InputTree &tree, const JsonPointer &pointer)
{
    if (!tree.ok())
        return 0;
    for (JsonPointer at = pointer;; at = at.parentPointer()) {
        if (const JsonValue *node = at.resolve(tree.root()))
            return startLine(tree, node);
        if (at.isRoot())
            return 0;
    }
}

JsonPointer YamlTextMap::pointerAtLine(const InputTree &tree, int line)
{
    const JsonValue *node = tree.root();
    // Children are in text order: descend into the last one that starts on or before the line.
    while (node && node->isContainer()) {
        const JsonValue *next = nullptr;
        for (int i = 0; i < node->size(); ++i) {
            const int start = startLine(tree, node->at(i));
            if (start > 0 && start <= line)
                next = node->at(i);
        }
        if (!next)
            break;
        node = next;
    }
    return node ? JsonPointer::of(node) : JsonPointer();
}
