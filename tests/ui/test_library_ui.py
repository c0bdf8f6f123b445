"""The library in the window: people, autosave and restore, sent history, ignored matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from outreach_coach.app import build_main_window
from outreach_coach.storage.db import DB_NAME
from tests.storage.test_library import TEMPLATE

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow


def _controller(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.library_controller is not None
    return window.library_controller


def _new_person(qtbot: QtBot, window: MainWindow, name: str, company: str, notes: str) -> int:
    form = window.recipient_form
    controller = _controller(window)
    window.profiles_panel.new_button.click()
    form.set_fields(name=name, company=company, notes=notes)
    assert controller.current_id is not None
    return int(controller.current_id)


def test_autosaved_person_and_draft_come_back_after_a_restart(
    qtbot: QtBot, main_window: MainWindow, isolated_data_dir: Path
) -> None:
    person = _new_person(
        qtbot, main_window, "Anna Berger", "Stadtwerke Bochum", "Sprach über Data Contracts"
    )
    main_window.editor.setPlainText("Hallo Frau Berger, Ihr Vortrag über Data Contracts …")
    library = _controller(main_window).library
    qtbot.wait_until(
        lambda: (
            (draft := library.drafts.current(person)) is not None
            and draft.text.startswith("Hallo Frau Berger")
        ),
        timeout=5000,
    )
    saved = library.profiles.get(person)
    assert saved is not None
    assert saved.notes == "Sprach über Data Contracts"
    main_window.shutdown()
    again = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(again)
    try:
        assert again.recipient_form.fields()["name"] == "Anna Berger"
        assert again.editor.toPlainText().startswith("Hallo Frau Berger")
        assert again.profiles_panel.list.count() == 1
    finally:
        again.shutdown()


def test_search_and_choose_load_notes_and_that_persons_draft(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    anna = _new_person(qtbot, main_window, "Anna Berger", "Stadtwerke", "Data Contracts")
    main_window.editor.setPlainText("Entwurf für Anna")
    jonas = _new_person(qtbot, main_window, "Jonas Müller", "Flinkwerk", "Handball")
    main_window.editor.setPlainText("Entwurf für Jonas")
    main_window.profiles_panel.search_edit.setText("mull")
    panel = main_window.profiles_panel
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Jonas Müller – Flinkwerk"
    ]
    panel.search_edit.setText("")
    _controller(main_window).choose(anna)
    assert main_window.recipient_form.fields()["notes"] == "Data Contracts"
    assert main_window.editor.toPlainText() == "Entwurf für Anna"
    _controller(main_window).choose(jonas)
    assert main_window.editor.toPlainText() == "Entwurf für Jonas"


def test_copying_records_history_and_a_repeated_template_is_flagged(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    for name, company in (("Jonas Weber", "Acme"), ("Lea Schulz", "Greenfield")):
        _new_person(qtbot, main_window, name, company, "")
        main_window.editor.setPlainText(TEMPLATE.format(name=name, company=company))
        main_window.copy_to_clipboard()
        assert "Recorded as sent to" in main_window.statusBar().currentMessage()
    assert _controller(main_window).library.history.count() == 2
    _new_person(qtbot, main_window, "Anna Berger", "Stadtwerke Bochum", "")
    main_window.editor.setPlainText(
        TEMPLATE.format(name="Frau Berger", company="Stadtwerke Bochum")
    )
    qtbot.wait_until(
        lambda: (
            main_window.shown_report is not None
            and main_window.shown_report.revision == main_window.revision
            and any(f.category == "mass_message" for f in main_window.shown_report.findings)
        ),
        timeout=5000,
    )


def test_ignore_this_match_persists_and_can_be_undone(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.editor.setPlainText("Ich hoffe, diese Nachricht erreicht Sie gut. Wie geht es?")
    qtbot.wait_until(
        lambda: (
            main_window.shown_report is not None
            and main_window.shown_report.revision == main_window.revision
        ),
        timeout=5000,
    )
    assert main_window.shown_report is not None
    finding = next(f for f in main_window.shown_report.findings if f.rule)
    position = main_window.editor.toPlainText().index("diese Nachricht")
    assert main_window.editor.coach_finding_at(position) is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Kunde mag das", True))
    main_window.editor.ignore_requested.emit(finding)
    qtbot.wait_until(
        lambda: (
            main_window.shown_report is not None
            and main_window.shown_report.revision == main_window.revision
            and not any(f.rule == finding.rule for f in main_window.shown_report.findings)
        ),
        timeout=5000,
    )
    controller = _controller(main_window)
    [stored] = controller.library.suppressions.all()
    assert (stored.rule, stored.reason) == (finding.rule, "Kunde mag das")
    controller.unignore(stored.rule, stored.text)
    assert controller.suppressions == ()


def test_deleting_a_person_asks_first(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _new_person(qtbot, main_window, "Anna Berger", "", "")
    panel = main_window.profiles_panel
    panel.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_button.click()
    assert _controller(main_window).library.profiles.get(person) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete_button.click()
    assert _controller(main_window).library.profiles.get(person) is None
    assert panel.list.count() == 0


def test_a_damaged_library_is_moved_aside_and_the_app_starts(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / DB_NAME).write_bytes(b"garbage" * 50)
    window = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(window)
    try:
        message = window.statusBar().currentMessage()
        assert "moved aside to" in message
        moved = list(isolated_data_dir.glob("library.damaged-*.sqlite3"))
        assert len(moved) == 1
        assert moved[0].read_bytes() == b"garbage" * 50
    finally:
        window.shutdown()


def test_a_new_person_starts_with_an_empty_draft_and_duplicate_keeps_the_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    controller, editor, panel = (
        _controller(main_window),
        main_window.editor,
        main_window.profiles_panel,
    )
    editor.setPlainText("Entwurf für jemanden")  # typed for no one yet: it comes along
    anna = _new_person(qtbot, main_window, "Anna Berger", "Stadtwerke", "Data Contracts")
    assert editor.toPlainText() == "Entwurf für jemanden"
    editor.setPlainText("Entwurf für Anna")
    panel.new_button.click()
    fresh = controller.current_id
    assert fresh is not None
    assert fresh != anna
    assert editor.toPlainText() == ""
    draft = controller.library.drafts.current(fresh)
    assert draft is None or draft.text == ""
    controller.choose(anna)
    assert editor.toPlainText() == "Entwurf für Anna"
    controller.refresh()
    [row] = [i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("Anna")]
    panel.list.setCurrentRow(row)
    panel.duplicate_button.click()
    copy = controller.current_id
    assert copy not in (None, anna, fresh)
    assert editor.toPlainText() == "Entwurf für Anna"
    assert main_window.recipient_form.fields()["name"] == "Anna Berger (2)"
    saved = controller.library.drafts.current(int(copy)) if copy is not None else None
    assert saved is not None
    assert saved.text == "Entwurf für Anna"


def test_the_librarys_shortcuts_come_from_the_action_table(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Ctrl+N and Ctrl+F are the table's actions, shown in the Library menu, and do the
    library's work."""
    actions = main_window.actions_by_key
    [library_menu] = [m for m in main_window.findChildren(QMenu) if m.title() == "&Library"]
    assert {actions["new_person"], actions["find_person"]} <= set(library_menu.actions())
    assert actions["new_person"].isEnabled()
    controller = _controller(main_window)
    before = controller.library.profiles.count()
    main_window.editor.setFocus()
    qtbot.keyClick(main_window.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert controller.library.profiles.count() == before + 1
    assert controller.current_id is not None
    qtbot.keyClick(main_window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.profiles_panel.search_edit.hasFocus()
