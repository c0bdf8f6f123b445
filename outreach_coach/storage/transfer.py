"""Contacts in and out: LinkedIn's Connections.csv, any CSV with a column mapping, and a JSON
backup of the whole library. Imports run in one transaction: all valid rows or nothing;
bad rows are reported with their line numbers, duplicates are merged.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from outreach_coach.core.model import Suppression
from outreach_coach.errors import InputError
from outreach_coach.storage.profiles import Profile

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    from jsonschema import Draft202012Validator

    from outreach_coach.storage.library import Library

FIELDS = ("name", "salutation", "company", "role", "notes", "tags", "email", "url")
LINKEDIN_MAPPING = {
    "first_name": "First Name",
    "last_name": "Last Name",
    "url": "URL",
    "email": "Email Address",
    "company": "Company",
    "role": "Position",
    "connected": "Connected On",
}
MAX_FIELD = 20_000
BACKUP_FORMAT = "outreach-coach-library"


_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_SENT = {
    "type": "object",
    "required": ["recipient", "text", "sent_at"],
    "properties": {"recipient": _TEXT, "text": _TEXT, "sent_at": _TEXT},
}
# What ``export_library`` writes; a restore checks the whole file against it before touching
# the library. Unknown keys are allowed (a newer version may add some).
BACKUP_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["format", "people"],
    "properties": {
        "format": {"const": BACKUP_FORMAT},
        "version": {"type": "integer"},
        "people": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["profile"],
                "properties": {
                    "profile": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": _TEXT,
                            "id": {"type": ["integer", "null"]},
                            "tags": {"type": "array", "items": _TEXT},
                            **dict.fromkeys(
                                (
                                    "salutation",
                                    "company",
                                    "role",
                                    "notes",
                                    "address_form",
                                    "email",
                                    "url",
                                    "created",
                                    "updated",
                                ),
                                _OPTIONAL_TEXT,
                            ),
                        },
                    },
                    "drafts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["text"],
                            "properties": {"text": _TEXT, "updated": _OPTIONAL_TEXT},
                        },
                    },
                    "sent": {"type": "array", "items": _SENT},
                },
            },
        },
        "unassigned_sent": {"type": "array", "items": _SENT},
        "suppressions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rule"],
                "properties": {"rule": _TEXT, "text": _OPTIONAL_TEXT, "reason": _OPTIONAL_TEXT},
            },
        },
    },
}


@cache
def _backup_validator() -> Draft202012Validator:
    """Made on the first import check: jsonschema takes a third of a second to import, and
    the library menu (which imports this module) is built before the window shows."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(BACKUP_SCHEMA)


def backup_problems(data: object, limit: int = 5) -> list[str]:
    """Where ``data`` does not fit ``BACKUP_SCHEMA`` ("people/3/drafts/0/text: 5 is not of
    type 'string'"), the first ``limit`` places; empty when it fits."""
    problems = []
    for error in sorted(
        _backup_validator().iter_errors(data), key=lambda e: list(map(str, e.path))
    ):
        where = "/".join(str(part) for part in error.absolute_path) or "the file"
        problems.append(f"{where}: {error.message[:200]}")
        if len(problems) == limit:
            break
    return problems


@dataclass
class ImportResult:
    added: int = 0
    merged: int = 0
    errors: list[str] = field(default_factory=list)  # "line 7: no name"


