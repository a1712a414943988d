"""The document model and the kinds of speaker error it exists to prevent.

Every fixture is invented for these tests (people, places and events that do not exist), written in
the shapes Indonesian news copy takes; none is copied from an article.
"""

import pytest

from tasks.extract.document import Document
from tasks.extract.statements import extract_statements
from tasks.extract.text import mark_role, quotes_in_paragraph


def speakers(body, lex):
    """(kind, text, speaker_name, rule) of every statement, checking offsets on the way."""
    out = []
    for st in extract_statements(body, lex):
        assert 0 <= st.start < st.end <= len(body)
        out.append((st.kind, body[st.start : st.end], st.speaker.name, st.rule))
    return out


def names_of(body, lex, text):
    """Speaker names of the statements whose text contains ``text``."""
    return {name for _, t, name, _ in speakers(body, lex) if text in t}


def _orgs(body, lex):
    doc = Document(body, lex)
    return {body[m.start : m.end] for m in doc.mentions if m.type == "organization"}


# ---------------------------------------------------------------- quotation marks


QUOTED = (
    "Kepala Dinas Pariwisata Lestari Wening meresmikan taman kota.\n\n"
    "{o}Taman ini untuk semua warga,{c} kata Lestari.\n\n"
    "Ia juga menambahkan, {o}Kami akan merawatnya bersama.{c}"
)


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ("”", "”"), ('"', '"'), ("“", "“")])
def test_quotations_are_paired_by_position_not_glyph(lex, o, c):
    body = QUOTED.format(o=o, c=c)
    direct = [(t, n) for k, t, n, _ in speakers(body, lex) if k == "direct"]
    assert direct == [
        ("Taman ini untuk semua warga", "Lestari Wening"),
        ("Kami akan merawatnya bersama.", "Lestari Wening"),
    ]


@pytest.mark.parametrize(("o", "c"), [("”", "”"), ("“", "“")])
def test_sentences_break_at_marks_of_either_glyph(o, c):
    from tasks.extract.text import sentence_spans

    body = f"Warga datang pagi ini. {o}Kami senang sekali.{c} Lalu mereka pulang."
    assert [body[s:e] for s, e in sentence_spans(body, 0, len(body))] == [
        "Warga datang pagi ini.", f"{o}Kami senang sekali.{c}", "Lalu mereka pulang."
    ]  # fmt: skip


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ("”", "”"), ('"', '"'), ("“", "“")])
def test_a_works_title_in_marks_of_either_glyph_is_nobodys_words(lex, o, c):
    body = (
        f"{o}Anak perlu tidur cukup agar tidak mudah sakit,{c} kata Rina Kartika dalam webinar bertajuk "
        f"{o}Menjaga Keluarga: Tetap Sehat di Akhir Tahun{c} di Jakarta, Selasa."
    )
    direct = [t for k, t, _, _ in speakers(body, lex) if k == "direct"]
    assert direct == ["Anak perlu tidur cukup agar tidak mudah sakit"]


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"')])
def test_a_title_cased_quotation_inside_a_reporting_sentence_is_a_title(lex, o, c):
    body = (
        f"Bupati Rina Kartika mengatakan acara tahun ini mengusung ajakan {o}Pangan Lokal untuk Anak Sehat "
        f"di Desa{c} dan diikuti ratusan warga."
    )
    assert [t for k, t, _, _ in speakers(body, lex) if k == "direct"] == []
    said = body.replace("Pangan Lokal untuk Anak Sehat di Desa", "pangan lokal harus kembali ke meja makan")
    assert [t for k, t, _, _ in speakers(said, lex) if k == "direct"] == ["pangan lokal harus kembali ke meja makan"]
    # (a theme is a quoted name whatever its case: 'mengusung tema "..."', test_statements)
    themed = said.replace("ajakan", "tema")
    assert [t for k, t, _, _ in speakers(themed, lex) if k == "direct"] == []


def test_mark_role_reads_the_context():
    text = "kata dia, ”Kami siap.” Lalu"
    opening, closing = text.index("”"), text.rindex("”")
    assert mark_role(text, opening, 0, len(text)) == "open"
    assert mark_role(text, closing, 0, len(text)) == "close"


def test_misplaced_space_before_a_closing_mark_followed_by_a_cue(lex):
    body = '"Semua sudah siap sejak pagi tadi, "kata Gubernur Arman Sitepu.'
    quotes = quotes_in_paragraph(body, 0, len(body), False, lex.quote_cues)
    assert [body[q.start : q.end] for q in quotes] == ["Semua sudah siap sejak pagi tadi"]


def test_a_misplaced_mark_before_demikian_closes_and_an_unread_source_is_no_one_elses(lex):
    body = (
        'Laga itu ditunda. "Lapangan tidak aman untuk bermain malam ini, "demikian pernyataan resmi pihak Persikota. '
        'Tiket tetap berlaku. Klub tamu Persiba Bantul ikut menanggapi. "Kami bisa menunggu, tetapi tidak dengan '
        'lantai lapangan yang basah, "demikian kurang lebih terjemahan cuitan akun resmi klub tamu.'
    )
    found = {t: name for _, t, name, _ in speakers(body, lex)}
    assert found == {"Lapangan tidak aman untuk bermain malam ini": "Persikota"}


def test_a_verb_after_namun_shares_its_subject_and_a_heading_names_no_one(lex):
    body = (
        "Warga mendukung proyek tanggul itu, namun berharap ganti rugi dibayar tepat waktu.\n\n"
        "Warga Minta Ganti Rugi Layak\n\n"
        "Proyek itu ditargetkan selesai tahun depan."
    )
    assert [(name, kind) for kind, _, name, _ in speakers(body, lex)] == [("Warga", "indirect")]


def test_an_odd_number_of_marks_never_swallows_the_next_paragraph(lex):
    body = "”Kami menolak rencana itu, kata warga.\n\nRapat berlanjut hingga malam tanpa keputusan apa pun."
    assert all("Rapat berlanjut" not in t for _, t, _, _ in speakers(body, lex))


# ---------------------------------------------------------------- name boundaries


def test_a_place_in_the_title_is_not_part_of_the_name(lex):
    body = (
        "Bupati Sukamaju Darmawan Hidayat membuka pasar murah di Kabupaten Sukamaju.\n\n"
        "“Harga beras harus tetap terjangkau,” ujar Bupati Sukamaju Darmawan Hidayat."
    )
    assert names_of(body, lex, "Harga beras") == {"Darmawan Hidayat"}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Bupati Sleman", "Wahyu Kartika"),
        ("Wakil Bupati Kutai Kartanegara", "Rahmat Santoso"),
        ("Wali Kota Parepare", "Andi Lestari"),
        ("Bupati Gunungkidul", "Sumarno"),
    ],
)
def test_a_region_in_a_regional_title_is_not_part_of_the_name(lex, title, name):
    """The region is known from the language's places (places.tsv), not from elsewhere in the article."""
    body = f"{title} {name} mengatakan jalan desa itu akan diperbaiki tahun depan."
    assert names_of(body, lex, "jalan desa") == {name}


def test_a_name_with_no_region_word_stays_whole(lex):
    body = "Bupati Darmawan Hidayat mengatakan jalan desa itu akan diperbaiki tahun depan."
    assert names_of(body, lex, "jalan desa") == {"Darmawan Hidayat"}


def test_an_acronym_before_a_name_is_not_part_of_it(lex):
    body = "Ketua Fraksi Partai Rakyat DPR Sutarman mengatakan fraksinya akan menghormati putusan itu."
    assert names_of(body, lex, "menghormati putusan") == {"Sutarman"}


def test_a_sentence_initial_common_noun_is_not_part_of_the_name(lex):
    body = (
        "Sebuah video beredar luas pekan ini.\n\n"
        "Video Hartono Wibisono menyebutkan bahwa pabrik itu akan ditutup bulan depan."
    )
    doc = Document(body, lex)
    assert all(not p.name.startswith("Video") for p in doc.people)


def test_degrees_and_honorifics_stay_out_of_the_name(lex):
    body = "Guru Besar Linguistik Prof. Dr. Ratna Kumalasari M.Hum. mengatakan bahasa terus berubah."
    assert names_of(body, lex, "bahasa terus berubah") == {"Ratna Kumalasari"}


def test_words_after_the_name_are_not_taken_in(lex):
    body = (
        "Menteri Perdagangan Yudha Pranata pada April 2025 mengatakan ekspor kopi naik tajam.\n\n"
        "Yudha Pranata secara langsung menyampaikan target itu kepada para eksportir."
    )
    assert names_of(body, lex, "ekspor kopi") == {"Yudha Pranata"}
    assert names_of(body, lex, "target itu") == {"Yudha Pranata"}


def test_a_first_name_the_tagger_misses_is_taken_in(lex):
    body = "Menteri Keuangan Sri Wahyuni Lestari mengatakan penerimaan pajak naik."
    assert names_of(body, lex, "penerimaan pajak") == {"Sri Wahyuni Lestari"}


# ---------------------------------------------------------------- coreference


def test_a_surname_resolves_to_the_full_name(lex):
    body = (
        "Duta Besar Norwegia Henrik Solbakken tiba di Jakarta.\n\n"
        "Solbakken mengatakan kedua negara akan memperluas kerja sama energi."
    )
    assert names_of(body, lex, "kerja sama energi") == {"Henrik Solbakken"}


def test_a_pronoun_never_resolves_to_a_place_or_a_room(lex):
    body = (
        "Gubernur Wira Santika bertemu para bupati di Ruang Oval Gedung Sate.\n\n"
        "Ia mengatakan anggaran bencana akan ditambah."
    )
    assert names_of(body, lex, "anggaran bencana") == {"Wira Santika"}


def test_a_role_phrase_with_a_demonstrative_points_back_to_the_person(lex):
    body = (
        "Anggota Komisi Pendidikan DPR Markus Tanoto meninjau sekolah di pedalaman.\n\n"
        "Anggota Komisi Pendidikan DPR ini mengatakan banyak ruang kelas rusak."
    )
    assert names_of(body, lex, "ruang kelas rusak") == {"Markus Tanoto"}


def test_the_subject_of_a_speech_verb_becomes_a_known_person(lex):
    body = (
        "Kepala Balai Konservasi, Suparjo di Palu, Selasa, mengatakan populasi burung itu naik.\n\n"
        "Ia mengatakan petugas menambah patroli di kawasan itu."
    )
    assert names_of(body, lex, "populasi burung") == {"Suparjo"}
    assert names_of(body, lex, "menambah patroli") == {"Suparjo"}


def test_a_cue_far_from_a_name_does_not_take_a_road(lex):
    body = (
        "Kapolres Kota Hilir Ajun Komisaris Besar Teguh Santoso meninjau Jalan Tol Lingkar Timur.\n\n"
        "Arus kendaraan di Jalan Tol Lingkar Timur masih padat, katanya."
    )
    assert names_of(body, lex, "Arus kendaraan") == {"Teguh Santoso"}


# ---------------------------------------------------------------- reported speech


def test_directive_verbs_are_statements(lex):
    body = "Presiden Aruna Dewi mendesak semua kementerian memangkas belanja perjalanan dinas."
    expected = ("indirect", "semua kementerian memangkas belanja perjalanan dinas", "Aruna Dewi", "indirect_verb")
    assert expected in speakers(body, lex)


def test_coordinated_reporting_verbs_give_one_statement_each(lex):
    body = "Menteri Kesehatan Nila Prameswari menegaskan stok vaksin cukup dan meminta warga tidak panik."
    texts = [t for k, t, n, _ in speakers(body, lex) if n == "Nila Prameswari"]
    assert texts == ["stok vaksin cukup", "warga tidak panik"]


def test_a_cue_set_off_by_commas_inside_a_sentence(lex):
    body = (
        "Kepala Dinas Perhubungan Benny Saragih meninjau terminal.\n\n"
        "Selain itu, kata Benny, pihaknya akan menambah armada bus pada akhir pekan."
    )
    assert names_of(body, lex, "menambah armada bus") == {"Benny Saragih"}


def test_closing_cues_outside_the_old_lexicon(lex):
    body = (
        "Direktur Utama PT Kereta Nusantara Rudi Halim meresmikan stasiun baru.\n\n"
        "“Stasiun ini terhubung langsung dengan pusat kota,” tutupnya."
    )
    assert names_of(body, lex, "terhubung langsung") == {"Rudi Halim"}


def test_a_clause_after_a_cue_is_not_a_tail_attribution(lex):
    body = "Terutama, kata dia, adalah listrik dan air bersih untuk para pengunjung."
    rows = speakers(body, lex)
    assert all(t != "Terutama" for _, t, _, _ in rows)


# ---------------------------------------------------------------- the model itself


def test_document_is_built_once_with_offsets(lex):
    body = "Presiden Aruna Dewi tiba di Jakarta.\n\n“Kami siap,” kata Aruna."
    doc = Document(body, lex)
    paragraphs = ["Presiden Aruna Dewi tiba di Jakarta.", "“Kami siap,” kata Aruna."]
    assert [body[s:e] for s, e in doc.paragraphs] == paragraphs
    assert [body[s:e] for s, e, _ in doc.sentences] == paragraphs
    assert [body[q.start : q.end] for q in doc.quotes[1]] == ["Kami siap"]
    kinds = {body[m.start : m.end]: m.type for m in doc.mentions}
    assert kinds["Aruna Dewi"] == "person"
    assert kinds["Jakarta"] in ("state", "place")  # a capital stands for its state
    assert doc.fullest("Aruna").name == "Aruna Dewi"


def test_a_medium_credited_at_the_end_of_a_sentence(lex):
    body = "Badai salju menutup tiga bandara di wilayah utara sejak pagi, demikian Reuters melaporkan."
    assert names_of(body, lex, "Badai salju menutup") == {"Reuters"}


def test_menurut_closing_a_sentence(lex):
    body = "Maskapai membatalkan 900 penerbangan di seluruh wilayah itu, menurut Badan Penerbangan Sipil."
    rows = speakers(body, lex)
    assert any("membatalkan 900 penerbangan" in t and r == "indirect_menurut" for _, t, _, r in rows)


def test_a_time_after_a_closing_cue_is_not_a_clause_but_a_clause_is(lex):
    tail = "Harga cabai naik dua kali lipat, kata Kepala Dinas Pasar Yohana Lim, Jumat."
    assert names_of(tail, lex, "Harga cabai") == {"Yohana Lim"}
    mid = "Era digital, lanjut dia, hanya mengubah cara pemasaran."
    assert all(t != "Era digital" for _, t, _, _ in speakers(mid, lex))


def test_the_quoted_speaker_goes_on_with_sembari(lex):
    body = "“Kami terbuka untuk kritik,” ucap Bupati Lintang Arga, sembari menegaskan komitmen untuk melayani warga."
    assert names_of(body, lex, "komitmen untuk melayani") == {"Lintang Arga"}


def test_and_inside_an_institution_name_does_not_end_the_subject(lex):
    body = "Sekretaris Dinas Pendidikan dan Kebudayaan Jawa Tengah Ratri Anjani menyampaikan, program itu diperluas."
    assert names_of(body, lex, "program itu diperluas") == {"Ratri Anjani"}


def test_a_cue_opening_the_sentence(lex):
    body = "Presiden Aruna Dewi berpidato.\n\nJelas Aruna, sebuah bangsa harus kuat agar tidak ditindas."
    assert names_of(body, lex, "sebuah bangsa harus kuat") == {"Aruna Dewi"}


def test_a_closing_mark_and_a_cue_whose_opening_mark_was_lost(lex):
    body = (
        "Kepala Dinas Pasar Andri Setiawan meninjau pasar.\n\nPasokan beras aman sampai akhir tahun,\u201d kata Andri."
    )
    expected = ("direct", "Pasokan beras aman sampai akhir tahun", "Andri Setiawan", "direct_cue_after")
    assert expected in speakers(body, lex)


# ---------------------------------------------------------------- kinds found on unlabelled corpus text


def test_content_right_after_the_name_of_a_mid_cue(lex):
    body = (
        "Kepala Balai Taman Nasional Rudianto Harahap meninjau lokasi itu.\n\n"
        "Makanya, kata Rudianto listrik dan air bersih sangat dibutuhkan di lokasi itu."
    )
    rows = speakers(body, lex)
    assert ("indirect", "listrik dan air bersih sangat dibutuhkan di lokasi itu.", "Rudianto Harahap",
            "indirect_mid_cue") in rows  # fmt: skip
    assert all(t != "Makanya" for _, t, _, _ in rows)
    # a place or a circumstance after the name: the cue still closes the sentence
    tail = "Jalan itu akan diperbaiki tahun depan, kata Rudianto usai rapat di Palu."
    assert ("indirect", "Jalan itu akan diperbaiki tahun depan", "Rudianto", "indirect_tail_cue") in speakers(tail, lex)


def test_a_passive_reporting_verb_with_its_agent(lex):
    body = (
        "Pelatih Rudianto Harahap memimpin latihan.\n\n"
        "Sebagian komentar itu diakui Rudianto mengarah pada penghinaan terhadap pemain.\n\n"
        "Rencana tersebut dinilai oleh pengamat Budi Hartono tidak akan berjalan mulus."
    )
    assert names_of(body, lex, "mengarah pada penghinaan") == {"Rudianto Harahap"}
    assert names_of(body, lex, "tidak akan berjalan mulus") == {"Budi Hartono"}
    # a pointer back, not a statement of its own: nothing said after the agent, or only more about him
    back = (
        "Hal itu disampaikan Menteri Luar Negeri Sari Wulandari di Jakarta, Senin.\n\n"
        "Hal ini disampaikan oleh Menteri Sosial Saiful Yusran atau yang akrab disapa Gus Ipul, saat meninjau."
    )
    assert not [r for r in speakers(back, lex) if r[3] == "indirect_passive_cue"]


def test_disebut_with_a_person_as_agent_reports_what_they_said(lex):
    body = (
        "Pelatih tamu Gerald Wissing tiba di Medan.\n\n"
        "Dua pemain muda, yang merupakan anak asuh Rudianto, disebut Wissing telah bercerita soal kota itu.\n\n"
        "Pabrik itu memakai cara yang disebut Raharjo Utomo Method supaya mesin lebih awet."
    )
    assert names_of(body, lex, "telah bercerita soal kota") == {"Gerald Wissing"}
    assert not [r for r in speakers(body, lex) if "mesin lebih awet" in r[1]]  # "yang disebut X": a name


