"""Stances: who stands for or against whom, read from stance cues with holders and targets.

Holders and targets are parties read from the document's typed mentions (persons with their state's
code, organisations, states, and group nouns), never free text. For each sentence with a stance cue
(``stance_cues.tsv``), by the cue's kind:
- ``object``: the holders are the subject (or the speaker of the statement the cue sits in), the
  targets the first party after the cue and those coordinated with it ("Rusia serta Mesir mendukung
  X", "mengecam langkah Selandia Baru dan Australia": one stance per party);
- ``agent``: the target is the doer of the act ("serangan Israel", "tindakan AS melanggar");
- ``passive``: the subject is the target, the agent after the verb the holder ("X yang didukung oleh
  Y", "X ditangkap polisi");
- ``mutual``: the stance holds both ways ("kerja sama dengan X"; "X dan Y sepakat").
An action stands for its actor ("kebijakan tarif Trump" -> Donald Trump), a capital for its state.
Negation flips a support ("tidak mendukung") and cancels an oppose; a cue in a conditional clause or
a question is no stance. One stance per (holder, target, polarity) per article, the most confident.

Rules: ``stance_statement`` (cue inside a statement), ``stance_subject`` (holders from the
subject), ``stance_passive``, ``stance_mutual``, ``stance_nominal`` (a stance noun with its own
holder: "dukungan KAI terhadap X", "kecaman Uni Eropa atas X", "X mendapat dukungan dari Y").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasks.clean import agency_names
from tasks.extract.document import Document, Person
from tasks.extract.lang import Lexicon, load
from tasks.extract.mentions import Speaker, resolve
from tasks.extract.statements import Statement
from tasks.extract.subjects import VERBISH, inside_a_name, subject_before
from tasks.extract.text import WordIndex
from tasks.extract.vocab import state_code, state_of

log = logging.getLogger(__name__)

MAX_GAP_WORDS = 6  # an object target further from its cue is about something else
NEGATION = re.compile(
    r"\b(?:tidak|tak|belum|bukan|enggan|menolak)\s+(?:(?:akan|pernah|lagi|bisa|dapat|mau|ingin|untuk)\s+)?$"
)
CONDITIONAL = re.compile(r"\b(?:jika|apabila|kalau|seandainya|bilamana|andaikan|asalkan|asal)\b", re.IGNORECASE)
JOIN = re.compile(r"\s*(?:,|dan|serta|,\s*dan|maupun|atau|bersama|bersama dengan)\s*")
# the agent of a passive, also after a second passive verb: "didukung dan dilindungi oleh X"
AFFILIATION = re.compile(r"\s+(?:dari|asal)\s+")  # "X dari Partai Republik": where a person belongs
BY = re.compile(r"\s*(?:(?:dan|serta)\s+di\w+\s+)?(?:oleh\s+)?")
GROUP_STOP = frozenset(
    ["yang", "di", "dan", "serta", "untuk", "dari", "dengan", "ke", "pada", "atas", "karena", "agar", "sebagai",
     "selaku", "selama", "sejak", "hingga", "sebesar", "sebanyak", "ini", "itu", "tersebut", "telah", "sudah",
     "akan", "masih", "sedang", "tidak", "belum", "juga"]
)
QUANTIFIERS = frozenset(
    ["para", "seluruh", "semua", "sejumlah", "dua", "tiga", "empat", "lima", "ribuan", "ratusan", "puluhan", "kedua"]
)
# prepositions that lead from a stance word to its target ("dukungan KAI terhadap ...")
TARGET_PREPOSITIONS = ("terhadap", "kepada", "untuk", "atas", "bagi")
GENITIVE_TO = re.compile(rf"\s*(?:(?:yang|juga)\s+)?(?:{'|'.join(TARGET_PREPOSITIONS)})\s+")
CUE_END_PREPOSITIONS = frozenset([*TARGET_PREPOSITIONS, "dengan", "pada", "ke"])
# "menetapkan dua tersangka lainnya, yakni X dan Y": the parties are named after the description
NAMELY = re.compile(r"(?:\s+(?:lain|lainnya|baru))?\s*,?\s*(?:yakni|yaitu|masing-masing|antara lain)\s+")
THAT = re.compile(r"\s*,?\s*(?:bahwa|jika|kalau)\b")
CAPITAL_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")  # the word continues a capitalised run ("Asian Games")
# a nominalised act between a cue and a name ("menuntut pembebasan Maduro"): the name is not the target
# a verb or a copula between a cue and a party makes the party that verb's or a predicate; ber- words
# that describe a noun ("berbagai", "berinisial X") or join a partner ("bersama") are no such verb
GAP_VERB = re.compile(
    r"(?<![\w-])(?:me(?:m|n|ng|ny)[a-z]{3,}|me[lrwy][a-z]{3,}"
    r"|ber(?!(?:sama|bagai|inisial|nama|usia|jumlah|upa|isi|basis|tajuk|status|bendera|kebangsaan|wenang)\b)[a-z]{3,}"
    r"|adalah|merupakan)(?![\w-])"  # "mengakui kedua korban itu adalah X": X is what they are
)
NOMINALISED = re.compile(r"(?<![\w-])(?:pe|ke)\w{3,}an(?![\w-])")
ACTION_WORDS = r"(?:tindakan|operasi|serangan|langkah|kebijakan|keputusan|agresi|invasi|sanksi|blokade)"


@dataclass(frozen=True)
class Party:
    name: str
    type: str
    code: str | None


@dataclass(frozen=True)
class Stance:
    holder: Party
    target: Party
    polarity: str
    cue: str
    start: int  # evidence sentence
    end: int
    confidence: float
    statement_index: int | None
    rule: str


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: str  # as written


@cache
def _cue_lengths(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """First word of each stance cue -> the cue lengths (in words) starting with it, longest first."""
    index: dict[str, set[int]] = {}
    for cue in lex.stance_cues:
        words = cue.split()
        index.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in index.items()}


def stance_cues_in(body: str, s: int, e: int, lex: Lexicon, index: WordIndex | None = None) -> list[CueHit]:
    """Stance cues of ``body[s:e]``, longest first at each word ("menjatuhkan sanksi tambahan")."""
    lengths = _cue_lengths(lex)
    words = (index or WordIndex(body)).between(s, e)
    hits: list[CueHit] = []
    i = 0
    while i < len(words):
        step = 1
        for n in lengths.get(words[i][2], ()):
            run = words[i : i + n]
            if (
                i + n <= len(words)
                and " ".join(w[2] for w in run) in lex.stance_cues
                and all(not body[a[1] : b[0]].strip() for a, b in pairwise(run))  # adjacent words only
            ):
                start, end = words[i][0], words[i + n - 1][1]
                hits.append(CueHit(start, end, body[start:end]))
                step = n
                break
        i += step
    return hits


# lower-case words a name may hold: particles and the connectors of organisations' names
NAME_LOWER = frozenset(
    ["bin", "binti", "van", "von", "de", "der", "al", "el", "da", "dos", "la", "ibn", "dan", "untuk", "dari"]
) | frozenset(["of", "the", "and", "for"])


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
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_LOWER for w in words)


def _party_of_speaker(sp: Speaker, lex: Lexicon) -> Party | None:
    if sp.name is None or sp.type == "unknown":
        return None
    if sp.type in ("country", "organization"):
        actor = lex.actor(sp.name)
        if actor is not None:
            return Party(actor.name, actor.type, actor.code)
    return Party(sp.name, sp.type, sp.code)


def parties_in(doc: Document, start: int, end: int) -> list[tuple[Party, int, int]]:
    """The parties named in ``body[start:end]``, in text order: persons (fullest name, their state's
    code), organisations (with an actor code or the home state's, for its institutions), states."""
    lex = doc.lex
    out: list[tuple[Party, int, int]] = []
    for m in doc.mentions_in(start, end):
        text = doc.body[m.start : m.end]
        if text.lower() in lex.pronouns:
            continue  # "Mereka": a word pointing back is no party by itself
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
        elif m.type in ("state", "organization") and m.code is not None:
            actor = lex.actor(text)
            if actor is not None:
                out.append((Party(actor.name, actor.type, actor.code), m.start, m.end))
        elif m.type == "organization" and _institution_like(text, doc):
            out.append((Party(text, "organization", state_code(text, lex)), m.start, m.end))
    taken = [(s, e) for _, s, e in out]
    if lex.home_code and doc.home_story:
        for g in _authority_re(lex.language).finditer(doc.body, start, end):
            # "program pemerintah", "polisi menangkap ..." in a story about the home state: its state
            home = _state_of(lex.home_code, lex)
            if home is not None and not any(s <= g.start() < e for s, e in taken):
                out.append((home, g.start(), g.end()))
    for ws, we, _ in doc.words.between(start, end):
        # a short name of a person the article names in full ("Hokky" for "Hokky Caraka")
        word = doc.body[ws:we]
        standalone = len(word) > 2 and not CAPITAL_BEFORE.search(doc.body, max(0, ws - 30), ws)
        if word.lower() in doc.lex.pronouns:
            continue
        if word[:1].isupper() and standalone and not any(s <= ws < e for s, e in taken) and not any(
            m.start <= ws < m.end for m in doc.mentions
        ):
            full = doc.fullest(word)
            if full is not None:
                out.append((Party(full.name, "person", doc.code_of(full.name)), ws, we))
            elif (code := _family_name_state(doc, word)) is not None:
                out.append((Party(word, "person", code), ws, we))
    return sorted(out, key=lambda p: p[1])


def _office_of_next_person(doc: Document, end: int) -> bool:
    """Whether the name of a person whose role ends here follows ``end`` directly."""
    pos = end
    while pos < len(doc.body) and doc.body[pos] == " ":
        pos += 1
    person = doc.person_at(pos) if pos > end else None
    return person is not None and person.role is not None


# States whose names are written family name first in news copy (Chinese, Korean, Vietnamese and
# Khmer names): the first word of such a full name is what an article repeats ("Xi", "Kim").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM"})


def _family_name_state(doc: Document, word: str) -> str | None:
    """The state of the officials a repeated family name may stand for ("keputusan Kim"), when all
    of them serve one state: which of them is meant can stay open (a speaker needs the person,
    a stance towards a state's official only the state)."""
    codes = {p.code for p in doc.people if len(p.tokens) > 1 and p.tokens[0] == word and p.code in FAMILY_FIRST}
    return codes.pop() if len(codes) == 1 else None


def _somebody(party: Party, doc: Document) -> bool:
    """A person party passes ``_clearly_a_person``; other parties pass."""
    if party.type != "person" or party.code is not None:
        return True  # a person with a state's code was named with a role somewhere
    person = next((p for p in doc.people if p.name == party.name), None)
    return person is None or _clearly_a_person(person, doc)


def _clearly_a_person(person: Person, doc: Document) -> bool:
    """A party must be somebody: a name of two words or more, or one word the article gives a title
    somewhere ("Bupati Syarwani"). A lone capitalised word the tagger called a person ("Yerusalem",
    "Pertemuan") is too weak to hold or receive a stance."""
    if len(person.tokens) > 1:
        return True
    return any(p.role for p in doc.people if (doc.fullest(p.name) or p).name == person.name)


def _institution_like(text: str, doc: Document) -> bool:
    """An organisation name worth a stance: an acronym ("KAI"), a name opened by an institution
    word ("Partai Golkar", "PT Pertamina") or naming a home institution, or a capitalised name that
    holds no title or office word and is not a common word the article also writes in lower case."""
    lex = doc.lex
    words = text.replace("(", " ").replace(")", " ").split()
    if not words or text.count("(") != text.count(")"):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return words[0] not in ("PT", "CV", "TBK")  # an acronym names an organisation; a company prefix alone does not
    if any(w.lower() in lex.home_institutions for w in words):
        return True  # "Kejaksaan", "Kementerian Kesehatan"
    if words[0].lower() in lex.institution_heads or words[0] in {"PT", "CV"}:
        return len(words) > 1  # "Partai" alone names no party
    lowered = [w.lower() for w in words]
    if any(w in lex.titles or w in lex.title_words for w in lowered):
        return False
    return not (len(words) == 1 and doc.is_common_word(lowered[0]))


def _group_at(doc: Document, start: int, end: int) -> tuple[Party, int, int] | None:
    """A group named right at ``start`` ("masyarakat", "tiga pengedar narkoba", "pengungsi Rohingya")."""
    words = doc.words.between(start, min(end, start + 60))
    if not words:
        return None
    i = 0
    while i < len(words) and words[i][2] in QUANTIFIERS:
        i += 1
    head = words[i][2] if i < len(words) else ""
    if doc.lex.titles.get(head) != "group" and head not in doc.lex.group_nouns and head not in doc.lex.vague_groups:
        return None
    j = i + 1
    while (
        j < len(words)
        and j < i + 3
        and words[j][2] not in GROUP_STOP
        and not doc.lex.titles.get(words[j][2])
        and not GAP_VERB.fullmatch(words[j][2])  # "korban menggunakan ...": a verb ends the group
    ):
        if doc.body[words[j - 1][1] : words[j][0]].strip():
            break  # punctuation in between
        j += 1
    if j == i + 1 and words[i][2] in doc.lex.vague_groups:
        return None  # "sejumlah pihak": nobody in particular
    s, e = words[0][0], words[j - 1][1]
    return Party(doc.body[s:e], "group", state_code(doc.body[s:e], doc.lex)), s, e


def _first_parties(doc: Document, start: int, end: int, skip: Party | None) -> list[tuple[Party, int]]:
    """The first party after ``start`` (within MAX_GAP_WORDS) and the parties coordinated with it."""
    found = [p for p in parties_in(doc, start, end) if skip is None or not _same(p[0], skip)]
    at = _skip_space(doc.body, start, end)
    to = GENITIVE_TO.match(doc.body, at, end)  # "apresiasi kepada seluruh masyarakat"
    group = _group_at(doc, to.end() if to else at, end)
    if group is not None and (not found or group[1] < found[0][1]):
        found.insert(0, group)
    if not found or len(doc.body[start : found[0][1]].split()) > MAX_GAP_WORDS:
        return []
    gap = doc.body[start : found[0][1]]
    if any(not re.fullmatch(ACTION_WORDS, w.group()) for w in NOMINALISED.finditer(gap)):
        return []
    if GAP_VERB.search(gap):
        return []  # "mengakui masih menunggu hasil investigasi PT KAI": the party is another verb's
    out = [(found[0][0], found[0][1])]
    last = found[0][2]
    for (_, _, prev_end), (party, s, e) in pairwise(found):
        if not JOIN.fullmatch(doc.body[prev_end:s]):
            break
        out.append((party, s))
        last = e
    join = JOIN.match(doc.body, last, end)
    group = _group_at(doc, join.end(), end) if join and join.end() > last else None
    if group is not None and group[1] > last and not any(s == group[1] for _, s in out):
        out.append((group[0], group[1]))  # "AS dan negara-negara Eropa": a group closes the list
    return out


def _skip_space(body: str, pos: int, end: int) -> int:
    while pos < end and body[pos] in " ,:":
        pos += 1
    return pos


def _same(a: Party, b: Party) -> bool:
    if a.name == b.name:
        return True
    return a.code is not None and a.code == b.code and "country" in (a.type, b.type)


def _holders(doc: Document, s: int, e: int, previous: Speaker | None) -> list[Party]:
    """The parties of a subject span (several when coordinated), else the resolved subject."""
    found = parties_in(doc, s, e)
    if found:
        parties = [found[0]]  # the last coordinated run of parties is the subject
        for prev, nxt in pairwise(found):
            if parties[-1] is prev and prev[0].type == "person" and AFFILIATION.fullmatch(doc.body[prev[2] : nxt[1]]):
                continue  # "Eko dari Fraksi PAN": the person, not the party they belong to
            parties = [*parties, nxt] if JOIN.fullmatch(doc.body[prev[2] : nxt[1]]) else [nxt]
        return [p for p, _, _ in parties]
    group = _group_at(doc, _skip_space(doc.body, s, e), e)
    if group is not None:
        return [group[0]]
    first = doc.body[s:e].split()[0].lower() if doc.body[s:e].split() else ""
    if doc.lex.pronouns.get(first) is None and doc.body[s:e].split()[-1:] not in (["ini"], ["itu"], ["tersebut"]):
        return []  # no named party and no word pointing back to one: nobody to hold the stance
    sp = resolve(doc.body[s:e], doc, s, previous)
    party = _party_of_speaker(sp, doc.lex)
    return [party] if party is not None and sp.type != "unknown" else []


def extract_stances(
    body: str, lex: Lexicon, statements: list[Statement], entities: Document | None = None
) -> list[Stance]:
    """Stances of one article; one per (holder, target, polarity), the most confident kept."""
    doc = entities or Document(body, lex)
    found: list[Stance] = []
    for s, e, _ in doc.sentences:
        for m in stance_cues_in(body, s, e, lex, doc.words):
            if not _inside_a_name(doc, m, s):  # "Partai Solidaritas Indonesia" holds no stance cue
                found.extend(_stances_at(doc, statements, s, e, m))
    best: dict[tuple[str, str, str], Stance] = {}
    for st in found:
        key = (st.holder.code or st.holder.name, st.target.code or st.target.name, st.polarity)
        if st.holder.code and st.holder.code == st.target.code:
            key = (st.holder.name, st.target.name, st.polarity)  # two bodies of one state
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.start, st.holder.name))


