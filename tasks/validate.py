"""Stage 4, validate: run the Great Expectations suites of ``expectations/`` on every table.

Suites are reviewed JSON, one per table. Checks across tables (foreign keys, offsets into the
article body) are computed here as boolean columns (``_article_exists``, ``_span_matches``, ...)
that the suites expect to be true: Great Expectations has no cross-table checks for pandas.
Great Expectations is imported only when validation runs (~2 s; see ``tasks/_lazy.py``).
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from tasks._lazy import import_great_expectations
from tasks._task import lazy_task

log = logging.getLogger(__name__)

ID_COLUMN = {
    "articles": "article_id",
    "statements": "statement_id",
    "stances": "stance_id",
    "quarantine": "source_path",
    "runs": "run_id",
}
SAMPLE = 5
ARTICLE_TABLES = ("articles", "statements", "stances")
ROW_LEVEL = frozenset(
    {
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_be_between",
        "expect_column_values_to_match_regex",
        "expect_column_value_lengths_to_be_between",
        "expect_column_pair_values_a_to_be_greater_than_b",
    }
)


def expectations_dir() -> Path:
    """``WARTA_EXPECTATIONS`` or the ``expectations/`` folder of the source tree."""
    env = os.environ.get("WARTA_EXPECTATIONS")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "expectations"


@dataclass(frozen=True)
class Failure:
    table: str
    expectation: str
    column: str | None
    unexpected_count: int
    sample: list[str]  # ids of failing rows (or observed values)
    article_ids: tuple[str, ...] = ()  # articles whose rows failed (row-level failures only)

    @property
    def row_level(self) -> bool:
        """A failure of some rows of an article table: those articles can be quarantined."""
        return self.table in ARTICLE_TABLES and self.expectation in ROW_LEVEL and bool(self.article_ids)

    def describe(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        extra = f"; e.g. {', '.join(self.sample)}" if self.sample else ""
        return f"{where}: {self.expectation} failed for {self.unexpected_count} row(s){extra}"


@dataclass
class Report:
    success: bool = True
    evaluated: int = 0
    failures: list[Failure] = field(default_factory=list)

    def merge(self, other: Report) -> None:
        self.success = self.success and other.success
        self.evaluated += other.evaluated
        self.failures.extend(other.failures)

    def to_json(self) -> str:
        return json.dumps([f.__dict__ for f in self.failures], ensure_ascii=False, default=str)


# ---------------------------------------------------------------- derived checks (pure pandas)


def derived_checks(frames: dict[str, pd.DataFrame], today: date | None = None) -> dict[str, pd.DataFrame]:
    """Add the boolean columns the suites use for checks across tables and rows."""
    from tasks.extract.parties import well_named

    out = dict(frames)
    today = today or datetime.now(UTC).date()
    arts = frames["articles"]
    if "articles" in frames:
        pub = arts["published_date"]
        out["articles"] = arts.assign(_published_not_future=[d is None or pd.isna(d) or d <= today for d in pub])
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    if "statements" in frames:
        st = frames["statements"]
        out["statements"] = st.assign(
            _article_exists=st["article_id"].isin(arts["article_id"]).astype(bool),
            _span_matches=[
                bodies.get(a, "")[s:e] == t
                for a, s, e, t in zip(st["article_id"], st["char_start"], st["char_end"], st["text"], strict=True)
            ],
            _id_matches=[
                sid == f"{a}-s{q}" for sid, a, q in zip(st["statement_id"], st["article_id"], st["seq"], strict=True)
            ],
        )
        statement_ids = st["statement_id"]
    else:
        statement_ids = pd.Series([], dtype=object)
    if "stances" in frames:
        sn = frames["stances"]
        out["stances"] = sn.assign(
            _article_exists=sn["article_id"].isin(arts["article_id"]).astype(bool),
            _statement_exists=(sn["statement_id"].isna() | sn["statement_id"].isin(statement_ids)).astype(bool),
            _span_matches=[
                bodies.get(a, "")[s:e] == t
                for a, s, e, t in zip(sn["article_id"], sn["char_start"], sn["char_end"], sn["evidence"], strict=True)
            ],
            _id_matches=[sid.startswith(f"{a}-t") for sid, a in zip(sn["stance_id"], sn["article_id"], strict=True)],
            _holder_named=[well_named(n, k) for n, k in zip(sn["holder"], sn["holder_type"], strict=True)],
            _target_named=[well_named(n, k) for n, k in zip(sn["target"], sn["target_type"], strict=True)],
        )
    return out


def frame_of(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas()


# ---------------------------------------------------------------- Great Expectations


@cache
def _gx() -> Any:
    """An ephemeral GX context (no files written), quiet: no progress bars, no INFO lines."""
    gx = import_great_expectations()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    context.data_sources.add_pandas("warta")
    return context


@cache
def load_suite(table: str) -> Any:
    """The suite of ``table``; fails loudly when an entry was invalid (GX drops those silently)."""
    gx = import_great_expectations()

    path = expectations_dir() / f"{table}.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"no suite for table {table!r} at {path}; restore expectations/ from git") from exc
    suite = gx.ExpectationSuite(name=raw["name"], expectations=raw["expectations"], meta=raw.get("meta"))
    if len(suite.expectations) != len(raw["expectations"]):
        raise ValueError(
            f"{path}: {len(raw['expectations']) - len(suite.expectations)} expectation(s) are invalid "
            "(unknown type or bad arguments); fix the file"
        )
    return suite


def _batch(table: str, frame: pd.DataFrame) -> Any:
    context = _gx()
    source = context.data_sources.get("warta")
    try:
        asset = source.get_asset(table)
    except LookupError:
        asset = source.add_dataframe_asset(name=table)
    try:
        definition = asset.get_batch_definition("whole")
    except (KeyError, LookupError, ValueError):
        definition = asset.add_batch_definition_whole_dataframe("whole")
    return definition.get_batch(batch_parameters={"dataframe": frame})


def validate_frame(table: str, frame: pd.DataFrame) -> Report:
    """Validate one table's frame (with derived columns) against its suite."""
    suite = load_suite(table)
    id_col = ID_COLUMN[table]
    frame = frame.reset_index(drop=True)
    result = _batch(table, frame).validate(suite, result_format="COMPLETE")
    report = Report(success=bool(result.success), evaluated=len(result.results))
    for r in result.results:
        if r.success:
            continue
        kwargs = r.expectation_config.kwargs
        column = kwargs.get("column") or kwargs.get("column_A")
        res = r.result or {}
        idx = res.get("unexpected_index_list") or []
        sample = [str(frame.at[i, id_col]) for i in idx[:SAMPLE] if isinstance(i, int) and id_col in frame]
        if not sample:
            observed = res.get("observed_value", res.get("partial_unexpected_list"))
            sample = [str(observed)] if observed is not None else []
        if r.exception_info and r.exception_info.get("raised_exception"):
            sample = [str(r.exception_info.get("exception_message"))[:200]]
        count = int(res.get("unexpected_count") or len(idx) or 1)
        rows = [i for i in idx if isinstance(i, int)]
        articles = (
            tuple(sorted({str(a) for a in frame.loc[rows, "article_id"]})) if rows and "article_id" in frame else ()
        )
        report.failures.append(Failure(table, r.expectation_config.type, column, count, sample, articles))
    return report


