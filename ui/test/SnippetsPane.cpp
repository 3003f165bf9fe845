#include "SnippetsPane.h"

#include "CodeView.h"
#include "runner/RequestSnippet.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SnippetsPane::SnippetsPane(QWidget *parent)
    : QWidget(parent),
      m_language(new QComboBox(this)),
      m_copy(new QPushButton(tr("&Copy"), this)),
      m_view(new CodeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    m_language->setObjectName(QStringLiteral("snippetLanguage"));
    m_language->setAccessibleName(tr("Snippet language"));
    for (const RequestSnippet::Language language : RequestSnippet::languages())
        m_language->addItem(RequestSnippet::languageName(language), int(language));
    m_copy->setObjectName(QStringLiteral("copySnippet"));
    m_copy->setToolTip(tr("Copy the snippet to the clipboard"));
    m_view->setObjectName(QStringLiteral("snippetText"));
    m_view->setAccessibleName(tr("Request snippet"));
    auto *note = new QLabel(tr("Secrets are read from CONNECTOR_SECRET_<NAME> environment variables."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(label);
    row->addWidget(m_language);
    row->addWidget(m_copy);
    row->addWidget(note, 1);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SnippetsPane::render);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    clear();
}

void SnippetsPane::clear()
{
    m_hasRequest = false;
    m_view->setPlainText(tr("Send a request to see it as code."));
    m_copy->setEnabled(false);
}

void SnippetsPane::setRequest(const RunRequest &request)
{
    m_request = request;
    m_hasRequest = request.isValid();
    render();
}

void SnippetsPane::render()
{
    if (!m_hasRequest)
        return;
    const auto language = RequestSnippet::Language(m_language->currentData().toInt());
    m_view->setPlainText(RequestSnippet::render(m_request, language));
    m_copy->setEnabled(true);
}

QString SnippetsPane::text() const
{
    return m_hasRequest ? m_view->toPlainText() : QString();
}
