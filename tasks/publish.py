"""Atomic, serialised publishing of a batch into the dataset.

Readers open ``<out>/<table>`` directly (``pandas.read_parquet("data/out/articles")``), so the
only way to make a batch appear in every table at once is one atomic rename. ``<out>`` is
therefore a symbolic link to a complete, never-modified *version* folder::

    data/out -> .out.versions/v-20261128T001500-1a2b3c4d
    data/.out.versions/v-.../articles/batch=<id>/part-00000.parquet ...

Publishing builds the next version beside the current one (unchanged files are hard links, so
this is cheap), moves the staged batch in, and swaps the link with ``os.replace``. A process
killed at any moment leaves either the old or the new version in place, both complete; leftovers
(``*.tmp`` versions, staging folders) are removed by the next run. A lock file serialises runs on
one output root. The previous version is kept for readers still reading it.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from tasks.check import MANIFEST, write_manifest
from tasks.schema import PARTITION_KEY

log = logging.getLogger(__name__)

KEEP_VERSIONS = 2  # the current one and the one before it


class OutputLocked(RuntimeError):
    """Another run holds the output root's lock."""


class ForeignOutput(ValueError):
    """``--out`` names something that is not a Warta dataset: Warta refuses to adopt it."""


WARTA_TABLES = frozenset({"articles", "statements", "stances", "quarantine", "runs"})


def check_output(out: Path, batch_dir: Path | None = None) -> None:
    """Refuse an output root that is not Warta's, before anything is written (raises ForeignOutput).

    Accepted: a path that does not exist, an empty folder, a link Warta made into its versions
    folder, or a plain folder holding only Warta tables (as an earlier Warta wrote them). Refused:
    a file, a link elsewhere, a folder with anything else in it, and an output root that is, holds
    or lies inside the batch folder.
    """
    out_abs = Path(os.path.abspath(out))
    if batch_dir is not None:
        batch = batch_dir.resolve()
        real = out_abs.resolve() if out_abs.exists() or out_abs.is_symlink() else _resolve_missing(out_abs)
        if real == batch or batch in real.parents:
            raise ForeignOutput(
                f"--out {out} is inside the batch folder {batch_dir}: write the dataset somewhere else "
                "(the default is data/out)"
            )
        if real in batch.parents:
            raise ForeignOutput(f"--out {out} holds the batch folder {batch_dir}: choose an output folder beside it")
    if out_abs.is_symlink():
        target = Path(os.path.normpath(out_abs.parent / os.readlink(out_abs)))
        if target.parent != versions_dir(out_abs):
            raise ForeignOutput(
                f"--out {out} is a link to {target}, which Warta did not make: remove the link or choose another --out"
            )
        return
    if not out_abs.exists():
        return
    if not out_abs.is_dir():
        raise ForeignOutput(
            f"--out {out} is a file, not a dataset folder: choose a folder that does not exist yet "
            "(or an output root Warta wrote before)"
        )
    foreign = sorted(p.name for p in out_abs.iterdir() if p.name not in WARTA_TABLES and p.name != MANIFEST)
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise ForeignOutput(
            f"--out {out} is a folder that is not a Warta dataset (it holds {shown}): "
            "choose an empty or new folder; Warta never moves files it did not write"
        )


def _resolve_missing(path: Path) -> Path:
    """``path`` with its existing ancestors resolved (it does not exist yet)."""
    for parent in path.parents:
        if parent.exists():
            return parent.resolve() / path.relative_to(parent)
    return path


def versions_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.versions"


def lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


def fault_point(name: str) -> None:
    """Test hook: ``WARTA_FAULT_AT=<name>`` kills the process here (used by the kill tests)."""
    if os.environ.get("WARTA_FAULT_AT") == name:
        log.warning("WARTA_FAULT_AT=%s: killing the process", name)
        os.kill(os.getpid(), signal.SIGKILL)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output root's lock for a whole run; fail at once with a clear message if taken."""
    out.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(out)
    fh = path.open("a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            raise OutputLocked(
                f"another warta run is writing to {out} ({holder}); wait for it to finish or use another --out"
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}")
        fh.flush()
        yield
    finally:
        fh.close()  # closing the file releases the lock, also when the process dies


def current_version(out: Path) -> Path | None:
    """The version folder ``out`` points to (a plain folder is migrated on the next publish)."""
    if out.is_symlink():
        target = out.parent / os.readlink(out)
        return target if target.is_dir() else None
    return out if out.is_dir() else None


def staging_area(out: Path, run_id: str) -> Path:
    return versions_dir(out) / f"_staging-{run_id}"


def _link_tree(src: Path, dst: Path, skip: set[Path]) -> None:
    """Recreate ``src`` under ``dst`` with hard links (copies where links are not possible)."""
    for dirpath, dirnames, filenames in os.walk(src):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d not in skip and not d.startswith(("_", "."))]
        target = dst / here.relative_to(src)
        target.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            if name.startswith(("_", ".")):
                continue
            try:
                os.link(here / name, target / name)
            except OSError:
                shutil.copy2(here / name, target / name)


