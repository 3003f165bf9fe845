// The Security tab driven through its real widgets offscreen: choosing a type, filling the
// fields, the files and the connection dialog preview following, undo, multiple authentication
// types, raw edits showing in the form, and the client secret never reaching a file.
#include "security/SecurityPage.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"
#include "domain/SecurityView.h"
#include "security/AuthEditor.h"
#include "security/ConnectionDialogPreview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;

class SecurityPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chooseApiKeyFillAndUndo();
    void oauthWithProviderKeepsSecretOut();
    void multipleAuthentication();
    void followsRawEditsAndUndo();
    void inputsHaveAccessibleNames();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    void choose(QComboBox *combo, const QVariant &data);
    void chooseIndex(QComboBox *combo, int index);
    void type(QLineEdit *edit, const QString &text);
    QByteArray fileBytes(Part part) const { return m_document->file(part).toBytes(); }
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // rebuilt widgets go
        }
    }
    QJsonObject json(Part part) const { return QJsonDocument::fromJson(fileBytes(part)).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<ConnectorDocument> m_document;
    std::unique_ptr<SecurityPage> m_page;
};

void SecurityPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("contoso-hr"));
    QVERIFY(UiTestSupport::copySample(m_folder));
    m_document = std::make_unique<ConnectorDocument>();
    QString error;
    QVERIFY2(m_document->open(m_folder, &error), qPrintable(error));
    m_page = std::make_unique<SecurityPage>(m_document.get());
    m_page->setAttribute(Qt::WA_DontShowOnScreen);
    m_page->resize(1200, 900);
    m_page->show();
}

void SecurityPageTest::cleanup()
{
    m_page.reset();
    m_document.reset();
    m_dir.reset();
}

// Picks the entry with that data the way a user does: open the list, click the row.
void SecurityPageTest::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    chooseIndex(combo, index);
}

void SecurityPageTest::chooseIndex(QComboBox *combo, int index)
{
    // The preview rebuilds its picker when one is chosen: watch both through QPointer.
    QPointer<QComboBox> alive(combo);
    combo->showPopup();
    QPointer<QAbstractItemView> view(combo->view());
    QTRY_VERIFY(view->isVisible());
    const QRect rect = view->visualRect(view->model()->index(index, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!view || !view->isVisible());
    settle();
    if (alive)
        QCOMPARE(alive->currentIndex(), index);
}

void SecurityPageTest::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // commits the field: one undo step
    settle();
}

