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
a question is no stance. One stance per (holder, target, polarity) per article, the most confident: a
person by their name, another actor by its code (two officials of one state are two targets).

Rules: ``stance_statement`` (cue inside a statement), ``stance_subject`` (holders from the
subject), ``stance_passive``, ``stance_mutual``, ``stance_nominal`` (a stance noun with its own
holder: "dukungan KAI terhadap X", "kecaman Uni Eropa atas X", "X mendapat dukungan dari Y"),
``stance_joint`` (bodies acting together cooperate, both ways: "BMKG bersama BNPB menggelar ...";
in reported speech "kegiatan itu dilakukan bersama BI" is the speaker's with BI), ``stance_relation``
(one party called another's partner, ally or enemy: ``relations``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, takewhile

from tasks.extract.acts import ACT_THEN_UNTUK, ADMITTING, act_of_party, act_pointing_back, authorities_act
from tasks.extract.attribution import GOES_ON
from tasks.extract.cues import COPULAS, CueHit, is_noun, stance_cues_in
from tasks.extract.document import Document
from tasks.extract.lang import Lexicon
from tasks.extract.mentions import Speaker
from tasks.extract.parties import (
    ACTION_WORDS,
    COUNTED_THEN_NAMED,
    GENITIVE_TO,
    QUANTIFIERS,
    TARGET_PREPOSITIONS,
    Party,
    first_parties,
    group_at,
    holders_in,
    last_two,
    listed_before,
    parties_in,
    party_of_speaker,
    same_party,
    somebody,
    state_party,
    well_named,
)
from tasks.extract.relations import relations_in
from tasks.extract.statements import EMBEDDED, Statement, antecedent, speaker_before
from tasks.extract.subjects import (
    ACTIVE_VERB,
    FRONTED_CLAUSE,
    VERBISH,
    inside_a_name,
    subject_after_verb,
    subject_before,
    subject_span,
)
from tasks.extract.text import asked, first_of
from tasks.extract.vocab import (
    ADDRESSING,
    AUXILIARIES,
    CONDITIONAL,
    MODALS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    actor_in,
    match_title,
    people_noun,
    words_and_pairs,
)

log = logging.getLogger(__name__)

NEGATION = re.compile(
    # "berhenti menyerang", "jangan mendukung": an act stopped or forbidden is one not taken
    r"\b(?:(?:tidak|tak|belum|bukan|enggan|menolak|jangan|berhenti)\s+(?:(?:akan|pernah|lagi|bisa|dapat|mau|ingin|untuk)\s+)?"
    r"|keengganan\s+(?:\S+\s+){0,2}untuk\s+)$"  # "keengganan Iran untuk menyerang": a reluctance
)
STOPPING = frozenset(["berhenti", "menolak", "enggan"])  # negations that are verbs, negated in turn by "tidak"
NEGATED_AT = re.compile(r"(?:tidak|tak|belum|bukan|enggan)\b")  # a negation opening what follows a fronted opener
# legal recourse taken "to" a court, the police or a commission: the party right after "ke" hears it
TAKEN_TO_A_VENUE = frozenset(["menggugat", "melaporkan", "mengadukan", "mengadu", "gugatan", "laporan"])
VENUE_NEXT = re.compile(r"\s+(?:ke|kepada)\s")
# a verb of judging in the passive before a stance cue: others hold that the subject takes the stance
JUDGED_BY_OTHERS = re.compile(r"\b(?:dinilai|dianggap)\s+(?:telah\s+|sudah\s+)?$")  # not "dituduh menyerang": an act
# an idea or a call that is rejected, then the cue: the act is not wanted ("menolak gagasan untuk ...")
IDEA_REJECTED = re.compile(
    r"\b(?:menolak|menentang|tidak setuju dengan|tak setuju dengan|membantah)\s+(?:\w+\s+)?"
    r"(?:gagasan|usulan|usul|ide|wacana|seruan|desakan|tuntutan)\s+(?:untuk|agar|supaya)\s+(?:\w+\s+){0,2}$"
)
# readiness right before a cue: with a condition after it, a promise, not a stance taken
READY = re.compile(r"\b(?:siap|bersedia|mau|akan)\s+(?:untuk\s+)?(?:\w+\s+)?$")
# what is permitted, forbidden, merely possible, feared, weighed or called for, right before the cue: no
# position taken ("akan dilarang mendukung TikTok": a ban on others' support; "menekankan pentingnya sinergi
# antara X dan Y": a call for cooperation, not cooperation)
MERELY_POSSIBLE = re.compile(
    r"\b(?:boleh|boleh saja|bisa saja|mungkin saja|apakah(?:\s+akan)?|(?:takut|ketakutan|khawatir|cemas)\s+akan"
    r"|dilarang|terlarang|pentingnya|perlunya|perlu adanya|(?:mem)?pertimbangkan(?:\s+untuk)?)"
    r"\s+(?:(?:di|ter)?\w+\s+)?$"
)
# a plan of a named party that is blocked or rejected, then "untuk" and the cue: what the plan would have
# done is nobody's stance ("memblokir rencana DK PBB untuk mengakui X"); an adopted one is ("mengesahkan
# rancangan resolusi AS untuk menjatuhkan sanksi": the adopter's)
PLAN_OF = re.compile(
    r"\b(?:memblokir|menolak|memveto|menentang|menghalangi|menggagalkan|membatalkan|menunda)\s+" + ACT_THEN_UNTUK + "$"
)
# an act's noun and up to two words right before a party: the stance is towards its act ("mengecam
# serangan militer Israel"), read once per stance row
ACTED_BEFORE = re.compile(ACTION_WORDS + r"(?:\s+\S+){0,2}\s*$")
# what stands right before a cue when no position is taken, with how many characters are read back:
# "menolak gagasan untuk memberlakukan embargo ...", "China boleh bekerja sama ...", "memblokir rencana X untuk ..."
# "Tidak semua warga Iran mendukung ...": some do and some do not, nobody's position
NOT_ALL = re.compile(r"\b(?:tidak|tak|bukan)\s+(?:semua|seluruh)\b", re.IGNORECASE)
NO_POSITION_BEFORE = ((IDEA_REJECTED, 60), (MERELY_POSSIBLE, 40), (PLAN_OF, 80), (NOT_ALL, 60))
# an agreement or cooperation named as not (yet) reached or failed
NOT_REACHED = re.compile(
    r"\b(?:belum|tidak|tak|gagal)\s+(?:juga\s+)?(?:tercapai|terwujud|terlaksana|disepakati|terjalin)\b"
)
# a possibility named right before a noun cue: what might come is no stance yet
# a stance only possible or explored, none yet: "kemungkinan kerja sama", "menjajaki (peluang) kerja sama"
POSSIBILITY = re.compile(
    r"\b(?:kemungkinan(?:-kemungkinan)?|(?:menjajaki|menjajagi|penjajakan)(?:\s+(?:peluang|kemungkinan))?|peluang)\s+$"
)
# the agent of a passive, also after a second passive verb: "didukung dan dilindungi oleh X"
BY = re.compile(r"\s*(?:(?:dan|serta)\s+di\w+\s+)?(?:oleh\s+)?")
CUE_END_PREPOSITIONS = frozenset([*TARGET_PREPOSITIONS, "dengan", "pada", "ke"])
# "menetapkan dua tersangka lainnya, yakni X dan Y": the parties are named after the description
NAMELY = re.compile(r"(?:\s+(?:lain|lainnya|baru))?\s*,?\s*(?:yakni|yaitu|masing-masing|antara lain)\s+")
THAT = re.compile(r"\s*,?\s*(?:bahwa|jika|kalau)\b")


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


SCOPE = 1000  # characters either side of a cue read for its parties and a condition that scopes it
SPORTS_WORDS = 4  # distinct words of sports reporting (nouns.tsv kind sport) that make a sports story


def extract_stances(
    body: str, lex: Lexicon, statements: list[Statement], entities: Document | None = None
) -> list[Stance]:
    """Stances of one article; one per (holder, target, polarity), the most confident kept (persons by name,
    other actors by code)."""
    doc = entities or Document(body, lex)
    found: list[Stance] = []
    sports: bool | None = None  # a sports story; counted only when a game cue appears
    for s, e, _ in doc.sentences:
        for m in stance_cues_in(body, s, e, lex, doc.words):
            if m.key in lex.game_cues:
                if sports is None:
                    sports = len({w for _, _, w in doc.words.items if w in lex.sport_words}) >= SPORTS_WORDS
                if sports:
                    continue  # "serangan lewat sisi kiri", "pelanggaran Antonio Valencia": moves of the game
            if not _in_a_name_or_heading(doc, m, s):  # "Partai Solidaritas Indonesia" holds no stance cue
                found.extend(_stances_at(doc, statements, s, e, m))
        if body.find("bersama", s, e) >= 0:
            found.extend(_joint_actions(doc, statements, s, e))
        found.extend(_relations(doc, statements, s, e))
    best: dict[tuple[str, str, str], Stance] = {}
    for st in found:
        key = (_row_key(st.holder), _row_key(st.target), st.polarity)
        if st.holder.code and st.holder.code == st.target.code:
            key = (st.holder.name, st.target.name, st.polarity)  # two bodies of one state
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.start, st.holder.name))


def _row_key(party: Party) -> str:
    """What one stance row stands for: a person by name (two officials of one state are two people on the
    map), another actor by its code when it has one (the state and its capital are one)."""
    return party.name if party.type == "person" else party.code or party.name


