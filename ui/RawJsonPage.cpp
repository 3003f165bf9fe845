#include "RawJsonPage.h"

#include "CodeEditor.h"
#include "Theme.h"
#include "document/JsonTreePatch.h"
#include "export/YamlWriter.h"
#include "import/InputTree.h"
#include "views/CurrentTextLocator.h"
#include "views/PointerAtOffset.h"
#include "views/YamlTextMap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using Part = ConnectorDocument::Part;

RawJsonPage::RawJsonPage(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_files(new QComboBox(this)),
      m_info(new QLabel(this)),
      m_revert(new QPushButton(tr("Revert"), this)),
      m_apply(new QPushButton(tr("Apply"), this)),
      m_view(new CodeEditor(CodeEditor::Language::Json, this)),
      m_timer(new QTimer(this)),
      m_syntaxTimer(new QTimer(this)),
      m_cursorTimer(new QTimer(this)),
      m_notation(new QComboBox(this))
{
    setObjectName(QStringLiteral("rawJsonPage"));
    m_files->setObjectName(QStringLiteral("rawFileCombo"));
    m_view->setObjectName(QStringLiteral("rawJsonView"));
    m_info->setObjectName(QStringLiteral("rawInfo"));
    m_revert->setObjectName(QStringLiteral("rawRevert"));
    m_apply->setObjectName(QStringLiteral("rawApply"));
    m_apply->setToolTip(tr("Replace the file with this text as one undo step (Ctrl+Return). "
                           "Leaving the tab applies too."));
    m_revert->setToolTip(tr("Discard the text typed since the last apply"));
    m_info->setWordWrap(false);
    m_info->setTextFormat(Qt::PlainText);

    m_notation->setObjectName(QStringLiteral("rawNotation"));
    m_notation->addItem(tr("JSON"));
    m_notation->addItem(tr("YAML"));
    m_notation->setAccessibleName(tr("Notation"));
    m_notation->setToolTip(tr("Show and edit the file as JSON or as YAML; either way it is saved as the "
                              "JSON it is, changed only where the text changed"));
    connect(m_notation, &QComboBox::activated, this, &RawJsonPage::setNotation);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 8);
    bar->setSpacing(10);
    bar->addWidget(m_files);
    bar->addWidget(m_notation);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshDelayMs);
    m_syntaxTimer->setSingleShot(true);
    m_syntaxTimer->setInterval(SyntaxCheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RawJsonPage::refreshNow);
    connect(m_syntaxTimer, &QTimer::timeout, this, &RawJsonPage::checkSyntaxNow);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(CursorDelayMs);
    connect(m_view, &QsciScintilla::cursorPositionChanged, this, [this] {
        if (!m_updating)
            m_cursorTimer->start();
    });
    connect(m_cursorTimer, &QTimer::timeout, this, [this] {
        const json::JsonPointer pointer = pointerAtCursor();
        if (pointer != m_cursorPointer) {
            m_cursorPointer = pointer;
            emit cursorPointerChanged(m_part, pointer);
        }
    });
    connect(m_view, &QsciScintilla::textChanged, this, [this] {
        m_parsed.reset();
        m_parsedYaml.reset();
    });
    connect(m_view, &QsciScintilla::textChanged, this, &RawJsonPage::onTextEdited);
    connect(m_apply, &QPushButton::clicked, this, &RawJsonPage::applyDraft);
    connect(m_revert, &QPushButton::clicked, this, &RawJsonPage::revertDraft);
    auto *applyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyKey, &QShortcut::activated, this, &RawJsonPage::applyDraft);
    m_view->installEventFilter(this);
    connect(m_files, &QComboBox::activated, this,
            [this](int index) { switchTo(m_files->itemData(index).value<Part>()); });
    connect(m_document, &ConnectorDocument::changed, this, [this](Part part) {
        if (part == m_part)
            scheduleRefresh();
    });
    connect(m_document, &ConnectorDocument::modifiedChanged, this, &RawJsonPage::updateState);
    connect(m_document, &ConnectorDocument::reset, this, [this] {
        m_drafts.clear(); // they belonged to the previous connector
        rebuildFileList();
        m_view->markLine(0);
        m_view->clearError();
        m_part = Part::Definition;
        m_files->setCurrentIndex(0);
        scheduleRefresh();
    });
    rebuildFileList();
    updateState();
}

void RawJsonPage::rebuildFileList()
{
    m_files->clear();
    m_files->addItem(ConnectorDocument::DefinitionFileName, QVariant::fromValue(Part::Definition));
    m_files->addItem(ConnectorDocument::PropertiesFileName, QVariant::fromValue(Part::Properties));
    if (m_document->hasSettings())
        m_files->addItem(ConnectorDocument::SettingsFileName, QVariant::fromValue(Part::Settings));
}

