// GUI benchmarks (issue 8), offscreen, on the largest corpus connector: what the Definition tab
// and live validation cost on the GUI thread. The timings formerly asserted in DefinitionPageTest
// and ValidationExtrasTest live here now; the tests keep the behaviour checks.
#include "BenchInputs.h"

#include "DocumentController.h"
#include "LiveValidation.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "definition/DefinitionPage.h"
#include "definition/OperationListModel.h"
#include "document/ConnectorDocument.h"
#include "views/ValidationPass.h"
#include "json/JsonPointer.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using Part = ConnectorDocument::Part;

// One window with the largest corpus connector, shared by the benchmarks. Destroyed in main(),
// before the QApplication: a static destroyed at exit would outlive it and crash.
std::unique_ptr<MainWindow> sharedWindow;

MainWindow *window()
{
    static ScriptedDialogProvider dialogs;
    std::unique_ptr<MainWindow> &window = sharedWindow;
    if (!window) {
        window = std::make_unique<MainWindow>(&dialogs);
        window->controller()->setRemembersRecent(false);
        window->resize(1280, 800);
        window->show();
        if (!window->controller()->open(BenchInputs::largestCorpusConnector()))
            BenchInputs::fail("cannot open " + BenchInputs::largestCorpusConnector());
        window->tabs()->setCurrentIndex(MainWindow::DefinitionTab);
        QApplication::processEvents();
    }
    return window.get();
}

void typeKey(QWidget *target, QChar c)
{
    const Qt::Key key = c == ' ' ? Qt::Key_Space : Qt::Key(c.toUpper().unicode());
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

// Rebuilding the operation index and the list, and laying out the view.
void listFill(benchmark::State &state)
{
    DefinitionPage *page = window()->definitionPage();
    for (auto _ : state) {
        page->listModel()->rebuild();
        page->listView()->expandAll();
        page->listView()->doItemsLayout();
    }
    state.counters["operations"] = page->listModel()->operationIndex().size();
}

// One key typed into the filter: the list filtered and relaid out.
void filterKey(benchmark::State &state)
{
    DefinitionPage *page = window()->definitionPage();
    QLineEdit *filter = page->filterEdit();
    const QString typed = QStringLiteral("pdf - s");
    int i = 0;
    for (auto _ : state) {
        if (i == typed.size()) {
            state.PauseTiming();
            filter->clear();
            i = 0;
            state.ResumeTiming();
        }
        typeKey(filter, typed.at(i++));
        page->listView()->doItemsLayout();
    }
    filter->clear();
}

// A field edit and what live validation then does on the GUI thread when it validates there.
void liveValidationAfterEdit(benchmark::State &state)
{
    MainWindow *w = window();
    const json::JsonPointer title = json::JsonPointer::fromString(QStringLiteral("/info/title"));
    int round = 0;
    for (auto _ : state) {
        w->document()->setString(Part::Definition, title, QStringLiteral("Edited %1").arg(++round));
        w->validation()->runNow();
    }
    w->document()->undoStack()->setIndex(0);
}

// What the GUI thread pays before a background validation run: the snapshot of the saved text.
void backgroundSnapshot(benchmark::State &state)
{
    MainWindow *w = window();
    w->document()->setString(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/info/title")),
                             QStringLiteral("Snapshot"));
    for (auto _ : state)
        benchmark::DoNotOptimize(ValidationPass::snapshot(*w->document(), {}).definition.bytes);
    w->document()->undoStack()->setIndex(0);
}

} // namespace

BENCHMARK(listFill)->Name("definition_list_fill")->Unit(benchmark::kMillisecond);
BENCHMARK(filterKey)->Name("definition_filter_per_key")->Unit(benchmark::kMillisecond);
BENCHMARK(liveValidationAfterEdit)
    ->Name("live_validation_on_gui_thread_after_edit")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(backgroundSnapshot)->Name("live_validation_background_snapshot")->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings and recent folders stay untouched
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    sharedWindow.reset();
    return 0;
}
