"""Document identity and metadata: ids, titles, languages."""

from __future__ import annotations

import hashlib

import pandas as pd

from transforms.languages import detect_language

BOM = "\ufeff"


def doc_id_for(text: str) -> str:
    """Stable document id: the same text, up to surrounding whitespace, always gets the same id."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def first_line_title(text: str) -> str | None:
    """The first non-empty line, trimmed: the title of a plain-text article."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(BOM) else text


def parse_timestamps(values: pd.Series) -> pd.Series:
    """Timestamps in any common format to UTC (naive ones are taken as UTC); unparseable ones to NaT."""
    return pd.to_datetime(values, utc=True, errors="coerce", format="mixed").astype("datetime64[us, UTC]")


def document_table(raw: pd.DataFrame) -> pd.DataFrame:
    """Add `doc_id`, `lang` (detected where missing) and `n_chars` to raw records (source_id, text, ...)."""
    docs = raw.copy()
    docs["doc_id"] = docs["text"].map(doc_id_for)
    detected = docs["text"].map(detect_language)
    docs["lang"] = docs["lang"].where(docs["lang"].notna() & (docs["lang"] != ""), detected) if "lang" in docs else detected
    docs["n_chars"] = docs["text"].str.len().astype("int64")
    if "published_at" in docs:
        docs["published_at"] = parse_timestamps(docs["published_at"])
    return docs
