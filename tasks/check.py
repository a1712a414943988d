"""Prove a published dataset is whole: ``warta check``. Reads only; never modifies anything.

Checks, each reported as ``Problem(path, batch, what)``:
- the output root links to a complete version that carries a manifest (``_manifest.json``, written
  before the swap): every file listed is there with its size and SHA-256, and no Parquet file is
  unlisted;
- every Parquet part opens and has the contract's columns with the contract's types;
- per batch, the rows of each table equal the counts of the batch's last completed run;
- ids are unique (``article_id`` across the dataset, ``statement_id``, ``stance_id``);
- statements and stances point to existing articles, stances to existing statements;
- offsets slice the body exactly (``body[char_start:char_end]`` is the text or the evidence).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tasks.schema import PARTITION_KEY, TABLES

log = logging.getLogger(__name__)

MANIFEST = "_manifest.json"
COUNTED = {
    "articles": "n_articles",
    "statements": "n_statements",
    "stances": "n_stances",
    "quarantine": "n_quarantined",
}


@dataclass(frozen=True)
class Problem:
    path: str
    batch: str | None
    what: str

    def __str__(self) -> str:
        where = f"{self.path}" + (f" (batch {self.batch})" if self.batch else "")
        return f"{where}: {self.what}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_files(version: Path) -> list[Path]:
    """The files of a version that belong to the dataset (not the manifest, not hidden files)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(version):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        out += [Path(dirpath) / f for f in sorted(filenames) if not f.startswith((".", "_"))]
    return out


def build_manifest(version: Path, previous: Path | None = None) -> dict[str, Any]:
    """File list with sizes and checksums. A file hard-linked from ``previous`` (same inode) reuses
    that version's checksum, so publishing hashes only what the batch changed."""
    known: dict[tuple[int, int], str] = {}
    if previous is not None and (previous / MANIFEST).is_file():
        old = json.loads((previous / MANIFEST).read_text("utf-8"))
        for rel, entry in old.get("files", {}).items():
            with_path = previous / rel
            if with_path.is_file():
                st = with_path.stat()
                known[(st.st_dev, st.st_ino)] = entry["sha256"]
    files = {}
    for path in data_files(version):
        st = path.stat()
        digest = known.get((st.st_dev, st.st_ino)) or sha256_of(path)
        files[str(path.relative_to(version))] = {"size": st.st_size, "sha256": digest}
    return {"version": version.name.removesuffix(".tmp"), "files": files}


def write_manifest(version: Path, previous: Path | None = None) -> None:
    tmp = version / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps(build_manifest(version, previous), indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, version / MANIFEST)


# ---------------------------------------------------------------- checking


def check_dataset(out: Path) -> list[Problem]:
    """Everything wrong with the dataset at ``out`` (an empty list when it is whole)."""
    from tasks.publish import versions_dir

    if out.is_symlink():
        target = Path(os.path.normpath(out.parent / os.readlink(out)))
        if not target.is_dir():
            return [Problem(str(out), None, f"links to {target}, which does not exist")]
        if target.parent != versions_dir(out) or target.name.endswith(".tmp"):
            return [Problem(str(out), None, f"links to {target}, which is not a complete Warta version")]
        version = target
    elif out.is_dir():
        version = out  # a plain folder, as an earlier Warta wrote it: no manifest to check
    else:
        return [Problem(str(out), None, "no dataset here")]
    problems = _check_manifest(version, required=out.is_symlink())
    tables, problems2 = _read_tables(version)
    problems += problems2
    problems += _check_counts(tables)
    problems += _check_keys(tables)
    problems += _check_offsets(tables)
    return problems


def _check_manifest(version: Path, required: bool) -> list[Problem]:
    path = version / MANIFEST
    if not path.is_file():
        return [Problem(str(path), None, "the version has no manifest")] if required else []
    try:
        manifest = json.loads(path.read_text("utf-8"))
        listed: dict[str, dict[str, Any]] = manifest["files"]
    except (ValueError, KeyError) as exc:
        return [Problem(str(path), None, f"the manifest is unreadable ({exc})")]
    problems = []
    for rel, entry in listed.items():
        f = version / rel
        if not f.is_file():
            problems.append(Problem(rel, _batch_of(rel), "listed in the manifest but missing"))
        elif f.stat().st_size != entry["size"]:
            problems.append(Problem(rel, _batch_of(rel), f"size {f.stat().st_size}, manifest says {entry['size']}"))
        elif sha256_of(f) != entry["sha256"]:
            problems.append(Problem(rel, _batch_of(rel), "checksum differs from the manifest"))
    for f in data_files(version):
        rel = str(f.relative_to(version))
        if rel not in listed and f.suffix == ".parquet":
            problems.append(Problem(rel, _batch_of(rel), "not in the manifest"))
    return problems


