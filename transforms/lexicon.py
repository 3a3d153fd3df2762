"""The shape of a language table; one module per language fills it in (lexicon_ar, lexicon_en)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    lang: str
    # Sentence segmentation
    terminals: str  # characters that can end a sentence
    abbreviations: frozenset[str]  # lower-cased, without their final dot
    title_abbreviations: frozenset[str]  # abbreviations that always precede a name (Mr., Dr.): never final
    number_abbreviations: frozenset[str]  # abbreviations only before a number (No. 5, p. 12); else a word (No.)
    sentence_starters: frozenset[str]  # words that, capitalised after an abbreviation, show a new sentence began
    non_heading_lines: tuple[str, ...]  # regexes matched at the start of a line of its own that is no heading: bylines, dates, datelines
    letter_closings: frozenset[str]  # a letter's closing, lower-cased (best regards): before a comma, a sentence
    question_continuations: frozenset[str]  # words that go on with an alternative question after ? or !: …؟ أو …
    capitals: str  # regex class body: letters never lower case (Latin capitals, caseless scripts), sure sentence openers
    header_stamp: str | None  # regex of a mail header's timestamp, opening with a slashed date (08/16/2000 12:05 PM)
    # Quote attribution
    cue_verbs: frozenset[str]  # reporting verbs, every written form (prefixes included for Arabic)
    cue_phrases: frozenset[str]  # multi-word cues that introduce a source: "according to", بحسب
    complementizers: frozenset[str]  # that / أن / إن ...: start of reported clause
    subject_stops: frozenset[str]  # words that end a speaker mention (prepositions, time words)
    pronouns: frozenset[str]  # speaker pronouns
    third_person_pronouns: frozenset[str] = frozenset()  # ... of them those of a third person: he, she, they
    person_pronouns: frozenset[str] = frozenset()  # ... of them those for one person, in a cased script: he, she
    thing_pronouns: frozenset[str] = frozenset()  # ... and those for a thing or body, never a person: it
    group_pronouns: frozenset[str] = frozenset()  # ... and those for a group: they
    title_pronouns: tuple[tuple[str, frozenset[str]], ...] = ()  # a person pronoun, the titles implying it: she, Mrs.
    # cue forms and the preposition after which, before a determiner, they have a sense that reports nothing:
    # `added to his portfolio` (increased), `answered to the board` (was accountable)
    other_senses: tuple[tuple[frozenset[str], str], ...] = ()
    addressee_pronouns: frozenset[str] = frozenset()  # whom a verb-first cue tells, before its subject: قال لي
    agentless_cues: frozenset[str] = frozenset()  # passive reports naming no source: وأفيد بأن (it was reported that)
    wording_phrases: frozenset[str] = frozenset()  # source phrases on the wording: after a quotation, its source only
    amount_senses: frozenset[str] = frozenset()  # cue forms that before an amount report nothing: `add about $22`
    # (cue forms, particle): right before the particle the verb is another, with or without an object: called off
    particle_senses: tuple[tuple[frozenset[str], str], ...] = ()
    formulas: tuple[str, ...] = ()  # the writer's set phrases that hold a cue word and report nothing: having said that
    naming_participles: frozenset[str] = frozenset()  # after a noun, before a name, they name it: a group called Occupy
    naming_determiners: frozenset[str] = frozenset()  # ... an indefinite noun (a group called), or these: so called
    # endings of negated auxiliaries written as one word, which stand between a subject and its verb: couldn’t, won't
    negated_auxiliary_endings: tuple[str, ...] = ()
    # auxiliaries contracted onto a pronoun, as (ending, auxiliary): `he’s saying` (is), `they’ve said` (have)
    contracted_auxiliaries: tuple[tuple[str, str], ...] = ()
    plural_endings: tuple[str, ...] = ()  # a noun so ending is plural, a verb so ending agrees with a singular subject
    singular_endings: tuple[str, ...] = ()  # ... unless it ends so: boss, status, analysis
    singular_numbers: frozenset[str] = frozenset()  # the numbers of `number_words` (or in digits) that count one
    # determiners that may stand alone as a subject (`Many say`, `Another said`), and of them the plural ones
    standalone_determiners: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()  # a lower-case word so ending is a verb, no word of a mention's head: shared
    gerund_endings: tuple[str, ...] = ()  # a lower-case word so ending is a verb of its own: `reported seeing`
    # ... and no speaker before a cue word, which is its object (`giving states more power`), save these, which make a
    # perfect participle of the cue, its subject the clause's: `having suggested in a speech that …`
    perfect_participles: frozenset[str] = frozenset()
    # after these, as after a count or a determiner's adverb (`the recently concluded polls`), a cue's past participle
    # is an adjective before its noun: `the number of confirmed cases`, `over alleged violations`
    count_prepositions: frozenset[str] = frozenset()
    # the auxiliary of a passive, and the participles that do not take `past_endings`: before a cue's participle the
    # subject is what was said or whom it was said to (`Sanders was asked`), and the speaker the agent after `by`
    passive_auxiliaries: frozenset[str] = frozenset()
    irregular_participles: frozenset[str] = frozenset()
    # past forms of common verbs that take no -ed: after a subject's noun they are its verb (`The senator left the
    # room`, `The meeting became rowdy`), as an -ed form is
    irregular_pasts: frozenset[str] = frozenset()
    # ... of which these are no participles: before a preposition too they are the verb (`The mayor spoke at a rally`)
    simple_pasts: frozenset[str] = frozenset()
    agent_preposition: str = ""
    # prepositions that join a mention's head to what completes it: `A spokesman for the ministry`, `Cruz of Texas`
    mention_prepositions: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()  # `said X and warned Y`, `قال … وأكد`: a verb coordinated after a content ends it
    relative_pronouns: frozenset[str] = frozenset()  # `X, who said`, `غوميري الذي قاد`: a clause about a noun
    # the agreement a participle's ending and a relative pronoun show, in a language that marks it: a participle after
    # a relative clause's cue goes on with that clause's subject only where they agree (`الوزارة، التي نفت …، مؤكدة`;
    # `الأنباء التي تحدثت …، مؤكدا` goes on with the main clause's)
    participle_agreement: tuple[tuple[str, str], ...] = ()  # (ending, class), longest endings first
    relative_agreement: tuple[tuple[str, str], ...] = ()  # (pronoun, class)
    subject_complementizers: frozenset[str] = frozenset()  # carry their clause's subject: إنه متفائل
    auxiliaries: frozenset[str] = frozenset()  # put the subject before the verb: وكان زيلينسكي أعلن
    subject_openers: frozenset[str] = frozenset()  # ... as these conjunctions do: لكن محمد علي قال
    quote_pairs: tuple[tuple[str, str], ...] = ()  # (opening, closing) marks this language's news uses
    # whether its news types an opening mark onto the word before, its space after (واضاف" لا …"): then it opens
    flipped_mark_spacing: bool = False
    # brackets that quote the words of a reporting verb written right before them, and nothing else: وقالوا (البلد
    # الفيها مكفيها)، وأضاف: (الشعب سيحتفل …). Elsewhere they hold glosses and asides.
    cue_brackets: tuple[tuple[str, str], ...] = ()
    # Marks written optionally over letters (a character class body: Arabic diacritics, which news writes in part:
    # أكّد، مُشيرًا): cue words, listed without them, match with or without them, and are looked up without them
    diacritics: str = ""
    # a character written between letters to stretch a word (Arabic tatweel: وقـــال، الضويحــي), which cue words match
    # across and tables look words up without
    stretch: str = ""
    subjectless_cues: frozenset[str] = frozenset()  # cues that never take their own subject: مضيفا، adding
    # ... of which these give a document's words, for whoever issued the document: جاء فيه (أصدرت الوزارة بيانا جاء فيه)
    document_clauses: frozenset[str] = frozenset()
    # cues of posing a question (يطرحه), which report only after a question's noun (`question_nouns`): السؤال الذي
    # يطرحه كثيرون: هل …؟
    question_cues: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    # ... of them those that add to what the subject said: a quotation right after their clause goes on with it
    continuing_cues: frozenset[str] = frozenset()  # (`“…,” he said, adding that …. “…”`)
    # ... of which these only introduce the words of a reporting verb right before them: وتابع الوزير قائلا: «…»
    # (Arabic also the imperfect of `say`, a verb with a subject of its own: وواصل منصوري يقول: «…»)
    saying_participles: frozenset[str] = frozenset()
    # ... which open an attribution of their own only after a comma when their form is also a progressive or
    # a reduced relative (`the scenario Pelosi was discussing`); Arabic حال participles are marked by form
    participles_after_comma: bool = False
    progressive_auxiliaries: frozenset[str] = frozenset()  # make such a form a finite verb: `Pelosi was discussing`
    # open the predicate after a relative clause set off inside a reported clause, which it does not end: `said the
    # fire, which has burnt 9400ha, had shown …`
    finite_auxiliaries: frozenset[str] = frozenset()
    base_form_auxiliaries: frozenset[str] = frozenset()  # before a verb's base form: must promise, did vow
    # clause stops that open a bare reported clause when a word that is no stop follows, past others of them: `said
    # more than 100 people died`, `said no data was stolen`, `says too much is made of …` (not `said more about it`,
    # `said no to the war`, `said too much about it`)
    quantity_openers: frozenset[str] = frozenset()
    # clause stops (and phrases opening with one) that open a bare reported clause before a numeral: `said about 20
    # people died`, `reported at least six planes …`
    approximators: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()  # numerals written as words: six, half, dozens
    title_case_minor_words: frozenset[str] = frozenset()  # lower case in a title-case headline: `of`, `the`, `to`
    title_nouns: frozenset[str] = frozenset()  # works a title-cased quotation after them names: `the podcast "…"`
    title_subject_joiners: frozenset[str] = frozenset()  # lower case inside a title's subject: `X and Hull City`
    # pronouns of the first and second person, in which quoted words speak (`‘We are running out of road’: …`), as a
    # slogan or a name does not (`'Justice for Amira': …`)
    speaking_pronouns: frozenset[str] = frozenset()
    possessive_endings: tuple[str, ...] = ()  # a lower-case noun may follow a possessive in a title's subject
    # words that open an adverbial phrase or clause before the sentence's subject (`Despite reports that …, the
    # minister …`, `While Trump said …, Clinton …`): what a cue inside it reports ends with it
    opening_adjuncts: frozenset[str] = frozenset()
    absolute_links: frozenset[str] = frozenset()  # open an absolute phrase whose participle reports: `with X saying`
    content_prepositions: frozenset[str] = frozenset()  # introduce a nominal content: أعلن عن ...
    cue_prepositions: tuple[tuple[str, str], ...] = ()  # (cue form, its own such preposition): شدد على ضرورة …
    preposition_spellings: tuple[tuple[str, str], ...] = ()  # (as news may write it, as the tables do): الى، إلى
    infinitive_cues: frozenset[str] = frozenset()  # cue forms whose content may be an infinitive: vowed to …
    # ... and those whose content is an infinitive in the passive, what someone was directed to do: `Residents have
    # been told to boil their water`, `Anyone with information is asked to call 101`
    directive_cues: frozenset[str] = frozenset()
    infinitive_marker: str = ""  # ... that opens with this word: to
    subordinators: frozenset[str] = frozenset()  # open a subordinate clause whose comma ends it: while, although
    # Prepositions that make a complementizer right after them open a clause of time or concession, not a
    # report: بعد أن، رغم أن
    complementizer_prepositions: frozenset[str] = frozenset()
    speaker_skips: frozenset[str] = frozenset()  # words between a subject and its verb: has, also, later
    adverb_suffixes: tuple[str, ...] = ()  # ... and any adverb so formed: sharply, forcefully (lower-case words)
    adverb_lookalikes: frozenset[str] = frozenset()  # nouns with that ending: family, assembly
    sentence_adverbs: frozenset[str] = frozenset()  # ... and adverbs set off before a clause with no such ending: now
    time_words: frozenset[str] = frozenset()  # ... and a time adverbial ending in one: last week, on Monday, two weeks ago
    day_parts: frozenset[str] = frozenset()  # nouns that head a time adverbial before a time word: صباح اليوم
    time_modifiers: frozenset[str] = frozenset()  # words before a time word in such an adverbial: last, on, two, less than
    time_prepositions: frozenset[str] = frozenset()  # open an adjunct of time whatever its noun: after the convention
    # prepositions that take a noun phrase, not a clause: a cue noun after one (`amid reports that`, `following
    # claims that`) is no act of the sentence's subject
    noun_prepositions: frozenset[str] = frozenset()
    aspectual_cues: frozenset[str] = frozenset()  # before a gerund say an act goes on: the shares continued falling
    # open a clause that names a source before the sentence it reports: `As The Washington Post reported, …`
    source_clause_openers: frozenset[str] = frozenset()
    # phrases that stand between a subject and its verb as one adverb (`has in the past described`, `at one point`)
    verb_adverbials: frozenset[str] = frozenset()
    speaker_determiners: frozenset[str] = frozenset()  # may open a speaker mention: the, a
    # source phrases that say the subject before them quotes the source (نقلا عن: quoting): in a verb's lead they
    # report nothing of their own, the verb's subject speaks (وذكرت الصحيفة، نقلا عن مصادر، أن …)
    quoting_phrases: frozenset[str] = frozenset()
    # the bodies among the titles, which a title names (وزير الدفاع، رئيس الوزراء): after a definite noun, which heads
    # no genitive, they open a noun phrase of their own (طالب النائب الحكومة بـ…: whom he calls on)
    title_bodies: frozenset[str] = frozenset()
    name_conjunctions: frozenset[str] = frozenset()  # join capitalised words into one mention: Control and Prevention
    name_prepositions: frozenset[str] = frozenset()  # lower case inside a capitalised name: Bank of America
    institution_nouns: frozenset[str] = frozenset()  # end a body's name before `name_prepositions`: Federation of …
    articles: frozenset[str] = frozenset()  # open a noun phrase, a name's mention with its role too: the venture
    # capitalist Marc Andreessen
    # cue forms that, opening a sentence, give an order or name a thing rather than report: `Call for action`, `Tell
    # others that …` (a cased language's base forms; its reports put the subject first)
    imperatives: frozenset[str] = frozenset()
    # complementizers only right after a cue, being other words elsewhere: مؤكدا بان "…" (بأن without its hamza; بان
    # كي مون after a title)
    adjacent_complementizers: frozenset[str] = frozenset()
    # words that name a title in quote marks after them (تحت عنوان "…"، بعنوان: "…"): a name however long, no speech
    titling_words: frozenset[str] = frozenset()
    # `the same`, which ends a subject as an adjunct's word (في ذات السياق) but opens one before a noun with the
    # article right after a cue (وأضافت ذات التقارير، ووفق ذات المصادر)
    sameness_words: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()  # ... and a partitive after one of these goes on with it:
    partitives: frozenset[str] = frozenset()  # العديد من المحللين، بعض المسؤولين؛ one of the aides
    clause_stops: frozenset[str] = frozenset()  # a cue followed by one of these has no bare clause: in, on
    clitic_phrases: frozenset[str] = frozenset()  # cue phrases written onto the next word: وفقا ل، طبقا ل
    titles: frozenset[str] = frozenset()  # titles and roles, not names: President, الرئيس
    post_nominals: frozenset[str] = frozenset()  # letters after a name, not part of it: KC, MP, PhD
    # words before a title that make it another role: `Vice President` is no `president`, `Deputy Chief` no `chief`
    role_modifiers: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()  # days and months that are never names: Thursday, September
    focus_adverbs: frozenset[str] = frozenset()  # ... and adverbs before a figure, capitalised opening a sentence: Only
    # words after a comma that announce a list after a colon, what a reported clause goes on with: `، أبرزها:`
    list_introducers: frozenset[str] = frozenset()
    # a preposition that joins a speaker's head to what completes it only after a role or one of the
    # `relational_heads` (`an aide to Hillary Clinton`, `a source close to the family`), not after a verb (`spoke to`)
    relational_prepositions: frozenset[str] = frozenset()
    relational_heads: frozenset[str] = frozenset()
    abbreviation_roles: tuple[tuple[str, str], ...] = ()  # the role a title abbreviation stands for: (gov, governor)
    definite_articles: frozenset[str] = frozenset()  # `the judge` repeats a judge the text named before
    title_prepositions: frozenset[str] = frozenset()  # open a title's complement: المسؤول في الشرطة، السفير لدى
    # ... and, only between a title and its name and before a place, these name where it is sent: المبعوث الأممي إلى
    # اليمن هانس غروندبرغ
    title_destinations: frozenset[str] = frozenset()
    # ... and, written onto a body's noun, these: وزير الاقتصاد بحكومة الدبيبة، المديرة القطرية لبرنامج الأغذية
    complement_proclitics: tuple[str, ...] = ()
    title_only_cues: frozenset[str] = frozenset()  # cue forms that report only in a title, after its first cue
    title_reply_verbs: frozenset[str] = frozenset()  # a title's verbs of replying before its colon: يرد على …:
    # nouns that, after one of the complement proclitics, open the complement of a title or a body's name, no name
    # (وزير الدولة لشؤون الهجرة، الاتحاد السعودي لكرة القدم، اللجنة الوطنية لحقوق الإنسان)
    complement_nouns: frozenset[str] = frozenset()
    # pronoun suffixes of the first person, which mark words as someone's own (هدموا ذكرياتنا, our memories), and the
    # words that end so without one (هنا، أحيانا)
    first_person_suffixes: tuple[str, ...] = ()
    first_person_lookalikes: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()  # ... and those that stand right before a name: الدكتور، اللواء
    # titles written in several ways for one office, each with the form the speakers table compares: a later `رئيس
    # الوزراء` is the `رئيس مجلس الوزراء` named before
    title_synonyms: tuple[tuple[str, str], ...] = ()
    # places a title's complement may end with, written without the article, before the holder's name (`ممثل موزعي
    # المحروقات في لبنان فادي أبو شقرا`): the word after one opens the name, as it does after a definite word
    place_names: frozenset[str] = frozenset()
    # honorifics with a pronoun: right after a cue the speaker's mention (وقال سموه), after a subject its end (سعادته)
    honorific_pronouns: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()  # words inside a name that never end it, however long: بن، أبو، آل
    filial_links: frozenset[str] = frozenset()  # ... of them, `son of`, after a given name whatever it is written with
    # words put in someone's mouth: ردا على لسان [حاكمه], a participle reports for him; after a body that speaks,
    # they name who voices it (قالت الحكومة على لسان وزيرها)
    voice_phrases: tuple[str, ...] = ()
    comparatives: frozenset[str] = frozenset()  # `as` before a cue after the clause it reports: …، كما قال المحامي
    # words that join a clause of its own to the sentence after a comma (…، حيث أوضح أن …): a report after one starts
    # there, as after a comparative used as `also` (…، كما أكد أن …)
    clause_linkers: frozenset[str] = frozenset()
    # contrast links that join two clauses with subjects of their own, comma or not (`X said … whereas Y said …`,
    # `قال X إن … في حين قالت Y`): right before the next attribution, one ends the report before it
    contrast_links: frozenset[str] = frozenset()
    # after a comma typed inside a quotation's closing mark, the clause breaks that still end the report (`said it was
    # "a terrible mistake," but …`); the others go on about the quoted words there (`"peanuts," compared to …`).
    # After a closing mark and a comma, these end the report too: `قال إن "…"، وهي الخطة نفسها التي …`
    quoted_clause_breaks: frozenset[str] = frozenset()
    # after a reported clause's last comma, these open the writer's gloss on the noun before it, no part of the report:
    # `vowed to repeal the Hyde Amendment, a longstanding federal provision that …`
    gloss_openers: frozenset[str] = frozenset()
    # a phrase set off by commas that opens with one of these contrasts its noun with the one before it, and a relative
    # pronoun after it is a cleft's, no gloss: `it was the questioner, not the candidate, who had been wrong`
    aside_negations: frozenset[str] = frozenset()
    # after an object content, these open the reporting verb's time or place, no part of the object: `lashed out at
    # Khan after he delivered …`
    setting_prepositions: frozenset[str] = frozenset()
    # ... and this joins the reporting subject's next predicate to it: `claimed self-defense and was acquitted`
    additive_conjunction: str = ""
    # adverbs that report the clause they stand in from a source they do not name: `The FBI is reportedly making …`
    hearsay_adverbs: frozenset[str] = frozenset()
    # degree words that make the participle after them, behind an article or an owner, an adjective: `the most
    # challenging moment`, `Trump's most promising paths`, `the least talked about development`
    superlatives: frozenset[str] = frozenset()
    # links after a comma that open a clause of its own, whose facts a source phrase closing the sentence reports
    # alone (`أعلنت المفوضية النتائج، فيما بلغت المشاركة 41%، بحسب المفوضية`); where none is listed, the source
    # reports the whole sentence (`52% back Clinton, while 33% back Sanders, according to the poll`)
    source_scope_links: frozenset[str] = frozenset()
    # words that end a subject as the agency spoken to before one of `agency_news_words` (قال الوزير لوكالة الأنباء)
    # and go on with a titled subject before any other word (المدير العام لوكالة الطاقة الذرية)
    agency_genitives: frozenset[str] = frozenset()
    agency_news_words: frozenset[str] = frozenset()
    # (title, preposition) that go on with a mention before one of `constituencies`: النائب عن محافظة البصرة
    title_links: frozenset[tuple[str, str]] = frozenset()
    # (participle, preposition): a text's issuer goes on with its mention: بيان صادر عن الوزارة
    issuer_links: frozenset[tuple[str, str]] = frozenset()
    # (spokesman, on whose behalf): the mention goes on, with a name after: المتحدث باسمها فوزي برهوم
    behalf_links: frozenset[tuple[str, str]] = frozenset()
    # the preposition of speaking for a body after a spokesman's title (المتحدث باسم الوزارة), which is also a given
    # name elsewhere (وزير النفط باسم عبد الكريم الساعدي)
    behalf_preposition: str = ""
    # adjectives of closeness and their preposition, which go on with an unnamed source's mention: مصادر مقربة من
    # الحكومة (English writes `sources close to the campaign`, a relational head: `relational_heads`)
    closeness_adjectives: frozenset[str] = frozenset()
    closeness_preposition: str = ""
    # participles that are adjectives as well (`إصابات مؤكدة`, confirmed cases): cues only opening a clause or before
    # the content's complementizer or preposition
    adjectival_participles: frozenset[str] = frozenset()
    # the writer's own formulas right before a complementizer: يُذكر أن (it is recalled that), تجدر الإشارة إلى أن
    impersonal_cues: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()  # on behalf of: the preposition after one names whom (نيابة عن)
    byline_cues: frozenset[str] = frozenset()  # `wrote` before a reporter's name and a dash: كتبت رنا صلاح -
    verdict_cues: frozenset[str] = frozenset()  # cues a court's subject makes a verdict: أدانت المحكمة (convicted)
    # cue forms that are also elatives (أبرز: highlighted, and the most prominent): nouns before the relative `what`
    # (`relative_objects`) or after a preposition: وفيما يلي أبرز ما جاء فيه، من أبرز الشروط
    elative_cues: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    constituencies: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()  # a foreign name's particles, other words too: فان (van; فإن)
    # compound given names (فضل الله، فخر الدين): their first word, whatever else it is (فضل, preferred, ends a
    # subject: `مصدر فضل عدم الكشف عن اسمه`; فخر, pride, a verbal noun), goes on with the name (`given_name_ends`
    # below names the second words after which a family name comes)
    compound_names: frozenset[str] = frozenset()
    # given names that are also stop words (فضل, preferred: فضل عدم الكشف عن هويته), names after a title before a family
    # name with the article (الخبير الاقتصادي فضل البوعينين)
    stop_word_names: frozenset[str] = frozenset()
    # a preposition with a pronoun right after a verb that points back to a speech event before it (أوضح فيه): the
    # verb opens a relative clause, so reports no clause before it
    resumptive_adjuncts: frozenset[str] = frozenset()
    given_name_ends: frozenset[str] = frozenset()  # second words of a compound given name: عز الدين، سيف الإسلام
    quotation_only_cues: frozenset[str] = frozenset()  # attribute a quotation next to them, no clause: states
    state_complements: frozenset[str] = frozenset()  # right after a cue, a finding on one's state: confirmed dead
    result_cues: frozenset[str] = frozenset()  # cues that also mean achieving a result (`posted`) ...
    result_nouns: frozenset[str] = frozenset()  # ... which their object then names: posted net income of …
    relative_cues: frozenset[str] = frozenset()  # cues only after a relative (`relative_objects`): ما وصفه «…»
    cue_adjuncts: frozenset[str] = frozenset()  # set phrases between a cue and its content: في الوقت نفسه
    clause_breaks: frozenset[str] = frozenset()  # after a comma these start a new clause: but, بينما
    elaborations: frozenset[str] = frozenset()  # after a spaced dash these go on with the clause: including, especially
    clause_continuations: frozenset[str] = frozenset()  # ... save these after a complementizer's clause: مما، لكن
    clause_break_marks: str = ";؛:"  # before a space, these end a reported clause (a colon: see cues._QUOTATION_NEXT)
    dash_breaks: bool = True  # ... and so does a spaced dash (`Prices rose – analysts said`), save an aside's pair
    # pronouns before a colon that name a clause's items (روايتين هما: «…» و«…», namely): titles, no one's words
    item_announcers: frozenset[str] = frozenset()
    list_announcers: frozenset[str] = frozenset()  # ... save a colon after one of these: `as follows:`, كالآتي:
    name_heads: frozenset[str] = frozenset()  # nouns a quoted name follows in a mention: صحيفة "الشرق الأوسط"
    outlets: frozenset[str] = frozenset()  # first words of a news outlet's mention: وكالة، الصحيفة، رويترز
    statement_nouns: frozenset[str] = frozenset()  # documents that say things, indefinite before a cue: ببيان أكد
    pronoun_prepositions: frozenset[str] = frozenset()  # ... unless one of these points back to it: بيان أكد فيه
    # ... of whom something is asked, after which the noun is the object: طلب منهم الحضور، تمنى منها التعاون
    asking_prepositions: frozenset[str] = frozenset()
    accusative_endings: tuple[str, ...] = ()  # an adverb or object, never a subject: حديثاً، رسالةً (tanween fath)
    # ... and the alif of that ending as news writes it without the diacritic: the subject's own case after لكن or
    # أن (لكن مصدرا في الوزارة قال، غير أن مسؤولا …), where a source noun or title so ending opens a mention
    bare_accusative_ending: str = ""
    oblique_endings: tuple[str, ...] = ()  # a plural object, never a subject's first word: وأبلغ الصحفيين أنه
    definite_prefixes: tuple[str, ...] = ()  # a word written with one is a description, not a name: الرئاسة
    noun_governors: frozenset[str] = frozenset()  # a cue word right after one is a verbal noun: يمكن نقل، في ذكر
    # ... of which these govern only opening a phrase; after a noun they are its adjective: على صعيد آخر أوضح
    adjective_governors: frozenset[str] = frozenset()
    source_relatives: frozenset[str] = frozenset()  # after a source phrase, the statement's verb follows: بحسب ما قاله
    # ... a verb that states or shows, besides the cue verbs: وفق ما جاء في البيان (no statement after others: وفقا لما
    # تتطلبه المصلحة)
    relative_statement_verbs: frozenset[str] = frozenset()
    counting_numbers: frozenset[str] = frozenset()  # number words after which a noun is in the accusative: عشرون مسؤولاً
    addressee_prefixes: tuple[str, ...] = ()  # after a one-word definite subject, a word written with one names the addressee
    addressee_words: frozenset[str] = frozenset()  # ... and so do these words there (لوسائل الإعلام)
    attached_pronouns: tuple[str, ...] = ()  # pronouns written onto a word: لكنه (but he), تصريحاته (his statements)
    passive_mark: str = ""  # the vowel on a perfect's first letter that makes it passive: أُعلن (it was announced)
    wasl_alif: str = ""  # ... or on the letter after this alif, which opens derived perfects: اتُهمت (she was accused)
    # ... not on these, the prefixes of an imperfect or a participle, which take it in the active too: يُعلن، مُشيرا
    active_prefixes: str = ""
    # the prefix of the third person's imperfect: a verb so written with a coordinator, inside a clause that a
    # past-tense report opened with a complementizer, goes on with that clause's subject (قال إن اليوم الوطني
    # يجسد معاني الانتماء، ويجدد العهد …): no report of its own
    imperfect_prefix: str = ""
    # the prefixes of the third person's imperfect, masculine and feminine, the tense of a headline's verb (أهالي معان
    # يحتجون، عائلات في سلوان تواجه …)
    headline_verb_prefixes: str = ""
    written_prepositions: tuple[str, ...] = ()  # prepositions written onto the next word: لعملية، بمنطقة
    addressee_proclitics: tuple[str, ...] = ()  # written onto a quotation or word, name the addressee: لـ«الحياة»
    headline_addressee_link: str = ""  # between a title's source and whom it addresses: `Stroud to Iowa Democrats:`
    verb_particles: frozenset[str] = frozenset()  # stand before a clause's opening verb: وقد، ثم
    # Nouns of a speech event (statement, interview, programme): a lead after a cue that names one in its first words
    # may run as long as one before a colon (وأكد، خلال مداخلة هاتفية ببرنامج "…" مع الإعلامي …، أن …)
    speech_event_nouns: frozenset[str] = frozenset()
    # a colon closes an attribution: the unmarked clause after it is its content (قال في بيان: …), and the adjuncts
    # before it may run longer than before a complementizer (قال في كلمة ألقاها … في العاصمة: «…»)
    colon_closes_attribution: bool = False
    # A cue whose subject passes on another source's words, and the word that names that source after it
    # (`ونقلت الوكالة عن مصدر مسؤول قوله`): the attribution runs over the source, its content starts after
    relay_cues: tuple[tuple[str, str], ...] = ()
    # ... of which these ascribe things as well (تنسب المقبرة لأول مستشار): a report only when one of `ascribed_words`
    # (a saying noun, a speech object, a complementizer) follows their source or them
    ascribing_cues: frozenset[str] = frozenset()
    ascribed_words: frozenset[str] = frozenset()
    # saying nouns after a relayed source (قوله، تأكيده): where the language's annotated news credits the words to the
    # source, which the noun's pronoun names, the source speaks and the noun is the cue; none where it credits the
    # relaying subject, as English news does (`Reuters quoted an aide as saying`)
    relayed_sayings: frozenset[str] = frozenset()
    # a regex of a relaying verb's frame before a participle cue, whose subject speaks: the speaker of a passive
    # (`“…,” the official [was quoted by Yonhap as] saying`), the relaying subject of an active (`[quoted him as]`)
    relay_frame: str = ""
    addressee_cues: frozenset[str] = frozenset()  # take the addressee as object: told the crowd that …
    addressee_first_cues: frozenset[str] = frozenset()  # ... always first: `told the court in his filing` is whom
    # verbs of belief: one joined by a bare coordinator to the clause a saying verb reports goes on with that clause
    # (`said he understood the frustration but feared …`), no attribution of its own
    belief_cues: frozenset[str] = frozenset()
    # saying verbs whose words may follow their subject bare, where the language's reports open with a complementizer
    # (وقال الفارس سيناقش المجلس …): so read when the sentence holds no complementizer, colon or quote mark after them
    bare_clause_cues: frozenset[str] = frozenset()
    # verbal nouns with the article that open a stated fact right after a definite subject (أعلن الجيش السيطرة على …)
    definite_content_nouns: frozenset[str] = frozenset()
    totality_words: frozenset[str] = frozenset()  # `all`, one phrase with the noun after it: وفند كل الاتهامات
    addressee_heads: frozenset[str] = frozenset()  # ... and words that open such an object, never a subject after them
    addressee_form: str = ""  # ... and a regex of the words whose case or number makes them such an object
    # ... and without a complementizer, the clause after the addressee opens with one of these (`told him she …`),
    # unless a subordinator or one of `addressee_scan_stops` comes first (`told the host how surprised he is`)
    subject_pronouns: frozenset[str] = frozenset()
    addressee_scan_stops: frozenset[str] = frozenset()
    # Verbal nouns that open a nominal content right after a cue's subject, ending it (أعلنت روسيا تعليق الاتفاقية),
    # unless they follow one of `construct_heads`, a title or a name head, as its genitive (مجلس إدارة الشركة)
    content_nouns: frozenset[str] = frozenset()
    content_noun_cues: frozenset[str] = frozenset()  # ... and the cue forms whose content such a noun opens
    # Patterns (regular expressions) of the derived verbal nouns, which open such a content too right after a comma
    # that sets the cue's subject and adjuncts off (اعلن المحافظ، اليوم، اكمال الخطة): there no name or title is one
    verbal_noun_patterns: tuple[str, ...] = ()
    # Cue forms whose object after a content preposition is a topic unless one of `content_nouns` opens it:
    # `تحدثت تقارير عن إلغاء المحادثات` reports a statement, `نقش يتحدث عن المواقع` names a topic
    topic_cues: frozenset[str] = frozenset()
    # Cue forms whose bare object is an act carried on, not words (`continued their search`): a clause after them
    # needs a complementizer, a colon or a comma
    carrying_on_cues: frozenset[str] = frozenset()
    # Cue forms that report only a clause whose complementizer follows them or their subject, being other words
    # elsewhere (وجدت الدراسة أن: found, also physically; وبين أن: explained, also `between`); no subject ends at them
    complementizer_cues: frozenset[str] = frozenset()
    # ... of which these, more often another word (بين: between), only with a subject the text named before
    named_subject_cues: frozenset[str] = frozenset()
    # Words matched as cues besides `cue_verbs` that report only what one of `content_prepositions` opens after them or
    # their subject (عبّر عن), being other words elsewhere (عبر: via)
    preposition_cues: frozenset[str] = frozenset()
    # a preposition written onto the word that opens the content of `proclitic_content_cues` (وطالب بإجراء تحقيق)
    content_proclitics: tuple[str, ...] = ()
    proclitic_content_cues: frozenset[str] = frozenset()
    clause_initial_cues: frozenset[str] = frozenset()  # ... of them, those that are cues only opening a clause
    construct_heads: frozenset[str] = frozenset()  # a content noun after one is its genitive: مجلس إدارة الشركة
    source_clause_verbs: frozenset[str] = frozenset()  # open a clause about an unnamed source: مصدر طلب عدم …
    source_nouns: frozenset[str] = frozenset()  # indefinite nouns that name an unnamed source: مصادر محلية، شهود عيان
    # Cue forms that are another verb as well unless a subject follows them: ورد الوزير (and replied), بيان ورد
    # (arrived)
    subject_cues: frozenset[str] = frozenset()
    # Words that are never a cue's subject, so that after a verb they are its object: acts, which say nothing (ووصف
    # الهجوم بأنه …); after the cue forms of a masculine singular subject, a word with the article and one of the
    # `feminine_plural_endings`, a feminine plural the verb would agree with (وحث الحكومات على …), and after one of
    # the `addressee_cues` a word with the article and one of the singular `feminine_endings` (ودعا الحكومة إلى …),
    # save the words of `masculine_ta_marbuta`, which name men (وطالب القادة), or one of `feminine_broken_plurals`
    # (ودعا القوى السياسية)
    act_nouns: frozenset[str] = frozenset()
    masculine_cues: frozenset[str] = frozenset()
    feminine_plural_endings: tuple[str, ...] = ()
    feminine_endings: tuple[str, ...] = ()
    masculine_ta_marbuta: frozenset[str] = frozenset()
    feminine_broken_plurals: frozenset[str] = frozenset()
    # the ending of a feminine perfect (قالت، أضافت): a cue verb listed with and without it agrees in gender with its
    # subject, a dropped one too (`cues.verb_gender`)
    feminine_perfect_suffix: str = ""
    # ... and, after the cue forms of a plural subject, any mention: a verb before its subject does not take the plural
    plural_cues: frozenset[str] = frozenset()
    # the last part of a web address as the script spells it (الوطن.كوم): a dot glued before one ends no sentence
    domain_suffixes: frozenset[str] = frozenset()
    # labels a headline opens with before a colon, lower case and without tatweel (عاجل: …، BREAKING: …): no source
    headline_labels: frozenset[str] = frozenset()
    # regex of a speaker's label that opens a turn of an interview or transcript before its colon (`TAPPER: …`, `Q: …`,
    # `س: …`, `«الشرق الأوسط»: …`); none: the language's turns are not read
    turn_label: str = ""
    # labels of an interview's questions and answers (`س:` / `ج:`, `Q:` / `A:`): a question's asker is the interviewer
    # (`interviewer_labels`), an answer's speaker the one interviewed, named before the turns
    question_labels: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    # the labels of an interview's byline, before the interviewer's name (`حوار- نرمين عادل`, `حاوره: كريم السويسي`)
    interviewer_labels: frozenset[str] = frozenset()
    # one word that is a whole answer or stands for the words said (`said yes`, `half said so`): a content of its own
    answer_words: frozenset[str] = frozenset()
    # cue forms that are nouns modifying the next noun of a mention before its cue (`state officials said`)
    attributive_cue_forms: frozenset[str] = frozenset()
    # `and he`, `and she` opening a circumstantial clause (وتقول وهي تمسح الغبار: «…»، ويضيف وهو يشير إلى ابنه):
    # right after a cue no subject, whose speaker is carried; before a cue verb, a manner, not a report
    circumstantial_openers: frozenset[str] = frozenset()
    # the particle that fronts a contrasted topic, answered by a verb with the conjunction `answer_prefix` (أما أم
    # خالد، التي فقدت زوجها، فتقول إن …): the topic is that verb's subject
    topic_particle: str = ""
    # words that give the name a mention is called by, after a comma (أحد السائقين، ويدعى محمود عطية،)
    naming_words: frozenset[str] = frozenset()
    answer_prefix: str = ""
    # first words that make a name a person's, a parent's by-name (أبو أحمد، أم يوسف): after a verb, its subject
    kunyas: frozenset[str] = frozenset()
    # regex of a source's request not to be named, set off after its mention (`مسؤول، طلب عدم الكشف عن هويته، قال`):
    # group `verb` the verb, group `asked` what it asks; none: not read
    anonymity_request: str = ""
    anonymity_words: tuple[str, ...] = ()  # ... one of which each such request holds: a text without them is not read
    # a speech noun with its owner's pronoun, the verb's object (واختتم تصريحاته «…»): it leads in to a quotation
    speech_objects: frozenset[str] = frozenset()
    # ... and the words that introduce examples of such speech after it: `هتافات [من قبيل] «…»`
    example_links: frozenset[str] = frozenset()
    # prepositions of an adjunct naming the speech event after the words reported (`… in an interview with CNN`)
    event_prepositions: frozenset[str] = frozenset()
    # after a noun phrase content, prepositions that open the writer's setting of the act when a time, a speech event
    # or a setting noun follows, as `_setting_noun` pairs them: the place (`praised the deal [at a rally]`) ...
    venue_prepositions: frozenset[str] = frozenset()
    # ... or the medium (`mocks Trump [on Twitter]`; `event_prepositions` open a speech event: `[in a tweet]`)
    platform_prepositions: frozenset[str] = frozenset()
    # ... and the nouns of such settings other than speech events: gatherings, media, platforms
    setting_nouns: frozenset[str] = frozenset()
    # before a colon these open a topic the words after it are on, no speaker: `- عن هجرة الأطباء: "…"`
    topic_prepositions: frozenset[str] = frozenset()
    # the words that open an indirect question (`asked why he trailed`, `Asked on Fox News who leads the party`)
    question_openers: frozenset[str] = frozenset()
    # cues that close a speech (وختم حديثه) and the verbal nouns with a preposition that name the act they close with
    # (بالتأكيد على أن …): after the subject and its speech noun, that noun is the cue
    closing_cues: frozenset[str] = frozenset()
    closing_acts: tuple[tuple[str, str], ...] = ()
    # cues that report only a stance named by a noun right after their subject (أبدى الوزير استعداده): no cue else
    nominal_cues: frozenset[str] = frozenset()
    # endings of adjectives that follow their noun (nisba: الأمريكي، الأمريكية): a relative clause describes the noun
    adjective_endings: tuple[str, ...] = ()
    noun_endings: tuple[str, ...] = ()  # endings no verb has: a word opening a clause with one is no verb (وكرة القدم)
    # verbal nouns spelt as their verb's perfect is (رفع: lifting, raised): opening a clause they are the verb
    # (رفع البنك المركزي أسعار الفائدة وقال …), where the other `content_nouns` are nouns (وعدم إعطاء فرصة …)
    verb_shaped_nouns: frozenset[str] = frozenset()
    # Cue forms whose content is their object (دانت القمة الاعتداءات …), and the nouns that head such an object: right
    # after the cue or its subject they end the subject and open the content
    object_cues: frozenset[str] = frozenset()
    # cue forms whose content is their object noun phrase, in a language that writes a complementizer in it: one past
    # the object's first word opens a clause inside it (`attacked loopholes that benefit others`), not the content
    object_content_cues: frozenset[str] = frozenset()
    # Cue forms that describe or judge an object before their content (ووصف الوزير الهجوم بأنه …), and the
    # demonstratives that may open that object (تلك الاقتحامات)
    predicative_cues: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    # complementizers that are demonstratives too: right before a finite auxiliary, the clause's subject (`said that was
    # unlikely`), where the clause starts
    demonstrative_complementizers: frozenset[str] = frozenset()
    # possessive determiners: with an article, they open a noun phrase, and a lower-case word before one is no part of
    # a mention but a verb whose object it opens (`He gave [his answer]:`, `Then I had to change [my answer]:`)
    possessive_determiners: frozenset[str] = frozenset()
    # ... save these, which stand before a determiner inside a mention (`all the candidates`, `both his sons`)
    predeterminers: frozenset[str] = frozenset()
    # detached object pronouns (إياه): right after a cue they point back to its object, so a quoted description
    # after them is the whole content (واصفا إياه بـ"المعجزة")
    object_pronouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()  # ... and adjectives that go on with the subject there (السابقة، البارز)
    object_nouns: frozenset[str] = frozenset()
    # Denying cues, whose object is what they deny, and the nouns of a claim that head such an object (نفت الوزارة
    # الأنباء المتداولة): as `object_nouns` do for `object_cues`
    denial_cues: frozenset[str] = frozenset()
    denied_nouns: frozenset[str] = frozenset()
    # praising verbs report the praise of what these nouns name (وثمن الوزير جهود …), as `object_nouns` do
    praising_cues: frozenset[str] = frozenset()
    praised_nouns: frozenset[str] = frozenset()
    # Calling cues whose call may also open with this proclitic of purpose instead of their own preposition, on a
    # definite noun or a verbal noun (ودعت الوزارة وسائل الإعلام لاستقاء المعلومات، دعا الوالي للاحتفال بطريقة سلمية)
    purpose_cues: frozenset[str] = frozenset()
    purpose_proclitic: str = ""
    # Adverbs of manner written with a content proclitic (بشدة، بالإجماع): they open no content after a cue
    manner_adverbs: frozenset[str] = frozenset()
    # Cue forms that report only holding someone responsible, with one of `responsibility_nouns` after whom they hold
    # (وحمّل المحامي السلطات المسؤولية عن …): the content is that object and the responsibility
    responsibility_cues: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()
    # Cue forms that report whom they accuse and of what (واتهم الجيش قوات الدعم السريع بقصف المستشفى): the content is
    # both; the subject ends where the object's mention starts
    accusing_cues: frozenset[str] = frozenset()
    # Cue forms that report what a hearing was told, only with one of `hearing_bodies` heading their subject (`The
    # court heard that …`)
    hearing_cues: frozenset[str] = frozenset()
    hearing_bodies: frozenset[str] = frozenset()
    # the prepositions after a passive cue that open what it called something or accused someone of, in quote marks
    # (`was accused of “…”`, `was described as “…”`), someone's words though no agent is named
    passive_content_links: frozenset[str] = frozenset()
    # Cue forms of thanking and congratulating, whose content is whom they thank and what for, right after the subject
    # (وشكر الوزير الأطباء على جهودهم، هنأ المدرب لاعبيه بالفوز)
    thanking_cues: frozenset[str] = frozenset()
    comma_participles: frozenset[str] = frozenset()  # nouns as well, cues only right after a comma: ، داعية إلى
    norm_nouns: frozenset[str] = frozenset()  # after a source phrase, a rule or criterion, no source: وفقا للقانون
    hedge_nouns: frozenset[str] = frozenset()  # ... or the speaker's own words, a hedge (حسب وصفه): no attribution
    # source phrases whose source is a text (وجاء في البيان أن …), named by one of the `document_nouns`
    document_phrases: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    # source phrases that report only the clause after them, opened by a complementizer (بعد إعلان الوزارة أن …)
    event_phrases: frozenset[str] = frozenset()
    relative_objects: frozenset[str] = frozenset()  # ... which after these, or a relative pronoun, is an object: لما ورد في
    negations: frozenset[str] = frozenset()  # a cue right after one reports nothing: ولم يوضح الوزير الأسباب
    negating_phrases: tuple[str, ...] = ()  # ... nor one right after these: دون أن يوضح
    # negations of the present, which a clause's opening verb may follow (ولا يخفي الشيخ قلقه): its subject is a
    # mention later cues go on with; a cue after one still reports (لا يستبعد مراقبون أن …)
    present_negations: frozenset[str] = frozenset()
    # Sentence segmentation, further: clock times (a.m., p.m.), lower-cased without their final dot, end a sentence
    # before a capitalised word, unless it goes on with the time (`time_qualifiers`: `10 a.m. Monday`, `a.m. EDT`)
    # or the time opens the sentence after a sentence starter (`At 10 a.m. President Biden …`)
    time_abbreviations: frozenset[str] = frozenset()
    time_qualifiers: frozenset[str] = frozenset()
    zone_nouns: frozenset[str] = frozenset()  # ... and the noun of a place's clock after its name: `Arizona time`


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

# Commas of the scripts we read: a line holding one is a caption, address or signature, not a heading.
COMMAS = ",،、"

# A dateline on a line of its own: a place, the agency in brackets, a dash (`DAMASCUS (Reuters) -`,
# `دمشق (وكالات الأنباء) -`). Shared by the language tables, whose scripts it does not name.
DATELINE = r"^[^\W\d_][^()\n]{0,40}\([^()\n]{1,40}\)\s*[-–—]"

# Closing marks that are also apostrophes: a quotation they close stays within its line.
APOSTROPHES = "'’"
# Closing quote marks of the pairs above and the apostrophes that close a single-quoted quotation.
QUOTE_CLOSERS = "".join(sorted({close for _, close in QUOTE_PAIRS} | set(APOSTROPHES)))
TATWEEL = "\u0640"  # stretches Arabic letters (عــاجل) and a proclitic written apart from its word (لـ، بـ)
