#pragma once

#include <QFont>
#include <QObject>

// The designer's preferences (Edit > Preferences), kept in the user's QSettings: never in a
// connector folder. One instance per application; views listen to changed() and re-read.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int DefaultRetries = 2;
    static constexpr int MaxRetries = 10;

    static AppSettings *instance();

    Theme theme() const;
    void setTheme(Theme theme);
    // The font of code and JSON editors; the system's fixed-width font by default.
    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    // For "Test operation": seconds before a request is abandoned, and retries of failed ones.
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    int requestRetries() const;
    void setRequestRetries(int retries);
    // Ask before deleting operations, policies or custom code.
    bool confirmDeletions() const;
    void setConfirmDeletions(bool confirm);

    static QString themeName(Theme theme); // "system", "light", "dark" as stored
    static Theme themeFromName(const QString &name);

signals:
    void changed();

private:
    explicit AppSettings(QObject *parent = nullptr);
    void store(const QString &key, const QVariant &value);
};
