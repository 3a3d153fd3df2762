"""The seed article end to end through the transforms: offsets and the four direct quotes."""

import pandas as pd
import pytest

from transforms.documents import document_table, first_line_title
from transforms.quotes import quote_table
from transforms.segment import sentence_table
from transforms.tables import SPANS


@pytest.fixture(scope="module")
def seed_tables(seed_text):
    docs = document_table(pd.DataFrame({"source_id": ["seed"], "text": [seed_text],
                                        "title": [first_line_title(seed_text)], "lang": [None]}))
    sentences = sentence_table(docs)
    return docs, sentences, quote_table(docs, sentences)


def test_every_span_slices_the_document_text(seed_tables, seed_text):
    _, sentences, quotes = seed_tables
    for table_name, frame in (("sentences", sentences), ("quotes", quotes)):
        for start, end, text in SPANS[table_name]:
            rows = frame.dropna(subset=[start])
            assert len(rows) > 0
            for s, e, t in zip(rows[start], rows[end], rows[text]):
                assert seed_text[int(s):int(e)] == t


def test_title_is_the_first_heading_sentence(seed_tables):
    _, sentences, _ = seed_tables
    first = sentences.iloc[0]
    assert first["is_heading"] and first["text"].startswith("الكرملين: روسيا متمسكة")
    assert not sentences["text"].str.contains("\n\n").any()


def test_four_direct_quotes_with_their_speakers(seed_tables):
    _, _, quotes = seed_tables
    direct = quotes[quotes["quote_type"] == "direct"].reset_index(drop=True)
    assert len(direct) == 4
    assert direct["text"][0].startswith("هجوم ضخم آخر على مدننا")
    assert list(direct["speaker"].str.split().str[-1]) == ["زيلينسكي", "زيلينسكي", "بيسكوف", "بيسكوف"]
    assert list(direct["cue"]) == ["وكتب", "واعتبر", "وأضاف", "وتابع"]
    # وكتب, واعتبر and وتابع have no subject of their own: the speaker carries over.
    assert list(direct["speaker_inherited"]) == [True, True, False, True]


def test_quote_marks_are_outside_the_quote_span(seed_tables):
    _, _, quotes = seed_tables
    assert not quotes["text"].str.contains("[«»]").any()
