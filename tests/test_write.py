from datetime import UTC, datetime

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tasks.publish import OutputLocked, current_version, output_lock, publish_version, staging_area, versions_dir
from tasks.schema import TABLES
from tasks.write import DATA_TABLES, finish_staging, known_articles, write_part, write_run_file


def _article(aid, batch):
    return {
        "article_id": aid, "batch_id": batch, "source_path": f"{aid}.txt", "language": "id", "language_score": 1.0,
        "body": "teks", "n_paragraphs": 1, "n_words": 1, "extraction_supported": True, "pipeline_version": "t",
    }  # fmt: skip


def _run_row(run, batch):
    now = datetime.now(UTC)
    return {
        "run_id": run, "batch_id": batch, "started_at": now, "finished_at": now, "status": "completed",
        "n_inputs": 1, "n_articles": 1, "n_statements": 0, "n_stances": 0, "n_quarantined": 0,
        "validation_success": True, "pipeline_version": "t", "contract_version": "1.0",
    }  # fmt: skip


def _publish(out, batch, run, ids):
    stage = staging_area(out, run)
    write_part(stage, "articles", batch, 0, [_article(a, batch) for a in ids])
    finish_staging(stage, batch)
    return publish_version(out, batch, DATA_TABLES, stage, write_run_file(stage, _run_row(run, batch)))


def test_empty_tables_keep_their_types(tmp_path):
    out = tmp_path / "out"
    _publish(out, "b1", "r1", ["a1"])
    for name in ("statements", "stances", "quarantine"):
        table = pq.read_table(out / name / "batch=b1")
        assert table.num_rows == 0
        for field in TABLES[name]:
            assert table.schema.field(field.name).type == field.type
    frame = pd.read_parquet(out / "statements")
    assert "char_start" in frame.columns and str(frame["char_start"].dtype) == "int32"


def test_rerun_replaces_the_batch_and_keeps_others(tmp_path):
    out = tmp_path / "out"
    _publish(out, "b1", "r1", ["a1", "a2"])
    _publish(out, "b2", "r2", ["a3"])
    _publish(out, "b1", "r3", ["a1"])
    assert sorted(pd.read_parquet(out / "articles")["article_id"]) == ["a1", "a3"]
    assert sorted(pd.read_parquet(out / "runs")["run_id"]) == ["r1", "r2", "r3"]
    assert known_articles(out, "b1") == {"a3": "b2/a3.txt"}
    versions = [p.name for p in versions_dir(out).iterdir()]
    assert len(versions) == 2 and not [v for v in versions if v.endswith(".tmp") or v.startswith("_")]


def test_the_output_root_is_an_atomic_link_to_a_complete_version(tmp_path):
    out = tmp_path / "out"
    first = _publish(out, "b1", "r1", ["a1"])
    assert out.is_symlink() and current_version(out) == first
    second = _publish(out, "b2", "r2", ["a2"])
    assert current_version(out) == second
    # the previous version is still complete for readers that opened it
    assert sorted(pd.read_parquet(first / "articles")["article_id"]) == ["a1"]
    # unchanged files are shared, not copied
    old = next((first / "articles" / "batch=b1").glob("*.parquet"))
    new = next((second / "articles" / "batch=b1").glob("*.parquet"))
    assert old.stat().st_ino == new.stat().st_ino


def test_a_plain_output_folder_is_migrated(tmp_path):
    out = tmp_path / "out"
    (out / "articles" / "batch=b0").mkdir(parents=True)
    pq.write_table(TABLES["articles"].empty_table(), out / "articles" / "batch=b0" / "part-00000.parquet")
    _publish(out, "b1", "r1", ["a1"])
    assert out.is_symlink()
    assert (out / "articles" / "batch=b0").is_dir()


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    out = tmp_path / "out"
    with output_lock(out), pytest.raises(OutputLocked, match="another warta run"), output_lock(out):
        pass
    with output_lock(out):  # released again
        pass
