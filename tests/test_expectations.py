"""The GX suites pass on good tables and name the broken expectation on corrupted ones."""

import pandas as pd
import pytest

from expectations.validate import ValidationFailed, load_suite_json, raise_on_failure, validate_table
from transforms.documents import document_table
from transforms.quotes import quote_table
from transforms.segment import sentence_table
from transforms.tables import TABLES

TEXT = 'Heading\n\nThe minister said that talks would resume. "We are ready," she said.'


@pytest.fixture(scope="module")
def tables():
    docs = document_table(pd.DataFrame({"source_id": ["x"], "text": [TEXT], "title": ["Heading"], "lang": ["en"]}))
    sentences = sentence_table(docs)
    quotes = quote_table(docs, sentences)
    docs = docs.assign(n_sentences=len(sentences), n_quotes=len(quotes), run_id="r",
                       ingested_at=pd.Timestamp("2026-01-01", tz="UTC"), source_path="x",
                       url=None, published_at=None, source=None, position=0, encoding="utf-8")
    return {"documents": docs, "sentences": sentences, "quotes": quotes}


def test_every_table_has_a_suite_naming_its_columns():
    for name, table in TABLES.items():
        suite = load_suite_json(name)
        assert suite["name"] == name
        column_sets = [e["kwargs"]["column_set"] for e in suite["expectations"]
                       if e["type"] == "expect_table_columns_to_match_set"]
        assert column_sets == [table.column_names]


@pytest.mark.parametrize("table", ["documents", "sentences", "quotes"])
def test_good_tables_pass(tables, table):
    assert len(tables[table]) > 0
    result = validate_table(table, tables[table], tables["documents"], "b0")
    assert result.success, result.failures


def _broken(frame, **changes):
    frame = frame.copy()
    for column, value in changes.items():
        frame.loc[frame.index[0], column] = value
    return frame


@pytest.mark.parametrize("table, changes, expectation", [
    ("sentences", {"text": "not the slice"}, "expect_column_pair_values_to_be_equal"),
    ("sentences", {"char_end": 0}, "expect_column_pair_values_a_to_be_greater_than_b"),
    ("sentences", {"char_end": 10_000}, "_doc_length"),
    ("quotes", {"quote_type": "rumour"}, "expect_column_values_to_be_in_set"),
    ("quotes", {"speaker": "Someone Else"}, "_slice_speaker"),
    ("documents", {"doc_id": None}, "expect_column_values_to_not_be_null"),
])
def test_corrupted_tables_fail_naming_the_expectation_and_rows(tables, table, changes, expectation):
    broken = _broken(tables[table], **changes)
    result = validate_table(table, broken, tables["documents"], "b0")
    assert not result.success
    assert any(expectation in f for f in result.failures), result.failures
    with pytest.raises(ValidationFailed, match=table):
        raise_on_failure([result])


def test_failure_names_the_keys_of_the_failing_rows(tables):
    broken = _broken(tables["quotes"], speaker="Someone Else")
    result = validate_table("quotes", broken, tables["documents"], "b0")
    row = broken.iloc[0]
    assert any(str(row["doc_id"]) in f and "quote_index" in f for f in result.failures), result.failures


def test_batches_are_not_fingerprinted(tables):
    """GX's md5 over every cell of a batch is switched off (validate._context): if a GX release renames the setting,
    validation gets 40% slower and this says so."""
    result = validate_table("sentences", tables["sentences"], tables["documents"], "b0")
    assert result.success
    assert "pandas_data_fingerprint" not in result.result["meta"]["batch_markers"]


def test_duplicate_keys_fail(tables):
    doubled = pd.concat([tables["sentences"]] * 2, ignore_index=True)
    result = validate_table("sentences", doubled, tables["documents"], "b0")
    assert any("expect_compound_columns_to_be_unique" in f for f in result.failures)


def test_parallel_validations_do_not_mix_results(tables):
    from concurrent.futures import ThreadPoolExecutor

    jobs = [("sentences", tables["sentences"]), ("quotes", tables["quotes"])] * 4
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda job: validate_table(job[0], job[1], tables["documents"], "b"), jobs))
    assert all(r.success for r in results), [f for r in results for f in r.failures]


def test_rows_of_an_unknown_document_fail_the_offset_checks(tables):
    orphan = tables["sentences"].assign(doc_id="0000000000000000")
    result = validate_table("sentences", orphan, tables["documents"], "b0")
    assert any("_slice_text" in f for f in result.failures)


def test_quote_type_suite_allows_exactly_the_documented_types():
    from transforms.tables import QUOTE_TYPES

    in_set = [e["kwargs"]["value_set"] for e in load_suite_json("quotes")["expectations"]
              if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "quote_type"]
    assert in_set == [list(QUOTE_TYPES)]
