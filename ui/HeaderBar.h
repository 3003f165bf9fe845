#pragma once

#include "document/ConnectorDocument.h"

#include <QWidget>

class QLabel;
class IconPreview;

// The strip above the tabs that keeps the connector in view: its icon, its name,
// where it is saved, and whether it has unsaved changes or is read-only.
class HeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderBar(ConnectorDocument *document, QWidget *parent = nullptr);

    QString name() const;
    bool showsModified() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void refreshName();
    void refreshModified();
    static QLabel *makeBadge(const QString &text, const QString &objectName);

    ConnectorDocument *m_document;
    IconPreview *m_icon;
    QLabel *m_name;
    QLabel *m_path;
    QLabel *m_modified;
    QLabel *m_readOnly;
};
