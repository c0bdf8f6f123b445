"""The Stats view: reply rate by score band, channel, length, questions about the recipient and
month, drawn with pyqtgraph (QtCharts is not in PySide6-Essentials), the counts on every bar,
the table behind the charts and its CSV export. The numbers come from ``storage.stats``.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.storage.stats import MIN_MESSAGES, compute
from outreach_coach.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from outreach_coach.storage.library import Library
    from outreach_coach.storage.stats import Bar, Breakdown, ReplyStats

translate = QCoreApplication.translate
_CONTEXT = "StatsView"
TITLES = {
    "total": QT_TRANSLATE_NOOP("StatsView", "All messages"),
    "score": QT_TRANSLATE_NOOP("StatsView", "By personalization score"),
    "channel": QT_TRANSLATE_NOOP("StatsView", "By channel"),
    "length": QT_TRANSLATE_NOOP("StatsView", "By length (words)"),
    "questions": QT_TRANSLATE_NOOP("StatsView", "By questions about the recipient"),
    "month": QT_TRANSLATE_NOOP("StatsView", "By month sent"),
}
GROUPS = {
    "all": QT_TRANSLATE_NOOP("StatsView", "all"),
    "linkedin_note": QT_TRANSLATE_NOOP("StatsView", "LinkedIn\nnote"),
    "linkedin_message": QT_TRANSLATE_NOOP("StatsView", "LinkedIn\nmessage"),
    "email": QT_TRANSLATE_NOOP("StatsView", "E-mail"),
}
# Okabe–Ito blue: one hue for every bar, darker on light backgrounds, lighter on dark ones.
BAR_ON_LIGHT, BAR_ON_DARK = "#0072B2", "#56B4E9"
# (dimension, row, column, column span) in the chart grid
GRID = (
    ("score", 0, 0, 1),
    ("channel", 0, 1, 1),
    ("length", 0, 2, 1),
    ("questions", 1, 0, 1),
    ("month", 1, 1, 2),
)

pg.setConfigOptions(antialias=True)


def title(dimension: str) -> str:
    return translate(_CONTEXT, TITLES[dimension])


def group_label(dimension: str, key: str) -> str:
    """A bar's label as the user reads it: "0–19", "LinkedIn note", "≤ 50", "3+", "2026-03"."""
    if key in GROUPS:
        return translate(_CONTEXT, GROUPS[key])
    if dimension == "length" and key.startswith("1-"):
        return "≤ " + key[2:]
    if dimension == "length" and key.endswith("+"):
        return "> " + str(int(key[:-1]) - 1)
    if dimension in ("score", "length"):
        return key.replace("-", "–")
    return key


def percent(bar: Bar) -> str:
    rate = bar.rate
    return "–" if rate is None else f"{round(rate * 100)} %"


def _pen(bar: Bar, color: QColor) -> object:
    """Solid outline when the bar says something, dashed when too few, none when empty."""
    if bar.decided == 0:
        return pg.mkPen(None)
    if bar.enough:
        return pg.mkPen(color, width=1.5)
    return pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine)


class ReplyCharts(QWidget):
    """Five bar charts of the reply rate; every bar carries its rate and "replied / of", bars
    on fewer than ``MIN_MESSAGES`` messages are pale with a dashed outline."""

    def __init__(self, stats: ReplyStats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        self.text_color = palette.color(QPalette.ColorRole.Text)
        self.bar_color = QColor(BAR_ON_DARK if base.lightness() < 128 else BAR_ON_LIGHT)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(base)
        self.view.setAccessibleName(translate(_CONTEXT, "Reply rate charts"))
        self.view.setMinimumHeight(420)
        self.view.ci.setSpacing(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.plots: dict[str, object] = {}
        for dimension, row, column, span in GRID:
            self.plots[dimension] = self._plot(stats.breakdown(dimension), row, column, span)

    def _plot(self, breakdown: Breakdown, row: int, column: int, span: int) -> object:
        text_pen = pg.mkPen(self.text_color)
        heading = title(breakdown.dimension)
        if breakdown.not_measured:
            heading += " " + translate(_CONTEXT, "({count} not measured)").format(
                count=breakdown.not_measured
            )
        plot = self.view.addPlot(row=row, col=column, colspan=span)
        plot.setTitle(heading, color=self.text_color, size="10pt")
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        bars = breakdown.bars
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * (0.85 if len(bars) > 8 else 0.95)))
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(text_pen)
            axis.setTextPen(text_pen)
            axis.setStyle(tickFont=font, hideOverlappingLabels=False)
        metrics = QFontMetrics(font)
        plot.getAxis("left").setWidth(metrics.horizontalAdvance("100 %") + 14)
        lines = max(
            (group_label(breakdown.dimension, bar.key).count("\n") + 1 for bar in breakdown.bars),
            default=1,
        )
        plot.getAxis("bottom").setHeight(lines * metrics.lineSpacing() + 14)
        every = 1 if len(bars) <= 12 else 2  # months: every other label when there are many
        plot.getAxis("bottom").setTicks(
            [
                [
                    (index, group_label(breakdown.dimension, bar.key))
                    for index, bar in enumerate(bars)
                    if index % every == 0 or index == len(bars) - 1
                ]
            ]
        )
        plot.getAxis("left").setTicks([[(v, f"{v} %") for v in (0, 25, 50, 75, 100)]])
        plot.setYRange(-8, 128, padding=0)  # room for the "0 %" label
        plot.setXRange(-0.6, max(len(bars), 1) - 0.4, padding=0)
        if not bars:
            empty = pg.TextItem(
                translate(_CONTEXT, "no messages"), color=self.text_color, anchor=(0.5, 0.5)
            )
            plot.addItem(empty)
            empty.setPos(0, 50)
            return plot
        pale = QColor(self.bar_color)
        pale.setAlpha(70)
        plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(bars))),
                height=[100 * (bar.rate or 0.0) for bar in bars],
                width=0.62,
                brushes=[self.bar_color if bar.enough else pale for bar in bars],
                pens=[_pen(bar, self.bar_color) for bar in bars],
            )
        )
        compact = len(bars) > 8
        for index, bar in enumerate(bars):
            if bar.decided == 0:
                label = "0/0"
            elif compact:
                label = f"{bar.replied}/{bar.decided}"
            else:
                label = f"{percent(bar)}\n{bar.replied}/{bar.decided}"
            counts = pg.TextItem(label, color=self.text_color, anchor=(0.5, 1.0))
            counts.setFont(font)
            document = counts.textItem.document()
            option = document.defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            document.setDefaultTextOption(option)
            counts.setTextWidth(metrics.horizontalAdvance("100 %") + 12)
            plot.addItem(counts)
            counts.setPos(index, 100 * (bar.rate or 0.0) + 1)
        return plot


