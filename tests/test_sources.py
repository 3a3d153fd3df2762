import json
from collections import Counter

import fsspec
import pandas as pd
import pytest

from flows.sources import InputError, ReadOptions, discover, plan_batches, read_batch
from tests.messy_corpus import MAX_DECOMPRESSED_BYTES, MAX_DOC_BYTES, write_messy_corpus

OPTIONS = ReadOptions(max_doc_bytes=MAX_DOC_BYTES, max_decompressed_bytes=MAX_DECOMPRESSED_BYTES)


def _read_all(inputs, options=OPTIONS, batch_bytes=1 << 20):
    frames, rejects = [], []
    for batch in plan_batches(discover(inputs), batch_bytes):
        records, bad = read_batch(batch, options)
        frames.append(records)
        rejects.append(bad)
    return pd.concat(frames, ignore_index=True), pd.concat(rejects, ignore_index=True)


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    corpus = write_messy_corpus(tmp_path_factory.mktemp("messy"))
    return corpus, *_read_all([str(corpus.root)])


def test_every_unit_is_a_record_or_a_reject(messy):
    corpus, records, rejects = messy
    expected_rejects = {k.split(":")[1]: v for k, v in corpus.expected.items() if k.startswith("reject:")}
    assert dict(Counter(rejects["reason"])) == expected_rejects
    # duplicates are still records here: the flow drops them against what is published
    assert len(records) == corpus.expected["document"] + corpus.expected["duplicate"]
    assert len(records) + len(rejects) == corpus.units
    assert rejects["sha256"].str.fullmatch("[0-9a-f]{64}").all()
    assert (rejects["message"].str.len() > 10).all()


def test_text_files_decode_exactly_with_their_encoding(messy):
    corpus, records, _ = messy
    by_name = records.assign(name=records["source_id"]).set_index("name")
    for name, text in corpus.texts.items():
        assert by_name.loc[name, "text"] == text, name
        assert by_name.loc[name, "encoding"] == corpus.encodings[name], name
    assert "\r\n" in by_name.loc["en/crlf.md", "text"]  # newlines stay as written


def test_metadata_fields_pass_through(messy):
    _, records, _ = messy
    row = records.set_index("source_id").loc["ar-1"]
    assert (row["url"], row["source"], row["title"], row["lang"]) == ("https://example.org/ar-1", "wire", "تقرير", "ar")
    assert row["published_at"] == "2026-11-28T10:00:00+03:00"  # parsed to UTC by transforms.documents


def test_other_file_types_are_not_inputs(messy):
    _, records, rejects = messy
    assert not records["source_path"].str.endswith(".pdf").any()
    assert not rejects["source_path"].str.endswith(".pdf").any()


def test_discover_globs_urls_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "Hi."}\n', encoding="utf-8")
    assert [r.source_id_base for r in discover([str(tmp_path / "*.jsonl")])] == ["b.jsonl"]
    assert [r.fmt for r in discover([f"file://{tmp_path}"])] == ["text", "jsonl"]  # sorted by path: a.txt, b.jsonl
    with pytest.raises(InputError, match="input not found"):
        discover([str(tmp_path / "missing")])
    (tmp_path / "only.pdf").write_bytes(b"x")
    with pytest.raises(InputError, match="no readable input"):
        discover([str(tmp_path / "only.pdf")])


def test_memory_filesystem_urls():
    fs = fsspec.filesystem("memory")
    fs.pipe("/nq-test/feed.jsonl", b'{"id": "m1", "text": "From memory."}\n')
    records, rejects = _read_all(["memory://nq-test"])
    assert list(records["source_id"]) == ["m1"] and rejects.empty
    assert records["source_path"][0] == "memory:///nq-test/feed.jsonl"


def test_field_mapping_for_csv(tmp_path):
    (tmp_path / "x.csv").write_text("slug,body\nk-1,Some text.\n", encoding="utf-8")
    records, _ = _read_all([str(tmp_path)], ReadOptions(id_field="slug", text_field="body"))
    assert (records["source_id"][0], records["text"][0]) == ("k-1", "Some text.")


def test_large_jsonl_is_split_at_line_ends_without_losing_lines(tmp_path):
    lines = [json.dumps({"id": str(i), "text": f"Article number {i} says hello. " * 5}) for i in range(200)]
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    batches = plan_batches(discover([str(tmp_path)]), 2000)
    assert len(batches) > 5
    ids = [sid for b in batches for sid in read_batch(b)[0]["source_id"]]
    assert ids == [str(i) for i in range(200)]
