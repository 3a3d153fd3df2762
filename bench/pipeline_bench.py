"""Throughput of each pipeline stage and of the whole flow on a synthetic news corpus.

    python bench/pipeline_bench.py --mb 20            # stages in-process, then the Prefect flow
    python bench/pipeline_bench.py --mb 20 --no-flow  # stages only
    python bench/pipeline_bench.py --mb 64 --no-stages --workers 1 2  # the flow in threads, then in 2 processes

The corpus is JSONL made by cycling the texts of the gold files in ../shared/eval (or the
seeds), each copy made unique so that de-duplication keeps it. Prints MB/s per stage, the
share of time each takes, the flow's MB/s for each worker count (wall time, Prefect's start-up
included) and the peak memory of this process and of its worker processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EVAL = ROOT.parent / "shared" / "eval"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def source_texts() -> list[tuple[str, str]]:
    files = sorted(EVAL.glob("*/*.jsonl"))
    texts = [(d.get("lang", "en"), d["text"]) for f in files for d in map(json.loads, f.open(encoding="utf-8"))]
    return texts or [("ar", p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")]


def write_corpus(path: Path, mb: float) -> int:
    texts, size, i = source_texts(), 0, 0
    with path.open("w", encoding="utf-8") as f:
        while size < mb * 2**20:
            lang, text = texts[i % len(texts)]
            line = json.dumps({"id": f"doc-{i}", "lang": lang, "text": f"{text}\n\n({i})"}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    return size


def time_stages(corpus: Path, size: int) -> None:
    import pandas as pd

    from expectations.validate import validate_table
    from flows.sources import discover, plan_batches, read_batch
    from flows.storage import RunStorage
    from transforms import build
    from transforms.documents import document_table
    from transforms.quotes import quote_table, speaker_table
    from transforms.segment import sentence_table

    validate_table("runs", pd.DataFrame(), pd.DataFrame(), "warm-up")  # import GX outside the timings
    timings: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        return result

    with tempfile.TemporaryDirectory() as tmp:
        storage = RunStorage(Path(tmp), "bench", "2026-01-01")
        for batch in plan_batches(discover([str(corpus)]), 16 * 2**20):
            raw, _ = timed("read + decode", read_batch, batch)
            docs = timed("documents", document_table, raw)
            sentences = timed("segment", sentence_table, docs)
            quotes = timed("quotes", quote_table, docs, sentences)
            speakers = timed("speakers", speaker_table, docs, quotes)
            docs = docs.assign(n_sentences=0, n_quotes=0, run_id="bench", ingested_at=pd.Timestamp.now(tz="UTC"))
            for table, frame in (("documents", docs), ("sentences", sentences), ("quotes", quotes),
                                 ("speakers", speakers)):
                timed("validate (GX)", validate_table, table, frame, docs, batch.name)
                timed("write parquet", storage.write, frame, table, batch.name)
    total = sum(timings.values())
    mb = size / 2**20
    print(f"\nstages, in-process, {mb:.1f} MB of JSONL, transforms: {build()}")
    print(f"{'stage':<16}{'seconds':>9}{'MB/s':>9}{'share':>8}")
    for name, seconds in timings.items():
        print(f"{name:<16}{seconds:>9.2f}{mb / seconds:>9.1f}{seconds / total:>8.0%}")
    print(f"{'all stages':<16}{total:>9.2f}{mb / total:>9.1f}")


def time_flow(corpus: Path, size: int, batch_mb: float, workers: list[int]) -> None:
    from flows.pipeline import news_quotes

    mb, first = size / 2**20, None
    for n in workers:
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            summary = news_quotes(inputs=[str(corpus)], output=out, batch_mb=batch_mb, workers=n)
            seconds = time.perf_counter() - start
        first = first or seconds
        print(f"\nflow, {n} worker(s): {summary.counts['documents']} documents, {mb:.1f} MB in {seconds:.1f} s = "
              f"{mb / seconds:.2f} MB/s, {first / seconds:.2f}x the first")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    parser.add_argument("--no-flow", action="store_true", help="skip the Prefect flow run")
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process stage timings")
    parser.add_argument("--batch-mb", type=float, default=16.0, help="the flow's batch size (default 16)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="worker counts to run the flow with, one run each (default: 1 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(corpus, args.mb)
        if not args.no_stages:
            time_stages(corpus, size)
        if not args.no_flow:
            time_flow(corpus, size, args.batch_mb, args.workers)
    print(f"\npeak memory (max RSS): this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
          f"largest child process (workers, Prefect server) {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
