"""Direct quotations: the spans inside quote marks, paragraph by paragraph, for one language's mark pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.lexicon import APOSTROPHES, Lexicon
from transforms.spans import spaces_end, trim_whitespace

# A letter or digit, Arabic diacritics included: a mark touching one is an apostrophe or inside a word.
_LETTER = r"[\w\u064B-\u065F\u0670]"
_LETTER_AT = re.compile(_LETTER)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
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


@dataclass(frozen=True, slots=True, eq=False)  # (one of each, looked up by identity)
class _Alternative:
    """One way a quotation opens at a mark: closed on its line by its pair's closing mark (`pattern` matches it, its
    words the one group), or left open to the line end (`pattern` matches the opening mark; the words run on to the
    line end when no mark of `stops` follows it there)."""

    opening: str
    closing: str
    pattern: re.Pattern[str]
    closed: bool
    stops: tuple[str, ...] = ()
    # closed, in one mark that opens and closes alike: its words alone and what must follow them, to tell where a
    # match that failed read to
    words: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None


def _pair_alternatives(index: int, opening: str, closing: str, flipped: bool) -> list[_Alternative]:
    """The pair's quotation closed on its line, and left open to the paragraph end (not for a pair of apostrophes,
    which closes within its line)."""
    o, c = re.escape(opening), re.escape(closing)
    mark = o + _mark_not_after_letter(len(opening), glued=opening[0] not in APOSTROPHES, flipped=flipped)
    multiple = len(opening) > 1 or len(closing) > 1
    if multiple:  # `''` quotes (as in some US newspapers)
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
        pattern = f"{mark}(?=\\S)(?P<c{index}>{lazy}){c}(?!{_LETTER}){possessive}"
        return [_Alternative(opening, closing, re.compile(pattern), True)]
    # a mark of a pair that opens and closes alike, between a space and a letter, opens: it closes nothing
    # (`"وأوضحت الكيلة، أن "الاحتلال أطلق …`, a stray mark before)
    shape = f"(?:(?<!\\s{c})|(?!{_LETTER}))" if opening == closing else ""
    closed = re.compile(f"{mark}(?=\\s*\\S)(?P<c{index}>{body}){c}{shape}")
    alike = opening == closing and not multiple
    # Left open: runs to the paragraph end (the search stops there); another opening mark of its
    # style on the way is a closing mark typed the wrong way round (`“…,“ said Jim Clyburn`). Its words, up to the
    # line end, hold no closing mark (nor, in `''` quotes, an opening one): where the line's marks stand tells, where
    # a pattern would read to the line end from each mark of a line of marks left open.
    unclosed = re.compile(f"{mark}(?=\\s*{_LETTER})")
    stops = tuple(dict.fromkeys((opening, closing))) if multiple else (closing,)
    return [_Alternative(opening, closing, closed, True, (), re.compile(body) if alike else None,
                         re.compile(c + shape) if alike else None),
            _Alternative(opening, closing, unclosed, False, stops)]


@dataclass(frozen=True, slots=True)
class _Openings:
    """The ways a quotation opens at a mark, in the order they are tried."""

    # the first ones, closed, whose patterns read no further than the next mark of their pair that they cannot pair
    # (the nested pairs they read past are quotations of their own): tried at once, as one pattern
    direct: re.Pattern[str] | None
    first: tuple[_Alternative, ...]  # ... the same one by one
    rest: tuple[_Alternative, ...]  # then those tried only if the line's marks let them match
    alike: bool  # whether one of the first is in marks that open and close alike


@lru_cache(maxsize=None)
def _openings(pairs: tuple[tuple[str, str], ...], flipped: bool) -> dict[str, _Openings]:
    """The ways a quotation opens, by the first character of its mark: the pairs' in table order, save that of the
    pairs opened by one mark, every closed quotation comes before any open one: `” … ”` closed on its line is no
    Arabic-order `” …` left open to the paragraph end."""
    first_of: dict[str, int] = {}  # opening mark: index of its first pair
    ranked = []  # ((first pair of the opening, closed 0 / open 1), alternative)
    for i, (o, c) in enumerate(pairs):
        first = first_of.setdefault(o, i)
        ranked += [((first, 0 if alt.closed else 1), alt) for alt in _pair_alternatives(i, o, c, flipped)]
    ordered = [alt for _, alt in sorted(ranked, key=lambda r: r[0])]
    openings: dict[str, _Openings] = {}
    for char in {o[0] for o, _ in pairs}:
        alternatives = [alt for alt in ordered if alt.opening[0] == char]
        # an apostrophe pair's pattern reads on past apostrophes in words (`'It's …`), so to the line end if none
        # closes: not at once
        n = next((i for i, alt in enumerate(alternatives) if not alt.closed or alt.closing in APOSTROPHES),
                 len(alternatives))
        direct = "|".join(alt.pattern.pattern for alt in alternatives[:n])
        openings[char] = _Openings(re.compile(direct) if direct else None, tuple(alternatives[:n]),
                                   tuple(alternatives[n:]), any(alt.words for alt in alternatives[:n]))
    return openings


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


def _mixed_close(text: str, start: int, line: _Line, pairs: tuple[tuple[str, str], ...]) -> int | None:
    """The first closing mark on the line from `start` on typed onto punctuation (`,"`) with words after it on the
    line, unless a mark of its pair opened before it there: it closes that (`"… the “Mushroom Bill,” which …`)."""
    stop = line.first(_attached_closer_pattern(pairs), start)
    if stop is None or text[stop - 1] not in _MIXED_CLOSE_BEFORE or line.words_end() <= stop + 1:
        return None
    openers = {o for o, c in pairs if c == text[stop]}
    return None if any(o in text[start:stop] for o in openers) else stop


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every block between blank lines, untrimmed, covering the text."""
    bounds, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
    bounds.append((start, len(text)))
    return bounds


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
    if m is None or m.lastgroup is None:
        return None
    group = m.lastgroup  # (the group of the bracket pair that matched)
    s, e = trim_whitespace(text, m.start(group), m.end(group))
    if len(text[s:e].split()) < _MIN_BRACKET_WORDS:
        return None
    opening = lex.cue_brackets[int(group[1:])][0]
    return Quotation(m.start(group) - len(opening), s, e, m.end(), True, chain)


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


