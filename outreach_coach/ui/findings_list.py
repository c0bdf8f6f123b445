"""The findings list: findings grouped under a heading per category (its name, count and
underline mark), each led by the words it is about; a click or Enter selects a finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from outreach_coach.core.model import Category
from outreach_coach.core.score.wording import FINDING_ORDER
from outreach_coach.ui.styles import category_color, paint_underline_sample

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Finding

# Items store an int index into the list's findings. WORKAROUND: PySide6 6.12 corrupts the
# refcount of None stored with QListWidgetItem.setData ("none_dealloc" fatal error).
_INDEX_ROLE = Qt.ItemDataRole.UserRole
_CATEGORY_LABELS = {
    Category.MASS_MESSAGE: ("Massennachricht", "Mass message"),
    Category.TEMPLATE_ERROR: ("Vorlagenfehler", "Template error"),
    Category.UNSUPPORTED_CLAIM: ("Unbelegte Behauptung", "Unsupported claim"),
    Category.FAKE_PERSONALIZATION: ("Schein-Personalisierung", "Fake personalization"),
    Category.GENERIC_PHRASE: ("Floskel", "Generic phrase"),
    Category.BUZZWORD: ("Modewort", "Buzzword"),
    Category.EMPTY_PROMISE: ("Leeres Versprechen", "Empty promise"),
    Category.PRESSURE: ("Druck", "Pressure"),
    Category.PRICE_DUMPING: ("Dumpingpreis", "Price dumping"),
    Category.GRAMMAR: ("Grammatik", "Grammar"),
    Category.SPELLING: ("Rechtschreibung", "Spelling"),
    Category.STYLE: ("Stil", "Style"),
}
QUOTE_WORDS = 60


def category_label(category: Category, german: bool) -> str:
    labels = _CATEGORY_LABELS.get(category, (str(category), str(category)))
    return labels[0] if german else labels[1]


def ordered_categories() -> tuple[Category, ...]:
    """The order of the chips and the list's groups: the most serious first."""
    return (*FINDING_ORDER, *(c for c in Category if c not in FINDING_ORDER))


class FindingsList(QListWidget):
    """The findings of the report shown, minus the hidden categories; emits the finding the
    user picks."""

    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        # what the items show now: refilled only when it changes (most keystrokes change
        # no finding), and each category's icon painted once per colour and size
        self._shown: tuple[object, ...] = ()
        self._icons: dict[tuple[object, ...], QIcon] = {}
        self.setIconSize(_icon_size(self))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)

    def show_findings(
        self, findings: Sequence[Finding], hidden: frozenset[Category], german: bool, draft: str
    ) -> None:
        background = self.palette().color(QPalette.ColorRole.Base)
        order = {category: rank for rank, category in enumerate(ordered_categories())}
        grouped = sorted(
            (pair for pair in enumerate(findings) if pair[1].category not in hidden),
            key=lambda pair: (order.get(pair[1].category, 99), pair[1].start),
        )
        shown = (
            tuple(findings),
            hidden,
            german,
            tuple(quoted_message(finding, draft, german) for _, finding in grouped),
            background.rgba(),
            self.font().toString(),
            self.devicePixelRatioF(),
        )
        if shown == self._shown[:-1] and self.count() == self._shown[-1]:
            return
        self.clear()
        self._findings = list(findings)
        current: Category | None = None
        for index, finding in grouped:
            category = finding.category
            color = category_color(category, background)
            if category != current:  # a header per category, with its count
                current = category
                count = sum(f.category == category for f in self._findings)
                header = QListWidgetItem(f"{category_label(category, german)} ({count})")
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a finding
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(color)
                header.setIcon(self._category_icon(category, color))
                self.addItem(header)
            item = QListWidgetItem(quoted_message(finding, draft, german))
            item.setIcon(self._blank_icon())  # indented under its heading
            item.setToolTip("\n".join(("✎ " + s) for s in finding.suggestions) or finding.message)
            item.setData(_INDEX_ROLE, index)
            self.addItem(item)
        self._shown = (*shown, self.count())

    def _category_icon(self, category: Category, color: QColor) -> QIcon:
        key = (category, color.rgba(), self.font().toString(), self.devicePixelRatioF())
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = category_icon(category, color, self)
        return icon

    def _blank_icon(self) -> QIcon:
        key = ("blank", self.font().toString(), self.devicePixelRatioF())
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = blank_icon(self)
        return icon

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        index = item.data(_INDEX_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._findings):
            self.finding_activated.emit(self._findings[index])


def _icon_size(widget: QWidget) -> QSize:
    height = QFontMetrics(widget.font()).height()
    return QSize(round(height * 1.4), height)


def blank_icon(widget: QWidget) -> QIcon:
    """An empty icon as wide as a category's mark: findings line up under their heading."""
    pixmap = QPixmap(_icon_size(widget) * widget.devicePixelRatioF())
    pixmap.setDevicePixelRatio(widget.devicePixelRatioF())
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def category_icon(category: Category, color: QColor, widget: QWidget) -> QIcon:
    """The category's underline mark as a list icon (sharp on HiDPI screens)."""
    size = _icon_size(widget)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setFont(widget.font())
    paint_underline_sample(painter, category, 1, size.height() * 0.65, size.width() - 2, color)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Disabled)  # a heading is not selectable: keep its colour
    return icon


# the quotation marks our rules quote the draft with, German and English
_QUOTES = (("„", "“"), ("“", "”"))


def quoted_message(finding: Finding, draft: str, german: bool) -> str:
    """The finding's message led by the words it is about, so the list reads on its own."""
    if finding.end > len(draft):
        return finding.message
    words = " ".join(draft[finding.start : finding.end].split())
    if not words or any(f"{o}{words}{c}" in finding.message for o, c in _QUOTES):
        return finding.message  # the rule quoted them itself (an example in its reason does not)
    if len(words) > QUOTE_WORDS:
        words = words[: QUOTE_WORDS - 1].rstrip() + "…"
    opening, closing = ("„", "“") if german else ("“", "”")
    return f"{opening}{words}{closing} – {finding.message}"
