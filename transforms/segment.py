"""Sentence segmentation on the original text: boundaries and character offsets in one pass.

The text is cut into paragraphs at blank lines, paragraphs into lines, and lines at sentence
ends. A blank line always ends a sentence; so does a line break, unless the paragraph is hard
wrapped (three or more lines of a near-constant width, or most of them as wide as a layout's
column and breaking off a sentence), where the lines are read as one run, or the break falls inside
a quotation its line opened and a line soon after closes.
Inside a line, a candidate end is a run of the language's terminal marks, then any closing
quotes or brackets, then whitespace (or a capitalised word glued to it). Each candidate is
judged from the word before it and the word after it:

* a single dot after an abbreviation (as the table lists it, Capitalised, in Title Case or in
  CAPITALS), an initial (`J.`, `ز.`), a dotted initialism (`U.S.`, `أ.ف.ب.`; `anti-U.S.`) or a list number of
  one to three digits at the start of a line (four are a year) does not end the sentence. Titles
  (`Mr.`, `د.`) never end one; labels (`No.`, `ص.ب.`) are abbreviations only before a
  number; other abbreviations (`etc.`, `a.m.`, `ق.م.`) end one when the next word is one of
  the language's sentence starters (`etc. The`, `ق.م. وكان`), and clock times (`a.m.`) before
  any capitalised word that does not go on with the time (`10 a.m. Friday`, `a.m. EDT`);
* an ellipsis ends a sentence only before a capital letter, so in scripts without case
  (Arabic) it never ends one inside a line;
* a mark followed by a closing quotation mark and a lower-case word does not end it
  (`"Why?" he asked`), nor a dot closed by a bracket before a lower-case word, and nothing
  ends before a token that opens with a terminal (`?! ..`);
* a mark glued to a capitalised word ends a sentence after a word (`quality.You'll`), not
  inside an abbreviation or an e-mail or web address;
* a question or exclamation mark before a word that goes on with an alternative question
  (`؟ أو`, `? or`) does not end it;
* otherwise a mark ends the sentence whatever the case of the next word: web and e-mail
  writers start sentences in lower case, and the dots that do not end a sentence before a
  lower-case word (`approx. two`, `a Calif. man`) are abbreviations, which the tables list.

What follows an end and belongs to the sentence before it stays with it: reference marks
(`[12]`, `[...]`), emoticons, and a footnote number of one to three digits before a
capitalised word (`rights. 4 Even though`; style guides do not open a sentence with such a
numeral). A letter's closing (`Best regards,`) is a sentence of its own before the name. A forwarded
mail's header timestamp (`04/26/2001 07:17 AM`, the language's `header_stamp`) ends a sentence, and
starts one after a sender's name or address (`Kay Mann 04/26/2001 07:17 AM`), not after a lower-case
word (`sent on 08/16/2000 03:14 PM`).

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

Speed: the common ends are decided inside one compiled pattern per language (`_end_patterns`:
abbreviations become lookbehinds, letter closings a lookahead), and a line whose candidates are all
decided there is cut by one `re.split` whose piece lengths give the offsets; only the rare lines
with an undecided candidate are judged one candidate at a time by `_next_start`, whose rules the
pattern mirrors (a test checks that both cut any text alike).

The machinery below never names a language's words: terminals, abbreviations, titles,
number labels, sentence starters, letter closings, header timestamps and non-heading line
patterns come from the language tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple

import pandas as pd

from transforms.languages import detect_language, lexicon_for
from transforms.lexicon import CLOSERS, COMMAS, QUOTE_CLOSERS, QUOTE_PAIRS, Lexicon
from transforms.patterns import match_end, trie_pattern
from transforms.spans import spaces_end, trim_whitespace

# Letters joined by dots, in any script: U.S, e.g, ق.م, أ.ف.ب; also joined to a word before by a hyphen or slash
# (anti-U.S, EU/U.S)
_INITIALISM = re.compile(r"(?:\S*[-/])?(?:[^\W\d_]\.)+[^\W\d_]")
# Abbreviations and sentence starters are short: look no further for the words around a dot.
_WORD_WINDOW = 40
# Marks that follow a sentence end and belong to that sentence: references ([12], [3, 4], [...])
# and emoticons (:-) :( ;)).
_REFERENCE = r"\[\d+(?:[,–-]\s*\d+)*\]"
_TRAILER = re.compile(rf"{_REFERENCE}|\[(?:\.\.\.|…)\]|[:;]-?[()DPp](?!\w)")
_TRAILER_FIRST = "[:;"
_TRAILER_STARTS = _TRAILER_FIRST + "0123456789"
# A footnote number after a sentence end, before a capitalised word: "minority rights. 4 Even though".
# Style guides do not open a sentence with a numeral of one to three digits, so it closes the one before.
_FOOTNOTE = re.compile(r"\d{1,3}\s+(?=[^\W\d_])")
_OPENERS = "\"'“‘«‹„([{"
# The slash of a numeric date, where a header timestamp (`rules.header_stamp`) may be: the literal first
# character lets the regex engine skip to it, as a search for the whole timestamp could not.
_DATE_SLASH = re.compile(r"/(?<=\d/)")
# The longest final run of marks and closers that the split patterns recognise as the end of a line.
_LINE_END_RUN = 8
# A list number at the start of a line ("1. Preheat the oven") has at most this many digits.
_LIST_NUMBER_DIGITS = 3
_QUOTE_OPENERS = "".join(sorted({c for c, _ in QUOTE_PAIRS}))
# A nickname in quote marks between a name's parts: one or two capitalised words, then the next part.
_NICKNAME = re.compile(r"[\"'“‘«‹„][A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*)?[\"'”’»›“] [A-Z]")
_ELLIPSIS = "…"
_CONTACT = ("@", "://", "www.")  # marks of e-mail and web addresses
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
# A numbered section title, which may be a question: "1.1 What is Government?"
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?\s")
_HEADING_MAX_CHARS = 150
_HEADING_MAX_WORDS = 16
# A hard-wrapped paragraph: at least this many lines, the non-final ones this long and this even.
_WRAP_MIN_LINES = 3
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_SPREAD = 0.3
_WRAP_MAX_WIDTH = 100  # ... columns of plain-text layouts (72, 80): longer lines are the writer's paragraphs
_MAX_QUOTED_LINES = 4  # lines a quotation opened on one line may run on to, wrapped: a stray mark opens none
_BULLETS = "•●▪■◆♦►▶◦‣"  # a line opening with one is a list item: the writer broke the line there
_INITIAL = re.compile(r"[^\W\d_]\.")  # a letter and its dot: an initial
_YEAR = re.compile(r"\d{4}|[٠-٩]{4}")
_MIN_CLAUSE_WORD = 3  # letters of a word a conjunction opens a clause with (وتوفي), past the conjunction's own


class Sentence(NamedTuple):
    """`text[start:end]` is the sentence; `paragraph` counts blocks between blank lines from 0."""

    start: int
    end: int
    paragraph: int
    is_heading: bool


# Sentence(start, end, paragraph, is_heading) without the Python-level __new__ of a NamedTuple:
# `_sentence(Sentence, (start, end, paragraph, is_heading))`, a C call, for the hot loop.
_sentence = tuple.__new__


@dataclass(frozen=True)
class _Rules:
    """A language table compiled for the segmenter (see `_end_patterns`)."""

    lex: Lexicon
    abbreviations: frozenset[str]  # the table's abbreviations and their case forms (`_case_forms`)
    titles: frozenset[str]
    number_labels: frozenset[str]
    candidate: re.Pattern[str]
    split_any: re.Pattern[str]
    split_dots: re.Pattern[str]
    rare_terminals: str
    line_tail: str  # terminals and closers: a rare terminal among a line's last of these is no candidate
    non_heading: re.Pattern[str] | None
    closing: re.Pattern[str] | None
    closing_initials: frozenset[str]
    header_stamp: re.Pattern[str] | None  # the table's, as whole tokens


def _case_forms(words: frozenset[str]) -> frozenset[str]:
    """Words as a table lists them (lower case), capitalised, in title case and in capitals: `mr` gives
    `Mr` and `MR`, `best regards` gives `Best Regards`. A word in other mixed case (`mR`) is no form."""
    return frozenset(f for w in words for f in (w, w.capitalize(), w.title(), w.upper()))


def _not_abbreviation(abbreviations: frozenset[str]) -> str:
    """Lookbehinds that fail after a dot closing a listed abbreviation (`Mr.`, `Calif.`) or a list number
    at the start of the line (`12.`; the split patterns run on the line alone, so `^` is its start), one
    per word length since a lookbehind has a fixed width. `\\b` before a word stands for the space,
    opening mark or line start before it (it also catches `x-mr.`, which only leaves that dot to
    `_next_start`). Abbreviations ending in a dot and a letter (`U.S.`, `ق.م.`) and initials (`J.`) need
    none: see `_end_patterns`."""
    by_length: dict[int, list[str]] = {n: [] for n in range(2, _LIST_NUMBER_DIGITS + 1)}
    for word in abbreviations:
        if len(word) > 1 and "." not in word[-2:]:
            by_length.setdefault(len(word), []).append(word)
    lookbehinds = []
    for length, words in sorted(by_length.items()):
        if words:
            lookbehinds.append(f"(?<!\\b{trie_pattern(words)}\\.)")
        if length <= _LIST_NUMBER_DIGITS:
            lookbehinds.append(f"(?<!^\\d{{{length}}}\\.)")
    return "".join(lookbehinds)


def _end_patterns(lex: Lexicon, abbreviations: frozenset[str], closing: str | None) -> tuple[str, str, str]:
    """Patterns over a line: `split_any` / `split_dots` split it at its sure ends in one call and capture
    every other candidate not at its end, for `_unit_sentences` to judge with `_next_start`, which takes
    the candidate as a match of `candidate`. `split_dots` serves lines whose only terminal is the dot: a
    literal first character lets the regex engine skip to the next dot several times faster than a
    character class does.

    A candidate is a terminal run, closing quotes or brackets and a glued reference mark (`.[12]`), before
    whitespace, the end or a letter that could start a glued sentence (`quality.You`; not a lower-case
    Latin one, as in `gmail.com`). A sure end is one that `_next_start` would accept with no trailer,
    closing or abbreviation to look at, decided here instead:

    * a dot, then spaces on the same line and a character that starts no trailer or terminal run, after
      a word that is no abbreviation, initial, initialism or list number: its last two characters are
      no space, dot or terminal and the first of them no opening mark (`J.`, `U.S.`, `"J.` are left
      out), and it ends in more word characters than any abbreviation has (one category test per
      character, the common case) or is none of them; or a single digit (`in 4.`) not
      at the start of the line;
    * a run of the other terminals without an ellipsis (`?`, `?!`), then spaces and such a character,
      not before a word that goes on with an alternative question (`? or`);
    * a dot or such a run closed by quotes or brackets (`."`, `?)`), then spaces and a capital;
    * such a dot or run, then spaces, a reference mark (`[12]`, which stays with the sentence) and
      spaces before more text;

    and no letter closing after the (last) spaces. The cheap tests come first. A candidate starts at the first
    mark of a run only, else a long run at the end of a line would be tried from each of its marks. The
    split patterns leave a
    candidate's first terminal (one character) uncaptured, then capture a sure end's other marks and its
    spaces as groups 1 and 2 (a reference mark counts with the other marks), or any other candidate's
    marks as group 3: each group costs the split a list entry per candidate."""
    terminals, closers = re.escape(lex.terminals), re.escape(CLOSERS)
    strong = re.escape("".join(c for c in lex.terminals if c not in "." + _ELLIPSIS))
    openers = re.escape(_OPENERS)
    spaces = "[^\\S\\n]+"
    plain_next = f"(?={spaces}[^\\s{terminals}{re.escape(_TRAILER_STARTS)}])"
    capital_next = f"(?={spaces}[{lex.capitals}])"
    no_closing = f"(?!{closing})" if closing else ""
    other = f"[{terminals}]*[{closers}]*(?:\\[\\d{{1,3}}\\])?"
    glued = "[^\\W\\d_a-z]"
    run = f"(?<=[{strong}])[{strong}.]*" if strong else "(?!)"
    go_on = trie_pattern(lex.question_continuations)
    run_end = f"{run}{plain_next}" + (f"(?!{spaces}[{openers}]*{go_on}(?:\\s|$))" if go_on else "")
    # (a dot after a one-letter word or an initialism, `(د.)`, `(ش.م.ع.)`, is left to `_next_start`)
    marks = [run_end, f"(?:(?<=\\.)(?:(?<=[^\\W\\d_]{{2}}\\.)|(?<![^\\W\\d_]\\.))|{run})[{closers}]+{capital_next}"]
    reference_next = f"(?={spaces}\\[\\d)"
    with_reference = f"{run}{reference_next}"
    if "." in lex.terminals:
        first, word = f"[^\\s.{openers}{terminals}]", f"[^\\s.{terminals}]"
        longest = max([len(a) for a in abbreviations if "." not in a[-2:]] + [_LIST_NUMBER_DIGITS])
        dot = (f"(?<=\\w{{{longest + 1}}}\\.)"
               f"|(?<={first}{word}\\.){_not_abbreviation(abbreviations)}|(?<=[\\s{openers}]\\d\\.)")
        marks.insert(0, f"{plain_next}(?:{dot})")
        with_reference = f"{reference_next}(?:{dot})|{with_reference}"
    marks.append(f"(?:{with_reference}){spaces}{_REFERENCE}(?={spaces}\\S)")
    # (the spaces are possessive: given back one by one, they would let the closing test pass from inside them)
    split = f"(?:({'|'.join(marks)})({spaces}+){no_closing}|({other})(?=\\s|{glued}))"
    run_start = f"(?<![{terminals}]{{2}})"  # a run that fails from its first mark fails from any: linear
    # A short run of marks and closers that ends the line is no candidate (nothing follows it): a line's last
    # mark skips the alternatives above, each of which would fail on its own. Short: a long run of `."` is
    # scanned from each of its dots.
    before_line_end = f"(?![{terminals}{closers}]{{0,{_LINE_END_RUN}}}+\\Z)"
    return (f"[{terminals}]{other}(?=\\s|$|{glued})", f"[{terminals}]{run_start}{before_line_end}{split}",
            f"\\.{run_start}{before_line_end}{split}")


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    lex = lexicon_for(lang)
    abbreviations = _case_forms(lex.abbreviations)
    non_heading = re.compile("|".join(f"(?:{p})" for p in lex.non_heading_lines)) if lex.non_heading_lines else None
    closings = _case_forms(lex.letter_closings)
    closing = f"{trie_pattern(closings)}[{re.escape(COMMAS)}](?=\\s+[^\\W\\d_])" if closings else None
    initials = frozenset(phrase[0] for phrase in closings)
    candidate, split_any, split_dots = map(re.compile, _end_patterns(lex, abbreviations, closing))
    return _Rules(lex, abbreviations, _case_forms(lex.title_abbreviations), _case_forms(lex.number_abbreviations),
                  candidate, split_any, split_dots, lex.terminals.replace(".", ""),
                  lex.terminals + CLOSERS, non_heading,
                  re.compile(closing) if closing else None, initials,
                  re.compile(f"(?<!\\S){lex.header_stamp}(?!\\S)") if lex.header_stamp else None)


def _paragraph_lines(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """The trimmed non-blank lines of each paragraph as (start, end, the line itself), one paragraph at a
    time (a long document is never held as lines all at once); a line of only whitespace is a paragraph
    break. A line with no whitespace to trim is not copied."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        trimmed = line.strip()
        if not trimmed:
            if lines:
                yield lines
                lines = []
        elif trimmed is line:
            lines.append((pos, pos + len(line), line))
        else:
            start = pos + len(line) - len(line.lstrip())
            lines.append((start, start + len(trimmed), trimmed))
        pos += len(line) + 1
    if lines:
        yield lines


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed spans of the blocks between blank lines."""
    return [(lines[0][0], lines[-1][1]) for lines in _paragraph_lines(text)]


def _is_hard_wrapped(lines: list[tuple[int, int, str]], rules: _Rules) -> bool:
    """Whether the line breaks are a fixed-width layout rather than the writer's: every line but the last is long and
    near the widest, or two in three of them are, no wider than a layout's column, and break off a sentence (no
    terminal at their end), as a wrapped text with a short line where the layout left one does (its paragraph's end,
    a line the editor broke). Lines that each hold whole sentences, or a name after each, are the writer's, and so is
    a line that opens with a bullet."""
    if len(lines) < _WRAP_MIN_LINES or any(line[0] in _BULLETS for _, _, line in lines[1:]):
        return False
    widths = [len(line) for _, _, line in lines[:-1]]
    widest = max(widths)
    if min(widths) >= _WRAP_MIN_WIDTH and widest - min(widths) <= _WRAP_MAX_SPREAD * widest:
        return True
    wide = (1 - _WRAP_MAX_SPREAD) * widest
    broken_off = sum(len(line) >= wide and line.rstrip(CLOSERS)[-1:] not in rules.lex.terminals
                     for _, _, line in lines[:-1])
    return _WRAP_MIN_WIDTH <= widest <= _WRAP_MAX_WIDTH and 3 * broken_off >= 2 * len(widths)


def _through_open_quotations(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A paragraph's lines with a line that leaves a quotation open joined to the next ones up to the line that
    closes it, a few lines on: the breaks are wraps inside the quoted words (`وأكد التلفزيون، أن "النيابة` /
    `العامة استوجبت …"`), no sentence ends. A mark no line closes (a stray one) joins nothing."""
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if _leaves_quotation_open(line):
            for j in range(i + 1, min(len(lines), i + 1 + _MAX_QUOTED_LINES)):
                if not _leaves_quotation_open(text[start:lines[j][1]]):
                    end, line, i = lines[j][1], text[start:lines[j][1]], j
                    break
        joined.append((start, end, line))
        i += 1
    return joined


