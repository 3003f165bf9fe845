// Every input a user can reach in the main window has a name a screen reader says: on each tab,
// in each section of the Definition tab and each sub-tab of the operation editor, with the
// bundled sample open. The name is what Qt's accessibility layer gives (accessibleName, a label's
// buddy, a button's text), asked through QAccessible as a screen reader would.
#include "DocumentController.h"
#include "MainWindow.h"
#include "TabOrderAudit.h"
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

#include <functional>

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyVisibleInputIsNamed();
    void tabFollowsReadingOrder();

private:
    // Shows every tab, Definition section, reference section and operation sub-tab in turn.
    void visitEveryPage(const std::function<void(const QString &where)> &visit);
    void audit(const QString &where, QStringList *unnamed);
    void auditTabOrder(const QString &where, QStringList *problems);
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

void AccessibilityTest::audit(const QString &where, QStringList *unnamed)
{
    QApplication::processEvents();
    for (QWidget *widget : m_f.window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !TabOrderAudit::isInput(widget) || widget->focusPolicy() == Qt::NoFocus)
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

void AccessibilityTest::visitEveryPage(const std::function<void(const QString &)> &visit)
{
    QTabWidget *tabs = m_f.window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab != MainWindow::DefinitionTab) {
            visit(tabs->tabText(tab));
            continue;
        }
        DefinitionPage *page = m_f.window->definitionPage();
        for (int section = 0; section < page->sections()->count(); ++section) {
            page->sections()->setCurrentIndex(section);
            const QString name
                = tabs->tabText(tab) + QStringLiteral(" > ") + page->sections()->tabText(section);
            QTabWidget *sub = section == DefinitionPage::OperationsSection ? page->editor()->tabs()
                : section == DefinitionPage::DefinitionsSection            ? page->referenceSections()
                                                                           : nullptr;
            if (!sub) {
                visit(name);
                continue;
            }
            for (int i = 0; i < sub->count(); ++i) {
                sub->setCurrentIndex(i);
                visit(name + QStringLiteral(" > ") + sub->tabText(i));
            }
        }
    }
}

void AccessibilityTest::everyVisibleInputIsNamed()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    QStringList unnamed;
    visitEveryPage([&](const QString &where) { audit(where, &unnamed); });
    for (const QString &entry : std::as_const(unnamed))
        qWarning("unnamed: %s", qPrintable(entry));
    QVERIFY2(
        unnamed.isEmpty(),
        qPrintable(QStringLiteral("%1 unnamed:\n").arg(unnamed.size()) + unnamed.join(QLatin1Char('\n'))));
}

void AccessibilityTest::auditTabOrder(const QString &where, QStringList *problems)
{
    QApplication::processEvents();
    *problems += TabOrderAudit::problems(m_f.window->tabs()->currentWidget(), where);
}

void AccessibilityTest::tabFollowsReadingOrder()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("a"))));
    m_f.window->resize(1400, 900);
    QStringList problems;
    visitEveryPage([&](const QString &where) { auditTabOrder(where, &problems); });
    for (const QString &entry : std::as_const(problems))
        qWarning("%s", qPrintable(entry));
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems")));
}

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
