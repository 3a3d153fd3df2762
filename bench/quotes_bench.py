"""Quote extraction speed next to sentence segmentation on the same text (MB/s of UTF-8 text).

    python bench/quotes_bench.py                 # PolNeAR dev (en) and UD Arabic-PUD + seed (ar)
    python bench/quotes_bench.py --repeat 5 --rounds 10 --long-mb 3

Each corpus's documents are repeated `--repeat` times; every stage runs `--rounds` times, the two
stages alternating, and the best round of each counts. Times are CPU time of this process
(time.process_time): on a shared machine wall time mostly measures the other processes. Quote extraction is timed on its own, given the sentence spans, so the two
columns compare the stages as the pipeline runs them. The issue's bar: extraction at least a
third of the segmenter's speed.

The long-input table times extraction alone on the same `--long-mb` MB of each corpus (its texts
joined by blank lines and repeated), cut into 5 KB documents, into ten documents and as one document,
so that only the length differs: the speed per MB must not fall as documents grow. (5 KB pieces of
a corpus of short articles hold fewer sentences after their last quote left without a speaker, which
the carried-speaker search reads: a constant share, not a length effect.)
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms import build  # noqa: E402
from transforms.quotes import extract_quotes  # noqa: E402
from transforms.segment import segment  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {
    "en: PolNeAR dev": [EVAL / "quotes" / "polnear_dev.jsonl"],
    "ar: UD Arabic-PUD + seed": [EVAL / "sentences" / "ar_pud.jsonl", EVAL / "quotes" / "seed_ar.jsonl"],
}


def load(paths: list[Path]) -> list[tuple[str, str]]:
    docs = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                docs.append((record["text"], record.get("lang") or "en"))
    return docs


def bench(docs: list[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Best-of-`rounds` MB/s of each stage; the stages alternate within a round so that load from
    other processes hits both alike."""
    megabytes = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6
    spans = [[(s.start, s.end) for s in segment(text, lang)] for text, lang in docs]
    best = {"segment": float("inf"), "quotes": float("inf")}
    gc.collect()
    gc.disable()  # as timeit does: a collection triggered by one stage's garbage would be billed to the other
    try:
        _rounds(docs, spans, rounds, best)
    finally:
        gc.enable()
    n_quotes = sum(len(extract_quotes(text, sp, lang)) for (text, lang), sp in zip(docs, spans))
    return {"MB": megabytes, "segment": megabytes / best["segment"], "quotes": megabytes / best["quotes"],
            "n_quotes": n_quotes}


def _rounds(docs: list[tuple[str, str]], spans: list, rounds: int, best: dict[str, float]) -> None:
    for _ in range(rounds):
        start = time.process_time()
        for text, lang in docs:
            segment(text, lang)
        best["segment"] = min(best["segment"], time.process_time() - start)
        start = time.process_time()
        for (text, lang), sp in zip(docs, spans):
            extract_quotes(text, sp, lang)
        best["quotes"] = min(best["quotes"], time.process_time() - start)


def long_input(docs: list[tuple[str, str]], long_mb: float, rounds: int) -> list[float]:
    """Extraction MB/s on ~`long_mb` MB of the corpus as 5 KB documents, as ten documents and as one (best of
    `rounds`)."""
    lang = docs[0][1]
    corpus = "\n\n".join(text for text, _ in docs)
    chars = int(long_mb * 1e6)
    text = (corpus * (chars // len(corpus) + 1))[:chars]
    megabytes = len(text.encode("utf-8")) / 1e6
    speeds = []
    for size in (5_000, -(-chars // 10), chars):
        pieces = [(t, [(s.start, s.end) for s in segment(t, lang)])
                  for t in (text[i:i + size] for i in range(0, len(text), size))]
        best = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            for piece, spans in pieces:
                extract_quotes(piece, spans, lang)
            best = min(best, time.process_time() - start)
        speeds.append(megabytes / best)
    return speeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="copies of each corpus (default 3)")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds, best counts (default 7)")
    parser.add_argument("--long-mb", type=float, default=3.0, help="size of the long input (default 3 MB)")
    args = parser.parse_args()
    print(f"transforms: {build()}")
    print(f"{'corpus':28} {'MB':>6} {'segment MB/s':>13} {'quotes MB/s':>12} {'ratio':>6} {'quotes':>7}")
    ok = True
    for name, paths in CORPORA.items():
        docs = load(paths) * args.repeat
        r = bench(docs, args.rounds)
        ratio = r["quotes"] / r["segment"]
        ok &= ratio >= 1 / 3
        print(f"{name:28} {r['MB']:6.2f} {r['segment']:13.2f} {r['quotes']:12.2f} {ratio:6.2f} {r['n_quotes']:7d}")
    print("extraction >= 1/3 of segmentation speed:", "yes" if ok else "NO")
    print(f"\n{'extraction MB/s by doc length':28} {'5 KB':>10} {args.long_mb / 10:>9g}M {args.long_mb:>9g}M")
    for name, paths in CORPORA.items():
        speeds = long_input(load(paths), args.long_mb, max(1, args.rounds // 3))
        print(f"{name:28} " + " ".join(f"{mb_s:10.2f}" for mb_s in speeds))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