def test_a_name_written_again_in_part_is_a_mention(lex):
    body = "Kepala Balai Rudianto Harahap datang.\n\nKomentar itu diakui Rudianto tidak pantas ditulis."
    doc = Document(body, lex)
    again = body.rindex("Rudianto")
    assert any(m.start == again and m.type == "person" for m in doc.mentions)


def test_subjects_past_places_descriptions_and_modals(lex):
    body = (
        "Kepala Pusat Data dan Humas Badan Nasional Penanggulangan Bencana (BNPB) Sarwono Adi Nugroho "
        "mengatakan letusan itu tidak memunculkan hujan abu.\n\n"
        "Anggota Exco PSSI Ratna Yunisari di Palembang, Sumatera Selatan, Senin, mengatakan, turnamen "
        "itu sudah lama direncanakan.\n\n"
        "Kishore Chandra, mantan penyidik di Biro Investigasi Kecelakaan, mengatakan kepada BBC bahwa mesin "
        "pesawat itu masih layak.\n\n"
        "Sebelumnya, Kepala Sekolah Petrus Tandiono, telah menginformasikan jadwal ujian kepada orang tua murid."
    )
    assert names_of(body, lex, "tidak memunculkan hujan abu") == {"Sarwono Adi Nugroho"}
    assert names_of(body, lex, "sudah lama direncanakan") == {"Ratna Yunisari"}
    assert names_of(body, lex, "masih layak") == {"Kishore Chandra"}
    assert names_of(body, lex, "jadwal ujian") == {"Petrus Tandiono"}


def test_a_capital_alone_before_the_verb_is_the_subject_not_a_place(lex):
    body = "Merespons operasi militer itu, Caracas meminta pertemuan darurat Dewan Keamanan PBB."
    assert names_of(body, lex, "pertemuan darurat") != {"Merespons operasi militer itu"}


def test_organisation_subjects_after_a_dateline_and_a_description(lex):
    body = (
        "JAKARTA, KOMPAS.com - Kementerian Kesehatan (Kemenkes) mengimbau jemaah yang batuk untuk memakai "
        "masker.\n\nKantor berita KCNA malah menyatakan program itu sudah memasuki fase akhir."
    )
    assert names_of(body, lex, "memakai masker") == {"Kementerian Kesehatan (Kemenkes)"}
    assert names_of(body, lex, "fase akhir") == {"KCNA"}


def test_a_pronoun_after_a_short_mention_gets_the_full_name(lex):
    body = (
        "Aktor Beno Harlan menjalani pemeriksaan kesehatan.\n\n"
        "Setelah itu, Harlan beristirahat di rumahnya selama sebulan.\n\n"
        "Dia mengatakan pemeriksaan itu menyelamatkan hidupnya."
    )
    assert names_of(body, lex, "menyelamatkan hidupnya") == {"Beno Harlan"}


def test_an_attribution_cut_too_wide_is_narrowed_to_the_speaker(lex):
    body = (
        "Politisi Partai Golkar Budi Santosa hadir dalam rapat itu.\n\n"
        "Menurut politisi Golkar itu juga, anggaran daerah harus diperiksa ulang.\n\n"
        "“Semua atlet sudah siap bertanding,” kata Menpora selepas mengikuti acara pelepasan atlet."
    )
    assert names_of(body, lex, "anggaran daerah") == {"Budi Santosa"}
    assert names_of(body, lex, "siap bertanding") == {"Menpora"}


def test_a_name_in_apposition_after_an_office_and_a_company(lex):
    body = (
        "Bekasi (ANTARA) - Jalur darurat dibuka.\n\n"
        "“Lahan itu sementara akan difungsikan sebagai jalur darurat,” kata Humas PT Jasa Tirta cabang "
        "Bekasi, Handoyono, di Bekasi, Selasa."
    )
    assert names_of(body, lex, "jalur darurat") == {"Handoyono"}
    doc = Document(body, lex)
    company = body.index("PT Jasa Tirta")
    assert any(m.start == company and m.type == "organization" for m in doc.mentions)  # not a person "Jasa Tirta"


def test_an_institution_closed_by_a_state_does_not_take_the_first_name(lex):
    body = (
        "Sementara itu, Deputi Gubernur Bank Indonesia Rizal Pratama Gunadi menilai ekonomi kota itu bertumpu "
        "pada sektor jasa."
    )
    assert names_of(body, lex, "bertumpu pada sektor jasa") == {"Rizal Pratama Gunadi"}


def test_a_pronoun_does_not_turn_to_an_object_named_in_passing(lex):
    body = (
        "Kepala Satuan Lalu Lintas Ony Prasetyo memeriksa lokasi kecelakaan.\n\n"
        "Pengemudi itu lebih dahulu menabrak Toyota Avanza milik warga.\n\n"
        "“Kami masih menggali keterangan dari para saksi,” ujarnya."
    )
    assert names_of(body, lex, "menggali keterangan") == {"Ony Prasetyo"}


def test_subjects_named_with_bernama_and_followed_by_places_or_a_second_verb(lex):
    body = (
        "Dalam perjalanan menuju pulau itu, pendamping selam bernama Geri siang itu mengatakan waktu terbaik "
        "untuk menyelam adalah bulan Agustus.\n\n"
        "MAGETAN, KOMPAS.com - Sudarmanto, staf Desa Gebang, Kecamatan Karangsari, Kabupaten Magetan, Jawa Timur "
        "mengatakan bahwa gajinya tiba-tiba raib dari tabungan.\n\n"
        "Anggota DPD dari Papua, Charles Simarmata mengucapkan terima kasih atas keberhasilan itu, dan berharap "
        "agar pemerintah pusat lebih melibatkan masyarakat Papua."
    )
    assert names_of(body, lex, "bulan Agustus") == {"Geri"}
    assert names_of(body, lex, "raib dari tabungan") == {"Sudarmanto"}
    assert names_of(body, lex, "melibatkan masyarakat Papua") == {"Charles Simarmata"}
    # a word the tagger took for a name at the start does not make "ia" a description of it
    tail = (
        "Direktur Utama Budi Hartono hadir dalam acara itu.\n\n"
        "Lebih lanjut, ia menambahkan, perusahaan itu telah menandatangani kesepakatan dengan mitra baru."
    )
    assert names_of(tail, lex, "menandatangani kesepakatan") == {"Budi Hartono"}


def test_a_circumstance_between_subject_and_verb_is_passed_over(lex):
    body = (
        "Presiden Amerika Serikat Donald Trump, dalam unggahan Jumat pagi di media sosialnya, memperingatkan "
        "Iran untuk datang ke meja perundingan."
    )
    assert names_of(body, lex, "meja perundingan") == {"Donald Trump"}


def test_degrees_set_off_by_commas_after_a_name(lex):
    body = (
        "KOMPAS.com -- Konsultan Nutrisi Anak dari Fakultas Kedokteran Universitas Indonesia, dr. Yogi Devara, "
        "Sp.A(K), menegaskan bahwa kadar garam dalam masakan rumahan jauh lebih rendah."
    )
    assert names_of(body, lex, "kadar garam") == {"Yogi Devara"}


def test_a_name_the_tagger_missed_before_a_chain_of_descriptions(lex):
    body = (
        "Amelia Kerry, terapis trauma, penulis, dan peneliti, menyarankan agar para introvert memberi tahu "
        "orang terdekat."
    )
    assert names_of(body, lex, "memberi tahu orang terdekat") == {"Amelia Kerry"}
    # a pronoun after a name-like segment is the subject itself
    body2 = "Bukan cuma soal joki Strava, ia menyoroti bahwa banyak aktivitas media sosial tidak sesuai kenyataan."
    assert names_of(body2, lex, "tidak sesuai kenyataan") != {"Bukan cuma soal joki Strava"}


def test_an_organisation_keeps_its_head_word_and_a_conjunction_is_no_first_name(lex):
    body = (
        "Kebijakan itu dijalankan oleh Kementerian Perumahan dan Kawasan Permukiman (PKP), yang berkolaborasi "
        "dengan Kementerian Dalam Negeri (Kemendagri).\n\n"
        "Kalau Soeharto dijadikan pahlawan, kata Virdian, itu melukai korban."
    )
    doc = Document(body, lex)
    texts = {body[m.start : m.end] for m in doc.mentions}
    assert "Kementerian Dalam Negeri (Kemendagri)" in texts
    assert any(t.startswith("Kementerian Perumahan") for t in texts)
    assert "Kalau Soeharto" not in texts


def test_a_role_phrase_with_itu_and_degrees_without_dots(lex):
    body = (
        "Penata rias Dinda Lestari tampil di acara itu.\n\n"
        "Penata rias berusia 24 tahun itu mengatakan eyeliner tidak boleh ditinggalkan.\n\n"
        "Spesialis kulit, dr Fitri Amalia, SpKK, M.Kes mengatakan perawatan kulit mencegah penuaan dini."
    )
    assert names_of(body, lex, "eyeliner") == {"Dinda Lestari"}
    assert names_of(body, lex, "penuaan dini") == {"Fitri Amalia"}


def test_an_institution_cut_by_the_tagger_is_named_whole(lex):
    body = "Tanah itu diserahkan kepada Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) pekan lalu."
    names = _orgs(body, lex)
    assert "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)" in names
    body = "Sejak itu Kantor Penasihat Presiden dan Kantor Manajemen Personalia bekerja sama."
    assert "Kantor Penasihat Presiden dan Kantor Manajemen Personalia" not in _orgs(body, lex)


def test_pusat_opens_an_institution_that_speaks(lex):
    body = "Pusat Riset Iklim dan Cuaca Tropis (PRICT) juga telah menyatakan musim hujan datang lebih awal."
    assert names_of(body, lex, "musim hujan datang") == {"Pusat Riset Iklim dan Cuaca Tropis (PRICT)"}
    assert "Pusat" not in _orgs("Kantor itu pindah ke Jakarta Pusat pekan lalu.", lex)


def test_a_task_force_opens_an_institution_that_speaks(lex):
    # "Satgas", "Satgassus" (satuan tugas, a task force) open a body's name; alone, the team of the last speaker
    body = "Satgas Pangan Polri menilai bahwa harga beras masih tinggi."
    assert names_of(body, lex, "harga beras") == {"Satgas Pangan Polri"}
    body = "Satgassus Optimalisasi Penerimaan Negara menilai bahwa potensi pajak masih besar."
    assert names_of(body, lex, "potensi pajak") == {"Satgassus Optimalisasi Penerimaan Negara"}


def test_a_two_word_head_with_a_rank_in_it_opens_an_institution_not_a_name(lex):
    # "Jenderal" is a rank, but "Direktorat Jenderal" opens an office: what follows is its name, nobody's
    body = "Rudi mendukung langkah Direktorat Jenderal Pajak (DJP). Kapolri Jenderal Budi Santoso hadir."
    doc = Document(body, lex)
    assert "Direktorat Jenderal Pajak (DJP)" in _orgs(body, lex)
    assert [p.name for p in doc.people] == ["Rudi", "Budi Santoso"]


def test_an_institution_after_a_title_and_no_numeral_as_acronym(lex):
    body = "Rapat dipimpin Ketua Komisi III DPR RI. Ia berterima kasih kepada Ketua Komisi III DPR RI, kemarin."
    names = _orgs(body, lex)
    assert "Komisi III DPR RI" in names and "III" not in names


def test_no_sentence_ends_inside_dotted_initials():
    from tasks.extract.text import sentence_spans

    body = "Saham naik. U.S. Steel mengatakan laba turun. Pasar tutup."
    assert [body[s:e] for s, e in sentence_spans(body, 0, len(body))] == [
        "Saham naik.", "U.S. Steel mengatakan laba turun.", "Pasar tutup."
    ]  # fmt: skip


def test_a_lower_case_letter_ends_its_sentence_where_a_capital_initial_does_not():
    from tasks.extract.text import sentence_spans

    body = "Kartu itu disebut kartu - e. Namun Ketua RT A. Rahman menolak. Lalu h. Salim datang."
    assert [body[s:e] for s, e in sentence_spans(body, 0, len(body))] == [
        "Kartu itu disebut kartu - e.", "Namun Ketua RT A. Rahman menolak.", "Lalu h. Salim datang."
    ]  # fmt: skip
    body = "Siswa itu, Moch. Rafif, dan Muh. Arif hadir."  # Muhammad written short ends no sentence
    assert len(sentence_spans(body, 0, len(body))) == 1


def test_an_adverb_of_frequency_is_not_part_of_the_speaker(lex):
    body = "Pemerintah Jepang beberapa kali menuduh China mengganggu kapal nelayan."
    assert names_of(body, lex, "China mengganggu") == {"Pemerintah Jepang"}


def test_time_adverbs_and_an_opening_clause_before_the_speaker(lex):
    body = "Kepala Dinas Budi Santoso hadir.\n\nKedepan dia memastikan hal serupa tidak akan terjadi lagi."
    assert names_of(body, lex, "hal serupa") == {"Budi Santoso"}
    body = "Dalam suratnya, saat itu Rudi Hartono mengaku tengah ada kegiatan lain di daerah."
    assert names_of(body, lex, "kegiatan lain") == {"Rudi Hartono"}
    body = "Menjawab harapan tersebut, Harya Wibowo mengungkapkan bahan bakar akan disalurkan langsung."
    assert names_of(body, lex, "bahan bakar") == {"Harya Wibowo"}
    body = "Presiden Rusia Vladimir Putin memberi hadiah, Jumat, sembari berharap hubungan kedua negara membaik."
    assert names_of(body, lex, "hubungan kedua negara") == {"Vladimir Putin"}


def test_a_person_after_dari_is_not_a_place_before_the_subject(lex):
    body = (
        "Ketua partai Agus Salim hadir di acara itu.\n\n"
        "Namun, saat ditanya apakah tawaran itu datang dari Agus Salim, "
        "Joko Susilo meminta wartawan bertanya ke partai."
    )
    assert names_of(body, lex, "wartawan bertanya") == {"Joko Susilo"}


def test_a_place_word_in_an_earlier_sentence_does_not_make_a_name_a_place(lex):
    body = (
        "Pulau itu terletak di utara.\n\n"
        "Kepala Dinas Kelautan Kabupaten Sumbawa, Rahmat Hidayat, menegaskan bahwa pulau itu kawasan konservasi."
    )
    assert names_of(body, lex, "kawasan konservasi") == {"Rahmat Hidayat"}


def test_a_person_noun_with_a_demonstrative_points_back(lex):
    body = "Aktor Budi Santoso bermain dalam film itu.\n\nUntuk itu, pria berusia 48 tahun itu mengaku sering berlatih."
    assert names_of(body, lex, "sering berlatih") == {"Budi Santoso"}
    body = "Perempuan bernama Sari Dewi ini mengatakan insiden itu terjadi tahun lalu."
    assert names_of(body, lex, "insiden itu") == {"Sari Dewi"}  # a name given: no pointing back


def test_a_pronoun_after_a_fronted_phrase_is_the_subject(lex):
    body = "Camat Budi Santoso meninjau danau itu.\n\nKepada pemerintah setempat ia meminta agar danau itu dikelola."
    assert names_of(body, lex, "danau itu dikelola") == {"Budi Santoso"}


def test_an_office_joined_by_dan_stays_one_role(lex):
    body = (
        "Rektor Universitas Nusa Prof. Dr. Budi Santoso M.Hum. membuka seminar itu.\n\n"
        '"Perbedaan itu tidak perlu dirisaukan," kata Guru Besar Fakultas Bahasa dan Seni Universitas Nusa itu.'
    )
    assert names_of(body, lex, "tidak perlu dirisaukan") == {"Budi Santoso"}
    body = '"Kami akan memeriksa lokasi itu," kata Direktur Jenderal Mineral dan Batu Bara, Senin.'
    assert "Batu Bara" not in names_of(body, lex, "memeriksa lokasi")


def test_an_age_after_a_name_is_not_part_of_it(lex):
    body = "Ribuan orang datang.\n\nSalah satu pencari kerja asal Solo, Salma (22), mengatakan ingin bekerja."
    assert names_of(body, lex, "ingin bekerja") == {"Salma"}


def test_a_quote_cue_inside_a_clause_without_commas(lex):
    body = (
        "Gubernur Rohidin Mersyah hadir di acara itu.\n\n"
        "Bengkulu lanjut dia perlu mengeksplorasi peluang wisata baru.\n\n"
        "Pihak perusahaan kata Rohidin telah menyetujui rencana itu."
    )
    assert names_of(body, lex, "peluang wisata") == {"Rohidin Mersyah"}
    assert names_of(body, lex, "menyetujui rencana") == {"Rohidin Mersyah"}
    body = "Kapolres Budi Santoso menggelar jumpa pers.\n\nBerita bohong lanjutnya justru dapat menimbulkan konflik."
    assert names_of(body, lex, "menimbulkan konflik") == {"Budi Santoso"}
    body = "Gubernur Rohidin Mersyah hadir.\n\nLebih lanjut Rohidin menegaskan bahwa jalan itu segera dibangun."
    assert {r for _, t, _, r in speakers(body, lex) if "jalan itu" in t} == {"indirect_verb"}  # "lebih lanjut"


def test_a_one_word_name_after_an_office_the_tagger_ran_together(lex):
    body = "Menteri Luar Negeri Sugiono mengapresiasi langkah Jepang.\n\nSugiono mengatakan Indonesia siap membantu."
    doc = Document(body, lex)
    assert [body[m.start : m.end] for m in doc.mentions if m.type == "person"][:1] == ["Sugiono"]
    assert "Luar Negeri Sugiono" not in {body[m.start : m.end] for m in doc.mentions}


def test_an_organisation_named_by_its_management_or_committee_speaks(lex):
    body = "Insiden itu terjadi.\n\nDalam pernyataannya, manajemen stadion menyampaikan komitmen untuk berbenah."
    assert names_of(body, lex, "komitmen untuk berbenah") == {"manajemen stadion"}


