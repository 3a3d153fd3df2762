"""The compiled build (`make native`): never run stale, always reported."""

import os

import pytest

from transforms import build, refuse_stale_native

NATIVE = "quotes.cpython-311-x86_64-linux-gnu.so"


def test_pure_package_is_reported_pure(tmp_path):
    (tmp_path / "quotes.py").write_text("")
    refuse_stale_native(tmp_path)
    assert build(tmp_path) == "pure Python"


def test_compiled_module_newer_than_its_source_is_used(tmp_path):
    (tmp_path / "quotes.py").write_text("")
    (tmp_path / NATIVE).write_bytes(b"")
    os.utime(tmp_path / "quotes.py", (1_000, 1_000))
    refuse_stale_native(tmp_path)
    assert build(tmp_path) == "compiled"


def test_compiled_module_older_than_its_source_is_refused(tmp_path):
    (tmp_path / NATIVE).write_bytes(b"")
    (tmp_path / "quotes.py").write_text("")
    os.utime(tmp_path / NATIVE, (1_000, 1_000))
    with pytest.raises(ImportError, match="make native"):
        refuse_stale_native(tmp_path)