def _batch_of(rel: str) -> str | None:
    part = next((p for p in Path(rel).parts if p.startswith(f"{PARTITION_KEY}=")), None)
    return part.split("=", 1)[1] if part else None


def _read_tables(version: Path) -> tuple[dict[str, pa.Table], list[Problem]]:
    tables: dict[str, pa.Table] = {}
    problems: list[Problem] = []
    for name, schema in TABLES.items():
        parts: list[pa.Table] = []
        for f in sorted((version / name).glob(f"{PARTITION_KEY}=*/*.parquet")):
            rel = str(f.relative_to(version))
            try:
                data = pq.read_table(f)
            except Exception as exc:  # a truncated or damaged file: report it, go on
                problems.append(Problem(rel, _batch_of(rel), f"does not open as Parquet ({type(exc).__name__})"))
                continue
            wrong = [
                fld.name
                for fld in schema
                if fld.name not in data.schema.names or not data.schema.field(fld.name).type.equals(fld.type)
            ]
            if wrong:
                problems.append(Problem(rel, _batch_of(rel), f"columns missing or of the wrong type: {wrong}"))
                continue
            parts.append(data.select([fld.name for fld in schema]).cast(schema))
        tables[name] = pa.concat_tables(parts) if parts else schema.empty_table()
    return tables, problems


def _check_counts(tables: dict[str, pa.Table]) -> list[Problem]:
    runs = tables["runs"].to_pylist()
    last: dict[str, dict[str, Any]] = {}
    for run in sorted(runs, key=lambda r: r["finished_at"]):
        if run["status"] == "completed":
            last[run["batch_id"]] = run
    problems = []
    for table, column in COUNTED.items():
        have = Counter(tables[table].column("batch_id").to_pylist())
        for batch, run in last.items():
            if have.get(batch, 0) != run[column]:
                problems.append(
                    Problem(table, batch, f"{have.get(batch, 0)} rows, the batch's last run published {run[column]}")
                )
        for batch in set(have) - set(last):
            problems.append(Problem(table, batch, "rows of a batch that has no completed run"))
    return problems


def _check_keys(tables: dict[str, pa.Table]) -> list[Problem]:
    problems = []
    for table, key in (("articles", "article_id"), ("statements", "statement_id"), ("stances", "stance_id")):
        dupes = [k for k, n in Counter(tables[table].column(key).to_pylist()).items() if n > 1]
        if dupes:
            problems.append(Problem(table, None, f"{len(dupes)} duplicate {key}(s), e.g. {dupes[0]}"))
    articles = set(tables["articles"].column("article_id").to_pylist())
    statements = set(tables["statements"].column("statement_id").to_pylist())
    for table in ("statements", "stances"):
        rows = tables[table].select(["article_id", "batch_id"]).to_pylist()
        bad = [r for r in rows if r["article_id"] not in articles]
        if bad:
            problems.append(Problem(table, bad[0]["batch_id"], f"{len(bad)} row(s) point to a missing article"))
    refs = tables["stances"].select(["statement_id", "batch_id"]).to_pylist()
    bad = [r for r in refs if r["statement_id"] is not None and r["statement_id"] not in statements]
    if bad:
        problems.append(Problem("stances", bad[0]["batch_id"], f"{len(bad)} row(s) point to a missing statement"))
    return problems


def _check_offsets(tables: dict[str, pa.Table]) -> list[Problem]:
    articles = tables["articles"]
    bodies = dict(zip(articles.column("article_id").to_pylist(), articles.column("body").to_pylist(), strict=True))
    problems = []
    for table, column in (("statements", "text"), ("stances", "evidence")):
        rows = tables[table].select(["article_id", "char_start", "char_end", column, "batch_id"]).to_pylist()
        bad = [
            r
            for r in rows
            if r["article_id"] in bodies and bodies[r["article_id"]][r["char_start"] : r["char_end"]] != r[column]
        ]
        if bad:
            what = f"{len(bad)} row(s) whose offsets do not slice the body"
            problems.append(Problem(table, bad[0]["batch_id"], what))
    return problems
