"""The Library menu: people, imports, exports, sent history and ignored matches.

Its two keyboard commands (new person, find person) come from ``ui/actions.py``'s table; the
rest are menu items. It works with the library controller (which holds the library and the
widgets it fills), the action table and a status callback, not with the window.
"""

from __future__ import annotations

import csv
import io
import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from outreach_coach.core.model import Suppression
from outreach_coach.errors import InputError
from outreach_coach.files import write_private
from outreach_coach.ui.actions import LIBRARY_ACTIONS
from outreach_coach.ui.library_controller import LibraryController
from outreach_coach.wiring import sent_history

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

    from outreach_coach.core.model import Finding, Report
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.storage.library import Library
    from outreach_coach.storage.transfer import ImportResult
    from outreach_coach.ui.library_controller import LibraryViews
    from outreach_coach.ui.replies import FollowUpsDialog


def attach_library(
    library: Library | None,
    views: LibraryViews,
    session: AnalysisSession,
    actions: Mapping[str, QAction],
    *,
    reanalyze: Callable[[], None],
    show_status: Callable[[str, int], None],
    current_report: Callable[[], Report | None],
    folders: tuple[Path, Path],
) -> LibraryController | None:
    """The library side of the window: its controller, the session's sent history and the
    Library menu; without a library (none could be opened) the people list and the library's
    shortcuts are off. The arguments are ``LibraryController``'s."""
    views.people.setEnabled(library is not None)
    for key in LIBRARY_ACTIONS:
        actions[key].setEnabled(library is not None)
    if library is None:
        return None
    controller = LibraryController(
        library,
        views,
        session,
        reanalyze=reanalyze,
        show_status=show_status,
        current_report=current_report,
        folders=folders,
    )
    session.use_library(partial(sent_history, library))
    build_library_menu(views.frame.menuBar(), actions, controller, show_status)
    return controller


def _item(menu: QMenu, label: str, slot: Callable[[], object]) -> None:
    menu.addAction(label).triggered.connect(lambda _checked=False: slot())


def build_library_menu(
    bar: QMenuBar,
    actions: Mapping[str, QAction],
    controller: LibraryController,
    show_status: Callable[[str, int], None],
) -> None:
    """The Library menu after File and View; the table's library actions do their work here."""
    parent = controller.views.frame
    actions["new_person"].triggered.connect(controller.new_person)
    actions["find_person"].triggered.connect(controller.views.people.search_edit.setFocus)
    menu = bar.addMenu(translate("LibraryMenu", "&Library"))
    menu.addAction(actions["new_person"])
    menu.addAction(actions["find_person"])
    menu.addSeparator()
    for label, slot in (
        (
            translate("LibraryMenu", "Import &LinkedIn connections…"),
            lambda: _import(controller, True),
        ),
        (translate("LibraryMenu", "Import &CSV…"), lambda: _import(controller, False)),
        (
            translate("LibraryMenu", "&Export this person…"),
            lambda: _export_person(controller, show_status),
        ),
        (translate("LibraryMenu", "&Back up library…"), lambda: _backup(controller, show_status)),
        (translate("LibraryMenu", "&Restore backup…"), lambda: _restore(controller)),
    ):
        _item(menu, label, slot)
    menu.addSeparator()
    for label, dialog in (
        (
            translate("LibraryMenu", "&Sent messages…"),
            lambda: _sent_messages_dialog(controller, parent),
        ),
        (
            translate("LibraryMenu", "F&ollow-ups due…"),
            lambda: followups_dialog(controller, show_status).exec(),
        ),
        (translate("LibraryMenu", "S&tats…"), lambda: _stats_dialog(controller)),
        (translate("LibraryMenu", "&Ignored matches…"), lambda: _ignored_dialog(controller)),
    ):
        _item(menu, label, dialog)
    record = menu.addAction(translate("LibraryMenu", "Record &copied messages as sent"))
    record.setCheckable(True)
    record.setChecked(controller.library.records_history)
    record.toggled.connect(controller.library.set_records_history)
    controller.views.editor.ignore_requested.connect(
        lambda finding: ask_to_ignore(controller, finding)
    )


def _sent_messages_dialog(controller: LibraryController, parent: QWidget) -> None:
    from outreach_coach.ui.replies import SentMessagesDialog  # dialogs load on first use

    SentMessagesDialog(controller.library, parent).exec()


def ask_to_ignore(controller: LibraryController, finding: Finding) -> None:
    words = controller.views.editor.toPlainText()[finding.start : finding.end]
    reason, accepted = QInputDialog.getText(
        controller.views.frame,
        translate("LibraryMenu", "Ignore this match"),
        translate(
            "LibraryMenu", "“{words}” will no longer be flagged by this rule. Why? (optional)"
        ).format(words=words[:80]),
    )
    if accepted:
        controller.ignore(Suppression(finding.rule, words, reason))


