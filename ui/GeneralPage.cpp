#include "GeneralPage.h"

#include "AppIcons.h"
#include "ColorField.h"
#include "DialogProvider.h"
#include "FieldMessage.h"
#include "FormSection.h"
#include "FormStyleSheet.h"
#include "IconFile.h"
#include "IconPreview.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "views/FindingFields.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using Field = GeneralView::Field;

namespace {

constexpr int ContentMaxWidth = 1080; // readable lines on wide windows
constexpr int IconColumnWidth = 300;
constexpr int WideLayoutMinWidth = 900; // below this the sections stack in one column
constexpr int IconPreviewSize = 112;

QVBoxLayout *fieldWithMessage(QWidget *field, QWidget *message)
{
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(message);
    return layout;
}

} // namespace

GeneralPage::GeneralPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent), m_document(document), m_dialogs(dialogs), m_view(document)
{
    setObjectName(QStringLiteral("generalPage"));
    FormStyleSheet::install(this);

    m_connectorSection = buildConnectorSection();
    m_iconSection = buildIconSection();
    m_endpointSection = buildEndpointSection();

    m_content = new QWidget;
    m_content->setMaximumWidth(ContentMaxWidth);
    m_columns = new QGridLayout(m_content);
    m_columns->setContentsMargins(0, 20, 0, 28);
    m_columns->setHorizontalSpacing(16);
    m_columns->setVerticalSpacing(16);
    arrangeColumns(true);

    // Centre the content; the scroll area keeps small windows usable.
    auto *canvas = new QWidget;
    auto *centering = new QHBoxLayout(canvas);
    centering->setContentsMargins(24, 0, 24, 0);
    centering->addStretch(1);
    centering->addWidget(m_content, 100);
    centering->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(canvas);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    auto *undoFilter = new UndoShortcutFilter(this);
    const QList<QWidget *> inputs {m_title, m_description, m_color->lineEdit(), m_host, m_basePath};
    for (QWidget *input : inputs)
        undoFilter->watch(input);

    setUpKeyboardAndAccessibility();
    connect(m_document, &ConnectorDocument::changed, this, &GeneralPage::onDocumentChanged);
    connect(m_document, &ConnectorDocument::reset, this, &GeneralPage::refreshAll);
    connect(m_document, &ConnectorDocument::iconChanged, this, &GeneralPage::refreshIcon);
    refreshAll();
}

void GeneralPage::setUpKeyboardAndAccessibility()
{
    // Names for screen readers: the form's labels sit beside layouts, not as buddies.
    m_title->setAccessibleName(tr("Title"));
    m_description->setAccessibleName(tr("Description"));
    m_https->setAccessibleName(tr("Scheme HTTPS"));
    m_http->setAccessibleName(tr("Scheme HTTP"));
    m_host->setAccessibleName(tr("Host"));
    m_basePath->setAccessibleName(tr("Base path"));
    m_color->swatchButton()->setAccessibleName(tr("Choose the icon background colour"));
    m_color->lineEdit()->setAccessibleName(tr("Icon background colour, hexadecimal"));
    // Reading order: the text column top to bottom, then the icon card beside it.
    const QList<QWidget *> order {m_title,
                                  m_description,
                                  m_https,
                                  m_http,
                                  m_host,
                                  m_basePath,
                                  m_loadIcon,
                                  m_removeIcon,
                                  m_color->swatchButton(),
                                  m_color->lineEdit()};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void GeneralPage::arrangeColumns(bool wide)
{
    m_wide = wide;
    for (QWidget *section : {m_connectorSection, m_iconSection, m_endpointSection})
        m_columns->removeWidget(section);
    if (wide) {
        // Text on the left, the icon beside it like the card it will become.
        m_columns->addWidget(m_connectorSection, 0, 0);
        m_columns->addWidget(m_endpointSection, 1, 0);
        m_columns->addWidget(m_iconSection, 0, 1, 2, 1, Qt::AlignTop);
        m_iconSection->setFixedWidth(IconColumnWidth);
    } else {
        m_columns->addWidget(m_connectorSection, 0, 0);
        m_columns->addWidget(m_iconSection, 1, 0);
        m_columns->addWidget(m_endpointSection, 2, 0);
        m_iconSection->setMinimumWidth(0);
        m_iconSection->setMaximumWidth(QWIDGETSIZE_MAX);
    }
    // The row after the last section takes the spare height, keeping the cards at the top.
    for (int row = 0; row < 4; ++row)
        m_columns->setRowStretch(row, row == (wide ? 2 : 3) ? 1 : 0);
    m_columns->setColumnStretch(0, 1);
}

void GeneralPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = width() >= WideLayoutMinWidth;
    if (wide != m_wide)
        arrangeColumns(wide);
}

