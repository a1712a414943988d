"""The report's stance views: state-level network, strongest pairs with evidence, labels never cut."""

import re

import pandas as pd

from tasks.report import CHAR_PX, _evidence_section, network_svg, state_pairs

STANCES = pd.DataFrame(
    [
        ("Rusia", "Amerika Serikat", "oppose", "RUS", "USA", "Rusia mengecam Amerika Serikat.", "a1"),
        ("Menteri Luar Negeri Rusia Sergei Antonovich Volkonsky", "Amerika Serikat", "oppose", "RUS", "USA",
         "Volkonsky mengkritik Washington.", "a2"),
        ("Kuba", "Venezuela", "support", "CUB", "VEN", "Kuba mendukung Venezuela.", "a1"),
        ("Budi Santoso", "warga", "support", None, None, "Budi memuji warga.", "a2"),
        ("Polda Sumut", "KPK", "support", "IDN", "IDN", "Polda Sumut bekerja sama dengan KPK.", "a2"),
    ],
    columns=["holder", "target", "polarity", "holder_code", "target_code", "evidence", "article_id"],
)  # fmt: skip
ARTICLES = pd.DataFrame(
    [("a1", "Rusia dan Kuba bersuara", pd.Timestamp("2026-01-03").date()), ("a2", "Diplomasi pekan ini", None)],
    columns=["article_id", "title", "published_date"],
)


def test_state_pairs_fold_persons_into_their_state_and_drop_pairs_within_one_state():
    pairs = state_pairs(STANCES)
    assert set(map(tuple, pairs[["holder", "target", "polarity", "n"]].values.tolist())) == {
        ("RUS", "USA", "oppose", 2),
        ("CUB", "VEN", "support", 1),
    }


def test_strongest_pairs_link_to_their_evidence_with_title_and_date():
    table, evidence = _evidence_section(STANCES, ARTICLES, state_pairs(STANCES))
    links = re.findall(r"href='#(pair-\d+)'", table)
    assert links and all(f"id='{a}'" in evidence for a in links)
    assert "Volkonsky mengkritik Washington." in evidence and "Diplomasi pekan ini" in evidence
    assert "Rusia dan Kuba bersuara, 2026-01-03" in evidence


def test_labels_are_never_cut_at_the_edge_of_the_picture():
    pairs = STANCES.groupby(["holder", "target", "polarity"]).size().reset_index(name="n")
    svg = network_svg(pairs, "oppose")
    width = float(re.search(r"width='([\d.]+)'", svg).group(1))
    for x, anchor, label in re.findall(r"<text x='([\d.]+)' y='[\d.]+' text-anchor='(\w+)'[^>]*>([^<]+)</text>", svg):
        extent = len(label) * CHAR_PX
        left, right = (float(x), float(x) + extent) if anchor == "start" else (float(x) - extent, float(x))
        assert left >= 0 and right <= width, label
    assert "Menteri Luar Negeri Rusia Sergei Antonovich Volkonsky" in svg  # whole, never shortened
