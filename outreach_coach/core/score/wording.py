"""The words around the personalization score: explanation and 1-3 concrete hints, DE and EN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.model import Personalization, SentenceRole

if TYPE_CHECKING:
    from outreach_coach.core.model import FactUse, SentenceFit

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
