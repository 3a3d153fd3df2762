"""Speaker mention clustering: `Donald Trump`, `Trump`, `the president`, `he` as one speaker of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from transforms.cues import WORD
from transforms.languages import lexicon_for
from transforms.lexicon import Lexicon


@dataclass
class _Speaker:
    names: set[str] = field(default_factory=set)  # lower-cased name words of every mention
    descriptions: set[str] = field(default_factory=set)  # lower-cased mention word sequences
    best: tuple[int, str] = (-1, "")  # (name words, display form) of the most name-like mention
    joint: bool = False  # names joined by a conjunction (`Trump and Clinton`): a group, or one body so named


def _words(mention: str) -> list[str]:
    return WORD.findall(mention)


def _is_name_word(word: str, lex: Lexicon) -> bool:
    """A name, not a title or a description: capitalized in a cased script, not in the titles table,
    not carrying a definite article (الرئاسة), no name particle (`De Blasio` opening a sentence is `de Blasio`; `_names`
    keeps a particle before a name word) but an acronym so spelt (`AP`)."""
    low = word.lower()
    return not word.islower() and low not in lex.titles and low not in lex.speaker_determiners \
        and not low.startswith(lex.definite_prefixes) and low not in lex.pronouns \
        and (low not in lex.name_particles or word.isupper())


def _names(words: list[str], lex: Lexicon) -> list[str]:
    """The name words of a mention. A cased script marks them with capitals wherever they stand; a caseless one
    (Arabic) writes a name as one run after the description (`وزير الخارجية الإيراني حسين أمير عبداللهيان`) or,
    before an apposition, first (`حسام عبد الله المتحدث باسم الوزارة`): the run at the end, else at the start."""
    if lex.speaker_determiners:
        # a role in lower case between capitals ends what the name follows: `Clinton ally James Carville`, `RNC
        # spokesman Sean Spicer` are named by the words after it (not after a preposition: `Sen. Ted Cruz of Texas`)
        role = max((k for k, w in enumerate(words) if w.islower() and w not in lex.subject_stops
                    and w not in lex.speaker_determiners and w not in lex.name_particles), default=-1)
        named = [_is_name_word(w, lex) for w in words]
        for k in range(len(words) - 2, -1, -1):  # a particle before a name word is one: `Bill de Blasio`, `Van Voorhis`
            named[k] = named[k] or words[k].lower() in lex.name_particles and named[k + 1]
        after = [w for w, name in zip(words[role + 1:], named[role + 1:]) if name]
        return after if role >= 0 and after else [w for w, name in zip(words, named) if name]
    lead = 0
    while lead < len(words) and (words[lead] in lex.honorifics or words[lead] in lex.titles):
        lead += 1  # the run at the start may follow a form of address: `الدكتور حسام عبد الغفار، المتحدث …`
    return _name_run(words[::-1], lex, trailing=True)[::-1] or _name_run(words[lead:], lex, trailing=False)


def _name_run(words: list[str], lex: Lexicon, trailing: bool) -> list[str]:
    """The caseless name run that opens `words` (read backwards when `trailing`): words that are no description (no
    title, noun of an institution or outlet, preposition, word with the article), and a family name written with
    the bare article right after a given name (`سعود القحطاني`, `عبد الله`)."""
    # the bare article (the others carry a preposition or a conjunction: بال، وال)
    article = lex.definite_prefixes[0] if lex.definite_prefixes else None
    run: list[str] = []
    for k, word in enumerate(words):
        given = words[k + 1] if trailing and k + 1 < len(words) else run[-1] if not trailing and run else None
        if _plain_word(word, lex) or article and word.startswith(article) and given is not None \
                and _plain_word(given, lex):
            run.append(word)
            continue
        if trailing and run and _indefinite_head(word, lex):
            return []  # the run is the genitive of a head without the article: `مسؤول أردني`, `مكتب نتنياهو`
        break
    return run


def _plain_word(word: str, lex: Lexicon) -> bool:
    """A word a caseless name may be made of: no title, institution, outlet, stop word, pronoun or article."""
    low = word.lower()
    return not (low in lex.titles or low in lex.honorifics or low in lex.construct_heads or low in lex.name_heads
                or low in lex.outlets or low in lex.subject_stops or low in lex.pronouns
                or low.startswith(lex.definite_prefixes))


def _indefinite_head(word: str, lex: Lexicon) -> bool:
    """A title or an institution's noun without the article, which an adjective or a genitive follows (`مسؤول أردني`,
    `مكتب نتنياهو`, `حركة حماس`)."""
    low = word.lower()
    return not low.startswith(lex.definite_prefixes) and (low in lex.titles or low in lex.construct_heads
                                                         or low in lex.name_heads)


def _description(words: list[str], lex: Lexicon) -> str:
    while words and words[0].lower() in lex.speaker_determiners:
        words = words[1:]
    return " ".join(w.lower() for w in words)


def _same_speaker(speaker: _Speaker, names: set[str], description: str, lex: Lexicon) -> bool:
    if names and speaker.names:
        smaller, larger = sorted((names, speaker.names), key=len)
        return smaller <= larger  # `Trump` ⊂ `Donald Trump`; `Bill Clinton` ⊄ `Hillary Clinton`
    caseless = not lex.speaker_determiners
    if names:
        # in a caseless script's news, the title first, the named mention later: `وزير الخارجية: …` in the headline,
        # then `وزير الخارجية … بدر عبدالعاطي`
        return caseless and any(description.startswith(d + " ") for d in speaker.descriptions)
    if description:
        # `the president` after `President Donald Trump`; `المتحدث باسم الرئاسة` after the full mention; with the
        # article, the head of a construct or an indefinite first mention: `الوكالة` after `وكالة الأنباء`;
        # where a role follows the name as a caseless script writes it, the role alone (`حسام عبد الغفار المتحدث باسم
        # الوزارة` … `المتحدث باسم الوزارة`); or a family name alone
        head = _anaphoric_head(description, lex)
        return caseless and description in speaker.names or any(
            d == description or d.startswith(description + " ") or caseless and d.endswith(" " + description)
            or head is not None and (d == head or d.startswith(head + " ")) for d in speaker.descriptions)
    return False


def _anaphoric_head(description: str, lex: Lexicon) -> str | None:
    """The noun a one-word definite mention repeats in a language that writes the article on it: `الوكالة` -> `وكالة`."""
    article = lex.definite_prefixes[0] if lex.definite_prefixes else None
    if article is None or " " in description or not description.startswith(article):
        return None
    return description[len(article):]


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
                mention = _antecedent(text, span[0], lex) or mention
            by_span[span] = _assign(mention, speakers, last, lex)
        last = by_span[span]
        ids.append(last)
    return [(i, speakers[i].best[1]) if i is not None else (None, None) for i in ids]


def _antecedent(text: str, pos: int, lex: Lexicon) -> str | None:
    """What a relative pronoun stands for: the phrase before it, back to the previous punctuation
    (`R. Gil Kerlikowske, the commissioner, who` -> `the commissioner`; `Mr. Pike, who` -> `Mr. Pike`); in a cased
    script, when that phrase is longer than a mention, the name that ends it (`comments made by housing spokesman
    Darragh O’Brien, who` -> `Darragh O’Brien`)."""
    before = text[max(0, pos - 120):pos].rstrip().rstrip(",،").rstrip()
    cut = max(before.rfind(ch) for ch in ",;:()\n")
    words = before[cut + 1:].split()
    if len(words) > _MAX_ANTECEDENT_WORDS and lex.speaker_determiners:
        k = len(words)
        while k > 0 and _is_name_word(words[k - 1].strip(".!?"), lex) and (
                words[k - 1][-1] not in ".!?" or words[k - 1][:-1].lower() in lex.abbreviations):  # `Trump Jr.`
            k -= 1
        words = words[k:]
    return " ".join(words) if 0 < len(words) <= _MAX_ANTECEDENT_WORDS else None


_MAX_ANTECEDENT_WORDS = 8


# A mention joins one of the speakers named most recently: news names a few dozen at most (39 in the busiest gold
# article), and a book-long text then costs no more per mention than an article.
_SPEAKER_REACH = 200


def _assign(mention: str, speakers: list[_Speaker], last: int | None, lex: Lexicon) -> int:
    mention = _before_apposition(mention, lex)
    words = _words(mention)
    if len(words) == 1 and words[0].lower() in lex.pronouns and last is not None:
        return last
    names = _names(words, lex)
    name_set = {w.lower() for w in names}
    description = _description(words, lex)
    joint = _joined_names(mention, names, lex)
    recent = range(len(speakers) - 1, max(-1, len(speakers) - 1 - _SPEAKER_REACH), -1)
    if joint is not None:  # a group (`Trump and Clinton`) or a body so named: the same names again, or its own
        target = next((i for i in recent if speakers[i].joint and speakers[i].names == name_set), None)
        if target is None:
            speakers.append(_Speaker(names=name_set, best=(len(names), joint), joint=True))
            target = len(speakers) - 1
        speakers[target].descriptions.add(description)
        return target
    target = next((i for i in recent
                   if not speakers[i].joint and _same_speaker(speakers[i], name_set, description, lex)), None)
    if target is None:
        speakers.append(_Speaker())
        target = len(speakers) - 1
    speaker = speakers[target]
    speaker.names |= name_set
    speaker.descriptions.add(description)
    display = " ".join(names) if names else " ".join(words[len(words) - len(description.split()):])
    if (len(names), len(display)) > (speaker.best[0], len(speaker.best[1])):
        speaker.best = (len(names), display)
    return target


def _before_apposition(mention: str, lex: Lexicon) -> str:
    """In a cased script, the name before a role set off by a comma (`Liz Bowman, a spokeswoman for the EPA`,
    `Sen. Lindsey Graham, R-S.C.`): the mention names whom the part before the comma names, when it holds a name."""
    comma = _APPOSITION_COMMA.search(mention)
    if comma is None or not lex.speaker_determiners or not _names(_words(mention[:comma.start()]), lex):
        return mention
    return mention[:comma.start()].rstrip()


_APPOSITION_COMMA = re.compile(r",(?!(?<=\d,)\d)")  # (not a thousands separator: `1,409 delegates`)


def _joined_names(mention: str, names: list[str], lex: Lexicon) -> str | None:
    """The mention as written, without the determiners opening it, when a conjunction of the language's
    `name_conjunctions` stands between two of its name words (`Trump and Clinton`, `the Centers for Disease Control
    and Prevention`, `Procter & Gamble`, `Strategists for Barack Obama and Clinton`); else None."""
    if len(names) < 2 or not lex.name_conjunctions:
        return None
    start, end = mention.find(names[0]), mention.rfind(names[-1])
    if start < 0 or not any(w.lower() in lex.name_conjunctions for w in mention[start:end].split()):
        return None
    words = mention.split()
    while words and words[0].lower() in lex.speaker_determiners:
        words = words[1:]
    return " ".join(words)


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
