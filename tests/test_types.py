"""transforms/ type-checks: `make native` compiles it with mypyc, which trusts its annotations."""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_transforms_type_check():
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "transforms")])
    assert status == 0, report + errors
