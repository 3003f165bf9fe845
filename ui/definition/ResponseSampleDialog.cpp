#include "ResponseSampleDialog.h"

#include "FieldMessage.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResponseSampleDialog::ResponseSampleDialog(QWidget *parent)
    : QDialog(parent), m_code(new QLineEdit), m_body(new QPlainTextEdit), m_headers(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("responseSampleDialog"));
    setWindowTitle(tr("Import response from sample"));
    setStyleSheet(Theme::formStyleSheet(palette()));
    resize(640, 560);

    m_code->setObjectName(QStringLiteral("sampleCodeEdit"));
    m_code->setPlaceholderText(tr("200, 201, 404, default ..."));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setObjectName(QStringLiteral("sampleBodyEdit"));
    m_body->setFont(mono);
    m_body->setPlaceholderText(tr("Paste a JSON response body, e.g. {\"id\": 42, \"name\": \"Ada\"}"));
    m_body->setTabChangesFocus(true);
    m_headers->setObjectName(QStringLiteral("sampleHeadersEdit"));
    m_headers->setFont(mono);
    m_headers->setPlaceholderText(tr("Optional, one per line: X-Request-Id: 5f2c"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 16);
    m_problem = new FieldMessage(m_body);
    m_problem->setObjectName(QStringLiteral("sampleProblem"));

    auto *intro
        = new QLabel(tr("The schema is inferred from the body (types, formats such as date-time, nested "
                        "objects and arrays) and replaces the response's schema. Headers the runtime sets "
                        "(Content-Type, Date, ...) are skipped."));
    intro->setWordWrap(true);
    intro->setProperty("caption", true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Status code"), m_code);
    auto *body = new QVBoxLayout;
    body->setSpacing(4);
    body->addWidget(m_body, 1);
    body->addWidget(m_problem);
    form->addRow(tr("Body (JSON)"), body);
    form->addRow(tr("Headers"), m_headers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("sampleImportButton"));
    m_import->setDefault(true);
    // Import does not close the dialog by itself: the owner applies and accepts, or reports.
    connect(m_import, &QPushButton::clicked, this, [this] {
        setProblem({});
        emit importRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
}

void ResponseSampleDialog::setStatusCode(const QString &code)
{
    m_code->setText(code);
}

QString ResponseSampleDialog::statusCode() const
{
    return m_code->text().trimmed();
}

QString ResponseSampleDialog::body() const
{
    return m_body->toPlainText();
}

QString ResponseSampleDialog::headers() const
{
    return m_headers->toPlainText();
}

void ResponseSampleDialog::setProblem(const QString &problem)
{
    m_problem->setProblem(problem);
}

QString ResponseSampleDialog::problem() const
{
    return m_problem->problem();
}
