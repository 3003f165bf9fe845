#include "RequestSampleDialog.h"

#include "FieldMessage.h"
#include "Theme.h"
#include "domain/OperationKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RequestSampleDialog::RequestSampleDialog(QWidget *parent)
    : QDialog(parent),
      m_method(new QComboBox),
      m_url(new QLineEdit),
      m_headers(new QPlainTextEdit),
      m_body(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("requestSampleDialog"));
    setWindowTitle(tr("Import Request from Sample"));
    setStyleSheet(Theme::formStyleSheet(palette()));
    resize(640, 560);
    for (const QString &method : OperationKey::httpMethods())
        m_method->addItem(method.toUpper(), method);
    m_method->setObjectName(QStringLiteral("sampleMethodCombo"));
    m_url->setObjectName(QStringLiteral("sampleUrlEdit"));
    m_url->setPlaceholderText(tr("https://api.contoso.com/v1/items/{itemId}?top=10"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers->setObjectName(QStringLiteral("sampleHeadersEdit"));
    m_headers->setPlaceholderText(tr("X-Tenant: contoso\n(one \"Name: value\" per line)"));
    m_headers->setFont(mono);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 14);
    m_body->setObjectName(QStringLiteral("sampleBodyEdit"));
    m_body->setPlaceholderText(tr("{\n  \"name\": \"Ada\",\n  \"hired\": \"2024-01-31\"\n}"));
    m_body->setFont(mono);
    m_body->setTabChangesFocus(true);
    m_error = new FieldMessage(m_body);
    m_error->setObjectName(QStringLiteral("sampleError"));

    auto *route = new QHBoxLayout;
    route->addWidget(m_method);
    route->addWidget(m_url, 1);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Request"), route);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("JSON body"), m_body);

    auto *hint = new QLabel(tr("Query and header values set the parameter types; the body's schema is "
                               "inferred. Existing parameters are kept."));
    hint->setProperty("caption", true);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("sampleImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestSampleDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RequestSampleDialog::setSample(const RequestSample &sample)
{
    m_method->setCurrentIndex(qMax(0, m_method->findData(sample.method.toLower())));
    m_url->setText(sample.url);
    m_headers->setPlainText(sample.headers);
    m_body->setPlainText(sample.body);
}

RequestSample RequestSampleDialog::sample() const
{
    RequestSample sample;
    sample.method = m_method->currentData().toString();
    sample.url = m_url->text().trimmed();
    sample.headers = m_headers->toPlainText();
    sample.body = m_body->toPlainText();
    return sample;
}

void RequestSampleDialog::setError(const QString &error)
{
    m_error->setProblem(error);
}

QString RequestSampleDialog::error() const
{
    return m_error->problem();
}
