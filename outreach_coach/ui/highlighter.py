"""Paint the findings of the current report into the editor; no analysis happens here.

Findings carry ``str`` offsets; QTextDocument positions are UTF-16 code units. The
conversion happens once per report, here at the ui boundary.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from outreach_coach.core.model import Category, SentenceRole
from outreach_coach.core.offsets import Utf16Map
from outreach_coach.ui.styles import finding_format, interchangeable_background

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding, SentenceFit


@dataclass(frozen=True, slots=True)
class DocumentSpan:
    """A finding located in the document (UTF-16 positions)."""

    start: int
    end: int
    finding: Finding


def to_document_spans(
    text: str, findings: tuple[Finding, ...], mapping: Utf16Map | None = None
) -> list[DocumentSpan]:
    """Convert findings (``str`` offsets into ``text``) into document positions."""
    mapping = mapping or Utf16Map(text)
    return [
        DocumentSpan(mapping.to_utf16(f.start), mapping.to_utf16(f.end), f)
        for f in findings
        if f.end <= len(text)
    ]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """An interchangeable sentence located in the document (UTF-16 positions)."""

    start: int
    end: int
    fit: SentenceFit


# a block's marks relative to its start: (start, end, the finding's category or None for a
# tinted sentence)
Marks = tuple[tuple[int, int, "Category | None"], ...]

# a block's state (QTextBlock.userState): our marks are on it; -1 is Qt's own "no state"
_MARKED = 1
_UNMARKED = -1


class FindingHighlighter(QSyntaxHighlighter):
    """Underline every finding of a shown category with its category's style; tint
    interchangeable sentences. Hidden categories are neither painted nor found by position."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._all: list[DocumentSpan] = []
        self._spans: list[DocumentSpan] = []
        self._starts: list[int] = []
        self._reach: list[int] = []  # the furthest end among the shown spans up to each one
        self._sentences: list[SentenceSpan] = []
        self._hidden: frozenset[Category] = frozenset()
        self._background: QColor | None = None
        # the text, findings and fits painted last, while the text has not changed since
        self._painted: tuple[object, ...] = ()
        # the marks highlightBlock last applied, by block number, while the blocks are as many
        self._applied: dict[int, Marks] = {}
        self._blocks = document.blockCount()
        document.contentsChange.connect(self._on_document_contents_change)

    @property
    def spans(self) -> list[DocumentSpan]:
        """The findings painted now (hidden categories left out)."""
        return list(self._spans)

    @property
    def hidden_categories(self) -> frozenset[Category]:
        return self._hidden

    def set_hidden_categories(self, hidden: frozenset[Category]) -> None:
        """Stop painting these categories (and paint every other again)."""
        if hidden != self._hidden:
            self._hidden = frozenset(hidden)
            self._select()
            self.rehighlight()

    def set_background(self, color: QColor) -> None:
        """The editor's background, so that every underline stays readable on it."""
        if self._background is None or color != self._background:
            self._background = QColor(color)
            self.rehighlight()

    def _select(self) -> None:
        self._spans = [span for span in self._all if span.finding.category not in self._hidden]
        self._starts = [span.start for span in self._spans]
        self._reach = list(accumulate((span.end for span in self._spans), max))

    @property
    def sentences(self) -> list[SentenceSpan]:
        return list(self._sentences)

    def set_analysis(
        self, text: str, findings: tuple[Finding, ...], fits: tuple[SentenceFit, ...] = ()
    ) -> None:
        """Findings and sentence roles of one report, both for ``text``. The same ones again
        while the text has not changed (the grammar lane's merge of no new findings, a
        repeated report) are not painted again: no block was highlighted since."""
        painted = (text, findings, fits, self._hidden, self._background)
        if painted == self._painted:
            return
        mapping = Utf16Map(text)
        self._all = sorted(
            to_document_spans(text, findings, mapping), key=lambda s: (s.start, s.end)
        )
        self._select()
        self._sentences = [
            SentenceSpan(mapping.to_utf16(fit.start), mapping.to_utf16(fit.end), fit)
            for fit in fits
            if fit.role == SentenceRole.INTERCHANGEABLE and fit.end <= len(text)
        ]
        self._rehighlight_marked()
        self._painted = painted

    def _rehighlight_marked(self) -> None:
        """Highlight again the blocks whose marks change: a megabyte pasted with findings in
        its first 20,000 characters (all the window reads) does not make Qt lay out its 2,000
        blocks again on every report (0.35 s per report), nor a megabyte in one paragraph
        whose marks stay as they are (Qt lays such a block out in about 0.4 s). A block whose
        applied marks are forgotten (None) but which carries some is always painted again."""
        block = self.document().firstBlock()
        while block.isValid():
            start = block.position()
            wanted = self._marks_in(start, start + block.length() - 1)
            if (block.userState() == _MARKED or wanted) and self._applied.get(
                block.blockNumber()
            ) != wanted:
                self.rehighlightBlock(block)
            block = block.next()

    def _on_document_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:  # typed text: Qt highlights its block with the spans it has
            self._painted = ()
            blocks = self.document().blockCount()
            if blocks != self._blocks:  # numbers moved: what was applied where is unknown
                self._blocks = blocks
                self._applied.clear()

    def sentence_at(self, position: int) -> SentenceFit | None:
        """The interchangeable sentence at a document position, if any."""
        for span in self._sentences:
            if span.start <= position < span.end:
                return span.fit
        return None

    def spans_at(self, position: int) -> list[DocumentSpan]:
        """Findings covering the document position (for tooltips and clicks)."""
        limit = bisect_right(self._starts, position)
        return [span for span in self._spans[:limit] if span.start <= position < span.end]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        marks = self._marks_in(block.position(), block.position() + block.length() - 1)
        tinted = [(start, end) for start, end, category in marks if category is None]
        for start, end in tinted:
            self.setFormat(start, end - start, _tint())
        for start, end, category in marks:
            if category is None:
                continue
            # A finding inside a tinted sentence keeps the tint under its underline.
            cuts = sorted(
                {start, end} | {edge for pair in tinted for edge in pair if start < edge < end}
            )
            for left, right in pairwise(cuts):
                fmt = finding_format(category, self._background)
                if any(a <= left and right <= b for a, b in tinted):
                    fmt.setBackground(interchangeable_background())
                self.setFormat(left, right - left, fmt)
        # remembered per block, so that the next report repaints only blocks whose marks change
        self.setCurrentBlockState(_MARKED if marks else _UNMARKED)
        if marks:
            self._applied[block.blockNumber()] = marks
        else:
            self._applied.pop(block.blockNumber(), None)

    def _marks_in(self, block_start: int, block_end: int) -> Marks:
        """What the block [block_start, block_end) gets painted, relative to its start: the
        tinted sentences (category None) and the shown findings (their category)."""
        marks: list[tuple[int, int, Category | None]] = [
            (max(s.start, block_start) - block_start, min(s.end, block_end) - block_start, None)
            for s in self._sentences
            if s.start < block_end and s.end > block_start
        ]
        limit = bisect_right(self._starts, block_end)
        first = bisect_right(self._reach, block_start)  # spans before it all end earlier
        for span in self._spans[first:limit]:
            start, end = max(span.start, block_start), min(span.end, block_end)
            if end > start:
                marks.append((start - block_start, end - block_start, span.finding.category))
        return tuple(marks)


def _tint() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(interchangeable_background())
    return fmt
