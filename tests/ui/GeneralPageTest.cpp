// The General tab with real widgets (offscreen): typing and clicking edits the document,
// undo/redo show in the fields, inline validation, and what saving writes to disk.
#include "GeneralPage.h"
#include "ColorField.h"
#include "FieldMessage.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using json::JsonPointer;
using namespace UiTestSupport;

class GeneralPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheDocument();
    void typingTitleIsOneUndoStep();
    void typingKeepsTheCursor();
    void descriptionCounter();
    void colourHexField();
    void colourPicker();
    void scheme();
    void hostValidation();
    void basePathValidation();
    void loadPngIconKeepsBytes();
    void loadJpgIconConvertsToPng();
    void loadNonImageShowsError();
    void removeIcon();
    void refreshesFromDocumentChangesAndReset();
    void saveChangesOnlyEditedLines();
    void undoAllThenSaveIsByteIdentical();
    void readOnlyDocumentDisablesInputs();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString stringAt(Part part, const char *pointer) const;
    void replaceText(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<ConnectorDocument> m_document;
    std::unique_ptr<ScriptedDialogProvider> m_dialogs;
    std::unique_ptr<GeneralPage> m_page;
};

void GeneralPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("contoso-hr"));
    QVERIFY(copySample(m_folder));
    m_document = std::make_unique<ConnectorDocument>();
    QString error;
    QVERIFY2(m_document->open(m_folder, &error), qPrintable(error));
    m_dialogs = std::make_unique<ScriptedDialogProvider>();
    m_page = std::make_unique<GeneralPage>(m_document.get(), m_dialogs.get());
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void GeneralPageTest::cleanup()
{
    m_page.reset();
    m_document.reset();
    m_dialogs.reset();
    m_dir.reset();
}

QString GeneralPageTest::stringAt(Part part, const char *pointer) const
{
    const json::JsonValue *value = m_document->value(part, JsonPointer::fromString(QLatin1String(pointer)));
    return value && value->isString() ? value->toString() : QStringLiteral("<missing>");
}

void GeneralPageTest::replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void GeneralPageTest::showsTheDocument()
{
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Contoso HR"));
    QVERIFY(child<QPlainTextEdit>("descriptionEdit")
                ->toPlainText()
                .startsWith(QStringLiteral("Contoso HR keeps the staff directory")));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), QStringLiteral("api.contoso-hr.example"));
    QCOMPARE(child<QLineEdit>("basePathEdit")->text(), QStringLiteral("/v1"));
    QCOMPARE(child<QLineEdit>("colorEdit")->text(), QStringLiteral("#0F6CBD"));
    QVERIFY(child<QPushButton>("schemeHttps")->isChecked());
    QCOMPARE(child<QLabel>("urlPreview")->text(), QStringLiteral("https://api.contoso-hr.example/v1"));
    QVERIFY(child<QLabel>("iconInfo")->text().contains(QStringLiteral("230 × 230 px")));
    QVERIFY(!child<FieldMessage>("hostMessage")->isVisible());
    QVERIFY(!child<FieldMessage>("basePathMessage")->isVisible());
}

void GeneralPageTest::typingTitleIsOneUndoStep()
{
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->count();
    replaceText(child<QLineEdit>("titleEdit"), QStringLiteral("Contoso People"));
    QCOMPARE(stringAt(Part::Definition, "/info/title"), QStringLiteral("Contoso People"));
    QCOMPARE(stack->count(), before + 1);
    QVERIFY(m_document->isModified());

    stack->undo();
    QCOMPARE(stringAt(Part::Definition, "/info/title"), QStringLiteral("Contoso HR"));
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Contoso HR"));
    QVERIFY(!m_document->isModified());
    stack->redo();
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Contoso People"));
    QCOMPARE(stringAt(Part::Definition, "/info/title"), QStringLiteral("Contoso People"));
}

void GeneralPageTest::typingKeepsTheCursor()
{
    auto *title = child<QLineEdit>("titleEdit");
    title->setFocus();
    title->setCursorPosition(7); // after "Contoso"
    QTest::keyClicks(title, QStringLiteral(" Global"));
    QCOMPARE(title->text(), QStringLiteral("Contoso Global HR"));
    QCOMPARE(title->cursorPosition(), 14);
    QCOMPARE(stringAt(Part::Definition, "/info/title"), QStringLiteral("Contoso Global HR"));
}

