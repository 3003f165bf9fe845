#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class ConnectorDocument;
class DialogProvider;
class DiffDialog;

// File > Compare: the open document against its files on disk, or against another connector
// folder, shown in a DiffDialog (old: the other version, new: the document as edited).
class CompareController : public QObject
{
    Q_OBJECT

public:
    CompareController(ConnectorDocument *document, DialogProvider *dialogs, QWidget *window,
                      QObject *parent = nullptr);

    // False when there is nothing to compare with or the other version cannot be read (shown).
    bool compareWithSaved();
    bool compareWithFolder(); // asks for the folder
    bool compareWith(const QString &folder, const QString &label);
    // The last dialog shown, while it is open.
    DiffDialog *dialog() const;

private:
    void show(const QString &oldLabel, const ConnectorDocument &old);
    QString currentLabel() const;

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    QPointer<DiffDialog> m_dialog;
};
