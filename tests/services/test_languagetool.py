"""Grammar and spelling against a real LanguageTool server (no fake server)."""

from __future__ import annotations

import pytest

from outreach_coach.core.analyzer import merge_findings
from outreach_coach.core.model import Category, Finding, Recipient, Severity
from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.languagetool import (
    GrammarChecker,
    GrammarSettings,
    is_local_url,
    settings_from_value,
)
from outreach_coach.services.lt_findings import chunks
from tests.conftest import languagetool_jars

pytestmark = pytest.mark.languagetool


@pytest.fixture(scope="module")
def checker(languagetool_url: str) -> GrammarChecker:
    grammar = GrammarChecker(GrammarSettings(mode="url", url=languagetool_url))
    grammar.start()
    return grammar


def spans(text: str, findings: list[Finding]) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.rule: (text[f.start : f.end], f.suggestions) for f in findings}


def test_german_comma_before_weil(checker: GrammarChecker) -> None:
    text = "Ich habe das gemacht weil es gut ist."
    found = spans(text, checker.check(text, "de"))
    covered, suggestions = found["languagetool.SUBJUNKTION_KOMMA"]
    assert covered.strip() == "weil"
    assert any(s.replace(" ", "") == ",weil" for s in suggestions)


def test_german_salutation_agreement(checker: GrammarChecker) -> None:
    text = "Sehr geehrte Herr Müller,\nvielen Dank."
    findings = checker.check(text, "de")
    assert any(text[f.start : f.end] == "geehrte" and "geehrter" in f.suggestions for f in findings)


def test_english_agreement_after_emoji(checker: GrammarChecker) -> None:
    text = "😀👩‍💻 Hi Anna, I has a question."
    findings = checker.check(text, "en")
    has = next(f for f in findings if text[f.start : f.end] == "has")
    assert has.category == Category.GRAMMAR
    assert "have" in has.suggestions
    assert text.index("has") == has.start


def test_spelling_is_its_own_category(checker: GrammarChecker) -> None:
    text = "Thank you for the detailled answer."
    findings = checker.check(text, "en")
    assert any(
        f.category == Category.SPELLING and text[f.start : f.end] == "detailled" for f in findings
    )


def test_long_text_is_checked_in_chunks_with_right_offsets(checker: GrammarChecker) -> None:
    paragraph = "Das ist ein ganz normaler Satz ohne Fehler.\n\n"
    text = paragraph * 300 + "Ich habe das gemacht weil es gut ist."
    assert len(chunks(text)) > 1
    findings = checker.check(text, "de")
    assert any(text[f.start : f.end].strip() == "weil" for f in findings)


def test_dead_server_is_restarted() -> None:
    jars = languagetool_jars()
    if not any(jars.glob("languagetool-server*.jar")):
        pytest.skip("no LanguageTool jars")
    grammar = GrammarChecker(GrammarSettings(mode="directory", directory=str(jars)))
    grammar.start()
    scratch_folders = []
    try:
        first = grammar.server
        assert first is not None
        assert first.scratch is not None
        scratch_folders.append(first.scratch)
        grammar.check("Ich habe das gemacht weil es gut ist.", "de")
        # the German speller's unpacked dictionaries land in the server's own folder
        assert any(first.scratch.glob("de_DE*.dic"))
        assert first.process is not None
        first.process.kill()
        first.process.wait()
        text = "I has a question."
        assert any(text[f.start : f.end] == "has" for f in grammar.check(text, "en"))
        assert grammar.restarts == 1
        second = grammar.server
        assert second is not None
        assert second.scratch is not None
        scratch_folders.append(second.scratch)
        assert second is not first  # a new server in a new folder; the old one is gone
        assert not scratch_folders[0].exists()
    finally:
        grammar.close()
    assert all(not folder.exists() for folder in scratch_folders)


def test_unreachable_url_is_a_clear_error() -> None:
    grammar = GrammarChecker(GrammarSettings(mode="url", url="http://127.0.0.1:9"))
    with pytest.raises(ServiceUnavailableError, match="did not answer"):
        grammar.start()


def test_off_and_setting_values() -> None:
    with pytest.raises(ServiceUnavailableError):
        GrammarChecker(GrammarSettings(mode="off"))
    assert settings_from_value("").mode == "off"
    assert settings_from_value("https://lt.example.org").mode == "url"
    assert settings_from_value("/opt/LanguageTool-6.8").mode == "directory"
    assert is_local_url("http://127.0.0.1:8081")
    assert not is_local_url("https://lt.example.org")


def test_grammar_does_not_repeat_coaching_findings() -> None:
    own = (Finding(0, 5, Category.BUZZWORD, Severity.WARNING, "m", (), "x"),)
    grammar = [
        Finding(2, 4, Category.SPELLING, Severity.WARNING, "g", (), "lt.a"),
        Finding(6, 9, Category.GRAMMAR, Severity.WARNING, "g", (), "lt.b"),
    ]
    assert [f.rule for f in merge_findings(own, grammar)] == ["x", "lt.b"]


def test_words_from_the_profile_are_not_misspellings(checker: GrammarChecker) -> None:
    text = (
        "Ihr Vortrag auf der PyCon über Datenqalität bei Kvantix hat mir geholfen, "
        "das Beispeil auch."
    )
    grammar = checker.check(text, "de")
    flagged = {text[f.start : f.end] for f in grammar if f.category == Category.SPELLING}
    assert {"PyCon", "Kvantix", "Beispeil"} <= flagged  # the speller alone knows none
    recipient = Recipient(name="Anna Berger", notes="Sprach auf der PyCon DE\nLeitet Kvantix")
    kept = merge_findings((), grammar, text, recipient)
    still = {text[f.start : f.end] for f in kept if f.category == Category.SPELLING}
    assert still == {"Beispeil", "Datenqalität"}


def test_a_lone_surrogate_does_not_cost_the_rest_of_the_text(checker: GrammarChecker) -> None:
    """Half of a broken UTF-16 pair cannot go into an HTTP request as UTF-8; it is sent as
    U+FFFD, and the findings after it keep their offsets."""
    text = "Notiz \ud800: Ich habe das gemacht weil es gut ist."
    findings = checker.check(text, "de")
    assert findings
    for finding in findings:  # the missing comma before "weil", where it is in ``text``
        assert text[finding.start : finding.end].endswith("weil")
        assert any(s.replace(" ", "").endswith(",weil") for s in finding.suggestions)