def _leaves_quotation_open(line: str) -> bool:
    """Whether a line opens more quotations than it closes: an odd number of symmetric or interchangeable marks
    (`"`, `“ ”`, which Arabic also writes the other way round), or more `«` than `»`."""
    return line.count("«") > line.count("»") or (line.count('"') + line.count("“") + line.count("”")) % 2 == 1


def _word_before(text: str, unit_start: int, dot: int) -> str:
    """The whitespace-delimited token that ends at `dot`, without opening quotes or brackets."""
    window = text[max(unit_start, dot - _WORD_WINDOW):dot].rsplit(None, 1)
    return window[-1].lstrip(_OPENERS) if window else ""


def _word_after(text: str, start: int, end: int) -> str:
    """The token that starts at `start` (or the first after it), without opening quotes or brackets; "" at the end."""
    tokens = text[start:min(end, start + _WORD_WINDOW)].split(None, 1)
    return tokens[0].lstrip(_OPENERS) if tokens else ""


def _is_abbreviated(word: str, rules: _Rules) -> bool:
    """Whether a dot after `word` marks an abbreviation or an initial rather than a sentence end."""
    if word in rules.abbreviations:
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


def _starts_glued_sentence(text: str, m: re.Match[str], unit_start: int, unit_end: int, rules: _Rules) -> bool:
    """A mark with no space before a capitalised word ends a sentence after a word (`quality.You'll`),
    but not inside an abbreviation, an e-mail or a web address (`Kevin.A.Boone@`, `www.Example.Com`)."""
    cut, dot = m.end(), m.start()
    if m.end() - dot > 1 and _split_mark(m.group(), rules.lex)[1]:
        return False
    if _caseless_letter(text[cut]):  # `صعب.وأضاف`, `"…".وقالت`: a script without capitals starts any word so
        before = _word_before(text, unit_start, dot).rstrip(CLOSERS)
        after = _word_after(text, cut, unit_end)
        return len(before) > 1 and before[-2:].isalpha() and len(after) > 1 and not _is_abbreviated(before, rules) \
            and not _holds_any(before, _CONTACT) and not _holds_any(after, _CONTACT) \
            and after[:match_end(_LETTERS, after, 0)] not in rules.lex.domain_suffixes  # `الوطن.كوم`: a web address
    if not (text[cut].isupper() and cut + 1 < unit_end and text[cut + 1].islower()):
        return False
    if dot - 2 < unit_start or not text[dot - 2:dot].isalpha():
        return False
    before, after = _word_before(text, unit_start, dot), _word_after(text, cut, unit_end)
    return not (_is_abbreviated(before, rules) or _holds_any(before, _CONTACT) or _holds_any(after, _CONTACT))