# "BMKG bersama BNPB menggelar ...": bodies acting together cooperate (ANNOTATION.md: cooperation is support)
JOINTLY = re.compile(r"\s+bersama(?:-sama)?(?:\s+dengan)?\s+")
# the joint act after the partners (and the rest of their list): an active verb within a few words, in
# the same clause; not "berada di" (where they are) and not a relative clause ("relawan yang melakukan")
# ("..., bersama pemerintah Singapura, menyiapkan dana": a comma may close the partners right before the verb)
JOINT_ACT = re.compile(
    r"(?:,\s*(?=(?:me|ber)[a-z]))?(?:(?!\byang\b)[^.,;:!?\n]){0,60}?(?<![\w-])(?!berada\b)(?:me|ber)[a-z]{3,}\b"
)
# a state's government named as a partner is the state: "bersama pemerintah Singapura"
GOVERNMENT_OF = re.compile(r"[Pp]emerintah(?:an)?\s+(?=[A-Z])")
# a preposition before the first body: it is where or with whom something happens, not a doer
# ("rapat di Komisi III bersama pemerintah")
PREPOSITION_BEFORE = re.compile(r"\b(?:di|ke|dari|dalam|pada|dengan|oleh|untuk|antara)\s+$", re.IGNORECASE)
ACTING_BODIES = ("organization", "country")
PASSIVE_BEFORE = re.compile(r"\bdi[a-z]{3,}$")  # "dilakukan | bersama", "diluncurkan | bersama"
JOINT_WINDOW = 300  # characters after "bersama" where the partners are read


def _joint_actions(doc: Document, statements: list[Statement], s: int, e: int) -> list[Stance]:
    """Mutual support between bodies named as acting together: "Pemkot X bersama BBWS dan Dinas Y
    berkomitmen ...", "BMKG bersama BNPB menggelar operasi ..."; in reported speech, a passive act done
    "bersama" bodies is the speaker's with them ("kegiatan itu dilakukan bersama BI dan OJK"). Partners
    are organisations or states with a code (people "bersama" others are company, not cooperation), and
    the doer is named before "bersama" and acts after the partners ("tergabung di Grup H bersama Brasil"
    names no doer, "rapat di Komisi III bersama pemerintah" only where a meeting was)."""
    body = doc.body
    bodies = [p for p in parties_in(doc, s, e) if p[0].type in ACTING_BODIES and p[0].code]
    ending_at = {pe: (p, ps) for p, ps, pe in bodies}
    starting_at = {ps: pe for _, ps, pe in bodies}
    out: list[Stance] = []
    for m in JOINTLY.finditer(body, s, e):
        doer = ending_at.get(m.start())
        inside = None
        if doer is not None:
            holder: Party | None = doer[0]
            if PREPOSITION_BEFORE.search(body, max(s, doer[1] - 12), doer[1]):
                continue
        elif PASSIVE_BEFORE.search(body, max(s, m.start() - 25), m.start()):
            inside = next((i for i, st in enumerate(statements) if st.start <= m.start() < st.end), None)
            holder = party_of_speaker(statements[inside].speaker, doc.lex) if inside is not None else None
        else:
            continue
        # the partners' list and the act after it stand close by (a bounded window: a long sentence of
        # many "bersama" is read in linear time)
        partners = first_parties(doc, m.end(), min(e, m.end() + JOINT_WINDOW), holder)
        government = GOVERNMENT_OF.match(body, m.end(), e)
        if holder is None or not partners or partners[0][1] != (government.end() if government else m.end()):
            continue
        last_end = starting_at.get(partners[-1][1], m.end())
        if doer is not None and JOINT_ACT.match(body, last_end, e) is None:
            continue  # the doer named before "bersama" acts after the partners
        for partner, _ in partners:
            if partner.type not in ACTING_BODIES or not partner.code or same_party(holder, partner):
                continue
            if well_named(holder.name, holder.type) and well_named(partner.name, partner.type):
                out.append(Stance(holder, partner, "support", "bersama", s, e, 0.6, inside, "stance_joint"))
                out.append(Stance(partner, holder, "support", "bersama", s, e, 0.6, inside, "stance_joint"))
    return out


def _relations(doc: Document, statements: list[Statement], s: int, e: int) -> list[Stance]:
    """Stances stated as a relation ("X adalah mitra penting bagi Y": Y supports X; ``relations``)."""
    out = []
    for holder, target, polarity, noun in relations_in(doc, s, e):
        if same_party(holder, target) or any(p.type == "person" and not p.code for p in (holder, target)):
            continue  # a person no role places: a service the tagger took for one, or a private friendship
        if well_named(holder.name, holder.type) and well_named(target.name, target.type):
            inside = next((i for i, st in enumerate(statements) if st.start <= s < st.end or s <= st.start < e), None)
            out.append(Stance(holder, target, polarity, noun, s, e, 0.6, inside, "stance_relation"))
    return out


HYPHEN = re.compile(r"-{1,2}(?=[A-Z])")  # "perang Israel-Iran": partners written as one word


WITNESSED = re.compile(r"\b(?:menyaksikan|menghadiri)\s+(?:(?:proses|acara|seremoni|prosesi)\s+)?$")
AGENT_MARK = re.compile(r"\b(?:oleh|dari)\s+")
BY_ONLY = re.compile(r"\boleh\s+")
PLACE_PREPOSITIONS = frozenset(["di", "ke", "pada", "dalam", "sebagai", "untuk"])
# the means of the support between a passive support verb and its agent: "didukung | serangan udara | Arab Saudi",
# "dibantu | dana | Bank Dunia", "didukung | koalisi pimpinan | Arab Saudi" (a coalition led by the state)
MEANS = re.compile(
    r"(?:serangan(?: udara)?|bantuan(?: militer| keuangan| dana)?|dana|senjata|persenjataan|dukungan udara"
    r"|koalisi(?: militer)? (?:pimpinan|yang dipimpin(?: oleh)?))\s+"
)
# the passive verb right before an act noun ("didukung | serangan udara X"): when it is a support cue, the act is
# the means of the support, not a stance of its own
PASSIVE_VERB_BEFORE = re.compile(r"\b(di[a-z]+)\s+(?:oleh\s+)?$")


DESTINATION_BEFORE = re.compile(r"\b(?:ke|menuju)\s+$")
COORDINATED_PASSIVE = re.compile(r"\s+dan\s+(?:[a-z]+\s+)?")  # "X | dan (juga) | didukung"
# the agent of a passive verb, with its description set off ("oleh Emir Qatar, | Sheikh X"), right before a span
AGENT_BEFORE = re.compile(r"\boleh\s+(?:[A-Z][\w-]*\s+){0,4}?(?:[A-Z][\w-]*,\s+)?$")


def _named_only_after(doc: Document, span: tuple[int, int], party: Party, before: re.Pattern[str]) -> bool:
    """Whether ``party`` is named in ``span`` only right after what ``before`` matches: as where something
    goes ("kunjungan ... ke | Indonesia"), as the agent of another passive ("diberikan oleh | Raja X")."""
    at = [ps for p, ps, _ in parties_in(doc, *span) if same_party(p, party)]
    return bool(at) and all(before.search(doc.body, max(0, ps - 60), ps) for ps in at)


RELATIVE_PASSIVE = re.compile(r"\byang\s+(?:(?:juga|telah|sudah|turut)\s+)?$")  # "Kanada yang | didukung oleh ..."


def _passive_agents(doc: Document, m: CueHit, e: int) -> list[Party]:
    """The agents of a passive cue: right after it ("ditangkap polisi", "didukung oleh AS dan
    Inggris"), or after a later "oleh" or "dari" ("diapresiasi sebagai tokoh terbaik oleh Global
    Markets", "dinonaktifkan dari posisi anggota DPR"); not a name inside what follows
    ("diapresiasi sebagai 'Governor of The Year'")."""
    body = doc.body
    at = BY.match(body, m.end, e).end()  # type: ignore[union-attr]
    counted = COUNTED_THEN_NAMED.match(body, at, e)  # "didukung oleh berbagai negara termasuk X dan Y"
    at = counted.end() if counted else at
    means = MEANS.match(body, at, e) if doc.lex.stance_cues[m.key] == "support" else None
    at = means.end() if means else at
    relative = RELATIVE_PASSIVE.search(body, max(0, m.start - 20), m.start) is not None
    found = first_parties(doc, at, e, None, relative)
    gap = body[at : found[0][1]].split() if found else []
    if gap == ["dari"] and found[0][0].type in ("person", "group"):
        # "diusir dari Royal Lodge" (a house the tagger took for a person): where from, not by whom, unlike
        # a body one is put out of ("dinonaktifkan dari DPR"); the agent is "oleh"'s
        by = BY_ONLY.search(body, at, e)
        found = first_parties(doc, by.end(), e, None) if by else []
    elif gap and any(w[:1].islower() for w in gap) and (len(gap) > 1 or gap[0].lower() in PLACE_PREPOSITIONS):
        # "ditahan di Polda X": where, not by whom (not the agent's own title: "dipuji oleh Perdana Menteri X")
        # (or an "oleh" after the name that stands in the gap: 'diapresiasi sebagai "Governor of The Year" oleh X')
        by = AGENT_MARK.search(body, at, found[0][1]) or BY_ONLY.search(body, found[0][1], e)
        found = first_parties(doc, by.end(), e, None) if by else []
    return [p for p, _ in found]


