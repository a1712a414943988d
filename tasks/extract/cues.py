"""Stance cues: where the words of ``stance_cues.tsv`` stand in a text.

A cue is the lexicon's longest match at a word ("menjatuhkan sanksi tambahan"), also with words
describing a mutual noun before "antara" ("kesepakatan tarif antara") and with "-nya" glued to a
stance noun ("apresiasinya"). ``stances.py`` reads holders and targets around each hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasks.extract.lang import Lexicon, stance_cue_lengths
from tasks.extract.text import WordIndex
from tasks.extract.vocab import NEGATIONS, PREPOSITIONS, hyphened_pair


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: str  # as written
    key: str  # the lexicon's cue ("kesepakatan antara" for "kesepakatan tarif antara")


# "kesepakatan tarif antara", "perjanjian perdagangan bebas antara", "kerja sama bidang seni budaya khususnya
# perfilman antara"
MODIFIERS_BEFORE_ANTARA = 5


def stance_cues_in(body: str, s: int, e: int, lex: Lexicon, index: WordIndex | None = None) -> list[CueHit]:
    """Stance cues of ``body[s:e]``, longest first at each word ("menjatuhkan sanksi tambahan")."""
    lengths = stance_cue_lengths(lex)
    heads = _antara_heads(lex)
    words = (index or WordIndex(body)).between(s, e)
    hits: list[CueHit] = []
    after = 0  # words inside a cue found are no cue of their own
    # only a cue's first word, a head of "... antara" or a word with "-nya" can start a cue
    for i in [k for k, w in enumerate(words) if w[2] in lengths or w[2] in heads or w[2].endswith("nya")]:
        if i < after:
            continue
        step = 1
        # "kerja sama ekonomi antara X dan Y": the mutual noun with its partners, before the bare noun's cue
        described = None
        if words[i][2] in heads:  # "kerja sama Indonesia-Jepang": the pair written as one word, likewise
            described = _cue_before_antara(body, words, i, lex) or _cue_before_pair(body, words, i, lex)
        if described is not None:
            hits.append(described)
            after = i + 1
            continue
        for n in lengths.get(words[i][2], ()):
            run = words[i : i + n]
            if (
                i + n <= len(words)
                and " ".join(w[2] for w in run) in lex.stance_cues
                and all(not body[a[1] : b[0]].strip() for a, b in pairwise(run))  # adjacent words only
            ):
                start, end = words[i][0], words[i + n - 1][1]
                hits.append(CueHit(start, end, body[start:end], " ".join(w[2] for w in run)))
                step = n
                break
        else:
            hit = _noun_cue_with_nya(body, words[i], lex) if words[i][2].endswith("nya") else None
            hit = hit or _phrase_cue_with_nya(body, words, i, lex)
            if hit is not None:
                hits.append(hit)
                step = len(hit.key.split())
        after = i + step
    return hits


# the words after which a mutual noun names its partners: "kerja sama antara X dan Y", "kerja sama dengan X"
PARTNER_WORDS = ("antara", "dengan")


@cache
def _antara_heads(lex: Lexicon) -> frozenset[str]:
    """First words of the mutual cues that end in "antara" or "dengan" ("kesepakatan", "kerja"): where
    ``_cue_before_antara`` can match."""
    return frozenset(c.split()[0] for c in lex.mutual_cues if c.endswith(tuple(" " + p for p in PARTNER_WORDS)))


def _noun_cue_with_nya(body: str, word: tuple[int, int, str], lex: Lexicon) -> CueHit | None:
    """A stance noun with "-nya" ("apresiasinya", "kecamannya"): the noun's cue, its holder the one
    "-nya" points to (the clause's subject or the speaker)."""
    start, end, low = word
    key = low[:-3] if low.endswith("nya") else ""
    if key not in lex.stance_cues or not is_noun(key) or key in lex.given_cues or key in lex.agent_cues:
        return None  # "pendudukannya di Palestina": the doer is whom "-nya" points to, not what follows
    return CueHit(start, end, body[start:end], key)


def _phrase_cue_with_nya(body: str, words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> CueHit | None:
    """A stance noun of several words with "-nya" on its last word ("rasa terima kasihnya", "kerja
    samanya"): the phrase's cue, as ``_noun_cue_with_nya`` for one word; never "-nya" on a preposition
    ("kolaborasi dengannya" is a collaboration with him, whose target "-nya" is)."""
    for n in stance_cue_lengths(lex).get(words[i][2], ()):
        run = words[i : i + n]
        if n < 2 or i + n > len(words) or not run[-1][2].endswith("nya"):
            continue
        if any(body[a[1] : b[0]].strip() for a, b in pairwise(run)):
            continue
        key = " ".join([*(w[2] for w in run[:-1]), run[-1][2][:-3]])
        if key not in lex.stance_cues or not is_noun(key) or key.split()[-1] in PREPOSITIONS:
            continue
        if key not in lex.given_cues and key not in lex.agent_cues:
            return CueHit(run[0][0], run[-1][1], body[run[0][0] : run[-1][1]], key)
    return None


def _mutual_head(words: list[tuple[int, int, str]], i: int, lex: Lexicon, partner: str = "antara") -> int:
    """How many words from ``i`` name a mutual noun of a cue "<noun> antara" ("kesepakatan": 1, "kerja
    sama": 2), or of "<noun> dengan" with ``partner``; 0 when none."""
    if f"{words[i][2]} {partner}" in lex.mutual_cues:
        return 1
    if i + 1 < len(words) and f"{words[i][2]} {words[i + 1][2]} {partner}" in lex.mutual_cues:
        return 2
    return 0


def _cue_before_antara(body: str, words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> CueHit | None:
    """A mutual noun whose partners follow "antara" (or "dengan"), with words describing it in between:
    "kesepakatan tarif antara X dan Y" is the cue "kesepakatan antara", "kemitraan strategis komprehensif
    dengan X" the cue "kemitraan dengan"; also its short form in brackets or another name for it ("nota
    kesepahaman atau memorandum of understanding (MoU) antara"). A cue the lexicon lists whole ("perang
    dagang dengan") is read as such."""
    for partner in PARTNER_WORDS:
        head = _mutual_head(words, i, lex, partner)
        if not head:
            continue
        key = " ".join(w[2] for w in words[i : i + head]) + " " + partner
        for k in range(i + head, min(len(words), i + head + 1 + MODIFIERS_BEFORE_ANTARA)):
            gap = body[words[k - 1][1] : words[k][0]]
            # a short form in brackets may stand among them: "nota kesepahaman (MoU) antara"
            if gap.strip(" ") not in ("", "(", ")") or not (body[words[k][0]].islower() or gap.endswith("(")):
                break
            if words[k][2] == partner:
                whole = " ".join(w[2] for w in words[i : k + 1]) in lex.stance_cues
                if k > i + head and not whole:
                    return CueHit(words[i][0], words[k][1], body[words[i][0] : words[k][1]], key)
                break
            if words[k][2] in _antara_heads(lex) or words[k][2] in COPULAS:
                break  # "perjanjian itu merupakan bentuk persahabatan antara": the later noun's cue
    return None


COPULAS = frozenset({"merupakan", "adalah", "ialah", "menjadi"})


HYPHENED = re.compile(r" ([A-Z][\w]*(?:-{1,2}[A-Z][\w]*)+)\b")  # " Israel-Iran", " Thailand--Kamboja"


def _cue_before_pair(body: str, words: list[tuple[int, int, str]], i: int, lex: Lexicon) -> CueHit | None:
    """A mutual noun right before two actors written as one word with a hyphen ("perang Israel-Iran",
    "kerja sama Indonesia-Jepang", "konflik Thailand--Kamboja"): the cue "<noun> antara", whose partners
    are the pair."""
    head = _mutual_head(words, i, lex)
    if not head:
        return None
    end = words[i + head - 1][1]
    pair = HYPHENED.match(body, end)
    if pair is None and i + head < len(words) and body[words[i + head][0]].islower():
        end = words[i + head][1]  # one word describing it: "konflik perbatasan Thailand-Kamboja"
        pair = HYPHENED.match(body, end)
    if pair is None or not hyphened_pair(pair.group(1), pair.start(1), lex):
        return None
    key = " ".join(w[2] for w in words[i : i + head]) + " antara"
    return CueHit(words[i][0], end, body[words[i][0] : end], key)


# words of cues that are predicates without a verb's prefix ("sepakat dengan", "tidak setuju dengan",
# "saling serang"), and the negations a cue may open with
BARE_PREDICATES = frozenset({"sepakat", "setuju", "saling"})


def is_noun(cue: str) -> bool:
    """A stance noun ("dukungan", "kecaman", "apresiasi"), not a verb form (me-, ber-, di-, ter-) or a
    bare predicate ("sepakat dengan", "tidak setuju dengan")."""
    words = cue.split()
    first = next((w for w in words if w not in NEGATIONS), words[0])
    if first in BARE_PREDICATES:
        return False
    # "bekerja": ber- + kerja; "terima kasih": a noun whose root opens like ter-
    return first == "terima" or not first.startswith(("me", "ber", "di", "ter", "bekerja", "belajar"))
