#include "HistoryPane.h"

#include "CodeView.h"
#include "runner/TestHistory.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

HistoryPane::HistoryPane(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_replay(new QPushButton(tr("&Replay"), this)),
      m_compare(new QPushButton(tr("C&ompare"), this)),
      m_detail(new CodeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History of exchanges"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_replay->setObjectName(QStringLiteral("historyReplay"));
    m_replay->setToolTip(tr("Send the selected request again with the current connection"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compare->setToolTip(tr("Compare the two selected exchanges"));
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setAccessibleName(tr("Exchange details"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replay);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 2);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &HistoryPane::updateDetail);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        const QList<TestHistoryEntry> entries = selected();
        if (entries.size() == 1)
            emit replayRequested(entries.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<TestHistoryEntry> entries = selected();
        if (entries.size() == 2)
            m_detail->setPlainText(TestHistory::compare(entries.at(1), entries.at(0)));
    });
    updateDetail();
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setConnector(const QString &folder)
{
    m_history.reset();
    if (!folder.isEmpty()) {
        m_history = std::make_unique<TestHistory>(folder);
        m_history->load();
    }
    refresh();
}

void HistoryPane::add(const TestHistoryEntry &entry, const Credentials &secrets)
{
    if (!m_history)
        return;
    m_history->add(entry, secrets);
    refresh();
    m_list->setCurrentRow(0);
}

void HistoryPane::refresh()
{
    m_list->clear();
    if (!m_history)
        return;
    const QList<TestHistoryEntry> entries = m_history->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3")
                                             .arg(it->when.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                                  it->operationId, it->verdict()),
                                         m_list);
        item->setData(Qt::UserRole, it->id);
        item->setToolTip(it->when.toLocalTime().toString(Qt::ISODate));
    }
    updateDetail();
}

QList<TestHistoryEntry> HistoryPane::selected() const
{
    QList<TestHistoryEntry> entries;
    if (!m_history)
        return entries;
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        if (const TestHistoryEntry *entry = m_history->find(item->data(Qt::UserRole).toString()))
            entries.append(*entry);
    }
    return entries;
}

void HistoryPane::updateDetail()
{
    const QList<TestHistoryEntry> entries = selected();
    m_replay->setEnabled(entries.size() == 1);
    m_compare->setEnabled(entries.size() == 2);
    if (entries.size() == 1)
        m_detail->setPlainText(TestHistory::describe(entries.first()).join(QStringLiteral("\n\n")));
    else if (entries.isEmpty())
        m_detail->setPlainText(m_history ? tr("Every exchange is kept here, credentials masked.")
                                         : tr("Save the connector to keep a history of its exchanges."));
}

QString HistoryPane::detailText() const
{
    return m_detail->toPlainText();
}