class StatsDialog(QDialog):
    """Library → Stats…: the summary, the charts, the table and Export CSV…"""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply statistics"))
        self.resize(1060, 820)
        self.stats = compute(library.history.messages(limit=1_000_000), library.followup_days)
        total = self.stats.total
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        summary_font = QFont(self.summary.font())
        summary_font.setBold(True)
        self.summary.setFont(summary_font)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        if not self.stats.enough:
            self.warning.setText(
                self.tr(
                    "Too few messages to conclude anything yet: fewer than {count} have a reply "
                    "or are past the follow-up days. Mark replies in Library → Sent messages…"
                ).format(count=MIN_MESSAGES)
            )
        elif total.replied == 0:
            self.warning.setText(
                self.tr("No message is marked as replied yet: mark replies in Sent messages…")
            )
        self.warning.setVisible(bool(self.warning.text()))
        self.charts = ReplyCharts(self.stats)
        legend = QLabel(
            self.tr(
                "Each bar is the share of messages that got a reply; under the rate, replied / "
                "all with an answer or past {days} days. Pale bars with a dashed outline rest "
                "on fewer than {count} messages: too few to conclude anything."
            ).format(days=self.stats.followup_days, count=MIN_MESSAGES)
        )
        legend.setWordWrap(True)
        self.table = self._table()
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.saved = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        charts_box = QWidget()
        charts_layout = QVBoxLayout(charts_box)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.charts)
        charts_layout.addWidget(legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts_box)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 200])
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.saved)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _summary(self) -> str:
        total = self.stats.total
        if total.messages == 0:
            return self.tr("No sent messages yet. Copy a message to record it as sent.")
        text = self.tr("Reply rate {rate}: {replied} of {decided} messages got a reply.").format(
            rate=percent(total), replied=total.replied, decided=total.decided
        )
        if total.waiting:
            text += " " + self.tr(
                "{count} more are waiting (sent less than {days} days ago, not marked)."
            ).format(count=total.waiting, days=self.stats.followup_days)
        return text

    def headers(self) -> list[str]:
        return [
            self.tr("Chart"),
            self.tr("Group"),
            self.tr("Messages"),
            self.tr("Replied"),
            self.tr("No reply"),
            self.tr("Waiting"),
            self.tr("Reply rate"),
            self.tr("Enough to conclude"),
        ]

    def table_rows(self) -> list[list[str]]:
        return [
            [
                title(dimension),
                " ".join(group_label(dimension, bar.key).replace("-\n", "-").split()),
                str(bar.messages),
                str(bar.replied),
                str(bar.no_reply),
                str(bar.waiting),
                percent(bar),
                self.tr("yes") if bar.enough else self.tr("no"),
            ]
            for dimension, bar in self.stats.rows()
        ]

    def _table(self) -> QTableWidget:
        rows = self.table_rows()
        table = QTableWidget(len(rows), len(self.headers()))
        table.setHorizontalHeaderLabels(self.headers())
        table.setAccessibleName(self.tr("Reply statistics table"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        return table

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.headers())
        writer.writerows(self.table_rows())
        return out.getvalue()

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reply statistics"), "reply-statistics.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            self.export(Path(path))
        except OSError as error:
            self.saved.setText(self.tr("Not saved: {reason}").format(reason=error.strerror))
            return
        self.saved.setText(self.tr("Saved {path}").format(path=path))

    def export(self, path: Path) -> None:
        """The table as CSV (UTF-8 with BOM, so spreadsheets read umlauts), user-only."""
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as file:
            file.write(self.csv_text())
        path.chmod(0o600)
