#include "StepTabs.h"

#include "CodePage.h"
#include "GeneralPage.h"
#include "RawJsonPage.h"
#include "Theme.h"
#include "definition/DefinitionPage.h"
#include "document/ConnectorDocument.h"
#include "security/SecurityPage.h"
#include "test/TestPage.h"

#include <QTabBar>

namespace {

QString tabBarStyleSheet()
{
    // On the tab bar, not the tab widget: a sheet there would put every page under the
    // style-sheet style (a re-polish of the whole editor). Document mode draws no pane frame.
    return QStringLiteral("QTabBar { background: palette(base); border-bottom: 1px solid palette(mid); }"
                          "QTabBar::tab { background: transparent; border: none;"
                          " border-bottom: 3px solid transparent; padding: 8px 14px 7px 14px;"
                          " margin-right: 2px; }"
                          "QTabBar::tab:first { margin-left: 12px; }"
                          "QTabBar::tab:hover { border-bottom-color: palette(mid); }"
                          "QTabBar::tab:selected { border-bottom-color: %1; }")
        .arg(Theme::accent().name());
}

} // namespace

StepTabs::StepTabs(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QTabWidget(parent),
      m_general(new GeneralPage(document, dialogs)),
      m_security(new SecurityPage(document)),
      m_definition(new DefinitionPage(document, dialogs)),
      m_code(new CodePage(document, dialogs)),
      m_test(new TestPage(document, dialogs)),
      m_raw(new RawJsonPage(document))
{
    setObjectName(QStringLiteral("stepTabs"));
    setDocumentMode(true);
    tabBar()->setExpanding(false);
    tabBar()->setDrawBase(false);
    tabBar()->setStyleSheet(tabBarStyleSheet());
    addTab(m_general, tr("1  General"));
    addTab(m_security, tr("2  Security"));
    addTab(m_definition, tr("3  Definition"));
    addTab(m_code, tr("4  Code"));
    addTab(m_test, tr("5  Test"));
    addTab(m_raw, tr("Swagger"));
    linkDefinitionAndText();
}

void StepTabs::linkDefinitionAndText()
{
    using Part = ConnectorDocument::Part;
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        const OperationKey key = m_definition->currentOperation();
        if (index == Swagger && key.isValid() && key != m_shownInText) {
            m_raw->showPointer(Part::Definition, key.pointer());
            m_shownInText = key;
        }
    });
    connect(m_raw, &RawJsonPage::cursorPointerChanged, this,
            [this](Part part, const json::JsonPointer &pointer) {
                const QStringList tokens = pointer.tokens();
                if (part != Part::Definition || tokens.size() < 3 || tokens.at(0) != QLatin1String("paths")
                    || !OperationKey::isHttpMethod(tokens.at(2)))
                    return;
                m_shownInText = OperationKey(tokens.at(1), tokens.at(2));
                m_definition->selectOperation(m_shownInText);
            });
}
