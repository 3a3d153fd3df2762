"""English language knowledge for segmentation and quote attribution."""

from __future__ import annotations

from transforms.lexicon import DATELINE, Lexicon

# Titles, ranks and offices abbreviated before one person's name (Army Cpl. Cletus R. Lies, Prof. Laurence Tribe):
# never final in a sentence, and titles, not names, in a speaker mention (TITLES_EN). Most stand for a role
# (`Gov. Teresa Molina` is `the governor`) ...
TITLE_ABBREVIATION_ROLES_EN = {
    "dr": "doctor", "prof": "professor", "gen": "general", "gov": "governor", "sen": "senator", "sens": "senators",
    "rep": "representative", "reps": "representatives", "rev": "reverend", "sgt": "sergeant", "capt": "captain",
    "col": "colonel", "lt": "lieutenant", "maj": "major", "cmdr": "commander", "cdr": "commander", "adm": "admiral",
    "pres": "president", "supt": "superintendent", "insp": "inspector", "det": "detective", "cpl": "corporal",
    "brig": "brigadier", "atty": "attorney",
}
# ... and those that stand for no role
PERSON_TITLE_ABBREVIATIONS_EN = frozenset(TITLE_ABBREVIATION_ROLES_EN) | frozenset({"mr", "mrs", "ms", "hon", "pfc",
                                                                                   "spc"})
# Titles before a name and words before what they qualify: the sentence never ends at them (Mr. Smith, e.g. the,
# P.S. I forgot).
TITLE_ABBREVIATIONS_EN = PERSON_TITLE_ABBREVIATIONS_EN | frozenset({
    "messrs", "drs", "st", "fr", "mt", "ft",
    "vs", "v", "c", "ca", "cf", "approx", "e.g", "i.e", "viz", "p.s", "ps",
})
# Labels that are abbreviations only before a number (No. 5, p. 12, Fig. 3, ext. 37625); "No." before a word is the word no.
NUMBER_ABBREVIATIONS_EN = frozenset({"no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "ch", "art", "sec", "op",
                                     "tel", "ext"})
# Every abbreviation written with a final dot; those outside the titles may also end a sentence (etc., U.S.).
ABBREVIATIONS_EN = TITLE_ABBREVIATIONS_EN | NUMBER_ABBREVIATIONS_EN | frozenset({
    "sr", "jr", "u.s", "u.k", "u.n", "etc", "inc", "ltd", "pvt", "co", "corp", "bros", "assn", "assoc", "dept", "univ",
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
TIME_ABBREVIATIONS_EN = frozenset({"a.m", "p.m"})
# Words that go on with a clock time: a day, a date, a time zone (`5 p.m. Friday`, `12:01 a.m. EDT`, `4 p.m. CST`).
TIME_QUALIFIERS_EN = frozenset(
    [day + "day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")] + _MONTHS_EN.split("|")
    + ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Today",
       "Tomorrow", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST",
       "GMT", "UTC", "BST", "CET", "CEST", "IST", "AEST", "AEDT", "E.T.", "Eastern", "Central", "Mountain", "Pacific",
       "Atlantic", "Local"])
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

# The date and time that mail clients write in a forwarded message's header, after the sender's name.
HEADER_STAMP_EN = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?"

# A letter's or e-mail's closing, which the gold treats as a sentence before the signature.
LETTER_CLOSINGS_EN = frozenset({
    "regards", "best regards", "kind regards", "warm regards", "warmest regards", "sincerely", "yours sincerely",
    "sincerely yours", "yours truly", "yours faithfully", "respectfully", "respectfully yours", "best wishes",
    "cheers",
})

# Verbs whose object is the reported content: `called the plan a disaster`, `praised the bill`.
OBJECT_CUES_EN_BASE = (
    "call", "describe", "accuse", "criticize", "criticise", "defend", "praise", "propose", "blame", "dismiss",
    "denounce", "blast", "slam", "mock", "decry", "condemn", "thank", "echo", "repeat", "discuss", "express",
    "dub", "label", "lambaste", "applaud", "hail", "ridicule", "rebuke", "reject", "accept", "challenge",
    "recommend", "highlight", "attack", "liken", "sing", "threaten", "portray", "order", "request", "reference",
    "congratulate", "commend", "underscore", "laud", "reaffirm", "question",
)
# Beliefs and stances: annotated attributions too, kept apart from speech by the scorer only.
BELIEF_VERBS_EN_BASE = ("believe", "think", "feel", "fear", "hope", "expect", "worry")
CUE_VERBS_EN_BASE = (
    "say", "tell", "add", "write", "state", "note", "explain", "argue", "claim", "announce", "declare",
    "insist", "report", "respond", "reply", "tweet", "acknowledge", "warn", "ask", "confirm", "deny",
    "continue", "recall", "admit", "stress", "suggest", "predict", "complain", "observe", "remark",
    "assert", "concede", "contend", "maintain", "emphasize", "reiterate", "vow", "pledge", "promise",
    "boast", "joke", "quip", "testify", "conclude", "caution", "allege", "remind", "counter", "retort",
    "charge", "lament", "muse", "post", "urge", "implore", "agree", "disclose", "reveal", "inform", "assure",
    "elaborate", "clarify", "recount", "proclaim", "speculate", "hint", "signal", "indicate", "mention",
    "estimate", "forecast", "shout", "yell", "whisper", "scream", "exclaim", "cite", "chime",
    "interject", "chant", "boom", "thunder", "scoff", "snap", "sneer", "gush", "marvel", "plead", "beg",
    "demand", "wonder", "question", "tout", "brag", "recount", "concur", "vent", "rail", "read",
    "answer", "confess", "bark", "mutter", "bemoan", "assail", "retweet", "imply",
    *OBJECT_CUES_EN_BASE,
    *BELIEF_VERBS_EN_BASE,
)
# Forms the regular rules below would get wrong.
_IRREGULAR_EN = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "speak": ("spoke", "spoken", "speaks", "speaking"),
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
    "read": ("reads", "reading"),  # (`a sign reading “…”`: next to a quotation only, as NOUN_FORMS_EN has it)
    "dub": ("dubbed", "dubs", "dubbing"),
    "label": ("labeled", "labelled", "labels", "labeling", "labelling"),
    "echo": ("echoed", "echoes", "echoing"),
    "sing": ("sang", "sung", "sings", "singing"),
    "slam": ("slammed", "slams", "slamming"),
    "brag": ("bragged", "brags", "bragging"),
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


