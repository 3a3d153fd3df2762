"""Speaker and cue accuracy split by nesting: attributions whose content lies inside another's, and the rest.

    python bench/nesting.py ../shared/eval/quotes/polnear_dev.jsonl [GOLD.jsonl ...]

Annotated news nests attributions (`قال X إن Y أكد أن …`, `وأضاف X أن …، بحسب Z`): the inner one's content is
part of the outer one's. The reference scorer judges a found attribution's speaker and cue on the correct row
that overlaps its content most, the first in text order on a tie; our row for the outer attribution covers
the inner content as much as our inner row does and starts first, so an inner attribution is judged on the
outer row. This script applies the scorer's rules (its `trim` and its matching, imported from
../shared/eval/score.py) to the transforms' rows in process and reports accuracy for the two kinds apart; the
two add up to the scorer's own speaker and cue counts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.quotes import extract_quotes  # noqa: E402
from transforms.segment import segment  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def positions(scorer, text: str, spans: list[tuple[int, int]]) -> set[int]:
    found: set[int] = set()
    for start, end in spans:
        start, end = scorer.trim(text, start, end, scorer.QUOTE_TRIM)
        found.update(range(start, end))
    return found


def gold_positions(scorer, record: dict) -> list[set[int]]:
    """Each gold attribution's content positions, trimmed as the scorer trims them."""
    return [positions(scorer, record["text"], q["content"]) for q in record["quotes"]]


def judged_rows(scorer, record: dict, spans: list[tuple[int, int]], gold: list[set[int]]) -> dict[int, int]:
    """For each found speech attribution of `record` (its index in `record["quotes"]`, `gold` its positions), the
    index in `spans` (our rows' (start, end)) of the row the scorer judges its speaker and cue on: of the rows at
    least half inside some gold attribution, the one that overlaps it most, the first in text order on a tie. Rows
    that trim to nothing or repeat an earlier row's trimmed span count once, as the scorer counts them."""
    text = record["text"]
    rows: list[tuple[tuple[int, int], int]] = []  # (trimmed span, index in spans), unique spans in text order
    for span, k in sorted((scorer.trim(text, *span, scorer.QUOTE_TRIM), k) for k, span in enumerate(spans)):
        if span[0] < span[1] and (not rows or rows[-1][0] != span):
            rows.append((span, k))
    correct = []  # (row number, its positions): rows at least half inside one gold attribution
    for n, (span, _) in enumerate(rows):
        row = set(range(*span))
        if any(2 * len(row & g) >= len(row) for g in gold):
            correct.append((n, row))
    covered = set().union(*(row for _, row in correct))
    judged = {}
    for a, q in enumerate(record["quotes"]):
        if q.get("speech", True) and gold[a] and 2 * len(covered & gold[a]) >= len(gold[a]):
            _, first = max((len(row & gold[a]), -n) for n, row in correct if row & gold[a])
            judged[a] = rows[-first][1]
    return judged


def score_doc(scorer, record: dict, counts: Counter) -> None:
    """Add the document's judged speakers and cues to `counts`, keyed (role, nested, correct)."""
    text, lang = record["text"], record.get("lang") or "en"
    quotes = extract_quotes(text, [(s.start, s.end) for s in segment(text, lang)], lang)
    gold = gold_positions(scorer, record)
    for a, k in judged_rows(scorer, record, [(q.start, q.end) for q in quotes], gold).items():
        q = record["quotes"][a]
        nested = any(b != a and gold[a] < other for b, other in enumerate(gold))
        for role, pred in (("speaker", quotes[k].speaker), ("cue", quotes[k].cue)):
            if q[role]:
                hit = pred is not None and any(max(pred[0], s) < min(pred[1], e) for s, e in q[role])
                counts[role, nested, hit] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args()
    scorer = load_scorer()
    print(f"{'file':<24}{'role':<9}{'top-level':>18}{'nested':>16}{'all (scorer)':>18}")
    for path in args.gold:
        counts: Counter = Counter()
        for line in path.open(encoding="utf-8"):
            if line.strip():
                score_doc(scorer, json.loads(line), counts)
        for role in ("speaker", "cue"):
            cells = []
            for kinds in ((False,), (True,), (False, True)):
                hit = sum(counts[role, nested, True] for nested in kinds)
                total = hit + sum(counts[role, nested, False] for nested in kinds)
                cells.append(f"{hit / total:.3f} ({hit}/{total})" if total else "-")
            print(f"{path.stem:<24}{role:<9}{cells[0]:>18}{cells[1]:>16}{cells[2]:>18}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
