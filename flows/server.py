"""Local Prefect servers: the reusable one of ``warta server``, and the one ``warta serve`` needs.

Every ``warta`` command without a server pays Prefect's temporary server start (several seconds).
``warta server start`` starts ``prefect server start`` once, in the background, on a free loopback
port, with its state in Warta's Prefect home and a state file (pid, URL) under Warta's cache; every
later ``warta`` command uses it while it runs and ``PREFECT_API_URL`` is not set
(``use_running_server``). ``warta server stop`` stops it cleanly; ``status`` tells.

``flow.serve(cron=...)`` needs a real Prefect server (the embedded one runs no schedules,
shared/NOTES.md): ``local_server`` uses the configured or running one, else starts one for the
duration of ``warta serve`` and stops it on exit (Ctrl-C included).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from flows import database
from flows.watchdog import alive

log = logging.getLogger(__name__)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def state_file() -> Path:
    """Where ``warta server`` keeps its pid and URL: in the Prefect home whose database it serves
    (Warta's own under the user's cache unless ``PREFECT_HOME`` says otherwise)."""
    from flows.runtime import configure_prefect

    configure_prefect()
    return Path(os.environ["PREFECT_HOME"]) / "warta-server.json"


def running_server() -> dict[str, object] | None:
    """The state of a running ``warta server`` (pid, url), or None; a stale state file is removed."""
    path = state_file()
    try:
        state = json.loads(path.read_text("utf-8"))
        pid, url = int(state["pid"]), str(state["url"])
    except (OSError, ValueError, KeyError):
        return None
    if alive(pid) and _healthy(url):
        return state
    if not alive(pid):
        log.info("removing the stale server state %s (pid %d is gone)", path, pid)
        path.unlink(missing_ok=True)
    return None


def use_running_server() -> str | None:
    """Point this process at the running ``warta server`` unless ``PREFECT_API_URL`` is set."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    state = running_server()
    if state is None:
        return None
    os.environ["PREFECT_API_URL"] = str(state["url"])
    return str(state["url"])


def _spawn(port: int, log_path: Path | None) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    out = log_path.open("ab") if log_path else subprocess.DEVNULL
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True)


def _wait_healthy(proc: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not _healthy(url):
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop_group(proc.pid)
            raise RuntimeError(f"the local Prefect server did not start at {url}; see its log, or set PREFECT_API_URL")
        time.sleep(0.05)


def _stop_group(pid: int, grace: float = 20) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    if alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)


def server_start(timeout: float = 120) -> tuple[bool, str]:
    """Start the reusable server; (started, message). A second start while one runs says so."""
    state = running_server()
    if state is not None:
        return False, f"a warta server is already running at {state['url']} (pid {state['pid']})"
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    database.seed_from_template()
    proc = _spawn(port, path.with_suffix(".log"))
    _wait_healthy(proc, url, timeout)
    state: dict[str, object] = {"pid": proc.pid, "url": url, "port": port, "started": time.time()}
    _write_state(path, state)
    warm = _start_warm(path, url, proc.pid, timeout) if os.environ.get("WARTA_WARM", "1") != "0" else None
    if warm is not None:
        _write_state(path, {**state, "warm_pid": warm})
    how = "in its warm worker" if warm is not None else "with it"
    return True, f"warta server running at {url} (pid {proc.pid}); warta commands run {how} until 'warta server stop'"


