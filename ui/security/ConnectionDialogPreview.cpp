#include "ConnectionDialogPreview.h"

#include "Theme.h"
#include "domain/IdentityProviders.h"
#include "domain/SecurityView.h"
#include "json/JsonValue.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialogPreview::ConnectionDialogPreview(ConnectorDocument *document, QWidget *parent)
    : QFrame(parent), m_document(document)
{
    setObjectName(QStringLiteral("connectionDialogPreview"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Preview of the connection dialog"));
    m_fields = new QVBoxLayout(this);
    m_fields->setContentsMargins(18, 16, 18, 16);
    m_fields->setSpacing(6);
    updateFrameStyle();
    connect(m_document, &ConnectorDocument::changed, this, &ConnectionDialogPreview::onDocumentChanged);
    connect(m_document, &ConnectorDocument::reset, this, &ConnectionDialogPreview::rebuild);
    rebuild();
}

void ConnectionDialogPreview::onDocumentChanged(ConnectorDocument::Part part,
                                                const json::JsonPointer &pointer)
{
    const bool title = part == ConnectorDocument::Part::Definition && !pointer.isRoot()
        && pointer.tokens().first() == QLatin1String("info");
    if (title || SecurityView::isAffectedBy(part, pointer))
        rebuild();
}

void ConnectionDialogPreview::clear()
{
    m_setPicker = nullptr;
    while (QLayoutItem *item = m_fields->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // the picker may be emitting the signal that got us here
        }
        delete item;
    }
}

void ConnectionDialogPreview::rebuild()
{
    clear();
    const SecurityView view(m_document);
    const json::JsonValue *titleNode = m_document->value(
        ConnectorDocument::Part::Definition, json::JsonPointer::fromString(QStringLiteral("/info/title")));
    const QString name = titleNode && titleNode->isString() && !titleNode->toString().isEmpty()
        ? titleNode->toString()
        : tr("this connector");
    auto *heading = new QLabel(tr("Connect to %1").arg(name));
    heading->setObjectName(QStringLiteral("previewHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    m_fields->addWidget(heading);
    m_fields->addSpacing(6);

    int set = -1;
    if (view.kind() == AuthKind::Multiple) {
        const QList<AuthSet> sets = view.sets();
        m_currentSet = qBound(0, m_currentSet, int(sets.size()) - 1);
        const QString pickerLabel
            = view.setsDisplayName().isEmpty() ? tr("Authentication type") : view.setsDisplayName();
        auto *label = new QLabel(pickerLabel);
        m_fields->addWidget(label);
        m_setPicker = new QComboBox;
        m_setPicker->setObjectName(QStringLiteral("previewSetPicker"));
        m_setPicker->setAccessibleName(pickerLabel);
        m_setPicker->setToolTip(view.setsDescription());
        for (const AuthSet &entry : sets)
            m_setPicker->addItem(entry.displayName.isEmpty() ? entry.name : entry.displayName);
        m_setPicker->setCurrentIndex(m_currentSet);
        connect(m_setPicker, &QComboBox::activated, this, [this](int index) {
            m_currentSet = index;
            rebuild();
        });
        label->setBuddy(m_setPicker);
        m_fields->addWidget(m_setPicker);
        m_fields->addSpacing(8);
        set = m_currentSet;
    }
    addParameters(m_fields, set);
    m_fields->addStretch(1);
    auto *create = new QPushButton(tr("Create"));
    create->setObjectName(QStringLiteral("previewCreate"));
    create->setEnabled(false);
    m_fields->addWidget(create, 0, Qt::AlignRight);
}

void ConnectionDialogPreview::addParameters(QVBoxLayout *layout, int set)
{
    const QList<ConnectionParameterInfo> params = SecurityView(m_document).connectionParameters(set);
    bool any = false;
    for (const ConnectionParameterInfo &param : params) {
        if (param.hidden)
            continue;
        any = true;
        if (param.type == QLatin1String("oauthSetting")) {
            const QString provider = IdentityProviders::find(param.identityProvider).displayName;
            auto *signIn = new QPushButton(tr("Sign in with %1").arg(provider));
            signIn->setObjectName(QStringLiteral("previewSignIn"));
            signIn->setToolTip(param.tooltip);
            signIn->setAccessibleName(signIn->text());
            layout->addWidget(signIn);
            continue;
        }
        QString labelText = param.displayName.isEmpty() ? param.name : param.displayName;
        if (param.required)
            labelText += QStringLiteral(" *");
        auto *label = new QLabel(labelText);
        label->setObjectName(QStringLiteral("previewLabel_") + param.name);
        label->setToolTip(param.tooltip);
        layout->addWidget(label);
        QWidget *input = nullptr;
        if (!param.allowedValues.isEmpty()) {
            auto *combo = new QComboBox;
            combo->addItems(param.allowedValues);
            input = combo;
        } else {
            auto *edit = new QLineEdit;
            edit->setPlaceholderText(param.description);
            edit->setReadOnly(true);
            if (param.type == QLatin1String("securestring") && !param.clearText)
                edit->setEchoMode(QLineEdit::Password);
            input = edit;
        }
        input->setObjectName(QStringLiteral("previewField_") + param.name);
        input->setToolTip(param.tooltip);
        input->setAccessibleName(labelText);
        label->setBuddy(input);
        layout->addWidget(input);
        if (!param.description.isEmpty() && !qobject_cast<QLineEdit *>(input)) {
            auto *caption = new QLabel(param.description);
            caption->setProperty("caption", true);
            caption->setWordWrap(true);
            layout->addWidget(caption);
        }
        layout->addSpacing(4);
    }
    if (!any) {
        auto *none = new QLabel(tr("No sign-in needed: the connection is created without asking anything."));
        none->setObjectName(QStringLiteral("previewNoAuth"));
        none->setProperty("caption", true);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
}

void ConnectionDialogPreview::showSet(int set)
{
    m_currentSet = set;
    rebuild();
}

void ConnectionDialogPreview::updateFrameStyle()
{
    // A dialog-like card that stands out from the section in light and dark palettes alike.
    const QString sheet
        = QStringLiteral("QFrame#connectionDialogPreview { border: 1px solid %1; border-radius: 6px; "
                         "background: %2; }")
              .arg(palette().color(QPalette::Mid).name(), palette().color(QPalette::Base).name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ConnectionDialogPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateFrameStyle();
    QFrame::changeEvent(event);
}
