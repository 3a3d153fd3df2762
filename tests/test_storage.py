import pandas as pd
import pyarrow as pa
import pytest

from flows.storage import RunStorage, count_rows, to_arrow
from transforms.tables import SENTENCES


def _sentences():
    return pd.DataFrame({"doc_id": ["d"], "sentence_index": [0], "paragraph_index": [0], "char_start": [0],
                         "char_end": [3], "text": ["Hi."], "is_heading": [False]})


def test_to_arrow_uses_the_declared_schema():
    table = to_arrow(_sentences(), SENTENCES)
    assert table.schema == SENTENCES.schema
    assert table.schema.field("sentence_index").type == pa.int32()


def test_to_arrow_rejects_a_missing_required_column():
    with pytest.raises(KeyError, match="char_end"):
        to_arrow(_sentences().drop(columns="char_end"), SENTENCES)


def test_publish_replaces_tables_and_removes_staging(tmp_path):
    first = RunStorage(tmp_path, "run-one", "2026-01-01")
    first.write(_sentences(), "sentences", "00000")
    first.publish(["sentences", "quotes"])
    assert count_rows(tmp_path / "sentences") == 1
    assert count_rows(tmp_path / "quotes") == 0  # an empty table is still a readable dataset
    assert pd.read_parquet(tmp_path / "quotes").empty
    second = RunStorage(tmp_path, "run-two", "2026-01-02")
    second.write(pd.concat([_sentences()] * 2, ignore_index=True).assign(sentence_index=[0, 1]), "sentences", "0")
    second.publish(["sentences"])
    assert count_rows(tmp_path / "sentences") == 2
    assert not (tmp_path / "_staging").exists()


def test_read_frame_keeps_nullable_offsets_integer(tmp_path):
    from flows.storage import read_frame
    from transforms.tables import QUOTES

    quotes = pd.DataFrame({"doc_id": ["d", "d"], "quote_index": [0, 1], "char_start": [0, 5], "char_end": [3, 9],
                           "text": ["abc", "defg"], "quote_type": ["direct", "indirect"],
                           "speaker_start": pd.array([None, 1], dtype="Int64"),
                           "speaker_end": pd.array([None, 2], dtype="Int64"), "speaker_inherited": [False, False],
                           "sentence_index": [0, 0]})
    storage = RunStorage(tmp_path, "run", "2026-01-01")
    back = read_frame(storage.write(quotes, "quotes", "0"))
    assert back["speaker_start"].tolist()[1] == 1 and isinstance(back["speaker_start"].tolist()[1], int)
    assert back["speaker_start"].isna().tolist() == [True, False]
