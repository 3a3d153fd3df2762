"""Helpers on (start, end) character spans of a text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from itertools import accumulate

from transforms.patterns import match_end

_SPACES = re.compile(r"\s*")


def spaces_end(text: str, pos: int, end: int | None = None) -> int:
    """Where the whitespace at `pos` ends (before `end`): the first other character, or `end`."""
    return match_end(_SPACES, text, pos, end)


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed past whitespace at both edges (empty spans stay empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_end(text: str, pos: int) -> int:
    """The offset of the line break that ends the line holding `pos` (the text's end on its last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def fills_line(text: str, start: int, end: int) -> bool:
    """Whether only whitespace stands between text[start:end] and the line breaks around it: a line of its own
    (read outwards from the span, so that a long line costs no more than a short one)."""
    before = start
    while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
        before -= 1
    return (before == 0 or text[before - 1] == "\n") and _REST_OF_LINE.match(text, end) is not None


_REST_OF_LINE = re.compile(r"[^\S\n]*(?:\n|\Z)")  # only spaces up to the line break or the text's end


def blank_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whitespace only, found without copying it (the scan stops at its first word)."""
    return spaces_end(text, start, end) == end


def at_text_start(text: str, pos: int) -> bool:
    """Whether only whitespace stands before `pos`, found without copying the text before it."""
    return blank_between(text, 0, pos)


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [start, end) overlaps one of `spans`, in log time whatever their number (spans sorted by
    start, with the furthest end reached so far): a per-call scan of a long document's spans would grow with the
    square of its length."""
    ordered = sorted(spans)
    if not ordered:
        return _overlaps_none  # (most documents' quotes have no lead to test, say: no lists to build)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end) - 1  # the last span opening before `end`
        return i >= 0 and reach[i] > start

    return overlaps


def _overlaps_none(start: int, end: int) -> bool:
    return False
