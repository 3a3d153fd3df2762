"""The flow end to end under Prefect's test harness (one temporary server for the session)."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, SEEDS
from tests.messy_corpus import MAX_DECOMPRESSED_BYTES, MAX_DOC_BYTES, write_messy_corpus


@pytest.fixture(scope="module")
def size_limits():
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWS_QUOTES_MAX_DOC_MB", str(MAX_DOC_BYTES / 2**20))
    mp.setenv("NEWS_QUOTES_MAX_DECOMPRESSED_MB", str(MAX_DECOMPRESSED_BYTES / 2**20))
    yield
    mp.undo()


@pytest.fixture(scope="module")
def messy_run(prefect_harness, size_limits, tmp_path_factory):
    from flows.pipeline import news_quotes

    corpus = write_messy_corpus(tmp_path_factory.mktemp("messy"))
    inputs = [str(SEEDS), str(corpus.root)]
    out = tmp_path_factory.mktemp("out")
    return corpus, inputs, out, news_quotes(inputs=inputs, output=str(out), batch_mb=0.01)


def test_accounting_adds_up_exactly(messy_run):
    corpus, _, out, summary = messy_run
    c = summary.counts
    seed_docs = 1
    assert c["units"] == corpus.units + seed_docs == c["documents"] + c["rejects"] + c["duplicates"]
    assert c["documents"] == corpus.expected["document"] + seed_docs
    assert c["duplicates"] == corpus.expected["duplicate"]
    rejects = pd.read_parquet(out / "rejects")
    expected = {k.split(":")[1]: v for k, v in corpus.expected.items() if k.startswith("reject:")}
    assert dict(Counter(rejects["reason"])) == expected
    inputs = pd.read_parquet(out / "inputs")
    assert (inputs["units"] == inputs["documents"] + inputs["rejects"] + inputs["duplicates"]).all()
    assert inputs["documents"].sum() == len(pd.read_parquet(out / "documents"))
    runs = pd.read_parquet(out / "runs")
    assert runs.set_index("run_id").loc[summary.run_id, "status"] == "published"


def test_published_tables_hold_every_document_once_with_exact_offsets(messy_run):
    _, _, out, summary = messy_run
    docs = pd.read_parquet(out / "documents")
    assert docs["doc_id"].is_unique
    assert summary.rows["documents"] == len(docs)
    assert set(docs["encoding"]) >= {"utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859_6", "cp1252"}
    texts = docs.set_index("doc_id")["text"]
    for table in ("sentences", "quotes"):
        frame = pd.read_parquet(out / table)
        assert len(frame) > 0
        for doc_id, s, e, t in frame[["doc_id", "char_start", "char_end", "text"]].itertuples(index=False):
            assert texts[doc_id][s:e] == t
    assert (docs.set_index("doc_id")["n_quotes"].sum()) == len(pd.read_parquet(out / "quotes"))
    published = docs.set_index("source_id")["published_at"]
    assert str(published["ar-1"]) == "2026-11-28 07:00:00+00:00" and pd.isna(published["en-1"])
    assert (out / "data_docs" / "index.html").exists()
    assert not any((out / "_staging").glob("*/"))


def test_second_run_reads_nothing_and_adds_nothing(messy_run):
    from flows.pipeline import news_quotes

    _, inputs, out, first = messy_run
    before = {t: len(pd.read_parquet(out / t)) for t in ("documents", "sentences", "quotes", "rejects")}
    again = news_quotes(inputs=inputs, output=str(out), batch_mb=0.01)
    assert again.counts["files_read"] == 0 and again.counts["files_skipped"] == first.counts["files_read"]
    assert {t: len(pd.read_parquet(out / t)) for t in before} == before
    assert len(pd.read_parquet(out / "runs")) == 2


def test_a_changed_file_is_read_again_and_its_old_texts_are_not_duplicated(messy_run, tmp_path):
    from flows.pipeline import news_quotes

    corpus, inputs, out, _ = messy_run
    feed = corpus.root / "feeds" / "feed.jsonl"
    feed.write_text(feed.read_text(encoding="utf-8") + json.dumps({"id": "new", "text": "A new story."}) + "\n",
                    encoding="utf-8")
    run = news_quotes(inputs=inputs, output=str(out), batch_mb=0.01)
    assert run.counts["files_read"] == 1
    assert run.counts["documents"] == 1  # only the new line; ar-1 and en-1 are duplicates now
    assert pd.read_parquet(out / "documents")["doc_id"].is_unique


def test_full_refresh_rebuilds(messy_run):
    from flows.pipeline import news_quotes

    _, inputs, out, _ = messy_run
    run = news_quotes(inputs=inputs, output=str(out), batch_mb=0.01, full_refresh=True)
    assert len(pd.read_parquet(out / "documents")) == run.counts["documents"]
    assert pd.read_parquet(out / "documents")["doc_id"].is_unique


def _table(out, name):
    frame = pd.read_parquet(out / name).drop(columns=["run_id", "ingested_at", "ingest_date"], errors="ignore")
    return frame.sort_values(list(frame.columns[:3])).reset_index(drop=True)


def test_worker_processes_publish_what_threads_publish(prefect_harness, seed_text, tmp_path):
    from flows.pipeline import news_quotes

    lines = [json.dumps({"id": f"d{i}", "text": f'{i}. "We will see," the mayor said.\n\n{seed_text}'}, ensure_ascii=False)
             for i in range(12)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [str(tmp_path / "feed.jsonl")]
    threads = news_quotes(inputs=inputs, output=str(tmp_path / "threads"), batch_mb=0.02, workers=1)
    processes = news_quotes(inputs=inputs, output=str(tmp_path / "processes"), batch_mb=0.02, workers=2)
    assert processes.counts == threads.counts and processes.counts["documents"] == 12
    for name in ("documents", "sentences", "quotes", "speakers"):
        pd.testing.assert_frame_equal(_table(tmp_path / "processes", name), _table(tmp_path / "threads", name))


def test_failed_validation_publishes_nothing_but_the_failed_run(prefect_harness, tmp_path, monkeypatch):
    import flows.pipeline
    from expectations.validate import ValidationFailed
    from transforms.quotes import quote_table

    def tampered(documents, sentences):
        quotes = quote_table(documents, sentences)
        quotes.loc[quotes.index[0], "text"] = "tampered"
        return quotes

    monkeypatch.setattr(flows.pipeline, "quote_table", tampered)
    with pytest.raises(ValidationFailed, match="quotes .*_slice_text"):
        flows.pipeline.news_quotes(inputs=[str(SEEDS)], output=str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("_")) == ["data_docs", "runs"]
    runs = pd.read_parquet(tmp_path / "runs")
    assert list(runs["status"]) == ["failed"] and "expect_column_pair_values_to_be_equal" in runs["message"][0]


def test_cli_reports_a_missing_input_in_one_line(prefect_harness, tmp_path, capsys):
    from flows.cli import main

    assert main(["run", "--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("news-quotes: run failed: InputError: input not found")


def _children(pid: int) -> list[int]:
    return [int(p) for p in (Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]


def _all_gone(pids: list[int], seconds: float) -> bool:
    """Whether every process has ended (a zombie waiting for its reaper counts as ended) within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except FileNotFoundError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.2)
    return False


