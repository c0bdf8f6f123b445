"""The readable pattern syntax of the catalogs, compiled to regular expressions.

See ``core.catalog`` for the syntax. Besides the regex, each pattern yields the literals one
of which every match must contain, so that long texts are only searched near them, and – read
from the compiled regex – the literals one of which every match starts with, so that the regex
is only tried where one of them occurs.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

_QUOTES = "\"'„“”‚‘’«»‹›"


def _word_to_regex(word: str) -> str:
    parts: list[str] = []
    for index, char in enumerate(word):
        if char == "*":
            parts.append(r"[^\W_]*(?:-[^\W_]+)*")
        elif char == "#" and not word[index + 1 : index + 2].isdigit():
            parts.append(r"\d+(?:[.,]\d+)*")
        elif char in _QUOTES:
            parts.append(f"[{re.escape(_QUOTES)}]")
        elif char == "-":
            parts.append(r"[-‐‑–]?\s*")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


_SEPARATOR = r"[\s\u00a0]+"
GAP_TOKEN = ".."
GAP_WORDS = 5
# Up to GAP_WORDS words (commas allowed, no sentence end) before the next token.
_GAP = rf"(?:,?{_SEPARATOR}[^\s\u00a0.!?;:]+){{0,{GAP_WORDS}}},?"


def _split_outside_groups(text: str, separator: str | None) -> list[str]:
    """Split on whitespace (``separator=None``) or on ``|``, ignoring anything in parentheses."""
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char == "(") - (char == ")")
        is_break = char.isspace() if separator is None else char == separator
        if is_break and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces if separator is not None else [piece for piece in pieces if piece]


def _matching_paren(text: str, open_index: int) -> int:
    depth = 0
    for index in range(open_index, len(text)):
        depth += (text[index] == "(") - (text[index] == ")")
        if depth == 0:
            return index
    raise ValueError(f"unbalanced parenthesis in {text!r}")


def _option_to_regex(option: str) -> str:
    """An alternative inside ``(…)``; a space at its edge means "then (or after) a word break",
    so ``(sehr |)freuen`` matches "sehr freuen" and "freuen"."""
    if not option.strip():
        return ""
    regex = _phrase_to_regex(option)
    if option[0].isspace():
        regex = _SEPARATOR + regex
    if option[-1].isspace():
        regex += _SEPARATOR
    return regex


def _token_to_regex(token: str) -> str:
    """One whitespace-free token; ``(…|…)`` groups hold alternatives that may contain spaces."""
    out: list[str] = []
    position = 0
    while position < len(token):
        if token[position] == "(":
            close = _matching_paren(token, position)
            options = _split_outside_groups(token[position + 1 : close], "|")
            out.append("(?:" + "|".join(_option_to_regex(option) for option in options) + ")")
            position = close + 1
        else:
            run_end = token.find("(", position)
            run_end = len(token) if run_end < 0 else run_end
            out.append(_word_to_regex(token[position:run_end]))
            position = run_end
    return "".join(out)


def _tokens(phrase: str) -> list[str]:
    """Whitespace-separated tokens, where a parenthesised group may contain spaces."""
    return _split_outside_groups(phrase, None)


def _is_optional(token: str) -> bool:
    return (
        token.startswith("(")
        and token.endswith(")")
        and token.count("(") == 1
        and "" in _split_outside_groups(token[1:-1], "|")
    )


def _phrase_to_regex(phrase: str) -> str:
    """Translate the readable pattern syntax into a regular expression."""
    phrase = phrase.strip()
    if phrase.startswith("re:"):
        return phrase[3:].strip()
    regex = ""
    first_optional = False
    tokens = _tokens(phrase)
    if GAP_TOKEN in (tokens[0], tokens[-1]):
        raise ValueError(f"a gap ({GAP_TOKEN}) needs words on both sides: {phrase!r}")
    for index, token in enumerate(tokens):
        if token == GAP_TOKEN:
            regex += _GAP
            continue
        body = _token_to_regex(token)
        if index == 0:
            first_optional = _is_optional(token)
            regex = f"(?:{body}{_SEPARATOR})?" if first_optional else body
            continue
        if _is_optional(token):
            regex += f"(?:{_SEPARATOR}{body})?"
        elif index == 1 and first_optional:
            regex += body
        else:
            regex += _SEPARATOR + body
    return regex


_SPECIAL = set(_QUOTES) | {"*", "-", "(", ")", "|", "#"}


def _longest_piece(text: str) -> str:
    best = ""
    piece: list[str] = []
    for char in [*text, "*"]:
        if char in _SPECIAL or char.isspace():
            candidate = "".join(piece).lower()
            if len(candidate) > len(best):
                best = candidate
            piece = []
        else:
            piece.append(char)
    return best


def _outside_groups(token: str) -> str:
    """The token with every parenthesised group replaced by a break."""
    out: list[str] = []
    depth = 0
    for char in token:
        if char == "(":
            depth += 1
            out.append(" ")
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _token_literals(token: str) -> tuple[str, ...]:
    """Literals of which one must occur wherever the token matches (empty: none is certain)."""
    if token.startswith("(") and _matching_paren(token, 0) == len(token) - 1:
        options = _split_outside_groups(token[1:-1], "|")
        alternatives: list[str] = []
        for option in options:
            found = required_literals(option)
            if not found:
                return ()
            alternatives.extend(found)
        return tuple(dict.fromkeys(alternatives))
    piece = _longest_piece(_outside_groups(token))
    return (piece,) if piece else ()


def required_literals(phrase: str) -> tuple[str, ...]:
    """Lower-cased literals of which every match contains at least one (empty: no certainty).

    Among the tokens, the one whose shortest alternative is longest wins: a rare, long
    literal filters best.
    """
    phrase = phrase.strip()
    if phrase.startswith("re:"):
        return ()
    best: tuple[str, ...] = ()
    best_score = 0.0
    for token in _tokens(phrase):
        if token == GAP_TOKEN:
            continue
        literals = _token_literals(token)
        if not literals:
            continue
        score = min(len(literal) for literal in literals) - 0.1 * len(literals)
        if score > best_score:
            best, best_score = literals, score
    return best


@lru_cache(maxsize=8192)
def compile_pattern(phrase: str) -> re.Pattern[str]:
    """Compile one pattern with word boundaries on both ends, case-insensitively. Cached: a
    catalog's patterns are checked when parsed and compiled again for each catalog built from
    them (a file's, the language's), and ``re``'s own cache holds fewer than a catalog has."""
    return re.compile(r"(?<![^\W_])(?:" + _phrase_to_regex(phrase) + r")(?![^\W_])", re.IGNORECASE)


