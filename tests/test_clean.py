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


def test_markup_of_a_web_export_is_dropped_and_its_text_kept():
    text = (
        '[[KOMPAS.com]{dir="auto"}]{dir="auto"}[[ - Hama tikus sering masuk rumah.]{dir="auto"}]{dir="auto"}\n'
        "[img.2]Ia menambahkan, jaring harus dipasang berlapis.\n"
        "**[img.1]**\n"
        ":::: {#gtx-trans}\n"
        "::: gtx-trans-icon\n"
        '- Judul Berita Lain yang Ditautkan{target="_self"}\n'
        '- ****Judul Berita Lain yang Tebal{target="_self"}****\n'
        "Cek rutin [[img.3]](http://contoh.test/berita) tiap pekan.\n"
        "Daftar [1] dan [2] dalam teks tetap."
    )
    cleaned = clean_article(text)
    assert cleaned.body.split("\n\n") == [
        "Hama tikus sering masuk rumah.",
        "Ia menambahkan, jaring harus dipasang berlapis.",
        "Cek rutin tiap pekan.",
        "Daftar [1] dan [2] dalam teks tetap.",
    ]
    assert cleaned.agency == "KOMPAS.com" and "markup" in cleaned.rules
    assert "markup" not in clean_article("Teks biasa [1] tanpa markup.").rules


def test_quotation_marks_an_export_escaped_are_the_texts_own():
    c = clean_article("Habib Ja\\'far datang ke Sinar\\'s Gym. \\\"Saya senang,\\\" katanya.")
    assert c.body == "Habib Ja'far datang ke Sinar's Gym. \"Saya senang,\" katanya."
    assert "escaped_quote" in c.rules
    # a backslash before anything else stays
    assert clean_article("Folder C:\\data dibuka.").body == "Folder C:\\data dibuka."