def _caseless_letter(ch: str) -> bool:
    """A letter of a script without capitals (Arabic)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _next_start(text: str, m: re.Match[str], unit_start: int, unit_end: int, rules: _Rules) -> int:
    """Where the next sentence starts if the candidate `m` ends one, else -1; judged from the words around it."""
    nxt = m.end()
    following = text[nxt]
    if not following.isspace():
        return nxt if _starts_glued_sentence(text, m, unit_start, unit_end, rules) else -1
    nxt += 1
    following = text[nxt]
    if following.isspace():
        nxt = spaces_end(text, nxt, unit_end)
        following = text[nxt]
    lex = rules.lex
    if following in lex.terminals:
        return -1
    first = _word_after(text, nxt, unit_end)[:1] if following in _OPENERS else following
    mark = m.group()
    run, close = (mark, "") if len(mark) == 1 else _split_mark(mark, lex)
    if run != ".":
        if _ELLIPSIS in run or run.count(".") == len(run):
            return nxt if first.isupper() else -1
        if close and first.islower() and any(c in QUOTE_CLOSERS for c in close):
            return -1
        if not close and _word_after(text, nxt, unit_end) in lex.question_continuations:
            return -1  # an alternative question goes on: "Is it this? or that?"
        return nxt
    if close:  # "(see above.) then": a bracketed aside; '"It is." she said'
        if _caseless_letter(first) and _is_abbreviated(_word_before(text, unit_start, m.start()), rules):
            return nxt if _word_after(text, nxt, unit_end) in lex.sentence_starters else -1  # `(ش.م.ع.) أرباحا`
        return -1 if first.islower() else nxt
    word = _word_before(text, unit_start, m.start())
    if word and _is_abbreviated(word, rules):
        if word in rules.titles:
            return -1
        if following in _QUOTE_OPENERS and len(word) == 1 and _NICKNAME.match(text, nxt, unit_end) is None:
            return nxt  # a name's initial comes before no quotation but a nickname (`William J. “Bill” Clinton`):
            # `in a post on X. “Peaceful …`
        if word in rules.number_labels:  # (a one-letter label before another initial is one: `ت. س. إليوت`)
            return -1 if following.isdigit() or len(word) == 1 and _INITIAL.match(text, nxt) else nxt
        after = _word_after(text, nxt, unit_end).rstrip(",;:")
        if word.lower() in lex.time_abbreviations and after[:1].isupper() and after not in lex.time_qualifiers \
                and after.rstrip(lex.terminals + CLOSERS) not in lex.time_qualifiers:  # (`10 a.m. (CDT)`, `Friday.`)
            return -1 if _opens_with_time(text, unit_start, m.start() - len(word), lex) \
                or _word_after(text, nxt + len(after), unit_end).rstrip(lex.terminals + CLOSERS) in lex.zone_nouns \
                else nxt  # (`8:59 p.m. Arizona time`: a place's clock goes on with the time)
        year = _after_year(text, unit_start, m.start() - len(word), after, lex)  # (`عام 1950 م. وتوفي`)
        return nxt if after in lex.sentence_starters or year else -1
    if word.isdigit() and len(word) <= _LIST_NUMBER_DIGITS and m.start() - len(word) == unit_start:
        # a list number: "1. Preheat the oven"; four digits at the start of a line are a year
        return -1
    return nxt


def _after_year(text: str, unit_start: int, abbreviation: int, after: str, lex: Lexicon) -> bool:
    """Whether the abbreviation starting at `abbreviation` marks the era of a year before it (`عام 1950 م.`) and a
    clause its conjunction opens follows (`وتوفي`): the year ended the sentence."""
    return after[:1] in lex.coordinators and len(after) > _MIN_CLAUSE_WORD \
        and _YEAR.fullmatch(_word_before(text, unit_start, abbreviation).rstrip()) is not None


def _opens_with_time(text: str, unit_start: int, time: int, lex: Lexicon) -> bool:
    """Whether the clock time whose abbreviation starts at `time` follows a sentence starter and its number
    (`At 10 a.m. President Biden will speak`): a time that opens the sentence, whose subject follows it."""
    before = text[max(unit_start, time - _WORD_WINDOW):time].split()
    return len(before) >= 2 and before[-2] in lex.sentence_starters and before[-1][:1].isdigit()


def _holds_any(text: str, marks: tuple[str, ...] | str) -> bool:
    """Whether `text` holds one of `marks` (plain substring search, faster than a regex alternation)."""
    for mark in marks:
        if mark in text:
            return True
    return False


def _after_closing(text: str, closing: re.Match[str], end: int, sentences: list[Sentence], p_index: int) -> int:
    """Where the sentence that opens with a letter's closing (`Best regards,`, a match of `rules.closing`)
    really starts: after the closing, which becomes a sentence of its own when a name follows it."""
    nxt = spaces_end(text, closing.end(), end)
    if text[nxt].islower():
        return closing.start()
    sentences.append(Sentence(closing.start(), closing.end(), p_index, False))
    return nxt


def _after_trailer(text: str, cut: int, nxt: int, end: int) -> tuple[int, int]:
    """The sentence end and next start once a reference mark, emoticon or footnote number after the end
    at `cut` is given to the sentence; (-1, -1) when the mark closes the line."""
    if text[nxt] in _TRAILER_FIRST and (trailer := _TRAILER.match(text, nxt, end)):
        if trailer.end() >= end:
            return -1, -1
        if text[trailer.end()].isspace():
            return trailer.end(), spaces_end(text, trailer.end(), end)
    elif (note := _FOOTNOTE.match(text, nxt, end)) and text[note.end()].isupper():
        return nxt + len(note.group().rstrip()), note.end()
    return cut, nxt


def _stamp_parts(text: str, u_start: int, u_end: int, rules: _Rules) -> list[tuple[int, int]]:
    """The trimmed parts of a line cut after each mail header timestamp, and before it when it follows a
    name or address rather than a lower-case word (`Kay Mann 04/26/2001 07:17 AM Will you`, but `sent on
    08/16/2000 03:14 PM Steve`); [] when no timestamp cuts the line."""
    cuts, pos = [u_start], u_start
    if rules.header_stamp is None:
        return []
    while slash := _DATE_SLASH.search(text, pos, u_end):
        m = rules.header_stamp.match(text, max(u_start, text.rfind(" ", u_start, slash.start()) + 1), u_end)
        if m is None:
            pos = slash.end()
            continue
        if not _word_before(text, u_start, m.start())[:1].islower():
            cuts.append(m.start())
        cuts.append(m.end())
        pos = m.end()
    if len(cuts) == 1:
        return []
    cuts.append(u_end)
    parts = [span for span in (trim_whitespace(text, *cut) for cut in zip(cuts, cuts[1:])) if span[0] < span[1]]
    return parts if len(parts) > 1 else []


def _unit_sentences(text: str, line: str, u_start: int, p_index: int, rules: _Rules,
                    sentences: list[Sentence]) -> bool:
    """Append the sentences of one line (or hard-wrapped paragraph), `line`, which is `text` from `u_start`;
    False when it is one sentence, not appended, so that the caller can judge it as a heading. The line is
    split by `rules.split_dots` when it has no other terminal than the dot before its final run of marks
    (`_rare_before_tail`), else by `rules.split_any`.

    The split pieces are, per candidate, [text before it, a sure end's marks after its first, a sure end's
    spaces, an undecided candidate's marks after its first], then the rest of the line; offsets are running
    sums of their lengths. Undecided candidates are judged by `_next_start`. A line cut by mail header
    timestamps (`_stamp_parts`; a numeric date has a slash) is taken part by part."""
    u_end = u_start + len(line)
    if rules.header_stamp and "/" in line and (parts := _stamp_parts(text, u_start, u_end, rules)):
        for start, end in parts:
            if not _unit_sentences(text, text[start:end], start, p_index, rules, sentences):
                sentences.append(_sentence(Sentence, (start, end, p_index, False)))
        return True
    split = rules.split_dots
    for terminal in rules.rare_terminals:
        if terminal in line:
            if _rare_before_tail(line, rules):
                split = rules.split_any
            break
    pieces = split.split(line)
    n_pieces = len(pieces)
    s_start = u_start
    if line[0] in rules.closing_initials and rules.closing and (closing := rules.closing.match(text, u_start, u_end)):
        s_start = _after_closing(text, closing, u_end, sentences, p_index)
        if n_pieces == 1 and s_start == u_start:
            return False
    elif n_pieces == 1:
        return False
    append = sentences.append
    # A sure end leaves one group unmatched (None), an undecided candidate two.
    if s_start == u_start and pieces.count(None) * 4 == n_pieces - 1:  # sure ends only
        for i in range(0, n_pieces - 1, 4):  # (indexing beats unpacking a zip of four for a line's few candidates)
            end = s_start + len(pieces[i]) + 1 + len(pieces[i + 1])  # the first mark is one character
            append(_sentence(Sentence, (s_start, end, p_index, False)))
            s_start = end + len(pieces[i + 2])
        append(_sentence(Sentence, (s_start, u_end, p_index, False)))
        return True
    pos = u_start
    for piece, marks, spaces, other in zip(*[iter(pieces)] * 4):  # the rest of the line is left over
        mark = pos + len(piece)
        if other is None:  # a sure end
            cut = mark + 1 + len(marks)
            pos = cut + len(spaces)
            if mark >= s_start:
                append(_sentence(Sentence, (s_start, cut, p_index, False)))
                s_start = pos
            continue
        pos = mark + 1 + len(other)
        if mark < s_start:  # inside a mark already given to the previous sentence
            continue
        if pos >= u_end:
            break
        candidate = rules.candidate.match(text, mark, u_end)  # (the split pattern found it there)
        nxt = _next_start(text, candidate, u_start, u_end, rules) if candidate is not None else -1
        if nxt < 0:
            continue
        cut = pos
        if text[nxt] in _TRAILER_STARTS:
            cut, nxt = _after_trailer(text, cut, nxt, u_end)
            if cut < 0:
                break
        append(_sentence(Sentence, (s_start, cut, p_index, False)))
        s_start = nxt
        if text[nxt] in rules.closing_initials and rules.closing \
                and (closing := rules.closing.match(text, nxt, u_end)):
            s_start = _after_closing(text, closing, u_end, sentences, p_index)
    if s_start == u_start:
        return False
    append(_sentence(Sentence, (s_start, u_end, p_index, False)))
    return True


def _rare_before_tail(line: str, rules: _Rules) -> bool:
    """Whether `line` holds a terminal other than the dot before its final run of terminals and closers. A
    mark in that run has no whitespace or letter after it, so it is no candidate: a line whose rare
    terminals all lie there is cut by `split_dots` exactly as by `split_any`, and the dot's literal lets the
    regex engine skip ahead."""
    body = line.rstrip(rules.line_tail)
    for terminal in rules.rare_terminals:
        if terminal in body:
            return True
    return False


def _heading(text: str, line: str, rules: _Rules, sentences: list[Sentence], first_unit: bool,
             title: str | None) -> bool:
    """Whether a line that is one sentence is the given title, or a title or subheading: the paragraph's first
    line, not after a paragraph ending in a comma (`Yours,` / `Bill`), short, opening with a letter or digit,
    with no final punctuation (a numbered section title may end in `?`), mostly letters, with no comma unless
    it is the document's first line (headlines may), and no byline, date or dateline."""
    if title is not None and not sentences and line == title:
        return True
    last = line[-1]
    if not first_unit or not (last.isalnum() or last == ")") and (
            last not in rules.lex.terminals or not line[0].isdigit() or _SECTION_NUMBER.match(line) is None):
        return False  # most lines end in punctuation: this test answers
    if not line[0].isalnum() or len(line) > _HEADING_MAX_CHARS or line.count(" ") >= _HEADING_MAX_WORDS:
        return False
    if sentences and text[sentences[-1].end - 1] in COMMAS:
        return False
    words_only = line.replace(" ", "").isalpha()  # one C test: then no address, comma or digit to look for
    if not words_only and (_holds_any(line, _CONTACT) or (sentences and _holds_any(line, COMMAS))):
        return False
    if rules.non_heading is not None and rules.non_heading.match(line) is not None:
        return False
    if words_only:  # no digit, so letters win
        return True
    digits = sum(map(len, _DIGITS.findall(line)))  # last: a class of a Unicode category is slow per character
    return not digits or sum(map(len, _LETTERS.findall(line))) > digits


def segment(text: str, lang: str | None = None, title: str | None = None) -> list[Sentence]:
    """Split `text` into sentences; offsets index `text` itself. `lang` None: detected from the text."""
    rules = _rules(lang or detect_language(text))
    title = title.strip() if title else None
    sentences: list[Sentence] = []
    if "\n" not in text:  # one line, as a paragraph often comes: no paragraph or line bookkeeping
        line = text.strip()
        if line:
            u_start = 0 if line is text else len(text) - len(text.lstrip())
            if not _unit_sentences(text, line, u_start, 0, rules, sentences):
                u_end = u_start + len(line)
                heading = _heading(text, line, rules, sentences, True, title)
                sentences.append(_sentence(Sentence, (u_start, u_end, 0, heading)))
        return sentences
    for p_index, lines in enumerate(_paragraph_lines(text)):
        if len(lines) >= _WRAP_MIN_LINES and _is_hard_wrapped(lines, rules):
            lines = [(lines[0][0], lines[-1][1], text[lines[0][0]:lines[-1][1]])]
        elif len(lines) > 1:
            lines = _through_open_quotations(text, lines)
        first_unit = True
        for u_start, u_end, line in lines:
            if not _unit_sentences(text, line, u_start, p_index, rules, sentences):
                heading = _heading(text, line, rules, sentences, first_unit, title)
                sentences.append(_sentence(Sentence, (u_start, u_end, p_index, heading)))
            first_unit = False
    return sentences


def sentence_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every document (columns of `tables.SENTENCES`), built column by column."""
    doc_ids: list[str] = []
    indexes: list[int] = []
    texts: list[str] = []
    per_doc: list[Sentence] = []
    for doc_id, text, lang, title in documents[["doc_id", "text", "lang", "title"]].itertuples(index=False):
        sentences = segment(text, lang, title if isinstance(title, str) else None)
        doc_ids += [doc_id] * len(sentences)
        indexes += range(len(sentences))
        texts += [text[start:end] for start, end, _, _ in sentences]
        per_doc += sentences
    starts, ends, paragraphs, headings = zip(*per_doc) if per_doc else ((), (), (), ())
    return pd.DataFrame({
        "doc_id": pd.Series(doc_ids, dtype=object),
        "sentence_index": pd.Series(indexes, dtype="int32"),
        "paragraph_index": pd.Series(paragraphs, dtype="int32"),
        "char_start": pd.Series(starts, dtype="int64"),
        "char_end": pd.Series(ends, dtype="int64"),
        "text": pd.Series(texts, dtype=object),
        "is_heading": pd.Series(headings, dtype="bool"),
    })
