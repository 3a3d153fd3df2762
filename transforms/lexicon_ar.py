"""Arabic language knowledge for segmentation and quote attribution."""

from __future__ import annotations

from transforms.lexicon import DATELINE, TATWEEL, Lexicon

# Conjunction prefixes written onto a verb: وقال، فقال.
CONJUNCTION_PREFIXES = ("و", "ف")

# Talking about something reports a statement when a verbal noun opens the object (تحدثت تقارير عن إلغاء المحادثات);
# else it names a topic (نقش يتحدث عن المواقع التي احتلت).
_TALKING_VERBS_AR = ("تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا", "يتحدثون")
TOPIC_CUES_AR = frozenset(p + v for v in _TALKING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES) \
    | {"متحدثا", "ومتحدثا", "متحدثين"}  # and its participles (PARTICIPLE_STEMS_AR)

# Verbs that report only a clause whose complementizer follows them or their subject: وجدت الدراسة أن … (found:
# also physically), أبرز الوزير أن … (highlighted: also `showed`, يبرز `stands out`), وبين أن … (explained, written
# without its shadda: also `and between`; alone `between`, a verb only with a subject named before: وبخصوص التشكيلة
# بين محمود أنه …, not والفرق بين الفريقين أن …).
# Informing and asking verbs with the pronoun of whom they address written onto them (وأبلغه الوزير أن …، ليبلغه أن
# “…”); يبلغها is also `reaches it`, so they report only with a complementizer (below)
_ADDRESSING_VERBS_AR = ("أبلغ", "أبلغت", "يبلغ", "تبلغ", "ليبلغ", "لتبلغ", "أخبر", "أخبرت", "يخبر", "تخبر", "ليخبر",
                        "لتخبر", "ابلغ", "ابلغت", "اخبر", "اخبرت")
_OBJECT_PRONOUNS_AR = ("ه", "ها", "هم", "هما", "نا", "ني")
ADDRESSED_CUES_AR = tuple(v + suffix for v in _ADDRESSING_VERBS_AR for suffix in _OBJECT_PRONOUNS_AR)

COMPLEMENTIZER_CUES_AR = frozenset(p + v for v in ("وجد", "وجدت", "وجدوا", "أبرز", "أبرزت", "ابرز", "ابرزت", "يبرز",
                                                   "تبرز", "مبرزا", "مبرزة", "مبرزين",
                                                   # made clear (وأبانت أن …); ابان is also إبان (during)
                                                   "أبان", "أبانت", "ابان", "ابانت",
                                                   # holding a view with إلى أن (ويذهب الباحث إلى أن …); with إلى
                                                   # alone ذهب is going somewhere
                                                   "ذهب", "ذهبت", "يذهب", "تذهب", "ذهبوا", "يذهبون",
                                                   # noting (وسجل الوزير أن …, Maghreb usage); also recording,
                                                   # scoring (سجل هدفا) and a register (سجل حافل)
                                                   "سجل", "سجلت", "يسجل", "تسجل", "مسجلا", "مسجلة",
                                                   # hinting (ولمّح الوزير إلى أن …); alone لمح is glimpsing
                                                   "لمح", "لمحت", "يلمح", "تلمح")
                                   + ADDRESSED_CUES_AR
                                   for p in ("",) + CONJUNCTION_PREFIXES) \
    | {"بين", "وبين", "فبين"} \
    | frozenset(p + "بينت" for p in ("",) + CONJUNCTION_PREFIXES)  # ... and بيّنت without its shadda

# Expressing verbs report only with عن right after them or their subject (وعبّر الوزير عن أمله في …، معبرا عن قلقه):
# عبر is also the preposition `via` (عبر قناة …: without a conjunction it is a cue only opening a clause) and معبر a
# crossing, so they are matched as cues but are no cue verbs elsewhere (they end no subject and no lead)
EXPRESSING_CUES_AR = frozenset(p + v for v in (
    "عبر", "عبرت", "يعبر", "تعبر", "عبروا", "عبّر", "عبّرت", "يعبّر", "تعبّر", "عبّروا",
    "معبرا", "معبرة", "معبرين", "معبّرا", "معبّرة", "معبّرين",
    "أفصح", "أفصحت", "يفصح", "تفصح", "افصح", "افصحت",  # disclosing: أفصح النائب عن قرب توقيع العقد
) for p in ("",) + CONJUNCTION_PREFIXES)
# ... and so do protesting verbs with على (واحتج المحامون على اختلاف الأحكام); alone they are demonstrating
_PROTESTING_VERBS_AR = ("احتج", "احتجت", "يحتج", "تحتج", "احتجوا")
# ... and complaining verbs with من (ويشكو التجار من تداعيات الإغلاق); alone شكا is also to sue, يشكو to ail
_COMPLAINING_VERBS_AR = ("شكا", "شكت", "يشكو", "تشكو", "يشكون", "اشتكى", "اشتكت", "يشتكي", "تشتكي", "يشتكون",
                         "اشتكوا")
# ... and praising verbs with على (وأثنى جبرة على المجهود المقدر); alone يثني also dissuades
_PRAISING_ON_VERBS_AR = ("أثنى", "أثنت", "يثني", "تثني", "أثنوا", "اثنى", "اثنت")

# ... and so does touching on a matter with إلى (وتطرق الوزير إلى وضع الحدود); alone تطرق is going to extremes
_TOUCHING_ON_VERBS_AR = ("تطرق", "تطرقت", "يتطرق", "تتطرق", "تطرقوا", "متطرقا", "متطرقة")

# Holding someone responsible: the perfect and the participle of حمّل (written without its shadda, also `carried`)
# with a responsibility after whom they hold (وحمّلت المنظمة جماعة الحوثي مسؤولية سلامة المختطفين، محملا الحكومة
# المسؤولية); the imperfect يحمل and the verbal noun تحمل (bearing) are left out. As the expressing verbs, they are
# matched as cues but are no cue verbs elsewhere (`وحملت الدعوى رقم …، مؤكدة`: a verb whose subject speaks after it).
_HOLDING_VERBS_AR = ("حمل", "حملت", "حملوا")
_HOLDING_PARTICIPLES_AR = ("محملا", "محملة", "محملين")
HOLDING_CUES_AR = frozenset(p + v for v in _HOLDING_VERBS_AR + _HOLDING_PARTICIPLES_AR
                            for p in ("",) + CONJUNCTION_PREFIXES)
# Thanking and congratulating: whom the subject thanks and what for is what it says (وشكر الجغبير السفير على جهوده،
# هنأ المدرب لاعبيه بالفوز). Bare شكر is also the noun `thanks` (وجه شكر خاص لكل الجماهير): only its other forms.
_THANKING_VERBS_AR = ("شكرت", "شكروا", "يشكر", "تشكر", "هنأ", "هنأت", "هنأوا", "يهنئ", "تهنئ")
THANKING_CUES_AR = frozenset(p + v for v in _THANKING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES) \
    | frozenset(p + "شكر" for p in CONJUNCTION_PREFIXES)
# ... and the responsibility, with its article, the ب of what it is called (ما وصفه بالمسؤولية) or an owner's pronoun
RESPONSIBILITY_NOUNS_AR = frozenset(a + stem + ending for stem in ("مسؤولي", "مسئولي", "مسوولي")
                                    for a in ("", "ال", "بال") for ending in ("ة", "ات")) \
    | frozenset(stem + "ت" + suffix for stem in ("مسؤولي", "مسئولي") for suffix in ("ه", "ها", "هم"))

# Urging verbs, which take whom they urge and على: وحث الحكومات على "…" (حض: حث written so)
_URGING_VERBS_AR: tuple[str, ...] = ("حث", "حثت", "يحث", "تحث", "حثوا", "حض", "حضت", "يحض", "تحض", "حضوا")
# ... also with whom they urge written onto them: وحضّهم على دعم لبنان
_URGING_VERBS_AR += tuple(v + suffix for v in ("حث", "حثت", "حض", "حضت") for suffix in ("ه", "ها", "هم"))
# Stipulating verbs, whose content follows على: كما نص البيان على ضرورة … (alone نص is also `text`)
_STIPULATING_VERBS_AR = ("نص", "نصت", "ينص", "تنص")

# Condemning verbs report a stance whose content is the act condemned: وتدين الكويت بشدة الاعتداءات الإيرانية، كما دانت
# القمة الاعتداءات على سوريا، الأمم المتحدة تندد بـ"لغة التهديد". (Praising and welcoming verbs report only with their
# preposition: below.)
# أدان condemns, and convicts when a court is its subject (verdict_cues below)
_CONVICTING_VERBS_AR = ("دان", "دانت", "أدان", "أدانت", "ادان", "ادانت", "يدين", "تدين", "أدانوا", "دانوا")
_CONDEMNING_VERBS_AR = _CONVICTING_VERBS_AR + (
    "ندد", "نددت", "يندد", "تندد", "نددوا", "استنكر", "استنكرت", "يستنكر", "تستنكر", "استنكروا", "شجب", "شجبت",
    "يشجب", "تشجب",
    "انتقد", "انتقدت", "ينتقد", "تنتقد", "انتقدوا",  # criticising: انتقدت الوكالة توجهات السياسة الخارجية
    "استهجن", "استهجنت", "يستهجن", "تستهجن", "استهجنوا",  # decrying, as استنكر: استهجن مواطنون تداول مواقع …
)

# Verbs whose content the preposition ب written onto the next word opens, the ب with it (وطالب الوزير بإجراء تحقيق،
# واعترف بوجود أخطاء، وبشّر بصدور قانون، مذكرا بخضوعه لعملية): promising, announcing good news, reminding and ordering
# are other words alone (a promise, a matter), so they report only so, as the expressing verbs do.
_BA_ONLY_VERBS_AR: tuple[str, ...]  # (extended below)
_BA_ONLY_VERBS_AR = ("وعد", "وعدت", "بشرت", "أمر", "أمرت",  # and بشّر with a conjunction (below)
                     "تعهد", "تعهدت", "يتعهد", "تتعهد", "تعهدوا",  # تعهد is also a pledge
                     # praising and welcoming what ب opens (أشاد المدرب بالفوز، ورحبت الأم بأحكام الإعدام), which
                     # alone greet a guest or praise a building
                     "أشاد", "أشادت", "يشيد", "تشيد", "أشادوا", "اشاد", "اشادت", "رحب", "رحبت", "يرحب", "ترحب",
                     "رحبوا",
                     "مذكرة",  # reminding, feminine: also `a memo` (تقديمه مذكرة لاستجواب …)
                     # vowing or threatening (وتوعد بمزيد من الهجمات); alone توعد is also a threat, the noun
                     "توعد", "توعدت", "يتوعد", "تتوعد", "توعدوا", "متوعدا", "متوعدين",
                     # threatening with what ب opens (وهدد المحتجون بإغلاق الحقول، مهددين بالتصعيد); alone هدد
                     # endangers, as the imperfect mostly does with ب too (الجفاف يهدد المحاصيل، استمرار الحرب يهدد
                     # بتفكك الدولة), and the participle is the passive `threatened` as well (مناطق مهددة
                     # بالفيضانات): the perfect, and the participle after a comma only (COMMA_PARTICIPLES_AR)
                     "هدد", "هددت", "هددوا", "مهددا", "مهددة", "مهددين",
                     # brandishing a threat (لوّح المجلس باتخاذ إجراءات، والوزارة تلوح بالاقتطاع); alone لوح is a
                     # board, and تلوح في الأفق looms
                     "لوح", "لوحت", "يلوح", "تلوح", "لوحوا", "ملوحا", "ملوحة",
                     # calling on whom ب opens to do what follows (وأهابت الوزارة بالمواطنين عدم تداول الشائعات);
                     # the participle مهيب is also `majestic` (استقبالا مهيبا لهم): a report only with ب
                     "أهاب", "أهابت", "اهاب", "اهابت", "يهيب", "تهيب", "أهابوا", "مهيبا", "مهيبين")
# Accusing verbs report whom they accuse and of what (واتهم الجيش قوات الدعم السريع بقصف المستشفى): the content is
# both, as annotated news gives it (not the participle متهما, also `an accused`). The ب of the accusation ends no
# subject: a name may start with its letter (اتهمت وزيرة العدل السابقة بريس هورتيفي الوزير بأنه …).
_ACCUSING_VERBS_AR = ("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون")
# Directing verbs, perfect only (ووجه الوالي بالتحرك العاجل، وجه الملك بإنشاء مستشفى …): alone وجه is also a
# face or an aspect (على وجه السرعة، في وجه الأزمة), so they report with ب only, right after the subject, opening a
# clause (not yet past whom they direct: ووجه الوزير المسؤولين بسرعة …)
_DIRECTING_VERBS_AR = ("وجه", "وجهت", "وجّه", "وجّهت")
_BA_ONLY_VERBS_AR += _DIRECTING_VERBS_AR
_BA_VERBS_AR: tuple[str, ...]  # (extended below)
_BA_VERBS_AR = _BA_ONLY_VERBS_AR + ("تعهد", "تعهدت", "يتعهد", "تتعهد", "تعهدوا", "متعهدا", "متعهدة",
                                    "مذكرا", "طالبت", "يطالب", "تطالب", "طالبوا", "مطالبا", "مطالبين",
                                    "مشيدا", "مشيدة", "مشيدين",  # praising (مشيدا بدورها), as أشاد
                                    # commending, as نوّه does with ب (ونوه الوزير بالنتائج), without its shadda
                                    "نوه", "نوهت", "ينوه", "تنوه", "نوهوا", "منوها", "منوهة", "منوهين",
                                    "اعترف", "اعترفت",
                                    "يعترف", "تعترف", "اعترفوا",
                                    # acknowledging, as اعترف (أقر الوالي بوجود حالات تفلت); a vote's manner after it
                                    # (أقر البرلمان بالإجماع, a manner adverb below) opens no content
                                    "أقر", "أقرت", "اقر", "اقرت", "يقر", "تقر", "أقروا") + _CONDEMNING_VERBS_AR
# Praising verbs (ثمّن, written without its shadda) report the praise of what their object names, efforts, a role or a
# stance (وثمن الوزير جهود الكوادر الطبية، مثمنا دور الجيش); with another object they value or price a thing, no report
# (يثمن إنجازات النشامى names no speaker: its object ends any subject).
_PRAISING_VERBS_AR = ("ثمن", "ثمنت", "يثمن", "تثمن", "ثمنوا")
# (not تعاون or مبادرة, which name bodies too: مجلس التعاون الخليجي; nor مساهمة: شركة مساهمة)
_PRAISED_NOUNS_AR = ("جهود", "جهد", "دور", "موقف", "مواقف", "حرص", "عطاء", "تضحيات", "إنجازات", "انجازات", "اهتمام",
                     "تفاعل", "وقفة", "مساعي")
PRAISED_NOUNS_AR = frozenset(_PRAISED_NOUNS_AR) | frozenset("ال" + noun for noun in _PRAISED_NOUNS_AR)
# ... which end a subject before them (وثمن الوزير جهود …، وثمنت الوزارة الدور الذي …), save دور without the article,
# also a foreign name's word (آنييس فان دور مول)
PRAISED_SUBJECT_ENDS_AR = PRAISED_NOUNS_AR - {"دور"}
PRAISING_CUES_AR = frozenset(p + v for v in _PRAISING_VERBS_AR + ("مثمنا", "مثمنة", "مثمنين")
                             for p in ("",) + CONJUNCTION_PREFIXES)
# Showing verbs report a feeling or a stance, named by a noun right after their subject (أبدى الوزير استعداده، مبديا
# تخوفه): else they show a behaviour (فأبدت الطفلة استسلامًا); so do praising verbs, with what they praise
NOMINAL_CUES_AR = frozenset(p + v for v in ("أبدى", "أبدت", "يبدي", "تبدي", "أبدوا", "ابدى", "ابدت", "مبديا", "مبدية",
                                            "مبدين") for p in ("",) + CONJUNCTION_PREFIXES) | PRAISING_CUES_AR
# Appealing verbs name whom they appeal to, then what for with ب (ناشدت النقابة أطراف النزاع بعدم التعرض …)
_APPEALING_VERBS_AR = ("ناشد", "ناشدت", "يناشد", "تناشد", "ناشدوا", "مناشدا", "مناشدة", "مناشدين")
_BA_VERBS_AR += _APPEALING_VERBS_AR
# ... and so do advising verbs, whom they advise then what with ب (ونصح الطبيب المرضى بمراجعة …، وينصح الخبراء بتناول …)
_ADVISING_VERBS_AR = ("نصح", "نصحت", "ينصح", "تنصح", "نصحوا", "ينصحون", "ناصحا")
_BA_VERBS_AR += _ADVISING_VERBS_AR
_HERALDING_AR = frozenset({"وبشر", "فبشر"})  # alone بشر is `humans`
_DEMANDING_AR = frozenset({"طالب"})  # alone also `a student`: with its ب, opening a clause (طالب الرئيس بشطب …)
# Describing verbs with their object a pronoun and a conjunction (ووصفها بأنها “صورية”، ووصفه بالجريمة); without
# one they name what was said in a relative clause (ما وصفه «…», below), alone وصفه is also `his description`
_CONJOINED_DESCRIBING_AR = frozenset(p + verb + suffix for verb in ("وصف", "وصفت", "يصف", "تصف", "وصفوا")
                                     for suffix in ("ه", "ها", "هم", "هما") for p in CONJUNCTION_PREFIXES)
PROCLITIC_CONTENT_CUES_AR = frozenset(p + v for v in _BA_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES) \
    | {"وطالب"} | _HERALDING_AR | _DEMANDING_AR | _CONJOINED_DESCRIBING_AR
PREPOSITION_CUES_AR = EXPRESSING_CUES_AR | frozenset(p + v for v in _PROTESTING_VERBS_AR + _COMPLAINING_VERBS_AR
                                                     + _PRAISING_ON_VERBS_AR
                                                     + _BA_ONLY_VERBS_AR + _TOUCHING_ON_VERBS_AR
                                                     for p in ("",) + CONJUNCTION_PREFIXES) | _HERALDING_AR \
    | _DEMANDING_AR | _CONJOINED_DESCRIBING_AR
# ... of which these, without a conjunction, are also nouns after a verb (أطلق وعد البحرية، هذا أمر بالغ): cues only
# opening a clause
CLAUSE_INITIAL_CUES_AR = frozenset({"عبر", "وعد", "أمر", *_DIRECTING_VERBS_AR}) | _DEMANDING_AR

# Reporting verbs, perfect and imperfect, masculine and feminine; the prefixes above are added below. Cue words are
# listed without diacritics (the language's `diacritics` may stand over any letter), save a shadda that tells a verb
# from a more common word: بيّن (explained), not بين (between).
# Calling for, in the imperfect and the plural perfect too, as titles and leads write it (الوزير يدعو إلى «التعقل»)
_CALLING_IMPERFECTS_AR = ("يدعو", "تدعو", "يدعون", "دعوا")

