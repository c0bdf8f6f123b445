"""Colours and underline styles of the coach, from one place.

Categories: a colour *and* an underline style each (no two categories share both), so
colour-blind users can tell them apart (Okabe–Ito hues). Score bands: the same palette. Every
colour is darkened or lightened against the background it is drawn on until it reaches a
readable contrast, so one table serves light and dark themes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTextCharFormat

from outreach_coach.core.model import Category

_UNDERLINE = QTextCharFormat.UnderlineStyle

# Okabe–Ito: vermillion, orange, sky blue, bluish green, blue, reddish purple.
VERMILLION, ORANGE, SKY_BLUE, GREEN, BLUE, PURPLE = (
    "#D55E00",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#0072B2",
    "#CC79A7",
)
_STYLES: dict[Category, tuple[str, QTextCharFormat.UnderlineStyle]] = {
    Category.TEMPLATE_ERROR: (VERMILLION, _UNDERLINE.WaveUnderline),
    Category.MASS_MESSAGE: (VERMILLION, _UNDERLINE.DashUnderline),
    Category.EMPTY_PROMISE: (PURPLE, _UNDERLINE.DashUnderline),
    Category.PRICE_DUMPING: (PURPLE, _UNDERLINE.DashDotLine),
    Category.PRESSURE: (ORANGE, _UNDERLINE.DashUnderline),
    Category.BUZZWORD: (BLUE, _UNDERLINE.DotLine),
    Category.GENERIC_PHRASE: (SKY_BLUE, _UNDERLINE.SingleUnderline),
    Category.FAKE_PERSONALIZATION: (ORANGE, _UNDERLINE.WaveUnderline),
    Category.UNSUPPORTED_CLAIM: (GREEN, _UNDERLINE.DashDotDotLine),
    Category.GRAMMAR: (BLUE, _UNDERLINE.WaveUnderline),
    Category.SPELLING: (PURPLE, _UNDERLINE.SpellCheckUnderline),
    Category.STYLE: (GREEN, _UNDERLINE.DotLine),
}
_BANDS = {"personal": GREEN, "partly": BLUE, "hardly": ORANGE, "mass": VERMILLION}
TEXT_CONTRAST = 4.5  # WCAG AA for text
GRAPHIC_CONTRAST = 3.0  # WCAG AA for lines and shapes


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``color`` with its hue kept, darker on a light background (lighter on a dark one) until
    it reaches ``minimum`` contrast."""
    hsl = color.toHsl()
    hue, saturation, lightness = hsl.hslHueF(), hsl.hslSaturationF(), hsl.lightnessF()
    dark_background = luminance(background) < 0.2
    adjusted = QColor(color)
    for _step in range(40):
        if contrast(adjusted, background) >= minimum:
            break
        lightness = min(1.0, lightness + 0.025) if dark_background else max(0.0, lightness - 0.025)
        adjusted = QColor.fromHslF(max(0.0, hue), saturation, lightness)
    return adjusted


def underline_style(category: Category) -> QTextCharFormat.UnderlineStyle:
    return _STYLES[category][1]


def category_color(category: Category, background: QColor | None = None) -> QColor:
    """The category's colour, made readable as text on ``background`` when given."""
    color = QColor(_STYLES[category][0])
    return color if background is None else readable(color, background)


def band_color(band: str, background: QColor) -> QColor:
    """The colour of a score band (core.score.policy.band), readable on ``background``; no
    notes yet is the palette's neutral grey."""
    from outreach_coach.core.score.policy import NO_NOTES  # the editor's start needs no score

    if band == NO_NOTES or band not in _BANDS:
        grey = QColor(128, 128, 128)
        return readable(grey, background, GRAPHIC_CONTRAST)
    return readable(QColor(_BANDS[band]), background, GRAPHIC_CONTRAST)


def finding_format(category: Category, background: QColor | None = None) -> QTextCharFormat:
    """The character format that marks a finding of ``category`` in the editor (its underline
    readable on ``background`` when given)."""
    color, underline = _STYLES[category]
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(underline)
    fmt.setUnderlineColor(
        QColor(color) if background is None else readable(QColor(color), background, 3.0)
    )
    return fmt


def paint_underline_sample(
    painter: QPainter, category: Category, left: float, baseline: float, width: float, color: QColor
) -> None:
    """A short stroke in the category's underline style, as the editor draws it: chips and
    list markers show the same mark the draft does."""
    style = underline_style(category)
    pen = QPen(color)
    pen.setWidthF(max(1.5, painter.fontMetrics().height() / 9))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if style in (_UNDERLINE.WaveUnderline, _UNDERLINE.SpellCheckUnderline):
        amplitude = pen.widthF() * 1.2
        path = QPainterPath(QPointF(left, baseline))
        steps = max(8, int(width))
        for i in range(1, steps + 1):
            x = left + width * i / steps
            path.lineTo(x, baseline - amplitude * math.sin((x - left) / (amplitude * 1.6)))
        painter.setPen(pen)
        painter.drawPath(path)
    else:
        pen.setStyle(
            {
                _UNDERLINE.DashUnderline: Qt.PenStyle.DashLine,
                _UNDERLINE.DotLine: Qt.PenStyle.DotLine,
                _UNDERLINE.DashDotLine: Qt.PenStyle.DashDotLine,
                _UNDERLINE.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
            }.get(style, Qt.PenStyle.SolidLine)
        )
        painter.setPen(pen)
        painter.drawLine(QPointF(left, baseline), QPointF(left + width, baseline))
    painter.restore()


def interchangeable_background() -> QBrush:
    """A faint tint for sentences that would fit anyone: visible on light and dark themes,
    never louder than a finding's underline."""
    return QBrush(QColor(150, 150, 150, 45))
