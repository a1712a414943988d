"""Subjects of reporting and stance verbs: the clause before a verb, without what is not its subject.

Shared by statements and stances (pure functions of the body and, where given, the article's
``Document``). ``subject_before`` walks the comma segments before a verb from the last one back and
passes over what cannot be the subject: times and places ("di Palembang, Sumatera Selatan,
Senin,"), role descriptions and degrees set off after a name ("X, mantan penyidik ..., Sp.A(K),"),
modal words, circumstance phrases ("dalam unggahan di media sosialnya"); ``subject_span`` trims the
segment it keeps (first verb, trailing time, modal words).
"""

from __future__ import annotations

import re
from functools import cache

from tasks.extract.cues import COPULAS
from tasks.extract.document import Document
from tasks.extract.lang import Lexicon
from tasks.extract.ner import DEGREE
from tasks.extract.text import QUOTE_MARKS, trim
from tasks.extract.vocab import (
    ADDRESSING,
    AGE_AFTER,
    BEFORE_VERB,
    BER_NOT_VERBS,
    DEMONSTRATIVES,
    MODALS,
    NAME_OPENING,
    NEGATIONS,
    NUMBER_WORDS,
    ONE_OF,
    PERSONAL_PRONOUNS,
    PLURAL_OPENERS,
    PREPOSITIONS,
    WEEKDAYS,
    group_word,
    has_title,
    match_title,
    title_kind,
)

MAX_SUBJECT_WORDS = 20  # "Kepala Pusat Data dan Humas Badan Nasional Penanggulangan Bencana (BNPB) Budi X"
SEGMENT_BREAK = re.compile(r"(?:[,:](?!\d)|(?<!\d)[,:]|[;\"“”])\s*")  # not "Rp 2,6 triliun", "pukul 14:00"

# an active verb (me-, ber-, ter- prefixes) or a clause word ends a subject: "Beijing juga mendukung ..."
VERBISH = re.compile(
    # (nouns shaped like "me-" verbs: "mantan menteri X", "menantu X", "mertua X")
    rf"(?<![\w-])(?!(?:menurut|memang|mereka|menteri|menantu|mertua|mentor|menara|menit)\b)(?:me(?:m|n|ng|ny)\w{{2,}}|me[lrwy]\w{{3,}}|ber(?!(?:{BER_NOT_VERBS})\b)\w{{3,}}"
    r"|ter(?!(?:kemuka|kenal|nama|besar|baik|baru|tinggi|akhir|dahulu|tua|muda|pilih|dekat|kaya|kuat|penting"
    r"|dakwa|sangka|pidana|gugat|lapor|tuduh|duga)\b|masuk\s+[A-Z])\w{3,}"  # "Para terdakwa": people, no verb
    # ("beberapa negara termasuk Inggris": including, no verb)
    r"|dan|yang|di mana|ketika|karena"
    # verbs of coming and going without an affix, after which a subject's own clause goes on ("seorang pria
    # masuk ke kamar dan mengaku ...", "sejumlah siswa datang meminta ..."); not where something comes
    # from a source ("Pernyataan keras datang dari Pyongyang, yang menyebut ...")
    r"|(?:datang|masuk|pergi|pulang|tiba|keluar|kembali|muncul|tampil)(?!\s+dari\b))(?![\w-])"
)
# those who accompany the subject, written between it and its verb: they do not speak
ACCOMPANIED = re.compile(r"\s*,?\s+(?:yang\s+)?(?:didampingi|ditemani)\s+")
WORD_BEFORE_ALONG = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)$")  # the subject's last word, a name's
APPOSITION = re.compile(r"(?:selaku|sebagai|yang juga)\s+")  # "X, selaku Kepala Dinas ..., mengatakan"
# "X, warga Dusun A, B, C, berharap": where a person lives, set off after the name (after anything else,
# "warga" is the subject: "Namun, warga berharap")
RESIDENCE = re.compile(r"(?:warga|penduduk)\s+[A-Z]")
# a copula of a clause's predicate, no subject's word (not "menjadi", a verb of its own: "X menjadi saksi")
COPULA = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(COPULAS - {"menjadi"})) + r")(?![\w-])")
ACTIVE_VERB = re.compile(r"(?<![\w-])me[a-z]{4,}")
LEADING_CONJUNCTION = re.compile(r"(?:dan|serta)\s+(?=[A-Z]|(?:dia|ia|beliau|mereka)\b)")  # "..., dan mereka berharap"
INSTITUTION_AND = re.compile(r"dan\s+[A-Z]")  # "dan" between two capitalised words of one name
CAPITAL_WORD_BEFORE = re.compile(r"\(?[A-Z][\w()-]*\s+$")  # "Warga Negara Indonesia (WNI) | dan Badan ..."

# a wire dateline opening the first sentence: "JAKARTA, KOMPAS.com - ", "Palu (ANTARA) - ", "KOMPAS.com-"
# "JAKARTA, KOMPAS.com - ", "Tokyo (ANTARA News) - ": capitalised words only, not "MK melalui Putusan 81/PUU - "
DATELINE_LEAD = re.compile(
    r"[A-Z][\w.,()/]*(?:\s+[A-Z0-9(][\w.,()/]*){0,6}?(?:\s[-–—]{1,2}\s+|(?<=\.com)[-–—]{1,2}\s*)(?=[A-Z])"
)
LEAD_ADVERBIAL = re.compile(
    r"(?:(?:Sebelumnya|Sementara itu|Sementara|Selain itu|Namun|Kemudian|Lebih lanjut|Di sisi lain|Adapun|"
    r"Dalam kesempatan itu|Pada kesempatan itu|Sedangkan|Menanggapi hal itu|Dalam pernyataannya|"
    r"Ke depan|Kedepan|Saat itu|Ketika itu|Kala itu|Kini|Saat ini|Selanjutnya|Untuk itu|Karena itu|Oleh karena itu|"
    r"Meski begitu|Meski demikian|Namun demikian|Bahkan|(?:Dalam|Pada|Di) kesempatan yang sama|Senada|"
    r"Padahal|Dulu|Dahulu|Sejak awal|"
    r"se(?:hari|pekan|minggu|bulan|tahun) kemudian|(?:dua|tiga|beberapa) (?:hari|pekan|minggu|bulan|tahun) kemudian)"
    r",?\s+)+",
    re.IGNORECASE,
)

