"""Du and Sie in one German message: a sign of pasted template parts, and rude either way."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.greeting_line import read_line
from outreach_coach.core.rules.name_gender import first_name, fold_name
from outreach_coach.core.text.quotes import outside_quotes, quoted_spans
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

# "du" or "Du", not "DU" (Duisburg on a number plate, a shouted abbreviation)
_DU = re.compile(r"(?<![^\W\d_])[dD](?:u|ich|ir|ein|eine|einem|einen|einer|eines)(?![^\W\d_])")
# Polite forms count only when capitalised mid-sentence ("Sie" vs "sie"); "Ihnen" anywhere.
_SIE = re.compile(r"(?<![^\W\d_])(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![^\W\d_])")
# both tried only where "du…", "dich", "dir", "sie", "ihr…" occur, not at every position
_DU_ANCHORED, _SIE_ANCHORED = AnchoredRegex(_DU), AnchoredRegex(_SIE)


def _sentence_starts(text: str) -> set[int]:
    return {span.start for span in sentences(text)}


def preferred_form(salutation: str) -> str:
    """ "du" for the salutation "Du", "Sie" for Frau/Herr (with or without title), else ""."""
    words = salutation.strip().casefold().split()
    if words == ["du"]:
        return "du"
    return "Sie" if words and words[0] in ("frau", "herr") else ""


def polite_form_spans(text: str) -> list[tuple[int, int]]:
    """Where the draft says Sie/Ihnen/Ihr…: capitalised mid-sentence, "Ihnen" anywhere."""
    starts = _sentence_starts(text)
    return [
        match.span()
        for match in _SIE_ANCHORED.finditer(text)
        if match.group() == "Ihnen" or match.start() not in starts
    ]


def address_form_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Mark the rarer of Du and Sie when a German draft uses both; with one form only, mark it
    when the recipient's salutation asks for the other."""
    text, language, salutation = draft.text, ctx.language, ctx.recipient.salutation
    if language != "de":
        return []
    # a quoted title or sentence ("Ihr Vortrag „Warum du keine Daten brauchst“") is not the
    # writer addressing the reader
    quotes = quoted_spans(text)
    du = outside_quotes([match.span() for match in _DU_ANCHORED.finditer(text)], quotes)
    sie = outside_quotes(polite_form_spans(text), quotes)
    if not du or not sie:
        return _against_preference(du, sie, preferred_form(salutation))
    intended = _greeted_form(text, ctx.recipient.name)
    if intended:  # the greeting says which form the writer chose; the other was pasted in
        minority, form, other = (du, "du", "Sie") if intended == "Sie" else (sie, "Sie", "du")
    else:
        minority, form, other = (du, "du", "Sie") if len(du) <= len(sie) else (sie, "Sie", "du")
    message = (
        f"Die Nachricht mischt „Sie“ und „du“. Hier steht „{form}“, sonst meist „{other}“ – "
        "das wirkt wie aus zwei Vorlagen zusammenkopiert."
    )
    suggestion = f"Durchgehend „{other}“ verwenden."
    return _marks(minority, Category.TEMPLATE_ERROR, message, suggestion, "address.du_sie_mixed")


def _greeted_form(text: str, name: str) -> str:
    """ "Sie" after "Sehr geehrte …" or "Hallo Frau …", "du" after "Hallo <first name>", else
    "" (then the rarer form is the odd one out). The greeting line is read as the greeting
    checks read it (``greeting_line.read_line``). Chosen on the corpus's mixed drafts: the
    greeting named the pasted form right in 61 of 70, the rarer form in 55."""
    line = read_line(text)
    if line is None:
        return ""
    if line.formal or line.by_surname:
        return "Sie"
    first = first_name(name)
    if first and line.tokens and fold_name(line.tokens[0][2]) == fold_name(first):
        return "du"
    return ""


def _against_preference(
    du: list[tuple[int, int]], sie: list[tuple[int, int]], preferred: str
) -> list[Finding]:
    wrong, used = (sie, "Sie") if preferred == "du" else (du, "du")
    if not preferred or not wrong:
        return []
    message = (
        f"Laut Anrede {'duzen' if preferred == 'du' else 'siezen'} Sie diese Person – hier steht "
        f"„{used}“."
    )
    suggestion = f"Durchgehend „{preferred}“ verwenden – oder die Anrede ändern."
    return _marks(wrong, Category.STYLE, message, suggestion, "address.against_salutation")


def _marks(
    spans: list[tuple[int, int]], category: Category, message: str, suggestion: str, rule: str
) -> list[Finding]:
    """One warning per form of address that does not belong."""
    return [
        Finding(start, end, category, Severity.WARNING, message, (suggestion,), rule)
        for start, end in spans
    ]
