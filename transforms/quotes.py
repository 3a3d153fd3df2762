"""Quote extraction and speaker attribution: direct, mixed and indirect speech with speaker and cue spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from transforms.languages import lexicon_for
from transforms.lexicon import QUOTE_PAIRS, Lexicon
from transforms.segment import paragraph_spans

# A word: letters and digits with Arabic diacritics and tatweel inside it.
_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+(?:[.'’-][\w\u064B-\u065F\u0670\u0640]+)*")
# Direct quotations within one paragraph, for every mark pair.
_DIRECT = re.compile(
    "|".join(f"{re.escape(o)}(?P<q{i}>[^{re.escape(o + c)}\\n]+){re.escape(c)}" for i, (o, c) in enumerate(QUOTE_PAIRS))
)
_QUOTE_MARKS = "".join(sorted({m for pair in QUOTE_PAIRS for m in pair}))
_ANY_MARK = re.compile(f"[{re.escape(_QUOTE_MARKS)}]")
_EDGE_PUNCT = " \t\n.,،؛;:!?؟…-–—" + _QUOTE_MARKS
_MAX_SPEAKER_WORDS = 8
_MAX_CUE_TO_CLAUSE_WORDS = 25


@dataclass
class Quote:
    start: int
    end: int
    quote_type: str
    speaker: tuple[int, int] | None = None
    speaker_inherited: bool = False
    cue: tuple[int, int] | None = None


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    speaker: tuple[int, int] | None  # the explicit subject, when the text names one


def _trim(text: str, start: int, end: int, chars: str = _EDGE_PUNCT) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def direct_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quote marks, marks excluded, never across a paragraph."""
    spans = []
    for p_start, p_end in paragraph_spans(text):
        for m in _DIRECT.finditer(text, p_start, p_end):
            s, e = m.start() + 1, m.end() - 1
            if text[s:e].strip():
                spans.append(_trim(text, s, e, " \t\n"))
    return spans


@lru_cache(maxsize=None)
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?!\w)", re.IGNORECASE)


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, start, end)]


