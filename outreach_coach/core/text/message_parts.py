"""Greeting, body and signature: only the body can make a message personal.

"Hallo Frau Berger," and "Viele Grüße, Ihr Team von X" say nothing about the recipient
(the greeting checks look at them separately), so the score never counts them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.text.split import words

if TYPE_CHECKING:
    from outreach_coach.core.text.split import Span

# Sentences with fewer words are frame too: a name, "Danke!", "Bis bald".
MIN_BODY_WORDS = 4
MAX_GREETING_WORDS = 7
# The words a greeting line opens with, German and English (the greeting checks share them).
GREETING_WORDS = (
    r"(?:hallo|hi|hey|liebe[rs]?|sehr\s+geehrte[rs]?|guten\s+(?:tag|morgen|abend)|"
    r"moin|servus|grüß\s+gott|grüezi|dear|hello|good\s+(?:morning|afternoon|evening)|"
    r"greetings)"
)
_GREETING = re.compile(rf"(?i)^{GREETING_WORDS}\b")
_CLOSING = re.compile(
    r"(?i)^(?:(?:viele|beste|besten|liebe|lieben|herzliche|herzlichen|freundliche|"
    r"freundlichen|schöne|sonnige|mit\s+\w+)\s+)*"
    r"(?:grüße|grüßen|gruß|grüsse|grüssen|gruss|servus|ciao|tschüss|cheers|thanks|"
    r"thank\s+you|warmly|sincerely|(?:(?:best|kind|warm|warmest)\s+)?regards|"
    r"best(?:\s+wishes)?|all\s+the\s+best|yours(?:\s+\w+)?|talk\s+soon|bis\s+bald)\W*$"
)


def frame_flags(spans: list[Span]) -> list[bool]:
    """For each sentence: is it greeting, signature or too short to say anything?"""
    flags = [len(words(span.text)) < MIN_BODY_WORDS for span in spans]
    if spans:
        first = spans[0].text.strip()
        if _GREETING.match(first) and len(words(first)) <= MAX_GREETING_WORDS:
            flags[0] = True
    for index, span in enumerate(spans[1:], start=1):
        if _CLOSING.match(span.text.strip()):
            flags[index:] = [True] * (len(spans) - index)
            break
    return flags


# A sentence that starts with the sender's product or service ("Unsere Software verbessert Ihre
# Datenqualität", "We help teams like yours …") talks about the sender, however well its topic
# fits the recipient: a mail merge can aim the same pitch at everyone with that topic.
_SENDER_PITCH = re.compile(
    r"(?:und\s+|aber\s+|and\s+|but\s+)?"
    r"(?:unser(?:e|er|en|em)?\s+(?:Software|Lösung|Plattform|Tool|Produkt|Agentur|Service|"
    r"Angebot|App|Methode|System|Programm|Beratung)\b"
    r"|wir\s+(?:helfen|bieten|unterstützen|liefern|verkaufen)\b"
    r"|our\s+(?:software|solution|platform|tool|product|agency|service|offer|app|method|"
    r"system|program|programme|consultancy)\b"
    r"|we\s+(?:help|offer|provide|deliver|sell)\b)",
    re.IGNORECASE,
)


def pitches_sender(sentence: str) -> bool:
    """Does the sentence open with the sender's own product, service or help?"""
    return _SENDER_PITCH.match(sentence.strip()) is not None
