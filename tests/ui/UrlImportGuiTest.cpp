// File > Import > From URL, offscreen, against a QHttpServer on 127.0.0.1: discovery with an
// API-key header (values never remembered), the readiness report, 404 everywhere, cancel, and
// the dialog's screenshot (light).
#include "DocServer.h"
#include "DocumentController.h"
#include "UiTestSupport.h"
#include "UrlImportController.h"
#include "UrlImportDialog.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>

class UrlImportGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsFromABaseAddressWithAnApiKey();
    void notFoundListsWhatWasTried();
    void cancelStopsTheDownload();

private:
    UrlImportController *controller() const { return m_f.window->findChild<UrlImportController *>(); }
    UrlImportDialog *openDialog();
    void type(UrlImportDialog *dialog, const QString &url);

    WindowFixture m_f;
};

void UrlImportGuiTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_import_url"));
}

void UrlImportGuiTest::init()
{
    QVERIFY(m_f.start());
}

void UrlImportGuiTest::cleanup()
{
    m_f.stop();
}

UrlImportDialog *UrlImportGuiTest::openDialog()
{
    auto *menu = m_f.window->findChild<QMenu *>("importMenu");
    QAction *action = m_f.window->findChild<QAction *>("actionImportUrl");
    if (!menu || !action || !menu->actions().contains(action))
        return nullptr;
    action->trigger();
    return controller()->dialog();
}

void UrlImportGuiTest::type(UrlImportDialog *dialog, const QString &url)
{
    auto *edit = dialog->findChild<QLineEdit *>("urlEdit");
    edit->clear();
    QTest::keyClicks(edit, url);
}

void UrlImportGuiTest::importsFromABaseAddressWithAnApiKey()
{
    DocServer server;
    QVERIFY(server.listen());
    server.serve("/openapi.yaml", DocServer::openApi3Yaml(), "application/yaml");
    UrlImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *importButton = dialog->findChild<QPushButton *>("importButton");
    QVERIFY(!importButton->isEnabled()); // no address yet
    type(dialog, server.url("/"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>("addHeaderButton"), Qt::LeftButton);
    auto *table = dialog->findChild<QTableWidget *>("headersTable");
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText("X-Api-Key");
    table->item(0, 1)->setText("gui-Secret-42");
    // The value is drawn as bullets.
    const QString shown = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(1))->displayText(table->item(0, 1)->text(), QLocale());
    QCOMPARE(shown, QString(12, QChar(0x2022)));

    QSignalSpy finished(controller(), &UrlImportController::finished);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_f.window->controller()->isOpen());
    QVERIFY(m_f.window->document()->isUntitled());
    QCOMPARE(server.seen().last().path, QStringLiteral("/openapi.yaml"));
    QCOMPARE(server.seen().last().headers.value("x-api-key"), QByteArray("gui-Secret-42"));
    const QString text = dialog->resultText();
    QVERIFY2(text.contains("API check"), qPrintable(text));
    QVERIFY(text.contains("HTTPS"));
    QVERIFY(text.contains("all 2 operation(s) declare JSON responses."));
    QVERIFY(text.contains("API key 'X-Api-Key' in the header"));
    QVERIFY(text.contains(server.url("/openapi.json") + ": 404"));
    QVERIFY(dialog->findChild<QLabel *>("statusLabel")->text().startsWith("Imported 2 operation(s)"));

    // Remembered: the address and the header's name, never its value.
    QCOMPARE(UrlImportController::recentUrls().value(0), server.url("/openapi.yaml"));
    QCOMPARE(UrlImportController::recentHeaderNames(), QStringList {"X-Api-Key"});
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains("gui-Secret-42")
                     && !settings.value(key).toStringList().join(' ').contains("gui-Secret-42"),
                 qPrintable(key));
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("gui-Secret-42"));

    // Screenshot of the dialog after the import: the API check and what was tried (light).
    dialog->raise();
    const QImage image = dialog->grab().toImage();
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath("import-url.png"));
    }
    QVERIFY2(UiTestSupport::averageLightness(image) > 170,
             qPrintable(QString::number(UiTestSupport::averageLightness(image))));

    // The next time the header's name is offered again, with an empty value.
    dialog->close();
    QTRY_VERIFY(!controller()->dialog());
    UrlImportDialog *again = openDialog();
    QCOMPARE(again->headersTable()->rowCount(), 1);
    QCOMPARE(again->headersTable()->item(0, 0)->text(), QStringLiteral("X-Api-Key"));
    QVERIFY(again->headersTable()->item(0, 1)->text().isEmpty());
    again->close();
}

void UrlImportGuiTest::notFoundListsWhatWasTried()
{
    DocServer server;
    QVERIFY(server.listen());
    UrlImportDialog *dialog = openDialog();
    type(dialog, server.url("/svc"));
    QSignalSpy finished(controller(), &UrlImportController::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>("importButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_f.window->controller()->isOpen());
    QVERIFY(dialog->findChild<QLabel *>("statusLabel")->text().startsWith("No API description found: tried"));
    const QString text = dialog->resultText();
    QVERIFY(text.contains(server.url("/svc/openapi.json") + ": 404"));
    QVERIFY(text.contains(server.url("/v3/api-docs") + ": 404"));
    QVERIFY(UrlImportController::recentUrls().isEmpty());
    dialog->close();
}

void UrlImportGuiTest::cancelStopsTheDownload()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    UrlImportDialog *dialog = openDialog();
    type(dialog, QStringLiteral("http://127.0.0.1:%1/openapi.json").arg(silent.serverPort()));
    QSignalSpy finished(controller(), &UrlImportController::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>("importButton"), Qt::LeftButton);
    QVERIFY(controller()->isRunning());
    auto *cancel = dialog->findChild<QPushButton *>("cancelButton");
    QTRY_VERIFY(dialog->findChild<QWidget *>("progressBar")->isVisible());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog->findChild<QLabel *>("statusLabel")->text(), QStringLiteral("Cancelled."));
    QVERIFY(!dialog->findChild<QWidget *>("progressBar")->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>("importButton")->isEnabled());
    dialog->close();
}

QTEST_MAIN(UrlImportGuiTest)
#include "UrlImportGuiTest.moc"
