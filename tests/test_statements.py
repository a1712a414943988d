"""Statement rules on sentences written for these tests (invented people, real lexicon words)."""

import pytest

from tasks.extract.document import Document
from tasks.extract.statements import extract_statements, one_role_per_person


def run(body, lex):
    out = []
    for st in extract_statements(body, lex):
        assert body[st.start : st.end]  # offsets always point at text
        out.append((st.kind, body[st.start : st.end], st.speaker.name, st.cue, st.rule))
    return out


def speaker_names(body, lex):
    return {name for _, _, name, _, _ in run(body, lex)}


def speakers_in_order(body, lex):
    """The speaker name of each statement, in text order (offsets checked by ``run``)."""
    return [name for _, _, name, _, _ in run(body, lex)]


def speakers_by_opening(body, lex, n=10):
    """The speaker of each statement, by the first ``n`` characters of what was said."""
    return {body[s.start : s.end][:n]: s.speaker for s in extract_statements(body, lex)}


def test_cue_after_quote_resolves_fullest_name_role_and_channel(lex):
    body = (
        "Menteri Luar Negeri Chile Rosa Tamarind bertemu mitranya di Lima.\n\n"
        "“Kami membahas kerja sama perdagangan,” tulis Tamarind di Telegram, Senin."
    )
    sts = extract_statements(body, lex)
    direct = [s for s in sts if s.kind == "direct"]
    assert len(direct) == 1
    st = direct[0]
    assert body[st.start : st.end] == "Kami membahas kerja sama perdagangan"
    assert st.speaker.name == "Rosa Tamarind" and st.speaker.written == "Tamarind"
    assert st.speaker.role == "Menteri Luar Negeri Chile" and st.speaker.code == "CHL"
    assert (st.cue, st.channel, st.rule) == ("tulis", "Telegram", "direct_cue_after")


@pytest.mark.parametrize(
    ("written", "channel"),
    [
        ("dalam keterangan tertulisnya", "keterangan tertulis"),
        ("dalam pidatonya", "pidato"),
        ("di Telegram", "Telegram"),
    ],
)
def test_a_channel_is_read_with_its_possessive(lex, written, channel):
    body = f"Direktur Utama PT Sinar Jaya Budi Santoso, {written}, mengatakan produksi naik 20 persen."
    assert [st.channel for st in extract_statements(body, lex)] == [channel]


def test_cue_before_and_colon(lex):
    body = 'Juru Bicara Badan Antariksa Doni Prasetyo mengatakan, "Peluncuran ditunda sampai pekan depan."'
    assert run(body, lex) == [
        ("direct", "Peluncuran ditunda sampai pekan depan.", "Doni Prasetyo", "mengatakan", "direct_cue_before")
    ]
    body2 = 'Presiden Kuba Ramon Verde: "Kami tidak akan mundur."'
    assert run(body2, lex)[0][2] == "Ramon Verde"


def test_pronoun_cue_refers_to_last_speaker(lex):
    body = (
        "Gubernur Wati Lestari meninjau lokasi banjir pada Senin.\n\n"
        '"Bantuan sudah kami salurkan ke semua posko," katanya.'
    )
    (kind, _text, name, cue, _rule) = run(body, lex)[-1]
    assert (kind, name, cue) == ("direct", "Wati Lestari", "katanya")


def test_scare_quotes_and_titles_are_not_statements(lex):
    body = (
        "Polisi menyebut kelompok itu sebagai “jaringan bayangan” dalam laporan tahunan.\n\n"
        'Film "Langit Biru di Atas Kota" akan tayang bulan depan.'
    )
    assert [r for r in run(body, lex) if r[0] == "direct"] == []


def test_unbalanced_quote_never_swallows_the_article(lex):
    body = 'Ia berkata "ini belum selesai.\n\nParagraf berikutnya tanpa tanda kutip sama sekali.\n\nDan satu lagi.'
    assert all(len(text) < 40 for _, text, *_ in run(body, lex))


def test_quotation_continued_over_paragraphs(lex):
    body = (
        "Menteri Kesehatan Sari Wulan berbicara kepada wartawan.\n\n"
        "“Kami sudah menyiapkan vaksin untuk seluruh provinsi.\n\n"
        "“Distribusi dimulai besok pagi,” ujar Wulan."
    )
    direct = [r for r in run(body, lex) if r[0] == "direct"]
    assert [r[1] for r in direct] == [
        "Kami sudah menyiapkan vaksin untuk seluruh provinsi.",
        "Distribusi dimulai besok pagi",
    ]
    assert {r[2] for r in direct} == {"Sari Wulan"}


def test_antara_tail_cue_menurut_and_reporting_verb(lex):
    body = (
        "Pemerintah akan membuka tiga pelabuhan baru tahun ini, "
        "kata Direktur Jenderal Perhubungan Laut Agus Salim, Jumat.\n\n"
        "Menurut Agus, pembangunan dermaga sudah mencapai separuh.\n\n"
        "Rusia menegaskan bahwa latihan militer itu bersifat defensif."
    )
    rows = run(body, lex)
    assert (
        "indirect",
        "Pemerintah akan membuka tiga pelabuhan baru tahun ini",
        "Agus Salim",
        "kata",
        "indirect_tail_cue",
    ) in rows
    assert any(r[2] == "Agus Salim" and r[4] == "indirect_menurut" for r in rows)
    rusia = next(r for r in rows if r[2] == "Rusia")
    assert rusia[1] == "latihan militer itu bersifat defensif" and rusia[3] == "menegaskan"


def test_no_statement_without_a_speaker(lex):
    assert run("Langkah ini menegaskan bahwa kerja sama tetap berjalan.", lex) == []
    assert run("", lex) == []


def test_a_sentence_pointing_back_to_a_quotation_names_its_speaker(lex):
    body = (
        "Pemerintah akan menambah kuota haji tahun depan.\n\n"
        "“Kami sudah berkomunikasi dengan otoritas Arab Saudi soal tambahan kuota itu.” Hal itu disampaikan "
        "Menteri Agama Nasrul Umar di Jakarta, Senin.\n\n"
        "“Kuota tambahan diprioritaskan bagi jemaah lansia.”\n\n"
        "Hal tersebut juga dikatakan Ketua Komisi VIII DPR Marwan Dasopang.\n\n"
        "Warga menyebut program itu “jalan tol haji” dan hal itu dikatakan banyak orang."
    )
    got = run(body, lex)
    assert ("direct", "Kami sudah berkomunikasi dengan otoritas Arab Saudi soal tambahan kuota itu.", "Nasrul Umar",
            "disampaikan", "direct_back_reference") in got  # fmt: skip
    assert any(r[1].startswith("Kuota tambahan") and r[2] == "Marwan Dasopang" for r in got)  # the next paragraph
    assert not any(r[1] == "jalan tol haji" for r in got)  # a term inside a sentence is not a statement


def test_a_sentence_pointing_back_names_the_person_set_off_after_a_role(lex):
    # "disampaikan oleh ROLE, NAME, ...": the name set off after the role, as after a cue, not a word of the
    # institution inside the role
    for role in ("Direktur Utama PT Maju Sentosa", "General Manager Corporate Secretary KCJB"):
        body = (
            "“Jumlah penumpang naik dua kali lipat tahun ini.”\n\n"
            f"Pernyataan tersebut disampaikan oleh {role}, Wulan Kartikasari, dalam siaran resmi, Kamis."
        )
        got = extract_statements(body, lex)
        assert [(s.speaker.name, s.speaker.role, s.rule) for s in got] == [
            ("Wulan Kartikasari", role, "direct_back_reference")
        ]


def test_a_title_set_off_after_a_bare_name_is_that_persons_role(lex):
    # whatever the tagger makes of the institution in the role, the speaker is the name before the comma
    body = "“Harga akan naik lagi pekan depan,” kata Fahmi Sutanto, Analis Reku, dalam keterangan tertulis."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Fahmi Sutanto"
    # a role before the comma still takes the name set off after it
    body = "“Kami siap,” kata juru bicara Polda Sulawesi Tengah, AKBP Sulastri Wahyuni, Jumat."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Sulastri Wahyuni"


def test_quote_cues_of_kompas_copy(lex):
    body = (
        "Pelatih Budi Santika memimpin latihan tim.\n\n"
        "“Kami akan bermain menyerang sejak menit pertama,” bebernya.\n\n"
        "“Jangan lupa minum air putih,” seloroh Budi."
    )
    got = {(r[1][:10], r[2], r[3]) for r in run(body, lex)}
    assert ("Kami akan ", "Budi Santika", "bebernya") in got
    assert ("Jangan lup", "Budi Santika", "seloroh") in got


def test_a_leading_quote_cue_and_menurut_before_a_quotation(lex):
    body = (
        "Kepala Badan Cuaca Dewi Karnasari meninjau lokasi.\n\n"
        "Menurut Dewi, “Cuaca ekstrem masih akan terjadi hingga pekan depan.”\n\n"
        "Kata Dewi, “Masyarakat jangan panik.”"
    )
    got = run(body, lex)
    assert ("direct", "Masyarakat jangan panik.", "Dewi Karnasari", "Kata", "direct_cue_before") in got
    cuaca = [r for r in got if "Cuaca ekstrem" in r[1]]
    assert [r[0] for r in cuaca] == ["direct"]  # once, as the quotation it is


def test_a_one_word_speaker_takes_the_full_name_another_statement_gives(lex):
    from tasks.extract.mentions import Speaker
    from tasks.extract.statements import Statement, _unify_short_names

    def st(name):
        return Statement("indirect", 0, 5, 0, Speaker(name, name, "person"), "kata", None, None, "indirect_verb")

    out = _unify_short_names([st("Yoga"), st("Yoga Devara"), st("Kim"), st("Kim Jong Un"), st("Kim Yo Jong")])
    assert [s.speaker.name for s in out] == ["Yoga Devara", "Yoga Devara", "Kim", "Kim Jong Un", "Kim Yo Jong"]


def test_an_organisation_the_document_names_is_a_speaker(lex):
    """A company or an NGO typed by the document model speaks as an organisation, not as the state
    its name contains ("Garuda Indonesia")."""
    from tasks.extract.statements import extract_statements

    body = "PT Sinar Energi Nusantara memastikan bahwa pasokan BBM ke wilayah itu tetap aman."
    found = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert found == [("PT Sinar Energi Nusantara", "organization")]


def test_a_role_the_tagger_calls_an_organisation_stays_a_role(lex):
    from tasks.extract.statements import extract_statements

    body = "General Manager Corporate Secretary KCIC mengatakan jadwal kereta tidak berubah."
    assert all(s.speaker.type != "organization" for s in extract_statements(body, lex))


def test_institutions_and_acronyms_named_as_subjects_speak(lex):
    body = (
        "SEMARANG, KOMPAS.com -- Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Jawa Tengah mengungkapkan "
        "bahwa stok hewan kurban melebihi kebutuhan.\n\n"
        "Untuk itu, IPHI Jabar mendesak Pemerintah Indonesia melakukan pendekatan langsung.\n\n"
        "Data BPS menyebutkan, 20 persen orang terkaya menguasai separuh pengeluaran."
    )
    found = {(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)}
    assert ("Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Jawa Tengah", "organization") in found
    assert ("IPHI Jabar", "organization") in found
    assert ("BPS", "organization") in found  # "data" is what the source said, not the source


def test_a_pronoun_after_an_organisations_statement_is_the_last_person_who_spoke(lex):
    body = (
        '"Sampah itu terbawa arus laut," kata General Manager The Mandalika Budi Santoso di Lombok, Minggu.\n\n'
        "Sampah dikumpulkan oleh Rudi setiap pagi.\n\n"
        "Menurut BMKG, hujan masih turun sepekan lagi.\n\n"
        "Ia mengatakan keterlibatan warga menjadi bagian penting dari upaya itu."
    )
    speakers = {t: sp.name for t, sp in speakers_by_opening(body, lex, 12).items()}
    assert speakers.get("keterlibatan") == "Budi Santoso"


def test_pihaknya_points_back_to_an_institution_that_spoke_last(lex):
    # "pihaknya" (its side) is the party that spoke before, an institution too; "ia" stays a person
    body = (
        "Kementerian Luar Negeri Jepang menyatakan bahwa Dosen Rina Kartika menerima penghargaan itu.\n\n"
        "Pihaknya menilai Rina berjasa dalam kerja sama riset kedua negara."
    )
    speakers = speakers_by_opening(body, lex)
    said = speakers["Rina berja"]
    assert (said.name, said.type) == ("Kementerian Luar Negeri Jepang", "organization")
    body = body.replace("Pihaknya menilai", "Ia menilai")
    speakers = speakers_by_opening(body, lex)
    assert speakers["Rina berja"].type != "organization"
    body = (
        "Kepala Dinas Pendidikan Agus Salim menyatakan bahwa sekolah itu ditutup.\n\n"
        "Pihaknya menilai gedung sekolah itu tidak aman."
    )
    assert speaker_names(body, lex) == {"Agus Salim"}


def test_an_apposition_with_a_list_inside_between_subject_and_verb(lex):
    body = "Sulastri, selaku Kepala Bagian Umum, Keuangan, dan Kepegawaian RSUD Ambon, menyampaikan, layanan buka."
    assert speaker_names(body, lex) == {"Sulastri"}


def test_perseroan_points_back_to_the_company(lex):
    body = (
        "JAKARTA, KOMPAS.com - PT Sinar Abadi Tbk mencatat laba Rp 75 miliar pada 2024.\n\n"
        "Namun, perseroan memperkirakan pertumbuhan laba yang signifikan pada 2025."
    )
    assert speaker_names(body, lex) == {"PT Sinar Abadi Tbk"}


def test_places_after_a_role_are_passed_over_to_the_name(lex):
    body = "Titik Rahayu, Kepala Gudang Bulog, Gianyar, Bali, menekankan pentingnya menjaga mutu beras."
    assert speaker_names(body, lex) == {"Titik Rahayu"}


def test_an_office_set_off_after_a_full_name_is_the_persons(lex):
    body = "Paulius Juta, CEO Sinar Jaya, mengatakan pertumbuhan pesat."
    assert speaker_names(body, lex) == {"Paulius Juta"}


def test_a_sentence_pointing_back_names_who_said_the_one_before(lex):
    body = (
        "DENPASAR, KOMPAS.com - Dana bantuan tunai digelontorkan pemerintah mulai Oktober.\n\n"
        "Bantuan tersebut agar tidak disalahgunakan untuk judi online oleh para penerima.\n\n"
        "Pesan itu sempat disampaikan Menteri Komunikasi dan Digital Meutya Hafid di Denpasar, Kamis."
    )
    found = [(body[s.start : s.end], s.speaker.name) for s in extract_statements(body, lex)]
    assert ("Bantuan tersebut agar tidak disalahgunakan untuk judi online oleh para penerima", "Meutya Hafid") in [
        (t.rstrip("."), n) for t, n in found
    ]
    assert not any(t.startswith("Pesan itu") for t, _ in found)  # the pointing sentence is no statement


def test_an_acronym_in_brackets_inside_a_role_after_a_cue(lex):
    body = '"Ini penting," kata Kepala Badan Pusat Statistik (BPS) Amalia Adininggar di Jakarta.'
    assert speaker_names(body, lex) == {"Amalia Adininggar"}


def test_a_name_set_off_after_a_role_is_the_speaker(lex):
    body = (
        "“Kerja sama data antarnegara penting,” kata Menteri Hukum dan HAM, Budi Santosa setelah membuka rapat.\n\n"
        "“Kami tidak mengenal hukuman mati,” kata Wakil Duta Besar Inggris untuk Indonesia, Mark Dowell, "
        "di Jakarta.\n\n"
        "“Kami senang bisa menang,” tutur asisten pelatih tim nasional, Frans van Dijk, kepada wartawan."
    )
    got = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [("Budi Santosa", "IDN"), ("Mark Dowell", "GBR"), ("Frans van Dijk", None)]


def test_an_epithet_is_the_person_named_before_in_that_role(lex):
    body = (
        "Pelatih klub Sinar Jaya, Hendra Kusuma, puas dengan hasil laga.\n\n"
        "Kiper tim tamu, Joni Saputra, juga memuji penonton.\n\n"
        "Selain itu, pelatih berusia 54 tahun tersebut menilai lini belakang timnya masih rapuh.\n\n"
        "“Kami harus memperbaiki pertahanan,” kata pelatih asal Belanda itu.\n\n"
        "“Mereka seperti pemain ke-12 kami,” ujar kiper berumur 28 tahun tersebut.\n\n"
        "“Saya bangga pada anak-anak,” lanjut pelatih 51 tahun."
    )
    got = speakers_in_order(body, lex)
    assert got == ["Hendra Kusuma", "Hendra Kusuma", "Joni Saputra", "Hendra Kusuma"]
    # a role with no epithet and nobody named in it stays the role ("juru bicara" for an unnamed person)
    plain = "“Kami masih menyelidiki,” kata juru bicara kepolisian."
    assert [s.speaker.name for s in extract_statements(plain, lex)] == ["juru bicara kepolisian"]


def test_a_birthplace_of_two_words_in_an_epithet_is_no_name(lex):
    body = (
        "Legenda klub Sinar Jaya, Rodrigo Vaz, hadir di Surabaya.\n\n"
        "“Saya akan menonton dari tribun,” ucap pria kelahiran Porto Verde, Brasil, tersebut."
    )
    assert speakers_in_order(body, lex) == ["Rodrigo Vaz"]


def test_whom_a_player_plays_for_set_off_before_the_name_is_nobody(lex):
    body = (
        "Pemain Sinar Jaya, Budi Santoso, akhirnya angkat bicara.\n\n"
        "“Saya tidak suka wawancara,” tambah sang pemain."
    )
    assert speakers_in_order(body, lex) == ["Budi Santoso"]
    # a person the article is about, named again, stays a person: "Pengacara X, Y" is X's lawyer
    body = (
        "Pengacara Rian Mahesa, Dodi Kurnia, menyatakan kliennya akan hadir.\n\n"
        "Rian Mahesa menghadapi dakwaan pemerasan."
    )
    doc = Document(body, lex)
    assert {p.name for p in doc.people} >= {"Rian Mahesa", "Dodi Kurnia"}


def test_recognising_a_state_is_no_statement(lex):
    assert run("Presiden Valdoria Marco Ferrante akan mengakui negara Palestina.", lex) == []
    assert run("Pemerintah Valdoria mengakui Yerusalem sebagai ibu kota Israel.", lex) == []
    # admitting something of a state is speech: a clause follows the state's name
    got = run("Menteri Budi Santoso mengakui Malaysia memang lebih unggul dalam hal itu.", lex)
    assert [(k, sp, cue) for k, _, sp, cue, _ in got] == [("indirect", "Budi Santoso", "mengakui")]


def test_a_nickname_given_after_a_full_name_is_that_person(lex):
    body = (
        "Bupati Sukamaju, Rahmat Hidayat, yang akrab disapa Dayat, meninjau lokasi.\n\n"
        "“Jalan ini segera diperbaiki,” kata Dayat."
    )
    assert speakers_in_order(body, lex) == ["Rahmat Hidayat"]
    # after an elder's honorific, as Javanese copy calls them ("Mbah")
    body = (
        "Tarjo Hadi Wiyono, yang akrab disapa Mbah Tarjo, warga Dusun Ngentak, kehilangan tanahnya.\n\n"
        "“Saya hanya ingin sertifikat kembali,” kata Mbah Tarjo."
    )
    assert speakers_in_order(body, lex) == ["Tarjo Hadi Wiyono"]
    # a band's name glued before the full name is no part of it ("Kelompok musik Lentera")
    body = (
        "Kelompok musik Lentera menyiapkan album baru.\n\n"
        "“Kami sudah lama vakum,” ujar penggebuk drum Lentera Surya Prakoso atau yang akrab disapa Koko.\n\n"
        "“Kami siap,” kata Koko."
    )
    assert speakers_in_order(body, lex) == ["Surya Prakoso", "Surya Prakoso"]


def test_a_role_set_off_after_the_name_is_the_speakers_role(lex):
    def roles(body):
        rows = one_role_per_person(extract_statements(body, lex, doc := Document(body, lex)), doc)
        return [(st.speaker.name, st.speaker.role, st.speaker.code) for st in rows]

    body = "Budi Santoso, Kepala Dinas Pendidikan Sukamaju, mengatakan sekolah dibuka pekan depan."
    assert roles(body) == [("Budi Santoso", "Kepala Dinas Pendidikan Sukamaju", None)]  # no code read from it
    body = '"Sekolah dibuka pekan depan," ungkap Budi Santoso selaku Direktur Utama PT Sinar Jaya.'
    assert roles(body) == [("Budi Santoso", "Direktur Utama PT Sinar Jaya", None)]
    # after "Menurut X," a clause goes on: no role
    body = "Menurut Budi Santoso, warga justru fokus pada hal lain."
    assert roles(body) == [("Budi Santoso", None, None)]
    # after the person's age in brackets, as copy introduces ordinary people: "Nama (umur), peran"
    body = 'Pandangan serupa datang dari Rina Wulandari (46), dosen.\n\n"Buku itu arsip hidup," kata Rina.'
    assert roles(body) == [("Rina Wulandari", "dosen", None)]
    body = "Wati (47), warga RT 01 RW 03 Kelurahan Sukamaju, mengaku kaget air naik begitu cepat."
    assert roles(body) == [("Wati", "warga RT 01 RW 03 Kelurahan Sukamaju", None)]
    # one of many described by what they are, set off after the name or before it, is a role as written
    body = "Rahmat (35), salah satu juru parkir di Pasar Baru, mengatakan razia jarang terjadi."
    assert roles(body) == [("Rahmat", "salah satu juru parkir", None)]
    body = "Seorang pengemudi ojek daring, Irfan (28), mengatakan jalan itu selalu tergenang."
    assert roles(body) == [("Irfan", "Seorang pengemudi ojek daring", None)]
    # an English job title, qualified before it as English does, set off before the name; not "Menurut" before one
    body = "Training Director Sukamaju Safety Consultant, Budi Santoso, mengungkapkan tren itu meningkat."
    assert roles(body) == [("Budi Santoso", "Training Director Sukamaju Safety Consultant", None)]
    body = 'Menurut Head of Research Rumah Kita, Marisa Jaya, harga naik.\n\n"Permintaan tinggi," kata Marisa.'
    assert {r[1] for r in roles(body)} == {"Head of Research Rumah Kita"}
    body = "Fire Operation Management Head PT Sinar Abadi, Panji Waluyo, menambahkan, titik panas dipantau."
    assert roles(body) == [("Panji Waluyo", "Fire Operation Management Head PT Sinar Abadi", None)]
    # set off after the name too
    body = "Rina Wulandari, Senior Manager Riset Pasar PT Sinar Jaya, mengatakan permintaan naik."
    assert roles(body) == [("Rina Wulandari", "Senior Manager Riset Pasar PT Sinar Jaya", None)]
    # a company's posts as firms' releases write them, in English too (lexicon entries)
    body = "Corporate Secretary Bank Sinar Wisnu Hartono menyatakan layanan sudah normal."
    assert roles(body) == [("Wisnu Hartono", "Corporate Secretary Bank Sinar", None)]
    body = "Dewi Kartika, AVP Humas Bank Sinar, mengatakan layanan sudah normal."
    assert roles(body) == [("Dewi Kartika", "AVP Humas Bank Sinar", None)]
    body = '"Kadang ia membiarkan dirinya dibelai," kata Flora Ferina, konservasionis yang merawatnya.'
    assert roles(body) == [("Flora Ferina", "konservasionis", None)]
    # an acting official's post keeps its "Penjabat" (as "Pj" and "Plt")
    body = "Penjabat Sekretaris Daerah Sukamaju, Muhtar Wahyudi, mengungkapkan bahwa hasil uji laboratorium negatif."
    assert [r[:2] for r in roles(body)] == [("Muhtar Wahyudi", "Penjabat Sekretaris Daerah Sukamaju")]
    # the word opening the sentence before a role set off is no part of it; a preposition before it makes no role
    body = "Sementara CEO Sinar Jaya, Budi Santoso, dalam suratnya menyebut tarif itu merugikan."
    assert roles(body) == [("Budi Santoso", "CEO Sinar Jaya", None)]
    body = "JAKARTA - Hari ini.\n\nSebagai pemimpin di perusahaan teknologi, Budi Santoso mengaku tekanannya besar."
    assert roles(body) == [("Budi Santoso", None, None)]
    # a relation to someone is no title or office of the person's
    body = "Kakak kandung korban, Dewi Lestari, mengatakan keluarga menunggu kabar."
    assert roles(body) == [("Dewi Lestari", None, None)]
    # a long role set off before the name is read whole when it opens its sentence; a clause there is no role
    body = (
        "Hari ini ramai. Peneliti tanaman obat dari Balai Riset Tanaman Nusa Raya di Kota Sukamaju, Rina Wulandari, "
        "mengatakan getah itu mahal."
    )
    role = "Peneliti tanaman obat dari Balai Riset Tanaman Nusa Raya di Kota Sukamaju"
    assert roles(body)[0][:2] == ("Rina Wulandari", role)
    body = (
        "Hari ini ramai. Penyanyi dangdut Joko Susilo membagikan potret keluarga besarnya di acara siraman putrinya, "
        'Rina Wulandari.\n\n"Saya bahagia sekali," kata Rina Wulandari.'
    )
    assert ("Rina Wulandari", None) in [r[:2] for r in roles(body)]


def test_a_role_is_linked_only_to_a_holder_with_the_same_title(lex):
    body = (
        "Kepala Badan Kesatuan Bangsa dan Politik Provinsi, Rina Astuti, menyebut sosialisasi berjalan.\n\n"
        "Direktur Jenderal Politik dan Pemerintahan Umum menegaskan bahwa aturan itu mengikat semua ormas."
    )
    got = speakers_in_order(body, lex)
    assert got[-1] != "Rina Astuti"  # "dan", "politik" in both roles do not make them one office


def test_a_counted_subject_is_a_group_and_a_sentence_adverb_no_part_of_it(lex):
    body = (
        "Kami menghubungi kantor cabang bank itu, sayangnya salah satu staf kantor mengatakan bahwa data "
        "nasabah tidak bisa dibuka.\n\nSebanyak 500 aktivis menyatakan bahwa mereka akan terus mengawal kasus itu."
    )
    got = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert got == [("salah satu staf kantor", "person"), ("500 aktivis", "group")]


def test_military_and_police_ranks_are_no_part_of_a_name(lex):
    body = (
        "Wakil Kepala Staf Angkatan Darat Letjen Tandi Budiman mengatakan bahwa pasukan siaga.\n\n"
        "“Kami siap,” kata Marsda Rudi Hartono.\n\n“Patroli terus berjalan,” ujar Aiptu Dani Saputra."
    )
    assert speakers_in_order(body, lex) == ["Tandi Budiman", "Rudi Hartono", "Dani Saputra"]


def test_an_institution_set_off_between_an_office_and_the_name(lex):
    body = '"Lokasinya di perumahan," ujar Direktur Tindak Pidana Narkotika, Bareskrim Polri, Kombes Pol Johan Turnip.'
    assert speakers_in_order(body, lex) == ["Johan Turnip"]


