"""The name tagger: span logic, cleaning, the model's provenance, and its score on public data."""

import json
from pathlib import Path

import pytest

from tasks.extract import ner
from tasks.extract.document import Document
from tasks.extract.statements import extract_statements

CARD = Path(ner.__file__).parent / "lang" / "id" / "names.json"


def persons(text, lex):
    """The person names the tagger and its span cleaning find in one sentence."""
    words = [t.text for t in ner.tokenize(text)]
    return {" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"}


def test_spans_read_iob_tags():
    assert ner.spans(["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "ORG"),
        (4, 5, "ORG"),
        (5, 6, "LOC"),
    ]
    assert ner.spans([]) == []


def test_clean_span_moves_titles_and_degrees_out_of_a_person_name(lex):
    words = ["Wapres", "Budi", "Santoso", "M.Hum"]
    assert ner.clean_span(words, 0, 4, "PER", lex) == (1, 3)
    assert ner.clean_span(["Presiden"], 0, 1, "PER", lex) == (0, 0)  # a title alone is no name
    assert ner.clean_span(words, 0, 4, "ORG", lex) == (0, 4)  # organisations keep their words


def test_a_common_word_opening_a_quotation_opens_no_tagger_window(lex):
    words = ['"', "Sekarang", "pengunjung", "turun", ",", '"', "kata", "Rudianto", "."]
    common = frozenset({"sekarang", "pengunjung", "turun", "kata"})
    assert ner.windows(words, lex, common=common) == [(5, 9)]  # only around "Rudianto"
    # nor one opening a list item
    words = ["-", "Buka", "aplikasi", "itu", "."]
    assert ner.windows(words, lex, common=frozenset({"buka", "aplikasi"})) == []
    # inside a sentence, a capitalised common word may be a name's: its window stays
    words = ["Hal", "itu", "disampaikan", "Sekarang", "Wijaya", "."]
    assert ner.windows(words, lex, common=common)[0][0] <= 3


def test_tokenize_keeps_initials_and_offsets():
    text = "Kata M. Yusuf, lalu al-Farabi."
    toks = ner.tokenize(text)
    assert [t.text for t in toks] == ["Kata", "M.", "Yusuf", ",", "lalu", "al-Farabi", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_a_title_glued_to_the_name_after_it_is_a_token_of_its_own_and_a_degree_is_not(lex):
    text = "Kata Prof.Adi Wirya, M.Hum dan dr.Rina."
    toks = ner.tokenize(text, glued=lex.glued_titles)
    assert [t.text for t in toks] == ["Kata", "Prof.", "Adi", "Wirya", ",", "M.Hum", "dan", "dr.", "Rina", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in ner.tokenize(text)][1] == "Prof.Adi"  # no titles given: one word


def test_the_shipped_model_comes_with_the_vocabulary_it_was_trained_with():
    card = json.loads(CARD.read_text("utf-8"))
    assert card["vocabulary_sha256"] == ner.vocabulary_fingerprint("id"), (
        "names.vocab.json is not the vocabulary names.crfsuite was trained with. "
        "Retrain both with: .venv/bin/python bench/train_names.py --final"
    )


def test_the_tagger_reads_its_own_vocabulary_not_the_grown_lexicon(lex):
    """A word added to a lexicon after training changes nothing the tagger sees, but the rules that
    ask whether a lexicon knows a word see it."""
    shipped = ner.tagger_vocabulary(lex)
    live = ner.live_vocabulary(lex)
    grown = live._replace(actors=live.actors | {"zorblat"})
    assert ner._word_info("Zorblat", grown)[1] == "A"
    assert ner._word_info("Zorblat", shipped)[1] == "-"
    assert ner.features(["Kata", "Zorblat"], lex) == ner.features(["Kata", "Zorblat"], lex, vocab=shipped)


@pytest.mark.corpus
def test_name_recognition_on_idner_test_set_keeps_its_floor(shared):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from train_names import MODEL, evaluate, read_conll

    data = shared / "ner" / "idner-news-2k" / "test.txt"
    if not data.is_file():
        pytest.skip("idner-news-2k is not in ../shared/ner")
    floors = json.loads((Path(__file__).resolve().parent.parent / "eval" / "floors.json").read_text("utf-8"))
    result, _ = evaluate(MODEL, read_conll(data))
    assert result["PER"]["f1"] >= floors["floors"]["names_person_f1"]
    assert result["ORG"]["f1"] >= floors["floors"]["names_organization_f1"]


def test_a_bracket_the_name_does_not_hold_is_trimmed(lex):
    from tasks.extract.ner import OPENING, _unopened

    assert _unopened(["Prabowo", ")"], 0, 2) and not _unopened(["Komisi", "(", "KPK", ")"], 0, 4)
    assert "(" in OPENING
    doc = Document("Dan pernyataan beliau (Presiden Prabowo) jelas mendukung kemerdekaan Palestina.", lex)
    assert all(not doc.body[m.start : m.end].endswith(")") for m in doc.mentions)


def test_arabic_particles_stay_in_a_persons_name(lex):
    body = "Menteri itu memuji Presiden Mesir Abdel Fattah al-Sisi. Putra Mahkota Mohammed bin Salman hadir."
    doc = Document(body, lex)
    names = {p.name for p in doc.people}
    assert "Abdel Fattah al-Sisi" in names and "Mohammed bin Salman" in names


def test_a_particle_between_two_parts_of_a_name_joins_them(lex):
    from tasks.extract import ner

    assert ner.has_model("id")
    words = [t.text for t in ner.tokenize("Asisten pelatih, Frans van Dijk, memuji para pemain.")]
    names = [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"]
    assert "Frans van Dijk" in names


def test_the_untagged_subject_of_a_stance_verb_is_a_person_but_not_after_a_law(lex):
    assert "Kovalenko Brastov" in persons("Kovalenko Brastov mengecam keputusan itu.", lex)
    assert not any("Pers" in p for p in persons("Pasal 13 Undang-Undang Pers jelas menyatakan larangan itu.", lex))


def test_an_initial_between_two_capitalised_words_joins_one_name(lex):
    assert persons("Menurut Ramiro T. Okonkwo, pertemuan itu positif.", lex) == {"Ramiro T. Okonkwo"}
    assert persons("Hal itu disampaikan Lorenzo K. Abernathy di Jenewa.", lex) == {"Lorenzo K. Abernathy"}
    assert "Jalan A. Yani" not in persons("Kemacetan terjadi di Jalan A. Yani sejak pagi.", lex)


def test_a_title_word_ending_a_name_with_no_name_after_it_is_the_names(lex):
    assert "Rudi Hakim" in persons("Koordinator lapangan, Rudi Hakim, mengatakan bahwa jalur itu ditutup.", lex)
    assert "Jokowi" in persons("Kata Jokowi Presiden Xi hadir di sana.", lex)


def test_a_person_tagged_right_after_a_person_continues_the_name(lex):
    assert persons("Wakil Ketua DPR RI Rusdi Harsono Ahmad mengungkapkan bahwa rapat ditunda.", lex) == {
        "Rusdi Harsono Ahmad"
    }
    # two people named in a list keep their commas and "dan" between them
    assert persons("Rapat dihadiri Rusdi Harsono, Yanto Munir dan Sari Dewi.", lex) >= {"Rusdi Harsono", "Yanto Munir"}


def test_the_subject_of_a_speech_verb_after_an_adverb_is_a_person(lex):
    assert persons("Mbekwenya juga mengatakan bahwa pemilu ditunda.", lex) == {"Mbekwenya"}
    assert persons("Halvorsen kemudian menjelaskan bahwa pemilu ditunda.", lex) == {"Halvorsen"}
    assert persons("U.S. Mobiletel juga mengatakan bahwa mereka berencana menguji jaringan baru.", lex) == set()


@pytest.mark.parametrize("sentence", ["Sudah jelas kan?", "Hingga tutup usia, ia tetap mengajar."])
def test_a_word_opening_a_sentence_before_a_quotation_cue_is_nobody(lex, sentence):
    assert persons(sentence, lex) == set()


def test_whatever_follows_a_word_of_calling_is_a_name(lex):
    assert persons("Perempuan yang akrab disapa Menik ini memang berjuang.", lex) == {"Menik"}
    assert persons("Pria yang biasa dipanggil Kirun itu pun meyakini hal tersebut.", lex) == {"Kirun"}


def test_leaving_out_the_attributes_the_model_has_no_weight_for_changes_no_tag(lex):
    sentences = [
        "Menteri Luar Negeri Rosa Tamarind bertemu Presiden Kuba Ramon Verde di Havana , Senin .",
        "Ketua Umum Partai Sejahtera Rakyat Mursalin Hidayat atau Cak Mursal hadir .",
        "Bambang Wiratmoko juga mengatakan bahwa PT Sinar Energi akan membangun pabrik di Kabupaten Sleman .",
    ]
    model = ner._model_attributes("id")
    assert model and "b" in model
    for sentence in sentences:
        words = sentence.split()
        full = ner.features(words, lex)
        kept = ner.features(words, lex, model=model)
        assert all(set(k) == {a for a in f if a in model} for f, k in zip(full, kept, strict=True))
        assert ner.entities(words, lex) == ner.entities(words, lex, ner._tagger("id"))  # full attributes


def test_an_organisation_the_tagger_ran_over_a_verb_is_read_afresh(lex):
    sentence = "Menteri Luar Negeri Sugiono menegaskan Indonesia mendukung penuh kemerdekaan Palestina"
    words = sentence.split(" ")
    found = ner.entities(words, lex)
    assert not any(k != "PER" and "menegaskan" in words[f:la] for f, la, k in found)
    assert (3, 4, "PER") in found  # "Sugiono": the untagged subject of a speech verb


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Anggota Komisi VII DPR Sumarwoto juga menyatakan, negosiasi itu perlu diapresiasi.", "Sumarwoto"),
        (
            "Menteri Koordinator Bidang Hukum dan Pemasyarakatan Yusran Ihza juga menegaskan bahwa remisi diberikan.",
            "Yusran Ihza",
        ),
    ],
)
def test_a_name_the_tagger_ran_into_an_institution_before_a_speech_verb_is_a_person(lex, sentence, person):
    assert persons(sentence, lex) == {person}


def test_a_place_named_after_a_facility_before_a_speech_verb_stays_no_person(lex):
    assert persons("Pihak Bandara Southend mengatakan penerbangan ditunda.", lex) == set()


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Kegiatan itu dilakukan bersama Wapres Sumargono di Istana Negara.", {"Sumargono"}),
        ("Kunjungan itu disambut Perdana Menteri Nuri al-Hakimi pekan lalu.", {"Nuri al-Hakimi"}),
        # the place of the office, then the name set off
        ("Hal itu terjadi, ujar Wali Kota Blatten, Marco Bellweiler, kepada wartawan.", {"Marco Bellweiler"}),
        # a noun of the office's name, not a given name
        ("Ia bertemu Menteri Keadilan pekan lalu.", set()),
    ],
)
def test_a_capitalised_word_no_lexicon_knows_right_after_a_persons_title_is_the_name(lex, sentence, person):
    assert persons(sentence, lex) == person


