#include "DefinitionUiSupport.h"

#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"
#include "json/JsonWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTest>

namespace DefinitionUiSupport {

bool chooseInCombo(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    if (combo->isEditable()) {
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), text);
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    } else {
        // Typing on a closed combo selects the first item starting with the text (and
        // emits activated() once per item reached), as with a user's keyboard search.
        QTest::qWait(QApplication::keyboardInputInterval() + 10); // a fresh search
        QTest::keyClicks(combo, text);
    }
    return combo->currentIndex() == target;
}

void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

QString corpusConnector(const QString &relative)
{
    QString root = qEnvironmentVariable("CD_CORPUS");
    if (root.isEmpty())
        root = QDir(qEnvironmentVariable("CD_SOURCE_DIR")).filePath(QStringLiteral("../shared/corpus"));
    const QString folder = QDir(root).filePath(QStringLiteral("connectors/") + relative);
    return QDir(folder).exists() ? folder : QString();
}

QByteArray definitionBytes(const ConnectorDocument &document)
{
    return document.file(ConnectorDocument::Part::Definition).toBytes();
}

QString nodeText(const ConnectorDocument &document, const QString &pointer)
{
    const json::JsonValue *node
        = document.value(ConnectorDocument::Part::Definition, json::JsonPointer::fromString(pointer));
    return node ? json::JsonWriter(json::JsonStyle()).write(*node) : QString();
}

} // namespace DefinitionUiSupport
