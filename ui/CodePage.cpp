#include "CodePage.h"

#include "FormStyleSheet.h"
#include "settings/AppSettings.h"

#include "CodeEditor.h"
#include "DialogProvider.h"
#include "FormSection.h"
#include "ScriptOperationsPanel.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int SidePanelWidth = 320;
constexpr qint64 MaxUploadBytes = 8 * 1024 * 1024; // far above the 1 MB limit, still shown with its check

} // namespace

CodePage::CodePage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_enabled(new QCheckBox(tr("Use custom code (script.csx)"), this)),
      m_upload(new QPushButton(tr("Upload .cs/.csx..."), this)),
      m_info(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_editor(new CodeEditor(CodeEditor::Language::CSharp, this)),
      m_operations(new ScriptOperationsPanel(document, this)),
      m_checks(new QLabel(this)),
      m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("codePage"));
    FormStyleSheet::install(this);
    m_enabled->setObjectName(QStringLiteral("scriptEnabled"));
    m_upload->setObjectName(QStringLiteral("scriptUpload"));
    m_info->setObjectName(QStringLiteral("scriptInfo"));
    m_info->setProperty("caption", true);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setLocalUndo(false);
    (new UndoShortcutFilter(this))->watch(m_editor);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 8);
    bar->setSpacing(12);
    bar->addWidget(m_enabled);
    bar->addWidget(m_upload);
    bar->addWidget(m_info, 1);

    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(m_editor);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_stack, 1);
    body->addWidget(buildSidePanel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &CodePage::checkNow);
    connect(m_editor, &QsciScintilla::textChanged, this, &CodePage::onEditorChanged);
    connect(m_enabled, &QCheckBox::clicked, this, &CodePage::setCodeEnabled);
    connect(m_upload, &QPushButton::clicked, this, &CodePage::uploadFile);
    connect(m_checks, &QLabel::linkActivated, this, [this](const QString &link) {
        m_editor->goToLine(link.toInt());
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_document, &ConnectorDocument::scriptChanged, this, &CodePage::refreshFromDocument);
    connect(m_document, &ConnectorDocument::reset, this, &CodePage::refreshFromDocument);
    refreshFromDocument();
}

