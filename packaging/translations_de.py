"""German translations of the interface, keyed by source text (fills the .ts after lupdate).

    python packaging/translations_de.py resources/translations/outreach_coach_de.ts

Kept as a plain table so a reviewer sees every string next to its translation; Qt Linguist
(pyside6-linguist) works on the resulting .ts file as well.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

GERMAN = {
    "&Copy polished text": "Polierten Text &kopieren",
    "Copy the draft with trailing spaces trimmed and line endings normalised": (
        "Den Entwurf ohne überflüssige Leerzeichen und mit einheitlichen Zeilenenden kopieren"
    ),
    "&Apply first suggestion": "Ersten Vorschlag &übernehmen",
    "Replace the grammar or spelling mistake at the cursor with the first suggestion": (
        "Den Grammatik- oder Rechtschreibfehler am Cursor durch den ersten Vorschlag ersetzen"
    ),
    "&Next finding": "&Nächster Hinweis",
    "Select the next highlighted passage in the draft": (
        "Die nächste markierte Stelle im Entwurf auswählen"
    ),
    "&Previous finding": "&Vorheriger Hinweis",
    "Select the previous highlighted passage in the draft": (
        "Die vorherige markierte Stelle im Entwurf auswählen"
    ),
    "Focus &editor": "Zum &Editor",
    "Move the keyboard focus to the draft": "Die Tastatur auf den Entwurf richten",
    "Focus coach &panel": "Zum &Coach-Bereich",
    "Move the keyboard focus to the findings": "Die Tastatur auf die Hinweise richten",
    "Focus &recipient": "Zum &Empfänger",
    "Edit the recipient's name and notes": (
        "Name und Notizen der Empfängerin/des Empfängers bearbeiten"
    ),
    "S&witch recipient": "Empfänger &wechseln",
    "Search your people and choose another recipient": (
        "Ihre Kontakte durchsuchen und eine andere Person wählen"
    ),
    "&Settings…": "&Einstellungen …",
    "Language, channel, models and LanguageTool": "Sprache, Kanal, Modelle und LanguageTool",
    "&Keyboard shortcuts": "&Tastenkürzel",
    "All keyboard shortcuts at a glance": "Alle Tastenkürzel auf einen Blick",
    "&Quit": "&Beenden",
    "Close Outreach Coach": "Outreach Coach schließen",
    "Personalization score": "Personalisierungswert",
    "Facts from the notes": "Fakten aus den Notizen",
    "Findings": "Hinweise",
    "Type a draft: the coach shows what makes it personal and what not.": (
        "Schreiben Sie einen Entwurf: Der Coach zeigt, was ihn persönlich macht und was nicht."
    ),
    "Facts": "Fakten",
    "Personalization score: not yet measured": "Personalisierungswert: noch nicht gemessen",
    "Personalization score: {score} of 100": "Personalisierungswert: {score} von 100",
    "Next step": "Nächster Schritt",
    "Write to one person, with what you know about them in the notes.": (
        "Schreiben Sie an eine Person – mit dem, was Sie über sie wissen, in den Notizen."
    ),
    "More": "Mehr",
    "Import CSV: columns": "CSV importieren: Spalten",
    "Name": "Name",
    "First name": "Vorname",
    "Last name": "Nachname",
    "Salutation": "Anrede",
    "Company": "Firma",
    "Role": "Rolle",
    "Notes": "Notizen",
    "Tags": "Schlagwörter",
    "Email": "E-Mail",
    "URL": "URL",
    "&Remove": "&Entfernen",
    "Grammar: off (no LanguageTool configured)": "Grammatik: aus (kein LanguageTool eingerichtet)",
    "Grammar: off – LanguageTool needs Java 17 or newer (Debian/Ubuntu: sudo apt-get install "
    "openjdk-17-jre-headless), then File → Settings…": (
        "Grammatik: aus – LanguageTool braucht Java 17 oder neuer (Debian/Ubuntu: sudo apt-get "
        "install openjdk-17-jre-headless), dann Datei → Einstellungen …"
    ),
    "Grammar: starting LanguageTool…": "Grammatik: LanguageTool startet …",
    "Grammar: downloading LanguageTool…": "Grammatik: LanguageTool wird heruntergeladen …",
    "Grammar: downloading LanguageTool… {percent} % ({done} of {total} MB)": (
        "Grammatik: LanguageTool wird heruntergeladen … {percent} % ({done} von {total} MB)"
    ),
    "Grammar: downloading LanguageTool… {done} MB": (
        "Grammatik: LanguageTool wird heruntergeladen … {done} MB"
    ),
    "Grammar: LanguageTool is not downloaded yet": (
        "Grammatik: LanguageTool ist noch nicht heruntergeladen"
    ),
    "Grammar unavailable: {reason}": "Grammatik nicht verfügbar: {reason}",
    "Grammar: {where} ready": "Grammatik: {where} bereit",
    "New person": "Neue Person",
    "Delete person": "Person löschen",
    "Delete {name} with all drafts and sent messages? This cannot be undone.": (
        "{name} mit allen Entwürfen und gesendeten Nachrichten löschen? Das lässt sich nicht "
        "rückgängig machen."
    ),
    "Person deleted with drafts and history.": "Person mit Entwürfen und Verlauf gelöscht.",
    "Recorded as sent to {name}.": "Als an {name} gesendet gespeichert.",
    "Could not save the draft: {reason}": "Der Entwurf konnte nicht gespeichert werden: {reason}",
    "&Library": "&Bibliothek",
    "&New person": "&Neue Person",
    "&Find person": "Person &suchen",
    "Add a person from what is in the form (or an empty one)": (
        "Eine Person aus dem anlegen, was im Formular steht (oder eine leere)"
    ),
    "Search your people by name, company, notes or tags": (
        "Ihre Personen nach Name, Firma, Notizen oder Schlagwörtern durchsuchen"
    ),
    "Import &LinkedIn connections…": "&LinkedIn-Kontakte importieren …",
    "Import &CSV…": "&CSV importieren …",
    "&Export this person…": "Diese Person &exportieren …",
    "&Back up library…": "Bibliothek &sichern …",
    "&Restore backup…": "Sicherung &wiederherstellen …",
    "&Sent messages…": "&Gesendete Nachrichten …",
    "&Ignored matches…": "&Ignorierte Treffer …",
    "Record &copied messages as sent": "&Kopierte Nachrichten als gesendet speichern",
    "Ignore this match": "Diesen Treffer ignorieren",
    "“{words}” will no longer be flagged by this rule. Why? (optional)": (
        "„{words}“ wird von dieser Regel nicht mehr markiert. Warum? (optional)"
    ),
    "Added {added}, merged {merged}, skipped {skipped}.": (
        "{added} hinzugefügt, {merged} zusammengeführt, {skipped} übersprungen."
    ),
    "Import": "Import",
    "Import contacts": "Kontakte importieren",
    "Choose the column with the name.": "Wählen Sie die Spalte mit dem Namen.",
    "Saved {path}": "Gespeichert: {path}",
    "Export": "Export",
    "Choose a person in the list first.": "Wählen Sie zuerst eine Person in der Liste.",
    "Export person": "Person exportieren",
    "Back up library": "Bibliothek sichern",
    "Restore backup": "Sicherung wiederherstellen",
    "Restore": "Wiederherstellen",
    "Not a backup: {reason}": "Keine Sicherung: {reason}",
    "Sent messages": "Gesendete Nachrichten",
    "Messages you copied for someone. They let the coach warn you when a new draft repeats them. "
    "Remove any you do not want kept.": (
        "Nachrichten, die Sie für jemanden kopiert haben. Mit ihnen warnt der Coach, wenn ein "
        "neuer Entwurf sie wiederholt. Entfernen Sie, was nicht gespeichert bleiben soll."
    ),
    "Ignored matches": "Ignorierte Treffer",
    "Matches you told the coach to ignore. Remove one to see it flagged again.": (
        "Treffer, die der Coach ignorieren soll. Entfernen Sie einen, um ihn wieder zu sehen."
    ),
    "Draft": "Entwurf",
    "Write your message here – to one person.": (
        "Schreiben Sie hier Ihre Nachricht – an eine Person."
    ),
    "Copy polished text": "Polierten Text kopieren",
    "Embedding model: not loaded": "Sprachmodell: nicht geladen",
    "Grammar: off": "Grammatik: aus",
    "Recipient": "Empfänger",
    "Coach": "Coach",
    "&File": "&Datei",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "Keyboard shortcuts": "Tastenkürzel",
    "Embedding model: off – scoring by wording only": (
        "Sprachmodell: aus – Bewertung nur nach Wortlaut"
    ),
    "embedding model": "Sprachmodell",
    "interface language": "Oberflächensprache",
    "Settings saved.": "Einstellungen gespeichert.",
    "Restart the app to switch the {what}.": "Starten Sie die App neu, um {what} zu wechseln.",
    " and ": " und ",
    "Copied {count} characters to the clipboard (polished).": (
        "{count} Zeichen in die Zwischenablage kopiert (poliert)."
    ),
    "Removed {count} invisible control character(s) (such as NUL) from the pasted text.": (
        "{count} unsichtbare Steuerzeichen (etwa NUL) aus dem eingefügten Text entfernt."
    ),
    "Analysis failed: {reason} (details in the log)": (
        "Analyse fehlgeschlagen: {reason} (Details im Protokoll)"
    ),
    "Download LanguageTool?": "LanguageTool herunterladen?",
    "Grammar and spelling checks need LanguageTool (about {size} MB from languagetool.org's "
    "release mirror, checked against its published checksum, kept in the app's cache folder). "
    "It runs on this computer; your drafts stay here.\n\nDownload it now?": (
        "Die Grammatik- und Rechtschreibprüfung braucht LanguageTool (etwa {size} MB vom "
        "Release-Spiegel von languagetool.org, geprüft gegen die veröffentlichte Prüfsumme, "
        "abgelegt im Cache-Ordner der App). Es läuft auf diesem Computer; Ihre Entwürfe bleiben "
        "hier.\n\nJetzt herunterladen?"
    ),
    "Grammar: off – LanguageTool not downloaded": (
        "Grammatik: aus – LanguageTool nicht heruntergeladen"
    ),
    "Own phrase list skipped: {problems}": "Eigene Phrasenliste übersprungen: {problems}",
    "Loading the embedding model… (rules work meanwhile)": (
        "Sprachmodell wird geladen … (die Regeln arbeiten schon)"
    ),
    "Embedding model: {name}": "Sprachmodell: {name}",
    "Embedding model unavailable – scoring by wording only": (
        "Sprachmodell nicht verfügbar – Bewertung nur nach Wortlaut"
    ),
    "Could not load the embedding model: {reason}": (
        "Das Sprachmodell konnte nicht geladen werden: {reason}"
    ),
    "Your draft is safe: a copy was saved to\n{path}": (
        "Ihr Entwurf ist sicher: Eine Kopie liegt in\n{path}"
    ),
    "The draft is still in the editor, but a safety copy failed: {reason}": (
        "Der Entwurf steht noch im Editor, aber die Sicherungskopie ist fehlgeschlagen: {reason}"
    ),
    "Outreach Coach – unexpected error": "Outreach Coach – unerwarteter Fehler",
    "Something went wrong inside Outreach Coach:\n{summary}\n\n{saved}\n\n"
    "Details are in the log: {log}": (
        "In Outreach Coach ist etwas schiefgegangen:\n{summary}\n\n{saved}\n\n"
        "Details stehen im Protokoll: {log}"
    ),
    "Search people (name, company, notes, tags)…": (
        "Personen suchen (Name, Firma, Notizen, Schlagwörter) …"
    ),
    "Search people": "Personen suchen",
    "People": "Personen",
    "&New": "&Neu",
    "A new person from the form (Ctrl+N)": "Eine neue Person aus dem Formular (Strg+N)",
    "D&uplicate": "&Duplizieren",
    "&Delete…": "&Löschen …",
    "Anna Weber": "Anna Weber",
    "Recipient name": "Name der Person",
    "Stadtwerke Bochum": "Stadtwerke Bochum",
    "Head of Data Platform": "Leiterin Datenplattform",
    "pycon, daten": "pycon, daten",
    "Profile notes": "Notizen zur Person",
    "What you know about this person, one fact per line:\n- spoke at PyCon DE about data "
    "contracts\n- leads the data team at …": (
        "Was Sie über diese Person wissen, ein Fakt pro Zeile:\n- sprach auf der PyCon DE über "
        "Data Contracts\n- leitet das Datenteam bei …"
    ),
    "&Name": "&Name",
    "&Salutation": "&Anrede",
    "Co&mpany": "&Firma",
    "Ro&le": "&Rolle",
    "&Tags": "&Schlagwörter",
    "N&otes": "N&otizen",
    "Like the system": "Wie das System",
    "Deutsch": "Deutsch",
    "English": "English",
    "Universal Sentence Encoder (multilingual, default)": (
        "Universal Sentence Encoder (mehrsprachig, Standard)"
    ),
    "sentence-transformers": "sentence-transformers",
    "Off": "Aus",
    "Download LanguageTool (about 250 MB, asks first)": (
        "LanguageTool herunterladen (etwa 250 MB, fragt vorher)"
    ),
    "LanguageTool folder on this computer": "LanguageTool-Ordner auf diesem Computer",
    "LanguageTool server (URL)": "LanguageTool-Server (URL)",
    "E-mail": "E-Mail",
    "LinkedIn message": "LinkedIn-Nachricht",
    "LinkedIn connection note (300 characters)": "LinkedIn-Kontaktanfrage (300 Zeichen)",
    "–": "–",
    "Settings": "Einstellungen",
    "channel default": "wie der Kanal",
    "Length budget in words": "Längenbudget in Wörtern",
    "Record copied messages as sent (mass-message warnings)": (
        "Kopierte Nachrichten als gesendet speichern (Warnung vor Massennachrichten)"
    ),
    "bundled all-MiniLM-L6-v2, or a name or folder": (
        "mitgeliefertes all-MiniLM-L6-v2, oder ein Name oder Ordner"
    ),
    "http://127.0.0.1:8081": "http://127.0.0.1:8081",
    "Picky mode (more style hints)": "Pingelig (mehr Stilhinweise)",
    "e.g. COMMA_PARENTHESIS_WHITESPACE": "z. B. COMMA_PARENTHESIS_WHITESPACE",
    "Your drafts are sent to this server. Use it only if you trust it.": (
        "Ihre Entwürfe werden an diesen Server geschickt. Nutzen Sie ihn nur, wenn Sie ihm "
        "vertrauen."
    ),
    "Interface &language": "&Sprache der Oberfläche",
    "&Channel": "&Kanal",
    "Length &budget (words)": "Längen&budget (Wörter)",
    "&Embedding model": "&Sprachmodell",
    "sentence-transformers &model": "sentence-transformers-&Modell",
    "Model changes apply after a restart.": "Ein anderes Modell gilt nach einem Neustart.",
    "sentence-transformers is not installed – to use it: {command}": (
        "sentence-transformers ist nicht installiert – zum Verwenden: {command}"
    ),
    "sentence-transformers (not installed)": "sentence-transformers (nicht installiert)",
    "Folder for your phrase lists": "Ordner für Ihre Phrasenlisten",
    "Own &phrase lists": "Eigene &Phrasenlisten",
    "Open phrase folder": "Phrasenordner öffnen",
    "&LanguageTool": "&LanguageTool",
    "Server &URL": "Server-&URL",
    "&Folder": "&Ordner",
    "LanguageTool folder": "LanguageTool-Ordner",
    "English &variant": "Englische &Variante",
    "&Mother tongue": "&Muttersprache",
    "Disabled &rules": "Abgeschaltete &Regeln",
    "Disabled c&ategories": "Abgeschaltete &Kategorien",
    "General": "Allgemein",
    "Ignore this match…": "Diesen Treffer ignorieren …",
    "Your library was damaged and has been moved aside to {path}; a new, empty library was "
    "started. Nothing was overwritten.": (
        "Ihre Bibliothek war beschädigt und wurde nach {path} verschoben; eine neue, leere "
        "Bibliothek wurde angelegt. Nichts wurde überschrieben."
    ),
    "Settings: {problems} (the defaults are used).": (
        "Einstellungen: {problems} (es gelten die Standardwerte)."
    ),
    "Your library could not be opened ({reason}); changes in this session are kept in memory "
    "only.": (
        "Ihre Bibliothek ließ sich nicht öffnen ({reason}); Änderungen in dieser Sitzung bleiben "
        "nur im Arbeitsspeicher."
    ),
    "Grammar": "Grammatik",
    # Replies, follow-ups and the Stats view
    "F&ollow-ups due…": "Nach&fassen fällig …",
    "S&tats…": "S&tatistik …",
    "Write the follow-up: refer to your message of {date} instead of repeating it.": (
        "Schreiben Sie die Nachfass-Nachricht: beziehen Sie sich auf Ihre Nachricht vom {date}, "
        "statt sie zu wiederholen."
    ),
    "Messages you copied for someone. They let the coach warn you when a new draft repeats "
    "them. Mark which ones got a reply: Library → Stats… shows how replies relate to the "
    "score. Remove any you do not want kept.": (
        "Nachrichten, die Sie für jemanden kopiert haben. Mit ihnen warnt der Coach, wenn ein "
        "neuer Entwurf sie wiederholt. Markieren Sie, welche beantwortet wurden: Bibliothek → "
        "Statistik … zeigt, wie Antworten mit der Bewertung zusammenhängen. Entfernen Sie, was "
        "nicht gespeichert bleiben soll."
    ),
    "Reply date": "Datum der Antwort",
    "Replied &on": "Beantwortet &am",
    "Mark &replied": "Als &beantwortet markieren",
    "&No reply": "&Keine Antwort",
    "C&lear mark": "Markierung &löschen",
    "Re&move": "&Entfernen",
    "✓ replied on {date}": "✓ beantwortet am {date}",
    "✗ no reply": "✗ keine Antwort",
    "no reply yet": "noch keine Antwort",
    "Not marked: {reason}": "Nicht markiert: {reason}",
    "Follow-ups due": "Nachfassen fällig",
    " days": " Tagen",
    "Days without a reply": "Tage ohne Antwort",
    "No reply &after": "Ohne Antwort &nach",
    "A short follow-up often gets the answer the first message did not. Refer to what you "
    "wrote instead of repeating it – the coach marks sentences you repeat.": (
        "Eine kurze Nachfass-Nachricht bekommt oft die Antwort, die die erste nicht bekam. "
        "Beziehen Sie sich auf das Geschriebene, statt es zu wiederholen – der Coach markiert "
        "Sätze, die Sie wiederholen."
    ),
    "&Write follow-up": "Nach&fassen",
    "Open this person with your last draft and write the follow-up": (
        "Diese Person mit Ihrem letzten Entwurf öffnen und die Nachfass-Nachricht schreiben"
    ),
    "&Replied today": "Heute &beantwortet",
    "&No reply, do not follow up": "&Keine Antwort, nicht nachfassen",
    "{name} – sent {date}, no reply for {days} days": (
        "{name} – gesendet am {date}, seit {days} Tagen keine Antwort"
    ),
    "No follow-ups due: every message older than {days} days is marked.": (
        "Nichts nachzufassen: jede Nachricht, die älter als {days} Tage ist, ist markiert."
    ),
    "All messages": "Alle Nachrichten",
    "By personalization score": "Nach Personalisierungs-Bewertung",
    "By channel": "Nach Kanal",
    "By length (words)": "Nach Länge (Wörter)",
    "By questions about the recipient": "Nach Fragen zur Person",
    "By month sent": "Nach Monat des Versands",
    "all": "alle",
    "LinkedIn\nnote": "LinkedIn-\nKontaktanfrage",
    "LinkedIn\nmessage": "LinkedIn-\nNachricht",
    "Reply rate charts": "Diagramme der Antwortquote",
    "({count} not measured)": "({count} nicht gemessen)",
    "no messages": "keine Nachrichten",
    "Reply statistics": "Antwortstatistik",
    "Too few messages to conclude anything yet: fewer than {count} have a reply or are past "
    "the follow-up days. Mark replies in Library → Sent messages…": (
        "Noch zu wenige Nachrichten für eine Aussage: weniger als {count} sind beantwortet "
        "oder älter als die Tage bis zum Nachfassen. Markieren Sie Antworten unter "
        "Bibliothek → Gesendete Nachrichten …"
    ),
    "No message is marked as replied yet: mark replies in Sent messages…": (
        "Noch keine Nachricht ist als beantwortet markiert: markieren Sie Antworten unter "
        "Gesendete Nachrichten …"
    ),
    "Each bar is the share of messages that got a reply; under the rate, replied / all with "
    "an answer or past {days} days. Pale bars with a dashed outline rest on fewer than {count} "
    "messages: too few to conclude anything.": (
        "Jeder Balken ist der Anteil der Nachrichten, die beantwortet wurden; unter der Quote "
        "beantwortet / alle mit Antwort oder älter als {days} Tage. Blasse Balken mit "
        "gestricheltem Rand beruhen auf weniger als {count} Nachrichten: zu wenige für eine "
        "Aussage."
    ),
    "&Export CSV…": "CSV &exportieren …",
    "No sent messages yet. Copy a message to record it as sent.": (
        "Noch keine gesendeten Nachrichten. Kopieren Sie eine Nachricht, um sie als gesendet "
        "zu speichern."
    ),
    "Reply rate {rate}: {replied} of {decided} messages got a reply.": (
        "Antwortquote {rate}: {replied} von {decided} Nachrichten wurden beantwortet."
    ),
    "{count} more are waiting (sent less than {days} days ago, not marked).": (
        "{count} weitere warten noch (vor weniger als {days} Tagen gesendet, nicht markiert)."
    ),
    "Chart": "Diagramm",
    "Group": "Gruppe",
    "Messages": "Nachrichten",
    "Replied": "Beantwortet",
    "No reply": "Keine Antwort",
    "Waiting": "Wartet",
    "Reply rate": "Antwortquote",
    "Enough to conclude": "Genug für eine Aussage",
    "yes": "ja",
    "no": "nein",
    "Reply statistics table": "Tabelle der Antwortstatistik",
    "Export reply statistics": "Antwortstatistik exportieren",
    "Not saved: {reason}": "Nicht gespeichert: {reason}",
    "Add facts from text": "Fakten aus Text übernehmen",
    "Pasted text": "Eingefügter Text",
    "Paste what you read about the person: a profile's About and Experience, a post, a talk "
    "abstract, a company page, a podcast description. Nothing is fetched from the web.": (
        "Fügen Sie ein, was Sie über die Person gelesen haben: Info und Berufserfahrung aus "
        "einem Profil, einen Beitrag, eine Vortragsbeschreibung, eine Firmenseite, eine "
        "Podcast-Beschreibung. Aus dem Internet wird nichts geladen."
    ),
    "Source": "Quelle",
    "Post": "Beitrag",
    "Profile": "Profil",
    "Talk": "Vortrag",
    "Company page": "Firmenseite",
    "Podcast": "Podcast",
    "Other": "Sonstiges",
    "&Find facts": "Fakten &finden",
    "Candidate facts": "Vorgeschlagene Fakten",
    "&Add selected": "Auswahl &übernehmen",
    "&Source": "&Quelle",
    "individual": "individuell",
    "segment": "Segment",
    "Candidates found: %1. Most individual first; tick the ones to keep.": (
        "Gefundene Vorschläge: %1. Die individuellsten zuerst; haken Sie an, was Sie behalten."
    ),
    "No facts found: paste more of what you read.": (
        "Keine Fakten gefunden: Fügen Sie mehr von dem ein, was Sie gelesen haben."
    ),
    "a date": "ein Datum",
    "a number": "eine Zahl",
    "a name": "ein Name",
    "quoted words": "zitierte Worte",
    "an event, talk or post": "ein Ereignis, Vortrag oder Beitrag",
    "something that changed": "etwas, das sich geändert hat",
    "a problem they named": "ein Problem, das die Person nennt",
    "Individual: only somebody who looked at this person knows it.": (
        "Individuell: Das weiß nur, wer sich mit dieser Person beschäftigt hat."
    ),
    "Segment: role, industry or place – a list of people like them knows it too.": (
        "Segment: Rolle, Branche oder Ort – das steht auch in jeder Liste ähnlicher Personen."
    ),
    "Specific: %1.": "Spezifisch: %1.",
    "Add &facts from text…": "&Fakten aus Text übernehmen …",
    "Paste a profile, post or talk abstract and pick the facts to keep": (
        "Ein Profil, einen Beitrag oder eine Vortragsbeschreibung einfügen und die Fakten wählen"
    ),
    # reliability: unsaved drafts, read-only libraries, a second window, people deleted elsewhere
    "Notice": "Hinweis",
    "A copy is in {path}.": "Eine Kopie liegt in {path}.",
    "No recovery copy could be written either.": (
        "Auch eine Sicherungskopie konnte nicht geschrieben werden."
    ),
    "Not saved: {reason}. The draft stays in the editor. {where}": (
        "Nicht gespeichert: {reason}. Der Entwurf bleibt im Editor. {where}"
    ),
    "the library is busy: another Outreach Coach window or command kept it locked for more "
    "than {seconds} s; nothing was changed": (
        "die Bibliothek ist belegt: ein anderes Outreach-Coach-Fenster oder ein Befehl hielt sie "
        "länger als {seconds} s gesperrt; es wurde nichts verändert"
    ),
    "the library cannot be {doing} ({detail}); nothing was changed": (
        "die Bibliothek kann nicht {doing} werden ({detail}); es wurde nichts verändert"
    ),
    "read": "gelesen",
    "written": "geschrieben",
    "Save as new person": "Als neue Person speichern",
    "Saved as a new person: {name}.": "Als neue Person gespeichert: {name}.",
    "Draft not saved": "Entwurf nicht gespeichert",
    "Your draft could not be saved. Quit anyway? (A recovery copy: {path})": (
        "Ihr Entwurf konnte nicht gespeichert werden. Trotzdem beenden? "
        "(Eine Sicherungskopie: {path})"
    ),
    "none": "keine",
    "Copy draft": "Entwurf kopieren",
    "Save draft as…": "Entwurf speichern unter …",
    "Dismiss": "Schließen",
    "Save draft as": "Entwurf speichern unter",
    "Your library cannot be written ({reason}). This session uses a temporary library in memory: "
    "nothing you type is kept after you quit. Copy or save your draft to keep it.": (
        "Ihre Bibliothek kann nicht geschrieben werden ({reason}). Diese Sitzung nutzt eine "
        "vorübergehende Bibliothek im Arbeitsspeicher: Nichts, was Sie tippen, bleibt nach dem "
        "Beenden erhalten. Kopieren oder speichern Sie Ihren Entwurf, um ihn zu behalten."
    ),
    "Another Outreach Coach window uses this library; this one is read-only – changes here are "
    "not saved. Copy or save your draft to keep it.": (
        "Ein anderes Outreach-Coach-Fenster nutzt diese Bibliothek; dieses hier ist "
        "schreibgeschützt – Änderungen werden nicht gespeichert. Kopieren oder speichern Sie "
        "Ihren Entwurf, um ihn zu behalten."
    ),
    "The library is in use by {owner}.": "Die Bibliothek wird von {owner} benutzt.",
    "Outreach Coach is already open for {folder}; brought it to the front.": (
        "Outreach Coach ist für {folder} schon geöffnet; das Fenster wurde nach vorn geholt."
    ),
    "{name} was deleted elsewhere (another window or the command line), so your draft was not "
    "saved. It stays in the editor. {where}": (
        "{name} wurde anderswo gelöscht (in einem anderen Fenster oder auf der Kommandozeile), "
        "deshalb wurde Ihr Entwurf nicht gespeichert. Er bleibt im Editor. {where}"
    ),
    "This person": "Diese Person",
}


def fill(path: str) -> list[str]:
    """Write the German text into every message; the sources that have none."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in GERMAN:
            translation.text = GERMAN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(sys.argv[1])
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)