def _means_of_support(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a passive support cue of the lexicon ends right before ``end`` ("yang didukung | serangan ...")."""
    verb = PASSIVE_VERB_BEFORE.search(body, start, end)
    return verb is not None and verb[1] in lex.passive_cues and lex.stance_cues[verb[1]] == "support"


def _in_a_name_or_heading(doc: Document, m: CueHit, s: int) -> bool:
    """A capitalised cue word past a sentence's first word: part of a name or of a title-case
    heading ("Partai Solidaritas Indonesia", "Upacara Peringatan HUT TNI", "Jepang Mengecam Korea
    Utara"), which prose does not write; the body says it again in lower case."""
    return m.cue[:1].isupper() and bool(doc.body[s : m.start].strip(' "“”(-'))


def _stances_at(doc: Document, statements: list[Statement], s: int, e: int, m: CueHit) -> list[Stance]:
    body, lex = doc.body, doc.lex
    sentence_end, e = e, min(e, m.end + SCOPE)  # parties and conditions are read near the cue: linear time
    low = m.key
    polarity = lex.stance_cues[low]
    neg = NEGATION.search(body, max(s, m.start - 30), m.start)
    verb_at = neg.start() if neg else m.start  # the subject ends before the negation
    stop = neg is not None and neg.group().split()[0] in STOPPING
    outer = NEGATION.search(body, max(s, verb_at - 30), verb_at) if stop else None
    if outer is not None:  # "tidak akan berhenti mendukung", "tak menolak bekerja sama": a stop negated goes on
        neg, verb_at = None, outer.start()
    negated = neg is not None
    # read to the sentence's end ("asal X mengakui" looks ahead), a few hundred characters either way
    condition = CONDITIONAL.search(body, max(s, m.start - SCOPE), e)
    hostility = low.endswith(" antara") and lex.stance_cues[low] == "oppose"
    clause_end = body.find(",", m.end, e)
    breaks_out = BREAKS_OUT.search(body, max(s, m.start - 30), clause_end if clause_end > 0 else e)
    if condition and hostility and not breaks_out:
        condition = None  # "jika AS bergabung dalam perang antara Israel dan Iran": the war is there already
    question = asked(body, s, sentence_end)
    if (condition and condition.start() < m.start) or question:
        return []
    if condition and READY.search(body, max(s, m.start - 30), m.start):
        return []  # "Indonesia siap mengakui Israel, asalkan Israel mengakui Palestina": a promise on a condition
    first = FIRST_WORD.match(body, m.end, e)
    if first is not None and first.group(1).lower() in lex.posts:
        return []  # "menduduki posisi Ketum", "menduduki peringkat ketiga": holding a post, no stance
    if QUESTION_CLOSED.match(body, m.end, e):
        return []  # '"... untuk mendukung X?" imbuh Eva': a question quoted before its attribution
    if low in TAKEN_TO_A_VENUE and VENUE_NEXT.match(body, m.end, e):
        return []  # "menggugat ke Pengadilan Negeri Bandung": the court hears the case, nobody is sued here
    if low in lex.agent_cues and _means_of_support(body, max(s, m.start - 30), m.start, lex):
        return []  # "pasukan yang didukung serangan udara Arab Saudi": the attack is Saudi Arabia's support
    if JUDGED_BY_OTHERS.search(body, max(s, verb_at - 25), verb_at):
        return []  # "Hasto dinilai tidak mendukung program pemerintah": others' judgement, not his stance
    if is_noun(low) and NOT_REACHED.search(body, m.end, e):
        return []  # "kesepakatan akhir antara X dan Y ... belum tercapai": no agreement yet
    if is_noun(low) and POSSIBILITY.search(body, max(s, m.start - 30), m.start):
        return []  # "mengkaji kemungkinan kerja sama antara X dan Y": none yet (not "kemungkinan melanggar")
    if any(before.search(body, max(s, m.start - back), m.start) for before, back in NO_POSITION_BEFORE):
        return []  # an idea rejected, a stance merely permitted, forbidden or called for, another's blocked plan
    if negated:
        if polarity == "oppose":
            return []
        polarity = "oppose"
    inside = next((i for i, st in enumerate(statements) if st.start <= m.start < st.end), None)
    overlapping = next((st for st in statements if st.start < e and st.end > s), None)
    previous = overlapping.speaker if overlapping else None
    if overlapping is not None and overlapping.rule == EMBEDDED:
        # "ia mengapresiasi pernyataan X yang menyerukan ...": X speaks, but the sentence is about "ia"
        previous = antecedent(overlapping)
    confidence, rule = (0.7, "stance_statement") if inside is not None else (0.6, "stance_subject")
    if low in lex.passive_cues and HOPED_FOR.search(body, max(s, m.start - 60), m.start):
        return []  # "berharap pelaku segera ditangkap", "memohon agar terdakwa dijatuhi hukuman ringan": not done yet
    if low in lex.passive_cues:
        # "kelompok yang didukung Iran": the noun before "yang" is what the passive is about
        # inside reported speech the clause starts with what was said: "Djoko menambahkan persiapan ...
        # telah didukung anggaran dari X" is about the preparations, not about Djoko
        clause = max(s, statements[inside].start) if inside is not None else s
        # "kabar bahwa X ditetapkan sebagai tersangka oleh Y": the subordinate clause has its own subject
        subj = _noun_before_yang(doc, clause, m.start) or subject_before(body, clause, verb_at, doc, clauses=True)
        inner = subject_after_verb(doc, subj[1], verb_at, passive=True) if subj else None
        subj = inner or subj  # "Warga datang karena mendengar nelayan itu ditangkap": the fishermen are arrested
        targets = [(p, s) for p in holders_in(doc, *subj, previous)] if subj else []
        # "Pengawalan lawatan Raja X ke Indonesia dibantu oleh Y": where the act goes is not what is helped
        targets = [(p, at) for p, at in targets if not _named_only_after(doc, subj, p, DESTINATION_BEFORE)]
        if subj is not None and COORDINATED_PASSIVE.fullmatch(body, subj[1], m.start):
            # "diberikan oleh Raja X dan didukung oleh Y": the agent of the passive before "dan" is not the
            # subject of the one after it (not "oleh X, yang didukung Y": X is)
            targets = [(p, at) for p, at in targets if not _named_only_after(doc, subj, p, AGENT_BEFORE)]
        holders = _passive_agents(doc, m, e)
        merited = not holders and inside is not None and MERITED.search(body, max(s, m.start - 20), m.start)
        if merited and not _says_in(doc, max(clause, m.start - NESTED_REACH), m.start):
            # "Pemerintah perlu diapresiasi", "langkah X patut didukung" in someone's words: the speaker judges it so
            # (not "Menurut X, Y menegaskan hasil ... harus diapresiasi": Y judges, about what Y said)
            holders = _speaker_parties(doc, statements[inside], s)
        home = _home_authority(doc, m, e) if not holders and low in lex.authority_cues else None
        if home is not None:
            # "Pelaku ditangkap di rumahnya": only an authority arrests, in a story about the home state its own;
            # less sure than a named one ("ditangkap Polres X"), which the same row prefers; never a body arrested
            holders, confidence = [home], confidence - 0.1
            targets = [(p, at) for p, at in targets if p.type != "organization"]
        rule = "stance_passive"
    else:
        noun = is_noun(low)
        if noun and REQUESTED.search(body, max(s, m.start - 40), m.start):
            return []  # "meminta dukungan semua pihak": support asked for is nobody's stance yet
        received = _received(doc, s, m, e, low in lex.given_cues) if noun else None
        if noun and received is None:
            received = _given_by(doc, m, e)  # "dukungan yang diberikan X kepada Y"
        if received is not None and not (received[0] and received[1]):
            return []  # "NCT menuai kritik publik Jepang": the subject receives it, and nobody named gives it
        genitive = _genitive_holder(doc, m, e) if noun and received is None else None
        if noun and received is None and genitive is None and _held_by_people(doc, m, e):
            return []  # "dukungan fans terhadap X": the noun's holder is people of no actor, not the speaker
        given = GIVE_VERB.search(body, max(s, m.start - 30), m.start) if low in lex.given_cues else None
        given_to = GIVEN_TO.match(body, m.end, e) if given is not None else None
        if given is not None and given_to is not None:
            verb_at = given.start()  # "Macron memberikan tanda jasa kepada Prabowo": the subject gives it
        elif low in lex.given_cues and ((genitive is None and received is None) or not m.cue.islower()):
            return []  # "bantuan" with its giver and receiver, or no stance
        directed = _directed_act(doc, m, e) if low in lex.agent_cues and genitive is None else None
        clause_start = max(s, statements[inside].start) if inside is not None else s  # a statement's own words
        if received is not None:  # "X mendapat dukungan dari Y"
            holders = received[0]
        elif genitive is not None:  # "dukungan KAI terhadap program pemerintah": the noun's own holder
            holders = [genitive[0]]
        elif directed is not None:  # "Israel melancarkan serangan terhadap fasilitas nuklir Iran"
            light = LIGHT_VERB.search(body, max(s, m.start - 30), m.start)  # found by _directed_act
            doer = _doer_before(doc, s, light.start()) if light else None
            at = light.start() if light else verb_at
            holders = [doer[0]] if doer else _active_holders(doc, statements, inside, s, at, previous)
        elif low in lex.agent_cues and _harmed_by(body, clause_start, m.start):
            holders = []  # "Abbasi tewas dalam serangan udara Israel", "situs yang rusak akibat serangan Israel"
        elif low in lex.agent_cues and inside is not None:
            # "Beijing menekankan bahwa tindakan AS melanggar ...": the speaker accuses the doer
            holders = _speaker_parties(doc, statements[inside], s)
        else:
            holders = _active_holders(doc, statements, inside, s, verb_at, previous)
        proviso = CONDITIONAL.search(body, m.end, e)
        lo, hi = m.end, proviso.start() if proviso else e  # "bekerja sama asalkan Israel ...": no target there
        if given_to is not None:
            lo = given_to.end()  # the receiver after "kepada"
        threatened = THREATENED_ACT.match(body, m.end, hi) if low.endswith(" akan") else None
        if threatened is not None:
            lo = threatened.end()  # "mengancam akan membakar Teheran": whom the threatened act is done to
        shared = SHARED_OBJECT.match(body, m.end, hi) if not noun and lo == m.end else None
        if shared is not None:
            lo = shared.end()  # "mendukung dan mengawal X": the object both verbs share
        required = lex.stance_requires.get(low)
        if required:
            found = first_of(body, m.end, e, required)
            if found is None and (low not in lex.mutual_cues or len(holders) < 2):
                return []  # "menetapkan" without "sebagai tersangka" is no stance
            if found is None:  # "X dan Y menandatangani kesepakatan": the coordinated signers, each with the other
                found = (e, e)
            lo, hi = (found[1], e) if low in lex.mutual_cues else (m.end, found[0])
            opens_clause = body[found[0] : found[1]].lower() in lex.clause_openers
            if opens_clause and not body[m.end : found[0]].strip():
                lo, hi = found[1], e  # "mendesak agar Israel menghentikan ...": the party whose act is asked for
            namely = NAMELY.match(body, found[1], e) if found and low not in lex.mutual_cues else None
            if namely and not first_parties(doc, lo, hi, None):
                lo, hi = namely.end(), e
        if genitive is not None:
            lo, rule = genitive[1], "stance_nominal"  # the target follows the preposition
        if received is not None:
            targets, rule = received[1], "stance_nominal"
        elif directed is not None:
            targets = directed
        elif low in lex.agent_cues and genitive is None:
            targets = _agent_targets(doc, s, m, e, inside is not None)
            # the doer is opposed by someone else: not by an official of the doer's own state
            targets = [t for t in targets if not (t[0].code and any(h.code == t[0].code for h in holders))]
        elif THAT.match(body, m.end, e):
            targets = []  # "mengakui bahwa ...": admitting something is speech, not recognition
        elif noun and genitive is None and (given_from := FROM.match(body, m.end, hi)) is not None:
            # '"Melalui dukungan dari MUFG, kami ..."': the party after "dari" gives it, to the speaker
            givers = first_parties(doc, given_from.end(), hi, None)
            receivers = _speaker_parties(doc, statements[inside], s) if inside is not None else []
            holders, targets = ([givers[0][0]], [(p, m.start) for p in receivers]) if givers else ([], [])
            rule = "stance_nominal"
        else:
            # "sepakat", "bekerja sama": partners are the coordinated holders, never what follows
            bare_mutual = low in lex.mutual_cues and not low.endswith(" dengan") and not required
            targets = [] if bare_mutual else first_parties(doc, lo, hi, holders[0] if len(holders) == 1 else None)
            if targets and not noun and _pronoun_object(body, m.end, targets[0][1]):
                targets = []  # "bekerja sama dengan saya untuk X", "menghormati kami": the object is the pronoun
            if not targets and not bare_mutual:
                targets = authorities_act(doc, lo, hi)  # "mendukung penuh pengungkapan perkara ini"
            if not targets and not bare_mutual:
                targets = act_pointing_back(doc, s, lo, hi, holders, low)  # "Beijing mendukung langkah ini"
            own = noun and genitive is None and low not in lex.mutual_cues and given_to is None
            own_holder = targets and _only_intensifiers(body[lo : targets[0][1]])
            if own and low.split()[-1] not in CUE_END_PREPOSITIONS and own_holder:
                backed = _backed_party(doc, s, m, targets[0][1], e) if low in BACKING_NOUNS else None
                if backed is not None:  # "Houthi dukungan Iran", "koalisi dukungan AS, SDF": Iran backs the Houthi
                    holders, targets, rule = [targets[0][0]], [backed], "stance_nominal"
                else:
                    targets = []  # "dukungan Rusia", "tuduhan Lisa": the noun's own holder, and no target named
            if low.endswith(" dengan") and targets and len(body[lo : targets[0][1]].split()) > 3:
                targets = []  # "sepakat dengan suara bulat untuk mengangkat X": not an agreement with X
            if targets and low in ADMITTING and _clause_after(doc, targets[0][1], hi):
                targets = []  # "mengakui CSH memang menjadi model ...": admitting a fact, not recognising
            if targets and low in ADMITTING and ADMITTED_STATE.match(body, lo, targets[0][1]):
                targets = []  # "mengakui kalah cerdik dari wakil Denmark": admitting one's defeat
            if targets and low in ADMITTING and ADMITTED_FACT.match(body, lo, targets[0][1]):
                targets = []  # "mengakui adanya salah tata kelola atas ... X": admitting a fact
            if targets and polarity == "support" and _opposing_act(body, lo, targets[0][1], lex):
                polarity = "oppose"  # "mendukung sanksi terhadap Iran" stands against Iran
        # "kerja sama Indonesia dengan Uni Eropa": a bare noun of a mutual act names its partners right after it
        bare_noun = noun and low.split()[-1] not in CUE_END_PREPOSITIONS
        paired = bare_noun and low in lex.mutual_cues and _partners_after(doc, m, e)
        # "Presiden menyaksikan penandatanganan ... X dengan Y": who witnesses the act is no party to it
        witnessed = low in lex.mutual_cues and WITNESSED.search(body, max(s, m.start - 40), m.start) is not None
        # "memperkuat kerja sama (antara) kedua negara" in the report's own words: the two states named before
        # (said by one of them, the annotators keep the speaker's side only, read from the statement instead)
        both = BOTH_AFTER.match(body, m.end, e) if low in lex.mutual_cues and inside is None else None
        if both is not None and (bare_noun or low.endswith(" antara")):
            holders, targets = last_two(doc, m.start, True, None, strict=True), []
        elif low in lex.mutual_cues and (low.endswith(" antara") or paired or witnessed):
            # "kerja sama antara X dan Y": the partners are named after the cue, each with the others
            found = first_parties(doc, m.end, hi, None)
            partners = [p for p, _ in found]
            if len(partners) == 1:  # "kesepakatan antara Indonesia dengan Uni Eropa"
                first_end = next((pe for _, ps, pe in parties_in(doc, found[0][1], hi) if ps == found[0][1]), None)
                with_ = WITH.match(body, first_end, hi) if first_end is not None else None
                with_ = with_ or (HYPHEN.match(body, first_end, hi) if first_end is not None else None)
                partners += [p for p, _ in first_parties(doc, with_.end(), hi, partners[0])[:1]] if with_ else []
            holders, targets = (partners, []) if len(partners) > 1 else ([], [])
        if low in lex.mutual_cues and len(holders) <= 1 and not targets:
            # "X bertemu Y dan mencapai kesepakatan", "Pertemuan X dengan Y ... mempertegas kemitraan": the two
            # who met agree or cooperate, each with the other
            holders = _met(doc, s, m.start, holders) or holders
        named_object = low.endswith(" dengan") and GOES_ON.match(body, m.end, e)  # "dengan lembaga terkait"
        if low in lex.mutual_cues and not targets and len(holders) > 1 and not named_object:
            # "X dan Y sepakat ...": each with the other; not "X dan Y bekerja sama dengan lembaga terkait"
            targets = [(h, m.start) for h in holders]
        if low in lex.mutual_cues:
            rule = "stance_mutual"
    out = []
    for holder in holders:
        others = [(t, pos) for t, pos in targets if not (t.type == "country" and t.code and t.code == holder.code)]
        # "Prabowo menyambut baik negosiasi antara Indonesia dan Rusia": the other party, not his own state
        for target, pos in others if low not in lex.mutual_cues and others else targets:
            named = well_named(holder.name, holder.type) and well_named(target.name, target.type)
            if same_party(holder, target) or not named or not somebody(holder, doc):
                continue
            acted = ACTED_BEFORE.search(body, max(s, pos - 40), pos)
            conf = round(min(confidence + (0.1 if acted else 0), 1.0), 2)
            out.append(Stance(holder, target, polarity, m.cue, s, sentence_end, conf, inside, rule))
            if low in lex.mutual_cues and not negated:  # "X tidak berunding dengan Y": X's refusal, not Y's
                out.append(Stance(target, holder, polarity, m.cue, s, sentence_end, conf, inside, rule))
    return out


HELD_AT = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:di|ke)\s+")  # "ditahan di Singapura", "divonis mati di Malaysia"


def _home_authority(doc: Document, m: CueHit, end: int) -> Party | None:
    """The home state, as the authority of an act only authorities do with no agent named, in a story about
    the home state that places itself there (``Document.home_placed``); not when the place named right after it
    is another state's ("ditahan di Singapura")."""
    lex = doc.lex
    if lex.home_code is None or not doc.home_story or not doc.home_placed:
        return None
    where = HELD_AT.match(doc.body, m.end, end)
    if where is not None:
        first = parties_in(doc, where.end(), min(end, where.end() + 60))[:1]
        if first and first[0][1] == where.end() and first[0][0].code not in (None, lex.home_code):
            return None
    return state_party(lex.home_code, lex)


# a meeting before a mutual cue in the same clause: "bertemu (dengan) Y", "pertemuan (antara) X dengan/dan Y"
MET = re.compile(r"\b(?:(?:bertemu|berjumpa|bertatap muka)(?:\s+dengan)?|[Pp]ertemuan(?:\s+antara)?)\s+")
PAIRED = re.compile(r"\s*(?:dengan|dan)\s+")


def _met(doc: Document, s: int, cue_start: int, holders: list[Party]) -> list[Party]:
    """The two parties who met, named before a mutual cue in its sentence: the subject and whom they met
    ("Trump bertemu Xi dan mencapai kesepakatan"), or the two the meeting is of ("Pertemuan X dengan Y")."""
    meetings = list(MET.finditer(doc.body, s, cue_start))
    met = meetings[-1] if meetings else None  # the last meeting before the cue
    if met is None or doc.body.count(",", met.end(), cue_start) > 1:
        return []
    after = parties_in(doc, met.end(), cue_start)
    if not after or not _close_by(doc.body[met.end() : after[0][1]]):
        return []  # the party right after the meeting's word (its title between), not one named further on
    first, _, first_end = after[0]
    if met.group().lower().startswith("pertemuan"):
        paired = PAIRED.match(doc.body, first_end, cue_start)
        second = [p for p, ps, _ in after[1:2] if paired is not None and _close_by(doc.body[paired.end() : ps])]
        return [first, second[0]] if second and not same_party(first, second[0]) else []
    subject = holders[0] if holders else None
    return [subject, first] if subject is not None and not same_party(subject, first) else []


def _close_by(between: str) -> bool:
    """Whether only a title stands between a word and the party after it: capitalised words, no clause."""
    words = between.split()
    return len(words) <= 5 and "," not in between and all(w[:1].isupper() for w in words)


# a passive stance cue the speaker says is deserved, with no agent: "X perlu diapresiasi", "langkah itu patut didukung"
MERITED = re.compile(r"\b(?:perlu|patut|layak|pantas|harus|wajib|mesti)\s+(?:untuk\s+)?$")
REQUESTED = re.compile(
    r"\b(?:meminta|minta|memohon|mohon|mengharapkan|berharap|mengharap|menggalang|mencari|mengajak|memerlukan"
    r"|membutuhkan|butuh|perlu)\s+(?:\w+\s+){0,2}$"
)
RECEIVED = re.compile(
    r"\b(?:mendapat|mendapatkan|menerima|memperoleh|meraih|menuai|memicu|panen|mengandalkan|mengantongi|meraup)"
    r"\s+(?:\w+\s+){0,1}$"
    # what a subject does with (or thanks to) another's support: "X, dengan dukungan Y, menghadirkan ..."
    r"|\b(?P<with>[Dd]engan|[Bb]erkat)\s+$"
)
# "(sebagian tanah) dari X", "terima kasih pemerintah X kepada": the noun's own holder
# "bantuan militer AS untuk Israel", "kecaman keras Uni Eropa atas": one word saying what kind
GIVEN_FROM = re.compile(
    r"\s*(?:(?:pemerintah|pemerintahan|rakyat|bangsa)\s+|(?:[a-z][\w-]*\s+){0,3}(?:dari|oleh)\s+|"
    r"(?!(?:kepada|untuk|bagi|ke|terhadap|atas|di|pada|dengan|yang|dan|ini|itu|tersebut)\s)[a-z][\w-]*\s+)?"
)
THREATENED_ACT = re.compile(r"\s*(?:me|mem|men|meng|meny)[a-z]{3,}\s+")  # the verb after "mengancam akan"
# a verb joined to the cue before their shared object: "mendukung dan | mengawal | X", "mengutuk serta | mengecam | X"
SHARED_OBJECT = re.compile(r"\s+(?:dan|serta)\s+(?:turut\s+)?(?:me|ber)[a-z]{3,}(?=\s)")
# a victim's words before an act: its subject suffered the act, it took no stance towards the doer
HARMED = re.compile(
    r"\b(?:korban|tewas|terluka|luka-luka|meninggal|terbunuh|gugur|akibat|terkena|selamat dari|mengalami|menderita"
    r"|sasaran)\b"
)
# "jika terjadi perang antara ...", "jika perang antara X dan Y pecah": a war that would break out
BREAKS_OUT = re.compile(r"\b(?:terjadi|pecah|meletus|berkobar|timbul|muncul)\b")
FIRST_WORD = re.compile(r"\s+(\w+)")
QUESTION_CLOSED = re.compile(r"[^\"“”.!]*\?[\"”“]")  # the rest of a quoted question after the cue
# pronouns for others than the speaker, as a clause's subject inside what the speaker said
OTHERS_PRONOUNS = frozenset({"kalian", "anda", "kamu", "engkau", "mereka"})
SPEAKER_WORDS = (["kami"], ["kita"], ["saya"], ["aku"])  # "kami yang mendukung ...": the speaker after all
SOUGHT = re.compile(r"\b(?:untuk|guna|agar|demi|ingin|berupaya|berusaha|mencoba|berharap)\s+$")
# a wish earlier in the sentence: what is received after it is only hoped for
HOPED = re.compile(r"\b(?:berharap|mengharapkan|diharapkan|harapannya|semoga|mudah-mudahan)\b")
FROM = re.compile(r"\s*(?:[a-z]+\s+)?(?:dari|oleh)\s+")  # "dukungan penuh dari", "bantuan militer dari"
# words saying how strong a stance is, between its noun and its holder: "dukungan penuh Jepang", "kecaman
# keras Uni Eropa" are still Japan's support and the EU's condemnation
INTENSIFIERS = frozenset({"penuh", "besar", "kuat", "keras", "tegas", "luas", "hangat", "tulus", "nyata", "sepenuhnya"})


def _only_intensifiers(text: str) -> bool:
    return all(w in INTENSIFIERS for w in text.split())


def _pronoun_object(body: str, cue_end: int, party_start: int) -> bool:
    """Whether a personal pronoun is the first word after a verb cue, before the party found after it."""
    first = body[cue_end:party_start].split()[:1]
    return bool(first) and first[0].strip(",.").lower() in PERSONAL_PRONOUNS


def _partners_after(doc: Document, m: CueHit, e: int) -> bool:
    """Whether two partners joined by "dengan" follow a mutual act's noun: "kerja sama (ekonomi) Indonesia
    dengan Uni Eropa" (how far the first may stand is ``first_parties``'s to judge)."""
    after = parties_in(doc, m.end, min(e, m.end + 120))
    if not after:
        return False
    with_ = WITH.match(doc.body, after[0][2], e)
    if with_ is None and not set(doc.body[m.end : after[0][1]].lower().split()) & NOT_A_PARTNERS_NOUN:
        # "kerja sama Indonesia dan Jepang", "kolaborasi Google dan Samsung"; not "kerja sama (MoU) dengan
        # pemerintah Spanyol dan Aljazair" (the speaker's with both) nor "kerja sama dan kemitraan antara"
        with_ = PAIRED_AND.match(doc.body, after[0][2], e)
    return with_ is not None and bool(first_parties(doc, with_.end(), e, after[0][0]))


PEOPLE_THEN_TO = re.compile(r"\s+([a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+(?:terhadap|kepada|bagi|atas|untuk)\s")


def _held_by_people(doc: Document, m: CueHit, e: int) -> bool:
    """Whether a noun of people stands right after a stance noun, before the preposition leading to its target
    ("dukungan fans terhadap X", "kecaman warganet kepada Y"): they hold it, not whoever speaks of it."""
    after = PEOPLE_THEN_TO.match(doc.body, m.end, e)
    if after is None or m.cue.lower().rsplit(" ", 1)[-1] in CUE_END_PREPOSITIONS:
        return False
    return people_noun(after.group(1), doc.lex)


def _genitive_holder(doc: Document, m: CueHit, e: int) -> tuple[Party, int] | None:
    """The holder named right after a stance noun when a preposition leads on to the target
    ("dukungan KAI terhadap ...", "kecaman Uni Eropa atas ..."), and where the target part starts.
    What is given may stand before "dari" ("hibah sebagian tanah dari X kepada Y")."""
    body = doc.body
    if m.cue.lower().rsplit(" ", 1)[-1] in CUE_END_PREPOSITIONS:
        return None  # "dakwaan kepada X atas ...": the party after a cue ending in a preposition is its target
    after = parties_in(doc, m.end, min(e, m.end + 80))
    if not after or not GIVEN_FROM.fullmatch(body, m.end, after[0][1]):  # "kecaman dari Uni Eropa atas"
        return None
    party, _, end = after[0]
    to = GENITIVE_TO.match(body, end, e)
    if to is None:
        return None
    if m.cue.lower() in doc.lex.agent_cues and not first_parties(doc, to.end(), e, party):
        return None  # "serangan Israel ke satu-satunya gereja di Gaza": no party attacked, the doer is the target
    return party, to.end()


def _harmed_by(body: str, s: int, cue_start: int) -> bool:
    """Whether the act's noun follows a victim's words with no verb of the subject's own in between:
    "tewas dalam serangan udara Israel"; not "korban mengadukan pelanggaran PT X"."""
    harms = list(HARMED.finditer(body, max(s, cue_start - 60), cue_start))
    return bool(harms) and not ACTIVE_VERB.search(body, harms[-1].end(), cue_start)


def _speaker_parties(doc: Document, st: Statement, s: int) -> list[Party]:
    """The statement's speaker as a stance holder, with the states and organisations listed with it
    before the verb of saying ("Jerman, Italia, dan Spanyol menegaskan bahwa ...": each of the three
    says it, while the statement names one speaker)."""
    speaker = party_of_speaker(st.speaker, doc.lex)
    if speaker is None:
        return []
    if speaker.type not in ("country", "organization") or st.start <= s:
        return [speaker]
    named = [f for f in parties_in(doc, max(s, st.start - 300), st.start) if same_party(f[0], speaker)]
    if not named:
        return [speaker]
    _, ps, pe = named[-1]
    listed = holders_in(doc, listed_before(doc, s, ps, pe), pe, None)
    return listed if len(listed) > 1 and any(same_party(p, speaker) for p in listed) else [speaker]


def _active_holders(
    doc: Document, statements: list[Statement], inside: int | None, s: int, verb_at: int, previous: Speaker | None
) -> list[Party]:
    """Who takes the stance of an active cue: the party whose act the cue names ("keputusan AS untuk
    ... mengakui"), the clause's own subject, else the statement's speaker."""
    body, lex = doc.body, doc.lex
    act = act_of_party(doc, s, verb_at)
    if act is not None:
        return [act]
    if inside is not None:
        st = statements[inside]
        speaker = party_of_speaker(st.speaker, lex)
        nested = _nested_speech_subject(doc, max(s, st.start), verb_at, st.speaker)
        if nested:  # "... X yang menyebut Google menolak diperiksa": what X said has its own subject
            return nested
        relative = _noun_before_yang(doc, max(s, st.start), verb_at)
        related = holders_in(doc, *relative, st.speaker) if relative is not None else []
        if related:  # "... kepada seluruh masyarakat, khususnya di Riau, yang terus mendukung"
            return related
        clause = body[relative[1] : verb_at] if relative is not None else ""
        own_clause = not re.search(r",|\b(?:dan|serta)\b", clause)  # not "informasi yang diperlukan dan mendukung"
        noun = body[relative[0] : relative[1]].lower().split()[:1] if relative is not None else []
        if relative is not None and own_clause and noun not in SPEAKER_WORDS:
            return []  # "menyoroti keputusan hakim yang menolak hasil audit X": the judge's act, not the speaker's
        subj = subject_before(body, max(s, st.start), verb_at, doc, clauses=True)
        if subj and _asked_of(st, subj[0], body):
            # "AS meminta Dewan Keamanan menerapkan embargo terhadap Korea Utara": the act asked for is the
            # asker's stance; the one asked has taken none yet
            return _speaker_parties(doc, st, s)
        inner = subject_after_verb(doc, subj[1], verb_at) if subj else None
        if inner is not None:  # "ia menunggu hakim menjatuhkan ...": the judge's act, not the speaker's
            return holders_in(doc, *inner, st.speaker)
        if subj:
            subj = (listed_before(doc, max(s, st.start), *subj), subj[1])
        own = holders_in(doc, *subj, st.speaker) if subj else []
        # a group the clause names is the speaker's own side ("tim menangkap ...", said by the police) or
        # holds the stance itself ("bahwa petani menolak ..."); one a pronoun points to is the speaker's
        named = body[subj[0] : subj[1]] if subj else ""
        own = [p for p in own if p.type != "group" or speaker is None or (p.name in named and not _own_side(p, lex))]
        if own:  # "Jepang akan menjatuhkan sanksi ..., kata juru bicara": the clause's own subject
            return own
        words = body[subj[0] : subj[1]].lower().split() if subj else []
        if words and words[-1] in lex.institution_heads and body[subj[0] : subj[1]].split()[-1][:1].isupper():
            return []  # "Mahkamah menolak permohonan X": an institution the article named acts, not the speaker
        counted = bool(words) and words[0].isdigit()  # "Menurut X, 19 napi itu menyerang petugas": others counted
        if words and (counted or words[0] in QUANTIFIERS or words == [w for w in words[:1] if w in lex.vague_groups]):
            return []  # "mengimbau agar para pihak mendukung ...": others', not the speaker's
        others = OTHERS_PRONOUNS if st.kind == "direct" else OTHERS_PRONOUNS - {"mereka"}  # reported: the speaker
        if words[:1] and words[0] in others:
            return []  # '"... kalian malah memuji FIFA," kata X': whom the speaker addresses or speaks of
        we = subj is not None and body[subj[0] : subj[1]].lower().split()[:1] in (["kami"], ["kita"])
        body_of = _non_state_body(st.speaker.role, lex) if we else None
        if body_of is not None:  # "Kami ..." said by the head of an association or a party: that body's
            return [Party(body_of, "organization", None)]
        if we and speaker is not None and speaker.code is not None and not _regional(st.speaker.role, lex):
            state = state_party(speaker.code, lex)  # "Kami ..." said by a state's official is that state's
            if state is not None:
                return [state]
        return _speaker_parties(doc, st, s)
    # "Menteri itu menegaskan Indonesia terus membela ...": a verb of saying whose speaker was not found
    # opens a clause with a subject of its own
    said = [w for w in doc.words.between(s, verb_at) if w[2] in lex.report_verbs or w[2] == "bahwa"]
    inner = subject_before(body, said[-1][1], verb_at, doc, clauses=True) if said else None
    own = holders_in(doc, *inner, previous) if inner else []
    if own:
        return own
    # "Green Day yang menyerang X": the noun before "yang"
    subj = _noun_before_yang(doc, s, verb_at) or subject_before(body, s, verb_at, doc, clauses=True)
    if FRONTED_CLAUSE.fullmatch(body, s, verb_at) and not NEGATED_AT.match(body, verb_at):
        # "Setelah menandatangani kesepakatan dengan Perancis, Indonesia kini ...": the main clause's subject
        subj = _main_clause_subject(body, verb_at, doc.sentence_of(s)[1])
    if subj:
        subj = (listed_before(doc, s, *subj), subj[1])  # "Inggris, Kanada, dan Australia mengakui"
    if subj and previous is None and lex.pronouns.get(body[subj[0] : subj[1]].lower()) == "person":
        # '"...," katanya. | Ia juga berterima kasih kepada ...': the person who spoke last, as for a
        # statement, not one named inside the words they reported
        previous = speaker_before(statements, doc, s)
    wisher = WISHED.search(body, subj[0], subj[1]) if subj else None
    if wisher is not None and subj is not None:
        # "AS ingin Dewan Keamanan PBB menerapkan embargo ...": the one who wants the act holds the stance
        return holders_in(doc, subj[0], wisher.start(), previous)
    inner = subject_after_verb(doc, subj[1], verb_at) if subj else None
    if inner is not None:  # "X melihat polisi menangkap Y": the police's act
        return holders_in(doc, *inner, previous)
    return holders_in(doc, *subj, previous) if subj else []


NESTED_REACH = 250  # characters read back from a cue for a relative clause of saying and its subject


def _says_in(doc: Document, start: int, end: int) -> bool:
    """Whether a verb of saying stands in ``body[start:end]``."""
    return any(w in doc.lex.report_verbs for _, _, w in doc.words.between(start, end))


def _nested_speech_subject(doc: Document, start: int, verb_at: int, speaker: Speaker | None) -> list[Party]:
    """The subject of the cue's clause when a relative clause with a verb of saying stands between the
    statement's start and the cue: the statement names someone else's words, whose clause has a subject
    of its own ("menanggapi X yang menyebut | Google | menolak ..."); none when no party is found there."""
    words = doc.words.between(max(start, verb_at - NESTED_REACH), verb_at)  # (a long statement stays linear)
    said = [k for k in range(1, len(words)) if words[k][2] in doc.lex.report_verbs and words[k - 1][2] == "yang"]
    if not said:
        return []
    inner = subject_before(doc.body, words[said[-1]][1], verb_at, doc, clauses=True)
    return holders_in(doc, *inner, speaker) if inner else []


# wanting an act done by another: "AS ingin | Dewan Keamanan PBB menerapkan embargo ...", between the two parties
WISHED = re.compile(r"\s(?:ingin|mau|menginginkan|berharap|mengharapkan)\s+(?=[A-Z])")
# verbs asking or wishing another party to act, whose content opens with that party ("meminta DK PBB menerapkan
# ...", "berharap AS menyerang ..."), optionally after "agar" or "supaya"
ASKING = ADDRESSING | {"berharap", "mengharapkan", "menginginkan"}
ASKED_LEAD = re.compile(r"\s*(?:(?:agar|supaya|untuk|kepada)\s+)?")
# a passive act so asked or hoped for (or pleaded for), not done: "berharap pelaku segera ditangkap", "memohon agar
# terdakwa dijatuhi hukuman"
HOPED_FOR = re.compile(r"\b(?:" + "|".join(sorted(ASKING | {"memohon", "agar", "supaya"})) + r")\b[^.,;:\"“”]{0,50}$")


def _asked_of(st: Statement, subject_at: int, body: str) -> bool:
    """Whether the statement asks or wishes for the act of the clause subject at ``subject_at``, which opens
    what was said (reported speech after a verb of asking or wishing)."""
    if st.kind != "indirect" or (st.cue or "").lower() not in ASKING:
        return False
    lead = ASKED_LEAD.match(body, st.start, subject_at)
    return lead is not None and lead.end() == subject_at


def _own_side(group: Party, lex: Lexicon) -> bool:
    """Whether a group named in what a speaker says is the speaker's own side: a team ("tim", "petugas"),
    a state's organ ("aparat", "pasukan"), the home state's authorities ("polisi", "penyidik"), or a side
    named by a vague noun ("pihak perusahaan", said by the firm's spokesman)."""
    words = group.name.lower().split()
    head = next((w for w in words if w not in QUANTIFIERS), "")
    return head in _own_side_nouns(lex) or group.name.lower() in lex.home_authorities


@cache
def _own_side_nouns(lex: Lexicon) -> frozenset[str]:
    return lex.team_nouns | lex.state_organs | lex.home_authorities | lex.vague_groups


# nouns of backing written between the backed and the backer: "kelompok Houthi dukungan Iran"
BACKING_NOUNS = frozenset({"dukungan", "sokongan"})


def _backed_party(doc: Document, s: int, m: CueHit, backer_at: int, e: int) -> tuple[Party, int] | None:
    """The party named right before a backing noun ("Houthi | dukungan Iran"), or the one set off after
    the backer, naming the group the phrase describes ("Koalisi Arab-Kurdi dukungan AS, | Pasukan
    Demokratik Suriah (SDF), | telah merebut ...")."""
    body = doc.body
    before = [p for p in parties_in(doc, max(s, m.start - 60), m.start) if not body[p[2] : m.start].strip()]
    if before:
        return before[-1][0], before[-1][1]
    after = parties_in(doc, backer_at, e)
    if len(after) >= 2 and body[after[0][2] : after[1][1]].strip() == "," and SET_OFF_END.match(body, after[1][2], e):
        return after[1][0], after[1][1]
    return None


SET_OFF_END = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,")  # "Pasukan Demokratik Suriah | (SDF),"


def _non_state_body(role: str | None, lex: Lexicon) -> str | None:
    """The association, party or firm a role names after its title when that is no institution of a
    state and names no state or international organisation ("Ketua Umum AGTI", "Ketua Umum Bara JP",
    "Ketua Fraksi Partai Golkar"; not "Wakil Ketua Komisi VII DPR", "Presiden RI", "Menteri Luar Negeri AS")."""
    words = (role or "").split()
    n = match_title(words, lex)
    rest = words[n:]
    if not n or not rest or not all(w[:1].isupper() for w in rest):
        return None
    name = " ".join(rest)
    if actor_in(name, lex) is not None or any(w in lex.home_institutions for w in words_and_pairs(name)):
        return None
    if any(w.lower() in lex.title_words or w.lower() in lex.office_words or w.lower() in lex.regions for w in rest):
        return None  # "Kepala Dinas Pendidikan", "Bupati Sleman": the office goes on, or a place it serves
    return name


def _regional(role: str | None, lex: Lexicon) -> bool:
    """Whether a role is an office of a regional government ("Gubernur Jawa Barat", "Kapolres X"):
    its "kami" is that government's, not the state's (``regional`` in ``home.tsv``)."""
    return any(w in lex.home_regional for w in words_and_pairs(role or ""))


def _received(
    doc: Document, s: int, m: CueHit, e: int, given: bool = False
) -> tuple[list[Party], list[tuple[Party, int]]] | None:
    """"X mendapat dukungan dari Y", "X menuai kritik dari Y": Y holds the stance towards X, the
    receiver (holders, targets). Something given names its giver after "dari" ("menerima
    penghargaan dari Y"; "meraih penghargaan Best Brand" names the award). None when no verb of
    receiving stands before the noun; empty lists when one does but no giver or receiver is named,
    sought or given (the receiver never holds the stance)."""
    body = doc.body
    got = RECEIVED.search(body, max(s, m.start - 40), m.start)
    by = FROM.match(body, m.end, e)
    if got is None:
        return None
    reading = _with_reading(body, s, got.start(), m.end, e) if got["with"] else None
    if got["with"] and reading is None:
        return None
    if SOUGHT.search(body, max(s, got.start() - 30), got.start()) or HOPED.search(body, s, got.start()):
        # "untuk mendapatkan dukungan dari X", "berharap ... dapat terus berkembang dan mendapat dukungan dari
        # X": support sought or hoped for is nobody's stance yet
        return [], []
    if NEGATION.search(body, max(s, got.start() - 30), got.start()):
        return [], []  # "belum menerima bantuan apapun dari pemerintah": nothing was given
    if by is not None:
        holders = [p for p, _ in first_parties(doc, by.end(), e, None)]
    elif given:
        return [], []
    else:  # "SAF mendapat dukungan Mesir dan Qatar": the noun's own holders follow it directly
        after = first_parties(doc, m.end, e, None)
        holders = [p for p, _ in after] if after and _only_intensifiers(body[m.end : after[0][1]]) else []
    subj = subject_before(body, s, got.start(), doc, clauses=True)  # "X menyatakan bahwa | rencana Y ... mendapat"
    fronted = FRONTED_CLAUSE.fullmatch(body, s, got.start())
    if fronted is not None or reading == "main":
        # "Meski mendapat dukungan dari Iran, Houthi ...": the main clause's subject; so too "Dengan dukungan Iran,
        # Houthi ...", "X optimistis, dengan dukungan Y, Z akan ..."
        subj = _main_clause_subject(body, m.end, e)
    targets = [(p, s) for p in holders_in(doc, *subj, None)] if subj else []
    return holders, targets


# "dukungan | yang diberikan (oleh) | suporter kepada Timnas": the noun's giver named in a relative clause, also
# after the noun's own words ("tuduhan campur tangan asing | yang disampaikan | Duterte"), none a preposition
GIVEN_BY = re.compile(
    r"(?:\s+(?!(?:terhadap|kepada|atas|pada|untuk|dari|dengan|bagi|ke|di|soal|tentang|mengenai|terkait)\s)"
    r"[a-z][\w-]*){0,4}"
    r"\s+yang\s+(?:telah\s+|sudah\s+|selama\s+ini\s+)?"
    r"di(?:berikan|tunjukkan|sampaikan|salurkan|kucurkan|lontarkan|layangkan)\s+(?:oleh\s+)?"
)
GIVEN_ON_TO = re.compile(r"\s*(?:kepada|untuk|bagi|terhadap)\s+")


def _given_by(doc: Document, m: CueHit, e: int) -> tuple[list[Party], list[tuple[Party, int]]] | None:
    """ "dukungan yang diberikan suporter kepada Timnas Indonesia": the party after the relative clause's
    passive gives it, to the party after "kepada" (holders, targets). None when no such clause follows the
    noun; empty lists when it names no giver or no receiver (whoever the sentence is about holds nothing
    then: "dukungan yang diberikan selama ini kepada X" names only the receiver)."""
    given = GIVEN_BY.match(doc.body, m.end, e)
    if given is None:
        return None
    givers = first_parties(doc, given.end(), e, None)
    if not givers:
        return [], []
    last = givers[-1]
    to = GIVEN_ON_TO.search(doc.body, last[1], e)
    receivers = first_parties(doc, to.end(), e, None) if to is not None else []
    return [p for p, _ in givers], receivers


def _with_reading(body: str, s: int, at: int, cue_end: int, e: int) -> str | None:
    """How "dengan/berkat <support> ..." at ``at`` names whom the support is for: "main", the subject of the clause
    after it, when it opens the sentence ("Dengan dukungan Iran, Houthi ...") or is set off by commas after words
    with no verb and before a clause of its own ("X optimistis, dengan dukungan Y, Z akan ..."); "before", the
    subject before it, set off after a bare subject ("X, dengan dukungan Y, menghadirkan ...") or after a clause
    it closes ("X melancarkan serangan dengan dukungan Y"); None after a clause and a comma, where a list or an
    afterthought follows ("X menjadi ujung tombak, dengan dukungan dari A, B, dan C di lini depan")."""
    before = body[s:at].strip(" \"“”'(")
    comma = body.find(",", cue_end, e)
    first = body[comma + 1 : e].split(None, 1) if comma >= 0 else []
    if first and first[0].lower() in PERSONAL_PRONOUNS:
        return None  # '"Berkat dukungan dari X, kami ...," kata Y': the speaker's, read with the quotation's speaker
    if not before:
        return "main"
    if not before.endswith(","):
        return "before"
    if ACTIVE_VERB.search(body, s, at) is not None:
        return None
    clause = bool(first) and VERBISH.match(first[0]) is None and first[0].lower() not in MODALS | AUXILIARIES
    return "main" if clause else "before"


def _main_clause_subject(body: str, at: int, end: int) -> tuple[int, int] | None:
    """The subject of the main clause after a fronted clause's comma (the first comma after ``at``)."""
    comma = body.find(",", at, end)
    verb = VERBISH.search(body, comma + 1, end) if comma >= 0 else None
    return subject_span(body, comma + 1, verb.start()) if verb is not None else None


ADVERB_OR_COPULA = frozenset(["memang", "adalah", "merupakan", "menjadi", "tidak", "belum", "bisa", "dapat", "harus"])


# a fact one admits, not a party recognised: "mengakui adanya ...", "mengakui telah ...", "mengakui tidak ..."
ADMITTED_FACT = re.compile(r"\s+(?:adanya|ada|telah|sudah|pernah|belum|tidak|tak|kalau|jika|masih)\b")
# what one admits of oneself, a state before a preposition: "mengakui kalah (cerdik) dari X", "mengakui
# kesulitan menghadapi X", "mengakui salah kepada X"
ADMITTED_STATE = re.compile(r"\s+(?:[a-z]+\s+){1,3}?(?:dari|oleh|kepada|terhadap|dengan|menghadapi|melawan)\s")


def _clause_after(doc: Document, at: int, end: int) -> bool:
    """Whether the party named at ``at`` is the subject of a clause (a verb, an adverb or a copula follows it)."""
    named = next((pe for _, ps, pe in parties_in(doc, at, end) if ps == at), None)
    group = group_at(doc, at, end) if named is None else None
    named = group[2] if group is not None and group[1] == at else named
    if named is None:
        return False
    nxt = doc.body[named:end].split()[:RELATIVE_WORDS]
    word = nxt[0].strip(",.").lower() if nxt else ""
    if word == "yang":  # "mengakui kedua anggota yang tertembak itu adalah X": a short relative clause, a copula
        clause = list(takewhile(lambda w: "," not in w, nxt[1:]))
        return any(w.strip(".").lower() in COPULAS for w in clause[1:])
    return word in ADVERB_OR_COPULA or word in MODALS or ACTIVE_VERB.fullmatch(word) is not None


RELATIVE_WORDS = 6  # "yang" and the words of a short relative clause after a party


def _opposing_act(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether an act against someone stands between a support cue and its target ("mendukung sanksi
    terhadap X", "mendukung ekstradisi X")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", body[start:end])]
    phrases = [*words, *(" ".join(p) for p in pairwise(words))]  # "sanksi terhadap": a two-word cue
    return any(lex.stance_cues.get(w) == "oppose" or w in lex.hostile_acts for w in phrases)


OBJECT_PREPOSITION = re.compile(r"(?<![\w-])(?:kepada|terhadap|bagi|untuk|atas|pada|dengan|dari|oleh)\s+")
NARROWING = re.compile(r"\s*(?:khususnya|terutama|termasuk)\b")


def _noun_before_yang(doc: Document, s: int, cue_start: int) -> tuple[int, int] | None:
    """"pemberontak yang didukung Iran", "Israel, yang didukung AS": the noun phrase before "yang" is
    the subject of the verb, unless a subordinate clause opens in between ("Kasus yang menjerat X
    bermula ketika polisi menangkap ...": the clause has its own subject)."""
    body = doc.body
    # the noun phrase and "yang" stand in the last words before the cue (a bounded slice: a search
    # anchored at its end would otherwise try every start of a long sentence)
    s = max(s, cue_start - 250)
    # (set off by a comma or in brackets: "tiga hakim (yang memvonis X)")
    m = re.search(r"([^,;:()]{2,60}?)(?:\s*,\s*|\s*\(\s*|\s+)yang\s+((?:\w+\s+){0,5})$", body[s:cue_start])
    if m is None or any(w.lower() in doc.lex.clause_openers for w in m.group(2).split()):
        return None
    if m.group(2).split()[:1] == ["lalu"] or m.group(2).split()[:2] == ["akan", "datang"]:
        return None  # "tiga tahun yang lalu", "pekan yang akan datang": a time, not a relative clause
    start, end = s + m.start(1), s + m.end(1)
    narrowing = NARROWING.match(body, start, end) and not parties_in(doc, start, end)
    before = re.search(r"([^,;:()]{2,60}?)\s*,\s*$", body[s:start]) if narrowing else None
    if before is not None:  # "kepada seluruh masyarakat, khususnya di Riau, yang terus mendukung"
        start, end = s + before.start(1), s + before.end(1)
    verbs = list(VERBISH.finditer(body, start, end)) + list(AUXILIARY.finditer(body, start, end))
    verbs.sort(key=lambda v: v.start())  # "pengguna perlu perangkat yang mendukung X": the device
    if verbs and not inside_a_name(body, start, verbs[-1].start()):
        start = verbs[-1].end()  # "Iran menuduh Israel yang ... didukung AS": the object, not the subject
    preps = list(OBJECT_PREPOSITION.finditer(body, start, end))
    if preps:
        start = preps[-1].end()  # "terima kasih kepada seluruh masyarakat ... yang": the preposition's object
    return (start, end) if body[start:end].strip() else None


AUXILIARY = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(AUXILIARIES)) + r")(?![\w-])")
GENITIVE_BREAK = re.compile(r"[,.;:!?\"“”()]")  # no genitive runs past punctuation
# a verb whose subject carries out the act named by the noun after it ("Israel melancarkan serangan")
LIGHT_VERB = re.compile(
    r"\b(?:melancarkan|melakukan|meluncurkan|melepaskan|menggelar|menembakkan|memulai|melanjutkan"
    r"|mengintensifkan|meningkatkan|memperluas)\s+(?:\w+\s+)?$"  # "mengintensifkan serangan terhadap ..."
)
WITH = re.compile(r"\s+dengan\s+")
BOTH_AFTER = re.compile(r"\s+(?:(?:antara|antar)\s+)?kedua\s+negara\b(?!\s+(?:lain|lainnya)\b)")
PAIRED_AND = re.compile(r"\s+(?:dan|serta)\s+")  # "kerja sama Indonesia dan Jepang": the two partners
# words between a mutual noun and the first of two partners joined by "dan" that make them no pair
NOT_A_PARTNERS_NOUN = PREPOSITIONS | {"dan", "serta"}
# a verb of giving before something given, and the receiver after it: "menyalurkan bantuan beras kepada X"
GIVE_VERB = re.compile(
    r"\b(?:memberikan|memberi|menyerahkan|menganugerahkan|menyalurkan|mengirimkan|mengirim|menyumbangkan|menyediakan"
    r"|melayangkan)\s+$"
)
# (an amount between: "bantuan senilai 433,9 juta dolar AS kepada Filipina")
GIVEN_TO = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:senilai|sebesar|sebanyak)?\s*(?:Rp|US\$|\$)?\s?\d[\d.,]*(?:\s+[a-z]+){0,2}(?:\s+AS)?)?"
    r"\s+(?:kepada|untuk|bagi|ke)\s+"
)
# "serangan (udara) terhadap", "serangan dalam beberapa gelombang di wilayah Iran"
DIRECTED = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:terhadap|ke|atas|di)\s+")


