import pytest

from tasks.extract import lang
from tasks.extract.lang import LexiconError, parse_tsv


def test_indonesian_resources_load_and_are_complete(lex):
    assert {"kata", "katanya", "ujarnya"} <= lex.quote_cues
    assert {"mengatakan", "menegaskan"} <= lex.report_verbs
    assert lex.actors["AS"].code == "USA" and lex.actors["beijing"].code == "CHN"
    assert lex.stance_cues["mengecam"] == "oppose"
    assert lang.is_supported("id") and not lang.is_supported("en")


def test_acronyms_match_case_sensitively(lex):
    assert "as" not in lex.actors  # the Indonesian word "as" is not the United States


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no header"),
        ("cue\tkind\nkata\tquote\nkata\tquote\n", "listed twice"),
        ("cue\tkind\nkata\tshout\n", "not one of"),
        ("verb\tkind\nkata\tquote\n", "header"),
        ("cue\tkind\n\tquote\n", "empty"),
    ],
)
def test_malformed_files_fail_with_file_and_line(text, message):
    with pytest.raises(LexiconError, match=message):
        parse_tsv(text, "cues.tsv", "x/cues.tsv")