AGENT_MARK = re.compile(r"\b(?:oleh|dari)\s+")


def _passive_agents(doc: Document, m: CueHit, e: int) -> list[Party]:
    """The agents of a passive cue: right after it ("ditangkap polisi", "didukung oleh AS dan
    Inggris"), or after a later "oleh" or "dari" ("diapresiasi sebagai tokoh terbaik oleh Global
    Markets", "dinonaktifkan dari posisi anggota DPR"); not a name inside what follows
    ("diapresiasi sebagai 'Governor of The Year'")."""
    body = doc.body
    at = BY.match(body, m.end, e).end()  # type: ignore[union-attr]
    found = _first_parties(doc, at, e, None)
    if found and len(body[at : found[0][1]].split()) > 1:
        by = AGENT_MARK.search(body, at, found[0][1])
        found = _first_parties(doc, by.end(), e, None) if by else []
    return [p for p, _ in found]


def _inside_a_name(doc: Document, m: CueHit, s: int) -> bool:
    """A capitalised cue word past a sentence's first word: part of a name or of a title-case
    heading ("Partai Solidaritas Indonesia", "Upacara Peringatan HUT TNI", "Jepang Mengecam Korea
    Utara"), which prose does not write; the body says it again in lower case."""
    return m.cue[:1].isupper() and bool(doc.body[s : m.start].strip(' "“(-'))


