"""Another process that holds the library's write lock, as a command-line import does while it
writes: a real child with its own SQLite connection, synchronised through its output (no
sleeps)."""

from __future__ import annotations

import contextlib
import select
import subprocess
import sys
from typing import TYPE_CHECKING

from outreach_coach.storage.db import DB_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# Another process holding the library's write lock (as a command-line import does while it
# writes): "locked" once it holds it, "released" after a line on its standard input.
HOLD_WRITE_LOCK = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
print("released", flush=True)
"""


class Holder:
    """The child process that holds the library; ``release`` lets go and waits until it has."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.released = False

    def line(self, timeout: float = 60.0) -> str:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        assert ready, f"no line from the lock holder within {timeout} s"
        return self.process.stdout.readline().strip()

    def release(self) -> None:
        if self.released:
            return
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.line() == "released"
        self.released = True


@contextlib.contextmanager
def holding_the_library(folder: Path) -> Iterator[Holder]:
    """Another process holds a write transaction on the library until the block ends (or
    ``release`` is called)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(folder / DB_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    holder = Holder(process)
    try:
        assert holder.line() == "locked"
        yield holder
        holder.release()
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
