<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="30" />
        <source>&amp;Copy polished text</source>
        <translation>Polierten Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="32" />
        <source>Copy the draft with trailing spaces trimmed and line endings normalised</source>
        <translation>Den Entwurf ohne überflüssige Leerzeichen und mit einheitlichen Zeilenenden kopieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="38" />
        <source>&amp;Apply first suggestion</source>
        <translation>Ersten Vorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="40" />
        <source>Replace the grammar or spelling mistake at the cursor with the first suggestion</source>
        <translation>Den Grammatik- oder Rechtschreibfehler am Cursor durch den ersten Vorschlag ersetzen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="47" />
        <source>&amp;Next finding</source>
        <translation>&amp;Nächster Hinweis</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="49" />
        <source>Select the next highlighted passage in the draft</source>
        <translation>Die nächste markierte Stelle im Entwurf auswählen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="53" />
        <source>&amp;Previous finding</source>
        <translation>&amp;Vorheriger Hinweis</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="55" />
        <source>Select the previous highlighted passage in the draft</source>
        <translation>Die vorherige markierte Stelle im Entwurf auswählen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="59" />
        <source>Focus &amp;editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="61" />
        <source>Move the keyboard focus to the draft</source>
        <translation>Die Tastatur auf den Entwurf richten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="65" />
        <source>Focus coach &amp;panel</source>
        <translation>Zum &amp;Coach-Bereich</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="67" />
        <source>Move the keyboard focus to the findings</source>
        <translation>Die Tastatur auf die Hinweise richten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="71" />
        <source>Focus &amp;recipient</source>
        <translation>Zum &amp;Empfänger</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="73" />
        <source>Edit the recipient's name and notes</source>
        <translation>Name und Notizen der Empfängerin/des Empfängers bearbeiten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="77" />
        <source>S&amp;witch recipient</source>
        <translation>Empfänger &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="79" />
        <source>Search your people and choose another recipient</source>
        <translation>Ihre Kontakte durchsuchen und eine andere Person wählen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="83" />
        <source>&amp;New person</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="85" />
        <source>Add a person from what is in the form (or an empty one)</source>
        <translation>Eine Person aus dem anlegen, was im Formular steht (oder eine leere)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="89" />
        <source>&amp;Find person</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="91" />
        <source>Search your people by name, company, notes or tags</source>
        <translation>Ihre Personen nach Name, Firma, Notizen oder Schlagwörtern durchsuchen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="95" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="97" />
        <source>Language, channel, models and LanguageTool</source>
        <translation>Sprache, Kanal, Modelle und LanguageTool</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="101" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="103" />
        <source>All keyboard shortcuts at a glance</source>
        <translation>Alle Tastenkürzel auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="107" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/actions.py" line="109" />
        <source>Close Outreach Coach</source>
        <translation>Outreach Coach schließen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../outreach_coach/app.py" line="98" />
        <source>Your library was damaged and has been moved aside to {path}; a new, empty library was started. Nothing was overwritten.</source>
        <translation>Ihre Bibliothek war beschädigt und wurde nach {path} verschoben; eine neue, leere Bibliothek wurde angelegt. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/app.py" line="107" />
        <source>Settings: {problems} (the defaults are used).</source>
        <translation>Einstellungen: {problems} (es gelten die Standardwerte).</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/app.py" line="127" />
        <source>Outreach Coach is already open for {folder}; brought it to the front.</source>
        <translation>Outreach Coach ist für {folder} schon geöffnet; das Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Your library could not be opened ({reason}); changes in this session are kept in memory only.</source>
        <translation>Ihre Bibliothek ließ sich nicht öffnen ({reason}); Änderungen in dieser Sitzung bleiben nur im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../outreach_coach/ui/banner.py" line="32" />
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Personalization score</source>
        <translation>Personalisierungswert</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="125" />
        <location filename="../../outreach_coach/ui/coach_panel.py" line="218" />
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="162" />
        <source>Facts from the notes</source>
        <translation>Fakten aus den Notizen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="167" />
        <location filename="../../outreach_coach/ui/coach_panel.py" line="224" />
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="216" />
        <source>Type a draft: the coach shows what makes it personal and what not.</source>
        <translation>Schreiben Sie einen Entwurf: Der Coach zeigt, was ihn persönlich macht und was nicht.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="220" />
        <source>Write to one person, with what you know about them in the notes.</source>
        <translation>Schreiben Sie an eine Person – mit dem, was Sie über sie wissen, in den Notizen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="222" />
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/coach_panel.py" line="223" />
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="107" />
        <source>Your draft is safe: a copy was saved to
{path}</source>
        <translation>Ihr Entwurf ist sicher: Eine Kopie liegt in
{path}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="112" />
        <source>The draft is still in the editor, but a safety copy failed: {reason}</source>
        <translation>Der Entwurf steht noch im Editor, aber die Sicherungskopie ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="116" />
        <source>Outreach Coach – unexpected error</source>
        <translation>Outreach Coach – unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="118" />
        <source>Something went wrong inside Outreach Coach:
{summary}

