"""Greetings a mail merge filled wrongly, readable without knowing the recipient: a title or a
salutation where the name belongs ("Sehr geehrter Herr Doktor,", "Hey Doc!"), both salutations
at once ("Hallo Herr/Frau Pröbstl"), a field's name instead of its value ("Hallo Herr
Nachname"), and an anonymous greeting to a person the user named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.greeting import greeting_finding
from outreach_coach.core.text.message_parts import GREETING_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from outreach_coach.core.model import Finding
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

_TITLE = r"(?:doktor|doctor|doc|dr|professor|prof|herr|frau|mr|mrs|ms)\.?"
_TITLE_AS_NAME_RE = re.compile(
    rf"(?im)^[ \t]*{GREETING_WORDS}[ \t]+"
    rf"((?:{_TITLE}[ \t]+){{0,2}}{_TITLE})"
    # no name follows ("Hallo Doktor," but not "Hallo Doktor Weber"), nor a placeholder (its own
    # finding: "Dear Professor [Surname]")
    r"(?!\.?[ \t]*(?:[^\W\d_]|[\[{<%*«]))"
)
_GREETING_AREA = 400  # characters at the start: where a greeting stands (a 1 MB paste is not read)
# "Herr/Frau Pröbstl", "Frau Herr Meier", "Sehr geehrte/r": the template could not choose
_GREETING_LINE_RE = re.compile(rf"(?im)^[ \t]*{GREETING_WORDS}\b[^\n]*")
_PLACEHOLDER_OPENERS = re.compile(r"\{\{|[\[<%«]|\*\|")
_BOTH_SALUTATIONS_RE = re.compile(
    r"(?i)\b(?:(?:herr|mr)\.?[ \t]*(?:/|[ \t])[ \t]*(?:frau|mrs?|ms)\.?|"
    r"(?:frau|mrs|ms)\.?[ \t]*(?:/|[ \t])[ \t]*(?:herr|mr)\.?|geehrte/r|geehrte\(r\))"
    r"(?![^\W\d_])"
)
# the field's name where its value belongs: "Hallo Herr Nachname", "Dear Ms Surname"
_FIELD_AS_NAME_RE = re.compile(
    rf"(?im)^[ \t]*{GREETING_WORDS}[ \t]+(?:{_TITLE}[ \t]+)*"
    r"(nachname|vorname|surname|last[ _]?name|first[ _]?name|name|firstname|lastname)"
    r"(?![^\W\d_])"
)
# tried only where "sehr", "dear", "to" or "liebe" stands (``AnchoredRegex``): a case-insensitive
# alternation gives ``re`` no prefix to skip ahead with (0.24 s of scanning on a megabyte)
_GENERIC_SALUTATION_RE = AnchoredRegex(
    re.compile(
        r"(?i)sehr\s+geehrte\s+damen\s+und\s+herren|dear\s+sir\s+or\s+madam|dear\s+sir/madam|"
        r"to\s+whom\s+it\s+may\s+concern|liebe\s+damen\s+und\s+herren|dear\s+hiring\s+manager|"
        r"dear\s+(?:sir|madam)(?=[ \t]*[,:!\n])"
    )
)


def title_and_anonymous_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """A title, both salutations or a field's name where the name belongs, and anonymous
    greetings to a known person."""
    text = draft.text
    return (
        _title_as_name(text, ctx)
        + _both_salutations(text, ctx)
        + _field_as_name(text, ctx)
        + _anonymous_greeting(text, ctx)
    )


def _title_as_name(text: str, ctx: RuleContext) -> list[Finding]:
    """ "Hallo Doktor," "Sehr geehrter Herr Doktor," – a merge field that was left empty."""
    return _slips(
        _TITLE_AS_NAME_RE.finditer(text),
        "greeting.title_as_name",
        "„{}“ steht hier anstelle eines Namens – ein typischer Fehler von Serienbrief-Tools, der "
        "die Massennachricht verrät.",
        "“{}” stands where a name belongs – a typical mail-merge slip that gives the template "
        "away.",
        ctx,
    )


def _field_as_name(text: str, ctx: RuleContext) -> list[Finding]:
    """ "Hallo Herr Nachname": the field's name instead of its value."""
    return _slips(
        _FIELD_AS_NAME_RE.finditer(text[:_GREETING_AREA]),
        "greeting.field_as_name",
        "„{}“ ist der Name eines Serienbrief-Felds, nicht der Name der Person.",
        "“{}” is the name of a mail-merge field, not the person's name.",
        ctx,
    )


def _slips(
    matches: Iterator[re.Match[str]], rule: str, german: str, english: str, ctx: RuleContext
) -> list[Finding]:
    """One finding per match, on its first group, the words quoted in the message."""
    template = german if ctx.german else english
    return [
        greeting_finding(match.span(1), rule, template.format(match.group(1)), ctx)
        for match in matches
    ]


def _both_salutations(text: str, ctx: RuleContext) -> list[Finding]:
    """ "Herr/Frau": the template left the choice to nobody (one finding per greeting line)."""
    found = []
    for line in _GREETING_LINE_RE.finditer(text[:_GREETING_AREA]):
        match = _BOTH_SALUTATIONS_RE.search(line.group())
        if match is None or _PLACEHOLDER_OPENERS.search(line.group()):
            continue  # "Sehr geehrte/r Frau/Herr %NACHNAME%": the placeholder is the finding
        words = match.group()
        found.append(
            greeting_finding(
                (line.start() + match.start(), line.start() + match.end()),
                "greeting.both_salutations",
                f"„{words}“ – die Vorlage konnte sich nicht entscheiden. So schreibt man nur an "
                "Unbekannte."
                if ctx.german
                else f"“{words}” – the template could not decide. Nobody writes that to a "
                "person they know.",
                ctx,
            )
        )
    return found


def _anonymous_greeting(text: str, ctx: RuleContext) -> list[Finding]:
    """ "Sehr geehrte Damen und Herren" although the user named the person."""
    if not ctx.recipient.name.strip():
        return []
    message = (
        "Sie kennen den Namen – eine anonyme Anrede wirkt wie ein Rundschreiben."
        if ctx.german
        else "You know the name – an anonymous greeting reads like a circular."
    )
    return [
        greeting_finding(
            match.span(), "greeting.anonymous_known_name", message, ctx, Severity.WARNING
        )
        for match in _GENERIC_SALUTATION_RE.finditer(text)
    ]
