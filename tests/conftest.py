"""Shared fixtures. Prefect runs on a private, temporary home for the whole test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

_HOME = tempfile.mkdtemp(prefix="warta-prefect-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)  # no empty home left in the temp folder per test run
os.environ["PREFECT_HOME"] = _HOME
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

from flows.runtime import configure_prefect  # noqa: E402

configure_prefect()

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEED_BATCH = ROOT / "data" / "seeds" / "example"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is not here: corpus tests need the shared folder beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEED_BATCH.glob("*.txt")).read_text("utf-8")


@pytest.fixture(scope="session")
def lex():
    from tasks.extract import lang

    return lang.load("id")


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for every test that runs a flow (it costs ~10 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
