"""Files readable by the user only, from the moment they exist (never created 0644 and
chmod'ed later), written atomically, and never into a file that belongs to someone else.
"""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING

from outreach_coach.errors import InputError

if TYPE_CHECKING:
    from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def check_ours(path: Path) -> None:
    """Refuse an existing ``path`` that is not a regular file of this user: personal data
    must not end up in another user's (perhaps world-readable) file."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise InputError(f"Cannot write {path}: {error.strerror}") from error
    if not os.path.isfile(path):
        raise InputError(f"Refusing to write {path}: it is not a regular file")
    if status.st_uid != os.geteuid():
        raise InputError(
            f"Refusing to write {path}: the file belongs to another user",
            hint="Choose a new file name; nothing was written",
        )


def write_private(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically, mode 0600: a temporary file in the same
    folder (created 0600 by mkstemp), flushed to disk, then renamed over the target."""
    check_ours(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogatepass") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (so that a library that writes it
    later, such as QSettings or SQLite, keeps that mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return
