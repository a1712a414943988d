"""Prefect's SQLite database in Warta's Prefect home: set up once, not on every start.

A temporary Prefect server migrates its database and registers Prefect's block types on every
start unless told otherwise (~0.3 s of a warm start), and creates and migrates a new database on a
fresh home (~8 s of CPU, the bulk of a first run). Two things avoid both:

- a **marker** beside the database (``warta-database.json``: Prefect's version, the file and its
  inode) written once a start has migrated it; later starts then skip migrations and block
  registration;
- a **template**: a migrated, empty database saved once per Prefect version beside the
  interpreter (``<sys.prefix>/share/warta/``; ``make`` prepares it with ``warta server prepare``,
  and the first migration on a machine saves it too), copied into a fresh home instead of
  migrating.

Any database setting of the user's own (another database URL, a profile that sets one) turns all
of this off: Prefect then does what it always does. ``WARTA_PREFECT_TEMPLATE=0`` turns the template
off (a fresh home then migrates).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

MARKER = "warta-database.json"
DATABASE = "prefect.db"


@cache
def _prefect_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("prefect")
    except PackageNotFoundError:
        return None


def _home() -> Path | None:
    """The Prefect home whose default SQLite database Warta may manage, or None."""
    home = os.environ.get("PREFECT_HOME")
    if not home or any("DATABASE" in k for k in os.environ if k.startswith("PREFECT_")):
        return None
    profiles = Path(home) / "profiles.toml"
    with contextlib.suppress(OSError):
        if "DATABASE" in profiles.read_text("utf-8", errors="replace"):
            return None
    return Path(home)


def missing() -> bool:
    """Whether the home Warta manages has no database yet (a server start will create one)."""
    home = _home()
    return home is not None and not (home / DATABASE).exists()


def template_path() -> Path | None:
    """This Prefect version's template (None with ``WARTA_PREFECT_TEMPLATE=0``)."""
    if os.environ.get("WARTA_PREFECT_TEMPLATE") == "0":
        return None
    version = _prefect_version()
    return Path(sys.prefix) / "share" / "warta" / f"prefect-{version}.db" if version else None


def _key(home: Path) -> dict[str, object] | None:
    try:
        inode = (home / DATABASE).stat().st_ino
    except OSError:
        return None
    version = _prefect_version()
    return {"prefect": version, "database": str(home / DATABASE), "inode": inode} if version else None


def is_ready() -> bool:
    """Whether the home's database was migrated (and its blocks registered) for this Prefect."""
    home = _home()
    key = _key(home) if home else None
    if home is None or key is None:
        return False
    try:
        return bool(json.loads((home / MARKER).read_text("utf-8")) == key)
    except (OSError, ValueError):
        return False


def mark_ready() -> bool:
    """After a server start answered: record that its database is set up; True if it was not
    before (the start migrated it)."""
    home = _home()
    key = _key(home) if home else None
    if home is None or key is None or is_ready():
        return False
    with contextlib.suppress(OSError):
        (home / MARKER).write_text(json.dumps(key), "utf-8")
    return True


def seed_from_template() -> bool:
    """Copy the template into a home without a database (True if it did)."""
    home, template = _home(), template_path()
    if home is None or template is None or not template.is_file() or (home / DATABASE).exists():
        return False
    home.mkdir(parents=True, exist_ok=True)
    tmp = home / f".{DATABASE}.{os.getpid()}.tmp"
    try:
        tmp.write_bytes(template.read_bytes())
        os.replace(tmp, home / DATABASE)
    except OSError as exc:
        log.warning("could not copy Prefect's template database %s (%s); migrating instead", template, exc)
        tmp.unlink(missing_ok=True)
        return False
    mark_ready()
    return True


def save_template(database: Path | None = None) -> Path | None:
    """Save a migrated database as this Prefect version's template (SQLite's online backup, safe
    while a server uses it); nothing if one exists. Returns the template's path."""
    template = template_path()
    home = _home()
    source = database or (home / DATABASE if home else None)
    if template is None or source is None or template.exists() or not source.is_file():
        return None
    tmp = template.with_name(f".{template.name}.{os.getpid()}.tmp")
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        os.replace(tmp, template)
    except (OSError, sqlite3.Error) as exc:
        log.info("no template database saved at %s: %s", template, exc)
        tmp.unlink(missing_ok=True)
        return None
    return template


def server_env() -> dict[str, str]:
    """Settings for a temporary server on a database set up before: skip what is done."""
    if not is_ready():
        return {}
    return {"PREFECT_API_DATABASE_MIGRATE_ON_START": "false", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false"}
