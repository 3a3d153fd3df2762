"""Arabic language knowledge for segmentation and quote attribution."""

from __future__ import annotations

from transforms.lexicon import DATELINE, Lexicon

# Conjunction prefixes written onto a verb: وقال، فقال.
CONJUNCTION_PREFIXES = ("و", "ف")

# Reporting verbs, perfect and imperfect, masculine and feminine; the prefixes above are added below.
CUE_VERBS_AR_BASE = (
    "قال", "قالت", "يقول", "تقول",
    "أضاف", "أضافت", "يضيف", "تضيف",
    "أكد", "أكدت", "يؤكد", "تؤكد",
    "تابع", "تابعت", "يتابع", "تتابع",
    "كتب", "كتبت", "يكتب", "تكتب",
    "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
    "أعلن", "أعلنت", "يعلن", "تعلن",
    "أوضح", "أوضحت", "يوضح", "توضح",
    "صرح", "صرحت", "يصرح", "تصرح",
    "شدد", "شددت", "يشدد", "تشدد",
    "أشار", "أشارت", "يشير", "تشير",
    "ذكر", "ذكرت", "يذكر", "تذكر",
    "أفاد", "أفادت", "يفيد", "تفيد",
    "لفت", "لفتت",
    "نفى", "نفت", "ينفي", "تنفي",
    "حذر", "حذرت", "يحذر", "تحذر",
    "رأى", "رأت", "يرى", "ترى",
    "اختتم", "اختتمت", "ختم", "ختمت",
    "استطرد", "استطردت",
    "زعم", "زعمت",
    "أعرب", "أعربت",
    "غرد", "غردت",
    "مضيفا", "مضيفة", "مضيفًا", "مضيفةً",
    "مؤكدا", "مؤكدة", "مؤكدًا", "مؤكدةً",
    "مشيرا", "مشيرة", "مشيرًا", "مشيرةً",
    "موضحا", "موضحة", "موضحًا", "موضحةً",
    "مبينا", "مبينة", "مبينًا", "مبينةً",
    "معتبرا", "معتبرة", "معتبرًا", "معتبرةً",
    "لافتا", "لافتة", "لافتًا", "لافتةً",
)

CUE_VERBS_AR = frozenset(
    CUE_VERBS_AR_BASE + tuple(p + v for p in CONJUNCTION_PREFIXES for v in CUE_VERBS_AR_BASE)
)

CUE_PHRASES_AR = frozenset({"بحسب", "وبحسب", "حسب", "وفقا ل", "وفقًا ل", "نقلا عن", "نقلًا عن"})

COMPLEMENTIZERS_AR = frozenset({"أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "بأنها"})

# Words that end a speaker mention after a VSO verb: prepositions, time and place adverbs.
SUBJECT_STOPS_AR = frozenset({
    "في", "على", "إلى", "الى", "عن", "من", "مع", "خلال", "لدى", "أمام", "عبر", "بعد", "قبل",
    "اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "صباح", "مساء", "ليل", "حيث", "إذ", "كما", "لكن", "بل", "أيضا", "أيضًا", "ذلك", "هذا",
}) | COMPLEMENTIZERS_AR

# Auxiliaries that put the subject before the verb: وكان زيلينسكي أعلن.
AUXILIARIES_AR = frozenset({"كان", "وكان", "كانت", "وكانت", "قد", "وقد"})

PRONOUNS_AR = frozenset({"هو", "هي", "هم", "هن"})

# Abbreviations written with a dot: د. (doctor), أ. (professor), م. (engineer / AD), ق.م. (BC), ص.ب. (PO box),
# هـ. (hijri year), ش. (street), ت. (telephone). Dotted letter runs (أ.ف.ب) are caught as initialisms.
ABBREVIATIONS_AR = frozenset({
    "د", "أ", "م", "ق.م", "ص.ب", "ه", "هـ", "ج", "ص", "ت", "س", "ش", "ط", "ع", "ق", "ن", "أ.د", "م.م",
})
# Titles before a name: the sentence never ends at them.
TITLE_ABBREVIATIONS_AR = frozenset({"د", "أ", "أ.د", "ش"})
# Labels that are abbreviations only before a number: ص.ب. 1234 (PO box), ت. 0123 (telephone), ص. 12 (page).
NUMBER_ABBREVIATIONS_AR = frozenset({"ص.ب", "ت", "ص"})

# Words that open news sentences; after an abbreviation that can end one (م. for the year, ق.م.) they show it did.
SENTENCE_STARTERS_AR = frozenset({
    "وقال", "وقالت", "وأضاف", "وأضافت", "وأكد", "وأكدت", "وأشار", "وأشارت", "وتابع", "وذكر", "وأوضح",
    "وكان", "وكانت", "وقد", "وفي", "ومن", "وهو", "وهي", "وهذا", "وهذه", "ولم", "ولا", "ولكن", "لكن",
    "كما", "ثم", "ويذكر", "يذكر", "وتأتي", "ويأتي", "وبعد", "وخلال", "وتعد", "ويعد",
})

_MONTHS_AR = (
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    "|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
)
# Lines of their own that are bylines, dates or datelines, not titles.
NON_HEADING_LINES_AR = (
    r"^(?:بقلم|كتب|كتبت|إعداد|تحرير|ترجمة|تقرير)\b",
    r"^(?:يوم\s+)?(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)\b",
    rf"^[\d٠-٩]{{1,2}}\s*(?:{_MONTHS_AR})",
    rf"^(?:{_MONTHS_AR})\s+[\d٠-٩]",
    DATELINE,
    # A place, a dash and the agency without brackets: القاهرة - رويترز
    r"^\S+(?:\s\S+)?\s*[-–—]\s*(?:رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|أ\.ف\.ب|د\s?ب\s?أ|د\.ب\.أ|وكالات|الأناضول|واس|وام|قنا|كونا|سانا|بترا)",
)

# A letter's closing before the signature: مع تحياتي، أحمد
LETTER_CLOSINGS_AR = frozenset({
    "مع تحياتي", "مع التحية", "مع خالص التحية", "مع خالص التحيات", "مع الشكر", "مع خالص الشكر", "مع التقدير",
    "مع خالص التقدير", "وتفضلوا بقبول فائق الاحترام",
})

ARABIC = Lexicon(
    lang="ar",
    terminals=".!?؟…",
    abbreviations=ABBREVIATIONS_AR,
    title_abbreviations=TITLE_ABBREVIATIONS_AR,
    number_abbreviations=NUMBER_ABBREVIATIONS_AR,
    sentence_starters=SENTENCE_STARTERS_AR,
    non_heading_lines=NON_HEADING_LINES_AR,
    letter_closings=LETTER_CLOSINGS_AR,
    question_continuations=frozenset({"أو", "او", "أم"}),
    capitals="A-Z\u0621-\u064a",
    cue_verbs=CUE_VERBS_AR,
    cue_phrases=CUE_PHRASES_AR,
    complementizers=COMPLEMENTIZERS_AR,
    subject_stops=SUBJECT_STOPS_AR,
    pronouns=PRONOUNS_AR,
    auxiliaries=AUXILIARIES_AR,
)