void SecurityPageTest::chooseApiKeyFillAndUndo()
{
    QComboBox *typeCombo = m_page->typeCombo();
    choose(typeCombo, int(AuthKind::None));
    QCOMPARE(SecurityView(m_document.get()).kind(), AuthKind::None);
    QVERIFY(child<QLabel>(QStringLiteral("previewNoAuth"))->isVisible());

    const int before = m_document->undoStack()->index();
    choose(typeCombo, int(AuthKind::ApiKey));
    QCOMPARE(m_document->undoStack()->index(), before + 1);
    QVERIFY(m_page->singleEditor());
    type(child<QLineEdit>(QStringLiteral("apiKeyLabelEdit")), QStringLiteral("Contoso key"));
    type(child<QLineEdit>(QStringLiteral("apiKeyNameEdit")), QStringLiteral("X-Contoso-Key"));
    choose(child<QComboBox>(QStringLiteral("apiKeyLocationCombo")), QStringLiteral("query"));
    QCOMPARE(m_document->undoStack()->index(), before + 4);

    // The files: definition, requirement and connection parameter agree.
    const QJsonObject swagger = json(Part::Definition);
    const QJsonObject def = swagger.value(QLatin1String("securityDefinitions"))
                                .toObject()
                                .value(QLatin1String("API Key"))
                                .toObject();
    QCOMPARE(def.value(QLatin1String("name")).toString(), QStringLiteral("X-Contoso-Key"));
    QCOMPARE(def.value(QLatin1String("in")).toString(), QStringLiteral("query"));
    QVERIFY(swagger.value(QLatin1String("security"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QLatin1String("API Key")));
    QCOMPARE(json(Part::Properties)
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("connectionParameters"))
                 .toObject()
                 .value(QLatin1String("api_key"))
                 .toObject()
                 .value(QLatin1String("uiDefinition"))
                 .toObject()
                 .value(QLatin1String("displayName"))
                 .toString(),
             QStringLiteral("Contoso key"));
    // The preview: one required, masked field with the label.
    QCOMPARE(child<QLabel>(QStringLiteral("previewLabel_api_key"))->text(), QStringLiteral("Contoso key *"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("previewField_api_key"))->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(QStringLiteral("previewField_api_key"))->toolTip(),
             QStringLiteral("Provide your API Key"));

    // Undo the location and the label: form and preview follow.
    m_document->undoStack()->undo();
    settle();
    QCOMPARE(child<QComboBox>(QStringLiteral("apiKeyLocationCombo"))->currentData().toString(),
             QStringLiteral("header"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    settle();
    QCOMPARE(child<QLineEdit>(QStringLiteral("apiKeyLabelEdit"))->text(), QStringLiteral("API Key"));
    QCOMPARE(child<QLabel>(QStringLiteral("previewLabel_api_key"))->text(), QStringLiteral("API Key *"));
    // Saved, the files on disk hold what the form shows.
    QString error;
    QVERIFY(m_document->save(&error));
    QVERIFY(UiTestSupport::readFile(m_folder + QStringLiteral("/apiDefinition.swagger.json"))
                .contains("\"X-API-Key\""));
}

void SecurityPageTest::oauthWithProviderKeepsSecretOut()
{
    choose(m_page->typeCombo(), int(AuthKind::OAuth2));
    choose(child<QComboBox>(QStringLiteral("identityProviderCombo")), QStringLiteral("github"));
    QCOMPARE(SecurityView(m_document.get()).settings().identityProvider, QStringLiteral("github"));
    QCOMPARE(child<QPushButton>(QStringLiteral("previewSignIn"))->text(),
             QStringLiteral("Sign in with GitHub"));
    // Generic fields hide for a named preset, the client fields show.
    QVERIFY(!child<QLineEdit>(QStringLiteral("authorizationUrlEdit"))->isVisible());
    QVERIFY(child<QLineEdit>(QStringLiteral("clientIdEdit"))->isVisible());
    type(child<QLineEdit>(QStringLiteral("clientIdEdit")), QStringLiteral("gh-client-id"));
    type(child<QLineEdit>(QStringLiteral("scopesEdit")), QStringLiteral("repo gist"));
    const QString secret = QStringLiteral("s3cr3t-value-never-on-disk");
    type(child<QLineEdit>(QStringLiteral("clientSecretEdit")), secret);
    QCOMPARE(SecurityView(m_document.get()).settings().scopes, (QStringList {"repo", "gist"}));

    choose(child<QComboBox>(QStringLiteral("identityProviderCombo")), QStringLiteral("aad"));
    QVERIFY(child<QLineEdit>(QStringLiteral("tenantIdEdit"))->isVisible());
    QCOMPARE(child<QLineEdit>(QStringLiteral("clientIdEdit"))->text(), QStringLiteral("gh-client-id"));
    choose(child<QComboBox>(QStringLiteral("redirectModeCombo")), QStringLiteral("GlobalPerConnector"));
    QCOMPARE(SecurityView(m_document.get()).settings().redirectMode, QStringLiteral("GlobalPerConnector"));

    QString error;
    QVERIFY(m_document->save(&error));
    QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray bytes = UiTestSupport::readFile(it.next());
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(it.filePath()));
        QVERIFY2(!bytes.contains("\"clientSecret\""), qPrintable(it.filePath()));
    }
}

