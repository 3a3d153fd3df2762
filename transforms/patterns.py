"""Building regular expressions from word tables."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str], space: str | None = None, marks: str = "") -> str:
    """A regex matching exactly `words`, shaped as a trie (`M(?:R|r)|mr`).

    The regex engine tries alternatives one by one, so shared prefixes keep a table of a few
    hundred words to a few character tests. `space`, when given, is the pattern a space in a
    word stands for (`\\s+` for phrases across line breaks); by default a space matches itself,
    which keeps the pattern fixed-width for lookbehinds. `marks`, when given, is the body of a character
    class of marks that may follow any letter of a word (Arabic diacritics: `أكّد`, `مُشيرًا` for أكد، مشيرا).
    """
    after = f"[{marks}]*+" if marks else ""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(re.escape(char) + after if char != " " else space or re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
