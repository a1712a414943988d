"""Look-ups of a language's lexicons over words: titles, name words, states and organisations.

Shared by the document model, speaker resolution and stances (pure functions of a ``Lexicon``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from tasks.extract.lang import Actor, Lexicon, actor_key

# adverbs and auxiliaries between a subject and its verb ("Korea Utara juga menyatakan")
COMPANY_PREFIXES = frozenset({"PT", "CV", "TBK"})  # "PT Jasa Tirta": a company's legal form, no name alone
# an acting post's mark ("Plt Bupati", "Pj Gubernur", "Plt Direktur Utama"): an office only by the title after it
ACTING_TITLES = frozenset({"plt", "pj"})
# the days of the week, as a regular-expression alternation (times between a subject and its verb, the
# end of a speaker's words, items no institution's name lists)
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})  # words pointing back: "Presiden tersebut"
# words that lead to a quotation's source right after its closing mark ('"...," begitu X melaporkan', '"...,"
# demikian pernyataan X'); a mark misplaced before one ('..., "demikian pernyataan X') closes the quotation
SAYING_SO = frozenset(["begitu", "demikian"])
# the nouns a news outlet's name follows ("kantor berita Tasnim", "surat kabar The Times", "situs berita X"),
# as a regular-expression alternation with either case of the first letter
OUTLET_NOUNS = (
    r"[Kk]antor berita|[Ss]urat kabar|[Hh]arian|[Mm]ajalah|[Tt]abloid|[Kk]oran|[Ss]itus(?: berita)?"
    r"|[Ll]aman(?: berita)?|[Pp]ortal(?: berita)?|[Ss]tasiun televisi"
)
# the words a newspaper's or a news site's name ends with after the place it is of ("India Today", "Korea
# Herald", "The Jakarta Post", "Arab News"): English mastheads as Indonesian news cites them; words that
# also close firms' or shows' names after a place ("Star", "Express", "Mail") are left out
MASTHEAD_WORDS = frozenset(
    {"Today", "Daily", "Times", "Post", "Herald", "Tribune", "Gazette", "Observer", "Independent", "News",
     "Journal", "Telegraph", "Chronicle", "Inquirer"}
)  # fmt: skip
PLURAL_OPENERS = frozenset({"para", "beberapa", "sejumlah", "sebagian"})  # people counted, never one named
# numbers of people written as words ("dua pejabat AS", "puluhan warga")
NUMBER_WORDS = frozenset(
    ["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "belasan", "puluhan"]
)
DEMONSTRATIVE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(DEMONSTRATIVES)) + r")\b")  # "... | itu"
# prepositions (KBBI): they end a group's words, and "-nya" on one is a pronoun ("dengannya")
PREPOSITIONS = frozenset(
    {"di", "ke", "dari", "dalam", "pada", "kepada", "terhadap", "untuk", "bagi", "atas", "dengan", "oleh",
     "antara", "tentang", "mengenai", "melalui", "lewat", "via", "seperti", "tanpa", "demi", "menuju", "per"}
)  # fmt: skip

# words that end a group's name ("warga Sleman | yang", "mahasiswa UIN | dalam program"): function words,
# copulas, any preposition, and the common verbs without a prefix ("para pelaku | turun dari motor")
GROUP_STOP = frozenset(
    ["yang", "dan", "serta", "karena", "agar", "sebagai", "selaku", "selama", "sejak", "hingga", "sebesar",
     "sebanyak", "ini", "itu", "tersebut", "telah", "sudah", "akan", "masih", "sedang", "tidak", "belum", "juga",
     "berinisial", "berusia", "bernama", "asal", "sebelum", "setelah", "sesudah", "saat", "ketika", "usai",
     "sambil", "sehingga", "terkait", "bahwa", "atau",
     "adalah", "ialah", "merupakan", "bukan", "bukanlah", "yakni", "yaitu", "menjadi",  # a copula ends it
     "naik", "turun", "masuk", "keluar", "datang", "pergi", "tiba", "pulang", "lari", "kabur", "tewas",
     "hilang", "tinggal", "duduk", "tidur", "makan", "minum", "lahir", "hidup", "mati", "ikut"]
) | PREPOSITIONS  # fmt: skip
# a note in brackets after a name that is no part of it: the person's age ("Salma (22),"), or that the name is
# not the person's own ("Mamat (bukan nama sebenarnya)", "Rina (nama samaran)": news shields sources so)
PSEUDONYM_NOTE = r"(?:bukan\s+nama\s+(?:sebenarnya|asli)|nama\s+(?:samaran|disamarkan)|samaran)"
NAME_NOTE = rf"\((?:\d{{1,3}}(?:\s*tahun)?|{PSEUDONYM_NOTE})\)"
AGE_AFTER = re.compile(rf"\s*{NAME_NOTE}[\s,]*$")
NAME_NOTE_NEXT = re.compile(rf"\s*{NAME_NOTE}")  # right after a name: "Sutarjo | (52)", "Mamat | (nama samaran)"
# a body's short form in brackets after the words it shortens: "Komisi Pemberantasan Korupsi (KPK)",
# "Pemerintah Provinsi (Pemprov) DKI Jakarta" (one or two capitalised words; not a long form, "GIA (Gemological
# Institute of America)"); not a state firm's legal form, part of its registered name ("PT Taspen (Persero)")
SHORT_FORM = r"\((?!Persero\))[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?\)"
# a company named with its legal form last: "PC Ketapang II Ltd", "KrisEnergy (Satria) Ltd", "Apple Inc."
LEGAL_FORMS = r"(?:Ltd|Inc|Corp|Corporation|LLC|Plc|PLC|GmbH|Bhd|Berhad|Pte|Limited|Co)\b\.?"
# (a word in brackets right before a company's legal form is part of its registered name: "KrisEnergy (Satria) Ltd")
SHORT_FORM_INSIDE = re.compile(rf"(?<=\S) {SHORT_FORM}(?=$| (?!{LEGAL_FORMS}))")
WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad"  # "Ahad": Sunday, as some outlets write it
# words opening the description of one member of a group ("salah satu wali murid", "seorang warga")
ONE_OF_WORDS = "salah satu|salah seorang|seorang"
ONE_OF = re.compile(rf"\s*(?i:{ONE_OF_WORDS})\s+[a-z]")  # "salah satu wali murid": one, unnamed
# a sentence turning to the next source by likeness to what the last one said ("Hal senada disampaikan
# Rina (31), ...", "Pandangan serupa datang dari ...", "Cerita berbeda datang dari ..."): whom it names
# speaks next, whoever spoke before (no statement of its own: it has no content)
LIKE_MINDED = re.compile(
    r"(?i:hal|pendapat|pandangan|penilaian|tanggapan|komentar|keluhan|kekhawatiran|harapan|pesan|cerita"
    r"|pengalaman|kesaksian|pernyataan|nada|suara|sikap)\s+(?:yang\s+)?(?:senada|serupa|sama|berbeda|lain)"
    r"\s+(?:juga\s+|pun\s+)?(?:disampaikan|diungkapkan|diutarakan|dikemukakan|dilontarkan|diceritakan"
    r"|dituturkan|dirasakan|dialami|datang|muncul|terlontar)\b(?:\s+(?:oleh|dari))?\s"
)
# reported "content" that only points back to what was said or names the speech itself, then nothing or where
# and when it was said ("menyampaikan hal itu saat kunjungan kerja", "menyampaikan sambutan kepada warga",
# "menyampaikan keterangan pers di Jakarta"): no content of its own (not "hal tersebut diketahuinya ...")
POINTER_CONTENT = re.compile(
    r"(?i:(?:hal|pernyataan|keterangan|informasi|penjelasan)\s+(?:ini|itu|tersebut)|keterangan\s+pers"
    r"|sambutan(?:nya)?|pidato(?:nya)?)"
    r"\s*(?:\.|$|(?i:di|saat|ketika|kepada|dalam|usai|seusai|pada|setelah|sebelum|melalui|lewat|via|dari"
    r"|dengan)\b)"
)
# words opening where or when a speaker spoke, after the speaker's name or role ("... | saat ditemui")
SAID_WHERE = frozenset({"di", "saat", "ketika", "kepada", "dalam", "usai", "seusai", "setelah", "pada"})

# ber- words that describe or name rather than act ("berinisial X", "berusia 48 tahun", "berita"):
# no verb, so they end neither a subject nor the gap before a stance's target
BER_NOT_VERBS = (
    "ita|kas|nama|julukan|usia|umur|inisial|wenang|bagai|jumlah|upa|isi|basis|tajuk|status|bendera|kebangsaan|sama"
    "|darah|gelar|profesi"
)
DEMANDS = frozenset({"menuntut", "meminta", "mendesak", "menyerukan", "memprotes"})
# directive verbs: the first noun after them is whom the request is made to ("meminta masyarakat melaporkan")
ADDRESSING = (DEMANDS - {"memprotes"}) | {
    "mengimbau", "mengajak", "menginstruksikan", "memerintahkan", "menyuruh", "mendorong", "memperingatkan",
    "mengingatkan",
}

# personal pronouns: a verb cue's object that is one names no party after it; one right before a verb is its subject
FIRST_PERSON = frozenset(["saya", "aku", "kami", "kita"])  # "Menurut saya, ...": the speaker's own words
PERSONAL_PRONOUNS = FIRST_PERSON | frozenset(["kamu", "anda", "kalian", "dia", "ia", "beliau", "mereka"])

NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan"})  # words negating the verb after them
# words of ability, need or wish before a verb, which leave its subject as it is ("pengguna perlu | perangkat")
AUXILIARIES = frozenset(["perlu", "harus", "bisa", "dapat", "mampu", "ingin", "mau", "wajib", "boleh", "cukup"])

# a condition opening a clause: what follows is no position taken ("jika X mengakui ...")
CONDITIONAL = re.compile(
    r"\b(?:jika|apabila|kalau|seandainya|sekiranya|bilamana|andaikan|andai|asalkan|manakala"
    # "asal" opens a condition before a clause, not before a place of origin ("produk asal Indonesia")
    r"|(?-i:asal(?=\s+[a-z]|\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:me|ber|di|ter)[a-z]{3,}\b))"
    r"|(?<!meski )(?<!meskipun )(?<!namun )(?<!walau )(?<!walaupun )(?<!kendati )(?<!tapi )"  # "meski begitu": even so
    r"begitu(?!\s+(?:juga|pula|pun|banyak|besar|saja|lama|cepat|penting|kuat)\b))\b",  # "begitu X diakui, ..."
    re.IGNORECASE,
)

MODALS = frozenset(
    {
        "juga", "pun", "telah", "sudah", "akan", "lalu", "kembali", "turut", "tetap", "bahkan", "kemudian",
        "sempat", "pernah", "justru", "hanya", "masih", "langsung", "sendiri", "segera", "pula", "lantas",
        "lagi", "secara", "terus", "malah", "kerap", "sering", "akhirnya", "selalu", "senantiasa", "berulang",
        "kali", "beberapa", "berkali-kali",  # "beberapa kali menuduh": an adverb before the verb
        "resmi",  # "Kementerian X resmi mengumumkan": officially
        "ingin", "hendak",  # "Samsung ingin menegaskan": a wish before the verb, as "akan" is
    }
)
# words between a clause's subject and its verb that leave the subject as it is ("hakim | dapat | menjatuhkan",
# "Peru | tidak | menolaknya")
BEFORE_VERB = MODALS | AUXILIARIES | NEGATIONS | {"ikut"}


NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "dos", "la", "di"})
RUN = re.compile(
    r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?(?:[ ](?:(?:bin|binti|van|von|de|der|al|el|da|dos)[ ])?"
    r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?)*"
)
# one word with a capital inside after small letters, as firms and products are written; not the
# family names that keep a particle's capital ("McDonald", "MacArthur", "DiCaprio", "LaRusso", "DeSoto")
CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]")
LOWER_PREFIXED = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Assad", "el-Sisi"


@cache
def speech_words(lex: Lexicon) -> frozenset[str]:
    """Every reporting word of a language: quote cues, reporting verbs, passive reporting verbs."""
    return lex.quote_cues | lex.report_verbs | lex.passive_verbs


@cache
def passive_cue_re(lex: Lexicon) -> re.Pattern[str]:
    """The passive reporting verbs of a language as one whole-word, case-blind pattern."""
    words = sorted(lex.passive_verbs, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words)) or "(?!)"  # a language without any: never matches
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


@cache
def state_of(code: str, lex: Lexicon) -> Actor | None:
    """The state or international organisation with actor code ``code``."""
    return next((a for a in lex.actors.values() if a.code == code), None)


# abstract nouns of offices and acts ("Penyelenggaraan", "Pernyataan", "Dedikasi", "Kualitas"): never a
# person's name word, where the verb shapes below may be ("Dianti", "Menanda")
NOUN_SHAPE = re.compile(r"(?:Ke|Pe|Per)[a-z]{3,}an|[A-Z][a-z]{3,}(?:asi|itas|isme)")
# the shape of a capitalised common word, not a given name: such a noun, or an active or passive verb
# ("Menolak", "Dikatakan", "Diikuti")
VERB_SHAPE = re.compile(r"Di[a-z]{3,}(?:kan|i)|Me(?:m|n|ng|ny)[a-z]{3,}")
COMMON_SHAPE = re.compile(NOUN_SHAPE.pattern + "|" + VERB_SHAPE.pattern)
# title kinds that open a person's name ("AKBP Sutomo", "KRT Wiroprojo"), unlike an office or a profession
NAME_OPENING = frozenset({"rank", "honorific"})
# a physician's, a dentist's or a vet's title, written in lower case before the name ("dr. Aprilia Karen
# Mandagie, Sp.KK", "kata dr.Rizky"): one list for the tagger rules, the appositions and the speakers
PHYSICIAN_TITLES = ("dr", "drg", "drh")
PHYSICIAN_TITLE = "(?:" + "|".join(PHYSICIAN_TITLES) + ")"


def common_shape(word: str) -> bool:
    return COMMON_SHAPE.fullmatch(word) is not None


def doubled(low: str) -> bool:
    """A word written doubled, as Indonesian writes plurals ("artis-artis", "sumber-sumber"): a common noun."""
    return singular(low) != low


def verb_shape(word: str) -> bool:
    return VERB_SHAPE.fullmatch(word) is not None


def common_verb(word: str, lex: Lexicon) -> bool:
    """A capitalised verb the language writes in lower case ("- Membebaskan | Rudi ..."): no word of a name."""
    return verb_shape(word) and word.lower() in lex.common_words


def lexicon_word(word: str, lex: Lexicon) -> bool:
    """A state, a title, an office word, a region, an institution's word or a function word that opens
    sentences: some lexicon of the language knows it (never the first word of a person's name)."""
    low = word.lower()
    return (
        low in lex.openers
        or lex.actor(word) is not None
        or low in lex.titles
        or low in lex.title_words
        or low in lex.office_words
        or low in lex.regions
        or low in lex.institution_words
    )


def noun_shape(word: str) -> bool:
    return NOUN_SHAPE.fullmatch(word) is not None


REGNAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
# titles of those whose names take a regnal number (not "Koarmada II", a unit)
MONARCHS = frozenset(["paus", "raja", "ratu", "sultan", "kaisar", "pangeran", "putri", "sri"])
# titles also given as names in Indonesia: the monarchs' ("Ratu Atut", "Sultan Bachtiar", "Raja Juli", "Sri"
# of a Javanese given name after a post, "Menteri Keuangan | Sri Wulandari"; not
# "pangeran", a prince's title after a post: "Menteri Pertahanan Pangeran Khalid bin Salman") and the
# prayer leader's ("Menpora Imam Wicaksono": after another title, a given name; KBBI "imam")
GIVEN_TITLES = frozenset(["raja", "ratu", "sultan", "putri", "sri", "imam"])
# the months, also given names ("Juni Hartati (46)", "Agustus Sitompul (50)"): a month before another name
# word with an age after them opens a person's name
MONTH_NAMES = frozenset(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
     "desember"]
)
# a generation's mark after a full name: "X Y Jr." is X Y's son, not X Y written in full
GENERATIONS = frozenset(["jr", "sr", "junior", "senior"])


