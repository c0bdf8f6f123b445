"""The coach panel: score, explanation, metrics in plain words, facts and findings."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.core.score.policy import components_sentence, points_breakdown, verdict
from outreach_coach.core.score.wording import method_label
from outreach_coach.ui.styles import category_color

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import FactUse, Finding, Metrics, Report

# Items store an int index into the panel's own lists. WORKAROUND: PySide6 6.12 corrupts the
# refcount of None stored with QListWidgetItem.setData ("none_dealloc" fatal error).
_INDEX_ROLE = Qt.ItemDataRole.UserRole
_CATEGORY_LABELS = {  # in the order the panel groups them: what hurts most first
    "mass_message": ("Massennachricht", "Mass message"),
    "template_error": ("Vorlagenfehler", "Template error"),
    "unsupported_claim": ("Unbelegte Behauptung", "Unsupported claim"),
    "fake_personalization": ("Schein-Personalisierung", "Fake personalization"),
    "generic_phrase": ("Floskel", "Generic phrase"),
    "buzzword": ("Modewort", "Buzzword"),
    "empty_promise": ("Leeres Versprechen", "Empty promise"),
    "pressure": ("Druck", "Pressure"),
    "price_dumping": ("Dumpingpreis", "Price dumping"),
    "grammar": ("Grammatik", "Grammar"),
    "spelling": ("Rechtschreibung", "Spelling"),
    "style": ("Stil", "Style"),
}


def category_label(category: str, german: bool) -> str:
    labels = _CATEGORY_LABELS.get(category, (category, category))
    return labels[0] if german else labels[1]


def metrics_sentence(metrics: Metrics, german: bool) -> str:
    """Metrics in plain words: "2 questions (1 about them), 61 % about you, 94 words ≈ 25 s"."""
    share = round(metrics.you_share * 100)
    questions, count_words = metrics.questions, metrics.words
    ease = (
        ""
        if metrics.readability is None
        else f", {metrics.readability_scale} {metrics.readability:.0f}"
    )
    if german:
        about = f" ({metrics.questions_about_them} zu ihr/ihm)" if questions else ""
        return (
            f"{questions} {'Frage' if questions == 1 else 'Fragen'}{about}, "
            f"{share} % über Sie/dich, {count_words} {'Wort' if count_words == 1 else 'Wörter'} "
            f"≈ {metrics.reading_seconds} s{ease}"
        )
    about = f" ({metrics.questions_about_them} about them)" if questions else ""
    return (
        f"{questions} {'question' if questions == 1 else 'questions'}{about}, {share} % about you, "
        f"{count_words} {'word' if count_words == 1 else 'words'} ≈ {metrics.reading_seconds} s"
        f"{ease}"
    )


def findings_summary(findings: Sequence[Finding], german: bool) -> str:
    """ "Hinweise: 4 – Floskel 2, Modewort 1, Druck 1": counts per category, most first."""
    counts = Counter(str(f.category) for f in findings)
    title = "Hinweise" if german else "Findings"
    if not counts:
        return f"{title}: 0"
    parts = ", ".join(
        f"{category_label(category, german)} {count}" for category, count in counts.most_common()
    )
    return f"{title}: {len(findings)} – {parts}"


class CoachPanel(QWidget):
    """Render a Report; emit the finding (or fact evidence) the user wants to see."""

    finding_activated = Signal(object)  # Finding
    evidence_activated = Signal(int, int)  # str offsets in the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_label = QLabel("–")
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_bar = QProgressBar()
        self.score_bar.setRange(0, 100)
        self.score_bar.setTextVisible(False)
        self.score_bar.setAccessibleName(self.tr("Personalization score"))
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        verdict_font = QFont(self.verdict_label.font())
        verdict_font.setBold(True)
        self.verdict_label.setFont(verdict_font)
        self.explanation_label = QLabel()
        self.metrics_label = QLabel()
        self.method_label = QLabel()
        self.components_label = QLabel()
        for label in (
            self.explanation_label,
            self.metrics_label,
            self.method_label,
            self.components_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.method_label.setEnabled(False)  # secondary text, palette-aware grey
        self.facts_list = QListWidget()
        self.facts_list.setAccessibleName(self.tr("Facts from the notes"))
        self.facts_list.setWordWrap(True)
        self.facts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_title = QLabel()
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(self.tr("Findings"))
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._on_findings_list_item_activated)
        self.findings_list.itemClicked.connect(self._on_findings_list_item_activated)
        self.facts_list.itemClicked.connect(self._on_facts_list_item_clicked)
        self.facts_title = QLabel()
        self._facts: list[FactUse] = []
        self._findings: list[Finding] = []
        layout = QVBoxLayout(self)
        for widget in (
            self.score_label,
            self.score_bar,
            self.verdict_label,
            self.explanation_label,
            self.components_label,
            self.method_label,
            self.metrics_label,
            self.facts_title,
            self.facts_list,
            self.findings_title,
            self.findings_list,
        ):
            layout.addWidget(widget)
        layout.setStretch(layout.indexOf(self.facts_list), 1)
        layout.setStretch(layout.indexOf(self.findings_list), 3)
        self.show_waiting()

    def show_waiting(self) -> None:
        self.score_label.setText("–")
        self.explanation_label.setText(
            self.tr("Type a draft: the coach shows what makes it personal and what not.")
        )
        self.facts_title.setText(self.tr("Facts"))
        self.findings_title.setText(self.tr("Findings"))

    def show_report(self, report: Report, draft: str = "") -> None:
        german = report.language == "de"
        p = report.personalization
        self.score_label.setText(f"{p.score}/100")
        share = p.components.get("interchangeable_share", 0.0)
        self.verdict_label.setText(verdict(p.score, bool(p.facts), share, german))
        self.score_label.setToolTip(points_breakdown(p, draft, german))
        self.score_bar.setValue(p.score)
        self.components_label.setText(components_sentence(p, german))
        hints = "".join(f"\n→ {hint}" for hint in p.hints)
        self.explanation_label.setText(p.explanation + hints)
        method = method_label(p.method, german)
        self.method_label.setText(("Vergleich: " if german else "Compared by: ") + method)
        self.metrics_label.setText(metrics_sentence(report.metrics, german))
        self._show_facts(report, german)
        self._show_findings(report, german, draft)

    def _show_facts(self, report: Report, german: bool) -> None:
        self.facts_list.clear()
        facts = report.personalization.facts
        self._facts = list(facts)
        used = sum(fact.used for fact in facts)
        self.facts_title.setText(
            f"{'Fakten aus den Notizen' if german else 'Facts from the notes'}: {used}/{len(facts)}"
        )
        for index, fact in enumerate(facts):
            mark = f"✔ +{fact.points:.0f}  " if fact.used else "○ "
            title = (
                (" (Jobtitel/Firma)" if german else " (job title/company)") if fact.headline else ""
            )
            item = QListWidgetItem(mark + fact.text + title)
            item.setData(_INDEX_ROLE, index)
            item.setToolTip(
                (
                    "Im Entwurf verwendet – klicken zeigt die Stelle."
                    if german
                    else "Used in the draft – click to see where."
                )
                if fact.used
                else ("Noch nicht verwendet." if german else "Not used yet.")
            )
            self.facts_list.addItem(item)

    def _show_findings(self, report: Report, german: bool, draft: str) -> None:
        self.findings_list.clear()
        self._findings = list(report.findings)
        self.findings_title.setText(findings_summary(report.findings, german))
        order = {category: rank for rank, category in enumerate(_CATEGORY_LABELS)}
        grouped = sorted(
            enumerate(report.findings),
            key=lambda pair: (order.get(str(pair[1].category), 99), pair[1].start),
        )
        current = ""
        for index, finding in grouped:
            category = str(finding.category)
            if category != current:  # a header per category, with its count
                current = category
                count = sum(str(f.category) == category for f in report.findings)
                header = QListWidgetItem(f"{category_label(category, german)} ({count})")
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a finding
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(category_color(finding.category))
                self.findings_list.addItem(header)
            item = QListWidgetItem(f"  {quoted_message(finding, draft, german)}")
            item.setForeground(category_color(finding.category))
            item.setToolTip("\n".join(("✎ " + s) for s in finding.suggestions) or finding.message)
            item.setData(_INDEX_ROLE, index)
            self.findings_list.addItem(item)

    def _on_findings_list_item_activated(self, item: QListWidgetItem) -> None:
        index = item.data(_INDEX_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._findings):
            self.finding_activated.emit(self._findings[index])

    def _on_facts_list_item_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(_INDEX_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._facts):
            evidence = self._facts[index].evidence
            if evidence is not None:
                self.evidence_activated.emit(*evidence)


QUOTE_WORDS = 60


def quoted_message(finding: Finding, draft: str, german: bool) -> str:
    """The finding's message led by the words it is about, so the list reads on its own."""
    if finding.end > len(draft):
        return finding.message
    words = " ".join(draft[finding.start : finding.end].split())
    if not words or words in finding.message:
        return finding.message
    if len(words) > QUOTE_WORDS:
        words = words[: QUOTE_WORDS - 1].rstrip() + "…"
    opening, closing = ("„", "“") if german else ("“", "”")
    return f"{opening}{words}{closing} – {finding.message}"