def _report(parent: QWidget, result: ImportResult) -> None:
    text = translate("LibraryMenu", "Added {added}, merged {merged}, skipped {skipped}.").format(
        added=result.added, merged=result.merged, skipped=len(result.errors)
    )
    if result.errors:
        text += "\n\n" + "\n".join(result.errors[:30])
    QMessageBox.information(parent, translate("LibraryMenu", "Import"), text)


def _import(controller: LibraryController, linkedin: bool) -> None:
    parent = controller.views.frame
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("LibraryMenu", "Import contacts"), "", "CSV files (*.csv)"
    )
    if not path:
        return
    controller.autosave.flush()
    try:
        result = _import_file(parent, controller, Path(path), linkedin)
    except InputError as error:  # a malformed CSV: nothing imported, the line number shown
        QMessageBox.warning(parent, translate("LibraryMenu", "Import"), str(error))
        return
    if result is None:
        return
    controller.refresh()
    _report(parent, result)


def _import_file(
    parent: QWidget, controller: LibraryController, path: Path, linkedin: bool
) -> ImportResult | None:
    from outreach_coach.storage import transfer  # imports and backups load on first use
    from outreach_coach.ui.library_dialogs import CsvMappingDialog

    if linkedin:
        return transfer.import_linkedin(controller.library, path)
    header = next(csv.reader(io.StringIO(transfer.read_csv_text(path))), [])
    dialog = CsvMappingDialog(header, parent)
    if not dialog.exec():
        return None
    mapping = dialog.mapping()
    if not {"name", "first_name", "last_name"} & set(mapping):
        QMessageBox.warning(
            parent,
            translate("LibraryMenu", "Import"),
            translate("LibraryMenu", "Choose the column with the name."),
        )
        return None
    return transfer.import_csv(controller.library, path, mapping)


def _save_json(
    parent: QWidget, title: str, name: str, data: object, show_status: Callable[[str, int], None]
) -> None:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, "JSON (*.json)")
    if path:
        try:  # 0600 from the start, atomic, never into another user's file
            write_private(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except (InputError, OSError) as error:
            QMessageBox.warning(parent, title, str(error))
            return
        show_status(translate("LibraryMenu", "Saved {path}").format(path=path), 8000)


def _export_person(controller: LibraryController, show_status: Callable[[str, int], None]) -> None:
    parent = controller.views.frame
    if controller.current_id is None:
        QMessageBox.information(
            parent,
            translate("LibraryMenu", "Export"),
            translate("LibraryMenu", "Choose a person in the list first."),
        )
        return
    controller.autosave.flush()
    data = controller.library.export_person(controller.current_id)
    title = translate("LibraryMenu", "Export person")
    _save_json(parent, title, "person.json", data, show_status)


def _backup(controller: LibraryController, show_status: Callable[[str, int], None]) -> None:
    from outreach_coach.storage import transfer

    controller.autosave.flush()
    _save_json(
        controller.views.frame,
        translate("LibraryMenu", "Back up library"),
        "outreach-coach-backup.json",
        transfer.export_library(controller.library),
        show_status,
    )


def _restore(controller: LibraryController) -> None:
    from outreach_coach.storage import transfer

    parent = controller.views.frame
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("LibraryMenu", "Restore backup"), "", "JSON (*.json)"
    )
    if not path:
        return
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        QMessageBox.warning(
            parent,
            translate("LibraryMenu", "Restore"),
            translate("LibraryMenu", "Not a backup: {reason}").format(reason=error),
        )
        return
    try:
        result = transfer.import_library(controller.library, data)
    except InputError as error:  # checked against the schema: nothing was restored
        QMessageBox.warning(parent, translate("LibraryMenu", "Restore"), str(error))
        return
    _report(parent, result)
    controller.refresh()


def followups_dialog(
    controller: LibraryController, show_status: Callable[[str, int], None]
) -> FollowUpsDialog:
    """The follow-ups due; "Write follow-up" opens the person with a reminder in the status
    bar (the coach's follow-up note flags what repeats the first message)."""
    from outreach_coach.ui.replies import FollowUpsDialog

    dialog = FollowUpsDialog(controller.library, controller.views.frame)

    def write(profile_id: int, first_sent: str) -> None:
        controller.choose(profile_id)
        controller.views.editor.setFocus()
        show_status(
            translate(
                "LibraryMenu",
                "Write the follow-up: refer to your message of {date} instead of repeating it.",
            ).format(date=first_sent),
            15000,
        )

    dialog.follow_up_requested.connect(write)
    return dialog


def _stats_dialog(controller: LibraryController) -> None:
    from outreach_coach.ui.stats_view import StatsDialog  # pyqtgraph loads on first use

    StatsDialog(controller.library, controller.views.frame).exec()


def _ignored_dialog(controller: LibraryController) -> None:
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

    from outreach_coach.ui.library_dialogs import RemovableListDialog

    RemovableListDialog(
        translate("LibraryMenu", "Ignored matches"),
        translate(
            "LibraryMenu",
            "Matches you told the coach to ignore. Remove one to see it flagged again.",
        ),
        items,
        remove,
        controller.views.frame,
    ).exec()
