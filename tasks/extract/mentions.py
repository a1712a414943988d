"""Who is who in one article: person names with their roles, actors, and speaker resolution.

``resolve`` turns an attribution as written ("Gil", "Ia",
"Menteri Luar Negeri Venezuela Yvan Gil", "Rusia", "juru bicara senior pemerintah") into a
``Speaker`` (``speaker.py``) with the fullest name in the article, a role, a type and an actor code.
Words pointing back (pronouns, role phrases, epithets, relation nouns) are resolved in ``anaphora.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from tasks.clean import agency_names
from tasks.extract.anaphora import (
    EPITHET,
    THOSE_WHO,
    epithet_holder,
    group_antecedent,
    plural_antecedent,
    pointing_back,
    relative_of,
    role_anaphor,
    role_holder,
)
from tasks.extract.document import Document, Person
from tasks.extract.lang import Lexicon, actor_key
from tasks.extract.names import RESIDENT_NOUNS
from tasks.extract.speaker import UNKNOWN, Speaker
from tasks.extract.vocab import (
    AGE_AFTER,
    CAMEL_CASE,
    DEMONSTRATIVE_NEXT,
    DEMONSTRATIVES,
    LEGAL_FORMS,
    MODALS,
    NUMBER_WORDS,
    OUTLET_NOUNS,
    PHYSICIAN_TITLE,
    PLURAL_OPENERS,
    actor_in,
    body_heads,
    common_shape,
    doubled,
    has_title,
    home_institution_words,
    home_mission,
    is_name_word,
    match_title,
    name_suffix,
    non_state_body_words,
    people_noun,
    relation_before,
    role_actor,
    speech_words,
    state_code,
    title_kind,
)

# nouns for what a source said or wrote, before the source itself ("keterangan dokter")
SAID_NOUNS = frozenset(
    {
        "keterangan",
        "pernyataan",
        "laporan",
        "dakwaan",
        "tuntutan",
        "putusan",
        "surat",
        "hukuman",
        "vonis",
        "catatan",
        "data",
        "warta",
        "berita",
        "rilis",
        "siaran",
        "unggahan",
        "cuitan",
        "memo",
        "pemberitahuan",
        "pengumuman",
    }
)
# words between what a source said and the source: "pernyataan resmi Istana", "laporan dari X", "memo internal X"
SAID_NOUN_QUALIFIERS = frozenset({"resmi", "tertulis", "dari", "pers", "terbaru", "terkini", "internal"})
SAID_WORDING = SAID_NOUN_QUALIFIERS | {"isi", "bunyi"}  # "isi keterangan resmi": what was said, its wording and kind
# words of a report, a study or a firm that puts out findings: "analisis prospek cuaca BMKG", "firma
# riset pasar X", "laporan yang dirilis oleh X": the organisation named after them is the source
SOURCE_WORDS = frozenset(
    {"analisis", "informasi", "pemberitahuan", "firma", "dirilis", "kajian", "riset", "survei", "studi"}
)
# a medium named with what it is: "kantor berita Tasnim", "harian Kompas", "surat kabar The Times", "laman
# berita Iraqi News", "media lokal SBS"
NEWS_OUTLET = re.compile(
    rf"(?:{OUTLET_NOUNS}|[Mm]edia (?:lokal|pemerintah))\s+"
    r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
)
# nouns for sources; doubled, a group of them ("Sumber-sumber Palestina menyebutkan")
SOURCE_NOUNS = frozenset({"sumber", "narasumber", "saksi", "pejabat"})
GROUP_OPENERS = PLURAL_OPENERS | {"banyak", "kedua", "ketiga", "kelompok"}
# words counting people, alone as a subject ("Banyak yang menyebut", "Semua sepakat", "Ada yang menilai":
# some people): nobody named
QUANTIFIERS = (GROUP_OPENERS - {"kedua", "ketiga", "kelompok"}) | {"semua", "kebanyakan", "mayoritas", "ada"}
ORG_HEADS = frozenset(
    {
        "media",
        "kantor",
        "pemerintah",
        "kementerian",
        "polisi",
        "pihak",
        "otoritas",
        "militer",
        "tentara",
        "lembaga",
        "badan",
        "dewan",
        "komisi",
        "partai",
        "perusahaan",
        "kepolisian",
        "polda",
        "polres",
        "istana",
        "kedutaan",
        "kedubes",
        "kemlu",
        "kemenlu",
        "tim",
        "koalisi",
        "manajemen",
        "direksi",
        "panitia",
        "yayasan",
        "organisasi",
        "pengelola",
        "pengurus",
    }
)


def _clean_phrase(text: str) -> str:
    return " ".join(text.strip(" ,.;:\"“”'").split())


def _named_after_a_person(phrase: str, start: int, length: int, lex: Lexicon) -> bool:
    """Whether the person's name at ``phrase[start:start + length]`` stands inside the name of a body
    that the phrase opens with its head word ("Barisan Relawan | Jokowi | Presiden (Bara JP)"): the
    name goes on with capitalised words after the person's."""
    words = phrase.split()
    rest = phrase[start + length :].split()
    head = words[0].lower() if words else ""
    opens = bool(words) and words[0][:1].isupper() and (head in lex.institution_heads or head in body_heads(lex))
    return start > 0 and opens and bool(rest) and all(w[:1].isupper() or w[:1] == "(" for w in rest)


