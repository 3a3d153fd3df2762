"""Speaker mention clustering: `Donald Trump`, `Trump`, `the president`, `he` as one speaker of a document."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

from transforms.cues import SENTENCE_OPENERS, WORD, is_plural, is_title, per_lexicon, sentence_subject, without_article
from transforms.languages import lexicon_for
from transforms.lexicon import Lexicon
from transforms.quote_marks import mark_characters


@dataclass
class _Speaker:
    names: set[str] = field(default_factory=set)  # lower-cased name words of every mention
    descriptions: set[str] = field(default_factory=set)  # lower-cased mention word sequences
    best: tuple[int, str] = (-1, "")  # (name words, display form) of the most name-like mention
    joint: bool = False  # names joined by a conjunction (`Trump and Clinton`): a group, or one body so named
    pronouns: set[str] = field(default_factory=set)  # person pronouns that stood for it, or that its titles imply
    indefinite: bool = False  # first mentioned with an indefinite article: `a spokesperson`
    roles: set[str] = field(default_factory=set)  # descriptions set off by commas after a mention: `، وزير الخارجية،`
    heads: set[str] = field(default_factory=set)  # in a cased script, the nouns heading its mentions' roles: judge
    acronyms: set[str] = field(default_factory=set)  # lower-cased, of its mentions written as one: faa
    initials: set[str] = field(default_factory=set)  # of its mentions that are names of three or more words: faa


class _Mention(NamedTuple):
    """What a speaker is matched on of a mention: its name words, its description (`_description`), the article it
    opens with, the roles set off after it and, in a cased script, the noun heading its role (`_role_head`)."""

    names: set[str]
    description: str
    article: str = ""
    roles: tuple[str, ...] = ()
    head: str | None = None
    acronym: str = ""  # the mention is one word in capitals, lower-cased (`_acronym`)
    initials: str = ""  # of the mention's words, when it is a name of three or more (`_initials`)


_ACRONYM = re.compile(r"[A-Z]{3,6}")  # (two letters are too often something else: `US`, `AP` ... `IT`)
_MIN_INITIALS = 3


def _acronym(words: list[str]) -> str:
    """`FAA`, `NTSB`: the words of a description (`_description`, as written) that are one word in capitals,
    lower-cased; "" for any other."""
    return words[0].lower() if len(words) == 1 and _ACRONYM.fullmatch(words[0]) else ""


def _initials(words: list[str], lex: Lexicon) -> str:
    """`Federal Aviation Administration`: the first letters of the words of a description (as written) that name with
    three or more capitalised words (the prepositions and conjunctions between them left out), lower-cased; "" for
    any other."""
    links = lex.name_prepositions | lex.name_conjunctions
    content = [w for w in words if w.lower() not in links]
    if len(content) < _MIN_INITIALS or not all(w[:1].isupper() for w in content):
        return ""
    return "".join(w[0] for w in content).lower()


def _words(mention: str) -> list[str]:
    return WORD.findall(mention)


def _is_name_word(word: str, lex: Lexicon) -> bool:
    """A name, not a title or a description: capitalized in a cased script, not in the titles table,
    not carrying a definite article (الرئاسة), no pronoun or conjunction opening a sentence (`When`, `But`), no name
    particle (`De Blasio` opening a sentence is `de Blasio`; `_names` keeps a particle before a name word) but an
    acronym so spelt (`AP`), no number, no day or month that is no name (`a poll released Thursday`, not `Theresa
    May`: `lex.calendar_words`) and no adverb before a figure (`Only 52 percent`)."""
    low = word.lower()
    return not word.islower() and not word[:1].isdigit() and low not in lex.titles and low not in lex.calendar_words \
        and low not in lex.focus_adverbs \
        and low not in lex.speaker_determiners \
        and not low.startswith(lex.definite_prefixes) and low not in lex.pronouns and low not in lex.subordinators \
        and low not in lex.coordinators and low not in lex.complementizers \
        and (low not in lex.name_particles or word.isupper())


def _names(words: list[str], lex: Lexicon) -> list[str]:
    """Every name word of a mention (in a cased script; in a caseless one, its name run: `_name_span`)."""
    if lex.speaker_determiners:
        return [w for w, name in zip(words, _name_flags(words, lex)) if name]
    return words[slice(*_name_span(words, lex))]


def _name_flags(words: list[str], lex: Lexicon) -> list[bool]:
    """Which words of a mention in a cased script are name words: capitalised words that are no title, after the
    last role in lower case when any follows it. A role between capitals ends what the name follows: `Clinton ally
    James Carville`, `RNC spokesman Sean Spicer` are named by the words after it (not after a preposition: `Sen. Ted
    Cruz of Texas`); a role of the titles table after them heads a mention that names no one (`the Clinton
    campaign`, `Obama aides`, `Brightmart CEO`, `the White House`); a particle before a name word is one: `Bill de
    Blasio`, `Van Voorhis`. Letters after a name (`KC`, `MP`: `lex.post_nominals`) are none."""
    end = len(words)
    while end > 1 and words[end - 1].lower() in lex.post_nominals:
        end -= 1
    if end < len(words):
        return _name_flags(words[:end], lex) + [False] * (len(words) - end)
    role = max((k for k, w in enumerate(words) if w.islower() and w not in lex.subject_stops
                and w not in lex.speaker_determiners and w not in lex.name_particles), default=-1)
    named = [_is_name_word(w, lex) for w in words]
    for k in range(len(words) - 2, -1, -1):
        named[k] = named[k] or words[k].lower() in lex.name_particles and named[k + 1]
    if words and words[-1].lower() in lex.institution_nouns and not words[-1].islower():
        # a body's name holds the capitalised words of the titles table before its noun: `the Democratic National
        # Committee`, `the State Department`, `Ohio State University` (not `Democratic National` a title, a name apart)
        k = len(words) - 1
        while k >= 0 and not words[k].islower() and words[k].lower() not in lex.speaker_determiners \
                and not words[k][:1].isdigit():
            named[k] = True
            k -= 1
    if role >= 0 and any(named[role + 1:]):
        first = named.index(True, role + 1)
        if is_title(words[role], lex) and any(w in lex.subject_stops for w in words[role + 1:first]):
            return [False] * len(words)  # the names are the role's complement: `a spokesman for the Crown Prosecution
            # Service`, `an aide to Hillary Clinton`
        named[:role + 1] = [False] * (role + 1)
    elif role >= 0 and (is_title(words[role], lex) or _plural_head(words, role, lex)) \
            or any(named) and is_title(words[-1].lower(), lex) \
            or any(named[k] and words[k].endswith(lex.possessive_endings) and words[k + 1].islower()
                   for k in range(len(words) - 1)):
        # a role after the names heads the mention (`a Trump spokesman`, `Skyline CEO`), and so does a plural noun
        # ending it (`Stockport traders`, `British defence sources`: people of the place named) or a noun after a
        # possessive (`Spain's health ministry`)
        return [False] * len(words)
    return named


def _name_span(words: list[str], lex: Lexicon) -> tuple[int, int]:
    """Where the name of a mention stands among its words, [start, end); empty when it has none. A cased script
    marks name words with capitals: the last run of them, so that a place or party before a title is left out
    (`Texas Sen. Ted Cruz`, `U.S. Attorney General Loretta Lynch`), or the run before a preposition of the
    language's `name_prepositions` (see below). A caseless one (Arabic) writes a name as one run after the description
    (`وزير الخارجية الإيراني حسين أمير عبداللهيان`) or, before an apposition, first (`حسام عبد الله المتحدث باسم
    الوزارة`): the run at the end, else at the start."""
    if lex.speaker_determiners:
        named = _name_flags(words, lex)
        end = next((k + 1 for k in range(len(words) - 1, -1, -1) if named[k]), 0)
        if not end:
            return 0, 0
        if (person := _person_of_body(words, named, lex)) is not None:
            return person
        start = _run_start(named, end)
        while start < end - 1 and words[start].endswith(lex.possessive_endings):
            start += 1  # whose the name is: `NPR’s Mark Delaney`, `the Zionist Union Party’s Nachman Shai`
        gap = start - 1  # the word before the run, past an article: `of the`
        if gap > 0 and words[gap].lower() in lex.speaker_determiners:
            gap -= 1
        if gap > 0 and words[gap] in lex.name_prepositions and named[gap - 1]:
            before = _run_start(named, gap)
            titled = before > 0 and words[before - 1].lower() not in lex.speaker_determiners \
                and is_title(words[before - 1].lower(), lex)
            if (gap - before > 1 or titled) and words[gap - 1].lower() not in lex.institution_nouns:
                return before, gap  # a person of a place or body: `Ted Cruz of Texas`, `Mr. Morgan of the Sierra Club`
            start = before  # one name: `Bank of America`, `the American Federation of Teachers`
        return start, end
    trailing = _name_run(words[::-1], lex, trailing=True)
    if trailing:
        return len(words) - trailing, len(words)
    lead = 0
    while lead < len(words) and (words[lead] in lex.honorifics or words[lead] in lex.titles):
        lead += 1  # the run at the start may follow a form of address: `الدكتور حسام عبد الغفار، المتحدث …`
    if lead and words[lead - 1] not in lex.honorifics and _indefinite_head(words[lead - 1], lex):
        return 0, 0  # ... not a title's genitive or adjective: `محافظ حلب`, `طبيب مقيم` (a form of address is
        # neither: `سعادة عمر سيف غباش مساعد وزير الخارجية`)
    end = lead + _name_run(words[lead:], lex, trailing=False)
    # ... and is a name only before the description it is in apposition with, or alone: not `بيان صادر عن …`
    if end < len(words) and not _describes(words[end], lex):
        return 0, 0
    return lead, end


def _person_of_body(words: list[str], named: list[bool], lex: Lexicon) -> tuple[int, int] | None:
    """The first name run of a cased mention when a preposition of `name_prepositions` and a body or place after it
    follow it, whatever names that body holds in turn (`Stephen Vladeck of the University of Texas School of Law`):
    a person's name of two words or more, or one after a title, or a family name before an article (`Heiserman of the
    CORE Teachers`); not a body's own name (`Bank of America`, `the American Federation of Teachers`)."""
    start = named.index(True)
    end = start
    while end < len(words) and named[end]:
        end += 1
    if end + 2 >= len(words) or words[end] not in lex.name_prepositions \
            or words[end - 1].lower() in lex.institution_nouns or words[start].endswith(lex.possessive_endings):
        return None
    titled = start > 0 and is_title(words[start - 1].lower(), lex)
    article = words[end + 1].lower() in lex.definite_articles and named[end + 2]
    return (start, end) if end - start > 1 or titled or article else None


def _run_start(named: list[bool], end: int) -> int:
    """Where the run of name words that ends at `end` starts."""
    start = end - 1
    while start > 0 and named[start - 1]:
        start -= 1
    return start


def _describes(word: str, lex: Lexicon) -> bool:
    """Whether a caseless word can open a description in apposition with a name: a title or form of address, an
    institution's noun, an unnamed source's (`مصدر`) or a word with the article (`المتحدث`)."""
    low = word.lower()
    return low in lex.titles or low in lex.honorifics or low in lex.construct_heads or low in lex.name_heads \
        or low in lex.source_nouns or low.startswith(lex.definite_prefixes)


def _name_run(words: list[str], lex: Lexicon, trailing: bool) -> int:
    """How many words open `words` (read backwards when `trailing`) as a caseless name run: words that are no
    description (no title, noun of an institution or outlet, preposition, word with the article, `ذاته`), and a
    family name written with the bare article (`_family_name`); read backwards, a place name before a full name ends
    it (`حاكم مصرف لبنان كمال الدويهي`), and so does a form of address."""
    # the bare article (the others carry a preposition or a conjunction: بال، وال)
    article = lex.definite_prefixes[0] if lex.definite_prefixes else None
    run: list[str] = []
    if trailing and words and words[0] in lex.place_names:
        return 0  # a name ends in no place: `ومقره بريطانيا`, `محافظ حلب`
    for k, word in enumerate(words):
        if trailing and (len(run) > 1 and word in lex.place_names or run and word in lex.honorifics):
            break  # (a form of address before the name: `غزة الدكتور نبيل الشوا`; `ندى الحاج` ends in a name)
        before = words[k + 1:k + 3] if trailing else run[-1:-3:-1]  # the words before it, nearest first
        if trailing and run and before and before[0] in lex.name_heads and article is not None \
                and word.startswith(article):
            return len(run)  # the genitive of a body's noun ends the name read back: `النائب عن حزب الله حسن فضل الله`
        if trailing and (run and f"{word} {run[-1]}" in lex.compound_names
                         or before and f"{before[0]} {word}" in lex.compound_names):
            run.append(word)  # a compound name's words, whatever else they are: `فضل الله`
            continue
        family = article is not None and word.startswith(article) and _family_name(word, before, lex)
        if article is not None and family and trailing and run and word not in lex.given_name_ends \
                and before[0] not in lex.name_links:
            # a family name ends a name: one with the article inside the run read back is a compound given name's
            # (`سعد الدين العثماني`, `عبد الله بن زايد`) or no name's, which a run of plain words after it may be
            # (`الأمين العام لحلف شمال الأطلسي مارك روته`; not `نظام الإنترنت غير المحدود`)
            return 0 if any(w.startswith(article) for w in run) else len(run)
        if _plain_word(word, lex) or family or trailing and run and _given_name_behalf(word, before, lex):
            run.append(word)
            continue
        if trailing and run and (_indefinite_head(word, lex) or word in lex.title_prepositions
                                 or word in lex.quantifiers):
            return 0  # the run is the genitive of a head without the article (`مسؤول أردني`, `مكتب نتنياهو`, `أحد
        break  # أصحاب الشركات`) or a title's complement (`المكتب الإعلامي الحكومي في غزة`)
    return len(run)


