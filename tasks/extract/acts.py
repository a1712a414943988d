"""Acts and their doers: which party an act named in a stance's clause stands for.

An act's noun stands for the party that does it ("kebijakan tarif Trump", ``parties.ACTION_WORDS``);
named again with a demonstrative ("menolak keputusan tersebut") it stands for the doer named with the
same noun before, else the subject of the sentence before; an act only the home state's authorities
perform ("mendukung penuh pengungkapan perkara ini") stands for them; and a cue whose clause opens with
an act, its party and "untuk" (or right after the act and its party) after a cue reacting to that act is
that party's act, not the speaker's.
"""

from __future__ import annotations

import re

from tasks.extract.cues import stance_cues_in
from tasks.extract.document import Document
from tasks.extract.parties import ACTION_WORDS, Party, holders_in, parties_in, same_party, state_party
from tasks.extract.subjects import ACTIVE_VERB, subject_before

AUTHORITY_ACT_LEAD = re.compile(r"\s*(?:(?:penuh|sepenuhnya|upaya|langkah|segala|seluruh|setiap|proses)\s+){0,2}(\w+)")


def authorities_act(doc: Document, start: int, end: int) -> list[tuple[Party, int]]:
    """An act only the home state's authorities perform, with no actor named, stands for them in a
    story about that state: "mendukung penuh pengungkapan perkara ini", "menghormati proses
    penyidikan" (``nouns.tsv`` kind ``authority_act``)."""
    m = AUTHORITY_ACT_LEAD.match(doc.body, start, end)
    lex = doc.lex
    if m is None or m.group(1).lower() not in lex.authority_acts or not (lex.home_code and doc.home_story):
        return []
    home = state_party(lex.home_code, lex)
    return [(home, m.start(1))] if home is not None else []


ACT_POINTING_BACK = re.compile(r"\s*(?:(?:penuh|sepenuhnya)\s+)?(\w+)\s+(?:ini|itu|tersebut)\b")
ACT_NOUN = re.compile(ACTION_WORDS + "(?:nya)?")  # "langkah", "keputusannya": what stands for its doer


def _act_named_back(body: str, start: int, end: int) -> re.Match[str] | None:
    """An act named by a noun and a demonstrative right at ``start`` ("langkah ini"), if any."""
    m = ACT_POINTING_BACK.match(body, start, end)
    return m if m is not None and ACT_NOUN.fullmatch(m.group(1).lower()) else None


# "mengakui keputusan tersebut mengejutkan": admitting something, not recognising an act
ADMITTING = frozenset(["mengakui", "diakui"])


def act_pointing_back(
    doc: Document, s: int, start: int, end: int, holders: list[Party], cue: str
) -> list[tuple[Party, int]]:
    """An act named by a noun and a demonstrative ("mendukung langkah ini", "menolak rencana
    tersebut") stands for its doer: the subject of the first active verb of the sentence before that
    is not itself a reaction to the act, other than the holder."""
    last = cue.split()[-1]
    if " " in cue and ACT_NOUN.fullmatch(last) and doc.body[start - len(last) : start].lower() == last:
        start -= len(last)  # "mendukung langkah | ini": the cue holds the act's noun
    m = _act_named_back(doc.body, start, end)
    if m is None or cue in ADMITTING:
        return []
    named = _same_act_named_before(doc, s, m.group(1).lower(), holders)
    if named is not None:
        return [(named, m.start(1))]  # "serangan Israel ke gereja ... mengecam serangan tersebut"
    before = [(ps, pe) for ps, pe, _ in doc.sentences if pe <= s][-3:]
    for ps, pe in reversed(before):
        if _points_back_to_an_act(doc, ps, pe):
            continue  # "Palestina menolak keputusan tersebut.": another reaction, not the act itself
        if _opens_with(doc.body, ps, pe, m.group(1).lower()):
            continue  # "Serangan ke rumah sakit itu memicu kecaman.": the act again, not its doer
        verb = ACTIVE_VERB.search(doc.body, ps, pe)  # the actor is the subject of the sentence's verb
        subj = subject_before(doc.body, ps, verb.start(), doc) if verb else None
        actors = holders_in(doc, *subj, None) if subj else []
        return [(p, m.start(1)) for p in actors[:1] if not any(same_party(p, h) for h in holders)]
    return []


def _opens_with(body: str, s: int, e: int, noun: str) -> bool:
    """Whether the sentence ``body[s:e]`` opens with ``noun`` (ignoring case and an opening quotation mark)."""
    first = body[s:e].lstrip(' "“”').split(maxsplit=1)[:1]
    return bool(first) and first[0].lower().rstrip(",") in (noun, noun + "nya")


