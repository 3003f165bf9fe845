#pragma once

#include <QWidget>

// A step that later work fills: says what will come here, so the tab is not blank.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(int step, const QString &title, const QString &summary,
                    const QStringList &plannedFeatures, QWidget *parent = nullptr);
};
