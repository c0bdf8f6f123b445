"""The family corpus: drafts with inline ``[[category|words]]`` labels, grouped by sender family.

See docs/ANNOTATION.md for the rules. ``load_corpus`` is the one reader; everything that trains
or measures goes through it, so a format error shows up everywhere at once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from outreach_coach.core.model import Category, Recipient

CORPUS = Path(__file__).parent / "corpus"
LABELS = frozenset(
    {
        Category.TEMPLATE_ERROR,
        Category.PRICE_DUMPING,
        Category.PRESSURE,
        Category.EMPTY_PROMISE,
        Category.FAKE_PERSONALIZATION,
        Category.BUZZWORD,
        Category.GENERIC_PHRASE,
    }
)
KINDS = frozenset({"mass", "fake_personal", "personal"})
_GOLD = re.compile(r"\[\[(\w+)\|(.+?)\]\](?!\])", re.DOTALL)


class CorpusError(ValueError):
    """A corpus file breaks the format; the message names the file and the draft."""


@dataclass(frozen=True, slots=True)
class Span:
    category: Category
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Draft:
    id: str
    family: str
    language: str
    kind: str
    text: str
    recipient: Recipient
    recipient_id: str
    spans: tuple[Span, ...]


def parse_marked(marked: str) -> tuple[str, list[Span]]:
    """Strip the ``[[category|words]]`` marks; return the plain text and the gold spans. The one
    reader of the marks: ``benchmarks/quality_rules`` reads its rule sets with it too."""
    parts: list[str] = []
    spans: list[Span] = []
    position = length = 0
    for match in _GOLD.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        words = match.group(2)
        if "[[" in words:
            raise CorpusError(f"nested span in {words!r}")
        try:
            category = Category(match.group(1))
        except ValueError as error:
            raise CorpusError(f"unknown category {match.group(1)!r}") from error
        if category not in LABELS:
            raise CorpusError(f"category {category} is not labelled in the corpus")
        spans.append(Span(category, length, length + len(words)))
        parts.append(words)
        length += len(words)
        position = match.end()
    rest = marked[position:]
    if "[[" in rest or "]]" in rest:
        raise CorpusError("unbalanced [[ ]] mark")
    parts.append(rest)
    return "".join(parts), spans


def load_file(path: Path) -> list[Draft]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CorpusError(f"{path}: {error}") from error
    family, language = raw.get("family"), raw.get("language")
    if not isinstance(family, str) or language not in ("de", "en"):
        raise CorpusError(f"{path}: needs family = '…' and language = 'de'|'en'")
    recipients: dict[str, Recipient] = {}
    for item in raw.get("recipient", []):
        recipients[item["id"]] = Recipient(
            name=item.get("name", ""),
            salutation=item.get("salutation", ""),
            notes=item.get("notes", "").strip("\n"),
            company=item.get("company", ""),
        )
    drafts = []
    for item in raw.get("draft", []):
        where = f"{path.name} draft {item.get('id')!r}"
        kind = item.get("kind")
        if kind not in KINDS:
            raise CorpusError(f"{where}: kind must be one of {sorted(KINDS)}")
        recipient_id = item.get("recipient", "")
        if recipient_id and recipient_id not in recipients:
            raise CorpusError(f"{where}: unknown recipient {recipient_id!r}")
        if kind != "mass" and not recipient_id:
            raise CorpusError(f"{where}: {kind} drafts need a recipient")
        try:
            text, spans = parse_marked(item["text"].strip("\n"))
        except CorpusError as error:
            raise CorpusError(f"{where}: {error}") from error
        drafts.append(
            Draft(
                id=item["id"],
                family=family,
                language=language,
                kind=kind,
                text=text,
                recipient=recipients.get(recipient_id, Recipient()),
                recipient_id=recipient_id,
                spans=tuple(spans),
            )
        )
    return drafts


def load_corpus(language: str | None = None, folder: Path = CORPUS) -> list[Draft]:
    """Every draft of the corpus (one language or both), in file order; ids are unique.
    ``folder`` reads another corpus of the same layout (``training/corpus-new``)."""
    languages = [language] if language else ["de", "en"]
    drafts: list[Draft] = []
    for lang in languages:
        for path in sorted((folder / lang).glob("*.toml")):
            drafts.extend(load_file(path))
    seen: set[str] = set()
    for draft in drafts:
        if draft.id in seen:
            raise CorpusError(f"duplicate draft id {draft.id!r}")
        seen.add(draft.id)
    return drafts