def _snapshot(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "_staging" not in p.parts and "data_docs" not in p.parts}


def test_a_run_killed_mid_write_leaves_the_published_tables_and_the_next_run_completes(prefect_harness, tmp_path):
    from prefect.settings import PREFECT_API_URL

    from flows.pipeline import news_quotes

    out, corpus = tmp_path / "out", tmp_path / "corpus"
    news_quotes(inputs=[str(SEEDS)], output=str(out))
    before = _snapshot(out)
    corpus.mkdir()
    lines = [json.dumps({"id": f"a{i}", "text": f'Story {i}. "We will see," the mayor said. ' * 40}) for i in range(600)]
    (corpus / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PYTHONPATH": str(ROOT), "NEWS_QUOTES_WORKERS": "2"}
    code = f"from flows.pipeline import news_quotes; news_quotes(inputs=[{str(corpus)!r}], output={str(out)!r}, batch_mb=0.2)"
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list((out / "_staging").glob("*/tables/sentences/*/*.parquet")) and time.monotonic() < deadline:
        assert proc.poll() is None, "the run ended before it was killed"
        time.sleep(0.05)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert workers and _all_gone(workers, seconds=10)  # the worker processes end with the run
    assert list((out / "_staging").glob("*/tables"))  # it died with staged parts on disk
    assert _snapshot(out) == before

    run = news_quotes(inputs=[str(SEEDS), str(corpus)], output=str(out), batch_mb=0.2)
    assert run.counts["documents"] == 600 and run.counts["files_read"] == 1
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 601 and docs["doc_id"].is_unique
    assert not any((out / "_staging").glob("*/"))


def test_a_document_a_transform_raises_on_is_quarantined_and_the_rest_published(prefect_harness, seed_text,
                                                                                 tmp_path, monkeypatch):
    import flows.pipeline
    from transforms.quotes import quote_table
    from transforms.segment import sentence_table

    def failing_on(marker, transform):
        def wrapped(documents, *args):
            if documents["text"].str.contains(marker).any():
                raise ValueError(f"cannot handle {marker}")
            return transform(documents, *args)
        return wrapped

    monkeypatch.setattr(flows.pipeline, "sentence_table", failing_on("SEGBUG", sentence_table))
    monkeypatch.setattr(flows.pipeline, "quote_table", failing_on("QUOTEBUG", quote_table))
    texts = [f'{i}. "We will see," the mayor said.' for i in range(6)]
    texts[1] += " SEGBUG"
    texts[4] += " QUOTEBUG"
    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(texts + [seed_text])]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = flows.pipeline.news_quotes(inputs=[str(tmp_path / "feed.jsonl")], output=str(tmp_path / "out"))

    out = tmp_path / "out"
    assert summary.counts["documents"] == 5 and summary.counts["rejects"] == 2
    rejects = pd.read_parquet(out / "rejects").set_index("reason")
    assert rejects.loc["segment_error", "message"].startswith("ValueError: cannot handle SEGBUG")
    assert rejects.loc["quote_error", "message"].startswith("ValueError: cannot handle QUOTEBUG")
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs["source_id"]) == ["d0", "d2", "d3", "d5", "d6"]
    for table in ("sentences", "quotes"):
        assert set(pd.read_parquet(out / table)["doc_id"]) == set(docs["doc_id"])
    inputs = pd.read_parquet(out / "inputs")
    assert inputs[["units", "documents", "rejects"]].values.tolist() == [[7, 5, 2]]