def _given_name_behalf(word: str, before: list[str], lex: Lexicon) -> bool:
    """Whether the behalf preposition (`باسم`) is a given name: not right after a spokesman's title (`وزير النفط باسم
    عبد الكريم الساعدي`, not `المتحدث باسم الحكومة`)."""
    return bool(lex.behalf_preposition) and word == lex.behalf_preposition \
        and not (before and any(before[0] == title for title, _ in lex.behalf_links))


def _family_name(word: str, before: list[str], lex: Lexicon) -> bool:
    """Whether a word with the article, after the words `before` (nearest first), is a family name: after a name link
    (`عبد الله`, `عبد الأمير`), a given name (`سعود القحطاني`; not a place: `مصرف سوريا المركزي`) or a compound one
    (`عبد الكريم الساعدي`, `سيف الدين الربيعي`; not a title: `عبد الغفار المتحدث`)."""
    if not before:
        return False
    given = before[0]
    if given in lex.name_links:
        return True
    if _plain_word(given, lex):
        return given not in lex.place_names
    return len(before) > 1 and (before[1] in lex.name_links or f"{before[1]} {given}" in lex.compound_names) \
        and word.lower() not in lex.titles


def _plain_word(word: str, lex: Lexicon) -> bool:
    """A word a caseless name may be made of: no title, institution, outlet, stop word, pronoun, quantifier (`أحد
    سكان الحي`), naming word (`ويدعى`), article, `the same` with its pronoun (`المتحدث ذاته`) or institution or
    complement noun after a preposition (`بمجلس النواب`, `لكرة القدم`)."""
    low = word.lower()
    return not (_describes(low, lex) or low in lex.outlets or low in lex.pronouns
                or low in lex.subject_stops and low not in lex.stop_word_names  # (a mention holds فضل only as a name)
                or low in lex.quantifiers or low in lex.naming_participles or _sameness(low, lex)
                or low[:1] in lex.complement_proclitics
                and (_describes(low[1:], lex) or low[1:] in lex.complement_nouns)
                or low[:1] in lex.coordinators and _describes(low[1:], lex))  # `وزارة الخارجية وشؤون المغتربين`


