#pragma once

#include <QFrame>

class QLabel;

// A strip across the window that states a condition, e.g. why a connector is read-only.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &title, const QString &details);
    QString title() const;
    QString details() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor kindColor() const;

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_details;
};
