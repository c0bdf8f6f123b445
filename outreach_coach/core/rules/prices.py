"""Dumping prices, parsed rather than listed.

A list of prices can never be complete ("5 €/h", "$8 per hour", "3 Cent pro Wort", "a website
for $150"), so amounts, currencies and units are parsed and compared with a plausible floor for
paid professional work. Three shapes are recognised: a rate ("9,50 Euro die Stunde", "$5 per
article"), a named rate ("Stundensatz von 9 €") and a price for a named deliverable in the same
sentence ("Logos gibt es ab 10 Euro", "a complete e-commerce website for $150"). Monthly prices
count only for a whole service ("komplette Buchhaltung für 49 € im Monat"): a 49 € software
subscription is not dumping.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.spans import SpanClaims
from outreach_coach.core.text.split import Span, sentences

if TYPE_CHECKING:
    from collections.abc import Iterator

    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft


@dataclass(frozen=True, slots=True)
class Unit:
    """What a price is paid for, with the lowest amount (EUR, USD, GBP, CHF alike) that a
    professional could plausibly charge for it."""

    key: str
    pattern: str
    floor: float
    de: str
    en: str


# Per hour: a minimum wage (12.82 € in Germany, £12.21 in the UK in 2025) plus employer costs
# and a little overhead – an honest cleaning or guarding rate is above it, "$9 per hour" for a
# developer far below; eight such hours per day; piece rates from what freelance translators,
# writers and designers charge at the low end of honest work.
UNITS = (
    Unit(
        "hourly",
        r"h|hr|hrs|hours?|Std\.?|Stunden?|Arbeitsstunden?|Stundensatz|Entwicklerstunden?",
        20.0,
        "Stunde",
        "hour",
    ),
    Unit("daily", r"d|days?|Tag|Tagessatz|Arbeitstag|Personentag|PT", 200.0, "Tag", "day"),
    Unit("word", r"W[oö]rter|Wort|words?", 0.06, "Wort", "word"),
    Unit("page", r"Seiten?|Normseiten?|pages?", 15.0, "Seite", "page"),
    Unit(
        "article",
        r"(?:Blog-?|Fach-?)?(?:Artikel|Beitr[aä]ge?|Beitrag|Texte?)|"
        r"(?:blog\s+)?(?:articles?|posts?|blogposts?)|Blogposts?",
        30.0,
        "Artikel",
        "article",
    ),
    Unit("logo", r"Logos?|logo\s+designs?", 100.0, "Logo", "logo"),
    Unit("video", r"(?:Erklär)?videos?", 100.0, "Video", "video"),
    Unit(
        "website",
        r"(?:komplette\s+|complete\s+|ganze\s+|e-commerce\s+|E-Commerce-)?"
        r"(?:Webseiten?|Websites?|Homepages?|Landing-?\s?[Pp]ages?|Online-?[Ss]hops?|"
        r"web\s?sites?|online\s+stores?|Apps?)",
        500.0,
        "Website",
        "website",
    ),
)
MONTHLY_SERVICE_FLOOR = 150.0

_CURRENCY = (
    r"(?:€|\$|£|Euros?(?!\w)|EUR(?!\w)|USD(?!\w)|US-Dollar|Dollars?(?!\w)|GBP(?!\w)|CHF(?!\w)|"
    r"Franken|bucks)"
)
_CENTS = r"(?P<cents>Cents?(?!\w)|ct(?!\w)|¢|pence(?!\w)|p(?=\s+(?:per|a)\s+word))"
# "£4k", "5 Mio. €", "$2 million": a magnitude after the digits makes it no small price
_AMOUNT = (
    r"(?P<amount>\d{1,6}(?:[.,]\d{1,2})?)"
    r"(?!\d|[.,]\d|\s?(?:k|m|bn|mio|mrd|tsd|tausend|thousand|million|billion)(?!\w))"
)
_UNIT_GROUPS = "|".join(rf"(?P<{unit.key}>(?:{unit.pattern})(?!\w))" for unit in UNITS)
_MONTH = r"(?P<monthly>Monat|month|mo\b|Mon\.)"
_PER = (
    r"(?:\s*/\s*|\s+(?:pro|je|per|an|a|die|den|das|der|am|im|each|für\s+(?:eine?n?|den|die|das)|"
    r"for\s+(?:an?|each|one|the))\s+)"
)
# "5 €", "3 Cent" and "$8", "€ 5": two regexes each, since a group name may appear only once.
_PRICES = (
    rf"(?<![\w.,]){_AMOUNT}\s*(?:{_CURRENCY}|{_CENTS})",
    rf"(?<!\w){_CURRENCY}\s?{_AMOUNT}",
)
# anchored: tried only where a number, a currency or a rate word occurs
_RATE_RES = tuple(
    AnchoredRegex(re.compile(rf"{price}{_PER}(?:{_UNIT_GROUPS}|{_MONTH})", re.IGNORECASE))
    for price in _PRICES
)
# Stundensatz von (nur) 9 €, hourly rate of $10, Tagessatz ab 99 Euro
_NAMED_RATE_RE = AnchoredRegex(
    re.compile(
        r"(?:(?P<hourly>Stundens[aä]tze?|Stundenlohn|hourly\s+rates?|rates?\s+per\s+hour)|"
        r"(?P<daily>Tagess[aä]tze?|daily\s+rates?|day\s+rates?)|"
        r"(?P<word>Wortpreis|Zeilenpreis|per-word\s+rates?|word\s+rates?))"
        r"\s+(?:von|ab|from|of|starting\s+at|at|only|just|nur|lediglich|unter|below|\s)*"
        rf"\s*(?:{_CURRENCY}\s?)?{_AMOUNT}(?:\s*(?:{_CURRENCY}|{_CENTS}))?(?![\d.,]*\d)",
        re.IGNORECASE,
    )
)
_BARE_PRICE_RES = tuple(
    AnchoredRegex(re.compile(rf"{price}(?![\d.,]*\d)", re.IGNORECASE)) for price in _PRICES
)
_DELIVERABLE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        rf"(?P<{unit.key}>(?:{unit.pattern}))"
        for unit in UNITS
        if unit.key in {"logo", "video", "website", "article"}
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
# A whole service for a monthly fee: these names make "im Monat" a price for work, not software.
_SERVICE_RE = re.compile(
    r"(?<!\w)(?:Buchhaltung|Lohnbuchhaltung|Steuerberatung|bookkeeping|accounting|payroll|"
    r"Social[- ]Media(?:-\w+)?|SEO|Suchmaschinenoptimierung|Marketing|IT-Support|IT-Betreuung|"
    r"Betreuung|Komplettbetreuung|management|Verwaltung|Entwicklung|development|Webpflege)"
    r"(?!\w)",
    re.IGNORECASE,
)
# What people are paid or a margin on top is no price offered: "everyone is paid £12.60 an hour",
# "our margin is £6.40 an hour on top of wages" (looked for just before the rate, in its sentence).
_NOT_OFFERED = re.compile(
    r"(?i)(?<!\w)(?:margins?|mark-?ups?|Marge|Aufschlag|(?:is|are|was|were|get|gets)\s+paid|"
    r"earns?|earning|verdien\w*|wages?|salar(?:y|ies)|Gehalt|Gehälter|Löhne)(?!\w)"
)
# How far (characters) a deliverable may stand before its price, in one clause.
_NEAR = 80
_CLAUSE_BREAK = re.compile(r"[,;:()–]|\s(?:und|oder|aber|and|or|but)\s")
# After the price only an article or adjective may come between it and the deliverable.
_ONLY_ARTICLES = re.compile(
    r"\s*(?:(?:eine?[nmrs]?|a|an|your|Ihre?[nmrs]?|deine?[nmrs]?|komplette?[nmrs]?|complete|"
    r"ganze?[nmrs]?|full|neue?[nmrs]?|new|professionelle?[nmrs]?|professional|fertige?[nmrs]?)"
    r"\s+){0,3}",
    re.IGNORECASE,
)

_TEXTS = {
    "de": {
        "price": (
            "„{text}“ – weniger als {floor} pro {unit} liegt unter dem, wovon professionelle "
            "Arbeit leben kann. Solche Dumpingangebote wirken unseriös und sind ein "
            "Kennzeichen von Spam."
        ),
        "hint": "Keinen Preis in die erste Nachricht – erst den Bedarf verstehen.",
        "month": "Monat für eine ganze Dienstleistung",
    },
    "en": {
        "price": (
            "“{text}” – less than {floor} per {unit} is below what professional work can live on. "
            "Dumping offers look dubious and are a hallmark of spam."
        ),
        "hint": "Leave prices out of a first message – understand the need first.",
        "month": "month for a whole service",
    },
}


def _amount(match: re.Match[str]) -> float:
    """German and English decimals ("9,50" and "9.50"); cents are hundredths."""
    value = float(match.group("amount").replace(",", "."))
    return value / 100 if match.groupdict().get("cents") else value


def _unit_of(match: re.Match[str]) -> Unit | None:
    """The unit whose group matched; not every regex has a group for every unit."""
    groups = match.groupdict()
    return next((unit for unit in UNITS if groups.get(unit.key) is not None), None)


def _floor(floor: float, language: str) -> str:
    shown = f"{floor:.2f}".rstrip("0").rstrip(".") if floor < 1 else f"{floor:.0f}"
    return shown.replace(".", ",") if language == "de" else shown


def price_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Rates and deliverable prices below the floor for paid professional work."""
    text, language = draft.text, ctx.language
    words = _TEXTS.get(language, _TEXTS["en"])
    findings: list[Finding] = []
    claims = SpanClaims()
    for start, end, floor, unit, rule in _low_prices(text):
        if not claims.claim(start, end):
            continue
        label = words["month"] if unit is None else unit.de if language == "de" else unit.en
        findings.append(
            Finding(
                start=start,
                end=end,
                category=Category.PRICE_DUMPING,
                severity=Severity.WARNING,
                message=words["price"].format(
                    text=text[start:end], floor=_floor(floor, language), unit=label
                ),
                suggestions=(words["hint"],),
                rule=f"price.below_{rule}_floor",
            )
        )
    return findings


