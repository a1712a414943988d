"""A process pool for the CPU-bound stages (ingest decoding, language detection, extraction).

langdetect and the extractor are pure Python: threads do not help (shared/NOTES.md), processes
do. Worker processes are started once per run with ``spawn`` (safe beside Prefect's threads),
load langdetect's profiles and the language resources once, and are handed sub-chunks of
article rows. They never talk to Prefect: the stages stay Prefect tasks in the parent process,
so no worker starts an embedded server of its own.

With Dask (``dask_address`` or ``dask_local``; the ``dask`` extra installs prefect-dask and
dask.distributed) the same sub-chunks go to a Dask cluster's workers instead: an existing
cluster at ``tcp://host:port``, or a LocalCluster of ``workers`` single-threaded processes.
Dask workers need Warta installed; the batch folder and the output root must be on storage they
all see.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

SLICES_PER_WORKER = 2  # finer slices balance uneven articles across workers
_executor: Executor | None = None
_workers = 1


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def exit_with_parent() -> None:
    """In a worker process: exit as soon as the process that started it is gone (a SIGKILLed run
    gives its workers no other signal)."""
    parent = os.getppid()

    def check() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=check, name="warta-exit-with-parent", daemon=True).start()


def _warm_up() -> None:
    exit_with_parent()  # a worker never outlives the run that started it
    warm_caches()


def warm_caches() -> None:
    """Load the language profiles, lexicons and name tagger of every language now."""
    from tasks.extract import lang
    from tasks.extract.ner import load_tagger
    from tasks.language import detect_language

    detect_language("warm up")
    for code in lang.available_languages():
        lang.load(code)
        load_tagger(code)


@contextmanager
def worker_pool(workers: int, dask_address: str | None = None, dask_local: bool = False) -> Iterator[None]:
    """Use ``workers`` processes for ``pmap`` inside this block (1: everything in-process)."""
    global _executor, _workers
    if dask_address or dask_local:
        with _dask_executor(workers, dask_address) as (executor, n):
            _executor, _workers = executor, n
            try:
                yield
            finally:
                _executor, _workers = None, 1
        return
    if workers <= 1:
        _workers = 1
        yield
        return
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)
    _executor, _workers = executor, workers
    try:
        yield
    finally:
        _executor, _workers = None, 1
        executor.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _dask_executor(workers: int, address: str | None) -> Iterator[tuple[Executor, int]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("the Dask option needs the dask extra: pip install 'warta[dask]'") from exc
    for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
        logging.getLogger(name).setLevel(logging.WARNING)
    cluster = None
    if address:
        client = Client(address, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_warm_up)
        n = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        log.info("Dask cluster %s with %d worker threads", client.scheduler.address, n)
        yield client.get_executor(), n
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def pmap(fn: Callable[[list[T]], list[R]], items: list[T], *args: Any) -> list[R]:
    """``fn(items, *args)`` computed on slices of ``items`` in the pool, results in order."""
    if _executor is None or _workers <= 1 or len(items) < 2 * _workers:
        return fn(items, *args)
    size = -(-len(items) // (_workers * SLICES_PER_WORKER))
    slices = [items[i : i + size] for i in range(0, len(items), size)]
    futures = [_executor.submit(fn, part, *args) for part in slices]
    out: list[R] = []
    for future in futures:
        out.extend(future.result())
    return out
