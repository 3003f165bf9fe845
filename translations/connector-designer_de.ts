<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Connector Designer %1 (Qt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Connector Designer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connector Designer</source>
        <translation>Connector Designer</translation>
    </message>
    <message>
        <source>Design, import, validate and test Power Platform custom connectors, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and licenses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuthEditor</name>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>e.g. API key</source>
        <translation>z. B. API-Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>A hint in the connection dialog</source>
        <translation>Ein Hinweis im Verbindungsdialog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. apiKey</source>
        <translation>z. B. apiKey</translation>
    </message>
    <message>
        <source>Authentication type of this set</source>
        <translation>Authentifizierungsart dieses Eintrags</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Standardauthentifizierung</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Remove this authentication type</source>
        <translation>Diese Authentifizierungsart entfernen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parameter label</source>
        <translation>Parameterbeschriftung</translation>
    </message>
    <message>
        <source>e.g. API Key</source>
        <translation>z. B. API Key</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>z. B. X-API-Key</translation>
    </message>
    <message>
        <source>Parameter location</source>
        <translation>Parameterort</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>User name label</source>
        <translation>Beschriftung Benutzername</translation>
    </message>
    <message>
        <source>e.g. Username</source>
        <translation>z. B. Username</translation>
    </message>
    <message>
        <source>Password label</source>
        <translation>Beschriftung Kennwort</translation>
    </message>
    <message>
        <source>e.g. Password</source>
        <translation>z. B. Password</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The application's client ID</source>
        <translation>Die Client-ID der Anwendung</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Not saved in the connector files</source>
        <translation>Wird nicht in den Connector-Dateien gespeichert</translation>
    </message>
    <message>
        <source>The client secret is given to the Power Platform when the connector is created; the connector files never contain it.</source>
        <translation>Der geheime Clientschlüssel wird der Power Platform beim Erstellen des Connectors übergeben; die Connector-Dateien enthalten ihn nie.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Authorization query</source>
        <translation>Autorisierungs-Query</translation>
    </message>
    <message>
        <source>?response_type=code&amp;client_id={clientId}...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Token request body</source>
        <translation>Body der Token-Anfrage</translation>
    </message>
    <message>
        <source>grant_type=authorization_code&amp;code={code}...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh URL</source>
        <translation>Aktualisierungs-URL</translation>
    </message>
    <message>
        <source>Refresh request body</source>
        <translation>Body der Aktualisierungsanfrage</translation>
    </message>
    <message>
        <source>grant_type=refresh_token...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Resource URL</source>
        <translation>Ressourcen-URL</translation>
    </message>
    <message>
        <source>e.g. https://graph.microsoft.com</source>
        <translation>z. B. https://graph.microsoft.com</translation>
    </message>
    <message>
        <source>Enable on-behalf-of login</source>
        <translation>On-Behalf-Of-Anmeldung aktivieren</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche (Scopes)</translation>
    </message>
    <message>
        <source>Separated by spaces, e.g. read write</source>
        <translation>Durch Leerzeichen getrennt, z. B. read write</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Umleitungs-URL</translation>
    </message>
    <message>
        <source>Global (shared by all connectors)</source>
        <translation>Global (von allen Connectors geteilt)</translation>
    </message>
    <message>
        <source>Per connector (GlobalPerConnector)</source>
        <translation>Pro Connector (GlobalPerConnector)</translation>
    </message>
</context>
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
    <name>CodeEditor</name>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Use custom code (script.csx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload .cs/.csx...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No custom code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom code is C# that runs in the platform for each request and can change the request and the response beyond what policies do. It takes precedence over the definition for the operations it applies to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Custom Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operations that run the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's rules for custom code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable Custom Code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Disabling custom code deletes script.csx (%n lines) and the list of operations it applies to. Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Disable custom code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload Custom Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C# code (*.cs *.csx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No custom code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code meets the platform's rules: a Script class deriving from ScriptBase, an ExecuteAsync override, allowed namespaces, under 1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines · %2 of 1 MB · each pause in typing is one undo step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connector has no custom code.</source>
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
    <name>ConnectionDialogPreview</name>
    <message>
        <source>Preview of the connection dialog</source>
        <translation>Vorschau des Verbindungsdialogs</translation>
    </message>
    <message>
        <source>this connector</source>
        <translation>diesen Connector</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>No sign-in needed: the connection is created without asking anything.</source>
        <translation>Keine Anmeldung nötig: Die Verbindung wird ohne Rückfrage erstellt.</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>Actions and triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an operation (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected operation (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected operation (Del in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by summary, operation ID or path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete "%1" (%2 %3)? Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Operation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DefinitionsPanel</name>
    <message>
        <source>Definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schemas shared through $ref.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New definition name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename to... (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renaming rewrites every $ref to the definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find usages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No definition is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the definition %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used.</source>
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
    <name>DropHandler</name>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do with %1: drop a connector folder, an API description (JSON or YAML) or a PNG/JPG icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a connector first, then drop %1 to use it as the icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Icon not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Icon set from %1 (%2)</source>
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
    <message>
        <source>Scheme HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheme HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the icon background colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Icon background colour, hexadecimal</source>
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
    <name>ImportController</name>
    <message>
        <source>Import API Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Postman Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postman collections (*.json *.postman_collection);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import OpenAPI or Swagger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The format was not recognised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported 1 operation from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 operations from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> with 1 warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> with %1 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: save it to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cURL command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a curl command (line continuations, -X, -H, -d, -u, -F are understood):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: 1 operation imported as a new connector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 operations imported as a new connector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What could not be carried over exactly is listed below, with its place in the input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
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
        <source>2  Security</source>
        <translation>2  Sicherheit</translation>
    </message>
    <message>
        <source>3  Definition</source>
        <translation>3  Definition</translation>
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
    <message>
        <source>&amp;Any API Description...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postman Collection...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;OpenAPI or Swagger...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;cURL Command...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;About Connector Designer</source>
        <translation>Ü&amp;ber Connector Designer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text in the Swagger tab does not parse (the error is marked there). Fix it, or press Revert to drop the typed text, then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unapplied text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Swagger tab has typed text that was never applied. Close and lose it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <source>New Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. /items/{itemId}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Get an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: made from the summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationEditor</name>
    <message>
        <source>Select an operation on the left, or create one with New.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This operation sends no body. Add a parameter located in "body" on the Request tab, or import a sample request there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationGeneralForm</name>
    <message>
        <source>Deprecated: hidden from new flows, existing ones keep working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the operation appears to people building flows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Get an employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the operation does, in a sentence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (shown as usual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important (shown first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced (under a toggle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationListModel</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label people see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One value per line; "value = Display name" to name it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type / format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a parameter to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared parameter %1: changes apply to every operation that uses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declared on the path %1: changes apply to all its operations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request body. Its schema is edited in the schema editor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <source>Declared on the path: every operation of %1 shares it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared parameter %1: a change applies to every operation using it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>array of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Ask before deleting operations, policies or custom code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor-Schriftart</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retries of failed requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout and retries apply to Test operation. Preferences are kept for your user account, never in a connector's folder.</source>
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
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file with this text as one undo step (Ctrl+Return). Leaving the tab applies too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the text typed since the last apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied: line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be parsed: shown as read, read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-only: another file of the connector cannot be parsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not applied: line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited: Apply (Ctrl+Return) or leaving the tab applies it as one undo step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>editable; Apply (Ctrl+Return) or leaving the tab applies typed text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n other file(s) with unapplied text</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/items/{itemId}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path, relative to the base URL. {Placeholders} in it are path parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import from sample...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create parameters and the body schema from a sample request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method and path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the parameter up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the parameter down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestSampleDialog</name>
    <message>
        <source>Import Request from Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://api.contoso.com/v1/items/{itemId}?top=10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X-Tenant: contoso
(one "Name: value" per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{
  "name": "Ada",
  "hired": "2024-01-31"
}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query and header values set the parameter types; the body's schema is inferred. Existing parameters are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseEdits</name>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a status code (200, 404, 4XX, default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operation already has a %1 response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add response %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove response %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no response at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add response schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The response has no schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove response schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A header needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a header "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add header %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no header "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove header %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename header %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a header type (string, integer, number, boolean, array).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit header %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseHeadersModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ResponseListModel</name>
    <message>
        <source>Shared response %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseSampleDialog</name>
    <message>
        <source>Import response from sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>200, 201, 404, default ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a JSON response body, e.g. {"id": 42, "name": "Ada"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, one per line: X-Request-Id: 5f2c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is inferred from the body (types, formats such as date-time, nested objects and arrays) and replaces the response's schema. Headers the runtime sets (Content-Type, Date, ...) are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponsesEditor</name>
    <message>
        <source>Responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status codes the operation returns; default is any other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code, e.g. 404</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import from sample...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select or add a response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this response means, e.g. "The employee."</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shape of the response body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This response has no body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: any other status code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared response %1: changes apply to every operation that uses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No response is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the %1 response with its schema and headers?</source>
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
    <name>SchemaEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a property after the selected one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a property inside the selected object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected property</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the property up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the property down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the property into the object above it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the property out to the enclosing object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(schema)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This action does not apply to the selected field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label people see (x-ms-summary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition ($ref)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed values, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a field in the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Array items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of the definition %1: edit it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refers to the definition %1; its fields are edited there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>(schema)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[items]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>ScriptOperationsPanel</name>
    <message>
        <source>Filter operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not in the definition)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed in scriptOperations but no operation has this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs for every operation. Check operations to limit it to those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs for %1 of %2 operations; the others skip the code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Add authentication type</source>
        <translation>Authentifizierungsart hinzufügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Standardauthentifizierung</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Connection dialog</source>
        <translation>Verbindungsdialog</translation>
    </message>
    <message>
        <source>What people see when they create a connection.</source>
        <translation>Was Benutzer beim Erstellen einer Verbindung sehen.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How users sign in when they create a connection. The Swagger security definition and the connection parameters follow the choice.</source>
        <translation>Wie sich Benutzer beim Erstellen einer Verbindung anmelden. Die Swagger-Sicherheitsdefinition und die Verbindungsparameter folgen der Auswahl.</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Multiple authentication types</source>
        <translation>Mehrere Authentifizierungsarten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label of the authentication type picker</source>
        <translation>Beschriftung der Auswahl der Authentifizierungsart</translation>
    </message>
    <message>
        <source>Hint of the authentication type picker</source>
        <translation>Hinweis zur Auswahl der Authentifizierungsart</translation>
    </message>
    <message>
        <source>Picker label</source>
        <translation>Beschriftung der Auswahl</translation>
    </message>
    <message>
        <source>Picker hint</source>
        <translation>Hinweis der Auswahl</translation>
    </message>
    <message>
        <source>Authentication type %1</source>
        <translation>Authentifizierungsart %1</translation>
    </message>
    <message>
        <source>One of the ways to sign in that users choose from.</source>
        <translation>Eine der Anmeldearten, aus denen Benutzer wählen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>What the connection dialog asks for and where it goes.</source>
        <translation>Was der Verbindungsdialog abfragt und wohin es geht.</translation>
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
    <message>
        <source>Import Postman collection...</source>
        <translation>Postman-Sammlung importieren...</translation>
    </message>
    <message>
        <source>Requests become operations; folders, auth and examples come along.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import OpenAPI...</source>
        <translation>OpenAPI importieren...</translation>
    </message>
    <message>
        <source>OpenAPI 3.0/3.1 or Swagger 2.0, JSON or YAML, converted to Swagger 2.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cURL...</source>
        <translation>cURL importieren...</translation>
    </message>
    <message>
        <source>One operation from a pasted curl command.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
