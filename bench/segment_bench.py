"""Our segmenter against pySBD, sentencex and blingfire: boundary F1 and MB/s, same texts, one process.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/segment_bench.py [GOLD.jsonl ...] [--long-mb 5]

Per-paragraph rows give every system one paragraph at a time (the peers' best mode; ours
too, for a like-for-like speed); the `ours (document)` row gives ours whole documents, as the
pipeline does. Boundary F1 is the reference scorer's (`../shared/eval/score.py`, imported from
its path at run time): sentence ends counted in non-whitespace characters, document edges
excluded. Timings cover the segmentation calls only, not mapping their output (our `Sentence`
tuples, the peers' strings) to offsets, and are the fastest of `--repeat` interleaved rounds, in CPU time (see `best_times`).

The long-input table times the same `--long-mb` MB of text (the gold texts joined and
repeated) cut into 5 KB documents and as one document, to show that the speed per MB does
not fall with length.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms import build  # noqa: E402
from transforms.segment import paragraph_spans, segment  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_GOLD = [EVAL / "sentences" / f for f in ("ar_pud.jsonl", "en_gum_dev.jsonl", "en_ewt_dev.jsonl")]

Spans = list[tuple[int, int]]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peers(lang: str) -> dict[str, Callable[[str], list[str] | Spans]]:
    """Each peer as text -> sentence strings (or spans, for blingfire, which gives offsets)."""
    import blingfire
    import pysbd
    import sentencex

    sbd = pysbd.Segmenter(language=lang, clean=False)
    return {
        "pySBD": sbd.segment,
        "sentencex": lambda text: list(sentencex.segment(lang, text)),
        "blingfire": lambda text: blingfire.text_to_sentences_and_offsets(text)[1],
    }


def to_spans(text: str, start: int, pieces: list[str] | list[tuple[int, ...]]) -> Spans:
    """Offsets in `text` of the sentences of the paragraph at `start`: given as (start, end, ...) tuples (ours,
    blingfire), or as strings found in order (the other peers)."""
    if pieces and isinstance(pieces[0], tuple):
        return [(start + span[0], start + span[1]) for span in pieces]
    spans, cursor = [], start
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:  # a peer that rewrote the text: end this sentence at the cursor's next space
            continue
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    return spans


def boundaries(text: str, spans: Spans) -> set[int]:
    prefix = list(itertools.accumulate((not c.isspace() for c in text), initial=0))
    return {prefix[e] for _, e in spans} - {0, prefix[-1]}


def best_times(calls: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, object]]:
    """Each call's fastest of `repeat` rounds and its output. The calls take turns within every round, so
    that a machine that speeds up or slows down during the run (frequency scaling, warm caches, other
    processes) favours none: timed one after the other, the system timed first ran at half speed. Time
    is this process's CPU time: on a shared machine wall time also counts the other processes, and
    every system here computes on one thread. The garbage collector is off during each call, as timeit
    does: a collection then walks every object the harness keeps (the other systems' outputs too), and
    which call it lands on is chance."""
    best: dict[str, tuple[float, object]] = {name: (float("inf"), None) for name in calls}
    for _ in range(repeat):
        for name, call in calls.items():
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                out = call()
                elapsed = time.process_time() - t0
            finally:
                gc.enable()
            if elapsed < best[name][0]:
                best[name] = (elapsed, out)
    return best


def run_file(path: Path, scorer, repeat: int) -> dict[str, dict[str, float]]:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    lang = docs[0]["lang"]
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    paragraphs = [(i, p_start, d["text"][p_start:p_end])
                  for i, d in enumerate(docs) for p_start, p_end in paragraph_spans(d["text"])]
    systems: dict[str, Callable] = {"ours": lambda p: segment(p, lang), **peers(lang)}
    calls: dict[str, Callable[[], object]] = {"ours (document)": lambda: [segment(d["text"], lang) for d in docs]}
    calls |= {name: (lambda split=split: [split(p) for _, _, p in paragraphs]) for name, split in systems.items()}
    timed = best_times(calls, repeat)
    results = {}
    for name, (seconds, outputs) in timed.items():
        spans_by_doc: dict[int, Spans] = {i: [] for i in range(len(docs))}
        if name == "ours (document)":
            spans_by_doc = {i: [(s.start, s.end) for s in sentences] for i, sentences in enumerate(outputs)}
        else:
            for (i, p_start, _), pieces in zip(paragraphs, outputs):
                spans_by_doc[i] += to_spans(docs[i]["text"], p_start, pieces)
        counts = Counter()
        for i, doc in enumerate(docs):
            scorer.add_sets(counts, boundaries(doc["text"], doc["sentences"]), boundaries(doc["text"], spans_by_doc[i]))
        results[name] = {"f1": scorer.set_scores(counts)["f1"], "mb_s": size / 1e6 / seconds}
    return results


def long_inputs(paths: list[Path], long_mb: float, repeat: int) -> list[tuple[str, str, str, float, float]]:
    """(file, system, document size, seconds per MB, MB/s): the same ~long_mb MB of text (the gold texts
    repeated) given as 5 KB documents and as one document, so that only the length differs."""
    import blingfire
    import sentencex

    rows = []
    for path in paths:
        docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        lang = docs[0]["lang"]
        corpus = "\n\n".join(d["text"] for d in docs)
        chars = int(long_mb * 1e6)
        text = (corpus * (chars // len(corpus) + 1))[:chars]
        pieces = [text[i:i + 5_000] for i in range(0, len(text), 5_000)]
        size = len(text.encode("utf-8")) / 1e6
        systems = {
            "ours": lambda t: segment(t, lang),
            "sentencex": lambda t: list(sentencex.segment(lang, t)),
            "blingfire": blingfire.text_to_sentences_and_offsets,
        }
        calls = {(name, label): (lambda split=split, inputs=inputs: [split(t) for t in inputs])
                 for name, split in systems.items()
                 for label, inputs in (("5 KB", pieces), (f"{long_mb:g} MB", [text]))}
        for (name, label), (elapsed, _) in best_times(calls, repeat).items():
            rows.append((path.stem, name, label, elapsed / size, size / elapsed))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--long-mb", type=float, default=5.0, help="size of the long input (default 5 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measure; the fastest counts")
    args = parser.parse_args()
    scorer = load_scorer()
    results = {path.stem: run_file(path, scorer, args.repeat) for path in args.gold}
    names = list(next(iter(results.values())))
    print(f"transforms: {build()}")
    print("Boundary F1 / MB/s (per paragraph unless `document`)")
    print(f"{'system':<18}" + "".join(f"{stem:>26}" for stem in results))
    for name in names:
        cells = "".join(f"{results[s][name]['f1']:>16.3f} {results[s][name]['mb_s']:>7.1f} MB/s" for s in results)
        print(f"{name:<18}{cells}")
    print("\nWhole documents of growing length")
    print(f"{'file':<12}{'system':<12}{'doc size':>9}{'s per MB':>10}{'MB/s':>9}")
    for stem, name, label, elapsed, mb_s in long_inputs(args.gold, args.long_mb, args.repeat):
        print(f"{stem:<12}{name:<12}{label:>9}{elapsed:>10.4f}{mb_s:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
