"""Build hook: with NEWS_QUOTES_NATIVE=1 at install, the language modules are compiled with mypyc.

The compiled modules are the same code (mypyc compiles the annotated Python in transforms/) and extract
quotes about 1.7 times as fast; without the variable the package is pure Python. `make native` builds them
with the mypy of the dev dependencies (README: "Compiled modules").
"""

import os

from setuptools import setup

# The modules that do the language work: the rest of transforms/ is tables (lexicon_*) and pandas glue.
NATIVE_MODULES = [f"transforms/{name}.py" for name in (
    "cues", "lexicon", "patterns", "quote_marks", "quotes", "segment", "spans", "speakers")]


def ext_modules() -> list:
    if os.environ.get("NEWS_QUOTES_NATIVE") != "1":
        return []
    from mypyc.build import mypycify

    return mypycify(NATIVE_MODULES, opt_level="3", multi_file=True)


setup(ext_modules=ext_modules())
