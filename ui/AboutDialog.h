#pragma once

#include <QDialog>

class QTextBrowser;

// Help > About: the version, the Qt it was built with and runs on, and the licenses of the
// libraries it uses.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Component
    {
        QString name;
        QString version;
        QString license;
        QString url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // The libraries the application links or loads, with their licenses.
    static QList<Component> components();
    // "Connector Designer 0.1.0 (Qt 6.4.2)": the version line, also in --version.
    static QString versionLine();
    QTextBrowser *details() const { return m_details; }

private:
    QTextBrowser *m_details;
};
