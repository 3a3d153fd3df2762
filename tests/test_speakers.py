"""Speaker mention clustering (`transforms.speakers`): one speaker per person or body of a document, with the most
name-like form of its mentions as the canonical name."""

from __future__ import annotations

import pytest

from transforms.segment import segment
from transforms.speakers import cluster_speakers


def spans(text: str, *mentions: str) -> list[tuple[int, int]]:
    """The span of each mention: its next occurrence after the previous mention's start."""
    found, pos = [], 0
    for mention in mentions:
        start = text.index(mention, pos)
        found.append((start, start + len(mention)))
        pos = start + 1
    return found


def test_speaker_clustering_arabic_full_mention_and_surname():
    text = ("أعلن المتحدث باسم الرئاسة الروسية (الكرملين) دميتري بيسكوف أن المحادثات مستمرة. "
            "وأكد الكرملين أن روسيا منفتحة. وأضاف بيسكوف أن الاتصالات جارية.")
    first = text.index("المتحدث")
    full = (first, text.index(" أن المحادثات"))
    kremlin = (text.index("الكرملين أن"), text.index("الكرملين أن") + len("الكرملين"))
    surname = (text.rindex("بيسكوف"), text.rindex("بيسكوف") + len("بيسكوف"))
    ids = cluster_speakers(text, [full, kremlin, surname, None], "ar")
    assert ids[0][0] == ids[2][0] != ids[1][0]
    assert ids[0][1] == "دميتري بيسكوف"
    assert ids[3] == (None, None)