{saved}

Details are in the log: {log}</source>
        <translation>In Outreach Coach ist etwas schiefgegangen:
{summary}

{saved}

Details stehen im Protokoll: {log}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="75" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="76" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="77" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="78" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="79" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="80" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="81" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="82" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="83" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="84" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="89" />
        <source>Import CSV: columns</source>
        <translation>CSV importieren: Spalten</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../outreach_coach/ui/editor.py" line="139" />
        <source>Ignore this match…</source>
        <translation>Diesen Treffer ignorieren …</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="39" />
        <source>Add facts from text</source>
        <translation>Fakten aus Text übernehmen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="41" />
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="44" />
        <source>Paste what you read about the person: a profile's About and Experience, a post, a talk abstract, a company page, a podcast description. Nothing is fetched from the web.</source>
        <translation>Fügen Sie ein, was Sie über die Person gelesen haben: Info und Berufserfahrung aus einem Profil, einen Beitrag, eine Vortragsbeschreibung, eine Firmenseite, eine Podcast-Beschreibung. Aus dem Internet wird nichts geladen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="50" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="52" />
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="53" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="54" />
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="55" />
        <source>Company page</source>
        <translation>Firmenseite</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="56" />
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="57" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="61" />
        <source>&amp;Find facts</source>
        <translation>Fakten &amp;finden</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="66" />
        <source>Candidate facts</source>
        <translation>Vorgeschlagene Fakten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="71" />
        <source>&amp;Add selected</source>
        <translation>Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="77" />
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="95" />
        <source>individual</source>
        <translation>individuell</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="95" />
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="106" />
        <source>Candidates found: %1. Most individual first; tick the ones to keep.</source>
        <translation>Gefundene Vorschläge: %1. Die individuellsten zuerst; haken Sie an, was Sie behalten.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="110" />
        <source>No facts found: paste more of what you read.</source>
        <translation>Keine Fakten gefunden: Fügen Sie mehr von dem ein, was Sie gelesen haben.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="115" />
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="116" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="117" />
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="118" />
        <source>quoted words</source>
        <translation>zitierte Worte</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="119" />
        <source>an event, talk or post</source>
        <translation>ein Ereignis, Vortrag oder Beitrag</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="120" />
        <source>something that changed</source>
        <translation>etwas, das sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="121" />
        <source>a problem they named</source>
        <translation>ein Problem, das die Person nennt</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="125" />
        <source>Individual: only somebody who looked at this person knows it.</source>
        <translation>Individuell: Das weiß nur, wer sich mit dieser Person beschäftigt hat.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="128" />
        <source>Segment: role, industry or place – a list of people like them knows it too.</source>
        <translation>Segment: Rolle, Branche oder Ort – das steht auch in jeder Liste ähnlicher Personen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/facts_dialog.py" line="130" />
        <source>Specific: %1.</source>
        <translation>Spezifisch: %1.</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="193" />
        <location filename="../../outreach_coach/ui/replies.py" line="211" />
        <source>Follow-ups due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="199" />
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="200" />
        <source>Days without a reply</source>
        <translation>Tage ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="201" />
        <source>No reply &amp;after</source>
        <translation>Ohne Antwort &amp;nach</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="205" />
        <source>A short follow-up often gets the answer the first message did not. Refer to what you wrote instead of repeating it – the coach marks sentences you repeat.</source>
        <translation>Eine kurze Nachfass-Nachricht bekommt oft die Antwort, die die erste nicht bekam. Beziehen Sie sich auf das Geschriebene, statt es zu wiederholen – der Coach markiert Sätze, die Sie wiederholen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="215" />
        <source>&amp;Write follow-up</source>
        <translation>Nach&amp;fassen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="217" />
        <source>Open this person with your last draft and write the follow-up</source>
        <translation>Diese Person mit Ihrem letzten Entwurf öffnen und die Nachfass-Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="219" />
        <source>&amp;Replied today</source>
        <translation>Heute &amp;beantwortet</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="220" />
        <source>&amp;No reply, do not follow up</source>
        <translation>&amp;Keine Antwort, nicht nachfassen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="256" />
        <source>{name} – sent {date}, no reply for {days} days</source>
        <translation>{name} – gesendet am {date}, seit {days} Tagen keine Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="268" />
        <source>No follow-ups due: every message older than {days} days is marked.</source>
        <translation>Nichts nachzufassen: jede Nachricht, die älter als {days} Tage ist, ist markiert.</translation>
    </message>
