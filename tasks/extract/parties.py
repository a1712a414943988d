"""Parties: who can hold or receive a stance, read from the document's typed mentions.

A party is a person (the fullest name the article gives, with their state's code), an organisation
(an actor of ``actors.tsv`` with its code, or a name that looks like an institution), a state, a
group named by a group noun ("tiga pengedar narkoba", "negara-negara Eropa"), or the home state's
authorities named by a common noun ("polisi menangkap ..." in a story about the home state). Never
free text: a pronoun, a vague group ("sejumlah pihak"), a bare institution word ("Partai"), a news
agency or the office before a person's name is no party. ``stances`` asks this module for the
parties of a span, the first party after a cue with those coordinated with it, and the parties of a
subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasks.clean import agency_names
from tasks.extract.document import FAMILY_FIRST, Document, Person
from tasks.extract.lang import Actor, Lexicon, load, stance_cue_lengths
from tasks.extract.mentions import Speaker, resolve
from tasks.extract.ner import ARABIC_PARTICLE, PARTICLES
from tasks.extract.subjects import verb_at
from tasks.extract.text import WORK_WORDS
from tasks.extract.vocab import (
    AUXILIARIES,
    BEFORE_VERB,
    BER_NOT_VERBS,
    COMPANY_PREFIXES,
    DEMONSTRATIVE_NEXT,
    DEMONSTRATIVES,
    GROUP_STOP,
    NAME_NOTE_NEXT,
    NUMBER_WORDS,
    PREPOSITIONS,
    SHORT_FORM,
    actor_in,
    full_title_words,
    group_word,
    has_title,
    match_title,
    relation_before,
    singular,
    state_code,
    state_of,
    title_kind,
)

MAX_GAP_WORDS = 6
QUOTE_OPEN = frozenset(['"', "“", "”", "‘", "'"])  # real text writes either glyph for both marks
QUOTE_CLOSE = frozenset(['"', "”", "“", "’", "'"])
# a work named before its title ("lagu", "film", "nomor ..., ") or a title set off by a comma
WORK_BEFORE = re.compile(r"(?:" + WORK_WORDS + r"(?:\s+\w+){0,3}|,)\s*$")


# words joining coordinated parties; "pemerintah" may open the next one ("Indonesia dan Pemerintah Inggris")
JOIN = re.compile(
    r"\s*(?:,|dan|serta|,\s*(?:dan|serta|maupun)|maupun|atau|bersama|bersama dengan)\s*(?:[Pp]emerintah\s+)?"
)
LIST_END = re.compile(r"\b(?:dan|serta|maupun)\b")  # the word before a list's last item


AFFILIATION = re.compile(r"\s+(?:dari|asal)\s+")  # "X dari Partai Republik": where a person belongs


QUANTIFIERS = frozenset(
    ["para", "seluruh", "semua", "sejumlah", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
     "sepuluh", "belasan", "ribuan", "ratusan", "puluhan", "kedua"]
)


# prepositions that lead from a stance word to its target ("dukungan KAI terhadap ...")
TARGET_PREPOSITIONS = ("terhadap", "kepada", "untuk", "atas", "bagi", "ke")


GENITIVE_TO = re.compile(rf"\s*(?:(?:yang|juga)\s+)?(?:{'|'.join(TARGET_PREPOSITIONS)})\s+")
# parties counted, then named: "berbagai negara termasuk Rusia dan Mesir", "sejumlah pihak, antara lain X":
# the named ones are the parties
COUNTED_THEN_NAMED = re.compile(
    r"(?:berbagai|sejumlah|beberapa|banyak|sebagian)\s+(?:negara|pihak|organisasi|lembaga|pemerintah)"
    r"(?:\s+lain)?,?\s+(?:termasuk|antara lain|seperti|yakni|yaitu|di antaranya)\s+"
)


CAPITAL_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")  # the word continues a capitalised run ("Asian Games")


# a verb or a copula between a cue and a party makes the party that verb's or a predicate; ber- words
# that describe a noun ("berbagai", "berinisial X") or join a partner ("bersama") are no such verb
GAP_VERB = re.compile(
    r"(?<![\w-])(?:me(?:m|n|ng|ny)[a-z]{3,}|me[lrwy][a-z]{3,}"
    rf"|ber(?!(?:sama|{BER_NOT_VERBS})\b)[a-z]{{3,}}"
    r"|adalah|merupakan)(?![\w-])"  # "mengakui kedua korban itu adalah X": X is what they are
)


# the doer of the act a cue is about, named in a passive relative clause: "mengecam kekejaman yang
# dilakukan Israel", "menolak tuduhan yang dilontarkan oleh AS"
DONE_BY = re.compile(
    r"(?<![\w-])yang\s+(?:(?:telah|sudah|kini|tengah|sedang|akan|selama ini|saat ini)\s+)?di[a-z]{3,}\s+"
    r"(?:oleh\s+(?:[a-z]{3,}\s+){0,2})?"  # the doer's kind after "oleh": "oleh kelompok gerilyawan | ARSA"
    r"(?:[A-Z][\w.]*\s+){0,3}$"  # a title before the doer: "yang dilaksanakan Presiden Joko Widodo"
)


# a topic between an act's noun and a relative clause naming a doer: the clause is the topic's ("menolak
# bantuan | terkait dengan tuduhan ... yang disampaikan X": X made the accusation, not the aid)
TOPIC_OF = re.compile(r"(?<![\w-])(?:terkait|tentang|mengenai|soal|perihal)(?![\w-])")


# what a party owns stands for the party: "menyita aset senilai ... milik Chen Zhi"
OWNED_BY = re.compile(r"(?<![\w-])milik\s+(?:[A-Z][\w.]*\s+){0,3}$")


# a noun with its own "pada" between a cue and a party: "menahan rasa gemas pada X" (not "dukungan
# penuh pada X", where only a modifier stands between)
FEELING_TOWARDS = re.compile(
    r"(?<![\w-])(?!(?:penuh|besar|tinggi|kuat|tegas|keras)\b)[a-z]{3,}\s+(?:[a-z]+\s+)?pada\s+"
)


# a comma between a cue and a party, not in a number ("3,5 tahun") nor before a narrowing word
# ("terima kasih kepada pemerintah, khususnya Presiden X")
# a relation written with "-nya", then the name set off: "terhadap pendahulunya, Barack Obama"
RELATION_SET_OFF = re.compile(r"^[^,]*\b[a-z]+nya,\s*$")
LIST_COMMA = re.compile(r"(?<!\d),(?!\d)(?!\s*(?:khususnya|terutama|termasuk|yakni|yaitu|antara lain)\b)")


# a nominalised act between a cue and a name ("menuntut pembebasan Maduro"): the name is not the target
BY_AFTER = re.compile(r"\s+oleh\s+(?:[Pp]emerintah\s+|militer\s+|pasukan\s+)?")  # "pembunuhan X | oleh Israel"
BY_BEFORE = re.compile(r"\s+oleh\s+(?:[Pp]emerintah\s+|militer\s+|pasukan\s+)?$")  # "pembunuhan aktivis oleh | Israel"
NOMINALISED = re.compile(r"(?<![\w-])(?:pe|ke)\w{3,}an(?![\w-])")


ACTION_WORDS = (  # what stands for its actor: "keputusan pemerintahan Trump", "serangan Israel", "pernyataan Macron"
    r"(?:tindakan|operasi|serangan|langkah|kebijakan|keputusan|agresi|invasi|sanksi|blokade|pemerintahan|rezim"
    r"|pernyataan|usulan|rencana|program|upaya|sikap|seruan|gagasan|inisiatif|ajakan"
    r"|permohonan|permintaan|gugatan|tuntutan|tawaran|banding|klaim|keberatan"  # "menolak banding X": X's appeal
    r"|usul|usulan|ide|proposal|resolusi|aksi|manuver|ucapan|komentar"
    r"|pengumuman|pengakuan|kunjungan|kepemimpinan|pencalonan"
    r"|penampilan|permainan|pengabdian)"  # "memuji penampilan X": a performance stands for its performer
)


ACT_OPENING = re.compile(ACTION_WORDS + r"(\s+)(?:[a-z]+\s+)?")  # an act, then maybe one modifier

# what a party stands for or has done, so that a stance towards it is one towards the party: "mendukung
# kemerdekaan Palestina", "melanggar kedaulatan Korea Utara", "mengapresiasi keberhasilan X"
CAUSE_WORDS = frozenset(
    ["kemerdekaan", "kedaulatan", "perjuangan", "keanggotaan", "pencalonan", "kepentingan", "keberhasilan",
     "kepemimpinan", "pencapaian", "kepedulian", "ketegasan", "penanganan",
     "kehadiran", "kedatangan", "kunjungan", "partisipasi", "perhatian", "keikutsertaan", "kontribusi", "komitmen",
     "peran", "jasa"]
)


@dataclass(frozen=True)
class Party:
    name: str
    type: str
    code: str | None


# lower-case words a name may hold: particles and the connectors of organisations' names
NAME_LOWER = PARTICLES | frozenset(["dan", "untuk", "dari", "of", "the", "and", "for"])


def well_named(name: str | None, kind: str | None) -> bool:
    """Whether a holder or target is a name: it starts with a capital or a digit and every lower-case
    word is a particle or a connector; groups, named by their noun, are exempt. Stances failing
    this are not written, and the stances suite checks it (``_holder_named``, ``_target_named``)."""
    if not name:
        return False
    if kind == "group":
        return True
    words = name.replace("(", " ").replace(")", " ").split()
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_LOWER or ARABIC_PARTICLE.match(w) for w in words
    )


def party_of_speaker(sp: Speaker, lex: Lexicon) -> Party | None:
    if sp.name is None or sp.type == "unknown":
        return None
    if sp.type in ("country", "organization"):
        actor = lex.actor(sp.name)
        if actor is not None:
            return Party(actor.name, actor.type, actor.code)
    if sp.type == "person" and sp.name == sp.role and (sp.name[:1].isupper() or has_title(sp.name.split(), lex)):
        # "Juru bicara Hamas mengatakan pihaknya menolak ...", '"...," kata juru bicara Kementerian Luar
        # Negeri Korea Utara': an official the article does not name holds the stance of the state or
        # organisation the role names
        actor = actor_in(sp.name, lex)
        if actor is not None:
            return Party(actor.name, actor.type, actor.code)
    return Party(sp.name, sp.type, sp.code)


BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")
QUALIFIED_JOIN = re.compile(r"\s+dari\s+[^,;.()]*(?:\([^()]*\)[^,;.()]*)*\s+(?:dan|serta)\s+")
MEMBER_STATES_BEFORE = re.compile(r"\bnegara(?:-negara)?\s+anggota\s+$", re.IGNORECASE)


TITLE_REACH, TITLE_REACH_WORDS = 40, 4  # how far back a title's opening mark is looked for, in characters and spaces


def _in_a_works_title(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` stands inside quotation marks opened right after a word naming a work (up to
    a few words of its title before it: 'RUU "One Big Beautiful Bill"' holds no person "Bill")."""
    if body[end : end + 1] not in QUOTE_CLOSE:
        return False  # (most mentions: read no further)
    opened = max(body.rfind(mark, max(0, start - TITLE_REACH), start) for mark in QUOTE_OPEN)
    if opened < 0 or body[opened + 1 : start].count(" ") > TITLE_REACH_WORDS:
        return False
    return WORK_BEFORE.search(body, max(0, opened - 40), opened) is not None