def test_speaker_clustering_english_name_surname_title_pronoun():
    text = ("President Donald Trump said the deal was done. Trump said more. The president said it again. "
            "He said nothing else. Hillary Clinton disagreed. Bill Clinton said so too.")

    def span(mention, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(mention, start + 1)
        return start, start + len(mention)

    mentions = [span("President Donald Trump"), span("Trump", 1), span("The president"), span("He"),
                span("Hillary Clinton"), span("Bill Clinton")]
    ids = [i for i, _ in cluster_speakers(text, mentions, "en")]
    assert ids[0] == ids[1] == ids[2] == ids[3]
    assert len({ids[0], ids[4], ids[5]}) == 3
    assert cluster_speakers(text, mentions, "en")[0][1] == "Donald Trump"


def test_english_relative_pronoun_after_a_long_phrase_stands_for_the_name_that_ends_it():
    text = ("Reacting to comments made by housing spokesman Darragh O’Brien, who accused the minister of failing, "
            "the minister said the plan works. O’Brien said the plan is a failure.")
    found = spans(text, "who", "the minister", "O’Brien said")
    clustered = cluster_speakers(text, [found[0], found[1], (found[2][0], found[2][0] + len("O’Brien"))], "en")
    assert clustered[0] == (clustered[2][0], "Darragh O’Brien")
    assert clustered[1][0] != clustered[0][0]


def test_arabic_canonical_name_is_the_name_after_the_description():
    text = ("قال وزير الخارجية الإيراني حسين أمير عبداللهيان إن المحادثات مستمرة. "
            "وأكد المستشار في الديوان الملكي سعود القحطاني أن الموقف ثابت.")
    found = cluster_speakers(text, spans(text, "وزير الخارجية الإيراني حسين أمير عبداللهيان",
                                         "المستشار في الديوان الملكي سعود القحطاني"), "ar")
    assert [name for _, name in found] == ["حسين أمير عبداللهيان", "سعود القحطاني"]


@pytest.mark.parametrize("mention, name", [
    # a plain name after a body's words with the article (not `شمال الأطلسي`, a family name after a given one)
    ("الأمين العام لحلف شمال الأطلسي مارك روته", "مارك روته"),
    # ... while a compound given name or `عبد` keeps its word with the article
    ("رئيس الحكومة السابق سعد الدين العثماني", "سعد الدين العثماني"),
    ("العاهل الأردني الملك عبد الله الثاني", "عبد الله الثاني"),
    # a name after a form of address without the article, before its role
    ("سعادة عمر سيف غباش مساعد وزير الخارجية", "عمر سيف غباش"),
])
def test_arabic_canonical_name_among_a_bodys_words_and_forms_of_address(mention, name):
    text = f"وقال {mention} إن الوضع خطير."
    assert cluster_speakers(text, spans(text, mention), "ar") == [(0, name)]


def test_arabic_description_that_ends_in_words_with_the_article_is_no_name():
    text = "وقالت إحدى مشتركات نظام الإنترنت غير المحدود إن الخدمة بطيئة."
    mention = "إحدى مشتركات نظام الإنترنت غير المحدود"
    assert cluster_speakers(text, spans(text, mention), "ar") == [(0, mention)]


def test_arabic_mention_without_a_name_keeps_its_description_and_its_definite_repeat_joins_it():
    text = "وقالت وكالة الأنباء الرسمية إن الوفد وصل. وأضافت الوكالة أن المحادثات تبدأ غدا."
    found = cluster_speakers(text, spans(text, "وكالة الأنباء الرسمية", "الوكالة"), "ar")
    assert found[0] == found[1] == (0, "وكالة الأنباء الرسمية")


def test_arabic_title_in_the_headline_joins_the_named_mention_after_it():
    text = ("وزير الخارجية: الحوار هو الحل\n\nأكد وزير الخارجية سامح شكري أن الحوار هو الحل. "
            "وأضاف شكري أن الاتصالات مستمرة.")
    found = cluster_speakers(text, spans(text, "وزير الخارجية", "وزير الخارجية سامح شكري", "شكري"), "ar")
    assert found == [(0, "سامح شكري")] * 3


@pytest.mark.parametrize("title, named, joined", [
    ("وزير الصحة العراقي", "وزير الصحة صالح الحسناوي", True),  # (the country's adjective in the headline only)
    ("وزير الخارجية الأمريكي", "وزير الخارجية الإيراني عباس عراقجي", False),  # (another country's minister)
])
def test_arabic_headline_title_with_its_countrys_adjective_joins_the_named_mention(title, named, joined):
    text = f"{title}: خطة جديدة للقطاع\n\nوقال {named} إن الخطة جاهزة."
    found = cluster_speakers(text, spans(text, title, named), "ar")
    assert (found[0][0] == found[1][0]) == joined


def test_arabic_adjective_or_genitive_after_an_indefinite_head_is_no_name():
    text = "وقال مسؤول أردني إن الحدود مغلقة. وقال مكتب نتنياهو إن الوفد لن يسافر. وأضاف المسؤول أن القرار مؤقت."
    found = cluster_speakers(text, spans(text, "مسؤول أردني", "مكتب نتنياهو", "المسؤول"), "ar")
    assert [name for _, name in found] == ["مسؤول أردني", "مكتب نتنياهو", "مسؤول أردني"]
    assert found[0][0] == found[2][0] != found[1][0]


def test_arabic_behalf_preposition_is_a_given_name_after_no_spokesmans_title():
    text = ("وقال وزير النفط باسم عبد الكريم الساعدي إن الإنتاج ارتفع. وأضاف الساعدي أن الصادرات مستقرة. "
            "وقال المتحدث باسم وزارة النفط عاصم جهاد إن الأسعار مستقرة.")
    found = spans(text, "وزير النفط باسم عبد الكريم الساعدي", "الساعدي أن", "المتحدث باسم وزارة النفط عاصم جهاد")
    clustered = cluster_speakers(text, [found[0], (found[1][0], found[1][0] + len("الساعدي")), found[2]], "ar")
    assert clustered[0] == clustered[1] == (0, "باسم عبد الكريم الساعدي")
    assert clustered[2] == (1, "عاصم جهاد")


def test_arabic_text_of_a_body_speaks_for_the_body_its_genitive_names():
    text = ("وحسب بيانات المرصد الوطني للفلاحة، تراجع الإنتاج. وأكد المرصد أن الأسعار سترتفع. "
            "وبحسب تقارير أممية، تراجع النمو. وقال بيان صادر عن الوزارة إن الوضع مستقر.")
    found = spans(text, "بيانات المرصد الوطني للفلاحة", "المرصد أن", "تقارير أممية", "بيان صادر عن الوزارة")
    found[1] = (found[1][0], found[1][0] + len("المرصد"))
    clustered = cluster_speakers(text, found, "ar")
    assert clustered[0] == clustered[1] == (0, "المرصد الوطني للفلاحة")
    assert [name for _, name in clustered[2:]] == ["تقارير أممية", "بيان صادر عن الوزارة"]  # (an adjective, an issuer)


@pytest.mark.parametrize("mention", ["بيان ", "بيان  ", "تقرير \n"])
def test_arabic_document_noun_and_spaces_alone_is_a_mention_of_its_own(mention):
    text = f"وقال {mention}إن الوضع مستقر."
    start = text.index(mention)
    assert cluster_speakers(text, [(start, start + len(mention))], "ar")[0][0] == 0


def test_arabic_role_after_the_name_and_family_name_alone_join_the_full_mention():
    text = ("قال الدكتور حسام عبد الغفار المتحدث باسم وزارة الصحة إن اللقاح آمن. وأوضح المتحدث باسم وزارة الصحة "
            "أن الحملة مستمرة. وقال سعد الشهري إن الفريق جاهز. وأضاف الشهري أن المباراة صعبة.")
    found = cluster_speakers(text, spans(text, "الدكتور حسام عبد الغفار المتحدث باسم وزارة الصحة",
                                         "المتحدث باسم وزارة الصحة", "سعد الشهري", "الشهري"), "ar")
    assert found[0] == found[1] == (0, "حسام عبد الغفار")
    assert found[2] == found[3] == (1, "سعد الشهري")


def test_english_canonical_name_is_the_name_as_written_without_place_party_or_rank():
    text = ("Texas Sen. Ted Cruz said the vote was close. Rep. Gwen Moore (D-Wis.) said it was not. "
            "Cruz said more. Donald J. Trump said nothing. Adm. Harry B. Harris Jr. said it was safe. "
            "The White House said it agreed.")
    found = spans(text, "Texas Sen. Ted Cruz", "Rep. Gwen Moore (D-Wis.)", "Cruz", "Donald J. Trump",
                  "Adm. Harry B. Harris Jr.", "The White House")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Ted Cruz", "Gwen Moore", "Ted Cruz", "Donald J. Trump",
                                               "Harry B. Harris Jr.", "White House"]
    assert clustered[0][0] == clustered[2][0] != clustered[1][0]


def test_english_body_name_holds_the_title_words_before_its_noun():
    text = ("The Democratic National Committee said the vote was fair. The Republican National Committee said it was "
            "not. The State Department said it had no comment. Ohio State University said classes would resume.")
    found = spans(text, "The Democratic National Committee", "The Republican National Committee",
                  "The State Department", "Ohio State University")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Democratic National Committee", "Republican National Committee",
                                               "State Department", "Ohio State University"]
    assert len({i for i, _ in clustered}) == 4