@lru_cache(maxsize=100_000)  # a word form's answer never changes for a loaded lexicon
def is_name_word(word: str, lex: Lexicon) -> bool:
    w = word.rstrip(".")
    low = w.lower()
    if not (w[:1].isupper() or LOWER_PREFIXED.match(w)):
        return False  # names are capitalised; particles are handled by the caller
    if low in lex.office_words or low in lex.titles or low in lex.pronouns or low in lex.group_nouns:
        return False
    if actor_key(w) in lex.actors or low in lex.actors:
        return False
    if noun_shape(w):
        return False  # "Dirjen Penyelenggaraan Haji": a noun of an office's name ("Pe-...-an"), nobody's
    if low in lex.home_institutions and sum(c.isupper() for c in w) >= 2:
        return False  # "Kemenpan-RB", "KemenPPPA": a home institution's short name in mixed case
    return not (w.isupper() and len(w) > 1 and not w.endswith("."))  # acronyms are not names


def _initials(word: str, lex: Lexicon) -> bool:
    """Initials inside a name ("Retno LP Marsudi", "Nixon LP Napitupulu"): two or three capitals that no
    lexicon knows as an institution, a state or a title, and no number. Only before a name's last word:
    after it, or before more words, they may close an organisation's name ("Selangor FA", "Bara JP
    Willem Ansanay")."""
    return (
        2 <= len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and not REGNAL.match(word)  # "Kodap III Nduga": a number, not initials
        and word.lower() not in lex.office_words
        and word.lower() not in lex.titles
        and word.lower() not in lex.home_institutions
        and actor_key(word) not in lex.actors
    )


