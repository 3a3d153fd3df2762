"""Direct quotations: the spans inside quote marks, paragraph by paragraph, for one language's mark pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.lexicon import APOSTROPHES, Lexicon

# A letter or digit, Arabic diacritics included: a mark touching one is an apostrophe or inside a word.
_LETTER = r"[\w\u064B-\u065F\u0670]"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quotation:
    """The words between an opening and a closing mark (marks excluded); `closed` is False when the
    quotation runs to its paragraph end, as the paragraphs of a multi-paragraph quotation do."""

    open_mark: int  # offset of the opening mark
    start: int
    end: int
    close_end: int  # offset after the closing mark (the paragraph end when open)
    closed: bool
    chain: int  # quotations of one multi-paragraph quotation share a chain number


def _pair_pattern(index: int, opening: str, closing: str) -> str:
    o, c = re.escape(opening), re.escape(closing)
    if len(opening) > 1 or len(closing) > 1:  # `''` quotes (as in some US newspapers)
        body = f"(?:(?!{o}|{c})[\\s\\S])+"
    else:
        body = f"[^{re.escape(opening if opening == closing else opening + closing)}]+"
    if closing in APOSTROPHES:
        # Closed within the line; an apostrophe inside a word does not close it.
        exclude = re.escape(opening if opening == closing else opening + closing)
        lazy = f"(?:[^{exclude}\\n]|{c}(?={_LETTER}))+?"
        return f"(?<!{_LETTER}){o}(?=\\S)(?P<c{index}>{lazy}){c}(?!{_LETTER})"
    closed = f"(?<!{_LETTER}){o}(?=\\s*\\S)(?P<c{index}>{body}){c}"
    # Left open: runs to the paragraph end (the search stops there).
    unclosed = f"(?<!{_LETTER}){o}(?=\\s*{_LETTER})(?P<u{index}>{body})\\Z"
    return f"{closed}|{unclosed}"


@lru_cache(maxsize=None)
def quotation_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    # The lookahead lets the engine skip every position that holds no opening mark at once.
    openers = re.escape("".join(sorted({o[0] for o, _ in pairs})))
    return re.compile(f"(?=[{openers}])(?:" + "|".join(_pair_pattern(i, o, c) for i, (o, c) in enumerate(pairs)) + ")")


@lru_cache(maxsize=None)
def _stray_end_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    closers = re.escape("".join(sorted({c for _, c in pairs if len(c) == 1})))
    return re.compile(f"[.!?؟…](?=\\s)|(?=[{closers}])")


@lru_cache(maxsize=None)
def mark_characters(pairs: tuple[tuple[str, str], ...]) -> str:
    return "".join(sorted({m for pair in pairs for m in pair}))


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every block between blank lines, untrimmed, covering the text."""
    bounds, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
    bounds.append((start, len(text)))
    return bounds


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotations(text: str, lex: Lexicon) -> list[Quotation]:
    """Every quotation of `text` in order. A mark never pairs across a line break (news paragraphs are
    lines, blank-line separated or not), so an unpaired mark can swallow at most the rest of its paragraph."""
    pattern = quotation_pattern(lex.quote_pairs)
    found: list[Quotation] = []
    chain = -1
    continues = False  # the previous paragraph ended inside an open quotation
    for line in _LINE.finditer(text):
        p_start, p_end = line.span()
        if not text[p_start:p_end].strip():
            continue
        first_in_paragraph = True
        for m in pattern.finditer(text, p_start, p_end):
            group = m.lastgroup
            s, e = _trimmed(text, m.start(group), m.end(group))
            if e <= s:
                continue
            closed = group[0] == "c"
            opens_paragraph = first_in_paragraph and not text[p_start:m.start()].strip()
            if not closed and not opens_paragraph:
                # Left open inside a paragraph (`“good citizen,"`): a typo, not a multi-paragraph
                # quotation; it ends at its sentence end or at the next closing mark of any style.
                stop = _stray_end_pattern(lex.quote_pairs).search(text, s, p_end)
                if stop is not None:
                    s, e = _trimmed(text, s, stop.end())
                closed = True
            if not (continues and opens_paragraph):
                chain += 1
            found.append(Quotation(m.start(), s, e, e if group[0] == "u" and closed else m.end() if closed else p_end,
                                   closed, chain))
            first_in_paragraph = False
            continues = not closed
        if first_in_paragraph:
            continues = False
    return found
