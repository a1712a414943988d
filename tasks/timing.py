"""Seconds of real work per stage, measured inside task bodies (and around the flow's own
steps), so that orchestration overhead = flow wall time - work time can be reported."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

_work: Counter[str] = Counter()
_lock = threading.Lock()  # stages of different chunks run in parallel threads


@contextmanager
def measure(stage: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        with _lock:
            _work[stage] += time.perf_counter() - t0


def peek() -> dict[str, float]:
    """The seconds measured so far, per stage."""
    with _lock:
        return {k: round(v, 3) for k, v in sorted(_work.items())}


def take() -> dict[str, float]:
    """The seconds measured since the last call, per stage (and reset)."""
    with _lock:
        out = {k: round(v, 3) for k, v in sorted(_work.items())}
        _work.clear()
    return out
