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
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Recipient, Severity
from outreach_coach.core.rules.address_form import polite_form_spans
from outreach_coach.core.rules.greeting_line import (
    NOT_NAMES,
    SEVERAL_PEOPLE,
    TITLED,
    Known,
    Line,
    known_of,
    read_line,
)
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


def greeting_line_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Wrong name, wrong gender and a missing or wrong title in the greeting line: each check
    below is one function in ``_CHECKS``."""
    recipient = ctx.recipient
    line = read_line(draft.text)
    if line is None or not (recipient.name.strip() or recipient.salutation.strip()):
        return []
    known = known_of(recipient)
    return [finding for check in _CHECKS for finding in check(line, known, ctx)]


def _check_gender(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
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
    return [greeting_finding(span, "greeting.wrong_gender", message, ctx)]


def _check_name(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
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
    return [greeting_finding((start, end), "greeting.wrong_name", message, ctx)]


def _check_first_name_gender(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
    """Without a salutation: Herr/Frau/Mr/Ms or the ending of "Sehr geehrte(r)"/"Liebe(r)"
    against the gender of the recipient's first name (unless the name itself is wrong)."""
    if known.gender or _greets_someone_else(line, known, ctx):
        return []
    recipient = ctx.recipient
    gender = first_name_gender(recipient.name, ctx.first_names)
    if not gender or SEVERAL_PEOPLE.search(line.match.group("rest") or ""):
        return []
    span = _slip_span(line, gender)
    if span is None:
        return []
    cue = line.text[span[0] : span[1]]
    message = _slip_message(cue, first_name(recipient.name), gender, ctx.german)
    suggestion = regendered(line.text, line.match, line.tokens, gender)
    return [greeting_finding(span, "greeting.wrong_gender", message, ctx, suggestion=suggestion)]