_CUE_VERBS_AR = (
    "قال", "قالت", "يقول", "تقول", "قالوا", "يقولون",
    "أضاف", "أضافت", "يضيف", "تضيف", "اضاف", "اضافت",
    "أكد", "أكدت", "يؤكد", "تؤكد", "اكد", "اكدت",
    "تابع", "تابعت", "تابعوا",
    "كتب", "كتبت", "يكتب", "تكتب",
    "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
    "أعلن", "أعلنت", "يعلن", "تعلن", "اعلن", "اعلنت",
    "أوضح", "أوضحت", "يوضح", "توضح", "اوضح", "اوضحت",
    "صرح", "صرحت", "يصرح", "تصرح",
    "شدد", "شددت", "يشدد", "تشدد",
    "أشار", "أشارت", "يشير", "تشير", "اشار", "اشارت",
    "ذكر", "ذكرت", "يذكر", "تذكر",
    "أفاد", "أفادت", "يفيد", "تفيد", "افاد", "افادت",
    "لفت", "لفتت",
    "نفى", "نفت", "ينفي", "تنفي",
    "كذّب", "كذّبت", "يكذّب", "تكذّب",  # denying, with its shadda (كذب without it: lied)
    "حذر", "حذرت", "يحذر", "تحذر",
    "رأى", "رأت", "يرى", "ترى",
    "اختتم", "اختتمت", "ختم", "ختمت", "يختتم", "تختتم", "يختم", "تختم",
    "استهل", "استهلت", "يستهل", "تستهل",  # opening a speech with an act (واستهل كلمته بالتأكيد على أن …)
    "استطرد", "استطردت",
    "زعم", "زعمت", "يزعم", "تزعم",
    "أعرب", "أعربت", "يعرب", "تعرب", "اعرب", "اعربت",
    "غرد", "غردت",
    "أوردت", "أورد", "نقلت", "نقل",
    "أبلغ", "أبلغت", "أخبر", "أخبرت",
    "أكدوا", "أعلنوا", "أشاروا", "أوضحوا", "ذكروا", "أضافوا",
    "اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون", "طالبت", "دعا", "دعت", *_CALLING_IMPERFECTS_AR,
    "وصف", "وصفت", "أقر", "أقرت", "اعترف", "اعترفت",
    "يصف", "تصف", "وصفوا", "يصفون",  # describing in the imperfect too: وتصف المعارضة الخطوة بأنها «…»
    # stipulating (لكنه اشترط «وضوح القوانين» قبل …), in the perfect: the imperfect mostly states a rule (يشترط
    # القانون …) or a practice (باتت الشركات تشترط على الصيدليات …)
    "اشترط", "اشترطت", "اشترطوا",
    # shouting (ويصرخ والد الطفل «ابني مات قدامي»)
    "صرخ", "صرخت", "يصرخ", "تصرخ", "صاح", "صاحت", "يصيح", "تصيح",
    "تساءل", "تساءلت", "سأل", "سألت", "رد", "ردت", "أجاب", "أجابت",
    "يسأل", "تسأل", "يتساءل", "تتساءل", "تساءلوا", "يتساءلون",  # the imperfects: البعض يسأل: لماذا …
    "توقع", "توقعت", "يتوقع", "تتوقع", "يعتقد", "تعتقد", "اعتقد", "اعتقدت",
    "نوه", "نوهت", "بيّن", "بيّنت",
    "نبه", "نبهت", "ينبه", "نبهوا",  # cautioning, drawing attention (ونبّه إلى أن …), as منبها (not تنبه: `noticed`)
    # explaining, revealing, commenting and claiming verbs report speech in news as well: وتشرح تارلو: «…»
    "شرح", "شرحت", "يشرح", "تشرح", "كشف", "كشفت", "يكشف", "تكشف", "علق", "علقت",
    "أردف", "أردفت", "استدرك", "استدركت", "ألمح", "ألمحت", "ادعى", "ادعت", "يدعي", "تدعي", "روى", "روت",
    # imperfect and plural forms of the verbs above (not masculine طالب: also the noun `student`)
    "ينوه", "تنوه", "يلفت", "تلفت", "يقر", "تقر", "يعترف", "تعترف", "يطالب", "تطالب", "طالبوا",
    "صرحوا", "شددوا", "حذروا", "اعتبروا", "رأوا", "نفوا", "كتبوا", "كشفوا", "زعموا", "أفادوا", "اعترفوا",
    "يؤكدون", "يشيرون", "يرون", "يعتقدون", "يعتبرون",
    "نسب", "نسبت", "ينسب", "تنسب", "ينقل", "تنقل", "نقلوا",
    # going on, recounting, proposing, judging likely and concluding: وواصل: «…»، ناجون يروون: …، رجحت الوكالة أن …،
    # وخلص إلى أن … (not تواصل, also the noun `contact`, nor يرجح, also the passive `it is likely`)
    "واصل", "واصلت", "يواصل", "واصلوا", "يروي", "تروي", "يروون", "رووا", "اقترح", "اقترحت", "يقترح", "تقترح",
    "اقترحوا", "رجح", "رجحت", "ترجح", "رجحوا", "خلص", "خلصت", "خلصوا",
    "يخلص", "يخلصون",  # (not تخلص, also `gets rid of`)
    # petitioning a court and denying a charge, as court news reports pleas: فيما التمس الدفاع مهلة إضافية، أنكر
    # المتهم ما نسب إليه
    "التمس", "التمست", "يلتمس", "تلتمس", "التمسوا", "أنكر", "أنكرت", "ينكر", "تنكر", "أنكروا",
    # renewing a stance or a call: وجدد الملك موقف الأردن الرافض …، قطر تجدد تأكيدها أن …
    "جدد", "جددت", "يجدد", "تجدد", "جددوا",
    # repeating: ويكرر قائد الجيش في خطاباته أن «…» (not تكرر, also `it recurred`)
    "كرر", "كررت", "يكرر", "كرروا",
    # ascribing a fact to a cause: وأرجع المدير ارتفاع الأسعار إلى … (not يرجع: also `dates back`)
    "أرجع", "أرجعت", "ارجع", "ارجعت", "أرجعوا",
    # plural forms the paradigms above lacked: وتوقعوا أن …، ويتوقعون أن …
    "توقعوا", "يتوقعون",
    # expressing surprise: واستغرب الوزير الحديث عن …
    "استغرب", "استغربت", "يستغرب", "تستغرب", "استغربوا",
    # showing a feeling or a stance, its content a noun (below): أبدى المزارعون تخوفهم من …
    "أبدى", "أبدت", "يبدي", "تبدي", "أبدوا",
    # appealing and advising (above): وناشدت اللجنة المنظمات الإنسانية بمد يد العون، ونصح الطبيب المرضى بالراحة
    "ناشد", "ناشدت", "يناشد", "تناشد", "ناشدوا", "نصح", "نصحت", "ينصح", "تنصح", "نصحوا", "ينصحون",
    # reassuring: وطمأنت الوزارة أن الحالات محدودة، طمأنت الوزيرة الممتحنين بأن …
    "طمأن", "طمأنت", "يطمئن", "تطمئن", "طمأنوا",
    # ruling out (a clause or a noun, below): واستبعد المصدر أن يكون هناك تعديل، استبعد الخبير حدوث نمو
    "استبعد", "استبعدت", "يستبعد", "تستبعد", "استبعدوا",
    # finishing one's words, refuting and ascribing: وأتم: «…»، وأكملت الكيلة أن …، وفند الوزير ما تداولته …، وعزا
    # المدير ذلك إلى … (not عزت, also a name)
    "أتم", "أتمت", "أكمل", "أكملت", "فند", "فندت", "يفند", "تفند", "عزا", "يعزو",
    # chanting and repeating words: ورددت الطالبات هتافات منها "…"، وهتف المحتجون "…" (not تردد: also `hesitated`)
    "ردد", "رددت", "رددوا", "يردد", "يرددون", "هتف", "هتفت", "هتفوا", "يهتفون",
    # wishing aloud: وتمنى المحامي أن ينصف القضاء موكله، تمنى المدير أن تعود الجماهير
    "تمنى", "تمنت", "يتمنى", "تتمنى", "تمنوا",
) + _PRAISING_VERBS_AR + _TALKING_VERBS_AR + _CONDEMNING_VERBS_AR + _URGING_VERBS_AR + _STIPULATING_VERBS_AR \
    + _TOUCHING_ON_VERBS_AR


def _with_bare_alef(word: str) -> tuple[str, ...]:
    """A word and, when it opens with a hamza or a madda on its alif, the same word as news often writes it, without:
    أشار، اشار; آليات، اليات."""
    return (word, "ا" + word[1:]) if word[:1] in "أإآ" else (word,)


_POSSESSIVES_AR = ("ه", "ها", "هم", "هما", "نا")


def possessive_stems(noun: str) -> tuple[str, ...]:
    """A noun as written before a possessive suffix: ة turns to ت (كلمة، كلمته), a final hamza after alif sits on
    a yaa or a waw by case (لقاء، لقائه، لقاؤه) or stays on the line (لقاءه)."""
    if noun.endswith("ة"):
        return (noun[:-1] + "ت",)
    if noun.endswith("اء"):
        return noun, noun[:-1] + "ئ", noun[:-1] + "ؤ"
    return (noun,)


# ... with the forms that open with a hamza written without it (اردف، اقر), and the perfects of the derived forms that
# open with a hamzat wasl (اعتبر، استنكر، اختتم), which the Maghreb press often writes with a hamza under the alif:
# إعتبر، إستغرب
CUE_VERBS_AR_BASE = tuple(dict.fromkeys(form for v in _CUE_VERBS_AR for form in _with_bare_alef(v))) \
    + tuple("إ" + v[1:] for v in _CUE_VERBS_AR if v.startswith("است") or v[:1] == "ا" and v[2:3] == "ت" and len(v) >= 5)

# Circumstantial participles (حال) of reporting verbs: مضيفا أن، مؤكدةً أن. Their written forms (masculine and
# feminine; tanween is a diacritic) come from the stems.
PARTICIPLE_STEMS_AR = (
    "مضيف", "مؤكد", "مشير", "موضح", "مبين", "معتبر", "لافت", "محذر", "متابع", "قائل", "مشدد", "منوه",
    "معلن", "مطالب", "معرب", "منتقد", "متسائل", "مستدرك", "مختتم", "ملمح", "مستنكر", "كاشف", "شارح", "مستطرد",
    "مردف", "واصف", "نافي", "مرجح", "مرجع", "معقب",
    "متعهد",  # pledging, with what its ب opens: متعهدا بالعمل على … (the verb's subject search would take بخفضها)
    "مبدي",  # showing a feeling: مبديا تخوفه من …
    "مناشد",  # appealing: مناشدا المجتمع الدولي بتقديم المساعدات
    "مذكر",  # reminding: مذكرا بخضوعه لعملية
    "مشيد",  # praising: مشيدا بالأداء
    "مثمن",  # praising what it names (PRAISING_CUES_AR): مثمنا دور الجيش
    "متحدث",  # talking about (a topic cue, above): متحدثًا عن "إرادة برلمانية"
    "منبه",  # cautioning: منبها إلى أن …
    "مندد", "معلل", "زاعم",  # condemning, giving a reason and claiming: منددة بالهجوم، معللا ذلك بأن …، زاعما أن …
    "عازي",  # ascribing what it names to a cause (عزا, below): عازيا ذلك إلى عملية شراء السندات
    "متمني",  # wishing aloud: متمنيا النجاح للجميع (a wish voiced, as news reports it)
    "متوقع",  # expecting (متوقعًا أن تكون الأمطار غزيرة); an adjective too, `expected` (نتائج متوقعة): see below
    "ذاكر", "مهيب", "متوعد",  # mentioning, urging, threatening: ذاكرًا أنهم …، مهيبا بالمواطنين، متوعدا بمقاضاة
    "مكرر",  # repeating a call or a stance: مكررا دعوته إلى …، مكررا تأكيده أن …
    "ملتمس",  # petitioning a court: ملتمسا رفض طلب التأجيل
    "مستشهد",  # citing as evidence, as `citing` reports: مستشهدة بنوادي القراءة التي انتشرت …
)
PARTICIPLE_ENDINGS_AR = ("ا", "ة")
# ... and their masculine plural (وصف الناجون المشهد، مؤكدين أن …; ناف → نافين), save where it is a noun as well:
# منتقدين (critics), معلنين (advertisers), متابعين (followers), متحدثين (speakers)
_NOUN_PLURAL_STEMS_AR = ("منتقد", "معلن", "متابع", "متحدث")
# ... and masculine forms whose feminine is a noun as well: داعية (a preacher). The feminine of `going on` is the
# verbal noun `following up` (أعلن الوزير، متابعة بلاده للتطورات), which news writes far more often: left out; so is
# مطالبة (a demand, the verbal noun of طالب, and the passive `required`: الدولة مطالبة بحماية المجتمع), a participle
# only after a comma (below), and متحدثة, most often a spokeswoman (قالت متحدثة باسم الوزارة); so are ذاكرة (memory)
# and مهيبة (majestic).
_NOUN_FEMININES_AR = frozenset({"متابعة", "مطالبة", "متحدثة", "ذاكرة", "مهيبة"})
PARTICIPLES_AR = tuple(form for stem in PARTICIPLE_STEMS_AR if not stem.endswith("ا")
                       for form in (stem + ending for ending in PARTICIPLE_ENDINGS_AR)
                       if form not in _NOUN_FEMININES_AR) + tuple(
    stem.removesuffix("ي") + "ين" for stem in PARTICIPLE_STEMS_AR if stem not in _NOUN_PLURAL_STEMS_AR
) + ("داعيا", "داعين", "مطمئنا")  # reassuring, whose other forms are adjectives as well: وضع مطمئن، الأوضاع مطمئنة
# The forms left out as nouns are participles right after a comma, where a circumstantial clause opens: …"،
# داعية "…"، … العالم، منتقدين تقاعس الحكومة; so are the participles, each an adjective as well elsewhere, of
# - commenting (`suspended`: ظل الملف معلقا),
# - addressing thanks, a message or a call (، موجها الشكر إلى …; `addressed`: رسالة موجهة إلى),
# - stating (، مفيدًا: «…», of أفاد; `useful`: كان الاجتماع مفيدا),
# - thanking (، شاكرًا للمنظمات دعمها; `grateful`),
# - refusing what it names (، رافضا الكشف عن التفاصيل، رافضة الانتقادات; `those against`: 18 رافضا),
# - accusing (، متهما الوزارات المعنية بـ"…"; `an accused`: المتهم، متهمين بالفساد),
# - threatening (، مهددين بإغلاق الحقول; `threatened`: مناطق مهددة بالفيضانات),
# - renewing (، مجددة دعوتها إلى …; masculine مجددا is also `again`, and stays an adverb).
COMMA_PARTICIPLES_AR = frozenset(("داعية", "معلقا", "معلقة", "معلقين", "مطالبة", "مجددة", "مجددين") + tuple(
    stem + ending for stem in ("موجه", "مفيد", "شاكر", "رافض", "متهم", "مهدد") for ending in ("ا", "ة", "ين")) + tuple(
    stem + "ين" for stem in _NOUN_PLURAL_STEMS_AR))

# A participle coordinated onto the one before, with و written onto it, opens a report of its own for the same
# subject and ends the content before it, with or without a comma: واصفا سكانها بالكرماء، ومشددا على أن …
COORDINATED_PARTICIPLES_AR = tuple("و" + participle for participle in PARTICIPLES_AR) \
    + ("ومجددة", "ومجددين")  # renewing (مجددة التزامها); alone, and masculine (ومجددا), also `again`

# Masculine perfects left out alone as nouns as well (طالب, a student) are verbs with a conjunction written onto them
# at a clause's start: وطالب الدلفي رئاسة المجلس بـ"…"
CONJOINED_ONLY_CUES_AR = tuple(p + v for v in ("طالب",) for p in CONJUNCTION_PREFIXES) \
    + tuple(p + v + suffix for v in ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر")  # ... and a considering verb with
            for suffix in ("ه", "ها", "هم", "هما") for p in CONJUNCTION_PREFIXES)  # its object a pronoun: واعتبرته «…»

# An imperfect with the لام of sequel goes on with a report in the past: ليشير الدفاع إلى أن …، لتضيف بأنه …
SEQUEL_CUES_AR = tuple("ل" + v for v in CUE_VERBS_AR_BASE
                       if not v.endswith("ون") and (v.startswith("ي") or v.startswith("ت") and "ي" + v[1:] in CUE_VERBS_AR_BASE))

# `saying` after ب, with its owner's pronoun, introduces the words themselves for the sentence's subject, as a
# participle does: مختتماً تصريحه بقوله “…”، نافيا التهمة بقوله إنه …
SAYING_CUES_AR = tuple("ب" + form for form in ("قوله", "قولها", "قولهم", "القول"))

# Saying and describing with the object written on, after a relative: what a quotation right after them says is the
# speaker's own words (تجاه ما وصفه "الاشتباكات"، بما قاله أمير البلاد «رب ضارة نافعة»). They report no clause.
RELATIVE_SAYING_CUES_AR = frozenset(v + suffix for v in ("قال", "قالت", "وصف", "وصفت", "يصف", "تصف",
                                                         # ... and considering it so (وهو ما اعتبره الرئيس «…»)
                                                         "اعتبر", "اعتبرت", "يعتبر", "تعتبر")
                                    for suffix in ("ه", "ها", "هم")) | {"قالوه", "وصفوه", "وصفوها"} | frozenset(
    # ... and naming it so (ما سماه "تغول" الأغلبية، ما يسميه سكان محليون «هياكل خرسانية»)
    stem + suffix for stem in ("سما", "سمّا", "سمت", "سمّت", "يسمي", "يسمّي", "تسمي", "تسمّي")
    for suffix in ("ه", "ها", "هم")) | {"سموه", "سمّوه", "يسمونه", "يسمّونه", "يسمونها", "يسمّونها"}
# `and (he) added`, as sports and Gulf papers write it before a quotation (وزاد: «…»); before anything else it is
# `increased` (وزاد عدد الضحايا), so it attributes only a quotation next to it
ADDING_CUES_AR = frozenset({"وزاد", "وزادت"})
# ... and so does `went on` (وواصل: «…»), which before an object is `continued` (وواصلت القوات عملها)
CONTINUING_CUES_AR = frozenset(p + v for p in ("",) + CONJUNCTION_PREFIXES
                               for v in ("واصل", "واصلت", "يواصل", "واصلوا"))
