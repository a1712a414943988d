"""The batch flow: ingest -> detect language -> extract -> (stage) -> validate -> publish.

Orchestration only. Inputs are planned once, then handled in chunks of ``chunk_size`` units so
memory stays flat; each chunk passes through the stage tasks and is staged as Parquet parts.
The whole batch is validated and published as one new version of the dataset (all tables at
once), or not at all; the runs table gets a row either way. One run per output root at a time.
"""

from __future__ import annotations

import errno
import json
import time
import uuid
from collections import Counter, deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from flows import progress
from tasks import CONTRACT_VERSION, PIPELINE_VERSION, timing
from tasks.extract import extract_task
from tasks.ingest import forget, ingest_task, plan_task
from tasks.language import language_task
from tasks.parallel import default_workers, worker_pool
from tasks.publish import (
    OutputLocked,
    check_output,
    cleanup,
    fault_point,
    output_lock,
    publish_version,
    staging_area,
)
from tasks.validate import GROUP_PARTS, Report, part_name, settle_validation_task, validate_parts_task
from tasks.write import DATA_TABLES, discard, finish_staging, known_articles_task, stage_task, write_run_file

MAX_LISTED = 200  # quarantined inputs listed in the summary
IN_FLIGHT = 4  # chunks between ingest and staging at once: keeps both cores busy, memory bounded


def _chunks(units: list[Any], size: int) -> list[list[Any]]:
    """Consecutive groups of units holding at most ``size`` inputs (a JSONL unit holds many)."""
    chunks: list[list[Any]] = [[]]
    held = 0
    for unit in units:
        weight = unit.last_line - unit.first_line + 1 if unit.kind == "jsonl" else 1
        if chunks[-1] and held + weight > size:
            chunks.append([])
            held = 0
        chunks[-1].append(unit)
        held += weight
    return chunks


@flow(
    name="warta-batch",
    log_prints=False,
    validate_parameters=False,
    task_runner=ThreadPoolTaskRunner(max_workers=8),  # type: ignore[arg-type]
)
def batch_flow(
    batch_dir: str,
    out_dir: str = "data/out",
    batch_id: str | None = None,
    chunk_size: int = 500,
    max_bytes: int = 5_000_000,
    lang_max_chars: int = 300,
    docs_dir: str | None = None,
    workers: int = 1,
    dask_address: str | None = None,
    dask_local: bool = False,
) -> dict[str, Any]:
    """Turn one batch folder into validated tables under ``out_dir``; returns the run summary.

    ``docs_dir``: also write Great Expectations Data Docs (HTML) of the validation there.
    ``workers``: processes for the CPU-bound stages (0: one per core); ``dask_address`` /
    ``dask_local``: run them on a Dask cluster instead (tasks/parallel.py)."""
    batch = batch_id or Path(batch_dir).resolve().name
    run_id = str(flow_run.get_id() or uuid.uuid4())
    out = Path(out_dir)
    check_output(out, Path(batch_dir))  # never adopt what is not Warta's (raises ForeignOutput)
    try:
        with output_lock(out), worker_pool(workers or default_workers(), dask_address, dask_local):
            summary = _run(batch_dir, out, batch, run_id, chunk_size, max_bytes, lang_max_chars, docs_dir)
        _publish_artifact(summary)
        return summary
    except OutputLocked as exc:
        return {"batch_id": batch, "run_id": run_id, "status": "locked", "error": str(exc), "validation_success": False}
    except OSError as exc:
        if exc.errno not in DISK_ERRORS:
            raise
        raise DiskFull(
            f"no space left to write the batch ({exc.strerror}: {exc.filename or out}); the dataset is unchanged: "
            "free space (or raise the limit) and run the batch again"
        ) from exc


DISK_ERRORS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


class DiskFull(OSError):
    """Writing the batch ran out of space; nothing was published."""


def _raise_first_failure(futures: tuple[Any, ...]) -> None:
    """Raise the exception of the first failed task among ``futures`` (if any failed)."""
    for future in futures:
        if future.state.is_failed():
            future.result()  # re-raises the task's own exception


