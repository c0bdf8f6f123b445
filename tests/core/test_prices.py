"""Dumping prices: rates, piece rates and prices for a named deliverable, in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.rules.context import RuleContext
from outreach_coach.core.rules.prices import price_findings
from outreach_coach.core.text.draft import SplitDraft

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding


def _prices(text: str, language: str) -> list[Finding]:
    return price_findings(SplitDraft.of(text), RuleContext(language=language))


def _flagged(text: str, language: str = "de") -> list[str]:
    return [text[f.start : f.end] for f in _prices(text, language)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Übersetzungen für 3 Cent pro Wort.", ["3 Cent pro Wort"]),
        ("Texte ab 0,02 € pro Wort", ["0,02 € pro Wort"]),
        ("Webdesign ab 99 Euro pro Website.", ["99 Euro pro Website"]),
        ("Blogartikel für 12 € das Stück, 12 € pro Artikel.", ["12 € pro Artikel", "12 €"]),
        ("write blog posts at $5 per article", ["$5 per article"]),
        ("a complete e-commerce website for $150", ["$150"]),
        ("für 199 € eine komplette Website", ["199 €"]),
        ("Logos gibt es ab 10 Euro.", ["10 Euro"]),
        ("logos start at $10.", ["$10"]),
        ("Ihre komplette Buchhaltung für 49 € im Monat", ["49 € im Monat"]),
        ("we handle all your bookkeeping for $39 a month", ["$39 a month"]),
        ("Entwickler ab 15 € die Stunde", ["15 € die Stunde"]),
        ("Full-stack developers from $19/hour", ["$19/hour"]),
        ("we pay our cleaners well and charge just £8 an hour", ["£8 an hour"]),
    ],
)
def test_low_prices_are_flagged(text: str, flagged: list[str]) -> None:
    assert _flagged(text) == flagged


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Software kostet 49 € im Monat.",  # a subscription, not a service
        "Der Eintritt kostet 10 Euro, die Website ist online.",  # the price is not the site's
        "Ticket für 99 € auf der Website",
        "Ihre Website hat 2.000 € gekostet.",
        "Our logo redesign cost $5,000.",
        "Übersetzungen für 0,12 € pro Wort",  # an honest rate
        "Tagessatz 950 €",
        "Ein Logo für 450 Euro",
        # a magnitude after the digits: thousands and millions are no small price
        "Your post about the £4k, £18k and £65k quotes for the same article series",
        "Artikel für 5 Mio. € Umsatz pro Jahr",
        "We raised $2 million per round for our blog network.",
        # an honest rate for guarding or cleaning is above a minimum wage plus employer costs
        "Our guarding rate is £21.40 an hour, which I suspect is above what you pay now.",
        "Unser Stundensatz für die Unterhaltsreinigung liegt bei 23,50 € pro Stunde.",
        # what people are paid, or a margin on top, is no price offered
        "Everyone is paid £12.60 an hour, the current Real Living Wage.",
        "Our margin on a setter is £6.40 an hour on top of wages.",
        "Unsere Fahrer verdienen 14,50 € pro Stunde.",
    ],
)
def test_fair_or_unrelated_prices_are_not(text: str) -> None:
    assert _flagged(text) == []


def test_messages_name_the_floor_and_unit_in_the_draft_language() -> None:
    (german,) = _prices("Logos gibt es ab 10 Euro.", "de")
    (english,) = _prices("logos start at $10.", "en")
    assert "100 pro Logo" in german.message
    assert "100 per logo" in english.message
    (cents,) = _prices("für 3 Cent pro Wort", "de")
    assert "0,06 pro Wort" in cents.message
