"""The batch flow: ingest -> detect language -> extract -> (stage) -> validate -> publish.

Orchestration only. Inputs are planned once, then handled in chunks of ``chunk_size`` units so
memory stays flat; each chunk passes through the stage tasks and is staged as Parquet parts.
The whole batch is validated and published as one new version of the dataset (all tables at
once), or not at all; the runs table gets a row either way. One run per output root at a time.
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
from tasks.publish import OutputLocked, cleanup, fault_point, output_lock, publish_version, staging_area
from tasks.validate import Report, validate_task
from tasks.write import DATA_TABLES, discard, finish_staging, known_articles_task, stage_task, write_run_file

MAX_LISTED = 200  # quarantined inputs listed in the summary


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
    docs_dir: str | None = None,
) -> dict[str, Any]:
    """Turn one batch folder into validated tables under ``out_dir``; returns the run summary.

    ``docs_dir``: also write Great Expectations Data Docs (HTML) of the validation there."""
    batch = batch_id or Path(batch_dir).resolve().name
    run_id = str(flow_run.get_id() or uuid.uuid4())
    out = Path(out_dir)
    try:
        with output_lock(out):
            return _run(batch_dir, out, batch, run_id, chunk_size, max_bytes, lang_max_chars, docs_dir)
    except OutputLocked as exc:
        return {"batch_id": batch, "run_id": run_id, "status": "locked", "error": str(exc), "validation_success": False}


def _run(
    batch_dir: str, out: Path, batch: str, run_id: str, chunk_size: int, max_bytes: int, lang_max_chars: int,
    docs_dir: str | None,
) -> dict[str, Any]:  # fmt: skip
    logger = get_run_logger()
    started = datetime.now(UTC)
    cleanup(out)  # what a killed run left behind
    stage = staging_area(out, run_id)
    seconds: Counter[str] = Counter()

    def timed(name: str, fn: Any, *args: Any) -> Any:
        t0 = time.perf_counter()
        result = fn(*args)
        seconds[name] += time.perf_counter() - t0
        return result

    units = timed("plan", plan_task, batch_dir, max_bytes, chunk_size)
    seen = timed("ingest", known_articles_task, str(out), batch)
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    refused: list[dict[str, Any]] = []  # the first quarantine rows, for the summary
    n_inputs = 0
    for part, chunk in enumerate(_chunks(units, chunk_size)):
        articles, rejected, seen = timed("ingest", ingest_task, batch_dir, chunk, batch, seen)
        n_inputs += len(articles) + len(rejected)
        reasons.update(r["reason"] for r in rejected)
        refused.extend(rejected[: max(0, MAX_LISTED - len(refused))])
        articles = timed("language", language_task, articles, lang_max_chars)
        articles, statements, stances = timed("extract", extract_task, articles)
        tables = {"articles": articles, "statements": statements, "stances": stances, "quarantine": rejected}
        counts.update(timed("write", stage_task, str(stage), batch, part, tables))
    finish_staging(stage, batch)
    fault_point("staged")
    report, invalid = timed("validate", validate_task, str(stage), batch, docs_dir)
    refused.extend(invalid[: max(0, MAX_LISTED - len(refused))])
    if invalid:
        logger.warning("%d article(s) quarantined by validation (reason invalid_row)", len(invalid))
        reasons.update(r["reason"] for r in invalid)
        counts = _recount(stage, batch)
    for failure in report.failures[:20]:
        logger.error("validation: %s", failure.describe())
    published = counts if report.success else Counter()
    row = _run_row(run_id, batch, started, n_inputs, published, report, reasons, seconds)
    run_file = write_run_file(stage, row)
    t0 = time.perf_counter()
    if report.success:
        publish_version(out, batch, DATA_TABLES, stage, run_file)
    else:
        publish_version(out, batch, (), None, run_file)
        discard(stage)
    seconds["publish"] += time.perf_counter() - t0
    return _summary(row, reasons, seconds, report, out, counts) | {"quarantined_inputs": refused}


def _recount(stage: Path, batch: str) -> Counter[str]:
    from tasks.write import read_staged

    return Counter({t: read_staged(stage, t, batch).num_rows for t in DATA_TABLES})


def _run_row(
    run_id: str, batch: str, started: datetime, n_inputs: int, published: Counter[str], report: Report,
    reasons: Counter[str], seconds: Counter[str],
) -> dict[str, Any]:  # fmt: skip
    return {
        "run_id": run_id,
        "batch_id": batch,
        "started_at": started,
        "finished_at": datetime.now(UTC),
        "status": "completed" if report.success else "failed",
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


def _summary(
    row: dict[str, Any], reasons: Counter[str], seconds: Counter[str], report: Report, out: Path,
    counts: Counter[str],
) -> dict[str, Any]:  # fmt: skip
    return {
        **{k: v for k, v in row.items() if k not in ("started_at", "finished_at")},
        "started_at": row["started_at"].isoformat(),
        "finished_at": row["finished_at"].isoformat(),
        "quarantine_reasons": dict(sorted(reasons.items())),
        "task_seconds": {k: round(v, 3) for k, v in sorted(seconds.items())},
        "failures": [f.describe() for f in report.failures],
        "failure_details": [f.__dict__ | {"article_ids": list(f.article_ids)[:5]} for f in report.failures],
        "out_dir": str(out),
        "staged_counts": dict(counts),
    }
