"""Finding inputs, planning them into batches by reference, and reading a batch into records.

Every input unit (a text file, a JSONL line, a CSV or Parquet row) ends as exactly one record
or one reject. Paths may be local paths, globs or fsspec URLs (file://, memory://, s3://, ...).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Iterator

import fsspec
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from flows.decode import DecodeError, decode_bytes
from transforms.documents import first_line_title

# Input formats by file suffix; each may also be gzip-compressed (`.jsonl.gz`).
FORMATS = {".txt": "text", ".md": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
METADATA_FIELDS = ("title", "lang", "url", "published_at", "source")
RAW_COLUMNS = ("source_id", "source_path", "position", "encoding", "text", *METADATA_FIELDS)
REJECT_COLUMNS = ("source_path", "position", "reason", "message", "sha256")

csv.field_size_limit(2**31 - 1)  # news articles are longer than the csv module's 128 KiB default


class InputError(Exception):
    """The run's inputs cannot be used at all (missing path, nothing to read)."""


@dataclass(frozen=True)
class ReadOptions:
    id_field: str = "id"
    text_field: str = "text"
    max_doc_bytes: int = 5 * 2**20
    max_decompressed_bytes: int = 512 * 2**20


@dataclass(frozen=True)
class InputRef:
    """A byte range of one input file (the whole file unless it is a large plain JSONL file)."""

    url: str
    source_id_base: str  # the path relative to the input root, posix-style
    fmt: str
    compressed: bool
    size: int
    mtime: str  # as the filesystem reports it; with size, tells a changed file
    problem: str = ""  # why the file cannot be read, found when it was listed: it becomes an `unreadable` reject
    start: int = 0
    end: int | None = None


@dataclass(frozen=True)
class Batch:
    index: int
    refs: tuple[InputRef, ...]

    @property
    def name(self) -> str:
        return f"{self.index:05d}"


@dataclass
class BatchRead:
    records: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)

    def reject(self, ref: InputRef, position: int, reason: str, message: str, raw: bytes) -> None:
        self.rejects.append({"source_path": ref.url, "position": position, "reason": reason, "message": message,
                             "sha256": hashlib.sha256(raw).hexdigest()})


def _format_of(path: str) -> tuple[str, bool] | None:
    suffixes = PurePosixPath(path).suffixes
    compressed = bool(suffixes) and suffixes[-1].lower() == ".gz"
    if compressed:
        suffixes = suffixes[:-1]
    fmt = FORMATS.get(suffixes[-1].lower()) if suffixes else None
    return (fmt, compressed) if fmt else None


def discover(inputs: tuple[str, ...] | list[str]) -> list[InputRef]:
    """Every readable input under `inputs` (files, directories recursively, globs), in a stable order."""
    refs = []
    for spec in inputs:
        fs, path = fsspec.core.url_to_fs(spec)
        if fs.isfile(path):
            root, paths = str(PurePosixPath(path).parent), [path]
        elif fs.isdir(path):
            root, paths = path, sorted(fs.find(path))
        else:
            paths = sorted(p for p in fs.glob(path) if fs.isfile(p))
            if not paths:
                raise InputError(f"input not found: {spec}")
            static = path[:min((path.find(ch) for ch in "*?[" if ch in path), default=len(path))]
            root = static.rsplit("/", 1)[0] or "/"  # the folder before the first wildcard
        for p in paths:
            kind = _format_of(p)
            if kind is None:
                continue
            info, problem = _file_info(fs, p)
            refs.append(InputRef(
                url=fs.unstrip_protocol(p), source_id_base=str(PurePosixPath(p).relative_to(root)),
                fmt=kind[0], compressed=kind[1], size=int(info.get("size") or 0),
                mtime=str(info.get("mtime") or info.get("LastModified") or info.get("created") or ""), problem=problem,
            ))
    if not refs:
        raise InputError(f"no readable input ({', '.join(sorted(FORMATS))}, optionally .gz) in {', '.join(inputs)}")
    return refs


def _file_info(fs: fsspec.AbstractFileSystem, path: str) -> tuple[dict, str]:
    """The file's info, and why it cannot be read ("" when it can): a dangling link, or a file gone since the
    listing, has no info; a pipe, socket or device (type `other`) would keep a reader waiting forever."""
    try:
        info = fs.info(path)
    except OSError as exc:
        return {}, f"cannot read the file: {exc}"
    if info.get("type") == "other":
        return info, "not a regular file (a pipe, socket or device): it is not read"
    return info, ""