# Characters that ``re.IGNORECASE`` equates with another letter although ``str.lower`` keeps
# them apart ("ſ" matches "s", "ı" and "İ" match "i"); literals and the searched text are both
# folded with this table, so a literal search never misses what the regex would match.
IGNORECASE_FOLD = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "ſ": "s",
        "ς": "σ",
        "ϐ": "β",
        "ϵ": "ε",
        "ϑ": "θ",
        "ϰ": "κ",
        "ϖ": "π",
        "ϱ": "ρ",
        "ϕ": "φ",
        "µ": "μ",
        "ͅ": "ι",
        "ι": "ι",
        "ẛ": "ṡ",
        "ﬅ": "ﬆ",
    }
)

# A start literal shorter than this occurs too often to be worth looking for ("a", "I"); a
# single sign ("€", "$", "+") is rare enough.
_MIN_LEADING = 2
# Among the start literals: "the match starts with a digit" (``#``, ``\d``), found as the
# positions of digits in the text rather than as a literal.
DIGIT_START = "\0digit"
# More alternative starts than this ("[aä][bc][de]…") are cut short where they branch.
_MAX_LEADING = 64


def leading_literals(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-cased, folded literals one of which every match of ``regex`` starts with (empty:
    no such set). Where none of them occurs, no match starts, so ``catalog.find`` tries the
    regex only there instead of scanning.

    Read from the regex's parse tree (the standard library's ``re._parser``, the parser
    ``re.compile`` uses); where that is unavailable or the pattern is not understood, the
    answer is empty and the caller scans as before.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(regex.pattern, regex.flags)
        finished, open_ = _starts(list(tree), {""})
    except (ImportError, AttributeError, TypeError, ValueError):
        return ()
    starts = finished | open_
    if not starts or not all(map(_specific, starts)):
        return ()
    # "mindset-" adds nothing where "mindset" is looked for already
    return tuple(
        sorted(start for start in starts if not any(start[:n] in starts for n in range(len(start))))
    )


