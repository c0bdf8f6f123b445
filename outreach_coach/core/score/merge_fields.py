"""What a mail merge can fill in: name, company, job title – so they prove nothing personal.

Mass-mail tools insert the first name, the company and the headline's job title into one
template ("Als {Titel} bei {Firma} kennen Sie sicher …"). Before comparing a draft with the
notes, these words are masked on both sides; what remains must carry the personal part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.text.split import lines_and_sentences, words

if TYPE_CHECKING:
    from outreach_coach.core.model import Recipient
    from outreach_coach.core.text.split import Span

_STOPWORD_TEXT = """
    der die das den dem des ein eine einen einem einer eines und oder aber auch als am an auf aus
    bei bin bis da dass dein deine du er es für hat hatte haben ich ihr ihre im in ist ja kann mit
    nach nicht noch nur ob schon sehr sein seine sich sie sind so über um uns unter viel vom von
    vor war was weil wenn werden wie wir wird zu zum zur zwischen hier dort gerne sowie seit ihnen
    ihren ihrem ihrer dich dir mich mir mein meine unser unsere euch euer eure gerade jetzt immer
    wieder mehr einmal mal ganz diese dieser dieses diesem diesen jede jeder jedes man
    the a an and or but also as at by for from has had have he her his i in is it its of on our
    she that their them they this to was were with you your we about into over very just my me
    be been are will would can could should do does did not no so if than then there these those
    which who what when how all any some more most other such only own same too us him
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Beyond this length a stem is the word's head; German compounds keep their distinctive start.
_STEM_LENGTH = 6
# Job titles and roles (German compounds included: "IT-Leiterin", "Eventmanager").
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:\w*(?:leiter|manager|führer|gründer|inhaber|entwickler|berater|referent|"
    r"designer|architekt|ärztin|arzt|anwältin|anwalt|meister|trainer|coach|planer|ingenieur|"
    r"techniker|direktor|vorstand|vorsitzend|sprecher|redakteur|lehrer|professor|recruiter|"
    r"einkäufer|verkäufer|analyst|engineer|developer|officer|founder|owner|consultant|"
    r"scientist|specialist|spezialist|assistent|assistant|administrator|koordinator|"
    r"coordinator|executive|partner|president|director|lawyer|attorney|physician|ologist|"
    r"dentist|teacher|buyer|broker|advisor|adviser)\w*|"
    r"head|chief|lead|ceo|cto|cfo|coo|cmo|cio|vp|owns|runs|senior|junior|freelance\w*|"
    r"freiberuf\w*|selbstständig\w*|selbständig\w*|independent|werkstudent\w*|student\w*)\b"
)
# Where a job title ends and the employer or place begins: "Leiterin X | bei Firma".
_TITLE_END = re.compile(
    r"(?i)[,;:(|–]|\s(?:bei|at|@|der|des|von|vom|für|for|in|im|am|an|with|mit|and|und)\s"
)
MAX_HEADLINE_WORDS = 14
# The first line of notes is the headline when it opens with a person noun: "Apothekerin, …",
# "Penetration Tester mit …", "Realtor in …", "Pharmacist, runs …".
_AGENT_NOUN = re.compile(
    r"(?:er|erin|or|orin|ist|istin|ent|entin|eur|eurin|ant|antin|ologe|ologin|ian|man|mann|"
    r"frau|chair|pilot|chef|head)$",
    re.IGNORECASE,
)
_NOT_AGENT_TEXT = """vorher später früher nachher bisher daher sicher immer wieder aber oder über
    unter hinter weiter ever never after other over under former rather together whether either
    neither later earlier better bigger larger faster newer older another"""
_NOT_AGENTS = frozenset(_NOT_AGENT_TEXT.split())
_VERB_TEXT = """sucht suchen braucht schult trainiert betreut berät vermittelt coacht führt leitet
    stellt hat ist war bildet unterstützt hires hiring seeks seeking needs trains coaches mentors
    advises recruits places manages leads has is was looking searching supports"""
_VERBS_BEFORE_ROLES = frozenset(_VERB_TEXT.split())
# Legal forms are optional when the company is written in a draft ("Logistik Nord" for
# "Logistik Nord AG").
_LEGAL_FORM_WORDS = (
    r"(?:gmbh|ag|se|kg|ohg|ug|e\.\s?v\.|ev|mbh|inc\.?|llc|pllc|ltd\.?|plc|corp\.?|co\.?|"
    r"&\s?co\.?(?:\s?kg)?|partg|gbr)"
)
_LEGAL_FORM = re.compile(r"(?i)(?:,?\s*" + _LEGAL_FORM_WORDS + r")+\.?\s*$")


_POSSESSIVE = re.compile(r"['’]s$")


def stem(word: str) -> str:
    lowered = _POSSESSIVE.sub("", word.casefold())
    return lowered[:_STEM_LENGTH] if len(lowered) > _STEM_LENGTH else lowered


def pieces(word: str) -> list[str]:
    """The word and, for a compound with hyphens ("AS/400-System", "Logistik-Kongress"), its
    parts: a draft that names one part refers to the same thing."""
    parts = word.split("-")
    return [word, *(part for part in parts if part)] if len(parts) > 1 else [word]