def test_a_familiar_honorific_before_a_one_word_name_is_part_of_it(lex):
    # idner-news-2k tags such nicknames whole ("Gus ...", "Cak ..."); a longer name leaves the honorific out
    assert persons("Alasannya , kata Gus Dimas di Jakarta , Senin .", lex) == {"Gus Dimas"}
    assert persons("Menurut Bung Harjo , rakyat harus bersatu .", lex) == {"Bung Harjo"}
    assert "Gus" not in " ".join(persons("Ketua umum PBNU Gus Yahya Cholil Hamdani mengatakan itu .", lex))


def test_two_particles_join_a_name_also_after_an_organisation(lex):
    assert persons("Presiden Komisi Eropa Marta von der Linden menyatakan puas .", lex) == {"Marta von der Linden"}


def test_a_particle_joins_a_family_name_the_tagger_left_untyped(lex):
    # the given name typed a person, the particle and the unknown family name after it left out
    assert persons("Asisten pelatih Willem van Molsberg tiba di Jakarta .", lex) == {"Willem van Molsberg"}
    # only after a person's name: a club's name is nobody's
    assert persons("Klub Real de Molsberg menang .", lex) == set()


def test_a_given_name_an_organisation_took_before_particles_is_the_persons(lex, monkeypatch):
    # the tagger ran the given name into the organisation and left the particles and family name untyped
    words = ["dengan", "Presiden", "Komisi", "Eropa", "Marta", "von", "der", "Linden", "di", "Oslo"]
    tagged = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert ("Marta von der Linden", "PER") in got and ("Komisi Eropa", "ORG") in got
    # a one-word organisation keeps its word: "Klub | de Molsberg" is nobody's name
    words = ["dengan", "Klub", "de", "Molsberg", "di", "Oslo"]
    tagged = ["O", "B-ORG", "O", "O", "O", "B-LOC"]
    assert not [k for _, _, k in ner.entities(words, lex) if k == "PER"]


