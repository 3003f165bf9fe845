#pragma once

#include <QByteArray>
#include <QString>

class QComboBox;
class QWidget;
class ConnectorDocument;

// Helpers for the Definition tab's widget tests.
namespace DefinitionUiSupport {

// Picks the item with text in a closed combo box the way a user does with the arrow keys
// (so the combo emits activated()). False if no item has that text.
bool chooseInCombo(QComboBox *combo, const QString &text);
// Types text into a widget, pressing Return for each line break (keyClicks takes no '\n').
void typeLines(QWidget *widget, const QString &text);
// The corpus connector folder <top>/<name> (CD_CORPUS), empty when the corpus is missing.
QString corpusConnector(const QString &relative);
// The definition file's bytes as the document would write them now.
QByteArray definitionBytes(const ConnectorDocument &document);
// The raw text of the node at pointer (e.g. to compare a property with expected JSON).
QString nodeText(const ConnectorDocument &document, const QString &pointer);

} // namespace DefinitionUiSupport
