import pandas as pd

from transforms.documents import doc_id_for, document_table, first_line_title, strip_bom
from transforms.languages import detect_language, lexicon_for


def test_doc_id_is_stable_and_depends_on_text():
    assert doc_id_for("نص الخبر") == doc_id_for("نص الخبر")
    assert doc_id_for("نص الخبر") != doc_id_for("نص الخبر.")
    assert len(doc_id_for("x")) == 16


def test_first_line_title_skips_blank_lines():
    assert first_line_title("\n\n  Headline here \nBody.") == "Headline here"
    assert first_line_title("   \n") is None


def test_strip_bom_only_removes_a_leading_bom():
    assert strip_bom("\ufeffabc") == "abc"
    assert strip_bom("a\ufeffb") == "a\ufeffb"


def test_detect_language(seed_text):
    assert detect_language(seed_text) == "ar"
    assert detect_language("The minister said on Tuesday that talks would resume.") == "en"


def test_unknown_language_falls_back_to_english_rules():
    assert lexicon_for("fr").lang == "en"
    assert lexicon_for("ar-EG").lang == "ar"


def test_document_table_keeps_given_language_and_detects_missing_ones():
    raw = pd.DataFrame({"source_id": ["a", "b"], "text": ["قال الوزير إن المحادثات ستستأنف.", "Hello there."],
                        "lang": ["ar", None]})
    docs = document_table(raw)
    assert list(docs["lang"]) == ["ar", "en"]
    assert list(docs["n_chars"]) == [len(t) for t in raw["text"]]
    assert list(raw.columns) == ["source_id", "text", "lang"]  # input frame untouched


def test_data_dictionary_file_is_current():
    from tests.conftest import ROOT
    from transforms.tables import data_dictionary_markdown

    assert (ROOT / "DATA_DICTIONARY.md").read_text(encoding="utf-8") == data_dictionary_markdown(), (
        "run `news-quotes schema > DATA_DICTIONARY.md`")