def test_a_given_name_before_a_surname_particle_joins_the_name(lex):
    # "Lula da | Silva": the tagger typed only the family name after the particle
    assert persons("Rodrigo da Fontoura mengkritik kebijakan itu .", lex) == {"Rodrigo da Fontoura"}
    # a city with a particle stays a place in the article: nobody's name
    assert [p.name for p in Document("Warga Rio de Janeiro menolak rencana itu.", lex).people] == []


def test_the_place_after_a_regional_institution_is_no_persons_name(lex):
    # "Kejari | Tanjung Karang" opening a sentence: the tagger's person is the place the prosecutors serve
    doc = Document("Kejari Tanjung Karang menuntut Rina Kartika atas dugaan penipuan.", lex)
    assert [p.name for p in doc.people] == ["Rina Kartika"]
    assert any(doc.body[m.start : m.end] == "Kejari Tanjung Karang" and m.type == "organization" for m in doc.mentions)


def test_a_rank_inside_the_taggers_person_after_a_regional_institution_opens_the_name(lex, monkeypatch):
    # the tagger ran the place and the officer together ("Polda | Sinar Laut Kompol Wiratmoko"): the
    # place goes to the institution, the rank opens the officer's name
    words = ["Kasubdit", "Polda", "Sinar", "Laut", "Kompol", "Wiratmoko", "mengatakan", "hal", "itu", "."]
    tagged = ["O", "B-ORG", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert ("Polda Sinar Laut", "ORG") in got and ("Wiratmoko", "PER") in got


def test_a_name_after_an_institutions_acronym_and_an_office_before_any_active_verb(lex):
    # "Kepala BNPB | Wiratmoko meninjau ...": the office before the acronym is the person's, whatever he does
    doc = Document("Kepala BNPB Wiratmoko meninjau lokasi banjir di Bekasi.", lex)
    assert [p.name for p in doc.people] == ["Wiratmoko"]


def test_a_name_after_a_title_and_its_portfolio(lex):
    # "Menteri | Pemuda dan Olahraga | X": the portfolio's words are the office's, the name follows
    body = 'Menteri Pemuda dan Olahraga Rendra Wiratama hadir di stadion.\n\n"Kami siap," kata Menpora.'
    assert [st.speaker.name for st in extract_statements(body, lex)] == ["Rendra Wiratama"]
    # one capitalised word after a department's name is the department's own
    dept = '"Risikonya dua kali lipat," ungkap Rendra Wiratama, Ketua Departemen Neurologi di universitas itu.'
    assert [st.speaker.name for st in extract_statements(dept, lex)] == ["Rendra Wiratama"]


def test_a_given_name_that_is_also_an_office_word_opens_the_name(lex):
    # "Agung" is a word of offices ("Jaksa Agung") and a given name: first in a name, it stays
    assert "Agung Wibisono" in persons("Ketua DPP partai itu , Agung Wibisono mengungkapkan ada rencana .", lex)



def test_a_given_name_that_ends_a_title_before_it_is_the_titles(lex, monkeypatch):
    # the tagger ran "Agung" of "Jaksa Agung" into the name: the title keeps it
    words = ["Jaksa", "Agung", "Budi", "Santoso", "mengatakan", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "B-PER", "I-PER", "I-PER", "O", "O"])
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Budi Santoso"]


