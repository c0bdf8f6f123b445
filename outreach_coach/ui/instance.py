"""One window per data folder.

The first window takes a lock file in the data folder (QLockFile) and listens on a local socket
named after the folder (``ActivationServer``). A second start first asks that socket to bring
the open window to the front (``bring_forward``) and, when it answers, ends there. When nobody
answers in time (a hung window, a socket left by a crashed one) or the user asks for a second
window (``--new-window``), the second window gets the lock refused and works on a copy of the
library in memory: it can look and type, says so in a banner, and never writes the file the
first window saves to, so two windows can no longer overwrite each other's drafts.

The socket lives in the user's runtime folder (``$XDG_RUNTIME_DIR``, else a 0700 folder of ours
in the temporary folder) and only the user may connect (``UserAccessOption``). Its name is a
hash of the data folder's path: one socket per folder, no path in the name.

A lock left by a crashed window is stale: its process is gone (QLockFile checks the process
id on this host), or the file is unreadable and older than a few seconds; either is removed
and the lock taken. A live window's lock never ages out (``setStaleLockTime(0)``): an app
that stays open for days must not lose it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal

from outreach_coach.paths import make_private_folder

if TYPE_CHECKING:  # QtNetwork and the banner are imported where used: not before the window
    from collections.abc import Callable

    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QMainWindow

    from outreach_coach.ui.banner import Banner

log = logging.getLogger(__name__)
LOCK_NAME = "outreach-coach.lock"
UNREADABLE_STALE_SECONDS = 10.0  # a lock file without an owner, older than this, is left over
ANSWER_MS = 3000  # a running window answers at once; a hung one is not waited for longer
RAISE = b"raise"
RAISED = b"raised"


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
    from outreach_coach.ui.banner import add_draft_actions, show_banner

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


def runtime_folder() -> Path | None:
    """The user's runtime folder for the activation socket: ``$XDG_RUNTIME_DIR`` when it is a
    folder of this user that no one else can enter, else ``outreach-coach-UID`` (0700) in the
    temporary folder; None when neither is safe."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private_folder(Path(runtime)):
        return Path(runtime)
    fallback = Path(tempfile.gettempdir()) / f"outreach-coach-{os.geteuid()}"
    try:
        make_private_folder(fallback)
    except OSError as error:
        log.info("no runtime folder in %s: %s", fallback, error)
        return None
    return fallback if _private_folder(fallback) else None


def _private_folder(folder: Path) -> bool:
    try:
        status = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(status.st_mode)
        and status.st_uid == os.geteuid()
        and not status.st_mode & 0o077
    )


def activation_socket(folder: Path) -> Path | None:
    """Where the window that holds ``folder`` listens: one name per data folder."""
    runtime = runtime_folder()
    if runtime is None:
        return None
    key = os.fsencode(folder.resolve())
    return runtime / f"outreach-coach-{hashlib.sha256(key).hexdigest()[:16]}.sock"


class ActivationServer(QObject):
    """Held by the window that owns the data folder: a second start asks it to come forward.

    Only the lock holder listens, so a socket file already there was left by a crashed window
    (its lock was stale) and is replaced.
    """

    raised = Signal()  # the window was brought to the front for a second start

    def __init__(self, window: QMainWindow, folder: Path) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(window)
        self.setObjectName("activation_server")
        self._window = window
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.path = activation_socket(folder)
        self.listening = False
        if self.path is None:
            return
        QLocalServer.removeServer(str(self.path))
        self.listening = self._server.listen(str(self.path))
        if not self.listening:
            log.info("no activation socket at %s: %s", self.path, self._server.errorString())

    def close(self) -> None:
        """Stop answering (quitting): a later start opens a window of its own."""
        self._server.close()
        self.listening = False

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.setParent(self)
            connection.readyRead.connect(lambda c=connection: self._on_request(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.canReadLine():
                self._on_request(connection)

    def _on_request(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        request = bytes(connection.readLine().data()).strip()
        if request == RAISE:
            bring_to_front(self._window)
            connection.write(RAISED + b"\n")
            connection.flush()
            log.info("brought to the front for a second start")
            self.raised.emit()
        connection.disconnectFromServer()


def bring_to_front(window: QMainWindow) -> None:
    """Unminimise, raise and activate (the window manager may still only flash it)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def bring_forward(folder: Path, timeout_ms: int = ANSWER_MS) -> bool:
    """Ask the window that holds ``folder`` to come to the front; False when none answers in
    time (none open, a socket left by a crashed window, a hung window). Blocking: for a start
    before any window exists."""
    path = activation_socket(folder)
    if path is None or not path.exists():
        return False
    from PySide6.QtNetwork import QLocalSocket

    connection = QLocalSocket()
    try:
        connection.connectToServer(str(path))
        if not connection.waitForConnected(timeout_ms):
            log.info("no window answers at %s: %s", path, connection.errorString())
            return False
        connection.write(RAISE + b"\n")
        connection.waitForBytesWritten(timeout_ms)
        deadline = time.monotonic() + timeout_ms / 1000
        while not connection.canReadLine():
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not connection.waitForReadyRead(left):
                log.info("the window at %s did not answer within %d ms", path, timeout_ms)
                return False
        return bytes(connection.readLine().data()).strip() == RAISED
    finally:
        connection.abort()