DOER_REACH = 250  # characters before the verb where its doer's name stands


def _doer_before(doc: Document, s: int, verb_at: int) -> tuple[Party, int, int] | None:
    """The party right before the verb that carries out the act a cue names (at most two words
    between): "dengan menyebut Israel melakukan aksi agresi ke Iran", "AS meluncurkan provokasi"."""
    near = max(s, verb_at - DOER_REACH)  # the doer ends two words before the verb: a long sentence stays linear
    doers = [h for h in parties_in(doc, near, verb_at) if len(doc.body[h[2] : verb_at].split()) <= 2]
    return doers[-1] if doers else None


IN_STATE = re.compile(r"(?:[a-z][\w-]*\s+){1,4}di\s+(?:(?:wilayah|kawasan|negara)\s+)?")  # "target strategis di "


def _directed_act(doc: Document, m: CueHit, e: int) -> list[tuple[Party, int]] | None:
    """The party an act is directed at when a preposition names it ("melancarkan serangan udara
    terhadap fasilitas nuklir Iran", "serangan ke Ukraina"): the act's doer, the clause's subject,
    holds the stance against it."""
    to = DIRECTED.match(doc.body, m.end, e)
    if to is None or m.cue.lower().startswith(("me", "ber")):
        return None
    if not LIGHT_VERB.search(doc.body, max(0, m.start - 30), m.start):
        return None  # "ancaman dari X terhadap Y": not an act the subject carries out
    found = first_parties(doc, to.end(), e, None)
    if not found:  # "serangan terhadap target strategis di Iran": an attack on places in a state is on the state
        inside = parties_in(doc, to.end(), min(e, to.end() + 80))
        in_state = [(p, ps) for p, ps, _ in inside[:1] if IN_STATE.fullmatch(doc.body, to.end(), ps)]
        found = [(p, ps) for p, ps in in_state if p.type == "country"]
    return found[:1] or None


