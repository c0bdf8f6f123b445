"""Near-duplicate text by wording: word shingles, MinHash signatures and LSH band keys.

A mass message differs from its siblings only in the merged name and company, so the sets of
three-word shingles of two such messages overlap almost completely. MinHash turns each set
into a short signature whose agreement estimates that overlap (Jaccard similarity); band keys
(groups of signature rows) let a database find the candidates among 100,000 sent messages with
one indexed lookup instead of a comparison with each.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

SHINGLE_WORDS = 3
HASHES = 60
ROWS_PER_BAND = 3  # 20 bands: a pair with 50 % overlap becomes a candidate with p ≈ 0.93
_PRIME = (1 << 61) - 1
_MASK63 = (1 << 63) - 1
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def _seeded(index: int) -> tuple[int, int]:
    digest = hashlib.blake2b(f"outreach-coach-minhash-{index}".encode(), digest_size=16).digest()
    return int.from_bytes(digest[:8], "big") % _PRIME or 1, int.from_bytes(digest[8:], "big")


_COEFFICIENTS = tuple(_seeded(index) for index in range(HASHES))


def normalized_words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]  # no capturing group


def name_words(name: str) -> frozenset[str]:
    """The recipient's name as it appears in their message: left out before comparing, so
    "Hallo Anna" and "Hallo Jonas" do not make two copies of one template look different."""
    return frozenset(normalized_words(name))


def shingles(text: str, ignore: frozenset[str] = frozenset()) -> set[int]:
    """64-bit hashes of every run of three words (of the words, for very short texts)."""
    tokens = [token for token in normalized_words(text) if token not in ignore]
    size = SHINGLE_WORDS if len(tokens) >= SHINGLE_WORDS else max(1, len(tokens))
    grams = {" ".join(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1))}
    return set(map(_hashed, grams))


@lru_cache(maxsize=4096)
def _hashed(gram: str) -> int:
    """A shingle's 64-bit hash, kept: a keystroke changes a few of a draft's shingles."""
    return int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")


def signature(text: str, ignore: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """MinHash signature (``HASHES`` values); empty text gives an all-max signature."""
    values = shingles(text, ignore)
    if not values:
        return tuple([_PRIME] * HASHES)
    return _LAST_SIGNATURE.minima(values)


class _LastSignature:
    """The last shingle set and its signature, so that the next one – a keystroke later, a few
    shingles changed – is updated instead of recomputed: a permutation's minimum stays unless
    a removed shingle held it (then that permutation alone is recomputed) or an added one is
    lower. The same values as the minimum over every shingle, by construction.

    Threads: the state is one tuple replaced whole; two callers at once cost at worst a
    recomputation."""

    def __init__(self) -> None:
        self._state: tuple[frozenset[int], tuple[int, ...]] = (frozenset(), ())

    def minima(self, values: set[int]) -> tuple[int, ...]:
        before, kept = self._state
        removed = before - values
        added = values - before
        if not kept or len(removed) + len(added) > len(values) // 2:
            result = tuple(map(min, zip(*map(_permuted, values), strict=True)))
        else:
            lowest = list(kept)
            if added:
                for column, low in enumerate(map(min, zip(*map(_permuted, added), strict=True))):
                    lowest[column] = min(lowest[column], low)
            stale = {
                column
                for shingle in removed
                for column, value in enumerate(_permuted(shingle))
                if value == kept[column]
            }
            for column in stale:
                lowest[column] = min(_permuted(shingle)[column] for shingle in values)
            result = tuple(lowest)
        self._state = (frozenset(values), result)
        return result


_LAST_SIGNATURE = _LastSignature()


@lru_cache(maxsize=2048)
def _permuted(shingle: int) -> tuple[int, ...]:
    """The shingle under each of the ``HASHES`` permutations. Kept per shingle (2,048 of them,
    about 5 MB: a 1,000-word draft's): a keystroke changes a few of a draft's shingles, and
    these 60 big-integer products per shingle were most of the wording copy check."""
    return tuple([(a * shingle + b) % _PRIME for a, b in _COEFFICIENTS])


def band_keys(sig: Sequence[int]) -> list[int]:
    """One key per band of ``ROWS_PER_BAND`` rows, as signed-64-bit-safe integers."""
    return [
        _band_key(band, tuple(sig[band : band + ROWS_PER_BAND]))
        for band in range(0, len(sig), ROWS_PER_BAND)
    ]


@lru_cache(maxsize=4096)
def _band_key(band: int, rows: tuple[int, ...]) -> int:
    """One band's key, kept: a keystroke changes few of a signature's rows."""
    joined = ",".join(str(v) for v in rows)
    digest = hashlib.blake2b(f"{band}:{joined}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MASK63


def estimated_similarity(left: Sequence[int], right: Sequence[int]) -> float:
    """Share of agreeing signature rows ≈ Jaccard similarity of the shingle sets."""
    if not left or len(left) != len(right):
        return 0.0
    return sum(a == b for a, b in zip(left, right, strict=True)) / len(left)


def jaccard(left: set[int], right: set[int]) -> float:
    """Exact overlap of two shingle sets (to confirm what the signatures suggest)."""
    return len(left & right) / len(left | right) if left and right else 0.0


def pack(sig: Sequence[int]) -> bytes:
    """Signature as bytes for storage (8 bytes per value)."""
    return b"".join(value.to_bytes(8, "big") for value in sig)


def unpack(blob: bytes) -> tuple[int, ...]:
    return tuple(int.from_bytes(blob[i : i + 8], "big") for i in range(0, len(blob), 8))


def word_jaccard(left: str, right: str) -> float:
    """Overlap of two sentences' word sets (for marking the shared sentences)."""
    a, b = set(normalized_words(left)), set(normalized_words(right))
    return len(a & b) / len(a | b) if a and b else 0.0
