"""Helpers on (start, end) character spans of a text."""

from __future__ import annotations


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed past whitespace at both edges (empty spans stay empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
