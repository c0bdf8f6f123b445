"""The fact checklist: each fact from the notes, whether the draft uses it (a filled check or
a hollow ring *and* the word), an individual/segment badge, and the points it earns or could
earn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QStyledItemDelegate, QWidget

from outreach_coach.core.score.fact_kind import INDIVIDUAL
from outreach_coach.core.score.policy import potential_points
from outreach_coach.ui.styles import GREEN, readable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from outreach_coach.core.model import Personalization

# Items store an int index into the list's rows. WORKAROUND: PySide6 6.12 corrupts the
# refcount of None stored with QListWidgetItem.setData ("none_dealloc" fatal error).
INDEX_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact as the checklist shows it, in the draft's language."""

    text: str
    used: bool
    individual: bool
    status: str  # "used" / "not used yet"
    badge: str  # "individual" / "segment"
    points: str  # "+28" / "could earn +26"
    evidence: tuple[int, int] | None
    tip: str  # what a click does

    def spoken(self) -> str:
        """The row as one sentence, for screen readers and tooltips."""
        return f"{self.text} – {self.status}, {self.badge}, {self.points}"


def fact_rows(p: Personalization, german: bool) -> list[FactRow]:
    rows = []
    for index, use in enumerate(p.facts):
        points = potential_points(p, index)
        individual = use.kind == INDIVIDUAL
        if use.used:
            status = "verwendet" if german else "used"
            earned = f"+{points} Punkte" if german else f"+{points} points"
        else:
            status = "noch nicht verwendet" if german else "not used yet"
            earned = (
                (f"bis zu +{points} Punkte" if german else f"could earn +{points}")
                if points
                else ("kaum Punkte" if german else "few points")
            )
        badge = (
            ("individuell" if german else "individual")
            if individual
            else ("Segment" if german else "segment")
        )
        if use.headline:
            badge += " · Jobtitel/Firma" if german else " · job title/company"
        tip = (
            (
                "Im Entwurf verwendet – klicken zeigt die Stelle."
                if german
                else "Used in the draft – click to see where."
            )
            if use.used
            else ("Noch nicht verwendet." if german else "Not used yet.")
        )
        rows.append(
            FactRow(use.text, use.used, individual, status, badge, earned, use.evidence, tip)
        )
    return rows


class _RowLayout(NamedTuple):
    """Where a row's parts go, relative to the row's top left corner."""

    text: QRect  # the fact, wrapped
    badge: QRectF
    badge_text: str  # elided only when the badge alone is wider than the row
    rest: QTextLayout  # "state · points": beside the badge, wrapping below it when narrow
    height: int


