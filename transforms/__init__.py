"""Pure text and DataFrame transforms: no Prefect, no Great Expectations, no file I/O.

`make native` compiles the language modules with mypyc (setup.py) into `.so` files beside their sources, which
Python then imports instead of the sources. One older than its source would run code that is no longer there, so
importing the package refuses it: compile again (`make native`) or drop the compiled modules (`make pure`).
"""

from pathlib import Path

_PACKAGE = Path(__file__).parent


def refuse_stale_native(package: Path = _PACKAGE) -> None:
    """Raise ImportError when a compiled module in `package` is older than its source."""
    for native in package.glob("*.so"):
        source = package / f"{native.name.split('.', 1)[0]}.py"
        if source.exists() and source.stat().st_mtime > native.stat().st_mtime:
            raise ImportError(f"transforms/{native.name} is older than transforms/{source.name}: run `make native` "
                              "to compile the sources again, or `make pure` to drop the compiled modules")


def build(package: Path = _PACKAGE) -> str:
    """Which build of the language modules runs: "compiled" (`make native`) or "pure Python"."""
    return "compiled" if any(package.glob("*.so")) else "pure Python"


refuse_stale_native()