# Nouns that a conjunction written onto a cue verb spells: فدان, the feddan (ألف فدان قمح), is not ف + دان.
CONJOINED_LOOKALIKES_AR = frozenset({"فدان"})
# The imperfect of calling with a conjunction, which in running text more often goes on with the clause before (وأكد
# الكرملين أن روسيا متمسكة بالحل …، وتدعو كييف إلى …) than it reports anew, and takes whom it calls for its subject
# there; a title's second verb, though, reports for the title's subject (المملكة ترحب بالهدنة … وتدعو الطرفين إلى …).
CONJOINED_CALLING_AR = frozenset(p + v for p in CONJUNCTION_PREFIXES for v in _CALLING_IMPERFECTS_AR)
# The passive of reporting with no agent, before a complementizer: `وأفيد بأن الطفل كان يعاني …` (it was reported that):
# a report no source is named for, and none carried over from an earlier one
AGENTLESS_CUES_AR = frozenset(p + v for v in ("أفيد",) for p in ("",) + CONJUNCTION_PREFIXES)
# Posing a question, the question's noun before it (ويبقى السؤال الذي يطرحه كثيرون: هل …؟، لكن سؤالا يطرحه كثيرون
# اليوم: ماذا بعد؟): the words after the colon are the question they ask. Alone طرح is also offering (طرحت الشركة
# أسهمها), so only after a question's noun (QUESTION_NOUNS_AR).
QUESTION_CUES_AR = frozenset(verb + pronoun for verb in ("يطرح", "تطرح", "طرح", "طرحت") for pronoun in ("ه", "ها"))
QUESTION_NOUNS_AR = frozenset({"السؤال", "سؤال", "سؤالا", "التساؤل", "تساؤل", "تساؤلا", "الأسئلة", "أسئلة"})
# A document's words, by a clause on the document's noun (أصدرت الوزارة بيانا جاء فيه أن …، نشر النادي تغريدة جاء فيها:
# «…»): they report for whoever issued the document, as a participle does for its verb's subject.
DOCUMENT_CLAUSES_AR = frozenset(verb + " " + pronoun for verb in ("جاء", "ورد") for pronoun in ("فيه", "فيها"))
CUE_VERBS_AR = frozenset(
    CUE_VERBS_AR_BASE + PARTICIPLES_AR + COORDINATED_PARTICIPLES_AR + CONJOINED_ONLY_CUES_AR + SEQUEL_CUES_AR
    + SAYING_CUES_AR
    + tuple(p + v for p in CONJUNCTION_PREFIXES for v in CUE_VERBS_AR_BASE)
) - CONJOINED_LOOKALIKES_AR | COMPLEMENTIZER_CUES_AR | COMMA_PARTICIPLES_AR | RELATIVE_SAYING_CUES_AR | ADDING_CUES_AR \
    | AGENTLESS_CUES_AR | DOCUMENT_CLAUSES_AR | QUESTION_CUES_AR

# Cue forms of a masculine singular subject: the imperfect in ي, the perfect without the feminine ت; a plural ending
# (قالوا، يقولون) is neither. Left out: perfects of the forms that begin with ت (تابع، تساءل), which look like a
# feminine imperfect, and لفت, whose ت is the root's. A sound feminine plural with the article right after one of
# these is its object (وحث الحكومات على، واتهم السلطات بـ): as a subject it would take the feminine (وحثت الحكومات).
# So is, after a verb that takes whom it addresses (`addressee_cues`), a singular in ta marbuta (ودعا الحكومة إلى).
MASCULINE_CUES_AR = frozenset(p + v for v in CUE_VERBS_AR_BASE if not v.startswith("ت")
                              and not v.endswith(("ت", "وا", "ون")) for p in ("",) + CONJUNCTION_PREFIXES)
FEMININE_PLURAL_ENDINGS_AR = ("ات",)
FEMININE_ENDINGS_AR = ("ة",)
# ... save the nouns in ta marbuta that name men, and so agree with a masculine verb: broken plurals of people (وطالب
# القادة، وقال الأساتذة، وأكد القضاة) and a few singulars (الخليفة، العلامة)
MASCULINE_TA_MARBUTA_AR = frozenset({
    "القضاة", "الدعاة", "الولاة", "الرعاة", "الرماة", "الغزاة", "الجناة", "البغاة", "السعاة", "الهواة", "الرواة",
    "الحماة", "الطغاة", "العصاة", "الغلاة", "الحفاة", "المشاة",
    "القادة", "السادة", "الطلبة", "الأساتذة", "الساسة", "الأئمة", "البحارة", "الصيادلة", "الفلاسفة", "الجبابرة",
    "الكهنة", "الخونة", "السحرة", "الباعة", "الجهابذة", "العمالقة", "الأباطرة", "القياصرة", "الفراعنة",
    "الخليفة", "العلامة", "الداعية", "الرحالة", "النابغة",
})
# ... and broken plurals of bodies and things, which take the feminine too (دعت القوى السياسية، وقالت الدول): after a
# masculine verb, its object (ودعا القوى السياسية إلى …، وحث الدول على …)
FEMININE_BROKEN_PLURALS_AR = frozenset({"القوى", "الدول", "الفصائل", "الأحزاب", "البلدان", "الأطراف"})
# ... and cue forms of a plural subject: a verb before its subject stays singular (قال المحتجون), so a mention right
# after one of these is its object (وواصلوا الرحلة الصناعية), its subject before it or dropped
PLURAL_CUES_AR = frozenset(p + v for v in CUE_VERBS_AR_BASE if v.endswith(("وا", "ون"))
                           for p in ("",) + CONJUNCTION_PREFIXES)

# `and replied` written as one word is also the verb `arrived, was mentioned` (ورد في البيان، بيان ورد للوكالة):
# a reply names its subject right after it (ورد الوزير على …).
SUBJECT_CUES_AR = frozenset({"ورد", "وردت"})

# Cues that pass on a source's words, with the preposition that names the source (`ونقلت الوكالة عن مصدر
# مسؤول قوله إن …`, `ونسبت الصحيفة إلى مسؤول قوله`). The attribution runs over the source, and the source speaks:
# the relaying subject only passes the words on. The source's saying noun (RELAYED_SAYINGS_AR below) is the cue when
# it follows; otherwise the verb is.
_ASCRIBING_VERBS_AR = ("نسب", "نسبت", "ينسب", "تنسب")
_RELAY_CUES_AR = {"نقل": "عن", "نقلت": "عن", "ينقل": "عن", "تنقل": "عن", "نقلوا": "عن"} \
    | dict.fromkeys(_ASCRIBING_VERBS_AR, "إلى")
RELAY_CUES_AR = tuple((prefix + verb, link) for verb, link in _RELAY_CUES_AR.items()
                      for prefix in ("",) + CONJUNCTION_PREFIXES)
# Ascribing verbs ascribe things as well as words (تنسب المقبرة لأول مستشار، يُنسب صدورها إلى محاكم): they report
# only what a saying noun, a speech object or a complementizer right after their source names (نسبت إليه قوله إن).
ASCRIBING_CUES_AR = frozenset(p + v for v in _ASCRIBING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES)

# Circumstantial participles (حال) report for the subject of the main verb: «..., مضيفا أن ...».
SUBJECTLESS_CUES_AR = frozenset(PARTICIPLES_AR + COORDINATED_PARTICIPLES_AR + SAYING_CUES_AR + _HOLDING_PARTICIPLES_AR) \
    | COMMA_PARTICIPLES_AR | frozenset(
    form for form in EXPRESSING_CUES_AR if form.lstrip("وف").startswith("مع")) | DOCUMENT_CLAUSES_AR
# ... and `saying` introduces the words of a reporting verb before it: وتابع الوزير قائلا: «…» (the verb is the cue)
SAYING_PARTICIPLES_AR = frozenset({"قائلا", "قائلة", "قائلين"}) \
    | frozenset({"يقول", "تقول", "يقولون"}) \
    | frozenset(SAYING_CUES_AR)  # ... and so do the imperfect (وواصل منصوري يقول: «…»)  and `by saying` (وتابع بالقول)

# What a text says: وجاء في البيان أن …، وورد في التقرير: «…». Elsewhere the verbs tell of something else (جاء في
# المرتبة الأولى، ورد في وقت سابق): a source phrase only before the name of a text (DOCUMENT_NOUNS_AR).
DOCUMENT_PHRASES_AR = frozenset(p + verb + " في" for verb in ("جاء", "ورد") for p in ("",) + CONJUNCTION_PREFIXES)
# ... and never after a relative, where they name what the text says as an object (رفضه لما ورد في التقرير), unlike
# after a comparative (كما ورد في البيان)
RELATIVE_OBJECTS_AR = frozenset(p + "ما" for p in ("", "و", "ل", "ب", "م"))
# A reporting verb's verbal noun after a preposition of time, its agent after it, reports what a complementizer opens:
# بعد إعلان مكتب النائب العام أن …، عقب تصريح رئيس الوزراء بأن … (only so: بعد إعلان الوزارة، قررت … is no report)
EVENT_PHRASES_AR = frozenset(p + preposition + " " + noun
                             for preposition in ("بعد", "عقب", "إثر", "اثر", "مع", "قبل", "فور", "رغم", "برغم")
                             for noun in ("إعلان", "اعلان", "تصريح", "تصريحات", "تأكيد", "تاكيد", "نفي")
                             for p in ("",) + CONJUNCTION_PREFIXES)
# Source phrases on the wording: after a quotation they attribute its words alone (`… انتزاع أكثر من “وعود بالدراسة”،
# بحسب تعبير أحد أعضاء اللجنة`), not the clause that holds it; the noun (`تعبير`) is part of the cue
WORDING_PHRASES_AR = frozenset(p + phrase + " " + noun
                               for phrase in ("على حد", "بحسب", "حسب", "وفق") for noun in ("قول", "تعبير", "وصف")
                               for p in ("",) + CONJUNCTION_PREFIXES)
# ... and on the speaker's own wording, the pronoun written on (`، على حد تعبيره`, `على حد قولها`): a hedge, as `حسب
# قوله` is (HEDGE_NOUNS_AR below). `على حد` alone is no source phrase: على حد سواء, alike.
WORDING_HEDGES_AR = frozenset(p + "على حد " + noun + suffix for noun in ("قول", "تعبير", "وصف")
                              for suffix in ("ه", "ها", "هم", "هما") for p in ("",) + CONJUNCTION_PREFIXES)
CUE_PHRASES_AR = frozenset({
    "بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "وفقا ل", "ووفقا ل", "طبقا ل", "نقلا عن", "ونقلا عن", "وفق", "ووفق",
    # with ف, which links the sentence to the one before (والمشكلة ليست في الرقم وحده. فبحسب تقديرات …); not فحسب,
    # the adverb `only`
    "فبحسب", "فوفقا ل", "فطبقا ل",
}) | WORDING_PHRASES_AR | WORDING_HEDGES_AR | DOCUMENT_PHRASES_AR | EVENT_PHRASES_AR
# After a source phrase, these name a rule, a plan or a criterion, no source: وفقا لقرارات الشرعية الدولية، وفق القانون،
# طبقا للدستور، حسب النوع. As the phrase's preposition may be written onto them, with the article (للقانون) too.
_NORMS_AR = (
    "قرار", "قرارات", "قانون", "قوانين", "دستور", "اتفاق", "اتفاقية", "اتفاقيات", "مبادئ", "معايير", "أحكام",
    "شروط", "قواعد", "نظام", "أنظمة", "خطة", "جدول", "آلية", "إجراءات", "تعليمات", "لوائح", "مادة", "بند", "نوع",
    "حاجة", "ظروف", "أصول",
    # measures and states a thing varies by: يتفاوت حسب كمية المياه، حسب طبيعة كل مسجد، حسب الحالة
    "كمية", "حجم", "طبيعة", "درجة", "نسبة", "مدة", "حالة", "مستوى", "توقيت", "أولوية", "أولويات",
    "متاح", "إمكانات", "إمكانيات",  # وفق المتاح لديهم: as far as they can
    # plans, programmes and the outcomes or vision they follow: طبقاً لبرنامج رئيس الجمهورية، وفق مخرجات برلين، وفق
    # قاعدة دستورية، وفق رؤية حضرة صاحب السمو
    "برنامج", "برامج", "مخرجات", "قاعدة", "رؤية", "توجيهات", "سياسة", "استراتيجية", "إستراتيجية", "ضوابط", "مبدأ",
    "بنود", "أسس", "مقتضيات",
    "توصيات", "توصية",  # recommendations followed: طبقا لتوصيات المعهد
    "حصة", "حصص",  # shares allotted: وفق الحصة العادلة المقررة
    "مستجدات", "تطورات",  # developments followed: وفقا لمستجدات السوق
    # rules, decrees, arrangements, remits and the changes a thing follows: وفق النظم واللوائح المعمول بها، وفق مرسوم
    # وزاري، وفق ترتيبات محكمة، وفق اختصاصاتها، حسب المتغيرات الميدانية
    "نظم", "مرسوم", "مراسيم", "ترتيبات", "اختصاصات", "متغيرات",
    # protocols, teachings, customs and the prices or dealings a thing follows: بحسب البروتوكول الصحي، وفقا لتعاليم
    # الدين، حسب العادة، وفق السعر العالمي، حسب تعاملات التجار
    "بروتوكول", "تعاليم", "عادة", "أعراف", "تقاليد", "سعر", "أسعار", "تعاملات",
    # counts, wishes, seniority, requirements, specifications, forms, timetables, initiatives and trends a thing
    # follows: وفق أعداد الطلبة المسجلين، حسب رغباتهم، حسب الأقدمية، وفقا للمتطلبات الأمنية، وفق مواصفات عالمية،
    # حسب النموذج المرفق، وفقاً للجداول، طبقا لمبادرة السلام العربية، وفقا للتوجه العالمي، وفق آليات جديدة
    "عدد", "أعداد", "رغبة", "رغبات", "أقدمية", "متطلبات", "مواصفات", "نموذج", "نماذج", "جداول", "مبادرة",
    "توجه", "توجهات", "آليات",
    # a regulation (the singular of لوائح), deadlines and the timetable set: وفق اللائحة الداخلية للمجلس، وفق الآجال
    # القانونية، وفق الرزنامة المحددة، حسب المواعيد المقررة
    "لائحة", "آجال", "أجل", "رزنامة", "روزنامة", "موعد", "مواعيد",
)
NORM_NOUNS_AR = frozenset(prefix + form for noun in _NORMS_AR for form in _with_bare_alef(noun)
                          for prefix in ("", "ال", "ل", "لل")) | frozenset(  # لل: on the article (وفق للقوانين)
    prefix + stem + suffix for noun in _NORMS_AR for stem in possessive_stems(noun) for prefix in ("", "ل")
    for suffix in ("ه", "ها", "هم"))  # ... and with its owner's pronoun: وفق اختصاصاتها، حسب خطته
# ... and a speaker's own words or view with the pronoun written on (حسب وصفه، بحسب قوله، وفق تعبيرها): a hedge on what
# the sentence already attributes to the speaker, no attribution of its own
# (also an estimate, a claim, an account or a statement: وفق تقديره، حسب زعمها، بحسب روايته، وفق تصريحاته)
HEDGE_NOUNS_AR = frozenset(prefix + stem + suffix
                           for noun in ("قول", "وصف", "تعبير", "رأي", "تقدير", "زعم", "رواية", "تصريح", "تصريحات",
                                        "كلام")
                           for stem in possessive_stems(noun) for prefix in ("", "ل")
                           for suffix in ("ه", "ها", "هم", "هما"))

# A relative after a source phrase, or written onto it, reports a statement; the source is its verb's subject:
# بحسب ما قاله الوزير، حسبما أعلنت الوزارة.
SOURCE_RELATIVES_AR = frozenset({"ما"})
# ... when its verb is a cue verb (its object pronoun written on or not: ذكرته، قاله) or one of these verbs of a text
# that states or shows (وفق ما جاء في البيان، حسب ما أوردته الصحيفة، وفق ما تظهره البيانات); any other verb names
# what a thing requires or is, no statement: وفقا لما تتطلبه المصلحة، حسب ما هو مبرمج، وفق ما هو متعارف عليه
RELATIVE_STATEMENT_VERBS_AR = frozenset(form for verb in (
    "جاء", "ورد", "نشر", "نشرت", "ينشر", "تنشر", "أورد", "أوردت", "يورد", "تورد", "أظهر", "أظهرت", "يظهر", "تظهر",
    "بث", "بثت", "يبث", "تبث", "تناقل", "تناقلت", "يتداول", "تداول",
) for form in _with_bare_alef(verb))
# Phrases whose last letter is the proclitic preposition of the next word: وفقا للسلطات.
CLITIC_PHRASES_AR = frozenset(p for p in CUE_PHRASES_AR if p.endswith(" ل"))

# News writes the complementizers' doubled ن with its shadda now and then, alone or with the fatha in either order
# (أنّه، أنَّ، إنّها): the words are looked up as written, so each spelling is listed.
_SHADDAS_AR = ("\u0651", "\u064e\u0651", "\u0651\u064e")


def with_shaddas(words: set[str]) -> frozenset[str]:
    """The complementizers `words` and their spellings with a shadda on their first ن (أنه → أنّه، أنَّه)."""
    return frozenset(words) | frozenset(w.replace("ن", "ن" + shadda, 1) for w in words if "ن" in w and "\u0651" not in w
                             for shadda in _SHADDAS_AR)


def without_hamzas(words: set[str]) -> set[str]:
    """The complementizers `words` and their spellings with a bare alif for أ and إ, as much news writes them (انهم،
    بانه), save بان, the name of Ban Ki-moon and a verb (appeared), and بالا, a noun (لم يعر الأمر بالا)."""
    return set(words) | {w.replace("أ", "ا", 1).replace("إ", "ا", 1) for w in words} - {"بان", "بالا"}


COMPLEMENTIZERS_AR = with_shaddas(without_hamzas({
    "أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "بأنها", "أنهم", "إنهم", "بأنهم", "ان", "انه", "انها",
    "أنّ", "إنّ", "أننا", "إننا", "أنني", "إنني", "إني", "أني", "بألا", "بأنّ",
    "أنهن", "إنهن", "بأنهن", "أنهما", "إنهما", "بأنهما",  # feminine plural and dual subjects
    "فإن", "فإنّ", "فان",  # after a source phrase or an adverbial: وبحسب الوزارة فإن …، كما يوضح الفيلم فإن …
}))

# Before a complementizer these open a clause of time or concession, not a report: نقلت الشرطة المصابين
# إلى المستشفى بعد أن وقع الانفجار. Alone they are prepositions (ومنذ أسابيع يقول الوزير), no subordinators. So do
# the exceptives of `however` (اقترح الوزراء تشكيل لجنة، إلا أن الرئيس رفض …، غير أنه لم …): the writer's clause;
# and so does `had once` (روايته التي سبق أن تم تدشينها): the past of a relative clause.
COMPLEMENTIZER_PREPOSITIONS_AR = frozenset(p + w for w in ("بعد", "قبل", "منذ", "رغم", "برغم", "بالرغم", "دون", "بدون",
                                                           "سبق")
                                           for p in ("",) + CONJUNCTION_PREFIXES) | {"إلا", "الا", "غير"}

# Conjunctions of time and condition open a subordinate clause whose comma ends a report inside it: لكن عندما
# اقترحت عليها أن تستعين به، ضحكت.
SUBORDINATORS_AR = frozenset(p + w for w in ("عندما", "حينما", "حين", "إذا", "لو", "كلما", "بينما")
                             for p in ("",) + CONJUNCTION_PREFIXES)

