"""Defer the import of modules that a library imports at start-up but Warta never calls.

Great Expectations imports ``scipy.stats`` and ``altair`` when it is imported (for distribution
expectations and charts in Data Docs that Warta's suites do not use): about 2 s of a 4 s import on
this machine (``python -X importtime``). ``defer_imports`` installs a finder that hands those
modules out through ``importlib.util.LazyLoader``: the module object exists at once and is
executed on its first attribute access, so nothing changes for code that does use them.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import logging
import sys
import threading
from collections.abc import Sequence
from types import ModuleType

log = logging.getLogger(__name__)

GX_UNUSED = ("scipy.stats", "altair")
_lock = threading.Lock()


class _DeferringFinder(importlib.abc.MetaPathFinder):
    def __init__(self, names: Sequence[str]) -> None:
        self.names = set(names)

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in self.names:
            return None
        self.names.discard(name)  # once: the real finders answer, and the next import is not intercepted
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = importlib.util.LazyLoader(spec.loader)
        log.debug("deferring the import of %s", name)
        return spec


def defer_imports(names: Sequence[str] = GX_UNUSED) -> None:
    """Make later imports of ``names`` lazy in this process (modules already imported stay as they are)."""
    with _lock:
        pending = [n for n in names if n not in sys.modules]
        if pending:
            sys.meta_path.insert(0, _DeferringFinder(pending))


def import_great_expectations() -> ModuleType:
    """``great_expectations``, imported without paying for the modules it never uses here."""
    defer_imports()
    import great_expectations

    return great_expectations
