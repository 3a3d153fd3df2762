"""Direct quotations: the spans inside quote marks, paragraph by paragraph, for one language's mark pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.lexicon import APOSTROPHES, Lexicon
from transforms.spans import blank_between, trim_whitespace

# A letter or digit, Arabic diacritics included: a mark touching one is an apostrophe or inside a word.
_LETTER = r"[\w\u064B-\u065F\u0670]"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_NEXT_LINE = re.compile(r"\s*")
_PUNCTUATION_AFTER_CLOSE = ",،.؛;"  # after a mark, these make it a closing mark


def _mark_not_after_letter(width: int, glued: bool = False, flipped: bool = False) -> str:
    """Before an opening mark: a letter makes it an apostrophe, save the tatweel of an Arabic proclitic written apart
    from a quotation (`بـ«التاريخي»`, `لـ«رويترز»`). The test looks back from after the mark, `width` characters: a
    pattern that starts with the mark lets the engine skip other characters and other marks on their first one.
    A mark that is no apostrophe (`glued`) also opens between two letters, typed without its space (`وتابع”لن …”`),
    and, where the language's news types its space on the wrong side (`flipped`), before a space (`واضاف" لا …"`)."""
    after = "." * width
    spaced = f"(?<![^\\W\\u0640]{after})(?<![\\u064B-\\u065F\\u0670]{after})"
    if not glued:
        return spaced
    space = "[^\\S\\n]?" if flipped else ""
    return f"(?:{spaced}|(?={space}{_LETTER}))"


@dataclass(slots=True)
class Quotation:
    """The words between an opening and a closing mark (marks excluded); `closed` is False when the
    quotation runs to its paragraph end, as the paragraphs of a multi-paragraph quotation do."""

    open_mark: int  # offset of the opening mark
    start: int
    end: int
    close_end: int  # offset after the closing mark (the paragraph end when open)
    closed: bool
    chain: int  # quotations of one multi-paragraph quotation share a chain number


def _pair_patterns(index: int, opening: str, closing: str, flipped: bool) -> tuple[str, str | None]:
    """The pair's quotation closed on its line, and left open to the paragraph end (None: a pair of apostrophes
    closes within its line)."""
    o, c = re.escape(opening), re.escape(closing)
    mark = o + _mark_not_after_letter(len(opening), glued=opening[0] not in APOSTROPHES, flipped=flipped)
    if len(opening) > 1 or len(closing) > 1:  # `''` quotes (as in some US newspapers)
        body = f"(?:(?!{o}|{c})[\\s\\S])+"
    elif opening == closing:  # one nested in its own style opens after a space and closes before no letter: `"…
        # برنامج "تكافل وكرامة" يغطي …"` (a mark after a letter closes the quotation: `"A" و"B"` are two)
        body = f"(?:[^{o}]++|(?<=\\s){o}(?={_LETTER})[^{o}\n]*+(?<=\\S){o}(?!{_LETTER}))++"
    else:  # a quotation nested in its own style: `“… what he calls “hell” than …”`; an opening mark before a
        # comma or full stop opens nothing: it closes, typed the wrong way round (`… الجاسية “، مشيرا`)
        body = f"(?:[^{o}{c}]++|{o}(?![{_PUNCTUATION_AFTER_CLOSE}])[^{o}{c}\n]*+{c})++"  # possessive: no backtracking
    if closing in APOSTROPHES:
        # Closed within the line; an apostrophe inside a word does not close it.
        exclude = re.escape(opening if opening == closing else opening + closing)
        lazy = f"(?:[^{exclude}\\n]|{c}(?={_LETTER})|(?<=s){c}(?= [a-z]))+?"
        # a plural's possessive closes nothing when a mark further on the line, with no opening mark between, can:
        # `‘It’s the players’ decision and we respect it,’ he said` (but `‘crooks’ and ‘thieves’` close twice)
        possessive = f"(?!(?<=s{c}) [a-z][^{o}\\n]*?{c}(?!{_LETTER}))"
        return f"{mark}(?=\\S)(?P<c{index}>{lazy}){c}(?!{_LETTER}){possessive}", None
    # a mark of a pair that opens and closes alike, between a space and a letter, opens: it closes nothing
    # (`"وأوضحت الكيلة، أن "الاحتلال أطلق …`, a stray mark before)
    shape = f"(?:(?<!\\s{c})|(?!{_LETTER}))" if opening == closing else ""
    closed = f"{mark}(?=\\s*\\S)(?P<c{index}>{body}){c}{shape}"
    # Left open: runs to the paragraph end (the search stops there); another opening mark of its
    # style on the way is a closing mark typed the wrong way round (`“…,“ said Jim Clyburn`).
    open_body = body if len(opening) > 1 or len(closing) > 1 else f"[^{c}]+"
    unclosed = f"{mark}(?=\\s*{_LETTER})(?P<u{index}>{open_body})\\Z"
    return closed, unclosed