def write_data_docs(frames: dict[str, pd.DataFrame], docs_dir: Path) -> Path:
    """Great Expectations Data Docs (static HTML) of validating ``frames``; returns the index page."""
    gx = import_great_expectations()
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.data_context.types.base import ProgressBarsConfig

    docs_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    site = {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
    context.add_data_docs_site(site_name="warta", site_config=site)
    source = context.data_sources.add_pandas("warta-docs")
    checked = derived_checks(frames)
    for table, frame in checked.items():
        definition = source.add_dataframe_asset(name=table).add_batch_definition_whole_dataframe("whole")
        suite = context.suites.add(load_suite(table))
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=table, data=definition, suite=suite)
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=f"warta-{table}",
                validation_definitions=[validation],
                actions=[UpdateDataDocsAction(name="docs", site_names=["warta"])],
                result_format="COMPLETE",
            )
        )
        checkpoint.run(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    return docs_dir / "index.html"


def invalid_articles(report: Report) -> dict[str, str]:
    """article_id -> what failed, for every row-level failure of the report."""
    reasons: dict[str, str] = {}
    for f in report.failures:
        for aid in f.article_ids:
            reasons.setdefault(aid, f"{f.table}.{f.column}: {f.expectation}")
    return reasons


def validate_tables(frames: dict[str, pd.DataFrame]) -> Report:
    """Validate every given table; derived cross-table columns are added first."""
    checked = derived_checks(frames) if "articles" in frames else dict(frames)
    report = Report()
    for table in ("articles", "statements", "stances", "quarantine"):
        if table in checked:
            report.merge(validate_frame(table, checked[table]))
    return report


GROUP_PARTS = 10  # staged parts validated together: ~5,000 articles at the default chunk size


def part_name(part: int) -> str:
    return f"part-{part:05d}.parquet"


def validate_parts(stage_dir: str, batch_id: str, names: list[str], docs_dir: str | None = None) -> Report:
    """Validate one group of staged parts of the article tables. ``docs_dir``: Data Docs of it."""
    from tasks.write import read_parts

    stage = Path(stage_dir)
    frames = {t: frame_of(read_parts(stage, t, batch_id, names)) for t in ARTICLE_TABLES}
    if docs_dir:
        write_data_docs(frames, Path(docs_dir))
    return validate_tables(frames)


def settle_validation(stage_dir: str, batch_id: str, reports: list[Report]) -> tuple[Report, list[dict[str, Any]]]:
    """Validate the quarantine table and combine the group reports. When only rows failed, their
    articles go to quarantine (reason ``invalid_row``, naming the expectation) and the batch is
    validated again; any other failure fails the run. Returns the final report and the rows added."""
    from tasks.write import read_staged

    stage = Path(stage_dir)
    report = Report()
    for r in reports:
        report.merge(r)
    report.merge(validate_frame("quarantine", frame_of(read_staged(stage, "quarantine", batch_id))))
    if report.success or not all(f.row_level for f in report.failures):
        return report, []
    added = quarantine_articles(stage, batch_id, invalid_articles(report))
    return _validate_staged(stage, batch_id), added


# ---------------------------------------------------------------- a process that imports GX early

_validator: Any = None


def _import_great_expectations() -> None:
    from tasks.parallel import exit_with_parent
    from tasks.schema import to_table

    exit_with_parent()
    with contextlib.suppress(OSError):
        os.nice(10)  # the temporary server's start, which the command waits for, goes first
    gc.disable()  # the import allocates much and frees nothing
    import_great_expectations()  # the point: pay the import (~2 s) while the parent works
    gc.freeze()
    gc.enable()
    # and GX's first validation (its context, the suites, its metric registry: ~0.4 s), on empty tables
    validate_tables({t: frame_of(to_table(t, [])) for t in ARTICLE_TABLES})
    validate_frame("quarantine", frame_of(to_table("quarantine", [])))


def start_validator() -> None:
    """Start one process that imports Great Expectations right away, so that its import (~4 s)
    runs on another core while the command imports Prefect, plans and extracts; validation then
    runs in it. Without it, validation runs in-process as before."""
    global _validator
    if _validator is not None:
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    _validator = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_import_great_expectations)
    _validator.submit(int)  # start the process now


