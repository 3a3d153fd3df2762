"""Reporting cues (said, according to, قال, بحسب ...) and the speaker mention each one names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.lexicon import Lexicon

_LETTERS = r"\w\u064B-\u065F\u0670\u0640"
WORD = re.compile(f"[{_LETTERS}]+(?:[.'’-][{_LETTERS}]+)*")
# Punctuation that ends a speaker mention or separates an attribution from its content.
CLAUSE_PUNCT = ",،؛;:.!?؟()[]"
TERMINALS = ".!?؟"
MAX_SPEAKER_WORDS = 9
_BRACKETS = str.maketrans("", "", "()[]")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    phrase: bool  # according to / بحسب: names a source, no verb
    subjectless: bool  # مضيفا / adding: reports for the subject of its main clause
    speaker: tuple[int, int] | None  # the explicit subject, when the text names one
    region_start: int  # the attribution (speaker and cue) spans region_start..region_end
    region_end: int


def _trie(words: list[str]) -> str:
    """A regular expression matching any of `words`, shaped as a trie so that matching stays fast."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                        for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@lru_cache(maxsize=None)
def cue_pattern(lex: Lexicon) -> re.Pattern[str]:
    words = sorted((lex.cue_verbs | lex.cue_phrases) - lex.clitic_phrases)
    pattern = f"(?<![{_LETTERS}])(?:(?P<word>{_trie(words)})(?![{_LETTERS}])"
    if lex.clitic_phrases:
        pattern += f"|(?P<clitic>{_trie(sorted(lex.clitic_phrases))})"
    return re.compile(pattern + ")", re.IGNORECASE)


@lru_cache(maxsize=None)
def clause_break_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Where a reported clause ends inside its sentence: `; `, `: `, a spaced dash, or a comma and a
    word of the language's clause-break table."""
    pattern = r"[;؛:](?=\s)|\s[—–-]{1,2}\s"
    if lex.clause_breaks:
        pattern += f"|[,،]\\s*(?:{_trie(sorted(lex.clause_breaks))})(?![{_LETTERS}])"
    return re.compile(pattern, re.IGNORECASE)


def _norm(token: str) -> str:
    return " ".join(token.lower().split())


@lru_cache(maxsize=None)
def _punct_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(CLAUSE_PUNCT + marks)}]")


def words_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text, start, end)]


def _has_punct(text: str, start: int, end: int, marks: str) -> bool:
    gap = text[start:end]
    return any(ch in CLAUSE_PUNCT or ch in marks for ch in gap)


def _name_gap(text: str, word: tuple[int, int], end: int, lex: Lexicon) -> bool:
    """The dot after `Mr.`, `Sen.` or an initial (`Donald J. Trump`) stays inside a name."""
    if text[word[1]:end].strip() != ".":
        return False
    token = text[word[0]:word[1]]
    return token.lower() in lex.abbreviations or (len(token) == 1 and token.isupper())


