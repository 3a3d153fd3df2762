"""transforms/ type-checks: its annotations are what it does."""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_transforms_type_check():
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "transforms")])
    assert status == 0, report + errors
