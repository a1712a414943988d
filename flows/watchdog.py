"""Nothing a Warta command started outlives it, even when it is killed with SIGKILL.

A SIGKILL (the out-of-memory killer, a CI timeout, a container stop) gives a process no chance to
stop its children: the temporary Prefect server and the worker processes would run on with no
parent. ``start_watchdog()`` starts one small process in its own session that watches the command:
every half second it notes the command's descendants (from ``/proc``), and once the command is
gone it terminates the descendants it last saw (SIGTERM, then SIGKILL) and exits. Workers also
exit by themselves when their parent changes (``tasks.parallel``). Linux only; elsewhere it does
nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
GRACE_SECONDS = 2.0


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and brackets: the fields after the last ")" are fixed
        fields = stat[stat.rfind(")") + 2 :].split()
        kids.setdefault(int(fields[1]), []).append(int(entry.name))
    return kids


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` in the process tree."""
    kids = _children_map()
    out: set[int] = set()
    todo = [pid]
    while todo:
        for child in kids.get(todo.pop(), []):
            if child not in out:
                out.add(child)
                todo.append(child)
    return out


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting to be reaped does not). Without ``/proc``, whether a
    signal can reach it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        if Path("/proc/self/stat").exists():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[0] != "Z"


def _terminate(pids: set[int]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            if alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, sig)
        deadline = time.monotonic() + GRACE_SECONDS
        while time.monotonic() < deadline and any(alive(p) for p in pids):
            time.sleep(0.1)


def watch(parent: int) -> None:
    """Run in the watchdog process: follow ``parent``'s tree, clean it up when ``parent`` is gone."""
    seen: set[int] = set()
    while alive(parent):
        seen = (seen | descendants(parent)) - {os.getpid()}
        seen = {p for p in seen if alive(p)}
        time.sleep(POLL_SECONDS)
    left = {p for p in seen if alive(p)}
    if left:
        _terminate(left)


def start_watchdog() -> subprocess.Popen[bytes] | None:
    """Start the watchdog of the current process (does nothing off Linux or when disabled with
    ``WARTA_WATCHDOG=0``)."""
    if not Path("/proc/self/stat").exists() or os.environ.get("WARTA_WATCHDOG") == "0":
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "flows.watchdog", str(os.getpid())],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a signal to the command's process group does not reach it
        close_fds=True,
    )


if __name__ == "__main__":
    watch(int(sys.argv[1]))