def _agent_targets(doc: Document, s: int, m: CueHit, e: int, quoted: bool = False) -> list[tuple[Party, int]]:
    """The doer of an act: "penculikan ... oleh AS", "provokasi AS", "tindakan AS melanggar"; in a
    statement also the party before the verb carrying it out ("AS meluncurkan provokasi")."""
    body = doc.body
    after = parties_in(doc, m.end, min(m.end + 100, e))  # within the sentence
    by = [h for h in after if re.search(r"\boleh\s+$", body[max(m.end, h[1] - 8) : h[1]])]
    if by:
        return [(by[0][0], by[0][1])]
    is_verb = m.cue.lower().startswith(("me", "ber"))
    if not is_verb:
        # a noun: the doer follows as a genitive ("serangan militer Israel", "ancaman nuklir AS")
        # (no mark between: '..., mengakhiri pendudukan," ujar X' names the speaker, not the occupier)
        near = [
            h for h in after if len(body[m.end : h[1]].split()) <= 2 and not GENITIVE_BREAK.search(body, m.end, h[1])
        ]
        if near:
            return [(near[0][0], near[0][1])]
        light = LIGHT_VERB.search(body, max(s, m.start - 30), m.start) if quoted else None
        doer = _doer_before(doc, s, light.start()) if light else None  # "AS meluncurkan provokasi skala penuh"
        return [(doer[0], doer[1])] if doer else []
    clause_start = max(s, body.rfind(",", s, m.start) + 1)
    before = parties_in(doc, clause_start, m.start)
    acted = [h for h in before if ACTED_BEFORE.search(body, max(s, h[1] - 40), h[1])]
    if acted:
        return [(acted[-1][0], acted[-1][1])]
    # in a statement the speaker accuses the doer; in narration the doer is the subject, and a subject
    # holds no stance towards itself ("Ahmad, Nafa dan Eko diputuskan melanggar kode etik")
    return [(before[-1][0], before[-1][1])] if before and quoted else []
