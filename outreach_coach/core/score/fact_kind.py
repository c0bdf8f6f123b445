"""Segment facts vs individual facts: what a targeting list knows vs what only this person did.

"Owner of a yoga studio", "Studio in Leeds with two locations", "Branche: Versicherungen" –
role, kind of organisation, size, place and industry – are what any list of "people like
them" holds; a template written for the segment uses them as well as a personal message does.
"Wrote in October about the 11 % fees booking platforms charge", a talk, a project, a number,
a quote, a mutual contact, a hobby are individual: only somebody who looked at this person knows
them. A small logistic model over a few generic features of the line tells the two apart; its
weights were fitted on the labelled lines of ``resources/banks/segments-{de,en}.toml``
(segment vs facts) and are printed by ``python -m training.fact_kind``.
"""

from __future__ import annotations

import math
import re

from outreach_coach.core.text.split import words

SEGMENT, INDIVIDUAL = "segment", "individual"

_ROLE_OPEN = re.compile(
    r"(?i)^\W*(?:\w+\s+)?\w*(?:leiter|manager|führer|gründer|inhaber|entwickler|berater|"
    r"referent|designer|architekt|ärztin|arzt|anwältin|anwalt|meister|trainer|coach|planer|"
    r"ingenieur|techniker|direktor|vorstand|vorsitzend|sprecher|redakteur|lehrer|professor|"
    r"recruiter|einkäufer|analyst|engineer|developer|officer|founder|owner|consultant|"
    r"scientist|specialist|spezialist|assistent|assistant|director|partner|president|"
    r"head|chief|chair|lead|ceo|cto|cfo|vp|erin|ist|istin|ent|entin|eur|eurin|ologe|ologin|ian|"
    r"or|er)\b"
)
_LABEL = re.compile(r"(?i)^\W*(?:industry|branche|sector|sektor|bereich|field)\s*:")
_SIZE = re.compile(
    r"(?i)\b(?:\d[\d.,]*|two|three|four|five|zwei|drei|vier|fünf)\s*(?:\+\s*)?(?:staff|employees|people|mitarbeit\w*|beschäftigte\w*|"
    r"angestellte\w*|locations|standorte\w*|beds|betten|members|mitglieder\w*)\b|"
    r"\b(?:about|around|rund|ca\.|circa|etwa|über)\s+\d"
)
_ORG = re.compile(
    r"(?i)\b(?:at|of|for)\s+(?:a|an)\b|\b(?:bei|von|für)\s+(?:einem|einer|eines)\b|"
    r"\b(?:eines|einer)\s+\w+|\b(?:mid-sized|mittelständisch\w*|family-owned|"
    r"familiengeführt\w*|in\s+familienbesitz)\b"
)
# A fact about what the person did or said usually opens with its verb (perhaps after an
# adverb: "Previously worked at …", "Recently moved …").
_VERB_OPEN = re.compile(
    r"(?i)^\W*(?:\w+ly\s+|früher\s+|vorher\s+|zuvor\s+|kürzlich\s+|also\s+|auch\s+)?(?:hat|ist|war|hatte|schrieb|schreibt|sprach|spricht|postete|teilte|leitet|"
    r"baut|baute|gewann|sammelt|spielt|läuft|fährt|organisiert|betreibt|sucht|fragte|fragt|"
    r"kennt|bietet|plant|zählt|engagiert|unterrichtet|moderiert|veröffentlichte|gründete|"
    r"stellt|arbeitet|lebt|sitzt|trainiert|\w+ed|\w+s)\b"
)
# German verbs open a line in the third person ("Segelt", "Migriert", "Baut", "Hält"): a
# capitalised word ending in -t that is not a role ("Architekt", "Assistent" are roles).
_DE_VERB_OPEN = re.compile(r"^\W*[A-ZÄÖÜ][a-zäöüß]{1,}(?:t|et)\b(?![-/])")
_ACTION = re.compile(
    r"(?i)\b(?:posted|wrote|spoke|said|asked|shared|published|presented|won|launched|led|"
    r"built|told|mentioned|started|finished|moved|introduced|gepostet|geschrieben|"
    r"gesprochen|gesagt|gefragt|geteilt|veröffentlicht|vorgestellt|gewonnen|gestartet|"
    r"aufgebaut|eingeführt|umgestellt|erzählt|erwähnt|gebloggt|schrieb|sprach|sagte|"
    r"fragte|teilte|gewann|startete)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(
    r"(?i)\b(?:januar|january|februar|february|märz|march|april|mai|may|juni|june|juli|july|"
    r"august|september|oktober|october|november|dezember|december|last\s+(?:year|week|month|"
    r"autumn|spring|summer|winter)|letzte[nms]?\s+(?:jahr|woche|monat)|im\s+(?:herbst|"
    r"frühjahr|sommer|winter)|recently|kürzlich|gerade|currently|just)\b"
)
_QUOTE = re.compile(r"[\"'„“”‚‘’»«]")
_PERSON = re.compile(
    r"(?i)\b(?:he|she|his|her|him|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer)\b"
)
_NUMBER = re.compile(r"\d")
# Hobbies, mutual contacts and what they said are individual whatever their form.
_PRIVATE = re.compile(
    r"(?i)\b(?:freizeit|free\s+time|hobby|hobbies|wochenende\w*|weekends?|spare\s+time|"
    r"privat\w*|gemeinsame[rn]?\s+(?:kontakt|bekannt)\w*|mutual|introduced|empfohlen|"
    r"recommended|referred|zitat|quote|interview|podcast|paper|preprint|blog\w*|post|"
    r"vortrag|talk|keynote|newsletter|artikel|article|buch|book)\b"
)
# A line that is a role at a kind of organisation or in a place: "Owner of a yoga studio".
_ROLE_AT = re.compile(r"(?i)^\W*(?:\S+\s+){0,3}?(?:at|of|bei|der|des|in|im|am|von|für)\s")

