"""Language detection and the registry of language tables."""

from __future__ import annotations

import re

from transforms.lexicon import Lexicon
from transforms.lexicon_ar import ARABIC
from transforms.lexicon_en import ENGLISH

LEXICONS: dict[str, Lexicon] = {lex.lang: lex for lex in (ARABIC, ENGLISH)}
DEFAULT_LANG = "en"

# Runs of letters, not single letters: one match per word keeps detection cheap.
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]+")


def detect_language(text: str, sample: int = 1000) -> str:
    """Arabic when Arabic letters outnumber Latin ones in the first `sample` characters, else English."""
    head = text[:sample]
    arabic = sum(map(len, _ARABIC_LETTERS.findall(head)))
    return "ar" if arabic > sum(map(len, _LATIN_LETTERS.findall(head))) else "en"


def lexicon_for(lang: str | None) -> Lexicon:
    """The table for `lang`; languages without a table fall back to English rules."""
    return LEXICONS.get((lang or DEFAULT_LANG).split("-")[0].lower(), LEXICONS[DEFAULT_LANG])
