"""Run the GX suites stored as JSON next to this module on the pipeline's tables.

Great Expectations is imported inside the functions: it takes seconds to import and most
callers (CLI help, transforms tests) never validate.
"""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from transforms.tables import SPANS, TABLES

SUITE_DIR = Path(__file__).resolve().parent
SAMPLE_ROWS = 5
# A GX context is not thread-safe: validations run in parallel threads mixed up each other's
# metric caches (negative missing counts, "inconsistent cache values"). One at a time per process.
_GX_LOCK = threading.Lock()


@dataclass
class TableValidation:
    """The outcome of one suite on one table of one batch; `result` is GX's JSON result."""

    table: str
    batch: str
    success: bool
    evaluated: int
    failures: list[str] = field(default_factory=list)
    result: dict[str, Any] = field(default_factory=dict, repr=False)


class ValidationFailed(Exception):
    """A table broke its suite; the message names the expectations and sample rows."""


def load_suite_json(table: str) -> dict[str, Any]:
    return json.loads((SUITE_DIR / f"{table}.json").read_text(encoding="utf-8"))


def validation_frame(table: str, frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """`frame` plus the derived columns its suite compares against: document length and span slices."""
    out = frame.copy()
    if table == "documents":
        out["_text_length"] = out["text"].str.len().astype("int64")
        return out
    if table not in SPANS:
        return out
    texts = dict(zip(documents["doc_id"], documents["text"]))
    missing = ""  # a row of an unknown document: its slices are empty and fail the comparison
    doc_texts = [texts.get(d, missing) for d in out["doc_id"]]
    out["_doc_length"] = pd.array([len(t) if t is not missing else None for t in doc_texts], dtype="Int64")
    for start, end, text_col in SPANS[table]:
        out[f"_slice_{text_col}"] = pd.array(
            [t[s:e] if s is not pd.NA and e is not pd.NA and s == s and e == e else None
             for t, s, e in zip(doc_texts, out[start].tolist(), out[end].tolist())],
            dtype="str",
        )
    return out


def _ephemeral_context() -> Any:
    """An in-memory GX context without progress bars or a default (temporary-folder) docs site."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
    )
    return gx.get_context(mode="ephemeral", project_config=config)


@lru_cache(maxsize=1)
def _context() -> tuple[Any, dict[str, Any]]:
    """An in-memory GX context with one dataframe batch definition and one suite per table."""
    import great_expectations as gx
    from great_expectations.execution_engine import pandas_execution_engine

    # GX labels every dataframe batch with a fingerprint: an md5 over pandas' hash of all its cells, text included.
    # Nothing here reads it, and on our tables it took 40% of the validation time. GX skips it for frames of more
    # than HASH_THRESHOLD bytes, a module setting with no public switch; 0 skips it for all (a test watches it).
    pandas_execution_engine.HASH_THRESHOLD = 0
    context = _ephemeral_context()
    source = context.data_sources.add_pandas("news_quotes")
    batch_definitions, suites = {}, {}
    for table in TABLES:
        asset = source.add_dataframe_asset(table)
        batch_definitions[table] = asset.add_batch_definition_whole_dataframe(f"{table}_batch")
        suites[table] = context.suites.add(gx.ExpectationSuite(**load_suite_json(table)))
    return context, {"batch_definitions": batch_definitions, "suites": suites}


def _describe_failure(result: dict[str, Any]) -> str:
    config = result["expectation_config"]
    kwargs = {k: v for k, v in config["kwargs"].items() if k != "batch_id"}
    exception = result.get("exception_info") or {}
    if exception.get("raised_exception"):
        return f"{config['type']} {kwargs}: GX error: {exception.get('exception_message')}"
    details = result.get("result", {})
    rows = details.get("partial_unexpected_index_list") or details.get("partial_unexpected_list") or []
    count = details.get("unexpected_count")
    counted = f"{count} failing rows" if count is not None else f"observed {details.get('observed_value')!r}"
    return f"{config['type']} {kwargs}: {counted}, e.g. {rows[:SAMPLE_ROWS]}"


def validate_table(table: str, frame: pd.DataFrame, documents: pd.DataFrame, batch: str) -> TableValidation:
    """Validate one table of one batch of documents against its suite. GX's `BASIC` results say whether each
    expectation holds without the per-expectation copy of the table that naming failing rows costs; only a table
    that fails is validated again with the keys of its failing rows (`SUMMARY`), for the failure's message and the
    Data Docs."""
    checked = validation_frame(table, frame, documents)
    result = _validate(table, checked, {"result_format": "BASIC"})
    if _failed(result):
        key_columns = [c for c in TABLES[table].key if c in frame.columns]
        result = _validate(table, checked, {"result_format": "SUMMARY", "unexpected_index_column_names": key_columns,
                                            "partial_unexpected_count": SAMPLE_ROWS})
    failures = [_describe_failure(r) for r in _failed(result)]
    return TableValidation(table, batch, not failures, len(result["results"]), failures, result)


def _validate(table: str, checked: pd.DataFrame, result_format: dict[str, Any]) -> dict[str, Any]:
    with _GX_LOCK:
        _, parts = _context()
        return (
            parts["batch_definitions"][table]
            .get_batch(batch_parameters={"dataframe": checked})
            .validate(parts["suites"][table], result_format=result_format)
            .to_json_dict()
        )


def _failed(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The expectation results that failed or raised (a GX error shows as `success=False` with `exception_info`)."""
    return [r for r in result["results"]
            if not r["success"] or (r.get("exception_info") or {}).get("raised_exception")]


def raise_on_failure(validations: list[TableValidation]) -> None:
    failed = [v for v in validations if not v.success]
    if failed:
        lines = [f"{v.table} (batch {v.batch}): {f}" for v in failed for f in v.failures]
        raise ValidationFailed("validation failed: " + "; ".join(lines))


def build_data_docs(validations: list[TableValidation], site_dir: Path, run_name: str) -> Path:
    """Render GX Data Docs for the validations of one run into `site_dir`; returns index.html."""
    from great_expectations.core import ExpectationSuiteValidationResult
    from great_expectations.core.expectation_validation_result import ExpectationValidationResult
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    # The site shows one run: pages of earlier runs would be orphans its index no longer lists.
    shutil.rmtree(site_dir, ignore_errors=True)
    context = _ephemeral_context()
    site_name = "news_quotes"
    context.add_data_docs_site(site_name=site_name, site_config={
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    })
    for v in validations:
        raw = dict(v.result)
        raw["results"] = [
            ExpectationValidationResult(**{**r, "expectation_config": ExpectationConfiguration(**r["expectation_config"])})
            for r in raw["results"]
        ]
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=v.table),
            run_id=RunIdentifier(run_name=run_name),
            batch_identifier=f"{v.table}-{v.batch}",
        )
        context.validation_results_store.set(key, ExpectationSuiteValidationResult(**raw))
    context.build_data_docs(site_names=[site_name])
    return site_dir / "index.html"