def test_an_organisations_name_opening_the_taggers_person_is_the_roles(lex, monkeypatch):
    # "Ketua Umum | Hanura Wirasena": the tagger ran the party's name into the person's
    words = ["Ketua", "Umum", "Hanura", "Wirasena", "mengaku", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "O", "B-PER", "I-PER", "O", "O"])
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Wirasena"]


def test_a_state_or_an_organisation_the_lexicon_knows_is_no_persons_name(lex, monkeypatch):
    # the tagger's persons: a state alone, and the second half of a party's name
    words = ["Pemerintah", "Sierra", "Leone", "dan", "PDI", "Perjuangan", "menolak", "."]
    tagged = ["O", "B-PER", "I-PER", "O", "B-ORG", "B-PER", "O", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert ("Sierra Leone", "LOC") in got and ("PDI Perjuangan", "ORG") in got
    assert not any(kind == "PER" for _, kind in got)


def test_a_number_never_ends_a_persons_name(lex, monkeypatch):
    words = ["pasangan", "Rudi", "Laksana", "28,85", "persen", "suara", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"])
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Rudi Laksana"]


def test_a_full_name_closing_an_office_and_its_institution_whatever_follows(lex, monkeypatch):
    # "Kepala | Dinas Pertanian dan Peternakan Rina Kartika pun ...": the tagger's organisation ran on
    # into the name; after an office, a full name no lexicon knows is the officer's, with no verb after it
    words = ["Kepala", "Dinas", "Pertanian", "dan", "Peternakan", "Rina", "Kartika", "pun", "hadir", "."]
    tagged = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Rina Kartika"]


def test_ahad_is_a_day(lex, monkeypatch):
    # "Ahad", Sunday as some outlets write it, is a day like "Minggu", nobody's name
    words = ["katanya", ",", "Ahad", "(4/3)", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "O", "B-PER", "O", "O"])
    assert [kind for _, _, kind in ner.entities(words, lex)] == []


def test_one_name_after_an_office_and_an_acronym_before_where_it_was_said(lex, monkeypatch):
    # "ujar Ketua | MK Wiratmoko saat membacakan ...": the tagger's organisation ran on into the name
    words = ["ujar", "Ketua", "MK", "Wiratmoko", "saat", "membacakan", "putusan", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"])
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Wiratmoko"]
    # an office's place set off by a comma is no name ("Kepala BBPOM Sinar, Rina ...")
    words = ["Kepala", "BBPOM", "Sinar", ",", "Rina", "Kartika", "."]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"])
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == ["Rina Kartika"]


def test_a_name_after_a_title_and_a_numbered_school(lex):
    # "Kepala | SMA Negeri 1 Sleman | X Y": the school's acronym, its number and its regency are the office's
    body = "Kepala SMA Negeri 1 Sleman Rendra Wiratama hadir dalam rapat."
    assert [p.name for p in Document(body, lex).people] == ["Rendra Wiratama"]


@pytest.mark.parametrize(
    ("sentence", "tagged", "name"),
    [
        # a monarch's title after another title, before a name: a given name ("Ratu Atut", "Sultan Bachtiar")
        ("Sekretaris Jenderal Ratu Wulan Pertiwi mengatakan hal itu .", "Wulan Pertiwi", "Ratu Wulan Pertiwi"),
        ("Ketua DPD RI Sultan Bahtiar Nasution mengatakan hal itu .", "Bahtiar Nasution", "Sultan Bahtiar Nasution"),
        # a king's regnal number keeps the title a title; a prince's title after a post stays one
        ("Gubernur DIY Sultan Hamengkubuwono X mengatakan hal itu .", "Hamengkubuwono X", "Hamengkubuwono X"),
        ("Menteri Pertahanan Pangeran Faisal Rahman mengatakan hal itu .", "Faisal Rahman", "Faisal Rahman"),
        ("Menteri Keuangan Sri Wulandari Pertiwi mengatakan hal itu .", "Wulandari Pertiwi", "Sri Wulandari Pertiwi"),
        # a prayer leader's title after a portfolio with its "dan" (KBBI "imam"): a given name too
        ("Menteri Pemuda dan Olahraga Imam Wicaksono mengatakan hal itu .", "Wicaksono", "Imam Wicaksono"),
        # but "dan" between two people is no portfolio's: the queen's title stays a title
        ("Raja Edmund III dan Ratu Matilda mengatakan hal itu .", "Matilda", "Matilda"),
    ],
)
def test_a_given_name_spelled_like_a_monarchs_title_after_a_title(lex, monkeypatch, sentence, tagged, name):
    words = sentence.split()
    start = words.index(tagged.split()[0])
    tags = ["O"] * len(words)
    tags[start : start + len(tagged.split())] = ["B-PER"] + ["I-PER"] * (len(tagged.split()) - 1)
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tags))
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == [name]


