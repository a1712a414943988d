"""``warta check``: a published dataset is whole, and each kind of damage is found (never repaired)."""

import os
from datetime import UTC, datetime

import pytest

from flows.cli import main
from tasks.check import MANIFEST, check_dataset
from tasks.publish import current_version, publish_version, staging_area
from tasks.write import DATA_TABLES, finish_staging, write_part, write_run_file

BODY = "Presiden Aruna Dewi mengatakan jembatan itu dibuka besok."


def _article(aid, batch):
    return {
        "article_id": aid, "batch_id": batch, "source_path": f"{aid}.txt", "language": "id", "language_score": 1.0,
        "body": BODY, "n_paragraphs": 1, "n_words": 8, "extraction_supported": True, "pipeline_version": "t",
    }  # fmt: skip


def _statement(aid, batch, article_id=None, shift=0):
    start = 31
    text = BODY[start:]
    return {
        "statement_id": f"{aid}-s0", "article_id": article_id or aid, "seq": 0, "kind": "indirect", "text": text,
        "char_start": start + shift, "char_end": start + shift + len(text), "paragraph": 0, "speaker_type": "person",
        "speaker_name": "Aruna Dewi", "batch_id": batch, "rule": "indirect_verb",
    }  # fmt: skip


def _publish(out, batch, aid, **statement):
    run = f"r-{batch}"
    stage = staging_area(out, run)
    write_part(stage, "articles", batch, 0, [_article(aid, batch)])
    write_part(stage, "statements", batch, 0, [_statement(aid, batch, **statement)])
    finish_staging(stage, batch)
    now = datetime.now(UTC)
    row = {
        "run_id": run, "batch_id": batch, "started_at": now, "finished_at": now, "status": "completed",
        "n_inputs": 1, "n_articles": 1, "n_statements": 1, "n_stances": 0, "n_quarantined": 0,
        "validation_success": True, "pipeline_version": "t", "contract_version": "1.0",
    }  # fmt: skip
    return publish_version(out, batch, DATA_TABLES, stage, write_run_file(stage, row))


@pytest.fixture
def dataset(tmp_path):
    out = tmp_path / "out"
    _publish(out, "b1", "a1")
    _publish(out, "b2", "a2")
    return out


def _whats(out):
    return " | ".join(str(p) for p in check_dataset(out))


def test_a_published_dataset_is_whole_and_carries_a_manifest(dataset, capsys):
    assert check_dataset(dataset) == []
    assert (current_version(dataset) / MANIFEST).is_file()
    assert main(["check", str(dataset)]) == 0
    assert "whole" in capsys.readouterr().out


def test_a_truncated_part_is_reported(dataset, capsys):
    part = next((current_version(dataset) / "articles").glob("batch=b2/*.parquet"))
    data = part.read_bytes()
    os.truncate(part, len(data) // 2)
    whats = _whats(dataset)
    assert "does not open as Parquet" in whats and "manifest says" in whats
    assert main(["check", str(dataset)]) == 1
    assert "batch b2" in capsys.readouterr().out


def test_a_missing_part_is_reported(dataset):
    next((current_version(dataset) / "statements").glob("batch=b1/*.parquet")).unlink()
    whats = _whats(dataset)
    assert "missing" in whats and "0 rows, the batch's last run published 1" in whats


def test_a_row_that_breaks_a_foreign_key_is_reported(tmp_path):
    out = tmp_path / "out"
    _publish(out, "b1", "a1", article_id="ffffffffffffffff")
    assert "point to a missing article" in _whats(out)


def test_offsets_that_do_not_slice_the_body_are_reported(tmp_path):
    out = tmp_path / "out"
    _publish(out, "b1", "a1")
    _publish(out, "b2", "a2", shift=-1)  # offsets one character off the text
    assert "offsets do not slice the body" in _whats(out)


def test_a_link_to_a_missing_version_is_reported(dataset):
    version = current_version(dataset)
    os.replace(dataset, dataset.parent / "gone")  # keep the link aside
    dataset.symlink_to(os.path.relpath(version.parent / "v-does-not-exist", dataset.parent))
    assert "does not exist" in _whats(dataset)


def test_check_never_modifies_the_dataset(dataset):
    version = current_version(dataset)
    before = sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in version.rglob("*"))
    check_dataset(dataset)
    assert sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in version.rglob("*")) == before
