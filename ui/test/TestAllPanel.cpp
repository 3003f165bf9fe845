#include "TestAllPanel.h"

#include "TestAllModel.h"
#include "TestAllRun.h"
#include "TestController.h"
#include "domain/OperationView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TestAllPanel::TestAllPanel(TestController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_model(new TestAllModel(this)),
      m_summary(new QLabel(tr("Test all calls every operation with values from x-ms-test-value, defaults, "
                              "examples or generated from the schema."),
                           this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setObjectName(QStringLiteral("testAllSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("testAllProgress"));
    m_progress->setAccessibleName(tr("Test all progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(QStringLiteral("testAllCancel"));
    m_cancel->setEnabled(false);
    m_table->setObjectName(QStringLiteral("testAllResults"));
    m_table->setAccessibleName(tr("Test all results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(TestAllModel::OperationColumn,
                                                      QHeaderView::ResizeToContents);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    TestAllRun *run = controller->all();
    connect(run, &TestAllRun::operationStarted, this, [this](int index) {
        m_model->setRunning(index);
        m_table->scrollTo(m_model->index(index, 0));
    });
    connect(run, &TestAllRun::operationFinished, this, [this](int index, const OperationTest &test) {
        m_model->setResult(index, test);
        m_progress->setValue(m_model->finishedCount());
    });
    connect(run, &TestAllRun::finished, this, &TestAllPanel::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &TestAllPanel::cancel);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit operationActivated(m_model->index(index.row(), TestAllModel::OperationColumn).data().toString());
    });
}

void TestAllPanel::start(const QList<OperationKey> &operations)
{
    QStringList ids;
    for (const OperationKey &key : operations)
        ids.append(OperationView(m_controller->document(), key).operationId());
    m_model->reset(ids);
    m_progress->setRange(0, int(operations.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Testing %n operation(s)…", nullptr, int(operations.size())));
    m_cancel->setEnabled(true);
    emit runningChanged(true);
    m_controller->runAll(operations);
}

void TestAllPanel::cancel()
{
    m_controller->all()->cancel();
}

QString TestAllPanel::summary() const
{
    return m_summary->text();
}

void TestAllPanel::onFinished(bool cancelled)
{
    m_cancel->setEnabled(false);
    const int done = m_model->finishedCount();
    const QString counts = tr("%1 of %2 passed, %3 failed")
                               .arg(m_model->passedCount())
                               .arg(done)
                               .arg(done - m_model->passedCount());
    m_summary->setText(cancelled ? tr("Cancelled after %1 operation(s): %2").arg(done).arg(counts) : counts);
    emit runningChanged(false);
}