def _low_prices(text: str) -> Iterator[tuple[int, int, float, Unit | None, str]]:
    """Every price below its floor as (start, end, floor, unit or None for monthly, rule)."""
    around = _Sentences(text)
    for regex in (*_RATE_RES, _NAMED_RATE_RE):
        for match in regex.finditer(text):
            amount = _amount(match)
            unit = _unit_of(match)
            if unit is not None:
                if 0 < amount < unit.floor and not _paid_not_offered(text, around, match.start()):
                    yield (*match.span(), unit.floor, unit, unit.key)
                continue
            sentence = around.around(match.start())  # a monthly fee: a whole service only
            if (
                0 < amount < MONTHLY_SERVICE_FLOOR
                and sentence
                and _SERVICE_RE.search(sentence.text)
            ):
                yield (*match.span(), MONTHLY_SERVICE_FLOOR, None, "monthly")
    for match in (m for regex in _BARE_PRICE_RES for m in regex.finditer(text)):
        unit = _nearby_deliverable(text, around.around(match.start()), *match.span())
        if unit is not None and 0 < _amount(match) < unit.floor:
            yield (*match.span(), unit.floor, unit, unit.key)


def _paid_not_offered(text: str, around: _Sentences, start: int) -> bool:
    sentence = around.around(start)
    before = text[max(start - 60, sentence.start if sentence else 0) : start]
    return _NOT_OFFERED.search(before) is not None


