#pragma once

#include "domain/OperationKey.h"

#include <QTabWidget>

class CodePage;
class ConnectorDocument;
class DefinitionPage;
class DialogProvider;
class GeneralPage;
class RawJsonPage;
class SecurityPage;
class TestPage;

// The editor's steps as a flat tab bar continuing the header (the current one underlined in
// the accent): General, Security, Definition, Code, Test, and the raw Swagger text. It also
// links the Definition tab and the text: the selected operation is shown when the text opens,
// and moving the text cursor onto an operation selects it.
class StepTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum Step { General, Security, Definition, Code, Test, Swagger };

    StepTabs(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    GeneralPage *generalPage() const { return m_general; }
    SecurityPage *securityPage() const { return m_security; }
    DefinitionPage *definitionPage() const { return m_definition; }
    CodePage *codePage() const { return m_code; }
    TestPage *testPage() const { return m_test; }
    RawJsonPage *rawPage() const { return m_raw; }

private:
    void linkDefinitionAndText();

    GeneralPage *m_general;
    SecurityPage *m_security;
    DefinitionPage *m_definition;
    CodePage *m_code;
    TestPage *m_test;
    RawJsonPage *m_raw;
    OperationKey m_shownInText; // the operation last shown in (or picked from) the text
};
