"""history mark-replied / mark-no-reply / unmark / followups / stats from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from outreach_coach.storage.history import SendMeasures
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from tests.cli.test_check import run_cli

if TYPE_CHECKING:
    from pathlib import Path


def _library_with_messages(folder: Path) -> list[int]:
    """Anna: an e-mail 20 days ago; Jonas: a LinkedIn note 10 days ago; Lea: one 2 days ago."""
    library = Library.open(folder)
    ids = []
    now = datetime.now(UTC)
    for name, days, measures in (
        ("Anna Berger", 20, SendMeasures(82, "email")),
        ("Jonas Weber", 10, SendMeasures(15, "linkedin_note")),
        ("Lea Schulz", 2, SendMeasures(55, "email")),
    ):
        person = library.profiles.add(Profile(name))
        sent_at = (now - timedelta(days=days)).isoformat(timespec="seconds")
        ids.append(
            library.history.record(
                f"Hallo {name}, wie lief Ihr Projekt?", name, person.id, sent_at, measures
            )
        )
    library.close()
    return ids


def test_mark_replies_list_followups_and_stats(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    anna, jonas, lea = _library_with_messages(folder)
    data = str(folder)
    due = run_cli("history", "followups", "--json", "--data-dir", data)
    assert due.returncode == 0, due.stderr
    assert [m["id"] for m in json.loads(due.stdout)] == [anna, jonas]
    assert json.loads(due.stdout)[0]["days_without_reply"] >= 19
    replied_on = (date.today() - timedelta(days=15)).isoformat()
    marked = run_cli("history", "mark-replied", str(anna), "--date", replied_on, "--data-dir", data)
    assert marked.returncode == 0, marked.stderr
    assert f"replied on {replied_on}" in marked.stdout
    assert run_cli("history", "mark-no-reply", str(jonas), "--data-dir", data).returncode == 0
    text = run_cli("history", "followups", "--data-dir", data)
    assert "no follow-ups due" in text.stdout
    shorter = run_cli("history", "followups", "--days", "1", "--data-dir", data)
    assert shorter.stdout.startswith(f"{lea}\t")
    assert "Lea Schulz" in shorter.stdout
    stats = run_cli("history", "stats", "--json", "--data-dir", data)
    assert stats.returncode == 0, stats.stderr
    numbers = json.loads(stats.stdout)
    assert numbers["total"]["replied"] == 1
    assert numbers["total"]["no_reply"] == 1
    assert numbers["total"]["waiting"] == 1
    assert numbers["total"]["enough"] is False
    score = {bar["group"]: bar for bar in numbers["breakdowns"][0]["bars"]}
    assert score["80-100"]["reply_rate"] == 1.0
    assert score["0-19"]["reply_rate"] == 0.0
    readable = run_cli("history", "stats", "--data-dir", data)
    assert "reply rate 50 %: 1 of 2 messages replied; 1 waiting" in readable.stdout
    assert "Too few messages to conclude anything" in readable.stdout
    cleared = run_cli("history", "unmark", str(anna), "--data-dir", data)
    assert cleared.returncode == 0
    again = run_cli("history", "followups", "--json", "--data-dir", data)
    assert [m["id"] for m in json.loads(again.stdout)] == [anna]


def test_bad_ids_and_dates_are_explained(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    anna, _, _ = _library_with_messages(folder)
    data = str(folder)
    missing = run_cli("history", "mark-replied", "999", "--data-dir", data)
    assert missing.returncode == 1
    assert "No sent message with id 999" in missing.stderr
    huge = run_cli("history", "mark-no-reply", "9" * 30, "--data-dir", data)
    assert huge.returncode == 2
    assert "is not a message id" in huge.stderr
    bad_date = run_cli(
        "history", "mark-replied", str(anna), "--date", "3.4.2026", "--data-dir", data
    )
    assert bad_date.returncode == 1
    assert "YYYY-MM-DD" in bad_date.stderr
    too_early = run_cli(
        "history", "mark-replied", str(anna), "--date", "2000-01-01", "--data-dir", data
    )
    assert too_early.returncode == 1
    assert "before the message was sent" in too_early.stderr
    bad_days = run_cli("history", "followups", "--days", "0", "--data-dir", data)
    assert bad_days.returncode == 2