def test_english_body_named_with_a_conjunction_is_the_one_its_institution_noun_repeats():
    text = ("The Docks and Logistics Union said the offer was poor. Talks resumed on Monday. The union said it would "
            "strike. Trump and Clinton said nothing.")
    clustered = cluster_speakers(text, spans(text, "The Docks and Logistics Union", "The union", "Trump and Clinton"),
                                 "en")
    assert clustered[0] == clustered[1] == (0, "Docks and Logistics Union") != clustered[2]


def test_english_person_pronoun_stands_for_no_body_named_as_the_subject_between():
    text = ("\"It really affects your mental health,\" Roffman said.\n\nLike Makaeff, the former Trump University "
            "customer, Roffman doesn't want to tangle with Trump anymore.\n\n\"I'm 76,\" he said.")
    roffman, he = spans(text, "Roffman", "he said")
    quoted = spans(text, "It really affects your mental health,", "I'm 76,")
    sentences = [(s.start, s.end) for s in segment(text, "en")]
    clustered = cluster_speakers(text, [roffman, (he[0], he[0] + 2)], "en", sentences, quoted)
    assert clustered[1] == clustered[0] == (0, "Roffman")


def test_english_occupation_written_as_a_title_is_no_part_of_the_name():
    text = ("Farmer Tom Airey said the floods were the worst. Passenger Gemma Rowley said the train stopped. "
            "Airey said he would rebuild.")
    clustered = cluster_speakers(text, spans(text, "Farmer Tom Airey", "Passenger Gemma Rowley", "Airey"), "en")
    assert [name for _, name in clustered] == ["Tom Airey", "Gemma Rowley", "Tom Airey"]


def test_a_mention_without_a_name_or_description_keeps_its_words_as_canonical_name():
    text = "Q: Will you run? A: No, I will not."
    assert cluster_speakers(text, spans(text, "A"), "en") == [(0, "A")]


def test_arabic_name_after_a_place_or_a_form_of_address_inside_the_description():
    text = ("وقال حاكم مصرف لبنان كمال الدويهي إن الليرة مستقرة. وأضاف الدويهي أن الاحتياطي كاف. "
            "وقال مدير مستشفى العودة في مخيم جباليا شمالي قطاع غزة الدكتور نبيل الشوا إن الوضع صعب. "
            "وقال المكتب الإعلامي الحكومي في غزة إن القصف مستمر. وقال المتحدث ذاته إن الوقود نفد.")
    found = spans(text, "حاكم مصرف لبنان كمال الدويهي", "الدويهي",
                  "مدير مستشفى العودة في مخيم جباليا شمالي قطاع غزة الدكتور نبيل الشوا",
                  "المكتب الإعلامي الحكومي في غزة", "المتحدث ذاته")
    clustered = cluster_speakers(text, found, "ar")
    assert [name for _, name in clustered] == ["كمال الدويهي", "كمال الدويهي", "نبيل الشوا",
                                               "المكتب الإعلامي الحكومي في غزة", "المكتب الإعلامي الحكومي في غزة"]
    assert clustered[0][0] == clustered[1][0] and len({i for i, _ in clustered[1:]}) == 3  # (`ذاته`: the same)


def test_arabic_description_without_a_name_and_an_acronym_in_brackets():
    text = ("وقال بيان صادر عن البنك المركزي إن التضخم تراجع. وحذرت منظمة الأمم المتحدة للطفولة (يونيسف) من "
            "الجوع. وأضافت يونيسف أن الأطفال في خطر.")
    found = spans(text, "بيان صادر عن البنك المركزي", "منظمة الأمم المتحدة للطفولة (يونيسف)", "يونيسف أن")
    found[2] = (found[2][0], found[2][0] + len("يونيسف"))
    clustered = cluster_speakers(text, found, "ar")
    assert [name for _, name in clustered] == ["بيان صادر عن البنك المركزي", "يونيسف", "يونيسف"]
    assert clustered[1][0] == clustered[2][0] != clustered[0][0]


def test_english_relative_pronoun_after_a_common_noun_stands_for_its_noun_phrase():
    text = ("The actress said she wanted a candidate who says what he thinks. Devine said he spoke with political "
            "supporters who said they would wait. Sanders said so.")
    found = [(start, start + 3) for start, _ in spans(text, "who says", "who said")] + spans(text, "Sanders")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["candidate", "political supporters", "Sanders"]
    assert len({i for i, _ in clustered}) == 3


def test_english_role_after_a_name_heads_a_mention_of_its_own():
    text = ("The Clinton campaign said the ad was false. Hillary Clinton said she was proud. A Trump spokesman "
            "said nothing. Trump said more. Clinton herself said it again.")
    found = spans(text, "The Clinton campaign", "Hillary Clinton", "A Trump spokesman", "Trump", "Clinton herself")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Clinton campaign", "Hillary Clinton", "Trump spokesman", "Trump",
                                               "Hillary Clinton"]
    assert len({i for i, _ in clustered}) == 4 and clustered[1][0] == clustered[4][0]


