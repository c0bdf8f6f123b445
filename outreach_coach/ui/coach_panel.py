"""The coach panel, read at a glance: the score as a ring with its verdict, the one next step,
metrics in plain words, the fact checklist and the findings with category chips that filter
what the draft shows."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.core.score.policy import (
    NO_NOTES,
    band,
    components_sentence,
    points_breakdown,
    verdict,
)
from outreach_coach.core.score.wording import method_label, next_step, other_hints
from outreach_coach.ui.category_chips import CategoryChips
from outreach_coach.ui.fact_list import FactList, fact_rows
from outreach_coach.ui.findings_list import FindingsList, category_label, ordered_categories
from outreach_coach.ui.score_ring import ScoreRing

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Category, Finding, Metrics, Report


def metrics_sentence(metrics: Metrics, german: bool) -> str:
    """Metrics in plain words: "2 questions (1 about them) · more about them than about you
    (61 % you-words) · 94 words, about 25 s to read · easy to read (Flesch 73)"."""
    questions, about = metrics.questions, metrics.questions_about_them
    parts = [
        (
            f"{questions} {'Frage' if questions == 1 else 'Fragen'} ({about} zur Person)"
            if questions
            else "keine Frage"
        )
        if german
        else (
            f"{questions} {'question' if questions == 1 else 'questions'} ({about} about them)"
            if questions
            else "no question"
        )
    ]
    if metrics.you_words + metrics.me_words:
        share = round(metrics.you_share * 100)
        if share >= 60:
            focus = "mehr über die Person als über Sie" if german else "more about them than you"
        elif share > 40:
            focus = (
                "so viel über die Person wie über Sie" if german else "as much about them as you"
            )
        else:
            focus = "mehr über Sie als über die Person" if german else "more about you than them"
        parts.append(f"{focus} ({share} %)")
    words, seconds = metrics.words, metrics.reading_seconds
    parts.append(
        f"{words} {'Wort' if words == 1 else 'Wörter'}, etwa {seconds} s Lesezeit"
        if german
        else f"{words} {'word' if words == 1 else 'words'}, about {seconds} s to read"
    )
    if metrics.readability is not None:
        parts.append(
            f"{_ease(metrics.readability, german)} ({metrics.readability_scale} "
            f"{metrics.readability:.0f})"
        )
    return " · ".join(parts)


def _ease(score: float, german: bool) -> str:
    """Flesch-type reading ease (and its German form) in words."""
    for floor, de, en in (
        (70, "leicht lesbar", "easy to read"),
        (50, "gut lesbar", "fairly easy to read"),
        (30, "schwer lesbar", "hard to read"),
    ):
        if score >= floor:
            return de if german else en
    return "sehr schwer lesbar" if german else "very hard to read"


def unread_notice(read: int, unread: int, german: bool) -> str:
    """What a very long draft's report says about the part the coach did not read."""

    def number(value: int) -> str:
        return f"{value:,}".replace(",", ".") if german else f"{value:,}"

    if german:
        return (
            f"Sehr langer Entwurf: Der Coach prüft die ersten {number(read)} Zeichen. Die "
            f"übrigen {number(unread)} bleiben im Text, werden aber nicht geprüft."
        )
    return (
        f"A very long draft: the coach checks its first {number(read)} characters. The other "
        f"{number(unread)} stay in the text but are not checked."
    )


def findings_summary(findings: Sequence[Finding], hidden: frozenset[Category], german: bool) -> str:
    """ "Hinweise: 4 (1 ausgeblendet)": the counts per category are on the chips below."""
    title = "Hinweise" if german else "Findings"
    off = sum(f.category in hidden for f in findings)
    if not off:
        return f"{title}: {len(findings)}"
    return f"{title}: {len(findings)} ({off} {'ausgeblendet' if german else 'hidden'})"


