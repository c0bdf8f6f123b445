"""Replies and follow-ups: the Sent messages dialog (mark replied with a date, no reply, clear,
remove) and the Follow-ups due list (no reply after N days, newest message per person)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.storage.history import NO_REPLY, REPLIED

if TYPE_CHECKING:
    from outreach_coach.storage.history import SentMessage
    from outreach_coach.storage.library import Library

_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LISTED = 2000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _snippet(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SentMessagesDialog(QDialog):
    """Every recorded message with its reply state; mark replied (on a date), no reply, clear
    the mark, or remove the message from the history."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sent messages"))
        self.resize(760, 480)
        self._history = library.history
        self._followup_days = library.followup_days
        note = QLabel(
            self.tr(
                "Messages you copied for someone. They let the coach warn you when a new draft "
                "repeats them. Mark which ones got a reply: Library → Stats… shows how replies "
                "relate to the score. Remove any you do not want kept."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sent messages"))
        self.list.setWordWrap(True)
        for message in self._history.messages(limit=MAX_LISTED):
            item = QListWidgetItem(self._label(message))
            item.setData(_ID_ROLE, message.id)
            self.list.addItem(item)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Reply date"))
        date_label = QLabel(self.tr("Replied &on"))
        date_label.setBuddy(self.date_edit)
        self.replied_button = QPushButton(self.tr("Mark &replied"))
        self.no_reply_button = QPushButton(self.tr("&No reply"))
        self.clear_button = QPushButton(self.tr("C&lear mark"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.replied_button.clicked.connect(self._on_replied_clicked)
        self.no_reply_button.clicked.connect(self._on_no_reply_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        row = QHBoxLayout()
        for widget in (date_label, self.date_edit, self.replied_button, self.no_reply_button):
            row.addWidget(widget)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_row_changed(self.list.currentRow())

    def _label(self, message: SentMessage) -> str:
        head = f"{message.sent_day().isoformat()} – {message.recipient}"
        if message.reply == REPLIED:
            state = self.tr("✓ replied on {date}").format(date=message.replied_on)
        elif message.reply == NO_REPLY:
            state = self.tr("✗ no reply")
        elif (date.today() - message.sent_day()).days >= self._followup_days:
            state = self.tr("no reply yet")
        else:
            state = ""
        return f"{head}{'  ·  ' + state if state else ''}\n{_snippet(message.text)}"

    def current_id(self) -> int | None:
        row = self.list.currentRow()
        return int(self.list.item(row).data(_ID_ROLE)) if row >= 0 else None

    def _on_current_row_changed(self, _row: int) -> None:
        sent_id = self.current_id()
        for button in (
            self.replied_button,
            self.no_reply_button,
            self.clear_button,
            self.remove_button,
        ):
            button.setEnabled(sent_id is not None)
        self.date_edit.setEnabled(sent_id is not None)
        message = self._history.get(sent_id) if sent_id is not None else None
        if message is None:
            return
        self.date_edit.setMinimumDate(_qdate(min(message.sent_day(), date.today())))
        if message.replied_on:
            self.date_edit.setDate(_qdate(date.fromisoformat(message.replied_on)))
        else:
            self.date_edit.setDate(QDate.currentDate())

    def _refresh_current(self) -> None:
        sent_id = self.current_id()
        message = self._history.get(sent_id) if sent_id is not None else None
        if message is not None:
            self.list.currentItem().setText(self._label(message))

    def _on_replied_clicked(self) -> None:
        sent_id = self.current_id()
        if sent_id is None:
            return
        try:
            self._history.mark_replied(sent_id, _pydate(self.date_edit.date()))
        except ValueError as error:
            self.problem.setText(self.tr("Not marked: {reason}").format(reason=error))
            return
        self.problem.clear()
        self._refresh_current()

    def _on_no_reply_clicked(self) -> None:
        sent_id = self.current_id()
        if sent_id is not None:
            self._history.mark_no_reply(sent_id)
            self.problem.clear()
            self._refresh_current()

    def _on_clear_clicked(self) -> None:
        sent_id = self.current_id()
        if sent_id is not None:
            self._history.unmark(sent_id)
            self.problem.clear()
            self._refresh_current()

    def _on_remove_clicked(self) -> None:
        sent_id = self.current_id()
        if sent_id is None:
            return
        self._history.delete(sent_id)
        self.list.takeItem(self.list.currentRow())
        self._on_current_row_changed(self.list.currentRow())


class FollowUpsDialog(QDialog):
    """Messages without a reply after N days (the newest to each person), with the way to
    write the follow-up: open the person, refer to the first message instead of repeating it
    (the coach flags what repeats it)."""

    follow_up_requested = Signal(int, str)  # profile id, the first message's day (ISO)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-ups due"))
        self.resize(720, 440)
        self._library = library
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(library.followup_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days without a reply"))
        days_label = QLabel(self.tr("No reply &after"))
        days_label.setBuddy(self.days)
        note = QLabel(
            self.tr(
                "A short follow-up often gets the answer the first message did not. Refer to "
                "what you wrote instead of repeating it – the coach marks sentences you repeat."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Follow-ups due"))
        self.list.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.write_button = QPushButton(self.tr("&Write follow-up"))
        self.write_button.setToolTip(
            self.tr("Open this person with your last draft and write the follow-up")
        )
        self.replied_button = QPushButton(self.tr("&Replied today"))
        self.no_reply_button = QPushButton(self.tr("&No reply, do not follow up"))
        self.write_button.clicked.connect(self._on_write_clicked)
        self.replied_button.clicked.connect(self._on_replied_clicked)
        self.no_reply_button.clicked.connect(self._on_no_reply_clicked)
        self.days.valueChanged.connect(self._on_days_changed)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        top = QHBoxLayout()
        top.addWidget(days_label)
        top.addWidget(self.days)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.replied_button)
        actions.addWidget(self.no_reply_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self._messages: dict[int, SentMessage] = {}
        self.reload()

    def reload(self) -> None:
        days = self.days.value()
        due = self._library.history.followups_due(days)
        self._messages = {m.id: m for m in due}
        self.list.clear()
        today = date.today()
        for message in due:
            waited = (today - message.sent_day()).days
            item = QListWidgetItem(
                self.tr("{name} – sent {date}, no reply for {days} days").format(
                    name=message.recipient, date=message.sent_day().isoformat(), days=waited
                )
                + "\n"
                + _snippet(message.text)
            )
            item.setData(_ID_ROLE, message.id)
            self.list.addItem(item)
        self.empty.setText(
            ""
            if due
            else self.tr(
                "No follow-ups due: every message older than {days} days is marked."
            ).format(days=days)
        )
        self.empty.setVisible(not due)
        if due:
            self.list.setCurrentRow(0)
        self._on_current_row_changed(self.list.currentRow())

    def current(self) -> SentMessage | None:
        row = self.list.currentRow()
        return self._messages.get(int(self.list.item(row).data(_ID_ROLE))) if row >= 0 else None

    def _on_days_changed(self, days: int) -> None:
        self._library.set_followup_days(days)
        self.reload()

    def _on_current_row_changed(self, _row: int) -> None:
        message = self.current()
        self.write_button.setEnabled(message is not None and message.profile_id is not None)
        self.replied_button.setEnabled(message is not None)
        self.no_reply_button.setEnabled(message is not None)

    def _on_write_clicked(self) -> None:
        message = self.current()
        if message is None or message.profile_id is None:
            return
        self.follow_up_requested.emit(message.profile_id, message.sent_day().isoformat())
        self.accept()

    def _on_replied_clicked(self) -> None:
        message = self.current()
        if message is not None:
            self._library.history.mark_replied(message.id, max(date.today(), message.sent_day()))
            self.reload()

    def _on_no_reply_clicked(self) -> None:
        message = self.current()
        if message is not None:
            self._library.history.mark_no_reply(message.id)
            self.reload()
