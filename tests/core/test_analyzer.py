from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.export import polished
from outreach_coach.core.model import Recipient, Snapshot

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer


def test_report_shape_matches_the_cli_contract(rules_analyzer: Analyzer) -> None:
    report = rules_analyzer.analyze(Snapshot(7, "Hallo {{first_name}}, kurze Frage?", Recipient()))
    data = report.to_dict()
    assert set(data) == {"language", "personalization", "findings", "metrics"}
    assert data["language"] == "de"
    assert 0 <= data["personalization"]["score"] <= 100
    assert set(data["findings"][0]) == {
        "start",
        "end",
        "category",
        "severity",
        "message",
        "suggestions",
        "rule",
    }
    assert data["metrics"]["questions"] == 1
    assert report.revision == 7


def test_explicit_language_wins(rules_analyzer: Analyzer) -> None:
    report = rules_analyzer.analyze(Snapshot(1, "Hallo", Recipient(), language="en"))
    assert report.language == "en"


def test_empty_notes_explain_that_there_is_nothing_to_compare(rules_analyzer: Analyzer) -> None:
    report = rules_analyzer.analyze(
        Snapshot(1, "Liebe Anna, wie war Berlin?", Recipient(name="Anna"))
    )
    assert report.personalization.score == 0
    assert "Notizen" in report.personalization.explanation


def test_wording_match_finds_the_fact_and_its_evidence(rules_analyzer: Analyzer) -> None:
    notes = "- Vortrag auf der PyCon DE 2025 über Data Contracts\n- hat zwei Hunde"
    draft = (
        "Liebe Anna,\nIhr Vortrag auf der PyCon DE über Data Contracts war klar. "
        "Wie messen Sie das?"
    )
    report = rules_analyzer.analyze(Snapshot(1, draft, Recipient(name="Anna", notes=notes)))
    facts = report.personalization.facts
    assert [fact.used for fact in facts] == [True, False]
    start, end = facts[0].evidence or (0, 0)
    assert draft[start:end].startswith("Ihr Vortrag")
    generic = rules_analyzer.analyze(
        Snapshot(
            2,
            "Liebe Anna,\nich biete Beratung an. Haben Sie Interesse?",
            Recipient(name="Anna", notes=notes),
        )
    )
    assert generic.personalization.score < report.personalization.score


def test_you_versus_me_distinguishes_polite_sie(rules_analyzer: Analyzer) -> None:
    report = rules_analyzer.analyze(
        Snapshot(1, "Ich habe gesehen, dass sie dort sprach. Wie sehen Sie das?", Recipient(), "de")
    )
    assert (report.metrics.you_words, report.metrics.me_words) == (1, 1)


def test_polished_text_for_the_clipboard() -> None:
    assert polished("Hallo  \r\nAnna\x00 \r\n\r\nGrüße\n\n") == "Hallo\nAnna\n\nGrüße"


def test_overlapping_findings_of_one_category_become_one_highlight(
    rules_analyzer: Analyzer,
) -> None:
    text = "Hallo Frau Berger,\n\ndas Angebot gilt nur bis Freitag!"
    report = rules_analyzer.analyze(Snapshot(1, text, Recipient(), "de"))
    pressure = [text[f.start : f.end] for f in report.findings if f.category == "pressure"]
    assert pressure == ["das Angebot gilt nur bis Freitag"]
