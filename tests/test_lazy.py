"""tasks._lazy: modules a library imports but Warta never calls are executed on first use only."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from tasks import _lazy


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.startswith("warta_lazy_probe")]:
        del sys.modules[name]


def _write(dirname, name, body):
    (dirname / f"{name}.py").write_text(textwrap.dedent(body))


def test_a_deferred_module_runs_on_first_attribute_access(module_dir):
    _write(module_dir, "warta_lazy_probe_a", """
        import builtins
        builtins.warta_lazy_probe_runs = getattr(builtins, "warta_lazy_probe_runs", 0) + 1
        VALUE = 42
    """)  # fmt: skip
    import builtins

    builtins.warta_lazy_probe_runs = 0
    _lazy.defer_imports(["warta_lazy_probe_a"])
    import warta_lazy_probe_a

    assert builtins.warta_lazy_probe_runs == 0  # imported, not executed
    assert warta_lazy_probe_a.VALUE == 42
    assert builtins.warta_lazy_probe_runs == 1


def test_other_and_missing_modules_import_as_usual(module_dir):
    _write(module_dir, "warta_lazy_probe_b", "VALUE = 1\n")
    _lazy.defer_imports(["warta_lazy_probe_c_missing"])
    import warta_lazy_probe_b

    assert type(warta_lazy_probe_b).__name__ == "module" and warta_lazy_probe_b.VALUE == 1
    with pytest.raises(ImportError):
        import warta_lazy_probe_c_missing  # noqa: F401


def test_an_imported_module_is_left_as_it_is(module_dir):
    _write(module_dir, "warta_lazy_probe_d", "VALUE = 2\n")
    import warta_lazy_probe_d

    _lazy.defer_imports(["warta_lazy_probe_d"])
    assert sys.modules["warta_lazy_probe_d"] is warta_lazy_probe_d


def test_great_expectations_validates_without_scipy_stats_executed():
    code = textwrap.dedent("""
        import sys
        from tasks._lazy import import_great_expectations
        from tasks.validate import validate_frame, frame_of
        from tasks.schema import to_table
        import_great_expectations()
        report = validate_frame("quarantine", frame_of(to_table("quarantine", [])))
        assert report.success, report
        print(type(sys.modules["scipy.stats"]).__name__, type(sys.modules["altair"]).__name__)
    """)
    import subprocess

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False,
                         cwd=root)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["_LazyModule", "_LazyModule"]
