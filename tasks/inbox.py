"""Which batches of an inbox folder are new: every sub-folder without a run in the dataset.

A batch is processed once: any run row for its batch id (completed or failed) marks it as seen,
so a failed batch waits for a person (fix it, then ``warta run`` it by hand) instead of failing
again on every tick of the schedule.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pyarrow.dataset as ds

from tasks.schema import TABLES
from tasks.settings import BATCH_ID_RE

log = logging.getLogger(__name__)


def seen_batches(out_dir: Path) -> set[str]:
    folder = out_dir / "runs"
    if not folder.is_dir():
        return set()
    runs = ds.dataset(folder, format="parquet", schema=TABLES["runs"]).to_table(columns=["batch_id"])
    return set(runs.column("batch_id").to_pylist())


def pending_batches(inbox: Path, out_dir: Path) -> list[Path]:
    """Sub-folders of ``inbox`` (sorted by name) with no run yet; badly named folders are logged."""
    if not inbox.is_dir():
        return []
    seen = seen_batches(out_dir)
    pending = []
    for folder in sorted(p for p in inbox.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        if not BATCH_ID_RE.match(folder.name):
            log.warning("inbox folder %s is not a valid batch id; rename it to process it", folder.name)
        elif folder.name not in seen:
            pending.append(folder)
    return pending
