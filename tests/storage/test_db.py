"""The database file: permissions, WAL, migrations from every version, damaged files."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from outreach_coach.storage.db import DB_NAME, migrate, open_database, schema_version
from outreach_coach.storage.library import Library
from outreach_coach.storage.schema import LATEST

if TYPE_CHECKING:
    from pathlib import Path


def test_new_library_is_private_wal_and_current(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    assert db.path == folder / DB_NAME
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600
    assert db.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(db.connection) == LATEST
    db.close()


def _fill(connection: sqlite3.Connection, version: int) -> None:
    """Data a user of schema ``version`` could have."""
    if version >= 1:
        connection.execute(
            "INSERT INTO profiles (name, company, notes, created, updated)"
            " VALUES ('Jürgen Müller', 'Stadtwerke Köln', 'Segelt', '2025-01-01', '2025-01-01')"
        )
        connection.execute(
            "INSERT INTO drafts (profile_id, text, updated) VALUES (1, 'Hallo Herr Müller', 'x')"
        )
    if version >= 3:
        connection.execute(
            "INSERT INTO suppressions (rule, text, created) VALUES ('de.buzz.x', 'agil', 'x')"
        )


@pytest.mark.parametrize("version", range(LATEST))
def test_migrates_forward_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / DB_NAME
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=version)
    _fill(connection, version)
    connection.close()
    library = Library.open(tmp_path)
    assert schema_version(library.db.connection) == LATEST
    if version >= 1:
        [found] = library.profiles.search("muller koln")
        assert found.name == "Jürgen Müller"
        assert found.role == ""
        assert found.id is not None
        draft = library.drafts.current(found.id)
        assert draft is not None
        assert draft.text == "Hallo Herr Müller"
    else:
        assert library.profiles.count() == 0
    library.close()


def test_damaged_file_is_moved_aside_never_overwritten(tmp_path: Path) -> None:
    garbage = b"this is not a database" * 100
    (tmp_path / DB_NAME).write_bytes(garbage)
    first = open_database(tmp_path)
    assert first.moved_aside is not None
    assert first.moved_aside.read_bytes() == garbage
    assert first.path == tmp_path / DB_NAME
    first.close()
    (tmp_path / DB_NAME).write_bytes(garbage + b"!")
    second = open_database(tmp_path)  # same second: a new name, the first copy untouched
    assert second.moved_aside is not None
    assert second.moved_aside != first.moved_aside
    assert first.moved_aside.read_bytes() == garbage
    Library(second).profiles.search("anything")  # the new library works
    second.close()


def test_library_from_a_newer_app_is_left_alone(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / DB_NAME)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = (tmp_path / DB_NAME).read_bytes()
    db = open_database(tmp_path)
    assert db.path is None  # a temporary library in memory
    assert "newer Outreach Coach" in db.problem
    db.close()
    assert (tmp_path / DB_NAME).read_bytes() == before


AUTOSAVER = r"""
import sys, time
from pathlib import Path
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
library = Library.open(Path(sys.argv[1]))
profile = library.profiles.add(Profile("Anna"))
count = 0
while True:
    count += 1
    library.drafts.save(profile.id, f"Entwurf {count} " + "ä" * count)
    print(count, flush=True)
    time.sleep(0.005)
"""


@pytest.mark.slow
def test_kill_minus_nine_while_autosaving_loses_nothing_committed(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", AUTOSAVER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    last_confirmed = 0
    deadline = time.monotonic() + 30
    while last_confirmed < 150 and time.monotonic() < deadline:
        last_confirmed = int(process.stdout.readline())
    os.kill(process.pid, 9)
    process.wait(timeout=10)
    library = Library.open(tmp_path)
    assert library.db.moved_aside is None
    draft = library.drafts.last_edited()
    assert draft is not None
    saved = int(draft.text.split()[1])
    assert saved >= last_confirmed
    assert draft.text == f"Entwurf {saved} " + "ä" * saved
    library.close()
