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
