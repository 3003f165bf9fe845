#pragma once

#include "document/ConnectorDocument.h"

#include <QFrame>

class QComboBox;
class QVBoxLayout;

// What a user of the connector sees when creating a connection: the dialog built from the
// connection parameters (labels, tooltips, required markers, one field per visible
// parameter, a sign-in button for OAuth, the set picker for multiple authentication
// types). Rebuilt whenever the document's authentication changes.
class ConnectionDialogPreview : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionDialogPreview(ConnectorDocument *document, QWidget *parent = nullptr);

    // Rebuilds from the document now.
    void rebuild();
    QComboBox *setPicker() const { return m_setPicker; }
    // Shows the parameters of that set (multiple authentication types), as if picked.
    void showSet(int set);

protected:
    void changeEvent(QEvent *event) override;
    int currentSet() const { return m_currentSet; }

private:
    void onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void addParameters(QVBoxLayout *layout, int set);
    void clear();
    void updateFrameStyle();

    ConnectorDocument *m_document;
    QVBoxLayout *m_fields = nullptr;
    QComboBox *m_setPicker = nullptr;
    int m_currentSet = 0;
};
