"""Numbers that make promises: dumping prices and hype magnitudes, parsed rather than listed.

A list of prices can never be complete ("5 €/h", "$8 per hour", "Stundensatz von 9,50 EUR"),
so amounts, currencies and units are parsed and compared with a plausible floor for paid
professional work. Hype is the same: "verzehnfachen", "300 % mehr", "six-figure", "10x".
"""

from __future__ import annotations

import re

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.spans import SpanClaims

# Below these amounts (EUR, USD, GBP, CHF are treated alike) paid professional services are not
# plausible: twice the German minimum wage per hour (B2B rates carry overhead and taxes), and
# eight such hours per day.
HOURLY_FLOOR = 25.0
DAILY_FLOOR = 200.0

_CURRENCY = (
    r"(?:€|\$|£|Euros?(?!\w)|EUR(?!\w)|USD(?!\w)|US-Dollar|Dollars?(?!\w)|GBP(?!\w)|CHF(?!\w)|"
    r"Franken|bucks)"
)
_AMOUNT = r"(?P<amount>\d{1,6}(?:[.,]\d{1,2})?)"
_HOUR = r"(?P<hour>h\b|hr\b|hrs\b|hour\b|Std\.?|Stunde\b|Stunden\b|Arbeitsstunde\b|Stundensatz\b)"
_DAY = r"(?P<day>d\b|day\b|Tag\b|Tagessatz\b|Arbeitstag\b|Personentag\b|PT\b)"
_PER = r"(?:\s*/\s*|\s+(?:pro|je|per|an|a|die|den|am|für\s+eine?n?|for\s+an?)\s+)"
_PRICE_RES = (
    # 5 € pro Stunde, 5€/h, 8 USD per hour, 9,50 Euro die Stunde
    re.compile(rf"(?<![\w.,]){_AMOUNT}\s*{_CURRENCY}{_PER}(?:{_HOUR}|{_DAY})", re.IGNORECASE),
    # $8/hour, € 5 pro Stunde, £10 an hour
    re.compile(rf"(?<!\w){_CURRENCY}\s?{_AMOUNT}{_PER}(?:{_HOUR}|{_DAY})", re.IGNORECASE),
    # Stundensatz von (nur) 9 €, hourly rate of $10, Tagessatz ab 99 Euro
    re.compile(
        r"(?:(?P<hour>Stundens[aä]tze?|Stundenlohn|hourly\s+rates?|rates?\s+per\s+hour)|"
        r"(?P<day>Tagess[aä]tze?|daily\s+rates?|day\s+rates?))"
        r"\s+(?:von|ab|from|of|starting\s+at|at|only|just|nur|lediglich|unter|below|\s)*"
        rf"\s*(?:{_CURRENCY}\s?)?{_AMOUNT}(?:\s*{_CURRENCY})?(?![\d.,]*\d)",
        re.IGNORECASE,
    ),
)

_HYPE_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:ver(?:doppel|dreifach|vierfach|fünffach|zehnfach|hundertfach|vielfach)\w*|"
            r"(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)\s+(?:your|their|the|its|our)\s+\w+)",
            re.IGNORECASE,
        ),
        "multiply",
    ),
    (re.compile(r"(?<![\w.,])\d{1,4}\s?[x×](?![\w])", re.IGNORECASE), "times"),
    (re.compile(r"(?<![\w.,])\d{1,4}[- ]?fach\w*", re.IGNORECASE), "times"),
    (
        re.compile(
            r"\b(?:(?:six|seven|eight|five)[- ]figures?|(?:sechs|sieben|acht|fünf)stellig\w*|"
            r"\d\s?[-–]\s?(?:(?:bis|to|oder|or)\s+\d\s?[-–]\s?)?(?:stellig\w*|figures?))",
            re.IGNORECASE,
        ),
        "digits",
    ),
    (
        re.compile(
            r"(?<![\w.,])(?:\+\s?)?(?P<percent>\d{3,5})\s?(?:%|Prozent|percent)"
            r"(?:\s+(?P<growth>mehr|more|higher|höhere?n?|increase|Steigerung|growth|Wachstum|ROI|"
            r"Rendite|Umsatz|revenue|sales))?",
            re.IGNORECASE,
        ),
        "percent",
    ),
)

