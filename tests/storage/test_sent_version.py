"""The sent history's version: the newest messages, read for the copy check on every keystroke,
survive writes elsewhere in the library (the draft's autosave every 2 s) and are read again after
any change of the sent history – in this connection, another connection, another process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Suppression
from outreach_coach.storage.db import (
    DB_NAME,
    Database,
    migrate,
    open_memory_copy,
    schema_version,
)
from outreach_coach.storage.history import HistoryStore
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.storage.schema import LATEST

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NEWEST = 200  # what the copy check by meaning asks for (services.mass_history.RECENT_LIMIT)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    opened = Library.open(tmp_path)
    opened.history.record("Hallo Anna, danke für gestern.", "Anna Berg", sent_at="2026-03-01")
    opened.history.record("Hi Ben, thanks for the call.", "Ben Cole", sent_at="2026-03-02")
    yield opened
    opened.close()


def newest(library: Library) -> list[tuple[str, str, str]]:
    return [(m.recipient, m.text, m.reply) for m in library.history.messages(limit=NEWEST)]


def test_writes_outside_the_sent_history_keep_the_newest_messages(library: Library) -> None:
    first = newest(library)
    reads, version = library.history.reads, library.history.version()
    anna = library.profiles.add(Profile(name="Anna Berg", notes="segelt"))
    assert anna.id is not None
    for text in ("Hallo Anna", "Hallo Anna,", "Hallo Anna, wie"):  # the autosave while typing
        library.drafts.save(anna.id, text)
        assert newest(library) == first
    library.drafts.save(None, "ein Entwurf ohne Person")
    library.profiles.update(Profile(id=anna.id, name="Anna Berg", notes="segelt und läuft"))
    library.settings.set("followup_days", "9")
    library.suppressions.add(Suppression(rule="de.buzz.x", text="agil"))
    assert newest(library) == first
    assert library.history.version() == version
    assert library.history.reads == reads  # none of them read the sent messages again


def test_a_draft_saved_by_another_connection_keeps_them_too(
    library: Library, tmp_path: Path
) -> None:
    first = newest(library)
    reads = library.history.reads
    other = Library.open(tmp_path)  # a second connection to the same file
    other.drafts.save(None, "getippt im anderen Fenster")
    other.close()
    assert newest(library) == first
    assert library.history.reads == reads


def test_every_change_of_the_sent_history_here_is_seen(library: Library) -> None:
    history = library.history
    assert newest(library) == [
        ("Ben Cole", "Hi Ben, thanks for the call.", ""),
        ("Anna Berg", "Hallo Anna, danke für gestern.", ""),
    ]
    reads = history.reads
    cleo = history.record("Hallo Cleo", "Cleo Dorn", sent_at="2026-03-03")
    assert newest(library)[0] == ("Cleo Dorn", "Hallo Cleo", "")
    assert history.delete(cleo)
    assert [who for who, _, _ in newest(library)] == ["Ben Cole", "Anna Berg"]
    assert history.record("Hallo Dana", "Dana Eck", sent_at="2026-03-03") == cleo  # the id again
    assert newest(library)[0] == ("Dana Eck", "Hallo Dana", "")
    assert history.mark_no_reply(cleo)
    assert newest(library)[0] == ("Dana Eck", "Hallo Dana", "no_reply")
    assert history.reads == reads + 4  # one read after each change, none more


def test_deleting_a_person_drops_their_messages_from_the_kept_read(library: Library) -> None:
    anna = library.profiles.add(Profile(name="Anna Berg"))
    assert anna.id is not None
    library.history.record("Hallo Anna, noch eins.", "Anna Berg", anna.id, sent_at="2026-03-04")
    assert newest(library)[0][1] == "Hallo Anna, noch eins."
    library.profiles.delete(anna.id)  # the sent message goes by ON DELETE CASCADE
    assert [text for _, text, _ in newest(library)] == [
        "Hi Ben, thanks for the call.",
        "Hallo Anna, danke für gestern.",
    ]


def test_changes_by_another_connection_are_seen(library: Library, tmp_path: Path) -> None:
    ben = library.history.messages(limit=NEWEST)[0].id
    assert newest(library)[0] == ("Ben Cole", "Hi Ben, thanks for the call.", "")
    other = sqlite3.connect(tmp_path / DB_NAME)  # a plain connection, as another program has
    with other:
        other.execute("UPDATE sent SET text = 'edited elsewhere' WHERE id = ?", (ben,))
    assert newest(library)[0] == ("Ben Cole", "edited elsewhere", "")
    with other:
        other.execute("DELETE FROM sent WHERE id = ?", (ben,))
    assert [who for who, _, _ in newest(library)] == ["Anna Berg"]
    second = Library.open(tmp_path)
    again = second.history.record("Hallo Eva", "Eva Funk", sent_at="2026-03-05")
    second.close()
    assert again == ben  # the deleted row's id, reused by the other connection
    assert newest(library)[0] == ("Eva Funk", "Hallo Eva", "")
    other.close()


def test_a_message_recorded_by_the_command_line_is_seen(library: Library, tmp_path: Path) -> None:
    assert [who for who, _, _ in newest(library)] == ["Ben Cole", "Anna Berg"]
    library.profiles.add(Profile(name="Greta Hahn"))
    message = tmp_path / "message.txt"
    message.write_text("Hallo Greta, schön dich getroffen zu haben.", encoding="utf-8")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "outreach_coach"),
            *("history", "record", str(message), "--recipient", "Greta Hahn"),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, OUTREACH_COACH_DATA_DIR=str(tmp_path)),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert newest(library)[0][:2] == ("Greta Hahn", "Hallo Greta, schön dich getroffen zu haben.")


def test_a_read_inside_a_rolled_back_transaction_is_not_kept(library: Library) -> None:
    """A rollback lowers the version again; the next change brings the same number back with
    other rows, so what was read inside the transaction must not be kept."""
    newest(library)

    def send_then_give_up() -> None:
        with library.db.transaction():
            library.history.record("nie gesendet", "Hans Igel", sent_at="2026-03-06")
            assert newest(library)[0][1] == "nie gesendet"
            raise RuntimeError("the caller gave up")

    with pytest.raises(RuntimeError, match="gave up"):
        send_then_give_up()
    library.history.record("wirklich gesendet", "Ina Jung", sent_at="2026-03-06")
    assert [who for who, _, _ in newest(library)] == ["Ina Jung", "Ben Cole", "Anna Berg"]


def _library_of_schema_5(tmp_path: Path) -> None:
    """A real library file as the app wrote it before the sent history had a version."""
    connection = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    migrate(connection, target=5)
    old = HistoryStore(Database(connection, tmp_path / DB_NAME))
    old.record_many(
        [
            ("Hallo Anna, danke für gestern in Köln.", "Anna Berg", None, "2026-02-01"),
            ("Hi Ben, thanks for the call.", "Ben Cole", None, "2026-02-02"),
        ]
    )
    connection.close()


def test_an_old_library_file_migrates_and_its_history_is_versioned(tmp_path: Path) -> None:
    _library_of_schema_5(tmp_path)
    library = Library.open(tmp_path)
    assert schema_version(library.db.connection) == LATEST == 6
    history = library.history
    assert history.version() == 0
    assert [who for who, _, _ in newest(library)] == ["Ben Cole", "Anna Berg"]
    reads = history.reads
    library.drafts.save(None, "Hallo")
    assert [who for who, _, _ in newest(library)] == ["Ben Cole", "Anna Berg"]
    assert history.reads == reads
    history.record("Hallo Cleo", "Cleo Dorn", sent_at="2026-02-03")
    assert history.version() > 0
    assert [who for who, _, _ in newest(library)] == ["Cleo Dorn", "Ben Cole", "Anna Berg"]
    [copy] = history.similar("Hi Ben, thanks for the call.", Recipient(name="Ben Cole"))
    assert copy.same_recipient  # the old messages' signatures still find copies
    library.close()


def test_the_read_only_windows_copy_of_an_old_file_is_versioned(tmp_path: Path) -> None:
    """The second window copies the file into memory and migrates the copy, never the file."""
    _library_of_schema_5(tmp_path)
    copy = Library(open_memory_copy(tmp_path))
    assert [who for who, _, _ in newest(copy)] == ["Ben Cole", "Anna Berg"]
    reads = copy.history.reads
    copy.drafts.save(None, "nur im Speicher")
    assert [who for who, _, _ in newest(copy)] == ["Ben Cole", "Anna Berg"]
    assert copy.history.reads == reads
    copy.history.record("Hallo Cleo", "Cleo Dorn", sent_at="2026-02-03")
    assert newest(copy)[0][0] == "Cleo Dorn"
    copy.close()
    untouched = sqlite3.connect(tmp_path / DB_NAME)
    assert schema_version(untouched) == 5
    untouched.close()