# a time opening the clause without a comma before its subject: "Pada Senin | Kementerian ... mengatakan",
# "pada pertengahan tahun 2024 | Kementerian ...", "Pada 3 Maret 2025 | Budi ..."
LEAD_TIME = re.compile(
    rf"(?i:pada)\s+(?:(?:hari\s+)?(?:{WEEKDAYS}|Jum'at)(?:\s*\([^)]*\))?(?:\s+(?:pagi|siang|sore|malam|lalu))?"
    r"|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|(?:awal|akhir|pertengahan)\s+(?:tahun|bulan|pekan|minggu)(?:\s+(?:ini|lalu|\d{4}))?"
    r"|(?:tahun|bulan)\s+(?:lalu|\d{4}))\s+(?=[A-Z])"
)

# a comma-separated time or place between a subject and its verb: "Bustang di Palu, Selasa, mengatakan"
TIME_OR_PLACE = re.compile(
    rf"(?:(?:pada\s+)?(?:hari\s+)?(?:{WEEKDAYS}|Jum'at)(?:\s*\([^)]*\))?"
    r"(?:\s+(?:pagi|siang|sore|malam|lalu))?(?:\s+waktu\s+setempat)?"  # "Jumat waktu setempat": abroad
    r"|(?:pada\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?|kemarin|(?:di|dari)\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)*)"
)

# conjunctions that, standing alone before a verb, join it to the one before, whose subject it shares: "..., dan
# berharap", "X memuji Y, tetapi mengkritik Z" (followed by a subject, "namun" and "tetapi" open a clause of its own)
SHARED_SUBJECT = frozenset(["dan", "serta", "tetapi", "tapi", "namun"])
# conjunctions that open a clause with a subject of its own, never a time or a description
CONTRASTING = frozenset(["padahal", "sedangkan", "sementara", "karena", "sebab", "namun", "tetapi"])
# a subordinator opening a sentence's first clause, whose subject is the main clause's: "Meskipun memastikan
# ..., Richard mengatakan", "Meski mendapat dukungan dari Iran, Hamas ..."
FRONTED_CLAUSE = re.compile(
    r"\s*(?:Meski(?:pun)?|Walau(?:pun)?|Kendati|Setelah|Sebelum|Sejak|Usai|Seusai|Selain|Sambil|Saat|Ketika|Karena|"
    r"Untuk|Demi|Guna)\s+",
    re.IGNORECASE,
)
AGE_THEN_COMMA = re.compile(r"\s*(?:\(\d{1,3}\)\s*)?,")

# a place after a preposition of place or a destination ("di Palembang", "tujuan Newquay"): a region set off after it
# continues it
PLACE_PHRASE_ENDS = re.compile(r"\b(?:di|dari|ke|tujuan|menuju|dekat) [A-Z][\w-]*(?: [A-Z][\w-]*)*$")

# time and place phrases between a subject and its verb: "Korea Utara pada Senin memperingatkan"
TRAILING_TIME = re.compile(
    rf"\s+(?:(?:pada|hari|{WEEKDAYS}|kemarin|sebelumnya|kini|saat ini|"
    r"baru-baru ini|belum lama ini|akhir-akhir ini|dalam|di)(?![\w-]).*|\(\d[^)]*\))$"
)
def inside_a_name(body: str, s: int, at: int) -> bool:
    """Whether the "dan" at ``at`` joins two capitalised words of one name."""
    return INSTITUTION_AND.match(body, at) is not None and CAPITAL_WORD_BEFORE.search(body, s, at) is not None


SUBJECT_PRONOUNS = frozenset(["dia", "ia", "beliau", "mereka"])


AS_ROLE = re.compile(r" sebagai (?=[a-z])")
# examples named after a group ("negara-negara Eropa, termasuk Prancis"): they stand for it
EXAMPLES = re.compile(r",?\s+(?:termasuk|seperti|antara lain|di antaranya|yakni|yaitu)\s+(?=[A-Z])")