# The writer's own formulas before a complementizer, recalling a fact (يُذكر أن، وتجدر الإشارة إلى أن، والجدير بالذكر
# أن): no one is reported, and a source phrase after the clause (`، وفق بيانات …`) reports the clause alone
WRITER_FORMULAS_AR = frozenset(p + formula
                               for formula in without_hamzas({"يذكر", "يشار إلى", "تجدر الإشارة إلى", "الجدير بالذكر",
                                                              "من المعروف"})
                               for p in ("",) + CONJUNCTION_PREFIXES)

# Complementizers with the clause's subject as a suffix pronoun: after them one word is a whole clause
# (`قال إنه متفائل`, `أكدت أنها مستعدة`).
SUBJECT_COMPLEMENTIZERS_AR = with_shaddas(without_hamzas({
    "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم", "بأنهم", "انه", "انها", "أننا", "إننا",
    "أنني", "إنني", "إني", "أني", "أنهن", "إنهن", "بأنهن", "أنهما", "إنهما", "بأنهما",
}))

# Nominal content after a cue: أعلن عن مقتل ...، أعرب عن تقديره ...
# ... and a quotation after the proclitic بـ written apart: ووصف الوزير الاتفاق بـ«التاريخي»; so ب without its tatweel,
# apart or typed onto the quotation (وأشاد ب"رعاية …"، وطالب ب "…").
CONTENT_PREPOSITIONS_AR = frozenset({"عن", "بـ", "ب"})

# Cautioning verbs draw attention to what إلى opens (ونبّه المركز إلى استمرار هيجان البحر); a form has one own
# preposition, and news writes إلى after these far more often than من
_CAUTIONING_VERBS_AR = ("نبه", "نبهت", "ينبه", "نبهوا", "منبها", "منبهة", "منبهين")
# ... and prepositions that do so after one cue only, which elsewhere open an adjunct (`قال على هامش القمة`):
# وشدد الرئيس على ضرورة وقف إطلاق النار، ودعا إلى حوار شامل، وأشار إلى ارتفاع الأسعار، مشيرا إلى الحرب.
_CUE_PREPOSITIONS_AR = {
    "على": ("شدد", "شددت", "يشدد", "تشدد", "أكد", "أكدت", "يؤكد", "تؤكد",
            "مشددا", "مشددة", "مشددين", "مؤكدا", "مؤكدة", "مؤكدين") + _URGING_VERBS_AR + _STIPULATING_VERBS_AR
    + _PROTESTING_VERBS_AR + _PRAISING_ON_VERBS_AR,
    "إلى": ("دعا", "دعت", *_CALLING_IMPERFECTS_AR, "أشار", "أشارت", "يشير", "تشير", "لفت", "لفتت", "خلص", "خلصت",
            "خلصوا", "داعيا", "داعية", "داعين", "مشيرا", "مشيرة", "مشيرين", "لافتا", "لافتة", "لافتين", "يخلص",
            "يخلصون",
            "عزا", "يعزو", "تعزو", "عزوا", "عازيا", "عازية", "عازين",  # ascribing to a cause: وعزا الوزير ذلك إلى …
            "ذهب", "ذهبت", "يذهب", "تذهب", "ذهبوا", "يذهبون",  # holding a view: ويذهب الباحث إلى أن …
            "لمح", "لمحت", "يلمح", "تلمح")  # hinting: ولمّح الوزير إلى أن …
    + _TOUCHING_ON_VERBS_AR + _CAUTIONING_VERBS_AR,
    "من": ("حذر", "حذرت", "يحذر", "تحذر", "حذروا", "محذرا", "محذرة", "محذرين")  # warning of: حذرت روسيا من التصعيد
    + _COMPLAINING_VERBS_AR,
}
CUE_PREPOSITIONS_AR = tuple((prefix + form, preposition) for preposition, verbs in _CUE_PREPOSITIONS_AR.items()
                            for verb in verbs for form in _with_bare_alef(verb) for prefix in ("",) + CONJUNCTION_PREFIXES)
# Calling and urging verbs name whom they address before their preposition, after the adjuncts set off by commas:
# دعا رئيس الوزراء، أمس السبت، مواطنيه إلى عدم تصديق …، وحث الحكومات على "…". (After the verb, the subject search
# takes an addressee for the subject when the subject is dropped.)
# Calling verbs, which take whom they call and إلى, or the ل of purpose: دعا الوالي للاحتفال بطريقة سلمية
CALLING_CUES_AR = frozenset(prefix + verb for verb in ("دعا", "دعت", *_CALLING_IMPERFECTS_AR, "داعيا", "داعية", "داعين")
                            for prefix in ("",) + CONJUNCTION_PREFIXES)
ADDRESSEE_CUES_AR = frozenset(prefix + verb for verb in ("دعا", "دعت", "داعيا", "داعية", "داعين")
                              + _CALLING_IMPERFECTS_AR + _URGING_VERBS_AR
                              + _APPEALING_VERBS_AR + _ADVISING_VERBS_AR
                              # ... and demanding verbs: وطالب الوفد، الحكومة بعدم الاكتفاء …
                              + ("طالبت", "يطالب", "تطالب", "طالبوا", "مطالبا", "مطالبة", "مطالبين")
                              # ... and reassuring verbs: وطمأن الوزير المواطنين بأن الأسعار ستستقر
                              + ("طمأن", "طمأنت", "يطمئن", "تطمئن", "طمأنوا")
                              for prefix in ("",) + CONJUNCTION_PREFIXES) | {"وطالب", "فطالب"}
# ... and the words that open whom they address, not who calls, right after the verb: all (دعت الجميع إلى …، ودعت جميع
# وسائل الإعلام إلى …، ناشد كافة الأطراف), and users, as of social media (دعا رواد مواقع التواصل إلى …)
# Saying verbs proper, whose words news may give after the subject with no complementizer (وأضاف رزيق بعد المصادقة على
# المشروع سنكون الأول افريقيا، وقال البيان، وقعت اعتداءات …)
BARE_CLAUSE_CUES_AR = frozenset(p + v for v in ("قال", "قالت", "قالوا", "أضاف", "أضافت", "اضاف", "اضافت", "تابع",
                                                "تابعت", "أردف", "أردفت", "اردف", "اردفت")
                                for p in ("",) + CONJUNCTION_PREFIXES)
# ... and `every` and `any` (حثت الوزارة كل من تظهر عليه الأعراض على …، ونصح الطبيب أي شخص يرغب في … بمراجعة …)
ADDRESSEE_HEADS_AR = frozenset({"الجميع", "جميع", "كافة", "رواد", "كل", "أي"})
# ... and a noun with the article in the oblique of the sound masculine plural or the dual (وطالب المواطنين بالثبات،
# دعا الجانبين إلى): after the verb its subject would be nominative (المواطنون، الجانبان). Its stem has four letters or
# more, as the names that end so are shorter (الصين، البحرين، الحسين، اليمين).
ADDRESSEE_FORM_AR = "ال[^\\W\\d_]{4,}ين"

# Nouns of outlets and organisations that a quoted proper name follows: صحيفة "الشرق الأوسط"، موقع "أكسيوس"، حركة
# «حماس»، and after a preposition written onto them, ببرنامج "حديث القاهرة"، لشبكة «سكاي نيوز». The quotation is a
# name, inside a mention or not; a quotation after another subject word is speech: وقال الوزير "لن نتراجع".
_MEDIA_NOUNS_AR = ("صحيفة", "جريدة", "موقع", "قناة", "فضائية", "وكالة", "مجلة", "شبكة", "إذاعة", "تلفزيون", "صحيفتا",
                   "موقعا", "قناتا")
NAME_HEADS_AR = frozenset(p + w for w in _MEDIA_NOUNS_AR + (
    "مراسل", "مراسلة",  # a correspondent named by the outlet: مراسل “العربية/الحدث”
    "برنامج", "منصة", "حركة", "حزب", "جماعة", "تنظيم", "منظمة", "جمعية", "ائتلاف", "تحالف", "مجموعة", "شركة",
    "مؤسسة", "مركز", "معهد", "نقابة", "اتحاد", "هيئة", "لجنة", "جبهة", "رابطة", "تجمع",
    # ... and schools, hospitals, clubs and banks: جامعة "القاهرة"، مستشفى «الشفاء»، نادي "الزمالك"
    "جامعة", "كلية", "مدرسة", "أكاديمية", "مستشفى", "نادي", "فريق", "بنك", "مصرف",
    # ... and the blocs, lists and armed groups of politics: كتلة "دولة القانون"، تيار «المستقبل»، كتائب "حزب الله"،
    # تكتل «لبنان القوي»
    "كتلة", "تكتل", "تيار", "قائمة", "فصيل", "كتائب", "ميليشيا",
    # ... and the plurals naming a coalition of them: أحزاب "تحالف المعارضة الديمقراطية"، فصائل «المقاومة»
    "أحزاب", "حركات", "فصائل", "منظمات", "جمعيات", "نقابات",
    # ... and nouns of works and campaigns titled in quotes: صاحبة فيديو "خطوبة في المدرسة"، رواية «…»، حملة "…"
    "فيديو", "مقطع", "فيلم", "كتاب", "رواية", "مسلسل", "أغنية", "مسرحية", "قصيدة", "ديوان", "حملة", "مبادرة", "وسم",
    "هاشتاغ", "شعار",
) for p in ("", "و", "ب", "ل"))

# Relative pronouns open a clause about a noun (`غوميري الذي قاد اللجنة`); a clause that starts with one
# is no fronted subject (`والتي يعتقد أن …`).
RELATIVE_PRONOUNS_AR = frozenset({
    "الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللواتي", "اللاتي", "اللائي",
    "والذي", "والتي", "والذين",
})

# News outlets a source speaks to (قال لرويترز، قالت مصادر للجزيرة): written onto the preposition ل (ال turned to
# لل), they name the addressee, which ends the subject and opens an adjunct after the cue.
NEWS_OUTLETS_AR = (
    "رويترز", "فرانس", "الجزيرة", "العربية", "الأناضول", "سبوتنيك", "أسوشيتد", "أسوشييتد", "شينخوا", "بلومبرغ",
    "سكاي", "الحرة", "سي", "بي",
    "السومرية", "شفق",  # Iraqi outlets, often told a statement: قال … للسومرية نيوز، لشفق نيوز
    # ... and others by names that mean nothing else: صرح مصدر بوزارة الداخلية لهسبريس بأن …
    "هسبريس", "عكاظ", "الأهرام", "الميادين", "مصراوي", "عربي21", "إرم", "الشروق",
)
OUTLET_ADDRESSEES_AR = frozenset("لل" + name[2:] if name.startswith("ال") else "ل" + name for name in NEWS_OUTLETS_AR)

# `لوكالة` after a subject names the agency spoken to (قال الوزير لوكالة الأنباء الفرنسية، لوكالة رويترز) or the agency
# the subject's title heads (المدير العام لوكالة الطاقة الذرية رافائيل غروسي، المفوض العام لوكالة الأونروا): the word
# after it tells, a news agency's (`AGENCY_NEWS_WORDS_AR`) or not
AGENCY_GENITIVES_AR = frozenset({"لوكالة"})
AGENCY_NEWS_WORDS_AR = frozenset(NEWS_OUTLETS_AR) | frozenset({
    "الأنباء", "أنباء", "الانباء", "انباء", "الصحافة", "الإعلام",
    # agencies by their names: Russian, Iranian, Gulf, Levant and Maghreb wires
    "تاس", "نوفوستي", "ريا", "إنترفاكس", "انترفاكس", "تسنيم", "مهر", "إرنا", "ارنا", "فارس", "إيسنا", "كونا", "واس",
    "وام", "سانا", "بترا", "قنا", "وفا", "ومع", "بنا", "أكي", "آكي", "يونهاب", "كيودو",
})

# The first words of a news outlet's mention: a media noun, with or without the article, or an outlet's name. What an
# outlet reports another source said (وقالت الوكالة إن الملك أكد …) goes on with that source, as a relayed one does.
OUTLETS_AR = frozenset(p + w for w in _MEDIA_NOUNS_AR for p in ("", "ال")) | frozenset(NEWS_OUTLETS_AR)

# A speech noun with its owner's pronoun is the verb's object after the subject, never part of it: وختم الوزير كلمته
# قائلا، ونشر الرئيس تغريدته. Stems as written before the suffix (ة turns to ت).
SPEECH_OBJECTS_AR = frozenset(stem + suffix for stem in (
    "كلمت", "حديث", "تصريح", "تصريحات", "خطاب", "تغريدت", "تدوينت", "بيان", "رسالت", "مداخلت", "مقابلت",
) for suffix in ("ه", "ها", "هم")) | frozenset({
    "هتافات", "هتاف", "شعارات",  # the chants chanting verbs name: وردد المتظاهرون هتافات «…»
})
# ... and the words that introduce examples of them: وردد المحتجون هتافات [من قبيل] «…» و«…»، ورفعوا شعارات [منها] «…»
EXAMPLE_LINKS_AR = frozenset({"مثل", "من قبيل", "منها", "من بينها", "بينها", "من بينهم"})

# Closing and opening verbs (وختم الوزير حديثه بالتأكيد على أن …، ويختم الطبيب كلمته بالقول: «…»، واستهل كلمته
# بالإشارة إلى …): the speech act they close or open with,
# a verbal noun with ب and the article after their subject and its speech noun, is the cue, with the preposition it
# takes when one follows (بالدعوة إلى، بالتحذير من).
CLOSING_CUES_AR = frozenset(p + v for v in ("اختتم", "اختتمت", "ختم", "ختمت", "يختتم", "تختتم", "يختم", "تختم",
                                            "استهل", "استهلت", "يستهل", "تستهل")  # ... or open (واستهل كلمته بـ)
                            for p in ("",) + CONJUNCTION_PREFIXES)
CLOSING_ACTS_AR = tuple((form, preposition) for noun, preposition in (
    ("قول", ""), ("تأكيد", "على"), ("تشديد", "على"), ("دعوة", "إلى"), ("إشارة", "إلى"), ("تحذير", "من"),
    ("تعبير", "عن"), ("إعراب", "عن"), ("مطالبة", ""), ("إشادة", ""), ("تذكير", ""), ("تجديد", ""), ("تمني", ""),
) for form in ("بال" + spelling for spelling in _with_bare_alef(noun)))

# Documents that say things: right before a cue verb, one of these, indefinite, is the subject of the relative clause
# the verb opens (اختتمت القمة ببيان ختامي أكد على …), unless a pronoun after the verb points back to it as the place
# of the statement (في بيان أكد فيه …), when the speaker is someone else. Plurals too: news cites unnamed reports
# (رغم تقارير تحدثت عن …، وسط أنباء أفادت بـ …).
_STATEMENTS_AR = (
    "بيان", "تقرير", "رسالة", "وثيقة", "دراسة", "مذكرة", "تغريدة", "منشور", "إعلان", "قرار", "استطلاع",
    "تقارير", "أنباء", "رسائل", "وثائق", "دراسات", "تغريدات", "استطلاعات",
    "بيانات", "إحصاءات",  # (statements, and data: وحسب بيانات المرصد، بحسب إحصاءات الوزارة)
    "بلاغ", "بلاغات", "تدوينة", "تدوينات",  # (the Maghreb's communiqué and blog post: وجاء في بلاغ للرئاسة أن …)
)
STATEMENT_NOUNS_AR = frozenset(p + w for w in _STATEMENTS_AR for p in ("", "و", "ب", "ل"))
# ... and the texts a document phrase names, with or without the article, or by their wording: وجاء في نص البيان
DOCUMENT_NOUNS_AR = frozenset(p + w for w in _STATEMENTS_AR + ("نص", "خطاب", "كلمة", "مقال") for p in ("", "ال"))

