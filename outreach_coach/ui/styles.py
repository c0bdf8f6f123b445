"""Highlight styles per category: colour *and* underline style, so that colour-blind users
can tell categories apart (Okabe–Ito palette, readable on light and dark backgrounds)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from outreach_coach.core.model import Category

_UNDERLINE = QTextCharFormat.UnderlineStyle

_STYLES: dict[Category, tuple[str, QTextCharFormat.UnderlineStyle]] = {
    Category.TEMPLATE_ERROR: ("#D55E00", _UNDERLINE.WaveUnderline),
    Category.MASS_MESSAGE: ("#D55E00", _UNDERLINE.DashUnderline),
    Category.EMPTY_PROMISE: ("#CC79A7", _UNDERLINE.WaveUnderline),
    Category.PRICE_DUMPING: ("#CC79A7", _UNDERLINE.DashDotLine),
    Category.PRESSURE: ("#E69F00", _UNDERLINE.DashUnderline),
    Category.BUZZWORD: ("#0072B2", _UNDERLINE.DotLine),
    Category.GENERIC_PHRASE: ("#56B4E9", _UNDERLINE.SingleUnderline),
    Category.FAKE_PERSONALIZATION: ("#E69F00", _UNDERLINE.WaveUnderline),
    Category.UNSUPPORTED_CLAIM: ("#009E73", _UNDERLINE.DashDotDotLine),
    Category.GRAMMAR: ("#0072B2", _UNDERLINE.WaveUnderline),
    Category.SPELLING: ("#D55E00", _UNDERLINE.SpellCheckUnderline),
    Category.STYLE: ("#009E73", _UNDERLINE.DotLine),
}


def category_color(category: Category) -> QColor:
    return QColor(_STYLES[category][0])


def finding_format(category: Category) -> QTextCharFormat:
    """The character format that marks a finding of ``category`` in the editor."""
    color, underline = _STYLES[category]
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(underline)
    fmt.setUnderlineColor(QColor(color))
    return fmt


def interchangeable_background() -> QBrush:
    """A faint tint for sentences that would fit anyone: visible on light and dark themes,
    never louder than a finding's underline."""
    return QBrush(QColor(150, 150, 150, 45))
