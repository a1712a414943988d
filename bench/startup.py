"""Start-up benchmark: wall time of ``warta validate`` and ``warta run`` on the one-article seed.

    .venv/bin/python bench/startup.py            # median of 5 runs per case; appends to bench/startup.jsonl
    .venv/bin/python bench/startup.py --runs 3 --cases warm server

Four cases, each in a Prefect home of its own (never the user's):
- ``cold``: a fresh Prefect home for every run, on an installation made by ``make`` (a new machine,
  or a CI cache miss): its database is copied from the template ``warta server prepare`` saved;
- ``fresh``: the same without a template (``WARTA_PREFECT_TEMPLATE=0``, as after a bare ``pip
  install``): database creation and migrations included;
- ``warm``: a home whose database is already migrated (the temporary server still starts);
- ``server``: ``warta server start`` running, so commands use it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seeds" / "example"


def warta(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"warta {' '.join(args)} failed: {done.stderr[-500:]}")
    return elapsed


def command(name: str, out: Path) -> list[str]:
    if name == "run":
        return ["run", str(SEED), "--out", str(out), "--quiet"]
    return ["validate", str(SEED)]


CASES = ("cold", "fresh", "warm", "server")


def measure(runs: int, cases: tuple[str, ...] = CASES) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="warta-startup-") as tmp:
        base = dict(os.environ)
        base.pop("PREFECT_API_URL", None)
        for case in cases:
            home = Path(tmp) / f"home-{case}"
            env = dict(base, PREFECT_HOME=str(home))
            if case == "fresh":
                env["WARTA_PREFECT_TEMPLATE"] = "0"
            if case not in ("cold", "fresh"):
                warta(["validate", str(SEED)], env)  # migrate the database once
            if case == "server":
                subprocess.run([sys.executable, "-m", "flows.cli", "server", "start"], env=env, check=True,
                               capture_output=True)  # fmt: skip
            try:
                for name in ("validate", "run"):
                    times = []
                    for i in range(runs):
                        fresh_home = dict(env, PREFECT_HOME=str(Path(tmp) / f"{case}-{name}-{i}"))
                        run_env = fresh_home if case in ("cold", "fresh") else env
                        times.append(warta(command(name, Path(tmp) / f"out-{case}-{name}-{i}"), run_env))
                    results[f"{name}_{case}"] = {"median_s": round(statistics.median(times), 2),
                                                 "runs_s": [round(t, 2) for t in times]}  # fmt: skip
                    print(f"{name:<9} {case:<7} median {statistics.median(times):6.2f} s  {times}", flush=True)
            finally:
                if case == "server":
                    subprocess.run([sys.executable, "-m", "flows.cli", "server", "stop"], env=env, capture_output=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES))
    args = ap.parse_args()
    results = measure(args.runs, tuple(args.cases))
    record = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(), "python": platform.python_version(),
              "runs": args.runs, **results}  # fmt: skip
    with (ROOT / "bench" / "startup.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
