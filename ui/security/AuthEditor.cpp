#include "AuthEditor.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "document/ConnectorDocument.h"
#include "domain/IdentityProviders.h"
#include "domain/SecurityFieldValues.h"
#include "domain/SecurityView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Field = SecurityEdits::Field;

AuthEditor::AuthEditor(ConnectorDocument *document, int set, QWidget *parent)
    : QWidget(parent), m_document(document), m_set(set)
{
    setObjectName(set < 0 ? QStringLiteral("authEditor") : QStringLiteral("authEditor%1").arg(set));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    if (set >= 0)
        buildSetHeader();
    buildFields();
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("authMessage"));
    layout->addWidget(m_message);
    refresh();
}

QLineEdit *AuthEditor::addLine(Field field, const QString &label, const QString &placeholder,
                               const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (!m_refreshing && edit->isModified()) {
            edit->setModified(false);
            commit(field, edit->text());
        }
    });
    auto *caption = new QLabel(label);
    caption->setMinimumWidth(FormSection::LabelWidth);
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    m_widgets.insert(int(field), edit);
    m_order.append(edit);
    return edit;
}

QComboBox *AuthEditor::addChoice(Field field, const QString &label,
                                 const QList<std::pair<QString, QString>> &items, const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(label);
    for (const auto &[value, text] : items)
        combo->addItem(text, value);
    connect(combo, &QComboBox::activated, this, [this, combo, field] {
        if (!m_refreshing)
            commit(field, combo->currentData().toString());
    });
    auto *caption = new QLabel(label);
    caption->setMinimumWidth(FormSection::LabelWidth);
    caption->setBuddy(combo);
    m_form->addRow(caption, combo);
    m_widgets.insert(int(field), combo);
    m_order.append(combo);
    return combo;
}

void AuthEditor::buildSetHeader()
{
    addLine(Field::SetDisplayName, tr("Shown as"), tr("e.g. API key"), QStringLiteral("setDisplayNameEdit"));
    addLine(Field::SetDescription, tr("Description"), tr("A hint in the connection dialog"),
            QStringLiteral("setDescriptionEdit"));
    addLine(Field::SetName, tr("Name"), tr("e.g. apiKey"), QStringLiteral("setNameEdit"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("setKindCombo"));
    m_kind->setAccessibleName(tr("Authentication type of this set"));
    m_kind->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_kind->addItem(tr("Basic authentication"), int(AuthKind::Basic));
    m_kind->addItem(tr("OAuth 2.0"), int(AuthKind::OAuth2));
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (m_refreshing)
            return;
        const EditResult r
            = SecurityEdits::setSetKind(m_document, m_set, AuthKind(m_kind->currentData().toInt()));
        m_message->setProblem(r.ok ? QString() : r.error);
    });
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeSetButton"));
    m_remove->setAccessibleName(tr("Remove this authentication type"));
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_set); });
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_kind, 1);
    row->addWidget(m_remove);
    auto *caption = new QLabel(tr("Type"));
    caption->setMinimumWidth(FormSection::LabelWidth);
    caption->setBuddy(m_kind);
    m_form->addRow(caption, row);
    m_order << m_kind << m_remove;
}

