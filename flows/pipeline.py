"""The batch flow: ingest -> detect language -> extract -> (stage) -> validate -> publish.

Orchestration only. Inputs are planned once, then handled in chunks of ``chunk_size`` units so
memory stays flat; each chunk passes through the stage tasks and is staged as Parquet parts.
The whole batch is validated, and published only when every suite passed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from tasks import CONTRACT_VERSION, PIPELINE_VERSION
from tasks.extract import extract_task
from tasks.ingest import ingest_task, plan_task
from tasks.language import language_task
from tasks.validate import validate_task
from tasks.write import (
    finish_staging,
    known_articles_task,
    publish_task,
    stage_task,
    staging_dir,
    write_run,
)


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


@flow(name="warta-batch", log_prints=False, validate_parameters=False)
def batch_flow(
    batch_dir: str,
    out_dir: str = "data/out",
    batch_id: str | None = None,
    chunk_size: int = 500,
    max_bytes: int = 5_000_000,
    lang_max_chars: int = 0,
) -> dict[str, Any]:
    """Turn one batch folder into validated tables under ``out_dir``; returns the run summary."""
    logger = get_run_logger()
    started = datetime.now(UTC)
    batch = batch_id or Path(batch_dir).resolve().name
    run_id = str(flow_run.get_id() or uuid.uuid4())
    out = Path(out_dir)
    stage = staging_dir(out, run_id)
    seconds: Counter[str] = Counter()

    def timed(name: str, fn: Any, *args: Any) -> Any:
        t0 = time.perf_counter()
        result = fn(*args)
        seconds[name] += time.perf_counter() - t0
        return result

    units = timed("plan", plan_task, batch_dir, max_bytes, chunk_size)
    seen = timed("ingest", known_articles_task, out_dir, batch)
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    n_inputs = 0
    for part, chunk in enumerate(_chunks(units, chunk_size)):
        articles, rejected, seen = timed("ingest", ingest_task, batch_dir, chunk, batch, seen)
        n_inputs += len(articles) + len(rejected)
        reasons.update(r["reason"] for r in rejected)
        articles = timed("language", language_task, articles, lang_max_chars)
        articles, statements, stances = timed("extract", extract_task, articles)
        tables = {"articles": articles, "statements": statements, "stances": stances, "quarantine": rejected}
        written = timed("write", stage_task, str(stage), batch, part, tables)
        counts.update(written)
    finish_staging(stage, batch)
    report = timed("validate", validate_task, str(stage), batch)
    if report.success:
        timed("write", publish_task, str(stage), out_dir, batch)
    else:
        for failure in report.failures[:20]:
            logger.error("validation: %s", failure.describe())
        from tasks.write import discard

        discard(stage)
    status = "completed" if report.success else "failed"
    published = counts if report.success else Counter()
    run_row = {
        "run_id": run_id,
        "batch_id": batch,
        "started_at": started,
        "finished_at": datetime.now(UTC),
        "status": status,
        "n_inputs": n_inputs,
        "n_articles": published["articles"],
        "n_statements": published["statements"],
        "n_stances": published["stances"],
        "n_quarantined": published["quarantine"],
        "validation_success": report.success,
        "pipeline_version": PIPELINE_VERSION,
        "contract_version": CONTRACT_VERSION,
        "quarantine_reasons": json.dumps(dict(sorted(reasons.items()))),
        "task_seconds": json.dumps({k: round(v, 3) for k, v in sorted(seconds.items())}),
        "failed_expectations": report.to_json(),
        "error": None if report.success else f"{len(report.failures)} expectation(s) failed",
    }
    write_run(out, run_row)
    return {
        **{k: v for k, v in run_row.items() if k not in ("started_at", "finished_at")},
        "started_at": started.isoformat(),
        "finished_at": run_row["finished_at"].isoformat(),
        "quarantine_reasons": dict(sorted(reasons.items())),
        "task_seconds": {k: round(v, 3) for k, v in sorted(seconds.items())},
        "failures": [f.describe() for f in report.failures],
        "out_dir": str(out),
        "staged_counts": dict(counts),
    }
