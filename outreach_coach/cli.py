"""Command line: the GUI by default; ``check`` analyses drafts without ever importing Qt."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from outreach_coach import APP_NAME, __version__
from outreach_coach.cli_library import (
    add_library_commands,
    find_person,
    open_library,
    run_library_command,
)
from outreach_coach.core.model import Channel, Recipient, Report, Snapshot
from outreach_coach.core.score.wording import method_label
from outreach_coach.errors import InputError, OutreachCoachError
from outreach_coach.paths import app_paths
from outreach_coach.preflight import display_problem
from outreach_coach.storage.db import DB_NAME
from outreach_coach.wiring import embedder_choice, grammar_settings, sent_history

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.settings import Settings
    from outreach_coach.storage.library import Library

    Analyze = Callable[[Snapshot], Report]

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_ERROR = 1
# The user's own profiles join the built-in reference profiles (most recent first, up to this).
MAX_LIBRARY_REFERENCES = 200


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach-coach",
        description=f"{APP_NAME}: write one message to one person, beside a live coach.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="keep all data in this folder (also OUTREACH_COACH_DATA_DIR)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument(
        "--embeddings",
        choices=("use", "sentence-transformers", "off"),
        help="embedding backend for the score (default: use; also OUTREACH_COACH_EMBEDDINGS)",
    )
    parser.add_argument(
        "--embedding-model",
        metavar="NAME_OR_PATH",
        help="a sentence-transformers model name or folder (default: the bundled "
        "all-MiniLM-L6-v2); falls back to USE when it cannot be loaded",
    )
    parser.add_argument(
        "--new-window",
        action="store_true",
        help="open a second, read-only window when Outreach Coach is already open for this "
        "data folder (default: bring the open window to the front)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the main window to a PNG and exit (for documentation)",
    )
    parser.add_argument("--ui-lang", choices=("de", "en"), default="en", help="for --screenshot")
    parser.add_argument(
        "--theme", choices=("light", "dark"), default="light", help="for --screenshot"
    )
    parser.add_argument(
        "--example", action="store_true", help="for --screenshot: load the first-run example"
    )
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check", help="analyse a draft and print the coach's report")
    check.add_argument("draft", nargs="?", help="draft file, or - for standard input")
    check.add_argument("--batch", metavar="IN.jsonl", help="analyse one JSON object per line")
    check.add_argument("--notes-file", help="profile notes about the recipient")
    check.add_argument("--recipient-name", default="", help="the recipient's name")
    check.add_argument("--salutation", default="", help="e.g. 'Frau Dr.', 'Herr', 'Ms'")
    check.add_argument("--company", default="", help="the recipient's company")
    check.add_argument(
        "--channel",
        choices=[str(channel) for channel in Channel],
        default=str(Channel.EMAIL),
        help="length budget of the channel (default: email)",
    )
    check.add_argument("--lang", choices=("auto", "de", "en"), default="auto")
    check.add_argument("--json", action="store_true", help="print the report as one JSON object")
    check.add_argument("--no-grammar", action="store_true", help="skip grammar and spelling")
    check.add_argument(
        "--languagetool-url",
        help="check grammar with this LanguageTool server for this run "
        "(default: OUTREACH_COACH_LANGUAGETOOL = off | local | URL | folder of LanguageTool)",
    )
    check.add_argument(
        "--no-embeddings",
        action="store_true",
        help="score by wording only, without loading an embedding model",
    )
    check.add_argument("--data-dir", dest="command_data_dir", help="keep all data in this folder")
    check.add_argument(
        "--recipient",
        metavar="NAME_OR_ID",
        help="a saved profile as the recipient (its notes, company and salutation)",
    )
    add_library_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "command_data_dir", None) or args.data_dir
    if args.command is None and args.screenshot:
        from outreach_coach.screenshot import take_screenshot

        return take_screenshot(Path(args.screenshot), args.ui_lang, args.theme, args.example)
    if args.command is None:
        problem = display_problem(os.environ)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return EXIT_ERROR
        from outreach_coach.app import run_gui  # the only place the CLI reaches Qt

        return run_gui(
            data_dir=data_dir,
            verbose=args.verbose,
            embeddings=args.embeddings,
            embedding_model=args.embedding_model,
            new_window=args.new_window,
        )
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    try:
        if args.command in ("profiles", "history"):
            return run_library_command(args, data_dir, _read_text)
        return _run_check(args, data_dir)
    except OutreachCoachError as error:
        print(f"outreach-coach: {error}", file=sys.stderr)
    except (OSError, sqlite3.Error) as error:  # a disk or library that refuses: one line
        print(f"outreach-coach: {_describe(error)}", file=sys.stderr)
    except Exception as error:  # never a traceback; --verbose logs it
        log.debug("unexpected error", exc_info=True)
        print(f"outreach-coach: unexpected error: {_describe(error)}", file=sys.stderr)
    return EXIT_ERROR


def _describe(error: BaseException) -> str:
    """One line: the error's type and its first line of text."""
    text = str(error).strip().splitlines()[0][:300] if str(error).strip() else ""
    if isinstance(error, sqlite3.OperationalError) and "readonly" in text:
        return f"the library cannot be written ({text}); nothing was changed"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _run_check(args: argparse.Namespace, data_dir: str | None) -> int:
    from outreach_coach.services.analysis import start_grammar
    from outreach_coach.settings import load as load_settings

    if args.batch and args.draft:
        raise InputError("Give either a draft file or --batch, not both")
    if not args.batch and not args.draft:
        raise InputError("Missing draft", hint="Give a file, - for standard input, or --batch")
    paths = app_paths(data_dir)
    settings, problems = load_settings(paths.config)
    for problem in problems:
        print(f"outreach-coach: settings: {problem}", file=sys.stderr)
    library = None
    if args.recipient or (paths.data / DB_NAME).exists():
        library = open_library(data_dir, writes=False)
    try:
        session = _session_for(args, settings, paths.data, library)
        grammar = None
        if not args.no_grammar:
            grammar = start_grammar(grammar_settings(settings, args.languagetool_url, paths.cache))
        try:
            return _check_and_print(args, lambda snapshot: session.check(snapshot, grammar))
        finally:
            if grammar is not None:
                grammar.close()
    finally:
        if library is not None:
            library.close()


