#include "RuleSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace RuleSettings {

namespace {

const QString Group = QStringLiteral("validation/disabledRules");

// One settings key per folder: the absolute path, percent-encoded so its '/' do not nest groups.
QString keyOf(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    const QString path = QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    return QString::fromLatin1(QUrl::toPercentEncoding(path));
}

} // namespace

QSet<QString> disabledRules(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(Group);
    const QStringList ids = settings.value(keyOf(folder)).toStringList();
    return QSet<QString>(ids.begin(), ids.end());
}

void setDisabledRules(const QString &folder, const QSet<QString> &ruleIds)
{
    if (folder.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(Group);
    if (ruleIds.isEmpty()) {
        settings.remove(keyOf(folder));
        return;
    }
    QStringList ids(ruleIds.begin(), ruleIds.end());
    ids.sort();
    settings.setValue(keyOf(folder), ids);
}

} // namespace RuleSettings