def test_a_dateline_glued_to_its_dash_and_a_pronoun_after_adverbs(lex):
    body = (
        "JAKARTA, KOMPAS.com- Kementerian Agama (Kemenag) memastikan proses transisi tidak akan mengganggu "
        "persiapan haji.\n\nPelatih Budi Santoso menilai timnya bermain baik. Hanya memang secara permainan "
        "dia mengakui belum maksimal karena tekanan lawan."
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert ("Kementerian Agama (Kemenag)", "memastikan") in got
    assert ("Budi Santoso", "mengakui") in got


def test_a_name_with_its_age_then_a_description_and_places_before_the_verb(lex):
    body = (
        "Salah satu warga, Rina Mulyani (28), warga Jagakarsa, Jakarta Selatan, mengaku sempat senang.\n\n"
        "SOLO, KOMPAS.com - Pemerintah Kota (Pemkot) Solo, Jawa Tengah meminta dapur umum berbelanja di pasar.\n\n"
        "Dilansir dari pemberitaan Kompas.com, Korsel menuduh insinyur itu mencuri data."
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert got == [
        ("Rina Mulyani", "mengaku"), ("Pemerintah Kota (Pemkot) Solo", "meminta"), ("Korsel", "menuduh")
    ]  # fmt: skip


def test_a_pronoun_after_and_is_the_subject_of_its_own_clause(lex):
    body = (
        "Hayani dan Kasmin merasa ditipu agen perjalanan itu.\n\n"
        "Pendapatan mereka menurun, dan mereka berharap polisi menindak tegas pelaku."
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert got == [("Hayani dan Kasmin", "berharap")]


def test_a_person_after_a_place_phrase_and_a_name_after_a_whole_office_title(lex):
    body = (
        "Terkait aduan yang tengah berlangsung di Polresta Solo, Victor Hutagalung menyatakan bahwa pihaknya "
        "menyerahkan sepenuhnya kepada Pemerintah Kota.\n\n"
        "Menteri Luar Negeri Sugiono menegaskan Indonesia menolak pemindahan paksa warga Gaza."
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert got == [("Victor Hutagalung", "menyatakan"), ("Sugiono", "menegaskan")]


def test_a_second_verb_after_but_shares_the_named_subject(lex):
    body = "Pelatih Nova Arianto menyadari tantangan itu, tetapi menilai pengalaman ini menjadi pelajaran penting."
    assert [(s.speaker.name, s.cue) for s in extract_statements(body, lex)] == [("Nova Arianto", "menilai")]


def test_a_verb_joined_with_the_subjects_own_pronoun_is_a_statement_of_its_own(lex):
    body = (
        "Pelatih tim nasional Raka Mahendra mengakui timnya bergantung pada satu penyerang, namun ia menilai "
        "banyak pemain lain bisa mencetak gol."
    )
    got = [(s.speaker.name, s.cue, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert got == [
        ("Raka Mahendra", "mengakui", "timnya bergantung pada satu penyerang"),
        ("Raka Mahendra", "menilai", "banyak pemain lain bisa mencetak gol"),
    ]
    # "mereka" after one person names others: no statement of the person's
    plural = "Raka Mahendra mengakui timnya lelah, namun mereka menilai jadwal itu wajar."
    assert [s.cue for s in extract_statements(plural, lex)] == ["mengakui"]


def test_a_persons_pronoun_after_dan_opens_a_clause_of_its_own(lex):
    body = (
        "Sinta Maharani kehilangan pekerjaannya bulan lalu.\n\n"
        "Kejadian itu membuat kesehatannya menurun dan dia mengaku sulit tidur setiap malam."
    )
    assert [(s.speaker.name, s.cue) for s in extract_statements(body, lex)] == [("Sinta Maharani", "mengaku")]


def test_a_coachs_other_names_point_back_to_the_coach(lex):
    body = (
        "Pelatih Garuda Muda, Tomas Varga, menegaskan timnya siap.\n\n"
        "Taktisi asal Hungaria itu menyebut lawan mereka bermain sangat rapat."
    )
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Tomas Varga", "person")] * 2


def test_a_mid_cue_after_a_named_subject_keeps_the_subject_in_the_report(lex):
    body = "Partai Nusantara Bersatu, kata Wahyu Pranoto, akan menghormati putusan majelis kehormatan."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, body[st.start : st.end]) == ("Wahyu Pranoto", body)
    lead = "Karena itu, kata Wahyu Pranoto, partainya akan menghormati putusan majelis kehormatan."
    (st,) = extract_statements(lead, lex)
    assert lead[st.start : st.end] == "partainya akan menghormati putusan majelis kehormatan."


def test_a_cue_word_opening_the_content_leaves_the_sentence_to_the_other_rules(lex):
    # "kisah" (a cue: "..., kisahnya") names the story here; the report is still Rani's
    body = "Menurut Rani Kusuma, kisah dalam lagu ini sangat personal."
    got = [(s.speaker.name, s.cue, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert got == [("Rani Kusuma", "menurut", "kisah dalam lagu ini sangat personal.")]


def test_a_name_inside_an_opening_phrase_is_no_speaker_described_after_it(lex):
    body = "Dalam jurnal Marine Ecology Letters, para peneliti memperkirakan bahwa terumbu itu berumur 500 tahun."
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("para peneliti", "group")]
    described = "Kishore Wirawan, mantan penyidik di Biro Investigasi, mengatakan kasus itu janggal."
    assert [s.speaker.name for s in extract_statements(described, lex)] == ["Kishore Wirawan"]


def test_recommending_and_suspecting_are_reported_speech(lex):
    body = (
        "Ahli gizi Maya Kartika merekomendasikan warga mengurangi gula.\n\n"
        "Kepala Dinas Kelautan Arif Saputra menengarai kapal itu masuk tanpa izin."
    )
    assert [(s.speaker.name, s.cue) for s in extract_statements(body, lex)] == [
        ("Maya Kartika", "merekomendasikan"),
        ("Arif Saputra", "menengarai"),
    ]


def test_a_title_case_heading_is_nobody_a_pronoun_after_it_can_point_to(lex):
    body = (
        "Pelatih Dodi Hermawan menekankan pentingnya disiplin latihan.\n\n"
        "Berharap Pelatih Baru Segera Diumumkan Lebih Cepat\n\n"
        "Ia menyebut pelatih baru harus cepat beradaptasi agar tim lebih siap."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Dodi Hermawan", "Dodi Hermawan"]


def test_a_source_closing_the_sentence_after_seperti_or_sebagaimana(lex):
    body = (
        "Sedikitnya 40 rumah rusak diterjang banjir, seperti dilaporkan Kantor Berita Nusantara.\n\n"
        "Pameran itu dibuka pekan lalu seperti disampaikan dalam keterangan pers dari Konsulat Jenderal RI Osaka "
        "yang diterima di Jakarta, Minggu.\n\n"
        "Menteri Dodi Prasetyo mengatakan harga pangan stabil, seperti dilaporkan Kantor Berita Nusantara."
    )
    got = [(s.speaker.name, s.speaker.type, s.cue) for s in extract_statements(body, lex)]
    assert got == [
        ("Kantor Berita Nusantara", "organization", "dilaporkan"),
        ("Konsulat Jenderal RI Osaka", "organization", "disampaikan"),
        ("Dodi Prasetyo", "person", "mengatakan"),  # the medium relays what the minister said
    ]


def test_a_quoted_word_closed_by_a_full_stop_and_a_message_quoted_are_no_ones_speech(lex):
    term = 'Pengguna diminta mengklik "aktifkan". Pengguna lalu diarahkan ke laman yang meminta kata sandi.'
    assert [s for s in extract_statements(term, lex) if s.kind == "direct"] == []
    message = 'Pesan tersebut berbunyi "Anda diundang mencoba fitur panggilan video terbaru sekarang juga".'
    assert extract_statements(message, lex) == []
    said = '"Kami akan mengevaluasi semua jalur distribusi pangan," kata Menteri Rudi Hartanto.'
    assert [s.speaker.name for s in extract_statements(said, lex)] == ["Rudi Hartanto"]


def test_an_accounts_handle_is_the_speakers_name(lex):
    body = (
        '"Sudah 40 menit menunggu kereta di peron ini," tulis akun X @warga_baik.\n\n'
        '"Kami mohon maaf atas keterlambatan ini," tulis akun Instagram resmi *@kai*****.'
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["@warga_baik", "*@kai*****"]
    # "tulisnya" with nobody named before it: the account the text named just before
    posted = (
        "Unggahan itu dimuat di akun media sosial X (Twitter) *@tan***** pada Selasa.\n\n"
        '"Apakah data kesehatan keluarga bisa saling dilihat di aplikasi?" tulisnya.'
    )
    assert [s.speaker.name for s in extract_statements(posted, lex)] == ["*@tan*****"]
    # a speaker written nowhere (resolved from context) has no handle to read (found by fuzzing)
    assert [s.speaker.name for s in extract_statements('"Warga diminta tenang," mengakui Wulan.', lex)] == ["Wulan"]


def test_an_acronym_the_article_always_writes_before_a_word_stays_in_the_name(lex):
    body = (
        "Melalui akun resmi, PTN Komuter mengumumkan, gangguan sedang ditangani petugas.\n\n"
        '"Perjalanan dapat dilalui bergantian," tulis PTN Komuter.\n\n'
        "Ketua DPR Sarmadi menyatakan jadwal rapat diundur. Menurut Sarmadi, rapat digelar pekan depan."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == [
        "PTN Komuter", "PTN Komuter", "Sarmadi", "Sarmadi"
    ]


def test_a_quotation_standing_alone_after_an_account_is_named_is_the_accounts(lex):
    body = (
        '"Kami mohon maaf atas keterlambatan perjalanan pagi ini," tulis PT Kereta Kota.\n\n'
        "Keluhan serupa juga datang dari akun @penumpang_setia yang menyoroti informasi yang terlambat.\n\n"
        '"Gangguan sudah dari jam tujuh, kalian baru mengumumkannya sekarang!"'
    )
    assert [s.speaker.name for s in extract_statements(body, lex) if s.kind == "direct"] == [
        "PT Kereta Kota", "@penumpang_setia"
    ]


def test_a_name_with_an_age_after_an_opening_word_is_a_person(lex):
    body = (
        "Banyak peserta gagal dalam tes wawancara tahun ini.\n\n"
        "Seperti Darmo (41) yang panik saat ditanya nama wali kota.\n\n"
        '"Tadi saya lupa namanya, padahal sering lihat di berita," ungkapnya.'
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Darmo"]


def test_a_tail_cue_takes_a_name_set_off_after_the_role_but_not_a_day(lex):
    def speakers(body):
        return speakers_in_order(body, lex)

    tail = "Jerman terus mendukung konservasi candi itu, kata Duta Besar Jerman di Indonesia, Markus Weber."
    assert speakers(tail) == ["Markus Weber"]
    assert speakers("Jepang akan menjatuhkan sanksi tambahan, kata juru bicara senior pemerintah, Jumat.") == [
        "juru bicara senior pemerintah"
    ]
    assert speakers('"Kami akan mengevaluasi," kata Menpora di Jakarta, Selasa.') == ["Menpora"]


def test_a_tail_cue_takes_a_titled_name_set_off_after_a_role_with_an_english_institution(lex):
    def speakers(body):
        return speakers_in_order(body, lex)

    # the name set off after the role holds a title with a full stop (three words and more), and the
    # role names an institution in English ("of" inside it)
    titled = "Hujan turun lebih awal tahun ini, ungkap ahli iklim dari Universitas Andalas, Dr. Rudi Hartono."
    assert speakers(titled) == ["Rudi Hartono"]
    english = "Nyamuk memilih korban tertentu, ungkap ahli serangga dari University of Leeds, Maria Hughes."
    assert speakers(english) == ["Maria Hughes"]
    # not a clause of its own after the comma: the statement is what follows the cue
    clause = "Hujan turun lebih awal, ungkap ahli iklim itu, sawah petani mulai tergenang."
    assert [s.rule for s in extract_statements(clause, lex)] != ["indirect_tail_cue"]


def test_verbs_of_advice_reasons_and_jokes_report_speech(lex):
    def said(body):
        return [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)]

    assert said("Bupati Rina Kartika berpesan, warga harus menjaga kebersihan sungai.") == [
        ("Rina Kartika", "warga harus menjaga kebersihan sungai")
    ]
    assert said("Menteri Budi Santoso beralasan, harga pupuk naik karena biaya angkut.") == [
        ("Budi Santoso", "harga pupuk naik karena biaya angkut")
    ]
    assert said("Presiden Budi Santoso bergurau, kursinya terlalu empuk untuk ditinggalkan.") == [
        ("Budi Santoso", "kursinya terlalu empuk untuk ditinggalkan")
    ]
    assert said("Direktur Budi Santoso meyakinkan bahwa beasiswa itu akan terus dibuka.") == [
        ("Budi Santoso", "beasiswa itu akan terus dibuka")
    ]
    assert said("Tim tuan rumah menang meyakinkan 4-1 atas tim tamu.") == []  # convincingly: no assurance
    assert said("Analis Budi Santoso menjabarkan, arus kas perusahaan akan naik.") == [
        ("Budi Santoso", "arus kas perusahaan akan naik")
    ]
    assert said("Contraflow diberlakukan untuk mengurai kepadatan kendaraan menuju Puncak.") == []
    # whom the assurance was given to, before "bahwa"; not the claim a response answers
    assert said("Manajer Budi Santoso meyakinkan para pedagang bahwa harga akan turun.") == [
        ("Budi Santoso", "harga akan turun")
    ]
    assert said("Penyanyi Rina Kartika menanggapi tudingan bahwa suaminya menganggur.") == []
    # "beralasan" without a comma is also an adjective ("unfounded"): no report of its own
    judged = "Pengacara Rina Kartika hadir.\n\nKarena hal itu pula, ia menilai vonis hakim sangat tidak beralasan."
    assert [content for _, content in said(judged)] == ["vonis hakim sangat tidak beralasan"]


def test_a_requests_addressee_stays_with_what_is_asked(lex):
    # whom a request is made to, with what is asked after "untuk"/"agar", is the statement's content;
    # whom something was said to, set off by a comma, is not
    asked = "Bupati Rina Kartika mengimbau kepada warga untuk menjaga kebersihan, meskipun cuaca cerah."
    assert [asked[st.start : st.end] for st in extract_statements(asked, lex)] == [
        "kepada warga untuk menjaga kebersihan, meskipun cuaca cerah"
    ]
    told = "Bupati Rina Kartika mengatakan kepada wartawan di Jakarta, harga beras akan turun."
    assert [told[st.start : st.end] for st in extract_statements(told, lex)] == ["harga beras akan turun"]


def test_a_clause_after_a_comma_speaks_when_the_first_verbs_clause_has_no_speaker(lex):
    # "menjanjikan" is also an adjective ("promising"): the results promise nothing, the experts speak
    body = "Meski hasilnya menjanjikan, para peneliti menegaskan bahwa obat itu belum boleh dijual."
    assert [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)] == [
        ("para peneliti", "obat itu belum boleh dijual")
    ]
    # no second verb of saying after the comma: nothing
    alone = "Meski hasilnya menjanjikan, obat itu belum boleh dijual."
    assert extract_statements(alone, lex) == []
    # one clause deep: a sentence of thousands of such clauses is read in linear time, without recursion
    many = "Meski hasilnya menjanjikan, " * 2000 + "para peneliti menegaskan bahwa obat itu aman."
    assert len(extract_statements(many, lex)) <= 1


def test_a_verb_in_a_subordinate_clause_has_the_clauses_own_subject(lex):
    def said(body):
        return [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)]

    body = "Rina Kartika kembali menjabat usai Mahkamah Agung menyatakan bahwa ia tidak melanggar aturan."
    assert said(body) == [("Mahkamah Agung", "ia tidak melanggar aturan")]
    # the clause's subject is taken only when written as a name, a pronoun, a title or a group: not a
    # count cut out of a noun phrase
    counted = "Harga naik setelah 60 persen pemimpin sektor keuangan mengatakan bahwa sistem mereka belum siap."
    assert not any("persen" in name for name, _ in said(counted))


def test_a_cue_only_in_its_nya_form_holds_its_subject(lex):
    body = 'Penyanyi Rina Kartika tampil di Bandung.\n\n"Dulu saya sering ditolak produser," ceritanya sambil tertawa.'
    assert [(st.speaker.name, st.cue) for st in extract_statements(body, lex)] == [("Rina Kartika", "ceritanya")]
    # the word alone is a noun ("cerita rakyat", a folk tale) but right after a quotation's closing mark
    noun = "Warga Sinar Laut berkumpul di balai desa, cerita rakyat itu masih hidup di sana."
    assert all(st.cue != "cerita" for st in extract_statements(noun, lex))


def test_a_scare_quote_inside_reported_speech_leaves_its_tail_cue(lex):
    def said(body):
        return [(st.speaker.name, st.rule) for st in extract_statements(body, lex)]

    body = 'Pemerintah dinilai berhasil "menjinakkan" harga beras tahun ini, kata Ketua Komisi IV DPR Rina Kartika.'
    assert said(body) == [("Rina Kartika", "indirect_tail_cue")]
    # a quotation inside the sentence is the direct rules' alone: the sentence is no report of its own
    quoted = 'Warga menolak rencana itu karena "tanah ini milik leluhur kami sejak dulu", kata Kades Rina Kartika.'
    assert [rule for _, rule in said(quoted)] == ["direct_cue_after"]


def test_the_time_after_a_closing_menurut_is_no_part_of_the_source(lex):
    body = "Pasukan itu menyita kargo senjata di bandara, menurut para pejabat pada Rabu (5/11/2025)."
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["para pejabat"]


def test_a_state_named_for_an_era_of_the_past_makes_no_story_abroad(lex):
    def codes(body):
        return {(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)}

    body = (
        "Presiden Bima Arya Santoso meresmikan jalan tol di Palembang, Kamis.\n\n"
        '"Jalan ini sudah diimpikan sejak zaman Belanda," kata Presiden Bima Arya Santoso.'
    )
    assert codes(body) == {("Bima Arya Santoso", "IDN")}
    # a state named as a party of the story still makes it a story abroad
    abroad = (
        "Presiden Bima Arya Santoso meresmikan jalan tol bersama Belanda, Kamis.\n\n"
        '"Jalan ini dibangun dengan bantuan Belanda," kata Presiden Bima Arya Santoso.'
    )
    assert codes(abroad) == {("Bima Arya Santoso", None)}


def test_a_home_portfolios_full_name_carries_the_home_code_in_a_story_abroad(lex):
    body = (
        "Filipina menunda eksekusi terpidana mati asal Indonesia itu, Kamis. Pemerintah Filipina dan Malaysia "
        "menggelar rapat di Manila.\n\n"
        "Menteri Hukum dan HAM Rina Kartika mengatakan pemerintah terus memantau kasus itu."
    )
    codes = {(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)}
    assert codes == {("Rina Kartika", "IDN")}
    # a portfolio many cabinets have stays unplaced in a story abroad
    generic = body.replace("Hukum dan HAM", "Pemuda dan Olahraga")
    assert {(st.speaker.name, st.speaker.code) for st in extract_statements(generic, lex)} == {("Rina Kartika", None)}


def test_a_subject_ends_before_a_verb_of_coming_and_going(lex):
    def said(body):
        return [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)]

    body = "Tak lama kemudian, seorang pria masuk ke ruangan dan mengaku sebagai petugas listrik."
    assert said(body) == [("seorang pria", "person")]
    # where something comes from a source, the subject runs on to the source named after "dari"
    source = "Kecaman keras kemudian datang dari Malaysia, yang menyebut langkah itu melanggar hukum."
    assert [(name.endswith("Malaysia"), kind) for name, kind in said(source)] == [(True, "country")]


def test_a_verb_of_saying_after_a_word_of_purpose_is_an_intention(lex):
    def said(body):
        return [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)]

    assert said("Tim SAR gabungan terus menyisir sungai untuk memastikan tidak ada korban yang tertinggal.") == []
    assert said("Dinas Perhubungan menggelar rapat dalam rangka mendorong warga naik angkutan umum.") == []
    # a demand after "guna" is still made
    demand = "Ratusan petani berangkat ke Jakarta guna menuntut agar harga gabah dinaikkan."
    assert said(demand) == [("Ratusan petani", "agar harga gabah dinaikkan")]


def test_securing_a_result_says_nothing(lex):
    def said(body):
        return [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)]

    assert said("Budi Santoso memastikan tiket final setelah mengalahkan pemain China dengan skor 21-9.") == []
    assert said("Rudi Hartono memastikan kemenangan pada gim ketiga setelah unggul jauh.") == []
    assert said("Timnas U23 Sukamaju memastikan diri untuk berlaga di partai puncak turnamen itu.") == []
    assert said("Tim tuan rumah lebih dahulu memastikan tempat di final usai menang 2-1.") == []
    # assuring something is still said; another verb before a result noun too
    assert said("Menteri Budi Santoso memastikan pasokan beras aman sampai Lebaran.") == [
        ("Budi Santoso", "pasokan beras aman sampai Lebaran")
    ]
    assert said("Pengamat Rina Kartika menilai kemenangan itu mengubah peta politik.") == [
        ("Rina Kartika", "kemenangan itu mengubah peta politik")
    ]


def speaker_codes(body, lex):
    return {(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)}


def test_a_firm_named_with_a_states_name_carries_no_state_code(lex):
    def codes(body):
        return speaker_codes(body, lex)

    firm = "Head of Research Mandala Sekuritas Malaysia Rina Kartika mengatakan indeks saham akan menguat."
    assert codes(firm) == {("Rina Kartika", None)}
    # a state's own body keeps its code
    state = "Menteri Keuangan Malaysia Rina Kartika mengatakan indeks saham akan menguat."
    assert codes(state) == {("Rina Kartika", "MYS")}
    # nor a university's or an association's name that closes with the state's
    for body in ("Universitas Islam Malaysia", "Asosiasi Eksportir dan Industri Kopi Malaysia"):
        scholar = f"Direktur Pusat Studi {body} Rina Kartika mengatakan harga kopi akan naik."
        assert codes(scholar) == {("Rina Kartika", None)}
    # an officer of a party or an association: no state's official, whatever the title ("Presiden", "Ketua")
    for role in ("Presiden Partai Nusa Raya (PNR)", "Ketua Umum Asosiasi Petani Kopi (APK)"):
        assert codes(f"{role} Rina Kartika mengatakan partainya siap.") == {("Rina Kartika", None)}
    assert codes("Presiden Rina Kartika mengatakan pemerintah siap.") == {("Rina Kartika", "IDN")}


def test_authorities_named_by_a_common_noun_are_the_home_states_only_in_a_story_that_names_it(lex):
    abroad = "Seorang pria di Karachi, Pakistan, ditangkap. Polisi mengatakan pria itu membawa senjata api."
    assert speaker_codes(abroad, lex) == {("Polisi", None)}
    home = "Warga Malaysia di Kabupaten Garut, Jawa Barat, ditangkap. Polisi mengatakan pria itu membawa senjata api."
    assert speaker_codes(home, lex) == {("Polisi", "IDN")}


def test_a_currency_or_listed_initials_name_no_state_of_the_story(lex):
    body = "Polisi menyita uang 50 dollar AS dari tersangka DM, ES, dan AS di sebuah rumah."
    assert Document(body, lex).home_story
    assert not Document("Polisi menyita uang itu dari warga AS di sebuah rumah.", lex).home_story


def _one_persons_two_statements(lex):
    """Two statements of one person, the first naming her with a placed office."""
    body = (
        "Menteri Luar Negeri Malaysia Rina Kartika mengatakan kerja sama itu penting.\n\n"
        '"Kami akan terus berunding," kata Rina.'
    )
    return extract_statements(body, lex)


def test_a_persons_rows_carry_the_one_code_their_statements_give(lex):
    from dataclasses import replace

    from tasks.extract.statements import one_code_per_person

    first, second = _one_persons_two_statements(lex)
    # a later statement whose speaker was resolved without the role: no code of its own
    bare = replace(second, speaker=replace(second.speaker, code=None))
    assert [st.speaker.code for st in one_code_per_person([first, bare])] == ["MYS", "MYS"]
    # two codes for one name in an article: each statement keeps its own
    other = replace(first, speaker=replace(first.speaker, code="IDN"))
    assert [st.speaker.code for st in one_code_per_person([other, bare, first])] == ["IDN", None, "MYS"]


def test_an_organisations_rows_carry_the_one_code_their_statements_give(lex):
    from tasks.extract.statements import one_code_per_person

    body = (
        "Kantor berita Vietnam VNA melaporkan bahwa panen padi tahun ini turun.\n\n"
        "VNA menyebutkan curah hujan yang tinggi merusak sawah di delta.\n\n"
        '"Petani harus menunggu musim berikutnya," tulis VNA.'
    )
    statements = extract_statements(body, lex)
    assert [st.speaker.code for st in statements] == ["VNM", None, None]  # only the first names the state
    assert [st.speaker.code for st in one_code_per_person(statements)] == ["VNM", "VNM", "VNM"]


def test_a_persons_statements_without_a_role_take_the_role_the_article_gives_them(lex):
    from dataclasses import replace

    from tasks.extract.statements import one_role_per_person

    first, second = _one_persons_two_statements(lex)
    bare = replace(second, speaker=replace(second.speaker, role=None))
    roles = [st.speaker.role for st in one_role_per_person([bare, first, bare])]
    # the nearest role before, else the first after; someone else's role is never taken
    assert roles == ["Menteri Luar Negeri Malaysia", "Menteri Luar Negeri Malaysia", "Menteri Luar Negeri Malaysia"]
    other = replace(bare, speaker=replace(bare.speaker, name="Dewi Lestari"))
    assert one_role_per_person([first, other])[1].speaker.role is None


def test_a_title_word_that_is_a_given_name_of_someone_named_in_full_is_that_person(lex):
    body = (
        "Menteri Pemuda dan Olahraga Imam Santoso menandatangani kesepakatan itu di Beirut.\n\n"
        '"Kami akan mengirim pelatih," kata Imam.'
    )
    said = [(st.speaker.name, st.speaker.role) for st in extract_statements(body, lex)]
    assert said == [("Imam Santoso", "Menteri Pemuda dan Olahraga")]


@pytest.mark.parametrize("profession", ["psikolog", "dokter"])
def test_a_name_set_off_after_a_role_with_a_profession_before_it_is_the_speaker(lex, profession):
    body = f'"Anak perlu merasa aman," kata pendiri Sekolah Cerdas, {profession} Rina Kartika, M.Psi., di Bogor.'
    assert [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)] == [("Rina Kartika", "person")]
    # a lower-case word that is no profession is no part of the speaker ("..., kemarin Rina" is not read)
    other = '"Anak perlu merasa aman," kata pendiri Sekolah Cerdas, kemarin Rina Kartika menambahkan.'
    assert "Rina Kartika" not in {st.speaker.name for st in extract_statements(other, lex) if st.kind == "direct"}


def test_a_body_named_after_a_person_speaks_not_the_person(lex):
    def said(body):
        return [(st.speaker.name, st.speaker.type, st.speaker.code) for st in extract_statements(body, lex)]

    body = "Barisan Relawan Budi Santoso Presiden (BRBS) menyatakan dukungan kepada calon gubernur itu."
    assert said(body) == [("Barisan Relawan Budi Santoso Presiden (BRBS)", "organization", None)]
    # the name closing the phrase is the person's, whatever body their post is in
    post = "Ketua Umum Partai Hijau Budi Santoso menyatakan dukungan kepada calon gubernur itu."
    assert [(name, kind) for name, kind, _ in said(post)] == [("Budi Santoso", "person")]


def test_an_act_as_the_subject_of_a_verb_of_saying_says_nothing(lex):
    def said(body):
        return [(st.speaker.name, body[st.start : st.end]) for st in extract_statements(body, lex)]

    assert said("Pasar saham melemah. Pasalnya, serangan Israel-Iran mendorong harga energi lebih tinggi.") == []
    # a body whose name opens with such a noun speaks
    wfp = "Program Pangan Dunia (WFP) menyatakan bahwa bantuan ke Gaza terhambat."
    assert said(wfp) == [("Program Pangan Dunia (WFP)", "bantuan ke Gaza terhambat")]
    # the verb's subordinate clause still has its own subject
    body = "Penurunan saham memburuk setelah Menteri Energi Rina Kartika mengatakan pasokan terganggu."
    assert said(body) == [("Rina Kartika", "pasokan terganggu")]


def test_a_second_verb_after_tetapi_shares_a_pronoun_subject(lex):
    body = (
        "Menteri Pertanian Rahmat Siregar meninjau gudang Bulog.\n\n"
        "Ia mengapresiasi kinerja Bulog yang menjaga ketersediaan beras, tetapi meminta stok yang terlalu lama "
        "segera disalurkan."
    )
    got = [(s.speaker.name, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert got == [("Rahmat Siregar", "stok yang terlalu lama segera disalurkan")]


def test_a_contrasting_clause_after_a_name_has_its_own_subject(lex):
    body = (
        "Penyangkalan itu muncul dari Menteri Kebudayaan Hadi Santosa, padahal dulu TGPF menyatakan peristiwa "
        "itu terjadi."
    )
    assert speakers_in_order(body, lex) == ["TGPF"]


def test_a_quotation_alone_after_reported_speech_goes_on_from_that_speaker(lex):
    body = (
        "Hotel itu menyewakan ikan kepada tamu.\n\n"
        "Manajer hotel Daniel Hartanto mengatakan bahwa layanan itu populer di kalangan para tamu.\n\n"
        '"Kami mulai sejak beberapa tahun lalu. Idenya adalah mengejutkan tamu."'
    )
    got = {t: sp.name for t, sp in speakers_by_opening(body, lex).items()}
    assert got["Kami mulai"] == "Daniel Hartanto"


def test_an_attribution_ending_the_paragraph_before_with_a_colon(lex):
    body = "Rapat digelar di Istana.\n\nPresiden Joko Widodo mengatakan:\n\n\u201cKita harus bekerja keras.\u201d"
    got = [(s.kind, s.speaker.name, s.rule) for s in extract_statements(body, lex)]
    assert got == [("direct", "Joko Widodo", "direct_cue_before")]


def test_a_subject_and_cue_after_a_quotation_may_open_with_a_lower_case_title_or_begitu(lex):
    body = (
        "Kucing itu sakit.\n\n"
        '"Ini tanda harus segera dibawa ke dokter," dokter Sonya Wulandari memperingatkan.\n\n'
        '"Tim sudah sampai di hotel," begitu Adhit Pratama melaporkan.\n\n'
        'Ia membawakan siniar "Bunga dan Bintang" asal Skotlandia mengatakan hal itu.'
    )
    got = {body[s.start : s.end][:10]: s.speaker.name for s in extract_statements(body, lex) if s.kind == "direct"}
    assert got == {"Ini tanda ": "Sonya Wulandari", "Tim sudah ": "Adhit Pratama"}  # a title in quotes is none


def test_an_opening_clause_with_a_subordinator_has_no_subject_of_its_own(lex):
    body = "Meskipun memastikan keikutsertaan Owi, Richard Mainaky mengatakan pasangan itu akan dipasangkan lagi."
    assert [(s.speaker.name, s.cue) for s in extract_statements(body, lex)] == [("Richard Mainaky", "mengatakan")]


def test_a_colloquial_speech_verb_before_a_comma_reports_speech(lex):
    body = "Upah minimum akan naik.\n\nMeski begitu, Nailul Huda bilang, angka kenaikannya harus sesuai inflasi."
    got = [(s.speaker.name, s.cue, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert got == [("Nailul Huda", "bilang", "angka kenaikannya harus sesuai inflasi")]
    body = "Harga naik.\n\nLebih lanjut, Nailul Huda menjelaskan bahwa harga akan turun."
    assert speakers_in_order(body, lex) == ["Nailul Huda"]  # "Lebih lanjut," no cue


def test_reported_speech_may_open_with_a_short_quoted_phrase(lex):
    body = (
        "Beberapa negara mengakui Palestina.\n\n"
        'Menteri Luar Negeri AS Marco Rubio menulis di media sosial X bahwa "Negeri Paman Sam" mengutuk langkah itu.'
    )
    got = [(s.kind, s.speaker.name) for s in extract_statements(body, lex)]
    assert got == [("indirect", "Marco Rubio")]


def test_a_quoted_word_inside_a_sentence_is_no_statement(lex):
    body = 'Belajar bilang "tidak" saat dibutuhkan itu penting.\n\nIa mengatakan "telisik" tari adalah platform.'
    assert [s for s in extract_statements(body, lex) if s.kind == "direct"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Secara harfiah, kata gamelan berasal dari bahasa Jawa kuno.",
        "Dalam naskah lama, kata tersebut digunakan untuk menyebut pemimpin desa.",
        # the object of a verb or after "dengan", before a quotation
        'Di akhir video, penyanyi itu dengan fasih mengucap kata "Terima kasih banyak semuanya."',
        'Salah satunya dengan kata "pocah-pocah", istilah untuk kulit yang kering.',
        # after a preposition: "berasal dari kata", "dalam kata sambutannya"
        'Istilah itu populer di dunia gim. Berasal dari kata "newbie", sebutan untuk pemula di sana.',
    ],
)
def test_kata_before_a_clause_is_the_noun_word_not_a_cue(lex, body):
    assert extract_statements(body, lex) == []


def test_kata_before_a_speaker_noun_stays_a_cue(lex):
    body = "Harga beras akan turun pekan depan, kata pejabat itu."
    assert [s.rule for s in extract_statements(body, lex)] == ["indirect_tail_cue"]


@pytest.mark.parametrize(
    "body",
    [
        "Menurut jadwal, kapal itu akan berangkat pukul 10.00.",
        "Menurut data terbaru, harga cabai naik dua persen.",
        # a law or a part of one, named with capitals
        "Menurut Pasal 12 Ayat (3) Undang-Undang Perikanan, kapal asing wajib melapor.",
        "Menurut Peraturan Menteri Kelautan Nomor 7 Tahun 2021, nelayan kecil bebas retribusi.",
    ],
)
def test_menurut_before_a_record_cites_no_source(lex, body):
    assert extract_statements(body, lex) == []


def test_menurut_before_a_source_s_report_is_a_statement(lex):
    body = "Menurut laporan Kotaku dan Polygon, gim itu akan rilis tahun depan."  # outlets no lexicon knows
    assert [s.rule for s in extract_statements(body, lex)] == ["indirect_menurut"]


@pytest.mark.parametrize(
    "body",
    [
        "Warga Desa Sukamaju melaporkan Budi Santoso ke Mapolres Bogor, Senin.",
        "Sarinah Wulandari melaporkan mantan suaminya atas dugaan penggelapan mobil.",
        "Keluarga korban melaporkan kejadian itu kepada pihak kepolisian pada Selasa malam.",
    ],
)
def test_a_complaint_filed_with_an_authority_is_an_act_not_speech(lex, body):
    assert [s.cue for s in extract_statements(body, lex)] == []


def test_a_report_of_news_stays_speech(lex):
    body = "Badan Pusat Statistik melaporkan ekonomi tumbuh lima persen pada kuartal ketiga."
    assert [s.cue for s in extract_statements(body, lex)] == ["melaporkan"]


def test_menurut_before_a_person_is_a_statement(lex):
    body = "Menurut Sutarmi Wahyuni, kapal itu akan berangkat pukul 10.00."
    assert speakers_in_order(body, lex) == ["Sutarmi Wahyuni"]


def test_tanya_is_a_cue_not_a_pronoun_form(lex):
    body = '"Di mana uang itu disimpan?" tanya hakim Sutrisno.\n\n"Saya tidak tahu," jawab Gunarto.'
    assert speakers_in_order(body, lex) == ["Sutrisno", "Gunarto"]


def test_a_description_speaker_is_no_full_name_for_a_short_one(lex):
    body = (
        '"Saya menyesal," kata Wulandari.\n\nDalam sidang itu, kuasa hukum Wulandari pun bertanya kepada kliennya.\n\n'
        '"Berapa umur anak-anak," kata kuasa hukum.\n\n"Yang besar 19 tahun," ujar Wulandari.'
    )
    names = speakers_in_order(body, lex)
    assert names[0] == names[-1] == "Wulandari"


def test_an_adverb_before_the_verb_is_no_part_of_the_subject(lex):
    body = "Kementerian Perhubungan resmi mengumumkan tarif baru untuk kapal penumpang."
    assert speakers_in_order(body, lex) == ["Kementerian Perhubungan"]


def test_a_cue_word_before_an_adverb_is_no_attribution(lex):
    body = "Pipihkan adonan. Isi dengan selai nanas, tutup lagi dengan adonan yang sudah dipipihkan."
    assert extract_statements(body, lex) == []


def test_an_abstract_noun_of_a_person_is_no_speaker(lex):
    body = "Kehadiran Presiden Sutarman Wibisono pada KTT ini menegaskan komitmen kuat Indonesia di kawasan."
    assert extract_statements(body, lex) == []


@pytest.mark.parametrize(
    "body",
    [
        "Kedutaan Besar Republik Indonesia di Amman mengimbau warga untuk menjauhi lokasi demonstrasi.",
        "Keluhan serupa disampaikan oleh Sarmini, yang juga mengeluhkan tidak adanya air bersih.",
    ],
)
def test_an_institution_or_a_passive_with_its_agent_still_speaks(lex, body):
    assert len(extract_statements(body, lex)) == 1


def test_a_role_after_sebagai_is_no_part_of_the_subject(lex):
    body = "Oman sebagai mediator tradisional kembali mendorong Teheran dan Washington untuk berdialog."
    assert [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)] == [("Oman", "OMN")]


def test_a_description_alone_is_not_the_person_it_belongs_to(lex):
    body = (
        '"Saya menyesal," kata Wulandari.\n\nDalam sidang itu, kuasa hukum Wulandari pun bertanya kepada kliennya.\n\n'
        '"Berapa umur anak-anak," kata kuasa hukum.'
    )
    assert "Wulandari" not in (extract_statements(body, lex)[-1].speaker.name or "")


@pytest.mark.parametrize(
    "body",
    [
        "Menurut laporan Reuters, gempa susulan terjadi dua kali.",
        "Menurut warta kantor berita Xinhua, gempa susulan terjadi dua kali.",
        "Gempa susulan terjadi dua kali, demikian Reuters.",
    ],
)
def test_a_news_agency_behind_what_it_reported_is_the_source(lex, body):
    assert [s.speaker.type for s in extract_statements(body, lex)] == ["organization"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wartawan Antara di Bogor, Senin, melaporkan jalan itu ditutup.", ("ANTARA", "organization")),
        ("Koresponden Reuters di Kairo melaporkan ledakan terdengar di pusat kota.", ("Reuters", "organization")),
        # a reporter named is the reporter
        ("Wartawan Lestari Wening melaporkan jalan itu ditutup.", ("Lestari Wening", "person")),
    ],
)
def test_an_agencys_reporter_unnamed_is_the_agency(lex, body, expected):
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [expected]


@pytest.mark.parametrize("cue", ["sahut", "imbau", "saran", "usul", "tuntas", "teriak"])
def test_more_short_verbs_attribute_a_quotation(lex, cue):
    body = f'"Bawa buku itu ke ruang baca," {cue} Marlina Sitompul.'
    assert speakers_in_order(body, lex) == ["Marlina Sitompul"]


def test_the_manner_after_a_speaker_is_no_part_of_the_name(lex):
    body = '"Nasi gorengnya enak sekali!" teriak Yuniarti secara spontan di panggung.'
    assert speakers_in_order(body, lex) == ["Yuniarti"]


def test_demikian_and_bunyi_before_the_source_of_a_quotation(lex):
    body = (
        '"Inflasi naik pada akhir tahun," demikian Kepala BPS Sarwendah Pratiwi.\n\n'
        '"Kami akan mengambil langkah tegas," bunyi pernyataan resmi Pemerintah Vietnam.\n\n'
        '"Setiap warga berhak atas pendidikan," bunyi Pasal 31 UUD 1945.'
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert got == [("Sarwendah Pratiwi", "demikian"), ("Pemerintah Vietnam", "bunyi")]


def test_bunyi_before_any_noun_of_speech_and_after_demikian(lex):
    # "penjelasan" is a noun of speech (nouns.tsv speech_act); "demikian bunyi" is "bunyi"; the source
    # named after "dari" is the speaker, in lower case too
    body = (
        '"Kami tidak berambisi mengejar jabatan," bunyi penjelasan BEM Universitas Nusa, Minggu.\n\n'
        '"Kedua klub telah mencapai kesepakatan," demikian bunyi pernyataan resmi dari klub pada Jumat.'
    )
    got = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert got == [("BEM Universitas Nusa", "bunyi"), ("klub", "bunyi")]


def test_a_pronoun_subject_after_a_quotation_is_the_person_speaking_before(lex):
    body = (
        '"Anak saya jarang memakai gawai," kata ahli gizi Nimas Saraswati.\n\n'
        '"Camilan hanya saya berikan di luar jam makan," ia menambahkan.'
    )
    assert speakers_in_order(body, lex) == ["Nimas Saraswati", "Nimas Saraswati"]


def test_demikian_before_what_a_source_said(lex):
    body = '"Rudal baru itu dilengkapi sistem navigasi," demikian laporan kantor berita Tasnim.'
    assert speakers_in_order(body, lex) == ["Tasnim"]
    # an appeal or a warning is something a source said too
    body = '"Jangan bagikan kode OTP kepada siapa pun," demikian imbauan Bank Sentosa.'
    assert speakers_in_order(body, lex) == ["Bank Sentosa"]
    # not a word that says nothing of a source ("demikian seterusnya")
    assert speakers_in_order('"Mulai dari satu, lalu dua," demikian seterusnya.', lex) == []


def test_menuliskan_reports_a_quotation(lex):
    body = 'Pengguna bernama Rahmat menuliskan, "Biayanya bisa ditekan kalau tidak membeli hadiah."'
    assert speakers_in_order(body, lex) == ["Rahmat"]


@pytest.mark.parametrize(
    "verb", ["mengutarakan", "membeberkan", "berpandangan", "mengklarifikasi", "menuding", "berujar", "merinci"]
)
def test_more_verbs_report_speech(lex, verb):
    body = f"Kepala Dinas Pendidikan Sutrisno Wibowo {verb} bahwa antrean panjang itu bukan karena sistem yang rusak."
    assert speakers_in_order(body, lex) == ["Sutrisno Wibowo"]


def test_reluctance_to_say_is_no_statement(lex):
    body = "Namun, Sutrisno Wibowo enggan mengungkapkan lokasi tambang itu secara rinci."
    assert extract_statements(body, lex) == []


def test_mencontohkan_before_a_comma_reports_speech(lex):
    body = "Menteri Arif Santoso memimpin rapat.\n\nIa mencontohkan, rapat rutin setiap Senin membahas harga."
    assert speakers_in_order(body, lex) == ["Arif Santoso"]


def test_one_given_name_set_off_before_a_description_speaks(lex):
    body = "Ronaldo, pemilik bengkel Sinar Jaya Motor, mengatakan ada beberapa faktor penyebabnya."
    assert speakers_in_order(body, lex) == ["Ronaldo"]


@pytest.mark.parametrize("adverb", ["Awalnya", "Pasalnya", "Keempat", "Misalnya"])
def test_a_sentence_adverb_set_off_is_no_name(lex, adverb):
    body = f"{adverb}, para peneliti mengatakan bahwa gempa itu dangkal."
    assert speakers_in_order(body, lex) == ["para peneliti"]


@pytest.mark.parametrize(
    "subject",
    ["Dame Olivia Hartwell dari lembaga Fair Energy Watch", "Profesor Olivia Hartwell asal Fair Energy Watch"],
)
def test_a_person_named_before_where_they_come_from_speaks(lex, subject):
    body = f'{subject} mengatakan, ia ingin ganti rugi cair sebelum akhir tahun.\n\n"Konsumen menunggu," katanya.'
    assert speakers_in_order(body, lex) == ["Olivia Hartwell"] * 2


def test_a_role_before_the_affiliation_keeps_the_person_after_it(lex):
    body = "Analis dari Sinar Sekuritas Nusantara, Rizal Pratomo, mengatakan, saham perbankan naik."
    assert speakers_in_order(body, lex) == ["Rizal Pratomo"]


def test_an_honorific_after_an_office_keeps_the_office(lex):
    body = "Perdana Menteri Inggris, Sir Alan Pembroke, mengatakan, kerja sama itu penting."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Alan Pembroke" and st.speaker.code == "GBR"


def test_the_subject_after_a_conjunction_joining_two_clauses_speaks(lex):
    body = (
        "Nusa Airlines membatalkan seluruh penerbangan ke tiga bandara di Jawa, yaitu Semarang, Solo dan Bandara "
        "Internasional Ahmad Yani Rahardjo sementara Merpati Jaya Airways melaporkan pembatalan besar-besaran."
    )
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type) == ("Merpati Jaya Airways", "organization")


@pytest.mark.parametrize(
    "source", ["firma riset pasar Telaah Data Research", "analisis prospek cuaca mingguan Telaah Data Research"]
)
def test_the_organisation_after_a_description_of_its_findings_is_the_source(lex, source):
    body = f"Menurut {source}, penjualan ponsel lipat naik dua kali lipat tahun ini."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type) == ("Telaah Data Research", "organization")


@pytest.mark.parametrize("kind", ["Laman berita", "Portal berita", "Media lokal"])
def test_a_news_site_named_with_what_it_is_speaks_as_an_organisation(lex, kind):
    body = f"{kind} Warta Lembah melaporkan, para aktivis menyebutkan warga sudah mengungsi."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type) == ("Warta Lembah", "organization")


def test_a_person_named_in_the_attribution_is_no_newcomer_for_the_next_pronoun(lex):
    body = (
        "Musisi Rina Estiani mengaku tak mau ikut campur.\n\n"
        '"Ada seorang ibu pernah cerita," ucap Rina dikutip dari YouTube Okie Setiawati, Senin.\n\n'
        '"Terus aku bilang, tidak usah ikut campur," lanjutnya.'
    )
    assert speakers_in_order(body, lex) == ["Rina Estiani"] * 3


@pytest.mark.parametrize(
    "role",
    [
        "Ketua Umum Persatuan Guru Republik Indonesia (PGRI)",
        "Kepala Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Sumatera Utara",
        "President of the Chartered Institute of Public Relations",
    ],
)
def test_a_name_set_off_after_a_long_role_speaks(lex, role):
    body = f'"Barang bukti dimusnahkan hari ini," kata {role}, Prayatno Sembiring, dalam keterangan tertulisnya.'
    assert speakers_in_order(body, lex) == ["Prayatno Sembiring"]


def test_a_quoted_title_after_bertajuk_is_nobodys_words(lex):
    body = (
        "Wakil Ketua Komisi IV Sutrisno Wibowo mengatakan hal itu dalam acara bertajuk "
        '"Urgensi dan Kepemimpinan Indonesia dalam Perjuangan Melawan Dengue" di Jakarta.'
    )
    # (and "mengatakan hal itu dalam acara ..." reports nothing of its own: no statement at all)
    assert [s.kind for s in extract_statements(body, lex)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Menteri Pertanian Budi Santoso menyampaikan hal itu saat kunjungan kerja di Medan, Senin.",
        "Budi Santoso mengungkapkan hal ini kepada wartawan.",
        "Kepala BPS Budi Santoso menyampaikan keterangan pers di Jakarta, Selasa.",
        "Bupati Budi Santoso menyampaikan sambutan kepada warga.",
        "Budi Santoso menjawab pertanyaan wartawan di Semarang, Minggu.",
        "Budi Santoso membenarkan hal tersebut.",
    ],
)
def test_reported_speech_that_only_points_back_or_names_the_speech_is_no_statement(lex, sentence):
    body = 'Pemerintah akan menambah pasokan pupuk.\n\n' + sentence
    assert [s.kind for s in extract_statements(body, lex)] == []


def test_reported_speech_opening_with_a_pointer_but_saying_more_is_a_statement(lex):
    body = (
        "Kapolsek Budi Santoso mengatakan hal tersebut diketahuinya setelah meminta keterangan pengemudi.\n\n"
        "Hal ini, lanjutnya, berbeda dengan kejadian tahun lalu."
    )
    assert [s.kind for s in extract_statements(body, lex)] == ["indirect", "indirect"]
    # the speaker of a report with no content is still whom the next pronoun means
    body = (
        'Artis Rina Kartika menegaskan bahwa dia telah melapor ke polisi.\n\n"Benar," kata Rina usai diperiksa.\n\n'
        "Kasubdit Renakta Polda Sumut Kompol Wiryanto membenarkan hal tersebut.\n\n"
        '"Iya, minggu lalu laporannya," kata dia saat dikonfirmasi.'
    )
    assert speakers_in_order(body, lex)[-1] == "Wiryanto"


def test_a_physician_set_off_after_a_role_speaks(lex):
    body = '"Flu hanya karena virus influenza," terang CEO PT Sehat Ceria, dr. Wulan Pratiwi, Sp.A, di Jakarta.'
    assert speakers_in_order(body, lex) == ["Wulan Pratiwi"]


@pytest.mark.parametrize("opener", ["Yakni", "Lebih", "Daripada", "Artinya", "Inilah", "Nama", "Mau"])
def test_a_sentence_opening_word_is_nobody(lex, opener):
    body = f"Wali Kota Eri Santoso meninjau balai warga.\n\n{opener} mengatakan bahwa balai itu dibuka setiap hari."
    assert opener not in speaker_names(body, lex)


def test_the_last_person_named_in_an_attribution_speaks_whichever_rule_found_them(lex):
    body = (
        '"Tersangka memeras seorang jaksa," kata Kepala Seksi Penerangan Hukum (Kasi Penkum) Kejati Jambi, '
        "Syahrul Hasibuan dilansir dari Antara, Kamis.\n\n"
        '"Kemudian ia membuat berita di media massa," kata dia.'
    )
    assert speakers_in_order(body, lex) == ["Syahrul Hasibuan"] * 2


@pytest.mark.parametrize("alias", ["atau Gus Ipul", "atau yang akrab disapa Cak Ipul"])
def test_a_familiar_name_given_with_atau_stands_for_the_full_name(lex, alias):
    body = (
        f"Menteri Sosial Saifullah Yunus {alias} menyampaikan bahwa siswa boleh pulang saat libur.\n\n"
        f'"Kami siap mendampingi," kata {alias.split()[-2]} Ipul.'
    )
    assert speakers_in_order(body, lex) == ["Saifullah Yunus"] * 2


def test_a_person_in_a_phrase_before_the_subject_is_no_newcomer(lex):
    body = (
        "Penyanyi Rudi Hartawan pernah mengaku menggunakan narkoba.\n\n"
        "Dalam siniar Curhat Pak Danu Sumarsono tahun 2020, ia menyebut bahwa pengalaman itu menjadi pelajaran."
    )
    assert speakers_in_order(body, lex) == ["Rudi Hartawan"] * 2


def test_a_short_quotation_opening_a_sentence_after_a_cued_one_goes_on_from_its_speaker(lex):
    body = (
        "Pengamat politik Danu Wirasena menilai kemenangan itu memicu ketegangan.\n\n"
        '"Pemerintah pusat akan bersikap lebih keras," ujarnya, dikutip dari kantor berita AFP. '
        '"Akan ada pertarungan politik."'
    )
    assert speakers_in_order(body, lex) == ["Danu Wirasena"] * 3


def test_a_nickname_given_in_a_description_pointing_back(lex):
    body = (
        "Pelahap juara Daniel Okoro tampil di Jakarta.\n\n"
        "Semasa sekolah, laki-laki yang sering dipanggil Jojo itu gemar makan.\n\n"
        "“Saya hanya makan banyak untuk lomba,” kata Jojo."
    )
    assert speakers_in_order(body, lex) == ["Daniel Okoro"]


def test_a_nickname_without_an_honorific_is_the_person_named_before_it(lex):
    # (a band's or a club's name glued before the full name is cut off it: see the test above)
    body = (
        "Selebritas Jessika Wiradinata atau yang akrab disapa Jewi tetap merawat diri.\n\n"
        '"Susah, anak saya sudah tiga," ujar Jewi.'
    )
    assert speakers_in_order(body, lex) == ["Jessika Wiradinata"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut Kepala Badan Pusat Statistik, Amalia Sundari, inflasi tahun ini terkendali.",
        "Menurut Sekretaris untuk Asia dan Pasifik Kementerian Luar Negeri Brasil, Amalia Sundari, inflasi terkendali.",
        "Dewan Pakar Bidang Gizi dari Badan Gizi Nasional (BGN), Amalia Sundari, mengatakan bahwa inflasi terkendali.",
    ],
)
def test_a_name_set_off_after_a_role_before_the_content_speaks(lex, sentence):
    (st,) = extract_statements(sentence, lex)
    assert st.speaker.name == "Amalia Sundari" and sentence[st.start : st.end].startswith("inflasi")


