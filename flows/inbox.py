"""The inbox flow: run every new batch folder of the inbox once, oldest name first.

Scheduled by ``warta serve --cron`` or the ``prefect.yaml`` deployment; ``warta inbox`` runs it once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows.pipeline import batch_flow
from tasks.inbox import pending_batches


@flow(name="warta-inbox", log_prints=False)
def inbox_flow(inbox_dir: str = "data/inbox", out_dir: str = "data/out", workers: int = 0) -> list[dict[str, Any]]:
    """Process the batches of ``inbox_dir`` that have no run in ``out_dir`` yet."""
    logger = get_run_logger()
    pending = pending_batches(Path(inbox_dir), Path(out_dir))
    logger.info("%d new batch(es) in %s", len(pending), inbox_dir)
    return [batch_flow(str(folder), out_dir, folder.name, workers=workers) for folder in pending]