def speaker_after(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The subject right after a cue (Arabic VSO `قال المتحدث`, English `said Smith`)."""
    words = words_in(text, pos, min(limit, pos + 160))
    first = last = None
    prev_end, prev = pos, None
    for s, e in words[:MAX_SPEAKER_WORDS]:
        gap = text[prev_end:s]
        if first is not None:
            gap = gap.translate(_BRACKETS)  # a gloss in brackets stays in the name: الرئاسة (الكرملين)
        if _has_punct(gap, 0, len(gap), marks) and not (prev and _name_gap(text, prev, s, lex)):
            break
        prev = (s, e)
        token = text[s:e]
        low = token.lower()
        if low in lex.subject_stops or low in lex.cue_verbs or low in lex.clause_stops:
            break
        if first is None and lex.speaker_determiners and not (token[0].isupper() or low in lex.speaker_determiners):
            break  # a cased language names its speakers with capitals or a determiner
        if first is None and low in lex.pronouns:
            return s, e
        first = s if first is None else first
        last = prev_end = e
    return (first, last) if first is not None else None


def speaker_before(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """The subject right before a cue (English `Smith said`, `the spokesman has also said`)."""
    words = words_in(text, max(floor, pos - 200), pos)
    k, boundary = len(words) - 1, pos
    while k >= 0 and text[words[k][0]:words[k][1]].lower() in lex.speaker_skips:
        if _has_punct(text, words[k][1], boundary, marks):
            return None
        boundary = words[k][0]
        k -= 1
    if k < 0 or _has_punct(text, words[k][1], boundary, marks):
        return None
    s, e = words[k]
    head = text[s:e].lower()
    if head in lex.pronouns:
        return s, e
    if head in lex.subject_stops or head in lex.complementizers or head in lex.clause_stops:
        return None
    first = s
    for j in range(k - 1, max(-1, k - MAX_SPEAKER_WORDS), -1):
        ws, we = words[j]
        if _has_punct(text, we, words[j + 1][0], marks) and not _name_gap(text, words[j], words[j + 1][0], lex):
            break
        token = text[ws:we]
        low = token.lower()
        if low in lex.subject_stops or low in lex.cue_verbs or low in lex.complementizers:
            break
        if not (token[0].isupper() or low in lex.speaker_determiners or token[0].isdigit()) and j < k - 2:
            break
        first = ws
    return first, e


def _closing_subject(text: str, pos: int, limit: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`…, said Dan Gerstein, director of …`: an inverted subject ends the clause or meets punctuation,
    unlike the subject of a reported clause (`, said Latino voters are …`)."""
    speaker = speaker_after(text, pos, limit, lex, marks)
    if speaker is None:
        return None
    rest = words_in(text, speaker[1], min(limit, speaker[1] + 40))
    if not rest or _has_punct(text, speaker[1], rest[0][0], marks) or text[rest[0][0]:rest[0][1]].lower() in lex.clause_stops:
        return speaker
    return None


def _appositive_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """`Ann Compton, who covered the White House …, said`: the name before an appositive set off by commas."""
    inner_end = text.rfind(",", floor, pos)
    if inner_end < 0 or text[inner_end + 1:pos].strip():
        return None
    inner_start = text.rfind(",", max(floor, inner_end - 200), inner_end)
    if inner_start < 0 or any(ch in TERMINALS or ch in marks for ch in text[inner_start:inner_end]):
        return None
    name = speaker_before(text, inner_start, floor, lex, marks)
    if name is None or not text[name[1] - 1].isalnum() or text[name[0]:name[1]].lower() in lex.pronouns:
        return None
    return name if text[name[0]].isupper() else None


def _auxiliary_subject(text: str, pos: int, floor: int, lex: Lexicon, marks: str) -> tuple[int, int] | None:
    """Arabic `وكان زيلينسكي أعلن`: the subject between an auxiliary and the verb."""
    words = words_in(text, max(floor, pos - 120), pos)
    for k in range(len(words) - 1, max(-1, len(words) - 1 - MAX_SPEAKER_WORDS), -1):
        if _has_punct(text, words[k][1], words[k + 1][0] if k + 1 < len(words) else pos, marks):
            return None
        if text[words[k][0]:words[k][1]] in lex.auxiliaries:
            return (words[k + 1][0], words[-1][1]) if k < len(words) - 1 else None
    return None


def _is_noun_use(text: str, start: int, floor: int, lex: Lexicon) -> bool:
    """`the report`, `a claim`, `the State Department`: a cue word used as a noun or inside a name."""
    if not lex.speaker_determiners:
        return False
    if text[start].isupper() and text[floor:start].strip():
        return True
    before = words_in(text, max(floor, start - 20), start)
    return bool(before) and not text[before[-1][1]:start].strip() \
        and text[before[-1][0]:before[-1][1]].lower() in lex.speaker_determiners - {"one", "two"}


def find_cues(text: str, start: int, end: int, lex: Lexicon, marks: str, skip=lambda pos: False) -> list[Cue]:
    """Cues of one sentence text[start:end] with their explicit speakers; `skip(pos)` drops cues inside
    quotations, which are the quoted speaker's own words."""
    cues: list[Cue] = []
    for m in cue_pattern(lex).finditer(text, start, end):
        s, e = m.span()
        if skip(s) or _is_noun_use(text, s, start, lex):
            continue
        form = _norm(m.group())
        phrase = m.lastgroup == "clitic" or form in lex.cue_phrases
        subjectless = form in lex.subjectless_cues and not phrase
        speaker, region_start, region_end = None, s, e
        if phrase:
            speaker = speaker_after(text, e, end, lex, marks) if m.lastgroup == "word" else _clitic_speaker(text, e, end, marks)
        elif not subjectless:
            if lex.speaker_determiners:  # SVO first, then `said Smith`, then `Smith, who …, said`
                speaker = speaker_before(text, s, start, lex, marks)
                if speaker is None and _has_punct(text, max(start, s - 3), s, marks):
                    speaker = _closing_subject(text, e, end, lex, marks) or _appositive_subject(text, s, start, lex, marks)
            else:  # VSO first, then a subject before an auxiliary
                speaker = speaker_after(text, e, end, lex, marks)
                if speaker is not None and text[speaker[0]:speaker[1]].split()[0] in lex.complementizers:
                    speaker = None
                if speaker is None:
                    speaker = _auxiliary_subject(text, s, start, lex, marks)
        if speaker is not None:
            region_start, region_end = min(s, speaker[0]), max(e, speaker[1])
        cues.append(Cue(s, e, phrase, subjectless, speaker, region_start, region_end))
    return cues


def _clitic_speaker(text: str, pos: int, limit: int, marks: str) -> tuple[int, int] | None:
    """`وفقا للسلطات`: the source starts inside the word the phrase's preposition is written onto."""
    m = _punct_pattern(marks).search(text, pos, limit)
    stop = m.start() if m else limit
    words = words_in(text, pos, stop)[:MAX_SPEAKER_WORDS]
    return (pos, words[-1][1]) if words else None