# Verbal nouns (مصادر) that open a nominal content right after a cue's subject: أعلنت روسيا تعليق الاتفاقية،
# نفى المتحدث وجود خسائر، أكد الوزير حرص بلاده على …، أعلن خصمه انتصاره. They end the subject, save after a
# title or an organisation noun whose genitive they are (رئيس تحرير الصحيفة، هيئة تنظيم الاتصالات). Words that
# are also names (فتح) or heads of names (تنظيم) are left out. Forms with a possessive come from the table.
# ... among them the lifting of a session or a ban and the drawing up of a plan (أعلن الغانم رفع الجلسة، أكد الوزير وضع
# خطط), spelt as their verbs' perfects are (رفع البنك أسعار الفائدة), and rejecting, supporting and imposing
# (ورفض الوزير القرار وأكد …)
_VERB_SHAPED_NOUNS_AR = ("رفع", "وضع", "رفض", "دعم", "فرض")
_CONTENT_NOUNS_AR = (
    "ارتفاع", "انخفاض", "تراجع", "زيادة", "وجود", "عدم", "رفض", "دعم", "تأييد", "حرص", "التزام", "استعداد",
    "تمسك", "ضرورة", "أهمية", "عزم", "نية", "جاهزية", "مقتل", "إصابة", "وفاة", "اعتقال", "توقيف", "إطلاق", "بدء", "انطلاق",
    "عمق", "متانة",  # a relation's depth and strength, as diplomatic news states them: أكد الوالي عمق العلاقات
    "فرض",  # imposing, as sanctions: أعلنت الخزانة فرض عقوبات
    "صدور",  # the issuing of a law, a decision or a ruling: نفت الوزارة صدور قرار، وبشر بصدور قانون جديد
    "انتهاء", "إنهاء", "توقيع", "تسجيل", "استمرار", "تعليق", "إلغاء", "تأجيل", "إغلاق", "نجاح", "فشل", "إجراء",
    "تنفيذ", "اتخاذ", "إرسال", "سقوط", "تضامن", "ترحيب", "قلق", "إدانة", "موافقة", "حصول", "انسحاب", "تشكيل",
    "عودة", "استئناف", "إقالة", "استقالة", "فوز", "خسارة", "قبول", "تمديد", "تخفيض", "خفض", "منع", "حظر",
    "مواصلة", "تعيين", "إعادة", "مسؤولية", "اكتشاف", "ضبط", "تفكيك", "إحباط", "تدمير", "استهداف", "سيطرة",
    "تحرير", "وقف", "توقف", "ارتكاب", "مشاركة", "رغبة", "انتصار", "تقديم", "توفير", "تخصيص", "افتتاح", "إنشاء",
    "اعتراف", "وقوع", "حدوث", "اندلاع", "وصول", "قيام", "استقرار", "متابعة", "حاجة",
    # ... and the events, as حدوث and وقوع are, of appearing, entering, leaving, breaking out and being proven: نفى
    # المتحدث ظهور أي حالات، أعلنت الوزارة دخول القرار حيز التنفيذ، نفت النيابة ثبوت التهمة
    "ظهور", "دخول", "خروج", "نشوب", "ثبوت",
    # accidents and disasters an authority announces: أعلنت المفوضية، اليوم الخميس، تحطم سفينة كانت تقل …
    "تحطم", "غرق", "انفجار", "انهيار", "اختفاء",
    "نفاد",  # a stock running out: أعلنت الرابطة نفاد جميع تذاكر المباراة، نفت الوزارة نفاد الأدوية
    # ... and outbreaks: السودان يعلن انتشار وباء الكوليرا، أعلنت الوزارة تفشي المرض
    "انتشار", "تفشي",
    # ... and a death, an exposure, a state declared, an imminent event: أعلنت الجماعة مصرع امرأة، أعلنت الأرصاد تعرض
    # البلاد لمنخفض جوي، أعلنت الحكومة حالة الطوارئ، أعلنت الوزارة قرب وصول طائرتين
    "مصرع", "تعرض", "حالة", "قرب",
    "صعوبة", "مضي",  # a difficulty stated, a course pursued: أكد المدرب صعوبة المواجهة، أكد المدير مضي المؤسسة قدما
    "مد",  # an extension announced, as تمديد is: أعلنت الوزيرة مد فتح باب الحجز، أعلن البنك مد العمل بالمبادرة
    # payments an authority announces or denies: أعلنت الوزارة صرف الرواتب، تنفي صرف المخصصات
    "صرف",
    # closures and reinforcements an authority announces after a subject that ends in a name: أعلنت حكومة إقليم
    # كوردستان تعطيل الدوام الرسمي، أعلنت حكومة جزر القمر تعزيز الإجراءات الأمنية
    "تعطيل", "تعزيز",
    # ... and the bare verbal nouns of offering, raising, cutting, withdrawing and granting, which the patterns below
    # do not shape: أعلن الوزير طرح مزايدة، أعلنت الشركة رفع الأسعار، أعلنت الوزارة قطع التيار (not فتح, opening,
    # also the movement: وأعلنت فتح رفضها)
    "طرح", "رفع", "قطع", "سحب", "منح",
    "خوض",  # engaging in a strike or a race: أعلنت التنسيقية خوض إضراب وطني، أعلن الحزب خوض الانتخابات
    # ... and a performance criticised or praised, a delivery received: انتقد النائب أداء الوزارة، أعلنت الخطوط
    # الجوية تسلمها الطائرة الرابعة
    "أداء", "تسلم", "تسليم",
    *_VERB_SHAPED_NOUNS_AR,
    # ... and the acts of defence a military announcement reports: أعلن المتحدث العسكري تصدي الدفاعات لصواريخ …
    "تصدي", "اعتراض", "إسقاط",
    # feelings a subject expresses (أبدى المدرب تفاؤله، أعرب الوزير عن ارتياحه), not سعادة (also `His Excellency`)
    "تفاؤل", "تشاؤم", "ارتياح", "استياء", "أسف", "غضب", "انزعاج", "استنكار", "تذمر", "امتعاض", "فخر",
    "تخوف", "خشية", "اهتمام", "إعجاب",
    "استغراب", "ألم", "حزن", "صدمة", "دهشة", "ثقة",  # أبدى الوزير استغرابه من …، أبدى المدرب ألمه على الخسارة
    "عجز",  # inability, and a deficit, an authority announces: أعلن الدفاع المدني بحلب عجزه عن مواصلة عمله
    # ... and nouns of a stance or an account that such cues state: أكد الملك موقف بلاده، نفى المصدر صحة المقطع، and
    # the affirmation, call, demand or appeal a renewing verb repeats: وجدد الوزير، تأكيده توفر المواد الغذائية، وجدد
    # الوزير دعوته إلى …، كما جدد مطالبة الوزارة …، جددت الحكومة مناشدتها المجتمع الدولي …
    "موقف", "صحة", "تفاصيل", "تأكيد", "دعوة", "مطالبة", "مناشدة",
    # ... and `more of`, what a promise, a threat or a demand is for: وتوعد بمزيد من الهجمات، طالب بمزيد من الدعم
    "مزيد",
    # ... and the decision, step or attack a statement criticises, condemns or describes: انتقد الوزير القرار قائلا،
    # أدان الرئيس الهجوم، وصف النائب الخطوة بأنها …
    "قرار", "خطوة", "هجوم", "اعتداء", "تفجير", "حادث",
    "وضع",  # ... and the situation one sums up or describes: ولخص أحد السكان الوضع قائلا، وصف الوزير الوضع بأنه …
)
# ... and those that are also given names, which only their possessive makes a content (أبدى الوزير رضاه; not محمد
# رضا)
_OWNED_CONTENT_NOUNS_AR = ("رضا", "أمل", "سرور")  # (أبدى أمله في …، عبر عن سروره; not the names أمل، سرور)
# (as news writes them with a bare alif too: اطلاق، اعلان)
_CONTENT_NOUN_FORMS_AR = frozenset(form for noun in _CONTENT_NOUNS_AR for form in _with_bare_alef(noun)) | frozenset(
    form for noun in _CONTENT_NOUNS_AR + _OWNED_CONTENT_NOUNS_AR for stem in possessive_stems(noun)
    for suffix in _POSSESSIVES_AR for form in _with_bare_alef(stem + suffix))
# ... also with the preposition ب written onto them (كشف مصدر أمني، يوم الأحد، بسقوط طائرات مسيرة، أفادت الوزارة بوقوع
# إصابات), and the relative ما, the object of a denial or a confirmation (نفى المتحدث ما تم تداوله عن …)
CONTENT_NOUNS_AR = _CONTENT_NOUN_FORMS_AR | frozenset("ب" + form for form in _CONTENT_NOUN_FORMS_AR) | {"ما"}
# ... and with the article, right after a subject that ends in a definite word, which heads no genitive (أعلن الجيش
# السيطرة على …، وجدد المصدر التأكيد على …); after another word they are a name's (قوات الدعم السريع، لجنة المتابعة).
# With the article صحة is health (مركز طوارئ الصحة العامة), not truth.
DEFINITE_CONTENT_NOUNS_AR = frozenset("ال" + noun for noun in _CONTENT_NOUNS_AR + _OWNED_CONTENT_NOUNS_AR
                                      if noun != "صحة") | {
    "القبض",  # the arrest an authority announces (أعلنت الوزارة القبض على …); bare, قبض is a warrant's (مذكرات قبض)
    # verbal nouns of the pattern تفعّل, whose written shape (ت and three letters) bare words share (تونس): with the
    # article, what is announced (أعلنت الحكومة التوصل إلى اتفاق، أعلن الجيش التصدي لهجوم، أعلنت الشرطة التعرف على …)
    "التوصل", "التصدي", "التعرف",
}

# The derived verbal nouns by their pattern, without diacritics, with a possessive suffix or none: تفعيل (تكثيف),
# إفعال (إكمال، اكمال), افتعال (اعتماد، اضطراب، ازدياد), انفعال (انسحاب), استفعال (استئناف), تفاعل (تراجع), and those
# of hollow verbs: إفالة (إقامة، إعادة) and استفالة (استعادة). The forms
# of another shape (مفاعلة: محافظة is also a province) and the bare verbal nouns (بدء، عمق) are in the table above.
_POSSESSIVE_PATTERN_AR = "(?:" + "|".join(_POSSESSIVES_AR) + ")?"
VERBAL_NOUN_PATTERNS_AR = tuple(p + _POSSESSIVE_PATTERN_AR for p in (
    "ت[^ا]{2}ي[^ا]", "[إا][^ا]{2}ا[^ا]", "ا[^ا][تطد][^ا]ا[^ا]", "ان[^ا]{2}ا[^ا]", "است[^ا]{2}ا[^ا]", "ت[^ا]ا[^ا]{2}",
    "[إا][^ا]ا[^ا]ة", "است[^ا]ا[^ا]ة",
    "ت[^ا]{2}[يئ]ة",  # تفعلة, of verbs with a weak last root: تهيئة، تنمية، تسوية، تلبية
))

# ... after the cues that state a fact with such a noun: announcing, confirming, denying, expecting, reporting,
# revealing (كشفت الأم تفاصيل الحادثة), claiming (ادعت الطفلة قيام والدتها بضربها), renewing a stance (وجدد الملك
# موقف الأردن), ascribing to a cause (وأرجع المدير ارتفاع الأسعار إلى …), proposing (اقترح الوزراء تشكيل لجنة) and
# ruling out (استبعد الخبير حدوث نمو). Explaining verbs name a topic with one (شرح الفنان تسجيل الأغنية), not a statement.
CONTENT_NOUN_CUES_AR = frozenset(p + v for v in (
    "أعلن", "أعلنت", "يعلن", "تعلن", "اعلن", "اعلنت", "أعلنوا", "أكد", "أكدت", "يؤكد", "تؤكد", "اكد", "اكدت",
    "أكدوا", "مؤكدا", "مؤكدة", "مؤكدين", "نفى", "نفت", "ينفي", "تنفي", "نفوا", "توقع", "توقعت", "يتوقع", "تتوقع",
    "أفاد", "أفادت", "يفيد", "تفيد", "افاد", "افادت", "أفادوا", "ذكر", "ذكرت", "ذكروا",
    "كشف", "كشفت", "يكشف", "تكشف", "كشفوا", "ادعى", "ادعت", "يدعي", "تدعي", "جدد", "جددت", "يجدد", "تجدد", "جددوا",
    "أرجع", "أرجعت", "ارجع", "ارجعت", "أرجعوا", "اقترح", "اقترحت", "يقترح", "تقترح", "اقترحوا",
    "استبعد", "استبعدت", "يستبعد", "تستبعد", "استبعدوا",
    "رجح", "رجحت", "ترجح", "رجحوا",  # judging likely, as expecting: كما رجح إجراء المرحلة الثالثة في أكتوبر
    "أبرز", "أبرزت", "ابرز", "ابرزت", "يبرز", "تبرز",  # highlighting: وأبرزت أزولاي أهمية المنجز
    # petitioning a court and denying, as نفى does: والتمس الدفاع تأجيل الجلسة، أنكر المتهم التهم الموجهة إليه
    "التمس", "التمست", "يلتمس", "تلتمس", "التمسوا", "ملتمسا", "ملتمسة", "أنكر", "أنكرت", "ينكر", "تنكر", "أنكروا",
) + _CONDEMNING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES) | NOMINAL_CUES_AR

# The acts a condemnation names, with the article too: after a condemning verb's subject they open its content (دانت
# القمة الاعتداءات الإسرائيلية، أدان الرئيس الهجوم); elsewhere they may be a mention's genitive (قائد الهجوم). Acts of
# violence never speak: right after any cue verb they are its object (ووصف الهجوم الإسرائيلي بأنه …، اعتبر القصف …).
_VIOLENT_ACTS_AR = (
    "اعتداء", "اعتداءات", "هجوم", "هجمات", "تفجير", "تفجيرات", "قصف", "عدوان", "انتهاك", "انتهاكات", "جريمة",
    "جرائم", "اقتحام", "اغتيال", "إساءة",
    "استهداف",  # targeting: وأدانت الوزارة الاستهداف المدفعي
)
_CONDEMNED_ACTS_AR = _VIOLENT_ACTS_AR + (
    "تصريحات", "تصريح",
    "نشر", "ترويج",  # spreading news, pictures or rumours: استنكرت الوزارة نشر أخبار …، ندد بترويج الشائعات
)
CONDEMNED_ACTS_AR = frozenset(_CONDEMNED_ACTS_AR) | frozenset("ال" + act for act in _CONDEMNED_ACTS_AR)
ACT_NOUNS_AR = frozenset(_VIOLENT_ACTS_AR) | frozenset("ال" + act for act in _VIOLENT_ACTS_AR)
CONDEMNING_CUES_AR = frozenset(p + v for v in _CONDEMNING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES)

# Denying verbs deny the claim their object names (نفت الوزارة الأنباء المتداولة، تنفي تصريحات نسبت للوزير), or one
# a demonstrative points back to (نفت الوزارة تلك الأنباء)
# (denying with كذّب: the cue words ask for its shadda, which tells it from كذب, lying; tables list words without it)
DENIAL_CUES_AR = frozenset(p + v for v in ("نفى", "نفت", "ينفي", "تنفي", "نفوا",
                                          "فند", "فندت", "يفند", "تفند",  # refuting: وفند كل الاتهامات الموجهة له
                                          "كذب", "كذبت", "يكذب", "تكذب")  # denying: وكذّب الوزير الأنباء
                           for p in ("",) + CONJUNCTION_PREFIXES)
_DENIED_NOUNS_AR = (
    "خبر", "أخبار", "اخبار", "نبأ", "أنباء", "انباء", "تصريح", "تصريحات", "شائعة", "شائعات", "إشاعة", "إشاعات",
    "اشاعة", "اشاعات", "مزاعم", "ادعاء", "ادعاءات", "اتهام", "اتهامات", "تقرير", "تقارير", "رواية", "روايات",
    "معلومات", "صلة", "علاقة",
    "تهمة", "تهم", "وثيقة",  # charges and documents denied: ونفى ملاح التهم الموجهة إليه، نفى المجلس وثيقة منسوبة إليه
)
DEMONSTRATIVES_AR = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك"})
DENIED_NOUNS_AR = frozenset(_DENIED_NOUNS_AR) | frozenset("ال" + noun for noun in _DENIED_NOUNS_AR) \
    | DEMONSTRATIVES_AR \
    | frozenset(noun + "ا" for noun in ("خبر", "تصريح", "اتهام", "تقرير")) \
    | {"أي", "اي"}  # indefinite objects (نفت تصريحاً منسوباً), and `any` before one (نفت أي طابع سياسي للقضية)

# Nouns of a speech event, as written after a preposition (في بيان، خلال مداخلة، بالمؤتمر، لقاء), with the owner's
# pronoun too (خلال كلمته): an attribution's lead that names one spells out its setting at length. Not برنامج
# (also software, a plan), حلقة (a ring), منشور (a leaflet) or bare حديث (also `recent`).
_SPEECH_EVENTS_AR = (
    "مداخلة", "تصريح", "تصريحات", "بيان", "حوار", "مقابلة", "لقاء", "مؤتمر", "كلمة", "خطاب", "اتصال",
    "تغريدة", "تدوينة", "رسالة", "ندوة", "جلسة", "مقال", "اجتماع",
    "رد", "تعليق",  # a reply or a comment as the occasion: في أول رد فعل على …، في تعليق له على …
    # ... and the occasions news reports words at, set out as long: خلال زيارته التفقدية لمحافظة … برفقة …، على هامش
    # مشاركته في أعمال القمة المنعقدة في …، لدى استقباله وفدا من …، في ختام جولته في …
    "زيارة", "هامش", "مشاركة", "قمة", "افتتاح", "استقبال", "جولة", "ختام", "حفل", "احتفال", "ترؤس",
)
SPEECH_EVENT_NOUNS_AR = frozenset(
    prefix + noun for noun in _SPEECH_EVENTS_AR for prefix in ("", "ب", "ل", "ال", "بال", "لل")
) | frozenset(prefix + stem + suffix for noun in _SPEECH_EVENTS_AR for stem in possessive_stems(noun)
              for prefix in ("", "ب", "ل") for suffix in _POSSESSIVES_AR) \
    | frozenset(prefix + "حديث" + suffix for prefix in ("", "ب", "ل") for suffix in _POSSESSIVES_AR)  # لدى حديثه
# ... of which those with the preposition ب written onto them open an adjunct, never a subject (وأوضح بمداخلته
# الهاتفية أن); with ل they may be a mention's genitive (البيان الختامي للقمة العربية)
SPEECH_EVENT_ADJUNCTS_AR = frozenset(noun for noun in SPEECH_EVENT_NOUNS_AR if noun.startswith("ب")
                                     and noun[1:] in SPEECH_EVENT_NOUNS_AR)

# Compound given names, by their second word: the first word is often another word as well (فضل preferred, فخر
# pride, نصر victory, سداد repayment is not one: `سداد الدين` is the debt's repayment, so the pairs are listed).
COMPOUND_NAMES_AR = frozenset(f"{head} {tail}" for tail, heads in {
    "الله": ("فضل", "نصر", "جاب", "عطا", "حسب", "خير", "رزق", "فتح", "جار", "حرز", "ضيف", "عوض", "فرج", "سعد", "نعمة",
             "هبة", "حمد", "عبيد", "خلف", "جود"),
    "الدين": ("نور", "صلاح", "عز", "علاء", "شمس", "بدر", "خير", "سيف", "جمال", "كمال", "فخر", "بهاء", "تاج", "زين",
              "شرف", "محي", "محيي", "نجم", "حسام", "ضياء", "سعد", "عماد", "قطب", "تقي", "ناصر", "شهاب", "نصر", "عصام",
              "معز", "حسن", "برهان", "سراج", "ركن", "وحيد", "مجد"),
    "الإسلام": ("سيف", "نور", "فخر", "ضياء"),
}.items() for head in heads)

# A preposition with the pronoun of a speech event named before the verb, right after it: the verb opens a relative
# clause on that noun (`أصدر … بياناً مطولاً، أوضح فيه الأسباب`), whose content follows; never a clause it closes.
RESUMPTIVE_ADJUNCTS_AR = frozenset({"فيه", "فيها", "خلاله", "خلالها", "عبره", "عبرها"})

# Nouns whose genitive a verbal noun may be inside a subject (مجلس إدارة الشركة), besides titles and name heads.
CONSTRUCT_HEADS_AR = frozenset({
    "وزارة", "إدارة", "مجلس", "مكتب", "دائرة", "سلطة", "جهاز", "مديرية", "وحدة", "قسم", "مصلحة", "صندوق", "بنك",
    "مصرف", "خلية", "غرفة", "قيادة", "قوات", "فريق", "مرصد", "عضو", "أمين", "منسق", "مسؤول", "خبير", "خبراء",
    "بلدية", "محكمة", "سفارة", "رئاسة", "نيابة", "شرطة",
    "شؤون",  # affairs, in the names of ministries and offices: وزارة الخارجية وشؤون المغتربين، مكتب شؤون اللاجئين
    "عام",  # a compound title's adjective: the genitive is the title's (مدير عام صحة المحافظة، أمين عام اتحاد الكتاب)
})

# Indefinite nouns that name a source news does not name (مصادر محلية أخرى، أفادت بأن …), besides titles.
SOURCE_NOUNS_AR = frozenset({
    "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "سكان", "ناشطون", "مراقبون", "محللون", "دبلوماسيون",
    "خبراء",
    # ... people by their work or place, quoted as a group: وقال نواب في البرلمان، تجار في السوق، أطباء في المستشفى
    "نواب", "أطباء", "تجار", "مزارعون", "موظفون", "عمال", "طلاب", "أهالي",
    # ... and the bodies news leaves unnamed: في وقت حذرت فيه منظمات دولية من أن …
    "منظمات", "هيئات", "جمعيات", "نقابات", "أحزاب", "فصائل", "جهات", "أوساط",
})

# The attention a verb draws (لفت النظر إلى أن …، ولفت الانتباه إلى): its object, never its subject.
ATTENTION_OBJECTS_AR = frozenset({"النظر", "الانتباه", "انتباه", "الأنظار"})

# `also` as news writes it: with or without the hamza, with the tanween before or after the alif, or none.
ALSO_AR = frozenset(a + "يض" + ending for a in ("أ", "ا") for ending in ("ا", "ًا", "اً"))

