#pragma once

#include <QString>
#include <QStringList>

// One connection parameter as the connection dialog shows it (read from apiProperties.json).
struct ConnectionParameterInfo
{
    QString name;
    QString type; // string, securestring, oauthSetting, bool, int
    QString displayName;
    QString description;
    QString tooltip;
    bool required = false;
    bool hidden = false;
    bool clearText = false;
    QStringList allowedValues; // texts of uiDefinition.constraints.allowedValues
    QString identityProvider; // oauthSetting only
};
