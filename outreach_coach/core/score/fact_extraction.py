"""Candidate facts from pasted text: what the user read about a person, cut into short lines.

The user pastes a profile's About and Experience, a post, a talk abstract, a company page or a
podcast description (German or English); nothing is fetched. The text is split into paragraphs
(hard-wrapped lines joined), sentences and, for long sentences, clauses; boilerplate (greetings,
"Follow me", "Mehr anzeigen", hashtag lines, cookie and legal text, calls to subscribe) is
dropped; a long sentence is shortened to its most specific clause. Each candidate is scored by
how individual it is – numbers, dates, names, quoted words, events (talk, post, award), a change
("since March", "joining") or a problem they named, plus the individual probability of the
segment/individual model in ``fact_kind`` – and labelled ``individual`` or ``segment`` by that
same model, exactly as the score labels a note line. Near-duplicates are dropped and the best
``limit`` candidates are returned, most individual first.

Accepted facts go into the notes under one source line ("Quelle: Beitrag, 2026-12-01"): a
trailing source on every fact would change how the model labels it (a date reads as
individual), a line of its own is labelled segment and weighs little in the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outreach_coach.core.score.fact_kind import fact_kind, individual_probability
from outreach_coach.core.text.split import WORD_RE, guess_language, sentences, words

# A paste longer than this is read only up to here (a whole web page pasted by mistake).
MAX_INPUT_CHARS = 50_000
DEFAULT_LIMIT = 10
# Candidates scoring below this are not worth a tick box.
MIN_SCORE = 0.3
# A clause or sentence longer than this many words is shortened to its specific part.
LONG_WORDS = 16
MAX_FACT_CHARS = 200

SOURCES = ("post", "profile", "talk", "company page", "podcast", "other")
_SOURCE_DE = {
    "post": "Beitrag",
    "profile": "Profil",
    "talk": "Vortrag",
    "company page": "Firmenseite",
    "podcast": "Podcast",
    "other": "Sonstiges",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed fact: the short line, where it came from, how individual it is and why."""

    text: str
    start: int  # offsets in the pasted text of the piece the line was cut from
    end: int
    kind: str  # "individual" or "segment" (core.score.fact_kind)
    score: float  # 0..1, higher = more individual
    reasons: tuple[str, ...]  # number, date, name, quote, event, change, problem

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "kind": self.kind,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "start": self.start,
            "end": self.end,
        }


