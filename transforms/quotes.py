"""Quote extraction and speaker attribution: direct, mixed and indirect speech with speaker and cue spans.

The matcher works on the original text with the language's tables (`transforms.lexicon_*`):
quotations come from `quote_marks`, reporting cues and their explicit subjects from `cues`, and
each quotation or reported clause is tied to the cue that introduces or follows it. Speakers a
sentence leaves implicit (Arabic pro-drop `وتابع «…»`, `مضيفا أن`, English floating quotes) are
carried over from the previous attribution (in Arabic, from the last subject a cue or a sentence-opening
verb names, quote or not, and past a news outlet's or a source phrase's report to the source it reports).
Mentions are clustered into speakers by `speakers`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from transforms.cues import (CAPITALS_DATELINE, CAPITALS_LABEL, CLAUSE_PUNCT, DASHES, DATELINE_LINE, LETTERS,
                             MAX_SPEAKER_WORDS, NAME_REACH, SENTENCE_OPENERS, TERMINALS, Cue,
                             after_complementizer, after_introduction,
                             addressee_opener, anonymity_pattern, past_anonymity_aside,
                             clause_break, clause_break_match, complementizer_follows, complementizer_word, contraction,
                             conjoined_form, contrast_before, cue_matches, cue_pattern, cue_word_tables,
                             definite_verbal_noun, ends_clause, ends_in_preposition, event_content_word, find_cues,
                             finite_form, implied_speaker, is_adverb, longest_approximator, mention_like, more_words,
                             nominal_openers, object_nouns, opening_subject, opens_clause, opens_clause_break,
                             opens_proclitic_content, opens_with_participle, owned_verbal_noun, per_lexicon,
                             punct_pattern, purpose_word, quoted_name, quoted_name_end, sentence_subject, skip_adjunct,
                             speaker_after, speaker_before, title_object, title_verb, verb_gender, verbal_noun_pattern,
                             voiced_speaker, with_head_before, with_name_before_role, without_diacritics,
                             word_right_before, words_in)
from transforms.languages import lexicon_for
from transforms.lexicon import APOSTROPHES, CLOSERS, TATWEEL, Lexicon
from transforms.patterns import match_end, trie_pattern
from transforms.quote_marks import Quotation, bracket_quotation, find_quotations, mark_characters, paragraph_bounds
from transforms.spans import at_text_start, fills_line, line_end, overlap_test
from transforms.speakers import cluster_speakers, speaker_table  # noqa: F401  (public: the speakers table)

_TERMINAL = re.compile(f"[{re.escape(TERMINALS)}]")
# The whole word (dotted like `U.S` or not) that ends right before a dot.
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")  # `J`, `N.C`: capitals' dots end no sentence
_WORD_BEFORE_TITLE = re.compile(r"(\w++)\s*:?\s*\Z")  # `بعنوان: "…"`, `تحت عنوان "…"`
_WORD_BEFORE_DOT = re.compile(f"(?<![{LETTERS}.])[{LETTERS}]++(?:\\.[{LETTERS}]++)*+\\Z")
_SPACE_AND_PUNCT = " \t\n\r.,،؛;:!?؟…-–—―"
_MAX_LEAD_WORDS = 16  # adjunct words between a cue and its complementizer or quotation
_MAX_COLON_LEAD_WORDS = 25  # ... and before the colon that closes the attribution, where the language allows it
_LONG_LEAD_WORDS = _MAX_COLON_LEAD_WORDS  # ... and when the lead names the speech event in its first words:
_SPEECH_EVENT_REACH = 4  # `، خلال مداخلة هاتفية ببرنامج "…" مع الإعلامي …، المذاع عبر فضائية "…"، أن`
_MAX_MENTION_TAIL_WORDS = 4  # words of a mention past the subject search's cap, before its quotation
_MAX_APPOSITION_WORDS = 10  # words of the role set off after a name, before the name's quotation
_MAX_NAME_IN_ROLE_WORDS = 3  # ... which a quotation of this many words may be a name in (`نادي “الأهلي”`)
_MAX_ADDRESSEE_WORDS = 4  # between a comma and the preposition of a cue with an addressee: `، مواطنيه إلى`
_EVENT_SETTING_WORDS = 3  # words from a speech event's noun to a verbal noun after its setting: `في بيانهم الختامي رفضهم`
_MAX_PREPOSITION_WORDS = 6  # words before a content preposition not set off by a comma: `أعرب الوزير في بيان عن`,
# `حذر أطباء في المناطق المحتلة جنوب اليمن من`
_MAX_TAIL_WORDS = 6  # words between a closing mark and the cue that follows it
# ... when the quotation ends in a comma (`“…,” Fred Kagan, director of …, said`): the sentence
# goes on to its attribution, so a long subject with appositives may stand between.
_MAX_LONG_TAIL_WORDS = 30
_MIN_FLOATING_WORDS = 4  # a shorter quotation with no cue is a scare quote or a quoted name
_MIN_CLAUSE_WORDS = 8  # ... and a quotation this long that ends its clause is speech wherever it stands
_MIN_CONTENT_WORDS = 2
_MAX_TIME_WORDS = 4  # a time adverbial after a sentence's last attribution: `earlier this week`, `on Monday night`
_MAX_OPENING_WORDS = 3  # words before a participle that opens its sentence: `One month after announcing`
_MAX_HEADLINE_SOURCE_WORDS = 4
_MAX_HEADLINE_WORDS = 16  # a headline's words after its source's colon, at most (as the segmenter's headings)
_MAX_TITLED_SOURCE_WORDS = 8
_COMMAS = (",", "،")
_COMMA_SET = frozenset(_COMMAS)
_COMMA_PATTERN = re.compile(f"[{''.join(_COMMAS)}]")
_CLAUSE_PUNCT = frozenset(CLAUSE_PUNCT)
_UNBRACKETED_PUNCT = _CLAUSE_PUNCT - frozenset("()[]")
_LEADS_IN, _COMPLEMENTIZER = "leads-in", "complementizer"  # how a cue before a quotation reaches it


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    quote_type: str
    speaker: tuple[int, int] | None = None
    speaker_inherited: bool = False
    cue: tuple[int, int] | None = None
    subjectless: bool = False


def _trim(text: str, start: int, end: int, chars: str = _SPACE_AND_PUNCT) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _sentence_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The usable sentence spans in text order (segmentation output already is; anything else is sorted), a run-on
    one in pieces (`_bounded`)."""
    n = len(text)
    spans = [(s, e) for s, e in sentences if 0 <= s < e <= n]
    if any(spans[i][0] < spans[i - 1][0] for i in range(1, len(spans))):
        spans.sort()
    if not spans:  # no segmentation given: treat each paragraph as one sentence
        spans = [span for span in (_trim(text, s, e, " \t\n\r") for s, e in paragraph_bounds(text)) if span[1] > span[0]]
    if any(e - s > _MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for s, e in spans for piece in _bounded(text, s, e)]
    return spans


# The longest sentence of the gold and silver news here has 1,094 characters.
_MAX_SENTENCE_CHARS = 2_000
_PIECE_ENDS = ",،;؛:"


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence span as pieces of at most `_MAX_SENTENCE_CHARS`, each cut after the last clause punctuation of
    its second half, else at its last space. Every cue searches its sentence for its speaker and content, so the
    cues of a run-on "sentence" (a text without final punctuation: a transcript, a scraped page) would each scan
    all of it, quadratic in its length."""
    pieces = []
    while end - start > _MAX_SENTENCE_CHARS:
        limit = start + _MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, start, limit) for mark in _PIECE_ENDS) + 1
        if cut <= start + _MAX_SENTENCE_CHARS // 2:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        piece = _trim(text, start, cut, " \t\n\r")
        if piece[0] < piece[1]:
            pieces.append(piece)
        start = _trim(text, cut, end, " \t\n\r")[0]
    if start < end:
        pieces.append((start, end))
    return pieces


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the line breaks inside its sentences made spaces, offsets unchanged: the lines of a hard-wrapped
    paragraph, which segmentation joins, are one paragraph for quote marks and clauses too (`"Progress has been made
    and I am optimistic that an agreement⏎can be found today," Johansson told reporters`)."""
    if not any(text.find("\n", s, e) >= 0 for s, e in spans):
        return text
    pieces, done = [], 0
    for s, e in spans:
        if s >= done and text.find("\n", s, e) >= 0:
            pieces += [text[done:s], text[s:e].replace("\n", " ")]
            done = e
    return "".join(pieces) + text[done:]


def _has_words(text: str, start: int, end: int, k: int) -> bool:
    """Whether text[start:end] holds k words or more (one regex match, no counting loop; none at all when the span
    is too short for k runs of letters and the k - 1 characters between them)."""
    return start < end and end - start >= 2 * k - 1 and _AT_LEAST[k].match(text, start, end) is not None


# _AT_LEAST[k]: k runs of letters. A word of `WORD` (`U.S`, `al-Assad`) may count as several: the counts
# stay as the word pattern with backtracking gave them, and the possessive quantifiers never backtrack.
_AT_LEAST = tuple(re.compile(f"(?:[^{LETTERS}]*+[{LETTERS}]++){{{k}}}") for k in range(_MAX_LONG_TAIL_WORDS + 2))


@lru_cache(maxsize=None)
def _mark_patterns(pairs: tuple[tuple[str, str], ...]) -> tuple[str, re.Pattern[str], re.Pattern[str], str]:
    """A language's quote-mark characters, a pattern for any of them (not an apostrophe inside a word: `agency’s`,
    `don't`), one for such a mark or a terminal, and the characters trimmed off content edges: built once, not per
    document."""
    marks = mark_characters(pairs)
    apostrophes = "".join(c for c in marks if c in APOSTROPHES)
    others = "".join(c for c in marks if c not in APOSTROPHES)
    # (each alternative opens with its mark, the letter before it looked behind for: the engine skips to marks instead
    # of trying every position)
    in_word = f"|[{apostrophes}](?<![{LETTERS}].)|[{apostrophes}](?![{LETTERS}])" if apostrophes else ""
    return (marks, re.compile(f"[{re.escape(others)}]{in_word}"), re.compile(f"[{re.escape(others + TERMINALS)}]{in_word}"),
            _SPACE_AND_PUNCT + marks)


