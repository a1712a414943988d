"""Smoke runs that keep the benchmark and the Dask option working (no timing asserted here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import ROOT, SEED_BATCH

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def test_benchmark_smoke_run(tmp_path):
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()))
    results = tmp_path / "results.jsonl"
    cmd = [sys.executable, str(ROOT / "bench" / "run.py"), "--n", "200", "--results", str(results)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(results.read_text().splitlines()[-1])
    assert result["articles"] == 200
    assert result["language_agreement"] >= 0.995
    assert result["peak_rss_mb"] > 0 and result["ratio"] > 0
    assert set(result["stage_seconds"]) >= {"ingest", "language", "extract", "validate", "write"}


def test_dask_local_cluster_gives_the_same_rows(tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from flows.cli import main

    for name, extra in (("pool", []), ("dask", ["--dask", "local"])):
        assert main(["run", str(SEED_BATCH), "--out", str(tmp_path / name), "--quiet", "--workers", "2", *extra]) == 0
    for table in ("articles", "statements", "stances"):
        a = pd.read_parquet(tmp_path / "pool" / table).drop(columns=["batch"])
        b = pd.read_parquet(tmp_path / "dask" / table).drop(columns=["batch"])
        pd.testing.assert_frame_equal(a, b)


def test_quote_styles_check_reads_the_same_statements(shared, monkeypatch):
    """bench/speakers.py --quote-styles on the first corpus articles: one glyph for both marks changes nothing."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import speakers

    result = speakers.quote_styles(limit=60)
    assert result["articles"] > 0
    for style in ("close_both", "open_both"):
        same, total = result[style]["statements_same"].split(" of ")
        assert int(total) > 0 and same == total