_BOILERPLATE = re.compile(
    r"(?i)(?:^|\b)(?:follow\s+me|folg(?:t|en\s+sie)\s+mir|let'?s\s+connect|"
    r"(?:\.\.\.|…)?\s*see\s+more|show\s+(?:all|more)|mehr\s+anzeigen|alle\s+\d*\s*\w*\s*anzeigen|"
    r"cookie|privacy|datenschutz|impressum|\bagb\b|terms\s*(?:&|and)\s*conditions|"
    r"all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|©|"
    r"subscribe|abonnier|listen\s+on|jetzt\s+(?:anhören|reinhören|anmelden|abonnieren)|"
    r"wherever\s+you\s+get|überall,?\s+wo\s+es|sponsored\s+by|unterstützt\s+von|"
    r"gesponsert|link\s+in\s+(?:the\s+)?(?:comments?|bio)|link\s+in\s+den\s+kommentaren|"
    r"register\s+now|early\s+bird|frühbucher|tickets?\s+(?:ab|from)|anmeldung\s+über|"
    r"teilnahme\s+kostenlos|slides\s+will\s+be|level\s*:|"
    r"huge\s+thanks|thank\s+you\s+(?:to\s+)?(?:all|every)|danke\s+an\s+(?:alle|das|euch)|"
    r"vielen\s+dank\s+an|curious\s+how\s+others|fragen\s+gern|who\s+else\b|"
    r"ich\s+freue\s+mich\s+auf\s+(?:vernetzung|austausch|ihre|eure)|"
    r"rufen\s+sie\s+uns\s+an|schreiben\s+sie\s+uns|contact\s+us|kontaktieren\s+sie|"
    r"don'?t\s+forget|nicht\s+vergessen|keine\s+folge\s+(?:mehr\s+)?verpassen|"
    r"open\s+to\s+(?:work|new)|offen\s+für\s+neues|dm\s+me|schreib(?:t)?\s+mir)"
)
_GREETING = re.compile(
    r"(?i)^\W*(?:hi|hello|hey|hallo|moin|servus|grüß\s+gott|guten\s+tag|dear|liebe\w*|"
    r"welcome|willkommen)\b"
)
_HEADING = re.compile(
    r"(?i)^\W*(?:about(?:\s+us)?|info|über\s+uns|experience|berufserfahrung|erfahrung|"
    r"education|ausbildung|skills|kenntnisse|activity|aktivitäten|featured|highlights|"
    r"summary|zusammenfassung|kontakt|contact|careers|karriere|news|aktuelles)\W*$"
)
# LinkedIn's experience lines: "Full-time", "Jan 2022 - Present · 4 yrs 11 mos", "5 J. 9 Mon."
_PROFILE_META = re.compile(
    r"(?i)·|\b(?:full-time|part-time|vollzeit|teilzeit|freelance|selbstständig|present|heute|"
    r"\d+\s*(?:yrs?|mos?|j\.|mon\.))(?:\W|$)"
)
_GENERIC = re.compile(
    r"(?i)\b(?:passionate|passion|leidenschaft|teamplayer|macher|great\s+coffee|"
    r"continuous\s+improvement|synerg\w*|excited\s+to\s+share|freue\s+mich\s+riesig|"
    r"made\s+this\s+possible|you\s+will\s+leave|sie\s+erfahren|in\s+this\s+(?:talk|keynote|"
    r"episode)\s+(?:you|we)|we\s+help|wir\s+helfen|i\s+help|ich\s+helfe)\b"
)
_EVENT = re.compile(
    r"(?i)\b(?:talk|keynote|vortrag|vortrags|podcast|episode|folge|konferenz|conference|"
    r"forum|summit|meetup|workshop|panel|award|preis|wettbewerb|ausgezeichnet|gewonnen|won|"
    r"marathon|paper|book|buch|artikel|article|blog|post|beitrag|interview|stars|launch\w*|"
    r"open[- ]source|github|tage|days|con|fest|messe|track|saal)\b|\w+(?:con|tage|forum|days)\b"
)
_CHANGE = re.compile(
    r"(?i)\b(?:since|seit|starting|joining|joined|leaving|left|verlasse\w*|wechsel\w*|"
    r"neu\w*|new|now|jetzt|inzwischen|seitdem|heute|today|recently|kürzlich|gerade|finally|"
    r"switched?|moved|umgestellt|eingeführt|introduced|rebuilt|opened|eröffnet|übernommen|"
    r"founded|gegründet|started|gestartet|begonnen|became|wurden|ab\s+(?:januar|februar|"
    r"märz|april|mai|juni|juli|august|september|oktober|november|dezember)|last\s+(?:week|"
    r"month|quarter|year|friday|monday)|letzte\s+woche|gestern|yesterday|vor\s+einem\s+jahr)\b"
)
_PROBLEM = re.compile(
    r"(?i)\b(?:problem\w*|broke|broken|failed|fail\w*|ausgefallen|ausfall\w*|stuck|"
    r"schwierig\w*|shortage|mangel|krise|crisis|gekündigt|quit|dropped|cut|nachbessern|"
    r"nicht\s+geklappt|didn'?t\s+work|hard|hürde|engpass|trotzdem|dagegen|"
    r"kein\w*\s+\w+|without|ohne|instead|statt|sondern|not)\b"
)
_QUOTE = re.compile(r"[\"„“”»«]\s*[^\"„“”»«]{3,}[\"„“”»«]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(
    r"(?i)\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|märz|march|apr(?:il)?|mai|may|juni?|june|"
    r"juli?|july|aug(?:ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|"
    r"dez(?:ember)?|dec(?:ember)?|frühjahr|spring|herbst|autumn|winter|sommer|summer|"
    r"quarter|quartal)\b"
)
_NUMBER = re.compile(r"\d")
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}[A-Za-z0-9]*\b|\b[a-z]+[A-Z]\w*\b|\b\w*[a-z][A-Z]\w*")
_HASHTAG_LINE = re.compile(r"^\s*(?:#[^\s#]+\s*)+$")
_BULLET = re.compile(r"^\s*(?:[-•*–·▪►✓✔→]|\d{1,2}[.)])\s+")
# Symbols and emoji at the edges of a line.
_EDGE = re.compile(r"^[^\w\"„“»«(]+|[^\w\"“”«».!?%)€$]+$")
_LEAD_IN = re.compile(
    r"(?i)^(?:i'?m\s+excited\s+to\s+share(?:\s+that)?|i'?m\s+(?:happy|proud|thrilled)\s+to\s+"
    r"(?:share|announce)(?:\s+that)?|ich\s+freue\s+mich(?:\s+riesig)?,?\s+(?:euch|ihnen)\s+"
    r"mitzuteilen|we\s+finally\s+did\s+it|unpopular\s+opinion|fun\s+fact|eine\s+bilanz|"
    r"die\s+ehrliche\s+zahl|big\s+news|news)\s*[:,!–-]*\s*"
)
# A clause cut from a longer sentence opens with the conjunction that joined it.
_JOINT = re.compile(r"(?i)^(?:and|und|or|oder|but|aber|sowie)\s+")
# Where a long sentence divides: ", " (not "0,3"), ";", ": ", dashes, brackets.
_CLAUSE = re.compile(r",\s+|;\s*|:\s+|\s[–—-]\s|\s*[()]\s*")
_PARAGRAPH_END = re.compile(r"[.!?…:;]\W*$")
# A hard-wrapped line: long, no sentence end, the next line neither a bullet nor a heading.
_WRAP_MIN = 55


