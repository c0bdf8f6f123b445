"""The window as a user drives it: type, see highlights, click findings, copy."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_coach.core.model import Report, Snapshot
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow


def wait_for_report(qtbot: QtBot, window: MainWindow) -> Report:
    qtbot.wait_until(
        lambda: window.shown_report is not None and window.shown_report.revision == window.revision,
        timeout=5000,
    )
    assert window.shown_report is not None
    return window.shown_report


def underlined_ranges(window: MainWindow) -> list[tuple[int, int]]:
    """(document position, length) of every painted highlight."""
    ranges = []
    block = window.editor.document().firstBlock()
    while block.isValid():
        ranges += [(block.position() + r.start, r.length) for r in block.layout().formats()]
        block = block.next()
    return ranges


def test_typing_a_placeholder_highlights_it(qtbot: QtBot, main_window: MainWindow) -> None:
    qtbot.keyClicks(main_window.editor, "Hallo {{first_name}}, kurze Frage")
    report = wait_for_report(qtbot, main_window)
    assert any(f.rule.startswith("placeholder") for f in report.findings)
    assert (6, 14) in underlined_ranges(main_window)
    assert "Vorlagenfehler" in main_window.panel.findings_list.item(0).text()


def test_highlight_lands_after_an_emoji(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.editor.textCursor().insertText("Hi 😀👩‍💻 Anna,\nmore leads for you!")
    report = wait_for_report(qtbot, main_window)
    text = main_window.editor.toPlainText()
    leads = next(f for f in report.findings if f.category == "buzzword")
    assert text[leads.start : leads.end] == "more leads"
    # "😀" is 2 UTF-16 units, "👩‍💻" is 5: str index 19 → document position 22
    utf16_start = len(text[: leads.start].encode("utf-16-le")) // 2
    assert utf16_start == leads.start + 3
    assert (utf16_start, 10) in underlined_ranges(main_window)


def test_clicking_a_finding_selects_its_text(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.editor.textCursor().insertText("🚀 Ich hoffe, diese Nachricht erreicht Sie gut.")
    wait_for_report(qtbot, main_window)
    panel = main_window.panel
    item = panel.findings_list.item(1)  # item 0 is the category heading
    # the list names the words before the reason, so it reads without the editor
    assert item.text().strip().startswith("„Ich hoffe, diese Nachricht erreicht Sie gut“ – ")
    rect = panel.findings_list.visualItemRect(item)
    qtbot.mouseClick(panel.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (
        main_window.editor.textCursor().selectedText()
        == "Ich hoffe, diese Nachricht erreicht Sie gut"
    )


def test_copy_shortcut_puts_polished_text_on_the_clipboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.editor.setPlainText("Liebe Anna,   \n\nwie war Berlin?  \n\n")
    main_window.editor.setFocus()
    qtbot.keyClick(
        main_window.editor,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QApplication.clipboard().text() == "Liebe Anna,\n\nwie war Berlin?"
    assert "Copied" in main_window.statusBar().currentMessage()


def test_copy_button_works_too(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.editor.setPlainText("Hi Ben\r\n")
    qtbot.mouseClick(main_window.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Hi Ben"


def test_burst_of_edits_is_throttled_and_stale_reports_are_not_painted(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    lane = main_window.lane
    for _ in range(20):
        main_window.editor.textCursor().insertText("x")
    report = wait_for_report(qtbot, main_window)
    assert report.revision == main_window.revision
    assert len(lane.submitted) <= 3  # the leading edge, maybe one interim, the trailing edge
    assert lane.submitted[-1] == main_window.revision
    before = main_window.panel.findings_list.count()
    stale = lane.session.analyze(Snapshot(1, "{{x}} {{y}} {{z}}"))
    lane.report_ready.emit(stale)
    assert main_window.panel.findings_list.count() == before


def test_recipient_change_reanalyses(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.editor.setPlainText("Sehr geehrte Damen und Herren,\nich schreibe Ihnen.")
    report = wait_for_report(qtbot, main_window)
    assert not any(f.rule == "greeting.anonymous_known_name" for f in report.findings)
    main_window.recipient_form.name_edit.setText("Anna Weber")
    qtbot.wait_until(
        lambda: any(
            f.rule == "greeting.anonymous_known_name"
            for f in (main_window.shown_report.findings if main_window.shown_report else ())
        )
    )


def test_nul_in_paste_is_removed_and_reported(qtbot: QtBot, main_window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("Hallo\x00 Anna\r\n")
    main_window.editor.insertFromMimeData(mime)
    assert main_window.editor.toPlainText() == "Hallo Anna\n"
    assert "NUL" in main_window.statusBar().currentMessage()


def test_uncaught_exception_keeps_the_draft(
    qtbot: QtBot,
    main_window: MainWindow,
    isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append(box.text()))
    main_window.editor.setPlainText("Mein wertvoller Entwurf")
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.wait_until(lambda: main_window.crash_reporter.last_recovery is not None)
    saved = main_window.crash_reporter.last_recovery
    assert saved is not None
    assert saved.read_text(encoding="utf-8") == "Mein wertvoller Entwurf"
    assert saved.parent == isolated_data_dir / "recovered"
    assert shown
    assert "kaputt" in shown[0]
    assert str(saved) in shown[0]
    assert main_window.editor.toPlainText() == "Mein wertvoller Entwurf"
    assert any("uncaught exception" in r.getMessage() for r in caplog.records)  # logged, expected


@pytest.mark.model
def test_model_loads_in_background_and_scores_by_meaning(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.recipient_form.notes_edit.setPlainText(
        "Sprach auf der PyCon DE über Data Contracts"
    )
    main_window.editor.setPlainText(
        "Liebe Anna,\nIhr Vortrag in Berlin über Vereinbarungen zwischen Datenproduzenten und "
        "-konsumenten hat mich überzeugt. Wie haben Sie das Team dafür gewonnen?"
    )
    assert main_window.model_status.text() == "Embedding model: not loaded"
    gc.unfreeze()
    main_window.start_loaders()
    qtbot.wait_until(lambda: "USE" in main_window.model_status.text(), timeout=60000)
    # what lives as long as the window (model, catalogs, caches) is out of full collections
    assert gc.get_freeze_count() > 10_000
    qtbot.wait_until(
        lambda: (
            main_window.shown_report is not None
            and "USE" in main_window.shown_report.personalization.method
        ),
        timeout=10000,
    )
    report = main_window.shown_report
    assert report is not None
    assert report.personalization.facts[0].used
    SCREENSHOTS.mkdir(exist_ok=True)
    assert main_window.grab().save(str(SCREENSHOTS / "main_window_de.png"))


def test_window_renders_to_png(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.recipient_form.name_edit.setText("Jonas Weber")
    main_window.recipient_form.notes_edit.setPlainText(
        "- leads the platform team at Acme\n- wrote about on-call fatigue"
    )
    main_window.editor.setPlainText(
        "Hi Professor,\nI hope this finds you well. We generate qualified leads!"
    )
    cursor = main_window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    wait_for_report(qtbot, main_window)
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / "main_window_en.png"
    assert main_window.grab().save(str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.model
def test_a_broken_own_phrase_list_is_reported_and_the_rules_still_work(
    qtbot: QtBot, main_window: MainWindow, isolated_data_dir: Path
) -> None:
    (isolated_data_dir / "phrases-de.toml").write_text("[[entry]\nkaputt", encoding="utf-8")
    main_window.start_loaders()
    qtbot.wait_until(
        lambda: "Own phrase list skipped" in main_window.statusBar().currentMessage(),
        timeout=10000,
    )
    assert "phrases-de.toml" in main_window.statusBar().currentMessage()
    main_window.editor.setPlainText("Hallo {{first_name}}, ich hoffe, es geht Ihnen gut.")
    report = wait_for_report(qtbot, main_window)
    assert any(f.category == "template_error" for f in report.findings)
    assert any(f.category == "generic_phrase" for f in report.findings)


def test_settings_change_the_channel_budget_and_survive_a_restart(
    qtbot: QtBot, main_window: MainWindow, isolated_data_dir: Path
) -> None:
    from dataclasses import replace

    from outreach_coach.app import build_main_window

    main_window.editor.setPlainText("Hallo Anna, " + "wir schreiben viel. " * 30)
    report = wait_for_report(qtbot, main_window)
    assert not any(f.rule.startswith("form.") for f in report.findings)
    main_window.apply_settings(replace(main_window.settings, channel="linkedin_note"))
    report = wait_for_report(qtbot, main_window)
    assert any(f.severity == "error" and f.rule.startswith("form.") for f in report.findings)
    assert "Settings saved" in main_window.statusBar().currentMessage()
    main_window.shutdown()
    again = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(again)
    try:
        assert again.settings.channel == "linkedin_note"
    finally:
        again.shutdown()


def test_window_geometry_and_splitters_come_back(qtbot: QtBot, isolated_data_dir: Path) -> None:
    from PySide6.QtWidgets import QSplitter

    from outreach_coach.app import build_main_window

    first = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(first)
    first.resize(760, 560)  # within the offscreen screen (800 x 600)
    splitter = first.findChild(QSplitter, "main_splitter")
    assert splitter is not None
    splitter.setSizes([200, 600, 311])
    sizes = splitter.sizes()
    first.shutdown()
    second = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(second)
    try:
        assert (second.width(), second.height()) == (760, 560)
        restored = second.findChild(QSplitter, "main_splitter")
        assert restored is not None
        assert restored.sizes() == sizes
    finally:
        second.shutdown()


def test_f8_walks_through_the_findings(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.editor.setPlainText(
        "Ich hoffe, diese Nachricht erreicht Sie gut. Hallo {{first_name}}, wir bieten "
        "eine innovative Lösung. Rufen Sie noch heute an!"
    )
    report = wait_for_report(qtbot, main_window)
    starts = sorted({f.start for f in report.findings})
    assert len(starts) >= 2
    main_window.editor.setFocus()
    cursor = main_window.editor.textCursor()
    cursor.setPosition(0)
    main_window.editor.setTextCursor(cursor)
    qtbot.keyClick(main_window.editor, Qt.Key.Key_F8)
    first = main_window.editor.textCursor().selectionStart()
    qtbot.keyClick(main_window.editor, Qt.Key.Key_F8)
    second = main_window.editor.textCursor().selectionStart()
    assert second > first
    qtbot.keyClick(main_window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert main_window.editor.textCursor().selectionStart() == first


def test_a_very_long_paste_is_kept_whole_and_its_beginning_checked(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A megabyte-sized paste would keep the analysis thread busy for seconds on every key;
    the window checks the first READ_LIMIT characters, says so, and the text stays whole."""
    from outreach_coach.core.text.bounds import READ_LIMIT

    paragraph = "Ihr Vortrag über Datenverträge hat mich lange beschäftigt. Wie lief es danach?\n\n"
    late = "Wir sind ein innovativer Anbieter mit {{Vorname}}."  # after the limit: not checked
    text = "Hallo Anna,\n\n" + paragraph * (READ_LIMIT // len(paragraph) + 50) + late
    main_window.editor.setPlainText(text)
    report = wait_for_report(qtbot, main_window)
    assert main_window.editor.toPlainText() == text  # loses nothing
    read = len(text) - report.unread
    assert 0 < read <= READ_LIMIT
    assert report.unread == len(text) - read > len(late)
    assert text[:read].endswith("danach?")  # cut between paragraphs
    assert all(finding.end <= read for finding in report.findings)
    assert not any(finding.rule.startswith("placeholder") for finding in report.findings)
    notice = main_window.panel.unread_label
    assert notice.isVisibleTo(main_window.panel)
    assert f"{read:,}".replace(",", ".") in notice.text()
    assert "nicht geprüft" in notice.text()
    main_window.editor.setPlainText("Hallo Anna, {{Vorname}}")  # short again: the notice goes
    report = wait_for_report(qtbot, main_window)
    assert report.unread == 0
    assert not notice.isVisibleTo(main_window.panel)
    assert any(finding.rule.startswith("placeholder") for finding in report.findings)