def test_arabic_unnamed_source_title_genitive_quantifier_and_naming_word():
    text = ("وقال مصدر أمني إن الهجوم فشل. وأضاف المصدر أن التحقيق مستمر. وقال محافظ حلب إن المياه عادت. "
            "وقال أحد أصحاب الشركات إن الخسائر كبيرة. وقال أحد المحتجين، ويدعى حيدر الركابي، إن الرواتب تأخرت.")
    found = spans(text, "مصدر أمني", "المصدر", "محافظ حلب", "أحد أصحاب الشركات", "أحد المحتجين، ويدعى حيدر الركابي")
    clustered = cluster_speakers(text, found, "ar")
    assert [name for _, name in clustered] == ["مصدر أمني", "مصدر أمني", "محافظ حلب", "أحد أصحاب الشركات",
                                               "حيدر الركابي"]
    assert clustered[0][0] == clustered[1][0] and len({i for i, _ in clustered}) == 4


def test_english_headline_title_joins_the_name_it_introduces_and_a_name_before_of_is_the_person():
    text = ("Tucson mayor defends budget\n\nTucson Mayor Elena Ruiz-Harmon (D) said the budget is sound. "
            "The Whitcomb campaign said so too. Whitcomb campaign manager Jenna Marsh said more. Sen. Ted Cruz of "
            "Texas said no. The American Federation of Teachers said yes. Spain's health ministry said maybe.")
    found = spans(text, "Tucson mayor", "Tucson Mayor Elena Ruiz-Harmon (D)", "The Whitcomb campaign",
                  "Whitcomb campaign manager Jenna Marsh", "Sen. Ted Cruz of Texas",
                  "The American Federation of Teachers", "Spain's health ministry")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Elena Ruiz-Harmon", "Elena Ruiz-Harmon", "Whitcomb campaign",
                                               "Jenna Marsh", "Ted Cruz", "American Federation of Teachers",
                                               "Spain's health ministry"]
    assert clustered[0][0] == clustered[1][0] and len({i for i, _ in clustered}) == 6


@pytest.mark.parametrize("mention, name", [
    # a person of a body whose name holds names and prepositions in turn
    ("Stephen Vladeck of the University of Texas School of Law", "Stephen Vladeck"),
    ("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies", "Jeffrey Lewis"),
    # ... not a body's own name
    ("Bank of the West", "Bank of the West"),
    ("the Center for American Progress", "Center for American Progress"),
])
def test_english_canonical_name_is_the_persons_before_a_body_that_names_more(mention, name):
    assert cluster_speakers(mention, [(0, len(mention))], "en") == [(0, name)]


def test_english_speaker_named_by_one_word_takes_the_fullest_name_the_text_gives():
    text = ("Rep. Pete Sexton visited the plant on Monday. Sexton said the jobs would stay. "
            "The Fed Holds Rates As Powell Waits\n\nPowell said nothing. He met Jane Doe. Smith said it was late.")
    found = spans(text, "Sexton said", "Powell said", "Smith")
    found[:2] = [(start, start + len(word)) for (start, _), word in zip(found[:2], ("Sexton", "Powell"))]
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Pete Sexton", "Powell", "Smith"]


def test_arabic_name_set_off_by_a_comma_and_a_compound_given_name():
    text = ("وقال ممثل المفوضية في تشاد، جان بيير كوياتي، إن اللاجئين بحاجة إلى الغذاء. وقال المحامي عادل الشناوي، "
            "دفاع المتهم الأول، إن موكله بريء. وقال المتحدث باسم الوزارة، سيف الدين الربيعي، إن الوزارة مستعدة.")
    found = spans(text, "ممثل المفوضية في تشاد، جان بيير كوياتي", "المحامي عادل الشناوي، دفاع المتهم الأول",
                  "المتحدث باسم الوزارة، سيف الدين الربيعي")
    assert [name for _, name in cluster_speakers(text, found, "ar")] == ["جان بيير كوياتي", "عادل الشناوي",
                                                                        "سيف الدين الربيعي"]


def test_arabic_body_name_with_a_conjoined_noun_is_no_persons_name():
    """`وشؤون`: the conjunction and a noun of a body's name (affairs), not a given name; `وليد` is one."""
    text = "وقالت وزارة الخارجية وشؤون المغتربين إن الوضع صعب. وقال وزير الخارجية وليد المعلم إن الحل سياسي."
    found = spans(text, "وزارة الخارجية وشؤون المغتربين", "وزير الخارجية وليد المعلم")
    assert [name for _, name in cluster_speakers(text, found, "ar")] == ["وزارة الخارجية وشؤون المغتربين",
                                                                        "وليد المعلم"]


def test_english_name_after_a_possessive_and_names_in_a_roles_complement():
    text = ("NPR’s Mark Delaney said the report was wrong. A spokesman for the Crown Prosecution Service said it "
            "was right. The Crown Prosecution Service said nothing more.")
    found = spans(text, "NPR’s Mark Delaney", "A spokesman for the Crown Prosecution Service",
                  "The Crown Prosecution Service")
    clustered = cluster_speakers(text, found, "en")
    assert [name for _, name in clustered] == ["Mark Delaney", "spokesman for the Crown Prosecution Service",
                                               "Crown Prosecution Service"]
    assert len({i for i, _ in clustered}) == 3


def test_english_one_word_description_joins_the_body_whose_name_holds_it():
    text = "Bristol City Council said the road will close. The council said it had no choice. The mayor said no."
    clustered = cluster_speakers(text, spans(text, "Bristol City Council", "The council", "The mayor"), "en")
    assert [name for _, name in clustered] == ["Bristol City Council", "Bristol City Council", "mayor"]
    assert clustered[0][0] == clustered[1][0] != clustered[2][0]