def extract_facts(text: str, limit: int = DEFAULT_LIMIT) -> list[Candidate]:
    """The best ``limit`` candidate facts in ``text``, most individual first; never raises."""
    if limit <= 0:
        return []
    text = text[:MAX_INPUT_CHARS]
    found: list[Candidate] = []
    for start, end in _paragraphs(text):
        # newlines inside a paragraph become spaces: same length, so offsets stay right
        flat = re.sub(r"[\r\n]", " ", text[start:end])
        for sentence in sentences(flat):
            for piece_start, piece_end in _pieces(flat, sentence.start, sentence.end):
                candidate = _candidate(flat[piece_start:piece_end], start + piece_start)
                if candidate is not None:
                    found.append(candidate)
    found.sort(key=lambda c: (-c.score, c.start))
    kept: list[Candidate] = []
    for candidate in found:
        if not any(_similar(candidate.text, other.text) for other in kept):
            kept.append(candidate)
        if len(kept) >= limit:
            break
    return kept


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line ranges; a hard-wrapped line is joined with the next one."""
    spans: list[tuple[int, int]] = []
    offset = 0
    current: tuple[int, int] | None = None
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        begin, finish = offset, offset + len(content)
        offset += len(line)
        if not content.strip():
            if current is not None:
                spans.append(current)
            current = None
            continue
        if current is not None and _wraps(text[current[0] : current[1]], content):
            current = (current[0], finish)
            continue
        if current is not None:
            spans.append(current)
        current = (begin, finish)
    if current is not None:
        spans.append(current)
    return spans


def _wraps(previous: str, following: str) -> bool:
    last_line = previous.rsplit("\n", 1)[-1]
    return (
        len(last_line.rstrip()) >= _WRAP_MIN
        and _PARAGRAPH_END.search(last_line) is None
        and _BULLET.match(following) is None
        and _HASHTAG_LINE.match(following) is None
        and bool(following[:1].strip())
    )


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence itself, or for a long one its clauses (short ones joined to a neighbour)."""
    if len(WORD_RE.findall(text[start:end])) <= LONG_WORDS:
        return [(start, end)]
    cuts = [start]
    for match in _CLAUSE.finditer(text, start, end):
        cuts.extend((match.start(), match.end()))
    cuts.append(end)
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    clauses = [(a, b) for a, b in clauses if WORD_RE.search(text[a:b])]
    merged: list[tuple[int, int]] = []
    for a, b in clauses:
        short = len(WORD_RE.findall(text[a:b])) < 4
        if merged and (short or len(WORD_RE.findall(text[merged[-1][0] : merged[-1][1]])) < 4):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged or [(start, end)]


def _clean(piece: str) -> tuple[str, int]:
    """The piece without bullets, emoji at the edges and lead-ins; and how much was cut left."""
    cut = 0
    bullet = _BULLET.match(piece)
    if bullet:
        cut = bullet.end()
    rest = piece[cut:]
    edge = _EDGE.match(rest)
    if edge:
        cut += edge.end()
        rest = rest[edge.end() :]
    joint = _JOINT.match(rest)
    if joint and WORD_RE.search(rest[joint.end() :]):
        cut += joint.end()
        rest = rest[joint.end() :]
    lead = _LEAD_IN.match(rest)
    if lead and WORD_RE.search(rest[lead.end() :]):
        cut += lead.end()
        rest = rest[lead.end() :]
    rest = _EDGE.sub("", rest) if _EDGE.search(rest) else rest
    rest = re.sub(r"\s+", " ", rest).strip()
    return rest, cut


