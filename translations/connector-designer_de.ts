<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Connector Designer %1 (Qt %2)</source>
        <translation>Connector Designer %1 (Qt %2)</translation>
    </message>
    <message>
        <source>About Connector Designer</source>
        <translation>Über Connector Designer</translation>
    </message>
    <message>
        <source>Connector Designer</source>
        <translation>Connector Designer</translation>
    </message>
    <message>
        <source>Design, import, validate and test Power Platform custom connectors, offline.</source>
        <translation>Benutzerdefinierte Connectors für die Power Platform entwerfen, importieren, prüfen und testen, offline.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2 (%3).</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Version and licenses</source>
        <translation>Version und Lizenzen</translation>
    </message>
</context>
<context>
    <name>ApiReadiness</name>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>the API is served over HTTPS (%1).</source>
        <translation>Die API wird über HTTPS bereitgestellt (%1).</translation>
    </message>
    <message>
        <source>no host declared</source>
        <translation>kein Host deklariert</translation>
    </message>
    <message>
        <source>no scheme declared; the description itself came over HTTPS.</source>
        <translation>kein Schema deklariert; die Beschreibung selbst kam über HTTPS.</translation>
    </message>
    <message>
        <source>the API declares %1 only: Power Platform connectors call HTTPS endpoints; serve the API over HTTPS (or through a gateway) before publishing.</source>
        <translation>Die API deklariert nur %1: Connectors der Power Platform rufen HTTPS-Endpunkte auf; stellen Sie die API vor dem Veröffentlichen über HTTPS (oder über ein Gateway) bereit.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source> The description was downloaded over plain HTTP.</source>
        <translation> Die Beschreibung wurde über unverschlüsseltes HTTP heruntergeladen.</translation>
    </message>
    <message>
        <source>JSON responses</source>
        <translation>JSON-Antworten</translation>
    </message>
    <message>
        <source>the description has no operations.</source>
        <translation>Die Beschreibung hat keine Operationen.</translation>
    </message>
    <message>
        <source>all %1 operation(s) declare JSON responses.</source>
        <translation>Alle %1 Operation(en) deklarieren JSON-Antworten.</translation>
    </message>
    <message>
        <source>%1 of %2 operation(s) declare JSON; %3 declare no content type (JSON is assumed).</source>
        <translation>%1 von %2 Operation(en) deklarieren JSON; %3 deklarieren keinen Inhaltstyp (JSON wird angenommen).</translation>
    </message>
    <message>
        <source>%1 of %2 operation(s) declare JSON; others answer with something else, e.g. %3: flows and apps handle JSON best.</source>
        <translation>%1 von %2 Operation(en) deklarieren JSON; andere antworten mit etwas anderem, z. B. %3: Flows und Apps kommen mit JSON am besten zurecht.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>none declared: the connector will call the API anonymously unless you set it up on the Security tab.</source>
        <translation>keine deklariert: Der Connector ruft die API anonym auf, sofern Sie im Tab „Sicherheit“ nichts einrichten.</translation>
    </message>
    <message>
        <source> A connector supports one kind of authentication: keep one on the Security tab.</source>
        <translation> Ein Connector unterstützt eine Art der Authentifizierung: Behalten Sie eine im Tab „Sicherheit“.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>API key &apos;%1&apos; in the %2 (%3)</source>
        <translation>API-Schlüssel „%1“ im %2 (%3)</translation>
    </message>
    <message>
        <source>basic authentication (%1)</source>
        <translation>Basic-Authentifizierung (%1)</translation>
    </message>
    <message>
        <source>OAuth 2.0, %1 flow (%2)%3</source>
        <translation>OAuth 2.0, Flow %1 (%2)%3</translation>
    </message>
    <message>
        <source>, authorization at %1</source>
        <translation>, Autorisierung bei %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AsyncOperationTest</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n schema mismatch(es)</source>
        <translation>
            <numerusform>%n Abweichung vom Schema</numerusform>
            <numerusform>%n Abweichungen vom Schema</numerusform>
        </translation>
    </message>
    <message>
        <source>The OAuth token had expired and could not be refreshed: %1</source>
        <translation>Das OAuth-Token war abgelaufen und konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The OAuth token had expired: it was refreshed before sending (%1).</source>
        <translation>Das OAuth-Token war abgelaufen: Es wurde vor dem Senden erneuert (%1).</translation>
    </message>
    <message>
        <source>The API answered 401 and refreshing the OAuth token failed: %1</source>
        <translation>Die API antwortete 401, und das Erneuern des OAuth-Tokens schlug fehl: %1</translation>
    </message>
    <message>
        <source>The API answered 401: the OAuth token was refreshed and the request sent again (%1).</source>
        <translation>Die API antwortete 401: Das OAuth-Token wurde erneuert und die Anfrage erneut gesendet (%1).</translation>
    </message>
    <message>
        <source>%1; the token refresh failed: %2</source>
        <translation>%1; das Erneuern des Tokens schlug fehl: %2</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A hint in the connection dialog</source>
        <translation>Ein Hinweis im Verbindungsdialog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Entfernen</translation>
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
        <source>The application&apos;s client ID</source>
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
        <translation>?response_type=code&amp;client_id={clientId}...</translation>
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
        <translation>grant_type=authorization_code&amp;code={code}...</translation>
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
        <translation>grant_type=refresh_token...</translation>
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
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>The definition file has %1 bytes as it would be saved, %2 bytes minified (without whitespace); the platform&apos;s limit is 1 MB (1,048,576 bytes).</source>
        <translation>Die Definitionsdatei hat gespeichert %1 Bytes, minimiert (ohne Leerraum) %2 Bytes; die Grenze der Plattform ist 1 MB (1.048.576 Bytes).</translation>
    </message>
    <message>
        <source>%1 operations; a connector may have at most %2.</source>
        <translation>%1 Operationen; ein Connector darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>No request or response body has a schema yet; each may have at most %1 schema objects.</source>
        <translation>Noch hat kein Anfrage- oder Antwort-Body ein Schema; jeder darf höchstens %1 Schemaobjekte haben.</translation>
    </message>
    <message>
        <source>The largest body, the %1, has %2 schema objects (references expanded); the limit is %3 per body.</source>
        <translation>Der größte Body, %1, hat %2 Schemaobjekte (Referenzen aufgelöst); die Grenze ist %3 pro Body.</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Use custom code (script.csx)</source>
        <translation>Benutzerdefinierten Code verwenden (script.csx)</translation>
    </message>
    <message>
        <source>Upload .cs/.csx...</source>
        <translation>.cs/.csx hochladen...</translation>
    </message>
    <message>
        <source>No custom code</source>
        <translation>Kein benutzerdefinierter Code</translation>
    </message>
    <message>
        <source>Custom code is C# that runs in the platform for each request and can change the request and the response beyond what policies do. It takes precedence over the definition for the operations it applies to.</source>
        <translation>Benutzerdefinierter Code ist C#, das in der Plattform bei jeder Anfrage läuft und Anfrage und Antwort weiter verändern kann als Richtlinien. Für die Operationen, für die er gilt, hat er Vorrang vor der Definition.</translation>
    </message>
    <message>
        <source>Add Custom Code</source>
        <translation>Benutzerdefinierten Code hinzufügen</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>The operations that run the code</source>
        <translation>Die Operationen, die den Code ausführen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>The platform&apos;s rules for custom code</source>
        <translation>Die Regeln der Plattform für benutzerdefinierten Code</translation>
    </message>
    <message>
        <source>Disable Custom Code</source>
        <translation>Benutzerdefinierten Code deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disabling custom code deletes script.csx (%n lines) and the list of operations it applies to. Undo brings them back.</source>
        <translation>
            <numerusform>Das Deaktivieren löscht script.csx (%n Zeile) und die Liste der Operationen, für die er gilt. Rückgängig stellt beides wieder her.</numerusform>
            <numerusform>Das Deaktivieren löscht script.csx (%n Zeilen) und die Liste der Operationen, für die er gilt. Rückgängig stellt beides wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable custom code</source>
        <translation>Benutzerdefinierten Code deaktivieren</translation>
    </message>
    <message>
        <source>Upload Custom Code</source>
        <translation>Benutzerdefinierten Code hochladen</translation>
    </message>
    <message>
        <source>C# code (*.cs *.csx);;All files (*)</source>
        <translation>C#-Code (*.cs *.csx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>No custom code.</source>
        <translation>Kein benutzerdefinierter Code.</translation>
    </message>
    <message>
        <source>The code meets the platform&apos;s rules: a Script class deriving from ScriptBase, an ExecuteAsync override, allowed namespaces, under 1 MB.</source>
        <translation>Der Code erfüllt die Regeln der Plattform: eine von ScriptBase abgeleitete Klasse Script, eine Überschreibung von ExecuteAsync, erlaubte Namespaces, unter 1 MB.</translation>
    </message>
    <message>
        <source>%1 lines · %2 of 1 MB · each pause in typing is one undo step</source>
        <translation>%1 Zeilen · %2 von 1 MB · jede Tipp-Pause ist ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>This connector has no custom code.</source>
        <translation>Dieser Connector hat keinen benutzerdefinierten Code.</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose a colour...</source>
        <translation>Eine Farbe wählen...</translation>
    </message>
    <message>
        <source>Icon background colour</source>
        <translation>Hintergrundfarbe des Symbols</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source> (with unsaved changes)</source>
        <translation> (mit nicht gespeicherten Änderungen)</translation>
    </message>
    <message>
        <source>Compare With Saved Version</source>
        <translation>Mit gespeicherter Version vergleichen</translation>
    </message>
    <message>
        <source>This connector has not been saved yet: there is no saved version to compare with.</source>
        <translation>Dieser Connector wurde noch nicht gespeichert: Es gibt keine gespeicherte Version zum Vergleichen.</translation>
    </message>
    <message>
        <source>Saved version on disk</source>
        <translation>Gespeicherte Version auf der Festplatte</translation>
    </message>
    <message>
        <source>Compare With Folder</source>
        <translation>Mit Ordner vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The definition in %1 cannot be parsed:
%2</source>
        <translation>Die Definition in %1 kann nicht gelesen werden:
