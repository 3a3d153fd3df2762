"""Run settings: defaults for a local run, each overridable by an environment variable or a CLI flag."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from flows.sources import ReadOptions

MB = 2**20


def _cpus() -> int:
    """CPUs this process may run on (a container's share, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _env(name: str, default: str) -> str:
    return os.environ.get(f"NEWS_QUOTES_{name}", default)


@dataclass(frozen=True)
class Settings:
    # Input paths, globs or URLs; in the environment separated by ";" (URLs hold ":").
    inputs: tuple[str, ...] = field(
        default_factory=lambda: tuple(p for p in _env("INPUT", "seeds").split(";") if p))
    output: Path = field(default_factory=lambda: Path(_env("OUTPUT", "data")))
    # Input bytes per batch: a task handles one batch, so this sets the number of task runs.
    batch_bytes: int = field(default_factory=lambda: int(float(_env("BATCH_MB", "16")) * MB))
    id_field: str = field(default_factory=lambda: _env("ID_FIELD", "id"))
    text_field: str = field(default_factory=lambda: _env("TEXT_FIELD", "text"))
    max_doc_bytes: int = field(default_factory=lambda: int(float(_env("MAX_DOC_MB", "5")) * MB))
    # Cap on a compressed file's decompressed size (gzip bombs) and on a CSV/Parquet file.
    max_decompressed_bytes: int = field(default_factory=lambda: int(float(_env("MAX_DECOMPRESSED_MB", "512")) * MB))
    # Processes that run batches side by side (never more than there are batches); 1 runs them one
    # after the other in a thread of the flow's own process.
    workers: int = field(default_factory=lambda: int(_env("WORKERS", str(_cpus()))))

    @property
    def read_options(self) -> ReadOptions:
        return ReadOptions(self.id_field, self.text_field, self.max_doc_bytes, self.max_decompressed_bytes)