def parties_in(doc: Document, start: int, end: int) -> list[tuple[Party, int, int]]:
    """The parties named in ``body[start:end]``, in text order: persons (fullest name, their state's
    code), organisations (with an actor code or the home state's, for its institutions), states."""
    lex = doc.lex
    out: list[tuple[Party, int, int]] = []
    for m in doc.mentions_in(start, end):
        text = doc.body[m.start : m.end]
        if text.lower() in lex.pronouns:
            continue  # "Mereka": a word pointing back is no party by itself
        if _in_a_works_title(doc.body, m.start, m.end):
            continue  # 'lagu "Bang Bang"', 'film "Marlina"': a work's title in quotation marks is no party
        if m.type == "person":
            person = doc.person_at(m.start)
            if person is None:
                continue
            full = doc.fullest(person.name) or person
            if not _clearly_a_person(full, doc):
                continue
            out.append((Party(full.name, "person", doc.code_of(full.name)), m.start, m.end))
        elif m.type == "organization" and (text.lower() in agency_names() or text.lower().endswith(".com")):
            continue  # a news agency reports; it takes no stance ("kepada Antara, mengakui ...")
        elif m.type == "organization" and _office_of_next_person(doc, m.end):
            continue  # "Kepala Dinas PUPR Ahmad Sudirman": the office is the person's role, not a party
        elif m.type == "organization" and MEMBER_STATES_BEFORE.search(doc.body, max(0, m.start - 30), m.start):
            continue  # "142 negara anggota PBB mengakui ...": the member states act, not the organisation
        elif m.type == "state" and _origin_of_a_name(doc, m.start):
            continue  # "Naval Group dari Perancis", "klub Al Nassr asal Arab Saudi": where a named party is from
        elif m.rule == "party":
            out.append((Party(text, "organization", None), m.start, m.end))  # a party named in a list of parties
        elif m.type in ("state", "organization") and (actor := _actor_named(text, m.code, lex, m.rule)) is not None:
            out.append((Party(actor.name, actor.type, actor.code), m.start, m.end))
        elif m.type == "organization" and institution_like(text, doc):
            code = state_code(text, lex)
            if code is not None and code == lex.home_code:  # "Mahkamah Agung AS", then "Mahkamah Agung": not ours
                code = doc.state_named_with(text, m.start) or code
            out.append((Party(text, "organization", code), m.start, m.end))
    taken = _Spans([(s, e) for _, s, e in out])
    if lex.home_code and doc.home_story:
        for g in _authority_re(lex.language).finditer(doc.body, start, end):
            # "program pemerintah", "polisi menangkap ..." in a story about the home state: its state
            home = state_party(lex.home_code, lex)
            if home is not None and not taken.covers(g.start()):
                out.append((home, g.start(), g.end()))
    # the mentions over the range (one starting before it reaches in by a name's length at most)
    named = _Spans([(m.start, m.end) for m in doc.mentions_in(max(0, start - 300), end + 300) if start < m.end])
    office_end = start  # the end of the last office standing alone for its holder (its inner words are no names)
    for ws, we, _ in doc.words.between(start, end):
        # a short name of a person the article names in full ("Hokky" for "Hokky Caraka")
        word = doc.body[ws:we]
        if word.lower() in doc.lex.pronouns or not word[:1].isupper() or ws < office_end:
            continue
        if word.lower() in lex.title_words and not taken.covers(ws) and not named.covers(ws):
            held = _office_alone(doc, ws, end)
            if held is not None:  # "apresiasi kepada Kapolri": the one person the article named in that office
                office_end = held[1]
                out.append((held[0], ws, held[1]))
                continue
        # a family name of two letters stands alone too when it opens such an official's name ("Xi", "Li")
        family = _family_name_state(doc, word) if len(word) == 2 else None
        standalone = (len(word) > 2 or family is not None) and not CAPITAL_BEFORE.search(doc.body, max(0, ws - 30), ws)
        if standalone and not taken.covers(ws) and not named.covers(ws):
            full = doc.fullest(word)
            if full is not None:
                out.append((Party(full.name, "person", doc.code_of(full.name)), ws, we))
            elif (code := family or _family_name_state(doc, word)) is not None:
                # "Xi" after "Xi Jinping": the one official of that family name, else the family name alone
                bearers = {p.name for p in doc.people_opening(word) if len(p.tokens) > 1}
                out.append((Party(bearers.pop() if len(bearers) == 1 else word, "person", code), ws, we))
    return sorted(out, key=lambda p: p[1])


