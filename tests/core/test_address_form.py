"""Du and Sie in German drafts (``core/rules/address_form.py``): a mix of both, a quotation that
keeps its own form, and the form the recipient's salutation asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Snapshot
from tests.core.test_coaching_rules import found

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer


def test_du_and_sie_mixed_marks_the_rarer_form(rules_analyzer: Analyzer) -> None:
    text = (
        "Hallo Herr Kraft,\nwie geht es Ihnen? Ich habe Ihren Artikel gelesen. Hast du Zeit? "
        "Sie wissen ja, wie das ist."
    )
    mixed = [
        span for _, span, rule in found(rules_analyzer, text, language="de") if "du_sie" in rule
    ]
    assert mixed == ["du"]
    only_sie = (
        "Hallo Frau Roth,\nSie schreiben, dass sie (die Kollegen) zustimmen. Wie sehen Sie das?"
    )
    assert not [r for _, _, r in found(rules_analyzer, only_sie, language="de") if "du_sie" in r]


def test_du_and_sie_inside_quotes_are_not_the_writer_speaking(rules_analyzer: Analyzer) -> None:
    """A quoted title or sentence keeps its own form of address; outside the quotes the
    message is consistent, so nothing is mixed – and a real mix is still found."""

    def mixed(text: str) -> list[str]:
        return [s for _, s, r in found(rules_analyzer, text, language="de") if "du_sie" in r]

    for quoted in (
        "„Warum du keine Datenplattform brauchst“",
        "“Warum du keine Datenplattform brauchst”",
        '"Warum du keine Datenplattform brauchst"',
        "»Warum du keine Datenplattform brauchst«",
    ):
        text = (
            f"Hallo Frau Roth,\nIhr Vortrag {quoted} hat mich lange beschäftigt. "
            "Wie sind Sie auf den Titel gekommen?"
        )
        assert mixed(text) == [], quoted
        assert mixed(f"{text} Hast du Zeit?") == ["du"], quoted
    # a quotation mark without its partner on the line quotes nothing
    unpaired = (
        'Hallo Frau Roth,\nist Ihr Bildschirm mit 27" noch da? Falls du ihn nicht brauchst, '
        "nehme ich ihn."
    )
    assert mixed(unpaired) == ["du"]


def test_du_in_capitals_is_not_the_informal_you(rules_analyzer: Analyzer) -> None:
    text = "Hallo Herr Kraft,\nwir sind beide aus DU und kennen Ihren Verein seit Jahren."
    assert not [r for _, _, r in found(rules_analyzer, text, language="de") if "du_sie" in r]


def test_du_and_sie_mixed_the_greeting_says_which_form_was_pasted_in(
    rules_analyzer: Analyzer,
) -> None:
    """Two du, one Sie: after "Hallo Jonas" the Sie is the odd one out, after "Sehr geehrter
    Herr Kraft" the du forms are – whatever their count."""
    body = "wie geht es dir? Hast du Zeit? Wir können Ihnen helfen."

    def mixed(text: str) -> list[str]:
        recipient = Recipient(name="Jonas Kraft")
        return [s for _, s, r in found(rules_analyzer, text, recipient, "de") if "du_sie" in r]

    assert mixed(f"Hallo Jonas,\n{body}") == ["Ihnen"]
    assert mixed(f"Sehr geehrter Herr Kraft,\n{body}") == ["dir", "du"]
    assert mixed(f"Moin!\n{body}") == ["Ihnen"]  # no greeting to go by: the rarer form
    # a double first name is read whole, as the greeting checks read it
    one_du = "Hast du kurz Zeit? Wir können Ihnen helfen, wie wir es Ihnen versprochen haben."
    hyphenated = Recipient(name="Anna-Lena Kraft")
    found_here = found(rules_analyzer, f"Hallo Anna-Lena,\n{one_du}", hyphenated, "de")
    assert [s for _, s, r in found_here if "du_sie" in r] == ["Ihnen", "Ihnen"]


@pytest.mark.parametrize(
    ("salutation", "draft", "marked"),
    [
        (
            "Du",
            "Hallo Jonas, wie geht es Ihnen? Ich habe Ihren Beitrag gelesen.",
            ["Ihnen", "Ihren"],
        ),
        ("Frau Dr.", "Hallo Anna, wie geht es dir? Dein Beitrag war gut.", ["dir", "Dein"]),
        ("Frau", "Hallo Frau Berger, wie geht es Ihnen?", []),
        ("Du", "Hallo Jonas, wie geht's dir?", []),
        ("", "Hallo Jonas, wie geht's dir?", []),
    ],
)
def test_du_or_sie_against_the_salutation(
    rules_analyzer: Analyzer, salutation: str, draft: str, marked: list[str]
) -> None:
    report = rules_analyzer.analyze(Snapshot(1, draft, Recipient("Jonas", salutation), "de"))
    found = [
        draft[f.start : f.end] for f in report.findings if f.rule == "address.against_salutation"
    ]
    assert found == marked