# Reporting verbs whose object is the addressee: the reported clause starts at the complementizer past it
# (`told the raucous crowd that …`), not right after the verb; a relative clause in the object keeps its own
# (`told a woman who suggested that …`). `warn` is left out: `warned X to refrain from actions that …`.
ADDRESSEE_CUES_EN = frozenset(f for v in ("tell", "inform", "assure", "remind", "promise") for f in _forms(v))
# ... of which these always take the addressee first (`promised voters …` or `promised impossible growth`: not always)
ADDRESSEE_FIRST_CUES_EN = frozenset(f for v in ("tell", "inform", "assure", "remind") for f in _forms(v))
BELIEF_CUES_EN = frozenset(f for v in BELIEF_VERBS_EN_BASE for f in _forms(v))
# Without `that`, the clause after the addressee opens with its subject: `told the forum he was`, `told him she
# worries`. `you` is left out: it is also the addressee (`told you the plan …`).
SUBJECT_PRONOUNS_EN = frozenset({"he", "she", "they", "we", "i", "it"})
# The words that open an indirect question (`asked why he trailed`, `told the host how surprised he is`)
QUESTION_WORDS_EN = frozenset({"how", "what", "why", "when", "where", "whether", "who", "which"})
# ... but a question, a topic or an indefinite pronoun's relative clause after the addressee is no such clause: `told
# the host how surprised he is`, `informing parents about any follow-up they need`, `told the I.R.S. anything it …`
ADDRESSEE_SCAN_STOPS_EN = QUESTION_WORDS_EN | frozenset({"about", "anything", "everything", "nothing", "something",
                                                         "even"})

# Reporting verbs whose content is the object of a preposition: `warned of rising seas`, `talked about his plans`.
PREPOSITIONAL_CUES_EN = {
    "talk": ("about", "of"), "speak": ("about", "of"), "call": ("for", "on"), "warn": ("of", "about", "against"),
    "caution": ("against",), "brag": ("about", "of"), "boast": ("about", "of"), "complain": ("about", "of"),
    "ask": ("about", "for"), "lash": ("out at",), "object": ("to",), "plead": ("with", "for"),
}

# Cue forms that, before a preposition and a determiner, report nothing: `who added to his portfolio` (increased),
# `answers to the board` (is accountable). `Trump added to People`, `added to reporters` report.
OTHER_SENSES_EN = ((frozenset(_forms("add")), "to"), (frozenset(_forms("answer")), "to"),
                   (frozenset(_forms("call")), "to"))  # `were called to the scene`: summoned
# Phrasal verbs that report nothing: `the strike was called off` (cancelled), `reservists were called up`, `the debt
# was written off`, `deficits would add up to $1.5 trillion` (total).
PARTICLE_SENSES_EN = ((frozenset(_forms("call")), "off"), (frozenset(_forms("call")), "up"),
                      (frozenset(_forms("add")), "up"),
                      (frozenset(_forms("write")), "off"), (frozenset(_forms("continue")), "towards"),
                      (frozenset(_forms("continue")), "toward"))
# Cue verbs that before a gerund say an act goes on, and report nothing: `they continued working through Saturday`,
# `the shares continued falling` (not before a clause or quotation: `continued, “…”`, `continued that …`)
ASPECTUAL_CUES_EN = frozenset(_forms("continue"))
# Prepositions that join a speaker's head to what completes it, before the verb: `A spokesman for the ministry said`,
# `Sen. Ted Cruz of Texas said`, `Officials at the agency said`, `Residents in the area said`.
MENTION_PREPOSITIONS_EN = frozenset({"of", "for", "at", "from", "in", "on", "with", "within", "across", "among"})
# A person's state right after a cue: the cue records a finding or a fact (`were confirmed dead`, `was pronounced
# dead`, `100 pilots reported sick`), no one reports words.
STATE_COMPLEMENTS_EN = frozenset({"dead", "alive", "missing", "killed", "injured", "wounded", "safe", "sick",
                                  "unharmed", "unhurt", "ill"})
