// The policy builder of the Definition tab driven as a user would: New from the template menu,
// typing parameters, choices, the operations list, the JSON editor, Delete; each a real edit of
// apiProperties.json with undo. Renders the panel in both palettes (CD_SCREENSHOT_DIR: policies*.png).
#include "definition/PoliciesPanel.h"
#include "IndicatorStyle.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "definition/PolicyForm.h"
#include "definition/PolicyListModel.h"

#include "document/ConnectorDocument.h"
#include "domain/PolicyView.h"
#include "settings/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

class PoliciesPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newFromMenuAndTyping();
    void choicesSectionAndOperations();
    void jsonEditorForUnknownTemplate();
    void deleteAsksFirst();
    void filterFindsByTitleTemplateOrOperation();
    void render_data();
    void render();

private:
    QByteArray properties() const { return m_document->file(ConnectorDocument::Part::Properties).toBytes(); }
    QAction *templateAction(const QString &id) const;

    QTemporaryDir *m_dir = nullptr;
    ConnectorDocument *m_document = nullptr;
    ScriptedDialogProvider *m_dialogs = nullptr;
    PoliciesPanel *m_panel = nullptr;
    QPalette m_light;
};

void PoliciesPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // preferences go to a scratch location
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
}

void PoliciesPanelTest::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(UiTestSupport::copySample(m_dir->path()));
    m_document = new ConnectorDocument;
    QString error;
    QVERIFY2(m_document->open(m_dir->path(), &error), qPrintable(error));
    m_dialogs = new ScriptedDialogProvider;
    m_panel = new PoliciesPanel(m_document, m_dialogs);
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_panel);
    m_panel->resize(1100, 760);
    m_panel->show();
}

void PoliciesPanelTest::cleanup()
{
    delete m_panel;
    delete m_dialogs;
    delete m_document;
    delete m_dir;
}

QAction *PoliciesPanelTest::templateAction(const QString &id) const
{
    for (QAction *action : m_panel->templateMenu()->actions()) {
        if (action->data().toString() == id)
            return action;
    }
    return nullptr;
}

void PoliciesPanelTest::newFromMenuAndTyping()
{
    QCOMPARE(m_panel->templateMenu()->actions().size(), 13);
    const QByteArray before = properties();
    const int policiesBefore = PolicyView::count(m_document);
    QAction *setHeader = templateAction(QStringLiteral("setheader"));
    QVERIFY(setHeader);
    setHeader->trigger();
    QCOMPARE(m_panel->model()->rowCount(), policiesBefore + 1);
    QCOMPARE(m_panel->currentPolicy(), policiesBefore);
    PolicyForm *form = m_panel->form();
    QVERIFY(form->titleEdit()->hasFocus() || !QApplication::focusWidget());

    QTest::keyClicks(form->titleEdit(), QStringLiteral("Version"));
    auto *name
        = qobject_cast<QLineEdit *>(form->parameterField(QStringLiteral("x-ms-apimTemplateParameter.name")));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("X-Api-Version"));
    const PolicyView view(m_document, policiesBefore);
    QCOMPARE(view.templateId(), QStringLiteral("setheader"));
    QCOMPARE(view.title(), QStringLiteral("Version"));
    QCOMPARE(view.parameterText(QStringLiteral("x-ms-apimTemplateParameter.name")),
             QStringLiteral("X-Api-Version"));
    QCOMPARE(view.parameterText(QStringLiteral("x-ms-apimTemplateParameter.existsAction")),
             QStringLiteral("override"));
    QCOMPARE(m_panel->model()->index(policiesBefore).data().toString(), QStringLiteral("Version"));

    // Typing merged: the new policy, the title, and for the name (absent until then) its
    // creation by the first key and the rest of the word.
    QCOMPARE(m_document->undoStack()->count(), 4);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(properties(), before);
    QApplication::processEvents();
    QCOMPARE(m_panel->model()->rowCount(), policiesBefore);
}

void PoliciesPanelTest::choicesSectionAndOperations()
{
    templateAction(QStringLiteral("setheader"))->trigger();
    const int index = m_panel->currentPolicy();
    PolicyForm *form = m_panel->form();
    auto *exists = qobject_cast<QComboBox *>(
        form->parameterField(QStringLiteral("x-ms-apimTemplateParameter.existsAction")));
    QVERIFY(exists);
    exists->setCurrentIndex(exists->findData(QStringLiteral("skip")));
    emit exists->activated(exists->currentIndex());
    QCOMPARE(PolicyView(m_document, index)
                 .parameterText(QStringLiteral("x-ms-apimTemplateParameter.existsAction")),
             QStringLiteral("skip"));
    form->sectionCombo()->setCurrentIndex(1);
    emit form->sectionCombo()->activated(1);
    QCOMPARE(PolicyView(m_document, index).section(), QStringLiteral("Response"));

    QListWidget *operations = form->operationsList();
    QVERIFY(operations->count() >= 5); // the sample's operations
    QListWidgetItem *first = operations->item(0);
    const QString id = first->text();
    first->setCheckState(Qt::Checked);
    QApplication::processEvents();
    QCOMPARE(PolicyView(m_document, index).operations(), QStringList {id});
    QVERIFY(m_panel->model()->index(index).data(PolicyListModel::DetailRole).toString().contains(id));
    operations->item(0)->setCheckState(Qt::Unchecked);
    QApplication::processEvents();
    QVERIFY(!PolicyView(m_document, index).hasParameter(QStringLiteral("x-ms-apimTemplate-operationName")));
}

