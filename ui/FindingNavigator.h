#pragma once

#include <QObject>

struct ValidationFinding;
class MainWindow;

// Takes the user to a finding: to its field on the General tab when the form shows it, else
// to its line in the raw view of the file (located in the current text, even after edits).
class FindingNavigator : public QObject
{
    Q_OBJECT

public:
    explicit FindingNavigator(MainWindow *window);

    void jumpTo(const ValidationFinding &finding);
    // The 1-based line of the finding in the text the document would save now.
    int currentLine(const ValidationFinding &finding) const;

private:
    MainWindow *m_window;
};
