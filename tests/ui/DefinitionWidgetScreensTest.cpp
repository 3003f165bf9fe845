// Renders the schema editor and the responses editor offscreen on the sample, in the light
// and the dark palette, and checks they draw and follow it. With CD_SCREENSHOT_DIR set it
// writes schema-editor.png and responses.png (light) there, plus the dark variants.
#include "IndicatorStyle.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "definition/DefinitionsPanel.h"
#include "definition/ResponsesEditor.h"
#include "definition/SchemaEditor.h"
#include "domain/DefinitionEdits.h"

#include "document/ConnectorDocument.h"
#include "domain/SampleImport.h"
#include "json/JsonParser.h"
#include "json/JsonPointer.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

class DefinitionWidgetScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QPalette m_light;
};

void DefinitionWidgetScreensTest::initTestCase()
{
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.path()));
}

void DefinitionWidgetScreensTest::render_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("dark");
    for (bool dark : {false, true}) {
        for (const char *view : {"schema-editor", "responses", "shared-parameters"})
            QTest::addRow("%s-%s", view, dark ? "dark" : "light") << QString::fromLatin1(view) << dark;
    }
}

void DefinitionWidgetScreensTest::render()
{
    QFETCH(QString, view);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_light);
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.open(m_dir.path(), &error), qPrintable(error));
    ScriptedDialogProvider dialogs;

    // A page-like frame around the widget, as the Definition tab will hold it.
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    auto *layout = new QVBoxLayout(&page);
    layout->setContentsMargins(16, 16, 16, 16);
    if (view == QLatin1String("schema-editor")) {
        auto *editor = new SchemaEditor(&document);
        layout->addWidget(editor);
        page.resize(1120, 620);
        page.show();
        editor->setSchema(json::JsonPointer::fromString(QStringLiteral("/definitions/EmployeeInput")));
        QVERIFY(editor->selectPointer(
            json::JsonPointer::fromString(QStringLiteral("/definitions/EmployeeInput/properties/status"))));
    } else if (view == QLatin1String("shared-parameters")) {
        // A shared parameter used by two operations, shown in the References section.
        QVERIFY(DefinitionEdits::add(
                    &document, DefinitionEdits::Section::Parameters, QStringLiteral("api-version"),
                    json::JsonParser::parseValue(
                        QStringLiteral(
                            R"({"name": "api-version", "in": "query", "required": true, "type": "string",
                                             "default": "2024-01-01", "x-ms-visibility": "internal",
                                             "description": "The version of the HR API.",
                                             "x-ms-summary": "API version",
                                             "enum": ["2023-06-01", "2024-01-01"]})"),
                        nullptr))
                    .ok);
        for (const char *path : {"/paths/~1employees/get/parameters", "/paths/~1employees/post/parameters"}) {
            auto ref = json::JsonValue::makeObject();
            ref->insertItem(0, json::JsonValue::makeString(QStringLiteral("#/parameters/api-version")),
                            QStringLiteral("$ref"));
            QVERIFY(document.insert(ConnectorDocument::Part::Definition,
                                    json::JsonPointer::fromString(QLatin1String(path)), -1, std::move(ref)));
        }
        auto *panel = new DefinitionsPanel(&document, &dialogs, DefinitionsPanel::Section::Parameters);
        layout->addWidget(panel);
        page.resize(1180, 620);
        page.show();
        QVERIFY(!panel->findUsages().isEmpty());
    } else {
        auto *editor = new ResponsesEditor(&document, &dialogs);
        layout->addWidget(editor);
        page.resize(1180, 820);
        page.show();
        const OperationKey key(QStringLiteral("/employees"), QStringLiteral("get"));
        editor->setOperation(key);
        // An error body imported from a sample: an inline schema with a nested object and a header.
        QVERIFY(
            SampleImport::importResponse(
                &document, key, QStringLiteral("default"),
                QStringLiteral(
                    "{\"error\": {\"code\": \"NotFound\", \"message\": \"No employee has this ID.\","
                    " \"target\": \"employeeId\"}, \"requestId\": \"5f2c61e0-8a34-4c5e-9f0b-1b2c3d4e5f60\","
                    " \"time\": \"2024-01-31T09:00:00Z\"}"),
                QStringLiteral("X-Request-Id: 5f2c"))
                .ok);
        QVERIFY(editor->selectResponse(QStringLiteral("default")));
        QVERIFY(editor->schemaEditor()->selectPointer(json::JsonPointer::fromString(QStringLiteral(
            "/paths/~1employees/get/responses/default/schema/properties/error/properties/code"))));
    }
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    const double lightness = UiTestSupport::averageLightness(image);
    QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(
            QDir(dir).filePath(view + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png")));
    }
    QApplication::setPalette(m_light);
}

QTEST_MAIN(DefinitionWidgetScreensTest)
#include "DefinitionWidgetScreensTest.moc"