def _boilerplate(line: str) -> bool:
    count = len(words(line))
    return (
        count == 0
        or _HASHTAG_LINE.match(line) is not None
        or _BOILERPLATE.search(line) is not None
        or _HEADING.match(line) is not None
        or (_GREETING.match(line) is not None and count <= 6)
        or (_PROFILE_META.search(line) is not None and count <= 8)
    )


def _candidate(piece: str, offset: int) -> Candidate | None:
    line, cut = _clean(piece)
    if not line or _boilerplate(line) or _boilerplate(piece.strip()):
        return None
    line = line.rstrip(",;:–- ")
    if line.endswith(".") and not line.endswith("..") and line.count(".") == 1:
        line = line[:-1]  # a note line needs no full stop; "Dr." and "2.5" keep theirs
    if len(line) > MAX_FACT_CHARS:
        line = line[: line.rfind(" ", 0, MAX_FACT_CHARS - 1)].rstrip(",;: ") + "…"
    count = len(words(line))
    if count < 2:
        return None
    score, reasons = _score(line, count)
    if score < MIN_SCORE:
        return None
    start = offset + cut
    return Candidate(line, start, start + len(piece) - cut, fact_kind(line), score, reasons)


def _named_words(line: str) -> int:
    """Capitalised words inside the line that are names rather than German nouns."""
    german = guess_language(line, default="en") == "de"
    spans = words(line)
    count = len(_ACRONYM.findall(line))
    for index, span in enumerate(spans):
        token = span.text
        if index == 0 or not token[:1].isupper() or token.isupper():
            continue
        following = spans[index + 1].text if index + 1 < len(spans) else ""
        # German capitalises every noun: only a run of two capitalised words counts as a name.
        if not german or following[:1].isupper():
            count += 1
    return count


def _score(line: str, count: int) -> tuple[float, tuple[str, ...]]:
    digits = len(re.findall(r"\d+(?:[.,]\d+)?", _YEAR.sub("", line)))
    names = _named_words(line)
    found = {
        "date": 0.8 if _YEAR.search(line) or _MONTH.search(line) else 0.0,
        "number": min(1.2, 0.7 * digits),
        "name": min(1.2, 0.45 * names),
        "quote": 1.0 if _QUOTE.search(line) else 0.0,
        "event": 0.6 if _EVENT.search(line) else 0.0,
        "change": 0.5 if _CHANGE.search(line) else 0.0,
        "problem": 0.4 if _PROBLEM.search(line) else 0.0,
    }
    points = sum(found.values())
    points -= 1.5 if _GENERIC.search(line) else 0.0
    points -= 0.6 if count <= 3 and not digits else 0.4 if count > 24 else 0.0
    # both parts 0..1: how specific the words are, and the segment/individual model
    specific = 1.0 - 1.0 / (1.0 + max(0.0, points))
    score = 0.65 * specific + 0.35 * individual_probability(line)
    return score, tuple(name for name, value in found.items() if value)


def _content(text: str) -> set[str]:
    return {w.text.casefold()[:6] for w in words(text) if len(w.text) > 2 or w.text.isdigit()}


def _similar(a: str, b: str) -> bool:
    """The same fact twice: one contains the other, or most content words are shared."""
    first, second = _content(a), _content(b)
    if not first or not second:
        return a.casefold() == b.casefold()
    shared = len(first & second) / min(len(first), len(second))
    return shared >= 0.7


def source_line(source: str, day: str, language: str) -> str:
    """The line written above accepted facts: ``Quelle: Beitrag, 2026-12-01``."""
    if language == "de":
        label = _SOURCE_DE.get(source, source)
        return f"Quelle: {label}, {day}" if day else f"Quelle: {label}"
    return f"source: {source}, {day}" if day else f"source: {source}"


def append_facts(notes: str, facts: list[str], source: str, day: str, language: str) -> str:
    """``notes`` with a source line and ``facts`` (one per line, ``- `` bullets) appended."""
    lines = [" ".join(fact.split()) for fact in facts]
    lines = [line for line in lines if line]
    if not lines:
        return notes
    block = "\n".join([source_line(source, day, language), *(f"- {line}" for line in lines)])
    body = notes.rstrip("\n")
    return f"{body}\n\n{block}\n" if body.strip() else f"{block}\n"
