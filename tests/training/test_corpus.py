"""The family corpus: the format's rules hold, and the corpus reaches the issue's minimums."""

from __future__ import annotations

import pytest

from outreach_coach.core.model import Category
from training.corpus import CorpusError, load_corpus, parse_marked
from training.corpus_stats import clean_sentences


def test_marks_become_spans_with_plain_text_offsets() -> None:
    text, spans = parse_marked("Hallo [[template_error|[Firma]]], [[buzzword|Synergien]] heben")
    assert text == "Hallo [Firma], Synergien heben"
    assert [(s.category, text[s.start : s.end]) for s in spans] == [
        (Category.TEMPLATE_ERROR, "[Firma]"),
        (Category.BUZZWORD, "Synergien"),
    ]


@pytest.mark.parametrize(
    "marked",
    [
        "[[nonsense|x]]",
        "[[grammar|x]]",
        "an [[buzzword|open mark",
        "[[buzzword|a [[pressure|b]] c]]",
    ],
)
def test_broken_marks_are_errors(marked: str) -> None:
    with pytest.raises(CorpusError):
        parse_marked(marked)


@pytest.mark.parametrize("language", ["de", "en"])
def test_corpus_reaches_the_minimums(language: str) -> None:
    drafts = load_corpus(language)
    families = {d.family for d in drafts}
    assert len(families) >= 40
    for family in families:
        kinds = {d.kind for d in drafts if d.family == family}
        assert kinds == {"mass", "fake_personal", "personal"}, family
    assert sum(len(d.spans) for d in drafts) >= 1500
    assert sum(clean_sentences(d) for d in drafts if d.kind == "personal") >= 300
