#include "ResponsePane.h"

#include "CodeEditor.h"
#include "CodeView.h"
#include "Theme.h"

#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

ResponsePane::ResponsePane(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_attempts(new QLabel(this)),
      m_body(new QStackedWidget(this)),
      m_json(new CodeEditor(CodeEditor::Language::Json, this)),
      m_text(new CodeView(this)),
      m_image(new QLabel(this)),
      m_headers(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setObjectName(QStringLiteral("responseSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attempts->setObjectName(QStringLiteral("responseAttempts"));
    m_attempts->setWordWrap(true);
    m_json->setObjectName(QStringLiteral("responseJson"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Response body"));
    m_text->setObjectName(QStringLiteral("responseText"));
    m_text->setAccessibleName(tr("Response body"));
    m_image->setAlignment(Qt::AlignCenter);
    auto *imageScroll = new QScrollArea(this);
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    m_body->addWidget(new QWidget(this));
    m_body->addWidget(m_json);
    m_body->addWidget(m_text);
    m_body->addWidget(imageScroll);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_body);
    split->addWidget(m_headers);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_attempts);
    layout->addWidget(split, 1);
    clear();
}

void ResponsePane::clear()
{
    m_kind = BodyKind::None;
    m_summary->setText(tr("No response yet."));
    m_summary->setStyleSheet({});
    m_attempts->clear();
    m_attempts->hide();
    m_body->setCurrentIndex(0);
    m_headers->clear();
}

void ResponsePane::showRunning(const QString &what)
{
    clear();
    m_summary->setText(what);
}

QString ResponsePane::summary() const
{
    return m_summary->text();
}

QString ResponsePane::bodyText() const
{
    switch (m_kind) {
    case BodyKind::Json:
        return m_json->text();
    case BodyKind::Text:
        return m_text->toPlainText();
    default:
        return {};
    }
}

QString ResponsePane::attemptsText(const RunResult &result) const
{
    QStringList parts;
    for (int i = 0; i < result.attempts.size(); ++i) {
        const RunAttempt &a = result.attempts.at(i);
        QString part = tr("#%1 %2 in %3 ms")
                           .arg(i + 1)
                           .arg(a.status ? QString::number(a.status) : a.error)
                           .arg(a.elapsedMs);
        if (a.waitedMs > 0)
            part += tr(" after waiting %1 ms").arg(a.waitedMs);
        parts.append(part);
    }
    return tr("%n attempt(s): %1", nullptr, int(result.attempts.size()))
        .arg(parts.join(QStringLiteral("; ")));
}

void ResponsePane::showResult(const RunResult &result)
{
    clear();
    const QPalette pal = palette();
    if (!result.hasResponse) {
        QString text = result.cancelled ? tr("Cancelled") : tr("No response: %1").arg(result.error);
        if (!result.tlsErrors.isEmpty())
            text += QLatin1Char('\n') + result.tlsErrors.join(QLatin1Char('\n'));
        m_summary->setText(text);
        m_summary->setStyleSheet(QStringLiteral("color: %1").arg(Theme::cssColor(Theme::errorColor(pal))));
    } else {
        const QColor color = result.isSuccess() ? Theme::successColor(pal) : Theme::errorColor(pal);
        m_summary->setText(tr("%1 %2 · %3 ms · %4")
                               .arg(result.status)
                               .arg(QString::fromUtf8(result.reason), QString::number(result.totalMs),
                                    QLocale().formattedDataSize(result.size)));
        m_summary->setStyleSheet(QStringLiteral("font-weight: bold; color: %1").arg(Theme::cssColor(color)));
    }
    if (!result.attempts.isEmpty()) {
        QStringList lines {attemptsText(result)};
        lines += result.notes;
        m_attempts->setText(lines.join(QLatin1Char('\n')));
        m_attempts->setVisible(result.attempts.size() > 1 || !result.notes.isEmpty());
    }
    for (const auto &header : result.headers)
        m_headers->addTopLevelItem(
            new QTreeWidgetItem({QString::fromLatin1(header.first), QString::fromUtf8(header.second)}));
    if (result.body.isEmpty())
        return;
    const QByteArray type = result.header("Content-Type").toLower();
    const QJsonDocument json = QJsonDocument::fromJson(result.body);
    if (!json.isNull()) {
        m_kind = BodyKind::Json;
        m_json->setReadOnly(false);
        m_json->setText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
        m_json->setReadOnly(true);
        m_body->setCurrentWidget(m_json);
        return;
    }
    QImage image;
    if (type.startsWith("image/") && image.loadFromData(result.body)) {
        m_kind = BodyKind::Image;
        m_image->setPixmap(QPixmap::fromImage(image));
        m_body->setCurrentIndex(3);
        return;
    }
    m_kind = BodyKind::Text;
    m_text->setPlainText(QString::fromUtf8(result.body));
    m_body->setCurrentWidget(m_text);
}
