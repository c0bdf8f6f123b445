"""What the score keeps between keystrokes.

Typing changes one sentence, yet the score used to redo everything per analysis: the
recipient's facts, the references without them and with their neighbours, and every sentence
against every reference fact. These memos keep such results for the next analysis. Each entry
is the result of a pure function stored with everything it depends on, so a hit returns
exactly what a recomputation would. Pure (no I/O); shared by the analyses of one
``Analyzer`` (a lane's worker thread, the command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from outreach_coach.core.model import Recipient
    from outreach_coach.core.score.facts import Fact
    from outreach_coach.core.score.merge_fields import MergeFields
    from outreach_coach.core.score.references import References

K = TypeVar("K")
V = TypeVar("V")

# One scored unit: per recipient fact its strength, how many reference profiles fit as well,
# per fact the raw fit and its margin over the segment neighbours (see core.score.contrast).
Scored = tuple[tuple[float, ...], int, tuple[float, ...], tuple[float, ...]]


class ContextMemo(Generic[K, V]):
    """Results that hold for one context – objects compared by identity (references, an
    embedder), which the memo keeps alive so that no identity is reused – and values compared
    by equality. Another context, or a full memo, starts afresh: a keystroke needs the entries
    of one draft, not an old one's.

    Threads: the state is one tuple replaced whole and entries are only got and set, so two
    analyses at once cost at worst a recomputation, never a wrong entry.
    """

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._state: tuple[tuple[object, ...], tuple[object, ...], dict[K, V]] = ((), (), {})

    def entries(self, same: tuple[object, ...], equal: tuple[object, ...] = ()) -> dict[K, V]:
        """The entries for the context ``same`` (by identity) and ``equal`` (by value)."""
        kept_same, kept_equal, entries = self._state
        if (
            len(kept_same) != len(same)
            or any(kept is not new for kept, new in zip(kept_same, same, strict=True))
            or kept_equal != equal
        ):
            entries = {}
            self._state = (same, equal, entries)
        elif len(entries) >= self._capacity:
            entries.clear()
        return entries


@dataclass(frozen=True, slots=True)
class RecipientSide:
    """What the score compares a draft with, for one recipient and one set of references:
    their merge fields and facts, and the references without their own profile and with the
    people like them (``References.excluding`` / ``with_neighbours``)."""

    merge: MergeFields
    facts: tuple[Fact, ...]
    references: References


# A keystroke's draft has a few dozen sentences and clauses, and each keystroke adds one or
# three (the edited sentence and its clauses): full after some 300 keystrokes, the memo starts
# afresh and that one keystroke scores the whole draft again. Switching between a few people
# is common, more is a new session of work.
UNITS_KEPT = 1024
RECIPIENTS_KEPT = 16


class ScoreMemo:
    """The score's memos, one per analyzer (see the module docstring).

    ``recipients``: per recipient, their side of the comparison (context: the references
    given to the score). ``sentences``: per masked sentence, its content stems and its
    clause units (context: the merge fields). ``units``: per unit, its similarity rows'
    exact bytes and its scored tie (context: embedder, references, facts).
    """

    def __init__(self) -> None:
        self.recipients: ContextMemo[Recipient, RecipientSide] = ContextMemo(RECIPIENTS_KEPT)
        self.sentences: ContextMemo[str, tuple[frozenset[str], tuple[str, ...]]] = ContextMemo(
            UNITS_KEPT
        )
        self.units: ContextMemo[str, tuple[bytes, Scored]] = ContextMemo(UNITS_KEPT)