# Weights printed by `python -m training.fact_kind` (logistic regression on the segment bank's
# 5,764 lines, de + en; grouped 5-fold accuracy by industry 0.968).
WEIGHTS: dict[str, float] = {
    "bias": -0.517,
    "role_open": 0.983,
    "label": -3.320,
    "size": -2.566,
    "org": -2.754,
    "verb_open": 3.724,
    "de_verb_open": 2.680,
    "action": 3.187,
    "year": 2.682,
    "month": 1.827,
    "quote": 0.192,
    "person": 1.643,
    "number": -0.440,
    "private": 0.697,
    "role_at": -1.752,
    "long": 7.044,
    "short": -1.803,
    "commas": -2.248,
}


def kind_features(line: str) -> dict[str, float]:
    """The line's features for the segment/individual model (all 0..1 or small counts)."""
    count = len(words(line))
    return {
        "bias": 1.0,
        "role_open": float(_ROLE_OPEN.search(line) is not None),
        "label": float(_LABEL.search(line) is not None),
        "size": float(_SIZE.search(line) is not None),
        "org": float(_ORG.search(line) is not None),
        "verb_open": float(_VERB_OPEN.search(line) is not None),
        "de_verb_open": float(
            _DE_VERB_OPEN.search(line) is not None and _ROLE_OPEN.search(line) is None
        ),
        "action": float(_ACTION.search(line) is not None),
        "year": float(_YEAR.search(line) is not None),
        "month": float(_MONTH.search(line) is not None),
        "quote": float(_QUOTE.search(line) is not None),
        "person": float(_PERSON.search(line) is not None),
        "number": float(_NUMBER.search(line) is not None),
        "private": float(_PRIVATE.search(line) is not None),
        "role_at": float(
            _ROLE_OPEN.search(line) is not None
            and _ROLE_AT.search(line) is not None
            and _ACTION.search(line) is None
        ),
        "long": min(1.0, max(0.0, (count - 6) / 10)),
        "short": float(count <= 4),
        "commas": min(2.0, float(line.count(","))),
    }


def individual_probability(line: str) -> float:
    """How likely the line is an individual fact (0 = segment, 1 = individual)."""
    features = kind_features(line)
    logit = sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def fact_kind(line: str) -> str:
    """``segment`` (role, organisation, place, industry) or ``individual``."""
    return INDIVIDUAL if individual_probability(line) >= 0.5 else SEGMENT
