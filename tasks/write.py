"""Stage 5, write: stage a batch's tables as Parquet, then swap them into the dataset.

Layout (hive-partitioned, one folder per table)::

    <out>/<table>/batch=<batch_id>/part-00000.parquet
    <out>/runs/batch=<batch_id>/run-<run_id>.parquet     (runs accumulate)

A run writes its parts under ``<out>/_staging-<run_id>/``; publishing replaces each table's
``batch=<id>`` folder with the staged one by ``os.replace``, so a re-run of a batch leaves exactly
the rows of one run. Readers never see ``_``-prefixed folders.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from tasks.schema import PARTITION_KEY, TABLES, to_table

log = logging.getLogger(__name__)

DATA_TABLES = ("articles", "statements", "stances", "quarantine")
COMPRESSION = "zstd"


def partition_dir(root: Path, table: str, batch_id: str) -> Path:
    return root / table / f"{PARTITION_KEY}={batch_id}"


def staging_dir(out_dir: Path, run_id: str) -> Path:
    return out_dir / f"_staging-{run_id}"


def write_part(stage: Path, table: str, batch_id: str, part: int, rows: list[dict[str, Any]]) -> int:
    """Write one chunk of ``table`` into the staging area; returns the number of rows."""
    if not rows:
        return 0
    data = to_table(table, rows)
    folder = partition_dir(stage, table, batch_id)
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(data, folder / f"part-{part:05d}.parquet", compression=COMPRESSION)
    return data.num_rows


def finish_staging(stage: Path, batch_id: str) -> None:
    """Give every table an (empty, typed) file when the batch produced no rows for it."""
    for table in DATA_TABLES:
        folder = partition_dir(stage, table, batch_id)
        if not any(folder.glob("*.parquet")):
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(TABLES[table].empty_table(), folder / "part-00000.parquet", compression=COMPRESSION)


def read_staged(stage: Path, table: str, batch_id: str) -> pa.Table:
    folder = partition_dir(stage, table, batch_id)
    files = sorted(folder.glob("*.parquet"))
    if not files:
        return TABLES[table].empty_table()
    return pa.concat_tables([pq.read_table(f, schema=TABLES[table]) for f in files])


def publish(stage: Path, out_dir: Path, batch_id: str) -> None:
    """Swap the staged batch folders into the dataset, table by table, then drop the staging."""
    trash = out_dir / f"_trash-{stage.name}"
    for table in DATA_TABLES:
        staged = partition_dir(stage, table, batch_id)
        target = partition_dir(out_dir, table, batch_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            old = trash / table
            old.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, old)
        os.replace(staged, target)
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(stage, ignore_errors=True)


def discard(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)


def write_run(out_dir: Path, row: dict[str, Any]) -> Path:
    """Append one row to the runs table (one file per run)."""
    folder = partition_dir(out_dir, "runs", row["batch_id"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"run-{row['run_id']}.parquet"
    tmp = folder / f"_tmp-{row['run_id']}.parquet"
    pq.write_table(to_table("runs", [row]), tmp, compression=COMPRESSION)
    os.replace(tmp, path)
    return path


def known_articles(out_dir: Path, except_batch: str) -> dict[str, str]:
    """article_id -> "batch/source_path" of every article published by other batches."""
    folder = out_dir / "articles"
    if not folder.is_dir():
        return {}
    dataset = ds.dataset(folder, format="parquet", schema=TABLES["articles"], exclude_invalid_files=True)
    table = dataset.to_table(
        columns=["article_id", "batch_id", "source_path"], filter=ds.field("batch_id") != except_batch
    )
    return {
        aid: f"{batch}/{src}"
        for aid, batch, src in zip(
            table.column("article_id").to_pylist(),
            table.column("batch_id").to_pylist(),
            table.column("source_path").to_pylist(),
            strict=True,
        )
    }


from prefect import task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402


@task(name="stage", cache_policy=NO_CACHE)
def stage_task(stage_dir: str, batch_id: str, part: int, tables: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    stage = Path(stage_dir)
    return {name: write_part(stage, name, batch_id, part, rows) for name, rows in tables.items()}


@task(name="publish", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def publish_task(stage_dir: str, out_dir: str, batch_id: str) -> None:
    publish(Path(stage_dir), Path(out_dir), batch_id)


@task(name="known-articles", cache_policy=NO_CACHE)
def known_articles_task(out_dir: str, batch_id: str) -> dict[str, str]:
    return known_articles(Path(out_dir), batch_id)
