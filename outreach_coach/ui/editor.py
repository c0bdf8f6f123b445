"""The draft editor: a plain-text editor that counts revisions and explains its marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from outreach_coach.core.offsets import Utf16Map

if TYPE_CHECKING:  # the model and the highlighter load on first use: not at start-up
    from outreach_coach.core.model import Category, Finding, SentenceFit
    from outreach_coach.ui.highlighter import FindingHighlighter

# the grammar, spelling and style categories (Category is a StrEnum: its members equal these)
REPLACEABLE = frozenset({"grammar", "spelling", "style"})


class DraftEditor(QPlainTextEdit):
    """Every edit bumps ``revision``; reports for older revisions are never painted."""

    edited = Signal(int)  # the new revision
    paste_cleaned = Signal(int)  # how many control characters a paste contained
    ignore_requested = Signal(object)  # Finding the user wants ignored from now on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision = 0
        self.german = False
        self._highlighter: FindingHighlighter | None = None
        self.setTabChangesFocus(True)
        self.document().contentsChange.connect(self._on_document_contents_change)

    @property
    def highlighter(self) -> FindingHighlighter:
        """Made on first use (the window makes it once the editor is shown): the shown editor
        needs neither it nor the model's types to take keys."""
        if self._highlighter is None:
            from outreach_coach.ui.highlighter import FindingHighlighter

            self._highlighter = FindingHighlighter(self.document())
        return self._highlighter

    def _on_document_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.revision += 1
            self.edited.emit(self.revision)

    def show_findings(
        self,
        text: str,
        findings: tuple[Finding, ...],
        fits: tuple[SentenceFit, ...] = (),
        german: bool = False,
    ) -> None:
        """Paint ``findings`` and interchangeable sentences, computed for ``text`` (which must
        be the current text)."""
        self.highlighter.set_background(self.palette().color(QPalette.ColorRole.Base))
        self.highlighter.set_analysis(text, findings, fits)
        self.german = german

    @property
    def visible_categories(self) -> frozenset[Category]:
        """Categories whose findings are underlined now."""
        return frozenset(span.finding.category for span in self.highlighter.spans)

    def set_hidden_categories(self, hidden: frozenset[Category]) -> None:
        """Leave these categories unmarked (the coach panel's chips switch them off); the
        choice holds for every later report until changed."""
        self.highlighter.set_hidden_categories(hidden)

    def select_span(self, start: int, end: int) -> None:
        """Select ``str`` offsets [start, end) of the current text and scroll to them."""
        mapping = Utf16Map(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.setPosition(mapping.to_utf16(start))
        cursor.setPosition(mapping.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def select_next_finding(self, step: int) -> bool:
        """Select the next (``step`` 1) or previous (-1) highlighted passage, wrapping around."""
        spans = sorted({(s.start, s.end) for s in self.highlighter.spans})
        if not spans:
            return False
        cursor = self.textCursor()
        if step > 0:
            after = [span for span in spans if span[0] > cursor.selectionStart()]
            start, end = after[0] if after else spans[0]
        else:
            before = [span for span in spans if span[0] < cursor.selectionStart()]
            start, end = before[-1] if before else spans[-1]
        selection = QTextCursor(self.document())
        selection.setPosition(start)
        selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(selection)
        self.ensureCursorVisible()
        return True

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace ``str`` offsets [start, end) as one undoable edit."""
        mapping = Utf16Map(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(mapping.to_utf16(start))
        cursor.setPosition(mapping.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def replaceable_at(self, position: int) -> Finding | None:
        """The grammar or spelling finding at a document position, if it offers replacements."""
        for span in self.highlighter.spans_at(position):
            if span.finding.category in REPLACEABLE and span.finding.suggestions:
                return span.finding
        return None

    def apply_first_suggestion(self) -> bool:
        """Apply the first replacement of the finding under the text cursor (Ctrl+.)."""
        finding = self.replaceable_at(self.textCursor().position())
        if finding is None:
            return False
        self.replace_span(finding.start, finding.end, finding.suggestions[0])
        return True

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        finding = self.replaceable_at(self.cursorForPosition(event.pos()).position())
        if finding is not None:
            replacements = [QAction(f"→ {suggestion}", menu) for suggestion in finding.suggestions]
            for action, suggestion in zip(replacements, finding.suggestions, strict=True):
                action.triggered.connect(
                    lambda _checked=False, f=finding, s=suggestion: self.replace_span(
                        f.start, f.end, s
                    )
                )
            existing = menu.actions()
            if existing:
                menu.insertActions(existing[0], replacements)
                menu.insertSeparator(existing[0])
            else:
                menu.addActions(replacements)
        coach = self.coach_finding_at(self.cursorForPosition(event.pos()).position())
        if coach is not None:
            ignore = QAction(self.tr("Ignore this match…"), menu)
            ignore.triggered.connect(lambda _checked=False, f=coach: self.ignore_requested.emit(f))
            menu.addSeparator()
            menu.addAction(ignore)
        menu.exec(event.globalPos())

    def coach_finding_at(self, position: int) -> Finding | None:
        """The coach's own finding (not grammar) at a document position, if any."""
        for span in self.highlighter.spans_at(position):
            if span.finding.category not in REPLACEABLE and span.finding.rule:
                return span.finding
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            spans = self.highlighter.spans_at(position)
            sentence = self.highlighter.sentence_at(position)
            if spans:
                QToolTip.showText(event.globalPos(), tooltip_html(spans[0].finding), self)
            elif sentence is not None:
                QToolTip.showText(event.globalPos(), sentence_tooltip(sentence, self.german), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as plain text with NUL and other control characters removed (and reported)."""
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text = source.text()
        cleaned = "".join(ch for ch in text if ch in "\n\t" or (ch >= " " and ch != "\x7f"))
        cleaned = cleaned.replace("\r", "")
        removed = len(text) - len(cleaned) - text.count("\r")
        self.textCursor().insertText(cleaned)
        if removed:
            self.paste_cleaned.emit(removed)


def tooltip_html(finding: Finding) -> str:
    """Reason and suggestion, escaped, for the editor tooltip."""
    from html import escape

    parts = [f"<b>{escape(finding.message)}</b>"]
    parts += [f"✎ {escape(suggestion)}" for suggestion in finding.suggestions]
    return "<br>".join(parts)


def sentence_tooltip(fit: SentenceFit, german: bool) -> str:
    """Why a sentence is tinted: it would fit other people as well as this recipient."""
    if fit.generic_like:
        return (
            f"Sagt dasselbe wie ein typischer Massennachrichten-Satz: „{fit.generic_like}“"
            if german
            else f"Says the same as a typical mass-message sentence: “{fit.generic_like}”"
        )
    if german:
        extra = (
            f" Er passt zu {fit.fits_others} von {fit.others} Vergleichsprofilen mindestens so gut."
            if fit.fits_others
            else ""
        )
        return (
            "Austauschbar: Der Satz nutzt keinen Fakt aus den Notizen – er könnte an jeden gehen."
            + extra
        )
    extra = (
        f" It fits {fit.fits_others} of {fit.others} reference profiles at least as well."
        if fit.fits_others
        else ""
    )
    return (
        "Interchangeable: the sentence uses no fact from the notes – it could go to anyone." + extra
    )