def _specific(start: str) -> bool:
    """Whether a start literal is rare enough to look for."""
    if start == DIGIT_START or len(start) >= _MIN_LEADING:
        return True
    return len(start) == 1 and not start.isalnum() and not start.isspace()


def _starts(sequence: list[tuple[Any, Any]], open_: set[str]) -> tuple[set[str], set[str]]:
    """Walk a parsed sequence from the beginning: ``open_`` are the literal beginnings so far
    that the next element may extend; the result is (beginnings that stop here, beginnings the
    rest may extend)."""
    finished: set[str] = set()
    for op, argument in sequence:
        if not open_:
            break
        open_ = _step(op.name, argument, open_, finished)
        if len(open_) > _MAX_LEADING:
            open_ = _stop(open_, finished)
    return finished, open_


def _step(name: str, argument: Any, open_: set[str], finished: set[str]) -> set[str]:
    """One parsed element: the open beginnings after it (those it ends go to ``finished``).
    Zero-width assertions consume nothing and are stepped over."""
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return open_
    if name == "LITERAL":
        return _extend(open_, {chr(argument)}, finished)
    if name == "IN":
        return _step_in(argument, open_, finished)
    if name == "SUBPATTERN":
        inner_finished, open_ = _starts(list(argument[3]), open_)
        finished |= inner_finished
        return open_
    if name == "BRANCH":
        branches = [_starts(list(branch), open_) for branch in argument[1]]
        finished.update(*(inner for inner, _ in branches))
        return set().union(*(inner for _, inner in branches))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = argument
        inner_finished, inner_open = _starts(list(body), open_)
        finished |= inner_finished
        if low == high == 1:
            return inner_open
        finished |= inner_open  # taken: the beginnings stop after one round
        return open_ if low == 0 else set()  # skipped: they go on
    return _stop(open_, finished)


def _step_in(items: list[tuple[Any, Any]], open_: set[str], finished: set[str]) -> set[str]:
    """A character class: a few letters extend the beginnings, a digit is ``DIGIT_START``."""
    if [str(value) for _, value in items] == ["CATEGORY_DIGIT"]:
        if "" in open_:  # nothing consumed yet: the match starts with a digit
            finished.add(DIGIT_START)
        return _stop(open_ - {""}, finished)
    if all(op.name == "LITERAL" for op, _ in items):
        return _extend(open_, {chr(value) for _, value in items}, finished)
    return _stop(open_, finished)


def _extend(open_: set[str], chars: set[str], finished: set[str]) -> set[str]:
    """Every open beginning followed by each of ``chars`` (lowered and folded)."""
    folded = {char.lower().translate(IGNORECASE_FOLD) for char in chars}
    if any(len(char) != 1 for char in folded) or len(open_) * len(folded) > _MAX_LEADING:
        return _stop(open_, finished)
    return {start + char for start in open_ for char in folded}


def _stop(open_: set[str], finished: set[str]) -> set[str]:
    """The open beginnings end here (the next element is not a literal)."""
    finished |= open_
    return set()