def test_a_spaced_hyphen_inside_a_subject_is_no_dateline(lex):
    body = "Sebelumnya, MK melalui Putusan Nomor 81/PUU - XV/2017 menyatakan menolak permohonan itu."
    assert speakers_in_order(body, lex) == ["MK"]
    body = "JAKARTA, KOMPAS.com - Kementerian Kesehatan mengimbau warga mencuci tangan."
    assert speakers_in_order(body, lex) == ["Kementerian Kesehatan"]


def test_a_physician_named_after_a_long_role_with_a_degree_speaks_what_follows_bahwa(lex):
    body = (
        "Dokter Spesialis Kulit dan Kelamin dari Fakultas Kedokteran Unika Semarang, dr. Arlinda Kirana Manopo, "
        "Sp.KK menjelaskan, bahwa eksim yang parah dapat mengubah bentuk jari.\n\n"
        '"Iya, bisa," ujarnya.'
    )
    sts = extract_statements(body, lex)
    assert [s.speaker.name for s in sts] == ["Arlinda Kirana Manopo"] * 2
    assert body[sts[0].start : sts[0].end].startswith("eksim")


@pytest.mark.parametrize("role", ["Investor", "Bek"])
def test_an_investor_or_a_defender_is_a_role_before_the_name(lex, role):
    body = f"{role} Rudi Hartawan juga menyampaikan kritik senada terhadap kebijakan itu."
    assert speakers_in_order(body, lex) == ["Rudi Hartawan"]


def test_one_official_of_a_state_is_a_person_not_the_state(lex):
    body = '"Pemberhentiannya akan dimulai malam ini," kata seorang pejabat Gedung Putih kepada wartawan.'
    (st,) = extract_statements(body, lex)
    assert st.speaker.type == "person" and st.speaker.code == "USA"


def test_a_physicians_title_written_without_its_space_is_no_part_of_the_speaker(lex):
    body = (
        "Dokter spesialis anak, dr. Rizky Amran Siregar, menjelaskan anak perlu tidur cukup.\n\n"
        '"Tidur itu penting untuk tumbuh kembang," kata dr.Rizky.'
    )
    assert speakers_in_order(body, lex) == ["Rizky Amran Siregar"] * 2


def test_a_described_person_is_the_one_the_description_says_they_are_called(lex):
    body = (
        "Ketua Umum Partai Sejahtera Rakyat Mursalin Hidayat atau Cak Mursal hadir di Istana.\n\n"
        '"Kita tunggu saja keputusannya," kata pria yang karib disapa Cak Mursal di kompleks Istana.\n\n'
        '"Persib menghormati para tamunya," sebut pria yang akrab disapa KRW alias Kang Rudi Wirawan itu.'
    )
    names = speakers_in_order(body, lex)
    assert names[0] == "Mursalin Hidayat" and names[1] != "KRW"


@pytest.mark.parametrize(
    "opening",
    ["Melalui keterangan resmi, PT Kereta Nusa", "Dalam keterangannya, Dinas Perhubungan", "Pada Senin, Badan Pangan"],
)
def test_an_institution_after_an_opening_phrase_is_the_subject(lex, opening):
    body = f"{opening} menyampaikan bahwa jadwal perjalanan akan disesuaikan mulai bulan depan."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == opening.split(", ")[1] and st.rule == "indirect_verb"


def test_a_place_set_off_between_a_speaker_and_the_verb_is_no_subject(lex):
    body = "Camat Sutrisno Wibowo di Karangasri, Kecamatan Karangrejo, mengatakan bahwa panen tahun ini berhasil."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Sutrisno Wibowo"


def test_an_institution_whose_name_lists_its_fields_speaks_whole(lex):
    body = (
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) juga memperingatkan bahwa hujan lebat masih turun.\n\n"
        "Menurut Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi, ujian tetap digelar pekan depan."
    )
    names = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert names == [
        ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "organization"),
        ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "organization"),
    ]
    # the same after what the institution put out
    data = "Menurut data Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi, ujian tetap digelar pekan depan."
    (st,) = extract_statements(data, lex)
    assert (st.speaker.name, data[st.start : st.end]) == (
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
        "ujian tetap digelar pekan depan.",
    )


def test_a_listed_institution_of_a_foreign_state_speaks_whole_with_the_states_code(lex):
    body = "Kementerian Pertanian, Kehutanan, dan Perikanan Norwegia melaporkan bahwa ekspor ikan naik tajam."
    names = [(s.speaker.name, s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)]
    assert names == [("Kementerian Pertanian, Kehutanan, dan Perikanan Norwegia", "organization", "NOR")]
    # a list of states is no institution's name
    states = "Kementerian Luar Negeri memanggil duta besar Norwegia, Swedia, dan Finlandia pekan lalu."
    assert not any("Norwegia, Swedia" in (s.speaker.name or "") for s in extract_statements(states, lex))


def test_a_time_adverb_between_the_subject_and_the_verb_is_no_part_of_the_speaker(lex):
    body = "Menteri Perdagangan Rudi Santosa baru-baru ini mengumumkan kenaikan tarif bea masuk gula impor."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type) == ("Rudi Santosa", "person")


def test_a_fronted_purpose_clause_has_no_subject_of_its_own(lex):
    body = "Untuk memastikan bantuan tepat sasaran, Bupati Rina Wulandari meminta data penerima diperbarui tiap bulan."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.cue) == ("Rina Wulandari", "meminta")


def test_places_closed_by_a_demonstrative_after_a_named_subject_are_passed_over(lex):
    body = (
        "Siswa asal Kediri, Dimas Prakoso, lolos seleksi olimpiade.\n\n"
        "Dimas yang lahir pada 2008 dan berasal dari Desa Sukamaju, Kecamatan Pare, Kabupaten Kediri ini mengaku "
        "telah berlatih sejak kelas 10.\n\n"
        "Atlet berdarah Bugis, Kecamatan Tanete, Kabupaten Barru itu mengaku belum ingin pensiun."
    )
    sts = extract_statements(body, lex)
    assert (sts[0].speaker.name, sts[0].cue) == ("Dimas Prakoso", "mengaku")
    assert all(s.speaker.name != "Atlet" for s in sts)


def test_a_home_institution_named_by_its_one_word_speaks_in_a_home_story(lex):
    body = "Kejagung menegaskan bahwa status hukum tersangka korupsi tol itu belum ditentukan."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type, st.speaker.code) == ("Kejagung", "organization", "IDN")


def test_a_fronted_clause_with_a_negated_verb_has_no_subject_of_its_own(lex):
    body = "Meski belum mengungkap kronologi peristiwa, Kapolres Bagus Santoso memastikan pelaku sudah ditahan."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.cue) == ("Bagus Santoso", "memastikan")


@pytest.mark.parametrize("subject", ["Sebagian kritikus", "Para pendukung kebijakan itu", "Sejumlah pengamat"])
def test_a_plural_description_is_a_group_that_speaks(lex, subject):
    body = f"Menteri Agraria Wahyu Lestari meluncurkan program sertifikat.\n\n{subject} menilai program itu terlambat."
    sts = [s for s in extract_statements(body, lex) if s.speaker.written == subject]
    assert [(s.speaker.type, s.cue) for s in sts] == [("group", "menilai")]


def test_a_medium_reporting_with_lapor_speaks_unless_it_relays_someone_elses_words(lex):
    body = (
        '"Tarif baru itu merugikan petani kami sendiri," lapor media lokal Kabar Timur.\n\n'
        "Putranya, Hasan Basri Rahmat, mengatakan ayahnya hanya kelelahan setelah acara, lapor Harian Pagi."
    )
    sts = extract_statements(body, lex)
    assert [(s.kind, s.speaker.name, s.cue) for s in sts] == [
        ("direct", "Kabar Timur", "lapor"),
        ("indirect", "Hasan Basri Rahmat", "mengatakan"),
    ]


def test_the_source_of_a_statement_named_after_dari_speaks(lex):
    body = '"Daftar ini disusun dari survei kepada seribu orang tua," bunyi keterangan resmi dari Lembaga Survei Nusa.'
    (st,) = extract_statements(body, lex)
    assert st.speaker.written == "Lembaga Survei Nusa"


def test_a_decimal_comma_does_not_cut_the_subject_off_its_verb(lex):
    body = "Sebelumnya, Polri mengajukan anggaran senilai Rp 2,6 triliun dan meminta DPR mendukung pengajuan itu."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.cue) == ("Polri", "meminta")


def test_a_pronoun_inside_a_clause_before_the_verb_is_not_its_subject(lex):
    body = (
        "Selain itu, daya ingat juga buruk bagi mereka yang memakai aplikasi itu karena sebagian pengguna "
        "tidak dapat mengutip esai yang mereka tulis."
    )
    assert all(s.speaker.written != "mereka" for s in extract_statements(body, lex))


def test_a_speaker_who_goes_on_is_the_one_who_spoke_not_a_person_named_since(lex):
    body = (
        '"Kami bermain disiplin sepanjang laga," ujar pelatih Persiba, Rahmat Suryadi.\n\n'
        "Pertahanan tim dipimpin kapten Ronny Salampessy sejak menit awal.\n\n"
        '"Kami terus belajar agar lebih efisien," tambahnya.'
    )
    assert speakers_in_order(body, lex) == ["Rahmat Suryadi"] * 2


def test_a_person_named_as_the_object_of_a_verb_is_no_newcomer_a_pronoun_turns_to(lex):
    body = (
        "Mantan pimpinan KPK Burhan Saputra mengatakan lembaga itu belum siap.\n\n"
        "Ia mencontohkan kasus korupsi yang melibatkan Irjen Pol Darmadi Wijaya.\n\n"
        "Ia menilai pembentukan satuan baru itu perlu dikaji ulang."
    )
    sts = extract_statements(body, lex)
    assert sts and all(s.speaker.name == "Burhan Saputra" for s in sts)


@pytest.mark.parametrize("role", ["Professor", "Teradu Saudari"])
def test_english_and_legal_titles_are_roles_not_part_of_the_name(lex, role):
    body = f'"Sidang ini harus terbuka untuk umum," kata {role} Larasati Wibowo di Jakarta.'
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Larasati Wibowo"


def test_a_description_after_a_quotation_cue_points_back_to_the_person_but_a_report_does_not(lex):
    body = (
        "Kiper Persela, Dimas Saputro, tampil gemilang sepanjang laga.\n\n"
        '"Kami bertahan dengan disiplin sampai akhir," kata penjaga gawang asal Lamongan itu.\n\n'
        '"Jumlah penonton naik dua kali lipat musim ini," tulis laporan tersebut.'
    )
    assert speakers_in_order(body, lex)[:2] == ["Dimas Saputro", "laporan tersebut"]


@pytest.mark.parametrize("naming", ["menyebut dirinya", "dijuluki", "bernama"])
def test_a_name_in_quotation_marks_after_a_naming_word_is_no_quotation(lex, naming):
    body = f'Seorang pedagang buku {naming} "Rudi Kancil", mengaku berjualan sejak 1990 di pasar itu.'
    assert [s for s in extract_statements(body, lex) if s.kind == "direct"] == []
    said = 'Seorang pedagang buku berkata "Rudi sudah pulang", mengaku berjualan sejak 1990 di pasar itu.'
    assert [s for s in extract_statements(said, lex) if s.kind == "direct"] != []


def test_a_role_with_its_field_and_a_demonstrative_after_a_quotation_cue_points_back(lex):
    body = (
        "Bagi Prof Dr Rina Kartika, Wakil Rektor Universitas Maju, angka itu wajar.\n\n"
        '"Nilai naik karena cara belajar berubah," ujar profesor di bidang ilmu Teknik Sipil itu.'
    )
    assert speakers_in_order(body, lex) == ["Rina Kartika"]


@pytest.mark.parametrize("degrees", ["Sp.K.O, SubSp. ALK(K)", "Sp.DVE, Subsp.Ven,"])
def test_a_subspecialists_degree_after_the_name_is_no_speaker_nor_a_sentence_end(lex, degrees):
    body = (
        f"Dokter spesialis di RS Harapan Sehat, dr. Surya Wicaksana, {degrees} mengatakan, kondisi pasien "
        "yang datang kemarin sudah membaik sejak pagi."
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Surya Wicaksana"]


@pytest.mark.parametrize("degree", ["Sp.KO", "SpPD-KGEH", "Sp.A (K)", "SpPd", "SpAn."])
def test_a_degree_closing_the_speakers_name_before_the_verb_is_no_speaker(lex, degree):
    body = (
        "Sementara itu, dokter spesialis di RS Harapan Sehat, dr. Surya Wicaksana, "
        f"{degree} menyampaikan, kondisi pasien sudah membaik sejak pagi."
    )
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Surya Wicaksana"


def test_many_say_is_nobody_in_particular(lex):
    body = "Gaya mereka membuat banyak orang nyaman.\n\nBanyak yang menyebut, zodiak ini membuat hubungan terasa seru."
    assert not [s for s in extract_statements(body, lex) if s.speaker.name == "Banyak"]


def test_a_club_named_with_united_or_fc_is_no_part_of_its_coachs_name(lex):
    body = '"Kami bermain buruk hari ini," kata pelatih Newcastle United Rafael Benitez kepada wartawan.'
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Rafael Benitez"


def test_a_quotation_is_attributed_from_the_words_before_it_also_in_a_paragraph_without_full_stops(lex):
    body = "Ketua panitia Rina Saputri mengatakan: " + '"Acara dimulai pukul delapan pagi" ' + '"ya" ' * 400
    sts = extract_statements(body, lex)
    assert sts[0].speaker.name == "Rina Saputri" and body[sts[0].start : sts[0].end].startswith("Acara dimulai")


def test_a_body_longer_than_the_limit_is_read_up_to_it_with_offsets_into_the_whole_body(monkeypatch):
    import tasks.extract as extract

    monkeypatch.setattr(extract, "MAX_EXTRACTED_CHARS", 200)
    body = "Menteri Keuangan Rina Saputri mengatakan anggaran negara aman tahun ini. " * 10
    article = {"article_id": "a1", "batch_id": "b", "language": "id", "body": body}
    row, statements, _ = extract.extract_article(article)
    assert row["extraction_supported"] and statements
    assert all(s["char_end"] <= 200 and body[s["char_start"] : s["char_end"]] == s["text"] for s in statements)
    assert len(statements) < 10  # the sentences after the limit are not read


@pytest.mark.parametrize(
    "body",
    [
        "Warga membagikan pesan berantai. Unggahan tersebut mengatakan air sumur tercemar.",
        "Tim menulis hasil kajian. Laporan itu menyebutkan bahwa stok beras aman.",
    ],
)
def test_a_word_a_demonstrative_points_back_with_is_no_persons_name(lex, body):
    names = speaker_names(body, lex)
    assert not names & {"Unggahan", "Laporan"}


def test_an_untagged_capitalised_subject_is_still_a_person(lex):
    body = "Rapat berlangsung lama. Sutarjo mengatakan anggaran desa akan dipangkas."
    assert speaker_names(body, lex) == {"Sutarjo"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Presiden Venezuela Carlos Mendoza tiba. Mendoza bertemu Sugiono. "
            "Sebelumnya, Presiden Venezuela tersebut mengumumkan tarif baru.",
            "Carlos Mendoza",
        ),
        # the role written another way than where the name was given
        (
            "Presiden Amerika Serikat Daniel Brooks tiba. Brooks bertemu Sugiono. "
            "Sebelumnya, Presiden AS tersebut mengumumkan tarif baru.",
            "Daniel Brooks",
        ),
        # a former office, not the one the article gave with the name: whom the text is about
        (
            "Gubernur Bali Made Sukerta hadir. Sebelumnya, mantan Bupati Gianyar tersebut menegaskan pariwisata pulih.",
            "Made Sukerta",
        ),
        # a short title the article spelled out with the name
        (
            "Menteri Luar Negeri Korea Selatan Park Jin-woo tiba di Jakarta. Park bertemu Sugiono. "
            "Sebelumnya, Menlu Korsel tersebut mengumumkan kunjungan ke Tokyo.",
            "Park Jin-woo",
        ),
    ],
)
def test_a_role_cut_before_its_demonstrative_points_back_to_its_holder(lex, body, speaker):
    assert speaker_names(body, lex) == {speaker}


def test_a_groups_title_pointing_back_stays_the_group(lex):
    body = "Arman Wijaya mengunggah video di kanalnya. Warga tersebut mengaku membeli lahan itu dari orang lain."
    assert "Arman Wijaya" not in speaker_names(body, lex)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a one-word name the article gives again, set off after a place
        (
            "Salah satu eks karyawan PT Sinarindo Pratama Semesta di Sidoarjo, Sutarjo mengaku ijazahnya ditahan. "
            "Sutarjo menambahkan ia dipecat.",
            "Sutarjo",
        ),
        # a state after the city is no subject
        (
            "Kedutaan Besar Republik Indonesia di Lima, Peru mengimbau warga menjauhi lokasi demonstrasi.",
            "Kedutaan Besar Republik Indonesia",
        ),
        # a word named once after a place is another place
        ("Paul Rhodes, Manajer Pertanian di Hope Farm, Oklahoma menjelaskan, buah itu matang sendiri.", "Paul Rhodes"),
    ],
)
def test_a_lone_word_after_a_place_is_a_subject_only_when_the_article_names_it_again(lex, body, speaker):
    assert speaker_names(body, lex) == {speaker}


def test_a_full_name_closing_the_attribution_after_a_role_with_a_foreign_institution_is_the_speaker(lex):
    body = '"Ini awal yang tepat," ujar CEO Campus League, Rendra Gozali. "Semoga lancar," tambahnya.'
    assert speaker_names(body, lex) == {"Rendra Gozali"}


@pytest.mark.parametrize("after", ["saat ditemui di taman", "kepada wartawan"])
def test_a_full_name_set_off_before_where_it_was_said_after_a_role_is_the_speaker(lex, after):
    # the tagger reads the park's name inside the role as a person; the name set off after it is who spoke
    body = f'"Anak-anak senang bermain di sini," kata pengelola RPTRA Melati Indah, Rina Kartika Sari, {after}.'
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.role) == ("Rina Kartika Sari", "pengelola RPTRA Melati Indah")


def test_a_title_written_against_the_name_opens_it_and_the_name_is_whole(lex):
    body = (
        "Direktur Utama Lembaga Pangan Prof.Slamet Riyadi Kusuma mengatakan stok beras aman. "
        '"Kami siap," kata Prof.Slamet.'
    )
    assert speaker_names(body, lex) == {"Slamet Riyadi Kusuma"}


@pytest.mark.parametrize("title", ["dr. ", "dr."])
def test_a_name_set_off_with_a_title_after_the_rest_of_a_bodys_name_is_the_holder(lex, title):
    # the tagger reads the words closing the body's name ("Lawan Malaria") as a person
    body = f"Ketua Harian Gerakan Bersama (GEBER) Lawan Malaria, {title}Rina Kartika mengatakan warga harus waspada."
    assert speaker_names(body, lex) == {"Rina Kartika"}


def test_an_outlets_name_set_off_after_its_description_speaks_after_menurut(lex):
    body = "Menurut kantor berita Iran, Mehrab, rudal itu dilengkapi sistem navigasi canggih."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type, st.speaker.code) == ("Mehrab", "organization", "IRN")
    assert body[st.start : st.end].startswith("rudal itu")
    # an outlet's own name before the comma: the name set off after it is a person's (its editor's)
    body = "Pemimpin redaksi harian Warta Pos, Rina Kartika, mengatakan oplah koran itu naik."
    assert speaker_names(body, lex) == {"Rina Kartika"}


def test_a_manager_set_off_after_a_name_is_the_persons_role():
    from tasks.extract import extract_article

    body = "Yohanes Pattiasina, pengelola SPBU, menjelaskan kelebihan dana pembelian akan dikembalikan."
    _, (row,), _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
    assert (row["speaker_name"], row["speaker_role"]) == ("Yohanes Pattiasina", "pengelola SPBU")


def test_a_given_name_shaped_like_a_verb_is_a_name_when_the_article_capitalises_it_inside_sentences(lex):
    body = (
        "Setelah dilantik, Menandi kini berpangkat Letnan Dua. "
        '"Suatu kehormatan bagi saya," kata Menandi, usai pelantikan.'
    )
    assert speaker_names(body, lex) == {"Menandi"}


def test_an_institution_whose_name_holds_a_groups_title_is_an_organisation(lex):
    body = "Kementerian Energi dan Sumber Daya Mineral (ESDM) menampik rencana diskon tarif listrik."
    kinds = {st.speaker.type for st in extract_statements(body, lex)}
    assert kinds == {"organization"}


def test_a_groups_title_that_heads_institutions_stays_a_group(lex):
    body = "Polisi mengatakan pelaku sudah ditangkap."
    assert {st.speaker.type for st in extract_statements(body, lex)} == {"group"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Keluarga merasa sangat terpukul. Mereka berharap keadilan ditegakkan.", "Keluarga"),
        ("Praktik itu membuat para pedagang resah, dan mereka berharap polisi menindak pelaku.", "para pedagang"),
        (
            "Polres Lombok Barat menolak permintaan itu. Karena itu, mereka mengatakan penyidikan diserahkan ke Polda.",
            "Polres Lombok Barat",
        ),
    ],
)
def test_mereka_is_the_group_or_body_named_last_before_it(lex, body, speaker):
    assert speaker_names(body, lex) == {speaker}


def test_initials_given_in_brackets_after_a_full_name_are_that_persons(lex):
    body = (
        "Wakil Presiden ke-10 RI, Jusman Kalari (JK) hadir di acara itu. "
        "JK mengatakan bahwa perusahaan itu berdiri sejak 1952."
    )
    assert speaker_names(body, lex) == {"Jusman Kalari"}


def test_initials_of_a_firms_name_stay_the_firms(lex):
    body = "Lembaga Morgan Stanley Capital International (MSCI) dikenal luas. MSCI mengatakan indeks itu diubah."
    assert "Morgan Stanley Capital International" not in speaker_names(body, lex)


def test_a_person_the_article_names_by_initials_only_is_a_person(lex):
    body = "Seorang ibu berinisial RT (33) melapor ke polisi. RT mengatakan suaminya memukulnya."
    found = [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)]
    assert found == [("RT", "person")]


