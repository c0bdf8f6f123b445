"""Small library dialogs: sent messages, ignored matches, CSV column mapping."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

_KEY_ROLE = Qt.ItemDataRole.UserRole


class RemovableListDialog(QDialog):
    """A list of stored things, each removable (sent messages, ignored matches)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        items: Sequence[tuple[str, str]],  # (key, label)
        remove: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        self._remove = remove
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        for key, label in items:
            item = QListWidgetItem(label)
            item.setData(_KEY_ROLE, key)
            self.list.addItem(item)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(explanation)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        layout.addWidget(buttons)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._remove(str(self.list.item(row).data(_KEY_ROLE)))
        self.list.takeItem(row)


class CsvMappingDialog(QDialog):
    """Which CSV column holds which field (name is required)."""

    FIELDS = (
        ("name", QT_TRANSLATE_NOOP("CsvMappingDialog", "Name")),
        ("first_name", QT_TRANSLATE_NOOP("CsvMappingDialog", "First name")),
        ("last_name", QT_TRANSLATE_NOOP("CsvMappingDialog", "Last name")),
        ("salutation", QT_TRANSLATE_NOOP("CsvMappingDialog", "Salutation")),
        ("company", QT_TRANSLATE_NOOP("CsvMappingDialog", "Company")),
        ("role", QT_TRANSLATE_NOOP("CsvMappingDialog", "Role")),
        ("notes", QT_TRANSLATE_NOOP("CsvMappingDialog", "Notes")),
        ("tags", QT_TRANSLATE_NOOP("CsvMappingDialog", "Tags")),
        ("email", QT_TRANSLATE_NOOP("CsvMappingDialog", "Email")),
        ("url", QT_TRANSLATE_NOOP("CsvMappingDialog", "URL")),
    )

    def __init__(self, columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV: columns"))
        self.boxes: dict[str, QComboBox] = {}
        layout = QFormLayout(self)
        for key, label in self.FIELDS:
            box = QComboBox()
            box.addItem("–", "")
            for column in columns:
                box.addItem(column, column)
            guess = next((c for c in columns if c.casefold() == label.casefold()), None)
            if guess is not None:
                box.setCurrentIndex(box.findData(guess))
            self.boxes[key] = box
            layout.addRow(self.tr(label), box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def mapping(self) -> dict[str, str]:
        return {key: str(box.currentData()) for key, box in self.boxes.items() if box.currentData()}
