"""Whose gender a greeting should show: the words that carry it (Herr, Frau, Mr, Ms…), the
recipient's first name looked up in the first-name lexicon, and the greeting rewritten to fit.

The lexicon (``resources/names/first-names.tsv``, passed in as a mapping: core does no I/O) holds
only names of one gender in every country it covers, so "Andrea" (f in Germany, m in Italy),
"Kim" or "Sascha" are simply unknown and never raise an alarm.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

FEMALE_WORDS = frozenset({"frau", "ms", "mrs", "miss"})
MALE_WORDS = frozenset({"herr", "mr"})
TITLE_WORDS = {"dr": "dr", "doktor": "dr", "prof": "prof", "professor": "prof"}
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?")


def fold_name(word: str) -> str:
    """Case- and accent-insensitive form: "Müller" ≈ "muller"; "Mueller" → "muller" too."""
    word = word.casefold().rstrip(".").replace("ue", "u").replace("oe", "o").replace("ae", "a")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def first_name_gender(name: str, first_names: Mapping[str, str]) -> str:
    """``"f"`` or ``"m"`` when the first name in ``name`` ("Julia Zimmermann", "Dr. Julia
    Zimmermann", "Zimmermann, Julia") has one gender in the lexicon, else ``""``: unknown or
    ambiguous names, initials ("J. Weber") and a single word (it may be the surname)."""
    first = first_name(name)
    if not first or not first_names:
        return ""
    key = unicodedata.normalize("NFC", first.replace("İ", "I")).lower().replace("’", "'")
    genders = {first_names.get(key, "")}
    if "" in genders and "-" in key:  # "Hans-Peter": every part known, all of one gender
        genders = {first_names.get(part, "") for part in key.split("-")}
    gender = genders.pop() if len(genders) == 1 else ""
    return gender if gender in ("f", "m") else ""


def short_form_of(short: str, full: str, first_names: Mapping[str, str]) -> bool:
    """ "Dan" for Daniel, "Alex" for Alexandra: the start of the first name, three letters or
    more, and not a name the lexicon gives the other gender ("Jan" is no short form of Janine)."""
    folded, whole = fold_name(short), fold_name(full)
    if len(folded) < 3 or folded == whole or not whole.startswith(folded):
        return False
    genders = {first_names.get(word.lower(), "") for word in (short, full)} & {"f", "m"}
    return len(genders) < 2


def first_name(name: str) -> str:
    """The given name as written: the first word that is no title or salutation, or after the
    comma in "Zimmermann, Julia"; "" for an initial or a lone word (it may be the surname)."""
    surname_first = "," in name
    given = name.split(",", 1)[1] if surname_first else name
    words: list[str] = [
        word
        for word in NAME_TOKEN.findall(given)
        if fold_name(word) not in TITLE_WORDS and fold_name(word) not in FEMALE_WORDS | MALE_WORDS
    ]
    if not words or (len(words) < 2 and not surname_first) or words[0].endswith("."):
        return ""
    return words[0]


def regendered(
    text: str, match: re.Match[str], tokens: list[tuple[int, int, str]], gender: str
) -> str:
    """The greeting as written (``match``: greeting.py's greeting-line match, ``tokens``: its
    words with offsets), with the title word and the ending fitting ``gender``."""
    greet = match.group("greet")
    if greet.lower().startswith(("sehr", "liebe")):
        base = greet[:-1] if greet.lower().endswith("r") else greet
        greet = base + ("R" if base.isupper() else "r") if gender == "m" else base
    pieces = [greet]
    position = match.end("greet")
    for start, end, word in tokens:
        folded = fold_name(word)
        if folded not in FEMALE_WORDS | MALE_WORDS:
            continue
        if folded in ("herr", "frau"):
            new = "Frau" if gender == "f" else "Herr"
        else:
            new = ("Ms" if gender == "f" else "Mr") + ("." if word.endswith(".") else "")
        pieces += [text[position:start], new.upper() if word.isupper() else new]
        position = end
    pieces.append(text[position : match.end()])
    return "".join(pieces).strip()