def test_what_a_source_said_is_not_the_source(lex):
    body = "Menurut laporan Organisasi Kesehatan Dunia (WHO), kasus demam berdarah naik tajam tahun ini."
    assert names_of(body, lex, "demam berdarah") == {"Organisasi Kesehatan Dunia (WHO)"}
    body = "Sebelumnya, dakwaan jaksa penuntut umum menyebutkan bahwa korban meninggal pukul 22.30."
    assert names_of(body, lex, "korban meninggal") == {"jaksa penuntut umum"}


def test_reflexive_and_glued_pronouns_point_back(lex):
    body = (
        "Kapolres Budi Santoso menggelar jumpa pers.\n\n"
        "Oleh karena itu, dirinya mengimbau warga tetap tenang.\n\n"
        "Iapun menegaskan bahwa pelaku segera ditangkap."
    )
    assert names_of(body, lex, "warga tetap tenang") == {"Budi Santoso"}
    assert names_of(body, lex, "pelaku segera ditangkap") == {"Budi Santoso"}


def test_a_leading_time_phrase_or_occasion_is_not_the_speaker_or_the_content(lex):
    body = "Namun setahun kemudian Kedutaan Besar AS mengumumkan bahwa perundingan itu ditunda."
    assert names_of(body, lex, "perundingan itu ditunda") == {"Kedutaan Besar AS"}
    body = "Dalam kesempatan yang sama, Menteri Pertahanan Sjafrie Sjamsoeddin menyebut, Kemenhan ikut membantu petani."
    found = [(t, n) for _, t, n, _ in speakers(body, lex)]
    assert ("Kemenhan ikut membantu petani", "Sjafrie Sjamsoeddin") in found
    assert not any(t.startswith("Dalam kesempatan") for t, _ in found)


def test_home_institutions_named_by_their_own_word_are_organisations(lex):
    body = (
        "Pemkot Banjarbaru menggelar rapat. Sementara itu Polri dan Kemenhub menyiapkan jalur mudik.\n\n"
        "Polres Hulu Sungai Tengah menangkap dua orang. Kepala Biro Kemendikbud Rani Wulandari hadir.\n\n"
        "Di sisi lain Pemprov Jabar menolak usulan itu."
    )
    names = _orgs(body, lex)
    assert {"Pemkot Banjarbaru", "Polri", "Kemenhub", "Polres Hulu Sungai Tengah", "Pemprov Jabar"} <= names
    assert not any("Rani" in n for n in names)  # a person after the institution is no place it serves
    assert "Jabar" not in names  # the region an institution serves is no acronym of an organisation


def test_a_state_right_after_an_institution_word_is_part_of_its_name(lex):
    doc = Document("Bank Indonesia menahan suku bunga. Menteri itu bertemu Presiden Korea Selatan.", lex)
    kinds = {doc.body[m.start : m.end]: m.type for m in doc.mentions}
    assert kinds.get("Bank Indonesia") == "organization" and "Indonesia" not in kinds
    assert kinds.get("Korea Selatan") == "state"


def test_a_regnal_number_closes_a_monarchs_name_not_a_units(lex):
    doc = Document("Paus Leo XIV mengecam perang itu. Raja Charles III hadir di London.", lex)
    assert {p.name for p in doc.people} >= {"Leo XIV", "Charles III"}
    body = '"Kapal miring," ujar Komandan Gugus Tempur Laut Koarmada II, Laksma TNI Endra Hartono, Jumat.'
    assert "Koarmada II" not in {p.name for p in Document(body, lex).people}


def test_a_short_name_given_in_brackets_is_that_persons(lex):
    body = (
        "Presiden Ke-7 RI, Joko Widodo (Jokowi) hadir di Solo. Ia disambut Jokowi Santoso, tetangganya.\n\n"
        "Jokowi mengatakan tarif itu terendah di ASEAN."
    )
    assert names_of(body, lex, "tarif itu") == {"Joko Widodo"}


def test_words_of_a_ministrys_name_leave_the_person_and_are_nobody_alone(lex):
    body = (
        "Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait mengatakan rumah subsidi ditambah.\n\n"
        '"Truknya sudah kami amankan," kata AKP Muaz Kasat Lantas Polres Gowa yang dihubungi wartawan.'
    )
    assert names_of(body, lex, "rumah subsidi") == {"Maruarar Sirait"}
    assert names_of(body, lex, "Truknya") == {"Muaz"}  # a name between a rank and an office
    doc = Document("Kepala Bidang Pengendalian Pencemaran mengatakan udara membaik.", lex)
    assert not any(p.name in ("Pencemaran", "Pengendalian Pencemaran") for p in doc.people)


def test_a_home_institution_word_the_tagger_calls_a_person_is_the_institution(lex):
    doc = Document("Sementara itu, Pemprov Jabar menilai kebijakan itu tepat.", lex)
    assert "Pemprov" not in {p.name for p in doc.people}
    assert "Pemprov Jabar" in {doc.body[m.start : m.end] for m in doc.mentions if m.type == "organization"}


def test_a_word_capitalised_by_its_position_is_not_part_of_the_name(lex):
    body = (
        "Gubernur Jawa Timur Budi Santoso meresmikan jembatan itu.\n\n"
        "Kehadiran Budi Santoso disambut warga. Kelley menambahkan warga senang.\n\n"
        "Amelia Kelley, peneliti, mengatakan jembatan itu kokoh."
    )
    people = {p.name for p in Document(body, lex).people}
    assert "Kehadiran Budi Santoso" not in people and "Amelia Kelley" in people  # a given name stays


def test_a_profession_before_a_name_is_not_part_of_it(lex):
    body = '"Aku senang sekali," kata Artis Sarwendah Tan di Jakarta.\n\nMusisi Ahmad Dhani mengatakan lagunya selesai.'
    assert names_of(body, lex, "senang") == {"Sarwendah Tan"}
    assert names_of(body, lex, "lagunya") == {"Ahmad Dhani"}
    body = "Rider Marco Belli mengatakan ban belakangnya habis.\n\nKomika Rano Sudarso mengatakan acaranya lancar."
    assert names_of(body, lex, "ban") == {"Marco Belli"}
    assert names_of(body, lex, "acaranya") == {"Rano Sudarso"}


def test_a_capitalised_common_word_before_a_verb_is_no_speaker(lex):
    body = "Pertemuan itu berjalan lancar.\n\nKetajaman mengatakan sesuatu yang penting bagi warga."
    assert not any(n == "Ketajaman" for n in names_of(body, lex, "sesuatu"))


def test_an_office_set_off_before_a_rank_and_name_is_that_persons(lex):
    body = (
        "Kapolres Karimun, AKBP Robby Santoso, menjelaskan pelaku sudah ditangkap.\n\n"
        '"Motifnya cemburu," jelas Kapolres.'
    )
    assert names_of(body, lex, "Motifnya") == {"Robby Santoso"}
    assert "Karimun" not in {p.name for p in Document(body, lex).people}


def test_a_former_holders_role_set_off_before_a_name(lex):
    doc = Document("Mantan kapten timnas Brasil, Rodrigo, memuji pelatih itu.", lex)
    assert [(p.name, p.role) for p in doc.people] == [("Rodrigo", "kapten timnas Brasil")]
    doc = Document("Eks kiper Persib, Rodrigo, hadir di sana.", lex)
    assert [(p.name, p.role) for p in doc.people] == [("Rodrigo", "kiper Persib")]


def test_a_name_right_after_a_kind_of_organisation_is_the_organisations(lex):
    def typed(body):
        doc = Document(body, lex)
        return {(body[m.start : m.end], m.type) for m in doc.mentions}

    body = "Menurut firma analitik Lumen Karta, nilai kartu itu naik. Lumen Karta mencatat lonjakan."
    assert typed(body) == {("Lumen Karta", "organization")}
    assert ("Lumen Karta", "organization") in typed("Perusahaan perangkat lunak Lumen Karta mengatakan harga naik.")
    # whose the organisation is: the name after "milik" is a person's
    assert ("Budi Santoso", "person") in typed("Perusahaan milik Budi Santoso itu mengatakan harga naik.")


def test_a_name_set_off_after_a_kind_of_organisation_and_its_state_is_the_organisations(lex):
    body = (
        "Regulator energi Inggris, Ofwatt, mengumumkan delapan pemasok listrik melanggar aturan pemasangan "
        "meteran, kata Ofwatt.\n\n"
        "Ofwatt menyampaikan, pelanggan tidak perlu mengambil tindakan apa pun.\n\n"
        '"Prioritas kami adalah memperbaiki keadaan," kata Direktur Jenderal Pasar Energi Ofwatt Martin Clarke.'
    )
    # the body wherever it is written, also opening what the tagger took for its officer's name
    assert {(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)} == {
        ("Ofwatt", "organization"),
        ("Martin Clarke", "person"),
    }
    # a title before the noun makes a post ("Sekretaris Perusahaan X, | NAME": the person holding it); a place
    # that is no state before the comma describes no body
    for body in (
        "Direktur perusahaan energi asal Inggris, Wulan Kartikasari, mengatakan layanan sudah normal.",
        "Perusahaan energi Sukamaju, Wulan Kartikasari, mengatakan layanan sudah normal.",
        "Menurut rekan perusahaan asal Inggris, Wulan Kartikasari, layanan sudah normal.",
    ):
        typed = {(body[m.start : m.end], m.type) for m in Document(body, lex).mentions}
        assert ("Wulan Kartikasari", "person") in typed
    # a day set off there is no body's name, here or anywhere else in the article
    body = "Perusahaan energi asal Inggris, Senin, mengumumkan kenaikan tarif. Pada Senin itu, harga naik."
    assert not any(m.type == "organization" for m in Document(body, lex).mentions)


def test_a_role_read_back_from_a_name_never_opens_inside_a_word(lex):
    body = (
        "Ada satu cara mendeteksi skoliosis, menurut spesialis bedah ortopedi dan konsultan tulang belakang "
        "dari Rumah Sakit Harapan Jaya, dr Budi Santoso, Sp. OT."
    )
    (person,) = Document(body, lex).people
    first = person.role.split()[0]
    assert f" {first} " in f" {body} "  # a whole word of the text, not the end of "spesialis"


def test_an_english_bureau_or_department_closes_a_bodys_name(lex):
    body = "Budi Santoso ditangkap oleh Corrupt Practices Investigation Bureau di Singapura pada Januari."
    typed = {(body[m.start : m.end], m.type) for m in Document(body, lex).mentions}
    assert ("Corrupt Practices Investigation Bureau", "organization") in typed


def test_a_state_organ_opening_a_sentence_leaves_the_state(lex):
    body = "Otoritas Singapura menangkap buronan itu pada Januari lalu."
    doc = Document(body, lex)
    assert [(body[m.start : m.end], m.type, m.code) for m in doc.mentions] == [("Singapura", "state", "SGP")]


def test_an_institution_with_its_acronym_in_brackets_and_the_place_it_serves(lex):
    def mentions(body):
        doc = Document(body, lex)
        return [(body[m.start : m.end], m.type) for m in doc.mentions]

    assert mentions("Pemerintah Kota (Pemkot) Surabaya mendukung program itu.") == [
        ("Pemerintah Kota (Pemkot) Surabaya", "organization")
    ]
    # no office before the long name: what follows the bracket is the place, never a person
    assert ("Metro Jaya", "person") not in mentions("Kepolisian Daerah (Polda) Metro Jaya menangkap dua tersangka.")
    # after an office, the name that follows the bracket is the office holder's, not the institution's
    assert mentions("Kepala Badan Pusat Statistik (BPS) Amalia Wulandari hadir.")[0] == (
        "Badan Pusat Statistik (BPS)",
        "organization",
    )


def test_a_degree_set_off_after_a_name_takes_no_role(lex):
    doc = Document("Ahli Gizi Rina Mulyani, S.Gz mengatakan bahwa probiotik membantu pencernaan.", lex)
    assert all(p.name != "S.Gz" or p.role is None for p in doc.people)


def test_a_numbered_unit_after_a_title_is_nobodys_name(lex):
    # "Daop 4" (a railway operations area), "Galaxy Lipat 7": a number after the words names a unit or a
    # product; the person is the name set off after it
    body = (
        "Semarang (ANTARA) - Pelanggan diminta tertib.\n\n"
        "“Kami mengajak seluruh pelanggan untuk lebih bijak,” ujar Manajer Humas Daop 4 Semarang, Rina Wulandari "
        "Putri.\n\nPonsel Kirana Galaxy Lipat 7 dijual bulan depan, kata Rina."
    )
    assert names_of(body, lex, "lebih bijak") == {"Rina Wulandari Putri"}
    doc = Document(body, lex)
    assert not any(body[m.start : m.end] == "Daop" and m.type == "person" for m in doc.mentions)


def test_a_goal_minute_after_a_name_keeps_the_person(lex):
    from tasks.extract import ner

    words = [t.text for t in ner.tokenize("Gol dicetak oleh Rudi Hartono 22' dan Daop 6 Yogyakarta menang.")]
    found = {" ".join(words[a:b]): k for a, b, k in ner.entities(words, lex)}
    assert found.get("Rudi Hartono") == "PER"


def test_a_short_title_given_in_brackets_stands_for_the_person_named_after_it(lex):
    body = (
        "JAKARTA, KOMPAS.com - Menteri Pertanian (Mentan) Rahmat Hidayat Siregar berkunjung ke Singapura.\n\n"
        "“Kami ingin memperluas pasar ekspor,” kata Mentan.\n\n"
        "Menteri Koordinator Bidang Kemaritiman (Menko Maritim) Sutarjo mengatakan pelabuhan siap."
    )
    assert names_of(body, lex, "pasar ekspor") == {"Rahmat Hidayat Siregar"}
    assert names_of(body, lex, "pelabuhan siap") == {"Sutarjo"}  # the short title is no part of the name


def test_a_court_title_opens_a_name_and_the_court_office_set_off_after_it_is_a_role(lex):
    body = (
        "Yogyakarta (ANTARA) - Keraton menyiapkan upacara.\n\n"
        "KRT Wiroprojo, Penghageng II Kawedanan Hageng Punakawan Keraton Yogyakarta, mengatakan pihaknya "
        "menunggu perintah Sultan.\n\n“Kami masih menunggu perintah,” ujarnya."
    )
    assert names_of(body, lex, "menunggu perintah Sultan") == {"Wiroprojo"}
    assert names_of(body, lex, "masih menunggu") == {"Wiroprojo"}


def test_a_name_set_off_after_a_lower_case_role_before_lewat(lex):
    body = (
        "Satgas itu dibentuk bulan lalu.\n\n“Kami sudah berpengalaman menangani kasus korupsi,” ujar anggota "
        "Satgassus Pencegahan Korupsi Negara, Yudha Pranata Harahap lewat keterangan tertulisnya, Senin."
    )
    assert names_of(body, lex, "berpengalaman") == {"Yudha Pranata Harahap"}


def test_a_name_in_a_heading_ends_where_the_article_ends_it_elsewhere(lex):
    body = (
        "JAKARTA, KOMPAS.com - Artis Sandra Wulandari menggugat pengusaha Reza Gladys senilai Rp 2 miliar.\n\n"
        "1. Sandra Wulandari Absen\n\nSandra mengatakan dirinya sedang sakit."
    )
    assert names_of(body, lex, "sedang sakit") == {"Sandra Wulandari"}
    doc = Document(body, lex)
    assert "Sandra Wulandari Absen" not in {body[m.start : m.end] for m in doc.mentions}
    # a one-word name given elsewhere ends the heading's name too
    body = (
        "Rombongan pendaki tersesat.\n\nPihak Dirgantoro mengatakan semua selamat.\n\n"
        "Dirgantoro Minta Maaf\n\nPengurus Dirgantoro menambahkan pendakian ditunda."
    )
    mentions = [body[m.start : m.end] for m in Document(body, lex).mentions]
    assert mentions == ["Dirgantoro"] * 3


def test_a_post_the_lexicons_do_not_know_set_off_after_a_name_is_not_the_speaker(lex):
    body = (
        "Ujian digelar pekan ini.\n\n"
        "Suharjono, Wakil Kurikulum SMAN 2 Sukamaju, menyatakan bahwa seluruh siswa kelas XII mengikuti ujian."
    )
    assert names_of(body, lex, "mengikuti ujian") == {"Suharjono"}


def test_a_short_name_with_a_title_is_the_person_with_that_title(lex):
    # "Prabowo" ends one name and opens another: the title it is written with decides
    body = (
        "Presiden Prabowo Subianto membuka acara itu.\n\nKapolri Jenderal Listyo Sigit Prabowo hadir.\n\n"
        "Presiden Prabowo mengatakan program itu berjalan baik."
    )
    assert names_of(body, lex, "berjalan baik") == {"Prabowo Subianto"}


def test_a_person_goes_by_the_name_after_a_given_name_opener(lex):
    body = (
        "Kepala Polri Jenderal Muhammad Tito Santosa meninjau lokasi.\n\n"
        "Pengusaha Reza Sakti Wibowo juga hadir.\n\n"
        "Tito mengatakan situasi aman.\n\nSakti mengatakan usahanya berjalan."
    )
    assert names_of(body, lex, "situasi aman") == {"Muhammad Tito Santosa"}
    # "Reza" opens no name by convention, but the article writes it nowhere else: a middle name the
    # person goes by (measured on the corpus: right for most such names, "Dasco" of "Sufmi Dasco Ahmad")
    assert names_of(body, lex, "usahanya berjalan") == {"Reza Sakti Wibowo"}
    # the given name written alone too, as the same person's name: both go by the full name
    body = (
        '"Korban meninggal dunia karena dimangsa buaya," kata Kepala Polsek Waesama Ipda Novi Abraham Waelauruw '
        "kepada wartawan, Minggu.\n\nAbraham mengatakan, korban ditemukan warga di muara sungai.\n\n"
        '"Jenazah sudah dibawa ke rumah duka," ujar Novi.'
    )
    assert {name for _, _, name, _ in speakers(body, lex)} == {"Novi Abraham Waelauruw"}
    # not a short form the article gives in brackets, which the tagger glued to the name after it
    body = (
        "Sebanyak 13 titik di Tol Bakauheni-Terbanggi Besar (Bakter) di Lampung mulai diperbaiki.\n\n"
        "Project Manager Tol Bakter Riadiano Muhammad mengatakan pekerjaan meliputi perbaikan beton.\n\n"
        '"Target penyelesaian di minggu kedua Desember," kata Riadiano di Bandar Lampung.'
    )
    assert "Bakter Riadiano Muhammad" not in names_of(body, lex, "Target penyelesaian")


