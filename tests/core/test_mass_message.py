"""Mass-message findings from a real (in-memory SQLite) sent history."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Severity, Snapshot
from outreach_coach.storage.library import Library
from outreach_coach.wiring import sent_history
from tests.storage.test_library import TEMPLATE

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

ANNA = Recipient(name="Anna Berger", salutation="Frau", company="Stadtwerke Bochum")


@pytest.fixture
def library() -> Library:
    library = Library.in_memory()
    for index, (name, company) in enumerate(
        [("Jonas Weber", "Acme"), ("Lea Schulz", "Greenfield"), ("Uwe Peters", "Spedition")]
    ):
        library.history.record(
            TEMPLATE.format(name=name, company=company), name, sent_at=f"2026-03-1{index}T09:00"
        )
    return library


def test_a_copy_of_messages_sent_to_others_is_a_mass_message(
    rules_analyzer: Analyzer, library: Library
) -> None:
    analyzer = rules_analyzer.with_history(library.history)
    draft = TEMPLATE.format(name="Frau Berger", company="Stadtwerke Bochum")
    report = analyzer.analyze(Snapshot(1, draft, ANNA, "de"))
    mass = [f for f in report.findings if f.category == "mass_message"]
    assert mass[0].severity == Severity.WARNING
    assert "3 Nachrichten, die Sie an andere geschickt haben" in mass[0].message
    assert "zuletzt: Uwe Peters, 12.03.2026" in mass[0].message
    marked = {draft[f.start : f.end] for f in mass}
    assert "Unsere Kunden sparen bis zu 30 % Zeit." in marked
    english = analyzer.analyze(Snapshot(2, draft, ANNA, "en"))
    assert "identical to 3 messages you sent to others" in english.findings[0].message or any(
        "identical to 3 messages" in f.message for f in english.findings
    )


def test_a_personal_draft_is_not_a_mass_message(rules_analyzer: Analyzer, library: Library) -> None:
    analyzer = rules_analyzer.with_history(library.history)
    draft = (
        "Hallo Frau Berger,\n\nIhr Vortrag über Data Contracts auf der PyCon hat mir geholfen. "
        "Wie haben Sie die Teams in Bochum überzeugt?\n\nViele Grüße\nTom"
    )
    report = analyzer.analyze(Snapshot(1, draft, ANNA, "de"))
    assert not [f for f in report.findings if f.category == "mass_message"]


def test_writing_the_same_again_to_the_same_person_is_a_follow_up_note(
    rules_analyzer: Analyzer, library: Library
) -> None:
    analyzer = rules_analyzer.with_history(library.history)
    jonas = Recipient(name="Jonas Weber")
    report = analyzer.analyze(
        Snapshot(1, TEMPLATE.format(name="Jonas Weber", company="Acme"), jonas, "de")
    )
    follow_up = [f for f in report.findings if f.rule == "mass.follow_up"]
    assert len(follow_up) == 1
    assert "am 10.03.2026" in follow_up[0].message


REWORDED = (
    "Guten Tag Frau Berger,\n\nbeim Stöbern auf LinkedIn habe ich Ihr Profil entdeckt und war "
    "direkt angetan. Wir unterstützen Firmen wie Stadtwerke Bochum, in kurzer Zeit viel zu "
    "schaffen. Unsere Kundschaft spart bis zu 30 Prozent ihrer Zeit. Haben Sie in der kommenden "
    "Woche eine Viertelstunde für ein Telefonat?\n\nBeste Grüße\nTom"
)


@pytest.mark.model
def test_a_reworded_template_is_caught_by_meaning(use_analyzer: Analyzer, library: Library) -> None:
    wording_only = use_analyzer.with_history(library.history)
    assert not [
        f
        for f in wording_only.analyze(Snapshot(1, REWORDED, ANNA, "de")).findings
        if f.category == "mass_message"
    ]
    analyzer = use_analyzer.with_history(sent_history(library, use_analyzer.embedder))
    report = analyzer.analyze(Snapshot(1, REWORDED, ANNA, "de"))
    mass = [f for f in report.findings if f.category == "mass_message"]
    assert mass
    assert mass[0].message.startswith("Nur umformuliert")
    personal = replace(
        ANNA, notes="Sprach auf der PyCon über Data Contracts"
    )  # a real message to Anna is not flagged
    mine = analyzer.analyze(
        Snapshot(
            2,
            "Hallo Frau Berger,\n\nIhr Vortrag über Data Contracts hat mir geholfen. Wie haben "
            "Sie die Teams in Bochum überzeugt? Wir kämpfen mit Schemaänderungen.\n\nGrüße\nTom",
            personal,
            "de",
        )
    )
    assert not [f for f in mine.findings if f.category == "mass_message"]