class _Line:
    """A line and where its marks stand, each looked up once however many marks it holds: found by the engine from
    each mark on, they would cost a line of many marks left open time quadratic in its length."""

    __slots__ = ("text", "start", "end", "unclosed", "_last", "_last_closing", "_first", "_words_end", "_next")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # marks alike whose words failed to close from a mark: (the words' start and end, the end of the marks
        # counted from their start, whether an odd number of them)
        self.unclosed: dict[_Alternative, tuple[int, int, int, bool]] = {}
        self._last: dict[str, int] = {}
        self._last_closing: dict[str, int] = {}
        self._first: dict[re.Pattern[str], tuple[int, int | None]] = {}  # pattern: (searched from, found)
        self._words_end = self._next = -1  # not looked up yet

    def match_first(self, alternatives: tuple[_Alternative, ...], pos: int) -> re.Match[str] | None:
        """The first of `alternatives` (closed ones, tried at once) that matches at `pos`, tried one by one to pass
        over one in marks alike known not to close from there."""
        for alt in alternatives:
            if alt.words is None or not self.known_unclosed(alt, pos):
                m = alt.pattern.match(self.text, pos, self.end)
                if m is not None:
                    return m
                self.note_unclosed((alt,), pos)
        return None

    def note_unclosed(self, alternatives: tuple[_Alternative, ...], pos: int) -> None:
        """Note, for those of `alternatives` in marks alike that failed to match at `pos`, where their words read to
        if they close nowhere: past the nested quotations in their marks (`"… "A" … "B" …`) to the line end, or to a
        mark of theirs that closes nothing."""
        for alt in alternatives:
            start = pos + len(alt.opening)
            # words that read past no nested quotation hold no mark to read them again from: the first mark after the
            # opening one must open one (after a space, before a letter)
            if alt.words is None or alt.after is None:
                continue
            nested = self.text.find(alt.opening, start, self.end)
            if nested < 0 or not self.text[nested - 1].isspace() \
                    or not _LETTER_AT.match(self.text, nested + 1, self.end):
                continue
            words = alt.words.match(self.text, start, self.end)
            if words is not None and words.end() > nested \
                    and (words.end() == self.end or not alt.after.match(self.text, words.end(), self.end)):
                self.unclosed[alt] = (start, words.end(), start, False)

    def known_unclosed(self, alt: _Alternative, pos: int) -> bool:
        """Whether `alt`, in marks alike, is known not to close from the mark at `pos` (marks come in order): words
        that failed to close read past it closing a nested quotation, where a match from it reads on the same way.
        Reading them again from each such mark would cost a line of them time quadratic in its length."""
        noted = self.unclosed.get(alt)
        if noted is None or not noted[0] <= pos < noted[1]:
            return False
        start, end, counted, odd = noted
        odd ^= self.text.count(alt.opening, counted, pos + 1) % 2 == 1  # the marks since the last mark asked about
        self.unclosed[alt] = (start, end, pos + 1, odd)
        return not odd  # the nested quotations' marks from the start alternate opening, closing

    def match(self, alt: _Alternative, pos: int) -> tuple[int, int, int] | None:
        """The start and end of the words of `alt`'s quotation opening at `pos`, and where it ends, or None; tried
        only if a mark after the opening one lets it match: when none does, its pattern would read to the line end.
        """
        after = pos + len(alt.opening)
        if alt.closed:
            if (self.last_closing(alt.closing) if alt.closing in APOSTROPHES else self.last(alt.closing)) < after:
                return None
            m = alt.pattern.match(self.text, pos, self.end)
            return None if m is None else (m.start(1), m.end(1), m.end())
        if any(self.last(stop) >= after for stop in alt.stops) or not alt.pattern.match(self.text, pos, self.end):
            return None
        return after, self.words_end(), self.end  # (the letter its pattern looks for is one of its words)

    def words_end(self) -> int:
        """The end of the line's last word (the line holds the mark asked about, so one)."""
        if self._words_end < 0:
            self._words_end = trim_whitespace(self.text, self.start, self.end)[1]
        return self._words_end

    def next_opens(self, opening: str) -> bool:
        """Whether the next non-blank line starts with `opening`: a quotation continued there (`“…` then `"…` is a
        quotation left open by mistake, then a new one)."""
        if self._next < 0:
            self._next = spaces_end(self.text, self.end)
        return self.text.startswith(opening, self._next)

    def first(self, pattern: re.Pattern[str], pos: int) -> int | None:
        """Where `pattern`, a test of a position that reads no further than the line, first matches on the line from
        `pos` on (None: nowhere): a search from a later mark reads nothing that the last search read past."""
        searched = self._first.get(pattern)
        if searched is not None and searched[0] <= pos and (searched[1] is None or pos <= searched[1]):
            return searched[1]
        m = pattern.search(self.text, pos, self.end)
        found = None if m is None else m.start()
        self._first[pattern] = (pos, found)
        return found

    def last(self, mark: str) -> int:
        """Where the line's last `mark` starts (-1: nowhere)."""
        found = self._last.get(mark)
        if found is None:
            found = self._last[mark] = self.text.rfind(mark, self.start, self.end)
        return found

    def last_closing(self, mark: str) -> int:
        """Where the line's last apostrophe `mark` that may close a quotation stands: one before a letter is in a word
        (`It's`)."""
        found = self._last_closing.get(mark)
        if found is None:
            found = self.last(mark)
            while found >= 0 and _LETTER_AT.match(self.text, found + 1, self.end):
                found = self.text.rfind(mark, self.start, found)
            self._last_closing[mark] = found
        return found


