"""``outreach-coach history mark-replied|mark-no-reply|unmark|followups|stats``: replies,
follow-ups due and reply statistics from the command line (the same numbers as the Stats view).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from outreach_coach.errors import InputError

if TYPE_CHECKING:
    from outreach_coach.storage.history import SentMessage
    from outreach_coach.storage.library import Library
    from outreach_coach.storage.stats import ReplyStats

REPLY_ACTIONS = frozenset({"mark-replied", "mark-no-reply", "unmark", "followups", "stats"})
MAX_ID = 2**63 - 1  # SQLite's largest integer


def _message_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a message id (see 'history list')")
    return int(text)


def _days(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 1 to 3650")
    return int(text)


def add_reply_commands(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    replied = actions.add_parser("mark-replied", help="the recipient answered this message")
    replied.add_argument("id", type=_message_id, help="the message id from 'history list'")
    replied.add_argument("--date", help="when they answered, YYYY-MM-DD (default: today)")
    no_reply = actions.add_parser("mark-no-reply", help="no answer came to this message")
    no_reply.add_argument("id", type=_message_id)
    unmark = actions.add_parser("unmark", help="forget the reply mark of this message")
    unmark.add_argument("id", type=_message_id)
    due = actions.add_parser(
        "followups", help="messages without a reply after some days (the newest per person)"
    )
    due.add_argument(
        "--days", type=_days, help="no reply after this many days (default: the library's, 7)"
    )
    due.add_argument("--json", action="store_true")
    stats = actions.add_parser(
        "stats", help="reply rate by score band, channel, length, questions and month"
    )
    stats.add_argument("--json", action="store_true")


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def run_reply_command(args: argparse.Namespace, library: Library) -> int:
    history = library.history
    if args.action == "followups":
        days = args.days or library.followup_days
        _followups(history.followups_due(days), days, args.json)
        return 0
    if args.action == "stats":
        from outreach_coach.storage.stats import compute

        stats = compute(history.messages(limit=1_000_000), library.followup_days)
        if args.json:
            _out(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        else:
            _print_stats(stats)
        return 0
    message = history.get(args.id)
    if message is None:
        raise InputError(f"No sent message with id {args.id}", hint="see 'history list'")
    if args.action == "mark-replied":
        day = _parse_date(args.date) if args.date else date.today()
        try:
            history.mark_replied(message.id, day)
        except ValueError as error:
            raise InputError(f"Cannot mark message {message.id} as replied: {error}") from error
        _out(f"message {message.id} to {message.recipient}: replied on {day.isoformat()}")
    elif args.action == "mark-no-reply":
        history.mark_no_reply(message.id)
        _out(f"message {message.id} to {message.recipient}: no reply")
    else:
        history.unmark(message.id)
        _out(f"message {message.id} to {message.recipient}: not marked")
    return 0


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(f"{text!r} is not a date", hint="write it as YYYY-MM-DD") from error


def _waited(message: SentMessage) -> int:
    return (datetime.now(UTC).astimezone().date() - message.sent_day()).days


def _followups(due: list[SentMessage], days: int, as_json: bool) -> None:
    if as_json:
        data = [{**m.to_dict(), "days_without_reply": _waited(m)} for m in due]
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not due:
        _out(f"no follow-ups due: no unmarked message is older than {days} days")
        return
    for m in due:
        first_line = m.text.strip().splitlines()[0] if m.text.strip() else ""
        _out(
            f"{m.id}\t{m.sent_day().isoformat()}\t{_waited(m)} days\t{m.recipient}"
            f"\t{first_line[:60]}"
        )


def _rate(replied: int, decided: int) -> str:
    return f"{round(100 * replied / decided):3d} %" if decided else "  – "


def _print_stats(stats: ReplyStats) -> None:
    from outreach_coach.storage.stats import MIN_MESSAGES

    total = stats.total
    _out(
        f"reply rate {_rate(total.replied, total.decided).strip()}: {total.replied} of "
        f"{total.decided} messages replied; {total.waiting} waiting (sent less than "
        f"{stats.followup_days} days ago, not marked)"
    )
    _out(f"{'':10} {'group':>16} {'replied':>8} {'of':>4} {'rate':>6} {'waiting':>8}")
    for breakdown in stats.breakdowns:
        for bar in breakdown.bars:
            flag = " *" if 0 < bar.decided < MIN_MESSAGES else ""
            _out(
                f"{breakdown.dimension:10} {bar.key:>16} {bar.replied:>8} {bar.decided:>4} "
                f"{_rate(bar.replied, bar.decided):>6} {bar.waiting:>8}{flag}"
            )
        if breakdown.not_measured:
            _out(f"{'':10} {'(not measured)':>16} {breakdown.not_measured} messages not measured")
    _out(
        f"* fewer than {MIN_MESSAGES} replied-or-not messages: too few to conclude anything"
        if stats.enough
        else f"Too few messages to conclude anything yet (fewer than {MIN_MESSAGES} replied "
        "or not): mark replies with 'history mark-replied ID'."
    )