# Prepositions with a pronoun suffix (خلاله، عليها، لديهم، إليه، منها، لنا): never part of a mention, after a VSO
# verb they open an adjunct (`زعم خلالها أن`). Each preposition as written before a suffix (على → علي), the misspelt
# الى with it; no first- or second-person suffixes, which would make names (علي، لي).
_PRONOUN_PREPOSITIONS_AR = (
    "في", "علي", "إلي", "الي", "عن", "من", "مع", "لدي", "خلال", "أمام", "عبر", "حول", "ضد", "بين", "عند", "بعد",
    "قبل", "دون", "تجاه", "بشأن", "إزاء", "ل", "ب",
)
PREPOSITIONS_WITH_PRONOUNS_AR = frozenset(
    p + suffix for p in _PRONOUN_PREPOSITIONS_AR for suffix in ("ه", "ها", "هم", "هما", "هن", "نا")
) | {"منا", "عنا"} \
    | {"معي", "مني", "عني", "لدي", "أمامي"}  # من and عن take نا on their own ن; `me`, not لي (Lee) or علي (Ali)

# The verbal noun of `say` with its owner's pronoun, alone or after ب, names the manner of a report (`وعلق بقوله:`,
# `نقلت عنه قوله`): the verb's complement, never its subject.
SAYING_NOUNS_AR = frozenset(p + "قول" + suffix for p in ("", "ب") for suffix in ("ه", "ها", "هم")) | {"بالقول"}

# Reflexives (ونأى الخرافي بنفسه عن …، قال الرئيس نفسه): they end a mention, which they follow.
REFLEXIVES_AR = frozenset(p + "نفس" + suffix for p in ("", "ب") for suffix in ("ه", "ها", "هم", "هما"))

# Adverbs of manner written with ب (تدين الكويت بشدة الاعتداءات، أكد بوضوح، ارتفعت بشكل كبير): never in a mention.
MANNER_ADVERBS_AR = frozenset({"بشدة", "بقوة", "بحزم", "بوضوح", "بصراحة", "بشكل", "بصورة",
                               "بالإجماع", "بالاجماع", "بالأغلبية", "بالاغلبية", "بالأكثرية",  # ... and of a vote
                               "بالمناسبة",  # ... and `on the occasion` (ولفت بالمناسبة إلى …)
                               "بصوت", "بنبرة", "بلهجة",  # ... and `in a … voice, tone` (وقالت بصوت عال: «…»)
                               # ... and the speaker's mood or manner (ويضيف بمرارة: «…»، قال بثقة، علق باقتضاب)
                               "بمرارة", "بحسرة", "بأسى", "بغضب", "بهدوء", "بثقة", "بحماس", "بفخر", "بسخرية",
                               "باقتضاب", "بإيجاز", "بانفعال", "بتأثر", "بحزن", "بابتسامة", "بأسف", "بحذر",
                               "بتفاؤل", "باستياء", "بامتعاض", "بحرقة", "بألم", "بدهشة", "باستغراب", "بتهكم", "بحدة",
                               "بعصبية", "بجدية", "بتواضع", "بصدق", "بأمل", "بمرح", "بتحد"})
# Adverbs in the accusative as news writes them, without the tanween that marks the case (`يكشف رسميا عن`, `أكد مجددا`):
# no subject's words
BARE_ACCUSATIVE_ADVERBS_AR = frozenset({
    "رسميا", "حاليا", "شخصيا", "مبدئيا", "فعليا", "نهائيا", "جزئيا", "كليا", "علنا", "مؤخرا", "لاحقا", "سابقا",
    "مجددا", "مجددًا", "حديثا", "تقريبا", "فورا",
    # ... and the speaker's manner as a circumstantial participle (ويضيف ساخرا: «…»، قال مبتسما)
    "ساخرا", "مازحا", "ضاحكا", "مبتسما", "غاضبا", "متهكما", "باكيا", "متأثرا", "متحسرا",
})
# Adverbs of the time just told, by a pronoun or a demonstrative (وزعمت حينها أن …، وقال يومها): no subject's words
THEN_ADVERBS_AR = frozenset({
    "حينها", "حينه", "وقتها", "وقته", "يومها", "يومه", "ساعتها", "عندها", "عندئذ", "حينئذ", "وقتئذ", "يومئذ",
    "آنذاك", "انذاك", "حينذاك", "وقتذاك",
})

# Prepositions news writes without the hamza or with ي for ى (الي for إلى); only spellings that are no name (not
# علي, the name Ali).
# فى: في with a dotless ى, as Egypt writes it; امام: أمام without its hamza
MISSPELT_PREPOSITIONS_AR = frozenset({"الي", "إلي", "حتي", "فى", "امام"})
# ... and how the prepositions of the cue tables are so written (أشار الى أن، مشيرا الي احتمال، لافتاً إلي أن …).
PREPOSITION_SPELLINGS_AR = (("الى", "إلى"), ("الي", "إلى"), ("إلي", "إلى"))

# The speaker's own voice: first-person pronouns and the verbs that open unmarked speech (وتابع أتمنى أن نفوز، وأضاف
# نحن نعمل …). Right after a cue they are its content, never its subject: the subject is dropped and carries over.
FIRST_PERSON_AR = frozenset({
    "أنا", "نحن",
    "أتمنى", "نتمنى", "أعتقد", "نعتقد", "أظن", "أرى", "نرى", "أتوقع", "نتوقع", "أريد", "نريد", "أود", "نود",
    "أرجو", "نرجو", "آمل", "نأمل", "أشعر", "نشعر", "أعرف", "نعرف", "أؤكد", "نؤكد", "أقول", "نقول",
})

# Words of a time adverbial between a VSO verb's subject and its object: أعلنت الوزارة اليوم الأحد مقتل …، أمس
# (الأسبوع and الشهر open one: وقالت الوزارة الأسبوع الماضي إن …; not العام, also the general of الأمين العام)
TIME_WORDS_AR = frozenset({
    "اليوم", "أمس", "امس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "الماضي", "الماضية", "الأسبوع", "الاسبوع", "الشهر", "الليلة", "غدا", "غداً", "الآن", "الان",
})
# Parts of the day that head a time adverbial before a time word (صباح اليوم، مساء الأحد), and `first` of the day
# before yesterday (أول أمس); after an honorific and before no time word, a name (الشيخ صباح خالد الحمد الصباح).
DAY_PARTS_AR = frozenset({"صباح", "مساء", "ليل", "أول"})

# Honorifics with the pronoun of whom they address (وقال سعادته، وأكد معاليه، وأشار سموه): they point back to the
# dignitary named before, as a pronoun does: right after a cue they are the mention of the speaker the text writes,
# whose name the speakers table gives (a pronoun joins the speaker before it); after a subject they end it, as the
# owned noun they also are (أبدى المدرب سعادته: his happiness).
HONORIFIC_PRONOUNS_AR = frozenset(stem + suffix for stem in ("سعادت", "معالي", "سمو", "فخامت", "سيادت", "جلالت")
                                  for suffix in ("ه", "ها"))

# The imperfect and future of `to be`: verbs, so no part of a subject before them (وقال الوزير سيكون لنا موقف آخر).
# Not the passive's تم, which after an indefinite noun opens its description (أكد مسؤول تم إطلاعه على …).
BEING_VERBS_AR = frozenset(f + stem for stem in ("يكون", "تكون", "نكون", "أكون") for f in ("", "س"))

# The saying of a relayed source, the noun with the source's pronoun: ونقلت الوكالة عن المصدر قوله إن …، ونقلت
# الصحيفة عن مصدر في الشركة، تأكيده أن …. The source said the words, so it is the speaker and the noun the cue.
_OWNERS_AR = ("ه", "ها", "هم", "هما")  # his, her, their, their two (قولهما)
RELAYED_SAYINGS_AR = frozenset(p + "قول" + suffix for p in ("", "ب") for suffix in _OWNERS_AR) | frozenset(
    stem + suffix for noun in ("تأكيد", "تشديد", "تحذير", "توضيح", "إشارة", "تصريح", "تصريحات")
    for stem in possessive_stems(noun) for suffix in _OWNERS_AR)

# A verbal noun with ب and the article says how the speaker spoke, never who (واختتم بالتأكيد على أن …، وختم الوزير
# بالإشارة إلى …): it ends a subject, or stands where a dropped one would.
MANNER_NOUNS_AR = frozenset("بال" + form for noun in _CONTENT_NOUNS_AR + ("إشادة", "إشارة", "قول")
                            for form in _with_bare_alef(noun))

# Nouns with a preposition written onto them that stand as prepositions, opening an adjunct: on the occasion of, under
# the patronage of (بمناسبة اليوم العالمي للمسن، أصدرت الأميرة …; وقال الوزير برعاية …)
OCCASION_PREPOSITIONS_AR = frozenset({"بمناسبة", "وبمناسبة", "لمناسبة", "برعاية", "وبرعاية"})

# Place adverbs (ظروف المكان): after a VSO verb they end its subject, after a cue they open an adjunct before what it
# reports (وصرخ الأب داخل المستشفى «…»).
PLACE_ADVERBS_AR = frozenset({
    "داخل", "خارج", "قرب", "بالقرب", "تحت", "فوق", "وراء", "بجوار", "بجانب", "صوب", "باتجاه",  # (not خلف: also a name)
})

# Verbs of a clause about an unnamed source right after its mention, which ends there (not a verbal noun in its
# genitive, as after `مؤسسة نقل`): its wish not to be named (`مصدر طلب عدم الكشف عن هويته`) or whom it spoke to
# (`وقال مسؤول تحدث للجزيرة نت إن …`).
SOURCE_CLAUSE_VERBS_AR = frozenset({"طلب", "فضل", "فضّل", "رفض", "تحدث", "تحدثت", "تحدثوا"})

# Words that end a speaker mention after a VSO verb: prepositions, time and place adverbs, and the words of the
# tables joined below (a relative pronoun, as in `وقال غوميري الذي قاد …`, opens a clause about the subject).
SUBJECT_STOPS_AR = frozenset({
    "في", "على", "إلى", "الى", "عن", "من", "مع", "خلال", "لدى", "أمام", "عبر", "بعد", "قبل",
    "اليوم", "أمس", "امس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "الأسبوع", "الاسبوع", "الشهر",
    "صباح", "مساء", "ليل", "حيث", "إذ", "كما", "لكن", "ولكن", "بل", "ذلك", "هذا", "بشدة",
    "هناك", "هنالك",  # `there is`, which opens a clause (إن هناك تدخلا عربيا، أبدى …), never a mention
    "وفي", "وعلى", "لـ", "ل", "فيما", "بينما", "عندما", "حين", "إنه",
    # ... and prepositions with the conjunction, which open a topic before a verb, never its subject: وعن المباراة
    # قال: «…»، وحول ذلك أوضح
    # (not وعبر, also `and expressed`, nor والى, also the governor's والي misspelt)
    "وعن", "وحول", "وبشأن", "ومن", "وإلى", "ومع", "وخلال", "وأمام", "ولدى", "وبعد", "وقبل", "وعند",
    "ان", "لوكالة", "لصحيفة", "لقناة", "لموقع", "للصحفيين", "للصحافيين", "يوم",
    "لبرنامج", "لشبكة", "لإذاعة", "لمحطة", "لمجلة", "لتلفزيون", "للتلفزيون", "للإذاعة", "لوكالات",
    "ذات", "بدوره", "بدورها", "كذلك", "بأن", "مرة",
    "هذه", "بما",
    "عقب", "إثر", "اثر", "أثناء", "اثناء", "حول", "بحضور", "وسط", "عند", "ضمن", "بشأن", "تجاه", "إزاء", "طوال", "فور",
    "بموجب",  # pursuant to: وقال المسؤول في حكومة دمشق بموجب ما تداولته سانا
    *OCCASION_PREPOSITIONS_AR,
    *SOURCE_CLAUSE_VERBS_AR,
    "باسمه", "باسمها", "باسمهم",  # `أعرب عادل باسمه ونيابة عن …`: on his own behalf (المتحدث باسمها keeps its head)
    "أي", "اي",  # `any` opens what a denial rules out (ونفى المتحدث أي علاقة بالهجوم), never the subject after it
}) | ALSO_AR | COMPLEMENTIZERS_AR | RELATIVE_PRONOUNS_AR | OUTLET_ADDRESSEES_AR | SPEECH_OBJECTS_AR \
    | PRAISED_SUBJECT_ENDS_AR | PREPOSITIONS_WITH_PRONOUNS_AR | MISSPELT_PREPOSITIONS_AR | SAYING_NOUNS_AR \
    | PLACE_ADVERBS_AR \
    | MANNER_ADVERBS_AR \
    | BARE_ACCUSATIVE_ADVERBS_AR | THEN_ADVERBS_AR | SPEECH_EVENT_ADJUNCTS_AR | REFLEXIVES_AR \
    | FIRST_PERSON_AR | HONORIFIC_PRONOUNS_AR | ATTENTION_OBJECTS_AR | MANNER_NOUNS_AR | BEING_VERBS_AR

# After a cue these open an adjunct, not the reported clause: قال في تصريح …
CLAUSE_STOPS_AR = frozenset({
    "في", "على", "إلى", "الى", "من", "مع", "خلال", "لدى", "أمام", "عبر", "بعد", "قبل", "اليوم", "أمس", "امس",
    "صباح", "مساء", "ليل", "وفي", "لوكالة", "لصحيفة", "لقناة", "لموقع", "للصحفيين", "للصحافيين",
    "يوم", "لبرنامج", "لشبكة", "لإذاعة", "لمحطة", "لمجلة", "لتلفزيون", "للتلفزيون", "للإذاعة", "لوكالات",
    "عقب", "إثر", "اثر", "أثناء", "اثناء", "حول", "بحضور", "وسط", "عند", "ضمن", "بشأن", "تجاه", "إزاء", "طوال", "فور",
}) | OUTLET_ADDRESSEES_AR | PREPOSITIONS_WITH_PRONOUNS_AR | MISSPELT_PREPOSITIONS_AR | OCCASION_PREPOSITIONS_AR \
    | PLACE_ADVERBS_AR

# Auxiliaries that put the subject before the verb: وكان زيلينسكي أعلن.
AUXILIARIES_AR = frozenset({"كان", "وكان", "كانت", "وكانت", "قد", "وقد"})

# Conjunctions after which a clause names its subject before the verb, as after a complementizer: لكن محمد علي قال،
# بينما الوزير يؤكد; so do `in his turn` and `on his part` without their comma: بدوره حارس المرمى محمد نشنوش أكد،
# من جهته عبر الأستاذ جمال فايز عن … (the nouns of من جهته، من جانبه، من ناحيته, which stand in nothing else here).
SUBJECT_OPENERS_AR = frozenset({"لكن", "ولكن", "لكنّ", "ولكنّ", "بينما", "فيما",
                                "بدوره", "بدورها", "وبدوره", "وبدورها"}) | frozenset(
    noun + pronoun for noun in ("جهت", "جانب", "ناحيت") for pronoun in ("ه", "ها", "هم")) | frozenset(
    # `but` in two words, the subject's pronoun written onto the second or its noun after it: إلا أنه حذر، غير أن الوزير
    except_ + " " + that for except_ in ("إلا", "الا", "غير") for that in ("أن", "ان"))

# Numbers from 11 to 99 count a noun in the accusative (عشرون مسؤولاً، أحد عشر نائباً), as digits do (20 نائباً): there
# the accusative is the subject's own noun. Tens with their case endings, and عشر/عشرة of the teens.
COUNTING_NUMBERS_AR = frozenset(
    tens + ending for tens in ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع") for ending in ("ون", "ين")
) | {"عشر", "عشرة"}

# Negations of the past and the future: a cue after one reports nothing (ولم يوضح ترامب الأسباب التي دفعته …، لن
# يعلن الحزب موقفه); لا and ما are left out, as a negated belief is still one (لا يرى الوزير أن …).
NEGATIONS_AR = frozenset(p + w for w in ("لم", "لن") for p in ("",) + CONJUNCTION_PREFIXES)
NEGATING_PHRASES_AR = ("دون أن", "بدون أن")  # (and من دون أن): without saying

# Particles before a clause's opening verb: وقد علق الوزير قائلا، ثم رد قائلا.
VERB_PARTICLES_AR = frozenset({"قد", "وقد", "فقد", "لقد", "ثم", "كما", "وكما"})

PRONOUNS_AR = frozenset({"هو", "هي", "هم", "هن"}) | HONORIFIC_PRONOUNS_AR

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
# A source's request not to be named, set off after its mention (وقال مسؤول في الوزارة، طلب عدم الكشف عن هويته، إن
# …): the verbs that ask or prefer it, what is not to be done, and whose name or identity; or its refusal to give them
# (مصدر أمني، رفض الكشف عن هويته، …), the act refused with no عدم
_ANONYMITY_VERBS_AR = ("طلب", "طلبت", "طلبوا", "فضل", "فضّل", "فضلت", "فضّلت", "فضلوا", "اشترط", "اشترطت")
_REFUSING_VERBS_AR = ("رفض", "رفضت", "رفضوا", "رفضا")
_WITHHOLDING_AR = ("الكشف عن", "كشف", "ذكر", "نشر", "الإفصاح عن", "الإشارة إلى", "الافصاح عن", "الاشارة إلى")
_IDENTITIES_AR = tuple(noun + owner for noun in ("اسم", "هويت") for owner in ("ه", "ها", "هم", "هما")) + (
    "أسمائهم", "هوياتهم")
ANONYMITY_REQUEST_AR = (
    "(?<![\\w])(?P<verb>{}|(?P<refusing>{}))\\s+(?P<asked>(?(refusing)|عدم\\s+)(?:{})\\s+(?:{}))(?![\\w])".format(
        "|".join(_ANONYMITY_VERBS_AR), "|".join(_REFUSING_VERBS_AR),
        "|".join(w.replace(" ", "\\s+") for w in _WITHHOLDING_AR), "|".join(_IDENTITIES_AR)))

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

