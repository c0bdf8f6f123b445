"""How much of a draft the window reads: a message, not a book.

An outreach message is a few hundred words (LinkedIn caps messages at 8,000 characters). A
megabyte pasted into the editor is kept whole, but the live coach reads only its beginning:
analysing all of it on every keystroke would take seconds of CPU and, on the analysis thread,
starve the window of the interpreter lock so that typing stalls. The command line's `check`
reads everything (bounded in pieces, see ``split.sentences``).
"""

from __future__ import annotations

import re

# characters the window analyses; about 3,000 words, twice the longest e-mail worth sending
READ_LIMIT = 20_000
# how far back from the limit a cut looks for a paragraph, sentence or word boundary
_LOOK_BACK = 2_000
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_SPACE = re.compile(r"\s")


def readable_part(text: str, limit: int = READ_LIMIT) -> str:
    """``text`` itself if it is at most ``limit`` characters long, else its beginning, cut at
    the last paragraph break, else sentence end, else whitespace of the last ``_LOOK_BACK``
    characters before the limit (at the limit itself when there is none). The result is
    always a prefix of ``text``, so offsets into it are offsets into ``text``."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    window_start = max(0, limit - _LOOK_BACK)
    window = text[window_start:limit]
    for pattern in (_PARAGRAPH, _SENTENCE_END, _SPACE):
        last = next(reversed(list(pattern.finditer(window))), None)
        if last is not None:
            cut = window_start + (last.end() if pattern is _SENTENCE_END else last.start())
            if cut > 0:
                return text[:cut]
    return text[:limit]
