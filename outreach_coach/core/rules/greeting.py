"""The greeting, checked against what the user knows about the recipient.

Mail-merge slips show in the first line: the wrong first name, "Sehr geehrter Herr" to a woman,
a dropped doctor's title (a wrong company is ``company.py``'s). Only the greeting line is read
for names ("Liebe Grüße" never fires); it is read once (``_Line``), each check is in ``_CHECKS``.

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
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.name_gender import (
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_TOKEN,
    TITLE_WORDS,
    first_name,
    first_name_gender,
    fold_name,
    regendered,
    short_form_of,
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
# a group or a sign-off, not a person: "Hallo zusammen", "Hi all", "Dear Sir or Madam"
_NOT_NAMES = frozenset(
    {"zusammen", "team", "alle", "allerseits", "leute", "kollegen", "kolleginnen", "freunde"}
    | {"there", "all", "everyone", "everybody", "folks", "friend", "friends", "colleagues", "guys"}
    | {"damen", "herren", "sir", "madam", "und", "and", "or", "oder", "grüße", "grüsse", "gruß"}
)
_SEVERAL_PEOPLE = re.compile(r"(?i)\b(?:und|and)\b|&|/")
_TITLED = FEMALE_WORDS | MALE_WORDS  # Frau, Herr, Ms, Mr …: a surname follows
_Token = tuple[int, int, str]  # start, end, word


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
        if part and part not in TITLE_WORDS and part not in _TITLED
    )
    return _Known(gender, titles, names)


@dataclass(frozen=True, slots=True)
class _Line:
    """The greeting line, read once for every check: the greeting word, the first four words
    after it, the titles among them (canonical) and the words that look like names."""

    text: str  # the whole draft
    match: re.Match[str]
    tokens: list[_Token]
    titles: list[_Token]
    names: list[_Token]

    @property
    def greet(self) -> str:
        return self.match.group("greet").lower()

    @property
    def formal(self) -> bool:
        """ "Sehr geehrte(r)" or "Dear": the title belongs in the greeting."""
        return "geehrt" in self.greet or self.greet == "dear"

    @property
    def by_surname(self) -> bool:
        """Herr/Frau/Mr/Ms among the words: the surname follows, and so does the title."""
        return any(fold_name(word) in _TITLED for _, _, word in self.tokens)


def _read_line(text: str) -> _Line | None:
    """The greeting must be the first non-empty line; later lines are body or signature."""
    match = _GREETING_LINE.match(text, len(text) - len(text.lstrip()))
    if match is None:
        return None
    rest = match.group("rest") or ""
    if match.group("greet").lower().startswith("liebe") and rest.strip().lower().startswith(
        ("grü", "gruß")
    ):
        return None  # "Liebe Grüße" is a sign-off
    offset = match.start("rest") if rest else match.end()
    tokens = [(t.start() + offset, t.end() + offset, t.group()) for t in NAME_TOKEN.finditer(rest)]
    tokens = tokens[:4]
    titles = [
        (s, e, TITLE_WORDS[fold_name(w)]) for s, e, w in tokens if fold_name(w) in TITLE_WORDS
    ]
    names = [
        (s, e, w)
        for s, e, w in tokens
        if fold_name(w) not in TITLE_WORDS and fold_name(w) not in _TITLED and w[0].isupper()
    ]
    return _Line(text, match, tokens, titles, names)


def greeting_line_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Wrong name, wrong gender and a missing or wrong title in the greeting line: each check
    below is one function in ``_CHECKS``."""
    recipient = ctx.recipient
    line = _read_line(draft.text)
    if line is None or not (recipient.name.strip() or recipient.salutation.strip()):
        return []
    known = _known(recipient)
    return [finding for check in _CHECKS for finding in check(line, known, ctx)]


