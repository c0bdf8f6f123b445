"""Salutation vs first name (issue 12, item 4): "Hallo Herr Zimmermann" to Julia Zimmermann is a
template error even without a salutation; unknown and ambiguous names never raise an alarm.
The real lexicon (resources/names/first-names.tsv, through assets), no mocks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_coach.assets import (
    LazyFirstNames,
    builtin_catalogs,
    builtin_references,
    first_name_genders,
    resource,
)
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.core.model import Finding, Recipient, Snapshot
from outreach_coach.core.rules.context import RuleContext
from outreach_coach.core.rules.greeting import greeting_line_findings
from outreach_coach.core.rules.name_gender import first_name_gender, short_form_of
from outreach_coach.core.text.draft import SplitDraft

BODY = "\n\nIhr Vortrag über Wärmepumpen in Kassel hat mir sehr geholfen.\n"
ENGLISH_BODY = "\n\nYour talk on heat pumps in Leeds helped me a lot.\n"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(
        builtin_catalogs(), references=builtin_references(), first_names=first_name_genders()
    )


def gender_findings(
    analyzer: Analyzer, greeting: str, name: str, salutation: str = "", language: str = "de"
) -> list[Finding]:
    body = BODY if language == "de" else ENGLISH_BODY
    snapshot = Snapshot(1, greeting + "," + body, Recipient(name, salutation), language)
    return [f for f in analyzer.analyze(snapshot).findings if f.rule == "greeting.wrong_gender"]


@pytest.mark.parametrize(
    ("greeting", "name", "language", "flagged", "suggestion"),
    [
        ("Hallo Herr Zimmermann", "Julia Zimmermann", "de", "Herr", "Hallo Frau Zimmermann"),
        ("Sehr geehrte Frau Weber", "Jürgen Weber", "de", "Frau", "Sehr geehrter Herr Weber"),
        (
            "Sehr geehrter Frau Weber",
            "Julia Weber",
            "de",
            "Sehr geehrter",
            "Sehr geehrte Frau Weber",
        ),
        ("Lieber Julia", "Julia Weber", "de", "Lieber", "Liebe Julia"),
        ("Liebe Jürgen", "Dr. Jürgen Weber", "de", "Liebe", "Lieber Jürgen"),
        ("Guten Tag Frau Yılmaz", "Mehmet Yılmaz", "de", "Frau", "Guten Tag Herr Yılmaz"),
        ("Hallo Frau Weber", "Juergen Weber", "de", "Frau", "Hallo Herr Weber"),
        ("Hallo Herr Kowalska", "Kowalska, Agnieszka", "de", "Herr", "Hallo Frau Kowalska"),
        ("Dear Mr Brown", "Emily Brown", "en", "Mr", "Dear Ms Brown"),
        ("Dear Ms Patel", "Rahul Patel", "en", "Ms", "Dear Mr Patel"),
        ("Hi Mrs. Smith", "John Smith", "en", "Mrs.", "Hi Mr. Smith"),
    ],
)
def test_a_greeting_against_the_first_name_is_a_template_error(
    analyzer: Analyzer, greeting: str, name: str, language: str, flagged: str, suggestion: str
) -> None:
    text = greeting + ","
    (finding,) = gender_findings(analyzer, greeting, name, language=language)
    assert text[finding.start : finding.end] == flagged
    assert str(finding.category) == "template_error"
    assert finding.suggestions == (suggestion,)
    first = name.split(", ")[1] if "," in name else name.split()[-2]
    assert first in finding.message
    assert ("Frauenname" in finding.message or "Männername" in finding.message) == (
        language == "de"
    )


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Hallo Herr Rossi", "Andrea Rossi"),  # f in Germany, m in Italy
        ("Hallo Frau Rossi", "Andrea Rossi"),
        ("Hallo Herr Berger", "Kim Berger"),
        ("Sehr geehrte Frau Berger", "Kim Berger"),
        ("Hallo Frau Lang", "Sascha Lang"),
        ("Lieber Toni", "Toni Huber"),
        ("Liebe Toni", "Toni Huber"),
        ("Dear Ms Miller", "Alex Miller"),
        ("Dear Mr Miller", "Alex Miller"),
        ("Hallo Frau Weber", "Weber"),  # one word: maybe the surname
        ("Hallo Frau Weber", "J. Weber"),  # an initial
        ("Hallo Frau Zorblax", "Zorblax Qux"),  # unknown
        ("Hallo Frau Zimmermann", "Julia Zimmermann"),  # right
        ("Sehr geehrter Herr Weber", "Jürgen Weber"),
        ("Dear Ms Brown", "Emily Brown"),
        ("Hallo Herr und Frau Weber", "Julia Weber"),  # a couple
        ("Liebe Julia und Tom", "Tom Weber"),
        ("Sehr geehrte Damen und Herren", "Jürgen Weber"),
        ("Hallo Julia", "Julia Weber"),  # no gender in the greeting
    ],
)
def test_unknown_ambiguous_or_fitting_names_say_nothing(
    analyzer: Analyzer, greeting: str, name: str
) -> None:
    assert gender_findings(analyzer, greeting, name) == []


def test_the_salutation_field_wins_over_the_lexicon(analyzer: Analyzer) -> None:
    # the user said "Herr": a Julia who is addressed as Herr is not second-guessed
    assert gender_findings(analyzer, "Hallo Herr Zimmermann", "Julia Zimmermann", "Herr") == []
    # and the field still catches what it always caught, with its own message
    (finding,) = gender_findings(analyzer, "Hallo Frau Zimmermann", "Julia Zimmermann", "Herr")
    assert "Notizen" in finding.message
    assert finding.suggestions == ("Sehr geehrter Herr Zimmermann",)
    # a title alone carries no gender: the first name still counts
    assert len(gender_findings(analyzer, "Hallo Herr Zimmermann", "Julia Zimmermann", "Dr.")) == 1


def test_a_different_person_in_the_greeting_is_a_wrong_name_not_a_wrong_gender(
    analyzer: Analyzer,
) -> None:
    snapshot = Snapshot(1, "Hallo Herr Schmidt," + BODY, Recipient("Julia Zimmermann"), "de")
    rules = [f.rule for f in analyzer.analyze(snapshot).findings if f.rule.startswith("greet")]
    assert rules == ["greeting.wrong_name"]


@pytest.mark.parametrize(
    ("greeting", "name", "wrong"),
    [
        ("Hey Dan", "Daniel Kim", False),  # a short form the person uses
        ("Hi Alex", "Alexandra Novak", False),
        ("Hallo Max", "Maximilian Berger", False),
        ("Hallo Flo", "Florian Huber", False),
        ("Hi Al", "Alan Reid", True),  # two letters say too little
        ("Hi Dave", "Daniel Kim", True),  # not the start of his name
        ("Hallo Lena", "Leonie Schmitt", True),
        ("Hi Tom", "Tamara Jones", True),
    ],
)
def test_a_short_form_of_the_first_name_is_no_wrong_name(
    analyzer: Analyzer, greeting: str, name: str, wrong: bool
) -> None:
    language = "de" if greeting.startswith("Hallo") else "en"
    body = BODY if language == "de" else ENGLISH_BODY
    snapshot = Snapshot(1, greeting + "," + body, Recipient(name), language)
    rules = [f.rule for f in analyzer.analyze(snapshot).findings]
    assert ("greeting.wrong_name" in rules) is wrong


def test_a_short_form_the_lexicon_gives_the_other_gender_is_another_person() -> None:
    lexicon = first_name_genders()
    assert short_form_of("Dan", "Daniel", lexicon)
    assert short_form_of("Chris", "Christina", lexicon)
    assert not short_form_of("Tim", "Timea", {"tim": "m", "timea": "f"})
    assert not short_form_of("Daniel", "Daniel", lexicon)  # the whole name is no short form


def test_without_a_lexicon_nothing_is_inferred() -> None:
    plain = Analyzer(builtin_catalogs(), references=builtin_references())
    snapshot = Snapshot(1, "Hallo Herr Zimmermann," + BODY, Recipient("Julia Zimmermann"), "de")
    assert not any(f.rule == "greeting.wrong_gender" for f in plain.analyze(snapshot).findings)


def test_first_name_gender_reads_the_real_lexicon() -> None:
    lexicon = first_name_genders()
    assert first_name_gender("Julia Zimmermann", lexicon) == "f"
    assert first_name_gender("Prof. Dr. Jürgen Weber", lexicon) == "m"
    assert first_name_gender("JUERGEN WEBER", lexicon) == "m"
    assert first_name_gender("İbrahim Demir", lexicon) == "m"
    assert first_name_gender("Ayşe Demir", lexicon) == "f"
    assert first_name_gender("Hans-Peter Müller", lexicon) == "m"
    assert first_name_gender("Jean-Marie Dupont", lexicon) == "m"  # listed as a whole
    assert first_name_gender("Julia-Jürgen Weber", lexicon) == ""  # parts of both genders
    assert first_name_gender("Kim-Julia Weber", lexicon) == ""  # a part unknown
    for ambiguous in ("Andrea", "Kim", "Alex", "Sascha", "Toni", "Jan", "Robin", "Nicola"):
        assert first_name_gender(f"{ambiguous} Berger", lexicon) == "", ambiguous


def test_the_lexicon_file_is_small_licensed_and_unambiguous() -> None:
    tsv = resource("names/first-names.tsv")
    text = tsv.read_text(encoding="utf-8")
    assert len(text.encode()) < 400_000
    assert "GNU Free Documentation License" in text.split("\nname\tgender\n")[0]
    assert "Jörg MICHAEL" in text
    assert (
        resource("names/GFDL-1.2.txt")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith("GNU Free Documentation License")
    )
    lexicon = first_name_genders()
    assert len(lexicon) > 20_000
    assert set(lexicon.values()) == {"f", "m"}
    assert all(name == name.lower() and name.strip() == name for name in lexicon)
    assert {"andrea", "kim", "alex", "sascha", "toni", "max"}.isdisjoint(lexicon)
    expected = {"julia": "f", "jürgen": "m", "juergen": "m", "emily": "f", "rahul": "m"}
    assert {name: lexicon[name] for name in expected} == expected
    assert dict(LazyFirstNames()) == dict(lexicon)


GREETING_WORDS = st.sampled_from(
    ["Hallo", "Sehr geehrte", "Sehr geehrter", "Liebe", "Lieber", "Dear", "Hi", "Moin", ""]
)
TITLE_WORDS = st.sampled_from(["", "Herr", "Frau", "Mr", "Mrs.", "Ms", "Miss", "Dr.", "HERR"])
NAME_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=0, max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    greet=GREETING_WORDS,
    title=TITLE_WORDS,
    greeted=NAME_TEXT,
    name=st.one_of(NAME_TEXT, st.sampled_from(["Julia Weber", "Jürgen W.", "Weber, Ayşe"])),
    salutation=st.sampled_from(["", "Herr", "Frau Dr.", "Ms", "Dr."]),
    language=st.sampled_from(["de", "en"]),
)
def test_the_greeting_check_never_raises(
    greet: str, title: str, greeted: str, name: str, salutation: str, language: str
) -> None:
    text = f"{greet} {title} {greeted},\nDanke."
    ctx = RuleContext(
        recipient=Recipient(name, salutation), language=language, first_names=first_name_genders()
    )
    for finding in greeting_line_findings(SplitDraft.of(text), ctx):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.suggestions
        assert all(finding.suggestions)
    first_name_gender(name, first_name_genders())
