"""Kill a run at its most delicate moments: the dataset stays readable and consistent (the old
version or the new one, never a mix), and running the batch again completes it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tasks.publish import versions_dir

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

ARTICLES = {
    "b1": ["Jakarta (ANTARA News) - Presiden Budi Santoso mengatakan bahwa anggaran naik.",
           "Medan (ANTARA News) - \u201cKami siap,\u201d kata Gubernur Sumatera Utara Andi Rahman."],
    "b2": ["Bandung (ANTARA News) - Menteri Keuangan Sari Dewi menegaskan bahwa pajak tetap.",
           "Bogor (ANTARA News) - Rusia mengecam Jepang atas sanksi baru, kata juru bicara."],
}  # fmt: skip


def _batch(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(ARTICLES[name]):
        (folder / f"{name}-{i}.txt").write_text(text, "utf-8")
    return folder


def _run(batch: Path, out: Path, fault: str | None = None) -> int:
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()))
    env.pop("WARTA_FAULT_AT", None)
    if fault:
        env["WARTA_FAULT_AT"] = fault
    cmd = [sys.executable, "-m", "flows.cli", "run", str(batch), "--out", str(out), "--quiet"]
    return subprocess.run(cmd, env=env, capture_output=True, timeout=300, check=False).returncode


def _state(out: Path) -> dict[str, set[str]]:
    """Which batches each table holds; and a check that the tables agree with each other."""
    arts = pd.read_parquet(out / "articles")
    st = pd.read_parquet(out / "statements")
    assert set(st.article_id) <= set(arts.article_id)  # no statement without its article
    runs = pd.read_parquet(out / "runs")
    return {
        "articles": set(arts.batch_id),
        "statements": set(st.batch_id),
        "runs": set(runs[runs.status == "completed"].batch_id),
    }


@pytest.fixture(scope="module")
def published_b1(tmp_path_factory) -> Path:
    """A dataset holding batch b1, made once and copied by each test."""
    root = tmp_path_factory.mktemp("template")
    assert _run(_batch(root, "b1"), root / "out") == 0
    return root


@pytest.mark.parametrize("fault", ["staged", "version-built", "swapped"])
def test_a_killed_run_leaves_a_consistent_dataset_and_a_rerun_completes_it(tmp_path, fault, published_b1):
    shutil.copytree(published_b1, tmp_path, symlinks=True, dirs_exist_ok=True)
    out = tmp_path / "out"
    before = _state(out)
    assert before["articles"] == {"b1"}
    b2 = _batch(tmp_path, "b2")
    assert _run(b2, out, fault) == -9  # SIGKILL at the named point
    after = _state(out)
    if fault == "swapped":  # killed after the new version went live: b2 is there, whole
        assert after == {"articles": {"b1", "b2"}, "statements": {"b1", "b2"}, "runs": {"b1", "b2"}}
    else:  # killed before: exactly the previous dataset
        assert after == before
    assert _run(b2, out) == 0
    assert _state(out) == {"articles": {"b1", "b2"}, "statements": {"b1", "b2"}, "runs": {"b1", "b2"}}
    leftovers = [p.name for p in versions_dir(out).iterdir() if p.name.endswith(".tmp") or p.name.startswith("_")]
    assert leftovers == []
    from tasks.check import check_dataset

    assert check_dataset(out) == []


def test_a_killed_run_leaves_no_process_behind(tmp_path):
    """SIGKILL of ``warta run`` while its workers are busy: within 10 s nothing it started is alive
    (its temporary Prefect server and its workers), checked in the process table."""
    import signal
    import time

    from flows.watchdog import alive, descendants

    batch = tmp_path / "big"
    batch.mkdir()
    lines = [
        f'{{"id": "r{i}", "text": "Jakarta (ANTARA) - Menteri Nomor {i} mengatakan anggaran {i} naik. '
        f'\\u201cKami siap {i},\\u201d kata dia. Rusia mengecam Jepang atas sanksi {i}."}}'
        for i in range(6000)
    ]
    (batch / "records.jsonl").write_text("\n".join(lines), "utf-8")
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)  # the temporary server, as a user's first run has
    cmd = [sys.executable, "-m", "flows.cli", "run", str(batch), "--out", str(tmp_path / "out"), "--workers", "2"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started: set[int] = set()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            tree = descendants(proc.pid)
            started |= tree
            if len([p for p in tree if _is_python(p)]) >= 4:  # the watchdog, the server and two workers
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the run ended before its workers were busy: make the batch larger"
        time.sleep(0.5)  # the watchdog polls twice a second
        started |= descendants(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(p) for p in started):
            time.sleep(0.2)
        assert not [p for p in started if alive(p)]
    finally:
        for p in started:
            if alive(p):
                os.kill(p, signal.SIGKILL)


def _is_python(pid: int) -> bool:
    try:
        return b"python" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def test_a_full_disk_fails_the_run_cleanly(tmp_path, published_b1):
    """A file-size limit in the run's process stands for a disk that fills up: the run fails with
    a clear message and exit code, the previous dataset stays whole, and the next run cleans up."""
    import random
    import resource
    import signal

    from prefect.settings import PREFECT_API_URL

    from tasks.check import check_dataset

    shutil.copytree(published_b1, tmp_path, symlinks=True, dirs_exist_ok=True)
    out = tmp_path / "out"
    before = _state(out)
    limit_kb = 48  # the staged Parquet parts are larger
    rng = random.Random(limit_kb)
    words = ["".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    big = tmp_path / "big"
    big.mkdir()
    for i in range(300):
        body = " ".join(rng.choice(words) for _ in range(120))
        (big / f"a{i}.txt").write_text(f"Jakarta (ANTARA) - Menteri Budi Santoso mengatakan {body}.", "utf-8")

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_kb * 1024, limit_kb * 1024))

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()), WARTA_WATCHDOG="0")
    cmd = [sys.executable, "-m", "flows.cli", "run", str(big), "--out", str(out), "--quiet", "--workers", "1"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=limit_file_size)
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]  # Prefect's task log may come before it
    assert last.startswith("warta: ") and "no space" in last and "unchanged" in last, done.stderr
    assert _state(out) == before and check_dataset(out) == []
    assert _run(big, out) == 0  # with room again: the run completes and leaves nothing behind
    assert not [p.name for p in versions_dir(out).iterdir() if p.name.endswith(".tmp") or p.name.startswith("_")]
    assert check_dataset(out) == []
