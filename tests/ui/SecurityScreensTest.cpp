// Renders the Security tab offscreen in the light and the dark palette: OAuth 2.0 with the
// generic provider filled in, and multiple authentication types with the connection dialog
// preview on the OAuth set. Checks they draw and follow the palette. With CD_SCREENSHOT_DIR set,
// it writes security.png, security-dark.png, security-multi.png, security-multi-dark.png.
#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "ValidationDock.h"
#include "document/ConnectorDocument.h"
#include "domain/SecurityEdits.h"
#include "security/ConnectionDialogPreview.h"
#include "security/SecurityPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Field = SecurityEdits::Field;

class SecurityScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();

private:

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void SecurityScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_security_screens"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr"))));
}

void SecurityScreensTest::render_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("dark");
    for (bool dark : {false, true}) {
        for (const char *view : {"security", "security-multi"})
            QTest::addRow("%s-%s", view, dark ? "dark" : "light") << QString::fromLatin1(view) << dark;
    }
}

void SecurityScreensTest::render()
{
    QFETCH(QString, view);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);
    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.controller()->setRemembersRecent(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.resize(1280, 860);
    QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
    window.tabs()->setCurrentIndex(MainWindow::SecurityTab);
    window.validationDock()->hide();
    ConnectorDocument *doc = window.document();
    if (view == QLatin1String("security")) {
        QVERIFY(SecurityEdits::setKind(doc, AuthKind::OAuth2, QStringLiteral("oauth2")).ok);
        QVERIFY(SecurityEdits::setField(doc, -1, Field::ClientId, QStringLiteral("3f2b9c1e-contoso-hr")).ok);
        QVERIFY(SecurityEdits::setField(doc, -1, Field::AuthorizationUrl,
                                        QStringLiteral("https://id.contoso-hr.example/oauth2/authorize"))
                    .ok);
        QVERIFY(SecurityEdits::setField(doc, -1, Field::TokenUrl,
                                        QStringLiteral("https://id.contoso-hr.example/oauth2/token"))
                    .ok);
        QVERIFY(SecurityEdits::setField(doc, -1, Field::RefreshUrl,
                                        QStringLiteral("https://id.contoso-hr.example/oauth2/token"))
                    .ok);
        QVERIFY(
            SecurityEdits::setField(doc, -1, Field::Scopes, QStringLiteral("employees.read offline_access"))
                .ok);
    } else {
        QVERIFY(SecurityEdits::setKind(doc, AuthKind::Multiple).ok);
        QVERIFY(SecurityEdits::addSet(doc, AuthKind::OAuth2, QStringLiteral("aad")).ok);
        QVERIFY(SecurityEdits::setField(doc, 0, Field::SetDisplayName, QStringLiteral("API key")).ok);
        QVERIFY(
            SecurityEdits::setField(doc, 1, Field::SetDisplayName, QStringLiteral("Microsoft Entra ID")).ok);
        QVERIFY(SecurityEdits::setField(doc, 1, Field::ClientId, QStringLiteral("3f2b9c1e-contoso-hr")).ok);
        QVERIFY(SecurityEdits::setField(doc, 1, Field::ResourceUrl,
                                        QStringLiteral("https://api.contoso-hr.example"))
                    .ok);
        window.securityPage()->preview()->showSet(1); // the dialog as it looks for the OAuth set
    }
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(view + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"))));
    }
    const double lightness = UiTestSupport::averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    doc->undoStack()->setClean();
}

QTEST_MAIN(SecurityScreensTest)
#include "SecurityScreensTest.moc"