void GeneralPageTest::descriptionCounter()
{
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    auto *counter = child<QLabel>("descriptionCounter");
    QVERIFY(counter->text().startsWith(QStringLiteral("192 / 500")));
    QVERIFY(!counter->property("outOfRange").toBool());

    const int before = m_document->undoStack()->count();
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Too short."));
    QCOMPARE(stringAt(Part::Definition, "/info/description"), QStringLiteral("Too short."));
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    QVERIFY(counter->text().startsWith(QStringLiteral("10 / 500")));
    QVERIFY(counter->text().contains(QStringLiteral("at least 30")));
    QVERIFY(counter->property("outOfRange").toBool());

    QTest::keyClicks(description, QStringLiteral(" Now long enough to be certified."));
    QVERIFY(!counter->property("outOfRange").toBool());

    m_document->undoStack()->undo();
    QVERIFY(description->toPlainText().startsWith(QStringLiteral("Contoso HR keeps")));
    QVERIFY(counter->text().startsWith(QStringLiteral("192 / 500")));
}

void GeneralPageTest::colourHexField()
{
    auto *edit = child<QLineEdit>("colorEdit");
    auto *message = child<FieldMessage>("colorMessage");
    replaceText(edit, QStringLiteral("#12"));
    QVERIFY(message->isVisible());
    QVERIFY(edit->property("invalid").toBool());
    QCOMPARE(stringAt(Part::Properties, "/properties/iconBrandColor"), QStringLiteral("#0F6CBD"));

    QTest::keyClicks(edit, QStringLiteral("34ab"));
    QCOMPARE(stringAt(Part::Properties, "/properties/iconBrandColor"), QStringLiteral("#1234ab"));
    QVERIFY(!message->isVisible());
    QVERIFY(!edit->property("invalid").toBool());

    // Partial input is not kept: leaving the field shows the stored colour again.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(message->isVisible());
    QMetaObject::invokeMethod(edit, "editingFinished");
    QCOMPARE(edit->text(), QStringLiteral("#1234ab"));
    QVERIFY(!message->isVisible());

    m_document->undoStack()->undo();
    QCOMPARE(edit->text(), QStringLiteral("#0F6CBD"));
}

