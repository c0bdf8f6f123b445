"""A library held by another process, or refused by the disk (issue 17): writes wait up to the
busy timeout, and what is refused in the end is an expected ``LibraryRefusedError`` (an
``OutreachCoachError``), while a bug in a statement stays a plain ``sqlite3`` error.

The other process is a real one: a child with its own SQLite connection that holds a write
transaction and says "locked" once it does, and lets go when told on its standard input.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import TYPE_CHECKING

import pytest

from outreach_coach.errors import OutreachCoachError
from outreach_coach.storage.db import (
    DB_NAME,
    DEFAULT_BUSY_TIMEOUT_S,
    ENV_BUSY_TIMEOUT,
    LibraryRefusedError,
    busy_timeout,
)
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from tests.busy import holding_the_library

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def library(isolated_data_dir: Path) -> Iterator[Library]:
    opened = Library.open(isolated_data_dir)
    yield opened
    opened.close()


def test_the_busy_timeout_is_a_public_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_BUSY_TIMEOUT, raising=False)
    assert busy_timeout() == DEFAULT_BUSY_TIMEOUT_S == 10.0
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "0.25")
    assert busy_timeout() == 0.25
    for unusable in ("soon", "-1", "nan", "inf"):
        monkeypatch.setenv(ENV_BUSY_TIMEOUT, unusable)
        assert busy_timeout() == DEFAULT_BUSY_TIMEOUT_S


def test_a_write_held_up_too_long_is_refused_and_changes_nothing(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "0.2")
    library = Library.open(isolated_data_dir)
    try:
        assert library.db.busy_timeout == 0.2
        with holding_the_library(isolated_data_dir), pytest.raises(LibraryRefusedError) as refused:
            library.profiles.add(Profile(name="Anna Berg"))
        assert isinstance(refused.value, OutreachCoachError)
        assert isinstance(refused.value, sqlite3.OperationalError)  # old handlers still work
        assert refused.value.busy
        assert str(refused.value) == (
            "the library is busy: another Outreach Coach window or command kept it locked for "
            "more than 0.2 s; nothing was changed"
        )
        assert any("the library is busy" in r.getMessage() for r in caplog.records)
        assert not library.db.connection.in_transaction
        added = library.profiles.add(Profile(name="Anna Berg"))  # free again: writes work
        assert [p.name for p in library.profiles.all()] == ["Anna Berg"]
        assert added.id is not None
    finally:
        library.close()
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_write_waits_for_a_lock_released_in_time(
    isolated_data_dir: Path, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    """The write starts while the other process holds the library and finishes after it lets
    go: the write runs on a thread, the release follows its 'busy, waiting' log line."""
    done = threading.Event()
    errors: list[BaseException] = []

    def add() -> None:
        try:
            library.profiles.add(Profile(name="Bernd Kurz"))
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)
        finally:
            done.set()

    notice = BusyNotice()
    db_log = logging.getLogger("outreach_coach.storage.db")
    db_log.addHandler(notice)
    writer = threading.Thread(target=add, name="busy-writer")
    try:
        with holding_the_library(isolated_data_dir) as holder:
            writer.start()
            assert notice.seen.wait(60), "the write never found the library busy"
            assert not done.is_set()  # still waiting: the other process holds the library
            holder.release()
            assert done.wait(60)
    finally:
        db_log.removeHandler(notice)
        writer.join(60)
    assert errors == []
    assert [p.name for p in library.profiles.all()] == ["Bernd Kurz"]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


class BusyNotice(logging.Handler):
    """Sets ``seen`` when a write says it waits for a busy library (from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "the library is busy" in record.getMessage():
            self.seen.set()


def test_a_read_only_library_is_refused_as_expected(
    isolated_data_dir: Path, library: Library
) -> None:
    from tests.protect import read_only

    library.profiles.add(Profile(name="Anna Berg"))
    library.close()
    with read_only(isolated_data_dir / DB_NAME):
        reopened = Library.open(isolated_data_dir)
        try:
            assert [p.name for p in reopened.profiles.all()] == ["Anna Berg"]  # reads work
            with pytest.raises(LibraryRefusedError) as refused:
                reopened.profiles.add(Profile(name="Bernd Kurz"))
            assert not refused.value.busy
            assert str(refused.value).startswith("the library cannot be written (")
            assert "readonly" in str(refused.value)
            assert not reopened.db.connection.in_transaction
        finally:
            reopened.close()


def test_a_bug_in_a_statement_is_not_taken_for_a_refusal(library: Library) -> None:
    with pytest.raises(sqlite3.OperationalError) as bug, library.db.transaction() as connection:
        connection.execute("INSERT INTO no_such_table VALUES (1)")
    assert not isinstance(bug.value, OutreachCoachError)
    assert not library.db.connection.in_transaction
    with pytest.raises(sqlite3.OperationalError) as read_bug, library.db.reading() as connection:
        connection.execute("SELECT nothing FROM profiles")
    assert not isinstance(read_bug.value, OutreachCoachError)
