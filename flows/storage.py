"""Parquet storage: the one module that knows where tables live and how a run publishes them.

A run writes every table as part files under `<output>/_staging/<run_id>/<table>/ingest_date=.../`
(hive partitions, so DuckDB, Polars, Spark and pyarrow.dataset read the folders as they are); only when
every batch has passed validation does `publish` swap the staged tables in for the published
ones, so a failed run leaves the published tables as they were.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from transforms.tables import TABLES, Table

STAGING = "_staging"


def to_arrow(frame: pd.DataFrame, table: Table) -> pa.Table:
    """`frame` as an Arrow table of exactly `table`'s schema (missing nullable columns become null)."""
    arrays = []
    for column in table.columns:
        if column.name in frame.columns:
            arrays.append(pa.array(frame[column.name], type=column.type, from_pandas=True))
        elif column.nullable:
            arrays.append(pa.nulls(len(frame), type=column.type))
        else:
            raise KeyError(f"{table.name}: required column {column.name!r} is missing")
    return pa.Table.from_arrays(arrays, schema=table.schema)


@dataclass(frozen=True)
class RunStorage:
    """Paths of one run's staged parts and of the published tables."""

    output: Path
    run_id: str
    ingest_date: str  # YYYY-MM-DD: the hive partition this run's rows go to

    @property
    def staging(self) -> Path:
        return self.output / STAGING / self.run_id

    def part(self, table: str, batch: str) -> Path:
        return self.staging / table / f"ingest_date={self.ingest_date}" / f"part-{self.run_id[:8]}-{batch}.parquet"

    def scratch(self, name: str, batch: str) -> Path:
        """A per-batch intermediate file that is never published."""
        return self.staging / "_scratch" / f"{name}-{batch}.parquet"

    def write(self, frame: pd.DataFrame, table: str, batch: str) -> Path:
        path = self.part(table, batch)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(to_arrow(frame, TABLES[table]), path)
        return path

    def write_scratch(self, frame: pd.DataFrame, name: str, batch: str) -> Path:
        path = self.scratch(name, batch)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
        return path

    def publish(self, tables: list[str]) -> dict[str, Path]:
        """Replace each published table by this run's staged one, then drop the staging folder."""
        published = {}
        for table in tables:
            staged, target = self.staging / table, self.output / table
            if not staged.exists():
                empty = self.part(table, "empty")
                empty.parent.mkdir(parents=True)
                pq.write_table(TABLES[table].schema.empty_table(), empty)
            retired = self.staging / f"_retired_{table}"
            if target.exists():
                target.rename(retired)
            staged.rename(target)
            published[table] = target
        self.discard()
        return published

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.staging.parent.exists() and not any(self.staging.parent.iterdir()):
            self.staging.parent.rmdir()


# Integer columns with nulls (speaker_start, ...) stay integers instead of turning into floats.
_NULLABLE_INTS = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}


def read_frame(path: Path) -> pd.DataFrame:
    return pq.read_table(path).to_pandas(types_mapper=_NULLABLE_INTS.get)


def count_rows(path: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted(path.rglob("*.parquet")))