</context>
<context>
    <name>GrammarLane</name>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="243" />
        <source>Grammar: off – LanguageTool needs Java 17 or newer (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless), then File → Settings…</source>
        <translation>Grammatik: aus – LanguageTool braucht Java 17 oder neuer (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless), dann Datei → Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="248" />
        <source>Grammar: off (no LanguageTool configured)</source>
        <translation>Grammatik: aus (kein LanguageTool eingerichtet)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="250" />
        <source>Grammar: starting LanguageTool…</source>
        <translation>Grammatik: LanguageTool startet …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="255" />
        <source>Grammar: downloading LanguageTool…</source>
        <translation>Grammatik: LanguageTool wird heruntergeladen …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="322" />
        <source>Grammar: downloading LanguageTool… {percent} % ({done} of {total} MB)</source>
        <translation>Grammatik: LanguageTool wird heruntergeladen … {percent} % ({done} von {total} MB)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="329" />
        <source>Grammar: downloading LanguageTool… {done} MB</source>
        <translation>Grammatik: LanguageTool wird heruntergeladen … {done} MB</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="337" />
        <source>Grammar: LanguageTool is not downloaded yet</source>
        <translation>Grammatik: LanguageTool ist noch nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="343" />
        <source>Grammar unavailable: {reason}</source>
        <translation>Grammatik nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/workers.py" line="349" />
        <source>Grammar: {where} ready</source>
        <translation>Grammatik: {where} bereit</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="164" />
        <location filename="../../outreach_coach/ui/library_controller.py" line="356" />
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="215" />
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="217" />
        <source>Delete {name} with all drafts and sent messages? This cannot be undone.</source>
        <translation>{name} mit allen Entwürfen und gesendeten Nachrichten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="230" />
        <source>Person deleted with drafts and history.</source>
        <translation>Person mit Entwürfen und Verlauf gelöscht.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="238" />
        <source>Recorded as sent to {name}.</source>
        <translation>Als an {name} gesendet gespeichert.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="315" />
        <source>A copy is in {path}.</source>
        <translation>Eine Kopie liegt in {path}.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="317" />
        <source>No recovery copy could be written either.</source>
        <translation>Auch eine Sicherungskopie konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="335" />
        <source>Not saved: {reason}. The draft stays in the editor. {where}</source>
        <translation>Nicht gespeichert: {reason}. Der Entwurf bleibt im Editor. {where}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="341" />
        <source>Could not save the draft: {reason}</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="367" />
        <source>Save as new person</source>
        <translation>Als neue Person speichern</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="375" />
        <source>Saved as a new person: {name}.</source>
        <translation>Als neue Person gespeichert: {name}.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="389" />
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="391" />
        <source>Your draft could not be saved. Quit anyway? (A recovery copy: {path})</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden. Trotzdem beenden? (Eine Sicherungskopie: {path})</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_controller.py" line="392" />
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="90" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="96" />
        <source>Import &amp;LinkedIn connections…</source>
        <translation>&amp;LinkedIn-Kontakte importieren …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="99" />
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="101" />
        <source>&amp;Export this person…</source>
        <translation>Diese Person &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="104" />
        <source>&amp;Back up library…</source>
        <translation>Bibliothek &amp;sichern …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="105" />
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="111" />
        <source>&amp;Sent messages…</source>
        <translation>&amp;Gesendete Nachrichten …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="115" />
        <source>F&amp;ollow-ups due…</source>
        <translation>Nach&amp;fassen fällig …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="118" />
        <source>S&amp;tats…</source>
        <translation>S&amp;tatistik …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="119" />
        <source>&amp;Ignored matches…</source>
        <translation>&amp;Ignorierte Treffer …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="122" />
        <source>Record &amp;copied messages as sent</source>
        <translation>&amp;Kopierte Nachrichten als gesendet speichern</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="141" />
        <source>Ignore this match</source>
        <translation>Diesen Treffer ignorieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="142" />
        <source>“{words}” will no longer be flagged by this rule. Why? (optional)</source>
        <translation>„{words}“ wird von dieser Regel nicht mehr markiert. Warum? (optional)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="151" />
        <source>Added {added}, merged {merged}, skipped {skipped}.</source>
        <translation>{added} hinzugefügt, {merged} zusammengeführt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="156" />
        <location filename="../../outreach_coach/ui/library_menu.py" line="170" />
        <location filename="../../outreach_coach/ui/library_menu.py" line="194" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="162" />
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="195" />
        <source>Choose the column with the name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="211" />
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="219" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="220" />
        <source>Choose a person in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="225" />
        <source>Export person</source>
        <translation>Person exportieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="235" />
        <source>Back up library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="247" />
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="256" />
        <location filename="../../outreach_coach/ui/library_menu.py" line="263" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="257" />
        <source>Not a backup: {reason}</source>
        <translation>Keine Sicherung: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="282" />
        <source>Write the follow-up: refer to your message of {date} instead of repeating it.</source>
        <translation>Schreiben Sie die Nachfass-Nachricht: beziehen Sie sich auf Ihre Nachricht vom {date}, statt sie zu wiederholen.</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Messages you copied for someone. They let the coach warn you when a new draft repeats them. Remove any you do not want kept.</source>
        <translation>Nachrichten, die Sie für jemanden kopiert haben. Mit ihnen warnt der Coach, wenn ein neuer Entwurf sie wiederholt. Entfernen Sie, was nicht gespeichert bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="315" />
        <source>Ignored matches</source>
        <translation>Ignorierte Treffer</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/library_menu.py" line="316" />
        <source>Matches you told the coach to ignore. Remove one to see it flagged again.</source>
        <translation>Treffer, die der Coach ignorieren soll. Entfernen Sie einen, um ihn wieder zu sehen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="75" />
        <location filename="../../outreach_coach/ui/window_layout.py" line="51" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="76" />
        <source>Write your message here – to one person.</source>
        <translation>Schreiben Sie hier Ihre Nachricht – an eine Person.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="78" />
        <source>Copy polished text</source>
        <translation>Polierten Text kopieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="79" />
        <source>Embedding model: not loaded</source>
        <translation>Sprachmodell: nicht geladen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="80" />
        <source>Grammar: off</source>
        <translation>Grammatik: aus</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_layout.py" line="50" />
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_layout.py" line="52" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="133" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="140" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/main_window.py" line="124" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="61" />
        <source>Embedding model: off – scoring by wording only</source>
        <translation>Sprachmodell: aus – Bewertung nur nach Wortlaut</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/clipboard.py" line="32" />
        <source>Copied {count} characters to the clipboard (polished).</source>
        <translation>{count} Zeichen in die Zwischenablage kopiert (poliert).</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_wiring.py" line="52" />
        <source>Removed {count} invisible control character(s) (such as NUL) from the pasted text.</source>
        <translation>{count} unsichtbare Steuerzeichen (etwa NUL) aus dem eingefügten Text entfernt.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_wiring.py" line="59" />
        <source>Analysis failed: {reason} (details in the log)</source>
        <translation>Analyse fehlgeschlagen: {reason} (Details im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="110" />
        <source>Download LanguageTool?</source>
        <translation>LanguageTool herunterladen?</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="111" />
        <source>Grammar and spelling checks need LanguageTool (about {size} MB from languagetool.org's release mirror, checked against its published checksum, kept in the app's cache folder). It runs on this computer; your drafts stay here.

Download it now?</source>
        <translation>Die Grammatik- und Rechtschreibprüfung braucht LanguageTool (etwa {size} MB vom Release-Spiegel von languagetool.org, geprüft gegen die veröffentlichte Prüfsumme, abgelegt im Cache-Ordner der App). Es läuft auf diesem Computer; Ihre Entwürfe bleiben hier.

Jetzt herunterladen?</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="122" />
        <source>Grammar: off – LanguageTool not downloaded</source>
        <translation>Grammatik: aus – LanguageTool nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="91" />
        <source>Own phrase list skipped: {problems}</source>
        <translation>Eigene Phrasenliste übersprungen: {problems}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="99" />
        <source>Loading the embedding model… (rules work meanwhile)</source>
        <translation>Sprachmodell wird geladen … (die Regeln arbeiten schon)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="108" />
        <source>Embedding model: {name}</source>
        <translation>Sprachmodell: {name}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="118" />
        <source>Embedding model unavailable – scoring by wording only</source>
        <translation>Sprachmodell nicht verfügbar – Bewertung nur nach Wortlaut</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/loaders.py" line="121" />
        <source>Could not load the embedding model: {reason}</source>
        <translation>Das Sprachmodell konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="42" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="91" />
        <source>embedding model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="94" />
        <source>interface language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="98" />
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="100" />
        <source>Restart the app to switch the {what}.</source>
        <translation>Starten Sie die App neu, um {what} zu wechseln.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/window_commands.py" line="101" />
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="32" />
        <source>the library is busy: another Outreach Coach window or command kept it locked for more than {seconds} s; nothing was changed</source>
        <translation>die Bibliothek ist belegt: ein anderes Outreach-Coach-Fenster oder ein Befehl hielt sie länger als {seconds} s gesperrt; es wurde nichts verändert</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="38" />
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="40" />
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/messages.py" line="42" />
        <source>the library cannot be {doing} ({detail}); nothing was changed</source>
        <translation>die Bibliothek kann nicht {doing} werden ({detail}); es wurde nichts verändert</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="38" />
        <source>Search people (name, company, notes, tags)…</source>
        <translation>Personen suchen (Name, Firma, Notizen, Schlagwörter) …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="39" />
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="42" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="45" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="46" />
        <source>A new person from the form (Ctrl+N)</source>
        <translation>Eine neue Person aus dem Formular (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="47" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/profiles_panel.py" line="48" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
</context>
<context>
    <name>RecipientForm</name>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="47" />
        <source>Anna Weber</source>
        <translation>Anna Weber</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="48" />
        <source>Recipient name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="52" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="54" />
        <source>Stadtwerke Bochum</source>
        <translation>Stadtwerke Bochum</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="55" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="57" />
        <source>Head of Data Platform</source>
        <translation>Leiterin Datenplattform</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="58" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="60" />
        <source>pycon, daten</source>
        <translation>pycon, daten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="61" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="63" />
        <source>Profile notes</source>
        <translation>Notizen zur Person</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="67" />
        <source>What you know about this person, one fact per line:
- spoke at PyCon DE about data contracts
- leads the data team at …</source>
        <translation>Was Sie über diese Person wissen, ein Fakt pro Zeile:
- sprach auf der PyCon DE über Data Contracts
- leitet das Datenteam bei …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="72" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="73" />
        <source>&amp;Salutation</source>
        <translation>&amp;Anrede</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="74" />
        <source>Co&amp;mpany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="75" />
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="76" />
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="77" />
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="78" />
        <source>Add &amp;facts from text…</source>
        <translation>&amp;Fakten aus Text übernehmen …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/recipient_form.py" line="80" />
        <source>Paste a profile, post or talk abstract and pick the facts to keep</source>
        <translation>Ein Profil, einen Beitrag oder eine Vortragsbeschreibung einfügen und die Fakten wählen</translation>
    </message>
</context>
<context>
    <name>RemovableListDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/library_dialogs.py" line="51" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ScoreRing</name>
    <message>
        <location filename="../../outreach_coach/ui/score_ring.py" line="24" />
        <source>Personalization score</source>
        <translation>Personalisierungswert</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/score_ring.py" line="43" />
        <source>Personalization score: not yet measured</source>
        <translation>Personalisierungswert: noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/score_ring.py" line="47" />
        <source>Personalization score: {score} of 100</source>
        <translation>Personalisierungswert: {score} von 100</translation>
    </message>
</context>
<context>
    <name>SentMessagesDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="53" />
        <location filename="../../outreach_coach/ui/replies.py" line="66" />
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="59" />
        <source>Messages you copied for someone. They let the coach warn you when a new draft repeats them. Mark which ones got a reply: Library → Stats… shows how replies relate to the score. Remove any you do not want kept.</source>
        <translation>Nachrichten, die Sie für jemanden kopiert haben. Mit ihnen warnt der Coach, wenn ein neuer Entwurf sie wiederholt. Markieren Sie, welche beantwortet wurden: Bibliothek → Statistik … zeigt, wie Antworten mit der Bewertung zusammenhängen. Entfernen Sie, was nicht gespeichert bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="76" />
        <source>Reply date</source>
        <translation>Datum der Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="77" />
        <source>Replied &amp;on</source>
        <translation>Beantwortet &amp;am</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="79" />
        <source>Mark &amp;replied</source>
        <translation>Als &amp;beantwortet markieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="80" />
        <source>&amp;No reply</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="81" />
        <source>C&amp;lear mark</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="82" />
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="111" />
        <source>✓ replied on {date}</source>
        <translation>✓ beantwortet am {date}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="113" />
        <source>✗ no reply</source>
        <translation>✗ keine Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="115" />
        <source>no reply yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/replies.py" line="156" />
        <source>Not marked: {reason}</source>
        <translation>Nicht markiert: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="35" />
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="36" />
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="37" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="38" />
        <source>Universal Sentence Encoder (multilingual, default)</source>
        <translation>Universal Sentence Encoder (mehrsprachig, Standard)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="41" />
        <source>sentence-transformers</source>
        <translation>sentence-transformers</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="42" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="43" />
        <source>Download LanguageTool (about 250 MB, asks first)</source>
        <translation>LanguageTool herunterladen (etwa 250 MB, fragt vorher)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="46" />
        <source>LanguageTool folder on this computer</source>
        <translation>LanguageTool-Ordner auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="47" />
        <source>LanguageTool server (URL)</source>
        <translation>LanguageTool-Server (URL)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="48" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="49" />
        <source>LinkedIn message</source>
        <translation>LinkedIn-Nachricht</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="50" />
        <source>LinkedIn connection note (300 characters)</source>
        <translation>LinkedIn-Kontaktanfrage (300 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="53" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="88" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="94" />
        <source>channel default</source>
        <translation>wie der Kanal</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="96" />
        <source>Length budget in words</source>
        <translation>Längenbudget in Wörtern</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="98" />
        <source>Record copied messages as sent (mass-message warnings)</source>
        <translation>Kopierte Nachrichten als gesendet speichern (Warnung vor Massennachrichten)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="104" />
        <source>bundled all-MiniLM-L6-v2, or a name or folder</source>
        <translation>mitgeliefertes all-MiniLM-L6-v2, oder ein Name oder Ordner</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="109" />
        <source>sentence-transformers is not installed – to use it: {command}</source>
        <translation>sentence-transformers ist nicht installiert – zum Verwenden: {command}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="118" />
        <source>sentence-transformers (not installed)</source>
        <translation>sentence-transformers (nicht installiert)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="122" />
        <source>http://127.0.0.1:8081</source>
        <translation>http://127.0.0.1:8081</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="126" />
        <source>Picky mode (more style hints)</source>
        <translation>Pingelig (mehr Stilhinweise)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="129" />
        <source>e.g. COMMA_PARENTHESIS_WHITESPACE</source>
        <translation>z. B. COMMA_PARENTHESIS_WHITESPACE</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="134" />
        <source>Your drafts are sent to this server. Use it only if you trust it.</source>
        <translation>Ihre Entwürfe werden an diesen Server geschickt. Nutzen Sie ihn nur, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="145" />
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="146" />
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="147" />
        <source>Length &amp;budget (words)</source>
        <translation>Längen&amp;budget (Wörter)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="150" />
        <source>&amp;Embedding model</source>
        <translation>&amp;Sprachmodell</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="151" />
        <source>sentence-transformers &amp;model</source>
        <translation>sentence-transformers-&amp;Modell</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="153" />
        <source>Model changes apply after a restart.</source>
        <translation>Ein anderes Modell gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="154" />
        <source>Folder for your phrase lists</source>
        <translation>Ordner für Ihre Phrasenlisten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="155" />
        <source>Own &amp;phrase lists</source>
        <translation>Eigene &amp;Phrasenlisten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="156" />
        <source>Open phrase folder</source>
        <translation>Phrasenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="160" />
        <source>&amp;LanguageTool</source>
        <translation>&amp;LanguageTool</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="161" />
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="164" />
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="165" />
        <source>LanguageTool folder</source>
        <translation>LanguageTool-Ordner</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="167" />
        <source>English &amp;variant</source>
        <translation>Englische &amp;Variante</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="168" />
        <source>&amp;Mother tongue</source>
        <translation>&amp;Muttersprache</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="170" />
        <source>Disabled &amp;rules</source>
        <translation>Abgeschaltete &amp;Regeln</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="171" />
        <source>Disabled c&amp;ategories</source>
        <translation>Abgeschaltete &amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="174" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="175" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/settings_dialog.py" line="176" />
        <source>Grammar</source>
        <translation>Grammatik</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="206" />
        <source>Reply statistics</source>
        <translation>Antwortstatistik</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="220" />
        <source>Too few messages to conclude anything yet: fewer than {count} have a reply or are past the follow-up days. Mark replies in Library → Sent messages…</source>
        <translation>Noch zu wenige Nachrichten für eine Aussage: weniger als {count} sind beantwortet oder älter als die Tage bis zum Nachfassen. Markieren Sie Antworten unter Bibliothek → Gesendete Nachrichten …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="226" />
        <source>No message is marked as replied yet: mark replies in Sent messages…</source>
        <translation>Noch keine Nachricht ist als beantwortet markiert: markieren Sie Antworten unter Gesendete Nachrichten …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="232" />
        <source>Each bar is the share of messages that got a reply; under the rate, replied / all with an answer or past {days} days. Pale bars with a dashed outline rest on fewer than {count} messages: too few to conclude anything.</source>
        <translation>Jeder Balken ist der Anteil der Nachrichten, die beantwortet wurden; unter der Quote beantwortet / alle mit Antwort oder älter als {days} Tage. Blasse Balken mit gestricheltem Rand beruhen auf weniger als {count} Nachrichten: zu wenige für eine Aussage.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="239" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="269" />
        <source>No sent messages yet. Copy a message to record it as sent.</source>
        <translation>Noch keine gesendeten Nachrichten. Kopieren Sie eine Nachricht, um sie als gesendet zu speichern.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="270" />
        <source>Reply rate {rate}: {replied} of {decided} messages got a reply.</source>
        <translation>Antwortquote {rate}: {replied} von {decided} Nachrichten wurden beantwortet.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="275" />
        <source>{count} more are waiting (sent less than {days} days ago, not marked).</source>
        <translation>{count} weitere warten noch (vor weniger als {days} Tagen gesendet, nicht markiert).</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="281" />
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="282" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="283" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="284" />
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="285" />
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="286" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="287" />
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="288" />
        <source>Enough to conclude</source>
        <translation>Genug für eine Aussage</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="301" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="301" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="310" />
        <source>Reply statistics table</source>
        <translation>Tabelle der Antwortstatistik</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="333" />
        <source>Export reply statistics</source>
        <translation>Antwortstatistik exportieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="340" />
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="342" />
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="42" />
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="43" />
        <source>By personalization score</source>
        <translation>Nach Personalisierungs-Bewertung</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="44" />
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="45" />
        <source>By length (words)</source>
        <translation>Nach Länge (Wörter)</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="46" />
        <source>By questions about the recipient</source>
        <translation>Nach Fragen zur Person</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="47" />
        <source>By month sent</source>
        <translation>Nach Monat des Versands</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="50" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="51" />
        <source>LinkedIn
note</source>
        <translation>LinkedIn-
Kontaktanfrage</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="52" />
        <source>LinkedIn
message</source>
        <translation>LinkedIn-
Nachricht</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/stats_view.py" line="53" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <location filename="../../outreach_coach/ui/banner.py" line="58" />
        <source>Copy draft</source>
        <translation>Entwurf kopieren</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/banner.py" line="61" />
        <source>Save draft as…</source>
        <translation>Entwurf speichern unter …</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/person_gone.py" line="58" />
        <source>Save as new person</source>
        <translation>Als neue Person speichern</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/person_gone.py" line="62" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../outreach_coach/ui/banner.py" line="69" />
        <location filename="../../outreach_coach/ui/banner.py" line="75" />
        <source>Save draft as</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/banner.py" line="85" />
        <source>Your library cannot be written ({reason}). This session uses a temporary library in memory: nothing you type is kept after you quit. Copy or save your draft to keep it.</source>
        <translation>Ihre Bibliothek kann nicht geschrieben werden ({reason}). Diese Sitzung nutzt eine vorübergehende Bibliothek im Arbeitsspeicher: Nichts, was Sie tippen, bleibt nach dem Beenden erhalten. Kopieren oder speichern Sie Ihren Entwurf, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/instance.py" line="112" />
        <source>Another Outreach Coach window uses this library; this one is read-only – changes here are not saved. Copy or save your draft to keep it.</source>
        <translation>Ein anderes Outreach-Coach-Fenster nutzt diese Bibliothek; dieses hier ist schreibgeschützt – Änderungen werden nicht gespeichert. Kopieren oder speichern Sie Ihren Entwurf, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/instance.py" line="116" />
        <source>The library is in use by {owner}.</source>
        <translation>Die Bibliothek wird von {owner} benutzt.</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/person_gone.py" line="52" />
        <source>{name} was deleted elsewhere (another window or the command line), so your draft was not saved. It stays in the editor. {where}</source>
        <translation>{name} wurde anderswo gelöscht (in einem anderen Fenster oder auf der Kommandozeile), deshalb wurde Ihr Entwurf nicht gespeichert. Er bleibt im Editor. {where}</translation>
    </message>
    <message>
        <location filename="../../outreach_coach/ui/person_gone.py" line="54" />
        <source>This person</source>
        <translation>Diese Person</translation>
    </message>
</context>
</TS>