"""Paint the findings of the current report into the editor; no analysis happens here.

Findings carry ``str`` offsets; QTextDocument positions are UTF-16 code units. The
conversion happens once per report, here at the ui boundary.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

from outreach_coach.core.offsets import Utf16Map
from outreach_coach.ui.styles import finding_format

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding


@dataclass(frozen=True, slots=True)
class DocumentSpan:
    """A finding located in the document (UTF-16 positions)."""

    start: int
    end: int
    finding: Finding


def to_document_spans(text: str, findings: tuple[Finding, ...]) -> list[DocumentSpan]:
    """Convert findings (``str`` offsets into ``text``) into document positions."""
    mapping = Utf16Map(text)
    return [
        DocumentSpan(mapping.to_utf16(f.start), mapping.to_utf16(f.end), f)
        for f in findings
        if f.end <= len(text)
    ]


class FindingHighlighter(QSyntaxHighlighter):
    """Underline every finding with its category's style."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[DocumentSpan] = []
        self._starts: list[int] = []

    @property
    def spans(self) -> list[DocumentSpan]:
        return list(self._spans)

    def set_findings(self, text: str, findings: tuple[Finding, ...]) -> None:
        self._spans = sorted(to_document_spans(text, findings), key=lambda s: (s.start, s.end))
        self._starts = [span.start for span in self._spans]
        self.rehighlight()

    def spans_at(self, position: int) -> list[DocumentSpan]:
        """Findings covering the document position (for tooltips and clicks)."""
        limit = bisect_right(self._starts, position)
        return [span for span in self._spans[:limit] if span.start <= position < span.end]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length()
        limit = bisect_right(self._starts, block_end)
        for span in self._spans[:limit]:
            start, end = max(span.start, block_start), min(span.end, block_end - 1)
            if end > start:
                self.setFormat(
                    start - block_start, end - start, finding_format(span.finding.category)
                )
