from tasks.language import detect_articles, detect_language


def test_indonesian_and_english(seed_text):
    assert detect_language(seed_text)[0] == "id"
    lang, score = detect_language("The minister said the talks would continue next week in Geneva.")
    assert lang == "en" and 0.5 < score <= 1.0


def test_undetermined_without_letters():
    assert detect_language("") == ("und", 0.0)
    assert detect_language("12345 !!! 2026-01-01") == ("und", 0.0)


def test_deterministic_on_short_ambiguous_text():
    text = "ok ya"
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_prefix_mode_and_rows(seed_text):
    rows = detect_articles([{"body": seed_text}], max_chars=500)
    assert rows[0]["language"] == "id"
