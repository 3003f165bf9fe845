#include "NewOperationDialog.h"

#include "FieldMessage.h"
#include "Theme.h"
#include "domain/OperationKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewOperationDialog::NewOperationDialog(QWidget *parent)
    : QDialog(parent),
      m_method(new QComboBox),
      m_path(new QLineEdit(QStringLiteral("/"))),
      m_summary(new QLineEdit),
      m_operationId(new QLineEdit)
{
    setObjectName(QStringLiteral("newOperationDialog"));
    setWindowTitle(tr("New Operation"));
    setStyleSheet(Theme::formStyleSheet(palette()));
    setMinimumWidth(460);
    for (const QString &method : OperationKey::httpMethods())
        m_method->addItem(method.toUpper(), method);
    m_method->setObjectName(QStringLiteral("newMethodCombo"));
    m_path->setObjectName(QStringLiteral("newPathEdit"));
    m_path->setPlaceholderText(tr("e.g. /items/{itemId}"));
    m_summary->setObjectName(QStringLiteral("newSummaryEdit"));
    m_summary->setPlaceholderText(tr("e.g. Get an item"));
    m_operationId->setObjectName(QStringLiteral("newOperationIdEdit"));
    m_operationId->setPlaceholderText(tr("Optional: made from the summary"));
    m_pathMessage = new FieldMessage(m_path);
    m_error = new FieldMessage(m_operationId);
    m_error->setObjectName(QStringLiteral("newOperationError"));

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    auto *route = new QHBoxLayout;
    route->addWidget(m_method);
    route->addWidget(m_path, 1);
    auto *routeColumn = new QVBoxLayout;
    routeColumn->setSpacing(4);
    routeColumn->addLayout(route);
    routeColumn->addWidget(m_pathMessage);
    form->addRow(tr("Request"), routeColumn);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Operation ID"), m_operationId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOperationButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOperationDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewOperationDialog::updatePathProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    m_summary->setFocus();
}

QString NewOperationDialog::method() const
{
    return m_method->currentData().toString();
}

QString NewOperationDialog::path() const
{
    return m_path->text().trimmed();
}

QString NewOperationDialog::summary() const
{
    return m_summary->text().trimmed();
}

QString NewOperationDialog::operationId() const
{
    return m_operationId->text().trimmed();
}

void NewOperationDialog::setError(const QString &error)
{
    m_error->setProblem(error);
}

void NewOperationDialog::updatePathProblem()
{
    m_pathMessage->setProblem(OperationKey::pathProblem(path()));
    m_create->setEnabled(m_pathMessage->problem().isEmpty());
}
