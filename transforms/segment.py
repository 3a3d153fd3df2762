"""Sentence segmentation on the original text: boundaries and character offsets in one pass.

The text is cut into paragraphs at blank lines, paragraphs into lines, and lines at sentence
ends. A blank line always ends a sentence; so does a line break, unless the paragraph is hard
wrapped (three or more lines of a near-constant width), where the lines are read as one run.
Inside a line, a candidate end is a run of the language's terminal marks, then any closing
quotes or brackets, then whitespace (or a capitalised word glued to it). Each candidate is
judged from the word before it and the word after it:

* a single dot after an abbreviation, an initial (`J.`, `ز.`), a dotted initialism (`U.S.`,
  `أ.ف.ب.`) or a list number at the start of a line does not end the sentence. Titles
  (`Mr.`, `د.`) never end one; labels (`No.`, `ص.ب.`) are abbreviations only before a
  number; other abbreviations (`etc.`, `a.m.`, `ق.م.`) end one when the next word is one of
  the language's sentence starters (`etc. The`, `ق.م. وكان`);
* an ellipsis ends a sentence only before a capital letter, so in scripts without case
  (Arabic) it never ends one inside a line;
* a mark followed by a closing quotation mark and a lower-case word does not end it
  (`"Why?" he asked`), nor a dot closed by a bracket before a lower-case word, and nothing
  ends before a token that opens with a terminal (`?! ..`);
* a mark glued to a capitalised word ends a sentence after a word (`quality.You'll`), not
  inside an abbreviation or an e-mail or web address;
* otherwise a mark ends the sentence whatever the case of the next word: web and e-mail
  writers start sentences in lower case, and the dots that do not end a sentence before a
  lower-case word (`approx. two`, `a Calif. man`) are abbreviations, which the tables list.

What follows an end and belongs to the sentence before it stays with it: reference marks
(`[12]`, `[...]`), emoticons, and a footnote number of one to three digits before a
capitalised word (`rights. 4 Even though`; style guides do not open a sentence with such a
numeral). A letter's closing (`Best regards,`) is a sentence of its own before the name.

Multi-sentence quotations are split at their inner sentence ends, and the closing mark stays
with the sentence it closes: `He said: "We won. We will win again."` is two sentences, the
second `We will win again."`. This is what the English gold (GUM, EWT) does; Arabic-PUD
keeps its two such quotations whole, but it is translated one sentence at a time, so its
sentence unit is the source's, not the quotation's. A sentence never ends between an opening
mark and the words it quotes, since a candidate end must be followed by whitespace and an
opening mark is never a closer at the end of a run.

A line of its own is a heading (title or subheading) when it is the whole paragraph or the
paragraph's first line, has no final punctuation (a numbered section title may end in `?`),
starts with a letter or digit, is short and mostly letters, holds no comma (captions,
addresses, signatures) unless it is the document's first line, does not follow a paragraph
ending in a comma (`Yours,` / `Bill`), and is not a byline, date or dateline (the language's
`non_heading_lines`). Bylines, dates and datelines are still sentences of their own.

The machinery below never names a language's words: terminals, abbreviations, titles,
number labels, sentence starters, letter closings and non-heading line patterns come from
the language tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from transforms.languages import detect_language, lexicon_for
from transforms.lexicon import CLOSERS, COMMAS, QUOTE_PAIRS, Lexicon

_FIRST_NON_SPACE = re.compile(r"\S")
# Letters joined by dots, in any script: U.S, e.g, ق.م, أ.ف.ب
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Abbreviations and sentence starters are short: look no further for the words around a dot.
_WORD_WINDOW = 40
# Marks that follow a sentence end and belong to that sentence: references ([12], [3, 4], [...])
# and emoticons (:-) :( ;)).
_TRAILER = re.compile(r"\[(?:\d+(?:[,–-]\s*\d+)*|\.\.\.|…)\]|[:;]-?[()DPp](?!\w)")
_TRAILER_FIRST = "[:;"
_TRAILER_STARTS = _TRAILER_FIRST + "0123456789"
# A footnote number after a sentence end, before a capitalised word: "minority rights. 4 Even though".
# Style guides do not open a sentence with a numeral of one to three digits, so it closes the one before.
_FOOTNOTE = re.compile(r"\d{1,3}\s+(?=[^\W\d_])")
_OPENERS = "\"'“‘«‹„([{"
_QUOTE_CLOSERS = "".join(sorted({c for _, c in QUOTE_PAIRS} | {"'", "’"}))
_ELLIPSIS = "…"
_CONTACT = re.compile(r"@|://|www\.")
_COMMA = re.compile(f"[{re.escape(COMMAS)}]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# A numbered section title, which may be a question: "1.1 What is Government?"
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?\s")
_HEADING_MAX_CHARS = 150
_HEADING_MAX_WORDS = 16
# A hard-wrapped paragraph: at least this many lines, the non-final ones this long and this even.
_WRAP_MIN_LINES = 3
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_SPREAD = 0.3


class Sentence(NamedTuple):
    """`text[start:end]` is the sentence; `paragraph` counts blocks between blank lines from 0."""

    start: int
    end: int
    paragraph: int
    is_heading: bool


@dataclass(frozen=True)
class _Rules:
    """A language table compiled for the segmenter."""

    lex: Lexicon
    candidate: re.Pattern[str]
    non_heading: re.Pattern[str] | None
    closing: re.Pattern[str] | None
    closing_initials: frozenset[str]


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    """Candidate ends: a terminal, then more terminals, closing quotes or brackets and a glued reference
    mark (`.[12]`), then whitespace, the end, or a glued letter. The pattern opens with one character
    class so that the regex engine can skip to the next terminal quickly."""
    lex = lexicon_for(lang)
    terminals, closers = re.escape(lex.terminals), re.escape(CLOSERS)
    candidate = re.compile(f"[{terminals}][{terminals}]*[{closers}]*(?:\\[\\d{{1,3}}\\])?(?=\\s|$|[^\\W\\d_])")
    non_heading = re.compile("|".join(f"(?:{p})" for p in lex.non_heading_lines)) if lex.non_heading_lines else None
    closings = sorted(lex.letter_closings, key=len, reverse=True)
    closing = (
        re.compile(f"(?:{'|'.join(map(re.escape, closings))})[{re.escape(COMMAS)}](?=\\s+[^\\W\\d_])", re.IGNORECASE)
        if closings else None
    )
    initials = frozenset(c for phrase in closings for c in (phrase[0].lower(), phrase[0].upper()))
    return _Rules(lex, candidate, non_heading, closing, initials)


def _paragraph_lines(text: str) -> list[list[tuple[int, int]]]:
    """The trimmed non-blank lines of each paragraph; a line of only whitespace is a paragraph break."""
    paragraphs, lines, pos = [], [], 0
    for line in text.split("\n"):
        right = line.rstrip()
        if right:
            lines.append((pos + len(line) - len(line.lstrip()), pos + len(right)))
        elif lines:
            paragraphs.append(lines)
            lines = []
        pos += len(line) + 1
    if lines:
        paragraphs.append(lines)
    return paragraphs


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed spans of the blocks between blank lines."""
    return [(lines[0][0], lines[-1][1]) for lines in _paragraph_lines(text)]