@lru_cache(maxsize=None)
def quotation_pattern(pairs: tuple[tuple[str, str], ...], flipped: bool = False) -> re.Pattern[str]:
    """The pairs' patterns in table order, save that of the pairs opened by one mark, every closed quotation comes
    before any open one: `” … ”` closed on its line is no Arabic-order `” …` left open to the paragraph end."""
    first_of = {}  # opening mark: index of its first pair
    alternatives = []  # (first pair of the opening, closed 0 / open 1, pattern)
    for i, (o, c) in enumerate(pairs):
        first = first_of.setdefault(o, i)
        closed, unclosed = _pair_patterns(i, o, c, flipped)
        alternatives += [(first, 0, closed)] + ([(first, 1, unclosed)] if unclosed is not None else [])
    return re.compile("|".join(pattern for _, _, pattern in sorted(alternatives, key=lambda a: a[:2])))


@lru_cache(maxsize=None)
def _opener_pattern(pairs: tuple[tuple[str, str], ...], flipped: bool) -> re.Pattern[str]:
    """Where a quotation may open: a mark of the pairs not after a letter (every pair pattern starts so),
    so that the scan passes over apostrophes in words (`Trump's`) without trying the pair patterns."""
    # the mark first, then the look back past it: a pattern that starts with its character set is
    # scanned for at C speed
    firsts = {o[0] for o, _ in pairs}
    glued = _mark_not_after_letter(1, glued=True, flipped=flipped)
    apostrophes = "".join(sorted(firsts & set(APOSTROPHES)))
    if apostrophes:  # one character set first still: an apostrophe (looked back at) keeps the stricter test
        glued = f"(?:(?<![{re.escape(apostrophes)}]){glued}|{_mark_not_after_letter(1)})"
    return re.compile(f"[{re.escape(''.join(sorted(firsts)))}]{glued}")


@lru_cache(maxsize=None)
def _stray_end_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """Right before a closing mark of any of the pairs' styles."""
    single = {c for _, c in pairs if len(c) == 1}
    closers = f"(?=[{re.escape(''.join(sorted(single - set(APOSTROPHES))))}])"
    if single & set(APOSTROPHES):  # an apostrophe closes only when no letter touches it: not `It's`, `Jones'`
        closers += f"|(?<!{_LETTER})(?=[{re.escape(''.join(sorted(single & set(APOSTROPHES))))}](?!{_LETTER}))"
    return re.compile(closers)


@lru_cache(maxsize=None)
def _attached_closer_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A closing mark (no apostrophe) right after a word or punctuation, as closing marks are typed: `don’t."`."""
    single = {c for _, c in pairs if len(c) == 1} - set(APOSTROPHES)
    return re.compile(f"(?<=\\S)(?=[{re.escape(''.join(sorted(single)))}])")


@lru_cache(maxsize=None)
def mark_characters(pairs: tuple[tuple[str, str], ...]) -> str:
    return "".join(sorted({m for pair in pairs for m in pair}))


_MIXED_CLOSE_BEFORE = ",.?!،؟"


def _mixed_close(text: str, start: int, line_end: int, pairs: tuple[tuple[str, str], ...]) -> re.Match[str] | None:
    """The first closing mark in text[start:line_end] typed onto punctuation (`,"`) with words after it on the line,
    unless a mark of its pair opened before it there: it closes that (`"… the “Mushroom Bill,” which …`)."""
    stop = _attached_closer_pattern(pairs).search(text, start, line_end)
    if stop is None or text[stop.start() - 1] not in _MIXED_CLOSE_BEFORE or not text[stop.start() + 1:line_end].strip():
        return None
    mark = text[stop.start()]
    openers = {o for o, c in pairs if c == mark}
    return None if any(o in text[start:stop.start()] for o in openers) else stop


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every block between blank lines, untrimmed, covering the text."""
    bounds, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
    bounds.append((start, len(text)))
    return bounds


def _next_line_opens(text: str, line_end: int, opening: str) -> bool:
    """Whether the next non-blank line starts with the same opening mark: a quotation continued there
    (`“…` then `"…` is a quotation left open by mistake, then a new one)."""
    m = _NEXT_LINE.match(text, line_end)
    return m is not None and text.startswith(opening, m.end())


def _opening_of(m: re.Match[str], pairs: tuple[tuple[str, str], ...]) -> str:
    """The opening mark of the pair whose group matched (groups are named c<i> / u<i> by pair index)."""
    return pairs[int(m.lastgroup[1:])][0]


_MIN_BRACKET_WORDS = 3  # fewer words in brackets after a verb are an aside: وقال (مازحا)


@lru_cache(maxsize=None)
def _bracket_pattern(brackets: tuple[tuple[str, str], ...], terminals: str) -> re.Pattern[str]:
    """Brackets right after a reporting verb (a colon may stand between), closed on their line and ending their
    sentence: a terminal or the line's end follows the closing bracket."""
    pairs = "|".join(f"{re.escape(o)}(?P<b{i}>[^{re.escape(o + c)}\\n]+){re.escape(c)}"
                     for i, (o, c) in enumerate(brackets))
    return re.compile(f"[^\\S\\n]*:?[^\\S\\n]*(?:{pairs})(?=[^\\S\\n]*(?:[{re.escape(terminals)}]|$))", re.M)


