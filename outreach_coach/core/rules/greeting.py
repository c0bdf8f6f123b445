"""The greeting and the company, checked against what the user knows about the recipient.

Mail-merge slips show in the first line: the wrong first name, "Sehr geehrter Herr" to a woman,
a dropped doctor's title, or the company of the previous recipient. Only the greeting line is
read for names, so "Liebe Grüße" at the end or a colleague named later never fires.

The gender comes from the salutation the user gave; without one, from the first name when the
first-name lexicon (``RuleContext.first_names``) knows it for one gender only – "Hallo Herr
Zimmermann" to Julia Zimmermann. Unknown and ambiguous names (Andrea, Kim, Sascha) say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Recipient, Severity
from outreach_coach.core.rules.address_form import polite_form_spans
from outreach_coach.core.rules.name_gender import (
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_TOKEN,
    TITLE_WORDS,
    first_name,
    first_name_gender,
    fold_name,
    regendered,
)

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

_GREETING_LINE = re.compile(
    r"^[ \t]*(?P<greet>sehr\s+geehrte(?P<formal_m>r)?|liebe(?P<dear_m>r)?|hallo|hi|hey|"
    r"guten\s+(?:tag|morgen|abend)|moin|servus|dear|hello|good\s+(?:morning|afternoon|evening))"
    r"(?P<rest>[ \t]+[^,!:\n]{1,80})?",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_NAMES = frozenset(
    [
        "zusammen",
        "team",
        "alle",
        "allerseits",
        "leute",
        "kollegen",
        "kolleginnen",
        "freunde",
        "grüße",
        "grüsse",
        "gruß",
        "there",
        "all",
        "everyone",
        "everybody",
        "folks",
        "friend",
        "friends",
        "colleagues",
        "guys",
        "damen",
        "herren",
        "sir",
        "madam",
        "und",
        "and",
        "or",
        "oder",
    ]
)
_SEVERAL_PEOPLE = re.compile(r"(?i)\b(?:und|and)\b|&|/")


@dataclass(frozen=True, slots=True)
class _Known:
    gender: str  # "f", "m" or ""
    titles: frozenset[str]
    names: frozenset[str]


def _known(recipient: Recipient) -> _Known:
    words = [
        fold_name(word) for word in NAME_TOKEN.findall(recipient.salutation + " " + recipient.name)
    ]
    gender = ""
    if any(word in FEMALE_WORDS for word in words):
        gender = "f"
    elif any(word in MALE_WORDS for word in words):
        gender = "m"
    titles = frozenset(TITLE_WORDS[word] for word in words if word in TITLE_WORDS)
    names = frozenset(
        part
        for word in NAME_TOKEN.findall(recipient.name)
        for part in fold_name(word).split("-")
        if part and part not in TITLE_WORDS and part not in FEMALE_WORDS | MALE_WORDS
    )
    return _Known(gender, titles, names)


def greeting_line_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Wrong name, wrong gender and a missing or wrong title in the greeting line."""
    text, recipient, language = draft.text, ctx.recipient, ctx.language
    match = _first_greeting(text)
    if match is None or not (recipient.name.strip() or recipient.salutation.strip()):
        return []
    german = language == "de"
    known = _known(recipient)
    findings: list[Finding] = []
    rest_start = match.start("rest") if match.group("rest") else match.end()
    tokens = [
        (token.start() + rest_start, token.end() + rest_start, token.group())
        for token in NAME_TOKEN.finditer(match.group("rest") or "")
    ][:4]
    greeted_gender, gender_span = _greeted_gender(match, tokens)
    if known.gender and greeted_gender and greeted_gender != known.gender:
        findings.append(_wrong_gender(gender_span, recipient, german))
    titles = [
        (s, e, TITLE_WORDS[fold_name(w)]) for s, e, w in tokens if fold_name(w) in TITLE_WORDS
    ]
    names = [
        (s, e, w)
        for s, e, w in tokens
        if fold_name(w) not in TITLE_WORDS
        and fold_name(w) not in FEMALE_WORDS | MALE_WORDS
        and w[0].isupper()
    ]
    greets_someone_else = not any(
        part in known.names for _, _, w in names for part in fold_name(w).split("-")
    )
    if names and known.names and fold_name(names[0][2]) not in _NOT_NAMES and greets_someone_else:
        findings.append(_wrong_name(names[0], recipient, german))
    elif not known.gender:
        findings.extend(_first_name_gender_slip(text, match, tokens, ctx))
    formal = bool(match.group("formal_m") is not None or "geehrt" in match.group("greet").lower())
    formal = formal or match.group("greet").lower() == "dear"
    addressed_by_surname = any(fold_name(w) in FEMALE_WORDS | MALE_WORDS for _, _, w in tokens)
    if known.titles and titles and not {title for _, _, title in titles} <= known.titles:
        start, end, _ = titles[0]
        findings.append(_wrong_title(start, end, recipient, german))
    elif known.titles and not titles and names and (formal or addressed_by_surname):
        start, end, _ = names[0]
        findings.append(_missing_title(start, end, recipient, german))
    elif german and known.titles and not titles and names and polite_form_spans(text):
        start, end, _ = names[0]  # "Hallo Ute, … Ihre Arbeit": a first name merged into Sie
        findings.append(_first_name_with_sie(start, end, recipient))
    return findings


