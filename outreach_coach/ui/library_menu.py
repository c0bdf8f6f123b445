"""The Library menu: people, imports, exports, sent history and ignored matches."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from outreach_coach.core.model import Suppression
from outreach_coach.errors import InputError
from outreach_coach.files import write_private
from outreach_coach.storage import transfer
from outreach_coach.ui.library_dialogs import CsvMappingDialog, RemovableListDialog
from outreach_coach.ui.replies import FollowUpsDialog, SentMessagesDialog

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from outreach_coach.core.model import Finding
    from outreach_coach.storage.transfer import ImportResult
    from outreach_coach.ui.library_controller import LibraryController
    from outreach_coach.ui.main_window import MainWindow


def _action(
    window: MainWindow, label: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    action = QAction(label, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_library_menu(window: MainWindow, controller: LibraryController) -> None:
    menu = window.menuBar().addMenu(translate("LibraryMenu", "&Library"))
    menu.addAction(
        _action(window, translate("LibraryMenu", "&New person"), controller.new_person, "Ctrl+N")
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Find person"),
            window.profiles_panel.search_edit.setFocus,
            "Ctrl+F",
        )
    )
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "Import &LinkedIn connections…"),
            lambda: _import(window, controller, linkedin=True),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "Import &CSV…"),
            lambda: _import(window, controller, linkedin=False),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Export this person…"),
            lambda: _export_person(window, controller),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Back up library…"),
            lambda: _backup(window, controller),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Restore backup…"),
            lambda: _restore(window, controller),
        )
    )
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Sent messages…"),
            lambda: _sent_dialog(window, controller),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "F&ollow-ups due…"),
            lambda: _followups_dialog(window, controller),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "S&tats…"),
            lambda: _stats_dialog(window, controller),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("LibraryMenu", "&Ignored matches…"),
            lambda: _ignored_dialog(window, controller),
        )
    )
    record = _action(
        window, translate("LibraryMenu", "Record &copied messages as sent"), lambda: None
    )
    record.setCheckable(True)
    record.setChecked(controller.library.records_history)
    record.toggled.connect(controller.library.set_records_history)
    menu.addAction(record)
    window.editor.ignore_requested.connect(
        lambda finding: ask_to_ignore(window, controller, finding)
    )


def ask_to_ignore(window: MainWindow, controller: LibraryController, finding: Finding) -> None:
    words = window.editor.toPlainText()[finding.start : finding.end]
    reason, accepted = QInputDialog.getText(
        window,
        translate("LibraryMenu", "Ignore this match"),
        translate(
            "LibraryMenu", "“{words}” will no longer be flagged by this rule. Why? (optional)"
        ).format(words=words[:80]),
    )
    if accepted:
        controller.ignore(Suppression(finding.rule, words, reason))


def _report(window: MainWindow, result: ImportResult) -> None:
    text = translate("LibraryMenu", "Added {added}, merged {merged}, skipped {skipped}.").format(
        added=result.added, merged=result.merged, skipped=len(result.errors)
    )
    if result.errors:
        text += "\n\n" + "\n".join(result.errors[:30])
    QMessageBox.information(window, translate("LibraryMenu", "Import"), text)


def _import(window: MainWindow, controller: LibraryController, linkedin: bool) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, translate("LibraryMenu", "Import contacts"), "", "CSV files (*.csv)"
    )
    if not path:
        return
    controller.autosave.flush()
    try:
        result = _import_file(window, controller, Path(path), linkedin)
    except InputError as error:  # a malformed CSV: nothing imported, the line number shown
        QMessageBox.warning(window, translate("LibraryMenu", "Import"), str(error))
        return
    if result is None:
        return
    controller.refresh()
    _report(window, result)


def _import_file(
    window: MainWindow, controller: LibraryController, path: Path, linkedin: bool
) -> ImportResult | None:
    if linkedin:
        result = transfer.import_linkedin(controller.library, Path(path))
    else:
        header = next(csv.reader(io.StringIO(transfer.read_csv_text(Path(path)))), [])
        dialog = CsvMappingDialog(header, window)
        if not dialog.exec():
            return None
        mapping = dialog.mapping()
        if not {"name", "first_name", "last_name"} & set(mapping):
            QMessageBox.warning(
                window,
                translate("LibraryMenu", "Import"),
                translate("LibraryMenu", "Choose the column with the name."),
            )
            return None
        result = transfer.import_csv(controller.library, Path(path), mapping)
    return result


def _save_json(window: MainWindow, title: str, name: str, data: object) -> None:
    path, _ = QFileDialog.getSaveFileName(window, title, name, "JSON (*.json)")
    if path:
        try:  # 0600 from the start, atomic, never into another user's file
            write_private(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except (InputError, OSError) as error:
            QMessageBox.warning(window, title, str(error))
            return
        window.statusBar().showMessage(
            translate("LibraryMenu", "Saved {path}").format(path=path), 8000
        )


def _export_person(window: MainWindow, controller: LibraryController) -> None:
    if controller.current_id is None:
        QMessageBox.information(
            window,
            translate("LibraryMenu", "Export"),
            translate("LibraryMenu", "Choose a person in the list first."),
        )
        return
    controller.autosave.flush()
    data = controller.library.export_person(controller.current_id)
    _save_json(window, translate("LibraryMenu", "Export person"), "person.json", data)


def _backup(window: MainWindow, controller: LibraryController) -> None:
    controller.autosave.flush()
    _save_json(
        window,
        translate("LibraryMenu", "Back up library"),
        "outreach-coach-backup.json",
        transfer.export_library(controller.library),
    )


def _restore(window: MainWindow, controller: LibraryController) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, translate("LibraryMenu", "Restore backup"), "", "JSON (*.json)"
    )
    if not path:
        return
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        QMessageBox.warning(
            window,
            translate("LibraryMenu", "Restore"),
            translate("LibraryMenu", "Not a backup: {reason}").format(reason=error),
        )
        return
    try:
        result = transfer.import_library(controller.library, data)
    except InputError as error:  # checked against the schema: nothing was restored
        QMessageBox.warning(window, translate("LibraryMenu", "Restore"), str(error))
        return
    _report(window, result)
    controller.refresh()


def _sent_dialog(window: MainWindow, controller: LibraryController) -> None:
    SentMessagesDialog(controller.library, window).exec()


def _followups_dialog(window: MainWindow, controller: LibraryController) -> None:
    followups_dialog(window, controller).exec()


def followups_dialog(window: MainWindow, controller: LibraryController) -> FollowUpsDialog:
    """The follow-ups due; "Write follow-up" opens the person with a reminder in the status
    bar (the coach's follow-up note flags what repeats the first message)."""
    dialog = FollowUpsDialog(controller.library, window)

    def write(profile_id: int, first_sent: str) -> None:
        controller.choose(profile_id)
        window.editor.setFocus()
        window.statusBar().showMessage(
            translate(
                "LibraryMenu",
                "Write the follow-up: refer to your message of {date} instead of repeating it.",
            ).format(date=first_sent),
            15000,
        )

    dialog.follow_up_requested.connect(write)
    return dialog


def _stats_dialog(window: MainWindow, controller: LibraryController) -> None:
    from outreach_coach.ui.stats_view import StatsDialog  # pyqtgraph loads on first use

    StatsDialog(controller.library, window).exec()


def _ignored_dialog(window: MainWindow, controller: LibraryController) -> None:
    items = [
        (
            json.dumps([s.rule, s.text]),
            f"{s.rule}: “{s.text}”" + (f" – {s.reason}" if s.reason else ""),
        )
        for s in controller.suppressions
    ]

    def remove(key: str) -> None:
        rule, text = json.loads(key)
        controller.unignore(rule, text)

    RemovableListDialog(
        translate("LibraryMenu", "Ignored matches"),
        translate(
            "LibraryMenu",
            "Matches you told the coach to ignore. Remove one to see it flagged again.",
        ),
        items,
        remove,
        window,
    ).exec()
