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
    "assert", "concede", "contend", "maintain", "emphasize", "reiterate", "vow", "pledge", "promise",
    "boast", "joke", "quip", "testify", "conclude", "caution", "allege", "remind", "counter", "retort",
    "charge", "lament", "muse", "post", "urge", "agree", "disclose", "reveal", "inform", "assure",
    "elaborate", "clarify", "recount", "proclaim", "speculate", "hint", "signal", "indicate", "mention",
    "estimate", "forecast", "shout", "yell", "whisper", "scream", "exclaim", "cite", "chime",
    "interject", "chant", "boom", "thunder", "scoff", "snap", "sneer", "gush", "marvel", "plead", "beg",
    "demand", "wonder", "question", "tout", "brag", "recount", "concur", "vent", "rail", "read",
    # Verbs whose object is the reported content: `called the plan a disaster`, `praised the bill`.
    "call", "describe", "accuse", "criticize", "criticise", "defend", "praise", "propose", "blame", "dismiss",
    "denounce", "blast", "slam", "mock", "decry", "condemn", "thank", "echo", "repeat", "discuss", "express",
    "dub", "label", "lambaste", "applaud", "hail", "ridicule", "rebuke", "reject", "accept", "challenge",
    "recommend", "highlight", "attack",
    # Beliefs and stances: annotated attributions too, kept apart from speech by the scorer only.
    "believe", "think", "feel", "fear", "hope", "expect", "worry",
)
# Forms the regular rules below would get wrong.
_IRREGULAR_EN = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "admit": ("admitted", "admits", "admitting"),
    "think": ("thought", "thinks", "thinking"),
    "feel": ("felt", "feels", "feeling"),
    "quip": ("quipped", "quips", "quipping"),
    "chime": ("chimed", "chimes", "chiming"),
    "forecast": ("forecasts", "forecasting"),
    "signal": ("signaled", "signalled", "signals", "signaling"),
    "retort": ("retorted", "retorts", "retorting"),
    "agree": ("agreed", "agrees", "agreeing"),
    "snap": ("snapped", "snaps", "snapping"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "beg": ("begged", "begs", "begging"),
    "vent": ("vented", "vents", "venting"),
    "read": ("reads",),
    "dub": ("dubbed", "dubs", "dubbing"),
    "label": ("labeled", "labelled", "labels", "labeling", "labelling"),
    "echo": ("echoed", "echoes", "echoing"),
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


# Multi-word reporting verbs: they behave as verbs (subject before them).
CUE_VERB_PHRASES_EN = frozenset({
    "pointed out", "points out", "point out", "pointing out", "shot back", "fired back", "wrote back",
    "went on", "goes on", "referring to", "referred to", "refers to", "talked about", "talking about",
    "talks about", "spoke about", "spoke of", "speaks about", "spoke out against", "called for", "calling for",
    "calls for", "called on", "calling on", "calls on", "asked about", "warned against",
})

# Forms that news uses as nouns far more often than as reporting verbs (`battleground states`, `a
# tweet`, `the attacks`): they attribute a quotation right next to them (`“…,” it reads`) but
# never open a reported clause; their other forms (stated, tweeted, attacked) are full cues.
NOUN_FORMS_EN = frozenset({
    "state", "states", "report", "note", "notes", "post", "posts", "question", "questions", "attack", "attacks",
    "remark", "remarks", "tweet", "tweets", "charge", "charges", "estimate", "estimates", "forecast", "forecasts",
    "signal", "signals", "hint", "hints", "vent", "vents", "rail", "rails", "counter", "counters", "demand",
    "demands", "fear", "fears", "worry", "hope", "hopes", "promise", "promises", "pledge", "pledges", "vow",
    "vows", "joke", "jokes", "echo", "echoes", "cite", "continue", "continues", "discuss", "label", "labels",
    "challenge", "challenges", "accept", "express", "call", "highlight", "highlights", "read", "reads",
    "mention", "mentions", "reply", "replies", "response", "comment", "comments", "thought", "feel", "feeling",
    "thinking", "reading", "posting", "reporting", "charging", "hoping", "fearing", "questioning",
})

CUE_VERBS_EN = frozenset(f for v in CUE_VERBS_EN_BASE for f in _forms(v)) | CUE_VERB_PHRASES_EN

# Participles that report for the subject of their main clause: "..., adding that ...".
SUBJECTLESS_CUES_EN = frozenset(f for f in CUE_VERBS_EN if f.split()[0].endswith("ing"))

# Phrases that name a source after them: "according to the police".
CUE_PHRASES_EN = frozenset({"according to"})

COMPLEMENTIZERS_EN = frozenset({"that", "whether"})

SUBJECT_STOPS_EN = frozenset({
    "in", "on", "at", "to", "that", "from", "during", "after", "before", "when", "and", "but", "or", "as",
    "because", "while", "if", "which", "who", "whom", "where", "than", "by", "with", "about", "for", "of",
    "is", "was", "are", "were", "be", "been", "it", "this", "these", "those", "what", "how", "why",
})

PRONOUNS_EN = frozenset({"he", "she", "they", "i", "we", "it", "you"})

# Words between a subject and its reporting verb ("Trump has also said").
SPEAKER_SKIPS_EN = frozenset({
    "has", "had", "have", "also", "later", "previously", "then", "once", "again", "reportedly", "recently",
    "repeatedly", "publicly", "privately", "would", "will", "did", "does", "do", "not", "never", "always",
    "often", "frequently", "long", "already", "further", "just", "still", "had", "initially", "first",
    "earlier", "quickly", "flatly", "openly", "falsely", "correctly", "wrongly", "simply", "even", "may",
    "might", "could", "should", "can", "is", "was", "were", "are", "be", "been", "being",
})

SPEAKER_DETERMINERS_EN = frozenset({"the", "a", "an", "another", "his", "her", "their", "its", "one", "two",
                                    "some", "many", "several", "both", "other", "senior", "top", "former"})

# After a reporting verb these open an adjunct, not the reported clause: "said on Monday".
CLAUSE_STOPS_EN = frozenset({
    "in", "on", "at", "to", "of", "about", "during", "after", "before", "with", "for", "so", "by", "from",
    "through", "via", "over", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "repeatedly", "again",
    "publicly", "privately", "separately", "afterward", "afterwards", "then", "too", "also", "as", "and",
    "or", "but", "no", "nothing", "something", "anything", "much", "more", "little", "otherwise", "up",
})

TITLES_EN = frozenset({
    "president", "vice", "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "secretary", "minister", "prime", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader", "speaker", "mayor", "judge",
    "justice", "gen", "gen.", "general", "candidate", "nominee", "democratic", "republican", "gop", "former",
    "the", "a", "an", "campaign", "manager", "chief", "adviser", "advisor", "aide", "director", "ceo",
    "attorney", "state", "presidential", "house", "senate", "majority", "minority", "rev", "rev.",
})

# After a comma these open a clause of the writer's, which ends the reported one: "said X, but Y".
CLAUSE_BREAKS_EN = frozenset({
    "but", "while", "although", "though", "whereas", "yet", "which", "prompting", "even as", "as well as",
    "according", "a claim", "an assertion", "a statement", "a charge", "a comment", "a remark",
})

# Adverbs that may stand between a cue and its bare clause: "said again the plan was dead".
CUE_ADJUNCTS_EN = frozenset({"also", "again", "repeatedly", "previously", "publicly", "privately", "later",
                             "flatly", "bluntly", "simply", "then"})

QUOTE_PAIRS_EN = (("''", "''"), ("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"), ("'", "'"))

ENGLISH = Lexicon(
    lang="en",
    terminals=".!?…",
    abbreviations=ABBREVIATIONS_EN,
    cue_verbs=CUE_VERBS_EN,
    cue_phrases=CUE_PHRASES_EN,
    complementizers=COMPLEMENTIZERS_EN,
    subject_stops=SUBJECT_STOPS_EN,
    pronouns=PRONOUNS_EN,
    quote_pairs=QUOTE_PAIRS_EN,
    subjectless_cues=SUBJECTLESS_CUES_EN,
    speaker_skips=SPEAKER_SKIPS_EN,
    speaker_determiners=SPEAKER_DETERMINERS_EN,
    clause_stops=CLAUSE_STOPS_EN,
    titles=TITLES_EN,
    clause_breaks=CLAUSE_BREAKS_EN,
    cue_adjuncts=CUE_ADJUNCTS_EN,
    quotation_only_cues=NOUN_FORMS_EN & CUE_VERBS_EN,
)