@pytest.mark.parametrize(
    "body",
    [
        "Kasat Reskrim AKBP Kemas Indra Natanegara menyatakan, penyidik masih mendalami. "
        "Kemas mengatakan, saksi sudah diperiksa.",
        'Penyanyi El Rumani mengunggah foto. "Selamat ulang tahun," tulis El Rumani. "Kamu cinta sejatiku," tulis El.',
    ],
)
def test_a_full_name_resolved_from_a_role_is_known_to_the_short_names_after_it(lex, body):
    names = [name for _, _, name, _, _ in run(body, lex)]
    assert len(names) == 2 and len(set(names)) == 1 and " " in names[0]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a one-word name keeps the honorific it goes by: nobody calls him "Amin" alone
        ('"Kami siap berkoalisi," kata Cak Amin di Jakarta. Cak Amin menegaskan partainya solid.', "Cak Amin"),
        ('"Pasar ini kami tata ulang," ujar Mbak Sari kepada wartawan.', "Mbak Sari"),
        # the full name the article gives wins over the nickname, also without "yang" before "akrab disapa"
        (
            "Bupati Lamongan Rinjani Kartika Dewi atau akrab disapa Mbak Tika meninjau pasar. "
            '"Harga beras stabil," kata Mbak Tika.',
            "Rinjani Kartika Dewi",
        ),
    ],
)
def test_a_familiar_honorific_stays_with_a_one_word_name(lex, body, speaker):
    assert speaker_names(body, lex) == {speaker}


def test_a_nickname_is_not_the_full_name_of_someone_else(lex):
    # "Kak Robin" (a coach's nickname) must not take the short name of Robin Hartanto, another person
    body = (
        "Pelatih Robin Hartanto memimpin latihan. Para atlet memanggil asisten pelatih Kak Robin.\n\n"
        '"Kami fokus pada servis," kata Robin.'
    )
    assert [name for _, _, name, _, _ in run(body, lex)] == ["Robin Hartanto"]


def test_a_noble_title_of_two_words_is_no_nickname(lex):
    body = '"Perang ini harus diakhiri," kata Raden Mas Sadewo di Surakarta.'
    assert speaker_names(body, lex) == {"Sadewo"}


def test_a_name_inside_one_full_name_is_that_person(lex):
    # people go by a middle name too ("Dasri" of "Sufyan Dasri Ahmadi") when the words before it are
    # written nowhere else in the article
    body = (
        "Wakil Ketua DPR Sufyan Dasri Ahmadi menerima delegasi itu. "
        '"Kami akan membahasnya pekan depan," kata Dasri di Jakarta.'
    )
    assert speaker_names(body, lex) == {"Sufyan Dasri Ahmadi"}


def test_a_word_glued_before_a_name_and_written_alone_is_no_given_name(lex):
    body = (
        "Kepala Humas Transkota Ayu Lestari Wardani meninjau halte. Transkota juga menambah armada.\n\n"
        '"Layanan kembali normal," kata Ayu.'
    )
    assert "Transkota Ayu Lestari Wardani" not in speaker_names(body, lex)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Kerja sama ini penting," kata Perdana Menteri Malaysia Datuk Seri Hamdan Yusri.', "Hamdan Yusri"),
        ('"Umat diajak berdoa," kata Monsinyur Yohanes Haryadi di katedral.', "Yohanes Haryadi"),
        ('"Bumbu ini kunci rasanya," kata Chef Rendra Wiguna.', "Rendra Wiguna"),
        ('"Vaksin ternak tiba," kata Direktur Kesehatan Masyarakat Veteriner Samsir Harahap.', "Samsir Harahap"),
        ("Fisikawan Rudolf Hartmann mengatakan bahwa orang cerdas juga bisa keliru.", "Rudolf Hartmann"),
        ("Wakil Ketua Pansus Rudi Hartono mengatakan bahwa rapat dilanjutkan besok.", "Rudi Hartono"),
        ("Arsitek Nadia Puspitasari menjelaskan bahwa gedung itu hemat energi.", "Nadia Puspitasari"),
    ],
)
def test_honorifics_professions_and_office_words_stay_out_of_the_name(lex, body, speaker):
    assert speaker_names(body, lex) == {speaker}


def test_a_reporting_verb_in_a_relative_clause_is_the_named_persons(lex):
    body = (
        "Ketua Fraksi Surya Darmawan menanggapi pernyataan Menteri Perdagangan Lukas Hartanto yang menyebut "
        "harga beras akan turun bulan depan.\n\n"
        "Politikus senior itu mengatakan, pemerintah harus menjaga pasokan."
    )
    found = [(rule, name) for _, _, name, _, rule in run(body, lex)]
    assert found[0] == ("indirect_embedded", "Lukas Hartanto")
    # the text goes on about the subject of the sentence, not about the minister in its relative clause
    assert found[1][1] == "Surya Darmawan"


def test_a_state_in_a_relative_clause_after_what_it_said_speaks(lex):
    body = "Juru bicara Surya Darmawan menanggapi pernyataan pemerintah Jepang yang meminta Indonesia menunda ekspor."
    found = [(st.rule, st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)]
    assert found == [("indirect_embedded", "pemerintah Jepang", "JPN")]
    # a state's policy is not what it said: the verb's subject is the sentence's
    body = "Surya Darmawan mengkritik kebijakan Jepang yang mendorong ekspor, lalu mengatakan pasar harus dijaga."
    assert [name for _, _, name, _, _ in run(body, lex)] == ["Surya Darmawan"]


@pytest.mark.parametrize(
    "subject",
    [
        "Menteri Kelautan Darmaji Kusnadi atau Cak Darmaji",
        "Menteri Kelautan Darmaji Kusnadi alias Pak Dar",
        "Menteri Kelautan Darmaji Kusnadi atau yang akrab disapa Mas Dar",
    ],
)
def test_the_role_of_a_name_given_with_the_name_the_person_goes_by_stops_before_the_name(lex, subject):
    body = f"{subject} mengatakan bahwa harga ikan akan turun bulan depan."
    speakers = [(st.speaker.name, st.speaker.role) for st in extract_statements(body, lex)]
    assert speakers == [("Darmaji Kusnadi", "Menteri Kelautan")]


def test_a_familiar_form_of_address_is_no_role_and_an_associations_exco_is_one(lex):
    body = (
        "Exco PSSI Rudi Halomoan menyampaikan bahwa tim akan berlatih di Medan. "
        '"Ini atas pengajuan dari Bang Rudi Halomoan dan PSSI Sumut," ujar Wali Kota Medan Tigor Sitompul.'
    )
    roles = {st.speaker.name: st.speaker.role for st in extract_statements(body, lex)}
    assert roles == {"Rudi Halomoan": "Exco PSSI", "Tigor Sitompul": "Wali Kota Medan"}


def test_a_body_pointed_back_to_carries_the_code_it_carries_by_name(lex):
    body = (
        "BMKG dalam rilis itu menyebut gempa tidak berpotensi tsunami. "
        '"Periksa bangunan tempat tinggal anda sebelum kembali ke dalam rumah," tulis rilis tersebut.'
    )
    said = [(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)]
    assert said == [("BMKG", "IDN"), ("BMKG", "IDN")]


def test_people_named_by_a_noun_before_a_relative_clause_speak_not_the_sentence_subject(lex):
    body = "Pedagang Budi Santoso dihubungi pelaku yang mengatakan hendak membeli dua ekor kambing dari lapaknya."
    said = [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)]
    assert said == [("pelaku", "group")]
    # people described by what they do, with no report: nobody speaks
    generic = "Mereka menolak kriminalisasi terhadap warga yang menyampaikan aspirasi publik."
    assert extract_statements(generic, lex) == []
    # a thing's relative clause: nobody speaks; what a statement put out says is its issuer's
    thing = "Kepolisian Daerah Sumatera Utara menerima panggilan telepon yang mengabarkan bahwa dua pendaki hilang."
    assert extract_statements(thing, lex) == []
    issued = "Kementerian Luar Negeri Jepang mengeluarkan pernyataan terbaru yang menyerukan gencatan senjata segera."
    assert [st.speaker.name for st in extract_statements(issued, lex)] == ["Kementerian Luar Negeri Jepang"]


def test_a_relative_clause_after_a_set_off_name(lex):
    body = "Kuasa hukum itu memperkenalkan Rendi kepada Markus Halim, yang kemudian meminta uang tambahan."
    # "memperkenalkan" is the sentence subject's own verb: the statement is embedded in its clause
    assert [(rule, name) for _, _, name, _, rule in run(body, lex)] == [("indirect_embedded", "Markus Halim")]


def test_a_relative_clause_after_a_name_that_the_sentence_is_about(lex):
    body = "Penjelasan itu disampaikan Kepala Dinas Pasar, Yuliana Sari, yang mengatakan pasar buka besok."
    assert [(rule, name) for _, _, name, _, rule in run(body, lex)] == [("indirect_relative", "Yuliana Sari")]


def test_a_relative_clause_about_an_owner_is_not_the_things(lex):
    # the owner speaks, not the car: the relative-clause rule leaves it to the sentence's subject
    body = "Hal ini dirasakan oleh pemilik Toyota Avanza, yang mengaku biaya servisnya murah."
    assert not {rule for _, _, _, _, rule in run(body, lex)} & {"indirect_relative", "indirect_embedded"}


@pytest.mark.parametrize("firm", ["BlueWave Media", "Sentosa Motors", "Sinar Technologies"])
def test_a_name_closed_by_a_firms_word_is_an_organisation(lex, firm):
    body = f"{firm} mengatakan bahwa permintaan naik pada kuartal ini."
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [(firm, "organization")]


def test_some_people_are_nobody_in_particular(lex):
    body = "Unggahan itu dibagikan ribuan kali. Ada yang menilai kebijakan itu terlalu keras."
    assert "Ada" not in speaker_names(body, lex)


@pytest.mark.parametrize("source", ["Google", "Al Jazeera", "The Guardian"])
def test_news_outlets_and_large_firms_are_organisations(lex, source):
    body = f"{source} mengatakan bahwa layanan itu akan dihentikan pekan depan."
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [(source, "organization")]


@pytest.mark.parametrize(
    ("body", "paper"),
    [
        ("India Today melaporkan pada Senin bahwa pabrik itu akan ditutup.", "India Today"),
        ("Korea Herald melaporkan bahwa festival itu diundur sepekan.", "Korea Herald"),
        ("Menurut The Jakarta Post, jalan tol itu dibuka pekan depan.", "The Jakarta Post"),
    ],
)
def test_a_newspaper_named_after_its_place_is_an_organisation(lex, body, paper):
    # a state (or the first word of one) or a home region, then a masthead word: neither the state nor a
    # person "Today" / "Herald"
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [(paper, "organization")]


def test_a_head_called_pimpinan_is_a_role_and_the_name_set_off_after_it_speaks(lex):
    body = (
        '"Penonton kami terus bertambah," kata Pimpinan sanggar tari Kembang Sore SKS, Wulan Sari saat ditemui.\n\n'
        "Pimpinan Bank Sejahtera Cabang Malang, Budi Hartono, mengatakan bahwa kredit tumbuh."
    )
    got = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert got == [
        ("Wulan Sari", "Pimpinan sanggar tari Kembang Sore SKS"),
        ("Budi Hartono", "Pimpinan Bank Sejahtera Cabang Malang"),
    ]


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("Para terapis menekankan bahwa sifat pemalu bukanlah kekurangan.", "Para terapis"),
        ("Dalam acara itu, para member grup tersebut mengaku senang bisa tampil.", "para member grup"),
        ("Beberapa terapis menekankan bahwa sifat pemalu bukanlah kekurangan.", "Beberapa terapis"),
    ],
)
def test_a_noun_after_a_word_counting_people_is_no_verb_however_it_is_shaped(lex, body, group):
    # "terapis" looks like a "ter-" verb, "member" like a "mem-" verb: after "para" they are the people's noun
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [(group, "group")]


def test_a_masthead_word_after_a_word_that_is_no_place_is_left_alone(lex):
    body = "Pemain muda Budi Daily mengatakan bahwa timnya siap bertanding."
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Budi Daily", "person")]


@pytest.mark.parametrize(
    "body",
    [
        "Olahraga membuat tubuh lebih segar. Tubuh akan menganggap bahwa cadangan tenaga masih cukup.",
        "Tim itu menyiapkan survei baru. Survei yang dirilis pekan lalu menyebut bahwa pemain jarang tamat.",
    ],
)
def test_a_common_word_opening_a_sentence_is_nobody(lex, body):
    people = [s.speaker.name for s in extract_statements(body, lex) if s.speaker.type == "person"]
    assert people == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Di halaman, senyum Bunga merekah. Ia menanam bunga.\n\nBunga mengatakan bahwa ia sudah ikhlas.", "Bunga"),
        ("Hari, salah satu pedagang pasar, berjualan setiap hari.\n\nHari mengaku bahwa pembeli makin sepi.", "Hari"),
    ],
)
def test_a_name_that_is_also_a_common_word_still_speaks(lex, body, name):
    assert [s.speaker.name for s in extract_statements(body, lex) if s.kind == "indirect"] == [name]


def test_a_title_without_quotation_marks_lends_no_words_to_a_name(lex):
    body = (
        "Bupati Sukamaju, Rudi Hartawan mengatakan, jalan itu akan diperbaiki.\n\n"
        "Rudi menyatakan dukungan atas program perbaikan jalan desa.\n\n"
        "Artikel ini telah tayang di Warta.id dengan judul Jalan Rusak, Rudi Hartawan Segera Turun Tangan."
    )
    assert speaker_names(body, lex) == {"Rudi Hartawan"}


def test_a_title_right_after_berjudul_is_nobody_a_pronoun_could_point_to(lex):
    body = (
        "Laporan berjudul Green Steel Path: A New Route mengevaluasi janji tersebut.\n\n"
        "Namun, menurutnya, pendanaan itu masih kecil."
    )
    assert speaker_names(body, lex) <= {None}


@pytest.mark.parametrize("ministry", ["Kemenhaj", "Kemenaker", "Kemendikti", "MK", "BKPM"])
def test_ministries_short_names_are_the_home_states_organisations(lex, ministry):
    body = f"{ministry} menegaskan bahwa jadwal layanan tahun ini tidak berubah."
    assert [(s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)] == [("organization", "IDN")]


def test_a_person_after_an_institutions_long_form_and_a_field_word_is_a_person(lex):
    body = (
        "Senada, pengamat politik Lembaga Ilmu Pengetahuan Indonesia (LIPI) Ratna Dewi Anggraini menilai bahwa isu "
        'itu tidak akan memengaruhi pemilih.\n\n"Pemilih sudah menentukan pilihan," ujar Ratna.'
    )
    assert speaker_names(body, lex) == {"Ratna Dewi Anggraini"}


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"'), ("”", "”")])
def test_a_quotation_run_over_paragraphs_is_the_speaker_named_at_its_end(lex, o, c):
    body = (
        "Di rumahnya, Elmira Santoso mengenang panggilan video terakhir dengan suaminya.\n\n"
        f"{o}Begitu dia sampai di penginapan, dia langsung menelepon anak-anak.{c}\n\n"
        f"{o}Waktu itu dia kelihatan masih segar dan sehat,{c} ungkap Elmira kepada wartawan."
    )
    assert [(s.speaker.name, s.rule) for s in extract_statements(body, lex)] == [
        ("Elmira Santoso", "direct_continued"), ("Elmira Santoso", "direct_cue_after")
    ]  # fmt: skip


def test_a_quotation_after_another_speakers_words_is_not_taken_forward(lex):
    body = (
        '"Kami siap membantu," kata Budi Hartono.\n\n'
        '"Pemerintah sudah menyiapkan anggaran."\n\n'
        '"Semua berjalan sesuai rencana," ujar Sinta Maharani.'
    )
    assert speakers_in_order(body, lex) == ["Budi Hartono", "Budi Hartono", "Sinta Maharani"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'Anggota DPR Lalu Gede Pratama menilai program itu penting.\n\n"Kami mendukung program ini," kata Lalu.',
            "Lalu Gede Pratama",  # the Sasak opener stays in the name the article calls him by
        ),
        (
            '"Sudah ada 20 saksi yang kami periksa," tutur Kemas.\n\n'
            "Kapolsek Ilir Barat AKBP Kemas Arief Wicaksono mengatakan bahwa penyelidikan masih berlanjut.",
            "Arief Wicaksono",
        ),
        (  # the tagger misses this name: the speaker rule finds it after the quotation was read
            '"Jadi ada 20 saksi yang kami periksa," tutur Kemas.\n\n'
            "Kapolres Sukamaju, AKBP Kemas Indra Natasukma menyatakan, penyidik masih mendalami keterangan saksi.",
            "Kemas Indra Natasukma",
        ),
    ],
)
def test_a_speaker_who_goes_by_a_title_or_name_opener(lex, body, name):
    assert speaker_names(body, lex) == {name}


def test_a_group_noun_opening_a_sentence_speaks_as_a_group(lex):
    body = "Para kader berkumpul.\n\nKader dan pengurus partai di daerah menyatakan tunduk kepada keputusan pusat."
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Kader", "group")]


def test_a_demand_in_a_purpose_clause_is_the_sentence_subjects(lex):
    body = (
        "Ratusan nelayan di Kabupaten Sukamaju, Jawa Tengah, berangkat ke Jakarta untuk menggelar aksi "
        "guna menuntut agar harga solar diturunkan pemerintah, Minggu."
    )
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Ratusan nelayan", "group")]
    body = "Polisi di Kabupaten Sukamaju, Jawa Tengah, datang ke lokasi untuk memastikan situasi tetap aman."
    assert extract_statements(body, lex) == []  # making sure is no speech


def test_a_profession_pointing_back_is_the_person_named_before(lex):
    body = (
        "Penyanyi Ratna Kumalasari hadir di Jakarta.\n\n"
        "Artis berdarah Ambon itu mengaku sedang menyiapkan album baru."
    )
    assert speaker_names(body, lex) == {"Ratna Kumalasari"}


def test_a_verb_of_saying_then_a_comma_and_a_clause_opens_the_statement(lex):
    # a lead adverbial before the speaker, then the verb, a comma and the content: what was said is the
    # clause after the verb, not the lead before the speaker
    body = (
        "Sebelumnya, pada awal Maret, menteri pertanian Belanda, Belgia, dan Austria lewat keterangan tertulis "
        "menegaskan, pemotongan dana bantuan itu akan merugikan para petani kecil."
    )
    got = run(body, lex)
    assert [(text, rule) for _, text, _, _, rule in got] == [
        ("pemotongan dana bantuan itu akan merugikan para petani kecil", "indirect_verb")
    ]
    # a time or a place phrase after the verb closes a statement said before the speaker
    for tail in ("saat ditemui di kantornya.", "Senin (5/6/2025).", "seperti dikutip dari laman resmi lembaga itu."):
        lead = "Meski harga beras naik sepanjang musim kemarau ini, stok aman"
        closing = f"{lead}, Kepala Bulog Ratna Dewi menambahkan, {tail}"
        texts = [(text, rule) for _, text, _, _, rule in run(closing, lex)]
        assert texts and all(rule == "indirect_tail_verb" for _, rule in texts), tail


def test_a_relation_before_a_name_is_someone_else_speaking(lex):
    # "kuasa hukum X": the lawyer speaks; the article named the lawyer before
    named = (
        "Sidang Budi Santoso ditunda. Kuasa hukum Budi, Rudi Hartono, menolak dakwaan itu.\n\n"
        '"Klien kami tidak bersalah," ujar kuasa hukum Budi Santoso.'
    )
    assert [n for _, text, n, _, _ in run(named, lex) if text.startswith("Klien")] == ["Rudi Hartono"]
    # nobody named in that relation: not the client either
    unnamed = 'Sidang Budi Santoso ditunda.\n\n"Klien kami tidak bersalah," ujar kuasa hukum Budi Santoso.'
    assert "Budi Santoso" not in speaker_names(unnamed, lex)
    # kin sharing the family name, named before
    kin = (
        "Pengusaha asal Kanada Liam Carter digugat mantan mitranya pekan lalu. Victor Carter, pensiunan guru, "
        "membela putranya di televisi.\n\nNamun, ayah Liam Carter menyebut gugatan itu mengada-ada."
    )
    assert speaker_names(kin, lex) == {"Victor Carter"}
    # the relative's own name set off after the relation; a day set off there names nobody
    set_off = 'Dedi Kurnia dilantik. "Saya bangga sekali," kata ayah Dedi, Harun Wibisono.'
    assert speaker_names(set_off, lex) == {"Harun Wibisono"}
    dated = 'Dedi Kurnia dilantik. "Saya bangga sekali," kata ayah Dedi, Senin.'
    assert "Dedi Kurnia" not in speaker_names(dated, lex)
    # a relation opening the sentence, in capitals; unnamed, the relative still reports something
    opening = "Sidang Budi Santoso ditunda. Kuasa hukum Budi Santoso mengatakan bahwa kliennya tidak bersalah."
    assert [(st.speaker.name, st.speaker.role) for st in extract_statements(opening, lex)] == [(None, "kuasa hukum")]
    # a given name spelled like a relation opens a name ("Putri Maharani")
    assert speaker_names("Putri Maharani mengatakan bahwa ia bahagia.", lex) == {"Putri Maharani"}
    # a family or a team around a person speaks as a group
    family = "Rina Kartika meninggal dunia di rumahnya.\n\nKeluarga Rina menyebut almarhumah tidak punya riwayat sakit."
    assert [(n, st.speaker.type) for st in extract_statements(family, lex) for n in [st.speaker.name]] == [
        ("Keluarga Rina", "group")
    ]


def test_a_relation_closed_by_a_demonstrative_points_back_and_a_relation_to_a_body_does_not_count(lex):
    body = (
        "Pelatih tim nasional U20, Arman Pratama, memanggil 25 pemain.\n\n"
        '"Kami ingin bermain menyerang," kata Arman.\n\n'
        '"Saya berharap pemain muda berkembang," ujar mantan asisten Dario Kovac di tim nasional itu.'
    )
    assert speaker_names(body, lex) == {"Arman Pratama"}
    # a relative of the palace, named: he speaks, whatever the relation word before the body's name
    palace = "Salah satu kerabat Keraton KPH Raden Suryo Atmojo mengatakan upacara digelar pekan depan."
    assert speaker_names(palace, lex) == {"Suryo Atmojo"}


def test_an_official_of_the_home_states_mission_abroad_serves_the_home_state(lex):
    body = (
        "Koordinator Fungsi Ekonomi KBRI Seoul, Siti Rahmawati, menjelaskan ekspor kopi naik tahun ini.\n\n"
        '"Permintaan dari Korea Selatan terus tumbuh," kata Siti.'
    )
    codes = {(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)}
    assert codes == {("Siti Rahmawati", "IDN")}
    # an official of the host state keeps the host state's code
    host = "Menteri Perdagangan Korea Selatan Park Jin-ho menjelaskan ekspor kopi naik tahun ini."
    assert {st.speaker.code for st in extract_statements(host, lex)} == {"KOR"}


def test_a_kind_of_organisation_pointing_back_is_the_organisation_described_or_named_before(lex):
    body = (
        "Laporan itu ditulis Dewan Pemantau Hutan Kalimantan (DPHK), sebuah organisasi nirlaba, sepekan setelah "
        "Kementerian Kehutanan mencabut izin kawasan itu.\n\n"
        "Menurut organisasi tersebut, penebangan liar meningkat dua kali lipat."
    )
    assert "Dewan Pemantau Hutan Kalimantan" in speaker_names(body, lex)
    latest = (
        "Raksasa teknologi PT Nusaphone Digital meluncurkan seri baru di Bandung.\n\n"
        "Perusahaan teknologi asal Bandung itu mengatakan penjualan naik 20 persen."
    )
    assert speaker_names(latest, lex) == {"PT Nusaphone Digital"}
    # nothing named before: the phrase stays as written
    alone = "Perusahaan teknologi itu mengatakan penjualan naik 20 persen."
    assert speaker_names(alone, lex) == {"Perusahaan teknologi itu"}


def test_a_guard_or_a_buyer_speaks_as_a_group(lex):
    got = run("Satpam tersebut sempat mengatakan mobil itu sudah parkir sejak pagi.", lex)
    assert [(name, rule) for _, _, name, _, rule in got] == [("Satpam", "indirect_verb")]
    assert speaker_names("Pembeli mengaku sudah membayar lunas lewat calo.", lex) == {"Pembeli"}


def test_the_subject_after_a_clause_joiner_speaks_also_in_lower_case(lex):
    body = (
        "Pengamat Rina Lestari heran Budi Santoso divonis lima tahun penjara padahal majelis hakim menyebut "
        "Budi tidak menerima suap."
    )
    assert speaker_names(body, lex) == {"majelis hakim"}
    other = "Sementara itu, Kepala Dinas Pendidikan Ani Wijaya mengatakan sekolah dibuka pekan depan."
    assert speaker_names(other, lex) == {"Ani Wijaya"}


def test_a_name_set_off_after_a_role_is_the_name_when_the_tagger_misses_it(lex):
    body = '"Pendaftaran diperpanjang hingga Jumat," ujar Kepala Dinas Pendidikan Jatim, Aries Agung Paewai, Kamis.'
    got = [(st.speaker.name, st.speaker.role) for st in extract_statements(body, lex)]
    assert got == [("Aries Agung Paewai", "Kepala Dinas Pendidikan Jatim")]
    # a place set off after the role is no name
    place = '"Pendaftaran diperpanjang hingga Jumat," ujar Kepala Dinas Pendidikan, Jawa Timur.'
    assert "Jawa Timur" not in speaker_names(place, lex)


def test_the_head_of_state_is_the_president_named_before(lex):
    body = (
        "Presiden Bima Arya Santoso meresmikan jembatan itu, Kamis.\n\n"
        '"Jembatan ini untuk rakyat," ujar Kepala Negara.'
    )
    assert speaker_names(body, lex) == {"Bima Arya Santoso"}


def test_a_name_set_off_after_a_role_then_what_the_speaker_did(lex):
    body = '"Festival ini milik warga," kata Wali Kota Tidore, M Rusli Hamzah membuka acara itu.'
    assert speaker_names(body, lex) == {"M Rusli Hamzah"}


def test_a_cue_word_opening_a_sentence_as_a_noun_cues_nobody(lex):
    story = "Kisah cinta antara Wali Kota Medan terpilih, Rudi Hartono, dan istrinya, Sari Dewi, menjadi sorotan."
    assert run(story, lex) == []
    word = "Kata ini merupakan salah satu kosakata bahasa Inggris yang paling sering dicari."
    assert run(word, lex) == []
    # a description or a pronoun after it: the cue names its speaker
    described = "Kata salah seorang petugas dapur bernama Mevi, daun itu namanya daun woka."
    assert speaker_names(described, lex) == {"Mevi"}


def test_menurut_and_a_pronoun_without_a_comma(lex):
    body = (
        "Kereta anjlok di dekat stasiun, kata saksi mata Rina Kartika (41).\n\n"
        "Menurut dia kejadian itu memutus jalan dari Simpang Lima ke Pasar Baru, Kecamatan Tengah, selama satu jam."
    )
    got = [(text, name) for kind, text, name, _, rule in run(body, lex) if rule == "indirect_menurut"]
    assert [(text.startswith("kejadian itu memutus"), name) for text, name in got] == [(True, "Rina Kartika")]


def test_a_noun_with_its_possessive_opening_a_sentence_is_nobody(lex):
    body = "Pemkab membangun pabrik susu baru. Tujuannya mendorong kenaikan produksi lokal."
    assert run(body, lex) == []
    body = "Kesalahannya menyebut proyek itu pasti berujung pada utang."
    assert run(body, lex) == []
    # a name ending the same way still speaks
    assert speaker_names("Sonya mengatakan harga susu naik.", lex) == {"Sonya"}
    assert speaker_names("Ngugiwenya juga mengatakan bahwa pemilu ditunda.", lex) == {"Ngugiwenya"}


def test_a_nickname_made_of_the_name_s_syllables_is_that_person(lex):
    body = (
        "Menteri Koordinator Bidang Pangan Bambang Soeharto meninjau gudang pupuk di Jombang.\n\n"
        "Bamsoe menambahkan, stok pupuk aman sampai akhir tahun."
    )
    assert speaker_names(body, lex) == {"Bambang Soeharto"}
    # two people the syllables fit: nobody is chosen
    two = (
        "Bambang Soeharto dan Bambang Soetrisno hadir di Jombang.\n\n"
        "Bamsoe menambahkan, stok pupuk aman sampai akhir tahun."
    )
    assert speaker_names(two, lex) == {"Bamsoe"}


def test_a_name_set_off_after_a_role_and_its_institution_after_dari(lex):
    body = '"Biayanya kecil," ujar peneliti dari Lembaga Kajian Energi, Rina Kartika, di Jakarta.'
    assert speaker_names(body, lex) == {"Rina Kartika"}


def test_menurut_a_role_holding_a_one_word_person_then_the_name_set_off(lex):
    body = "Menurut Ketua Ikatan Ahli Mesir Kuno dan mantan direktur museum, Sari Wulandari, pameran itu dirancang."
    assert speaker_names(body, lex) == {"Sari Wulandari"}


def test_menurut_a_role_then_its_place_and_the_name_set_off(lex):
    body = "Menurut profesor di Universitas Padjadjaran, Bandung, Rina Kartika, bau badan dipengaruhi makanan."
    assert run(body, lex) == [
        ("indirect", "bau badan dipengaruhi makanan.", "Rina Kartika", "menurut", "indirect_menurut")
    ]


def test_menurut_a_role_then_a_rank_and_the_name_set_off(lex):
    body = "Menurut Wadirlantas Polda Jawa Tengah, AKBP Rudi Kartasasmita, pemblokiran dilakukan otomatis oleh sistem."
    assert run(body, lex) == [
        ("indirect", "pemblokiran dilakukan otomatis oleh sistem.", "Rudi Kartasasmita", "menurut", "indirect_menurut")
    ]
    # the words after the office's title are its place, not a person, when a person is set off after them
    place = "Menurut Kapolda Metro Jaya, Irjen Rudi Kartasasmita, pemblokiran dilakukan otomatis."
    assert speaker_names(place, lex) == {"Rudi Kartasasmita"}


def test_menurut_a_name_then_a_role_set_off_what_was_said_begins_after_the_role(lex):
    body = (
        "Menurut Dimas Arya Pranata, Manajer Hubungan Masyarakat, Sinar Motor Indonesia, penjualan motor sport "
        "tetap stabil."
    )
    assert run(body, lex) == [
        ("indirect", "penjualan motor sport tetap stabil.", "Dimas Arya Pranata", "menurut", "indirect_menurut")
    ]
    plain = "Menurut Dimas Arya Pranata, pemilik bengkel Jaya Sejuk di Depok, mencuci mesin perlu hati-hati."
    assert [text for _, text, _, _, _ in run(plain, lex)] == ["mencuci mesin perlu hati-hati."]


def test_menurut_a_name_then_a_list_of_groups_is_what_was_said(lex):
    # a group's title in lower case after the comma opens the clause ("pelaku usaha, eksportir ..."), no role
    body = "Menurut Dimas Arya Pranata, pelaku usaha, eksportir maupun pemerintah daerah wajib mendaftarkan kebunnya."
    assert [text for _, text, _, _, _ in run(body, lex)] == [
        "pelaku usaha, eksportir maupun pemerintah daerah wajib mendaftarkan kebunnya."
    ]
    clause = "Menurut Dimas Arya Pranata, Presiden Arif Wicaksono sudah mengetahui hal itu."
    assert [text for _, text, _, _, _ in run(clause, lex)] == ["Presiden Arif Wicaksono sudah mengetahui hal itu."]


def test_a_residence_set_off_after_a_name_runs_past_the_commas_of_its_places(lex):
    body = (
        "Sumarno Wiryo (61), warga Dusun Krajan, Sidomulyo, Pakisaji, Kabupaten Malang, berharap agar "
        "jembatan desanya segera diperbaiki."
    )
    assert speaker_names(body, lex) == {"Sumarno Wiryo"}
    # "warga" opening the clause after a comma is the subject itself, not a residence set off
    group = "Namun, warga Dusun Krajan berharap agar jembatan desanya segera diperbaiki."
    assert speaker_names(group, lex) == {"warga Dusun Krajan"}


def test_a_description_with_places_or_dates_set_off_and_closed_by_a_demonstrative_is_the_subject(lex):
    born = (
        "Menteri Ratna Kusumawati hadir di Medan.\n\n"
        "Perempuan kelahiran Tebing Tinggi, 12 Maret 1970, itu mengatakan bahwa program itu berlanjut."
    )
    assert speaker_names(born, lex) == {"Ratna Kusumawati"}
    placed = (
        "Penyanyi Laras Anindita pulang kampung.\n\n"
        "Artis asli Desa Wonorejo, Kecamatan Pakis, Kabupaten Malang itu mengaku belum ingin terjun ke politik."
    )
    assert speaker_names(placed, lex) == {"Laras Anindita"}
    # a segment set off that is neither a place nor a date: not a description of someone
    clause = (
        "Penyanyi Laras Anindita pulang kampung.\n\n"
        "Artis asli Desa Wonorejo, yang kini sibuk, dan keluarganya itu mengaku belum ingin terjun ke politik."
    )
    assert "Laras Anindita" not in speaker_names(clause, lex)


def test_a_speakers_own_verb_after_the_name_ends_the_attribution(lex):
    body = (
        'Presiden Arman Hidayat tiba di Medan. "Kami datang untuk bekerja," ujar Kepala Negara melanjutkan.\n\n'
        '"Dulu semua serba sulit," kata Rina Marlina mengenang masa kecilnya.'
    )
    spoken = {st.speaker.written: st.speaker.name for st in extract_statements(body, lex)}
    assert spoken == {"Kepala Negara": "Arman Hidayat", "Rina Marlina": "Rina Marlina"}
    # not a word after a lower-case one: an English word or a pronoun inside the attribution
    member = '"Kami berharap banyak," bunyi keterangan mereka, Senin.'
    assert [st.speaker.written for st in extract_statements(member, lex)] != ["keterangan"]
    english = '"Kami berharap banyak," kata mantan member Klub Sehat Dewi Anggraini.'
    assert all("member" in (st.speaker.written or "") for st in extract_statements(english, lex))


