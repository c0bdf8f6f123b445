"""Telling the user when things go wrong: an uncaught exception is logged, the draft is saved
and the user is told; a refused save is explained in the interface's language."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from outreach_coach.files import write_private

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from types import TracebackType

    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def refusal_reason(error: BaseException | None, fallback: str) -> str:
    """Why the library refused a save, in the interface's language: the storage error's own
    text is English, for the log and the command line."""
    from outreach_coach.storage.db import LibraryRefusedError  # not at start-up: no SQLite

    if not isinstance(error, LibraryRefusedError):
        return fallback
    if error.busy:
        return QCoreApplication.translate(
            "Messages",
            "the library is busy: another Outreach Coach window or command kept it locked for "
            "more than {seconds} s; nothing was changed",
        ).format(seconds=f"{error.busy_timeout:g}")
    doing = (
        QCoreApplication.translate("Messages", "read")
        if error.doing == "read"
        else QCoreApplication.translate("Messages", "written")
    )
    return QCoreApplication.translate(
        "Messages", "the library cannot be {doing} ({detail}); nothing was changed"
    ).format(doing=doing, detail=error.detail)


def save_recovery_copy(text: str, folder: Path) -> Path:
    """Write the draft to a timestamped file readable only by the user."""
    from datetime import datetime  # a recovery copy is rare: not imported at start-up

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"draft-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    write_private(path, text)
    return path


def write_recovery(text: str, places: Sequence[Path]) -> Path | None:
    """A recovery copy in the first place that can be written (``recovered/`` under the data
    folder, else the cache, else the temporary folder); None when none can."""
    for place in places:
        try:
            return save_recovery_copy(text, place / "recovered")
        except OSError as error:
            log.info("no recovery copy in %s: %s", place, error)
    return None


class CrashReporter(QObject):
    """Install as ``sys.excepthook``/``threading.excepthook``; keeps the draft safe."""

    _crashed = Signal(str)

    def __init__(
        self, parent: QWidget, draft_text: Callable[[], str], recovery_dir: Path, log_file: Path
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._draft_text = draft_text
        self._recovery_dir = recovery_dir
        self._log_file = log_file
        self._crashed.connect(self._on_crashed)
        self.last_recovery: Path | None = None

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("uncaught exception", exc_info=(kind, error, tb))
        self._crashed.emit("".join(traceback.format_exception_only(kind, error)).strip())

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        log.error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )
        self._crashed.emit(f"{args.exc_type.__name__}: {args.exc_value}")

    def _on_crashed(self, summary: str) -> None:
        try:
            self.last_recovery = save_recovery_copy(self._draft_text(), self._recovery_dir)
            saved = self.tr("Your draft is safe: a copy was saved to\n{path}").format(
                path=self.last_recovery
            )
        except OSError as error:
            saved = self.tr(
                "The draft is still in the editor, but a safety copy failed: {reason}"
            ).format(reason=error)
        from PySide6.QtWidgets import QMessageBox  # loads when needed, not at start-up

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Outreach Coach – unexpected error"),
            self.tr(
                "Something went wrong inside Outreach Coach:\n{summary}\n\n{saved}\n\n"
                "Details are in the log: {log}"
            ).format(summary=summary, saved=saved, log=self._log_file),
            parent=self._parent,
        )
        box.setModal(False)
        box.show()
