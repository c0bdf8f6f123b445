"""Profiles, drafts, history, suppressions and transfers on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_coach.core.model import Recipient, Suppression
from outreach_coach.storage.db import DB_NAME
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.storage.transfer import (
    export_library,
    import_csv,
    import_library,
    import_linkedin,
    parse_mapping,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    opened = Library.open(tmp_path / "data")
    yield opened
    opened.close()


def test_profile_round_trip_search_and_duplicate(library: Library) -> None:
    anna = library.profiles.add(
        Profile(
            "Anna Müller",
            salutation="Frau Dr.",
            company="Stadtwerke Köln",
            role="Leiterin Datenplattform",
            notes="Sprach auf der PyCon über Data Contracts",
            tags=("pycon", "daten"),
            address_form="sie",
        )
    )
    library.profiles.add(Profile("Jonas Weber", company="Acme", notes="segelt"))
    assert anna.id is not None
    assert library.profiles.get(anna.id) == anna
    assert [p.name for p in library.profiles.search("mul")] == ["Anna Müller"]
    assert [p.name for p in library.profiles.search("köln contracts")] == ["Anna Müller"]
    assert [p.name for p in library.profiles.search("daten")] == ["Anna Müller"]  # tags
    assert library.profiles.search("") == library.profiles.all()
    assert library.profiles.search('"; DROP TABLE profiles; --') == []
    copy = library.profiles.duplicate(anna.id)
    assert copy is not None
    assert copy.id != anna.id
    assert copy.notes == anna.notes
    assert library.profiles.find("anna müller") == anna
    assert library.profiles.find(str(anna.id)) == anna
    recipient = anna.recipient()
    assert recipient.notes.splitlines()[0] == "Leiterin Datenplattform, Stadtwerke Köln"
    assert recipient.company == "Stadtwerke Köln"


def test_deleting_a_person_erases_drafts_and_history(library: Library) -> None:
    anna = library.profiles.add(Profile("Anna"))
    assert anna.id is not None
    library.drafts.save(anna.id, "Hallo Anna")
    library.history.record("Hallo Anna, …", "Anna", anna.id)
    exported = library.export_person(anna.id)
    assert exported is not None
    assert exported["drafts"][0]["text"] == "Hallo Anna"
    assert exported["sent"][0]["text"] == "Hallo Anna, …"
    assert library.profiles.delete(anna.id)
    assert library.drafts.for_profile(anna.id) == []
    assert library.history.messages(anna.id) == []
    assert library.history.count() == 0
    assert library.export_person(anna.id) is None


def test_drafts_keep_one_current_text_per_person(library: Library) -> None:
    anna = library.profiles.add(Profile("Anna"))
    library.drafts.save(anna.id, "eins")
    library.drafts.save(anna.id, "zwei")
    library.drafts.save(None, "ohne Person")
    current = library.drafts.current(anna.id)
    assert current is not None
    assert current.text == "zwei"
    assert len(library.drafts.for_profile(anna.id or 0)) == 1
    last = library.drafts.last_edited()
    assert last is not None
    assert last.text == "ohne Person"


TEMPLATE = (
    "Hallo {name},\n\nich bin auf Ihr Profil gestoßen und war sofort beeindruckt. Wir helfen "
    "Unternehmen wie {company}, mit wenig Zeit viel zu erreichen. Unsere Kunden sparen bis zu "
    "30 % Zeit. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?\n\nViele Grüße\nTom"
)


def test_near_duplicates_of_sent_messages_are_found(library: Library) -> None:
    for index, (name, company) in enumerate(
        [("Jonas Weber", "Acme"), ("Lea Schulz", "Greenfield"), ("Uwe Peters", "Spedition")]
    ):
        library.history.record(
            TEMPLATE.format(name=name, company=company), name, sent_at=f"2026-03-1{index}"
        )
    library.history.record("Ganz anderer Text über Segelboote und das Wetter.", "Eva")
    draft = TEMPLATE.format(name="Anna Berger", company="Stadtwerke Bochum")
    matches = library.history.similar(draft, Recipient(name="Anna Berger"))
    assert sorted(m.recipient for m in matches) == ["Jonas Weber", "Lea Schulz", "Uwe Peters"]
    assert all(m.similarity >= 0.6 and not m.same_recipient for m in matches)
    assert library.history.similar("Wie war Ihr Urlaub in Schweden?", Recipient()) == []
    again = library.history.similar(
        TEMPLATE.format(name="Jonas Weber", company="Acme"), Recipient(name="Jonas Weber")
    )
    assert [m.recipient for m in again if m.same_recipient] == ["Jonas Weber"]


def test_newest_messages_read_again_after_any_change(tmp_path: Path) -> None:
    """The newest messages are kept between reads (the copy check asks on every keystroke)
    and read again after any change: a reused row id, a reply, another process's write."""
    library = Library.open(tmp_path)
    history = library.history

    def newest() -> list[tuple[str, str, str]]:
        return [(m.recipient, m.text, m.reply) for m in history.messages(limit=2)]

    history.record("first", "Anna", sent_at="2026-03-01")
    second = history.record("second", "Ben", sent_at="2026-03-02")
    assert newest() == [("Ben", "second", ""), ("Anna", "first", "")]
    assert history.delete(second)
    assert history.record("third", "Cleo", sent_at="2026-03-02") == second  # the id again
    assert newest() == [("Cleo", "third", ""), ("Anna", "first", "")]
    assert history.mark_no_reply(second)
    assert newest() == [("Cleo", "third", "no_reply"), ("Anna", "first", "")]
    other = sqlite3.connect(tmp_path / DB_NAME)  # another process writing to the same file
    with other:
        other.execute("UPDATE sent SET text = 'edited elsewhere' WHERE id = ?", (second,))
    other.close()
    assert newest() == [("Cleo", "edited elsewhere", "no_reply"), ("Anna", "first", "")]
    library.close()


