"""English language knowledge for segmentation and quote attribution."""

from __future__ import annotations

from transforms.lexicon import Lexicon

ABBREVIATIONS_EN = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "rev", "sgt", "capt",
    "col", "lt", "maj", "pres", "hon", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "no", "nos", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "approx", "dept", "est", "fig", "vol", "mt", "ft", "ave", "blvd", "d.c",
})

CUE_VERBS_EN_BASE = (
    "say", "tell", "add", "write", "state", "note", "explain", "argue", "claim", "announce", "declare",
    "insist", "report", "respond", "reply", "tweet", "acknowledge", "warn", "ask", "confirm", "deny",
    "continue", "recall", "admit", "stress", "suggest", "predict", "complain", "observe", "remark",
)
# Forms the regular rules below would get wrong.
_IRREGULAR_EN = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"),
    "admit": ("admitted", "admits", "admitting"),
}


def _forms(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR_EN:
        return (verb, *_IRREGULAR_EN[verb])
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb, verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing")
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return (verb, past, third, stem + "ing")


CUE_VERBS_EN = frozenset(f for v in CUE_VERBS_EN_BASE for f in _forms(v))

CUE_PHRASES_EN = frozenset({"according to"})

COMPLEMENTIZERS_EN = frozenset({"that"})

SUBJECT_STOPS_EN = frozenset({"in", "on", "at", "to", "that", "from", "during", "after", "before", "when"})

PRONOUNS_EN = frozenset({"he", "she", "they", "i", "we", "it"})

ENGLISH = Lexicon(
    lang="en",
    terminals=".!?…",
    abbreviations=ABBREVIATIONS_EN,
    cue_verbs=CUE_VERBS_EN,
    cue_phrases=CUE_PHRASES_EN,
    complementizers=COMPLEMENTIZERS_EN,
    subject_stops=SUBJECT_STOPS_EN,
    pronouns=PRONOUNS_EN,
)