# Cues that also mean achieving a result, and the results their object then names: `posted net income of $3.1
# billion`, `the group posted a 2% rise in earnings`, `Sanders posted an overwhelming victory` report no words. (Not
# `reported`: `The company reported earnings of $8.42 a share` is an attribution in the PolNeAR gold.)
RESULT_CUES_EN = frozenset({"post", "posts", "posted", "posting"})
RESULT_NOUNS_EN = frozenset({"profit", "profits", "loss", "losses", "income", "revenue", "revenues", "earnings",
                             "sales", "gain", "gains", "rise", "increase", "decline", "drop", "fall", "growth",
                             "surplus", "deficit", "victory", "win", "wins", "defeat", "jump", "surge", "slump",
                             "record", "margin", "score", "time"})
# Speech events: an adjunct's noun that no speaker's mention holds (`The ministry in a statement said`).
SPEECH_EVENT_NOUNS_EN = frozenset({"statement", "interview", "letter", "email", "e-mail", "tweet", "post", "speech",
                                   "release", "briefing", "memo", "filing", "op-ed", "podcast", "broadcast",
                                   "conference", "call", "remarks", "testimony", "appearance", "video", "message",
                                   "comment", "comments", "note"})
# Settings of an act of speech other than its event: gatherings, media and platforms (`at a rally`, `on Twitter`).
SETTING_NOUNS_EN = frozenset({
    "rally", "rallies", "conference", "hall", "debate", "debates", "forum", "hearing", "event", "meeting", "fundraiser",
    "convention", "summit", "ceremony", "dinner", "luncheon", "stop", "stump", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "television", "tv", "radio", "media", "website", "blog", "show", "page", "channel", "air",
    "ad", "ads", "commercial",
})

# The writer's set phrases with a cue word in them: `Having said that, there are economists who argue …`, `to say the
# least`, the writer's pointers to the text itself (`As noted above, …`); and the preposition `thanks to` (`thanks in
# part to the new law`), no one thanking.
FORMULAS_EN = ("having said that", "having said this", "that being said", "to say the least", "needless to say",
               "suffice it to say", "that is to say", "so to speak", "truth be told",
               # a noun's qualifier, not a question put: `the competitor in question "is the largest …"`
               "in question", "out of the question", "without question", "beyond question") + tuple(
    f"as {verb} {where}" for verb in ("noted", "mentioned", "stated", "explained", "described", "discussed")
    for where in ("above", "below", "earlier", "previously", "before")) + tuple(
    f"thanks {degree}to" for degree in ("", "in part ", "in large part ", "largely ", "partly ", "mainly ", "mostly ",
                                        "entirely ", "only ", "in no small part ")) + tuple(
    # `say` set off after a preposition or `than`, the writer's `for example`: `than, say, single digits`
    f"{before}, say" for before in ("than", "of", "to", "like", "oh", "as", "from", "for", "with", "about", "in", "on"))

# Multi-word reporting verbs: they behave as verbs (subject before them).
CUE_VERB_PHRASES_EN = frozenset({
    "pointed out", "points out", "point out", "pointing out", "shot back", "fired back", "wrote back",
    "went on", "goes on", "referring to", "referred to", "refers to", "spoke out against",
    *(f"{form} {preposition}" for verb, prepositions in PREPOSITIONAL_CUES_EN.items()
      for form in _forms(verb) for preposition in prepositions),
    "put it", "puts it", "putting it",  # `As Rosenthal put it, “…”`
    "made clear", "make clear", "makes clear", "making clear", "made it clear", "make it clear", "makes it clear",
    "making it clear",  # `has made clear she expects …`
})

# Forms that news uses as nouns far more often than as reporting verbs (`battleground states`, `a
# tweet`, `the attacks`): they attribute a quotation right next to them (`“…,” it reads`) but
# never open a reported clause; their other forms (stated, tweeted, attacked) are full cues.
NOUN_FORMS_EN = frozenset({
    "state", "states", "report", "note", "notes", "post", "posts", "question", "questions", "attack", "attacks",
    "remark", "remarks", "tweet", "tweets", "charge", "charges", "estimate", "estimates", "forecast", "forecasts",
    "signal", "signals", "hint", "hints", "vent", "vents", "rail", "rails", "counter", "counters", "demand",
    "demands", "fear", "fears", "worry", "worries", "hope", "hopes", "promise", "promises", "pledge", "pledges", "vow",
    "vows", "joke", "jokes", "echo", "echoes", "cite", "continue", "continues", "discuss", "label", "labels",
    "challenge", "challenges", "accept", "express", "call", "highlight", "highlights", "read", "reads",
    "mention", "mentions", "reply", "replies", "response", "comment", "comments", "thought", "feel", "feeling",
    "thinking", "reading", "posting", "reporting", "charging", "hoping", "fearing", "questioning",
    "answer", "answers", "bark", "retweet", "retweets", "order", "orders", "request", "requests", "reference",
    "references",
})

# The forms of the object cues: a complementizer past the object's first word opens a clause inside the object
# (`attacked loopholes that benefit others`, `dismissed claims that he lied`: the whole object is what was said).
# Object cues whose other forms are nouns, by their verb forms only: `branded the plan “a disgrace”`, not `big brands`;
# a reaction stated, `welcomed the ruling`, not `a warm welcome`, `Welcome back`.
OBJECT_VERB_ONLY_FORMS_EN = frozenset({"branded", "welcomed"})
OBJECT_CONTENT_CUES_EN = frozenset(f for v in OBJECT_CUES_EN_BASE for f in _forms(v)) | OBJECT_VERB_ONLY_FORMS_EN

