#pragma once

#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class TestController;

// The connection picker at the top of the Test tab: the connections stored for this
// connector, the built-in demo API when the bundled sample is open (chosen by default, so the
// first Test operation works with no network and no setup), or none; New... and Edit... open
// the connection dialog in place (window-modal, not blocking). A banner says plainly when
// secrets are only kept in memory.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    ConnectionBar(TestController *controller, QWidget *parent = nullptr);

    void reload(); // the connector changed: its connections and the default choice
    void updateNotice();
    QComboBox *combo() const { return m_combo; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    MessageBanner *notice() const { return m_notice; }
    QString detailText() const;

    // Opens the dialog for a new connection (edit: the selected one); returns it for tests.
    class ConnectionDialog *openDialog(bool edit);

private:
    void onChosen();

    TestController *m_controller;
    QComboBox *m_combo;
    QPushButton *m_new;
    QPushButton *m_edit;
    QLabel *m_detail;
    MessageBanner *m_notice;
    QString m_connectorId; // whose connections the combo lists
};
