#pragma once

// The icons and styles (icons.qrc, resources.qrc) are compiled into the static cdui
// library; nothing references them, so the linker would drop them without this call.
namespace UiResources {

void ensureLoaded(); // idempotent

} // namespace UiResources