# Verbs whose other forms are nouns, here by their verb forms only: `voiced concerns about`, but `in his real voice`;
# a court `ruled that …`, but `the rules`, `a ruling`.
VERB_ONLY_FORMS_EN = frozenset({"voiced", "voicing", "ruled", "commented", "commenting"}) | OBJECT_VERB_ONLY_FORMS_EN
# `The court heard that …`, `the jury heard`: what a hearing was told, as court reporting writes it; `heard` reports
# only with one of these bodies as its subject (not `I heard a noise`).
HEARING_CUES_EN = frozenset({"heard", "hears"})
HEARING_BODIES_EN = frozenset({"court", "jury", "tribunal", "inquest", "inquiry", "hearing", "magistrates", "trial",
                               "committee", "meeting", "panel", "council"})
CUE_VERBS_EN = frozenset(f for v in CUE_VERBS_EN_BASE for f in _forms(v)) | CUE_VERB_PHRASES_EN | VERB_ONLY_FORMS_EN \
    | HEARING_CUES_EN
# The base forms, which open a sentence only as an order or a noun: `Call for action on climate change`
IMPERATIVES_EN = frozenset(CUE_VERBS_EN_BASE) | frozenset(
    f"{verb} {preposition}" for verb, prepositions in PREPOSITIONAL_CUES_EN.items() for preposition in prepositions
) | {"point out", "make clear", "make it clear"}

# Commitments and claims whose content is an infinitive: "vowed to repeal the law", "claimed to be undecided".
INFINITIVE_CUES_EN = frozenset(f for v in ("vow", "pledge", "promise", "threaten", "claim") for f in _forms(v))
# ... and directives, whose content in the passive is what someone was told to do: "Residents have been told to boil
# their water", "Anyone with information is asked to call 101"
DIRECTIVE_CUES_EN = frozenset(f for v in ("tell", "ask", "urge", "advise", "encourage", "warn") for f in _forms(v))

# Participles that report for the subject of their main clause: "..., adding that ...".
SUBJECTLESS_CUES_EN = frozenset(f for f in CUE_VERBS_EN if f.split()[0].endswith("ing"))

# Phrases that name a source after them: "according to the police".
CUE_PHRASES_EN = frozenset({"according to"})

COMPLEMENTIZERS_EN = frozenset({"that", "whether"})

# Verbs that pass on another source's words (`Reuters quoted an official as saying`): they end the subject
# the participle after them reports for, which annotated news credits with the attribution.
RELAY_VERBS_EN = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
# ... in the frame before a participle cue whose subject speaks: the passive puts the speaker there (`“…,” the
# official was quoted (by Yonhap) as saying`), the active the relaying outlet (`“…,” the office quoted him as saying`)
RELAY_FRAME_EN = r"\b(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:quoted|cited)" \
                 r"(?:\s+by\s+[^,.;:]{1,60}?)?|(?:quoted|quotes|cited|cites)\s+[^.;:“”\"]{1,80}?)\s+as\s*$"

SUBJECT_STOPS_EN = RELAY_VERBS_EN | frozenset({
    "in", "on", "at", "to", "that", "from", "during", "after", "before", "when", "and", "but", "or", "as",
    "because", "while", "if", "which", "who", "whom", "where", "than", "by", "with", "about", "for", "of", "whenever",
    "is", "was", "are", "were", "be", "been", "it", "what", "how", "why",
    "since", "although", "though", "despite", "unlike", "until", "unless", "whether",
    "amid", "amidst", "among", "under", "without", "within", "against", "through", "throughout", "upon", "across",
    "toward", "towards", "whereas", "following",
})

PRONOUNS_EN = frozenset({"he", "she", "they", "i", "we", "it", "you"})
PERSON_PRONOUNS_EN = frozenset({"he", "she"})  # ... those for one person
GROUP_PRONOUNS_EN = frozenset({"they"})  # ... for a group
THING_PRONOUNS_EN = frozenset({"it"})  # ... for a thing or body, never a person
THIRD_PERSON_PRONOUNS_EN = PERSON_PRONOUNS_EN | GROUP_PRONOUNS_EN  # ... those that name someone the text tells of

# Relative pronouns as the subject of a reporting verb: `Kerlikowske, the commissioner, who conceded that`.
RELATIVE_PRONOUNS_EN = frozenset({"who", "whom", "which", "that"})

# Words between a subject and its reporting verb ("Trump has also said").
SPEAKER_SKIPS_EN = frozenset({
    "has", "had", "have", "also", "later", "previously", "then", "once", "again", "reportedly", "recently",
    "repeatedly", "publicly", "privately", "would", "will", "did", "does", "do", "not", "never", "always",
    "often", "frequently", "long", "already", "further", "just", "still", "had", "initially", "first",
    "earlier", "quickly", "flatly", "openly", "falsely", "correctly", "wrongly", "simply", "even", "may",
    "might", "could", "should", "can", "must", "is", "was", "were", "are", "be", "been", "being",
    "together",  # `China and the United States, which together vowed`
    "now",  # `Economists said they now expect`
    "however", "meanwhile", "therefore", "nonetheless", "nevertheless", "thus", "instead",  # `Dr Mulenga however said`
})

WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
# ... of which these are also names (`April Mellody`, `Theresa May`): the others, capitalised, never name a speaker
NAME_MONTHS_EN = frozenset({"april", "may", "june", "august"})
# Past forms of common verbs that take no -ed and are no participles (`spoke`, not `spoken`): the `irregular_pasts`
# that are verbs even before a preposition (`The mayor spoke at a rally`).
SIMPLE_PASTS_EN = frozenset({"went", "took", "came", "gave", "ran", "spoke", "wrote", "began", "saw", "fell", "chose",
                             "drove", "rose", "grew", "knew", "threw", "flew", "broke", "wore", "drew", "did"})
# Time adverbials between a subject and its verb (`The State Department less than two weeks ago said`).
TIME_WORDS_EN = frozenset({
    "ago", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "night", "morning",
    "afternoon", "evening", "today", "yesterday", "tonight", *WEEKDAYS_EN, *MONTHS_EN,
})
TIME_MODIFIERS_EN = frozenset({
    "last", "this", "next", "past", "earlier", "later", "on", "the", "a", "an", "one", "two", "three", "four",
    "five", "six", "several", "few", "couple", "of", "less", "more", "than", "about", "nearly", "almost", "just",
    "late", "early", "in", "most",
})

# Phrases that stand between a subject and its verb as one adverb: `critics have in particular noted`, `the report
# for the first time cited`, `The senator at one point said`; the subject is before them.
VERB_ADVERBIALS_EN = frozenset({
    "in fact", "in particular", "in the past", "in turn", "in effect", "in response", "in return", "in private",
    "in public", "in person", "in recent years", "in recent months", "in recent weeks", "in recent days", "in the end",
    "in the meantime", "in contrast", "by contrast", "at one point", "at times", "at the time", "at first",
    "at the same time", "for the first time", "for years", "for months", "for decades", "for now", "for example",
    "for instance", "for his part", "for her part", "for their part", "for its part", "of course", "once again",
    "yet again", "time and again", "on several occasions", "on occasion", "on many occasions", "without evidence",
    "without providing evidence", "without citing evidence", "behind closed doors",
})

# The words of a term of office, before a title: `said current Mayor Linda Park`, `former Florida Gov. Jeb Bush`
TERMS_OF_OFFICE_EN = frozenset({"former", "current", "acting", "interim", "incoming", "outgoing"})
SPEAKER_DETERMINERS_EN = frozenset({"the", "a", "an", "another", "his", "her", "their", "its", "one", "two",
                                    "some", "many", "several", "both", "other", "senior", "top",
                                    "this", "these", "those"}) | TERMS_OF_OFFICE_EN

# After a reporting verb these open an adjunct, not the reported clause: "said on Monday".
CLAUSE_STOPS_EN = frozenset({
    "in", "on", "at", "to", "of", "about", "during", "after", "before", "with", "for", "so", "by", "from",
    "through", "via", "over", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "repeatedly", "again",
    "publicly", "privately", "separately", "afterward", "afterwards", "then", "too", "also", "as", "and",
    "or", "but", "no", "nothing", "something", "anything", "much", "more", "little", "otherwise", "up",
    "late", "early",
    "here",  # `a UN spokesperson said here Thursday` (a wire service's dateline place)
})

NUMBER_WORDS_EN = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "dozen", "dozens", "half", "two-thirds", "three-quarters",
})

# The nouns that end the first part of a body's name before `of` or `for` (`American Federation of Teachers`, `Office
# for Budget Responsibility`), which a person's name (`Ted Cruz of Texas`) does not end in.
INSTITUTION_NOUNS_EN = frozenset({
    "academy", "agency", "alliance", "association", "authority", "bank", "board", "bureau", "center", "centre",
    "chamber", "church", "coalition", "college", "commission", "committee", "company", "conference", "corporation",
    "council", "court", "department", "federation", "foundation", "fund", "group", "institute", "league", "ministry",
    "museum", "network", "office", "organisation", "organization", "party", "republic", "school", "service",
    "society", "union", "university",
})

TITLES_EN = frozenset({
    "president", "vice", "senator", "representative", "governor", "secretary", "minister", "prime", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader", "speaker", "mayor", "judge",
    "justice", "general", "candidate", "nominee", "democratic", "republican", "gop", *TERMS_OF_OFFICE_EN,
    "the", "a", "an", "campaign", "manager", "chief", "adviser", "advisor", "aide", "director", "ceo",
    "attorney", "state", "presidential", "house", "senate", "majority", "minority",
    # roles that stand before a name in lower case: `said councilman Luis Velez`, `said committee member Brian Flagg`
    "councilman", "councilwoman", "councillor", "councilor", "cllr", "member", "commissioner", "official", "officer",
    "analyst", "professor", "economist", "lawyer", "prosecutor", "detective", "sheriff", "superintendent",
    "inspector", "sergeant", "lieutenant", "captain", "coach",
    "executive", "founder", "deputy", "ambassador", "envoy", "commander", "colonel", "trustee",
    "treasurer", "clerk", "administrator", "organizer", "organiser", "activist", "researcher", "scientist", "expert",
    "editor", "correspondent", "strategist", "pollster", "consultant", "head", "owner", "resident", "partner",
    "democrat", "rival", "pastor", "reporter", "anchor", "columnist", "billionaire", "forecaster", "quarterback",
    "chancellor",
    # occupations written as a title before a name (`Farmer Tom Airey`, `Passenger Gemma Rowley`, `said nurse Ann Lee`)
    "farmer", "passenger", "teacher", "nurse", "student", "driver", "pensioner", "shopkeeper", "constable",
    "firefighter", "paramedic", "doctor", "surgeon", "midwife", "fisherman", "commuter", "landlord", "tenant",
    # forms of address: `Sir Alan Mercer`, `Dame Sarah Storey`
    "sir", "dame",
}) | PERSON_TITLE_ABBREVIATIONS_EN | frozenset(a + "." for a in PERSON_TITLE_ABBREVIATIONS_EN)  # Sen., Sgt.

