"""LatestOnlyRunner, made deterministic with gates instead of sleeps."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from outreach_coach.jobs import LatestOnlyRunner, Outcome
from outreach_coach.storage.db import StorageError

if TYPE_CHECKING:
    import pytest


def test_newest_pending_job_wins_while_one_runs() -> None:
    delivered: list[Outcome[int]] = []
    done = threading.Event()
    gate = threading.Event()
    started = threading.Event()

    def deliver(outcome: Outcome[int]) -> None:
        delivered.append(outcome)
        if outcome.revision == 4:
            done.set()

    runner: LatestOnlyRunner[int] = LatestOnlyRunner(deliver, "test")

    def blocked() -> int:
        started.set()
        gate.wait(5)
        return 1

    runner.submit(1, blocked)
    assert started.wait(5)
    for revision in (2, 3, 4):
        runner.submit(revision, lambda revision=revision: revision * 10)  # type: ignore[misc]
    gate.set()
    assert done.wait(5)
    assert [(o.revision, o.value) for o in delivered] == [(1, 1), (4, 40)]
    assert runner.shutdown(timeout=5)


def test_errors_are_delivered_as_values(caplog: pytest.LogCaptureFixture) -> None:
    delivered: list[Outcome[int]] = []
    done = threading.Event()

    def deliver(outcome: Outcome[int]) -> None:
        delivered.append(outcome)
        done.set()

    def fail() -> int:
        raise ValueError("boom")

    runner: LatestOnlyRunner[int] = LatestOnlyRunner(deliver, "test")
    runner.submit(1, fail)
    assert done.wait(5)
    assert isinstance(delivered[0].error, ValueError)
    assert delivered[0].value is None
    assert runner.shutdown(timeout=5)
    # an unexpected error is a bug: its traceback goes to the log
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)


def test_expected_errors_are_warnings_without_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refused save (the library busy, read-only, a person deleted elsewhere) is the user's
    to act on, not a bug: a warning with its message, no ERROR, no traceback."""
    delivered: list[Outcome[int]] = []
    done = threading.Event()

    def deliver(outcome: Outcome[int]) -> None:
        delivered.append(outcome)
        done.set()

    def refused() -> int:
        raise StorageError("the library cannot be written (disk full); nothing was changed")

    runner: LatestOnlyRunner[int] = LatestOnlyRunner(deliver, "autosave")
    runner.submit(1, refused)
    assert done.wait(5)
    assert runner.shutdown(timeout=5)
    assert isinstance(delivered[0].error, StorageError)
    records = [r for r in caplog.records if r.name == "outreach_coach.jobs"]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert "disk full" in records[0].getMessage()


def test_shutdown_drops_pending_and_refuses_new_jobs() -> None:
    delivered: list[Outcome[int]] = []
    runner: LatestOnlyRunner[int] = LatestOnlyRunner(delivered.append, "test")
    assert runner.shutdown(timeout=1)
    runner.submit(1, lambda: 1)
    assert runner.idle
    assert delivered == []
