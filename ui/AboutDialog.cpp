#include "AboutDialog.h"

#include <Qsci/qsciglobal.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

QList<AboutDialog::Component> AboutDialog::components()
{
    const QString qt = QString::fromLatin1(qVersion());
    const QString lgpl = QStringLiteral("LGPL-3.0-only");
    return {
        {QStringLiteral("Qt Core, Gui, Widgets, Network"), qt, lgpl, QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("Qt SVG"), qt, lgpl, QStringLiteral("https://doc.qt.io/qt-6/qtsvg-index.html")},
        {QStringLiteral("QScintilla"), QStringLiteral(QSCINTILLA_VERSION_STR), QStringLiteral("GPL-3.0-only"),
         QStringLiteral("https://riverbankcomputing.com/software/qscintilla/license")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(CD_YAML_CPP_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/jbeder/yaml-cpp/blob/master/LICENSE")},
    };
}

QString AboutDialog::versionLine()
{
    return tr("Connector Designer %1 (Qt %2)").arg(QStringLiteral(CD_VERSION), QString::fromLatin1(qVersion()));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Connector Designer"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/app-icon.svg")).pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<b style=\"font-size:15pt\">%1</b><br>%2")
                                 .arg(tr("Connector Designer"), versionLine().toHtmlEscaped()));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    QString html = QStringLiteral("<p>%1</p><p>%2</p><table cellpadding=\"4\"><tr><th align=\"left\">%3</th>"
                                  "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                       .arg(tr("Design, import, validate and test Power Platform custom connectors, offline."),
                            tr("Built with Qt %1, running on Qt %2 (%3).")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                     QSysInfo::prettyProductName().toHtmlEscaped()),
                            tr("Component"), tr("Version"), tr("License"));
    for (const Component &c : components()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href=\"%3\">%4</a></td></tr>")
                    .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.url.toHtmlEscaped(),
                         c.license.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Version and licenses"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}