class _Document:
    """One document's text, language table, sentences, quotations and cues."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], lex: Lexicon, quotations: list[Quotation],
                 matches: list[re.Match[str]]):
        """`sentences` as `_sentence_spans` gives them; `matches` as `cue_matches` does."""
        self.text, self.lex = text, lex
        self.marks, self._mark, self.stop, self.edge = _mark_patterns(lex.quote_pairs)
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in self.sentences]
        self.addressee_names: frozenset[str] | None = None  # (`_addressee_names`, when first asked)
        self._index_quotations(quotations)
        self.cues = find_cues(text, self.sentences, lex, self.marks, matches)
        if lex.cue_brackets:
            self._add_bracket_quotations()
        self.phrase_cues = {(c.start, c.end) for cues in self.cues for c in cues if c.phrase}
        self.hedge_cues = {(c.start, c.end) for cues in self.cues for c in cues if c.hedge}
        self.governed_cues = {(c.start, c.end) for cues in self.cues for c in cues if c.governed}
        if lex.saying_participles:
            self.cues = [_fold_saying_participles(self, cues) for cues in self.cues]
        if lex.imperfect_prefix:
            self.cues = [_without_continuing_verbs(self, cues) for cues in self.cues]

    def _add_bracket_quotations(self) -> None:
        """Quotations in the language's cue brackets right after a reporting verb (`وقالوا (البلد الفيها مكفيها)`), not
        after a source phrase (`بحسب (المصدر)`) nor inside a quotation."""
        chain = self.quotations[-1].chain + 1 if self.quotations else 0
        found: list[Quotation] = []
        for c in itertools.chain.from_iterable(self.cues):
            if not c.phrase and (q := bracket_quotation(self.text, c.end, self.lex, chain + len(found))) is not None \
                    and not self.inside_quotation(q.open_mark):
                found.append(q)
        if found:
            self._index_quotations(sorted(self.quotations + found, key=lambda q: q.open_mark))

    def _index_quotations(self, quotations: list[Quotation]) -> None:
        """Keep the quotations, in text order, with their starts and opening marks for bisection."""
        self.quotations = quotations
        self.q_starts = [q.start for q in quotations]
        self.q_opens = [q.open_mark for q in quotations]

    def implied_speaker(self, cue: Cue) -> tuple[int, int] | None:
        """The subject a cue without its own reports for (computed only for cues that get a quote)."""
        if cue.phrase:
            return None
        si = self.sentence_of(cue.start)
        before = [c for c in self.cues[si] if c.start < cue.start]
        return self.relaying_subject(cue, si) or self.noun_before(cue, si) or self.main_clause_subject(cue, si) or \
            self.relative_subject(cue, si) or \
            implied_speaker(self.text, cue, before, self.sentences[si], self.lex, self.marks)

    def relative_subject(self, cue: Cue, si: int) -> tuple[int, int] | None:
        """`the Federal Trade Commission, which last year sued to block a merger, arguing that …`, `Dan Fisher, who
        pulled out on Monday citing a back problem`: a participle that ends a relative clause set off after its noun,
        no other cue and no second comma between (the clause closed, a main predicate would follow), reports for the
        relative pronoun."""
        if not (cue.subjectless and self.lex.speaker_determiners):
            return None
        s_start = self.sentences[si][0]
        relative = None
        for relative in _set_off_relative(self.lex).finditer(self.text, s_start, cue.start):
            pass
        if relative is None:
            return None
        gap = self.text[relative.end():cue.start]
        commas = gap.count(",")
        if commas > 1 or commas and not gap.rstrip().endswith(",") or self.has_mark(relative.end(), cue.start) \
                or any(relative.end() <= c.start < cue.start for c in self.cues[si]):
            return None
        return relative.span(1)

    def relaying_subject(self, cue: Cue, si: int) -> tuple[int, int] | None:
        """`The Associated Press quoted Wassim Bouhlel, a Nice native, as saying …`, `Braynard is quoted as saying`:
        a participle after a relaying verb's frame reports for the frame's subject."""
        frame = _relay_frame(self.lex)
        s_start = self.sentences[si][0]
        m = frame.search(self.text, s_start, cue.start) if frame is not None and cue.subjectless else None
        return speaker_before(self.text, m.start(), s_start, self.lex, self.marks) if m is not None else None

    def noun_before(self, cue: Cue, si: int) -> tuple[int, int] | None:
        """`a chorus of Democrats urging him to quit`, `Hispanics telling their stories`: a participle right after
        a name in a cased language, no comma between, reports for it, unless an adjunct word stands before the
        name (`on CNN talking about`); after a common noun (`a statement saying`) the sentence's subject speaks."""
        if not (cue.subjectless and self.lex.speaker_determiners) or \
                self.char_before(self.sentences[si][0], cue.start) in CLAUSE_PUNCT + self.marks:
            return None
        s_start = self.sentences[si][0]
        speaker = speaker_before(self.text, cue.start, s_start, self.lex, self.marks)
        if speaker is None or self.text[speaker[1]:cue.start].strip() or \
                self.text[speaker[0]:speaker[1]].split()[-1].islower():
            return None
        before = words_in(self.text, max(s_start, speaker[0] - 20), speaker[0])[-1:]
        if before and self.text[before[0][0]:before[0][1]].lower() in self.lex.clause_stops - self.lex.partitives:
            return None
        return speaker

    def main_clause_subject(self, cue: Cue, si: int) -> tuple[int, int] | None:
        """`Noting …, Rubio said …`, `A month after announcing …, Rubio said`: a participle opening a cased
        language's sentence, or after a few words ending in a subject stop (`after`), reports for the subject of
        the verb after its comma."""
        if not (cue.subjectless and self.lex.speaker_determiners):
            return None
        lead = words_in(self.text, self.sentences[si][0], cue.start, _MAX_OPENING_WORDS + 1)
        if len(lead) > _MAX_OPENING_WORDS or lead and self.text[lead[-1][0]:lead[-1][1]].lower() not in self.lex.subject_stops:
            return None
        for c in self.cues[si]:
            if c.start > cue.end and c.speaker is not None and c.speaker[0] < c.start:
                return c.speaker if _COMMA_PATTERN.search(self.text, cue.end, c.speaker[0]) else None
        return None

    def opening_subjects(self, until: int) -> list[tuple[int, int]]:
        """The subjects of the verbs that open sentences before `until` outside quotations, as `opening_subject`
        finds them, or the one whose words a sentence gives (`جاء ذلك على لسان نائب وزير الخارجية …`), save where a
        cue of the sentence names the same subject (a cue's subject carries over as the cue has it)."""
        found = []
        for (start, end), cues in zip(self.sentences, self.cues):
            if start >= until:
                break
            if self.inside_quotation(start):
                continue
            subject = opening_subject(self.text, start, end, self.lex, self.marks) or \
                voiced_speaker(self.text, end, start, self.lex, self.marks)
            if subject is not None and all(c.speaker != subject for c in cues):
                found.append(subject)
        return found

    def relays(self, q: Quote) -> bool:
        """Whether the quote passes on what others say: its cue is a source phrase (`وبحسب بيان …، أوضح محلب …`) or its
        speaker a news outlet (`وقالت الوكالة إن الملك أكد …`)."""
        return q.cue in self.phrase_cues or q.speaker is not None and self.names_outlet(q.speaker)

    def names_outlet(self, span: tuple[int, int]) -> bool:
        """Whether a speaker mention names a news outlet: by its first word (`وكالة الأنباء`, `رويترز`), or as a name
        quoted here and before, as an outlet's is wherever it stands (`وكالة الأنباء “بترا” … أضافت “بترا”`); a
        person's surname is quoted in its repeat only (`أكد هاني توفيق … وأضاف "توفيق"`)."""
        text, (start, end) = self.text, span
        if text[start:end].split(maxsplit=1)[0] in self.lex.outlets:
            return True
        mark = self._mark.pattern
        return start > 0 and text[start - 1] in self.marks and \
            re.compile(f"{mark}{re.escape(text[start:end])}{mark}").search(text, 0, start - 1) is not None

    def inside_quotation(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotations[i].start <= pos < self.quotations[i].end

    def overlaps_quotation(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.q_starts, end) - 1
        return i >= 0 and self.quotations[i].end > start

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def char_before(self, floor: int, pos: int, skip: str = "") -> str:
        """The last character of text[floor:pos] that is no space (nor in `skip`), or "" when there is none."""
        pos -= 1
        while pos >= floor and (self.text[pos].isspace() or self.text[pos] in skip):
            pos -= 1
        return self.text[pos] if pos >= floor else ""

    def at_least(self, start: int, end: int, k: int) -> bool:
        return _has_words(self.text, start, end, k)

    def quotation_at(self, pos: int) -> Quotation | None:
        """The quotation whose marks span `pos`."""
        i = bisect.bisect_right(self.q_opens, pos) - 1
        return self.quotations[i] if i >= 0 and pos < self.quotations[i].close_end else None

    def only_names_quoted(self, start: int, end: int) -> bool:
        """Whether every quote mark in text[start:end] belongs to a quotation inside it too short for speech or a
        title (`titled`)."""
        i = bisect.bisect_left(self.q_opens, start)
        pos = start
        while i < len(self.quotations) and self.quotations[i].open_mark < end:
            q = self.quotations[i]
            if q.close_end > end or self.at_least(q.start, q.end, _MIN_FLOATING_WORDS) and not self.titled(q) \
                    or self.has_mark(pos, q.open_mark):
                return False
            pos, i = q.close_end, i + 1
        return not self.has_mark(pos, end)

    def titled(self, q: Quotation) -> bool:
        """Whether the quotation is a title a titling word names (`تحت عنوان "رؤية قطر الوطنية 2030، ومستقبل …"`)."""
        return self.after_titling_word(q.open_mark)

    def after_titling_word(self, pos: int) -> bool:
        """Whether a titling word, and perhaps its colon, stands right before `pos` (`بعنوان: `, `تحت عنوان `)."""
        if not self.lex.titling_words:
            return False
        word = _WORD_BEFORE_TITLE.search(self.text, max(0, pos - 16), pos)
        return word is not None and word.group(1) in self.lex.titling_words

    def has_mark(self, start: int, end: int) -> bool:
        return start < end and self._mark.search(self.text, start, end) is not None

    def has_sentence_end(self, start: int, end: int) -> bool:
        """A terminal in text[start:end] other than the dot of `Mr.`, `Rep.`, `د.` or an initial, whose word may
        end before `start` (a name's initial ending a speaker: `وقال وسيم ن. أمام المحكمة: «…»`), or a dot inside a
        word (an outlet's domain: `لـ"العربية.نت":`)."""
        text = self.text
        return any(not self.abbreviation_dot(0, m.start())
                   and not (text[m.start()] == "." and text[m.end():m.end() + 1].isalpha())
                   for m in _TERMINAL.finditer(text, start, end))

    def abbreviation_dot(self, floor: int, pos: int) -> bool:
        """Whether text[pos] is the dot of an abbreviation or an initial (the word before it starting after `floor`)."""
        if self.text[pos] != ".":
            return False
        word = _WORD_BEFORE_DOT.search(self.text, max(floor, pos - 12), pos)
        return word is not None and (self.text[word.start():word.end()].lower() in self.lex.abbreviations or
                                     _INITIALS.fullmatch(self.text, word.start(), word.end()) is not None)

    def has_terminal(self, start: int, end: int) -> bool:
        return start < end and _TERMINAL.search(self.text, start, end) is not None


def _fold_saying_participles(doc: _Document, cues: list[Cue]) -> list[Cue]:
    """`وتابع الوزير قائلا: «…»`, `مؤكداً بالقول: «…»`: a saying participle (or `by saying`) after a verb's or a
    participle's attribution, with neither a quotation nor a content of the verb nor a comma between, introduces the
    verb's words; the verb's attribution runs over it instead. Set off by a comma (`رد على التصريحات … في اجتماع لمجلس
    الأمن، قائلاً: «…»`), it is a clause of its own."""
    kept: list[Cue] = []
    for cue in cues:
        verb = kept[-1] if kept else None
        if verb is not None and cue.form in doc.lex.saying_participles and not verb.phrase \
                and not doc.has_mark(verb.region_end, cue.start) \
                and not _COMMA_SET.intersection(doc.text[verb.region_end:cue.start]) \
                and _content_start_after(doc, verb, cue.start) is None:
            verb.region_end = cue.end
            if (verb.speaker is None or verb.speaker[1] <= verb.start) and not doc.at_least(verb.end, cue.start, 2):
                verb.saying_end = cue.end  # nothing but a word between: one expression, `وعلق عليه قائلا`
            continue
        kept.append(cue)
    return kept


def _lead_ok(doc: _Document, start: int, end: int) -> bool:
    """The words between a cue and the quotation it introduces are adjuncts: `said in a statement:`, and
    may hold a quoted name: `قال لبرنامج "آندرو مار" على بي بي سي:`, `told “Fox News Sunday”:`."""
    colon = doc.lex.colon_closes_attribution and doc.char_before(start, end) == ":"
    return start <= end and not doc.has_sentence_end(start, end) and not _too_long(doc, start, end, colon) \
        and (not doc.has_mark(start, end) or doc.only_names_quoted(start, end)) and not _speech_before(doc, start, end)


def _speech_before(doc: _Document, start: int, end: int) -> bool:
    """Whether a colon in text[start:end] opens words of the speech before the quotation, in a language whose news
    reports after a colon without marks: the quotation is a part of them (`وقال في تصريحات خاصة: نحن … وبطاقة «نسك»`;
    not a complementizer alone, which the quotation completes: `وقال في تصريح: إن «…»`)."""
    colon = doc.text.rfind(": ", start, end) if doc.lex.colon_closes_attribution else -1
    if colon < 0:
        return False
    words = words_in(doc.text, colon, end, 2)
    return len(words) > 1 or bool(words) and doc.text[words[0][0]:words[0][1]] not in doc.lex.complementizers


def _too_long(doc: _Document, start: int, end: int, colon: bool) -> bool:
    """Whether text[start:end] holds more words than a lead may (`_max_lead_words`, sought only past the usual)."""
    if not doc.at_least(start, end, _MAX_LEAD_WORDS + 1):
        return False
    return doc.at_least(start, end, _MAX_COLON_LEAD_WORDS + 1) or \
        not colon and _max_lead_words(doc, start, end) == _MAX_LEAD_WORDS


def _max_lead_words(doc: _Document, start: int, end: int) -> int:
    """Words the lead at `start` may hold before a complementizer or quotation: more when the first words of the lead
    or of a part of it set off by a comma name the speech event (`في تصريح`, `خلال مداخلة هاتفية ببرنامج …`, `قال
    مصدر أمني، فضل عدم نشر اسمه، في اتصال هاتفي مع …`), whose setting news spells out at length, or when a part set
    off by a comma opens with a title: the offices of a dignitary, listed after the name."""
    nouns = doc.lex.speech_event_nouns
    if not nouns:
        return _MAX_LEAD_WORDS
    text = doc.text
    if any(text[s:e] in nouns for s, e in words_in(text, start, end, _SPEECH_EVENT_REACH)):
        return _LONG_LEAD_WORDS
    if _COMMA_PATTERN.search(text, start, end) is None:
        return _MAX_LEAD_WORDS
    longest = _AT_LEAST[_LONG_LEAD_WORDS].match(text, start, end)
    stop = longest.end() if longest else end
    titles, coordinators = doc.lex.titles, doc.lex.coordinators
    for comma in _COMMA_PATTERN.finditer(text, start, stop):
        after = words_in(text, comma.end(), stop, _SPEECH_EVENT_REACH)
        if any(text[s:e] in nouns for s, e in after):
            return _LONG_LEAD_WORDS
        first = text[after[0][0]:after[0][1]] if after else ""
        if first in titles or first[:1] in coordinators and first[1:] in titles:
            return _LONG_LEAD_WORDS  # `…، نائب رئيس مجلس الوزراء وزير الدفاع، ورئيس المجلس التنفيذي …، أن`: offices
    return _MAX_LEAD_WORDS


_SAYING_TO_MARK = " :,،"  # between a relayed source's saying and the quotation it opens


def _cue_before(doc: _Document, q: Quotation) -> tuple[Cue, str] | None:
    """The last cue of the quotation's sentence before its opening mark, when nothing but adjuncts and a
    colon, a comma (`_LEADS_IN`) or a complementizer (`_COMPLEMENTIZER`) lies between them."""
    si = doc.sentence_of(q.open_mark)
    candidates = _cues_before(doc, q)
    if not candidates:
        lead = doc.text[doc.sentences[si][0]:q.open_mark].strip()
        if si > 0 and not lead and doc.char_before(0, q.open_mark) == ":":
            if doc.cues[si - 1]:
                return doc.cues[si - 1][-1], _LEADS_IN  # `Breitbart News responded:` then the quotation
            colon = doc.text.rindex(":", 0, q.open_mark)
            if _names_speech_event(doc, doc.sentences[si - 1][0], colon):  # `Sanders made the following comment:`
                return _colon_attribution(doc, doc.sentences[si - 1][0], colon), _LEADS_IN
        if lead.endswith(":"):
            colon = doc.text.rindex(":", 0, q.open_mark)
            if not _dateline(doc, doc.sentences[si][0], colon) and not _announces_items(doc, colon,
                                                                                         doc.sentences[si][0]):
                return _colon_attribution(doc, doc.sentences[si][0], colon), _LEADS_IN
        return None
    cue = candidates[-1]
    if not _lead_ok(doc, cue.region_end, q.open_mark):
        return None
    lead = doc.text[cue.region_end:q.open_mark].rstrip()
    if (colon := doc.text.rfind(":", cue.start, q.open_mark)) >= 0 and not doc.text[colon + 1:q.open_mark].strip() \
            and _announces_items(doc, colon, cue.start):
        return None  # `ويضم المعرض جناحين هما: «…» و«…»`: the items the verb's object names, no one's words
    if lead.endswith(":") or cue.saying is not None and not doc.text[cue.saying[1]:q.open_mark].strip(_SAYING_TO_MARK):
        return cue, _LEADS_IN  # (`ونقلت الوكالة عن شي قوله "…"`: the source's saying opens its words)
    words = words_in(doc.text, cue.region_end, q.open_mark)
    if len(words) > 1 and q.close_end <= doc.sentences[si][1] and \
            _complementizer(doc, words[:-1], cue.region_end) is not None:
        return None  # `said that his stance has “gotten bigger”`: a fragment of the reported clause, a mixed quote
    if not lead or lead[-1] in ",،" and not (
            words and doc.text[words[-1][0]:words[-1][1]].lower() in doc.lex.complementizers):
        return cue, _LEADS_IN  # (not `said via email that, “…”`: the complementizer's clause holds the quotation)
    if _describes_object(doc, cue, words):
        return None  # `ووصف الوزير الهجوم بـ«الجريمة»`: the words called so, with what is called, are the content
    if cue.passive and len(words) <= 2 and not _title_cased(doc, q) and (
            cue.speaker is not None and cue.speaker[0] >= q.close_end
            or words and doc.text[words[0][0]:words[0][1]].lower() in doc.lex.passive_content_links):
        # what the agent after it called something: `was described as “a disaster” by the union`; with none, what
        # someone was accused of or something described as: `have been accused of “making up their own version …”`
        # (not a name: `was dubbed “Operation Sand” by the army`)
        return cue, _LEADS_IN
    last = doc.text[words[-1][0]:words[-1][1]].lower() if words else ""
    if last in doc.lex.complementizers or len(words) == 1 and last in doc.lex.adjacent_complementizers:
        return cue, _COMPLEMENTIZER
    first = doc.text[words[0][0]:words[0][1]].lower() if words else ""
    if last in doc.lex.content_nouns:
        return None  # `وشدد على ضرورة "…"`: the noun the quotation completes opens the content, a mixed quote
    if last in doc.lex.content_prepositions and cue.form not in doc.lex.relative_cues \
            and cue.form not in doc.lex.predicative_cues and _clause_goes_on(doc, q.close_end, doc.sentences[si][1]):
        return None  # `أعرب عن «قلق بالغ» إزاء التقارير`: a fragment of the content the preposition opens, mixed
    if (first in doc.lex.clause_stops or first.startswith(doc.lex.addressee_proclitics)) and (
            _COMMA_SET.intersection(lead) or not _holds_auxiliary(doc, words)) \
            and not any(doc.text[a:b] in doc.lex.content_prepositions for a, b in words[1:]):
        # only adjuncts between: `وكتب على منصات التواصل، صباح اليوم «…»`, `وقال المدير لـالجزيرة «…»` (not a clause
        # with its own verb right after the cue: `said more arrests were “very likely”`, a mixed quote)
        return cue, _COMPLEMENTIZER
    if first in doc.lex.speech_objects and (len(words) == 1 or doc.text[words[1][0]:words[-1][1]]
                                            in doc.lex.example_links):
        return cue, _LEADS_IN  # the words the verb names: `واختتم تصريحاته «…»`, `هتافات من قبيل «…»`
    if lead.strip().rstrip(TATWEEL) in doc.lex.written_prepositions and (cue.form in doc.lex.relative_cues or (
            cue.form in doc.lex.predicative_cues and doc.at_least(q.close_end, doc.sentences[si][1], 1))):
        # what it was described as: `ما وصفها بـ"التفاحة الفاسدة"`; so the description put before the object described
        # (`وصفت المفوضية بـ"القرار غير المقبول" منع السلطات …`, not `ووصف الفوز بـ"التاريخي".`: no object after it)
        return cue, _LEADS_IN
    if cue.speaker is not None and cue.speaker[1] == cue.region_end and \
            len(doc.text[cue.speaker[0]:cue.speaker[1]].split()) >= MAX_SPEAKER_WORDS and \
            len(words) <= _MAX_MENTION_TAIL_WORDS and not _CLAUSE_PUNCT.intersection(lead):
        return cue, _LEADS_IN  # a long mention the subject search cut: `قال المهندس … مدير المؤسسة … بدمشق وريفها «…»`
    if not doc.lex.speaker_determiners and cue.speaker is not None and cue.speaker[1] == cue.region_end \
            and lead[:1] in ",،" and words and first in doc.lex.titles and len(words) <= _MAX_APPOSITION_WORDS \
            and not _CLAUSE_PUNCT.intersection(lead[1:]) and not any(
                doc.text[a:b] in doc.lex.cue_verbs or doc.text[a:b] in doc.lex.complementizers for a, b in words) \
            and len(words_in(doc.text, q.start, q.end, _MAX_NAME_IN_ROLE_WORDS + 1)) > _MAX_NAME_IN_ROLE_WORDS:
        # the role set off after a VSO subject's name in a caseless script, no comma closing it before the words
        # (`وأكد محمد سمير، المتحدث باسم القوات "مقتل 15 عنصرا"`); not a quoted name in the role (`نادي “الأهلي”`)
        return cue, _LEADS_IN
    return None


def _announces_items(doc: _Document, colon: int, floor: int) -> bool:
    """Whether the word before a colon is a pronoun that names the items after it (`ويضم المعرض جناحين هما: «…»
    و«…»`, namely): titles or names, no one's words."""
    before = word_right_before(doc.text, colon, floor) if doc.lex.item_announcers else None
    return before is not None and before.group(1) in doc.lex.item_announcers


def _clause_goes_on(doc: _Document, pos: int, end: int) -> bool:
    """Whether a word follows `pos` with no punctuation between: the clause goes on past a quotation."""
    after = words_in(doc.text, pos, end, 1)
    return bool(after) and not doc.text[pos:after[0][0]].strip()


def _quoted_description(doc: _Document, span: tuple[int, int]) -> bool:
    """Whether a content is a quotation after an object pronoun and a content proclitic, what a cue calls the object
    the pronoun points back to (`واصفا إياه بـ"المعجزة"`): speech, however short."""
    text = doc.text
    if span[0] >= span[1] or text[span[0]] not in doc.marks:
        return False
    proclitic = word_right_before(text, span[0], max(0, span[0] - 12))
    if proclitic is None or not proclitic.group(1).startswith(doc.lex.content_proclitics):
        return False
    pronoun = word_right_before(text, proclitic.start(1), max(0, proclitic.start(1) - 12))
    return pronoun is not None and pronoun.group(1) in doc.lex.object_pronouns


def _describes_object(doc: _Document, cue: Cue, words: list[tuple[int, int]]) -> bool:
    """Whether the words after a describing verb (`ووصف`, `واعتبر`) and its subject, `words`, name an object before
    what the verb calls it, which the preposition ب or a complementizer opens (`ووصف الوزير الهجوم بـ«الجريمة»`,
    `وصف الناجون المشهد بأنه …`): annotated news reports the object with its description, one content (but a quotation
    of a few words that ends the clause alone: `_quoted_predicate`)."""
    if cue.form not in doc.lex.predicative_cues or cue.form in doc.lex.relative_cues or len(words) < 2:
        return False
    text, lex = doc.text, doc.lex
    first = text[words[0][0]:words[0][1]]
    if first in lex.complementizers or first.startswith(lex.content_proclitics) or first in lex.clause_stops:
        return False
    for (_, previous_end), (s, e) in zip(words, words[1:_DESCRIBED_OBJECT_WORDS + 1]):
        if _CLAUSE_PUNCT.intersection(text[previous_end:s]):
            return False  # the object runs on to what it is called, no punctuation between
        if text[s:e] in lex.complementizers or text.startswith(lex.content_proclitics, s):
            return True
    return False


_DESCRIBED_OBJECT_WORDS = 8
_SPACES_AND_TATWEEL = re.compile(f"[ {TATWEEL}]*")  # between a proclitic and its quotation: `بـ «`


def _quoted_predicate(doc: _Document, words: list[tuple[int, int]], limit: int) -> tuple[int, int] | None:
    """The quotation that a describing verb calls its object, right after the preposition or complementizer that opens
    it (`الأحكام بأنها "ليست نهائية"`, `الاتفاق بـ«التاريخي والمهم للبلاد»`), when it ends the clause: the speaker's
    own words, which annotators report alone, as a direct quote (so when only the writer's setting follows: `بـ«…»، قبل
    أن …`); None when the description is no such quotation."""
    text, lex = doc.text, doc.lex
    for s, e in words[1:_DESCRIBED_OBJECT_WORDS + 1]:
        if text[s:e] in lex.complementizers or text.startswith(lex.content_proclitics, s):
            opening = match_end(_SPACES_AND_TATWEEL, text, e, limit)
            q = doc.quotation_at(opening)
            if (q is None or q.open_mark != opening) and text[s:e].rstrip(TATWEEL) not in lex.content_prepositions \
                    and text[s:e] not in lex.complementizers:
                continue  # a word that only opens with the proclitic's letter: `العلاقة بين باريس والرباط بـ«…»`
            if q is None or q.open_mark != opening or not q.closed \
                    or not doc.at_least(q.start, q.end, _MIN_CONTENT_WORDS) \
                    or text[q.close_end:limit].strip(_SPACE_AND_PUNCT) \
                    and not _setting_follows(doc, q.close_end, limit):
                return None  # (a one-word quotation is no content of its own: `بـ”التاريخية”` stays with its object)
            return q.start, q.end
    return None


def _clause_subject(doc: _Document, floor: int, end: int) -> tuple[int, int] | None:
    """The subject of the clause that leads to a colon, when the words right before the colon are the object or an
    adjunct of its verb (`Perez made the case for a higher minimum wage: “…”`, `he looked at his watch: “…”`) or
    what a headline's source speaks on (`Gillibrand on Hillary Releasing Her Transcripts: ‘…’`): a third person's
    pronoun, a name the text names again (not `Giant screens … a three-word proclamation:`) or a mention its
    determiner opens (`The coach was blunt:`, `A footnote added:`), with a lower-case word after it, the verb, or a
    preposition in a title's capitals (`On`)."""
    subject = sentence_subject(doc.text, floor, end, doc.lex, doc.marks)
    if subject is None or subject[1] >= end:
        return None
    words = doc.text[subject[0]:subject[1]].split()
    low = words[0].lower()
    if low in doc.lex.pronouns and (len(words) > 1 or low not in doc.lex.third_person_pronouns) \
            or low not in doc.lex.pronouns and (
                (len(words) == 1 if low in doc.lex.speaker_determiners
                 else doc.text.count(words[-1], max(0, subject[0] - NAME_REACH), subject[1] + NAME_REACH) < 2)
                or any(w.endswith(doc.lex.possessive_endings) for w in words)):
        return None
    after = words_in(doc.text, subject[1], end, 1)
    word = doc.text[after[0][0]:after[0][1]] if after else ""
    return subject if word[:1].islower() or word.lower() in doc.lex.clause_stops else None


def _colon_attribution(doc: _Document, floor: int, colon: int) -> Cue:
    """`Rep. Trey Gowdy (R-S.C.): “…”`: a colon with no reporting verb; the words before it name the speaker. In
    a VSO language a first word written with a conjunction is a verb, the words after it its subject (`وواصل
    العوادي: «…»`) or none (`وواصل: «…»`)."""
    teaser = _last_separator(doc.text, floor, colon) if floor == doc.sentences[0][0] else None
    if teaser is not None:  # `… بسقارة.. والأمين العام للآثار: “…”`, `.. وتجار: "…"`: a title's source, no verb
        floor = _past_teaser(doc.text, teaser.end(), colon, doc.lex)
    words = words_in(doc.text, floor, colon, _MAX_HEADLINE_SOURCE_WORDS + 1)
    if not doc.lex.speaker_determiners and words and teaser is None and _conjoined_word(doc, *words[0]) \
            and len(words) <= _MAX_HEADLINE_SOURCE_WORDS and not doc.text[floor:words[0][0]].strip():
        subject = _trim(doc.text, words[0][1], colon) if len(words) > 1 else None
        return Cue(words[0][0], words[0][1], False, False, subject, words[0][0], colon + 1)
    speaker = speaker_before(doc.text, colon, floor, doc.lex, doc.marks) if doc.lex.speaker_determiners else None
    if speaker is not None and floor == doc.sentences[0][0] and _is_title_line(doc, 0) \
            and (link := word_right_before(doc.text, speaker[0], floor)) is not None \
            and link.group(1) == doc.lex.headline_addressee_link \
            and (source := speaker_before(doc.text, link.start(1), floor, doc.lex, doc.marks)) is not None \
            and doc.text[source[0]].isupper():
        speaker = source  # a title's `Stroud to Iowa Democrats: '…'`: the source, not whom it addresses
    if speaker is not None and (event := _event_adjunct_before(doc, floor, colon)) is not None:
        speaker = speaker_before(doc.text, event, floor, doc.lex, doc.marks)  # `The union, in a post on X: “…”`
    if speaker is not None and doc.text[speaker[0]].islower():
        subject = _clause_subject(doc, floor, speaker[0])
        if subject is None and doc.text[slice(*words_in(doc.text, *speaker, 1)[0])] in doc.lex.possessive_determiners \
                and (owner := sentence_subject(doc.text, floor, speaker[0], doc.lex, doc.marks)) is not None \
                and doc.text[owner[0]:owner[1]].lower() not in doc.lex.pronouns - doc.lex.third_person_pronouns:
            subject = owner  # `Trump offered his verdict:` (not a first person, as `_clause_subject` has it)
        if subject is None and _names_speech_event(doc, floor, colon):
            # `The campaign released a statement:`, `Sanders made the following comment:`: what its subject said
            subject = sentence_subject(doc.text, floor, speaker[0], doc.lex, doc.marks)
        if subject is not None and subject[1] <= speaker[0]:
            speaker = subject  # the words before the colon are the object of a verb (`his watch`), its subject speaks
    if speaker is None and not doc.at_least(floor, colon, _MAX_HEADLINE_SOURCE_WORDS + 1):
        speaker = _trim(doc.text, floor, colon)
    if speaker is not None and (speaker[1] <= speaker[0] or _topic_label(doc, speaker)):
        speaker = None
    start = speaker[0] if speaker else colon
    return Cue(colon, colon + 1, False, False, speaker, start, colon + 1)


def _topic_label(doc: _Document, span: tuple[int, int]) -> bool:
    """Whether the words before a colon open with a preposition and so name a topic, not a speaker: `- عن هجرة
    الأطباء: "…"`, `On the economy: “…”` (the one who speaks is the one the text is on)."""
    first = words_in(doc.text, span[0], span[1], 1)
    return bool(first) and doc.text[first[0][0]:first[0][1]].lower() in doc.lex.topic_prepositions


def _event_adjunct_before(doc: _Document, floor: int, colon: int) -> int | None:
    """The comma before an adjunct naming the speech event that ends the words before a colon (`The Professional
    Footballers' Association, in a post on X:`), if any: the mention before it speaks, not the platform."""
    comma = doc.text.rfind(",", floor, colon)
    if comma < 0 or not doc.lex.event_prepositions:
        return None
    lead = _event_lead(doc.lex).search(doc.text, comma + 1, colon)
    return comma if lead is not None and not doc.text[comma + 1:lead.start()].strip() and any(
        doc.text[s:e].lower() in doc.lex.speech_event_nouns for s, e in words_in(doc.text, lead.end(), colon, 2)) \
        else None


def _dateline(doc: _Document, floor: int, colon: int) -> bool:
    """Whether the words before a colon are places only, a dateline's (`أربيل - بغداد: «الشرق الأوسط»`): what follows
    credits an outlet, no one speaks."""
    words = words_in(doc.text, floor, colon, _MAX_HEADLINE_SOURCE_WORDS + 1)
    return bool(words) and all(doc.text[s:e] in doc.lex.place_names for s, e in words)


def _names_speech_event(doc: _Document, floor: int, colon: int) -> bool:
    """Whether the word right before a colon names a speech event (`statement`, `comment`)."""
    words = words_in(doc.text, floor, colon)
    return bool(words) and doc.text[words[-1][0]:words[-1][1]].lower() in doc.lex.speech_event_nouns


def _conjoined_word(doc: _Document, start: int, end: int) -> bool:
    """Whether the word text[start:end] has a conjunction written onto it (`وواصل`), and no article (`والرئيس`); a
    title or a body's noun that starts with the letter is none (`وزير الخارجية: «…»`, `وكالة الأنباء: …`)."""
    word, lex = doc.text[start:end], doc.lex
    return word[:1] in lex.coordinators and len(word) > 3 and not word.startswith(lex.definite_prefixes) \
        and word not in lex.titles and word not in lex.name_heads and word not in lex.construct_heads


_DASH_SOURCE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*([^\W\d][^\n.,;:!?(){}\[\]]{0,60}?)[^\S\n]*\.?[^\S\n]*$", re.M)


def _dash_attribution(doc: _Document, q: Quotation) -> Cue | None:
    """A quotation signed by a dash and a name to the end of its line: `“…” ― Esther Tapia`."""
    m = _DASH_SOURCE.match(doc.text, q.close_end)
    if m is None or not doc.at_least(*m.span(1), 1) or doc.at_least(*m.span(1), _MAX_HEADLINE_SOURCE_WORDS + 1):
        return None
    dash = doc.text.index(next(ch for ch in doc.text[m.start():m.start(1)] if ch in DASHES), m.start())
    return Cue(dash, dash + 1, False, False, m.span(1), dash, m.end(1))


def _tail_attribution(doc: _Document, q: Quotation) -> Cue | None:
    """`“…,” Minister Tarin detailed.`: a quotation left open by a comma, then a short subject and a past-tense verb
    that ends the sentence, a verb of saying whatever the table lists (a cased language's past ending marks it)."""
    si = doc.sentence_of(max(q.close_end - 1, q.start))
    end = doc.sentences[si][1]
    if not doc.lex.past_endings or not _ends_in_comma(doc, q) or doc.has_mark(q.close_end, end):
        return None
    words = words_in(doc.text, q.close_end, end, _MAX_TAIL_WORDS + 1)
    if not 1 < len(words) <= _MAX_TAIL_WORDS or doc.text[words[-1][1]:end].strip() not in ("", ".") \
            or _CLAUSE_PUNCT.intersection(doc.text[words[0][0]:words[-1][1]]):
        return None
    verb = words[-1]
    word = doc.text[verb[0]:verb[1]]
    if not (word.isalpha() and word.islower() and word.endswith(doc.lex.past_endings)):
        return None
    speaker = speaker_before(doc.text, verb[0], q.close_end, doc.lex, doc.marks)
    if speaker is None or speaker[0] != words[0][0]:
        return None
    return Cue(verb[0], verb[1], False, False, speaker, speaker[0], verb[1])


def _cue_after(doc: _Document, q: Quotation) -> Cue | None:
    """The first cue after the closing mark, with at most a short subject between: `," he said`; a
    quotation ending in a comma may be followed by a long subject: `,” Fred Kagan, director of …, said`."""
    si = doc.sentence_of(max(q.close_end - 1, q.start))
    max_words = _MAX_LONG_TAIL_WORDS if _ends_in_comma(doc, q) else _MAX_TAIL_WORDS
    for idx in (si, si + 1):
        if idx >= len(doc.cues):
            break
        for cue in doc.cues[idx]:
            if cue.region_start < q.close_end:
                continue
            if idx > si and (doc.at_least(q.close_end, cue.region_start, 1) or "\n" in doc.text[q.close_end:cue.start]
                             or not (
                    doc.text[cue.region_start].islower() or not doc.at_least(cue.region_end, doc.sentences[idx][1], 3)
                    or _adjunct_tail(doc, q, cue, doc.sentences[idx][1]))):
                # `“….” he said` / `“….” Trump said.` / `“…!” Smith shouted to the crowd.` split by the segmenter,
                return None  # not `Reid said the …`
            if doc.lex.infinitive_marker and (word := word_right_before(doc.text, cue.start, q.close_end)) \
                    and word.group(1) == doc.lex.infinitive_marker \
                    and _holds_auxiliary(doc, words_in(doc.text, q.close_end, cue.start)):
                # `“Staffing issues” at the facility were to blame, the FAA said`: a clause with its own finite verb
                # runs on to the infinitive, no subject of it (not `“undocumented Democrats,” to describe …`)
                return None
            if cue.subjectless and cue.speaker is None and (subject := _relay_subject(doc, q.close_end, cue)):
                cue.speaker, cue.region_start = subject, subject[0]
                return cue
            if cue.subjectless or cue.phrase and doc.at_least(q.close_end, cue.region_start, 1) or \
                    doc.has_sentence_end(q.close_end, cue.region_start) or \
                    doc.has_mark(q.close_end, cue.region_start) or \
                    doc.at_least(q.close_end, cue.region_start, max_words + 1):
                return None
            if cue.region_start == cue.start and not doc.lex.speaker_determiners \
                    and not _splits_quotation(doc, q, cue) and (
                    _reports_own_words(doc, cue, idx) or doc.at_least(q.close_end, cue.region_start, 2) and
                    _complementizer(doc, words_in(doc.text, q.close_end, cue.region_start), q.close_end)):
                # `“…”، وتابع “…”`, `… "ضغط هائل"، دعا الناس إلى …`: a verb-first cue with words of its own; `لوكالة
                # الأنباء «قنا»، إن اليوم … ويجدد`: a reported clause between is no subject of the verb after it
                return None
            if _closes_report_before(doc, q, cue, si):
                return None
            tail = words_in(doc.text, q.close_end, cue.region_start, 1)
            link = doc.text[tail[0][0]:tail[0][1]].lower() if tail else ""
            if link in doc.lex.contrast_links or link in doc.lex.subordinators \
                    and link not in doc.lex.source_clause_openers:
                return None  # `it would “gut asylum protections,” while the group's director warned …`, `… “good
                # enough,” though they cautioned that …`: a clause of its own
            if tail and link not in doc.lex.coordinators:  # (`they want “justice,” but pledged to …`: a coordinated
                return _with_tail_subject(doc, q.close_end, cue)  # verb shares the sentence's subject)
            if tail and any(c.region_end <= q.open_mark for c in doc.cues[si] if not c.phrase):
                return None  # `said the plan was “dead on arrival,” but added that …`: the verb before reports it
            return cue
        if idx == si and doc.sentences[si][1] > q.close_end + 2:
            break  # the sentence goes on after the quotation: no later sentence attributes it
    return None


def _closes_report_before(doc: _Document, q: Quotation, cue: Cue, si: int) -> bool:
    """Whether the quoted words go on, mid-clause, with a report a verb of their sentence opens before them, and the
    cue right after their comma reports anew (`says talks at ‘sensitive stage’, urges restraint`, `who calls Trump a
    “sociopath,” said he …`), rather than naming who said them (`he “grabbed ahold …,” said Drew Heiserman`)."""
    if doc.at_least(q.close_end, cue.start, 1) or not doc.char_before(doc.sentences[si][0], q.open_mark).isalnum():
        return False
    if cue.speaker is not None and cue.speaker[0] >= cue.end and doc.text[cue.speaker[0]].isupper():
        return False
    return any(c.region_end <= q.open_mark for c in doc.cues[si] if not c.phrase)


def _splits_quotation(doc: _Document, q: Quotation, cue: Cue) -> bool:
    """`«لا نخشى أحدا»، قال لوبران، «لكننا نحترم الجميع»`: a verb with no conjunction on it and its named subject
    right after the comma of a quotation that opens its sentence close the quotation, even when more of it follows
    (as `"…," he said, "…"`)."""
    gap = doc.text[q.close_end:cue.start]
    s_start = doc.sentences[doc.sentence_of(q.open_mark)][0]
    return cue.speaker is not None and cue.speaker[0] > cue.end and not conjoined_form(cue.form, doc.lex) \
        and not gap.strip(" ،,") and bool(_COMMA_SET.intersection(gap)) and not doc.at_least(s_start, q.open_mark, 1)


def _adjunct_tail(doc: _Document, q: Quotation, cue: Cue, end: int) -> bool:
    """`“We won!” Smith shouted to the crowd.`, `“Why not?” he asked reporters`: after a quotation that ends in an
    exclamation or a question, whose mark the segmenter ends its sentence at, the finite cue of the next sentence is
    followed by a short adjunct or addressee only, no content of its own (not `Smith said in a statement that …`), its
    subject right before it (not `Smith did not respond to requests for comment`, `X's metaphor is telling …`). A
    manner adverb may come first, and a participle clause after a comma is the speaker's manner too: `“Why?” Sanders
    asked angrily, pointing at the crowd.`"""
    if not (doc.text[q.end - 1] in _OWN_TERMINALS and not cue.form.endswith(doc.lex.gerund_endings)
            and cue.speaker is not None and not doc.at_least(cue.speaker[1], cue.start, 1)):
        return False
    text, lex = doc.text, doc.lex
    comma = _COMMA_PATTERN.search(text, cue.region_end, end)
    if comma is not None and (after := words_in(text, comma.end(), end, 1)) \
            and text[slice(*after[0])].endswith(lex.gerund_endings):
        end = comma.start()
    first = words_in(text, cue.region_end, end, 1)
    pos = first[0][1] if first and is_adverb(text[slice(*first[0])], lex) else cue.region_end
    return ends_clause(text, pos, end, lex, doc.marks) and not doc.at_least(cue.region_end, end, _MAX_TAIL_WORDS)


_OWN_TERMINALS = "!?؟"  # a quotation's terminals after which the sentence goes on with its attribution


def _relay_subject(doc: _Document, pos: int, cue: Cue) -> tuple[int, int] | None:
    """`“…,” the official was quoted as saying`, `“…,” Braynard is quoted by the paper as saying`, `“…,” the office
    quoted him as saying`: the subject of a relaying verb's frame (the language's `relay_frame`) between the closing
    mark at `pos` and a participle cue speaks."""
    frame = _relay_frame(doc.lex)
    m = frame.search(doc.text, pos, cue.start) if frame is not None else None
    if m is None or doc.has_sentence_end(pos, m.start()):
        return None
    subject = _trim(doc.text, pos, m.start(), doc.edge)
    return subject if doc.at_least(*subject, 1) and not doc.at_least(*subject, _MAX_TAIL_WORDS + 1) else None


@per_lexicon
def _relay_frame(lex: Lexicon) -> re.Pattern[str] | None:
    return re.compile(lex.relay_frame) if lex.relay_frame else None


def _reports_own_words(doc: _Document, cue: Cue, si: int) -> bool:
    """Whether a reported clause or a quotation follows the cue's attribution in its sentence `si`, before the next
    cue (`«…»، قال الوزير، مضيفا أن …`: the participle's)."""
    end = next((c.region_start for c in doc.cues[si] if c.region_start >= cue.region_end), doc.sentences[si][1])
    i = bisect.bisect_left(doc.q_opens, cue.region_end)
    if i < len(doc.quotations) and doc.quotations[i].open_mark < end and \
            _lead_ok(doc, cue.region_end, doc.quotations[i].open_mark):
        return True
    return _content_start_after(doc, cue, end) is not None


def _ends_in_comma(doc: _Document, q: Quotation) -> bool:
    """`“…,”` or `“…”,`: the quotation leaves its sentence open for the attribution."""
    after = q.close_end
    return doc.char_before(q.start, q.end) in _COMMAS or (after < len(doc.text) and doc.text[after] in _COMMAS)


def _with_tail_subject(doc: _Document, pos: int, cue: Cue) -> Cue:
    """The cue, given the words between the closing mark and it as its subject, up to the first comma
    (`Fred Kagan, director of …`), when its own subject search stopped short of them. The cue is
    updated in place: later cues of the sentence that report for it (`, adding`) see the subject. In a VSO language
    a subject the cue found is its own (`،" في حين نقلت الوكالة`, `" أن الحكومة أكدت`), and words before the verb
    are its subject only right before it: not across a comma or a conjunction written onto the verb (`”، وعلق
    بقوله`); nor, in any language, before a comma and a verb whose subject follows it. Words that open with a clause
    stop, a preposition, are no subject but the attribution's, which starts there (`“…” on Tuesday night he said`)."""
    vso = not doc.lex.speaker_determiners
    if cue.speaker is not None and (vso or not doc.at_least(pos, cue.speaker[0], 1)):
        return cue
    text = doc.text
    comma = _COMMA_PATTERN.search(text, pos, cue.start)
    if (vso or cue.speaker is not None and cue.speaker[0] >= cue.end and cue.form not in doc.lex.addressee_cues) \
            and (comma is not None or _conjoined_word(doc, cue.start, cue.end)):
        return cue  # (`“…” an agreement, said Johansson`: the subject after the inverted verb; `told Fox News` names
        # whom it was told)
    speaker = _trim(text, pos, comma.start() if comma else cue.start, doc.edge)
    if not doc.at_least(*speaker, 1) or doc.at_least(*speaker, _MAX_LONG_TAIL_WORDS // 2) \
            or _appositive_name(doc, speaker, cue) or cue.passive and not cue.governed:
        return cue  # (`“American Skin” was written by Springsteen`: a passive's agent speaks, if any, not its subject)
    cue.region_start = speaker[0]
    if _opens_with_stop(doc, speaker):
        return cue  # (`“…” for criminal behavior, she said`: the words hold no subject, the attribution's adjunct)
    first = words_in(text, *speaker, 2)
    if len(first) > 1 and text[first[0][0]:first[0][1]].lower() in doc.lex.subordinators:
        speaker = first[1][0], speaker[1]  # `“…,” as a Homeland Security memo put it`: the clause's subject
    cue.speaker = speaker
    return cue


def _opens_with_stop(doc: _Document, span: tuple[int, int]) -> bool:
    """Whether text[span] opens with a clause stop (a preposition: `for criminal behavior`) that is no subordinator (`as
    Mrs. Clinton put it` opens a clause with its subject)."""
    first = words_in(doc.text, *span, 1)
    word = doc.text[slice(*first[0])] if first else ""
    return word in doc.lex.clause_stops and word not in doc.lex.subordinators


def _appositive_name(doc: _Document, description: tuple[int, int], cue: Cue) -> bool:
    """Whether the subject the cue found right before it, a capitalised name alone after a comma, speaks rather than
    the words from the closing mark to the first comma, which, lower-case at both ends, are a description set off
    before the name (`,” the White House spokesman, Josh Earnest, said`) or an adjunct (`” for the victory, Sanders
    said`); not a name and a place (`Harry Bond, of Raleigh, said`, `the club in Ponte Vedra Beach, Fla., said`)."""
    if cue.speaker is None or cue.speaker[1] > cue.start:
        return False
    words = doc.text[description[0]:description[1]].split()
    chunk = _trim(doc.text, doc.text.rfind(",", 0, cue.speaker[0]) + 1, cue.start, doc.edge)
    return chunk == cue.speaker and doc.text[cue.speaker[0]].isupper() and words[0][:1].islower() \
        and words[-1][:1].islower()


def _clause_bounds(doc: _Document, q: Quotation, first: Quotation) -> tuple[bool, bool]:
    """Whether the quotation chain opens its clause and whether it ends it (nothing but a cue around)."""
    si = doc.sentence_of(first.open_mark)
    s_start = doc.sentences[si][0]
    # nothing before it but a word or a short introductory phrase: `As for complexity, “…”`
    opens = not doc.at_least(s_start, first.open_mark, 2) or (
        doc.char_before(s_start, first.open_mark) in _COMMAS and not doc.at_least(s_start, first.open_mark, 6))
    si = doc.sentence_of(max(q.close_end - 1, q.start))
    ends = not doc.at_least(q.close_end, doc.sentences[si][1], 1) or _new_attribution_after(doc, q, si) \
        or _negated_predicate_follows(doc, q.close_end, doc.sentences[si][1])
    return opens, ends


def _new_attribution_after(doc: _Document, q: Quotation, si: int) -> bool:
    """`“…”، وتابع “…”`, `«…»، مشيرة إلى أن …`: past a comma, the quotation's sentence goes on with a verb coordinated
    onto it or a participle that reports words of its own, which ends the quotation's clause. A participle needs no
    comma: `"…" مؤكدا "…"`."""
    nxt = next((c for c in doc.cues[si] if c.region_start >= q.close_end), None)
    if nxt is None:
        return False
    if doc.at_least(q.close_end, nxt.region_start, 1):
        # `«…»، بينما يعتبرها أنصاره «…»`: a clause contrasted after a comma, its own subject reporting
        link = contrast_before(doc.text, q.close_end, nxt.region_start, doc.lex) if nxt.speaker is not None else None
        return link is not None and not doc.at_least(q.close_end, link, 1) \
            and doc.char_before(q.close_end, link) in _COMMAS
    between = doc.char_before(q.close_end, nxt.region_start)
    return (between in _COMMAS and (_conjoined_verb(doc, nxt) or nxt.subjectless)
            or not between and nxt.subjectless) and _reports_own_words(doc, nxt, si)


@per_lexicon
def _set_off_relative(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a relative pronoun that names its noun as a subject (`, which`, `, who`; not `that`)."""
    pronouns = "|".join(sorted(lex.relative_pronouns - lex.complementizers)) or "(?!)"
    return re.compile(f",\\s+({pronouns})\\s")


_COLON_AFTER_CUE = re.compile(r"(?:[^\S\n]+[^\s:,،.]+){0,2}?[^\S\n]*:")  # `ويضيف ساخرا:`, `ويضيف:`


def _without_continuing_verbs(doc: _Document, cues: list[Cue]) -> list[Cue]:
    """A sentence's cues without the imperfects coordinated inside the clause that the past-tense verb before them
    opened with a complementizer (`وقال إن اليوم الوطني يجسد …، ويجدد العهد`): the clause's subject does that. Not
    one that a colon follows, a word or two on: it introduces words of its own (`…، ويضيف ساخرا: «…»`), nor one
    whose own subject a complementizer follows (`…، ويرى الخبراء أن …`)."""
    lex, text = doc.lex, doc.text
    kept: list[Cue] = []
    for cue in cues:
        verb = kept[-1] if kept else None
        if verb is not None and not (verb.form[1:] if conjoined_form(verb.form, lex) else verb.form).startswith(
                lex.imperfect_prefix) and cue.start > verb.region_end and conjoined_form(cue.form, lex) \
                and cue.form[1:].startswith(lex.imperfect_prefix) and not (verb.phrase or verb.subjectless) \
                and any(text[s:e] in lex.complementizers for s, e in words_in(text, verb.region_end, cue.start)) \
                and _COLON_AFTER_CUE.match(text, cue.end) is None \
                and not (cue.speaker is not None and cue.speaker[0] > cue.start
                         and complementizer_follows(text, cue.region_end, len(text), lex)):
            continue  # (one with a subject and a complementizer of its own reports anew: `، ويرى الخبراء أن …`)
        kept.append(cue)
    return kept


def _attach_quotations(doc: _Document) -> tuple[list[Quote], set[int], list[tuple[list[Quotation], Cue]]]:
    """Direct quotes: every quotation chain tied to the cue that introduces or follows it. Also the chains of a few
    words that end a clause after a cue of their sentence, left to that cue's report, with the cue."""
    quotes, used, left = [], set(), []
    prev_end: int | None = None  # end of the last direct quote: a short quotation right after it continues it
    claim = _claim_title_quotation(doc)  # a title's opening claim: its colon reports it (`_claim_title_quote`)
    for chain in _quotation_lists(doc):
        first, last = chain[0], chain[-1]
        if first is claim:
            continue
        listed = first.chain != last.chain  # a list of single quotations (`_quotation_lists`)
        single = len(chain) == 1 or listed
        if _names_addressee(doc, first) or quoted_name_end(doc.text, first.open_mark, len(doc.text), doc.lex) \
                or doc.titled(first) \
                or _in_speaker(doc, first) \
                or single and (_names_subject(doc, first) or _fronts_a_cue(doc, first)
                               or _names_a_title(doc, first)):
            continue  # `في تصريح لـ"العربية.نت"، قال …`, `عبر فضائية “صدى البلد”`, `وأضاف "توفيق" أن`: names
        opens, ends = _clause_bounds(doc, last, first)
        before = _cue_before(doc, first)
        if before is not None and (verb := _lead_verb(doc, before[0])) is not None:
            used.add(id(before[0]))  # `وقال X، بحسب البيان، إن "…"`: X said it; the statement is where
            before = verb, before[1]
        if before is None and listed and all(_title_cased(doc, q) for q in chain):
            continue  # titles listed: `roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers …,”`
        if before is not None and single and (_quoted_subject(doc, before[0], first)
                                              or _quoted_head(doc, before[0], first)):
            continue  # `he said "budget reforms" and the collection of taxes would pay`, `وانتقدت النائبة "بطء"
            # الإصلاحات`: the report's, a mixed quote
        leads = opens or doc.char_before(0, first.open_mark) == ":"  # the quotation is all a verb after reports
        # ... or, ending in a comma inside a clause, one fragment of it: `X called the plan “a disaster,” Y said`
        after = _cue_after(doc, last) if leads or _ends_in_comma(doc, last) else None
        if after is not None and after.phrase and not leads:
            after = None  # `وأكد سلال أن "…"، وفقا لـX`: the source reports the whole clause, not its quotation
        cue = None
        if before and before[1] == _LEADS_IN and not (
                after is not None and _colon_yields(doc, before[0], first)
                and doc.sentence_of(after.start) == doc.sentence_of(last.close_end - 1)):
            cue = before[0]  # `X said: “…”`, `X said, “…”`; a bare colon yields to a verb after: `…: “…,” the union wrote`
            # (in the quotation's sentence: not `X told reporters: “….” Advocates criticized the bill.`)
        elif after is not None and not (before and after.phrase):
            cue = after  # `“…,” X said`
        elif before and (ends or after is not None or _object_before_comma(doc, before[0], first, last)):
            # `X said that “…”` when the quotation is the whole clause, or a source phrase after it reports the
            # sentence: `وأكد سلال أن "…"، وفقا لما ذكرته الوكالة`
            cue = before[0]
        if cue is None and opens:
            cue = _dash_attribution(doc, last) or _tail_attribution(doc, last)  # `“…” ― Esther Tapia`
        labelled = cue is None and _speaker_label(doc, first) is not None
        if labelled:  # `"WALLACE: Governor, …` / `"PENCE: …`: transcript lines name their speakers
            for q in chain:
                label = _speaker_label(doc, q)
                cue = label or cue
                start = label.end + 1 if label else q.start
                quotes.append(_quote_for(doc, *_trim(doc.text, start, q.end, " \t"), "direct", cue))
                used.add(id(cue))
            prev_end = last.close_end
            continue
        if cue is None and len(chain) == 1 and _quoted_subheading(doc, first):
            continue  # `'All Bets Are Off.'` on a line of its own: a section's title set in quote marks
        if cue is None:
            follows_quote = prev_end is not None and "\n" not in doc.text[prev_end:first.open_mark]
            # `ولم يفت الناطق التأكيد على أن “…”`; `وذلك لأن “…(a dozen words)…”`: a clause in quote marks is speech
            # (a list is as long as its longest quotation: `في فلميه "دليل المسافر إلى المجرة" و"ابن قوس قزح"`)
            spans = [(q.start, q.end) for q in chain] if listed else [(first.start, last.end)]
            long_enough = any(doc.at_least(*span, _MIN_FLOATING_WORDS) for span in spans)
            clause_long = any(doc.at_least(*span, _MIN_CLAUSE_WORDS) for span in spans)
            reported = ends and (after_complementizer(doc.text, first.open_mark, 0, doc.lex) and long_enough
                                 or clause_long)
            # (a clause-long quotation that opens its sentence is speech even where the sentence goes on without a cue:
            # `“You went on television to blame thousands of $12-an-hour” workers.`; not a title's, which the title
            # rules attribute: `“We Thought They Would Fatigue” – New Zealand Head Coach Ian Foster`)
            if not (reported or opens and ends and (len(chain) > 1 and not listed or long_enough or follows_quote)
                    or opens and clause_long
                    and not at_text_start(doc.text, first.open_mark)):
                if ends and long_enough and (earlier := _cues_before(doc, first)):
                    left.append((chain, earlier[-1]))  # the end of a clause a cue reports: a mixed quote, if found
                continue  # a scare quote, a title or a fragment inside a clause
        elif leads or cue is not after:
            used.add(id(cue))  # else the verb after reports the whole clause as well, a mixed quote
        for q in chain:
            quotes.append(_quote_for(doc, q.start, q.end, "direct", cue))
        prev_end = last.close_end
    return quotes, used, left


def _quotation_lists(doc: _Document) -> list[list[Quotation]]:
    """The quotation chains in order, with single quotations listed one after another in a sentence joined into
    one: `ردد المحتجون "الراتب حق" و"لا للتجويع"`, `signs reading "A", "B" and "C"`. A list holds what one cue
    reports, so it is judged as one quotation, from its first opening mark to its last closing one. Its last two
    are joined by a coordinator: a comma alone may follow a name (`لـ”يونايتد برس إنترناشونال”، “هناك …”`)."""
    chains: dict[int, list[Quotation]] = {}
    for q in doc.quotations:
        chains.setdefault(q.chain, []).append(q)
    runs: list[tuple[list[Quotation], bool]] = []  # (quotations, whether the last join has a coordinator)
    for chain in chains.values():
        prev = runs[-1][0] if runs else None
        join = _list_join(doc, prev[-1], chain[0]) if prev is not None and len(chain) == 1 \
            and prev[-1].chain == prev[0].chain + len(prev) - 1 and len(chains[prev[-1].chain]) == 1 else None
        if prev is None or join is None:
            runs.append((list(chain), False))
        else:
            runs[-1] = (prev + chain, join)
    return [part for run, coordinated in runs
            for part in ([run] if coordinated or run[0].chain == run[-1].chain else [[q] for q in run])]


def _list_join(doc: _Document, q: Quotation, nxt: Quotation) -> bool | None:
    """How `nxt` is listed after `q` in the same sentence: True with a coordinator between them (and a comma,
    maybe), False with a comma only (inside the closing mark too); None when it is not."""
    if not q.closed or doc.sentence_of(q.start) != doc.sentence_of(nxt.open_mark):
        return None
    gap = doc.text[q.close_end:nxt.open_mark]
    if "\n" in gap:
        return None
    gap = gap.strip()
    if not gap:
        return False if _ends_in_comma(doc, q) else None  # `"Hands off our pensions," "Fair pay" and …`
    if gap[0] in _COMMAS:
        gap = gap[1:].strip()
    return True if gap in doc.lex.coordinators else False if not gap else None


def _object_before_comma(doc: _Document, cue: Cue, first: Quotation, last: Quotation) -> bool:
    """Whether a clause-long quotation is the object of the cue before it, with only adjuncts between (no
    complementizer), and a comma after it closes the clause: `وذكر المجلس في بيان له أمس "…"، وأيضا المحكمة …`."""
    words = words_in(doc.text, cue.region_end, first.open_mark)
    return bool(words) and doc.text[words[-1][0]:words[-1][1]] not in doc.lex.complementizers \
        and doc.text[last.close_end:last.close_end + 1] in _COMMAS \
        and doc.at_least(first.start, last.end, _MIN_CLAUSE_WORDS)


def _colon_yields(doc: _Document, cue: Cue, q: Quotation) -> bool:
    """Whether the cue that leads into a quotation with a colon yields it to a cue after it: a bare colon does, and so
    does a verb with its object before the colon (`The statement referenced her record: “…,” the union wrote.`)."""
    return doc.text[cue.start] == ":" or doc.text[cue.region_end:q.open_mark].rstrip().endswith(":") \
        and doc.at_least(cue.region_end, q.open_mark, 1)


_MAX_QUOTED_SUBJECT_WORDS = 3


def _quoted_subject(doc: _Document, cue: Cue, q: Quotation) -> bool:
    """Whether a short quotation right after a verb is the subject of the clause it reports, or qualifies the
    subject's noun, which goes on after the closing mark with a finite auxiliary or a second subject (`said "the plan"
    would fail`, `said "zero" voters would follow`, `said "budget reforms" and the collection …`; not a second verb:
    `chanted "What curfew?" and kept going`)."""
    if not doc.lex.finite_auxiliaries or doc.text[cue.region_end:q.open_mark].strip() \
            or doc.at_least(q.start, q.end, _MAX_QUOTED_SUBJECT_WORDS + 1):
        return False
    nxt = words_in(doc.text, q.close_end, doc.sentences[doc.sentence_of(q.start)][1], 3)
    if not nxt or doc.text[q.close_end:nxt[0][0]].strip():
        return False
    word = doc.text[nxt[0][0]:nxt[0][1]]
    second = doc.text[nxt[1][0]:nxt[1][1]] if len(nxt) > 1 else ""
    third = doc.text[nxt[2][0]:nxt[2][1]] if len(nxt) > 2 else ""
    if word in doc.lex.finite_auxiliaries or word in doc.lex.coordinators and second in doc.lex.speaker_determiners:
        return True
    # ... or the quotation qualifies the subject's noun after it: `said "zero" voters would follow …` (not a relative
    # on the quoted words: `“self-deportation,” which is like …`)
    return word.islower() and word not in doc.lex.clause_stops and word not in doc.lex.relative_pronouns \
        and not _ends_in_comma(doc, q) and not _CLAUSE_PUNCT.intersection(
        doc.text[nxt[0][1]:nxt[-1][0]]) and (second in doc.lex.finite_auxiliaries or second.islower()
                                             and second not in doc.lex.clause_stops
                                             and third in doc.lex.finite_auxiliaries)


def _quoted_head(doc: _Document, cue: Cue, q: Quotation) -> bool:
    """Whether a quoted word or two right after the subject of a cue that reports a noun phrase heads that phrase,
    its genitive or adjective, a word with the article, right after the closing mark (`وانتقدت النائبة "بطء"
    الإصلاحات`, `وانتقد الوزير "تقاعس" المجتمع الدولي`); not a time (`الأسبوع الماضي`)."""
    lex = doc.lex
    if cue.form not in lex.content_noun_cues or doc.text[cue.region_end:q.open_mark].strip() \
            or doc.at_least(q.start, q.end, _MAX_QUOTED_HEAD_WORDS + 1):
        return False
    nxt = words_in(doc.text, q.close_end, doc.sentences[doc.sentence_of(q.start)][1], 1)
    if not nxt or not doc.text[q.close_end:nxt[0][0]].isspace():
        return False
    word = doc.text[nxt[0][0]:nxt[0][1]]
    return word.startswith(lex.definite_prefixes) and word not in lex.time_words


_MAX_QUOTED_HEAD_WORDS = 2


def _cues_before(doc: _Document, q: Quotation) -> list[Cue]:
    """The cues of the quotation's sentence before its opening mark."""
    return [c for c in doc.cues[doc.sentence_of(q.open_mark)] if c.region_end <= q.open_mark]


def _unreported(doc: _Document, left: list[tuple[list[Quotation], Cue]], reports: list[Quote]) -> list[Quote]:
    """Direct quotes of the chains left to a cue's report that no report holds (`وأعرب غريفيث الذي وصل، الخميس، إلى
    الصومال عن "صدمته الكبيرة حيال …"`, whose report was not found): words in quote marks after a cue are speech."""
    if not left:
        return []
    reported = overlap_test((r.start, r.end) for r in reports)
    return [_quote_for(doc, q.start, q.end, "direct", cue) for chain, cue in left
            if not reported(chain[0].start, chain[-1].end) and not _title_cased(doc, chain[0]) for q in chain]


def _title_cased(doc: _Document, q: Quotation) -> bool:
    """Whether the quotation's words are capitalised but the minor ones: a title (`on ABC's "This Week With George
    Stephanopoulos."`, `to ''Eye of the Tiger.''`, `“Apollo 13,”`), not words said. A number counts as neither."""
    words = doc.text[q.start:q.end].split()
    return any(w[0].isupper() for w in words) and all(
        w[0].isupper() or not w[0].isalpha() or w in doc.lex.title_case_minor_words for w in words)


_TITLE_WINDOW = 30  # characters before a quotation searched for the word that may introduce a title


def _quoted_subheading(doc: _Document, q: Quotation) -> bool:
    """Whether a title-cased quotation fills a line of its own: a subheading (`'Legend in the Coal Fields.'`), no words
    said."""
    return fills_line(doc.text, q.open_mark, q.close_end) and _title_cased(doc, q)


def _names_a_title(doc: _Document, q: Quotation) -> bool:
    """`Pence said on CNN's "State of the Union."`: a title-cased quotation after a preposition or a possessive is the
    name of a programme, a book or a song."""
    before = doc.text[max(0, q.open_mark - _TITLE_WINDOW):q.open_mark].split()
    return bool(before) and (before[-1] in doc.lex.title_case_minor_words
                             or before[-1].endswith(doc.lex.possessive_endings)
                             or before[-1].rstrip(",").lower() in doc.lex.title_nouns) and _title_cased(doc, q)


def _in_speaker(doc: _Document, q: Quotation) -> bool:
    """Whether the quotation is (in) the speaker mention of a cue of its sentence: `وأضاف "توفيق" أن …`."""
    return any(c.speaker is not None and c.speaker[0] <= q.start and q.end <= c.speaker[1]
               for c in doc.cues[doc.sentence_of(q.open_mark)])


def _names_addressee(doc: _Document, q: Quotation) -> bool:
    """Arabic `قال لـ«الحياة»`: a quotation written onto the preposition ل names whom the source spoke to; so do the
    same words quoted elsewhere in the document, an outlet's name in its byline (`رام الله: «الشرق الأوسط»`) or as the
    interviewer of its questions (`«الشرق الأوسط»: كيف …`)."""
    return bool(doc.lex.addressee_proclitics) and (
        _after_addressee_proclitic(doc, q) or doc.text[q.start:q.end] in _addressee_names(doc))


def _after_addressee_proclitic(doc: _Document, q: Quotation) -> bool:
    text = doc.text
    for proclitic in doc.lex.addressee_proclitics:
        start = q.open_mark - len(proclitic)
        if start >= 0 and text.startswith(proclitic, start) and (start == 0 or text[start - 1].isspace()):
            return True
    return False


def _addressee_names(doc: _Document) -> frozenset[str]:
    """The words of the quotations written onto the preposition ل (`لـ«الشرق الأوسط»`), found once per document."""
    if doc.addressee_names is None:
        doc.addressee_names = frozenset(doc.text[q.start:q.end] for q in doc.quotations
                                        if _after_addressee_proclitic(doc, q))
    return doc.addressee_names


def _names_subject(doc: _Document, q: Quotation) -> bool:
    """`وقالت وكالة الأنباء الأردنية “بترا” إن …`, `وقال المتحدث باسم الرئاسة “إبراهيم قالن” في مؤتمر صحفي: “…”`: a
    short quotation right after a verb-first cue or its subject is a name when the attribution goes on past it, to a
    complementizer or to the colon that closes it; else it is speech (`وقال الرئيس «سننتصر» في كلمة متلفزة`)."""
    if doc.lex.speaker_determiners or doc.at_least(q.start, q.end, _MAX_NAME_WORDS + 1):
        return False
    si = doc.sentence_of(q.open_mark)
    cue = next((c for c in reversed(doc.cues[si]) if c.region_end <= q.open_mark), None)
    if cue is None or cue.speaker is not None and cue.speaker[0] < cue.end \
            or doc.text[cue.region_end:q.open_mark].strip():
        return False
    s_end = doc.sentences[si][1]
    after = words_in(doc.text, q.close_end, s_end, 1)
    if after and doc.text[after[0][0]:after[0][1]] in doc.lex.complementizers \
            and not _CLAUSE_PUNCT.intersection(doc.text[q.close_end:after[0][0]]):
        return True
    # ... or past the name's adjective and the adjuncts (`وأكد جهاز «أمن الدولة» السعودي، أن`), as after a verb
    # whose subject the quotation itself names (`وأكد "الحربي" أن`, `قال “بيرول” خلال مؤتمر … إن`), no other cue between
    words = words_in(doc.text, q.close_end, s_end, _MAX_LEAD_WORDS + 1)
    found = _complementizer(doc, words, q.close_end) if words else None  # (not a subordinate clause's: `قبل أن`)
    comp = found[0] if found is not None else None
    if comp is not None and _lead_ok(doc, q.close_end, comp) \
            and not any(q.close_end <= c.start < comp for c in doc.cues[si]) \
            and (cue.speaker is not None or not _CLAUSE_PUNCT.intersection(doc.text[q.close_end:comp])):
        return True  # (right after the verb, a quotation set off by a comma is speech: `وأضاف "لن نتراجع"، في إشارة
        # إلى أن …`)
    colon = doc.text.find(":", q.close_end, s_end)
    return colon >= 0 and _lead_ok(doc, q.close_end, colon + 1)


_MAX_NAME_WORDS = 4  # a quoted name: `“إبراهيم قالن”`, `«بترا»`


def _fronts_a_cue(doc: _Document, q: Quotation) -> bool:
    """`«التعليم» ينفي …`: a short quotation that opens its sentence is the subject of the cue right after it, whose
    speaker it is (`cues._quoted_fronted_subject`), not words reported."""
    if doc.lex.speaker_determiners:
        return False  # a cased language fronts no quoted name so (`cues._quoted_fronted_subject`)
    cues = doc.cues[doc.sentence_of(q.open_mark)]
    return any(c.speaker is not None and c.speaker[0] == q.open_mark and c.speaker[1] == q.close_end for c in cues)


# A transcript's speaker label: a name in capitals and a colon (`WALLACE:`, `SEN. SMITH:`).
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[^\S\n]")


def _speaker_label(doc: _Document, q: Quotation) -> Cue | None:
    """The label opening a quotation in a cased language's transcript, as a colon cue with its speaker."""
    if not doc.lex.speaker_determiners:
        return None
    m = _LABEL.match(doc.text, q.start, q.end)
    return _label_cue(m) if m is not None else None


def _label_cue(m: re.Match[str]) -> Cue:
    """The colon after a speaker's label (the match's first group) as a cue with that speaker."""
    colon = m.end(1)
    return Cue(colon, colon + 1, False, False, m.span(1), m.start(1), colon + 1)


@per_lexicon
def _turn(lex: Lexicon) -> re.Pattern[str]:
    """A turn of an interview or transcript: a paragraph that opens with its speaker's label (`turn_label`) and a
    colon."""
    return re.compile(f"^[^\\S\\n]*({lex.turn_label}):[^\\S\\n]+(?=\\S)", re.M)


def _transcript_turns(doc: _Document, found: list[Quote]) -> tuple[list[Quote], list[Cue]]:
    """The turns of an interview or transcript, each a quote of its label's speaker with the colon as cue: the
    paragraphs that open with a label, in a text where one speaker's label (its last word) opens two or more of them
    (not a dateline, a picture credit or a headline's `Poll:`). A question's label (`س:`) names no speaker: its quote
    has none, and its cue, returned too, carries none to it; an answer's (`ج:`) speaks for the one interviewed, the
    last speaker the `found` quotes name before the turns."""
    if not doc.lex.turn_label or ":" not in doc.text:  # (a substring test first: a line-by-line scan for no label)
        return [], []
    turns = [m for m in _turn(doc.lex).finditer(doc.text) if m.group(1).lower() not in doc.lex.headline_labels]
    keys = [m.group(1).split()[-1].upper() for m in turns]
    titled = bool(turns) and at_text_start(doc.text, turns[0].start())
    if titled and keys.count(keys[0]) == 1:
        turns, keys, titled = turns[1:], keys[1:], False  # a title that names its source so, once (`رئيس الاتحاد: …`),
        # is no turn
    if len(set(keys)) == len(keys):
        return [], []
    own = keys[1:] if titled else keys  # (a byline's place may end the title's source: `ديربي الرياض: …` / `الرياض: …`)
    quotes, asked = [], []
    named = [q for q in found if q.speaker is not None and not q.speaker_inherited and q.end <= turns[0].start()]
    interviewee = max(named, key=lambda q: q.start).speaker if named and doc.lex.answer_labels else None
    asking = next((m.start() for m in turns if m.group(1) in doc.lex.question_labels), None)
    interviewer = _interviewer(doc, asking) if asking is not None else None
    for m, key in zip(turns, keys):
        end = doc.text.find("\n", m.end())
        end = len(doc.text) if end < 0 else end
        if own.count(key) == 1 and _byline(doc, m.end(), end):
            continue  # a label of its own before a name alone: a byline's or a dateline's (`حاوره: فهد الشمري`)
        start, end = _trim(doc.text, m.end(), end)
        if not any(map(str.isalpha, doc.text[start:end])):
            continue  # (a tally: `Clinton: 1,769`)
        label, colon = m.group(1), m.end(1)
        if label in doc.lex.question_labels or label in doc.lex.answer_labels:
            cue = Cue(colon, colon + 1, False, False, None, m.start(1), colon + 1, passive=True)
            quote = _classified(doc, start, end, cue)
            if label in doc.lex.answer_labels and interviewee is not None:
                quote.speaker, quote.speaker_inherited = interviewee, True
            else:
                asked.append(cue)
                if label in doc.lex.question_labels and interviewer is not None:
                    quote.speaker, quote.speaker_inherited = interviewer, True
            quotes.append(quote)
        else:
            quotes.append(_classified(doc, start, end, _label_cue(m)))
    return quotes, asked


# A paragraph opening with a dash or a bullet: an interview's turn where its questions end in a question mark.
_DASH_TURN = re.compile(r"\n[^\S\n]*([-–—•●▪*])[^\S\n]+(?=\S)")  # (its line break first: a fast scan)
_QUESTION_ENDS = ("?", "؟")
_MIN_DASH_EXCHANGES = 2  # question-and-answer pairs that make a run of dashed paragraphs an interview, not a list


def _dash_turns(doc: _Document, found: list[Quote]) -> list[Quote]:
    """The answers of an interview set out as dashed paragraphs (`- هل تؤيدون …؟` then `- نعم، ونعتبره …`): each
    paragraph right after a question is a quote of the one interviewed (`_interviewee`), the dash its cue; the
    questions, the interviewer's, give no quote. Only where two questions or more are answered so: a list's items are
    no turns."""
    text = doc.text
    turns = []  # (dash, start, end, line end, question) per dashed paragraph
    for m in _DASH_TURN.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end():len(text) if end < 0 else end].rstrip()
        start, end = _trim(text, m.end(), m.end() + len(line))
        dash = m.start(1)
        turns.append((dash, start, end, m.end() + len(line), line.rstrip(CLOSERS).endswith(_QUESTION_ENDS)))
    answers = [turns[i][:3] for i in range(1, len(turns))
               if turns[i - 1][4] and not turns[i][4] and not text[turns[i - 1][3]:turns[i][0]].strip()]
    if len(answers) < _MIN_DASH_EXCHANGES:
        return []
    interviewee = _interviewee(doc, found, answers[0][0], answers[-1][2])
    quotes = []
    for dash, start, end in answers:
        quote = _classified(doc, start, end, Cue(dash, dash + 1, False, False, None, dash, dash + 1, passive=True))
        if interviewee is not None:
            quote.speaker, quote.speaker_inherited = interviewee, True
        quotes.append(quote)
    return quotes


def _interviewee(doc: _Document, found: list[Quote], first: int, last: int) -> tuple[int, int] | None:
    """Who an interview's unlabelled answers (from `first` to `last`) are from: the speaker a quote in the paragraph
    right after them names, as news closes an interview on the one interviewed (`وختم الدليمي حديثه بالتحذير من …`,
    `وأضاف عبد العظيم أن …`), else the speaker the `found` quotes name most often; known by the last word of a mention
    (`الشيخ مجبل الدليمي` and `الدليمي` are one), and given as its last mention before the answers (or its first)."""
    named = sorted(q.speaker for q in found if q.speaker is not None and not q.speaker_inherited)
    if not named:
        return None
    keys = [doc.text[s:e].split()[-1] for s, e in named]
    after = _NEXT_PARAGRAPH.match(doc.text, last)
    line_end = doc.text.find("\n", after.end()) if after is not None else -1
    line_end = len(doc.text) if line_end < 0 else line_end
    closing = [k for span, k in zip(named, keys) if after is not None and after.end() <= span[0] < line_end]
    top = closing[0] if closing else max(keys, key=lambda k: (keys.count(k), -keys.index(k)))
    mentions = [span for span, key in zip(named, keys) if key == top]
    return max((m for m in mentions if m[1] <= first), default=mentions[0])


_NEXT_PARAGRAPH = re.compile(r"[^\n]*\n\s*")


def _anonymity_requests(doc: _Document) -> list[Quote]:
    """A source's request not to be named, set off after its mention (`وقال مسؤول، طلب عدم الكشف عن هويته، إن …`):
    annotated news reports what it asked, the verb as cue, the mention as its speaker."""
    if not doc.lex.anonymity_request or not any(word in doc.text for word in doc.lex.anonymity_words):
        return []
    found = []
    for m in anonymity_pattern(doc.lex).finditer(doc.text):
        si = doc.sentence_of(m.start())
        found.append(Quote(m.start("asked"), m.end("asked"), "indirect", _set_off_mention(doc, si, m.start()), False,
                           m.span("verb")))
    return found


def _set_off_mention(doc: _Document, si: int, pos: int) -> tuple[int, int] | None:
    """The mention that a clause set off by a comma at `pos` follows (`مسؤول في الرابطة، طلب …`, `عن مصدر، طلب …`,
    `المصدر، الذي طلب …`): the words back from the comma to the sentence's last cue, complementizer, content
    preposition, subject opener (`لكن`) or punctuation before it, and not before the source such a cue relays
    (`ونسبت الصحيفة إلى مسؤول، طلب …`)."""
    text, lex = doc.text, doc.lex
    floor = max([doc.sentences[si][0]] + [c.end for c in doc.cues[si] if c.end <= pos]
                + [c.relayed[0] for c in doc.cues[si] if c.relayed is not None and c.relayed[0] < pos])
    words = words_in(text, floor, pos)
    while words and text[slice(*words[-1])] in lex.relative_pronouns:
        pos = words.pop()[0]  # `المصدر، الذي طلب`
    if not words or text[words[-1][1]:pos].strip() not in _COMMAS + ("",):
        return None  # (or a relative clause written without one: `وقال مصدر فضل عدم الكشف عن اسمه إن …`)
    start = len(words) - 1
    while start > 0 and not _CLAUSE_PUNCT.intersection(text[words[start - 1][1]:words[start][0]]) and (
            prev := text[slice(*words[start - 1])]) not in lex.complementizers and prev not in lex.content_prepositions \
            and prev not in lex.subject_openers:  # (`لكن مصدرا مطلعا، طلب …`)
        start -= 1
    start = max(start, len(words) - MAX_SPEAKER_WORDS)
    return words[start][0], words[-1][1]


def _interviewer(doc: _Document, end: int) -> tuple[int, int] | None:
    """Who asks an interview's questions, named before the first (at `end`): the name on the interview's
    byline (`حوار- نرمين عادل`, `حاوره: كريم السويسي`; its label one of `interviewer_labels`), else the outlet the
    title says the one interviewed spoke to (`رئيس الاتحاد لـ"اليوم السابع": …`)."""
    text, lex = doc.text, doc.lex
    for m in _interviewer_byline(lex).finditer(text, 0, end):
        name = _trim(text, m.start(1), m.end(1))
        if name[0] < name[1] and _byline(doc, *name):
            return name
    title_end = line_end(text, 0)
    for proclitic in lex.addressee_proclitics:
        at = text.find(proclitic, 0, title_end)
        if at >= 0 and (named := quoted_name(text, at + len(proclitic), title_end, lex)) is not None:
            return _trim(text, at + len(proclitic), named, _SPACE_AND_PUNCT + doc.marks)
    return None


@per_lexicon
def _interviewer_byline(lex: Lexicon) -> re.Pattern[str]:
    labels = "|".join(sorted(lex.interviewer_labels, key=len, reverse=True)) or "(?!)"
    return re.compile(f"^[^\\S\\n]*(?:{labels})[^\\S\\n]*[:\\-–—][^\\S\\n]*([^\\n]+)$", re.M)


def _byline(doc: _Document, start: int, end: int) -> bool:
    """Whether a line is a few words without a terminal mark: a name (`جدة: عبد الله الزهراني`)."""
    return not doc.at_least(start, end, _MAX_BYLINE_WORDS + 1) and not any(c in TERMINALS for c in doc.text[start:end])


_MAX_BYLINE_WORDS = 3


def _quote_for(doc: _Document, start: int, end: int, quote_type: str, cue: Cue | None) -> Quote:
    if cue is None:
        return Quote(start, end, quote_type)
    if cue.saying is not None:  # `ونقلت الوكالة عن المصدر قوله إن …`: the source speaks
        return Quote(start, end, quote_type, cue.relayed, False, cue.saying, False)
    speaker = cue.speaker or (None if cue.passive else doc.implied_speaker(cue))
    return Quote(start, end, quote_type, speaker, cue.speaker is None and cue.subjectless and speaker is not None,
                 (cue.start, cue.saying_end or cue.end), cue.subjectless)


def _content_after(doc: _Document, cue: Cue, limit: int, s_start: int) -> tuple[int, int] | None:
    """The reported clause after a cue of the sentence starting at `s_start`; inside a subordinate clause it
    ends at that clause's comma: `While he has said [he will fight on], Sanders must decide …`."""
    span = _content_start_after(doc, cue, limit)
    if span is None:
        return None
    # a language without clause continuations (English) breaks clauses alike either way: no need to look back
    # (so does a clause a source phrase before it reports whole: `وبحسب أرقام الوزارة، تبلغ الميزانية …، فيما …`)
    clausal = bool(doc.lex.clause_continuations) and (
        after_complementizer(doc.text, span[0], max(0, span[0] - 12), doc.lex)
        or cue.phrase and cue.end <= span[0] and doc.char_before(cue.end, span[0]) in _COMMAS)
    brk = clause_break(doc.text, span[0], span[1], doc.lex, doc.inside_quotation, clausal)
    if brk is None and (resumed := _main_predicate_after_relative(doc, cue, s_start, *span)) is not None:
        brk = resumed
    subordinate = _in_subordinate_clause(doc, cue, s_start)
    if subordinate or _opening_passive(doc, cue, s_start):  # (cheap tests first)
        comma = next((m.start() for m in _COMMA_PATTERN.finditer(doc.text, span[0], brk or span[1])
                      if not doc.inside_quotation(m.start()) and not _THOUSANDS.match(doc.text, m.start() - 1)), None)
        # (what an opening passive asks may be a word: `Asked why, she shrugged`, `Asked about it, …`)
        if comma is not None and doc.at_least(span[0], comma, _MIN_CONTENT_WORDS if subordinate else 1):
            brk = comma
    span = _trim(doc.text, span[0], brk) if brk is not None else span
    if doc.text[span[0]:span[0] + 1] in doc.marks and (quoted_end := _quoted_clause_end(doc, *span)) is not None:
        span = span[0], quoted_end
    if (s_start == doc.sentences[0][0] and _is_title_line(doc, 0)
            or doc.lex.colon_closes_attribution and _is_title_line(doc, doc.sentence_of(s_start))) \
            and (separator := _HEADLINE_SEPARATOR.search(doc.text, *span)) is not None:  # (the line tests first)
        span = _trim(doc.text, span[0], separator.start())  # a title's teaser ends at its separator: `الأهلي يعلن
        # حزمة قرارات.. والجندي: …`; so does a subheading's where a colon closes an attribution (see `_title_lines`):
        # `محامون يتحدثون عن «محاكمة سياسية»... والنيابة تؤكد …`
    if doc.lex.headline_verb_prefixes and (si := doc.sentence_of(s_start)) <= _HEAD_LINES \
            and all(_is_title_line(doc, j) for j in range(si + 1)) \
            and (verb := _coordinated_title_verb(doc, *span)) is not None:
        span = _trim(doc.text, span[0], verb)  # `المعارضة تطالب بحوار "شامل" وتضع شروطا …`: the title's next clause,
        # and so in the lines of the head under it (`البنك الدولي يحذر من «فجوة تمويلية» ودمشق تراهن على …`)
    span = _without_gloss(doc, _object_without_adjunct(doc, cue, _object_without_aside(
        doc, cue, _without_main_predicate(doc, cue, span))))
    return _quotation_before_setting(doc, span) or _without_event_adjunct(doc, span)


def _main_predicate_after_relative(doc: _Document, cue: Cue, s_start: int, start: int, end: int) -> int | None:
    """Where the report text[start:end] of a cue inside a relative clause set off by commas ends: at the comma before
    the main clause's predicate, an auxiliary or a simple past with no subject of its own (`Kendrick, who had spent the
    week insisting his players were ready, did not try to hide …`), once the report has its own verb (not `said the
    two men, and Mr. Cruz, must …`); None for a cue outside one, or no such comma."""
    lex, text = doc.lex, doc.text
    if not lex.finite_auxiliaries:
        return None
    comma = _last_comma(text, s_start, cue.start)
    opener = text[comma + 1:cue.start].split(None, 1)[:1] if comma >= s_start else []
    if not opener or opener[0].lower() not in lex.relative_pronouns - lex.complementizers:
        return None  # (`Kendrick, who had spent the week insisting …`: the cue's clause is a relative one)
    finite = _finite_words(lex)
    verb = next((e for s, e in words_in(text, start, end) if text[s:e].lower() in finite), None)
    if verb is None:
        return None
    for m in _COMMA_PATTERN.finditer(text, verb, end):
        after = [text[a:b] for a, b in words_in(text, m.end(), end, 3)]
        if after and after[0] in lex.coordinators:
            after = after[1:]  # `He met the mayor, who said the plan was dead, and left.`
        if after and (after[0].lower() in finite or after[0].islower() and after[0].endswith(lex.past_endings)
                      or after[0] in lex.irregular_pasts and after[1:2] and after[1].lower() in lex.articles) \
                and not doc.inside_quotation(m.start()):
            return m.start()  # (a regular past too: `…, who has said the tax is unfair, voted against it`; an
            # irregular one that is a participle as well before its object's article: `…, left the meeting early`)
    return None


@per_lexicon
def _finite_words(lex: Lexicon) -> frozenset[str]:
    """Words that are a finite verb whatever follows: the language's finite auxiliaries and simple pasts."""
    return lex.finite_auxiliaries | lex.simple_pasts


def _quoted_clause_end(doc: _Document, start: int, end: int) -> int | None:
    """Where a report that is one quotation after its complementizer ends, when the quotation closes before a comma
    and a word a coordinator is written onto, no complementizer (`مؤكدا أنه "انتُزع تحت الإكراه"، وطلب …`): the quoted
    words are the clause, what the coordinator joins is the writer's; a complementizer there joins a second clause of
    the report (`، وأن …`). None otherwise."""
    q = doc.quotation_at(start)
    if q is None or q.open_mark != start or not q.closed or q.close_end >= end \
            or not after_complementizer(doc.text, start, max(0, start - 12), doc.lex):
        return None
    after = _COMMA_AND_WORD.match(doc.text, q.close_end, end)
    word = after.group(1) if after is not None else ""
    return q.close_end if len(word) > 2 and word[0] in doc.lex.coordinators \
        and word[1:] not in doc.lex.complementizers else None


_COMMA_AND_WORD = re.compile(r"[^\S\n]*[،,][^\S\n]*(\w+)")


def _coordinated_title_verb(doc: _Document, start: int, end: int) -> int | None:
    """Where a verb or a clause coordinated onto the title's report starts in text[start:end] (و and an imperfect, a
    headline's tense: `وتضع`, or و and the few words of a subject before one), outside quotations; None when there is
    none."""
    text, lex = doc.text, doc.lex
    words = words_in(text, start, end)
    verbs = [title_verb(text[a:b], lex) for a, b in words]
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if word[:1] in lex.coordinators and len(word) > 3 and not doc.inside_quotation(s) and (
                word[1:2] in lex.headline_verb_prefixes or any(verbs[k + 1:k + 1 + _MAX_TITLE_CLAUSE_SUBJECT])):
            return s  # (or a coordinated clause with its subject first: `… بالمماطلة والمالية الاتحادية ترد`)
    return None


_HEAD_LINES = 3  # lines under a title, none of them ending in a terminal, that may be its dek or subheadings
_MAX_TITLE_CLAUSE_SUBJECT = 3  # words of a coordinated title clause's subject before its verb


def _without_gloss(doc: _Document, span: tuple[int, int]) -> tuple[int, int]:
    """The content without the writer's gloss on its last noun after its last comma (`vowed to repeal the Hyde
    Amendment, a longstanding federal provision that …`): a phrase opening with one of the language's
    `gloss_openers`, with no quotation in it, after a clause of a few words; not a cleft's relative after a contrast
    (`it was the questioner, not the candidate, who had been wrong`)."""
    lex, text = doc.lex, doc.text
    comma = _last_comma(text, span[0], span[1]) if lex.gloss_openers else -1
    words = words_in(text, comma + 1, span[1], 1) if comma >= 0 else []
    if not words or (opener := text[words[0][0]:words[0][1]]) not in lex.gloss_openers \
            or doc.inside_quotation(comma) or doc.has_mark(comma, span[1]) \
            or not doc.at_least(span[0], comma, _MIN_GLOSSED_WORDS) or opener in lex.relative_pronouns \
            and _after_contrast_aside(doc, span[0], comma):
        return span  # (`told the jury, a nurse saw …`: an addressee before the comma, the clause after it)
    return _trim(text, span[0], comma)


_MIN_GLOSSED_WORDS = 4


def _after_contrast_aside(doc: _Document, start: int, comma: int) -> bool:
    """Whether the comma at `comma` closes a phrase set off by commas that opens with one of the language's
    `aside_negations` (`the questioner, not the candidate, who`)."""
    before = _last_comma(doc.text, start, comma)
    aside = words_in(doc.text, before + 1, comma, 1) if before >= 0 else []
    return bool(aside) and doc.text[aside[0][0]:aside[0][1]].lower() in doc.lex.aside_negations


def _object_without_aside(doc: _Document, cue: Cue, span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase content (an object cue's or one after a cue ending in a preposition) ended at its first comma
    when the comma sets off the writer's aside on it, running to the content's end: a gloss (`referring to [Jeffrey
    D. Feltman], a State Department official`; `the` only after a name: `[Khizr Khan], the father of …`), a relative
    clause (`questioned [the health of Donald Trump], who is 70`), a participle and its object (`has claimed
    [responsibility for the slaying], leading authorities to …`) or a time (`, after …`). Not when the words before
    the comma hold a finite verb (a clause, whose words may go on past it) or announce a list (a colon or a dash),
    nor before a list (`, including …`; `Obama, the liberals, and the judge`), coordinated modifiers (`a kind, loving
    and admirable person`) or another comma (the object may go on after the aside: `called [LeVell, a former county
    chairman, onto the stage]`), nor at a one-word object (a content of one word is no row)."""
    lex, text = doc.lex, doc.text
    if not lex.gloss_openers or not _nominal_cue(cue, lex):
        return span
    commas = [m.start() for m in _COMMA_PATTERN.finditer(text, *span)
              if not doc.inside_quotation(m.start()) and not _THOUSANDS.match(text, m.start() - 1)]
    if not commas:
        return span
    comma = commas[0]
    lead = words_in(text, span[0], comma)
    after = [text[s:e] for s, e in words_in(text, comma + 1, span[1], 2)]
    if len(commas) > 1 or len(after) < 2 or len(lead) < _MIN_CONTENT_WORDS \
            or _LIST_MARKS.intersection(text[span[0]:comma]):
        return span  # (another comma: the aside may end before the object goes on, or a list's items)
    word, nxt = after
    aside = word in lex.gloss_openers or word in lex.articles and text[lead[-1][0]].isupper() \
        or word in lex.relative_pronouns - lex.complementizers or word in lex.time_prepositions \
        or word.endswith(lex.gerund_endings) and word.isalpha() and word not in lex.list_introducers \
        and nxt not in lex.coordinators \
        and not text[lead[0][0]:lead[0][1]].endswith(lex.gerund_endings)  # (`discusses [burying guns, dying …]`)
    if not aside or _has_finite_verb(doc, span[0], comma):
        return span
    return _trim(text, span[0], comma)


def _object_without_adjunct(doc: _Document, cue: Cue, span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase content ended before an adjunct of the act, the writer's setting of it: a day (`defended his
    father [Tuesday]`), a place, medium or time where it was said (`praised the deal [at a rally in Ohio]`, `mocks
    Trump [on Twitter]`, `denied his opposition [in a CNN interview]`, `announced her run [in April]`);
    `_without_main_predicate` cuts before a time preposition (`after …`). The content is an object cue's
    (`_nominal_cue`), or a few words opening with a determiner after another cue but one taking the addressee first
    (`announced [his candidacy] in June`; `told [a Senate panel] Wednesday` is whom). Not a source phrase's
    (`according to`), nor a reason (`blasted the media [for being …]` is what the blast says). Words inside quotation
    marks are the source's."""
    lex, text = doc.lex, doc.text
    if not lex.venue_prepositions or cue.phrase:
        return span
    nominal = _nominal_cue(cue, lex)
    if not nominal and (cue.form in lex.addressee_cues or not (first := words_in(text, *span, 1))
                        or text[first[0][0]:first[0][1]].lower() not in lex.speaker_determiners):
        return span
    # (after another cue only the first few words matter: the determiner, the noun and the setting's first words)
    words = words_in(text, *span, None if nominal else _MAX_BARE_OBJECT_WORDS + 2 + _MAX_SETTING_WORDS)
    low = [text[s:e].lower() for s, e in words]
    openers = _setting_openers(lex)
    for k in range(1, len(words) if nominal else min(len(words), _MAX_BARE_OBJECT_WORDS + 2)):
        word = low[k]
        if word not in openers or doc.inside_quotation(words[k][0]):
            continue  # (most words open no setting: one set lookup)
        nxt, before = low[k + 1:k + 1 + _MAX_SETTING_WORDS], low[k - 1]
        if word not in lex.calendar_words and nxt and (
                nxt[0] in lex.time_words or nxt[0].isdigit() and nxt[1:2] and nxt[1] in lex.calendar_words
                or any(_setting_noun(w, word, lex) for w in nxt)) \
                or word in lex.calendar_words and not before.isdigit() and before not in lex.speaker_determiners \
                and before not in lex.clause_stops and not before.endswith(lex.possessive_endings):
            s = words[k][0]
            if not _only_setting(doc, words_in(text, s, span[1]), nominal) or _has_finite_verb(doc, span[0], s):
                return span  # (a clause's setting is its own: `criticised the way weather is presented on television`)
            while k > 1 and (_time_measure(before, lex) or before in lex.subordinators):
                k -= 1  # (`spoke about her ties to the churches [while at the convention]`, `[most recently at …]`)
                before = low[k - 1]
            return _trim(text, span[0], words[k][0])
    return span


@per_lexicon
def _setting_openers(lex: Lexicon) -> frozenset[str]:
    """The words that may open a setting after a noun phrase content: a venue, platform or event preposition, or a
    day or month standing alone (`_object_without_adjunct`)."""
    return lex.venue_prepositions | lex.platform_prepositions | lex.event_prepositions | lex.calendar_words


def _setting_noun(word: str, preposition: str, lex: Lexicon) -> bool:
    """Whether `word` (lower case) may name the setting that `preposition` opens: a gathering or a speech event after
    a venue preposition (`at a rally`, `at a briefing`), a medium or platform after a platform preposition (`on
    Twitter`, `on his radio show`), a speech event after an event preposition (`in a tweet`). (After `in` a
    gathering is as often a noun's complement, `his prowess in the debates`, and after `on` a speech event the topic,
    `tougher on online hate speech`.)"""
    for ending in lex.possessive_endings:
        word = word.removesuffix(ending)
    if word in lex.speech_event_nouns:
        return preposition in lex.venue_prepositions or preposition in lex.event_prepositions
    return word in lex.setting_nouns and (preposition in lex.venue_prepositions
                                          or preposition in lex.platform_prepositions)


def _only_setting(doc: _Document, words: list[tuple[int, int]], nominal: bool) -> bool:
    """Whether the words from a setting's start to the content's end are the writer's setting only: no quotation, no
    complementizer and no gerund, which go on with the content (`called Mr. Obama's remarks [on Saturday] "a true
    wake-up call"`, `thanked Trump [on Twitter] for backing …`, `blasted Oversight for failing to make clear earlier
    [Friday] that …`; a speech event's or a setting's noun is no gerund: `during a briefing`), and, after a cue that
    is not `nominal`, no finite verb (`said the gathering [in September] would be the last`)."""
    lex, text = doc.lex, doc.text
    if doc.has_mark(words[0][0], words[-1][1]):
        return False
    for s, e in words:
        word = text[s:e]
        if word in lex.complementizers or word.islower() and (
                word.endswith(lex.gerund_endings) and word not in lex.speech_event_nouns
                and word not in lex.setting_nouns or not nominal and finite_form(word, lex)):
            return False
    return True


_MAX_SETTING_WORDS = 4  # words after a setting's preposition that may hold its noun: `at a Super Tuesday rally`


_LIST_MARKS = frozenset(":—–")  # before a comma in an object, they announce a list of its items


def _nominal_cue(cue: Cue, lex: Lexicon) -> bool:
    """Whether the cue takes a noun phrase content: an object cue (`denied`), or one ending in a preposition
    (`referring to`)."""
    return cue.form in lex.object_content_cues or ends_in_preposition(cue.form, lex)


_MAX_BARE_OBJECT_WORDS = 3  # a clause-taking cue's object that is no clause: `claimed self-defense`
_BARE_OBJECT_REACH = 80  # characters: those words, the conjunction and some more


def _without_main_predicate(doc: _Document, cue: Cue, span: tuple[int, int]) -> tuple[int, int]:
    """An object or infinitive content (after an object cue, a cue taking an infinitive or ending in a preposition,
    or a few words with no verb after a clause-taking one), ended where the reporting verb's own words go on: before
    `and` and a finite verb that takes an object or an infinitive, the subject's next predicate (`CNN mentioned
    [Clinton's remarks] and returned to …`, `claimed [self-defense] and was acquitted`, `vowed [to keep abortion
    legal] and celebrated the ruling`), or, after an object cue or one ending in a preposition, before a preposition of
    the language's `setting_prepositions` and the time words before it, the verb's time (`lashed out at [the Khans]
    shortly after they spoke …`; an order's or a vow's setting may be its content's: `urged residents to stay home
    after the storm`); not before an adjective in `-ed` (`criticized the bloated and outdated system`), a verb's
    particle (`to go after`), nor in a clause (`said [the company grew and hired …]`, `warned that [she opposes it
    and would …]`)."""
    lex = doc.lex
    text = doc.text
    tail = _predicate_tail(lex)
    if tail is None:
        return span
    nominal = _nominal_cue(cue, lex)
    objective = nominal or cue.form in lex.infinitive_cues or cue.form in lex.addressee_cues
    # (one regex scan first: most contents hold no `and` or setting preposition)
    if tail.search(text, span[0], span[1] if objective else min(span[1], span[0] + _BARE_OBJECT_REACH)) is None \
            or after_complementizer(text, span[0], max(0, span[0] - 12), lex):
        return span
    # (after a clause-taking cue only the first few words matter: the verb and the word after it, past the object)
    words = words_in(text, *span, None if objective else _MAX_BARE_OBJECT_WORDS + 3)
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if word.islower() and (finite_form(word, lex) or word in lex.irregular_pasts):
            return span  # a clause of its own: its predicates go on (`said the company grew and hired …`)
        setting = nominal and word in lex.setting_prepositions
        if not (setting or word == lex.additive_conjunction and k + 2 < len(words)) or k == 0 \
                or doc.inside_quotation(s):
            continue
        if not objective and k > _MAX_BARE_OBJECT_WORDS:
            return span
        if setting:
            if k > 1 and text[words[k - 2][0]:words[k - 2][1]] == lex.infinitive_marker:
                continue  # a verb's particle: `to go after financial criminals`
            while k > 1 and _time_measure(text[words[k - 1][0]:words[k - 1][1]], lex):
                k -= 1  # (`called for an Apple boycott [shortly after …]`)
            return _trim(text, span[0], words[k][0])
        verb = text[words[k + 1][0]:words[k + 1][1]]
        nxt = text[words[k + 2][0]:words[k + 2][1]].lower()
        if verb.islower() and (verb in lex.finite_auxiliaries or (finite_form(verb, lex) or verb in lex.irregular_pasts)
                               and (nxt in lex.clause_stops or nxt in lex.speaker_determiners
                                    or nxt in lex.pronouns)):
            return _trim(text, span[0], s)
    return span


@per_lexicon
def _predicate_tail(lex: Lexicon) -> re.Pattern[str] | None:
    """`and` or a setting preposition as a whole word, where `_without_main_predicate` may end a content."""
    if not lex.finite_auxiliaries or not lex.additive_conjunction:
        return None
    words = sorted(lex.setting_prepositions | {lex.additive_conjunction})
    # (each word opens with its first letter, the letter before it looked behind for: the engine skips to those letters)
    return re.compile(f"(?:{'|'.join(f'{w[0]}(?<![{LETTERS}].){w[1:]}' for w in words)})(?![{LETTERS}])")


def _time_measure(word: str, lex: Lexicon) -> bool:
    """A word that measures or qualifies the time of a setting after it: `shortly`, `weeks`, `just` (after …)."""
    return word in lex.time_words or word in lex.time_modifiers or is_adverb(word, lex)


def _without_event_adjunct(doc: _Document, span: tuple[int, int]) -> tuple[int, int]:
    """The content without the adjunct that names its speech event at its end (`… "premature" in an interview with
    a Spanish radio station`, `… in a post on X`): a preposition, a determiner and, within a few words, the event's
    noun; that is the writer's setting, not the reported words."""
    lex = doc.lex
    if not lex.event_prepositions:
        return span
    text = doc.text
    # the tail only (a long content's words are not split), and one regex scan for the preposition and determiner
    for m in _event_lead(lex).finditer(text, max(span[0], span[1] - _EVENT_ADJUNCT_REACH), span[1]):
        if doc.at_least(m.start(), span[1], _MAX_EVENT_ADJUNCT_WORDS + 1) or doc.inside_quotation(m.start()) \
                or not doc.at_least(span[0], m.start(), _MIN_CONTENT_WORDS):
            continue
        low = [text[s:e].lower() for s, e in words_in(text, m.end(), span[1], 3)]
        # the noun heads the phrase: nothing, a preposition, a time or a participle follows it (`in a statement
        # released by …`; not `in a conference hall`)
        if any(low[j] in lex.speech_event_nouns and (
                j + 1 == len(low) or low[j + 1] in lex.clause_stops or low[j + 1] in lex.time_words
                or low[j + 1].endswith(lex.past_endings)) for j in range(min(2, len(low)))):
            return _trim(text, span[0], m.start())
    return span


@per_lexicon
def _event_lead(lex: Lexicon) -> re.Pattern[str]:
    """An event preposition and a determiner, as words: `in a`, `during the`."""
    return re.compile(f"(?<![\\w'’])(?:{'|'.join(map(re.escape, sorted(lex.event_prepositions)))})\\s+"
                      f"(?:{'|'.join(map(re.escape, sorted(lex.speaker_determiners)))})\\s+(?=\\w)", re.IGNORECASE)


_MAX_EVENT_ADJUNCT_WORDS = 10
_EVENT_ADJUNCT_REACH = 100  # characters: the words of such an adjunct and a few more


def _is_title_line(doc: _Document, i: int) -> bool:
    """Whether sentence `i` is a line of its own without a terminal mark, as a title is."""
    start, end = doc.sentences[i]
    return doc.text[end - 1] not in doc.lex.terminals and (end == len(doc.text) or doc.text[end] == "\n") \
        and (start == 0 or doc.text[start - 1] == "\n")


def _quotation_before_setting(doc: _Document, span: tuple[int, int]) -> tuple[int, int] | None:
    """A content that is a whole quotation and then, after a comma, an adjunct (`أكد أن “لا تهديد على سكان موسكو”،
    بعد ساعات من هجوم …`): the quotation; the setting after it is the writer's. None when the content is no such."""
    q = doc.quotation_at(span[0])
    if q is None or q.open_mark != span[0] or not q.closed or q.close_end >= span[1]:
        return None
    return (span[0], q.close_end) if _setting_follows(doc, q.close_end, span[1]) else None


def _setting_follows(doc: _Document, pos: int, end: int) -> bool:
    """Whether a comma and then an adjunct of the writer's follow `pos` (`، بعد ساعات من هجوم …`, `، قبل أن يعلق`), or
    the subject's next predicate (`_negated_predicate`)."""
    after = _COMMA_THEN_WORD.match(doc.text, pos, end)
    return after is not None and (after.group(1) in doc.lex.clause_stops or _negated_predicate(after.group(1), doc.lex))


def _negated_predicate_follows(doc: _Document, pos: int, end: int) -> bool:
    """Whether a comma and the subject's next predicate follow `pos` (`_negated_predicate`)."""
    after = _COMMA_THEN_WORD.match(doc.text, pos, end)
    return after is not None and _negated_predicate(after.group(1), doc.lex)


def _negated_predicate(word: str, lex: Lexicon) -> bool:
    """Whether `word` opens the subject's next predicate, negated with a conjunction written on: `بأنها "استعراض
    إعلامي"، ولم تقابلها بخطوة مماثلة` (the quotation ends its clause)."""
    return word in lex.negations and word[:1] in lex.coordinators


_COMMA_THEN_WORD = re.compile(r"\s*[,،]\s*(\w+)")


def _last_comma(text: str, start: int, end: int) -> int:
    """Where the last comma (Latin or Arabic) in text[start:end] stands, not one that groups digits (`250,000`); -1
    when there is none."""
    comma = max(text.rfind(c, start, end) for c in _COMMAS)
    while comma > start and _THOUSANDS.match(text, comma - 1) is not None:
        comma = max(text.rfind(c, start, comma) for c in _COMMAS)
    return comma


# A line that opens as a list item: a bullet or dash, or a number with its dot or bracket (`1.`, `٢)`).
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-–—*•●▪■◆♦►▶◦‣]|[\d\u0660-\u0669]{1,2}[.)-])[^\S\n]*\S")
_COLON_AT_LINE_END = re.compile(r"[^\S\n]*:[^\S\n]*(?=\n)")
_LEAD_TO_LINE_END_COLON = re.compile(r"(?:[^\S\n]+[^\s:,،.;؛!?؟\"“”«»]+){0,6}?[^\S\n]*:[^\S\n]*(?=\n)")
_LINE_BREAKS = re.compile(r"\n*")
_MAX_LIST_ITEMS = 12
_MAX_LIST_ITEM_CHARS = 300


def _past_list(doc: _Document, end: int) -> int:
    """Where a reported clause that ends in a colon at its line's end, or in a comma and a word that announces a list
    there (`، أبرزها:`), stops when a list follows (`وأوضح أن الطلبات تودع مرفقة بالوثائق التالية:` and the
    documents, a line each): past the list's items, the lines of its block or the paragraphs that open as list items
    (a dash, a bullet, a number; `_bare_list_item`), which annotated news reports with the clause; else `end`."""
    text = doc.text
    lead = _list_lead(doc.lex).match(text, end)  # `، أبرزها:`, `, including:`: the clause goes on with the list
    colon = _COLON_AT_LINE_END.match(text, lead.end() if lead is not None else end)
    if colon is None:
        return end
    pos, last = colon.end(), end
    for _ in range(_MAX_LIST_ITEMS):
        start = match_end(_LINE_BREAKS, text, pos)
        breaks = start - pos
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if start >= len(text) or not text[start:line_end].strip() or line_end - start > _MAX_LIST_ITEM_CHARS \
                or breaks > 1 and _LIST_ITEM.match(text, start) is None and not _bare_list_item(doc, start, line_end):
            break  # (a blank line ends the list unless a list item opens the next paragraph)
        pos, last = line_end, _trim(text, start, line_end)[1]
    return last


@per_lexicon
def _list_lead(lex: Lexicon) -> re.Pattern[str]:
    """A comma and one of the language's `list_introducers` before a colon that ends the line."""
    words = "|".join(map(re.escape, sorted(lex.list_introducers, key=len, reverse=True))) or "(?!)"
    return re.compile(f"[^\\S\\n]*[{''.join(_COMMAS)}][^\\S\\n]*(?:{words})(?=[^\\S\\n]*:[^\\S\\n]*\\n)")


def _bare_list_item(doc: _Document, start: int, end: int) -> bool:
    """Whether a paragraph is a list item written without a bullet, in a cased script: it opens in lower case, as no
    paragraph of running text does, and ends with no terminal mark (`call 105 to report it`)."""
    text = doc.text
    return bool(doc.lex.speaker_determiners) and text[start].islower() and text[end - 1] not in TERMINALS


def _list_after_cue(doc: _Document, cue: Cue) -> tuple[int, int] | None:
    """The list a cue announces with a colon at its line's end (`Police said:`, `وأوضح البيان:`): from its first
    item, which opens as a list item, over the items `_past_list` takes; None when no list follows."""
    colon = _COLON_AT_LINE_END.match(doc.text, cue.region_end)
    if colon is None:
        return None
    first = match_end(_LINE_BREAKS, doc.text, colon.end())
    item = _LIST_ITEM.match(doc.text, first)
    end = _past_list(doc, cue.region_end)
    return (item.end() - 1, end) if item is not None and end > first else None


def _block_after_cue(doc: _Document, cue: Cue) -> tuple[int, int] | None:
    """The paragraph a cue announces with a colon at its paragraph's end (`The governor added:` and the words set as a
    block quotation, whose marks the page's layout gave and the text lost), past a few words of setting (`وأضاف الوزير
    في كلمته:`, `Trump said in a statement:`): the next paragraph whole, when neither a quote mark (a direct quote) nor
    a list item (`_list_after_cue`) opens it; not after a source phrase, which reports the words before it (`…,
    according to the State Department:`)."""
    text = doc.text
    colon = _LEAD_TO_LINE_END_COLON.match(text, cue.region_end) if not cue.phrase else None
    if colon is None or not text.startswith("\n\n", colon.end()):
        return None
    first = match_end(_LINE_BREAKS, text, colon.end())
    if first >= len(text) or text[first] in doc.marks or _LIST_ITEM.match(text, first) is not None:
        return None
    end = text.find("\n", first)
    return _trim(text, first, len(text) if end < 0 else end)


def _source_scope_start(doc: _Document, floor: int, pos: int, cues: list[Cue]) -> int:
    """Where the clause after the last comma and one of the language's `source_scope_links` (`، فيما`) before `pos`
    opens, or after the last colon outside a quotation and after no cue of the sentence, `cues` (`… financial firms:
    [London was the capital], according to one index`, but `[X said: “…”], according to Y`); else `floor`."""
    last = None
    for last in _scope_link(doc.lex).finditer(doc.text, floor, pos):
        pass
    start = last.end() if last is not None else floor
    colon = doc.text.rfind(":", start, pos)
    while colon >= 0 and (doc.inside_quotation(colon) or doc.text[colon + 1:colon + 2].isdigit()):
        colon = doc.text.rfind(":", start, colon)
    if colon < 0 or any((m := _COLON_AFTER_CUE.match(doc.text, c.end, colon + 1)) and m.end() == colon + 1
                        for c in cues if c.end <= colon):
        return start
    return colon + 1


@per_lexicon
def _scope_link(lex: Lexicon) -> re.Pattern[str]:
    links = "|".join(map(re.escape, sorted(lex.source_scope_links, key=len, reverse=True))) or "(?!)"
    return re.compile(f"[{''.join(_COMMAS)}]\\s*(?:{links})\\s+")


_THOUSANDS = re.compile(r"\d[,،]\d{3}(?!\d)")  # a comma between digits groups them: `2,400 billionaires`


def _opening_passive(doc: _Document, cue: Cue, s_start: int) -> bool:
    """Whether a passive participle with no subject opens its sentence in a cased language, a clause set off before the
    sentence's own: `Asked what he wants now, Reid doesn't hesitate`, `Asked by Thrush if …, Sharpton avoided …` (its
    speaker, if any, the agent after it; not Arabic's agentless `وأفيد بأن …`, a clause)."""
    return cue.passive and (cue.speaker is None or cue.speaker[0] >= cue.end) and bool(doc.lex.speaker_determiners) \
        and not doc.text[s_start:cue.start].strip(SENTENCE_OPENERS)


def _in_subordinate_clause(doc: _Document, cue: Cue, s_start: int) -> bool:
    """Whether a subordinator stands between the cue and the last comma (or the sentence start) before it
    (one split and a set test: the stretch is a few words)."""
    comma = _last_comma(doc.text, s_start, cue.region_start)
    return not doc.lex.subordinators.isdisjoint(doc.text[max(s_start, comma + 1):cue.region_start].lower().split())


def _before_main_predicate(doc: _Document, cue: Cue, start: int, end: int) -> int:
    """Where a relative clause's report ends when the sentence's own predicate follows it after a comma: `Mr. Trump,
    who said last week that the judge was biased, has not apologized` reports up to `biased`."""
    text, lex = doc.text, doc.lex
    if not lex.finite_auxiliaries or cue.speaker is None or cue.speaker[1] > cue.start \
            or text[cue.speaker[0]:cue.speaker[1]].lower() not in lex.relative_pronouns \
            or doc.char_before(0, cue.speaker[0]) not in _COMMAS:
        return end
    # the first comma only: a later one may close an aside (`the two men, and Mr. Cruz in particular, must …`)
    comma = _COMMA_PATTERN.search(text, start, end)
    after = words_in(text, comma.end(), end, 1) if comma is not None else []
    if comma is not None and after and text[after[0][0]:after[0][1]] in lex.finite_auxiliaries:
        return _trim(text, start, comma.start())[1]
    return end


def _in_source_clause(doc: _Document, cue: Cue) -> bool:
    """Whether the cue closes a clause with one of the language's `source_clause_openers` that names its subject before
    it (`As The Washington Post reported,`), or its agent after it (`As reported by Western Journalism,`), and opens
    its sentence, perhaps after a coordinator (`But as Clyburn noted,`, `…, and as Comey noted,`) or a lead a comma
    closes (`And, as`, `If, as`, `In the old Soviet Union, as`): the clause after its comma is what it reports, one
    with a subject of its own (not `And that, as Trump points out, is …`; nor, after a report, `…,'' as she put it in
    Raleigh, N.C.`)."""
    text, lex = doc.text, doc.lex
    if not lex.source_clause_openers or cue.speaker is None or cue.speaker[1] > cue.start and not cue.passive:
        return False
    s_start, s_end = doc.sentences[doc.sentence_of(cue.start)]
    comma = _last_comma(text, s_start, cue.start)
    start = comma + 1 if comma >= 0 else s_start
    if (first := words_in(text, start, cue.start, 1)) and text[slice(*first[0])].lower() in lex.coordinators:
        start = first[0][1]
    elif comma >= 0 and not after_introduction(text, start, s_start, lex) and (
            (before := word_right_before(text, comma, s_start)) is None or not (
                (link := before.group(1).lower()) in lex.coordinators or link in lex.subordinators
                or link in lex.complementizers)):
        return False
    first = words_in(text, start, min(cue.speaker[0], cue.start), 1)
    opener = text[first[0][0]:first[0][1]].lower() if first else ""
    if opener not in lex.source_clause_openers or _CLAUSE_PUNCT.intersection(text[start:cue.start]) \
            or text[start:cue.start].lower().split().count(opener) != 1:  # (not `As easy as it may seem …`)
        return False
    if start == s_start:
        return True
    after = _COMMA_PATTERN.search(text, cue.end, s_end)
    nxt = words_in(text, after.end(), after.end() + 40, 1) if after is not None else []
    return bool(nxt) and not finite_form(text[slice(*nxt[0])], lex)


_MAX_SOURCE_ADJUNCT_WORDS = 5  # `in a statement on Monday`


def _after_source_adjunct(doc: _Document, pos: int, limit: int) -> tuple[int, int] | None:
    """The sentence after the comma that closes a source clause's short adjunct (`As they pointed out [in the
    letters (PDF)], …`), or None when no comma closes it within a few words."""
    comma = doc.text.find(",", pos, limit)
    if comma < 0 or _UNBRACKETED_PUNCT.intersection(doc.text[pos:comma]) \
            or len(words_in(doc.text, pos, comma, _MAX_SOURCE_ADJUNCT_WORDS + 1)) > _MAX_SOURCE_ADJUNCT_WORDS:
        return None
    after = _trim(doc.text, comma + 1, limit)
    return after if after[0] < after[1] else None


def _without_coordinator(doc: _Document, span: tuple[int, int]) -> tuple[int, int]:
    """The clause without the coordinator it ends in before a coordinated verb, with the verb's auxiliaries and
    adverbs: `said [X] and hoped …`, `said [X] but is also calling on …`."""
    end = span[1]
    verb_follows = doc.text[end:end + 2].strip()[:1].isalpha()  # (not `what to say or not.`)
    for _ in range(_MAX_VERB_LEAD_WORDS + 1 if verb_follows else 1):
        space = doc.text.rfind(" ", span[0], end)
        if space <= span[0]:
            break
        word = doc.text[space + 1:end].lower()
        if word in doc.lex.coordinators:
            return _trim(doc.text, span[0], space)
        if word not in doc.lex.speaker_skips:
            break
        end = space
    return span


_MAX_VERB_LEAD_WORDS = 2  # auxiliaries and adverbs between a coordinator and its verb: `but is also calling`


_MAX_DESCRIPTION_WORDS = 8


def _opens_nominal_content(cue: Cue, word: str, lex: Lexicon) -> bool:
    """Whether `word` opens the nominal content of a cue that states a fact with a verbal noun (`تعليق العمليات`)."""
    return word in nominal_openers(cue.form, lex) or owned_verbal_noun(word, lex) or definite_verbal_noun(word, lex) \
        or verbal_noun_pattern(lex).fullmatch(word) is not None


def _set_off_description(doc: _Document, start: int, limit: int) -> int | None:
    """Where the words after a description of the subject set off by commas start (`شركة دانة غاز، [المشغلة للحقل ضمن
    تحالف "بيرل بتروليوم"]، تعليق …`): a few words from `start` to the next comma, with no complementizer, cue or
    other punctuation in them; None when there is none."""
    text, lex = doc.text, doc.lex
    comma = _COMMA_PATTERN.search(text, start, limit)
    if comma is None or doc.at_least(start, comma.start(), _MAX_DESCRIPTION_WORDS + 1) \
            or _CLAUSE_PUNCT.intersection(text[start:comma.start()]):
        return None
    if any(text[s:e] in lex.complementizers or text[s:e] in lex.cue_verbs
           for s, e in words_in(text, start, comma.start())):
        return None
    return comma.end()


def _after_relative_object(doc: _Document, cue: Cue) -> bool:
    """Whether the cue's subject follows a relative that stands for its object: `what they described as …`."""
    pos = cue.speaker[0] if cue.speaker is not None and cue.speaker[1] <= cue.start else cue.start
    before = word_right_before(doc.text, pos, max(0, pos - 12))
    return before is not None and before.group(1).lower() in doc.lex.relative_objects


def _content_start_after(doc: _Document, cue: Cue, limit: int) -> tuple[int, int] | None:
    """The reported clause after a cue: after a source phrase's comma or complementizer (`according to X, …`,
    `بحسب X فإن …`); an infinitive after a commitment (`vowed to repeal it`); after a complementizer within its
    first words (`said that`, `أكد أن`, `أشار إلى أن`); right after the cue where the language allows a bare
    clause (`said the plan is dead`, `مبينا موقف …`), save after an addressee (`told reporters on Monday that`);
    after the colon that closes the attribution's adjuncts (`وقال في تصريح: …`); after a complementizer past a
    few adjunct words (`said on Monday that`); or after a content preposition, the language's (`أعلن عن`) or
    the cue's own (`شدد على`) (`_nominal_content`)."""
    text, lex = doc.text, doc.lex
    pos = cue.region_end if cue.phrase else skip_adjunct(text, cue.region_end, limit, lex)
    if lex.anonymity_request:
        pos = past_anonymity_aside(text, pos, limit, lex)
    words = words_in(text, pos, limit, 3)
    if not words:
        return None
    gap = text[pos:words[0][0]]
    first = text[words[0][0]:words[0][1]].lower()
    if lex.diacritics:
        first = first.translate(without_diacritics(lex))  # `أكد رئيس الوزراء تمسُّكه`
    punct_in_gap = _CLAUSE_PUNCT.intersection(gap)
    if first in lex.answer_words and not punct_in_gap and not cue.phrase and (
            len(words) == 1 or _CLAUSE_PUNCT.intersection(text[words[0][1]:words[1][0]])
            or text[words[1][0]:words[1][1]].lower() in lex.clause_stops
            and text[words[1][0]:words[1][1]].lower() != lex.infinitive_marker):
        return words[0]  # `half said so in the earlier poll`, `the candidate said no.`: the answer, a word that ends
        # its clause (not a refusal's `no`: `shareholders say no to the bid`)
    if cue.form in lex.proclitic_content_cues and not opens_proclitic_content(first, lex) \
            and (ahead := _proclitic_content_ahead(doc, pos, limit)) is not None:
        return _trim(text, ahead, limit)
    if punct_in_gap and punct_in_gap <= _COMMA_SET and _in_source_clause(doc, cue):
        return _trim(text, words[0][0], limit)  # `As The Washington Post reported, even if Sanders …`
    if not punct_in_gap and first in lex.clause_stops and first != lex.infinitive_marker \
            and _in_source_clause(doc, cue):
        return _after_source_adjunct(doc, pos, limit)  # `As they pointed out in the letters, insulin was …`
    if cue.phrase:  # `according to X, …` (in a cased language whatever opens the clause: `…, no one may`), `بحسب X فإن …`
        if first in lex.complementizers:
            return _trim(text, words[0][1], limit)
        if cue.form in lex.document_phrases and not punct_in_gap \
                and (near := _complementizer(doc, more_words(text, words, limit, _MAX_PREPOSITION_WORDS), pos)) \
                and not _CLAUSE_PUNCT.intersection(text[pos:near[0]]):
            return _trim(text, near[1], limit)  # `وجاء في بيان نشرته الرئاسة على صفحتها أن …`: where the text
            # was published, between it and what it says
        announced = event_content_word(text, pos, limit, lex) if cue.form in lex.event_phrases else None
        if announced is not None and not _CLAUSE_PUNCT.intersection(text[pos:announced[0]]):
            # `وفور إعلان النائب تقديم الاستجواب`, `رغم إعلان الجهاز أمس عن ارتفاع …`: the act announced, up to the
            # comma that ends the adverbial before its sentence's own clause (`، فإن البنك ثبت الفائدة`)
            start = announced[1] if text[slice(*announced)] in lex.content_prepositions else announced[0]
            comma = _COMMA_PATTERN.search(text, start, limit)
            while comma is not None and not complementizer_follows(text, comma.end(), limit, lex):
                comma = _COMMA_PATTERN.search(text, comma.end(), limit)
            return _trim(text, start, comma.start() if comma else limit)
        stops = lex.coordinators if lex.speaker_determiners else lex.clause_stops
        if punct_in_gap & _COMMA_SET and first not in stops:
            return _trim(text, pos, limit)
        return None if lex.speaker_determiners else _after_source_comma(doc, pos, limit)
    if lex.speaker_determiners and punct_in_gap == {","} and (clause := _clause_after_aside(doc, words[0][0], limit)):
        return _trim(text, clause, limit)  # `Rubio says, win or lose in Florida, he is staying in the race`
    if cue.form in lex.accusing_cues and first.startswith(lex.content_proclitics) and (
            before := word_right_before(text, cue.start, max(0, cue.start - 12))) is not None \
            and before.group(1) in lex.relative_pronouns:
        return None  # `والذي اتهمت خادمته بقتله`: after a relative, one mention before the accusation is whom a
        # passive accuses (`الذي اتهم الحكومة بالتقصير` names both)
    if cue.form in lex.responsibility_cues or cue.form in lex.thanking_cues or cue.form in lex.accusing_cues:
        return _trim(text, pos, limit)  # `وحمّل الوزير الحكومة المسؤولية`: whom it holds and the responsibility (so
        # whom it accuses and of what: `واتهم الجيش قوات الدعم السريع بقصف المستشفى`)
    if first == lex.infinitive_marker and (cue.form in lex.infinitive_cues
                                          or cue.passive and cue.form in lex.directive_cues):
        return _trim(text, words[0][0], limit)  # `vowed to repeal the law`, `Residents have been told to boil …`
    if cue.form in lex.infinitive_cues and lex.infinitive_marker and not punct_in_gap \
            and (marker := _infinitive_after_time(doc, words, limit)) is not None:
        return _trim(text, marker, limit)  # `vowed on Friday to appeal a ruling that …`
    if first in lex.passive_content_links and not punct_in_gap and not cue.passive \
            and cue.form in lex.object_content_cues and _after_relative_object(doc, cue):
        return _trim(text, words[0][1], limit)  # `what they described as Republican efforts to …`: the object put
        # first as a relative, the words it was called so follow the link
    if first in lex.object_pronouns and len(words) > 1 \
            and (mark := doc._mark.search(text, words[1][0], min(limit, words[1][1] + 2))) is not None \
            and _quoted_description(doc, (mark.start(), limit)):
        return _trim(text, mark.start(), limit)  # `واصفا إياه بـ"المعجزة"`: the pronoun points back; the words
    if cue.form in lex.predicative_cues and _describes_object(
            doc, cue, lead := more_words(text, words, limit, _DESCRIBED_OBJECT_WORDS + 1)):
        # `ووصف الوزير الهجوم بالجريمة`: the object and what it is called, or only what it is called when that is a
        # quotation (`ووصف المتحدث الأحكام بأنها "ليست نهائية"`)
        return _quoted_predicate(doc, lead, limit) or _trim(text, words[0][0], limit)
    near = _complementizer(doc, words, pos)
    if near is not None and near[0] > words[0][0] and _nominal_cue(cue, lex):
        near = None  # `attacked loopholes that benefit others`, `Asked about the penalty that led to …`: a clause
        # inside the object
    if near is None and first in lex.adjacent_complementizers and not gap.strip():
        near = words[0]  # `مؤكدا بان …`
    if near is not None:
        return _trim(text, near[0] if _demonstrative_subject_of_auxiliary(doc, near, limit) else near[1], limit)
    if cue.form in lex.content_noun_cues and not lex.speaker_determiners and punct_in_gap == {"،"} \
            and first.startswith(lex.definite_prefixes) and not _opens_nominal_content(cue, first, lex) \
            and first not in lex.time_words and (aside := _set_off_description(doc, words[0][0], limit)) \
            and (after := words_in(text, aside, limit, 3)) \
            and _opens_nominal_content(cue, text[after[0][0]:after[0][1]], lex):
        pos, words, first = aside, after, text[after[0][0]:after[0][1]]  # `أعلنت شركة دانة غاز، المشغلة للحقل،
        gap, punct_in_gap = text[pos:words[0][0]], frozenset()  # تعليق العمليات`: past a description of the subject
    proclitic = cue.form in lex.proclitic_content_cues and opens_proclitic_content(first, lex) \
        and first not in lex.manner_adverbs
    if not punct_in_gap and (first in nominal_openers(cue.form, lex) or cue.form in lex.content_noun_cues
                             and (owned_verbal_noun(first, lex) or definite_verbal_noun(first, lex)
                                  or _after_definite_subject(doc, cue, pos)
                                  and verbal_noun_pattern(lex).fullmatch(first) is not None) or proclitic) \
            or (proclitic or cue.form in lex.content_noun_cues and not lex.speaker_determiners
                and (definite_verbal_noun(first, lex) or first in nominal_openers(cue.form, lex))) \
            and punct_in_gap <= _COMMA_SET and sum(map(gap.count, _COMMA_SET)) == 1:
        # a nominal content: `أعلنت روسيا تعليق الاتفاقية`, `وطالب الوزير بإجراء تحقيق`, past the comma that may
        # close a long subject (`فيما وعد الوزير الأول أيمن بن عبد الرحمان، بعودة …`)
        return _trim(text, pos, limit)
    sentence = doc.sentences[doc.sentence_of(cue.start)]
    if (cue.form in lex.denial_cues or title_object(text, sentence, pos, cue.form, lex)) \
            and cue.speaker is not None and cue.speaker[1] <= cue.start and not punct_in_gap \
            and first not in lex.clause_stops and first not in lex.content_prepositions:
        # `رئيس البلدية ينفي تاهيل دوار …`: after a subject before it, its object; so in a title, whatever the cue
        # (`وزارة التربية السورية تُعلن المواعيد الجديدة لامتحانات …`), save where an addressee comes first
        return _trim(text, pos, limit)
    if first in lex.totality_words and len(words) > 1 and text[words[1][0]:words[1][1]] in object_nouns(cue.form, lex) \
            and not punct_in_gap:
        return _trim(text, pos, limit)  # `وفند كل الاتهامات الموجهة له`: all of the object
    stating = cue.form in lex.content_noun_cues
    if (first in lex.clause_stops or first in lex.time_words or first in lex.day_parts
            or addressee_opener(text[words[0][0]:words[0][1]], lex)) \
            and first != cue_word_tables(lex)[1].get(cue.form) and (
            object_nouns(cue.form, lex) or stating):
        # `نفت الوزارة في رام الله اليوم الأحد التصريحات …`, `أعلن البنك الإثنين إصدار …`: the object after the place
        # and time of the act (a verbal noun with the article right after the time, `الإثنين القبض على …`); the act a
        # stating cue announces, a verbal noun of the table's shapes too (`أعلنت الوزارة في العراق تسجيل …`), unless
        # a complementizer opens the content further on (`أكد في استقبال الوفد أن …`)
        words = more_words(text, words, limit, _MAX_PREPOSITION_WORDS + 1)
        openers = nominal_openers(cue.form, lex)
        shaped = stating and not any(text[s:e] in lex.complementizers for s, e in words)
        glossless = _without_time_glosses(text[pos:words[-1][1]], lex)  # (`أعلنت السلطات اليوم (الاثنين) إصدار …`)
        for k, (s, e) in enumerate(words[1:], 1):
            if _CLAUSE_PUNCT.intersection(glossless[:s - pos]) - _COMMA_SET:
                break
            previous = text[words[k - 1][0]:words[k - 1][1]]
            governed = stating and previous in lex.subject_stops and previous not in lex.time_words \
                and not addressee_opener(previous, lex)  # `حول مقتل`, not `للجزيرة مقتل`
            word = text[s:e].translate(without_diacritics(lex)) if lex.diacritics else text[s:e]  # `صحّة`
            if word in lex.content_prepositions:
                break  # `أعلنت الوزارة، الثلاثاء، عن تقديم وزيرها استقالته`: the content is the preposition's
            if not governed and (word in openers or shaped and verbal_noun_pattern(lex).fullmatch(word) is not None
                                 or stating and previous in lex.time_words and definite_verbal_noun(word, lex)):
                return _trim(text, s, limit)
            if shaped and previous in lex.time_words and word not in lex.clause_stops and word not in lex.time_words \
                    and _COMMA_SET.intersection(text[words[k - 1][1]:s]) and _COMMA_SET.intersection(text[pos:s - 1]):
                return _trim(text, s, limit)  # `أعلنت الهيئة، الإثنين، القائمة النهائية …`: past a time set off by
                # commas the subject has ended, and the object the stating cue reports follows
    if first in lex.clause_stops and first not in lex.pronoun_prepositions and not punct_in_gap \
            and cue.form in lex.proclitic_content_cues \
            and (opener := _proclitic_after_adjunct(doc, pos, limit)) is not None:
        return _trim(text, opener, limit)
    if lex.speaker_determiners and not punct_in_gap \
            and any(text[a:b].lower() in lex.time_words for a, b in words) \
            and (clause := _after_time_adverbial(doc, words, limit)):
        return _trim(text, clause, limit)  # `said Monday it will cut jobs`
    bare_allowed = (bool(lex.speaker_determiners) or cue.subjectless or ":" in gap) and not punct_in_gap - {":"}
    inverted = cue.speaker is not None and cue.speaker[0] >= cue.end
    opens = first not in lex.clause_stops or _opens_with_number(text, words, limit, lex) \
        or _opens_with_quantity(text, words, lex) or _partitive_subject(text, pos, limit, lex) \
        or first in lex.speaker_determiners and _subject_before_auxiliary(text, pos, limit, lex) \
        or first in lex.demonstratives and lex.speaker_determiners and _demonstrative_subject(text, words, lex)
    bare = bare_allowed and opens and first not in lex.complementizers \
        and not (inverted and first in lex.relative_pronouns) \
        and cue.form not in lex.topic_cues  # `said the man who built …`, `متحدثا عن المواقع`: not a report
    if bare and cue.form in lex.carrying_on_cues and not gap.strip():
        bare = False  # `continued their search in the lake`, `continued his push on Twitter`: an act carried on
    if bare and cue.subjectless and not lex.speaker_determiners and ":" not in gap \
            and not opens_clause(text, cue.start, max(0, cue.start - 30), lex, doc.marks):
        bare = False  # `وسط إجراءات أمنية مشددة وحشود …`: a participle inside a phrase is an adjective
    if bare and first in lex.content_prepositions and cue.subjectless and len(words) > 1:
        return _trim(text, words[0][1], limit)  # `معربا عن قلقه`: what the preposition opens, as after `أعرب الوزير عن`
    if bare and cue.form not in lex.addressee_cues:
        return _trim(text, pos, limit)
    words = more_words(text, words, limit, _MAX_LEAD_WORDS)
    longer = False
    if len(words) == _MAX_LEAD_WORDS:  # the lead may run longer
        longest = _max_lead_words(doc, pos, limit)
        longer = longest == _MAX_LEAD_WORDS and cue.form in lex.addressee_cues
        words = more_words(text, words, limit, _LONG_LEAD_WORDS if longer else longest)
    far = _complementizer(doc, words, pos)
    if longer and far is not None and far[0] > words[_MAX_LEAD_WORDS - 1][1] and (
            _has_finite_verb(doc, pos, far[0]) or _PUNCT_BEFORE_SPACE.search(text, pos, far[0]) is not None):
        far = None  # whom a cue addresses may take many words (`told a crowd of about 20,000 people on the lawn of
        # the state capitol on Saturday that …`), but no clause: `told jurors the girl stepped … and that …`
    if lex.colon_closes_attribution:  # a colon closes the attribution unless a complementizer came first
        colon = _lead_colon(doc, pos, far[0] if far is not None else limit)
        if colon is not None and not (not text[colon + 1:limit].strip() and _past_list(doc, colon) > colon):
            if far is not None and not text[colon + 1:far[0]].strip():
                return _trim(text, far[1], limit)  # `قال لـ"العربية": إن الأرقام …`: the complementizer after the colon
            return _trim(text, colon + 1, limit)  # (not one that ends the line before a list, which the words before
            # it announce and go on over: `ودعت الشرطة الجمهور إلى اتباع عدد من الإرشادات:`, `_past_list`)
    if far is not None and not (bare and any(text[s:e].lower() in lex.relative_pronouns
                                             for s, e in words if s < far[0])):
        if bare and pos < (after_addressee := _past_addressee(doc, cue, words, pos, limit)) < far[0]:
            # (`told reporters the bank needed "greater confidence" that …`: the clause after the addressee, whose
            # own complementizer that is)
            return _trim(text, after_addressee, limit)
        return _trim(text, far[1], limit)
    nominal = _nominal_content(doc, cue, pos, words, limit)
    if nominal is None and bare:  # `told reporters the plan is dead`; not `داعية المواطنين إلى الهدوء`
        return _trim(text, _past_addressee(doc, cue, words, pos, limit), limit)
    if nominal is None and cue.form in lex.bare_clause_cues and _bare_clause_follows(doc, cue, pos, limit):
        return _trim(text, pos, limit)  # `وقال الفارس سيناقش مجلس المحافظة …`
    if nominal is None and bare_allowed and first in lex.clause_stops and lex.subject_pronouns:
        subject = _subject_after_adjunct(doc, words, pos)
        if subject is not None:
            return _trim(text, subject, limit)  # `said in a statement it expects …`
    if nominal is None and first in lex.clause_stops and lex.question_openers \
            and _opening_passive(doc, cue, doc.sentences[doc.sentence_of(cue.start)][0]):
        return _question_after_adjunct(doc, words, limit)  # `Asked on Fox News who leads the party, he said …`
    return nominal


def _question_after_adjunct(doc: _Document, words: list[tuple[int, int]], limit: int) -> tuple[int, int] | None:
    """The question that an opening `Asked` puts after the adjuncts of its setting (`Asked at a briefing Monday why
    …`): from its first question word, or after a topic preposition (`Asked Tuesday about Sullivan`) up to the
    comma; None when punctuation or an infinitive comes first (`Called to see if they had …`: a purpose, not a
    setting)."""
    text, lex = doc.text, doc.lex
    for k, (s, e) in enumerate(words):
        word = text[s:e].lower()
        if k and _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:s]) or word == lex.infinitive_marker:
            return None
        if word in lex.question_openers:
            return _trim(text, s, limit)
        if word in lex.topic_prepositions and k:
            return _trim(text, e, limit)
    return None


