"""Reporting cues (said, according to, قال, بحسب ...) and the speaker mention each one names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar
from functools import lru_cache

from transforms.lexicon import APOSTROPHES, CLOSERS, COMMAS, DATELINE, QUOTE_CLOSERS, QUOTE_PAIRS, TATWEEL, Lexicon
from transforms.patterns import trie_pattern
from transforms.spans import at_text_start, line_end, spaces_end, trim_whitespace

# A space inside a cue phrase matches any run of whitespace, line breaks included.
_SPACES = r"\s+"

T = TypeVar("T")
LETTERS = _LETTERS = r"\w\u064B-\u065F\u0670\u0640"
WORD = re.compile(f"[{_LETTERS}]+(?:[.'’-][{_LETTERS}]+)*")
# Punctuation that ends a speaker mention or separates an attribution from its content.
CLAUSE_PUNCT = ",،؛;:.!?؟()[]"
TERMINALS = ".!?؟"
MAX_SPEAKER_WORDS = 9
_TITLED_NAME_WORDS = 3  # words more that a caseless subject with a title may run to: the name after a long title
_MAX_INTRO_WORDS = 8  # an introductory phrase before a sentence's subject: `On the same day as the rally,`


@dataclass(slots=True)  # not frozen: a frozen dataclass pays for object.__setattr__ per field
class Cue:
    start: int
    end: int
    phrase: bool  # according to / بحسب: names a source, no verb
    subjectless: bool  # مضيفا / adding: reports for the subject of its main clause
    speaker: tuple[int, int] | None  # the explicit subject, when the text names one
    region_start: int  # the attribution (speaker and cue) spans region_start..region_end
    region_end: int
    quotation_only: bool = False  # a noun-like form (`states`): attributes quotations, opens no clause
    relayed: tuple[int, int] | None = None  # the source a relaying cue passes on: `ونقلت الوكالة عن [المصدر] قوله`
    embedded: bool = False  # its subject follows a complementizer: a verb inside another report (`قال X إن Y أكد`)
    relative: bool = False  # it opens a relative clause about a noun (`ببيان ختامي أكد`): its subject goes on to a
    # later cue only through the quote it reports
    form: str = ""  # the cue as the language's tables list it (`_norm`): lower case, no diacritics, single spaces
    negated: bool = False  # after a negation (`ولم يذكر المصدر`): reports no content; its subject still carries on
    hedge: bool = False  # a source phrase on the speaker's own words (`حسب قوله`): an attribution only where none other is
    # where the cue as written ends when a saying participle folded into it follows with no subject between: the
    # reporting expression `وعلق عليه قائلا`, `وتابع قائلا`
    saying_end: int | None = None
    # where a relayed source, not the relaying subject, speaks, the quote's cue (its speaker `relayed`): the saying
    # noun after the source (`ونقلت الوكالة عن المصدر [قوله] إن …`), or the verb when a colon gives the source's words
    # (`[ونقلت] الوكالة عن بيسكوف: «…»`)
    saying: tuple[int, int] | None = None
    passive: bool = False  # a participle after a passive auxiliary (`Sanders was asked`): its subject does not speak
    governed: bool = False  # a noun a preposition governs (`amid reports that …`): agentless, and inside a clause


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """Cache what `build` derives from a language table, keyed by the table's identity: the tables
    are module-level constants, and hashing a dataclass of big frozensets on every call costs more
    than the lookup it saves."""
    cache: dict[int, tuple[Lexicon, T]] = {}
    last: tuple[Lexicon, T] | None = None  # the last hit, one test for most calls (one object: safe across threads)

    def cached(lex: Lexicon) -> T:
        nonlocal last
        hit = last
        if hit is None or hit[0] is not lex:
            hit = cache.get(id(lex))
            if hit is None or hit[0] is not lex:
                hit = cache[id(lex)] = (lex, build(lex))
            last = hit
        return hit[1]

    return cached


def _cue_body(lex: Lexicon, stretch: str) -> tuple[str, str]:
    """The cue alternatives (named groups `word`, `clitic`), their words stretched with `stretch` or not, and the
    characters they can start with."""
    words = sorted((lex.cue_verbs | lex.cue_phrases | lex.preposition_cues | lex.responsibility_cues
                    | lex.thanking_cues) - lex.clitic_phrases)
    words = sorted(set(words) | {w[0].upper() + w[1:] for w in words})  # sentence-initial forms

    def trie(table: Iterable[str]) -> str:
        return trie_pattern(table, space=_SPACES, marks=lex.diacritics, stretch=stretch)
    # (a hyphen and a letter after it make a compound: `thank-you notes`)
    body = f"(?P<word>{trie(words)})(?![{_LETTERS}]|-[{_LETTERS}])"
    if lex.clitic_phrases:
        body += f"|(?P<clitic>{trie(sorted(lex.clitic_phrases))})"
    initials = "".join(sorted({w[0] for w in words} | {p[0] for p in lex.clitic_phrases}))
    return body, initials


def _cue_regex(lex: Lexicon, stretch: str) -> re.Pattern[str]:
    """Cue words and phrases, each preceded by the non-letter before it (the text start aside).

    Matching the preceding character instead of asserting a word boundary lets the engine jump
    between word starts with its fast character-set scan, and the lookahead rejects word starts
    no cue begins with in one test: three times faster than `\\b(?:…)` on PolNeAR.
    """
    body, initials = _cue_body(lex, stretch)
    before = _BEFORE_CUE if lex.speaker_determiners else _BEFORE_CUE + "-"
    return re.compile(f"[{re.escape(before)}](?=[{re.escape(initials)}])(?:{body})")


@per_lexicon
def cue_pattern(lex: Lexicon) -> re.Pattern[str]:
    """`_cue_regex`, its words also matched as the language stretches them (`وقـــال`)."""
    return _cue_regex(lex, lex.stretch)


@per_lexicon
def _unstretched_cue_pattern(lex: Lexicon) -> re.Pattern[str]:
    """`_cue_regex` for a text that stretches no word, most texts: a third faster than `cue_pattern` in Arabic."""
    return _cue_regex(lex, "")


def _stretches_a_word(text: str, stretch: str) -> bool:
    """Whether `stretch` stands between two letters of `text` (a substring search: most such characters in Arabic
    news set a proclitic apart, `لـ"…"`, and a regex's lookbehind would scan every character for them)."""
    at = text.find(stretch) if stretch else -1
    while at >= 0:
        end = at + 1
        while text.startswith(stretch, end):
            end += 1
        if at and text[at - 1].isalpha() and end < len(text) and text[end].isalpha():
            return True
        at = text.find(stretch, end)
    return False


# What may stand right before a cue word: space, a bracket or mark, a dash, punctuation (a dateline's closing bracket
# may be typed onto the verb: `{بغداد: الفرات نيوز}دعا`). A short positive set (not "any non-letter") lets the
# engine skip the other characters with a bitmap test, 30% faster; a hyphen, an apostrophe or markup (`so-called`,
# `O'Said`, `<tweet`) are left out. A caseless
# language writes no such compounds: there a hyphen may join a dateline to the first word (`الوكيل الإخباري-نقلت`).
_BEFORE_CUE = " \n\t\r\xa0\u2028([{)]}\"“”‘«»‹›„―—–…,.;:!?،؛"


@per_lexicon
def _cue_at_start(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_cue_body(lex, lex.stretch)[0])


def cue_matches(text: str, lex: Lexicon, quoted: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The match of every cue outside the `quoted` spans (sorted, disjoint) in text order; its
    `lastgroup` (`word`, `clitic`) holds the cue. Quotations are the quoted speaker's own words and a
    third of news text: the scan skips them instead of dropping their matches one by one."""
    found = []
    if not quoted or quoted[0][0] > 0:
        first = _cue_at_start(lex).match(text)
        if first is not None:
            found.append(first)
    pattern = cue_pattern(lex) if _stretches_a_word(text, lex.stretch) else _unstretched_cue_pattern(lex)
    pos = 0
    for start, end in quoted:
        if start > pos:
            found += pattern.finditer(text, pos, start)
        pos = max(pos, end)  # the closing mark at `end` is the character before a cue: `,” said`
    found += pattern.finditer(text, pos)
    return found


_BREAK_CHARS = re.compile("[;؛:,،―—–-]")
# a dash with spaces around it, not a hyphen or en dash between two numbers, a range (`2025 - 2026`, `200 – 500 ملم`)
_SPACED_DASH = re.compile(r"(?<=\s)(?!(?<=\d\s)[–-]\s\d)[―—–-]{1,2}(?=\s)")


def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(f"\\s*(?:{trie_pattern(sorted(words), space=_SPACES)})(?![{_LETTERS}])", re.IGNORECASE)


@per_lexicon
def _break_words(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The clause-break words, and those that end a clause a complementizer opened."""
    return _words_pattern(lex.clause_breaks), _words_pattern(lex.clause_breaks - lex.clause_continuations)


def clause_break_match(text: str, pos: int, end: int, lex: Lexicon, clausal: bool = False) -> re.Match[str] | None:
    """The word of the language's clause-break table (`but`, `even as`, `بينما`) that starts at `pos`, spaces before
    it included; after a complementizer's clause (`clausal`), not one of its `clause_continuations`."""
    words = _break_words(lex)[clausal]
    return words.match(text, pos, end) if words is not None else None


def opens_clause_break(text: str, pos: int, end: int, lex: Lexicon, clausal: bool = False) -> bool:
    return clause_break_match(text, pos, end, lex, clausal) is not None


# What a colon may introduce inside a clause: a list of short items (`مناطق: العوينات، تهالا، غات`, `three states:
# Ohio, Florida, …`), the clause's own words, which it does not end.
_ENUMERATION = re.compile(f"(?:\\s*[{_LETTERS}\\d]+(?:\\s+[{_LETTERS}\\d]+){{0,2}}\\s*[,،]){{3}}")


# A colon ends a reported clause before a quotation (`said: “…”`) and in a title or subheading, whose colon sets
# off its source or a second part (`… for interest rates: treasurer`, `الرئاسة تدين التصعيد …: يجر المنطقة …`);
# elsewhere, before words or a figure, it goes on with it (`it falls flat for one reason: The pride …`, `خنيفرة: 3.5
# هكتارات`). (Gold contents hold such a colon about four times as often as they end before it.)
_QUOTATION_NEXT = re.compile("\\s*[\"“”«»‘’'„‹›]")


def _in_heading_line(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether `pos` lies on a short line with no terminal mark at its end (closing marks aside): a title or
    subheading, not a list's lead-in (`بحق كل من: …`)."""
    start = text.rfind("\n", max(0, pos - _MAX_HEADING_CHARS), pos) + 1
    end = text.find("\n", pos, pos + _MAX_HEADING_CHARS)
    if start == 0 and pos > _MAX_HEADING_CHARS or end < 0 and len(text) > pos + _MAX_HEADING_CHARS:
        return False  # a line longer than any heading (looked for so far only: a long line costs no more)
    line = text[start:end if end >= 0 else len(text)].rstrip().rstrip(CLOSERS)
    return not _ends_sentence(line, lex) and line.count(" ") < _MAX_HEADING_WORDS


_MAX_HEADING_WORDS = 16
_MAX_HEADING_CHARS = 1_000


def _announces_list(text: str, colon: int, floor: int, lex: Lexicon) -> bool:
    """Whether the word before a colon announces what follows it as the clause's own (`توزعت كالآتي:`, `as
    follows:`): the colon ends nothing."""
    before = word_right_before(text, colon, floor)
    return before is not None and before.group(1).lower() in lex.list_announcers


_MAX_ASIDE_COMMAS = 4  # a relative aside may hold a list: `which hosted Long, Byrne and Lee in 2008,`


_CLOCK_COLON = re.compile(r"\d:\d")


def _relative_aside_end(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """Where a relative clause set off by commas inside a reported clause ends (`the fire, which has burnt 9400ha,
    had shown …`): its closing comma, when the clause's predicate goes on after it with a finite form; the commas of
    a list inside the aside come before it (`the centre, which hosted Long, Byrne and Lee, would reopen`)."""
    words = words_in(text, pos, min(end, pos + 40), 1)
    if not words or text[words[0][0]:words[0][1]].lower() not in lex.relative_pronouns:
        return None
    start = words[0][1]
    for _ in range(_MAX_ASIDE_COMMAS):
        comma = text.find(",", start, end)
        after = words_in(text, comma + 1, min(end, comma + 40), 1) if comma >= 0 else []
        if not after or any(not _CLOCK_COLON.match(text, m.start() - 1)
                            for m in _BREAK_CHARS.finditer(text, start, comma)):
            return None  # (a clock's colon breaks nothing: `which runs from 09:00 BST on Thursday`)
        following = text[after[0][0]:after[0][1]]
        if following.islower() and (finite_form(following, lex) or following in lex.irregular_pasts):
            return comma + 1  # (or with its verb: `the alert, which runs from … until …, meant there were …`)
        start = comma + 1
    return None


def clause_break(text: str, start: int, end: int, lex: Lexicon, skip: Callable[[int], bool],
                 clausal: bool = False) -> int | None:
    """Where a reported clause ends inside its sentence: at `; `, `: ` (the language's `clause_break_marks`; a colon
    only before a quotation or in a title), a spaced dash, or a comma and a word of the language's clause-break table
    (`, but`; `clausal` as in `opens_clause_break`), save a coordinator that joins a second clause of the report (`,
    but that …`) and a relative clause set off inside it (`the fire, which has burnt 9400ha, had shown`); positions
    where skip(pos) holds do not count.
    Candidates come from a character-set scan, so the content is not matched position by position."""
    aside_end = start
    for m in _BREAK_CHARS.finditer(text, start, end):
        p = m.start()
        if p < aside_end:
            continue
        ch = text[p]
        after, quoted = p + 1, False
        if ch in ",،" and skip(p):  # `said it was "a terrible mistake," although …`: a comma typed inside the
            if not lex.quoted_clause_breaks:  # closing mark, before a word of `quoted_clause_breaks`, breaks after
                continue  # the mark
            while after < end and text[after] in QUOTE_CLOSERS:
                after += 1
            if after == p + 1 or skip(after):
                continue
            p, quoted = after, True
        if ch in ",،":
            brk = clause_break_match(text, after, end, lex, clausal)
            if quoted and brk is not None and (word := brk.group().strip().lower()) not in lex.quoted_clause_breaks \
                    and not (word in lex.contrast_links and _participle_follows(text, brk.end(), end, lex)):
                continue  # (`said she was "…," while trying to explain …`: the saying's adjunct, not the report's)
            hit = brk is not None and not (brk.group().strip().lower() in lex.coordinators and (
                complementizer_follows(text, brk.end(), end, lex)
                or _word_follows(text, brk.end(), end, lex.finite_auxiliaries)
                or _negated_auxiliary_follows(text, brk.end(), end, lex)))  # (`, but hasn’t decided …`)
            # (`said X, but that Y`, `said she did X, but has not decided`: a coordinator before a complementizer, or
            # before an auxiliary whose subject is the report's, joins a second clause of the report)
            if hit and lex.finite_auxiliaries and (aside := _relative_aside_end(text, after, end, lex)):
                aside_end, hit = aside, False
            if brk is None and not quoted and lex.quoted_clause_breaks and text[max(0, p - 3):p].rstrip()[-1:] in \
                    QUOTE_CLOSERS and _word_follows(text, after, end, lex.quoted_clause_breaks):
                hit = True  # `قال إن "…"، وهي الخطة نفسها التي …`: the writer's comment after the quoted words
            elif brk is None and quoted and _participle_follows(text, after, end, lex) \
                    and text[after:end].lstrip()[:1].islower():  # (not a title's word: `''The Exorcist,'' ''Taken''`)
                hit = True  # `called Cruz the "ultimate hypocrite," linking to a story …`: the writer's, on the saying
        elif ch in lex.clause_break_marks:
            hit = p + 1 < len(text) and text[p + 1].isspace() and _ENUMERATION.match(text, p + 1, end) is None \
                and not _announces_list(text, p, start, lex) and (
                    ch != ":" or _QUOTATION_NEXT.match(text, p + 1, end) is not None or _in_heading_line(text, p, lex))
        else:
            dash = _SPACED_DASH.match(text, p)
            closing = _SPACED_DASH.search(text, p + 3, end) if dash is not None else None
            if closing is not None:  # `– longtime donors from the area –`: an aside between two dashes
                aside_end, hit = closing.end(), False
            else:  # ... and one that elaborates on the clause goes on with it: `… in the coming weeks – including …`
                hit = dash is not None and lex.dash_breaks \
                    and not _word_follows(text, dash.end(), end, lex.elaborations) \
                    or dash is None and ch in "―—–" and clause_break_match(text, p + 1, end, lex, clausal) is not None \
                    and text.find(ch, p + 1, end) < 0
                # (a long dash typed without spaces breaks before a clause-break word: `to the table—but both …`;
                # not one that opens an aside a second dash closes: `the plan—which cost millions—was dead`)
        if hit and not skip(p):
            return p
    return None


@per_lexicon
def _adjunct_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.cue_adjuncts:
        return None
    return re.compile(f"\\s*(?:{trie_pattern(sorted(lex.cue_adjuncts), space=_SPACES)})(?![{_LETTERS}])[,،]?", re.IGNORECASE)


def skip_adjunct(text: str, pos: int, limit: int, lex: Lexicon) -> int:
    """The position after a set adverbial phrase right at `pos` (`في الوقت نفسه`, `also`), else `pos`."""
    pattern = _adjunct_pattern(lex)
    m = pattern.match(text, pos, limit) if pattern is not None else None
    return m.end() if m else pos


def _norm(token: str, lex: Lexicon) -> str:
    """A cue as written (`Told`, `according\nto`, `مُشيرًا`) as the tables list it: `told`, `according to`, `مشيرا`."""
    if lex.diacritics:
        token = token.translate(without_diacritics(lex))
    return " ".join(token.lower().split())


@per_lexicon
def without_diacritics(lex: Lexicon) -> dict[int, int | None]:
    """A `str.translate` table that drops the language's diacritics (a character class's body, ranges spelt out),
    as its word tables list words: `تمسُّكه` as تمسكه."""
    marks = re.sub("(.)-(.)", lambda m: "".join(map(chr, range(ord(m[1]), ord(m[2]) + 1))), lex.diacritics)
    return str.maketrans("", "", marks + lex.stretch)


@per_lexicon
def normalised_cue_verbs(lex: Lexicon) -> frozenset[str]:
    """The cue verbs as `_norm` writes a matched cue (`بيّن` as بين)."""
    return frozenset(_norm(verb, lex) for verb in lex.cue_verbs)


def conjoined_form(form: str, lex: Lexicon) -> bool:
    """Whether a normalised cue form is a cue verb with a conjunction written onto it (وأكد), not a root letter
    (وصف)."""
    return form[:1] in lex.coordinators and form[1:] in normalised_cue_verbs(lex)


_NO_APOSTROPHES = str.maketrans("", "", APOSTROPHES)  # `Clinton's` does not end an introductory phrase


@lru_cache(maxsize=None)
def _joined_onto_word(marks: str) -> re.Pattern[str]:
    """A quote mark after punctuation, or a long dash (perhaps after a mark), before the last word's letters of a
    piece: a quotation closed onto the word after it (`,”he`, `ready”—the`), or a clause (`plan—the`); not a mark typed
    for an apostrophe (`Trump‘s`)."""
    closing = re.escape(marks.translate(_NO_APOSTROPHES))
    return re.compile(f"(?:(?<=[^\\w\\s])[{closing}]|[{closing}]?[―—–])(?=\\w+\\Z)")


@lru_cache(maxsize=None)
def _glued_mark(marks: str) -> re.Pattern[str]:
    """A quote mark (no apostrophe) between two letters of a piece: a quotation typed onto the word before it (after a
    tatweel it opens the content: `بـ"لغة التهديد"`)."""
    return re.compile(f"(?<=[^\\W{TATWEEL}])[{re.escape(marks.translate(_NO_APOSTROPHES))}](?=\\w)")


@lru_cache(maxsize=None)
def punct_pattern(marks: str) -> re.Pattern[str]:
    """A character of clause punctuation or one of the quote `marks`."""
    return re.compile(f"[{re.escape(CLAUSE_PUNCT + marks)}]")


def words_in(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words in text[start:end]; the first `limit` only, when given."""
    found = WORD.finditer(text, start, end)
    return [m.span() for m in (found if limit is None else islice(found, limit))]


def more_words(text: str, words: list[tuple[int, int]], end: int, limit: int) -> list[tuple[int, int]]:
    """The first `limit` words of the scan up to `end` whose first ones are `words`: the scan goes on after them
    instead of matching them again."""
    if not words or len(words) >= limit:
        return words[:limit]
    return words + words_in(text, words[-1][1], end, limit - len(words))


def _has_punct(text: str, start: int, end: int, marks: str) -> bool:
    return start < end and punct_pattern(marks).search(text, start, end) is not None


@per_lexicon
def _compound_name_starts(lex: Lexicon) -> frozenset[str]:
    """The first words of the language's compound names (`فضل` of فضل الله): only after one is the next word read."""
    return frozenset(name.split(" ", 1)[0] for name in lex.compound_names)


@per_lexicon
def _subject_ends(lex: Lexicon) -> frozenset[str]:
    """Words that end a subject mention: stop words, cue verbs (not a participle that is a noun as well: `قال داعية
    إسلامي`; as a cue it follows a comma, which ends the subject anyway), the first words of cue phrases (`وقال الوزير
    حسبما نقلت …`) and words that open an adjunct."""
    phrases = frozenset(phrase.split()[0] for phrase in lex.cue_phrases)
    return lex.subject_stops | (lex.cue_verbs - lex.complementizer_cues - lex.comma_participles) | phrases \
        | lex.clause_stops


_GLOSS_BRACKETS = {")": "(", "]": "["}  # closing: opening
_GLOSS_OPENERS = {opening: closing for closing, opening in _GLOSS_BRACKETS.items()}
_MAX_GLOSS_CHARACTERS = 40


def _construct_title(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a title without the article, which the name of what it heads completes: a quoted name after
    it is that name (`محافظ "مؤسسة النقد"`, `المتحدث باسم «حماس»`), not the quoted words. A language writes its
    article onto the noun for this (Arabic); without one (English) no title is known to be such a head."""
    return bool(lex.definite_prefixes) and word in lex.titles and not word.startswith(lex.definite_prefixes)


def _heads_a_body(quoted: str, lex: Lexicon) -> bool:
    """Whether quoted words name a party or bloc: a name's noun, with the article or not, and more (`«حزب الله»`,
    `«التيار الوطني الحر»`); not a topic (`«المؤامرة»`, `«صفقة القرن»`)."""
    words = quoted.split()
    return 1 < len(words) <= _MAX_QUOTED_NAME_WORDS and without_article(words[0], lex) in lex.name_heads


def _heads_a_name(quoted: str, lex: Lexicon) -> bool:
    """Whether quoted words open with the noun of an organisation or office (`مجلس القضاء`, `وزارة الصحة`): a body's
    name set in quotes, not words reported."""
    words = quoted.split()
    return 1 < len(words) <= _MAX_QUOTED_NAME_WORDS and (words[0] in lex.construct_heads or words[0] in lex.name_heads)


def _spaced_gloss(text: str, pos: int, limit: int, opening: str) -> int | None:
    """The end of a gloss in brackets whose words stand apart from them (`( سانا )`), the bracket at `pos` opened: a
    few words on the line, up to the closing bracket."""
    end = text.find(_GLOSS_OPENERS[opening], pos, min(limit, pos + _MAX_GLOSS_CHARACTERS))
    return end + 1 if end > pos and "\n" not in text[pos:end] and text[pos:end].strip() else None


_HAS_DIGIT = re.compile(r"\d")


# A whitespace-delimited piece: from a non-space character to the next space or line break.
_PIECE = re.compile(r"\S+")  # (a no-break space or a tab separates words too)


def speaker_after(text: str, pos: int, limit: int, lex: Lexicon, marks: str, proclitics: tuple[str, ...] = (),
                  genitive: bool = False) -> tuple[int, int] | None:
    """The subject right after a cue (Arabic VSO `قال المتحدث`, English `said Smith`); a word that opens with one of
    `proclitics` ends it (the content of `وطالب الوزير بإجراء تحقيق`). With `genitive`, the mention after a
    preposition, where the oblique plural is its case (`عن دبلوماسيين غربيين`), not an object's."""
    edge = _edge_characters(marks)
    first: int | None = None
    last = -1  # where the subject ends, once it has a first word
    last_start = -1  # where the subject's last word so far starts
    n = 0
    opened_by_determiner = False
    cased = bool(lex.speaker_determiners)
    ends = _subject_ends(lex)
    compound_starts = _compound_name_starts(lex)
    plain = without_diacritics(lex) if lex.diacritics else None  # words as the tables list them: `تمسُّكه` as تمسكه
    previous = ""  # the last word of the subject so far, lower-cased
    named_until = -1  # the end of a quoted name the subject holds: صحيفة "الشرق الأوسط"
    timed = False  # a time adverb stood before the subject
    titled = False  # a title or an honorific stood in the subject
    represents = False  # the last word links a title to the body it represents (`النائب عن`)
    for m in _PIECE.finditer(text, pos, min(limit, pos + 160)):  # lazily: the subject ends after a few pieces
        if m.start() < named_until:
            continue
        piece = m.group()
        if piece[:1] in _GLOSS_OPENERS and first is not None and (
                gloss := _spaced_gloss(text, m.start() + 1, limit, piece[0])):
            last = named_until = gloss  # `الوكالة العربية السورية للأنباء ( سانا )`: a gloss, typed with spaces or
            # not, of a few words that would end a subject outside it (`للجيش الليبي (المسيطر على الشرق)`)
            if gloss < len(text) and not text[gloss].isspace() or _HAS_DIGIT.search(text, m.start(), gloss):
                break  # punctuation after the gloss ends the subject (`(حكومية)، بلغ`), and so does a gloss with a
                # number, a person's age (`أم يوسف أبو جزر (38 عاما) المياه`: the object follows)
            continue
        if first is None and piece[:1] in marks and (named := quoted_name(text, m.start(), limit, lex)) \
                and _heads_a_name(text[m.start() + 1:named - 1], lex):
            first, last = m.start(), named  # `نفى «مجلس القضاء» في العراق إصدار …`: a body's name set in quotes
            named_until = named
            n += 1
            continue
        if previous and (previous in lex.name_heads or previous in lex.honorifics or _construct_title(previous, lex)
                         or represents) and (named := quoted_name(text, m.start(), limit, lex)):  # (`الدكتور “أحمد سعيد”`)
            last = named_until = named
            if named < len(text) and not text[named].isspace():
                break  # punctuation after the name ends the subject
            # a name is definite, as a word with the article: `وأعلنت حكومة «الوحدة» التوصل إلى …` (a definite
            # verbal noun after it opens the content)
            previous = lex.definite_prefixes[0] if lex.definite_prefixes else ""
            continue
        left = piece.lstrip(edge)
        lead = len(piece) - len(left)
        core = left.rstrip(edge)
        trail = left[len(core):]
        if ":" in core[1:]:  # `ذكر المحامي:”أنه …`: a colon typed onto the word ends the subject
            core, trail = core[:core.index(":", 1)], core[core.index(":", 1):] + trail
        if not core.isalpha() and (glued := _glued_mark(marks).search(core)):  # `وأضاف المتحدث«سنواصل …»`: the
            # quotation ends the subject (a word of letters only holds no mark: most words skip the search)
            core, trail = core[:glued.start()], core[glued.start():]
        if not core or (lead and (first is None or piece[:lead] not in ("(", "["))) \
                or not cased and not core.isalpha() and not any(map(str.isalnum, core)):
            break  # punctuation before a word ends the subject, save a gloss in brackets: الرئاسة (الكرملين); so does
            # a dash between words in Arabic (`وأكد - في تصريحات …`; an English name may go on past one)
        if TATWEEL in core and _PROCLITIC_MARK.search(core) or core.rstrip(TATWEEL) in lex.content_proclitics \
                and (mark := spaces_end(text, m.start() + lead + len(core), len(text))) < len(text) \
                and text[mark] in marks:
            break  # `الاتفاق بـ«التاريخي»`: a proclitic before a quotation starts the content, as it does typed apart
            # from its quotation or onto it (`وطالب بـ "…"`, `وطالب ب"…"`; not before a word: `وكيل اللجنة بـ مجلس`)
        if core.startswith(lex.addressee_proclitics) or first is None and not cased \
                and core.startswith(lex.addressee_prefixes):
            break  # `قال المصدر لـ(IQ NEWS)`: the addressee, written apart from its preposition; and right after the
            # verb ل with the article (`أن توضح للرأي العام أن`): whom it was told, the subject dropped
        low = core.lower() if plain is None else core.lower().translate(plain)
        if first is None and not cased and not trail and (
                low in lex.time_words  # (or what heads one: `صباح اليوم`, `أول أمس`)
                or low in lex.day_parts and _next_word_in(text, m.end(), limit, lex.time_words)):
            timed = True  # `أعلن أمس المركز الوطني …`, `أعلنت الأحد وزارة الصحة`: a time adverb between a verb and
            continue  # its subject (in a cased language the subject stands before the verb) ...
        if first is None and not cased and low in lex.addressee_pronouns:
            continue  # `وقال لي المدرب إن …`: whom he told, before the subject (dropped in `وقال لي: «…»`)
        if first is None and timed and core[0].isdigit():
            break  # ... but not a date after it (`اكد اليوم الثلاثاء 7 ماي 2024 وزير …`): no table says where it ends
        # a partitive goes on with its quantifier: `العديد من المحللين`, `one of the aides`
        partitive = low in lex.partitives and previous in lex.quantifiers \
            or (previous, low) in lex.issuer_links or (previous, low) in lex.behalf_links  # ... an issuer with its
        # text (`بيان صادر عن الوزارة`), a spokesman with whom they speak for (`المتحدث باسمها فوزي برهوم`)
        same = first is None and low in lex.sameness_words and (nxt := _NEXT_WORD.match(text, m.end(), limit)) \
            is not None and nxt.group(1).startswith(lex.definite_prefixes)  # `وأضافت ذات التقارير`
        headless = first is None and low in lex.relative_pronouns and low not in lex.complementizers  # `قال الذين …`
        counted = previous[-1:].isdigit() or previous in lex.counting_numbers  # `عشرون مسؤولاً`: accusative after 11-99
        # a foreign name's particle goes on with the name after it (`آنييس فان دور مول`), not a word with the article:
        # `فان` is also `فإن` without its hamza
        particle = low in lex.name_particles and _next_undefined(text, m.end(), limit, lex)
        # `نائب عن كتلة الإعمار`: whom the title represents (not `وأعرب النائب عن أمله`)
        linked = bool(lex.title_links) and (previous, low) in lex.title_links and (
            _next_word_in(text, m.end(), limit, lex.constituencies)
            or (at := spaces_end(text, m.end(), limit)) < limit and text[at] in marks
            and (named := quoted_name(text, at, limit, lex)) is not None and _heads_a_body(text[at + 1:named - 1], lex)) \
            or titled and low in lex.agency_genitives and not _next_word_in(text, m.end(), limit, lex.agency_news_words)
        # (a cue word in the genitive of an organisation's noun is a verbal noun: `مؤسسة نقل وتوزيع الكهرباء`)
        governed = previous in lex.name_heads or previous in lex.construct_heads
        # a day part after an honorific names the man, unless a time word follows: `الشيخ صباح خالد` (`صباح اليوم`)
        named_day = previous in lex.honorifics and low in lex.day_parts \
            and not _next_word_in(text, m.end(), limit, lex.time_words)
        # the first word of a compound given name is a name whatever else it is: فضل الله (فضل, preferred), فخر الدين
        compound = low in compound_starts and (nxt := _NEXT_WORD.match(text, m.end(), limit)) is not None \
            and f"{low} {nxt.group(1)}" in lex.compound_names
        if not compound and (low in ends and not (
                                partitive or headless or particle or linked or same or named_day or _acronym(core, lex)
                                or low in lex.stop_word_names and _given_name_after_title(text, m.end(), limit,
                                                                                          previous, lex)
                                or first is None and low in lex.honorific_pronouns
                                or cased and (first is None or previous in lex.speaker_determiners)
                                and _capitalised_in_name(text, core, m.end(), limit, lex)
                                or governed and low in lex.cue_verbs and low not in lex.source_clause_verbs) \
                or core.endswith(lex.accusative_endings) and not counted \
                or n == 1 and (core.startswith(lex.addressee_prefixes) or core in lex.addressee_words) \
                and previous.startswith(lex.definite_prefixes) \
                or n and previous.startswith(lex.definite_prefixes) and (
                    low in lex.definite_content_nouns
                    or definite_verbal_noun(low, lex) and not _report_follows(text, m.end(), limit, lex)) \
                or n and _name_before_verbal_noun(previous, low, lex) \
                and not _report_follows(text, m.end(), limit, lex) \
                or n and previous.startswith(lex.definite_prefixes) and not low.startswith(lex.definite_prefixes) \
                and verbal_noun_pattern(lex).fullmatch(low) and not _report_follows(text, m.end(), limit, lex) \
                and not _next_word_in(text, m.end(), limit, lex.name_links) \
                or n and (low in lex.content_nouns
                          or owned_verbal_noun(low, lex) and previous not in lex.noun_governors) \
                and not _construct_head(previous, lex) and previous not in lex.honorifics \
                or first is None and not genitive and lex.oblique_endings and core.endswith(lex.oblique_endings) \
                or proclitics and core.startswith(proclitics) and core not in lex.name_links \
                and core not in lex.place_names \
                and previous not in lex.name_links and (
                    n and not _genitive_title(previous, lex) or _proclitic_phrase(core, proclitics, lex))):
            break  # ... or an Arabic adverb or object in the accusative, the addressee (`قالت الشركة للصحيفة`), a
            # verbal noun opening the content (`أعلنت روسيا تعليق الاتفاقية`) or an object after a dropped subject
            # (`وأبلغ الصحفيين أنه`); after a title, only a phrase is a preposition's: `رئيس بعثة`, `رئيس بلدية`
        previous = low
        represents = linked  # `النائب عن «حزب الله»`: the quoted body the title represents goes on with it
        s = m.start() + lead
        e = s + len(core)
        if low in lex.circumstantial_openers:
            break  # `وتقول وهي تمسح الغبار: «…»`: a circumstantial clause, after the subject or for a dropped one
        if first is None and low in lex.pronouns:
            return s, e
        if first is None and low in lex.verb_particles:
            break  # `وقال لقد أجبرنا …`: the quoted words' own verb, no subject
        if first is None and cased and not (core[0].isupper() or low in lex.speaker_determiners):
            break  # a cased language names its speakers with capitals or a determiner
        if first is not None and cased and core.islower() and (
                not opened_by_determiner and text[first].isupper()
                and (low not in lex.titles or low in lex.speaker_determiners) or low in lex.finite_auxiliaries
                or lex.negated_auxiliary_endings and low.endswith(lex.negated_auxiliary_endings)  # `didn’t`
                or (low.endswith(lex.past_endings) and "-" not in low or low in lex.irregular_pasts)
                and (text[last_start:last_start + 1].isupper() or opened_by_determiner)
                and text[last_start:last].lower() not in lex.speaker_determiners
                and (low in lex.simple_pasts or not _preposition_next(text, m.end(), limit, lex))):
            break  # `Sanders started …`: a lower-case word after a name is the verb, not the name, unless a role
            # (`Republican presidential candidate Donald Trump`, `RNC spokesman Sean Spicer`); so is an
            # auxiliary after any subject (`The State Department has deemed …`), and a past form after a name
            # an article opened (`The Blaze’s Matt Walsh provided …`), save a participle before its preposition
            # (`one Republican involved in the planning`)
        if first is None:
            opened_by_determiner = low in lex.speaker_determiners
            first = s
        last, last_start = e, s
        n += 1
        titled = titled or low in lex.titles or low in lex.honorifics
        if n >= MAX_SPEAKER_WORDS + (_TITLED_NAME_WORDS if titled and not cased else 0) \
                and low not in lex.name_links:
            break  # ... save inside a name: `محمد بن [علي]`, or a name after a long title in a caseless script, where
            # no capital tells where the name starts (`وزير الطاقة رئيس الهيئة الاتحادية للكهرباء والماء سهيل محمد
            # المزروعي`)
        if trail and not (trail in (")", "]") or trail == "." and (low in lex.abbreviations or
                                                                   (len(core) == 1 and core.isupper()))):
            break  # punctuation after this word ends the subject, save `Mr.`, an initial or a closing bracket
    if first is None:
        return None
    for closer, opener in _GLOSS_BRACKETS.items():  # the gloss's closing bracket belongs to it: `الوكالة (واس)`
        if text.count(opener, first, last) > text.count(closer, first, last) and text.startswith(closer, last):
            last += 1
    if cased and (link := _NEXT_WORD.match(text, last, limit)) is not None and link.group(1) in lex.partitives \
            and (tail := speaker_after(text, link.end(), limit, lex, marks)) is not None \
            and not text[link.end():tail[0]].strip() and _genitive_tail(text[tail[0]:tail[1]].split(), lex) \
            and (tail[1] >= limit or not text[tail[1]:tail[1] + 1].isspace()):
        return first, tail[1]  # a cased mention read forward goes on over `of` up to punctuation (`, said the head of
        # the agency.`, `said Senator John McCain of Arizona,`), as one read back from its verb does
    return first, last


def _genitive_tail(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after `of` complete the mention before it: a noun phrase that is no pronoun, not a lone
    determiner, not an owner of a noun cut off (`of China's`) and no clause (`of the GOP candidates oppose …`)."""
    last = words[-1].lower()
    return not (len(words) == 1 and (last in lex.pronouns or last in lex.speaker_determiners)) \
        and not last.endswith(lex.possessive_endings) \
        and not any(w.islower() and (w in lex.cue_verbs or finite_form(w, lex) or w.endswith(lex.past_endings))
                    for w in words)


def _acronym(word: str, lex: Lexicon) -> bool:
    """Whether a relative pronoun of a cased script is written in capitals (`the WHO`): the name so spelt. (A personal
    pronoun so written opens a paragraph, `IT is best …`, and prepositions so written are a headline's: `TEAM REFUSES
    TO STAY IN …`.)"""
    return bool(lex.speaker_determiners) and len(word) > 1 and word.isupper() and word.lower() in lex.relative_pronouns


def _ends_in_abbreviation(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words text[start:end] end in an abbreviation with its final dot (`The U.N.`, `Comey Jr.`); one
    standing alone is most often a place set off after another (`of Ashton, Md., who …`)."""
    words = text[start:end].rsplit(maxsplit=1)
    return len(words) == 2 and words[1].endswith(".") and words[1][:-1].lower() in lex.abbreviations


def _preposition_next(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the word after `pos` is a preposition (a subject stop), not the infinitive marker."""
    nxt = _NEXT_WORD.match(text, pos, limit)
    return nxt is not None and nxt.group(1).lower() in lex.subject_stops and nxt.group(1) != lex.infinitive_marker


def _capitalised_in_name(text: str, word: str, end: int, limit: int, lex: Lexicon) -> bool:
    """Whether a capitalised cue word before another capitalised word is part of a name: `the State Department`."""
    nxt = _NEXT_WORD.match(text, end, limit) if word[:1].isupper() and word.lower() in lex.cue_verbs else None
    return nxt is not None and nxt.group(1)[:1].isupper()


def _after_relative(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether the word right before `pos` is a relative (`ما`, `لما`, `الذي`): the clause at `pos` describes a noun."""
    before = word_right_before(text, pos, floor)
    return before is not None and (before.group(1) in lex.relative_objects or before.group(1) in lex.relative_pronouns)


def _passive_perfect(word: str, lex: Lexicon) -> bool:
    """Whether a cue word is a perfect written with the vowel of the passive on its first letter (`أُعلن`, `وأُبلغت`),
    or on the letter after the alif of a derived form that opens with one (`اتُهمت`, `اعتُبر`); the prefix of an
    imperfect or a participle takes that vowel in the active too (`يُعلن`, `مُشيرا`)."""
    stem = word[1:] if word[:1] in lex.coordinators and len(word) > 3 else word
    return len(stem) > 1 and stem[1] == lex.passive_mark and stem[0] not in lex.active_prefixes \
        or len(stem) > 3 and stem[0] == lex.wasl_alif and lex.passive_mark in stem[2:4]


def opens_clause(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> bool:
    """Whether no word but a verb particle (`لقد`) stands before `pos` in its clause: the sentence start,
    punctuation or a spaced dash (a dateline's: `القاهرة - طالب الوزير …`) comes first."""
    before = words_in(text, max(floor, pos - 30), pos)[-2:]
    if before and text[before[-1][0]:before[-1][1]] in lex.verb_particles:
        pos = before.pop()[0]
    return not before or _has_punct(text, before[-1][1], pos, marks) \
        or _SPACED_DASH.search(text, before[-1][1], pos) is not None


def _after_clause_opener(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether a conjunction that opens a clause stands right before `pos`, the subject's pronoun maybe written onto
    it: a verb follows it (`فيما طالب آخرون بضرورة …`, `عندما وعد الوزير بـ…`), not a noun."""
    before = word_right_before(text, pos, floor)
    return before is not None and (before.group(1) in lex.subject_openers or before.group(1) in lex.subordinators
                                   or before.group(1) in _pronoun_subjects(lex))  # (`لكنه طالب الحكومة بـ…`)


_APPOSITION = re.compile(f"\\s*[,،](?:\\s*[{_LETTERS}]+){{1,4}}\\s*[,،]")  # `، مدرب الأخدود،`


def _preposition_follows(text: str, pos: int, limit: int, form: str, lex: Lexicon) -> bool:
    """Whether a content preposition, the cue's own (`احتج على`) or one written onto a word (`وعد بكشف`) comes right
    after `pos`, no punctuation between but a comma (`وتطرق عواد، إلى`)."""
    _, prepositions, spellings = cue_word_tables(lex)
    own = prepositions.get(form)
    # `عبر ستيبان توماس، مدرب الأخدود، عن`: an apposition between, or a time set off (`، اليوم الثلاثاء، عن`)
    for aside in (None, _APPOSITION.match(text, pos, limit), _COMMA.match(text, pos, limit),
                  _SET_OFF_ASIDE.match(text, pos, limit)):
        at = aside.end() if aside else pos
        m = _NEXT_WORD.match(text, at, limit) or _QUOTED_NEXT_WORD.match(text, at, limit)  # (`وأشاد السفير “بخطط …”`)
        word = spellings.get(m.group(1), m.group(1)) if m is not None else ""  # `تطرق الى`: إلى without its hamza
        if m is not None and (word in lex.content_prepositions or word == own or form in
                              lex.proclitic_content_cues and word.startswith(lex.content_proclitics)
                              and word not in lex.manner_adverbs):
            return True
    # `وعبر المومني في تصريحات لوكالة الأنباء الأردنية (بترا) مساء اليوم عن …`: a lead that opens with the speech
    # event spells out its setting first; a subject may be placed first (`عبرت بعثة الأمم المتحدة في ليبيا عن`)
    words = words_in(text, pos, limit, _MAX_EVENT_LEAD_WORDS + 1)
    placed = [spellings.get(text[a:b], text[a:b]) for a, b in words[:_MAX_PLACE_WORDS + 2]]
    if placed and placed[0] in lex.title_prepositions:  # `اشتكى سكان في عدة أحياء من انقطاع المياه`: the place the
        for k in range(2, len(placed)):  # subject lives or serves in, a few words with no punctuation, stands between
            if _SENTENCE_PUNCT.search(text, pos, words[k][0]) or placed[k] in lex.complementizers \
                    or placed[k] in lex.cue_verbs or placed[k] in lex.speech_event_nouns:
                break
            if placed[k] in lex.content_prepositions or placed[k] == own:
                return True
            if placed[k] in lex.clause_stops:
                break
    if any(text[a:b] in lex.speech_event_nouns for a, b in words[:_EVENT_REACH]):
        for a, b in words[2:]:
            if _SENTENCE_PUNCT.search(text, pos, a):
                return False
            word = spellings.get(text[a:b], text[a:b])
            if word in lex.content_prepositions or word == own:
                return True
    return False


_MAX_EVENT_LEAD_WORDS = 12
_EVENT_REACH = 3  # words of a lead that may come before its speech event's noun: `في تصريحات`, `خلال كلمة له`
_SENTENCE_PUNCT = re.compile("[.!?؟;؛:]")


def _proclitic_phrase(word: str, proclitics: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a word after one of `proclitics` is a noun with the article or an owner's pronoun, or a verbal noun of
    the content tables or of a derived pattern (`بالعمل`, `بخفضها`, `بإجراء`, `بإدخال`): a prepositional phrase, not a
    name that starts with the same letter (`بوتين`)."""
    rest = word[len(next(p for p in proclitics if word.startswith(p))):]
    return rest.startswith(lex.definite_prefixes) or rest.endswith(lex.attached_pronouns) or rest in lex.content_nouns \
        or verbal_noun_pattern(lex).fullmatch(rest) is not None


def _negated_auxiliary_follows(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the word right after `pos` is an auxiliary with its negation written onto it (`hasn’t`, `didn't`)."""
    m = _NEXT_WORD.match(text, pos, limit) if lex.negated_auxiliary_endings else None
    return m is not None and m.group(1).lower().endswith(lex.negated_auxiliary_endings)


def _next_word_in(text: str, pos: int, limit: int, words: frozenset[str]) -> bool:
    """Whether the word right after `pos`, no punctuation between, is one of `words`."""
    m = _NEXT_WORD.match(text, pos, limit)
    return m is not None and m.group(1) in words


def _next_undefined(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether a word without the article follows `pos`, no punctuation between."""
    m = _NEXT_WORD.match(text, pos, limit)
    return m is not None and not m.group(1).startswith(lex.definite_prefixes)


def owned_verbal_noun(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a derived verbal noun with its owner's pronoun (`إبلاغهم`, `تأكيده`; no article, which a
    pronoun never follows: `الداه` is a name): the object of a verb, never a word of its subject's name (`أكد ابوقردة
    إبلاغهم …`)."""
    return word.endswith(lex.attached_pronouns) and not word.startswith(lex.definite_prefixes) \
        and verbal_noun_pattern(lex).fullmatch(word) is not None


def definite_verbal_noun(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a derived verbal noun with the article (`الاستيلاء`, `الانتهاء`), as the content tables list
    some (`definite_content_nouns`) and the verbal-noun pattern finds the others."""
    article = lex.definite_prefixes[0] if lex.definite_prefixes else ""
    return word in lex.definite_content_nouns or bool(article) and word.startswith(article) \
        and verbal_noun_pattern(lex).fullmatch(word[len(article):]) is not None


def _name_before_verbal_noun(previous: str, word: str, lex: Lexicon) -> bool:
    """Whether `word`, a derived verbal noun with the article, follows a name (a word with no article that heads no
    genitive, `_construct_head`), which it ends: `جدد نجيب ميقاتي التأكيد على …` (not `رئيس حزب الاستقلال`). A word
    with an adjective's ending is a family name (`حسن الترابي`, `نادية التهامي`)."""
    return word.startswith(lex.definite_prefixes) and not previous.startswith(lex.definite_prefixes) \
        and not _construct_head(previous, lex) and previous not in lex.honorifics and definite_verbal_noun(word, lex) \
        and not word.endswith(lex.adjective_endings)  # (the article first: most words after a name have none)


def _given_name_after_title(text: str, pos: int, limit: int, previous: str, lex: Lexicon) -> bool:
    """Whether a name that is also a stop word (`stop_word_names`), ending at `pos` after a title or its nisba
    (`previous`), names someone: a family name with the article follows it, no verbal noun, adjective or time
    (`الخبير الاقتصادي فضل البوعينين`; not `المصدر فضل عدم الكشف …`)."""
    nisba = previous.startswith(lex.definite_prefixes) and previous.endswith(lex.adjective_endings)
    if not (previous in lex.titles or nisba):
        return False
    nxt = _NEXT_WORD.match(text, pos, limit)
    word = nxt.group(1) if nxt is not None else ""
    return word.startswith(lex.definite_prefixes) and not definite_verbal_noun(word, lex) \
        and word not in lex.time_words and word not in lex.adjectives


def _genitive_title(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a title without the article, which heads the genitive after it: `رئيس بعثة`."""
    return word in lex.titles and not word.startswith(lex.definite_prefixes)


def _construct_head(word: str, lex: Lexicon) -> bool:
    """Whether a verbal noun after `word` is its genitive inside a mention: `رئيس تحرير`, `مجلس إدارة`; never
    after a definite word (`الوزير حرص`), which heads no genitive."""
    return not word.startswith(lex.definite_prefixes) and (
        word in lex.titles or word in lex.name_heads or word in lex.construct_heads)


_MAX_QUOTED_NAME_WORDS = 4


@per_lexicon
def _closing_marks(lex: Lexicon) -> dict[str, str]:
    closing: dict[str, str] = {}
    for opening, close in lex.quote_pairs:
        closing[opening] = closing.get(opening, "") + close
    return closing


def quoted_name(text: str, pos: int, limit: int, lex: Lexicon) -> int | None:
    """The end of a short quoted name opening at `pos` (`"الشرق الأوسط"`), closing mark included."""
    closers = _closing_marks(lex).get(text[pos])
    if not closers:
        return None
    for end in range(pos + 2, min(limit, pos + 60)):
        ch = text[end]
        if ch in closers:
            return end + 1 if 0 < len(words_in(text, pos + 1, end)) <= _MAX_QUOTED_NAME_WORDS else None
        if ch in CLAUSE_PUNCT:
            return None
    return None


# The word that ends the search window, spaces after it: `WORD` made possessive, so that a start whose word does not
# reach the window's end fails at once instead of giving its letters back one by one (no shorter word could)
_LAST_WORD = re.compile(f"([{_LETTERS}]++(?:[.'’-][{_LETTERS}]++)*+)\\s*\\Z")


def quoted_name_end(text: str, pos: int, limit: int, lex: Lexicon) -> int | None:
    """The end of the quotation opening at `pos` when it is the short name after an outlet or organisation noun
    (`عبر فضائية “صدى البلد”`, `لشبكة «سكاي نيوز»`), closing mark included."""
    if not lex.name_heads:
        return None  # a language without such nouns (English) skips the backward search
    word = _LAST_WORD.search(text, max(0, pos - 30), pos)
    return quoted_name(text, pos, limit, lex) if word is not None and word.group(1) in lex.name_heads else None


def _pieces_before(text: str, start: int, pos: int) -> Iterator[tuple[int, str]]:
    """The whitespace-delimited pieces of text[start:pos] with their offsets, nearest first: split at
    spaces, no-break spaces and line breaks, other whitespace trimmed off a piece's end. One C-level
    split, walked lazily: the search usually stops after two or three pieces."""
    end = pos
    for chunk in reversed(text[start:pos].replace("\n", " ").replace("\xa0", " ").split(" ")):
        begin = end - len(chunk)
        end = begin - 1
        piece = chunk.rstrip()
        if piece:
            yield begin, piece


def speaker_before(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The subject right before a cue (English `Smith said`, `the spokesman has also said`)."""
    edge = _edge_characters(marks)
    window = max(floor, pos - 64)
    pieces = _pieces_before(text, window, pos)
    nearest = _before_modifiers(text, pieces, lex, pos)[0]
    if nearest is None:
        return None
    s, word = nearest
    if s == window and s > floor and not text[s - 1].isspace():
        return None  # cut by the window: not a whole word
    e = s + len(word)
    if word[-1] in _GLOSS_BRACKETS:
        return _bracketed_subject(text, e, floor, lex, marks)
    if word[-1] in DASHES:
        return _dashed_subject(text, e - 1, floor, lex, marks)
    if word[-1] in edge and not _abbreviation_dot(word, lex):
        return None  # punctuation between the subject and the verb: `…, said` (not the dot of `Biden Jr. said`)
    core = word.lstrip(edge)
    if not core.isalpha() and (glued := _joined_onto_word(marks).search(core)):  # `…County,”he said`: the mark
        core = core[glued.end():]  # closing a quotation typed onto the subject
    core_start = e - len(core)
    head = core.lower()
    if (head in lex.pronouns or (head in lex.relative_pronouns and core_start == s)) and not _acronym(core, lex):
        return core_start, e
    if (contracted := contraction(core, lex)) is not None:
        return core_start, core_start + len(contracted[0])  # `He’s said`, `they’re saying`: the pronoun alone
    if not head or head in lex.subject_stops or head in lex.complementizers or head in lex.clause_stops:
        return None
    first, n = core_start, 1
    modifying = modified = False  # a participle that modifies the noun before it was just passed, or the one before
    owner = core.endswith(lex.possessive_endings) if lex.possessive_endings else False  # the cue is an owned noun
    if core_start > s:
        return first, e  # `(Obama said`: punctuation opens the subject
    opened = head in lex.articles or head in lex.possessive_determiners  # the piece just passed is one of these
    for ps, piece in pieces:
        if n >= MAX_SPEAKER_WORDS or (ps == window and ps > floor and not text[ps - 1].isspace()):
            break
        core = piece.strip(edge)
        if not core.strip(DASHES):
            break  # punctuation or a spaced dash: `Prices rose last year - analysts said`
        if not core.isalpha() and (joint := _joined_onto_word(marks).search(core)) is not None:
            # `“We are ready”—the coach said`: a closing mark or a dash typed onto the subject's first word
            tail = core[joint.end():].lower()
            if not (tail in lex.subject_stops or tail in lex.complementizers):
                first = ps + piece.index(core) + joint.end()
            break
        if (piece[-1] in edge or piece[-1] in DASHES) and not _abbreviation_dot(piece, lex) \
                and not (piece[0] not in edge and piece.endswith(lex.possessive_endings)):
            break  # punctuation or a dash after this word ends the subject (`can be!— Cruz said`), save the dot of
            # `Mr.`, an initial or `Jones’`
        low = core.lower()
        if opened and core.islower() and low not in lex.mention_prepositions and low not in lex.speaker_determiners \
                and low not in lex.predeterminers and not low.endswith(lex.gerund_endings):
            break  # (a verb before the determiner that opens its object: `He gave [his answer]:`; a participle may
            # modify the noun before it: `House Republicans supporting the bill said`)
        opened = low in lex.articles or low in lex.possessive_determiners
        if low in lex.name_conjunctions and text[first].isupper() and piece == core:
            joined = next(pieces, None)  # `Centers for Disease Control and Prevention`, `Kajiado and Nakuru Counties`:
            if joined is None or not joined[1][:1].isupper() or not joined[1].isalpha() \
                    or joined[1].lower() in lex.subject_stops:  # a conjunction between capitals joins one mention
                break
            first, n = joined[0], n + 2
            continue
        if (low in lex.subject_stops and low not in lex.attributive_cue_forms or low in lex.complementizers) \
                and not _acronym(core, lex) or low in lex.cue_verbs and core.islower() \
                and low not in lex.attributive_cue_forms and not (
                    modifying := _modifying_participle(text, ps, low, floor, lex)):
            break  # a capitalized cue word is part of a name: `The State Department`; an acronym is no stop word:
            # `The WHO spokesperson`; nor a cue form that modifies the noun after it: `state officials`, nor a
            # participle that modifies the noun before it (`Companies challenging the rule argued`)
        if not (core[0].isupper() or low in lex.speaker_determiners or core[0].isdigit()) and n > 2 \
                and not (modified and _plural_word(core, lex)):  # (`businesses challenging the tariffs said`)
            if text[e - 1].isalpha() and text[s].isupper():  # a name's mention goes back to the article of its
                role = _determined_role(text, pieces, lex)  # role: `The venture capitalist Marc Andreessen`
                first = role if role is not None and _determined_name(text, (role, e), lex) else first
            break
        if low in lex.speech_event_nouns:
            break  # `In a statement the ministry said`: the speech event of an adjunct before the subject
        if low in lex.sentence_adverbs:
            break  # `Now officials say`, `Meanwhile officials said`: an adverb of the sentence opens no mention
        first, n = ps + piece.index(core), 1 if modified else n + 1  # (the modified noun heads the words before it)
        modified, modifying = modifying, False  # (the noun the participle just passed modifies comes next)
        if piece[0] in edge or low in lex.articles and owner:
            break  # (an article opens an owner's noun phrase: `disputed [the mayor’s] claim`)
    return first, e


def _modifying_participle(text: str, pos: int, low: str, floor: int, lex: Lexicon) -> bool:
    """Whether a cue's present participle `low` at `pos`, right after a plural noun or a capitalised word (no
    punctuation between), modifies that noun in a subject whose verb follows the participle's short object
    (`Companies challenging the rule argued`, `businesses challenging the tariffs said`): the subject's words, no
    report of their own (not after an auxiliary or a verb: `was challenging`, `kept calling her a liar and said`)."""
    if not lex.speaker_determiners or not low.endswith(lex.gerund_endings):
        return False
    before = word_right_before(text, pos, floor)
    if before is None:
        return False
    head = before.group(1).lower()
    if not (before.group(1)[:1].isupper() or _plural_word(before.group(1), lex)) or head in lex.subject_stops \
            or head in lex.speaker_skips or head in lex.speaker_determiners or head in lex.pronouns:
        return False
    start = pos + len(low)
    previous = ""
    for k, (a, b) in enumerate(words_in(text, start, min(len(text), start + 80), _MAX_MODIFIED_OBJECT_WORDS + 2)):
        if _has_punct(text, start, a, ""):
            return False
        word = text[a:b]
        if k and word in lex.cue_verbs and word not in lex.quotation_only_cues \
                and not word.endswith(lex.gerund_endings) and previous != lex.infinitive_marker:
            # (no noun-like form, and one that goes on as a verb does, which the object may end in: `challenging
            # China's South China Sea claims, which …`)
            nxt = words_in(text, b, min(len(text), b + 40), 1)
            gap = text[b:nxt[0][0]].strip() if nxt else ""
            after = text[nxt[0][0]:nxt[0][1]].lower() if nxt else ""
            return not gap and (after in lex.complementizers or after in lex.pronouns
                                or after in lex.speaker_determiners) \
                or gap[:1] in (",", ":") and after not in lex.relative_pronouns or gap[:1] in _NAME_OPENERS
        if word.lower() in lex.complementizers or word in lex.pronouns or word in lex.coordinators:
            return False  # (`vented about Sanders vowing to fight on and said`: the verb goes with another subject)
        previous = word
    return False


_MAX_MODIFIED_OBJECT_WORDS = 4


def _determined_role(text: str, pieces: Iterator[tuple[int, str]], lex: Lexicon) -> int | None:
    """Where the modifier within a word or two of the `pieces` before a name's role starts, an article or a capitalised
    word (`The venture capitalist`, `Hull caretaker boss`), when it opens a clause (`, a longtime party activist`);
    None after a verb whose object it opens (`recounted the famous story John F. Kennedy told`) and when there is
    none."""
    for ws, word in islice(pieces, _MAX_ROLE_WORDS):
        if word.lower() in lex.articles or _role_modifier(word, lex):
            # a modifier of several capitalised words (`White House`, `New York`) and its article modify as one
            while word.lower() not in lex.articles and (prior := next(pieces, None)) is not None \
                    and (prior[1].lower() in lex.articles or _role_modifier(prior[1], lex)):
                ws, word = prior
            before = word_right_before(text, ws, 0)
            return ws if before is None or before.group(1).lower() in lex.coordinators else None
    return None


def _role_modifier(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may open a role before a name (`Republican`, `Hull`), no function or time word."""
    low = word.lower()
    return word[:1].isupper() and word.isalpha() and not (
        low in lex.subject_stops or low in lex.clause_stops or low in lex.time_words or low in lex.pronouns
        or low in lex.coordinators or low in lex.subordinators or low in lex.speaker_skips
        or low in lex.complementizers or low in lex.articles)


def _determined_name(text: str, mention: tuple[int, int], lex: Lexicon) -> bool:
    """A name's mention that an article or a capitalised modifier opens, its role plain words and no plural (`the
    venture capitalist Marc Andreessen`, `Republican presidential candidate Donald Trump`, `the New Zealand Defence
    Force`; not `the tariffs Donald Trump`, `a release this afternoon Acme`)."""
    words = text[mention[0]:mention[1]].split()
    if len(words) < 2 or not (words[0].lower() in lex.articles or _role_modifier(words[0], lex)) \
            or not words[-1][0].isupper():
        return False
    role = [w for w in words[1:] if w.islower() and w not in lex.name_conjunctions]
    plain = all(w.isalpha() and w not in lex.time_words and w not in lex.speaker_determiners
                and (w not in lex.cue_verbs or w in lex.attributive_cue_forms) and w not in lex.subject_stops
                for w in role)
    return plain and not (role and role[-1].endswith("s") and not role[-1].endswith("ss"))


def with_head_before(text: str, first: int, e: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int]:
    """`A spokesman for the ministry said`, `Sen. Ted Cruz of Texas said`, `Residents in the area said`: a subject
    text[first:e] found right before its verb that is a preposition's object runs back over the preposition
    (`mention_prepositions`) to the head it completes, a noun phrase with no verb in it that opens its clause (the
    sentence's start, punctuation or a coordinator before it) and is no pronoun; when the object is a speech event
    (`The ministry in a statement said`), or the head a relative pronoun (`who in the past said`), the head alone
    speaks; a relative clause before the verb runs back to the noun phrase it describes (`One of the docs who sent
    the letter called`). The mention so found, or the one given."""
    first = _with_approximator(text, (first, e), floor, lex)[0]  # (`at least 21,000 said`)
    if lex.speaker_determiners:
        described = _described_head(text, first, floor, lex, marks)
        if described is None:
            described = _participle_head(text, first, e, floor, lex, marks)
        if described is None:
            described = _gerund_head(text, first, floor, lex, marks)
        if described is not None:
            return with_head_before(text, described, e, floor, lex, marks)  # (`One of [the docs who …]`)
    before = word_right_before(text, first, floor)
    if before is None or not (before.group(1).lower() in lex.mention_prepositions or _relational_link(
            text, before, floor, lex) and text[first:e].lower() not in lex.cue_verbs) \
            or text[first:e].lower() in lex.relative_pronouns:  # (`drives candidate to say`: an infinitive)
        return first, e  # (`many of whom say`: the relative speaks, as written)
    head = speaker_before(text, before.start(1), floor, lex, marks)
    if head is None or head[1] != before.start(1) - 1 or text[head[0]:head[1]].lower() in lex.pronouns:
        return first, e
    words = text[head[0]:head[1]].split()
    if words[0].lower() in lex.relative_pronouns and len(words) == 1:
        return head  # `who in the past said`: an adjunct between the relative and its verb
    if any(w.islower() and (w in lex.cue_verbs or w in lex.speaker_skips or w.endswith(lex.past_endings)
                            or w.endswith(lex.negated_auxiliary_endings)) for w in words):
        return first, e  # a verb in the words before the preposition: no head (`Carson shared a syllabus for …`)
    head = _with_approximator(text, head, floor, lex)  # (`more than 4 in 10 said`)
    opener = word_right_before(text, head[0], floor)
    if opener is not None and opener.group(1).lower() not in lex.coordinators \
            and opener.group(1).lower() not in lex.subordinators \
            and not _has_punct(text, opener.end(1), head[0], marks):
        if opener.group(1).lower() in lex.mention_prepositions:  # the head is a preposition's object in turn: `A
            chained = with_head_before(text, head[0], e, floor, lex, marks)  # spokesman for the Department of Health`
            if chained[0] < head[0] and not any(w.islower() and w.endswith(lex.gerund_endings)
                                                for w in text[chained[0]:head[0]].split()):
                return chained  # (not a participle's phrase: `Trump, speaking at a rally in Wilmington, warned`)
        return first, e
    if any(text[a:b].lower() in lex.speech_event_nouns for a, b in words_in(text, first, e)):
        return head
    return head[0], e


def _relational_link(text: str, preposition: re.Match[str], floor: int, lex: Lexicon) -> bool:
    """Whether a preposition of the language's `relational_prepositions` (a match of `word_right_before`) joins a head
    to what completes it: after a role (`an aide to Hillary Clinton`, `advisers to the campaign`) or a relational
    word (`a source close to the family`)."""
    if preposition.group(1).lower() not in lex.relational_prepositions:
        return False
    head = word_right_before(text, preposition.start(1), floor)
    if head is None:
        return False
    word = head.group(1).lower()
    return word in lex.relational_heads or is_title(word, lex)


def is_title(word: str, lex: Lexicon) -> bool:
    """A title or role of the table, or its plural: `aides`, `senators`."""
    return word in lex.titles or any(word.endswith(end) and word[:-len(end)] in lex.titles
                                     for end in lex.plural_endings)


def with_name_before_role(text: str, mention: tuple[int, int], floor: int, lex: Lexicon, marks: str
                          ) -> tuple[int, int]:
    """`Liz Bowman, a spokeswoman for the EPA said`, `Julia Slingo, chief scientist at the Met Office responded`: a role
    set off after a name that opens its clause, with no comma closing it before the verb, runs back over its comma to
    the name (a whole one before a role without its article: not `Investment, official says, helped …`); else the
    mention given."""
    comma = text.rfind(",", max(floor, mention[0] - 3), mention[0]) if lex.articles else -1
    if comma < 0 or text[comma + 1:mention[0]].strip():
        return mention  # (a string test first: most mentions follow no comma)
    first = WORD.match(text, mention[0], mention[1])
    article = first is not None and first.group() in lex.articles
    if first is None or not (article or _bare_role(text, mention, lex)):
        return mention
    name = speaker_before(text, comma, floor, lex, marks)
    if name is None or name[1] != comma or not _is_proper_name(text, *name, lex) \
            or not article and len(text[name[0]:name[1]].split()) < 2 or any(
            w.lower() in lex.time_words or w.lower() in lex.speaker_skips or w.lower() in lex.subject_stops
            or _sentence_adverb(w, lex) for w in text[name[0]:name[1]].split()):
        return mention  # (`Overall, the fund predicted`, `Specifically, the effects cited`: an adverb set off)
    opener = word_right_before(text, name[0], floor)
    if opener is not None and opener.group(1).lower() not in lex.coordinators \
            and not _has_punct(text, opener.end(1), name[0], marks):
        return mention  # (`In Washington, a spokeswoman said`: the name of an adjunct)
    return name[0], mention[1]


def _bare_role(text: str, mention: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a mention is a singular role without its article, plain lower-case words up to its first capital
    (`chief scientist at the Met Office`, `executive director of National Nurses United`), not a plural subject
    (`officials`, `border officials`) or a verb's words (`have each`, `will ever`)."""
    words = []  # the role's own words, up to a capital or the preposition of its complement
    for word in text[mention[0]:mention[1]].split():
        if not word.islower() or word in lex.mention_prepositions:
            break
        words.append(word)
    return bool(words) and all(w.isalpha() and not (w in lex.pronouns or w in lex.speaker_determiners
                                                    or w in lex.relative_pronouns or w in lex.speaker_skips
                                                    or w in lex.cue_verbs or w.endswith(lex.past_endings))
                               for w in words) \
        and not (words[-1].endswith("s") and not words[-1].endswith("ss"))


def _described_head(text: str, first: int, floor: int, lex: Lexicon, marks: str) -> int | None:
    """Where the noun phrase starts that a subject relative clause right before `first` describes, the clause and
    `first` with no punctuation between (`Officials who spoke on condition of anonymity said`, `A man who witnessed
    the attack said`), or None: not when the relative is the object of a subject of its own (`the crisis which he
    said`, `critics who say he …`), nor when what was found before the verb is a pronoun or the relative itself."""
    window = max(floor, first - _MAX_RELATIVE_CHARS)
    if _subject_relative_anywhere(lex).search(text, window, first) is None:
        return None  # (a plain scan first: most subjects have no relative clause)
    relative = None
    for relative in _subject_relative(lex).finditer(text, window, first):  # (lower case: not `The WHO spokesman`)
        pass
    found = WORD.match(text, first)
    if relative is None or relative.start() == window or found is None or found.group().lower() in lex.pronouns \
            or found.group().lower() in lex.relative_pronouns or _has_punct(text, relative.end(), first, marks) \
            or _SPACED_DASH.search(text, relative.end(), first) is not None:
        return None
    verb = WORD.match(text, relative.end() + 1)
    if verb is None or not verb.group().islower() or verb.group() in lex.pronouns \
            or verb.group() in lex.speaker_determiners:
        return None  # (`which he said`, `who many …`)
    head = _noun_phrase_before(text, relative.start(), floor, lex, marks)
    return head[0] if head is not None else None


def _participle_head(text: str, first: int, e: int, floor: int, lex: Lexicon, marks: str) -> int | None:
    """Where the noun phrase starts that a past participle and its complement right before `first` describe: the
    complement is no speaker. The complement is the participle's agent (`Residents interviewed by The Times said`,
    `Analysts polled by Reuters expect`, `A report released Monday by the panel said`) or a prepositional phrase right
    after it (`Documents filed in federal court said`, `A memo sent to staff on Friday said`); then the noun phrase
    opens its clause, as `_gerund_head`'s does. None when there is no such phrase."""
    if not lex.agent_preposition or first - 1 <= floor or text[first - 1] != " ":
        return None
    space = text.rfind(" ", max(floor, first - _MAX_PREPOSITION_CHARS), first - 1)
    before = text[space + 1:first - 1] if space >= 0 else ""
    agent = before == lex.agent_preposition
    if not agent and before not in lex.mention_prepositions and before not in lex.count_prepositions:
        return None  # (slices and set tests first: most subjects have no preposition before them)
    window = max(floor, first - _MAX_RELATIVE_CHARS)
    participle = None
    for m in WORD.finditer(text, window, first):
        word = m.group()
        if word.islower() and (word.endswith(lex.past_endings) or word in lex.irregular_participles):
            participle = m
        elif word in lex.complementizers or word in lex.relative_pronouns:
            participle = None
    if participle is None or participle.start() == window or _has_punct(text, participle.end(), first, marks):
        return None
    if not agent and not _participle_complement(text, participle, first, e, lex):
        return None
    head = _noun_phrase_before(text, participle.start(), floor, lex, marks)
    if head is None:
        return None
    words = text[head[0]:head[1]].split()
    if any(w in lex.cue_verbs or w in lex.passive_auxiliaries
           for w in (words[:-1] if words[0].lower() in lex.speaker_determiners else words)):
        return None  # (not a clause: `one source said some …`, `a cashier was shaken by …`; a noun after a determiner
        # may be a cue's form: `A report released by …`)
    if not agent:
        opener = word_right_before(text, head[0], floor)
        if opener is not None and opener.group(1).lower() not in lex.coordinators \
                and not _has_punct(text, opener.end(1), head[0], marks):
            return None  # (the object of a verb or preposition before it: `As the storm moved toward Florida …`)
    return head[0]


_MAX_PREPOSITION_CHARS = 9  # a preposition and the spaces around it: ` without `


def _participle_complement(text: str, participle: re.Match[str], first: int, e: int, lex: Lexicon) -> bool:
    """Whether the words from a past participle to a subject text[first:e] are a prepositional phrase that completes it
    (`filed in federal court`, `charged with murder`) and the subject's verb is finite (`said`): not when the
    participle is a finite verb whose clause goes on (`Syria proved to be resistant to …`, `Trump said in August after
    Nabisco announced`), nor before a gerund or an owned noun cue, whose subject the preposition's object is (`The
    conversation ended with Maddow asking`, `seized on Trump's claim`)."""
    after = WORD.match(text, participle.end() + 1)
    if after is None or after.group() not in lex.clause_stops or text.endswith(lex.possessive_endings, first, e):
        return False
    between = text[participle.end():first].lower().split()
    if any(w in lex.pronouns or w in lex.cue_verbs or w in lex.subordinators or w in lex.noun_prepositions
           or w in lex.passive_auxiliaries or finite_form(w, lex) for w in between):
        return False
    verb = WORD.match(text, e + 1)
    return verb is not None and verb.group().islower() and not verb.group().endswith(lex.gerund_endings)


def _gerund_head(text: str, first: int, floor: int, lex: Lexicon, marks: str) -> int | None:
    """Where the noun phrase starts that a present participle and its prepositional complement right before `first`
    describe (`Officials speaking on condition of anonymity said`, `Protesters marching through the streets chanted`):
    the complement is no speaker. The phrase opens its clause, and nothing between is a pronoun, a relative or a
    verb; None when there is no such phrase. A participle that reports (`saying`) is an attribution of its own."""
    window = max(floor, first - _MAX_RELATIVE_CHARS)
    if not lex.gerund_endings or _participle_and_preposition(lex).search(text, window + 1, first) is None:
        return None  # (one scan first: most subjects have no participle before them)
    words = list(WORD.finditer(text, window, first))
    k = next((i for i in range(len(words) - 2, 0, -1) if words[i].group().islower()
              and words[i].group().endswith(lex.gerund_endings) and len(words[i].group()) > 4), None)
    if k is None or words[k].group() in lex.cue_verbs or words[k + 1].group() not in lex.clause_stops \
            or _has_punct(text, words[k].end(), first, marks) or any(
                w.group().lower() in lex.pronouns or w.group().lower() in lex.relative_pronouns
                or w.group().lower() in lex.complementizers or finite_form(w.group().lower(), lex)
                for w in words[k + 1:]) \
            or _SPACED_DASH.search(text, words[k].end(), first) is not None:
        return None
    head = _noun_phrase_before(text, words[k].start(), floor, lex, marks)
    if head is None or any(w in lex.cue_verbs or w in lex.speaker_skips or w.endswith(lex.past_endings)
                           for w in text[head[0]:head[1]].lower().split()):
        return None
    head = _with_approximator(text, head, floor, lex)  # (`more than 4 in 10 said`)
    opener = word_right_before(text, head[0], floor)
    if opener is not None and opener.group(1).lower() not in lex.coordinators \
            and not _has_punct(text, opener.end(1), head[0], marks):
        return None  # (the object of a verb before it: `a speech that included Trump vowing …`)
    return head[0]


@per_lexicon
def _participle_and_preposition(lex: Lexicon) -> re.Pattern[str]:
    """A lower-case word with a present participle's ending and a preposition of `clause_stops` after it, matched from
    the ending, the lower-case letter before it looked behind for (found by a scan for the ending's letters, not tried
    at every letter: a search for it in a window starts a character past the window's start)."""
    endings = "|".join(f"{re.escape(ending)}(?<=[a-z]{re.escape(ending)})" for ending in lex.gerund_endings) or "(?!)"
    stops = "|".join(map(re.escape, sorted(lex.clause_stops))) or "(?!)"
    return re.compile(f"(?:{endings}) (?:{stops}) ")


def _noun_phrase_before(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The mention ending one space before `pos` when it opens as a noun phrase does (a capital, a number or a
    determiner) and is no pronoun, else None."""
    head = speaker_before(text, pos, floor, lex, marks)
    if head is None or head[1] != pos - 1 or text[pos - 1] != " " or text[head[0]:head[1]].lower() in lex.pronouns:
        return None
    opening = text[head[0]:head[1]].split()[0]
    return head if opening[0].isupper() or opening[0].isdigit() or opening in lex.speaker_determiners else None


@per_lexicon
def _subject_relatives(lex: Lexicon) -> tuple[str, ...]:
    """The relative pronouns that may be a clause's subject."""
    return tuple(sorted(lex.relative_pronouns - lex.complementizers))


@per_lexicon
def _subject_relative_anywhere(lex: Lexicon) -> re.Pattern[str]:
    """A relative pronoun that may be a clause's subject, even inside a word: a scan for its letters, no word test."""
    return re.compile("|".join(map(re.escape, _subject_relatives(lex))) or "(?!)")


@per_lexicon
def _subject_relative(lex: Lexicon) -> re.Pattern[str]:
    """A relative pronoun that may be a clause's subject, as a whole word in lower case."""
    return re.compile(f"(?<![{_LETTERS}])(?:{'|'.join(_subject_relatives(lex)) or '(?!)'})(?![{_LETTERS}])")


_MAX_RELATIVE_CHARS = 80  # `who spoke on condition of anonymity because they were not authorized`


def _abbreviation_dot(piece: str, lex: Lexicon) -> bool:
    """Whether a piece ends in the dot of an abbreviation or an initial (`Mr.`, `Jr.`, `Inc.`, `R.`), no other
    punctuation around it."""
    core = piece[:-1]
    return piece.endswith(".") and bool(core) and core[0].isalnum() and core[-1].isalnum() \
        and (core.lower() in lex.abbreviations or (len(core) == 1 and core.isupper()))


_MAX_GLOSS_CHARS = 100  # a bracketed gloss after a name: `(R-Tex.)`, `[spokesman]`, `(a Connecticut Democrat …)`
_GLOSS_BREAK = re.compile("[,،;؛:!?؟\n]")  # not in a gloss (its dots and hyphens are: `R-S.C.`)


def _bracketed_subject(text: str, e: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`Sen. Ted Cruz (R-Tex.) said`: a gloss in brackets (ending at `e`) between a name and its verb belongs
    to the subject; the name is the subject before the opening bracket, and the mention runs to the closing one."""
    opening = _GLOSS_BRACKETS[text[e - 1]]
    bracket = text.rfind(opening, max(floor, e - _MAX_GLOSS_CHARS), e)
    if bracket <= floor or not text[bracket - 1].isspace() or _GLOSS_BREAK.search(text, bracket + 1, e - 1) \
            or _mark_pattern(marks).search(text, bracket + 1, e - 1):
        return None
    name = speaker_before(text, bracket, floor, lex, marks)
    if name is None or name[1] > bracket or not (text[name[0]].isupper() or _determined_name(text, name, lex)
                                                   and not any(w[0].islower() for w in text[bracket:e].split())):
        return None  # (a gloss of capitals after an article's name: `Speaker of the House Rep. Paul Ryan (R-WI) said`,
        # not an aside: `a rival campaign (that would be …)`)
    return name[0], e


DASHES = "―—–-"  # the horizontal bar too, as HuffPost types its asides
_MAX_ASIDE_CHARS = 250


def _dashed_subject(text: str, dash: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`The Supreme Court justice -- who has been … -- said`: an aside between dashes after the subject."""
    aside = dash
    while aside > floor and text[aside - 1] in DASHES:
        aside -= 1  # `--`
    opening = max(text.rfind(d, max(floor, aside - _MAX_ASIDE_CHARS), aside) for d in ("―", "—", "–", " -"))
    if opening <= floor or _SENTENCE_END.search(text, opening, aside) is not None:
        return None
    while opening > floor and text[opening - 1] in DASHES:
        opening -= 1
    name = speaker_before(text, opening, floor, lex, marks)
    if name is None or not (text[name[0]].isupper() or text[name[0]:name[1]].lower() in lex.pronouns):
        return None
    return name


def _skip_back(text: str, pos: int, floor: int, lex: Lexicon) -> int:
    """`pos` moved back over the auxiliaries, adverbs and time adverbials right before it."""
    return _before_modifiers(text, _pieces_before(text, floor, pos), lex, pos)[1]


def _before_modifiers(text: str, pieces: Iterator[tuple[int, str]], lex: Lexicon, pos: int
                      ) -> tuple[tuple[int, str] | None, int]:
    """The first of the `pieces` of `text` before `pos` (nearest first) that is no auxiliary, adverb, time adverbial
    or adverbial phrase between a subject and its verb (`has also`, `has sharply`, `last week`, `on Monday`, `less
    than two weeks ago`, `has in the past`), and where the words so skipped start."""
    timed = False  # inside a time adverbial, read backwards from its time word
    phrase_start = -1  # inside an adverbial phrase, read backwards from its last word: where it starts
    ends = _adverbial_ends(lex)
    for s, word in pieces:
        low = word.lower()
        if s > phrase_start >= 0:
            pass
        elif s == phrase_start:
            phrase_start = -1
        elif low in lex.time_words or lex.speaker_determiners and word[0].isdigit() and _YEAR.fullmatch(word):
            timed = True  # (a year in a cased language, whose subjects are no numbers: `who in 2010 said`)
        elif not (timed and low in lex.time_modifiers):
            timed = False
            if not _skipped_before_verb(word, lex):
                phrase = _adverbial_phrase(lex).search(text, max(0, s - _MAX_PHRASE_CHARS), s + len(word)) \
                    if low in ends else None
                if phrase is None or phrase.start() == s:
                    return (s, word), pos
                phrase_start = phrase.start()
        pos = s
    return None, pos


_MAX_PHRASE_CHARS = 30


@per_lexicon
def _adverbial_ends(lex: Lexicon) -> frozenset[str]:
    """The last words of the language's `verb_adverbials`: only before one of them is a phrase looked for."""
    return frozenset(phrase.split()[-1] for phrase in lex.verb_adverbials)


@per_lexicon
def _adverbial_phrase(lex: Lexicon) -> re.Pattern[str]:
    """One of the language's `verb_adverbials` ending where the search ends (looked for before their last words)."""
    return re.compile(f"(?<![{_LETTERS}])(?:{trie_pattern(sorted(lex.verb_adverbials), space=_SPACES)})\\Z")


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _skipped_before_verb(word: str, lex: Lexicon) -> bool:
    """An auxiliary or adverb between a subject and its verb: `has also`, `has sharply criticized`, `couldn’t`."""
    low = word.lower()
    return low in lex.speaker_skips or is_adverb(word, lex) \
        or bool(lex.negated_auxiliary_endings) and low.endswith(lex.negated_auxiliary_endings)


def finite_form(word: str, lex: Lexicon) -> bool:
    """A lower-case word that is a finite verb by its form: an auxiliary (`has`), a negated one (`didn’t`) or a past
    form (`stepped`)."""
    return word in lex.finite_auxiliaries or word.endswith(lex.past_endings) \
        or bool(lex.negated_auxiliary_endings) and word.endswith(lex.negated_auxiliary_endings)


def is_adverb(word: str, lex: Lexicon) -> bool:
    """A lower-case word with an adverb's ending (`sharply`), not a noun so ending (`family`)."""
    return word.endswith(lex.adverb_suffixes) and len(word) > 4 and word.islower() and word not in lex.adverb_lookalikes


@lru_cache(maxsize=None)
def _edge_characters(marks: str) -> str:
    return CLAUSE_PUNCT + marks


def _closing_subject(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`…, said Dan Gerstein, director of …`: an inverted subject ends the clause or meets punctuation,
    unlike the subject of a reported clause (`, said Latino voters are …`). A name may follow its role in
    lower case (`said Clinton ally James Carville.`): then the name is the subject."""
    speaker = speaker_after(text, pos, limit, lex, marks)
    if speaker is None:
        return _role_led_subject(text, pos, limit, lex, marks)
    if ends_clause(text, speaker[1], limit, lex, marks):
        return speaker
    return _named_after_role(text, speaker, limit, lex, marks)


def _role_led_subject(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`…, said police spokesman Sgt. Pete Dugan.`: an inverted subject that opens in lower case with a role (a few
    words ending in a title of the table) before a name that ends the clause; the whole mention."""
    if not lex.speaker_determiners:
        return None
    words = words_in(text, pos, min(limit, pos + 60), _MAX_ROLE_WORDS + 2)
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if not word.islower() or _has_punct(text, words[k - 1][1] if k else pos, s, marks):
            if k == 0 or text[words[k - 1][0]:words[k - 1][1]] not in lex.titles or not word[0].isupper():
                return None
            name = speaker_after(text, s, limit, lex, marks)
            if name is None or name[0] != s or not ends_clause(text, name[1], limit, lex, marks):
                return None
            return words[0][0], name[1]
        if word in lex.clause_stops or word in lex.speaker_determiners or word in lex.pronouns:
            return None
        if word in lex.titles and k < _MAX_BARE_ROLE_WORDS and text[e:limit].strip()[:1] in lex.terminals:
            return words[0][0], e  # a headline's bare role ending its line or sentence: `‘We will win,’ says
            # minister`, `says health minister` (not `says union president, Darrell Bush`: the name is the subject)
    return None


_MAX_BARE_ROLE_WORDS = 2


def _absolute_subject(text: str, pos: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """`…, with Sen. John McCain calling the deal …`, `with Maddow asking`: a link of `absolute_links` and a mention
    that opens with a capital right before the participle at `pos`, no comma or stop word between, name the
    participle's own subject (an absolute phrase), not the sentence's."""
    window = max(floor, pos - 80)
    if not any(link in text[window:pos].lower() for link in lex.absolute_links):
        return None  # most participles: no link before them at all
    words = words_in(text, window, pos)[-(MAX_SPEAKER_WORDS + 1):]
    for k in range(len(words) - 2, -1, -1):
        if text[words[k][0]:words[k][1]].lower() in lex.absolute_links:
            first = words[k + 1][0]
            opening = text[first:words[k + 1][1]].lower()
            inner = [text[a:b].lower() for a, b in words[k + 1:]]
            counted = text[first].isdigit() or opening in lex.number_words or opening in lex.speaker_determiners \
                and any(w in lex.mention_prepositions for w in inner)
            # (a plural noun of a few words names a group: `with lawmakers accusing her`, `with several major donors
            # telling Castillo`, and an article and a title a person: `with the health secretary insisting`), after a
            # comma: the link opens the sentence's adjunct (not `ran ads with both outlets reminding …`)
            group = len(inner) <= _MAX_GROUP_WORDS and (
                inner[-1].endswith(lex.plural_endings) or inner[0] in lex.articles and inner[-1] in lex.titles) \
                and not any(w in lex.subject_stops and w not in lex.articles or w in lex.pronouns for w in inner) \
                and (text[max(floor, words[k][0] - 3):words[k][0]].rstrip().endswith(",")
                     or not text[floor:words[k][0]].strip(SENTENCE_OPENERS))  # (or at the sentence's start)
            if not (text[first].isupper() or text[words[-1][0]].isupper() or counted or group) \
                    or text[words[-1][1]:pos].strip() or any(c in text[first:pos] for c in _CLAUSE_MARKS) or any(
                    (w in lex.clause_stops or counted and w in lex.subject_stops)
                    and not (counted and w in lex.mention_prepositions) for w in inner):
                return None  # (a count opens one too, and a determiner before a complement: `with 30 percent of
                # voters saying`, `with three in 10 saying`, `with the campaign of the former senator saying`)
            return first, words[-1][1]
    return None


_MAX_GROUP_WORDS = 3


def ends_clause(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> bool:
    """Nothing but punctuation, an adjunct (`in`, `on`) or a relative clause (`who`) follows `pos`."""
    rest = words_in(text, pos, min(limit, pos + 40), 1)
    if not rest or _has_punct(text, pos, rest[0][0], marks):
        return True
    word = text[rest[0][0]:rest[0][1]].lower()
    return word in lex.clause_stops or (word in lex.relative_pronouns and word not in lex.complementizers)


_MAX_ROLE_WORDS = 2  # lower-case words between an inverted subject's capitals: `Democratic pollster Stan Greenberg`


def _named_after_role(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon, marks: str
                      ) -> tuple[int, int] | None:
    """`said Clinton ally James Carville.`, `wrote Time magazine.`: a cased mention that goes on in lower case with
    a role noun, then with a name or to the clause end; the whole mention, as a subject before its verb is given."""
    if not lex.speaker_determiners or not text[speaker[0]].isupper() \
            or text[speaker[0]:speaker[1]].lower() in lex.pronouns:
        return None
    end, roles, name = speaker[1], 0, None
    for s, e in words_in(text, end, min(limit, end + 80), _MAX_ROLE_WORDS + MAX_SPEAKER_WORDS):
        if _has_punct(text, end, s, marks):
            break
        word = text[s:e]
        low = word.lower()
        if word.islower():
            if name is not None or roles == _MAX_ROLE_WORDS or low in _subject_ends(lex) or low in lex.speaker_skips:
                break
            roles += 1
        elif name is None:
            name = s
        end = e
    if roles == 0 or not (ends_clause(text, end, limit, lex, marks) if name is not None else
                          not words_in(text, end, min(limit, end + 40), 1) or _has_punct(text, end, min(limit, end + 2), marks)):
        return None  # ending in lower case (`Time magazine.`) needs punctuation: not `Clinton's supposed divisiveness and`
    return speaker[0], end


def _appositive_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`Ann Compton, who covered the White House …, said`, `Sen. Lindsey Graham, R-S.C., a candidate, said`,
    `her adviser, Jake Sullivan, said`: the subject before appositives set off by commas; the appositive
    right before the verb is the subject itself when it is a name."""
    inner_end = text.rfind(",", floor, pos)
    if inner_end < 0 or text[inner_end + 1:pos].strip():
        return None
    comma = text.rfind(",", max(floor, inner_end - 250), inner_end)
    if comma >= 0:
        own = trim_whitespace(text, comma + 1, inner_end)
        if _is_proper_name(text, *own, lex):
            before = text.rfind(",", max(floor, comma - 250), comma)
            first = words_in(text, before + 1, comma, 1) if before >= 0 else []
            if not first or text[first[0][0]:first[0][1]].lower() not in lex.relative_pronouns:
                return own
            # `Ingo Wageknecht, who lives in Bramerton Lane, Rockland St Mary, said`: the place ends the relative
            inner_end, comma = comma, before
    for k in range(_MAX_APPOSITIVES):
        if comma < 0 or _appositive_break(text, comma, inner_end, marks) or _is_clause(text, comma + 1, inner_end, lex):
            return None  # (`Even as …, a state that …, [the race will be tight], said Dan Gerstein`: the report)
        name = speaker_before(text, comma, floor, lex, marks)
        if name is not None and not text[name[0]].isupper():  # `The attorney for the caucus, which …, said`
            head = with_head_before(text, *name, floor, lex, marks)
            mark = text[max(floor, head[0] - 3):head[0]].rstrip()[-1:]
            if not (mark and mark in marks):  # (not a quoted title's: `author of "Empire of the Fund,"`)
                name = head
        # a name may end in its bracketed gloss: `Rep. Bobby Scott (D-Va.), a negotiator, said`; a pronoun only before
        # a short adverbial set off right before the verb: `He, however, explained`, `She, for her part, said`
        pronoun = name is not None and text[name[0]:name[1]].lower() in lex.pronouns
        adverbial = pronoun and k == 0 and text[comma + 1:inner_end].strip().islower() \
            and len(words_in(text, comma + 1, inner_end, _MAX_ADVERBIAL_WORDS + 1)) <= _MAX_ADVERBIAL_WORDS
        # (a pronoun in lower case too, inside a sentence: `and he, once again, pledged …`); before an age set off
        # right before the verb, any mention: `retired dairy farmer Neville Hartigan, 74, said`, `the farmer, 74, said`
        aged = k == 0 and text[comma + 1:inner_end].strip().isdigit()
        if name is not None and (text[name[0]].isupper() or _article_led_name(text, name, floor, lex) or adverbial
                                 or aged and not pronoun
                                 or k == 0 and _determined_clause_subject(text, name, comma, inner_end, floor, lex)) \
                and (not pronoun or adverbial) \
                and (text[name[1] - 1].isalnum() or text[name[1] - 1] in _GLOSS_BRACKETS
                     or _ends_in_abbreviation(text, *name, lex)) \
                and not _sentence_adverb(text[name[0]:name[1]], lex) and not _is_date(text[name[0]:name[1]], lex):
            return name  # (not `Specifically, the effects … are cited …, said Michael Prather`; `The U.N., which …,
            # called`; not the date of an adjunct: `… on July 1, after the expiry of …, said its director-general X`)
        inner_end, comma = comma, text.rfind(",", max(floor, comma - 250), comma)
    return None


_MAX_APPOSITIVES = 3


def _is_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end], set off by commas, opens with a subject and its finite auxiliary, within its first
    few words and before any relative pronoun: a clause of its own (`the race will be tight`), no apposition (`a
    consultant who has worked for her`) or gloss, which opens with one of the `gloss_openers` (`whose roots are …`)."""
    for k, (a, b) in enumerate(words_in(text, start, end, _MAX_CLAUSE_SUBJECT_WORDS + 1)):
        word = text[a:b].lower()
        if word in lex.relative_pronouns or k == 0 and word in lex.gloss_openers:
            return False
        if word in lex.finite_auxiliaries:
            return True
    return False


_MAX_CLAUSE_SUBJECT_WORDS = 4
_MAX_ADVERBIAL_WORDS = 3
_SENTENCE_END = re.compile(r"[!?؟]|(?<=[a-z\u0600-\u06FF]{3})\.\s")


def _article_led_name(text: str, mention: tuple[int, int], floor: int, lex: Lexicon) -> bool:
    """`the Norwegian Refugees Council (NRC)`: an article before capitalised words only, opening a clause (`…, the`,
    `two days after the Huffington Post, which …, said`), not a preposition's object (`a member of the AfroSpear`)."""
    words = text[mention[0]:mention[1]].split()
    before = word_right_before(text, mention[0], floor)
    definite = words[0] in lex.articles and words[0] not in lex.naming_determiners  # (`a Hollywood, Fla., rabbi`)
    opens = before is None or before.group(1) in lex.subordinators or before.group(1) in lex.coordinators
    return len(words) > 1 and definite and opens and all(w.lstrip("(")[:1].isupper() for w in words[1:])


def _determined_clause_subject(text: str, mention: tuple[int, int], comma: int, aside_end: int, floor: int,
                               lex: Lexicon) -> bool:
    """`But a U.S. official, speaking on condition of anonymity, said`, `…, and a judge, in a ruling, said`: a mention a
    determiner opens after a coordinator, which opens its clause as a capital opens the sentence, or after the comma
    of an introductory phrase (`Under questioning, the aide, who …, said`; after another comma it may be an
    apposition: `Jeb Bush, the former Florida governor, said`), before one aside set off by commas that
    is no clause of its own: no finite auxiliary in it but in a relative clause (not `his wife, son Ghassan and … had
    been traveling together, wrote X`)."""
    if text[mention[0]:mention[1]].split(maxsplit=1)[0] not in lex.speaker_determiners:
        return False
    before = word_right_before(text, mention[0], floor)
    if before is None and not after_introduction(text, mention[0], floor, lex) \
            or before is not None and before.group(1).lower() not in lex.coordinators:
        return False
    aside = [text[a:b].lower() for a, b in words_in(text, comma + 1, aside_end)]
    return bool(aside) and (aside[0] in lex.relative_pronouns or lex.finite_auxiliaries.isdisjoint(aside))


def after_introduction(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether the only comma before `pos` in its sentence closes an introductory phrase that opens it with a subject
    stop (`Under questioning by prosecutors,`, `In Iowa,`)."""
    first = words_in(text, floor, pos, 1)
    return bool(first) and text[first[0][0]:first[0][1]].lower() in lex.subject_stops \
        and text.count(",", floor, pos) == 1 and text[floor:pos].rstrip().endswith(",")


def _is_date(mention: str, lex: Lexicon) -> bool:
    """`July 1`, `Monday 5 May`: time words and a number, no speaker."""
    words = mention.lower().split()
    return any(w.isdigit() for w in words) and all(w.isdigit() or w in lex.time_words for w in words)


def _appositive_break(text: str, start: int, end: int, marks: str) -> bool:
    """A sentence end or an unpaired quote mark between the subject and its appositive (the dots of
    `R-S.C.`, a quoted title as in `the co-author of "Going Viral,"` and apostrophes are none)."""
    if _SENTENCE_END.search(text, start, end) is not None:
        return True
    return _odd_marks(text, (start, end), marks)


def _sentence_adverb(words: str, lex: Lexicon) -> bool:
    """Whether `words` are one adverb that a comma sets off at a sentence's start (`Specifically,`, `However,`)."""
    low = words.lower()
    return " " not in low and (low in lex.sentence_adverbs or is_adverb(low, lex))


def _is_proper_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A short run of capitalised words (`Jake Sullivan`), not initials (`R-S.C.`), a party and state
    (`R-Ky.`: one capital and a hyphen) or a description."""
    words = text[start:end].split()
    return 0 < len(words) <= 4 and bool(lex.speaker_determiners) and all(w[0].isupper() for w in words) \
        and any(ch.islower() for ch in text[start:end]) and words[0].lower() not in lex.speaker_determiners \
        and words[0].lower() not in lex.pronouns and not words[0].startswith("-", 1)


def _odd_marks(text: str, span: tuple[int, int], marks: str) -> bool:
    """Whether text[span] holds a quote mark left open or closed without its pair (apostrophes aside)."""
    return sum(1 for ch in text[span[0]:span[1]] if ch in marks and ch not in APOSTROPHES) % 2 == 1


def _with_closing_mark(text: str, span: tuple[int, int], marks: str) -> tuple[int, int]:
    """A mention ending in a quoted name, `مدرب الفريق "خافيير كليمنتي`, with the mark that closes the name."""
    if span[1] < len(text) and text[span[1]] in marks and _odd_marks(text, span, marks):
        return span[0], span[1] + 1
    return span


def _auxiliary_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `وكان زيلينسكي أعلن`, `وكان الرئيس قد أعلن`: the subject between an auxiliary and the verb; a long one may
    be set off from the verb by a comma (`وكان مصدر مسؤول في الوزارة، قال إن …`)."""
    if _auxiliary_pattern(lex).search(text, max(floor, pos - 120), pos) is None:
        return None  # one scan rules out most verbs: no auxiliary before them at all
    close = len(text[floor:pos].rstrip()) + floor - 1
    if close > floor and text[close] in _GLOSS_BRACKETS:  # `وكانت جماعة الحوثيين (أنصار الله) أعلنت`: the gloss
        bracket = text.rfind(_GLOSS_BRACKETS[text[close]], max(floor, close - _MAX_GLOSS_CHARS), close)  # is the
        if bracket > floor and not _GLOSS_BREAK.search(text, bracket + 1, close):  # subject's
            inner = _auxiliary_subject(text, bracket, floor, lex, marks)
            return (inner[0], close + 1) if inner is not None else None
    # `وكان المتحدث باسم الوزارة، الدكتور محمد العبدالعالي، أعلن`: a name between commas after a title's mention;
    # `وكان محمد المنفي، رئيس المجلس الرئاسي الليبي، قد قال`: a title after a name (past the second auxiliary)
    before = word_right_before(text, pos, max(floor, pos - 20))
    framed = before.start(1) if before is not None and before.group(1) in lex.auxiliaries else pos
    appositive = _APPOSITIVE_BEFORE.search(text, max(floor, framed - 80), framed)
    if appositive is not None:
        inner = _auxiliary_subject(text, appositive.start(), floor, lex, marks)
        if inner is not None:
            named = _with_appositive_name(text, inner, len(text), lex, marks)
            return named if named[1] == appositive.end(1) else inner
    words = words_in(text, max(floor, pos - 120), pos)
    last = len(words) - 1  # the subject's last word; an auxiliary right before the verb (قد) is skipped
    for k in range(len(words) - 1, -1, -1):
        gap_end = words[k + 1][0] if k + 1 < len(words) else pos
        set_off = k == last and _COMMA.fullmatch(text, words[k][1], gap_end) is not None
        quoted = not text[words[k][1]:gap_end].strip(marks + " ")  # (a quoted name: `وكان المدرب "خافيير" صرح`)
        if _has_punct(text, words[k][1], gap_end, marks) and not set_off and not quoted \
                or text[words[k][0]:words[k][1]].endswith(lex.accusative_endings) \
                or text[words[k][0]:words[k][1]] in lex.clause_linkers:
            return None  # `التي كانت قد تأسست حديثاً اعتبرت`: an adverb is no subject; `حيث يتوقع`: a clause
        if text[words[k][0]:words[k][1]] in lex.auxiliaries:
            if k == last:
                last -= 1
                continue
            if text[words[k][0]:words[k][1]] in lex.verb_particles:
                return None  # `وكان بري قد أدلى بكلمة له قال فيها`: a verb follows قد, no subject
            subject = _with_closing_mark(text, (words[k + 1][0], words[last][1]), marks)
            return None if _odd_marks(text, subject, marks) else subject
        # framed by an auxiliary on either side (`وكان مدير البرنامج في السودان علي الزعتري قد اكد`), a subject may
        # be as long as any mention; before a bare verb the auxiliary may be another verb's (`كان X قد بث تسجيلا … دعا`)
        if last - k + 1 > (MAX_SPEAKER_WORDS if last < len(words) - 1 else MAX_SPEAKER_WORDS - 1):
            return None
    return None


_APPOSITIVE_BEFORE = re.compile(f"[,،]\\s*((?:[{_LETTERS}.]+\\s+){{0,5}}[{_LETTERS}]+)\\s*[,،]\\s*\\Z")


@per_lexicon
def _auxiliary_pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?<![{_LETTERS}])(?:{trie_pattern(sorted(lex.auxiliaries))})(?![{_LETTERS}])" if lex.auxiliaries
                      else "(?!)")


_MAX_APPOSITIVE_NAME_WORDS = 4
_COMMA = re.compile("\\s*[,،]\\s*")


def _with_appositive_name(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon, marks: str,
                          form: str = "", titled_once: bool = True) -> tuple[int, int]:
    """Arabic `قال وزير الخارجية الإيراني، جواد ظريف، إن`: a VSO subject that is a title, a description or an office's
    noun goes on over the name set off by commas after it (or by a comma and the complementizer: `، سمر نصار إن`),
    when the attribution goes on after the name (a complementizer, an adjunct, or the verbal noun that opens the
    content of the cue `form`: `أعلنت الوزيرة، هالة زايد، تطبيق …`; with no `form`, the subject of a verb that is no
    cue, whatever follows: `قام رئيس الحكومة، عزيز أخنوش، بتقديم …`); a name is a few words, none of them a stop word
    or a description (`الثلاثاء`, `خلال المؤتمر`), nor a source phrase (`، بحسب الوكالة،`). It may open with an
    honorific (`الخبير، الدكتور قاسم الحموري،`) or a definite title honouring a name (`، القاضي محسن الدالي،`), and
    after a title with the article (`شاهد العيان، الجميل الفاضل،`); after a name (`الشهري، مدرب الفريق،`) it is a
    role. A name ends at an adjunct before the comma (`، الدكتور محمد المبروك اليوم الأربعاء،`, `، عبد الحسين عبطان
    خلال اجتماع له …،`), when it is honoured or follows a title; else the words are a description (`، خطاب العرش الذي
    …،`, `الدعوى …، واختصمت كلا من …`)."""
    head = _norm(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex)
    if (named := _called_name_end(text, speaker[1], limit, lex)) is not None:
        return speaker[0], named  # `أحد سائقي الشاحنات، ويدعى محمود عطية، أنه`: whatever the head, a name it is called
    opening = _COMMA.match(text, speaker[1], limit) or _title_complement_comma(text, speaker[1], limit, head, lex, marks)
    if opening is None or not (head in lex.titles or head.startswith(lex.definite_prefixes) or head in lex.name_heads
                               or head in lex.construct_heads):  # (`مسؤول وزارة الصحة، أحمد يوريانتو،`)
        return speaker  # (`قالت شركة النفط العملاقة، أرامكو السعودية، اليوم`: an organisation's description and name)
    comma = _COMMA.search(text, opening.end(), min(limit, opening.end() + 60))
    if comma is not None and not _has_punct(text, _past_title_abbreviation(text, opening.end(), lex), comma.start(),
                                            marks):  # (the dot of a title's abbreviation is no punctuation: `د. علي`)
        name_end, rest = comma.start(), comma.end()
    elif (colon := text.find(":", opening.end(), min(limit, opening.end() + 60))) >= 0 \
            and not _has_punct(text, opening.end(), colon, marks):
        name_end, rest = colon, colon  # `وكتبت المتحدثة باسم المنظمة، نور الهدى بنعلي: «…»`: the colon ends the name
    else:  # no comma closes the name before the complementizer: `قالت الأمينة العامة للاتحاد، سمر نصار إن`, nor
        # before the content the cue's preposition opens (`اعترف مدرب الرجاء، رشيد الطاوسي بالأداء المخيب`)
        words = words_in(text, opening.end(), limit, _MAX_APPOSITIVE_NAME_WORDS + 1)
        proclitic = form in lex.proclitic_content_cues
        k = next((i for i, (s, e) in enumerate(words) if text[s:e] in lex.complementizers
                  or i and proclitic and opens_proclitic_content(text[s:e], lex)), None)
        if not k or _has_punct(text, opening.end(), words[k][0], marks) \
                or k == 1 and text[words[0][0]:words[0][1]].startswith(lex.definite_prefixes):
            return speaker  # (a lone noun with the article is the object: `وصف الأمين العام، الاتفاق بأنه …`)
        name_end, rest = words[k - 1][1], words[k][0]
    if _cue_at_start(lex).match(text, opening.end()) is not None:
        return speaker
    spans = words_in(text, opening.end(), name_end)
    name = [text[s:e] for s, e in spans]
    after = words_in(text, rest, limit, 1)
    ends = _subject_ends(lex)
    # an honorific and the links inside a name make it no longer: `الدكتور محمد بن مبارك جمعة`; so does a definite
    # title before a name without the article, which it honours as one does (`القاضي محسن الدالي`)
    honoured = bool(name) and (name[0] in lex.honorifics or len(name) > 1 and name[0] in lex.titles
                               and name[0].startswith(lex.definite_prefixes)
                               and not name[1].startswith(lex.definite_prefixes) and name[1] not in lex.titles)
    cut = next((j for j in range(2, len(name)) if name[j] in ends
                and (honoured or head in lex.titles and name[j] not in lex.relative_pronouns)), None)
    if cut is not None:  # `، الدكتور محمد المبروك اليوم الأربعاء،`, `، عبد الحسين عبطان خلال اجتماع …،`: a name
        # ends at the adjunct after it (words a relative clause describes are no name: `، خطاب العرش الذي ألقاه …،`)
        if not honoured and _continues_attribution(name[0], form, ends, lex):
            return speaker  # `نفى محافظ سلطة النقد عزام الشوا، وجود أي نقص في …`: the cue's nominal content
        name, name_end, after = name[:cut], spans[cut - 1][1], spans[cut:cut + 1]
    counted = [w for w in (name[1:] if honoured else name) if w not in lex.name_links]
    if name and not honoured and name[0] in lex.titles and _COMMA.fullmatch(text, name_end, rest) and titled_once \
            and (retitled := _with_appositive_name(text, (speaker[0], name_end), limit, lex, marks, form, False)) \
            != (speaker[0], name_end):
        return retitled  # a second title set off before the name: `الوزير المنتدب …، الناطق الرسمي باسم الحكومة، عادل
        # الصقلي،`
    if not name or len(counted) > _MAX_APPOSITIVE_NAME_WORDS or name[0] in lex.circumstantial_openers \
            or not honoured and (
            name[0] in lex.titles or name[0].startswith(lex.definite_prefixes) and head not in lex.titles) \
            or any((w in ends and not (j == 0 and _given_day_part(name, lex))) or w.endswith(lex.accusative_endings)
                   for j, w in enumerate(name)) \
            or text[rest:rest + 1] != ":" and (
                not after or form and not _continues_attribution(text[after[0][0]:after[0][1]], form, ends, lex)):
        return speaker  # (a verb that is no cue goes on with whatever follows: `قام رئيس الحكومة، عزيز أخنوش، بتقديم`)
    return speaker[0], name_end


def _given_day_part(name: list[str], lex: Lexicon) -> bool:
    """Whether a name set off by commas opens with a day part that is a given name: no time word follows it (`، صباح
    هورامي،`; not `، صباح اليوم،`)."""
    return name[0] in lex.day_parts and len(name) > 1 and name[1] not in lex.time_words


def _called_name_end(text: str, pos: int, limit: int, lex: Lexicon) -> int | None:
    """Where the name after a comma and a naming word ends (`، ويدعى محمود عطية،`, `، واسمه أحمد`): a few words up to
    the next comma or complementizer; None when no naming word follows."""
    opening = _COMMA.match(text, pos, limit)
    words = words_in(text, opening.end(), limit, _MAX_APPOSITIVE_NAME_WORDS + 2) if opening else []
    if not words or text[words[0][0]:words[0][1]] not in lex.naming_words:
        return None
    name: list[tuple[int, int]] = []
    for s, e in words[1:]:
        if text[s:e] in lex.complementizers or _has_punct(text, name[-1][1] if name else words[0][1], s, ""):
            break
        name.append((s, e))
    return name[-1][1] if 0 < len(name) <= _MAX_APPOSITIVE_NAME_WORDS else None


def opens_proclitic_content(word: str, lex: Lexicon) -> bool:
    """Whether `word` carries the preposition that opens a cue's content (`بإجراء`), and is no adjunct's preposition
    (`بحضور`), no content preposition written apart and no preposition with a pronoun (`بها`)."""
    return word.startswith(lex.content_proclitics) and word not in lex.clause_stops \
        and word not in lex.content_prepositions and word not in lex.pronoun_prepositions


def _past_title_abbreviation(text: str, pos: int, lex: Lexicon) -> int:
    """`pos` moved past a title's abbreviation and its dot right there (`د. غالب`, `د.غالب`), if any."""
    m = _ABBREVIATION_AT.match(text, pos)
    return m.end() if m is not None and m.group(1) in lex.title_abbreviations else pos


_ABBREVIATION_AT = re.compile(r"\s*([^\W\d_]+(?:\.[^\W\d_]+)*)\.")


def _addressee(word: str, lex: Lexicon) -> bool:
    """Whether `word` names whom the words were given to, its preposition written onto it: `لـ«الشرق`, `للسومرية`,
    `لوكالة`."""
    return word.startswith(lex.addressee_proclitics) or word.startswith(lex.addressee_prefixes) \
        or word in lex.addressee_words


def _continues_attribution(word: str, form: str, ends: frozenset[str], lex: Lexicon) -> bool:
    """Whether `word` after a subject goes on with the attribution of the cue `form`: it ends a subject or names the
    addressee (`، أبو علي الكتبي، للسومرية نيوز، إن`), or opens the cue's nominal content (`تطبيق الإجراءات`), or its
    content's proclitic (`طالب …، بضرورة`)."""
    return word in ends or _addressee(word, lex) or bool(form) and (
        word in nominal_openers(form, lex) or form in lex.content_noun_cues and (
        owned_verbal_noun(word, lex) or verbal_noun_pattern(lex).fullmatch(word) is not None
        or word in lex.definite_content_nouns)  # (`، برهم صالح، الحاجة الملحة لدعم …`)
        or form in lex.proclitic_content_cues and word.startswith(lex.content_proclitics))


def _title_complement_comma(text: str, pos: int, limit: int, head: str, lex: Lexicon, marks: str) -> re.Match[str] | None:
    """`قال المستشار في الديوان الملكي بمرتبة وزير، سعود القحطاني، إن`: a title's complement, a prepositional phrase
    of a few words opened by a preposition of `title_prepositions` or a destination (`_destination`) (or of
    `complement_proclitics`, written onto a
    body's noun: `وزير الاقتصاد بحكومة الدبيبة، محمد الحويج،`, `المديرة القطرية لبرنامج الأغذية العالمي في السودان،
    لورا بيرتولدي،`),
    may stand between the title and the comma before its name; not one that names a speech event (`في بيان`, `في
    اتصال مع نظيره، …`), which is the verb's adjunct. The comma, when so."""
    if head not in lex.titles:
        return None
    comma = _COMMA_AHEAD.search(text, pos, min(limit, pos + 80))
    if comma is None or _has_punct(text, pos, comma.start(), marks):
        return None
    words = [text[s:e] for s, e in words_in(text, pos, comma.start(), _MAX_COMPLEMENT_WORDS + 1)]
    body = words[0][1:] if words and words[0].startswith(lex.complement_proclitics) else ""
    if not 1 < len(words) <= _MAX_COMPLEMENT_WORDS or words[0] not in lex.title_prepositions \
            and not _destination(words, lex) and not (
            body in lex.titles or body in lex.construct_heads or body in lex.name_heads) or any(
            w in lex.speech_event_nouns or w in lex.complementizers or w in lex.cue_verbs
            or w in lex.clause_stops and w not in lex.title_prepositions for w in words[1:]):
        return None
    return _COMMA.match(text, comma.start(), limit)


_MAX_COMPLEMENT_WORDS = 6
_COMPLEMENT_CLOSERS = frozenset({",", "،", ":"})


def _destination(words: list[str], lex: Lexicon) -> bool:
    """Whether the words open with where a title's holder is sent, a place (`إلى اليمن`), not what a calling verb
    calls for (`إلى الالتزام بـ…`)."""
    return len(words) > 1 and words[0] in lex.title_destinations and words[1] in lex.place_names


_MAX_HONORIFIC_NAME_WORDS = 4


def _with_place_complement(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon, relayed: bool = False
                           ) -> tuple[int, int]:
    """`وقال مصدر في الوزارة إن …`, `وأكدت مصادر في لجنة الأشغال النيابية أن …`: an unnamed source's (or an
    indefinite title's) complement, a prepositional phrase of `title_prepositions` that names a body or a place
    in a few words up to the complementizer or a comma or colon, belongs to the subject, which stopped at the
    preposition (a `relayed` source's up to the noun that relays its words: `عن مصدر مقرب من الرئاسة قوله`); not a
    speech event, a time or any other stop word (`في بيان`, `في الوقت نفسه`). A definite body's
    (`المكتب الإعلامي الحكومي في غزة`) is a place's name, where a definite title's is where it spoke (`قال الوزير في
    القاهرة`)."""
    head = _norm(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex)
    definite = head.startswith(lex.definite_prefixes)
    if definite and (head in lex.titles or head in lex.source_nouns) \
            or not definite and head not in lex.source_nouns and head not in lex.titles \
            and head not in lex.construct_heads:
        return speaker
    words = words_in(text, speaker[1], min(limit, speaker[1] + 120), _MAX_COMPLEMENT_WORDS + 1)
    close = text[speaker[0]:speaker[1]].rsplit(maxsplit=1)[-1] in lex.closeness_adjectives  # `مصادر مقربة من …`
    if len(words) < 3 or text[words[0][0]:words[0][1]] not in lex.title_prepositions and not (
            close and text[words[0][0]:words[0][1]] == lex.closeness_preposition) \
            or text[speaker[1]:words[0][0]].strip():
        return speaker
    body = _norm(text[words[1][0]:words[1][1]], lex)
    if not (body in lex.place_names or not definite and (
            body.startswith(lex.definite_prefixes) or body in lex.name_heads or body in lex.construct_heads
            or close and body in lex.titles)):  # (`مصدر مقرب من رئيس مجلس النواب`: close to a person)
        return speaker  # (a body or a place: not `في تقريره`, `في وقت سابق`, which say how or when it spoke)
    if skip_adjunct(text, speaker[1], limit, lex) > speaker[1]:
        return speaker  # (`في هذا السياق`, `في المقابل`: how the report goes on)
    for k in range(1, len(words)):
        word = text[words[k][0]:words[k][1]]
        if gap := text[words[k - 1][1]:words[k][0]].strip():
            # (a comma or colon closes it, before an aside, the complementizer or the quotation; other punctuation
            # inside: no complement)
            return (speaker[0], words[k - 1][1]) if k > 1 and gap[0] in _COMPLEMENT_CLOSERS else speaker
        if word in lex.complementizers or k > 1 and addressee_opener(word, lex) and any(
                text[a:b] in lex.complementizers for a, b in words[k + 1:]):
            # (... or to whom it spoke, before it: `وقال مصدر في الحكومة لوكالة الأنباء الألمانية إن …`)
            return (speaker[0], words[k - 1][1]) if k > 1 else speaker
        if relayed and k > 1 and word in lex.relayed_sayings:
            return speaker[0], words[k - 1][1]
        if word in lex.speech_event_nouns or word in lex.cue_verbs or word in lex.time_words \
                or word in lex.day_parts or word in _subject_ends(lex) and word not in lex.title_prepositions:
            return speaker
    return speaker


def addressee_opener(word: str, lex: Lexicon) -> bool:
    """Whether a word opens whom a source spoke to: an addressee proclitic written apart (`لـ«الشرق الأوسط»`), an
    addressee word (`لوسائل`, `للصحفيين`) or the preposition ل on an outlet's noun or name (`لوكالة`, `للجزيرة`)."""
    if word in lex.addressee_proclitics or word in lex.addressee_words:
        return True
    preposition = lex.addressee_proclitics[0][:1] if lex.addressee_proclitics else ""  # (ل of `لـ`)
    article = lex.definite_prefixes[0] if lex.definite_prefixes else ""
    # (written onto the article, ل takes the place of its alif: للجزيرة for ل + الجزيرة)
    return bool(preposition) and word.startswith(preposition) and len(word) > 2 and (
        word[1:] in lex.outlets or article + word[2:] in lex.outlets or preposition + word[2:] in lex.addressee_words)


def _with_honorific_name(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon, marks: str) -> tuple[int, int]:
    """`قال أستاذ القانون العام بكلية الحقوق في جامعة الكويت د. محمد الفيلي إن`: a title's (or an office noun's:
    `أمين سر النقابة`) complement, a prepositional phrase of `title_prepositions` (or a destination: `المبعوث الأممي
    إلى السودان رشيد بن عمار`), then a name of a few words right
    before the complementizer or a comma belong to the subject (a verb's or a source phrase's), which stopped at the
    preposition. The name opens with an honorific, or with a word without the article right after one with it (`وزير
    البيئة في حكومة تصريف الأعمال ناصر ياسين`): a definite noun heads no genitive and takes no indefinite adjective, so
    such a word opens a mention of its own; so does a word right after a place of `place_names` (`مدير الآثار في حلب
    أكرم قره كله`). No word between is a speech event, a cue or a stop word (`في بيان`, `خلال`)."""
    head = _norm(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex)
    if head not in lex.titles and head not in lex.construct_heads:
        return speaker
    if (quoted := _quoted_complement_end(text, speaker, limit, lex)) is not None:
        return _with_name_after_quoted(text, speaker, quoted, limit, lex, marks)
    words = words_in(text, speaker[1], min(limit, speaker[1] + 150),
                     _MAX_COMPLEMENT_WORDS + _MAX_HONORIFIC_NAME_WORDS + 4)
    tokens = [text[s:e] for s, e in words]
    if len(tokens) < 4 or tokens[0] not in lex.title_prepositions and not _destination(tokens, lex):
        return speaker
    if tokens[0] in lex.content_prepositions and tokens[1] in lex.content_nouns:
        return speaker  # `أعلنت وزارة الصحة عن إطلاق حملة …`: the preposition opens the content, no complement (not
        # `عضو المجلس عن الاتحاد الوطني الكردستاني`, whose body's name has a verbal noun's shape)
    ends = _subject_ends(lex)
    reach = range(2, min(len(tokens), _MAX_COMPLEMENT_WORDS + 1))
    honorific = next((i for i in reach if tokens[i] in lex.honorifics), None)
    if honorific is not None:
        starts = [(honorific, honorific + 1)]  # the name after the honorific
    else:
        starts = [(i, i) for i in reach if (tokens[i - 1].startswith(lex.definite_prefixes)
                                            or tokens[i - 1] in lex.place_names
                                            or text[words[i - 1][1]:words[i - 1][1] + 1] in marks)
                  and not tokens[i].startswith(lex.definite_prefixes) and tokens[i] not in ends
                  and tokens[i] not in lex.titles and tokens[i] not in lex.construct_heads
                  and tokens[i] not in lex.name_heads]
    for k, first in starts:  # the first start that gives a name (`… وشؤون المغتربين السفير سفيان القضاة`: not وشؤون)
        end = _honorific_name_end(text, speaker, words, tokens, k, first, limit, lex, marks)
        if end is not None:
            return speaker[0], end
    return speaker


def _quoted_complement_end(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon) -> int | None:
    """Where the body's quoted name that completes a title ends: the subject's own last (`مدير عام “السورية للمخابز”`)
    or one right after it, its preposition written onto it (`الرئيس التنفيذي لـ“الملكية الأردنية”`); None if none."""
    if any(text[speaker[1] - 1] in closers for closers in _closing_marks(lex).values()):
        return speaker[1]
    opening = spaces_end(text, speaker[1], limit)
    proclitic = next((p for p in lex.addressee_proclitics if text.startswith(p, opening)), None)
    return None if proclitic is None else quoted_name(text, opening + len(proclitic), limit, lex)


def _with_name_after_quoted(text: str, speaker: tuple[int, int], quoted: int, limit: int, lex: Lexicon, marks: str
                            ) -> tuple[int, int]:
    """The subject, a title completed by a body's quoted name ending at `quoted`, run on over the person's name right
    after it when the attribution goes on after the name (see `_honorific_name_end`): `الرئيس التنفيذي لـ“الملكية
    الأردنية” باسل الخصاونة، …، إن`. A word with the article, a title, a stop word or the cue's nominal content
    (`إطلاق حملة`) opens no name."""
    words = words_in(text, quoted, min(limit, quoted + 80), _MAX_HONORIFIC_NAME_WORDS + 2)
    tokens = [text[s:e] for s, e in words]
    if not tokens or _has_punct(text, quoted, words[0][0], marks):
        return speaker
    first = tokens[0]
    if first.startswith(lex.definite_prefixes) or first in _subject_ends(lex) or first in lex.titles \
            or first in lex.construct_heads or first in lex.name_heads or first in lex.content_nouns \
            or owned_verbal_noun(first, lex) or verbal_noun_pattern(lex).fullmatch(first) is not None:
        return speaker
    end = _honorific_name_end(text, (speaker[0], quoted), words, tokens, 0, 0, limit, lex, marks)
    return speaker if end is None else (speaker[0], end)


def _honorific_name_end(text: str, speaker: tuple[int, int], words: list[tuple[int, int]], tokens: list[str], k: int,
                        first: int, limit: int, lex: Lexicon, marks: str) -> int | None:
    """Where the name that starts at `tokens[first]` ends (`k`: the honorific before it, or the name's start), or None
    when it is no name of a few words after a complement (see `_with_honorific_name`)."""
    ends = _subject_ends(lex)
    # the name ends at the complementizer, a comma or the quotation of the words (`… في المنظمة سارة ليا ويتسن "لقد`,
    # `… العقيد عبدالله بن عامر، الذي أوضح أن`); after an honorific also at a colon or an adjunct (`… المهندس أحمد
    # أبو العمرين في تصريحات متلفزة:`), and after any at an adjunct the report goes on past (`… في صندوق النقد
    # الدولي جهاد أزعور خلال مقابلة مع CNBC عربية، إن`)
    honored = tokens[k] in lex.honorifics
    c = next((i for i in range(first + 1, len(tokens)) if tokens[i] in lex.complementizers
              or _COMMA.fullmatch(text, words[i - 1][1], words[i][0])
              or _mark_pattern(marks).search(text, words[i - 1][1], words[i][0]) is not None
              or honored and (tokens[i] in ends or ":" in text[words[i - 1][1]:words[i][0]])
              or tokens[i] in lex.clause_stops and _report_follows(text, words[i][0], limit, lex)
              or tokens[i] in lex.content_prepositions  # (`… في السودان توماس لينارت عن "قلق بالغ"`)
              or _addressee(tokens[i], lex)), None)  # (`… المحامي سامر حمدان لـ«الشرق الأوسط»:`)
    obj = _object_after_name(tokens, first, lex)  # (`حمّل النائب عن ذي قار منتظر الشويلي الحكومة …`)
    c = obj if obj is not None and (c is None or obj < c) else c
    if c is None:
        return None
    name = [w for w in tokens[first:c] if w not in lex.name_links]
    abbreviated = words[k][1] < limit and text[words[k][1]] == "."  # `د.`
    # (the complement may name a place in its own phrase: `في سفارة المملكة في الأردن`, and a body by a short quoted
    # name, whose words are no speech event: `النائب عن «الجمهورية القوية»`, `الباحث في مركز "الحوار للدراسات"`)
    opening, closed = _complement_quoted_name(text, speaker[1], words[k][1], lex, marks)
    if not 0 < len(name) <= _MAX_HONORIFIC_NAME_WORDS or any(
            (w in lex.speech_event_nouns or w in lex.cue_verbs or w in ends and w not in lex.title_prepositions)
            and not opening < words[i][0] < closed for i, w in enumerate(tokens[1:k], 1)) \
            or any(w in lex.speech_event_nouns or w in lex.cue_verbs or w in ends for w in tokens[first:c]) \
            or _has_punct(text, speaker[1], opening, marks) or _has_punct(text, closed, words[k][1], marks) \
            or _has_punct(text, words[k][1] + abbreviated, words[c - 1][1], marks):
        return None
    return words[c - 1][1]


def _complement_quoted_name(text: str, start: int, end: int, lex: Lexicon, marks: str) -> tuple[int, int]:
    """The span of the short quoted name that opens first in text[start:end], marks included; (end, end) if none."""
    mark = _mark_pattern(marks).search(text, start, end)
    if mark is None or (quoted := quoted_name(text, mark.start(), end, lex)) is None:
        return end, end
    return mark.start(), quoted


def _object_after_name(tokens: list[str], first: int, lex: Lexicon) -> int | None:
    """Where the verb's object starts after a name of two or three words at `tokens[first]` (`منتظر الشويلي
    الحكومة`, `كريم الحلفي استغرابه`, `مرتضى الساعدي ما وصفه`): a word with the article that is no family name's
    nisba (-ي), an owned verbal noun, or the relative `what`; the name's words have no article but a nisba's or its
    second word's (`مازن المعايطة القرار`), and none is a verbal noun. None when no such object follows."""
    nisba = lex.adjective_endings
    if first >= len(tokens):
        return None  # (the complement ran to the end of the words looked at: no name, no object)
    if tokens[first] in lex.content_nouns or verbal_noun_pattern(lex).fullmatch(tokens[first]) is not None:
        return None  # (`… في حكومة إقليم كردستان زيادة ساعات التجهيز`: the act announced, no name)
    for i in range(first + 1, min(len(tokens), first + _MAX_HONORIFIC_NAME_WORDS)):
        word = tokens[i]
        named = i - first  # the name's words so far
        if any(tokens[i - 1].endswith(link) for link in lex.name_links if len(link) > 2):
            continue  # a name's link goes on with the word after it: `منى عبد الفتاح`, `سامر أبو الرب`
        if word in lex.titles and i + 1 < len(tokens) and not tokens[i + 1].startswith(lex.definite_prefixes):
            return None  # a title before a name (`… وشؤون المغتربين السفير سفيان القضاة`): the name is further on
        if named >= 2 and (word.startswith(lex.definite_prefixes) and not word.endswith(nisba)
                           or owned_verbal_noun(word, lex) or word in lex.relative_objects):
            return i
        if word.startswith(lex.definite_prefixes) and not word.endswith(nisba) and named != 1 \
                or word in _subject_ends(lex) or word in lex.titles or word in lex.content_nouns \
                or verbal_noun_pattern(lex).fullmatch(word) is not None:
            return None
    return None


_MAX_SURNAME_WORDS = 3


def _quoted_surname(text: str, pos: int, limit: int, lex: Lexicon, form: str) -> tuple[tuple[int, int], int] | None:
    """Egyptian news `وأضاف "توفيق"، خلال مداخلة هاتفية …، أن …`: a short quotation right after a VSO cue is the
    subject when a title or an adjunct follows it and the attribution goes on to its content (`_report_follows`: `قال
    "لازاريني" خلال زيارته لغزة أنه …`, `وقال “خليل عيبور” رئيس المجلس …: “…”`), and,
    when it repeats a name the text gave before (or any, right before a complementizer: `وذكرت "جلف نيوز" أن`), when
    a content preposition opens the content right after the name (`وأكد “أبوزريبة” على ضرورة …`) or a comma sets off
    the adjuncts after it (`وطالب "عبد العال"، خلال مداخلة …، من السائقين …`). The name without its marks, and the
    end of its closing mark."""
    quoted = _quoted_name_after(text, pos, limit, lex)
    if quoted is None:
        return None
    opening, end = quoted
    name = text[opening + 1:end - 1].strip()
    if not 0 < len(name.split()) <= _MAX_SURNAME_WORDS:
        return None
    reported = _report_follows(text, end, limit, lex)
    after = _NEXT_WORD.match(text, end, limit)  # (no punctuation between: `وأضاف "لن نتراجع"، في إشارة إلى أن` speaks)
    if reported and after is not None and (after.group(1) in lex.titles or after.group(1) in lex.clause_stops):
        return (opening + 1, end - 1), end  # a title or an adjunct, then the content: `قال "لازاريني" خلال زيارته`
    if not (_named_before(text, opening + 1, end - 1) or complementizer_follows(text, end, limit, lex)) \
            or not (reported or _preposition_follows(text, end, limit, form, lex)
                    or _COMMA.match(text, end, limit) is not None):
        return None
    return (opening + 1, end - 1), end



def _with_quoted_name(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon, form: str) -> tuple[int, int]:
    """Arabic `وقال المتحدث باسم الرئاسة التركية “إبراهيم قالن” في مؤتمر صحفي: “…”`, `وقالت وكالة الأنباء الأردنية
    “بترا” إن …`: a VSO subject headed by a title, an office's noun (`إدارة الكوارث “آفاد”، أن`) or an outlet noun goes
    on over the short quoted name right after it when the attribution goes on to its content, a content preposition
    (`كشفت هيئة الرقابة «نزاهة» عن …`) or the nominal content of the cue `form`, past a comma (`واستنكر النائب «أحمد
    قراطة»، رفض الوزارات …`); a quotation after a title that ends the attribution is speech (`وقال الرئيس «سننتصر» في
    كلمة متلفزة`)."""
    head = _norm(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex)
    if head not in lex.titles and head not in lex.name_heads and head not in lex.construct_heads:
        return speaker
    named = _with_source_name(text, speaker, limit, lex)
    if named is speaker:
        return speaker
    if _report_follows(text, named[1], limit, lex):
        return named
    # (or past an aside set off by commas: `النائب “علي شداد”، اليوم الثلاثاء، عن …`)
    aside = _SET_OFF_ASIDE.match(text, named[1], limit)
    for at in (named[1],) if aside is None else (named[1], aside.end()):
        after = words_in(text, at, limit, 1)
        if after and (text[at:after[0][0]].strip() in ("", ",", "،") and _continues_attribution(
                text[after[0][0]:after[0][1]], form, frozenset(), lex)
                or text[after[0][0]:after[0][1]] in lex.content_prepositions):
            return named
    return speaker


def _with_source_name(text: str, speaker: tuple[int, int], limit: int, lex: Lexicon) -> tuple[int, int]:
    """`وفقا لوكالة أنباء النظام “سانا”`, `وبحسب معلومات "الجديد"، …`: a source phrase names who reports, not what was
    said, so the short quotation right after its mention is the source's name, part of the mention."""
    quoted = _quoted_name_after(text, speaker[1], limit, lex)
    if quoted is None or len(words_in(text, *quoted)) > _MAX_SURNAME_WORDS:
        return speaker
    return speaker[0], quoted[1]


def _quoted_name_after(text: str, pos: int, limit: int, lex: Lexicon) -> tuple[int, int] | None:
    """The short quoted name right after `pos`, spaces aside: where its opening mark stands and where its closing
    mark ends."""
    opening = spaces_end(text, pos, limit)
    end = quoted_name(text, opening, limit, lex) if opening < limit else None
    return None if end is None else (opening, end)


_WORD_OR_COLON = re.compile(f"{WORD.pattern}|:")


def _report_follows(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the attribution goes on after `pos` to its content: a complementizer (not one of a time or concession
    clause: بعد أن) or a colon comes before any other cue."""
    previous, previous_end = "", pos
    for m in _WORD_OR_COLON.finditer(text, pos, limit):
        word = m.group()
        if word == ":" or complementizer_word(word, text[previous_end:m.start()], lex) \
                and previous not in lex.complementizer_prepositions:
            return True
        if word in lex.cue_verbs:
            return False
        previous, previous_end = word, m.end()
    return False


_MAX_RELATIVE_WORDS = 20
_NEXT_WORD = re.compile(f"\\s*({WORD.pattern})")  # the word right after a position, no punctuation between
_QUOTED_NEXT_WORD = re.compile(f"\\s*[«“”\"‹„]({WORD.pattern})")  # ... the first of a quotation, its mark typed onto it


def _relative_clause_end(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> int:
    """Where a relative clause about a VSO subject ending at `pos` ends (`وقال غوميري الذي قاد لجنة التحقيق … إن`):
    at the reported clause's complementizer, a cue or punctuation; `pos` when no such clause follows."""
    first = _NEXT_WORD.match(text, pos, limit)  # one word first: most subjects have no relative clause after them
    if first is None or first.group(1) not in lex.relative_pronouns:
        return pos
    words = words_in(text, pos, limit, _MAX_RELATIVE_WORDS)
    for (_, previous), (s, e) in zip(words, words[1:]):
        word = text[s:e]
        if word in lex.complementizers or word in lex.cue_verbs or _has_punct(text, previous, s, marks):
            return previous
    return pos


def _contrasted_topic(text: str, pos: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """Arabic `أما أم خالد، التي فقدت زوجها …، فتقول إن …`: a cue written with the answer's conjunction (`فتقول`, or
    on a verb particle before it: `فقد أعلن`) after a topic the particle fronts in its sentence speaks for that topic,
    its words up to the first punctuation, whatever the clauses set off after it; a title or a name set off right
    before the answer is the topic's apposition, and the mention's (`أما المرشح الثالث، الأمين العام للحركة مراد
    زروقي، فقد أعلن`)."""
    if not lex.topic_particle or text.find(lex.topic_particle + " ", floor, pos) < 0:
        return None  # (a string search first: most sentences front no topic)
    if not text.startswith(lex.answer_prefix, pos):
        particle = word_right_before(text, pos, floor)
        if particle is None or particle.group(1) not in lex.verb_particles \
                or not particle.group(1).startswith(lex.answer_prefix):
            return None
        pos = particle.start(1)
    topic = text.rfind(lex.topic_particle + " ", floor, pos)
    if topic < 0 or (topic > floor and text[topic - 1].isalnum()):
        return None
    words: list[tuple[int, int]] = []
    for s, e in words_in(text, topic + len(lex.topic_particle), pos, MAX_SPEAKER_WORDS + 1):
        if words and _has_punct(text, words[-1][1], s, ""):
            break
        words.append((s, e))
    if not words or len(words) > MAX_SPEAKER_WORDS or words[-1][1] >= pos \
            or any(text[s:e] in lex.complementizers or text[s:e] in lex.cue_verbs for s, e in words):
        return None
    start, end = words[0][0], words[-1][1]
    apposition = words_in(text, end, pos, MAX_SPEAKER_WORDS + 1)
    if apposition and _COMMA.fullmatch(text, end, apposition[0][0]) and _COMMA.fullmatch(text, apposition[-1][1], pos) \
            and len(apposition) <= MAX_SPEAKER_WORDS and mention_like(text, apposition[0], lex, names=False) \
            and not any(text[a:b] in _subject_ends(lex) or text[a:b] in lex.relative_pronouns for a, b in apposition) \
            and not _has_punct(text, apposition[0][0], apposition[-1][1], ""):
        end = apposition[-1][1]
    opening = next((o for o, c in lex.quote_pairs if o in text[start:end] and c not in text[start:end]), None)
    closing = dict(lex.quote_pairs).get(opening, "") if opening is not None else ""
    return start, end + len(closing) if closing and text.startswith(closing, end) else end  # (`حركة «الجيل الجديد»`)


def _topic_subject(text: str, pos: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """Arabic `أما مدرب الزمالك فقد اعترف بأفضلية المنافس`: a fronted topic (`_contrasted_topic`) that opens as a
    mention is the subject of the verb its answer opens, the words after the verb its object; not a topic that is an
    adverbial (`أما على الصعيد الداخلي، فقد أكد الوزير`, `أما الآن فقد أكد الوزير`), whose verb's subject follows it."""
    topic = _contrasted_topic(text, pos, floor, lex)
    if topic is None or not mention_like(text, topic, lex) or text[topic[0]:topic[1]].split()[0] in lex.time_words:
        return None
    return topic


@per_lexicon
def _pronoun_subjects(lex: Lexicon) -> frozenset[str]:
    """A subject opener or a complementizer with the subject's pronoun written onto it (لكنه، إنها): a subject that
    points back, never a name (`_fronted_subject` would take one the text wrote before for a name)."""
    return frozenset(word + pronoun for word in lex.subject_openers | lex.complementizers
                     for pronoun in lex.attached_pronouns)


def _fronted_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic SVO `الرئيس الفرنسي قال إن …`, `بلدية نابلس تستنكر …`: a definite noun phrase (or a title) that opens
    the sentence or a clause after punctuation and runs up to the verb. Without capitals, its first word's article is
    what tells a subject from a fronted adverb or verb, or an organisation's noun heading a genitive, definite by it
    (`وزارة الصحة`), or an unnamed source's noun (`مصدر برلماني قال`), or else a name the text gave before (`شكري أكد
    أن` after `وزير الخارجية سامح شكري`); no word of it may be a stop word, a cue, a relative pronoun (`والتي`) or an
    adverb in the accusative (`حديثاً`). A story's title, the text's first line, opens with its subject whatever it
    is: `بريطانيا تعرب عن قلقها …`."""
    words = _clause_words(text, pos, floor, marks, MAX_SPEAKER_WORDS, 120)
    if words is None:
        return None
    first = text[words[0][0]:words[0][1]]
    # a title: the text's first line, with no terminal mark at its end (not a story's first sentence), and no verb
    # particle first (`وقد اعترفت`)
    title = (at_text_start(text, words[0][0]) or _after_title_label(text, words[0][0])
             or _after_title_teaser(text, words[0][0])) \
        and first not in lex.verb_particles and not _ends_sentence(text[words[0][0]:line_end(text, pos)].rstrip(), lex)
    if title and first[:1] in lex.coordinators and len(first) > 3 and _after_title_teaser(text, words[0][0]) \
            or first[:1] in lex.coordinators and first[1:] in lex.titles:
        words[0] = (words[0][0] + 1, words[0][1])  # `… وسلطة المياه تحذر`: the subject, not its conjunction; so
        first = first[1:]  # a title's with a conjunction written on (`فطالبة الطب ريم عبد الواسع تقول`)
    if not (title or first.startswith(lex.definite_prefixes) or first in lex.titles or first in lex.source_nouns
            or len(words) > 1 and (first in lex.construct_heads or first in lex.name_heads)
            or _named_before(text, words[0][0], words[-1][1]) or _name_before_its_title(text, words, lex)) \
            or first in lex.verb_particles or first in lex.coordinators or first in _pronoun_subjects(lex):
        return None  # (`، قد طالبوا`, `و قال`: a particle or a conjunction written apart is no name, nor `لكنها`)
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if title and k and word in lex.clause_stops:
            continue  # a title's subject may name a place: `خلية الأزمة في البصرة تعلن …`
        if k and word in lex.title_prepositions and (first in lex.source_nouns or first in lex.titles):
            return _qualified_subject(text, words, lex)  # `مصادر في الخارجية قالت`: the place or office it holds
        if word in _subject_ends(lex) or word.endswith(lex.accusative_endings):
            return None
    return words[0][0], words[-1][1]


_MAX_DOCUMENT_REACH = 8  # words between a document's noun and the clause that gives its words


def _document_issuer(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Who issued the document whose words the clause at `pos` gives (`أصدرت الوزارة بيانا جاء فيه`, `نشر الرجاء
    تغريدة على حسابه بمنصة «إكس» جاء فيها`): the subject between the verb that opens the document noun's clause and
    that noun (a speech event's, within a few words before `pos`, in the accusative or not)."""
    words = words_in(text, max(floor, pos - 120), pos)[-_MAX_DOCUMENT_REACH:]
    bare = lex.bare_accusative_ending
    k = next((k for k in range(len(words) - 1, -1, -1)
              if (w := text[words[k][0]:words[k][1]]) in lex.speech_event_nouns
              or bare and w.removesuffix(bare) in lex.speech_event_nouns), None)
    if k is None:
        return None
    clause = _clause_words(text, words[k][0], floor, marks, MAX_SPEAKER_WORDS + 2, 120) or []
    while clause and (text[clause[0][0]:clause[0][1]] in lex.clause_linkers
                      or text[clause[0][0]:clause[0][1]] in lex.verb_particles):
        clause = clause[1:]  # (`إذ أصدر المكتب الإعلامي بيانا`, `وقد أصدرت الوزارة بيانا`)
    verb = text[clause[0][0]:clause[0][1]] if clause else ""
    if len(clause) < 2 or verb.startswith(lex.definite_prefixes) or _norm(verb, lex) in lex.cue_verbs \
            or verb in lex.auxiliaries:
        return None  # (the verb opens the clause, its subject after it; a reporting verb gives the words itself; an
        # auxiliary's verb comes later: `وكان الرئيس قد أدلى بكلمة قال فيها`)
    subject = clause[1][0], clause[-1][1]
    return None if any(text[a:b] in _subject_ends(lex) or text[a:b] in lex.verb_particles
                       for a, b in clause[1:]) else subject


_MAX_TITLE_SUBJECT_WORDS = 5
_TEASER_SEPARATOR = re.compile(r"\.\.+|…|\|")  # between a title's teaser and its clause


def _title_clause_subject(text: str, pos: int, start: int, form: str, lex: Lexicon, marks: str
                          ) -> tuple[int, int] | None:
    """In a story's title (its first line, no terminal mark), where clauses put the subject before an imperfect verb
    (the language's `headline_verb_prefixes`), the subject of the cue at `pos`: for a verb coordinated onto the
    title's first verb, that verb's subject (`وزير النفط ينفي توقف الصادرات ويكشف موعد …`: the words after it are
    its object); for a verb after a coordinated noun phrase, that phrase, a clause of its own (`الجيش يتهم … ومنظمات
    تحذر من …`). None elsewhere."""
    if not at_text_start(text, start) or _ends_sentence(text[start:line_end(text, start)].rstrip(), lex):
        return None
    teaser = None
    for teaser in _TEASER_SEPARATOR.finditer(text, start, pos):
        pass
    start = teaser.end() if teaser is not None else start  # (`الفاشر تحت القصف.. الجيش يتهم …`: after the teaser)
    words = words_in(text, start, pos)
    if not words or _has_punct(text, start, pos, marks):
        return None
    tokens = [text[a:b] for a, b in words]
    prefixes, coordinators = lex.headline_verb_prefixes, lex.coordinators
    verbs = [k for k, w in enumerate(tokens) if k and title_verb(w, lex)]
    if form[:1] in coordinators and form[1:2] in prefixes:
        if not verbs or verbs[0] > _MAX_TITLE_SUBJECT_WORDS:
            return None
        return words[0][0], words[verbs[0] - 1][1]
    if form[:1] not in prefixes or not verbs:
        return None
    j = next((k for k in range(len(tokens) - 1, max(verbs[0], len(tokens) - _MAX_TITLE_SUBJECT_WORDS - 1), -1)
              if tokens[k][:1] in coordinators and len(tokens[k]) > 2 and tokens[k][1:2] not in prefixes), None)
    if j is None or any(w[:1] in prefixes for w in tokens[j + 1:]) or any(w in _subject_ends(lex) for w in tokens[j:]):
        return None
    return words[j][0] + 1, words[-1][1]


def title_verb(word: str, lex: Lexicon) -> bool:
    """Whether a word of a title reads as its verb: the imperfect, a headline's tense (the language's
    `headline_verb_prefixes`: `يتهم`, `تحذر`), not a short word that opens so (`يوم`)."""
    return word[:1] in lex.headline_verb_prefixes and len(word) > 3


def _after_title_teaser(text: str, pos: int) -> bool:
    """Whether `pos` opens the part of the text's first line after a teaser and its separator (`العطش يطارد
    النازحين... وسلطة المياه تحذر …`)."""
    if text.find("\n", 0, pos) >= 0:
        return False
    before = text[:pos].rstrip()
    return before.endswith(("..", "…", "|"))


def _after_title_label(text: str, pos: int) -> bool:
    """Whether `pos` opens the text's first line after a label of a word or two and its separator (`بالفيديو ..مياه
    الشرب تعلن`, `الرباط.. أزولاي تبرز`, `بالفيديو – كارول سماحة …`, `عاجل: غوتيريش يطالب …`)."""
    return _TITLE_LABEL.fullmatch(text, 0, pos) is not None


_TITLE_LABEL = re.compile(r"\s*(?:[^\s.–—|-]+(?:\s+[^\s.–—|-]+)?\s*(?:\.\.+|[–—|-])|\w+(?:\s+\w+)?\s*:)\s*")


def _ends_sentence(line: str, lex: Lexicon) -> bool:
    """Whether a line ends in a terminal mark; a headline's two dots (`… في هذه الجهات..`) do not end one."""
    return line[-1:] in lex.terminals and not (line.endswith("..") and not line.endswith("..."))


def _quoted_fronted_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `«التعليم» تنفي …`, `"حماس" تنفي …`: a short quoted name that alone opens a story's title, its first
    line, before the verb at `pos` is the verb's subject, marks included: a caseless language fronts names so in
    headlines. In the body a quotation before a verb is most often the words it reports (`«لن نتراجع» قال الوزير`)."""
    if lex.speaker_determiners:
        return None
    start = spaces_end(text, floor, pos)
    if not at_text_start(text, start) or text[start:line_end(text, pos)].rstrip()[-1:] in lex.terminals:
        return None
    end = start + len(text[start:pos].rstrip())
    if end - start < 3 or text[start] not in marks:
        return None
    named = quoted_name(text, start, end, lex)
    adjectives = words_in(text, named, end, _MAX_NAME_ADJECTIVES + 1) if named is not None else []
    if named is None or len(adjectives) > _MAX_NAME_ADJECTIVES or not all(  # (its adjectives may follow it:
            text[s:e].startswith(lex.definite_prefixes) and text[s:e].endswith(lex.adjective_endings)  # `«الرئاسي»
            for s, e in adjectives):  # الليبي يلوّح …`)
        return None
    return start, end


_MAX_NAME_ADJECTIVES = 2


_MAX_NAME_BEFORE_TITLE = 3


def _name_before_its_title(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """`طاهر ناصر الحمود وكيل وزارة الثقافة العراقية اشار الى ان …`: a paragraph that opens with a name of a few words
    and the title in the construct state that follows it (وكيل، وزير، رئيس) opens with its verb's subject."""
    line_start = text.rfind("\n", 0, words[0][0]) + 1
    return not text[line_start:words[0][0]].strip() and _titled_name(text, words, lex)


def _titled_name(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether `words` open with a name of a few words and the title in the construct state that follows it (`نايف
    هزازي مهاجم فريق الشباب`, `طاهر ناصر الحمود وكيل وزارة الثقافة`)."""
    ends = _subject_ends(lex)
    first = text[words[0][0]:words[0][1]]
    if first in ends or first.startswith(lex.definite_prefixes):
        return False
    for k in range(1, min(len(words) - 1, _MAX_NAME_BEFORE_TITLE + 1)):
        word = text[words[k][0]:words[k][1]]
        if _construct_title(word, lex):
            return True
        if word in ends:
            return False
    return False


def _title_set_off_after(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether a comma and a title in the construct state follow `pos` (`نيفين القباج، وزيرة التضامن الاجتماعي`): the
    words before are a name its title describes."""
    comma = _COMMA.match(text, pos, limit)
    after = words_in(text, comma.end(), limit, 1) if comma is not None else []
    return bool(after) and _construct_title(text[after[0][0]:after[0][1]], lex)


def _framed_subject(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `وكان المكتب الإعلامي لرئيس الحكومة قد نشر …`, `وكانت المستشارة السابقة، دخلت في خلافات …`: the words
    between an auxiliary opening the clause at `pos` and a second auxiliary or a comma, which can only be the
    subject of the verb after them: a definite noun phrase or a title, no stop word or other punctuation in it. A
    mention that is neither (a name: `وكان محمد المنفي، رئيس المجلس الرئاسي الليبي، قد قال …`) is the subject only
    when a second auxiliary closes the frame, past its apposition set off by commas; the mention up to the first
    comma."""
    words = words_in(text, pos, limit, MAX_SPEAKER_WORDS + 2)
    if len(words) < 3 or text[words[0][0]:words[0][1]] not in lex.auxiliaries:
        return None
    first = text[words[1][0]:words[1][1]]
    named = not (first.startswith(lex.definite_prefixes) or first in lex.titles)
    if named and (first in lex.auxiliaries or first in lex.cue_verbs):
        return None
    ends = _subject_ends(lex)
    name_end = None  # where a name's apposition opens
    for k in range(1, len(words)):
        word = text[words[k][0]:words[k][1]]
        if k > 1 and word in lex.auxiliaries:
            return words[1][0], name_end or words[k - 1][1]
        if word in ends or word.endswith(lex.accusative_endings) or named and word in lex.cue_verbs:
            return None
        if _has_punct(text, words[k][1], words[k + 1][0] if k + 1 < len(words) else limit, marks):
            closed = k + 1 < len(words) and _COMMA.fullmatch(text, words[k][1], words[k + 1][0]) is not None
            if not closed:
                return None
            if not named:
                return words[1][0], words[k][1]
            name_end = name_end or words[k][1]
    return None


def _set_off_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `الخرابشة، أوضح أن …`, `المهندس المسؤول عن السد، “ماهر الحسين”، قال …`: a mention that opens the
    sentence at `floor`, set off from the verb at `pos` by a comma, its apposition (a quoted name too) between
    commas: a name the text gave before, a title, a noun with the article or one that names an unnamed source
    (`مصادر محلية أخرى، أفادت`), no time adverbial, complementizer or cue among its words."""
    comma = _COMMA_BEFORE.search(text, floor, pos)
    if comma is None:
        return None
    words = words_in(text, floor, comma.start(), MAX_SPEAKER_WORDS + 1 + _MAX_TOPIC_ADJUNCT_WORDS)
    if len(words) > MAX_SPEAKER_WORDS and (tail := _honorific_name_tail(text, words, lex, marks)) is not None:
        return tail
    # `النجار وفي مقطع مرئي نشره المركز …، قال`: an adjunct a preposition opens, with its conjunction or not, may stand
    # between the mention and the comma
    k = next((i for i, (a, b) in enumerate(words) if i and _prepositional(text[a:b], lex)
              and not text[words[i - 1][1]:a].strip()), len(words))
    adjunct, words = words[k:], words[:k]
    opening = words[0][0] if words else floor
    if words and text[words[0][0]:words[0][1]] in lex.auxiliaries:
        words = words[1:]  # `وكان محمد المنفي، رئيس المجلس الرئاسي الليبي، قال`: the mention after the auxiliary
        if any(text[a:b] in lex.auxiliaries for a, b in words):
            return None  # (`وكانت القاضية …، قد أمرت`: a frame the second auxiliary closes, `_framed_subject`'s)
    if not words or len(words) > MAX_SPEAKER_WORDS or text[floor:opening].strip() \
            or any(text[a:b] in lex.cue_verbs or text[a:b] in lex.complementizers for a, b in adjunct):
        return None
    if not (mention_like(text, words[0], lex) or _titled_by_apposition(text, words, lex)):
        return None
    if any(text[a:b] in lex.time_words or text[a:b] in lex.complementizers or text[a:b] in lex.cue_verbs
           or text[a:b] in lex.subject_stops and k == 0 for k, (a, b) in enumerate(words)):
        return None
    if any(text[b:c].strip(" \t,،" + marks) for (_, b), (c, _) in zip(words, words[1:])):
        return None  # only commas and a quoted name's marks between its words
    end = words[-1][1]
    quoted = sum(ch in marks for ch in text[words[0][0]:end]) % 2 == 1 and text[end:end + 1] in marks
    return words[0][0], end + quoted  # with the closing mark of a quoted name at its end


def _titled_by_apposition(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether `words` are a name of a few words without the article and, after a comma, a role a title opens: `فريد
    الديب، محامي مبارك`, a person at first mention."""
    k = next((i for i in range(1, min(len(words), _MAX_APPOSITIVE_NAME_WORDS + 1))
              if _COMMA.fullmatch(text, words[i - 1][1], words[i][0])), None)
    return k is not None and not text[words[0][0]:words[0][1]].startswith(lex.definite_prefixes) \
        and text[words[k][0]:words[k][1]] in lex.titles


def _honorific_name_tail(text: str, words: list[tuple[int, int]], lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`من جانبه مدير مركز القيادة … في شرطة دبي بالإنابة المقدم خزرج ماجد محمد، قال`: a mention too long to be sure of
    its start names its speaker by the honorific and the name that end it; none of its words a cue, complementizer or
    time adverbial, no punctuation inside."""
    tokens = [text[a:b] for a, b in words]
    k = next((i for i in range(len(tokens) - 2, max(0, len(tokens) - 2 - _MAX_HONORIFIC_NAME_WORDS * 2), -1)
              if tokens[i] in lex.honorifics), None)
    if k is None or not 0 < len([w for w in tokens[k + 1:] if w not in lex.name_links]) <= _MAX_HONORIFIC_NAME_WORDS \
            or any(w in lex.cue_verbs or w in lex.complementizers or w in lex.time_words for w in tokens) \
            or _has_punct(text, words[0][0], words[k][1], marks) \
            or _has_punct(text, words[k][1] + (text[words[k][1]] == "."), words[-1][1], marks):  # (`د.`)
        return None
    return words[k][0], words[-1][1]


def _titled_name_tail(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`مدير إعلام هيئة الأنواء الجوية … التابعة لوزارة النقل العراقية، عامر الجابري، قال`, `رئيس مجلس محافظة كركوك
    وكالة للشؤون المالية، جمال مولود أكد`: a sentence that opens with a title too long for a mention names its speaker
    by the name set off by a comma after it, right before the verb at `pos` or its comma: a few words, the first
    without the article, none of them a stop word, title or time word; no cue or complementizer in the title."""
    end = pos
    if (comma := _COMMA_BEFORE.search(text, floor, pos)) is not None:
        end = comma.start()
    words = words_in(text, floor, end, _MAX_TITLED_WORDS + 1)
    if not words or len(words) > _MAX_TITLED_WORDS or text[words[0][0]:words[0][1]] not in lex.titles \
            or text[floor:words[0][0]].strip() or _NO_COMMA_PUNCT.intersection(text[floor:end]) \
            or not set(marks).isdisjoint(text[floor:end]):
        return None
    cut = max(text.rfind("،", floor, end), text.rfind(",", floor, end))
    name = [(a, b) for a, b in words if a > cut]
    tokens = [text[a:b] for a, b in words]
    if cut < 0 or not 0 < len(name) <= _MAX_HONORIFIC_NAME_WORDS or len(name) == len(words) \
            or text[name[0][0]:name[0][1]].startswith(lex.definite_prefixes) \
            or any(text[a:b] in _subject_ends(lex) or text[a:b] in lex.titles or text[a:b] in lex.time_words
                   for a, b in name) \
            or any(w in lex.cue_verbs or w in lex.complementizers for w in tokens):
        return None
    return name[0][0], name[-1][1]


_MAX_TITLED_WORDS = 20
_COMMA_BEFORE = re.compile("[,،]\\s*\\Z")  # a comma right before the verb
_MAX_TOPIC_ADJUNCT_WORDS = 16


def ends_in_preposition(form: str, lex: Lexicon) -> bool:
    """Whether a cue form of several words ends in the preposition that opens its object (`referring to`, `asked
    about`)."""
    return " " in form and form.rsplit(" ", 1)[1] in lex.clause_stops


def verb_gender(word: str, lex: Lexicon) -> str | None:
    """`f` or `m` for a cue verb the table lists in both genders, with which a subject, a dropped one too, agrees: a
    perfect with and without `feminine_perfect_suffix` (`وأضافت`, `وأضاف`), an imperfect with either of the third
    person's prefixes (`headline_verb_prefixes`: `وتقول`, `ويقول`); None for any other word (`لفت` has no `لف`; a
    participle, whose agreement news writing keeps loose; a phrase) and in a language without the suffix."""
    suffix = lex.feminine_perfect_suffix
    if not suffix or word not in lex.cue_verbs:
        return None
    if word.endswith(suffix) and word[:-len(suffix)] in lex.cue_verbs:
        return "f"
    if word + suffix in lex.cue_verbs:
        return "m"
    if len(prefixes := lex.headline_verb_prefixes) == 2:
        at = 1 if word[:1] in lex.coordinators and word[1:2] in prefixes else 0  # (`وتقول`: the conjunction first)
        masculine, feminine = prefixes[0], prefixes[1]
        other = masculine if word[at:at + 1] == feminine else feminine if word[at:at + 1] == masculine else ""
        if other and word[:at] + other + word[at + 1:] in lex.cue_verbs:
            return "f" if other == masculine else "m"
    return None


def _participle_follows(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the first word after `pos` is a participle in `-ing` (`gerund_endings`)."""
    after = words_in(text, pos, limit, 1) if lex.gerund_endings else []
    return bool(after) and text[after[0][0]:after[0][1]].endswith(lex.gerund_endings)


def contrast_before(text: str, floor: int, pos: int, lex: Lexicon) -> int | None:
    """Where one of the language's `contrast_links` right before `pos` starts, when the words after it are no
    participle phrase (`while examining such reports`: the clause's own subject goes on), else None."""
    m = _contrast_pattern(lex).search(text, max(floor, pos - _MAX_CONTRAST_CHARS), pos)
    if m is None:
        return None
    return None if _participle_follows(text, pos, pos + _MAX_CONTRAST_CHARS, lex) else m.start(1)


_MAX_CONTRAST_CHARS = 20  # (the longest link, `وفي حين`, and its spaces; a participle after it)


@per_lexicon
def _contrast_pattern(lex: Lexicon) -> re.Pattern[str]:
    links = "|".join(map(re.escape, sorted(lex.contrast_links, key=len, reverse=True))) or "(?!)"
    return re.compile(f"(?<!\\w)({links})\\s+$")


def _introduced_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `قال المكتب إن دولة قطر تؤكد أن …`, `لكن محمد علي قال`: the words between a complementizer (or a
    conjunction after which the subject comes first) and the verb are its subject, with or without the article;
    none of them a stop word, a cue or an adverb in the accusative, no punctuation between but the marks of a
    quoted name (`لكن مدير الموقع "مينا ديفينس" أكرم خريف قال`). Before a perfect, the subject may be followed by
    the place or office it holds (`أن مصادر في سوريا أبلغت`: `_qualified_subject`); the verb's auxiliaries are not
    the subject's (`أن المديرية كانت قد دعت`)."""
    if contrast_before(text, floor, pos, lex) is not None:
        return None  # `إن الاتفاق صامد في حين قالت المعارضة`: the verb opens a clause of its own, its subject after it
    words = words_in(text, max(floor, pos - 120), pos)[-(MAX_SPEAKER_WORDS + 1):]
    verb = pos
    while words and (text[words[-1][0]:words[-1][1]] in lex.auxiliaries  # the verb's: `أن المديرية كانت قد دعت`,
                     or text[words[-1][0]:words[-1][1]] in lex.present_negations):  # `فيما لا يستبعد مراقبون`
        pos = words.pop()[0]
    end = pos
    # a comma may close a subject before its verb (`أن البعثة، ذكرت`), and then set off an apposition inside it too
    # (`أن الناطق الرسمي لعملية الكرامة، أحمد المسماري، قال`)
    closed = bool(words) and _COMMA.fullmatch(text, words[-1][1], pos) is not None
    qualified = False  # a word after the subject may open what qualifies it: `أن مصادر في سوريا أبلغت`
    for k in range(len(words) - 1, -1, -1):
        s, e = words[k]
        word = text[s:e]
        if _has_punct(text, e, end, "") and not (closed and _COMMA.fullmatch(text, e, end)):
            return None
        if word in lex.subject_openers or word in lex.complementizers and word not in lex.subject_complementizers:
            if k + 1 == len(words) or sum(text.count(mark, e, pos) for mark in set(marks)) % 2:
                return None
            if closed and _holds_predicate(text, words[k + 1:], lex):
                return None  # `أن المتهم طالب، لتضيف`: a clause, not a subject
            return _qualified_subject(text, words[k + 1:], lex) if qualified \
                else _with_closing_mark(text, (words[k + 1][0], words[-1][1]), marks)
        if word in _subject_ends(lex) or word.endswith(lex.accusative_endings):
            if not lex.title_prepositions or text[verb] in lex.active_prefixes:
                return None  # (an imperfect is often the passive: `أن المعرض في دورته الحالية يعتبر من أهم …`)
            qualified = True
        end = s
    return None


def _qualified_subject(text: str, words: list[tuple[int, int]], lex: Lexicon) -> tuple[int, int] | None:
    """The subject among the words between a complementizer and its verb that hold a stop word: a mention up to a
    preposition that names its place or office (`مصادر في سوريا`, `الشرطة في هذا البلد`), no stop word before it; or
    a quantifier, in the accusative or not, and its partitive (`لكن عددا من سكان الشارع أبدوا`)."""
    first = text[slice(*words[0])]
    bare = first.removesuffix(lex.bare_accusative_ending) if lex.bare_accusative_ending else first
    if len(words) > 2 and bare in lex.quantifiers and text[slice(*words[1])] in lex.partitives \
            and not any(text[s:e] in _subject_ends(lex) for s, e in words[2:]):
        return words[0][0], words[-1][1]
    if not mention_like(text, words[0], lex):
        return None
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if word in lex.title_prepositions and k:
            return words[0][0], words[k - 1][1]
        if word in _subject_ends(lex) or word.endswith(lex.accusative_endings):
            return None
    return None


def _holds_predicate(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a word without the article follows a definite one that is no title, no comma between: the predicate of
    a nominal sentence (`المتهم طالب`), not a name (`الوزير أحمد`) or a genitive with its preposition (`لعملية`)."""
    for (_, e0), (s1, e1) in zip(words, words[1:]):
        before, word = text[words[0][0]:e0].split()[-1], text[s1:e1]
        if before.startswith(lex.definite_prefixes) and before not in lex.titles and not text[e0:s1].strip() \
                and not word.startswith(lex.definite_prefixes) and not word.startswith(lex.written_prepositions):
            return True
    return False


_MAX_STATEMENT_WORDS = 3


def mention_like(text: str, span: tuple[int, int], lex: Lexicon, names: bool = True) -> bool:
    """Whether text[span] opens as a mention does: with the article, a title, an unnamed source's noun, or (`names`)
    a name the text gave before (`ابوقردة` after `وزير الصحة بحر أدريس ابوقردة`)."""
    first = text[span[0]:span[1]].split(maxsplit=1)[0]
    bare = first.removesuffix(lex.bare_accusative_ending) if lex.bare_accusative_ending else first  # (`مصدرا`)
    return first.startswith(lex.definite_prefixes) or first in lex.titles or first in lex.source_nouns \
        or bare in lex.titles or bare in lex.source_nouns \
        or names and _named_before(text, span[0], span[0] + len(first))


def _after_pronoun_preposition(text: str, pos: int, limit: int, lex: Lexicon, marks: str, proclitics: tuple[str, ...]
                               ) -> tuple[int, int] | None:
    """Arabic `وأكد فيها الرئيس أن …`, `وقال له الوزير`: the subject after a preposition with a pronoun that stands
    right after the verb at `pos`, no punctuation between, when it opens as a mention does, a name aside (not `تحدثت
    معها بهدوء`, `أكد فيها بناء إيران محطات`, where بناء occurred before)."""
    first = _NEXT_WORD.match(text, pos, limit)
    if first is None or first.group(1) not in lex.pronoun_prepositions:
        return None  # most verbs: one match, no word list
    if first.group(1) in lex.asking_prepositions:
        return None  # `تمنى منهم التعاون مع المسعفين`: what is asked of them, the object
    after = words_in(text, pos, limit, 2)
    if len(after) < 2 or _has_punct(text, pos, after[1][0], marks) \
            or not mention_like(text, after[1], lex, names=False):
        return None
    return speaker_after(text, after[0][1], limit, lex, marks, proclitics)


_MAX_HOLDING_WORDS = 16  # the responsibility comes after the subject and whom it holds, with their relative clauses


def _relay_link_follows(text: str, pos: int, limit: int, link: str, lex: Lexicon) -> bool:
    """Whether a relaying verb's source link (`عن`, or with a pronoun: `عنه`) stands among the first words of its
    clause after `pos` (`ونقلت (كونا) عن مصدر`, `نقل عنه قوله`); a verb without one carries things, not words."""
    for s, e in words_in(text, pos, limit, _MAX_RELAY_LEAD_WORDS):
        if _RELAY_LEAD_STOPS.intersection(text[pos:s]):
            return False
        word = text[s:e]
        if word == link or _link_with_pronoun(word, link, lex):
            return True
    return False


def _link_with_pronoun(word: str, link: str, lex: Lexicon) -> bool:
    """Whether `word` is a relay's source `link` with a pronoun written on it (`عنه`): the source is one named
    before."""
    return word != link and word.startswith(link) and word in lex.pronoun_prepositions


_MAX_RELAY_LEAD_WORDS = 8  # the relaying subject and its modifiers: `ونقلت وسائل إعلام محلية عن …`
_RELAY_LEAD_STOPS = frozenset(",،;؛:.!?؟")  # (brackets may hold the subject: `ونقلت (كونا) عن …`)


def _clause_words_after(text: str, pos: int, limit: int, marks: str) -> list[tuple[int, int]]:
    """The words after `pos` up to clause punctuation other than a comma (`_MAX_HOLDING_WORDS` at most)."""
    words = words_in(text, pos, limit, _MAX_HOLDING_WORDS)
    for k, (s, _) in enumerate(words):
        if not _NO_COMMA_PUNCT.isdisjoint(text[pos:s]) or not set(marks).isdisjoint(text[pos:s]):
            return words[:k]
    return words


_NO_COMMA_PUNCT = frozenset(CLAUSE_PUNCT) - frozenset(",،")


def _before_responsibility(text: str, speaker: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """`وحمّل المحامي السلطات المسؤولية`: the subject of a holding verb, up to the responsibility and whom it holds;
    None when the responsibility is all the mention holds."""
    words = words_in(text, *speaker)
    for k, (s, e) in enumerate(words):
        if text[s:e] in lex.responsibility_nouns:
            if k == 0:
                return None
            speaker = speaker[0], words[k - 1][1]
            break
    return _before_second_definite(text, speaker, lex)


def _before_accused(text: str, speaker: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """`واتهم الجيش السوداني قوات الدعم السريع`: an accusing verb's subject, up to whom it accuses: a second mention
    (`_before_second_definite`), or a word without the article after a definite one, which heads no genitive, when the
    subject names no titled person (`اتهمت وزيرة العدل السابقة بريس هورتيفي` names her)."""
    words = words_in(text, *speaker)
    accusation = next((k for k, (s, e) in enumerate(words) if k and text[s:e].startswith(lex.content_proclitics)
                       and _proclitic_phrase(text[s:e], lex.content_proclitics, lex)), None)
    if accusation is not None:  # `الحركة الحكومة بالتقصير`: what it accuses of ends the mentions
        speaker, words = (speaker[0], words[accusation - 1][1]), words[:accusation]
    head = text[words[0][0]:words[0][1]] if words else ""
    for k in range(1, len(words) if head not in lex.titles and head not in lex.honorifics else 0):
        word, previous = text[words[k][0]:words[k][1]], text[words[k - 1][0]:words[k - 1][1]]
        definite = previous.startswith(lex.definite_prefixes) or len(previous) > 3 \
            and previous.endswith(lex.attached_pronouns)  # (`أسرته`: his family)
        if definite and not word.startswith(lex.definite_prefixes) and word not in lex.adjectives \
                and not word.endswith(lex.adjective_endings) and word[:1] not in lex.written_prepositions \
                and word not in lex.name_links and word not in lex.name_particles:
            return speaker[0], words[k - 1][1]
        if definite and word.startswith(lex.definite_prefixes) and not previous.startswith(lex.definite_prefixes):
            return speaker[0], words[k - 1][1]  # `اتهمت أسرته الطاقم الطبي`
    return _before_second_definite(text, speaker, lex)


def _statement_subject(text: str, s: int, e: int, floor: int, limit: int, lex: Lexicon, marks: str
                       ) -> tuple[int, int] | None:
    """Arabic `اختتمت القمة ببيان ختامي أكد على …`: an indefinite document noun and its adjectives right before the
    cue verb at text[s:e] are its subject, the verb opening a relative clause about it. When a preposition with a
    pronoun follows the verb, the pronoun points back to the noun as the place of the speech, and the speaker is the
    owner the noun names with ل (`بيان للرئاسة الجزائرية تحدثت فيه`, `مداخلة للصحفي مقداد الماجري زعم خلالها`),
    or none (`في بيان أكد فيه`)."""
    after = words_in(text, e, limit, 1)
    if after and text[after[0][0]:after[0][1]] in lex.pronoun_prepositions:
        # ... or, with no owner named, the one who gave the statement: the subject of the sentence's opening verb
        # (`ادلى مصدر مسؤول بتصريح أكد فيه`, `وكان المكتب الإعلامي قد نشر بيانًا، الجمعة، كشف فيه`)
        return _owner_before(text, s, floor, lex, marks) or opening_subject(text, floor, s, lex, marks)
    words = words_in(text, max(floor, s - 60), s)[-_MAX_STATEMENT_WORDS:]
    for k, (ws, we) in enumerate(words):
        if text[ws:we] in lex.statement_nouns and not _has_punct(text, ws, s, marks) and not any(
                text[a:b].startswith(lex.definite_prefixes) or text[a:b].endswith(lex.accusative_endings)
                for a, b in words[k:]):
            return ws, words[-1][1]
    return None


def _relative_antecedent(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `والتقى الوزير بالسفير الأمريكي الذي أكد أن …`: the noun a relative pronoun right before the cue verb at
    `pos` describes, and its adjectives: the nearest word with the article that is no adjective (a nisba: الأمريكي),
    no punctuation or stop word between; a preposition written onto it is left out (بالسفير)."""
    relative = word_right_before(text, pos, floor)
    if relative is None or relative.group(1) not in lex.relative_pronouns:
        return None
    end = relative.start(1)
    words = words_in(text, max(floor, end - 80), end)[-MAX_SPEAKER_WORDS:]
    if words and _COMMA.fullmatch(text, words[-1][1], end):
        end = words[-1][1]  # a comma may set the clause off: `ووزير المال عادل منصور، الذي رد بأن …`
    ends = _subject_ends(lex)
    for k in range(len(words) - 1, -1, -1):
        ws, we = words[k]
        word = text[ws:we]
        if _has_punct(text, we, end, marks) or word in ends:
            named = words[k + 1:]  # `بحضور وزير الطاقة، مراد بوعلام، الذي أكد`: a name set off after its title
            if 0 < len(named) <= _MAX_APPOSITIVE_NAME_WORDS and _COMMA.fullmatch(text, we, named[0][0]) \
                    and (word.startswith(lex.definite_prefixes) or word in lex.titles) and not any(
                    text[a:b].startswith(lex.definite_prefixes) or text[a:b] in ends or text[a:b] in lex.titles
                    for a, b in named):
                return named[0][0], named[-1][1]
            return None
        # a nisba ending makes an adjective, but a title so ending is a noun where no definite word precedes it
        # (`برئاسة المحامي`, not `السفير الأمريكي`)
        adjective = word in lex.adjectives or word.endswith(lex.adjective_endings) and (
            word not in lex.titles or k > 0 and text[words[k - 1][0]:words[k - 1][1]].startswith(lex.definite_prefixes))
        if word.startswith(lex.definite_prefixes) and not adjective:
            while k > 0 and text[words[k - 1][0]:words[k - 1][1]] in lex.name_links:
                k -= 1  # the article inside a name: `عبد الرحمن القحطاني`
                ws, word = words[k][0], text[words[k][0]:words[k][1]]
            written_on = word[:1] in lex.written_prepositions and word[1:].startswith(lex.definite_prefixes)
            title = text[slice(*words[k - 1])] if k > 0 else ""
            if (title in lex.titles or title in lex.construct_heads) and not title.startswith(lex.definite_prefixes) \
                    and word.startswith(lex.definite_prefixes[0]) and not _has_punct(text, words[k - 1][1], ws, marks):
                return words[k - 1][0], words[-1][1]  # the title or body the genitive completes: `وزير الطاقة مراد
                # بوعلام`, `وزارة الصحة، التي نفت …`
            return ws + written_on, words[-1][1]
    return None


def _owner_before(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The owner an indefinite noun names with ل and the article right before `pos` (`مداخلة للصحفي التونسي مقداد
    الماجري`), up to `pos` or a comma right before it (`كلمة لرئيس مجلس الأعيان، أكد فيها`: `رئيس مجلس الأعيان`), no
    stop word or other punctuation between; an outlet after ل is spoken to (`تصريح لوكالة`)."""
    words = words_in(text, max(floor, pos - 120), pos)[-(MAX_SPEAKER_WORDS + 1):]
    comma = _COMMA_BEFORE.search(text, floor, pos)
    end = comma.start() if comma else pos
    for k in range(len(words) - 1, 0, -1):
        ws, we = words[k]
        word = text[ws:we]
        if _has_punct(text, we, end, marks) or word in _subject_ends(lex):
            return None
        # ... the owner with the article, or a title or an organisation heading a genitive (`كلمة لرئيس المجلس`), whose
        # preposition is left out where it is a letter of its own (the article's is written into it: `للصحفي`)
        titled = word[:1] in lex.written_prepositions and (word[1:] in lex.titles or word[1:] in lex.construct_heads)
        if word.startswith(lex.addressee_prefixes) or titled:
            previous = text[words[k - 1][0]:words[k - 1][1]]
            return None if previous.startswith(lex.definite_prefixes) or _has_punct(text, words[k - 1][1], ws, marks) \
                else (ws + 1 if titled else ws, words[-1][1])
        end = ws
    return None


def _clause_words(text: str, pos: int, floor: int, marks: str, max_words: int, reach: int
                  ) -> list[tuple[int, int]] | None:
    """The words of the clause that runs up to `pos` (at most `max_words`, within `reach` characters), when it
    opens the sentence or follows punctuation."""
    words = words_in(text, max(floor, pos - reach), pos)
    begin = len(words)
    while begin > 0 and len(words) - begin < max_words:
        end = words[begin][0] if begin < len(words) else pos
        if _has_punct(text, words[begin - 1][1], end, marks):
            break
        begin -= 1
    if begin == len(words) or _has_punct(text, words[-1][1], pos, marks):
        return None
    opens_clause = begin == 0 and words[0][0] - floor < 2 or \
        begin > 0 and _has_punct(text, words[begin - 1][1], words[begin][0], marks)
    return words[begin:] if opens_clause else None


_MAX_PARTICIPLE_CLAUSE_WORDS = 20


def _opening_verb_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `سخر أوباما قائلاً: «…»`, `وقد رد الوزير على سؤال قائلا`: a participle reports for the subject
    after the verb that opens its clause (VSO), past particles (وقد، ثم). When its clause has no such verb (or a
    comma sets it off), for the `opening_subject` of its sentence (`كما تناول المدرب إصابة اللاعب، مشيرًا`)."""
    words = _clause_words(text, pos, floor, marks, _MAX_PARTICIPLE_CLAUSE_WORDS, 250)
    subject = _verb_subject(text, words, pos, lex, marks) if words else None
    if subject is not None and (_names_someone(text, subject, pos, lex) or _body_or_indefinite(text, subject, lex)):
        return subject
    return opening_subject(text, floor, pos, lex, marks)


def _body_or_indefinite(text: str, subject: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the words after a verb open with a body's noun (`الهيئة`, `الشرطة`) or with a word that carries neither
    the article nor a preposition, a name or an indefinite noun (`سخر أوباما قائلاً`, `واحتج متهمون معتبرين`): a
    subject, where a definite noun may be the object of a verb that dropped its subject (`وتفقد المرضى …، مؤكدا`)."""
    head = text[subject[0]:subject[1]].split()[0]
    bare = _definite_stem(head, lex)
    if bare is None:  # (nor a preposition before a verbal noun, a purpose: `، داعم لوقف التصعيد … مؤكدا`)
        return not head.startswith(lex.content_proclitics + lex.addressee_prefixes) and not (
            head.startswith(lex.written_prepositions) and (head[1:] in lex.content_nouns
                                                           or verbal_noun_pattern(lex).fullmatch(head[1:])))
    return bare in lex.titles or bare in lex.construct_heads or bare in lex.name_heads


def _definite_stem(word: str, lex: Lexicon) -> str | None:
    """The word past the article that opens it, alone or with a proclitic (`الوزير`, `والوزير`: `وزير`), or None
    when it opens with none."""
    article = next((p for p in lex.definite_prefixes if word.startswith(p)), None)
    return word[len(article):] if article is not None else None


def _names_someone(text: str, subject: tuple[int, int], limit: int, lex: Lexicon) -> bool:
    """Whether the words after a verb that may have dropped its subject are a subject all the same: a title, an office's
    noun, an unnamed source's (`تداول ناشطون سوريون مقاطع قالوا إنها …`), a name the text gave before or one its title
    goes with; else they are the verb's object (`ووصف فاتورة
    الاستيراد بالضخمة وأوضح`, `وستقوم بتقديم مرافعة شفهية … مشيراً`)."""
    head = text[subject[0]:subject[1]].split()[0]
    return head in lex.titles or head in lex.construct_heads or head in lex.kunyas or head in lex.source_nouns \
        or _named_before(text, *subject) \
        or _titled_name(text, words_in(text, *subject), lex) or _title_set_off_after(text, subject[1], limit, lex)


def opening_subject(text: str, start: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `كما تناول المدرب إصابة اللاعب، …`, `وعقبت السيدة حسنية اسماعيل التي تقطن الحي، …`: the subject of the
    verb that opens the sentence at `start` past a set adverbial or a short prepositional phrase set off by a comma
    (`ومن جهة ثانية، رحب الرئيس …`), if it is a title or a name the text gave before: after a dropped subject the
    verb's object looks the same (`وجدت الانتقال إلى الكتب سهلاً`). A story's lead, after its dateline (`موسكو
    (رويترز) - رفع البنك المركزي …`), drops no subject: there any is one. Participles in the sentence and pro-drop
    cues after it report for it, as for a cue's subject."""
    dateline = DATELINE_LINE.match(text, start, limit)
    opening = _leading_clause(text, skip_adjunct(text, dateline.end() if dateline else start, limit, lex), limit, marks)
    if 0 < len(opening) <= _MAX_INTRODUCTION_WORDS and _prepositional(text[opening[0][0]:opening[0][1]], lex):
        opening = _leading_clause(text, opening[-1][1], limit, marks)
    framed = _framed_subject(text, opening[0][0], limit, lex, marks) \
        if opening and text[opening[0][0]:opening[0][1]] in lex.auxiliaries else None
    if framed is not None:
        return framed
    subject = _verb_subject(text, opening, limit, lex, marks) if opening else None
    if subject is None or not (dateline or _names_someone(text, subject, limit, lex)):
        return None  # (a body names itself by its office's noun: `أصدرت وزارة الداخلية بيانا أكدت فيه …`; a name its
        # title follows: `عاتب نايف هزازي مهاجم فريق الشباب الجمهور …`, `هنأت نيفين القباج، وزيرة التضامن، …`)
    return _with_appositive_name(text, subject, limit, lex, marks)  # `استعرض والي ولاية معسكر، فؤاد عايسي، خلال`


DATELINE_LINE = re.compile(DATELINE, re.MULTILINE)  # at a line's start: a sentence that opens a paragraph


_MAX_INTRODUCTION_WORDS = 8  # (`في خيمتها المصنوعة من النايلون والخشب، تغلي أم يوسف …`)


def _prepositional(word: str, lex: Lexicon) -> bool:
    """Whether a word opening a clause is a preposition, alone or with a conjunction written onto it (ومن، وفي)."""
    return word in lex.clause_stops or word[:1] in lex.coordinators and word[1:] in lex.clause_stops


@per_lexicon
def _clause_verb_stops(lex: Lexicon) -> frozenset[str]:
    """The words that open no clause with a verb: those that end a subject, save a showing verb, which showing no stance
    is a verb still (`أبدى X سعادته`), and in a script without case a verb that reports only a quotation next to it
    (`وزاد المحامي، في تصريحاته قائلا`)."""
    return _subject_ends(lex) - lex.nominal_cues - (frozenset() if lex.speaker_determiners else lex.quotation_only_cues)


def _verb_subject(text: str, words: list[tuple[int, int]], limit: int, lex: Lexicon, marks: str
                  ) -> tuple[int, int] | None:
    """The subject after the verb opening the clause of `words`, past particles and negations (`ولم يحضر الوزير`); it
    must reach the clause's end, an adjunct or the verbal noun of the verb's object (`تناول المدرب إصابة اللاعب`). A
    clause opening with a noun, a verbal noun, a stop word or an auxiliary has no such verb."""
    k = 0
    while k < len(words) - 1 and (text[words[k][0]:words[k][1]] in lex.verb_particles
                                  or text[words[k][0]:words[k][1]] in lex.negations
                                  or text[words[k][0]:words[k][1]] in lex.present_negations):
        k += 1
    verb = text[words[k][0]:words[k][1]]
    bare = verb[1:] if verb[:1] in lex.coordinators else verb
    ends = _clause_verb_stops(lex)
    if verb.startswith(lex.definite_prefixes) or verb in lex.titles or verb in lex.auxiliaries \
            or verb in ends or bare in ends and verb not in lex.preposition_cues and bare not in lex.verb_shaped_nouns \
            or verb in lex.pronouns \
            or verb.endswith(lex.accusative_endings) or bare.endswith(lex.noun_endings) \
            or bare in lex.content_nouns and bare not in lex.verb_shaped_nouns \
            or _prepositional(verb, lex) and verb not in lex.preposition_cues:
        # ... nor a verbal noun (`، وعدم إعطاء فرصة للإرهابيين داعيًا`) or a preposition (`ومن بين …`; `وعبر` is also
        # a verb)
        return None
    subject = speaker_after(text, words[k][1], limit, lex, marks)
    rest = [text[s:e] for s, e in words if subject is not None and s >= subject[1]]
    if subject is None or rest and rest[0] not in _subject_ends(lex) and rest[0] not in lex.content_nouns \
            and rest[0] not in lex.definite_content_nouns \
            and not rest[0].endswith(lex.accusative_endings) \
            and not (len(rest) == 1 and rest[0] in lex.circumstantial_openers) \
            and not _coordinated_cue_after_object(rest, lex):
        return None  # the verb's object or a longer mention stands between: no subject reaches the participle (the
        # opener of the circumstantial clause that reports describes the subject: `وظهر الرئيس وهو يقول`)
    return _without_object(text, subject, lex)


def _coordinated_cue_after_object(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a verb's subject are a definite object, then a reporting verb coordinated onto the
    clause, which shares its subject: `ورفض الوزير [القرار] وأكد أنه …`."""
    for word in words:
        if word[:1] in lex.coordinators and word in lex.cue_verbs:
            return True
        if not word.startswith(lex.definite_prefixes):
            return False
    return False


def _without_object(text: str, subject: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """The subject of a verb that opens its clause without the verb's object, which speaker_after may read on into:
    a title with the article heads no genitive, so a definite word after it and its adjectives (a nisba,
    `adjectives`) that is neither an adjective nor a name the text gave before is the object (`وزار الرئيس
    [المستشفى]، مؤكدا`, `الوزير [السفير الأمريكي]`), and a name without the article goes on with the title (`الرئيس
    المصري عبد الفتاح السيسي`). After an unnamed source's noun, the first word with neither the article (a genitive:
    `سكان المنطقة`) nor an adjective's ending (a nisba's, a plural's, the feminine's; past a first adjective, a
    participle's) opens the object: `تداول ناشطون سوريون [مقاطع مصورة]`, `نشرت مصادر مطلعة [وثيقة]`."""
    words = words_in(text, *subject)
    first = text[words[0][0]:words[0][1]]
    if len(words) > 1 and first in lex.source_nouns:
        for k in range(1, len(words)):
            word = text[words[k][0]:words[k][1]]
            if not (word.startswith(lex.definite_prefixes) or word.endswith(lex.adjective_endings)
                    or word.endswith(_PLURAL_ADJECTIVE_ENDINGS) or word.endswith(lex.noun_endings) and (
                        k == 1 or word.startswith(_PARTICIPLE_PREFIX))):
                return subject[0], words[k - 1][1]
        return subject
    if len(words) < 2 or _definite_stem(first, lex) not in lex.titles:
        return subject
    for k in range(1, len(words)):
        word = text[words[k][0]:words[k][1]]
        if not word.startswith(lex.definite_prefixes):
            return subject
        if not (word.endswith(lex.adjective_endings) or word in lex.adjectives or _named_before(text, *words[k])):
            return subject[0], words[k - 1][1]
    return subject


_PLURAL_ADJECTIVE_ENDINGS = ("ون", "ين", "ان")  # (مطلعون، مقربين؛ شهود عيان: the dual's ending, a genitive's here)
_PARTICIPLE_PREFIX = "م"  # after a first adjective, a feminine word goes on as a participle's (مصادر أمنية مطلعة), not
# as a noun's (مصادر مطلعة [وثيقة])


def _leading_clause(text: str, start: int, pos: int, marks: str) -> list[tuple[int, int]]:
    """The words from `start` to the first punctuation before `pos`."""
    words = words_in(text, start, pos, _MAX_PARTICIPLE_CLAUSE_WORDS)
    n = next((k for k in range(1, len(words)) if _has_punct(text, words[k - 1][1], words[k][0], marks)), len(words))
    return words[:n]


def _named_before(text: str, start: int, end: int) -> bool:
    """Whether the last word of text[start:end] (a name's last word: `عزيز أخنوش`) occurs before `start`, as a whole
    word, within `NAME_REACH` (a plain substring search: a pattern compiled per name would cost more than the
    search)."""
    last = text[start:end].split()[-1]
    at = text.find(last, max(0, start - NAME_REACH), start)
    while at >= 0:
        after = at + len(last)
        if not (at and _LETTER.match(text, at - 1)) and not (after < start and _LETTER.match(text, after)):
            return True
        at = text.find(last, at + 1, start)
    return False


# characters around a mention in which the text's other mentions of a name are looked for: longer than news articles
# (the gold's longest holds 33,672, and a reach of 5,000 changes no row of the gold or read sets), so that a
# book-long text costs no more per character than an article
NAME_REACH = 20_000


_LETTER = re.compile(f"[{_LETTERS}]")


_LIST_NUMBER = re.compile(r"[\d\u0660-\u0669]{1,2}[^\S\n]*[-–)]")


def _list_number(text: str, span: tuple[int, int]) -> bool:
    """Whether the span is the number of a list item opening its line (`3- نفى …`), which names no one."""
    return (span[0] == 0 or text[span[0] - 1] == "\n") and text[slice(*span)].isdigit() \
        and _LIST_NUMBER.match(text, span[0]) is not None


def _is_noun_use(text: str, start: int, floor: int, end: int, lex: Lexicon, phrase: bool) -> bool:
    """`the report`, `a claim`, `the State Department`: a cue word used as a noun or inside a name, or as a participle
    after a count (`of confirmed cases`, `two reported deaths`); in a title written
    in title case (`Trump Says He Will Win Florida`) a capital marks no name."""
    if not lex.speaker_determiners:
        return False
    if text[start].isupper() and start > floor and text[floor:start].strip(SENTENCE_OPENERS):
        # (sentences are trimmed: a word precedes the cue, not only an opening bracket or mark: `(According to X, …)`;
        # past a colon, the title's source reports; right after one, outside a title-case line, a source phrase opens
        # a sentence: `And it hasn't gone unnoticed: According to recent polls, …`)
        colon = text.rfind(":", floor, start)
        if colon >= 0 and (text[colon + 1:start].strip() or not phrase):
            return True
        if _in_title_case(text, floor, end, lex) == (colon >= 0):  # (a title case line's capital before its colon
            return True  # is a verb's, and a phrase's right after a colon outside one opens a sentence; a verb's
            # there is an order's: `A: Believe me, …`)
    space = text.rfind(" ", max(floor, start - 12), start - 1)
    begin = space + 1 if space >= 0 else floor
    before = text[begin:start].rstrip().lower()
    if start - begin > 12:
        return False
    if before in lex.superlatives and any(_determiner(w := text[a:b].lower(), lex) or w.endswith(lex.possessive_endings)
                                          for a, b in words_in(text, max(floor, begin - 16), begin)[-1:]):
        return True  # `the most challenging moment`: an adjective (not `Most said …`, a subject)
    counted = before in lex.count_prepositions or is_adverb(before, lex) and any(
        _determiner(text[a:b].lower(), lex) for a, b in words_in(text, max(floor, begin - 12), begin)[-1:])
    numeral = before in lex.number_words or "-" in before and all(w in lex.number_words for w in before.split("-"))
    if counted or numeral or before.isdigit() and len(before) < _YEAR_DIGITS:
        # `the number of confirmed cases`, `two reported deaths`, `43 pledged delegates`, `Ninety-one confirmed cases`:
        # a participle before its noun
        # (not before a clause or verb of its own: `two reported that …`, `no one called to notify …`)
        after = words_in(text, start, end, 2)
        word = text[after[0][0]:after[0][1]]
        if not counted and before not in lex.singular_numbers and word.endswith(lex.plural_endings) \
                and not word.endswith(lex.singular_endings):
            return True  # `911 calls`, `three reports`: a plural noun; more than one takes no singular verb
        nxt = text[after[1][0]:after[1][1]] if len(after) > 1 else ""
        return word.endswith(lex.past_endings) and (counted or nxt.isalpha() and nxt.islower() and not (
            nxt in lex.complementizers or nxt in lex.speaker_determiners or nxt in lex.pronouns
            or nxt == lex.infinitive_marker or nxt.endswith(lex.gerund_endings)))
    if before in lex.standalone_determiners:  # `Many say`, `Another said`: the determiner is the subject
        return _plural_noun_after(text[start:end], before, lex)
    return _determiner(before, lex) or before.isalpha() and _compound_noun_end(text, start, begin, floor, end, lex)


def _compound_noun_end(text: str, start: int, begin: int, floor: int, end: int, lex: Lexicon) -> bool:
    """`for phone calls, saying …`: a plural form after a lower-case noun that a preposition opens, with punctuation
    right after it, ends a compound noun; no verb stands there without its complement."""
    cue = WORD.match(text, start, end)
    if cue is None or cue.end() >= end or text[cue.end()] not in ",;.:" \
            or not cue.group().endswith(lex.plural_endings) or not text[begin:start].islower():
        return False
    opener = word_right_before(text, begin, max(floor, begin - 16))
    return opener is not None and opener.group(1).lower() in lex.count_prepositions


def _plural_noun_after(cue: str, determiner: str, lex: Lexicon) -> bool:
    """Whether the cue word after a determiner that may stand alone is a noun: one of the noun-like forms (`Some
    state officials`), a plural after a plural determiner (`these reports`, `some claims`), a base form after a
    singular one (`another report`); not a past form (`Some said`), a base form after a plural one (`Many say`) nor a
    singular verb after a singular one (`Another says`)."""
    first = WORD.match(cue)  # (the word without the punctuation after it: `a few questions, including`)
    word = first.group().lower() if first is not None else ""
    if word in lex.quotation_only_cues:
        return True  # a form news uses as a noun stays one: `Some state officials`, `many reports`
    if _participle(word, lex):
        return False
    plural = word.endswith(lex.plural_endings)
    return plural if determiner in lex.plural_determiners else not plural


_MIN_TITLE_CASE_WORDS = 4


def _in_title_case(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end] is (a sentence of) the document's title line, in title case: every word capitalised but
    the minor ones (`When Can Kids Go Back To School? Leaders Say …`). (A title-case line further on is a subheading,
    often a teaser without a verb: `Orange Is The New Black Star`.)"""
    if not at_text_start(text, text.rfind("\n", 0, start) + 1) or "\n" in text[start:end]:
        return False
    words = text[start:end].split()
    return len(words) >= _MIN_TITLE_CASE_WORDS and all(
        not word[0].islower() or word in lex.title_case_minor_words for word in words)


def _is_verbal_noun(text: str, start: int, floor: int, lex: Lexicon) -> bool:
    """Arabic `يمكن نقل البذور`, `في ذكر`: a cue word right after a word that governs a verbal noun is one."""
    if not lex.noun_governors or start == floor or not text[start - 1].isspace():
        return False
    window = max(floor, start - _MAX_GOVERNOR_CHARS)
    pieces = text[window:start].split()
    whole = len(pieces) > 1 or window == floor or text[window - 1].isspace()  # not a longer word's end
    if not (whole and pieces and pieces[-1] in lex.noun_governors):
        return False
    if pieces[-1] in lex.adjective_governors:  # `في آخر تصريح له`, not `على صعيد آخر أوضح`
        before = text[max(floor, start - 40):start].split()[-2:-1]
        return not before or before[0] in lex.noun_governors
    return True


_MAX_GOVERNOR_CHARS = 12


def _determiner(word: str, lex: Lexicon) -> bool:
    """An article or possessive before a cue word makes it a noun; a number does not (`two said`)."""
    return word in lex.speaker_determiners and word not in _NUMBERS


_NUMBERS = frozenset({"one", "two"})
_YEAR_DIGITS = 4  # `in 2009 agreed to`: a year before a verb is an adjunct, not the count of a noun
_PROCLITIC_MARK = re.compile(TATWEEL + "[«“”\"‹„(]")  # a tatweel-written proclitic before a quotation or bracket: بـ«


def find_cues(text: str, sentences: list[tuple[int, int]], lex: Lexicon, marks: str,
              matches: list[re.Match[str]]) -> list[list[Cue]]:
    """The cues of each sentence with their explicit speakers, from the `cue_matches` of the text."""
    starts = [s for s, _ in sentences]
    by_sentence: list[list[Cue]] = [[] for _ in sentences]
    kinds = _form_kinds(lex)
    for m in matches:
        group = m.lastgroup
        assert group is not None  # a cue match always holds `word` or `clitic`
        s, e = m.span(group)
        form = text[s:e]
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or e > sentences[i][1]:
            continue
        kind = kinds.get(form)
        if kind is None:
            kind = kinds[form] = _form_kind(form, group, lex)
        if kind[3] and kind[0] not in lex.relative_cues:
            if _headline_verb(text, s, sentences[i], lex):
                kind = (kind[0], kind[1], kind[2], False)  # `Trump demands Ginsburg resign`: a title's verb
            elif not _near_mark(text, s, e, marks) \
                    and not _opens_clause_after_subject(text, s, e, sentences[i][1], lex) \
                    and not _saying_after(text, e, sentences[i][1], lex, marks) \
                    and not _verb_before_infinitive(text, s, e, kind[0], sentences[i], lex):
                continue  # a noun-like form (`states`, `tweets`) counts only next to a quotation (a relative one may
                # name its subject first: `بما قاله أمير البلاد «…»`) or before the clause it opens (`He notes that`)
        if kind[0] in lex.imperatives and not text[sentences[i][0]:s].strip(SENTENCE_OPENERS):
            continue  # `Call for action on climate change`, `Tell others that …`: an order or a noun, no report
        if form in lex.title_only_cues and not (i == 0 and by_sentence[0] and "\n" not in text[:s]
                                                and text[sentences[0][1] - 1] not in TERMINALS):
            continue  # (the title: the first line's first sentence, with no full stop, after a cue of its own)
        previous = by_sentence[i][-1] if by_sentence[i] else None
        if previous is not None and previous.phrase and (
                s < previous.region_end or kind[1] and not text[previous.region_end:s].strip(_CHAINED_PHRASE_GAP)):
            # the verb of a source phrase's statement (`حسبما نقلت وكالة رويترز`), or a phrase naming where that source
            # had it from (`وفق ما أوردته الوكالة نقلا عن صحيفة …`): the first source relays it, as a relaying verb does
            continue
        if previous is not None and previous.start == s:
            continue  # the act a closing verb closes with (`وختم حديثه بالقول`), already that verb's cue
        cue = _cue(text, s, e, group, kind, sentences[i], lex, marks)
        if cue is not None:
            # `اعتبر النائب أن هذا الغياب يؤكد تخاذلها، قائلاً`: a VSO verb inside the report (a cased language's
            # subject stands before its verb, where `embedded` is found)
            if previous is not None and not lex.speaker_determiners and not cue.embedded and not cue.phrase \
                    and (cue.speaker is None or cue.speaker[0] > s) and _reported_after(text, previous.region_end, s, lex, marks):
                cue.embedded = True
            if previous is not None and lex.speaker_determiners and not cue.embedded and not previous.phrase \
                    and cue.speaker is not None and previous.region_end <= cue.speaker[0] < s \
                    and not text[previous.region_end:cue.speaker[0]].strip():
                cue.embedded = True  # `said the president believes …, adding`: a report in the bare clause of another
            if cue.relative and previous is not None and previous.speaker is not None and cue.speaker is not None \
                    and previous.speaker[0] <= cue.speaker[0] and cue.speaker[1] <= previous.speaker[1]:
                cue.speaker = previous.speaker  # `وفق مدير العمليات … العقيد عبدالله بن عامر، الذي أوضح`: the relative
                # describes the mention the cue before named, as a whole
            by_sentence[i].append(cue)
    return by_sentence


SENTENCE_OPENERS = "\"'“‘«‹„([{•-–— \t\n"  # what may stand before a sentence's first word


@per_lexicon
def _initials(lex: Lexicon) -> frozenset[str]:
    """The first letters of the language's complementizers, lower-cased."""
    return frozenset(word[0].lower() for word in lex.complementizers)


def _saying_after(text: str, pos: int, end: int, lex: Lexicon, marks: str) -> bool:
    """Whether a saying participle follows `pos` within a subject's length, no punctuation between (`وواصل منصوري
    يقول: “…”`): it introduces the words of the verb before it."""
    if not lex.saying_participles:
        return False
    for a, b in words_in(text, pos, end, MAX_SPEAKER_WORDS + 1):
        if _has_punct(text, pos, a, marks):
            return False
        if text[a:b] in lex.saying_participles:
            return True
    return False


def _opens_clause_after_subject(text: str, s: int, e: int, end: int, lex: Lexicon) -> bool:
    """Whether the noun-like cue form at text[s:e] stands between a pronoun or a capitalised word and a complementizer
    (`He notes that`, `Trump charges that`): maybe a verb, which `_cue` decides from its subject; not when a verb
    follows the complementizer, which is then a relative pronoun (`Most Southern states that will hold …`)."""
    if not lex.subject_pronouns or text[e:e + 1] != " ":
        return False
    if text[e + 1:e + 2].lower() not in _initials(lex) or not complementizer_follows(text, e, end, lex):
        # (a character test first: most such forms stand before no complementizer) ... after a pronoun for people, the
        # form is a verb all the same: `He promises the government will help`
        return _after_people_pronoun(text, s, e, end, lex)
    after = words_in(text, e, end, 2)
    verb = text[after[1][0]:after[1][1]] if len(after) > 1 else ""
    if verb in lex.finite_auxiliaries or verb.islower() and verb.endswith(lex.past_endings):
        return False
    before = word_right_before(text, s, max(0, s - 40))
    return before is not None and (before.group(1).lower() in lex.subject_pronouns or before.group(1)[:1].isupper())


def _verb_before_infinitive(text: str, s: int, e: int, form: str, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a noun-like form of a cue that takes an infinitive is the verb before one (`Justice vows to be …`,
    `Both candidates promise to be …`): the infinitive marker and a verb's form after it (lower case, no determiner
    or plural noun: not `promises to voters`), and a subject's last word right before it: a capitalised word before an
    -s form, a plural noun or an auxiliary before the base form (not `his constant vow to`, `existing pledges to`)."""
    if form not in lex.infinitive_cues or not lex.infinitive_marker:
        return False
    after = words_in(text, e, sentence[1], 2)
    if len(after) < 2 or text[after[0][0]:after[0][1]] != lex.infinitive_marker \
            or text[e:after[0][0]] != " ":
        return False
    verb = text[after[1][0]:after[1][1]]
    if not (verb.isalpha() and verb.islower()) or verb in lex.speaker_determiners or verb in lex.pronouns \
            or _plural_word(verb, lex):
        return False
    before = word_right_before(text, s, sentence[0])
    if before is None:
        return False
    word = before.group(1)
    if form.endswith(lex.plural_endings):  # `Lopez-Cantera promises to`, not `his oft-stated promises to`
        return word[:1].isupper() and word.lower() not in lex.speaker_determiners and not word.endswith(
            lex.possessive_endings)
    # `Both candidates promise to`, `Applicants must promise to`, not `his constant vow to`
    return word.lower() in lex.base_form_auxiliaries \
        or _plural_word(word, lex) and word.lower() not in lex.subject_stops


def is_plural(word: str, lex: Lexicon) -> bool:
    """A plural noun of a cased script: `officials`, `Democrats` (not `boss`, `status`, `analysis`, a pronoun)."""
    low = word.lower()
    return len(low) > 3 and low.endswith(lex.plural_endings) and not low.endswith(lex.singular_endings) \
        and low not in lex.pronouns


def _plural_word(word: str, lex: Lexicon) -> bool:
    """A plural noun written in letters alone (`candidates`; not a possessive: `the candidate’s`)."""
    return word.isalpha() and is_plural(word, lex)


def without_article(word: str, lex: Lexicon) -> str:
    """The word without the bare article of a language that writes it on its nouns (`المصدر` -> `مصدر`)."""
    article = lex.definite_prefixes[0] if lex.definite_prefixes else ""
    return word[len(article):] if article and word.startswith(article) else word


def _after_people_pronoun(text: str, s: int, e: int, end: int, lex: Lexicon) -> bool:
    """Whether the noun-like cue form at text[s:e] follows a subject pronoun for people (`He promises`, `They demand`),
    which no noun follows: a verb, save one that carries an act on (`they continue`) or a subordinate clause after it
    (`they attack when …`); `it` is a thing's (`it reads more like …`)."""
    before = word_right_before(text, s, max(0, s - 12))
    if before is None or before.group(1).lower() not in lex.subject_pronouns - lex.thing_pronouns \
            or text[s:e].lower() in lex.aspectual_cues:
        return False
    nxt = _NEXT_WORD.match(text, e, end)
    return nxt is not None and nxt.group(1).lower() not in lex.subordinators


def _pronoun_or_name(text: str, mention: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a mention is a subject pronoun or ends in a capitalised word."""
    return text[mention[0]:mention[1]].lower() in lex.subject_pronouns or text[mention[1] - 1].isalpha() \
        and text[max(mention[0], text.rfind(" ", mention[0], mention[1]) + 1)].isupper()


def title_object(text: str, sentence: tuple[int, int], pos: int, form: str, lex: Lexicon) -> bool:
    """Whether the cue `form` ending at `pos` is the verb of the document's title (its first line, whole, with no
    terminal mark at its end) with its object right after it: what the title's verb does to it is the report (`وزارة
    التربية تُعلن المواعيد الجديدة`). Not when a cue with an addressee has its own preposition, or its content
    proclitic, open a word further on: the addressee stands first (`يونيسيف تطالب قمة العشرين بتقديم …`)."""
    start, end = sentence
    if not at_text_start(text, start) or text[end:line_end(text, start)].strip() or text[end - 1] in lex.terminals:
        return False
    if form not in lex.addressee_cues:
        return True
    own = cue_word_tables(lex)[1].get(form)
    return not any(text[s:e] == own or text.startswith(lex.content_proclitics, s)
                   for s, e in words_in(text, pos, end, _MAX_TITLE_ADDRESSEE_WORDS + 1)[1:])


_MAX_TITLE_ADDRESSEE_WORDS = 4


def _headline_verb(text: str, pos: int, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the noun-like cue form at `pos` is a verb in the document's first line, a title, where news drops the
    article and writes the present (`Trump demands …`, `Rabbis vow to …`): in lower case right after a capitalised
    word, or a title after one, in a cased language."""
    if not lex.speaker_determiners or not text[pos].islower() or not at_text_start(text, sentence[0]) \
            or "\n" in text[sentence[0]:pos]:
        return False  # (in a title-case title every noun is capitalised: `One Tweet Sums Up …` names no verb)
    before = text[sentence[0]:pos].rstrip()
    words = before.split()
    # (a title drops the article: after `the Iowa` the word is a noun's, `the Iowa state fairgrounds`)
    # (or a title after one: `UN chief demands release of …`)
    return bool(before) and before == text[sentence[0]:pos][:len(before)] and (
            words[-1][:1].isupper() or len(words) > 1 and words[-1] in lex.titles and words[-2][:1].isupper()) \
        and not (len(words) > 1 and words[-2].lower() in lex.speaker_determiners) \
        and not words[-1].endswith(lex.possessive_endings)  # (`Spain's state broadcaster says`: an owner's noun)


def _reported_after(text: str, start: int, pos: int, lex: Lexicon, marks: str) -> bool:
    """Whether a complementizer stands in text[start:pos], no punctuation between it and `pos`: `pos` is inside the
    clause it opens."""
    start = max([start] + [text.rfind(c, start, pos) for c in _CLAUSE_MARKS])  # the words of the last clause only
    for s, e in reversed(words_in(text, start, pos)):
        if _has_punct(text, e, pos, marks):
            return False
        if text[s:e] in lex.complementizers:
            return True
    return False


_CHAINED_PHRASE_GAP = " \n\t\xa0,،"
_CLAUSE_MARKS = ",،;؛:"


def _near_mark(text: str, start: int, end: int, marks: str) -> bool:
    """A quote mark shortly before the word (`,” it reads`) or right after it (`states: “`); not an apostrophe between
    letters (`Donald Trump’s tweets`)."""
    pattern = _quote_mark_pattern(marks)
    return pattern.search(text, max(0, start - _QUOTATION_REACH), start) is not None or \
        pattern.search(text, end, end + 3) is not None


@lru_cache(maxsize=None)
def _quote_mark_pattern(marks: str) -> re.Pattern[str]:
    """A quote mark, not an apostrophe between letters: the mark first (the engine skips to marks), then that test."""
    return re.compile(f"[{re.escape(marks)}](?<!\\w[{re.escape(APOSTROPHES)}](?=\\w))")


@lru_cache(maxsize=None)
def _mark_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


_QUOTATION_REACH = 60  # characters between a closing mark and a quotation-only cue: `,” the group's statement reads`


def _form_kind(form: str, group: str, lex: Lexicon) -> tuple[str, bool, bool, bool]:
    """(normalised form, phrase, subjectless, quotation_only) of a cue form as written."""
    norm = _norm(form, lex)
    phrase = group == "clitic" or norm in lex.cue_phrases
    return norm, phrase, norm in lex.subjectless_cues and not phrase, norm in lex.quotation_only_cues


@per_lexicon
def _form_kinds(lex: Lexicon) -> dict[str, tuple[str, bool, bool, bool]]:
    """What each written cue form is, filled as forms are met: normalising every match costs more."""
    return {}


def _owner(text: str, speaker: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a speaker mention is a possessive, the owner of a noun cue (`the mayor’s claim`)."""
    return bool(lex.possessive_endings) and text[speaker[0]:speaker[1]].endswith(lex.possessive_endings)


def implied_speaker(text: str, cue: Cue, before: list[Cue], sentence: tuple[int, int], lex: Lexicon, marks: str
                    ) -> tuple[int, int] | None:
    """Who a cue without its own subject reports for: a participle (`, adding`, `مضيفا`) speaks for the
    previous cue's speaker in the sentence, a verb's rather than a source phrase's (`وقالت X، وفقا لـY إن …، مشيرة`)
    or a reported verb's (`قال X إن Y نُقل …، مضيفا`);
    in a cased language a coordinated verb (`X declined … but said`) or a participle opening the report speaks for
    the sentence's subject. Arabic pro-drop is left to the previous attribution; an Arabic participle after a verb
    that is no cue reports for that verb's subject (`سخر أوباما قائلاً`)."""
    # (a reported verb's subject only where nothing else names one: `وأكد أن المخدرات تعتبر …، مشيراً` goes on with
    # the subject of وأكد, carried over)
    named = [prev for prev in before if prev.speaker and not prev.embedded and prev.form not in lex.relative_cues
             and not prev.quotation_only and not _owner(text, prev.speaker, lex)
             and not (prev.relative and _disagreeing_relative(text, cue, prev, lex))] \
        if cue.subjectless else []  # (nor one of what the speaker repeats: `وتكرر ما قاله زميلها، مطالبة`; nor
    # the owner of a noun the verb takes: `The union disputed the mayor’s claim that …, noting`)
    if named:
        return next((prev.relayed or prev.speaker for prev in reversed(named) if not prev.phrase), named[-1].speaker)
    if not lex.speaker_determiners:
        if not cue.subjectless:
            return None
        return voiced_speaker(text, cue.start, sentence[0], lex, marks) or \
            _opening_verb_subject(text, cue.start, sentence[0], lex, marks)
    if not cue.subjectless and _has_punct(text, max(sentence[0], cue.start - 3), cue.start, marks):
        return None
    if opens_with_participle(text, cue, sentence, lex):
        return sentence_subject(text, sentence[0], sentence[1], lex, marks)  # `Saying she …, Judge Dick issued …`
    subject = sentence_subject(text, sentence[0], cue.region_start, lex, marks)  # (before `having`, which opens it)
    # ... as the verb before it found it, right before it, when that runs further (`Shadow health secretary Edward
    # Argar said … and accused`: read forward, the mention stops at the lower-case word)
    return next((prev.speaker for prev in before if subject is not None and prev.speaker is not None
                 and prev.speaker[0] == subject[0] and prev.speaker[1] > subject[1]), subject)


def _disagreeing_relative(text: str, cue: Cue, prev: Cue, lex: Lexicon) -> bool:
    """Whether a participle and the relative pronoun that opens an earlier cue's clause disagree
    (`lex.participle_agreement`, `lex.relative_agreement`): `الأنباء التي تحدثت …، مؤكدا` reports for the main
    clause's subject, not the relative clause's."""
    pronoun = word_right_before(text, prev.start, max(0, prev.start - 12))
    agreement = dict(lex.relative_agreement).get(pronoun.group(1)) if pronoun is not None else None
    participle = text[cue.start:cue.end]
    ending = next((a for e, a in lex.participle_agreement if participle.endswith(e)), None)
    return agreement is not None and ending is not None and agreement != ending


def opens_with_participle(text: str, cue: Cue, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a subjectless cue with no subject of its own opens its sentence in a cased language, a lower-case word
    after it (`Saying she will explain her ruling later, Judge Dick issued …`); not in a title, whose words are all
    capitalised (`Railing Against Trump, Sanders Vows …`)."""
    if not lex.speaker_determiners or not cue.subjectless or cue.speaker is not None \
            or text[sentence[0]:cue.start].strip(SENTENCE_OPENERS):
        return False
    after = words_in(text, cue.end, sentence[1], 1)
    return bool(after) and text[after[0][0]].islower()


def voiced_speaker(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`ونشر حساب المصرف ردا على لسان حاكمه رياض سلامة قائلا`: a participle after words put in someone's mouth
    (`lex.voice_phrases`) in its sentence reports for that someone."""
    for phrase in lex.voice_phrases:
        at = text.rfind(phrase, floor, pos)
        if at >= 0:
            return speaker_after(text, at + len(phrase), pos, lex, marks)
    return None


def sentence_subject(text: str, start: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The name or noun phrase opening a sentence, after a short introductory phrase (`In May, …`) or, in a cased
    language, a coordinator or an adverb that may stand before a verb (`Yet she …`, `Even Sanders …`)."""
    first = WORD.match(text, start, limit)
    if first is not None and lex.speaker_determiners and text[first.end():first.end() + 1] == " " and (
            first.group().lower() in lex.coordinators or first.group().lower() in lex.speaker_skips):
        return sentence_subject(text, first.end() + 1, limit, lex, marks)
    if lex.speaker_determiners and (dateline := CAPITALS_LABEL.match(text, start, limit)
                                    or DATELINE_LINE.match(text, start, limit)
                                    or CAPITALS_DATELINE.match(text, start, limit)) is not None:
        # `NEW DELHI: Gita Gopinath, …, met …`, `HOUSTON, May 14 (Reuters) - A federal judge …`, `BRUSSELS — The …`
        return sentence_subject(text, dateline.end(), limit, lex, marks)
    # `Since …, she`: an introductory clause; `Speaking Sunday on ABC, Carson …`: an introductory participle
    introduced = first is not None and (first.group().lower() in lex.subject_stops
                                        or _opening_participle(first.group(), lex)
                                        or _opening_passive(text, first, limit, lex))
    punct, reach = punct_pattern(marks.translate(_NO_APOSTROPHES)), min(limit, start + (120 if introduced else 80))
    intro = punct.search(text, start, reach)
    while intro is not None and (_in_number(text, intro.start())  # `brought that down to $42,000 in five years, but`
                                 or introduced and text[intro.start()] in marks):  # `Speaking on ABC’s “This Week,”`
        intro = punct.search(text, intro.end(), reach)
    if intro is not None and text[intro.start()] in ",،" and (introduced or len(
            lead := words_in(text, start, intro.start(), _MAX_INTRO_WORDS + 1)) <= _MAX_INTRO_WORDS and not any(
            text[a:b] in lex.cue_verbs and text[c:d].lower() in lex.speaker_determiners
            for (a, b), (c, d) in zip(lead, lead[1:]))):
        # (not a report and its clause's subject, cut by an apposition: `AEMET said the heatwave, the third …,`)
        if not introduced and (adverb := _COMMA_ADVERB.match(text, intro.end(), limit)) is not None \
                and _sentence_adverb(adverb.group(1), lex) \
                and (subject := speaker_after(text, start, intro.start(), lex, marks)) is not None \
                and subject[1] == intro.start():
            return subject  # `Trump, however, was defiant`: an adverb set off after the subject
        if not introduced and (after := words_in(text, intro.end(), limit, 1)) \
                and text[after[0][0]:after[0][1]].lower() in lex.relative_pronouns - lex.complementizers \
                and (subject := speaker_after(text, start, intro.start(), lex, marks)) is not None:
            return subject  # `The senator, who was elected in 2010, opposed …`: the noun a relative clause describes
        subject = speaker_after(text, intro.end(), limit, lex, marks)
        if subject is None and not introduced \
                and (name := _name_before_apposition(text, start, intro.start(), lex, marks)) is not None:
            return name  # `Huma Abedin, vice chairwoman for the campaign, emailed …`: a name, then who it is
        if subject is not None and _place_apposition(text, intro.start(), subject, limit, lex):
            return sentence_subject(text, subject[1] + 1, limit, lex, marks)  # `In Salem, New Hampshire, Trump …`
        if subject is None and not introduced and not text[intro.end():limit].strip():
            return speaker_after(text, start, intro.start(), lex, marks)  # `Salceda, citing data, said`: no intro
        if subject is None and text[intro.end():limit].strip():
            return sentence_subject(text, intro.end(), limit, lex, marks)  # `On Monday, however, Trump …`
        return subject
    return speaker_after(text, start, limit, lex, marks)


def _name_before_apposition(text: str, start: int, comma: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The name of two or more capitalised words before the comma at `comma` that opens the sentence, when no time
    word, stop word or place is among them: the subject, set off from its apposition (not `Last March,`)."""
    words = [text[a:b] for a, b in words_in(text, start, comma, _MAX_INTRO_WORDS + 1)]
    if not 1 < len(words) <= _MAX_INTRO_WORDS or not all(w[:1].isupper() and not w.isupper() for w in words) \
            or any(w.lower() in lex.time_words or w.lower() in lex.subject_stops or w.lower() in lex.speaker_skips
                   for w in words):
        return None
    name = speaker_after(text, start, comma, lex, marks)
    return name if name is not None and name[1] == comma else None


_COMMA_ADVERB = re.compile(r"\s*(\w+)\s*,")  # a word set off by commas, the first of which comes before
CAPITALS_LABEL = re.compile(r"[A-Z][A-Z .'-]*[A-Z]:\s+")  # a dateline or a speaker's label before a colon
# A newspaper's dateline with no agency: a place in capitals, perhaps its state or country, and a spaced dash before
# the sentence (`WASHINGTON — The Senate …`, `PORTLAND, Maine — More than …`, `ST. LOUIS, Mo. — …`)
CAPITALS_DATELINE = re.compile(r"[A-Z][A-Z .'-]*[A-Z](?:,(?: [A-Z][\w.'-]*){1,3})?[^\S\n]+[—–-][^\S\n]+"
                               r"(?=[A-Z\"“‘'])")


def _place_apposition(text: str, comma: int, mention: tuple[int, int], limit: int, lex: Lexicon) -> bool:
    """Whether a capitalised mention set off by commas after a place that a preposition opens names where that place is
    (`in Salem, New Hampshire,`, `in Ames, Iowa,`), so the sentence's subject comes after it."""
    before = word_right_before(text, comma, max(0, comma - 40))
    place = word_right_before(text, before.start(1), max(0, before.start(1) - 40)) if before is not None else None
    if place is not None and place.group(1)[:1].isupper():  # `in New Haven, Connecticut,`: a place of two words
        place = word_right_before(text, place.start(1), max(0, place.start(1) - 40))
    words = text[mention[0]:mention[1]].split()
    return before is not None and place is not None and place.group(1).lower() in lex.mention_prepositions \
        and before.group(1)[:1].isupper() and before.group(1).lower() not in lex.time_words \
        and text[mention[1]:mention[1] + 1] == "," and mention[1] + 1 < limit and 0 < len(words) <= 3 \
        and all(w[:1].isupper() and "-" not in w for w in words) and words[0].lower() not in lex.speaker_determiners


def _opening_participle(word: str, lex: Lexicon) -> bool:
    """Whether a capitalised word opening a sentence is a participle that opens an adjunct (`Speaking`, `Citing`)."""
    return bool(lex.gerund_endings) and word[:1].isupper() and word.lower().endswith(lex.gerund_endings) \
        and len(word) > 5


def _opening_passive(text: str, first: re.Match[str], limit: int, lex: Lexicon) -> bool:
    """Whether the capitalised word opening a sentence is a past participle before its preposition, which opens an
    adjunct (`Pressed by Whitcomb on whether …, Delacroix said`, `Asked about the plan, …`)."""
    word = first.group()
    if not (lex.past_endings and word[:1].isupper() and word.lower().endswith(lex.past_endings) and len(word) > 4):
        return False
    nxt = _NEXT_WORD.match(text, first.end(), limit)
    return nxt is not None and nxt.group(1).lower() in lex.clause_stops


@per_lexicon
def _state_pattern(lex: Lexicon) -> re.Pattern[str]:
    """One of the language's `state_complements` as the word right after a position (one match, not a word scan and a
    set lookup on every cue)."""
    return re.compile(f"\\s*(?:{trie_pattern(sorted(lex.state_complements))})(?![{_LETTERS}]|[.'’-][{_LETTERS}])")


def _result_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether one of the language's `result_nouns` heads the object after `pos`, past its determiners, numbers and
    adjectives (`posted a 19% rise`, `posted a $1.3 billion profit`), before any preposition, complementizer or
    clause punctuation (`posted on Facebook that the loss …`)."""
    previous = pos
    for a, b in words_in(text, pos, end, _MAX_RESULT_WORDS):
        word = text[a:b].lower()
        if _RESULT_BREAK.search(text, previous, a) or word in lex.clause_stops or word in lex.complementizers:
            return False
        if word in lex.result_nouns:
            return True
        previous = b
    return False


_MAX_RESULT_WORDS = 5
_RESULT_BREAK = re.compile(r"[,،؛;:!?؟()\[\]\"“”]|\.(?!\d)")  # (a decimal point is no break: `$3.1 billion`)


def _cue_verb_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether a reporting verb in a past form comes next, past the words between a subject and its verb (`have
    said`): a present one may be a noun (`Trump says praise …`, `declares state of emergency`)."""
    for a, b in words_in(text, pos, min(end, pos + _MAX_SKIPPED_CHARS), _MAX_SKIPPED_WORDS + 1):
        word = text[a:b]
        if word in lex.cue_verbs and (word.endswith(lex.past_endings) or word in lex.irregular_participles):
            return "".join(text[pos:a].split()).isalpha() or text[pos:a].isspace()  # (no comma between)
        if not _skipped_before_verb(word, lex) or word in lex.passive_auxiliaries:  # (`he says is maintained by`)
            return False
    return False


_MAX_SKIPPED_WORDS = 2
_MAX_SKIPPED_CHARS = 30


def _in_number(text: str, pos: int) -> bool:
    """Whether the character at `pos` separates digits (`42,000`, `3.5`), so it is no punctuation."""
    return text[pos - 1:pos].isdigit() and text[pos + 1:pos + 2].isdigit()


_SET_OFF_ASIDE = re.compile(r"\s*[,،][^,،.:؛;!?؟\n]{1,80}[,،]")  # `، في مذكرته حول المؤشرات الأسبوعية،`
_BYLINE_NAME = re.compile(f"\\s*:?\\s*(?:[{_LETTERS}]+\\s+){{0,3}}[{_LETTERS}]+\\s*(?:[-–—]\\s|\\n|\\Z)")


def _cue(text: str, s: int, e: int, group: str, kind: tuple[str, bool, bool, bool], sentence: tuple[int, int],
         lex: Lexicon, marks: str) -> Cue | None:
    """The cue at text[s:e] with its explicit speaker and the span of its attribution, or None when the word is a
    noun here; the attribution runs over a relative clause about the subject and a relayed source."""
    start, end = sentence
    form, phrase, subjectless, quotation_only = kind
    if _is_noun_use(text, s, start, end, lex, phrase) or _is_verbal_noun(text, s, start, lex) and not (
            form in lex.relative_cues and _described_as_quoted(text, e, end, lex, marks)):
        return None  # (after a preposition a verbal noun, but `ضد من وصفهم بـ"مروجي الفتن"`: whom he called so)
    if lex.circumstantial_openers and (before := word_right_before(text, s, max(start, s - 8))) is not None \
            and before.group(1) in lex.circumstantial_openers:
        if any(text[a:b] in lex.cue_verbs for a, b in words_in(text, start, before.start())):
            return None  # `ويضيف وهو يشير إلى ابنه`: how he speaks, not what
        subjectless = True  # with no reporting verb before it, the circumstantial verb is the one that reports, for
        # the subject of the clause it describes (`وظهر الرئيس في الفيديو وهو يقول «…»`)
    if lex.state_complements and _state_pattern(lex).match(text, e, end) is not None:
        return None  # `589 people were confirmed dead`, `100 pilots reported sick`: a state found, no words reported
    if form in lex.result_cues and _result_follows(text, e, end, lex):
        return None  # `it posted net income of $3.1 billion`: a result achieved, no words reported
    if lex.plural_endings and form.endswith(lex.plural_endings) and _cue_verb_follows(text, e, end, lex) \
            and any(word.lower() not in lex.pronouns for word in text[start:s].split()[-1:]):
        return None  # `Some news reports said …`, `Media reports have said …`: the plural noun heads the subject
    if lex.plural_endings and form.endswith(lex.plural_endings) and lex.speaker_determiners \
            and (before := word_right_before(text, s, start)) is not None and before.group(1) in lex.cue_verbs \
            and before.group(1).endswith(lex.past_endings):
        return None  # `The senator dismissed reports that …`: the plural noun is the object of the past verb before it
    if form in lex.elative_cues and (_next_word_in(text, e, end, lex.relative_objects) or (
            before := word_right_before(text, s, start)) is not None and before.group(1) in lex.clause_stops):
        return None  # `وفيما يلي أبرز ما جاء فيه:`, `من أبرز الشروط`: the elative, the most prominent
    if form in lex.agentless_cues:  # `وأفيد بأن …`: reported, by no one named; no subject is carried over either
        return Cue(s, e, False, False, None, s, e, form=form, passive=True) \
            if complementizer_follows(text, e, end, lex) else None
    if lex.anonymity_request and _in_anonymity_request(text, s, e, start, end, lex):
        return None  # `اشترط عدم ذكر اسمه`, `رفض ذكر اسمه`: a request not to be named, which its own rule reports
    if lex.passive_mark and _passive_perfect(text[s:e], lex):
        return None  # `أُبلغت بتقديم الوزراء استقالتهم`: I was informed; no subject follows
    if form in lex.comma_participles and text[max(start, s - 8):s].rstrip()[-1:] not in ",،" + QUOTE_CLOSERS:
        return None  # `الداعية`, `داعية إسلامي`: the noun (after a comma, or a quotation that ends the clause)
    if form in lex.clause_initial_cues and not opens_clause(text, s, start, lex, marks) \
            and not _after_clause_opener(text, s, start, lex):
        return None  # `وتحدث الخبير عبر قناة …`: via
    if form in lex.adjectival_participles and not opens_clause(text, s, start, lex, marks) \
            and not _report_follows(text, e, end, lex) and not _preposition_follows(text, e, end, form, lex) \
            and not _word_follows(text, e, end, lex.content_nouns):
        return None  # `تسجيل 4 إصابات مؤكدة بمرض الكوليرا`: confirmed, an adjective (not `… مؤكدة حرصها على …`)
    if form in lex.impersonal_cues and complementizer_follows(text, e, end, lex):
        return None  # `يُذكر أن …`: the writer recalls a fact; no one is reported
    if form in lex.byline_cues and _BYLINE_NAME.match(text, e, end) and opens_clause(text, s, start, lex, marks):
        return None  # `الرياض - كتبت رنا صلاح - كشف …`: the reporter's byline
    if form in lex.relative_cues and not _after_relative(text, s, start, lex) \
            and not _described_as_quoted(text, e, end, lex, marks):
        return None  # `وصفه` without `ما` before it: his description (`حسب وصفه`); not before what it calls him, in
        # quote marks, after a noun it describes (`تصريحات وصفتها بـ"غير المقبولة"`)
    if text[s:e].lower() in _formula_words(lex) and _in_formula(text, s, e, start, lex):
        return None  # `Having said that, …`: the writer's turn of phrase
    if form in lex.naming_participles and _names_after_noun(text, s, e, start, end, lex, marks):
        return None  # `a group called Citizens for Trump`: the participle names the noun before it
    if form in _other_sense_forms(lex) and _in_other_sense(text, e, end, form, lex):
        return None  # `who added to his portfolio`: increased
    if form in lex.amount_senses and _amount_follows(text, e, end, lex):
        return None  # `the relocation would add about $22 a month`: increase
    if form in _particle_senses(lex) and _word_follows(text, e, end, _particle_senses(lex)[form]):
        return None  # `the strike was called off`: cancelled
    if form in lex.aspectual_cues and (nxt := _NEXT_WORD.match(text, e, end)) is not None \
            and nxt.group(1).islower() and nxt.group(1).endswith(lex.gerund_endings):
        return None  # `the shares continued falling`: the act goes on
    if form in lex.responsibility_cues and not any(
            text[a:b].lstrip(marks) in lex.responsibility_nouns for a, b in _clause_words_after(text, e, end, "")):
        return None  # `حمل السلاح`: carried; a report only holds someone responsible (the responsibility may be
        # quoted: `محملة الوزارة "كامل المسؤولية عن …"`)
    if form in lex.accusing_cues and (nxt := _NEXT_WORD.match(text, e, end)) is not None \
            and nxt.group(1).startswith(lex.content_proclitics) and nxt.group(1) not in lex.place_names:
        return None  # `الذي اتُّهم بطعن فتاة`: the accusation right after the verb, whose subject it was (not a
        # place whose name starts with the letter: `أربيل تتهم بغداد بالمماطلة`)
    if form in lex.named_subject_cues and text[s:e] == form and not any(
            text[a:b] in lex.complementizers for a, b in words_in(text, e, end, MAX_SPEAKER_WORDS + 1)):
        return None  # `بين الطرفين`: the preposition, most often (the subject's test below)
    if subjectless and _modifying_participle(text, s, form, start, lex):
        return None  # `Companies challenging the rule argued …`: the subject's words, the verb after them reports
    if subjectless and lex.progressive_auxiliaries and _follows_progressive_auxiliary(text, s, start, lex):
        subjectless = False  # `Pelosi was discussing`: a finite verb with a subject of its own
    speaker, region_start, region_end, relative, hedge, passive, governed = None, s, e, False, False, False, False
    perfect = None  # where the perfect participle's auxiliary stands before the cue
    if phrase and lex.speaker_determiners:
        cased = _cased_source(text, e, end, lex, marks)
        if cased is None:
            speaker = speaker_after(text, e, end, lex, marks)
        else:
            speaker, region_end = cased
        if speaker is not None and text[speaker[0]:speaker[1]].rsplit(maxsplit=1)[-1].lower() in lex.titles \
                and (named := _set_off_name(lex).match(text, speaker[1], end)) is not None:
            speaker, region_end = (speaker[0], named.end(1)), named.end(1)  # `According to the finance officer,
            # Beth Harkins, the relocation would …`
    elif phrase:
        written_on = group == "word" and any(text.endswith(r, s, e) for r in lex.source_relatives)
        if lex.relative_statement_verbs and (verb := _relative_verb(text, e, end, lex, marks, written_on)) is not None \
                and not _states(text[verb[0]:verb[1]], lex):
            return None  # `وفقا لما تتطلبه المصلحة`, `حسب ما هو مبرمج`: what a thing requires or is, no statement
        speaker = _phrase_source(text, e, end, lex, marks, written_on) if group == "word" \
            else _clitic_speaker(text, e, end, lex, marks)
        # the source's first word, or the word after the phrase when it names none: `حسب قوله`, قوله ending a subject
        head = text[speaker[0]:speaker[1]].split()[0] if speaker is not None else \
            "".join(text[a:b] for a, b in words_in(text, e, end, 1))
        if head in lex.norm_nouns:
            return None  # `وفقا لقرارات الشرعية الدولية`, `حسب النوع`: a rule or a criterion, no source
        hedge = head in lex.hedge_nouns or form.rsplit(maxsplit=1)[-1] in lex.hedge_nouns  # (`على حد تعبيره`)
        if hedge:  # `حسب وصفه`: the speaker's own words; who speaks, the text before says (a carried speaker)
            speaker = None
        if form in lex.document_phrases and (head not in lex.document_nouns or _after_relative(text, s, start, lex)):
            return None  # `جاء في المرتبة الأولى`: no text speaks; `لما ورد في التقرير`: what it says, as an object
        if speaker is not None:
            speaker = _with_honorific_name(text, _with_source_name(text, speaker, end, lex), end, lex, marks)
        if speaker is not None and not words_in(text, start, s, 1) and not (
                form in lex.event_phrases and event_content_word(text, speaker[1], end, lex) is not None):
            region_end = _opening_source_end(text, speaker[1], end, lex, marks)  # (not before the act announced)
    elif subjectless and lex.absolute_links and (absolute := _absolute_subject(text, s, start, lex)) is not None:
        speaker = absolute  # `with Sen. John McCain calling …`: the participle's own subject
    elif not subjectless:
        if lex.speaker_determiners:  # SVO first, then `said Smith`, then `Smith, who …, said`
            speaker = speaker_before(text, s, start, lex, marks)
            word = text[speaker[0]:speaker[1]] if speaker is not None else ""
            if speaker is not None and word.endswith(lex.gerund_endings) and word.islower() and " " not in word:
                if word not in lex.perfect_participles:
                    return None  # `giving states more power`, `fueling worries that …`: the participle's object
                # `having suggested …`: it reports for the clause's subject, its attribution opening at `having`
                perfect, speaker, subjectless = speaker[0], None, True
            passive = speaker is not None and _passive(text, s, e, speaker[1], lex)
            if speaker is None and (auxiliary := word_right_before(text, s, start)) is not None \
                    and auxiliary.group(1).lower() in lex.passive_auxiliaries and _participle(text[s:e], lex) \
                    and text[start:auxiliary.start(1)].rstrip()[-1:] in marks:
                passive = True  # `“American Skin” was written by Springsteen`: the quotation is the subject
            if not passive and speaker is not None and _participle(text[s:e], lex) \
                    and (nxt := _NEXT_WORD.match(text, e, end)) is not None \
                    and nxt.group(1) in lex.passive_content_links \
                    and _described_quotation(marks).match(text, e, end) is not None:
                passive = _agent(text, e, end, lex, marks) is not None  # a title's passive, with no auxiliary:
                # `Proposals blasted as 'puny response' by former health minister` (an active verb takes its object
                # first: `Smith praised “the move” by the council`)
            if passive:
                # `Sanders was asked`, `it is said`: no speaker but the agent
                speaker = _agent(text, e, end, lex, marks)
            if speaker is None:
                # `X, a lawyer, recently put it`: punctuation before `recently`
                verb_start = _skip_back(text, s, start, lex)
                # `Said Comey, “…”`: the verb opens the sentence, a name follows (not `Asked about her`)
                if verb_start == start:
                    speaker = _closing_subject(text, e, end, lex, marks)
                    if speaker is not None and not text[speaker[0]].isupper():
                        speaker = None
                elif _has_punct(text, max(start, verb_start - 3), verb_start, marks):
                    # (no subject after a cue that ends in its preposition: `Fiorina, asked about the merger, …`
                    # names its object there)
                    speaker = _appositive_subject(text, verb_start, start, lex, marks) or (
                        None if ends_in_preposition(form, lex) else _closing_subject(text, e, end, lex, marks))
                    if speaker is not None and speaker[0] > e and form in lex.object_content_cues \
                            and (nxt := _NEXT_WORD.match(text, speaker[1], end)) is not None \
                            and nxt.group(1) == lex.infinitive_marker:
                        speaker = None  # `a judge, in response to …, ordered the State Department to review`: the
                        # object of a verb that takes one, before what it is told to do
        else:  # a subject after a complementizer (the words after the verb are its object), VSO, then a subject
            # before an auxiliary, then a fronted (SVO) one; a conjunction on the verb joins it to the clause before
            # and leaves it none there (`… للبلاد وأكد`)
            conjoined = conjoined_form(form, lex)
            # (`مصدر، طلب عدم ذكر اسمه، قال`: a subject before the verb ends before a request not to be named set off
            # there)
            subject_end = _before_anonymity_aside(text, s, start, lex)
            introduced = None if conjoined else _introduced_subject(text, subject_end, start, lex, marks) \
                or _topic_subject(text, s, start, lex)
            proclitics = lex.content_proclitics if form in lex.proclitic_content_cues else ()
            speaker = introduced or speaker_after(text, e, end, lex, marks, proclitics) \
                or _after_pronoun_preposition(text, e, end, lex, marks, proclitics)
            if introduced is None and speaker is not None and (before := word_right_before(text, s, start)) \
                    and before.group(1) in _pronoun_subjects(lex):
                # `، لكنه طالب الحكومة بـ…`, `إلا أنه دعا الحكومة إلى …`: the pronoun written onto the particle is the
                # subject, the words after the verb its object, which the content's preposition may follow
                if _preposition_follows(text, speaker[1], end, form, lex):
                    region_end = speaker[1]
                speaker = None
            words = text[speaker[0]:speaker[1]].split() if speaker is not None else []
            if speaker is not None and words and (_opens_content(words[0], form, lex)
                          and not (len(words) > 1 and words[0] in lex.name_particles)
                          or words[0] in lex.adjacent_complementizers and not text[e:speaker[0]].strip()
                          and not complementizer_follows(text, speaker[1], end, lex)):
                # `قال إن …`, `إن الملك أكد دعم بلاده …`: the content follows the verb, the subject before; `وافاد بان
                # الاتحاد يرفض …` (بأن without its hamza), not `وقال بان كي مون إن …`
                speaker = None
            elif speaker is not None and (form in lex.object_cues or form in lex.denial_cues):
                speaker = _before_object(text, speaker, object_nouns(form, lex), lex)
            elif speaker is not None and form in lex.predicative_cues:
                described = _before_described(text, speaker, lex)
                # `فيما تصف الوضع بأنه «…»`: one noun phrase right before what it is called is the object, the
                # subject dropped (a conjunction on the verb leaves none here either: `ووصف الهجوم بأنه`)
                speaker = None if described == speaker and _calls_next(text, speaker[1], end, lex) \
                    and _bare_object(text, speaker, lex) else described
            elif speaker is not None and form in lex.responsibility_cues:
                speaker = _before_responsibility(text, speaker, lex)
            elif speaker is not None and form in lex.accusing_cues:
                # `الجيش يتهم الدعم السريع باستهداف …`: after a subject placed first, the words after the verb are
                # whom it accuses (the subject is found below)
                fronted = _fronted_subject(text, s, start, lex, marks) or \
                    _quoted_fronted_subject(text, s, start, lex, marks)
                speaker = None if fronted is not None else _before_accused(text, speaker, lex)
            elif speaker is not None and form in lex.thanking_cues:  # `وشكر الجغبير السفير`: whom it thanks; `هنأ
                # الجميع بالعام الجديد`: only whom, the subject dropped
                speaker = None if _addressee_head(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex) \
                    else _before_second_definite(text, speaker, lex, titled=True)
            elif speaker is not None and form in lex.addressee_cues:
                if form in lex.purpose_cues:
                    speaker = _before_purpose(text, speaker, lex)
                if _addressee_head(text[speaker[0]:speaker[1]].split(maxsplit=1)[0], lex):
                    region_end, speaker = speaker[1], None  # `ودعت الجميع إلى`: whom it calls, the subject dropped
                else:
                    speaker = _before_second_definite(text, speaker, lex)  # `دعت الوزارة المواطنين إلى`: whom it calls
            if introduced is None and speaker is not None and _verb_object(text, s, speaker, form, start, lex, marks):
                if form not in lex.denial_cues and not title_object(text, sentence, e, form, lex) \
                        and not (form in lex.content_noun_cues and not words[0].startswith(lex.definite_prefixes)
                                 and verbal_noun_pattern(lex).fullmatch(words[0]) is not None):
                    # (what a denial's object names is what it denies: its content; so what a title's verb does, and
                    # a verbal noun after a verb stating a fact: `وكانت المديرية قد أعلنت إنقاذ 14 شخصا`)
                    region_end = _relative_clause_end(text, speaker[1], end, lex, marks)  # the attribution runs over it
                speaker = None
            surname = _quoted_surname(text, e, end, lex, form) if speaker is None else None
            if surname is not None:
                speaker, region_end = surname
            elif speaker is None:
                speaker = _contrasted_topic(text, s, start, lex) or (None if conjoined else (
                    _auxiliary_subject(text, subject_end, start, lex, marks)
                    or _quoted_fronted_subject(text, subject_end, start, lex, marks)
                    or _fronted_subject(text, subject_end, start, lex, marks)
                    or _titled_name_tail(text, subject_end, start, lex, marks)
                    or _set_off_subject(text, subject_end, start, lex, marks)))
                if speaker is None and not conjoined:
                    speaker = _statement_subject(text, s, e, start, end, lex, marks) or \
                        _relative_antecedent(text, s, start, lex, marks)
                    relative = speaker is not None
            elif introduced is None:
                speaker = _with_appositive_name(text, _with_quoted_name(text, speaker, end, lex, form), end, lex, marks,
                                                form)
                speaker = _with_place_complement(text, _with_honorific_name(text, speaker, end, lex, marks), end, lex)
                region_end = _relative_clause_end(text, speaker[1], end, lex, marks)
    if form in lex.question_cues:
        speaker = speaker_after(text, e, end, lex, marks)  # `لكن سؤالا يطرحه كثيرون`: who poses it, after the verb
    if form in lex.document_clauses:
        speaker = _document_issuer(text, s, start, lex, marks)  # `نشر الرجاء تغريدة على حسابه جاء فيها: «…»`
        if speaker is None:
            return None  # (`أبرز ما جاء فيه`: what it says, an object; `كتب الساعدي رسالة جاء فيها`: the verb reports)
    elif lex.resumptive_adjuncts and _next_word_in(text, e, end, lex.resumptive_adjuncts) \
            and (issuer := _document_issuer(text, s, start, lex, marks)) is not None:
        speaker, region_end = issuer, max(region_end, e)  # `أصدرت الهيئة بيانا، مساء اليوم، أكدت فيه أن …`: the
        # verb's subject is the document's issuer, the words after it the document's
    shared = False  # the subject of a title's first verb, shared by a verb coordinated onto it: no region of its own
    if lex.headline_verb_prefixes and (titled := _title_clause_subject(text, s, start, form, lex, marks)) is not None:
        speaker, region_end, shared = titled, e, conjoined_form(form, lex)
    if form in lex.relative_cues and speaker is not None and speaker[0] < s:
        speaker = None  # `ما وصفها بـ«…»`: what stands before the relative is no subject; one follows it, or none
    if form in lex.hearing_cues and (speaker is None or text[speaker[0]:speaker[1]].split()[-1].lower()
                                     not in lex.hearing_bodies):
        return None  # `The court heard that …` reports; `I heard a noise` does not
    if speaker is not None:
        region_start, region_end = s if shared else min(s, speaker[0]), max(e, speaker[1], region_end)
        if passive and speaker[0] > e and any(ch in marks for ch in text[e:speaker[0]]):
            region_end = e  # `was called “a disaster” by the union`: the agent named after the words called
        if lex.voice_phrases and (voice := _voiced_by(text, region_end, end, lex, marks)) is not None:
            speaker, region_end = voice, voice[1]  # `قالت الحكومة على لسان وزير الإعلام معمر الإرياني إن`: he speaks
    elif perfect is not None:
        region_start = perfect
    if form in lex.closing_cues and (act := _closing_act(text, region_end, end, lex)) is not None:
        s, e, region_end = act  # `وختم الوزير حديثه بالتأكيد على أن …`: the act it closes with is the cue
    link = cue_word_tables(lex)[0].get(form) if lex.relay_cues else None  # a relaying cue's source link: عن
    source = _relayed_source(text, region_end, end, lex, marks, link) if link is not None else None
    saying = None
    if source is not None:
        region_end = source[1]
        saying = _past_source(text, region_end, end, lex, lex.relayed_sayings) or (s, e)  # its saying noun
    elif speaker is not None and link is not None and (after := words_in(text, region_end, end, 1)) \
            and _link_with_pronoun(text[after[0][0]:after[0][1]], link, lex):
        speaker = None  # `ونقل زوار بري عنه قوله`: they pass on the words of the man named before, who speaks
    if form in lex.ascribing_cues and not _word_follows(text, region_end, end, lex.ascribed_words) \
            and _past_source(text, region_end, end, lex, lex.ascribed_words) is None:
        return None  # `يُنسب صدورها إلى محاكم`: a thing ascribed, no words (`إلى مصادر، لم تسمها، أن`: words)
    if source is None and form not in lex.ascribing_cues and link is not None \
            and not _relay_link_follows(text, region_end, end, link, lex) \
            and not complementizer_follows(text, region_end, end, lex):
        return None  # `نقل المصابون إلى المستشفى`, `تنقل بالصهاريج`: carried, no words passed on (`وينقل التقرير أن`)
    if form in lex.complementizer_cues and not complementizer_follows(text, region_end, end, lex) and not (
            form in lex.event_phrases and event_content_word(text, region_end, end, lex) is not None) \
            and not (form in lex.content_noun_cues and _word_follows(text, region_end, end, lex.content_nouns)) \
            and not (
            (aside := _SET_OFF_ASIDE.match(text, region_end, end)) is not None
            and complementizer_follows(text, aside.end(), end, lex)) \
            and not _complementizer_after_adjunct(text, region_end, end, lex, marks) \
            and not _own_preposition_then_complementizer(text, region_end, end, form, lex):
        return None  # `ووجدت الشرطة جثة`, `وبين الطرفين خلافات`: no report (`وأبرز البنك، في مذكرته، أنه`: one)
    if form in lex.named_subject_cues and text[s:e] == form and not complementizer_follows(text, e, end, lex) and (
            speaker is None or not (_named_before(text, *speaker) or _titled_alone(text, speaker, lex))):
        return None  # `والفرق بين الفريقين أن …`: the preposition (written so, not with the shadda of the verb: بيّن)
    # (right after the subject, or past a place and a time set off by commas: `أبدى مواطنون في البصرة، السبت، تذمرهم`)
    if form in lex.nominal_cues and not _word_follows(text, region_end, end, openers := nominal_openers(form, lex)) \
            and not any(text[a:b] in openers
                        for a, b in _clause_words_after(text, region_end, end, marks)[:_MAX_NOMINAL_LEAD_WORDS]):
        return None  # `فأبدت الطفلة استسلامًا`: a behaviour, not a stance stated
    if form in lex.clause_initial_cues and speaker is not None and speaker[0] > s:
        first = text[speaker[0]:speaker[1]].split()[0]
        if first.endswith(lex.adjective_endings) and not first.startswith(lex.definite_prefixes) \
                and first not in lex.titles and not _named_before(text, speaker[0], speaker[0] + len(first)):
            return None  # `طالب جامعي بالمرحلة …`, `أمر ملكي بتعيين …`: the noun (a student, an order), its adjective
    if form in lex.preposition_cues and not (_preposition_follows(text, region_end, end, form, lex) and (
            speaker is None or text[speaker[0]:speaker[1]].split()[0] not in lex.outlets)):
        return None  # `وعبر قناة …، عن`: via
    if form in lex.verdict_cues and speaker is not None and (
            text[speaker[0]:speaker[1]].split(maxsplit=1)[0] in lex.courts
            or " ".join(text[speaker[0]:speaker[1]].split()[:2]) in lex.courts):
        return None  # `أدانت محكمة باب الواد الصحافي بسنة سجنا`: a conviction
    if form in lex.question_cues and not any(text[a:b] in lex.question_nouns
                                             for a, b in words_in(text, max(start, s - 40), s)[-3:]):
        return None  # `طرحت الشركة أسهمها`: offering, no question posed
    if form in lex.subject_cues and (speaker is None or speaker[0] < e):
        return None  # `في بيان ورد لـ…`: the other verb
    if quotation_only and lex.speaker_determiners and (nxt := _NEXT_WORD.match(text, e, end)) \
            and nxt.group(1).islower() and nxt.group(1) not in lex.speaker_determiners and (
                speaker is None or speaker[1] <= s and nxt.group(1) not in lex.pronouns
                and nxt.group(1) not in lex.complementizers and nxt.group(1) not in lex.clause_stops):
        return None  # `“…,” state fire spokeswoman Nancy Longmore said`: the noun, before a noun; a verb with no
        # subject before it has one after it (`“…,” reads the statement`, `tweets Trump`). After a subject too, unless
        # a pronoun, complementizer or preposition follows: `“…,” the IMF report stated`, where a verb comes later
    if speaker is None and perfect is None and _participle(text[s:e], lex) and (
            subjectless or not text[start:s].strip() or text[start:s].strip().lower() in lex.subordinators):
        # `Asked about the plan, Smith said …`, `When asked by officers whether …`: Smith was asked; the asker speaks
        passive, speaker = True, _agent(text, e, end, lex, marks)
        if speaker is not None:
            region_end = max(region_end, speaker[1])
    if quotation_only and speaker is not None and speaker[1] <= s and text[e:e + 1] == " " and (
            speaker[1] == s - 1 and _after_people_pronoun(text, s, e, end, lex)
            or complementizer_follows(text, e, end, lex) and _pronoun_or_name(text, speaker, lex)
            or speaker[1] == s - 1 and _verb_before_infinitive(text, s, e, form, (start, end), lex)):
        # `He promises the government will …`: after a pronoun for people, the verb opens a clause; so after a pronoun
        # or a name before a complementizer (`It states that …`, `Trump charges that …`; not `the 35 states that …`,
        # `criminal charges that …`: a noun and its relative clause), and after its subject before an infinitive
        # (`The candidate promises to end …`)
        quotation_only = False
    if speaker is None and lex.noun_prepositions and form \
            and not (head := form.split(maxsplit=1)[0]).endswith(lex.gerund_endings + lex.past_endings) \
            and head not in lex.irregular_pasts \
            and (prior := word_right_before(text, s, start)) is not None \
            and prior.group(1).lower() in lex.noun_prepositions:
        passive = governed = True  # `Officers arrived following reports that …`, `amid claims that …`: a noun the
        # preposition governs, whose source neither the sentence's subject nor the last speaker is (but `after
        # saying`: the subject's act), inside the clause it stands in
    embedded = speaker is not None and speaker[0] < s and after_complementizer(text, speaker[0], start, lex)
    if speaker is not None:  # (a quoted name read from its opening mark may hold the space after it: `» ڧ»`)
        speaker = trim_whitespace(text, *speaker)
        speaker = speaker if speaker[0] < speaker[1] and not _list_number(text, speaker) else None
    return Cue(s, e, phrase, subjectless, speaker, region_start, region_end, quotation_only, relayed=source, form=form,
               embedded=embedded, relative=relative or form in lex.relative_cues,
               negated=_after_negation(text, s, start, lex), hedge=hedge, saying=saying, passive=passive,
               governed=governed)


@per_lexicon
def _closing_acts(lex: Lexicon) -> dict[str, str]:
    return dict(lex.closing_acts)


def _closing_act(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """The span of the act a closing verb's subject closes with (`حديثه بالتأكيد على`: `بالتأكيد على`), past the
    speech noun it closes, and where the content may start; None when no such act follows."""
    words = words_in(text, pos, end, 3)
    if words and text[words[0][0]:words[0][1]] in lex.speech_objects:
        words = words[1:]
    if not words or _has_punct(text, pos, words[0][0], ""):
        return None
    preposition = _closing_acts(lex).get(text[words[0][0]:words[0][1]])
    if preposition is None:
        return None
    s, e = words[0]
    if preposition and len(words) > 1 and not _has_punct(text, e, words[1][0], "") and \
            cue_word_tables(lex)[2].get(word := text[words[1][0]:words[1][1]], word) == preposition:
        e = words[1][1]
    return s, e, e


@per_lexicon
def _formula_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(word for formula in lex.formulas for word in formula.split())


@per_lexicon
def _particle_senses(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The language's `particle_senses` by cue form: the particles after which the form is another verb."""
    senses: dict[str, set[str]] = {}
    for forms, particle in lex.particle_senses:
        for form in forms:
            senses.setdefault(form, set()).add(particle)
    return {form: frozenset(particles) for form, particles in senses.items()}


@per_lexicon
def _other_sense_forms(lex: Lexicon) -> frozenset[str]:
    return frozenset(form for forms, _ in lex.other_senses for form in forms)


@per_lexicon
def _formula_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The language's `formulas`, as a trie: a cue word that may stand in one is checked against them all."""
    return re.compile(rf"\b(?:{trie_pattern(sorted(lex.formulas), space=_SPACES)})\b", re.IGNORECASE)


def _in_formula(text: str, s: int, e: int, floor: int, lex: Lexicon) -> bool:
    """Whether the cue word at text[s:e] lies in one of the language's `formulas` (`Having said that`)."""
    for m in _formula_pattern(lex).finditer(text, max(floor, s - 20), min(len(text), e + 20)):
        if m.start() <= s and e <= m.end():
            return True
    return False


def _in_other_sense(text: str, pos: int, limit: int, form: str, lex: Lexicon) -> bool:
    """Whether the cue `form` ending at `pos` is followed by the preposition of a sense that reports nothing and a
    determiner (`other_senses`: `added to his portfolio`)."""
    words = [text[a:b] for a, b in words_in(text, pos, limit, 2)]
    return len(words) == 2 and words[1] in lex.speaker_determiners \
        and any(form in forms and words[0] == preposition for forms, preposition in lex.other_senses)


def _amount_follows(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether an amount follows `pos`, maybe after an approximator: a number, a currency sign, a numeral in words
    (`about $22`, `151,000 jobs`, `two points`)."""
    words = words_in(text, pos, limit, longest_approximator(lex) + 1)
    for n in range(len(words)):
        if n and " ".join(text[a:b].lower() for a, b in words[:n]) not in lex.approximators:
            continue
        start = words[n][0] if n < len(words) else limit
        gap = text[words[n - 1][1] if n else pos:start]
        if gap.strip() in _CURRENCY_SIGNS and gap.strip():
            return True
        if not gap.strip() and (text[start:start + 1].isdigit() or text[start:words[n][1]].lower() in lex.number_words):
            return True
    return False


_CURRENCY_SIGNS = frozenset("$£€¥")
_MAX_NAMED_NOUN_WORDS = 3  # words of the noun phrase a naming participle follows: `a Pakistan-based group called`


def _participle(cue: str, lex: Lexicon) -> bool:
    """Whether a cue as written opens with a past participle in a language with passive auxiliaries (`asked about`)."""
    word = cue.split(maxsplit=1)[0].lower()
    return bool(lex.passive_auxiliaries) and (word.endswith(lex.past_endings) or word in lex.irregular_participles)


def _passive(text: str, s: int, e: int, subject_end: int, lex: Lexicon) -> bool:
    """Whether the cue text[s:e] is a participle after a passive auxiliary that follows its subject (ending at
    `subject_end`): `was asked`, `has been widely criticized`, `is said`."""
    if not _participle(text[s:e], lex):
        return False
    between = text[subject_end:s].split()
    return any(w.lower() in lex.passive_auxiliaries for w in between) and all(
        w.lower() in lex.passive_auxiliaries or _skipped_before_verb(w, lex) for w in between)


def _agent(text: str, e: int, end: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The agent of a passive cue, the mention right after it and its preposition (`was written by Springsteen`), or
    after what it was called, in quote marks (`was called “a disaster” by the union`)."""
    if lex.speaker_determiners and (described := _described_quotation(marks).match(text, e, end)) is not None:
        e = described.end()
    after = words_in(text, e, end, 1)
    if not after or text[after[0][0]:after[0][1]].lower() != lex.agent_preposition \
            or _has_punct(text, e, after[0][0], marks):
        return None
    agent = speaker_after(text, after[0][1], end, lex, marks)
    if agent is None and lex.speaker_determiners:
        agent = _role_led_name(text, after[0][1], end, lex, marks)  # `Asked by moderator David Kwan whether …`
    if agent is None or not lex.speaker_determiners:
        return agent
    # a role and a name may follow the organisation: `by Fox Business moderator Gerard Baker` (not a clause: `by
    # Thrush if Clinton …`)
    role_led = _role_led_name(text, agent[1], end, lex, marks)
    return agent if role_led is None else (agent[0], role_led[1])


def _role_led_name(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """A mention of a cased language that opens with a role in lower case, then a name (`moderator David Kwan`): a
    few lower-case words, none a stop word, then capitalised ones, no punctuation between."""
    words = words_in(text, pos, limit, _MAX_ROLE_WORDS + MAX_SPEAKER_WORDS)
    k = next((i for i, (a, b) in enumerate(words) if not text[a:b].islower()), len(words))
    if not 0 < k <= _MAX_ROLE_WORDS or k == len(words) or not text[words[k][0]].isupper() \
            or any(text[a:b] in _subject_ends(lex) for a, b in words[:k]) \
            or _has_punct(text, pos, words[k][0], marks):
        return None
    name = speaker_after(text, words[k][0], limit, lex, marks)
    return None if name is None else (words[0][0], name[1])


@lru_cache(maxsize=None)
def _described_quotation(marks: str) -> re.Pattern[str]:
    """A short quotation right after a passive cue, perhaps after `as` or `of` and an article: what the cue called
    something or accused someone of."""
    m = re.escape(marks)
    return re.compile(rf"\s+(?:as\s+|of\s+)?(?:an?\s+)?[{m}][^{m}\n]{{1,120}}[{m}],?")


def _names_after_noun(text: str, s: int, e: int, floor: int, limit: int, lex: Lexicon, marks: str) -> bool:
    """Whether the participle at text[s:e] comes after a lower-case noun (no pronoun, auxiliary, adverb, relative or
    coordinator) and before a capitalised or quoted name: `a group called Citizens for Trump`, `the so called “…”`."""
    before = word_right_before(text, s, floor)
    after = words_in(text, e, limit, 1)
    if before is None or not after:
        return False
    word = before.group(1)
    low = word.lower()
    first = text[after[0][0]]
    if (low in lex.sentence_adverbs or is_adverb(word, lex)) and (first.isupper() or first in marks) \
            and text[max(floor, before.start() - 3):before.start()].rstrip()[-1:] in COMMAS:
        return True  # `the resort, now called Trump National Doral`: set off, it names what the comma follows (at the
        # sentence's start, where the slice is empty and so `in COMMAS`, it opens the sentence: `Now called …, it`)
    if not (word.isalpha() and word.islower() and (first.isupper() or first in marks)) \
            or low in lex.pronouns or low in lex.relative_pronouns or low in lex.coordinators \
            or low in lex.complementizers or _skipped_before_verb(word, lex):
        return False
    if low in lex.naming_determiners:
        return True  # `the so called “…”`
    lead = [text[a:b].lower() for a, b in words_in(text, max(floor, s - 60), s)][-_MAX_NAMED_NOUN_WORDS - 1:-1]
    return any(w in lex.naming_determiners for w in lead)  # `a group called …`, not `the campaign called …`


def _described_as_quoted(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> bool:
    """Whether the proclitic that names what a describing verb calls its object, and a quote mark, follow `pos`:
    `وصفتها بـ"غير المقبولة"`, `وصفتهم بـ «الإرهابيين»`; or, past the verb's subject of a few words, a quotation right
    away or after the complementizer with ب (`بينما يعتبرها أنصاره «تصحيحا للمسار»`, `يصفها كثيرون بأنها "…"`)."""
    at = spaces_end(text, pos, limit)
    if at < limit and text[at] not in marks and not text.startswith(lex.content_proclitics, at):
        return _quoted_after_subject(text, at, limit, lex, marks)
    if not text.startswith(lex.content_proclitics, at):
        return False
    at = spaces_end(text, at + 1 + (text[at + 1:at + 2] == TATWEEL), limit)
    return at < limit and text[at] in marks


def _quoted_after_subject(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> bool:
    """Whether a quotation follows the subject of a few words at `pos`, right after it or after a complementizer
    written with ب (`بأنها`), with no punctuation, cue or other complementizer before it."""
    previous = pos
    for k, (s, e) in enumerate(words_in(text, pos, min(limit, pos + 80), MAX_SPEAKER_WORDS + 1)):
        if _has_punct(text, previous, s, ""):
            return False
        gap = text[previous:s].strip()
        if k and gap and gap in marks:
            return True  # (a mark between words: the quotation opens)
        word = text[s:e]
        if word[:1] in marks:
            return k > 0
        if word in lex.complementizers:
            nxt = spaces_end(text, e, limit)
            return k > 0 and word.startswith(lex.content_proclitics) and nxt < limit and text[nxt] in marks
        if word in lex.cue_verbs:
            return False
        previous = e
    return False


def _feminine_head(head: str, form: str, lex: Lexicon) -> bool:
    """Whether `head`, right after the masculine cue `form`, is feminine, so no subject of it: a sound plural with the
    article, or after a verb that addresses someone a singular with the article and a feminine ending (not one of
    `masculine_ta_marbuta`, which name men) or one of `feminine_broken_plurals`."""
    if head.startswith(lex.definite_prefixes) and head.endswith(lex.feminine_plural_endings):
        return True
    return form in lex.addressee_cues and (head in lex.feminine_broken_plurals or head.endswith(lex.feminine_endings)
                                           and head.startswith(lex.definite_prefixes)
                                           and head not in lex.masculine_ta_marbuta)


def _verb_object(text: str, pos: int, mention: tuple[int, int], form: str, floor: int, lex: Lexicon, marks: str
                 ) -> bool:
    """Whether the mention right after the cue verb `form` at `pos` is its object, not its subject: the subject stood
    before the verb, opening the sentence (`الكوني أوضح بمداخلته …`) or after an auxiliary (`وكان سعد السهلي قد وصف
    الحكم`, `وكانت وزارة العمل كشفت العام الماضي`), or the mention cannot be the subject: an act, which says nothing
    (`ووصف الهجوم الإسرائيلي بأنه`), a derived verbal noun after a describing verb (`ووصف تقاعس المجلس بأنه …`), any
    mention after a plural verb, which before its subject would stay singular (`وواصلوا الرحلة`), or a sound feminine
    plural with the article after a masculine verb, which would agree with it (`وحث الحكومات على`, `أكدت الحكومات`), or
    after one that addresses someone a feminine singular or broken plural (`ودعا الحكومة إلى`, `ودعا القوى السياسية`),
    unless the text named it before: a surname so spelt (`المحامي منتصر الزيات … وقال الزيات`). A subject set off
    before the verb with its apposition (`العميد مدثر الشيخ، مدير محلية كوستي، وصف العملية`) stood before it too."""
    head = text[mention[0]:mention[1]].split(maxsplit=1)[0]
    if head in lex.act_nouns or form in lex.predicative_cues and verbal_noun_pattern(lex).fullmatch(head) \
            or form in lex.plural_cues or form in lex.masculine_cues and _feminine_head(head, form, lex) \
            and not _named_before(text, mention[0], mention[0] + len(head)):
        return True
    if conjoined_form(form, lex) or not text[floor:pos].strip():
        return False  # the verb opens its clause (`… وأكد`) or sentence: no subject stands before it
    fronted = None if DATELINE_LINE.match(text, floor, pos) else _fronted_subject(text, pos, floor, lex, marks)
    if fronted is None and not (head.startswith(lex.definite_prefixes) or head in lex.titles) \
            and _quoted_fronted_subject(text, pos, floor, lex, marks) is not None:
        return True  # `«التعليم» ينفي ضمه أشخاص …`; not `«لن نتراجع» يقول الوزير`, whose subject follows the verb
    if fronted is not None and not text[floor:fronted[0]].strip() and not text[fronted[1]:pos].strip():
        # `الكوني أوضح بمداخلته …`: the subject opens the sentence right before the verb, a noun with the article, a
        # title or a name given before (not `و أوضح` written apart, `بخصوص أزمة السينغال قال`, `البصرة ــ أعرب`)
        words = text[fronted[0]:fronted[1]].split()
        if all(w.strip(TATWEEL + "-–—") for w in words) and (
                words[0].startswith(lex.definite_prefixes) or words[0] in lex.titles
                or len(words) == 1 and len(words[0]) > 1 and _named_before(text, *fronted)
                or at_text_start(text, fronted[0])):  # ... or any opening the story's title: `صحة ديالى تعلن السيطرة`
            return True
    particle = _particle_before(text, pos, floor)  # one with a conjunction (وقد) opens a clause: no subject before
    if particle in lex.auxiliaries and particle[:1] in lex.coordinators:
        return False
    if _auxiliary_subject(text, pos, floor, lex, marks) is not None:
        return True  # `وكانت وزارة العمل كشفت العام الماضي`
    # `العميد مدثر أحمد الشيخ، مدير محلية كوستي، وصف العملية بـ…`: a mention and its apposition, set off by commas
    return text.count("،", floor, pos) + text.count(",", floor, pos) > 1 \
        and _set_off_subject(text, pos, floor, lex, marks) is not None


@per_lexicon
@per_lexicon
def verbal_noun_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The language's `verbal_noun_patterns` as one pattern (matching nothing without any)."""
    return re.compile("|".join(lex.verbal_noun_patterns) or "(?!)")


def _particle_before(text: str, pos: int, floor: int) -> str:
    """The word right before `pos` when it is as short as a particle (قد، لم، لن); a longer one comes out cut at the
    window's start, so that it matches no particle; "" when there is none."""
    before = text[max(floor, pos - _PARTICLE_REACH):pos].split()
    return before[-1] if before else ""


_PARTICLE_REACH = 6  # a particle, its space, and one character more: ` قد `, `ولم `


@per_lexicon
def longest_approximator(lex: Lexicon) -> int:
    """The number of words of the language's longest approximator (`as many as`: 3)."""
    return max((a.count(" ") + 1 for a in lex.approximators), default=0)


def _with_approximator(text: str, head: tuple[int, int], floor: int, lex: Lexicon) -> tuple[int, int]:
    """A mention that opens with a numeral, run back over the approximator right before it (`more than 4 in 10`,
    `as many as six of them`), only spaces between its words; else the mention given."""
    if not lex.approximators:
        return head
    # the numeral opens the mention, or follows a word of the approximator the subject search took in (`least 21,000`)
    pieces = text[head[0]:head[1]].split(maxsplit=2)
    if pieces[0][:1].isdigit() or pieces[0].lower() in lex.number_words:
        start = head[0]
    elif len(pieces) > 1 and (pieces[1][:1].isdigit() or pieces[1].lower() in lex.number_words):
        start = text.index(pieces[1], head[0] + len(pieces[0]))
    else:
        return head
    words: list[str] = []
    for _ in range(longest_approximator(lex)):
        before = word_right_before(text, start, floor)
        if before is None:
            break
        words.insert(0, before.group(1).lower())
        start = before.start(1)
        if " ".join(words) in lex.approximators:
            return min(start, head[0]), head[1]
    return head


def word_right_before(text: str, pos: int, floor: int) -> re.Match[str] | None:
    """The word (group 1) that ends right before `pos`, nothing but spaces between, in the dozen characters before."""
    return _LAST_WORD.search(text, max(floor, pos - 12), pos)


def after_complementizer(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether the word right before `pos`, nothing but spaces between, is a complementizer."""
    if text[max(floor, pos - 12):pos].rstrip()[-1:] not in _complementizer_ends(lex):
        return False  # the window's last letter ends no complementizer: one slice instead of a regex search
    before = word_right_before(text, pos, floor)
    return before is not None and before.group(1) in lex.complementizers


@per_lexicon
def _complementizer_ends(lex: Lexicon) -> frozenset[str]:
    return frozenset(word[-1] for word in lex.complementizers)


def _after_negation(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether a negation of the language's table stands right before the cue at `pos`: `ولم يوضح`, `لن يعلن`."""
    if not lex.negations or pos < 2 or text[pos - 2] not in _negation_ends(lex):  # the letter a space before
        return False
    if _particle_before(text, pos, floor) in lex.negations:
        return True
    # ... or a phrase that ends in another word: `دون أن يوضح` (without saying)
    return text[max(floor, pos - _NEGATING_PHRASE_REACH):pos].rstrip().endswith(lex.negating_phrases)


_NEGATING_PHRASE_REACH = 12


@per_lexicon
def _negation_ends(lex: Lexicon) -> frozenset[str]:
    return frozenset(word[-1] for word in (*lex.negations, *lex.negating_phrases))


_MAX_RELAY_GAP = 4  # words between a relaying cue's subject and the source's link: `صحيفة "الشرق الأوسط" عن`


@per_lexicon
def cue_word_tables(lex: Lexicon) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The language's word tables as lookups: `relay_cues` and `cue_prepositions` by cue form, and
    `preposition_spellings` (a preposition as news may write it: as the tables do)."""
    return dict(lex.relay_cues), dict(lex.cue_prepositions), dict(lex.preposition_spellings)


def _relayed_source(text: str, pos: int, limit: int, lex: Lexicon, marks: str, link: str) -> tuple[int, int] | None:
    """The source a relaying cue passes on, named after its `link` word within the next few words past `pos`
    (the cue or its subject) with no clause punctuation between: `ونقلت الوكالة عن مصدر مسؤول قوله`."""
    for s, e in words_in(text, pos, min(limit, pos + 120), _MAX_RELAY_GAP + 1):
        if text[s:e] == link:
            # (a comma may close a long subject: `ونقلت الإذاعات المحلية الفلسطينية، عن فياض قوله`)
            source = speaker_after(text, e, limit, lex, marks, genitive=True) \
                if _NO_COMMA_PUNCT.isdisjoint(text[pos:s]) else None
            if source is None:
                return None
            # its name after a title, as a subject's (`عن وكيل اللاعب، محمد الربيعي، قوله`), and the body it belongs to
            # (`عن مصادر مقربة من الجامعة أن …`)
            source = _with_honorific_name(text, _with_appositive_name(text, source, limit, lex, marks), limit, lex,
                                          marks)
            return _with_place_complement(text, source, limit, lex, relayed=True)
    return None


def _voiced_by(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Who voices the words of the subject ending at `pos`, named right after one of `voice_phrases`, with the name
    after their title (`على لسان المتحدث باسمها فوزي برهوم`)."""
    m = _voice_phrase_at(lex).match(text, pos, limit)
    if m is None:
        return None
    voice = speaker_after(text, m.end(), limit, lex, marks)
    return None if voice is None else _with_honorific_name(text, voice, limit, lex, marks)


@per_lexicon
def _voice_phrase_at(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"\\s*(?:{'|'.join(map(re.escape, lex.voice_phrases))})\\s+")


# Characters around a cue word within which a request not to be named that holds it has one of its
# `anonymity_words` (`طلبوا عدم الإفصاح عن`: the verb, then the act it withholds)
_ANONYMITY_WORD_REACH = 12
_MAX_REQUEST_CHARS = 60  # `فضلوا عدم الإفصاح عن هوياتهم`, with room to spare


@per_lexicon
def anonymity_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A source's request not to be named (the language's `anonymity_request`): `طلب عدم الكشف عن هويته`."""
    return re.compile(lex.anonymity_request)


def _in_anonymity_request(text: str, s: int, e: int, floor: int, limit: int, lex: Lexicon) -> bool:
    """Whether the cue word at text[s:e] is the verb of a request not to be named or the act it withholds (`طلب عدم
    ذكر اسمه`, `رفض ذكر اسمه`)."""
    lo = max(floor, s - _ANONYMITY_WORD_REACH)
    if not any(word in text[lo:e + _ANONYMITY_WORD_REACH] for word in lex.anonymity_words):
        return False
    request = anonymity_pattern(lex).search(text, lo, limit)
    return request is not None and request.start() <= s < request.end()


def _before_anonymity_aside(text: str, pos: int, floor: int, lex: Lexicon) -> int:
    """Where the mention ends that a request not to be named follows, set off by commas right before the verb at
    `pos` (`لكن مصدرا مطلعا، طلب عدم الكشف عن هويته، أكد …`): the verb's subject is that mention; `pos` when no
    such request stands there."""
    comma = _COMMA_BEFORE.search(text, max(floor, pos - _MAX_REQUEST_CHARS - 4), pos) if lex.anonymity_request else None
    if comma is None:
        return pos
    request = anonymity_pattern(lex).search(text, max(floor, comma.start() - _MAX_REQUEST_CHARS), comma.start())
    if request is None or text[request.end():comma.start()].strip():
        return pos
    before = _COMMA_BEFORE.search(text, floor, request.start())
    return before.start() if before is not None else pos


def past_anonymity_aside(text: str, pos: int, limit: int, lex: Lexicon) -> int:
    """Past a request not to be named set off by commas at `pos`, after a cue's subject (`وأكد مصدر أمني، رفض ذكر
    اسمه، أن …`): it reports nothing of what the cue does, which follows it; `pos` when no such request is there."""
    comma = _COMMA.match(text, pos, limit)
    request = anonymity_pattern(lex).match(text, comma.end(), limit) if comma is not None else None
    closing = _COMMA.match(text, request.end(), limit) if request is not None else None
    return closing.end() if closing is not None else pos


_MAX_RELAY_SAYING_WORDS = 14  # words between a relayed source and its saying noun: its complement and an aside


def _past_source(text: str, pos: int, limit: int, lex: Lexicon, words: frozenset[str]) -> tuple[int, int] | None:
    """The first of `words` after a relayed source that ends at `pos`, right after it or past the source's complement
    (`عن مسؤول في الاتحاد الدولي لكرة القدم قوله`) and an aside set off by commas: the source's request not to be
    named (`عن عضو في المجلس، طلب عدم ذكر اسمه، قوله`), its description (`عن أحد الضحايا، وهو شاب من القصر الكبير،
    قوله`, `عن معتقل سابق، أفرج عنه مطلع العام، قوله:`, `إلى مصادر، لم تسمها، أن`), or a comma alone (`عن مصدر في
    أرامكو السعودية، تأكيده أن`); no other complementizer, cue, quote mark or other punctuation before it."""
    commas = 0
    for s, e in words_in(text, pos, min(limit, pos + 200), _MAX_RELAY_SAYING_WORDS + 1):
        word = text[s:e]
        gap = text[pos:s]
        if not _NO_COMMA_PUNCT.isdisjoint(gap) or any(mark in QUOTE_CLOSERS for mark in gap):
            return None  # (not past a quoted name, which the quotation rules judge)
        commas = gap.count(",") + gap.count("،")
        if commas > 2:
            return None
        if word in words:
            return (s, e) if commas != 1 or (comma := _COMMA.search(text, pos, s)) is not None and comma.end() == s \
                else None  # (one comma: before it)
        if word in lex.complementizers or word in lex.cue_verbs and not (
                lex.anonymity_request and commas == 1):  # (`، طلب عدم ذكر اسمه،`: the request's verb)
            return None
    return None


def _opens_content(word: str, form: str, lex: Lexicon) -> bool:
    """Whether `word` right after the cue `form` opens its content: a complementizer, one of its
    `nominal_openers`, or the relative `what` (`وأضاف ما لن يقبله الرئيس لن تقبله الدول`), which names no speaker."""
    return word in lex.complementizers or word in nominal_openers(form, lex) or word in lex.relative_objects


def nominal_openers(form: str, lex: Lexicon) -> frozenset[str]:
    """The words that open a nominal content after the cue `form` and its subject: verbal nouns after a cue that
    states a fact with one (`أعلنت روسيا تعليق …`), the heads of the object of a cue whose content is its object
    (`دانت القمة الاعتداءات …`)."""
    openers = _nominal_openers(lex)
    found = openers.get(form)
    if found is None:
        found = openers[form] = (lex.content_nouns if form in lex.content_noun_cues else frozenset()) \
            | object_nouns(form, lex)
    return found


def object_nouns(form: str, lex: Lexicon) -> frozenset[str]:
    """The nouns that head the object the cue `form` reports: an act condemned, a claim denied."""
    return lex.object_nouns if form in lex.object_cues else lex.denied_nouns if form in lex.denial_cues \
        else lex.praised_nouns if form in lex.praising_cues else frozenset()


@per_lexicon
def _nominal_openers(lex: Lexicon) -> dict[str, frozenset[str]]:
    """`nominal_openers` by cue form, filled as forms are met."""
    return {}


def _before_object(text: str, speaker: tuple[int, int], nouns: frozenset[str], lex: Lexicon) -> tuple[int, int] | None:
    """`دانت القمة الاعتداءات الإسرائيلية`: the subject of a cue whose content is its object, up to the object, which
    one of `nouns` heads, with `all` before it (`وفند كل الاتهامات`: None, the subject dropped)."""
    words = words_in(text, *speaker)
    for k, (s, e) in enumerate(words):
        if k and text[s:e] in nouns:
            while k and text[words[k - 1][0]:words[k - 1][1]] in lex.totality_words:
                k -= 1
            if not k:
                return None
            end = words[k - 1][1]
            if text[end:end + 1] in _NAME_CLOSERS and _NAME_OPENERS.intersection(text[speaker[0]:end]):
                end += 1  # the closing mark of a quoted name: `نفى «مجلس القضاء الأعلى» وثيقة …`
            return speaker[0], end
    return speaker


_NAME_OPENERS = frozenset(opening for opening, _ in QUOTE_PAIRS)
_NAME_CLOSERS = "".join(closing for _, closing in QUOTE_PAIRS)


def _bare_object(text: str, mention: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a mention of one word reads as a thing, not a person or a body: no title, name head or honorific
    (`الوضع`, `الخطة`; not `الوزير`, nor `المفوضية الأوروبية`)."""
    words = text[mention[0]:mention[1]].split()
    return len(words) == 1 and not any(w in lex.titles or w in lex.name_heads or w in lex.honorifics for w in words)


def _calls_next(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether what an object is called opens right after `pos`, spaces aside: `بأنه`, `بالجريمة`."""
    after = words_in(text, pos, min(limit, pos + 20), 1)
    if not after or text[pos:after[0][0]].strip():
        return False
    word = text[after[0][0]:after[0][1]]
    return text.startswith(_description_openers(lex), after[0][0]) \
        or word in lex.complementizers and word.startswith(lex.content_proclitics)


def _before_described(text: str, speaker: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """`ووصف الوزير الهجوم بأنه …`, `واعتبر البيان تلك الاقتحامات بأنها …`: the subject of a describing or considering
    verb whose mention runs into its object, up to the object: an indefinite verbal noun right after the subject's
    definite word (`ووصف الرئيس انتخاب رئيس جديد بأنه`) or, when it runs into the ب of what it calls the object, a
    demonstrative, or a second noun with the article after one (two such nouns make no genitive) that is no
    adjective, nisba (`البيان البريطاني`) or other (`وزيرة العدل السابقة`), no title's word (`الأمين العام`) and not
    joined by a conjunction (`وزير التربية الوطنية والتعليم العالي`)."""
    words = words_in(text, *speaker)
    for k in range(1, len(words)):  # `ووصف الرئيس انتخاب رئيس جديد بأنه`: a verbal noun after the definite subject
        word, before = text[words[k][0]:words[k][1]], text[words[k - 1][0]:words[k - 1][1]]
        if before.startswith(lex.definite_prefixes) and not word.startswith(lex.definite_prefixes) \
                and verbal_noun_pattern(lex).fullmatch(word) is not None:
            return speaker[0], words[k - 1][1]  # opens the object
        if k > 1 and word.startswith(_description_openers(lex)):  # `ووصف الوزير الهجوم بالجريمة`: the mention ran
            return _before_second_definite(text, (speaker[0], words[k - 1][1]), lex)  # into what the object is called
    after = words_in(text, speaker[1], speaker[1] + 20, 1)
    if after and after[0][0] - speaker[1] <= 1 and text.startswith(lex.content_proclitics, after[0][0]):
        return _before_second_definite(text, speaker, lex)
    # (the object's complement may follow the mention: `ووصف المدرب المقارنة مع المنتخب السعودي بالصعبة`)
    for s, e in words_in(text, speaker[1], speaker[1] + _DESCRIBED_REACH_CHARS, _DESCRIBED_REACH_WORDS):
        if _has_punct(text, speaker[1], s, ""):
            break
        if text.startswith(_description_openers(lex), s):
            return _before_second_definite(text, speaker, lex)
    return speaker


_DESCRIBED_REACH_WORDS = 6
_DESCRIBED_REACH_CHARS = 60


@per_lexicon
def _description_openers(lex: Lexicon) -> tuple[str, ...]:
    """How the content proclitic opens what a describing verb calls its object: on the article (`بالجريمة`) or
    set off by a tatweel (`بـ«الجريمة»`), never the first letter of a name (`بايدن`, `بن`)."""
    return tuple(d for d in lex.definite_prefixes if d.startswith(lex.content_proclitics)) \
        + tuple(p + TATWEEL for p in lex.content_proclitics)


@per_lexicon
def _addressee_form(lex: Lexicon) -> re.Pattern[str] | None:
    return re.compile(lex.addressee_form) if lex.addressee_form else None


def _addressee_head(word: str, lex: Lexicon) -> bool:
    """Whether `word`, right after a cue that takes an addressee, opens whom it addresses (`الجميع`, `المواطنين`)."""
    form = _addressee_form(lex)
    return word in lex.addressee_heads or form is not None and form.fullmatch(word) is not None


def _before_second_definite(text: str, speaker: tuple[int, int], lex: Lexicon, titled: bool = False
                            ) -> tuple[int, int]:
    """A verb's subject and object read as one mention (`المحامي السلطات`), up to the object: a demonstrative or a
    word that opens whom a verb addresses (`أي شخص`), or a second noun with the article after one that is no
    adjective, title's word (unless the object may be a titled person, `titled`: `وشكر الجغبير السفير`) or conjoined
    noun, nor a preposition's object (`الأمين العام للأمم المتحدة`) (`_before_described`)."""
    words = words_in(text, *speaker)
    for k in range(1, len(words)):
        word, previous = text[words[k][0]:words[k][1]], text[words[k - 1][0]:words[k - 1][1]]
        if word in lex.demonstratives or word in lex.addressee_heads \
                or word.startswith(lex.definite_prefixes) and previous.startswith(lex.definite_prefixes) \
                and not word.endswith(lex.adjective_endings) \
                and word not in (lex.honorifics if titled else lex.titles - lex.title_bodies) \
                and word not in lex.adjectives and word[:1] not in lex.coordinators \
                and word[:1] not in lex.written_prepositions:
            return speaker[0], words[k - 1][1]
    return speaker


def purpose_word(word: str, lex: Lexicon) -> bool:
    """Whether `word` carries the proclitic of purpose on a definite noun (`للاحتفال`, whose article lost its alif)
    or a verbal noun (`لاستقاء`, `لقبول`)."""
    rest = word[len(lex.purpose_proclitic):]
    return bool(lex.purpose_proclitic) and word.startswith(lex.purpose_proclitic) and len(rest) > 2 and (
        rest.startswith(lex.purpose_proclitic) or verbal_noun_pattern(lex).fullmatch(rest) is not None
        or rest in lex.content_nouns)


def _before_purpose(text: str, speaker: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A calling verb's subject and its call read as one mention (`ودعا الوزير لإقامة الصلاة`), up to the call: a word
    after the first with the proclitic of purpose on a verbal noun without the article. (With it, the noun may be a
    name's: `المديرية العامة للتربية`, `الهيئة العامة للاستثمار`.)"""
    words = words_in(text, *speaker)
    proclitic = lex.purpose_proclitic
    for k in range(1, len(words)):
        word = text[words[k][0]:words[k][1]]
        if not word.startswith(proclitic * 2) and purpose_word(word, lex):
            return speaker[0], words[k - 1][1]
    return speaker


def _titled_alone(text: str, speaker: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a mention opens with a title and joins no second one (`مدير تربية دمشق سليمان اليونس`, not `رئيس
    الوزراء والرئيس`): the one subject of a verb, where a preposition `between` would name two."""
    words = text[speaker[0]:speaker[1]].split()
    return words[0] in lex.titles and not any(w[:1] in lex.coordinators for w in words[1:])


def _complementizer_after_adjunct(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> bool:
    """Whether a complementizer follows an adjunct that opens right after `pos` with a preposition or a time word, a
    few words and perhaps a comma before it (`وبينت في بيان لها ، أن`, `وبين الوزير خلال اللقاء أن`); not a preposition
    right before the complementizer, a noun's (`وبين الطرفين اتفاق على أن`)."""
    words = words_in(text, pos, limit, _MAX_ADJUNCT_LEAD_WORDS + 1)
    if not words or text[words[0][0]:words[0][1]] not in lex.clause_stops or _has_punct(text, pos, words[0][0], marks):
        return False
    for k, ((_, previous_end), (s, e)) in enumerate(zip(words, words[1:])):
        if text[s:e] in lex.complementizers:
            if k == 0:
                return False
            return not _has_punct(text, previous_end, s, marks) or _COMMA.fullmatch(text, previous_end, s) is not None
        if _has_punct(text, previous_end, s, marks):
            return False
    return False


_MAX_ADJUNCT_LEAD_WORDS = 6


def _own_preposition_then_complementizer(text: str, pos: int, end: int, form: str, lex: Lexicon) -> bool:
    """Whether the cue `form`'s own preposition and then a complementizer follow `pos` (`ويذهب الباحث إلى أن …`)."""
    _, prepositions, spellings = cue_word_tables(lex)
    preposition = prepositions.get(form)
    nxt = _NEXT_WORD.match(text, pos, end) if preposition else None
    return nxt is not None and spellings.get(nxt.group(1), nxt.group(1)) == preposition \
        and complementizer_follows(text, nxt.end(), end, lex)


def complementizer_word(word: str, gap: str, lex: Lexicon) -> bool:
    """Whether `word`, after `gap` (the text since the word before it), is a complementizer: one of the language's, or
    one that is also another word (`بان`: بأن without its hamza, and a verb) right after the comma closing an
    adjunct."""
    return word in lex.complementizers or word in lex.adjacent_complementizers and gap.strip() in (",", "،")


def complementizer_follows(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the first word after `pos` is a complementizer, punctuation aside: `وبين ، أن`."""
    return _word_follows(text, pos, limit, lex.complementizers)


_MAX_NOMINAL_LEAD_WORDS = 8  # a place and a time set off by commas before what a showing verb shows


def event_content_word(text: str, pos: int, limit: int, lex: Lexicon) -> tuple[int, int] | None:
    """The word that opens what an event phrase's agent announced, right after `pos` or past a time word (`بعد إعلان
    الوزارة أمس عن ارتفاع …`): a content noun (`فرض عقوبات`) or a content preposition (`عن`); None when none does."""
    for s, e in words_in(text, pos, limit, 2):
        word = text[s:e]
        if word in lex.content_nouns or word in lex.content_prepositions:
            return s, e
        if word not in lex.time_words:
            return None
    return None


def _word_follows(text: str, pos: int, limit: int, words: frozenset[str]) -> bool:
    """Whether the first word after `pos`, punctuation aside, is one of `words`."""
    after = words_in(text, pos, limit, 1)
    return bool(after) and text[after[0][0]:after[0][1]] in words


def _follows_progressive_auxiliary(text: str, pos: int, floor: int, lex: Lexicon) -> bool:
    """Whether an auxiliary of the progressive stands before `pos`, other auxiliaries and adverbs aside
    (`was also saying`, `has been saying`)."""
    for _, word in _pieces_before(text, max(floor, pos - 40), pos):
        if word.lower() in lex.progressive_auxiliaries:
            return True
        if (contracted := contraction(word, lex)) is not None:
            return contracted[1] in lex.progressive_auxiliaries  # `he’s saying`
        if not _skipped_before_verb(word, lex):
            return False
    return False


def contraction(word: str, lex: Lexicon) -> tuple[str, str] | None:
    """A pronoun and the auxiliary contracted onto it (`he’s`: he, is; `they’ve`: they, have), or None."""
    if "'" not in word and "’" not in word:
        return None
    for ending, auxiliary in lex.contracted_auxiliaries:
        if word.endswith(ending) and word[:-len(ending)].lower() in lex.pronouns:
            return word[:-len(ending)], auxiliary
    return None


def _phrase_source(text: str, end: int, limit: int, lex: Lexicon, marks: str, written_on: bool
                   ) -> tuple[int, int] | None:
    """The source after a phrase ending at `end` in a caseless language (`بحسب X`; see `_cased_source` for the others);
    past a relative and its verb when the phrase reports a statement (`بحسب ما قاله الوزير`, or `حسبما أعلنت الوزارة`,
    the relative `written_on` the phrase): the verb's subject. Either may be an outlet's quoted name (`بحسب "رويترز"`,
    `حسبما نقلت "سبوتنيك"`)."""
    verb_end = _relative_verb_end(text, end, limit, lex, marks, written_on)
    quoted = _quoted_name_after(text, end if verb_end is None else verb_end, limit, lex)
    if quoted is not None:
        return quoted[0] + 1, quoted[1] - 1
    return speaker_after(text, verb_end or end, limit, lex, marks)


_MAX_SOURCE_TAIL_WORDS = 8


def _opening_source_end(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> int:
    """Where the source of a phrase that opens its sentence ends: at the comma before the content, past the words
    that describe the source (`وبحسب بيان صادر عن مجلس الوزراء، أوضح …`), when a few words, no complementizer or cue
    among them, run to it; else at the mention's end `pos`."""
    comma = _COMMA_AHEAD.search(text, pos, limit)
    if comma is None or _has_punct(text, pos, comma.start(), marks):
        return pos
    words = [text[s:e] for s, e in words_in(text, pos, comma.start(), _MAX_SOURCE_TAIL_WORDS + 1)]
    if len(words) > _MAX_SOURCE_TAIL_WORDS or any(w in lex.complementizers or w in lex.cue_verbs for w in words):
        return pos
    return comma.start()


_COMMA_AHEAD = re.compile("[,،]")
_MAX_PLACE_WORDS = 4  # words of the place after a subject before its cue's preposition: `في عدة أحياء بمدينة الزرقاء`


@per_lexicon
def _set_off_name(lex: Lexicon) -> re.Pattern[str]:
    """A name set off by commas right after a mention, in a cased language: a comma, one to four capitalised words
    (group 1 ends with them), and a comma."""
    word = f"[{lex.capitals}][^\\W\\d_]*(?:[.'’-][^\\W\\d_]*)*"
    return re.compile(f",\\s+({word}(?:\\s+{word}){{0,3}}),\\s")


def _relative_verb_end(text: str, pos: int, limit: int, lex: Lexicon, marks: str, written_on: bool) -> int | None:
    """The end of the verb of a source relative at `pos` (`_relative_verb`), with the preposition that points back
    to the speaker reported (`حسبما نقلت عنه`): the statement's subject follows it."""
    verb = _relative_verb(text, pos, limit, lex, marks, written_on)
    if verb is None:
        return None
    nxt = words_in(text, verb[1], limit, 1)
    if nxt and text[nxt[0][0]:nxt[0][1]] in lex.pronoun_prepositions \
            and not _has_punct(text, verb[1], nxt[0][1], marks):
        return nxt[0][1]
    return verb[1]


def _relative_verb(text: str, pos: int, limit: int, lex: Lexicon, marks: str,
                   written_on: bool) -> tuple[int, int] | None:
    """The verb of a source relative at `pos` (`بحسب ما قاله`, `وفقا لما ذكرته`), or right at `pos` when the relative
    is written onto the phrase (`حسبما أعلنت`)."""
    if not lex.source_relatives:
        return None
    skip = 1 if written_on else 2
    words = words_in(text, pos, limit, skip)
    if len(words) == skip and (written_on or text[words[0][0]:words[0][1]] in lex.source_relatives) \
            and not _has_punct(text, pos, words[-1][1], marks):
        return words[-1]
    return None


def _states(verb: str, lex: Lexicon) -> bool:
    """Whether a source relative's verb reports a statement: a cue verb, its object pronoun written on or not
    (`قاله`, `ذكرته`), or a verb of a text that states or shows (`جاء`, `أوردته`)."""
    word = _norm(verb, lex)
    verbs = normalised_cue_verbs(lex)
    return any(w in verbs or w in lex.relative_statement_verbs
               for w in (word, *(word[:-len(p)] for p in lex.attached_pronouns if word.endswith(p))))


_MAX_SOURCE_WORDS = 20  # `according to early results of the exit polls conducted for … by Edison Research,`


def _cased_source(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[tuple[int, int], int] | None:
    """`according to a recent poll of Indiana voters,`, `according to exit polls`, `according to the Washington
    Post`: in a cased language the source after a cue phrase runs to the next punctuation inside the sentence
    (its dots are an abbreviation's: `the U.S. Census Bureau`), whatever its case and its words. The mention,
    and where the source ends: a relative clause ends the mention, not the source (`one of the aides who …`)."""
    m = _source_end_pattern(marks).search(text, pos, limit)
    while m is not None and (_possessive_mark(text, m.start()) or text[m.start()] == "(" and (
            gloss := _spaced_gloss(text, m.start() + 1, limit, "("))):
        # its possessives (`the company's chief executive`) and its bracketed gloss (`the union (UCU),`)
        m = _source_end_pattern(marks).search(text, gloss if text[m.start()] == "(" and gloss is not None else m.end(),
                                              limit)
    words = words_in(text, pos, m.start() if m else limit, _MAX_SOURCE_WORDS + 1)
    if not words or len(words) > _MAX_SOURCE_WORDS:
        return None
    head = next((k for k, (s, e) in enumerate(words) if k and text[s:e].lower() in lex.relative_pronouns
                 and not _acronym(text[s:e], lex)), len(words))  # (`the WHO` is the organisation)
    end = words[head - 1][1]
    if text.startswith(")", end) and text.count("(", words[0][0], end) > text.count(")", words[0][0], end):
        end += 1  # the gloss's closing bracket (not one the phrase stands in: `(according to exit polls)`)
    return (words[0][0], end), max(end, words[-1][1])


def _possessive_mark(text: str, pos: int) -> bool:
    """Whether the apostrophe at `pos` marks a possessive or a contraction, not a quotation: between letters
    (`company's`), or after the s of a plural before a space (`officials' statement`)."""
    return text[pos] in APOSTROPHES and pos > 0 and text[pos - 1].isalpha() and (
        text[pos + 1:pos + 2].isalpha() or text[pos - 1] == "s" and text[pos + 1:pos + 2] == " ")


@lru_cache(maxsize=None)
def _source_end_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(CLAUSE_PUNCT.replace('.', '') + marks)}]")


def _clitic_speaker(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`وفقا للسلطات`: the source starts inside the word the phrase's preposition is written onto, and runs to the
    next punctuation past the quoted name of an outlet (`وفقا لشبكة «سكاي نيوز» البريطانية`). A preposition written
    apart with a tatweel names the source after it, a quoted name without its marks: `وفقا لـ"مكة"`; a relative
    written onto it reports a statement, whose verb's subject is the source: `وفقا لما ذكرته الوكالة`."""
    verb_end = _relative_verb_end(text, pos, limit, lex, marks, False)
    if verb_end is not None:
        return speaker_after(text, verb_end, limit, lex, marks)
    if text.startswith(TATWEEL, pos) or pos < limit and text[pos] in marks:  # (or written onto it: `وفقا ل"سبوتنيك"`)
        pos = spaces_end(text, pos + 1, limit) if text[pos] == TATWEEL else pos
        quoted = _quoted_name_after(text, pos, limit, lex)
        if quoted is not None:
            return quoted[0] + 1, quoted[1] - 1
    pattern = punct_pattern(marks)
    m = pattern.search(text, pos, limit)
    named = pos
    while m is not None and (name_end := quoted_name_end(text, m.start(), limit, lex)) is not None:
        named, m = name_end, pattern.search(text, name_end, limit)
    stop = m.start() if m else limit
    words = words_in(text, pos, stop)[:MAX_SPEAKER_WORDS]
    # a verb opens the clause reported: `وفقاً للبيانات كان حجم الأضرار كبيرا`
    k = next((i for i, (a, b) in enumerate(words) if i and (text[a:b] in lex.auxiliaries or text[a:b] in lex.cue_verbs
                                                             or text[a:b] in lex.complementizers)), len(words))
    words = words[:k]
    return (pos, max(named, words[-1][1])) if words else None
