#pragma once

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QList>
#include <QPair>

class QsciLexer;

// The code editor of the Code and Swagger tabs (QScintilla): C#, JSON or YAML highlighting, line
// numbers, folding, colours from the application palette (light or dark), a marked line, an
// error marked at a line and column, and messages shown under their lines.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    enum class Language { CSharp, Json, Yaml };

    explicit CodeEditor(Language language, QWidget *parent = nullptr);

    Language language() const { return m_language; }
    // Another highlighting (the Swagger tab's JSON/YAML toggle); the text stays.
    void setLanguage(Language language);

    QString toPlainText() const { return text(); }
    // Replaces the text, keeping the scroll position and the cursor where they were.
    void setTextKeepingPosition(const QString &text);
    // Edits undo through the document, not here: no local history.
    void setLocalUndo(bool enabled);

    // 1-based lines and columns throughout; 0 clears.
    void markLine(int line);
    int markedLine() const { return m_markedLine; }
    int cursorLine() const;
    int firstVisibleLineNumber() const;
    void goToLine(int line, int column = 1);

    // A syntax error: squiggle from the column to the end of the line and the message under it.
    void showError(int line, int column, const QString &message);
    void clearError();
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorMessage() const { return m_errorMessage; }
    // Notes shown under their lines (warning colour); replaces the previous ones.
    void setNotes(const QList<QPair<int, QString>> &notes);
    int noteCount() const { return int(m_notes.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    QsciLexer *makeLexer(Language language);
    void refreshAnnotations();
    int lineLength(int line) const; // 0-based line, without the line end

    Language m_language;
    QsciLexer *m_lexer = nullptr;
    int m_markedLine = 0;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
    QList<QPair<int, QString>> m_notes;
    QsciStyle m_errorStyle;
    QsciStyle m_noteStyle;
};