def _stances_at(doc: Document, statements: list[Statement], s: int, e: int, m: CueHit) -> list[Stance]:
    body, lex = doc.body, doc.lex
    low = " ".join(m.cue.split()).lower()
    polarity = lex.stance_cues[low]
    neg = NEGATION.search(body, max(s, m.start - 30), m.start)
    negated = neg is not None
    verb_at = neg.start() if neg else m.start  # the subject ends before the negation
    if CONDITIONAL.search(body, s, m.start) or body[s:e].rstrip().endswith("?"):
        return []
    if negated:
        if polarity == "oppose":
            return []
        polarity = "oppose"
    inside = next((i for i, st in enumerate(statements) if st.start <= m.start < st.end), None)
    overlapping = next((st for st in statements if st.start < e and st.end > s), None)
    previous = overlapping.speaker if overlapping else None
    confidence, rule = (0.7, "stance_statement") if inside is not None else (0.6, "stance_subject")
    if low in lex.passive_cues:
        # "kelompok yang didukung Iran": the noun before "yang" is what the passive is about
        subj = _noun_before_yang(doc, s, m.start) or subject_before(body, s, verb_at, doc)
        targets = [(p, s) for p in _holders(doc, *subj, previous)] if subj else []
        holders = _passive_agents(doc, m, e)
        rule = "stance_passive"
    else:
        noun = _is_noun(low)
        if noun and REQUESTED.search(body, max(s, m.start - 40), m.start):
            return []  # "meminta dukungan semua pihak": support asked for is nobody's stance yet
        received = _received(doc, s, m, e) if noun else None
        genitive = _genitive_holder(doc, m, e) if noun and received is None else None
        if low in lex.given_cues and ((genitive is None and received is None) or not m.cue.islower()):
            return []  # "bantuan" with its giver and receiver, or no stance
        if received is not None:  # "X mendapat dukungan dari Y"
            holders = received[0]
        elif genitive is not None:  # "dukungan KAI terhadap program pemerintah": the noun's own holder
            holders = [genitive[0]]
        elif low in lex.agent_cues and inside is not None:
            # "Beijing menekankan bahwa tindakan AS melanggar ...": the speaker accuses the doer
            speaker = _party_of_speaker(statements[inside].speaker, lex)
            holders = [speaker] if speaker is not None else []
        else:
            holders = _active_holders(doc, statements, inside, s, verb_at, previous)
        proviso = CONDITIONAL.search(body, m.end, e)
        lo, hi = m.end, proviso.start() if proviso else e  # "bekerja sama asalkan Israel ...": no target there
        required = lex.stance_requires.get(low)
        if required:
            found = _required(body, m.end, e, required)
            if found is None:
                return []  # "menetapkan" without "sebagai tersangka" is no stance
            lo, hi = (found[1], e) if low in lex.mutual_cues else (m.end, found[0])
            namely = NAMELY.match(body, found[1], e) if found and low not in lex.mutual_cues else None
            if namely and not _first_parties(doc, lo, hi, None):
                lo, hi = namely.end(), e
        if genitive is not None:
            lo, rule = genitive[1], "stance_nominal"  # the target follows the preposition
        if received is not None:
            targets, rule = received[1], "stance_nominal"
        elif low in lex.agent_cues:
            targets = _agent_targets(doc, s, m, e)
        elif THAT.match(body, m.end, e):
            targets = []  # "mengakui bahwa ...": admitting something is speech, not recognition
        else:
            # "sepakat", "bekerja sama": partners are the coordinated holders, never what follows
            bare_mutual = low in lex.mutual_cues and not low.endswith(" dengan") and not required
            targets = [] if bare_mutual else _first_parties(doc, lo, hi, holders[0] if len(holders) == 1 else None)
            own = noun and genitive is None and low not in lex.mutual_cues
            if own and low.split()[-1] not in CUE_END_PREPOSITIONS and targets and not body[lo : targets[0][1]].strip():
                targets = []  # "dukungan Rusia", "tuduhan Lisa": the noun's own holder, and no target named
            if low.endswith(" dengan") and targets and len(body[lo : targets[0][1]].split()) > 3:
                targets = []  # "sepakat dengan suara bulat untuk mengangkat X": not an agreement with X
            if targets and polarity == "support" and _opposing_act(body, lo, targets[0][1], lex):
                polarity = "oppose"  # "mendukung sanksi terhadap Iran" stands against Iran
        if low in lex.mutual_cues and low.endswith(" antara"):
            # "kerja sama antara X dan Y": the partners are named after the cue, each with the others
            partners = [p for p, _ in _first_parties(doc, m.end, hi, None)]
            holders, targets = (partners, []) if len(partners) > 1 else ([], [])
        if low in lex.mutual_cues and not targets and len(holders) > 1:
            targets = [(h, m.start) for h in holders]  # "X dan Y sepakat ...": each with the other
        if low in lex.mutual_cues:
            rule = "stance_mutual"
    out = []
    for holder in holders:
        for target, pos in targets:
            named = well_named(holder.name, holder.type) and well_named(target.name, target.type)
            if _same(holder, target) or not named or not _somebody(holder, doc):
                continue
            acted = re.search(ACTION_WORDS + r"(?:\s+\S+){0,2}\s*$", body[max(s, pos - 40) : pos])
            conf = round(min(confidence + (0.1 if acted else 0), 1.0), 2)
            out.append(Stance(holder, target, polarity, m.cue, s, e, conf, inside, rule))
            if low in lex.mutual_cues:
                out.append(Stance(target, holder, polarity, m.cue, s, e, conf, inside, rule))
    return out


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


