"""Stage 5, write: stage a batch's tables as Parquet parts; publishing is in ``tasks/publish.py``.

Layout of a published dataset (hive-partitioned, one folder per table)::

    <out>/<table>/batch=<batch_id>/part-00000.parquet
    <out>/runs/batch=<batch_id>/run-<run_id>.parquet     (runs accumulate)

A run writes its parts into a staging folder; publishing replaces each table's ``batch=<id>``
folder with the staged one in a new version of the dataset, so a re-run of a batch leaves exactly
the rows of one run.
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

from tasks._task import lazy_task
from tasks.schema import PARTITION_KEY, TABLES, to_table

log = logging.getLogger(__name__)

DATA_TABLES = ("articles", "statements", "stances", "quarantine")
COMPRESSION = "zstd"


def partition_dir(root: Path, table: str, batch_id: str) -> Path:
    return root / table / f"{PARTITION_KEY}={batch_id}"


def write_part(stage: Path, table: str, batch_id: str, part: int, rows: list[dict[str, Any]]) -> int:
    """Write one chunk of ``table`` into the staging area; returns the number of rows."""
    if not rows:
        return 0
    data = to_table(table, rows)
    rewrite_part(stage, table, batch_id, f"part-{part:05d}.parquet", data)  # atomic: validation may be reading
    return data.num_rows


def finish_staging(stage: Path, batch_id: str) -> None:
    """Give every table an (empty, typed) file when the batch produced no rows for it."""
    for table in DATA_TABLES:
        folder = partition_dir(stage, table, batch_id)
        if not any(folder.glob("*.parquet")):
            rewrite_part(stage, table, batch_id, "part-00000.parquet", TABLES[table].empty_table())


def count_staged(stage: Path, table: str, batch_id: str) -> int:
    """Rows staged for ``table``, from the Parquet footers (nothing is loaded)."""
    return sum(pq.ParquetFile(f).metadata.num_rows for f in partition_dir(stage, table, batch_id).glob("*.parquet"))


def read_staged(stage: Path, table: str, batch_id: str) -> pa.Table:
    folder = partition_dir(stage, table, batch_id)
    files = sorted(folder.glob("*.parquet"))
    if not files:
        return TABLES[table].empty_table()
    return pa.concat_tables([pq.read_table(f, schema=TABLES[table]) for f in files])


def part_names(
    stage: Path, batch_id: str, tables: tuple[str, ...] = ("articles", "statements", "stances")
) -> list[str]:
    """File names of the staged parts (aligned across tables: part N of each holds chunk N)."""
    names: set[str] = set()
    for table in tables:
        names.update(p.name for p in partition_dir(stage, table, batch_id).glob("*.parquet"))
    return sorted(names)


def read_parts(stage: Path, table: str, batch_id: str, names: list[str]) -> pa.Table:
    folder = partition_dir(stage, table, batch_id)
    parts = [pq.read_table(folder / n, schema=TABLES[table]) for n in names if (folder / n).is_file()]
    return pa.concat_tables(parts) if parts else TABLES[table].empty_table()


def rewrite_part(stage: Path, table: str, batch_id: str, name: str, data: pa.Table) -> None:
    """Replace one staged part file of ``table`` by ``data``."""
    folder = partition_dir(stage, table, batch_id)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"_{name}"
    pq.write_table(data.cast(TABLES[table]), tmp, compression=COMPRESSION)
    os.replace(tmp, folder / name)


def discard(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)


def write_run_file(stage: Path, row: dict[str, Any]) -> Path:
    """The runs row of this run as a file in the staging folder, ready to be published."""
    stage.mkdir(parents=True, exist_ok=True)
    path = stage / f"run-{row['run_id']}.parquet"
    pq.write_table(to_table("runs", [row]), path, compression=COMPRESSION)
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


@lazy_task(name="stage")
def stage_task(stage_dir: str, batch_id: str, part: int) -> dict[str, int]:
    """Write one extracted chunk as Parquet parts; returns the rows per table."""
    from tasks.timing import measure
    from tasks.work import load

    with measure("write"):
        tables = load(stage_dir, part, "extracted")
        stage = Path(stage_dir)
        return {name: write_part(stage, name, batch_id, part, rows) for name, rows in tables.items()}


@lazy_task(name="known-articles")
def known_articles_task(out_dir: str, batch_id: str, run_id: str) -> int:
    """Load the ids of articles published by other batches (for duplicates); returns how many."""
    from tasks.ingest import remember_known
    from tasks.timing import measure

    with measure("ingest"):
        known = known_articles(Path(out_dir), batch_id)
        remember_known(run_id, known)
    return len(known)