QLabel *GeneralPage::makeCaption(const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("caption", true);
    label->setWordWrap(true);
    return label;
}

QLineEdit *GeneralPage::makeLineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(false);
    return edit;
}

QWidget *GeneralPage::buildConnectorSection()
{
    auto *section = new FormSection(tr("Connector"),
                                    tr("The name and description people see when they add "
                                       "the connector to a flow or an app."));
    m_title = makeLineEdit(QStringLiteral("titleEdit"), tr("e.g. Contoso HR"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { edit(Field::Title, text); });
    m_titleMessage = new FieldMessage(m_title);
    m_titleMessage->setObjectName(QStringLiteral("titleMessage"));
    section->addRow(tr("Title"), fieldWithMessage(m_title, m_titleMessage));

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What the connector does, in a sentence or two."));
    m_description->setTabChangesFocus(true);
    m_description->setUndoRedoEnabled(false); // the document's stack owns undo
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 16);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit(Field::Description, m_description->toPlainText());
        updateDescriptionCounter();
    });
    m_descriptionCounter = makeCaption({});
    m_descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
    m_descriptionCounter->setWordWrap(false);
    m_descriptionCounter->setTextFormat(Qt::PlainText);
    auto *description = new QVBoxLayout;
    description->setSpacing(4);
    description->addWidget(m_description);
    description->addWidget(m_descriptionCounter);
    m_descriptionMessage = new FieldMessage(m_description);
    m_descriptionMessage->setObjectName(QStringLiteral("descriptionMessage"));
    description->addWidget(m_descriptionMessage);
    section->addRow(tr("Description"), description);
    return section;
}

QWidget *GeneralPage::buildIconSection()
{
    auto *section
        = new FormSection(tr("Icon"), tr("Shown on the connector's card, on its background colour."));
    m_iconPreview = new IconPreview(IconPreviewSize);
    m_iconPreview->setObjectName(QStringLiteral("iconPreview"));
    m_iconInfo = makeCaption({});
    m_iconInfo->setObjectName(QStringLiteral("iconInfo"));
    m_iconInfo->setAlignment(Qt::AlignCenter);

    auto *load = m_loadIcon = new QPushButton(AppIcons::icon(QStringLiteral("image"), QStyle::SP_DirOpenIcon),
                                              tr("Load PNG/JPG..."));
    load->setObjectName(QStringLiteral("loadIconButton"));
    connect(load, &QPushButton::clicked, this, &GeneralPage::loadIcon);
    m_removeIcon = new QPushButton(AppIcons::icon(QStringLiteral("close"), QStyle::SP_DialogDiscardButton),
                                   tr("Remove"));
    m_removeIcon->setObjectName(QStringLiteral("removeIconButton"));
    connect(m_removeIcon, &QPushButton::clicked, this, [this] { m_document->setIcon({}); });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch();
    buttons->addWidget(load);
    buttons->addWidget(m_removeIcon);
    buttons->addStretch();

    m_color = new ColorField(m_dialogs);
    connect(m_color, &ColorField::colorEdited, this,
            [this](const QString &color) { edit(Field::IconBrandColor, color); });
    auto *colorLabel = new QLabel(tr("Background colour"));

    QVBoxLayout *body = section->body();
    body->addWidget(m_iconPreview, 0, Qt::AlignHCenter);
    body->addSpacing(6);
    body->addWidget(m_iconInfo);
    body->addSpacing(8);
    body->addLayout(buttons);
    body->addSpacing(18);
    body->addWidget(colorLabel);
    body->addSpacing(2);
    body->addWidget(m_color);
    body->addSpacing(14);
    body->addWidget(makeCaption(tr("Use a square PNG of 100–230 px under 1 MB on a "
                                   "non-white colour. JPG files are converted to PNG.")));
    return section;
}

