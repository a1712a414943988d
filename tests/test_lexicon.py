import pytest

from tasks.extract import lang
from tasks.extract.lang import LexiconError, parse_tsv
from tasks.extract.vocab import name_suffix


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


def test_a_short_title_stands_for_a_full_title(lex):
    assert lex.short_titles["menag"] == "menteri agama"
    with pytest.raises(LexiconError, match="stands_for"):
        parse_tsv("title\tkind\tstands_for\nMenag\toffice\tMenteri\n", "titles.tsv", "x/titles.tsv")
    # a title of several words may name a one-word post ("Kepala Negara": the president)
    assert lex.short_titles["kepala negara"] == "presiden"
    rows = parse_tsv("title\tkind\tstands_for\nKepala Negara\toffice\tPresiden\n", "titles.tsv", "x/titles.tsv")
    assert rows[0]["stands_for"] == "Presiden"


def test_a_post_the_home_state_has_not_must_be_a_title_and_gives_no_home_code(lex, monkeypatch):
    from tasks.extract.vocab import state_code

    assert {"perdana menteri", "pm"} <= lex.foreign_posts
    # with no state named, a prime minister is nobody's official: neither "Perdana Menteri" nor its "Menteri"
    assert state_code("Perdana Menteri", lex, officials=True) is None
    assert state_code("PM", lex, officials=True) is None
    assert state_code("Menteri", lex, officials=True) == "IDN"
    assert state_code("Ratu", lex, officials=True) is None  # a queen is some other state's, never the home state's
    with pytest.raises(LexiconError, match="foreign_post 'Raja Diraja' is no title"):
        _load_with_row(monkeypatch, "home.tsv", {"key": "foreign_post", "value": "Raja Diraja"})


def test_a_public_post_joined_to_a_job_outside_the_state_is_a_companys(lex):
    from tasks.extract.vocab import state_code

    assert state_code("Presiden dan Chief Executive Officer PT Lumeral", lex, officials=True) is None
    assert state_code("Presiden dan CEO Lumeral Group", lex, officials=True) is None
    # two public posts joined: the state's still
    assert state_code("Menteri dan Presiden", lex, officials=True) == "IDN"
    assert state_code("Presiden", lex, officials=True) == "IDN"


def _load_with_row(monkeypatch, file, row):
    """Load the Indonesian resources afresh with one more row in ``file``."""
    real = lang._rows

    def with_row(language, name):
        rows = real(language, name)
        return [*rows, row] if name == file else rows

    monkeypatch.setattr(lang, "_rows", with_row)
    return lang.load.__wrapped__("id")


def test_a_post_abroad_serves_the_state_its_place_lies_in(lex):
    from tasks.extract.vocab import role_actor, state_code

    assert state_code("Gubernur California", lex) == "USA"
    assert state_code("Wali Kota Osaka", lex) == "JPN"  # a regional post's city
    assert state_code("Jaksa Agung Oregon", lex) == "USA"  # a region after any office
    assert role_actor("Gubernur Texas", lex).code == "USA"
    assert state_code("Gubernur Jawa Barat", lex) == "IDN"  # a home region
    assert state_code("Kapten Selangor FA", lex) != "MYS"  # a rank: a team's captain
    assert state_code("Presiden Barcelona", lex) != "ESP"  # a city after an office that is no regional post


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"place": "Atlantis", "kind": "region", "code": "ATL"}, "no state of actors.tsv"),
        ({"place": "Beijing", "kind": "city", "code": "CHN"}, "an alias in actors.tsv"),
    ],
)
def test_a_place_abroad_needs_a_known_state_and_is_no_states_alias(monkeypatch, extra, message):
    with pytest.raises(LexiconError, match=message):
        _load_with_row(monkeypatch, "places.tsv", extra)