def _line_ranges(url: str, size: int, chunk: int) -> list[tuple[int, int]]:
    """Byte ranges of about `chunk` bytes that end at line ends."""
    ranges, start = [], 0
    with fsspec.open(url, "rb") as f:
        while start < size:
            if start + chunk >= size:
                ranges.append((start, size))
                break
            f.seek(start + chunk)
            f.readline()
            end = min(f.tell(), size)
            ranges.append((start, end))
            start = end
    return ranges


def plan_batches(refs: list[InputRef], batch_bytes: int) -> list[Batch]:
    """Group inputs into batches of about `batch_bytes`; a large plain JSONL file is split at line ends."""
    pieces: list[InputRef] = []
    for ref in refs:
        if ref.fmt == "jsonl" and not ref.compressed and ref.size > batch_bytes:
            pieces += [InputRef(**{**ref.__dict__, "start": s, "end": e})
                       for s, e in _line_ranges(ref.url, ref.size, batch_bytes)]
        else:
            pieces.append(ref)
    batches, current, size = [], [], 0
    for piece in pieces:
        piece_size = (piece.end or piece.size) - piece.start
        if current and size + piece_size > batch_bytes:
            batches.append(Batch(len(batches), tuple(current)))
            current, size = [], 0
        current.append(piece)
        size += piece_size
    if current:
        batches.append(Batch(len(batches), tuple(current)))
    return batches


class TooLarge(Exception):
    pass


def _read_capped(stream: io.BufferedIOBase, cap: int) -> bytes:
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise TooLarge(f"more than {cap} bytes")
    return data


def _open_bytes(ref: InputRef, cap: int) -> bytes:
    """The file's bytes, decompressed when gzipped; raises TooLarge past `cap` (gzip bombs included)."""
    with fsspec.open(ref.url, "rb") as raw:
        if ref.compressed:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                return _read_capped(unzipped, cap)
        return _read_capped(raw, cap)


def _record(ref: InputRef, read: BatchRead, position: int, source_id: str, text: str, encoding: str,
            metadata: dict, raw: bytes, options: ReadOptions) -> None:
    record = {"source_id": source_id, "source_path": ref.url, "position": position, "encoding": encoding, "text": text,
              **{k: str(metadata[k]) for k in METADATA_FIELDS if metadata.get(k) not in (None, "")}}
    if not text.strip():
        read.reject(ref, position, "empty_text", "the text is empty or whitespace only", raw)
    elif "\x00" in text:
        read.reject(ref, position, "nul_bytes", "the text holds NUL characters", raw)
    elif (unpaired := _unpaired_surrogate(record)) is not None:
        read.reject(ref, position, "unpaired_surrogate", f"the `{unpaired[0]}` field holds half of a character (an "
                    f"unpaired surrogate, {unpaired[1]}, as a JSON `\\u` escape can write it), which no UTF-8 "
                    "text can store", raw)
    elif len(text.encode("utf-8")) > options.max_doc_bytes:
        read.reject(ref, position, "too_large", f"text over the {options.max_doc_bytes}-byte document limit", raw)
    else:
        read.records.append(record)


def _unpaired_surrogate(record: dict[str, object]) -> tuple[str, str] | None:
    """The first field of a record whose string holds an unpaired surrogate (U+D800 to U+DFFF alone), with that
    code point; None when every string has a UTF-8 form."""
    for key, value in record.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return key, f"U+{ord(value[exc.start]):04X}"
    return None


def _whole_file(ref: InputRef, read: BatchRead, cap: int) -> bytes | None:
    """The file's bytes, or None after recording why they cannot be had."""
    try:
        return _open_bytes(ref, cap)
    except TooLarge as exc:
        read.reject(ref, 0, "too_large", f"file {exc}", b"")
    except (OSError, EOFError) as exc:
        read.reject(ref, 0, "unreadable", f"cannot read the file: {exc}", b"")
    return None


def _read_text(ref: InputRef, read: BatchRead, options: ReadOptions) -> None:
    data = _whole_file(ref, read, options.max_doc_bytes if not ref.compressed else options.max_decompressed_bytes)
    if data is None:
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        read.reject(ref, 0, exc.reason, str(exc), data)
        return
    _record(ref, read, 0, ref.source_id_base, text, encoding, {"title": first_line_title(text)}, data, options)


