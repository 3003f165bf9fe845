#pragma once

#include <QPlainTextEdit>

class LineNumberArea;

// A read-only, monospace text view with line numbers and an optional marked line
// (an error location).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    // Replaces the text, keeping the scroll position and cursor where they were.
    void setTextKeepingPosition(const QString &text);
    // Scrolls to a 1-based line, puts the cursor there and highlights it; 0 clears.
    void markLine(int line);
    int markedLine() const { return m_markedLine; }
    int firstVisibleLine() const; // 1-based

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateMarkedLineSelection();

    LineNumberArea *m_lineNumbers;
    int m_markedLine = 0;
};
