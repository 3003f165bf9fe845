#pragma once

#include "domain/SecurityEdits.h"

#include <QHash>
#include <QList>

#include <QWidget>
#include <utility>

class ConnectorDocument;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

// The form of one authentication: the single one (set -1) or one entry of
// connectionParameterSets. Only the fields of its kind and identity provider show. Every
// field is committed when it is left (or chosen, for lists) as one undo step.
class AuthEditor : public QWidget
{
    Q_OBJECT

public:
    AuthEditor(ConnectorDocument *document, int set, QWidget *parent = nullptr);

    int set() const { return m_set; }
    // Fills the fields from the document (after any change, undo, raw edit).
    void refresh();
    QWidget *fieldWidget(SecurityEdits::Field field) const { return m_widgets.value(int(field)); }
    QComboBox *kindCombo() const { return m_kind; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *clientSecret() const { return m_clientSecret; }
    // The inputs in reading order, for the page's tab order.
    QList<QWidget *> focusChain() const;

signals:
    void removeRequested(int set);

private:
    QLineEdit *addLine(SecurityEdits::Field field, const QString &label, const QString &placeholder,
                       const QString &objectName);
    QComboBox *addChoice(SecurityEdits::Field field, const QString &label,
                         const QList<std::pair<QString, QString>> &items, const QString &objectName);
    void buildSetHeader();
    void buildFields();
    void commit(SecurityEdits::Field field, const QString &value);
    void setRowVisible(SecurityEdits::Field field, bool visible);

    ConnectorDocument *m_document;
    int m_set;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr; // sets only: the kind of this set
    QPushButton *m_remove = nullptr;
    QCheckBox *m_onBehalfOf = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    FieldMessage *m_message = nullptr;
    QHash<int, QWidget *> m_widgets; // per SecurityEdits::Field
    QList<QWidget *> m_order;
    bool m_refreshing = false;
};
