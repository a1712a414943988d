"""`warta serve` end to end: its own local Prefect server, one scheduled run, a clean stop."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from tests.conftest import SEED_BATCH

pytestmark = pytest.mark.flow


def test_serve_runs_the_inbox_on_schedule_and_stops_cleanly(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    shutil.copytree(SEED_BATCH, inbox / "b1")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    cmd = [sys.executable, "-m", "flows.cli", "serve", "--cron", "* * * * *", "--inbox", str(inbox), "--out", str(out)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while not (out / "runs").is_dir() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(2)
        assert (out / "runs").is_dir(), "no scheduled run within 4 minutes"
        time.sleep(2)
    finally:
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr[-2000:]
    assert "stopped" in stdout
    assert list(pd.read_parquet(out / "runs").batch_id) == ["b1"]
    assert not _servers_with_home(str(tmp_path / "prefect"))  # the local Prefect server went with it


def _servers_with_home(home: str) -> list[int]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                args = fh.read().replace(b"\0", b" ")
            with open(f"/proc/{pid}/environ", "rb") as fh:
                environ = fh.read()
        except OSError:
            continue
        if b"server start" in args and f"PREFECT_HOME={home}".encode() in environ:
            found.append(int(pid))
    return found