class _FactDelegate(QStyledItemDelegate):
    """Two lines per fact: the mark and the fact (wrapped); below, the badge, the state and
    the points in smaller type, wrapped under the badge when the list is narrow (never cut).
    Every size comes from the font; sizeHint and paint share one layout."""

    def __init__(self, owner: FactList) -> None:
        super().__init__(owner)
        self._owner = owner

    def _row(self, index: QModelIndex | QPersistentModelIndex) -> FactRow | None:
        value = index.data(INDEX_ROLE)
        rows = self._owner.rows
        return rows[value] if isinstance(value, int) and 0 <= value < len(rows) else None

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _layout(self, row: FactRow, font: QFont, width: int) -> _RowLayout:
        metrics = QFontMetrics(font)
        line = metrics.height()
        left = round(line * 1.7)
        area = QRect(left, round(line * 0.3), max(10, width - left - round(line * 0.5)), 0)
        text = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, row.text)
        small, bold = self._fonts(font)
        small_metrics, bold_metrics = QFontMetrics(small), QFontMetrics(bold)
        y = text.bottom() + round(line * 0.25)
        pad = round(small_metrics.height() * 0.4)
        badge_text = row.badge
        if bold_metrics.horizontalAdvance(badge_text) + pad * 2 > area.width():
            badge_text = bold_metrics.elidedText(
                badge_text, Qt.TextElideMode.ElideRight, area.width() - pad * 2
            )
        badge = QRectF(
            area.left(),
            y,
            bold_metrics.horizontalAdvance(badge_text) + pad * 2,
            small_metrics.height() * 1.2,
        )
        rest, bottom = _flow(
            f"{_unbroken(row.status)}\u00a0· {_unbroken(row.points)}",
            small,
            QRectF(badge.right() + pad, y, area.right() - badge.right() - pad, badge.height()),
            area,
        )
        return _RowLayout(text, badge, badge_text, rest, round(bottom + line * 0.3))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = self._row(index)
        width = self._owner.viewport().width()
        if row is None:
            return QSize(width, QFontMetrics(option.font).height())
        return QSize(width, self._layout(row, option.font, width).height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = self._row(index)
        if row is None:
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle  # its many enums cost ms at start-up; rows come later

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.72)
        base = palette.color(QPalette.ColorRole.Base)
        line = QFontMetrics(option.font).height()
        layout = self._layout(row, option.font, option.rect.width())
        painter.translate(option.rect.topLeft())
        top = layout.text.top()
        # the mark: a filled disc with a check (used) or a hollow ring (not yet)
        mark = QRectF(line * 0.35, top + line * 0.1, line * 0.85, line * 0.85)
        green = readable(QColor(GREEN), base, 3.0)
        if row.used:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(green)
            painter.drawEllipse(mark)
            check = QPen(QColor("#ffffff") if base.lightness() > 128 else base, line / 8)
            check.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(check)
            x, y, w = mark.left(), mark.top(), mark.width()
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.27, y + w * 0.52),
                    QPointF(x + w * 0.44, y + w * 0.70),
                    QPointF(x + w * 0.74, y + w * 0.33),
                ]
            )
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(muted, max(1.2, line / 12)))
            painter.drawEllipse(mark.adjusted(1, 1, -1, -1))
        painter.setFont(option.font)
        painter.setPen(text_color)
        area = QRect(layout.text.left(), top, layout.text.width(), option.rect.height() - top)
        painter.drawText(area, Qt.TextFlag.TextWordWrap, row.text)
        # second line: [badge]  state · points
        _small, bold = self._fonts(option.font)
        badge = layout.badge
        accent = (
            palette.color(QPalette.ColorRole.Highlight)
            if row.individual
            else palette.color(QPalette.ColorRole.Mid)
        )
        if selected:
            accent = text_color
        fill = QColor(accent)
        fill.setAlphaF(0.14)
        painter.setPen(QPen(accent, 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, layout.badge_text)
        painter.setPen(text_color if row.used else muted)
        layout.rest.draw(painter, QPointF(0, 0))
        painter.restore()


def _unbroken(words: str) -> str:
    """Lines break between the state and the points, not inside "bis zu +46 Punkte"."""
    return words.replace(" ", "\u00a0")


def _flow(text: str, font: QFont, beside: QRectF, area: QRect) -> tuple[QTextLayout, float]:
    """Lay ``text`` out like inline text after the badge: its first line in ``beside``
    (centred on the badge) when the first word fits there, the rest wrapped at the full
    ``area`` width below the badge; returns the layout and its bottom."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    fits_beside = QFontMetrics(font).horizontalAdvance(text.split(" ", 1)[0]) <= beside.width()
    y = beside.bottom()
    layout.beginLayout()
    first = True
    while (line := layout.createLine()).isValid():
        if first and fits_beside:
            line.setLineWidth(beside.width())
            line.setPosition(
                QPointF(beside.left(), beside.top() + (beside.height() - line.height()) / 2)
            )
        else:
            line.setLineWidth(area.width())
            line.setPosition(QPointF(area.left(), y))
            y += line.height()
        first = False
    layout.endLayout()
    return layout, y


class FactList(QListWidget):
    """The checklist widget; ``rows`` are the facts shown, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FactRow] = []
        self.setItemDelegate(_FactDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)

    @property
    def rows(self) -> list[FactRow]:
        return list(self._rows)

    def show_rows(self, rows: list[FactRow]) -> None:
        """The rows, in order; the same rows again are left as they are (a keystroke mostly
        changes no fact, and refilling cost a layout of every row)."""
        if rows == self._rows and self.count() == len(rows):
            return
        self.clear()
        self._rows = list(rows)
        for index, row in enumerate(rows):
            item = QListWidgetItem(row.text)
            item.setData(INDEX_ROLE, index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, row.spoken())
            item.setToolTip(f"{row.spoken()}\n{row.tip}")
            self.addItem(item)

    def row_at(self, item: QListWidgetItem) -> FactRow | None:
        value = item.data(INDEX_ROLE)
        return (
            self._rows[value] if isinstance(value, int) and 0 <= value < len(self._rows) else None
        )