def test_english_speaker_only_called_by_an_acronym_takes_the_name_the_text_spells_it_with():
    text = ("Flights resumed after the Federal Aviation Administration (FAA) lifted the halt. The FAA said the runway "
            "was safe. The BBC reported it. Conservative Solutions PAC spent $2 million. The PAC said so.")
    clustered = cluster_speakers(text, spans(text, "The FAA", "The BBC", "The PAC"), "en")
    assert [name for _, name in clustered] == ["Federal Aviation Administration", "BBC", "Conservative Solutions PAC"]
    text = "Coach Marcus Okafor spoke to reporters.\n\nOKAFOR: We will win this game."  # a transcript's label
    assert cluster_speakers(text, spans(text, "OKAFOR"), "en") == [(0, "Marcus Okafor")]


@pytest.mark.parametrize("text, mentions, group", [
    ("Hillary Clinton said the plan works. Clinton supporters said it would pass. Clinton said no.",
     ("Hillary Clinton", "Clinton supporters", "Clinton"), "Clinton supporters"),
    ("Stockport Council said the road will close. Stockport traders said they would lose trade. The council said no.",
     ("Stockport Council", "Stockport traders", "The council"), "Stockport traders"),
])
def test_english_plural_noun_after_a_name_heads_a_group_of_its_own(text, mentions, group):
    """`Clinton supporters`, `Stockport traders`: people the name describes, not the person or body it names."""
    clustered = cluster_speakers(text, spans(text, *mentions), "en")
    assert clustered[0][0] == clustered[2][0] != clustered[1][0]
    assert clustered[1][1] == group


@pytest.mark.parametrize("text, mentions", [
    ("The Federal Aviation Administration said the runway was safe. The FAA said it had checked it. AP said no.",
     ("The Federal Aviation Administration", "The FAA", "AP")),
    ("NTSB: Controller cleared the jet. The National Transportation Safety Board said the crew was tired. "
     "Alan Birkett said so.", ("NTSB", "The National Transportation Safety Board", "Alan Birkett")),
    # a name holding `and` is read as names joined; the acronym still joins it
    ("The Food and Drug Administration said the drug was safe. The FDA said it had checked. Trump and Clinton said no.",
     ("The Food and Drug Administration", "The FDA", "Trump and Clinton")),
    ("The BLET said yes. The Brotherhood of Locomotive Engineers and Trainmen said no. Trump and Clinton said no.",
     ("The BLET", "The Brotherhood of Locomotive Engineers and Trainmen", "Trump and Clinton")),
])
def test_english_acronym_joins_the_body_whose_name_it_abbreviates(text, mentions):
    """An acronym of three or more capitals is the body whose name of as many capitalised words it spells, before or
    after it; a name it does not spell (`Alan Birkett`) and an acronym of two letters (`AP`) stay apart."""
    ids = [speaker_id for speaker_id, _ in cluster_speakers(text, spans(text, *mentions), "en")]
    assert ids[0] == ids[1] != ids[2]


def test_arabic_family_name_alone_takes_the_full_name_written_after_a_title_and_no_word_is_no_name():
    text = ("وقال وزير الخارجية أيمن الصفدي في مؤتمر صحفي إن الحدود آمنة. وأضاف الصفدي أن المعابر مفتوحة. "
            "وقال — إن شيئا لم يتغير.")
    found = spans(text, "الصفدي أن", "—")
    found[0] = (found[0][0], found[0][0] + len("الصفدي"))
    assert [name for _, name in cluster_speakers(text, found, "ar")] == ["أيمن الصفدي", ""]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segment(text, "en")]


def test_pronoun_stands_for_the_person_named_between_it_and_the_quote_before():
    text = ('"We are simply deciding what belongs in a school," said board chair Tom Reyes.\n\n'
            "Board member Alicia Fenwick disagreed. She said the board had overreached.")
    mentions = spans(text, "board chair Tom Reyes", "She")
    assert cluster_speakers(text, mentions, "en")[1][0] == 0  # without sentences: the speaker quoted before
    ids = cluster_speakers(text, mentions, "en", sentence_spans(text), [])
    assert ids[0] == (0, "Tom Reyes")
    assert ids[1] == (1, "Alicia Fenwick")


def test_english_pronoun_stands_for_a_subject_before_an_adverb_set_off():
    text = ("President Donald Trump said the ruling was wrong. Senator Chuck Schumer said Trump had overreached. "
            "Trump, however, was defiant. He said he would impose new tariffs.")
    found = spans(text, "President Donald Trump", "Senator Chuck Schumer", "He")
    clustered = cluster_speakers(text, found, "en", sentence_spans(text), [])
    assert [name for _, name in clustered] == ["Donald Trump", "Chuck Schumer", "Donald Trump"]


def test_pronoun_keeps_the_speaker_before_when_a_title_or_pronoun_disagrees():
    text = ('Sen. Bernie Sanders said the race was not over. "We will fight on," he said. '
            "Mrs. Hillary Clinton won Georgia. He told the crowd he would win in June.")
    mentions = spans(text, "Sen. Bernie Sanders", "he", "He")
    ids = [i for i, _ in cluster_speakers(text, mentions, "en", sentence_spans(text), [])]
    assert ids == [0, 0, 0]
    she = text.replace("He told the crowd he", "She told the crowd she")
    ids = cluster_speakers(she, spans(she, "Sen. Bernie Sanders", "he", "She"), "en", sentence_spans(she), [])
    assert ids[2] == (1, "Hillary Clinton")
    text = 'Mr. Thomas Whitcomb said prices were too high. "It is about the next 50 years," she said.'
    ids = cluster_speakers(text, spans(text, "Mr. Thomas Whitcomb", "she"), "en", sentence_spans(text), [])
    assert ids == [(0, "Thomas Whitcomb"), (1, "she")]  # not him: someone the text does not name