def _check_wrong_title(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
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
    return [greeting_finding((start, end), "greeting.wrong_title", message, ctx)]


def _check_missing_title(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
    """A formal German greeting, or one by surname, without the doctor's or professor's title;
    in English "Dear Ms Raman" to Dr Priya Raman (the title field swapped for Ms/Mr).

    Not "Dear Priya" in English, nor the warm "Liebe Frau Weber": the corpus writers marked
    neither (docs/ANNOTATION.md), and marked all 37 English Mr/Ms/Mrs to a doctor or professor
    in 144 families."""
    if not (_title_left_out(line, known) and (line.formal or line.by_surname)):
        return []
    if ctx.german:
        if line.greet.startswith("lieb"):
            return []
        start, end, _ = line.names[0]
        message = f"In der förmlichen Anrede gehört der Titel dazu ({_proper(ctx.recipient)})."
    else:
        salutations = [t for t in line.tokens if fold_name(t[2]) in TITLED]
        if not salutations:
            return []
        start, end = salutations[0][0], line.names[0][1]
        message = (
            f"The greeting swaps the title for Mr/Ms ({_proper(ctx.recipient)}): a mail-merge "
            "field that did not know it – and a slight to the reader."
        )
    return [
        greeting_finding((start, end), "greeting.missing_title", message, ctx, Severity.WARNING)
    ]


def _check_first_name_as_surname(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
    """ "Dear Mr Derek", "Herr Dr. Konstantin": the first name in the surname's field."""
    first, surname = first_name(ctx.recipient.name), _surname(ctx.recipient.name)
    if not (first and surname) or fold_name(first) == fold_name(surname):
        return []
    tokens = line.tokens
    plain = [i for i, (_, _, w) in enumerate(tokens) if fold_name(w) not in _SALUTATION_WORDS]
    if not plain or plain[0] == 0 or fold_name(tokens[plain[0]][2]) != fold_name(first):
        return []
    after = tokens[plain[0] + 1][2] if plain[0] + 1 < len(tokens) else ""
    if after and fold_name(after) == fold_name(surname):
        return []
    message = (
        f"Anrede mit dem Vornamen statt dem Nachnamen ({_proper(ctx.recipient)}) – ein "
        "vertauschtes Serienbrief-Feld."
        if ctx.german
        else f"A title with the first name instead of the surname ({_proper(ctx.recipient)}) – "
        "a swapped mail-merge field."
    )
    span = (tokens[0][0], tokens[plain[0]][1])
    return [greeting_finding(span, "greeting.first_name_as_surname", message, ctx)]


def _check_profile_in_greeting(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
    """ "Hi Olivia Hartigan Interiors", "Dear Chloe Ashworth, Production Manager", "Hallo
    Sabine Kötter Frau Dr.": the company, the job title or the salutation merged into the
    name field. A greeting to a team ("Hallo Team Stadtwerke") is no slip."""
    start = line.match.start("rest") if line.match.group("rest") else -1
    if start < 0 or not known.names:
        return []
    end = line.text.find("\n", start)
    segment = line.text[start : end if end >= 0 else len(line.text)]
    if segment.rstrip()[-1:] in (".", "?", "!") or _SEVERAL_NAMES.search(segment):
        return []
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in NAME_TOKEN.finditer(segment)]
    folded = [fold_name(word) for _, _, word in tokens]
    if len(tokens) > _GREETING_WORDS or any(w in NOT_NAMES or w in _SENTENCE_WORDS for w in folded):
        return []
    named = [i for i, word in enumerate(folded) if word in known.names]
    if not named:
        return []
    profile = _profile_words(ctx.recipient) - known.names
    merged = [
        i
        for i in range(named[-1] + 1, len(tokens))
        if (folded[i] in profile and tokens[i][2][:1].isupper())
        or folded[i] in _SALUTATION_WORDS | {"sir", "madam"}
    ]
    if not merged:
        return []
    message = (
        "Firma, Rolle oder Anrede stehen mit im Namensfeld – die Vorlage hat das falsche Feld "
        "eingesetzt."
        if ctx.german
        else "The company, job title or salutation sits in the name field – the template "
        "merged the wrong field."
    )
    span = (tokens[named[0]][0], tokens[merged[-1]][1])
    return [greeting_finding(span, "greeting.profile_in_name", message, ctx)]


def _check_first_name_with_sie(line: Line, known: Known, ctx: RuleContext) -> list[Finding]:
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
    return [
        greeting_finding(
            (start, end), "greeting.first_name_with_sie", message, ctx, Severity.WARNING
        )
    ]


_CHECKS = (
    _check_gender,
    _check_name,
    _check_first_name_gender,
    _check_wrong_title,
    _check_missing_title,
    _check_first_name_with_sie,
    _check_first_name_as_surname,
    _check_profile_in_greeting,
)
_SALUTATION_WORDS = TITLED | frozenset(TITLE_WORDS)
# "and"/"und" only: "&" and "/" belong to job titles ("VP People & Workplace")
_SEVERAL_NAMES = re.compile(r"(?i)\b(?:und|and)\b")
_GREETING_WORDS = 9  # a longer first line is a sentence, not a greeting
# a sentence after the name, not a merged field: "Hi Luis Ortega, thanks for …"
_SENTENCE_WORDS = frozenset(
    {"i", "you", "we", "your", "thanks", "thank", "hope", "ich", "wir", "sie", "du", "danke"}
    | {"hallo", "hi", "hey", "hello", "dear", "liebe", "lieber", "moin"}
    | {"hoffe", "ihr", "dein", "ihre", "deine", "congrats", "great", "schon", "toll"}
)


def _surname(name: str) -> str:
    """The family name: before the comma in "Zimmermann, Julia", else the last word."""
    words = [
        w
        for w in NAME_TOKEN.findall(name.split(",", 1)[0])
        if fold_name(w) not in TITLE_WORDS and fold_name(w) not in TITLED
    ]
    return words[-1] if words else ""


def _profile_words(recipient: Recipient) -> frozenset[str]:
    """Folded words of the company and the notes (a job title lives there), three letters up."""
    return frozenset(
        fold_name(word)
        for word in NAME_TOKEN.findall(f"{recipient.company}\n{recipient.notes}")
        if len(word) >= 3
    )


def _greets_someone_else(line: Line, known: Known, ctx: RuleContext) -> bool:
    """A name, and none of the names is the recipient's or short for it ("Dan": Daniel)."""
    if not (line.names and known.names) or fold_name(line.names[0][2]) in NOT_NAMES:
        return False
    first = first_name(ctx.recipient.name)
    parts = [part for _, _, word in line.names for part in fold_name(word).split("-")]
    return not any(p in known.names or short_form_of(p, first, ctx.first_names) for p in parts)


def _title_left_out(line: Line, known: Known) -> bool:
    return bool(known.titles and not line.titles and line.names)


def _greeted_gender(line: Line) -> tuple[str, tuple[int, int]]:
    """The gender the greeting addresses, and where it says so."""
    for start, end, word in line.tokens:
        if fold_name(word) in FEMALE_WORDS:
            return "f", (start, end)
        if fold_name(word) in MALE_WORDS:
            return "m", (start, end)
    ending = _ending_gender(line)
    return (ending, line.match.span("greet")) if ending else ("", (0, 0))


def _ending_gender(line: Line) -> str:
    """ "m" for "Sehr geehrter"/"Lieber", "f" for "Sehr geehrte"/"Liebe" before a name."""
    if not line.greet.startswith(("sehr", "liebe")) or not line.tokens:
        return ""
    if fold_name(line.tokens[0][2]) in NOT_NAMES:
        return ""
    return "m" if line.match.group("formal_m") or line.match.group("dear_m") else "f"


def _slip_span(line: Line, gender: str) -> tuple[int, int] | None:
    """The one Herr/Frau/Mr/Ms of the other gender, else a greeting ending of the other one."""
    titled = {
        "f" if fold_name(word) in FEMALE_WORDS else "m": (start, end)
        for start, end, word in reversed(line.tokens)
        if fold_name(word) in TITLED
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


def greeting_finding(
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
