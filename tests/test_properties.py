"""Arbitrary text and bytes never crash ingest or extraction, and offsets always point at text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks import lang
from tasks.clean import clean_article
from tasks.ingest import decode_bytes, repair_mojibake
from tasks.stances import extract_stances
from tasks.statements import extract_statements

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


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_never_crashes(data):
    text, reason, _detail = decode_bytes(data)
    assert (text is None) == (reason is not None)
    if text is not None:
        repair_mojibake(text)
