"""``outreach-coach profiles facts PERSON FILE|-``: candidate facts from pasted text.

Prints the candidates (numbered, with their kind); ``--add 1,3`` or ``--add all`` appends the
chosen ones to the person's notes under a source line (core/score/fact_extraction.py).
Nothing is fetched: the text is what the user read and saved or pipes in.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from outreach_coach.core.score.fact_extraction import (
    DEFAULT_LIMIT,
    SOURCES,
    append_facts,
    extract_facts,
)
from outreach_coach.core.text.split import guess_language
from outreach_coach.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Callable

    from outreach_coach.core.score.fact_extraction import Candidate
    from outreach_coach.storage.library import Library
    from outreach_coach.storage.profiles import Profile


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def _limit(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 100")
    return int(text)


def add_facts_command(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    facts = actions.add_parser(
        "facts", help="candidate facts from pasted text (a profile, post, talk, company page)"
    )
    facts.add_argument("person", metavar="NAME_OR_ID")
    facts.add_argument("file", help="the text you read, or - for standard input")
    facts.add_argument(
        "--add", metavar="N,N|all", help="append these candidates to the person's notes"
    )
    facts.add_argument(
        "--source", choices=SOURCES, default="other", help="where the text is from (for notes)"
    )
    facts.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, help="at most this many")
    facts.add_argument("--json", action="store_true")


def chosen(spec: str, count: int) -> list[int]:
    """``1,3,4`` or ``all`` as 0-based indexes; a one-line InputError for anything else."""
    if spec.strip().casefold() == "all":
        return list(range(count))
    picked: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not (part.isascii() and part.isdigit()) or not 1 <= int(part) <= count:
            raise InputError(
                f"--add: {part!r} is not a candidate number",
                hint=f"give numbers from 1 to {count}, comma-separated, or 'all'",
            )
        if int(part) - 1 not in picked:
            picked.append(int(part) - 1)
    return picked


def run_facts_command(
    args: argparse.Namespace,
    library: Library,
    person: Profile,
    read_text: Callable[[str], str],
) -> int:
    text = read_text(args.file)
    if not text.strip():
        raise InputError(f"{args.file} holds no text", hint="paste what you read about the person")
    candidates = extract_facts(text, limit=args.limit)
    added: list[Candidate] = []
    if args.add is not None:
        if not candidates:
            raise InputError("No candidate facts found in the text; nothing was added")
        added = [candidates[i] for i in chosen(args.add, len(candidates))]
        assert person.id is not None
        notes = append_facts(
            person.notes,
            [c.text for c in added],
            args.source,
            date.today().isoformat(),
            guess_language(text),
        )
        library.profiles.update(replace(person, notes=notes))
    if args.json:
        data = {
            "person": {"id": person.id, "name": person.name},
            "candidates": [{"number": i, **c.to_dict()} for i, c in enumerate(candidates, 1)],
            "added": [c.text for c in added],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not candidates:
        _out("no candidate facts found")
        return 1
    for number, candidate in enumerate(candidates, 1):
        _out(f"{number:>2}. [{candidate.kind}] {candidate.text}")
    if added:
        _out(f"added {len(added)} to the notes of {person.name}")
    return 0