void AuthEditor::buildFields()
{
    addLine(Field::ApiKeyLabel, tr("Parameter label"), tr("e.g. API Key"), QStringLiteral("apiKeyLabelEdit"));
    addLine(Field::ApiKeyName, tr("Parameter name"), tr("e.g. X-API-Key"), QStringLiteral("apiKeyNameEdit"));
    addChoice(Field::ApiKeyLocation, tr("Parameter location"),
              {{QStringLiteral("header"), tr("Header")}, {QStringLiteral("query"), tr("Query")}},
              QStringLiteral("apiKeyLocationCombo"));
    addLine(Field::UserNameLabel, tr("User name label"), tr("e.g. Username"),
            QStringLiteral("userNameLabelEdit"));
    addLine(Field::PasswordLabel, tr("Password label"), tr("e.g. Password"),
            QStringLiteral("passwordLabelEdit"));
    QList<std::pair<QString, QString>> providers;
    for (const auto &provider : IdentityProviders::all())
        providers.append({provider.id, provider.displayName});
    addChoice(Field::IdentityProvider, tr("Identity provider"), providers,
              QStringLiteral("identityProviderCombo"));
    addLine(Field::ClientId, tr("Client ID"), tr("The application's client ID"),
            QStringLiteral("clientIdEdit"));

    // The secret is asked for here because people expect it beside the client ID; it is
    // held by this widget only and never reaches the document.
    m_clientSecret = new QLineEdit;
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setPlaceholderText(tr("Not saved in the connector files"));
    m_clientSecret->setToolTip(tr("The client secret is given to the Power Platform when the connector is "
                                  "created; the connector files never contain it."));
    auto *secretLabel = new QLabel(tr("Client secret"));
    secretLabel->setMinimumWidth(FormSection::LabelWidth);
    secretLabel->setBuddy(m_clientSecret);
    m_form->addRow(secretLabel, m_clientSecret);
    m_order.append(m_clientSecret);

    addLine(Field::AuthorizationUrl, tr("Authorization URL"), QStringLiteral("https://"),
            QStringLiteral("authorizationUrlEdit"));
    addLine(Field::AuthorizationQueryTemplate, tr("Authorization query"),
            tr("?response_type=code&client_id={clientId}..."), QStringLiteral("authorizationQueryEdit"));
    addLine(Field::TokenUrl, tr("Token URL"), QStringLiteral("https://"), QStringLiteral("tokenUrlEdit"));
    addLine(Field::TokenBodyTemplate, tr("Token request body"),
            tr("grant_type=authorization_code&code={code}..."), QStringLiteral("tokenBodyEdit"));
    addLine(Field::RefreshUrl, tr("Refresh URL"), QStringLiteral("https://"),
            QStringLiteral("refreshUrlEdit"));
    addLine(Field::RefreshBodyTemplate, tr("Refresh request body"), tr("grant_type=refresh_token..."),
            QStringLiteral("refreshBodyEdit"));
    addLine(Field::LoginUrl, tr("Login URL"), QStringLiteral("https://login.microsoftonline.com"),
            QStringLiteral("loginUrlEdit"));
    addLine(Field::TenantId, tr("Tenant ID"), QStringLiteral("common"), QStringLiteral("tenantIdEdit"));
    addLine(Field::ResourceUrl, tr("Resource URL"), tr("e.g. https://graph.microsoft.com"),
            QStringLiteral("resourceUrlEdit"));
    m_onBehalfOf = new QCheckBox(tr("Enable on-behalf-of login"));
    m_onBehalfOf->setObjectName(QStringLiteral("onBehalfOfCheck"));
    connect(m_onBehalfOf, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            commit(Field::OnBehalfOfLogin, on ? QStringLiteral("true") : QStringLiteral("false"));
    });
    m_form->addRow(QString(), m_onBehalfOf);
    m_widgets.insert(int(Field::OnBehalfOfLogin), m_onBehalfOf);
    m_order.append(m_onBehalfOf);
    addLine(Field::Scopes, tr("Scopes"), tr("Separated by spaces, e.g. read write"),
            QStringLiteral("scopesEdit"));
    addChoice(Field::RedirectMode, tr("Redirect URL"),
              {{QStringLiteral("Global"), tr("Global (shared by all connectors)")},
               {QStringLiteral("GlobalPerConnector"), tr("Per connector (GlobalPerConnector)")}},
              QStringLiteral("redirectModeCombo"));
}

void AuthEditor::commit(Field field, const QString &value)
{
    const EditResult result = SecurityEdits::setField(m_document, m_set, field, value);
    m_message->setProblem(result.ok ? QString() : result.error);
    if (!result.ok)
        refresh(); // show the document's value again
}

void AuthEditor::setRowVisible(Field field, bool visible)
{
    if (QWidget *widget = m_widgets.value(int(field)))
        m_form->setRowVisible(widget, visible);
}

void AuthEditor::refresh()
{
    const SecurityView view(m_document);
    AuthSettings settings;
    if (m_set < 0)
        settings = view.settings();
    else if (m_set < view.sets().size())
        settings = view.sets().at(m_set).settings;
    const AuthSet entry = m_set >= 0 ? view.sets().value(m_set) : AuthSet();
    m_refreshing = true;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const auto field = Field(it.key());
        const bool setField
            = field == Field::SetName || field == Field::SetDisplayName || field == Field::SetDescription;
        QString value = SecurityFieldValues::value(settings, field);
        if (field == Field::SetName)
            value = entry.name;
        else if (field == Field::SetDisplayName)
            value = entry.displayName;
        else if (field == Field::SetDescription)
            value = entry.description;
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (edit->text() != value)
                edit->setText(value);
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            int index = combo->findData(value);
            if (index < 0 && !value.isEmpty()) { // a value the list does not know: show it as it is
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        }
        setRowVisible(field, setField || SecurityFieldValues::appliesTo(settings, field));
    }
    m_onBehalfOf->setChecked(settings.onBehalfOfLogin);
    m_form->setRowVisible(m_clientSecret, settings.kind == AuthKind::OAuth2);
    if (m_kind)
        m_kind->setCurrentIndex(m_kind->findData(int(settings.kind)));
    m_refreshing = false;
}

QList<QWidget *> AuthEditor::focusChain() const
{
    return m_order;
}