def resolve(phrase: str, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """Resolve an attribution as written into a Speaker; an official or an institution of the home
    state that the article does not tie to a state gets the home state's code (``home.tsv``)."""
    sp = _resolve(phrase, entities, at, previous)
    if sp.type == "person" and sp.role and _a_private_relative(sp.role, entities.lex):
        # "Kuasa hukum mantan Presiden X", "istri Presiden AS": the official's lawyer or family serves no state
        return replace(sp, code=None)
    handle = HANDLE.search(sp.written) if sp.written and sp.name == sp.written else None
    if handle is not None and ACCOUNT_BEFORE.match(sp.written[: handle.start()]):
        # "akun X @warga_baik", "akun Instagram resmi @kantor_kita (8/12)": the account's handle is its name
        return replace(sp, name=handle.group())
    if sp.type == "person" and sp.name and " " not in sp.name and sp.name == sp.written:
        opened = _organisation_opened_by(sp.name, entities, at)
        if opened is not None:  # 'tulis Kestrel' after "Kestrel Research": the firm, by its first word
            return Speaker(sp.written, opened, "organization")
    # (the data kind only: "Organisasi Kesehatan Dunia" is an international organisation's name)
    lex = entities.lex
    body_named = sp.type == "organization" and (sp.name or "").split(" ", 1)[0].lower() in lex.body_heads
    if sp.type == "person" and sp.role:  # "Presiden Partai Keadilan Sejahtera": an officer of a party, no state's
        role = sp.role.split()
        n = match_title(role, lex)
        # (also after the body's organ: "Ketua Umum Badan Pengurus Pusat (BPP) | Asosiasi Eksportir ..."; a
        # firm's word too: "Ketua | Tarvex Aviation Consulting")
        heads = non_state_body_words(lex)
        body_named = 0 < n < len(role) and any(
            role[k][:1].isupper() and role[k].lower() in heads for k in _capitalised_run(role, n)
        )
    if sp.code is None and sp.type == "person" and sp.name and not body_named:
        # a state the article ties the person to elsewhere ("Pemerintah AS di bawah kepemimpinan Presiden X")
        code = entities.stated_code(sp.name)
        if code is not None:
            return replace(sp, code=code)
    if sp.code is None and sp.name and sp.type in ("person", "organization", "group") and not body_named:
        # (not a body that is no state's: "Barisan Relawan Jokowi Presiden" holds no office of the state)
        text = sp.role if sp.type == "person" else sp.written
        officials = entities.home_story or (
            sp.type == "person" and (entities.home_by_contrast(sp.name) or entities.home_cabinet_abroad(sp.name))
        )
        authorities = officials or entities.home_named  # "kata juru bicara polisi" in a story set abroad: not ours
        abroad = None if officials or sp.type != "person" else entities.story_state  # the story's own state
        code = state_code(text, entities.lex, officials=officials, authorities=authorities, unplaced=abroad)
        if code is None and sp.type == "organization" and sp.name != sp.written:
            # '"...," tulis rilis tersebut': the body the words point back to, by its name ("BMKG")
            code = state_code(sp.name, entities.lex, officials=officials, authorities=authorities)
        if code is not None:
            return replace(sp, code=code)
    return sp


# relations that are posts of the state's own: an official's aide, assistant or office
SERVING_RELATIONS = frozenset({"ajudan", "asisten", "kantor"})


def _a_private_relative(role: str, lex: Lexicon) -> bool:
    """Whether a role opens with a relation to someone (nouns.tsv ``relation``: "kuasa hukum", "istri")
    that is no post of the state's ("ajudan" is one)."""
    words = role.lower().replace(",", " ").split()
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) > n and head in lex.relations:
            return head not in SERVING_RELATIONS
    return False


# a social-media handle, also masked by the outlet ("@sumaui", "*@jur*******")
HANDLE_PATTERN = r"\*?@[\w.*\\]+"
HANDLE = re.compile(HANDLE_PATTERN)
# the words before a handle that say it is an account: "akun", a platform (with its old name in brackets: "X
# (Twitter)"), "resmi", "media sosial"
ACCOUNT_WORDS = (
    r"akun\s+(?:(?:media\s+sosial|resmi|pribadi|X|Instagram|TikTok|Threads|Facebook|Twitter|YouTube)"
    r"(?:\s+\(\w+\))?\s+)*"
)
ACCOUNT_BEFORE = re.compile(r"(?i)\s*(?:unggahan\s+)?" + ACCOUNT_WORDS + "$")
# an account named with its handle: "akun X @warga", "akun Instagram resmi *@kai****"
ACCOUNT_NAMED = re.compile(r"(?i)\b" + ACCOUNT_WORDS + HANDLE_PATTERN)


def _organisation_opened_by(word: str, entities: Document, before: int) -> str | None:
    """The one organisation named before ``before`` by ``word`` and one word saying what it is (its legal
    form, a company word, or where its office sits: "Lumeral Inc", "Kestrel Research", "Lumeral
    Indonesia"), when no person's fuller name holds the word: "tulis Lumeral" is the firm."""
    full = entities.fullest(word)
    if full is not None and full.name != word:
        return None
    lex = entities.lex
    names = set()
    for m in entities.mentions_in(0, before, "organization"):
        first, _, rest = entities.body[m.start : m.end].partition(" ")
        if first == word and rest and " " not in rest and (
            rest.lower() in lex.company_words or re.fullmatch(LEGAL_FORMS, rest) or lex.actor(rest) is not None
        ):
            names.add(f"{first} {rest}")
    return names.pop() if len(names) == 1 else None


def _capitalised_run(words: list[str], start: int) -> range:
    """Indexes from ``start`` while the words are capitalised or a short form in brackets ("(BPP)")."""
    end = start
    while end < len(words) and (words[end][:1].isupper() or words[end].startswith("(")):
        end += 1
    return range(start, end)


