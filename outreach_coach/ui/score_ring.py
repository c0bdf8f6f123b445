"""The score as a ring: the arc's length is the score, its colour the verdict's band."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from outreach_coach.core.score.policy import NO_NOTES
from outreach_coach.ui.styles import band_color

# The ring's diameter in lines of the widget's font, so it grows with the font and the DPI.
DIAMETER_LINES = 4.4


class ScoreRing(QWidget):
    """Paints ``score`` (0–100, or none yet) as an antialiased arc on a faint track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self._band = NO_NOTES
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Personalization score"))

    @property
    def score(self) -> int | None:
        return self._score

    @property
    def band(self) -> str:
        return self._band

    @property
    def color(self) -> QColor:
        """The arc's colour: the band's, readable on this widget's background."""
        return band_color(self._band, self.palette().color(QPalette.ColorRole.Window))

    def set_score(self, score: int | None, band: str, verdict: str) -> None:
        """Show ``score`` in ``band``; assistive technology hears the number and the verdict."""
        self._score, self._band = score, band
        if score is None:
            self.setAccessibleName(self.tr("Personalization score: not yet measured"))
            self.setAccessibleDescription("")
        else:
            self.setAccessibleName(
                self.tr("Personalization score: {score} of 100").format(score=score)
            )
            self.setAccessibleDescription(verdict)
        self.update()

    def diameter(self) -> int:
        return round(QFontMetricsF(self.font()).height() * DIAMETER_LINES)

    def sizeHint(self) -> QSize:
        side = self.diameter()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def arc_rect(self) -> QRectF:
        """Where the arc's stroke runs (centred, inset by half the stroke)."""
        side = min(self.width(), self.height())
        stroke = self.stroke_width()
        left = (self.width() - side) / 2 + stroke / 2
        top = (self.height() - side) / 2 + stroke / 2
        return QRectF(left, top, side - stroke, side - stroke)

    def stroke_width(self) -> float:
        return max(4.0, min(self.width(), self.height()) * 0.11)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self.arc_rect()
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.12)
        pen = QPen(track, self.stroke_width())
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self._score:
            pen.setColor(self.color)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # from twelve o'clock, clockwise; Qt counts sixteenths of a degree
            painter.drawArc(rect, 90 * 16, -round(360 * 16 * min(100, self._score) / 100))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(rect.height() * 0.36)))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text = "–" if self._score is None else str(self._score)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