def bracket_quotation(text: str, pos: int, lex: Lexicon, chain: int) -> Quotation | None:
    """The quotation in the language's `cue_brackets` right after `pos`, where a reporting verb ends, or None."""
    m = _bracket_pattern(lex.cue_brackets, lex.terminals).match(text, pos)
    if m is None:
        return None
    s, e = trim_whitespace(text, m.start(m.lastgroup), m.end(m.lastgroup))
    if len(text[s:e].split()) < _MIN_BRACKET_WORDS:
        return None
    opening = lex.cue_brackets[int(m.lastgroup[1:])][0]
    return Quotation(m.start(m.lastgroup) - len(opening), s, e, m.end(), True, chain)


_MAX_NICKNAME_WORDS = 2
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]++\.? \Z")  # a word and one space before the opening mark
_NAME_AFTER = re.compile(r" [^\W\d_][\w'’.-]*[^\S\n]*(.)")  # past the closing mark: a word and what follows it


def _is_nickname(text: str, open_mark: int, start: int, end: int, close_end: int) -> bool:
    """`Thomas "Jay" Field, a spokesman`, `Dwayne "The Rock" Johnson said`: a capitalised word or two in marks
    between two capitalised words, the sentence going on in lower case or punctuation, are part of a name, no
    quotation. In a title-case headline the word after goes on capitalised (`Trump Was ‘Mocking’ Clinton Camp`); a
    caseless script has no such names."""
    if close_end + 1 >= len(text) or text[close_end] != " " or not text[close_end + 1].isupper():
        return False  # (the cheap test first: most quotations are not followed by a capitalised word)
    words = text[start:end].split()
    if not 0 < len(words) <= _MAX_NICKNAME_WORDS or not all(w[0].isupper() for w in words):
        return False
    before = _NAME_BEFORE.search(text, max(0, open_mark - 30), open_mark)
    after = _NAME_AFTER.match(text, close_end)
    return before is not None and text[before.start()].isupper() and after is not None \
        and not text[after.start(1)].isupper() and text[after.start(1)] != "\n"


def find_quotations(text: str, lex: Lexicon) -> list[Quotation]:
    """Every quotation of `text` in order. A mark never pairs across a line break (news paragraphs are
    lines, blank-line separated or not), so an unpaired mark can swallow at most the rest of its paragraph.

    Opening marks are found with a character-set scan and each is matched in place: the engine never
    tries the pair patterns at positions that hold no mark."""
    pattern = quotation_pattern(lex.quote_pairs, lex.flipped_mark_spacing)
    openers = _opener_pattern(lex.quote_pairs, lex.flipped_mark_spacing)
    found: list[Quotation] = []
    pos = 0
    line_start = line_end = -1  # the line of the last candidate: looked up once per line, not per mark
    while True:
        candidate = openers.search(text, pos)
        if candidate is None:
            return found
        c = candidate.start()
        if c > line_end:
            line_start, line_end = text.rfind("\n", 0, c) + 1, text.find("\n", c)
            line_end = len(text) if line_end < 0 else line_end
        m = pattern.match(text, c, line_end)
        if m is None:
            pos = c + 1
            continue
        pos = m.end()
        group = m.lastgroup
        s, e = trim_whitespace(text, m.start(group), m.end(group))
        if e <= s:
            continue
        closed = group[0] == "c"
        opens_line = blank_between(text, line_start, c)
        close_end = m.end() if closed else line_end
        if not closed:
            # Left open in a paragraph that the next one does not continue (`“good citizen,"`): a typo; it ends at
            # the next closing mark of any style (one typed onto the last word, `“… don’t."`, first), or else runs
            # on over its sentences to its line's end (`وأضاف “اليوم أقول … فخورة. أقول …`). In one that the next
            # seems to continue, a closing mark of another style typed onto a comma or a full stop, with words after
            # it on the line, ends it all the same (`“This is just the start," Brooks said.`, then `“I’m actually
            # pleased …`): a paragraph of a quotation running on holds no attribution.
            continued = _next_line_opens(text, line_end, _opening_of(m, lex.quote_pairs))
            stop = _mixed_close(text, s, line_end, lex.quote_pairs) if continued else (
                _attached_closer_pattern(lex.quote_pairs).search(text, s, line_end)
                or _stray_end_pattern(lex.quote_pairs).search(text, s, line_end))
            if stop is not None:
                s, e = trim_whitespace(text, s, stop.start())
                close_end = pos = stop.start() + 1  # past the closing mark of another style that ends it (`“…,"`)
                closed = True
            elif not opens_line and not continued:
                closed = True
        if closed and _is_nickname(text, c, s, e, close_end):
            continue
        previous = found[-1] if found else None
        continues = previous is not None and not previous.closed and opens_line \
            and not text[previous.close_end:c].strip()
        chain = previous.chain if continues else (previous.chain + 1 if previous else 0)
        found.append(Quotation(c, s, e, close_end, closed, chain))
