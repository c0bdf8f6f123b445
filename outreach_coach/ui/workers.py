"""Qt adapters over ``jobs.LatestOnlyRunner``: the analysis lane and the model loader.

Workers only ever get immutable snapshots; results come back as signals on QObjects that
live in the GUI thread (queued across threads by Qt), and a result whose revision is no
longer the newest requested one is dropped, so stale text is never painted.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from outreach_coach.jobs import LatestOnlyRunner, Outcome
from outreach_coach.services.languagetool import DownloadNeededError, GrammarChecker
from outreach_coach.services.lt_download import default_release, download_release

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from outreach_coach.core.model import Finding, Recipient, Report, Snapshot, Suppression
    from outreach_coach.services.languagetool import GrammarSettings
    from outreach_coach.services.session import AnalysisSession

log = logging.getLogger(__name__)

THROTTLE_MS = 80


class AnalysisLane(QObject):
    """Throttled (leading + trailing edge), single-flight analysis of the newest snapshot.

    The lane numbers the snapshots (the one revision counter), runs the session's analysis on
    its worker thread, asks the grammar lane to check the analysed text and merges the grammar
    findings in (through the session) when they are for the text on screen. ``report_ready``
    carries the one report to show; nothing older than the newest request is ever emitted.

    The first request waits for the event loop (a zero-interval throttle): at start-up the
    window's restored or example draft is requested while the window is being built, and the
    first analysis – which makes the analyzer, every rule – then competed for the GIL with
    building and showing the window. The event loop runs only after ``show()``.
    """

    report_ready = Signal(object)  # Report, grammar findings merged in when known
    analysis_failed = Signal(str)
    _delivered = Signal(object)  # Outcome[tuple[Snapshot, Report]], from the worker thread

    def __init__(
        self,
        session: AnalysisSession,
        grammar: GrammarLane | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._grammar_lane = grammar
        self._revision = 0
        self._pending: Snapshot | None = None
        self._started = False  # a request was made (the first waits for the event loop)
        self._analysed: tuple[Snapshot, Report] | None = None  # newest, without grammar
        self._grammar: tuple[str, list[Finding]] = ("", [])  # checked text, its findings
        self.submitted: list[int] = []  # revisions handed to the worker, for status and tests
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._runner: LatestOnlyRunner[tuple[Snapshot, Report]] = LatestOnlyRunner(
            self._delivered.emit, "analysis"
        )
        self._delivered.connect(self._on_delivered)
        if grammar is not None:
            grammar.grammar_ready.connect(self._on_grammar_ready)

    @property
    def session(self) -> AnalysisSession:
        return self._session

    @property
    def revision(self) -> int:
        """The newest request's revision (reports for older ones are not emitted)."""
        return self._revision

    def request(
        self, text: str, recipient: Recipient, suppressions: Sequence[Suppression] = ()
    ) -> Snapshot:
        """Analyse this state now if the lane is quiet, else once the throttle interval ends;
        the snapshot (numbered, with the session's settings) is returned."""
        self._revision += 1
        snapshot = self._session.snapshot(self._revision, text, recipient, suppressions)
        if self._timer.isActive():
            self._pending = snapshot
            return snapshot
        if not self._started:  # the first one: once the event loop runs (see the class)
            self._started = True
            self._pending = snapshot
            self._timer.start(0)
            return snapshot
        self._submit(snapshot)
        self._timer.start(THROTTLE_MS)
        return snapshot

    @property
    def idle(self) -> bool:
        """Nothing waiting for the throttle and nothing queued or running."""
        return self._pending is None and not self._timer.isActive() and self._runner.idle

    def shutdown(self) -> None:
        self._timer.stop()
        self._pending = None
        self._runner.shutdown(timeout=5.0)

    def _submit(self, snapshot: Snapshot) -> None:
        session = self._session
        del self.submitted[:-100]
        self.submitted.append(snapshot.revision)
        self._runner.submit(snapshot.revision, lambda: (snapshot, session.analyze(snapshot)))

    def _on_timer_timeout(self) -> None:
        if self._pending is not None:
            snapshot, self._pending = self._pending, None
            self._submit(snapshot)
            self._timer.start(THROTTLE_MS)

    def _on_delivered(self, outcome: Outcome[tuple[Snapshot, Report]]) -> None:
        if outcome.revision != self._revision:
            return  # stale: a newer snapshot is on its way
        if outcome.error is not None:
            self.analysis_failed.emit(str(outcome.error))
            return
        if outcome.value is None:
            return
        snapshot, report = outcome.value
        self._analysed = snapshot, report
        if self._grammar_lane is not None:
            self._grammar_lane.request(snapshot.revision, snapshot.text, report.language)
        self.report_ready.emit(self._with_grammar())

    def _on_grammar_ready(self, revision: int, findings: list[Finding]) -> None:
        if self._analysed is None or revision != self._revision:
            return
        snapshot = self._analysed[0]
        if revision == snapshot.revision:
            self._grammar = snapshot.text, findings
            self.report_ready.emit(self._with_grammar())

    def _with_grammar(self) -> Report:
        """The newest report, with the grammar findings if they are for the same text."""
        assert self._analysed is not None
        snapshot, report = self._analysed
        checked_text, grammar = self._grammar
        if checked_text != snapshot.text:
            return report
        return self._session.merge_grammar(report, grammar, snapshot)


