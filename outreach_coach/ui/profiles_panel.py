"""The people list: search as you type, pick one, create, duplicate, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.storage.profiles import Profile

_ID_ROLE = Qt.ItemDataRole.UserRole


class ProfilesPanel(QWidget):
    """Shows search results; emits what the user wants, never touches the database itself."""

    search_changed = Signal(str)
    chosen = Signal(int)  # profile id
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search people (name, company, notes, tags)…"))
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("A new person from the form (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.search_edit.textChanged.connect(self.search_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._update_buttons()

    def show_people(self, people: Sequence[Profile], current: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            detail = ", ".join(part for part in (person.role, person.company) if part)
            item = QListWidgetItem(person.name + (f" – {detail}" if detail else ""))
            item.setData(_ID_ROLE, person.id)
            item.setToolTip(person.notes[:300] or person.name)
            self.list.addItem(item)
            if person.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def relabel(self, profile_id: int, name: str, role: str, company: str) -> None:
        """Show an edited name at once (the database follows with the autosave)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID_ROLE) == profile_id:
                detail = ", ".join(part for part in (role, company) if part)
                item.setText(name + (f" – {detail}" if detail else ""))

    def current_id(self) -> int | None:
        row = self.list.currentRow()
        value = self.list.item(row).data(_ID_ROLE) if row >= 0 else None
        return value if isinstance(value, int) else None

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.duplicate_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        value = item.data(_ID_ROLE)
        self._update_buttons()
        if isinstance(value, int):
            self.chosen.emit(value)

    def _on_duplicate_button_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.duplicate_requested.emit(current)

    def _on_delete_button_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.delete_requested.emit(current)