QWidget *GeneralPage::buildEndpointSection()
{
    auto *section = new FormSection(tr("Endpoint"), tr("Where the connector sends its requests."));
    // A segmented control: two joined toggle buttons, readable in light and dark palettes.
    m_https = new QPushButton(QStringLiteral("HTTPS"));
    m_https->setObjectName(QStringLiteral("schemeHttps"));
    m_https->setProperty("segment", QStringLiteral("left"));
    m_http = new QPushButton(QStringLiteral("HTTP"));
    m_http->setObjectName(QStringLiteral("schemeHttp"));
    m_http->setProperty("segment", QStringLiteral("right"));
    for (QPushButton *button : {m_https, m_http}) {
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
    }
    m_schemes = new QButtonGroup(this);
    m_schemes->addButton(m_https);
    m_schemes->addButton(m_http);
    connect(m_schemes, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        if (!m_refreshing)
            m_view.setScheme(button == m_http ? QStringLiteral("http") : QStringLiteral("https"));
    });
    auto *schemes = new QHBoxLayout;
    schemes->setSpacing(0);
    schemes->setContentsMargins(0, 0, 0, 0);
    schemes->addWidget(m_https);
    schemes->addWidget(m_http);
    schemes->addStretch();
    // Only the validator finds scheme problems (a value neither button stands for).
    m_schemeMessage = new FieldMessage(m_https);
    m_schemeMessage->setObjectName(QStringLiteral("schemeMessage"));
    auto *schemeColumn = new QVBoxLayout;
    schemeColumn->setContentsMargins(0, 0, 0, 0);
    schemeColumn->setSpacing(4);
    schemeColumn->addLayout(schemes);
    schemeColumn->addWidget(m_schemeMessage);
    section->addRow(tr("Scheme"), schemeColumn);

    m_host = makeLineEdit(QStringLiteral("hostEdit"), tr("e.g. api.contoso.com"));
    m_hostMessage = new FieldMessage(m_host);
    m_hostMessage->setObjectName(QStringLiteral("hostMessage"));
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &text) { edit(Field::Host, text); });
    section->addRow(tr("Host"), fieldWithMessage(m_host, m_hostMessage));

    m_basePath = makeLineEdit(QStringLiteral("basePathEdit"), tr("e.g. /v1"));
    m_basePathMessage = new FieldMessage(m_basePath);
    m_basePathMessage->setObjectName(QStringLiteral("basePathMessage"));
    connect(m_basePath, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(Field::BasePath, text); });
    section->addRow(tr("Base URL"), fieldWithMessage(m_basePath, m_basePathMessage));

    m_urlPreview = makeCaption({});
    m_urlPreview->setObjectName(QStringLiteral("urlPreview"));
    m_urlPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlPreview->setContentsMargins(0, 5, 0, 0);
    section->addRow(tr("Requests go to"), m_urlPreview);
    return section;
}

void GeneralPage::edit(Field field, const QString &text)
{
    QString error;
    // Fails only for a read-only document, where the inputs are disabled anyway.
    if (!m_view.setText(field, text, &error))
        qWarning("GeneralPage: %s", qPrintable(error));
}

void GeneralPage::onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer)
{
    const QList<Field> fields = GeneralView::fieldsAffectedBy(part, pointer);
    for (Field field : fields) {
        m_findings.remove(int(field)); // stale until the next validation run
        refreshField(field);
    }
    if (!fields.isEmpty())
        refreshValidation();
}

void GeneralPage::refreshAll()
{
    for (Field field : {Field::Title, Field::Description, Field::IconBrandColor, Field::Scheme, Field::Host,
                        Field::BasePath})
        refreshField(field);
    refreshIcon();
    m_findings.clear();
    refreshValidation();
    m_content->setEnabled(!m_document->isReadOnly());
}

void GeneralPage::refreshField(Field field)
{
    switch (field) {
    case Field::Title:
        refreshLineEdit(m_title, m_view.title());
        m_iconPreview->setFallbackText(m_view.title());
        break;
    case Field::Description:
        refreshDescription();
        break;
    case Field::IconBrandColor:
        m_color->setColor(m_view.iconBrandColor());
        m_iconPreview->setBackground(QColor(m_view.iconBrandColor()));
        break;
    case Field::Scheme:
        refreshScheme();
        break;
    case Field::Host:
        refreshLineEdit(m_host, m_view.host());
        break;
    case Field::BasePath:
        refreshLineEdit(m_basePath, m_view.basePath());
        break;
    }
}

void GeneralPage::refreshLineEdit(QLineEdit *edit, const QString &value)
{
    // Only touch a field whose text differs: rewriting it would move the cursor.
    if (edit->text() != value)
        edit->setText(value);
}

void GeneralPage::refreshDescription()
{
    const QString value = m_view.description();
    if (m_description->toPlainText() == value)
        return;
    QTextCursor cursor = m_description->textCursor();
    const int position = cursor.position();
    m_refreshing = true;
    m_description->setPlainText(value);
    m_refreshing = false;
    cursor = m_description->textCursor();
    cursor.setPosition(qMin(position, int(value.size())));
    m_description->setTextCursor(cursor);
    updateDescriptionCounter();
}