# up to two words between an act's noun and its doer ("serangan udara Israel", "kebijakan tarif Trump"),
# none of them a preposition or a function word that would make the party the act's object or place
DOER_GAP = (
    r"\s+(?:(?!(?:ke|di|dari|terhadap|atas|pada|kepada|untuk|bagi|yang|itu|ini|tersebut|dan|dengan|sebagai|tidak)\s)"
    r"[a-z]+\s+){0,2}"
)
SAME_ACT_SENTENCES = 8  # how far back the act's earlier naming is looked for


def _same_act_named_before(doc: Document, s: int, noun: str, holders: list[Party]) -> Party | None:
    """The doer of the act a demonstrative points back to, when an earlier sentence (the nearest first,
    at most SAME_ACT_SENTENCES back) names the same act with its doer right after the noun: "... atas
    serangan Israel ke gereja ..." then "... mengecam serangan tersebut". Not the holder itself."""
    noun = noun[:-3] if noun.endswith("nya") else noun
    pattern = re.compile(rf"(?<![\w-])(?i:{re.escape(noun)})(?:nya)?{DOER_GAP}")  # the gap in lower case
    for ps, pe, _ in reversed([x for x in doc.sentences if x[1] <= s][-SAME_ACT_SENTENCES:]):
        for hit in reversed(list(pattern.finditer(doc.body, ps, pe))):
            near = min(pe, hit.end() + 80)  # the doer stands right after the gap: a bounded read
            doer = next((p for p, at, _ in parties_in(doc, hit.end(), near) if at == hit.end()), None)
            # a person, a state or a coded organisation does an act; another name after the noun is
            # the act's own ("program Sekolah Rakyat", "Operasi Fajar")
            acts = doer is not None and (doer.type in ("person", "country") or doer.code is not None)
            if acts and not any(same_party(doer, h) for h in holders):
                return doer
    return None


def _points_back_to_an_act(doc: Document, s: int, e: int) -> bool:
    """Whether a sentence reacts to an act named before ("Palestina menolak keputusan tersebut")."""
    return any(_act_named_back(doc.body, hit.end, e) for hit in stance_cues_in(doc.body, s, e, doc.lex, doc.words))


# an act's noun, the party whose act it is, then "untuk" and what the act does, up to the cue: "keputusan
# AS untuk memindahkan kedutaannya dan secara sepihak mengakui ..." (the party in capitalised words)
# an act's noun, the party it names (capitalised words, a short form in brackets among them), then "untuk"
ACT_THEN_UNTUK = ACTION_WORDS + r"\s+((?:[A-Z][\w.-]*\s+(?:\([^)]{1,20}\)\s+)?){1,5})untuk\s+"
ACT_OF_PARTY = re.compile(r"(?<![\w-])" + ACT_THEN_UNTUK + r"[^.;:\"“”]{0,150}$")
# an act's noun and its party right before the cue, without "untuk": "keputusan Inggris | mengakui"
ACT_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])" + ACTION_WORDS + r"\s+((?:[A-Z][\w.-]*\s+(?:\([^)]{1,20}\)\s+)?){1,5})(?:(?:akan|segera)\s+)?$"
)
# reactions that make the act their own too: adopting or approving it ("mengesahkan rancangan resolusi AS
# untuk menjatuhkan sanksi": the Council sanctions as well); welcoming or praising it does not
ADOPTING = frozenset({"mengesahkan", "menyetujui", "mengadopsi"})


def act_of_party(doc: Document, s: int, verb_at: int) -> Party | None:
    """The party whose act the cue at ``verb_at`` describes, when an act's noun, the party and "untuk"
    open the clause the cue stands in, or the noun and the party stand right before the cue, after a
    cue reacting to that act ("tak sepakat dengan keputusan AS untuk ... mengakui Yerusalem",
    "menyambut baik keputusan Inggris mengakui ...": the party recognises, not the speaker)."""
    m = ACT_OF_PARTY.search(doc.body, max(s, verb_at - 250), verb_at)
    if m is None:
        m = ACT_RIGHT_BEFORE.search(doc.body, max(s, verb_at - 120), verb_at)
    if m is None:
        return None
    # an act someone stands against, welcomes or praises ("menyambut baik keputusan Inggris mengakui
    # ..."): the act stays its party's; one they adopt becomes their own too (``ADOPTING``)
    reactions = stance_cues_in(doc.body, max(s, m.start() - 60), m.start() + 1, doc.lex, doc.words)
    if not any(hit.key.split()[0] not in ADOPTING for hit in reactions):
        return None
    named = [p for p, ps, _ in parties_in(doc, m.start(1), m.end(1)) if ps == m.start(1)]
    return named[0] if named else None