WORD_RE = re.compile(r"\S+")
# "pria | yang akrab disapa Cak Imin": the name a described person is called by, after the phrase
CALLED_AFTER = re.compile(
    r"\s+yang\s+(?:akrab|karib|biasa|lebih)\s+(?:disapa|dipanggil|dikenal(?:\s+dengan)?)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
GLUED_PHYSICIAN = re.compile(PHYSICIAN_TITLE + r"\.(?=[A-Z][a-z])")  # "dr.Rizky"
# "Unggahan | tersebut mengatakan", "Laporan | itu menyebut": a word a demonstrative points back with is
# a thing named before (a post, a report), not a person's name
# "ujar pria | yang kini berusia 69 tahun tersebut": a relative clause closed by a demonstrative points back
RELATIVE_POINTING = re.compile(
    r"\s+yang\s[^.,;:\"“”\n]{1,120}?\s(?:" + "|".join(sorted(DEMONSTRATIVES)) + r")(?![\w-])"
)
NAMED = re.compile(r"\b(?:bernama|berinisial|berjuluk)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


ORGANIZATION_BACK = 1500  # characters before a phrase where "perusahaan itu" finds its organisation


# conjunctions that join two main clauses: the subject of the second clause stands after them
CLAUSE_JOINERS = frozenset({"sementara", "sedangkan", "namun", "tetapi", "tapi", "padahal"})


# a time closing a passive verb's agent: "oleh Dinas Kesehatan | per Mei 2025", "oleh X | pada Senin"
AGENT_TIME = re.compile(r"\s+(?:per|pada|sejak|hingga|sampai)\s+(?:[A-Z]|\d|akhir|awal|pertengahan).*$")


def _narrow(phrase: str, at: int, lex: Lexicon) -> tuple[str, int]:
    """The speaker inside an attribution phrase cut too wide, with its new offset: after a reporting
    word inside it ("Pernyataan itu disampaikan Menkeu", "kata Kepala BPS X"), after an opening
    function word ("Ketika hakim"), before a time or manner clause or a verb ("Menpora selepas
    mengikuti ...", "Mendagri menegaskan") and without trailing adverbs ("politisi Golkar itu juga")."""
    words = [(m.start(), m.end(), m.group().lower().strip(",.")) for m in WORD_RE.finditer(phrase)]
    if len(words) < 2:
        return phrase, at
    cues = speech_words(lex)
    first, last = 0, len(words)
    inner = [k for k, (_, _, w) in enumerate(words[:-1]) if w in lex.passive_verbs or w in lex.quote_cues]
    # "Hal ini dirasakan oleh pemilik Suzuki XL7, yang mengaku ...": the agent of a passive verb
    agent = [k for k in range(1, len(words) - 1) if words[k][2] == "oleh" and words[k - 1][2].startswith("di")]
    inner += agent
    # "... John F. Kennedy sementara JetBlue Airways": a conjunction between two clauses, the subject after it
    joined = [
        k
        for k, (s, _, w) in enumerate(words[:-1])
        if phrase[s].islower()
        and w in CLAUSE_JOINERS
        # the next clause's subject: a name, or a common noun ("padahal majelis hakim"), not "sementara itu"
        and (phrase[words[k + 1][0]].isupper() or words[k + 1][2] not in DEMONSTRATIVES | lex.openers)
    ]
    if inner or joined:
        first = max(inner + joined) + 1
    while last - first > 1 and words[first][2] in lex.openers:
        first += 1  # "Ketika hakim"
    said = last - first > 1 and _said_noun(words[first][2], lex) and words[first + 1][2] not in DEMONSTRATIVES
    another = said
    while another:
        first += 1  # "keterangan dokter", "dakwaan jaksa penuntut umum": the source follows what it said
        while last - first > 1 and words[first][2] in SAID_NOUN_QUALIFIERS:
            first += 1  # "pernyataan resmi Istana", "laporan dari Mundo Deportivo", "laporan terbaru X"
        # two of them joined: "pemberitahuan internal dan pernyataan pejabat senior X"
        another = last - first > 2 and words[first][2] in ("dan", "serta") and _said_noun(words[first + 1][2], lex)
        first += 1 if another else 0
    for k in range(first + 1, last):
        w = words[k][2]
        if phrase[words[k][0]].islower() and (
            w in cues
            or (w in lex.circumstances and w not in lex.prepositions)  # "dokter dari RS X" stays whole
            # whom it was said to: "jawab perawat | ke Budi"; not an ordinal ("HUT RI ke 72")
            or (w == "ke" and k + 1 < last and not words[k + 1][2][:1].isdigit())
            or w == "secara"  # "teriak Ahyeon secara spontan": the manner, no part of the speaker
            or (said and w == "yang")  # "laporan polisi | yang dibagikan kepada AFP": the report described
        ):
            last = k
            break
    while last - first > 1 and words[last - 1][2] in MODALS:
        last -= 1
    if (first, last) == (0, len(words)):
        return phrase, at
    start, end = words[first][0], words[last - 1][1]
    when = AGENT_TIME.search(phrase, start, end) if agent else None
    if when is not None and when.start() > start:
        end = when.start()  # "dilihat oleh Bloomberg News | pada akhir Juni 2025": the time is no part of it
    return phrase[start:end], at + start


def _plural_of_people(low: str, lex: Lexicon) -> bool:
    """A noun of people written doubled, as Indonesian writes plurals ("sumber-sumber", "relawan-relawan")."""
    base = low.partition("-")[0]
    return doubled(low) and people_noun(base, lex)


def _source_named(phrase: str, entities: Document, at: int) -> Speaker | None:
    """The organisation or state a phrase names after a noun of what it said or put out, or of its website
    ("Laman resmi Uni Eropa", "informasi dari Uni Eropa", "akun Instagram resmi X"), when one mention of the article
    covers the rest of the phrase exactly; None otherwise."""
    if " " not in phrase:
        return None  # (most speakers: one word)
    lex = entities.lex
    m = SOURCE_OF.match(phrase)
    noun = m.group(1).lower() if m else ""
    if m is None or not (noun in lex.website_nouns or noun in lex.records or _said_noun(noun, lex)):
        return None
    rest_at = at + m.end()
    named = [x for x in entities.mentions_in(rest_at, at + len(phrase)) if x.type in ("organization", "state")]
    if len(named) != 1 or (named[0].start, named[0].end) != (rest_at, at + len(phrase.rstrip())):
        return None
    found = _resolve(phrase[m.end() :], entities, rest_at, None)
    return found if found.name else None


def _said_noun(word: str, lex: Lexicon) -> bool:
    """A noun for what a source said or wrote ("keterangan", "pengumuman"; nouns.tsv ``speech_act`` too)."""
    return word in SAID_NOUNS or word in lex.speech_acts


def _points_to_person(word: str, lex: Lexicon) -> bool:
    """A personal pronoun, also with "-pun" glued on ("Iapun")."""
    one = ("person", "actor")  # "pihaknya": a person too, unless an institution spoke last
    return lex.pronouns.get(word) in one or (word.endswith("pun") and lex.pronouns.get(word[:-3]) in one)


def describes_one_before(written: str, body: str, after: int | None, lex: Lexicon) -> bool:
    """A person described by a noun and pointing back: "pria berusia 48 tahun itu", "pria | yang kini
    berusia 69 tahun tersebut" (``after``: where the phrase ends in ``body``, None when it is not there);
    not when the words name the person ("perempuan bernama X ini", "pria yang akrab disapa Cak Imin")."""
    low = written.lower().split()
    if not low or NAMED.search(written):
        return False
    # (or a profession as a whole, relative clause after it: "penata rias | yang sudah berkarir ... itu")
    profession = low[0] not in lex.person_nouns and low[0] in lex.title_words
    profession = profession and title_kind(written.split(), lex) == "profession" and match_title(low, lex) == len(low)
    if not (low[0] in lex.person_nouns or profession):
        return False
    if low[-1] in DEMONSTRATIVES:
        return True
    if (len(low) > 1 and not profession) or after is None:
        return False
    called = CALLED_AFTER.match(body, after)
    if called is not None and not called.group(1).isupper():
        return False
    return RELATIVE_POINTING.match(body, after) is not None


def _shortened_from(nickname: str, entities: Document) -> Person | None:
    """The one person whose name has a word the one-word ``nickname`` shortens ("Had" of "Hadiyan",
    "Rin" of "Rina Kartika"), three letters or more."""
    if " " in nickname or len(nickname) < 3:
        return None
    found = {
        (entities.fullest(p.name) or p).name: p
        for p in entities.people
        if any(t != nickname and t.startswith(nickname) for t in p.tokens)
    }
    return next(iter(found.values())) if len(found) == 1 else None


SIDE_OF = re.compile(r"[Pp]ihak\s+(?=[A-Z])")
# the words before a source's name that say what of it speaks: its website or account ("Laman resmi", "akun
# Instagram resmi"), or what it put out ("informasi dari", "laporan terbaru"); read with the lexicon
SOURCE_OF = re.compile(
    r"([A-Za-z]+)((?:\s+(?:resmi|terbaru|lengkap|tertulis|dari|media sosial|[A-Z][a-z]+))*?)\s+(?=[A-Z])"
)


# a reporter's noun before the agency or outlet the reporter works for ("Wartawan Antara", "Koresponden Reuters")
REPORTER_OF = re.compile(r"([Ww]artawan|[Jj]urnalis|[Kk]oresponden|[Rr]eporter|[Pp]ewarta) ")


def _resolve(phrase: str, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """Resolve an attribution as written into a Speaker.

    ``previous`` is the last resolved speaker before ``at`` (for pronouns and ``-nya`` cues).
    """
    lex = entities.lex
    phrase, at = _narrow(phrase, at, lex)
    glued = GLUED_PHYSICIAN.match(phrase)
    if glued is not None:  # "dr.Rizky": a physician's title written without its space
        phrase, at = phrase[glued.end() :], at + glued.end()
    phrase = AGE_AFTER.sub("", phrase)  # "Salma (22)": a person's age after the name
    written = _clean_phrase(phrase)
    if not written:
        return UNKNOWN
    low = written.lower()
    first_word = low.split()[0]
    in_place = entities.body[at : at + len(phrase)] == phrase  # the phrase as the body writes it, at ``at``
    reporter = REPORTER_OF.match(written)
    agency = agency_names().get(written[reporter.end() :].lower()) if reporter else None
    if reporter is not None and agency is not None:
        # "Wartawan Antara di Cilegon melaporkan", "Koresponden Reuters": the agency, through its reporter
        return Speaker(written, agency, "organization", reporter.group(1))
    if in_place:
        # "Pihak Satlantas Polres Metro Depok", "pihak Israel": a body's or a state's side is that body or state (a
        # person's side stays a group: "pihak Vidi Aldiano"); "Laman resmi Uni Eropa", "informasi dari Uni Eropa":
        # the source speaks through its website or what it put out
        side = SIDE_OF.match(phrase)
        through = _resolve(phrase[side.end() :], entities, at + side.end(), previous) if side else None
        # (a one-word name the article gives no person in full, its only role the side: "pihak Sixers", "pihak
        # Hamano": the body the tagger read as a person)
        lone = through is not None and through.type == "person" and " " not in (through.name or " ")
        if lone and (through.role or "").lower() in ("", "pihak"):
            through = Speaker(through.written, through.name, "organization")
        through = through or _source_named(phrase, entities, at)
        if through is not None and through.type in ("organization", "country"):
            return Speaker(written, through.name, through.type, None, through.code)
    refers = lex.pronouns.get(low)
    if refers is None and (_points_to_person(first_word, lex) or (" " not in low and low in lex.person_pronouns)):
        refers = "person"  # "dia menambahkan", "Iapun menegaskan", "dirinya mengimbau"
    if refers is None and " " not in low and low.endswith("nya") and _said_noun(low[:-3], lex):
        refers = "person"  # "Menurut pengakuannya", "menurut keterangannya": what the one named before said
    epithet = EPITHET.match(written)
    if (
        refers is None
        and epithet is not None
        and (has_title([epithet.group("head")], lex) or epithet.group("head").lower() in lex.person_nouns)
    ):
        return epithet_holder(written, epithet.group("head").lower(), entities, at, previous)
    plural = first_word in GROUP_OPENERS  # "Para pendukung prosedur itu": a group, not one person named before
    # a demonstrative right after a subject cut before it: "Presiden AS | tersebut mengumumkan"
    pointed_after = in_place and DEMONSTRATIVE_NEXT.match(entities.body, at + len(phrase)) is not None
    if refers is None and pointed_after and low in lex.person_nouns:
        return epithet_holder(written, low, entities, at, previous)  # "Pria | tersebut mengatakan"
    pointing = (low.split()[-1] in DEMONSTRATIVES and " " in low) or (low == first_word and in_place)
    if refers is None and first_word in lex.organization_nouns and pointing:
        # "Perusahaan raksasa mesin pencari itu": the organisation named last, a few paragraphs back at most;
        # the noun alone as the subject too ("Perusahaan menambahkan, ...": the company the story is about)
        org = entities.last_organization(at, max(0, at - ORGANIZATION_BACK), first_word)
        if org is not None:
            return Speaker(written, org, "organization")
    pointed = (low.split()[-1] in DEMONSTRATIVES and " " in low) or (pointed_after and " " not in low)
    if refers is None and first_word in lex.state_nouns and pointed:
        # "Negara tersebut mengklaim ...": the state named last, a few paragraphs back at most
        states = entities.mentions_in(max(0, at - ORGANIZATION_BACK), at, "state")
        state = states[-1] if states else None
        if state is not None:
            named = entities.body[state.start : state.end]
            return Speaker(written, named, "country", None, state.code)
    said_before = None
    # (after a cue, in lower case: "Pernyataan itu menyoroti ..." opening a sentence describes, nobody says it)
    pointing_noun = written[:1].islower() and _said_noun(first_word, lex) and low.split()[-1] in DEMONSTRATIVES
    if refers is None and in_place and pointing_noun:
        said_before = _source_of_said_noun(entities, at, first_word, written)
    if said_before is not None:  # '"...," demikian isi pemberitahuan tersebut': who gave the notice named before
        return said_before
    head_only = refers is None and in_place and " " not in written and first_word in lex.institution_heads
    named_by_head = _opened_by_head(entities, at, written) if head_only and written[:1].isupper() else None
    if named_by_head is not None:
        # '"...," demikian bunyi memo internal Kementerian': the ministry named last, whatever its state
        actor = actor_in(named_by_head, lex)
        return Speaker(written, named_by_head, "organization", None, actor.code if actor else None)
    opened = refers is None and in_place and " " in written and written[:1].isupper()
    named_in_full = _opened_by_head(entities, at, written) if opened and first_word in lex.institution_heads else None
    served = actor_in(named_in_full, lex) if named_in_full is not None and named_in_full != written else None
    if served is not None:
        # "Kementerian Pertahanan Sipil menyatakan" after "Kementerian Pertahanan Sipil dan Penanganan Kondisi Darurat
        # Selandia Baru": the body named in full before with the state (or organisation) it serves, by the first
        # words of its name; a longer name naming none is another body ("Dinas X Bidang Jalan", "PT X Cabang Y")
        return Speaker(written, named_in_full, "organization", None, served.code)
    titled = has_title(written.split(), lex) or first_word in lex.professions  # "Artis asal Maluku itu"
    if refers is None and low.split()[-1] in DEMONSTRATIVES and titled and not plural:
        return role_anaphor(written, entities, at, previous)  # "Politikus partai ini", "Jenderal itu"
    called = CALLED_AFTER.match(entities.body, at + len(phrase)) if first_word in lex.person_nouns else None
    if called is not None and called.group(1).isupper():
        called = None  # "pria yang akrab disapa KDM alias Kang Dedi Mulyadi": initials, the name comes later
    if refers is None and called is not None and in_place:
        # "kata pria yang karib disapa Pak Harno": the name he is called by, without its honorific, which
        # a one-word name keeps when it goes by it ("Cak Imin", nouns.tsv ``familiar``)
        name, name_at = called.group(1), called.start(1)
        opener = name.split(" ", 1)[0]
        nickname = entities.is_nickname(tuple(name.split()))
        if " " in name and lex.titles.get(opener.lower()) == "honorific" and not nickname:
            name, name_at = name[len(opener) + 1 :], name_at + len(opener) + 1
        known = entities.fullest(name)
        # a nickname no fuller name holds, shortened from one the article gives ("disapa Had" of "Hadiyan")
        shortened = _shortened_from(name, entities) if known is None or known.name == name else None
        person = shortened or entities.add_person(name, name_at)
        full = entities.fullest(person.name) or person
        return Speaker(written, full.name, "person", full.role, full.code)
    if refers is None and describes_one_before(written, entities.body, at + len(phrase) if in_place else None, lex):
        back = pointing_back(written, entities, at, previous)  # "pria berusia 48 tahun itu"
        if back.type != "unknown":
            return back
    if refers is None and len(low.split()) > 1 and _points_to_person(low.split()[-1], lex):
        return pointing_back(written, entities, at, previous)  # "Kepada pemerintah setempat ia meminta"
    if refers is not None:
        if refers == "actor" and previous is not None and previous.name and previous.type == "organization":
            return Speaker(written, previous.name, previous.type, previous.role, previous.code)
        if refers in ("person", "actor"):
            return pointing_back(written, entities, at, previous)
        pair = group_antecedent(entities, at)
        if pair is None and low == "mereka" and not THOSE_WHO.match(entities.body, at + len(phrase)):
            plural = plural_antecedent(entities, at)
            if plural is not None:  # "Keluarga merasa terpukul. Mereka berharap ...": the family
                return Speaker(written, plural[0], plural[1])
        return Speaker(written, pair or written, "group")
    agency = agency_names().get(low)
    if agency is not None:  # "Menurut laporan Reuters", "kata Xinhua": a news agency, whatever the tagger made of it
        return Speaker(written, agency, "organization")
    outlet = NEWS_OUTLET.fullmatch(written)
    name = _outlet_name(outlet.group(1), lex) if outlet is not None else None
    if name:  # "kantor berita Tasnim", "Kantor berita Korea Utara KCNA": the medium by its name, not its state
        return Speaker(written, name, "organization")
    if first_word in lex.company_nouns:  # "perseroan memperkirakan ...": the company the story is about
        company = entities.last_company(at)
        return Speaker(written, company, "organization") if company else Speaker(written, None, "unknown")
    named = NAMED.search(phrase)
    if named is not None and in_place:
        # "pendamping selam bernama Geri": whatever follows "bernama" is a name
        person = entities.add_person(named.group(1), at + named.start(1))
        role = _clean_phrase(phrase[: named.start()]) or None
        return Speaker(written, (entities.fullest(person.name) or person).name, "person", role, person.code)
    initials = entities.initials_of(written)
    if initials is not None:  # "JK mengatakan" after "Jusuf Kalla (JK)": his initials, not an organisation
        return Speaker(written, initials.name, "person", initials.role, initials.code)
    tagged = entities.person_in(at, at + len(phrase)) if in_place else None
    if tagged is not None and _named_after_a_person(phrase, tagged.start - at, len(tagged.name), lex):
        # "Barisan Relawan Jokowi Presiden (Bara JP)": a body named after a person speaks, not the person
        return Speaker(written, _clean_phrase(phrase), "organization")
    if tagged is not None and first_word in PLURAL_OPENERS and tagged.start > at:
        # "Para gubernur di negara bagian New York ... dan Virginia", "Para kuasa hukum Budi": people counted,
        # a group; the name in their description is not theirs
        return Speaker(written, written, "group")
    if tagged is not None:
        tagged = _affiliated_head(entities, at, at + len(phrase)) or tagged
        relation = relation_before(phrase[: tagged.start - at], lex)
        if relation is not None:  # "kata kuasa hukum Budi": the lawyer speaks, not Budi
            return relative_of(written, relation, tagged, entities, previous, (at, at + len(phrase)))
        return _person_speaker(written, tagged, entities, phrase[: tagged.start - at], previous)
    if in_place and first_word in RESIDENT_NOUNS and entities.mentions_in(at, at + len(phrase), "place"):
        return Speaker(written, written, "group")  # "warga Long Ayap": the residents of a place, as a group
    if in_place and (org := _organization_named(entities, at, phrase, written)):
        return Speaker(written, org, "organization", None, None)  # "PT Sinar Energi memastikan ...": a company
    words = written.replace(",", " ").split()
    definite = len(words) > 1 and words[0].lower() == "sang"  # "ujar sang gelandang": the one the text is about
    if len(words) > 1 and words[0].lower() in {"sang", "si"}:
        words = words[1:]
        written = " ".join(words)
    cut = name_suffix(words, lex)
    if 0 < cut < len(words) and words[cut - 1].lower() == "dan" and entities.fullest(" ".join(words[cut:]), at) is None:
        cut = len(words)  # "Direktur Jenderal Mineral dan Batu Bara": the words after "dan" end the office
    name_words = words[cut:]
    role_text = " ".join(words[:cut]) or None
    actor_whole = lex.actor(written)
    if actor_whole is not None and not name_words:
        return Speaker(written, written, actor_whole.type, None, actor_whole.code)
    lone_word = len(name_words) == 1 and entities.fullest(name_words[0], at) is None
    if lone_word and role_text is None and name_words[0].lower() in QUANTIFIERS:
        return Speaker(written, None, "unknown")  # "Banyak yang menyebut ...": many say, nobody in particular
    if lone_word and not entities.known_token(name_words[0]):
        low0 = name_words[0].lower()
        if role_text is None and (low0 in lex.group_nouns or _plural_of_people(low0, lex)):
            # "Nasabah menilai", "Sumber-sumber ... menyampaikan": people as a group, never a name
            return Speaker(written, written, "group")
        if role_text is None and not pointed_after and entities.could_be_name(at, at + len(phrase), name_words[0]):
            # the subject of a reporting verb is someone: an untagged capitalised word that the
            # article never uses for a place or an organisation is a person's name
            person = entities.add_person(name_words[0], at + phrase.find(name_words[0]))
            return Speaker(written, person.name, "person", person.role, person.code)
        # (a title or an opener, or a word the article never writes in lower case: not "Video | Prabowo")
        goes_by = low0 in lex.titles or low0 in lex.title_words or low0 in lex.openers or low0 in lex.name_openers
        goes_by = goes_by or not entities.is_common_word(low0)
        bearer = entities.person_titled(name_words[0]) if role_text is None and in_place and goes_by else None
        if bearer is not None:  # "kata Lalu" after "Lalu Hadrian Irfani": the title or opener he goes by
            return Speaker(written, bearer.name, "person", bearer.role, bearer.code)
        if role_text is None and lex.titles.get(low0) == "group":
            return Speaker(written, written, "group")  # "Kader ... menyatakan", "Pemohon menilai": people as a group
        if role_text is None:
            return Speaker(written, None, "unknown")  # "Pertemuan ...": a capitalised word, not a person
        lone = name_words[0]
        word_at = at + phrase.rfind(lone)
        whole_title = len(words) >= 2 and words[-1] == lone and match_title(words[:-1], lex) == len(words) - 1
        if (
            whole_title
            and title_kind(words[:-1], lex) in ("office", "rank")
            and in_place
            and entities.could_be_name(word_at, word_at + len(lone), lone)
        ):
            # "Menteri Luar Negeri Sugiono": a whole office title, then one word no lexicon knows
            person = entities.add_person(lone, word_at)
            office = role_actor(role_text, lex)
            return Speaker(written, person.name, "person", role_text, office.code if office else None)
        name_words = []  # "Menteri Agraria": a title and an office word, no name
    relation = relation_before(role_text, lex) if name_words and role_text else None
    if relation is not None:  # "ujar mantan asisten Shin Tae-yong": someone related to the one named
        unnamed = Person(" ".join(name_words), at, None, None, tuple(name_words))
        named = entities.fullest(unnamed.name, at) or unnamed
        return relative_of(written, relation, named, entities, previous, (at, at + len(phrase)))
    if name_words and (role_text is None or match_title(words[:cut], lex) or has_title(words[:cut], lex)):
        name = " ".join(name_words)
        person = entities.fullest(name, at)
        found_at = phrase.rfind(name)
        name_at = at + found_at
        named_here = found_at >= 0 and entities.body[name_at : name_at + len(name)] == name
        if person is None and len(name_words) > 1 and named_here:
            # a full name the tagger typed otherwise ("Kemas Indra Natanegara" as an organisation): known
            # from here on, so that "ujar Kemas" later finds it, with the role the article gives it
            person = entities.add_person(name, name_at)
        full = person.name if person else name
        role = _fuller_role(role_text, person.role if person else None, lex)
        actor = role_actor(role, lex) if role else None
        code = actor.code if actor else (person.code if person else None)
        return Speaker(written, full, "person", role, code)
    between = _name_between_titles(words, entities)
    if between is not None:  # "AKP Muaz Kasat Lantas Polres Gowa": rank, name, then office
        first_at, last_at = between
        name = " ".join(words[first_at:last_at])
        person = entities.fullest(name, at)
        role = " ".join(words[:first_at] + words[last_at:])
        actor = role_actor(role, lex)
        return Speaker(written, person.name if person else name, "person", role, actor.code if actor else None)
    # a description without a name: "juru bicara senior pemerintah", "media pemerintah"
    if has_title(words, lex):
        full, person = entities.expand_role(written)
        if person is not None:
            actor = role_actor(person.role or full, lex)
            return Speaker(written, person.name, "person", person.role or full, actor.code if actor else person.code)
        named = entities.fullest(full, at) if full != written else None
        if named is not None and named.name == full:
            # "kata Imam" after "Menteri X Imam Santoso": a title word that is the given name of a person named in
            # full, not a role without a name
            return Speaker(written, named.name, "person", named.role, named.code)
        written_full = full
        # the holder of a person's title named before; not for an institution ("Direktorat Jenderal X (DJX)"
        # is not its director named before)
        linked = role_holder(entities, full) if match_title(words, lex) else None
        if linked is not None:
            return Speaker(written, linked.name, "person", linked.role, linked.code)
        relative = in_place and len(words) == 1 and RELATIVE_POINTING.match(entities.body, at + len(phrase))
        if (pointed_after or relative or definite) and title_kind(words, lex) != "group":
            # "Presiden AS tersebut", "mantan Wali Kota Solo itu", "pemain | yang tampil impresif ... tersebut":
            # a role pointing back to someone named before; a group's title pointing back is the group
            # ("Warga tersebut", "Polisi itu")
            return role_anaphor(written, entities, at, previous)
    else:
        written_full = written
    actor = actor_in(written_full, lex)
    first = words[0].lower()
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        kind = "organization"  # an unlisted acronym as a subject: "KCNA mewartakan ..."
    elif (
        first in GROUP_OPENERS
        or _counted_people(words, lex)
        or (title_kind(words, lex) == "group" and not _institution_named(words, lex))
        or _group_noun_head(words, lex)
    ):
        kind = "group"
    elif _institution_head(first, lex):
        kind = "organization"  # "Dinas Peternakan ... Jawa Tengah", "majelis", "Polres Bogor"
    elif "dan" in words and all(w.islower() for w in words[1:]):
        kind = "group"  # "Pejabat dan aktivis setempat": people of two kinds, nobody named
    elif has_title(words, lex) or first == "seorang":
        kind = "person"  # "seorang pejabat Gedung Putih": one official, not the state
    elif doubled(first) and first.partition("-")[0] in SOURCE_NOUNS:
        kind = "group"  # "Sumber-sumber Palestina": sources, not the state
    elif actor is not None and actor.type == "country" and _body_before_a_state(words, lex):
        kind = "organization"  # "Televisi pemerintah Iran", "Angkatan Udara India": a body of the state's
    elif actor is not None:
        kind = actor.type
    elif len(words) <= 3 and words[0].isupper() and len(words[0]) > 1 and all(w[:1].isupper() for w in words):
        kind = "organization"  # an acronym and where it works: "IPHI Jabar", "DPD PSI"
    else:
        kind = "unknown"
    role = written_full if kind == "person" else None
    set_off = _name_set_off(written, entities) if kind == "person" else None
    if set_off is not None:  # "Kepala Dinas Pendidikan Jatim, Aries Agung Paewai": the tagger missed the name
        person = entities.fullest(set_off, at)
        role_part = written[: written.rfind(",")]
        return Speaker(written, person.name if person else set_off, "person", role_part, actor.code if actor else None)
    sourced = kind == "unknown" and any(w.lower() in SAID_NOUNS or w.lower() in SOURCE_WORDS for w in words)
    if (kind == "organization" or sourced) and actor is None:
        named = _named_organization(entities, at, len(phrase))
        if named is not None:  # "Kantor berita KCNA", "firma riset pasar Counterpoint Research": its own name
            return Speaker(written, named, "organization", None, None)
    if kind == "unknown" and all(w.lower() in SAID_NOUNS or w.lower() in SAID_WORDING for w in words):
        # '"...," tulis isi keterangan resmi yang dikutip dari X': what was said, nobody named as saying it
        return Speaker(written, None, "unknown")
    lower = [w for w in written_full.split() if w[:1].islower()]
    if kind == "country" and actor is not None and lower and not set(lower) & {"dan", "serta", "maupun"}:
        # "keras kemudian datang dari Pyongyang", "pandangan Washington": the state, by its name (not two
        # joined: "Amerika Serikat dan Meksiko")
        return Speaker(written, actor.name, kind, role, actor.code)
    code = actor.code if actor else None
    if kind == "organization" and code is not None and home_mission(written_full, lex):
        code = lex.home_code  # "KBRI Tokyo dan KJRI Osaka": the home state's missions, not Japan
    return Speaker(written, written_full, kind, role, code)


def _body_before_a_state(words: list[str], lex: Lexicon) -> bool:
    """Whether a description naming a state opens with the capitalised name of a body of its ("Televisi
    pemerintah Iran", "Angkatan Udara India", "Observatorium HAM Suriah"): not with the state's own name
    ("Korea Utara", "Gedung Putih"), nor an organ standing for the state ("Pemerintah AS"), nor a noun for
    people ("Tokoh ...")."""
    first = words[0]
    if not first[:1].isupper() or first.isupper() or len(words) < 2:
        return False
    low = first.lower()
    if low in lex.state_organs or low in lex.person_nouns or low in lex.group_nouns or low in lex.titles:
        return False
    if low in lex.stance_cues or "dari" in words:
        return False  # "Kecaman keras kemudian datang dari Malaysia": the state, where the words come from
    return not any(actor_key(" ".join(words[:n])) in lex.actors for n in range(1, min(4, len(words)) + 1))


def _name_set_off(written: str, entities: Document) -> str | None:
    """The name set off by a comma after a role in an attribution no rule found a name in ("Kepala
    Dinas Pendidikan Jatim, Aries Agung Paewai"): one to four words shaped like a name after a part
    holding a title, none of them a lexicon word other than a word of titles that is also a given name
    ("Agung" of "Jaksa Agung"), the last one no lexicon word at all; initials may open it ("M Tauhid")."""
    if ", " not in written:
        return None
    role, name = written.rsplit(", ", 1)
    words = name.split()
    lex = entities.lex
    if not (1 <= len(words) <= 4) or not has_title(role.split(), lex) or entities.is_lexicon_word(words[-1]):
        return None
    initial = [len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words]  # "M Tauhid Soleman", "M. Nur"
    named = not initial[-1] and all(
        i or (w[:1].isupper() and not w.isupper() and (not entities.is_lexicon_word(w) or w.lower() in lex.title_words))
        for w, i in zip(words, initial, strict=True)
    )
    return name if named else None


# what is written, recorded or decided, which "says" things in news text: "kata laporan tersebut",
# "tulis akun itu", "bunyi beleid tersebut" (besides SAID_NOUNS and SOURCE_WORDS)
WRITTEN_THINGS = frozenset(
    {"akun", "artikel", "aturan", "beleid", "buku", "dokumen", "film", "grup", "gugatan", "kesimpulan", "kitab",
     "lagu", "memo", "pasal", "pengumuman", "peraturan", "petitum", "postingan", "situs", "tulisan", "video",
     "undang-undang", "klaim", "pesan", "sumber", "media", "komentar", "kolom", "program", "aplikasi"}
)


FORMER = frozenset({"eks", "mantan", "sang", "si"})  # words before a description's head ("eks bintang ...")


def described_speaker(sp: Speaker, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """The speaker a quotation's cue names by a description pointing back ("kata eks bintang Persib
    dan Persija tersebut", "ujar penjaga gawang asal Semarang itu"): the person the text is about.
    Only after a quotation's cue, where the description can only be who spoke; ``sp`` when it is
    no such description or no person was named before."""
    words = (sp.written or "").split()
    if sp.type != "unknown" or not words or words[-1].lower() not in DEMONSTRATIVES:
        return sp
    if not _describes_someone(words, entities.lex):
        return sp
    back = pointing_back(sp.written or "", entities, at, previous)
    return back if back.type == "person" else sp


def _describes_someone(words: list[str], lex: Lexicon) -> bool:
    """Whether a description in lower case ending with a demonstrative can only be a person: its head
    is no record, document, medium or group ("laporan tersebut", "akun itu", "grup tersebut" are not)."""
    head = next((w.lower() for w in words if w.lower() not in FORMER), "")
    capitalised = words[0][:1].isupper() and words[0].lower() not in FORMER
    if not head[:1].isalpha() or capitalised:
        return False  # "Bintang Inter Miami itu": a name, not a description
    return not (head in SAID_NOUNS or head in SOURCE_WORDS or head in WRITTEN_THINGS or head in lex.records)


def _outlet_name(words: str, lex: Lexicon) -> str | None:
    """The medium's own name after its kind, without the state it belongs to ("Korea Utara KCNA" ->
    "KCNA"); None when only a state is named ("kantor berita Iran")."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        if lex.actor(" ".join(parts[:k])) is not None:
            parts = parts[k:]
            break
    return " ".join(parts) or None


def _institution_named(words: list[str], lex: Lexicon) -> bool:
    """An institution's name, whatever title its words hold ("Kementerian Energi dan Sumber Daya
    Mineral": "sumber" alone is a group's title); not a group's title that is also an institution's
    head ("polisi", "pihak")."""
    first = words[0].lower()
    return _institution_head(first, lex) and lex.titles.get(first) != "group"


def _institution_head(word: str, lex: Lexicon) -> bool:
    """A lower-case word that opens an institution's name ("dinas", "majelis", "polres")."""
    return word in ORG_HEADS or word in lex.institution_heads or word in home_institution_words(lex)


COUNTING_WORDS = GROUP_OPENERS | {"salah", "satu", "seorang", "sang"}  # "salah seorang", "para", "kedua"


def _group_noun_head(words: list[str], lex: Lexicon) -> bool:
    """A description headed by a noun for people of a group (nouns.tsv ``group``), after words counting
    them: "Salah seorang pengendara ojek online", "Seorang nasabah bank"."""
    head = next((w.lower() for w in words if w.lower() not in COUNTING_WORDS), None)
    return head is not None and head in lex.group_nouns


def _counted_people(words: list[str], lex: Lexicon) -> bool:
    """A number of people named by their title or group: "500 aktivis", "300 penduduk", "Dua pejabat AS"."""
    counted = words[0][:1].isdigit() or words[0].lower() in NUMBER_WORDS
    return len(words) > 1 and counted and match_title(words[1:], lex) > 0


def _name_between_titles(words: list[str], entities: Document) -> tuple[int, int] | None:
    """(first, last + 1) of a person's name standing between a leading title and an office after
    it ("AKP | Muaz | Kasat Lantas Polres Gowa", "Kombes | Budi Santoso | Kabid Humas ..."): one to
    three name words that no lexicon types."""
    lex = entities.lex
    first = match_title(words, lex)
    if not first:
        return None
    last = first
    while last < len(words) and last - first < 3 and is_name_word(words[last], lex):
        if entities.is_lexicon_word(words[last]) or match_title(words[last:], lex) or common_shape(words[last]):
            break
        last += 1
    if last == first or last >= len(words) or not match_title(words[last:], lex):
        return None
    return first, last


SAID_NOUN_BACK = 1500  # characters before "pernyataan tersebut" where the statement it points to was named


def _source_of_said_noun(entities: Document, at: int, noun: str, written: str) -> Speaker | None:
    """Who gave the report or statement a noun with a demonstrative points back to ("bunyi laporan tersebut"):
    the person or body named nearest that noun in the sentence where the article last wrote it ("laporan TGPF",
    "BMKG dalam rilis itu", "Dalam pemberitahuan internal kepada pegawai, Departemen X menyatakan")."""
    body = entities.body
    found = body.rfind(f"{noun} ", max(0, at - SAID_NOUN_BACK), at)
    if found < 0 or (found > 0 and body[found - 1].isalpha()):
        return None
    start, end = entities.sentence_of(found)
    named = [m for m in entities.mentions_in(start, min(end, at)) if m.type in ("person", "organization", "state")]
    if not named:
        return None
    # the one nearest the noun: "BMKG dalam rilis itu", "laporan TGPF", "Dalam pemberitahuan ..., Departemen X"
    first = min(named, key=lambda m: found - m.end if m.end <= found else m.start - found - len(noun))
    name = body[first.start : first.end]
    if first.type == "person":
        person = entities.fullest(name) or entities.person_at(first.start)
        return Speaker(
            written,
            person.name if person else name,
            "person",
            person.role if person else None,
            person.code if person else None,
        )
    actor = entities.lex.actor(name)
    kind = "country" if first.type == "state" else "organization"
    code = first.code or (actor.code if actor else None)
    return Speaker(written, actor.name if actor else name.split(" (")[0], kind, None, code)


def _opened_by_head(entities: Document, at: int, head: str) -> str | None:
    """The last organisation named before ``at`` whose name the institution's head (or the first words of its
    name) opens ("Kementerian Luar Negeri AS" for a later "Kementerian"), without its short form in brackets."""
    for m in reversed(entities.mentions_in(max(0, at - ORGANIZATION_BACK), at, "organization")):
        name = entities.body[m.start : m.end]
        if name.startswith(f"{head} "):
            return name.split(" (")[0]
    return None


def _organization_named(entities: Document, at: int, phrase: str, written: str) -> str | None:
    """The organisation the document typed for exactly the whole attribution (a company, a party, an
    NGO: "PT Sinar Energi", "Garda Revolusi Iran"), when no lexicon actor names it (those keep their
    codes) and it is not a role."""
    lex = entities.lex
    words = written.split()
    if lex.actor(written) or has_title(words, lex):
        return None  # an actor keeps its code; "Majelis Hakim ...", "General Manager ...": a role
    # "Kejagung", "Bareskrim": the lexicon knows it (in a story about the home state: not a foreign "Istana")
    own = entities.home_story and written.lower() in home_institution_words(lex)
    platform = lex.channels.get(written.lower()) == written  # "tulis TikTok": the platform's company
    firm = len(written) >= 7 and CAMEL_CASE.match(written) is not None  # "ReforMiner": not a degree ("PhD")
    spelled = written in entities.short_forms  # "Celios" after "Center of Economic and Law Studies (Celios)"
    outlet = written in entities.outlet_names  # "Sohu" after "laporan dari Sohu"
    again = written in entities.firm_names  # "Taspen" after "PT Taspen (Persero)"
    described = written in entities.described_bodies  # "Valdor" after "perusahaan Valdor"
    if (
        len(words) == 1
        and not (written.isupper() and len(written) > 1)
        and not (own or platform or firm or spelled or outlet or again or described)
    ):
        return None  # one capitalised word the tagger calls an organisation is as often a person's name
    for m in entities.mentions_in(at, at + len(phrase)):
        name = entities.body[m.start : m.end]
        # (also with its short form after it: "Integrated Food Security Phase Classification (IPC)")
        if m.type == "organization" and m.code is None and (name == written or written.startswith(f"{name} (")):
            return name
    return None


def _named_organization(entities: Document, at: int, length: int) -> str | None:
    """The last organisation name the tagger found inside ``body[at:at + length]``, if it is not the
    whole phrase's first word."""
    inside = [m for m in entities.mentions if m.type == "organization" and at < m.start and m.end <= at + length]
    if not inside:
        return None
    between = entities.body[at : inside[-1].start].split()[1:]
    if not between or not all(w.islower() for w in between):
        return None  # only "head + lower-case description + name" ("Kantor berita KCNA")
    return entities.body[inside[-1].start : inside[-1].end]


AFFILIATION = re.compile(r"\s+(?:dari|asal)\s+[A-Za-z]")


def _affiliated_head(entities: Document, start: int, end: int) -> Person | None:
    """The person an attribution opens with when what follows the name is where they come from:
    "Clare Moriarty dari lembaga Citizens Advice mengatakan" is Moriarty, whoever else the affiliation
    names ("Analis dari Bank X, Rina, mengatakan" opens with a role: the person after it speaks)."""
    # the first by position: people found late are appended to the list
    first = min((p for p in entities.people if start <= p.start < end), key=lambda p: p.start, default=None)
    before = entities.body[start : first.start].replace(",", " ").split() if first is not None else []
    if first is None or (before and match_title(before, entities.lex) != len(before)):
        return None  # only a title may stand before the name ("Dame Clare Moriarty dari ...")
    after = first.start + len(first.name)
    return first if AFFILIATION.match(entities.body, after, end) else None


def _shared_name_of(tagged: Person, person: Person, previous: Speaker | None) -> bool:
    """Whether the one-word ``tagged`` name, which the article's fullest form gives to ``person``, stands
    in the same place in the name of the ``previous`` speaker, another person ("Agus" opening both
    "Agus Samiono" and "Agus Priyanto"; "Marquez" closing "Marc Marquez" and "Alex Marquez")."""
    if previous is None or previous.type != "person" or not previous.name or len(tagged.tokens) != 1:
        return False
    word, theirs, chosen = tagged.tokens[0], previous.name.split(), person.tokens
    if previous.name == person.name or len(theirs) < 2 or len(chosen) < 2:
        return False
    if _spelled_apart(theirs, chosen):
        return False  # "Roy Hadi Siahaan" and "Roy Hardi Siahaan", "Leo XIV" and "Leo XVI": one person misspelt
    return (theirs[0] == word == chosen[0]) or (theirs[-1] == word == chosen[-1])


def _spelled_apart(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two names differ in one word only, and those two words are close in spelling."""
    if len(one) != len(other):
        return False
    differ = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return len(differ) == 1 and SequenceMatcher(None, *differ[0]).ratio() >= 0.6


def _fuller_role(written: str | None, known: str | None, lex: Lexicon) -> str | None:
    """The role written before a name, else the one the article gave the person; a short title standing
    for the known role's title gives way to it ("PM | Corbett" after "Perdana Menteri (PM) Kanada
    Liam Corbett": the fuller role, and its state), and so does a rank the known role closes."""
    short = lex.short_titles.get(written.lower()) if written else None
    if short and known and short in known.lower():
        return known
    if written and known and known.endswith(f", {written}"):
        return known  # "AKBP | Robby ..." after "Kapolres Karimun, AKBP Robby ...": the office set off before the rank
    return written or known


def _person_speaker(
    written: str, tagged: Person, entities: Document, before: str, previous: Speaker | None = None
) -> Speaker:
    """A speaker whose attribution holds a tagged person name: the fullest form of that name in the
    article, the role written before it (or the one the article gave the person). A one-word name that
    several people share is the person who spoke last when it is theirs ("kata Agus" after "kata
    Kapolsek X, AKP Agus Priyanto", though the article named Agus Samiono first)."""
    person = entities.fullest(tagged.name) or tagged
    if _shared_name_of(tagged, person, previous):
        return Speaker(written, previous.name, "person", previous.role, previous.code)
    role_text = _clean_phrase(before) or None
    if role_text and not has_title(role_text.replace(",", " ").split(), entities.lex):
        role_text = None
    role = _fuller_role(role_text, person.role or tagged.role, entities.lex)
    actor = role_actor(role, entities.lex) if role else None
    code = actor.code if actor else (person.code or tagged.code)
    return Speaker(written, person.name, "person", role, code)
