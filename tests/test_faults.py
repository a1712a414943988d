"""A batch holding every kind of bad input beside good ones: each bad input is quarantined with
its own reason, every good article lands, nothing crashes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from flows.cli import main

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

GOOD = [
    "Jakarta (ANTARA News) - Menteri Luar Negeri Retno Marsudi mengatakan bahwa rapat berjalan lancar.",
    "Surabaya (ANTARA News) - Gubernur Jawa Timur meninjau pelabuhan baru pada Senin pagi.",
    "MEDAN, KOMPAS.com - Polisi menangkap dua orang tersangka pencurian sepeda motor di Medan.",
]
LIMIT = 20_000


def _write_fault_corpus(root: Path) -> dict[str, str]:
    """Write the batch; returns {source_path: expected reason} of the bad inputs."""
    root.mkdir()
    for i, text in enumerate(GOOD):
        (root / f"good{i}.txt").write_text(text, encoding="utf-8")
    (root / "bom.txt").write_bytes("\ufeffDenpasar (ANTARA News) - Wisatawan memadati pantai Kuta.".encode())
    (root / "utf16.txt").write_bytes("Bandung (ANTARA News) - Hujan deras melanda kota sejak pagi.".encode("utf-16"))
    (root / "legacy.txt").write_bytes(
        "Makassar (ANTARA News) - Caf\xe9 baru dibuka, \x93ramai\x94 kata warga.".encode("latin-1")
    )
    (root / "mojibake.txt").write_text(
        "Padang (ANTARA News) - â€œKami siapâ€\x9d, ujar petugas posko.", encoding="utf-8"
    )
    (root / "page.html").write_text(
        "<html><body><p>Bogor (ANTARA News) - Kebun raya dibuka kembali untuk umum.</p></body></html>", "utf-8"
    )
    records = [
        json.dumps({"id": "r1", "title": "Judul", "published": "2025-05-01", "text": "Rekaman pertama berisi berita."}),
        "{this is not json",
        json.dumps({"id": "r3", "title": "Tanpa teks"}),
        json.dumps({"id": "r4", "text": "   "}),
        json.dumps({"id": "r5", "text": "Rekaman kelima juga berisi berita yang baik."}),
    ]
    (root / "sub").mkdir()
    (root / "sub" / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    bad = {
        "empty.txt": ("empty", b""),
        "blank.txt": ("empty", b"  \n\t \n"),
        "nul.txt": ("not_text", b"teks\x00dengan\x00nol"),
        "image.txt": ("not_text", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "undecodable.txt": ("decode_error", bytes(range(128, 256)) * 4),
        "huge.txt": ("too_large", b"a" * (LIMIT + 1)),
        "photo.jpg": ("unsupported_type", b"\xff\xd8\xff\xe0"),
        "nothing.html": ("html_no_text", b"<html><body><script>x()</script></body></html>"),
        "repeat-of-good0.txt": ("duplicate", GOOD[0].encode()),  # sorted after good0.txt
    }
    for name, (_, data) in bad.items():
        (root / name).write_bytes(data)
    outside = root.parent / "outside.txt"
    outside.write_text("Di luar batch.", "utf-8")
    (root / "link.txt").symlink_to(outside)
    expected = {name: reason for name, (reason, _) in bad.items()}
    expected |= {
        "link.txt": "symlink_outside",
        "sub/records.jsonl#2": "invalid_record",
        "sub/records.jsonl#r3": "invalid_record",
        "sub/records.jsonl#r4": "empty",
    }
    return expected


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_fault_corpus(tmp_path):
    expected = _write_fault_corpus(tmp_path / "faults")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "faults"), "--out", str(out), "--max-bytes", str(LIMIT), "--quiet"]) == 0
    quarantine = pd.read_parquet(out / "quarantine")
    got = dict(zip(quarantine.source_path, quarantine.reason, strict=True))
    assert got == expected
    articles = pd.read_parquet(out / "articles")
    good = {f"good{i}.txt" for i in range(3)} | {"bom.txt", "utf16.txt", "legacy.txt", "mojibake.txt", "page.html"}
    good |= {"sub/records.jsonl#r1", "sub/records.jsonl#r5"}
    assert set(articles.source_path) == good  # no good article lost
    by_path = articles.set_index("source_path")
    assert by_path.loc["legacy.txt", "body"] == "Café baru dibuka, “ramai” kata warga."
    assert by_path.loc["mojibake.txt", "body"].startswith("“Kami siap”")
    assert by_path.loc["bom.txt", "dateline"] == "Denpasar"
    dup = quarantine.set_index("source_path").loc["repeat-of-good0.txt"]
    assert dup.duplicate_of == by_path.loc["good0.txt", "article_id"]
    runs = pd.read_parquet(out / "runs")
    assert json.loads(runs.iloc[0].quarantine_reasons)["empty"] == 3
    from tasks.check import check_dataset

    assert check_dataset(out) == []


def test_duplicate_across_batches_and_the_lock(tmp_path):
    first, second = tmp_path / "b1", tmp_path / "b2"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(GOOD[0], "utf-8")
    (second / "a-again.txt").write_text(GOOD[0], "utf-8")
    (second / "new.txt").write_text(GOOD[1], "utf-8")
    out = tmp_path / "out"
    assert main(["run", str(first), "--out", str(out), "--quiet"]) == 0
    assert main(["run", str(second), "--out", str(out), "--quiet"]) == 0
    q = pd.read_parquet(out / "quarantine")
    assert list(q.reason) == ["duplicate"] and "b1/a.txt" in q.iloc[0].detail
    assert len(pd.read_parquet(out / "articles")) == 2
    from tasks.check import check_dataset

    assert check_dataset(out) == []
    from tasks.publish import output_lock

    with output_lock(out):
        assert main(["run", str(second), "--out", str(out), "--quiet"]) == 2


def _run_two_articles(tmp_path, monkeypatch, extractor):
    """Run a batch of two good articles (a.txt names Retno, b.txt does not) with ``extractor`` in place of
    the extraction, in one process; the output folder."""
    import tasks.extract as extract

    monkeypatch.setattr(extract, "extract_article", extractor)
    batch = tmp_path / "b"
    batch.mkdir()
    (batch / "a.txt").write_text(GOOD[0], "utf-8")
    (batch / "b.txt").write_text(GOOD[2], "utf-8")
    out = tmp_path / "out"
    assert main(["run", str(batch), "--out", str(out), "--quiet", "--workers", "1"]) == 0
    return out


def test_rows_failing_a_suite_quarantine_their_article(tmp_path, monkeypatch):
    import tasks.extract as extract

    real = extract.extract_article

    def broken(article):
        art, statements, stances = real(article)
        for row in statements:
            if "Retno" in (row["speaker_name"] or ""):
                row["char_start"] += 1  # the text no longer matches the body
        return art, statements, stances

    out = _run_two_articles(tmp_path, monkeypatch, broken)
    q = pd.read_parquet(out / "quarantine")
    assert list(q.source_path) == ["a.txt"] and list(q.reason) == ["invalid_row"]
    assert "statements.char_start" in q.iloc[0].detail or "_span_matches" in q.iloc[0].detail
    assert list(pd.read_parquet(out / "articles").source_path) == ["b.txt"]
    assert len(pd.read_parquet(out / "statements")) == 0


def test_an_extraction_defect_costs_one_articles_rows_not_the_batch(tmp_path, monkeypatch):
    import tasks.extract as extract

    real = extract.extract_article

    def broken(article):
        if "Retno" in article["body"]:
            raise KeyError("a rule's defect")  # as a lexicon look-up that misses would
        return real(article)

    out = _run_two_articles(tmp_path, monkeypatch, broken)
    arts = pd.read_parquet(out / "articles").set_index("source_path")
    assert list(arts.extraction_supported.sort_index()) == [False, True]  # a.txt kept, nothing extracted for it
    assert "extraction_failed" not in arts.columns  # the task's mark, not a published column
    assert len(pd.read_parquet(out / "quarantine")) == 0


def test_validate_command_exit_codes_and_docs(tmp_path, capsys):
    batch = tmp_path / "new-batch"
    batch.mkdir()
    (batch / "a.txt").write_text(GOOD[0], "utf-8")
    assert main(["validate", str(batch)]) == 0
    assert "ACCEPTED" in capsys.readouterr().out
    (batch / "empty.txt").write_bytes(b"")
    assert main(["validate", str(batch)]) == 1
    report = capsys.readouterr().out
    assert "empty.txt: empty" in report and "REJECTED" in report
    docs = tmp_path / "docs"
    assert main(["validate", str(batch), "--allow-quarantine", "--docs", str(docs)]) == 0
    index = (docs / "index.html").read_text("utf-8")
    assert "warta.articles" in index or "articles" in index
    assert list((docs / "validations").rglob("*.html"))
