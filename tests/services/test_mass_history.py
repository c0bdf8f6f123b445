"""The copy check by meaning over a long session: it keeps rows for the draft sentences it has
compared, and starting afresh when they are many must not lose the current draft's rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient
from outreach_coach.storage.library import Library
from outreach_coach.wiring import sent_history
from tests.storage.test_library import TEMPLATE

if TYPE_CHECKING:
    from pathlib import Path

    from outreach_coach.core.analyzer import Analyzer

pytestmark = pytest.mark.model

ANNA = Recipient(name="Anna Berger", company="Stadtwerke Bochum")


def _draft(first: int, count: int) -> str:
    body = " ".join(
        f"Unsere Kunden im Projekt {index} sparen bis zu 30 % Zeit."
        for index in range(first, first + count)
    )
    return f"Hallo Frau Berger,\n\n{body}\n\nViele Grüße\nTom"


def _record_unrelated(library: Library) -> None:
    """A sent message that restates nothing of ``_draft``."""
    library.history.record(
        "Hallo Jonas,\n\ndanke für das Treffen gestern in Hamburg. Die Unterlagen zum Umzug "
        "schicke ich morgen. Bis bald auf dem Sommerfest!\n\nViele Grüße\nTom",
        "Jonas Weber",
        sent_at="2026-03-10",
    )


def _record_restating(library: Library) -> None:
    """A sent message (to Lea Schulz) that restates ``_draft(0, 5)`` in other words."""
    reworded = " ".join(
        f"Im Projekt {index} sparen unsere Kunden bis zu 30 Prozent an Zeit." for index in range(5)
    )
    library.history.record(
        f"Hallo Herr Weber,\n\n{reworded}\n\nViele Grüße\nTom", "Lea Schulz", sent_at="2026-03-11"
    )


def test_many_compared_sentences_keep_the_current_drafts_rows(use_analyzer: Analyzer) -> None:
    library = Library.in_memory()
    for index, name in enumerate(("Jonas Weber", "Lea Schulz")):
        library.history.record(
            TEMPLATE.format(name=name, company="Acme"), name, sent_at=f"2026-03-1{index}T09:00"
        )
    session = sent_history(library, use_analyzer.embedder)
    # eight drafts of 60 sentences (a message is read for its first 60, greeting included),
    # then one that shares a sentence with the eighth and brings more than the rows still kept
    for first in range(0, 480, 60):
        session.similar(_draft(first, 60), ANNA)
    last = _draft(478, 60)
    found = session.similar(last, ANNA)
    fresh = sent_history(library, use_analyzer.embedder).similar(last, ANNA)
    assert [(m.recipient, m.similarity, m.by_meaning) for m in found] == [
        (m.recipient, m.similarity, m.by_meaning) for m in fresh
    ]


def test_a_message_sent_between_two_keystrokes_is_found_at_the_next(
    use_analyzer: Analyzer,
) -> None:
    """The copy check keeps, per draft sentence, which recent messages it restates; a message
    sent since (the recent messages changed) must be compared too."""
    library = Library.in_memory()
    _record_unrelated(library)
    history = sent_history(library, use_analyzer.embedder)
    draft = _draft(0, 5)
    assert not [match for match in history.similar(draft, ANNA) if match.by_meaning]
    _record_restating(library)
    found = history.similar(draft + " ", ANNA)
    assert [(match.recipient, match.by_meaning) for match in found] == [("Lea Schulz", True)]
    fresh = sent_history(library, use_analyzer.embedder).similar(draft + " ", ANNA)
    assert found == fresh


def test_the_drafts_autosave_does_not_read_the_recent_messages_again(
    use_analyzer: Analyzer, tmp_path: Path
) -> None:
    """The window saves the draft every 2 s while the user types; the copy check's next
    keystroke must keep the recent messages it read (they did not change), and a message
    recorded in between must still be found."""
    library = Library.open(tmp_path)
    _record_unrelated(library)
    history = sent_history(library, use_analyzer.embedder)
    draft = _draft(0, 5)
    history.similar(draft, ANNA)
    reads = library.history.reads
    for typed in (" ", " u", " un"):
        library.drafts.save(None, draft + typed)  # the autosave between two keystrokes
        history.similar(draft + typed, ANNA)
    assert library.history.reads == reads
    _record_restating(library)
    found = history.similar(draft + " und", ANNA)
    assert library.history.reads == reads + 1
    assert [(match.recipient, match.by_meaning) for match in found] == [("Lea Schulz", True)]
    library.close()