def subject_span(body: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a subject candidate: cut at the first verb, drop time phrases and modal words."""
    s, e = trim(body, s, e, " \t")
    lead = LEADING_CONJUNCTION.match(body, s, e)
    if lead and lead.end() < e:
        s = lead.end()  # "..., dan Pertanian (KPKP) Jakarta X menjelaskan": the list went on
    joined = _clause_then_name(body, s, e)
    if joined is not None:
        return subject_span(body, joined, e)  # "Budi hadir dan | Rina Kartika mengatakan"
    verbish = VERBISH.search(body, s, e)
    while verbish and (inside_a_name(body, s, verbish.start()) or _counted_noun(body, s, verbish.start())):
        # "Dinas Pendidikan dan Kebudayaan": one name; "para terapis", "para member": a noun after a word counting
        # people, however it is shaped
        verbish = VERBISH.search(body, verbish.end(), e)
    if verbish:
        e = trim(body, s, verbish.start(), " \t")[1]
    if COPULA.search(body, s, e):
        return None  # "Ia percaya desain adalah bentuk | bercerita": a predicate, no subject before a verb
    role = AS_ROLE.search(body, s, e)
    if role:
        e = role.start()  # "Oman sebagai mediator tradisional kembali mendorong": the role is no part of it
    t = TRAILING_TIME.search(body[s:e])
    if t and t.start() > 0:
        e = s + t.start()
    words = body[s:e].split()
    while words and words[-1].lower() in MODALS:
        words.pop()
        e = body.rfind(" ", s, e) if len(words) else s
        e = trim(body, s, e, " \t")[1] if e > s else s
    if len(words) > 1 and words[-1].lower() in SUBJECT_PRONOUNS and not verbish:
        # "Hanya memang secara permainan dia mengakui": the pronoun before the verb is the subject (not
        # "... buruk bagi mereka | yang menggunakan ...": a clause went on after it)
        s = e - len(words[-1])
        words = words[-1:]
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    if words[-1] in {"yang", "untuk", "akan", "tidak", "tak", "belum", "dapat", "bisa", "harus", "enggan"}:
        return None  # a clause cut short; not "Liu Xu Yang", whose family name is written like the word
    return (s, e) if e > s else None


# words counting people right before their noun, never before a verb ("para terapis", "dua member"); not
# "sebagian menolak", "semua mengaku", "banyak mengeluh", where the word stands for the people
COUNTED_BEFORE_NOUN = frozenset({"para", "beberapa", "sejumlah"}) | NUMBER_WORDS


def _counted_noun(body: str, s: int, at: int) -> bool:
    """Whether the word at ``at`` follows a word counting people ("para | terapis"): their noun."""
    before = body[s:at].split()
    return bool(before) and before[-1].lower() in COUNTED_BEFORE_NOUN


# the capitalised words after "dan" up to the verb: "dan | Rina Kartika | mengatakan", or a person's pronoun ("dan | dia
# | mengaku")
CAPITALISED_TO_VERB = re.compile(r"\s+(?:(?:[A-Z][\w.'’()-]*\s+){0,7}[A-Z][\w.'’()-]*|ia|dia|beliau)\s*")


def _clause_then_name(body: str, s: int, e: int) -> int | None:
    """Where the capitalised subject of the verb starts when "dan" joins a clause of its own ("Budi
    hadir", "diajukan ke MK") to it: the word before the last "dan" is a lower-case word, not part of a
    name or a title, and only capitalised words or a subject pronoun follow it up to the verb ("Kondisi
    itu membuat tidurnya terganggu dan | dia mengaku ...")."""
    at = body.rfind(" dan ", s, e)
    if at < 0:
        return None
    before = body[s:at].split()
    if len(before) < 2 or not before[-1][:1].islower() or before[-1] in DEMONSTRATIVES:  # "Menteri itu dan Rina"
        return None
    return at + 4 if CAPITALISED_TO_VERB.fullmatch(body, at + 4, e) is not None else None


SUBJECT_REACH = 1000  # characters before a verb where its subject and the words set off around it are read


def subject_before(
    body: str, clause_start: int, verb_start: int, doc: Document | None = None, clauses: bool = False
) -> tuple[int, int] | None:
    """The subject of a reporting verb: the clause before it, without leading adverbials.

    Empty segments and relative clauses are passed over: "Kombes Andy, membantah" and
    "Merz, yang juga ketua partai, menyatakan" both give the name. With the article's ``doc``, so
    are places ("X di Palembang, Sumatera Selatan, Senin, mengatakan") and a description set off
    after a person's name ("Kishore, mantan penyidik di Biro ..., mengatakan"). With ``clauses``, a
    verb in a subordinate clause has the clause's own subject ("... bermula ketika polisi menangkap").
    """
    clause_start = max(clause_start, verb_start - SUBJECT_REACH)  # a sentence of thousands of characters stays linear
    along = ACCOMPANIED.search(body, clause_start, verb_start)
    named = WORD_BEFORE_ALONG.search(body, clause_start, along.start()) if along is not None else None
    if named is not None and (doc is None or named.group(1).lower() not in doc.lex.openers):
        # "Ketua X Budi yang didampingi dua anggotanya, A dan B, mengatakan": Budi; not "Dengan didampingi
        # X, Menag menjelaskan", "Pada konferensi pers yang didampingi X, ia menjelaskan" (no name before it)
        verb_start = along.start()
    text = body[clause_start:verb_start]
    cuts = [0] + [m.end() for m in SEGMENT_BREAK.finditer(text)]
    last = len(cuts) - 1
    opened = [
        k
        for k in range(1, len(cuts))
        if APPOSITION.match(text, cuts[k])
        or (doc is not None and RESIDENCE.match(text, cuts[k]) and _person_ends(doc, clause_start + cuts[k]))
        or (doc is not None and _role_opens(text, cuts[k], doc) and _name_alone(body, clause_start, cuts, k, doc))
    ]
    if opened and not ACTIVE_VERB.search(text, cuts[opened[0]]):
        # "Agusrianto, selaku Kabag SDM, Umum, dan Komunikasi BPJS, menyampaikan": the apposition runs on
        last = opened[0] - 1  # past the commas of its list, and the subject stands before it
        verb_start = clause_start + cuts[opened[0]]
    described = _description_set_off(body, clause_start, cuts, last, verb_start, doc)
    if described is not None:
        return described
    named = _name_before_one_of(body, clause_start, cuts, last, verb_start, doc) if doc is not None else None
    if named is not None:
        return named
    for k in range(last, -1, -1):
        seg_start = clause_start + cuts[k]
        seg_end = clause_start + cuts[k + 1] if k + 1 < len(cuts) else verb_start
        segment = body[seg_start:seg_end].strip(" ,;:")
        if clauses and doc is not None and k == last and k > 0:
            # "Harga minyak naik, | setelah militer Israel mengintensifkan serangan ...": the verb's clause,
            # set off by a comma, has its subject after its opening word
            inner = _after_clause_opener(body, seg_start, seg_end, doc)
            own = subject_span(body, inner, seg_end) if inner > seg_start else None
            if own is not None:
                return own
        if doc is not None and k == last and _circumstance(seg_start, seg_end, doc):
            closing = _person_closing(seg_start, seg_end, doc)
            if closing is not None:
                # "..., saat sidang kabinet di Jakarta pada 5 Mei 2025 Prabowo mengaku": the circumstance runs
                # into the subject with no comma; the person named right before the verb is its subject
                return closing
        passed_over = (
            not segment
            or segment.lower().startswith("yang ")
            or TIME_OR_PLACE.fullmatch(segment) is not None
            or all(w in MODALS or w in SHARED_SUBJECT for w in segment.lower().split())  # "..., dan berharap"
            or (doc is not None and k > 0 and _circumstance(seg_start, seg_end, doc))
            or (doc is not None and k > 0 and _place_or_description(body, clause_start, seg_start, seg_end, doc))
            or (doc is not None and k > 0 and _cue_set_off(body, clause_start + cuts[k - 1], seg_start, segment, doc))
        )
        if not passed_over:
            break
        if k < len(cuts) - 1 and body[seg_end - 2 : seg_end - 1] not in (",", ""):
            return None  # only commas may separate a subject from its verb
    else:
        return None
    s = seg_start
    if doc is not None and s > clause_start:
        # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan": the commas are the name's
        listed = next((m for m in doc.mentions if clause_start <= m.start < s < m.end <= seg_end), None)
        if listed is not None:
            span = subject_span(body, listed.end, seg_end)
            start = _title_before(body, clause_start, listed.start, doc)  # "Kepala | Biro Hukum, Komunikasi dan ..."
            return (start, listed.end if span is None else span[1])  # "..., dan Transmigrasi Yandri S"
    if doc is not None and clauses:
        s = _after_clause_opener(body, s, seg_end, doc)
    dateline = DATELINE_LEAD.match(body, s, seg_end)
    if dateline:
        s = dateline.end()  # "KOMPAS.com - Kementerian Kesehatan mengimbau ..."
    lead = LEAD_ADVERBIAL.match(body, s, seg_end)
    if lead:
        s = lead.end()
    time = LEAD_TIME.match(body, s, seg_end)
    if time:
        s = time.end()
    span = subject_span(body, s, seg_end)
    if span is not None and s > clause_start:
        head = RELATIVE_AGENTS_BEFORE.fullmatch(body, clause_start, span[0])
        if head is not None:
            # "Kanada yang didukung oleh Uni Eropa, | Amerika Serikat dan Meksiko, telah mendorong": the list
            # closes the relative clause's agents; the noun before "yang" is the verb's subject
            return subject_span(body, head.start("head"), head.end("head")) or span
    if doc is None or span is None:
        return span
    return (
        _examples_named(doc, *span)
        or _officer_at_a_body(doc, span, seg_end)
        or _roles_joined(doc, span, seg_end)
        or span
    )


TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s){1,3}$")  # capitalised words right before a name


def _title_before(body: str, clause_start: int, at: int, doc: Document) -> int:
    """Where a title written right before ``at`` starts (its words all the title's: "Kepala | Biro X"), else ``at``."""
    words = TITLE_WORDS_BEFORE.search(body, max(clause_start, at - 40), at)
    if words is None:
        return at
    run = words.group().split()
    for k in range(len(run)):  # the longest title ending right before ``at``
        if match_title(run[k:], doc.lex) == len(run) - k:
            return words.start() + len(" ".join(run[:k])) + (1 if k else 0)
    return at


# a name, then a relative clause of a passive verb and its agents, a list running on up to a later segment
RELATIVE_AGENTS_BEFORE = re.compile(
    r"\s*(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+yang\s+(?:\w+\s+)?di\w+\s+(?:oleh\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z(][\w'’()-]*)*(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z(][\w'’()-]*)*)*\s*,\s*"
)


def _officer_at_a_body(doc: Document, span: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The subject cut before "di" that goes on with a body's name and a person's name right up to the verb,
    after a title in lower case: "Ekonom | di Bank Permata Josua Pardede mengatakan" (where the titled person
    works, then the name; not where something was said: "Budi di Jakarta")."""
    s, e = span
    body = doc.body
    rest = trim(body, e, end, " ,")
    at = AT_A_BODY.match(body, rest[0], rest[1])
    if at is None or not has_title(body[s:e].split()[:1], doc.lex) or not body[s + 1 : e].replace(" ", "").islower():
        return None
    person = [m for m in doc.mentions_in(at.end(), rest[1], "person") if m.end == rest[1]]
    bodies = [m for m in doc.mentions_in(at.end(), rest[1], "organization") if m.start == at.end()]
    if not person or not bodies or bodies[0].end > person[0].start:
        return None
    return s, rest[1]


AT_A_BODY = re.compile(r"di\s+(?=[A-Z])")
SUBJECT_TYPES = frozenset(["person", "organization", "state"])  # mentions that can be a clause's subject


def _cue_set_off(body: str, before: int, seg_start: int, segment: str, doc: Document) -> bool:
    """Whether a comma segment is a quotation cue with its speaker set off right after the clause's subject, a
    name at ``before``: "PT X, | sambung dia, | juga menandatangani ...": the reporter's attribution, not the
    verb's subject. Not after a quotation ('"...," kata X di Serang, menjelaskan ...') nor after an opening
    phrase ("Namun dalam sosialisasi, lanjut X, ... meminta": the cue's speaker is the subject)."""
    if segment.split(" ", 1)[0].lower() not in doc.lex.quote_cues:  # (the loader adds the "-nya" forms)
        return False
    start = trim(body, before, seg_start, " ,")[0]
    named = any(m.start == start and m.type in SUBJECT_TYPES for m in doc.mentions_in(start, seg_start))
    return named and not QUOTE_MARKS.search(body, before, seg_start)


def _examples_named(doc: Document, s: int, e: int) -> tuple[int, int] | None:
    """The parties named as examples of a group of states, bodies or people that opens the subject:
    "Beberapa negara termasuk Inggris dan Jerman", "organisasi guru seperti P2G" (not "Fitur krusial
    seperti X": no source)."""
    body, lex = doc.body, doc.lex
    examples = EXAMPLES.search(body, s, e)
    if examples is None or not body[s + 1 : examples.start()].islower():  # lower case after its first letter
        return None
    words = [w for w in body[s : examples.start()].lower().split() if w not in COUNTING]
    head = words[0].partition("-")[0] if words else ""
    if head not in _group_nouns(lex) and lex.titles.get(head) != "group":
        return None
    named = doc.mentions_in(examples.end(), e)
    return (examples.end(), e) if named and named[0].start == examples.end() else None


ROLE_AND = re.compile(r" dan (?=[a-z])")


def _roles_joined(doc: Document, span: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The subject cut at "dan" after one title or group noun, when another one follows it up to the verb:
    both describe whoever is named after them, or speak together ("Penulis dan sutradara Pidi Baiq
    mengungkap", "Pejabat dan aktivis setempat menuding")."""
    s, e = span
    body, lex = doc.body, doc.lex
    word = body[s:e]
    if " " in word or not _describes_people(word, lex):
        return None
    joined = ROLE_AND.match(body, e, end)
    rest = subject_span(body, joined.end(), end) if joined is not None else None
    if rest is None or rest[0] != joined.end():
        return None
    return (s, rest[1]) if _describes_people(body[rest[0] : rest[1]].split()[0], lex) else None


def _describes_people(word: str, lex: Lexicon) -> bool:
    """A title, a profession or a noun of a group of people ("penulis", "sutradara", "kader")."""
    low = word.lower()
    return has_title([word], lex) or low in lex.professions or low in _group_nouns(lex)


@cache
def _group_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns of groups of people, of bodies and of organisations: what examples can be named of."""
    return lex.group_nouns | lex.vague_groups | lex.organization_nouns | lex.body_heads | lex.group_heads


# words counting people or bodies before the noun naming them ("beberapa negara", "seluruh pihak")
COUNTING = PLURAL_OPENERS | NUMBER_WORDS | {"banyak", "berbagai", "seluruh", "semua"}


def _role_opens(text: str, at: int, doc: Document) -> bool:
    """Whether a title opens the segment at ``at`` ("Derek Walton, | President, Global Vaccine Unit,
    Sinar Pharma, menyatakan": the role after a name runs on past its commas)."""
    words = text[at : at + 80].lstrip().split(" ", 4)[:4]
    return bool(words) and words[0][:1].isupper() and match_title([w.strip(",") for w in words], doc.lex) > 0


def _name_alone(body: str, clause_start: int, cuts: list[int], k: int, doc: Document) -> bool:
    """Whether the segment before the ``k``-th is a person's name and nothing else, an honorific aside
    ("Derek Walton, | President, ...", "KRT X, | Penghageng II ..."; not "Direktur Reserse Polda Metro Jaya,
    | Kombes X", a role before the name)."""
    s, e = trim(body, clause_start + cuts[k - 1], clause_start + cuts[k], " ,")
    return e > s and _a_titled_person(s, e, doc, honorific=True)


def _person_ends(doc: Document, at: int) -> bool:
    """Whether a person's name (with an age in brackets, "Rudi (45),") ends right before ``at``."""
    before = AGE_AFTER.sub("", doc.body[max(0, at - 120) : at].rstrip(" ,"))
    end = max(0, at - 120) + len(before)
    person = doc.person_in(max(0, at - 120), end)
    return person is not None and person.start + len(person.name) == end


DATE_SET_OFF = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")  # "26 Agustus 1962"


NAME_ONLY = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


def _name_before_one_of(
    body: str, clause_start: int, cuts: list[int], last: int, verb_start: int, doc: Document
) -> tuple[int, int] | None:
    """A name set off before the description of one of a group, right before the verb: "Hari, salah satu wali
    murid mengaku ..." is Hari's, not the group's; not a word opening the sentence ("Namun, salah satu ...")."""
    described = body[clause_start + cuts[last] : verb_start]
    if last == 0 or not ONE_OF.match(described) or any(w[:1].isupper() for w in described.split()):
        return None  # "..., salah satu kerabat Keraton KPH Eddy Wirabhumi": the description names its own
    s, e = trim(body, clause_start + cuts[last - 1], clause_start + cuts[last], " ,")
    first = body[s:e].split(" ", 1)[0]
    low = first.lower()
    opening = low in doc.lex.openers or low.endswith("nya")  # "Namun,", "Awalnya,": a sentence's opening word
    if not NAME_ONLY.fullmatch(body, s, e) or opening or doc.is_lexicon_word(first):
        return None
    return s, e


def _description_set_off(
    body: str, clause_start: int, cuts: list[int], last: int, verb_start: int, doc: Document | None
) -> tuple[int, int] | None:
    """A description opening the clause with places or dates set off by commas, closed by a demonstrative
    before the verb: "Perempuan kelahiran Bandar Lampung, 26 Agustus 1962, itu mengatakan", "Artis
    berdarah Buli, Kecamatan Maba, itu mengaku" (up to three segments set off)."""
    closing = body[clause_start + cuts[last] : verb_start].strip(" ,").rsplit(" ", 1)
    if doc is None or last == 0 or last > 3 or closing[-1] not in DEMONSTRATIVES:
        return None
    # the last segment is the demonstrative alone or a place closed by it ("Kabupaten Halmahera Timur itu")
    cuts = [*cuts[: last + 1], cuts[last] + len(closing[0])] if len(closing) == 2 else cuts[: last + 1]
    last = len(cuts) - 1
    s, e = trim(body, clause_start, clause_start + cuts[1], " ,")
    lead = LEAD_ADVERBIAL.match(body, s, e)
    s = lead.end() if lead else s
    words = body[s:e].split()
    head = words[0].lower() if words else ""
    if not (head in doc.lex.person_nouns or head in doc.lex.professions or has_title(words[:1], doc.lex)):
        return None
    for k in range(1, last):
        seg_start, seg_end = clause_start + cuts[k], clause_start + cuts[k + 1]
        seg = body[seg_start:seg_end].strip(" ,")
        if not (_place_or_description(body, clause_start, seg_start, seg_end, doc) or DATE_SET_OFF.fullmatch(seg)):
            return None
    return s, trim(body, s, verb_start, " ,")[1]


def _circumstance(start: int, end: int, doc: Document) -> bool:
    """A segment opened by a circumstance word (", dalam unggahan X,", ", sembari"), not by a time
    adverb before a subject ("..., saat itu Rudi mengaku": Rudi is the subject)."""
    words = doc.body[start:end].split()
    if not words or words[0] not in doc.lex.circumstances:
        return False
    lead = LEAD_ADVERBIAL.match(doc.body, start, end) or LEAD_TIME.match(doc.body, start, end)  # "pada Senin Rudi"
    return lead is None or not doc.body[lead.end() : end].strip()


def _person_closing(start: int, end: int, doc: Document) -> tuple[int, int] | None:
    """The span of a person's name that closes ``body[start:end]`` ("... pada 5 Mei 2025 | Prabowo"), if any."""
    stop = len(doc.body[start:end].rstrip()) + start
    person = next((m for m in doc.mentions_in(start, stop, "person") if m.end == stop), None)
    return (person.start, person.end) if person is not None else None


# words after a clause opener that make it a time phrase, not a clause with a subject of its own:
# "setelah itu", "sejak awal", "sejak dulu", "ketika kecil"
NO_CLAUSE_AFTER_OPENER = DEMONSTRATIVES | {
    "awal", "dulu", "lama", "kecil", "kemarin", "semula", "tadi", "pagi", "malam",
}


WORD = re.compile(r"\S+")


def subject_after_verb(doc: Document, s: int, verb_start: int, passive: bool = False) -> tuple[int, int] | None:
    """The subject of a verb's own clause, the object of a verb before it that is no verb of saying: "ia
    menunggu | hakim | menjatuhkan hukuman", "berharap | kebijakan ini | dapat mendukung", "melihat |
    polisi | menangkap", "menunggu | hakim | menyampaikan alasan menjatuhkan ...": a person's, a group's,
    an institution's or an act's common noun (language data) between the verbs, which then is not the
    first subject's act. None when no such noun stands there ("berupaya keras mendukung": an adverb) or
    a demand governs what follows ("meminta hakim menghukum X": the speaker's). With ``passive``, the verb at
    ``verb_start`` is a passive one, whose subject is so found ("mendengar | nelayan itu | ditangkap")."""
    body = doc.body
    if not (passive or verb_at(body, verb_start)) or re.search(r"[,;:]", body[s:verb_start]):
        return None  # a noun's holder ("dilakukan kerja sama dengan X"); a clause set off by a comma
    words = [(m.start() + s, m.end() + s, m.group().lower()) for m in WORD.finditer(body[s:verb_start])]
    verbs = [i for i, w in enumerate(words) if verb_at(w[2], 0)]
    for i, end in reversed(list(zip(verbs, [*verbs[1:], len(words)], strict=False))):  # none when no verb
        if words[i][2] in ADDRESSING:
            return None
        tail = words[i + 1 : end]
        while tail and tail[-1][2] in BEFORE_VERB:
            tail.pop()
        if _noun_phrase(doc, tail):
            return (tail[0][0], tail[-1][1])
    return None


def verb_at(text: str, at: int) -> bool:
    """Whether an active verb (me-, ber-, ter-), negated or not, is the word at ``at``."""
    negation = NEGATION_WORD.match(text, at)
    verb = VERBISH.match(text, negation.end() if negation else at)
    return verb is not None and verb.group()[:2] in ("me", "be", "te")


NEGATION_WORD = re.compile(rf"(?:{'|'.join(sorted(NEGATIONS))})\s+")


def _noun_phrase(doc: Document, words: list[tuple[int, int, str]]) -> bool:
    """Whether ``words`` are a short phrase of lower-case words headed by a common noun of a person, a
    group, an institution or an act (no name, no function word but a demonstrative)."""
    lex = doc.lex
    if not 1 <= len(words) <= 4 or any(not w[2].isalpha() or doc.body[w[0] : w[1]] != w[2] for w in words):
        return False
    if any(w[2] in lex.openers and w[2] not in DEMONSTRATIVES for w in words):
        return False  # "memulai langkah baru | dengan | memecat": how, not who
    head = next((w[2] for w in words if w[2] not in COUNTING and w[2] != "pihak"), "")  # "pihak kepolisian"
    return head in _agent_nouns(lex) or lex.titles.get(head) is not None


@cache
def _agent_nouns(lex: Lexicon) -> frozenset[str]:
    """Common nouns of persons, groups, institutions and acts: what can do what a verb says."""
    return (
        lex.home_authorities | lex.group_nouns | lex.person_nouns | lex.organization_nouns | lex.team_nouns
        | lex.acts | lex.state_organs
    )


def _after_clause_opener(body: str, start: int, end: int, doc: Document) -> int:
    """Where the verb's own clause starts: after the last word that opens a subordinate clause
    ("Kasus itu bermula ketika polisi menangkap ...": the subject is "polisi"), not "saat ini"."""
    words = doc.words.between(start, end)
    for i in range(len(words) - 2, -1, -1):  # a word must follow the opener
        if words[i][2] in doc.lex.clause_openers and words[i + 1][2] not in NO_CLAUSE_AFTER_OPENER:
            # a clause of its own only with a subject of its own: not "... hingga akhirnya menangkap"
            return words[i + 1][0] if subject_span(body, words[i + 1][0], end) else start
    return start


def _place_or_description(body: str, clause_start: int, start: int, end: int, doc: Document) -> bool:
    """A comma segment between a speaker and the verb that is not the speaker: only place names
    ("Sumatera Selatan" after "di Palembang"; "Kabupaten Magetan"), or role descriptions in lower
    case after a segment ending with a person's name ("..., mantan penyidik di Biro X, ...";
    "Amelia Kelley, terapis trauma, penulis, dan peneliti, menyarankan")."""
    s, e = trim(body, start, end, " ,;:")
    if s >= e:
        return True
    words = body[s:e].split()
    # the text before the segment, read back a few hundred characters (a long sentence stays linear)
    tail = body[max(0, start - 300) : start]
    before = tail.rstrip(" ,")
    before_end = start - (len(tail) - len(before))
    if all(DEGREE.match(w) for w in words):
        return True  # "dr. Yoga Devaera, Sp.A(K), menegaskan": degrees after a name
    named = words[:-1] if len(words) > 1 and words[-1] in DEMONSTRATIVES else words
    if named is not words and doc.person_in(clause_start, start) is None:
        named = words  # "Artis berdarah Buli, Kabupaten X itu": the demonstrative closes an epithet, not a name
    if words[0].lower() in doc.lex.place_heads and all(w[:1].isupper() for w in named):
        # "Kecamatan Karangrejo (ini)": a place set off is no subject; an institution set off after an opening
        # phrase is ("Melalui keterangan resmi, PT KAI menyampaikan", "Dalam keterangannya, Dinas X ...")
        return words[0].lower() not in doc.lex.institution_heads
    if len(words) <= 3 and all(w[:1].isupper() for w in words):
        # a place continuing the place before it: "di Palembang, Sumatera Selatan"; a capital
        # alone is a subject of its own ("..., Caracas meminta ...")
        clause = body[clause_start:start].rstrip(" ,")
        previous = clause[clause.rfind(",") + 1 :].split()  # the segment before, inside this clause
        place = PLACE_PHRASE_ENDS.search(before)
        persons_before = doc.mentions_in(before_end - 200, before_end, "person")
        if place is not None and any(m.end == before_end for m in persons_before):
            place = None  # "... datang dari Agus, Joko mengatakan": a person, not a place
        if place is not None and _a_titled_person(s, e, doc):
            place = None  # "... di Polresta Solo, Victor Hutagalung menyatakan": the segment is a person
        after_head = bool(previous) and previous[0].lower() in doc.lex.place_heads
        if place is not None or (after_head and not _a_titled_person(s, e, doc)):
            return True  # not "Dewan Pakar Gizi BGN, Ikeu Tanziha, mengatakan": a person set off after a role
        # "Tomi, Kepala Dusun Harapan, Bekasi, Jawa Barat, menyebut": places after a role or a place
        prev_start = clause_start + clause.rfind(",") + 1
        after_role = bool(previous) and (
            has_title(previous, doc.lex)
            or group_word(previous[0].lower(), doc.lex)  # "Jemaat Gereja X, Jakarta Pusat": where the group is
            or _all_places(prev_start, start, doc)
            or (  # "Pemkot Solo, Jawa Tengah": the place an institution serves; a state is a subject of its own
                any(m.end == before_end for m in doc.mentions_in(before_end - 300, before_end, "organization"))
                and not doc.mentions_in(s, e, "state")
            )
        )
        if _all_places(s, e, doc) and after_role:
            return True
        set_off = "," in body[e:end]
        if not has_title(words, doc.lex) or title_kind(words, doc.lex) in NAME_OPENING or not set_off:
            return False  # a name ("Prof Nairobi", "Kombes Ade"), a capital alone, or the subject itself ("Menag")
        # else a short role set off in title case, tested below: "Titik Rahayu, Kepala Dinas Pertanian, ..."
    if words[0].lower() in doc.lex.relation_nouns and any(
        m.end == before_end for m in doc.mentions_in(before_end - 100, before_end)
    ):
        return True  # "Korea Selatan, sekutu dekat AS, berjanji": whose ally the party named before is
    if words[0].lower() in doc.lex.pronouns:
        return False  # "..., ia menyoroti": the pronoun is the subject
    if _pronoun_before_verb(words) and "," not in body[e:end]:
        return False  # "..., dan kemudian kita juga bekerja sama": the clause's own subject, no description
    if words[0].islower() and "," not in body[e:end] and _titled_name(s, e, doc):
        return False  # "Senada, psikolog klinis Rina Puspita menilai": a titled name running into the verb
    if words[0][:1].isdigit():
        return False  # "..., 60 persen warga AS menentang": people counted are the subject, not a role set off
    if words[0].lower() in CONTRASTING:
        return False  # "..., padahal dulu TGPF menyatakan": a clause of its own, with its own subject
    if words[0].lower() == "menurut" and any(m.end == e for m in doc.mentions_in(s, e, "person")):
        return False  # "..., menurut tim kampanyenya Trump sepakat": the source, then the subject's name
    name = next((m for m in reversed(doc.mentions) if m.type == "person" and clause_start <= m.end <= start), None)
    name_end = name.end if name is not None else _untagged_name_end(body, clause_start, start, doc)
    if name_end is None:
        return False
    closing = AGE_THEN_COMMA.match(body, name_end, start)
    if not closing:
        return False  # the name must close its own segment: "Kishore Chandra, mantan ...", "Rini (34), ..."
    if not words[0][:1].islower():
        # a role in title case with no person in it: "Rini Astuti (34), Aparatur Sipil Negara Dinas X"
        # or an office set off after a full name, whatever the tagger made of the words after the
        # title: "Paulius Juta, CEO Sinar Jaya, mengatakan"; not a rank before a name ("Kombes Ade")
        full_name = name is not None and (" " in body[name.start : name.end] or _titled(body, name.start, doc))
        office = match_title(words, doc.lex) > 0 and title_kind(words, doc.lex) not in NAME_OPENING
        unnamed = doc.person_in(s, e) is None or (full_name and office and "," in body[e:end])
        if has_title(words, doc.lex) and unnamed and len(words) <= MAX_SUBJECT_WORDS:
            return True
        # "Suharjono, Wakil Kurikulum SMAN 2 Sukamaju, menyatakan": a name alone opens the clause and
        # what is set off after it names no person and no state: a post the lexicons do not know
        opens = name is not None and not body[clause_start : name.start].strip(" ,") and len(words) >= 2
        return opens and doc.person_in(s, e) is None and not doc.mentions_in(s, e, "state")
    between = [seg.strip() for seg in body[closing.end() : start].split(",") if seg.strip()]
    descriptive = all(seg[:1].islower() for seg in between)
    # not a name a prepositional phrase holds ("Dalam jurnal X, | para peneliti memperkirakan": the researchers speak)
    held = name is not None and _held_in_phrase(body, clause_start, name.start, doc)
    return descriptive and not held  # lower-case descriptions set off after a name: "X, mantan penyidik ..., penulis,"


def _titled_name(start: int, end: int, doc: Document) -> bool:
    """Whether ``body[start:end]`` closes with a person's name after a few words, the end of a title ("psikolog
    klinis | Rina Puspita", "dan Tanda Kehormatan (GTK) | Fadli Zon": a title listed over commas); not after a
    relation ("istri Budi Santoso": someone else's kin), nor after a place or an employer behind a preposition
    ("juru masak di kediaman X": a description with a name of its own)."""
    person = next((m for m in doc.mentions_in(start, end, "person") if m.end == end), None)
    if person is None:
        return False
    lex = doc.lex
    words = doc.body[start : person.start].split()
    if not words or len(words) > MAX_TITLE_WORDS or any(w in PREPOSITIONS for w in words):
        return False  # (no words: a name in lower case, "van Dijk", is the segment itself)
    return words[0] not in lex.relations and " ".join(words[:2]) not in lex.relations


MAX_TITLE_WORDS = 8  # the words of a title before a name ("pengamat politik Lembaga Ilmu Pengetahuan Indonesia")


def _pronoun_before_verb(words: list[str]) -> bool:
    """Whether a personal pronoun stands in ``words`` with only adverbs, modals or negations after it (the
    words of a segment running into the verb): the pronoun is the verb's subject."""
    k = len(words)
    while k and words[k - 1].lower() in BEFORE_VERB:
        k -= 1
    return k > 0 and words[k - 1].lower() in PERSONAL_PRONOUNS


def _held_in_phrase(body: str, clause_start: int, name_start: int, doc: Document) -> bool:
    """Whether the comma segment of the name at ``name_start`` opens with a preposition and a lower-case noun
    ("Dalam jurnal X", "Kepada media X"): the name is the phrase's, not a subject's."""
    seg_start = max(clause_start, body.rfind(",", clause_start, name_start) + 1)
    before = body[seg_start:name_start].split()
    return len(before) >= 2 and before[0].lower() in doc.lex.circumstances and before[1].islower()


def _titled(body: str, start: int, doc: Document) -> bool:
    """Whether the name at ``start`` follows an honorific or a rank ("KRT Wiroprojo", "AKBP Sutomo"):
    a name so introduced is as sure as a full name."""
    before = body[max(0, start - 12) : start].split()
    return bool(before) and doc.lex.titles.get(before[-1].lower().rstrip(".")) in NAME_OPENING


DIRECTIONS = frozenset(["utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "raya", "pusat"])


def _a_titled_person(start: int, end: int, doc: Document, honorific: bool = False) -> bool:
    """Whether ``body[start:end]`` is a person's name (``_a_person``) or a title and a person's name after it:
    a person whatever the name ("di Instagram, Presiden Ismail mengatakan": no place after a place).
    ``honorific``: only an honorific before the name ("KRT Purwowinoto", not "Kapolsek Paliyan")."""
    if _a_person(start, end, doc):
        return True
    words = doc.body[start:end].split()
    titled = match_title(words, doc.lex)
    if not 0 < titled < len(words) or (honorific and title_kind(words[:titled], doc.lex) != "honorific"):
        return False
    name_start = end - len(" ".join(words[titled:]))
    return any(m.start == name_start and m.end == end for m in doc.mentions_in(name_start, end, "person"))


def _a_person(start: int, end: int, doc: Document) -> bool:
    """Whether ``body[start:end]`` is exactly a person's name: two words or more, one word the
    article also gives in full ("Messi" after "Lionel Messi"), or one no lexicon knows that the article
    names again; a lone word the tagger calls a person after a place ("di Amman, Jordania") may be
    another place."""
    named = [m for m in doc.mentions_in(start, end, "person") if m.start == start and m.end == end]
    if not named:
        return False
    text = doc.body[start:end]
    full = doc.fullest(text)
    if " " in text or (full is not None and full.name != text):
        return True
    # a lone word no lexicon knows that the article names again, as it names the people it quotes
    # ("di Sidoarjo, Sutarjo mengaku ... Sutarjo menambahkan"); a place's word is in the lexicons or
    # named once ("di Amman, Jordania", "di The Hope Farm, Alabama")
    low = text.lower()
    if doc.is_lexicon_word(text) or low in doc.lex.regions or low in doc.lex.office_words:
        return False
    return len(re.findall(rf"\b{re.escape(text)}\b", doc.body)) >= 2


def _all_places(start: int, end: int, doc: Document) -> bool:
    """Whether the words of ``body[start:end]`` all name places the tagger and the lexicons agree on:
    a state, or a place mention whose words are the home state's regions, provinces or cities, or that
    is a city of the lexicon."""
    lex = doc.lex
    places = [m for m in doc.mentions_in(start, end) if m.type in ("place", "state")]
    words = doc.words.between(start, end)
    for s, _, low in words:
        place = next((m for m in places if m.start <= s < m.end), None)
        if place is not None and place.type == "state":
            continue
        if place is not None and (low in lex.regions or low in lex.office_words):
            continue
        if place is not None and doc.body[place.start : place.end].lower() in lex.cities:
            continue  # "Cengkareng", "Mampang Prapatan": a district of the capital
        if place is None and doc.body[s].isupper() and (low in lex.regions or low in DIRECTIONS):
            continue  # "Jawa Tengah": a province the tagger left untyped is still one
        return False
    return bool(words)


# "Awalnya,", "Pasalnya,", "Tentunya,", "Keempat,": a sentence adverb or an ordinal, no name
SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{3,}nya|Pertama|Ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)")


def _untagged_name_end(body: str, clause_start: int, start: int, doc: Document) -> int | None:
    """The end of a clause's first segment when it is a name the tagger missed: two to four
    capitalised words that no lexicon knows ("Amelia Kerry, terapis trauma, ... menyarankan")."""
    lead = DATELINE_LEAD.match(body, clause_start, start)
    first = lead.end() if lead else clause_start
    comma = body.find(",", first, start)
    if comma == -1:
        return None
    words = body[first:comma].split()
    if len(words) == 1 and doc.name_shaped(words[0]) and not doc.is_common_word(words[0].lower()) and not (
        SENTENCE_ADVERB.fullmatch(words[0])
    ):
        return comma  # "Ronald, pemilik bengkel X, mengatakan": one given name, no word the text writes in lower case
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return None if any(doc.is_lexicon_word(w) for w in words) else comma