def test_a_given_name_the_taggers_organisation_ran_into_opens_the_person(lex, monkeypatch):
    words = ["Presiden", "PKS", "Al", "Farid", "Wijaya", "mengatakan", "hal", "itu", "."]
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tags))
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert got == {("PKS", "ORG"), ("Al Farid Wijaya", "PER")}
    # an organisation's own last word stays its ("Komisi III | Budi")
    words = ["Ketua", "Komisi", "III", "Budi", "Wijaya", "mengatakan", "hal", "itu", "."]
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert ("Komisi III", "ORG") in got and ("Budi Wijaya", "PER") in got


@pytest.mark.parametrize(("tagged", "name"), [(4, "Wulan Sari"), (3, "Wulan Sari")])
def test_capitals_before_a_degree_are_a_degree_too(lex, monkeypatch, tagged, name):
    # "Juliana Anggono ST MSc": the bachelor's degree without its dots before the master's, in the tagger's
    # span or with the master's after it
    words = ["Profesor", "Wulan", "Sari", "ST", "MSc", "mengatakan", "hal", "itu", "."]
    tags = ["O", "B-PER"] + ["I-PER"] * (tagged - 1) + ["O"] * (len(words) - 1 - tagged)
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tags))
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == [name]


@pytest.mark.parametrize(
    ("sentence", "tags", "name"),
    [
        # a name opener the tagger left untagged between an organisation and the person
        (
            "Kepala Dinas Sinar Agung Wirawan Paewai mengatakan hal itu .",
            "O B-ORG I-ORG O B-PER I-PER",
            "Agung Wirawan Paewai",
        ),
        # a relation in lower case is no given name ("kata anak | Budi Santoso")
        ("kata anak Budi Santoso kepada wartawan .", "O O B-PER I-PER", "Budi Santoso"),
    ],
)
def test_a_name_opener_left_out_before_the_taggers_person(lex, monkeypatch, sentence, tags, name):
    words = sentence.split()
    tagged = tags.split() + ["O"] * (len(words) - len(tags.split()))
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    assert [" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"] == [name]