OFFICE_CLOSED = re.compile(r"\s*(?:[,.;:!?)]|(?:itu|ini|tersebut)\b|$)")  # nothing of a name after an office
# words before an office that make its holder someone else than the one named in it: a former or a future holder
NOT_THE_HOLDER_BEFORE = re.compile(r"\b(?:mantan|eks|bekas|calon|wakil|plt\.?|pj\.?)\s+$", re.IGNORECASE)


def _lone_office(doc: Document, at: int, end: int) -> tuple[str, int] | None:
    """A public office written alone at ``at``: a title and the capitalised words of its portfolio, no name
    among them and none after them ("kepada Kapolri", "memuji Menteri Pertanian", "Wakapolri itu"): the office
    as one key (its words with short titles written out, ``vocab.full_title_words``) and where it ends."""
    spans = list(doc.words.between(at, min(end, at + 80)))
    words = [doc.body[s:e] for s, e, _ in spans]
    n = match_title(words, doc.lex)
    if not n or not words[0][:1].isupper() or title_kind(words[:n], doc.lex) != "office":
        return None
    k = n  # the portfolio's words: capitalised, joined by "dan", with nothing but a space between them
    while k < len(words) and doc.body[spans[k - 1][1] : spans[k][0]].strip() == "" and (
        words[k][:1].isupper() or (words[k] == "dan" and k + 1 < len(words) and words[k + 1][:1].isupper())
    ):
        k += 1
    office_end = spans[k - 1][1]
    if doc.mentions_in(at, office_end):
        return None  # a name among them: no office alone
    return " ".join(full_title_words(" ".join(words[:k]), doc.lex)), office_end


def _office_alone(doc: Document, at: int, end: int) -> tuple[Party, int] | None:
    """A public office written alone (``_lone_office``): the one person the article named before with that office
    opening their role (and where the office ends); None when nobody or several people hold it, or the words
    before it make the holder another (a former one)."""
    lone = _lone_office(doc, at, end)
    if lone is None or NOT_THE_HOLDER_BEFORE.search(doc.body, max(0, at - 8), at):
        return None
    want, office_end = lone
    holders = {name for named_at, name in doc.office_holders().get(want, ()) if named_at < at}
    if len(holders) != 1:
        return None
    name = holders.pop()
    return Party(name, "person", doc.code_of(name)), office_end


# a capitalised word, then "dari" or "asal": the state after it is where a named party comes from
ORIGIN_WORD_BEFORE = re.compile(r"\basal\s+$")  # "asal Amerika Serikat": where someone comes from
ORIGIN_BEFORE = re.compile(r"\b([A-Z][\w&.'’-]*)\s+(?:dari|asal)\s+$")


def _origin_of_a_name(doc: Document, state_start: int) -> bool:
    """Whether the state at ``state_start`` only says where the name before it comes from ("kerja
    sama dengan Naval Group dari Perancis": the partner is the firm, not France); not after a title
    ("Duta Besar dari Jepang": the state's official) or a word opening the sentence ("Bantuan dari Jepang")."""
    m = ORIGIN_BEFORE.search(doc.body, max(0, state_start - 60), state_start)
    if m is None:
        return False
    s, _ = doc.sentence_of(m.start(1))
    word = m.group(1)
    return m.start(1) > s and not doc.is_lexicon_word(word)  # a lexicon word: a title, an office, a state


