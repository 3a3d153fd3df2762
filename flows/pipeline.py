"""The news-quotes flow: inputs -> documents, sentences, quotes -> validated Parquet tables.

Each task takes one batch of documents by reference (file paths) and writes its own output,
so the same flow runs in threads, in a pool of processes (`workers`, one core each) or on a
Dask cluster through a task runner.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings
from flows.sources import Batch, InputRef, ReadOptions, discover, plan_batches, read_batch
from flows.storage import RunStorage, count_rows, output_lock, read_frame, read_published, recover
from transforms import build
from transforms.documents import document_table
from transforms.quotes import quote_table, speaker_table
from transforms.segment import sentence_table

BATCH_TABLES = ["documents", "sentences", "quotes", "speakers", "rejects"]
RUN_TABLES = ["inputs", "runs"]
PUBLISHED_TABLES = BATCH_TABLES + RUN_TABLES
# Stages write files and are cheap to redo; caching would only hash inputs for nothing.
stage = task(cache_policy=NO_CACHE)


@dataclass
class RunSummary:
    run_id: str
    output: Path
    rows: dict[str, int]
    counts: dict[str, int]
    data_docs: Path | None = None
    tables: dict[str, Path] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadResult:
    """What a read task hands on: where its documents are and what became of each input unit."""

    docs_path: Path
    records: dict[str, int]  # per input URL
    rejects: dict[str, int]


@dataclass(frozen=True)
class Plan:
    batches: list[Batch]
    files: list[InputRef]
    skipped: int


@stage(task_run_name="discover-inputs")
def discover_inputs(inputs: list[str], output: Path, batch_bytes: int, full_refresh: bool) -> Plan:
    """Inputs that are new or changed since they were last published (all of them with full_refresh)."""
    refs = discover(inputs)
    if not full_refresh:
        seen = read_published(output, "inputs", ["url", "size", "mtime"])
        known = set(zip(seen["url"], seen["size"], seen["mtime"]))
        fresh = [r for r in refs if (r.url, r.size, r.mtime) not in known]
    else:
        fresh = refs
    plan = Plan(plan_batches(fresh, batch_bytes), fresh, len(refs) - len(fresh))
    get_run_logger().info("%d new or changed input file(s) in %d batch(es), %d unchanged skipped",
                          len(fresh), len(plan.batches), plan.skipped)
    return plan


@stage(task_run_name="read-{batch.name}")
def read_documents(batch: Batch, storage: RunStorage, options: ReadOptions) -> ReadResult:
    """Decode the batch's inputs into documents; unusable input units become reject rows."""
    raw, rejects = read_batch(batch, options)
    rejects["run_id"] = storage.run_id
    storage.write(rejects, "rejects", batch.name)
    docs = document_table(raw)
    return ReadResult(storage.write_scratch(docs, "read", batch.name),
                      dict(Counter(raw["source_path"])), dict(Counter(rejects["source_path"])))


@stage(task_run_name="drop-duplicates")
def drop_duplicates(batches: list[Batch], reads: list[ReadResult], storage: RunStorage,
                    full_refresh: bool) -> tuple[list[Path], dict[str, int]]:
    """Keep the first of each text: not already published, not earlier in this run.

    Returns each batch's documents file and the duplicates per input URL. Only doc ids are
    read here; a batch's documents are rewritten only when it had duplicates.
    """
    seen: set[str] = set() if full_refresh else set(read_published(storage.output, "documents", ["doc_id"])["doc_id"])
    paths, duplicates = [], Counter()
    for batch, read in zip(batches, reads):
        ids = pq.read_table(read.docs_path, columns=["doc_id", "source_path"]).to_pandas()
        duplicate = (ids["doc_id"].isin(seen) | ids["doc_id"].duplicated()).to_numpy()
        seen.update(ids["doc_id"])
        if duplicate.any():
            duplicates.update(ids.loc[duplicate, "source_path"])
            paths.append(storage.write_scratch(read_frame(read.docs_path)[~duplicate], "unique", batch.name))
        else:
            paths.append(read.docs_path)
    return paths, dict(duplicates)


@dataclass(frozen=True)
class StageResult:
    """What a per-document stage hands on: its table's file and the documents it failed on (doc_id -> error)."""

    path: Path
    failed: dict[str, str]


