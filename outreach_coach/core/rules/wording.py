"""What each category of finding means and what to do instead, in German and English: the
wording shared by the findings by meaning and the learned detector."""

from __future__ import annotations

from outreach_coach.core.model import Category

_ADVICE: dict[Category, tuple[tuple[str, str], tuple[str, str]]] = {
    Category.GENERIC_PHRASE: (
        (
            "eine Standardformulierung, die in jeder Nachricht stehen könnte.",
            "Durch etwas ersetzen, das nur für diese Person gilt – oder streichen.",
        ),
        (
            "a stock phrase that could stand in any message.",
            "Replace it with something only true for this person – or cut it.",
        ),
    ),
    Category.BUZZWORD: (
        (
            "Werbesprache ohne Inhalt: Sie sagt nicht, was konkret gemeint ist.",
            "Sagen, was genau Sie tun oder erreicht haben – mit einem Beispiel oder einer Zahl.",
        ),
        (
            "advertising language without content: it does not say what is actually meant.",
            "Say what exactly you do or achieved – with an example or a number.",
        ),
    ),
    Category.EMPTY_PROMISE: (
        (
            "ein Versprechen, das niemand halten kann, der Person und Geschäft nicht kennt.",
            "Belegen statt versprechen: ein konkretes Ergebnis für einen genannten Kunden.",
        ),
        (
            "a promise nobody can keep who does not know the person and their business.",
            "Show instead of promising: one concrete result for a named client – or cut it.",
        ),
    ),
    Category.PRESSURE: (
        (
            "künstlicher Zeitdruck oder Drängen, das bei Fremden wie eine Verkaufsmasche wirkt.",
            "Frist und Drängen streichen; echtes Interesse braucht keinen Countdown.",
        ),
        (
            "manufactured urgency or pushing that reads like a sales trick to a stranger.",
            "Drop the deadline and the push; real interest needs no countdown.",
        ),
    ),
    Category.PRICE_DUMPING: (
        (
            "ein Lockpreis: So billig klingt die Arbeit wenig wert – oder nach einem Haken.",
            "Keinen Preis in die erste Nachricht – erst den Bedarf verstehen.",
        ),
        (
            "a bargain price: this cheap, the work sounds worth little – or there is a catch.",
            "Leave prices out of a first message – understand the need first.",
        ),
    ),
    Category.FAKE_PERSONALIZATION: (
        (
            "klingt persönlich, passt aber auf jede beliebige Person.",
            "Konkret werden: ein Projekt, ein Beitrag, eine Aussage genau dieser Person.",
        ),
        (
            "it sounds personal but fits anyone at all.",
            "Be specific: a project, a post, something this very person said.",
        ),
    ),
}


def category_advice(category: Category, language: str) -> tuple[str, str]:
    """(why it hurts, what to do instead) for a category, in the draft's language."""
    german, english = _ADVICE.get(category, _ADVICE[Category.GENERIC_PHRASE])
    return german if language == "de" else english