class _Sentences:
    """The sentence around an index, by bisection (a 1 MB paste has thousands of them)."""

    def __init__(self, text: str) -> None:
        self._spans = sentences(text)
        self._starts = [span.start for span in self._spans]

    def around(self, index: int) -> Span | None:
        position = bisect_right(self._starts, index) - 1
        if position >= 0 and index < self._spans[position].end:
            return self._spans[position]
        return None


def _nearby_deliverable(text: str, span: Span | None, start: int, end: int) -> Unit | None:
    """The deliverable named closest to the price in its sentence, if any is near enough."""
    if span is None:
        return None
    best: tuple[int, Unit] | None = None
    window_start, window_end = max(span.start, start - _NEAR - 40), min(span.end, end + 80)
    for match in _DELIVERABLE_RE.finditer(text, window_start, window_end):
        if match.end() <= start:  # "eine Website für 150 €", "logos start at $10"
            between = text[match.end() : start]
            if len(between) > _NEAR or _CLAUSE_BREAK.search(between):
                continue
        elif match.start() >= end:  # "für 150 € eine komplette Website", "a $150 website"
            between = text[end : match.start()]
            if not _ONLY_ARTICLES.fullmatch(between):
                continue
        else:
            continue
        distance = len(between)
        unit = _unit_of(match)
        if unit is not None and (best is None or distance < best[0]):
            best = (distance, unit)
    return best[1] if best else None
