from tasks.extract.stances import extract_stances
from tasks.extract.statements import extract_statements


def stances(body, lex):
    sts = extract_statements(body, lex)
    return {(s.holder.code or s.holder.name, s.target.code, s.polarity) for s in extract_stances(body, lex, sts)}


def test_support_and_oppose_with_codes(lex):
    body = "Kuba mendukung Venezuela dalam sengketa itu. Jepang mengecam Korea Utara atas peluncuran rudal."
    assert stances(body, lex) == {("CUB", "VEN", "support"), ("JPN", "PRK", "oppose")}


def test_capital_stands_for_its_state(lex):
    body = "Beijing mengkritik tindakan Washington di Laut China Selatan."
    assert ("CHN", "USA", "oppose") in stances(body, lex)


def test_no_stance_without_target_or_towards_itself(lex):
    assert stances("Rusia mendukung langkah tersebut.", lex) == set()
    assert stances("Rusia mendukung Kremlin.", lex) == set()


def test_one_row_per_holder_target_polarity(lex):
    body = "Kanada mengecam Iran. Kanada kembali mengecam Iran pekan ini."
    assert len(extract_stances(body, lex, [])) == 1
