"""The news-quotes flow: inputs -> documents, sentences, quotes -> validated Parquet tables.

Each task takes one batch of documents by reference (file paths) and writes its own output,
so the same flow runs in threads locally and on a Dask cluster through a task runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows.settings import Settings
from flows.sources import Batch, discover, plan_batches, read_batch
from flows.storage import RunStorage, count_rows, read_frame
from transforms.documents import document_table
from transforms.quotes import quote_table
from transforms.segment import sentence_table

PUBLISHED_TABLES = ["documents", "sentences", "quotes", "rejects"]
# Stages write files and are cheap to redo; caching would only hash inputs for nothing.
stage = task(cache_policy=NO_CACHE)


@dataclass
class RunSummary:
    run_id: str
    output: Path
    rows: dict[str, int]
    batches: int
    data_docs: Path | None = None
    tables: dict[str, Path] = field(default_factory=dict)


@stage(task_run_name="discover-inputs")
def discover_inputs(inputs: list[str], batch_bytes: int) -> list[Batch]:
    batches = plan_batches(discover(inputs), batch_bytes)
    get_run_logger().info("%d batch(es) from %s", len(batches), ", ".join(inputs))
    return batches


@stage(task_run_name="read-{batch.name}")
def read_documents(batch: Batch, storage: RunStorage) -> Path:
    """Decode the batch's inputs into document records; unusable inputs become reject rows."""
    raw, rejects = read_batch(batch)
    rejects["run_id"] = storage.run_id
    storage.write(rejects, "rejects", batch.name)
    docs = document_table(raw).drop_duplicates("doc_id")
    return storage.write_scratch(docs, "read", batch.name)


@stage(task_run_name="segment-{batch.name}")
def segment_documents(batch: Batch, docs_path: Path, storage: RunStorage) -> Path:
    return storage.write(sentence_table(read_frame(docs_path)), "sentences", batch.name)


@stage(task_run_name="quotes-{batch.name}")
def extract_quotes(batch: Batch, docs_path: Path, sentences_path: Path, storage: RunStorage) -> Path:
    return storage.write(quote_table(read_frame(docs_path), read_frame(sentences_path)), "quotes", batch.name)


@stage(task_run_name="documents-{batch.name}")
def assemble_documents(batch: Batch, docs_path: Path, sentences_path: Path, quotes_path: Path,
                       storage: RunStorage, ingested_at: datetime) -> Path:
    """The documents table of the batch, with its sentence and quote counts."""
    docs = read_frame(docs_path)
    for column, path in (("n_sentences", sentences_path), ("n_quotes", quotes_path)):
        counts = read_frame(path)["doc_id"].value_counts()
        docs[column] = docs["doc_id"].map(counts).fillna(0).astype("int64")
    docs["run_id"] = storage.run_id
    docs["ingested_at"] = pd.Timestamp(ingested_at)
    return storage.write(docs, "documents", batch.name)


@stage(task_run_name="validate-{batch.name}")
def validate_batch(batch: Batch, documents_path: Path, storage: RunStorage) -> list:
    """Run every table's GX suite on the batch's staged parts."""
    from expectations.validate import validate_table

    documents = read_frame(documents_path)
    return [
        validate_table(table, read_frame(storage.part(table, batch.name)), documents, batch.name)
        for table in PUBLISHED_TABLES
    ]


@stage(task_run_name="data-docs")
def write_data_docs(validations: list, site_dir: Path, run_name: str) -> Path:
    from expectations.validate import build_data_docs

    return build_data_docs(validations, site_dir, run_name)


@stage(task_run_name="publish")
def publish(storage: RunStorage) -> dict[str, Path]:
    return storage.publish(PUBLISHED_TABLES)


@flow(name="news-quotes", log_prints=True)
def news_quotes(inputs: list[str] | None = None, output: str | None = None,
                batch_mb: float | None = None) -> RunSummary:
    """Split news articles into sentences and quotes, validate every table and publish Parquet."""
    from expectations.validate import raise_on_failure

    settings = Settings()
    inputs = list(inputs or settings.inputs)
    out = Path(output) if output else settings.output
    batch_bytes = int(batch_mb * 2**20) if batch_mb else settings.batch_bytes
    run_id = str(flow_run.get_id() or datetime.now(timezone.utc).strftime("local-%Y%m%dT%H%M%S"))
    ingested_at = datetime.now(timezone.utc)
    storage = RunStorage(out, run_id, ingested_at.strftime("%Y-%m-%d"))

    batches = discover_inputs(inputs, batch_bytes)
    try:
        shared = unmapped(storage)
        docs = read_documents.map(batches, shared)
        sentences = segment_documents.map(batches, docs, shared)
        quotes = extract_quotes.map(batches, docs, sentences, shared)
        assembled = assemble_documents.map(batches, docs, sentences, quotes, shared, unmapped(ingested_at))
        validated = validate_batch.map(batches, assembled, shared)
        validations = [v for batch_result in validated.result() for v in batch_result]
        data_docs = write_data_docs(validations, out / "data_docs", run_id)
        raise_on_failure(validations)
        tables = publish(storage)
    except BaseException:
        storage.discard()
        raise

    rows = {name: count_rows(path) for name, path in tables.items()}
    create_table_artifact(
        key="news-quotes-run",
        table=[{"table": name, "rows": n, "path": str(tables[name])} for name, n in rows.items()],
        description=f"Rows written by run {run_id} from {', '.join(inputs)}",
    )
    return RunSummary(run_id, out, rows, len(batches), data_docs, tables)
