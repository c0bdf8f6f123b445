"""Mass-message findings: this draft is (nearly) what the user already sent to others.

The history (storage) finds the sent messages; this module only turns the matches into what
the user sees: one warning with how similar, to how many and to whom last, the shared
sentences marked, and a gentler note when the earlier message went to the same person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.history.near_duplicates import word_jaccard
from outreach_coach.core.model import Category, Finding, SentMatch, Severity
from outreach_coach.core.text.message_parts import frame_flags
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.text.split import Span

# Findings start at this similarity of the whole message (wording or meaning).
WARN_SIMILARITY = 0.6
# A draft sentence counts as shared when this many of its words recur in a sentence sent before.
SHARED_SENTENCE_OVERLAP = 0.6
# ... or, by meaning, when its similarity clears the model's match threshold by this margin
# (reworded template sentences measured 0.37–0.61 with USE, whose match threshold is 0.30).
REWORDED_MARGIN = 0.08


def _date(iso: str, german: bool) -> str:
    year, month, day = iso[:4], iso[5:7], iso[8:10]
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return iso
    return f"{day}.{month}.{year}" if german else f"{year}-{month}-{day}"


def mass_message_findings(
    draft: str,
    matches: Sequence[SentMatch],
    language: str,
    embedder: Embedder | None = None,
) -> list[Finding]:
    """Warn about sending (almost) the same text to others; mark the sentences they share."""
    german = language == "de"
    spans = sentences(draft)[:200]
    body = [s for s, frame in zip(spans, frame_flags(spans), strict=True) if not frame]
    if not body:
        return []
    others = sorted(
        (m for m in matches if not m.same_recipient and m.similarity >= WARN_SIMILARITY),
        key=lambda m: m.sent_at,
        reverse=True,
    )
    same = [m for m in matches if m.same_recipient and m.similarity >= WARN_SIMILARITY]
    findings: list[Finding] = []
    if others:
        message = _copy_warning(others, german)
        shared = _shared_sentences(body, others, embedder)
        first = shared[0] if shared else body[0]
        findings.append(_finding(first.start, first.end, message, german, Severity.WARNING))
        for span in shared[1:]:
            findings.append(
                _finding(
                    span.start,
                    span.end,
                    "Dieser Satz stand schon in Nachrichten an andere."
                    if german
                    else "This sentence was already in messages to others.",
                    german,
                    Severity.INFO,
                )
            )
    if same:
        latest = max(same, key=lambda m: m.sent_at)
        findings.append(
            _finding(
                body[0].start,
                body[0].end,
                f"Sie haben dieser Person am {_date(latest.sent_at, True)} einen zu "
                f"{round(latest.similarity * 100)} % ähnlichen Text geschrieben – beziehen Sie "
                "sich darauf, statt ihn zu wiederholen."
                if german
                else f"You wrote to this person on {_date(latest.sent_at, False)} with a "
                f"{round(latest.similarity * 100)} % similar text – refer to it instead of "
                "repeating it.",
                german,
                Severity.INFO,
                rule="mass.follow_up",
            )
        )
    return findings


def _copy_warning(others: list[SentMatch], german: bool) -> str:
    """ "87 % identical to 4 messages you sent to others (last: Jonas Weber, 12.03.2026)"."""
    best = max(others, key=lambda m: m.similarity)
    last, count, percent = others[0], len(others), round(best.similarity * 100)
    if german:
        how = (
            f"Nur umformuliert: {percent} % der Sätze sagen dasselbe wie"
            if best.by_meaning
            else f"{percent} % gleich mit"
        )
        return (
            f"{how} {count} {'Nachricht' if count == 1 else 'Nachrichten'}, die Sie an andere "
            f"geschickt haben (zuletzt: {last.recipient}, {_date(last.sent_at, True)}). Eine "
            "Seriennachricht erkennt man – schreiben Sie, was nur für diese Person gilt."
        )
    how = (
        f"Only reworded: {percent} % of the sentences say the same as"
        if best.by_meaning
        else f"{percent} % identical to"
    )
    return (
        f"{how} {count} {'message' if count == 1 else 'messages'} you sent to others (last: "
        f"{last.recipient}, {_date(last.sent_at, False)}). People recognise a mass message – "
        "write what is only true for this person."
    )


def _shared_sentences(
    body: list[Span], matches: Sequence[SentMatch], embedder: Embedder | None
) -> list[Span]:
    """Draft sentences that recur (in wording, else in meaning) in the matched messages."""
    sent_sentences = [s.text for m in matches[:5] for s in sentences(m.text)]
    if not sent_sentences:
        return []
    shared = [
        span
        for span in body
        if any(word_jaccard(span.text, old) >= SHARED_SENTENCE_OVERLAP for old in sent_sentences)
    ]
    if shared or embedder is None:
        return shared
    similarity = embedder.similarity([s.text for s in body], sent_sentences)
    return [
        span
        for span, row in zip(body, similarity, strict=True)
        if max(row, default=0.0) >= embedder.match_threshold + REWORDED_MARGIN
    ]


def _finding(
    start: int,
    end: int,
    message: str,
    german: bool,
    severity: Severity,
    rule: str = "mass.duplicate",
) -> Finding:
    return Finding(
        start=start,
        end=end,
        category=Category.MASS_MESSAGE,
        severity=severity,
        message=message,
        suggestions=(
            "Den Satz durch etwas ersetzen, das nur diese Person betrifft."
            if german
            else "Replace the sentence with something that concerns only this person.",
        ),
        rule=rule,
    )