REQUESTED = re.compile(
    r"\b(?:meminta|memohon|mengharapkan|berharap|mengharap|menggalang|mencari|mengajak)\s+(?:\w+\s+){0,1}$"
)
RECEIVED = re.compile(r"\b(?:mendapat|mendapatkan|menerima|memperoleh|meraih|menuai|memicu|panen)\s+(?:\w+\s+){0,1}$")
GIVEN_FROM = re.compile(r"\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:dari|oleh)\s+)?")  # "(sebagian tanah) dari"
FROM = re.compile(r"\s*(?:penuh\s+)?(?:dari|oleh)\s+")


def _is_noun(cue: str) -> bool:
    """A stance noun ("dukungan", "kecaman", "apresiasi"), not a verb form (me-, ber-, di-, ter-)."""
    first = cue.split()[0]
    return not first.startswith(("me", "ber", "di", "ter"))


def _genitive_holder(doc: Document, m: CueHit, e: int) -> tuple[Party, int] | None:
    """The holder named right after a stance noun when a preposition leads on to the target
    ("dukungan KAI terhadap ...", "kecaman Uni Eropa atas ..."), and where the target part starts.
    What is given may stand before "dari" ("hibah sebagian tanah dari X kepada Y")."""
    body = doc.body
    after = parties_in(doc, m.end, min(e, m.end + 80))
    if not after or not GIVEN_FROM.fullmatch(body, m.end, after[0][1]):  # "kecaman dari Uni Eropa atas"
        return None
    party, _, end = after[0]
    to = GENITIVE_TO.match(body, end, e)
    return (party, to.end()) if to else None


