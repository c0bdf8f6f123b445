"""Replies, follow-ups and reply statistics on real SQLite files (schema 5)."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from outreach_coach.storage.db import DB_NAME, migrate, schema_version
from outreach_coach.storage.history import NO_REPLY, NOT_MARKED, REPLIED, SendMeasures
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.storage.stats import MIN_MESSAGES, compute

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

REPLIES_VERSION = 5
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _ago(days: int) -> str:
    return (NOW - timedelta(days=days)).isoformat(timespec="seconds")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    opened = Library.open(tmp_path / "data")
    yield opened
    opened.close()


def _person(library: Library, name: str) -> int:
    person = library.profiles.add(Profile(name))
    assert person.id is not None
    return person.id


@pytest.mark.parametrize("version", range(REPLIES_VERSION))
def test_sent_messages_survive_the_replies_migration_unmarked(tmp_path: Path, version: int) -> None:
    """From every older schema: old messages come through, not marked, not measured."""
    connection = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    migrate(connection, target=version)
    if version >= 3:
        connection.execute(
            "INSERT INTO profiles (name, created, updated) VALUES ('Lea Schulz', 'x', 'x')"
        )
        connection.execute(
            "INSERT INTO sent (profile_id, recipient, text, sent_at, signature)"
            " VALUES (1, 'Lea Schulz', 'Hallo Lea, wie war Ihr Vortrag in Köln?',"
            " '2026-01-05T09:00:00+00:00', x'00')"
        )
    connection.close()
    library = Library.open(tmp_path)
    assert schema_version(library.db.connection) >= REPLIES_VERSION
    messages = library.history.messages()
    if version >= 3:
        [old] = messages
        assert (old.reply, old.replied_on, old.score, old.channel) == (NOT_MARKED, "", None, "")
        assert old.words is None
        assert library.history.mark_replied(old.id, date(2026, 1, 9))
        stats = compute(library.history.messages(), 7, NOW)
        assert stats.total.replied == 1
        assert stats.breakdown("score").not_measured == 1
        # words and questions are measured from the text when the row has none
        assert [b.key for b in stats.breakdown("length").bars if b.messages] == ["1-50"]
        assert [b.key for b in stats.breakdown("questions").bars if b.messages] == ["1"]
    else:
        assert messages == []
    library.close()


def test_marking_replied_no_reply_and_unmarking(library: Library) -> None:
    anna = _person(library, "Anna Berger")
    sent = library.history.record(
        "Hallo Frau Berger, wie kam Ihr Vortrag über Data Contracts an?",
        "Anna Berger",
        anna,
        sent_at="2026-03-01T10:00:00+00:00",
        measures=SendMeasures(score=84, channel="email"),
    )
    stored = library.history.get(sent)
    assert stored is not None
    assert (stored.score, stored.channel, stored.words, stored.questions_about_them) == (
        84,
        "email",
        11,
        1,
    )
    assert library.history.mark_replied(sent, date(2026, 3, 4))
    assert library.history.get(sent) == replace(stored, reply=REPLIED, replied_on="2026-03-04")
    assert library.history.mark_no_reply(sent)
    again = library.history.get(sent)
    assert again is not None
    assert (again.reply, again.replied_on) == (NO_REPLY, "")
    assert library.history.unmark(sent)
    assert library.history.get(sent) == stored
    with pytest.raises(ValueError, match="before the message was sent"):
        library.history.mark_replied(sent, date(2026, 2, 27))
    with pytest.raises(ValueError, match="in the future"):
        library.history.mark_replied(sent, date.today() + timedelta(days=2))
    assert not library.history.mark_replied(sent + 100, date(2026, 3, 4))
    exported = library.export_person(anna)
    assert exported is not None
    assert exported["sent"][0]["reply"] == "none"


def test_followups_due_are_unanswered_newest_per_person_after_n_days(library: Library) -> None:
    anna, jonas, lea = (_person(library, n) for n in ("Anna", "Jonas", "Lea"))
    history = library.history
    first_to_anna = history.record("Hallo Anna, erste Nachricht", "Anna", anna, _ago(20))
    followup_to_anna = history.record("Hallo Anna, kurz nachgefragt", "Anna", anna, _ago(9))
    to_jonas = history.record("Hallo Jonas", "Jonas", jonas, _ago(8))
    recent_to_lea = history.record("Hallo Lea", "Lea", lea, _ago(3))
    unassigned = history.record("Hallo Max", "Max", None, _ago(30))
    due = history.followups_due(7, now=NOW)
    assert [m.id for m in due] == [unassigned, followup_to_anna, to_jonas]
    assert first_to_anna not in [m.id for m in due]  # the follow-up replaced it
    history.mark_replied(to_jonas, date(2026, 3, 14))
    history.mark_no_reply(unassigned)
    assert [m.id for m in history.followups_due(7, now=NOW)] == [followup_to_anna]
    assert [m.id for m in history.followups_due(2, now=NOW)] == [followup_to_anna, recent_to_lea]
    assert library.followup_days == 7
    library.set_followup_days(14)
    assert library.followup_days == 14
    library.set_followup_days(0)
    assert library.followup_days == 1


def test_stats_count_every_bar_and_say_when_there_are_too_few(library: Library) -> None:
    person = _person(library, "Anna")
    # 12 personal e-mails (score 85): 9 replied, 3 marked no reply;
    # 12 templated LinkedIn notes (score 10): 1 replied, 11 not marked after 30 days;
    # 2 fresh e-mails (score 60) waiting.
    rows: list[tuple[str, SendMeasures, str]] = []
    rows += [("personal", SendMeasures(85, "email", 90, 2), REPLIED)] * 9
    rows += [("personal", SendMeasures(85, "email", 90, 2), NO_REPLY)] * 3
    rows += [("template", SendMeasures(10, "linkedin_note", 40, 0), REPLIED)]
    rows += [("template", SendMeasures(10, "linkedin_note", 40, 0), NOT_MARKED)] * 11
    rows += [("fresh", SendMeasures(60, "email", 250, 3), NOT_MARKED)] * 2
    for index, (text, measures, state) in enumerate(rows):
        days = 2 if text == "fresh" else 30 + index
        sent = library.history.record(f"{text} {index}", "Anna", person, _ago(days), measures)
        if state == REPLIED:
            library.history.mark_replied(sent, (NOW - timedelta(days=days - 1)).date())
        elif state == NO_REPLY:
            library.history.mark_no_reply(sent)
    stats = compute(library.history.messages(), 7, NOW)
    assert (stats.total.replied, stats.total.no_reply, stats.total.waiting) == (10, 14, 2)
    assert stats.total.rate == pytest.approx(10 / 24)
    score = {b.key: b for b in stats.breakdown("score").bars}
    assert list(score) == ["0-19", "20-49", "50-79", "80-100"]
    assert (score["80-100"].replied, score["80-100"].decided) == (9, 12)
    assert score["80-100"].rate == pytest.approx(0.75)
    assert score["80-100"].enough
    assert (score["0-19"].replied, score["0-19"].decided) == (1, 12)
    assert (score["50-79"].waiting, score["50-79"].rate, score["50-79"].enough) == (2, None, False)
    assert score["20-49"].messages == 0
    channel = {b.key: b for b in stats.breakdown("channel").bars}
    assert (channel["email"].replied, channel["email"].no_reply, channel["email"].waiting) == (
        9,
        3,
        2,
    )
    assert channel["linkedin_message"].messages == 0
    length = {b.key: b.messages for b in stats.breakdown("length").bars}
    assert length == {"1-50": 12, "51-120": 12, "121-200": 0, "201+": 2}
    questions = {b.key: b.messages for b in stats.breakdown("questions").bars}
    assert questions == {"0": 12, "1": 0, "2": 12, "3+": 2}
    months = stats.breakdown("month")
    assert [b.key for b in months.bars] == ["2026-01", "2026-02", "2026-03"]
    assert sum(b.messages for b in months.bars) == 26
    assert all(b.not_measured == 0 for b in stats.breakdowns)


def test_stats_csv_and_json_agree(library: Library) -> None:
    person = _person(library, "Anna")
    for index in range(MIN_MESSAGES - 1):
        library.history.record(
            f"Nachricht {index}", "Anna", person, _ago(20), SendMeasures(70, "email")
        )
    stats = compute(library.history.messages(), 7, NOW)
    assert not stats.enough
    rows = list(csv.DictReader(io.StringIO(stats.to_csv())))
    assert rows[0] == {
        "dimension": "total",
        "group": "all",
        "messages": "9",
        "replied": "0",
        "no_reply": "9",
        "waiting": "0",
        "reply_rate": "0.000",
    }
    assert len(rows) == len(stats.rows())
    data = stats.to_dict()
    assert data["total"] == {
        "group": "all",
        "messages": 9,
        "replied": 0,
        "no_reply": 9,
        "waiting": 0,
        "reply_rate": 0.0,
        "enough": False,
    }