def _exit_quickly() -> None:
    """In the validator: run multiprocessing's exit handlers (they release the semaphores it made),
    then leave without tearing the interpreter down, as multiprocessing's forked children do."""
    from multiprocessing import util

    util._exit_function()
    os._exit(0)


def stop_validator() -> None:
    """Stop the validator process without its interpreter's orderly exit (~0.8 s of tearing down
    Great Expectations' modules): it holds no state and its results are back. It is asked to
    exit quickly (terminating it from outside would leak the semaphores it made)."""
    global _validator
    if _validator is not None:
        from concurrent.futures.process import BrokenProcessPool

        with contextlib.suppress(BrokenProcessPool, RuntimeError):
            _validator.submit(_exit_quickly).result(timeout=60)
        _validator.shutdown(wait=True, cancel_futures=True)
        _validator = None


def _in_validator(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in the validator process when there is one (in this process if it broke)."""
    from concurrent.futures.process import BrokenProcessPool

    if _validator is not None:
        try:
            return _validator.submit(fn, *args).result()
        except BrokenProcessPool:
            log.warning("the validation process stopped; validating in this process instead")
            stop_validator()
    return fn(*args)


@lazy_task(name="validate")
def validate_parts_task(stage_dir: str, batch_id: str, names: list[str], docs_dir: str | None = None) -> Report:
    """Validate one group of staged parts (the flow runs this while later chunks are extracted)."""
    from tasks.timing import measure

    with measure("validate"):
        return _in_validator(validate_parts, stage_dir, batch_id, names, docs_dir)


@lazy_task(name="settle-validation")
def settle_validation_task(stage_dir: str, batch_id: str, reports: list[Report]) -> tuple[Report, list[dict[str, Any]]]:
    """See ``settle_validation``."""
    from tasks.timing import measure

    with measure("validate"):
        return _in_validator(settle_validation, stage_dir, batch_id, reports)


def _validate_staged(stage: Path, batch_id: str) -> Report:
    """Validate a whole staged batch, a group of parts at a time."""
    from tasks.write import part_names, read_parts, read_staged

    report = Report()
    names = part_names(stage, batch_id)
    for i in range(0, len(names), GROUP_PARTS):
        frames = {t: frame_of(read_parts(stage, t, batch_id, names[i : i + GROUP_PARTS])) for t in ARTICLE_TABLES}
        report.merge(validate_tables(frames))
    report.merge(validate_frame("quarantine", frame_of(read_staged(stage, "quarantine", batch_id))))
    return report


def quarantine_articles(stage: Path, batch_id: str, reasons: dict[str, str]) -> list[dict[str, Any]]:
    """Remove the rows of the articles in ``reasons`` from the staged parts; quarantine them."""
    from tasks.schema import to_table
    from tasks.write import part_names, read_parts, rewrite_part

    added: list[dict[str, Any]] = []
    for name in part_names(stage, batch_id):
        tables = {t: read_parts(stage, t, batch_id, [name]) for t in ARTICLE_TABLES}
        ids = tables["articles"].column("article_id").to_pylist()
        if not any(aid in reasons for aid in ids):
            continue
        sources = dict(zip(ids, tables["articles"].column("source_path").to_pylist(), strict=True))
        added += [
            {"batch_id": batch_id, "source_path": sources[aid], "reason": "invalid_row", "detail": reasons[aid],
             "duplicate_of": None}
            for aid in ids if aid in reasons
        ]  # fmt: skip
        for t, data in tables.items():
            keep = pa.array([aid not in reasons for aid in data.column("article_id").to_pylist()], type=pa.bool_())
            rewrite_part(stage, t, batch_id, name, data.filter(keep))
    rewrite_part(stage, "quarantine", batch_id, "part-invalid.parquet", to_table("quarantine", added))
    return added