def _with_warta_on_path(environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` with Warta's source folder first on ``PYTHONPATH`` (for ``python -m flows....``)."""
    root = str(Path(__file__).resolve().parent.parent)
    return {**environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, environ.get("PYTHONPATH")]))}


def _write_state(path: Path, state: dict[str, object]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), "utf-8")
    os.replace(tmp, path)


def _start_warm(state_path: Path, url: str, server_pid: int, timeout: float) -> int | None:
    """Start the warm worker (flows.warm) and wait until it listens; None if it did not start."""
    from flows.warm import ROOT, socket_path

    sock = socket_path(state_path.parent)
    sock.unlink(missing_ok=True)
    env = _with_warta_on_path(os.environ)
    env.pop("PREFECT_API_URL", None)
    with state_path.with_name("warta-warm.log").open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "flows.warm", str(sock), url, str(server_pid)], env=env,
                                cwd=str(ROOT), stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + timeout
    while not sock.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop_group(proc.pid, grace=5)
            log.warning("the warm worker did not start (see %s); commands use the server without it",
                        state_path.with_name("warta-warm.log"))  # fmt: skip
            return None
        time.sleep(0.1)
    return proc.pid


def server_stop() -> tuple[bool, str]:
    path = state_file()
    try:
        state = json.loads(path.read_text("utf-8"))
        pid = int(state["pid"])
    except (OSError, ValueError, KeyError):
        return False, "no warta server is running"
    warm = state.get("warm_pid")
    if isinstance(warm, int) and alive(warm):
        _stop_group(warm)  # first: it stops the commands it runs
    if alive(pid):
        _stop_group(pid)
    path.unlink(missing_ok=True)
    return True, f"warta server (pid {pid}) stopped"


def server_status() -> tuple[bool, str]:
    state = running_server()
    if state is None:
        return False, "no warta server is running (commands start a temporary one; 'warta server start' saves it)"
    warm = state.get("warm_pid")
    if isinstance(warm, int) and alive(warm):
        return True, f"warta server running at {state['url']} (pid {state['pid']}), warm worker pid {warm}"
    return True, f"warta server running at {state['url']} (pid {state['pid']}), no warm worker"


# ---------------------------------------------------------------- the temporary server, started early

_early: tuple[subprocess.Popen[bytes], str] | None = None
_fresh = False  # whether the early server creates its database (then it becomes the template)


def start_temporary_server() -> str | None:
    """Start the temporary Prefect server a command needs (the one Prefect would start itself on the
    first API call) right away, so that its start (seconds; its database set-up on a fresh machine)
    runs on another core while the command imports, plans and reads the batch. Nothing when a
    server is configured or running. ``temporary_server_ready`` waits for it before the flow."""
    global _early
    if os.environ.get("PREFECT_API_URL") or _early is not None:
        return None
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    cmd = [sys.executable, "-m", "flows.tempserver", str(port)]
    global _fresh
    _fresh = not database.seed_from_template() and database.missing()
    env = {**_with_warta_on_path(os.environ), "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1", **database.server_env()}  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    _early = (proc, url)
    os.environ["PREFECT_API_URL"] = url
    return url


def temporary_server_ready(timeout: float = 180, meanwhile: Callable[[], None] | None = None) -> None:
    """Wait until the early temporary server answers (a no-op without one); ``meanwhile`` runs
    first, while the server is still starting."""
    if _early is not None:
        if meanwhile is not None:
            meanwhile()
        _wait_healthy(*_early, timeout)
        if database.mark_ready() and _fresh:  # this start created and migrated the database: keep a copy
            database.save_template()


def stop_temporary_server() -> None:
    global _early
    if _early is not None:
        proc, url = _early
        _early = None
        if os.environ.get("PREFECT_API_URL") == url:
            os.environ.pop("PREFECT_API_URL")
        _stop_group(proc.pid, grace=5)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


@contextlib.contextmanager
def local_server(timeout: float = 120) -> Iterator[str | None]:
    """Yield the API URL of a running Prefect server, starting a local one if none is configured."""
    if os.environ.get("PREFECT_API_URL") or use_running_server():
        yield os.environ["PREFECT_API_URL"]
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    proc = _spawn(port, None)
    try:
        _wait_healthy(proc, url, timeout)
        os.environ["PREFECT_API_URL"] = url
        yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        _stop_group(proc.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


def server_prepare(timeout: float = 300) -> tuple[bool, str]:
    """Save this Prefect version's template database (flows.database): one temporary server start on
    a throw-away home. What ``make`` runs after installing; later fresh homes copy the template."""
    import tempfile

    template = database.template_path()
    if template is not None and template.exists():
        return True, f"Prefect's database template is ready: {template}"
    saved_home, saved_url = os.environ.get("PREFECT_HOME"), os.environ.pop("PREFECT_API_URL", None)
    try:
        with tempfile.TemporaryDirectory(prefix="warta-prepare-") as home:
            os.environ["PREFECT_HOME"] = home
            start_temporary_server()
            try:
                temporary_server_ready(timeout)
            finally:
                stop_temporary_server()
    finally:
        if saved_home is not None:
            os.environ["PREFECT_HOME"] = saved_home
        if saved_url is not None:
            os.environ["PREFECT_API_URL"] = saved_url
    if template is None or not template.exists():
        return False, "no database template saved (a database setting of your own is in use, or see the log)"
    return True, f"Prefect's database template is ready: {template}"