def publish_version(
    out: Path, batch_id: str, replace_tables: tuple[str, ...], stage: Path | None, run_file: Path
) -> Path:
    """Make the next version: the current one, with ``batch_id``'s partitions of ``replace_tables``
    taken from ``stage`` (none when ``stage`` is None) and ``run_file`` added; then swap it in."""
    vdir = versions_dir(out)
    vdir.mkdir(parents=True, exist_ok=True)
    current = current_version(out)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    name = f"v-{stamp}-{run_file.stem[-8:]}"
    building = vdir / f"{name}.tmp"
    skip = {current / t / f"{PARTITION_KEY}={batch_id}" for t in replace_tables} if current else set()
    if current is not None:
        _link_tree(current, building, skip)
    building.mkdir(parents=True, exist_ok=True)
    if stage is not None:
        for table in replace_tables:
            staged = stage / table / f"{PARTITION_KEY}={batch_id}"
            target = building / table / f"{PARTITION_KEY}={batch_id}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(target, ignore_errors=True)
            os.replace(staged, target)
    runs = building / "runs" / f"{PARTITION_KEY}={batch_id}"
    runs.mkdir(parents=True, exist_ok=True)
    os.replace(run_file, runs / run_file.name)
    upgrade_schemas(building)  # parts written by an earlier Warta get the columns added since (null)
    write_manifest(building, current)  # file list with sizes and checksums, before the swap
    final = vdir / name
    os.replace(building, final)  # the version is complete once it has its final name
    fault_point("version-built")
    _swap(out, final)
    fault_point("swapped")
    if stage is not None:
        shutil.rmtree(stage, ignore_errors=True)
    cleanup(out)
    return final


def seed_from(dataset: Path, target: Path) -> None:
    """Make ``target`` a plain output root holding the tables of ``dataset``'s current version, as
    hard links where the file system allows (copies elsewhere). Publishing into ``target`` replaces
    links, never the files behind them, so ``dataset`` stays byte-identical."""
    current = current_version(dataset)
    if current is None:
        raise FileNotFoundError(f"{dataset} holds no dataset")
    target.mkdir(parents=True)
    for table in WARTA_TABLES:
        if (current / table).is_dir():
            _link_tree(current / table, target / table, set())


def upgrade_schemas(version: Path) -> int:
    """Give every Parquet part of ``version`` the columns this Warta's schema has and the part lacks
    (a minor version may add nullable columns: old batches read them as null). A part is rewritten
    to a new file and renamed over its hard link, so the previous version is never touched.
    Returns the number of parts rewritten."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tasks.schema import TABLES

    rewritten = 0
    for table, schema in TABLES.items():
        for part in sorted((version / table).glob(f"{PARTITION_KEY}=*/*.parquet")):
            names = set(pq.read_schema(part).names)
            missing = [f for f in schema if f.name not in names]
            if not missing:
                continue
            data = pq.read_table(part)
            for f in missing:
                if not f.nullable:
                    raise ValueError(
                        f"{part} lacks the column {f.name!r}, which may not be null: this needs a contract "
                        "version change and a migration, not a minor upgrade"
                    )
                data = data.append_column(f, pa.nulls(data.num_rows, type=f.type))
            tmp = part.with_name(f".{part.name}.upgrade")
            order = [f.name for f in schema] + [n for n in data.column_names if n not in schema.names]
            pq.write_table(data.select(order), tmp, compression="zstd")
            os.replace(tmp, part)
            rewritten += 1
    if rewritten:
        log.warning("added new columns (null) to %d part(s) written by an earlier Warta", rewritten)
    return rewritten


def _swap(out: Path, version: Path) -> None:
    if out.exists() and not out.is_symlink():
        _migrate_plain_folder(out)
    link_tmp = out.parent / f".{out.name}.link-{os.getpid()}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(os.path.relpath(version, out.parent), link_tmp)
    os.replace(link_tmp, out)  # atomic: readers see the old or the new version, never a mix


def _migrate_plain_folder(out: Path) -> None:
    """An output root written as a plain folder (by hand or an older Warta) becomes a version."""
    legacy = versions_dir(out) / f"v-legacy-{int(time.time())}"
    log.warning("moving the plain folder %s to %s and linking to versions from now on", out, legacy)
    os.replace(out, legacy)


def cleanup(out: Path) -> None:
    """Remove unfinished versions, stale staging and all but the newest ``KEEP_VERSIONS`` versions.

    Only called while holding the output lock, so nothing found here belongs to a live run.
    """
    vdir = versions_dir(out)
    if not vdir.is_dir():
        return
    current = current_version(out)
    for entry in vdir.iterdir():
        if entry.name.endswith(".tmp") or entry.name.startswith("_staging-"):
            shutil.rmtree(entry, ignore_errors=True)
    versions = sorted((p for p in vdir.iterdir() if p.name.startswith("v-")), key=lambda p: p.stat().st_mtime)
    keep = set(versions[-KEEP_VERSIONS:])
    if current is not None:
        keep.add(current)
    for old in versions:
        if old not in keep:
            shutil.rmtree(old, ignore_errors=True)