def test_a_name_in_a_works_title_is_nobodys_name(lex):
    body = (
        "Hubungan CEO SpaceX, Elon Musk, dengan Presiden AS Donald Trump memburuk.\n\n"
        'Kronologinya dapat dilihat pada artikel "Kronologi Konflik Elon Musk dan Trump Menit ke Menit".\n\n'
        "Musk mengatakan dirinya tidak menyesal."
    )
    assert names_of(body, lex, "tidak menyesal") == {"Elon Musk"}
    doc = Document(body, lex)
    assert not any("Kronologi" in body[m.start : m.end] for m in doc.mentions)


def test_a_company_named_with_its_legal_form_is_one_organisation(lex):
    body = "Pupuk Sentosa menandatangani nota kesepahaman dengan Tanjung Barat II Ltd untuk pasokan gas."
    doc = Document(body, lex)
    orgs = {body[m.start : m.end] for m in doc.mentions if m.type == "organization"}
    assert "Tanjung Barat II Ltd" in orgs
    assert not any(m.type == "person" and "Barat" in body[m.start : m.end] for m in doc.mentions)


def test_a_role_set_off_around_a_name_is_nobodys_name(lex):
    # an English job title and the company after it, set off after a name or before one, name nobody
    body = (
        "Lembaga keuangan mencoba AI.\n\n"
        '"Banyak yang sudah mencoba AI," ujar Robert Kayatoe, Country Manager Indonesia Nutanix, kepada pers.\n\n'
        '"Tidak semua berhasil," ujar General Manager Perwira Steel, Jessica Teo, dalam siaran pers.\n\n'
        '"Korban diarahkan untuk otopsi," ujar Kasi Humas Polres Kuansing, Iptu Razak.\n\n'
        '"Kepuasan konsumen utama," ujar Division Head of Sales PT Wahana Jaya, Olivia Widyasari, dalam keterangan.'
    )
    assert names_of(body, lex, "Kepuasan konsumen") == {"Olivia Widyasari"}
    assert names_of(body, lex, "sudah mencoba") == {"Robert Kayatoe"}
    assert names_of(body, lex, "semua berhasil") == {"Jessica Teo"}
    assert names_of(body, lex, "untuk otopsi") == {"Razak"}  # a rank still opens a name


def test_a_nominalised_word_of_an_offices_name_is_nobodys_name(lex):
    body = (
        "Asosiasi itu berkoordinasi dengan Dirjen Penyelenggaraan Haji dan Umrah Kementerian Agama.\n\n"
        "Koalisi Masyarakat Sipil Melawan Impunitas menuntut pencopotan menteri itu."
    )
    doc = Document(body, lex)
    persons = {body[m.start : m.end] for m in doc.mentions if m.type == "person"}
    assert not any("Penyelenggaraan" in p or "Impunitas" in p for p in persons)


def test_a_given_name_shaped_like_a_passive_verb_stays_a_name(lex):
    body = "Duta Besar RI di Quito, Diennaryati Tjokrosuprihatono, mengatakan acara itu sukses."
    assert names_of(body, lex, "acara itu") == {"Diennaryati Tjokrosuprihatono"}


def test_a_heading_word_before_a_short_name_is_no_part_of_it(lex):
    body = (
        "JAKARTA, KOMPAS.com - Penyanyi Lisa Mariani melaporkan mantan kekasihnya ke polisi.\n\n"
        "Awal Mulai Perseteruan Lisa\n\nLisa mengatakan laporan itu dibuat pekan lalu."
    )
    assert names_of(body, lex, "dibuat pekan lalu") == {"Lisa Mariani"}
    assert "Awal Mulai Perseteruan Lisa" not in {p.name for p in Document(body, lex).people}


def test_a_short_office_title_alone_stands_for_the_holder_named_with_it(lex):
    body = (
        "Prabowo akan ke Rusia.\n\n"
        "Sekretaris Kabinet (Seskab) Teddy Indra Wijaya mengatakan, Prabowo akan menerima sambutan kenegaraan.\n\n"
        '"Presiden akan diterima secara resmi," kata Seskab dikutip dari akun Instagram, Senin.'
    )
    assert names_of(body, lex, "diterima secara resmi") == {"Teddy Indra Wijaya"}


def test_the_words_of_a_ministrys_name_are_nobodys_name(lex):
    body = "Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Abdul Mu'ti mengimbau orangtua hadir."
    assert names_of(body, lex, "orangtua hadir") == {"Abdul Mu'ti"}


def test_an_organisation_named_with_its_short_name_takes_in_no_person_after_it(lex):
    body = (
        "Hal itu disampaikan Direktur Humas Direktorat Jenderal Pelayaran (DJPL) Sutarmi.\n\n"
        "Direktorat Jenderal Pelayaran (DJPL) mengumumkan, tarif sandar naik bulan depan."
    )
    assert names_of(body, lex, "tarif sandar") == {"Direktorat Jenderal Pelayaran (DJPL)"}


def test_a_name_starts_after_a_closing_bracket_it_does_not_open(lex):
    body = "Persaingan di Good Corporate Governance) GCG, kata Budi Santoso."
    assert _orgs(body, lex) == {"GCG"}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Menteri Pertanian", "Mentan"),
        ("Menteri Dalam Negeri", "Mendagri"),
        ("Sekretaris Kabinet", "Seskab"),
        ("Kepala Staf Angkatan Darat (KSAD) Jenderal TNI", "KSAD"),
        ("Wakil Menteri Agama", "Wamenag"),
    ],
)
def test_a_short_office_title_alone_is_the_holder_named_with_the_full_title(lex, full, short):
    body = (
        f"{full} Darmaji Wirasena meninjau gudang beras di Karawang.\n\n"
        f"{short} menjelaskan bahwa stok beras cukup sampai akhir tahun."
    )
    assert names_of(body, lex, "stok beras cukup") == {"Darmaji Wirasena"}


@pytest.mark.parametrize("name", ["Sarwini LP Sudarsono", "Endang HS Prasetyo"])
def test_a_given_name_and_initials_before_a_surname_are_part_of_the_name(lex, name):
    body = (
        f"Menteri Luar Negeri {name} hadir dalam rapat kerja.\n\n"
        f"Menlu {name.split()[0]} mengatakan, pemerintah terus memantau situasi."
    )
    assert names_of(body, lex, "terus memantau") == {name}


def test_letters_after_a_thing_s_name_are_no_initials(lex):
    body = "Grup G Liga Champions Asia berakhir, kata Hendro Saputra.\n\nHendro mengatakan, timnya siap."
    assert names_of(body, lex, "timnya siap") == {"Hendro Saputra"}


def test_an_office_named_with_dan_is_one_role(lex):
    body = 'Menteri Pemuda dan Olahraga Sutarjo Wibisono meninjau stadion.\n\n"Stadion ini siap dipakai," kata Menpora.'
    assert names_of(body, lex, "Stadion ini siap") == {"Sutarjo Wibisono"}


def test_dan_before_a_second_title_ends_the_role(lex):
    doc = Document("Presiden Sukirman Hadi dan Menteri Luar Negeri Darmaji Wirasena tiba di Jakarta.", lex)
    assert {p.role for p in doc.people if p.name == "Darmaji Wirasena"} == {"Menteri Luar Negeri"}


def test_an_english_deputy_title_after_a_name_is_a_role(lex):
    body = (
        "Kenji Watanabe, Managing Director, Deputy Head of Corporate Banking untuk Bank Sentosa mengatakan, "
        "permintaan kredit naik."
    )
    assert names_of(body, lex, "permintaan kredit") == {"Kenji Watanabe"}


def test_a_name_with_an_age_in_brackets_is_a_person(lex):
    body = (
        "Warga mengeluhkan banjir yang tak kunjung surut.\n\n"
        "Sukarmin (43), warga Kecamatan Sidomulyo menyampaikan hal yang sama."
    )
    assert names_of(body, lex, "hal yang sama") == {"Sukarmin"}


def test_a_number_in_brackets_after_a_part_of_a_law_is_no_age(lex):
    doc = Document("Ayat (2) pasal itu mengatur sanksi, kata Sukarmin Wibowo.", lex)
    assert "Ayat" not in {p.name for p in doc.people}


def test_a_holiday_is_nobody_a_pronoun_points_to(lex):
    body = (
        '"Kami merayakannya setiap tahun," kata Sukarmin Wibowo, warga desa.\n\n'
        "Tradisi itu digelar pada Idul Adha, Idul Fitri, dan lebaran ketupat.\n\n"
        "Ia menceritakan, tradisi ini sudah berlangsung puluhan tahun."
    )
    assert names_of(body, lex, "tradisi ini sudah") == {"Sukarmin Wibowo"}


def test_a_nya_form_opening_a_sentence_is_no_part_of_the_name_after_it(lex):
    body = (
        "Sedianya Maria Lestari masuk rombongan pertama, namun jadwalnya diundur.\n\n"
        "Kembalinya Rudi Hartawan ke tim disambut pelatih.\n\n"
        "Sonya Wibowo mengatakan jadwal itu sudah final."
    )
    doc = Document(body, lex)
    people = {body[m.start : m.end] for m in doc.mentions if m.type == "person"}
    assert {"Maria Lestari", "Rudi Hartawan", "Sonya Wibowo"} <= people
    assert not any(p.startswith(("Sedianya", "Kembalinya")) for p in people)


@pytest.mark.parametrize(
    ("sentence", "person", "firm"),
    [
        (
            "Analis Sentosa Sekuritas Rangga Wiratama mengatakan, indeks melemah.",
            "Rangga Wiratama",
            "Sentosa Sekuritas",
        ),
        ("CEO Nusantara Air Group Vania Hartono mengatakan, rute baru dibuka.", "Vania Hartono", "Nusantara Air Group"),
        # an English-named institution before the one speaking for it
        (
            "Direktur Eksekutif Cakrawala Policy Center Arif Santoso menilai, subsidi perlu ditata.",
            "Arif Santoso",
            "Cakrawala Policy Center",
        ),
        ("Peneliti Lentera Data Lab Maya Kusuma mengatakan, data itu lengkap.", "Maya Kusuma", "Lentera Data Lab"),
        # an English-named charity, council or league, which the tagger reads as a person's name
        (
            "Presiden Harmony Relief Initiative Dani Prasetya mengatakan, bantuan dikirim besok.",
            "Dani Prasetya",
            "Harmony Relief Initiative",
        ),
        # the firm's closing word opening the tagger's run, the firm's name right before it
        (
            "Direktur Operasional Nusa Hotels & Resorts Rangga Wiratama mengungkapkan okupansi naik.",
            "Rangga Wiratama",
            "Nusa Hotels & Resorts",
        ),
    ],
)
def test_a_firms_name_run_into_its_analysts_is_split(lex, sentence, person, firm):
    doc = Document(sentence, lex)
    people = {sentence[m.start : m.end] for m in doc.mentions if m.type == "person"}
    assert person in people and not any(firm.split()[-1] in p for p in people)


@pytest.mark.parametrize(
    "body",
    [
        "Kolaborasi ini mendukung operasional inti Baruna Steel Group tahun depan.",
        "Laporan itu juga dikutip Harian Pagi News pekan lalu.",
        "Menurut Samudra Research Institute, harga minyak akan turun.",
        "Menurut Pacific Rescue Committee, kamp pengungsi itu sudah penuh.",
        # a firm's word opening a name after a preposition is no firm's end ("United" of a club's name)
        "Bantuan itu didukung oleh United Nations Office on Drugs and Crime (UNODC) tersebut.",
    ],
)
def test_a_person_shaped_run_ending_with_a_firms_word_is_the_firm(lex, body):
    doc = Document(body, lex)
    assert not [m for m in doc.mentions if m.type == "person"]


def test_a_word_spelled_like_a_title_between_two_parts_of_a_name_after_a_role_is_the_names(lex):
    body = "Menteri Agama Rusdi Hakim Syarifuddin menyebut kepatuhan jamaah sebagai faktor pendukung."
    assert names_of(body, lex, "kepatuhan") == {"Rusdi Hakim Syarifuddin"}
    body = "Kata Jokowi Presiden Xi hadir di sana, dan Presiden Xi mengatakan kerja sama terus berjalan."
    assert names_of(body, lex, "kerja sama") == {"Xi"}


def test_a_regions_name_holding_a_title_word_is_no_person(lex):
    body = "Pemerintah Kabupaten Raja Ampat mengatakan bahwa izin tambang itu dicabut."
    doc = Document(body, lex)
    assert not [m for m in doc.mentions if m.type == "person"]


def test_the_noun_nama_opening_an_article_is_no_part_of_the_name(lex):
    body = (
        "Nama Rudi Hartawan menjadi perhatian usai bermain gemilang.\n\n"
        '"Itu cuma keram, bukan masalah serius," kata Rudi Hartawan.'
    )
    assert names_of(body, lex, "keram") == {"Rudi Hartawan"}


def test_a_list_of_institutions_days_or_places_is_not_one_name(lex):
    body = (
        "Rapat digelar di Kementerian Pangan, Kementerian Sosial, dan Badan Gizi.\n\n"
        "Sidang di Pengadilan Negeri Sleman, Rabu, dan Kamis berjalan lancar.\n\n"
        "Calon itu diusung Partai Maju, PKR dan PSN."
    )
    doc = Document(body, lex)
    names = [body[m.start : m.end] for m in doc.mentions if m.type == "organization"]
    assert not any("," in n for n in names)


def test_a_word_typed_a_place_once_stays_a_name_the_article_gives_in_full_more_often(lex):
    body = (
        "Mantan direktur Harian Timur, Darman Wirasakti, diperiksa polisi.\n\n"
        "Darman Wirasakti membantah tuduhan itu.\n\n"
        "Nanik memiliki saham 45 persen dan Darman 55 persen."
    )
    doc = Document(body, lex)
    assert {p.name for p in doc.people if "Wirasakti" in p.name} == {"Darman Wirasakti"}


def test_the_balinese_i_and_ni_open_a_persons_name(lex):
    body = (
        "Kasat Reskrim Polres Tabanan, AKP I Gusti Ngurah Suarsana, mengatakan kasus itu masih didalami.\n\n"
        "Kepala Dinas Pariwisata Ni Luh Sukmawati menilai kunjungan turis naik."
    )
    people = {p.name: p.role for p in Document(body, lex).people}
    assert people["I Gusti Ngurah Suarsana"] == "Kasat Reskrim Polres Tabanan, AKP"
    assert "Ni Luh Sukmawati" in people


def test_a_person_a_facility_is_named_after_is_part_of_the_facilitys_name(lex):
    body = "Laga final digelar di Stadion Utama Gelora Bung Karno (SUGBK), Jakarta, dan tuan rumah menang."
    doc = Document(body, lex)
    assert not doc.people
    assert any(body[m.start : m.end] == "Stadion Utama Gelora Bung Karno" for m in doc.mentions)


def test_a_name_a_facility_word_opens_is_a_place_not_a_person(lex):
    body = (
        "Pemilik Museum Wiradana, Johan Saputra, menjelaskan koleksi baru. "
        "Jembatan Layang Rawasari dibuka pekan depan. Candi Sewugati dan Klenteng Hok Tiang ramai dikunjungi. "
        "Anggaran untuk Sekolah Unggul Garuda naik. "
        "Upacara digelar di Istana Merdeka, Kompleks Istana Kepresidenan, Jakarta."
    )
    doc = Document(body, lex)
    assert [p.name for p in doc.people] == ["Johan Saputra"]


def test_an_office_set_off_before_a_rank_holds_no_words_of_the_sentence_before_it(lex):
    body = (
        '"Korban sudah dimakamkan," ujar Kasi Humas Polres Dompu, AKP Zuhari Santoso, kepada wartawan.\n\n'
        "Kabar itu disampaikan oleh Kapolsek Kalipuro, AKP Sukirman Hadi, pada Senin."
    )
    roles = {p.name: p.role for p in Document(body, lex).people}
    assert roles["Zuhari Santoso"] == "Kasi Humas Polres Dompu, AKP"
    assert roles["Sukirman Hadi"] == "Kapolsek Kalipuro, AKP"


def test_a_name_after_a_facility_word_names_the_facility_not_a_person(lex):
    for body in (
        "Ribuan orang memadati Gelora Bung Tarno pada Sabtu malam.",
        "Warga Jalan Karya Baru mengeluhkan banjir.",
    ):
        doc = Document(body, lex)
        assert doc.people == [], body
        assert {m.type for m in doc.mentions} == {"place"}, body


@pytest.mark.parametrize("mark", ["“", "”", '"'])
def test_a_common_word_after_an_opening_mark_of_either_glyph_opens_no_name(lex, mark):
    body = (
        "Pengumuman itu dikutip dari situs resmi Starlink.\n\n"
        f"{mark}Layanan Starlink saat ini penuh untuk pelanggan baru di wilayah Anda.{mark}\n\n"
        "Starlink mengatakan bahwa kapasitas layanan di Indonesia sudah penuh."
    )
    assert names_of(body, lex, "kapasitas layanan") == {"Starlink"}


def test_a_place_that_speaks_is_a_person(lex):
    body = (
        "Ketua klub Garuda Muda, Rendra Satya Negara, membuka pertandingan persahabatan itu.\n\n"
        '"Kami ingin pemain muda mendapat menit bermain," kata Rendra Satya Negara.\n\n'
        "Ia berharap laga berjalan tertib."
    )
    assert {p.name for p in Document(body, lex).people} >= {"Rendra Satya Negara"}
    assert names_of(body, lex, "berjalan tertib") == {"Rendra Satya Negara"}
    # an office written after a cue opens no person: "kata Humas PT ..."
    body = (
        "PT Jasa Marga menutup sementara lajur itu.\n\n"
        '"Lajur itu dipakai untuk keadaan darurat," kata Humas PT Jasa Marga cabang Jakarta - Cikampek, Warsono.'
    )
    assert names_of(body, lex, "keadaan darurat") == {"Warsono"}


