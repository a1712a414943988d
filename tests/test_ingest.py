import json
import os
from pathlib import Path

import pytest

from tasks.ingest import (
    Unit,
    article_id_of,
    build_article,
    decode_bytes,
    ingest_units,
    parse_date,
    plan_units,
    read_unit,
    repair_mojibake,
)

ARTICLE = "Jakarta (ANTARA News) - Menteri itu mengatakan bahwa rapat berjalan lancar.\n\nParagraf kedua."


def _ingest(root: Path, seen=None):
    units = plan_units(root, max_bytes=10_000, lines_per_unit=2)
    return ingest_units(root.resolve(), units, "b1", {} if seen is None else seen)


def test_decode_variants():
    assert decode_bytes("abc é".encode())[0] == "abc é"
    assert decode_bytes(b"\xef\xbb\xbfabc")[0] == "abc"
    assert decode_bytes("héllo".encode("utf-16"))[0] == "héllo"
    assert decode_bytes("caf\xe9 \x93kutip\x94".encode("latin-1"))[0] == "café “kutip”"
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")[1] == "not_text"
    assert decode_bytes(b"abc\x00def")[1] == "not_text"
    assert decode_bytes(bytes(range(128, 256)) * 3)[1] == "decode_error"


def test_mojibake_is_repaired():
    assert repair_mojibake("â€œHaloâ€\x9d") == "“Halo”"
    assert repair_mojibake("biasa saja") == "biasa saja"


def test_text_and_jsonl_and_refusals(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "big.txt").write_text("x" * 20_000, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [
        json.dumps({"id": "r1", "title": "Judul", "published": "2025-01-02", "text": "Isi berita pertama yang baru."}),
        "{not json",
        json.dumps({"id": "r3", "title": "Tanpa teks"}),
        json.dumps({"text": ARTICLE}),  # duplicate of a.txt
    ]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejected = _ingest(tmp_path)
    by_path = {r["source_path"]: r for r in rejected}
    assert sorted(a["source_path"] for a in articles) == ["a.txt", "sub/b.jsonl#r1"]
    assert by_path["empty.txt"]["reason"] == "empty"
    assert by_path["pic.txt"]["reason"] == "not_text"
    assert by_path["big.txt"]["reason"] == "too_large"
    assert by_path["notes.docx"]["reason"] == "unsupported_type"
    assert by_path["sub/b.jsonl#2"]["reason"] == "invalid_record"
    assert by_path["sub/b.jsonl#r3"]["reason"] == "invalid_record"
    dup = by_path["sub/b.jsonl#4"]
    assert dup["reason"] == "duplicate" and dup["duplicate_of"] == article_id_of(articles[0]["body"])
    rec = next(a for a in articles if a["source_path"] == "sub/b.jsonl#r1")
    assert rec["title"] == "Judul" and str(rec["published_date"]) == "2025-01-02"


def test_duplicate_of_an_earlier_batch(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    body = build_article(next(iter(read_unit(tmp_path, Unit("a.txt", "text")))), "b0")["body"]
    articles, rejected = _ingest(tmp_path, seen={article_id_of(body): "b0/a.txt"})
    assert not articles and rejected[0]["reason"] == "duplicate"


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_outside_is_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "link.txt").symlink_to(outside)
    articles, rejected = _ingest(batch)
    assert not articles and rejected[0]["reason"] == "symlink_outside"


def test_jsonl_is_planned_in_line_ranges(tmp_path):
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps({"text": f"teks {i}"}) for i in range(5)), encoding="utf-8")
    units = plan_units(tmp_path, max_bytes=100, lines_per_unit=2)
    assert [(u.first_line, u.last_line) for u in units] == [(1, 2), (3, 4), (5, 5)]


def test_html_input_becomes_text(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><script>x()</script></head><body><p>Satu kalimat.</p><p>Dua &amp; tiga.</p></body></html>",
        encoding="utf-8",
    )
    articles, _ = _ingest(tmp_path)
    assert articles[0]["body"] == "Satu kalimat.\n\nDua & tiga."


def test_dates():
    assert str(parse_date("2025-11-01T10:00:00Z")) == "2025-11-01"
    assert parse_date("2999-01-01") is None  # the future is rejected
    assert parse_date("kemarin") is None


def test_article_ids_ignore_whitespace_and_case():
    assert article_id_of("Satu  dua\n\ntiga") == article_id_of("satu dua tiga")
    assert len(article_id_of("x")) == 16