@dataclass(frozen=True)
class Assembled:
    path: Path
    failed: dict[str, int]  # documents quarantined per input URL


def _per_document(transform: Callable[[pd.DataFrame], tuple[pd.DataFrame, ...]],
                  docs: pd.DataFrame) -> tuple[tuple[pd.DataFrame, ...], dict[str, str]]:
    """`transform(docs)`, leaving out a document it raises on (returned with its error) instead of failing
    the batch. The batch runs whole; only when that raises is it run again one document at a time."""
    try:
        return transform(docs), {}
    except Exception:  # noqa: BLE001 - the culprit is found below, and its error kept
        pass
    parts, failed = [], {}
    for i in range(len(docs)):
        one = docs.iloc[i:i + 1]
        try:
            parts.append(transform(one))
        except Exception as exc:  # noqa: BLE001 - a transform bug on one text must not cost the batch
            failed[one["doc_id"].iat[0]] = f"{type(exc).__name__}: {exc}"[:2000]
    frames = transform(docs.iloc[:0]) if not parts else tuple(
        pd.concat(tables, ignore_index=True) for tables in zip(*parts))
    return frames, failed


def _warn_failed(stage_name: str, failed: dict[str, str]) -> None:
    if failed:
        get_run_logger().warning("%s failed on %d document(s), quarantined to rejects: %s", stage_name,
                                 len(failed), "; ".join(f"{d}: {e}" for d, e in list(failed.items())[:5]))


@stage(task_run_name="segment-{batch.name}")
def segment_documents(batch: Batch, docs_path: Path, storage: RunStorage) -> StageResult:
    (sentences,), failed = _per_document(lambda d: (sentence_table(d),), read_frame(docs_path))
    _warn_failed("segmentation", failed)
    return StageResult(storage.write(sentences, "sentences", batch.name), failed)


