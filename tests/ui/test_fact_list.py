"""The fact checklist at any width: a row grows to hold its state and points, wrapped under
the badge, instead of cutting them off ("noch nicht v…" in a narrow window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette

from outreach_coach.ui.fact_list import FactList, FactRow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

ROW = FactRow(
    text="Ulm",
    used=False,
    individual=True,
    status="noch nicht verwendet",
    badge="individuell",
    points="bis zu +46 Punkte",
    evidence=None,
    tip="Noch nicht verwendet.",
)


def _row_height(facts: FactList, width: int) -> int:
    facts.resize(width, 400)
    facts.doItemsLayout()
    return facts.visualItemRect(facts.item(0)).height()


def test_a_narrow_row_wraps_its_state_and_points_and_paints_them(qtbot: QtBot) -> None:
    facts = FactList()
    qtbot.add_widget(facts)
    facts.show_rows([ROW])
    facts.show()
    wide = _row_height(facts, 700)
    narrow = _row_height(facts, 200)
    assert narrow >= wide + facts.fontMetrics().height()  # at least one more line, not cut
    assert _row_height(facts, 700) == wide  # and back when the list is wide again
    _row_height(facts, 200)
    rect = facts.visualItemRect(facts.item(0))
    image = facts.viewport().grab().toImage()
    base = facts.palette().color(QPalette.ColorRole.Base).lightness()
    inked = {
        y
        for y in range(rect.top() + wide, rect.bottom())
        for x in range(rect.left(), rect.right())
        if abs(image.pixelColor(x, y).lightness() - base) > 80
    }
    assert inked  # the wrapped words are drawn in the room the row gained
