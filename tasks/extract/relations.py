"""Stances stated as a relation: one party called another's partner, ally or enemy.

"X adalah mitra penting bagi Y", "X merupakan salah satu sekutu Y", "X, yang merupakan musuh Y", "X, sekutu Y,":
the party named after the relation noun (``stance_cues.tsv`` target ``relation``) holds
the stance towards the subject (Y counts X its partner: Y supports X); "Y menganggap X sebagai musuh"
says the same with Y first. The two parties stand right by the words that join them (only adverbs
between the subject and the copula, at most three modifiers after the noun), so a relation said of
somebody else is not read into it. Negated, conditional or asked relations are none. Rule:
``stance_relation``.
"""

from __future__ import annotations

import re
from functools import cache

from tasks.extract.document import Document
from tasks.extract.lang import Lexicon
from tasks.extract.parties import Party, first_parties, parties_in
from tasks.extract.text import asked
from tasks.extract.vocab import CONDITIONAL

# adverbs between the subject and the copula ("Rusia selalu menjadi", "Jepang juga merupakan")
SUBJECT_GAP = re.compile(
    r",?\s*(?:yang\s+)?(?:(?:juga|selalu|tetap|telah|sudah|masih|kini|pun|sendiri|memang|sejak\s+lama|akan)\s+)*"
)
ASKED = re.compile(r"\b(?:apakah|kapan|bila)\b", re.IGNORECASE)  # a question, or "bila" (if), before the subject
# "menganggap Iran | sebagai musuh terbesarnya"
AS_NOUN = re.compile(r"\s+sebagai\s+(?:(?:salah\s+satu|sebuah)\s+)?(?P<noun>[a-z]+)(?:-[a-z]+)?(?:nya)?\b")
REACH = 200  # characters before the copula where the subject is read


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    nouns = sorted(lex.relation_nouns, key=len, reverse=True)
    if not nouns:
        return None
    noun = "(?P<noun>" + "|".join(map(re.escape, nouns)) + r")(?:-(?P=noun))?(?:nya)?"
    # "adalah (salah satu) mitra (dagang utama) (bagi) Y": the modifiers are lower-case words, no preposition
    modifiers = (
        r"(?:\s+(?!(?:bagi|dari|untuk|dan|yang|dalam|di|sejak)\b)[a-z][\w-]*){0,3}\s+(?:(?:bagi|dari|untuk)\s+)?"
    )
    copula = re.compile(r"\b(?:adalah|merupakan|menjadi|ialah)\s+(?:(?:salah\s+satu|sebuah)\s+)?" + noun + modifiers)
    # "Lee, sekutu AS yang baru terpilih, ...": the relation set off right after the party it describes
    apposed = re.compile(r",\s+(?:(?:salah\s+satu|sebuah)\s+)?" + noun + modifiers)
    return copula, re.compile(r"\b(?:menganggap|memandang)\s+"), apposed


def _subject_right_before(doc: Document, s: int, at: int) -> tuple[Party, int, int] | None:
    """The party that ends right before ``at``, with at most a few adverbs between ("Rusia selalu | menjadi")."""
    before = [p for p in parties_in(doc, max(s, at - REACH), at) if p[2] <= at]
    return before[-1] if before and SUBJECT_GAP.fullmatch(doc.body, before[-1][2], at) else None


def relations_in(doc: Document, s: int, e: int) -> list[tuple[Party, Party, str, str]]:
    """(holder, target, polarity, noun) for the relations stated in the sentence ``body[s:e]``."""
    lex = doc.lex
    pats = _patterns(lex)
    body = doc.body
    if pats is None or asked(body, s, e):
        return []
    copula, regarded, apposed = pats
    out: list[tuple[Party, Party, str, str]] = []
    for m in [*copula.finditer(body, s, e), *apposed.finditer(body, s, e)]:
        subject = _subject_right_before(doc, s, m.start())
        if subject is None or any(p.search(body, max(s, subject[1] - 40), subject[1]) for p in (CONDITIONAL, ASKED)):
            continue  # (a negation before the copula is no adverb: "tidak lagi menjadi mitra" is no relation)
        after = first_parties(doc, m.end(), e, subject[0])
        if not after or after[0][1] != m.end():
            continue  # "menjadi mitra strategis dalam mendukung agenda ...": nobody's partner named
        noun = m.group("noun").lower()
        out.append((after[0][0], subject[0], lex.relation_nouns[noun], noun))
    for m in regarded.finditer(body, s, e):
        found = first_parties(doc, m.end(), e, None)
        if not found or found[0][1] != m.end():
            continue
        end = next((pe for _, ps, pe in parties_in(doc, found[0][1], e) if ps == found[0][1]), None)
        role = AS_NOUN.match(body, end, e) if end is not None else None
        if role is None or role.group("noun").lower() not in lex.relation_nouns:
            continue
        doer = _subject_right_before(doc, s, m.start())
        if doer is not None:
            noun = role.group("noun").lower()
            out.append((doer[0], found[0][0], lex.relation_nouns[noun], noun))
    return out