%2</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Create a connection for this connector</source>
        <translation>Eine Verbindung für diesen Connector anlegen</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>No connection (no credentials)</source>
        <translation>Keine Verbindung (ohne Anmeldedaten)</translation>
    </message>
    <message>
        <source>Built-in demo API (127.0.0.1, no network)</source>
        <translation>Eingebaute Demo-API (127.0.0.1, ohne Netzwerk)</translation>
    </message>
    <message>
        <source>The demo API could not start: %1</source>
        <translation>Die Demo-API konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Requests go to %1 instead of the definition&apos;s host; the demo&apos;s API key is filled in.</source>
        <translation>Anfragen gehen an %1 statt an den Host der Definition; der API-Schlüssel der Demo ist eingetragen.</translation>
    </message>
    <message>
        <source>Requests go to the definition&apos;s host with this connection&apos;s credentials.</source>
        <translation>Anfragen gehen an den Host der Definition, mit den Anmeldedaten dieser Verbindung.</translation>
    </message>
    <message>
        <source>Requests go to the definition&apos;s host without credentials.</source>
        <translation>Anfragen gehen ohne Anmeldedaten an den Host der Definition.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only</source>
        <translation>Geheimnisse werden nur im Arbeitsspeicher gehalten</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only</source>
        <translation>Geheimnisse werden nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>No keychain service is available: the secrets of this connection are kept in memory only until you quit, and never written to disk.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar: Die Geheimnisse dieser Verbindung bleiben nur bis zum Beenden im Arbeitsspeicher und werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The values a user of this connector enters.</source>
        <translation>Die Werte, die ein Benutzer dieses Connectors eingibt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation>Dieser Connector braucht keine Anmeldedaten.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Send client credentials</source>
        <translation>Client-Anmeldedaten senden</translation>
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
    <name>ConnectionProperties</name>
    <message>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The value sent as &quot;%1&quot; with every request</source>
        <translation>Der Wert, der mit jeder Anfrage als „%1“ gesendet wird</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Der Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Das Kennwort</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (Position %2: %3)</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTokenRefresh</name>
    <message>
        <source>the connector&apos;s OAuth settings have no token URL</source>
        <translation>Die OAuth-Einstellungen des Connectors haben keine Token-URL</translation>
    </message>
    <message>
        <source>the connector has no OAuth 2.0 connection parameter (apiProperties.json)</source>
        <translation>Der Connector hat keinen OAuth-2.0-Verbindungsparameter (apiProperties.json)</translation>
    </message>
    <message>
        <source>new OAuth token (expires %1)</source>
        <translation>neues OAuth-Token (läuft ab: %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the new token could not be stored in the keychain: %1</source>
        <translation>Das neue Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the token expiry could not be saved: %1</source>
        <translation>Der Ablauf des Tokens konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorDiff</name>
    <message>
        <source>operation removed</source>
        <translation>Operation entfernt</translation>
    </message>
    <message>
        <source>flows that use it stop working</source>
        <translation>Flows, die sie verwenden, funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; renamed to &quot;%2&quot;</source>
        <translation>operationId „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>flows and apps call the action by its operationId</source>
        <translation>Flows und Apps rufen die Aktion über ihre operationId auf</translation>
    </message>
    <message>
        <source>operation added</source>
        <translation>Operation hinzugefügt</translation>
    </message>
    <message>
        <source>nothing built on the old version uses it</source>
        <translation>nichts, was auf der alten Version aufbaut, verwendet sie</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>flows call the action by its operationId, not by its URL</source>
        <translation>Flows rufen die Aktion über ihre operationId auf, nicht über ihre URL</translation>
    </message>
    <message>
        <source>the operation</source>
        <translation>die Operation</translation>
    </message>
    <message>
        <source>visibility of %1 changed from %2 to %3</source>
        <translation>Sichtbarkeit von %1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>users can no longer see or set it; what flows set is lost</source>
        <translation>Benutzer können sie nicht mehr sehen oder setzen; was Flows setzen, geht verloren</translation>
    </message>
    <message>
        <source>only where the designer shows it changes</source>
        <translation>nur die Stelle, an der der Designer sie zeigt, ändert sich</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>it was internal: flows never set it</source>
        <translation>sie war intern: Flows setzen sie nie</translation>
    </message>
    <message>
        <source>flows that set it lose the value or fail to load</source>
        <translation>Flows, die sie setzen, verlieren den Wert oder lassen sich nicht laden</translation>
    </message>
    <message>
        <source>%1 added%2</source>
        <translation>%1 hinzugefügt%2</translation>
    </message>
    <message>
        <source> as required</source>
        <translation> als erforderlich</translation>
    </message>
    <message>
        <source>existing flows do not send it</source>
        <translation>bestehende Flows senden sie nicht</translation>
    </message>
    <message>
        <source>it has a default</source>
        <translation>sie hat einen Standardwert</translation>
    </message>
    <message>
        <source>it is optional</source>
        <translation>sie ist optional</translation>
    </message>
    <message>
        <source>%1 became required</source>
        <translation>%1 ist jetzt erforderlich</translation>
    </message>
    <message>
        <source>flows that left it empty now fail</source>
        <translation>Flows, die sie leer ließen, schlagen jetzt fehl</translation>
    </message>
    <message>
        <source>type of %1 changed from %2 to %3</source>
        <translation>Typ von %1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>values that flows set may no longer be valid</source>
        <translation>Werte, die Flows setzen, sind möglicherweise nicht mehr gültig</translation>
    </message>
    <message>
        <source>the response body</source>
        <translation>der Antwort-Body</translation>
    </message>
    <message>
        <source>response property &quot;%1&quot;</source>
        <translation>Antworteigenschaft „%1“</translation>
    </message>
    <message>
        <source>flows that use this output get nothing or fail</source>
        <translation>Flows, die diese Ausgabe verwenden, erhalten nichts oder schlagen fehl</translation>
    </message>
    <message>
        <source>flows that use this output read a different kind of value</source>
        <translation>Flows, die diese Ausgabe verwenden, lesen eine andere Art von Wert</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>a new output; what flows use is unchanged</source>
        <translation>eine neue Ausgabe; was Flows verwenden, bleibt unverändert</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Array von %1</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>body property &quot;%1&quot;</source>
        <translation>Body-Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>%1 parameter &quot;%2&quot;</source>
        <translation>%1-Parameter „%2“</translation>
    </message>
</context>
<context>
    <name>ConnectorDocument</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The connector has no folder yet: use Save As.</source>
        <translation>Der Connector hat noch keinen Ordner: Verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The connector is read-only until its files parse:
%1</source>
        <translation>Der Connector ist schreibgeschützt, bis seine Dateien lesbar sind:
%1</translation>
    </message>
    <message>
        <source>Cannot remove &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The connector is read-only: %1</source>
        <translation>Der Connector ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The connector has no %1.</source>
        <translation>Der Connector hat kein %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index of the array at &quot;%2&quot;</source>
        <translation>„%1“ ist kein Index des Arrays bei „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Index %1 is outside the array at &quot;%2&quot; (it has %n element(s))</source>
        <translation>
            <numerusform>Index %1 liegt außerhalb des Arrays bei „%2“ (es hat %n Element)</numerusform>
            <numerusform>Index %1 liegt außerhalb des Arrays bei „%2“ (es hat %n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an array: cannot create member &quot;%2&quot; in it</source>
        <translation>„%1“ ist ein Array: Das Element „%2“ kann darin nicht angelegt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not an object</source>
        <translation>„%1“ ist ein %2, kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not an object or array</source>
        <translation>„%1“ ist ein %2, kein Objekt oder Array</translation>
    </message>
    <message>
        <source>A member of an object needs a name</source>
        <translation>Ein Element eines Objekts braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a member &quot;%2&quot;</source>
        <translation>„%1“ hat bereits ein Element „%2“</translation>
    </message>
    <message>
        <source>Index %1 is past the end of &quot;%2&quot;</source>
        <translation>Index %1 liegt hinter dem Ende von „%2“</translation>
    </message>
    <message>
        <source>The root of a file cannot be removed</source>
        <translation>Die Wurzel einer Datei kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot move item %1 to %2 in &quot;%3&quot;</source>
        <translation>Element %1 kann in „%3“ nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>ConnectorExporter</name>
    <message>
        <source>The definition could not be read.</source>
        <translation>Die Definition konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ConnectorFolder</name>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connector folder: it has no apiDefinition.swagger.json and no apiProperties.json.</source>
        <translation>„%1“ ist kein Connector-Ordner: Er hat weder apiDefinition.swagger.json noch apiProperties.json.</translation>
    </message>
    <message>
        <source>The connector in &quot;%1&quot; is incomplete: %2 is missing.</source>
        <translation>Der Connector in „%1“ ist unvollständig: %2 fehlt.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 MB; the limit is %3 MB).</source>
        <translation>„%1“ ist zu groß (%2 MB; die Grenze ist %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectorImporter</name>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input is not valid %1: %2</source>
        <translation>Die Eingabe ist kein gültiges %1: %2</translation>
    </message>
    <message>
        <source>This is a Postman environment (variables only), not a collection: export the collection that uses it and import that.</source>
        <translation>Dies ist eine Postman-Umgebung (nur Variablen), keine Sammlung: Exportieren Sie die Sammlung, die sie verwendet, und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The input is not a Postman collection, an OpenAPI document or a Swagger 2.0 definition (no &quot;info&quot;/&quot;item&quot;, &quot;openapi&quot; or &quot;swagger&quot; member).</source>
        <translation>Die Eingabe ist weder eine Postman-Sammlung noch ein OpenAPI-Dokument noch eine Swagger-2.0-Definition (kein Element „info“/„item“, „openapi“ oder „swagger“).</translation>
    </message>
    <message>
        <source>The input&apos;s top level is not an object.</source>
        <translation>Die oberste Ebene der Eingabe ist kein Objekt.</translation>
    </message>
    <message>
        <source>Only Swagger 2.0 is supported (this document says &quot;%1&quot;).</source>
        <translation>Nur Swagger 2.0 wird unterstützt (dieses Dokument nennt „%1“).</translation>
    </message>
    <message>
        <source>Only OpenAPI 3.0 and 3.1 are supported (this document says &quot;%1&quot;).</source>
        <translation>Nur OpenAPI 3.0 und 3.1 werden unterstützt (dieses Dokument nennt „%1“).</translation>
    </message>
    <message>
        <source>Unknown input format.</source>
        <translation>Unbekanntes Eingabeformat.</translation>
    </message>
</context>
<context>
    <name>ConnectorMerge</name>
    <message>
        <source>The input could not be imported: nothing to merge.</source>
        <translation>Die Eingabe konnte nicht importiert werden: nichts zusammenzuführen.</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Neu importieren</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 already exists.</source>
        <translation>%1 %2 existiert bereits.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>parameter %1 (%2)</source>
        <translation>Parameter %1 (%2)</translation>
    </message>
    <message>
        <source>moved from %1 %2 to %3 %4</source>
        <translation>von %1 %2 nach %3 %4 verschoben</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>body schema changed</source>
        <translation>Body-Schema geändert</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 geändert</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>operationId %1 is taken: added as %2</source>
        <translation>operationId %1 ist vergeben: als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>The import&apos;s security definitions are not applied: the connector keeps its own.</source>
        <translation>Die Sicherheitsdefinitionen des Imports werden nicht übernommen: Der Connector behält seine eigenen.</translation>
    </message>
    <message>
        <source>The import&apos;s host %1 is not applied: the connector keeps %2.</source>
        <translation>Der Host %1 des Imports wird nicht übernommen: Der Connector behält %2.</translation>
    </message>
    <message>
        <source>The connector&apos;s definition is not a JSON object.</source>
        <translation>Die Definition des Connectors ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>The document has no info object; a title and version were made up.</source>
        <translation>Das Dokument hat kein info-Objekt; Titel und Version wurden erfunden.</translation>
    </message>
    <message>
        <source>The document names no server; the host is left empty (set it before publishing).</source>
        <translation>Das Dokument nennt keinen Server; der Host bleibt leer (setzen Sie ihn vor dem Veröffentlichen).</translation>
    </message>
    <message>
        <source>%1 servers are listed; Swagger 2.0 has one host, so the first is used.</source>
        <translation>%1 Server sind aufgeführt; Swagger 2.0 hat einen Host, daher wird der erste verwendet.</translation>
    </message>
    <message>
        <source>Server variables were replaced by their default values.</source>
        <translation>Servervariablen wurden durch ihre Standardwerte ersetzt.</translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; has undefined variables.</source>
        <translation>Die Server-URL „%1“ hat nicht definierte Variablen.</translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; has no host; the host is left empty.</source>
        <translation>Die Server-URL „%1“ hat keinen Host; der Host bleibt leer.</translation>
    </message>
    <message>
        <source>Bearer token: enter &quot;Bearer &quot; followed by the token</source>
        <translation>Bearer-Token: Geben Sie „Bearer “ gefolgt vom Token ein</translation>
    </message>
    <message>
        <source>HTTP bearer authentication written as an API key in the Authorization header.</source>
        <translation>HTTP-Bearer-Authentifizierung als API-Schlüssel im Authorization-Header geschrieben.</translation>
    </message>
    <message>
        <source>Swagger 2.0 has one OAuth 2.0 flow per scheme; the %1 flow is used.</source>
        <translation>Swagger 2.0 hat einen OAuth-2.0-Flow pro Schema; der Flow %1 wird verwendet.</translation>
    </message>
    <message>
        <source>The security scheme (type &quot;%1&quot;) has no Swagger 2.0 equivalent; dropped.</source>
        <translation>Das Sicherheitsschema (Typ „%1“) hat keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>components/%1 has no Swagger 2.0 section; used inline where referenced, else dropped.</source>
        <translation>components/%1 hat keinen Abschnitt in Swagger 2.0; dort eingebettet, wo referenziert, sonst verworfen.</translation>
    </message>
    <message>
        <source>No operationId: &quot;%1&quot; was made from the method and path.</source>
        <translation>Keine operationId: „%1“ wurde aus Methode und Pfad gebildet.</translation>
    </message>
    <message>
        <source>The operationId &quot;%1&quot; is %2; written as &quot;%3&quot;.</source>
        <translation>Die operationId „%1“ ist %2; als „%3“ geschrieben.</translation>
    </message>
    <message>
        <source>used twice</source>
        <translation>doppelt verwendet</translation>
    </message>
    <message>
        <source>not a valid identifier</source>
        <translation>kein gültiger Bezeichner</translation>
    </message>
    <message>
        <source>The response range %1 is written as %2.</source>
        <translation>Der Antwortbereich %1 wird als %2 geschrieben.</translation>
    </message>
    <message>
        <source>The response &quot;%1&quot; cannot be written in Swagger 2.0; dropped.</source>
        <translation>Die Antwort „%1“ lässt sich in Swagger 2.0 nicht schreiben; verworfen.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>A %1 request cannot have a body in a connector; the request body is dropped.</source>
        <translation>Eine %1-Anfrage kann in einem Connector keinen Body haben; der Body der Anfrage wird verworfen.</translation>
    </message>
    <message>
        <source>Operation %1 have no Swagger 2.0 equivalent; dropped.</source>
        <translation>Operation %1 haben keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>The path item&apos;s reference cannot be resolved; the path is dropped.</source>
        <translation>Die Referenz des Pfadeintrags lässt sich nicht auflösen; der Pfad wird verworfen.</translation>
    </message>
    <message>
        <source>TRACE operations cannot be written in Swagger 2.0; dropped.</source>
        <translation>TRACE-Operationen lassen sich in Swagger 2.0 nicht schreiben; verworfen.</translation>
    </message>
    <message>
        <source>Path-level servers have no Swagger 2.0 equivalent; dropped.</source>
        <translation>Server auf Pfadebene haben keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>The path parameter &quot;%1&quot; is not declared; added as a required string.</source>
        <translation>Der Pfadparameter „%1“ ist nicht deklariert; als erforderlicher String hinzugefügt.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &apos;/&apos;; dropped.</source>
        <translation>Der Pfad „%1“ beginnt nicht mit &apos;/&apos;; verworfen.</translation>
    </message>
    <message>
        <source>Webhooks have no Swagger 2.0 equivalent; dropped.</source>
        <translation>Webhooks haben keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>A mapping key must be a scalar.</source>
        <translation>Ein Mapping-Schlüssel muss ein Skalar sein.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 nodes (aliases?).</source>
        <translation>Das Dokument wächst auf mehr als %1 Knoten an (Aliase?).</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels.</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation>Das hier geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The body is read from the file %1, which is not available; the body&apos;s schema is left open.</source>
        <translation>Der Body wird aus der Datei %1 gelesen, die nicht verfügbar ist; das Schema des Bodys bleibt offen.</translation>
    </message>
    <message>
        <source>Cookies have no place in a connector definition; -b is ignored.</source>
        <translation>Cookies haben keinen Platz in einer Connector-Definition; -b wird ignoriert.</translation>
    </message>
    <message>
        <source>A second URL &quot;%1&quot; is ignored (one command, one operation).</source>
        <translation>Eine zweite URL „%1“ wird ignoriert (ein Befehl, eine Operation).</translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation>Der Befehl hat keine URL.</translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <source>The URL &quot;%1&quot; has no host; set it before publishing.</source>
        <translation>Die URL „%1“ hat keinen Host; setzen Sie ihn vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>The method %1 cannot be described in Swagger 2.0.</source>
        <translation>Die Methode %1 lässt sich in Swagger 2.0 nicht beschreiben.</translation>
    </message>
</context>
<context>
    <name>DefinitionEdits</name>
    <message>
        <source>There is no %1 entry &quot;%2&quot;.</source>
        <translation>Es gibt keinen %1-Eintrag „%2“.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in %2.</source>
        <translation>„%1“ existiert bereits in %2.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still used at %2.</source>
        <translation>„%1“ wird noch bei %2 verwendet.</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>Actions and triggers</source>
        <translation>Aktionen und Trigger</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add an operation (Ctrl+Shift+N)</source>
        <translation>Eine Operation hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected operation (Ctrl+Shift+D)</source>
        <translation>Die ausgewählte Operation kopieren (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected operation (Del in the list)</source>
        <translation>Die ausgewählte Operation löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Filter by summary, operation ID or path</source>
        <translation>Nach Zusammenfassung, Operations-ID oder Pfad filtern</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2 %3)? Undo brings it back.</source>
        <translation>„%1“ (%2 %3) löschen? Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation>Operation löschen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
</context>
<context>
    <name>DefinitionsPanel</name>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Schemas shared through $ref.</source>
        <translation>Über $ref gemeinsam genutzte Schemas.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename to... (Enter)</source>
        <translation>Umbenennen in... (Eingabe)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Find usages</source>
        <translation>Verwendungen suchen</translation>
    </message>
    <message>
        <source>Not used.</source>
        <translation>Nicht verwendet.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>New %1 name</source>
        <translation>Neuer Name für %1</translation>
    </message>
    <message>
        <source>Rename the selected %1</source>
        <translation>Ausgewählte %1 umbenennen</translation>
    </message>
    <message>
        <source>Renaming rewrites every $ref to it.</source>
        <translation>Umbenennen schreibt jede $ref darauf um.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected entry under a new name</source>
        <translation>Den ausgewählten Eintrag unter neuem Namen kopieren</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Delete the %1 %2?</source>
        <translation>%1 %2 löschen?</translation>
    </message>
    <message>
        <source>Shared parameters</source>
        <translation>Gemeinsame Parameter</translation>
    </message>
    <message>
        <source>Shared responses</source>
        <translation>Gemeinsame Antworten</translation>
    </message>
    <message>
        <source>Parameters operations use through $ref.</source>
        <translation>Parameter, die Operationen über $ref verwenden.</translation>
    </message>
    <message>
        <source>Responses operations use through $ref.</source>
        <translation>Antworten, die Operationen über $ref verwenden.</translation>
    </message>
    <message>
        <source>shared parameter</source>
        <translation>gemeinsamer Parameter</translation>
    </message>
    <message>
        <source>shared response</source>
        <translation>gemeinsame Antwort</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Shared response %1</source>
        <translation>Gemeinsame Antwort %1</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen.</translation>
    </message>
    <message>
        <source>The demo API lives under %1.</source>
        <translation>Die Demo-API liegt unter %1.</translation>
    </message>
    <message>
        <source>A valid API key is required in X-API-Key.</source>
        <translation>Ein gültiger API-Schlüssel in X-API-Key ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Breaking changes only</source>
        <translation>Nur inkompatible Änderungen</translation>
    </message>
    <message>
        <source>Compare Connector Versions</source>
        <translation>Connector-Versionen vergleichen</translation>
    </message>
    <message>
        <source>No differences in the operations, their parameters or their responses.</source>
        <translation>Keine Unterschiede in den Operationen, ihren Parametern oder ihren Antworten.</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Changes a flow built on the old version would see</source>
        <translation>Änderungen, die ein auf der alten Version gebauter Flow sehen würde</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>1 breaking change</source>
        <translation>1 inkompatible Änderung</translation>
    </message>
    <message>
        <source>%1 breaking changes</source>
        <translation>%1 inkompatible Änderungen</translation>
    </message>
    <message>
        <source>1 compatible</source>
        <translation>1 kompatible</translation>
    </message>
    <message>
        <source>%1 compatible</source>
        <translation>%1 kompatible</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Change, and why it matters</source>
        <translation>Änderung und warum sie zählt</translation>
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
        <translation>Neu aus Beispiel</translation>
    </message>
    <message>
        <source>Opened a copy of the sample connector: save it to keep it</source>
        <translation>Eine Kopie des Beispiel-Connectors geöffnet: Speichern Sie sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>Open Connector Folder</source>
        <translation>Connector-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Connector</source>
        <translation>Connector öffnen</translation>
    </message>
    <message>
        <source>Opened read-only: the connector has a file that cannot be parsed</source>
        <translation>Schreibgeschützt geöffnet: Der Connector hat eine Datei, die nicht gelesen werden kann</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n irregularities tolerated)</source>
        <translation>
            <numerusform>%1 geöffnet (%n Unregelmäßigkeit toleriert)</numerusform>
            <numerusform>%1 geöffnet (%n Unregelmäßigkeiten toleriert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Save Connector As (choose or create a folder)</source>
        <translation>Connector speichern unter (Ordner wählen oder anlegen)</translation>
    </message>
    <message>
        <source>Replace Connector</source>
        <translation>Connector ersetzen</translation>
    </message>
    <message>
        <source>%1 already holds a connector. Replace its files?</source>
        <translation>%1 enthält bereits einen Connector. Seine Dateien ersetzen?</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Connector closed</source>
        <translation>Connector geschlossen</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Nothing to do with %1: drop a connector folder, an API description (JSON or YAML) or a PNG/JPG icon</source>
        <translation>Mit %1 ist nichts anzufangen: Ziehen Sie einen Connector-Ordner, eine API-Beschreibung (JSON oder YAML) oder ein PNG/JPG-Symbol hierher</translation>
    </message>
    <message>
        <source>Open a connector first, then drop %1 to use it as the icon</source>
        <translation>Öffnen Sie zuerst einen Connector und ziehen Sie dann %1 hierher, um es als Symbol zu verwenden</translation>
    </message>
    <message>
        <source>Icon not set</source>
        <translation>Symbol nicht gesetzt</translation>
    </message>
    <message>
        <source>Icon set from %1 (%2)</source>
        <translation>Symbol aus %1 gesetzt (%2)</translation>
    </message>
</context>
<context>
    <name>DynamicInputEditor</name>
    <message>
        <source>Collection path</source>
        <translation>Pfad der Sammlung</translation>
    </message>
    <message>
        <source>Value path</source>
        <translation>Pfad des Werts</translation>
    </message>
    <message>
        <source>Title path</source>
        <translation>Pfad des Titels</translation>
    </message>
    <message>
        <source>Items at</source>
        <translation>Elemente unter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kind of dynamic input</source>
        <translation>Art der dynamischen Eingabe</translation>
    </message>
    <message>
        <source>Operation that gives the values</source>
        <translation>Operation, die die Werte liefert</translation>
    </message>
    <message>
        <source>Parameters of the called operation</source>
        <translation>Parameter der aufgerufenen Operation</translation>
    </message>
    <message>
        <source>Its parameter</source>
        <translation>Ihr Parameter</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>Parameter or value</source>
        <translation>Parameter oder Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Its parameters</source>
        <translation>Ihre Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (set)</source>
        <translation>%1 (gesetzt)</translation>
    </message>
    <message>
        <source>Values are typed by the user. A dynamic input fills them from another operation of the connector.</source>
        <translation>Werte werden vom Benutzer eingegeben. Eine dynamische Eingabe füllt sie aus einer anderen Operation des Connectors.</translation>
    </message>
    <message>
        <source>Set: %1.</source>
        <translation>Gesetzt: %1.</translation>
    </message>
    <message>
        <source>(choose an operation)</source>
        <translation>(eine Operation wählen)</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>ein fester Wert</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>ein Parameter</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Quelle von %1</translation>
    </message>
</context>
<context>
    <name>DynamicInputEdits</name>
    <message>
        <source>There is no parameter or property at %1.</source>
        <translation>Bei %1 gibt es keinen Parameter und keine Eigenschaft.</translation>
    </message>
    <message>
        <source>Choose the operation that gives the values.</source>
        <translation>Wählen Sie die Operation, die die Werte liefert.</translation>
    </message>
    <message>
        <source>There is no operation &quot;%1&quot;.</source>
        <translation>Es gibt keine Operation „%1“.</translation>
    </message>
    <message>
        <source>A mapped parameter has no name.</source>
        <translation>Ein zugeordneter Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;OpenAPI 3...</source>
        <translation>&amp;OpenAPI 3...</translation>
    </message>
    <message>
        <source>&amp;Postman Collection...</source>
        <translation>&amp;Postman-Sammlung...</translation>
    </message>
    <message>
        <source>&amp;Zip...</source>
        <translation>&amp;Zip...</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export as OpenAPI 3</source>
        <translation>Als OpenAPI 3 exportieren</translation>
    </message>
    <message>
        <source>OpenAPI JSON (*.json);;OpenAPI YAML (*.yaml *.yml)</source>
        <translation>OpenAPI-JSON (*.json);;OpenAPI-YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export as Postman Collection</source>
        <translation>Als Postman-Sammlung exportieren</translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation>Postman-Sammlungen (*.json)</translation>
    </message>
    <message>
        <source>Export as Zip</source>
        <translation>Als Zip exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n warning(s).</source>
        <translation>
            <numerusform>Nach %1 exportiert, mit %n Warnung.</numerusform>
            <numerusform>Nach %1 exportiert, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <source>Exported to %1. What the format cannot express (pointers into the definition):</source>
        <translation>Nach %1 exportiert. Was das Format nicht ausdrücken kann (Zeiger in die Definition):</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
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
        <translation>Name und Beschreibung, die man sieht, wenn man den Connector einem Flow oder einer App hinzufügt.</translation>
    </message>
    <message>
        <source>e.g. Contoso HR</source>
        <translation>z. B. Contoso HR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the connector does, in a sentence or two.</source>
        <translation>Was der Connector tut, in ein, zwei Sätzen.</translation>
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
        <source>Shown on the connector&apos;s card, on its background colour.</source>
        <translation>Auf der Karte des Connectors gezeigt, auf seiner Hintergrundfarbe.</translation>
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
        <translation>Verwenden Sie ein quadratisches PNG von 100–230 px unter 1 MB auf einer nicht weißen Farbe. JPG-Dateien werden in PNG umgewandelt.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Where the connector sends its requests.</source>
        <translation>Wohin der Connector seine Anfragen sendet.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>e.g. api.contoso.com</source>
        <translation>z. B. api.contoso.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>e.g. /v1</source>
        <translation>z. B. /v1</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Requests go to</source>
        <translation>Anfragen gehen an</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source> · certification needs at least %1</source>
        <translation> · die Zertifizierung verlangt mindestens %1</translation>
    </message>
    <message>
        <source> · certification allows at most %1</source>
        <translation> · die Zertifizierung erlaubt höchstens %1</translation>
    </message>
    <message>
        <source>Enter a host to see the address.</source>
        <translation>Geben Sie einen Host ein, um die Adresse zu sehen.</translation>
    </message>
    <message>
        <source>Load Icon</source>
        <translation>Symbol laden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Scheme HTTPS</source>
        <translation>Schema HTTPS</translation>
    </message>
    <message>
        <source>Scheme HTTP</source>
        <translation>Schema HTTP</translation>
    </message>
    <message>
        <source>Base path</source>
        <translation>Basispfad</translation>
    </message>
    <message>
        <source>Choose the icon background colour</source>
        <translation>Die Hintergrundfarbe des Symbols wählen</translation>
    </message>
    <message>
        <source>Icon background colour, hexadecimal</source>
        <translation>Hintergrundfarbe des Symbols, hexadezimal</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>History of exchanges</source>
        <translation>Verlauf der Austausche</translation>
    </message>
    <message>
        <source>Send the selected request again with the current connection</source>
        <translation>Die ausgewählte Anfrage erneut mit der aktuellen Verbindung senden</translation>
    </message>
    <message>
        <source>Compare the two selected exchanges</source>
        <translation>Die zwei ausgewählten Austausche vergleichen</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Details des Austauschs</translation>
    </message>
    <message>
        <source>Every exchange is kept here, credentials masked.</source>
        <translation>Jeder Austausch wird hier aufbewahrt, Anmeldedaten maskiert.</translation>
    </message>
    <message>
        <source>Save the connector to keep a history of its exchanges.</source>
        <translation>Speichern Sie den Connector, um einen Verlauf seiner Austausche zu führen.</translation>
    </message>
</context>
<context>
    <name>HttpRunner</name>
    <message>
        <source>%1 (certificate: %2)</source>
        <translation>%1 (Zertifikat: %2)</translation>
    </message>
    <message>
        <source>No response within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The connection closed before an answer (the server may have acted on the request).</source>
        <translation>Die Verbindung wurde vor einer Antwort geschlossen (der Server hat die Anfrage möglicherweise ausgeführt).</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>Not retried: %1 is not idempotent and the server may have acted on it.</source>
        <translation>Nicht wiederholt: %1 ist nicht idempotent, und der Server hat sie möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects.</source>
        <translation>Nach %1 Umleitungen gestoppt.</translation>
    </message>
    <message>
        <source>Redirected to %1: credentials were not sent there.</source>
        <translation>Nach %1 umgeleitet: Anmeldedaten wurden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The &quot;%1&quot; authentication has no connector equivalent; requests using it are imported without authentication (use a policy or script.csx).</source>
        <translation>Die Authentifizierung „%1“ hat keine Entsprechung in Connectors; Anfragen damit werden ohne Authentifizierung importiert (verwenden Sie eine Richtlinie oder script.csx).</translation>
    </message>
    <message>
        <source>Bearer authentication is written as an API key in the Authorization header.</source>
        <translation>Bearer-Authentifizierung wird als API-Schlüssel im Authorization-Header geschrieben.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 settings lack an authorization or token URL; fill them in the Security tab.</source>
        <translation>In den OAuth-2.0-Einstellungen fehlt eine Autorisierungs- oder Token-URL; tragen Sie sie im Tab „Sicherheit“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the method %2, which Swagger 2.0 cannot describe; not imported.</source>
        <translation>„%1“ verwendet die Methode %2, die Swagger 2.0 nicht beschreiben kann; nicht importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; calls the host %2, not %3; a connector has one host, so its path is kept under %3.</source>
        <translation>„%1“ ruft den Host %2 auf, nicht %3; ein Connector hat einen Host, daher bleibt der Pfad unter %3.</translation>
    </message>
    <message>
        <source>The base URL %1 uses a variable with no value in the collection; set the host before publishing.</source>
        <translation>Die Basis-URL %1 verwendet eine Variable ohne Wert in der Sammlung; setzen Sie den Host vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the same method and path (%2 %3) as the operation %4; merged into it.</source>
        <translation>„%1“ hat dieselbe Methode und denselben Pfad (%2 %3) wie die Operation %4; mit ihr zusammengeführt.</translation>
    </message>
    <message>
        <source>The collection has no requests.</source>
        <translation>Die Sammlung hat keine Anfragen.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import API Description</source>
        <translation>API-Beschreibung importieren</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Postman Collection</source>
        <translation>Postman-Sammlung importieren</translation>
    </message>
    <message>
        <source>Postman collections (*.json *.postman_collection);;All files (*)</source>
        <translation>Postman-Sammlungen (*.json *.postman_collection);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import OpenAPI or Swagger</source>
        <translation>OpenAPI oder Swagger importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation>Import von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>%1 konnte nicht importiert werden.

%2</translation>
    </message>
    <message>
        <source>The format was not recognised.</source>
        <translation>Das Format wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>Imported 1 operation from %1</source>
        <translation>1 Operation aus %1 importiert</translation>
    </message>
    <message>
        <source>Imported %1 operations from %2</source>
        <translation>%1 Operationen aus %2 importiert</translation>
    </message>
    <message>
        <source> with 1 warning</source>
        <translation> mit 1 Warnung</translation>
    </message>
    <message>
        <source> with %1 warnings</source>
        <translation> mit %1 Warnungen</translation>
    </message>
    <message>
        <source>: save it to keep it</source>
        <translation>: Speichern Sie, um es zu behalten</translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation>cURL-Befehl</translation>
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste a curl command (line continuations, -X, -H, -d, -u, -F are understood):</source>
        <translation>Fügen Sie einen curl-Befehl ein (Zeilenfortsetzungen, -X, -H, -d, -u, -F werden verstanden):</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: 1 operation imported as a new connector.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 1 Operation als neuer Connector importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 operations imported as a new connector.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Operationen als neuer Connector importiert.</translation>
    </message>
    <message>
        <source>What could not be carried over exactly is listed below, with its place in the input.</source>
        <translation>Was nicht genau übernommen werden konnte, steht unten, mit seiner Stelle in der Eingabe.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Where in %1</source>
        <translation>Wo in %1</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Hinweise zum Import</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
</context>
<context>
    <name>ImportedConnector</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>KeychainCall</name>
    <message>
        <source>the keychain did not answer in %1 s</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>LiveValidation</name>
    <message>
        <source>The problem is already gone.</source>
        <translation>Das Problem ist bereits behoben.</translation>
    </message>
    <message>
        <source>This problem has no automatic fix.</source>
        <translation>Für dieses Problem gibt es keine automatische Korrektur.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only receives the sign-in answer.</source>
        <translation>Diese Adresse empfängt nur die Antwort der Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The provider answered: %1 %2. You can close this window.</source>
        <translation>Der Anbieter antwortete: %1 %2. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Anmeldung empfangen</translation>
    </message>
    <message>
        <source>You can close this window and return to Connector Designer.</source>
        <translation>Sie können dieses Fenster schließen und zu Connector Designer zurückkehren.</translation>
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
        <translation>Die Änderungen seit dem letzten Speichern auflisten, inkompatible markiert</translation>
    </message>
    <message>
        <source>Compare With &amp;Folder...</source>
        <translation>Mit &amp;Ordner vergleichen...</translation>
    </message>
    <message>
        <source>List the changes from another version of the connector</source>
        <translation>Die Änderungen gegenüber einer anderen Version des Connectors auflisten</translation>
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
        <source>&amp;Validation Panel</source>
        <translation>&amp;Validierungsbereich</translation>
    </message>
    <message>
        <source>Show the validation panel</source>
        <translation>Den Validierungsbereich anzeigen</translation>
    </message>
    <message>
        <source>Read-only: a file of this connector cannot be parsed</source>
        <translation>Schreibgeschützt: Eine Datei dieses Connectors kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Connector Designer</source>
        <translation>Connector Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n irregularities tolerated while reading</source>
        <translation>
            <numerusform>%n Unregelmäßigkeit beim Lesen toleriert</numerusform>
            <numerusform>%n Unregelmäßigkeiten beim Lesen toleriert</numerusform>
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
        <translation>&amp;Beliebige API-Beschreibung...</translation>
    </message>
    <message>
        <source>&amp;Postman Collection...</source>
        <translation>&amp;Postman-Sammlung...</translation>
    </message>
    <message>
        <source>&amp;OpenAPI or Swagger...</source>
        <translation>&amp;OpenAPI oder Swagger...</translation>
    </message>
    <message>
        <source>&amp;cURL Command...</source>
        <translation>&amp;cURL-Befehl...</translation>
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
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The text in the Swagger tab does not parse (the error is marked there). Fix it, or press Revert to drop the typed text, then save again.</source>
        <translation>Der Text im Swagger-Tab ist fehlerhaft (der Fehler ist dort markiert). Beheben Sie ihn oder verwerfen Sie den getippten Text mit „Zurücksetzen“ und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Unapplied text</source>
        <translation>Nicht übernommener Text</translation>
    </message>
    <message>
        <source>The Swagger tab has typed text that was never applied. Close and lose it?</source>
        <translation>Im Swagger-Tab gibt es getippten Text, der nie übernommen wurde. Schließen und verwerfen?</translation>
    </message>
</context>
<context>
    <name>MergeChange</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>MergePlan</name>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>renamed %1 to %2 (the name is used for something else)</source>
        <translation>%1 in %2 umbenannt (der Name wird für etwas anderes verwendet)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 unverändert, %4 entfernt</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>Not in the import (%1)</source>
        <translation>Nicht im Import (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unverändert (%1)</translation>
    </message>
    <message>
        <source>Delete removed operations</source>
        <translation>Entfernte Operationen löschen</translation>
    </message>
    <message>
        <source>Re-import into This Connector</source>
        <translation>In diesen Connector neu importieren</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Off: the operations the import no longer has stay in the connector.</source>
        <translation>Aus: Die Operationen, die der Import nicht mehr hat, bleiben im Connector.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <source>Summaries, descriptions, visibility, labels, dynamic values, responses, security and policies you changed are kept.</source>
        <translation>Von Ihnen geänderte Zusammenfassungen, Beschreibungen, Sichtbarkeit, Beschriftungen, dynamische Werte, Antworten, Sicherheit und Richtlinien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Definitions added (%1)</source>
        <translation>Hinzugefügte Definitionen (%1)</translation>
    </message>
    <message>
        <source>renamed from %1: the name is taken</source>
        <translation>umbenannt von %1: Der Name ist vergeben</translation>
    </message>
    <message>
        <source>Up to date: nothing to change</source>
        <translation>Aktuell: nichts zu ändern</translation>
    </message>
    <message>
        <source>will be deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>kept in the connector</source>
        <translation>bleibt im Connector</translation>
    </message>
    <message>
        <source>Kept: %1
In the import: %2</source>
        <translation>Behalten: %1
Im Import: %2</translation>
    </message>
</context>
<context>
    <name>NameStyle</name>
    <message>
        <source>The operation ID is empty.</source>
        <translation>Die Operations-ID ist leer.</translation>
    </message>
    <message>
        <source>The operation ID &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Die Operations-ID „%1“ darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; enthalten.</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <source>New Operation</source>
        <translation>Neue Operation</translation>
    </message>
    <message>
        <source>e.g. /items/{itemId}</source>
        <translation>z. B. /items/{itemId}</translation>
    </message>
    <message>
        <source>e.g. Get an item</source>
        <translation>z. B. Ein Element abrufen</translation>
    </message>
    <message>
        <source>Optional: made from the summary</source>
        <translation>Optional: aus der Zusammenfassung gebildet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Operations-ID</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>The sign-in timed out after %1 s without an answer from the provider.</source>
        <translation>Die Anmeldung ist nach %1 s ohne Antwort des Anbieters abgelaufen.</translation>
    </message>
    <message>
        <source>Another sign-in is still running.</source>
        <translation>Eine andere Anmeldung läuft noch.</translation>
    </message>
    <message>
        <source>The browser could not be opened for the sign-in.</source>
        <translation>Der Browser konnte für die Anmeldung nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1: %2</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>The sign-in answer was rejected: its state does not match the one this sign-in sent.</source>
        <translation>Die Antwort der Anmeldung wurde zurückgewiesen: Ihr state passt nicht zu dem, den diese Anmeldung gesendet hat.</translation>
    </message>
    <message>
        <source>The sign-in answer has no authorization code.</source>
        <translation>Die Antwort der Anmeldung enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1: %2</source>
        <translation>Der Token-Endpunkt antwortete HTTP %1: %2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1: %2: %3</source>
        <translation>Der Token-Endpunkt antwortete HTTP %1: %2: %3</translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Der Token-Endpunkt %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an access token.</source>
        <translation>Der Token-Endpunkt antwortete HTTP %1 ohne Zugriffstoken.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OAuthSession</name>
    <message>
        <source>The access token has expired and there is no refresh token: sign in again.</source>
        <translation>Das Zugriffstoken ist abgelaufen, und es gibt kein Aktualisierungstoken: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>OpenApi3Exporter</name>
    <message>
        <source>The definition is not a Swagger 2.0 document (no &quot;swagger&quot;: &quot;2.0&quot;).</source>
        <translation>Die Definition ist kein Swagger-2.0-Dokument (kein &quot;swagger&quot;: &quot;2.0&quot;).</translation>
    </message>
    <message>
        <source>The definition has no host; the server URL is relative to where the document is served.</source>
        <translation>Die Definition hat keinen Host; die Server-URL ist relativ zum Ort, von dem das Dokument geladen wird.</translation>
    </message>
    <message>
        <source>Unknown OAuth 2.0 flow &quot;%1&quot;; exported as authorizationCode.</source>
        <translation>Unbekannter OAuth-2.0-Flow „%1“; als authorizationCode exportiert.</translation>
    </message>
    <message>
        <source>OpenAPI 3 requires the OAuth 2.0 URLs; a placeholder (example.invalid) stands in for the missing one.</source>
        <translation>OpenAPI 3 verlangt die OAuth-2.0-URLs; ein Platzhalter (example.invalid) steht für die fehlende.</translation>
    </message>
    <message>
        <source>Unknown security type &quot;%1&quot;; copied as is.</source>
        <translation>Unbekannter Sicherheitstyp „%1“; unverändert kopiert.</translation>
    </message>
</context>
<context>
    <name>OpenApi3Operations</name>
    <message>
        <source>A path item reference is not exported.</source>
        <translation>Eine Referenz auf einen Pfadeintrag wird nicht exportiert.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>The operation has no responses; OpenAPI 3 requires one, a default response was added.</source>
        <translation>Die Operation hat keine Antworten; OpenAPI 3 verlangt eine, eine default-Antwort wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Per-operation schemes have no OpenAPI 3 equivalent; the document&apos;s servers apply.</source>
        <translation>Schemas pro Operation haben keine Entsprechung in OpenAPI 3; es gelten die Server des Dokuments.</translation>
    </message>
    <message>
        <source>collectionFormat tsv has no OpenAPI 3 style; exported as comma-separated.</source>
        <translation>collectionFormat tsv hat keinen OpenAPI-3-Stil; als kommagetrennt exportiert.</translation>
    </message>
</context>
<context>
    <name>OpenApi3Schema</name>
    <message>
        <source>&quot;%1&quot; is not a valid OpenAPI 3 component name; exported as &quot;%2&quot;.</source>
        <translation>„%1“ ist kein gültiger OpenAPI-3-Komponentenname; als „%2“ exportiert.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; does not point to a definition; kept as is.</source>
        <translation>Die Referenz „%1“ zeigt nicht auf eine Definition; unverändert belassen.</translation>
    </message>
</context>
<context>
    <name>OpenApiConverter</name>
    <message>
        <source>The connection uses the first security scheme; &quot;%1&quot; is kept in the definition only.</source>
        <translation>Die Verbindung verwendet das erste Sicherheitsschema; „%1“ bleibt nur in der Definition.</translation>
    </message>
</context>
<context>
    <name>OpenApiDiscovery</name>
    <message>
        <source>No API description found: tried %1 address(es).</source>
        <translation>Keine API-Beschreibung gefunden: %1 Adresse(n) versucht.</translation>
    </message>
    <message>
        <source> (does it need an API key header?)</source>
        <translation> (braucht es einen API-Schlüssel-Header?)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but not an API description (%2)</source>
        <translation>%1, aber keine API-Beschreibung (%2)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>OpenApiOperationConverter</name>
    <message>
        <source>A %1 value cannot be described here in Swagger 2.0; approximated as a string.</source>
        <translation>Ein %1-Wert lässt sich hier in Swagger 2.0 nicht beschreiben; als String angenähert.</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>zusammengesetzter</translation>
    </message>
    <message>
        <source>The parameter reference &quot;%1&quot; cannot be resolved; dropped.</source>
        <translation>Die Parameterreferenz „%1“ lässt sich nicht auflösen; verworfen.</translation>
    </message>
    <message>
        <source>The cookie parameter &quot;%1&quot; has no Swagger 2.0 equivalent; dropped.</source>
        <translation>Der Cookie-Parameter „%1“ hat keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>A parameter without a name or a known location (&quot;%1&quot;); dropped.</source>
        <translation>Ein Parameter ohne Namen oder bekannten Ort („%1“); verworfen.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is described by media content; approximated as a string.</source>
        <translation>Der Parameter „%1“ wird über Medieninhalt beschrieben; als String angenähert.</translation>
    </message>
    <message>
        <source>The form body has no properties to turn into form fields; none written.</source>
        <translation>Der Formular-Body hat keine Eigenschaften, die zu Formularfeldern werden könnten; keine geschrieben.</translation>
    </message>
    <message>
        <source>The request body has no content; dropped.</source>
        <translation>Der Body der Anfrage hat keinen Inhalt; verworfen.</translation>
    </message>
    <message>
        <source>The response reference &quot;%1&quot; cannot be resolved; replaced by a bare response.</source>
        <translation>Die Antwortreferenz „%1“ lässt sich nicht auflösen; durch eine leere Antwort ersetzt.</translation>
    </message>
    <message>
        <source>Response links have no Swagger 2.0 equivalent; dropped.</source>
        <translation>Antwort-Links haben keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
</context>
<context>
    <name>OpenApiSchemaConverter</name>
    <message>
        <source>The reference &quot;%1&quot; cannot be resolved inside the document; replaced by an open schema.</source>
        <translation>Die Referenz „%1“ lässt sich im Dokument nicht auflösen; durch ein offenes Schema ersetzt.</translation>
    </message>
    <message>
        <source>The type &quot;null&quot; has no Swagger 2.0 equivalent; written as an open schema with x-nullable.</source>
        <translation>Der Typ „null“ hat keine Entsprechung in Swagger 2.0; als offenes Schema mit x-nullable geschrieben.</translation>
    </message>
    <message>
        <source>The type list [%1] has no Swagger 2.0 equivalent; the type is left open.</source>
        <translation>Die Typliste [%1] hat keine Entsprechung in Swagger 2.0; der Typ bleibt offen.</translation>
    </message>
    <message>
        <source>&quot;null&quot; in the type list is written as x-nullable.</source>
        <translation>„null“ in der Typliste wird als x-nullable geschrieben.</translation>
    </message>
    <message>
        <source>%1 with one non-null alternative written as that alternative%2.</source>
        <translation>%1 mit einer Nicht-null-Alternative als diese Alternative geschrieben%2.</translation>
    </message>
    <message>
        <source> with x-nullable</source>
        <translation> mit x-nullable</translation>
    </message>
    <message>
        <source>%1 with %2 alternatives has no Swagger 2.0 equivalent; approximated by an open schema.</source>
        <translation>%1 mit %2 Alternativen hat keine Entsprechung in Swagger 2.0; durch ein offenes Schema angenähert.</translation>
    </message>
    <message>
        <source>nullable written as x-nullable.</source>
        <translation>nullable als x-nullable geschrieben.</translation>
    </message>
    <message>
        <source>const written as an enum of one value.</source>
        <translation>const als enum mit einem Wert geschrieben.</translation>
    </message>
    <message>
        <source>The discriminator&apos;s mapping has no Swagger 2.0 equivalent; dropped.</source>
        <translation>Das Mapping des Diskriminators hat keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>The schema keyword &quot;%1&quot; has no Swagger 2.0 equivalent; dropped.</source>
        <translation>Das Schema-Schlüsselwort „%1“ hat keine Entsprechung in Swagger 2.0; verworfen.</translation>
    </message>
    <message>
        <source>The schema nests deeper than %1 levels; the rest is left open.</source>
        <translation>Das Schema ist tiefer als %1 Ebenen verschachtelt; der Rest bleibt offen.</translation>
    </message>
    <message>
        <source>&quot;required&quot; is not a list of names; dropped.</source>
        <translation>„required“ ist keine Liste von Namen; verworfen.</translation>
    </message>
    <message>
        <source>The required property %1 is not among the schema&apos;s properties (after approximation); dropped from &quot;required&quot;.</source>
        <translation>Die erforderliche Eigenschaft %1 ist (nach der Annäherung) nicht unter den Eigenschaften des Schemas; aus „required“ entfernt.</translation>
    </message>
    <message>
        <source>The required properties %1 are not among the schema&apos;s properties (after approximation); dropped from &quot;required&quot;.</source>
        <translation>Die erforderlichen Eigenschaften %1 sind (nach der Annäherung) nicht unter den Eigenschaften des Schemas; aus „required“ entfernt.</translation>
    </message>
    <message>
        <source>An empty &quot;required&quot; list is not allowed in Swagger 2.0; dropped.</source>
        <translation>Eine leere „required“-Liste ist in Swagger 2.0 nicht erlaubt; verworfen.</translation>
    </message>
    <message>
        <source>A name listed twice in &quot;required&quot; is written once.</source>
        <translation>Ein in „required“ doppelt aufgeführter Name wird einmal geschrieben.</translation>
    </message>
</context>
<context>
    <name>OperationEditor</name>
    <message>
        <source>Select an operation on the left, or create one with New.</source>
        <translation>Wählen Sie links eine Operation aus oder legen Sie mit „Neu“ eine an.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>This operation sends no body. Add a parameter located in &quot;body&quot; on the Request tab, or import a sample request there.</source>
        <translation>Diese Operation sendet keinen Body. Fügen Sie im Tab „Anfrage“ einen Parameter mit Ort „body“ hinzu oder importieren Sie dort eine Beispielanfrage.</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
</context>
<context>
    <name>OperationEdits</name>
    <message>
        <source>Another operation already has the ID &quot;%1&quot;.</source>
        <translation>Eine andere Operation hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>%1 %2 already exists.</source>
        <translation>%1 %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Add operation %1</source>
        <translation>Operation %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate operation %1</source>
        <translation>Operation %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete operation %1</source>
        <translation>Operation %1 löschen</translation>
    </message>
    <message>
        <source>%1 at %2 still calls the deleted operation %3.</source>
        <translation>%1 bei %2 ruft noch die gelöschte Operation %3 auf.</translation>
    </message>
    <message>
        <source>scriptOperations is now empty: the custom code applies to every operation.</source>
        <translation>scriptOperations ist jetzt leer: Der benutzerdefinierte Code gilt für jede Operation.</translation>
    </message>
    <message>
        <source>Removed the policy &quot;%1&quot;: it applied only to %2.</source>
        <translation>Die Richtlinie „%1“ wurde entfernt: Sie galt nur für %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visibility (important, advanced, internal).</source>
        <translation>„%1“ ist keine Sichtbarkeit (important, advanced, internal).</translation>
    </message>
</context>
<context>
    <name>OperationGeneralForm</name>
    <message>
        <source>Deprecated: hidden from new flows, existing ones keep working</source>
        <translation>Veraltet: in neuen Flows ausgeblendet, bestehende funktionieren weiter</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>How the operation appears to people building flows.</source>
        <translation>Wie die Operation für Personen erscheint, die Flows erstellen.</translation>
    </message>
    <message>
        <source>e.g. Get an employee</source>
        <translation>z. B. Einen Mitarbeiter abrufen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the operation does, in a sentence.</source>
        <translation>Was die Operation tut, in einem Satz.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Operations-ID</translation>
    </message>
    <message>
        <source>None (shown as usual)</source>
        <translation>Keine (normal angezeigt)</translation>
    </message>
    <message>
        <source>Important (shown first)</source>
        <translation>Wichtig (zuerst angezeigt)</translation>
    </message>
    <message>
        <source>Advanced (under a toggle)</source>
        <translation>Erweitert (hinter einem Schalter)</translation>
    </message>
    <message>
        <source>Internal (hidden)</source>
        <translation>Intern (ausgeblendet)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Make trigger...</source>
        <translation>Trigger erstellen...</translation>
    </message>
    <message>
        <source>Operation summary</source>
        <translation>Zusammenfassung der Operation</translation>
    </message>
    <message>
        <source>Operation description</source>
        <translation>Beschreibung der Operation</translation>
    </message>
    <message>
        <source>Turn this operation into a webhook or polling trigger</source>
        <translation>Diese Operation in einen Webhook- oder Abfrage-Trigger umwandeln</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Webhook trigger, batch</source>
        <translation>Webhook-Trigger, Stapel</translation>
    </message>
    <message>
        <source>Webhook trigger, one run per item</source>
        <translation>Webhook-Trigger, ein Lauf pro Element</translation>
    </message>
    <message>
        <source>Polling trigger, batch</source>
        <translation>Abfrage-Trigger, Stapel</translation>
    </message>
    <message>
        <source>Polling trigger, one run per item</source>
        <translation>Abfrage-Trigger, ein Lauf pro Element</translation>
    </message>
    <message>
        <source>Rebuild trigger...</source>
        <translation>Trigger neu erstellen...</translation>
    </message>
</context>
<context>
    <name>OperationKey</name>
    <message>
        <source>The path is empty.</source>
        <translation>Der Pfad ist leer.</translation>
    </message>
    <message>
        <source>The path must start with &apos;/&apos;.</source>
        <translation>Der Pfad muss mit &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>The path must not contain a query (&apos;?&apos;) or fragment (&apos;#&apos;): use query parameters.</source>
        <translation>Der Pfad darf keine Abfrage (&apos;?&apos;) und kein Fragment (&apos;#&apos;) enthalten: Verwenden Sie Abfrageparameter.</translation>
    </message>
    <message>
        <source>The path must not contain spaces.</source>
        <translation>Der Pfad darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A &apos;{&apos; inside a placeholder: placeholders cannot nest.</source>
        <translation>Ein &apos;{&apos; innerhalb eines Platzhalters: Platzhalter können nicht verschachtelt werden.</translation>
    </message>
    <message>
        <source>A &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>Ein &apos;}&apos; ohne zugehöriges &apos;{&apos;.</translation>
    </message>
    <message>
        <source>An empty placeholder &apos;{}&apos;.</source>
        <translation>Ein leerer Platzhalter &apos;{}&apos;.</translation>
    </message>
    <message>
        <source>The placeholder {%1} appears twice.</source>
        <translation>Der Platzhalter {%1} kommt doppelt vor.</translation>
    </message>
    <message>
        <source>A &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>Ein &apos;{&apos; ohne zugehöriges &apos;}&apos;.</translation>
    </message>
</context>
<context>
    <name>OperationListModel</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>OperationRename</name>
    <message>
        <source>No operation has the ID &quot;%1&quot;.</source>
        <translation>Keine Operation hat die ID „%1“.</translation>
    </message>
    <message>
        <source>Several operations have the ID &quot;%1&quot;: rename one of them by its path and method.</source>
        <translation>Mehrere Operationen haben die ID „%1“: Benennen Sie eine davon über ihren Pfad und ihre Methode um.</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>Another operation already has the ID &quot;%1&quot;.</source>
        <translation>Eine andere Operation hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Rename operation %1 to %2</source>
        <translation>Operation %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>References to &quot;%1&quot; were left alone: several operations had that ID.</source>
        <translation>Verweise auf „%1“ blieben unverändert: Mehrere Operationen hatten diese ID.</translation>
    </message>
</context>
<context>
    <name>ParameterEdits</name>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Ein Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter location.</source>
        <translation>„%1“ ist kein Parameterort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter type.</source>
        <translation>„%1“ ist kein Parametertyp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visibility.</source>
        <translation>„%1“ ist keine Sichtbarkeit.</translation>
    </message>
    <message>
        <source>The operation already has the %1 parameter &quot;%2&quot;.</source>
        <translation>Die Operation hat bereits den %1-Parameter „%2“.</translation>
    </message>
    <message>
        <source>The operation already has a body parameter.</source>
        <translation>Die Operation hat bereits einen Body-Parameter.</translation>
    </message>
    <message>
        <source>The path has no {%1}: add it to the path, and the parameter follows.</source>
        <translation>Der Pfad hat kein {%1}: Fügen Sie es dem Pfad hinzu, der Parameter folgt.</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no parameter at %1.</source>
        <translation>Bei %1 gibt es keinen Parameter.</translation>
    </message>
    <message>
        <source>The path already has {%1}.</source>
        <translation>Der Pfad hat bereits {%1}.</translation>
    </message>
    <message>
        <source>{%1} is the shared parameter %2: rename it under References, and the placeholder in the path.</source>
        <translation>{%1} ist der gemeinsame Parameter %2: Benennen Sie ihn unter „Referenzen“ um, und den Platzhalter im Pfad.</translation>
    </message>
    <message>
        <source>A body parameter cannot change its location: delete it and add another.</source>
        <translation>Ein Body-Parameter kann seinen Ort nicht ändern: Löschen Sie ihn und fügen Sie einen anderen hinzu.</translation>
    </message>
    <message>
        <source>The path has {%1}: remove it from the path instead.</source>
        <translation>Der Pfad hat {%1}: Entfernen Sie es stattdessen aus dem Pfad.</translation>
    </message>
    <message>
        <source>Add {%1} to the path instead: its path parameter follows.</source>
        <translation>Fügen Sie stattdessen {%1} dem Pfad hinzu: Sein Pfadparameter folgt.</translation>
    </message>
    <message>
        <source>A path parameter is always required.</source>
        <translation>Ein Pfadparameter ist immer erforderlich.</translation>
    </message>
    <message>
        <source>A body parameter has a schema, not a type.</source>
        <translation>Ein Body-Parameter hat ein Schema, keinen Typ.</translation>
    </message>
    <message>
        <source>x-ms-url-encoding is &quot;single&quot; or &quot;double&quot;.</source>
        <translation>x-ms-url-encoding ist „single“ oder „double“.</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Parameter %1 bearbeiten</translation>
    </message>
    <message>
        <source>The path %1 already exists.</source>
        <translation>Der Pfad %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The label people see</source>
        <translation>Die angezeigte Beschriftung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>One value per line; &quot;value = Display name&quot; to name it</source>
        <translation>Ein Wert pro Zeile; „Wert = Anzeigename“ benennt ihn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Type / format</source>
        <translation>Typ / Format</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>URL encoding</source>
        <translation>URL-Kodierung</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Zulässige Werte</translation>
    </message>
    <message>
        <source>Parameter “%1”</source>
        <translation>Parameter „%1“</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Select a parameter to edit it.</source>
        <translation>Wählen Sie einen Parameter aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Shared parameter %1: changes apply to every operation that uses it.</source>
        <translation>Gemeinsamer Parameter %1: Änderungen gelten für jede Operation, die ihn verwendet.</translation>
    </message>
    <message>
        <source>Declared on the path %1: changes apply to all its operations.</source>
        <translation>Am Pfad %1 deklariert: Änderungen gelten für alle seine Operationen.</translation>
    </message>
    <message>
        <source>The request body. Its schema is edited in the schema editor.</source>
        <translation>Der Body der Anfrage. Sein Schema wird im Schema-Editor bearbeitet.</translation>
    </message>
    <message>
        <source>Dynamic values</source>
        <translation>Dynamische Werte</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>Parameter location</source>
        <translation>Ort des Parameters</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Parametertyp</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Parameterformat</translation>
    </message>
    <message>
        <source>Parameter default value</source>
        <translation>Standardwert des Parameters</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Beschreibung des Parameters</translation>
    </message>
    <message>
        <source>Parameter label</source>
        <translation>Beschriftung des Parameters</translation>
    </message>
    <message>
        <source>Parameter allowed values</source>
        <translation>Zulässige Werte des Parameters</translation>
    </message>
    <message>
        <source>A shared parameter: every operation that refers to it through $ref uses it.</source>
        <translation>Ein gemeinsamer Parameter: Jede Operation, die über $ref auf ihn verweist, verwendet ihn.</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <source>Declared on the path: every operation of %1 shares it.</source>
        <translation>Am Pfad deklariert: Alle Operationen von %1 teilen ihn.</translation>
    </message>
    <message>
        <source>Shared parameter %1: a change applies to every operation using it.</source>
        <translation>Gemeinsamer Parameter %1: Eine Änderung gilt für jede Operation, die ihn verwendet.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (gemeinsam)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Array von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>PathEdits</name>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 already exists.</source>
        <translation>%1 %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Change path of %1</source>
        <translation>Pfad von %1 ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>Change method of %1</source>
        <translation>Methode von %1 ändern</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in this step</source>
        <translation>Kommt in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>PoliciesPanel</name>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Run-time changes to requests and responses.</source>
        <translation>Änderungen an Anfragen und Antworten zur Laufzeit.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a policy from a template</source>
        <translation>Eine Richtlinie aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected policy</source>
        <translation>Die ausgewählte Richtlinie kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected policy</source>
        <translation>Die ausgewählte Richtlinie löschen</translation>
    </message>
    <message>
        <source>Filter by title, template or operation</source>
        <translation>Nach Titel, Vorlage oder Operation filtern</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>Richtlinien filtern</translation>
    </message>
    <message>
        <source>No policies yet. New adds one: set a header, route a request, convert a body, make a polling trigger...</source>
        <translation>Noch keine Richtlinien. „Neu“ fügt eine hinzu: einen Header setzen, eine Anfrage umleiten, einen Body umwandeln, einen Abfrage-Trigger erstellen...</translation>
    </message>
    <message>
        <source>No policy is selected.</source>
        <translation>Keine Richtlinie ausgewählt.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the policy &quot;%1&quot;?</source>
        <translation>Die Richtlinie „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>PolicyEdits</name>
    <message>
        <source>There is no policy %1.</source>
        <translation>Es gibt keine Richtlinie %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known policy template.</source>
        <translation>„%1“ ist keine bekannte Richtlinienvorlage.</translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>Richtlinie %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate policy %1</source>
        <translation>Richtlinie %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>Richtlinie %1 löschen</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Set %1 of policy %2</source>
        <translation>%1 der Richtlinie %2 setzen</translation>
    </message>
    <message>
        <source>Set the operations of policy %1</source>
        <translation>Die Operationen der Richtlinie %1 setzen</translation>
    </message>
    <message>
        <source>A policy is a JSON object.</source>
        <translation>Eine Richtlinie ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A policy needs a &quot;templateId&quot;.</source>
        <translation>Eine Richtlinie braucht eine „templateId“.</translation>
    </message>
    <message>
        <source>Edit policy %1 as JSON</source>
        <translation>Richtlinie %1 als JSON bearbeiten</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Apply JSON</source>
        <translation>JSON übernehmen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Changes requests or responses at run time, without code.</source>
        <translation>Ändert Anfragen oder Antworten zur Laufzeit, ohne Code.</translation>
    </message>
    <message>
        <source>Policy title</source>
        <translation>Titel der Richtlinie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Values or expressions such as @body() or @connectionParameters(&apos;name&apos;). * marks required ones.</source>
        <translation>Werte oder Ausdrücke wie @body() oder @connectionParameters(&apos;name&apos;). * markiert erforderliche.</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>Abschnitt der Richtlinie</translation>
    </message>
    <message>
        <source>Request (before the call)</source>
        <translation>Anfrage (vor dem Aufruf)</translation>
    </message>
    <message>
        <source>Response (after the call)</source>
        <translation>Antwort (nach dem Aufruf)</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>The operations it runs for; none checked: all.</source>
        <translation>Die Operationen, für die sie läuft; keine angehakt: alle.</translation>
    </message>
    <message>
        <source>Operations the policy applies to</source>
        <translation>Operationen, für die die Richtlinie gilt</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The whole entry as in apiProperties.json; Apply replaces it (one undo step).</source>
        <translation>Der ganze Eintrag wie in apiProperties.json; „Übernehmen“ ersetzt ihn (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>Policy as JSON</source>
        <translation>Richtlinie als JSON</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;: edit it as JSON below.</source>
        <translation>Unbekannte Vorlage „%1“: Bearbeiten Sie sie unten als JSON.</translation>
    </message>
</context>
<context>
    <name>PolicyListModel</name>
    <message>
        <source>Unknown template &quot;%1&quot;</source>
        <translation>Unbekannte Vorlage „%1“</translation>
    </message>
    <message>
        <source>all operations</source>
        <translation>alle Operationen</translation>
    </message>
    <message numerus="yes">
        <source>%n operations</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not a template the Power Platform knows; edit it as JSON.</source>
        <translation>Keine Vorlage, die die Power Platform kennt; bearbeiten Sie sie als JSON.</translation>
    </message>
</context>
<context>
    <name>PolicyTemplateCatalog</name>
    <message>
        <source>If it exists</source>
        <translation>Falls vorhanden</translation>
    </message>
    <message>
        <source>What to do when the request already has it</source>
        <translation>Was geschieht, wenn die Anfrage es bereits hat</translation>
    </message>
    <message>
        <source>Parent path</source>
        <translation>Übergeordneter Pfad</translation>
    </message>
    <message>
        <source>Expression of the object that holds the property, e.g. @body()</source>
        <translation>Ausdruck des Objekts, das die Eigenschaft enthält, z. B. @body()</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Where the result goes, e.g. @body().items</source>
        <translation>Wohin das Ergebnis kommt, z. B. @body().items</translation>
    </message>
    <message>
        <source>Set host URL</source>
        <translation>Host-URL setzen</translation>
    </message>
    <message>
        <source>Sends the request to a host built from an expression, e.g. from a connection parameter.</source>
        <translation>Sendet die Anfrage an einen Host, der aus einem Ausdruck gebildet wird, z. B. aus einem Verbindungsparameter.</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>URL-Vorlage</translation>
    </message>
    <message>
        <source>e.g. https://@connectionParameters(&apos;instance&apos;).example.com</source>
        <translation>z. B. https://@connectionParameters(&apos;instance&apos;).example.com</translation>
    </message>
    <message>
        <source>Set HTTP header</source>
        <translation>HTTP-Header setzen</translation>
    </message>
    <message>
        <source>Sets a header on the request or the response.</source>
        <translation>Setzt einen Header in der Anfrage oder der Antwort.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>e.g. X-Api-Version</source>
        <translation>z. B. X-Api-Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A value or an expression, e.g. @headers(&apos;x-ms-token&apos;)</source>
        <translation>Ein Wert oder ein Ausdruck, z. B. @headers(&apos;x-ms-token&apos;)</translation>
    </message>
    <message>
        <source>Set query string parameter</source>
        <translation>Abfrageparameter setzen</translation>
    </message>
    <message>
        <source>Sets a query string parameter on the request.</source>
        <translation>Setzt einen Abfrageparameter in der Anfrage.</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>e.g. api-version</source>
        <translation>z. B. api-version</translation>
    </message>
    <message>
        <source>A value or an expression</source>
        <translation>Ein Wert oder ein Ausdruck</translation>
    </message>
    <message>
        <source>Route request</source>
        <translation>Anfrage umleiten</translation>
    </message>
    <message>
        <source>Sends the request to another path (and method) of the API.</source>
        <translation>Sendet die Anfrage an einen anderen Pfad (und eine andere Methode) der API.</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Neuer Pfad</translation>
    </message>
    <message>
        <source>e.g. /v2/items/{id}</source>
        <translation>z. B. /v2/items/{id}</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>e.g. GET, or @Request.OriginalHTTPMethod</source>
        <translation>z. B. GET oder @Request.OriginalHTTPMethod</translation>
    </message>
    <message>
        <source>Set property</source>
        <translation>Eigenschaft setzen</translation>
    </message>
    <message>
        <source>Adds or sets a property in the request or response body.</source>
        <translation>Fügt eine Eigenschaft im Body der Anfrage oder Antwort hinzu oder setzt sie.</translation>
    </message>
    <message>
        <source>e.g. @body()</source>
        <translation>z. B. @body()</translation>
    </message>
    <message>
        <source>e.g. version</source>
        <translation>z. B. version</translation>
    </message>
    <message>
        <source>Update next link</source>
        <translation>Next-Link aktualisieren</translation>
    </message>
    <message>
        <source>Rewrites the paging link of a response so that paging works through the connector.</source>
        <translation>Schreibt den Paging-Link einer Antwort um, damit das Blättern über den Connector funktioniert.</translation>
    </message>
    <message>
        <source>Next link property</source>
        <translation>Eigenschaft des Next-Links</translation>
    </message>
    <message>
        <source>e.g. nextLink</source>
        <translation>z. B. nextLink</translation>
    </message>
    <message>
        <source>Convert object to array</source>
        <translation>Objekt in Array umwandeln</translation>
    </message>
    <message>
        <source>Turns an object&apos;s members into an array of key/value items.</source>
        <translation>Macht aus den Elementen eines Objekts ein Array von Schlüssel/Wert-Einträgen.</translation>
    </message>
    <message>
        <source>e.g. fields</source>
        <translation>z. B. fields</translation>
    </message>
    <message>
        <source>New property path</source>
        <translation>Neuer Eigenschaftspfad</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <source>Name of the item property that holds the key</source>
        <translation>Name der Eintragseigenschaft, die den Schlüssel enthält</translation>
    </message>
    <message>
        <source>Value name</source>
        <translation>Name des Werts</translation>
    </message>
    <message>
        <source>Name of the item property that holds the value</source>
        <translation>Name der Eintragseigenschaft, die den Wert enthält</translation>
    </message>
    <message>
        <source>Convert array to object</source>
        <translation>Array in Objekt umwandeln</translation>
    </message>
    <message>
        <source>Turns an array of items into an object keyed by one of their properties.</source>
        <translation>Macht aus einem Array von Einträgen ein Objekt, dessen Schlüssel eine ihrer Eigenschaften ist.</translation>
    </message>
    <message>
        <source>e.g. references</source>
        <translation>z. B. references</translation>
    </message>
    <message>
        <source>Key within items</source>
        <translation>Schlüssel in den Einträgen</translation>
    </message>
    <message>
        <source>e.g. id</source>
        <translation>z. B. id</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <source>Keep the key property in each value</source>
        <translation>Die Schlüsseleigenschaft in jedem Wert behalten</translation>
    </message>
    <message>
        <source>Set value from URL</source>
        <translation>Wert aus URL setzen</translation>
    </message>
    <message>
        <source>Calls another URL of the API and puts a value from its response into the request.</source>
        <translation>Ruft eine andere URL der API auf und setzt einen Wert aus deren Antwort in die Anfrage.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>e.g. @queryParameters(&apos;access_token&apos;)</source>
        <translation>z. B. @queryParameters(&apos;access_token&apos;)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. /{pageId}?fields=access_token</source>
        <translation>z. B. /{pageId}?fields=access_token</translation>
    </message>
    <message>
        <source>Value path</source>
        <translation>Pfad des Werts</translation>
    </message>
    <message>
        <source>e.g. @body().access_token</source>
        <translation>z. B. @body().access_token</translation>
    </message>
    <message>
        <source>e.g. GET</source>
        <translation>z. B. GET</translation>
    </message>
    <message>
        <source>String replace</source>
        <translation>Text ersetzen</translation>
    </message>
    <message>
        <source>Replaces text in a property of the body.</source>
        <translation>Ersetzt Text in einer Eigenschaft des Bodys.</translation>
    </message>
    <message>
        <source>e.g. resourceLink</source>
        <translation>z. B. resourceLink</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Zu suchender Text</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Its replacement</source>
        <translation>Der Ersatz</translation>
    </message>
    <message>
        <source>String to array</source>
        <translation>Text in Array</translation>
    </message>
    <message>
        <source>Splits a delimited string into an array of objects.</source>
        <translation>Teilt einen getrennten Text in ein Array von Objekten.</translation>
    </message>
    <message>
        <source>e.g. assignments</source>
        <translation>z. B. assignments</translation>
    </message>
    <message>
        <source>Delimiters</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>e.g. ;</source>
        <translation>z. B. ;</translation>
    </message>
    <message>
        <source>Item property</source>
        <translation>Eintragseigenschaft</translation>
    </message>
    <message>
        <source>Property of each item, e.g. userId</source>
        <translation>Eigenschaft jedes Eintrags, z. B. userId</translation>
    </message>
    <message>
        <source>Encode property value</source>
        <translation>Eigenschaftswert kodieren</translation>
    </message>
    <message>
        <source>URL-encodes the value of a body property.</source>
        <translation>URL-kodiert den Wert einer Body-Eigenschaft.</translation>
    </message>
    <message>
        <source>e.g. userId</source>
        <translation>z. B. userId</translation>
    </message>
    <message>
        <source>Polling trigger</source>
        <translation>Abfrage-Trigger</translation>
    </message>
    <message>
        <source>Makes an operation a polling trigger: the state to send next time and where the new items are.</source>
        <translation>Macht eine Operation zu einem Abfrage-Trigger: der beim nächsten Mal zu sendende Zustand und wo die neuen Elemente stehen.</translation>
    </message>
    <message>
        <source>Trigger configuration</source>
        <translation>Trigger-Konfiguration</translation>
    </message>
    <message>
        <source>JSON object of query values for the next poll, e.g. {&quot;since&quot;: &quot;@{triggerBody().date}&quot;}</source>
        <translation>JSON-Objekt mit Abfragewerten für die nächste Abfrage, z. B. {&quot;since&quot;: &quot;@{triggerBody().date}&quot;}</translation>
    </message>
    <message>
        <source>Trigger data path</source>
        <translation>Datenpfad des Triggers</translation>
    </message>
    <message>
        <source>e.g. @triggerBody().value</source>
        <translation>z. B. @triggerBody().value</translation>
    </message>
</context>
<context>
    <name>PostmanAuth</name>
    <message>
        <source>Bearer token: enter &quot;Bearer &quot; followed by the token</source>
        <translation>Bearer-Token: Geben Sie „Bearer “ gefolgt vom Token ein</translation>
    </message>
</context>
<context>
    <name>PostmanExporter</name>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>The definition has no host; set the baseUrl variable in Postman.</source>
        <translation>Die Definition hat keinen Host; setzen Sie die Variable baseUrl in Postman.</translation>
    </message>
    <message>
        <source>Postman has one collection auth; only &quot;%1&quot; is exported.</source>
        <translation>Postman hat eine Authentifizierung pro Sammlung; nur „%1“ wird exportiert.</translation>
    </message>
    <message>
        <source>Policies, custom code and connector metadata have no Postman equivalent.</source>
        <translation>Richtlinien, benutzerdefinierter Code und Connector-Metadaten haben keine Entsprechung in Postman.</translation>
    </message>
    <message>
        <source>The definition could not be read.</source>
        <translation>Die Definition konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Postman has no schemas: parameter types, response schemas and definitions are not exported (bodies and responses become examples).</source>
        <translation>Postman hat keine Schemas: Parametertypen, Antwortschemas und Definitionen werden nicht exportiert (Bodys und Antworten werden zu Beispielen).</translation>
    </message>
    <message>
        <source>Secret: set it in your Postman environment, never in the collection.</source>
        <translation>Geheimnis: Setzen Sie es in Ihrer Postman-Umgebung, nie in der Sammlung.</translation>
    </message>
</context>
<context>
    <name>PostmanImporter</name>
    <message>
        <source>The connection uses the first security scheme; &quot;%1&quot; is kept in the definition only.</source>
        <translation>Die Verbindung verwendet das erste Sicherheitsschema; „%1“ bleibt nur in der Definition.</translation>
    </message>
</context>
<context>
    <name>PostmanOperationBuilder</name>
    <message>
        <source>The JSON body does not parse (%1, line %2 of the body); its schema is left open.</source>
        <translation>Der JSON-Body ist nicht lesbar (%1, Zeile %2 des Bodys); sein Schema bleibt offen.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; is repeated; it is written once.</source>
        <translation>Der Abfrageparameter „%1“ wird wiederholt; er wird einmal geschrieben.</translation>
    </message>
    <message>
        <source>The Authorization header is written as a header parameter; set up the connection&apos;s security instead of sending credentials as a parameter.</source>
        <translation>Der Authorization-Header wird als Header-Parameter geschrieben; richten Sie die Sicherheit der Verbindung ein, statt Anmeldedaten als Parameter zu senden.</translation>
    </message>
    <message>
        <source>A %1 request cannot have a body in a connector; the body is not imported.</source>
        <translation>Eine %1-Anfrage kann in einem Connector keinen Body haben; der Body wird nicht importiert.</translation>
    </message>
    <message>
        <source>The GraphQL body is imported as a JSON body {&quot;query&quot;, &quot;variables&quot;}.</source>
        <translation>Der GraphQL-Body wird als JSON-Body {&quot;query&quot;, &quot;variables&quot;} importiert.</translation>
    </message>
    <message>
        <source>The body mode &quot;%1&quot; is not supported; the body is not imported.</source>
        <translation>Der Body-Modus „%1“ wird nicht unterstützt; der Body wird nicht importiert.</translation>
    </message>
    <message>
        <source>Another example for the status %1; the first one&apos;s schema is kept.</source>
        <translation>Ein weiteres Beispiel für den Status %1; das Schema des ersten bleibt.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
</context>
<context>
    <name>PostmanReader</name>
    <message>
        <source>The test script is not imported (connectors run no tests).</source>
        <translation>Das Testskript wird nicht importiert (Connectors führen keine Tests aus).</translation>
    </message>
    <message>
        <source>The %1 script is not imported (a connector can do such work in script.csx or a policy).</source>
        <translation>Das %1-Skript wird nicht importiert (ein Connector kann so etwas in script.csx oder einer Richtlinie tun).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>An item with neither a request nor sub-items; skipped.</source>
        <translation>Ein Eintrag ohne Anfrage und ohne Untereinträge; übersprungen.</translation>
    </message>
    <message>
        <source>A request that is not an object; skipped.</source>
        <translation>Eine Anfrage, die kein Objekt ist; übersprungen.</translation>
    </message>
    <message>
        <source>The pre-request script is not imported (a connector can do such work in script.csx or a policy).</source>
        <translation>Das Pre-Request-Skript wird nicht importiert (ein Connector kann so etwas in script.csx oder einer Richtlinie tun).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Ask before deleting operations, policies or custom code</source>
        <translation>Vor dem Löschen von Operationen, Richtlinien oder benutzerdefiniertem Code nachfragen</translation>
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
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
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
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Retries of failed requests</source>
        <translation>Wiederholungen fehlgeschlagener Anfragen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation>Editor-&amp;Schriftart</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Timeout and retries apply to Test operation. Preferences are kept for your user account, never in a connector&apos;s folder.</source>
        <translation>Zeitlimit und Wiederholungen gelten für „Operation testen“. Einstellungen werden für Ihr Benutzerkonto gespeichert, nie im Ordner eines Connectors.</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>&amp;Publish...</source>
        <translation>&amp;Veröffentlichen...</translation>
    </message>
    <message>
        <source>Create or update the connector in Power Platform with paconn or pac</source>
        <translation>Den Connector mit paconn oder pac in der Power Platform anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>The connector has not been saved yet. The tools publish the files of a folder: save it now?</source>
        <translation>Der Connector wurde noch nicht gespeichert. Die Werkzeuge veröffentlichen die Dateien eines Ordners: jetzt speichern?</translation>
    </message>
    <message>
        <source>The connector has unsaved changes. The tools publish the saved files: save them first?</source>
        <translation>Der Connector hat nicht gespeicherte Änderungen. Die Werkzeuge veröffentlichen die gespeicherten Dateien: zuerst speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s): fix them, then publish again.</source>
        <translation>
            <numerusform>%n Validierungsfehler: Beheben Sie ihn und veröffentlichen Sie dann erneut.</numerusform>
            <numerusform>%n Validierungsfehler: Beheben Sie sie und veröffentlichen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation found errors; the connector is not published:</source>
        <translation>Die Validierung hat Fehler gefunden; der Connector wird nicht veröffentlicht:</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; in the keychain</source>
        <translation>die Verbindung „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; (kept in memory)</source>
        <translation>die Verbindung „%1“ (im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Publishing with %1...</source>
        <translation>Veröffentlichen mit %1...</translation>
    </message>
    <message>
        <source>Published: connector %1 %2; its id is kept in settings.json for the next publish.</source>
        <translation>Veröffentlicht: Connector %1 %2; seine ID wird für das nächste Veröffentlichen in settings.json gespeichert.</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing tool</source>
        <translation>Werkzeug zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment ID (empty: the tool&apos;s default environment)</source>
        <translation>Umgebungs-ID (leer: die Standardumgebung des Werkzeugs)</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Geheimer OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>Output of the publishing tool</source>
        <translation>Ausgabe des Werkzeugs</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Install paconn or pac to publish.</source>
        <translation>Installieren Sie paconn oder pac, um zu veröffentlichen.</translation>
    </message>
    <message>
        <source>No connection of this connector holds a client secret: type it.</source>
        <translation>Keine Verbindung dieses Connectors enthält einen geheimen Clientschlüssel: Geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>pac takes no client secret: enter it in the maker portal after publishing.</source>
        <translation>pac nimmt keinen geheimen Clientschlüssel an: Geben Sie ihn nach dem Veröffentlichen im Maker-Portal ein.</translation>
    </message>
    <message>
        <source>paconn receives it on its command line (--secret); it is shown as *** in the log and saved nowhere.</source>
        <translation>paconn erhält ihn auf der Befehlszeile (--secret); im Protokoll wird er als *** gezeigt und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Creates a new custom connector; its id is then kept in settings.json.</source>
        <translation>Legt einen neuen benutzerdefinierten Connector an; seine ID wird dann in settings.json gespeichert.</translation>
    </message>
    <message>
        <source>Updates connector %1 (from settings.json).</source>
        <translation>Aktualisiert den Connector %1 (aus settings.json).</translation>
    </message>
</context>
<context>
    <name>PublishRunner</name>
    <message>
        <source>%1 has no apiDefinition.swagger.json or apiProperties.json: save the connector first.</source>
        <translation>%1 hat keine apiDefinition.swagger.json oder apiProperties.json: Speichern Sie zuerst den Connector.</translation>
    </message>
    <message>
        <source>A publish is already running.</source>
        <translation>Ein Veröffentlichen läuft bereits.</translation>
    </message>
    <message>
        <source>No publishing tool was chosen.</source>
        <translation>Es wurde kein Werkzeug zum Veröffentlichen gewählt.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>Published, but settings.json could not be written: %1</source>
        <translation>Veröffentlicht, aber settings.json konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>PublishSettings</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>PublishTool</name>
    <message>
        <source>Neither paconn nor pac was found on PATH. Install one of them, sign in, then publish again:
  paconn (Power Platform Connectors CLI, needs Python 3):
      pip install paconn        then: paconn login
  pac (Power Platform CLI, needs .NET):
      dotnet tool install --global Microsoft.PowerApps.CLI.Tool        then: pac auth create</source>
        <translation>Weder paconn noch pac wurde im PATH gefunden. Installieren Sie eines davon, melden Sie sich an und veröffentlichen Sie dann erneut:
  paconn (Power Platform Connectors CLI, braucht Python 3):
      pip install paconn        dann: paconn login
  pac (Power Platform CLI, braucht .NET):
      dotnet tool install --global Microsoft.PowerApps.CLI.Tool        dann: pac auth create</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 is too large for an icon.</source>
        <translation>%1 ist zu groß für ein Symbol.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPG image.</source>
        <translation>%1 ist kein PNG- oder JPG-Bild.</translation>
    </message>
    <message>
        <source>Cannot convert %1 to PNG.</source>
        <translation>%1 kann nicht in PNG umgewandelt werden.</translation>
    </message>
    <message>
        <source>No icon yet: the platform shows a generic one.</source>
        <translation>Noch kein Symbol: Die Plattform zeigt ein allgemeines.</translation>
    </message>
    <message>
        <source>The icon file is not a readable image.</source>
        <translation>Die Symboldatei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source> · not square</source>
        <translation> · nicht quadratisch</translation>
    </message>
    <message>
        <source> · certification expects 100–230 px</source>
        <translation> · die Zertifizierung erwartet 100–230 px</translation>
    </message>
    <message>
        <source> · over 1 MB</source>
        <translation> · über 1 MB</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The file has no JSON tree to change.</source>
        <translation>Die Datei hat keinen JSON-Baum zum Ändern.</translation>
    </message>
    <message>
        <source>The whole file would be replaced; apply it as JSON text instead.</source>
        <translation>Die ganze Datei würde ersetzt; übernehmen Sie sie stattdessen als JSON-Text.</translation>
    </message>
    <message>
        <source>Move in %1</source>
        <translation>In %1 verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1 as text</source>
        <translation>%1 als Text bearbeiten</translation>
    </message>
    <message>
        <source>Change icon</source>
        <translation>Symbol ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit custom code</source>
        <translation>Benutzerdefinierten Code bearbeiten</translation>
    </message>
    <message>
        <source>The connector is read-only: %1</source>
        <translation>Der Connector ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Nothing to rename at %1</source>
        <translation>Bei %1 gibt es nichts umzubenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Generic OAuth 2</source>
        <translation>Allgemeines OAuth 2</translation>
    </message>
    <message>
        <source>Azure AD / Microsoft Entra ID</source>
        <translation>Azure AD / Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Generic OAuth 2 with templates (oauth2generic)</source>
        <translation>Allgemeines OAuth 2 mit Vorlagen (oauth2generic)</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Use multiple authentication types</source>
        <translation>Mehrere Authentifizierungsarten verwenden</translation>
    </message>
    <message>
        <source>An API key goes in a &quot;header&quot; or a &quot;query&quot; parameter, not &quot;%1&quot;</source>
        <translation>Ein API-Schlüssel steht in einem „header“- oder „query“-Parameter, nicht in „%1“</translation>
    </message>
    <message>
        <source>The redirect mode is Global or GlobalPerConnector, not &quot;%1&quot;</source>
        <translation>Der Umleitungsmodus ist Global oder GlobalPerConnector, nicht „%1“</translation>
    </message>
    <message>
        <source>On-behalf-of login is &quot;true&quot; or &quot;false&quot;</source>
        <translation>Die Anmeldung im Auftrag (on-behalf-of) ist „true“ oder „false“</translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation>Der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>Another authentication type is already named &quot;%1&quot;</source>
        <translation>Eine andere Authentifizierungsart heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Set authentication: %1</source>
        <translation>Authentifizierung setzen: %1</translation>
    </message>
    <message>
        <source>There is no authentication type %1</source>
        <translation>Es gibt keine Authentifizierungsart %1</translation>
    </message>
    <message>
        <source>Choose which authentication type to edit</source>
        <translation>Wählen Sie, welche Authentifizierungsart bearbeitet werden soll</translation>
    </message>
    <message>
        <source>The connector has a single authentication type</source>
        <translation>Der Connector hat eine einzige Authentifizierungsart</translation>
    </message>
    <message>
        <source>Edit authentication types</source>
        <translation>Authentifizierungsarten bearbeiten</translation>
    </message>
    <message>
        <source>Edit authentication type</source>
        <translation>Authentifizierungsart bearbeiten</translation>
    </message>
    <message>
        <source>This field does not apply to %1</source>
        <translation>Dieses Feld gilt nicht für %1</translation>
    </message>
    <message>
        <source>The connection parameters have no OAuth setting (type oauthSetting) to edit</source>
        <translation>Die Verbindungsparameter haben keine OAuth-Einstellung (Typ oauthSetting) zum Bearbeiten</translation>
    </message>
    <message>
        <source>Edit authentication</source>
        <translation>Authentifizierung bearbeiten</translation>
    </message>
    <message>
        <source>The Swagger file has no security definition for the API key</source>
        <translation>Die Swagger-Datei hat keine Sicherheitsdefinition für den API-Schlüssel</translation>
    </message>
    <message>
        <source>Switch to multiple authentication types first</source>
        <translation>Wechseln Sie zuerst zu mehreren Authentifizierungsarten</translation>
    </message>
    <message>
        <source>An authentication type needs a way to sign in</source>
        <translation>Eine Authentifizierungsart braucht eine Art der Anmeldung</translation>
    </message>
    <message>
        <source>Add authentication type</source>
        <translation>Authentifizierungsart hinzufügen</translation>
    </message>
    <message>
        <source>Keep at least one authentication type, or choose a single one</source>
        <translation>Behalten Sie mindestens eine Authentifizierungsart oder wählen Sie eine einzelne</translation>
    </message>
    <message>
        <source>Remove authentication type</source>
        <translation>Authentifizierungsart entfernen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Kennwort</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>cannot read the connections (%1): %2</source>
        <translation>Die Verbindungen können nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>no connection &apos;%1&apos;: this connector has no connection in %2</source>
        <translation>keine Verbindung „%1“: Dieser Connector hat keine Verbindung in %2</translation>
    </message>
    <message>
        <source>no connection &apos;%1&apos; for this connector (it has: %2)</source>
        <translation>keine Verbindung „%1“ für diesen Connector (er hat: %2)</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no keychain here: the connection&apos;s secrets come from CONNECTOR_SECRET_* variables only</source>
        <translation>hier kein Schlüsselbund: Die Geheimnisse der Verbindung kommen nur aus CONNECTOR_SECRET_*-Variablen</translation>
    </message>
    <message>
        <source>no client secret: set %1</source>
        <translation>kein geheimer Clientschlüssel: Setzen Sie %1</translation>
    </message>
    <message>
        <source>no OAuth token from %1: %2</source>
        <translation>kein OAuth-Token von %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n schema mismatch(es)</source>
        <translation>
            <numerusform>%n Abweichung vom Schema</numerusform>
            <numerusform>%n Abweichungen vom Schema</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: no value for %2.</source>
        <translation>Richtlinie „%1“: kein Wert für %2.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; (%2) works on the response: not applied.</source>
        <translation>Richtlinie „%1“ (%2) wirkt auf die Antwort: nicht angewendet.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; (set host URL) not applied: the base URL was given.</source>
        <translation>Richtlinie „%1“ (Host-URL setzen) nicht angewendet: Die Basis-URL wurde angegeben.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; (%2) is not simulated by the test runner.</source>
        <translation>Richtlinie „%1“ (%2) wird vom Testläufer nicht simuliert.</translation>
    </message>
    <message>
        <source>Policy setproperty on &apos;%1&apos; is not simulated.</source>
        <translation>Richtlinie setproperty auf „%1“ wird nicht simuliert.</translation>
    </message>
    <message>
        <source>Policy setproperty: the value &apos;%1&apos; is not simulated.</source>
        <translation>Richtlinie setproperty: Der Wert „%1“ wird nicht simuliert.</translation>
    </message>
    <message>
        <source>The definition has no host: give a base URL.</source>
        <translation>Die Definition hat keinen Host: Geben Sie eine Basis-URL an.</translation>
    </message>
    <message>
        <source>Missing required values: %1</source>
        <translation>Fehlende erforderliche Werte: %1</translation>
    </message>
    <message>
        <source>No API key given for &apos;%1&apos;.</source>
        <translation>Kein API-Schlüssel für „%1“ angegeben.</translation>
    </message>
    <message>
        <source>No user name and password given (basic authentication).</source>
        <translation>Kein Benutzername und Kennwort angegeben (Basic-Authentifizierung).</translation>
    </message>
    <message>
        <source>No access token given (OAuth 2.0).</source>
        <translation>Kein Zugriffstoken angegeben (OAuth 2.0).</translation>
    </message>
    <message>
        <source>required property</source>
        <translation>erforderliche Eigenschaft</translation>
    </message>
    <message>
        <source>No schema is declared for status %1.</source>
        <translation>Für den Status %1 ist kein Schema deklariert.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Body</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>The schema could not be read: %1</source>
        <translation>Das Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a test history (an object with &quot;entries&quot; expected)</source>
        <translation>kein Testverlauf (ein Objekt mit „entries“ erwartet)</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet %2, erhalten %3</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>, schema valid</source>
        <translation>, Schema gültig</translation>
    </message>
    <message numerus="yes">
        <source>, %n schema mismatch(es)</source>
        <translation>
            <numerusform>, %n Abweichung vom Schema</numerusform>
            <numerusform>, %n Abweichungen vom Schema</numerusform>
        </translation>
    </message>
    <message>
        <source>not a history entry (id, request and response expected)</source>
        <translation>kein Verlaufseintrag (id, request und response erwartet)</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Enter the host name only, without a scheme such as https:// (choose the scheme above).</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne Schema wie https:// (wählen Sie das Schema oben).</translation>
    </message>
    <message>
        <source>The host cannot contain a path: put the path in Base URL.</source>
        <translation>Der Host darf keinen Pfad enthalten: Tragen Sie den Pfad unter „Basis-URL“ ein.</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The base URL is a path such as /api/v1, not a full URL: put the host name in Host.</source>
        <translation>Die Basis-URL ist ein Pfad wie /api/v1, keine vollständige URL: Tragen Sie den Hostnamen unter „Host“ ein.</translation>
    </message>
    <message>
        <source>The base URL must start with /.</source>
        <translation>Die Basis-URL muss mit / beginnen.</translation>
    </message>
    <message>
        <source>The base URL cannot contain spaces.</source>
        <translation>Die Basis-URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Use a colour of the form #RRGGBB, e.g. #007EE5.</source>
        <translation>Verwenden Sie eine Farbe der Form #RRGGBB, z. B. #007EE5.</translation>
    </message>
    <message>
        <source>the API answered 401; renewing the OAuth token failed: %1</source>
        <translation>Die API antwortete 401; das Erneuern des OAuth-Tokens schlug fehl: %1</translation>
    </message>
    <message>
        <source>the API answered 401: the OAuth token was renewed and the call sent again</source>
        <translation>Die API antwortete 401: Das OAuth-Token wurde erneuert und der Aufruf erneut gesendet</translation>
    </message>
    <message>
        <source>the OAuth token cannot be renewed: no refresh token</source>
        <translation>Das OAuth-Token kann nicht erneuert werden: kein Aktualisierungstoken</translation>
    </message>
</context>
<context>
    <name>RawJsonPage</name>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Replace the file with this text as one undo step (Ctrl+Return). Leaving the tab applies too.</source>
        <translation>Die Datei durch diesen Text ersetzen, als ein Rückgängig-Schritt (Strg+Eingabe). Auch das Verlassen des Tabs übernimmt.</translation>
    </message>
    <message>
        <source>Discard the text typed since the last apply</source>
        <translation>Den seit dem letzten Übernehmen getippten Text verwerfen</translation>
    </message>
    <message>
        <source>Not applied: line %1, column %2: %3</source>
        <translation>Nicht übernommen: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>cannot be parsed: shown as read, read-only</source>
        <translation>nicht lesbar: wie gelesen gezeigt, schreibgeschützt</translation>
    </message>
    <message>
        <source>read-only: another file of the connector cannot be parsed</source>
        <translation>schreibgeschützt: Eine andere Datei des Connectors ist nicht lesbar</translation>
    </message>
    <message>
        <source>not applied: line %1, column %2: %3</source>
        <translation>nicht übernommen: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>edited: Apply (Ctrl+Return) or leaving the tab applies it as one undo step</source>
        <translation>bearbeitet: „Übernehmen“ (Strg+Eingabe) oder das Verlassen des Tabs übernimmt als ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>editable; Apply (Ctrl+Return) or leaving the tab applies typed text</source>
        <translation>bearbeitbar; „Übernehmen“ (Strg+Eingabe) oder das Verlassen des Tabs übernimmt getippten Text</translation>
    </message>
    <message numerus="yes">
        <source> · %n other file(s) with unapplied text</source>
        <translation>
            <numerusform> · %n weitere Datei mit nicht übernommenem Text</numerusform>
            <numerusform> · %n weitere Dateien mit nicht übernommenem Text</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Show and edit the file as JSON or as YAML; either way it is saved as the JSON it is, changed only where the text changed</source>
        <translation>Die Datei als JSON oder YAML zeigen und bearbeiten; gespeichert wird sie so oder so als das JSON, das sie ist, nur dort geändert, wo sich der Text geändert hat</translation>
    </message>
    <message>
        <source>Edit %1 as YAML</source>
        <translation>%1 als YAML bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReimportController</name>
    <message>
        <source>Re-import of %1 cancelled</source>
        <translation>Erneuter Import von %1 abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Re-import into This Connector...</source>
        <translation>In diesen Connector &amp;neu importieren...</translation>
    </message>
    <message>
        <source>Merge a new version of the API description into the open connector, keeping what you customised</source>
        <translation>Eine neue Version der API-Beschreibung in den offenen Connector übernehmen und Ihre Anpassungen behalten</translation>
    </message>
    <message>
        <source>Add Operation from c&amp;URL...</source>
        <translation>Operation aus c&amp;URL hinzufügen...</translation>
    </message>
    <message>
        <source>The connector is read-only: %1</source>
        <translation>Der Connector ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Re-import into This Connector</source>
        <translation>In diesen Connector neu importieren</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml *.postman_collection);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml *.postman_collection);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>%1 konnte nicht importiert werden.

%2</translation>
    </message>
    <message>
        <source>The format was not recognised.</source>
        <translation>Das Format wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Neu importieren</translation>
    </message>
    <message>
        <source>The connector changed while the preview was open. Re-import again.</source>
        <translation>Der Connector hat sich geändert, während die Vorschau offen war. Importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Re-import %1</source>
        <translation>%1 neu importieren</translation>
    </message>
    <message>
        <source>Re-imported %1: %2</source>
        <translation>%1 neu importiert: %2</translation>
    </message>
    <message>
        <source>Add Operation from cURL</source>
        <translation>Operation aus cURL hinzufügen</translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation>cURL-Befehl</translation>
    </message>
    <message>
        <source>Add operation from cURL</source>
        <translation>Operation aus cURL hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already in the connector</source>
        <translation>%1 ist bereits im Connector</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>/items/{itemId}</source>
        <translation>/items/{itemId}</translation>
    </message>
    <message>
        <source>The path, relative to the base URL. {Placeholders} in it are path parameters.</source>
        <translation>Der Pfad relativ zur Basis-URL. {Platzhalter} darin sind Pfadparameter.</translation>
    </message>
    <message>
        <source>Import from sample...</source>
        <translation>Aus Beispiel importieren...</translation>
    </message>
    <message>
        <source>Create parameters and the body schema from a sample request</source>
        <translation>Parameter und Body-Schema aus einer Beispielanfrage erstellen</translation>
    </message>
    <message>
        <source>Method and path</source>
        <translation>Methode und Pfad</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation>Einen Abfrageparameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected parameter</source>
        <translation>Den ausgewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the parameter up</source>
        <translation>Den Parameter nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the parameter down</source>
        <translation>Den Parameter nach unten verschieben</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>RequestPane</name>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>No request yet: fill the parameters and press Test operation (Ctrl+Return).</source>
        <translation>Noch keine Anfrage: Füllen Sie die Parameter aus und drücken Sie „Operation testen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>Die Anfrage konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source># note: %1
</source>
        <translation># Hinweis: %1
</translation>
    </message>
</context>
<context>
    <name>RequestSampleDialog</name>
    <message>
        <source>Import Request from Sample</source>
        <translation>Anfrage aus Beispiel importieren</translation>
    </message>
    <message>
        <source>https://api.contoso.com/v1/items/{itemId}?top=10</source>
        <translation>https://api.contoso.com/v1/items/{itemId}?top=10</translation>
    </message>
    <message>
        <source>X-Tenant: contoso
(one &quot;Name: value&quot; per line)</source>
        <translation>X-Tenant: contoso
(ein „Name: Wert“ pro Zeile)</translation>
    </message>
    <message>
        <source>{
  &quot;name&quot;: &quot;Ada&quot;,
  &quot;hired&quot;: &quot;2024-01-31&quot;
}</source>
        <translation>{
  &quot;name&quot;: &quot;Ada&quot;,
  &quot;hired&quot;: &quot;2024-01-31&quot;
}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>Query and header values set the parameter types; the body&apos;s schema is inferred. Existing parameters are kept.</source>
        <translation>Abfrage- und Header-Werte bestimmen die Parametertypen; das Schema des Bodys wird abgeleitet. Vorhandene Parameter bleiben erhalten.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ResponseDetailForm</name>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response description</source>
        <translation>Beschreibung der Antwort</translation>
    </message>
    <message>
        <source>What this response means, e.g. &quot;The employee.&quot;</source>
        <translation>Was diese Antwort bedeutet, z. B. „Der Mitarbeiter.“</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body schema</source>
        <translation>Body-Schema</translation>
    </message>
    <message>
        <source>The shape of the response body.</source>
        <translation>Die Form des Antwort-Bodys.</translation>
    </message>
    <message>
        <source>This response has no body.</source>
        <translation>Diese Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>Add schema</source>
        <translation>Schema hinzufügen</translation>
    </message>
    <message>
        <source>Remove schema</source>
        <translation>Schema entfernen</translation>
    </message>
    <message>
        <source>Shared response %1: changes apply to every operation that uses it.</source>
        <translation>Gemeinsame Antwort %1: Änderungen gelten für jede Operation, die sie verwendet.</translation>
    </message>
</context>
<context>
    <name>ResponseEdits</name>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code (200, 404, 4XX, default).</source>
        <translation>„%1“ ist kein Statuscode (200, 404, 4XX, default).</translation>
    </message>
    <message>
        <source>The operation already has a %1 response.</source>
        <translation>Die Operation hat bereits eine Antwort %1.</translation>
    </message>
    <message>
        <source>Add response %1</source>
        <translation>Antwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no %1 response.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
    <message>
        <source>Remove response %1</source>
        <translation>Antwort %1 entfernen</translation>
    </message>
    <message>
        <source>There is no response at %1.</source>
        <translation>Bei %1 gibt es keine Antwort.</translation>
    </message>
    <message>
        <source>Add response schema</source>
        <translation>Antwortschema hinzufügen</translation>
    </message>
    <message>
        <source>The response has no schema.</source>
        <translation>Die Antwort hat kein Schema.</translation>
    </message>
    <message>
        <source>Remove response schema</source>
        <translation>Antwortschema entfernen</translation>
    </message>
    <message>
        <source>A header needs a name.</source>
        <translation>Ein Header braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a header &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Header „%1“.</translation>
    </message>
    <message>
        <source>Add header %1</source>
        <translation>Header %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no header &quot;%1&quot;.</source>
        <translation>Es gibt keinen Header „%1“.</translation>
    </message>
    <message>
        <source>Remove header %1</source>
        <translation>Header %1 entfernen</translation>
    </message>
    <message>
        <source>Rename header %1 to %2</source>
        <translation>Header %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header type (string, integer, number, boolean, array).</source>
        <translation>„%1“ ist kein Header-Typ (string, integer, number, boolean, array).</translation>
    </message>
    <message>
        <source>Edit header %1</source>
        <translation>Header %1 bearbeiten</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unbekanntes Feld.</translation>
    </message>
</context>
<context>
    <name>ResponseHeadersModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Gemeinsame Antwort %1</translation>
    </message>
</context>
<context>
    <name>ResponsePane</name>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>#%1 %2 in %3 ms</source>
        <translation>#%1 %2 in %3 ms</translation>
    </message>
    <message>
        <source> after waiting %1 ms</source>
        <translation> nach %1 ms Wartezeit</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1</source>
        <translation>
            <numerusform>%n Versuch: %1</numerusform>
            <numerusform>%n Versuche: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ms · %4</translation>
    </message>
</context>
<context>
    <name>ResponseSampleDialog</name>
    <message>
        <source>Import response from sample</source>
        <translation>Antwort aus Beispiel importieren</translation>
    </message>
    <message>
        <source>200, 201, 404, default ...</source>
        <translation>200, 201, 404, default ...</translation>
    </message>
    <message>
        <source>Paste a JSON response body, e.g. {&quot;id&quot;: 42, &quot;name&quot;: &quot;Ada&quot;}</source>
        <translation>Fügen Sie einen JSON-Antwort-Body ein, z. B. {&quot;id&quot;: 42, &quot;name&quot;: &quot;Ada&quot;}</translation>
    </message>
    <message>
        <source>Optional, one per line: X-Request-Id: 5f2c</source>
        <translation>Optional, einer pro Zeile: X-Request-Id: 5f2c</translation>
    </message>
    <message>
        <source>The schema is inferred from the body (types, formats such as date-time, nested objects and arrays) and replaces the response&apos;s schema. Headers the runtime sets (Content-Type, Date, ...) are skipped.</source>
        <translation>Das Schema wird aus dem Body abgeleitet (Typen, Formate wie date-time, verschachtelte Objekte und Arrays) und ersetzt das Schema der Antwort. Header, die die Laufzeit setzt (Content-Type, Date, ...), werden übersprungen.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Body (JSON)</source>
        <translation>Body (JSON)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ResponsesEditor</name>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Status codes the operation returns; default is any other.</source>
        <translation>Statuscodes, die die Operation liefert; „default“ steht für alle anderen.</translation>
    </message>
    <message>
        <source>Code, e.g. 404</source>
        <translation>Code, z. B. 404</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import from sample...</source>
        <translation>Aus Beispiel importieren...</translation>
    </message>
    <message>
        <source>Select or add a response.</source>
        <translation>Wählen Sie eine Antwort aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>default: any other status code</source>
        <translation>default: jeder andere Statuscode</translation>
    </message>
    <message>
        <source>Status %1 (%2)</source>
        <translation>Status %1 (%2)</translation>
    </message>
    <message>
        <source>No response is selected.</source>
        <translation>Keine Antwort ausgewählt.</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Antwort entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 response with its schema and headers?</source>
        <translation>Die Antwort %1 mit ihrem Schema und ihren Headern entfernen?</translation>
    </message>
    <message>
        <source>New response status code</source>
        <translation>Statuscode der neuen Antwort</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Validation Rules</source>
        <translation>Validierungsregeln</translation>
    </message>
    <message>
        <source>Rules checked for &lt;b&gt;%1&lt;/b&gt;. Unchecked rules are switched off for this connector only; the choice is kept in the designer&apos;s settings, not in the connector&apos;s files.</source>
        <translation>Für &lt;b&gt;%1&lt;/b&gt; geprüfte Regeln. Nicht angehakte Regeln sind nur für diesen Connector ausgeschaltet; die Wahl wird in den Einstellungen des Designers gespeichert, nicht in den Dateien des Connectors.</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Regeln filtern</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Checks that</source>
        <translation>Prüft, dass</translation>
    </message>
    <message>
        <source>Enable All</source>
        <translation>Alle einschalten</translation>
    </message>
    <message>
        <source>All %1 rules on</source>
        <translation>Alle %1 Regeln an</translation>
    </message>
    <message>
        <source>%1 of %2 rules off</source>
        <translation>%1 von %2 Regeln aus</translation>
    </message>
</context>
<context>
    <name>SampleImport</name>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>Der Body ist kein JSON: %1</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>%1 %2 already exists.</source>
        <translation>%1 %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Import request sample</source>
        <translation>Beispielanfrage importieren</translation>
    </message>
    <message>
        <source>Header %1 skipped: the connection or the runtime sets it.</source>
        <translation>Header %1 übersprungen: Die Verbindung oder die Laufzeit setzt ihn.</translation>
    </message>
    <message>
        <source>The %1 parameter %2 exists already: kept as it is.</source>
        <translation>Der %1-Parameter %2 existiert bereits: unverändert belassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code (200, 404, default, ...).</source>
        <translation>„%1“ ist kein Statuscode (200, 404, default, ...).</translation>
    </message>
    <message>
        <source>Import response sample</source>
        <translation>Beispielantwort importieren</translation>
    </message>
</context>
<context>
    <name>SchemaCheckPane</name>
    <message>
        <source>&amp;Update schema from this response</source>
        <translation>Schema aus dieser Antwort &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Schema mismatches</source>
        <translation>Abweichungen vom Schema</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>JSON-Pfad</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Replaces the response&apos;s schema with one inferred from this body (undoable)</source>
        <translation>Ersetzt das Schema der Antwort durch eines, das aus diesem Body abgeleitet wird (rückgängig machbar)</translation>
    </message>
    <message>
        <source>The response is checked against the operation&apos;s schema once it arrives.</source>
        <translation>Die Antwort wird nach dem Eintreffen gegen das Schema der Operation geprüft.</translation>
    </message>
    <message>
        <source>Nothing to check: no response.</source>
        <translation>Nichts zu prüfen: keine Antwort.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The response matches the schema of response %1.</source>
        <translation>Die Antwort entspricht dem Schema der Antwort %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) with the schema of response %1:</source>
        <translation>
            <numerusform>%n Abweichung vom Schema der Antwort %1:</numerusform>
            <numerusform>%n Abweichungen vom Schema der Antwort %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Hinein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Heraus</translation>
    </message>
    <message>
        <source>Add a property after the selected one</source>
        <translation>Eine Eigenschaft nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add a property inside the selected object</source>
        <translation>Eine Eigenschaft im ausgewählten Objekt hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected property</source>
        <translation>Die ausgewählte Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>Move the property up</source>
        <translation>Die Eigenschaft nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the property down</source>
        <translation>Die Eigenschaft nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the property into the object above it</source>
        <translation>Die Eigenschaft in das Objekt darüber verschieben</translation>
    </message>
    <message>
        <source>Move the property out to the enclosing object</source>
        <translation>Die Eigenschaft in das umgebende Objekt verschieben</translation>
    </message>
    <message>
        <source>(schema)</source>
        <translation>(Schema)</translation>
    </message>
    <message>
        <source>This action does not apply to the selected field.</source>
        <translation>Diese Aktion gilt nicht für das ausgewählte Feld.</translation>
    </message>
    <message>
        <source>Schema fields</source>
        <translation>Felder des Schemas</translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <source>There is no property at %1.</source>
        <translation>Bei %1 gibt es keine Eigenschaft.</translation>
    </message>
    <message>
        <source>There is no schema at %1.</source>
        <translation>Bei %1 gibt es kein Schema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visibility.</source>
        <translation>„%1“ ist keine Sichtbarkeit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schema type.</source>
        <translation>„%1“ ist kein Schematyp.</translation>
    </message>
    <message>
        <source>Edit schema</source>
        <translation>Schema bearbeiten</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>%1 erforderlich machen</translation>
    </message>
    <message>
        <source>Make %1 optional</source>
        <translation>%1 optional machen</translation>
    </message>
    <message>
        <source>This schema refers to a definition: add the property to the definition.</source>
        <translation>Dieses Schema verweist auf eine Definition: Fügen Sie die Eigenschaft der Definition hinzu.</translation>
    </message>
    <message>
        <source>A property needs a name.</source>
        <translation>Eine Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a property &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Eigenschaft „%1“.</translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove property %1</source>
        <translation>Eigenschaft %1 entfernen</translation>
    </message>
    <message>
        <source>Rename property %1 to %2</source>
        <translation>Eigenschaft %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>A property cannot move into itself.</source>
        <translation>Eine Eigenschaft kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>The target refers to a definition: move the property into the definition.</source>
        <translation>Das Ziel verweist auf eine Definition: Verschieben Sie die Eigenschaft in die Definition.</translation>
    </message>
    <message>
        <source>The target already has a property &quot;%1&quot;.</source>
        <translation>Das Ziel hat bereits eine Eigenschaft „%1“.</translation>
    </message>
    <message>
        <source>Move property %1</source>
        <translation>Eigenschaft %1 verschieben</translation>
    </message>
    <message>
        <source>There is no definition &quot;%1&quot;.</source>
        <translation>Es gibt keine Definition „%1“.</translation>
    </message>
    <message>
        <source>A schema is a JSON object.</source>
        <translation>Ein Schema ist ein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The label people see (x-ms-summary)</source>
        <translation>Die angezeigte Beschriftung (x-ms-summary)</translation>
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
        <translation>Format</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Go to definition</source>
        <translation>Zur Definition</translation>
    </message>
    <message>
        <source>Definition ($ref)</source>
        <translation>Definition ($ref)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas</source>
        <translation>Zulässige Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Select a field in the tree.</source>
        <translation>Wählen Sie im Baum ein Feld aus.</translation>
    </message>
    <message>
        <source>Array items</source>
        <translation>Array-Elemente</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Part of the definition %1: edit it there.</source>
        <translation>Teil der Definition %1: Bearbeiten Sie es dort.</translation>
    </message>
    <message>
        <source>Refers to the definition %1; its fields are edited there.</source>
        <translation>Verweist auf die Definition %1; ihre Felder werden dort bearbeitet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>Field title</source>
        <translation>Feldtitel</translation>
    </message>
    <message>
        <source>Field description</source>
        <translation>Feldbeschreibung</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Feldtyp</translation>
    </message>
    <message>
        <source>Field format</source>
        <translation>Feldformat</translation>
    </message>
    <message>
        <source>Field default value</source>
        <translation>Standardwert des Felds</translation>
    </message>
    <message>
        <source>Field allowed values</source>
        <translation>Zulässige Werte des Felds</translation>
    </message>
    <message>
        <source>Dynamic input</source>
        <translation>Dynamische Eingabe</translation>
    </message>
    <message>
        <source>Fill this field&apos;s values, or the schema itself, from another operation</source>
        <translation>Die Werte dieses Felds oder das Schema selbst aus einer anderen Operation füllen</translation>
    </message>
</context>
<context>
    <name>SchemaInference</name>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>The sample is not JSON.</source>
        <translation>Das Beispiel ist kein JSON.</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>(schema)</source>
        <translation>(Schema)</translation>
    </message>
    <message>
        <source>[items]</source>
        <translation>[Elemente]</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>SchemaView</name>
    <message>
        <source>array of %1</source>
        <translation>Array von %1</translation>
    </message>
</context>
<context>
    <name>ScriptChecks</name>
    <message>
        <source>The code is %1 bytes; custom code must be under 1 MB (%2 bytes).</source>
        <translation>Der Code hat %1 Bytes; benutzerdefinierter Code muss unter 1 MB (%2 Bytes) bleiben.</translation>
    </message>
    <message>
        <source>The class Script must derive from ScriptBase.</source>
        <translation>Die Klasse Script muss von ScriptBase abgeleitet sein.</translation>
    </message>
    <message>
        <source>No &quot;public class Script : ScriptBase&quot;: the code needs it.</source>
        <translation>Kein „public class Script : ScriptBase“: Der Code braucht es.</translation>
    </message>
    <message>
        <source>No &quot;public override async Task&lt;HttpResponseMessage&gt; ExecuteAsync()&quot;: the platform calls it for each request.</source>
        <translation>Kein „public override async Task&lt;HttpResponseMessage&gt; ExecuteAsync()“: Die Plattform ruft es für jede Anfrage auf.</translation>
    </message>
    <message>
        <source>The namespace %1 is not available to custom code.</source>
        <translation>Der Namespace %1 steht benutzerdefiniertem Code nicht zur Verfügung.</translation>
    </message>
</context>
<context>
    <name>ScriptOperationsPanel</name>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>%1 (not in the definition)</source>
        <translation>%1 (nicht in der Definition)</translation>
    </message>
    <message>
        <source>%1 is listed in scriptOperations but no operation has this id</source>
        <translation>%1 steht in scriptOperations, aber keine Operation hat diese ID</translation>
    </message>
    <message>
        <source>Runs for every operation. Check operations to limit it to those.</source>
        <translation>Läuft für jede Operation. Haken Sie Operationen an, um ihn auf diese zu beschränken.</translation>
    </message>
    <message>
        <source>Runs for %1 of %2 operations; the others skip the code.</source>
        <translation>Läuft für %1 von %2 Operationen; die anderen überspringen den Code.</translation>
    </message>
    <message>
        <source>Operations the code applies to</source>
        <translation>Operationen, für die der Code gilt</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is turned off</source>
        <translation>Der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory only until you quit.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Geheimnisse bleiben nur bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>the keychain returned another value</source>
        <translation>Der Schlüsselbund lieferte einen anderen Wert</translation>
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
    <name>SignInPanel</name>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Empty for a public client (PKCE only)</source>
        <translation>Leer für einen öffentlichen Client (nur PKCE)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in; the token expires at %1.</source>
        <translation>Angemeldet; das Token läuft um %1 ab.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The connector has no authorization URL: set it on the Security tab.</source>
        <translation>Der Connector hat keine Autorisierungs-URL: Setzen Sie sie im Tab „Sicherheit“.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Send client credentials</source>
        <translation>Client-Anmeldedaten senden</translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation>Im Body der Anfrage</translation>
    </message>
    <message>
        <source>As HTTP Basic authentication</source>
        <translation>Als HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>How the client id and secret go to the token endpoint: client_secret_post (the body, as Power Platform sends them) or client_secret_basic (an Authorization header), for the code exchange, client credentials and refresh.</source>
        <translation>Wie Client-ID und geheimer Schlüssel zum Token-Endpunkt gehen: client_secret_post (im Body, wie die Power Platform sie sendet) oder client_secret_basic (ein Authorization-Header), für den Code-Austausch, Client-Anmeldedaten und die Erneuerung.</translation>
    </message>
</context>
<context>
    <name>SnippetsPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Snippet language</source>
        <translation>Sprache des Code-Schnipsels</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation>Den Code-Schnipsel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Request snippet</source>
        <translation>Code-Schnipsel der Anfrage</translation>
    </message>
    <message>
        <source>Secrets are read from CONNECTOR_SECRET_&lt;NAME&gt; environment variables.</source>
        <translation>Geheimnisse werden aus den Umgebungsvariablen CONNECTOR_SECRET_&lt;NAME&gt; gelesen.</translation>
    </message>
    <message>
        <source>Send a request to see it as code.</source>
        <translation>Senden Sie eine Anfrage, um sie als Code zu sehen.</translation>
    </message>
</context>
<context>
    <name>StepTabs</name>
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
        <source>5  Test</source>
        <translation>5  Test</translation>
    </message>
    <message>
        <source>Swagger</source>
        <translation>Swagger</translation>
    </message>
</context>
<context>
    <name>SwaggerImporter</name>
    <message>
        <source>The extension %1 refers to &quot;%2&quot; outside the definition; dropped.</source>
        <translation>Die Erweiterung %1 verweist auf „%2“ außerhalb der Definition; verworfen.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points outside the definition; replaced by an open schema.</source>
        <translation>Die Referenz „%1“ zeigt aus der Definition heraus; durch ein offenes Schema ersetzt.</translation>
    </message>
    <message>
        <source>info is not an object; replaced.</source>
        <translation>info ist kein Objekt; ersetzt.</translation>
    </message>
    <message>
        <source>Imported connector</source>
        <translation>Importierter Connector</translation>
    </message>
    <message>
        <source>The definition has no title; &quot;Imported connector&quot; was used.</source>
        <translation>Die Definition hat keinen Titel; „Importierter Connector“ wurde verwendet.</translation>
    </message>
    <message>
        <source>The connection uses the first security definition; &quot;%1&quot; is kept in the definition only.</source>
        <translation>Die Verbindung verwendet die erste Sicherheitsdefinition; „%1“ bleibt nur in der Definition.</translation>
    </message>
    <message>
        <source>No operationId: &quot;%1&quot; was made from the method and path.</source>
        <translation>Keine operationId: „%1“ wurde aus Methode und Pfad gebildet.</translation>
    </message>
    <message>
        <source>The operationId &quot;%1&quot; is used twice or is not a valid identifier; written as &quot;%2&quot;.</source>
        <translation>Die operationId „%1“ wird doppelt verwendet oder ist kein gültiger Bezeichner; als „%2“ geschrieben.</translation>
    </message>
</context>
<context>
    <name>SwaggerOutput</name>
    <message>
        <source>Imported connector</source>
        <translation>Importierter Connector</translation>
    </message>
</context>
<context>
    <name>SwaggerRepair</name>
    <message>
        <source>An array without &quot;items&quot; (Swagger 2.0 requires them): items of type %1, inferred from its values, were added.</source>
        <translation>Ein Array ohne „items“ (Swagger 2.0 verlangt sie): Elemente vom Typ %1, aus seinen Werten abgeleitet, wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>An array without &quot;items&quot; (Swagger 2.0 requires them): string items were added.</source>
        <translation>Ein Array ohne „items“ (Swagger 2.0 verlangt sie): String-Elemente wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>The response schema refers to the response &quot;%1&quot;, which is not a schema; that response&apos;s schema is used instead.</source>
        <translation>Das Antwortschema verweist auf die Antwort „%1“, die kein Schema ist; stattdessen wird das Schema dieser Antwort verwendet.</translation>
    </message>
    <message>
        <source>The response schema refers to the response &quot;%1&quot;, which is not a schema and has none; the schema is dropped.</source>
        <translation>Das Antwortschema verweist auf die Antwort „%1“, die kein Schema ist und keines hat; das Schema wird verworfen.</translation>
    </message>
    <message>
        <source>An empty &quot;required&quot; list is not allowed in Swagger 2.0; dropped.</source>
        <translation>Eine leere „required“-Liste ist in Swagger 2.0 nicht erlaubt; verworfen.</translation>
    </message>
</context>
<context>
    <name>TestAllModel</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TestAllPanel</name>
    <message>
        <source>Test all calls every operation with values from x-ms-test-value, defaults, examples or generated from the schema.</source>
        <translation>„Alle testen“ ruft jede Operation mit Werten aus x-ms-test-value, Standardwerten, Beispielen oder aus dem Schema erzeugten Werten auf.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test all progress</source>
        <translation>Fortschritt von „Alle testen“</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Test all results</source>
        <translation>Ergebnisse von „Alle testen“</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n operation(s)…</source>
        <translation>
            <numerusform>%n Operation wird getestet…</numerusform>
            <numerusform>%n Operationen werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 passed, %3 failed</source>
        <translation>%1 von %2 bestanden, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled after %1 operation(s): %2</source>
        <translation>Abgebrochen nach %1 Operation(en): %2</translation>
    </message>
</context>
<context>
    <name>TestController</name>
    <message>
        <source>No operation &apos;%1&apos; to call.</source>
        <translation>Keine Operation „%1“ zum Aufrufen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The response of %1 is not JSON.</source>
        <translation>Die Antwort von %1 ist kein JSON.</translation>
    </message>
    <message>
        <source>No list at &apos;%1&apos; in the response of %2.</source>
        <translation>Keine Liste unter „%1“ in der Antwort von %2.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Filter operations (Ctrl+F)</source>
        <translation>Operationen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>&amp;Test operation</source>
        <translation>Operation &amp;testen</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>Die laufende Anfrage stoppen (Esc)</translation>
    </message>
    <message>
        <source>Test &amp;all</source>
        <translation>&amp;Alle testen</translation>
    </message>
    <message>
        <source>Call every operation with generated values</source>
        <translation>Jede Operation mit erzeugten Werten aufrufen</translation>
    </message>
    <message>
        <source>Ctrl+Return sends</source>
        <translation>Strg+Eingabe sendet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Schemaprüfung</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Alle testen</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Code-Schnipsel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No operation to test: add one in the Definition tab.</source>
        <translation>Keine Operation zum Testen: Fügen Sie im Tab „Definition“ eine hinzu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Schema check (%1)</source>
        <translation>Schemaprüfung (%1)</translation>
    </message>
    <message>
        <source>The operation %1 is no longer in the definition.</source>
        <translation>Die Operation %1 ist nicht mehr in der Definition.</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Wird wiederholt…</translation>
    </message>
    <message>
        <source>Update schema</source>
        <translation>Schema aktualisieren</translation>
    </message>
    <message>
        <source>Schema of response %1 updated from the response (Ctrl+Z undoes)</source>
        <translation>Schema der Antwort %1 aus der Antwort aktualisiert (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>TestParameterForm</name>
    <message numerus="yes">
        <source>Advanced parameters (%n)</source>
        <translation>
            <numerusform>Erweiterte Parameter (%n)</numerusform>
            <numerusform>Erweiterte Parameter (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This operation takes no parameters.</source>
        <translation>Diese Operation hat keine Parameter.</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1, or load the values</source>
        <translation>%1, oder die Werte laden</translation>
    </message>
    <message>
        <source>Load values</source>
        <translation>Werte laden</translation>
    </message>
    <message>
        <source>Calls %1 to list the values</source>
        <translation>Ruft %1 auf, um die Werte aufzulisten</translation>
    </message>
    <message>
        <source>Load values of %1</source>
        <translation>Werte von %1 laden</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) loaded</source>
        <translation>
            <numerusform>%n Wert geladen</numerusform>
            <numerusform>%n Werte geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerBuilderDialog</name>
    <message>
        <source>Batch: one run for all new items (else one run per item)</source>
        <translation>Stapel: ein Lauf für alle neuen Elemente (sonst ein Lauf pro Element)</translation>
    </message>
    <message>
        <source>Make %1 a trigger</source>
        <translation>%1 zu einem Trigger machen</translation>
    </message>
    <message>
        <source>%1 %2 becomes a trigger: flows start when it reports something new.</source>
        <translation>%1 %2 wird zu einem Trigger: Flows starten, wenn er etwas Neues meldet.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Make trigger</source>
        <translation>Trigger erstellen</translation>
    </message>
    <message>
        <source>Callback URL property</source>
        <translation>Eigenschaft für die Rückruf-URL</translation>
    </message>
    <message>
        <source>The body property the platform fills with the URL the service must call.</source>
        <translation>Die Body-Eigenschaft, die die Plattform mit der URL füllt, die der Dienst aufrufen muss.</translation>
    </message>
    <message>
        <source>Operation that removes the webhook</source>
        <translation>Operation, die den Webhook entfernt</translation>
    </message>
    <message>
        <source>New: DELETE %1/{hookId}</source>
        <translation>Neu: DELETE %1/{hookId}</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Entfernt durch</translation>
    </message>
    <message>
        <source>Notification schema</source>
        <translation>Schema der Benachrichtigung</translation>
    </message>
    <message>
        <source>Optional JSON schema of what the service posts, e.g.
{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;orderId&quot;: {&quot;type&quot;: &quot;string&quot;}}}</source>
        <translation>Optionales JSON-Schema dessen, was der Dienst sendet, z. B.
{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;orderId&quot;: {&quot;type&quot;: &quot;string&quot;}}}</translation>
    </message>
    <message>
        <source>State query parameter</source>
        <translation>Abfrageparameter für den Zustand</translation>
    </message>
    <message>
        <source>e.g. since (empty: no state)</source>
        <translation>z. B. since (leer: kein Zustand)</translation>
    </message>
    <message>
        <source>Next value of the state</source>
        <translation>Nächster Wert des Zustands</translation>
    </message>
    <message>
        <source>e.g. @{triggerBody()?[&apos;latest&apos;]}</source>
        <translation>z. B. @{triggerBody()?[&apos;latest&apos;]}</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>Nächster Wert</translation>
    </message>
    <message>
        <source>Trigger data path</source>
        <translation>Datenpfad des Triggers</translation>
    </message>
    <message>
        <source>Where the new items are in the response.</source>
        <translation>Wo die neuen Elemente in der Antwort stehen.</translation>
    </message>
</context>
<context>
    <name>TriggerEdits</name>
    <message>
        <source>The body of this operation is not an object, so it cannot carry the callback URL.</source>
        <translation>Der Body dieser Operation ist kein Objekt und kann daher die Rückruf-URL nicht tragen.</translation>
    </message>
    <message>
        <source>There is no operation &quot;%1&quot; to remove the webhook.</source>
        <translation>Es gibt keine Operation „%1“, um den Webhook zu entfernen.</translation>
    </message>
    <message>
        <source>Remove the webhook</source>
        <translation>Den Webhook entfernen</translation>
    </message>
    <message>
        <source>Added DELETE %1: the platform calls it when a flow using the trigger is removed.</source>
        <translation>DELETE %1 hinzugefügt: Die Plattform ruft es auf, wenn ein Flow mit diesem Trigger entfernt wird.</translation>
    </message>
    <message>
        <source>There is no operation %1 %2.</source>
        <translation>Es gibt keine Operation %1 %2.</translation>
    </message>
    <message>
        <source>Name the body property that receives the callback URL.</source>
        <translation>Nennen Sie die Body-Eigenschaft, die die Rückruf-URL erhält.</translation>
    </message>
    <message>
        <source>The notification schema is not a JSON object: %1</source>
        <translation>Das Benachrichtigungsschema ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Make %1 a webhook trigger</source>
        <translation>%1 zu einem Webhook-Trigger machen</translation>
    </message>
    <message>
        <source>The notification the service sends</source>
        <translation>Die Benachrichtigung, die der Dienst sendet</translation>
    </message>
    <message>
        <source>Webhook registrations are usually POST operations; this one is %1.</source>
        <translation>Webhook-Registrierungen sind meist POST-Operationen; diese ist %1.</translation>
    </message>
    <message>
        <source>The operation needs an operation ID: the polling policy names it.</source>
        <translation>Die Operation braucht eine Operations-ID: Die Abfragerichtlinie nennt sie.</translation>
    </message>
    <message>
        <source>Say where the new items are in the response (trigger data path).</source>
        <translation>Geben Sie an, wo die neuen Elemente in der Antwort stehen (Datenpfad des Triggers).</translation>
    </message>
    <message>
        <source>Give the expression for the next value of &quot;%1&quot;.</source>
        <translation>Geben Sie den Ausdruck für den nächsten Wert von „%1“ an.</translation>
    </message>
    <message>
        <source>Make %1 a polling trigger</source>
        <translation>%1 zu einem Abfrage-Trigger machen</translation>
    </message>
    <message>
        <source>Added the internal query parameter &quot;%1&quot; that carries the state.</source>
        <translation>Den internen Abfrageparameter „%1“ hinzugefügt, der den Zustand trägt.</translation>
    </message>
    <message>
        <source>Polling trigger for %1</source>
        <translation>Abfrage-Trigger für %1</translation>
    </message>
</context>
<context>
    <name>UrlFetcher</name>
    <message>
        <source>No complete response within %1 s from %2.</source>
        <translation>Keine vollständige Antwort von %2 innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a header: expected &quot;Name: value&quot;</source>
        <translation>„%1“ ist kein Header: erwartet „Name: Wert“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>%1 declares %2, more than the limit of %3: download stopped.</source>
        <translation>%1 deklariert %2, mehr als die Grenze von %3: Download gestoppt.</translation>
    </message>
    <message>
        <source>%1 sent more than the limit of %2: download stopped.</source>
        <translation>%1 hat mehr als die Grenze von %2 gesendet: Download gestoppt.</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects.</source>
        <translation>Nach %1 Umleitungen gestoppt.</translation>
    </message>
    <message>
        <source>Redirected (%1) to %2.</source>
        <translation>Umgeleitet (%1) nach %2.</translation>
    </message>
    <message>
        <source>The extra headers were not sent to %1 (another origin).</source>
        <translation>Die zusätzlichen Header wurden nicht an %1 gesendet (anderer Ursprung).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>UrlImportController</name>
    <message>
        <source>From &amp;URL...</source>
        <translation>Von &amp;URL...</translation>
    </message>
    <message>
        <source>Download an OpenAPI, Swagger or Postman document, or find it from a service&apos;s address</source>
        <translation>Ein OpenAPI-, Swagger- oder Postman-Dokument herunterladen oder es über die Adresse eines Dienstes finden</translation>
    </message>
    <message>
        <source>Trying %1 (%2 of up to %3)...</source>
        <translation>Versuche %1 (%2 von bis zu %3)...</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Import from URL cancelled</source>
        <translation>Import von URL abgebrochen</translation>
    </message>
    <message>
        <source>Nothing imported from the URL</source>
        <translation>Nichts von der URL importiert</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Found at %1; not opened (the open connector was kept).</source>
        <translation>Unter %1 gefunden; nicht geöffnet (der offene Connector wurde behalten).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n operation(s) from %1: save the connector to keep it.</source>
        <translation>
            <numerusform>%n Operation aus %1 importiert: Speichern Sie den Connector, um sie zu behalten.</numerusform>
            <numerusform>%n Operationen aus %1 importiert: Speichern Sie den Connector, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Aus %1 importiert</translation>
    </message>
</context>
<context>
    <name>UrlImportDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>An OpenAPI (2.0, 3.x; JSON or YAML) or Postman document, or the service&apos;s base address: the usual places (/openapi.json, /swagger.json, /v3/api-docs...) are tried.</source>
        <translation>Ein OpenAPI- (2.0, 3.x; JSON oder YAML) oder Postman-Dokument oder die Basisadresse des Dienstes: Die üblichen Orte (/openapi.json, /swagger.json, /v3/api-docs...) werden versucht.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sent only to this address&apos;s origin, never after a redirect elsewhere. Values are not remembered.</source>
        <translation>Nur an den Ursprung dieser Adresse gesendet, nie nach einer Umleitung anderswohin. Werte werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discovery and API check</source>
        <translation>Suche und API-Prüfung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>API check</source>
        <translation>API-Prüfung</translation>
    </message>
</context>
<context>
    <name>ValidationDock</name>
    <message>
        <source>%1 error</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 suggestion</source>
        <translation>%1 Vorschlag</translation>
    </message>
    <message>
        <source>%1 suggestions</source>
        <translation>%1 Vorschläge</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Filter by text or rule</source>
        <translation>Nach Text oder Regel filtern</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Rules...</source>
        <translation>Regeln...</translation>
    </message>
    <message>
        <source>Switch validation rules on or off for this connector</source>
        <translation>Validierungsregeln für diesen Connector ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Show or hide these findings</source>
        <translation>Diese Befunde ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Validation — %1</source>
        <translation>Validierung — %1</translation>
    </message>
    <message>
        <source>%1 Error</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 Errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 Warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 Warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 Suggestion</source>
        <translation>%1 Vorschlag</translation>
    </message>
    <message>
        <source>%1 Suggestions</source>
        <translation>%1 Vorschläge</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Apply the quick fix (one undo step)</source>
        <translation>Die Schnellkorrektur anwenden (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Select a problem that has a quick fix</source>
        <translation>Wählen Sie ein Problem mit Schnellkorrektur aus</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>%1 rule switched off</source>
        <translation>%1 Regel ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 rules switched off</source>
        <translation>%1 Regeln ausgeschaltet</translation>
    </message>
    <message>
        <source>No problems match the filter</source>
        <translation>Keine Probleme passen zum Filter</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>Go to Location</source>
        <translation>Zur Stelle springen</translation>
    </message>
    <message>
        <source>No Quick Fix</source>
        <translation>Keine Schnellkorrektur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Disable Rule &quot;%1&quot; for This Connector</source>
        <translation>Regel „%1“ für diesen Connector ausschalten</translation>
    </message>
    <message>
        <source>Validation Rules...</source>
        <translation>Validierungsregeln...</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
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
        <translation>Anfragen werden zu Operationen; Ordner, Authentifizierung und Beispiele kommen mit.</translation>
    </message>
    <message>
        <source>Import OpenAPI...</source>
        <translation>OpenAPI importieren...</translation>
    </message>
    <message>
        <source>OpenAPI 3.0/3.1 or Swagger 2.0, JSON or YAML, converted to Swagger 2.0.</source>
        <translation>OpenAPI 3.0/3.1 oder Swagger 2.0, JSON oder YAML, in Swagger 2.0 umgewandelt.</translation>
    </message>
    <message>
        <source>Import cURL...</source>
        <translation>cURL importieren...</translation>
    </message>
    <message>
        <source>One operation from a pasted curl command.</source>
        <translation>Eine Operation aus einem eingefügten curl-Befehl.</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>zip: %1</source>
        <translation>zip: %1</translation>
    </message>
    <message>
        <source>zip: Not a zip archive (empty)</source>
        <translation>zip: Kein Zip-Archiv (leer)</translation>
    </message>
</context>
<context>
    <name>ZipExporter</name>
    <message>
        <source>settings.json is not included: it names your environment, not the connector.</source>
        <translation>settings.json ist nicht enthalten: Sie nennt Ihre Umgebung, nicht den Connector.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>The definition has %1 KB, over the 1 MB limit: remove unused definitions and long descriptions, or split the connector</source>
        <translation>Die Definition hat %1 KB, über der Grenze von 1 MB: Entfernen Sie ungenutzte Definitionen und lange Beschreibungen oder teilen Sie den Connector</translation>
    </message>
    <message>
        <source>The connector has %1 operations, over the limit of %2: split it into several connectors</source>
        <translation>Der Connector hat %1 Operationen, über der Grenze von %2: Teilen Sie ihn in mehrere Connectors</translation>
    </message>
    <message>
        <source>The request body of %1</source>
        <translation>Der Body der Anfrage von %1</translation>
    </message>
    <message>
        <source>Response %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
    <message>
        <source>%1 has %2 schemas, over the limit of %3: trim properties the flows do not need</source>
        <translation>%1 hat %2 Schemas, über der Grenze von %3: Kürzen Sie Eigenschaften, die die Flows nicht brauchen</translation>
    </message>
    <message>
        <source>%1 nests %2 levels deep (budget %3): flatten it</source>
        <translation>%1 ist %2 Ebenen tief verschachtelt (Budget %3): Machen Sie es flacher</translation>
    </message>
    <message>
        <source>Add the operationId that %1 calls</source>
        <translation>Fügen Sie die operationId hinzu, die %1 aufruft</translation>
    </message>
    <message>
        <source>%1 calls operation &quot;%2&quot;, which does not exist: use an existing operationId</source>
        <translation>%1 ruft die Operation „%2“ auf, die nicht existiert: Verwenden Sie eine vorhandene operationId</translation>
    </message>
    <message>
        <source>Operation &quot;%1&quot; has no parameter &quot;%2&quot;: use one of its parameter names</source>
        <translation>Die Operation „%1“ hat keinen Parameter „%2“: Verwenden Sie einen ihrer Parameternamen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter of %2: refer to one of its parameters</source>
        <translation>„%1“ ist kein Parameter von %2: Verweisen Sie auf einen seiner Parameter</translation>
    </message>
    <message>
        <source>Webhook trigger %1 (it has x-ms-notification-content) needs a body property with &quot;x-ms-notification-url&quot;: true (a required, internal string) where the platform puts its callback URL</source>
        <translation>Der Webhook-Trigger %1 (er hat x-ms-notification-content) braucht eine Body-Eigenschaft mit &quot;x-ms-notification-url&quot;: true (ein erforderlicher, interner String), in die die Plattform ihre Rückruf-URL setzt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&quot;x-ms-visibility&quot;: &quot;internal&quot;</source>
        <translation>&quot;x-ms-visibility&quot;: &quot;internal&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot;: &quot;string&quot;</source>
        <translation>&quot;type&quot;: &quot;string&quot;</translation>
    </message>
    <message>
        <source>Make the notification URL of %1 %2</source>
        <translation>Die Benachrichtigungs-URL von %1 %2 machen</translation>
    </message>
    <message>
        <source>Describe what webhook trigger %1 receives with &quot;x-ms-notification-content&quot; (a schema) on its path</source>
        <translation>Beschreiben Sie mit &quot;x-ms-notification-content&quot; (einem Schema) an seinem Pfad, was der Webhook-Trigger %1 empfängt</translation>
    </message>
    <message>
        <source>Add a DELETE operation for the URL that %1 returns in its Location header: the platform calls it to remove the webhook</source>
        <translation>Fügen Sie eine DELETE-Operation für die URL hinzu, die %1 im Location-Header zurückgibt: Die Plattform ruft sie auf, um den Webhook zu entfernen</translation>
    </message>
    <message>
        <source>List at least one allowed value in &quot;enum&quot;, or remove it</source>
        <translation>Führen Sie mindestens einen zulässigen Wert in &quot;enum&quot; auf oder entfernen Sie es</translation>
    </message>
    <message>
        <source>Write enum values as %1 values, as &quot;type&quot; says</source>
        <translation>Schreiben Sie enum-Werte als %1-Werte, wie &quot;type&quot; sagt</translation>
    </message>
    <message>
        <source>Give each x-ms-enum-values entry a &quot;value&quot; and a &quot;displayName&quot;</source>
        <translation>Geben Sie jedem x-ms-enum-values-Eintrag einen &quot;value&quot; und einen &quot;displayName&quot;</translation>
    </message>
    <message>
        <source>This value is not in &quot;enum&quot;: add it there or correct it</source>
        <translation>Dieser Wert steht nicht in &quot;enum&quot;: Fügen Sie ihn dort hinzu oder korrigieren Sie ihn</translation>
    </message>
    <message>
        <source>Write x-ms-enum-values as an array of {&quot;value&quot;, &quot;displayName&quot;} objects</source>
        <translation>Schreiben Sie x-ms-enum-values als Array von {&quot;value&quot;, &quot;displayName&quot;}-Objekten</translation>
    </message>
    <message>
        <source>Add an &quot;enum&quot; with the values of x-ms-enum-values: the display names apply to it</source>
        <translation>Fügen Sie ein &quot;enum&quot; mit den Werten von x-ms-enum-values hinzu: Die Anzeigenamen gelten dafür</translation>
    </message>
    <message>
        <source>Add the enum</source>
        <translation>Das enum hinzufügen</translation>
    </message>
    <message>
        <source>Write the default as a %1 value, as &quot;type&quot; says</source>
        <translation>Schreiben Sie den Standardwert als %1-Wert, wie &quot;type&quot; sagt</translation>
    </message>
    <message>
        <source>The default is not one of the &quot;enum&quot; values: choose one of them</source>
        <translation>Der Standardwert ist keiner der &quot;enum&quot;-Werte: Wählen Sie einen davon</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 muss eines von %2 sein</translation>
    </message>
    <message>
        <source>Remove the empty x-ms-visibility (it means &quot;none&quot;, the default) or choose a value</source>
        <translation>Entfernen Sie das leere x-ms-visibility (es bedeutet &quot;none&quot;, den Standard) oder wählen Sie einen Wert</translation>
    </message>
    <message>
        <source>Remove x-ms-visibility</source>
        <translation>x-ms-visibility entfernen</translation>
    </message>
    <message>
        <source>Give internal required parameter &quot;%1&quot; a default: users cannot see it to fill it in</source>
        <translation>Geben Sie dem internen erforderlichen Parameter „%1“ einen Standardwert: Benutzer sehen ihn nicht und können ihn nicht ausfüllen</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>In %1 umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a misspelling of &quot;%2&quot;: the platform ignores unknown names</source>
        <translation>„%1“ sieht wie ein Tippfehler für „%2“ aus: Die Plattform ignoriert unbekannte Namen</translation>
    </message>
    <message>
        <source>: correct the JSON so the connector can be read</source>
        <translation>: Korrigieren Sie das JSON, damit der Connector gelesen werden kann</translation>
    </message>
    <message>
        <source>: the platform reads strict JSON only (&apos;format&apos; repairs commas and control characters)</source>
        <translation>: Die Plattform liest nur striktes JSON (&apos;format&apos; repariert Kommas und Steuerzeichen)</translation>
    </message>
    <message>
        <source>Shorten the title to 30 characters or fewer (it has %1)</source>
        <translation>Kürzen Sie den Titel auf höchstens 30 Zeichen (er hat %1)</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the title: connector titles must not contain &quot;API&quot; or &quot;Connector&quot;</source>
        <translation>Entfernen Sie „%1“ aus dem Titel: Connector-Titel dürfen „API“ oder „Connector“ nicht enthalten</translation>
    </message>
    <message>
        <source>Add a description of the connector (30 to 500 characters): users see it when they add it</source>
        <translation>Fügen Sie eine Beschreibung des Connectors hinzu (30 bis 500 Zeichen): Benutzer sehen sie beim Hinzufügen</translation>
    </message>
    <message>
        <source>Make the description 30 to 500 characters long (it has %1)</source>
        <translation>Machen Sie die Beschreibung 30 bis 500 Zeichen lang (sie hat %1)</translation>
    </message>
    <message>
        <source>Add &quot;host&quot;: the server name of the API, e.g. api.contoso.com</source>
        <translation>Fügen Sie &quot;host&quot; hinzu: den Servernamen der API, z. B. api.contoso.com</translation>
    </message>
    <message>
        <source>&quot;host&quot; is only the server name (and port): move the scheme to &quot;schemes&quot; and the path to &quot;basePath&quot;</source>
        <translation>&quot;host&quot; ist nur der Servername (und Port): Verschieben Sie das Schema nach &quot;schemes&quot; und den Pfad nach &quot;basePath&quot;</translation>
    </message>
    <message>
        <source>Start &quot;basePath&quot; with &apos;/&apos;</source>
        <translation>Beginnen Sie &quot;basePath&quot; mit &apos;/&apos;</translation>
    </message>
    <message>
        <source>Use &quot;https&quot; (or &quot;http&quot;) in &quot;schemes&quot;: connectors call REST APIs only</source>
        <translation>Verwenden Sie &quot;https&quot; (oder &quot;http&quot;) in &quot;schemes&quot;: Connectors rufen nur REST-APIs auf</translation>
    </message>
    <message>
        <source>Write a valid email address in info.contact.email (name@example.com)</source>
        <translation>Schreiben Sie eine gültige E-Mail-Adresse in info.contact.email (name@example.com)</translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; entry (an https URL) to x-ms-connector-metadata: certification requires it</source>
        <translation>Fügen Sie x-ms-connector-metadata einen Eintrag „%1“ (eine https-URL) hinzu: Die Zertifizierung verlangt ihn</translation>
    </message>
    <message>
        <source>Write the %1 as a full URL (https://...)</source>
        <translation>Schreiben Sie %1 als vollständige URL (https://...)</translation>
    </message>
    <message>
        <source>Choose at most 2 categories (there are %1)</source>
        <translation>Wählen Sie höchstens 2 Kategorien (es sind %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connector category: use one of %2</source>
        <translation>„%1“ ist keine Connector-Kategorie: Verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>Give %1 an operationId: flows and apps call the operation by it</source>
        <translation>Geben Sie %1 eine operationId: Flows und Apps rufen die Operation darüber auf</translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; is already used by %2 %3: make it unique</source>
        <translation>operationId „%1“ wird bereits von %2 %3 verwendet: Machen Sie sie eindeutig</translation>
    </message>
    <message>
        <source>Use only letters and digits in operationId &quot;%1&quot;: Power Apps calls it as a function</source>
        <translation>Verwenden Sie in der operationId „%1“ nur Buchstaben und Ziffern: Power Apps ruft sie als Funktion auf</translation>
    </message>
    <message>
        <source>Add a summary to %1: it is the action&apos;s name in flows (e.g. &quot;Get an item&quot;)</source>
        <translation>Fügen Sie %1 eine Zusammenfassung hinzu: Sie ist der Name der Aktion in Flows (z. B. „Ein Element abrufen“)</translation>
    </message>
    <message>
        <source>Shorten the summary to 80 characters or fewer (it has %1)</source>
        <translation>Kürzen Sie die Zusammenfassung auf höchstens 80 Zeichen (sie hat %1)</translation>
    </message>
    <message>
        <source>Remove &apos;/&apos; from the summary (write &quot;or&quot; or &quot;and&quot; instead)</source>
        <translation>Entfernen Sie &apos;/&apos; aus der Zusammenfassung (schreiben Sie stattdessen „oder“ bzw. „und“)</translation>
    </message>
    <message>
        <source>End the summary with a letter, a digit or &apos;)&apos; (no punctuation)</source>
        <translation>Beenden Sie die Zusammenfassung mit einem Buchstaben, einer Ziffer oder &apos;)&apos; (ohne Satzzeichen)</translation>
    </message>
    <message>
        <source>Write the description as a sentence ending with a full stop</source>
        <translation>Schreiben Sie die Beschreibung als Satz, der mit einem Punkt endet</translation>
    </message>
    <message>
        <source>Add a full stop</source>
        <translation>Einen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Make the description say more than the summary: what the action does and returns</source>
        <translation>Lassen Sie die Beschreibung mehr sagen als die Zusammenfassung: was die Aktion tut und zurückgibt</translation>
    </message>
    <message>
        <source>Declare the success response (200, 201, 202 or 204) of %1</source>
        <translation>Deklarieren Sie die Erfolgsantwort (200, 201, 202 oder 204) von %1</translation>
    </message>
    <message>
        <source>Only one response should have a schema (%1 have one): flows use a single output shape; keep it on the success response</source>
        <translation>Nur eine Antwort sollte ein Schema haben (%1 haben eines): Flows verwenden eine einzige Ausgabeform; behalten Sie es bei der Erfolgsantwort</translation>
    </message>
    <message>
        <source>Move the schema from the &quot;default&quot; response to the success response: &quot;default&quot; describes errors</source>
        <translation>Verschieben Sie das Schema von der &quot;default&quot;-Antwort zur Erfolgsantwort: &quot;default&quot; beschreibt Fehler</translation>
    </message>
    <message>
        <source>A GET request has no body: send &quot;%1&quot; as query parameters or use POST</source>
        <translation>Eine GET-Anfrage hat keinen Body: Senden Sie „%1“ als Abfrageparameter oder verwenden Sie POST</translation>
    </message>
    <message>
        <source>%1 has more than one body parameter: merge them into one object schema</source>
        <translation>%1 hat mehr als einen Body-Parameter: Führen Sie sie zu einem Objektschema zusammen</translation>
    </message>
    <message>
        <source>%1 has both a body and formData parameters: use one or the other</source>
        <translation>%1 hat sowohl einen Body- als auch formData-Parameter: Verwenden Sie das eine oder das andere</translation>
    </message>
    <message>
        <source>Declare path parameter &quot;%1&quot;</source>
        <translation>Pfadparameter „%1“ deklarieren</translation>
    </message>
    <message>
        <source>Declare &quot;{%1}&quot; of %2 as a required path parameter</source>
        <translation>Deklarieren Sie „{%1}“ von %2 als erforderlichen Pfadparameter</translation>
    </message>
    <message>
        <source>Mark path parameter &quot;%1&quot; &quot;required&quot;: true</source>
        <translation>Markieren Sie den Pfadparameter „%1“ mit &quot;required&quot;: true</translation>
    </message>
    <message>
        <source>Set &quot;required&quot;: true</source>
        <translation>&quot;required&quot;: true setzen</translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; is not in %2: add &quot;{%1}&quot; to the path or remove the parameter</source>
        <translation>Der Pfadparameter „%1“ ist nicht in %2: Fügen Sie „{%1}“ dem Pfad hinzu oder entfernen Sie den Parameter</translation>
    </message>
    <message>
        <source>Remove the parameter</source>
        <translation>Den Parameter entfernen</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; in %2 is declared twice: remove one</source>
        <translation>Der Parameter „%1“ in %2 ist doppelt deklariert: Entfernen Sie einen</translation>
    </message>
    <message>
        <source>Rename parameter &quot;%1&quot;: the platform reserves connectionId for itself</source>
        <translation>Benennen Sie den Parameter „%1“ um: Die Plattform reserviert connectionId für sich</translation>
    </message>
    <message>
        <source>collectionFormat &quot;multi&quot; is not supported: use &quot;csv&quot; (or another delimiter the API accepts)</source>
        <translation>collectionFormat &quot;multi&quot; wird nicht unterstützt: Verwenden Sie &quot;csv&quot; (oder ein anderes Trennzeichen, das die API akzeptiert)</translation>
    </message>
    <message>
        <source>Use &quot;csv&quot;</source>
        <translation>&quot;csv&quot; verwenden</translation>
    </message>
    <message>
        <source>Array query parameter &quot;%1&quot; breaks in Power Apps: take a comma-separated string instead</source>
        <translation>Der Array-Abfrageparameter „%1“ funktioniert in Power Apps nicht: Nehmen Sie stattdessen einen kommagetrennten String</translation>
    </message>
    <message>
        <source>Add &quot;iconBrandColor&quot;: the icon&apos;s background colour as #rrggbb</source>
        <translation>Fügen Sie &quot;iconBrandColor&quot; hinzu: die Hintergrundfarbe des Symbols als #rrggbb</translation>
    </message>
    <message>
        <source>Use #007ee5</source>
        <translation>#007ee5 verwenden</translation>
    </message>
    <message>
        <source>Write &quot;iconBrandColor&quot; as a hex colour #rrggbb (e.g. #007ee5)</source>
        <translation>Schreiben Sie &quot;iconBrandColor&quot; als Hex-Farbe #rrggbb (z. B. #007ee5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known %2: use one of %3</source>
        <translation>„%1“ ist kein bekannter %2: Verwenden Sie einen von %3</translation>
    </message>
    <message>
        <source>connection parameter type</source>
        <translation>Verbindungsparametertyp</translation>
    </message>
    <message>
        <source>identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Operation &quot;%1&quot; does not exist: the script would never run for it; use an existing operationId</source>
        <translation>Die Operation „%1“ existiert nicht: Das Skript würde nie für sie laufen; verwenden Sie eine vorhandene operationId</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known policy template (any case): use one of %2</source>
        <translation>„%1“ ist keine bekannte Richtlinienvorlage (Groß-/Kleinschreibung egal): Verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; needs the parameter &quot;%2&quot;</source>
        <translation>Die Richtlinie „%1“ braucht den Parameter „%2“</translation>
    </message>
    <message>
        <source>Operation &quot;%1&quot; does not exist: the policy never applies to it</source>
        <translation>Die Operation „%1“ existiert nicht: Die Richtlinie gilt nie für sie</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: point references into #/definitions, #/parameters or #/responses of this file (the connector is uploaded as one file)</source>
        <translation>„%1“: Lassen Sie Referenzen auf #/definitions, #/parameters oder #/responses dieser Datei zeigen (der Connector wird als eine Datei hochgeladen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: add it or correct the reference</source>
        <translation>„%1“ existiert nicht: Fügen Sie es hinzu oder korrigieren Sie die Referenz</translation>
    </message>
    <message>
        <source>Remove what is beside $ref</source>
        <translation>Entfernen, was neben $ref steht</translation>
    </message>
    <message>
        <source>%1 beside &quot;$ref&quot; is ignored: move it into the referenced definition or remove it</source>
        <translation>%1 neben &quot;$ref&quot; wird ignoriert: Verschieben Sie es in die referenzierte Definition oder entfernen Sie es</translation>
    </message>
    <message>
        <source>Add &quot;swagger&quot;: &quot;2.0&quot;: connectors use Swagger 2.0</source>
        <translation>Fügen Sie &quot;swagger&quot;: &quot;2.0&quot; hinzu: Connectors verwenden Swagger 2.0</translation>
    </message>
    <message>
        <source>Add &quot;swagger&quot;: &quot;2.0&quot;</source>
        <translation>&quot;swagger&quot;: &quot;2.0&quot; hinzufügen</translation>
    </message>
    <message>
        <source>&quot;swagger&quot; must be &quot;2.0&quot; (import OpenAPI 3 documents to convert them)</source>
        <translation>&quot;swagger&quot; muss &quot;2.0&quot; sein (importieren Sie OpenAPI-3-Dokumente, um sie umzuwandeln)</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to %2: Swagger 2.0 requires it</source>
        <translation>Fügen Sie „%1“ zu %2 hinzu: Swagger 2.0 verlangt es</translation>
    </message>
    <message>
        <source>the parameter</source>
        <translation>dem Parameter</translation>
    </message>
    <message>
        <source>the body parameter</source>
        <translation>dem Body-Parameter</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>der Definition</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>the operation</source>
        <translation>der Operation</translation>
    </message>
    <message>
        <source>Add a &quot;description&quot; to response %1: Swagger 2.0 requires it</source>
        <translation>Fügen Sie der Antwort %1 eine &quot;description&quot; hinzu: Swagger 2.0 verlangt sie</translation>
    </message>
    <message>
        <source>Add a description</source>
        <translation>Eine Beschreibung hinzufügen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Use the boolean %1</source>
        <translation>Den booleschen Wert %1 verwenden</translation>
    </message>
    <message>
        <source>Use the number %1</source>
        <translation>Die Zahl %1 verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid &quot;%2&quot;: use one of %3</source>
        <translation>„%1“ ist kein gültiges „%2“: Verwenden Sie eines von %3</translation>
    </message>
    <message>
        <source>Give internal required property &quot;%1&quot; a default: users cannot see it to fill it in</source>
        <translation>Geben Sie der internen erforderlichen Eigenschaft „%1“ einen Standardwert: Benutzer sehen sie nicht und können sie nicht ausfüllen</translation>
    </message>
    <message>
        <source>Reference loop %1: Power Automate cannot expand recursive schemas; end the loop with a plain object or string</source>
        <translation>Referenzschleife %1: Power Automate kann rekursive Schemas nicht auflösen; beenden Sie die Schleife mit einem einfachen Objekt oder String</translation>
    </message>
</context>
</TS>