def _mapping_record(ref: InputRef, read: BatchRead, position: int, obj: object, raw: bytes, encoding: str,
                    options: ReadOptions) -> None:
    """One JSON object, CSV row or Parquet row as a record."""
    if not isinstance(obj, dict):
        read.reject(ref, position, "not_an_object", "the line is not a JSON object", raw)
        return
    text = obj.get(options.text_field)
    if not isinstance(text, str):
        read.reject(ref, position, "missing_text", f"no string `{options.text_field}` field", raw)
        return
    source_id = obj.get(options.id_field)
    source_id = str(source_id) if source_id not in (None, "") else f"{ref.source_id_base}@{position}"
    _record(ref, read, position, source_id, text[1:] if text.startswith("\ufeff") else text, encoding, obj, raw,
            options)


def _jsonl_lines(ref: InputRef, options: ReadOptions) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line) of the ref's range; offsets are in the decompressed stream for .gz files."""
    with fsspec.open(ref.url, "rb") as raw:
        stream = gzip.GzipFile(fileobj=raw) if ref.compressed else raw
        stream.seek(ref.start)
        position, end = ref.start, ref.end if ref.end is not None else float("inf")
        for line in iter(stream.readline, b""):
            if position >= end:
                return
            if ref.compressed and position > options.max_decompressed_bytes:
                raise TooLarge(f"more than {options.max_decompressed_bytes} bytes")
            yield position, line
            position += len(line)


def _read_jsonl(ref: InputRef, read: BatchRead, options: ReadOptions) -> None:
    try:
        for position, line in _jsonl_lines(ref, options):
            if not line.strip():
                continue
            if len(line) > options.max_doc_bytes * 2:
                read.reject(ref, position, "too_large", "line over twice the document limit", line[:4096])
                continue
            try:
                obj = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                read.reject(ref, position, "bad_json", f"not a JSON line: {exc}", line)
                continue
            _mapping_record(ref, read, position, obj, line, "utf-8", options)
    except TooLarge as exc:
        read.reject(ref, -1, "too_large", f"decompressed file {exc}; the rest is not read", b"")
    except (OSError, EOFError) as exc:
        read.reject(ref, -1, "unreadable", f"cannot read the rest of the file: {exc}", b"")


def _table_rows(ref: InputRef, data: bytes) -> tuple[Iterator[tuple[int, dict | None, bytes]], str]:
    """(position, row or None when malformed, raw) of a CSV, TSV or Parquet file, and its encoding."""
    if ref.fmt == "parquet":
        rows = pq.read_table(io.BytesIO(data)).to_pylist()
        return ((i, row, json.dumps(row, default=str).encode()) for i, row in enumerate(rows)), "parquet"
    text, encoding = decode_bytes(data)
    delimiter = "\t" if ref.fmt == "tsv" else ","
    lines = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(lines, [])

    def rows() -> Iterator[tuple[int, dict | None, bytes]]:
        for i, values in enumerate(lines):
            raw = delimiter.join(values).encode()
            yield i, dict(zip(header, values)) if len(values) == len(header) else None, raw

    return rows(), encoding


def _read_table_rows(ref: InputRef, read: BatchRead, options: ReadOptions) -> None:
    """CSV, TSV and Parquet: one record per row; `position` is the 0-based data row number."""
    data = _whole_file(ref, read, options.max_decompressed_bytes)
    if data is None:
        return
    try:
        rows, encoding = _table_rows(ref, data)
        for position, row, raw in rows:
            if row is None:
                read.reject(ref, position, "bad_row", "the row's field count differs from the header's", raw)
            else:
                _mapping_record(ref, read, position, row, raw, encoding, options)
    except DecodeError as exc:
        read.reject(ref, 0, exc.reason, str(exc), data)
    except (csv.Error, pa.ArrowException) as exc:
        read.reject(ref, 0, "bad_table", f"cannot parse as {ref.fmt}: {exc}", data)


READERS = {"text": _read_text, "jsonl": _read_jsonl, "csv": _read_table_rows, "tsv": _read_table_rows,
           "parquet": _read_table_rows}


def read_batch(batch: Batch, options: ReadOptions = ReadOptions()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The batch's records (one per article) and its rejects (one per unusable input unit)."""
    read = BatchRead()
    for ref in batch.refs:
        if ref.problem:
            read.reject(ref, 0, "unreadable", ref.problem, b"")
        else:
            READERS[ref.fmt](ref, read, options)
    records = pd.DataFrame(read.records, columns=list(RAW_COLUMNS))
    records = records.astype({c: "str" for c in RAW_COLUMNS if c != "position"} | {"position": "int64"})
    return records, pd.DataFrame(read.rejects, columns=list(REJECT_COLUMNS)).astype({"position": "int64"})
