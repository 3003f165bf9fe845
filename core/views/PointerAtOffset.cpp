#include "PointerAtOffset.h"

#include "json/JsonValue.h"

json::JsonPointer PointerAtOffset::find(const json::JsonFile &file, int offset)
{
    json::JsonPointer pointer;
    const json::JsonValue *node = file.root();
    while (node && node->isContainer()) {
        const json::JsonValue *next = nullptr;
        for (int i = 0; i < node->size() && !next; ++i) {
            const json::JsonValue::Item &item = node->itemAt(i);
            if (!item.hasSource())
                continue;
            const int start = node->isObject() ? item.keyStart : item.valueStart;
            if (offset >= start && offset < item.valueEnd) {
                next = item.value.get();
                pointer = node->isObject() ? pointer.child(item.key) : pointer.child(i);
            }
        }
        node = next;
    }
    return pointer;
}
