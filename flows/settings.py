"""Run settings: defaults for a local run, each overridable by an environment variable or a CLI flag."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env_list(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = os.environ.get(name)
    return tuple(v for v in value.split(os.pathsep) if v) if value else default


@dataclass(frozen=True)
class Settings:
    inputs: tuple[str, ...] = field(default_factory=lambda: _env_list("NEWS_QUOTES_INPUT", ("seeds",)))
    output: Path = field(default_factory=lambda: Path(os.environ.get("NEWS_QUOTES_OUTPUT", "data")))
    # Input bytes per batch: a task handles one batch, so this sets the number of task runs.
    batch_bytes: int = field(default_factory=lambda: int(float(os.environ.get("NEWS_QUOTES_BATCH_MB", "16")) * 2**20))
