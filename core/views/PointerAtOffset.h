#pragma once

#include "json/JsonFile.h"
#include "json/JsonPointer.h"

// The reverse of locating a pointer in the text: which node a text position is in. For the raw
// editor, so that the cursor in the text can select the matching operation elsewhere.
class PointerAtOffset
{
public:
    // The deepest node whose member (key and value) or element spans offset, a character offset
    // in the text the file was parsed from; the root outside every member or without a tree.
    static json::JsonPointer find(const json::JsonFile &file, int offset);
};
