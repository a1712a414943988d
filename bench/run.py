"""Benchmark: the whole flow on N articles against a naive langdetect loop on the same articles.

    .venv/bin/python bench/run.py --n 20000            # writes a JSON line to bench/results.jsonl
    .venv/bin/python bench/run.py --n 100000 --no-baseline

Builds a batch of N articles by sampling real text (../shared/corpus when present, else the
project's own seed article), each made unique by a closing line; runs ``warta run`` on it in a
child process while sampling the resident memory of the whole process tree (the pool workers
included); times the naive baseline (``langdetect.detect_langs`` on every full article text, in a
plain Python loop, seeded) on the same texts; and reports articles/s, peak RSS, seconds per
stage, orchestration overhead, the ratio baseline_time / pipeline_time and the share of articles
whose language equals the baseline's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))


def source_texts() -> list[str]:
    corpus = SHARED / "corpus"
    texts: list[str] = []
    if corpus.is_dir():
        texts += [p.read_text("utf-8") for p in sorted(corpus.glob("antara-2017/*.txt"))]
        for path in sorted(corpus.glob("kompas-2025/*.jsonl")):
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
        texts += [p.read_text("utf-8") for p in sorted(corpus.glob("seed/*.txt"))]
    if not texts:
        texts = [p.read_text("utf-8") for p in sorted((ROOT / "data" / "seeds").rglob("*.txt"))]
    return texts


def build_batch(folder: Path, n: int, seed: int = 7) -> list[str]:
    """N unique articles as JSONL files of 1,000 records; returns their texts in order."""
    rng = random.Random(seed)
    pool = source_texts()
    texts = [f"{rng.choice(pool).rstrip()}\n\nNomor arsip {i:07d}." for i in range(n)]
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n, 1000):
        with (folder / f"part-{start // 1000:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(start, min(start + 1000, n)):
                fh.write(json.dumps({"id": f"a{i:07d}", "text": texts[i]}, ensure_ascii=False) + "\n")
    return texts


def baseline(texts: list[str]) -> tuple[float, list[str]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detect_langs("warm up the profiles")
    labels = []
    t0 = time.perf_counter()
    for text in texts:
        try:
            labels.append(detect_langs(text)[0].lang)
        except LangDetectException:
            labels.append("und")
    return time.perf_counter() - t0, labels


def _descendants(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc/<pid>/task/<tid>/children (cheap: no /proc walk)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return found


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc)."""
    total = 0
    for p in _descendants(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


def run_pipeline(batch: Path, out: Path, workers: int | None) -> tuple[float, int, dict]:
    cmd = [str(Path(sys.executable).parent / "warta"), "run", str(batch), "--out", str(out), "--json"]
    if workers:
        cmd += ["--workers", str(workers)]
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"warta run failed ({proc.returncode}): {stderr[-2000:]}")
    return wall, peak, json.loads(stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="articles in the batch")
    parser.add_argument("--workers", type=int, default=None, help="passed to warta run (default: all cores)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive langdetect loop")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.jsonl")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        batch, out = Path(tmp) / "batch", Path(tmp) / "out"
        texts = build_batch(batch, args.n)
        wall, peak, summary = run_pipeline(batch, out, args.workers)
        result = {
            "n": args.n,
            "workers": args.workers or os.cpu_count(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "pipeline_seconds": round(wall, 2),
            "flow_seconds": summary["flow_seconds"],
            "startup_seconds": round(wall - summary["flow_seconds"], 2),
            "articles_per_second": round(args.n / wall, 1),
            "peak_rss_mb": round(peak / 2**20, 1),
            "stage_seconds": summary["work_seconds"],
            "orchestration_seconds": summary["orchestration_seconds"],
            "orchestration_share": round(summary["orchestration_seconds"] / wall, 4),
            "articles": summary["staged_counts"].get("articles"),
            "statements": summary["staged_counts"].get("statements"),
        }
        if not args.no_baseline:
            import pandas as pd

            base_seconds, labels = baseline(texts)
            arts = pd.read_parquet(out / "articles", columns=["source_path", "language"])
            index = arts.source_path.str.extract(r"#a(\d+)$")[0].astype(int)
            same = sum(labels[i] == lang for i, lang in zip(index, arts.language, strict=True))
            result |= {
                "baseline_seconds": round(base_seconds, 2),
                "ratio": round(base_seconds / wall, 2),
                "language_agreement": round(same / len(arts), 5),
            }
    print(json.dumps(result, indent=2))
    with args.results.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
