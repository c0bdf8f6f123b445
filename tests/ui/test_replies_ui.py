"""Replies in the window: the score recorded on Copy, marking replies in Sent messages, the
follow-ups due and the Stats view (its charts rendered to PNG, light and dark)."""

from __future__ import annotations

import csv
import stat
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from outreach_coach.screenshot import dark_palette
from outreach_coach.storage.history import NO_REPLY, NOT_MARKED, REPLIED, SendMeasures
from outreach_coach.storage.profiles import Profile
from outreach_coach.ui.library_menu import followups_dialog
from outreach_coach.ui.replies import FollowUpsDialog, SentMessagesDialog
from outreach_coach.ui.stats_view import StatsDialog
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from outreach_coach.storage.library import Library
    from outreach_coach.ui.library_controller import LibraryController
    from outreach_coach.ui.main_window import MainWindow


def _controller(window: MainWindow) -> LibraryController:
    assert window.library_controller is not None
    return window.library_controller


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")


def test_copy_records_the_score_channel_and_listening_numbers(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.profiles_panel.new_button.click()
    main_window.recipient_form.set_fields(
        name="Anna Berger",
        company="Stadtwerke Bochum",
        notes="Sprach auf der PyCon über Data Contracts",
    )
    main_window.editor.setPlainText(
        "Hallo Frau Berger, Ihr PyCon-Vortrag über Data Contracts hat mich überzeugt. "
        "Wie haben Sie Ihr Team dafür gewonnen?"
    )
    qtbot.wait_until(
        lambda: (
            main_window.shown_report is not None
            and main_window.shown_report.revision == main_window.revision
        ),
        timeout=30000,
    )
    report = main_window.shown_report
    assert report is not None
    main_window.copy_to_clipboard()
    [sent] = _controller(main_window).library.history.messages()
    assert sent.score == report.personalization.score
    assert sent.channel == "email"
    assert sent.words == report.metrics.words
    assert sent.questions_about_them == report.metrics.questions_about_them == 1
    assert sent.reply == NOT_MARKED


def _record(library: Library, name: str, days: int, measures: SendMeasures | None = None) -> int:
    person = library.profiles.add(Profile(name))
    return library.history.record(
        f"Hallo {name}, wie lief der Umzug Ihres Teams?", name, person.id, _ago(days), measures
    )


def test_marking_replied_with_a_date_no_reply_and_clearing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    library = _controller(main_window).library
    older = _record(library, "Anna Berger", 12)
    newer = _record(library, "Jonas Weber", 3)
    dialog = SentMessagesDialog(library, main_window)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.list.count() == 2
    assert dialog.current_id() == newer  # newest first, selected
    assert dialog.date_edit.date() == QDate.currentDate()  # the default: today
    dialog.list.setCurrentRow(1)
    assert dialog.current_id() == older
    assert "no reply yet" in dialog.list.item(1).text()  # 12 days > the 7 follow-up days
    replied_on = date.today() - timedelta(days=5)
    dialog.date_edit.setDate(QDate(replied_on.year, replied_on.month, replied_on.day))
    dialog.replied_button.click()
    stored = library.history.get(older)
    assert stored is not None
    assert (stored.reply, stored.replied_on) == (REPLIED, replied_on.isoformat())
    assert f"✓ replied on {replied_on.isoformat()}" in dialog.list.item(1).text()
    # the earliest date on offer is the day it was sent
    assert dialog.date_edit.minimumDate() == QDate.currentDate().addDays(-12)
    dialog.list.setCurrentRow(0)
    dialog.no_reply_button.click()
    stored = library.history.get(newer)
    assert stored is not None
    assert stored.reply == NO_REPLY
    assert "✗ no reply" in dialog.list.item(0).text()
    dialog.clear_button.click()
    stored = library.history.get(newer)
    assert stored is not None
    assert stored.reply == NOT_MARKED
    dialog.remove_button.click()
    assert library.history.get(newer) is None
    assert dialog.list.count() == 1
    assert dialog.current_id() == older


def test_followups_due_list_days_setting_and_write_follow_up(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    controller = _controller(main_window)
    library = controller.library
    anna = _record(library, "Anna Berger", 10)
    _record(library, "Jonas Weber", 20)
    _record(library, "Lea Schulz", 2)
    dialog = followups_dialog(controller, main_window.show_status)
    qtbot.add_widget(dialog)
    dialog.show()
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [label.split(" – ")[0] for label in labels] == ["Jonas Weber", "Anna Berger"]
    assert "no reply for 20 days" in labels[0]
    dialog.no_reply_button.click()  # Jonas: no reply, do not follow up
    assert dialog.list.count() == 1
    dialog.days.setValue(14)
    assert library.followup_days == 14
    assert dialog.list.count() == 0
    assert dialog.empty.isVisibleTo(dialog)
    assert not dialog.write_button.isEnabled()
    dialog.days.setValue(7)
    assert dialog.list.count() == 1
    message = library.history.get(anna)
    assert message is not None
    with qtbot.wait_signal(dialog.accepted):
        dialog.write_button.click()
    assert controller.current_id == message.profile_id
    assert main_window.recipient_form.fields()["name"] == "Anna Berger"
    assert message.sent_day().isoformat() in main_window.statusBar().currentMessage()
    again = FollowUpsDialog(library, main_window)
    qtbot.add_widget(again)
    again.replied_button.click()  # Anna replied today
    assert again.list.count() == 0
    replied = library.history.get(anna)
    assert replied is not None
    assert (replied.reply, replied.replied_on) == (REPLIED, date.today().isoformat())


def _fill_for_stats(library: Library) -> None:
    """About 70 messages over four months: personal e-mails answered more often than notes."""
    person = library.profiles.add(Profile("Anna Berger"))
    plan = [
        # (count, score, channel, words, questions, replied of count, days ago)
        (14, 88, "email", 110, 2, 9, 100),
        (12, 62, "linkedin_message", 70, 1, 5, 70),
        (16, 12, "linkedin_note", 40, 0, 1, 45),
        (8, 35, "email", 230, 0, 1, 20),
        (6, 90, "email", 95, 3, 0, 0),  # waiting (0–5 days)
    ]
    for count, score, channel, words, questions, replied, days in plan:
        for index in range(count):
            sent = library.history.record(
                f"Nachricht {score} {index}",
                "Anna Berger",
                person.id,
                _ago(days + index),
                SendMeasures(score, channel, words, questions),
            )
            if index < replied:
                library.history.mark_replied(
                    sent, date.today() - timedelta(days=max(days + index - 3, 0))
                )
            elif days > 7:
                library.history.mark_no_reply(sent)


def _assert_not_blank(image: QImage, bar_color: QColor) -> None:
    assert not image.isNull()
    assert image.width() > 600
    assert image.height() > 300
    colours: set[int] = set()
    bar_pixels = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            if QColor(pixel).rgb() == bar_color.rgb():
                bar_pixels += 1
    assert len(colours) > 20  # text, axes and bars, not one flat colour
    assert bar_pixels > 200  # the bars are drawn


def test_stats_view_charts_counts_table_and_csv(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = _controller(main_window).library
    _fill_for_stats(library)
    dialog = StatsDialog(library, main_window)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert dialog.summary.text().startswith("Reply rate 32 %: 16 of 50 messages got a reply.")
    assert "6 more are waiting" in dialog.summary.text()
    assert not dialog.warning.isVisibleTo(dialog)
    score = dialog.stats.breakdown("score")
    assert [(b.key, b.replied, b.decided) for b in score.bars] == [
        ("0-19", 1, 16),
        ("20-49", 1, 8),
        ("50-79", 5, 12),
        ("80-100", 9, 14),
    ]
    texts = [
        item.toPlainText()
        for item in dialog.charts.plots["score"].items  # type: ignore[attr-defined]
        if hasattr(item, "toPlainText")
    ]
    assert texts == ["6 %\n1/16", "12 %\n1/8", "42 %\n5/12", "64 %\n9/14"]
    table_rows = dialog.table_rows()
    assert table_rows[0][:7] == ["All messages", "all", "56", "16", "34", "6", "32 %"]
    assert ["By channel", "LinkedIn note", "16", "1", "15", "0", "6 %", "yes"] in table_rows
    assert ["By personalization score", "20–49", "8", "1", "7", "0", "12 %", "no"] in table_rows
    image_path = SCREENSHOTS / "stats_light.png"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.charts.grab().save(str(image_path))
    _assert_not_blank(QImage(str(image_path)), dialog.charts.bar_color)
    assert dialog.grab().save(str(SCREENSHOTS / "stats_dialog_light.png"))
    out = tmp_path / "stats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    dialog.export_button.click()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert dialog.saved.text() == f"Saved {out}"
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == dialog.headers()
    assert rows[1:] == table_rows


def test_stats_view_in_the_dark_and_with_too_few_messages(
    qtbot: QtBot, main_window: MainWindow, qapp: QApplication
) -> None:
    library = _controller(main_window).library
    _fill_for_stats(library)
    light = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        dialog = StatsDialog(library, main_window)
        qtbot.add_widget(dialog)
        dialog.show()
        qtbot.wait_exposed(dialog)
        assert dialog.charts.bar_color == QColor("#56B4E9")
        image_path = SCREENSHOTS / "stats_dark.png"
        assert dialog.charts.grab().save(str(image_path))
        _assert_not_blank(QImage(str(image_path)), dialog.charts.bar_color)
        assert dialog.grab().save(str(SCREENSHOTS / "stats_dialog_dark.png"))
    finally:
        qapp.setPalette(light)
    for message in library.history.messages()[9:]:
        library.history.delete(message.id)
    few = StatsDialog(library, main_window)
    qtbot.add_widget(few)
    few.show()
    assert few.warning.isVisibleTo(few)
    assert "Too few messages to conclude anything yet" in few.warning.text()
