from datetime import UTC

import pandas as pd
import pyarrow.parquet as pq

from tasks.schema import TABLES
from tasks.write import finish_staging, known_articles, publish, staging_dir, write_part, write_run


def _article(aid, batch):
    return {
        "article_id": aid,
        "batch_id": batch,
        "source_path": f"{aid}.txt",
        "language": "id",
        "language_score": 1.0,
        "body": "teks",
        "n_paragraphs": 1,
        "n_words": 1,
        "extraction_supported": True,
        "pipeline_version": "t",
    }


def _publish(out, batch, run, ids):
    stage = staging_dir(out, run)
    write_part(stage, "articles", batch, 0, [_article(a, batch) for a in ids])
    finish_staging(stage, batch)
    publish(stage, out, batch)


def test_empty_tables_keep_their_types(tmp_path):
    _publish(tmp_path, "b1", "r1", ["a1"])
    for name in ("statements", "stances", "quarantine"):
        table = pq.read_table(tmp_path / name / "batch=b1")
        assert table.num_rows == 0
        for field in TABLES[name]:
            assert table.schema.field(field.name).type == field.type
    frame = pd.read_parquet(tmp_path / "statements")
    assert "char_start" in frame.columns and str(frame["char_start"].dtype) == "int32"


def test_rerun_replaces_the_batch_and_keeps_others(tmp_path):
    _publish(tmp_path, "b1", "r1", ["a1", "a2"])
    _publish(tmp_path, "b2", "r2", ["a3"])
    _publish(tmp_path, "b1", "r3", ["a1"])
    frame = pd.read_parquet(tmp_path / "articles")
    assert sorted(frame["article_id"]) == ["a1", "a3"]
    assert not list(tmp_path.glob("_*"))  # no staging or trash left behind
    assert known_articles(tmp_path, "b1") == {"a3": "b2/a3.txt"}


def test_runs_accumulate(tmp_path):
    from datetime import datetime

    now = datetime.now(UTC)
    for run in ("r1", "r2"):
        write_run(
            tmp_path,
            {
                "run_id": run,
                "batch_id": "b1",
                "started_at": now,
                "finished_at": now,
                "status": "completed",
                "n_inputs": 1,
                "n_articles": 1,
                "n_statements": 0,
                "n_stances": 0,
                "n_quarantined": 0,
                "validation_success": True,
                "pipeline_version": "t",
                "contract_version": "1.0",
            },
        )
    runs = pd.read_parquet(tmp_path / "runs")
    assert sorted(runs["run_id"]) == ["r1", "r2"]
    assert str(runs["started_at"].dtype).startswith("datetime64") and "UTC" in str(runs["started_at"].dtype)
