#pragma once

#include "runner/Credentials.h"
#include "runner/TestHistoryEntry.h"

#include <QWidget>

#include <memory>

class CodeView;
class QListWidget;
class QPushButton;
class TestHistory;

// The exchanges tested against this connector, newest first, kept across restarts (masked:
// TestHistory). Replay sends an entry's request again with the current connection's
// credentials; Compare shows the line diff of two selected entries.
class HistoryPane : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPane(QWidget *parent = nullptr);
    ~HistoryPane() override;

    // The connector's folder; empty (an untitled connector) keeps no history.
    void setConnector(const QString &folder);
    void add(const TestHistoryEntry &entry, const Credentials &secrets);
    TestHistory *history() const { return m_history.get(); }
    QListWidget *list() const { return m_list; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *compareButton() const { return m_compare; }
    QString detailText() const;

signals:
    void replayRequested(const TestHistoryEntry &entry);

private:
    void refresh();
    void updateDetail();
    QList<TestHistoryEntry> selected() const;

    std::unique_ptr<TestHistory> m_history;
    QListWidget *m_list;
    QPushButton *m_replay;
    QPushButton *m_compare;
    CodeView *m_detail;
};