TITLES_AR = frozenset({
    "الرئيس", "رئيس", "المتحدث", "المتحدثة", "باسم", "الناطق", "الناطقة", "وزير", "وزيرة", "الوزير",
    "السفير", "الأمين", "الأمينة", "العام", "الشيخ", "الدكتور", "د.", "المستشار", "رئيسة", "الملك", "الأمير",
    "النائب", "السيناتور", "اللواء", "العميد", "الفريق", "المدير", "مدير", "الروسي", "الأميركي", "الأمريكي",
    "الأوكراني", "الفرنسي", "الخارجية", "الدفاع", "الوزراء", "حكومة", "الحكومة", "السيد", "السيدة",
    "المدرب", "مدرب", "الخبير", "خبير",
    # players by their position, as sports news names them: مهاجم فريق الشباب نايف هزازي، حارس المنتخب
    "لاعب", "اللاعب", "لاعبة", "اللاعبة", "مهاجم", "المهاجم", "حارس", "الحارس", "مدافع", "المدافع",
    "المحلل", "المسؤول", "القائد", "المحامي", "القاضي", "الباحث",
    "شاهد", "شهود",  # شاهد العيان، شهود عيان
    # offices of local government, envoys and ranks that news names people by
    "المحافظ", "محافظ", "الحاكم", "حاكم", "الوالي", "والي", "العمدة", "المندوب", "مندوب", "المبعوث", "مبعوث",
    "القنصل", "المفوض",
    "العقيد", "المقدم", "الرائد", "النقيب", "المفتي", "الوزيرة", "المديرة", "النائبة", "السفيرة",
    "زعيم", "الزعيم", "زعيمة", "قائد", "قاضي",  # leaders and judges: زعيم حزب العمال، قائد الجيش، قاضي المحكمة
    # deputies, members, advisers and the professions news names people by: وكيل المحافظة، عضو مجلس النواب، القيادي
    # في الحزب، الكاتب محمد حسن الكواري، الكابتن فاروق جبرة
    "وكيل", "الوكيل", "وكلاء", "نائب", "عضو", "العضو", "مستشار", "مساعد", "المساعد", "القيادي", "المهندس",
    "الأستاذ", "الأستاذة", "أستاذ", "أستاذة", "الدكتورة", "الكابتن", "الكاتب", "الكاتبة", "الصحفي", "الصحافي",
    "الإعلامي", "الناشط",
    "الناشطة", "ناشط", "المحامية", "الباحثة", "الخبيرة", "المبعوثة",
    "محامي", "محامية",  # a client's lawyer: فريد الديب، محامي مبارك، قال
    # an owner and a secretary of state (Morocco's كاتب الدولة), heading what they own or hold: صاحب مكتبة النهضة
    "صاحب", "صاحبة", "كاتب", "كاتبة",
    "ممثل", "ممثلة", "الممثل",  # whom a representative speaks for: ممثل موزعي المحروقات في لبنان فادي أبو شقرا
    "القائم",  # chargé d'affaires: القائم بأعمال سفارة السعودية في تركيا محمد بن يوسف الحربي
    # a spokesman without the article and an assistant: متحدث باسم الجيش، ناطق باسم الحكومة، معاون وزير الشؤون
    "متحدث", "متحدثة", "ناطق", "ناطقة", "معاون", "معاونة", "المعاون",
    # feminine titles heading a genitive (مديرة قسم الشرق الأوسط في المنظمة); not مساعدة (aid), محافظة (a province)
    "مديرة", "مدربة", "مستشارة", "نائبة", "سفيرة", "مندوبة", "مبعوثة", "قاضية", "عضوة", "وكيلة", "خبيرة",
    # coordinators, as the UN's offices name them: المنسقة المقيمة للشؤون الإنسانية في السودان، منسق الإغاثة
    "المنسق", "المنسقة", "منسق", "منسقة",
    # the trades and stations reports name the people they quote by (فطالبة الطب ريم عبد الواسع تقول، سائق الحافلة
    # عادل سيف، الصيدلي أحمد): not طالب (also `demanded`), مزارع (also `farms`), معلم (also `landmark`)
    "الطالب", "الطالبة", "طالبة", "المواطن", "المواطنة", "مواطن", "مواطنة", "السائق", "سائق", "الموظف", "الموظفة",
    "موظف", "موظفة", "المزارع", "التاجر", "تاجر", "الصيدلي", "صيدلي", "الصيدلانية", "صيدلانية", "المعلم", "المعلمة",
    "معلمة", "الطبيب", "الطبيبة", "طبيب", "طبيبة", "الممرض", "الممرضة", "ممرض", "ممرضة",
})
# ... as the Egyptian press spells them, with a final ى for ي: المحامى، القاضى
TITLES_AR = TITLES_AR | frozenset(title[:-1] + "ى" for title in TITLES_AR if title.endswith("ي"))

# Offices that news names in more than one way, each with the form the speakers table compares them by: the prime
# minister is رئيس الوزراء, رئيس مجلس الوزراء, رئيس الحكومة or رئيس وزراء البلد; a spokesman المتحدث or الناطق; the
# foreign minister وزير الخارجية or وزير الشؤون الخارجية.
TITLE_SYNONYMS_AR = {
    "رئيس مجلس الوزراء": "رئيس الوزراء", "رئيسة مجلس الوزراء": "رئيسة الوزراء",
    "رئيس الحكومة": "رئيس الوزراء", "رئيسة الحكومة": "رئيسة الوزراء",
    "رئيس وزراء": "رئيس الوزراء", "رئيسة وزراء": "رئيسة الوزراء",
    "الناطق": "المتحدث", "الناطقة": "المتحدثة", "ناطق": "متحدث", "ناطقة": "متحدثة",
    "وزير الشؤون الخارجية": "وزير الخارجية", "وزيرة الشؤون الخارجية": "وزيرة الخارجية",
}

# Titles that stand right before a name, as ranks and forms of address do (وقال الخبير الاقتصادي، الدكتور قاسم
# الحموري، إن …), unlike a role set off after one (قال الشهري، مدرب الفريق، …). د is د. as a word.
HONORIFICS_AR = frozenset({
    "الدكتور", "الدكتورة", "د", "الشيخ", "السيد", "السيدة", "المهندس", "الأستاذ", "الأستاذة", "الاستاذ", "الاستاذة",
    "الحاج",
    "سعادة", "معالي", "فخامة", "سمو",  # forms of address: سعادة السفير، معالي الوزير، فخامة الرئيس
    "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق",
})

# Countries, regions and cities written without the article (a definite place, العراق, is known by its article), as
# a title's complement names them before the holder's name: مدير الآثار في حلب أكرم قره كله، الناطق في قطاع غزة …
_PLACES_AR = (
    "مصر", "لبنان", "سوريا", "سورية", "ليبيا", "تونس", "فلسطين", "قطر", "عمان", "إيران", "تركيا", "روسيا", "أمريكا",
    "أميركا", "فرنسا", "ألمانيا", "بريطانيا", "إسرائيل", "إيطاليا", "إسبانيا", "باكستان", "أفغانستان", "إثيوبيا",
    "إريتريا", "جيبوتي", "كينيا", "نيجيريا", "موريتانيا", "أوكرانيا", "أوروبا", "إفريقيا", "أفريقيا", "آسيا",
    "غزة", "حلب", "دمشق", "بيروت", "بغداد", "أربيل", "كركوك", "حمص", "حماة", "إدلب", "درعا", "طرابلس", "بنغازي",
    "مصراتة", "صنعاء", "عدن", "تعز", "مأرب", "نواكشوط", "وهران", "قسنطينة", "مراكش", "فاس", "طنجة", "أكادير", "جدة",
    "مكة", "دبي", "أبوظبي", "ظبي", "مسقط", "إربد", "نابلس", "جنين", "طهران", "أنقرة", "إسطنبول", "موسكو", "واشنطن",
    "لندن", "باريس", "برلين", "جنيف", "نيويورك", "بكين", "أسوان", "أسيوط", "طنطا", "سوهاج", "دمياط", "بورسعيد",
    "حضرموت", "كردستان", "دارفور", "كردفان", "سيناء",
    # provinces and cities the Arab press names its officials by
    "ديالى", "نينوى", "واسط", "ميسان", "بابل", "كربلاء", "دهوك", "حلبجة", "صيدا", "صور", "زحلة", "جبيل", "بعلبك",
    "عكار", "معان", "مادبا", "جرش", "عجلون", "طولكرم", "قلقيلية", "أريحا", "رفح", "خانيونس", "سرت", "درنة", "سبها",
    "صفاقس", "سوسة", "قابس", "بنزرت", "نابل", "عنابة", "تلمسان", "سطيف", "باتنة", "مكناس", "وجدة", "تطوان", "إب",
    "ذمار", "صعدة", "لحج", "أبين", "شبوة", "تبوك", "حائل", "أبها", "جازان", "نجران", "بورتسودان", "كسلا", "سنار",
    "نيالا",
    "قار",  # the last word of ذي قار, the Iraqi province
    # ... and the countries whose names take the article, which a title names before a colon as its dateline or
    # topic (`الكويت: بدأ 43 ألف طالب امتحاناتهم`), not as its source
    "العراق", "الأردن", "الكويت", "السودان", "المغرب", "الجزائر", "اليمن", "البحرين", "السعودية", "الإمارات",
    "الصومال", "السنغال", "الهند", "الصين", "اليابان",
    # ... and the cities whose names take it, as datelines give them (`الرياض: فهد الشمري`)
    "الرياض", "القاهرة", "الدوحة", "المنامة", "الخرطوم", "الرباط", "القدس", "الإسكندرية", "البصرة", "الموصل", "النجف",
    "الشارقة", "اللاذقية", "الحديدة", "الأقصر", "العقبة", "الخليل", "الرقة", "السليمانية", "الأنبار", "الفلوجة",
    "الزرقاء", "الكرك", "المكلا", "الحسكة",
)
PLACE_NAMES_AR = frozenset(form for place in _PLACES_AR for form in _with_bare_alef(place))

# Set adverbial phrases that may stand between a cue and its content: مبينا في الوقت نفسه موقف …، يعلن رسميا انتشار …
CUE_ADJUNCTS_AR = frozenset({
    "في الوقت نفسه", "في الوقت ذاته", "في ذات الوقت", "في نفس الوقت", "من جهة أخرى", "من ناحية أخرى",
    "في هذا السياق", "في هذا الصدد", "في المقابل", "كذلك", "مجددا", "مجدداً", "بشدة",
    "من جانب آخر", "من جهة ثانية", "من ناحية ثانية", "على صعيد آخر", "في سياق متصل", "في سياق آخر",
    "في الأثناء", "في غضون ذلك",
}) | ALSO_AR | BARE_ACCUSATIVE_ADVERBS_AR

# After a comma these open a clause of the writer's, which ends the reported one: a contrast with another party
# (، فيما دعا الرواد …، بينما …), an objection or a concession (أعلنت الحكومة الأرقام، لكن آخرها يعود إلى 2013؛ أعلن
# الجيش مقتل جنديين، إلا أن مصادر محلية …), a consequence or a comment on the whole clause (أعلن انتصاره، مما ترك
# المواطنين في حيرة؛ …، وهو ما …) or the writer's remark (، وذلك بعد …). (Not the setting, `، وسط …`: gold
# contents hold it and never end before it.)
CLAUSE_BREAKS_AR = frozenset({
    "بينما", "فيما", "في حين", "وفي حين", "في وقت", "في الوقت الذي", "لكن", "ولكن", "غير أن", "إلا أن", "وذلك",
    "وهو ما", "الأمر الذي", "مما",
    # a reply or a reference that the writer notes (، ردا على طلب الجعفري …، في إشارة إلى …)
    "ردا على", "رداً على", "في إشارة",
    # the writer's explanation (ويشكو التجار من تداعيات الإغلاق، إذ تعتمد المدينة على …), also with a bare alif
    "إذ", "اذ",
}) | frozenset(  # the writer's note on what the speaker left unsaid: …، دون أن يوضح إن كانت الأموال شخصية
    without + " أن " + verb for without in ("دون", "من دون", "بدون")
    for verb in ("يوضح", "توضح", "يذكر", "تذكر", "يكشف", "تكشف", "يحدد", "تحدد", "يقدم", "تقدم", "يعطي", "تعطي")
) | frozenset(  # ... or with the verbs' nouns, or the details themselves: …، دون تقديم أي تفاصيل إضافية، دون
    without + " " + noun for without in ("دون", "من دون", "بدون")  # مزيد من التفاصيل، دون تفاصيل
    for noun in ("توضيح", "ذكر", "الكشف عن", "تحديد", "تقديم", "إعطاء", "الإشارة إلى", "الخوض في", "مزيد من",
                 "تفاصيل"))
# ... but a clause a complementizer opened goes on past an objection, a concession, a consequence or a comment, the
# speaker's own: أكد أن الأموال طبعت، إلا أن الشعب لم يتحصل عليها؛ قال إن السيول غمرت الحي، مما تسبب في الهلع؛ إن
# المحكمة لم تأخذ بدفوعه، وهو ما يعكسه الحكم؛ إن الرئيس لم يكن يتحدث عن الثورة، لكن قصد المؤامرات.
# ... and a comparison or a contrast (إن نسبة النمو ستكون 5.3%، في الوقت الذي كانت 2.4 في 2021؛ أفاد بأن حجازي كان
# مختبئا، فيما ظهر صابغا شعره؛ قال إن الشبان رشقوا الشرطة، فيما أطلقت الشرطة القنابل): another party's report after
# one ends the clause at its cue (، في حين اتهمت تقارير …)
CLAUSE_CONTINUATIONS_AR = frozenset({"لكن", "ولكن", "غير أن", "إلا أن", "وهو ما", "الأمر الذي", "مما", "في وقت",
                                     "في الوقت الذي", "فيما", "في حين", "وفي حين", "بينما",
                                     "إذ", "اذ"})  # ... and the speaker's explanation: أكد أن القطاع ينمو، إذ …

# Arabic writes the semicolon as a long comma inside a reported clause (أفاد مصدر بأن المجموعات …؛ تستهدف …، قالت إنها
# لم تجد عيبا؛ بل اعتبرته …): only a colon ends one (before a quotation or in a title: cues._QUOTATION_NEXT).
CLAUSE_BREAK_MARKS_AR = ":"

# The preposition ل with the article, written onto the word after a verb's one-word definite subject, names whom
# it spoke to (`قالت الشركة للصحيفة`); after a longer subject (`الأمين العام للأمم المتحدة`) or an indefinite head
# (`منظمة للدفاع عن حقوق الإنسان`) it may belong to it.
ADDRESSEE_PREFIXES_AR = ("لل",)
# ... and so does ل written onto the media the words were given to, with no article (قال العيداني لوسائل الإعلام إن …،
# قال الوزير لوكالة الأنباء), after such a subject only: المدير العام لوكالة الأنباء is the agency's director
ADDRESSEE_WORDS_AR = frozenset("ل" + noun for noun in _MEDIA_NOUNS_AR + ("وسائل", "صحفيين", "صحافيين", "مراسل"))
# ... and written onto a quotation, the quoted outlet spoken to: وفي تصريح لـ«الحياة»، قال …
ADDRESSEE_PROCLITICS_AR = ("لـ",)

# The article ال, alone or after a proclitic: الرئاسة، للرئاسة، والرئاسة، بالرئاسة.
DEFINITE_PREFIXES_AR = ("ال", "لل", "وال", "بال", "فال", "كال")

# A cue word right after one of these is a noun, mostly a verbal noun (مصدر), not a reporting verb: a preposition
# never governs a verb (في نقل الأسلحة), these verbs take a verbal noun as complement (يمكن نقل البذور، تم الكشف،
# يجب ذكر), and quantities count nouns (عدة كتب).
NOUN_GOVERNORS_AR = frozenset({
    "في", "على", "إلى", "الى", "من", "عن", "مع", "خلال", "لدى", "أمام", "عبر", "بعد", "قبل", "حول", "دون", "ضد",
    "منذ", "بين", "عدم", *MISSPELT_PREPOSITIONS_AR,
    "عدة", "بضعة", "بضع", "عشرات", "مئات", "آلاف",  # ... and a counted noun is no verb: عدة كتب
    "أول", "اول", "آخر",  # ... nor one an ordinal heads: في أول رد فعل، أول تعليق، آخر تصريح له
    "يمكن", "ويمكن", "يمكنه", "يمكنها", "يمكنهم", "يمكننا", "أمكن", "بإمكان", "بإمكانه", "بإمكانها",
    "يجب", "ويجب", "ينبغي", "وينبغي", "تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "جرى", "وجرى", "يجري",
})
# ... of which these are also the adjective `another` after a noun, which governs nothing: وعلى صعيد آخر أوضح
ADJECTIVE_GOVERNORS_AR = frozenset({"آخر"})

# Describing and considering verbs, which name what they describe before their content (ووصف الوزير الهجوم بأنه …)
PREDICATIVE_CUES_AR = frozenset(p + v for v in ("وصف", "وصفت", "يصف", "تصف", "وصفوا", "اعتبر", "اعتبرت", "يعتبر",
                                                "تعتبر", "اعتبروا", "إعتبر") for p in ("",) + CONJUNCTION_PREFIXES)
# Adjectives that follow a title or a noun without being nisbas (وزيرة العدل السابقة، القيادي البارز، الأمين العام
# المساعد): after a describing verb's subject they go on with it, they are not what it describes
POSTNOMINAL_ADJECTIVES_AR = frozenset("ال" + a + ending for a in (
    "سابق", "أسبق", "جديد", "عام", "أعلى", "بارز", "كبير", "أول", "ثاني", "مساعد", "مكلف", "مؤقت", "راحل", "منتهية",
    "متحد", "موحد", "مستقل",  # الأمم المتحدة، الولايات المتحدة، الجيش الموحد، الهيئة المستقلة
    "أخير", "اخير",  # التقارير الأخيرة
    # ... and of bodies' and offices' names: قوات الدعم السريع، المندوب الدائم، المبعوث الخاص، الجيش الحر
    "سريع", "دائم", "خاص", "حر",
) for ending in ("", "ة")) | {"الأولى", "العليا", "الكبرى", "الصغرى", "الوسطى", "العظمى"} | {  # feminine elatives
    # colours, masculine and feminine: البيت الأبيض، الهلال الأحمر، الصليب الأحمر، البحر الأسود، القبعات الزرقاء
    "الأبيض", "البيضاء", "الأحمر", "الحمراء", "الأسود", "السوداء", "الأخضر", "الخضراء", "الأزرق", "الزرقاء"} | {
    "الآخر", "الأخرى", "الآخرين", "الآخرون",  # the other (الفريق الآخر، الأطراف الأخرى)
    "الركن"}  # a staff rank after a military one: العميد الركن، اللواء الركن

