"""One window per data folder.

The first window takes a lock file in the data folder (QLockFile). A second window on the
same folder gets the lock refused and works on a copy of the library in memory: it can look
and type, says so in a banner, and never writes the file the first window saves to, so two
windows can no longer overwrite each other's drafts.

A lock left by a crashed window is stale: its process is gone (QLockFile checks the process
id on this host), or the file is unreadable and older than a few seconds; either is removed
and the lock taken. A live window's lock never ages out (``setStaleLockTime(0)``): an app
that stays open for days must not lose it.
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject

from outreach_coach.ui.banner import Banner, add_draft_actions, show_banner

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)
LOCK_NAME = "outreach-coach.lock"
UNREADABLE_STALE_SECONDS = 10.0  # a lock file without an owner, older than this, is left over


class DataFolderLock(QObject):
    """The lock on one data folder; ``elsewhere`` when another live process holds it."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_folder_lock")
        self.path = folder / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)
        self.owner = ""  # "process 1234 (python3.11) on host" when another holds the lock
        self.held = self._try()
        failed = QLockFile.LockError.LockFailedError
        if not self.held and self._lock.error() == failed and self._unreadable_and_old():
            log.warning("removing an unreadable, left-over lock file %s", self.path)
            self._lock.removeStaleLockFile()
            self.held = self._try()
        self.elsewhere = not self.held and self._lock.error() == failed
        if self.elsewhere:
            pid, host, app = self._lock.getLockInfo()
            self.owner = f"process {pid} ({app}) on {host}" if pid else "unknown"
            log.info("data folder in use by %s: this window is read-only", self.owner)
        elif not self.held:  # a folder that cannot be written: the library says so itself
            log.info("no lock in %s (%s)", self.path.parent, self._lock.error().name)

    def _try(self) -> bool:
        old = os.umask(0o077)  # the lock file is 0600 from creation, like every file of ours
        try:
            return self._lock.tryLock(0)
        finally:
            os.umask(old)

    def _unreadable_and_old(self) -> bool:
        """Only a file that names no owner, long after a writer would have filled it in."""
        pid, _host, _app = self._lock.getLockInfo()
        if pid:
            return False  # QLockFile already judged the owner: alive on this host, or remote
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return False
        return age > UNREADABLE_STALE_SECONDS

    def release(self) -> None:
        if self.held:
            self._lock.unlock()
            self.held = False


def data_folder_lock(window: QObject) -> DataFolderLock | None:
    return window.findChild(DataFolderLock, "data_folder_lock")


def show_read_only(window: QMainWindow, owner: str, draft: Callable[[], str]) -> Banner:
    """The second window on a data folder: say that nothing here is saved, offer the draft."""
    banner = show_banner(
        window,
        "another_window",
        window.tr(
            "Another Outreach Coach window uses this library; this one is read-only – "
            "changes here are not saved. Copy or save your draft to keep it."
        ),
    )
    banner.label.setToolTip(window.tr("The library is in use by {owner}.").format(owner=owner))
    add_draft_actions(banner, window, draft)
    return banner
