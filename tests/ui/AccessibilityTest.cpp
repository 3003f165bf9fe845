// Every input a user can reach in the main window has a name a screen reader says: on each tab,
// in each section of the Definition tab and each sub-tab of the operation editor, with the
// bundled sample open. The name is what Qt's accessibility layer gives (accessibleName, a label's
// buddy, a button's text), asked through QAccessible as a screen reader would.
#include "DocumentController.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "definition/DefinitionPage.h"
#include "definition/OperationEditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyVisibleInputIsNamed();

private:
    void audit(const QString &where, QStringList *unnamed);
    WindowFixture m_f;
};

void AccessibilityTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_accessibility"));
}

void AccessibilityTest::init()
{
    QVERIFY(m_f.start());
}

void AccessibilityTest::cleanup()
{
    m_f.stop();
}

static bool isInput(QWidget *widget)
{
    if (qobject_cast<QComboBox *>(widget) && widget->parentWidget()
        && qobject_cast<QComboBox *>(widget->parentWidget()))
        return false;
    if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
        return false; // an editable combo's line edit: the combo carries the name
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
        || qobject_cast<QAbstractItemView *>(widget);
}

void AccessibilityTest::audit(const QString &where, QStringList *unnamed)
{
    QApplication::processEvents();
    for (QWidget *widget : m_f.window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isInput(widget) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(widget) && widget->inherits("QTabBar"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (iface && !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        const QString entry
            = QStringLiteral("%1: %2 %3")
                  .arg(where, QLatin1String(widget->metaObject()->className()), widget->objectName());
        if (!unnamed->contains(entry))
            unnamed->append(entry);
    }
}

void AccessibilityTest::everyVisibleInputIsNamed()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    QStringList unnamed;
    QTabWidget *tabs = m_f.window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab != MainWindow::DefinitionTab) {
            audit(tabs->tabText(tab), &unnamed);
            continue;
        }
        DefinitionPage *page = m_f.window->definitionPage();
        for (int section = 0; section < page->sections()->count(); ++section) {
            page->sections()->setCurrentIndex(section);
            const QString name
                = tabs->tabText(tab) + QStringLiteral(" > ") + page->sections()->tabText(section);
            if (section == DefinitionPage::OperationsSection) {
                QTabWidget *sub = page->editor()->tabs();
                for (int i = 0; i < sub->count(); ++i) {
                    sub->setCurrentIndex(i);
                    audit(name + QStringLiteral(" > ") + sub->tabText(i), &unnamed);
                }
            } else if (section == DefinitionPage::DefinitionsSection) {
                QTabWidget *references = page->referenceSections();
                for (int i = 0; i < references->count(); ++i) {
                    references->setCurrentIndex(i);
                    audit(name + QStringLiteral(" > ") + references->tabText(i), &unnamed);
                }
            } else {
                audit(name, &unnamed);
            }
        }
    }
    for (const QString &entry : std::as_const(unnamed))
        qWarning("unnamed: %s", qPrintable(entry));
    QVERIFY2(
        unnamed.isEmpty(),
        qPrintable(QStringLiteral("%1 unnamed:\n").arg(unnamed.size()) + unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