class CoachPanel(QWidget):
    """Render a Report; emit the finding (or fact evidence) the user wants to see and the
    categories the user switched off."""

    finding_activated = Signal(object)  # Finding
    evidence_activated = Signal(int, int)  # str offsets in the draft
    hidden_categories_changed = Signal(frozenset)  # frozenset[Category]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_ring = ScoreRing()
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        verdict_font = QFont(self.verdict_label.font())
        verdict_font.setBold(True)
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.15)
        self.verdict_label.setFont(verdict_font)
        self.summary_label = QLabel()  # the explanation's first sentence, beside the ring
        self.unread_label = QLabel()  # only for a very long draft: what was not checked
        self.unread_label.setObjectName("unread")
        self.unread_label.setWordWrap(True)
        self.unread_label.setStyleSheet(
            "QLabel#unread { background: palette(alternate-base);"
            " border-left: 4px solid palette(mid); border-radius: 4px; padding: 4px 8px; }"
        )
        self.unread_label.setVisible(False)
        self.next_step_title = QLabel()
        self.next_step_label = QLabel()
        self.next_step_label.setObjectName("next_step")
        self.next_step_label.setWordWrap(True)
        self.next_step_label.setAccessibleName(self.tr("Next step"))
        step_font = QFont(self.next_step_label.font())
        step_font.setPointSizeF(step_font.pointSizeF() * 1.1)
        self.next_step_label.setFont(step_font)
        self.next_step_label.setStyleSheet(
            "QLabel#next_step { background: palette(alternate-base);"
            " border-left: 4px solid palette(highlight); border-radius: 4px; padding: 8px; }"
        )
        self.more_button = QToolButton()
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self._on_more_button_toggled)
        self.explanation_label = QLabel()
        self.metrics_label = QLabel()
        self.method_label = QLabel()
        self.components_label = QLabel()
        for label in (
            self.summary_label,
            self.explanation_label,
            self.metrics_label,
            self.method_label,
            self.components_label,
            self.next_step_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.method_label.setEnabled(False)  # secondary text, palette-aware grey
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        for label in (self.explanation_label, self.components_label, self.method_label):
            details.addWidget(label)
        self.details.setVisible(False)
        self.facts_title = QLabel()
        self.facts_list = FactList()
        self.facts_list.setAccessibleName(self.tr("Facts from the notes"))
        self.findings_title = QLabel()
        self.chips = CategoryChips()
        self.chips.hidden_changed.connect(self._on_chips_hidden_changed)
        self.findings_list = FindingsList()
        self.findings_list.setAccessibleName(self.tr("Findings"))
        self.findings_list.finding_activated.connect(self.finding_activated)
        self.facts_list.itemClicked.connect(self._on_facts_list_item_clicked)
        for title in (self.facts_title, self.findings_title, self.next_step_title):
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
        self._shown: tuple[Report, str] | None = None
        self._chips_shown: tuple[object, ...] = ()  # the counts and language the chips show
        header = QHBoxLayout()
        header.addWidget(self.score_ring, 0, Qt.AlignmentFlag.AlignTop)
        beside = QVBoxLayout()
        beside.addWidget(self.verdict_label)
        beside.addWidget(self.summary_label)
        beside.addStretch(1)
        header.addLayout(beside, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        for widget in (
            self.unread_label,
            self.next_step_title,
            self.next_step_label,
            self.more_button,
            self.details,
            self.metrics_label,
            self.facts_title,
            self.facts_list,
            self.findings_title,
            self.chips,
            self.findings_list,
        ):
            layout.addWidget(widget)
        layout.setStretch(layout.indexOf(self.facts_list), 2)
        layout.setStretch(layout.indexOf(self.findings_list), 3)
        self.show_waiting()

    @property
    def visible_categories(self) -> frozenset[Category]:
        """Categories with findings in the report shown whose chips are on."""
        return self.chips.visible_categories

    @property
    def hidden_categories(self) -> frozenset[Category]:
        return self.chips.hidden_categories

    def show_waiting(self) -> None:
        self._shown = None
        self.unread_label.setVisible(False)
        self.score_ring.set_score(None, NO_NOTES, "")
        self.verdict_label.setText("")
        self.summary_label.setText(
            self.tr("Type a draft: the coach shows what makes it personal and what not.")
        )
        self.next_step_title.setText(self.tr("Next step"))
        self.next_step_label.setText(
            self.tr("Write to one person, with what you know about them in the notes.")
        )
        self.more_button.setText(self.tr("More"))
        self.facts_title.setText(self.tr("Facts"))
        self.findings_title.setText(self.tr("Findings"))

    def show_report(self, report: Report, draft: str = "") -> None:
        self._shown = (report, draft)
        german = report.language == "de"
        p = report.personalization
        share = p.components.get("interchangeable_share", 0.0)
        said = verdict(p.score, bool(p.facts), share, german)
        self.verdict_label.setText(said)
        self.score_ring.set_score(p.score, band(p.score, bool(p.facts), share), said)
        self.score_ring.setToolTip(points_breakdown(p, draft, german))
        step = next_step(p, report.findings, draft, german)
        self.next_step_title.setText("Nächster Schritt" if german else "Next step")
        self.next_step_label.setText(step.text)
        first, _dot, rest = p.explanation.partition(". ")
        self.summary_label.setText(first + ("." if rest else ""))
        hints = [f"→ {hint}" for hint in other_hints(p, step)]
        self.explanation_label.setText("\n".join([p.explanation, *hints]))
        self.components_label.setText(components_sentence(p, german))
        method = method_label(p.method, german)
        self.method_label.setText(("Vergleich: " if german else "Compared by: ") + method)
        self.more_button.setText(more_label(len(hints), german))
        self.metrics_label.setText(metrics_sentence(report.metrics, german))
        if report.unread:
            self.unread_label.setText(
                unread_notice(len(draft) - report.unread, report.unread, german)
            )
        self.unread_label.setVisible(bool(report.unread))
        self._show_facts(report, german)
        self._show_findings(report, german, draft)

    def _on_more_button_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _show_facts(self, report: Report, german: bool) -> None:
        p = report.personalization
        rows = fact_rows(p, german)
        self.facts_list.show_rows(rows)
        used = sum(row.used for row in rows)
        self.facts_title.setText(
            f"Fakten aus den Notizen: {used} von {len(rows)} verwendet"
            if german
            else f"Facts from the notes: {used} of {len(rows)} used"
        )

    def _show_findings(self, report: Report, german: bool, draft: str) -> None:
        counts = Counter(finding.category for finding in report.findings)
        ordered = {
            category: counts[category] for category in ordered_categories() if counts[category]
        }
        chips = (tuple(ordered.items()), german)
        if chips != self._chips_shown:  # the same chips again: no re-layout per keystroke
            self._chips_shown = chips
            self.chips.show_counts(
                ordered,
                {category: category_label(category, german) for category in ordered},
                "Klicken blendet diese Markierungen aus oder ein."
                if german
                else "Click to hide or show these marks.",
            )
        self._fill_findings_list(report, german, draft)

    def _fill_findings_list(self, report: Report, german: bool, draft: str) -> None:
        hidden = self.chips.hidden_categories
        self.findings_title.setText(findings_summary(report.findings, hidden, german))
        self.findings_list.show_findings(report.findings, hidden, german, draft)

    def _on_chips_hidden_changed(self, hidden: frozenset[Category]) -> None:
        if self._shown is not None:
            report, draft = self._shown
            self._fill_findings_list(report, report.language == "de", draft)
        self.hidden_categories_changed.emit(hidden)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch repaints the report with colours readable on the new palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self._chips_shown = ()
            self.show_report(*self._shown)

    def _on_facts_list_item_clicked(self, item: QListWidgetItem) -> None:
        row = self.facts_list.row_at(item)
        if row is not None and row.evidence is not None:
            self.evidence_activated.emit(*row.evidence)


def more_label(hints: int, german: bool) -> str:
    """The details toggle says what it hides."""
    if german:
        more = (
            f"{hints} {'weiterer Hinweis' if hints == 1 else 'weitere Hinweise'}, " if hints else ""
        )
        return f"Mehr: {more}Punkte im Detail"
    more = f"{hints} more {'hint' if hints == 1 else 'hints'}, " if hints else ""
    return f"More: {more}score details"
