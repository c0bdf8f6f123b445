"""Who the draft is for: name, salutation, company, role, tags and the notes the score uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from outreach_coach.core.model import Recipient

if TYPE_CHECKING:
    from outreach_coach.ui.facts_dialog import FactsDialog

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
    """Edit the recipient in place; every change re-runs the analysis (and is saved)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Anna Weber"))
        self.name_edit.setAccessibleName(self.tr("Recipient name"))
        self.salutation_box = QComboBox()
        self.salutation_box.setEditable(True)
        self.salutation_box.addItems(SALUTATIONS)
        self.salutation_box.setAccessibleName(self.tr("Salutation"))
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText(self.tr("Stadtwerke Bochum"))
        self.company_edit.setAccessibleName(self.tr("Company"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("Head of Data Platform"))
        self.role_edit.setAccessibleName(self.tr("Role"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("pycon, daten"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Profile notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr(
                "What you know about this person, one fact per line:\n"
                "- spoke at PyCon DE about data contracts\n- leads the data team at …"
            )
        )
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Name"), self.name_edit)
        layout.addRow(self.tr("&Salutation"), self.salutation_box)
        layout.addRow(self.tr("Co&mpany"), self.company_edit)
        layout.addRow(self.tr("Ro&le"), self.role_edit)
        layout.addRow(self.tr("&Tags"), self.tags_edit)
        layout.addRow(self.tr("N&otes"), self.notes_edit)
        self.facts_button = QPushButton(self.tr("Add &facts from text…"))
        self.facts_button.setToolTip(
            self.tr("Paste a profile, post or talk abstract and pick the facts to keep")
        )
        self.facts_button.clicked.connect(self.add_facts_from_text)
        layout.addRow("", self.facts_button)
        for edit in (self.name_edit, self.company_edit, self.role_edit, self.tags_edit):
            edit.textChanged.connect(self.changed)
        self.salutation_box.currentTextChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def add_facts_from_text(self) -> None:
        """Open the facts dialog; the ticked facts are appended to the notes (and saved)."""
        from outreach_coach.ui.facts_dialog import FactsDialog

        dialog = FactsDialog(self)
        if dialog.exec() == FactsDialog.DialogCode.Accepted:
            self.append_facts(dialog)

    def append_facts(self, dialog: FactsDialog) -> None:
        """The dialog's ticked facts at the end of the notes, as one undoable edit."""
        notes = dialog.notes_with_facts(self.notes_edit.toPlainText())
        cursor = self.notes_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(notes)
        self.notes_edit.setTextCursor(cursor)

    def recipient(self) -> Recipient:
        """What the analysis compares with; the role leads the notes, as a profile headline."""
        notes = self.notes_edit.toPlainText()
        role, company = self.role_edit.text().strip(), self.company_edit.text().strip()
        if role and role.casefold() not in notes.casefold():
            headline = f"{role}, {company}" if company else role
            notes = f"{headline}\n{notes}" if notes else headline
        return Recipient(
            name=self.name_edit.text().strip(),
            salutation=self.salutation_box.currentText().strip(),
            notes=notes,
            company=company,
        )

    def fields(self) -> dict[str, str]:
        """The form as profile fields (for saving)."""
        return {
            "name": self.name_edit.text().strip(),
            "salutation": self.salutation_box.currentText().strip(),
            "company": self.company_edit.text().strip(),
            "role": self.role_edit.text().strip(),
            "tags": self.tags_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def set_fields(
        self,
        name: str = "",
        salutation: str = "",
        company: str = "",
        role: str = "",
        tags: str = "",
        notes: str = "",
    ) -> None:
        """Fill the form at once (one ``changed`` per field is harmless: analysis throttles)."""
        self.name_edit.setText(name)
        self.salutation_box.setCurrentText(salutation)
        self.company_edit.setText(company)
        self.role_edit.setText(role)
        self.tags_edit.setText(tags)
        self.notes_edit.setPlainText(notes)

    def set_recipient(self, recipient: Recipient) -> None:
        self.set_fields(
            recipient.name, recipient.salutation, recipient.company, notes=recipient.notes
        )
