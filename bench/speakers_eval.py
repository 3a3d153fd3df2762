"""Speaker clustering and canonical names against annotated speaker entities.

    python bench/speakers_eval.py GOLD.jsonl [GOLD.jsonl ...] --entities DIR

Each gold file (the reference scorer's quote format) comes with `DIR/<stem>.ent.jsonl`: one line per article,
`{"id": ..., "entities": [{"name": "Donald Trump", "quotes": [0, 3, 7]}, ...]}`, which groups the article's
attributions (indices into its `quotes`) by who the speaker is, and names each speaker.

An attribution is evaluated when the scorer finds it and judges its speaker right (`nesting.judged_rows`: the
scorer's matching, on the transforms' rows in process), so that clustering is measured apart from extraction.
Over the evaluated attributions of each article:

* links: every pair of them is a link when both have one gold entity, and a predicted link when both rows have one
  `speaker_id`; precision, recall and F1 of the predicted links;
* name: the share whose row's `speaker_canonical` equals the entity's name, compared case-blind without
  punctuation, quote marks or a leading English article.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from nesting import gold_positions, judged_rows, load_scorer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.quotes import extract_quotes  # noqa: E402
from transforms.segment import segment  # noqa: E402
from transforms.speakers import cluster_speakers  # noqa: E402

_NOISE = re.compile(r"[\"'“”‘’«»‹›.,،؛;:()\-–—]")


def normal_name(name: str | None) -> str:
    words = _NOISE.sub(" ", name or "").casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def score_doc(scorer, record: dict, entities: list[dict], counts: Counter) -> None:
    """Add the article's link and name counts to `counts`."""
    text, lang = record["text"], record.get("lang") or "en"
    sentences = [(s.start, s.end) for s in segment(text, lang)]
    quotes = extract_quotes(text, sentences, lang)
    spans = [(q.start, q.end) for q in quotes]
    clusters = cluster_speakers(text, [q.speaker for q in quotes], lang, sentences, spans)
    entity_of = {a: (e, entity["name"]) for e, entity in enumerate(entities) for a in entity["quotes"]}
    evaluated = []  # (gold entity, gold name, predicted speaker id, predicted canonical name)
    for a, k in judged_rows(scorer, record, spans, gold_positions(scorer, record)).items():
        gold_speaker, speaker = record["quotes"][a]["speaker"], quotes[k].speaker
        if a in entity_of and speaker is not None and any(max(speaker[0], s) < min(speaker[1], e)
                                                          for s, e in gold_speaker):
            evaluated.append((*entity_of[a], *clusters[k]))
    counts["evaluated"] += len(evaluated)
    counts["name_ok"] += sum(normal_name(name) == normal_name(canonical) for _, name, _, canonical in evaluated)
    for (gold_a, _, pred_a, _), (gold_b, _, pred_b, _) in itertools.combinations(evaluated, 2):
        counts["gold_links"] += gold_a == gold_b
        counts["pred_links"] += pred_a == pred_b
        counts["both_links"] += gold_a == gold_b and pred_a == pred_b


def report(label: str, counts: Counter) -> str:
    p = counts["both_links"] / counts["pred_links"] if counts["pred_links"] else 0.0
    r = counts["both_links"] / counts["gold_links"] if counts["gold_links"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    name = counts["name_ok"] / counts["evaluated"] if counts["evaluated"] else 0.0
    return (f"{label:<14}{counts['evaluated']:>10}{p:>10.3f}{r:>10.3f}{f1:>10.3f}"
            f"{name:>10.3f} ({counts['name_ok']}/{counts['evaluated']})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--entities", type=Path, required=True, help="folder of <stem>.ent.jsonl files")
    args = parser.parse_args()
    scorer = load_scorer()
    print(f"{'file':<14}{'evaluated':>10}{'link P':>10}{'link R':>10}{'link F1':>10}{'name':>10}")
    total: Counter = Counter()
    for path in args.gold:
        records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        annotated = {}
        for line in (args.entities / f"{path.stem}.ent.jsonl").open(encoding="utf-8"):
            if line.strip():
                entry = json.loads(line)
                annotated[entry["id"]] = entry["entities"]
        counts: Counter = Counter()
        for record in records:
            score_doc(scorer, record, annotated[record["id"]], counts)
        print(report(path.stem, counts))
        total += counts
    if len(args.gold) > 1:
        print(report("all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
