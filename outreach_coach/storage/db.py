"""Open the library database: WAL, user-only permissions, migrations, and damaged files moved
aside (never overwritten) so the app always starts.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from outreach_coach.errors import OutreachCoachError
from outreach_coach.files import create_private
from outreach_coach.paths import make_private_folder
from outreach_coach.storage.schema import LATEST, MIGRATIONS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

log = logging.getLogger(__name__)

DB_NAME = "library.sqlite3"


class StorageError(OutreachCoachError):
    """The library cannot be used as it is (newer schema, unreadable folder)."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = LATEST) -> None:
    """Apply the missing migrations, each in its own transaction (with the version bump)."""
    current = schema_version(connection)
    if current > LATEST:
        raise StorageError(
            f"The library was written by a newer Outreach Coach (schema {current})",
            hint="Update the app; the file was left untouched",
        )
    for version in range(current + 1, target + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


@dataclass
class Database:
    """One connection shared by the GUI thread and the workers, serialised by a lock.

    Every write runs in ``transaction()``; SQLite's WAL keeps readers in other processes (the
    command line) consistent while the app writes.
    """

    connection: sqlite3.Connection
    path: Path | None
    moved_aside: Path | None = None
    problem: str = ""

    def __post_init__(self) -> None:
        self.lock = threading.RLock()
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing; nested calls join the outer transaction (an import of 1,000 rows
        is one commit, and a failure in row 999 leaves nothing behind)."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            self.connection.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            yield self.connection

    def close(self) -> None:
        with self.lock:
            self.connection.close()


def _connect(path: Path | str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10.0)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives an app crash
    return connection


def _inspect(path: Path) -> int | None:
    """The schema version of an existing file, read-only; None when the file is damaged."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            version = schema_version(connection)
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        # cannot be opened (a read-only folder without the WAL index, a lock): that is no
        # sign of damage, and the file must not be moved aside
        raise StorageError(f"The library cannot be opened: {error}") from error
    except sqlite3.DatabaseError:
        return None
    return version if result is not None and result[0] == "ok" else None


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) to a new, never existing name."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def open_database(folder: Path) -> Database:
    """The library in ``folder`` (created 0700/0600); a damaged file is moved aside and a new
    one started; if even that fails, an in-memory library keeps the app usable."""
    path = folder / DB_NAME
    moved: Path | None = None
    try:
        make_private_folder(folder)  # notes about other people: 0700, never loosened
        if path.exists():
            version = _inspect(path)
            if version is None:
                moved = _move_aside(path)
                log.warning("damaged library moved aside to %s", moved)
            elif version > LATEST:
                raise StorageError(
                    f"The library was written by a newer Outreach Coach (schema {version})",
                    hint="Update the app; the file was left untouched",
                )
        create_private(path)  # 0600 from the start; SQLite gives its -wal/-shm the same mode
        connection = _connect(path)
        migrate(connection)
    except (OSError, sqlite3.Error, StorageError) as error:
        log.info("library unavailable, using a temporary one: %s", error)
        memory = _connect(":memory:")
        migrate(memory)
        return Database(memory, None, moved, problem=str(error))
    return Database(connection, path, moved)


def open_memory_database() -> Database:
    connection = _connect(":memory:")
    migrate(connection)
    return Database(connection, None)


def open_memory_copy(folder: Path) -> Database:
    """The library in ``folder`` copied into memory, the file opened read-only: another window
    owns it, and this one may look and type but never writes to it."""
    connection = _connect(":memory:")
    path = folder / DB_NAME
    problem = ""
    if path.exists():
        try:
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
            try:
                source.backup(connection)
            finally:
                source.close()
        except sqlite3.Error as error:
            log.info("library not copied into memory: %s", error)
            problem = str(error)
    migrate(connection)
    return Database(connection, None, problem=problem)
