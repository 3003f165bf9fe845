#include "CodeEditor.h"

#include "Theme.h"

#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include "settings/AppSettings.h"
#include <QEvent>

#include <QFontDatabase>

namespace {

constexpr int MarkedLineMarker = 1;
constexpr int ErrorIndicator = 8;
constexpr int LineNumberMargin = 0;
constexpr int FoldMargin = 2;
// Styles of the messages under lines: fixed numbers above both lexers' styles (C# uses up to
// 91 with its inactive variants), so no editor allocates from QScintilla's shared pool.
constexpr int ErrorStyle = 110;
constexpr int NoteStyle = 111;

// Token colours: Visual Studio Code's default light and dark themes, which users know.
struct SyntaxColors
{
    QColor keyword, string, number, comment, type, property, preprocessor;
};

SyntaxColors syntaxColors(bool dark)
{
    if (dark)
        return {QColor(0x56, 0x9c, 0xd6), QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8),
                QColor(0x6a, 0x99, 0x55), QColor(0x4e, 0xc9, 0xb0), QColor(0x9c, 0xdc, 0xfe),
                QColor(0xc5, 0x86, 0xc0)};
    return {QColor(0x00, 0x00, 0xff), QColor(0xa3, 0x15, 0x15), QColor(0x09, 0x86, 0x58),
            QColor(0x00, 0x80, 0x00), QColor(0x26, 0x7f, 0x99), QColor(0x04, 0x51, 0xa5),
            QColor(0xaf, 0x00, 0xdb)};
}

QColor blend(const QColor &base, const QColor &tint, int alpha)
{
    const double a = alpha / 255.0;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + tint.redF() * a),
                            float(base.greenF() * (1 - a) + tint.greenF() * a),
                            float(base.blueF() * (1 - a) + tint.blueF() * a));
}

} // namespace

CodeEditor::CodeEditor(Language language, QWidget *parent)
    : QsciScintilla(parent), m_language(language), m_errorStyle(ErrorStyle), m_noteStyle(NoteStyle)
{
    m_lexer = makeLexer(language);
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setIndentationWidth(language == Language::CSharp ? 4 : 2);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setFrameShape(QFrame::NoFrame);
    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginWidth(1, 0); // the symbol margin: the marked line is a background instead
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    markerDefine(Background, MarkedLineMarker);
    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    setAnnotationDisplay(AnnotationBoxed);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    applyTheme();
    connect(AppSettings::instance(), &AppSettings::changed, this, &CodeEditor::applyTheme);
    connect(this, &QsciScintilla::linesChanged, this, [this] {
        setMarginWidth(LineNumberMargin, QString(QString::number(lines()).size() + 2, QLatin1Char('9')));
    });
}

QsciLexer *CodeEditor::makeLexer(Language language)
{
    switch (language) {
    case Language::CSharp: {
        auto *lexer = new QsciLexerCSharp(this);
        lexer->setFoldComments(true);
        lexer->setFoldCompact(false);
        return lexer;
    }
    case Language::Yaml: {
        auto *lexer = new QsciLexerYAML(this);
        lexer->setFoldComments(true);
        return lexer;
    }
    case Language::Json:
        break;
    }
    auto *lexer = new QsciLexerJSON(this);
    lexer->setHighlightComments(true);
    lexer->setFoldCompact(false);
    return lexer;
}

void CodeEditor::setLanguage(Language language)
{
    if (language == m_language)
        return;
    QsciLexer *old = m_lexer;
    m_language = language;
    m_lexer = makeLexer(language);
    setIndentationWidth(language == Language::CSharp ? 4 : 2);
    applyTheme();
    delete old;
    recolor(); // the old lexer's styles stay on the text until it is lexed again
}

