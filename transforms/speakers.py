"""Speaker mention clustering: `Donald Trump`, `Trump`, `the president`, `he` as one speaker of a document."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from transforms.cues import WORD
from transforms.languages import lexicon_for
from transforms.lexicon import Lexicon


@dataclass
class _Speaker:
    names: set[str] = field(default_factory=set)  # lower-cased name words of every mention
    descriptions: list[str] = field(default_factory=list)  # lower-cased mention word sequences
    best: tuple[int, str] = (-1, "")  # (name words, display form) of the most name-like mention


def _words(mention: str) -> list[str]:
    return WORD.findall(mention)


def _is_name_word(word: str, lex: Lexicon) -> bool:
    """A name, not a title or a description: capitalized in a cased script, not in the titles table,
    not carrying a definite article (الرئاسة)."""
    low = word.lower()
    return not word.islower() and low not in lex.titles and low not in lex.speaker_determiners \
        and not low.startswith(lex.definite_prefixes) and low not in lex.pronouns


def _description(words: list[str], lex: Lexicon) -> str:
    while words and words[0].lower() in lex.speaker_determiners:
        words = words[1:]
    return " ".join(w.lower() for w in words)


def _same_speaker(speaker: _Speaker, names: set[str], description: str) -> bool:
    if names and speaker.names:
        smaller, larger = sorted((names, speaker.names), key=len)
        return smaller <= larger  # `Trump` ⊂ `Donald Trump`; `Bill Clinton` ⊄ `Hillary Clinton`
    if not names and description:
        # `the president` after `President Donald Trump`; `المتحدث باسم الرئاسة` after the full mention
        return any(d == description or d.startswith(description + " ") for d in speaker.descriptions)
    return False


def cluster_speakers(text: str, spans: list[tuple[int, int] | None], lang: str | None = None
                     ) -> list[tuple[int | None, str | None]]:
    """(speaker_id, canonical name) for each speaker mention span, in text order; a pronoun joins the
    speaker of the mention before it. Ids are 0-based per document."""
    lex = lexicon_for(lang)
    speakers: list[_Speaker] = []
    by_span: dict[tuple[int, int], int] = {}
    ids: list[int | None] = []
    last: int | None = None
    for span in spans:
        if span is None:
            ids.append(None)
            continue
        if span not in by_span:
            mention = text[span[0]:span[1]]
            if mention.lower() in lex.relative_pronouns:
                mention = _antecedent(text, span[0]) or mention
            by_span[span] = _assign(mention, speakers, last, lex)
        last = by_span[span]
        ids.append(last)
    return [(i, speakers[i].best[1]) if i is not None else (None, None) for i in ids]


def _antecedent(text: str, pos: int) -> str | None:
    """What a relative pronoun stands for: the phrase before it, back to the previous punctuation
    (`R. Gil Kerlikowske, the commissioner, who` -> `the commissioner`; `Mr. Pike, who` -> `Mr. Pike`)."""
    before = text[max(0, pos - 120):pos].rstrip().rstrip(",،").rstrip()
    cut = max(before.rfind(ch) for ch in ",;:()\n")
    phrase = before[cut + 1:].strip()
    return phrase if 0 < len(phrase.split()) <= 8 else None


def _assign(mention: str, speakers: list[_Speaker], last: int | None, lex: Lexicon) -> int:
    words = _words(mention)
    if len(words) == 1 and words[0].lower() in lex.pronouns and last is not None:
        return last
    names = [w for w in words if _is_name_word(w, lex)]
    name_set = {w.lower() for w in names}
    description = _description(words, lex)
    target = next((i for i in range(len(speakers) - 1, -1, -1)
                   if _same_speaker(speakers[i], name_set, description)), None)
    if target is None:
        speakers.append(_Speaker())
        target = len(speakers) - 1
    speaker = speakers[target]
    speaker.names |= name_set
    speaker.descriptions.append(description)
    display = " ".join(names) if names else " ".join(words[len(words) - len(description.split()):])
    if (len(names), len(display)) > (speaker.best[0], len(speaker.best[1])):
        speaker.best = (len(names), display)
    return target


def speaker_table(documents: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct speaker of every document (columns of `tables.SPEAKERS`), from the quotes table.

    One pass over the quote rows (a pandas group per speaker cost a millisecond each: most of the stage)."""
    columns = ["doc_id", "speaker_id", "canonical_name", "n_mentions", "n_quotes", "mentions"]
    known = set(documents["doc_id"])
    speakers: dict[tuple[str, int], tuple[str, set[tuple[int, int, str]], list[int]]] = {}
    rows = quotes[["doc_id", "speaker_id", "speaker_canonical", "speaker_inherited", "speaker_start",
                   "speaker_end", "speaker"]].itertuples(index=False)
    for doc_id, speaker_id, canonical, inherited, start, end, mention in rows:
        if pd.isna(speaker_id) or doc_id not in known:
            continue
        # (canonical name of its first quote, explicit mention spans, quote count)
        entry = speakers.setdefault((doc_id, int(speaker_id)), (canonical, set(), [0]))
        entry[2][0] += 1
        if not inherited:
            entry[1].add((start, end, mention))
    table = []
    for (doc_id, speaker_id), (canonical, spans, n_quotes) in sorted(speakers.items(), key=lambda item: item[0]):
        mentions = list(dict.fromkeys(t for _, _, t in sorted(spans)))
        table.append((doc_id, speaker_id, canonical, len(spans), n_quotes[0], " | ".join(mentions)))
    return pd.DataFrame(table, columns=columns).astype({"speaker_id": "int32", "n_mentions": "int32",
                                                        "n_quotes": "int32"})
