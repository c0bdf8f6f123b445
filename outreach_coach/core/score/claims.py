"""Unsupported claims: personal-sounding sentences that no note backs up.

"I saw your post about…" or "Glückwunsch zur Beförderung" is the strongest personal signal a
message can send – and the most damaging one when it is invented or pasted from a template.
A sentence with such a claim that uses none of the recipient's notes gets a question back:
"your notes don't mention this – is it true?"
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Personalization, Severity
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

_CLAIMS = {
    "en": re.compile(
        r"\b(?:I\s+(?:saw|read|loved|enjoyed|watched|heard|listened\s+to|noticed|came\s+across)"
        r"\s+(?:your|that\s+you)|congrat\w*|"
        r"your\s+(?:recent\s+|latest\s+|last\s+|new\s+|great\s+)?(?:post|talk|article|keynote|"
        r"presentation|podcast|book|paper|interview|promotion|panel|video|webinar|thread|"
        r"newsletter)\b|as\s+you\s+(?:said|mentioned|wrote|pointed\s+out)|"
        r"you\s+(?:recently\s+)?(?:mentioned|posted|shared|spoke|presented|published))",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:ich\s+habe\s+(?:Ihren|deinen|Ihre|deine|Ihr|dein)\s+\w+\s+(?:gelesen|gesehen|gehört)|"
        r"Glückwunsch|gratulier\w*|"
        r"\b(?:Ihr|dein|Ihre|deine|Ihren|deinen|Ihrem|deinem)\s+"
        r"(?:neue[rnms]?\s+|letzte[rnms]?\s+|aktuelle[rnms]?\s+|jüngste[rnms]?\s+)?"
        r"(?:Beitrag|Post|Vortrag|Artikel|Keynote|Präsentation|Podcast|Buch|Interview|"
        r"Beförderung|Talk|Video|Webinar|Newsletter)\w*|"
        r"wie\s+(?:Sie|du)\s+(?:sagten|sagtest|schrieben|schriebst|erwähnten|erwähntest)|"
        r"(?:Sie|du)\s+(?:haben|hast)\s+(?:kürzlich\s+|neulich\s+)?"
        r"(?:erwähnt|gesagt|geschrieben|gepostet|geteilt|vorgetragen))"
    ),
}


# What kind of occasion a claim names, and the words that show the notes know of one like it:
# "Ihr Vortrag" is backed by a note "Sprach auf der PyCon", even when the draft paraphrases.
_OCCASION_WORDS: tuple[tuple[str, str], ...] = (
    (  # a talk: the claim's words, then the words in notes that show one
        (
            "vortrag talk keynote präsentation presentation panel spoke presented sagten sagtest "
            "said gesagt vorgetragen webinar"
        ),
        (
            "vortr sprach spricht sprechen talk keynote konferenz kongress panel spoke speak "
            "present conference summit webinar podcast meetup gesagt erzählt"
        ),
    ),
    (  # a post
        "beitrag post thread gepostet geteilt posted shared schrieben schriebst wrote geschrieben",
        (
            "beitrag post linkedin teilt geteilt shared schreibt schrieb wrote writes blog artikel "
            "article newsletter thread kommentar comment"
        ),
    ),
    (  # something published
        "artikel article paper buch book newsletter published veröffentlicht interview",
        (
            "artikel article paper buch book newsletter publi veröffentlich schreibt schrieb wrote "
            "writes blog kolumne column studie study interview kommentier commentary"
        ),
    ),
    ("podcast video listened watched", "podcast video youtube folge episode talk"),
    (  # an achievement worth congratulating
        "beförderung promotion glückwunsch gratulier congrat",
        (
            "befördert beförderung promot gewann gewonnen won award preis prize medaille medal "
            "abgeschlossen closed raised finanzierung funding seed runde round eröffnet opened "
            "launch gegründet founded jubiläum anniversary erfolg success neue new"
        ),
    ),
)
_OCCASIONS = tuple(
    (
        re.compile("|".join(claim.split()), re.IGNORECASE),
        re.compile("|".join(notes.split()), re.IGNORECASE),
    )
    for claim, notes in _OCCASION_WORDS
)


def _notes_know_occasion(claim: str, notes: str) -> bool:
    return any(
        claim_words.search(claim) is not None and note_words.search(notes) is not None
        for claim_words, note_words in _OCCASIONS
    )


def notes_back_claim(sentence: str, language: str, notes: str) -> bool:
    """The sentence makes a personal claim ("Glückwunsch zur Beförderung") whose occasion the
    notes know ("Wurde im Mai befördert"): a backed remark, not a template's flattery."""
    claim = _CLAIMS["de" if language == "de" else "en"].search(sentence)
    return claim is not None and _notes_know_occasion(sentence[claim.start() :], notes)


def unsupported_claims(
    draft: str, personalization: Personalization, language: str, notes: str = ""
) -> Sequence[Finding]:
    """Claims about the recipient in sentences that are no note's evidence."""
    if not personalization.facts:
        return []  # no notes: the panel already says there is nothing to check against
    pattern = _CLAIMS["de" if language == "de" else "en"]
    supported = {fact.evidence for fact in personalization.facts if fact.used and fact.evidence}
    german = language == "de"
    findings: list[Finding] = []
    for sentence in sentences(draft)[:200]:
        claim = pattern.search(sentence.text)
        if claim is None or (sentence.start, sentence.end) in supported:
            continue
        if _notes_know_occasion(sentence.text[claim.start() :], notes):
            continue
        findings.append(
            Finding(
                start=sentence.start + claim.start(),
                end=sentence.end,
                category=Category.UNSUPPORTED_CLAIM,
                severity=Severity.WARNING,
                message=(
                    "Ihre Notizen erwähnen das nicht – stimmt es? Eine erfundene oder aus einer "
                    "Vorlage übernommene persönliche Bemerkung wirkt schlimmer als gar keine."
                    if german
                    else "Your notes don't mention this – is it true? An invented or templated "
                    "personal remark does more harm than none."
                ),
                suggestions=(
                    "Den Anlass in die Notizen aufnehmen – oder den Satz streichen."
                    if german
                    else "Add the occasion to your notes – or cut the sentence.",
                ),
                rule="claim.unsupported",
            )
        )
    return findings
