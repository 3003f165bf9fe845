#include "RequestPane.h"

#include "CodeView.h"
#include "Theme.h"

#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

RequestPane::RequestPane(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_view(new CodeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("requestText"));
    m_view->setAccessibleName(tr("Request sent"));
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    clear();
}

void RequestPane::clear()
{
    m_summary->setText(tr("No request yet: fill the parameters and press Test operation (Ctrl+Return)."));
    m_view->setPlainText({});
}

void RequestPane::showError(const QString &error)
{
    m_summary->setText(tr("The request could not be built: %1").arg(error.toHtmlEscaped()));
    m_summary->setStyleSheet(QStringLiteral("color: %1").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_view->setPlainText({});
}

void RequestPane::showRequest(const RunRequest &request)
{
    m_summary->setStyleSheet({});
    m_summary->setText(QStringLiteral("<b>%1</b> %2")
                           .arg(QString::fromLatin1(request.method), request.maskedUrl().toHtmlEscaped()));
    m_view->setPlainText(textOf(request));
}

QString RequestPane::text() const
{
    return m_view->toPlainText();
}

QString RequestPane::textOf(const RunRequest &request)
{
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(request.method), request.maskedUrl());
    for (const RunRequest::Header &header : request.headers) {
        const bool secret = request.credentialHeaders.contains(header.first.toLower());
        text += QStringLiteral("%1: %2\n")
                    .arg(QString::fromLatin1(header.first),
                         secret ? QStringLiteral("***") : QString::fromLatin1(header.second));
    }
    if (!request.contentType.isEmpty() && !request.hasHeader("Content-Type"))
        text += QStringLiteral("Content-Type: %1\n").arg(QString::fromLatin1(request.contentType));
    for (const QString &note : request.notes)
        text += tr("# note: %1\n").arg(note);
    if (!request.body.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(request.body);
        text += QLatin1Char('\n')
            + (json.isNull() ? QString::fromUtf8(request.body)
                             : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    }
    return text;
}
