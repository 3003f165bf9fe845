<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BudgetMeter</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The definition file has %1 bytes as it would be saved, %2 bytes minified (without whitespace); the platform's limit is 1 MB (1,048,576 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 operations; a connector may have at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request or response body has a schema yet; each may have at most %1 schema objects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The largest body, the %1, has %2 schema objects (references expanded); the limit is %3 per body.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose a colour...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Icon background colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>This document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (with unsaved changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare With Saved Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connector has not been saved yet: there is no saved version to compare with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved version on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare With Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The definition in %1 cannot be parsed:
%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Breaking changes only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Connector Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No differences in the operations, their parameters or their responses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Changes a flow built on the old version would see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 breaking change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 breaking changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 compatible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 compatible</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Breaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compatible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change, and why it matters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>New from Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened a copy of the sample connector: save it to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Connector Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened read-only: the connector has a file that cannot be parsed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n irregularities tolerated)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Connector As (choose or create a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already holds a connector. Replace its files?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connector closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>The name and description people see when they add the connector to a flow or an app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Contoso HR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the connector does, in a sentence or two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Shown on the connector's card, on its background colour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load PNG/JPG...</source>
        <translation>PNG/JPG laden...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Use a square PNG of 100–230 px under 1 MB on a non-white colour. JPG files are converted to PNG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Where the connector sends its requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>e.g. api.contoso.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>e.g. /v1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Requests go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · certification needs at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · certification allows at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a host to see the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LiveValidation</name>
    <message>
        <source>The problem is already gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This problem has no automatic fix.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a blank connector</source>
        <translation>Einen leeren Connector beginnen</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>Neu aus &amp;Beispiel</translation>
    </message>
    <message>
        <source>Start from a copy of the Contoso HR sample connector</source>
        <translation>Mit einer Kopie des Beispiel-Connectors Contoso HR beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>Ordner ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a connector folder</source>
        <translation>Einen Connector-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Compare With Saved &amp;Version</source>
        <translation>Mit gespeicherter &amp;Version vergleichen</translation>
    </message>
    <message>
        <source>List the changes since the last save, breaking ones marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare With &amp;Folder...</source>
        <translation>Mit &amp;Ordner vergleichen...</translation>
    </message>
    <message>
        <source>List the changes from another version of the connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;1 General</source>
        <translation>&amp;1 Allgemein</translation>
    </message>
    <message>
        <source>&amp;2 Security</source>
        <translation>&amp;2 Sicherheit</translation>
    </message>
    <message>
        <source>&amp;3 Definition</source>
        <translation>&amp;3 Definition</translation>
    </message>
    <message>
        <source>&amp;4 Code</source>
        <translation>&amp;4 Code</translation>
    </message>
    <message>
        <source>&amp;5 Test</source>
        <translation>&amp;5 Test</translation>
    </message>
    <message>
        <source>&amp;Swagger</source>
        <translation>&amp;Swagger</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>1  General</source>
        <translation>1  Allgemein</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How users sign in when they create a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication type: none, API key, basic, OAuth 2.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A form that changes with the type, kept consistent with securityDefinitions and connection parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A preview of the connection dialog users will see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2  Security</source>
        <translation>2  Sicherheit</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>The actions and triggers of the connector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation list with search, add, duplicate, reorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request and response editors with import from a sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>References, policies and live validation with quick fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3  Definition</source>
        <translation>3  Definition</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Custom C# code that transforms requests and responses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An editor for script.csx with syntax highlighting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operations the code applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4  Code</source>
        <translation>4  Code</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Call the API through the connector's definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections with secrets kept in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A parameter form per operation, the request sent and the response received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking responses against the declared schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5  Test</source>
        <translation>5  Test</translation>
    </message>
    <message>
        <source>Swagger</source>
        <translation>Swagger</translation>
    </message>
    <message>
        <source>&amp;Validation Panel</source>
        <translation>&amp;Validierungsbereich</translation>
    </message>
    <message>
        <source>Show the validation panel</source>
        <translation>Den Validierungsbereich anzeigen</translation>
    </message>
    <message>
        <source>Read-only: a file of this connector cannot be parsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connector Designer</source>
        <translation>Connector Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n irregularities tolerated while reading</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No recent connectors</source>
        <translation>Keine zuletzt geöffneten Connectors</translation>
    </message>
    <message>
        <source>&amp;Clear Recently Opened</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in this step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 is too large for an icon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PNG or JPG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot convert %1 to PNG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No icon yet: the platform shows a generic one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The icon file is not a readable image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · not square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · certification expects 100–230 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · over 1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes will be lost if you don't save them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RawJsonPage</name>
    <message>
        <source>read-only view, as it will be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be parsed: shown as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Validation Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules checked for &lt;b&gt;%1&lt;/b&gt;. Unchecked rules are switched off for this connector only; the choice is kept in the designer's settings, not in the connector's files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 rules on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 rules off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidationDock</name>
    <message>
        <source>%1 error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by text or rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules...</source>
        <translation>Regeln...</translation>
    </message>
    <message>
        <source>Switch validation rules on or off for this connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide these findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the quick fix (one undo step)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a problem that has a quick fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rule switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rules switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems match the filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Quick Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable Rule "%1" for This Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation Rules...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Connector Designer</source>
        <translation>Connector Designer</translation>
    </message>
    <message>
        <source>Design, check and test custom connectors for the Power Platform.</source>
        <translation>Benutzerdefinierte Connectors für die Power Platform entwerfen, prüfen und testen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>Start from an empty definition.</source>
        <translation>Mit einer leeren Definition beginnen.</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Contoso HR: an employees API with API key authentication.</source>
        <translation>Contoso HR: eine Mitarbeiter-API mit API-Schlüssel-Authentifizierung.</translation>
    </message>
    <message>
        <source>Open folder...</source>
        <translation>Ordner öffnen...</translation>
    </message>
    <message>
        <source>A connector folder with apiDefinition.swagger.json.</source>
        <translation>Ein Connector-Ordner mit apiDefinition.swagger.json.</translation>
    </message>
</context>
</TS>