def _is_hard_wrapped(lines: list[tuple[int, int]]) -> bool:
    """Whether the line breaks are a fixed-width layout rather than the writer's."""
    if len(lines) < _WRAP_MIN_LINES:
        return False
    widths = [e - s for s, e in lines[:-1]]
    return min(widths) >= _WRAP_MIN_WIDTH and max(widths) - min(widths) <= _WRAP_MAX_SPREAD * max(widths)


def _word_before(text: str, unit_start: int, dot: int) -> str:
    """The whitespace-delimited token that ends at `dot`, without opening quotes or brackets."""
    window = text[max(unit_start, dot - _WORD_WINDOW):dot].rsplit(None, 1)
    return window[-1].lstrip(_OPENERS) if window else ""


def _word_after(text: str, start: int, end: int) -> str:
    """The token that starts at `start`, without opening quotes or brackets."""
    return text[start:min(end, start + _WORD_WINDOW)].split(None, 1)[0].lstrip(_OPENERS)


def _is_abbreviated(word: str, lex: Lexicon) -> bool:
    """Whether a dot after `word` marks an abbreviation or an initial rather than a sentence end."""
    if word.lower() in lex.abbreviations:
        return True
    if len(word) == 1 and word.isalpha() and not word.islower():  # J. R. R. Tolkien; Arabic letters have no case
        return True
    return bool(_INITIALISM.fullmatch(word))


