"""Add facts from text…: paste what you read, tick the candidate facts, add them to the notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.core.score.fact_extraction import (
    SOURCES,
    Candidate,
    append_facts,
    extract_facts,
)
from outreach_coach.core.score.fact_kind import INDIVIDUAL
from outreach_coach.core.text.split import guess_language

TEXT_ROLE = Qt.ItemDataRole.UserRole


class FactsDialog(QDialog):
    """Candidate facts from pasted text (nothing is fetched); ``notes_with_facts`` adds them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add facts from text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Pasted text"))
        self.text_edit.setPlaceholderText(
            self.tr(
                "Paste what you read about the person: a profile's About and Experience, a post, "
                "a talk abstract, a company page, a podcast description. Nothing is fetched "
                "from the web."
            )
        )
        self.source_box = QComboBox()
        self.source_box.setAccessibleName(self.tr("Source"))
        labels = {
            "post": self.tr("Post"),
            "profile": self.tr("Profile"),
            "talk": self.tr("Talk"),
            "company page": self.tr("Company page"),
            "podcast": self.tr("Podcast"),
            "other": self.tr("Other"),
        }
        for source in SOURCES:
            self.source_box.addItem(labels[source], source)
        self.find_button = QPushButton(self.tr("&Find facts"))
        self.find_button.clicked.connect(self.find_facts)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Candidate facts"))
        self.candidates.setWordWrap(True)
        self.candidates.itemChanged.connect(self._update_add)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("&Add selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Source"), self.source_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 2)
        layout.addLayout(form)
        layout.addWidget(self.find_button)
        layout.addWidget(self.status)
        layout.addWidget(self.candidates, 3)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self._found: list[Candidate] = []

    def find_facts(self) -> None:
        """Propose candidate facts, most individual first; individual ones ticked."""
        self._found = extract_facts(self.text_edit.toPlainText())
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for candidate in self._found:
            individual = candidate.kind == INDIVIDUAL
            badge = self.tr("individual") if individual else self.tr("segment")
            item = QListWidgetItem(f"[{badge}]  {candidate.text}")
            item.setData(TEXT_ROLE, candidate.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if individual else Qt.CheckState.Unchecked)
            item.setToolTip(self._why(candidate))
            self.candidates.addItem(item)
        self.candidates.blockSignals(False)
        if self._found:
            self.status.setText(
                self.tr(
                    "Candidates found: %1. Most individual first; tick the ones to keep."
                ).replace("%1", str(len(self._found)))
            )
        else:
            self.status.setText(self.tr("No facts found: paste more of what you read."))
        self._update_add()

    def _why(self, candidate: Candidate) -> str:
        names = {
            "date": self.tr("a date"),
            "number": self.tr("a number"),
            "name": self.tr("a name"),
            "quote": self.tr("quoted words"),
            "event": self.tr("an event, talk or post"),
            "change": self.tr("something that changed"),
            "problem": self.tr("a problem they named"),
        }
        reasons = ", ".join(names[r] for r in candidate.reasons if r in names)
        if candidate.kind == INDIVIDUAL:
            kind = self.tr("Individual: only somebody who looked at this person knows it.")
        else:
            kind = self.tr(
                "Segment: role, industry or place – a list of people like them knows it too."
            )
        detail = self.tr("Specific: %1.").replace("%1", reasons) if reasons else ""
        return f"{kind} {detail}".strip()

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.selected_facts()))

    def selected_facts(self) -> list[str]:
        """The ticked candidates' lines, in the listed order."""
        chosen: list[str] = []
        for row in range(self.candidates.count()):
            item = self.candidates.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(TEXT_ROLE)))
        return chosen

    def source(self) -> str:
        return str(self.source_box.currentData())

    def notes_with_facts(self, notes: str, day: str | None = None) -> str:
        """``notes`` with the ticked facts under a source line in the pasted text's language."""
        language = guess_language(self.text_edit.toPlainText())
        return append_facts(
            notes, self.selected_facts(), self.source(), day or date.today().isoformat(), language
        )
