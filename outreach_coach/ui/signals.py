"""SIGINT and SIGTERM close the window as Ctrl+Q does: the draft is saved first, and only a
save that failed makes the window ask.

Python runs its signal handlers only between two bytecodes of the main thread, and the main
thread sits in Qt's event loop (C++) for as long as nobody types. ``signal.set_wakeup_fd``
makes the C-level handler write a byte to one end of a socket pair; a QSocketNotifier on the
other end wakes the event loop, Python code runs, and with it the handler. No polling timer,
no ``processEvents`` loop. The handler only posts: the close runs from the event loop, never
in the middle of whatever Python code the signal interrupted (a pending SIGINT used to raise
KeyboardInterrupt inside a slot and showed it as an error).
"""

from __future__ import annotations

import logging
import signal
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Qt, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from types import FrameType

    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)
CLOSING_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class SignalBridge(QObject):
    """Turns the given POSIX signals into the Qt signal ``received`` (queued, event loop)."""

    received = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        numbers: tuple[signal.Signals, ...] = CLOSING_SIGNALS,
    ) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._old_handlers = {number: signal.signal(number, self._handle) for number in numbers}
        self.installed = True

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        self.received.emit(number)  # connected queued: acted on from the event loop

    def _drain(self) -> None:
        """The wake-up bytes; by the time this Python code runs, the handler has run too."""
        try:
            while self._reader.recv(512):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def uninstall(self) -> None:
        """Give the signals back (the previous handlers and wake-up fd) and close the pair."""
        if not self.installed:
            return
        self.installed = False
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def close_on_signals(window: QMainWindow) -> SignalBridge:
    """SIGINT/SIGTERM: close ``window`` by its own path (it saves, and asks only when the save
    failed), then quit the application if the window did close."""
    bridge = SignalBridge(window)
    closing = False

    def close(number: int) -> None:
        nonlocal closing
        if closing:  # the window is already asking (its question has a nested event loop)
            return
        log.info("%s received: closing the window", signal.Signals(number).name)
        closing = True
        try:
            if window.close():
                QApplication.quit()  # other open windows (stats, follow-ups) go too
        finally:
            closing = False

    bridge.received.connect(close, Qt.ConnectionType.QueuedConnection)
    return bridge