def _sameness(word: str, lex: Lexicon) -> bool:
    """`ذاته`, `نفسها`: a sameness word with the pronoun of what it repeats written onto it."""
    return any(word.startswith(same) and word[len(same):] in lex.attached_pronouns for same in lex.sameness_words)


def _indefinite_head(word: str, lex: Lexicon) -> bool:
    """A title, an institution's or an unnamed source's noun without the article, which an adjective or a genitive
    follows (`مسؤول أردني`, `مكتب نتنياهو`, `حركة حماس`, `مصدر أمني`)."""
    low = word.lower()
    return not low.startswith(lex.definite_prefixes) and _describes(low, lex)


def _description(words: list[str], lex: Lexicon) -> str:
    while words and (words[0].lower() in lex.speaker_determiners
                     or words[0] in lex.honorifics and len(words) > 1
                     and (words[1] in lex.titles or words[1] in lex.honorifics)):
        words = words[1:]  # (`the`; a form of address before a title: `سعادة رئيس الاتحاد` repeats `… رئيس الاتحاد`)
    return " ".join(w.lower() for w in words)


def _same_speaker(speaker: _Speaker, mention: _Mention, lex: Lexicon) -> bool:
    """Whether a mention is the speaker's."""
    names, description, article = mention.names, mention.description, mention.article
    if names and speaker.names:
        smaller, larger = sorted((names, speaker.names), key=len)
        # `Trump` ⊂ `Donald Trump`; `Bill Clinton` ⊄ `Hillary Clinton`; `FAA` for `the Federal Aviation Administration`
        return smaller <= larger or bool(mention.acronym) and mention.acronym in speaker.initials \
            or bool(mention.initials) and mention.initials in speaker.acronyms
    caseless = not lex.speaker_determiners
    if names:
        # the title first, in a headline, the named mention later: `وزير الخارجية: …` then `وزير الخارجية … بدر
        # عبدالعاطي`; in a cased script, the same title right before the name: `Tucson mayor`, `Tucson Mayor Elena
        # Ruiz-Harmon` (not `Whitcomb campaign`, `Whitcomb campaign manager Jenna Marsh`)
        # ... or the role alone, in a cased script: `judge says` in a headline, `Circuit Judge Nora Whitfield` later
        # (a caseless headline may add the country's adjective the named mention leaves out: `وزير الصحة العراقي`,
        # then `وزير الصحة صالح الحسناوي`; not where the mention names another: `وزير الخارجية الإيراني …`)
        return not speaker.names and (any(description.startswith(d + " ") and (
            caseless or set(description[len(d) + 1:].split()) <= names) for d in speaker.descriptions)
            or caseless and any((core := _without_nisbas(d, lex)) != d and description.startswith(core + " ")
                                and not _has_nisba(description, names, lex) for d in speaker.descriptions)
            or mention.head is not None and _known_by_role(speaker, mention, lex)
            or bool(mention.roles) and any(role == d or role.startswith(d + " ")
                                           for role in mention.roles for d in speaker.descriptions))
    if description:
        # `the president` after `President Donald Trump`; `المتحدث باسم الرئاسة` after the full mention; with the
        # article, the head of a construct or an indefinite first mention: `الوكالة` after `وكالة الأنباء`;
        # where a role follows the name as a caseless script writes it, the role alone (`حسام عبد الغفار المتحدث باسم
        # الوزارة` … `المتحدث باسم الوزارة`); a family name alone; or one word of a name: `the council` after `Bristol
        # City Council`; in a cased script, `the judge` after a role it heads (`a federal judge`), and a headline's
        # one noun before a description its role heads
        head = _anaphoric_head(description, lex)
        return (caseless or " " not in description) and description in speaker.names or any(
            d == description or d.startswith(description + " ") or caseless and d.endswith(" " + description)
            or head is not None and (d == head or d.startswith(head + " ")) for d in speaker.descriptions) \
            or bool(speaker.roles) and any(r == description or r.startswith(description + " ")
                                           or head is not None and r.startswith(head + " ") for r in speaker.roles) \
            or article in lex.definite_articles and " " not in description and description in speaker.heads \
            or mention.head is not None and not speaker.names and _known_by_role(speaker, mention, lex)
    return False


