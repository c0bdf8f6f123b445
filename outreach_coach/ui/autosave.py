"""Autosave off the GUI thread: about 1 s after the last change, at the latest every 2 s while
typing goes on. A kill loses at most those seconds; ``flush`` writes at once (switching people,
quitting)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from outreach_coach.jobs import LatestOnlyRunner, Outcome

IDLE_MS = 1000
MAX_WAIT_MS = 2000
SaveJob = Callable[[], None]


class AutosaveLane(QObject):
    """Each job carries the complete state to write, so the newest one is all that matters."""

    failed = Signal(str)
    saved = Signal()
    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: SaveJob | None = None
        self.last_error: BaseException | None = None  # what the newest failed save raised
        self._submitted = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._write)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self._write)
        self._runner: LatestOnlyRunner[None] = LatestOnlyRunner(self._delivered.emit, "autosave")
        self._delivered.connect(self._on_delivered)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def schedule(self, job: SaveJob) -> None:
        self._pending = job
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> None:
        """Write the pending state now, on this thread (a queued older job is dropped)."""
        self._idle.stop()
        self._deadline.stop()
        job, self._pending = self._pending, None
        if job is None:
            return
        self._submitted += 1
        self._runner.submit(self._submitted, _nothing)  # replaces an older job not yet started
        try:
            job()
        except Exception as error:  # noqa: BLE001 - a failed save is reported, never fatal
            self.last_error = error
            self.failed.emit(str(error))
        else:
            self.saved.emit()

    def shutdown(self) -> None:
        self.flush()
        self._runner.shutdown(timeout=5.0)

    def _write(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        job, self._pending = self._pending, None
        if job is not None:
            self._submitted += 1
            self._runner.submit(self._submitted, job)

    def _on_delivered(self, outcome: Outcome[None]) -> None:
        if outcome.error is not None:
            self.last_error = outcome.error
            self.failed.emit(str(outcome.error))
        elif not self.pending:
            self.saved.emit()


def _nothing() -> None:
    return None