void GeneralPageTest::colourPicker()
{
    m_dialogs->colors.enqueue(QColor(QStringLiteral("#ff8800")));
    QTest::mouseClick(child<QToolButton>("colorButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs->log.size(), 1);
    QCOMPARE(stringAt(Part::Properties, "/properties/iconBrandColor"), QStringLiteral("#ff8800"));
    QCOMPARE(child<QLineEdit>("colorEdit")->text(), QStringLiteral("#ff8800"));

    // Cancelled picker: nothing changes.
    const int count = m_document->undoStack()->count();
    QTest::mouseClick(child<QToolButton>("colorButton"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), count);
}

void GeneralPageTest::scheme()
{
    auto *http = child<QPushButton>("schemeHttp");
    QTest::mouseClick(http, Qt::LeftButton);
    const json::JsonValue *schemes
        = m_document->value(Part::Definition, JsonPointer::fromString(QStringLiteral("/schemes")));
    QVERIFY(schemes && schemes->isArray());
    QCOMPARE(schemes->size(), 1);
    QCOMPARE(schemes->at(0)->toString(), QStringLiteral("http"));
    QCOMPARE(child<QLabel>("urlPreview")->text(), QStringLiteral("http://api.contoso-hr.example/v1"));

    m_document->undoStack()->undo();
    QVERIFY(child<QPushButton>("schemeHttps")->isChecked());
    QVERIFY(!http->isChecked());
    QCOMPARE(stringAt(Part::Definition, "/schemes/0"), QStringLiteral("https"));
    m_document->undoStack()->redo();
    QVERIFY(http->isChecked());
}

void GeneralPageTest::hostValidation()
{
    auto *host = child<QLineEdit>("hostEdit");
    auto *message = child<FieldMessage>("hostMessage");
    replaceText(host, QStringLiteral("https://api.example.com"));
    QCOMPARE(stringAt(Part::Definition, "/host"), QStringLiteral("https://api.example.com"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("https://")));
    QVERIFY(host->property("invalid").toBool());

    replaceText(host, QStringLiteral("api.example.com/v2"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("path")));

    replaceText(host, QStringLiteral("api.example.com"));
    QVERIFY(!message->isVisible());
    QVERIFY(!host->property("invalid").toBool());
    QCOMPARE(stringAt(Part::Definition, "/host"), QStringLiteral("api.example.com"));

    // Typing in one field is one step: undo goes back to the original host.
    m_document->undoStack()->undo();
    QCOMPARE(host->text(), QStringLiteral("api.contoso-hr.example"));
    QVERIFY(!message->isVisible());
    // A bad host restored by undo shows its message again.
    replaceText(host, QStringLiteral("http://bad.example"));
    replaceText(child<QLineEdit>("titleEdit"), QStringLiteral("Other"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->redo();
    QCOMPARE(host->text(), QStringLiteral("http://bad.example"));
    QVERIFY(message->isVisible());
}

void GeneralPageTest::basePathValidation()
{
    auto *basePath = child<QLineEdit>("basePathEdit");
    auto *message = child<FieldMessage>("basePathMessage");
    replaceText(basePath, QStringLiteral("v2"));
    QCOMPARE(stringAt(Part::Definition, "/basePath"), QStringLiteral("v2"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("start with /")));
    QVERIFY(basePath->property("invalid").toBool());

    basePath->setCursorPosition(0);
    QTest::keyClicks(basePath, QStringLiteral("/"));
    QCOMPARE(stringAt(Part::Definition, "/basePath"), QStringLiteral("/v2"));
    QVERIFY(!message->isVisible());
    QVERIFY(!basePath->property("invalid").toBool());
    QCOMPARE(child<QLabel>("urlPreview")->text(), QStringLiteral("https://api.contoso-hr.example/v2"));
}

void GeneralPageTest::loadPngIconKeepsBytes()
{
    QImage image(120, 120, QImage::Format_ARGB32);
    image.fill(Qt::red);
    const QString path = m_dir->filePath(QStringLiteral("red.png"));
    QVERIFY(image.save(path, "PNG"));
    m_dialogs->openFiles.enqueue(path);
    QTest::mouseClick(child<QPushButton>("loadIconButton"), Qt::LeftButton);
    QCOMPARE(m_document->icon(), readFile(path));
    QVERIFY(child<QLabel>("iconInfo")->text().contains(QStringLiteral("120 × 120 px")));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->icon(), readFile(m_folder + QStringLiteral("/icon.png")));
}

void GeneralPageTest::loadJpgIconConvertsToPng()
{
    QImage image(150, 150, QImage::Format_RGB32);
    image.fill(QColor(0, 128, 255));
    const QString path = m_dir->filePath(QStringLiteral("blue.jpg"));
    QVERIFY(image.save(path, "JPG"));
    m_dialogs->openFiles.enqueue(path);
    QTest::mouseClick(child<QPushButton>("loadIconButton"), Qt::LeftButton);
    const QByteArray icon = m_document->icon();
    QVERIFY(icon.startsWith("\x89PNG"));
    QImage loaded;
    QVERIFY(loaded.loadFromData(icon, "PNG"));
    QCOMPARE(loaded.size(), QSize(150, 150));

    QString error;
    QVERIFY2(m_document->save(&error), qPrintable(error));
    QCOMPARE(readFile(m_folder + QStringLiteral("/icon.png")), icon);
}

void GeneralPageTest::loadNonImageShowsError()
{
    const QString path = m_dir->filePath(QStringLiteral("not-an-image.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const QByteArray before = m_document->icon();
    m_dialogs->openFiles.enqueue(path);
    QTest::mouseClick(child<QPushButton>("loadIconButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs->errors.size(), 1);
    QVERIFY(m_dialogs->errors.first().contains(QStringLiteral("not a PNG or JPG")));
    QCOMPARE(m_document->icon(), before);
}

void GeneralPageTest::removeIcon()
{
    auto *remove = child<QPushButton>("removeIconButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_document->icon().isEmpty());
    QVERIFY(!remove->isEnabled());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->icon().isEmpty());
    QVERIFY(remove->isEnabled());
}

void GeneralPageTest::refreshesFromDocumentChangesAndReset()
{
    QVERIFY(m_document->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/host")),
                                  QStringLiteral("hr.contoso.example")));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), QStringLiteral("hr.contoso.example"));

    m_document->newBlank();
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QString());
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), QString());
    QCOMPARE(child<QPlainTextEdit>("descriptionEdit")->toPlainText(), QString());
    QVERIFY(child<QLabel>("descriptionCounter")->property("outOfRange").toBool());
}

void GeneralPageTest::saveChangesOnlyEditedLines()
{
    const QString definitionPath = m_folder + QStringLiteral("/apiDefinition.swagger.json");
    const QString propertiesPath = m_folder + QStringLiteral("/apiProperties.json");
    const QString iconPath = m_folder + QStringLiteral("/icon.png");
    for (const QString &path : {definitionPath, propertiesPath, iconPath})
        ageFile(path);
    const QByteArray definitionBefore = readFile(definitionPath);
    const QDateTime propertiesTime = QFileInfo(propertiesPath).lastModified();
    const QDateTime iconTime = QFileInfo(iconPath).lastModified();

    replaceText(child<QLineEdit>("titleEdit"), QStringLiteral("Contoso People"));
    replaceText(child<QLineEdit>("hostEdit"), QStringLiteral("people.contoso.example"));
    replaceText(child<QLineEdit>("basePathEdit"), QStringLiteral("/v2"));
    QString error;
    QVERIFY2(m_document->save(&error), qPrintable(error));

    const QStringList changed = changedLines(definitionBefore, readFile(definitionPath));
    QCOMPARE(changed,
             QStringList({QStringLiteral("4: \"title\": \"Contoso People\","),
                          QStringLiteral("13: \"host\": \"people.contoso.example\","),
                          QStringLiteral("14: \"basePath\": \"/v2\",")}));
    // Untouched files are not rewritten.
    QCOMPARE(QFileInfo(propertiesPath).lastModified(), propertiesTime);
    QCOMPARE(QFileInfo(iconPath).lastModified(), iconTime);
    QVERIFY(!m_document->isModified());
}

void GeneralPageTest::undoAllThenSaveIsByteIdentical()
{
    const QString definitionPath = m_folder + QStringLiteral("/apiDefinition.swagger.json");
    const QString propertiesPath = m_folder + QStringLiteral("/apiProperties.json");
    const QByteArray definitionBefore = readFile(definitionPath);
    const QByteArray propertiesBefore = readFile(propertiesPath);

    replaceText(child<QLineEdit>("titleEdit"), QStringLiteral("Changed"));
    replaceText(child<QLineEdit>("colorEdit"), QStringLiteral("#abcdef"));
    QTest::mouseClick(child<QPushButton>("schemeHttp"), Qt::LeftButton);
    child<QPlainTextEdit>("descriptionEdit")->setFocus();
    QTest::keyClicks(child<QPlainTextEdit>("descriptionEdit"), QStringLiteral("More. "));
    QVERIFY(m_document->isModified());
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());

    QString error;
    QVERIFY2(m_document->save(&error), qPrintable(error));
    QCOMPARE(readFile(definitionPath), definitionBefore);
    QCOMPARE(readFile(propertiesPath), propertiesBefore);
}

void GeneralPageTest::readOnlyDocumentDisablesInputs()
{
    QFile definition(m_folder + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(definition.open(QIODevice::WriteOnly | QIODevice::Truncate));
    definition.write("{\n  \"swagger\": \"2.0\",\n  \"info\": {\n}\n");
    definition.close();
    QString error;
    QVERIFY2(m_document->open(m_folder, &error), qPrintable(error));
    QVERIFY(m_document->isReadOnly());
    QVERIFY(!child<QLineEdit>("titleEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>("hostEdit")->isEnabled());
    QVERIFY(!child<QPushButton>("loadIconButton")->isEnabled());
}

QTEST_MAIN(GeneralPageTest)
#include "GeneralPageTest.moc"
