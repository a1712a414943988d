"""A thin, lazy ``@task``: the Prefect task is built on first use.

Stage modules end with their Prefect task, but their pure functions also run in worker
processes (tasks/parallel.py), which must not pay for importing Prefect (~1.7 s and ~80 MB each).
``lazy_task`` defers ``prefect.task`` until the flow first calls or submits the task.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any


class LazyTask:
    def __init__(self, fn: Callable[..., Any], options: dict[str, Any]) -> None:
        self.fn = fn
        self._options = options
        self._task: Any = None
        functools.update_wrapper(self, fn)

    def _real(self) -> Any:
        if self._task is None:
            from prefect import task
            from prefect.cache_policies import NO_CACHE

            self._task = task(cache_policy=NO_CACHE, **self._options)(self.fn)
        return self._task

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._real()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # submit, map, with_options, ...
        return getattr(self._real(), name)


def lazy_task(**options: Any) -> Callable[[Callable[..., Any]], LazyTask]:
    """``@lazy_task(name="extract")``: a Prefect task without caching, built lazily."""
    return lambda fn: LazyTask(fn, options)
