"""Template-fill errors: leftover placeholders and greetings a mail-merge got wrong."""

from __future__ import annotations

import re

from outreach_coach.core.model import Category, Finding, Recipient, Severity
from outreach_coach.core.rules.spans import SpanClaims

# Words that only ever appear inside a placeholder, never inside a real bracketed aside.
_PLACEHOLDER_WORDS = (
    r"(?:first|last|full|company|contact|recipient|user)?[ _-]?(?:name|vorname|nachname|firma|"
    r"company|unternehmen|firstname|lastname|position|rolle|role|titel|title|anrede|salutation|"
    r"city|stadt|ort|branche|industry|product|produkt|datum|date|link|url|e-?mail|job|website)"
    r"(?:[ _-]?\d)?"
)
_PLACEHOLDER_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\{\{\s*[^{}\n]{1,40}?\s*\}\}"), "double_braces"),
    (re.compile(r"(?<!\{)\{\s*[^\W\d][\w .-]{0,30}\}(?!\})"), "braces"),
    (
        re.compile(
            r"\[\s*(?:[A-ZÄÖÜ][A-ZÄÖÜ_ -]{1,30}|(?i:" + _PLACEHOLDER_WORDS + r"))\s*\](?!\()"
        ),
        "brackets",
    ),
    (re.compile(r"<\s*" + _PLACEHOLDER_WORDS + r"\s*>", re.IGNORECASE), "angle_brackets"),
    (re.compile(r"<\s*[A-ZÄÖÜ][A-ZÄÖÜ_]{2,30}\s*>"), "angle_brackets"),
    (re.compile(r"%[A-Za-z][A-Za-z_]{1,30}%"), "percent"),
    (re.compile(r"(?<![\w$])\$\{?[A-Za-z_][A-Za-z_]{1,30}\}?(?![\w(])"), "dollar"),
    (re.compile(r"_{3,}"), "blank"),
)

_MESSAGES = {
    "de": (
        (
            "Platzhalter nicht ausgefüllt: „{text}“. So sieht jeder sofort, "
            "dass die Nachricht eine "
            "Serienvorlage ist."
        ),
        (
            "Durch das Richtige ersetzen – oder den Satz so umschreiben, "
            "dass er nur zu dieser Person passt."
        ),
    ),
    "en": (
        (
            "Unfilled placeholder: “{text}”. It tells the reader at once that this is a mail-merge "
            "template."
        ),
        "Replace it with the real detail, or rewrite the sentence so it only fits this person.",
    ),
}


def placeholder_findings(text: str, language: str) -> list[Finding]:
    """Leftover placeholders in every common mail-merge syntax."""
    message, suggestion = _MESSAGES.get(language, _MESSAGES["en"])
    claims = SpanClaims()
    findings: list[Finding] = []
    for regex, kind in _PLACEHOLDER_RES:
        for match in regex.finditer(text):
            start, end = match.span()
            if not claims.claim(start, end):
                continue
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    category=Category.TEMPLATE_ERROR,
                    severity=Severity.ERROR,
                    message=message.format(text=match.group()),
                    suggestions=(suggestion,),
                    rule=f"placeholder.{kind}",
                )
            )
    return findings


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


def greeting_findings(text: str, recipient: Recipient, language: str) -> list[Finding]:
    """A title or bare salutation used as the name, and anonymous greetings to a known person."""
    german = language == "de"
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
