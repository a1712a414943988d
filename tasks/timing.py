"""Seconds of real work per stage, measured inside task bodies (and around the flow's own
steps), so that orchestration overhead = flow wall time - work time can be reported."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

_work: Counter[str] = Counter()
_intervals: list[tuple[float, float]] = []
_lock = threading.Lock()  # stages of different chunks run in parallel threads


@contextmanager
def measure(stage: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        t1 = time.perf_counter()
        with _lock:
            _work[stage] += t1 - t0
            _intervals.append((t0, t1))


def peek() -> dict[str, float]:
    """The seconds measured so far, per stage."""
    with _lock:
        return {k: round(v, 3) for k, v in sorted(_work.items())}


def take() -> tuple[dict[str, float], float]:
    """The seconds measured since the last call per stage, and the wall seconds during which at
    least one stage was working (stages overlap: the sum can exceed the wall time). Resets."""
    with _lock:
        out = {k: round(v, 3) for k, v in sorted(_work.items())}
        spans = sorted(_intervals)
        _work.clear()
        _intervals.clear()
    busy, end = 0.0, float("-inf")
    for a, b in spans:
        if b <= end:
            continue
        busy += b - max(a, end)
        end = b
    return out, busy
