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

from tasks.lang import Actor, Lexicon, actor_key
from tasks.mentions import Entities, Speaker, resolve
from tasks.statements import Statement, _subject_before
from tasks.text import paragraph_spans, sentence_spans

log = logging.getLogger(__name__)

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


@cache
def _cue_re(lex: Lexicon) -> re.Pattern[str]:
    cues = sorted(lex.stance_cues, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<cue>" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])", re.IGNORECASE)


@cache
def _actor_re(lex: Lexicon) -> re.Pattern[str]:
    aliases = sorted(lex.actors, key=len, reverse=True)
    parts = []
    for a in aliases:
        esc = re.escape(a)
        parts.append(esc if a.isupper() else "(?i:" + esc + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def find_actor(body: str, start: int, end: int, lex: Lexicon) -> tuple[Actor, int] | None:
    m = _actor_re(lex).search(body, start, end)
    if not m:
        return None
    word = m.group()
    actor = lex.actors.get(actor_key(word)) or lex.actors.get(word.lower())
    return (actor, m.start()) if actor else None


def _party_of_speaker(sp: Speaker) -> Party | None:
    if sp.name is None or sp.type == "unknown":
        return None
    return Party(sp.name, sp.type, sp.code)


def extract_stances(body: str, lex: Lexicon, statements: list[Statement]) -> list[Stance]:
    """Stances of one article; one per (holder, target, polarity), the most confident kept."""
    entities = Entities(body, lex)
    cue_re = _cue_re(lex)
    found: list[Stance] = []
    for ps, pe in paragraph_spans(body):
        for s, e in sentence_spans(body, ps, pe):
            for m in cue_re.finditer(body, s, e):
                stance = _stance_at(body, lex, entities, statements, s, e, m)
                if stance is not None:
                    found.append(stance)
    best: dict[tuple[str, str, str], Stance] = {}
    for st in found:
        key = (st.holder.code or st.holder.name, st.target.code or st.target.name, st.polarity)
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.start, st.holder.name))


def _stance_at(
    body: str, lex: Lexicon, entities: Entities, statements: list[Statement], s: int, e: int, m: re.Match[str]
) -> Stance | None:
    cue = m.group("cue")
    polarity = lex.stance_cues[cue.lower()]
    holder: Party | None = None
    statement_index = None
    rule = "stance_subject"
    confidence = 0.6
    for i, st in enumerate(statements):
        if st.start <= m.start() < st.end:
            holder = _party_of_speaker(st.speaker)
            statement_index = i
            rule = "stance_statement"
            confidence = 0.7
            break
    if holder is None:
        subj = _subject_before(body, s, m.start())
        if subj is None:
            return None
        sp = resolve(body[subj[0] : subj[1]], entities, subj[0], None)
        holder = _party_of_speaker(sp)
    if holder is None:
        return None
    target_hit = find_actor(body, m.end(), e, lex)
    if target_hit is None:
        return None
    actor, pos = target_hit
    target = Party(actor.name, actor.type, actor.code)
    if holder.code and holder.code == target.code:
        return None
    if re.search(ACTION_WORDS + r"\s+\S*\s*$", body[max(s, pos - 30) : pos]):
        confidence += 0.1
    return Stance(holder, target, polarity, cue, s, e, round(min(confidence, 1.0), 2), statement_index, rule)
