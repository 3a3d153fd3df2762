"""English language knowledge for segmentation and quote attribution."""

from __future__ import annotations

from transforms.lexicon import DATELINE, Lexicon

# Titles before a name and words before what they qualify: the sentence never ends at them (Mr. Smith, e.g. the).
TITLE_ABBREVIATIONS_EN = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "st", "gen", "gov", "sen", "sens", "rep", "reps", "rev",
    "sgt", "capt", "col", "lt", "maj", "cmdr", "adm", "pres", "hon", "supt", "insp", "det", "fr", "mt", "ft",
    "vs", "v", "c", "ca", "cf", "approx", "e.g", "i.e", "viz",
})
# Labels that are abbreviations only before a number (No. 5, p. 12, Fig. 3); "No." before a word is the word no.
NUMBER_ABBREVIATIONS_EN = frozenset({"no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "ch", "art", "sec", "op"})
# Every abbreviation written with a final dot; those outside the titles may also end a sentence (etc., U.S.).
ABBREVIATIONS_EN = TITLE_ABBREVIATIONS_EN | NUMBER_ABBREVIATIONS_EN | frozenset({
    "sr", "jr", "u.s", "u.k", "u.n", "etc", "inc", "ltd", "co", "corp", "bros", "assn", "assoc", "dept", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "tue", "tues", "thu", "thur", "thurs",
    "a.m", "p.m", "est", "ave", "blvd", "rd", "d.c", "al", "ed", "eds", "esp", "incl", "dist",
    # US states as news agencies abbreviate them: "a Calif. man"
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "vt", "va", "wash", "wis", "wyo",
})

# Capitalised words that open sentences; after an abbreviation that can end one (etc., a.m., U.S.) they show it did.
SENTENCE_STARTERS_EN = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
    "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "So", "Yet", "However", "Still",
    "If", "When", "While", "After", "Before", "Although", "Though", "Because", "Since", "As", "In", "On", "At",
    "For", "From", "With", "By", "Then", "Now", "Also", "What", "Who", "Why", "How", "Where", "Some", "Many",
    "Most", "Others", "One", "Both", "Each", "Such", "Meanwhile", "Instead", "Officials", "Police",
})

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
# Lines of their own that are bylines, dates, datelines or credits, not titles.
NON_HEADING_LINES_EN = (
    r"^By\s",
    r"^(?:Posted|Published|Updated|Last updated)\b",
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    rf"^(?:{_MONTHS_EN})\s+\d",
    rf"^\d{{1,2}}\s+(?:{_MONTHS_EN})\b",
    r"^(?:Copyright|©)",
    r"^(?:Photo|Image|Credit|Source|Caption)s?\s*:",
    DATELINE,
    r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Za-z .]+)?\s*[-–—]\s*$",  # a place in capitals and a dash: LONDON —
)

# A letter's or e-mail's closing, which the gold treats as a sentence before the signature.
LETTER_CLOSINGS_EN = frozenset({
    "regards", "best regards", "kind regards", "warm regards", "warmest regards", "sincerely", "yours sincerely",
    "sincerely yours", "yours truly", "yours faithfully", "respectfully", "respectfully yours", "best wishes",
    "cheers",
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
    title_abbreviations=TITLE_ABBREVIATIONS_EN,
    number_abbreviations=NUMBER_ABBREVIATIONS_EN,
    sentence_starters=SENTENCE_STARTERS_EN,
    non_heading_lines=NON_HEADING_LINES_EN,
    letter_closings=LETTER_CLOSINGS_EN,
    question_continuations=frozenset({"or"}),
    capitals="A-Z",
    cue_verbs=CUE_VERBS_EN,
    cue_phrases=CUE_PHRASES_EN,
    complementizers=COMPLEMENTIZERS_EN,
    subject_stops=SUBJECT_STOPS_EN,
    pronouns=PRONOUNS_EN,
)