def name_suffix(words: list[str], lex: Lexicon) -> int:
    """Index in ``words`` where the trailing person name starts (len(words) when none)."""
    i = len(words)
    if i > 1 and REGNAL.match(words[-1]) and is_name_word(words[-2], lex) and MONARCHS & {w.lower() for w in words}:
        i -= 1  # a regnal number closes a monarch's or a pope's name: "Paus Leo XIV", "Raja Charles III"
    while i > 0 and (
        is_name_word(words[i - 1], lex)
        or (words[i - 1] in NAME_PARTICLES and i < len(words))
        or (i == len(words) - 1 and i >= 2 and _initials(words[i - 1], lex) and is_name_word(words[i - 2], lex))
    ):
        if ends_actor(words[:i], lex):
            break
        i -= 1
    while i < len(words) and words[i] in NAME_PARTICLES:
        i += 1
    # "Badan Antariksa Doni Prasetyo": the word after an institution's head names the institution
    # ("Bank Indonesia Rizal Pratama Gunadi": not when a state's name closes the institution's)
    headed = any(w.lower() in lex.institution_heads for w in words[:i])
    state_closes = i > 0 and (actor_key(words[i - 1]) in lex.actors or ends_actor(words[:i], lex))
    if len(words) - i >= 3 and headed and not state_closes:
        i += 1
    head = head_at(words, i, lex) if 0 < i < len(words) else 0  # the name words open with a head
    if 0 < i < len(words) and (names_after_head(words, i, lex) or (head and names_after_head(words, i + head, lex))):
        return len(words)  # "Rektor Universitas Gadjah Mada", "Direktur Rumah Sakit Al Shifa": where they work
    return i


