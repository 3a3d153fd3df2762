import pandas as pd
import pyarrow as pa
import pytest

import flows.storage
from flows.storage import COMMIT, OutputBusy, RunStorage, count_rows, output_lock, read_frame, recover, to_arrow
from transforms.tables import QUOTES, SENTENCES


def _sentences(n=1):
    return pd.DataFrame({"doc_id": ["d"] * n, "sentence_index": range(n), "paragraph_index": [0] * n,
                         "char_start": [0] * n, "char_end": [3] * n, "text": ["Hi."] * n, "is_heading": [False] * n})


def _snapshot(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
            and "_staging" not in p.parts}


def test_to_arrow_uses_the_declared_schema():
    table = to_arrow(_sentences(), SENTENCES)
    assert table.schema == SENTENCES.schema
    assert table.schema.field("sentence_index").type == pa.int32()


def test_to_arrow_rejects_a_missing_required_column():
    with pytest.raises(KeyError, match="char_end"):
        to_arrow(_sentences().drop(columns="char_end"), SENTENCES)


def test_runs_append_file_sets_and_full_refresh_replaces(tmp_path):
    first = RunStorage(tmp_path, "run-one", "2026-01-01")
    first.write(_sentences(), "sentences", "00000")
    first.publish(["sentences", "quotes"])
    assert count_rows(tmp_path / "sentences") == 1
    assert pd.read_parquet(tmp_path / "quotes").empty  # a first run without rows publishes an empty table
    second = RunStorage(tmp_path, "run-two", "2026-01-02")
    second.write(_sentences(2), "sentences", "0")
    second.publish(["sentences"])
    assert count_rows(tmp_path / "sentences") == 3
    assert sorted(p.name for p in (tmp_path / "sentences").iterdir()) == [
        "_published_by", "ingest_date=2026-01-01", "ingest_date=2026-01-02"]
    assert sorted(pd.read_parquet(tmp_path / "sentences")["ingest_date"].astype(str).unique()) == [
        "2026-01-01", "2026-01-02"]
    third = RunStorage(tmp_path, "run-three", "2026-01-03")
    third.write(_sentences(), "sentences", "0")
    third.publish(["sentences"], full_refresh=True)
    assert count_rows(tmp_path / "sentences") == 1
    assert not (tmp_path / "_staging" / "run-three").exists()


def test_a_run_killed_before_commit_is_discarded(tmp_path):
    RunStorage(tmp_path, "run-one", "2026-01-01").write(_sentences(), "sentences", "0")
    RunStorage(tmp_path, "run-one", "2026-01-01").publish(["sentences"])
    before = _snapshot(tmp_path)
    RunStorage(tmp_path, "run-two", "2026-01-02").write(_sentences(5), "sentences", "0")  # then killed
    assert _snapshot(tmp_path) == before
    assert recover(tmp_path) == ["run-two"]
    assert _snapshot(tmp_path) == before
    assert not (tmp_path / "_staging" / "run-two").exists()


def test_a_run_killed_between_swaps_is_completed_by_recover(tmp_path, monkeypatch):
    one = RunStorage(tmp_path, "run-one", "2026-01-01")
    one.write(_sentences(), "sentences", "0")
    one.publish(["sentences", "quotes"])
    two = RunStorage(tmp_path, "run-two", "2026-01-02")
    two.write(_sentences(2), "sentences", "0")
    real_exchange, calls = flows.storage._exchange, []

    def killed_after_first_swap(a, b):
        if calls:
            raise KeyboardInterrupt("killed")
        calls.append(b)
        real_exchange(a, b)

    monkeypatch.setattr(flows.storage, "_exchange", killed_after_first_swap)
    with pytest.raises(KeyboardInterrupt):
        two.publish(["sentences", "quotes"])
    assert (two.staging / COMMIT).exists()
    monkeypatch.setattr(flows.storage, "_exchange", real_exchange)
    assert recover(tmp_path) == ["run-two"]
    assert count_rows(tmp_path / "sentences") == 3
    assert (tmp_path / "quotes" / "_published_by").read_text() == "run-two"


def test_one_run_at_a_time(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(OutputBusy):
            with output_lock(tmp_path):
                pass


def test_read_frame_keeps_nullable_offsets_integer(tmp_path):
    quotes = pd.DataFrame({"doc_id": ["d", "d"], "quote_index": [0, 1], "char_start": [0, 5], "char_end": [3, 9],
                           "text": ["abc", "defg"], "quote_type": ["direct", "indirect"],
                           "speaker_start": pd.array([None, 1], dtype="Int64"),
                           "speaker_end": pd.array([None, 2], dtype="Int64"), "speaker_inherited": [False, False],
                           "sentence_index": [0, 0]})
    back = read_frame(RunStorage(tmp_path, "run", "2026-01-01").write(quotes, "quotes", "0"))
    assert to_arrow(back, QUOTES).schema == QUOTES.schema
    assert back["speaker_start"].tolist()[1] == 1 and isinstance(back["speaker_start"].tolist()[1], int)
    assert back["speaker_start"].isna().tolist() == [True, False]
