#pragma once

class QDialogButtonBox;

// QDialogButtonBox places its buttons in the platform's order (e.g. Restore Defaults left of
// OK and Cancel) while Tab follows the order they were created in; this makes Tab follow what
// the user sees. Call it once the box is in its window
// (reparenting rebuilds the focus chain) and after the last button is added.
class ButtonBoxTabOrder
{
public:
    static void apply(QDialogButtonBox *box);
};
