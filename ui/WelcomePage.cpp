#include "WelcomePage.h"

#include "import/ConnectorImporter.h"

#include "AppIcons.h"
#include "Theme.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget), m_recentTitle(new QLabel(tr("Recent")))
{
    setObjectName(QStringLiteral("welcomePage"));
    const QString muted = Theme::mutedText(palette()).name();

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/app-icon.svg")).pixmap(56, 56));
    auto *title = new QLabel(tr("Connector Designer"));
    title->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: 600;"));
    auto *subtitle = new QLabel(tr("Design, check and test custom connectors for the "
                                   "Power Platform."));
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(muted));
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(16);
    heading->addWidget(logo, 0, Qt::AlignTop);
    heading->addLayout(titles, 1);

    auto *startTitle = new QLabel(tr("Start"));
    startTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_recentTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setIconSize(QSize(20, 20));
    m_recent->setCursor(Qt::PointingHandCursor);
    m_recent->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"
                                           "QListWidget::item { padding: 6px 4px; }"));
    // Click, or Enter on the keyboard. Styles that activate on a single click emit both:
    // the first one opens the folder and hides this page, so the second is ignored.
    const auto openItem = [this](QListWidgetItem *item) {
        if (isVisible())
            emit recentRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_recent, &QListWidget::itemActivated, this, openItem);
    connect(m_recent, &QListWidget::itemClicked, this, openItem);

    auto *column = new QWidget;
    column->setFixedWidth(600);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addSpacing(28);
    layout->addWidget(startTitle);
    layout->addWidget(makeChoice(QStringLiteral("new"), QStyle::SP_FileIcon, tr("New connector"),
                                 tr("Start from an empty definition."), &WelcomePage::newRequested));
    layout->addWidget(makeChoice(
        QStringLiteral("sample"), QStyle::SP_FileDialogContentsView, tr("Open the sample"),
        tr("Contoso HR: an employees API with API key authentication."), &WelcomePage::sampleRequested));
    layout->addWidget(makeChoice(QStringLiteral("open"), QStyle::SP_DirOpenIcon, tr("Open folder..."),
                                 tr("A connector folder with apiDefinition.swagger.json."),
                                 &WelcomePage::openRequested));
    layout->addWidget(makeImportChoice(tr("Import Postman collection..."),
                                       tr("Requests become operations; folders, auth and examples come along."),
                                       int(ConnectorImporter::Format::Postman)));
    layout->addWidget(makeImportChoice(tr("Import OpenAPI..."),
                                       tr("OpenAPI 3.0/3.1 or Swagger 2.0, JSON or YAML, converted to Swagger 2.0."),
                                       int(ConnectorImporter::Format::OpenApi)));
    layout->addWidget(makeImportChoice(tr("Import cURL..."), tr("One operation from a pasted curl command."),
                                       int(ConnectorImporter::Format::Curl)));
    layout->addSpacing(20);
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_recent, 10);
    layout->addStretch(1); // keeps the choices together when there is no recent list

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 72, 24, 24);
    outer->addWidget(column, 1, Qt::AlignHCenter);
    setRecentFolders({});
}

QWidget *WelcomePage::makeChoice(const QString &iconName, int fallback, const QString &title,
                                 const QString &description, void (WelcomePage::*signal)())
{
    auto *button = new QCommandLinkButton(title, description);
    button->setIcon(AppIcons::icon(iconName, QStyle::StandardPixmap(fallback)));
    button->setIconSize(QSize(24, 24));
    connect(button, &QCommandLinkButton::clicked, this, signal);
    return button;
}

QWidget *WelcomePage::makeImportChoice(const QString &title, const QString &description, int format)
{
    auto *button = new QCommandLinkButton(title, description);
    button->setIcon(AppIcons::icon(QStringLiteral("open"), QStyle::SP_ArrowDown));
    button->setIconSize(QSize(24, 24));
    connect(button, &QCommandLinkButton::clicked, this, [this, format] { emit importRequested(format); });
    return button;
}

void WelcomePage::setRecentFolders(const QStringList &folders)
{
    m_recent->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(AppIcons::icon(QStringLiteral("folder"), QStyle::SP_DirIcon),
                                         QFileInfo(folder).fileName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(folder));
        item->setData(Qt::UserRole, folder);
        item->setToolTip(folder);
        m_recent->addItem(item);
    }
    m_recentTitle->setVisible(!folders.isEmpty());
    m_recent->setVisible(!folders.isEmpty());
}