def test_a_title_heading_any_body_serves_the_state_only_with_its_institution_named(lex, monkeypatch):
    from tasks.extract.vocab import state_code

    assert state_code("Ketua Umum AGTI", lex) is None  # an association's chair
    assert state_code("Sekjen APJII", lex) is None
    assert state_code("Ketua DPR", lex) == "IDN"  # the state's institution
    assert state_code("Ketua", lex) == "IDN"  # no body named: an official in a story about the home state
    assert state_code("Kepala BBPOM Bandarlampung", lex) == "IDN"  # "Kepala" heads the state's offices
    # a state's name opening an association's English name is the association's
    assert state_code("Ketua Indonesia Police Watch (IPW)", lex) is None
    assert state_code("Direktur Eksekutif Indonesia Mining Association", lex) is None
    assert state_code("Juru Bicara China National Space Administration", lex) == "CHN"  # a state agency's
    assert state_code("Presiden Indonesia", lex) == "IDN"
    with pytest.raises(LexiconError, match="any_body 'Pemimpin Besar Umum' is no title"):
        _load_with_row(monkeypatch, "home.tsv", {"key": "any_body", "value": "Pemimpin Besar Umum"})


def test_international_organisations_carry_their_codes_and_yield_to_a_longer_state(lex):
    from tasks.extract.vocab import actors_in

    def found(body):
        return [(a.code, body[s:e]) for a, s, e in actors_in(body, 0, len(body), lex)]

    assert found("Indonesia dan Organisasi Perburuhan Internasional (ILO) sepakat.") == [
        ("IDN", "Indonesia"), ("ILO", "Organisasi Perburuhan Internasional"), ("ILO", "ILO")
    ]  # fmt: skip
    assert found("Liga Arab mengecam serangan itu.") == [("LAS", "Liga Arab")]
    # "Liga Arab Saudi" is Saudi Arabia's football league: neither the Arab League nor the state
    assert found("Ronaldo bermain di Liga Arab Saudi musim ini.") == []


def test_actors_written_as_one_word_with_hyphens_are_each_an_actor(lex):
    from tasks.extract.vocab import actors_in

    def found(body):
        return [(a.code, body[s:e]) for a, s, e in actors_in(body, 0, len(body), lex)]

    assert found("Perang Chile-Peru usai.") == [("CHL", "Chile"), ("PER", "Peru")]
    assert found("Perundingan AS--China berlanjut.") == [("USA", "AS"), ("CHN", "China")]
    # an actor's own name with a hyphen, a part that is no actor's, a lower-case part: no pair
    assert found("Timor-Leste bergabung.") == [("TLS", "Timor-Leste")]
    assert found("Ia berdoa di Masjid Al-Aqsa.") == []
    assert found("Kebijakan Chile-sentris itu.") == []


def test_an_armed_group_is_an_actor_without_a_code(lex):
    from tasks.extract.lang import CODE_RE

    assert lex.actor("Houthi").code is None and lex.actor("Houthi").type == "organization"
    for actor in lex.actors.values():  # codes only for states and international organisations (CONTRACT.md)
        assert (actor.code is None and actor.type == "organization") or CODE_RE.match(actor.code)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Direktur Utama BSN Rendra LP Simanjuntak", "Rendra LP Simanjuntak"),  # initials before the last word
        ("Ketua Umum Barisan JP Willem Ansanay", "Willem Ansanay"),  # an acronym closing a body's name
        ("Komandan Batalyon Kodap III Nduga", "Nduga"),  # a number, not initials
    ],
)
def test_initials_before_a_names_last_word_are_the_names(lex, phrase, name):
    words = phrase.split()
    assert " ".join(words[name_suffix(words, lex) :]) == name


def test_a_language_named_after_a_state_is_not_that_state(lex):
    from tasks.extract.vocab import actor_in, state_code

    assert state_code("Kepala Redaksi Bahasa Jepang Radio Nusantara", lex) != "JPN"
    assert actor_in("guru bahasa Inggris", lex) is None
    assert actor_in("Duta Besar Jepang untuk Indonesia", lex).code == "JPN"


def test_a_title_written_with_its_full_stop_inside_a_role_is_read_as_written(lex):
    from tasks.extract.vocab import state_code

    # "Ir." is a title only with its full stop: the role's words are looked up as written (a KeyError once)
    assert state_code("Pelatih klub Ir. H.", lex, officials=True) is None
    assert state_code("Ir. Kolonel", lex, officials=True) == "IDN"  # a rank after the honorific still counts