# Right-to-left typing turns curly marks around: ”…“, and ”…” (an outlet written onto لـ: لـ”يونايتد برس”، “…”) when
# a mark of the other style follows on the line, so that ”…“ cannot pair.
# ... and the guillemets typed the wrong way round, as the Arabic order of ” … “ (مضيفا:»عندما كنا …».)
# Web writers also type two apostrophes, or one, for a quote mark: ''أنا سعيد جدا''، وقال 'سالم'، إن …
QUOTE_PAIRS_AR = (("''", "''"), ("'", "'"), ("«", "»"), ("“", "”"), ("”", "“"), ('"', '"'), ("‹", "›"), ("„", "“"),
                  ("”", "”"), ("»", "«"), ("»", "»"), ("“", "“"))

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
    header_stamp=None,  # Arabic news carries no mail headers, and no gold shows how they are split
    cue_verbs=CUE_VERBS_AR,
    cue_phrases=CUE_PHRASES_AR,
    agentless_cues=AGENTLESS_CUES_AR,
    addressee_pronouns=frozenset("ل" + pronoun for pronoun in ("ي", "نا", "ه", "ها", "هم", "هما", "ك", "كم")),
    wording_phrases=WORDING_PHRASES_AR,
    complementizers=COMPLEMENTIZERS_AR,
    subject_stops=SUBJECT_STOPS_AR,
    pronouns=PRONOUNS_AR,
    auxiliaries=AUXILIARIES_AR,
    subject_openers=SUBJECT_OPENERS_AR,
    title_bodies=frozenset({"الحكومة", "الوزراء", "الدفاع", "الخارجية"}),
    quoting_phrases=frozenset({"نقلا عن", "ونقلا عن"}),
    quote_pairs=QUOTE_PAIRS_AR,
    flipped_mark_spacing=True,
    cue_brackets=(("(", ")"),),
    diacritics="\u064B-\u0652",  # tanween, short vowels, shadda and sukun
    stretch=TATWEEL,
    subjectless_cues=SUBJECTLESS_CUES_AR,
    document_clauses=DOCUMENT_CLAUSES_AR,
    question_cues=QUESTION_CUES_AR,
    question_nouns=QUESTION_NOUNS_AR,
    quotation_only_cues=RELATIVE_SAYING_CUES_AR | ADDING_CUES_AR | CONTINUING_CUES_AR,
    relative_cues=RELATIVE_SAYING_CUES_AR,
    saying_participles=SAYING_PARTICIPLES_AR,
    content_prepositions=CONTENT_PREPOSITIONS_AR,
    cue_prepositions=CUE_PREPOSITIONS_AR,
    preposition_spellings=PREPOSITION_SPELLINGS_AR,
    clitic_phrases=CLITIC_PHRASES_AR,
    titles=TITLES_AR,
    # the office a title holds and whom it represents: المستشار في الديوان، السفير لدى الأمم المتحدة، النائب المنتخب
    # عن دائرة صفاقس
    title_prepositions=frozenset({"في", "لدى", "عن"}),
    title_destinations=frozenset({"إلى", "الى"}),  # (an envoy's: المبعوث الأممي إلى اليمن، هانس غروندبرغ،)
    complement_proclitics=("ب", "ل"),
    # ... except in a title, after the title's own cue: `الأمن العام يحذر من السيول ويدعو إلى الابتعاد عن …`
    title_only_cues=CONJOINED_CALLING_AR,
    # ... and replying or commenting there, before the words after a colon (الزمالك يرد على أنباء …: نعمل …): no cue in
    # running text, where يرد is also `is mentioned`
    title_reply_verbs=frozenset(p + v for p in ("",) + CONJUNCTION_PREFIXES
                                for v in ("يرد", "ترد", "يردون", "يعلق", "تعلق", "يعلقون", "يجيب", "تجيب")),
    complement_nouns=frozenset({"شؤون", "كرة", "حقوق", "مكافحة", "تنمية", "رعاية", "حماية", "دعم", "إغاثة", "تشغيل",
                                "تطوير", "تنظيم", "مراقبة", "تشجيع", "تعزيز", "إعادة", "بحوث", "دراسات", "علوم"}),
    honorifics=HONORIFICS_AR,
    title_synonyms=tuple(TITLE_SYNONYMS_AR.items()),
    first_person_suffixes=("نا", "ني"),
    first_person_lookalikes=frozenset({"هنا", "أحيانا", "احيانا", "حسنا", "ربنا", "لبنا", "مجانا", "زمنا", "أمنا",
                                       "وطنا", "سنا", "فني", "بني", "يمني", "دني", "غني", "ثاني", "أمني", "ديني",
                                       "وطني", "مدني", "زمني", "فلسطيني", "سوداني", "لبناني", "عماني", "ميداني"}),
    place_names=PLACE_NAMES_AR,
    honorific_pronouns=HONORIFIC_PRONOUNS_AR,
    # kinship words of a name (son of, father of, family of; Mauritanian ولد and منت, son and daughter of) always go on
    # with the next name: a long mention capped at one of them (مدير عام الشؤون الصحية بمنطقة عسير الدكتور محمد بن)
    # takes the name it opens
    name_links=frozenset({"بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد", "ولد", "منت"}),
    # (a given name with the article, as the Maghreb writes them: الهادي بن عمار، الحبيب ولد …)
    filial_links=frozenset({"بن", "ابن", "بنت", "ولد", "منت"}),
    list_introducers=frozenset({"وهي", "هي", "أبرزها", "وأبرزها", "ومنها", "منها", "ومن أبرزها", "من أبرزها",
                                "ومن بينها", "من بينها", "وتشمل", "تشمل", "وتتضمن", "تتضمن"}),
    # ... and the particles of European names, which are other words as well: فان (van, and فإن without its hamza),
    # فون (von), دي (de); before a word without the article they go on with the name
    name_particles=frozenset({"فان", "فون", "دي"}),
    compound_names=COMPOUND_NAMES_AR,
    stop_word_names=frozenset({"فضل", "عطاء"}),
    resumptive_adjuncts=RESUMPTIVE_ADJUNCTS_AR,
    # the second word of a compound given name (عز الدين الفالح، سيف الإسلام القذافي): the family name comes after it
    given_name_ends=frozenset({"الدين", "الإسلام"}),
    voice_phrases=("على لسان",),
    comparatives=frozenset({"كما", "مثلما"}),
    clause_linkers=frozenset({"حيث", "إذ", "اذ"}),
    contrast_links=frozenset({"بينما", "وبينما", "في حين", "وفي حين", "فيما"}),
    # (and the writer's explanation: …، إذ تبلغ كلفته نحو 1.3 مليار دينار، وفق بيانات رسمية)
    source_scope_links=frozenset({"بينما", "وبينما", "في حين", "وفي حين", "فيما", "لكن", "ولكن", "غير أن", "إلا أن",
                                  "إذ", "اذ"}),
    # a representative is named with whom he represents, by عن, which elsewhere ends a subject or opens the content of
    # a cue (وأعرب النائب عن أمله): النائب عن محافظة البصرة، نائب عن كتلة الإعمار
    title_links=frozenset((p + title, "عن") for title in ("نائب", "نائبة", "ممثل", "ممثلة") for p in ("", "ال")),
    byline_cues=frozenset({"كتب", "كتبت"}),
    # a court's أدان convicts (أدانت محكمة باب الواد الصحافي بسنة سجنا): a verdict, not a condemnation voiced
    verdict_cues=frozenset(p + v for v in _CONVICTING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES),
    elative_cues=frozenset({"أبرز", "ابرز"}),
    topic_prepositions=frozenset({"عن", "حول", "بشأن", "بخصوص", "وعن", "وحول"}),
    courts=frozenset(p + w for w in ("محكمة", "محاكم", "هيئة المحلفين") for p in ("", "ال")),
    proxy_nouns=frozenset({"نيابة", "ونيابة", "بالنيابة"}),
    impersonal_cues=WRITER_FORMULAS_AR,
    agency_genitives=AGENCY_GENITIVES_AR,
    agency_news_words=AGENCY_NEWS_WORDS_AR,
    # (confirmed, expected, considerable: إصابات مؤكدة، ميزانيات معتبرة)
    adjectival_participles=frozenset(stem + ending for stem in ("مؤكد", "متوقع", "معتبر")
                                     for ending in ("ا", "ة", "ين")),
    behalf_links=frozenset((p + title, "باسم" + pronoun) for title in ("متحدث", "متحدثة", "ناطق", "ناطقة")
                           for p in ("", "ال") for pronoun in ("ه", "ها", "هم", "هما")),
    behalf_preposition="باسم",
    closeness_adjectives=frozenset(stem + ending for stem in ("مقرب", "قريب") for ending in ("", "ة", "ون", "ين")),
    closeness_preposition="من",
    issuer_links=frozenset((p + issued, preposition) for issued in ("صادر", "صادرة") for p in ("", "ال")
                           for preposition in ("عن", "من")),
    constituencies=frozenset(p + w for w in ("محافظة", "كتلة", "دائرة", "حزب", "ائتلاف", "تحالف", "قائمة", "ولاية",
                                             "مدينة", "منطقة", "تيار", "حركة", "جبهة", "لواء", "قضاء", "إقليم")
                             for p in ("", "ال")),
    definite_prefixes=DEFINITE_PREFIXES_AR,
    accusative_endings=("ً", "ًا"),  # tanween fath, written on the last letter or before a final alif
    # a nisba plural in the oblique case (الصحفيين، الفلسطينيين): the subject would be -يون; a bare -ين ends names
    oblique_endings=("يين",),  # (الصين، البحرين، الحسين)
    noun_governors=NOUN_GOVERNORS_AR,
    adjective_governors=ADJECTIVE_GOVERNORS_AR,
    source_relatives=SOURCE_RELATIVES_AR,
    relative_statement_verbs=RELATIVE_STATEMENT_VERBS_AR,
    counting_numbers=COUNTING_NUMBERS_AR,
    addressee_prefixes=ADDRESSEE_PREFIXES_AR,
    written_prepositions=("ل", "ب"),
    passive_mark="\u064f",  # damma
    wasl_alif="ا",
    active_prefixes="يتنم",
    imperfect_prefix="ي",
    headline_verb_prefixes="يت",
    attached_pronouns=_POSSESSIVES_AR,
    addressee_proclitics=ADDRESSEE_PROCLITICS_AR,
    addressee_words=ADDRESSEE_WORDS_AR,
    verb_particles=VERB_PARTICLES_AR,
    speech_event_nouns=SPEECH_EVENT_NOUNS_AR,
    colon_closes_attribution=True,  # Arabic news often reports without quote marks: وقال الوزير في تصريح: الحكومة …
    name_heads=NAME_HEADS_AR,
    statement_nouns=STATEMENT_NOUNS_AR,
    pronoun_prepositions=PREPOSITIONS_WITH_PRONOUNS_AR,
    asking_prepositions=frozenset({"منه", "منها", "منهم", "منهما", "منهن", "منا", "مني"}),
    outlets=OUTLETS_AR,
    relay_cues=RELAY_CUES_AR,
    ascribing_cues=ASCRIBING_CUES_AR,
    relayed_sayings=RELAYED_SAYINGS_AR,
    ascribed_words=SAYING_NOUNS_AR | SPEECH_OBJECTS_AR | COMPLEMENTIZERS_AR,
    content_nouns=CONTENT_NOUNS_AR,
    content_noun_cues=CONTENT_NOUN_CUES_AR,
    verbal_noun_patterns=VERBAL_NOUN_PATTERNS_AR,
    verb_shaped_nouns=frozenset(_VERB_SHAPED_NOUNS_AR),
    topic_cues=TOPIC_CUES_AR,
    complementizer_cues=COMPLEMENTIZER_CUES_AR | EVENT_PHRASES_AR,
    event_phrases=EVENT_PHRASES_AR,
    named_subject_cues=frozenset({"بين"}),
    sameness_words=frozenset({"ذات", "نفس"}),
    titling_words=frozenset({"عنوان", "بعنوان", "العنوان", "شعار", "بشعار"}),
    adjacent_complementizers=frozenset({"بان"}),
    preposition_cues=PREPOSITION_CUES_AR,
    content_proclitics=("ب",),
    proclitic_content_cues=PROCLITIC_CONTENT_CUES_AR,
    clause_initial_cues=CLAUSE_INITIAL_CUES_AR,
    comma_participles=COMMA_PARTICIPLES_AR,
    object_cues=CONDEMNING_CUES_AR,
    predicative_cues=PREDICATIVE_CUES_AR,
    bare_accusative_ending="ا",
    quoted_clause_breaks=frozenset({"وهي", "وهو"}),  # the writer's comment on what the quotation names
    # ... and on the report's last noun, after its last comma: a relative clause or a comment (أعلنت المفوضية أن
    # المشاركة بلغت 11.3%، وهي من أدنى النسب المسجلة …، قالت إنها تستهدف مقاتلي الحزب، الذي تصنفه أنقرة منظمة …)
    gloss_openers=RELATIVE_PRONOUNS_AR | frozenset({"وهي", "وهو", "وهم", "وهما"}),
    demonstratives=DEMONSTRATIVES_AR,
    object_pronouns=frozenset(a + "يا" + suffix for a in ("إ", "ا") for suffix in ("ه", "ها", "هم", "هما", "ي", "نا")),
    adjectives=POSTNOMINAL_ADJECTIVES_AR,
    addressee_cues=ADDRESSEE_CUES_AR,
    addressee_heads=ADDRESSEE_HEADS_AR,
    totality_words=frozenset({"كل", "جميع", "كافة"}),
    definite_content_nouns=DEFINITE_CONTENT_NOUNS_AR,
    bare_clause_cues=BARE_CLAUSE_CUES_AR,
    list_announcers=frozenset({"كالآتي", "كالاتي", "كالتالي", "الآتي", "التالي", "الآتية", "التالية", "يلي"}),
    item_announcers=frozenset(p + w for w in ("هما", "هي", "هم", "هن") for p in ("", "و")),
    addressee_form=ADDRESSEE_FORM_AR,
    object_nouns=CONDEMNED_ACTS_AR,
    denial_cues=DENIAL_CUES_AR,
    denied_nouns=DENIED_NOUNS_AR,
    praising_cues=PRAISING_CUES_AR,
    praised_nouns=PRAISED_NOUNS_AR,
    purpose_cues=CALLING_CUES_AR,
    manner_adverbs=MANNER_ADVERBS_AR,
    purpose_proclitic="ل",
    responsibility_cues=HOLDING_CUES_AR,
    accusing_cues=frozenset(p + v for v in _ACCUSING_VERBS_AR for p in ("",) + CONJUNCTION_PREFIXES),
    thanking_cues=THANKING_CUES_AR,
    responsibility_nouns=RESPONSIBILITY_NOUNS_AR,
    subject_cues=SUBJECT_CUES_AR,
    act_nouns=ACT_NOUNS_AR,
    masculine_cues=MASCULINE_CUES_AR,
    feminine_plural_endings=FEMININE_PLURAL_ENDINGS_AR,
    feminine_endings=FEMININE_ENDINGS_AR,
    masculine_ta_marbuta=MASCULINE_TA_MARBUTA_AR,
    feminine_broken_plurals=FEMININE_BROKEN_PLURALS_AR,
    feminine_perfect_suffix="ت",
    plural_cues=PLURAL_CUES_AR,
    speech_objects=SPEECH_OBJECTS_AR,
    example_links=EXAMPLE_LINKS_AR,
    closing_cues=CLOSING_CUES_AR,
    closing_acts=CLOSING_ACTS_AR,
    # up to three words, or an outlet's name in guillemets: `س:` and `ج:` (question, answer), `المطيري:`,
    # `«الشرق الأوسط»:`
    turn_label=r"«[^»\n]{1,40}»|[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2}",
    question_labels=frozenset({"س", "سؤال"}),
    answer_labels=frozenset({"ج", "جواب"}),
    interviewer_labels=frozenset({"حوار", "حاوره", "حاورها", "حاورته", "حاورهم", "أجرى الحوار", "أجرت الحوار"}),
    anonymity_request=ANONYMITY_REQUEST_AR,
    anonymity_words=("عدم", "رفض"),
    circumstantial_openers=frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"}),
    topic_particle="أما",
    naming_words=frozenset({"ويدعى", "يدعى", "وتدعى", "تدعى", "واسمه", "واسمها", "ويُدعى", "وتُدعى"}),
    kunyas=frozenset({"أبو", "ابو", "أم", "ام"}),
    answer_prefix="ف",
    headline_labels=frozenset({"عاجل", "خاص", "فيديو", "بالفيديو", "بالصور", "شاهد", "حصري", "تحديث", "انفوجرافيك",
                               "إنفوجرافيك", "خبر", "المصدر",  # خبر: a news item; المصدر: the page's source line
                               # a piece's genre, which names no one: تحليل: لماذا تختفي الأدوية …؟، رأي: …
                               "تحليل", "رأي", "قراءة",
                               # a byline's label before the writer's name (بقلم: …، كتبت: …، إعداد: …)
                               "بقلم", "كتب", "كتبت", "إعداد", "اعداد", "ترجمة", "تصوير", "متابعة", "تحرير"}
                              | {f"{read} {also}" for read in ("اقرأ", "إقرأ", "اقرا") for also in (
                                  "أيضا", "أيضاً", "ايضا", "ايضاً")}),  # a page's `read also` link
    domain_suffixes=frozenset({"كوم", "نت", "أورغ", "اورغ", "أورج", "اورج", "إنفو", "انفو"}),
    nominal_cues=NOMINAL_CUES_AR,
    adjective_endings=("ي", "ية", "يون", "يين", "يان", "يتان", "يات"),
    noun_endings=("ة",),  # the ta marbuta ends nouns and adjectives, never a verb
    norm_nouns=NORM_NOUNS_AR,
    hedge_nouns=HEDGE_NOUNS_AR,
    document_phrases=DOCUMENT_PHRASES_AR,
    document_nouns=DOCUMENT_NOUNS_AR,
    relative_objects=RELATIVE_OBJECTS_AR,
    construct_heads=CONSTRUCT_HEADS_AR,
    source_clause_verbs=SOURCE_CLAUSE_VERBS_AR,
    source_nouns=SOURCE_NOUNS_AR,
    negations=NEGATIONS_AR,
    present_negations=frozenset(p + "لا" for p in ("",) + CONJUNCTION_PREFIXES),
    negating_phrases=NEGATING_PHRASES_AR,
    complementizer_prepositions=COMPLEMENTIZER_PREPOSITIONS_AR,
    relative_pronouns=RELATIVE_PRONOUNS_AR,
    participle_agreement=(("ين", "plural"), ("ون", "plural"), ("ة", "feminine"), ("ا", "masculine")),
    relative_agreement=tuple((p + pronoun, agreement) for p in ("", "و") for pronoun, agreement in (
        ("الذي", "masculine"), ("التي", "feminine"), ("الذين", "plural"))),
    subject_complementizers=SUBJECT_COMPLEMENTIZERS_AR,
    clause_breaks=CLAUSE_BREAKS_AR,
    clause_break_marks=CLAUSE_BREAK_MARKS_AR,
    # a spaced dash inside a report joins places or sets off a blessing: طريق تل الخضر - طفس، الملك -حفظه الله –
    dash_breaks=False,
    clause_continuations=CLAUSE_CONTINUATIONS_AR,
    subordinators=SUBORDINATORS_AR,
    clause_stops=CLAUSE_STOPS_AR,
    cue_adjuncts=CUE_ADJUNCTS_AR,
    time_words=TIME_WORDS_AR,
    day_parts=DAY_PARTS_AR,
    coordinators=frozenset(CONJUNCTION_PREFIXES) | {"ثم"},
    # `is called`, before the name of someone news describes first: أحد المحتجين، ويدعى حيدر كاظم
    naming_participles=frozenset(p + v for p in ("", "و") for v in ("يدعى", "تدعى", "يُدعى", "تُدعى")),
    quantifiers=frozenset({"العديد", "عدد", "بعض", "أحد", "إحدى", "كثير", "الكثير", "مجموعة", "جميع", "معظم", "كل",
                           "غالبية",
                           "كبير", "قليل", "محدود"}),  # a number's adjective before its partitive: عدد كبير من
    partitives=frozenset({"من"}),  # written onto the verb: وأكد، فقال
)