def _infinitive_after_time(doc: _Document, words: list[tuple[int, int]], limit: int) -> int | None:
    """Where the infinitive marker starts that follows a time adverbial right after a cue taking an infinitive
    (`vowed on Friday to appeal`, `promised last week to cut`), or None."""
    past = _past_time_adverbial(doc, words, limit)
    return past[0] if past is not None and past[1] == doc.lex.infinitive_marker else None


def _clause_after_aside(doc: _Document, pos: int, limit: int) -> int | None:
    """Where a bare clause starts after an aside that a comma right after the cue opens and another closes (`says, win
    or lose in Tuesday's primary, he's staying`, `said, however, he would not resign`): a subject pronoun, or a
    determiner and a noun before an auxiliary, opens it; None otherwise."""
    text, lex = doc.text, doc.lex
    comma = _lead_comma(doc, pos, limit)
    after = words_in(text, comma.end(), limit, 1) if comma is not None else []
    if not after:
        return None
    word = text[after[0][0]:after[0][1]].lower()
    if _subject_pronoun(word, lex) \
            or word in lex.speaker_determiners and _subject_before_auxiliary(text, after[0][0], limit, lex):
        return after[0][0]
    return None


def _subject_pronoun(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word is a subject pronoun, alone or with an auxiliary contracted onto it (`he’s`)."""
    return word in lex.subject_pronouns or (contracted := contraction(word, lex)) is not None \
        and contracted[0] in lex.subject_pronouns


_MAX_ADJUNCT_WORDS = 6
_PUNCT_BEFORE_SPACE = re.compile(r"[,،;؛:!?.](?=\s)")  # punctuation, not a number's separator (`20,000`)


def _subject_after_adjunct(doc: _Document, words: list[tuple[int, int]], pos: int) -> int | None:
    """Where a bare clause opens with a subject pronoun, or a determiner and a noun before an auxiliary, after a short
    prepositional adjunct that ends in a speech event or a time or opens with a preposition of time, with no
    punctuation in it (`said in a statement it expects …`, `said in a statement Thursday they …`, `said after the
    convention he …`, `said in a statement the plan was dead`), or where a quotation opens it after such an adjunct
    (`acknowledged in a forum Monday night "it will be …" if …`), or None; after another noun a pronoun opens a
    relative clause about it (`what we expect from Trump is`, `the one thing he likes about Clinton`)."""
    text, lex = doc.text, doc.lex
    for k, (s, e) in enumerate(words[1:_MAX_ADJUNCT_WORDS + 1], 1):
        word = text[s:e].lower()  # (a pronoun with its auxiliary contracted onto it too: `said for weeks he’s …`)
        if (mark := doc._mark.search(text, words[k - 1][1], s)) is not None:
            previous = text[words[k - 1][0]:words[k - 1][1]].lower()
            quoted = previous in lex.speech_event_nouns or previous in lex.time_words or previous in lex.day_parts
            return mark.start() if quoted and not _CLAUSE_PUNCT.intersection(text[pos:s]) else None
        pronoun = _subject_pronoun(word, lex)
        if k + 1 >= len(words):
            return None
        if not pronoun and not (word in lex.speaker_determiners
                                and _subject_before_auxiliary(text, s, words[-1][1], lex)):
            continue
        previous = text[words[k - 1][0]:words[k - 1][1]].lower()
        # ... or a short one a preposition of time opens: `said after the convention he would not …` (a longer one may
        # hold a relative clause: `after being dissatisfied with the answers he was getting`)
        timed = pronoun and 2 < k <= _MAX_TIME_ADJUNCT_WORDS \
            and text[words[0][0]:words[0][1]].lower() in lex.time_prepositions  # (a noun after one may be its object's)
        if (previous in lex.speech_event_nouns or previous in lex.time_words or timed) \
                and not _CLAUSE_PUNCT.intersection(text[pos:s]) and doc._mark.search(text, pos, s) is None:
            return s
        if pronoun:
            return None  # (a determiner may still open a noun inside the adjunct: `in a statement the …`)
    return None


_MAX_TIME_ADJUNCT_WORDS = 4


def _opens_with_quantity(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether the words open with quantity words (`lex.quantity_openers`) and then a word that is no clause stop:
    `said more than 100 people died`, `says too much is made of …` (not `said too much about it`)."""
    k = 0
    while k < len(words) and text[words[k][0]:words[k][1]].lower() in lex.quantity_openers \
            and (k == 0 or not text[words[k - 1][1]:words[k][0]].strip()):
        k += 1
    return 0 < k < len(words) and text[words[k][0]:words[k][1]].lower() not in lex.clause_stops \
        and not _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:words[k][0]])  # (a quote mark may open the word)


