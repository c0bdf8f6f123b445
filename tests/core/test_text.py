from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outreach_coach.core.text.split import guess_language, lines_and_sentences, sentences, words


def texts(spans: list) -> list[str]:  # type: ignore[type-arg]
    return [span.text for span in spans]


def test_german_abbreviations_and_ordinals_do_not_split() -> None:
    text = "Wir treffen uns am 3. März in Berlin, z. B. mit Dr. Weber. Passt Ihnen das?"
    assert texts(sentences(text)) == [
        "Wir treffen uns am 3. März in Berlin, z. B. mit Dr. Weber.",
        "Passt Ihnen das?",
    ]


def test_english_abbreviations_and_urls() -> None:
    text = "I read your post on example.com/blog, e.g. the part on Acme Inc. growth. Thanks!"
    assert texts(sentences(text)) == [
        "I read your post on example.com/blog, e.g. the part on Acme Inc. growth.",
        "Thanks!",
    ]


def test_sentence_offsets_point_at_their_text() -> None:
    text = "Hallo Anna 😀!\r\nWie war die Konferenz? Gut."
    for span in sentences(text):
        assert text[span.start : span.end] == span.text


def test_notes_split_into_bullets_and_sentences() -> None:
    notes = "- spoke at PyCon DE about data contracts\n* leads the data team. Has two kids.\n\n"
    facts = lines_and_sentences(notes)
    assert texts(facts) == [
        "spoke at PyCon DE about data contracts",
        "leads the data team.",
        "Has two kids.",
    ]
    for fact in facts:
        assert notes[fact.start : fact.end] == fact.text


def test_words_keep_hyphenated_compounds() -> None:
    assert texts(words("IT-Dienstleistungen für 5 € pro Stunde")) == [
        "IT-Dienstleistungen",
        "für",
        "5",
        "pro",
        "Stunde",
    ]


def test_language_guess() -> None:
    assert guess_language("Ich habe Ihren Vortrag gesehen und fand ihn gut.") == "de"
    assert guess_language("I saw your talk and liked it a lot.") == "en"
    assert guess_language("Grüße") == "de"
    assert guess_language("", default="de") == "de"


@given(st.text())
def test_sentences_are_inside_and_ordered(text: str) -> None:
    previous_end = 0
    for span in sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        previous_end = span.end


def test_sender_pitches_are_told_apart_from_sentences_about_the_recipient() -> None:
    from outreach_coach.core.text.message_parts import pitches_sender

    assert pitches_sender("Unsere Plattform spart Ihnen Zeit.")
    assert pitches_sender("Wir helfen Teams wie Ihrem, schneller zu liefern.")
    assert pitches_sender("Our solution cuts your costs.")
    assert not pitches_sender("Wir entwickeln in Duisburg ein Buchungssystem für Zeitfenster.")
    assert not pitches_sender("Ihre Plattform hat uns geholfen.")
    assert not pitches_sender("We met at PyCon last year.")


def _guess_language_word_by_word(text: str, default: str = "en") -> str:
    """The plain reading of the rule that ``guess_language`` computes faster."""
    from outreach_coach.core.text.split import _ENGLISH_MARKERS, _GERMAN_MARKERS

    german = english = 0.0
    for span in words(text[:20000]):
        token = span.text.lower()
        german += token in _GERMAN_MARKERS
        english += token in _ENGLISH_MARKERS
        if any(char in token for char in "äöüß"):
            german += 0.5
    if german == english:
        return default
    return "de" if german > english else "en"


@given(
    st.lists(
        st.sampled_from(
            ["und", "the", "Ich", "YOU", "Grüße", "ÄRGER", "straße", "İst", "ǅ", "a-b", "’s", "x"]
        )
        | st.text(max_size=8),
        max_size=40,
    ),
    st.sampled_from(["de", "en"]),
)
def test_guess_language_counts_as_word_by_word(parts: list[str], default: str) -> None:
    text = " ".join(parts)
    assert guess_language(text, default) == _guess_language_word_by_word(text, default)