def _active_holders(
    doc: Document, statements: list[Statement], inside: int | None, s: int, verb_at: int, previous: Speaker | None
) -> list[Party]:
    """Who takes the stance of an active cue: the clause's own subject, else the statement's speaker."""
    body, lex = doc.body, doc.lex
    if inside is not None:
        st = statements[inside]
        speaker = _party_of_speaker(st.speaker, lex)
        subj = subject_before(body, max(s, st.start), verb_at, doc, clauses=True)
        own = _holders(doc, *subj, st.speaker) if subj else []
        own = [p for p in own if p.type != "group" or speaker is None]
        if own:  # "Jepang akan menjatuhkan sanksi ..., kata juru bicara": the clause's own subject
            return own
        we = subj is not None and body[subj[0] : subj[1]].lower().split()[:1] in (["kami"], ["kita"])
        if we and speaker is not None and speaker.code is not None:
            state = _state_of(speaker.code, lex)  # "Kami ..." said by a state's official is that state's
            if state is not None:
                return [state]
        return [speaker] if speaker is not None else []
    # "Green Day yang menyerang X": the noun before "yang"
    subj = _noun_before_yang(doc, s, verb_at) or subject_before(body, s, verb_at, doc, clauses=True)
    return _holders(doc, *subj, previous) if subj else []


