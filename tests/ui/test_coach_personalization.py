"""The personalization coach in the window: a personal draft and a mass template side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from outreach_coach.core.model import Recipient, SentenceRole
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from outreach_coach.core.model import Report
    from outreach_coach.ui.main_window import MainWindow

pytestmark = pytest.mark.model

RECIPIENT = Recipient(
    name="Markus Weber",
    salutation="Herr",
    company="Logistik Nord AG",
    notes=(
        "IT-Leiter der Logistik Nord AG in Bremen\n"
        "Migriert die Lagerverwaltung von einem AS/400-System nach SAP EWM\n"
        "Hält Vorträge über IT in der Logistik\n"
        "Segelt in der Freizeit\n"
    ),
)
PERSONAL = (
    "Hallo Herr Weber,\n\nauf dem Logistik-Kongress haben Sie erzählt, dass Ihre alte AS/400 "
    "noch jede Nacht die Lagerbestände rechnet. Wir haben letztes Jahr bei einem Hafenbetrieb "
    "genau diese Ablösung durch EWM begleitet. Soll ich Ihnen erzählen, was wir anders machen "
    "würden?\n\nViele Grüße\nHenrik Ohlsen"
)
TEMPLATE = (
    "Hallo Herr Weber,\n\nich bin auf Ihr Profil bei Logistik Nord AG gestoßen und war sofort "
    "beeindruckt. Als IT-Leiter kennen Sie sicher die Herausforderung, mit wenig Zeit viel zu "
    "erreichen. Genau dabei helfen wir Unternehmen wie Logistik Nord AG. Hätten Sie nächste "
    "Woche 15 Minuten für ein kurzes Gespräch?\n\nViele Grüße\nTobias Kern"
)


def _report_with_model(qtbot: QtBot, window: MainWindow, text: str) -> Report:
    window.editor.setPlainText(text)
    qtbot.wait_until(
        lambda: (
            window.shown_report is not None
            and window.shown_report.revision == window.revision
            and "USE" in window.shown_report.personalization.method
        ),
        timeout=60000,
    )
    assert window.shown_report is not None
    return window.shown_report


def test_personal_draft_and_template_get_different_scores_with_reasons(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.recipient_form.set_recipient(RECIPIENT)
    main_window.start_loaders()
    personal = _report_with_model(qtbot, main_window, PERSONAL)
    assert main_window.panel.score_ring.score == personal.personalization.score
    assert personal.personalization.score >= 60
    assert "AS/400" in main_window.panel.score_ring.toolTip()  # every point has a source
    SCREENSHOTS.mkdir(exist_ok=True)
    assert main_window.grab().save(str(SCREENSHOTS / "coach_personal_de.png"))

    template = _report_with_model(qtbot, main_window, TEMPLATE)
    assert template.personalization.score <= 20
    assert "austauschbare Sätze 100 %" in main_window.panel.components_label.text()
    assert "jeden gehen" in main_window.panel.explanation_label.text()
    tinted = main_window.editor.highlighter.sentences
    assert len(tinted) == 4
    assert all(span.fit.role == SentenceRole.INTERCHANGEABLE for span in tinted)
    assert main_window.grab().save(str(SCREENSHOTS / "coach_template_de.png"))


def test_clicking_a_used_fact_jumps_to_its_evidence(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.recipient_form.set_recipient(RECIPIENT)
    main_window.start_loaders()
    report = _report_with_model(qtbot, main_window, PERSONAL)
    index = next(i for i, f in enumerate(report.personalization.facts) if "AS/400" in f.text)
    item = main_window.panel.facts_list.item(index)
    row = main_window.panel.facts_list.rows[index]
    assert row.used
    assert row.status == "verwendet"
    assert row.points.startswith("+")
    rect = main_window.panel.facts_list.visualItemRect(item)
    qtbot.mouseClick(
        main_window.panel.facts_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    selected = main_window.editor.textCursor().selectedText()
    assert selected.startswith("auf dem Logistik-Kongress")
