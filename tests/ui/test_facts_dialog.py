"""Add facts from text…: paste, find, tick, add; the notes of the recipient form get the facts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from outreach_coach.ui.facts_dialog import FactsDialog
from outreach_coach.ui.recipient_form import RecipientForm
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

TALK = """Data contracts in practice: what 18 months at a utility taught us

Speaker: Priya Raman, Staff Engineer, Nordwell Energy
PyData London 2026, Track B, 14:30

When our smart-meter data doubled in volume, schema changes upstream broke the billing reports
every other week. This talk shows how we introduced data contracts across 40 producer teams
without a central gatekeeper, and why we dropped our first contract format after three months.

Register now – early bird tickets end Friday!
Slides will be shared after the talk."""


def test_paste_find_tick_add_puts_the_facts_into_the_notes(qtbot: QtBot) -> None:
    form = RecipientForm()
    qtbot.add_widget(form)
    form.set_fields(name="Priya Raman", notes="leads the data platform")
    dialog = FactsDialog(form)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "x")  # typed and pasted text alike
    dialog.text_edit.setPlainText(TALK)
    dialog.source_box.setCurrentIndex(dialog.source_box.findData("talk"))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    texts = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
    assert texts
    assert not any("Register now" in t or "Slides will" in t for t in texts)
    assert all(t.startswith(("[individual]", "[segment]")) for t in texts)
    assert dialog.candidates.item(0).toolTip().startswith("Individual")
    dialog.resize(720, 640)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "facts_dialog_en.png"))
    # untick everything, then tick only the 40 producer teams
    for row in range(dialog.candidates.count()):
        dialog.candidates.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.add_button.isEnabled()
    row = next(i for i, t in enumerate(texts) if "40 producer teams" in t)
    dialog.candidates.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.add_button.isEnabled()
    [fact] = dialog.selected_facts()
    with qtbot.waitSignal(form.changed):
        form.append_facts(dialog)
    notes = form.fields()["notes"]
    assert notes == (
        f"leads the data platform\n\nsource: talk, {date.today().isoformat()}\n- {fact}\n"
    )
    assert "40 producer teams" in form.recipient().notes
    form.notes_edit.undo()  # one edit, undone at once
    assert form.fields()["notes"] == "leads the data platform"


def test_the_form_button_opens_the_dialog_and_adds_what_is_ticked(qtbot: QtBot) -> None:
    form = RecipientForm()
    qtbot.add_widget(form)
    form.show()
    seen: list[str] = []

    def use_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FactsDialog)
        dialog.text_edit.setPlainText(
            "Seit 2023 stellen wir unsere Lieferanten auf CO₂-Bilanzen um – 60 von 140 haben "
            "schon geliefert.\n\nMehr anzeigen"
        )
        dialog.find_button.click()
        seen.extend(dialog.selected_facts())
        dialog.add_button.click()

    QTimer.singleShot(0, use_dialog)
    form.facts_button.click()
    assert seen
    notes = form.fields()["notes"]
    assert notes.startswith("Quelle: Beitrag, ")  # German text: German source line
    assert "CO₂-Bilanzen" in notes
    assert "Mehr anzeigen" not in notes


def test_nothing_found_says_so(qtbot: QtBot) -> None:
    dialog = FactsDialog()
    qtbot.add_widget(dialog)
    dialog.text_edit.setPlainText("Hallo! 👋\n#a #b\nFollow me")
    dialog.find_button.click()
    assert dialog.candidates.count() == 0
    assert dialog.status.text()
    assert not dialog.add_button.isEnabled()
    assert dialog.notes_with_facts("keep") == "keep"
