"""``warta server``: one local Prefect server that every later command uses, cleanly stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.flow


ROOT = Path(__file__).resolve().parent.parent


def warta(*args, env, cwd=None):
    env = {**env, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False, cwd=cwd)  # fmt: skip


@pytest.fixture
def env(tmp_path):
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    yield env
    warta("server", "stop", env=env)


def _flow_runs(url: str) -> int:
    req = urllib.request.Request(f"{url}/flow_runs/count", data=b"{}", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return int(json.loads(resp.read()))


def test_start_status_use_stop(tmp_path, env):
    from flows.watchdog import alive

    started = warta("server", "start", env=env)
    assert started.returncode == 0 and "running at http://127.0.0.1:" in started.stdout, started.stderr
    state = json.loads((tmp_path / "prefect-home" / "warta-server.json").read_text())
    assert warta("server", "status", env=env).returncode == 0
    again = warta("server", "start", env=env)
    assert "already running" in again.stdout and str(state["pid"]) in again.stdout

    batch = tmp_path / "b"
    batch.mkdir()
    (batch / "a.txt").write_text("Jakarta (ANTARA) - Presiden Aruna Dewi meresmikan jembatan baru.", "utf-8")
    assert warta("run", str(batch), "--out", str(tmp_path / "out"), "--quiet", env=env).returncode == 0
    assert _flow_runs(state["url"]) >= 1  # the run was recorded by the running server
    assert "runs warta run" in (tmp_path / "prefect-home" / "warta-warm.log").read_text()  # in the warm worker
    assert (tmp_path / "out" / "articles").is_dir()  # the worker's child wrote where the command was asked to

    # the exit code and the output come back from the warm worker; a relative path is the caller's
    (batch / "bad.txt").write_bytes(b"\x00\x01 not an article")
    checked = warta("validate", "b", env=env, cwd=tmp_path)
    assert checked.returncode == 1 and "REJECTED" in checked.stdout and "bad.txt" in checked.stdout
    assert "runs warta validate b" in (tmp_path / "prefect-home" / "warta-warm.log").read_text()

    # other PREFECT_* settings than the worker's: the command runs by itself, and says why
    other = warta("check", str(tmp_path / "out"), env={**env, "PREFECT_LOGGING_LEVEL": "ERROR"})
    assert other.returncode == 0 and "whole" in other.stdout and "older code or other PREFECT_*" in other.stderr
    alone = warta("check", str(tmp_path / "out"), env={**env, "WARTA_WARM": "0"})
    assert alone.returncode == 0 and alone.stderr == ""

    _killed_command_is_stopped(tmp_path, env)

    state = json.loads((tmp_path / "prefect-home" / "warta-server.json").read_text())
    stopped = warta("server", "stop", env=env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert not alive(state["pid"]) and not alive(state["warm_pid"])
    assert not (tmp_path / "prefect-home" / "warta-warm.sock").exists()
    assert not (tmp_path / "prefect-home" / "warta-server.json").exists()
    status = warta("server", "status", env=env)
    assert status.returncode == 1 and "no warta server is running" in status.stdout


def test_a_stale_state_file_is_cleaned_up(tmp_path, env):
    home = tmp_path / "prefect-home"
    home.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (home / "warta-server.json").write_text(json.dumps({"pid": dead.pid, "url": "http://127.0.0.1:9/api"}))
    status = warta("server", "status", env=env)
    assert status.returncode == 1 and "no warta server is running" in status.stdout
    assert not (home / "warta-server.json").exists()


def _killed_command_is_stopped(tmp_path, env):
    """A command killed with SIGKILL: the warm worker stops what it was running for it."""
    import re
    import signal
    import time

    from flows.watchdog import alive

    big = tmp_path / "big"
    big.mkdir()
    line = "Jakarta (ANTARA) - Menteri Aruna Dewi mengatakan pemerintah mendukung program baru di daerah itu. "
    records = [json.dumps({"id": f"a{i}", "title": f"Judul {i}", "date": "2025-01-02", "text": line * 20})
               for i in range(3000)]  # fmt: skip
    (big / "articles.jsonl").write_text("\n".join(records), "utf-8")
    log = tmp_path / "prefect-home" / "warta-warm.log"
    args = [sys.executable, "-m", "flows.cli", "run", str(big), "--out", str(tmp_path / "o2"), "-q"]
    command = subprocess.Popen(args, env={**env, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    child = None
    while child is None and time.monotonic() < deadline:
        found = re.findall(r"pid (\d+) runs warta run " + re.escape(str(big)), log.read_text())
        child = int(found[-1]) if found else None
        time.sleep(0.2)
    assert child is not None and alive(child)
    command.send_signal(signal.SIGKILL)
    command.wait()
    deadline = time.monotonic() + 20
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(child)
