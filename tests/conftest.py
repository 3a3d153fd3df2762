from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Flow tests run batches in threads, where a monkeypatch reaches them; one test runs worker processes.
os.environ.setdefault("NEWS_QUOTES_WORKERS", "1")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server and database for every flow test (it costs seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
