#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

// What the window shows with no connector open: start a new one, open the sample
// or a folder, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFolders(const QStringList &folders);

signals:
    void newRequested();
    void sampleRequested();
    void openRequested();
    void recentRequested(const QString &folder);
    // A ConnectorImporter::Format as int: Postman, OpenApi or Curl.
    void importRequested(int format);

private:
    QWidget *makeChoice(const QString &iconName, int fallback, const QString &title,
                        const QString &description, void (WelcomePage::*signal)());
    QWidget *makeImportChoice(const QString &title, const QString &description, int format);

    QListWidget *m_recent;
    QLabel *m_recentTitle;
};
