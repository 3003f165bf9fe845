#pragma once

#include "domain/OperationKey.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class TestAllModel;
class TestController;

// "Test all" in the Test tab's lower pane: runs every operation with generated values through
// the controller, with a progress bar, Cancel and the results table.
class TestAllPanel : public QWidget
{
    Q_OBJECT

public:
    TestAllPanel(TestController *controller, QWidget *parent = nullptr);

    void start(const QList<OperationKey> &operations);
    void cancel();

    TestAllModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString summary() const;

signals:
    void runningChanged(bool running);
    void operationActivated(const QString &operationId);

private:
    void onFinished(bool cancelled);

    TestController *m_controller;
    TestAllModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
};
