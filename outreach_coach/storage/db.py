"""Open the library database: WAL, user-only permissions, migrations, and damaged files moved
aside (never overwritten) so the app always starts.

A write waits for another process that holds the library (a command-line import, another
window) up to ``OUTREACH_COACH_BUSY_TIMEOUT`` seconds (default 10), saying once in the log that it
waits. What the disk or another process refuses (busy past that time, read-only, full, failing)
is raised as ``LibraryRefusedError``: an expected problem for the user, not a bug.
"""

from __future__ import annotations

import logging
import math
import os
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
ENV_BUSY_TIMEOUT = "OUTREACH_COACH_BUSY_TIMEOUT"
DEFAULT_BUSY_TIMEOUT_S = 10.0
_BUSY = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
# refusals from outside the app: another process, a read-only file or mount, a full or failing disk
_REFUSED = _BUSY | {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_PROTOCOL,
}


class StorageError(OutreachCoachError):
    """The library cannot be used as it is (newer schema, unreadable folder)."""


class LibraryRefusedError(StorageError, sqlite3.OperationalError):
    """The disk or another process refused a read or write; nothing was changed.

    A StorageError, so lanes and the command line report it as an expected problem (a warning,
    one line) rather than a bug; still an ``sqlite3.OperationalError`` for code that already
    handles those.
    """

    def __init__(self, error: sqlite3.OperationalError, doing: str, busy_timeout: float) -> None:
        text = str(error).strip().splitlines()[0][:300] if str(error).strip() else "refused"
        self.busy = _code(error) in _BUSY
        if self.busy:
            message = (
                "the library is busy: another Outreach Coach window or command kept it locked "
                f"for more than {busy_timeout:g} s"
            )
        else:
            message = f"the library cannot be {doing} ({text})"
        super().__init__(f"{message}; nothing was changed")
        # the parts, so that the window can say it in the interface's language
        self.doing = doing
        self.detail = text
        self.busy_timeout = busy_timeout
        self.sqlite_errorcode = int(getattr(error, "sqlite_errorcode", 0) or 0)
        self.sqlite_errorname = str(getattr(error, "sqlite_errorname", "") or "")


def _code(error: sqlite3.Error) -> int:
    """The primary result code (SQLITE_READONLY for SQLITE_READONLY_DBMOVED and the like)."""
    return int(getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def busy_timeout() -> float:
    """How long a write waits for another process holding the library, in seconds: the
    environment's ``OUTREACH_COACH_BUSY_TIMEOUT``, else 10."""
    raw = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_BUSY_TIMEOUT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not math.isfinite(seconds) or seconds < 0:
        log.warning(
            "%s=%r is not a number of seconds; waiting %g s",
            ENV_BUSY_TIMEOUT,
            raw,
            DEFAULT_BUSY_TIMEOUT_S,
        )
        return DEFAULT_BUSY_TIMEOUT_S
    return seconds


@contextmanager
def _refusals(doing: str, timeout: float) -> Iterator[None]:
    """Turn an expected refusal of the disk or another process into ``LibraryRefusedError``;
    any other error (a bug in a statement, a constraint) passes unchanged."""
    try:
        yield
    except LibraryRefusedError:
        raise
    except sqlite3.OperationalError as error:
        if _code(error) not in _REFUSED:
            raise
        raise LibraryRefusedError(error, doing, timeout) from error


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
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S

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
            with _refusals("written", self.busy_timeout):
                self._begin()
                self._depth = 1
                try:
                    yield self.connection
                    self.connection.execute("COMMIT")
                except BaseException:
                    if self.connection.in_transaction:
                        self.connection.execute("ROLLBACK")
                    raise
                finally:
                    self._depth = 0

    def _begin(self) -> None:
        """Take the write lock; when another process holds it, say so once in the log and wait
        up to ``busy_timeout`` (SQLite's busy handler) instead of failing at once."""
        connection = self.connection
        wait = f"PRAGMA busy_timeout = {round(self.busy_timeout * 1000)}"
        connection.execute("PRAGMA busy_timeout = 0")
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            connection.execute(wait)
            if _code(error) not in _BUSY:
                raise
            log.warning(
                "the library is busy (another window or command is writing to it); "
                "waiting up to %g s",
                self.busy_timeout,
            )
            connection.execute("BEGIN IMMEDIATE")
        else:
            connection.execute(wait)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self.lock, _refusals("read", self.busy_timeout):
            yield self.connection

    def close(self) -> None:
        with self.lock:
            self.connection.close()


def _connect(path: Path | str, timeout: float = DEFAULT_BUSY_TIMEOUT_S) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path, check_same_thread=False, isolation_level=None, timeout=timeout
    )
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives an app crash
    return connection


def _inspect(path: Path, timeout: float) -> int | None:
    """The schema version of an existing file, read-only; None when the file is damaged."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
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
    timeout = busy_timeout()
    try:
        make_private_folder(folder)  # notes about other people: 0700, never loosened
        if path.exists():
            version = _inspect(path, timeout)
            if version is None:
                moved = _move_aside(path)
                log.warning("damaged library moved aside to %s", moved)
            elif version > LATEST:
                raise StorageError(
                    f"The library was written by a newer Outreach Coach (schema {version})",
                    hint="Update the app; the file was left untouched",
                )
        create_private(path)  # 0600 from the start; SQLite gives its -wal/-shm the same mode
        connection = _connect(path, timeout)
        migrate(connection)
    except (OSError, sqlite3.Error, StorageError) as error:
        log.info("library unavailable, using a temporary one: %s", error)
        memory = _connect(":memory:")
        migrate(memory)
        return Database(memory, None, moved, problem=str(error))
    return Database(connection, path, moved, busy_timeout=timeout)


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
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy_timeout())
            try:
                source.backup(connection)
            finally:
                source.close()
        except sqlite3.Error as error:
            log.info("library not copied into memory: %s", error)
            problem = str(error)
    migrate(connection)
    return Database(connection, None, problem=problem)