def test_the_home_states_own_short_titles_name_its_posts_even_in_a_story_abroad(lex):
    from tasks.extract.vocab import state_code

    assert state_code("Menteri Ketenagakerjaan (Menaker)", lex, officials=False) == "IDN"
    assert state_code("Kapolri Jenderal", lex, officials=False) == "IDN"
    # short titles also written for other states' posts stay unplaced abroad; a state named wins
    assert state_code("Menlu", lex, officials=False) is None
    assert state_code("Menlu Rusia", lex, officials=False) == "RUS"
    # the home cabinet's portfolio short names likewise (home.tsv ``portfolio``)
    assert state_code("Menteri ESDM", lex, officials=False) == "IDN"
    assert state_code("Menteri Energi", lex, officials=False) is None
    # posts only the home cabinet has by that name (home.tsv ``institution``); a state named wins
    assert state_code("Menteri Agama", lex, officials=False) == "IDN"
    assert state_code("Wakil Kepala Badan Penyelenggara (BP) Haji", lex, officials=False) == "IDN"
    assert state_code("Menteri Agama Malaysia", lex, officials=False) == "MYS"
    assert state_code("Menteri Koordinator Bidang Pangan", lex, officials=False) == "IDN"


def test_the_home_states_directorates_and_agencies_by_short_name_carry_its_code(lex):
    from tasks.extract.vocab import state_code

    # a directorate general's head, and agencies written only by their acronym (home.tsv ``institution``)
    assert state_code("Direktur Penindakan Direktorat Jenderal Imigrasi", lex, officials=False) == "IDN"
    assert state_code("Kepala Subdit Humas Ditjen Perhubungan", lex, officials=False) == "IDN"
    assert state_code("DJP", lex) == "IDN"
    assert state_code("LPS", lex) == "IDN"
    # a state named wins; a body the lexicons do not know stays unplaced
    assert state_code("Direktorat Jenderal Perdagangan Malaysia", lex, officials=False) == "MYS"
    assert state_code("Direktur Penindakan Yayasan Pelita", lex, officials=False) is None


def test_regencies_across_the_archipelago_stand_between_a_regional_title_and_a_name(lex):
    from tasks.extract.document import Document

    for region in ("Samosir", "Deliserdang", "Yahukimo", "Mukomuko", "Pohuwato", "Kulonprogo"):
        body = f"Bupati {region} Rudi Sitanggang meresmikan pasar itu pada Senin."
        doc = Document(body, lex)
        assert [(p.name, p.role) for p in doc.people] == [("Rudi Sitanggang", f"Bupati {region}")], region
        assert doc.code_of("Rudi Sitanggang") == "IDN"
    # a word left out as a given name too stays a name's first word
    doc = Document("Pelatih Lingga Ramadhan meninjau latihan.", lex)
    assert "Lingga Ramadhan" in [p.name for p in doc.people]


def test_states_are_known_by_their_indonesian_spellings_too(lex):
    spelled = [("Belarusia", "BLR"), ("Kazakstan", "KAZ"), ("Srilanka", "LKA"), ("Etiopia", "ETH"), ("Cile", "CHL")]
    for alias, code in spelled:
        assert lex.actor(alias).code == code


def test_a_regional_post_held_abroad_is_not_the_home_states(lex):
    from tasks.extract.vocab import state_code

    # words no home region is written with place the post abroad, in any story
    assert state_code("Gubernur Negara Bagian Oregon", lex) is None
    assert state_code("Wakil Gubernur Bank of Scotland", lex) is None
    # in a story about other states, a head of region's place the region lexicons do not know is abroad
    assert state_code("Wali Kota Grindelwald", lex, officials=False) is None
    # a home region, its short name, or a home institution keeps the home state, in any story
    assert state_code("Wali Kota Semarang", lex, officials=False) == "IDN"
    assert state_code("Wakil Bupati Kotim", lex, officials=False) == "IDN"
    assert state_code("Gubernur BI", lex, officials=False) == "IDN"
    # below the heads of regions, places are too many to list: a sub-district head stays the home state's
    assert state_code("Camat Sukamakmur", lex, officials=False) == "IDN"
    # in a story about the home state, an unknown place is one of its own
    assert state_code("Wali Kota Grindelwald", lex) == "IDN"


