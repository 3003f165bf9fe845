#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(resources);
}

namespace UiResources {

void ensureLoaded()
{
    static const bool loaded = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(loaded);
}

} // namespace UiResources
