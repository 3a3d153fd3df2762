"""The flow end to end under Prefect's test harness (one temporary server for the session)."""

import json

import pandas as pd
import pytest

from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "en-1", "text": 'Talks resume\n\n"We are ready," the minister said on Monday.',
                    "lang": "en", "url": "https://example.org/1"}) + "\n{not json\n",
        encoding="utf-8",
    )
    return [str(SEEDS), str(folder)]


@pytest.fixture(scope="module")
def published(prefect_harness, inputs, tmp_path_factory):
    from flows.pipeline import news_quotes

    out = tmp_path_factory.mktemp("out")
    return news_quotes(inputs=inputs, output=str(out)), out


def test_run_publishes_every_table(published):
    summary, out = published
    docs = pd.read_parquet(out / "documents")
    sentences = pd.read_parquet(out / "sentences")
    quotes = pd.read_parquet(out / "quotes")
    assert sorted(docs["source_id"]) == ["000_5a5ff2ec8f354094.txt", "en-1"]
    assert summary.rows == {"documents": 2, "sentences": len(sentences), "quotes": len(quotes), "rejects": 1}
    assert docs.set_index("source_id")["n_quotes"].sum() == len(quotes)
    assert (docs["run_id"] == summary.run_id).all()
    assert not (out / "_staging").exists()
    assert (out / "data_docs" / "index.html").exists()


def test_offsets_slice_the_published_text(published):
    _, out = published
    texts = pd.read_parquet(out / "documents").set_index("doc_id")["text"]
    for table in ("sentences", "quotes"):
        frame = pd.read_parquet(out / table)
        for doc_id, s, e, t in frame[["doc_id", "char_start", "char_end", "text"]].itertuples(index=False):
            assert texts[doc_id][s:e] == t


def test_seed_quotes_and_rejects_are_published(published):
    _, out = published
    quotes = pd.read_parquet(out / "quotes")
    assert (quotes["quote_type"] == "direct").sum() >= 5  # four in the seed, one in the JSONL article
    rejects = pd.read_parquet(out / "rejects")
    assert list(rejects["reason"]) == ["bad_json"]


def test_failed_validation_publishes_nothing(published, inputs, monkeypatch):
    import flows.pipeline
    from expectations.validate import ValidationFailed

    _, out = published
    before = pd.read_parquet(out / "quotes")

    from transforms.quotes import quote_table

    def tampered(documents, sentences):
        quotes = quote_table(documents, sentences)
        quotes.loc[quotes.index[0], "text"] = "tampered"
        return quotes

    monkeypatch.setattr(flows.pipeline, "quote_table", tampered)
    with pytest.raises(ValidationFailed, match="quotes .*_slice_text"):
        flows.pipeline.news_quotes(inputs=inputs, output=str(out))
    pd.testing.assert_frame_equal(pd.read_parquet(out / "quotes"), before)
    assert not (out / "_staging").exists()


def test_cli_reports_a_missing_input_in_one_line(prefect_harness, tmp_path, capsys):
    from flows.cli import main

    assert main(["run", "--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("news-quotes: run failed: InputError: input not found")
