"""The words around the personalization score: explanation and 1-3 concrete hints, DE and EN."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Personalization, SentenceRole, Severity
from outreach_coach.core.score.fact_kind import INDIVIDUAL
from outreach_coach.core.score.policy import BANDS, band

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import FactUse, Finding, SentenceFit

MAX_HINTS = 3


def no_notes(german: bool, method: str) -> Personalization:
    """Without notes there is nothing to compare with – say so instead of guessing."""
    return Personalization(
        score=0,
        facts=(),
        components={
            "coverage": 0.0,
            "specificity": 0.0,
            "interchangeable_share": 0.0,
            "unsupported_claims": 0.0,
        },
        hints=(
            (
                "Notieren Sie, was Sie über diese Person wissen – Projekte, Vorträge, Beiträge."
                if german
                else "Note what you know about this person – projects, talks, posts."
            ),
        ),
        explanation=(
            "Keine Notizen zu dieser Person: Es gibt nichts, womit der Entwurf verglichen "
            "werden kann."
            if german
            else "No notes for this recipient: there is nothing to compare the draft with."
        ),
        method=method,
    )


def _quoted(text: str, german: bool, limit: int = 90) -> str:
    short = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return f"„{short}“" if german else f"“{short}”"


def explanation(uses: list[FactUse], fits: list[SentenceFit], german: bool) -> str:
    """One sentence a user can check: facts used, sentences that fit only this person."""
    used = sum(use.used for use in uses)
    body = [fit for fit in fits if fit.role != SentenceRole.FRAME]
    personal = sum(fit.role == SentenceRole.PERSONAL for fit in body)
    portable = len(body) - personal
    if german:
        return (
            f"Nutzt {used} von {len(uses)} Fakten aus den Notizen. "
            f"{personal} von {len(body)} Sätzen passen nur zu dieser Person, "
            f"{portable} {'würde' if portable == 1 else 'würden'} auch an andere passen."
        )
    return (
        f"Uses {used} of {len(uses)} facts from the notes. "
        f"{personal} of {len(body)} sentences fit only this person, "
        f"{portable} would fit others just as well."
    )


def hints(uses: list[FactUse], fits: list[SentenceFit], german: bool) -> tuple[str, ...]:
    """The next things to do, most useful first."""
    found: list[str] = []
    body = [fit for fit in fits if fit.role != SentenceRole.FRAME]
    personal = [fit for fit in body if fit.role == SentenceRole.PERSONAL]
    if body and not personal:
        found.append(
            "Kein Satz bezieht sich erkennbar auf die Notizen – so könnte die Nachricht an "
            "jeden gehen."
            if german
            else "No sentence refers to the notes – this message could go to anyone."
        )
    else:
        leading = 0
        for fit in body:
            if fit.role != SentenceRole.INTERCHANGEABLE:
                break
            leading += 1
        if leading >= 2:
            found.append(
                f"Die ersten {leading} Sätze würden zu jedem passen – beginnen Sie mit dem, was "
                "Sie über die Person wissen."
                if german
                else f"The first {leading} sentences would fit anyone – open with what you know "
                "about them."
            )
    used = [use for use in uses if use.used]
    if used and all(use.headline for use in used):
        found.append(
            "Nur Jobtitel und Firma – das setzt jedes Serienbrief-Programm ein."
            if german
            else "Only job title and company – any mail-merge tool fills those in."
        )
    unused = sorted(
        (use for use in uses if not use.used and not use.headline), key=lambda u: -u.weight
    )
    for use in unused:
        if len(found) >= MAX_HINTS:
            break
        found.append(
            f"Greifen Sie auf: {_quoted(use.text, german)}"
            if german
            else f"Mention: {_quoted(use.text, german)}"
        )
    return tuple(found[:MAX_HINTS])


def method_label(method: str, german: bool) -> str:
    """How the score compared, in the draft's language ("wording + meaning (USE …)")."""
    if not german:
        return method
    return method.replace("wording + meaning", "Wortlaut + Bedeutung").replace(
        "wording only", "nur Wortlaut"
    )


# What hurts a message most first: the panel groups findings in this order, and the next step
# picks the worst finding by it.
FINDING_ORDER = (
    Category.MASS_MESSAGE,
    Category.TEMPLATE_ERROR,
    Category.UNSUPPORTED_CLAIM,
    Category.FAKE_PERSONALIZATION,
    Category.GENERIC_PHRASE,
    Category.BUZZWORD,
    Category.EMPTY_PROMISE,
    Category.PRESSURE,
    Category.PRICE_DUMPING,
    Category.GRAMMAR,
    Category.SPELLING,
    Category.STYLE,
)
_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
# One action per category, about the quoted words ({w}); German first.
_FINDING_STEPS: dict[Category, tuple[str, str]] = {
    Category.MASS_MESSAGE: (
        "Schreiben Sie {w} neu – fast derselbe Text ging schon an andere.",
        "Rewrite {w} – nearly the same text went to others already.",
    ),
    Category.TEMPLATE_ERROR: (
        "Korrigieren Sie {w} – das verrät die Vorlage.",
        "Fix {w} – it gives the template away.",
    ),
    Category.UNSUPPORTED_CLAIM: (
        "Belegen Sie {w} mit Ihren Notizen – oder streichen Sie es.",
        "Back {w} with your notes – or cut it.",
    ),
    Category.FAKE_PERSONALIZATION: (
        "Ersetzen Sie {w} durch etwas, das nur für diese Person gilt.",
        "Replace {w} with something only true of this person.",
    ),
    Category.GENERIC_PHRASE: (
        "Streichen oder ersetzen Sie die Floskel {w}.",
        "Cut or replace the stock phrase {w}.",
    ),
    Category.BUZZWORD: ("Sagen Sie konkret, was {w} heißt.", "Say concretely what {w} means."),
    Category.EMPTY_PROMISE: (
        "Zeigen Sie ein Ergebnis statt {w} – oder streichen Sie es.",
        "Show a result instead of {w} – or cut it.",
    ),
    Category.PRESSURE: ("Nehmen Sie den Druck aus {w}.", "Take the pressure out of {w}."),
    Category.PRICE_DUMPING: (
        "Nennen Sie den Nutzen statt des Preises: {w}.",
        "Lead with the value, not the price: {w}.",
    ),
    Category.GRAMMAR: ("Prüfen Sie die Grammatik: {w}.", "Check the grammar: {w}."),
    Category.SPELLING: ("Prüfen Sie die Schreibung: {w}.", "Check the spelling: {w}."),
    Category.STYLE: ("Glätten Sie {w}.", "Smooth out {w}."),
}


