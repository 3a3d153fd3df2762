"""Score the transforms on gold JSONL in-process (no Prefect), with the reference scorer.

    python bench/evaluate.py sentences ../shared/eval/sentences/ar_pud.jsonl
    python bench/evaluate.py quotes ../shared/eval/quotes/polnear_dev.jsonl

Writes documents/sentences/quotes/speakers Parquet tables to a temporary folder (or --out) and runs
`score.py` (default ../shared/eval/score.py) on them; prints the scorer's output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.documents import document_table  # noqa: E402
from transforms.quotes import quote_table, speaker_table  # noqa: E402
from transforms.segment import sentence_table  # noqa: E402
from transforms.tables import DOCUMENTS, QUOTES, SENTENCES, SPEAKERS  # noqa: E402

DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_gold(path: Path) -> pd.DataFrame:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return pd.DataFrame(
        {"source_id": [r["id"] for r in records], "text": [r["text"] for r in records],
         "lang": [r.get("lang") for r in records], "title": [None] * len(records)}
    )


def write_tables(gold: pd.DataFrame, out: Path) -> dict[str, int]:
    docs = document_table(gold)
    sentences = sentence_table(docs)
    quotes = quote_table(docs, sentences)
    speakers = speaker_table(docs, quotes)
    out.mkdir(parents=True, exist_ok=True)
    for table, frame in ((DOCUMENTS, docs), (SENTENCES, sentences), (QUOTES, quotes), (SPEAKERS, speakers)):
        columns = [c for c in table.column_names if c in frame.columns]
        schema = pa.schema([table.schema.field(c) for c in columns])
        pq.write_table(pa.Table.from_pandas(frame[columns], schema=schema, preserve_index=False),
                       out / f"{table.name}.parquet")
    return {"documents": len(docs), "sentences": len(sentences), "quotes": len(quotes), "speakers": len(speakers)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=["sentences", "quotes"])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, help="where to write the tables (default: a temporary folder)")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        counts = write_tables(load_gold(args.gold), out)
        print(f"wrote {counts} to {out}", file=sys.stderr)
        return subprocess.call([sys.executable, str(args.scorer), args.task, "--gold", str(args.gold), "--out", str(out)])


if __name__ == "__main__":
    raise SystemExit(main())