def test_the_common_words_are_lower_case_words_and_may_be_left_out(lex, monkeypatch):
    assert {"wawancara", "menggunakan"} <= lex.common_words and "rusdiyanto" not in lex.common_words
    rows = parse_tsv("word\nkapal\nanak-anak\n", "common_words.tsv", "x/common_words.tsv")
    assert [r["word"] for r in rows] == ["kapal", "anak-anak"]
    for bad in ("Kapal", "kapal laut", "x"):
        with pytest.raises(LexiconError, match="not a lower-case word"):
            parse_tsv(f"word\n{bad}\n", "common_words.tsv", "x/common_words.tsv")
    # a language without the file loads with no common words (it is optional, unlike cues.tsv)
    real = lang._rows
    monkeypatch.setattr(lang, "_rows", lambda lg, name: [] if name == "common_words.tsv" else real(lg, name))
    assert lang.load.__wrapped__("id").common_words == frozenset()


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # a state's name closing a firm's or a club's name: the firm's officers serve no state
        ("Direktur Pemasaran Tarvex Indonesia", None),
        ("Vice President Kolibra Indonesia", None),
        ("Pelatih Persitara Jakarta", None),
        # but after a title, an office, a common word or an acronym, the state's name is the state's
        ("Duta Besar Korea Selatan", "KOR"),
        ("Komandan Garda Revolusi Iran", "IRN"),
        ("Kepala Bidang PPKB Malaysia", "MYS"),
        ("Kasat Reskrim Polres Metro Jakarta Barat", "IDN"),  # a home institution's place
    ],
)
def test_a_states_name_closing_a_brand_in_a_role_names_no_state(lex, role, code):
    from tasks.extract.vocab import role_actor

    actor = role_actor(role, lex)
    assert (actor.code if actor else None) == code


def test_a_firm_named_with_its_legal_form_and_an_acting_officer_serve_no_state(lex):
    from tasks.extract.vocab import role_actor, state_code

    assert role_actor("Direktur Utama PT Jaminan Sejahtera Indonesia", lex) is None  # a firm's legal form
    assert state_code("Direktur Utama PT Jaminan Sejahtera Indonesia", lex) is None
    # an acting post is the post after its mark: a firm's acting chief serves no state, an acting governor does
    assert state_code("Plt Direktur Utama Tarvex", lex) is None
    assert state_code("Pj Gubernur Banten", lex) == "IDN"
    assert state_code("Plt", lex) == "IDN"  # (the mark alone is still an office)


def test_the_shipped_common_words_are_what_their_script_builds(shared):
    # common_words.tsv is data built by bench/common_words.py from idner-news-2k and the corpus, never edited
    # by hand: a rebuild gives the same file
    import importlib.util
    import sys
    from pathlib import Path

    if not (shared / "ner" / "idner-news-2k" / "train.txt").is_file():
        pytest.skip("idner-news-2k is not in the shared folder")
    bench = Path(__file__).resolve().parent.parent / "bench"
    sys.path.insert(0, str(bench))
    try:
        spec = importlib.util.spec_from_file_location("common_words", bench / "common_words.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert module.OUT.read_text("utf-8") == module.render(module.build())
    finally:
        sys.path.remove(str(bench))


def test_an_ngos_local_branch_is_the_ngo(lex):
    from tasks.extract.vocab import state_code

    assert state_code("Direktur Eksekutif Amnesty Internasional Indonesia", lex) == "AI"


def test_only_a_passive_cue_has_an_authority_as_its_doer(lex):
    assert {"ditangkap", "ditetapkan sebagai tersangka"} <= lex.authority_cues
    assert "dibekuk" not in lex.authority_cues  # sports copy: a team beaten
    header = "cue\tpolarity\ttarget\trequires\tdoer\n"
    with pytest.raises(LexiconError, match="doer"):
        parse_tsv(header + "menangkap\toppose\tobject\t\tauthority\n", "stance_cues.tsv", "x/stance_cues.tsv")
    with pytest.raises(LexiconError, match="doer"):
        parse_tsv(header + "ditangkap\toppose\tpassive\t\tpolice\n", "stance_cues.tsv", "x/stance_cues.tsv")


def test_a_reporting_verb_is_an_act_only_through_its_stance_cue_s_required_words(lex, monkeypatch):
    assert "ke polda" in lex.act_verbs["melaporkan"]
    assert "mengatakan" not in lex.act_verbs
    with pytest.raises(LexiconError, match="only act is 'stance'"):
        _load_with_row(monkeypatch, "cues.tsv", {"cue": "membeberkan", "kind": "report", "act": "stance"})
    with pytest.raises(LexiconError, match="only act is 'stance'"):
        _load_with_row(monkeypatch, "cues.tsv", {"cue": "melaporkan", "kind": "report", "act": "complaint"})
