"""The explicit Arrow schema of every output table (``shared/CONTRACT.md``), in one place.

Columns marked "extra" are additions to the contract (allowed: columns may be added, never
renamed or dropped). Each table is hive-partitioned on disk as ``<table>/batch=<batch_id>/``;
``batch_id`` is also stored as a real string column, so readers get the contract's type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("language_score", pa.float64(), nullable=False),
        pa.field("agency", pa.string()),
        pa.field("dateline", pa.string()),
        pa.field("published_date", pa.date32()),
        pa.field("title", pa.string()),
        pa.field("editor", pa.string()),
        pa.field("body", pa.string(), nullable=False),
        pa.field("n_paragraphs", pa.int32(), nullable=False),
        pa.field("n_words", pa.int32(), nullable=False),
        pa.field("extraction_supported", pa.bool_(), nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
        # extra
        pa.field("url", pa.string()),
        pa.field("author", pa.string()),
    ]
)

STATEMENTS = pa.schema(
    [
        pa.field("statement_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("seq", pa.int32(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("paragraph", pa.int32(), nullable=False),
        pa.field("speaker", pa.string()),
        pa.field("speaker_name", pa.string()),
        pa.field("speaker_type", pa.string(), nullable=False),
        pa.field("speaker_role", pa.string()),
        pa.field("speaker_code", pa.string()),
        pa.field("cue", pa.string()),
        pa.field("channel", pa.string()),
        pa.field("source_cited", pa.string()),
        # extra
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
    ]
)

STANCES = pa.schema(
    [
        pa.field("stance_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("statement_id", pa.string()),
        pa.field("holder", pa.string(), nullable=False),
        pa.field("holder_type", pa.string(), nullable=False),
        pa.field("holder_code", pa.string()),
        pa.field("target", pa.string(), nullable=False),
        pa.field("target_type", pa.string(), nullable=False),
        pa.field("target_code", pa.string()),
        pa.field("polarity", pa.string(), nullable=False),
        pa.field("cue", pa.string(), nullable=False),
        pa.field("evidence", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("confidence", pa.float64(), nullable=False),
        # extra
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
    ]
)

QUARANTINE = pa.schema(
    [
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        # extra: for ``duplicate``, the article_id the input duplicates
        pa.field("duplicate_of", pa.string()),
    ]
)

RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("started_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("finished_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("n_inputs", pa.int64(), nullable=False),
        pa.field("n_articles", pa.int64(), nullable=False),
        pa.field("n_statements", pa.int64(), nullable=False),
        pa.field("n_stances", pa.int64(), nullable=False),
        pa.field("n_quarantined", pa.int64(), nullable=False),
        pa.field("validation_success", pa.bool_(), nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
        # extra
        pa.field("contract_version", pa.string(), nullable=False),
        pa.field("quarantine_reasons", pa.string()),  # JSON object reason -> count
        pa.field("task_seconds", pa.string()),  # JSON object stage -> seconds
        pa.field("failed_expectations", pa.string()),  # JSON list, empty when all passed
        pa.field("error", pa.string()),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "statements": STATEMENTS,
    "stances": STANCES,
    "quarantine": QUARANTINE,
    "runs": RUNS,
}

PARTITION_KEY = "batch"


def to_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build table ``name`` from row dicts with its explicit schema (an empty table keeps types)."""
    schema = TABLES[name]
    rows = list(rows)
    columns = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.Table.from_pydict(columns, schema=schema)