def _partitive_subject(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether a quantity word and `of` open the subject of a clause after a cue, a finite auxiliary following within a
    few words with no punctuation between: `said much of his discussion with Trump was about Israel` (not `said much of
    the same thing`, an object)."""
    words = words_in(text, pos, limit, _MAX_PARTITIVE_SUBJECT_WORDS + 2)
    if len(words) < 3 or text[words[0][0]:words[0][1]].lower() not in lex.quantity_openers \
            or text[words[1][0]:words[1][1]].lower() not in lex.partitives:
        return False
    for k in range(2, len(words)):
        if _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:words[k][0]]):
            return False
        if text[words[k][0]:words[k][1]] in lex.finite_auxiliaries:
            return True
    return False


_MAX_PARTITIVE_SUBJECT_WORDS = 8


def _subject_before_auxiliary(text: str, pos: int, limit: int, lex: Lexicon, pasts: bool = False) -> bool:
    """Whether a determiner that is also a clause stop (`this`) opens the subject of the clause after a cue, a finite
    auxiliary (with `pasts`, any finite form: `told reporters the bank needed …`) following within a few words with
    no stop, relative pronoun or punctuation between (`said this was …`, `said this plan was …`), not an object (`said
    this in a statement`)."""
    words = words_in(text, pos, limit, _MAX_SUBJECT_BEFORE_AUXILIARY + 1)
    for k, (s, e) in enumerate(words[1:], 1):
        word = text[s:e].lower()
        if _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:s]):
            return False
        if word in lex.finite_auxiliaries or pasts and (finite_form(word, lex) or word in lex.simple_pasts):
            return True
        if word in lex.clause_stops or word in lex.relative_pronouns or word in lex.complementizers:
            return False
    return False


_MAX_SUBJECT_BEFORE_AUXILIARY = 4


def _demonstrative_subject(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a demonstrative, alone or before a noun, is the subject of a finite verb (`finite_form`) or one in its
    third-person form right after it (`said this aligns with …`, `said this plan worked`), no punctuation between; not
    a time word (`this weeks`) or a noun in -ss (`this process`)."""
    for k in (1, 2):
        if len(words) <= k or _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:words[k][0]]):
            return False
        word = text[words[k][0]:words[k][1]]
        if word.islower() and word not in lex.time_words and (
                finite_form(word, lex) or word.endswith(lex.plural_endings) and not word.endswith("ss")):
            return True
        if not word.isalpha() or not word.islower() or word in lex.clause_stops:
            return False
    return False