def test_one_of_a_group_then_a_name_set_off_with_an_age_is_that_person(lex):
    body = '"Airnya naik cepat sekali," kata salah satu warga Desa Sukamaju, Ratih Kumala (38), saat ditemui.'
    assert speaker_names(body, lex) == {"Ratih Kumala"}
    short = '"Kami takut," ujar salah satu warga, Dodi (19), Senin.'
    assert speaker_names(short, lex) == {"Dodi"}


def test_whom_it_was_said_to_after_ke_is_no_part_of_the_speaker(lex):
    body = (
        'Menteri Sosial Ratna Sari Dewi berkeliling ke dapur umum. "Sudah makan semua?" tanya Ratna ke relawan.\n\n'
        '"Sudah, Bu," jawab relawan ke menteri.'
    )
    spoken = {st.speaker.written: st.speaker.name for st in extract_statements(body, lex)}
    assert spoken == {"Ratna": "Ratna Sari Dewi", "relawan": "relawan"}
    # an ordinal written with a space stays in the title
    ordinal = "Ketua Panitia HUT ke 80 Kabupaten Sumbawa Hendra Wijaya mengatakan acara dimulai pukul 08.00."
    assert speaker_names(ordinal, lex) == {"Hendra Wijaya"}


def test_a_groups_noun_pointing_back_is_the_unnamed_member_who_spoke_before(lex):
    body = (
        'Menteri Sosial Ratna Sari Dewi berkeliling ke dapur umum. "Sudah makan semua?" tanya Ratna ke relawan.\n\n'
        '"Sudah, Bu," jawab relawan ke menteri.\n\n'
        "Ratna lalu menanyakan stok beras.\n\n"
        '"Cukup untuk tiga hari," kata relawan tersebut.'
    )
    last = extract_statements(body, lex)[-1]
    assert (last.speaker.written, last.speaker.name, last.speaker.type) == ("relawan tersebut", "relawan", "group")
    # another group's unnamed speaker is not meant: the noun points back to the one named in that role
    named = (
        '"Sudah, Bu," jawab relawan ke menteri.\n\n'
        "Petugas Dinas Sosial, Hendra Wijaya, memeriksa stok beras.\n\n"
        '"Cukup untuk tiga hari," kata petugas tersebut.'
    )
    assert speaker_names(named, lex) == {"relawan", "Hendra Wijaya"}
    # any noun an unnamed speaker was introduced with, pointing back, is that speaker, still unnamed (not a
    # person named in between)
    body = (
        '"Mobil ini dibuat pada tahun 1957," kata pemandu di Museum Sinar Motor.\n\n'
        "Perusahaan itu didirikan oleh Seiji Tanaka pada 1907 di Osaka.\n\n"
        '"Perusahaan ingin menghadirkan mobil yang murah," ujar pemandu tersebut.'
    )
    assert [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)] == [("pemandu", "unknown")] * 2


def test_the_side_of_a_one_word_name_nobody_is_named_in_full_by_is_a_bodys(lex):
    # "pihak X": a body's side speaks as the body, also when the tagger read its one-word name as a person
    for body in (
        "Dalam pernyataannya di situs resmi, pihak Hamanoku menuliskan bahwa mereka tidak dapat memenuhi pesanan.",
        '"Tiket akan dikembalikan penuh," demikian pernyataan resmi pihak Sixers.',
    ):
        assert [st.speaker.type for st in extract_statements(body, lex)] == ["organization"]
    # a person named in full, or with a title of their own, stays a person
    body = "Menanggapi absennya Nikita, pihak Reza Gladys siap ikut proses hukum. Pihak Reza menyatakan siap hadir."
    assert {st.speaker.type for st in extract_statements(body, lex)} == {"person"}
    body = "Pihak Direktur Utama Sutarno menyatakan siap hadir dalam sidang."
    assert [st.speaker.type for st in extract_statements(body, lex)] == ["person"]


def test_a_groups_noun_opening_the_sentence_speaks_as_the_group_not_a_name(lex):
    body = "Nasabah menilai antrean di kantor cabang terlalu panjang. Sejumlah pemudik mengatakan jalan macet."
    spoken = {(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)}
    assert spoken == {("Nasabah", "group"), ("Sejumlah pemudik", "group")}


def test_the_pilgrims_honorific_without_its_full_stop_is_no_part_of_the_name(lex):
    body = '"Pawai tahun ini paling meriah," kata Bupati H Ahmad Fauzi di Sampit. "Kami bangga," ujar Hj Siti Aminah.'
    assert speaker_names(body, lex) == {"Ahmad Fauzi", "Siti Aminah"}


def _said(body, lex):
    return {(st.speaker.name, st.rule, body[st.start : st.end]) for st in extract_statements(body, lex)}


def test_reported_speech_opening_with_another_subjects_report_is_that_subjects_too(lex):
    body = "Juru bicara Bawaslu Rina Kartika mengatakan, Bawaslu mengimbau agar peserta pemilu menaati aturan kampanye."
    said = _said(body, lex)
    assert ("Bawaslu", "indirect_nested", "agar peserta pemilu menaati aturan kampanye") in said
    # the speaker reports it: her statement stays whole
    assert any(name == "Rina Kartika" and text.startswith("Bawaslu mengimbau") for name, _, text in said)
    # a group by its noun, after a cue set off in the sentence
    mid = "Lebih lanjut, kata Rina Kartika, pengemudi mengaku sedang terburu-buru menuju bandara."
    assert ("pengemudi", "indirect_nested", "sedang terburu-buru menuju bandara.") in _said(mid, lex)
    # a second verb after the reported clause's own subject and its first verb is that subject's
    joined = (
        "Rina Kartika mengungkapkan, Dodi Saputra tidak menerima putusan itu dan menyatakan akan mengajukan banding."
    )
    assert ("Dodi Saputra", "indirect_nested", "akan mengajukan banding") in _said(joined, lex)


def test_no_nested_report_for_an_addressee_a_future_a_wish_or_the_speakers_own_second_verb(lex):
    cases = [
        # whom a request is made to
        "Bupati Rina Kartika meminta masyarakat melaporkan pungutan liar kepada polisi.",
        # what will be said, or what someone is ready or wants to say, has not been said
        "Rina Kartika mengatakan Bawaslu akan menyampaikan hasil pengawasan pekan depan.",
        "Rina Kartika mengatakan, Bawaslu siap mengumumkan hasil pengawasan pekan depan.",
        # a pronoun may be the speaker herself, a phrase about something is nobody
        "Rina Kartika mengatakan, dia menegaskan aturan kampanye harus ditaati.",
        "Rina Kartika mengatakan, hasil rapat menegaskan aturan kampanye harus ditaati.",
        # a clause set off by a comma before "dan": the speaker goes on
        "Rina Kartika menyatakan, kedua pelaku tersebut hanyalah orang suruhan, dan meminta polisi mengusut dalangnya.",
    ]
    for body in cases:
        assert not any(rule == "indirect_nested" for _, rule, _ in _said(body, lex)), body


def test_a_cue_word_before_a_noun_inside_a_sentence_is_that_noun(lex):
    # "kisah" (tells) before "sukses" is the noun "kisah sukses" (success story), not a cue set off
    body = (
        "Bupati Rina Kartika hadir di pameran. Ia berharap, kisah sukses kelompok tani Mekar Sari dapat menginspirasi "
        "petani muda, pedagang pasar, dan warga desa lain untuk ikut bertani."
    )
    said = _said(body, lex)
    assert {name for name, _, _ in said} == {"Rina Kartika"}
    assert all(rule != "indirect_mid_cue" for _, rule, _ in said)
    # a cue holding its speaker stays a cue before any word ("..., lanjutnya, justru ...")
    held = "Bupati Rina Kartika hadir di pameran. Berita bohong lanjutnya justru dapat memecah belah warga desa."
    assert any(rule == "indirect_mid_cue" and name == "Rina Kartika" for name, rule, _ in _said(held, lex))


def test_one_of_a_group_named_by_its_noun_speaks_as_that_group(lex):
    body = "Salah seorang kurir paket yang ditemui di gudang mengungkapkan bahwa kiriman menumpuk sejak Senin."
    spoken = {(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)}
    assert spoken == {("Salah seorang kurir paket", "group")}


def test_people_asked_to_report_say_nothing(lex):
    for body in (
        "Para pedagang juga diminta melaporkan setiap pungutan liar kepada dinas.",
        "Warga diimbau menyampaikan keluhan lewat posko informasi.",
    ):
        assert extract_statements(body, lex) == [], body


def test_a_clipped_given_name_is_the_one_person_whose_first_name_it_opens(lex):
    body = (
        "Atlet bulu tangkis Kristiani Wulandari melaju ke final.\n\n"
        '"Kami puas dengan permainan hari ini," ujar Kristi.'
    )
    assert speaker_names(body, lex) == {"Kristiani Wulandari"}
    # two people whose first names it opens: nobody in particular
    both = (
        "Atlet bulu tangkis Kristiani Wulandari dan pelatihnya, Kristianto Nugroho, tiba di Jakarta.\n\n"
        '"Kami puas dengan permainan hari ini," ujar Kristi.'
    )
    assert speaker_names(both, lex) == {"Kristi"}


def test_a_one_word_name_several_people_share_is_the_one_who_spoke_last(lex):
    body = (
        "Petani Rudi Hartono menemukan dompet di sawah, Senin.\n\n"
        '"Dompet itu sudah kami amankan," kata Kapolsek Sukamaju, AKP Rudi Santoso.\n\n'
        "Menurut Rudi, pemilik dompet itu belum diketahui."
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Rudi Santoso", "Rudi Santoso"]
    # one person written two ways is not two people: the article's first spelling stays
    misspelt = (
        "Kapolsek Sukamaju, AKP Rudi Santosa, tiba di sawah, Senin.\n\n"
        '"Dompet itu sudah kami amankan," kata Kapolsek Sukamaju, AKP Rudi Santoso.\n\n'
        "Menurut Rudi, pemilik dompet itu belum diketahui."
    )
    assert [st.speaker.name for st in extract_statements(misspelt, lex)][-1] == "Rudi Santosa"


def test_a_paragraph_pointing_back_names_who_said_the_whole_paragraph_before(lex):
    body = (
        "Warga diminta menghemat air selama kemarau, terutama di dataran tinggi. Air sumur diperkirakan "
        "menyusut hingga akhir Oktober.\n\n"
        "Imbauan itu disampaikan Kepala Dinas Lingkungan Hidup Kabupaten Sleman, Rina Kartika, Senin."
    )
    found = [(body[s.start : s.end], s.speaker.name) for s in extract_statements(body, lex)]
    assert [n for _, n in found] == ["Rina Kartika"]
    assert found[0][0].startswith("Warga diminta") and "akhir Oktober" in found[0][0]
    # within one paragraph the sentence before is what it points to
    one = body.replace("Oktober.\n\nImbauan", "Oktober. Imbauan")
    first = extract_statements(one, lex)[0]
    assert one[first.start : first.end].startswith("Air sumur")
    # a sentence of the paragraph someone already said is theirs: only the rest is pointed to
    said = body.replace("Warga diminta", "Camat Dodi Saputra mengatakan warga diminta")
    last = extract_statements(said, lex)[-1]
    assert (said[last.start : last.end].startswith("Air sumur"), last.speaker.name) == (True, "Rina Kartika")


def test_parents_and_parking_attendants_speak_as_groups(lex):
    for body, name in (
        ("Sejumlah wali murid mengatakan biaya seragam terlalu mahal.", "Sejumlah wali murid"),
        ('"Tarifnya tetap dua ribu," kata juru parkir di depan pasar.', "juru parkir"),
    ):
        assert {(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)} == {(name, "group")}


@pytest.mark.parametrize("cue", ["celetuk", "catat", "dalih", "lantun"])
def test_more_quote_cues_of_kompas_copy(lex, cue):
    body = f'Kepala Desa Rina Kartika meninjau sawah. "Airnya sudah surut sejak pagi," {cue} Rina Kartika.'
    assert [(st.kind, st.speaker.name, st.cue) for st in extract_statements(body, lex)] == [
        ("direct", "Rina Kartika", cue)
    ]


def test_a_cue_after_so_begitu_or_demikian(lex):
    for lead in ("begitu", "demikian"):
        body = f'"Kami memanen padi dua kali setahun," {lead} kata Dodi Saputra (57), warga Desa Sukamaju.'
        assert [(st.kind, st.speaker.name) for st in extract_statements(body, lex)] == [("direct", "Dodi Saputra")]


def test_an_ordinal_inside_an_office_before_a_name_is_part_of_the_role(lex):
    body = 'Presiden ke-9 RI Bima Arya Santoso hadir di Solo. "Saya datang sebagai warga," kata Bima Arya Santoso.'
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.role, st.speaker.code) == ("Bima Arya Santoso", "Presiden ke-9 RI", "IDN")


def test_a_regency_named_after_a_number_is_no_part_of_the_name(lex):
    body = '"Api cepat menjalar," kata Kepala Seksi Operasi Damkar Jakarta Utara dan Kepulauan Seribu Dodi Saputra.'
    assert speaker_names(body, lex) == {"Dodi Saputra"}


def test_a_local_time_abroad_between_the_clauses_is_passed_over(lex):
    body = (
        "OTTAWA (ANTARA) - Perdana Menteri Kanada Lisa Haroun membuka pameran dagang itu, Selasa waktu setempat, "
        "sembari berharap pameran tersebut menarik lebih banyak pembeli dari Asia."
    )
    found = [(s.speaker.name, s.rule) for s in extract_statements(body, lex)]
    assert found == [("Lisa Haroun", "indirect_verb")]


def test_a_quotation_after_narration_opens_the_run_the_next_paragraph_attributes(lex):
    body = (
        '"Kami ingin olahraga ini tumbuh," kata Ketua Panitia Rudi Hartono.\n\n'
        "Laga utama akan disiarkan secara langsung di layanan berbayar.\n\n"
        '"Penonton akan melihat pertarungan terbaik tahun ini."\n\n'
        '"Siaran kami menjangkau seluruh Nusantara," ungkap Direktur Utama Maya Kusuma.'
    )
    got = {t: sp.name for t, sp in speakers_by_opening(body, lex, 9).items()}
    assert got["Penonton "] == "Maya Kusuma"
    # right after the first speaker's words, the quotation still goes on from them
    close = body.replace("Laga utama akan disiarkan secara langsung di layanan berbayar.\n\n", "")
    got = {t: sp.name for t, sp in speakers_by_opening(close, lex, 9).items()}
    assert got["Penonton "] == "Rudi Hartono"


def test_a_name_set_off_after_a_specialists_role(lex):
    body = '"Anak perlu tidur cukup," ujar spesialis anak dari RS Harapan, Sinta Wulandari, di Bogor, Senin.'
    assert speakers_in_order(body, lex) == ["Sinta Wulandari"]


def test_a_long_office_with_two_short_forms_in_brackets_before_the_name(lex):
    body = (
        '"Semua teknisi sudah pulang," kata Direktur Perlindungan Warga Negara Indonesia (WNI) dan '
        "Badan Hukum Indonesia Kementerian Luar Negeri (Kemlu) RI, Sutomo Hadiprawiro, kepada wartawan."
    )
    got = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [("Sutomo Hadiprawiro", "IDN")]


def test_a_press_release_names_its_source_after_pers(lex):
    body = (
        "Siaran pers Kementerian Kelautan di Jakarta, Senin, menyebutkan kapal patroli baru akan tiba pekan depan.\n\n"
        "Keterangan pers Biro Humas BMKG menyebutkan kabar gempa susulan itu tidak benar."
    )
    got = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert got == [("Kementerian Kelautan", "organization"), ("Biro Humas BMKG", "organization")]


def test_the_agent_of_a_passive_verb_before_a_relative_clause_speaks(lex):
    body = (
        "Gugatan ini diajukan oleh sejumlah kelompok nelayan yang menilai pemerintah melanggar aturan zonasi.\n\n"
        "Menurut data yang dirilis oleh Dinas Kesehatan Kabupaten Lebak per Mei 2025, kasus demam berdarah turun."
    )
    got = [(s.speaker.name, s.rule) for s in extract_statements(body, lex)]
    assert got == [
        ("sejumlah kelompok nelayan", "indirect_verb"),
        ("Dinas Kesehatan Kabupaten Lebak", "indirect_menurut"),
    ]


def test_people_named_by_a_legal_role_in_ter_are_a_group_not_a_verb(lex):
    # "terdakwa", "tersangka" look like ter- verbs; they are the defendants and suspects who speak
    assert speaker_names("Para terdakwa menyatakan bahwa mereka tidak bersalah.", lex) == {"Para terdakwa"}
    assert speaker_names("Dua tersangka mengaku bahwa mereka menyesal.", lex) == {"Dua tersangka"}
    # a real ter- verb still ends the subject
    assert speaker_names("Warga terpaksa mengungsi, kata Kepala Desa Budi Santosa.", lex) <= {"Budi Santosa"}


def test_an_unnamed_source_speaks_as_a_group(lex):
    assert speaker_names("Akan tetapi, narasumber mengatakan rencana itu gagal.", lex) == {"narasumber"}


def test_a_secretary_or_an_attache_set_off_before_the_name(lex):
    body = '"Babi yang mati sudah 400 ekor," kata Sekretaris Dinas Peternakan Kabupaten Bogor, Budi Santosa, Senin.'
    sp = next(iter(speakers_by_opening(body, lex).values()))
    assert (sp.name, sp.code) == ("Budi Santosa", "IDN")  # a regional government's office
    body = (
        "Jerman terus mendukung konservasi candi itu, kata Sekretaris Atase Pers dan Kebudayaan Kedutaan "
        "Jerman di Indonesia, Hans Becker."
    )
    sp = next(iter(speakers_by_opening(body, lex).values()))
    assert (sp.name, sp.code) == ("Hans Becker", "DEU")
    # a secretary of a foundation's board holds no office of the state: a post like a director's
    body = 'Warga Bogor menggelar acara itu. "Kami siap," kata Sekretaris Pengurus YBS-MDR, Budi Santosa, Senin.'
    sp = speakers_by_opening(body, lex)["Kami siap"]
    assert (sp.name, sp.code) == ("Budi Santosa", None)


def test_those_who_accompany_the_speaker_do_not_speak(lex):
    body = (
        "Ketua KPU Sleman Made Rudia yang didampingi dua anggotanya, Ketut Sunadra dan Wayan Putra "
        "mengatakan bahwa pengawas akan dilatih."
    )
    assert speaker_names(body, lex) == {"Made Rudia"}
    body = "Bupati Sleman Budi Santosa didampingi Kapolres Sleman Wati Lestari mengatakan bahwa jalan itu ditutup."
    assert speaker_names(body, lex) == {"Budi Santosa"}
    # an accompanied phrase opening the sentence leaves the subject after it
    body = "Menteri Budi Santosa tiba di Jeddah. Dengan didampingi Wati Lestari, Budi menjelaskan bahwa jamaah sehat."
    assert speaker_names(body, lex) == {"Budi Santosa"}


def test_the_source_after_a_noun_of_what_it_said(lex):
    body = "Menurut pengumuman Dinas Pendidikan Jakarta, pendaftar diimbau mengaktifkan akun."
    sp = next(iter(speakers_by_opening(body, lex).values()))
    assert (sp.name, sp.type) == ("Dinas Pendidikan Jakarta", "organization")
    body = "Menurut penjelasan Majelis Ulama Indonesia, fatwa itu berlaku."
    assert speaker_names(body, lex) == {"Majelis Ulama Indonesia"}
    body = "Menurut laporan terbaru Badan Pusat Statistik, inflasi naik."
    assert speaker_names(body, lex) == {"Badan Pusat Statistik"}
    # the noun with "-nya": what the one named before said
    body = "Budi Santosa ditemukan selamat. Menurut pengakuannya kepada petugas, ia pernah mendaki gunung itu."
    assert speaker_names(body, lex) == {"Budi Santosa"}


def test_a_party_boards_officer_holds_no_office_of_the_state(lex):
    body = 'Warga Bogor menyambut baik rencana itu. "Kami siap," kata Ketua DPP PKB Budi Santosa di Jakarta.'
    sp = speakers_by_opening(body, lex)["Kami siap"]
    assert (sp.name, sp.code) == ("Budi Santosa", None)


def test_an_acronym_in_mixed_case_opens_no_name(lex):
    body = "Sekretaris Ilmiah SPbPU Ivan Petrov menyampaikan rasa bangganya memberikan gelar itu kepada Budi."
    assert speaker_names(body, lex) == {"Ivan Petrov"}


def test_a_name_set_off_before_one_of_a_group_is_the_speaker(lex):
    # "Hari" is also a word the article writes in lower case ("setiap hari"): set off so, it is a name
    body = (
        "Sampah bertambah setiap hari di dekat tenda.\n\n"
        'Hari, salah satu wali murid mengaku khawatir soal tenda itu. "Nyamuk sudah masuk," ungkapnya.'
    )
    assert speaker_names(body, lex) == {"Hari"}
    # a word opening the sentence is no name
    for lead in ("Namun", "Awalnya"):
        body = f"{lead}, salah satu wali murid mengaku khawatir soal tenda itu."
        assert speaker_names(body, lex) == {"salah satu wali murid"}


def test_one_unnamed_person_who_spoke_last_goes_on_after_a_quotation(lex):
    body = (
        "Salah seorang pengendara ojek yang ditemui mengungkapkan bahwa jalan macet sejak siang.\n\n"
        '"Sudah ramai dari siang," ujarnya.'
    )
    sp = speakers_by_opening(body, lex)["Sudah rama"]
    assert (sp.name, sp.type) == ("Salah seorang pengendara ojek", "group")
    # a name set off after the description, then where the person was met
    body = '"Kami menuntut harga naik," kata salah seorang petani tebu, Agus ditemui di sela-sela persiapan, Minggu.'
    assert speaker_names(body, lex) == {"Agus"}


def test_quotation_cues_of_denial_request_and_reply(lex):
    body = (
        "Kuasa hukum Rina Kartika mendatangi gedung pengadilan.\n\n"
        "“Tuduhan itu tidak benar,” bantah Rina.\n\n"
        "“Tolong bantu kami,” pinta Bupati Sinar Laut Agus Prasetya.\n\n"
        "“Belum ada jadwal,” singkat dia."
    )
    got = [(body[st.start : st.end][:10], st.speaker.name, st.cue) for st in extract_statements(body, lex)]
    assert ("Tuduhan it", "Rina Kartika", "bantah") in got
    assert ("Tolong ban", "Agus Prasetya", "pinta") in got
    assert ("Belum ada ", "Agus Prasetya", "singkat") in got


def test_a_cue_that_is_also_a_noun_is_one_only_after_a_closing_mark(lex):
    # "nilai" after a quotation is its cue; in a sentence without quotation marks it is a noun ("nilai
    # lahan", the land's value), no tail cue of unquoted speech
    quoted = "Pengamat Rina Kartika hadir.\n\n“Harga lahan sudah terlalu tinggi,” nilai Rina."
    assert [(st.speaker.name, st.cue) for st in extract_statements(quoted, lex)] == [("Rina Kartika", "nilai")]
    body = "Pengamat properti Rina Kartika hadir.\n\nMenurutnya, nilai lahan di kawasan itu sudah naik dua kali lipat."
    got = [(st.speaker.name, st.rule) for st in extract_statements(body, lex)]
    assert got == [("Rina Kartika", "indirect_menurut")]
    # "cerita" (a story) likewise tells a quotation only right after it, as "ceritanya" anywhere
    quoted = "Kapten Rina Kartika hadir.\n\n“Saya mendarat tepat di lapangan itu,” cerita Rina."
    assert [(st.speaker.name, st.cue) for st in extract_statements(quoted, lex)] == [("Rina Kartika", "cerita")]


def test_the_standard_spelling_of_a_claim(lex):
    body = "Wali Kota Sinar Laut Agus Prasetya mengeklaim petugas sudah bergerak cepat sejak pagi."
    assert [(st.speaker.name, st.cue) for st in extract_statements(body, lex)] == [("Agus Prasetya", "mengeklaim")]


def test_a_common_noun_opening_a_paragraph_after_a_heading_is_nobody(lex):
    # a heading line ends with a lower-case word; the next paragraph's first word is no name written
    # inside a sentence, and a later "ia" is the person named, not the video
    body = (
        "Sebuah video beredar di media sosial.\n\nNarasi yang beredar\n\n"
        "Video yang mengeklaim Gubernur Agus Prasetya membagikan hadiah dibagikan akun Facebook.\n\n"
        "Agus Prasetya membantah kabar itu. Namun, ia mengucapkan terima kasih kepada warga."
    )
    got = [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)]
    assert ("Video", "person") not in got
    assert got[-1] == ("Agus Prasetya", "person")


def test_a_common_word_before_a_name_is_not_what_the_person_goes_by(lex):
    # "Video Agus ..." writes a common noun before the name: a later "Video" alone is not Agus (as
    # "kata Lalu" is the person written "Lalu Hadrian ...", an opener he goes by)
    body = (
        "Gubernur Agus Prasetya berpidato di depan warga.\n\nNarasi yang beredar\n\n"
        "Video yang mengeklaim Agus membagikan hadiah diunggah akun Facebook.\n\n"
        "Kesimpulan\n\nVideo Agus membagikan hadiah itu hasil suntingan. Dalam video tersebut tidak ada hadiah."
    )
    assert all(st.speaker.name != "Agus Prasetya" for st in extract_statements(body, lex))


def test_a_time_opening_the_sentence_without_a_comma_is_no_part_of_the_subject(lex):
    for body in (
        "Pada Senin Kementerian Perhubungan mengatakan layanan kereta akan diperpanjang.",
        "Pada 3 Maret 2025 Kementerian Perhubungan mengatakan layanan kereta akan diperpanjang.",
        "Sementara itu, pada pertengahan tahun 2024 Kementerian Perhubungan mengatakan kereta akan diperpanjang.",
    ):
        assert [st.speaker.name for st in extract_statements(body, lex)] == ["Kementerian Perhubungan"], body
    # a time inside the subject's place is left alone: "Pada" only opens the clause
    assert [st.speaker.name for st in extract_statements("Rina Kartika pada Senin mengatakan acara ditunda.", lex)] == [
        "Rina Kartika"
    ]


def test_a_clause_joined_by_dan_before_the_speaker_is_no_part_of_the_subject(lex):
    def speakers(body):
        return [st.speaker.name for st in extract_statements(body, lex)]

    assert speakers("Budi Santoso hadir dan Rina Kartika mengatakan bahwa acara itu sukses.") == ["Rina Kartika"]
    body = "Polisi menangkap dua pelaku dan Kapolres Sinar Laut AKBP Rudi Hartono mengatakan keduanya residivis."
    assert speakers(body) == ["Rudi Hartono"]
    # "dan" inside an office's name joins two capitalised words: the whole role stays the speaker's
    body = "Kepala Dinas Pendidikan dan Kebudayaan Budi Santoso mengatakan sekolah dibuka Senin."
    assert speakers(body) == ["Budi Santoso"]


def test_a_role_pointing_back_ends_at_its_demonstrative_before_where_it_was_said(lex):
    # the places set off after "di Kompleks Parlemen" are where the politician spoke, not a name after the role
    body = (
        "Ketua Komisi II DPR Rina Kartika menyoroti lambannya pencairan dana.\n\n"
        '"Jangan sampai rakyat menunggu terlalu lama," ujar politikus partai itu di Gedung Nusantara, '
        "Senayan, Jakarta, Selasa (4/3/2025).\n\n"
        '"Kami akan memanggil menteri," kata politikus partai itu.'
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Rina Kartika"] * 3


def test_places_set_off_after_where_a_role_spoke_are_no_name(lex):
    body = (
        "Menteri Pemuda dan Olahraga Rina Kartika hadir.\n\n"
        '"Kami siap menjadi tuan rumah," kata Menpora di Kantor Kemenpora, Senayan, Jakarta, Senin.'
    )
    assert all(st.speaker.name != "Senayan" for st in extract_statements(body, lex))
    # a name set off after an envoy's post abroad is the envoy's
    envoy = '"Kami memantau situasi," kata Duta Besar RI di Tokyo, Agus Prasetya, Senin.'
    assert [st.speaker.name for st in extract_statements(envoy, lex)] == ["Agus Prasetya"]


def test_a_partys_officers_serve_no_state_but_its_legislators_do(lex):
    def coded(body):
        return [(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)]

    # a party is an organisation without a code (actors.tsv): its officers carry none
    assert coded("Sekretaris Jenderal Partai Gerindra Budi Santoso mengatakan partainya solid.") == [
        ("Budi Santoso", None)
    ]
    # a member of the home state's parliament from a party's fraction is the home state's official
    assert coded("Anggota Komisi II DPR dari Fraksi Partai Gerindra Budi Santoso mengatakan rapat ditunda.") == [
        ("Budi Santoso", "IDN")
    ]
    # the party's short name before a name is no part of it
    assert coded("Ketua Umum Hanura Wirasena mengaku belum berkomunikasi.") == [("Wirasena", None)]


def test_a_partys_regional_board_is_no_state_institution(lex):
    def coded(body):
        return [(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)]

    # "DPD" with a party named is the party's regional board
    body = "Sekretaris DPD Partai Golkar Sinar Laut Budi Santoso mengatakan kader siap."
    assert coded(body) == [("Budi Santoso", None)]
    # alone it is the state's regional representatives' council
    assert coded("Anggota DPD RI Budi Santoso mengatakan daerah perlu dana.") == [("Budi Santoso", "IDN")]


def test_an_item_passed_around_names_no_source(lex):
    # a fact check's heading, then the claim: the narrative says nothing as a speaker would
    body = "Beredar kabar di media sosial.\n\nNarasi dalam unggahan juga mengeklaim lowongan kerja dibuka lagi."
    assert all(st.speaker.name != "Narasi" for st in extract_statements(body, lex))


def test_a_nickname_shortened_from_a_name_the_article_gives_is_that_person(lex):
    body = (
        "Salah satu penonton, Hardiyanto, mengaku senang bisa bertemu para pemain.\n\n"
        '"Seru banget bisa lihat langsung," ujar pria yang biasa disapa Hardi itu.'
    )
    assert [st.speaker.name for st in extract_statements(body, lex)][-1] == "Hardiyanto"
    # two people it could shorten: nobody in particular, the nickname stays
    two = (
        "Penonton Hardiyanto dan Hardiman hadir.\n\n"
        '"Seru banget," ujar pria yang biasa disapa Hardi itu.'
    )
    assert [st.speaker.name for st in extract_statements(two, lex)][-1] == "Hardi"


def test_an_office_listing_its_fields_before_a_name_and_its_short_title_later(lex):
    body = (
        '"Ekspor naik tajam," kata Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) '
        "Rendra Wiratama dalam siaran persnya.\n\n"
        "Dalam kesempatan itu, Dirjen IKFT menyampaikan apresiasi kepada para eksportir."
    )
    assert [(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)] == [
        ("Rendra Wiratama", "IDN")
    ] * 2


def test_a_short_title_written_out_finds_the_holder_named_with_the_full_one(lex):
    body = (
        "Menteri Koordinator Bidang Pangan Rendra Wiratama mendatangi gudang pupuk.\n\n"
        "Saat berdialog dengan petani, Menko Pangan menyatakan stok pupuk aman."
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Rendra Wiratama"]
    # a secretary-general or an ambassador is also an association's or another state's: those short
    # titles name no post of the home state by themselves (nouns.tsv shared_title), "Menko" does
    from tasks.extract.vocab import home_short_titles

    assert "menko" in home_short_titles(lex)
    assert not {"sekjen", "dubes", "dirut"} & home_short_titles(lex)


def test_a_person_a_pronoun_turns_to_keeps_the_fullest_name_and_the_state_served(lex):
    body = "Menteri Kesehatan Rendra Wiratama meninjau banjir. Ia kemudian mengingatkan warga menjaga kebersihan."
    got = [(st.speaker.name, st.speaker.code) for st in extract_statements(body, lex)]
    assert got == [("Rendra Wiratama", "IDN")]
    later = (
        "Budi Santoso mengatakan rapat ditunda.\n\n"
        "Sekretaris Dinas Pendidikan Sri Adi Wiratama juga hadir.\n\n"
        "Budi kembali menegaskan jadwal baru.\n\n"
        "Sri Adi menerima laporan itu. Ia mengatakan sekolah siap."
    )
    assert [st.speaker.name for st in extract_statements(later, lex)][-1] == "Sri Adi Wiratama"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # the role's unit and place set off one after another, then the holder's name
        ("ucap Ketua RT 05, RW 11, Kelurahan Cakung, Jakarta Timur, Wahyu Pranoto, saat dikonfirmasi, Senin.",
         "Wahyu Pranoto"),
        ("kata Ketua Koperasi Desa Sukamaju, Kecamatan Ngombol, Marni Lestari.", "Marni Lestari"),
        # the office's institution set off, then the name, wherever the attribution goes on
        ("ujar Direktur Tindak Pidana Narkotika, Bareskrim Mabes Polri, Kombes Pol Wahyu Pranoto dalam jumpa pers.",
         "Wahyu Pranoto"),
        # a clause set off after the role is no part of it: the name after it is not the speaker's
        ("kata Ketua RT 05, yang ditemui bersama Wahyu Pranoto, Senin.", "Ketua RT 05"),
        # a name that does not close the attribution is not taken ("..., Wahyu Pranoto dan warga")
        ("kata Ketua RT 05, RW 11, Wahyu Pranoto dan warga lain.", "Ketua RT 05"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_roles_unit_and_place_is_the_speaker(lex, attribution, speaker):
    body = f'"Warga akan menggelar aksi lagi pekan depan," {attribution}'
    assert speakers_in_order(body, lex) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dilaporkan sebelumnya, saat rapat di Balai Kota pada 5 Mei 2025 Rudi Hartono mengaku heran karena ada "
        "pihak yang mempersoalkan izin itu.",
        "Seperti diberitakan, ketika meninjau lokasi banjir pada Senin pagi Rudi Hartono menegaskan bahwa "
        "bantuan akan segera dikirim.",
    ],
)
def test_a_circumstance_running_into_the_subject_leaves_the_name_before_the_verb_its_subject(lex, sentence):
    body = "Izin pabrik itu terbit tahun lalu.\n\n" + sentence
    assert speakers_in_order(body, lex) == ["Rudi Hartono"]


def test_a_name_set_off_after_a_role_keeps_its_initials_in_brackets(lex):
    body = '"Itu demokrasi," ujar Ketua Umum Partai Sinar, Rendra Wiratama Odang (RWO) dilansir dari media, Kamis.'
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Rendra Wiratama Odang"]


@pytest.mark.parametrize(
    "turn",
    [
        "Hal senada disampaikan Sinta (30), pedagang sayur di pasar itu.",
        "Pandangan serupa datang dari Sinta Larasati (30), guru.",
        "Keluhan yang sama juga diungkapkan oleh Ketua Koperasi Pedagang, Sinta.",
        # a description in lower case, set off before the name
        "Hal yang sama disampaikan warga Kecamatan Sukajadi, Sintawati.",
        "Pendapat serupa dikemukakan pedagang sayur di pasar itu, Sinta Larasati.",
    ],
)
def test_a_sentence_turning_to_a_like_minded_source_makes_them_whom_a_pronoun_means(lex, turn):
    body = (
        "Warga, Budi Santoso (41), mengaku kecewa dengan layanan itu.\n\n"
        '"Sudah tiga kali saya datang," katanya.\n\n'
        f"{turn}\n\n"
        '"Antreannya panjang sekali," ujarnya.\n\n'
        "Ia berharap petugas ditambah."
    )
    names = speakers_in_order(body, lex)
    assert names[:2] == ["Budi Santoso"] * 2
    assert names[2:] == [names[2]] * 2 and names[2].startswith("Sinta")


def test_a_person_named_after_a_like_minded_source_is_no_newcomer(lex):
    body = (
        "Pengamat Budi Santoso menilai layanan itu lambat.\n\n"
        "Hal senada disampaikan Rina yang mengeluhkan sikap Kepala Dinas Joko Prasetyo.\n\n"
        '"Antreannya panjang sekali," ujarnya.'
    )
    assert extract_statements(body, lex)[-1].speaker.name == "Rina"


@pytest.mark.parametrize("title", ["Grand Master", "Grandmaster", "WGM"])
def test_a_chess_title_before_a_players_name_is_the_role(lex, title):
    body = f'"Lawan saya bermain sangat rapi," kata {title} Larasati Wibowo seusai babak kelima.'
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Larasati Wibowo"


@pytest.mark.parametrize("office", ["Kapolresta Sukamaju", "Kasatlantas Polres Sukamaju", "Dirreskrimum Polda Riau"])
def test_a_police_officers_short_title_is_the_role(lex, office):
    body = f'"Pelaku sudah kami tahan," kata {office} AKBP Rudi Kartasasmita, Senin.\n\n"Berkasnya lengkap," ujar Rudi.'
    roles = {st.speaker.role for st in one_role_per_person(extract_statements(body, lex))}
    assert roles == {f"{office} AKBP"}


def test_a_given_name_spelled_like_a_monarchs_title_after_a_post_is_the_speakers(lex):
    body = "Sekretaris Jenderal Ratu Wulan Pertiwi mengatakan laporan itu sudah dikirim ke federasi."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.role) == ("Ratu Wulan Pertiwi", "Sekretaris Jenderal")