def test_a_balinese_caste_name_the_tagger_typed_an_organisation_is_a_person(lex, monkeypatch):
    words = ["Jaksa", ",", "Anak", "Agung", "Raka", "Putra", "Sudarsana", "mengatakan"]
    tagged = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    assert ner.entities(words, lex) == [(2, 7, "PER")]
    # an office's word after the two openers: an organisation named after someone, left as tagged
    words = ["di", "Anak", "Agung", "Sudarsana", "Kejaksaan", "itu"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert ner.entities(words, lex) == [(1, 5, "ORG")]


def _untagged_persons(text, lex, monkeypatch, common=frozenset()):
    """The persons the rules after the tagger find in one sentence the tagger left wholly untyped."""
    words = [t.text for t in ner.tokenize(text)]
    monkeypatch.setattr(ner, "tag", lambda words, *args, **kwargs: ["O"] * len(words))
    return {" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex, common=common) if kind == "PER"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Rusdiyanto membuka pameran lukisan di Bogor.", "Rusdiyanto"),  # an active verb
        ("Marpaung juga yakin timnya akan menang.", "Marpaung"),  # an adverb, then a belief
        ("Tambunan, mantan pelatih tim itu, hadir di sana.", "Tambunan"),  # an apposition describing a person
        ("Wiradinata yang juga ketua panitia hadir pagi itu.", "Wiradinata"),  # a relative clause
        ("Sarinah dan Kurniadi duduk di barisan depan.", "Sarinah"),  # another name after "dan"
        ('"Rusdiyanto membuka pameran itu."', "Rusdiyanto"),  # after an opening quotation mark
        ("Ketika Rusdiyanto membuka pameran itu, hujan turun.", "Rusdiyanto"),  # a fronted clause's subject
    ],
)
def test_a_sentences_first_word_no_lexicon_knows_before_a_persons_predicate_is_a_name(
    lex, monkeypatch, sentence, person
):
    assert person in _untagged_persons(sentence, lex, monkeypatch)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wawancara menggunakan metode telepon.",  # a word the language writes in lower case
        "Animator dan sutradara itu datang.",  # "dan" before a common noun: no second name
        "Kolintang-kolintang yang baru itu dimainkan.",  # a plural written by doubling
        "Tarvex, kata dia, terlalu mahal.",  # a comma before a cue: no apposition describing a person
        "Penyelenggaraan berjalan lancar.",  # an abstract noun's shape
    ],
)
def test_a_sentences_first_word_that_is_no_persons_subject_stays_untyped(lex, monkeypatch, sentence):
    assert _untagged_persons(sentence, lex, monkeypatch) == set()


def test_a_first_word_the_article_writes_in_lower_case_is_no_name(lex, monkeypatch):
    assert _untagged_persons("Sorbak menutupi kota itu.", lex, monkeypatch) == {"Sorbak"}
    assert _untagged_persons("Sorbak menutupi kota itu.", lex, monkeypatch, common={"sorbak"}) == set()


def test_a_name_after_a_persons_name_and_dan_is_the_next_person_of_the_list(lex, monkeypatch):
    words = ["Rapat", "dihadiri", "Rusdi", "Harsono", ",", "dan", "Wiradinata", "."]
    tagged = ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O"]
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    assert {" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"} == {
        "Rusdi Harsono", "Wiradinata"
    }  # fmt: skip
    # two fields of a specialty joined by "dan" are nobody, though the tagger ran the title into the first
    words = ["jelas", "Dokter", "Spesialis", "Kulit", "dan", "Kelamin", "di", "Solo", "."]
    tagged = ["O", "O", "B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"]
    assert not [k for _, _, k in ner.entities(words, lex) if k == "PER"]