def _received(doc: Document, s: int, m: CueHit, e: int) -> tuple[list[Party], list[tuple[Party, int]]] | None:
    """"X mendapat dukungan dari Y", "X menuai kritik dari Y": Y holds the stance towards X, the
    receiver (holders, targets)."""
    body = doc.body
    got = RECEIVED.search(body, max(s, m.start - 40), m.start)
    by = FROM.match(body, m.end, e)
    if got is None:
        return None
    if by is not None:
        holders = [p for p, _ in _first_parties(doc, by.end(), e, None)]
    else:  # "SAF mendapat dukungan Mesir dan Qatar": the noun's own holders follow it directly
        after = _first_parties(doc, m.end, e, None)
        holders = [p for p, _ in after] if after and not body[m.end : after[0][1]].strip() else []
    subj = subject_before(body, s, got.start(), doc)
    targets = [(p, s) for p in _holders(doc, *subj, None)] if subj else []
    return (holders, targets) if holders and targets else None


def _state_of(code: str, lex: Lexicon) -> Party | None:
    """The state (or international organisation) with actor code ``code``, as a party."""
    actor = state_of(code, lex)
    return Party(actor.name, actor.type, actor.code) if actor is not None else None


def _opposing_act(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether an act against someone stands between a support cue and its target."""
    return any(
        lex.stance_cues.get(w.lower()) == "oppose" for w in re.findall(r"[A-Za-z]+", body[start:end])
    )


def _required(body: str, start: int, end: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The first of ``words`` (whole words, ignoring case) in ``body[start:end]``, as (start, end)."""
    best = None
    low = body[start:end].lower()
    for w in words:
        m = re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return (start + best[0], start + best[1]) if best else None


def _noun_before_yang(doc: Document, s: int, cue_start: int) -> tuple[int, int] | None:
    """"pemberontak yang didukung Iran", "Israel, yang didukung AS": the noun phrase before "yang" is
    the subject of the verb, unless a subordinate clause opens in between ("Kasus yang menjerat X
    bermula ketika polisi menangkap ...": the clause has its own subject)."""
    body = doc.body
    m = re.search(r"([^,;:()]{2,60}?)\s*,?\s+yang\s+((?:\w+\s+){0,5})$", body[s:cue_start])
    if m is None or any(w.lower() in doc.lex.clause_openers for w in m.group(2).split()):
        return None
    start, end = s + m.start(1), s + m.end(1)
    verbs = list(VERBISH.finditer(body, start, end))
    if verbs and not inside_a_name(body, start, verbs[-1].start()):
        start = verbs[-1].end()  # "Iran menuduh Israel yang ... didukung AS": the object, not the subject
    return (start, end) if body[start:end].strip() else None


def _agent_targets(doc: Document, s: int, m: CueHit, e: int) -> list[tuple[Party, int]]:
    """The doer of an act: "penculikan ... oleh AS", "provokasi AS", "tindakan AS melanggar"."""
    body = doc.body
    after = parties_in(doc, m.end, min(m.end + 100, e))  # within the sentence
    by = [h for h in after if re.search(r"\boleh\s+$", body[max(m.end, h[1] - 8) : h[1]])]
    if by:
        return [(by[0][0], by[0][1])]
    is_verb = m.cue.lower().startswith(("me", "ber"))
    if not is_verb:
        # a noun: the doer follows as a genitive ("serangan militer Israel", "ancaman nuklir AS")
        near = [h for h in after if len(body[m.end : h[1]].split()) <= 2]
        return [(near[0][0], near[0][1])] if near else []
    clause_start = max(s, body.rfind(",", s, m.start) + 1)
    before = parties_in(doc, clause_start, m.start)
    acted = [h for h in before if re.search(ACTION_WORDS + r"(?:\s+\S+){0,2}\s*$", body[max(s, h[1] - 40) : h[1]])]
    if acted:
        return [(acted[-1][0], acted[-1][1])]
    return [(before[-1][0], before[-1][1])] if before else []