def test_a_quotation_after_reported_speech_in_its_paragraph_goes_on_from_its_speaker(lex):
    body = (
        "Ketua serikat buruh Rina Kartika hadir dalam rapat itu.\n\n"
        'Ia juga menyoroti kebijakan perusahaan yang berubah-ubah. "Yang jadi masalah sekarang, mereka '
        'memecat pekerja tetapi membuka lowongan baru."'
    )
    got = [(st.rule, st.speaker.name) for st in extract_statements(body, lex)]
    assert got == [("indirect_verb", "Rina Kartika"), ("direct_continued", "Rina Kartika")]
    # not words run on after the quotation, which name someone else
    body = (
        "Ketua serikat buruh Rina Kartika hadir dalam rapat itu.\n\n"
        'Ia juga menyoroti kebijakan perusahaan yang berubah-ubah. "Kami tidak akan memecat siapa pun, '
        '" demikian terjemahan cuitan akun resmi perusahaan itu.'
    )
    assert [st.rule for st in extract_statements(body, lex)] == ["indirect_verb"]


def test_a_role_set_off_after_a_name_runs_on_past_its_commas(lex):
    body = (
        "Kasus demam berdarah naik tajam tahun ini. Derek Walton, President, Global Vaccine Business Unit, "
        "Sinar Pharmaceuticals, menyatakan kasus itu meningkat di seluruh dunia."
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Derek Walton"]
    # a role before the name set off after it: the name, not the role's last words
    body = "Direktur Reserse Narkoba Polda Sinar Jaya, Kombes Ahmad Wijaya, mengatakan pelaku sudah ditangkap."
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Ahmad Wijaya"]


def test_they_across_a_paragraph_break_are_the_subject_named_before(lex):
    body = "Para pedagang pasar mengadu ke Dinas Perdagangan Sinar Laut pada Rabu.\n\nMereka menuntut ganti rugi."
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.type) == ("Para pedagang", "group")
    # an institution's name holding "dan" is no pair of people
    body = (
        "Penutupan itu membuat anggota mengadu ke Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga "
        "Kementerian Perdagangan.\n\nMereka menuntut pengembalian dana anggota."
    )
    (st,) = extract_statements(body, lex)
    assert st.speaker.type == "organization" and st.speaker.name.endswith("Kementerian Perdagangan")


def test_malaysian_honorifics_are_the_role(lex):
    body = "Anggota EXCO Pelancongan Sinar Yang Berhormat Dato' Wulan Sari Lim menjelaskan peran Sinar bagi wisata."
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Wulan Sari Lim"


def test_a_bodys_short_form_spelling_its_initials_is_no_part_of_a_name(lex):
    body = (
        "Center of Economic Sinar Studies (Cesis) mengungkap potensi gagal bayar koperasi desa.\n\n"
        "Peneliti ekonomi Cesis Wulan Sari mengatakan, potensi itu bisa menambah beban negara.\n\n"
        "Cesis memproyeksikan kerugian negara bisa mencapai triliunan rupiah."
    )
    got = [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)]
    assert got == [
        ("Center of Economic Sinar Studies (Cesis)", "organization"),
        ("Wulan Sari", "person"),
        ("Cesis", "organization"),
    ]
    # a person's short name stays the person's
    body = 'Penyanyi Wulan Sari Pertiwi (Wusap) hadir. "Saya senang," kata Wusap.'
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Wulan Sari Pertiwi"]


def test_degrees_written_without_their_dots_close_the_name(lex):
    body = (
        "Kasus demam berdarah naik. Direktur Utama BPJS Prof. Wulan Sari Pertiwi MSc, PhD, mengatakan pentingnya "
        "waspada."
    )
    (st,) = extract_statements(body, lex)
    assert st.speaker.name == "Wulan Sari Pertiwi"


def test_a_denial_denied_is_an_admission(lex):
    body = "Pengacara Budi Santoso tidak menampik bahwa kliennya hadir di lokasi malam itu."
    assert [(st.speaker.name, st.cue) for st in extract_statements(body, lex)] == [("Budi Santoso", "menampik")]
    # a report denied is none: nothing was said
    assert not extract_statements("Pengacara Budi Santoso tidak mengatakan kliennya hadir di lokasi.", lex)


def test_the_number_two_man_points_back_to_the_official_named_before(lex):
    body = (
        "Wakil Gubernur Kalimantan Tengah Budi Santoso meninjau rumah sakit. "
        "Orang nomor dua ini menyatakan bahwa pihaknya sudah memeriksa laporan keuangan."
    )
    assert speaker_names(body, lex) == {"Budi Santoso"}


def test_they_after_a_pair_written_with_a_slash_are_the_pair(lex):
    body = "Kekalahan pada gim pertama membuat Budi/Rudi kecewa. Mereka mengakui kalah cerdik dari lawan."
    assert speaker_names(body, lex) == {"Budi/Rudi"}
    # a slash between common or lexicon words joins no pair of people
    body = "Kepala Desa/Kelurahan hadir. Mereka mengakui kalah cerdik dari lawan."
    assert "Desa/Kelurahan" not in speaker_names(body, lex)


def test_a_regional_quarantine_unit_speaks(lex):
    body = "Karantina Sulawesi Tengah mengimbau masyarakat agar tidak membawa satwa tanpa izin."
    assert speaker_names(body, lex) == {"Karantina Sulawesi Tengah"}


def test_the_noun_kata_with_a_demonstrative_is_no_cue(lex):
    body = 'Misalnya, dalam kalimat "She quietly left the chat," kata ini menambahkan kesan lucu.'
    assert run(body, lex) == []
    assert speaker_names('"Kami siap," kata pria itu.', lex) == {"pria itu"}


def test_a_speaker_after_the_cue_ends_before_tanpa(lex):
    body = '"Setiap negara akan menjadi sasaran," kata laporan tersebut tanpa menyebut nama pejabat.'
    assert speaker_names(body, lex) == {"laporan tersebut"}


def test_people_counted_are_a_group_whatever_name_describes_them(lex):
    body = "Para pemain Verona menyatakan bahwa wasit keliru."
    assert [(st.speaker.name, st.speaker.type) for st in extract_statements(body, lex)] == [
        ("Para pemain Verona", "group")
    ]
    body = "Para kuasa hukum Budi Santoso menyatakan bahwa klien mereka tidak bersalah."
    assert speaker_names(body, lex) == {"Para kuasa hukum Budi Santoso"}


def test_they_after_baik_x_maupun_y_are_the_two(lex):
    body = (
        "Baik Sinta maupun Rini berharap pemerintah memperhatikan akses darat.\n\n"
        "Mereka berpendapat bahwa jalan harus segera diperbaiki."
    )
    by_opening = speakers_by_opening(body, lex)
    assert by_opening["jalan haru"].name == "Sinta dan Rini"


def test_they_after_two_bodies_named_together_are_both(lex):
    body = (
        "KBRI Tokyo dan KJRI Osaka secara rutin menjalin komunikasi dengan otoritas Jepang. "
        "Mereka mengajak seluruh WNI menjaga nama baik bangsa."
    )
    assert speaker_names(body, lex) == {"KBRI Tokyo dan KJRI Osaka"}


def test_they_after_a_group_named_as_a_clauses_subject(lex):
    body = (
        "Selain faktor eksternal, pelaku usaha juga mencermati risiko fiskal. "
        "Mereka berharap pemerintah dapat menjaga stabilitas kebijakan."
    )
    assert speaker_names(body, lex) == {"pelaku usaha"}
    # a group named after the verb is no subject: "mereka" stays with nobody named
    body = "Polisi menangkap pelaku di rumahnya. Mereka berharap kasus ini cepat selesai."
    assert "pelaku" not in speaker_names(body, lex)


def test_a_person_said_to_lead_a_state_carries_its_code(lex):
    # "Pemerintah Brasil di bawah kepemimpinan Presiden X": X leads Brazil, in a story naming other states more
    body = (
        "Pemerintah Brasil di bawah kepemimpinan Presiden Rui Matos akan menaikkan tarif impor dari Jepang, "
        'China dan Korea Selatan.\n\n"Kami melindungi industri kami," kata Rui Matos.'
    )
    assert [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)] == [("Rui Matos", "BRA")]
    short_form = body.replace("Brasil di", "Amerika Serikat (AS) di")  # a short form in brackets between them
    assert [s.speaker.code for s in extract_statements(short_form, lex)] == ["USA"]
    # not a state the person is only said to visit
    visit = 'Presiden Rui Matos tiba di Jepang pada Senin.\n\n"Kami melindungi industri kami," kata Rui Matos.'
    assert [s.speaker.code for s in extract_statements(visit, lex)] == [None]


def test_an_acronym_after_a_place_word_names_the_place_not_an_organisation(lex):
    # "Kabupaten OKI" is a regency, not the OIC (OKI); the regency's official is the home state's
    body = "Kepala BPBD Kabupaten OKI, Rahmat Santoso, mengatakan posko siaga sudah dibangun di sembilan kecamatan."
    assert [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)] == [("Rahmat Santoso", "IDN")]
    body = "Sekretaris Jenderal OKI Rahmat Santoso mengatakan pertemuan akan digelar di Jeddah."
    assert [s.speaker.code for s in extract_statements(body, lex)] == ["OIC"]


def test_short_titles_stand_for_their_full_titles(lex):
    # "Konjen" is "Konsul Jenderal" (titles.tsv stands_for): the name after it is the consul named before
    body = (
        "Konsul Jenderal RI Hendra Saputra menyatakan bahwa festival kuliner di kota itu ramai pengunjung.\n\n"
        "Konjen Hendra juga menyampaikan bahwa enam perusahaan Indonesia ikut serta."
    )
    assert [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)] == [
        ("Hendra Saputra", "IDN"),
        ("Hendra Saputra", "IDN"),
    ]


def test_a_quotation_naming_its_pronoun_speaker_in_the_third_person_is_another_persons(lex):
    body = (
        "Mantan Menteri Hadi Prasetyo mengungkapkan isi pembicaraannya dengan Presiden Bima Wicaksana, Minggu.\n\n"
        "Pada pertemuan itu, Bima Wicaksana menyampaikan perkembangan perundingan dagang.\n\n"
        '"Bapak Presiden Bima Wicaksana bercerita mengenai kesepakatan kita dengan Uni Eropa," ungkapnya.'
    )
    assert speakers_in_order(body, lex)[-1] == "Hadi Prasetyo"
    # but a singer may call herself by name beside her own "aku"
    self_named = (
        "Penyanyi Rani Wulandari merilis lagu baru, Senin.\n\n"
        '"Album berikutnya berbeda dari Rani yang dulu, dan aku tidak sabar," ungkapnya.'
    )
    assert [s.speaker.name for s in extract_statements(self_named, lex)] == ["Rani Wulandari"]


def test_a_pronoun_after_the_agent_of_a_passive_points_to_that_agent(lex):
    body = (
        '"Saya senang bisa menjaga gawang," ujar kiper Ernanda Putra.\n\n'
        "Penampilan itu dipuji oleh pelatih tim lawan, Davi Santos. Ia menilai kiper itu membuat timnya "
        "pulang tanpa poin."
    )
    assert speakers_in_order(body, lex) == ["Ernanda Putra", "Davi Santos"]


def test_a_noun_shaped_like_a_me_verb_does_not_end_the_subject(lex):
    # "menteri" looks like a "me-" verb; the subject runs on to the name after it
    body = "Mantan menteri Budi Santoso mengatakan bahwa harga beras naik."
    assert speakers_in_order(body, lex) == ["Budi Santoso"]


def test_an_office_named_with_dan_before_a_set_off_name(lex):
    # "Humas dan Protokol": both words of one office's name (office_words.tsv), the name set off after it
    body = '"Upacara itu dibuka untuk umum," kata Kabag Humas dan Protokol Pemkab Gianyar, Made Sutarja, Minggu.'
    assert speakers_in_order(body, lex) == ["Made Sutarja"]


def test_a_month_that_is_a_given_name_before_an_age(lex):
    # "Mei", "Juni", "Agustus" are also given names: with an age after the name, the month opens it
    body = (
        "Juni Hartati (46), warga Desa Sukamaju, masih membuat kue tradisional setiap pekan.\n\n"
        '"Adonannya kami aduk sejak subuh," kata Juni di dapurnya, Selasa.'
    )
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Juni Hartati", "person")]
    # a month before a date stays a date: "pada Mei 2025" names nobody
    assert not extract_statements("Pada Mei 2025 harga beras naik tajam di pasar.", lex)


def test_an_offices_field_after_untuk_is_no_part_of_the_name(lex):
    # "untuk Isu Air" is the envoy's field: words the article also writes in lower case, before the name
    body = (
        "Utusan Khusus Sekretaris Jenderal PBB untuk Isu Air Retno Wulandari turut memberikan pidato dalam forum "
        'tersebut.\n\n"Kita tidak boleh menyerah," kata Retno.\n\n'
        "Retno menyoroti pentingnya isu air dan sanitasi bagi desa."
    )
    # (and "Retno" is "Retno Wulandari" although she serves the UN: an organisation's code says nothing of her
    # name's order, as a state's would of a Korean's)
    assert {(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)} == {("Retno Wulandari", "UN")}


def test_a_pronoun_after_a_one_word_name_with_an_age_points_to_that_person(lex):
    # vox pops introduce people by one name and an age: "Candra (38) juga datang ... Ia menilai ..."
    body = (
        '"Saya mendukung jam malam bagi pelajar," kata Sudirman, warga Jalan Jawa.\n\n'
        "Candra (38) juga datang ke balai warga sore itu. Ia menilai aturan itu membuat anak-anak lebih tertib."
    )
    assert speakers_in_order(body, lex) == ["Sudirman", "Candra"]


def test_a_role_pointing_back_is_not_the_person_its_quotation_speaks_of(lex):
    # "kata pelatih asal Portugal itu" after a quotation naming the goalkeeper: the coach who spoke last
    body = (
        'Penjaga gawang Budi Santoso tampil gemilang di laga itu. "Saya fokus," ujar Budi.\n\n'
        "Penampilan itu dipuji oleh pelatih tim lawan, Davi Santos. Ia menilai kiper itu membuat timnya pulang "
        'tanpa poin.\n\n"Saya angkat topi untuk Budi," kata pelatih asal Portugal itu.'
    )
    assert speakers_in_order(body, lex) == ["Budi Santoso", "Davi Santos", "Davi Santos"]


def test_a_speaker_with_a_dotted_honorific_in_the_role_never_breaks_the_article(lex):
    body = "Menurut pelatih klub Ir. H. Darmaji Kusnadi, timnya siap bertanding."
    assert speaker_names(body, lex) == {"Darmaji Kusnadi"}


def test_every_title_office_and_actor_of_the_lexicons_survives_a_speakers_role(lex):
    """Each entry of the language's data, as written and capitalised, inside a speaker's role: a rule
    that trips on one entry ("Ir." with its full stop once raised a KeyError) fails here, not in a batch."""
    from tasks.extract import extract_article

    def capitalised(entry):
        return " ".join(w[:1].upper() + w[1:] for w in entry.split())

    entries = sorted({*lex.titles, *lex.office_words, *lex.actors})
    templates = (
        "Pelatih klub {} Darmaji Kusnadi mengatakan, timnya siap bertanding.",
        '"Kami siap," kata {} Darmaji Kusnadi.',
    )
    for entry in entries:
        for form in {entry, capitalised(entry)}:
            for template in templates:
                body = template.format(form)
                _, statements, _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
                assert all(body[s["char_start"] : s["char_end"]] for s in statements), body


def test_a_holders_title_the_tagger_ran_into_a_name_is_the_role(lex):
    # "PM | Liam Corbett" and "Kapolri | Liam Corbett" read as one organisation by the tagger: the title
    # is the role, the rest the person; a prime minister is no home official even in a story from Jakarta
    from tasks.extract import extract_article

    def speaker(body):
        _, rows, _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
        return [(r["speaker_name"], r["speaker_role"], r["speaker_code"]) for r in rows]

    said = ' "Kami mendukung," kata Corbett.'
    assert speaker("Hal itu disampaikan oleh PM Liam Corbett di Jakarta." + said) == [("Liam Corbett", "PM", None)]
    assert speaker("Hal itu disampaikan oleh Kapolri Liam Corbett di Jakarta." + said) == [
        ("Liam Corbett", "Kapolri", "IDN")
    ]
    assert speaker("Hal itu disampaikan oleh Perdana Menteri Liam Corbett di Jakarta." + said)[0][2] is None
    # "Yang Mulia" is an honorific before the name, never part of it
    body = "Ucapan selamat datang dari Perdana Menteri Kanada, Yang Mulia Liam Corbett, dibacakan di awal acara." + said
    assert speaker(body)[0][0] == "Liam Corbett"


def test_a_short_title_before_a_name_gives_way_to_the_fuller_role_the_article_gave(lex):
    from tasks.extract import extract_article

    body = 'Menteri Luar Negeri Kanada Liam Corbett tiba di Jakarta. "Kami siap," ujar Menlu Corbett.'
    _, rows, _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
    assert [(r["speaker_name"], r["speaker_role"], r["speaker_code"]) for r in rows] == [
        ("Liam Corbett", "Menteri Luar Negeri Kanada", "CAN")
    ]


def test_an_organisation_noun_alone_as_the_subject_is_the_organisation_named_last(lex):
    body = (
        "PT Sinar Jaya Abadi menaikkan harga pupuk pekan ini. Perusahaan menambahkan, harga akan naik lagi "
        "pada Januari."
    )
    assert speaker_names(body, lex) == {"PT Sinar Jaya Abadi"}


def test_a_person_noun_closed_by_tersebut_points_back_as_with_itu(lex):
    # "tersebut" is cut from the subject like a ter- verb; the noun before it still points back
    for closing in ("itu", "tersebut"):
        body = f"Rudi Hartono melihat kejadian itu. Pria {closing} mengatakan bahwa rumahnya rusak."
        assert speaker_names(body, lex) == {"Rudi Hartono"}, closing


def test_a_body_named_after_its_organ_in_a_role_is_no_states(lex):
    # "Ketua Umum Badan Pengurus Pusat (BPP) | Asosiasi ...": the association's head, no official of the
    # state its name ends with; a state body's head keeps the home state
    from tasks.extract import extract_article

    def code(role):
        body = f"{role} Wulan Pertiwi mengatakan, ekspor kopi naik tahun ini."
        _, rows, _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
        return [r["speaker_code"] for r in rows]

    assert code("Ketua Umum Badan Pengurus Pusat (BPP) Asosiasi Petani Kopi Nusantara Indonesia (APKNI)") == [None]
    assert code("Ketua Umum Dewan Pimpinan Pusat Persatuan Petani Kopi") == [None]
    assert code("Kepala Dinas Pertanian Kabupaten Sleman") == ["IDN"]


def test_an_organisations_first_word_as_a_speaker_is_the_organisation(lex):
    body = (
        "Pasar transformator tumbuh, menurut Kestrel Research, sebuah perusahaan riset pasar. Kestrel "
        "memperkirakan permintaan naik dua kali lipat."
    )
    speakers = speakers_by_opening(body, lex)
    assert (speakers["permintaan"].name, speakers["permintaan"].type) == ("Kestrel Research", "organization")


def test_a_wish_before_the_verb_is_no_part_of_the_speaker(lex):
    speakers = speakers_by_opening("PT Lumeral Abadi ingin menegaskan bahwa produknya aman dipakai anak-anak.", lex)
    assert speakers["produknya "].name == "PT Lumeral Abadi"


@pytest.mark.parametrize(
    "body",
    [
        'Di ujung pembelaannya yang berjudul "Jalan yang Panjang," Budi Santosa berharap hakim berlaku adil.',
        'Sementara film "Senja di Teluk Biru" menceritakan kisah seorang nelayan yang kehilangan perahunya.',
    ],
)
def test_a_works_title_before_a_cue_after_it_is_nobodys_words(lex, body):
    assert [kind for kind, *_ in run(body, lex)] in ([], ["indirect"])  # the title is no quotation


def test_a_pronoun_after_a_clause_whose_subject_is_a_person_points_to_that_person(lex):
    # "Ketika X ..., ia ...": the subordinate clause opening the sentence and the main clause share their
    # subject, whoever spoke last or was introduced before
    said = "Menteri Keuangan Ardiansyah Putra mengatakan anggaran cukup.\n\n"
    body = said + "Ketika Wiradinata menandatangani izin itu pada 2015, ia berjanji proyek ini memakai dana swasta."
    assert speakers_in_order(body, lex) == ["Ardiansyah Putra", "Wiradinata"]
    # a person the clause names after its verb is no subject: "ia" is still the one who spoke before
    body = said + "Setelah bertemu Wiradinata di Bogor, ia berjanji proyek ini tidak memakai dana negara."
    assert speakers_in_order(body, lex) == ["Ardiansyah Putra", "Ardiansyah Putra"]


@pytest.mark.parametrize(
    "body",
    [
        "Pastikan menambahkan pupuk secukupnya agar tanaman tumbuh subur.",  # an imperative
        "Analisis terbaru dari lembaga itu mengungkapkan bahwa harga beras naik.",  # a thing says nothing
        "Hal yang sama juga dilakukan di jalan tol, dengan memastikan bahwa jalan mulus.",
    ],
)
def test_a_word_the_language_writes_in_lower_case_opening_a_sentence_is_no_speaker(lex, body):
    # common words capitalised by their place (common_words.tsv), although this article never writes them
    # in lower case
    assert run(body, lex) == []


def test_a_given_name_the_article_also_writes_in_lower_case_opens_the_full_name(lex):
    # "melati" is a flower too, but the article writes "Melati" alone inside sentences twice: her given name
    body = (
        "Melati Ayu Lestari, adik mendiang, tak kuasa menahan tangis di pemakaman.\n\n"
        "Kerabat mencoba menenangkan Melati yang terus menangis saat menaburkan melati di atas makam.\n\n"
        "Lewat akun Instagram pribadinya, ia menuliskan pesan haru untuk kakaknya.\n\n"
        '"Terima kasih sudah menjadi kakakku," tulis Melati dalam unggahannya.'
    )
    assert speakers_in_order(body, lex) == ["Melati Ayu Lestari", "Melati Ayu Lestari"]
    # a common word written alone inside a sentence only once stays a word of the sentence
    once = (
        "Dedikasi Rudi Hartanto selama ini diakui rekan-rekannya.\n\n"
        "Ia dikenal karena dedikasi dan Dedikasi itulah yang membuatnya dihormati.\n\n"
        '"Saya hanya bekerja," kata Rudi Hartanto.'
    )
    assert speakers_in_order(once, lex) == ["Rudi Hartanto"]


def test_a_one_word_firm_named_again_without_its_legal_form_speaks_as_the_firm(lex):
    body = (
        "PT Lintasbumi (Persero) selaku pengelola dana pensiun belum menerima surat edaran.\n\n"
        '"Halo Sobat Lintasbumi, saat ini kami belum menerima surat edaran resmi," tulis Lintasbumi melalui '
        "akun Instagram resminya.\n\n"
        "Lintasbumi menyebut, skema kenaikan gaji pensiunan masih menunggu keputusan pemerintah."
    )
    assert {(sp.name, sp.type) for sp in speakers_by_opening(body, lex).values()} == {("Lintasbumi", "organization")}
    # a firm's longer name is not cut after its first word, nor the rest read as an officer's name
    longer = (
        "PT Lintasbumi Prospect Motor meluncurkan model baru.\n\n"
        '"Permintaan naik," kata Direktur Pemasaran PT Lintasbumi Prospect Motor Rudi Kartasasmita.\n\n'
        "Lintasbumi menjual 3.000 unit bulan lalu."
    )
    assert speakers_in_order(longer, lex) == ["Rudi Kartasasmita"]


def test_a_state_pointed_back_to_by_its_noun_speaks(lex):
    body = (
        "Duta Besar Inggris Marcus Wellington menyeru Jepang mengajukan usul terperinci.\n\n"
        "Negara tersebut mengatakan bahwa pihaknya berkomitmen pada perdamaian."
    )
    assert [(sp.name, sp.type, sp.code) for sp in speakers_by_opening(body, lex).values()] == [
        ("Marcus Wellington", "person", "GBR"),
        ("Jepang", "country", "JPN"),
    ]
    # without a demonstrative the noun points back to nothing: "negara" as the state in general
    general = "Jepang mengajukan usul.\n\nNegara harus hadir untuk warganya, kata Marcus Wellington."
    assert all(sp.name != "Jepang" for sp in speakers_by_opening(general, lex).values())


@pytest.mark.parametrize(
    "body",
    [
        "Laman resmi Uni Eropa menyebutkan bahwa tarif baru itu berlaku bulan depan.",
        "Menurut informasi dari Uni Eropa, tarif baru itu berlaku bulan depan.",
    ],
)
def test_a_sources_website_or_what_it_put_out_is_the_source_speaking(lex, body):
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.code) == ("Uni Eropa", "EU")


@pytest.mark.parametrize("firm", ["Petronas", "Qantas", "Starlink", "Transjakarta"])
def test_a_large_firm_quoted_alone_speaks_as_an_organisation(lex, firm):
    (st,) = extract_statements(f"{firm} menyatakan bahwa layanan kembali normal sejak Senin pagi.", lex)
    assert (st.speaker.name, st.speaker.type) == (firm, "organization")


def test_a_state_firms_legal_form_in_brackets_is_no_person(lex):
    body = "PT Kereta Lintas Nusantara/KLN (Persero) menyebutkan tiket kereta ekonomi masuk program diskon."
    assert [(sp.name, sp.type) for sp in speakers_by_opening(body, lex).values()] == [
        ("PT Kereta Lintas Nusantara/KLN (Persero)", "organization")
    ]


def test_a_common_word_the_article_writes_as_a_name_inside_a_sentence_still_speaks(lex):
    body = "Penonton bersorak untuk Melati di tribun.\n\nMelati menambahkan bahwa laga berikutnya akan lebih berat."
    assert speakers_in_order(body, lex) == ["Melati"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Sumber-sumber yang mengetahui rencana itu menyampaikan bahwa kesepakatan hampir rampung.",
         ("Sumber-sumber", "group", None)),  # a noun of people doubled as a plural
        ("Dua pejabat AS mengatakan bahwa kesepakatan hampir rampung.", ("Dua pejabat AS", "group", "USA")),
        # one official the article does not name: a person, by the role ("pejabat", an office's title)
        ("Pejabat Kemlu Surya Atmaja mengatakan bahwa kesepakatan hampir rampung.",
         ("Surya Atmaja", "person", "IDN")),
        # (of no state named: the home state's, as any office)
        ("Pejabat setempat menuding kelompok bersenjata itu berada di balik serangan.",
         ("Pejabat setempat", "person", "IDN")),
    ],
)  # fmt: skip
def test_unnamed_sources_and_counted_or_unnamed_officials(lex, body, speaker):
    assert [(s.speaker.name, s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)] == [speaker]


def test_a_short_name_in_brackets_after_the_speakers_name_is_no_part_of_the_role(lex):
    body = "Kepala Dinas Pertanian (Distan) Sri Wulandari (Wulan) menyampaikan, panen padi naik 20 persen."
    ((_, _, name, _, _),) = run(body, lex)
    (st,) = extract_statements(body, lex)
    assert (name, st.speaker.role) == ("Sri Wulandari", "Kepala Dinas Pertanian (Distan)")


def test_a_firms_officer_named_with_the_firms_indonesian_branch_serves_no_state(lex):
    body = '"Penjualan kami naik dua kali lipat," kata Vice President Kolibra Indonesia Rudi Hartawan di Jakarta.'
    (st,) = extract_statements(body, lex)
    role = "Vice President Kolibra Indonesia"
    assert (st.speaker.name, st.speaker.role, st.speaker.code) == ("Rudi Hartawan", role, None)


def test_a_party_closed_by_its_region_leaves_the_whole_name_to_its_officer(lex):
    # "Partai Golkar Jabar": a party and the province of its board; the name after the region is whole
    body = '"Kami siap," kata Sekretaris DPD Partai Golkar Jabar Rudi Barkah Surahman di Bandung.'
    assert speakers_in_order(body, lex) == ["Rudi Barkah Surahman"]


def test_an_officer_of_a_firm_named_with_a_firms_word_serves_no_state(lex):
    # a firm's closing word ("Consulting", "Group") in the role: its chairman holds no office of the home state
    body = '"Pasar penerbangan tumbuh," kata Ketua Tarvex Aviation Consulting Rudi Hartawan di Jakarta.'
    (st,) = extract_statements(body, lex)
    assert (st.speaker.name, st.speaker.code) == ("Rudi Hartawan", None)
    body = '"Pasar penerbangan tumbuh," kata Ketua Komisi V DPR Rudi Hartawan di Jakarta.'
    assert extract_statements(body, lex)[0].speaker.code == "IDN"  # a state body's officer keeps the code


def test_a_states_envoy_named_in_general_is_the_one_diplomat_of_that_state(lex):
    # "Utusan Norwegia" after "Duta Besar Norwegia untuk PBB, X": the envoy is the ambassador named before, and
    # so are the pronouns after him; the role set off before the name closes with the body he is posted to
    body = (
        "Permintaan itu disampaikan oleh Duta Besar Norwegia untuk Perserikatan Bangsa-Bangsa (PBB), Lars Haugen, "
        "saat menghadiri pertemuan tertutup Dewan Keamanan PBB pada Jumat (25/7/2025) waktu setempat.\n\n"
        "Utusan Norwegia mempertanyakan tuduhan dari Swedia yang menyebut Oslo sebagai pihak penyerang.\n\n"
        "Ia menggarisbawahi ketimpangan kekuatan militer antara kedua negara."
    )
    found = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert found == [("Lars Haugen", "NOR"), ("Lars Haugen", "NOR")]
    (person,) = [p for p in Document(body, lex).people if p.name == "Lars Haugen"]
    assert person.role == "Duta Besar Norwegia untuk Perserikatan Bangsa-Bangsa (PBB)"