def _opens_with_number(text: str, words: list[tuple[int, int]], limit: int, lex: Lexicon) -> bool:
    """Whether the words open with an approximator and a numeral, the start of a quantity that is the clause's subject
    (`said about 20 people died`, `reported at least six planes …`, `said as many as 40 people …`), not a preposition
    (`said about it`)."""
    longest = longest_approximator(lex)
    words = more_words(text, words, limit, longest + 1)
    for n in range(1, longest + 1):
        if len(words) > n and " ".join(text[s:e].lower() for s, e in words[:n]) in lex.approximators:
            numeral = text[words[n][0]:words[n][1]].lower()
            return numeral[:1].isdigit() or numeral in lex.number_words
    return False


_BRACKETED_WORD = re.compile(r"\(\s*([^\s()]+)\s*\)")


def _without_time_glosses(span: str, lex: Lexicon) -> str:
    """`span` with spaces for the brackets of a time word set in them as a gloss (`اليوم (الاثنين)`), offsets kept."""
    if "(" not in span:
        return span
    return _BRACKETED_WORD.sub(lambda m: f" {m.group()[1:-1]} " if m.group(1) in lex.time_words else m.group(), span)


def _after_time_adverbial(doc: _Document, words: list[tuple[int, int]], limit: int) -> int | None:
    """Where a bare clause starts past the time adverbial right after a cue (`said Monday it will …`, `said late on
    Tuesday the plan is dead`): the first word after the adverbial (`_past_time_adverbial`), when it opens a subject
    (a pronoun, a determiner or a capital); None otherwise."""
    past = _past_time_adverbial(doc, words, limit)
    if past is None:
        return None
    s, word = past
    if _APOSTROPHE.split(word, 1)[0] in doc.lex.subject_pronouns or word in doc.lex.speaker_determiners \
            or doc.text[s].isupper():
        return s
    return None  # (the clause opens with its subject: not `said the November election`, `an April summit`)


def _past_time_adverbial(doc: _Document, words: list[tuple[int, int]], limit: int) -> tuple[int, str] | None:
    """The start and lower-case text of the first word past the time adverbial that `words` open (a time word among
    the language's `time_modifiers`, at most `_MAX_TIME_WORDS` words before it), no punctuation between; None when the
    words open no such adverbial."""
    text, lex = doc.text, doc.lex
    words = more_words(text, words, limit, _MAX_TIME_WORDS + 1)
    timed = False
    for k, (s, e) in enumerate(words):
        word = text[s:e].lower()
        if word in lex.time_words:
            timed = True
        elif timed or k == _MAX_TIME_WORDS or word not in lex.time_modifiers:
            if not timed or _CLAUSE_PUNCT.intersection(text[words[k - 1][1]:s]):
                return None
            return s, word
    return None


def _after_definite_subject(doc: _Document, cue: Cue, pos: int) -> bool:
    """Whether the cue's subject ends right before `pos` in a definite word (`أعلنت الوزارة`), which heads no
    genitive: an indefinite noun after it opens the object (`ترحيل 12920 مقيما`), not a word of the mention; or
    the subject stands before the cue, which `pos` follows (`إلا أن الأرصاد أكدت تواصل العاصفة`)."""
    speaker = cue.speaker
    if speaker is not None and speaker[1] <= cue.start:
        return not doc.text[cue.end:pos].strip()
    return speaker is not None and cue.end <= speaker[1] <= pos and not doc.text[speaker[1]:pos].strip() \
        and doc.text[speaker[0]:speaker[1]].rsplit(None, 1)[-1].startswith(doc.lex.definite_prefixes)


def _bare_clause_follows(doc: _Document, cue: Cue, pos: int, limit: int) -> bool:
    """Whether the words after a saying verb's subject at `pos` are its words given bare: a clause of a few words
    that opens with no adjunct or addressee (`قال للحشد الذي …`) and holds no complementizer (but a subordinate
    clause's: `بعد أن`), colon or quote mark, which would mark where the words start, after a subject that did not
    run to the search's cap (which would have taken the words' own subject for its)."""
    text, lex = doc.text, doc.lex
    words = words_in(text, pos, limit)
    if len(words) < _MIN_BARE_CLAUSE_WORDS or cue.speaker is not None and cue.speaker[1] > cue.start \
            and len(words_in(text, *cue.speaker)) >= MAX_SPEAKER_WORDS:
        return False
    first = text[words[0][0]:words[0][1]]
    return first not in lex.clause_stops and first not in lex.pronoun_prepositions \
        and first not in lex.relative_pronouns and not first.startswith(lex.addressee_prefixes) \
        and not _CLAUSE_PUNCT.intersection(text[pos:words[0][0]]) - _COMMA_SET and ":" not in text[pos:limit] \
        and not doc.has_mark(pos, limit) and _complementizer(doc, words, pos) is None


_MIN_BARE_CLAUSE_WORDS = 3


_MAX_BARE_ADDRESSEE_WORDS = 6  # `told African-Americans this weekend he would …`


def _past_addressee(doc: _Document, cue: Cue, words: list[tuple[int, int]], pos: int, limit: int) -> int:
    """Where the bare clause after an addressee starts in a cased language: at the subject pronoun that follows the
    addressee and its adjuncts (`told the forum he was`, `told him she worries`), unless a subordinator, a question
    or a topic comes first (`told his advisers as he labored`, `told the host how surprised he is`); else at
    `pos`."""
    lex = doc.lex
    if cue.form not in lex.addressee_cues or not lex.speaker_determiners:
        return pos
    for k, (s, e) in enumerate(words[1:_MAX_BARE_ADDRESSEE_WORDS + 1], 1):
        word = doc.text[s:e].lower()
        if word in lex.addressee_scan_stops or word in lex.subordinators:
            return pos
        if _APOSTROPHE.split(word, 1)[0] in lex.subject_pronouns:
            return s
        if word in lex.articles and k <= _MAX_NOUN_ADDRESSEE_WORDS \
                and doc.text[slice(*words[k - 1])].lower() not in lex.mention_prepositions \
                and _subject_before_auxiliary(doc.text, s, limit, lex, pasts=True):
            return s  # `told reporters the plan was dead`, `… the bank needed more data`: a subject with its article,
            # and its verb (not a preposition's object: `reminds him of the book titled …`)
    return pos