# Honours, offices and degrees written after a name: `Alexandra Reid KC`, `Jane Smith MP`, `John Doe, PhD`.
POST_NOMINALS_EN = frozenset({
    "kc", "qc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "md", "esq", "rn", "cpa",
})

# Words before a title that make it another role: `the president` is not `Vice President Mike Pence`.
ROLE_MODIFIERS_EN = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under", "co"})

# Titles that tell which pronoun stands for the person they name: `she`, not `he`, for `Mrs. Clinton`.
TITLE_PRONOUNS_EN = (
    ("he", frozenset({"mr", "mr.", "sir", "lord", "spokesman", "chairman", "councilman", "congressman", "businessman",
                      "king", "prince", "father", "brother"})),
    ("she", frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "spokeswoman", "chairwoman",
                       "councilwoman", "congresswoman", "businesswoman", "queen", "princess", "mother", "sister"})),
)

# After a comma these open a clause of the writer's, which ends the reported one: "said X, but Y".
CLAUSE_BREAKS_EN = frozenset({
    "but", "while", "although", "though", "whereas", "yet", "which", "prompting", "even as",
    "according", "a claim", "an assertion", "a statement", "a charge", "a comment", "a remark",
    "compared",  # a poll's comparison: "52 percent said so, compared with 41 percent"
})

# After a spaced dash these elaborate on the clause before it, which goes on: `details will be unveiled in the coming
# weeks – including how she will pay for …`
ELABORATIONS_EN = frozenset({"including", "especially", "particularly", "notably", "mostly", "mainly"})

# ... those of them before a verb's base form
BASE_FORM_AUXILIARIES_EN = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "did", "does",
                                      "do"})
FINITE_AUXILIARIES_EN = frozenset({"is", "was", "are", "were", "has", "had", "have"}) | BASE_FORM_AUXILIARIES_EN

# Open a subordinate clause that a comma closes: "While he has said he will fight on, Sanders must decide …".
SUBORDINATORS_EN = frozenset({"while", "although", "though", "whereas", "as", "if", "when", "whenever", "since",
                              "because", "after", "before", "once", "until", "unless", "despite"})

# Adverbs that may stand between a cue and its bare clause: "said again the plan was dead".
CUE_ADJUNCTS_EN = frozenset({"also", "again", "repeatedly", "previously", "publicly", "privately", "later",
                             "flatly", "bluntly", "simply", "then", "afterward", "afterwards", "separately"})