def head_at(words: Sequence[str], at: int, lex: Lexicon, bodies: bool = True) -> int:
    """Length of the head of a facility's name opening ``words[at:]`` (nouns.tsv and office_words.tsv
    ``facility``: "Rumah Sakit", "Masjid", "RSUD"), or with ``bodies`` a body's (``body_head``: "Universitas";
    not an acronym, "DPP"), 0 when none."""
    for n in (2, 1):
        head = words[at : at + n]
        if len(head) < n:
            continue
        low = " ".join(head).rstrip(".").lower()
        if low in lex.facility_heads or (bodies and n == 1 and low in lex.body_heads and not head[0].isupper()):
            return n
    return 0


def names_after_head(words: Sequence[str], at: int, lex: Lexicon) -> bool:
    """Whether ``words[:at]`` end with the head of a facility's or a body's name (``head_at``) and a word
    follows it: the words from ``at`` are that place's or body's name, never a person's ("Universitas |
    Gadjah Mada", "Rumah Sakit | Hasan Sadikin")."""
    if not 0 < at < len(words) or not words[at][:1].isupper():
        return False
    n = next((n for n in (2, 1) if at >= n and head_at(words, at - n, lex) == n), 0)
    # the head opens the name, after a title or nothing ("Kepala Dinas Pasar": a field of an office's name)
    return n > 0 and (at == n or words[at - n - 1].lower() in lex.titles)


def ends_actor(words: list[str], lex: Lexicon) -> bool:
    """Whether the last word of ``words`` closes a multi-word actor name ("Amerika Serikat")."""
    for n in (4, 3, 2):
        if len(words) >= n:
            alias = " ".join(words[-n:])
            if actor_key(alias) in lex.actors or alias.lower() in lex.actors:
                return True
    return False


def title_kind(words: list[str], lex: Lexicon) -> str | None:
    """The kind (``titles.tsv``) of the first title in ``words``: office, rank, honorific or group."""
    for i in range(len(words)):
        n = match_title(words[i:], lex)
        if n:
            return lex.titles[" ".join(words[i : i + n]).lower()]
    return None


