"""Finding input files, planning them into batches by reference, and reading a batch into records."""

from __future__ import annotations

import glob
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from transforms.documents import first_line_title, strip_bom

FORMATS = {".txt": "txt", ".jsonl": "jsonl"}
METADATA_FIELDS = ("title", "lang", "url", "published_at", "source")


class InputError(Exception):
    """The run's inputs cannot be used at all (missing path, nothing to read)."""


@dataclass(frozen=True)
class InputRef:
    """A byte range of one input file; `root` is what `source_id` paths are relative to."""

    path: str
    root: str
    fmt: str
    start: int
    end: int


@dataclass(frozen=True)
class Batch:
    index: int
    refs: tuple[InputRef, ...]

    @property
    def name(self) -> str:
        return f"{self.index:05d}"


def _files_under(spec: str) -> list[tuple[Path, Path]]:
    """(file, root) pairs for a file, a directory (recursive) or a glob."""
    path = Path(spec)
    if path.is_file():
        return [(path, path.parent)]
    if path.is_dir():
        return [(p, path) for p in sorted(path.rglob("*")) if p.is_file()]
    matches = sorted(glob.glob(spec, recursive=True))
    if not matches:
        raise InputError(f"input not found: {spec}")
    root = Path(os.path.commonpath([os.path.dirname(m) or "." for m in matches]))
    return [(Path(m), root) for m in matches if Path(m).is_file()]


def _line_ranges(path: Path, size: int, chunk: int) -> list[tuple[int, int]]:
    """Split a line-oriented file into byte ranges of about `chunk` bytes that end at line ends."""
    ranges, start = [], 0
    with path.open("rb") as f:
        while start < size:
            f.seek(min(start + chunk, size))
            f.readline()
            end = min(f.tell(), size) if start + chunk < size else size
            ranges.append((start, end))
            start = end
    return ranges


def discover(inputs: tuple[str, ...] | list[str]) -> list[InputRef]:
    """Every readable input under `inputs`, in a stable order; files of other types are skipped."""
    refs = []
    for spec in inputs:
        for path, root in _files_under(spec):
            fmt = FORMATS.get(path.suffix.lower())
            if fmt is not None:
                refs.append(InputRef(str(path), str(root), fmt, 0, path.stat().st_size))
    if not refs:
        raise InputError(f"no .txt or .jsonl input found in {', '.join(inputs)}")
    return refs


def plan_batches(refs: list[InputRef], batch_bytes: int) -> list[Batch]:
    """Group inputs into batches of about `batch_bytes`; a large JSONL file is split at line ends."""
    pieces: list[InputRef] = []
    for ref in refs:
        if ref.fmt == "jsonl" and ref.end - ref.start > batch_bytes:
            pieces += [InputRef(ref.path, ref.root, ref.fmt, s, e)
                       for s, e in _line_ranges(Path(ref.path), ref.end, batch_bytes)]
        else:
            pieces.append(ref)
    batches, current, size = [], [], 0
    for piece in pieces:
        if current and size + (piece.end - piece.start) > batch_bytes:
            batches.append(Batch(len(batches), tuple(current)))
            current, size = [], 0
        current.append(piece)
        size += piece.end - piece.start
    if current:
        batches.append(Batch(len(batches), tuple(current)))
    return batches


def _reject(ref: InputRef, position: int, reason: str, message: str) -> dict:
    return {"source_path": ref.path, "position": position, "reason": reason, "message": message}


def _relative(ref: InputRef) -> str:
    return Path(os.path.relpath(ref.path, ref.root)).as_posix()


def _read_txt(ref: InputRef) -> tuple[list[dict], list[dict]]:
    try:
        text = strip_bom(Path(ref.path).read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        return [], [_reject(ref, 0, "undecodable", f"not UTF-8: {exc}")]
    if not text.strip():
        return [], [_reject(ref, 0, "empty_text", "the file holds no text")]
    return [{"source_id": _relative(ref), "source_path": ref.path, "text": text, "title": first_line_title(text)}], []


def _read_jsonl(ref: InputRef) -> tuple[list[dict], list[dict]]:
    records, rejects = [], []
    with open(ref.path, "rb") as f:
        f.seek(ref.start)
        position = ref.start
        for raw in iter(f.readline, b""):
            if position >= ref.end:
                break
            line_at, position = position, position + len(raw)
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                rejects.append(_reject(ref, line_at, "bad_json", f"not a JSON line: {exc}"))
                continue
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                rejects.append(_reject(ref, line_at, "missing_text", "no string `text` field"))
                continue
            text = strip_bom(text)
            if not text.strip():
                rejects.append(_reject(ref, line_at, "empty_text", "`text` is empty"))
                continue
            source_id = obj.get("id")
            record = {
                "source_id": str(source_id) if source_id is not None else f"{_relative(ref)}@{line_at}",
                "source_path": ref.path,
                "text": text,
            }
            record.update({k: str(obj[k]) for k in METADATA_FIELDS if obj.get(k) is not None})
            records.append(record)
    return records, rejects


READERS = {"txt": _read_txt, "jsonl": _read_jsonl}

RAW_COLUMNS = ("source_id", "source_path", "text", *METADATA_FIELDS)


def read_batch(batch: Batch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The batch's records (one per article) and its rejects (one per unusable input unit)."""
    records, rejects = [], []
    for ref in batch.refs:
        good, bad = READERS[ref.fmt](ref)
        records += good
        rejects += bad
    frame = pd.DataFrame(records, columns=list(RAW_COLUMNS)).astype("str")
    return frame, pd.DataFrame(rejects, columns=["source_path", "position", "reason", "message"])