QUOTE_PAIRS_EN = (("''", "''"), ("“", "”"), ("“", "’’"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"),
                  ("'", "'"), ("”", "”"))  # (last: a quotation opened with a closing mark, `”We are …”`; `“…,’’ he
# said`: two apostrophes for the closing mark, as some papers' systems type it)

ENGLISH = Lexicon(
    lang="en",
    terminals=".!?…",
    abbreviations=ABBREVIATIONS_EN,
    title_abbreviations=TITLE_ABBREVIATIONS_EN,
    number_abbreviations=NUMBER_ABBREVIATIONS_EN,
    sentence_starters=SENTENCE_STARTERS_EN,
    time_abbreviations=TIME_ABBREVIATIONS_EN,
    other_senses=OTHER_SENSES_EN,
    # (PolNeAR, its dev and train files and the read silver sets: 11 such `add`, none an attribution)
    amount_senses=frozenset(_forms("add")),
    particle_senses=PARTICLE_SENSES_EN,
    naming_participles=frozenset({"called", "dubbed"}),
    naming_determiners=frozenset({"a", "an", "so"}),
    formulas=FORMULAS_EN,
    mention_prepositions=MENTION_PREPOSITIONS_EN,
    negated_auxiliary_endings=("n't", "n’t"),
    contracted_auxiliaries=tuple((apostrophe + ending, auxiliary) for ending, auxiliary in (
        ("s", "is"), ("re", "are"), ("m", "am"), ("ve", "have"), ("d", "had"), ("ll", "will")) for apostrophe in "'’"),
    plural_endings=("s",),
    singular_endings=("ss", "us", "is"),
    standalone_determiners=frozenset({"another", "some", "many", "several", "both", "this", "these", "those", "most",
                                      "few", "all"}),
    plural_determiners=frozenset({"some", "many", "several", "both", "these", "those", "most", "few", "all"}),
    past_endings=("ed",),
    gerund_endings=("ing",),
    perfect_participles=frozenset({"having"}),
    count_prepositions=frozenset({"of", "over", "for", "about", "against", "amid", "despite", "with", "into", "from",
                                  "on", "in", "without", "among", "at", "after", "under", "to"}),  # `over alleged …`
    passive_auxiliaries=frozenset({"is", "are", "was", "were", "be", "been", "being"}),
    irregular_participles=frozenset({"said", "told", "spoken", "written", "thought", "felt", "pled", "sung", "sent",
                                     "left", "held", "taken", "given", "shown", "seen", "found", "made", "kept",
                                     "brought", "caught", "known", "won", "built", "sold", "paid", "shot", "chosen",
                                     "drawn", "sworn", "hit", "struck", "stolen", "hidden", "driven", "beaten"}),
    irregular_pasts=SIMPLE_PASTS_EN | frozenset({
        "made", "got", "held", "met", "became", "brought", "sent", "won", "lost", "stood", "sat", "led", "paid", "kept",
        "sought", "fought", "bought", "caught", "taught", "struck", "spent", "built", "meant", "left", "found"}),
    simple_pasts=SIMPLE_PASTS_EN,
    agent_preposition="by",
    speech_event_nouns=SPEECH_EVENT_NOUNS_EN,
    event_prepositions=frozenset({"in", "during"}),
    venue_prepositions=frozenset({"at", "during"}),
    platform_prepositions=frozenset({"on"}),
    setting_nouns=SETTING_NOUNS_EN,
    topic_prepositions=frozenset({"on", "about", "regarding"}),
    question_openers=QUESTION_WORDS_EN | {"if"},
    time_qualifiers=TIME_QUALIFIERS_EN,
    zone_nouns=frozenset({"time"}),
    non_heading_lines=NON_HEADING_LINES_EN,
    letter_closings=LETTER_CLOSINGS_EN,
    question_continuations=frozenset({"or"}),
    capitals="A-Z",
    header_stamp=HEADER_STAMP_EN,
    cue_verbs=CUE_VERBS_EN,
    hearing_cues=HEARING_CUES_EN,
    hearing_bodies=HEARING_BODIES_EN,
    passive_content_links=frozenset({"of", "as"}),
    imperatives=IMPERATIVES_EN,
    cue_phrases=CUE_PHRASES_EN,
    complementizers=COMPLEMENTIZERS_EN,
    subject_stops=SUBJECT_STOPS_EN,
    relay_frame=RELAY_FRAME_EN,
    pronouns=PRONOUNS_EN,
    third_person_pronouns=THIRD_PERSON_PRONOUNS_EN,
    person_pronouns=PERSON_PRONOUNS_EN,
    group_pronouns=GROUP_PRONOUNS_EN,
    thing_pronouns=THING_PRONOUNS_EN,
    list_introducers=frozenset({"including", "namely", "among them"}),
    relational_prepositions=frozenset({"to"}),
    relational_heads=frozenset({"close", "closer", "loyal", "opposed", "sympathetic", "allied", "related", "near",
                                "successor", "heir", "answer"}),
    title_pronouns=TITLE_PRONOUNS_EN,
    relative_pronouns=RELATIVE_PRONOUNS_EN,
    relative_objects=frozenset({"what"}),  # (`what they described as …`: the object, put first)
    adverb_suffixes=("ly",),
    sentence_adverbs=frozenset({"now", "rather", "regardless", "overall", "still", "moreover", "furthermore",
                                "indeed", "besides", "otherwise", "likewise", "nonetheless", "instead", "yet",
                                "sure", "meanwhile", "however", "therefore", "nevertheless", "thus"}),
    time_words=TIME_WORDS_EN,
    time_modifiers=TIME_MODIFIERS_EN,
    time_prepositions=frozenset({"after", "before", "since", "until", "during", "following"}),
    noun_prepositions=frozenset({"amid", "amidst", "despite", "following", "after", "before", "during", "over",
                                 "without", "unlike"}),
    aspectual_cues=ASPECTUAL_CUES_EN,
    source_clause_openers=frozenset({"as"}),
    # lower-case particles inside a name: `Rhun ap Iorwerth`, `Ursula von der Leyen`, `Osama bin Laden`
    name_particles=frozenset({"ap", "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos",
                              "bin", "ibn", "ter"}),
    verb_adverbials=VERB_ADVERBIALS_EN,
    object_content_cues=OBJECT_CONTENT_CUES_EN,
    adverb_lookalikes=frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "bully",
                                 "belly", "lily", "folly", "jelly", "tally", "melancholy"}),
    coordinators=frozenset({"and", "but", "or", "yet"}),
    quote_pairs=QUOTE_PAIRS_EN,
    # a name in capitals or up to three capitalised words: `TAPPER:`, `Q:`, `Luciana Lopez:`
    turn_label=r"(?:[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]+){0,2})|(?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})",
    headline_labels=frozenset({"breaking", "exclusive", "watch", "update", "video", "analysis", "opinion", "live",
                               "breaking news", "just in", "the latest",
                               # a piece's genre or format, which names no one: `Live updates: Hurricane Milton …`
                               "live updates", "live blog", "factbox", "fact box", "explainer", "fact check",
                               "timeline", "photos", "in pictures", "editorial", "commentary", "review", "obituary",
                               "podcast", "recap", "preview", "developing", "correction",
                               # a teaser's exclamation: `BOOM: Trump Just Fired …`, `Wow: Glenn Beck Just Responded …`
                               "wow", "boom", "bombshell", "look", "busted", "shocking", "just leaked", "must see",
                               "must watch"}),
    subjectless_cues=SUBJECTLESS_CUES_EN,
    continuing_cues=frozenset({"adding"}),
    participles_after_comma=True,
    list_announcers=frozenset({"follows", "following"}),
    quantifiers=frozenset({"one", "two", "some", "many", "most", "several", "none", "all", "each", "both", "few"}),
    partitives=frozenset({"of"}),
    progressive_auxiliaries=frozenset({"is", "was", "are", "were", "am", "be", "been", "'s", "’s"}),
    finite_auxiliaries=FINITE_AUXILIARIES_EN,
    base_form_auxiliaries=BASE_FORM_AUXILIARIES_EN,
    quantity_openers=frozenset({"more", "no", "too", "much"}),
    approximators=frozenset({"about", "at least", "at most", "up to", "as many as", "as much as", "as few as",
                              "as little as", "more than", "fewer than", "less than"}),
    number_words=NUMBER_WORDS_EN,
    singular_numbers=frozenset({"one", "1"}),
    absolute_links=frozenset({"with", "despite"}),
    # (not `as`, whose clause attributes the sentence: `As the president said, the economy is strong`)
    opening_adjuncts=SUBORDINATORS_EN - {"as"} | frozenset({"despite", "amid", "amidst", "following", "given",
                                                            "unlike", "without", "in", "on", "during", "over",
                                                            "with"}),  # `With Trump saying …, officials …`
    title_subject_joiners=frozenset({"and", "of"}),
    speaking_pronouns=frozenset({"i", "me", "my", "we", "us", "our", "you", "your"}),
    answer_words=frozenset({"so", "yes", "no"}),
    possessive_endings=("'s", "’s", "s'", "s’"),  # `Canada’s premiers 'remain united'`
    title_nouns=frozenset({"book", "novel", "memoir", "podcast", "show", "series", "film", "movie", "documentary",
                           "song", "album", "play", "column", "essay", "editorial", "op-ed", "headline", "program",
                           "programme", "poem", "report", "study"}),
    title_case_minor_words=frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "of", "to", "in", "on", "at",
                                      "by", "up", "as", "vs", "vs.", "via", "with", "from", "into", "over"}),
    speaker_skips=SPEAKER_SKIPS_EN,
    speaker_determiners=SPEAKER_DETERMINERS_EN,
    articles=frozenset({"the", "a", "an"}),
    demonstratives=frozenset({"this", "these", "those"}),  # (`that` is a complementizer first)
    demonstrative_complementizers=frozenset({"that"}),
    possessive_determiners=frozenset({"his", "her", "their", "its", "my", "our", "your"}),
    # (and those of a share: `just over a quarter`, `nearly a third`)
    predeterminers=frozenset({"all", "both", "half", "such", "what", "many", "quite", "rather", "over", "under",
                              "nearly", "almost", "about", "roughly", "just", "only", "some"}),
    name_conjunctions=frozenset({"and", "&"}),
    name_prepositions=frozenset({"of", "for"}),  # Bank of America, Center for American Progress (not Ted Cruz of Texas)
    institution_nouns=INSTITUTION_NOUNS_EN,
    clause_stops=CLAUSE_STOPS_EN,
    titles=TITLES_EN,
    post_nominals=POST_NOMINALS_EN,
    role_modifiers=ROLE_MODIFIERS_EN,
    calendar_words=frozenset(WEEKDAYS_EN + MONTHS_EN) - NAME_MONTHS_EN,
    focus_adverbs=frozenset({"only", "just", "nearly", "almost", "roughly", "about", "around", "some",
                             "fewer", "barely", "merely", "exactly", "approximately"}),
    abbreviation_roles=tuple(TITLE_ABBREVIATION_ROLES_EN.items()),
    definite_articles=frozenset({"the"}),
    clause_breaks=CLAUSE_BREAKS_EN,
    elaborations=ELABORATIONS_EN,
    cue_adjuncts=CUE_ADJUNCTS_EN,
    infinitive_cues=INFINITIVE_CUES_EN,
    directive_cues=DIRECTIVE_CUES_EN,
    infinitive_marker="to",
    subordinators=SUBORDINATORS_EN,
    contrast_links=frozenset({"whereas", "while"}),
    quoted_clause_breaks=frozenset({"but", "although", "though", "yet"}),
    # (a relative set off after a name, `the cooperation of Bryan Pagliano, who worked on Clinton's campaign`, is
    # the writer's identification: PolNeAR leaves 43 such `who` out of the content)
    gloss_openers=frozenset({"a", "an", "who", "whose"}),
    aside_negations=frozenset({"not"}),
    setting_prepositions=frozenset({"after", "during", "before"}),
    additive_conjunction="and",
    headline_addressee_link="to",
    # (`allegedly`, `supposedly` doubt rather than report: PolNeAR marks 3 of 22 as attributions, none as speech,
    # against 20 of 30 for `reportedly`)
    hearsay_adverbs=frozenset({"reportedly"}),
    superlatives=frozenset({"most", "least"}),
    quotation_only_cues=NOUN_FORMS_EN & CUE_VERBS_EN,
    # state officials, state media, the New York state attorney general; a press secretary, aide or office
    attributive_cue_forms=frozenset({"state", "press"}),
    state_complements=STATE_COMPLEMENTS_EN,
    carrying_on_cues=frozenset({"continued", "continuing"}),  # (`continue`, `continues`: NOUN_FORMS_EN)
    result_cues=RESULT_CUES_EN,
    result_nouns=RESULT_NOUNS_EN,
    addressee_cues=ADDRESSEE_CUES_EN,
    addressee_first_cues=ADDRESSEE_FIRST_CUES_EN,
    belief_cues=BELIEF_CUES_EN,
    subject_pronouns=SUBJECT_PRONOUNS_EN,
    addressee_scan_stops=ADDRESSEE_SCAN_STOPS_EN,
)
