#include "DefinitionPageFixture.h"

#include "UiTestSupport.h"
#include "definition/OperationListModel.h"
#include "definition/ParameterTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>

using json::JsonPointer;

void DefinitionPageFixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("contoso-hr"));
    QVERIFY(UiTestSupport::copySample(m_folder));
    m_document = std::make_unique<ConnectorDocument>();
    m_dialogs = std::make_unique<ScriptedDialogProvider>();
    QVERIFY(openFolder(m_folder));
    m_page = std::make_unique<DefinitionPage>(m_document.get(), m_dialogs.get());
    m_page->resize(1280, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_listTester = std::make_unique<QAbstractItemModelTester>(m_page->listModel(), Mode::QtTest);
    m_parameterTester = std::make_unique<QAbstractItemModelTester>(request()->parameterModel(), Mode::QtTest);
}

void DefinitionPageFixture::cleanup()
{
    m_listTester.reset();
    m_parameterTester.reset();
    m_page.reset();
    m_document.reset();
    m_dialogs.reset();
    m_dir.reset();
}

bool DefinitionPageFixture::openFolder(const QString &folder)
{
    QString error;
    if (!m_document->open(folder, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool DefinitionPageFixture::openCorpus(const QString &relative)
{
    // A copy in the temporary folder: the corpus is read-only and saving must not touch it.
    const QDir source(qEnvironmentVariable("CD_CORPUS") + QStringLiteral("/connectors/") + relative);
    if (!source.exists()) {
        qWarning("corpus connector missing: %s (set CD_CORPUS)", qPrintable(source.path()));
        return false;
    }
    const QString target = m_dir->filePath(QStringLiteral("corpus"));
    QDir().mkpath(target);
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile::copy(source.filePath(name), QDir(target).filePath(name));
        QFile::setPermissions(QDir(target).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    return openFolder(target);
}

const json::JsonValue *DefinitionPageFixture::value(const QString &pointer) const
{
    return m_document->value(Part::Definition, JsonPointer::fromString(pointer));
}

QString DefinitionPageFixture::text(const char *pointer) const
{
    const json::JsonValue *v = value(QString::fromUtf8(pointer));
    return v && v->isString() ? v->toString() : QStringLiteral("<missing>");
}

QString DefinitionPageFixture::route(const QModelIndex &index) const
{
    return index.data(OperationListModel::RouteRole).toString();
}

void DefinitionPageFixture::select(const QString &path, const QString &method)
{
    QVERIFY(m_page->selectOperation(OperationKey(path, method)));
    QCOMPARE(m_page->editor()->operation(), OperationKey(path, method));
}

void DefinitionPageFixture::replaceText(QLineEdit *edit, const QString &text, bool finish)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    if (finish)
        QTest::keyClick(edit, Qt::Key_Return);
}
