"""Building regular expressions from word tables."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_pattern(words: Iterable[str], space: str | None = None, marks: str = "", stretch: str = "") -> str:
    """A regex matching exactly `words`, shaped as a trie (`M(?:R|r)|mr`).

    The regex engine tries alternatives one by one, so shared prefixes keep a table of a few
    hundred words to a few character tests. `space`, when given, is the pattern a space in a
    word stands for (`\\s+` for phrases across line breaks); by default a space matches itself,
    which keeps the pattern fixed-width for lookbehinds. `marks`, when given, is the body of a character
    class of marks that may follow any letter of a word (Arabic diacritics: `أكّد`, `مُشيرًا` for أكد، مشيرا); a mark
    the word itself writes must be among them (`بيّن`, not `بين`). `stretch`, when given, is a character that may be
    written any number of times between two letters of a word (Arabic tatweel: `وقـــال` for وقال), not after its last.
    """
    after = f"[{marks}]*+" if marks else ""
    is_mark = re.compile(f"[{marks}]").fullmatch if marks else None
    trie: dict = {}
    for word in words:
        node = trie
        for token in _letters(word, is_mark):
            node = node.setdefault(token, {})
        node[""] = {}

    def piece(token: str) -> str:
        if token == " ":
            return space or re.escape(token)
        written = "".join(f"(?=[{marks}]*{re.escape(mark)})" for mark in token[1:])  # marks consumed possessively
        return re.escape(token[0]) + written + after

    stretched = f"{re.escape(stretch)}*+" if stretch else ""

    def emit(node: dict, inside: bool = False) -> str:
        branches = [(stretched if inside and token[0] not in (" ", stretch) else "") + piece(token)
                    + emit(child, token != " ") for token, child in sorted(node.items()) if token]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _letters(word: str, is_mark: Callable[[str], re.Match[str] | None] | None) -> list[str]:
    """The letters of `word`, each with the marks written after it (`بيّن`: ب، يّ، ن)."""
    letters: list[str] = []
    for char in word:
        if letters and is_mark is not None and is_mark(char):
            letters[-1] += char
        else:
            letters.append(char)
    return letters


def match_end(pattern: re.Pattern[str], text: str, pos: int, endpos: int | None = None) -> int:
    """Where a match of `pattern` at `pos` ends; `pos` where it does not match (`\\s*` always does)."""
    m = pattern.match(text, pos) if endpos is None else pattern.match(text, pos, endpos)
    return pos if m is None else m.end()
