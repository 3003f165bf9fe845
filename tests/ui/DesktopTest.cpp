// Everyday desktop behaviour (issue 9): preferences, About, layout restored after a restart,
// drag and drop of folders and icons, the General form's tab order and accessible names.

#include "AboutDialog.h"
#include "CodeEditor.h"

#include <Qsci/qscilexer.h>
#include "DocumentController.h"
#include "GeneralPage.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RawJsonPage.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"
#include "settings/AppSettings.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using Part = ConnectorDocument::Part;

class DesktopTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void preferencesApplyAndPersist();
    void preferencesCancelChangesNothing();
    void aboutShowsVersionsAndLicenses();
    void layoutRestoredAfterRestart();
    void dropFolderOpensIt();
    void dropPngSetsIconAsOneUndoStep();
    void dropWithoutConnectorOrUnknownSaysSo();
    void generalFormTabOrder();
    void generalFormAccessibleNames();

private:
    void drop(const QString &path);
    static QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which);

    WindowFixture m_f;
    QPalette m_startPalette;
};

void DesktopTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_desktop"));
    m_startPalette = QApplication::palette();
}

void DesktopTest::init()
{
    QVERIFY(m_f.start());
}

void DesktopTest::cleanup()
{
    m_f.stop();
    QApplication::setPalette(m_startPalette);
}

QPushButton *DesktopTest::button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

// A real drag enter + drop of one local path onto the window, as a file manager sends it.
void DesktopTest::drop(const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_f.window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_f.window.get(), &enter);
    if (!enter.isAccepted())
        return;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_f.window.get(), &dropEvent);
}

void DesktopTest::preferencesApplyAndPersist()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    QVERIFY(!Theme::isDark(QApplication::palette()));
    PreferencesDialog *dialog = m_f.window->showPreferences();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->timeoutBox()->value(), AppSettings::DefaultTimeoutSeconds);
    QCOMPARE(dialog->retriesBox()->value(), AppSettings::DefaultRetries);
    QVERIFY(dialog->confirmBox()->isChecked());

    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(AppSettings::Theme::Dark)));
    dialog->fontSizeBox()->setValue(17);
    dialog->timeoutBox()->clear();
    QTest::keyClicks(dialog->timeoutBox(), QStringLiteral("45"));
    dialog->retriesBox()->setValue(4);
    dialog->confirmBox()->click();
    button(dialog, QDialogButtonBox::Ok)->click();

    AppSettings *settings = AppSettings::instance();
    QCOMPARE(settings->theme(), AppSettings::Theme::Dark);
    QCOMPARE(settings->requestTimeoutSeconds(), 45);
    QCOMPARE(settings->requestRetries(), 4);
    QVERIFY(!settings->confirmDeletions());
    QCOMPARE(settings->editorFont().pointSize(), 17);
    // Applied at once: the palette is dark and the Swagger text uses the new font.
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(m_f.window->rawPage()->view()->lexer()->defaultFont().pointSize(), 17);

    // Kept across a restart: a new window and dialog read them back.
    m_f.window.reset();
    m_f.window = std::make_unique<MainWindow>(m_f.dialogs.get());
    QCOMPARE(m_f.window->rawPage()->view()->lexer()->defaultFont().pointSize(), 17);
    dialog = m_f.window->showPreferences();
    QCOMPARE(dialog->themeBox()->currentData().toInt(), int(AppSettings::Theme::Dark));
    QCOMPARE(dialog->timeoutBox()->value(), 45);
    QCOMPARE(dialog->retriesBox()->value(), 4);
    QVERIFY(!dialog->confirmBox()->isChecked());

    // Restore Defaults + OK: back to the system theme and the default values.
    button(dialog, QDialogButtonBox::RestoreDefaults)->click();
    button(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(settings->theme(), AppSettings::Theme::System);
    QCOMPARE(settings->requestTimeoutSeconds(), AppSettings::DefaultTimeoutSeconds);
    QVERIFY(settings->confirmDeletions());
    QVERIFY(!Theme::isDark(QApplication::palette()));
}

void DesktopTest::preferencesCancelChangesNothing()
{
    PreferencesDialog *dialog = m_f.window->showPreferences();
    dialog->retriesBox()->setValue(9);
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(AppSettings::Theme::Dark)));
    button(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(AppSettings::instance()->requestRetries(), AppSettings::DefaultRetries);
    QCOMPARE(AppSettings::instance()->theme(), AppSettings::Theme::System);
    QVERIFY(!Theme::isDark(QApplication::palette()));
}

void DesktopTest::aboutShowsVersionsAndLicenses()
{
    AboutDialog *about = m_f.window->showAbout();
    QVERIFY(about->isVisible());
    const QString text = about->details()->toPlainText();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
    QVERIFY(AboutDialog::versionLine().contains(QStringLiteral(CD_VERSION)));
    for (const AboutDialog::Component &component : AboutDialog::components()) {
        QVERIFY2(text.contains(component.name), qPrintable(component.name));
        QVERIFY(!component.license.isEmpty());
    }
}

