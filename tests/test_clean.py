from tasks.clean import clean_article, count_words, normalise_agency, split_paragraphs


def test_paren_dateline_agency_editor_and_copyright_are_removed():
    text = (
        "Kota Contoh (KABARIN) - Menteri Dalam Negeri Ruritania Ana Bel berbicara hari ini.\n"
        "Paragraf kedua.\nEditor: Budi Santoso\nCopyright © KABARIN 2026"
    )
    c = clean_article(text)
    assert (c.agency, c.dateline, c.editor) == ("KABARIN", "Kota Contoh", "Budi Santoso")
    assert c.body == "Menteri Dalam Negeri Ruritania Ana Bel berbicara hari ini.\n\nParagraf kedua."


def test_antara_style_and_wire_code():
    c = clean_article("Tokyo (ANTARA News) - Kalimat pertama.\n\nKalimat terakhir. (Uu. C003)\n")
    assert (c.agency, c.dateline) == ("ANTARA", "Tokyo")
    assert c.body == "Kalimat pertama.\n\nKalimat terakhir."
    assert "wire_code" in c.rules


def test_outlet_style_variants():
    for head, dateline in [
        ("JAKARTA, KOMPAS.com - ", "JAKARTA"),
        ("MEDAN, KOMPAS.com -- ", "MEDAN"),
        ("JAMBI, KOMPAS.COM- ", "JAMBI"),
        ("KOMPAS.com - ", None),
        ("JAKARTA - KOMPAS.com - ", "JAKARTA"),
    ]:
        c = clean_article(head + "Isi berita di sini.")
        assert c.agency == "KOMPAS.com", head
        assert c.dateline == dateline, head
        assert c.body == "Isi berita di sini."


def test_no_dateline_is_left_alone():
    c = clean_article("AKHIRNYA, proyek itu selesai - kata warga.\n\nParagraf dua.")
    assert c.agency is None and c.dateline is None
    assert c.body.startswith("AKHIRNYA, proyek itu selesai")


def test_markup_residue_lines_are_dropped():
    assert split_paragraphs("Satu.\\\n\\\n[embed.1]\n::::\nDua.") == ["Satu.", "Dua."]


def test_agency_normalisation_and_word_count():
    assert normalise_agency("Kompas.com") == "KOMPAS.com"
    assert normalise_agency("ANTARA News") == "ANTARA"
    assert count_words("Dua-dua kata, tiga!") == 3
