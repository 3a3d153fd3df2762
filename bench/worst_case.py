"""Worst-case inputs: the time of segmentation and quote extraction on one long line of a repeated unit, at two sizes.

    python bench/worst_case.py [--kb 50] [--growth 4]

Each shape is a unit that costs one of the stages the most when the text never ends a sentence or a line: marks
left unpaired, cues with no sentence end between them, runs of terminal marks. Linear cost shows as a time ratio
near `--growth` between the two sizes; a quadratic one as its square. Times are CPU time, best of three.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.quotes import extract_quotes  # noqa: E402
from transforms.segment import segment  # noqa: E402

SHAPES = {  # name: (language, unit)
    "unpaired «": ("ar", "وقال «الخطة جيدة "),
    "unpaired “": ("en", "He said “the plan is good and "),
    "unpaired '": ("en", "He said 'the plan is good and "),
    "unpaired ' (ar)": ("ar", "وقال 'الخطة جيدة "),
    "cue run-on": ("en", "— he said — "),
    "cue run-on (ar)": ("ar", "وقال المسؤول إن الوضع صعب وأضاف أن "),
    "source run-on (ar)": ("ar", "بحسب المصدر، "),
    "run of ?": ("en", "?"),
    'run of ."': ("en", '."'),
    "run of ؟": ("ar", "؟"),
}


def seconds(text: str, lang: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        extract_quotes(text, [(s.start, s.end) for s in segment(text, lang)], lang)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, default=50, help="size of the smaller input in KB of characters")
    parser.add_argument("--growth", type=int, default=4, help="the larger input is this many times the smaller")
    args = parser.parse_args()
    small, large = args.kb * 1000, args.kb * 1000 * args.growth
    print(f"{'shape':20} {f'{small // 1000} K s':>9} {f'{large // 1000} K s':>9} {'ratio':>6}")
    for name, (lang, unit) in SHAPES.items():
        times = [seconds(unit * (size // len(unit)), lang) for size in (small, large)]
        print(f"{name:20} {times[0]:9.3f} {times[1]:9.3f} {times[1] / max(times[0], 1e-6):6.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