_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")  # a contraction's: `he’d`


def _only_addressee(doc: _Document, cue: Cue, span: tuple[int, int], s_end: int) -> bool:
    """Whether the words after an addressing cue of a cased language (`told`) are only whom it addresses, to the end of
    the sentence or an adverbial clause after a comma: a name, and perhaps when (`told The Huffington Post on
    Thursday`); after a clause that a comma ends, a short common noun too (`…, a minister told reporters Monday,
    after the sector …`)."""
    lex = doc.lex
    if cue.form not in lex.addressee_cues or not lex.speaker_determiners \
            or not doc.text[cue.start].islower():  # (not a title-case headline: `Prager Tells GOP They Need …`)
        return False
    end, beyond = span[1], doc.at_least(span[1], s_end, 1)
    if (comma := _COMMA_PATTERN.search(doc.text, *span)) is not None:
        adverbial = words_in(doc.text, comma.end(), span[1], 1)
        if not adverbial or doc.text[slice(*adverbial[0])].lower() not in lex.subordinators:
            return False
        end = comma.start()
    if cue.form in lex.addressee_first_cues and not doc.at_least(cue.region_end, span[0], 1):
        # ... and an adjunct after the addressee (right after the verb: not the clause after `told the court that`),
        # to the sentence end, which a subordinator or a preposition of time or of the speech event opens (`told the
        # court in his filing`, `told his closest advisers as he labored over …`), with no report of its own (not
        # `told Trump to stay …`, `reminded Americans of …`: what was told)
        lead = words_in(doc.text, span[0], s_end if beyond else end)
        openers = lex.subordinators | lex.time_prepositions | lex.event_prepositions
        adjunct = next((k for k in range(1, len(lead)) if doc.text[slice(*lead[k])].lower() in openers), None)
        if adjunct is not None and not doc.at_least(end, lead[adjunct][0], 1):  # (in the span or right after it)
            if any(doc.text[slice(*word)].lower() in lex.complementizers for word in lead[adjunct:]):
                return False
            end, beyond = lead[adjunct][0], False
    if beyond:
        return False
    words = [doc.text[s:e] for s, e in words_in(doc.text, span[0], end, _MAX_BARE_ADDRESSEE_WORDS + 1)]
    if not words or len(words) > _MAX_BARE_ADDRESSEE_WORDS:
        return False
    if words[0][0].islower():  # a common noun: only in a short addressee after the clause it tells, which has a verb
        return len(words) <= _MAX_NOUN_ADDRESSEE_WORDS and doc.char_before(0, cue.region_start) in _COMMAS and not any(
            w.lower() in lex.complementizers or w.lower() in lex.pronouns or w.endswith(lex.past_endings)
            for w in words) and _has_finite_verb(doc, doc.sentences[doc.sentence_of(cue.start)][0], cue.region_start)
    return all(w[0].isupper() or w.lower() in lex.time_words or w.lower() in lex.time_modifiers for w in words)


_MAX_NOUN_ADDRESSEE_WORDS = 3  # `told a news conference`


def _holds_auxiliary(doc: _Document, words: list[tuple[int, int]]) -> bool:
    """Whether the words hold a finite auxiliary (`more arrests were`, `at the facility were to`): a clause, not
    adjuncts or a subject; `_has_finite_verb` takes past forms too."""
    return any(doc.text[s:e].lower() in doc.lex.finite_auxiliaries for s, e in words)


def _has_finite_verb(doc: _Document, start: int, end: int) -> bool:
    """Whether text[start:end] holds an auxiliary or a past form, so is a clause (`His time is running out`), not an
    introductory adjunct (`On Friday morning, the third day of his swing`)."""
    return any(finite_form(doc.text[s:e].lower(), doc.lex) for s, e in words_in(doc.text, start, end))


def _nominal_content(doc: _Document, cue: Cue, pos: int, words: list[tuple[int, int]], limit: int
                     ) -> tuple[int, int] | None:
    """The nominal content among the lead `words` after `pos`: after a content preposition, the language's (`أعلن
    عن`) or the cue's own (`شدد على`), past a comma only when it closes an aside or the addressee after it; or from a
    verbal noun right after a comma that sets off the lead's adjuncts."""
    text, lex = doc.text, doc.lex
    _, prepositions, spellings = cue_word_tables(lex)
    own = prepositions.get(cue.form)
    addressed = _MAX_ADDRESSEE_WORDS if cue.form in lex.addressee_cues else -1
    # a lead that opens with its speech event spells out the setting at length (`وكشف لدى حديثه بمنتدى الاتحاد
    # الوطني للشباب أمس عن …`)
    reach = _MAX_LEAD_WORDS if any(text[s:e] in lex.speech_event_nouns or text[s:e] in lex.proxy_nouns
                                   for s, e in words[:_SPEECH_EVENT_REACH]) else _MAX_PREPOSITION_WORDS
    if not _COMMA_PATTERN.search(text, pos, words[-1][1]):
        words = words[:reach]  # past these, only a comma sets an opener off
    previous_end, event = pos, None  # `event`: where the lead names its speech event
    openers = nominal_openers(cue.form, lex)
    purposed = cue.form in lex.purpose_cues
    plain = without_diacritics(lex) if lex.diacritics else None
    for k, (s, e) in enumerate(words):
        word = text[s:e] if plain is None else text[s:e].translate(plain)  # `صحّة` as the tables list it
        word = spellings.get(word, word)  # `أشار الى`: the cue's own preposition without its hamza
        purpose = purposed and purpose_word(word, lex)
        proxy = k > 0 and text[words[k - 1][0]:words[k - 1][1]] in lex.proxy_nouns  # `ونيابة عن أعضاء المجلس`
        if (word in lex.content_prepositions or word == own or purpose) and not proxy:
            # past punctuation, only right after a comma that closes an aside (`أعربت الوزارة، في بيان، عن قلقها`),
            # or the addressee after it (`دعا …، أمس، مواطنيه إلى`), not inside another phrase (`التي تطالب بها
            # ألبانيا، بصرف النظر عن …`); past the first few words, only there
            comma = _last_comma(text, pos, s)
            set_off = comma >= previous_end or (word == own or purpose) and comma >= 0 and \
                not doc.at_least(comma, s, addressed + 1)
            if k >= reach and not set_off:
                return None
            if _UNBRACKETED_PUNCT.intersection(text[pos:s]) and not set_off:  # (a gloss: `لوكالة الأنباء ( بترا )`)
                return None
            if cue.form in lex.topic_cues and not _opens_with_content_noun(doc, e, limit) \
                    and text[e:limit].lstrip()[:1] not in doc.marks \
                    and not (mention_like(text, cue.speaker, lex) if cue.speaker is not None
                             else cue.subjectless or conjoined_form(cue.form, lex)):
                return None  # `نقش يتحدث عن المواقع`: a thing's topic, not a statement; `عن "إرادة برلمانية"`: quoted
                # words; someone talking about a topic is reported so (`وتحدث الوزير عن ملفات الودائع`), and so is
                # a participle's or a coordinated verb's subject, carried (`متحدثا عن …`, `وتحدث عن …`)
            return _trim(text, s if purpose else e, limit)  # the ل of purpose is written onto the content's word
        if 0 < k <= addressed and cue.form in lex.proclitic_content_cues and word.startswith(lex.content_proclitics) \
                and word not in lex.content_prepositions and not _CLAUSE_PUNCT.intersection(text[words[0][0]:s]):
            return _trim(text, pos, limit)  # `ناشدت اللجنة، المنظمات الإنسانية بمد يد العون`: whom, and what for
        set_off = text[previous_end:s].strip(_SET_OFF_EDGES + doc.marks) in _COMMAS  # `(5 آب 2025)، عدم …`
        if word in lex.speech_event_nouns:
            event = k
        elif word in openers and _lead_ok(doc, pos, s) and (
                set_off or event is not None and k - event <= _EVENT_SETTING_WORDS
                and (text[words[k - 1][0]:words[k - 1][1]] not in lex.subject_stops
                     or k - 1 == event + 1 and text[words[k - 1][0]:words[k - 1][1]] in lex.pronoun_prepositions)
                or k and text[words[k - 1][0]:words[k - 1][1]] in lex.time_words):
            # the lead's adjuncts set off (`أعلنت الوزارة اليوم، الأربعاء، مقتل …`), the setting of the speech event
            # they name (`وجدد القادة في بيانهم الختامي رفضهم …`, `وأكد في كلمة له بدء …`), or a time adverbial
            # (`أعلنت الوزارة اليوم الأحد مقتل …`), not a preposition's object (`في بيان حول مقتل`)
            return _trim(text, s, limit)
        elif openers and set_off and verbal_noun_pattern(lex).fullmatch(word) and _lead_ok(doc, pos, s):
            return _trim(text, s, limit)  # `اعلن المحافظ، اليوم الاربعاء، اكمال إدراج الخطة`
        previous_end = e
    return None


_SET_OFF_EDGES = " \t\n()[]"  # around the comma that sets an opener off: a bracketed date, a closing mark


def _lead_comma(doc: _Document, pos: int, limit: int) -> re.Match[str] | None:
    """The comma that closes the few words after `pos` (no other punctuation or quote mark among them), if any."""
    comma = _COMMA_PATTERN.search(doc.text, pos, limit)
    if comma is None or doc.at_least(pos, comma.start(), _MAX_LEAD_WORDS + 1) \
            or _CLAUSE_PUNCT.intersection(doc.text[pos:comma.start()]) or doc.has_mark(pos, comma.start()):
        return None
    return comma


def _after_source_comma(doc: _Document, pos: int, limit: int) -> tuple[int, int] | None:
    """`وبحسب النشرية التقديرية لواردات السوق ذات المصلحة الوطنية …، فقد تم …`: in a caseless language the mention
    after a source phrase may run on past the words its search stops at, to the comma that ends it; the clause after
    that comma is the content, when nothing but words (no complementizer) stands before it."""
    comma = _lead_comma(doc, pos, limit)
    if comma is None:
        return None
    words = words_in(doc.text, pos, comma.end() + 40, _MAX_LEAD_WORDS + 1)
    if any(doc.text[s:e] in doc.lex.complementizers for s, e in words if s < comma.start()):
        return None
    after = next(((s, e) for s, e in words if s > comma.start()), None)
    if after is None or doc.text[after[0]:after[1]] in doc.lex.clause_stops:
        return None
    opens = doc.text[after[0]:after[1]] in doc.lex.complementizers  # `…، فإن …`
    return _trim(doc.text, after[1] if opens else comma.end(), limit)


def _proclitic_after_adjunct(doc: _Document, pos: int, limit: int) -> int | None:
    """`وتعهد عضو المجلس بحضور وزير الزراعة، بتذليل العقبات`: where the content that a cue's preposition opens starts
    after an adjunct a comma closes (a few words, no other punctuation or mark)."""
    text, lex = doc.text, doc.lex
    comma = _lead_comma(doc, pos, limit)
    if comma is None:
        return None
    after = words_in(text, comma.end(), limit, 1)
    word = text[after[0][0]:after[0][1]] if after else ""
    return after[0][0] if opens_proclitic_content(word, lex) else None


def _proclitic_content_ahead(doc: _Document, pos: int, limit: int) -> int | None:
    """`وطالب المحتجون، وهم من أبناء المنطقة، في بيان مصور، بتوفير فرص عمل`, `طالبت الجمعية في وقت سابق بإنشاء …`:
    where the content that a cue's preposition opens starts past the asides and adjuncts before it: the first verbal
    noun with that preposition written onto it within a few words, no complementizer, cue word or quotation but a
    name's before it. Whom the cue addresses, a definite noun after the last comma and the time words there, opens
    the content (`وطالبت الحكومة اليوم الثلاثاء [الحكومة الاتحادية في بغداد باطلاق الرواتب]`)."""
    text, lex = doc.text, doc.lex
    words = words_in(text, pos, limit, _MAX_PROCLITIC_LEAD_WORDS + 1)
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        if word in lex.complementizers or word in lex.cue_verbs or not doc.only_names_quoted(pos, s):
            return None  # (a quoted name may stand in the lead: `، من بينها "سي ووتش"،`)
        if word.startswith(lex.content_proclitics) and opens_proclitic_content(word, lex):
            rest = word[1:].lstrip(TATWEEL)
            if verbal_noun_pattern(lex).fullmatch(rest) is not None or definite_verbal_noun(rest, lex):
                break
    else:
        return None
    first = k
    while first > 0 and not _COMMA_SET.intersection(text[words[first - 1][1]:words[first][0]]):
        first -= 1  # back to the last comma before it, or to the cue
    while first < k and text[words[first][0]:words[first][1]] in lex.time_words:
        first += 1
    addressee = text[words[first][0]:words[first][1]]
    return words[first][0] if first < k and addressee.startswith(lex.definite_prefixes) else s


_MAX_PROCLITIC_LEAD_WORDS = 14  # `، وهم من أبناء منطقة أوباري، في بيان مصور تداولته مواقع التواصل الاجتماعي،`


def _opens_with_content_noun(doc: _Document, pos: int, limit: int) -> bool:
    """Whether the word after `pos` is a verbal noun of the language's `content_nouns`: `عن إلغاء المحادثات`."""
    after = words_in(doc.text, pos, limit, 1)
    return bool(after) and doc.text[after[0][0]:after[0][1]] in doc.lex.content_nouns


def _lead_colon(doc: _Document, pos: int, limit: int) -> int | None:
    """The colon that ends an attribution's adjuncts (`وقال الوزير في تصريح: الحكومة ستعمل …`) before `limit`."""
    colon = doc.text.find(":", pos, limit)
    while colon >= 0 and doc.after_titling_word(colon + 1):
        colon = doc.text.find(":", colon + 1, limit)  # `بعنوان: "…"`: the colon before a title
    if colon < 0 or colon + 1 == len(doc.text) or not doc.text[colon + 1].isspace() or not _lead_ok(doc, pos, colon + 1):
        return None
    return colon


def _stop_after(doc: _Document, pos: int, end: int) -> int | None:
    """The first full stop or quote mark in text[pos:end] outside quoted names and abbreviations (`د. جوتيار`)."""
    for m in doc.stop.finditer(doc.text, pos, end):
        if doc.abbreviation_dot(pos, m.start()):
            continue
        q = doc.quotation_at(m.start())
        if q is None or doc.at_least(q.start, q.end, _MIN_FLOATING_WORDS) and not doc.titled(q) \
                and quoted_name_end(doc.text, q.open_mark, len(doc.text), doc.lex) is None:
            return m.start()  # (a name a noun heads may run to a few words: `لقناة "إل بي سي آي"`)
    return None


def _demonstrative_subject_of_auxiliary(doc: _Document, word: tuple[int, int], limit: int) -> bool:
    """Whether the complementizer at `word` is a demonstrative that a finite auxiliary follows, so the subject of the
    clause (`said that was unlikely`, `said that would be a mistake`)."""
    if doc.text[word[0]:word[1]].lower() not in doc.lex.demonstrative_complementizers:
        return False
    after = words_in(doc.text, word[1], limit, 1)
    return bool(after) and not doc.text[word[1]:after[0][0]].strip() \
        and doc.text[after[0][0]:after[0][1]] in doc.lex.finite_auxiliaries