def _run(
    batch_dir: str, out: Path, batch: str, run_id: str, chunk_size: int, max_bytes: int, lang_max_chars: int,
    docs_dir: str | None,
) -> dict[str, Any]:  # fmt: skip
    logger = get_run_logger()
    started = datetime.now(UTC)
    flow_t0 = time.perf_counter()
    timing.take()  # start from zero
    with timing.measure("write"):
        cleanup(out)  # what a killed run left behind
    stage = staging_area(out, run_id)
    seconds: Counter[str] = Counter()

    def timed(name: str, fn: Any, *args: Any) -> Any:
        t0 = time.perf_counter()
        result = fn(*args)
        seconds[name] += time.perf_counter() - t0
        return result

    units = timed("plan", plan_task, batch_dir, max_bytes, chunk_size)
    timed("ingest", known_articles_task, str(out), batch, run_id)
    counts: Counter[str] = Counter()
    n_inputs = 0
    # Chunks flow through the stages concurrently (Prefect futures on a thread pool; the CPU work
    # itself runs in the worker processes). Ingest stays in chunk order, so the first copy of a
    # duplicate is always the same; at most IN_FLIGHT chunks are held at once.
    in_flight: deque[tuple[int, PrefectFuture[int], PrefectFuture[dict[str, int]], tuple[Any, ...]]] = deque()
    checks: list[PrefectFuture[Report]] = []  # one validation per group of staged parts, in order
    group: list[str] = []

    total = sum(u.last_line - u.first_line + 1 if u.kind == "jsonl" else 1 for u in units)
    progress.report(0, total)

    def collect() -> None:
        nonlocal n_inputs
        part, ingested, staged, chain = in_flight.popleft()
        try:
            counts.update(staged.result())
        except Exception:
            _raise_first_failure(chain)  # the stage that failed, not "upstream did not complete"
            raise
        n_inputs += ingested.result()
        progress.report(n_inputs, total)
        group.append(part_name(part))
        if len(group) == GROUP_PARTS:
            validate_group()

    def validate_group() -> None:
        docs = docs_dir if not checks else None
        after = [checks[-1]] if checks else None
        checks.append(validate_parts_task.submit(str(stage), batch, list(group), docs, wait_for=after))
        group.clear()

    previous: PrefectFuture[int] | None = None
    t0 = time.perf_counter()
    for part, chunk in enumerate(_chunks(units, chunk_size)):
        ingested = ingest_task.submit(
            batch_dir, chunk, batch, run_id, str(stage), part, wait_for=[previous] if previous else None
        )
        detected = language_task.submit(str(stage), part, lang_max_chars, wait_for=[ingested])
        extracted = extract_task.submit(str(stage), part, wait_for=[detected])
        staged = stage_task.submit(str(stage), batch, part, wait_for=[extracted])
        previous = ingested
        in_flight.append((part, ingested, staged, (ingested, detected, extracted, staged)))
        while len(in_flight) >= IN_FLIGHT:
            collect()
    while in_flight:
        collect()
    forget(run_id)
    with timing.measure("write"):
        finish_staging(stage, batch)
    if group or not checks:
        validate_group()
    seconds["chunks"] += time.perf_counter() - t0
    with timing.measure("write"):
        reasons, refused = _quarantine_summary(stage, batch)
    fault_point("staged")
    reports = [check.result() for check in checks]
    report, invalid = timed("validate", settle_validation_task, str(stage), batch, reports)
    if invalid:
        logger.warning("%d article(s) quarantined by validation (reason invalid_row)", len(invalid))
        reasons, refused = _quarantine_summary(stage, batch)
        counts = _recount(stage, batch)
    for failure in report.failures[:20]:
        logger.error("validation: %s", failure.describe())
    published = counts if report.success else Counter()
    row = _run_row(run_id, batch, started, n_inputs, published, report, reasons, seconds)
    run_file = write_run_file(stage, row)
    t0 = time.perf_counter()
    with timing.measure("publish"):
        if report.success:
            publish_version(out, batch, DATA_TABLES, stage, run_file)
        else:
            publish_version(out, batch, (), None, run_file)
            discard(stage)
    seconds["publish"] += time.perf_counter() - t0
    work, busy = timing.take()
    flow_seconds = time.perf_counter() - flow_t0
    return _summary(row, reasons, seconds, report, out, counts) | {
        "quarantined_inputs": refused,
        "work_seconds": work,
        "flow_seconds": round(flow_seconds, 3),
        # time in the flow when no stage was working: Prefect's own costs and waiting
        "orchestration_seconds": round(flow_seconds - busy, 3),
    }


def _publish_artifact(summary: dict[str, Any]) -> None:
    """The run summary as a Prefect markdown artifact (shown in the Prefect UI for the run)."""
    import re

    from prefect.artifacts import create_markdown_artifact

    key = "warta-" + re.sub(r"[^a-z0-9-]+", "-", summary["batch_id"].lower()).strip("-")
    create_markdown_artifact(markdown=progress.summary_markdown(summary), key=key[:60], description="Warta run summary")


def _quarantine_summary(stage: Path, batch: str) -> tuple[Counter[str], list[dict[str, Any]]]:
    """Reasons counted over the staged quarantine rows, and the first rows for the summary."""
    from tasks.write import read_staged

    rows = read_staged(stage, "quarantine", batch).select(["source_path", "reason", "detail"]).to_pylist()
    return Counter(r["reason"] for r in rows), rows[:MAX_LISTED]


def _recount(stage: Path, batch: str) -> Counter[str]:
    from tasks.write import count_staged

    return Counter({t: count_staged(stage, t, batch) for t in DATA_TABLES})


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
        "task_seconds": json.dumps({k: round(v, 3) for k, v in sorted((seconds | timing.peek()).items())}),
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
