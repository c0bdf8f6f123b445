"""Findings by meaning: a sentence that restates a typical mass-message move gets its category,
with the real multilingual model and no catalog phrase in the sentence – from the typical-sentence
bank or the learned detector, whichever sees it first (never both in one category)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Snapshot

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

pytestmark = pytest.mark.model

ANNA = Recipient(name="Anna Berger", salutation="Frau")
EMILY = Recipient(name="Emily Carter", salutation="Ms")
BY_MEANING = ("meaning.", "generic.", "detector.")


def _by_meaning(analyzer: Analyzer, sentence: str, language: str) -> list[tuple[str, str]]:
    greeting, recipient = ("Hallo Frau Berger,", ANNA) if language == "de" else ("Hi Emily,", EMILY)
    draft = f"{greeting}\n\n{sentence}\n\nGrüße\nTom"
    report = analyzer.analyze(Snapshot(1, draft, recipient, language))
    assert not [f for f in report.findings if not f.rule.startswith(BY_MEANING)]
    return [
        (str(f.category), draft[f.start : f.end])
        for f in report.findings
        if f.rule.startswith(BY_MEANING)
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        ("Nach dem Wochenende ist der Preis nicht mehr zu halten.", "de", "pressure"),
        ("After this weekend I can't hold this price any longer.", "en", "pressure"),
        ("Mit uns müssen Sie nie wieder nach Kunden suchen.", "de", "empty_promise"),
        ("With us you will never need to look for clients again.", "en", "empty_promise"),
        ("Ihr beruflicher Weg hat mich echt beeindruckt.", "de", "fake_personalization"),
    ],
)
def test_a_restated_move_gets_its_category(
    use_analyzer: Analyzer, sentence: str, language: str, category: str
) -> None:
    found = _by_meaning(use_analyzer, sentence, language)
    # one finding, the most specific category, on the whole sentence
    assert found == [(category, sentence)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Wie lange hat die Umstellung der Dienstpläne bei Ihnen gedauert?", "de"),
        ("Did you keep the old cron jobs running during the switch?", "en"),
        ("Die Akkus laden wir über Nacht in der Garage.", "de"),
        ("Would you have time for a viewing of the Elm Street flat in the next two weeks?", "en"),
    ],
)
def test_concrete_sentences_are_left_alone(
    use_analyzer: Analyzer, sentence: str, language: str
) -> None:
    assert _by_meaning(use_analyzer, sentence, language) == []


def test_without_a_model_nothing_is_claimed_by_meaning(rules_analyzer: Analyzer) -> None:
    draft = "Hi Emily,\n\nAfter this weekend I can't hold this price any longer.\n\nBest\nTom"
    report = rules_analyzer.analyze(Snapshot(1, draft, EMILY, "en"))
    assert not [f for f in report.findings if f.rule.startswith("meaning.")]