def test_an_envoy_in_general_is_nobody_when_the_article_names_two_diplomats_of_the_state(lex):
    body = (
        "Duta Besar Norwegia untuk PBB, Lars Haugen, dan Konsul Jenderal Norwegia, Ingrid Dahl, hadir.\n\n"
        "Utusan Norwegia mempertanyakan tuduhan dari Swedia itu."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Utusan Norwegia"]


def test_a_role_sharing_only_its_head_and_one_word_is_not_another_posts_holder(lex):
    # "Kepala Kantor Pertanahan" is not the head of the ministry's press bureau named before, whose office's name
    # also holds "Pertanahan"; the short title written out still links ("Menkumham": "Menteri Hukum dan HAM")
    body = (
        "Kepala Biro Humas Badan Pertanahan Nasional Rina Sulastri mengatakan, sertifikat pengganti bisa diurus.\n\n"
        "Kepala Kantor Pertanahan (Kakantah) juga akan mengumumkan sertifikat pengganti di surat kabar setempat."
    )
    unlinked = "Kepala Kantor Pertanahan (Kakantah)"
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Rina Sulastri", unlinked]
    body = (
        "Menteri Hukum dan HAM Hendra Wiratama meninjau lapas itu.\n\n"
        "Menkumham mengatakan, kapasitas lapas akan ditambah."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Hendra Wiratama"]


def test_a_medium_closing_a_sentence_without_a_comma_is_its_source(lex):
    body = (
        "Kunjungan itu diperkirakan berfokus pada energi dan perdagangan menurut warta kantor berita Reuters.\n\n"
        "Harga minyak turun tajam pekan ini, demikian menurut warta kantor berita AFP."
    )
    found = [(s.speaker.name, s.cue, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert found == [
        ("Reuters", "menurut", "Kunjungan itu diperkirakan berfokus pada energi dan perdagangan"),
        ("AFP", "demikian", "Harga minyak turun tajam pekan ini"),
    ]
    # a verb of saying keeps its own subject; a person after "menurut" with the clause going on is no medium
    # closing the sentence: the source inside the clause, whose view the whole sentence gives
    body = "Beberapa ahli mengatakan Korea Utara mendekati bom jenis itu menurut warta kantor berita Reuters."
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Beberapa ahli"]
    body = "Harga itu wajar yang menurut Budi Santoso adalah harga pasar."
    found = [(s.speaker.name, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert found == [("Budi Santoso", body)]


def test_a_verb_of_saying_after_whether_one_will_is_not_said(lex):
    body = "Presiden Lars Haugen masih mempertimbangkan apakah akan meminta sekutunya menyerang pangkalan itu."
    assert extract_statements(body, lex) == []
    body = "Presiden Lars Haugen meminta sekutunya menyerang pangkalan itu."
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Lars Haugen"]


def test_an_order_is_an_act_not_a_statement(lex):
    # ANNOTATION.md's directives are requests, calls and warnings; ordering a service suspended is an act
    body = "Gubernur Lars Haugen telah memerintahkan penangguhan layanan kereta bawah tanah di jalur itu."
    assert extract_statements(body, lex) == []


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before_it(lex):
    # the paragraph's subject, not whoever spoke last in an earlier paragraph; a name set off after the role
    # is the subject; a pronoun the tagger took for a name is none
    body = (
        "Penyair Joko Susilo hadir di acara itu.\n\n"
        '"Puisi itu saya tulis di kereta," kata Rina Kartika.\n\n'
        "Susilo membacakan beberapa puisi karya Rina. Ia mengatakan bahwa Rina berbakat sejak remaja."
    )
    assert speakers_in_order(body, lex) == ["Rina Kartika", "Joko Susilo"]
    body = (
        '"Kami akan banding," tegas Sari Utami.\n\n'
        "Kepala Kejaksaan Negeri Rejang Lebong, Fransisco Damanik, turut hadir. Ia menilai vonis itu terlalu ringan."
    )
    assert speakers_in_order(body, lex) == ["Sari Utami", "Fransisco Damanik"]


def test_a_bodys_short_form_in_brackets_is_no_part_of_its_name_in_the_rows():
    from tasks.extract import extract_article

    body = (
        "Komisi Pemberantasan Korupsi (KPK) menyatakan penyidikan kasus itu berlanjut.\n\n"
        "Pemerintah Provinsi (Pemprov) DKI Jakarta mengatakan anggaran sudah disiapkan.\n\n"
        "PT Sinar Abadi (Persero) menyatakan laba naik.\n\n"
        "Borneo Energy (Mahakam) Ltd menyatakan pasokan gas aman."
    )
    _, rows, _ = extract_article({"article_id": "t", "batch_id": "b", "language": "id", "body": body})
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("Komisi Pemberantasan Korupsi (KPK)", "Komisi Pemberantasan Korupsi"),
        ("Pemerintah Provinsi (Pemprov) DKI Jakarta", "Pemerintah Provinsi DKI Jakarta"),
        ("PT Sinar Abadi (Persero)", "PT Sinar Abadi (Persero)"),  # a state firm's legal form is its name's
        # a word in brackets before a company's legal form is part of its registered name
        ("Borneo Energy (Mahakam) Ltd", "Borneo Energy (Mahakam) Ltd"),
    ]


def test_a_source_sure_of_something_states_it(lex):
    # "X yakin (bahwa) ...": a belief reported as the source's, like "berharap" (ANNOTATION.md counts both)
    body = (
        "Ketua Dewan Pengawas Rudi Hartawan yakin otoritas Singapura akan menolak permohonan itu.\n\n"
        "Kekhawatirannya tetap diiringi dengan rasa yakin."
    )
    found = [(s.speaker.name, s.cue, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert found == [("Rudi Hartawan", "yakin", "otoritas Singapura akan menolak permohonan itu")]


@pytest.mark.parametrize(
    "body",
    [
        "Banjir datang tiba-tiba, kata warga Long Ayap.",
        "Warga Nogosari berharap agar kampung mereka bisa direlokasi.",
        "Warga Kampung Pulo berharap agar kampung mereka bisa direlokasi.",
    ],
)
def test_residents_of_a_place_no_lexicon_knows_speak_as_a_group(lex, body):
    # "warga" right before capitalised words: where the residents live, never a person's name
    (st,) = extract_statements(body, lex)
    assert st.speaker.type == "group" and st.speaker.name.lower().startswith("warga ")
    # a person set off before or after the residents' noun is that person
    assert speaker_names("Mahmudi (43), warga Nogosari, mengatakan banjir datang tiba-tiba.", lex) == {"Mahmudi"}


def test_a_pronoun_after_a_fronted_phrase_is_the_subject_of_the_sentence_before(lex):
    body = (
        "Menurut Rudi Hartono, pasar sedang lesu.\n\n"
        "Di Bandung, Wati Susanti mengusulkan aturan baru untuk para pedagang.\n\n"
        "Walaupun demikian, Rudi masih optimistis soal pasar. Pada wawancara dengan Radio Suara Kita, ia "
        "menegaskan perlunya industri dalam negeri yang kuat."
    )
    assert speakers_by_opening(body, lex)["perlunya i"].name == "Rudi Hartono"
    # a person named only inside the phrase in front is no subject: the one who spoke last stays
    named = body.replace("Walaupun demikian, Rudi masih optimistis soal pasar. ", "Pasar tetap ramai. ")
    assert speakers_by_opening(named, lex)["perlunya i"].name == "Wati Susanti"


def test_menurut_with_a_pronoun_and_a_comparison_set_off_point_to_the_sentence_subject_before(lex):
    body = (
        '"Harga naik," ujar Budi Santoso.\n\n'
        "Berbeda dengan Budi Santoso, Rina Kartika lebih senang dengan harga lama.\n\n"
        "Menurutnya, harga lama lebih stabil."
    )
    assert speakers_by_opening(body, lex)["harga lama"].name == "Rina Kartika"
    # a sentence that is someone else's report ("..., kata Budi, ...") names no topic of its own
    reported = body.replace(
        "Berbeda dengan Budi Santoso, Rina Kartika lebih senang dengan harga lama.",
        "Menteri Rina Kartika sendiri, kata Budi, menargetkan harga turun.",
    )
    assert speakers_by_opening(reported, lex)["harga lama"].name == "Budi Santoso"
    # a person opening the main clause after a phrase set off ("Sementara itu, X (73), warga ...") is introduced
    body = (
        '"Saya kaget," papar Lestari Wulandari.\n\n'
        "Sementara itu, Maria Ulfa (73), warga lama desa itu, menanggapi dengan tegas.\n\n"
        '"Kami tidak ingin dia di sini," ujarnya.'
    )
    assert speakers_by_opening(body, lex)["Kami tidak"].name == "Maria Ulfa"


def test_a_physicians_title_with_the_place_of_work_closed_by_a_demonstrative_points_back(lex):
    # the specialty ("Kulit dan Kelamin") is no name, degrees after a name are none, and the title, its place of
    # work and the demonstrative closing them point back to the physician named before
    body = (
        "Dr. dr. Wulan Sekarsari, Sp.DVE, Subsp.Ven, menyebut penyakit itu tetap berbahaya. "
        '"Penyakit ini berasal dari lapisan kulit terluar," jelas Dokter Spesialis Kulit dan Kelamin di RSUD '
        'Dr. Soetomo, Surabaya itu saat diwawancarai.'
    )
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Wulan Sekarsari", "Wulan Sekarsari"]
    body = "Menurut dr. Rina Kartika, Sp.A(K), langkah awal orangtua sangat menentukan kondisi anak."
    assert [body[st.start : st.end] for st in extract_statements(body, lex)] == [
        "langkah awal orangtua sangat menentukan kondisi anak."
    ]


def test_an_adverb_between_a_passive_cue_pointing_back_and_its_agent(lex):
    body = "Harga pupuk akan turun bulan depan. Kabar itu disampaikan langsung oleh Menteri Pertanian Joko Saputra."
    found = extract_statements(body, lex)
    assert [(s.speaker.name, s.speaker.role) for s in found] == [("Joko Saputra", "Menteri Pertanian")]


def test_an_account_before_a_source_is_no_part_of_the_role(lex):
    body = "Menurut penuturan ketua kelompok tani Sumber Rejeki, Dimas Pratama, panen tahun ini gagal."
    found = extract_statements(body, lex)
    assert [(s.speaker.name, s.speaker.role) for s in found] == [("Dimas Pratama", "ketua kelompok tani Sumber Rejeki")]


def test_a_source_named_as_an_example_of_a_group_is_the_speaker(lex):
    said = speakers_by_opening("Sejumlah lembaga internasional seperti Uni Eropa mendesak gencatan senjata.", lex)
    assert said["gencatan s"].name == "Uni Eropa"
    # examples of things that are no source do not speak
    things = "Teknologi baru seperti Rem Darurat Pintar memastikan penumpang tetap selamat di jalan raya."
    assert all(s.speaker.name != "Rem Darurat Pintar" for s in extract_statements(things, lex))


def test_a_name_with_a_note_that_it_is_not_the_persons_own_is_the_speaker(lex):
    body = '"Tokonya sudah tutup sejak Senin," kata penjaga toko, Sutarjo (bukan nama sebenarnya), saat ditemui, Rabu.'
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Sutarjo", "person")]


def test_a_title_in_quotation_marks_is_no_source_of_the_quotation_after_it(lex):
    body = (
        'Dalam wawancara itu, Rudi Hartono mengatakan "Kancil Pulang Kampung" akan bercerita tentang seekor kancil '
        'yang tersesat, "kancil yang cerdik dan selalu lolos dari bahaya".'
    )
    said = speakers_by_opening(body, lex, n=20)
    assert said["kancil yang cerdik d"].name == "Rudi Hartono"


def test_a_medium_of_any_kind_closing_a_sentence_after_menurut(lex):
    body = "Film animasi itu rampung sebelum akhir tahun depan menurut warta laman Kabar Sinema."
    assert [(s.speaker.name, s.kind) for s in extract_statements(body, lex)] == [("Kabar Sinema", "indirect")]


def test_a_players_position_before_the_club_and_the_name_is_the_role(lex):
    # a club named by its city stays out of the name ("Penyerang Liverpool | Rudi Hartono")
    body = "Penyerang Liverpool Rudi Hartono mengatakan timnya siap menghadapi laga akhir pekan ini."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.role) == ("Rudi Hartono", "Penyerang Liverpool")
    body = "Legenda Inter Milan Sandro Vezzali mengatakan timnya pantas juara."  # "Milan": the club's city
    assert speaker_names(body, lex) == {"Sandro Vezzali"}
    body = "Pebalap tim Kilat Biru, Marco Pellini, menyatakan motornya bermasalah sejak latihan bebas."
    assert speaker_names(body, lex) == {"Marco Pellini"}


def test_a_profession_after_sang_points_back_to_the_person_the_text_is_about(lex):
    body = (
        'Seusai laga, Rudi Hartono menceritakan jalannya pertandingan. "Kami bermain cukup baik," ujar sang '
        'gelandang bernomor 8. "Babak kedua lebih sulit," ujarnya.'
    )
    assert speakers_in_order(body, lex) == ["Rudi Hartono"] * 3
    # a group's title after "sang" is no person named before
    body = 'Rudi Hartono tiba di lokasi. "Kami menunggu sejak pagi," kata sang warga.'
    assert "Rudi Hartono" not in speaker_names(body, lex)


def test_a_one_word_name_set_off_after_a_lower_case_role_opening_the_sentence(lex):
    body = (
        "Mantan kapten timnas Chile, Pardo, memuji pelatih baru tim itu, Andres Rojas. Legenda yang dua kali "
        "juara itu menilai keputusan sang pelatih sudah tepat."
    )
    assert speakers_in_order(body, lex) == ["Pardo"]


def test_menurut_inside_a_clause_without_commas(lex):
    body = (
        "Pengamat pajak Rendra Wicaksana hadir dalam diskusi itu.\n\n"
        "Aturan baru ini menurut Rendra bertujuan menekan penghindaran pajak.\n\n"
        "Kebijakan itu menurut Menteri Keuangan Larasati Widuri akan diterapkan tahun depan."
    )
    assert speakers_in_order(body, lex) == ["Rendra Wicaksana", "Larasati Widuri"]
    # a record after "menurut", a preposition or a medium's verb after the source: no clause of its own
    for body in (
        "Berikut data impor beras menurut BPS dari 2015 sampai 2024.",
        "Kebijakan itu menurut data Kementerian Keuangan akan diterapkan tahun depan.",
        "Berikut cara mengusir semut menurut Lorenza Vitale dilansir dari Casa Viva.",
    ):
        assert speakers_in_order(body, lex) == []


@pytest.mark.parametrize(
    "body",
    [
        "Meski Rukmini Hartati berharap sengketa itu berakhir, Bagus Pranoto memastikan kerja sama sudah tamat.",
        "Rukmini Hartati berharap sengketa itu berakhir, sedangkan Bagus Pranoto memastikan kerja sama sudah tamat.",
    ],
)
def test_a_main_clause_set_against_a_report_is_its_own_statement(lex, body):
    found = [(s.speaker.name, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert found == [
        ("Rukmini Hartati", "sengketa itu berakhir"),
        ("Bagus Pranoto", "kerja sama sudah tamat"),
    ]


def test_a_report_right_after_the_verb_stays_nested_in_the_first(lex):
    body = "Rukmini Hartati mengatakan, Bagus Pranoto memastikan kerja sama sudah tamat."
    found = [(s.speaker.name, body[s.start : s.end]) for s in extract_statements(body, lex)]
    assert found[0] == ("Rukmini Hartati", "Bagus Pranoto memastikan kerja sama sudah tamat")


def test_a_name_set_off_after_a_description_is_the_agent_a_pronoun_then_points_to(lex):
    body = (
        '"Kami pasti kembali," kata Bimo Santoso di Medan.\n\n'
        "Janji serupa diungkapkan, personel lainnya, Yongbin. Dia mengatakan konser berikutnya lebih meriah."
    )
    found = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert found == [("Bimo Santoso", None), ("Yongbin", "personel")]


def test_a_word_set_off_after_a_description_that_the_text_writes_in_lower_case_is_nobody(lex):
    body = (
        '"Kami pasti kembali," kata Bimo Santoso di Medan.\n\n'
        "Konser itu dipuji penonton lainnya, Meriah. Dia mengatakan konser berikutnya lebih meriah."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Bimo Santoso", "Bimo Santoso"]


def test_menurut_saya_inside_a_quotation_is_no_statement_of_its_own(lex):
    body = '"Semuanya normal. Menurut saya, tim ini perlu berlatih lebih keras," kata Bimo Santoso.'
    assert [(s.kind, s.speaker.name) for s in extract_statements(body, lex)] == [("direct", "Bimo Santoso")]


def test_a_name_after_a_sites_acronym_is_the_site_nobody_a_pronoun_points_to(lex):
    body = (
        '"Sampah besar dijemput petugas," kata Kepala DLH Surabaya Dedi Santoso.\n\n'
        "Selanjutnya, Surabaya Selatan, TPS Bintang Sasmito, TPS Bratang Lapangan, dan TPS Gayungsari YKP.\n\n"
        '"Mohon dibuang ke TPS," ucapnya.'
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Dedi Santoso", "Dedi Santoso"]


def test_a_javanese_courts_titles_open_no_name(lex):
    body = (
        "Maha Menteri Keraton, KGPA Wirobrongto, ditunjuk sebagai pelaksana tugas raja.\n\n"
        "Wirobrongto, adik kandung raja, bertugas menjaga keraton.\n\n"
        "Ia menekankan bahwa penetapan raja baru harus melalui musyawarah."
    )
    found = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert found == [("Wirobrongto", None)]


def test_the_home_states_missions_abroad_and_their_cities_are_the_home_states_bodies(lex):
    body = "KBRI Roma dan KJRI Milano mengingatkan agar seluruh WNI di Italia mematuhi hukum setempat."
    found = [(s.speaker.name, s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)]
    assert found == [("KBRI Roma dan KJRI Milano", "organization", "IDN")]


def test_menurut_a_role_given_before_inside_a_clause(lex):
    body = (
        "Ketua Umum Partai Maju Rukmini Hartati berpidato di Ambon.\n\n"
        "Perbuatan seperti itu menurut mantan Gubernur Maluku yang kedua itu adalah perbuatan tercela."
    )
    assert speakers_in_order(body, lex) == ["Rukmini Hartati"]
    # a rule closed by a demonstrative is no role: nobody speaks
    body = "Rukmini Hartati hadir.\n\nData itu menurut aturan yang berlaku itu harus dibuka untuk umum."
    assert speakers_in_order(body, lex) == []


def test_a_short_quoted_term_inside_a_sentence_that_goes_on_is_no_quotation(lex):
    body = 'Peneliti Lorna Vasquez menambahkan, "manusia kelelawar" bukanlah bentuk kemalasan, melainkan kelelahan.'
    found = [(s.kind, s.speaker.name) for s in extract_statements(body, lex)]
    assert found == [("indirect", "Lorna Vasquez")]
    # a quotation closed by its own comma is one, whatever follows
    body = 'Terdakwa Darmono mengatakan, "tidak boleh foto," sehingga petugas tidak berani memotret.'
    assert [s.kind for s in extract_statements(body, lex)].count("direct") == 1


def test_a_comma_verb_before_bahwa_reports_speech(lex):
    body = "Menko Larasati Widuri melanjutkan bahwa pemerintah tengah menjajaki kerja sama dengan Tunisia."
    assert speakers_in_order(body, lex) == ["Larasati Widuri"]
    body = "Panitia melanjutkan pembangunan gedung itu pekan depan."  # no speech: a work goes on
    assert speakers_in_order(body, lex) == []


def test_a_name_set_off_after_a_described_source_closing_the_sentence(lex):
    body = "Penutupan itu tidak akan memengaruhi maskapai lain, menurut juru bicara perusahaan, Darmaji Wirasena."
    assert speakers_in_order(body, lex) == ["Darmaji Wirasena"]
    body = (
        "Komisaris Bea Cukai dan Perlindungan Perbatasan (CBP), Rodney Hartwell, hadir di sana.\n\n"
        "Penerbangan itu berjalan, menurut Komisaris Bea Cukai dan Perlindungan Perbatasan (CBP), Rodney Hartwell."
    )
    assert speakers_in_order(body, lex)[-1] == "Rodney Hartwell"


def test_a_report_described_after_its_source_is_no_part_of_the_source(lex):
    body = "Menurut laporan polisi yang dibagikan kepada Reuters, peristiwa itu terjadi pada Selasa malam."
    assert speakers_in_order(body, lex) == ["polisi"]


def test_demikian_with_a_role_set_off_and_to_whom_it_was_said(lex):
    body = (
        "Tarian itu membuka acara di Den Haag, demikian Minister Counsellor KBRI Den Haag, Larasati Widuri "
        "kepada Antara London, Sabtu.\n\n"
        "Film itu meraih penghargaan skenario terbaik, demikian keterangan Pensosbud KBRI Rabat Darmaji Wirasena "
        "kepada Antara, Senin."
    )
    found = [(s.speaker.name, s.cue) for s in extract_statements(body, lex)]
    assert found == [("Larasati Widuri", "demikian"), ("Darmaji Wirasena", "demikian")]


def test_a_medium_named_after_its_report_is_no_person(lex):
    body = "Operator itu berencana menguji jaringan baru, demikian menurut laporan Tekno Harian."
    found = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert found == [("Tekno Harian", "organization")]
    body = "Operator itu berencana menguji jaringan baru pekan depan menurut laporan Tekno Harian."
    found = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert found == [("Tekno Harian", "organization")]  # the same medium closing a sentence without a comma


def test_a_quotation_cue_with_the_name_left_out_points_back(lex):
    body = (
        "Menteri Perhubungan Darmaji Wirasena memberikan bocoran soal rute baru.\n\n"
        '"Karawang bisa tahun depan, saya belum mengecek datanya," ujar saat ditemui di Gedung DPR, Rabu.\n\n'
        '"Mohon maaf, sementara sedang ada perbaikan," tulis pada kertas itu.'
    )
    found = [(body[s.start : s.end][:8], s.speaker.name) for s in extract_statements(body, lex) if s.kind == "direct"]
    assert found == [("Karawang", "Darmaji Wirasena")]  # what is written on a notice is no one's left-out name


def test_a_quotation_closed_by_what_a_memo_or_statement_contains(lex):
    body = (
        "PHK itu diumumkan pada Jumat.\n\n"
        '"Kami merampingkan operasi dalam negeri untuk fokus pada diplomasi," demikian bunyi memo internal '
        "Otoritas Pelabuhan Valdoria yang diterima para pegawai.\n\n"
        '"Angkatan Darat tetap menjaga monarki konstitusional," demikian isi pernyataan Angkatan Darat Valdoria.'
    )
    found = [(s.kind, s.cue) for s in extract_statements(body, lex)]
    assert found == [("direct", "bunyi"), ("direct", "isi")]


def test_an_officer_named_by_the_facility_or_body_they_head_has_no_name(lex):
    # the capitalised words after a facility's or a body's head name the place, not its officer: the speaker
    # is the whole description, as for any officer the article does not name
    body = (
        "Direktur Rumah Sakit Al Hikmah menyebutkan, korban terus berdatangan sejak pagi.\n\n"
        "Rektor Universitas Tanjung Harapan mengatakan, perkuliahan tatap muka ditunda sepekan."
    )
    got = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert got == [
        ("Direktur Rumah Sakit Al Hikmah", "Direktur Rumah Sakit Al Hikmah"),
        ("Rektor Universitas Tanjung Harapan", "Rektor Universitas Tanjung Harapan"),
    ]
    # a name after an acronym of a party's board is its officer's
    body = "Ketua DPP Rudi Santoso mengatakan, partainya siap mengikuti pemilu."
    assert speakers_in_order(body, lex) == ["Rudi Santoso"]


def test_a_body_named_before_its_states_name_is_an_organisation_of_that_state(lex):
    body = (
        "Angkatan Laut Filipina mengatakan, kapal itu memasuki perairannya tanpa izin.\n\n"
        "Sumber-sumber Ukraina menyebutkan, serangan terjadi sebelum fajar.\n\n"
        "Korea Selatan menegaskan, pihaknya akan mengirim nota protes."
    )
    got = [(s.speaker.name, s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [
        ("Angkatan Laut Filipina", "organization", "PHL"),
        ("Sumber-sumber Ukraina", "group", "UKR"),
        ("Korea Selatan", "country", "KOR"),
    ]


def test_a_deputy_police_chiefs_short_title_is_the_role(lex):
    body = "Wakasat Reskrim Polres Kota Lembah, Kompol Darmawan Saputra, mengatakan pelaku sudah ditahan."
    [said] = extract_statements(body, lex)
    assert said.speaker.name == "Darmawan Saputra"
    assert said.speaker.role.startswith("Wakasat Reskrim")


def test_an_office_set_off_before_a_rank_stays_in_the_role_of_the_speaker(lex):
    body = (
        "Pelaku ditangkap di rumahnya.\n\n"
        "Kapolsek Sukamaju, AKP Hendra Saputra, menjelaskan bahwa pelaku sudah lama diincar.\n\n"
        "Menurut dokter puskesmas setempat, dr Ratna Sari, korban mengalami luka ringan."
    )
    got = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert got == [
        ("Hendra Saputra", "Kapolsek Sukamaju, AKP"),
        ("Ratna Sari", "dokter puskesmas setempat, dr"),
    ]


def test_an_officials_lawyer_or_family_serves_no_state(lex):
    body = (
        "Kuasa hukum mantan Presiden Hartono Wibisono, Rudi Kusumaputra, menyebutkan gugatan itu tidak berdasar.\n\n"
        "Ajudan Presiden, Kompol Dimas Pratama, mengatakan jadwal kunjungan tidak berubah."
    )
    got = [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)]
    assert got == [("Rudi Kusumaputra", None), ("Dimas Pratama", "IDN")]


def test_a_medium_a_report_comes_from_is_an_organisation_wherever_it_speaks(lex):
    body = (
        "Sebuah laporan dari Kabarku menyebutkan bahwa pelatih itu dianggap ideal.\n\n"
        "Kabarku juga mengungkapkan dua alasan kuat di balik pilihan itu.\n\n"
        "Laporan dari Integrated Flood Risk Phase Classification (IFRPC) menyebut, debit sungai terus turun."
    )
    got = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert got == [
        ("Kabarku", "organization"),
        ("Kabarku", "organization"),
        ("Integrated Flood Risk Phase Classification", "organization"),
    ]


def test_a_bahwa_taken_by_a_noun_of_a_claim_does_not_open_the_report(lex):
    body = (
        "Komandan milisi Ahmad Yusuf menyatakan akan menyelidiki dugaan pelanggaran tersebut, namun membantah tuduhan "
        "bahwa pembunuhan itu bernuansa etnis.\n\n"
        "Dokter Sari Wulandari menyebut, hasil visum menguatkan dugaan bahwa korban dianiaya."
    )
    texts = [body[s.start : s.end] for s in extract_statements(body, lex)]
    assert texts[0].startswith("akan menyelidiki dugaan pelanggaran")
    assert texts[1].startswith("hasil visum menguatkan")
    # a "bahwa" the verb takes still opens the report
    body = "Budi Santoso mengatakan kepada wartawan di Jakarta bahwa proyek itu selesai tahun depan."
    [said] = extract_statements(body, lex)
    assert body[said.start : said.end].startswith("proyek itu")


def test_two_roles_joined_by_dan_before_a_name_are_the_role(lex):
    body = (
        "Penulis dan sutradara Rama Wibisana mengungkapkan bahwa filmnya akan tayang bulan depan.\n\n"
        "Petani dan nelayan setempat mengatakan, bantuan belum tiba."
    )
    got = [(s.speaker.name, s.speaker.type, s.speaker.role) for s in extract_statements(body, lex)]
    assert got == [
        ("Rama Wibisana", "person", "Penulis dan sutradara"),
        ("Petani dan nelayan setempat", "group", None),
    ]


def test_a_verb_of_saying_before_a_phrase_set_off_and_a_clause_opens_the_report(lex):
    body = (
        "Sementara itu terkait undangan tersebut, Rudi Hartono pada waktu itu mengatakan, sebagai ketua panitia, "
        "Sinta Maharani bertugas mengawal jalannya sidang."
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.rule) == ("Rudi Hartono", "indirect_verb")
    assert body[said.start : said.end].startswith("sebagai ketua panitia, Sinta Maharani bertugas")
    # a phrase of time or place set off after a closing verb is no content
    body = "Harga beras naik tajam di banyak pasar, Budi Santoso menambahkan, saat ditemui di kantornya, Senin (5/6)."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.rule) == ("Budi Santoso", "indirect_tail_verb")


def test_a_long_office_of_two_posts_set_off_before_a_name_is_the_role(lex):
    body = (
        "Menanggapi tren itu, Menteri Pemberdayaan Perempuan dan Perlindungan Anak sekaligus Kepala Badan "
        "Perencanaan Keluarga dan Kependudukan Nasional (BPKKN), Ratna Dewi Lestari, menyatakan bahwa "
        "kementeriannya tidak mempersoalkan fenomena tersebut."
    )
    [said] = extract_statements(body, lex)
    assert said.speaker.name == "Ratna Dewi Lestari"
    assert said.speaker.role.startswith("Menteri Pemberdayaan Perempuan") and said.speaker.code == "IDN"


def test_a_pronoun_opening_a_paragraph_after_a_narrative_one_is_its_subject(lex):
    body = (
        '"Kami menunggu keputusan klub," kata agen pemain Gilang Ramadhan.\n\n'
        "Sebagai pelatih asal Brasil, Marcos Pereira dikenal disiplin dalam latihan.\n\n"
        "Ia menegaskan bahwa timnya siap bersaing musim depan."
    )
    assert speakers_in_order(body, lex) == ["Gilang Ramadhan", "Marcos Pereira"]
    # not from a paragraph holding a quotation, nor from a "person" made of common words
    body = (
        '"Kami menunggu keputusan klub," kata agen pemain Gilang Ramadhan.\n\n'
        '"Marcos Pereira pelatih yang disiplin," ujar Gilang Ramadhan.\n\n'
        "Ia menegaskan bahwa timnya siap bersaing musim depan."
    )
    assert speakers_in_order(body, lex) == ["Gilang Ramadhan"] * 3


def test_an_institutions_bare_head_is_the_one_named_last_with_it(lex):
    body = (
        "Kementerian Luar Negeri Selandia Baru menutup dua kantor konsulernya.\n\n"
        '"Kementerian sedang merampingkan operasional," demikian bunyi memo internal Kementerian.'
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.code) == ("Kementerian Luar Negeri Selandia Baru", "NZL")


def test_an_institutions_head_and_its_acronym_are_no_person(lex):
    body = "Melalui seminar nasional pada Jumat (14/10/2025), Otorita IKN menegaskan bahwa bahasa Indonesia penting."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.type) == ("Otorita IKN", "organization")
    body = "Kepala Otorita IKN Bagus Santoso mengatakan, pusat budaya itu dibangun tahun depan."
    assert speakers_in_order(body, lex) == ["Bagus Santoso"]


def test_a_cue_going_on_after_a_bodys_quotation_is_the_bodys(lex):
    body = (
        '"Produk kami aman," kata peneliti Dimas Pratama.\n\n'
        "Menurut Koalisi Masyarakat Sipil Antikorupsi, kebocoran itu terjadi sejak Mei.\n\n"
        '"Kami sudah melapor ke kementerian," tulis Koalisi Masyarakat Sipil Antikorupsi.\n\n'
        '"Belum ada tanggapan sampai hari ini," imbuhnya.'
    )
    assert speakers_in_order(body, lex)[-1] == "Koalisi Masyarakat Sipil Antikorupsi"


def test_english_words_joined_by_and_are_an_office_not_a_person(lex):
    body = (
        "Menurut Manager Heritage Building and Museum PT Kereta Wisata, Rina Kusumawati, perayaan ini menjadi "
        "momen ibadah lintas gereja pertama."
    )
    [said] = extract_statements(body, lex)
    assert said.speaker.name == "Rina Kusumawati"
    assert said.speaker.role.startswith("Manager Heritage Building and Museum")


def test_a_boss_pointing_back_and_an_energy_firm(lex):
    body = (
        "CEO PT Arvana Teknologi, Jensen Tan, hadir di Taipei.\n\n"
        "Bos Arvana itu mengatakan, pemerintah setempat kini melonggarkan aturan.\n\n"
        "Sinar Energy menyebut akuisisi ini bagian dari strategi perusahaan."
    )
    got = [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)]
    assert got == [("Jensen Tan", "person"), ("Sinar Energy", "organization")]


def test_a_family_name_of_someone_named_before_opening_a_name_is_whose(lex):
    body = (
        "Pemerintah Presiden Arvania Tomas Reyna memilih keluar dari program itu. Juru bicara Reyna Harry Mendes "
        "mengatakan pemerintah tidak akan merundingkan kesepakatan kedua. Ia mengatakan bahwa setiap proyek "
        "membutuhkan dana pendamping."
    )
    got = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert got == [("Harry Mendes", "Juru bicara Reyna")] * 2


def test_a_home_institutions_short_name_in_mixed_case_is_no_part_of_a_name(lex):
    body = (
        '"Kerja fleksibel adalah solusi," ujar Deputi Bidang Kelembagaan dan Tata Laksana Kemenpan-RB '
        "Sari Wulandari dalam keterangan pers."
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.code) == ("Sari Wulandari", "IDN")


def test_two_said_nouns_joined_before_their_source(lex):
    body = (
        "Menurut pemberitahuan internal dan pernyataan pejabat Kementerian Luar Negeri Jepang, total "
        "pengurangan pegawai akan mendekati 3.000 orang."
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.code) == ("pejabat Kementerian Luar Negeri Jepang", "JPN")


def test_a_report_pointed_back_to_after_a_cue_is_whoever_gave_it(lex):
    body = (
        "Badan Cuaca Nasional dalam rilis itu menyebut, gempa dirasakan di dua kabupaten.\n\n"
        '"Periksa bangunan tempat tinggal anda sebelum kembali," tulis rilis tersebut.\n\n'
        "Pernyataan itu menyoroti pentingnya kesiapsiagaan warga."
    )
    got = [(s.kind, s.speaker.name) for s in extract_statements(body, lex)]
    assert got == [("indirect", "Badan Cuaca Nasional"), ("direct", "Badan Cuaca Nasional")]


def test_a_pastors_title_written_without_its_full_stop(lex):
    body = "Pdt Yohanes Wenda berharap pemerintah kota memberikan perhatian kepada warganya."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.role) == ("Yohanes Wenda", "Pdt")


@pytest.mark.parametrize(
    "body, role",
    [
        ("Komandan Lanud Kolonel Pnb Dimas Pranoto mengatakan landasan diperbaiki.", "Komandan Lanud Kolonel Pnb"),
        ("Dandim Karangasem Letkol Inf. Dimas Pranoto mengatakan jembatan selesai.", "Dandim Karangasem Letkol Inf"),
    ],
)
def test_an_officers_corps_after_his_rank_is_no_part_of_his_name(lex, body, role):
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.role, said.speaker.code) == ("Dimas Pranoto", role, "IDN")


def test_a_theme_in_quotation_marks_is_nobodys_words(lex):
    body = (
        "Ketua panitia Dimas Pranoto mengatakan lomba tahun ini bertemakan "
        '"Semangat gotong royong untuk membangun desa bersama warga".'
    )
    assert [s.kind for s in extract_statements(body, lex)] == ["indirect"]


def test_a_place_set_off_after_a_group_is_where_the_group_is(lex):
    body = "Pedagang Pasar Lama, Jakarta Pusat mengharapkan harga cabai segera turun."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.type) == ("Pedagang Pasar Lama", "group")


def test_a_group_noun_opening_a_subject_is_no_persons_name(lex):
    body = "Jemaat Gereja Santo Yosef mengharapkan perayaan berlangsung damai."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.type) == ("Jemaat Gereja Santo Yosef", "group")


def test_a_statement_pointed_back_to_before_a_passive_cue_says_nothing_new(lex):
    body = (
        '"Dana nasabah tetap aman," kata Direktur Utama Bank Sentosa Ratna Kirana.\n\n'
        "Pernyataan itu disampaikan Ratna menyusul laporan dugaan penggelapan oleh seorang pegawai."
    )
    assert [s.kind for s in extract_statements(body, lex)] == ["direct"]


@pytest.mark.parametrize(
    "body, name",
    [
        ("Ketua Dewan Ekonomi Nasional Hendra Saputro menyebut tarif AS itu yang terendah.", "Hendra Saputro"),
        ("CEO Danantara Hendra Saputro menyatakan investasi itu akan berlanjut.", "Hendra Saputro"),
    ],
)
def test_an_officer_of_a_new_home_state_body_serves_the_home_state(lex, body, name):
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.code) == (name, "IDN")


def test_a_noun_phrase_before_a_cue_set_off_is_the_subject_of_what_is_said(lex):
    body = "Program tersebut, kata Ratna Kirana, akan diperluas ke seluruh kecamatan tahun depan."
    [said] = extract_statements(body, lex)
    assert body[said.start : said.end].startswith("Program tersebut")
    body = "Selain itu, kata Ratna Kirana, program akan diperluas ke seluruh kecamatan tahun depan."
    [said] = extract_statements(body, lex)
    assert body[said.start : said.end].startswith("program akan")


def test_a_copula_before_a_verb_of_saying_marks_a_predicate_not_a_subject(lex):
    body = (
        "Dalam karyanya, Ratna Kirana konsisten menonjolkan warna. "
        "Ia percaya desain adalah bentuk bercerita, bukan sekadar dekoratif."
    )
    assert [s.cue for s in extract_statements(body, lex)] == []


def test_a_name_a_text_is_quoted_from_is_a_medium_nobody_speaks_for(lex):
    body = (
        "Tim dokter bedah di Universitas Karang Asri berhasil menghidupkan kembali jantung bayi. Dikutip dari "
        "Nature Brief, Senin (21/7/2025), peristiwa itu diawali ketika jantung berhenti.\n\n"
        '"Konsep ini menunjukkan bahwa kita bisa mempertahankan fungsi jantung," tulis tim dokter bedah tersebut, '
        "dikutip dari Nature Brief."
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == [None]


def test_a_pronoun_after_a_role_and_name_behind_a_fronted_phrase_is_that_person(lex):
    # "Dalam kesempatan yang sama, | pemengaruh X turut ...": the phrase set off first is no part of X's role
    body = (
        "Dokter anak Budi Santoso mengimbau orang tua membatasi layar.\n\n"
        '"Pilih tayangan yang edukatif," kata dokter Budi.\n\n'
        "Dalam kesempatan yang sama, pemengaruh Rina Kartika turut membagikan pengalamannya mengatur gawai "
        "anak. Ia mengaku tidak membiasakan anaknya menonton layar.\n\n"
        '"Jujur, aku tidak membiasakan anakku menonton layar," katanya.'
    )
    assert speakers_in_order(body, lex) == ["Budi Santoso", "Budi Santoso", "Rina Kartika", "Rina Kartika"]


def test_a_description_the_lexicons_do_not_know_then_a_full_name_names_the_speaker(lex):
    body = '"Tikus mencari tempat hangat saat hujan," ujar pembasmi hama berlisensi, Allan Bossel.'
    assert speakers_in_order(body, lex) == ["Allan Bossel"]
    body = '"Tikus itu sebesar kucing," kata istrinya, Rina, kepada wartawan.'
    assert speakers_in_order(body, lex) == ["Rina"]
    # a place set off after the words is nobody's name; a name before the comma is the speaker's
    body = '"Tikus itu sebesar kucing," kata pembasmi hama, Jakarta Selatan, Senin.'
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [
        ("pembasmi hama", "unknown")
    ]
    body = '"Tikus itu sebesar kucing," kata Budi Santoso, Ani Lestari.'
    assert speakers_in_order(body, lex) == ["Budi Santoso"]


def test_a_pronoun_goes_back_over_narrative_naming_nobody_to_the_person_the_text_turned_to(lex):
    # sentences of narrative that name nobody stand between the subject and the pronoun opening its sentence
    body = (
        "Irene Patricia berangkat ke asrama sekolah bersama teman-temannya.\n\n"
        '"Kami bersyukur anak kami bisa bersekolah," kata Sisilia Taneo, ibu murid itu.\n\n'
        "Irene bercita-cita menjadi seorang biarawati. Cita-cita itu tumbuh setelah ia melihat para suster datang "
        "ke sekolahnya. Menurutnya para suster itu tulus melayani jemaat gereja."
    )
    assert speakers_in_order(body, lex) == ["Sisilia Taneo", "Irene Patricia"]
    # paragraphs of narrative that name nobody and quote nothing stand between a person introduced with an
    # office and the quotation "-nya" attributes
    body = (
        '"Saya suka buku bergambar," kata siswa kelas VI, Daniel Wowor.\n\n'
        "Kepala SD Harapan Tobelo, Sufina Mola Bale, sangat mengapresiasi kegiatan literasi itu.\n\n"
        "Selain itu, bantuan buku yang diterima sangat membantu pembelajaran di sekolah.\n\n"
        "Dia tidak memungkiri sekolahnya kekurangan media pembelajaran. Untuk itu, dia sangat bersyukur.\n\n"
        '"Suatu kebanggaan bagi sekolah kami," ujarnya.'
    )
    assert speakers_in_order(body, lex) == ["Daniel Wowor", "Sufina Mola Bale"]
    # the same person as the last speaker keeps the name that speaker was given
    body = (
        "Anggota DPR Nafa Indria Urbach menjadi sorotan publik setelah membela tunjangan rumah.\n\n"
        '"Itu bukan kenaikan, itu kompensasi untuk rumah jabatan," kata Nafa Urbach melalui siaran langsung.\n\n'
        "Nafa menjelaskan bahwa tak semua anggota DPR berasal dari Jakarta. Karena berasal dari berbagai daerah, "
        "mereka memerlukan tempat tinggal dekat kantor.\n\n"
        "Ia bahkan menyinggung lokasi tempat tinggalnya sendiri yang jauh dari kantor."
    )
    assert set(speakers_in_order(body, lex)) == {"Nafa Urbach"}
    body = body.replace("Ia bahkan menyinggung", '"Rumah saya jauh sekali," ujar anggota dewan itu. Ia menyinggung')
    assert set(speakers_in_order(body, lex)) == {"Nafa Urbach"}


def test_a_pronoun_reaches_back_over_paragraphs_only_to_a_person_introduced_with_a_post(lex):
    opening = 'Kepala Desa Sukamaju Budi Santoso memimpin rapat.\n\n"Jalan desa diperbaiki tahun ini," kata Budi.\n\n'
    narrative = "Selain itu, pelatihan digelar di balai desa.\n\nPeserta datang dari berbagai dusun.\n\n"
    quoted = '"Kami senang warga antusias," ujarnya.'
    # a body the tagger read as a person, no post of its own: the speaker before goes on
    body = opening + "Kampus Harapan Jaya menggelar pelatihan bagi warga desa.\n\n" + narrative + quoted
    assert speakers_in_order(body, lex) == ["Budi Santoso", "Budi Santoso"]
    # a person with a post: the text turned to her
    turned = "Kepala Dinas Pendidikan Sukamaju, Sufina Mola Bale, mengapresiasi pelatihan itu.\n\n"
    assert speakers_in_order(opening + turned + narrative + quoted, lex)[-1] == "Sufina Mola Bale"
    # not past a paragraph naming someone else
    other = "Para peserta mengagumi lukisan karya Rina Wati.\n\n"
    assert speakers_in_order(opening + turned + other + narrative + quoted, lex)[-1] == "Budi Santoso"


def test_a_surname_after_the_narrative_turned_to_another_person_is_that_persons(lex):
    body = (
        '"Kami berharap semua negara mengikuti langkah itu," ujar Nabil Haddad, warga Ramallah.\n\n'
        "Senada dengan hal itu, Ines Haddad dari lembaga kajian PIPD menilai bahwa isu utama adalah Gaza.\n\n"
        '"Apa yang seharusnya diakui Perancis adalah genosida, dan seharusnya mengakhiri pendudukan," ujar Haddad.'
    )
    assert speakers_in_order(body, lex) == ["Nabil Haddad", "Ines Haddad", "Ines Haddad"]
    # a person named inside a quotation is spoken of, no one the narrative turned to
    body = (
        "Kapten Selangor FA, Nooa Laine, kecewa setelah timnya kalah 2-3 dari Persib Bandung.\n\n"
        "Kiper Selangor FA, Sikh Izhan, tampil kesetanan dengan delapan penyelamatan.\n\n"
        '"Kami seharusnya bisa mengelola permainan dengan lebih baik," ujar Nooa.\n\n'
        '"Tentu saja, Izhan sangat kecewa dengan gol terakhir itu. Tapi ini bukan tentang satu pemain saja," ujar '
        "pemain keturunan Finlandia tersebut.\n\n"
        '"Dia sudah banyak menyelamatkan kami. Semua orang bisa membuat kesalahan," kata pemilik 17 caps itu.'
    )
    assert set(speakers_in_order(body, lex)) == {"Nooa Laine"}
    # a one-word name opening the narrative (supporters the tagger read as a person) is no one it turned to
    body = (
        "Kepala Humas Persikota Adi Pranata menegaskan tak ada penyerangan dari suporter tuan rumah.\n\n"
        '"Tidak ada penyerangan ke ruang ganti, semua ofisial aman," urainya.\n\n'
        "Terima Kasih Bonekmania yang Datang ke Malaysia\n\n"
        "Bonekmania menjadi sumber energi dari perjuangan tim, manajemen turut menghaturkan terima kasih atas "
        "dukungan tanpa henti.\n\n"
        '"Kepada seluruh Bonekmania yang masih di sana, hati-hati pulangnya, jaga diri."\n\n'
        '"Terima kasih atas dukungan kalian semua," ucapnya.'
    )
    assert set(speakers_in_order(body, lex)) == {"Adi Pranata"}


def test_a_pronoun_after_a_person_set_off_after_a_description_is_that_person(lex):
    body = (
        'Konser itu meriah. "Terima kasih," kata Darin. Sang rapper, Rafi, juga mengiyakan pernyataan kedua '
        "rekannya. Dia mengungkapkan bahwa konser malam ini menjadi kenangan."
    )
    assert speakers_in_order(body, lex) == ["Darin", "Rafi"]


def test_a_run_of_quotation_paragraphs_after_reported_speech_goes_on_from_its_speaker(lex):
    body = (
        "Hotel itu menawarkan sewa ikan.\n\n"
        "Manajer hotel Darin Kusuma mengatakan bahwa layanan itu populer di kalangan tamu.\n\n"
        '"Kami mulai sejak beberapa tahun lalu. Idenya adalah mengejutkan tamu."\n\n'
        '"Sungguh brilian melihat bagaimana reaksi orang. Mereka tersenyum dan mengambil foto."'
    )
    assert speakers_in_order(body, lex) == ["Darin Kusuma"] * 3


def test_a_post_of_the_home_cabinets_new_portfolio_is_the_home_states_in_a_foreign_story(lex):
    body = (
        "Pemerintah Jepang menghentikan sementara visa pelajar. Wakil Menteri Pendidikan Tinggi, Sains, dan "
        "Teknologi Rina Kartika mengatakan, langkah bagi penerima beasiswa sudah disiapkan."
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.code) == ("Rina Kartika", "IDN")


@pytest.mark.parametrize("refusal", ["menolak", "enggan", "tidak mau"])
def test_a_refusal_to_speak_says_nothing(lex, refusal):
    body = f"Direktur Bank Sentosa Ratna Kirana {refusal} berkomentar lebih lanjut soal kerugian itu."
    assert extract_statements(body, lex) == []


@pytest.mark.parametrize(
    "body, role, code",
    [
        ("Sutradara Rafi Anggara mengatakan syuting film itu selesai bulan depan.", "Sutradara", None),
        ("Pengusaha Rafi Anggara mengatakan pabrik itu akan dibuka bulan depan.", "Pengusaha", None),
        ("Rapper Kanada Rafi Anggara mengatakan lagu itu menyindirnya.", "Rapper Kanada", None),
        ("Pelatih Thailand Rafi Anggara mengatakan timnya siap bertanding.", "Pelatih Thailand", "THA"),
    ],
)
def test_an_occupation_before_a_name_is_the_role_and_a_state_after_it_a_nationality(lex, body, role, code):
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.role, said.speaker.code) == ("Rafi Anggara", role, code)


def test_a_state_speaking_through_a_phrase_is_named_by_its_name(lex):
    body = (
        "Pertemuan itu tidak membahas isu nuklir. Pernyataan keras kemudian datang dari Pyongyang, yang menyebut "
        "upaya itu sebagai impian kosong."
    )
    assert [(s.speaker.name, s.speaker.code) for s in extract_statements(body, lex)] == [("Korea Utara", "PRK")]


def test_an_office_set_off_before_a_title_starts_after_the_verb_of_its_clause(lex):
    body = (
        "Hal itu disampaikan Dimas usai bertemu Rektor Unkas, Prof Rafi Anggara di kampus, Jumat.\n\n"
        '"Kami tidak akan menggusur warga," kata Rafi.'
    )
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.role) == ("Rafi Anggara", "Rektor Unkas, Prof")


def test_two_hyphens_join_two_names_like_one(lex):
    body = (
        '"Atap gardu tertabrak bak truk," kata Senior Manager Ruas Tol Karangsari--Gempol, Dimas Pranoto, '
        "Kamis (6/11/2025)."
    )
    [said] = extract_statements(body, lex)
    assert said.speaker.name == "Dimas Pranoto"


def test_a_hyphen_set_apart_inside_a_given_name_keeps_the_name_whole(lex):
    body = (
        "Menteri Luar Negeri Korea Selatan Seo Min - jun mengatakan negaranya siap menghadapi sanksi baru.\n\n"
        '"Kami tidak takut," kata Seo.'
    )
    assert speakers_in_order(body, lex) == ["Seo Min - jun", "Seo Min - jun"]


def test_a_bodys_or_a_states_side_is_that_body_or_state(lex):
    body = "Pihak Kementerian Luar Negeri Kanada menegaskan bahwa dua diplomatnya dalam keadaan aman."
    [said] = extract_statements(body, lex)
    assert (said.speaker.name, said.speaker.type, said.speaker.code) == (
        "Kementerian Luar Negeri Kanada", "organization", "CAN"
    )


def test_a_roles_word_inside_a_facilitys_name_introduces_nobody(lex):
    body = (
        "Polisi menduga motif penusukan itu adalah dendam lama.\n\n"
        "Korban langsung dibawa ke Pos Polisi Subsektor Karang Asri, kemudian dirujuk ke rumah sakit."
    )
    [said] = extract_statements(body, lex)
    assert said.speaker.type != "person"


def test_a_regional_official_abroad_is_named_without_the_place_and_serves_its_state(lex):
    body = (
        "Gubernur California Gavin Newsom mengatakan negara bagian itu akan menggugat keputusan tersebut.\n\n"
        "Wali Kota Osaka Hideyuki Yokoyama menyatakan kota siap menyambut pengunjung.\n\n"
        "Gubernur Jawa Barat Dedi Mulyadi mengatakan sekolah dibuka pekan depan."
    )
    found = [(s.speaker.name, s.speaker.role, s.speaker.code) for s in extract_statements(body, lex)]
    assert found == [
        ("Gavin Newsom", "Gubernur California", "USA"),
        ("Hideyuki Yokoyama", "Wali Kota Osaka", "JPN"),
        ("Dedi Mulyadi", "Gubernur Jawa Barat", "IDN"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post, "yang juga", a second post and the name: its holder speaks
        (
            '"Semua sudah siap," ujar Ketua Harian KONI yang juga Wakil Gubernur Jambi Abdullah Sani.',
            ("Abdullah Sani", "Wakil Gubernur Jambi"),
        ),
        # a name, then "yang juga" and a post: the name speaks
        ('"Kami tunggu," kata Rudi Hartono yang juga Rektor Universitas Jambi.', ("Rudi Hartono", None)),
        # a second post with no name after it: the first post stays the speaker
        ('"Kami tunggu," kata Ketua KPK yang juga mantan hakim.', ("Ketua KPK", "Ketua KPK")),
        ('"Kami tunggu," kata Ketua KPK yang juga Ketua Dewan Pengawas.', ("Ketua KPK", "Ketua KPK")),
    ],
)
def test_a_speakers_second_post_after_yang_juga_leads_to_the_name(lex, body, expected):
    found = [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)]
    assert found == [expected]


def test_kata_opening_an_attribution_before_a_quotation_is_a_cue(lex):
    found = [(s.speaker.name, s.cue) for s in extract_statements('Kata Budi Santoso, "Kami siap."', lex)]
    assert found == [("Budi Santoso", "Kata")]


def test_a_person_named_in_a_list_of_people_is_not_whom_the_next_pronoun_means(lex):
    body = (
        '"Tim sempat memberikan pertolongan kepada korban," kata Kepala Balai Taman Nasional Budi Hartono.\n\n'
        "Keesokan harinya, tiga orang dari rombongan korban naik ke puncak, yakni Dodi Saputra, Rina Maharani, "
        "dan Joko Susilo.\n\n"
        '"Korban sempat keluar dari tenda dan langsung muntah-muntah," katanya.'
    )
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Budi Hartono", "Budi Hartono"]


def test_a_person_set_off_after_another_is_still_whom_the_text_turns_to(lex):
    body = (
        '"Data pelamar kami jaga," kata Humas Kementerian Ketenagakerjaan Andri Hirawan.\n\n'
        "Sementara itu, istri Joko Widarto, Rina Tanujaya, tiba di lokasi.\n\n"
        '"Watermark bisa saja dihilangkan," ujarnya.'
    )
    assert [s.speaker.name for s in extract_statements(body, lex)][-1] == "Rina Tanujaya"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Kami siap membantu," kata Kepala Perwakilan UNICEF di Indonesia Maniza Zaman.',
            ("Maniza Zaman", "Kepala Perwakilan UNICEF di Indonesia"),
        ),
        (
            '"Korupsi tidak punya tempat," kata Dirjen PBB di Jenewa Markus Lindqvist.',
            ("Markus Lindqvist", "Dirjen PBB di Jenewa"),
        ),
    ],
)
def test_a_name_after_the_place_an_office_sits_in_is_its_holder(lex, body, expected):
    assert [(s.speaker.name, s.speaker.role) for s in extract_statements(body, lex)] == [expected]


