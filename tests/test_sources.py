import json

import pytest

from flows.sources import InputError, discover, plan_batches, read_batch


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_discover_directories_files_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("x", encoding="utf-8")
    _write_jsonl(tmp_path / "b.jsonl", [{"id": "1", "text": "Hi."}])
    assert [r.path.endswith("one.txt") for r in discover([str(tmp_path / "a")])] == [True]
    assert len(discover([str(tmp_path / "*.jsonl")])) == 1
    with pytest.raises(InputError, match="input not found"):
        discover([str(tmp_path / "missing")])
    with pytest.raises(InputError, match="no .txt or .jsonl"):
        discover([str(tmp_path / "a" / "notes.csv")])


def test_txt_keeps_text_exactly_and_takes_title_and_relative_id(tmp_path):
    (tmp_path / "sub").mkdir()
    raw = "\ufeff\nعنوان الخبر\r\n\r\nقال الوزير.\r\n"
    (tmp_path / "sub" / "x.txt").write_bytes(raw.encode("utf-8"))
    records, rejects = read_batch(plan_batches(discover([str(tmp_path)]), 1 << 20)[0])
    assert rejects.empty
    row = records.iloc[0]
    assert row["text"] == raw[1:]  # only the BOM removed, CRLF kept
    assert row["title"] == "عنوان الخبر"
    assert row["source_id"] == "sub/x.txt"


def test_bad_inputs_become_rejects_with_reasons(tmp_path):
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Fine."}\n{broken\n{"id": "no-text"}\n{"id": "blank", "text": " "}\n', encoding="utf-8")
    records, rejects = read_batch(plan_batches(discover([str(tmp_path)]), 1 << 20)[0])
    assert list(records["source_id"]) == ["ok"]
    assert sorted(rejects["reason"]) == ["bad_json", "empty_text", "empty_text", "missing_text", "undecodable"]
    assert (rejects["message"].str.len() > 0).all()


def test_large_jsonl_is_split_at_line_ends_without_losing_lines(tmp_path):
    records = [{"id": str(i), "text": f"Article number {i} says hello. " * 5, "lang": "en"} for i in range(200)]
    _write_jsonl(tmp_path / "big.jsonl", records)
    batches = plan_batches(discover([str(tmp_path)]), 2000)
    assert len(batches) > 5
    ids = [sid for b in batches for sid in read_batch(b)[0]["source_id"]]
    assert ids == [str(i) for i in range(200)]