def _without_nisbas(description: str, lex: Lexicon) -> str:
    """A caseless description without its adjectives of origin with the article after its first word (`وزير الصحة
    العراقي` -> `وزير الصحة`)."""
    words = description.split()
    return " ".join(words[:1] + [w for w in words[1:] if not _nisba(w, lex)])


def _has_nisba(description: str, names: set[str], lex: Lexicon) -> bool:
    """Whether a description's title holds an adjective of origin (not its name: `الحسناوي` is a family name)."""
    return any(_nisba(w, lex) and w not in names for w in description.split()[1:])


def _nisba(word: str, lex: Lexicon) -> bool:
    """An adjective of origin or affiliation with the article: `العراقي`, `الأمريكية`."""
    return word.startswith(lex.definite_prefixes) and word.endswith(lex.adjective_endings)


def _known_by_role(speaker: _Speaker, mention: _Mention, lex: Lexicon) -> bool:
    """Whether a speaker the text has called only by one noun (`sheriff says`, `Regulator warns`) is the one a later
    mention names with that noun as its role's head (`Palmetto County Sheriff Wade Garrison`, `a federal judge`); not
    when both are indefinite (`A spokesperson said`, then `A Department of Health spokesperson`: another one)."""
    if speaker.indefinite and _indefinite(mention.article, lex):
        return False
    return mention.head is not None and len(speaker.descriptions) == 1 and mention.head in speaker.descriptions


def _indefinite(article: str, lex: Lexicon) -> bool:
    """Whether a mention's first word is an article of the language other than its definite ones: `a`, `an`."""
    return article in lex.articles and article not in lex.definite_articles


def _role_head(description: str, names: set[str], lex: Lexicon) -> str | None:
    """The noun that heads the role before the name words (among `names`) of a description, or of a description of
    more than one word (`federal judge`, `police chief angela moreno`, `department for education spokesperson`), an
    abbreviation as the role it stands for (`gov teresa molina`: governor); none when a modifier makes it another role
    (`vice president`) or it is a role's complement (`secretary of state`, `head of the agency`)."""
    words = description.split()
    if not words or len(words) < 2 and not names:
        return None
    cut = len(words)
    if names:
        for k, word in enumerate(words):
            if word in names:
                cut = k
                break
    if cut == len(words) == 1:
        return None
    if cut == 0:  # a name before an institution's noun names the body that noun heads (`bristol council`, `unite
        # union`); before another noun, its owner (`a times article`, `platte river employee`), whose it is not
        return words[-1] if words[-1] in lex.institution_nouns and lex.subject_stops.isdisjoint(words) else None
    roles = _abbreviation_roles(lex)
    head = roles.get(words[cut - 1], words[cut - 1])
    before = roles.get(words[cut - 2], words[cut - 2]) if cut > 1 else ""
    if before in lex.role_modifiers or not lex.subject_stops.isdisjoint(words[:cut]) and (
            not is_title(head, lex) or before in lex.subject_stops or before in lex.speaker_determiners):
        return None
    return head


@per_lexicon
def _abbreviation_roles(lex: Lexicon) -> dict[str, str]:
    return dict(lex.abbreviation_roles)


def _anaphoric_head(description: str, lex: Lexicon) -> str | None:
    """The noun a one-word definite mention repeats in a language that writes the article on it: `الوكالة` -> `وكالة`."""
    head = without_article(description, lex)
    return head if head != description and " " not in description else None


def cluster_speakers(text: str, spans: list[tuple[int, int] | None], lang: str | None = None,
                     sentences: list[tuple[int, int]] | None = None, quoted: list[tuple[int, int]] | None = None
                     ) -> list[tuple[int | None, str | None]]:
    """(speaker_id, canonical name) for each speaker mention span, in text order; a pronoun joins the speaker of the
    mention before it or, given the sentence spans and the quotes' spans, the person or group the text names as a
    subject between the two (`_subject_between`, `_group_between`). Ids are 0-based per document."""
    lex = lexicon_for(lang)
    speakers: list[_Speaker] = []
    by_span: dict[tuple[int, int], int] = {}
    ids: list[int | None] = []
    last: int | None = None
    last_end = 0  # where the mention before ends
    for span in spans:
        if span is None:
            ids.append(None)
            continue
        if span not in by_span:
            mention = text[span[0]:span[1]]
            pronoun = mention.lower()
            if pronoun in lex.relative_pronouns:
                mention = _antecedent(text, span[0], lex) or mention
            elif sentences and pronoun in lex.person_pronouns:
                mention = _subject_between(text, last_end, span, sentences, quoted or [], speakers, lex) or mention
            elif sentences and pronoun in lex.group_pronouns:
                mention = _group_between(text, last_end, span, sentences, quoted or [], lex) or mention
            by_span[span] = _assign(mention, speakers, last, lex, naming=pronoun not in lex.person_pronouns,
                                    roles=_appositions_after(text, span[1], lex))
            if pronoun in lex.person_pronouns:
                speakers[by_span[span]].pronouns.add(pronoun)
        last = by_span[span]
        last_end = max(last_end, span[1])
        ids.append(last)
    named = {speaker.best[1]: i for i, speaker in reversed(list(enumerate(speakers))) if not speaker.joint}
    same: dict[int, int] = {}  # a speaker known by a family name only, to the one its fuller name names
    for i, speaker in enumerate(speakers):
        if _family_name_only(*speaker.best, lex) and not speaker.joint:
            expanded = _expansion(text, speaker.best[1], lex) if _acronym([speaker.best[1]]) else None
            fuller = expanded or _fuller_name(text, speaker.best[1], lex)
            if fuller is not None and fuller != speaker.best[1]:
                speaker.best = (speaker.best[0], fuller)
                if (other := named.get(fuller, i)) > i:
                    same[i] = other  # `السوداني` in the title, `… محمد شياع السوداني` in the lead: one speaker,
                    # named before the full name is given (after it, a family name the clustering kept apart is
                    # another's: `Eric Trump`, then his father's `Trump`)
    if same:  # (ids kept dense, in the order of first mention)
        ids = [same.get(i, i) if i is not None else None for i in ids]
        dense = {i: k for k, i in enumerate(dict.fromkeys(i for i in ids if i is not None))}
        return [(dense[i], speakers[i].best[1]) if i is not None else (None, None) for i in ids]
    return [(i, speakers[i].best[1]) if i is not None else (None, None) for i in ids]