def test_pronoun_does_not_stand_for_quoted_words_or_a_capitalised_common_noun():
    text = 'Donald Trump spoke in Ohio. Hillary Clinton “caused tremendous havoc,” he said.'
    quoted = [(text.index("“"), text.index(",”") + 2)]
    ids = cluster_speakers(text, spans(text, "Donald Trump", "he"), "en", sentence_spans(text), quoted)
    assert [i for i, _ in ids] == [0, 0]
    text = "Jack Ellis said the water rose fast. Business owners were devastated. He said the town would rebuild."
    quoted = [(text.index("the water"), text.index(". Business")), (text.index("the town"), len(text) - 1)]
    ids = cluster_speakers(text, spans(text, "Jack Ellis", "He"), "en", sentence_spans(text), quoted)
    assert [i for i, _ in ids] == [0, 0]


def test_arabic_role_set_off_after_a_name_links_the_role_repeated_later():
    text = ("وقال الدكتور عمرو الشربيني، المتحدث الرسمي باسم وزارة الصحة، إن الحملة مستمرة. "
            "وقال مسؤول آخر إن الفحص مجاني. وأكد المتحدث الرسمي أن الوحدات مفتوحة.")
    ids = cluster_speakers(text, spans(text, "الدكتور عمرو الشربيني", "مسؤول آخر", "المتحدث الرسمي"), "ar")
    assert [i for i, _ in ids] == [0, 1, 0]
    assert ids[2][1] == "عمرو الشربيني"
    # not a phrase that is no description: to whom it was said, when
    text = text.replace("، المتحدث الرسمي باسم وزارة الصحة،", "، للمتحدث الرسمي،")
    ids = cluster_speakers(text, spans(text, "الدكتور عمرو الشربيني", "مسؤول آخر", "المتحدث الرسمي"), "ar")
    assert [i for i, _ in ids] == [0, 1, 2]


def test_arabic_the_same_source_is_the_latest_so_described_or_the_last_speaker():
    text = ("وقال مصدر أمني إن الهجوم فشل. وقال وزير الداخلية إن التحقيق جار. "
            "وأضاف المصدر ذاته أن المنفذين فروا. وتابع المتحدث ذاته أن الحدود مغلقة.")
    mentions = spans(text, "مصدر أمني", "وزير الداخلية", "المصدر ذاته", "المتحدث ذاته")
    assert [i for i, _ in cluster_speakers(text, mentions, "ar")] == [0, 1, 0, 0]


def test_english_name_without_form_of_address_or_letters_after_it():
    text = "Alexandra Reid KC said the case was weak. Sir Alan Mercer disagreed, he said. Reid said no."
    ids = cluster_speakers(text, spans(text, "Alexandra Reid KC", "Sir Alan Mercer", "Reid"), "en")
    assert ids == [(0, "Alexandra Reid"), (1, "Alan Mercer"), (0, "Alexandra Reid")]
    text = "Rival Hillary Clinton said no. Quarterback Tyler Oakes said yes."
    ids = cluster_speakers(text, spans(text, "Rival Hillary Clinton", "Quarterback Tyler Oakes"), "en")
    assert [name for _, name in ids] == ["Hillary Clinton", "Tyler Oakes"]  # (a role opening the sentence)


def test_arabic_complement_after_a_preposition_is_no_name():
    text = ("وقال سعادة السيد ناصر بن علي المهندي رئيس الاتحاد القطري لكرة القدم إن الاستعدادات اكتملت. "
            "وأكد سعادة رئيس الاتحاد القطري لكرة القدم أن الملعب جاهز. "
            "وقالت اللجنة الوطنية لحقوق الإنسان إن الزيارة تمت.")
    ids = cluster_speakers(text, spans(text, "سعادة السيد ناصر بن علي المهندي رئيس الاتحاد القطري لكرة القدم",
                                       "سعادة رئيس الاتحاد القطري لكرة القدم", "اللجنة الوطنية لحقوق الإنسان"), "ar")
    assert ids == [(0, "ناصر بن علي المهندي"), (0, "ناصر بن علي المهندي"), (1, "اللجنة الوطنية لحقوق الإنسان")]


def test_they_stands_for_the_group_named_between_it_and_the_quote_before():
    text = ("Sen. Lisa Park said the bill was fair. Senate Democrats blocked the bill because they said it was "
            "unfair. Elias's efforts there failed, they said.")
    mentions = spans(text, "Sen. Lisa Park", "they", "they said.")
    mentions[2] = (mentions[2][0], mentions[2][0] + 4)
    ids = cluster_speakers(text, mentions, "en", sentence_spans(text), [])
    assert ids[1] == (1, "Senate Democrats")
    assert ids[2][0] == 1  # not `Elias's efforts`: an owner's thing; the group before goes on