def _speaker_after(text: str, words: list[tuple[int, int]], i: int, limit: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject that follows word i (Arabic VSO, English `said Smith`), up to punctuation or a stop word."""
    first = last = None
    for k in range(i + 1, min(len(words), i + 1 + _MAX_SPEAKER_WORDS)):
        s, e = words[k]
        if s >= limit:
            break
        gap = text[words[k - 1][1]:s]
        if any(ch in gap for ch in ",،؛;:.!?؟" + _QUOTE_MARKS):
            break
        token = text[s:e]
        if token.lower() in lex.subject_stops or token in lex.cue_verbs:
            break
        if lex.lang == "en" and first is None and not (token[0].isupper() or token.lower() in {"the", "a", "an"}):
            break
        first = s if first is None else first
        last = e
    return (first, last) if first is not None else None


def _speaker_before(text: str, words: list[tuple[int, int]], i: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """English `Smith said` / `the spokesman said`; Arabic `وكان زيلينسكي أعلن`."""
    if i == 0 or words[i - 1][0] < floor:
        return None
    if lex.lang == "ar":
        for k in range(i - 1, max(-1, i - 1 - _MAX_SPEAKER_WORDS), -1):
            if words[k][0] < floor:
                return None
            if text[words[k][0]:words[k][1]] in lex.auxiliaries and k < i - 1:
                return words[k + 1][0], words[i - 1][1]
        return None
    s, e = words[i - 1]
    token = text[s:e]
    if token.lower() in lex.pronouns:
        return s, e
    first = None
    for k in range(i - 1, max(-1, i - 1 - _MAX_SPEAKER_WORDS), -1):
        ks, ke = words[k]
        if ks < floor or any(ch in text[ke:words[k + 1][0]] for ch in ",;:.!?" + _QUOTE_MARKS):
            break
        tok = text[ks:ke]
        if tok[0].isupper() or tok.lower() in {"the", "a", "an", "another"}:
            first = ks
        elif first is None and k == i - 1 and tok.isalpha():
            first = ks  # "sources said", "officials said"
        else:
            break
    return (first, e) if first is not None else None


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    """Reporting verbs and phrases in text[start:end] with their explicit speakers."""
    words = _words(text, start, end)
    cues = []
    for i, (s, e) in enumerate(words):
        if text[s:e] not in lex.cue_verbs and text[s:e].lower() not in lex.cue_verbs:
            continue
        speaker = _speaker_before(text, words, i, start, lex) if lex.lang == "en" else None
        if speaker is None:
            speaker = _speaker_after(text, words, i, end, lex)
            if speaker is not None and lex.lang == "ar" and text[speaker[0]:speaker[1]].split()[0] in lex.complementizers:
                speaker = None
        if speaker is None and lex.lang == "ar":
            speaker = _speaker_before(text, words, i, start, lex)
        cues.append(Cue(s, e, speaker))
    pattern = _phrase_pattern(lex.cue_phrases)
    if pattern is not None:
        for m in pattern.finditer(text, start, end):
            after = [w for w in words if w[0] >= m.end()]
            idx = words.index(after[0]) - 1 if after else len(words) - 1
            speaker = _speaker_after(text, words, idx, end, lex) if after else None
            cues.append(Cue(m.start(), m.end(), speaker))
    return sorted(cues, key=lambda c: c.start)


def _clause_after(text: str, cue: Cue, s_end: int, lex: Lexicon, next_cue: int) -> tuple[int, int] | None:
    """Reported clause after the complementizer that follows `cue`: `said that ...`, `أكد أن ...`."""
    scan_from = cue.speaker[1] if cue.speaker and cue.speaker[0] > cue.start else cue.end
    stop = min(s_end, next_cue)
    mark = _ANY_MARK.search(text, scan_from, stop)
    first_mark = mark.start() if mark else stop
    words = _words(text, scan_from, first_mark)  # a complementizer inside a quotation is the speaker's own
    for s, e in words[:_MAX_CUE_TO_CLAUSE_WORDS]:
        if text[s:e] in lex.complementizers or text[s:e].lower() in lex.complementizers:
            clause = _trim(text, e, stop)
            return clause if clause[1] > clause[0] else None
    return None


def _quote_type(text: str, start: int, end: int) -> str:
    return "mixed" if any(ch in _QUOTE_MARKS for ch in text[start:end]) else "indirect"


def extract_quotes(text: str, sentences: list[tuple[int, int]], lang: str | None = None) -> list[Quote]:
    """Quotes of one document; `sentences` are the (start, end) spans from segmentation."""
    lex = lexicon_for(lang)
    directs = direct_quotes(text)
    used_direct: set[tuple[int, int]] = set()
    quotes: list[Quote] = []
    last_speaker: tuple[int, int] | None = None

    def attribute(cue: Cue | None) -> tuple[tuple[int, int] | None, bool]:
        nonlocal last_speaker
        if cue is not None and cue.speaker is not None:
            if text[cue.speaker[0]:cue.speaker[1]].lower() not in lex.pronouns:
                last_speaker = cue.speaker
            return cue.speaker, False
        return last_speaker, last_speaker is not None

    for s_start, s_end in sentences:
        cues = find_cues(text, s_start, s_end, lex)
        in_sentence = [d for d in directs if s_start <= d[0] < s_end]
        for k, cue in enumerate(cues):
            next_cue = cues[k + 1].start if k + 1 < len(cues) else s_end
            clause = _clause_after(text, cue, s_end, lex, next_cue)
            if clause is None:
                if cue.speaker is not None and text[cue.speaker[0]:cue.speaker[1]].lower() not in lex.pronouns:
                    last_speaker = cue.speaker
                continue
            inner = [d for d in in_sentence if clause[0] <= d[0] and d[1] <= clause[1] + 1]
            speaker, inherited = attribute(cue)
            if len(inner) == 1 and _trim(text, *clause) == _trim(text, inner[0][0], inner[0][1]):
                used_direct.add(inner[0])
                quotes.append(Quote(inner[0][0], inner[0][1], "direct", speaker, inherited, (cue.start, cue.end)))
            else:
                used_direct.update(inner)
                quotes.append(Quote(clause[0], clause[1], _quote_type(text, *clause), speaker, inherited,
                                    (cue.start, cue.end)))
        for d in in_sentence:
            if d in used_direct:
                continue
            before = [c for c in cues if c.end <= d[0]]
            after = [c for c in cues if c.start >= d[1]]
            cue = before[-1] if before else (after[0] if after else None)
            if cue is None and len(text[d[0]:d[1]].split()) < 4:
                continue  # a quoted name or scare quote, not speech
            speaker, inherited = attribute(cue)
            quotes.append(Quote(d[0], d[1], "direct", speaker, inherited, (cue.start, cue.end) if cue else None))
    return sorted(quotes, key=lambda q: q.start)


QUOTE_COLUMNS = [
    "doc_id", "quote_index", "char_start", "char_end", "text", "quote_type", "speaker", "speaker_start",
    "speaker_end", "speaker_inherited", "cue", "cue_start", "cue_end", "sentence_index",
]


def quote_table(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per quote of every document (columns of `tables.QUOTES`)."""
    spans = {doc_id: list(zip(g["char_start"], g["char_end"])) for doc_id, g in sentences.groupby("doc_id", sort=False)}
    rows = []
    for doc_id, text, lang in documents[["doc_id", "text", "lang"]].itertuples(index=False):
        sent_spans = spans.get(doc_id, [])
        starts = [s for s, _ in sent_spans]
        for i, q in enumerate(extract_quotes(text, sent_spans, lang)):
            sp, cue = q.speaker, q.cue
            sentence_index = max(0, bisect.bisect_right(starts, q.start) - 1)
            rows.append((
                doc_id, i, q.start, q.end, text[q.start:q.end], q.quote_type,
                text[sp[0]:sp[1]] if sp else None, sp[0] if sp else None, sp[1] if sp else None, q.speaker_inherited,
                text[cue[0]:cue[1]] if cue else None, cue[0] if cue else None, cue[1] if cue else None,
                sentence_index,
            ))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({
        "quote_index": "int32", "char_start": "int64", "char_end": "int64", "speaker_start": "Int64",
        "speaker_end": "Int64", "speaker_inherited": "bool", "cue_start": "Int64", "cue_end": "Int64",
        "sentence_index": "int32",
    })