void RawJsonPage::switchTo(Part part)
{
    if (part == m_part)
        return;
    if (hasDraft())
        m_drafts.insert(int(m_part), m_view->text());
    m_part = part;
    const int index = m_files->findData(QVariant::fromValue(part));
    if (index >= 0)
        m_files->setCurrentIndex(index);
    m_view->markLine(0);
    m_view->clearError();
    m_applyFailed = false;
    if (hasDraft()) {
        setEditorText(m_drafts.value(int(part)));
        checkSyntaxNow();
    } else {
        refreshNow();
    }
    updateState();
}

void RawJsonPage::showPart(Part part, int markedLine)
{
    switchTo(part);
    refreshNow();
    m_view->markLine(markedLine);
}

void RawJsonPage::showLine(Part part, int line)
{
    showPart(part, line);
    m_view->setFocus(Qt::OtherFocusReason);
}

bool RawJsonPage::showPointer(Part part, const json::JsonPointer &pointer)
{
    int line = 0, column = 0;
    if (isYaml()) {
        switchTo(part);
        refreshNow();
        const InputTree tree = InputTree::parseYaml(m_view->text());
        line = YamlTextMap::lineOf(tree, pointer);
        column = 1;
        if (line <= 0)
            return false;
    } else if (!CurrentTextLocator(*m_document).locate(part, pointer, &line, &column)) {
        return false;
    }
    showPart(part, line);
    m_view->goToLine(line, column); // on the key, so the cursor's node is this one
    return true;
}

void RawJsonPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void RawJsonPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

void RawJsonPage::hideEvent(QHideEvent *event)
{
    // Leaving the tab applies; text that does not parse stays a draft, marked, for the return.
    if (hasDraft() && !m_document->isReadOnly())
        applyDraft();
    QWidget::hideEvent(event);
}

void RawJsonPage::refreshNow()
{
    m_timer->stop();
    m_stale = false;
    if (!hasDraft()) {
        const QString text = textOf(m_part);
        if (m_view->text() != text)
            setEditorText(text);
        const json::JsonFile &file = m_document->file(m_part);
        const json::JsonDiagnostic *error = file.isValid() ? nullptr : file.firstError();
        if (error)
            m_view->showError(error->line, error->column, error->message);
        else
            m_view->clearError();
    }
    updateState();
}

void RawJsonPage::setEditorText(const QString &text)
{
    m_updating = true;
    m_view->setTextKeepingPosition(text);
    m_view->setLocalUndo(true); // a fresh local history for the next draft
    m_updating = false;
}

void RawJsonPage::onTextEdited()
{
    if (m_updating)
        return;
    // The text itself is taken when needed (switching files, checking, applying): copying a
    // megabyte on every keystroke would make typing sluggish.
    if (!hasDraft()) {
        m_drafts.insert(int(m_part), QString());
        updateState();
    }
    m_applyFailed = false;
    m_syntaxTimer->start();
}

void RawJsonPage::checkSyntaxNow()
{
    m_syntaxTimer->stop();
    if (!hasDraft())
        return;
    const QString text = m_view->text();
    if (text == textOf(m_part)) { // typed back to what the file is: no draft
        m_drafts.remove(int(m_part));
        m_view->clearError();
        updateState();
        return;
    }
    m_drafts.insert(int(m_part), text);
    if (isYaml()) {
        InputTree tree;
        if (checkYaml(text, &tree))
            m_view->clearError();
        updateState();
        return;
    }
    const json::JsonFile parsed
        = json::JsonFile::fromBytes(text.toUtf8(), m_document->file(m_part).fileName());
    const json::JsonDiagnostic *error = parsed.firstError();
    if (!parsed.isValid() && error)
        m_view->showError(error->line, error->column, error->message);
    else
        m_view->clearError();
    updateState();
}

bool RawJsonPage::applyDraft()
{
    if (!hasDraft())
        return true;
    json::JsonDiagnostic error;
    const QString text = m_view->text();
    if (isYaml()) {
        if (!applyYaml(text))
            return false;
    } else if (!m_document->replaceText(m_part, text, &error)) {
        showApplyError(error.line, error.column, error.message);
        return false;
    }
    m_drafts.remove(int(m_part));
    m_applyFailed = false;
    m_view->clearError();
    m_view->setLocalUndo(true);
    refreshNow();
    return true;
}

void RawJsonPage::showApplyError(int line, int column, const QString &message)
{
    m_applyFailed = true;
    if (line > 0)
        m_view->showError(line, column, message);
    updateState();
    if (line > 0 && isVisible())
        m_view->goToLine(line, column);
    m_info->setText(line > 0 ? tr("Not applied: line %1, column %2: %3").arg(line).arg(column).arg(message)
                             : tr("Not applied: %1").arg(message));
}

json::JsonPointer RawJsonPage::pointerAtCursor()
{
    if (isYaml()) {
        if (!m_parsedYaml)
            m_parsedYaml = std::make_shared<InputTree>(InputTree::parseYaml(m_view->text()));
        int line = 0, index = 0;
        m_view->getCursorPosition(&line, &index);
        return YamlTextMap::pointerAtLine(*m_parsedYaml, line + 1);
    }
    if (!m_parsed)
        m_parsed = json::JsonFile::fromBytes(m_view->text().toUtf8(), m_document->file(m_part).fileName());
    const long position = m_view->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
    QByteArray before = m_view->bytes(0, int(position));
    while (before.endsWith('\0')) // QScintilla adds the terminator
        before.chop(1);
    const int offset = int(QString::fromUtf8(before).size());
    return PointerAtOffset::find(*m_parsed, offset);
}

