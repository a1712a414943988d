"""Stances: who stands for or against whom, read from stance cues with a holder and a target.

For each sentence with a stance cue (``stance_cues.tsv``): the holder is the sentence's subject
(or the speaker of the statement the cue sits in), the target is the first actor named after the
cue; an action stands for its actor ("tindakan AS" -> Amerika Serikat) and a capital for its
state. One stance per (holder, target, polarity) per article, the best-evidenced kept.

Rules: ``stance_statement`` (cue inside a statement: holder = its speaker),
``stance_subject`` (cue in a sentence: holder = the subject before the cue).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasks.extract.document import Document
from tasks.extract.lang import Actor, Lexicon, actor_key
from tasks.extract.mentions import Speaker, resolve
from tasks.extract.statements import Statement, _subject_before
from tasks.extract.text import WordIndex, paragraph_spans, sentence_spans

log = logging.getLogger(__name__)

MAX_GAP_WORDS = 6  # an object target further from its cue is about something else
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
            if i + n <= len(words) and " ".join(w[2] for w in words[i : i + n]) in lex.stance_cues:
                start, end = words[i][0], words[i + n - 1][1]
                hits.append(CueHit(start, end, body[start:end]))
                step = n
                break
        i += step
    return hits


@cache
def _actor_re(lex: Lexicon) -> re.Pattern[str]:
    aliases = sorted(lex.actors, key=len, reverse=True)
    parts = []
    for a in aliases:
        esc = re.escape(a)
        parts.append(esc if a.isupper() else "(?i:" + esc + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def actors_in(body: str, start: int, end: int, lex: Lexicon) -> list[tuple[Actor, int, int]]:
    """States and organisations named in ``body[start:end]``, skipping those that only modify a
    capitalised name ("Piagam PBB" is a charter, not the United Nations)."""
    found = []
    for m in _actor_re(lex).finditer(body, start, end):
        word = m.group()
        actor = lex.actors.get(actor_key(word)) or lex.actors.get(word.lower())
        if actor is None:
            continue
        before = body[max(start, m.start() - 40) : m.start()].split()
        if before and before[-1][:1].isupper() and not _is_role_or_actor(before[-1], lex):
            continue
        found.append((actor, m.start(), m.end()))
    return found


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


def _party_of_speaker(sp: Speaker, lex: Lexicon) -> Party | None:
    if sp.name is None or sp.type == "unknown":
        return None
    if sp.type in ("country", "organization"):
        actor = lex.actors.get(actor_key(sp.name)) or lex.actors.get(sp.name.lower())
        if actor is not None:
            return Party(actor.name, actor.type, actor.code)
    return Party(sp.name, sp.type, sp.code)


def _holder_from_span(
    body: str, s: int, e: int, lex: Lexicon, entities: Document, previous: Speaker | None
) -> Party | None:
    """A holder read from a subject: a person, or else the first state or organisation in it."""
    sp = resolve(body[s:e], entities, s, previous)
    if sp.type == "person" and sp.name and (sp.code or " " in sp.name or sp.role):
        return Party(sp.name, "person", sp.code)
    hits = actors_in(body, s, e, lex)
    if hits:
        actor = hits[0][0]
        return Party(actor.name, actor.type, actor.code)
    if sp.type == "group" and sp.name:
        return Party(sp.name, "group", sp.code)
    return None


def extract_stances(
    body: str, lex: Lexicon, statements: list[Statement], entities: Document | None = None
) -> list[Stance]:
    """Stances of one article; one per (holder, target, polarity), the most confident kept."""
    entities = entities or Document(body, lex)
    found: list[Stance] = []
    for ps, pe in paragraph_spans(body):
        for s, e in sentence_spans(body, ps, pe):
            for m in stance_cues_in(body, s, e, lex, entities.words):
                found.extend(_stances_at(body, lex, entities, statements, s, e, m))
    best: dict[tuple[str, str, str], Stance] = {}
    for st in found:
        key = (st.holder.code or st.holder.name, st.target.code or st.target.name, st.polarity)
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.start, st.holder.name))


def _stances_at(
    body: str, lex: Lexicon, entities: Document, statements: list[Statement], s: int, e: int, m: CueHit
) -> list[Stance]:
    cue = m.cue
    low = " ".join(cue.split()).lower()
    polarity = lex.stance_cues[low]
    agent_cue = low in lex.agent_cues
    holder: Party | None = None
    statement_index = None
    rule = "stance_subject"
    confidence = 0.6
    inside = next((i for i, st in enumerate(statements) if st.start <= m.start < st.end), None)
    if inside is not None:
        st = statements[inside]
        statement_index = inside
        rule = "stance_statement"
        confidence = 0.7
        holder = _party_of_speaker(st.speaker, lex)
        if not agent_cue:
            # "Jepang akan menjatuhkan sanksi ..., kata juru bicara": the clause's own subject holds it
            subj = _subject_before(body, max(s, st.start), m.start)
            own = _holder_from_span(body, *subj, lex, entities, st.speaker) if subj else None
            if own is not None and (holder is None or holder.code is None or own.type == "person"):
                holder = own if holder is None or holder.code is None else holder
    else:
        subj = _subject_before(body, s, m.start)
        if subj is not None:
            overlapping = next((st for st in statements if st.start < e and st.end > s), None)
            previous = overlapping.speaker if overlapping else None
            holder = _holder_from_span(body, *subj, lex, entities, previous)
    if holder is None:
        return []
    targets = _agent_targets(body, s, m, lex) if agent_cue else _object_targets(body, m.end, e, lex, holder)
    out = []
    for actor, pos in targets:
        if holder.code and holder.code == actor.code:
            continue
        conf = confidence + (
            0.1 if re.search(ACTION_WORDS + r"(?:\s+\S+){0,2}\s*$", body[max(s, pos - 40) : pos]) else 0
        )
        target = Party(actor.name, actor.type, actor.code)
        out.append(Stance(holder, target, polarity, cue, s, e, round(min(conf, 1.0), 2), statement_index, rule))
    return out


def _object_targets(body: str, start: int, end: int, lex: Lexicon, holder: Party) -> list[tuple[Actor, int]]:
    """The first actor after the cue that is not the holder, and any joined to it by "dan"/"serta"."""
    hits = [(a, s, e) for a, s, e in actors_in(body, start, end, lex) if not (holder.code and a.code == holder.code)]
    if not hits or len(body[start : hits[0][1]].split()) > MAX_GAP_WORDS:
        return []
    out = [(hits[0][0], hits[0][1])]
    for (_, _, prev_end), (actor, s, _) in pairwise(hits):
        if re.fullmatch(r"\s*(?:,|dan|serta|,\s*dan)\s*", body[prev_end:s]):
            out.append((actor, s))
        else:
            break
    return out


def _agent_targets(body: str, s: int, m: CueHit, lex: Lexicon) -> list[tuple[Actor, int]]:
    """The doer of an act: "penculikan ... oleh AS", "provokasi AS", "tindakan AS melanggar"."""
    after = actors_in(body, m.end, min(m.end + 100, len(body)), lex)
    by = [h for h in after if re.search(r"\boleh\s+$", body[max(m.end, h[1] - 8) : h[1]])]
    if by:
        return [(by[0][0], by[0][1])]
    is_verb = m.cue.lower().startswith(("me", "ber"))
    if not is_verb:
        # a noun: the doer follows as a genitive ("serangan militer Israel", "ancaman nuklir AS")
        near = [h for h in after if len(body[m.end : h[1]].split()) <= 2]
        return [(near[0][0], near[0][1])] if near else []
    clause_start = max(s, body.rfind(",", s, m.start) + 1)
    before = actors_in(body, clause_start, m.start, lex)
    acted = [h for h in before if re.search(ACTION_WORDS + r"(?:\s+\S+){0,2}\s*$", body[max(s, h[1] - 40) : h[1]])]
    if acted:
        return [(acted[-1][0], acted[-1][1])]
    return [(before[-1][0], before[-1][1])] if before else []