void PoliciesPanelTest::jsonEditorForUnknownTemplate()
{
    templateAction(QStringLiteral("updatenextlink"))->trigger();
    const int index = m_panel->currentPolicy();
    PolicyForm *form = m_panel->form();
    form->jsonEdit()->setPlainText(
        QStringLiteral("{\"templateId\": \"myfuturetemplate\", \"title\": \"Later\"}"));
    QTest::mouseClick(form->applyJsonButton(), Qt::LeftButton);
    QApplication::processEvents();
    QCOMPARE(PolicyView(m_document, index).templateId(), QStringLiteral("myfuturetemplate"));
    QVERIFY(!form->parameterField(QStringLiteral("x-ms-apimTemplateParameter.nextLinkPropertyName")));
    QVERIFY(m_panel->model()
                ->index(index)
                .data(PolicyListModel::DetailRole)
                .toString()
                .contains(QLatin1String("Unknown")));

    form->jsonEdit()->setPlainText(QStringLiteral("{\"title\": \"no id\""));
    const QByteArray before = properties();
    QTest::mouseClick(form->applyJsonButton(), Qt::LeftButton);
    QVERIFY(form->problem().startsWith(QLatin1String("Not valid JSON")));
    QCOMPARE(properties(), before);
}

void PoliciesPanelTest::deleteAsksFirst()
{
    AppSettings::instance()->setConfirmDeletions(true);
    templateAction(QStringLiteral("dynamichosturl"))->trigger();
    const int count = m_panel->model()->rowCount();
    m_dialogs->confirmations.enqueue(false);
    QToolButton *remove = m_panel->findChild<QToolButton *>(QStringLiteral("deletePolicyButton"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), count);
    m_dialogs->confirmations.enqueue(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), count - 1);
}

// The filter box narrows the list by title, template name or operation as the user types; the
// selection maps back to the right policy; a policy being edited stays listed; adding clears it.
void PoliciesPanelTest::filterFindsByTitleTemplateOrOperation()
{
    templateAction(QStringLiteral("setheader"))->trigger();
    QTest::keyClicks(m_panel->form()->titleEdit(), QStringLiteral("Version header"));
    templateAction(QStringLiteral("routerequesttoendpoint"))->trigger();
    const int route = m_panel->currentPolicy();
    QListWidgetItem *operation = m_panel->form()->operationsList()->item(1);
    const QString operationId = operation->text();
    operation->setCheckState(Qt::Checked);
    QApplication::processEvents();
    const int total = m_panel->model()->rowCount();
    QAbstractItemModel *shown = m_panel->listView()->model();
    QCOMPARE(shown->rowCount(), total);

    QLineEdit *filter = m_panel->filterEdit();
    QVERIFY(filter->isVisible());
    QTest::keyClicks(filter, QStringLiteral("version"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Version header"));
    m_panel->listView()->setCurrentIndex(shown->index(0, 0));
    QCOMPARE(PolicyView(m_document, m_panel->currentPolicy()).title(), QStringLiteral("Version header"));
    // Editing the title so that it no longer matches keeps it in the list and in the form.
    QTest::keyClicks(m_panel->form()->titleEdit(), QStringLiteral(" X"));
    QApplication::processEvents();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(m_panel->form()->titleEdit()->text(), QStringLiteral("Version header X"));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("ROUTE REQ")); // the template's title, any case
    QVERIFY(shown->rowCount() >= 1);
    filter->clear();
    QTest::keyClicks(filter, operationId);
    QCOMPARE(shown->rowCount(), 1);
    m_panel->listView()->setCurrentIndex(shown->index(0, 0));
    QCOMPARE(m_panel->currentPolicy(), route);

    QTest::keyClicks(filter, QStringLiteral("zzz-no-such"));
    QCOMPARE(shown->rowCount(), 0);
    templateAction(QStringLiteral("setqueryparameter"))->trigger();
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(shown->rowCount(), total + 1);
    QCOMPARE(m_panel->currentPolicy(), total);
}

void PoliciesPanelTest::render_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void PoliciesPanelTest::render()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_light);
    // Rebuilt under the palette, as the application does when the theme changes.
    delete m_panel;
    m_panel = new PoliciesPanel(m_document, m_dialogs);
    m_panel->resize(1180, 820);
    m_panel->show();
    templateAction(QStringLiteral("routerequesttoendpoint"))->trigger();
    templateAction(QStringLiteral("setheader"))->trigger();
    PolicyForm *form = m_panel->form();
    form->titleEdit()->setText(QString());
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Send the API version"));
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(form->parameterField(QStringLiteral("x-ms-apimTemplateParameter.name"))),
        QStringLiteral("X-Api-Version"));
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(form->parameterField(QStringLiteral("x-ms-apimTemplateParameter.value"))),
        QStringLiteral("2024-06-01"));
    form->operationsList()->item(0)->setCheckState(Qt::Checked);
    form->operationsList()->item(1)->setCheckState(Qt::Checked);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    const double lightness = UiTestSupport::averageLightness(image);
    QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image.save(
            dir + (dark ? QStringLiteral("/policies-dark.png") : QStringLiteral("/policies.png"))));
    }
    QApplication::setPalette(m_light);
}

QTEST_MAIN(PoliciesPanelTest)
#include "PoliciesPanelTest.moc"
