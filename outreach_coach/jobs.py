"""LatestOnlyRunner: one worker thread per lane, where the newest pending job wins.

While a job runs, further submissions replace each other in a single pending slot, so a
burst of keystrokes costs at most one extra analysis. Every result carries the revision of
the snapshot it was computed from, so the receiver can drop stale ones. Exceptions are
delivered as values (``Outcome.error``), never swallowed. An ``OutreachCoachError`` (a save the
library refused, a person deleted elsewhere, a service not there) is expected and logged as a
warning; anything else is a bug and logged with its traceback. Storage turns what the disk or
another process refuses into such an error (``storage.db.LibraryRefusedError``). Stdlib only:
the GUI wraps it in ``ui/workers.py``, the CLI and the tests use it directly.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from outreach_coach.errors import OutreachCoachError

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """The result of one job: a value or the exception it raised."""

    revision: int
    value: T | None = None
    error: BaseException | None = None


class LatestOnlyRunner(Generic[T]):
    """Run jobs one at a time on a private thread; only the newest pending job survives."""

    def __init__(self, deliver: Callable[[Outcome[T]], None], name: str = "lane") -> None:
        self._deliver = deliver
        self._name = name
        self._condition = threading.Condition()
        self._pending: tuple[int, Callable[[], T]] | None = None
        self._closed = False
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, revision: int, job: Callable[[], T]) -> None:
        """Queue ``job``; it replaces any job that has not started yet."""
        with self._condition:
            if self._closed:
                return
            self._pending = (revision, job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._condition.notify()

    @property
    def idle(self) -> bool:
        with self._condition:
            return self._pending is None and not self._busy

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Drop the pending job, let the running one finish (bounded); True if the thread ended."""
        with self._condition:
            self._closed = True
            self._pending = None
            self._condition.notify_all()
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _loop(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._closed:
                    self._condition.wait()
                if self._closed:
                    return
                assert self._pending is not None
                revision, job = self._pending
                self._pending = None
                self._busy = True
            try:
                outcome: Outcome[T] = Outcome(revision, value=job())
            except OutreachCoachError as error:  # expected: shown as the lane's status
                log.warning("job %d on lane %s: %s", revision, self._name, error)
                outcome = Outcome(revision, error=error)
            except Exception as error:  # a bug: the traceback goes to the log
                log.exception("job %d on lane %s failed", revision, self._name)
                outcome = Outcome(revision, error=error)
            finally:
                with self._condition:
                    self._busy = False
            with self._condition:
                closed = self._closed
            if not closed:
                self._deliver(outcome)
