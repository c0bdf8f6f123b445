"""The analysis lane on its own: a real session (rules, shipped catalogs), no window."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Category, Finding, Recipient, Report, Severity
from outreach_coach.services.languagetool import GrammarSettings
from outreach_coach.services.session import AnalysisSession
from outreach_coach.settings import Settings
from outreach_coach.ui.workers import AnalysisLane, GrammarLane

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

TEMPLATE = "Sehr geehrte Damen und Herren,\nich hoffe, diese Nachricht erreicht Sie gut."


@pytest.fixture
def lanes(isolated_data_dir: Path) -> Iterator[tuple[AnalysisLane, GrammarLane]]:
    grammar = GrammarLane(GrammarSettings())  # off: the test delivers grammar findings itself
    lane = AnalysisLane(AnalysisSession(Settings(), isolated_data_dir), grammar)
    yield lane, grammar
    lane.shutdown()
    grammar.shutdown()


def _report(qtbot: QtBot, lane: AnalysisLane, act: object = None) -> Report:
    """The next report the lane emits for its newest revision."""
    with qtbot.wait_signal(
        lane.report_ready,
        timeout=30000,
        check_params_cb=lambda report: report.revision == lane.revision,
    ) as blocker:
        if callable(act):
            act()
    report = blocker.args[0] if blocker.args else None
    assert isinstance(report, Report)
    return report


def test_a_request_comes_back_as_a_report_of_its_revision(
    qtbot: QtBot, lanes: tuple[AnalysisLane, GrammarLane]
) -> None:
    lane, _ = lanes
    report = _report(qtbot, lane, lambda: lane.request(TEMPLATE, Recipient()))
    assert report.revision == lane.revision == 1
    assert report.language == "de"
    assert report.findings
    qtbot.wait_until(lambda: lane.idle)


def test_the_first_request_waits_for_the_event_loop_later_ones_start_at_once(
    qtbot: QtBot, lanes: tuple[AnalysisLane, GrammarLane]
) -> None:
    """At start-up the window requests its draft while it is being built: the first analysis
    (which makes the analyzer) starts once the event loop runs, after ``show()``."""
    lane, _ = lanes
    first = lane.request(TEMPLATE, Recipient())
    assert lane.submitted == []
    report = _report(qtbot, lane)
    assert lane.submitted == [first.revision] == [report.revision]
    qtbot.wait_until(lambda: lane.idle)
    again = lane.request(TEMPLATE + " Danke.", Recipient())
    assert lane.submitted[-1] == again.revision  # the leading edge, without waiting
    assert _report(qtbot, lane).revision == again.revision
    qtbot.wait_until(lambda: lane.idle)


def test_a_burst_is_throttled_and_only_the_newest_revision_is_emitted(
    qtbot: QtBot, lanes: tuple[AnalysisLane, GrammarLane]
) -> None:
    lane, _ = lanes
    emitted: list[int] = []
    lane.report_ready.connect(lambda report: emitted.append(report.revision))

    def burst() -> None:
        for count in range(1, 21):
            lane.request("Hallo Anna, " + "x" * count, Recipient("Anna"))

    _report(qtbot, lane, burst)
    assert lane.revision == 20
    assert len(lane.submitted) <= 3  # the leading edge, maybe one interim, the trailing edge
    assert lane.submitted[-1] == 20
    qtbot.wait_until(lambda: lane.idle)
    assert set(emitted) == {20}  # nothing older than the newest request was ever emitted


def test_grammar_findings_merge_for_the_same_text_only(
    qtbot: QtBot, lanes: tuple[AnalysisLane, GrammarLane]
) -> None:
    lane, grammar = lanes
    text = "Hi Anna, I has a question about your talk."
    report = _report(qtbot, lane, lambda: lane.request(text, Recipient("Anna")))
    start = text.index("has")
    has = Finding(
        start, start + 3, Category.GRAMMAR, Severity.WARNING, "Use 'have'.", ("have",), "lt.x"
    )
    merged = _report(qtbot, lane, lambda: grammar.grammar_ready.emit(report.revision, [has]))
    assert has in merged.findings
    assert set(report.findings) < set(merged.findings)

    # another recipient, the same text: the grammar findings stay
    again = _report(qtbot, lane, lambda: lane.request(text, Recipient("Anna Weber")))
    assert has in again.findings
    # grammar for an older revision is dropped
    emitted: list[Report] = []
    lane.report_ready.connect(emitted.append)
    grammar.grammar_ready.emit(report.revision, [])
    assert emitted == []
    # a new text: the old text's grammar findings are gone
    changed = _report(qtbot, lane, lambda: lane.request(text + " Thanks!", Recipient("Anna")))
    assert has not in changed.findings
    qtbot.wait_until(lambda: lane.idle)


def test_the_session_settings_shape_the_snapshot(
    qtbot: QtBot, lanes: tuple[AnalysisLane, GrammarLane]
) -> None:
    lane, _ = lanes
    lane.session.use_settings(Settings(channel="linkedin_note"))
    snapshot = lane.request("Hi Anna, " + "word " * 80, Recipient("Anna"))
    assert str(snapshot.channel) == "linkedin_note"
    report = _report(qtbot, lane)
    assert report.revision == snapshot.revision
    qtbot.wait_until(lambda: lane.idle)
