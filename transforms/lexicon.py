"""The shape of a language table; one module per language fills it in (lexicon_ar, lexicon_en)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    lang: str
    # Sentence segmentation
    terminals: str  # characters that can end a sentence
    abbreviations: frozenset[str]  # lower-cased, without their final dot
    # Quote attribution
    cue_verbs: frozenset[str]  # reporting verbs, every written form (prefixes included for Arabic)
    cue_phrases: frozenset[str]  # multi-word cues that introduce a source: "according to", بحسب
    complementizers: frozenset[str]  # that / أن / إن ...: start of reported clause
    subject_stops: frozenset[str]  # words that end a speaker mention (prepositions, time words)
    pronouns: frozenset[str]  # speaker pronouns
    auxiliaries: frozenset[str] = frozenset()  # put the subject before the verb: وكان زيلينسكي أعلن


# Quote-mark pairs news uses (opening, closing). The ASCII double quote opens and closes.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("«", "»"),
    ("“", "”"),
    ('"', '"'),
    ("„", "“"),
    ("‹", "›"),
)

# Characters that may follow a sentence terminal and still belong to the sentence.
CLOSERS = "\"'”’»›)]}"