def find_quotations(text: str, lex: Lexicon) -> list[Quotation]:
    """Every quotation of `text` in order. A mark never pairs across a line break (news paragraphs are
    lines, blank-line separated or not), so an unpaired mark can swallow at most the rest of its paragraph.

    Opening marks are found with a character-set scan and each is matched in place: the engine never
    tries the pair patterns at positions that hold no mark, nor one that the line's marks rule out."""
    openings = _openings(lex.quote_pairs, lex.flipped_mark_spacing)
    openers = _opener_pattern(lex.quote_pairs, lex.flipped_mark_spacing)
    found: list[Quotation] = []
    pos = 0
    line_start = line_end = -1  # the line of the last candidate: looked up once per line, not per mark, and
    line, lead = None, -1  # where its marks and its first word stand, once a mark asks
    while True:
        candidate = openers.search(text, pos)
        if candidate is None:
            return found
        c = candidate.start()
        if c > line_end:
            line_start, line_end = text.rfind("\n", 0, c) + 1, text.find("\n", c)
            line_end = len(text) if line_end < 0 else line_end
            line, lead = None, -1
        opening = openings[text[c]]
        if line is not None and line.unclosed:
            m = line.match_first(opening.first, c)
        else:
            m = opening.direct.match(text, c, line_end) if opening.direct else None
            if m is None and opening.alike:  # not to read the words of marks alike again from marks they read past
                if line is None:
                    line = _Line(text, line_start, line_end)
                line.note_unclosed(opening.first, c)
        if m is not None:
            closed, group = True, m.lastgroup
            assert group is not None  # a closed alternative's pattern captures its words in a named group
            s, e, pos = m.start(group), m.end(group), m.end()
        else:
            for alt in opening.rest:
                if line is None:
                    line = _Line(text, line_start, line_end)
                matched = line.match(alt, c)
                if matched is not None:
                    break
            else:
                pos = c + 1
                continue
            closed, (s, e, pos) = alt.closed, matched
        s, e = trim_whitespace(text, s, e)
        if e <= s:
            continue
        if lead < 0:
            lead = spaces_end(text, line_start, line_end)
        opens_line = c <= lead
        close_end = pos if closed else line_end
        if not closed and line is not None:  # (left open: a line was read)
            # Left open in a paragraph that the next one does not continue (`“good citizen,"`): a typo; it ends at
            # the next closing mark of any style (one typed onto the last word, `“… don’t."`, first), or else runs
            # on over its sentences to its line's end (`وأضاف “اليوم أقول … فخورة. أقول …`). In one that the next
            # seems to continue, a closing mark of another style typed onto a comma or a full stop, with words after
            # it on the line, ends it all the same (`“This is just the start," Brooks said.`, then `“I’m actually
            # pleased …`): a paragraph of a quotation running on holds no attribution.
            continued = line.next_opens(alt.opening)
            if continued:
                stop = _mixed_close(text, s, line, lex.quote_pairs)
            else:
                stop = line.first(_attached_closer_pattern(lex.quote_pairs), s)
                if stop is None:
                    stop = line.first(_stray_end_pattern(lex.quote_pairs), s)
            if stop is not None:
                s, e = trim_whitespace(text, s, stop)
                close_end = pos = stop + 1  # past the closing mark of another style that ends it (`“…,"`)
                closed = True
            elif not opens_line and not continued:
                closed = True
        if closed and _is_nickname(text, c, s, e, close_end):
            continue
        previous = found[-1] if found else None
        continues = previous is not None and not previous.closed and opens_line \
            and not text[previous.close_end:c].strip()
        chain = previous.chain if continues and previous is not None else (previous.chain + 1 if previous else 0)
        found.append(Quotation(c, s, e, close_end, closed, chain))