void RawJsonPage::revertDraft()
{
    m_drafts.remove(int(m_part));
    m_applyFailed = false;
    m_view->clearError();
    refreshNow();
}

bool RawJsonPage::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z undoes typing while there is a draft; otherwise it is the document's undo.
    if (watched == m_view
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) && !hasDraft()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RawJsonPage::updateState()
{
    const json::JsonFile &file = m_document->file(m_part);
    const bool editable = !m_document->isReadOnly() && file.isValid();
    const bool draft = hasDraft();
    if (hasAnyDraft() != m_hadDrafts) {
        m_hadDrafts = hasAnyDraft();
        emit draftsChanged(m_hadDrafts);
    }
    m_view->setReadOnly(!editable);
    m_apply->setEnabled(editable && draft);
    m_revert->setEnabled(draft);
    const QString lines = tr("%1 lines").arg(QLocale().toString(m_view->lines()));
    QString state;
    QColor color = Theme::mutedText(palette());
    if (!file.isValid()) {
        state = tr("cannot be parsed: shown as read, read-only");
        color = Theme::errorColor(palette());
    } else if (m_document->isReadOnly()) {
        state = tr("read-only: another file of the connector cannot be parsed");
    } else if (draft && m_view->errorLine() > 0) {
        state = tr("not applied: line %1, column %2: %3")
                    .arg(m_view->errorLine())
                    .arg(m_view->errorColumn())
                    .arg(m_view->errorMessage());
        color = Theme::errorColor(palette());
    } else if (draft) {
        state = tr("edited: Apply (Ctrl+Return) or leaving the tab applies it as one undo step");
        color = Theme::warningColor(palette());
    } else {
        state = tr("editable; Apply (Ctrl+Return) or leaving the tab applies typed text");
    }
    int others = 0;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        others += it.key() != int(m_part) ? 1 : 0;
    if (others > 0)
        state += tr(" · %n other file(s) with unapplied text", nullptr, others);
    QPalette infoPalette = m_info->palette();
    infoPalette.setColor(QPalette::WindowText, color);
    m_info->setPalette(infoPalette);
    m_info->setText(lines + QStringLiteral(" · ") + state);
    m_info->setToolTip(m_info->text());
}

QString RawJsonPage::textOf(Part part) const
{
    if (part == Part::Settings && !m_document->hasSettings())
        return {};
    const json::JsonFile &file = m_document->file(part);
    if (!file.isValid())
        return file.text();
    if (isYaml() && file.root())
        return QString::fromUtf8(YamlWriter::write(*file.root()));
    const QByteArray bytes = file.toBytes();
    QString text = file.encoding() == json::JsonFile::Encoding::Latin1 ? QString::fromLatin1(bytes)
                                                                       : QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // the BOM is kept on disk; it is invisible noise here
    return text;
}

bool RawJsonPage::isYaml() const
{
    return m_view->language() == CodeEditor::Language::Yaml; // the combo may show a choice not applied yet
}

// Switching notation applies typed text first (it cannot be carried across); text that does not
// apply keeps the notation it was typed in.
void RawJsonPage::setNotation(int index)
{
    const int previous = index == 1 ? 0 : 1;
    if (m_view->language() == (index == 1 ? CodeEditor::Language::Yaml : CodeEditor::Language::Json))
        return;
    m_notation->setCurrentIndex(previous);
    if (hasDraft() && !applyDraft())
        return;
    m_notation->setCurrentIndex(index);
    m_drafts.remove(int(m_part));
    m_view->setLanguage(index == 1 ? CodeEditor::Language::Yaml : CodeEditor::Language::Json);
    m_view->markLine(0);
    m_view->clearError();
    m_parsed.reset();
    m_parsedYaml.reset();
    refreshNow();
}

bool RawJsonPage::checkYaml(const QString &text, InputTree *out)
{
    *out = InputTree::parseYaml(text);
    if (out->ok())
        return true;
    const InputTree::Location at = out->errorLocation();
    m_view->showError(qMax(1, at.line), qMax(1, at.column), out->error());
    return false;
}

bool RawJsonPage::applyYaml(const QString &text)
{
    InputTree tree;
    if (!checkYaml(text, &tree)) {
        showApplyError(m_view->errorLine(), m_view->errorColumn(), m_view->errorMessage());
        return false;
    }
    const JsonTreePatch::Result result = JsonTreePatch::apply(
        m_document, m_part, *tree.root(), tr("Edit %1 as YAML").arg(m_document->file(m_part).fileName()));
    if (!result.ok) {
        showApplyError(0, 0, result.error);
        return false;
    }
    return true;
}