def _check_gender(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """Herr/Frau or the ending of "Sehr geehrte(r)"/"Liebe(r)" against the known gender."""
    greeted, span = _greeted_gender(line)
    if not (known.gender and greeted and greeted != known.gender):
        return []
    who = _proper(ctx.recipient)
    message = (
        f"Die Anrede passt nicht zum Geschlecht laut Ihren Notizen ({who}). Dieser Fehler "
        "verrät eine Serienvorlage – und verärgert."
        if ctx.german
        else f"The greeting does not match the person in your notes ({who}). This slip "
        "gives away a template – and annoys."
    )
    return [_finding(span, "greeting.wrong_gender", message, ctx)]


def _check_name(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """Another person's name: the surest sign of a mass message."""
    if not _greets_someone_else(line, known, ctx):
        return []
    start, end, word = line.names[0]
    name = ctx.recipient.name
    message = (
        f"„{word}“ ist nicht der Name der Person, der Sie schreiben ({name}). "
        "Ein vertauschter Name ist der sicherste Beweis für eine Serienmail."
        if ctx.german
        else f"“{word}” is not the name of the person you are writing to ({name}). "
        "A swapped name is the surest proof of a mass message."
    )
    return [_finding((start, end), "greeting.wrong_name", message, ctx)]


def _check_first_name_gender(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """Without a salutation: Herr/Frau/Mr/Ms or the ending of "Sehr geehrte(r)"/"Liebe(r)"
    against the gender of the recipient's first name (unless the name itself is wrong)."""
    if known.gender or _greets_someone_else(line, known, ctx):
        return []
    recipient = ctx.recipient
    gender = first_name_gender(recipient.name, ctx.first_names)
    if not gender or _SEVERAL_PEOPLE.search(line.match.group("rest") or ""):
        return []
    span = _slip_span(line, gender)
    if span is None:
        return []
    cue = line.text[span[0] : span[1]]
    message = _slip_message(cue, first_name(recipient.name), gender, ctx.german)
    suggestion = regendered(line.text, line.match, line.tokens, gender)
    return [_finding(span, "greeting.wrong_gender", message, ctx, suggestion=suggestion)]


def _check_wrong_title(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """A title the recipient does not have (Prof. to a Dr.)."""
    if not (known.titles and line.titles) or {t for _, _, t in line.titles} <= known.titles:
        return []
    start, end, _ = line.titles[0]
    who = _proper(ctx.recipient)
    message = (
        f"Dieser Titel steht nicht in Ihren Notizen ({who})."
        if ctx.german
        else f"This title is not the one in your notes ({who})."
    )
    return [_finding((start, end), "greeting.wrong_title", message, ctx)]


def _check_missing_title(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """A German formal greeting or one by surname without the doctor's or professor's title.

    Not in English ("Dear Julia", "Dear Mr Weber" to a doctor is ordinary), nor in the warm
    "Liebe Frau Weber": the corpus writers marked neither, in 12 drafts (docs/ANNOTATION.md)."""
    if not (ctx.german and _title_left_out(line, known) and (line.formal or line.by_surname)):
        return []
    if line.greet.startswith("lieb"):
        return []
    start, end, _ = line.names[0]
    message = f"In der förmlichen Anrede gehört der Titel dazu ({_proper(ctx.recipient)})."
    return [_finding((start, end), "greeting.missing_title", message, ctx, Severity.WARNING)]


def _check_first_name_with_sie(line: _Line, known: _Known, ctx: RuleContext) -> list[Finding]:
    """ "Hallo Ute, … Ihre Arbeit": a first name merged into a Sie letter to a titled person."""
    if not (ctx.german and _title_left_out(line, known)) or line.formal or line.by_surname:
        return []
    if not polite_form_spans(line.text):
        return []
    start, end, _ = line.names[0]
    message = (
        "Vorname in der Anrede, aber „Sie“ im Text – bei einer Person mit Titel wirkt das wie "
        "ein Serienbrief-Feld, in das der Vorname gerutscht ist "
        f"(richtig: {_proper(ctx.recipient)})."
    )
    return [_finding((start, end), "greeting.first_name_with_sie", message, ctx, Severity.WARNING)]


_CHECKS = (
    _check_gender,
    _check_name,
    _check_first_name_gender,
    _check_wrong_title,
    _check_missing_title,
    _check_first_name_with_sie,
)


def _greets_someone_else(line: _Line, known: _Known, ctx: RuleContext) -> bool:
    """A name, and none of the names is the recipient's or short for it ("Dan": Daniel)."""
    if not (line.names and known.names) or fold_name(line.names[0][2]) in _NOT_NAMES:
        return False
    first = first_name(ctx.recipient.name)
    parts = [part for _, _, word in line.names for part in fold_name(word).split("-")]
    return not any(p in known.names or short_form_of(p, first, ctx.first_names) for p in parts)


def _title_left_out(line: _Line, known: _Known) -> bool:
    return bool(known.titles and not line.titles and line.names)


def _greeted_gender(line: _Line) -> tuple[str, tuple[int, int]]:
    """The gender the greeting addresses, and where it says so."""
    for start, end, word in line.tokens:
        if fold_name(word) in FEMALE_WORDS:
            return "f", (start, end)
        if fold_name(word) in MALE_WORDS:
            return "m", (start, end)
    ending = _ending_gender(line)
    return (ending, line.match.span("greet")) if ending else ("", (0, 0))


def _ending_gender(line: _Line) -> str:
    """ "m" for "Sehr geehrter"/"Lieber", "f" for "Sehr geehrte"/"Liebe" before a name."""
    if not line.greet.startswith(("sehr", "liebe")) or not line.tokens:
        return ""
    if fold_name(line.tokens[0][2]) in _NOT_NAMES:
        return ""
    return "m" if line.match.group("formal_m") or line.match.group("dear_m") else "f"


def _slip_span(line: _Line, gender: str) -> tuple[int, int] | None:
    """The one Herr/Frau/Mr/Ms of the other gender, else a greeting ending of the other one."""
    titled = {
        "f" if fold_name(word) in FEMALE_WORDS else "m": (start, end)
        for start, end, word in reversed(line.tokens)
        if fold_name(word) in _TITLED
    }
    if len(titled) == 1 and gender not in titled:
        return next(iter(titled.values()))
    if _ending_gender(line) not in ("", gender):
        return line.match.span("greet")
    return None


def _slip_message(cue: str, first: str, gender: str, german: bool) -> str:
    if german:
        kind = "ein Frauenname" if gender == "f" else "ein Männername"
        return (
            f"„{cue}“ passt nicht zu {first} – {first} ist in aller Regel {kind}. Ein "
            "vertauschtes Geschlecht verrät eine Serienvorlage – und verärgert. (Stimmt die "
            "Anrede doch, tragen Sie sie bei der Person ein.)"
        )
    kind = "a woman’s name" if gender == "f" else "a man’s name"
    return (
        f"“{cue}” does not fit {first}, which is almost always {kind}. A wrong gender gives "
        "away a template – and annoys. (If the greeting is right, add the salutation to the "
        "person's details.)"
    )


def _proper(recipient: Recipient) -> str:
    return " ".join(part for part in (recipient.salutation.strip(), recipient.name.strip()) if part)


def _finding(
    span: tuple[int, int],
    rule: str,
    message: str,
    ctx: RuleContext,
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
        suggestions=(suggestion or proper_greeting(ctx.recipient, ctx.german),),
        rule=rule,
    )


_GREETING = (
    r"(?:hallo|hi|hey|liebe[rs]?|hello|dear|guten\s+(?:tag|morgen|abend)|moin|servus|grüß\s+gott)"
)
_TITLE_AS_NAME_RE = re.compile(
    rf"(?im)^[ \t]*{_GREETING}[ \t]+"
    r"(doktor|dr\.?|professor|prof\.?|herr|frau|mr\.?|mrs\.?|ms\.?|sir|madam)"
    r"(?!\.?[ \t]*[^\W\d_])"  # no name follows: "Hallo Doktor," but not "Hallo Doktor Weber"
)
# tried only where "sehr", "dear", "to" or "liebe" stands (``AnchoredRegex``): a case-insensitive
# alternation gives ``re`` no prefix to skip ahead with (0.24 s of scanning on a megabyte)
_GENERIC_SALUTATION_RE = AnchoredRegex(
    re.compile(
        r"(?i)sehr\s+geehrte\s+damen\s+und\s+herren|dear\s+sir\s+or\s+madam|dear\s+sir/madam|"
        r"to\s+whom\s+it\s+may\s+concern|liebe\s+damen\s+und\s+herren|dear\s+hiring\s+manager"
    )
)


def title_and_anonymous_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """A title or bare salutation used as the name, and anonymous greetings to a known person."""
    return _title_as_name(draft.text, ctx) + _anonymous_greeting(draft.text, ctx)


def _title_as_name(text: str, ctx: RuleContext) -> list[Finding]:
    """ "Hallo Doktor," – a merge field that was left empty, on any line."""
    return [
        _finding(
            match.span(1),
            "greeting.title_as_name",
            f"„{match.group(1)}“ steht hier anstelle eines Namens – ein typischer Fehler von "
            "Serienbrief-Tools, der die Massennachricht verrät."
            if ctx.german
            else f"“{match.group(1)}” stands where a name belongs – a typical mail-merge slip "
            "that gives the template away.",
            ctx,
        )
        for match in _TITLE_AS_NAME_RE.finditer(text)
    ]


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
        _finding(match.span(), "greeting.anonymous_known_name", message, ctx, Severity.WARNING)
        for match in _GENERIC_SALUTATION_RE.finditer(text)
    ]


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
