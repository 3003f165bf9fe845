#include "FindingNavigator.h"

#include "GeneralPage.h"
#include "MainWindow.h"
#include "RawJsonPage.h"
#include "validation/ValidationFinding.h"
#include "views/CurrentTextLocator.h"
#include "views/FindingFields.h"

#include <QTabWidget>

FindingNavigator::FindingNavigator(MainWindow *window) : QObject(window), m_window(window) { }

int FindingNavigator::currentLine(const ValidationFinding &finding) const
{
    // Findings without a pointer (a syntax error) are placed by line only, in the file as read.
    if (finding.pointer.isRoot() && finding.line > 0)
        return finding.line;
    // Located afresh: edits since the last validation run may have moved the lines.
    CurrentTextLocator locator(*m_window->document());
    int line = 0, column = 0;
    return locator.locate(finding.part, finding.pointer, &line, &column) ? line : finding.line;
}

void FindingNavigator::jumpTo(const ValidationFinding &finding)
{
    if (const auto field = FindingFields::generalField(finding); field && !m_window->document()->isReadOnly()) {
        m_window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
        m_window->generalPage()->focusField(*field);
        return;
    }
    m_window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    m_window->rawPage()->showLine(finding.part, currentLine(finding));
}
