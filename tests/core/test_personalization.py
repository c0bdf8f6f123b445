"""The personalization score with the real models: no fake embedder anywhere."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, SentenceRole, Snapshot
from outreach_coach.core.score.personalization import MAX_SENTENCES

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer
    from outreach_coach.core.model import Report

pytestmark = pytest.mark.model

ANNA_DE = Recipient(
    name="Anna Berger",
    salutation="Frau",
    company="Stadtwerke Bochum",
    notes=(
        "Leiterin Datenplattform bei den Stadtwerke Bochum\n"
        "Sprach auf der PyCon DE 2024 über Data Contracts\n"
        "Baut gerade ein Team für Datenqualität auf\n"
        "Hat vorher bei der Deutschen Bahn gearbeitet\n"
    ),
)
PERSONAL_DE = (
    "Hallo Frau Berger,\n\nIhr Vortrag auf der PyCon über Data Contracts hat uns geholfen: "
    "Bei uns bricht jede Schemaänderung ein Dashboard. Wie haben Sie in Bochum die Teams, die "
    "Daten liefern, zu verbindlichen Verträgen gebracht? Und wie groß ist Ihr neues Team für "
    "Datenqualität?\n\nViele Grüße\nJana Wolf"
)
TEMPLATE_DE = (
    "Hallo Frau Berger,\n\nich bin auf Ihr Profil bei Stadtwerke Bochum gestoßen und war sofort "
    "beeindruckt. Als Leiterin Datenplattform kennen Sie sicher die Herausforderung, mit wenig "
    "Zeit viel zu erreichen. Genau dabei helfen wir Unternehmen wie Stadtwerke Bochum. Hätten "
    "Sie nächste Woche 15 Minuten?\n\nViele Grüße\nTobias Kern"
)
EMILY_EN = Recipient(
    name="Emily Carter",
    company="Northwind Analytics",
    notes=(
        "Head of Data Platform at Northwind Analytics\n"
        "spoke at PyCon DE about data contracts\n"
        "Previously worked at Amtrak\n"
    ),
)
PERSONAL_EN = (
    "Hi Emily,\n\nyour talk in Berlin on agreements between data producers and consumers "
    "changed how we run our pipelines. I also spent years on Amtrak's schedule data, so I "
    "know the mess you left behind there. How did you get the producers to honor them?\n\n"
    "Best,\nJordan"
)
TEMPLATE_EN = (
    "Hi Emily,\n\nI came across your profile at Northwind Analytics and was impressed. As Head "
    "of Data Platform, you surely know how hard it is to do more with less. That's exactly "
    "what we help companies like Northwind Analytics with. Do you have 15 minutes next week?"
    "\n\nBest,\nTyler"
)


def _report(analyzer: Analyzer, text: str, recipient: Recipient, language: str) -> Report:
    return analyzer.analyze(Snapshot(1, text, recipient, language))


@pytest.mark.parametrize("backend", ["use", "minilm"])
@pytest.mark.parametrize(
    ("recipient", "personal", "template", "language"),
    [(ANNA_DE, PERSONAL_DE, TEMPLATE_DE, "de"), (EMILY_EN, PERSONAL_EN, TEMPLATE_EN, "en")],
    ids=["de", "en"],
)
def test_name_merged_template_scores_far_below_the_personal_draft(
    request: pytest.FixtureRequest,
    backend: str,
    recipient: Recipient,
    personal: str,
    template: str,
    language: str,
) -> None:
    analyzer: Analyzer = request.getfixturevalue(f"{backend}_analyzer")
    mine = _report(analyzer, personal, recipient, language).personalization
    merged = _report(analyzer, template, recipient, language).personalization
    assert mine.score >= merged.score + 40, (mine.score, merged.score)
    assert merged.components["interchangeable_share"] == 1.0
    assert not any(fact.used for fact in merged.facts if not fact.headline)


def test_paraphrase_counts_and_its_evidence_is_the_paraphrasing_sentence(
    use_analyzer: Analyzer,
) -> None:
    report = _report(use_analyzer, PERSONAL_EN, EMILY_EN, "en")
    talk = next(f for f in report.personalization.facts if "PyCon" in f.text)
    assert talk.used
    assert talk.evidence is not None
    start, end = talk.evidence
    assert PERSONAL_EN[start:end].startswith("your talk in Berlin on agreements")
    unrelated = _report(
        use_analyzer,
        "Hi Emily,\n\nwe sell ergonomic office chairs at fair prices. Interested in a quote?",
        EMILY_EN,
        "en",
    )
    assert not any(fact.used for fact in unrelated.personalization.facts)


def test_every_point_is_traceable_to_a_fact_or_a_sentence(use_analyzer: Analyzer) -> None:
    p = _report(use_analyzer, PERSONAL_DE, ANNA_DE, "de").personalization
    points = sum(f.points for f in p.facts) + sum(s.points for s in p.sentences)
    assert round(points) == p.score
    assert all(f.evidence is not None for f in p.facts if f.points > 0)
    personal = [s for s in p.sentences if s.role == SentenceRole.PERSONAL]
    assert personal
    assert all(s.fact is not None and p.facts[s.fact].used for s in personal)


def test_umlauts_and_sharp_s_match(use_analyzer: Analyzer) -> None:
    recipient = Recipient(
        name="Jürgen Weiß",
        notes="Verkehrsplaner in Düsseldorf\nSchreibt über die Straßenbahnlinie 706 und Fußgänger",
    )
    draft = (
        "Hallo Herr Weiß,\n\nIhr Text über die Straßenbahn 706 und die Fußgänger an der Kö hat "
        "mir gefallen. Wie messen Sie die Wartezeiten an den Ampeln?\n\nGrüße\nEva"
    )
    p = _report(use_analyzer, draft, recipient, "de").personalization
    tram = p.facts[1]
    assert tram.used
    assert tram.evidence is not None
    assert draft[tram.evidence[0] : tram.evidence[1]].startswith("Ihr Text über die Straßenbahn")


def test_empty_notes_say_there_is_nothing_to_compare(use_analyzer: Analyzer) -> None:
    p = _report(use_analyzer, PERSONAL_EN, Recipient(name="Emily Carter"), "en").personalization
    assert p.score == 0
    assert p.facts == ()
    assert "nothing to compare" in p.explanation


def test_notes_longer_than_the_draft(use_analyzer: Analyzer) -> None:
    filler = "\n".join(f"Fact number {i}: attended meetup {i} in city {i}" for i in range(60))
    recipient = Recipient(name="Emily Carter", notes=filler + "\nspoke about data contracts")
    p = _report(
        use_analyzer, "Hi Emily, your data contracts talk was great!", recipient, "en"
    ).personalization
    assert len(p.facts) == 61
    assert p.facts[-1].used
    assert 0 <= p.score <= 100


def test_a_one_megabyte_draft_is_bounded(use_analyzer: Analyzer) -> None:
    text = ("Ich bin auf Ihr Profil gestoßen. Ihr Vortrag über Data Contracts war toll! " * 14_000)[
        :1_000_000
    ]
    began = time.perf_counter()
    p = _report(use_analyzer, text, ANNA_DE, "de").personalization
    elapsed = time.perf_counter() - began
    assert len(p.sentences) <= MAX_SENTENCES
    assert elapsed < 60, elapsed  # a hang guard, not a benchmark (see benchmarks/)


def test_generic_by_meaning_is_flagged_without_a_catalog_phrase(use_analyzer: Analyzer) -> None:
    draft = "Hallo Frau Berger,\n\nwann können wir kurz telefonieren?\n\nGrüße\nTom"
    report = _report(use_analyzer, draft, ANNA_DE, "de")
    # the typical-sentence bank or the learned detector, whichever sees it first – once
    meaning = [
        f for f in report.findings if f.rule in ("generic.meaning", "detector.generic_phrase")
    ]
    assert len(meaning) == 1
    assert draft[meaning[0].start : meaning[0].end].startswith("wann können wir")


def test_unsupported_claim_costs_points_and_a_backed_claim_does_not(
    use_analyzer: Analyzer,
) -> None:
    claim = (
        "Hallo Frau Berger,\n\nherzlichen Glückwunsch zur Beförderung! Wie groß ist Ihr Team für "
        "Datenqualität inzwischen?\n\nGrüße\nTom"
    )
    unbacked = _report(use_analyzer, claim, ANNA_DE, "de")
    assert [f.rule for f in unbacked.findings if f.category == "unsupported_claim"] == [
        "claim.unsupported"
    ]
    assert unbacked.personalization.components["unsupported_claims"] == 1.0
    backed_notes = ANNA_DE.notes + "Wurde im Mai zur Bereichsleiterin befördert\n"
    backed = _report(
        use_analyzer, claim, Recipient(ANNA_DE.name, ANNA_DE.salutation, backed_notes), "de"
    )
    assert not [f for f in backed.findings if f.category == "unsupported_claim"]
    assert backed.personalization.score > unbacked.personalization.score


def test_the_recipients_own_saved_profile_is_not_someone_else(use_analyzer: Analyzer) -> None:
    from dataclasses import replace

    from outreach_coach.assets import builtin_bank
    from outreach_coach.core.score.references import build_references

    bank = builtin_bank("de")
    with_self = build_references((*bank.profiles, ANNA_DE.notes), bank.generic)
    analyzer = replace(use_analyzer, references={"de": with_self})
    alone = _report(use_analyzer, PERSONAL_DE, ANNA_DE, "de").personalization
    saved = _report(analyzer, PERSONAL_DE, ANNA_DE, "de").personalization
    assert saved.score == alone.score
    assert saved.sentences[0].others == alone.sentences[0].others


def test_without_a_model_the_score_says_it_compares_wording_only(
    rules_analyzer: Analyzer,
) -> None:
    p = _report(rules_analyzer, PERSONAL_DE, ANNA_DE, "de").personalization
    assert p.method == "wording only"
    assert any(f.used for f in p.facts)


def test_a_sentence_that_fakes_closeness_earns_no_points(use_analyzer: Analyzer) -> None:
    # "Als [Rolle] wissen Sie, wie wichtig [Thema] ist": the topic echoes a note, the frame is
    # the mail merge's – the rules call it fake personalization, so the score gives it nothing
    faked = (
        "Hallo Frau Berger,\n\nals Leiterin Datenplattform wissen Sie, wie wichtig "
        "Datenqualität heute ist.\n\nGrüße\nTom"
    )
    report = _report(use_analyzer, faked, ANNA_DE, "de")
    assert any(f.category == "fake_personalization" for f in report.findings)
    assert report.personalization.score == 0
    assert not any(fact.used for fact in report.personalization.facts)


def test_a_pitch_aimed_at_a_noted_topic_is_still_a_pitch(use_analyzer: Analyzer) -> None:
    pitch = (
        "Hallo Frau Berger,\n\nunsere Software verbessert Ihre Datenqualität automatisch. "
        "Hätten Sie Zeit für eine Demo?\n\nGrüße\nTom"
    )
    question = (
        "Hallo Frau Berger,\n\nwie viele Leute hat Ihr neues Team für Datenqualität "
        "inzwischen, und woher kommen sie?\n\nGrüße\nTom"
    )
    pitched = _report(use_analyzer, pitch, ANNA_DE, "de").personalization
    asked = _report(use_analyzer, question, ANNA_DE, "de").personalization
    assert pitched.score == 0
    assert asked.score >= 50
    assert any(fact.used and "Datenqualität" in fact.text for fact in asked.facts)
