"""The first rules: placeholders, greetings and catalog phrases, on the shipped catalogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.core.model import Category, Recipient, Snapshot
from outreach_coach.core.rules.catalog import parse_catalog
from outreach_coach.core.rules.patterns import compile_pattern

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer


def flagged(
    analyzer: Analyzer, text: str, recipient: Recipient | None = None
) -> list[tuple[str, str]]:
    report = analyzer.analyze(Snapshot(1, text, recipient or Recipient()))
    return [(str(f.category), text[f.start : f.end]) for f in report.findings]


@pytest.mark.parametrize(
    "placeholder",
    [
        "{{first_name}}",
        "{Vorname}",
        "[Name]",
        "[FIRMA]",
        "<Name>",
        "%FIRSTNAME%",
        "$name",
        "___",
        "*|FNAME|*",  # Mailchimp
        "<<Student Name>>",
        "[Owner Name]",
        "<Founder Name>",
        "[Ansprechpartner]",
        "[Kanzleiname]",
        "«Vorname»",  # Word's merge fields
    ],
)
def test_leftover_placeholders_are_template_errors(
    rules_analyzer: Analyzer, placeholder: str
) -> None:
    text = f"Hallo {placeholder}, ich habe Ihren Beitrag gelesen."
    assert ("template_error", placeholder) in flagged(rules_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Preis liegt bei $80 pro Stunde [sic] und <3 Tage.",
        "Schreiben Sie an anna@example.org oder siehe [1].",
        "I paid $15 for the ticket, see [link](https://example.org).",
        "Im «Spiegel» stand es, siehe [Fig. 2] und [Anhang A] *|* <b>fett</b>.",
    ],
)
def test_no_placeholder_false_alarms(rules_analyzer: Analyzer, text: str) -> None:
    assert not [f for f in flagged(rules_analyzer, text) if f[0] == "template_error"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hallo Doktor,\nwie geht es?", "Doktor"),
        ("Hi Professor!\nQuick question.", "Professor"),
        ("Hallo Doktor 😀,\nwie geht es?", "Doktor"),
        # every greeting word the message parts know (one list: core.text.message_parts)
        ("Grüezi Herr Doktor,\nwie geht es?", "Herr Doktor"),
        ("Greetings Professor,\nquick question.", "Professor"),
    ],
)
def test_title_used_as_name(rules_analyzer: Analyzer, text: str, title: str) -> None:
    assert ("template_error", title) in flagged(rules_analyzer, text)


WEBER = Recipient(name="Anna Weber", salutation="Frau Dr.")
MUELLER = Recipient(name="Jan Müller", salutation="Herr Prof.")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Sehr geehrte Frau Dr. Weber,\nvielen Dank.", WEBER),
        ("Liebe Anna,\nwie geht es?", WEBER),
        ("Hallo Anna, danke.", WEBER),
        ("Hallo Frau Dr. Weber, danke.", WEBER),
        ("Hallo Herr Prof. Müller,\nkurze Frage.", MUELLER),
        ("Sehr geehrter Herr Professor Mueller,\nkurze Frage.", MUELLER),
        ("Lieber Jan, danke.", MUELLER),
        ("Hallo Doktor Weber, danke.", WEBER),
        ("Dear Dr. Weber,\nthank you.", WEBER),
        ("Hi Anna – quick question.", WEBER),
        ("Hallo zusammen,\nkurze Frage.", WEBER),
        ("Liebe Grüße aus Kiel", WEBER),
    ],
)
def test_correct_salutations_are_not_flagged(
    rules_analyzer: Analyzer, text: str, recipient: Recipient
) -> None:
    assert not [f for f in flagged(rules_analyzer, text, recipient) if f[0] == "template_error"]


def test_anonymous_greeting_when_name_is_known(rules_analyzer: Analyzer) -> None:
    recipient = Recipient(name="Anna Weber", salutation="Frau Dr.")
    found = flagged(
        rules_analyzer, "Sehr geehrte Damen und Herren,\nich schreibe Ihnen.", recipient
    )
    assert ("template_error", "Sehr geehrte Damen und Herren") in found
    assert not flagged(rules_analyzer, "Sehr geehrte Damen und Herren,\nich schreibe Ihnen.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ich hoffe, diese Nachricht erreicht Sie gut.",
            ("generic_phrase", "Ich hoffe, diese Nachricht erreicht Sie gut"),
        ),
        (
            "ich hoffe diese Mail\nerreicht dich gut!",
            ("generic_phrase", "ich hoffe diese Mail\nerreicht dich gut"),
        ),
        ("Mehr Leads für Ihr Team.", ("buzzword", "Leads")),
        ("Das richtige Mindset zählt.", ("buzzword", "Mindset")),
        (
            "Wir versprechen 6- bis 7-stellige Jahresumsätze.",
            ("empty_promise", "6- bis 7-stellige Jahresumsätze"),
        ),
        (
            "I hope this message finds you well.",
            ("generic_phrase", "I hope this message finds you well"),
        ),
        ("We generate qualified leads.", ("buzzword", "qualified leads")),
        ("Hi Jo, I hope this finds you well!", ("generic_phrase", "I hope this finds you well")),
        ("It’s a six-figure business.", ("empty_promise", "six-figure business")),
    ],
)
def test_catalog_phrases(rules_analyzer: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert expected in flagged(rules_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Er war Leadsänger einer Band.",
        "This leads to better talks.",
        "Our leadership team is small.",
    ],
)
def test_no_match_inside_words_or_other_senses(rules_analyzer: Analyzer, text: str) -> None:
    assert not [f for f in flagged(rules_analyzer, text) if f[0] == "buzzword"]


def test_pattern_syntax_inflection_optional_and_quotes() -> None:
    regex = compile_pattern("(ich|) hoffe(,|) (diese|meine) Nachricht erreich* Sie gut")
    assert regex.search("Hoffe diese Nachricht erreicht Sie gut")
    assert regex.search("ich hoffe, meine Nachricht erreichte Sie gut")
    assert not regex.search("ich hoffe, diese Nachricht erreicht Sie nicht gut")
    assert compile_pattern("it's").search("it’s")


def test_bad_catalog_entry_names_the_entry() -> None:
    with pytest.raises(ValueError, match="broken"):
        parse_catalog(
            "en",
            '[[entry]]\nid = "broken"\ncategory = "nope"\npatterns = ["x"]\nexplanation = "e"\n',
        )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text()
        | st.sampled_from(["\x00", "\u200f", "\r\n", "😀", "{{x}}", "Leads", "Hallo Doktor,", "\n"])
    ).map("".join)
)
def test_findings_are_inside_text_ordered_and_deterministic(
    rules_analyzer: Analyzer, text: str
) -> None:
    first = rules_analyzer.analyze(Snapshot(1, text, Recipient(name="Anna")))
    second = rules_analyzer.analyze(Snapshot(1, text, Recipient(name="Anna")))
    assert first == second
    starts = [f.start for f in first.findings]
    assert starts == sorted(starts)
    for finding in first.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.category in Category


_ANY_TEXT = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=20),
        st.sampled_from(["\x00", "\u200f", "\u202e", "\r\n", "😀", "👩‍💻", "{{", "€", "%", " "]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=_ANY_TEXT, salutation=st.sampled_from(["", "Frau Dr.", "Herr", "Ms."]))
def test_findings_are_well_formed_and_deterministic(
    rules_analyzer: Analyzer, text: str, salutation: str
) -> None:
    recipient = Recipient(name="Anna Weber", salutation=salutation, company="Korvus GmbH")
    for language in ("de", "en"):
        snapshot = Snapshot(
            1, "Hallo Herr Müller,\n" + text + " 5 € pro Stunde", recipient, language
        )
        first = rules_analyzer.analyze(snapshot)
        second = rules_analyzer.analyze(snapshot)
        assert first.findings == second.findings
        starts = [(f.start, f.end) for f in first.findings]
        assert starts == sorted(starts)
        for finding in first.findings:
            assert 0 <= finding.start < finding.end <= len(snapshot.text)
            assert finding.message