def is_content(word: str) -> bool:
    lowered = word.casefold()
    return lowered not in STOPWORDS and (len(lowered) >= 3 or lowered.isdigit())


def content_stems(text: str) -> list[str]:
    """The stems a reader would call the words of ``text`` (and of the parts of hyphenated
    compounds): no stopwords, no fragments."""
    return [stem(piece) for span in words(text) for piece in pieces(span.text) if is_content(piece)]


def _phrase_pattern(phrase: str, legal_form: bool = False) -> re.Pattern[str] | None:
    """The phrase's words in order, any punctuation between them ("IT-Leiter", "IT Leiter");
    for a company, any legal form after it."""
    parts = [re.escape(span.text) for span in words(_LEGAL_FORM.sub("", phrase.strip()))]
    if not parts:
        return None
    tail = r"(?:,?\s*" + _LEGAL_FORM_WORDS + r")*" if legal_form else ""
    return re.compile(r"(?i)(?<!\w)" + r"\W{1,3}".join(parts) + tail + r"(?!\w)")


@dataclass(frozen=True, slots=True)
class MergeFields:
    """The recipient's merge fields: single words (name) and phrases (company, job title)."""

    stems: frozenset[str] = frozenset()
    company: re.Pattern[str] | None = None
    titles: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, recipient: Recipient) -> MergeFields:
        """Name words; the company as a phrase (its words alone only when the notes never use
        them on their own – "Wolfe Windows" vs "makes wooden windows"); the headline's job
        title as a phrase ("Head of Data Platform", but "data" alone stays content)."""
        names = {stem(span.text) for span in words(recipient.name) if len(span.text) > 1}
        company_name = recipient.company.strip() or _employer_in_headline(recipient.notes)
        company = _phrase_pattern(company_name, legal_form=True)
        single = {stem(span.text) for span in words(company_name) if len(span.text) > 1}
        if company is not None:
            single -= set(content_stems(company.sub(" ", recipient.notes)))
        basic = cls(frozenset(names | single), company)
        titles = [
            _phrase_pattern(_title(span.text))
            for index, span in enumerate(lines_and_sentences(recipient.notes))
            if basic.is_headline(span.text, first=index == 0)
        ]
        return cls(basic.stems, company, tuple(t for t in titles if t is not None))

    def mask(self, text: str) -> str:
        """``text`` without the merge-field words, so only the rest is compared."""
        for phrase in (self.company, *self.titles):
            if phrase is not None:
                text = phrase.sub(" ", text)
        if not self.stems:
            return text
        pieces: list[str] = []
        position = 0
        for span in words(text):
            if stem(span.text) in self.stems:
                pieces.append(text[position : span.start])
                position = span.end
        pieces.append(text[position:])
        return " ".join("".join(pieces).split())

    def is_headline(self, text: str, first: bool = False) -> bool:
        """Job title (at the company): what a profile shows first and a merge fills in."""
        spans = words(text)
        if not spans or len(spans) > MAX_HEADLINE_WORDS:
            return False
        if self.company is not None and self.company.search(text):
            return True  # the company's line
        if _opens_with_role(spans):
            return first or _TITLE_END.search(text) is not None
        return first and len(spans) <= MAX_HEADLINE_WORDS - 4 and _opens_with_agent_noun(spans)


@lru_cache(maxsize=16)
def merge_fields_of(recipient: Recipient) -> MergeFields:
    """``MergeFields.of``, kept per recipient: the same for every keystroke."""
    return MergeFields.of(recipient)


def _opens_with_role(spans: list[Span]) -> bool:
    """A role word first ("IT-Leiter", "Head of …") or second after a modifier ("Art Director",
    "Engineering Managerin") – but not after a verb ("Sucht Entwickler", "Hires engineers")."""
    if _ROLE_WORDS.search(spans[0].text):
        return True
    return (
        len(spans) > 1
        and spans[0].text.casefold() not in _VERBS_BEFORE_ROLES
        and _ROLE_WORDS.search(spans[1].text) is not None
    )


def _opens_with_agent_noun(spans: list[Span]) -> bool:
    content = [s.text for s in spans if s.text.casefold() not in STOPWORDS][:2]
    return any(
        _AGENT_NOUN.search(word) is not None and word.casefold() not in _NOT_AGENTS
        for word in content
    )


# "Leiterin Datenplattform bei den Stadtwerke Bochum in Bremen": the employer after bei/at/@.
_EMPLOYER = re.compile(
    r"(?:\bbei|\bat|@)\s+(?:(?:den|der|dem|the)\s+)?"
    r"(?P<name>[A-ZÄÖÜ0-9][\w&.'-]*(?:\s+(?:&\s+)?[A-ZÄÖÜ0-9][\w&.'-]*){0,4})"
)


def _employer_in_headline(notes: str) -> str:
    """The company named in the first line of the notes, when the form leaves it empty."""
    facts = lines_and_sentences(notes)
    if not facts or not MergeFields().is_headline(facts[0].text, first=True):
        return ""
    found = _EMPLOYER.search(facts[0].text)
    return found.group("name") if found else ""


def _title(text: str) -> str:
    """The job title that opens a headline ("Leiterin Datenplattform" in "Leiterin
    Datenplattform bei X")."""
    end = _TITLE_END.search(text)
    return text[: end.start()] if end else text