_TEXTS = {
    "de": {
        "price": (
            "„{text}“ – weniger als {floor} pro {unit} liegt unter dem, wovon professionelle "
            "Arbeit leben kann. Solche Dumpingangebote wirken unseriös und sind ein "
            "Kennzeichen von Spam."
        ),
        "price_hint": "Keinen Preis in die erste Nachricht – erst den Bedarf verstehen.",
        "hype": (
            "Große Zahlen ohne Beleg („{text}“) sind ein leeres Versprechen – genau damit werben "
            "Massennachrichten."
        ),
        "hype_hint": "Ein belegbares Ergebnis nennen (Kunde, Zeitraum, Zahl) oder streichen.",
        "hour": "Stunde",
        "day": "Tag",
    },
    "en": {
        "price": (
            "“{text}” – less than {floor} per {unit} is below what professional work can live on. "
            "Dumping offers look dubious and are a hallmark of spam."
        ),
        "price_hint": "Leave prices out of a first message – understand the need first.",
        "hype": (
            "Big numbers without proof (“{text}”) are an empty promise – exactly what mass "
            "messages advertise with."
        ),
        "hype_hint": "Name a result you can back up (client, period, number) or cut it.",
        "hour": "hour",
        "day": "day",
    },
}


def _amount(raw: str) -> float:
    """German and English decimals: "9,50" and "9.50" are both nine and a half."""
    return float(raw.replace(",", "."))


def price_findings(text: str, language: str) -> list[Finding]:
    """Hourly or daily prices below the floor for paid professional work."""
    words = _TEXTS.get(language, _TEXTS["en"])
    findings: list[Finding] = []
    claims = SpanClaims()
    for regex in _PRICE_RES:
        for match in regex.finditer(text):
            amount_text = match.group("amount")
            amount = _amount(amount_text)
            hourly = match.group("hour") is not None
            floor = HOURLY_FLOOR if hourly else DAILY_FLOOR
            start, end = match.span()
            if amount <= 0 or amount >= floor or not claims.claim(start, end):
                continue
            unit = words["hour"] if hourly else words["day"]
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    category=Category.PRICE_DUMPING,
                    severity=Severity.WARNING,
                    message=words["price"].format(
                        text=match.group(), floor=f"{floor:.0f}", unit=unit
                    ),
                    suggestions=(words["price_hint"],),
                    rule=f"price.below_{'hourly' if hourly else 'daily'}_floor",
                )
            )
    return findings


def hype_findings(text: str, language: str) -> list[Finding]:
    """Multipliers, big percentages and "six-figure" style magnitudes."""
    words = _TEXTS.get(language, _TEXTS["en"])
    findings: list[Finding] = []
    claims = SpanClaims()
    for regex, kind in _HYPE_RES:
        for match in regex.finditer(text):
            start, end = match.span()
            if kind == "percent" and not _is_hype_percent(match):
                continue
            if kind == "times" and _is_plain_count(text, start, end):
                continue
            if not claims.claim(start, end):
                continue
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    category=Category.EMPTY_PROMISE,
                    severity=Severity.WARNING,
                    message=words["hype"].format(text=match.group().strip()),
                    suggestions=(words["hype_hint"],),
                    rule=f"hype.{kind}",
                )
            )
    return findings


def _is_hype_percent(match: re.Match[str]) -> bool:
    """Percentages of 100 and more claim growth; "100 %" alone ("100 % remote") does not."""
    value = int(match.group("percent"))
    return value > 100 or (value == 100 and match.group("growth") is not None)


_COUNTED = re.compile(
    r"\s*(?:pro|per|a|im|in der|in|am|/)\s*(?:woche|week|monat|month|tag|day)", re.IGNORECASE
)


def _is_plain_count(text: str, start: int, end: int) -> bool:
    """ "3x pro Woche" or "2x in the week" counts repetitions, not growth."""
    return _COUNTED.match(text, end) is not None or text[start:end].strip()[:-1] in {"1", "2"}