void CodeEditor::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = Theme::isDark(pal);
    const SyntaxColors colors = syntaxColors(dark);
    const QFont font = AppSettings::instance()->editorFont(); // Edit > Preferences
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);

    m_lexer->setDefaultPaper(base);
    m_lexer->setDefaultColor(text);
    m_lexer->setDefaultFont(font);
    m_lexer->setPaper(base, -1);
    m_lexer->setColor(text, -1);
    m_lexer->setFont(font, -1);
    if (m_language == Language::CSharp) {
        for (int style : {QsciLexerCPP::Keyword, QsciLexerCPP::KeywordSet2})
            m_lexer->setColor(colors.keyword, style);
        for (int style : {QsciLexerCPP::DoubleQuotedString, QsciLexerCPP::SingleQuotedString,
                          QsciLexerCPP::VerbatimString, QsciLexerCPP::UnclosedString, QsciLexerCPP::RawString,
                          QsciLexerCPP::TripleQuotedVerbatimString})
            m_lexer->setColor(colors.string, style);
        for (int style : {QsciLexerCPP::Comment, QsciLexerCPP::CommentLine, QsciLexerCPP::CommentDoc,
                          QsciLexerCPP::CommentLineDoc, QsciLexerCPP::CommentDocKeyword})
            m_lexer->setColor(colors.comment, style);
        m_lexer->setColor(colors.number, QsciLexerCPP::Number);
        m_lexer->setColor(colors.type, QsciLexerCPP::GlobalClass);
        m_lexer->setColor(colors.preprocessor, QsciLexerCPP::PreProcessor);
    } else if (m_language == Language::Yaml) {
        m_lexer->setColor(colors.property, QsciLexerYAML::Identifier);
        m_lexer->setColor(colors.keyword, QsciLexerYAML::Keyword);
        m_lexer->setColor(colors.number, QsciLexerYAML::Number);
        m_lexer->setColor(colors.comment, QsciLexerYAML::Comment);
        m_lexer->setColor(colors.preprocessor, QsciLexerYAML::Reference);
        m_lexer->setColor(colors.preprocessor, QsciLexerYAML::DocumentDelimiter);
        m_lexer->setColor(colors.string, QsciLexerYAML::TextBlockMarker);
        m_lexer->setColor(Theme::errorColor(pal), QsciLexerYAML::SyntaxErrorMarker);
    } else {
        m_lexer->setColor(colors.property, QsciLexerJSON::Property);
        m_lexer->setColor(colors.string, QsciLexerJSON::String);
        m_lexer->setColor(colors.string, QsciLexerJSON::UnclosedString);
        m_lexer->setColor(colors.number, QsciLexerJSON::Number);
        m_lexer->setColor(colors.keyword, QsciLexerJSON::Keyword);
        m_lexer->setColor(colors.comment, QsciLexerJSON::CommentLine);
        m_lexer->setColor(colors.comment, QsciLexerJSON::CommentBlock);
        m_lexer->setColor(colors.preprocessor, QsciLexerJSON::EscapeSequence);
        m_lexer->setColor(Theme::errorColor(pal), QsciLexerJSON::Error);
    }
    setLexer(m_lexer); // re-applies the lexer's styles

    const QColor window = pal.color(QPalette::Window);
    setMarginsBackgroundColor(window);
    setMarginsForegroundColor(Theme::mutedText(pal));
    setMarginsFont(font);
    setFoldMarginColors(window, window);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(blend(base, text, dark ? 18 : 10));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(blend(base, Theme::accent(), 60));
    setMatchedBraceForegroundColor(text);
    setMarkerBackgroundColor(blend(base, Theme::errorColor(pal), 50), MarkedLineMarker);
    setIndicatorForegroundColor(Theme::errorColor(pal), ErrorIndicator);
    setIndicatorDrawUnder(false, ErrorIndicator);
    m_errorStyle.setColor(Theme::errorColor(pal));
    m_errorStyle.setPaper(blend(base, Theme::errorColor(pal), 30));
    m_errorStyle.setFont(font);
    m_noteStyle.setColor(Theme::warningColor(pal));
    m_noteStyle.setPaper(blend(base, Theme::warningColor(pal), 30));
    m_noteStyle.setFont(font);
    setMarginWidth(LineNumberMargin, QString(QString::number(lines()).size() + 2, QLatin1Char('9')));
    refreshAnnotations();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void CodeEditor::setLocalUndo(bool enabled)
{
    SendScintilla(SCI_SETUNDOCOLLECTION, long(enabled));
    SendScintilla(SCI_EMPTYUNDOBUFFER);
}