@dataclass(frozen=True, slots=True)
class NextStep:
    """The one thing to do next, in one sentence; ``kind`` says where it came from
    ("template", "notes", "fact", "finding", "hint", "personal" or "ready") and ``span`` the
    draft's str offsets it is about, if any."""

    kind: str
    text: str
    span: tuple[int, int] | None = None
    subject: str = ""  # the fact or the words it is about


def other_hints(p: Personalization, step: NextStep) -> tuple[str, ...]:
    """The score's hints that do not repeat the next step (they go below it, smaller)."""
    return tuple(
        hint
        for hint in p.hints
        if hint != step.text and not (step.subject and step.subject in hint)
    )


def next_step(
    p: Personalization, findings: Sequence[Finding], draft: str, german: bool
) -> NextStep:
    """The single most useful next step: a template error first (it gives everything away),
    then notes to compare with, then a question about an unused individual fact while the
    draft is not yet personal, then the worst finding, then what the score still misses – or
    that the message is ready."""
    template = [f for f in findings if f.category == Category.TEMPLATE_ERROR]
    if template:
        return _template_step(min(template, key=lambda f: f.start), draft, german)
    if not p.facts:
        return NextStep(
            "notes",
            "Notieren Sie, was Sie über diese Person wissen – ein Projekt, einen Vortrag, "
            "einen Beitrag."
            if german
            else "Note what you know about this person – a project, a talk, a post.",
        )
    personal = band(p.score, True, p.components.get("interchangeable_share", 0.0)) == BANDS[0]
    unused = [
        use for use in p.facts if not use.used and not use.headline and use.kind == INDIVIDUAL
    ]
    if unused and not personal:
        fact = max(unused, key=lambda use: use.weight)
        return NextStep(
            "fact",
            f"Fragen Sie nach {_quoted(fact.text, german, 70)} – eine Frage, die nur diese "
            "Person beantworten kann."
            if german
            else f"Ask about {_quoted(fact.text, german, 70)} – a question only this person "
            "can answer.",
            subject=fact.text,
        )
    if findings:
        worst = min(findings, key=_badness)
        return NextStep("finding", _finding_step(worst, draft, german), (worst.start, worst.end))
    if not personal:
        if p.hints:
            return NextStep("hint", p.hints[0])
        return NextStep(
            "personal",
            "Schreiben Sie einen Satz, der nur an diese Person gehen kann."
            if german
            else "Add a sentence that could only go to this person.",
        )
    return NextStep(
        "ready",
        "Bereit zum Senden – an diese Person geschrieben."
        if german
        else "Ready to send – written to this person.",
    )


def _badness(finding: Finding) -> tuple[int, int, int]:
    category = (
        FINDING_ORDER.index(finding.category)
        if finding.category in FINDING_ORDER
        else len(FINDING_ORDER)
    )
    return (_SEVERITY_ORDER.index(finding.severity), category, finding.start)


def _words(finding: Finding, draft: str, german: bool) -> str:
    words = (
        " ".join(draft[finding.start : finding.end].split()) if finding.end <= len(draft) else ""
    )
    return _quoted(words, german, 50) if words else ("diese Stelle" if german else "this passage")


def _template_step(finding: Finding, draft: str, german: bool) -> NextStep:
    span = (finding.start, finding.end)
    if finding.rule.startswith("placeholder."):
        return NextStep(
            "template",
            f"Füllen Sie den Platzhalter {_words(finding, draft, german)} aus – er verrät die "
            "Serienvorlage."
            if german
            else f"Fill in the placeholder {_words(finding, draft, german)} – it gives the "
            "template away.",
            span,
        )
    if finding.rule.startswith("greeting.") and finding.suggestions:
        proper = _quoted(finding.suggestions[0], german, 50)
        return NextStep(
            "template",
            f"Korrigieren Sie die Anrede: {proper} statt {_words(finding, draft, german)}."
            if german
            else f"Fix the greeting: {proper} instead of {_words(finding, draft, german)}.",
            span,
        )
    return NextStep("template", _finding_step(finding, draft, german), span)


def _finding_step(finding: Finding, draft: str, german: bool) -> str:
    if finding.rule.startswith("form.over_"):  # the message counts words or characters
        return ("Kürzen Sie: " if german else "Shorten it: ") + finding.message
    if finding.rule == "form.long_sentence":
        return (
            f"Teilen Sie den langen Satz {_words(finding, draft, german)}."
            if german
            else f"Split the long sentence {_words(finding, draft, german)}."
        )
    de, en = _FINDING_STEPS.get(finding.category, _FINDING_STEPS[Category.STYLE])
    return (de if german else en).format(w=_words(finding, draft, german))