def holder_title(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` alone is the title of one holder (an office, a rank, an honorific, a profession),
    not a group's ("jaksa", "kepala", not "pemilik", "warga")."""
    return lex.titles.get(word.lower(), "group") != "group"


def goes_by_honorific(word: str, before: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a familiar honorific a one-word name keeps ("Cak | Imin"), not the end of a
    title of two words after ``before`` ("Raden Mas | Said")."""
    return word.lower() in lex.familiar and before.lower() not in lex.titles


def has_title(words: list[str], lex: Lexicon) -> bool:
    return any(match_title(words[i:], lex) for i in range(len(words)))


def words_and_pairs(text: str) -> list[str]:
    """The lower-case words of ``text`` without punctuation, then each pair of neighbours: the keys
    one- and two-word institution names of ``home.tsv`` are looked up by ("polda", "bea cukai")."""
    words = [w.strip(",.()").lower() for w in text.split()]
    return [*words, *(" ".join(words[i : i + 2]) for i in range(len(words) - 1))]


PARTY_BOARDS = frozenset({"dpd"})  # a home institution's acronym a party's regional board also has


def state_code(
    text: str | None, lex: Lexicon, officials: bool = True, authorities: bool = True, unplaced: str | None = None
) -> str | None:
    """The actor code a role, an institution or a description stands for: the state or organisation
    it names ("Menteri Luar Negeri Venezuela" -> VEN), else the home state (``home.tsv``) when it
    names one of that state's institutions ("Polda Sumut", "KPK") or holds a public office or rank
    ("Bupati Bulungan", "Kombes"), as the outlet does not name its own country. ``officials``: unplaced
    officials are the home state's (a story about it); ``authorities``: so are its authorities named by a
    common noun alone ("pemerintah", "polisi": a story that names the home state at all); ``unplaced``:
    the state an office holder named by the title alone serves instead (a story about that state)."""
    if not text:
        return None
    if home_mission(text, lex):
        return lex.home_code  # "KBRI Riyadh": the home state's embassy, not Saudi Arabia
    actor = actor_in(text, lex)
    if actor is not None and actor.code is not None:
        # (not a private person's nationality: "Rapper Kanada")
        return None if actor.type == "country" and _nationality(text, lex) else actor.code
    if lex.home_code is None:
        return None
    if actor is not None:
        # a body with no code (a party, an armed group, a firm): its officers serve no state, unless the
        # role names an institution of the home state too ("Anggota DPR dari Fraksi PAN"); with a party
        # named, "DPD" is its regional board ("Sekretaris DPD Partai Golkar Jabar"), not the state's DPD
        named = [w for w in words_and_pairs(text) if w in lex.home_institutions and w not in PARTY_BOARDS]
        return lex.home_code if named else None
    abroad = post_abroad(text, lex)
    if abroad is not None:
        return abroad  # "Gubernur California", "Jaksa Agung Oregon": the state the post's place lies in
    if _foreign_region(text, lex, officials):
        return None  # "Gubernur Negara Bagian New York", "Wali Kota Blatten" in a story from Switzerland
    named = words_and_pairs(text)
    if any(w in lex.home_institutions and (authorities or w not in lex.home_authorities) for w in named):
        return lex.home_code
    words = [w.strip(",.()").lower() for w in text.split()]
    if any(w in home_short_titles(lex) or w in lex.home_portfolios for w in words):
        return lex.home_code  # "Menaker", "Kapolri", "Menteri ESDM": only the home state's posts are named so
    if _home_portfolio_named(" ".join(words), lex):
        return lex.home_code  # "Menteri Hukum dan HAM": a portfolio's full name only the home cabinet has
    if not officials and unplaced is None:
        return None
    written = text.split()
    i = 0
    while i < len(written):
        n = match_title(written[i:], lex)
        # the key as match_title found it: "Ir." is a title with its full stop, "ir" none
        title = " ".join(written[i : i + n]).lower()
        acting = title in ACTING_TITLES and i + n < len(written)  # "Plt Direktur Utama": the post after it
        public = n and not acting and lex.titles[title] in ("office", "rank")
        if public and title in lex.any_body_posts and _heads_another_body(written[i + n :], lex):
            return None  # "Ketua Umum AGTI", "Ketua Umum Bara JP": an association's officer, nobody's official
        if public and _and_a_profession(written[i + n :], lex):
            return None  # "Presiden dan Chief Executive Officer PT X": a company's president, no state's
        if public and (unplaced or title not in lex.foreign_posts):
            return unplaced or lex.home_code
        i += max(n, 1)  # "Perdana Menteri" is a post the home state has not, its "Menteri" none of its own
    return None


def _and_a_profession(rest: list[str], lex: Lexicon) -> bool:
    """Whether the words after a title join a job outside the state to it ("Presiden | dan CEO", "dan Chief
    Executive Officer"): both posts are one body's, and that body is no state's."""
    if len(rest) < 2 or rest[0] != "dan":
        return False
    n = match_title(rest[1:], lex)
    return bool(n) and lex.titles.get(" ".join(rest[1 : 1 + n]).lower()) == "profession"


def _heads_another_body(rest: list[str], lex: Lexicon) -> bool:
    """Whether the words after a title heading any body (``home.tsv`` ``any_body``) name a body the lexicons
    do not know as the home state's: a capitalised word that is no institution's, region's, office's or
    title's word, nor an actor (an association's, a team's or a community's name: "AGTI", "Bara JP"). The
    caller has found no home institution named in the role."""
    if not rest:
        return False
    word = rest[0].strip(",.()")
    low = word.lower()
    if not word[:1].isupper() or word[:1].isdigit():
        return False
    known = (
        low in lex.office_words or low in lex.regions or low in lex.home_institutions or low in lex.home_regional
        or low in lex.titles or low in lex.title_words or lex.actor(word) is not None or low in lex.cities
    )  # fmt: skip
    return not known or _opens_an_english_name(rest, 1, lex)  # "Ketua | Indonesia Police Watch"


def _home_portfolio_named(low: str, lex: Lexicon) -> bool:
    """Whether the lower-case role ``low`` holds the full name of one of the home cabinet's portfolios
    (``home.tsv`` ``portfolio`` entries of several words: "hukum dan ham")."""
    named = _home_portfolio_names(lex)
    return named is not None and named.search(low) is not None


@cache
def _home_portfolio_names(lex: Lexicon) -> re.Pattern[str] | None:
    """One pattern for the home cabinet's portfolios of several words, built once per lexicon."""
    names = sorted((p for p in lex.home_portfolios if " " in p), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None


# words that place a regional post abroad: a federated state ("Negara Bagian"), an English name ("Bank of England")
ABROAD_WORDS = re.compile(r"\b(?:[Nn]egara [Bb]agian|of|the)\b")


# the heads of provinces, regencies and cities: the region lexicons (nouns.tsv ``region``, office_words.tsv)
# list all their places, so a place they do not know is abroad
HEADS_OF_REGIONS = frozenset({"gubernur", "wakil gubernur", "bupati", "wakil bupati", "wali kota", "wakil wali kota"})
# the national government's posts an outlet names without its state for its own officials ("Presiden X",
# "Menteri Luar Negeri Y") while it places another state's ("Perdana Menteri Inggris Z")
NATIONAL_POSTS = ("presiden", "wakil presiden", "menteri", "wakil menteri")


@lru_cache(maxsize=4096)
def full_title_words(role: str, lex: Lexicon) -> tuple[str, ...]:
    """The lower-case words of a role with its short titles written out ("Menag" -> "menteri agama",
    "Menko Polhukam" -> "menteri koordinator bidang politik ..."), so either way of writing a post matches;
    computed once per role, as every speaker resolution compares the article's roles again."""
    words = [w.lower().strip(",.()") for w in role.split()]
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in lex.short_titles:
            out += lex.short_titles[pair].split()
            i += 2
            continue
        out += lex.short_titles.get(words[i], words[i]).split()
        i += 1
    return tuple(out)


def national_post(role: str, lex: Lexicon) -> bool:
    """Whether ``role`` opens with a national government's post the home state has (a short title written
    out: "Menlu" is "menteri luar negeri"; not a post only other states have, ``foreign_posts``)."""
    words = role.lower().split()
    n = match_title(words, lex)
    title = " ".join(words[:n])
    if not n or title in lex.foreign_posts:
        return False
    full = lex.short_titles.get(title, title)
    return any(full == post or full.startswith(post + " ") for post in NATIONAL_POSTS)


def post_abroad(role: str, lex: Lexicon) -> str | None:
    """The code of the state a post abroad serves, named by its place (``places.tsv``): a regional post's city
    or region ("Wali Kota New York", "Gubernur California") or a region right after any office ("Jaksa
    Agung Oregon"); not a city after another office ("Presiden Barcelona": a club), nor a region after a rank
    ("Kapten Selangor FA": a team's captain)."""
    words = role.replace(",", " ").split()
    low = [w.strip(".()").lower() for w in words]
    if _abroad_first_words(lex).isdisjoint(low):
        return None  # (most roles: no place abroad at all)
    regional = _regional_post(low, lex)
    i = 0
    while i < len(words):
        n = match_title(words[i:], lex)
        title = " ".join(low[i : i + n])
        if n and (lex.titles.get(title) == "office" or title in lex.home_regional):
            at = i + n
            for k in (3, 2, 1):
                place = " ".join(low[at : at + k])
                code = lex.abroad.get(place)
                if code is not None and (place in lex.abroad_regions or (regional and regional[1] == at)):
                    return code
        i += max(n, 1)
    return None


@cache
def _abroad_first_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(place.split()[0] for place in lex.abroad)


def _foreign_region(text: str, lex: Lexicon, home_story: bool) -> bool:
    """Whether a regional post (``home.tsv`` ``regional``: "Gubernur", "Wali Kota") is held abroad: its
    place is written with words no home region has ("Negara Bagian", "Bank of England"), or, in a story
    about other states, a head of region's place is a word the region lexicons do not know ("Wali Kota
    Blatten")."""
    words = text.replace(",", " ").split()
    found = _regional_post([w.lower() for w in words], lex)
    if found is None or found[1] >= len(words):
        return False
    post, at = found
    if ABROAD_WORDS.search(" ".join(words[at:])):
        return True
    place = words[at].strip(".()").lower()
    known = place in lex.regions or place in lex.office_words or place in lex.home_institutions
    return not home_story and post in HEADS_OF_REGIONS and not known


def _regional_post(low: list[str], lex: Lexicon) -> tuple[str, int] | None:
    """The first regional post (``home.tsv`` ``regional``) in lower-case ``low``, and where its place starts."""
    for i in range(len(low)):
        for n in (3, 2, 1):
            post = " ".join(low[i : i + n])
            if post in lex.home_regional:
                return post, i + n
    return None


def people_noun(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word names people of a kind: a group noun or a group's or a profession's title
    ("fans", "warga", "sumber", "pengamat")."""
    return word in lex.group_nouns or lex.titles.get(word) in ("group", "profession")


def group_word(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word names people as a group: a group's title (``titles.tsv`` ``group``:
    "warga", "pedagang") or a group noun (``nouns.tsv`` ``group``: "kader", "nasabah"), also written
    reduplicated for the plural ("musuh-musuh", "warga-warga")."""
    word = singular(word)
    return lex.titles.get(word) == "group" or word in lex.group_nouns


def without_short_form(name: str | None) -> str | None:
    """An organisation's or a group's name without its short form in brackets: the name a user counts
    by ("Komisi Pemberantasan Korupsi", not "Komisi Pemberantasan Korupsi (KPK)")."""
    return SHORT_FORM_INSIDE.sub("", name) if name and "(" in name else name


def singular(word: str) -> str:
    """A reduplicated plural's single word ("musuh-musuh" -> "musuh"); other words as they are."""
    half, dash, rest = word.partition("-")
    return half if dash and half == rest else word


@cache
def home_short_titles(lex: Lexicon) -> frozenset[str]:
    """The one-word short titles the home state's copy coins for its own posts ("menaker", "kapolri",
    "mendagri"): every one-word short title of ``titles.tsv`` but those also written for other states'
    posts (``shared_title`` in nouns.tsv: "Menlu Lavrov")."""
    return frozenset(w for w in lex.short_titles if " " not in w and w not in lex.shared_titles)


@cache
def home_institution_words(lex: Lexicon) -> frozenset[str]:
    """One-word names of the home state's institutions ("polri", "pemkot", "kemenhub": ``institution``
    in ``home.tsv``) that are neither a title ("bupati"), an institution's head word ("kementerian",
    named by the words after it) nor a common noun for the authorities ("polisi")."""
    return frozenset(
        w
        for w in (lex.home_institutions - lex.home_authorities) | lex.home_abroad  # and "KJRI Osaka"
        if " " not in w and w not in lex.titles and w not in lex.title_words and w not in lex.institution_heads
    )


def match_title(words: list[str], lex: Lexicon) -> int:
    """Number of leading words of ``words`` that form a title (0 when none)."""
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(words[:n]).lower() in lex.titles:
            return n
    return 0


NAME_LIKE_RELATIONS = frozenset({"putra", "putri", "adik"})  # relation nouns that are also given names


def opened_by_two_openers(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name of three words or more opens with two capitalised given names that open names
    (``name_opener`` in nouns.tsv: "Anak Agung", "Ida Bagus", "I Gusti"): a Balinese caste name."""
    return len(words) > 2 and all(w[:1].isupper() and w.lower() in lex.name_openers for w in words[:2])


def relation_before(before: str, lex: Lexicon) -> str | None:
    """The relation noun written in lower case before a person's name and the titles in front of it
    ("kuasa hukum | Budi", "mantan asisten | Shin", "putri Presiden | Soekarno"), if any."""
    words = before.replace(",", " ").split()
    related = _related_words(lex)
    while words and words[-1][:1].isupper() and words[-1].lower() not in related and (
        has_title(words[-1:], lex) or lex.actor(words[-1]) is not None
    ):
        words.pop()  # the titles and states before the name: "putri | Presiden RI"; not "kerabat Keraton | KPH X"
    for n in (2, 1):
        tail = " ".join(words[-n:])
        low = tail.lower()
        # a relation also opens a sentence ("Keluarga Rina menyebut", "Kuasa hukum Budi mengatakan"); "Putri",
        # "Putra", "Adik" there may be given names
        opening = len(words) == n and tail[:1].isupper() and low not in NAME_LIKE_RELATIONS
        if len(words) >= n and (tail.islower() or opening) and low in related:
            return low
    return None


@cache
def _related_words(lex: Lexicon) -> frozenset[str]:
    """The relation nouns of a person and of a group (``nouns.tsv``), read once per lexicon."""
    return lex.relations | lex.relation_groups


def role_actor(role: str, lex: Lexicon) -> Actor | None:
    """The state a person's role serves: the home state for its missions abroad, whatever place they
    sit in ("Koordinator Fungsi Ekonomi KBRI Tokyo": an Indonesian official, not Japan's), else the
    first state or organisation the role names; none for a body without a code (a party, an armed
    group: "Anggota DPR dari Fraksi PAN" serves the home state, found by ``state_code``)."""
    if home_mission(role, lex):
        return _home_actor(lex)
    actor = actor_in(role, lex)
    if actor is None and (abroad := post_abroad(role, lex)) is not None:
        return state_of(abroad, lex)  # "Gubernur California": the United States
    if actor is None or actor.code is None:
        return None
    # "Rapper Kanada", "Fotografer asal Romania": where a private person comes from, no state served
    return None if actor.type == "country" and _nationality(role, lex) else actor


NATIONALITY_LEAD = re.compile(r"\s*(?:asal\s+|berkebangsaan\s+|kelahiran\s+|dari\s+)?")


def _nationality(role: str, lex: Lexicon) -> bool:
    """Whether ``role`` is a private occupation (``titles.tsv`` ``profession``, not a sport's post) followed right
    away by a state's name, the person's nationality: "Rapper Kanada", "YouTuber Indonesia", "Fotografer asal
    Romania"."""
    words = role.split()
    n = match_title(words, lex)
    title = " ".join(words[:n]).lower()
    if not n or lex.titles.get(title) != "profession" or n >= len(words) or title in lex.sport_words:
        return False  # (not a sport's post: "Pelatih Thailand" coaches the state's team)
    rest = " ".join(words[n:])
    lead = NATIONALITY_LEAD.match(rest)
    state = lex.actor(rest[lead.end() if lead else 0 :].strip(",. "))  # the whole rest names the state
    return state is not None and state.type == "country"


def home_mission(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` names one of the home state's missions abroad ("KBRI Tokyo", ``home.tsv`` ``abroad``)."""
    return bool(lex.home_code) and any(w.strip(",.()").lower() in lex.home_abroad for w in text.split())


@cache
def _home_actor(lex: Lexicon) -> Actor | None:
    return state_of(lex.home_code, lex) if lex.home_code else None


LANGUAGE_NOUNS = frozenset({"bahasa", "sastra"})  # "Bahasa Inggris", "Sastra Jepang": a language, its letters


@cache
def organization_codes(lex: Lexicon) -> frozenset[str]:
    """The codes of international organisations (UN, WHO, ASEAN ...): an official's code that says whom
    they serve, not where their name comes from."""
    return frozenset(a.code for a in lex.actors.values() if a.type == "organization" and a.code)


@cache
def act_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns of acts, policies, events and results (nouns.tsv ``act``, ``result``, ``game_cue``): as a
    verb of saying's subject they say nothing."""
    return lex.acts | lex.results | lex.game_cues


@cache
def non_state_body_words(lex: Lexicon) -> frozenset[str]:
    """The words that make a role's body no state's: the heads of such bodies and firms' closing words."""
    return body_heads(lex) | lex.company_words


@cache
def body_heads(lex: Lexicon) -> frozenset[str]:
    """Heads of the names of bodies that are no state's: ``body_head`` nouns and the kinds of organisation
    pointing back ("universitas", "asosiasi", "yayasan", "partai")."""
    return lex.body_heads | lex.organization_nouns


def _closes_a_bodys_name(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the state's name at ``words[i]`` closes the capitalised name of a body that is no state's
    (nouns.tsv ``body_head``: "Universitas Islam Indonesia", "Asosiasi Eksportir Kopi Indonesia"; a firm's
    legal form: "PT Jaminan Sejahtera Indonesia"), read back over up to six capitalised words (and "dan")."""
    heads = body_heads(lex)
    for k in range(i - 1, max(-1, i - 7), -1):
        w = words[k].strip(",.;:()")
        if w[:1].isupper() and (w.lower() in heads or w.upper() in COMPANY_PREFIXES):
            return True
        if not (w[:1].isupper() or w == "dan"):
            return False
    return False


def actor_in(text: str, lex: Lexicon) -> Actor | None:
    """The first state or organisation named in ``text`` (longest alias at each position)."""
    words = text.split()
    for i in range(len(words)):
        if i and words[i - 1].lower() in LANGUAGE_NOUNS:
            continue  # "Seksi Bahasa Indonesia CRI": a language, not the state
        for n in (4, 3, 2, 1):
            alias = " ".join(words[i : i + n]).strip(",.;:()")
            if not alias:
                continue
            actor = lex.actors.get(actor_key(alias)) or (None if alias.isupper() else lex.actors.get(alias.lower()))
            if actor is not None and (alias[0].isupper() or alias.isupper()):
                in_name = _in_a_bodys_name(words, i, lex, actor.type == "country")
                english = actor.type == "country" and _opens_an_english_name(words, i + n, lex)
                if in_name or english or _opens_a_name(words, i, n, alias, actor, lex):
                    break  # the firm's or the association's name, no state named here
                if alias.isupper() and i and words[i - 1].lower() in lex.place_openers:
                    break  # "Kabupaten OKI": a regency's short name, not the organisation's acronym
                return actor
    return None


def _opens_a_name(words: list[str], i: int, n: int, alias: str, actor: Actor, lex: Lexicon) -> bool:
    """Whether a state's capital or other alias of one word opens a longer name ("Paris Saint-Germain",
    "Washington Post"): a capitalised word no lexicon knows follows it, with nothing between."""
    if n > 1 or alias == actor.name or alias.isupper() or i + 1 >= len(words) or words[i] != alias:
        return False
    nxt = words[i + 1]
    low = nxt.strip(",.;:()").lower()
    known = low in lex.regions or low in lex.office_words or low in lex.titles or actor_key(nxt) in lex.actors
    return nxt[:1].isupper() and nxt[-1:].isalnum() and not known


def _opens_an_english_name(words: list[str], after: int, lex: Lexicon) -> bool:
    """Whether a state's name opens a body's English name: up to three capitalised words after it, the last an
    English word closing a body's name (nouns.tsv ``company_word``: "Indonesia Corruption Watch", "Indonesia
    Mining Association"), whose officers serve no state; not a state agency's ("... Space Administration")."""
    for k in range(after, min(len(words), after + 3)):
        w = words[k].strip(",.;:()")
        if not w[:1].isupper() or w.isupper():
            return False
        if k > after and w.lower() in lex.company_words:
            return w.lower() not in ENGLISH_STATE_BODIES
    return False


# English words closing a state agency's name, not an association's ("China National Space Administration",
# "Malaysia Healthcare Travel Council"): the state's name there is the state's
ENGLISH_STATE_BODIES = frozenset(
    {"administration", "authority", "agency", "bureau", "department", "board", "ministry", "commission", "council",
     "committee", "center", "centre", "corporation", "fund"}
)  # fmt: skip


def _in_a_bodys_name(words: list[str], i: int, lex: Lexicon, country: bool = False) -> bool:
    """Whether the state's name at ``words[i]`` ends the name of a firm ("Kiwoom Sekuritas Indonesia", after
    a capitalised company word; "Direktur Pemasaran Tarvex Indonesia", after a name no lexicon knows) or of
    a body that is no state's ("Universitas Islam Indonesia")."""
    before = words[i - 1] if i else ""
    # (a word no lexicon knows after a home institution's is the institution's: "Polres Metro Jakarta Barat")
    after_institution = i > 1 and words[i - 2].strip(",.;:()").lower() in lex.home_institutions
    brand = country and not after_institution and _brand(before, lex)
    company = before[:1].isupper() and (before.lower() in lex.company_words or brand)
    return company or _closes_a_bodys_name(words, i, lex)


def _brand(word: str, lex: Lexicon) -> bool:
    """A capitalised word no lexicon knows, not an acronym, not shaped like an office's noun and not a
    word the language writes in lower case ("Tarvex", "Kolibra"; not "Garda Revolusi Iran", "Tripartit"): a
    firm's or a brand's name, which a state's name after it belongs to ("Tarvex Indonesia")."""
    w = word.strip(",.;:()")
    low = w.lower()
    known = lexicon_word(w, lex) or low in lex.home_institutions or low in lex.group_heads or low in lex.common_words
    # (not an acronym: "PA Jakarta Selatan", "PPIH Arab Saudi" are institutions and their place)
    return bool(w) and w[:1].isupper() and not w.isupper() and not known and not common_shape(w)


# "berinisial | AS", and the later items of the list it opens: "berinisial JP, N, dan | AR"
INITIALS_OF_A_PERSON = re.compile(r"\b(?:berinisial|inisial)\s+(?:[A-Z]{1,4},?\s+(?:(?:dan|serta)\s+)?){0,5}$")
AGE_NEXT = re.compile(r"\s*\(\d{1,2}\)")


def person_initials(body: str, start: int, end: int, lo: int = 0) -> bool:
    """Whether ``body[start:end]`` are a person's initials: "berinisial AS", "berinisial JP, N, dan AR", "AS
    (23)" (``lo``: where the text read starts)."""
    return INITIALS_OF_A_PERSON.search(body, max(lo, start - 60), start) is not None or bool(AGE_NEXT.match(body, end))


ALIAS_TOKEN = re.compile(r"[^\s,.;:()\"“”!?]+")


@cache
def _alias_starts(lex: Lexicon) -> tuple[frozenset[str], int]:
    """The first words of all aliases (as their keys match) and the most words an alias has."""
    firsts = frozenset(alias.split()[0] for alias in lex.actors)
    return firsts, max((len(alias.split()) for alias in lex.actors), default=1)


CURRENCY_WORDS = frozenset(["dollar", "dolar", "dolar-an"])


def actors_in(
    body: str, start: int, end: int, lex: Lexicon, common: frozenset[str] | set[str] = frozenset()
) -> list[tuple[Actor, int, int]]:
    """States and organisations named in ``body[start:end]`` (longest alias at each capitalised
    word; acronyms match their case), skipping those that only modify a capitalised name ("Piagam
    PBB" is a charter, not the United Nations) unless that word is a common one (``common``: words
    the text also writes in lower case). A scan of words and dictionary look-ups."""
    toks = [m.span() for m in ALIAS_TOKEN.finditer(body, start, end)]
    firsts, longest = _alias_starts(lex)
    found = []
    i = 0
    while i < len(toks):
        s0 = toks[i][0]
        word = body[s0 : toks[i][1]]
        if "-" in word and lex.actor(word) is None:
            found.extend(hyphened_pair(word, s0, lex))  # "kerja sama Indonesia-Jepang", "perang Israel-Iran"
        if not word[:1].isupper() or (word not in firsts and word.lower() not in firsts):
            i += 1  # "lima anggota" is five members, not Lima
            continue
        hit = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            if n > 1 and any(toks[k + 1][0] - toks[k][1] != 1 for k in range(i, i + n - 1)):
                continue  # the words of an alias are separated by single spaces
            text = body[s0 : toks[i + n - 1][1]]
            actor = lex.actor(text)
            if actor is not None:
                hit = (actor, s0, toks[i + n - 1][1], n)
                break
        if hit is None:
            i += 1
            continue
        actor, a_start, a_end, n = hit
        if n > 1 and i + n < len(toks) and toks[i + n][0] - a_end == 1:
            last_two = body[toks[i + n - 1][0] : toks[i + n][1]]
            if body[toks[i + n][0]].isupper() and lex.actor(last_two) is not None:
                i += n - 1  # "Liga Arab Saudi": the league of Arab Saudi, not the Arab League
                continue
        before = body[max(start, a_start - 40) : a_start].split()
        adjacent = a_start > start and body[a_start - 1] == " " and bool(before) and before[-1][-1:] not in '.,;:!?)"”’'
        modifier = adjacent and before[-1][:1].isupper() and not _is_role_or_actor(before[-1], lex)
        first = before[-1].lower() if before else ""
        common_word = first in lex.stance_cues or first in common or first in lex.group_heads or first in lex.openers
        # "Kebijakan Jepang ...", "Pernyataan Prabowo ..." opening a sentence: an act's or a statement's noun
        common_word = common_word or (modifier and act_or_statement_noun(before[-1], lex))
        if modifier and common_word:
            # "Kecaman Uni Eropa", "Otoritas Singapura", "Kelompok Houthi", "Baik Indonesia maupun ...": a common
            # noun or a function word, no name
            modifier = False
        headed = bool(before) and before[-1].lower() in lex.institution_heads and body[a_start - 1] == " "
        if actor.type == "country" and headed:
            modifier = True  # "Bank Indonesia", "Universitas Indonesia": a state in an institution's name
        if adjacent and before[-1].lower() in CURRENCY_WORDS:
            modifier = True  # "115 juta dollar AS": a currency, not the United States
        if adjacent and before[-1].lower() in lex.place_openers and body[a_start:a_end].isupper():
            modifier = True  # "Kabupaten OKI": a regency's short name, not the organisation's acronym
        if person_initials(body, a_start, a_end, start):
            modifier = True  # "berinisial AS", "AS (23)": a person's initials, not the United States
        if not modifier:
            found.append((actor, a_start, a_end))
        i += n
    return found


PAIR_PART = re.compile(r"[^-]+")


def hyphened_pair(word: str, at: int, lex: Lexicon) -> list[tuple[Actor, int, int]]:
    """Two or more actors written as one word with hyphens ("Indonesia-Jepang", "Thailand--Kamboja",
    "AS-China"), each part a one-word name of an actor, capitalised (an acronym in its case); none
    when a part is no actor's ("Al-Aqsa", "Indonesia-sentris")."""
    parts = [(m.group(), m.start()) for m in PAIR_PART.finditer(word)]
    if len(parts) < 2:
        return []
    out = []
    for part, offset in parts:
        actor = lex.actor(part) if part[:1].isupper() else None
        if actor is None:
            return []
        out.append((actor, at + offset, at + offset + len(part)))
    return out


def act_or_statement_noun(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a noun of an act, a policy or a statement ("Kebijakan", "Sikap", "Pernyataan",
    "Penangkapan"): written before a state's or a person's name it names what they did, it is no part
    of their name."""
    low = word.lower()
    return low in lex.acts or low in lex.speech_acts or noun_shape(word)


def _is_role_or_actor(word: str, lex: Lexicon) -> bool:
    w = word.strip(",.;:()")
    low = w.lower()
    return (
        low in lex.titles
        or low in lex.office_words
        or actor_key(w) in lex.actors
        or low in lex.actors
        or low in lex.title_words
    )