def _first_greeting(text: str) -> re.Match[str] | None:
    """The greeting must be the first non-empty line; later lines are body or signature."""
    stripped = text.lstrip()
    first_line_start = len(text) - len(stripped)
    match = _GREETING_LINE.match(text, first_line_start)
    if match is None:
        return None
    greet = match.group("greet").lower()
    rest = (match.group("rest") or "").strip().lower()
    if greet.startswith("liebe") and rest.startswith(("grü", "gruß")):
        return None
    return match


def _greeted_gender(
    match: re.Match[str], tokens: list[tuple[int, int, str]]
) -> tuple[str, tuple[int, int]]:
    for start, end, word in tokens:
        if fold_name(word) in FEMALE_WORDS:
            return "f", (start, end)
        if fold_name(word) in MALE_WORDS:
            return "m", (start, end)
    greet = match.group("greet").lower()
    if greet.startswith(("sehr", "liebe")) and tokens:
        masculine = match.group("formal_m") or match.group("dear_m")
        if fold_name(tokens[0][2]) in _NOT_NAMES:
            return "", (0, 0)
        return ("m" if masculine else "f"), match.span("greet")
    return "", (0, 0)


def _first_name_gender_slip(
    text: str, match: re.Match[str], tokens: list[tuple[int, int, str]], ctx: RuleContext
) -> list[Finding]:
    """Without a salutation: Herr/Frau/Mr/Ms or the ending of "Sehr geehrte(r)"/"Liebe(r)"
    against the gender of the recipient's first name."""
    recipient = ctx.recipient
    gender = first_name_gender(recipient.name, ctx.first_names)
    if not gender or _SEVERAL_PEOPLE.search(match.group("rest") or ""):
        return []
    titled = {
        "f" if fold_name(word) in FEMALE_WORDS else "m": (start, end)
        for start, end, word in reversed(tokens)
        if fold_name(word) in FEMALE_WORDS | MALE_WORDS
    }
    span: tuple[int, int] | None = None
    if len(titled) == 1 and gender not in titled:
        span = next(iter(titled.values()))
    elif _ending_gender(match, tokens) not in ("", gender):
        span = match.span("greet")
    if span is None:
        return []
    german, first, cue = ctx.german, first_name(recipient.name), text[span[0] : span[1]]
    if german:
        kind = "ein Frauenname" if gender == "f" else "ein Männername"
        message = (
            f"„{cue}“ passt nicht zu {first} – {first} ist in aller Regel {kind}. Ein "
            "vertauschtes Geschlecht verrät eine Serienvorlage – und verärgert. (Stimmt die "
            "Anrede doch, tragen Sie sie bei der Person ein.)"
        )
    else:
        kind = "a woman’s name" if gender == "f" else "a man’s name"
        message = (
            f"“{cue}” does not fit {first}, which is almost always {kind}. A wrong gender gives "
            "away a template – and annoys. (If the greeting is right, add the salutation to the "
            "person's details.)"
        )
    suggestion = regendered(text, match, tokens, gender)
    return [
        _greeting_finding(
            span, "greeting.wrong_gender", message, recipient, german, suggestion=suggestion
        )
    ]


def _ending_gender(match: re.Match[str], tokens: list[tuple[int, int, str]]) -> str:
    """ "m" for "Sehr geehrter"/"Lieber", "f" for "Sehr geehrte"/"Liebe" before a name."""
    greet = match.group("greet").lower()
    if not greet.startswith(("sehr", "liebe")) or not tokens:
        return ""
    if fold_name(tokens[0][2]) in _NOT_NAMES:
        return ""
    return "m" if match.group("formal_m") or match.group("dear_m") else "f"


def _proper(recipient: Recipient) -> str:
    return " ".join(part for part in (recipient.salutation.strip(), recipient.name.strip()) if part)


def _greeting_finding(
    span: tuple[int, int],
    rule: str,
    message: str,
    recipient: Recipient,
    german: bool,
    severity: Severity = Severity.ERROR,
    suggestion: str = "",
) -> Finding:
    """Every greeting finding is a template error whose way out is the proper greeting."""
    return Finding(
        start=span[0],
        end=span[1],
        category=Category.TEMPLATE_ERROR,
        severity=severity,
        message=message,
        suggestions=(suggestion or proper_greeting(recipient, german),),
        rule=rule,
    )


def _wrong_gender(span: tuple[int, int], recipient: Recipient, german: bool) -> Finding:
    who = _proper(recipient)
    message = (
        f"Die Anrede passt nicht zum Geschlecht laut Ihren Notizen ({who}). Dieser Fehler "
        "verrät eine Serienvorlage – und verärgert."
        if german
        else f"The greeting does not match the person in your notes ({who}). This slip "
        "gives away a template – and annoys."
    )
    return _greeting_finding(span, "greeting.wrong_gender", message, recipient, german)