def _split_mark(mark: str, lex: Lexicon) -> tuple[str, str]:
    """The terminal run and the closing quotes or brackets of a candidate (a glued reference mark dropped)."""
    cut = 1
    while cut < len(mark) and mark[cut] in lex.terminals:
        cut += 1
    return mark[:cut], mark[cut:].split("[", 1)[0]


def _starts_glued_sentence(text: str, m: re.Match[str], unit_start: int, unit_end: int, lex: Lexicon) -> bool:
    """A mark with no space before a capitalised word ends a sentence after a word (`quality.You'll`),
    but not inside an abbreviation, an e-mail or a web address (`Kevin.A.Boone@`, `www.Example.Com`)."""
    cut, dot = m.end(), m.start()
    if m.end() - dot > 1 and _split_mark(m.group(), lex)[1]:
        return False
    if not (text[cut].isupper() and cut + 1 < unit_end and text[cut + 1].islower()):
        return False
    if dot - 2 < unit_start or not text[dot - 2:dot].isalpha():
        return False
    before, after = _word_before(text, unit_start, dot), _word_after(text, cut, unit_end)
    return not (_is_abbreviated(before, lex) or _CONTACT.search(before) or _CONTACT.search(after))


def _next_start(text: str, m: re.Match[str], unit_start: int, unit_end: int, lex: Lexicon) -> int:
    """Where the next sentence starts if the candidate `m` ends one, else -1; judged from the words around it."""
    nxt = m.end()
    following = text[nxt]
    if not following.isspace():
        return nxt if _starts_glued_sentence(text, m, unit_start, unit_end, lex) else -1
    nxt += 1
    following = text[nxt]
    if following.isspace():
        nxt = _FIRST_NON_SPACE.search(text, nxt, unit_end).start()
        following = text[nxt]
    if following in lex.terminals:
        return -1
    first = _word_after(text, nxt, unit_end)[:1] if following in _OPENERS else following
    mark = m.group()
    run, close = (mark, "") if len(mark) == 1 else _split_mark(mark, lex)
    if run != ".":
        if _ELLIPSIS in run or run.count(".") == len(run):
            return nxt if first.isupper() else -1
        if close and first.islower() and any(c in _QUOTE_CLOSERS for c in close):
            return -1
        return nxt
    if close:  # "(see above.) then": a bracketed aside; '"It is." she said'
        return -1 if first.islower() else nxt
    word = _word_before(text, unit_start, m.start())
    if word and _is_abbreviated(word, lex):
        label = word.lower()
        if label in lex.title_abbreviations:
            return -1
        if label in lex.number_abbreviations:
            return -1 if following.isdigit() else nxt
        return nxt if _word_after(text, nxt, unit_end).rstrip(",;:") in lex.sentence_starters else -1
    if word.isdigit() and m.start() - len(word) == unit_start:  # a list number: "1. Preheat the oven"
        return -1
    return nxt


def _looks_like_heading(text: str, start: int, end: int, rules: _Rules, is_title: bool) -> bool:
    """A short line that opens with a letter or digit, has no final punctuation (a numbered section title
    may end in `?`), is mostly letters, holds no comma unless it is the document's first line (headlines
    may), and is no byline, date or dateline."""
    line = text[start:end]
    last = line[-1]
    numbered = _SECTION_NUMBER.match(line) is not None
    if not (last.isalnum() or last == ")" or (numbered and last in rules.lex.terminals)) or not line[0].isalnum():
        return False
    if len(line) > _HEADING_MAX_CHARS or line.count(" ") >= _HEADING_MAX_WORDS:
        return False
    if _CONTACT.search(line) or (not is_title and _COMMA.search(line)):
        return False
    if len(_LETTER.findall(line)) <= len(_DIGIT.findall(line)):
        return False
    return rules.non_heading is None or rules.non_heading.search(line) is None


