"""A dataset stays readable when a later Warta adds a column: old batches read it as null."""

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from tasks import schema
from tasks.check import check_dataset
from tests.test_check import _publish


def test_a_new_column_is_null_for_old_batches_and_every_reader_sees_it(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _publish(out, "b1", "a1")  # written by the current Warta
    grown = schema.ARTICLES.append(pa.field("sentiment", pa.float64()))
    monkeypatch.setitem(schema.TABLES, "articles", grown)  # then a version adds a column
    _publish(out, "b2", "a2")  # and the next run publishes with it

    frame = pd.read_parquet(out / "articles")
    assert len(frame) == 2 and "sentiment" in frame.columns
    assert frame["sentiment"].isna().all()
    table = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 2 and "sentiment" in table.column_names
    query = f"SELECT count(*), count(sentiment) FROM read_parquet('{out}/articles/*/*.parquet')"
    rows = duckdb.sql(query).fetchall()[0]
    assert rows == (2, 0)
    assert check_dataset(out) == []


def test_the_previous_version_is_not_touched_by_the_upgrade(tmp_path, monkeypatch):
    from tasks.publish import current_version

    out = tmp_path / "out"
    _publish(out, "b1", "a1")
    old = current_version(out)
    before = {p: p.read_bytes() for p in old.rglob("*.parquet")}
    monkeypatch.setitem(schema.TABLES, "articles", schema.ARTICLES.append(pa.field("sentiment", pa.float64())))
    _publish(out, "b2", "a2")
    assert {p: p.read_bytes() for p in old.rglob("*.parquet")} == before
