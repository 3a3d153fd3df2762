"""The output tables: every column, its Arrow type and its meaning, in one place.

This module is the data dictionary. Storage builds its Parquet schemas from it, the GX suites
name its columns, and `news-quotes schema` renders it as DATA_DICTIONARY.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


OFFSET_NOTE = "Python str offset (code points) into documents.text"

DOCUMENTS = Table(
    name="documents",
    description="One row per ingested article.",
    key=("doc_id",),
    columns=(
        Column("doc_id", pa.string(), False,
               "Stable id: first 16 hex digits of sha256 of the trimmed text; same text, same id"),
        Column("source_id", pa.string(), False,
               "The record's id field, else `<file>@<position>`; for a text file its path relative to the input root"),
        Column("source_path", pa.string(), False, "The input file (a path or URL) the document came from"),
        Column("position", pa.int64(), False, "Byte offset of the JSONL line, row number of a CSV/Parquet row, 0 for a file"),
        Column("encoding", pa.string(), False, "The encoding the input was decoded from (detected unless marked by a BOM)"),
        Column("text", pa.string(), False, "The decoded input exactly as given (only a leading BOM removed)"),
        Column("title", pa.string(), True, "The record's `title`, or the first non-empty line of a text file"),
        Column("lang", pa.string(), False, "ISO 639-1 language: the input's `lang`, else detected (ar or en)"),
        Column("url", pa.string(), True, "The record's `url`, when given"),
        Column("published_at", pa.timestamp("us", tz="UTC"), True,
               "The record's `published_at`, parsed to UTC; null when absent or unparseable"),
        Column("source", pa.string(), True, "The record's `source` (publisher or feed), when given"),
        Column("n_chars", pa.int64(), False, "len(text) in code points"),
        Column("n_sentences", pa.int64(), False, "Rows of this document in sentences"),
        Column("n_quotes", pa.int64(), False, "Rows of this document in quotes"),
        Column("run_id", pa.string(), False, "The Prefect flow run that wrote the row"),
        Column("ingested_at", pa.timestamp("us", tz="UTC"), False, "When the run read the document (UTC)"),
    ),
)

SENTENCES = Table(
    name="sentences",
    description="One row per sentence, headings included, in text order.",
    key=("doc_id", "sentence_index"),
    columns=(
        Column("doc_id", pa.string(), False, "The document (documents.doc_id)"),
        Column("sentence_index", pa.int32(), False, "0-based position of the sentence in its document"),
        Column("paragraph_index", pa.int32(), False, "0-based paragraph (blocks separated by blank lines)"),
        Column("char_start", pa.int64(), False, f"First character of the sentence; {OFFSET_NOTE}"),
        Column("char_end", pa.int64(), False, f"End of the sentence (exclusive); {OFFSET_NOTE}"),
        Column("text", pa.string(), False, "documents.text[char_start:char_end]"),
        Column("is_heading", pa.bool_(), False, "True for the title, subheadings and datelines"),
    ),
)

QUOTE_TYPES = ("direct", "mixed", "indirect")

QUOTES = Table(
    name="quotes",
    description="One row per reported statement: what was said, by whom, with which reporting words. Statements nest "
                "as annotated news has them: a report inside another's words (`قال X إن Y أكد أن …`, `X said Y told "
                "him …`) and a source phrase over a report (`وأضاف X أن …، بحسب Z`, `According to Z, X said …`) "
                "give a row each, and the outer row's text holds the inner report, its cue and speaker. To count "
                "each statement once by who made it, keep the rows whose text holds no other row's cue.",
    key=("doc_id", "quote_index"),
    columns=(
        Column("doc_id", pa.string(), False, "The document (documents.doc_id)"),
        Column("quote_index", pa.int32(), False, "0-based position of the quote in its document"),
        Column("char_start", pa.int64(), False, f"Start of the quoted words, quote marks excluded; {OFFSET_NOTE}"),
        Column("char_end", pa.int64(), False, f"End of the quoted words (exclusive); {OFFSET_NOTE}"),
        Column("text", pa.string(), False, "documents.text[char_start:char_end]"),
        Column("quote_type", pa.string(), False,
               "direct (all in quote marks), mixed (partly) or indirect (none). An indirect quote is the reported "
               "clause without its complementizer (`said [that] …`, `قال [إن] …`), or the noun phrase an announcing "
               "or denying verb reports (`أعلن عن مقتل …`, `نفى المتحدث وجود …`, `vowed to repeal the law`); a "
               "describing verb's object comes with what it is called (`ووصف الوزير الهجوم بـ«الجريمة»` gives the "
               "mixed `الهجوم بـ«الجريمة»`), and a holding verb's with the responsibility (`وحمّل المحامي السلطات "
               "المسؤولية` gives `السلطات المسؤولية`); a matter touched on is reported too (`وتطرق الوزير إلى وضع "
               "الحدود`)"),
        Column("speaker", pa.string(), True,
               "The speaker mention nearest the quote; null when none found. A relayed quote follows each "
               "language's annotated news: English credits the relaying outlet (`Reuters quoted an aide as "
               "saying` gives Reuters, as PolNeAR does); Arabic credits the source whose saying noun the outlet "
               "passes on (`نقلت الوكالة عن مصدر قوله إن …` gives مصدر, cue `قوله`), and the outlet only when no "
               "such noun follows (`نقلت الوكالة عن مصادر أن …` gives الوكالة)"),
        Column("speaker_start", pa.int64(), True, f"Start of the speaker mention; {OFFSET_NOTE}"),
        Column("speaker_end", pa.int64(), True, f"End of the speaker mention (exclusive); {OFFSET_NOTE}"),
        Column("speaker_inherited", pa.bool_(), False,
               "True when the speaker is only implied and was carried over from an earlier attribution; in Arabic "
               "the mention is then the latest one of that speaker before the quote, outside quoted words"),
        Column("speaker_id", pa.int32(), True,
               "The speaker (speakers.speaker_id, per document) the mention belongs to; null without a speaker"),
        Column("speaker_canonical", pa.string(), True,
               "The speaker's canonical name (speakers.canonical_name): `Donald Trump` for `Trump`, `he`, `the president`"),
        Column("cue", pa.string(), True, "The reporting expression (said, according to, قال, وأضاف ...); a "
               "colon where a name and a colon introduce the words: a headline's source (`Bernie Sanders: …`), an "
               "interview or transcript turn (`Q: …`, `TAPPER: …`)"),
        Column("cue_start", pa.int64(), True, f"Start of the cue; {OFFSET_NOTE}"),
        Column("cue_end", pa.int64(), True, f"End of the cue (exclusive); {OFFSET_NOTE}"),
        Column("sentence_index", pa.int32(), False, "The sentence where the quote starts (sentences.sentence_index)"),
    ),
)

SPEAKERS = Table(
    name="speakers",
    description="One row per distinct speaker of a document: its quote speaker mentions clustered. A `he` or `she` "
                "joins the person named as the subject of its sentence or the one before, when that comes after the "
                "previous speaker mention and no title or earlier pronoun of that person disagrees (Alicia Fenwick "
                "for `She` in `Board member Alicia Fenwick disagreed. She said ...`), else the previous speaker, "
                "unless that is a group (prosecutors, Trump and Sanders): then one of its own, named by the pronoun "
                "(and so is an `it` after someone a `he` or `she` stood for); "
                "a `they` joins such a subject with a plural head (Senate Democrats). In English, `the judge` joins "
                "the latest speaker whose role that noun heads (a federal judge, Police Chief Angela Moreno; not Vice "
                "President Mike Pence for `the president`; `the senator` for Sen. Bernie Sanders), and a headline's "
                "`sheriff says` the sheriff named later. In Arabic, `المصدر ذاته` is the "
                "latest source so described, and a role set off by commas after a name (`، المتحدث الرسمي باسم "
                "الوزارة،`, `، وزير الطيران المدني،`) describes it: a later `الوزير` or `المتحدث الرسمي` and a "
                "headline's `وزير الطيران:` are that person, but not the body the role names; an office written "
                "another way is the same office (`رئيس الوزراء` repeats `رئيس مجلس الوزراء` or `رئيس الحكومة`, "
                "`الناطق` is `المتحدث`).",
    key=("doc_id", "speaker_id"),
    columns=(
        Column("doc_id", pa.string(), False, "The document (documents.doc_id)"),
        Column("speaker_id", pa.int32(), False, "0-based speaker number within the document, in order of first mention"),
        Column("canonical_name", pa.string(), False,
               "The most name-like form of the speaker's mentions as written, without the titles, ranks, places, "
               "parties, letters after the name and bracketed asides around it (Ted Cruz for Texas Sen. Ted Cruz, "
               "Gwen Moore for Rep. Gwen Moore (D-Wis.), Alexandra Reid for Alexandra Reid KC; in Arabic the name "
               "that follows the title, دميتري بيسكوف); for a speaker only "
               "quoted by a family name, the full name the text writes for it elsewhere (Pete Sexton for Sexton, "
               "الهادي بن عمار for بن عمار); "
               "the whole mention when none names a person or body (spokesman for the ministry, "
               "وكالة الأنباء الرسمية); for a speaker only quoted as `he` or `she`, the name of the person that "
               "pronoun stands for"),
        Column("n_mentions", pa.int32(), False, "Distinct explicit speaker mention spans of the speaker in quotes"),
        Column("n_quotes", pa.int32(), False, "Quotes attributed to the speaker, inherited attributions included"),
        Column("mentions", pa.string(), False, "The distinct mention texts, joined by ` | `"),
    ),
)


REJECTS = Table(
    name="rejects",
    description="One row per input unit (file, JSONL line, CSV row) that could not become a document, and per document "
                "a stage failed on (quarantined: left out of every other table).",
    key=("source_path", "position", "run_id"),
    columns=(
        Column("source_path", pa.string(), False, "The input file (a path or URL)"),
        Column("position", pa.int64(), False,
               "Byte offset of the JSONL line, row number of a CSV/Parquet row, 0 for a whole file, -1 for the rest of a file"),
        Column("reason", pa.string(), False,
               "Reason code: empty_text, binary, nul_bytes, undecodable, unpaired_surrogate, bad_json, not_an_object, "
               "missing_text, too_large, bad_row, bad_table, unreadable; segment_error and quote_error for a document "
               "the segmenter or the quote extractor raised on (a bug to report: the message names the error)"),
        Column("message", pa.string(), False, "What was wrong, for a human"),
        Column("sha256", pa.string(), False,
               "sha256 of the rejected raw bytes (of nothing when none could be read; of the UTF-8 text for a "
               "quarantined document)"),
        Column("run_id", pa.string(), False, "The Prefect flow run that read the input"),
    ),
)

INPUTS = Table(
    name="inputs",
    description="One row per input file each time a run reads it; a later run skips files whose size and mtime match.",
    key=("url", "run_id"),
    columns=(
        Column("url", pa.string(), False, "The input file (a path or URL)"),
        Column("size", pa.int64(), False, "Size in bytes when read"),
        Column("mtime", pa.string(), False, "Modification time as the filesystem reported it"),
        Column("units", pa.int64(), False, "Input units read: files, non-blank JSONL lines, CSV/Parquet rows"),
        Column("documents", pa.int64(), False, "Units that became new documents"),
        Column("rejects", pa.int64(), False, "Units rejected (see rejects)"),
        Column("duplicates", pa.int64(), False, "Units whose text was already published or seen earlier in the run"),
        Column("run_id", pa.string(), False, "The run that read the file"),
    ),
)

RUNS = Table(
    name="runs",
    description="One row per flow run: what it read and what it published.",
    key=("run_id",),
    columns=(
        Column("run_id", pa.string(), False, "The Prefect flow run id"),
        Column("started_at", pa.timestamp("us", tz="UTC"), False, "When the run started"),
        Column("finished_at", pa.timestamp("us", tz="UTC"), False,
               "When the run had read, processed and validated everything, just before publishing (or when it failed)"),
        Column("inputs", pa.string(), False, "The input paths the run was given, `;`-separated"),
        Column("files_read", pa.int64(), False, "Input files read (new or changed)"),
        Column("files_skipped", pa.int64(), False, "Input files skipped as unchanged since they were read"),
        Column("units", pa.int64(), False, "Input units read; = documents + rejects + duplicates"),
        Column("documents", pa.int64(), False, "New documents published"),
        Column("rejects", pa.int64(), False, "Units rejected"),
        Column("duplicates", pa.int64(), False, "Units not published again because their text was already there"),
        Column("full_refresh", pa.bool_(), False, "Whether the run rebuilt the tables from scratch"),
        Column("status", pa.string(), False, "published or failed"),
        Column("message", pa.string(), True, "Why the run failed"),
    ),
)


TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, SENTENCES, QUOTES, SPEAKERS, REJECTS, INPUTS, RUNS)}

# Span columns of each table: (start, end, text) triples that must slice documents.text.
SPANS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "sentences": (("char_start", "char_end", "text"),),
    "quotes": (
        ("char_start", "char_end", "text"),
        ("speaker_start", "speaker_end", "speaker"),
        ("cue_start", "cue_end", "cue"),
    ),
}


def data_dictionary_markdown() -> str:
    """The tables and their columns as Markdown, for analysts."""
    lines = ["# Data dictionary", "",
             "Generated by `news-quotes schema` from `transforms/tables.py`; do not edit by hand.", "",
             "Every table is a Parquet dataset folder, hive-partitioned by `ingest_date` (YYYY-MM-DD).", ""]
    for table in TABLES.values():
        lines += [f"## {table.name}", "", table.description, "", f"Key: {', '.join(table.key)}", "",
                  "| column | type | nullable | meaning |", "|---|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description} |"
                  for c in table.columns]
        lines.append("")
    return "\n".join(lines)