def test_english_role_noun_links_the_role_it_heads_but_not_another_role():
    text = ("Sheriff says deputies found the car\n\nPalmetto County Sheriff Wade Garrison said the car was stolen. "
            "A federal judge said the case was weak. Vice President Mike Pence said no. The president said yes. "
            "Police Chief Angela Moreno said more. The judge said it again. The chief said nothing.")
    found = spans(text, "Sheriff", "Palmetto County Sheriff Wade Garrison", "A federal judge",
                  "Vice President Mike Pence", "The president", "Police Chief Angela Moreno", "The judge",
                  "The chief")
    ids = [i for i, _ in cluster_speakers(text, found, "en")]
    sheriff, garrison, judge, pence, president, moreno, the_judge, chief = ids
    assert sheriff == garrison and judge == the_judge and moreno == chief
    assert president != pence and len(set(ids)) == 5


def test_english_title_abbreviation_heads_its_role_and_two_indefinites_are_two_speakers():
    text = ("Governor vetoes budget\n\nGov. Teresa Molina said the bill was reckless. Sen. Bernie Sanders said no. "
            "The senator said it twice. A spokesperson said yes. A Department of Health spokesperson said maybe. "
            "Lt. Gov. Dan Reyes said nothing. The governor said more.")
    found = spans(text, "Governor", "Gov. Teresa Molina", "Sen. Bernie Sanders", "The senator", "A spokesperson",
                  "A Department of Health spokesperson", "Lt. Gov. Dan Reyes", "The governor")
    ids = [i for i, _ in cluster_speakers(text, found, "en")]
    governor, molina, sanders, senator, spokesperson, department, reyes, the_governor = ids
    assert governor == molina and sanders == senator and spokesperson != department
    assert the_governor == molina != reyes


def test_english_noun_after_a_name_heads_its_mention_unless_a_complement_follows():
    text = ("Bristol council said the road will close. The union chapter at the school said no. The school said "
            "yes. The council said it had no choice.")
    found = spans(text, "Bristol council", "The union chapter at the school", "The school", "The council")
    ids = [i for i, _ in cluster_speakers(text, found, "en")]
    council, chapter, school, the_council = ids
    assert council == the_council and school != chapter and len(set(ids)) == 3


def test_person_pronoun_after_a_group_is_no_member_of_it():
    text = ("Prosecutors said the case was closed. He said he was innocent. Trump and Sanders said no. She said "
            "yes. One of my former students said it was fair. She said more.")
    found = spans(text, "Prosecutors", "He", "he", "Trump and Sanders", "She", "One of my former students", "She")
    ids = [i for i, _ in cluster_speakers(text, found, "en")]
    prosecutors, he, he_again, pair, she, student, she_again = ids
    assert he not in (prosecutors, pair) and he == he_again
    assert she != pair and student == she_again


def test_arabic_family_name_after_son_of_takes_the_given_name_written_with_the_article():
    text = ("التقت الصحيفة الكاتب العام للجامعة الهادي بن عمار في مكتبه. وقال بن عمار إن الإضراب قائم. "
            "وقال الوزير بن سالم إن الحوار مستمر. وأضاف بن سالم أن الأجور ستزيد.")
    found = spans(text, "بن عمار إن", "بن سالم إن", "بن سالم أن")
    found = [(start, start + len(mention)) for (start, _), mention in zip(found, ("بن عمار", "بن سالم", "بن سالم"))]
    assert [name for _, name in cluster_speakers(text, found, "ar")] == ["الهادي بن عمار", "بن سالم", "بن سالم"]


def test_arabic_family_name_takes_the_full_name_after_a_title_with_a_conjunction_written_on():
    text = ("وحضر التوقيع وزير النفط ووكيل وزارة النفط العراقية علي حسين الموسوي. وأكد الموسوي أن الإنتاج مستقر. "
            "وقال الحوثيون يعلنون استهداف سفينة. وأضاف سفينة أن الميناء مغلق.")
    found = spans(text, "الموسوي أن", "سفينة أن")
    found = [(start, start + len(mention)) for (start, _), mention in zip(found, ("الموسوي", "سفينة"))]
    assert [name for _, name in cluster_speakers(text, found, "ar")] == ["علي حسين الموسوي", "سفينة"]


def test_arabic_title_in_apposition_links_the_headline_and_the_title_repeated_later_not_its_body():
    text = ("وزير الطيران: لا بيع للمطارات\n\nقال الطيار عمرو الشرقاوي، وزير الطيران المدني، إن المطارات ليست "
            "للبيع. وأضاف الوزير أن الإدارة ستتغير. وقال محمد الكواري، رئيس الخطوط الجوية القطرية، إن الرحلات "
            "مستمرة. وأعلنت الخطوط الجوية القطرية أن الأسعار ثابتة.")
    found = spans(text, "وزير الطيران", "الطيار عمرو الشرقاوي", "الوزير", "محمد الكواري", "الخطوط الجوية القطرية أن")
    found[-1] = (found[-1][0], found[-1][1] - len(" أن"))
    ids = [i for i, _ in cluster_speakers(text, found, "ar")]
    headline, sharqawi, minister, kuwari, airline = ids
    assert headline == sharqawi == minister and kuwari != airline


def test_arabic_two_titles_set_off_after_a_name_are_two_roles_of_it():
    for apposition in ("مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة الخارجية",
                       "المستشار لرئيس الوزراء والمتحدث الرسمي باسم وزارة الخارجية"):
        text = (f"وأكد الدكتور ماجد الأنصاري، {apposition}، أن الوساطة مستمرة. وقال مسؤول آخر إن الجولة قريبة. "
                "وأضاف المتحدث الرسمي أن الوفود وصلت.")
        ids = cluster_speakers(text, spans(text, "الدكتور ماجد الأنصاري", "مسؤول آخر", "المتحدث الرسمي"), "ar")
        assert [i for i, _ in ids] == [0, 1, 0]