def test_a_family_name_used_alone_with_its_particle_capitalised_is_the_full_name(lex):
    body = (
        'Asisten pelatih Willem van Molsberg tiba di Jakarta, Senin. "Kami siap bertanding," kata Van Molsberg.'
    )
    assert names_of(body, lex, "Kami siap") == {"Willem van Molsberg"}


def test_a_man_described_in_a_relative_clause_closed_by_a_demonstrative_is_who_spoke_before(lex):
    body = (
        "Pelatih tim tamu, Johan Sibarani, mengatakan timnya siap bermain di kandang lawan. "
        '"Kami sudah berlatih keras," ujar pria yang kini berusia 52 tahun tersebut.'
    )
    assert names_of(body, lex, "berlatih keras") == {"Johan Sibarani"}


def test_a_profession_described_in_a_relative_clause_closed_by_a_demonstrative_is_who_spoke_before(lex):
    body = (
        '"Kuncinya adalah pola makan," kata Wulan Sekarsari di Bandung, Kamis. '
        "Soal gizi, dokter gigi yang sudah berpraktik selama dua puluh tahun itu mengatakan semua tergantung kebiasaan."
    )
    assert names_of(body, lex, "semua tergantung kebiasaan") == {"Wulan Sekarsari"}


def test_a_description_pointing_back_reads_speakers_in_text_order(lex):
    # the reported speech of the assistant comes before the quotation; the coach named inside it is not
    # the one the description points to
    body = (
        "Asisten pelatih Rudi Hartanto mengatakan pelatih kepala Tomas Verhoef absen karena sakit.\n\n"
        '"Suaranya habis, jadi saya yang datang," ujar pria yang juga melatih tim muda itu.'
    )
    assert names_of(body, lex, "Suaranya habis") == {"Rudi Hartanto"}


def test_a_man_called_by_his_name_in_the_relative_clause_keeps_that_name(lex):
    body = (
        'Lurah Siti Wardani mengatakan warga ramai datang. "Kami senang," kata pria yang akrab disapa '
        "Pak Jarwo itu."
    )
    assert names_of(body, lex, "Kami senang") == {"Jarwo"}


def test_an_unplaced_office_beside_the_same_office_of_a_foreign_state_is_the_home_states(lex):
    # a story set abroad: the outlet names the other state's president, not its own
    body = (
        "Presiden Bima Sasongko dan Presiden Peru Alvaro Quispe bertemu di Lima, Peru, Senin. "
        "Bima mengatakan hubungan kedua negara terus membaik."
    )
    speakers = extract_statements(body, lex)
    assert [(s.speaker.name, s.speaker.code) for s in speakers] == [("Bima Sasongko", "IDN")]


def test_two_different_offices_of_one_foreign_state_listed_together_stay_unplaced(lex):
    # "Menteri Keuangan Peru X dan Menteri Pertahanan Y": the second minister is not Indonesian
    body = (
        "Ekuador melarang Menteri Keuangan Peru Alvaro Quispe dan Menteri Pertahanan Julio Mamani masuk. "
        "Mamani mengatakan larangan itu keliru."
    )
    codes = {s.speaker.code for s in extract_statements(body, lex) if s.speaker.name == "Julio Mamani"}
    assert "IDN" not in codes


def test_a_sasak_name_keeps_its_opener_inside_a_sentence_only(lex):
    body = (
        'Anggota DPRD NTB Lalu Wiradana Putra menolak rencana itu. "Kami keberatan," kata Lalu. '
        "Lalu Ahmad Fauzan menjawab bahwa rencana itu sudah final."
    )
    doc = Document(body, lex)
    names = {p.name for p in doc.people}
    assert "Lalu Wiradana Putra" in names
    assert not any(n.startswith("Lalu Bupati") or n == "Lalu Ahmad Fauzan" for n in names)
    assert names_of(body, lex, "Kami keberatan") == {"Lalu Wiradana Putra"}


def test_a_lone_title_with_a_relative_clause_closed_by_a_demonstrative_points_back(lex):
    body = (
        "Rafi Kurniawan menyatakan timnya siap.\n\n"
        "Pemain Persita Raya ini menegaskan bahwa timnya tidak akan meremehkan lawan.\n\n"
        '"Semua pemain ingin menang," lanjut pemain yang tampil apik lawan Laos di Bandung tersebut.'
    )
    assert names_of(body, lex, "ingin menang") == {"Rafi Kurniawan"}


def test_a_description_with_no_speaker_before_it_means_the_subject_that_opens_the_sentence_before(lex):
    body = (
        "Pemain tunggal putri Indonesia, Sekar Ayuningtyas, akan tampil bersama pelatihnya, Doni Wahyudi.\n\n"
        "Atlet berusia 20 tahun itu mengatakan bahwa tampil di kandang sendiri adalah mimpinya sejak kecil."
    )
    assert names_of(body, lex, "kandang sendiri") == {"Sekar Ayuningtyas"}
    # a sentence not opened by a person (nor by a person's role) keeps the last person named
    opened = (
        "Setelah bertemu Budi Hartono, pelatih Andi Susanto menyiapkan tim sejak pagi.\n\n"
        "Atlet berusia 50 tahun itu mengatakan bahwa timnya sudah siap bertanding."
    )
    assert names_of(opened, lex, "sudah siap") == {"Andi Susanto"}


def test_a_city_the_tagger_read_as_a_person_is_a_place(lex):
    body = (
        "Wali Kota New York Dario Mendes mengecam keputusan itu. Warga Cakung, Jakarta Timur, mengeluhkan "
        "banjir. Situasi di Yerusalem memanas sejak Senin. Kepolisian New York menutup jalan."
    )
    doc = Document(body, lex)
    assert {p.name for p in doc.people} == {"Dario Mendes"}
    places = {body[m.start : m.end] for m in doc.mentions if m.type == "place"}
    assert "New York" in places


def test_a_platform_the_tagger_read_as_a_persons_name_is_the_platform(lex):
    body = (
        "Ia menunjukkan dukungannya untuk sang suami lewat unggahan Instagram Story. Kartu perdana Simpati "
        "TikTok dijual di gerai. Ia menulis di YouTube Pandu Wibisono, Senin. Pandu sudah lama membuat video."
    )
    doc = Document(body, lex)
    assert {p.name for p in doc.people} == {"Pandu Wibisono", "Pandu"}
    # words after the platform that the article names nowhere else are no owner: an act's name
    act = "Trump memperpanjang masa berlaku TikTok Enforcement Delay, Kamis."
    assert [p.name for p in Document(act, lex).people] == ["Trump"]  # (the subject of an active verb)
    # the platform speaking is its company
    said = 'Keputusan itu disambut baik. "Kami berterima kasih kepada pengguna," tulis TikTok.'
    assert [(st.speaker.name, st.speaker.type) for st in extract_statements(said, lex)] == [("TikTok", "organization")]


def test_a_name_after_a_title_and_its_short_form_in_brackets_is_a_person(lex):
    body = (
        "Sekretaris Kabinet (Seskab) Rudy Cahya Wirawan bertemu dengan Duta Besar Norwegia, Ingrid Falk di "
        "Jakarta, Sabtu. Rudy menyebut pertemuan itu membahas kerja sama energi."
    )
    assert "Rudy Cahya Wirawan" in {p.name for p in Document(body, lex).people}
    assert names_of(body, lex, "kerja sama energi") == {"Rudy Cahya Wirawan"}
    # an institution's short form in brackets before a word that opens a sentence names nobody
    assert not Document("Direktorat Jenderal Pajak (DJP) Jakarta Selatan buka sampai sore.", lex).people


def test_a_group_title_inside_an_office_name_after_dan_stays_in_the_office(lex):
    # "Sumber" is a group's title (a source), but here a word of the ministry's name
    body = "Menteri Energi dan Sumber Daya Mineral Hendra Kusnadi meninjau tambang itu, Sabtu."
    roles = {p.name: p.role for p in Document(body, lex).people}
    assert roles == {"Hendra Kusnadi": "Menteri Energi dan Sumber Daya Mineral"}
    # a second title after "dan" still starts another person's role
    two = "Presiden Arman Hidayat dan Menteri Keuangan Sinta Maharani hadir."
    assert {p.name: p.role for p in Document(two, lex).people}["Sinta Maharani"] == "Menteri Keuangan"


def test_a_one_word_name_written_in_camel_case_is_a_firm_not_a_person(lex):
    body = 'Harga nikel turun. "Permintaan melemah," kata GeoMetrix. Peneliti dari kampus, PhD, hadir.'
    assert not {p.name for p in Document(body, lex).people} & {"GeoMetrix", "PhD"}
    assert [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)] == [
        ("GeoMetrix", "organization")
    ]
    # a family name that keeps its particle's capital stays a person's
    named = 'Ia datang. "Saya siap," kata Daniel LaRusso.'
    assert names_of(named, lex, "Saya siap") == {"Daniel LaRusso"}


def test_a_noun_of_an_act_opening_a_sentence_leaves_the_actor_after_it(lex):
    # the article writes none of these nouns in lower case, so only the lexicon and the noun's shape
    # tell that "Kebijakan", "Langkah" and "Pernyataan" are no part of a name
    body = (
        "Kebijakan Jepang itu diprotes nelayan.\n\n"
        "Langkah Australia mendapat sambutan hangat.\n\n"
        "Pernyataan Ranto Sitompul disambut para petani."
    )
    doc = Document(body, lex)
    states = {body[m.start : m.end]: m.code for m in doc.mentions if m.type == "state"}
    assert states == {"Jepang": "JPN", "Australia": "AUS"}
    assert [p.name for p in doc.people] == ["Ranto Sitompul"]


def test_a_noun_phrase_of_an_office_stays_nobody(lex):
    body = "Penyelenggaraan Haji Terpadu tahun ini berjalan lancar.\n\nBank Indonesia menahan suku bunga."
    doc = Document(body, lex)
    assert doc.people == []
    assert not [m for m in doc.mentions if m.type == "state"]


def test_a_two_word_name_written_again_is_one_mention(lex):
    body = (
        "Mantan pemimpin Laos, Tep Sen, menolak berkomentar.\n\n"
        "Dalam rekaman yang bocor itu, Lalita terdengar mendesak Tep Sen agar menyelesaikan sengketa secara damai."
    )
    doc = Document(body, lex)
    people = [body[m.start : m.end] for m in doc.mentions if m.type == "person"]
    assert people == ["Tep Sen", "Lalita", "Tep Sen"]


def test_one_could_say_is_nobody_saying(lex):
    body = (
        "Sutrisno Hadi, sopir bus itu, mengatakan terminal baru itu sepi.\n\n"
        "Padahal bisa dikatakan Sutrisno Hadi baru saja membeli bus tahun lalu."
    )
    assert names_of(body, lex, "baru saja membeli") == set()
    said = body.replace("Padahal bisa dikatakan", "Kabar itu diungkapkan")
    assert names_of(said, lex, "baru saja membeli") == {"Sutrisno Hadi"}


def test_an_effort_or_an_ability_before_a_verb_is_no_statement(lex):
    # "berupaya mendorong pertumbuhan": what someone tries to bring about; "mampu mendorong": what one can
    body = (
        "Lewat program itu, Bank Sentosa berupaya mendorong pertumbuhan usaha kecil di desa.\n\n"
        "Rektor Hadi Wiyono dinilai mampu mendorong keterbukaan kampus."
    )
    assert names_of(body, lex, "pertumbuhan usaha kecil") == set()
    assert names_of(body, lex, "keterbukaan kampus") == set()
    said = body.replace("berupaya mendorong", "mendorong agar ada").replace("dinilai mampu mendorong", "mendorong")
    assert names_of(said, lex, "pertumbuhan usaha kecil") == {"Bank Sentosa"}
    assert names_of(said, lex, "keterbukaan kampus") == {"Hadi Wiyono"}
    # a claim the subject tried to make is still made
    tried = "Keluarga pemilik kios mencoba mengatakan bahwa kiosnya tidak pernah disewakan."
    assert names_of(tried, lex, "kiosnya tidak pernah") != set()


def test_a_word_typed_an_organisation_once_and_a_person_more_often_stays_a_name_word(lex):
    body = "Warsini datang pagi itu. Kata Warsini, pasar sepi. Warsini lalu pulang. Lurah Bantar menutup pasar."
    doc = Document(body, lex)
    at = [i for i in range(len(body)) if body.startswith("Warsini", i)]
    bantar = body.index("Bantar")
    typed = [(at[0], at[0] + 7, "organization"), (bantar, bantar + 6, "place")]
    # typed an organisation once and a person twice: the tagger's one slip, still a name word
    assert doc._not_name_words(typed + [(a, a + 7, "person") for a in at[1:]]) == {"Bantar"}
    # typed a person once only: the organisation's word it was first
    assert doc._not_name_words([*typed, (at[1], at[1] + 7, "person")]) == {"Warsini", "Bantar"}
    # typed a person once alone and once in a full name: a name word too (2 against 1)
    body = "Warsini Hadi datang. Kata Warsini, pasar sepi. Warsini lalu pulang. Lurah Bantar menutup pasar."
    doc = Document(body, lex)
    at = [i for i in range(len(body)) if body.startswith("Warsini", i)]
    bantar = body.index("Bantar")
    typed = [(at[2], at[2] + 7, "organization"), (bantar, bantar + 6, "place")]
    assert doc._not_name_words([*typed, (at[0], at[0] + 12, "person"), (at[1], at[1] + 7, "person")]) == {"Bantar"}
    # an institution the tagger ran into a name ("Fraksi Partai Maju Warsini"), the given name a person alone
    # twice: a name word; not before a firm's word ("The Warsini Store")
    body = "Warsini datang. Kata Warsini, pasar sepi. Anggota Fraksi Partai Maju Warsini Hadi pulang."
    doc = Document(body, lex)
    at = [i for i in range(len(body)) if body.startswith("Warsini", i)]
    fraksi = body.index("Fraksi")
    persons = [(a, a + 7, "person") for a in at[:2]]
    assert doc._not_name_words([(fraksi, at[2] + 7, "organization"), *persons]) == {"Fraksi", "Partai", "Maju"}
    store = body.replace("Fraksi Partai Maju Warsini Hadi", "The Warsini Store milik")
    doc = Document(store, lex)
    the = store.index("The Warsini")
    assert "Warsini" in doc._not_name_words([(the, the + 17, "organization"), *persons])
    # an honorific and the name typed a place ("Pak Warsini"), the name a person alone twice: a name word
    body = "Warsini datang. Kata Warsini, pasar sepi. Uang itu dari Pak Warsini, kata Rudi. Lurah Bantar pulang."
    doc = Document(body, lex)
    at = [i for i in range(len(body)) if body.startswith("Warsini", i)]
    pak, bantar = body.index("Pak Warsini"), body.index("Bantar")
    typed = [(pak, pak + 11, "place"), (bantar, bantar + 6, "place")]
    assert doc._not_name_words(typed + [(a, a + 7, "person") for a in at[:2]]) == {"Bantar"}
    assert doc._not_name_words([*typed, (at[0], at[0] + 7, "person")]) == {"Pak", "Warsini", "Bantar"}


def test_a_family_name_typed_a_place_as_often_as_a_person_stays_a_name_word(lex):
    body = "Presiden Tamir Haddad datang. Menlu itu berterima kasih ke Haddad. Lurah Bantar pulang."
    doc = Document(body, lex)
    full, alone, bantar = body.index("Tamir Haddad"), body.index("Haddad."), body.index("Bantar")
    typed = [(full, full + 12, "person"), (alone, alone + 6, "place"), (bantar, bantar + 6, "place")]
    # once in a full name, once alone as a place: the family name is a name word
    assert doc._not_name_words(typed) == {"Bantar"}
    # a given name as often: no telling, the place's word ("Haddad Tamir" is no family name of "Tamir")
    given = body.replace("berterima kasih ke Haddad", "berterima kasih ke Tamir")
    doc = Document(given, lex)
    alone, bantar = given.index("Tamir."), given.index("Bantar")
    typed = [(full, full + 12, "person"), (alone, alone + 5, "place"), (bantar, bantar + 6, "place")]
    assert doc._not_name_words(typed) == {"Tamir", "Bantar"}


def test_two_names_the_article_gives_apart_are_split_where_they_run_together(lex):
    body = "Manajer Trans Raya Ayu Wardani hadir. Trans Raya tumbuh. Trans Raya besar. Ayu datang. Ayu pulang."
    doc = Document(body, lex)

    def at(text, k=0):
        return [i for i in range(len(body)) if body.startswith(text, i)][k]

    apart = (("Trans Raya", 1), ("Trans Raya", 2), ("Ayu", 1), ("Ayu", 2))
    found = [(at("Trans Raya"), at("Trans Raya") + 22, "person")] + [
        (at(t, k), at(t, k) + len(t), "person") for t, k in apart
    ]
    got = [body[s:e] for s, e, _ in doc._two_names_run_together(found)]
    assert got[:2] == ["Trans Raya", "Ayu Wardani"]
    # one of the two given apart only once: one name ("Novi Abraham Wattimena", called "Abraham")
    once = [body[s:e] for s, e, _ in doc._two_names_run_together(found[:1] + found[3:])]
    assert once[0] == "Trans Raya Ayu Wardani"


def test_an_aged_name_may_end_with_a_word_that_is_also_a_common_noun(lex):
    body = (
        "Ujian berjalan lancar.\n\nMoch. Rafif Hidayat Putra (17), salah satu siswa kelas XII, mengaku panik. "
        '"Jawaban saya hilang," kata Rafif.'
    )
    assert names_of(body, lex, "Jawaban saya hilang") == {"Rafif Hidayat Putra"}
    # but not one opening with such a word, nor a record's number
    assert "Putra Hidayat" not in {p.name for p in Document("Putra Hidayat (17) hadir.", lex).people}
    assert not Document("Isi Ayat (2) itu dibacakan.", lex).people


