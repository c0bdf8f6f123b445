"""The panel's one next step, the verdict's band and what a fact could earn – pure core, on
real reports of the shipped analyzer (wording only) and on hand-made personalizations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import (
    Category,
    FactUse,
    Finding,
    Personalization,
    Recipient,
    SentenceFit,
    SentenceRole,
    Severity,
    Snapshot,
)
from outreach_coach.core.score.policy import NO_NOTES, band, potential_points, verdict
from outreach_coach.core.score.wording import next_step, other_hints

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

EMILY = Recipient(
    name="Emily Carter",
    salutation="Ms.",
    company="Northwind Analytics",
    notes=(
        "Spoke at PyCon US 2024 about data contracts\n"
        "Previously worked at Amtrak\n"
        "Runs a reading group on distributed systems\n"
    ),
)
ANNA = Recipient(
    name="Anna Berger",
    salutation="Frau",
    company="Stadtwerke Bochum",
    notes="Sprach auf der PyCon DE 2024 über Data Contracts\nHat vorher bei der Bahn gearbeitet\n",
)
TALK_EN = (
    "Hi Emily,\n\nyour PyCon talk on data contracts helped us: every schema change breaks one "
    "of our dashboards. How did you get the teams to honor them?\n\nBest,\nJordan"
)
TALK_DE = (
    "Hallo Frau Berger,\n\nIhr Vortrag auf der PyCon über Data Contracts hat uns geholfen. Wie "
    "haben Sie die Teams zu verbindlichen Verträgen gebracht?\n\nViele Grüße\nJana"
)


def _report(analyzer: Analyzer, text: str, recipient: Recipient, language: str):  # type: ignore[no-untyped-def]
    return analyzer.analyze(Snapshot(1, text, recipient, language))


def test_an_unused_individual_fact_becomes_a_question_to_ask(rules_analyzer: Analyzer) -> None:
    report = _report(rules_analyzer, TALK_EN, EMILY, "en")
    p = report.personalization
    step = next_step(p, report.findings, TALK_EN, german=False)
    assert step.kind == "fact"
    unused = [use for use in p.facts if not use.used and use.kind == "individual"]
    assert step.subject in {use.text for use in unused}
    assert step.text.startswith(f"Ask about “{step.subject}”")
    assert all(step.subject not in hint for hint in other_hints(p, step))


def test_the_next_step_speaks_german_for_a_german_draft(rules_analyzer: Analyzer) -> None:
    report = _report(rules_analyzer, TALK_DE, ANNA, "de")
    step = next_step(report.personalization, report.findings, TALK_DE, german=True)
    assert step.kind == "fact"
    assert step.text == (
        "Fragen Sie nach „Hat vorher bei der Bahn gearbeitet“ – eine Frage, die nur diese "
        "Person beantworten kann."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TALK_EN.replace("Hi Emily", "Hi {first_name}"),
            "Fill in the placeholder “{first_name}” – it gives the template away.",
        ),
        (
            TALK_EN.replace("Hi Emily", "Hi Sarah"),
            "Fix the greeting: “Dear Ms. Carter” instead of “Sarah”.",
        ),
    ],
    ids=["placeholder", "wrong-name"],
)
def test_a_template_error_comes_before_everything(
    rules_analyzer: Analyzer, text: str, expected: str
) -> None:
    report = _report(rules_analyzer, text, EMILY, "en")
    step = next_step(report.personalization, report.findings, text, german=False)
    assert (step.kind, step.text) == ("template", expected)
    assert step.span is not None
    assert f"“{text[step.span[0] : step.span[1]]}”" in expected


def _personal(findings: tuple[Finding, ...] = ()) -> Personalization:
    fact = FactUse("Spoke at PyCon about data contracts", 0, 35, 2.0, True, 0.9, (0, 20), 85.0)
    unused = FactUse("Previously worked at Amtrak", 36, 63, 2.0, False, 0.1)
    return Personalization(
        score=85,
        facts=(fact, unused),
        components={"interchangeable_share": 0.0},
        hints=(),
        explanation="",
        method="wording only",
        sentences=(SentenceFit(0, 20, SentenceRole.PERSONAL, fact=0, points=85.0),),
    )


def test_a_personal_draft_gets_its_worst_finding_and_then_is_ready() -> None:
    draft = "Your talk was great. We offer innovative solutions. I hope this finds you well."
    buzz = Finding(
        draft.index("innovative"),
        draft.index(" solutions") + 10,
        Category.BUZZWORD,
        Severity.WARNING,
        "A buzzword.",
        (),
        "hype.buzzword",
    )
    stock = Finding(
        draft.index("I hope"),
        len(draft) - 1,
        Category.GENERIC_PHRASE,
        Severity.INFO,
        "A stock opener.",
        (),
        "phrase.opener",
    )
    step = next_step(_personal((buzz, stock)), (stock, buzz), draft, german=False)
    assert (step.kind, step.text) == (
        "finding",
        "Say concretely what “innovative solutions” means.",
    )
    assert step.span == (buzz.start, buzz.end)
    german = next_step(_personal(), (stock,), draft, german=True)
    assert german.text == "Streichen oder ersetzen Sie die Floskel „I hope this finds you well“."
    ready = next_step(_personal(), (), draft, german=False)
    assert (ready.kind, ready.text) == ("ready", "Ready to send – written to this person.")


def test_without_notes_the_step_is_to_write_some_down(rules_analyzer: Analyzer) -> None:
    report = _report(rules_analyzer, TALK_EN, Recipient("Emily Carter"), "en")
    step = next_step(report.personalization, report.findings, TALK_EN, german=False)
    assert step.kind == "notes"


def test_bands_follow_the_verdict() -> None:
    assert band(90, True, 0.0) == "personal"
    assert band(90, True, 0.6) == "partly"  # half the body fits anyone: never personal
    assert band(30, True, 0.0) == "hardly"
    assert band(5, True, 1.0) == "mass"
    assert band(90, False, 0.0) == NO_NOTES
    assert verdict(30, True, 0.0, german=False).startswith("Hardly")


def test_an_unused_individual_fact_could_earn_more_than_a_segment_fact(
    rules_analyzer: Analyzer,
) -> None:
    recipient = Recipient(
        name="Emily Carter", notes=EMILY.notes + "Data engineer in Berlin\n", company="Northwind"
    )
    p = _report(rules_analyzer, TALK_EN, recipient, "en").personalization
    kinds = {use.text: (index, use) for index, use in enumerate(p.facts)}
    used_index, used = next((i, u) for i, u in enumerate(p.facts) if u.used)
    assert potential_points(p, used_index) == round(used.points) > 0
    amtrak, _ = kinds["Previously worked at Amtrak"]
    berlin, berlin_use = kinds["Data engineer in Berlin"]
    assert berlin_use.kind == "segment"
    assert potential_points(p, amtrak) > potential_points(p, berlin) >= 0
    assert p.score + potential_points(p, amtrak) <= 100