@pytest.mark.parametrize(
    ("words", "tagged", "persons"),
    [
        # an initial without its full stop next to a person the tagger found joins the name
        (["kata", "Rina", "D", "Parker", "dari", "Jakarta"], ["O", "B-PER", "O", "O", "O", "B-LOC"], {"Rina D Parker"}),
        (["Menteri", "Budi", "H", "Santoso", "hadir"], ["O", "O", "O", "B-PER", "O"], {"Budi H Santoso"}),
        (["Ponsel", "Galaxy", "Z", "Flip", "dirilis"], ["O"] * 5, set()),  # no person beside: a product's letter
        # another name after "alias"
        (["Rudi", "Hartawan", "alias", "Ucok", "kabur"], ["B-PER", "I-PER", "O", "O", "O"], {"Rudi Hartawan", "Ucok"}),
    ],
)
def test_bare_initials_and_names_after_alias(lex, monkeypatch, words, tagged, persons):
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    assert {" ".join(words[a:b]) for a, b, kind in ner.entities(words, lex) if kind == "PER"} == persons


def test_a_name_the_tagger_left_untyped_after_a_professions_title(lex, monkeypatch):
    # as after an office: "Pengamat | Rosalinda Wirawan" (a profession), not after a group's title ("warga X")
    assert _untagged_persons("Hal itu dinilai Pengamat Rosalinda Wirawan pekan lalu.", lex, monkeypatch) == {
        "Rosalinda Wirawan"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("words", "tagged"),
    [
        # the tagger ran the regional board's name into its officer's ...
        (["kata", "Ketua", "Partai", "Sejahtera", "Jabar", "Ade", "Rahman", "Surya", "di", "Bogor"],
         ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]),
        # ... or only the officer's first word, finding the rest as a person
        (["kata", "Ketua", "Partai", "Sejahtera", "Jabar", "Ade", "Rahman", "Surya", "di", "Bogor"],
         ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O", "B-LOC"]),
    ],
)  # fmt: skip
def test_a_name_after_the_region_closing_an_organisations_name_is_its_officers(lex, monkeypatch, words, tagged):
    monkeypatch.setattr(ner, "tag", lambda *args, **kwargs: list(tagged))
    got = {(" ".join(words[a:b]), kind) for a, b, kind in ner.entities(words, lex)}
    assert ("Ade Rahman Surya", "PER") in got and ("Partai Sejahtera Jabar", "ORG") in got


def test_initials_opening_a_name_join_it(lex):
    assert persons("Pengerukan dilakukan pekan depan, kata R. Wiratmaja kepada wartawan.", lex) == {"R. Wiratmaja"}
    assert "M. Dirgantoro Sasmita" in persons("Kapolda Jenderal Polisi M. Dirgantoro Sasmita mengatakan hal itu.", lex)
    assert "R. Wiratmaja" in persons("Camat Lembah Hijau, R. Wiratmaja menyebut jalan itu rusak.", lex)
    # a person's initial closing a sentence the splitter did not break: the next sentence is no name
    text = "Pelaku mengancam akan menyebarkan foto T. Agar tidak dilaporkan, ia meminta uang."
    assert not any("Agar" in p for p in persons(text, lex))


def test_a_bare_initial_between_two_unknown_words_opening_a_sentence_joins_them(lex):
    text = "Alfred E Kellermann, Visiting Professor pada Asser Institute, memuji acara itu."
    assert "Alfred E Kellermann" in persons(text, lex)
    assert "Visiting Professor" not in persons(text, lex)
    # a letter after a word a lexicon knows is no initial ("Grup E | Piala Asia")
    assert not any("Grup" in p for p in persons("Grup E Piala Asia, kata panitia, diundi pekan depan.", lex))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Kami siap bekerja sama," kata Agung, Senin.', {"Agung"}),
        ('"Kami siap bekerja sama," ujar Agung.', {"Agung"}),
        # a title alone after the cue is no name, nor a given name the next word continues
        ('"Kami siap bekerja sama," kata Presiden, Senin.', set()),
        ('"Kami siap bekerja sama," kata Jaksa Agung di Jakarta.', set()),
    ],
)
def test_a_given_name_spelled_like_an_office_word_alone_after_a_cue_is_a_name(lex, text, expected):
    assert persons(text, lex) == expected


def test_the_speaker_a_cue_names_by_such_a_given_name_is_a_person(lex):
    body = '"Kami siap bekerja sama," kata Agung, Senin.'
    assert [(s.speaker.name, s.speaker.type) for s in extract_statements(body, lex)] == [("Agung", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Wirosemito belum bisa menjelaskan alasan pengunduran dirinya .",
        "Wirosemito tidak dapat menghadiri rapat itu .",
        "Wirosemito harus membayar denda itu .",
        "Sukmawati perlu menjelaskan hal itu .",
    ],
)
def test_a_sentences_unknown_first_word_before_a_negation_or_an_ability_and_a_verb_is_a_name(lex, text):
    assert persons(text, lex) == {text.split()[0]}