def _complementizer(doc: _Document, words: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The first complementizer among `words` before any full stop or quote mark, save those of a quoted
    name (`قال لبرنامج "حديث الساعة" إن …`) and those of a subordinate clause (`بعد أن`)."""
    if _any_complementizer(doc.lex).search(doc.text, pos, words[-1][1]) is None:
        return None  # one scan rules out most cue contexts: no complementizer even inside a word
    stop = _stop_after(doc, pos, words[-1][1])
    previous, previous_end = "", pos
    for s, e in words:
        if stop is not None and s > stop:
            return None
        word = doc.text[s:e].lower()
        if contraction(word, doc.lex) is not None:
            return None  # `says he’s satisfied that …`: the clause has its subject and verb before the word
        if complementizer_word(word, doc.text[previous_end:s], doc.lex) \
                and previous not in doc.lex.complementizer_prepositions and not _ENDS_HERE.match(doc.text, e) \
                and not doc.inside_quotation(s):  # (a quoted name's word: `برنامج "سي إن إن ستايل"`)
            return s, e
        previous, previous_end = word, e
    return None


# Only a sentence end after a word: `to accomplish that.` ends with a pronoun, which opens no clause
_ENDS_HERE = re.compile(f"[\\s{re.escape(CLOSERS)}]*(?:[{re.escape(TERMINALS)}]|\\Z)")


@per_lexicon
def _any_complementizer(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(trie_pattern(sorted(lex.complementizers)), re.IGNORECASE)


def _content_before(doc: _Document, cue: Cue, floor: int) -> tuple[int, int] | None:
    """The reported clause before `, he said` / `, according to X` / `، بحسب ...`, the comma inside a closing
    mark too: `The group is “overrun with hacks,” Hoover said`."""
    text = doc.text
    if cue.speaker is not None and cue.speaker[0] == cue.region_start \
            and text[cue.speaker[0]:cue.speaker[1]].lower() in doc.lex.relative_pronouns:
        return None  # `…, like Pat Robertson, who had condemned it`: what the comma closes is the relative's noun
    end = _before_word(doc, floor, cue.region_start, doc.lex.comparatives)  # `…، كما قال المحامي.`
    if not cue.phrase and doc.char_before(floor, end, doc.marks) not in _COMMAS:
        head = _mention_head(doc, cue, floor)  # `…, a spokesman for the company said`: the comma is before the head
        if head is None or doc.char_before(floor, head, doc.marks) not in _COMMAS:
            return None
        end = head
    span = _trim(text, floor, end)
    if doc.lex.impersonal_cues and (formula := _writer_formula(doc.lex).match(text, *span)) is not None:
        span = _trim(text, formula.end(), span[1])  # `يذكر أن [التضخم تراجع]، وفق بيانات …`: the writer's words first
    if not doc.at_least(*span, 3):
        return None
    if not cue.phrase and not doc.lex.speaker_determiners and (
            not _closes_sentence(doc, cue) or text[span[0]:span[1]].split(maxsplit=1)[0] in doc.lex.clause_stops
            or any(text[a:b] in doc.lex.resumptive_adjuncts for a, b in words_in(text, cue.end, cue.region_end, 1))):
        return None  # ... and a clause opening with a preposition is an introductory adjunct: `مع سقوط …، أعلنت`
    if doc.lex.speaker_determiners and _apposition_head(doc, cue, span):
        return None
    return span


def _apposition_head(doc: _Document, cue: Cue, span: tuple[int, int]) -> bool:
    """`Smith's lawyer, John Doe, did not respond …`: a few words right before a subject set off by commas on both
    sides, with no finite verb, are the noun phrase that the subject stands in apposition to, no report."""
    if cue.speaker is None or not cue.start > cue.speaker[1] > cue.speaker[0] > span[1]:
        return False
    text = doc.text
    return text[span[1]:cue.speaker[0]].strip() in _COMMAS and text[cue.speaker[1]:cue.start].lstrip()[:1] in _COMMAS \
        and not doc.at_least(*span, _MAX_APPOSITION_HEAD_WORDS + 1) and not _has_finite_verb(doc, *span)


_MAX_APPOSITION_HEAD_WORDS = 8  # `The state’s Republican national committeeman`


@per_lexicon
def _writer_formula(lex: Lexicon) -> re.Pattern[str]:
    """One of the writer's formulas (`impersonal_cues`) and the complementizer after it."""
    formulas = "|".join(map(re.escape, sorted(lex.impersonal_cues, key=len, reverse=True)))
    complementizers = "|".join(map(re.escape, sorted(lex.complementizers, key=len, reverse=True)))
    return re.compile(f"(?:{formulas})\\s+(?:{complementizers})(?!\\w)")


def _mention_head(doc: _Document, cue: Cue, floor: int) -> int | None:
    """Where the mention starts whose head the subject found right before the verb completes (`a spokesman for the
    company said`, `people familiar with the session said`: `with_head_before`); None when the subject runs back over
    nothing."""
    speaker = cue.speaker
    if not doc.lex.mention_prepositions or speaker is None or speaker[0] != cue.region_start \
            or not _closes_clause(doc, cue):
        return None
    start = with_head_before(doc.text, *speaker, floor, doc.lex, doc.marks)[0]
    return start if start < speaker[0] else None


def _closes_clause(doc: _Document, cue: Cue) -> bool:
    """Whether nothing but a time adverbial, or an addressee after a cue that takes one (`told POLITICO earlier this
    week`), follows the cue up to the next punctuation: an attribution closing what it reports, not a participle or an
    adjective with a complement (`a prisoner of war now charged with desertion`)."""
    end = doc.sentences[doc.sentence_of(cue.start)][1]
    stop = punct_pattern("").search(doc.text, cue.region_end, end)
    end = stop.start() if stop is not None else end
    return _only_time_after(doc, cue.region_end, end) or _only_speech_event_after(doc, cue.region_end, end) \
        or cue.form in doc.lex.addressee_cues and not doc.at_least(cue.region_end, end, _MAX_ADDRESSEE_WORDS + 1)


def _only_speech_event_after(doc: _Document, pos: int, end: int) -> bool:
    """Whether text[pos:end] is an adjunct naming the speech event, the words a preposition opens up to its noun:
    `in a news release`, `in a statement on Monday`."""
    words = [doc.text[s:e].lower() for s, e in words_in(doc.text, pos, end, _MAX_TIME_WORDS + 2)]
    return 1 < len(words) <= _MAX_TIME_WORDS + 1 and words[0] in doc.lex.clause_stops \
        and any(w in doc.lex.speech_event_nouns for w in words[1:])


def _before_subject_opener(doc: _Document, floor: int, pos: int) -> int:
    """Where a conjunction after which a subject comes first starts when it stands right before `pos`, alone or with
    a pronoun for the subject written onto it (`لكن الوزير أكد`, `لكنه أكد`); else `pos`."""
    openers = doc.lex.subject_openers
    before = word_right_before(doc.text, pos, floor) if openers else None
    if before is None:
        return pos
    word = before.group(1)
    bare = next((word[:-len(p)] for p in doc.lex.attached_pronouns if word.endswith(p)), word)
    if word in openers or bare in openers:
        return before.start()
    first = word_right_before(doc.text, before.start(), floor)  # an opener in two words: `، إلا أنه حذر`
    return first.start() if first is not None and f"{first.group(1)} {bare}" in openers else pos


def _before_clause_break(doc: _Document, floor: int, pos: int) -> int:
    """Where a word of the clause-break table that opens the clause after the last comma before `pos` starts, when
    nothing else stands between it and `pos` (`، في حين اتهمت`); else `pos`."""
    comma = _last_comma(doc.text, floor, pos)
    brk = clause_break_match(doc.text, comma + 1, pos, doc.lex) if comma >= 0 else None
    if brk is None or doc.text[brk.end():pos].strip():
        return pos
    return brk.end() - len(brk.group().lstrip())


def _before_word(doc: _Document, floor: int, pos: int, words: frozenset[str]) -> int:
    """Where one of `words` right before `pos` starts (`كما` in `، كما قال المحامي`), else `pos`."""
    before = word_right_before(doc.text, pos, floor) if words else None
    return before.start() if before is not None and before.group(1) in words else pos


@per_lexicon
def _next_report_openers(lex: Lexicon) -> frozenset[str]:
    """Words that open the next report after a comma: `also` (`، كما أكد`) and the clause linkers (`، حيث أوضح`)."""
    return lex.comparatives | lex.clause_linkers


def _closes_sentence(doc: _Document, cue: Cue) -> bool:
    """Arabic `…، قال المتحدث في بيان.`: a VSO attribution after the clause it reports leaves only adjuncts or
    punctuation after it; `في مقابلة، شرح الفنان تسجيل الأغنية` has an object: the clause before is an adjunct."""
    end = doc.sentences[doc.sentence_of(cue.start)][1]
    rest = words_in(doc.text, cue.region_end, end, 1)
    if not rest or _CLAUSE_PUNCT.intersection(doc.text[cue.region_end:rest[0][0]]):
        return True
    word = doc.text[rest[0][0]:rest[0][1]]
    return word in doc.lex.clause_stops or word in doc.lex.subject_stops


def _opening_clause_end(doc: _Document, cue: Cue, s_start: int, s_end: int) -> int | None:
    """The comma that ends a participle clause opening the sentence (`opens_with_participle`), right before the
    sentence's subject (`Saying she will explain her ruling later, Judge Dick issued …`), or an adverbial phrase or
    clause the cue stands in (`Despite reports that he would resign, the minister stayed`): what the cue reports
    stops there."""
    if not opens_with_participle(doc.text, cue, (s_start, s_end), doc.lex) \
            and not _in_opening_adjunct(doc, cue, s_start):
        return None
    subject = sentence_subject(doc.text, s_start, s_end, doc.lex, doc.marks)
    if subject is None or subject[0] <= cue.end:
        return None
    comma = _last_comma(doc.text, cue.end, subject[0])
    return comma if comma >= 0 and not doc.text[comma + 1:subject[0]].strip() else None


def _in_opening_adjunct(doc: _Document, cue: Cue, s_start: int) -> bool:
    """Whether a cue stands in an adverbial phrase or clause that opens its sentence, before the phrase's first comma:
    one that a word of `opening_adjuncts` opens (`Despite reports that …,`), or the cue's own passive participle
    (`Asked about reports that …,`); not `In several cases, tech executives say, they …`."""
    if not doc.lex.opening_adjuncts:
        return False
    first = words_in(doc.text, s_start, cue.end, 1)
    if not first or doc.text[s_start:first[0][0]].strip(SENTENCE_OPENERS):
        return False
    opens = doc.text[first[0][0]:first[0][1]].lower() in doc.lex.opening_adjuncts \
        or cue.passive and first[0][0] == cue.start
    return opens and _COMMA_PATTERN.search(doc.text, first[0][1], cue.start) is None


# The cues after one that may end its content: a news sentence holds at most five cues, and a run-on one with many
# would cost each cue a look at all the others.
_NEXT_CUES = 8


def _indirect_quotes(doc: _Document, used: set[int]) -> list[Quote]:
    quotes = []
    for si, cues in enumerate(doc.cues):
        if not cues:
            continue
        s_start, s_end = doc.sentences[si]
        floor = s_start  # content before a cue starts after the last content of the sentence
        quoted_floor = s_start  # ... or, for the sentence's closing attribution, after its last quotation
        relayed: dict[int, tuple[int, int]] = {}  # source phrases in a verb's lead, by id: the verb's attribution
        opening = _opening_clause_end(doc, cues[0], s_start, s_end)
        for k, cue in enumerate(cues):
            if id(cue) in used:
                floor = quoted_floor = max(floor, cue.region_end)
                continue
            if cue.quotation_only or cue.negated:
                continue
            limit = s_end if opening is None or cue.region_start >= opening else opening
            sources = []  # `وقالت X، وفقا لـ"مكة" إن …`: the source reports the verb's attribution with its content
            # `According to X, Y said …`: X reports Y's attribution too; `بعد إعلان X أن …، قال Y`: an event, only
            # its own
            for nxt in () if cue.phrase and cue.form not in doc.lex.event_phrases else cues[k + 1:k + 1 + _NEXT_CUES]:
                if nxt.phrase and _in_lead(doc, cue, nxt, s_end):
                    sources.append(nxt)
                    continue
                if _in_relative_aside(doc, cue, nxt, s_end) or nxt.governed:
                    continue  # `said that the plan, which critics say is too costly, would pass`, `… amid calls for`:
                    # the content goes on
                # `The Journal, citing internal documents, reported that …`: the next attribution's subject
                # comes before this cue, so this content ends at the next verb
                boundary = nxt.region_start if nxt.region_start >= cue.region_end else nxt.start
                subject = boundary  # `…, and a spokesman for the ministry said`: the subject runs back to the head it
                if nxt.speaker is not None and nxt.speaker[0] == boundary and doc.lex.mention_prepositions:  # completes
                    subject = with_head_before(doc.text, *nxt.speaker, cue.region_end, doc.lex, doc.marks)[0]
                contrast = contrast_before(doc.text, cue.region_end, subject, doc.lex) \
                    if nxt.speaker is not None and not nxt.subjectless else None  # (`…, while Sen. X of Maine said`)
                # `، لكنه أكد أن …`, `، كما أكد أن …`, `، حيث أوضح`: the conjunction, `also` or the linker opens the
                # next clause
                boundary = _before_subject_opener(doc, cue.region_end, boundary)
                if nxt.subjectless and nxt.speaker is not None:  # `…, with X acknowledging …`: an absolute phrase's
                    boundary = _before_word(doc, cue.region_end, boundary, doc.lex.absolute_links)  # link opens it
                verb = boundary
                boundary = _before_word(doc, cue.region_end, boundary, _next_report_openers(doc.lex))
                opened = boundary < verb  # `… “أذناب العصابة” كما استبعد …`: `also` opens the next report
                linked = _before_word(doc, cue.region_end, boundary, doc.lex.subordinators)
                if linked < boundary and doc.char_before(cue.region_end, linked) in _COMMAS:
                    boundary, opened = linked, True  # `…, after half said so`: the subordinate clause reports anew
                elif contrast is not None:  # `… whereas Uber said …`, `… بينما المعارضة قالت`: a clause of its own
                    boundary, opened = min(boundary, contrast), True
                boundary = _before_clause_break(doc, cue.region_end, boundary)  # `، في حين اتهمت تقارير …`
                comma = doc.char_before(cue.region_end, boundary, doc.marks) in _COMMAS
                if nxt.subjectless and not doc.lex.participles_after_comma or nxt.phrase or comma or opened:
                    limit = boundary
                    break
                if (coordinated := _coordinated(doc, nxt, nxt.region_start)) is not None:
                    if _belief_in_report(doc, cue, nxt, coordinated):
                        used.add(id(nxt))
                        continue
                    limit = coordinated if cue.region_end <= coordinated < min(boundary, nxt.region_start) \
                        else boundary  # (past the subject's modifiers)
                    break
                if subject < boundary and (coordinated := _coordinated(doc, nxt, subject)) is not None:
                    limit = coordinated
                    break
                adverbial = _adverbial_before_verb(doc, cue.region_end, boundary, nxt)
                if adverbial is not None:
                    limit = adverbial
                    break
            if k == len(cues) - 1 and cue.phrase:
                # `[“…,” X said], according to Y`: the source reports the attributions before it too, back to the
                # link that opens a clause of its own (`أعلنت المفوضية النتائج، فيما [بلغت المشاركة 41%] بحسب المفوضية`)
                floor = _source_scope_start(doc, s_start, cue.region_start, cues)
            elif k == len(cues) - 1 and _only_time_after(doc, cue.region_end, s_end):
                floor = quoted_floor  # `[… X called for …], sources said (on Monday).`: it reports all before it
            spans = [relayed[id(cue)]] if id(cue) in relayed else _parenthetical(doc, cue, floor, limit)
            # `according to X` / `بحسب X` reports the clause before it unless it opens the sentence; `بعد إعلان X أن`
            # only the clause after it
            forward = cue.form in doc.lex.event_phrases
            # ... and `that according to X, …`: the complementizer before the phrase opens the clause it reports, with
            # or without a comma after the source (`أنه وفقاً للبيانات كان حجم الأضرار …`)
            opened = cue.phrase and after_complementizer(doc.text, cue.region_start, floor, doc.lex)
            forward = forward or opened
            if not spans and not (cue.phrase and not forward and doc.at_least(floor, cue.region_start, 3)):
                after = _content_after(doc, cue, limit, s_start)
                if after is None and opened:
                    after = _trim(doc.text, cue.region_end, limit)
                # (one word is a whole content when it is the object the cue reports, `ينفي الشائعات`, not a word
                # pointing back: `ونفت الوزارة ذلك`)
                word = doc.text[after[0]:after[1]] if after else ""
                if after and (_only_addressee(doc, cue, after, s_end) or _only_timestamp(doc, *after)):
                    after = None  # `…, Graham told The Huffington Post.`: whom it was told; the clause before is what
                if after and (doc.at_least(*after, _min_content_words(doc, after[0]))
                              or word in object_nouns(cue.form, doc.lex) and word not in doc.lex.demonstratives
                              or word.lower() in doc.lex.answer_words  # (`half said so`, `72 percent said yes`)
                              or _quoted_description(doc, after) or _definite_proclitic_object(doc, cue, word)):
                    spans.append(_without_coordinator(doc, after))
            if not spans and (listed := _list_after_cue(doc, cue) or _block_after_cue(doc, cue)) is not None:
                spans.append(listed)  # `Police said:` and the points of what they said, a line each, or a block
            if not spans and cue.form in doc.lex.wording_phrases:  # `… “وعود بالدراسة”، بحسب تعبير أحد …`
                spans += _quotation_before(doc, floor, cue.region_start)
            if not spans and not cue.subjectless and not forward and floor < cue.region_start \
                    and cue.form not in doc.lex.topic_cues:  # `كما تحدث عن الأوضاع`: a topic after it, no report before
                before = _content_before(doc, cue, floor)
                # `نفت الخلية …، حسبما جاء في بيان`: a source phrase that names no source over a clause with an
                # attribution of its own only says where that speaker said it
                if before and not (cue.phrase and cue.speaker is None and any(
                        c is not cue and c.speaker is not None and before[0] <= c.start < before[1] for c in cues)):
                    spans.append(before)
            for start, end in spans:
                start = _past_dateline(doc, start, end)
                end = _past_list(doc, _before_main_predicate(doc, cue, start, end))
                quotes.append(_classified(doc, start, end, cue))
                floor = max(floor, end)
            for source in sources if spans else ():
                if source.form in doc.lex.quoting_phrases:
                    used.add(id(source))  # `وذكرت الصحيفة، نقلا عن مصادر، أن …`: the verb's subject quotes the
                    continue  # source, and speaks (as annotated news has it); the phrase adds no report of its own
                relayed[id(source)] = cue.region_start, spans[-1][1]
    return quotes


def _in_relative_aside(doc: _Document, cue: Cue, nxt: Cue, s_end: int) -> bool:
    """Whether the cue `nxt` after `cue` reports inside a relative clause set off by commas within `cue`'s content,
    after which the content's own predicate goes on (`said that the plan, which critics say is too costly, would
    pass`): a comma and a relative pronoun after `cue`, no comma between them and `nxt`, and a comma after `nxt`'s words
    before a lower-case word."""
    text = doc.text
    if not doc.lex.speaker_determiners or text.find(",", cue.region_end, nxt.region_start) < 0:
        return False
    relative = _set_off_relative(doc.lex).search(text, cue.region_end, nxt.region_start)
    if relative is None or "," in text[relative.end():nxt.region_start]:
        return False
    comma = text.find(",", nxt.region_end, s_end)
    after = words_in(text, comma + 1, s_end, 1) if comma >= 0 else []
    return bool(after) and text[after[0][0]].islower() and not doc.has_mark(relative.start(), comma)


def _past_dateline(doc: _Document, start: int, end: int) -> int:
    """Where a content at a line's start begins past the wire dateline that opens it: `WASHINGTON (AP) — [The Senate
    …], officials said`, and in a cased language a label in capitals, `NEW DELHI: […], the minister said`, or a place in
    capitals and a dash (`CAPITALS_DATELINE`)."""
    dateline = DATELINE_LINE.match(doc.text, start, end)
    if dateline is None and doc.lex.speaker_determiners and doc.text[start - 1:start] in ("", "\n"):
        dateline = CAPITALS_LABEL.match(doc.text, start, end) or CAPITALS_DATELINE.match(doc.text, start, end)
    return start if dateline is None else _trim(doc.text, dateline.end(), end)[0]


def _quotation_before(doc: _Document, floor: int, pos: int) -> list[tuple[int, int]]:
    """The quotation in text[floor:pos] whose closing mark only a comma and spaces separate from `pos`, if any."""
    end = floor + len(doc.text[floor:pos].rstrip(_COMMAS_AND_SPACES))
    q = doc.quotation_at(end - 1) if end > floor else None
    return [(q.start, q.end)] if q is not None and q.close_end == end and q.open_mark >= floor else []


_COMMAS_AND_SPACES = "".join(_COMMAS) + " \t\n"


_MAX_ADVERBIAL_WORDS = 3


def _adverbial_before_verb(doc: _Document, floor: int, pos: int, nxt: Cue) -> int | None:
    """The comma that opens a short prepositional adverbial before a verb-first cue with a subject of its own (`…،
    إلى جانب ذلك أكد ابوقردة …`): a new report starts there in a VSO language; None when there is none, or when a
    complementizer or a relative pronoun among those words makes the verb part of the clause before."""
    if doc.lex.speaker_determiners or nxt.speaker is None or nxt.speaker[0] < nxt.end \
            or not mention_like(doc.text, nxt.speaker, doc.lex):
        return None
    comma = _last_comma(doc.text, floor, pos)
    if comma < 0 or doc.at_least(comma + 1, pos, _MAX_ADVERBIAL_WORDS + 1):
        return None
    lex = doc.lex
    words = [doc.text[s:e] for s, e in words_in(doc.text, comma + 1, pos)]
    if not words or words[0] not in lex.clause_stops or any(
            w in lex.complementizers or w in lex.relative_pronouns for w in words):
        return None
    return comma


def _lead_verb(doc: _Document, phrase: Cue) -> Cue | None:
    """The verb (no participle) in whose lead the source phrase stands (`وقال X، بحسب البيان، إن …`), if any."""
    if not phrase.phrase:
        return None
    si = doc.sentence_of(phrase.start)
    verbs = [c for c in doc.cues[si] if c.region_end <= phrase.start]
    verb = verbs[-1] if verbs else None
    if verb is None or verb.phrase or verb.subjectless:
        return None
    return verb if _in_lead(doc, verb, phrase, doc.sentences[si][1]) else None


def _in_lead(doc: _Document, cue: Cue, phrase: Cue, end: int) -> bool:
    """Whether the source `phrase` stands in the lead of `cue`, between its attribution and its content (`وقال ترامب
    في بيان حسبما نقلت "سبوتنيك"، إنه …`), the content running to `end` at most."""
    span = _content_start_after(doc, cue, end) if cue.region_end <= phrase.start else None
    return span is not None and span[0] >= phrase.region_end


def _only_time_after(doc: _Document, pos: int, end: int) -> bool:
    """Nothing in text[pos:end] but, at most, a time adverbial: `late Thursday`, `on Monday`, `last week`."""
    if doc.at_least(pos, end, _MAX_TIME_WORDS + 1):
        return False
    words = [doc.text[s:e].lower() for s, e in words_in(doc.text, pos, end)]
    lex = doc.lex
    return not words or any(w in lex.time_words for w in words) and \
        all(w in lex.time_words or w in lex.time_modifiers or w in lex.clause_stops for w in words)


def _only_timestamp(doc: _Document, start: int, end: int) -> bool:
    """Whether text[start:end] is a date or a clock time and nothing else, as a web page's `Posted: Jul 22, 2025 6:14 PM
    MDT` gives after its verb: when it was posted, no report; or a time adverbial (`is expected to testify next
    week`): when it is said, not what."""
    if end - start > _MAX_TIMESTAMP_CHARS:
        return False
    lex = doc.lex
    clock = _clock_markers(lex)
    tokens = _TOKENS.findall(doc.text[start:end].replace(".", ""))
    return all(token.isdigit() or token.lower() in lex.time_words or token.lower() in clock
               or token in lex.time_qualifiers or token + "." in lex.time_qualifiers
               or token.lower() in lex.time_modifiers
               for token in tokens) and any(token.isdigit() or token.lower() in lex.time_words for token in tokens)


@per_lexicon
def _clock_markers(lex: Lexicon) -> frozenset[str]:
    """The language's clock abbreviations without their dots: a.m, p.m as am, pm."""
    return frozenset(marker.replace(".", "") for marker in lex.time_abbreviations)


_MAX_TIMESTAMP_CHARS = 40
_TOKENS = re.compile(r"[^\W\d_]+|\d+")


def _definite_proclitic_object(doc: _Document, cue: Cue, word: str) -> bool:
    """Whether one word is a whole content: a definite noun the cue's proclitic opens (`رحب النائب بالقرار`, `أشاد
    المدرب بالأداء`) or its own preposition (`يحذر من السيول`), a thing named, where a pronoun alone (`رحب به`)
    points back."""
    lex = doc.lex
    if lex.definite_prefixes and word.startswith(lex.definite_prefixes[0]) and len(word) > _MIN_DEFINITE_OBJECT_CHARS \
            and (own := cue_word_tables(lex)[1].get(cue.form)) is not None \
            and doc.text[cue.region_end:cue.region_end + 12].split()[:1] == [own]:
        return True  # ... or one the cue's own preposition opens: `يحذر من السيول`
    return cue.form in lex.proclitic_content_cues and word.startswith(lex.content_proclitics) \
        and word[1:].startswith(lex.definite_prefixes) and len(word) > _MIN_DEFINITE_OBJECT_CHARS


_MIN_DEFINITE_OBJECT_CHARS = 4  # the proclitic, the article and a noun of two letters at least: بالقرار, not بال


def _min_content_words(doc: _Document, start: int) -> int:
    """Words a reported clause starting at `start` needs: one after a complementizer that carries the
    clause's subject (`قال إنه متفائل`), else `_MIN_CONTENT_WORDS`."""
    if not doc.lex.subject_complementizers:
        return _MIN_CONTENT_WORDS  # a language without them (English) skips the word scan
    before = words_in(doc.text, max(0, start - 12), start)
    if before and doc.text[before[-1][0]:before[-1][1]] in doc.lex.subject_complementizers:
        return 1
    return _MIN_CONTENT_WORDS


def _belief_in_report(doc: _Document, cue: Cue, nxt: Cue, coordinated: int) -> bool:
    """Whether `nxt`, a verb of belief with no subject of its own joined by a bare coordinator (no comma or dash
    before it) to the clause a saying verb `cue` reports, goes on with that clause (`said he understood the
    frustration but feared …`, `said the board was “fully behind” the plan and expected to …`) rather than
    starting an attribution (`has said he doesn’t plan to … — and thinks that …`)."""
    if coordinated != nxt.region_start or nxt.region_start != nxt.start or nxt.form not in doc.lex.belief_cues \
            or cue.phrase or cue.form in doc.lex.belief_cues:
        return False
    lead = words_in(doc.text, cue.region_end, nxt.start)[-_MAX_VERB_LEAD_WORDS - 1:]  # (`but still feared`)
    coordinator = next((s for s, e in reversed(lead) if doc.text[s:e].lower() in doc.lex.coordinators), None)
    if coordinator is None:
        return False
    before = doc.char_before(cue.region_end, coordinator)
    return bool(before) and before not in _CLAUSE_PUNCT and before not in DASHES


def _conjoined_verb(doc: _Document, cue: Cue) -> bool:
    """A verb-first cue with a conjunction written onto it (وأكد), not a root letter (وصف)."""
    return cue.region_start == cue.start and conjoined_form(cue.form, doc.lex)


def _coordinated(doc: _Document, cue: Cue, start: int) -> int | None:
    """Where the subject of a cue joined to the clause before it by a coordinator starts (`… and warned`, `… but
    also noted`, `وأكد`; its attribution starting at `start`): it starts a new attribution, so the content before it
    ends there. A cased language's subject may run back over lower-case words its mention left out, after a comma
    and the coordinator (`…, and campaign chair Lou Damato wrote`); None when no coordinator joins it."""
    coordinators = doc.lex.coordinators
    if _conjoined_verb(doc, cue):
        return start
    subject = start
    for s, e in reversed(words_in(doc.text, max(0, start - 40), start)[-3:]):
        word = doc.text[s:e].lower()
        if word in coordinators:
            return subject if subject == start or doc.char_before(0, s) in _COMMAS else None
        if word in doc.lex.speaker_skips and subject == start:
            continue
        if not doc.lex.speaker_determiners or not doc.text[s:e].isalpha() or not doc.text[s:e].islower() \
                or word in doc.lex.subject_stops or word in doc.lex.pronouns or word in doc.lex.speaker_determiners \
                or word.endswith(doc.lex.past_endings + doc.lex.gerund_endings) \
                or start - s > _MAX_LEFT_MODIFIER_CHARS or doc.text[e:subject].strip():
            return None
        subject = s
    return None


_MAX_LEFT_MODIFIER_CHARS = 24  # `campaign chair`, `union spokeswoman`


def _parenthetical(doc: _Document, cue: Cue, floor: int, limit: int) -> list[tuple[int, int]]:
    """`Now, he says, at least seven delegates …`, `Over the long term, according to the budget office, the
    rise in …`: an attribution set off by commas inside its content; the content is the part before it and
    the part after it. A source phrase does so only after a few words that are no clause of their own, and
    not before a clause of the writer's (`…, according to his supporters, who are offering …`)."""
    if cue.subjectless or (not cue.phrase and (cue.speaker is None or cue.speaker[0] > cue.start)) \
            or doc.char_before(floor, cue.region_start) not in _COMMAS:
        return []
    after = _trim(doc.text, cue.region_end, limit, " \t")
    if cue.phrase and after[0] < after[1] and doc.text[after[0]] not in _COMMAS:
        # the source's own words before the comma (`، بحسب نسخة اطلعت عليها الجزيرة نت، …`)
        comma = min((at for c in _COMMAS if (at := doc.text.find(c, after[0], min(after[1], after[0] + 60))) >= 0),
                    default=-1)
        if comma > 0 and not doc.has_mark(after[0], comma) and not punct_pattern("").search(doc.text, after[0], comma) \
                and not doc.at_least(after[0], comma, _MAX_SOURCE_TAIL_WORDS + 1):
            after = (comma, after[1])
    if after[0] >= after[1] or doc.text[after[0]] not in _COMMAS:
        return []
    before, rest = _trim(doc.text, floor, cue.region_start), _trim(doc.text, after[0] + 1, limit)
    if not doc.at_least(*rest, 1) or not doc.at_least(*before, 1):
        return []
    if cue.phrase and _opens_linked_clause(doc, before, rest):
        before = (before[0], before[0])  # `…, because, according to Trump, the media …`: the clause the linker opens
    elif cue.phrase:
        if floor != doc.sentences[doc.sentence_of(cue.start)][0] or _opens_writer_clause(doc, rest[0]) \
                or doc.at_least(*before, _MAX_PARENTHETICAL_LEAD_WORDS + 1):
            return []  # only a short opening of the sentence: not `he told advisers afterward, according to X, …`
        if doc.text[before[0]:before[1]].lower() in doc.lex.coordinators:
            before = (before[0], before[0])  # `But, according to the poll, …`: the conjunction is the writer's
    brk = clause_break(doc.text, rest[0], rest[1], doc.lex, doc.inside_quotation)
    rest = _trim(doc.text, rest[0], brk) if brk is not None else rest
    tail = [doc.text[a:b].lower() for a, b in words_in(doc.text, *rest, 3)]
    if len(tail) < 3 and (not tail or tail[0] in doc.lex.coordinators
                          or len(words_in(doc.text, *before, 3)) + len(tail) < 3):
        return []  # the two parts make the content (`This campaign, he says, is different`), not a conjunction
        # that opens the writer's next clause (`…, Chief Castillo said, and investigators believe …`)
    return [span for span in (before, rest) if span[0] < span[1]]


def _opens_linked_clause(doc: _Document, before: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Whether text[before] ends in a subordinator (`…, because,`) or in a coordinator before a clause of its own in
    text[rest] (`…, and, according to X, two in the batch were …`; not a verb sharing the subject: `reshuffled top
    diplomats and, according to officials, adopted …`)."""
    last = words_in(doc.text, max(before[0], before[1] - 20), before[1])[-1:]
    if not last or last[0][1] != before[1]:
        return False
    word = doc.text[last[0][0]:last[0][1]].lower()
    if word in doc.lex.subordinators:
        return True
    first = words_in(doc.text, rest[0], rest[1], 1)
    opening = doc.text[first[0][0]:first[0][1]] if first else ""
    return word in doc.lex.coordinators and bool(opening) and (
        opening[0].isupper() or opening[0].isdigit() or opening.lower() in doc.lex.pronouns
        or opening.lower() in doc.lex.speaker_determiners)


_MAX_SOURCE_TAIL_WORDS = 4  # words after a source phrase's source before its closing comma: `اطلعت عليها الجزيرة نت`
_MAX_PARENTHETICAL_LEAD_WORDS = 6  # words before `, according to X,` that leave its clause open: `Over the long term`


def _opens_writer_clause(doc: _Document, pos: int) -> bool:
    """Whether the words at `pos` open a clause of the writer's: a relative pronoun, a coordinator or a
    clause break (`which`, `but`, `while`)."""
    words = words_in(doc.text, pos, pos + 40, 1)
    if not words:
        return False
    first = doc.text[words[0][0]:words[0][1]].lower()
    return first in doc.lex.relative_pronouns or first in doc.lex.coordinators \
        or opens_clause_break(doc.text, pos, len(doc.text), doc.lex)


def _classified(doc: _Document, start: int, end: int, cue: Cue) -> Quote:
    """Direct when the clause is exactly one quotation, mixed when it holds one, else indirect. A closing bracket at
    the clause's end that it holds no opening of is the bracketed sentence's, left out: `(According to X, it …
    statistics.)`."""
    for opening, closing in _BRACKETS:
        if doc.text[end - 1:end] == closing and opening not in doc.text[start:end]:
            end = _trim(doc.text, start, end - 1)[1]
    inner = _trim(doc.text, start, end, doc.edge)
    i = bisect.bisect_left(doc.q_starts, inner[0])
    if i < len(doc.quotations) and (doc.quotations[i].start, doc.quotations[i].end) == inner:
        return _quote_for(doc, inner[0], inner[1], "direct", cue)
    quote_type = "mixed" if doc.overlaps_quotation(start, end) else "indirect"
    return _quote_for(doc, start, end, quote_type, cue)


_HEADLINE_SEPARATOR = re.compile(r"\.\.+|…|\|| [-–—] ")  # between a title's teaser and its attribution


_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))


def _headline_quote(text: str, sentence: tuple[int, int], marks: str, lex: Lexicon) -> Quote | None:
    """`الكرملين: روسيا متمسكة ...` / `NY Daily News: Paris ...`: a title (see `_title_lines`) that names its source
    before a colon; the source may be a quoted name (`«الشرق الأوسط»: متمسكون …`), not a label (`عاجل:`)."""
    s_start, s_end = sentence
    colon = text.find(":", s_start, s_end)
    if colon < 0:
        return None
    label = text[s_start:colon].strip().replace(TATWEEL, "").lower()
    if (label in lex.headline_labels or label in lex.interviewer_labels) and text.find(":", colon + 1, s_end) >= 0:
        # a genre's label before the source's colon: `حوار: وزير المالية لـ"البيان": لا ضرائب …`, `Exclusive: …: …`
        return _headline_quote(text, _trim(text, colon + 1, s_end, " \t"), marks, lex)
    if (signed := _source_after_colon(text, s_start, s_end, colon, marks, lex)) is not None:
        return signed
    # a teaser before a separator is no part of the source: `"عرس وطني".. وزير الداخلية: …`, `Exclusive | Minister: …`
    teaser = _last_separator(text, s_start, colon)
    if teaser is not None:
        s_start = _past_teaser(text, teaser.end(), colon, lex)
    if (reply := _title_reply(text, s_start, colon, s_end, lex)) is not None:
        return reply
    first = words_in(text, s_start, colon, 1)
    # a source headed by a title is a mention however long (`قائد قطاع جنوب الليطاني في الجيش اللبناني: …`)
    titled = bool(first) and text[first[0][0]:first[0][1]] in lex.titles
    longest = _MAX_TITLED_SOURCE_WORDS if titled else _MAX_HEADLINE_SOURCE_WORDS
    # the addressee after the source is none of it: `فراس العمري لـ«الشرق الأوسط»: …`, `وكيل (الصحة) لـ(كونا): …`
    source_end = next((at for p in lex.addressee_proclitics if (at := text.rfind(" " + p, s_start, colon)) > s_start),
                      colon)
    if not first or _has_words(text, s_start, source_end, longest + 1):
        return None
    source = _trim(text, s_start, source_end)
    if source[0] >= source[1]:
        return None  # (only the addressee before the colon: `، لـ: …`)
    if punct_pattern("").search(text, *source) is not None and not _bracketed_names(text, source, lex) \
            or sum(text.count(m, *source) for m in marks) % 2:
        return None  # a clause, or a quotation left open; a quoted name is a source's (`«البيئة» الكويتية: …`)
    if text[source[0]] in marks and text[source[1] - 1] in marks:
        if lex.speaker_determiners:
            return None  # a cased language quotes no source's name so: a claim or a slogan (`'Justice for Amira': …`)
        source = _trim(text, *source, _SPACE_AND_PUNCT + marks)  # `«الشرق الأوسط»: …`: the name without its marks
        if source[0] >= source[1]:
            return None  # (marks alone: `'' لـ: …`)
    if any(text.count(opening, s_start, colon) > text.count(closing, s_start, colon) for opening, closing in _BRACKETS):
        return None  # `{بغداد: الفرات نيوز}دعا …`: a dateline's colon inside its brackets
    label = text[source[0]:source[1]].replace(TATWEEL, "").lower()
    if label.rsplit(maxsplit=1)[-1] in lex.item_announcers:
        return None  # `وأصدر الكاتب روايتين هما: «…» و«…»`: the items the clause names, no source
    if label in lex.headline_labels or label in lex.time_words or label in lex.place_names \
            or label in lex.question_labels or label in lex.answer_labels:
        return None  # `عــاجل: …`, `BREAKING: …`, `الليلة: …`, `تونس: …`, `س: …`: a label, a time, a place or a turn's
        # label, no source
    content = _trim(text, colon + 1, s_end)
    # (`مدير منتخب الأردن: نشعر بالغيرة`, `…. والوزارة: رواتبكم مؤمنة`; not a dateline's)
    if not _has_words(text, *content, 2 if titled or teaser is not None else 3):
        return None
    if text[source[0]:source[1]].isupper() and _has_words(text, *content, _MAX_HEADLINE_WORDS + 1):
        return None  # `KUALA LUMPUR: The number of flood evacuees … showed a drop this morning, while …`: a dateline in
        # capitals before a body sentence longer than a headline (`AP: Trump chair routed Ukrainian money to …`)
    return Quote(content[0], content[1], "indirect", source, False, (colon, colon + 1))


_MAX_REPLY_WORDS = 10  # a replying title's words before its colon: the subject, its verbs and what it answers


def _title_reply(text: str, start: int, colon: int, end: int, lex: Lexicon) -> Quote | None:
    """`الزمالك يرد على أنباء إيقاف القيد: نعمل على حل الأزمة`: a title's subject, a verb of replying or commenting
    (`lex.title_reply_verbs`) on what it answers, and its words after the colon, the cue as for any title's source;
    the subject is the words before the title's first verb (`الوزاني يعلن لائحة المنتخب ويرد على منتقديه: …`)."""
    words = words_in(text, start, colon, _MAX_REPLY_WORDS + 1)
    if not lex.title_reply_verbs or len(words) > _MAX_REPLY_WORDS:
        return None
    verb = next((k for k in range(len(words) - 1, 0, -1) if text[slice(*words[k])] in lex.title_reply_verbs), None)
    if verb is None:
        return None
    first = next(k for k in range(1, verb + 1) if k == verb or title_verb(text[slice(*words[k])], lex))
    content = _trim(text, colon + 1, end)
    if first > _MAX_HEADLINE_SOURCE_WORDS or not _has_words(text, *content, 2):
        return None
    return Quote(content[0], content[1], "indirect", (words[0][0], words[first - 1][1]), False, (colon, colon + 1))


def _bracketed_names(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the only punctuation of a caseless source is brackets around its names, as Kuwait's agency writes them
    (`(الصحة) الكويتية`, `(أوتشا)`)."""
    words = text[span[0]:span[1]]
    bracketed = re.findall(r"\(([^()]*)\)", words)
    return not lex.speaker_determiners and words.count("(") == words.count(")") == len(bracketed) > 0 \
        and punct_pattern("").search(words.replace("(", " ").replace(")", " ")) is None \
        and not any(w in lex.outlets or w in lex.place_names for b in bracketed for w in b.split()) \
        and words.split()[0] not in lex.place_names  # (a dateline's agency: `غزة (وكالات):`, `بيروت - (رويترز):`)


_MAX_SIGNED_SOURCE_WORDS = 4


def _source_after_colon(text: str, start: int, end: int, colon: int, marks: str, lex: Lexicon) -> Quote | None:
    """`We bounced back with flying colours: ISRO chief Sivan`: a cased title that ends in its source, a mention of a
    few words after the colon that opens with a capital and ends in one or in a title, no mark or terminal in it;
    the claim before the colon, a clause of a few words, is what the source said."""
    if not lex.speaker_determiners:
        return None
    source = _trim(text, colon + 1, end)
    words = text[source[0]:source[1]].split()
    if not 0 < len(words) <= _MAX_SIGNED_SOURCE_WORDS or not words[0][0].isupper() \
            or not (words[-1][0].isupper() or words[-1].lower() in lex.titles) \
            or any(ch in marks or ch in TERMINALS or ch in ",;" for ch in text[colon + 1:end].rstrip()):
        return None  # (not a claim after the colon: `The One Thing Both Sides Want: Break Up Banks.`)
    claim = _trim(text, start, colon)
    if not _has_words(text, *claim, _MIN_SIGNED_CLAIM_WORDS) \
            or any(ch in marks for ch in _WORD_APOSTROPHE.sub("", text[claim[0]:claim[1]])):
        return None
    return Quote(claim[0], claim[1], "indirect", source, False, (colon, colon + 1))


_MIN_SIGNED_CLAIM_WORDS = 4
# Apostrophes that are no quote mark in a signed title's claim: inside a word, and after a plural's `s`
# (`veterans’ backlog`). `_mark_patterns` leaves the plural possessive a mark, as it may close a quotation inside a
# sentence (`called them 'crooks' in a speech`); folding this rule into it was measured and moved PolNeAR rows.
_WORD_APOSTROPHE = re.compile(f"(?<=\\w)[{APOSTROPHES}](?=\\w)|(?<=s)[{APOSTROPHES}](?=\\s)")  # `doesn't`, `veterans’`


def _title_lines(doc: _Document) -> list[int]:
    """The sentences that may be titles: the first, and, where a colon closes an attribution, any other that is a line
    of its own without a terminal mark (a subheading, a bulleted highlight: `- الكندري: قضية التسريبات كانت اختباراً
    جدياً`); not in English, where such lines are times, e-mail headers or labels (`10:45 a.m.`, `Subject: …`)."""
    text, terminals = doc.text, doc.lex.terminals
    if not doc.lex.colon_closes_attribution:
        return [0] if doc.sentences else []
    return [i for i, (s, e) in enumerate(doc.sentences) if i == 0 or text[e - 1] not in terminals
            and fills_line(text, s, e)]



def _title_quote(doc: _Document, i: int, quotes: list[Quote]) -> Quote | None:
    """The attribution of the title sentence `i` that names its source before a colon, unless a cue stands in the
    source's place (`Revealed: …`, `الرئيس يؤكد: …`). A cue after the colon reports inside the source's words (`رئيس
    هيئة البيئة: خطاب جلالته أكد أهمية …`), or, reporting nothing, is another word (`نسب الاقتراع`, rates)."""
    start, end = doc.sentences[i]
    headline = _headline_quote(doc.text, (start, end), doc.marks, doc.lex)
    cues = doc.cues[i]
    if headline is None and cues and doc.lex.colon_closes_attribution:
        return _verb_headline_quote(doc, i)
    if headline is not None and headline.speaker is not None and cues \
            and (teaser := _last_separator(doc.text, start, headline.speaker[0])):
        cues = [c for c in cues if c.start >= teaser.end()]  # `الأهلي يعلن …. والجندي: …`: the teaser's cue reports
        # its own part
    if headline is not None and i > 0 and _byline(doc, headline.start, headline.end) \
            and not doc.has_mark(headline.start, headline.end):
        return None  # a line under the title that names its writer: `حوار: هاني عبد الرازق`, `بيروت - «الخليج»: جاد
        # عواد`
    if headline is None or headline.speaker is None or cues and (cues[0].start < headline.start or (
            cues[0].start == headline.start or cues[0].region_start == headline.start
            and doc.text[slice(*headline.speaker)].isupper())
            and any(q.cue is not None and q.cue[0] == cues[0].start for q in quotes)):
        return None  # ... or reports from the start of the words after the colon: a dateline's (`وطنا اليوم:قال …`),
        # with its subject after a dateline in capitals (`GUWAHATI: Assam Education Minister Ranoj Pegu explained
        # that …`; a source in a title reports another's report: `Bill Clinton: Hillary thinks …`)
    return _with_quotations(doc, headline)


def _verb_headline_quote(doc: _Document, i: int) -> Quote | None:
    """`الرئاسة تدين التصعيد في غزة ونابلس: يجر المنطقة لمربع العنف`: a title whose subject opens it before its cue
    verb (a headline's order) and whose colon ends the verb's clause; the words after the colon are the subject's."""
    start, end = doc.sentences[i]
    text = doc.text
    colon = text.find(":", start, end)
    cue = doc.cues[i][0]
    if colon < 0 or cue.speaker is None or cue.start > colon or cue.speaker[1] > cue.start \
            or text[start:cue.speaker[0]].strip() or _has_words(text, *cue.speaker, _MAX_HEADLINE_SOURCE_WORDS + 1) \
            or punct_pattern(doc.marks).search(text, cue.speaker[1], colon) is not None:
        return None
    content = _trim(text, colon + 1, end)
    if not _has_words(text, *content, 2) or doc.has_mark(*content):
        return None  # (a quotation after the colon is a direct quote of its own)
    return Quote(content[0], content[1], "indirect", cue.speaker, False, (colon, colon + 1))


_SIGNATURE = re.compile(r"[^\S\n]*[-–—][^\S\n]*")  # between a title's quotation and its speaker's name
_MAX_SIGNATURE_WORDS = 8  # `“…” – New Zealand Head Coach Ian Foster`


def _signed_title_quote(doc: _Document) -> Quote | None:
    """`“We Thought They Would Fatigue” – New Zealand Head Coach Ian Foster`: a title line that is one quotation, then
    a dash and a short name to the line's end, which is its speaker."""
    text = doc.text
    start = doc.sentences[0][0]
    end = line_end(text, start)
    q = doc.quotations[0] if doc.quotations else None
    if q is None or q.open_mark != start or not q.closed or q.close_end >= end:
        return None
    dash = _SIGNATURE.match(text, q.close_end, end)
    if dash is None:
        return None
    source = _trim(text, dash.end(), end)
    if source[0] >= source[1] or _has_words(text, *source, _MAX_SIGNATURE_WORDS + 1) \
            or punct_pattern("").search(text, *source) is not None or any(m in doc.marks for m in text[slice(*source)]):
        return None
    return Quote(q.start, q.end, "direct", source, False, None)


def _claim_title_quotation(doc: _Document) -> Quotation | None:
    """`‘We are running out of road’: Nottingham council warns of cuts …`, `'We had to leave again': The Ukrainians
    fleeing …`: the quotation that opens a title and closes right before its colon, when its words speak in the first
    or second person (the language's `speaking_pronouns`): the words of the subject after the colon. A slogan or a
    name so quoted speaks in neither (`'Justice for Amira': Reaction as …`)."""
    if not doc.lex.speaking_pronouns or not doc.quotations or not doc.sentences:
        return None
    text, q = doc.text, doc.quotations[0]
    if q.open_mark != doc.sentences[0][0] or not q.closed or _COLON_NEXT.match(text, q.close_end) is None:
        return None
    words = _WORDS.findall(text, q.start, q.end)
    return q if any(w.lower() in doc.lex.speaking_pronouns for w in words) else None


_COLON_NEXT = re.compile(r"[^\S\n]*:[^\S\n]+\S")
_WORDS = re.compile(r"\w+")


def _claim_title_quote(doc: _Document, quotes: list[Quote]) -> Quote | None:
    """The direct quote of a title's opening claim (`_claim_title_quotation`), the colon its cue, its speaker the
    subject of the title's report after the colon (`insurers warn …`) or else the mention that opens the words after
    the colon."""
    q = _claim_title_quotation(doc)
    if q is None:
        return None
    text = doc.text
    colon = text.index(":", q.close_end)
    end = line_end(text, colon)
    reported = next((r.speaker for r in quotes if r.cue is not None and colon < r.cue[0] < end and r.speaker
                     and r.speaker[0] > colon), None)
    speaker = with_head_before(text, *reported, colon + 1, doc.lex, doc.marks) if reported is not None \
        else speaker_after(text, colon + 1, end, doc.lex, doc.marks)  # (`aid workers in Gaza warn of …`)
    return None if speaker is None else Quote(q.start, q.end, "direct", speaker, False, (colon, colon + 1))


_MAX_TEASER_SUBJECT_WORDS = 8  # (`المتهم الرئيسي في ملف «الأمانة للصيرفة» يمثل`)
_MIN_TEASER_WORDS = 3  # a teaser's quotation, before a subject and its verb: shorter, it must read as words said
_SEPARATOR_NEXT = re.compile(r"[^\S\n]*(?:\.\.+|…|\||[-–—])")  # a headline separator after a teaser's last mark


def _claimed_teaser_quote(doc: _Document) -> Quote | None:
    """`"لا ماء منذ 12 يوما".. أهالي معان يحتجون على …`: a quotation that is all a title's teaser, before the
    separator, is the words of the subject that follows it, up to its verb in the imperfect (a headline's tense:
    the language's `headline_verb_prefixes`); no cue reports it (a colon after a source is `_teaser_quote`'s). Not
    a quotation as short as a scare quote or a quoted name (`«حرب المضخات».. نزاعات عشائرية …`)."""
    lex, text = doc.lex, doc.text
    if not lex.headline_verb_prefixes or not doc.quotations or not doc.sentences:
        return None
    q, end = doc.quotations[0], line_end(text, doc.sentences[0][0])
    separator = _SEPARATOR_NEXT.match(text, q.close_end) if q.closed else None
    if q.open_mark != doc.sentences[0][0] or separator is None or ":" in text[separator.end():end] \
            or not (doc.at_least(q.start, q.end, _MIN_TEASER_WORDS) or _spoken_shape(text, q, lex)):
        return None
    words = words_in(text, separator.end(), end, _MAX_TEASER_SUBJECT_WORDS + 1)
    verb = next((k for k, (s, e) in enumerate(words) if k and title_verb(text[s:e], lex)), None)
    if verb is None or any(text[s:e] in lex.clause_stops for s, e in words[:1]):
        return None
    start, end = words[0][0], words[verb - 1][1]
    if text[end:end + 1] in doc.marks and doc.has_mark(start, end):
        end += 1  # the subject's own quoted name closes here: `المتهم في ملف «الأمانة»`
    return Quote(q.start, q.end, "direct", (start, end), False, None)


def _spoken_shape(text: str, q: Quotation, lex: Lexicon) -> bool:
    """Whether a quotation of two or three words reads as someone's words, not as a name: a nominal sentence (a
    subject with the article, a predicate without: `المصاريف نار`, not `حرب المضخات`, `الأمن الغذائي`) or a word
    with a first-person pronoun on it (`هدموا ذكرياتنا`); no outlet's name (`الجزيرة نت`)."""
    words = [text[s:e] for s, e in words_in(text, q.start, q.end, 4)]
    if not 2 <= len(words) <= 3 or not lex.definite_prefixes or any(w in lex.outlets for w in words):
        return False
    article = lex.definite_prefixes[0]
    nominal = len(words) == 2 and words[0].startswith(article) and not words[1].startswith(article)
    spoken = any(w.endswith(lex.first_person_suffixes) and w not in lex.first_person_lookalikes and len(w) > 3
                 for w in words)
    return nominal or spoken


def _predicate_title_quote(doc: _Document) -> Quote | None:
    """`Canada’s premiers 'remain united' on tariffs fight`: in a cased language's title, a quoted predicate (two words
    or more, in lower case) right after a subject that opens the line (capitalised words, joined by the language's
    `title_subject_joiners` or after a possessive) is that subject's words."""
    text, lex = doc.text, doc.lex
    start = doc.sentences[0][0]
    end = line_end(text, start)
    q = next((q for q in doc.quotations if q.open_mark < end), None)
    if q is None or q.open_mark == start or q.close_end > end or not q.closed \
            or doc.cues[0] and doc.cues[0][0].start < q.open_mark \
            or not _has_words(text, q.start, q.end, 2) or not text[q.start].islower():
        return None
    subject = _trim(text, start, q.open_mark)
    words = text[subject[0]:subject[1]].split()
    if not words or len(words) > _MAX_HEADLINE_SOURCE_WORDS + 1 or punct_pattern("").search(text, *subject):
        return None
    if not words[0][0].isupper() or words[0].lower() in lex.subject_stops or words[0].lower() in lex.pronouns:
        return None
    if any(not (word[0].isupper() or word in lex.title_subject_joiners or before.endswith(lex.possessive_endings))
           for before, word in zip(words, words[1:])):
        return None
    return Quote(q.start, q.end, "direct", subject, False, None)


def _past_teaser(text: str, pos: int, colon: int, lex: Lexicon) -> int:
    """Where the source after a title's teaser and its separator ending at `pos` starts: past the conjunction written
    onto it (`.. والجندي: …`; not `والي`, a title)."""
    word = words_in(text, pos, colon, 1)
    head = text[word[0][0]:word[0][1]] if word else ""
    if head[:1] in lex.coordinators and head not in lex.titles and (
            head[1:].startswith(lex.definite_prefixes) or head[1:] in lex.titles):
        return word[0][0] + 1
    return pos


def _last_separator(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last separator between a headline's teaser and what follows it in text[start:end], if any."""
    last = None
    for last in _HEADLINE_SEPARATOR.finditer(text, start, end):
        pass
    return last


def _teaser_quote(doc: _Document, headline: Quote) -> Quote | None:
    """`"عدد الشهداء إلى ارتفاع".. الأبيض: أكثر من 200 حالة …`: a quotation that is all a headline's teaser, before
    the separator ahead of its source, is the source's words too."""
    if headline.speaker is None:
        return None
    line_start = doc.text.rfind("\n", 0, headline.speaker[0]) + 1
    separator = _last_separator(doc.text, line_start, headline.speaker[0])
    if separator is None:
        return None
    inside = [q for q in doc.quotations if line_start <= q.open_mark and q.close_end <= separator.start()]
    if len(inside) != 1 or doc.text[line_start:inside[0].open_mark].strip() \
            or doc.text[inside[0].close_end:separator.start()].strip():
        return None
    return Quote(inside[0].start, inside[0].end, "direct", headline.speaker, False, None)


def _with_quotations(doc: _Document, headline: Quote) -> Quote | None:
    """A headline whose content quotes some of its words is a mixed quote (`مسؤول: "البكائيات الكاذبة" ليست لب
    الموضوع`, `John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’`); one that is all
    quotation, or that a quotation runs out of, is the quotation's, as any headline with a quotation is elsewhere."""
    inside = [q for q in doc.quotations if q.close_end > headline.start and q.open_mark < headline.end]
    if not inside:
        return headline
    if inside[0].open_mark < headline.start or inside[-1].close_end > headline.end + 1:
        return None
    gaps = zip([headline.start] + [q.close_end for q in inside], [q.open_mark for q in inside] + [headline.end])
    if not any(_has_words(doc.text, s, e, 1) for s, e in gaps):
        return None
    headline.quote_type = "mixed"
    return headline


def _inherit_speakers(quotes: list[Quote], text: str, cues: list[Cue], subjects: list[tuple[int, int]] | None = None,
                      relays: Callable[[Quote], bool] | None = None, latest: Lexicon | None = None,
                      continuing: frozenset[str] = frozenset()) -> None:
    """Carry the last explicit speaker to quotes whose cue names none (pro-drop, participles, floating
    quotes); a floating quote in the paragraph of the previous quote or in the next one continues that
    attribution and shares its cue as well (`“…,” he said. “…”`), as annotated news links them; one right after the
    clause of a participle that adds to what was said (`continuing`: `“…,” he said, adding that …. “…”`) goes on with
    that clause. The speaker
    carried is the latest one the text names: in a pro-drop language a cue's subject even where the cue reports
    no quote (`ولم يذكر المصدر هويته، لكنه أكد أن …`); the source a relaying cue passes on (`ونقلت الوكالة عن
    المصدر قوله … وأضاف أن`); never the subject of an attribution inside the content of the last quote (`قال X
    إن الحكومة دعت Y إلى …`), unless the last quote `relays` what others say, as a news outlet's report or a
    source phrase does (`وقالت الوكالة إن الملك أكد …. وجدد …`, `وبحسب بيان …، أوضح محلب …. وتابع …`); never that
    of a cue in a relative clause about a noun that reports nothing (`بيان للرئاسة تحدثت فيه عن …`; one that reports
    goes on with the noun: `المحامي حسن كشلي الذي أكد أن …، وأشار إلى أن …`), nor that of a source phrase over a
    clause with an attribution of its own (`وقالت إنها …، حسبما نقلت وكالة رويترز`). `cues` are the document's cues in
    text order, those whose subjects carry over, and `subjects` those of other verbs that go on the same way
    (`وعقبت السيدة حسنية … عن تذمرها. وقالت: «…»`). With `latest`, the mention carried is the one the text last names
    the speaker by before the quote (`_latest_mention`, by the titles of that language's lexicon). A quotation with no
    cue after a verb of its own sentence that carries a subject takes that verb and its subject as its own."""
    relayed = {c.start: c.relayed for c in cues if c.relayed is not None}
    passive = {c.start for c in cues if c.passive}  # (`Sanders was asked`: no one carried speaks)
    sources = {c.start for c in cues if c.phrase}
    cue_starts = [c.start for c in cues] if sources else []
    quoted = {q.cue[0] for q in quotes if q.cue is not None}
    # (nor that of a source phrase in the lead of a quote's cue: `وأضاف، بحسب ما نقلت "سانا"، أن "…"`)
    in_lead = overlap_test([(q.cue[1], q.start) for q in quotes if q.cue is not None and q.cue[1] <= q.start]
                           if sources else [])
    silent = iter(sorted([(c.start, c.relayed or c.speaker, (c.start, c.saying_end or c.end)) for c in cues
                          if c.speaker is not None and c.start not in quoted and not c.relative and not c.passive
                          and not (c.phrase and in_lead(c.start, c.start + 1))]
                         + [(s[0], s, None) for s in subjects or ()], key=lambda item: item[0]))
    pending = next(silent, None)
    last: Quote | None = None
    # `“…,” X said, emphasizing …. “…”`, `“…,” X told the paper after Y stated …. “…”`: a floating quotation
    # near the last quotation goes on with it, not with the clause reported in between
    last_direct: Quote | None = None
    in_quote: Callable[[int, int], bool] | None = None  # built for the first carried speaker (most quotes name theirs)
    carried: tuple[int, int] | None = None
    carried_cue: tuple[int, int] | None = None  # the cue of a silent subject carried, which may report the quote
    # in a language whose verbs agree with a dropped subject, the gender the verb of the speaker carried showed, and
    # the last speaker carried in each gender: `قالت الوزيرة …. وأضاف المتحدث …. وتابعت:` goes back to her
    carried_gender: str | None = None
    by_gender: dict[str, tuple[int, int]] = {}

    def reported_inside(pos: int) -> bool:
        return last is not None and _inside_content(last, pos) and not (relays is not None and relays(last))

    def gender(cue: tuple[int, int] | None) -> str | None:
        words = text[cue[0]:cue[1]].split(maxsplit=1) if latest and cue else []
        return verb_gender(words[0], latest) if latest and words else None

    def carry(speaker: tuple[int, int], cue: tuple[int, int] | None) -> str | None:
        if (found := gender(cue)) is not None:
            by_gender[found] = speaker
        return found

    for q in quotes:
        while pending is not None and pending[0] < q.start:
            if not reported_inside(pending[0]):
                carried, carried_cue = pending[1], pending[2]
                carried_gender = carry(carried, carried_cue)
            pending = next(silent, None)
        if q.speaker is None and carried is not None and not (q.cue is not None and q.cue[0] in passive):
            source = last_direct if q.cue is None and q.quote_type == "direct" and last_direct is not None \
                and _same_or_next_paragraph(text, last_direct.end, q.start) and not (
                    last is not None and last.cue is not None and "\n" not in text[last.end:q.start]
                    and text[last.cue[0]:last.cue[1]].lower() in continuing) else last
            if q.cue is None and carried_cue is not None and not _SENTENCE_BREAK.search(text, carried_cue[1], q.start):
                # `وقال X، …، فجر اليوم السبت، إن الحزب "…"`: a verb of the quotation's own sentence that reached no
                # clause of its own (too far from it) reports the quotation, with its subject
                q.speaker, q.cue = carried, carried_cue
            elif q.cue is None and source is not None and _same_or_next_paragraph(text, source.end, q.start):
                q.speaker, q.cue = source.speaker, source.cue  # the floating quotation goes on with the last one
                q.speaker_inherited = True
            else:
                if latest:
                    if in_quote is None:
                        in_quote = overlap_test((other.start, other.end) for other in quotes)
                    agreeing = carried
                    if carried_gender is not None and (wanted := gender(q.cue)) not in (None, carried_gender):
                        agreeing = by_gender.get(wanted, carried)  # (a speaker the verb cannot agree with is not it)
                    q.speaker = _latest_mention(text, agreeing, q.cue[0] if q.cue else q.start, in_quote, latest)
                else:
                    q.speaker = carried
                q.speaker_inherited = True
        if q.speaker is None or q.cue is not None and (reported_inside(q.cue[0]) or
                                                       q.cue[0] in sources and _holds_cue(cue_starts, q.start, q.end)):
            continue
        carried, carried_cue = (relayed.get(q.cue[0]) if q.cue is not None else None) or q.speaker, None
        carried_gender = carry(carried, q.cue)
        last = q
        if q.quote_type == "direct":
            last_direct = q


_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")  # between a cue and a quotation: not one sentence


def _latest_mention(text: str, mention: tuple[int, int], pos: int, in_quote: Callable[[int, int], bool], lex: Lexicon
                    ) -> tuple[int, int]:
    """The speaker of `mention` as the text last names it before `pos`: the same words written again after it
    (`قال الخرابشة …. الخرابشة، أوضح …، مضيفا`), or its name without the titles before it (`المستشار تركي آل الشيخ`
    …. `ونشر تركي آل الشيخ فيديو وعلق عليه قائلا`), as readers and annotators point back to the nearest mention; not
    in words reported (`وقالت بلدية نابلس: "تتعرض بلدية نابلس …"`)."""
    words = words_in(text, *mention)
    k = 0
    while k < len(words) - 2 and (text[words[k][0]:words[k][1]] in lex.titles
                                  or text[words[k][0]:words[k][1]] in lex.honorifics):
        k += 1
    latest = mention
    names = [text[start:mention[1]] for start in ({mention[0], words[k][0]} if words else {mention[0]})]
    given, surname = _surname(text, words, lex) or ("", None)
    for name in names + ([surname] if surname else []):
        end = pos
        while (at := text.rfind(name, mention[1], end)) >= 0:
            after = at + len(name)
            if not (_word_char(text, at - 1) or _word_char(text, after)) \
                    and not in_quote(at, at + 1) \
                    and (name != surname or _named_alone(text, at, given, lex) and not _given_before(text, after, lex)):
                latest = max(latest, (at, after))
                break
            end = after - 1
    return latest


def _surname(text: str, words: list[tuple[int, int]], lex: Lexicon) -> tuple[str, str] | None:
    """The family name that ends a person's mention (`وزير الاتصالات جوني القرم` → `القرم`, `أبو بكر بن بوزيد` → `بن
    بوزيد`, `Sgt. Mark Francis` → `Francis`), which the text may later name the person by alone: the mention ends in a
    given name and a word after it, the given name opening the mention or coming after a title or a word with the
    article (not a genitive's noun: `قائد قطاع جنوب الليطاني`, `محامي عطال`, `بعض المتهمين`, `المجلس الأعلى
    للبيئة`). The given name and the family name, if so."""
    names = [text[s:e] for s, e in words]
    if len(names) > 2 and names[-2] in lex.name_links:  # `بن بوزيد`: the link goes with the family name
        names = names[:-2] + [names[-2] + " " + names[-1]]
    elif len(names) > 2 and names[-2] in lex.given_name_ends:  # `عز الدين الفالح`: a compound given name
        names = names[:-3] + [names[-3] + " " + names[-2], names[-1]]
    if len(names) < 2 or not _name_word(names[-2], lex) or not _name_word(names[-1].split()[-1], lex):
        return None
    before = names[-3] if len(names) > 2 else None
    if before is None and names[-2] in lex.titles or before is not None and not (
            before in lex.titles or before in lex.honorifics or before in lex.name_links
            or before.startswith(lex.definite_prefixes) or lex.speaker_determiners and before[:1].isupper()):
        return None
    return names[-2], names[-1]


def _named_alone(text: str, pos: int, given: str, lex: Lexicon) -> bool:
    """Whether the family name at `pos` names its person alone: not after the `given` name, which the whole name's
    search finds, or a form of it with another proclitic (`لكرة القدم` … `اتحاد كرة القدم`, `وكرة القدم`), nor after a
    preposition, as a place is (`محلي دوما` … `قتلوا في دوما`)."""
    before = word_right_before(text, pos, max(0, pos - 40))
    if before is None:
        return True
    word = before.group(1)
    return word.lower() not in lex.clause_stops and not (given.endswith(word) or word.endswith(given)
                                                         or len(word) > 3 and word[1:] == given[1:])


def _given_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a name word follows `pos` right after a space: the word before it is someone's given name (`المدير
    أحمد سعيد`), not the family name it is elsewhere (`الطبيبة منى أحمد`)."""
    nxt = _NEXT_NAME_WORD.match(text, pos)
    word = nxt.group(1) if nxt is not None else ""
    return bool(word) and _name_word(word, lex) and word not in lex.subject_stops and word not in lex.cue_verbs \
        and word not in lex.complementizers


_NEXT_NAME_WORD = re.compile(r"[^\S\n]+(\w+)")


def _name_word(word: str, lex: Lexicon) -> bool:
    """Whether `word` may be a word of a person's name: no title, quantifier or adjective."""
    return len(word) > 1 and word not in lex.titles and word not in lex.honorifics and word not in lex.quantifiers \
        and word not in lex.adjectives and word not in lex.construct_heads and word not in lex.name_heads \
        and (not lex.speaker_determiners or word[:1].isupper())


def _word_char(text: str, pos: int) -> bool:
    """Whether text[pos] is inside the text and a word character (a letter, a digit, `_`)."""
    return 0 <= pos < len(text) and (text[pos].isalnum() or text[pos] == "_")


def _holds_cue(cue_starts: list[int], start: int, end: int) -> bool:
    """Whether one of the cues starting at `cue_starts` (sorted) starts in text[start:end]."""
    i = bisect.bisect_left(cue_starts, start)
    return i < len(cue_starts) and cue_starts[i] < end


def _inside_content(q: Quote | None, pos: int) -> bool:
    """Whether `pos` lies in the content of the quote `q`, after its cue: an attribution reported inside it."""
    return q is not None and q.cue is not None and q.cue[0] < pos and q.start <= pos < q.end


def _same_or_next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether `start` is in the paragraph of `end` or opens the one right after it."""
    line_end = text.find("\n", end, start)
    return line_end < 0 or not _has_words(text, line_end, start, 1)


def _outside_reports(direct: list[Quote], reports: list[Quote]) -> list[Quote]:
    """The quotations with no cue that lie outside every reported clause, and the reports: a clause in quote marks
    inside a report's content (`وصف … بأنه “…”`) is part of that mixed quote."""
    spans = sorted((q.start, q.end) for q in reports)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end of the reports so far

    def inside(q: Quote) -> bool:
        i = bisect.bisect_right(starts, q.start) - 1
        return i >= 0 and reach[i] >= q.end

    return [q for q in direct if q.cue is not None or not inside(q)] + reports


_MAX_BRIDGE_WORDS = 3  # words between a content's last comma and a report set in it: `، في خطوة قالت إنها …`


def _before_tail_reports(doc: _Document, reports: list[Quote]) -> list[Quote]:
    """The reports with a content that another report ends, past the content's last comma and a few words that
    link it to the noun before, cut at that comma: `أعلن الحاكم بدء طرح العملة، في خطوة قال إنها تهدف إلى …`,
    `said the notes would circulate, in a step he said aims to …`. The words after the comma are the writer's on
    what the source did, whose own content is the later report's."""
    text = doc.text
    by_cue = sorted((n.cue[0], i) for i, n in enumerate(reports) if n.cue is not None)
    cue_starts = [start for start, _ in by_cue]
    for r in reports:
        if r.cue is None or r.cue[1] > r.start or ":" in text[r.cue[1]:r.start]:
            continue  # (a source phrase after its content, `…, according to X`, reports all of it; after a colon
            # the words are the source's own, what it tells of included: `وأضاف: …، عندها قال لي إن …`)
        for _, i in by_cue[bisect.bisect_right(cue_starts, r.start):bisect.bisect_left(cue_starts, r.end)]:
            n = reports[i]  # (a report whose cue stands inside this one's content)
            if n.cue is None or n.end < r.end or n.cue == r.cue or n.cue in doc.governed_cues:
                continue  # (a noun a preposition governs names no source: `… amid calls for X to resign`)
            # the later report's source is the earlier one's, carried (`قالت إنها`) or a pronoun (`he said`)
            pronoun = n.speaker is not None and not n.speaker_inherited and r.start < n.speaker[0] < n.cue[0] \
                and not doc.at_least(n.speaker[0], n.speaker[1], 2)
            if not (n.speaker is None or pronoun):
                continue
            link = n.speaker[0] if pronoun and n.speaker is not None else n.cue[0]
            comma = _last_comma(text, r.start, link)
            if comma < 0 or n.start < comma or doc.inside_quotation(comma) or not doc.at_least(comma + 1, link, 1) \
                    or doc.at_least(comma + 1, link, _MAX_BRIDGE_WORDS + 1) or not doc.at_least(r.start, comma, 2):
                continue
            r.end = _trim(text, r.start, comma)[1]
            if r.quote_type == "mixed" and not doc.overlaps_quotation(r.start, r.end):
                r.quote_type = "indirect"
            break
    return reports


def _without_hedges(quotes: list[Quote], hedges: set[tuple[int, int]]) -> list[Quote]:
    """The quotes without those of a hedge (`وقال الوزير إن …، حسب قوله`) that another attribution overlaps: the hedge
    restates who speaks; alone (`«…» حسب قوله`) it is the quotation's only attribution."""
    others = [q for q in quotes if q.cue not in hedges]
    return [q for q in quotes if q.cue not in hedges or not any(o.start < q.end and q.start < o.end for o in others)]


def _cue_inside(q: Quote) -> bool:
    return q.cue is not None and q.start <= q.cue[0] < q.end


def _end_run_on_quotations(text: str, quotations: list[Quotation], lex: Lexicon) -> list[Quotation]:
    """The quotations, one that its paragraph's end closes, no later one continuing it, ending before a verb with a
    conjunction written onto it, after clause punctuation, and a titled subject after it (`“تحلية مياه البحر …
    للجزائر،وأوضح الوزير في ندوة صحفية … أن`): the writer's voice came back where the closing mark was left out,
    since no one quotes himself by his title. The quotations are updated in place."""
    last_of_chain = {q.chain: q for q in quotations}
    marks = mark_characters(lex.quote_pairs)
    for q in quotations:
        if text[q.close_end - 1] in marks or last_of_chain[q.chain] is not q:
            continue  # (closed by its mark; a paragraph's end closes one left open)
        for m in cue_pattern(lex).finditer(text, q.start, q.end):
            group = m.lastgroup
            assert group is not None  # a cue match always holds `word` or `clitic` (as in `find_cues`)
            s, e = m.span(group)
            if not conjoined_form(text[s:e], lex) or text[q.start:s].rstrip()[-1:] not in CLAUSE_PUNCT:
                continue
            subject = speaker_after(text, e, q.end, lex, marks)
            if subject is not None and text[subject[0]:subject[1]].split()[0] in lex.titles:
                q.end = q.close_end = _trim(text, q.start, s)[1]
                break
    return quotations


def extract_quotes(text: str, sentences: list[tuple[int, int]], lang: str | None = None) -> list[Quote]:
    """Quotes of one document; `sentences` are the (start, end) spans from segmentation."""
    lex = lexicon_for(lang)
    spans = _sentence_spans(text, sentences)
    text = _unwrapped(text, spans)
    quotations = _end_run_on_quotations(text, find_quotations(text, lex), lex)
    matches = cue_matches(text, lex, [(q.start, q.end) for q in quotations])
    if not quotations and not matches and not _has_hearsay(text, lex):
        # most short documents: at most a headline names a source
        headline = _headline_quote(text, spans[0], mark_characters(lex.quote_pairs), lex) if spans else None
        return [headline] if headline is not None else []
    doc = _Document(text, spans, lex, quotations, matches)
    quotes, used, left = _attach_quotations(doc)
    reports = _before_tail_reports(doc, _indirect_quotes(doc, used))
    quotes = _outside_reports(quotes, reports) + _unreported(doc, left, reports)
    if doc.hedge_cues:
        quotes = _without_hedges(quotes, doc.hedge_cues)
    titles = [q for i in _title_lines(doc) if (q := _title_quote(doc, i, quotes)) is not None]
    if doc.quotations and doc.sentences:
        signed = _claim_title_quote(doc, quotes) or _signed_title_quote(doc) \
            or (_predicate_title_quote(doc) if lex.speaker_determiners else _claimed_teaser_quote(doc))
        if signed is not None and not any(q.start < signed.end and signed.start < q.end for q in quotes):
            titles.append(signed)
    quotes += titles + [teaser for q in titles if (teaser := _teaser_quote(doc, q)) is not None]
    turns, asked = _transcript_turns(doc, quotes)
    if answered := _dash_turns(doc, quotes):  # the answers own their paragraphs: not a list a cue before them opens
        quotes = [q for q in quotes if not any(q.start < a.start < q.end for a in answered)] + answered
    quotes += turns
    unique: dict[tuple[int, int], Quote] = {}
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        if q.end > q.start:
            seen = unique.setdefault((q.start, q.end), q)
            if _cue_inside(seen) and not _cue_inside(q):
                unique[q.start, q.end] = q  # `[X said Y], according to Z`: the outer attribution owns the span
    ordered = list(unique.values())
    if lex.mention_prepositions:
        _with_heads(doc, ordered)
    # a cased language names a speaker it goes on with (`he said`): only quotes carry speakers there
    if lex.speaker_determiners:  # (a passive cue's quote takes none: `Reagan was once asked how …`)
        _inherit_speakers(ordered, text, [c for cues in doc.cues for c in cues if c.passive],
                          continuing=lex.continuing_cues)
    else:
        unnamed = [q.start for q in ordered if q.speaker is None]  # only these take a carried speaker
        subjects = doc.opening_subjects(unnamed[-1]) if unnamed else []
        _inherit_speakers(ordered, text, [c for cues in doc.cues for c in cues] + asked, subjects, doc.relays,
                          latest=lex, continuing=lex.continuing_cues)
    # (after the carried speakers: a hearsay adverb names no source, and none is carried to it)
    added = _anonymity_requests(doc) + _hearsay_reports(doc, ordered)
    return sorted(ordered + added, key=lambda q: (q.start, q.end)) if added else ordered


def _hearsay_reports(doc: _Document, found: list[Quote]) -> list[Quote]:
    """`The FBI is reportedly making arrangements to interview Clinton`: a hearsay adverb (the language's
    `hearsay_adverbs`) reports the clause it stands in, from no source it names, when no quote holds it: from the
    last comma or other clause punctuation before it (or the sentence's start) to the end of its clause."""
    lex, text = doc.lex, doc.text
    if not _has_hearsay(text, lex):
        return []
    reports = []
    for m in _hearsay_pattern(lex).finditer(text):
        pos = m.start()
        if doc.inside_quotation(pos) or any(q.start <= pos < q.end for q in found):
            continue
        s_start, s_end = doc.sentences[doc.sentence_of(pos)]
        start = max((p.end() for p in _CLAUSE_MARK.finditer(text, s_start, pos) if not doc.inside_quotation(p.start())),
                    default=s_start)
        brk = clause_break(text, m.end(), s_end, lex, doc.inside_quotation)
        end = brk if brk is not None else s_end
        first = words_in(text, start, pos, 1)
        if not first:  # `Reportedly, he made …`: the clause after it
            start = m.end()
        elif (word := text[first[0][0]:first[0][1]].lower()) in lex.subordinators or word in lex.absolute_links:
            start = first[0][1]  # `With Bloomberg reportedly considering a run, a poll shows …`: the subordinate
            comma = _COMMA_PATTERN.search(text, m.end(), end)  # clause, up to its comma
            end = comma.start() if comma is not None else end
        start, end = _trim(text, start, end)
        if doc.at_least(start, end, _MIN_HEARSAY_WORDS):
            kind = "mixed" if doc.overlaps_quotation(start, end) else "indirect"
            reports.append(Quote(start, end, kind, None, False, m.span()))
    return reports


_CLAUSE_MARK = re.compile(r"[,;:،؛]\s")
_MIN_HEARSAY_WORDS = 4


def _has_hearsay(text: str, lex: Lexicon) -> bool:
    """Whether a hearsay adverb may stand in `text`: a plain substring search, its first letter in either case (a
    regex would try its case-blind pattern at every position)."""
    return any(adverb[1:] in text for adverb in lex.hearsay_adverbs)


@per_lexicon
def _hearsay_pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?<![{LETTERS}])(?:{trie_pattern(sorted(lex.hearsay_adverbs))})(?![{LETTERS}])", re.IGNORECASE)


def _with_heads(doc: _Document, quotes: list[Quote]) -> None:
    """Each speaker found right before its cue, run back over a preposition to the head it completes (`A spokesman
    for the ministry said`: `cues.with_head_before`); the attributions found stay as they are."""
    for q in quotes:
        if q.speaker is not None and q.cue is not None and q.speaker[1] <= q.cue[0]:
            floor = doc.sentences[doc.sentence_of(q.speaker[0])][0]
            headed = with_head_before(doc.text, *q.speaker, floor, doc.lex, doc.marks)
            # (not the subject of a cue set off inside the clause it reports: `Trump, an aide said, is dead set …`)
            q.speaker = headed if _PARENTHETICAL_TAIL.match(doc.text, q.cue[1]) \
                else with_name_before_role(doc.text, headed, floor, doc.lex, doc.marks)


# After a cue, a comma and the lower-case words of the clause it is set off in, going on (perhaps quoted)
_PARENTHETICAL_TAIL = re.compile(r"[^\S\n]*,[^\S\n]*[\"“‘]?[a-z]")


QUOTE_COLUMNS = [
    "doc_id", "quote_index", "char_start", "char_end", "text", "quote_type", "speaker", "speaker_start",
    "speaker_end", "speaker_inherited", "speaker_id", "speaker_canonical", "cue", "cue_start", "cue_end",
    "sentence_index",
]


def quote_table(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per quote of every document (columns of `tables.QUOTES`)."""
    spans = {doc_id: list(zip(g["char_start"].tolist(), g["char_end"].tolist()))  # Python ints: cheap to compare
             for doc_id, g in sentences.groupby("doc_id", sort=False)}
    rows = []
    for doc_id, text, lang in documents[["doc_id", "text", "lang"]].itertuples(index=False):
        sent_spans = spans.get(doc_id, [])
        starts = [s for s, _ in sent_spans]
        quotes = extract_quotes(text, sent_spans, lang)
        clusters = cluster_speakers(text, [q.speaker for q in quotes], lang, sent_spans,
                                    [(q.start, q.end) for q in quotes])
        for i, (q, (speaker_id, canonical)) in enumerate(zip(quotes, clusters)):
            sp, cue = q.speaker, q.cue
            sentence_index = max(0, bisect.bisect_right(starts, q.start) - 1)
            rows.append((
                doc_id, i, q.start, q.end, text[q.start:q.end], q.quote_type,
                text[sp[0]:sp[1]] if sp else None, sp[0] if sp else None, sp[1] if sp else None, q.speaker_inherited,
                speaker_id, canonical,
                text[cue[0]:cue[1]] if cue else None, cue[0] if cue else None, cue[1] if cue else None,
                sentence_index,
            ))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({
        "quote_index": "int32", "char_start": "int64", "char_end": "int64", "speaker_start": "Int64",
        "speaker_end": "Int64", "speaker_inherited": "bool", "speaker_id": "Int32", "cue_start": "Int64",
        "cue_end": "Int64", "sentence_index": "int32",
    })
