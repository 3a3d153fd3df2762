"""Sentence segmentation on the original text: boundaries and character offsets in one pass."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from transforms.languages import lexicon_for
from transforms.lexicon import CLOSERS, QUOTE_PAIRS, Lexicon

# A paragraph ends at a blank line (a line holding only whitespace counts as blank).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# Quotations closed within their line: a sentence never ends inside one.
_CLOSED_QUOTATION = re.compile(
    "|".join(f"{re.escape(o)}[^{re.escape(o + c)}\\n]*{re.escape(c)}" for o, c in QUOTE_PAIRS if o != c)
)
_HEADING_MAX_CHARS = 200


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    is_heading: bool


@lru_cache(maxsize=None)
def _candidate_pattern(terminals: str) -> re.Pattern[str]:
    """A run of terminals, then any closing quotes or brackets, then whitespace or the end."""
    return re.compile(f"[{re.escape(terminals)}]+[{re.escape(CLOSERS)}]*(?=\\s|$)")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed spans of the blocks between blank lines."""
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append(_trimmed(text, start, brk.start()))
        start = brk.end()
    spans.append(_trimmed(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _ends_with_terminal(text: str, start: int, end: int, lex: Lexicon) -> bool:
    stripped = text[start:end].rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in lex.terminals


def _is_abbreviation(text: str, line_start: int, dot: int, lex: Lexicon) -> bool:
    """Whether the word that ends at the dot at `dot` is an abbreviation or an initial."""
    word_start = max(text.rfind(" ", line_start, dot), text.rfind("\t", line_start, dot)) + 1
    word = text[max(word_start, line_start):dot].lstrip("(\"'“«[")
    if not word:
        return False
    if word.lower() in lex.abbreviations:
        return True
    if len(word) == 1 and word.isupper():  # an initial: J. R. R. Tolkien
        return True
    return bool(_INITIALISM.fullmatch(word))


def _line_boundaries(text: str, start: int, end: int, lex: Lexicon) -> list[int]:
    """Sentence ends inside one line, the line end excluded."""
    quoted = [m.span() for m in _CLOSED_QUOTATION.finditer(text, start, end)]
    ends = []
    for m in _candidate_pattern(lex.terminals).finditer(text, start, end):
        if m.end() >= end:
            break
        if any(qs < m.start() < qe - 1 for qs, qe in quoted):
            continue
        terminal_run = text[m.start():m.end()].rstrip(CLOSERS)
        if terminal_run == "." and _is_abbreviation(text, start, m.start(), lex):
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and text[nxt].islower():
            continue
        ends.append(m.end())
    return ends


def segment(text: str, lang: str | None = None, title: str | None = None) -> list[Sentence]:
    """Split `text` into sentences; offsets index `text` itself."""
    lex = lexicon_for(lang)
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        lines, line_start = [], p_start
        while line_start < p_end:
            nl = text.find("\n", line_start, p_end)
            line_end = p_end if nl < 0 else nl
            span = _trimmed(text, line_start, line_end)
            if span[1] > span[0]:
                lines.append(span)
            line_start = line_end + 1
        for l_start, l_end in lines:
            heading = (
                not _ends_with_terminal(text, l_start, l_end, lex)
                and l_end - l_start <= _HEADING_MAX_CHARS
                and (len(lines) == 1 or (l_start, l_end) == lines[0])
            ) or (bool(title) and not sentences and text[l_start:l_end] == title.strip())
            s_start = l_start
            for s_end in _line_boundaries(text, l_start, l_end, lex) + [l_end]:
                s, e = _trimmed(text, s_start, s_end)
                if e > s:
                    sentences.append(Sentence(s, e, p_index, heading))
                s_start = s_end
    return sentences


def sentence_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every document (columns of `tables.SENTENCES`)."""
    rows = []
    for doc_id, text, lang, title in documents[["doc_id", "text", "lang", "title"]].itertuples(index=False):
        for i, s in enumerate(segment(text, lang, title if isinstance(title, str) else None)):
            rows.append((doc_id, i, s.paragraph, s.start, s.end, text[s.start:s.end], s.is_heading))
    frame = pd.DataFrame(
        rows,
        columns=["doc_id", "sentence_index", "paragraph_index", "char_start", "char_end", "text", "is_heading"],
    )
    return frame.astype({"sentence_index": "int32", "paragraph_index": "int32",
                         "char_start": "int64", "char_end": "int64", "is_heading": "bool"})