void GeneralPage::refreshScheme()
{
    const QString scheme = m_view.scheme();
    m_refreshing = true;
    // No scheme listed means HTTPS to the platform as well.
    m_http->setChecked(scheme == QLatin1String("http"));
    m_https->setChecked(scheme != QLatin1String("http"));
    m_refreshing = false;
}

void GeneralPage::refreshIcon()
{
    const QByteArray icon = m_document->icon();
    m_iconPreview->setIconData(icon);
    m_iconInfo->setText(IconFile::describe(icon));
    m_removeIcon->setEnabled(!icon.isEmpty());
}

void GeneralPage::setFindings(const QList<ValidationFinding> &findings)
{
    m_findings.clear();
    for (const ValidationFinding &finding : findings) {
        const auto field = FindingFields::generalField(finding);
        // The description's counter already shows its length; the colour field checks itself.
        if (!field || *field == Field::IconBrandColor
            || finding.ruleId == QLatin1String("description-length"))
            continue;
        QStringList &messages = m_findings[int(*field)];
        if (!messages.contains(finding.message))
            messages.append(finding.message);
    }
    refreshValidation();
}

QString GeneralPage::findingsText(Field field) const
{
    return m_findings.value(int(field)).join(QLatin1Char('\n'));
}

void GeneralPage::refreshValidation()
{
    // The page's own checks first: they follow every keystroke, the validator lags behind.
    const QString hostProblem = GeneralView::hostProblem(m_host->text());
    m_hostMessage->setProblem(hostProblem.isEmpty() ? findingsText(Field::Host) : hostProblem);
    const QString basePathProblem = GeneralView::basePathProblem(m_basePath->text());
    m_basePathMessage->setProblem(basePathProblem.isEmpty() ? findingsText(Field::BasePath)
                                                            : basePathProblem);
    m_titleMessage->setProblem(findingsText(Field::Title));
    m_descriptionMessage->setProblem(findingsText(Field::Description));
    m_schemeMessage->setProblem(findingsText(Field::Scheme));
    updateDescriptionCounter();
    updateUrlPreview();
}

void GeneralPage::updateDescriptionCounter()
{
    const int length = int(m_description->toPlainText().size());
    const bool certifiable = GeneralView::isDescriptionLengthCertifiable(length);
    QString text = tr("%1 / %2 characters").arg(length).arg(GeneralView::DescriptionMaxLength);
    if (length < GeneralView::DescriptionMinLength)
        text += tr(" · certification needs at least %1").arg(GeneralView::DescriptionMinLength);
    else if (!certifiable)
        text += tr(" · certification allows at most %1").arg(GeneralView::DescriptionMaxLength);
    m_descriptionCounter->setText(text);
    const QColor color = certifiable ? Theme::mutedText(palette()) : Theme::warningColor(palette());
    const QString sheet = QStringLiteral("color: %1;").arg(color.name());
    if (m_descriptionCounter->styleSheet() != sheet)
        m_descriptionCounter->setStyleSheet(sheet);
    m_descriptionCounter->setProperty("outOfRange", !certifiable);
}

void GeneralPage::updateUrlPreview()
{
    const QString url = m_view.baseUrl();
    m_urlPreview->setText(url.isEmpty() ? tr("Enter a host to see the address.") : url);
}

QWidget *GeneralPage::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Title:
        return m_title;
    case Field::Description:
        return m_description;
    case Field::IconBrandColor:
        return m_color->lineEdit();
    case Field::Scheme:
        return m_http->isChecked() ? m_http : m_https;
    case Field::Host:
        return m_host;
    case Field::BasePath:
        return m_basePath;
    }
    return nullptr;
}

void GeneralPage::focusField(Field field)
{
    QWidget *widget = fieldWidget(field);
    m_scroll->ensureWidgetVisible(widget, 24, 48);
    widget->setFocus(Qt::OtherFocusReason);
}

void GeneralPage::loadIcon()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path
        = m_dialogs->chooseOpenFile(window(), tr("Load Icon"), start, tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        loadIconFrom(path);
}

bool GeneralPage::loadIconFrom(const QString &path)
{
    QString error;
    const QByteArray png = IconFile::readAsPng(path, &error);
    if (png.isEmpty()) {
        m_dialogs->showError(window(), tr("Load Icon"), error);
        return false;
    }
    m_document->setIcon(png);
    return true;
}

void GeneralPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Light <-> dark: the counter's colour follows (the page's sheet is FormStyleSheet's).
        updateDescriptionCounter();
    }
    QWidget::changeEvent(event);
}