def _wrong_name(token: tuple[int, int, str], recipient: Recipient, german: bool) -> Finding:
    start, end, word = token
    message = (
        f"„{word}“ ist nicht der Name der Person, der Sie schreiben ({recipient.name}). "
        "Ein vertauschter Name ist der sicherste Beweis für eine Serienmail."
        if german
        else f"“{word}” is not the name of the person you are writing to ({recipient.name}). "
        "A swapped name is the surest proof of a mass message."
    )
    return _greeting_finding((start, end), "greeting.wrong_name", message, recipient, german)


def _wrong_title(start: int, end: int, recipient: Recipient, german: bool) -> Finding:
    message = (
        f"Dieser Titel steht nicht in Ihren Notizen ({_proper(recipient)})."
        if german
        else f"This title is not the one in your notes ({_proper(recipient)})."
    )
    return _greeting_finding((start, end), "greeting.wrong_title", message, recipient, german)


def _first_name_with_sie(start: int, end: int, recipient: Recipient) -> Finding:
    message = (
        "Vorname in der Anrede, aber „Sie“ im Text – bei einer Person mit Titel wirkt das wie "
        f"ein Serienbrief-Feld, in das der Vorname gerutscht ist (richtig: {_proper(recipient)})."
    )
    return _greeting_finding(
        (start, end), "greeting.first_name_with_sie", message, recipient, True, Severity.WARNING
    )


def _missing_title(start: int, end: int, recipient: Recipient, german: bool) -> Finding:
    message = (
        f"In der förmlichen Anrede gehört der Titel dazu ({_proper(recipient)})."
        if german
        else f"The formal greeting leaves out the title ({_proper(recipient)})."
    )
    severity = Severity.WARNING if german else Severity.INFO
    return _greeting_finding(
        (start, end), "greeting.missing_title", message, recipient, german, severity
    )


_GREETING = (
    r"(?:hallo|hi|hey|liebe[rs]?|hello|dear|guten\s+(?:tag|morgen|abend)|moin|servus|grüß\s+gott)"
)
_TITLE_AS_NAME_RE = re.compile(
    rf"(?im)^[ \t]*{_GREETING}[ \t]+"
    r"(doktor|dr\.?|professor|prof\.?|herr|frau|mr\.?|mrs\.?|ms\.?|sir|madam)"
    r"(?!\.?[ \t]*[^\W\d_])"  # no name follows: "Hallo Doktor," but not "Hallo Doktor Weber"
)
_GENERIC_SALUTATION_RE = re.compile(
    r"(?i)sehr\s+geehrte\s+damen\s+und\s+herren|dear\s+sir\s+or\s+madam|dear\s+sir/madam|"
    r"to\s+whom\s+it\s+may\s+concern|liebe\s+damen\s+und\s+herren|dear\s+hiring\s+manager"
)


def title_and_anonymous_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """A title or bare salutation used as the name, and anonymous greetings to a known person."""
    text, recipient, german = draft.text, ctx.recipient, ctx.german
    findings: list[Finding] = []
    for match in _TITLE_AS_NAME_RE.finditer(text):
        title = match.group(1)
        findings.append(
            Finding(
                start=match.start(1),
                end=match.end(1),
                category=Category.TEMPLATE_ERROR,
                severity=Severity.ERROR,
                message=(
                    f"„{title}“ steht hier anstelle eines Namens – ein typischer Fehler von "
                    "Serienbrief-Tools, der die Massennachricht verrät."
                    if german
                    else f"“{title}” stands where a name belongs – a typical mail-merge slip that "
                    "gives the template away."
                ),
                suggestions=(proper_greeting(recipient, german),),
                rule="greeting.title_as_name",
            )
        )
    if recipient.name.strip():
        for match in _GENERIC_SALUTATION_RE.finditer(text):
            findings.append(
                Finding(
                    start=match.start(),
                    end=match.end(),
                    category=Category.TEMPLATE_ERROR,
                    severity=Severity.WARNING,
                    message=(
                        "Sie kennen den Namen – eine anonyme Anrede wirkt wie ein Rundschreiben."
                        if german
                        else "You know the name – an anonymous greeting reads like a circular."
                    ),
                    suggestions=(proper_greeting(recipient, german),),
                    rule="greeting.anonymous_known_name",
                )
            )
    return findings


def proper_greeting(recipient: Recipient, german: bool) -> str:
    """The greeting to suggest for this recipient, from the salutation and name the user gave."""
    salutation = recipient.salutation.strip()
    name = recipient.name.strip()
    last_name = name.split()[-1] if name else ""
    if german:
        if salutation.lower().startswith("frau"):
            return f"Sehr geehrte {salutation} {last_name}".strip()
        if salutation.lower().startswith("herr"):
            return f"Sehr geehrter {salutation} {last_name}".strip()
        return f"Hallo {name}" if name else "Die Anrede mit dem richtigen Namen schreiben"
    if name:
        return f"Dear {salutation} {last_name}".replace("  ", " ") if salutation else f"Hi {name}"
    return "Write the greeting with the person's real name"