@stage(task_run_name="quotes-{batch.name}")
def extract_quotes(batch: Batch, docs_path: Path, segmented: StageResult, storage: RunStorage) -> StageResult:
    """The batch's quotes, and its speakers table clustered from them."""
    docs = read_frame(docs_path)
    docs = docs[~docs["doc_id"].isin(segmented.failed)]
    sentences = read_frame(segmented.path)

    def quotes_and_speakers(d: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        quotes = quote_table(d, sentences[sentences["doc_id"].isin(d["doc_id"])] if len(d) < len(docs) else sentences)
        return quotes, speaker_table(d, quotes)

    (quotes, speakers), failed = _per_document(quotes_and_speakers, docs)
    _warn_failed("quote extraction", failed)
    storage.write(speakers, "speakers", batch.name)
    return StageResult(storage.write(quotes, "quotes", batch.name), failed)


def _quarantine(docs: pd.DataFrame, failed: dict[str, str], reason: str, run_id: str) -> pd.DataFrame:
    """Reject rows for the documents a stage failed on."""
    bad = docs[docs["doc_id"].isin(failed)]
    return pd.DataFrame({
        "source_path": bad["source_path"], "position": bad["position"], "reason": reason,
        "message": [f"{failed[d]} (doc_id {d})" for d in bad["doc_id"]],
        "sha256": [hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for t in bad["text"]],
        "run_id": run_id,
    })


@stage(task_run_name="documents-{batch.name}")
def assemble_documents(batch: Batch, docs_path: Path, segmented: StageResult, quoted: StageResult,
                       storage: RunStorage, ingested_at: datetime) -> Assembled:
    """The documents table of the batch, with its sentence and quote counts. A document a stage failed on
    leaves every table for the rejects table, with its error."""
    docs = read_frame(docs_path)
    failed = {**segmented.failed, **quoted.failed}
    if failed:
        rejects = storage.part("rejects", batch.name)
        storage.write(pd.concat([read_frame(rejects),
                                 _quarantine(docs, segmented.failed, "segment_error", storage.run_id),
                                 _quarantine(docs, quoted.failed, "quote_error", storage.run_id)],
                                ignore_index=True), "rejects", batch.name)
        sentences = read_frame(segmented.path)
        storage.write(sentences[~sentences["doc_id"].isin(failed)], "sentences", batch.name)
        quarantined = docs["doc_id"].isin(failed)
        failed_per_url = dict(Counter(docs.loc[quarantined, "source_path"]))
        docs = docs[~quarantined]
    else:
        failed_per_url = {}
    for column, path in (("n_sentences", segmented.path), ("n_quotes", quoted.path)):
        counts = pq.read_table(path, columns=["doc_id"]).to_pandas()["doc_id"].value_counts()
        docs[column] = docs["doc_id"].map(counts).fillna(0).astype("int64")
    docs["run_id"] = storage.run_id
    docs["ingested_at"] = pd.Timestamp(ingested_at)
    return Assembled(storage.write(docs, "documents", batch.name), failed_per_url)


@stage(task_run_name="validate-{batch_name}")
def validate_parts(batch_name: str, tables: list[str], assembled: Assembled | None, storage: RunStorage) -> list:
    """Run each table's GX suite on the staged part of one batch."""
    from expectations.validate import validate_table

    documents = read_frame(assembled.path) if assembled else pd.DataFrame(columns=["doc_id", "text"])
    return [validate_table(t, read_frame(storage.part(t, batch_name)), documents, batch_name) for t in tables]


@stage(task_run_name="data-docs")
def write_data_docs(validations: list, site_dir: Path, run_name: str) -> Path:
    from expectations.validate import build_data_docs

    return build_data_docs(validations, site_dir, run_name)


@stage(task_run_name="publish")
def publish(storage: RunStorage, tables: list[str], full_refresh: bool) -> dict[str, Path]:
    return storage.publish(tables, full_refresh)


def _task_runner(workers: int, batches: int) -> TaskRunner:
    """A process per worker, since Python threads share one core; one thread for a single worker or batch, so
    that batches go one at a time and memory holds one batch."""
    n = min(workers, batches)
    return ProcessPoolTaskRunner(max_workers=n, initializer=_exit_with_parent) if n > 1 else ThreadPoolTaskRunner(1)


def _exit_with_parent() -> None:
    """Worker initializer: end the worker once the flow process that started it is gone. A killed run would
    otherwise leave its workers waiting for work forever (what they staged is discarded by the next run)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _api_for_workers(runner: TaskRunner) -> AbstractContextManager:
    """Point worker processes at this run's API. Without `PREFECT_API_URL` that is the temporary server
    this process started; a worker left alone would start one of its own."""
    if not isinstance(runner, ProcessPoolTaskRunner) or get_current_settings().api.url:
        return nullcontext()
    from prefect.server.api.server import SubprocessASGIServer  # the temporary server, one per process

    return temporary_settings(updates={PREFECT_API_URL: SubprocessASGIServer().api_url})


def _inputs_frame(plan: Plan, reads: list[ReadResult], duplicates: dict[str, int], quarantined: list[Assembled],
                  run_id: str) -> pd.DataFrame:
    records, rejects, failed = Counter(), Counter(), Counter()
    for read in reads:
        records.update(read.records)
        rejects.update(read.rejects)
    for batch in quarantined:
        failed.update(batch.failed)
    rows = [{"url": f.url, "size": f.size, "mtime": f.mtime, "units": records[f.url] + rejects[f.url],
             "documents": records[f.url] - duplicates.get(f.url, 0) - failed[f.url],
             "rejects": rejects[f.url] + failed[f.url],
             "duplicates": duplicates.get(f.url, 0), "run_id": run_id} for f in plan.files]
    return pd.DataFrame(rows, columns=["url", "size", "mtime", "units", "documents", "rejects", "duplicates", "run_id"])


def _run_batches(runner: TaskRunner, plan: Plan, storage: RunStorage, settings: Settings, full_refresh: bool,
                 started: datetime) -> tuple[list[ReadResult], dict[str, int], list[Assembled], list]:
    """The per-batch stages on `runner`: read, drop duplicates (across batches), segment, quotes, documents,
    validate. Returns the reads, the duplicates per input URL, the assembled batches and the validations."""
    batches, shared = plan.batches, unmapped(storage)
    reads = runner.map(read_documents, {"batch": batches, "storage": shared,
                                        "options": unmapped(settings.read_options)}).result()
    doc_paths, duplicates = drop_duplicates(batches, reads, storage, full_refresh)
    segmented = runner.map(segment_documents, {"batch": batches, "docs_path": doc_paths, "storage": shared})
    quoted = runner.map(extract_quotes, {"batch": batches, "docs_path": doc_paths, "segmented": segmented,
                                         "storage": shared})
    assembled = runner.map(assemble_documents, {"batch": batches, "docs_path": doc_paths, "segmented": segmented,
                                                "quoted": quoted, "storage": shared, "ingested_at": unmapped(started)})
    validated = runner.map(validate_parts, {"batch_name": [b.name for b in batches],
                                            "tables": unmapped(BATCH_TABLES), "assembled": assembled,
                                            "storage": shared})
    validations = [v for batch in validated.result() for v in batch]
    return reads, duplicates, assembled.result(), validations


@flow(name="news-quotes", log_prints=True)
def news_quotes(inputs: list[str] | None = None, output: str | None = None, batch_mb: float | None = None,
                full_refresh: bool = False, id_field: str | None = None, text_field: str | None = None,
                workers: int | None = None) -> RunSummary:
    """Split news articles into sentences and quotes, validate every table and publish Parquet.

    Only inputs that are new or changed since the last run are read, and a text already
    published is not published again; `full_refresh` rebuilds every table from the inputs.
    """
    from expectations.validate import raise_on_failure

    overrides = {"inputs": tuple(inputs) if inputs else None, "output": Path(output) if output else None,
                 "batch_bytes": int(batch_mb * 2**20) if batch_mb else None, "id_field": id_field,
                 "text_field": text_field, "workers": workers}
    settings = dataclasses.replace(Settings(), **{k: v for k, v in overrides.items() if v is not None})
    out = settings.output
    started = datetime.now(timezone.utc)
    run_id = str(flow_run.get_id() or started.strftime("local-%Y%m%dT%H%M%S"))
    storage = RunStorage(out, run_id, started.strftime("%Y-%m-%d"))
    run_row = {"run_id": run_id, "started_at": started, "inputs": ";".join(settings.inputs),
               "full_refresh": full_refresh, "files_read": 0, "files_skipped": 0, "units": 0, "documents": 0,
               "rejects": 0, "duplicates": 0}

    with output_lock(out):
        recovered = recover(out)
        if recovered:
            get_run_logger().warning("finished or discarded interrupted run(s): %s", ", ".join(recovered))
        try:
            get_run_logger().info("transforms: %s", build())  # (`make native` compiles them)
            plan = discover_inputs(list(settings.inputs), out, settings.batch_bytes, full_refresh)
            runner = _task_runner(settings.workers, len(plan.batches))
            # Validation and data docs run on the runner too: a worker has GX imported already.
            with _api_for_workers(runner), runner:
                reads, duplicates, assembled, validations = _run_batches(runner, plan, storage, settings,
                                                                         full_refresh, started)
                inputs_frame = _inputs_frame(plan, reads, duplicates, assembled, run_id)
                run_row.update(files_read=len(plan.files), files_skipped=plan.skipped,
                               **{k: int(inputs_frame[k].sum()) for k in ("units", "documents", "rejects", "duplicates")})
                storage.write(inputs_frame, "inputs", "run")
                storage.write(pd.DataFrame([{**run_row, "finished_at": datetime.now(timezone.utc),
                                             "status": "published"}]), "runs", "run")
                validations += runner.submit(validate_parts, {"batch_name": "run", "tables": RUN_TABLES,
                                                              "assembled": None, "storage": storage}).result()
                data_docs = runner.submit(write_data_docs, {"validations": validations, "site_dir": out / "data_docs",
                                                            "run_name": run_id}).result()
            raise_on_failure(validations)
            tables = publish(storage, PUBLISHED_TABLES, full_refresh)
        except Exception as exc:
            storage.discard()
            storage.write(pd.DataFrame([{**run_row, "finished_at": datetime.now(timezone.utc), "status": "failed",
                                         "message": f"{type(exc).__name__}: {exc}"[:2000]}]), "runs", "run")
            storage.publish(["runs"])
            raise

    rows = {name: count_rows(path) for name, path in tables.items()}
    counts = {k: run_row[k] for k in ("files_read", "files_skipped", "units", "documents", "rejects", "duplicates")}
    create_table_artifact(
        key="news-quotes-run",
        table=[{"table": name, "rows": n, "path": str(tables[name])} for name, n in rows.items()]
        + [{"table": f"this run: {k}", "rows": v, "path": ""} for k, v in counts.items()],
        description=f"Run {run_id} on {', '.join(settings.inputs)}",
    )
    return RunSummary(run_id, out, rows, counts, data_docs, tables)
