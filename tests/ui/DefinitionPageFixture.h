#pragma once

// The Definition tab on a copy of the bundled sample, shown offscreen, with its models watched
// by QAbstractItemModelTester through every test; the helpers the Definition tab's tests share.
#include "ScriptedDialogProvider.h"
#include "definition/DefinitionPage.h"
#include "definition/OperationEditor.h"
#include "definition/OperationGeneralForm.h"
#include "definition/ParameterForm.h"
#include "definition/RequestForm.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class DefinitionPageFixture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

protected:
    using Part = ConnectorDocument::Part;

    bool openFolder(const QString &folder);
    bool openCorpus(const QString &relative);
    QString text(const char *pointer) const;
    const json::JsonValue *value(const QString &pointer) const;
    QString route(const QModelIndex &index) const;
    void select(const QString &path, const QString &method);
    static void replaceText(QLineEdit *edit, const QString &text, bool finish);
    // On the box: a check box stretched across a column only reacts to its box and label.
    static void clickCheck(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    RequestForm *request() const { return m_page->editor()->requestForm(); }
    ParameterForm *parameterForm() const { return request()->parameterForm(); }
    OperationGeneralForm *general() const { return m_page->editor()->generalForm(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<ConnectorDocument> m_document;
    std::unique_ptr<ScriptedDialogProvider> m_dialogs;
    std::unique_ptr<DefinitionPage> m_page;
    // Watch the page's own models through every test's clicks, undos and resets.
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_parameterTester;
};
