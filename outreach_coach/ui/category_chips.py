"""Category chips: one checkable chip per category with findings ("Generic phrase 2"); an
unchecked chip hides that category's marks in the draft and in the findings list.

The chips remember which categories the user switched off, across reports: a category that
comes back stays off until its chip is checked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QLayout, QLayoutItem, QSizePolicy, QWidget

from outreach_coach.ui.styles import category_color, paint_underline_sample

if TYPE_CHECKING:
    from collections.abc import Mapping

    from outreach_coach.core.model import Category


class FlowLayout(QLayout):
    """Left to right, wrapping to the next line when the width runs out (chips at any
    window width)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class CategoryChip(QAbstractButton):
    """A rounded, checkable chip: the category's underline mark, its name and its count.
    Checked is filled and framed in the category's colour; unchecked is hollow with a dashed
    frame and greyed text, so the state does not rest on colour alone."""

    def __init__(self, category: Category, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.label = ""
        self.count = 0
        self.setCheckable(True)
        self.setChecked(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_label(self, label: str, count: int) -> None:
        self.label, self.count = label, count
        self.setText(f"{label} {count}")
        self.updateGeometry()
        self.update()

    def _metrics(self) -> tuple[int, int, int]:
        """Padding, the underline sample's width, the gap after it (all from the font)."""
        height = QFontMetrics(self.font()).height()
        return round(height * 0.6), round(height * 1.1), round(height * 0.35)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        padding, sample, gap = self._metrics()
        width = (
            padding * 2
            + sample
            + gap
            + metrics.horizontalAdvance(self.label + " ")
            + QFontMetrics(bold).horizontalAdvance(str(self.count))
        )
        return QSize(width, round(metrics.height() * 1.7))

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        color = category_color(self.category, background)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = frame.height() / 2
        pen = QPen(color if self.isChecked() else palette.color(QPalette.ColorRole.Mid), 1.5)
        if self.isChecked():
            fill = QColor(color)
            fill.setAlphaF(0.16)
            painter.setBrush(fill)
        else:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawRoundedRect(frame, radius, radius)
        if self.hasFocus():
            focus = QPen(palette.color(QPalette.ColorRole.Highlight), 1.0, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), radius - 2, radius - 2)
        padding, sample, gap = self._metrics()
        metrics = painter.fontMetrics()
        baseline = (self.height() + metrics.ascent() - metrics.descent()) / 2
        text_color = palette.color(
            QPalette.ColorGroup.Active if self.isChecked() else QPalette.ColorGroup.Disabled,
            QPalette.ColorRole.WindowText,
        )
        mark = color if self.isChecked() else palette.color(QPalette.ColorRole.Mid)
        paint_underline_sample(painter, self.category, padding, baseline + 1, sample, mark)
        x = padding + sample + gap
        painter.setPen(text_color)
        painter.drawText(QPoint(x, round(baseline)), self.label + " ")
        x += metrics.horizontalAdvance(self.label + " ")
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPoint(x, round(baseline)), str(self.count))
        painter.end()


class CategoryChips(QWidget):
    """The chips of one report; ``hidden_changed`` carries the categories switched off."""

    hidden_changed = Signal(frozenset)  # frozenset[Category]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._chips: dict[Category, CategoryChip] = {}
        self._hidden: set[Category] = set()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def chips(self) -> dict[Category, CategoryChip]:
        """The chips shown, by category, in display order."""
        return dict(self._chips)

    @property
    def hidden_categories(self) -> frozenset[Category]:
        return frozenset(self._hidden)

    @property
    def visible_categories(self) -> frozenset[Category]:
        """Categories with findings whose chips are on."""
        return frozenset(c for c in self._chips if c not in self._hidden)

    def show_counts(
        self, counts: Mapping[Category, int], labels: Mapping[Category, str], hint: str
    ) -> None:
        """One chip per category in ``counts`` (in its order); a category without findings
        loses its chip, a switched-off one stays off."""
        for category in list(self._chips):
            if category not in counts:
                gone = self._chips.pop(category)
                self._layout.removeWidget(gone)
                gone.deleteLater()
        for category in list(self._chips):  # re-added below in the new order
            self._layout.removeWidget(self._chips[category])
        ordered: dict[Category, CategoryChip] = {}
        for category, count in counts.items():
            chip = self._chips.get(category) or self._new_chip(category)
            chip.blockSignals(True)
            chip.setChecked(category not in self._hidden)
            chip.blockSignals(False)
            chip.set_label(labels[category], count)
            chip.setToolTip(hint)
            chip.setAccessibleName(f"{labels[category]}: {count}")
            self._layout.addWidget(chip)
            chip.show()
            ordered[category] = chip
        self._chips = ordered
        self.updateGeometry()

    def _new_chip(self, category: Category) -> CategoryChip:
        chip = CategoryChip(category, self)
        chip.toggled.connect(lambda on, c=category: self._on_chip_toggled(c, on))
        return chip

    def _on_chip_toggled(self, category: Category, on: bool) -> None:
        if on:
            self._hidden.discard(category)
        else:
            self._hidden.add(category)
        self.hidden_changed.emit(frozenset(self._hidden))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()
