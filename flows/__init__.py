"""Orchestration and I/O: reading inputs, Prefect tasks and flows, Parquet storage, CLI, settings."""
