#include "RawJsonPage.h"

#include "CodeView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

using Part = ConnectorDocument::Part;

RawJsonPage::RawJsonPage(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_files(new QComboBox(this)),
      m_info(new QLabel(this)),
      m_view(new CodeView(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("rawJsonPage"));
    m_files->setObjectName(QStringLiteral("rawFileCombo"));
    m_view->setObjectName(QStringLiteral("rawJsonView"));
    m_info->setObjectName(QStringLiteral("rawInfo"));
    m_info->setProperty("caption", true);
    QPalette infoPalette = m_info->palette();
    infoPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_info->setPalette(infoPalette);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 8);
    bar->setSpacing(10);
    bar->addWidget(m_files);
    bar->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RawJsonPage::refreshNow);
    connect(m_files, &QComboBox::activated, this,
            [this](int index) { showPart(m_files->itemData(index).value<Part>()); });
    connect(m_document, &ConnectorDocument::changed, this, [this](Part part) {
        if (part == m_part)
            scheduleRefresh();
    });
    connect(m_document, &ConnectorDocument::reset, this, [this] {
        rebuildFileList();
        m_view->markLine(0);
        m_part = Part::Definition;
        m_files->setCurrentIndex(0);
        scheduleRefresh();
    });
    rebuildFileList();
}

void RawJsonPage::rebuildFileList()
{
    m_files->clear();
    m_files->addItem(ConnectorDocument::DefinitionFileName, QVariant::fromValue(Part::Definition));
    m_files->addItem(ConnectorDocument::PropertiesFileName, QVariant::fromValue(Part::Properties));
    if (m_document->hasSettings())
        m_files->addItem(ConnectorDocument::SettingsFileName, QVariant::fromValue(Part::Settings));
}

void RawJsonPage::showPart(Part part, int markedLine)
{
    m_part = part;
    const int index = m_files->findData(QVariant::fromValue(part));
    if (index >= 0)
        m_files->setCurrentIndex(index);
    refreshNow();
    m_view->markLine(markedLine);
}

void RawJsonPage::showLine(Part part, int line)
{
    showPart(part, line);
    m_view->setFocus(Qt::OtherFocusReason);
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

void RawJsonPage::refreshNow()
{
    m_timer->stop();
    m_stale = false;
    const QString text = textOf(m_part);
    if (m_view->toPlainText() != text)
        m_view->setTextKeepingPosition(text);
    const json::JsonFile &file = m_document->file(m_part);
    const QString state
        = file.isValid() ? tr("read-only view, as it will be saved") : tr("cannot be parsed: shown as read");
    m_info->setText(tr("%1 lines · %2").arg(QLocale().toString(m_view->blockCount()), state));
}

QString RawJsonPage::textOf(Part part) const
{
    if (part == Part::Settings && !m_document->hasSettings())
        return {};
    const json::JsonFile &file = m_document->file(part);
    if (!file.isValid())
        return file.text();
    const QByteArray bytes = file.toBytes();
    QString text = file.encoding() == json::JsonFile::Encoding::Latin1 ? QString::fromLatin1(bytes)
                                                                       : QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // the BOM is kept on disk; it is invisible noise here
    return text;
}

void RawJsonPage::setEditorFont(const QFont &font)
{
    m_view->setFont(font);
    m_view->setTabStopDistance(m_view->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
}