def _session_for(
    args: argparse.Namespace, settings: Settings, data: Path, library: Library | None
) -> AnalysisSession:
    """Rules, model and references as configured; the library's history and saved people."""
    from outreach_coach.services.session import AnalysisSession

    choice = None
    if not args.no_embeddings:
        choice = embedder_choice(settings, args.embeddings, args.embedding_model)
    people = library.profiles.all(limit=MAX_LIBRARY_REFERENCES) if library else []
    session = AnalysisSession.for_command_line(
        settings, data, choice, [person.recipient().notes for person in people]
    )
    if library is not None:
        session.use_library(partial(sent_history, library))
        if args.recipient:
            args.saved_recipient = find_person(library, args.recipient).recipient()
    return session


def _check_and_print(args: argparse.Namespace, analyze: Analyze) -> int:
    if args.batch:
        return _run_batch(Path(args.batch), analyze, sys.stdout)
    recipient = getattr(args, "saved_recipient", None) or Recipient(
        name=args.recipient_name,
        salutation=args.salutation,
        notes=_read_text(args.notes_file) if args.notes_file else "",
        company=args.company,
    )
    draft = _read_text(args.draft)
    report = analyze(Snapshot(0, draft, recipient, args.lang, channel=Channel(args.channel)))
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(report, draft))
    return EXIT_OK


