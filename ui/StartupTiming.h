#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

// CD_STARTUP_TIMING=1 (set by bench/run.sh): once the window is shown with a connector given on
// the command line, prints to stderr the milliseconds from process start to the window shown and
// to the Definition tab's operation list filled; then measures the edit path (one keystroke in
// the selected operation's Summary, the page refreshed, and live validation until its findings
// arrive, with the longest GUI-thread stall meanwhile) and quits. Unset, it does nothing.
class StartupTiming : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Milliseconds from the process start (kernel start time, 10 ms granularity) to now.
    static double msSinceProcessStart();

    StartupTiming(MainWindow *window, const QElapsedTimer &sinceMain, QObject *parent = nullptr);
    // Call right after window->show() and the connector's open.
    void start();

private:
    void reportShown();
    void measureEdit();
    double waitForValidation(double *longestStallMs);

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    double m_mainOffsetMs = 0; // process start -> main()
};
