"""The whole flow under Prefect's test harness (one embedded server for the session)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from flows.cli import main
from tests.conftest import SEED_BATCH

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    from flows.pipeline import batch_flow

    out = tmp_path_factory.mktemp("out")
    summary = batch_flow(str(SEED_BATCH), str(out), "seed")
    assert summary["validation_success"], summary["failures"]
    return out


def test_seed_article_is_extracted_as_the_issue_says(seed_out):
    arts = pd.read_parquet(seed_out / "articles")
    assert len(arts) == 1
    row = arts.iloc[0]
    assert (row.language, row.agency, row.dateline) == ("id", "KABARIN", "Kota Meksiko")
    assert row.editor == "M. Hilal Eka Saputra Harahap"
    assert not row.body.startswith("Kota Meksiko") and "Editor:" not in row.body and "Copyright" not in row.body
    st = pd.read_parquet(seed_out / "statements")
    gil = st[(st.kind == "direct") & (st.speaker_name == "Yvan Gil")]
    assert list(gil.cue) == ["tulis", "ujar"]
    assert gil.iloc[0].channel == "Telegram"
    assert not st.text.str.contains("narko-terorisme").any()
    for r in st.itertuples():
        assert row.body[r.char_start : r.char_end] == r.text


def test_rerun_gives_the_same_rows(seed_out):
    from flows.pipeline import batch_flow

    before = {t: len(pd.read_parquet(seed_out / t)) for t in ("articles", "statements", "stances", "quarantine")}
    batch_flow(str(SEED_BATCH), str(seed_out), "seed")
    after = {t: len(pd.read_parquet(seed_out / t)) for t in ("articles", "statements", "stances", "quarantine")}
    assert before == after
    from tasks.check import check_dataset

    assert check_dataset(seed_out) == []  # warta check: the published dataset is whole
    runs = pd.read_parquet(seed_out / "runs")
    assert len(runs) == 2 and set(runs.status) == {"completed"}
    assert json.loads(runs.iloc[0].task_seconds).keys() >= {"ingest", "language", "extract", "validate", "write"}


def test_same_article_in_a_later_batch_is_quarantined_as_duplicate(seed_out, tmp_path):
    batch = tmp_path / "again"
    shutil.copytree(SEED_BATCH, batch)
    main(["run", str(batch), "--out", str(seed_out), "--quiet"])
    quarantine = pd.read_parquet(seed_out / "quarantine")
    dup = quarantine[quarantine.batch_id == "again"]
    assert list(dup.reason) == ["duplicate"]
    assert len(pd.read_parquet(seed_out / "articles")) == 1


def test_cli_summary_json_and_exit_codes(tmp_path, capsys):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Jakarta (ANTARA News) - Presiden mengatakan rapat selesai.", "utf-8")
    (tmp_path / "b" / "y.txt").write_bytes(b"")
    assert main(["run", str(tmp_path / "b"), "--out", str(tmp_path / "out"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["staged_counts"]["articles"] == 1 and summary["quarantine_reasons"] == {"empty": 1}
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert main(["run", str(tmp_path / "b"), "--out", str(tmp_path / "out"), "--batch-id", "../x"]) == 2


def test_empty_batch_is_a_valid_run(tmp_path):
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert len(pd.read_parquet(tmp_path / "out" / "articles")) == 0


@pytest.mark.corpus
def test_eval_reads_the_published_dataset(seed_out, shared, capsys):
    assert (
        main(["eval", str(shared / "gold" / "seed.json"), "--corpus", str(shared), "--out", str(seed_out), "--json"])
        == 0
    )
    total = json.loads(capsys.readouterr().out)["total"]
    assert total["statements"]["found"] >= 8 and total["not_statements_extracted"] == 0


def test_loading_docs_snippets_run(seed_out, tmp_path, monkeypatch):
    """Every python block of docs/loading.md runs against a dataset the pipeline wrote."""
    import re

    from tests.conftest import ROOT

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "out").symlink_to(seed_out.resolve())
    monkeypatch.chdir(tmp_path)
    text = (ROOT / "docs" / "loading.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) == 3
    for block in blocks:
        exec(compile(block, "docs/loading.md", "exec"), {})  # our own documentation


def test_report_is_a_self_contained_page_with_the_numbers(seed_out, tmp_path):
    from html.parser import HTMLParser

    target = tmp_path / "report.html"
    assert main(["report", str(seed_out), "--output", str(target)]) == 0
    page = target.read_text("utf-8")

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags: dict[str, int] = {}
            self.text: list[str] = []
            self.external = []

        def handle_starttag(self, tag, attrs):
            self.tags[tag] = self.tags.get(tag, 0) + 1
            self.external += [v for k, v in attrs if k in ("src", "href") and v and v.startswith("http")]

        def handle_data(self, data):
            self.text.append(data)

    parsed = Collect()
    parsed.feed(page)
    text = " ".join(parsed.text)
    arts = pd.read_parquet(seed_out / "articles")
    assert f"{len(arts)} articles" in text
    assert "Yvan Gil" in text  # top speakers
    assert parsed.tags.get("svg", 0) >= 1 and parsed.tags.get("line", 0) >= 1  # the stance network
    assert parsed.tags.get("table", 0) >= 4
    assert not parsed.external  # nothing loaded from elsewhere: opens offline, can be mailed
    assert "state-network" in page and "actor-network" in page  # states beside persons
    for anchor in re.findall(r"href='#([\w-]+)'", page):
        assert f"id='{anchor}'" in page  # every evidence link lands
    assert main(["report", str(tmp_path / "nothing"), "--output", str(target)]) == 2


def test_inbox_processes_each_new_batch_once(tmp_path, capsys):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for name, text in (("2026-11-01", "Jakarta (ANTARA News) - Presiden mengatakan rapat selesai."),
                       ("2026-11-02", "Medan (ANTARA News) - Gubernur meninjau banjir di kota.")):  # fmt: skip
        (inbox / name).mkdir(parents=True)
        (inbox / name / "a.txt").write_text(text, "utf-8")
    assert main(["inbox", "--inbox", str(inbox), "--out", str(out)]) == 0
    assert "2 new batch(es)" in capsys.readouterr().out
    assert main(["inbox", "--inbox", str(inbox), "--out", str(out)]) == 0  # nothing new: nothing re-run
    assert "0 new batch(es)" in capsys.readouterr().out
    (inbox / "2026-11-03").mkdir()
    (inbox / "2026-11-03" / "b.txt").write_text("Bogor (ANTARA News) - Kebun raya dibuka kembali.", "utf-8")
    assert main(["inbox", "--inbox", str(inbox), "--out", str(out)]) == 0
    assert "1 new batch(es)" in capsys.readouterr().out
    runs = pd.read_parquet(out / "runs")
    assert sorted(runs.batch_id) == ["2026-11-01", "2026-11-02", "2026-11-03"]


def test_progress_is_reported_and_the_summary_is_an_artifact(tmp_path):
    from prefect.client.orchestration import get_client

    from flows import progress
    from flows.pipeline import batch_flow

    seen: list[tuple[int, int]] = []
    progress.set_hook(lambda done, total: seen.append((done, total)))
    try:
        batch_flow(str(SEED_BATCH), str(tmp_path / "out"), "progress-check")
    finally:
        progress.set_hook(None)
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts()
    mine = [a for a in artifacts if a.key == "warta-progress-check"]
    assert mine and "| articles | 1 |" in mine[0].data
