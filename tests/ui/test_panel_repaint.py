"""A report whose parts did not change leaves the panel and the underlines as they are (most
keystrokes change no finding and no fact), and what is shown stays right when they did."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.services.session import AnalysisSession
from outreach_coach.settings import Settings
from outreach_coach.ui.coach_panel import CoachPanel
from outreach_coach.ui.highlighter import FindingHighlighter

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from outreach_coach.core.model import Finding

Highlighter = TypeVar("Highlighter", bound=FindingHighlighter)

DRAFT = (
    "Hallo Frau Weber,\n\n"
    "ich hoffe, diese Nachricht erreicht Sie gut. Wir sind ein innovativer Anbieter.\n\n"
    "Ihr Vortrag über Datenverträge hat mich lange beschäftigt. Wie entscheiden Sie, wer ein "
    "Schema ändern darf?"
)
RECIPIENT = Recipient("Anna Weber", "Frau", notes="- Vortrag über Datenverträge auf der PyCon DE")


def test_the_same_report_again_keeps_the_chosen_finding_and_a_new_one_refills(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    session = AnalysisSession(Settings(), isolated_data_dir)
    report = session.analyze(Snapshot(1, DRAFT, RECIPIENT, "de"))
    panel = CoachPanel()
    qtbot.add_widget(panel)
    panel.show_report(report, DRAFT)
    listed = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert len(listed) >= 3  # a heading and its findings
    panel.findings_list.setCurrentRow(1)
    panel.facts_list.setCurrentRow(0)

    typed = DRAFT + " "  # a keystroke that changes no finding and no fact
    again = session.analyze(Snapshot(2, typed, RECIPIENT, "de"))
    assert again.findings == report.findings
    panel.show_report(again, typed)
    assert panel.findings_list.currentRow() == 1
    assert panel.facts_list.currentRow() == 0

    changed = DRAFT.replace("innovativer", "kleiner")
    other = session.analyze(Snapshot(3, changed, RECIPIENT, "de"))
    assert other.findings != report.findings
    panel.show_report(other, changed)
    now = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert now != listed
    assert not any("innovativ" in line for line in now)
    assert panel.findings_list.currentRow() == -1


def _formats(document: QTextDocument) -> list[tuple[int, int]]:
    ranges = []
    block = document.firstBlock()
    while block.isValid():
        ranges += [(block.position() + r.start, r.length) for r in block.layout().formats()]
        block = block.next()
    return sorted(ranges)


def _painted(
    qtbot: QtBot,
    text: str,
    findings: tuple[Finding, ...],
    kind: type[Highlighter],
) -> tuple[QPlainTextEdit, Highlighter]:
    """A new plain-text editor holding ``text`` with ``findings`` painted by a highlighter of
    ``kind`` (keep the editor: its document goes with it)."""
    editor = QPlainTextEdit()
    qtbot.add_widget(editor)
    editor.setPlainText(text)
    highlighter = kind(editor.document())
    highlighter.set_analysis(text, findings)
    return editor, highlighter


def _type(document: QTextDocument, position: int, text: str) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.insertText(text)


def _delete(document: QTextDocument, position: int) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.deleteChar()


def test_the_same_analysis_after_edits_that_cancel_out_is_painted_again(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """Typed and deleted letters make Qt highlight their blocks with the spans it has, at
    shifted positions; the same text and findings afterwards still need a full paint."""
    session = AnalysisSession(Settings(), isolated_data_dir)
    report = session.analyze(Snapshot(1, DRAFT, RECIPIENT, "de"))
    editor, highlighter = _painted(qtbot, DRAFT, report.findings, FindingHighlighter)
    document = editor.document()
    painted = _formats(document)
    assert painted
    inside = DRAFT.index("Wir sind") + 1  # in the paragraph of the findings, moved by "x"
    _type(document, 0, "x")  # every later block moves by one
    _type(document, inside, "y")
    _delete(document, inside)
    _delete(document, 0)
    assert document.toPlainText() == DRAFT
    highlighter.set_analysis(DRAFT, report.findings)
    assert _formats(document) == painted


class _CountingHighlighter(FindingHighlighter):
    """The real highlighter, counting the blocks Qt asks it to highlight."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.highlighted: list[int] = []

    def highlightBlock(self, text: str) -> None:
        self.highlighted.append(self.currentBlock().blockNumber())
        super().highlightBlock(text)


def test_a_report_repaints_the_blocks_with_marks_only_and_clears_the_old_ones(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """A long draft with findings in its first paragraphs: a report does not make Qt lay out
    every later block again, and marks that a newer report no longer has are cleared."""
    session = AnalysisSession(Settings(), isolated_data_dir)
    text = DRAFT + "\n" * 600  # blocks without a word: no finding can reach them
    report = session.analyze(Snapshot(1, text, RECIPIENT, "de"))
    assert report.findings
    editor, highlighter = _painted(qtbot, text, report.findings, _CountingHighlighter)
    document = editor.document()
    first = _formats(document)
    assert first
    _type(document, len(text), "x")  # in the last, unmarked block: no mark moves
    highlighter.highlighted.clear()
    highlighter.set_analysis(text + "x", report.findings)
    assert highlighter.highlighted == []  # the marked blocks keep their marks: no new layout
    assert _formats(document) == first
    _delete(document, len(text))
    calmer = text.replace("Wir sind ein innovativer Anbieter.", "Wir sind zu dritt im Team.")
    _replace(document, text, calmer)
    highlighter.highlighted.clear()
    newer = session.analyze(Snapshot(2, calmer, RECIPIENT, "de"))
    highlighter.set_analysis(calmer, newer.findings)
    assert len(set(highlighter.highlighted)) < 10  # of 605 blocks
    fresh, _ = _painted(qtbot, calmer, newer.findings, FindingHighlighter)
    assert _formats(document) == _formats(fresh.document()) != first


def _replace(document: QTextDocument, old: str, new: str) -> None:
    """Edit ``old`` into ``new`` by replacing the one range where they differ, as typing does."""
    start = next(i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    tail = next(i for i, (a, b) in enumerate(zip(old[::-1], new[::-1], strict=False)) if a != b)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(len(old) - tail, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[start : len(new) - tail])


def test_marks_a_newer_report_drops_are_cleared_after_a_new_line(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """A new line renumbers the blocks, so what was applied where is forgotten; a block that
    still carries marks is painted again all the same when the next report has none there."""
    session = AnalysisSession(Settings(), isolated_data_dir)
    report = session.analyze(Snapshot(1, DRAFT, RECIPIENT, "de"))
    editor, highlighter = _painted(qtbot, DRAFT, report.findings, FindingHighlighter)
    document = editor.document()
    assert _formats(document)
    _type(document, len(DRAFT), "\n")  # a block more, after every mark
    highlighter.set_analysis(DRAFT + "\n", ())
    assert _formats(document) == []