def read_csv_text(path: Path) -> str:
    """The file as text: UTF-8 with or without BOM, else Windows-1252 (Excel exports)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _rows(text: str, header_starts: str | None) -> tuple[list[tuple[int, dict[str, str]]], int]:
    """(line number, row) pairs; LinkedIn puts a few lines of notes before its header."""
    lines = text.replace("\x00", "").splitlines(keepends=True)
    start = 0
    if header_starts is not None:
        for index, line in enumerate(lines):
            if line.lstrip('\ufeff"').startswith(header_starts):
                start = index
                break
    # strict: an unterminated quote or text after a closing quote is an error, not a person
    # named after the rest of the file
    reader = csv.DictReader(io.StringIO("".join(lines[start:])), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            cells = {str(k).strip(): str(v or "").strip() for k, v in row.items() if k}
            rows.append((start + reader.line_num, cells))
    except csv.Error as error:
        raise InputError(
            f"line {start + reader.reader.line_num}: not a valid CSV file "
            f"({str(error).split(' - ')[0]})",
            hint="Nothing was imported; fix the quoting or export the file again",
        ) from error
    return rows, start + 1


def parse_mapping(spec: str) -> dict[str, str]:
    """``name=Full Name,company=Firma`` (``first_name``/``last_name`` combine into the name)."""
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        key, _, column = part.partition("=")
        key = key.strip()
        if not column or key not in (*FIELDS, "first_name", "last_name"):
            raise ValueError(f"bad mapping {part!r}: use FIELD=COLUMN with FIELD in {FIELDS}")
        mapping[key] = column.strip()
    if "name" not in mapping and "last_name" not in mapping and "first_name" not in mapping:
        raise ValueError("the mapping needs name=COLUMN (or first_name/last_name)")
    return mapping


def _profile(row: Mapping[str, str], mapping: Mapping[str, str]) -> Profile | str:
    """The row as a profile, or the reason it cannot be one."""
    values = {key: row.get(column, "") for key, column in mapping.items()}
    name = values.get("name") or " ".join(
        v for v in (values.get("first_name", ""), values.get("last_name", "")) if v
    )
    if not name.strip():
        return "no name"
    if any(len(value) > MAX_FIELD for value in values.values()):
        return f"a field is longer than {MAX_FIELD} characters"
    notes = values.get("notes", "")
    if values.get("connected"):
        notes = (notes + "\n" if notes else "") + f"Connected on LinkedIn: {values['connected']}"
    return Profile(
        name=" ".join(name.split()),
        salutation=values.get("salutation", ""),
        company=values.get("company", ""),
        role=values.get("role", ""),
        notes=notes,
        tags=tuple(t.strip() for t in values.get("tags", "").split(",") if t.strip()),
        email=values.get("email", ""),
        url=values.get("url", ""),
    )


def _key(profile: Profile) -> str:
    if profile.url:
        return "url:" + profile.url.casefold().rstrip("/")
    if profile.email:
        return "mail:" + profile.email.casefold()
    return "name:" + profile.name.casefold() + "|" + profile.company.casefold()


def _merged(old: Profile, new: Profile) -> Profile:
    """Fill what the stored profile lacks; never throw away what the user wrote."""
    notes = old.notes
    if new.notes and new.notes not in notes:
        notes = f"{notes}\n{new.notes}" if notes else new.notes
    return replace(
        old,
        salutation=old.salutation or new.salutation,
        company=old.company or new.company,
        role=old.role or new.role,
        notes=notes,
        tags=tuple(dict.fromkeys((*old.tags, *new.tags))),
        email=old.email or new.email,
        url=old.url or new.url,
    )


def import_profiles(library: Library, rows: Iterable[tuple[int, Profile | str]]) -> ImportResult:
    """Add or merge every valid row in one transaction."""
    result = ImportResult()
    valid: list[Profile] = []
    for line, parsed in rows:
        if isinstance(parsed, str):
            result.errors.append(f"line {line}: {parsed}")
        else:
            valid.append(parsed)
    existing = {_key(p): p for p in library.profiles.all(limit=1_000_000)}
    with library.db.transaction():
        for profile in valid:
            key = _key(profile)
            old = existing.get(key)
            if old is None:
                existing[key] = library.profiles.add(profile)
                result.added += 1
            else:
                existing[key] = library.profiles.update(_merged(old, profile))
                result.merged += 1
    return result


def import_linkedin(library: Library, path: Path) -> ImportResult:
    """LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data)."""
    rows, _ = _rows(read_csv_text(path), header_starts="First Name")
    if rows and "First Name" not in rows[0][1]:
        return ImportResult(errors=["no 'First Name' column: is this LinkedIn's Connections.csv?"])
    return import_profiles(library, ((n, _profile(r, LINKEDIN_MAPPING)) for n, r in rows))


def import_csv(library: Library, path: Path, mapping: Mapping[str, str]) -> ImportResult:
    rows, header_line = _rows(read_csv_text(path), header_starts=None)
    columns = set(rows[0][1]) if rows else set()
    missing = [column for column in mapping.values() if rows and column not in columns]
    if missing:
        return ImportResult(
            errors=[f"line {header_line}: no column {', '.join(repr(c) for c in missing)}"]
        )
    return import_profiles(library, ((n, _profile(r, mapping)) for n, r in rows))


def export_library(library: Library) -> dict[str, Any]:
    """Everything, for a backup: people with their drafts and sent messages, suppressions."""
    people = []
    for profile in library.profiles.all(limit=1_000_000):
        assert profile.id is not None
        person = library.export_person(profile.id)
        if person is not None:
            people.append(person)
    return {
        "format": BACKUP_FORMAT,
        "version": 1,
        "people": people,
        "unassigned_sent": [
            {"recipient": m.recipient, "text": m.text, "sent_at": m.sent_at}
            for m in library.history.messages(limit=1_000_000)
            if m.profile_id is None
        ],
        "suppressions": [
            {"rule": s.rule, "text": s.text, "reason": s.reason} for s in library.suppressions.all()
        ],
    }


def import_library(library: Library, data: Mapping[str, Any]) -> ImportResult:
    """Restore a backup made by ``export_library`` (people are merged, not duplicated)."""
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise InputError("Not an Outreach Coach library backup", hint="Nothing was restored")
    problems = backup_problems(data)
    if problems:
        raise InputError(
            "The backup does not have the expected shape: " + "; ".join(problems),
            hint="Nothing was restored",
        )
    result = ImportResult()
    existing = {_key(p): p for p in library.profiles.all(limit=1_000_000)}
    sent_rows: list[tuple[str, str, int | None, str]] = []
    with library.db.transaction():
        for index, person in enumerate(data.get("people", []), start=1):
            raw = person.get("profile", {})
            if not str(raw.get("name", "")).strip():
                result.errors.append(f"person {index}: no name")
                continue
            profile = Profile(
                name=str(raw["name"]),
                salutation=raw.get("salutation") or "",
                company=raw.get("company") or "",
                role=raw.get("role") or "",
                notes=raw.get("notes") or "",
                tags=tuple(str(t) for t in raw.get("tags", [])),
                address_form=raw.get("address_form") or "",
                email=raw.get("email") or "",
                url=raw.get("url") or "",
            )
            old = existing.get(_key(profile))
            if old is None:
                stored = library.profiles.add(profile)
                result.added += 1
            else:
                stored = library.profiles.update(_merged(old, profile))
                result.merged += 1
            existing[_key(stored)] = stored
            for draft in person.get("drafts", []):
                library.drafts.save(stored.id, draft["text"])
            sent_rows += [
                (str(m["text"]), str(m["recipient"]), stored.id, str(m["sent_at"]))
                for m in person.get("sent", [])
            ]
        sent_rows += [
            (str(m["text"]), str(m["recipient"]), None, str(m["sent_at"]))
            for m in data.get("unassigned_sent", [])
        ]
        library.history.record_many(sent_rows)
        for raw in data.get("suppressions", []):
            library.suppressions.add(
                Suppression(raw["rule"], raw.get("text") or "", raw.get("reason") or "")
            )
    return result