class ServiceLoader(QObject):
    """Load one expensive service (a model, a server) on a background thread, after show()."""

    progress = Signal(str)
    loaded = Signal(object)
    load_failed = Signal(str)

    def __init__(
        self, name: str, load: Callable[[], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._load = load
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self.progress.emit(self._name)
        self._thread = threading.Thread(target=self._run, name=f"load-{self._name}", daemon=True)
        self._thread.start()

    def wait(self, timeout: float) -> bool:
        """Block until loading ended (tests and shutdown only); True if it did."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            service = self._load()
        except Exception as error:  # noqa: BLE001 - any failure becomes a status, never a crash
            log.warning("loading %s failed: %s", self._name, error)
            self.load_failed.emit(str(error))
        else:
            self.loaded.emit(service)


GRAMMAR_IDLE_MS = 600


class GrammarLane(QObject):
    """LanguageTool in its own lane: idle debounce, newest text wins, stale results dropped.

    The checker (and its server process) is started and used only on the lane's worker
    thread, so rules and the score never wait for grammar; it is closed after that thread
    has stopped, at shutdown.
    """

    grammar_ready = Signal(int, object)  # editor revision, list[Finding]
    status_changed = Signal(str)
    download_needed = Signal()  # "local" mode without LanguageTool: ask the user first
    _delivered = Signal(object)
    _progress = Signal(int, object)  # bytes so far, total or None (from the lane's thread)

    def __init__(self, settings: GrammarSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._checker: GrammarChecker | None = None
        self._ready = False
        self._latest_revision = -1
        self._pending: tuple[int, str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GRAMMAR_IDLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._runner: LatestOnlyRunner[list[Finding]] = LatestOnlyRunner(
            self._delivered.emit, "grammar"
        )
        self._delivered.connect(self._on_delivered)
        self._progress.connect(self._on_progress)

    @property
    def enabled(self) -> bool:
        return self._settings.mode != "off"

    def start(self) -> None:
        """Start LanguageTool in the background (or say that grammar is off)."""
        if not self.enabled:
            if shutil.which("java") is None:  # say what grammar checks need
                self.status_changed.emit(
                    self.tr(
                        "Grammar: off – LanguageTool needs Java 17 or newer (Debian/Ubuntu: "
                        "sudo apt-get install openjdk-17-jre-headless), then File → Settings…"
                    )
                )
            else:
                self.status_changed.emit(self.tr("Grammar: off (no LanguageTool configured)"))
            return
        self.status_changed.emit(self.tr("Grammar: starting LanguageTool…"))
        self._runner.submit(-1, self._ensure_checker)

    def download(self) -> None:
        """The user agreed: download LanguageTool (progress in the status), then start it."""
        self.status_changed.emit(self.tr("Grammar: downloading LanguageTool…"))
        cache = Path(self._settings.cache_dir)

        def job() -> list[Finding]:
            download_release(default_release(), cache, self._progress.emit)
            return self._ensure_checker()

        self._runner.submit(-1, job)

    def reconfigure(self, settings: GrammarSettings) -> None:
        """Switch to new LanguageTool settings: stop the old checker (and server), start anew."""
        if settings == self._settings:
            return
        self._timer.stop()
        self._pending = None
        old_runner = self._runner
        self._runner = LatestOnlyRunner(self._delivered.emit, "grammar")
        old_runner.shutdown(timeout=15.0)
        self._close_checker()
        self._settings = settings
        self._ready = False
        self.start()

    def request(self, revision: int, text: str, language: str) -> None:
        self._latest_revision = revision
        if self.enabled:
            self._pending = (revision, text, language)
            self._timer.start()

    def shutdown(self) -> None:
        """Stop the lane, then the checker and its server process (no orphaned JVM)."""
        self._timer.stop()
        self._pending = None
        self._runner.shutdown(timeout=15.0)
        self._close_checker()

    def _ensure_checker(self) -> list[Finding]:
        """Start the checker on the lane's thread unless it runs (a superseded or failed start
        is retried by the next check, so no check ever waits on a start that never ran)."""
        if self._checker is None:
            checker = GrammarChecker(self._settings)
            checker.start()
            self._checker = checker
        return []

    def _close_checker(self) -> None:
        if self._checker is not None:
            self._checker.close()
            self._checker = None

    def _check(self, text: str, language: str) -> list[Finding]:
        self._ensure_checker()
        assert self._checker is not None
        return self._checker.check(text, language)

    def _on_timer_timeout(self) -> None:
        if self._pending is None:
            return
        revision, text, language = self._pending
        self._pending = None
        self._runner.submit(revision, lambda: self._check(text, language))

    def _on_progress(self, done: int, total: object) -> None:
        megabytes = done / 1e6
        if isinstance(total, int) and total > 0:
            self.status_changed.emit(
                self.tr(
                    "Grammar: downloading LanguageTool… {percent} % ({done} of {total} MB)"
                ).format(
                    percent=100 * done // total, done=round(megabytes), total=round(total / 1e6)
                )
            )
        else:
            self.status_changed.emit(
                self.tr("Grammar: downloading LanguageTool… {done} MB").format(
                    done=round(megabytes)
                )
            )

    def _on_delivered(self, outcome: Outcome[list[Finding]]) -> None:
        if isinstance(outcome.error, DownloadNeededError):
            self._ready = False
            self.status_changed.emit(self.tr("Grammar: LanguageTool is not downloaded yet"))
            self.download_needed.emit()
            return
        if outcome.error is not None:
            self._ready = False
            self.status_changed.emit(
                self.tr("Grammar unavailable: {reason}").format(reason=outcome.error)
            )
            return
        if not self._ready:  # started, or recovered after a failure
            self._ready = True
            where = self._checker.description if self._checker else "LanguageTool"
            self.status_changed.emit(self.tr("Grammar: {where} ready").format(where=where))
        if outcome.revision >= 0 and outcome.revision == self._latest_revision:
            self.grammar_ready.emit(outcome.revision, outcome.value)
