"""The window's side of the library: people list, autosave, sent history, suppressions.

Reads are short and happen on the GUI thread; draft and profile writes go through the
autosave lane. The analysis reads suppressions from here and history from the library.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from outreach_coach.storage.history import SendMeasures
from outreach_coach.storage.profiles import Profile
from outreach_coach.ui.autosave import AutosaveLane
from outreach_coach.ui.banner import add_draft_actions, hide_banner, show_banner
from outreach_coach.ui.messages import refusal_reason, write_recovery
from outreach_coach.ui.person_gone import Orphan, PersonDeletedError, show_person_gone

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow

    from outreach_coach.core.model import Report, Suppression
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.storage.library import Library
    from outreach_coach.ui.editor import DraftEditor
    from outreach_coach.ui.profiles_panel import ProfilesPanel
    from outreach_coach.ui.recipient_form import RecipientForm

log = logging.getLogger(__name__)
MAX_LISTED = 200


def _tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


@dataclass(frozen=True, slots=True)
class LibraryViews:
    """The widgets the library side fills and reads; ``frame`` only as the parent of its
    dialogs and banners and as the window whose closing waits for the draft to be saved."""

    frame: QMainWindow
    editor: DraftEditor
    form: RecipientForm
    people: ProfilesPanel


class LibraryController(QObject):
    """The people list, the autosave of the draft and the form, sent history, suppressions.

    ``reanalyze`` asks for a new analysis after a load or a changed suppression;
    ``current_report`` is the coach's report when it is for the newest text (for the measures
    of a sent message); the session gives the channel; ``folders`` (data, cache) take a
    recovery copy when a save fails.
    """

    def __init__(
        self,
        library: Library,
        views: LibraryViews,
        session: AnalysisSession,
        *,
        reanalyze: Callable[[], None],
        show_status: Callable[[str, int], None],
        current_report: Callable[[], Report | None],
        folders: tuple[Path, Path],
    ) -> None:
        super().__init__(views.frame)
        self.views = views
        self.library = library
        self._session = session
        self._reanalyze = reanalyze
        self._show_status = show_status
        self._current_report = current_report
        self._folders = folders
        self.current_id: int | None = None
        self._loading = False
        self._suppressions: tuple[Suppression, ...] = library.suppressions.all()
        self.autosave = AutosaveLane(self)
        self.autosave.failed.connect(self._on_autosave_failed)
        self.autosave.saved.connect(self._on_autosave_saved)
        self.unsaved = False  # the last save failed: the editor holds the only copy
        self.last_recovery: Path | None = None
        self.orphan: Orphan | None = None  # typed for a person deleted elsewhere, not saved
        views.frame.installEventFilter(self)
        panel = views.people
        panel.search_changed.connect(self.refresh)
        panel.chosen.connect(self.choose)
        panel.new_requested.connect(self.new_person)
        panel.duplicate_requested.connect(self.duplicate)
        panel.delete_requested.connect(self.confirm_delete)
        views.editor.edited.connect(self._on_changed)
        views.form.changed.connect(self._on_changed)

    @property
    def suppressions(self) -> tuple[Suppression, ...]:
        return self._suppressions

    def own_profile_notes(self, limit: int = 200) -> list[str]:
        """Notes of the user's people, most recently edited first (reference profiles)."""
        people = sorted(self.library.profiles.all(), key=lambda p: p.updated, reverse=True)
        return [p.recipient().notes for p in people[:limit] if p.notes.strip()]

    def refresh(self) -> None:
        self.autosave.flush()  # the list shows what was just typed into the form
        query = self.views.people.search_edit.text()
        people = self.library.profiles.search(query, limit=MAX_LISTED)
        self.views.people.show_people(people, self.current_id)

    def restore(self) -> None:
        """Reopen what the user worked on last: the person and the draft."""
        draft = self.library.drafts.last_edited()
        if draft is not None:
            self._load(draft.profile_id, draft.text)
        self.refresh()

    def choose(self, profile_id: int) -> None:
        if profile_id == self.current_id:
            return
        self.autosave.flush()  # the previous person's draft is written before we switch
        current = self.library.drafts.current(profile_id)
        self._load(profile_id, current.text if current else "")

    def _load(self, profile_id: int | None, text: str) -> None:
        profile = self.library.profiles.get(profile_id) if profile_id is not None else None
        self._loading = True
        try:
            self.current_id = profile.id if profile else None
            form = self.views.form
            if profile is None:
                form.set_fields()
            else:
                form.set_fields(
                    profile.name,
                    profile.salutation,
                    profile.company,
                    profile.role,
                    ", ".join(profile.tags),
                    profile.notes,
                )
            if text or profile is not None:
                self.views.editor.setPlainText(text)
        finally:
            self._loading = False
        self._reanalyze()

    def new_person(self) -> None:
        """A person from what is in the form now (or an empty one to fill in). A new person
        starts with an empty draft; only a draft typed for no one yet comes along."""
        self.autosave.flush()
        fields = self.views.form.fields()
        text = "" if self.current_id is not None else self.views.editor.toPlainText()
        if self.current_id is not None or not fields["name"]:
            fields = {"name": self.tr("New person")}
        profile = self.library.profiles.add(
            Profile(
                name=fields["name"],
                salutation=fields.get("salutation", ""),
                company=fields.get("company", ""),
                role=fields.get("role", ""),
                notes=fields.get("notes", ""),
                tags=_tags(fields.get("tags", "")),
            )
        )
        self.library.drafts.save(profile.id, text)
        self._load(profile.id, text)
        self.refresh()
        self.views.form.name_edit.setFocus()
        self.views.form.name_edit.selectAll()

    def add_example(self, example: dict[str, object]) -> None:
        """The first-run example: a person and a draft to play with (and delete)."""
        tags = example.get("tags", [])
        profile = self.library.profiles.add(
            Profile(
                name=str(example["name"]),
                salutation=str(example.get("salutation", "")),
                company=str(example.get("company", "")),
                role=str(example.get("role", "")),
                notes=str(example.get("notes", "")),
                tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            )
        )
        self.library.drafts.save(profile.id, str(example.get("draft", "")))
        self._load(profile.id, str(example.get("draft", "")))
        self.refresh()

    def duplicate(self, profile_id: int) -> None:
        """A copy of the person with their draft: the starting point for a similar one."""
        self.autosave.flush()
        copy = self.library.profiles.duplicate(profile_id)
        if copy is not None and copy.id is not None:
            draft = self.library.drafts.current(profile_id)
            text = draft.text if draft else ""
            self.library.drafts.save(copy.id, text)
            self._load(copy.id, text)
            self.refresh()

    def confirm_delete(self, profile_id: int) -> None:
        person = self.library.profiles.get(profile_id)
        if person is None:
            return
        answer = QMessageBox.question(
            self.views.frame,
            self.tr("Delete person"),
            self.tr(
                "Delete {name} with all drafts and sent messages? This cannot be undone."
            ).format(name=person.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(profile_id)

    def delete(self, profile_id: int) -> None:
        self.autosave.flush()
        self.library.profiles.delete(profile_id)
        if profile_id == self.current_id:
            self._load(None, "")
            self.views.editor.clear()
        self.refresh()
        self._show_status(self.tr("Person deleted with drafts and history."), 5000)

    def record_sent(self, text: str) -> str:
        """Record a copied message; returns what to tell the user."""
        name = self.views.form.fields()["name"]
        if not self.library.records_history or not text.strip() or not name:
            return ""
        self.library.history.record(text, name, self.current_id, measures=self._measures(text))
        return " " + self.tr("Recorded as sent to {name}.").format(name=name)

    def _measures(self, text: str) -> SendMeasures:
        """The score and listening numbers of the copied text, for the reply statistics: from
        the coach's report when it is for this very text (else words and questions are
        measured by the history and the score stays unknown)."""
        channel = self._session.settings.channel
        report = self._current_report()
        if report is None:
            return SendMeasures(channel=channel)
        if " ".join(text.split()) != " ".join(self.views.editor.toPlainText().split()):
            return SendMeasures(channel=channel)
        return SendMeasures(
            score=report.personalization.score,
            channel=channel,
            words=report.metrics.words,
            questions_about_them=report.metrics.questions_about_them,
        )

    def ignore(self, suppression: Suppression) -> None:
        self.library.suppressions.add(suppression)
        self._suppressions = self.library.suppressions.all()
        self._reanalyze()

    def unignore(self, rule: str, text: str) -> None:
        self.library.suppressions.remove(rule, text)
        self._suppressions = self.library.suppressions.all()
        self._reanalyze()

    def shutdown(self) -> None:
        self.views.frame.removeEventFilter(self)  # asked (or nothing to ask) before this point
        self.autosave.shutdown()

    def _on_changed(self, *_args: object) -> None:
        if self._loading:
            return
        profile_id = self.current_id
        text = self.views.editor.toPlainText()
        fields = self.views.form.fields()
        library = self.library
        if profile_id is not None and fields["name"]:
            self.views.people.relabel(profile_id, fields["name"], fields["role"], fields["company"])

        def save() -> None:
            try:
                if profile_id is not None:
                    old = library.profiles.get(profile_id)
                    if old is None:
                        raise PersonDeletedError(profile_id)  # deleted meanwhile: keep the draft
                    changed = replace(
                        old,
                        name=fields["name"] or old.name,
                        salutation=fields["salutation"],
                        company=fields["company"],
                        role=fields["role"],
                        notes=fields["notes"],
                        tags=_tags(fields["tags"]),
                    )
                    if changed != old:
                        library.profiles.update(changed)
                library.drafts.save(profile_id, text)
            except sqlite3.IntegrityError as error:
                if profile_id is None:
                    raise
                raise PersonDeletedError(profile_id) from error  # deleted between the two writes

        self.autosave.schedule(save)

    def _on_autosave_failed(self, message: str) -> None:
        """Keep the draft: a visible unsaved state, a recovery copy in a writable place."""
        message = refusal_reason(self.autosave.last_error, message)
        self.unsaved = True
        self.last_recovery = write_recovery(
            self.views.editor.toPlainText(),
            (*self._folders, Path(tempfile.gettempdir()) / f"outreach-coach-{os.getuid()}"),
        )
        where = (
            self.tr("A copy is in {path}.").format(path=self.last_recovery)
            if self.last_recovery
            else self.tr("No recovery copy could be written either.")
        )
        error = self.autosave.last_error
        if isinstance(error, PersonDeletedError):
            log.info("draft of a person deleted meanwhile kept, offered as a new person")
            fields = self.views.form.fields()
            self.orphan = Orphan(error.profile_id, fields, self.views.editor.toPlainText())
            show_person_gone(
                self.views.frame,
                self.orphan,
                where,
                self.save_as_new_person,
                self.views.editor.toPlainText,
            )
            return
        banner = show_banner(
            self.views.frame,
            "unsaved",
            self.tr("Not saved: {reason}. The draft stays in the editor. {where}").format(
                reason=message, where=where
            ),
        )
        add_draft_actions(banner, self.views.frame, self.views.editor.toPlainText)
        self._show_status(
            self.tr("Could not save the draft: {reason}").format(reason=message), 15000
        )

    def save_as_new_person(self) -> None:
        """What was typed for a person deleted elsewhere becomes a new person."""
        orphan, self.orphan = self.orphan, None
        if orphan is None:
            return
        if self.current_id == orphan.profile_id:  # still open: the newest typing counts
            views = self.views
            orphan = Orphan(orphan.profile_id, views.form.fields(), views.editor.toPlainText())
        fields = orphan.fields
        try:
            profile = self.library.profiles.add(
                Profile(
                    name=fields.get("name") or self.tr("New person"),
                    salutation=fields.get("salutation", ""),
                    company=fields.get("company", ""),
                    role=fields.get("role", ""),
                    notes=fields.get("notes", ""),
                    tags=_tags(fields.get("tags", "")),
                )
            )
            self.library.drafts.save(profile.id, orphan.text)
        except sqlite3.Error as error:
            self.orphan = orphan
            QMessageBox.warning(self.views.frame, self.tr("Save as new person"), str(error))
            return
        hide_banner(self.views.frame, "person_gone")
        if self.current_id == orphan.profile_id:  # still open: typing goes on for the new one
            self.current_id = profile.id
            self._on_changed()
            self.autosave.flush()
        self.refresh()
        self._show_status(self.tr("Saved as a new person: {name}.").format(name=profile.name), 8000)

    def _on_autosave_saved(self) -> None:
        if self.unsaved:
            self.unsaved = False
            hide_banner(self.views.frame, "unsaved")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Quitting writes the draft first; if that fails, ask before dropping it."""
        if watched is self.views.frame and event.type() == QEvent.Type.Close:
            self.autosave.flush()
            if self.unsaved and self.views.editor.toPlainText().strip():
                answer = QMessageBox.warning(
                    self.views.frame,
                    self.tr("Draft not saved"),
                    self.tr(
                        "Your draft could not be saved. Quit anyway? (A recovery copy: {path})"
                    ).format(path=self.last_recovery or self.tr("none")),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Discard:
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)
