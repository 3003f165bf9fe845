#pragma once

#include "json/JsonPointer.h"

class InputTree;

// Where nodes are in YAML text and which node a line belongs to, from the marks yaml-cpp gave
// the reader: the Swagger tab's YAML view uses it to follow the cursor and to show a pointer.
class YamlTextMap
{
public:
    // The 1-based line of the node at pointer (its nearest existing ancestor's); 0 if none.
    static int lineOf(const InputTree &tree, const json::JsonPointer &pointer);
    // The deepest node that starts on or before the 1-based line and is the last to do so.
    static json::JsonPointer pointerAtLine(const InputTree &tree, int line);
};
