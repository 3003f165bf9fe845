#pragma once

#include "document/ConnectorDocument.h"
#include "validation/ValidationFinding.h"
#include "views/GeneralView.h"

#include <QHash>

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class ColorField;
class DialogProvider;
class FieldMessage;
class IconPreview;

// Step 1: the connector's title, description, icon and its colour, scheme, host and
// base URL. Every edit goes through the document (one undo step per field typed in);
// the fields refresh from the document's change signals, so undo and redo show here.
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    GeneralPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    // Asks for a PNG or JPG file and stores it as the icon (PNG bytes).
    void loadIcon();
    // Stores the image file at path as the icon; false (error shown) if it is not an image.
    bool loadIconFrom(const QString &path);

    // Shows the validator's findings on the fields they are about, below the page's own
    // checks (which react at once while typing). A field edited since drops its findings
    // until the next run.
    void setFindings(const QList<ValidationFinding> &findings);
    // Scrolls to a field and puts the keyboard focus in it.
    void focusField(GeneralView::Field field);
    QWidget *fieldWidget(GeneralView::Field field) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeColumns(bool wide);
    void setUpKeyboardAndAccessibility();
    QWidget *buildConnectorSection();
    QWidget *buildIconSection();
    QWidget *buildEndpointSection();
    QLabel *makeCaption(const QString &text);
    QLineEdit *makeLineEdit(const QString &objectName, const QString &placeholder);

    void onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void refreshAll();
    void refreshField(GeneralView::Field field);
    void refreshLineEdit(QLineEdit *edit, const QString &value);
    void refreshDescription();
    void refreshScheme();
    void refreshIcon();
    void refreshValidation();
    void updateDescriptionCounter();
    void updateUrlPreview();
    QString findingsText(GeneralView::Field field) const;
    void edit(GeneralView::Field field, const QString &text);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    GeneralView m_view;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_columns = nullptr;
    QWidget *m_connectorSection = nullptr;
    QWidget *m_iconSection = nullptr;
    QWidget *m_endpointSection = nullptr;
    bool m_wide = true;

    QLineEdit *m_title = nullptr;
    FieldMessage *m_titleMessage = nullptr;
    QPlainTextEdit *m_description = nullptr;
    FieldMessage *m_descriptionMessage = nullptr;
    QLabel *m_descriptionCounter = nullptr;
    IconPreview *m_iconPreview = nullptr;
    QLabel *m_iconInfo = nullptr;
    QPushButton *m_loadIcon = nullptr;
    QPushButton *m_removeIcon = nullptr;
    ColorField *m_color = nullptr;
    QButtonGroup *m_schemes = nullptr;
    QPushButton *m_https = nullptr;
    QPushButton *m_http = nullptr;
    FieldMessage *m_schemeMessage = nullptr;
    QLineEdit *m_host = nullptr;
    FieldMessage *m_hostMessage = nullptr;
    QLineEdit *m_basePath = nullptr;
    FieldMessage *m_basePathMessage = nullptr;
    QLabel *m_urlPreview = nullptr;
    bool m_refreshing = false; // set while fields are filled from the document
    QHash<int, QStringList> m_findings; // validator messages per GeneralView::Field
};
