"""``outreach-coach profiles …`` and ``history …``: the library from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_coach.cli_facts import add_facts_command, run_facts_command
from outreach_coach.cli_replies import REPLY_ACTIONS, add_reply_commands, run_reply_command
from outreach_coach.errors import InputError
from outreach_coach.files import write_private
from outreach_coach.paths import app_paths

if TYPE_CHECKING:
    import argparse

    from outreach_coach.storage.library import Library
    from outreach_coach.storage.profiles import Profile
    from outreach_coach.storage.transfer import ImportResult


def add_library_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profiles = commands.add_parser("profiles", help="the people you write to")
    actions = profiles.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="everyone, alphabetically")
    listing.add_argument("--json", action="store_true")
    search = actions.add_parser("search", help="full-text search over name, company, notes, tags")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    linkedin = actions.add_parser("import-linkedin", help="LinkedIn's Connections.csv export")
    linkedin.add_argument("file")
    generic = actions.add_parser("import-csv", help="any CSV, with a column mapping")
    generic.add_argument("file")
    generic.add_argument(
        "--map",
        required=True,
        help="FIELD=COLUMN,… with FIELD in name, first_name, last_name, salutation, company, "
        "role, notes, tags, email, url",
    )
    export = actions.add_parser("export", help="everything stored about one person, as JSON")
    export.add_argument("person", metavar="NAME_OR_ID")
    export.add_argument("--out", help="write to this file instead of standard output")
    delete = actions.add_parser("delete", help="delete a person with drafts and history")
    delete.add_argument("person", metavar="NAME_OR_ID")
    delete.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    backup = actions.add_parser("backup", help="the whole library as JSON (for a backup)")
    backup.add_argument("--out", help="write to this file instead of standard output")
    restore = actions.add_parser("restore", help="merge a backup made with 'backup'")
    restore.add_argument("file")
    add_facts_command(actions)
    history = commands.add_parser("history", help="messages you sent")
    history_actions = history.add_subparsers(dest="action", required=True)
    record = history_actions.add_parser("record", help="record a message sent from elsewhere")
    record.add_argument("draft", help="the message file, or - for standard input")
    record.add_argument("--recipient", required=True, metavar="NAME_OR_ID")
    shown = history_actions.add_parser("list", help="newest first")
    shown.add_argument("--json", action="store_true")
    add_reply_commands(history_actions)
    for group in (actions, history_actions):
        for parser in group.choices.values():
            parser.add_argument("--data-dir", dest="command_data_dir", help="the library's folder")


READ_ONLY_ACTIONS = frozenset({"list", "search", "export", "backup"})


def open_library(data_dir: str | None, writes: bool = True) -> Library:
    """The library; when its folder or file cannot be used, a command that only reads goes on
    with an empty in-memory library after a one-line warning, one that writes stops."""
    from outreach_coach.storage.library import Library

    library = Library.open(app_paths(data_dir).ensure().data)
    if library.db.moved_aside is not None:
        print(
            f"outreach-coach: the library was damaged and moved to {library.db.moved_aside}; "
            "a new one was started",
            file=sys.stderr,
        )
    if library.db.problem and writes:
        library.close()
        raise InputError(
            f"The library cannot be used: {library.db.problem}", hint="Nothing was changed"
        )
    if library.db.problem:
        print(
            f"outreach-coach: warning: the library cannot be used ({library.db.problem}); "
            "going on with an empty temporary library in memory",
            file=sys.stderr,
        )
    return library


def find_person(library: Library, name_or_id: str) -> Profile:
    found = library.profiles.find(name_or_id)
    if found is None or found.id is None:
        raise InputError(
            f"No single person matches {name_or_id!r}",
            hint="Use 'outreach-coach profiles search' and give the id",
        )
    return found


def run_library_command(args: argparse.Namespace, data_dir: str | None, read_text: object) -> int:
    library = open_library(data_dir, writes=args.action not in READ_ONLY_ACTIONS)
    try:
        if args.command == "history":
            return _history(args, library, read_text)
        if args.action == "facts":
            assert callable(read_text)
            return run_facts_command(args, library, find_person(library, args.person), read_text)
        return _profiles(args, library)
    finally:
        library.close()


def _print_people(people: list[Profile], as_json: bool) -> None:
    if as_json:
        json.dump([p.to_dict() for p in people], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for person in people:
        detail = ", ".join(part for part in (person.role, person.company) if part)
        print(f"{person.id}\t{person.name}" + (f"\t{detail}" if detail else ""))


def _write_json(data: object, out: str | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if out:  # personal data about a third party: 0600 from the start, never another's file
        write_private(Path(out), text)
    else:
        sys.stdout.write(text)


def _report_import(result: ImportResult) -> int:
    print(f"added {result.added}, merged {result.merged}, skipped {len(result.errors)}")
    for error in result.errors:
        print(f"  {error}", file=sys.stderr)
    return 0 if result.added or result.merged or not result.errors else 1


def _profiles(args: argparse.Namespace, library: Library) -> int:
    from outreach_coach.storage import transfer

    if args.action == "list":
        _print_people(library.profiles.all(), args.json)
    elif args.action == "search":
        _print_people(library.profiles.search(args.query), args.json)
    elif args.action in ("import-linkedin", "import-csv", "restore"):
        return _import(args, library)
    elif args.action == "export":
        person = find_person(library, args.person)
        assert person.id is not None
        _write_json(library.export_person(person.id), args.out)
    elif args.action == "delete":
        return _delete(library, find_person(library, args.person), args.yes)
    elif args.action == "backup":
        _write_json(transfer.export_library(library), args.out)
    return 0


def _import(args: argparse.Namespace, library: Library) -> int:
    from outreach_coach.storage import transfer

    path = _existing(args.file)
    if args.action == "import-linkedin":
        return _report_import(transfer.import_linkedin(library, path))
    if args.action == "import-csv":
        try:
            mapping = transfer.parse_mapping(args.map)
        except ValueError as error:
            raise InputError(str(error)) from error
        return _report_import(transfer.import_csv(library, path, mapping))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        json.dumps(data, ensure_ascii=False).encode("utf-8")  # no lone surrogates ("\ud800")
    except (ValueError, RecursionError) as error:  # incl. UnicodeDecodeError, 5,000 digits
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)[:200]
        raise InputError(f"{args.file} is not a JSON backup: {reason}") from error
    except OSError as error:
        raise InputError(f"Cannot read {args.file}: {error.strerror}") from error
    return _report_import(transfer.import_library(library, data))


def _delete(library: Library, person: Profile, yes: bool) -> int:
    assert person.id is not None
    if not yes:
        if not sys.stdin.isatty():
            raise InputError("Refusing to delete without confirmation", hint="add --yes")
        answer = input(f"Delete {person.name} with all drafts and sent messages? [y/N] ")
        if answer.strip().casefold() not in ("y", "yes", "j", "ja"):
            print("nothing deleted")
            return 1
    library.profiles.delete(person.id)
    print(f"deleted {person.name} (id {person.id}) with drafts and sent history")
    return 0


def _history(args: argparse.Namespace, library: Library, read_text: object) -> int:
    if args.action in REPLY_ACTIONS:
        return run_reply_command(args, library)
    if args.action == "record":
        person = find_person(library, args.recipient)
        assert callable(read_text)
        text = str(read_text(args.draft))
        sent_id = library.history.record(text, person.name, person.id)
        print(f"recorded message {sent_id} to {person.name}")
        return 0
    messages = library.history.messages()
    if args.json:
        data = [
            {"id": m.id, "recipient": m.recipient, "sent_at": m.sent_at, "text": m.text}
            for m in messages
        ]
        _write_json(data, None)
    else:
        for m in messages:
            first_line = m.text.strip().splitlines()[0] if m.text.strip() else ""
            print(f"{m.id}\t{m.sent_at[:10]}\t{m.recipient}\t{first_line[:60]}")
    return 0


def _existing(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        raise InputError(f"No such file: {name}")
    return path
