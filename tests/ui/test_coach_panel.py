"""The coach panel on its own: it renders a real report and tells which finding was chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.services.session import AnalysisSession
from outreach_coach.settings import Settings
from outreach_coach.ui.coach_panel import CoachPanel

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

TEMPLATE = (
    "Sehr geehrte Damen und Herren,\n"
    "ich hoffe, diese Nachricht erreicht Sie gut. Unser Angebot ist einzigartig."
)


def test_panel_shows_score_and_every_finding_and_says_which_one_was_chosen(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    session = AnalysisSession(Settings(), isolated_data_dir)
    report = session.analyze(Snapshot(1, TEMPLATE, Recipient("Anna Weber", notes="Läuft Marathon")))
    panel = CoachPanel()
    qtbot.add_widget(panel)
    panel.show_waiting()
    assert panel.score_label.text() == "–"
    panel.show_report(report, TEMPLATE)
    assert panel.score_label.text() == f"{report.personalization.score}/100"
    assert panel.score_bar.value() == report.personalization.score
    items = [panel.findings_list.item(row) for row in range(panel.findings_list.count())]
    selectable = [item for item in items if item.flags() & Qt.ItemFlag.ItemIsSelectable]
    assert len(selectable) == len(report.findings) > 0
    assert panel.facts_title.text().startswith("Fakten aus den Notizen")  # the draft's language
    panel.show()
    qtbot.wait_exposed(panel)
    where = panel.findings_list.visualItemRect(selectable[0]).center()
    with qtbot.wait_signal(panel.finding_activated) as chosen:
        qtbot.mouseClick(panel.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chosen.args is not None
    assert chosen.args[0] in report.findings


def test_panel_in_english_for_an_english_draft(qtbot: QtBot, isolated_data_dir: Path) -> None:
    text = "Dear Sir or Madam,\nI hope this message finds you well."
    report = AnalysisSession(Settings(), isolated_data_dir).analyze(Snapshot(1, text))
    panel = CoachPanel()
    qtbot.add_widget(panel)
    panel.show_report(report, text)
    assert panel.facts_title.text().startswith("Facts from the notes")
    assert panel.findings_list.count() > len(report.findings)  # a heading per category