QWidget *CodePage::buildEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("scriptEmptyState"));
    auto *title = new QLabel(tr("No custom code"), page);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *text
        = new QLabel(tr("Custom code is C# that runs in the platform for each request and can change "
                        "the request and the response beyond what policies do. It takes precedence over "
                        "the definition for the operations it applies to."),
                     page);
    text->setWordWrap(true);
    text->setProperty("caption", true);
    text->setMaximumWidth(520);
    auto *add = new QPushButton(tr("Add Custom Code"), page);
    add->setObjectName(QStringLiteral("scriptAdd"));
    connect(add, &QPushButton::clicked, this, [this] { setCodeEnabled(true); });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *CodePage::buildSidePanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("scriptSidePanel"));
    panel->setFixedWidth(SidePanelWidth);
    auto *operations = new FormSection(tr("Applies to"), tr("The operations that run the code"), panel);
    operations->body()->addWidget(m_operations, 1);
    auto *checks = new FormSection(tr("Checks"), tr("The platform's rules for custom code"), panel);
    m_checks->setObjectName(QStringLiteral("scriptChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    checks->body()->addWidget(m_checks);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(operations, 3);
    layout->addWidget(checks, 2);
    return panel;
}

QString CodePage::starterCode()
{
    return QStringLiteral("public class Script : ScriptBase\n"
                          "{\n"
                          "    public override async Task<HttpResponseMessage> ExecuteAsync()\n"
                          "    {\n"
                          "        // Change Context.Request here, or the response below.\n"
                          "        HttpResponseMessage response = await Context.SendAsync(Context.Request, "
                          "CancellationToken).ConfigureAwait(false);\n"
                          "        return response;\n"
                          "    }\n"
                          "}\n");
}

void CodePage::setCodeEnabled(bool enabled)
{
    if (enabled == m_document->hasScript()) {
        refreshFromDocument();
        return;
    }
    if (enabled) {
        m_document->setScript(starterCode(), true, true);
    } else if (m_document->script().trimmed().isEmpty() || !AppSettings::instance()->confirmDeletions()
               || m_dialogs->confirm(this, tr("Disable Custom Code"),
                                     tr("Disabling custom code deletes script.csx (%n lines) and the list of "
                                        "operations it applies to. Undo brings them back.",
                                        nullptr, int(m_document->script().count(QLatin1Char('\n'))) + 1))) {
        m_document->beginMacro(tr("Disable custom code"));
        m_document->setScript(QString(), false, true);
        if (m_document->value(ConnectorDocument::Part::Properties, ScriptOperationsPanel::ListPointer))
            m_document->remove(ConnectorDocument::Part::Properties, ScriptOperationsPanel::ListPointer);
        m_document->endMacro();
    }
    refreshFromDocument(); // also puts the box back when the question was declined
}

bool CodePage::uploadFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->chooseOpenFile(this, tr("Upload Custom Code"), start,
                                                   tr("C# code (*.cs *.csx);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    QString problem;
    if (QFileInfo(path).size() > MaxUploadBytes)
        problem = tr("%1 is larger than %2 MB.").arg(QFileInfo(path).fileName()).arg(MaxUploadBytes >> 20);
    else if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    if (!problem.isEmpty()) {
        m_dialogs->showError(this, tr("Upload Custom Code"), problem);
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    m_document->setScript(text, true, true);
    return true;
}

void CodePage::refreshFromDocument()
{
    const bool present = m_document->hasScript();
    const bool editable = !m_document->isReadOnly();
    m_enabled->setChecked(present);
    m_enabled->setEnabled(editable);
    m_upload->setEnabled(editable);
    m_editor->setReadOnly(!editable);
    m_stack->setCurrentIndex(present ? 1 : 0);
    if (m_editor->text() != m_document->script()) {
        m_updating = true;
        m_editor->setTextKeepingPosition(m_document->script());
        m_updating = false;
    }
    m_checkTimer->start();
}

void CodePage::onEditorChanged()
{
    if (m_updating)
        return;
    const bool newStep = !m_lastKey.isValid() || m_lastKey.elapsed() > PauseMs;
    m_lastKey.restart();
    m_document->setScript(m_editor->text(), true, newStep);
    m_checkTimer->start();
}

void CodePage::checkNow()
{
    m_checkTimer->stop();
    m_issues
        = m_document->hasScript() ? ScriptChecks::check(m_document->script()) : QList<ScriptChecks::Issue>();
    showIssues();
}

void CodePage::showIssues()
{
    QList<QPair<int, QString>> notes;
    QStringList rows;
    const QString warning = Theme::warningColor(palette()).name();
    // The palette's link colour is often a dark blue even in dark themes: use the accent.
    const QString link = (Theme::isDark(palette()) ? Theme::accent().lighter(170) : Theme::accent()).name();
    for (const ScriptChecks::Issue &issue : std::as_const(m_issues)) {
        if (issue.line > 0)
            notes.append({issue.line, issue.message});
        const QString where = issue.line > 0
            ? QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a> ")
                  .arg(QString::number(issue.line), link, tr("Line %1").arg(issue.line))
            : QString();
        rows.append(QStringLiteral("<p style=\"margin:0 0 6px 0\"><span style=\"color:%1\">⚠</span> %2%3</p>")
                        .arg(warning, where, issue.message.toHtmlEscaped()));
    }
    m_editor->setNotes(notes);
    if (!m_document->hasScript())
        m_checks->setText(tr("No custom code."));
    else if (rows.isEmpty())
        m_checks->setText(
            QStringLiteral("<span style=\"color:%1\">✔</span> ").arg(Theme::successColor(palette()).name())
            + tr("The code meets the platform's rules: a Script class deriving from ScriptBase, "
                 "an ExecuteAsync override, allowed namespaces, under 1 MB."));
    else
        m_checks->setText(rows.join(QString()));
    const qint64 bytes = m_document->script().toUtf8().size();
    m_info->setText(m_document->hasScript()
                        ? tr("%1 lines · %2 of 1 MB · each pause in typing is one undo step")
                              .arg(QLocale().toString(m_editor->lines()),
                                   QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat))
                        : tr("This connector has no custom code."));
}
