"""Each suite passes a good fixture and fails a deliberately broken one, naming the failing rows."""

import json
import os
from datetime import date

import pytest

from tasks.schema import to_table
from tasks.validate import expectations_dir, frame_of, load_suite, validate_tables

BODY = "Rusia mengecam Jepang.\n\n“Kami menolak,” kata Ivan Petrov."


def good_rows():
    aid = "0123456789abcdef"
    article = {
        "article_id": aid,
        "batch_id": "b",
        "source_path": "a.txt",
        "language": "id",
        "language_score": 0.99,
        "agency": None,
        "dateline": None,
        "published_date": date(2025, 1, 1),
        "title": None,
        "editor": None,
        "body": BODY,
        "n_paragraphs": 2,
        "n_words": 8,
        "extraction_supported": True,
        "pipeline_version": "t",
    }
    start = BODY.index("Kami")
    statement = {
        "statement_id": f"{aid}-s0",
        "article_id": aid,
        "seq": 0,
        "kind": "direct",
        "text": "Kami menolak",
        "char_start": start,
        "char_end": start + len("Kami menolak"),
        "paragraph": 1,
        "speaker": "Ivan Petrov",
        "speaker_name": "Ivan Petrov",
        "speaker_type": "person",
        "speaker_code": "RUS",
        "batch_id": "b",
        "rule": "r",
    }
    stance = {
        "stance_id": f"{aid}-t0",
        "article_id": aid,
        "statement_id": None,
        "holder": "Rusia",
        "holder_type": "country",
        "holder_code": "RUS",
        "target": "Jepang",
        "target_type": "country",
        "target_code": "JPN",
        "polarity": "oppose",
        "cue": "mengecam",
        "evidence": "Rusia mengecam Jepang.",
        "char_start": 0,
        "char_end": 22,
        "confidence": 0.6,
        "batch_id": "b",
        "rule": "r",
    }
    quarantine = {"batch_id": "b", "source_path": "x.bin", "reason": "not_text", "detail": "binary"}
    return {"articles": [article], "statements": [statement], "stances": [stance], "quarantine": [quarantine]}


def frames(rows):
    return {name: frame_of(to_table(name, r)) for name, r in rows.items()}


def test_every_suite_loads_whole():
    for path in expectations_dir().glob("*.json"):
        raw = json.loads(path.read_text("utf-8"))
        assert len(load_suite(path.stem).expectations) == len(raw["expectations"]) > 3


def test_good_fixture_passes():
    report = validate_tables(frames(good_rows()))
    assert report.success, [f.describe() for f in report.failures]


@pytest.mark.parametrize(
    ("table", "column", "value", "expectation"),
    [
        ("statements", "char_start", 1, "expect_column_values_to_be_in_set"),  # span no longer matches text
        ("statements", "article_id", "ffffffffffffffff", "expect_column_values_to_be_in_set"),  # dangling FK
        ("stances", "polarity", "neutral", "expect_column_values_to_be_in_set"),
        ("stances", "statement_id", "nope-s9", "expect_column_values_to_be_in_set"),
        ("stances", "holder", "Pertemuan tersebut", "expect_column_values_to_be_in_set"),  # not a name
        ("stances", "target", "sejumlah hal", "expect_column_values_to_be_in_set"),
        ("articles", "language_score", 1.5, "expect_column_values_to_be_between"),
        ("articles", "published_date", date(2999, 1, 1), "expect_column_values_to_be_in_set"),
        ("quarantine", "reason", "Not Text", "expect_column_values_to_match_regex"),
    ],
)
def test_broken_fixture_fails_and_names_rows(table, column, value, expectation):
    rows = good_rows()
    rows[table][0][column] = value
    report = validate_tables(frames(rows))
    assert not report.success
    failed = {(f.table, f.expectation) for f in report.failures}
    assert (table, expectation) in failed
    failure = next(f for f in report.failures if f.table == table and f.expectation == expectation)
    assert failure.sample  # which rows failed


def test_duplicate_article_ids_fail():
    rows = good_rows()
    rows["articles"].append(dict(rows["articles"][0], source_path="b.txt"))
    report = validate_tables(frames(rows))
    assert ("articles", "expect_column_values_to_be_unique") in {(f.table, f.expectation) for f in report.failures}


def test_the_validator_process_validates_and_stops_at_once():
    """The process that imports Great Expectations early validates like this one does, and is
    stopped without its slow orderly exit (nothing left running)."""
    import time

    from flows.watchdog import alive
    from tasks import validate as v
    from tasks.schema import to_table

    v.start_validator()
    try:
        pid = v._in_validator(os.getpid)
        assert pid != os.getpid()
        report = v._in_validator(v.validate_frame, "quarantine", v.frame_of(to_table("quarantine", [])))
        assert report.success
    finally:
        v.stop_validator()
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid) and v._validator is None
    assert v._in_validator(os.getpid) == os.getpid()  # without one, in this process
