#include "StartupTiming.h"

#include "LiveValidation.h"
#include "MainWindow.h"
#include "definition/DefinitionPage.h"
#include "definition/OperationEditor.h"
#include "definition/OperationGeneralForm.h"
#include "definition/OperationListModel.h"
#include "domain/OperationIndex.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>
#include <unistd.h>

bool StartupTiming::isRequested()
{
    return qEnvironmentVariableIntValue("CD_STARTUP_TIMING") > 0;
}

double StartupTiming::msSinceProcessStart()
{
    // /proc/self/stat field 22: start time in clock ticks after boot; CLOCK_BOOTTIME is the same clock.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(22 - 3).toDouble(); // fields after "(comm)" start at 3
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

StartupTiming::StartupTiming(MainWindow *window, const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent), m_window(window), m_sinceMain(sinceMain)
{
    m_mainOffsetMs = msSinceProcessStart() - double(m_sinceMain.nsecsElapsed()) / 1e6;
}

void StartupTiming::start()
{
    // Posted: runs once the event loop has handled the show and painted the first frame.
    QTimer::singleShot(0, this, &StartupTiming::reportShown);
}

void StartupTiming::reportShown()
{
    const double shownMs = m_mainOffsetMs + double(m_sinceMain.nsecsElapsed()) / 1e6;
    // The operation list: what the user sees first on the Definition tab.
    m_window->tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    DefinitionPage *page = m_window->definitionPage();
    page->refreshNow();
    page->listView()->doItemsLayout();
    QApplication::processEvents();
    const double listMs = m_mainOffsetMs + double(m_sinceMain.nsecsElapsed()) / 1e6;
    std::fprintf(stderr,
                 "startup: process start -> main %.1f ms, window shown %.1f ms, operation list filled "
                 "(%d operations) %.1f ms\n",
                 m_mainOffsetMs, shownMs, page->listModel()->operationIndex().size(), listMs);
    measureEdit();
    QApplication::exit(0); // not quit(): a window may refuse to close (the edit left the document modified)
}

void StartupTiming::measureEdit()
{
    // Let the validation of the opened connector settle first.
    double stall = 0;
    waitForValidation(&stall);
    DefinitionPage *page = m_window->definitionPage();
    QLineEdit *summary = page->editor()->generalForm()->summaryEdit();
    if (page->currentOperation().path.isEmpty() || !summary->isEnabled()) {
        std::fprintf(stderr, "edit: no operation selected, not measured\n");
        return;
    }
    m_window->tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    summary->setFocus();
    summary->end(false);
    QElapsedTimer timer;
    timer.start();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"));
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"));
    QApplication::sendEvent(summary, &press);
    QApplication::sendEvent(summary, &release);
    page->refreshNow(); // what the page's 0 ms timer does next
    QApplication::processEvents(); // and the repaint
    const double keyMs = double(timer.nsecsElapsed()) / 1e6;
    double longest = 0;
    const double validatedMs = keyMs + waitForValidation(&longest);
    std::fprintf(
        stderr,
        "edit: keystroke -> document edited and page refreshed %.2f ms; live validation done %.1f ms "
        "later (debounce %d ms, %s), longest GUI-thread stall meanwhile %.2f ms\n",
        keyMs, validatedMs - keyMs, LiveValidation::DelayMs,
        m_window->validation()->lastRunInBackground() ? "background" : "GUI thread", longest);
}

// Runs the event loop until live validation has nothing pending; returns the milliseconds it
// took and sets the longest single event-loop turn (what would freeze a frame).
double StartupTiming::waitForValidation(double *longestStallMs)
{
    LiveValidation *validation = m_window->validation();
    QElapsedTimer total;
    total.start();
    QElapsedTimer turn;
    while (validation->isPending() && total.elapsed() < 60000) {
        turn.start();
        QApplication::processEvents();
        *longestStallMs = qMax(*longestStallMs, double(turn.nsecsElapsed()) / 1e6);
        if (validation->isPending())
            usleep(200); // the debounce timer and the worker need no busy loop
    }
    return double(total.nsecsElapsed()) / 1e6;
}
