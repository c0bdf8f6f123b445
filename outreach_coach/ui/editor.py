"""The draft editor: a plain-text editor that counts revisions and explains its marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from outreach_coach.core.offsets import Utf16Map
from outreach_coach.ui.highlighter import FindingHighlighter

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding


class DraftEditor(QPlainTextEdit):
    """Every edit bumps ``revision``; reports for older revisions are never painted."""

    edited = Signal(int)  # the new revision
    paste_cleaned = Signal(int)  # how many control characters a paste contained

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision = 0
        self.highlighter = FindingHighlighter(self.document())
        self.setTabChangesFocus(True)
        self.document().contentsChange.connect(self._on_document_contents_change)

    def _on_document_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.revision += 1
            self.edited.emit(self.revision)

    def show_findings(self, text: str, findings: tuple[Finding, ...]) -> None:
        """Paint ``findings``, computed for ``text`` (which must be the current text)."""
        self.highlighter.set_findings(text, findings)

    def select_span(self, start: int, end: int) -> None:
        """Select ``str`` offsets [start, end) of the current text and scroll to them."""
        mapping = Utf16Map(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.setPosition(mapping.to_utf16(start))
        cursor.setPosition(mapping.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            spans = self.highlighter.spans_at(position)
            if spans:
                QToolTip.showText(event.globalPos(), tooltip_html(spans[0].finding), self)
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