def test_a_place_after_di_with_no_office_before_keeps_its_words(lex):
    # the tagger's "place" span over a city and the words after it is split only after an office or a body
    for body, cut in (
        ("Mereka berlibur di Jenewa Sunrise Beach Resort.", 0),
        ("Kata Dirjen di Jenewa Markus Lindqvist.", len("Jenewa")),
    ):
        start = body.index("Jenewa")
        words = body[start:].rstrip(".").split(" ")
        assert Document(body, lex)._name_after_post_place(start, words, set()) == cut


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # one of a list of persons given with their ages: which of them "-nya" means, nobody says
        (
            "Polisi menyebut ketiga pemuda itu adalah RKW (20), TJ (16), dan DW (19). Ketiganya meminta maaf. "
            "Menurutnya, ketiga pemuda tersebut sudah mengakui kesalahannya.",
            None,
        ),
        # one person given with the age: the one meant
        (
            "Polisi menyebut pemuda itu adalah RKW (20), warga Desa Sumber. Ia meminta maaf. "
            "Menurutnya, pemuda tersebut sudah mengakui kesalahannya.",
            "RKW",
        ),
    ],
)
def test_a_pronoun_never_means_one_of_a_list_of_persons(lex, body, speaker):
    st = next(s for s in extract_statements(body, lex) if s.rule == "indirect_menurut")
    assert st.speaker.name == speaker


@pytest.mark.parametrize(
    "opening",
    ["Senada, psikolog klinis Rina Puspita", "Senada dengan Joko, pengamat politik senior Rina Puspita"],
)
def test_a_title_and_a_name_running_into_the_verb_are_its_subject(lex, opening):
    """After an opener set off by a comma, a title in lower case and a name with no comma before the verb are the
    verb's subject, not a description set off after the word before the comma."""
    body = f"KOMPAS.com - Anak sering begadang.\n\n{opening} menilai kebiasaan begadang memengaruhi emosi anak.\n"
    assert speaker_names(body, lex) == {"Rina Puspita"}


@pytest.mark.parametrize(
    "description",
    [
        "juru masak di kediaman Budi Santoso",  # a name after a preposition: where she works
        "istri Budi Santoso",  # a relation: someone else's kin
    ],
)
def test_a_description_holding_someone_elses_name_stays_a_description(lex, description):
    body = f"KOMPAS.com - Banyak orang suka membaca.\n\nMaya Sari, {description} mengatakan bahwa rumah itu sepi.\n"
    assert speaker_names(body, lex) == {"Maya Sari"}


def test_districts_set_off_after_a_subject_are_its_address_not_the_speaker(lex):
    body = "Pihak pengelola Pasar Induk Sentosa, Pancoran, Jakarta Selatan mengatakan kios akan dibongkar."
    assert speakers_in_order(body, lex) == ["Pihak pengelola Pasar Induk Sentosa"]
    # a capital after an opening phrase is a subject of its own
    assert speakers_in_order("Sementara itu, Washington menegaskan sanksi tetap berlaku.", lex) == ["Washington"]


def test_a_clause_closing_a_sentence_is_no_subject_of_a_tail_verb(lex):
    body = (
        "Sastrawan Budi Darmaji tetap produktif pada usia senja. Kendati waktunya habis untuk mengajar di kampus, "
        "dia lebih senang menenggelamkan diri dalam dunia menulis."
    )
    assert extract_statements(body, lex) == []
    body = "Harga beras naik dua persen pekan ini, media setempat melaporkan."  # "media" is no verb
    assert [s.rule for s in extract_statements(body, lex)] == ["indirect_tail_verb"]


@pytest.mark.parametrize(
    "body",
    [
        "Bagi pengendara di Jalan Tol Cikampek, harap berhati-hati.",  # a plea, a reduplicated verb after it
        # a clause after the cue, opening with a name: no speaker closes the sentence
        "Laga Arsenal vs AC Milan akan digelar dalam beberapa jam lagi. "
        "Kepada KOMPAS.com, Andre Pitto, bilang Milan bakal menang 3-0.",
    ],
)
def test_a_clause_after_a_closing_cue_is_no_speaker(lex, body):
    assert [s.speaker.name for s in extract_statements(body, lex) if s.rule == "indirect_tail_cue"] == []


def test_a_name_set_off_after_a_role_with_a_short_form_in_brackets(lex):
    body = '"Terdakwa terbukti bersalah," ujar jaksa dari Kejaksaan Negeri (Kejari) Blora, Sutrisno Hadi, Rabu.'
    assert speakers_in_order(body, lex) == ["Sutrisno Hadi"]


@pytest.mark.parametrize(
    "description",
    [
        "pengajar di Studio Lestari yang rutin memberikan pelatihan ini",  # a place, then a relative clause
        "penggiat yang kini telah menanam seribu pohon tersebut",  # a noun no lexicon lists as a title
        "ayah yang memiliki empat anak ini",  # a relation noun, not someone's father here
        "alumni SMA Negeri 1 Bogor, Jawa Barat tersebut",  # a place set off by a comma
    ],
)
def test_a_description_after_a_cue_going_on_to_a_demonstrative_is_the_person_named_before(lex, description):
    body = (
        "Budi Santoso sudah lama tinggal di Bogor bersama keluarganya.\n\n"
        f'"Kami senang bisa datang ke sini," kata {description}.'
    )
    assert speakers_in_order(body, lex) == ["Budi Santoso"]


@pytest.mark.parametrize(
    "description",
    [
        "seorang pengguna media sosial yang mengagumi pasangan ini",  # someone new: "seorang"
        "salah satu akun yang pertama kali mengunggah kabar tersebut",  # an account, and someone new
        "akun yang mengunggah video itu",  # a thing, not a person
    ],
)
def test_a_description_of_someone_new_or_of_a_thing_is_not_the_person_named_before(lex, description):
    body = (
        "Budi Santoso sudah lama tinggal di Bogor bersama keluarganya.\n\n"
        f'"Kami senang bisa datang ke sini," tulis {description}.'
    )
    assert "Budi Santoso" not in speakers_in_order(body, lex)


def test_a_description_points_to_the_person_the_text_turned_to_not_the_last_one_quoted(lex):
    # the description is resolved like a word pointing back: the person named in full since the last quotation
    body = (
        '"Getah ini disadap dari pohon," kata peneliti Rina Wulandari.\n\n'
        "Lestiani Kartikasari menjelaskan, getah itu kini banyak dipakai.\n\n"
        '"Kami melelehkannya dulu," kata pengajar di Studio Lestari yang rutin memberikan pelatihan ini.'
    )
    assert speakers_in_order(body, lex)[-1] == "Lestiani Kartikasari"



def test_a_person_named_in_a_relative_clause_of_saying_later_in_the_sentence_is_a_speaker_too(lex):
    body = (
        "Anggota DPR Rudi Hartanto mengatakan hal itu menanggapi Kepala Kantor Pajak Sinta Maharani yang menyebut "
        "bahwa PT Andalas Jaya menolak diperiksa petugas."
    )
    by_opening = speakers_by_opening(body, lex, 14)
    assert by_opening["PT Andalas Jay"].name == "Sinta Maharani"
    assert by_opening["hal itu menang"].name == "Rudi Hartanto"
    # a pronoun after it points to the sentence's subject, who spoke in it, not to the person it names
    body = (
        "Budi Santoso sempat menyebut bahwa dirinya bisa di mana saja saat ditanya mengenai pernyataan Ketua "
        "Partai Rina Kartika yang menyebut bahwa posisi Budi bisa di depan dan di belakang.\n\n"
        '"Di depan bisa, di belakang bisa," ujarnya.'
    )
    assert speakers_by_opening(body, lex, 8)["Di depan"].name == "Budi Santoso"


def test_people_only_said_to_exist_or_a_thing_before_a_later_relative_clause_of_saying_are_no_speaker(lex):
    # (people named by a noun are: "menghadapi protes dari para pekerja yang meminta agar ..." is theirs)
    body = "Polisi menyebut ada warga yang mengatakan pelaku kabur ke arah utara."
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Polisi"]
    body = "Budi Santoso mengatakan ia menerima pesan singkat yang mengabarkan bahwa rumahnya terbakar."
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Budi Santoso"]
    body = "Budi Santoso mengatakan mereka menghadapi protes dari para pekerja yang meminta agar pabrik tidak ditutup."
    assert [s.speaker.name for s in extract_statements(body, lex)] == ["Budi Santoso", "para pekerja"]


def test_a_short_quotation_not_closed_by_punctuation_is_a_term_or_a_name_before_a_verb(lex):
    body = (
        "Polisi menyiapkan pengamanan untuk aksi \"1010\" menuntut Pemerintah Kota membuka pasar lagi.\n\n"
        "Direktur Lumeral Daniel \"Dan\" Hartono mengatakan pabrik itu dibuka bulan depan."
    )
    assert [(kind, text) for kind, text, *_ in run(body, lex)] == [
        ("indirect", "pabrik itu dibuka bulan depan")
    ]
    # the same words closed by punctuation are a quotation and its source; a longer one without it too
    closed = "\"Buka pasar!\" tulis Serikat Pedagang Pasar."
    assert [(kind, text) for kind, text, *_ in run(closed, lex)] == [("direct", "Buka pasar!")]
    longer = "\"Kami akan membuka pasar itu bulan depan\" kata Wali Kota Budi Santoso."
    assert [(kind, sp) for kind, _, sp, *_ in run(longer, lex)] == [("direct", "Budi Santoso")]


def test_a_body_written_again_by_the_first_words_of_its_name_is_the_body_named_in_full_with_its_state(lex):
    body = (
        "Kementerian Pertahanan Sipil dan Penanganan Darurat Selandia Baru membatalkan peringatan tsunami.\n\n"
        "Kementerian Pertahanan Sipil menyatakan bahwa gelombang tertinggi sudah lewat."
    )
    said = [(s.speaker.name, s.speaker.type, s.speaker.code) for s in extract_statements(body, lex)]
    assert said == [("Kementerian Pertahanan Sipil dan Penanganan Darurat Selandia Baru", "organization", "NZL")]
    # a longer name that names no state (a branch, a unit) is another body: the name stays as written
    branch = (
        "Dinas Pekerjaan Umum Bidang Jalan memperbaiki jembatan itu.\n\n"
        "Dinas Pekerjaan Umum menyatakan bahwa perbaikan selesai bulan depan."
    )
    assert [s.speaker.name for s in extract_statements(branch, lex)] == ["Dinas Pekerjaan Umum"]


def test_a_relative_clause_whose_report_names_the_person_before_yang_is_not_that_persons(lex):
    # one would write "dirinya": the clause is the letter's, not the addressee's; nobody is guessed
    body = "Para dosen mengirim surat kepada Ketua KPU Budi Hartono, yang meminta kesediaan Budi untuk mundur."
    assert run(body, lex) == []
    other = "Para dosen mengirim surat kepada Ketua KPU Budi Hartono, yang meminta pemerintah menunda pemilu."
    assert speaker_names(other, lex) == {"Budi Hartono"}
    # also a relative clause later in another speaker's report
    reported = "Rektor Ani Lestari mengatakan " + body[0].lower() + body[1:]
    assert speaker_names(reported, lex) == {"Ani Lestari"}


def test_a_title_before_a_body_whose_name_lists_fields_is_the_speakers_role(lex):
    body = (
        "Kepala Biro Hukum, Komunikasi dan Informasi Publik Kementerian Sosial Herman Wijaya menyampaikan bahwa "
        "bantuan sudah disalurkan."
    )
    doc = Document(body, lex)
    # the bureau's listed name ends before the next head word: the ministry is a body of its own
    assert {body[m.start : m.end] for m in doc.mentions if m.type == "organization"} >= {
        "Biro Hukum, Komunikasi dan Informasi Publik", "Kementerian Sosial"
    }  # fmt: skip
    [said] = extract_statements(body, lex, doc)
    assert (said.speaker.name, said.speaker.role, said.speaker.code) == (
        "Herman Wijaya", "Kepala Biro Hukum, Komunikasi dan Informasi Publik Kementerian Sosial", "IDN"
    )  # fmt: skip


def test_what_was_said_named_as_the_source_with_nobody_saying_it_is_no_speakers_name(lex):
    body = (
        'Pendaftaran dibuka lagi.\n\n"Pendaftaran dibuka hingga Jumat," tulis isi keterangan resmi yang dikutip dari '
        "situs itu."
    )
    assert [(kind, sp) for kind, _, sp, *_ in run(body, lex)] == [("direct", None)]
    owned = body.replace("isi keterangan resmi yang dikutip dari situs itu", "keterangan resmi Kementerian Sosial")
    assert [sp for _, _, sp, *_ in run(owned, lex)] == ["Kementerian Sosial"]


def test_a_community_figure_is_a_persons_role(lex):
    named = "Tokoh masyarakat Desa Sukamaju, Budi Hartono, mengatakan jalan itu rusak parah."
    said = [(s.speaker.name, s.speaker.type, s.speaker.role) for s in extract_statements(named, lex)]
    assert said == [("Budi Hartono", "person", "Tokoh masyarakat Desa Sukamaju")]
    unnamed = "Tokoh komunitas Muslim di New York meminta agar kerja sama budaya diperluas."
    assert [s.speaker.type for s in extract_statements(unnamed, lex)] == ["person"]  # one person, not a body


def test_a_region_set_off_after_a_destination_is_no_subject(lex):
    body = "Wren Stranix (16), penumpang pesawat tujuan Newquay, Cornwall, mengaku menyaksikan kejadian itu."
    assert speaker_names(body, lex) == {"Wren Stranix"}


def test_the_outlet_a_source_answered_and_the_day_are_no_report(lex):
    body = '"Pasar harus dibuat menarik," ujar Budi Hartono menjawab Kompas.com, Sabtu (1/11/2025).'
    assert [(kind, sp) for kind, _, sp, *_ in run(body, lex)] == [("direct", "Budi Hartono")]
    # what was answered, with the day: a report
    said = "Budi Hartono menjawab pasar harus dibuat menarik, Sabtu (1/11/2025)."
    assert [kind for kind, *_ in run(said, lex)] == ["indirect"]


def test_an_office_written_alone_is_its_unplaced_holder_before_one_another_state_placed(lex):
    named = "Indonesia diwakili oleh Menteri Luar Negeri Rina Lestari bersama Menlu Inggris Tom Whitfield.\n\n"
    body = named + "Menlu Rina mengemukakan bahwa reformasi perlu.\n\nPBB harus bergerak cepat, kata Menlu."
    assert speakers_in_order(body, lex) == ["Rina Lestari", "Rina Lestari"]
    # with no other holder named, the one a state placed
    alone = "Menlu Inggris Tom Whitfield hadir.\n\nPBB harus bergerak cepat, kata Menlu."
    assert speakers_in_order(alone, lex) == ["Tom Whitfield"]
