"""Arbitrary text and bytes never crash ingest or extraction, and offsets always point at text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.clean import clean_article
from tasks.extract import lang
from tasks.extract.stances import extract_stances
from tasks.extract.statements import extract_statements
from tasks.ingest import decode_bytes, repair_mojibake

LEX = lang.load("id")
# text with the characters that matter to the extractor: quotes, punctuation, capitals, cue words
pieces = st.sampled_from(
    [
        '"',
        "“",
        "”",
        ",",
        ".",
        ":",
        " ",
        "\n",
        "\n\n",
        "kata",
        "ujarnya",
        "Menurut",
        "mengatakan",
        "bahwa",
        "Rusia",
        "AS",
        "mengecam",
        "mendukung",
        "Presiden",
        "Budi",
        "Santoso",
        "Ia",
        "keduanya",
        "-",
        "sebesar-besarnya",
        "menandatangani",
        "dengan",
        "tidak",
        "didukung",
        "oleh",
        "M.",
        "Hum",
        "Kabupaten",
        "Sumut",
        "dan",
        "Sri",
        "Wahyuni",
        "XIV",
        "terima kasih",
        "kepada",
        "sebagai tersangka",
        "menetapkan",
        "?",
        "Polres",
        "Pemkot",
        "(Kejagung)",
        "KBRI",
        "antara",
        "serangan",
        "terhadap",
        "melancarkan",
        "yang",
        "Pesan itu disampaikan",
        "perseroan",
        "PT",
        "apresiasinya",
        "(Jokowi)",
        "laga",
        "khususnya",
        "(23)",
        "selaku",
        "Kebijakan",
        "Langkah",
        "Pernyataan",
        "Jepang",
        "bisa dikatakan",
        "Selasa waktu setempat",
        "sembari",
        "\"",
        "Tep Sen",
        "menegaskan",
    ]
)
news_like = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, st.text(max_size=400)))
def test_extraction_never_crashes_and_offsets_are_valid(text):
    body = clean_article(text).body
    statements = extract_statements(body, LEX)
    for s in statements:
        assert 0 <= s.start < s.end <= len(body)
        assert s.kind in {"direct", "indirect"}
    for s in extract_stances(body, LEX, statements):
        assert 0 <= s.start < s.end <= len(body)
        assert 0.0 <= s.confidence <= 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, st.text(max_size=400)))
def test_the_document_model_keeps_every_offset_inside_the_body(text):
    from tasks.extract.document import Document

    body = clean_article(text).body
    doc = Document(body, LEX)
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start : m.end].strip()
    for p in doc.people:
        assert body[p.start : p.start + len(p.name)] == p.name
    for (ps, pe), quotes in zip(doc.paragraphs, doc.quotes, strict=True):
        for q in quotes:
            assert ps <= q.open_mark and q.start <= q.end <= pe
    for s, e, _ in doc.sentences:
        assert 0 <= s <= e <= len(body)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_never_crashes(data):
    text, reason, _detail = decode_bytes(data)
    assert (text is None) == (reason is not None)
    if text is not None:
        repair_mojibake(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".bin"]))
def test_ingesting_arbitrary_files_never_crashes(tmp_path_factory, data, suffix):
    from tasks.ingest import ingest_units, plan_units

    root = tmp_path_factory.mktemp("b")
    (root / f"f{suffix}").write_bytes(data)
    articles, rejected = ingest_units(root, plan_units(root, 10_000), "b", {})
    assert len(articles) + len(rejected) >= 1 or suffix == ".jsonl"
    for a in articles:
        assert a["body"] and a["n_words"] >= 1 and len(a["article_id"]) == 16
    for r in rejected:
        assert r["reason"] and r["source_path"].startswith("f")
