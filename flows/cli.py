"""The `news-quotes` command: `run` the flow once, or `serve` it on a schedule."""

from __future__ import annotations

import argparse
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="news-quotes", description="Arabic and English news to sentence and quote tables.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the flow once and write the tables")
    run.add_argument("--input", action="append", metavar="PATH",
                     help="a file, a directory (recursive) or a glob; repeatable (default: seeds/)")
    run.add_argument("--output", metavar="DIR", help="where the tables go (default: data/)")
    run.add_argument("--batch-mb", type=float, help="input megabytes per batch (default: 16)")
    run.add_argument("--full-refresh", action="store_true",
                     help="rebuild every table from the inputs instead of adding what is new")
    run.add_argument("--workers", type=int,
                     help="processes that run batches side by side, one core each (default: the CPUs available)")
    run.add_argument("--id-field", help="id field of JSONL/CSV/Parquet records (default: id)")
    run.add_argument("--text-field", help="text field of JSONL/CSV/Parquet records (default: text)")
    commands.add_parser("schema", help="print the data dictionary (every table and column) as Markdown")
    serve = commands.add_parser("serve", help="serve the flow as a Prefect deployment on a cron schedule")
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "0 * * * *"')
    serve.add_argument("--input", action="append", metavar="PATH")
    serve.add_argument("--output", metavar="DIR")
    serve.add_argument("--name", default="news-quotes-scheduled", help="deployment name")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        from transforms.tables import data_dictionary_markdown

        print(data_dictionary_markdown(), end="")
        return 0
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect's temporary local server can take over its 20 s default to start on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from flows.pipeline import news_quotes

    if args.command == "serve":
        parameters = {k: v for k, v in {"inputs": args.input, "output": args.output}.items() if v}
        news_quotes.serve(name=args.name, cron=args.cron, parameters=parameters)
        return 0
    try:
        summary = news_quotes(inputs=args.input, output=args.output, batch_mb=args.batch_mb,
                              full_refresh=args.full_refresh, id_field=args.id_field, text_field=args.text_field,
                              workers=args.workers)
    except Exception as exc:  # the one-line reason is the point; Prefect has logged the traceback
        print(f"news-quotes: run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    c = summary.counts
    print(f"news-quotes: run {summary.run_id}: {c['files_read']} file(s) read, {c['files_skipped']} unchanged; "
          f"{c['units']} input unit(s) = {c['documents']} new document(s) + {c['rejects']} reject(s) "
          f"+ {c['duplicates']} duplicate(s)")
    print(f"tables in {summary.output}/ (all runs):")
    for name, path in summary.tables.items():
        print(f"  {name:<10} {summary.rows[name]:>8} rows  {path}/")
    if summary.data_docs:
        print(f"  data docs  {summary.data_docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
