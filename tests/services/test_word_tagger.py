"""The learned buzzword tagger with the shipped weights: jargon the catalog never listed is found
from the first keystroke (no embedding model needed), a personal message stays quiet, findings
cover whole words, and weights of other features are refused."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.assets import detector_weights
from outreach_coach.core.model import Category, Recipient, Snapshot
from outreach_coach.core.rules.buzzword_words import RULE, TAGGED_WORD_RE
from outreach_coach.services.session import build_analyzer
from outreach_coach.services.word_tagger import WEIGHTS_FILE, word_tagger_from_archive

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

# Written for this test, not taken from the corpus or the catalog.
JARGON_EN = (
    "Hi Mark,\n\nwe build omnichannel, hyper-personalised customer journeys with a plug-and-play "
    "growth stack, white-glove onboarding and a seamless, best-of-breed ecosystem for modern "
    "revenue teams. Our phygital experiences and blockchain-enabled loyalty layer deliver "
    "actionable insights at scale. Would you be open to seeing how it works?\n\nBest"
)
JARGON_DE = (
    "Hallo Herr Wolf,\n\nwir entwickeln omnichannelfähige Kundenerlebnisse mit einem "
    "Plug-and-Play-Growth-Stack, White-Glove-Onboarding und einem nahtlosen "
    "Best-of-Breed-Ökosystem für moderne Vertriebsteams. Hätten Sie Lust, sich das anzusehen?"
    "\n\nBeste Grüße"
)
PERSONAL = {
    "de": (
        "Hallo Frau Lenz,\n\nin Ihrem Vortrag in Kassel sagten Sie, die Fehlzeiten in der Pflege "
        "seien nach der Umstellung auf Wunschdienstpläne um ein Drittel gesunken. Wir planen "
        "dieselbe Umstellung im Klinikum Fulda. Wie haben Sie die Nachtdienste verteilt, als sich "
        "niemand dafür gemeldet hat?\n\nViele Grüße\nTom Berger"
    ),
    "en": (
        "Hi Priya,\n\nI read your post about moving the billing service from cron jobs to a "
        "queue, and the part about retries doubling your database load surprised me. We hit the "
        "same problem last month at a much smaller scale. Did you end up capping retries per "
        "customer or per job?\n\nThanks,\nOle"
    ),
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    """The command-line analyzer without an embedding model: the tagger needs none."""
    return build_analyzer(embeddings=False)


def _tagged(analyzer: Analyzer, text: str, language: str, name: str = "") -> list[str]:
    report = analyzer.analyze(Snapshot(0, text, Recipient(name=name), language))
    return [text[f.start : f.end] for f in report.findings if f.rule == RULE]


def test_the_tagger_loads_without_an_embedding_model(analyzer: Analyzer) -> None:
    assert analyzer.embedder is None
    assert analyzer.word_tagger is not None


@pytest.mark.parametrize(("language", "text"), [("en", JARGON_EN), ("de", JARGON_DE)])
def test_jargon_the_catalog_never_listed_is_found(
    analyzer: Analyzer, language: str, text: str
) -> None:
    tagged = _tagged(analyzer, text, language, "Mark Bell")
    assert tagged, "the tagger found no unlisted jargon"
    catalog = analyzer.catalogs[language]
    listed = {(m.start, m.end) for m in catalog.find(text)}
    for words in tagged:
        start = text.index(words)
        # the catalog does not know these words: where it does, its finding wins
        assert not any(s < start + len(words) and start < e for s, e in listed), words


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_personal_message_gets_no_tagger_finding(analyzer: Analyzer, language: str) -> None:
    assert _tagged(analyzer, PERSONAL[language], language) == []


def test_adjacent_flagged_words_make_one_finding_in_the_drafts_language(
    analyzer: Analyzer,
) -> None:
    text = JARGON_EN.replace("white-glove onboarding", "white-glove blockchain-enabled onboarding")
    report = analyzer.analyze(Snapshot(0, text, Recipient(name="Mark Bell"), "en"))
    tagged = [f for f in report.findings if f.rule == RULE]
    assert "white-glove blockchain-enabled" in [text[f.start : f.end] for f in tagged]
    assert all(f.category == Category.BUZZWORD for f in tagged)
    assert all("the model's confidence" in f.message for f in tagged)
    german = analyzer.analyze(Snapshot(0, JARGON_DE, Recipient(name="Jan Wolf"), "de"))
    tagged_de = [f for f in german.findings if f.rule == RULE]
    assert tagged_de
    assert all("Einschätzung des Modells" in f.message for f in tagged_de)
    # a model is never certain: at most 99 %, however close to 1 the probability
    assert not [f for f in [*tagged, *tagged_de] if "100 %" in f.message]


def test_weights_of_other_features_give_no_tagger(caplog: pytest.LogCaptureFixture) -> None:
    archive = detector_weights(WEIGHTS_FILE)
    assert word_tagger_from_archive(archive) is not None
    meta = json.loads(str(archive["meta"]))
    meta["features"] = meta["features"] + 1
    archive["meta"] = np.asarray(json.dumps(meta))
    assert word_tagger_from_archive(archive) is None
    assert "other word features" in caplog.text


_TEXT = st.lists(
    st.sampled_from(
        [
            *"abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ-'’.&+/ \n\r\t,!?",
            "\x00",
            "😀",
            "שלום",
            "\u200f",
            "smarte ",
            "Synergie",
            "white-glove ",
            "agile ",
        ]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=60, deadline=None)
@given(text=_TEXT)
def test_tagger_findings_are_whole_words_inside_the_text(analyzer: Analyzer, text: str) -> None:
    report = analyzer.analyze(Snapshot(0, text, Recipient(), "de"))
    words = {(m.start(), m.end()) for m in TAGGED_WORD_RE.finditer(text)}
    starts, ends = {s for s, _ in words}, {e for _, e in words}
    for finding in report.findings:
        if finding.rule == RULE:
            assert 0 <= finding.start < finding.end <= len(text)
            assert finding.start in starts
            assert finding.end in ends


def test_jargon_the_recipient_wrote_is_not_flagged(analyzer: Analyzer) -> None:
    """A word from the recipient's own notes is a reference to them, not the sender's jargon."""
    plain = Recipient(name="Mark Bell")
    own = Recipient(name="Mark Bell", notes="Post: why our blockchain-enabled loyalty layer failed")
    tagged = [
        JARGON_EN[f.start : f.end]
        for f in analyzer.analyze(Snapshot(0, JARGON_EN, plain, "en")).findings
        if f.rule == RULE
    ]
    assert any("blockchain-enabled" in words for words in tagged)
    tagged_own = [
        JARGON_EN[f.start : f.end]
        for f in analyzer.analyze(Snapshot(0, JARGON_EN, own, "en")).findings
        if f.rule == RULE
    ]
    assert not any("blockchain-enabled" in words for words in tagged_own)


def test_kept_probabilities_equal_a_fresh_computation(analyzer: Analyzer) -> None:
    from outreach_coach.services.word_tagger import load_word_tagger

    tagger = analyzer.word_tagger
    assert tagger is not None
    rows = TAGGED_WORD_RE.findall(JARGON_DE)
    first = tagger.buzzword_probabilities(rows, "de")
    again = tagger.buzzword_probabilities(rows, "de")  # from what it kept
    fresh = load_word_tagger()
    assert fresh is not None
    assert first == again == fresh.buzzword_probabilities(rows, "de")
    assert tagger.buzzword_probabilities(rows, "en") != first  # kept per language


@pytest.mark.parametrize("data", [b"", b"not weights at all", b"PK\x03\x04truncated"])
def test_a_damaged_weights_file_reads_as_unavailable(data: bytes) -> None:
    """The loaders catch OSError and run on with the catalog: a truncated or foreign file must
    raise that too, not numpy's BadZipFile, ValueError or EOFError."""
    from outreach_coach.assets import weights_archive

    with pytest.raises(OSError, match="damaged"):
        weights_archive(data, WEIGHTS_FILE)


def test_weights_with_a_damaged_member_read_as_unavailable() -> None:
    """The archive's directory is whole but one array's bytes are not: that too is OSError
    when the weights are read, not an error from deep inside a loader later."""
    import io
    import zipfile

    import numpy as np

    from outreach_coach.assets import weights_archive

    buffer = io.BytesIO()
    np.savez_compressed(buffer, meta=np.array("{}"), weights=np.arange(4096, dtype=np.float32))
    whole = buffer.getvalue()
    assert set(weights_archive(whole, WEIGHTS_FILE)) == {"meta", "weights"}
    with zipfile.ZipFile(io.BytesIO(whole)) as archive:
        member = archive.getinfo("weights.npy")
    # the member's compressed bytes start after its 30-byte local header, name and extra field
    inside = member.header_offset + 30 + len(member.filename) + len(member.extra) + 40
    damaged = whole[:inside] + bytes(b ^ 0xFF for b in whole[inside : inside + 16])
    damaged += whole[inside + 16 :]
    with pytest.raises(OSError, match="damaged"):
        weights_archive(damaged, WEIGHTS_FILE)