def test_a_one_word_name_written_once_in_full_takes_the_full_name(lex):
    body = (
        "Kecemerlangan pasangan ganda putri Wulandari Simatupang dan Apriani Rahayu berlanjut. "
        '"Kami senang," kata Wulandari. "Kami lelah," ujar Wulandari.'
    )
    assert names_of(body, lex, "Kami senang") == {"Wulandari Simatupang"}
    # also right after another capitalised word ("Siswa SMAN 3 Bogor | Wulandari Simatupang")
    after = body.replace("pasangan ganda putri", "siswi SMAN 3 Bogor")
    assert names_of(after, lex, "Kami senang") == {"Wulandari Simatupang"}
    # not with a word the article also writes in lower case ("Wulandari Perkasa": she was mighty)
    champion = body.replace("Simatupang", "Perkasa") + " Tim itu tampil perkasa."
    assert names_of(champion, lex, "Kami senang") == {"Wulandari"}


def test_a_given_name_the_tagger_ran_into_an_institution_opens_the_persons_name(lex):
    # "Kepala Bapanas Asep | Ahmad Syamsudin": the article names him "Asep" alone twice
    body = 'Kepala Bapanas Asep Ahmad Syamsudin mengatakan stok aman. "Aman," ujar Asep. Asep menambahkan harga stabil.'
    assert {p.name for p in Document(body, lex).people} == {"Asep Ahmad Syamsudin", "Asep"}
    assert names_of(body, lex, "harga stabil") == {"Asep Ahmad Syamsudin"}
    # directly: the institution's last word moves to the name after it; split parts of a name join, not
    # words the article writes in lower case ("Isu Air | Retno")
    body = "Utusan untuk Isu Air Retno Hadi dan Kepala Biro Asep Ahmad hadir. Asep datang. Asep pulang. Isu air naik."
    doc = Document(body, lex)

    def at(text, k=0):
        return [i for i in range(len(body)) if body.startswith(text, i)][k]

    found = [
        (at("Isu Air"), at("Isu Air") + 7, "person"), (at("Retno"), at("Retno") + 10, "person"),
        (at("Biro"), at("Biro") + 9, "organization"), (at("Ahmad"), at("Ahmad") + 5, "person"),
        (at("Asep", 1), at("Asep", 1) + 4, "person"), (at("Asep", 2), at("Asep", 2) + 4, "person"),
    ]  # fmt: skip
    got = {body[s:e]: k for s, e, k in doc._parts_of_one_name_joined(doc._given_name_out_of_organisation(found))}
    assert got == {
        "Isu Air": "person", "Retno Hadi": "person", "Biro": "organization", "Asep Ahmad": "person", "Asep": "person"
    }  # fmt: skip


def test_a_pronoun_opening_the_sentence_is_resolved_where_it_stands(lex):
    # "Hendra" is named after "Ia" and before what was said: "Ia" points back past him, to Budi
    body = (
        "Wali kota Budi Santoso dan pesaingnya, Hendra Wijaya, bertemu di balai kota.\n\n"
        "Budi yakin isu keamanan dapat mengangkat elektabilitasnya.\n\n"
        "Ia juga menolak desakan agar mundur demi memperkuat posisi Hendra melawan Rudi, "
        "menegaskan bahwa suaranya mewakili warga."
    )
    assert names_of(body, lex, "suaranya mewakili warga") == {"Budi Santoso"}


def test_a_person_goes_by_the_initials_of_the_name(lex):
    body = (
        "Wali Kota Bandung Arif Hidayat meninjau lokasi banjir, Senin.\n\n"
        '"Kita harus siaga sebelum bencana," tegas KAH.\n\n'
        "Mantan menteri Bambang Eko Wibowo hadir pula.\n\n"
        '"Saya mendukung langkah itu," kata BEW.\n\n'
        '"Posko dibuka sampai pekan depan," kata BPBD.'
    )
    got = {body[s.start : s.end][:9]: s.speaker.name for s in extract_statements(body, lex)}
    # "Kang" (a familiar honorific) before the initials of "Arif Hidayat"; "BEW" his initials alone
    assert got["Kita haru"] == "Arif Hidayat"
    assert got["Saya mend"] == "Bambang Eko Wibowo"
    assert got["Posko dib"] == "BPBD"  # an institution's acronym is nobody's initials


def test_a_club_named_after_a_capital_is_no_state(lex):
    body = "Pelatih Real Madrid Xabi Luengo mengatakan timnya siap menghadapi laga akhir pekan ini."
    got = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [("Xabi Luengo", None)]


def test_a_capital_opening_a_longer_name_names_no_state(lex):
    body = (
        '"Kami siap untuk laga besar ini," kata kapten Paris Saint-Germain, Lucas Beraldo, kepada wartawan.\n\n'
        "Aktivis dari Koalisi Warga Jakarta Baru, Sugiyarto, menyebut tarif air harus turun.\n\n"
        '"Kami akan membalas," kata juru bicara Moskow, Oleg Ivanov.'
    )
    got = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [("Lucas Beraldo", None), ("Sugiyarto", None), ("Oleg Ivanov", "RUS")]


def test_a_name_given_with_alias_is_the_fullest_name(lex):
    body = (
        "Mantan menteri Tomas Hendarto Lubis alias Tom Lubis hadir di pengadilan, Senin.\n\n"
        '"Saya akan mengajukan banding," kata Tom usai sidang.\n\n'
        '"Kami menghormati putusan itu," ujar Tom Lubis kepada wartawan.'
    )
    assert names_of(body, lex, "") == {"Tomas Hendarto Lubis"}


def test_a_full_name_is_not_the_same_name_with_a_generations_mark(lex):
    # "Jr." marks the son: the father's full name stays his, while a one-word name may still be the son's
    body = (
        "Pesepak bola Rui Matos Pereira memuji istrinya di acara itu, Senin.\n\n"
        "Ia juga membanggakan anaknya, Rui Matos Pereira Jr., yang kini bermain di klub yang sama.\n\n"
        '"Kami akan menikah tahun depan," kata Rui Matos Pereira.'
    )
    assert names_of(body, lex, "") == {"Rui Matos Pereira"}
    doc = Document(body, lex)
    assert doc.fullest("Rui Matos Pereira").name == "Rui Matos Pereira"


def test_people_are_listed_in_the_order_the_text_names_them(lex):
    # "Wati" of the quotation is found by a pass after the tagger's, which found the later "Tono"
    body = (
        "Dalam film itu, Tono Sukarno memerankan Budi, dari kisah Budi Santosa dan Wati Lestari.\n\n"
        '"Banyak pelajaran dari kisahnya Budi dan almarhumah Wati," kata Tono, Selasa.\n\n'
        "Pelajaran itu berkesan bagi Tono."
    )
    doc = Document(body, lex)
    starts = [p.start for p in doc.people]
    assert starts == sorted(starts) and len(starts) >= 6
    assert doc.last_person(len(body)).name == "Tono"


def test_a_pronoun_points_to_the_subject_after_a_phrase_set_off_before_it(lex):
    # the sentence's subject comes after "Awalnya,"; the person named after it is an object
    from tasks.extract.stances import extract_stances

    for lead in ("Awalnya,", "Kemarin sore,"):
        body = f"{lead} Sinta Dewi dijodohkan dengan Bayu Pratama yang belum lama ini bercerai. Ia memuji Budi Santosa."
        found = {(s.holder.name, s.target.name) for s in extract_stances(body, lex, extract_statements(body, lex))}
        assert found == {("Sinta Dewi", "Budi Santosa")}
    # no phrase set off before the first person: the last one named is meant, as before
    body = "Menurut warganet Sinta Dewi cocok dengan Bayu Pratama yang belum lama ini bercerai. Ia memuji Budi Santosa."
    doc = Document(body, lex)
    assert doc.last_person(body.index("Ia ")).name == "Bayu Pratama"


def test_a_state_the_tagger_types_a_person_is_the_state(lex):
    # the tagger's vocabulary predates many states' names: "Bahrain", "Nepal" alone read as persons
    body = "Kenya mendesak Bahrain agar membuka perbatasan. Nepal mengecam Oman atas insiden itu."
    doc = Document(body, lex)
    assert {(body[m.start : m.end], m.type, m.code) for m in doc.mentions} >= {
        ("Bahrain", "state", "BHR"), ("Nepal", "state", "NPL"), ("Oman", "state", "OMN")
    }
    assert not doc.people


def test_a_long_acronym_written_as_a_name_is_the_organisation(lex):
    body = "Menurut Unesco, geopark adalah kawasan geologi. Unicef mengecam serangan itu. Who mengatakan itu?"
    found = {(body[m.start : m.end], m.code) for m in Document(body, lex).mentions}
    assert {("Unesco", "UNESCO"), ("Unicef", "UNICEF")} <= found
    assert not any(text == "Who" and code == "WHO" for text, code in found)  # a short one stays case-sensitive


def test_a_name_set_off_before_the_description_of_one_person(lex):
    body = (
        "Kepala BPBD Sinar Laut Rendra Wiratama meninjau lokasi banjir.\n\n"
        "Wulansari, salah satu siswi kelas VIII, merasa senang. Dia berharap lomba itu digelar lagi."
    )
    assert "Wulansari" in [p.name for p in Document(body, lex).people]
    # the pronoun after it is hers, not the official's named before
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Wulansari"]
    # a group's title alone after a comma opens a clause of its own; a sentence adverb is nobody
    for other in ("Fitur itu ada di aplikasi Kelana, pengguna bisa menikmatinya.", "Rupanya, seorang dokter menolak."):
        assert Document(other, lex).people == [], other


def test_an_age_after_a_name_the_tagger_read_as_a_place_makes_it_a_person(lex):
    body = "Pandangan serupa datang dari Wulan Sari (30), guru di desa itu."
    doc = Document(body, lex)
    s = body.index("Wulan")
    e = s + len("Wulan Sari")
    assert doc._aged_names([(s, e, "place")]) == [(s, e, "person")]
    # an organisation's name keeps its type: "Persija (3)" in a table of results is no person
    assert doc._aged_names([(s, e, "organization")]) == [(s, e, "organization")]


@pytest.mark.parametrize(
    ("body", "word", "kind"),
    [
        ("Hal itu disampaikan Ketua Koperasi Pedagang, Sinta.", "Sinta", "person"),
        ("Kami menemui Kepala Dusun Sukamaju, Warsito, untuk menanyakan hal itu.", "Warsito", "person"),
        # a list of an office's fields, and a group's place
        ("Hal itu disampaikan Direktur Penyuluhan, Pelayanan, dan Humas.", "Pelayanan", "place"),
        ("Warga Kopo, Cibaduyut mengeluhkan banjir.", "Cibaduyut", "place"),
    ],
)
def test_one_word_set_off_after_a_role_is_its_holder_not_a_place(lex, body, word, kind):
    doc = Document(body, lex)
    s = body.index(word)
    assert doc._set_off_after_role([(s, s + len(word), "place")]) == [(s, s + len(word), kind)]


def test_a_name_written_again_takes_the_regnal_number_after_it(lex, monkeypatch):
    from tasks.extract import ner

    real = ner.entities

    def tagger(words, *args, **kwargs):  # the tagger misses the second king, as it may
        return [e for e in real(words, *args, **kwargs) if "III" not in words[e[0] : e[1]]]

    monkeypatch.setattr(ner, "entities", tagger)
    body = (
        "Raja Pakubuwono II wafat pada tahun 1749.\n\n"
        "Setelah itu, VOC menengahi sengketa antara Mangkubumi dan Pakubuwono III di Surakarta."
    )
    doc = Document(body, lex)
    named = {body[m.start : m.end] for m in doc.mentions if m.type == "person"}
    assert "Pakubuwono III" in named
    assert doc.fullest("Pakubuwono III").name == "Pakubuwono III"


def test_an_english_possessive_ends_a_name(lex):
    # "Sinar Wulan's Questions": a show named after her, and her name ends before the possessive
    body = 'Dalam acara Sinar Wulan\'s Questions, ia menjawab pertanyaan. "Kami siap," kata Sinar Wulan.'
    assert {p.name for p in Document(body, lex).people} == {"Sinar Wulan"}


def test_a_short_form_in_brackets_makes_a_body_only_of_a_bodys_name(lex):
    body = (
        "Menteri Keuangan (Menkeu) Wulan Sari hadir bersama Badan Pangan Sinar (Bapansi). Teknologi Internet "
        "of Things (IoT) dipamerkan."
    )
    organisations = {body[m.start : m.end] for m in Document(body, lex).mentions if m.type == "organization"}
    assert "Badan Pangan Sinar (Bapansi)" in organisations
    assert not {"Menteri Keuangan (Menkeu)", "Internet of Things (IoT)"} & organisations


def test_a_firm_named_with_its_legal_form_and_again_without_it(lex):
    body = (
        "Direktur Utama PT Tirta Sentosa Budi Hartanto datang ke lokasi. Menurut Budi, santunan akan dibayarkan. "
        "Tirta Sentosa menegaskan bahwa santunan dibayarkan pekan depan."
    )
    doc = Document(body, lex)
    typed = {(body[m.start : m.end], m.type) for m in doc.mentions}
    assert {("PT Tirta Sentosa", "organization"), ("Budi Hartanto", "person")} <= typed
    assert ("Tirta Sentosa", "organization") in typed  # written again without "PT": the firm, nobody
    # a firm named once: its words are not split
    once = "Direktur Utama PT Tirta Sentosa Budi Hartanto datang ke lokasi."
    assert not any(m.type == "person" for m in Document(once, lex).mentions if "Tirta" in once[m.start : m.end])


def test_a_particle_in_a_places_name_still_opens_a_persons(lex):
    body = (
        "Penyanyi Al Ghifari menikah di Masjid Al Falah, Jakarta. "
        '"Saya bahagia," ucap Al Ghifari. Al lalu menyalami para tamu.'
    )
    doc = Document(body, lex)
    assert "Al Ghifari" in {p.name for p in doc.people}
    assert "Al" not in doc.not_names


def test_a_relation_noun_run_into_a_name_is_no_part_of_it(lex):
    body = "Istri Rudi Hartawan, Sinta Maharani, akan pergi ke Jepang. Rudi Hartawan mengungkapkan rasa bangganya."
    names = {p.name for p in Document(body, lex).people}
    assert "Istri Rudi Hartawan" not in names and "Rudi Hartawan" in names
    # a given name spelled like a relation stays
    assert "Putri Maharani" in {p.name for p in Document("Putri Maharani bernyanyi di Jakarta.", lex).people}


def test_a_given_name_a_firm_ran_into_opens_the_person_after_it(lex):
    body = "Analis Sentosa Asia Securities Nico Arief Wijaya mengatakan pasar masih lesu."
    doc = Document(body, lex)
    firm, nico, arief = body.index("Sentosa"), body.index("Nico"), body.index("Arief")
    found = [(firm, nico + 4, "organization"), (arief, arief + 12, "person")]  # as the tagger may cut them
    split = doc._split_after_company_word(found)
    assert sorted(body[s:e] for s, e, _ in split) == ["Nico Arief Wijaya", "Sentosa Asia Securities"]
    # the firm's run alone, nobody after it: left as it is
    assert doc._split_after_company_word(found[:1]) == found[:1]


def test_a_medium_named_after_its_description_is_an_organisation(lex):
    body = (
        "Media lain asal Malaysia, Warta Rakyat, mengkritik tumpulnya serangan tim itu. "
        '"Tim itu kehilangan arah," tulis Warta Rakyat.'
    )
    doc = Document(body, lex)
    assert all(m.type == "organization" for m in doc.mentions if "Warta" in body[m.start : m.end])
    # "media" then a name that is no apposition: a person
    body = "Meskipun tak memiliki media sosial, Rina Kartika tak mempersoalkannya."
    assert "Rina Kartika" in {p.name for p in Document(body, lex).people}


def test_an_official_listed_after_a_foreign_one_with_another_office_serves_the_same_state(lex):
    # in a story about other states: "Menteri Luar Negeri Jepang X dan | Menteri Pertahanan Y" both serve
    # Japan; the same office ("Presiden Rusia X dan Presiden Y") is a contrast instead, Y the home state's
    body = (
        "Dalam pertemuan di Oslo, Menteri Luar Negeri Jepang Kenji Morimoto dan Menteri Pertahanan Hiroshi "
        "Tanabe mengecam Korea Utara. Presiden Rusia Boris Antonov dan Presiden Darmaji Kusnadi sepakat "
        "bekerja sama. Norwegia dan Swedia hadir."
    )
    doc = Document(body, lex)
    assert not doc.home_story
    assert {p.name: doc.code_of(p.name) for p in doc.people} == {
        "Kenji Morimoto": "JPN", "Hiroshi Tanabe": "JPN", "Boris Antonov": "RUS", "Darmaji Kusnadi": "IDN"
    }  # fmt: skip


def test_an_unplaced_office_holder_is_the_home_states_when_the_article_places_another_and_names_home(lex):
    # the holder of the same office placed abroad in another sentence: the unplaced one is the home state's
    # when the article names the home state; with no home state named it stays unplaced
    visit = (
        "Presiden Darmaji Kusnadi tiba di Brussel pada Senin. Ia lalu bertemu Presiden Prancis Henri Lemaire "
        "di Paris. Belgia dan Prancis menyambutnya."
    )
    home = visit + " Kesepakatan itu menurunkan tarif untuk Indonesia."
    assert Document(visit, lex).code_of("Darmaji Kusnadi") is None
    assert Document(home, lex).code_of("Darmaji Kusnadi") == "IDN"
    assert Document(home, lex).code_of("Henri Lemaire") == "FRA"


def test_an_unplaced_office_holder_serves_the_one_state_a_foreign_story_is_about(lex):
    story = (
        "Presiden Mark Ellison memecat 300 pegawai Departemen Luar Negeri AS pada Jumat. Pemecatan di AS itu "
        "memicu protes di Washington. Serikat pekerja AS menggugat, dan parlemen AS memanggil pejabat. Warga AS "
        "berdemo di depan Gedung Putih. Media AS menyebut langkah itu terbesar dalam sejarah Amerika Serikat. "
        "Rusia menanggapi dingin."
    )
    doc = Document(story, lex)
    assert doc.story_state == "USA" and doc.code_of("Mark Ellison") == "USA"
    # a home institution named, or the home state: its officials may be in the story; nobody is placed so
    assert Document(story + " KBRI Washington memantau situasi.", lex).code_of("Mark Ellison") is None
    assert Document(story + " Indonesia memantau situasi.", lex).story_state is None
    said = story + ' "Kami harus efisien," kata Presiden Mark Ellison.'
    assert ("Mark Ellison", "USA") in [(s.speaker.name, s.speaker.code) for s in extract_statements(said, lex)]


