"""``warta validate BATCH --against OUT``: a batch checked together with the dataset it will join,
and the dataset never written (byte-identical before and after)."""

from __future__ import annotations

import pandas as pd
import pytest

from flows.cli import main
from tests.test_faults import GOOD
from tests.test_ownership import snapshot

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


@pytest.fixture
def dataset(tmp_path):
    first = tmp_path / "b1"
    first.mkdir()
    for i, text in enumerate(GOOD[:2]):
        (first / f"a{i}.txt").write_text(text, "utf-8")
    out = tmp_path / "data" / "out"
    assert main(["run", str(first), "--out", str(out), "--quiet"]) == 0
    return out


def test_a_batch_repeating_an_article_of_the_dataset_is_rejected_naming_it(tmp_path, dataset, capsys):
    existing = pd.read_parquet(dataset / "articles").set_index("source_path").loc["a1.txt", "article_id"]
    batch = tmp_path / "pr-1"
    batch.mkdir()
    (batch / "again.txt").write_text(GOOD[1], "utf-8")
    (batch / "new.txt").write_text(GOOD[2], "utf-8")
    before = snapshot(dataset.parent)
    capsys.readouterr()
    assert main(["validate", str(batch), "--against", str(dataset)]) == 1
    report = capsys.readouterr().out
    assert "again.txt: duplicate" in report and existing in report and "b1/a1.txt" in report
    assert "REJECTED" in report
    assert snapshot(dataset.parent) == before


def test_a_batch_repeating_nothing_is_accepted_and_the_dataset_is_untouched(tmp_path, dataset, capsys):
    batch = tmp_path / "pr-2"
    batch.mkdir()
    (batch / "new.txt").write_text(GOOD[2], "utf-8")
    before = snapshot(dataset.parent)
    capsys.readouterr()
    assert main(["validate", str(batch), "--against", str(dataset)]) == 0
    assert "ACCEPTED" in capsys.readouterr().out
    assert snapshot(dataset.parent) == before


def test_against_needs_a_warta_dataset(tmp_path, capsys):
    batch = tmp_path / "pr-3"
    batch.mkdir()
    (batch / "new.txt").write_text(GOOD[2], "utf-8")
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    assert main(["validate", str(batch), "--against", str(tmp_path / "notes.txt")]) == 2
    assert "is a file" in capsys.readouterr().err
    assert main(["validate", str(batch), "--against", str(tmp_path / "nothing")]) == 2
    assert "holds no dataset" in capsys.readouterr().err