def _after_closing(text: str, start: int, end: int, rules: _Rules, sentences: list[Sentence], p_index: int) -> int:
    """Where the sentence starting at `start` really starts: after a letter's closing (`Best regards,`),
    which becomes a sentence of its own when a name follows it."""
    closing = rules.closing.match(text, start, end)
    if closing is None or text[_FIRST_NON_SPACE.search(text, closing.end(), end).start()].islower():
        return start
    sentences.append(Sentence(start, closing.end(), p_index, False))
    return _FIRST_NON_SPACE.search(text, closing.end(), end).start()


def _after_trailer(text: str, cut: int, nxt: int, end: int) -> tuple[int, int]:
    """The sentence end and next start once a reference mark, emoticon or footnote number after the end
    at `cut` is given to the sentence; (-1, -1) when the mark closes the line."""
    if text[nxt] in _TRAILER_FIRST and (trailer := _TRAILER.match(text, nxt, end)):
        if trailer.end() >= end:
            return -1, -1
        if text[trailer.end()].isspace():
            return trailer.end(), _FIRST_NON_SPACE.search(text, trailer.end(), end).start()
    elif (note := _FOOTNOTE.match(text, nxt, end)) and text[note.end()].isupper():
        return nxt + len(note.group().rstrip()), note.end()
    return cut, nxt


def _unit_sentences(text: str, u_start: int, u_end: int, p_index: int, rules: _Rules,
                    sentences: list[Sentence]) -> bool:
    """Append the sentences of one line (or hard-wrapped paragraph); False when it is one sentence, not
    appended, so that the caller can judge it as a heading."""
    lex, initials = rules.lex, rules.closing_initials
    s_start = u_start
    if text[u_start] in initials:
        s_start = _after_closing(text, u_start, u_end, rules, sentences, p_index)
    for m in rules.candidate.finditer(text, u_start, u_end):
        cut = m.end()
        if cut >= u_end:
            break
        if m.start() < s_start:  # inside a mark already given to the previous sentence
            continue
        nxt = _next_start(text, m, u_start, u_end, lex)
        if nxt < 0:
            continue
        if text[nxt] in _TRAILER_STARTS:
            cut, nxt = _after_trailer(text, cut, nxt, u_end)
            if cut < 0:
                break
        sentences.append(Sentence(s_start, cut, p_index, False))
        s_start = nxt
        if text[nxt] in initials:
            s_start = _after_closing(text, nxt, u_end, rules, sentences, p_index)
    if s_start == u_start:
        return False
    sentences.append(Sentence(s_start, u_end, p_index, False))
    return True


def segment(text: str, lang: str | None = None, title: str | None = None) -> list[Sentence]:
    """Split `text` into sentences; offsets index `text` itself. `lang` None: detected from the text."""
    rules = _rules(lang or detect_language(text))
    title = title.strip() if title else None
    sentences: list[Sentence] = []
    for p_index, lines in enumerate(_paragraph_lines(text)):
        units = [(lines[0][0], lines[-1][1])] if len(lines) >= _WRAP_MIN_LINES and _is_hard_wrapped(lines) else lines
        first_unit = True
        for u_start, u_end in units:
            if not _unit_sentences(text, u_start, u_end, p_index, rules, sentences):
                heading = (first_unit and not (sentences and text[sentences[-1].end - 1] in COMMAS)
                           and _looks_like_heading(text, u_start, u_end, rules, not sentences)) or (
                    not sentences and title is not None and text[u_start:u_end] == title
                )
                sentences.append(Sentence(u_start, u_end, p_index, heading))
            first_unit = False
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
