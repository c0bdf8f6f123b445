"""Each greeting check on its own, one row each: which rule fires, on which words, with which
severity – and the pairs that exclude each other (a wrong name is not also a gender slip, a
missing title not also a first name in a Sie letter)."""

from __future__ import annotations

import pytest

from outreach_coach.assets import first_name_genders
from outreach_coach.core.model import Recipient
from outreach_coach.core.rules.context import RuleContext
from outreach_coach.core.rules.greeting import greeting_line_findings
from outreach_coach.core.rules.greeting_fields import title_and_anonymous_findings
from outreach_coach.core.text.draft import SplitDraft

DR_JULIA = Recipient("Julia Weber", "Frau Dr.")
JULIA = Recipient("Julia Weber")


@pytest.mark.parametrize(
    ("text", "recipient", "language", "expected"),
    [
        # the known gender (salutation) against Herr/Frau
        (
            "Sehr geehrter Herr Dr. Weber,\n\nIhr Vortrag hat mir geholfen.",
            DR_JULIA,
            "de",
            [("greeting.wrong_gender", "Herr", "error")],
        ),
        # another person's name
        (
            "Hallo Anna,\n\nDein Vortrag war toll.",
            JULIA,
            "de",
            [("greeting.wrong_name", "Anna", "error")],
        ),
        # no salutation: the first name's gender against Herr/Frau
        (
            "Hallo Herr Weber,\n\nIhr Vortrag war toll.",
            JULIA,
            "de",
            [("greeting.wrong_gender", "Herr", "error")],
        ),
        # a wrong name is not also a slip of the first name's gender
        (
            "Hallo Herr Anna,\n\nIhr Vortrag war toll.",
            JULIA,
            "de",
            [("greeting.wrong_name", "Anna", "error")],
        ),
        # both known and both wrong: gender first, then the name
        (
            "Sehr geehrter Herr Anna,\n\nIhr Vortrag war toll.",
            Recipient("Julia Weber", "Frau"),
            "de",
            [("greeting.wrong_gender", "Herr", "error"), ("greeting.wrong_name", "Anna", "error")],
        ),
        (
            "Sehr geehrte Frau Prof. Weber,\n\nIhr Vortrag war toll.",
            DR_JULIA,
            "de",
            [("greeting.wrong_title", "Prof.", "error")],
        ),
        (
            "Sehr geehrte Frau Weber,\n\nIhr Vortrag war toll.",
            DR_JULIA,
            "de",
            [("greeting.missing_title", "Weber", "warning")],
        ),
        # in English a first name to a doctor is ordinary, Ms/Mr for the title field is not;
        # the warm German "Liebe Frau …" among colleagues is ordinary too
        ("Dear Julia,\n\nYour talk helped me.", Recipient("Julia Weber", "Dr."), "en", []),
        (
            "Dear Ms Weber,\n\nYour talk helped me.",
            Recipient("Julia Weber", "Dr."),
            "en",
            [("greeting.missing_title", "Ms Weber", "warning")],
        ),
        ("Dear Dr Weber,\n\nYour talk helped me.", Recipient("Julia Weber", "Dr."), "en", []),
        # the first name in the surname's field
        (
            "Dear Mr Derek,\n\nYour talk helped me.",
            Recipient("Derek Osei", "Mr"),
            "en",
            [("greeting.first_name_as_surname", "Mr Derek", "error")],
        ),
        (
            "Sehr geehrter Herr Dr. Konstantin,\n\nIhr Vortrag war toll.",
            Recipient("Konstantin Reuter", "Herr Dr."),
            "de",
            [("greeting.first_name_as_surname", "Herr Dr. Konstantin", "error")],
        ),
        ("Dear Mr Derek Osei,\n\nYour talk.", Recipient("Derek Osei", "Mr"), "en", []),
        ("Hallo Thomas Thomas,\n\nDein Vortrag.", Recipient("Thomas Thomas"), "de", []),
        # the company, the job title or the salutation merged into the name field
        (
            "Hi Olivia Hartigan Interiors,\n\nLove the new showroom.",
            Recipient("Olivia Hartigan", "Ms", company="Hartigan Interiors"),
            "en",
            [("greeting.profile_in_name", "Olivia Hartigan Interiors", "error")],
        ),
        (
            "Dear Chloe Ashworth, Production Manager,\n\nYour post on rigs.",
            Recipient("Chloe Ashworth", "Ms", notes="Production Manager at Brightside Films"),
            "en",
            [("greeting.profile_in_name", "Chloe Ashworth, Production Manager", "error")],
        ),
        (
            "Hallo Sabine Kötter Frau Dr.,\n\nIhr Beitrag.",
            Recipient("Sabine Kötter", "Frau Dr."),
            "de",
            [("greeting.profile_in_name", "Sabine Kötter Frau Dr.", "error")],
        ),
        # a team, a sentence after the name, two people: no slip
        (
            "Hallo Team Hartigan Interiors,\n\nIhr Showroom.",
            Recipient("Olivia Hartigan", company="Hartigan Interiors"),
            "de",
            [],
        ),
        (
            "Hi Chloe Ashworth, thanks for the Production chat,\n\nMore soon.",
            Recipient("Chloe Ashworth", "Ms", notes="Production Manager at Brightside Films"),
            "en",
            [],
        ),
        # no recipient needed: a title, both salutations or a field's name where the name is
        (
            "Sehr geehrter Herr Doktor,\n\nwir bieten …",
            Recipient(),
            "de",
            [("greeting.title_as_name", "Herr Doktor", "error")],
        ),
        (
            "Hey Doc! 🐶 Practices like yours …",
            Recipient(),
            "en",
            [("greeting.title_as_name", "Doc", "error")],
        ),
        (
            "Sehr geehrte/r Herr/Frau Pröbstl,\n\nwir bieten …",
            Recipient(),
            "de",
            [("greeting.both_salutations", "geehrte/r", "error")],
        ),
        (
            "Hallo Herr Nachname,\n\nwir bieten …",
            Recipient(),
            "de",
            [("greeting.field_as_name", "Nachname", "error")],
        ),
        ("Liebe Frau Weber,\n\nIhr Vortrag war toll.", DR_JULIA, "de", []),
        (
            "Hallo Julia,\n\nwie sehen Sie das?",
            DR_JULIA,
            "de",
            [("greeting.first_name_with_sie", "Julia", "warning")],
        ),
        # a first name with du is fine, also to a doctor
        ("Hallo Julia,\n\nwie siehst du das?", DR_JULIA, "de", []),
        # groups, sign-offs, several people and an unknown recipient say nothing
        ("Hallo zusammen,\n\nIhr Vortrag war toll.", Recipient("Julia Weber", "Frau"), "de", []),
        ("Liebe Grüße\nJulia", Recipient("Jürgen Weber", "Herr"), "de", []),
        ("Hallo Herr Weber und Frau Lang,\n\nIhr Vortrag.", JULIA, "de", []),
        ("Hallo Anna,\n\nIhr Vortrag.", Recipient(), "de", []),
        # the title as the name and the anonymous greeting, on any line
        (
            "Hallo Doktor,\n\nSehr geehrte Damen und Herren",
            JULIA,
            "de",
            [
                ("greeting.title_as_name", "Doktor", "error"),
                ("greeting.anonymous_known_name", "Sehr geehrte Damen und Herren", "warning"),
            ],
        ),
    ],
)
def test_each_check(
    text: str, recipient: Recipient, language: str, expected: list[tuple[str, str, str]]
) -> None:
    draft = SplitDraft.of(text)
    ctx = RuleContext(recipient=recipient, language=language, first_names=first_name_genders())
    findings = greeting_line_findings(draft, ctx) + title_and_anonymous_findings(draft, ctx)
    assert [(f.rule, text[f.start : f.end], str(f.severity)) for f in findings] == expected
    assert all(f.suggestions and f.category == "template_error" for f in findings)
