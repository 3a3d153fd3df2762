"""Parquet storage: the one module that knows where tables live and how a run publishes them.

Published tables are Parquet datasets, `<output>/<table>/ingest_date=YYYY-MM-DD/part-*.parquet`
(hive partitions: DuckDB, Polars, Spark and pyarrow.dataset read the folders as they are), one
file set per run. A run writes its parts under `<output>/_staging/<run_id>/`. To publish, it
builds each table's next version beside the published one (the published files hard-linked,
its own parts added), records the list of tables in a COMMIT file, then swaps each version in
with one atomic rename. A run killed before COMMIT leaves the published tables untouched and
its staging is discarded by the next run; one killed after COMMIT is completed by the next run.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from transforms.tables import TABLES, Table

STAGING = "_staging"
COMMIT = "COMMIT"
# Written in each published table folder: the run that published this version. Files starting
# with "_" are ignored by Parquet dataset readers.
PUBLISHED_BY = "_published_by"

# Integer columns with nulls (speaker_start, ...) stay integers instead of turning into floats.
_NULLABLE_INTS = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}


class OutputBusy(Exception):
    """Another run is writing to the same output folder."""


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


def read_frame(path: Path) -> pd.DataFrame:
    return pq.read_table(path).to_pandas(types_mapper=_NULLABLE_INTS.get)


def read_published(output: Path, table: str, columns: list[str]) -> pd.DataFrame:
    """Columns of a published table; empty when it does not exist yet."""
    folder = output / table
    if not folder.exists():
        return pd.DataFrame({c: pd.Series(dtype=TABLES[table].schema.field(c).type.to_pandas_dtype()) for c in columns})
    dataset = ds.dataset(folder, format="parquet", partitioning="hive")
    return dataset.to_table(columns=columns).to_pandas(types_mapper=_NULLABLE_INTS.get)


def count_rows(path: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted(path.rglob("*.parquet")))


def _fsync_write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths in one atomic step (Linux renameat2); elsewhere two renames."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL):
            raise OSError(err, os.strerror(err), str(a))
    aside = a.with_name(a.name + ".swap")
    b.rename(aside)
    a.rename(b)
    aside.rename(a)


def _published_by(folder: Path) -> str | None:
    mark = folder / PUBLISHED_BY
    return mark.read_text(encoding="utf-8").strip() if mark.exists() else None


def _complete(output: Path, staging: Path) -> None:
    """Swap in every table listed in the staging's COMMIT that is not swapped in yet, then drop the staging."""
    run_id = staging.name
    for table in (staging / COMMIT).read_text(encoding="utf-8").split():
        staged, target = staging / "tables" / table, output / table
        if _published_by(target) == run_id:
            continue
        if target.exists():
            _exchange(staged, target)
        else:
            staged.rename(target)
    shutil.rmtree(staging)


def recover(output: Path) -> list[str]:
    """Finish the publishing of runs killed after COMMIT; discard the staging of runs killed before it."""
    root = output / STAGING
    done = []
    for staging in sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []:
        if (staging / COMMIT).exists():
            _complete(output, staging)
        else:
            shutil.rmtree(staging)
        done.append(staging.name)
    return done


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold the output folder for one run at a time."""
    (output / STAGING).mkdir(parents=True, exist_ok=True)
    with open(output / STAGING / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise OutputBusy(f"another run is writing to {output}") from exc
        yield


@dataclass(frozen=True)
class RunStorage:
    """Paths of one run's staged parts and the publishing of them."""

    output: Path
    run_id: str
    ingest_date: str  # YYYY-MM-DD: the hive partition this run's rows go to

    @property
    def staging(self) -> Path:
        return self.output / STAGING / self.run_id

    def part(self, table: str, batch: str) -> Path:
        return (self.staging / "tables" / table / f"ingest_date={self.ingest_date}"
                / f"part-{self.run_id[:8]}-{batch}.parquet")

    def scratch(self, name: str, batch: str) -> Path:
        """A per-batch intermediate file that is never published."""
        return self.staging / "scratch" / f"{name}-{batch}.parquet"

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

    def publish(self, tables: list[str], full_refresh: bool = False) -> dict[str, Path]:
        """Make this run's parts, with the published rows unless `full_refresh`, the published tables."""
        for table in tables:
            staged, target = self.staging / "tables" / table, self.output / table
            if not staged.exists() and target.exists():
                staged.mkdir(parents=True)
            elif not staged.exists():  # a first run without rows still publishes a readable, empty table
                empty = self.part(table, "empty")
                empty.parent.mkdir(parents=True)
                pq.write_table(TABLES[table].schema.empty_table(), empty)
            if target.exists() and not full_refresh:
                for old in target.rglob("*.parquet"):
                    linked = staged / old.relative_to(target)
                    linked.parent.mkdir(parents=True, exist_ok=True)
                    os.link(old, linked)
            (staged / PUBLISHED_BY).write_text(self.run_id, encoding="utf-8")
        _fsync_write(self.staging / COMMIT, "\n".join(tables))
        _complete(self.output, self.staging)
        return {table: self.output / table for table in tables}

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