void CodeEditor::setTextKeepingPosition(const QString &newText)
{
    const int first = int(SendScintilla(SCI_GETFIRSTVISIBLELINE));
    const int horizontal = int(SendScintilla(SCI_GETXOFFSET));
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const bool undo = SendScintilla(SCI_GETUNDOCOLLECTION) != 0;
    setText(newText);
    if (!undo)
        SendScintilla(SCI_EMPTYUNDOBUFFER);
    line = qMin(line, qMax(0, lines() - 1));
    setCursorPosition(line, qMin(index, lineLength(line)));
    SendScintilla(SCI_SETFIRSTVISIBLELINE, long(first));
    SendScintilla(SCI_SETXOFFSET, long(horizontal));
    if (m_markedLine > 0)
        markerAdd(m_markedLine - 1, MarkedLineMarker);
    refreshAnnotations();
}

int CodeEditor::lineLength(int line) const
{
    QString content = text(line);
    while (content.endsWith(QLatin1Char('\n')) || content.endsWith(QLatin1Char('\r')))
        content.chop(1);
    return int(content.size());
}

void CodeEditor::markLine(int line)
{
    markerDeleteAll(MarkedLineMarker);
    m_markedLine = line;
    if (line <= 0 || line > lines())
        return;
    markerAdd(line - 1, MarkedLineMarker);
    goToLine(line);
}

void CodeEditor::goToLine(int line, int column)
{
    const int zeroLine = qBound(0, line - 1, qMax(0, lines() - 1));
    setCursorPosition(zeroLine, qBound(0, column - 1, lineLength(zeroLine)));
    // Put the line in the upper third rather than at the very bottom edge.
    SendScintilla(SCI_SETFIRSTVISIBLELINE, long(qMax(0, zeroLine - 8)));
}

int CodeEditor::cursorLine() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    return line + 1;
}

int CodeEditor::firstVisibleLineNumber() const
{
    return int(SendScintilla(SCI_GETFIRSTVISIBLELINE)) + 1;
}

void CodeEditor::showError(int line, int column, const QString &message)
{
    clearError();
    m_errorLine = qBound(1, line, qMax(1, lines()));
    m_errorColumn = qMax(1, column);
    m_errorMessage = message;
    const int zeroLine = m_errorLine - 1;
    const int length = lineLength(zeroLine);
    const int from = qMin(m_errorColumn - 1, length);
    // At the end of a line (a missing value, say) mark the last character instead of nothing.
    const int start = from < length ? from : qMax(0, length - 1);
    fillIndicatorRange(zeroLine, start, zeroLine, qMax(length, start + 1), ErrorIndicator);
    refreshAnnotations();
}

void CodeEditor::clearError()
{
    if (m_errorLine == 0)
        return;
    clearIndicatorRange(0, 0, qMax(0, lines() - 1), lineLength(qMax(0, lines() - 1)), ErrorIndicator);
    m_errorLine = m_errorColumn = 0;
    m_errorMessage.clear();
    refreshAnnotations();
}

void CodeEditor::setNotes(const QList<QPair<int, QString>> &notes)
{
    m_notes = notes;
    refreshAnnotations();
}

void CodeEditor::refreshAnnotations()
{
    clearAnnotations();
    QMap<int, QStringList> byLine;
    for (const auto &note : std::as_const(m_notes))
        byLine[qBound(1, note.first, qMax(1, lines()))].append(note.second);
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it)
        annotate(it.key() - 1, QStringLiteral("⚠ ") + it.value().join(QStringLiteral("\n⚠ ")), m_noteStyle);
    if (m_errorLine > 0)
        annotate(m_errorLine - 1,
                 QStringLiteral("✖ ") + tr("Column %1: %2").arg(m_errorColumn).arg(m_errorMessage),
                 m_errorStyle);
}