class _Spans:
    """Character ranges, merged, asked whether they cover a position (in log time: a sentence of
    thousands of names is read in n log n, not n squared)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _actor_named(text: str, code: str | None, lex: Lexicon, rule: str = "") -> Actor | None:
    """The state or organisation a mention names, by its canonical name; also with its acronym in
    brackets after it ("Organisasi Perburuhan Internasional (ILO)"). A lexicon actor without a code
    (an armed group: "Huthi" -> "Houthi") also keeps its canonical name."""
    actor = lex.actor(text) if code is not None or rule == "actors" else None
    if actor is None and text.endswith(")"):
        actor = lex.actor(BRACKETED_TAIL.sub("", text))
    return actor


def _office_of_next_person(doc: Document, end: int) -> bool:
    """Whether the name of a person whose role ends here follows ``end`` directly."""
    pos = end
    while pos < len(doc.body) and doc.body[pos] == " ":
        pos += 1
    person = doc.person_at(pos) if pos > end else None
    return person is not None and person.role is not None


def _family_name_state(doc: Document, word: str) -> str | None:
    """The state of the officials a repeated family name may stand for ("keputusan Kim"), when all
    of them serve one state: which of them is meant can stay open (a speaker needs the person,
    a stance towards a state's official only the state)."""
    codes = {p.code for p in doc.people_opening(word) if len(p.tokens) > 1 and p.code in FAMILY_FIRST}
    return codes.pop() if len(codes) == 1 else None


def somebody(party: Party, doc: Document) -> bool:
    """A person party passes ``_clearly_a_person``; other parties pass."""
    if party.type != "person" or party.code is not None:
        return True  # a person with a state's code was named with a role somewhere
    person = next((p for p in doc.people if p.name == party.name), None)
    return person is None or _clearly_a_person(person, doc)


def _clearly_a_person(person: Person, doc: Document) -> bool:
    """A party must be somebody: a name of two words or more, initials the article gives as a person's, or
    one word the article gives a title somewhere ("Bupati Syarwani"). A lone capitalised word the tagger
    called a person ("Yerusalem", "Pertemuan") is too weak to hold or receive a stance."""
    if len(person.tokens) > 1 or person.name in doc.people_initials:  # ("berinisial YG": a suspect)
        return True
    return person.name in doc.names_with_a_role()


def institution_like(text: str, doc: Document) -> bool:
    """An organisation name worth a stance: an acronym ("KAI"), a name opened by an institution
    word ("Partai Golkar", "PT Pertamina") or naming a home institution, or a capitalised name that
    holds no title or office word and is not a common word the article also writes in lower case."""
    lex = doc.lex
    words = text.replace("(", " ").replace(")", " ").split()
    if not words or text.count("(") != text.count(")"):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        # an acronym names an organisation; "PT" alone does not, nor a number ("XV/2017")
        return words[0] not in COMPANY_PREFIXES and words[0].replace("-", "").isalpha()
    if any(w.lower() in lex.home_institutions for w in words):
        return True  # "Kejaksaan", "Kementerian Kesehatan"
    if words[0].lower() in lex.institution_heads or words[0] in COMPANY_PREFIXES:
        return len(words) > 1  # "Partai" alone names no party
    lowered = [w.lower() for w in words]
    if any(w in lex.titles or w in lex.title_words for w in lowered):
        return False
    return not (len(words) == 1 and doc.is_common_word(lowered[0]))


VAGUE_TAIL = frozenset(["lain", "lainnya", "terkait", "tertentu", "manapun", "luar"])  # "pihak lain": still nobody


def _vague(word: str, lex: Lexicon) -> bool:
    """A noun of people in general ("pihak", "negara-negara"), also reduplicated ("pihak-pihak")."""
    return word in lex.vague_groups or singular(word) in lex.vague_groups


def group_at(doc: Document, start: int, end: int) -> tuple[Party, int, int] | None:
    """A group named right at ``start`` ("masyarakat", "tiga pengedar narkoba", "pengungsi Rohingya")."""
    words = doc.words.between(start, min(end, start + 60))
    if not words:
        return None
    i = shared = 0  # "60 persen | warga AS": the group's name starts after its share
    while i < len(words) and ((share := _proportion(words, i)) or words[i][2] in QUANTIFIERS):
        shared = i + 1 if share else shared
        i += 1
    head = words[i][2] if i < len(words) else ""
    # "empat remaja", "dua pria", "sembilan wartawan": persons counted are a group
    numbered = i > 0 and words[i - 1][2] in NUMBER_WORDS
    # "sembilan wartawan", "dua jenderal", "para menteri": a profession counted by number, holders of a rank or an
    # office counted in any way are a group (not "para ahli": people of a trade, no party)
    kind = doc.lex.titles.get(head)
    posts = i > 0 and kind in ("rank", "office") and (numbered or words[i - 1][2] in QUANTIFIERS)
    counted = i > 0 and (head in doc.lex.person_nouns or (numbered and kind == "profession") or posts)
    grouped = group_word(head, doc.lex) or _vague(head, doc.lex)
    if not grouped and not counted:
        return None
    if i + 1 < len(words) and not counted and not _vague(head, doc.lex) and doc.person_at(words[i + 1][0]) is not None:
        # "tersangka Sanawi", "terdakwa Budi Santoso": the person so described, no group ("pihak X": X's side)
        return None
    j = i + 1
    while (
        j < len(words)
        and j < i + 3
        and words[j][2] not in GROUP_STOP
        and words[j][2] not in AUXILIARIES  # "pengguna perlu perangkat ...": the group is "pengguna"
        and (not doc.lex.titles.get(words[j][2]) or " ".join(w[2] for w in words[i : j + 1]) in doc.lex.titles)
        and not GAP_VERB.fullmatch(words[j][2])  # "korban menggunakan ...": a verb ends the group
    ):
        if doc.body[words[j - 1][1] : words[j][0]].strip():
            break  # punctuation in between
        j += 1
    if _vague(words[i][2], doc.lex) and all(w[2] in VAGUE_TAIL for w in words[i + 1 : j]):
        return None  # "sejumlah pihak", "pihak lain", "pihak terkait": nobody in particular
    s, e = words[shared][0], words[j - 1][1]
    across = any(w[2].split("-")[0] in doc.lex.counterparts for w in words[i:j])  # "sekutu AS": not the US's
    # "kedua jenderal", "para menteri": holders of a post the text places nowhere serve the home state only in a
    # story about it (as persons so titled do, ``Document.code_of``)
    home = doc.home_story
    code = None if across else state_code(doc.body[s:e], doc.lex, officials=home, authorities=home or doc.home_named)
    return Party(doc.body[s:e], "group", code), s, e


# a share of a group: "(sebanyak) 60 persen warga AS", "sebagian besar warga", "mayoritas responden"
PROPORTION_WORDS = frozenset(
    ["sebanyak", "sekitar", "hampir", "persen", "sebagian", "besar", "mayoritas", "kebanyakan"]
)


def _proportion(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``words[i]`` belongs to a share of a group counted before its noun (a number, "persen")."""
    word = words[i][2]
    number = word.replace(",", "").isdigit() and i + 1 < len(words) and words[i + 1][2] == "persen"
    return word in PROPORTION_WORDS or number


# people counted or gathered, then where they come from: "para ahli dari Jerman", "sejumlah warga asal China"
PEOPLE_FROM = re.compile(r"\b(?:para|sejumlah|beberapa|banyak)\s+[a-z]+\s+(?:dari|asal)\s*$")


LOCATED_IN = re.compile(r"\s(?:di|dalam)\s+(?:(?:wilayah|kawasan|negara|seluruh)\s+){0,2}$")  # "di seluruh wilayah"
# the means a stance is shown by: "dukungannya untuk sang suami lewat unggahan Instagram Story"
BY_MEANS = re.compile(r"\b(?:lewat|melalui|via)\s")


PARTY_WINDOW = 1000  # characters read for a party's list, either way


def first_parties(
    doc: Document, start: int, end: int, skip: Party | None, relative: bool = False
) -> list[tuple[Party, int]]:
    """The first party after ``start`` (within MAX_GAP_WORDS) and the parties coordinated with it (``relative``:
    inside a relative clause, whose list runs up to the main clause's verb: "Kanada yang didukung oleh Uni
    Eropa dan Meksiko | mendorong ...")."""
    end = min(end, start + PARTY_WINDOW)  # a party and its list stand close by: long sentences stay linear
    found = [p for p in parties_in(doc, start, end) if skip is None or not same_party(p[0], skip)]
    at = skip_space(doc.body, start, end)
    counted = COUNTED_THEN_NAMED.match(doc.body, at, end)
    if counted is not None:
        start = at = counted.end()
        found = [p for p in found if p[1] >= at]
    to = GENITIVE_TO.match(doc.body, at, end)  # "apresiasi kepada seluruh masyarakat"
    group = group_at(doc, to.end() if to else at, end)
    act = ACT_OPENING.match(doc.body, to.end() if to else at, end) if group is None else None
    if act is not None:  # "mengapresiasi langkah (cepat) keluarga korban": an act stands for the group doing it
        group = group_at(doc, act.end(1), end) or group_at(doc, act.end(), end)
    if group is not None and (not found or group[1] < found[0][1]):
        # "tentara Thailand dan Kamboja": the state inside the group is the group's, the next one its partner
        found = [group, *(p for p in found if p[1] >= group[2])]
    if not found:
        return []
    pointed = _party_pointed_back(doc, to.end() if to else at, found[0], end)
    if pointed is not None:
        return [pointed]  # "membela pebalap Spanyol itu", "memuji Presiden AS itu": the person named before
    gap = doc.body[start : found[0][1]]
    if _unknown_name_first(doc, gap):
        return []  # "mendukung Persib dengan hati ke Kuala Lumpur": the object is a name no mention types
    lone = _lone_office(doc, skip_space(doc.body, start, end), end) if gap.strip() else None
    if lone is not None and lone[1] <= found[0][1] and OFFICE_CLOSED.match(doc.body, lone[1]):
        # "memberhentikan Wakapolri itu di tangan Kapolri": the object is an office nobody named holds (not
        # "menyerang Presiden terpilih Donald Trump": the name goes on after it)
        return []
    if found[0][0].type in ("person", "organization") and relation_before(gap, doc.lex):
        return []  # "menembaki suami GJ": her husband, whom the article does not name here
    done_by = DONE_BY.search(gap) or OWNED_BY.search(gap)
    if done_by is not None and TOPIC_OF.search(gap, 0, done_by.start()):
        return []  # "menolak bantuan terkait tuduhan ... yang disampaikan X": X did what the topic names
    if len(gap.split()) > (MAX_GAP_WORDS + 8 if done_by else MAX_GAP_WORDS):
        return []
    nouns = [w.group().lower() for w in NOMINALISED.finditer(gap)]  # an act stands for its actor
    # (not a kind of organisation: "tiga perusahaan Rusia" names companies, no act)
    lex = doc.lex
    nouns = [w for w in nouns if w not in CAUSE_WORDS and w not in stance_cue_lengths(lex)]
    nouns = [w for w in nouns if w not in lex.organization_nouns]
    if done_by:
        nouns = []  # whatever the act is, the party did it
        gap = gap[: done_by.start()].rstrip(", ")  # "..., yang kini dilaksanakan X": no list comma
    if any(not re.fullmatch(ACTION_WORDS, w) for w in nouns):
        # "mengecam pembunuhan Ismail Haniyeh oleh Israel": the doer after "oleh" stands for the act
        if BY_BEFORE.search(gap):
            return [(found[0][0], found[0][1])]  # "... penangkapan aktivis oleh militer Myanmar"
        doer = next((p for p in found[1:] if BY_AFTER.fullmatch(doc.body[found[0][2] : p[1]])), None)
        return [(doer[0], doer[1])] if doer is not None else []
    if any(v.group() not in lex.title_words for v in GAP_VERB.finditer(gap)):
        # "mengakui masih menunggu hasil investigasi PT KAI": the party is another verb's ("menteri": a title)
        return []
    if PEOPLE_FROM.search(gap):
        return []  # "bekerja sama dengan para ahli dari Jerman": people from a state are not the state
    if LOCATED_IN.search(gap):
        return []  # "mendukung gaya hidup digital di Indonesia": where something is, not a party
    if BY_MEANS.search(gap):
        return []  # "dukungan untuk sang suami lewat unggahan Instagram": the channel, not whom it is for
    if FEELING_TOWARDS.search(gap):
        return []  # "menahan rasa gemas pada anak X": the party is what a feeling is towards
    if LIST_COMMA.search(gap) and not RELATION_SET_OFF.search(gap):
        return []  # "menggerebek Kampung Ambon, Cengkareng, Jakarta": a list of places, not the object
    # "Presiden AS Joe Biden dan Presiden Prancis Emmanuel Macron": each state is in its person's title
    found = [f for i, f in enumerate(found) if not _state_in_title(doc, f, found[i + 1 : i + 2])]
    member = _member_named_after(doc, found, end)
    if member is not None:
        return [member]  # "menahan anggota Komisi V DPR dari fraksi PAN Andi Tiro": the member, not the body
    out = [(found[0][0], found[0][1])]
    last = found[0][2]
    # "ketegangan antara X dan Y meningkat": one phrase (the cue may end with "antara")
    between = BETWEEN.search(doc.body, max(0, start - 8), found[0][1])
    for party, s, e in found[1:]:
        gap = doc.body[last:s]
        if party.code is not None and party.code == out[-1][0].code and ALIAS_GAP.fullmatch(gap):
            continue  # "Republik Indonesia (RI)": the short form the lexicon knows is the same party
        if not (_joins(gap) or _joined_by_title(doc, last, s)):  # "Amerika Serikat (AS) dan China"
            break
        if between is None and not relative and _opens_a_clause(doc.body, e, end):
            break  # "mendukung Chile dan Peru menolaknya": the next party is another clause's subject
        out.append((party, s))
        last = e
    join = JOIN.match(doc.body, last, end)
    group = group_at(doc, join.end(), end) if join and join.end() > last else None
    if group is not None and group[1] > last and not any(s == group[1] for _, s in out):
        out.append((group[0], group[1]))  # "AS dan negara-negara Eropa": a group closes the list
    return out


BETWEEN = re.compile(r"\bantara\b")


def _opens_a_clause(body: str, at: int, end: int) -> bool:
    """Whether an active verb follows the party ending at ``at``, adverbs or auxiliaries first: the party
    is a new clause's subject ("... dan Peru | tidak menolaknya"); not a preposition in me- ("melalui")."""
    words = body[at : min(end, at + 80)].split()[:5]
    verb = next((w for w in words if w.lower() not in BEFORE_VERB), "")
    return verb_at(verb, 0) and verb not in PREPOSITIONS


def _member_named_after(
    doc: Document, found: list[tuple[Party, int, int]], end: int
) -> tuple[Party, int] | None:
    """The person named after an organisation that a title before it makes their office: "anggota
    Komisi V DPR dari fraksi PAN Andi Tiro", "Ketua DPD Golkar Jabar Budi", also set off by a comma
    right after it ("mantan Kepala Dinas Kota Tanjung, Budi"): no verb in between."""
    party, start, stop = found[0]
    title = TITLE_BEFORE.search(doc.body, max(0, start - 30), start)
    if party.type not in ("organization", "country") or title is None or not doc.lex.titles.get(title.group(1).lower()):
        return None
    for other, s, _ in found[1:]:
        between = doc.body[stop:s]
        set_off = "," in between and not _set_off_after_role(between)
        if len(between.split()) > 8 or GAP_VERB.search(between) or set_off:
            return None
        if other.type == "person":
            return other, s
    return None


def _set_off_after_role(between: str) -> bool:
    """Whether the text between an office's organisation and a person is the rest of the office's name
    (capitalised words: its place) and one comma setting the name off: "(Distan) Kota Tanjung, "."""
    head, _, tail = between.rpartition(",")
    return not tail.strip() and "," not in head and all(w[:1].isupper() or w[:1] == "(" for w in head.split())


TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")  # the word right before a name


# a capitalised word first, then lower-case words before the party ("Persib dengan hati ke")
FIRST_GAP_WORD = re.compile(
    r"[\s,:]*(?:(?:terhadap|kepada|untuk|atas|bagi|ke|dengan)\s+)?([A-Z][a-z]+)\s+(?!sebagai\b)[a-z]"
)


def _unknown_name_first(doc: Document, gap: str) -> bool:
    """Whether the words before the first party open with a capitalised word no lexicon knows and the
    article writes only capitalised, lower-case words after it: a name the mentions left untyped is the
    object, the party further on is another's ("mendukung Persib dengan hati ke Kuala Lumpur"); not a
    programme named with its owner ("mendukung Astacita Presiden Prabowo") nor a place named as the
    party's ("mengakui Yerusalem sebagai ibu kota Israel")."""
    first = FIRST_GAP_WORD.match(gap)
    if first is None:
        return False
    word = first.group(1)
    return not doc.is_lexicon_word(word) and not doc.is_common_word(word.lower())


def skip_space(body: str, pos: int, end: int) -> int:
    while pos < end and body[pos] in " ,:":
        pos += 1
    return pos


def same_party(a: Party, b: Party) -> bool:
    """Two names of one party: the same name, or a state and its capital or seat of government
    ("Rusia" and "Kremlin"). A state and its own institutions or officials are two: the gold holds
    an official's support for the home government's programme ("IDN -> IDN")."""
    if a.name == b.name:
        return True
    return a.code is not None and a.code == b.code and a.type == b.type == "country"


# "kedua negara", "kedua belah pihak": two parties named before
BOTH = re.compile(
    r"(?:kedua|kedua belah)\s+(negara|pemerintah|pihak|perusahaan)\b"
    r"|dua\s+(perusahaan|negara)\s+(?:ini|itu|tersebut)\b",  # "Dua perusahaan ini bekerja sama ..."
    re.IGNORECASE,
)
FIRMS = frozenset({"perusahaan"})  # "kedua perusahaan": the two organisations named last
# "kedua" before the title of an office ("Kedua pemimpin", "Kedua menteri", "Kedua kepala negara"). Not "keduanya"
# (the two of them): the two persons named last are often someone else (a defendant's group named after them)
BOTH_TITLED = re.compile(r"kedua\s+(?=[A-Za-z])", re.IGNORECASE)
BOTH_WINDOW = 1500  # characters before the subject where the two are looked for


# a list of examples before a party, in the same sentence: "di antaranya Filipina, Prancis, dan Australia"
EXAMPLES_BEFORE = re.compile(r"\b(?:di antaranya|antara lain|seperti|termasuk|misalnya)\s[^.;:!?\n]*$")


def last_two(
    doc: Document,
    before: int,
    states: bool,
    speaker: Party | None,
    strict: bool = False,
    organizations: bool = False,
    people: bool = False,
) -> list[Party]:
    """The last two different parties named before ``before`` (states only for "kedua negara"; organisations
    only for "kedua perusahaan"; persons only for "kedua pemimpin"; persons and actors with a code for "kedua
    pihak"), other than the speaker who reports their agreement ("Trump mengumumkan bahwa kedua belah pihak
    sepakat ..."). ``strict``: none when a person whose state is unknown stands between (a leader of a state
    the article never places may be one of the two)."""
    found: list[Party] = []
    for party, ps, _ in reversed(parties_in(doc, max(0, before - BOTH_WINDOW), before)):
        if EXAMPLES_BEFORE.search(doc.body, max(0, ps - 120), ps):
            continue  # "... dengan sejumlah negara lain, di antaranya Filipina, Prancis, dan Australia": examples
        if strict and party.type == "person" and not party.code:
            return []
        if speaker is not None and (same_party(party, speaker) or (speaker.code and party.code == speaker.code)):
            continue
        if organizations and (party.type != "organization" or party.code):
            continue  # "kedua perusahaan": firms, not the states, their bodies or persons named with them
        if people and party.type != "person":
            continue  # "kedua pemimpin": the two leaders, not the capital where they met
        if not states and not organizations and party.type != "person" and not party.code:
            continue  # "perundingan IEU CEPA": an agreement's name is no party to it
        if states and party.type != "country":
            state = state_party(party.code, doc.lex) if party.type == "person" and party.code else None
            if state is None:
                continue
            party = state  # "Presiden Prabowo bertemu Putin ... kedua negara": the leaders' states
        if not any(same_party(party, f) or (party.code and party.code == f.code) for f in found):
            found.append(party)
        if len(found) == 2:
            return found[::-1]
    return []


def _state_in_title(doc: Document, party: tuple[Party, int, int], after: list[tuple[Party, int, int]]) -> bool:
    """A state right before a person's name is in that person's title ("Presiden Amerika Serikat Donald Trump"),
    or says where the person set off after it comes from ("tokoh sayap kanan asal Amerika Serikat, Candace Owens")."""
    if party[0].type != "country" or not after or after[0][0].type != "person":
        return False
    between = doc.body[party[2] : after[0][1]]
    origin = ORIGIN_WORD_BEFORE.search(doc.body, max(0, party[1] - 6), party[1]) is not None
    return between == " " or (between == ", " and origin)


JOIN_THEN_WORDS = re.compile(r"\s*(?:,\s*)?(?:dan|serta|maupun|bersama(?:\s+dengan)?)\s+((?:[A-Z][\w.-]*\s+){1,4})$")


def _joined_by_title(doc: Document, start: int, end: int) -> bool:
    """"X dan Presiden Amerika Serikat Y", "X bersama Menteri Z Y": a second party after "dan" and its title."""
    m = JOIN_THEN_WORDS.fullmatch(doc.body, start, end)
    return m is not None and match_title(m.group(1).split(), doc.lex) > 0


def _seat_of(doc: Document, org: tuple[Party, int, int], place: tuple[Party, int, int]) -> bool:
    """Whether ``place`` is a state named right after an international organisation, as its seat."""
    international = org[0].type == "organization" and org[0].code is not None and org[0].code != doc.lex.home_code
    return international and place[0].type == "country" and doc.body[org[2] : place[1]] == " "


ALIAS_GAP = re.compile(r"\s*[(/]\s*")  # between a party's name and its other names in brackets
SHORT_FORM_AFTER = re.compile(rf"\s*{SHORT_FORM}")  # "(AS)", "(RI)", "(PBB)" after a party's name


def _joins(gap: str) -> bool:
    """Whether ``gap`` joins two parties of a list ("dan", a comma), after the first one's short form or age in
    brackets if it is written ("Amerika Serikat (AS) dan China", "AYS (28) dan YG (24)")."""
    short = SHORT_FORM_AFTER.match(gap) or NAME_NOTE_NEXT.match(gap)
    return JOIN.fullmatch(gap[short.end() :] if short else gap) is not None


def listed_before(doc: Document, clause_start: int, start: int, end: int) -> int:
    """Where a subject starts that a list of parties runs into: "Inggris, Kanada, dan | Australia
    mengakui ..." from "Inggris" (the commas of a list are no clause boundaries when each item is a party)."""
    if not any(p.type in ("country", "organization") for p, _, _ in parties_in(doc, start, end)):
        return start  # "..., Komnas HAM, serta akademisi": the list's last item is no party
    begin = start
    for party, ps, pe in reversed(parties_in(doc, max(clause_start, start - PARTY_WINDOW), begin)):
        gap = doc.body[pe:begin]
        # ("Amerika Serikat (AS), Inggris, dan | China": a short form in brackets does not end the list)
        if not _joins(gap) or party.type not in ("country", "organization"):
            break
        if begin == start and not LIST_END.search(gap) and not LIST_END.search(doc.body, start, end):
            break  # "X, Jepang mengecam": no list ("..., dan Z")
        if any(m.type == "place" and doc.body[m.end : ps].strip() == "," for m in doc.mentions_in(clause_start, ps)):
            break  # "Di Jenewa, Swiss, Jepang dan Korea Selatan": the state of a place named before it
        begin = ps
    return begin


def holders_in(doc: Document, s: int, e: int, previous: Speaker | None) -> list[Party]:
    """The parties of a subject span (several when coordinated), else the resolved subject."""
    role = _role_pointing_back(doc, s, e, previous)
    if role is not None:  # "politisi Partai Golkar itu": the politician named before, not the party
        return [role]
    found = parties_in(doc, s, e)
    # "Presiden Amerika Serikat Donald Trump": the state in a person's title is the person's, no party
    found = [f for i, f in enumerate(found) if not _state_in_title(doc, f, found[i + 1 : i + 2])]
    # "UNESCO Jakarta", "WHO Indonesia": an international organisation's office, named by where it sits
    found = [f for i, f in enumerate(found) if not (i and _seat_of(doc, found[i - 1], f))]
    if found and found[0][0].type == "person" and _doers_of_an_act_on(doc, s, found[0][1]):
        # "pelaku penyerangan Novel Baswedan": those who did the act, not the person it was done to
        return [Party(doc.body[skip_space(doc.body, s, e) : found[0][2]], "group", None)]
    group = group_at(doc, skip_space(doc.body, s, e), e) if found and found[0][0].type != "person" else None
    if group is None and found and found[0][0].type == "country" and found[0][1] > s:
        # "..., tapi juga | netizen Indonesia yang mendesak ...": people of the state named right before it
        words = doc.words.between(s, found[0][1])
        group = group_at(doc, words[-1][0], e) if words else None
        group = group if group is not None and group[1] == words[-1][0] else None
    # "Warganet Jepang", "para pendukung Partai Republik": people of a state or of a party, a group; not
    # "pemberontak Huthi", "kelompok Hamas": an armed group or a movement named with its head noun is itself
    armed = group is not None and bool(doc.lex.group_heads & set(group[0].name.lower().split()))
    if group is not None and group[2] <= found[0][1] and AFFILIATION.fullmatch(doc.body, group[2], found[0][1]):
        found = [group, *found[1:]]  # "Sejumlah penonton dari Filipina": people from a state, not the state
    elif group is not None and group[1] < found[0][1] and found[0][2] <= group[2] and not armed:
        found = [group, *(p for p in found if p[1] >= group[2])]
    if found:
        parties = [found[0]]  # the last coordinated run of parties is the subject
        for prev, nxt in pairwise(found):
            if parties[-1] is prev and prev[0].type == "person" and AFFILIATION.fullmatch(doc.body[prev[2] : nxt[1]]):
                continue  # "Eko dari Fraksi PAN": the person, not the party they belong to
            gap = doc.body[prev[2] : nxt[1]]
            if prev[0].code is not None and nxt[0].code == prev[0].code and ALIAS_GAP.fullmatch(gap):
                continue  # "Organisasi Perburuhan Internasional (International Labour Organization/ILO)": one party
            joined = _joins(gap) or _joined_by_title(doc, prev[2], nxt[1])  # "Amerika Serikat (AS), Inggris dan China"
            # "DPD | dari daerah pemilihan Aceh serta | Pemerintah Provinsi Aceh": where a body's members come from
            joined = joined or (prev[0].type == "organization" and QUALIFIED_JOIN.fullmatch(gap) is not None)
            parties = [*parties, nxt] if joined else [nxt]
        return [p for p, _, _ in parties]
    both = BOTH.match(doc.body, skip_space(doc.body, s, e), e)
    if both is not None:  # "kedua negara sepakat ...": the two named before, each a holder
        speaker = party_of_speaker(previous, doc.lex) if previous is not None else None
        kind = (both.group(1) or both.group(2)).lower()
        return last_two(doc, s, kind in ("negara", "pemerintah"), speaker, organizations=kind in FIRMS)
    both_titled = BOTH_TITLED.match(doc.body, skip_space(doc.body, s, e), e)
    titled = doc.body[both_titled.end() : e].split()[:3] if both_titled is not None else []
    if titled and title_kind(titled, doc.lex) in ("office", "rank", "profession"):
        # "Kedua pemimpin sepakat ...", "Kedua menteri": the two persons named before (not "Kedua pelaku": people
        # of a group, no title of an office)
        speaker = party_of_speaker(previous, doc.lex) if previous is not None else None
        return last_two(doc, s, False, speaker, people=True)
    group = group_at(doc, skip_space(doc.body, s, e), e)
    if group is not None:
        return [group[0]]
    words = doc.body[s:e].split()
    first = words[0].lower() if words else ""
    pointing = doc.lex.pronouns.get(first) is not None or first in doc.lex.company_nouns
    # an office alone stands for its holder named before: "Presiden berterima kasih ..."
    office = bool(words) and match_title(words, doc.lex) == len(words) == 1
    if not (pointing or office) and words[-1:] not in (["ini"], ["itu"], ["tersebut"]):
        return []  # no named party and no word pointing back to one: nobody to hold the stance
    sp = resolve(doc.body[s:e], doc, s, previous)
    if office and not pointing and (sp.type != "person" or sp.name == sp.written):
        return []  # "Menlu mengecam ..." with no minister named: nobody in particular
    if sp.type == "group" and sp.name and " dan " in sp.name:
        # "Mereka menuduh ..." after "Keenan Nasution dan Rudi Pekerti": each of the pair holds it
        pair = [doc.fullest(n.strip()) for n in sp.name.split(" dan ")]
        if all(p is not None for p in pair):
            return [Party(p.name, "person", doc.code_of(p.name)) for p in pair if p is not None]
    if sp.name and sp.name.lower() in doc.lex.pronouns:
        return []  # "mereka" with no group named before: nobody the analyst could map
    party = party_of_speaker(sp, doc.lex)
    return [party] if party is not None and sp.type != "unknown" else []


def _doers_of_an_act_on(doc: Document, s: int, person_start: int) -> bool:
    """Whether the words before a person are a group's noun and an act in pe-an or ke-an done to that person
    ("pelaku penyerangan | Novel", "tersangka pembunuhan | X"): the group did it, the person suffered it."""
    words = [w for _, _, w in doc.words.between(s, person_start)]
    while words and words[0] in QUANTIFIERS:
        words = words[1:]
    return len(words) == 2 and group_word(words[0], doc.lex) and NOMINALISED.fullmatch(words[1]) is not None


def _party_pointed_back(doc: Document, at: int, first: tuple[Party, int, int], end: int) -> tuple[Party, int] | None:
    """The person a role phrase holding a state's or a body's name and closed by a demonstrative points back
    to, as a stance's target ("pebalap Spanyol itu", "Presiden AS itu"): the name is the role's, not the
    party."""
    party, ps, pe = first
    closing = DEMONSTRATIVE_NEXT.match(doc.body, pe, end)
    if party.type == "person" or closing is None or ps <= at:
        return None
    pointed = _role_pointing_back(doc, at, closing.end(), None)
    return (pointed, at) if pointed is not None else None


def _role_pointing_back(doc: Document, s: int, e: int, previous: Speaker | None) -> Party | None:
    """The person a role phrase closed by a demonstrative points back to ("politisi Partai Golkar itu",
    "Anggota Komisi II DPR ini"), when the phrase opens with a title or profession: the institution
    named inside it is the person's, not the holder."""
    words = doc.body[s:e].split()
    titled = has_title(words[:1], doc.lex) or words[0].lower() in doc.lex.professions  # "pebalap Spanyol itu"
    if len(words) < 3 or words[-1].lower() not in DEMONSTRATIVES or not titled:
        return None
    sp = resolve(doc.body[s:e], doc, s, previous)
    return Party(sp.name, "person", sp.code) if sp.type == "person" and sp.name else None


@cache
def _authority_re(language: str) -> re.Pattern[str]:
    """The home state's authorities named by a common noun ("pemerintah", "polisi", "penyidik":
    ``authority`` in ``home.tsv``), also capitalised at a sentence's start, but not
    when a name follows ("Pemerintah Indonesia", "Polisi Resor ...": that name is the party)."""
    words = sorted(load(language).home_authorities, key=len)
    if not words:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])(?!\s+[A-Z])")


def state_party(code: str, lex: Lexicon) -> Party | None:
    """The state (or international organisation) with actor code ``code``, as a party."""
    actor = state_of(code, lex)
    return Party(actor.name, actor.type, actor.code) if actor is not None else None