void SecurityPageTest::multipleAuthentication()
{
    choose(m_page->typeCombo(), int(AuthKind::Multiple));
    QCOMPARE(m_page->setEditors().size(), 1);
    QVERIFY(m_page->addSetButton()->isVisible());
    m_page->addSet(AuthKind::OAuth2);
    settle();
    QCOMPARE(m_page->setEditors().size(), 2);
    QComboBox *picker = child<QComboBox>(QStringLiteral("previewSetPicker"));
    QCOMPARE(picker->count(), 2);
    // The preview shows the chosen set's fields.
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("previewField_api_key")));
    chooseIndex(picker, 1);
    settle();
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("previewSignIn")));
    AuthEditor *second = m_page->setEditors().at(1);
    type(second->findChild<QLineEdit *>(QStringLiteral("setDisplayNameEdit")),
         QStringLiteral("Microsoft account"));
    QCOMPARE(SecurityView(m_document.get()).sets().at(1).displayName, QStringLiteral("Microsoft account"));
    QCOMPARE(child<QComboBox>(QStringLiteral("previewSetPicker"))->itemText(1),
             QStringLiteral("Microsoft account"));
    // Remove the first set through its button.
    QVERIFY(m_page->setEditors().at(0)->removeButton()->isEnabled());
    QTest::mouseClick(m_page->setEditors().at(0)->removeButton(), Qt::LeftButton);
    settle();
    QCOMPARE(m_page->setEditors().size(), 1);
    QVERIFY(!m_page->setEditors().at(0)->removeButton()->isEnabled()); // the last one stays
    m_document->undoStack()->undo();
    settle();
    QCOMPARE(m_page->setEditors().size(), 2);
}

void SecurityPageTest::followsRawEditsAndUndo()
{
    QCOMPARE(child<QLineEdit>(QStringLiteral("apiKeyNameEdit"))->text(), QStringLiteral("X-API-Key"));
    QString text = QString::fromUtf8(fileBytes(Part::Definition));
    text.replace(QStringLiteral("\"X-API-Key\""), QStringLiteral("\"X-Raw-Key\""));
    QVERIFY(m_document->replaceText(Part::Definition, text));
    settle();
    QCOMPARE(child<QLineEdit>(QStringLiteral("apiKeyNameEdit"))->text(), QStringLiteral("X-Raw-Key"));
    m_document->undoStack()->undo();
    settle();
    QCOMPARE(child<QLineEdit>(QStringLiteral("apiKeyNameEdit"))->text(), QStringLiteral("X-API-Key"));
    // A reset (another connector opened) rebuilds the page.
    m_document->newBlank();
    settle();
    QCOMPARE(m_page->typeCombo()->currentData().toInt(), int(AuthKind::None));
    QVERIFY(!m_page->singleEditor());
}

void SecurityPageTest::inputsHaveAccessibleNames()
{
    choose(m_page->typeCombo(), int(AuthKind::OAuth2));
    choose(child<QComboBox>(QStringLiteral("identityProviderCombo")), QStringLiteral("oauth2generic"));
    const auto inputs = m_page->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : inputs) {
        if (!w->isVisible()
            || !(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                 || qobject_cast<QPushButton *>(w)))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo's own line edit
        const QString name = w->accessibleName().isEmpty() && qobject_cast<QPushButton *>(w)
            ? static_cast<QPushButton *>(w)->text()
            : w->accessibleName();
        QVERIFY2(!name.isEmpty(), qPrintable(w->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 12);
    // Tab goes from the type through the form in reading order.
    m_page->typeCombo()->setFocus();
    QWidget *next = m_page->typeCombo()->nextInFocusChain();
    while (next && !next->isVisible())
        next = next->nextInFocusChain();
    QVERIFY(next);
}

QTEST_MAIN(SecurityPageTest)
#include "SecurityPageTest.moc"