@pytest.mark.parametrize(
    ("body", "name", "role", "code"),
    [
        # a state's office closing the clause before a comma is the role of the name set off after it
        ("Rombongan itu disambut langsung oleh Presiden Norwegia, Lars Haugen, di istana.", "Lars Haugen",
         "Presiden Norwegia", "NOR"),
        ("Undangan itu disampaikan oleh Perdana Menteri (PM) Kanada, Paul Tremblay, pekan lalu.", "Paul Tremblay",
         "Perdana Menteri (PM) Kanada", "CAN"),
        ("Hal itu dijelaskan Kepala Dinas Perhubungan Jakarta, Sardi Wiryo, kepada wartawan.", "Sardi Wiryo",
         "Kepala Dinas Perhubungan Jakarta", "IDN"),
        # so is a regional office closing with its region, at home or abroad
        ("Laporan itu diserahkan kepada Bupati Samosir, Rudi Sitanggang, di kantornya.", "Rudi Sitanggang",
         "Bupati Samosir", "IDN"),
        ("Surat itu dikirim kepada Gubernur California, Mark Ellison, pekan lalu.", "Mark Ellison",
         "Gubernur California", "USA"),
        # a group or a profession set off before a name is no role of the person's
        ("Unggahan itu menuai kecaman warganet Jepang, Rina Kartika, lalu meminta maaf.", "Rina Kartika", None, None),
        ("Acara itu dihadiri warga Sleman, Rudi Sitanggang, dan keluarganya.", "Rudi Sitanggang", None, None),
        # an office of a state's institution closing the clause: its holder's role
        ("Hal itu sesuai pernyataan Kepala Biro Humas Kementerian Perdagangan, Rudi Sitanggang, kemarin.",
         "Rudi Sitanggang", "Kepala Biro Humas Kementerian Perdagangan", "IDN"),
        # not another person's office ("Adik Presiden X, Y" is X's brother), nor a common noun ("jaksa")
        ("Adik Presiden RI Darmaji Kusnadi, Rudi Sitanggang, membeberkan kronologi itu.", "Rudi Sitanggang", None,
         None),
        ("Dalam dakwaan jaksa, Rudi Sitanggang disebut menerima uang itu.", "Rudi Sitanggang", None, None),
        ("Menurut mantan pemain Timnas Indonesia, Dodi Saputra, latihan itu berat.", "Dodi Saputra", None, None),
    ],
)  # fmt: skip
def test_a_states_office_set_off_before_a_name_is_its_role(lex, body, name, role, code):
    doc = Document(body, lex)
    person = next(p for p in doc.people if p.name == name)
    assert (person.role, doc.code_of(name)) == (role, code)


def test_a_name_written_shorter_twice_stands_for_the_full_name_through_the_shorter_one(lex):
    # "Arif" ends "Muhammad Arif", which opens "Muhammad Arif Anwar": the three are one person
    body = (
        "Kepala Kantor SAR Kendari, Muhammad Arif Anwar, memimpin pencarian itu.\n\n"
        "Muhammad Arif mengatakan pencarian hari kedua menambah personel.\n\n"
        "Arif menambahkan pencarian akan berlanjut hingga malam."
    )
    said = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert said and all(name == "Muhammad Arif Anwar" for name, _ in said)
    assert len(said) == 2
    # two different people sharing a given name stay apart: the shorter name opens no longer one
    body = (
        "Ketua panitia Budi Hartono dan bendahara Agus Budi bertemu warga.\n\n"
        "Agus Budi mengatakan dana sudah cukup.\n\n"
        "Budi menambahkan acara akan digelar pekan depan."
    )
    names = [s.speaker.name for s in extract_statements(body, lex)]
    assert "Agus Budi" in names and "Agus Budi Hartono" not in names
    # the second step only lengthens the name at its end: a longer run that ends with it (a word glued
    # before the name) is not taken for the person the short name stands for
    body = (
        "Penggemar Halloween Nessa Judge mengunggah foto itu.\n\n"
        "Nessa Judge kemudian menyampaikan permintaan maaf.\n\n"
        '"Kami mohon maaf," tulis Nessa.'
    )
    said = {body[st.start : st.end][:10]: st.speaker.name for st in extract_statements(body, lex)}
    assert said["Kami mohon"] == "Nessa Judge"


def test_a_foreign_persons_given_name_with_the_same_title_is_that_person(lex):
    # "Kim" alone is no Korean's given name; written with the title of the office the article gives the
    # full name, the given name is that person ("Presiden Lars" is the Norwegian president, not the home's)
    body = (
        "Presiden Darmaji Kusnadi tiba di Oslo pada Senin dan disambut oleh Presiden Norwegia, Lars Haugen. "
        "Indonesia dan Norwegia sepakat bekerja sama. "
        '"Kami menyambut baik kunjungan ini," ujar Presiden Lars.'
    )
    doc = Document(body, lex)
    said = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert ("Lars Haugen", "NOR") in said
    assert doc.code_of("Darmaji Kusnadi") == "IDN"


def test_a_name_set_off_before_sapaan_akrab_is_the_persons_nickname(lex):
    # "X, sapaan akrabnya": the person the text is about, not one the text already calls by a name alone
    body = (
        "Calon Gubernur Sulawesi Tengah Rahmat Hidayatullah menilai isu mundurnya Bambang Sukoco Wirawan "
        "tidak mengganggu.\n\nNama pasangan itu menjadi sorotan setelah isu pengunduran diri Wirawan.\n\n"
        "Cak Dayat, sapaan akrabnya, mengaku masih menunggu keputusan partai."
    )
    said = [(s.speaker.written, s.speaker.name) for s in extract_statements(body, lex)]
    assert ("Cak Dayat", "Rahmat Hidayatullah") in said
    # "X - sapaan akrab NAME": the person named after it
    body = (
        "Wali Kota Palu Hendrawan Sutikno meresmikan pasar itu. Bupati Donggala Agus Salim Tamrin hadir.\n\n"
        '"Pasar ini milik warga," ujar Dodi - sapaan akrab Hendrawan Sutikno.\n\n'
        "Dodi menambahkan, pasar akan buka setiap hari."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Hendrawan Sutikno"] * 2


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Pelatih asal Korea Selatan, Seo Min - ya, mengatakan timnya siap.", "Seo Min - ya"),
        ("Duta Besar Korea Selatan Cho Dae - sung mengatakan kerja sama akan diperluas.", "Cho Dae - sung"),
        # a longer name before a relative "yang": no syllable of the name
        ("Aktor Roberto Santini - yang kini berusia 80 tahun - mengatakan film itu selesai.", "Roberto Santini"),
    ],
)
def test_a_syllable_set_apart_by_a_spaced_hyphen_closes_a_korean_given_name(lex, body, person):
    assert [p.name for p in Document(body, lex).people] == [person]


def test_the_mass_organisations_and_a_run_closing_with_an_organisations_name_are_no_person(lex):
    # "Nahdlatul Ulama" and "Muhammadiyah" (actors.tsv) are organisations; "Cabang Nahdlatul Ulama" is one described
    for body in ("Nahdlatul Ulama menyatakan sikapnya.", "Muhammadiyah menyatakan sikapnya."):
        assert [m.type for m in Document(body, lex).mentions] == ["organization"]
    body = "Pengurus Cabang Nahdlatul Ulama (PCNU) Kabupaten Sleman mengungkapkan keprihatinan mereka."
    said = [(st.speaker.type, st.speaker.name) for st in extract_statements(body, lex)]
    assert said and said[0][0] == "organization"


def test_a_thai_given_name_alone_is_that_person_but_a_korean_family_name_stays_as_written(lex):
    # Thai copy names a person by the given name, which opens the full name; a Korean family name alone may be
    # another bearer the article names only so (a deputy envoy speaking beside the leader)
    body = (
        "Perdana Menteri Thailand Kittiya Rattanakorn menghadiri rapat kabinet pada Senin. "
        "Kittiya mengatakan pemerintah akan menaikkan anggaran pendidikan."
    )
    said = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert said == [("Kittiya Rattanakorn", "THA")]
    body = (
        "Pemimpin Korea Utara Park Jong Hyun meninjau pabrik itu pada Rabu. "
        "Park mengatakan kepada wartawan bahwa produksi akan naik."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Park"]


def test_a_short_name_takes_the_role_of_the_full_name_written_with_a_title_of_its_own(lex):
    # the full name first in a heading without a role, then with the office: the office is the speaker's role;
    # the full name after a relation noun ("kuasa hukum X") gives X no role: it is the lawyer's
    body = (
        "Wiryo Santoso: Kami Tidak Mundur\n\n"
        "Kuasa hukum Wiryo Santoso menolak berkomentar. Menteri Kelautan Wiryo Santoso lalu menanggapi kritik itu.\n\n"
        '"Kami tidak akan mundur," kata Wiryo.'
    )
    said = [
        (s.speaker.name, s.speaker.role) for s in extract_statements(body, lex) if "mundur" in body[s.start : s.end]
    ]
    assert said == [("Wiryo Santoso", "Menteri Kelautan")]
    related = body.replace("Menteri Kelautan Wiryo Santoso lalu", "Ia lalu")
    said = [
        (s.speaker.name, s.speaker.role)
        for s in extract_statements(related, lex)
        if "mundur" in related[s.start : s.end]
    ]
    assert said == [("Wiryo Santoso", None)]


def test_an_unplaced_national_post_is_the_home_states_when_the_article_places_a_foreign_official(lex):
    # the outlet names its own president and ministers without their state and places another state's;
    # a different office, so no contrast of the same title
    story = (
        "Perdana Menteri Norwegia Lars Haugen menyambut Presiden Darmaji Kusnadi di Oslo. Norwegia, Swedia dan "
        "Finlandia membahas energi. Norwegia juga menjual gas ke Swedia. Menteri Luar Negeri Rina Kartika hadir."
    )
    home = story + " Kesepakatan itu membuka pasar untuk Indonesia."
    doc = Document(home, lex)
    assert not doc.home_story
    assert (doc.code_of("Darmaji Kusnadi"), doc.code_of("Rina Kartika"), doc.code_of("Lars Haugen")) == (
        "IDN", "IDN", "NOR"
    )  # fmt: skip
    # the home state not named: nobody is placed so
    assert Document(story, lex).code_of("Darmaji Kusnadi") is None
    # nobody placed by a foreign state: no contrast to read
    unplaced = home.replace("Perdana Menteri Norwegia Lars Haugen", "Lars Haugen")
    assert Document(unplaced, lex).code_of("Darmaji Kusnadi") is None


def test_an_unplaced_national_post_is_the_home_states_in_a_story_filed_at_home_naming_home(lex):
    # filed in the home capital or one of its regions, naming the home state: its own president and
    # ministers, even in a story about other states that places none of their officials
    story = (
        "Presiden Darmaji Kusnadi melepas bantuan untuk pengungsi di perbatasan Bangladesh dan Myanmar. Bangladesh "
        "menampung para pengungsi itu. Myanmar menolak mereka. Menteri Luar Negeri Rina Kartika hadir bersama Wakil "
        "Menteri Sosial Hendra Wiguna."
    )
    home = story + " Bantuan itu yang pertama dari Indonesia."
    for dateline in ("Jakarta", "Sleman"):
        doc = Document(home, lex, dateline)
        assert not doc.home_story
        # (a deputy minister too: the home state has the post)
        people = ("Darmaji Kusnadi", "Rina Kartika", "Hendra Wiguna")
        assert [doc.code_of(name) for name in people] == ["IDN", "IDN", "IDN"]
    # filed abroad, with no dateline, or not naming the home state: nobody is placed so
    assert Document(home, lex, "Dhaka").code_of("Darmaji Kusnadi") is None
    assert Document(home, lex).code_of("Darmaji Kusnadi") is None
    assert Document(story, lex, "Jakarta").code_of("Darmaji Kusnadi") is None


def test_a_name_written_with_initials_is_the_name_written_out(lex):
    body = (
        "Sekretaris Jenderal Partai Lumbung Rakyat R. Wiratmaja menambahkan bahwa rapat digelar besok.\n\n"
        '"Kami siap," kata Wiratmaja.\n\n'
        "Susunan pengurus:\n\n- Ketua Umum: Sundari Lestiani\n\n- Sekretaris Jenderal: Rahmat Wiratmaja"
    )
    assert names_of(body, lex, "rapat digelar besok") == {"Rahmat Wiratmaja"}
    assert names_of(body, lex, "Kami siap") == {"Rahmat Wiratmaja"}
    # the initial is the name's, not the role's last word
    roles = {st.speaker.role for st in extract_statements(body, lex)} - {None}
    assert roles == {"Sekretaris Jenderal Partai Lumbung Rakyat"}
    # a bare initial is no name written out: the first written form stays
    body = (
        "Menteri Perhubungan, Dani K. Purnomo menyatakan penerbangan kembali normal.\n\n"
        "Menteri Perhubungan Dani K Purnomo mengatakan, jadwal tidak berubah."
    )
    assert names_of(body, lex, "penerbangan kembali normal") == {"Dani K. Purnomo"}


def test_a_long_office_set_off_before_a_name_is_the_role(lex):
    role = "Kabid Pencegahan dan Kesiapsiagaan Dinas Pemadam Kebakaran Kota Tegalrejo"
    doc = Document(f"{role}, Sarwono Hadi, mengatakan kebakaran diduga akibat korsleting.", lex)
    assert {p.role for p in doc.people if p.name == "Sarwono Hadi"} == {role}
    # a clause as long, opening with a title, is no role: its lower-case words are no parts of an office
    body = "Ketua panitia kemudian membacakan daftar nama pemenang lomba tahun ini, Sarwono Hadi, lalu menutup acara."
    assert all(p.role is None for p in Document(body, lex).people if p.name == "Sarwono Hadi")


def test_a_source_of_an_outlet_is_not_the_outlet(lex):
    body = (
        "Aktris Mirela Kastova dikabarkan mulai berkencan lagi.\n\n"
        'Sumber Tempora lainnya menyebut bahwa perpisahan itu "tidak mengejutkan".\n\n'
        "Mirela tampil di acara Pagi Ceria. Saat ditanya soal itu, ia menjawab santai:\n\n"
        '"Maksudnya, bukan orang jahat, kan?"'
    )
    assert names_of(body, lex, "perpisahan itu") == {"Sumber Tempora lainnya"}
    assert names_of(body, lex, "bukan orang jahat") == {"Mirela Kastova"}


def test_a_one_word_name_is_the_person_named_first_not_a_later_one_whose_name_it_closes(lex):
    body = (
        "Mantan Perdana Menteri Malaysia Rahmat Iskandar dilarikan ke rumah sakit karena kelelahan.\n\n"
        "Setelah perawatan singkat, kantor Rahmat mengatakan politikus senior itu diperbolehkan pulang.\n\n"
        "Rahmat genap berusia 99 tahun pekan lalu.\n\n"
        "Putranya, Zulhakim Rahmat, mengatakan tidak ada masalah kesehatan yang serius.\n\n"
        "Rahmat menyebut dirinya hanya kurang tidur."
    )
    assert names_of(body, lex, "hanya kurang tidur") == {"Rahmat Iskandar"}
    assert names_of(body, lex, "tidak ada masalah") == {"Zulhakim Rahmat"}
    # his office speaks for him: the office, not the man, and his name is no place's for "kantor" before it
    assert names_of(body, lex, "diperbolehkan pulang") == {"kantor Rahmat"}


def test_an_english_body_named_with_of_or_for_is_one_organisation(lex):
    body = "Menurut Meridian Institute of Oceanography, arus laut itu melemah.\n\nHal itu dibenarkan Budi Santoso."
    assert "Meridian Institute of Oceanography" in _orgs(body, lex)
    assert names_of(body, lex, "arus laut itu") == {"Meridian Institute of Oceanography"}
    body = "Penelitian itu, kata Northern Agency for Research on Soil, belum selesai."
    assert _orgs(body, lex) == {"Northern Agency for Research on Soil"}  # no second body inside its tail
    # its short form written alone is the body; a body found whole with its spelled short form stays whole
    body = (
        "Valdoria Center for Policy Studies (Valdoria) memperkirakan ekonomi tumbuh stabil.\n\n"
        "Valdoria menilai kebijakan fiskal berjalan seimbang."
    )
    assert names_of(body, lex, "kebijakan fiskal") == {"Valdoria"}
    body = "Center of Maritime and Trade Studies (Comts) mengusulkan agar pelabuhan dibuka.\n\nComts menilai itu perlu."
    assert _orgs(body, lex) == {"Center of Maritime and Trade Studies (Comts)", "Comts"}


def test_a_graduate_of_a_school_pointing_back_is_the_person(lex):
    body = (
        '"Panas sekali di sini," ujar Chair & CEO Lumenor, Dario Vencetti, sambil tertawa.\n\n'
        "Mengomentari cuaca, lulusan University of Tarsis ini mengatakan ia tak suka udara lembab."
    )
    assert names_of(body, lex, "Panas sekali") == {"Dario Vencetti"}
    assert names_of(body, lex, "tak suka udara") == {"Dario Vencetti"}


def test_the_head_of_a_community_serves_no_state(lex):
    doc = Document("Ketua Umum Silver Car Community, Darsono (49), mengungkapkan anggotanya kecewa.", lex)
    assert [(p.name, p.code) for p in doc.people] == [("Darsono", None)]


def test_a_role_word_after_another_title_is_not_that_role_s_holder(lex):
    body = (
        "Kiper Timnas U20 Indonesia, Joni Saputra, menegaskan bahwa ia siap tampil di final.\n\n"
        "Ia berterima kasih atas arahan pelatih kiper Hendrik Vanlaar selama turnamen.\n\n"
        '"Kami bisa menang karena kerja keras," ujar kiper yang telah tampil dua kali pada fase grup.'
    )
    assert names_of(body, lex, "Kami bisa menang") == {"Joni Saputra"}


def test_a_titled_name_after_a_place_set_off_is_the_subject(lex):
    body = "Dalam unggahan di Instagram, Presiden Kovaro menuding federasi itu salah menerapkan aturan."
    assert names_of(body, lex, "salah menerapkan") == {"Kovaro"}
    # an honorific and a name set off before an office: the name speaks, not a name inside the office's
    body = (
        "KRT Wiryokusumo, Penghageng II Kawedanan Hageng Punakawan Keraton Ngayogyakarta mengatakan, "
        "upacara itu digelar pekan depan."
    )
    assert names_of(body, lex, "upacara itu") == {"Wiryokusumo"}


def test_malay_royal_names_keep_ibni_and_drop_the_honorific(lex):
    body = "Tunku Rashid ibni Sultan Aziman menilai keputusan federasi itu tidak berdasar hukum."
    assert names_of(body, lex, "tidak berdasar") == {"Rashid ibni Sultan Aziman"}


def test_a_titled_officer_named_after_the_body_they_work_at(lex):
    body = "Kepala riset komoditas di JPMorgan Larissa Vantongeren bilang, harga minyak bisa naik."
    assert names_of(body, lex, "harga minyak") == {"Larissa Vantongeren"}
    body = "Ekonom di Bank Permata Raditya Sumantri mengatakan inflasi terkendali."
    assert names_of(body, lex, "inflasi terkendali") == {"Raditya Sumantri"}


def test_a_nickname_of_an_initial_and_a_syllable_is_the_person(lex):
    body = (
        "Gubernur Jawa Tengah, Ahmad Hendrawan, mengatakan penghargaan itu memacu seniman.\n\n"
        '"Ini penghargaan atas dedikasi," kata Ahen.'
    )
    assert names_of(body, lex, "penghargaan atas dedikasi") == {"Ahmad Hendrawan"}


def test_a_rank_set_off_after_an_office_reported_with_bahwa_has_the_office_only(lex):
    body = (
        '"Kami bekerja sama erat," kata Duta Besar Arman Hidayat.\n\n'
        "Dia menambahkan bahwa Perdana Menteri Inggris, Sir Oliver Bramley, telah berterima kasih kepada "
        "pemerintah Indonesia."
    )
    doc = Document(body, lex)
    [person] = [p for p in doc.people if p.name == "Oliver Bramley"]
    assert person.role == "Perdana Menteri Inggris, Sir"


def test_a_short_form_given_in_brackets_after_a_body_is_the_body_not_initials(lex):
    body = "Mahkamah Agung (MA) menunda pengumuman kelulusan calon hakim. MA menyatakan bahwa kuota hakim bertambah."
    doc = Document(body, lex)
    second = body.rfind("MA")
    assert [m.type for m in doc.mentions if m.start == second] == ["organization"]
    assert all(p.name != "MA" for p in doc.people)


def test_an_english_and_before_a_bodys_name_is_read_without_failing(lex):
    # a body's name after English "and" ("... and Madiun Mua"): its head is looked for before "dan" only
    body = "Republik Dominika Duterte Harry Roque terhadap menuturkan menkominfo Purwokerto CNBC and Madiun Mua."
    Document(body, lex)
    body = "Menurut Kementerian Perumahan dan Kawasan Permukiman, harga rumah naik."
    assert any(body[m.start : m.end].startswith("Kementerian") for m in Document(body, lex).mentions)


def test_an_office_set_off_before_an_abbreviated_title_is_the_role(lex):
    body = (
        "Menurut Dokter Spesialis Kulit dari Universitas Sinar Harapan, dr. Ratna Kusuma Dewi, kulit kering "
        "perlu dirawat setiap hari."
    )
    doc = Document(body, lex)
    [person] = [p for p in doc.people if p.name == "Ratna Kusuma Dewi"]
    assert person.role == "Dokter Spesialis Kulit dari Universitas Sinar Harapan, dr"


def test_the_first_of_a_pair_written_with_a_slash_is_a_person_too(lex):
    body = (
        "Pasangan ganda putri Wulan Sari / Dewi Anjani merebut tiket final setelah mengalahkan wakil "
        "Jepang Keiko Tanabe / Aiko Mori.\n\n"
        '"Kami belum bisa main lepas," kata Wulan seusai laga.'
    )
    doc = Document(body, lex)
    assert {p.name for p in doc.people} >= {"Wulan Sari", "Dewi Anjani", "Keiko Tanabe", "Aiko Mori"}
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Wulan Sari"]
    # an office's words before the slash name no one ("Menteri Investasi dan Hilirisasi/Kepala BKPM X")
    office = "Menteri Investasi dan Hilirisasi/Kepala BKPM Rudi Kartasasmita hadir di Jakarta."
    assert {p.name for p in Document(office, lex).people} == {"Rudi Kartasasmita"}


def test_a_name_opened_by_a_state_and_spelled_by_its_initials_is_one_organisation(lex):
    body = (
        "Malaysia Heritage Craft Council (MHCC) bekerja sama dengan Dewan Kerajinan Nasional menggelar pameran. "
        "Menurut Jepang Maritime Safety Board (JMSB), kapal itu tenggelam. Amerika Serikat (AS) menolak. "
        "MHCC menyatakan siap."
    )
    mentions = {body[m.start : m.end]: m.type for m in Document(body, lex).mentions}
    assert mentions["Malaysia Heritage Craft Council (MHCC)"] == "organization"
    assert mentions["Jepang Maritime Safety Board (JMSB)"] == "organization"  # (after "Menurut")
    assert mentions["MHCC"] == "organization"
    assert mentions["Amerika Serikat"] == "state"  # the state's own initials name the state


def _spans(body, *parts):
    """(start, end, kind) of each (text, kind, occurrence) in ``body``."""
    out = []
    for text, kind, nth in parts:
        at = -1
        for _ in range(nth + 1):
            at = body.index(text, at + 1)
        out.append((at, at + len(text), kind))
    return out


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (  # a body's name whose last word the article names alone as a person twice
            'Tim riset dipimpin oleh Xiaolan Mu.\n\n"Ini penting," ujar Mu.\n\n"Kami lanjut," jelas Mu.',
            (("Xiaolan Mu", "organization", 0), ("Mu", "person", 1), ("Mu", "person", 2)),
        ),
        (  # a one-word body the article names as a person more often
            'Dia adalah Wulansari.\n\n"Saya bangga," ujar Wulansari.\n\nPenonton mendukung Wulansari yang tampil.',
            (("Wulansari", "person", 0), ("Wulansari", "person", 1), ("Wulansari", "organization", 2)),
        ),
    ],
)
def test_a_name_read_as_an_organisation_is_the_person_the_article_names_alone(lex, body, parts):
    doc = Document(body, lex)
    found = _spans(body, *parts)
    assert [k for _, _, k in doc._organisations_named_as_people(found)] == ["person", "person", "person"]


