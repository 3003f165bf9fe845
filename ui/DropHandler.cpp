#include "DropHandler.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "IconFile.h"
#include "ImportController.h"
#include "document/ConnectorDocument.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

DropHandler::DropHandler(DocumentController *documents, ConnectorDocument *document, ImportController *importer,
                         DialogProvider *dialogs, QWidget *window)
    : QObject(window),
      m_documents(documents),
      m_document(document),
      m_import(importer),
      m_dialogs(dialogs),
      m_window(window)
{
}

QString DropHandler::localPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

DropHandler::Kind DropHandler::kind(const QString &path)
{
    if (path.isEmpty())
        return Kind::None;
    const QFileInfo info(path);
    if (info.isDir())
        return Kind::Folder;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return Kind::Image;
    if (info.fileName() == QLatin1String("apiDefinition.swagger.json")
        || info.fileName() == QLatin1String("apiProperties.json"))
        return Kind::ConnectorFile;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Kind::ApiDocument;
    return Kind::None;
}

bool DropHandler::handle(const QString &path)
{
    const QFileInfo info(path);
    switch (kind(path)) {
    case Kind::Folder:
        return m_documents->open(path);
    case Kind::ConnectorFile:
        return m_documents->open(info.absolutePath());
    case Kind::Image:
        return setIconFromFile(path);
    case Kind::ApiDocument:
        emit statusMessage(tr("Importing %1...").arg(info.fileName()));
        m_import->importPath(path);
        return true;
    case Kind::None:
        break;
    }
    emit statusMessage(
        tr("Nothing to do with %1: drop a connector folder, an API description (JSON or YAML) or a PNG/JPG icon")
            .arg(info.fileName()));
    return false;
}

bool DropHandler::setIconFromFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!m_documents->isOpen() || m_document->isReadOnly()) {
        emit statusMessage(tr("Open a connector first, then drop %1 to use it as the icon").arg(name));
        return false;
    }
    QString error;
    const QByteArray png = IconFile::readAsPng(path, &error);
    if (png.isEmpty()) {
        m_dialogs->showError(m_window, tr("Icon not set"), error);
        return false;
    }
    m_document->setIcon(png);
    emit statusMessage(tr("Icon set from %1 (%2)").arg(name, IconFile::describe(png)));
    return true;
}