def test_suppressions_persist(tmp_path: Path) -> None:
    first = Library.open(tmp_path)
    first.suppressions.add(Suppression("de.buzz.agil", "agil", "Kunde nutzt das Wort selbst"))
    first.suppressions.add(Suppression("de.buzz.agil", "agil", "neuer Grund"))
    first.close()
    second = Library.open(tmp_path)
    assert second.suppressions.all() == (Suppression("de.buzz.agil", "agil", "neuer Grund"),)
    assert second.suppressions.remove("de.buzz.agil", "agil")
    assert second.suppressions.all() == ()
    second.close()


def test_worker_and_gui_threads_share_the_library(library: Library) -> None:
    anna = library.profiles.add(Profile("Anna"))
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for index in range(200):
                library.drafts.save(anna.id, f"Text {index}")
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    def read() -> None:
        try:
            for _ in range(200):
                library.profiles.search("anna")
                library.history.similar("Text", Recipient())
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    current = library.drafts.current(anna.id)
    assert current is not None
    assert current.text == "Text 199"


LINKEDIN = (
    "\ufeffNotes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    'Jürgen,Müller,https://www.linkedin.com/in/juergen-mueller,,"Müller & Söhne, GmbH",'
    "Geschäftsführer,12 Mar 2024\n"
    "Lea,Schulz,https://www.linkedin.com/in/lea-schulz,lea@example.com,Greenfield Foods,"
    "Head of Marketing,01 Feb 2023\n"
    ",,https://www.linkedin.com/in/nobody,,,,05 May 2022\n"
    "Lea,Schulz,https://www.linkedin.com/in/lea-schulz/,,,,01 Feb 2023\n"
)


def test_linkedin_export_with_notes_bom_umlauts_quotes_and_a_bad_row(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8")
    result = import_linkedin(library, path)
    assert (result.added, result.merged) == (2, 1)
    assert result.errors == ["line 7: no name"]
    [juergen] = library.profiles.search("müller")
    assert juergen.company == "Müller & Söhne, GmbH"
    assert juergen.role == "Geschäftsführer"
    assert "Connected on LinkedIn: 12 Mar 2024" in juergen.notes
    assert juergen.url == "https://www.linkedin.com/in/juergen-mueller"
    again = import_linkedin(library, path)  # importing twice merges, never duplicates
    assert (again.added, again.merged) == (0, 3)
    assert library.profiles.count() == 2


def test_generic_csv_with_a_mapping(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(
        "Vollständiger Name;Firma;Notizen\n".replace(";", ",").encode("cp1252")
        + 'Günther Groß,Bäckerei Groß,"backt Dinkelbrot, seit 1990"\n'.encode("cp1252")
    )
    result = import_csv(
        library, path, parse_mapping("name=Vollständiger Name,company=Firma,notes=Notizen")
    )
    assert (result.added, result.errors) == (1, [])
    [profile] = library.profiles.all()
    assert (profile.name, profile.notes) == ("Günther Groß", "backt Dinkelbrot, seit 1990")
    missing = import_csv(library, path, parse_mapping("name=Name"))
    assert missing.errors == ["line 1: no column 'Name'"]
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_mapping("nonsense")


names = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1).filter(
    lambda s: s.strip() != ""
)
texts = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        st.tuples(names, texts, texts), min_size=1, max_size=5, unique_by=lambda p: p[0].casefold()
    )
)
def test_backup_round_trip(tmp_path: Path, people: list[tuple[str, str, str]]) -> None:
    source = Library.in_memory()
    for name, notes, draft in people:
        stored = source.profiles.add(Profile(name, notes=notes))
        source.drafts.save(stored.id, draft)
        source.history.record(draft, name, stored.id, sent_at="2026-01-01T10:00:00+00:00")
    data = json.loads(json.dumps(export_library(source), ensure_ascii=False))
    target = Library.in_memory()
    result = import_library(target, data)
    assert result.errors == []
    assert result.added == len(people)
    restored = json.loads(json.dumps(export_library(target), ensure_ascii=False))

    def comparable(backup: dict[str, object]) -> list[tuple[str, str, list[str], list[str]]]:
        return sorted(
            (
                p["profile"]["name"],
                p["profile"]["notes"],
                [d["text"] for d in p["drafts"]],
                [s["text"] for s in p["sent"]],
            )
            for p in backup["people"]  # type: ignore[attr-defined]
        )

    assert comparable(restored) == comparable(data)
