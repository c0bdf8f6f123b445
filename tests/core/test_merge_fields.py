"""Merge fields, facts and message parts: the pieces of the score that need no model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.core.model import Recipient, SentenceRole, Snapshot
from outreach_coach.core.score.facts import DocumentFrequency, split_facts
from outreach_coach.core.score.merge_fields import MergeFields
from outreach_coach.core.score.references import build_references
from outreach_coach.core.text.message_parts import frame_flags
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer


def test_company_is_masked_as_a_phrase_with_or_without_legal_form() -> None:
    fields = MergeFields.of(
        Recipient(name="Markus Weber", company="Logistik Nord AG", notes="Spricht über Logistik")
    )
    assert fields.mask("Bei Logistik Nord stehen Projekte an, Herr Weber.") == (
        "Bei stehen Projekte an, Herr ."
    )
    assert fields.mask("Bei der Logistik Nord AG.") == "Bei der ."
    assert "Logistik" in fields.mask("Ihr Vortrag über Logistik")  # the topic stays


def test_company_words_the_notes_use_on_their_own_stay_content() -> None:
    fields = MergeFields.of(
        Recipient(
            name="Bernard Wolfe",
            company="Wolfe Windows",
            notes="CEO of Wolfe Windows\nMakes wooden windows for historic buildings",
        )
    )
    assert "windows" in fields.mask("your restored windows at City Hall")
    assert "Windows" not in fields.mask("your success at Wolfe Windows Inc.!")


def test_headline_title_is_masked_as_a_phrase_not_word_by_word() -> None:
    fields = MergeFields.of(
        Recipient(
            name="Emily Carter",
            notes="Head of Data Platform at Northwind\nspoke about data contracts",
        )
    )
    assert fields.mask("As Head of Data Platform you know this.") == "As you know this."
    assert "data producers" in fields.mask("agreements between data producers")


@pytest.mark.parametrize(
    ("line", "first", "headline"),
    [
        ("Leiterin Datenplattform bei den Stadtwerke Bochum", False, True),
        ("Art Director bei der Pixelfabrik in Stuttgart", False, True),
        ("IT-Leiter der Logistik Nord AG in Bremen", False, True),
        ("Penetration Tester mit eigener Firma", True, True),
        ("Apothekerin, betreibt drei Apotheken in Würzburg", True, True),
        ("Sucht Embedded-Entwickler für Medizintechnik", False, False),
        ("Hiring embedded developers for medical devices", False, False),
        ("Sprach auf der PyCon DE 2024 über Data Contracts", True, False),
        ("Hat vorher bei der Deutschen Bahn gearbeitet", True, False),
    ],
)
def test_headline_lines(line: str, first: bool, headline: bool) -> None:
    assert MergeFields().is_headline(line, first=first) is headline


def test_rare_words_make_a_fact_weigh_more_than_a_shared_one() -> None:
    frequency = DocumentFrequency.of(
        ["Arbeitet im Vertrieb", "Vertrieb in Bayern", "Leitet den Vertrieb", "Segelt"]
    )
    facts = split_facts(
        Recipient(notes="Arbeitet im Vertrieb\nBaut eine Pulverbeschichtungsanlage"), frequency
    )
    assert facts[0].stems["vertri"] < facts[1].stems["pulver"]
    assert facts[0].weight < facts[1].weight


def test_greeting_and_signature_are_frame() -> None:
    text = (
        "Liebe Frau Dr. Schwarz,\n\nIhre Hypnose-Fortbildung hat mich neugierig gemacht. "
        "Nehmen Sie neue Patienten auf?\n\nMit freundlichen Grüßen\nIhr Team von Datalogix"
    )
    spans = sentences(text)
    flags = frame_flags(spans)
    assert [span.text for span, frame in zip(spans, flags, strict=True) if not frame] == [
        "Ihre Hypnose-Fortbildung hat mich neugierig gemacht.",
        "Nehmen Sie neue Patienten auf?",
    ]


def test_a_saved_copy_of_the_recipient_is_excluded_from_the_references() -> None:
    notes = "Sprach auf der PyCon über Data Contracts\nBaut ein Team für Datenqualität auf"
    refs = build_references([notes, "Segelt gern\nWohnt in Kiel", "Arbeitet im Vertrieb"])
    assert len(refs.excluding(notes.splitlines()).profiles) == 2
    assert refs.excluding(["Segelt gern"]) is refs  # one shared line is not the same person


@settings(max_examples=60, deadline=None)
@given(
    draft=st.text(st.characters(codec="utf-8"), max_size=400),
    notes=st.text(st.characters(codec="utf-8"), max_size=200),
)
def test_points_add_up_to_the_score_and_spans_stay_in_range(
    rules_analyzer: Analyzer, draft: str, notes: str
) -> None:
    p = rules_analyzer.analyze(
        Snapshot(1, draft, Recipient(name="Anna", notes=notes))
    ).personalization
    assert 0 <= p.score <= 100
    claims = p.components.get("unsupported_claims", 0.0)
    if not claims:
        assert round(sum(f.points for f in p.facts) + sum(s.points for s in p.sentences)) == p.score
    for fit in p.sentences:
        assert 0 <= fit.start <= fit.end <= len(draft)
        assert (fit.role == SentenceRole.PERSONAL) == (fit.points > 0 or fit.fact is not None)
    for fact in p.facts:
        if fact.evidence is not None:
            assert 0 <= fact.evidence[0] <= fact.evidence[1] <= len(draft)


def test_company_is_taken_from_the_headline_when_the_form_has_none() -> None:
    fields = MergeFields.of(
        Recipient(
            name="Anna Berger",
            notes="Leiterin Datenplattform bei den Stadtwerke Bochum\nSprach über Data Contracts",
        )
    )
    assert fields.mask("Wir helfen Unternehmen wie Stadtwerke Bochum.") == (
        "Wir helfen Unternehmen wie ."
    )
    plain = MergeFields.of(Recipient(name="Anna", notes="Sprach bei der PyCon über Daten"))
    assert plain.company is None  # not a headline: nothing is taken as the employer