def _subjects_between(text: str, floor: int, pronoun: tuple[int, int], sentences: list[tuple[int, int]],
                      quoted: list[tuple[int, int]], lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The subjects a pronoun may stand for, nearest first, between it and the mention before (from `floor`): that
    of its sentence, before it, and that of the sentence before; none in quoted words (`quoted`: the quotes' spans)
    or, in its sentence, before quoted words (`Clinton “caused tremendous havoc,” he said`)."""
    marks = mark_characters(lex.quote_pairs)
    k = bisect.bisect_right(sentences, (pronoun[0], len(text))) - 1
    for start, end in sentences[max(0, k - 1):k + 1][::-1]:
        if start < floor:
            return
        subject = sentence_subject(text, start, min(end, pronoun[0]), lex, marks)
        if subject is not None and subject[1] <= pronoun[0] and not any(
                s <= subject[0] < e or end > pronoun[0] and subject[0] < e and s < pronoun[0] for s, e in quoted):
            yield subject


def _subject_between(text: str, floor: int, pronoun: tuple[int, int], sentences: list[tuple[int, int]],
                     quoted: list[tuple[int, int]], speakers: list[_Speaker], lex: Lexicon) -> str | None:
    """Whom a pronoun for one person stands for when a cased script names someone between it and the mention
    before: the named subject of `_subjects_between` (`Board member Alicia Fenwick disagreed. She said …`); not an
    owner (`Holt's model`), no body (`Supporters of Hillary Clinton`, `NTSB`, `THE BORROWING`, `The State Department`),
    of no speaker or title the pronoun disagrees with and, in one word, a name a speaker has or the text gives in full
    (`Renner`, not `Business owners`)."""
    for start, end in _subjects_between(text, floor, pronoun, sentences, quoted, lex):
        mention = text[start:end]
        words = _words(mention)
        names = _names(words, lex)
        if not names or any(w.endswith(lex.possessive_endings) or w in lex.name_prepositions for w in words) \
                or any(len(w) > 1 and w.isupper() for w in names) or names[-1].lower() in lex.institution_nouns:
            continue
        named = {w.lower() for w in names}
        implied = _title_pronouns(words, lex).union(*(s.pronouns for s in speakers
                                                      if s.names and (s.names <= named or named <= s.names)))
        if _disagrees(implied, text[pronoun[0]:pronoun[1]].lower()):
            continue  # (`Sanders captured … His opponent, Hillary Clinton, won …. He told`)
        if len(names) == 1 and not (any(named <= speaker.names for speaker in speakers)
                                    or _fuller_name(text, names[0], lex)):
            continue
        return mention
    return None


def _is_group(speaker: _Speaker, lex: Lexicon) -> bool:
    """Whether a speaker of a cased script is a group, no person: names joined by a conjunction, or only described
    with a plural head (`prosecutors`, `Senate Democrats`), not as a member of one (`One of my former students`)."""
    return speaker.joint or not speaker.names and bool(speaker.descriptions) and all(
        d and d.split()[0] not in lex.partitives and is_plural(d.split()[-1], lex) for d in speaker.descriptions)


def _plural_head(words: list[str], role: int, lex: Lexicon) -> bool:
    """Whether the lower-case word at `role` is a plural noun ending the mention, its head: `Stockport traders`,
    `British defence sources`, `Clinton supporters`; not after a verb the span ran over (`Mr. Bush tells voters`,
    `Trump dismissed critics`)."""
    return role == len(words) - 1 and words[role].isalpha() and is_plural(words[role], lex) and not any(
        w.islower() and (w in lex.cue_verbs or w.endswith(lex.past_endings)) for w in words[:role])


def _disagrees(known: set[str], pronoun: str) -> bool:
    """Whether someone `known` by the person pronouns of that set is known by others only (`he` for one named `Mrs.
    Clinton`)."""
    return bool(known) and pronoun not in known


def _group_between(text: str, floor: int, pronoun: tuple[int, int], sentences: list[tuple[int, int]],
                   quoted: list[tuple[int, int]], lex: Lexicon) -> str | None:
    """What a `they` stands for when a cased script names a group between it and the mention before: the subject
    of `_subjects_between` whose head is a plural noun (`Democrats on the panel largely focused on what they
    described`), not an owner's (`Elias's efforts`)."""
    for start, end in _subjects_between(text, floor, pronoun, sentences, quoted, lex):
        words = _words(text[start:end])
        head = next((k for k, w in enumerate(words) if k and w in lex.subject_stops), len(words)) - 1
        if head >= 0 and is_plural(words[head], lex) and not any(w.endswith(lex.possessive_endings) for w in words):
            return text[start:end]
    return None


def _title_pronouns(words: list[str], lex: Lexicon) -> set[str]:
    """The person pronouns the titles among a mention's words imply (`Mrs. Clinton`: she)."""
    return {pronoun for pronoun, titles in lex.title_pronouns if any(w.lower() in titles for w in words)}


def _fuller_name(text: str, name: str, lex: Lexicon) -> str | None:
    """The fullest name the text gives a speaker only ever named by one word (`Sexton`, `الصفدي`): of the names
    ending in that word anywhere in the text, the one written most often, the longest on a tie; None when there is
    none. A cased script marks them with capitals (`Rep. Pete Sexton said`, `Pete Sexton's office`), but in a
    title-case headline; a capitalised word opening a sentence may pass for a given name (`Understated Perez`),
    unless it is a preposition (`Despite Santilli`). A caseless one writes them after a title (`وزير الخارجية أيمن
    الصفدي`), which tells them from a verb and its object (`يعلنون استهداف سفينة`)."""
    found: Counter[str] = Counter()
    cased = bool(lex.speaker_determiners)
    for pos in _occurrences(text, name) + (_occurrences(text, name.title()) if name.isupper() else []):  # (`OKAFOR:`)
        previous = _word_before(text, pos).lstrip(SENTENCE_OPENERS)
        if not (previous[:1].isupper() if cased else _given_name(previous, "", lex)
                or name.split()[0] in lex.filial_links and _filiated(previous, lex)):
            continue  # (most mentions of a family name follow no given name: `said Sexton`, `وقال الصفدي`)
        line = text[max(0, pos - _NAME_REACH, text.rfind("\n", 0, pos) + 1):pos + len(name)]
        matches = list(WORD.finditer(line))[-_MAX_NAME_WORDS - (1 if cased else _TITLE_REACH):]
        joined = ". " if cased else " "  # (the words of a name follow each other: `Texas, Ted Cruz`, `الجوع. وأضافت`;
        # initials: `Colin L. Powell`)
        first = max((k for k in range(1, len(matches))
                     if line[matches[k - 1].end():matches[k].start()].strip(joined)), default=0)
        matches = matches[first:]
        words = [w.group() for w in matches]
        if cased:
            start, end = _name_span(words, lex)
            full = _as_written(line, matches[start:end], lex) if end == len(words) and end - start > 1 else ""
            if full and not _SENTENCE_END.search(full) and not _title_case_line(text, pos) \
                    and words[start].lower() not in lex.subject_stops:  # (`In Wyoming`, `Despite Santilli`)
                found[full] += 1
        else:
            start = len(words) - 1
            while start > 1 and (_given_name(words[start - 1], words[start - 2], lex)
                                 or words[start] in lex.filial_links and _filiated(words[start - 1], lex)):
                start -= 1
            if start < len(words) - 1 and _after_title(words, start, lex):
                found[" ".join(words[start:])] += 1
    return max(found, key=lambda full: (found[full], len(full))) if found else None


def _expansion(text: str, acronym: str, lex: Lexicon) -> str | None:
    """The name a speaker only ever called by an acronym (`FAA`) stands for, as the text writes it: capitalised words
    whose initials spell it, prepositions, conjunctions and articles between them (`Federal Aviation
    Administration`), the one written most often; None when the text has none."""
    links = "|".join(sorted(lex.name_prepositions | lex.name_conjunctions | lex.definite_articles))
    gap = rf"(?:\s+(?:{links}))*\s+"
    found = Counter(re.findall(r"\b" + gap.join(rf"{letter}[\w’'-]*" for letter in acronym), text))
    return max(found, key=lambda full: (found[full], len(full))) if found else None


def _family_name_only(rank: int, name: str, lex: Lexicon) -> bool:
    """Whether a speaker's best name is a family name alone: one word (`Sexton`, `الصفدي`), or one after a name link
    (`بن عمار`, `أبو زيد`)."""
    words = name.split()
    return rank <= 1 and len(words) == 1 or len(words) == 2 and words[0] in lex.name_links


def _filiated(word: str, lex: Lexicon) -> bool:
    """Whether a caseless word before `son of` is a given name, with the article too (`الهادي بن عمار`), not a title
    (`الوزير بن عمار`)."""
    return not _describes(without_article(word, lex), lex) and word not in lex.cue_verbs


def _given_name(word: str, before: str, lex: Lexicon) -> bool:
    """Whether a caseless word before a family name can be a given name: a plain word that is no reporting verb,
    without the article unless a name link comes first (`عبد الكريم`)."""
    if word.startswith(lex.definite_prefixes):
        return before in lex.name_links
    return _plain_word(word, lex) and word not in lex.cue_verbs


def _after_title(words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the caseless name at `words[start]` follows a title, a form of address or a title's complement (`وزير
    الخارجية وشؤون المغتربين أيمن الصفدي`), or the reporting verb it is the subject of (`أكد وليد الركراكي`): not a
    verb and its object (`الحوثيون يعلنون استهداف سفينة`)."""
    before = words[start - 1]
    return _title_like(before, lex) or before in lex.cue_verbs or before.startswith(lex.definite_prefixes) \
        and any(_title_like(word, lex) for word in words[max(0, start - _TITLE_REACH):start - 1])


def _title_like(word: str, lex: Lexicon) -> bool:
    """A caseless title or form of address, also with a conjunction or preposition written onto it (`ووكيل`,
    `للمدير`)."""
    forms = [word]
    if word[:1] in lex.coordinators:
        forms.append(word[1:])
    article = lex.definite_prefixes[0] if lex.definite_prefixes else ""
    forms += [article + word[len(prefix):] for prefix in lex.definite_prefixes[1:] if word.startswith(prefix)]
    return any(form in lex.titles or form in lex.honorifics for form in forms)


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole word (a plain substring search: the word differs for every call)."""
    found, pos = [], text.find(word) if word else -1  # (a mention of no word: `—`)
    while pos >= 0:
        end = pos + len(word)
        if not (pos and (text[pos - 1].isalnum() or text[pos - 1] in "'’-")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "'’-")):
            found.append(pos)
        pos = text.find(word, end)
    return found


_MAX_NAME_WORDS = 4


def _word_before(text: str, pos: int) -> str:
    """The word that spaces on the same line set off before `pos`; '' when there is none."""
    end = pos
    while end and text[end - 1] in _SPACES:
        end -= 1
    if end == pos or not end or text[end - 1].isspace():
        return ""
    floor = max(0, end - _NAME_REACH)
    return text[max(floor - 1, *(text.rfind(c, floor, end) for c in _SPACES + "\n")) + 1:end]


_SPACES = " \t\u00a0"
_TITLE_REACH = 4  # words a title's complement may take before a caseless name: `وزير الخارجية وشؤون المغتربين`
_NAME_REACH = 60  # characters before a family name that its given names and initials may take
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}\.\s")  # (`Benjamin Netanyahu. Adelson`; not an initial: `Colin L. Powell`)


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a headline in title case, where every word is capitalised (`Why Does Israel
    Refuse …`): most of its words of four letters or more."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    long = [w for w in text[start:end if end >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    return len(long) > 2 and sum(w[0].isupper() for w in long) * 4 > len(long) * 3


def _antecedent(text: str, pos: int, lex: Lexicon) -> str | None:
    """What a relative pronoun stands for: the phrase before it, back to the previous punctuation
    (`R. Gil Kerlikowske, the commissioner, who` -> `the commissioner`; `Mr. Pike, who` -> `Mr. Pike`). In a cased
    script, when a common noun ends that phrase, the noun phrase it ends (`she wanted a candidate who` -> `a
    candidate`, `conversations with political supporters who` -> `political supporters`); when a name ends a phrase
    longer than a mention, the name (`comments made by housing spokesman Darragh O’Brien, who` -> `Darragh
    O’Brien`)."""
    before = text[max(0, pos - 120):pos].rstrip().rstrip(",،").rstrip()
    cut = max(before.rfind(ch) for ch in ",;:()\n")
    words = before[cut + 1:].split()
    if lex.speaker_determiners and words and words[-1].islower():
        # no name ends it: the noun phrase before the relative, back to its determiner or preposition
        k = len(words) - 1
        while k > max(0, len(words) - _MAX_ANTECEDENT_WORDS) and words[k].lower() not in lex.speaker_determiners \
                and words[k - 1].lower() not in lex.subject_stops:
            k -= 1
        words = words[k:]
    elif len(words) > _MAX_ANTECEDENT_WORDS and lex.speaker_determiners:
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


def _assign(mention: str, speakers: list[_Speaker], last: int | None, lex: Lexicon, naming: bool = True,
            roles: tuple[str, ...] = ()) -> int:
    """The speaker a mention joins, or a new one; a mention not `naming` a speaker (a pronoun's antecedent, which the
    quotes do not name) gives its name only to a new one; `roles`, descriptions set off after it, describe it."""
    aliases: set[str] = set()
    if "(" in mention:
        aliases = {w.lower() for aside in _PARENTHETICAL.findall(mention) for w in _words(aside)
                   if (_is_name_word(w, lex) if lex.speaker_determiners else _plain_word(w, lex))}
        mention = _PARENTHETICAL.sub("", mention)
    mention = _past_document_noun(_before_apposition(mention, lex), lex)
    matches = list(WORD.finditer(mention))
    words = [m.group() for m in matches]
    if len(words) == 1 and words[0].lower() in lex.pronouns and last is not None:
        pronoun = words[0].lower()
        if pronoun in lex.thing_pronouns and speakers[last].pronouns:
            pass  # `it` after someone a `he` or `she` stood for: something else the text does not name
        elif pronoun not in lex.person_pronouns or not _disagrees(speakers[last].pronouns, pronoun) and not (
                lex.speaker_determiners and _is_group(speakers[last], lex)):
            return last
        # the last speaker is known by the other pronoun (`Mr Whitcomb`, then `she`): someone the text does not name
        speakers.append(_Speaker(best=(0, mention)))
        return len(speakers) - 1
    description = _description(words, lex)
    office = _office(description, lex)  # (what it is compared by; the display keeps the words as written)
    recent = range(len(speakers) - 1, max(-1, len(speakers) - 1 - _SPEAKER_REACH), -1)
    if len(words) > 1 and _sameness(words[-1], lex) and last is not None:
        # `المصدر ذاته`, `المتحدث ذاته`: the same one as before, the latest a description with its noun names
        noun = without_article(_office(words[0], lex), lex)  # (`الناطق ذاته` after `المتحدث باسم …`)
        return next((i for i in recent if not speakers[i].joint and any(
            without_article(d.split()[0], lex) == noun for d in speakers[i].descriptions | speakers[i].roles if d)),
            last)
    described = words[len(words) - len(description.split()):] if lex.speaker_determiners else []  # (as written)
    initials = _initials(described, lex)
    names = _names(words, lex) if any(w.lower() in lex.name_conjunctions for w in mention.split()) else []
    if (joint := _joined_names(mention, names, lex)) is not None:
        # a group (`Trump and Clinton`) or a body so named: the same names again, or its own, or the acronym it
        # goes by (`the Food and Drug Administration`, `the FDA`)
        name_set = {w.lower() for w in names}
        target = next((i for i in recent if speakers[i].joint and speakers[i].names == name_set
                       or initials and initials in speakers[i].acronyms), None)
        if target is None:
            speakers.append(_Speaker(names=name_set, best=(len(names), joint), joint=True))
            target = len(speakers) - 1
        speaker = speakers[target]
        speaker.descriptions.add(office)
        if names[-1].lower() in lex.institution_nouns:  # a body so named: `the union` after `the Docks and Logistics
            speaker.heads.add(names[-1].lower())  # Union`
        if initials:
            speaker.initials.add(initials)
            if naming and (len(names), len(joint)) > (speaker.best[0], len(speaker.best[1])):
                speaker.best = (len(names), joint)  # (the full name, after the acronym)
        return target
    start, end = _apposed_name(mention, matches, lex) or _name_span(words, lex)
    names = [w for w in words[start:end] if w not in lex.name_prepositions]
    name_set = {w.lower() for w in names} | aliases  # (`(فاو)`: the acronym a body goes by)
    article = words[0].lower() if words else ""
    head = _role_head(description, name_set, lex) if lex.speaker_determiners else None
    matched = _Mention(name_set, office, article, roles, head, _acronym(described), initials)
    target = next((i for i in recent if (not speakers[i].joint or matched.acronym in speakers[i].initials
                                         or office in speakers[i].heads) and _same_speaker(speakers[i], matched, lex)),
                  None)
    if target is None:
        speakers.append(_Speaker(indefinite=_indefinite(article, lex)))
        target = len(speakers) - 1
    speaker = speakers[target]
    speaker.roles.update(roles)
    if head is not None:
        speaker.heads.add(head)
    speaker.names |= name_set
    if matched.acronym:
        speaker.acronyms.add(matched.acronym)
    if matched.initials:
        speaker.initials.add(matched.initials)
    speaker.pronouns |= _title_pronouns(words, lex)
    speaker.descriptions.add(office)
    if not names:  # the description as written, without its determiners; else the mention's words
        start, end = len(words) - len(description.split()), len(words)
    if start == end:
        display = " ".join(words)
    elif lex.speaker_determiners:
        display = _as_written(mention, matches[start:end], lex)
    else:  # (its words only: a caseless name's run may cross a comma, `تشاد، جان بيير كوياتي`)
        display = " ".join(words[start:end])
    rank = len(names) if naming else 0  # (any mention the quotes name names it better)
    if speaker.pronouns and not name_set.isdisjoint(lex.institution_nouns):
        rank = 0  # a body named after a person a pronoun stood for names them no better: `Eric Trump Foundation`
    if (naming or speaker.best[0] < 0) and (rank, len(display)) > (speaker.best[0], len(speaker.best[1])):
        speaker.best = (rank, display)
    return target


def _past_document_noun(mention: str, lex: Lexicon) -> str:
    """In a caseless script, the body whose text a mention names (`تقرير البنك الدولي`, `بيانات المرصد الوطني`,
    `إحصاءات وزارة الصحة`): the genitive after one of the language's `document_nouns`, a noun with the article or a
    body's noun, which speaks for the body; else the mention (`تقارير أممية`, `تقرير صادر عن …`, `بيان لرئاسة …`:
    an adjective, a participle or a preposition after it)."""
    if lex.speaker_determiners:
        return mention
    head, _, rest = mention.partition(" ")
    after = rest.split(maxsplit=1)
    if not after or head not in lex.document_nouns:
        return mention  # (nor after a document noun and spaces only: `بيان `)
    genitive = after[0]
    bare = without_article(genitive, lex)
    body = genitive in lex.construct_heads or bare != genitive and not genitive.endswith(lex.adjective_endings) \
        and genitive not in lex.adjectives and not any(bare == without_article(p, lex) for p, _ in lex.issuer_links)
    return rest if body else mention


def _apposed_name(mention: str, matches: list[re.Match[str]], lex: Lexicon) -> tuple[int, int] | None:
    """In a caseless script, the name set off by a comma from the description it is in apposition with, as its
    word span: the part after the last comma when a name ends it (`ممثل المفوضية في تشاد، جان بيير كوياتي`), else
    the part before the first (`المحامي عادل الشناوي، دفاع المتهم الأول`); None when no comma sets one off."""
    if lex.speaker_determiners:
        return None
    commas = [m.start() for m in _COMMA.finditer(mention)]
    if not commas:
        return None
    for low, high in ((commas[-1], len(mention)), (0, commas[0])):
        first = next((k for k, m in enumerate(matches) if m.start() >= low), len(matches))
        last = next((k for k, m in enumerate(matches) if m.start() >= high), len(matches))
        start, end = _name_span([m.group() for m in matches[first:last]], lex)
        if start < end == last - first:
            return first + start, first + end
    return None


_COMMA = re.compile("[,،]")


# An aside in brackets is no part of the name (`Rep. Gwen Moore (D-Wis.)`, `الرئاسة الروسية (الكرملين)`), only an
# acronym the name goes by (`منظمة الأغذية والزراعة (فاو)`).
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")


def _as_written(mention: str, words: list[re.Match[str]], lex: Lexicon) -> str:
    """The mention from its first to its last word of `words` as written (`Donald J. Trump`), with the dot that
    ends an abbreviation (`Joseph R. Biden Jr.`)."""
    end = words[-1].end()
    if mention[end:end + 1] == "." and (len(words[-1].group()) == 1 or words[-1].group().lower() in lex.abbreviations):
        end += 1
    return mention[words[0].start():end]


def _appositions_after(text: str, end: int, lex: Lexicon) -> tuple[str, ...]:
    """The descriptions a language that writes the article on its nouns sets off by commas right after a mention, as
    `_description` gives them: `المتحدث الرسمي باسم وزارة الصحة` after `الدكتور عمرو الشربيني، … ،`, which a later
    `المتحدث الرسمي` repeats, or a title's construct (`، وزير الطيران المدني،`); two when a second definite title
    follows a definite word, after a conjunction or not (`، مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة
    الخارجية،`); not a relative clause, a time (`، اليوم الأحد،`) or anything but a definite noun."""
    if not lex.definite_prefixes or (match := _APPOSITION_AFTER.match(text, end)) is None:
        return ()
    words = _words(match.group(1))
    first = words[0] if words else ""
    article = lex.definite_prefixes[0]
    construct = first in lex.titles and any(w.startswith(article) for w in words[1:_TITLE_REACH])
    if not (first.startswith(article) or construct) or first in lex.relative_pronouns or first in lex.time_words:
        return ()  # (the article alone: not `للسومرية نيوز`, to whom it was said)
    cuts = [0] + [k for k in range(2, len(words)) if words[k - 1].startswith(article) and (
        words[k].startswith(article) and words[k] in lex.titles or words[k][:1] in lex.coordinators
        and words[k][1:].startswith(article) and words[k][1:] in lex.titles)] + [len(words)]
    parts = [words[a:b] for a, b in zip(cuts, cuts[1:])]
    return tuple(_office(_description([part[0][1:] if k and not part[0].startswith(article) else part[0]] + part[1:],
                                      lex), lex) for k, part in enumerate(parts))


def _office(description: str, lex: Lexicon) -> str:
    """The description with each title the language writes in several ways in the one form it is compared by
    (`title_synonyms`): `رئيس مجلس الوزراء مصطفى مدبولي` as `رئيس الوزراء مصطفى مدبولي`."""
    if not lex.title_synonyms:
        return description
    pattern, forms = _title_synonyms(lex)
    return pattern.sub(lambda m: forms[m.group()], description)


@per_lexicon
def _title_synonyms(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """The language's `title_synonyms` as a pattern of whole words (the longest first), and each one's form."""
    forms = dict(lex.title_synonyms)
    variants = sorted(forms, key=len, reverse=True)
    return re.compile(f"(?<!\\S)(?:{'|'.join(map(re.escape, variants))})(?!\\S)"), forms


# `، description،`: a short run of words between commas, no other punctuation, no line break
_APPOSITION_AFTER = re.compile(r"\s*[،,]\s*([^،,.:;؛!?؟«»\"“”()\n]{2,100}?)\s*[،,]")


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
            entry[1].add((int(start), int(end), mention))  # (numpy integers from the frame)
    table = []
    for (doc_id, speaker_id), (canonical, spans, n_quotes) in sorted(speakers.items(), key=lambda item: item[0]):
        mentions = list(dict.fromkeys(t for _, _, t in sorted(spans)))
        table.append((doc_id, speaker_id, canonical, len(spans), n_quotes[0], " | ".join(mentions)))
    return pd.DataFrame(table, columns=columns).astype({"speaker_id": "int32", "n_mentions": "int32",
                                                        "n_quotes": "int32"})