@pytest.mark.parametrize(
    "body",
    [
        # named alone once only
        'Tim riset dipimpin oleh Xiaolan Mu.\n\n"Ini penting," ujar Mu.\n\nHasilnya terbit pekan depan.',
        # a lexicon word inside the body's name
        'Riset dibiayai Bank Mu.\n\n"Ini penting," ujar Mu.\n\n"Kami lanjut," jelas Mu.',
    ],
)
def test_an_organisation_stays_one_unless_its_last_word_is_a_person_named_twice(lex, body):
    doc = Document(body, lex)
    first = body.split(".")[0].rsplit(" ", 2)
    org = " ".join(first[-2:])
    parts = [(org, "organization", 0)] + [("Mu", "person", k) for k in range(1, body.count("Mu"))]
    found = _spans(body, *parts)
    assert doc._organisations_named_as_people(found)[0][2] == "organization"


@pytest.mark.parametrize(
    "kinds",
    [
        ("person", "person", "organization", "organization"),  # a body as often as a person
        ("person", "person", "person", "organization"),  # an acronym: a body's short form
    ],
)
def test_a_one_word_organisation_stays_one_unless_named_as_a_person_more_often(lex, kinds):
    word = "Wulansari" if kinds.count("person") == 2 else "WLS"
    body = (
        f'Dia adalah {word}.\n\n"Saya bangga," ujar {word}.\n\nPenonton mendukung {word} yang tampil. '
        f"Panitia memuji {word} pula."
    )
    doc = Document(body, lex)
    found = _spans(body, *[(word, k, i) for i, k in enumerate(kinds)])
    assert doc._organisations_named_as_people(found)[-1][2] == "organization"


def test_a_full_name_read_once_as_an_organisation_is_the_person_it_is_elsewhere(lex):
    body = "Lagu itu diminta kepada Wiratno Sembiring itu.\n\nWiratno Sembiring menolak. Wiratno Sembiring menggugat."
    doc = Document(body, lex)
    found = _spans(
        body, ("Wiratno Sembiring", "organization", 0), ("Wiratno Sembiring", "person", 1),
        ("Wiratno Sembiring", "person", 2),
    )  # fmt: skip
    assert [k for _, _, k in doc._organisations_named_as_people(found)] == ["person", "person", "person"]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (  # a firm the article writes as an employer, between a title and its officer's name
            "Direktur Utama Sinar Raharja Wiratno Sembiring hadir.\n\nSinar Raharja berharap. Sinar Raharja tumbuh.",
            ("organization", "person", "person"),
        ),
        (  # as often a body as a person
            "Kami memilih Sinar Raharja itu.\n\nSinar Raharja berharap. Sinar Raharja tumbuh.",
            ("organization", "person", "organization"),
        ),
    ],
)
def test_a_full_name_read_as_an_organisation_stays_one_when_written_as_an_employer_or_as_often(lex, body, kinds):
    doc = Document(body, lex)
    found = _spans(body, *[("Sinar Raharja", k, i) for i, k in enumerate(kinds)])
    assert doc._organisations_named_as_people(found)[0][2] == "organization"


def test_a_brands_word_opening_other_names_keeps_its_organisation(lex):
    body = 'Program Loyalty Mu dibuka. Mu Tiket Rewards juga.\n\n"Ini penting," ujar Mu.\n\n"Lanjut," jelas Mu.'
    doc = Document(body, lex)
    found = _spans(
        body, ("Loyalty Mu", "organization", 0), ("Mu Tiket Rewards", "organization", 0),
        ("Mu", "person", 2), ("Mu", "person", 3),
    )  # fmt: skip
    assert doc._organisations_named_as_people(found)[0][2] == "organization"


def _missed_by_tagger(body, lex, full):
    """A document of ``body`` as if the tagger had not typed ``full`` (its one-word mentions stay)."""
    doc = Document(body, lex)
    doc.people = [p for p in doc.people if p.name != full]
    doc.mentions = [m for m in doc.mentions if body[m.start : m.end] != full]
    return doc


SURNAME_ALONE = (
    "CEO baru Nusa Digital Mei-Ling Zhou, secara terbuka mengakui bahwa perusahaan tertinggal.\n\n"
    '"Kita harus bangkit," kata Zhou.\n\n"Kami akan berbenah," ujar Zhou.'
)


def test_a_surname_named_alone_twice_takes_the_given_names_the_tagger_left_before_it(lex):
    doc = _missed_by_tagger(SURNAME_ALONE, lex, "Mei-Ling Zhou")
    assert "Mei-Ling Zhou" not in {p.name for p in doc.people}
    doc._surnames_in_full(frozenset())
    assert "Mei-Ling Zhou" in {p.name for p in doc.people}


@pytest.mark.parametrize(
    "body",
    [
        # the given name is also named alone: a name of its own ("Persib | Bobotoh")
        SURNAME_ALONE.replace("perusahaan tertinggal", "Mei-Ling tertinggal"),
        # another person of the family named in full
        SURNAME_ALONE.replace("berbenah,", "berbenah, seperti Wei Zhou dulu,"),
        # a word the language writes in lower case before the surname
        SURNAME_ALONE.replace("Mei-Ling Zhou,", "Data Zhou,"),
    ],
)
def test_a_surname_named_alone_keeps_its_one_word_when_the_words_before_it_are_no_given_names(lex, body):
    full = "Data Zhou" if "Data Zhou" in body else "Mei-Ling Zhou"
    doc = _missed_by_tagger(body, lex, full)
    doc._surnames_in_full(frozenset())
    assert full not in {p.name for p in doc.people}


def test_an_organisation_named_again_is_that_organisation_whatever_the_tagger_left_there(lex):
    body = "Tim dari Karya Sentosa datang. Karya Sentosa menegaskan komitmennya."
    doc = Document(body, lex)
    found = _spans(body, ("Karya Sentosa", "organization", 0), ("Sentosa", "person", 1))
    second = body.index("Karya Sentosa", 20)
    assert doc._organisations_named_again(found) == [found[0], (second, second + len("Karya Sentosa"), "organization")]


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        # a person named in full there: the tagger's organisation was the misreading
        ("Lagu Rudi Santosa diputar. Rudi Santosa menuduh penyanyi itu.", (("Rudi Santosa", "person", 1),)),
        # an officer's name running on after the organisation's
        (
            "Tim Karya Sentosa datang. Direktur Karya Sentosa Rudi Hartono hadir.",
            (("Karya", "person", 1), ("Sentosa Rudi Hartono", "person", 0)),
        ),
    ],
)
def test_an_organisation_named_again_leaves_full_names_and_names_running_on(lex, body, parts):
    doc = Document(body, lex)
    org = "Rudi Santosa" if "Lagu" in body else "Karya Sentosa"
    found = sorted(_spans(body, (org, "organization", 0), *parts))
    assert doc._organisations_named_again(found) == found


def test_the_outlet_patterns_lookahead_holds_every_outlet_nouns_first_letter():
    # the patterns open with a lookahead on first letters, for speed: a noun added to OUTLET_NOUNS must be in it
    import re as _re

    from tasks.extract.names import OUTLET_NAMED, OUTLET_OF_STATE
    from tasks.extract.vocab import OUTLET_NOUNS

    firsts = _re.findall(r"(?:^|\|)\[(\w\w)\]", OUTLET_NOUNS)
    assert len(firsts) == OUTLET_NOUNS.count("|") + 1  # every alternative opens with its letter in both cases
    for pattern in (OUTLET_NAMED, OUTLET_OF_STATE):
        allowed = _re.match(r"\\b\(\?=\[(\w+)\]\)", pattern.pattern).group(1)
        assert all(pair[0] in allowed and pair[1] in allowed for pair in firsts)


@pytest.mark.parametrize(
    "body",
    [
        # initials the text gives as a person's ("berinisial"), then the same capitals alone
        "Polisi menangkap dua pemuda berinisial RKW dan TJ di Cilacap. Menurut polisi, RKW mengaku menyesal.",
        # capitals with an age in brackets, as reports of crimes name suspects and victims
        "Seorang sopir, RKW (34), ditahan di Polsek Kroya. RKW membantah tuduhan itu kepada wartawan.",
        # the last of a list of initials
        "Polisi menangkap tiga pemuda berinisial JP, N, dan RKW di Cilacap. Menurut polisi, RKW mengaku menyesal.",
    ],
)
def test_initials_given_as_a_persons_are_a_person_wherever_written(lex, body):
    doc = Document(body, lex)
    typed = [m.type for m in doc.mentions if body[m.start : m.end] == "RKW"]
    assert typed == ["person", "person"]


def test_capitals_no_text_gives_as_a_persons_keep_their_type(lex):
    body = "Kerja sama itu diteken RKW dan Pemerintah Kabupaten Cilacap. RKW membantah tuduhan itu."
    doc = Document(body, lex)
    assert "person" not in {m.type for m in doc.mentions if body[m.start : m.end] == "RKW"}


def test_a_states_short_form_given_as_a_suspects_initials_is_the_suspect_there_only(lex):
    body = "Seorang pria berinisial AS (23) ditangkap polisi di Kabupaten Cilacap. Sepeda motor itu dikirim dari AS."
    doc = Document(body, lex)
    assert [(m.type, m.code) for m in doc.mentions if body[m.start : m.end] == "AS"] == [
        ("person", None),
        ("state", "USA"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # one word after an honorific, then an office set off: the word is the name, not the end of an office
        "Pendeta Yakob, Ketua Sinode Gereja Injili, menjelaskan bahwa rumah itu milik jemaat.",
        "Ustaz Yakob, Ketua Yayasan Nurul Iman, menjelaskan bahwa rumah itu milik jemaat.",
        # a church's or a school's head ("Gembala", "Pengasuh") is a post (titles.tsv), not a name's first word
        "Pendeta Yakob, Gembala Gereja Injili, menjelaskan bahwa rumah itu milik jemaat.",
        "Ustaz Yakob, Pengasuh Pondok Pesantren Nurul Iman, menjelaskan bahwa rumah itu milik jemaat.",
    ],
)
def test_one_name_after_an_honorific_speaks_before_the_office_set_off_after_it(lex, body):
    assert names_of(body, lex, "rumah itu") == {"Yakob"}


@pytest.mark.parametrize(
    "body",
    [
        "Rapat itu membahas kebijakan New York",  # a two-word city typed a person, at the very end
        "Budi Santoso menyebut kebijakan Mampang Prapatan",
        "Budi Santoso menyebut kebijakan New York kemarin.",  # and inside the text
    ],
)
def test_a_city_of_two_words_read_as_a_person_leaves_no_empty_or_inverted_span(lex, body):
    doc = Document(body, lex)
    assert all(0 <= m.start < m.end <= len(body) for m in doc.mentions)
    assert all(0 <= p.start < len(body) and body[p.start :].startswith(p.name) for p in doc.people)


def test_an_unplaced_official_in_a_story_filed_from_the_capital_of_the_state_it_names_most_serves_that_state(lex):
    body = (
        "Sebuah pesawat kecil jatuh di bandara Southend, Inggris. Menteri Perhubungan Helen Ashby mengatakan situasi "
        "itu terus dipantau. Pesawat itu akan terbang ke Belanda."
    )
    assert Document(body, lex, "London").code_of("Helen Ashby") == "GBR"
    # filed at home, with no dateline, or from the capital of a state named less: no state is hers by the title
    for dateline in ("Jakarta", None, "Den Haag"):
        assert Document(body, lex, dateline).code_of("Helen Ashby") is None
    # the home state named: its own ministers may be abroad, nobody is placed so
    home = body + " Penumpangnya termasuk dua warga Indonesia."
    assert Document(home, lex, "London").code_of("Helen Ashby") is None
