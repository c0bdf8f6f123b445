"""What the score keeps between keystrokes changes nothing: typing, editing in the middle,
switching people and editing their notes give the reports of analyses that start afresh."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.core.score.memo import ContextMemo, ScoreMemo
from outreach_coach.core.score.references import References

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

JANA = Recipient(
    name="Jana Krüger",
    company="Nordlicht Logistik",
    notes="- spoke at PyCon DE 2025 about data contracts between teams\n"
    "- leads the data platform team at Nordlicht Logistik in Hamburg\n"
    "- wrote a post on on-call fatigue in small teams",
)
TOM = Recipient(
    name="Tom Berg",
    notes="- runs a bakery in Kiel with four employees\n- won the regional bread award in 2024",
)
DRAFT = (
    "Hi Jana,\n\nyour talk at PyCon DE on data contracts stayed with me, especially the part "
    "where the producing team owns the schema. We keep tripping over versioning at our company. "
    "I also read your post on on-call fatigue in small teams; five of us cover the whole "
    "platform. How did you convince the producing teams at Nordlicht to own their schemas?\n\n"
    "Best regards,\nTobias"
)


def _session() -> list[Snapshot]:
    """A writing session: typing at the end, an edit in the middle, another person, the same
    draft again, notes edited, a sentence deleted."""
    steps: list[tuple[str, Recipient]] = []
    text = DRAFT
    for key in "Thanks a":
        text += key
        steps.append((text, JANA))
    middle = text.index("We keep")
    steps.append((text[:middle] + "Honestly, " + text[middle:], JANA))
    steps += [(text, TOM), (text, JANA)]
    steps.append((text, replace(JANA, notes=JANA.notes + "\n- moved to logistics in 2023")))
    steps.append((text.replace(" We keep tripping over versioning at our company.", ""), JANA))
    steps.append(("Hi Jana, one question: who owns the schema?", JANA))
    return [Snapshot(index, draft, who, "en") for index, (draft, who) in enumerate(steps)]


def _same_as_fresh(analyzer: Analyzer) -> None:
    for snapshot in _session():
        kept = analyzer.analyze(snapshot)
        fresh = replace(analyzer, memo=ScoreMemo()).analyze(snapshot)
        assert kept == fresh, snapshot.text


def test_the_memo_gives_the_reports_of_fresh_analyses(rules_analyzer: Analyzer) -> None:
    analyzer = replace(rules_analyzer, memo=ScoreMemo())
    _same_as_fresh(analyzer)
    # and the wording-only score really ties the sentences to the facts
    report = analyzer.analyze(Snapshot(0, DRAFT, JANA, "en"))
    assert any(use.used for use in report.personalization.facts)


@pytest.mark.model
def test_the_memo_gives_the_reports_of_fresh_analyses_with_the_model(
    use_analyzer: Analyzer,
) -> None:
    _same_as_fresh(replace(use_analyzer, memo=ScoreMemo()))


def test_a_context_memo_starts_afresh_for_another_context_or_when_full() -> None:
    memo: ContextMemo[str, int] = ContextMemo(capacity=2)
    references = References()
    memo.entries((references,), ("a",))["x"] = 1
    assert memo.entries((references,), ("a",)) == {"x": 1}
    # an equal but different object is another context: identity, not value, counts there
    assert memo.entries((References(),), ("a",)) == {}
    memo.entries((references,), ("a",))["x"] = 1
    assert memo.entries((references,), ("b",)) == {}  # values by equality
    entries = memo.entries((references,), ("b",))
    entries.update(x=1, y=2)
    assert memo.entries((references,), ("b",)) == {}  # full: afresh