def test_mention_of_only_a_bracketed_alias_is_clustered():
    text = "(ABC) said the vote was fair. The ABC said so again."
    clustered = cluster_speakers(text, spans(text, "(ABC)", "The ABC"), "en")
    assert clustered[0][0] == clustered[1][0] == 0


def test_english_days_months_and_numbers_are_no_names_but_name_months_are():
    text = ("A Quinnipiac poll released Thursday said so. Only 52 percent said yes. British Prime Minister Theresa May "
            "said no. Eric Trump said the gift was real. He said more. The Eric Trump Foundation said nothing.")
    found = spans(text, "A Quinnipiac poll released Thursday", "Only 52 percent", "British Prime Minister Theresa May",
                  "Eric Trump", "He", "The Eric Trump Foundation")
    names = [name for _, name in cluster_speakers(text, found, "en")]
    assert names[0] == "Quinnipiac" and names[1] == "Only 52 percent" and names[2] == "Theresa May"
    assert names[3] == names[4] == "Eric Trump"


def test_it_after_a_person_a_pronoun_stood_for_is_something_else():
    text = "Louise Faraday said the fine was fair. She said more. It said the river was clean. It said nothing else."
    ids = [i for i, _ in cluster_speakers(text, spans(text, "Louise Faraday", "She", "It", "It"), "en")]
    assert ids[0] == ids[1] != ids[2] == ids[3]


@pytest.mark.parametrize("first, later", [
    ("الدكتور مصطفى مدبولي، رئيس مجلس الوزراء،", "رئيس الوزراء"),
    ("رئيس الحكومة عزيز أخنوش", "رئيس الوزراء"),
    ("الناطق الرسمي باسم الحكومة باسل الحسن", "المتحدث الرسمي"),
    ("وزير الشؤون الخارجية أحمد عطاف", "وزير الخارجية"),
])
def test_arabic_office_written_another_way_later_is_the_same_speaker(first, later):
    text = f"وأكد {first} أن الأسعار ثابتة. وقال مسؤول آخر إن المخزون كاف. وأضاف {later} أن الدعم مستمر."
    mention = first.split("،")[0]
    ids = cluster_speakers(text, spans(text, mention, "مسؤول آخر", later), "ar")
    assert [i for i, _ in ids] == [0, 1, 0]
    assert ids[2][1] == ids[0][1]  # the name, as the first mention writes it


def test_arabic_the_same_source_is_so_described_whichever_way_its_office_is_written():
    text = ("وقال المتحدث باسم الجيش العقيد أحمد علي إن الهجوم فشل. وقال مسؤول آخر إن الحدود مغلقة. "
            "وأضاف الناطق ذاته أن المنفذين فروا.")
    mentions = spans(text, "المتحدث باسم الجيش العقيد أحمد علي", "مسؤول آخر", "الناطق ذاته")
    assert [i for i, _ in cluster_speakers(text, mentions, "ar")] == [0, 1, 0]


def test_arabic_other_offices_stay_apart_however_written():
    text = ("وأكد رئيس الحكومة عزيز أخنوش أن الأسعار ثابتة. وقال مسؤول آخر إن المخزون كاف. "
            "وأضاف رئيس مجلس النواب أن الدعم مستمر.")
    ids = cluster_speakers(text, spans(text, "رئيس الحكومة عزيز أخنوش", "مسؤول آخر", "رئيس مجلس النواب"), "ar")
    assert [i for i, _ in ids] == [0, 1, 2]


def test_arabic_family_name_in_the_title_joins_the_full_name_the_lead_gives():
    text = ("السوداني يدعو إلى حوار وطني\n\nبغداد - دعا رئيس الوزراء العراقي محمد شياع السوداني القوى السياسية إلى "
            "الحوار. وقال السوداني إن العراق موحد.")
    found = spans(text, "السوداني", "رئيس الوزراء العراقي محمد شياع السوداني", "السوداني إن")
    found[2] = (found[2][0], found[2][0] + len("السوداني"))
    ids = cluster_speakers(text, found, "ar")
    assert [i for i, _ in ids] == [0, 0, 0]
    assert {name for _, name in ids} == {"محمد شياع السوداني"}


def test_arabic_fuller_name_right_after_its_reporting_verb():
    text = "الركراكي: لن نغير طريقتنا\n\nأكد وليد الركراكي، مدرب المنتخب، أن الفريق جاهز. وقال الركراكي إن اللاعبين بخير."
    found = spans(text, "الركراكي", "وليد الركراكي", "الركراكي إن")
    found[2] = (found[2][0], found[2][0] + len("الركراكي"))
    ids = cluster_speakers(text, found, "ar")
    assert [i for i, _ in ids] == [0, 0, 0] and ids[0][1] == "وليد الركراكي"


@pytest.mark.parametrize("mention, name", [
    ('النائب عن "حزب الله" حسن فضل الله', "حسن فضل الله"),  # a body's genitive with the article ends the name
    ("المرجع محمد حسين فضل الله", "محمد حسين فضل الله"),  # a compound family name, whatever else its words are
    ("جريدة لو فيغارو", "جريدة لو فيغارو"),
    ("الخبير الاقتصادي فضل البوعينين", "فضل البوعينين"),  # a given name that is also a stop word (preferred)
])
def test_arabic_canonical_name_after_a_bodys_name_and_a_compound_family_name(mention, name):
    assert cluster_speakers(mention, [(0, len(mention))], "ar") == [(0, name)]
