"""Who the draft is for: name, salutation and the notes the score compares against."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from outreach_coach.core.model import Recipient

SALUTATIONS = (
    "",
    "Frau",
    "Herr",
    "Frau Dr.",
    "Herr Dr.",
    "Frau Prof.",
    "Herr Prof.",
    "Du",
    "Ms",
    "Mr",
    "Dr.",
    "Prof.",
)


class RecipientForm(QWidget):
    """Edit the recipient in place; every change re-runs the analysis."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Anna Weber")
        self.name_edit.setAccessibleName("Recipient name")
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText("Stadtwerke Bochum")
        self.company_edit.setAccessibleName("Company")
        self.salutation_box = QComboBox()
        self.salutation_box.setEditable(True)
        self.salutation_box.addItems(SALUTATIONS)
        self.salutation_box.setAccessibleName("Salutation")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Profile notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            "What you know about this person, one fact per line:\n"
            "- spoke at PyCon DE about data contracts\n- leads the data team at …"
        )
        layout = QFormLayout(self)
        layout.addRow("&Name", self.name_edit)
        layout.addRow("&Salutation", self.salutation_box)
        layout.addRow("Co&mpany", self.company_edit)
        layout.addRow("N&otes", self.notes_edit)
        self.name_edit.textChanged.connect(self.changed)
        self.salutation_box.currentTextChanged.connect(self.changed)
        self.company_edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def recipient(self) -> Recipient:
        return Recipient(
            name=self.name_edit.text().strip(),
            salutation=self.salutation_box.currentText().strip(),
            notes=self.notes_edit.toPlainText(),
            company=self.company_edit.text().strip(),
        )

    def set_recipient(self, recipient: Recipient) -> None:
        self.name_edit.setText(recipient.name)
        self.salutation_box.setCurrentText(recipient.salutation)
        self.company_edit.setText(recipient.company)
        self.notes_edit.setPlainText(recipient.notes)