void DesktopTest::layoutRestoredAfterRestart()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    m_f.window->resize(1180, 820);
    QTest::qWait(10);
    m_f.window->saveLayout();
    m_f.window->document()->undoStack()->setClean();
    m_f.window.reset();

    m_f.window = std::make_unique<MainWindow>(m_f.dialogs.get());
    m_f.window->restoreLayout();
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::DefinitionTab));
    QCOMPARE(m_f.window->size(), QSize(1180, 820));
    // No page may force the window taller than a laptop screen's usable height.
    QVERIFY2(m_f.window->minimumSizeHint().height() <= 800, qPrintable(QString::number(m_f.window->minimumSizeHint().height())));
}

void DesktopTest::dropFolderOpensIt()
{
    const QString folder = m_f.sampleCopy(QStringLiteral("dropped"));
    QCOMPARE(m_f.window->dropKind(folder), MainWindow::DropKind::Folder);
    drop(folder);
    QVERIFY(m_f.window->controller()->isOpen());
    QCOMPARE(QDir(m_f.window->document()->folderPath()).canonicalPath(), QDir(folder).canonicalPath());

    // A connector's own file opens its folder.
    const QString other = m_f.sampleCopy(QStringLiteral("other"));
    drop(other + QStringLiteral("/apiDefinition.swagger.json"));
    QCOMPARE(QDir(m_f.window->document()->folderPath()).canonicalPath(), QDir(other).canonicalPath());
}

void DesktopTest::dropPngSetsIconAsOneUndoStep()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    const QByteArray before = m_f.window->document()->icon();
    QImage image(160, 160, QImage::Format_ARGB32);
    image.fill(QColor(0x12, 0x80, 0x40));
    const QString png = m_f.dir->filePath(QStringLiteral("new-icon.png"));
    QVERIFY(image.save(png, "PNG"));
    const int steps = m_f.window->document()->undoStack()->count();

    drop(png);
    QCOMPARE(m_f.window->document()->icon(), UiTestSupport::readFile(png)); // PNG kept byte for byte
    QCOMPARE(m_f.window->document()->undoStack()->count(), steps + 1);
    QVERIFY2(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("Icon set from new-icon.png")),
             qPrintable(m_f.window->statusBar()->currentMessage()));
    m_f.window->document()->undoStack()->undo();
    QCOMPARE(m_f.window->document()->icon(), before);
}

void DesktopTest::dropWithoutConnectorOrUnknownSaysSo()
{
    QImage image(120, 120, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    const QString png = m_f.dir->filePath(QStringLiteral("icon.png"));
    QVERIFY(image.save(png, "PNG"));
    QVERIFY(!m_f.window->handleDroppedPath(png));
    QVERIFY(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("Open a connector first")));

    QFile text(m_f.dir->filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    QCOMPARE(m_f.window->dropKind(text.fileName()), MainWindow::DropKind::None);
    QVERIFY(!m_f.window->handleDroppedPath(text.fileName()));
    QVERIFY(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("Nothing to do with notes.txt")));

    // A broken "PNG" is refused with a message, nothing changes.
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    QFile broken(m_f.dir->filePath(QStringLiteral("broken.png")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not an image");
    broken.close();
    const QByteArray icon = m_f.window->document()->icon();
    QVERIFY(!m_f.window->handleDroppedPath(broken.fileName()));
    QCOMPARE(m_f.window->document()->icon(), icon);
    QCOMPARE(m_f.dialogs->errors.size(), 1);
}

void DesktopTest::generalFormTabOrder()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    m_f.window->activateWindow();
    auto *title = m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    // The scheme is one stop (an exclusive group, like radio buttons): arrows move inside it.
    const QStringList expected {QStringLiteral("titleEdit"),      QStringLiteral("descriptionEdit"),
                                QStringLiteral("schemeHttps"),
                                QStringLiteral("hostEdit"),       QStringLiteral("basePathEdit"),
                                QStringLiteral("loadIconButton"), QStringLiteral("removeIconButton"),
                                QStringLiteral("colorButton"),    QStringLiteral("colorEdit")};
    QStringList visited {QApplication::focusWidget()->objectName()};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, expected);

    auto *https = m_f.window->generalPage()->findChild<QPushButton *>(QStringLiteral("schemeHttps"));
    https->setFocus();
    QTest::keyClick(https, Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("schemeHttp"));
}

void DesktopTest::generalFormAccessibleNames()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    GeneralPage *page = m_f.window->generalPage();
    QStringList unnamed;
    const auto check = [&](QWidget *widget) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
    };
    for (QWidget *w : page->findChildren<QLineEdit *>())
        check(w);
    for (QWidget *w : page->findChildren<QPlainTextEdit *>())
        check(w);
    for (QWidget *w : page->findChildren<QAbstractButton *>())
        check(w);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(DesktopTest)
#include "DesktopTest.moc"
