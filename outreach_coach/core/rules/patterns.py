"""The readable pattern syntax of the catalogs, compiled to regular expressions.

See ``core.catalog`` for the syntax. Besides the regex, each pattern yields the literals one
of which every match must contain, so that long texts are only searched near them.
"""

from __future__ import annotations

import re

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


def compile_pattern(phrase: str) -> re.Pattern[str]:
    """Compile one pattern with word boundaries on both ends, case-insensitively."""
    return re.compile(r"(?<![^\W_])(?:" + _phrase_to_regex(phrase) + r")(?![^\W_])", re.IGNORECASE)