def _read_text(name: str) -> str:
    """Read a draft or notes file as UTF-8 (BOM and CRLF tolerated), or stdin for ``-``."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        name = "standard input"
    else:
        try:
            raw = Path(name).read_bytes()
        except OSError as error:
            raise InputError(f"Cannot read {name}: {error.strerror}") from error
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not UTF-8 text", hint="Save it as UTF-8 and try again"
        ) from error


def _batch_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as stream:
            yield from enumerate(stream, start=1)
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror}") from error


def _parse_line(line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number}: not valid JSON ({error.msg})") from error
    except ValueError as error:  # e.g. an integer longer than 4,300 digits
        raise InputError(f"line {number}: not usable JSON ({error})") from error
    except RecursionError as error:
        raise InputError(f"line {number}: nested too deeply") from error
    if not isinstance(item, dict):
        raise InputError(f"line {number}: expected a JSON object")
    return item


def _first_of(item: dict[str, Any], *keys: str) -> Any:
    """The first key present: other tools name the same field differently ("text", "language")."""
    return next((item[key] for key in keys if item.get(key) is not None), None)


def _snapshot_from_item(item: dict[str, Any], number: int) -> Snapshot:
    draft = _first_of(item, "draft", "text", "message")
    if not isinstance(draft, str):
        raise InputError(f"line {number}: 'draft' must be a string")
    lang = _first_of(item, "lang", "language") or "auto"
    if lang not in ("auto", "de", "en"):
        raise InputError(f"line {number}: 'lang' must be null, 'de' or 'en'")
    raw_recipient = _first_of(item, "recipient", "profile") or {}
    if not isinstance(raw_recipient, dict):
        raise InputError(f"line {number}: 'recipient' must be an object")
    notes = raw_recipient.get("notes")
    if isinstance(notes, list) and all(isinstance(line, str) for line in notes):
        raw_recipient = {**raw_recipient, "notes": "\n".join(notes)}  # one fact per item
    fields = {
        key: raw_recipient.get(key) or "" for key in ("name", "salutation", "notes", "company")
    }
    if not all(isinstance(value, str) for value in fields.values()):
        raise InputError(f"line {number}: recipient fields must be strings")
    channel = item.get("channel") or str(Channel.EMAIL)
    if not isinstance(channel, str) or channel not in {str(known) for known in Channel}:
        raise InputError(f"line {number}: 'channel' must be one of {', '.join(Channel)}")
    return Snapshot(number, draft, Recipient(**fields), lang, channel=Channel(channel))


def _run_batch(path: Path, analyze: Analyze, out: TextIO) -> int:
    for number, line in _batch_lines(path):
        if not line.strip():
            continue
        item_id: Any = None
        try:
            item = _parse_line(line, number)
            item_id = item.get("id")
            report = analyze(_snapshot_from_item(item, number))
            result: dict[str, Any] = {"id": item_id, "report": report.to_dict()}
        except InputError as error:
            result = {"id": item_id, "error": str(error)}
        except Exception as error:  # one bad line never stops the batch
            log.warning("batch line %d failed", number, exc_info=True)
            result = {"id": item_id, "error": f"line {number}: {_describe(error)}"}
        out.write(_json_row(result, number) + "\n")
        out.flush()
    return EXIT_OK


# Characters some readers take for a line break (Python's str.splitlines, JavaScript): escaped,
# so that every row stays one line of JSON Lines for every reader.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _json_row(result: dict[str, Any], number: int) -> str:
    try:
        row = json.dumps(result, ensure_ascii=False)
        row.encode("utf-8")  # a lone surrogate (from a JSON escape) cannot be printed
    except UnicodeEncodeError:
        return json.dumps(result)  # escaped, still valid JSON
    except (ValueError, RecursionError):  # an id that cannot be written back
        return json.dumps({"id": None, "error": f"line {number}: the id cannot be written"})
    return row.translate(_LINE_BREAKS)


def format_report(report: Report, text: str) -> str:
    """The human-readable report: score, explanation, hints, metrics and findings."""
    german = report.language == "de"
    p = report.personalization
    m = report.metrics
    lines = [
        (
            f"{'Personalisierung' if german else 'Personalization'}: {p.score}/100  "
            f"({method_label(p.method, german)})"
        ),
        f"  {p.explanation}",
    ]
    lines += [f"  → {hint}" for hint in p.hints]
    lines += [
        f"  {'✔' if fact.used else '○'} {f'+{fact.points:.0f} ' if fact.used else ''}{fact.text}"
        for fact in p.facts
    ]
    lines.append(
        (
            f"{m.words} Wörter ≈ {m.reading_seconds} s, {m.questions} "
            f"{'Frage' if m.questions == 1 else 'Fragen'}, "
            f"{round(m.you_share * 100)} % über Sie/dich"
        )
        if german
        else (
            f"{m.words} words ≈ {m.reading_seconds} s, {m.questions} "
            f"{'question' if m.questions == 1 else 'questions'}, "
            f"{round(m.you_share * 100)} % about you"
        )
    )
    if not report.findings:
        lines.append("Keine Auffälligkeiten." if german else "No findings.")
    for finding in report.findings:
        quoted = text[finding.start : finding.end]
        lines.append(
            f"[{finding.category}] {finding.start}-{finding.end} “{quoted}”: {finding.message}"
        )
        lines += [f"    ✎ {suggestion}" for suggestion in finding.suggestions]
    return "\n".join(lines) + "\n"