def test_a_common_word_opening_a_sentence_before_a_negation_and_a_verb_is_no_name(lex):
    assert persons("Penyelidikan tidak dapat menghadirkan saksi itu .", lex) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staf Khusus Menteri bidang Hubungan Luar Negeri Andreas Wiratama , siang ini .", "Andreas Wiratama"),
        ("kata Staf Khusus Menteri bidang Hubungan Luar Negeri Andreas Wiratama di Jakarta .", "Andreas Wiratama"),
    ],
)
def test_a_full_name_an_organisation_ran_into_before_where_or_when_it_was_said_is_a_person(lex, text, name):
    assert name in persons(text, lex)


def test_the_rest_of_a_bodys_name_after_a_state_stays_the_bodys(lex):
    assert persons("Laporan itu disusun oleh lembaga Indonesia Corruption Watch .", lex) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kata Menteri Sosial Hamid Saleh Al Katiri di Jakarta , Jumat .", "Hamid Saleh Al Katiri"),
        ("kata Perdana Menteri Yusuf al-Haddad kepada wartawan .", "Yusuf al-Haddad"),
    ],
)
def test_a_name_after_a_title_counts_three_words_without_its_particles(lex, text, name):
    # the rule on its own (as if the tagger had typed nothing): particles do not use up the name's three words
    words = [t.text for t in ner.tokenize(text)]
    tags = ["O"] * len(words)
    ner._after_title(words, tags, lex, [w.lower() for w in words])
    assert [" ".join(words[a:b]) for a, b, _ in ner.spans(tags)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kata Kepala Biro Kementerian Koperasi dan UKM Rahmadi Situmeang di Jakarta , Jumat .", "Rahmadi Situmeang"),
        ("kata Direktur Keuangan Medika , D Hasudungan Siregar di Jakarta , Jumat .", "D Hasudungan Siregar"),
    ],
)
def test_an_officers_name_untyped_after_the_organisation_before_where_it_was_said_is_a_person(lex, text, name):
    # the rule on its own, after the tagger's organisation
    words = [t.text for t in ner.tokenize(text)]
    org = words.index("Kementerian") if "Kementerian" in words else words.index("Direktur")
    end = words.index("UKM") + 1 if "UKM" in words else words.index("Medika") + 1
    tags = ["O"] * len(words)
    tags[org:end] = ["B-ORG"] + ["I-ORG"] * (end - org - 1)
    ner._name_after_organisation(words, tags, lex, [w.lower() for w in words])
    assert [" ".join(words[a:b]) for a, b, k in ner.spans(tags) if k == "PER"] == [name]


def test_a_word_the_language_writes_in_lower_case_after_an_organisation_is_no_name(lex):
    words = [t.text for t in ner.tokenize("dana dari Bank Mandiri Kantor Cabang di Jakarta .")]
    tags = ["O"] * len(words)
    tags[2:4] = ["B-ORG", "I-ORG"]
    ner._name_after_organisation(words, tags, lex, [w.lower() for w in words])
    assert [k for _, _, k in ner.spans(tags)] == ["ORG"]


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["Kedatangan", "Wirosemito"], ["Wirosemito"]),  # a noun of an act opening the span
        (["Pembangunan", "Infrastruktur", "Wirosemito"], ["Infrastruktur", "Wirosemito"]),
        (["Dimitri", "Payetto"], ["Dimitri", "Payetto"]),  # a given name shaped like a passive verb stays
        (["Kevin", "Prasetyo"], ["Kevin", "Prasetyo"]),
    ],
)
def test_clean_span_drops_a_noun_of_an_act_opening_a_person_name(lex, words, kept):
    first, last = ner.clean_span(words, 0, len(words), "PER", lex)
    assert words[first:last] == kept


@pytest.mark.parametrize(
    ("words", "tags", "name"),
    [
        (["Bali", "I", "Made", "Sudarsana", "saat"], ["B-LOC", "O", "B-PER", "I-PER", "O"], "I Made Sudarsana"),
        (["kata", "Ni", "Luh", "Sukerti", "."], ["O", "O", "B-PER", "I-PER", "O"], "Ni Luh Sukerti"),
        # not before a given name that opens no Balinese name
        (["kata", "I", "Budi", "Sukerti", "."], ["O", "O", "B-PER", "I-PER", "O"], "Budi Sukerti"),
    ],
)
def test_i_or_ni_before_a_balinese_given_name_opens_the_name(lex, words, tags, name):
    tags = list(tags)
    ner._balinese_opener(words, tags, lex)
    assert [" ".join(words[a:b]) for a, b, k in ner.spans(tags) if k == "PER"] == [name]
