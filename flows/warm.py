"""A warm worker beside ``warta server``: later commands start in a fraction of a second.

Most of a short command's wall time is imports (Prefect ~3 s, Great Expectations ~4 s, pandas,
pyarrow, the name tagger) that every new Python process pays again. ``warta server start`` also
starts this worker: one process that imports all of that once and then waits on a Unix socket
under the Prefect home (mode 0600, same user only). A ``warta run | validate | inbox | eval |
check | report`` sends it its arguments, working folder, environment, umask and its standard
streams (the file descriptors themselves, so progress bars and colours reach the terminal); the
worker forks a child that runs the command exactly as ``flows.cli.main`` would and sends back the
exit code. The child runs in its own process group; Ctrl-C and SIGTERM of the command are passed
on to it, and if the command dies (SIGKILL included) the worker stops the child's group.

The client falls back to running in its own process, as before, whenever the worker cannot serve
it: no worker, ``PREFECT_API_URL`` set by the user, ``WARTA_WARM=0``, or a fingerprint mismatch
(the code, the language data or the ``PREFECT_*`` settings changed since the worker started;
``warta server stop && warta server start`` picks the changes up).

Nothing is run in the worker itself before a fork: it only imports, so no thread or event loop
is copied into a child.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import selectors
import signal
import socket
import struct
import sys
import time
from pathlib import Path

from flows.watchdog import alive

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = frozenset({"run", "validate", "inbox", "eval", "check", "report"})
WATCHED = ("flows", "tasks", "expectations")
WATCHED_SUFFIXES = {".py", ".tsv", ".json", ".crfsuite", ".txt", ".md"}
FORWARDED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
GRACE_SECONDS = 5.0


# ---------------------------------------------------------------- shared by the worker and its clients


def socket_path(home: Path) -> Path:
    """The worker's socket in the Prefect home (a short path under /tmp when that one is too long
    for a Unix socket)."""
    path = home / "warta-warm.sock"
    if len(os.fsencode(path)) < 100:
        return path
    digest = hashlib.sha1(os.fsencode(path)).hexdigest()[:16]
    return Path("/tmp") / f"warta-{os.getuid()}-{digest}.sock"


def fingerprint(env: dict[str, str] | os._Environ[str]) -> str:
    """What the worker's imports depend on: Warta's files (paths, sizes, times), the interpreter
    and the ``PREFECT_*`` settings other than the API address."""
    h = hashlib.sha1(sys.executable.encode())
    for top in WATCHED:
        for dirpath, dirnames, filenames in os.walk(ROOT / top):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if os.path.splitext(name)[1] in WATCHED_SUFFIXES:
                    st = os.stat(os.path.join(dirpath, name))
                    h.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    for key in sorted(k for k in env if k.startswith("PREFECT_") and k != "PREFECT_API_URL"):
        h.update(f"{key}={env[key]}\n".encode())
    return h.hexdigest()


def _send(conn: socket.socket, message: dict[str, object], fds: list[int] | None = None) -> None:
    data = json.dumps(message).encode()
    frame = struct.pack("!I", len(data)) + data
    if fds:
        socket.send_fds(conn, [frame], fds)
    else:
        conn.sendall(frame)


def _recv(conn: socket.socket, max_fds: int = 0) -> tuple[dict[str, object] | None, list[int]]:
    """One message (None when the peer closed) and the file descriptors that came with it."""
    fds: list[int] = []
    head = b""
    while len(head) < 4:
        if max_fds and not fds:
            chunk, fds, _, _ = socket.recv_fds(conn, 4 - len(head), max_fds)
        else:
            chunk = conn.recv(4 - len(head))
        if not chunk:
            return None, fds
        head += chunk
    size = struct.unpack("!I", head)[0]
    body = b""
    while len(body) < size:
        chunk = conn.recv(min(size - len(body), 1 << 20))
        if not chunk:
            return None, fds
        body += chunk
    return json.loads(body), fds


# ---------------------------------------------------------------- the client side (in flows.cli)


def run_warm(argv: list[str]) -> int | None:
    """Run ``warta argv`` in the warm worker and return its exit code; None when there is no
    usable worker (the caller then runs the command itself)."""
    if not argv or argv[0] not in COMMANDS or os.environ.get("WARTA_WARM", "1") == "0":
        return None
    if os.environ.get("PREFECT_API_URL") or "-h" in argv or "--help" in argv:
        return None
    path = socket_path(Path(os.environ["PREFECT_HOME"]))
    if not path.exists():
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(10)
        conn.connect(str(path))
        umask = os.umask(0o22)
        os.umask(umask)
        request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask,
                   "fingerprint": fingerprint(os.environ)}  # fmt: skip
        _send(conn, request, [0, 1, 2])
        reply, _ = _recv(conn)
    except OSError as exc:
        log.info("the warm worker at %s did not answer (%s); running here", path, exc)
        conn.close()
        return None
    if reply is None or "pid" not in reply:
        if reply and reply.get("stale"):
            print("warta: the running warta server has older code or other PREFECT_* settings; running without "
                  "it ('warta server stop && warta server start' updates it)", file=sys.stderr)  # fmt: skip
        conn.close()
        return None
    return _wait_for(conn, int(str(reply["pid"])))


def _wait_for(conn: socket.socket, pid: int) -> int:
    def forward(signum: int, frame: object) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)

    for sig in FORWARDED_SIGNALS:
        signal.signal(sig, forward)
    conn.settimeout(None)
    while True:
        try:
            reply, _ = _recv(conn)
            break
        except InterruptedError:
            continue
        except OSError:  # the worker went away mid-command
            reply = None
            break
    conn.close()
    if reply is None or "exit" not in reply:
        print("warta: the warm worker stopped before the command finished; run it again", file=sys.stderr)
        return 2
    return int(str(reply["exit"]))


# ---------------------------------------------------------------- the worker


def _preload() -> None:
    """Everything a command imports or loads, once (imports only: nothing that starts a thread)."""
    import pandas  # noqa: F401
    import prefect.client.orchestration  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    from flows.runtime import preload_flow_run

    preload_flow_run()

    from tasks._lazy import import_great_expectations

    import_great_expectations()

    import flows.cli
    import flows.inbox
    import flows.pipeline  # noqa: F401
    import tasks.check
    import tasks.evaluate
    import tasks.report  # noqa: F401
    from tasks.parallel import warm_caches

    warm_caches()  # language profiles, lexicons and the name tagger


def _child(request: dict[str, object], fds: list[int], url: str) -> None:
    """In the forked child: become the client's command, run it, exit with its code."""
    code = 2
    try:
        os.setsid()
        for sig in (*FORWARDED_SIGNALS, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        old_err = sys.stderr
        logging.getLogger().handlers.clear()  # the worker's own log handler; the command sets up its own
        for target, fd in enumerate(fds[:3]):
            os.dup2(fd, target)
        for fd in fds:
            os.close(fd)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1 if os.isatty(1) else -1)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
        for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
            for handler in getattr(logger, "handlers", []):
                if isinstance(handler, logging.StreamHandler) and handler.stream is old_err:
                    handler.setStream(sys.stderr)
        os.chdir(str(request["cwd"]))
        os.umask(int(str(request["umask"])))
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in dict(request["env"]).items()})  # type: ignore[call-overload]
        os.environ["PREFECT_API_URL"] = url
        from flows import cli

        code = cli.main([str(a) for a in request["argv"]])  # type: ignore[attr-defined]
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException as exc:  # a child must never return into the worker's loop
        with contextlib.suppress(Exception):
            print(f"warta: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


class Worker:
    def __init__(self, path: Path, url: str, server_pid: int | None) -> None:
        self.path, self.url, self.server_pid = path, url, server_pid
        self.print = fingerprint(os.environ)
        self.sel = selectors.DefaultSelector()
        self.children: dict[int, socket.socket] = {}
        self.kill_at: dict[int, float] = {}  # children sent SIGTERM: SIGKILL after a grace period
        self.stopping = False

    def serve(self) -> None:
        self.path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(str(self.path))
        finally:
            os.umask(old)
        listener.listen(16)
        self.sel.register(listener, selectors.EVENT_READ, None)
        signal.signal(signal.SIGTERM, lambda *_: setattr(self, "stopping", True))
        signal.signal(signal.SIGINT, lambda *_: setattr(self, "stopping", True))
        log.warning("warm worker ready on %s (pid %d)", self.path, os.getpid())
        last_check = time.monotonic()
        try:
            while not self.stopping:
                for key, _ in self.sel.select(timeout=0.05):
                    if key.data is None:
                        self._accept(listener)
                    else:
                        self._peer_event(key.fileobj, key.data)  # type: ignore[arg-type]
                self._reap()
                for pid, when in list(self.kill_at.items()):
                    if pid not in self.children:
                        del self.kill_at[pid]
                    elif time.monotonic() > when:
                        _stop_group(pid, signal.SIGKILL)
                if time.monotonic() - last_check > 1:
                    last_check = time.monotonic()
                    if self.server_pid and not alive(self.server_pid):
                        log.warning("the Prefect server (pid %d) is gone; the warm worker stops", self.server_pid)
                        break
        finally:
            for pid in list(self.children):
                _stop_group(pid)
            deadline = time.monotonic() + GRACE_SECONDS
            while self.children and time.monotonic() < deadline:
                self._reap()
                time.sleep(0.05)
            for pid in list(self.children):
                _stop_group(pid, signal.SIGKILL)
            self._reap(wait=True)
            listener.close()
            self.path.unlink(missing_ok=True)

    def _accept(self, listener: socket.socket) -> None:
        conn, _ = listener.accept()
        conn.settimeout(10)
        try:
            creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
            if struct.unpack("3i", creds)[1] != os.getuid():
                log.warning("refused a client of another user")
                conn.close()
                return
            request, fds = _recv(conn, max_fds=3)
        except OSError as exc:
            log.warning("a client of the warm worker went away: %s", exc)
            conn.close()
            return
        if request is None or len(fds) != 3:
            log.warning("refused a malformed request (%d descriptors)", len(fds))
            for fd in fds:
                os.close(fd)
            conn.close()
            return
        if request.get("fingerprint") != self.print:
            log.warning("refused a request: the code or the PREFECT_* settings changed since the worker started")
            for fd in fds:
                os.close(fd)
            with contextlib.suppress(OSError):
                _send(conn, {"stale": True})
            conn.close()
            return
        pid = os.fork()
        if pid == 0:
            self.sel.close()
            conn.close()
            listener.close()
            _child(request, fds, self.url)
        for fd in fds:
            os.close(fd)
        log.warning("pid %d runs warta %s", pid, " ".join(map(str, request["argv"])))  # type: ignore[call-overload]
        self.children[pid] = conn
        self.sel.register(conn, selectors.EVENT_READ, pid)
        with contextlib.suppress(OSError):
            _send(conn, {"pid": pid})

    def _peer_event(self, conn: socket.socket, pid: int) -> None:
        """The client of ``pid`` spoke or hung up; it only ever hangs up (it died, or gave up)."""
        with contextlib.suppress(OSError):
            if conn.recv(1, socket.MSG_PEEK):
                conn.recv(4096)
                return
        self.sel.unregister(conn)
        log.warning("the client of pid %d is gone; stopping it", pid)
        _stop_group(pid)
        self.kill_at[pid] = time.monotonic() + GRACE_SECONDS

    def _reap(self, wait: bool = False) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, 0 if wait else os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.children.pop(pid, None)
            if conn is None:
                continue
            with contextlib.suppress(KeyError, ValueError):
                self.sel.unregister(conn)
            with contextlib.suppress(OSError):
                _send(conn, {"exit": os.waitstatus_to_exitcode(status)})
            conn.close()


def _stop_group(pid: int, sig: int = signal.SIGTERM) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def main() -> int:
    """``python -m flows.warm SOCKET URL [SERVER_PID]``: preload, then serve until SIGTERM."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    path, url = Path(sys.argv[1]), sys.argv[2]
    server_pid = int(sys.argv[3]) if len(sys.argv) > 3 else None
    os.environ["PREFECT_API_URL"] = url  # before Prefect is imported: its settings are read at import
    from flows.runtime import configure_prefect

    configure_prefect()
    t0 = time.perf_counter()
    _preload()
    log.warning("preloaded in %.1f s", time.perf_counter() - t0)
    Worker(path, url, server_pid).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
