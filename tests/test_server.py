"""``warta server``: one local Prefect server that every later command uses, cleanly stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest

pytestmark = pytest.mark.flow


def warta(*args, env):
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip


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

    stopped = warta("server", "stop", env=env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert not alive(state["pid"])
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
