"""Offsets-first text helpers: paragraphs, sentences, tokens and quotation spans of a body.

Everything returns integer offsets into the body string (end exclusive), never copies of text,
so every record built on them can be traced back with ``body[start:end]``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

log = logging.getLogger(__name__)

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
# a sentence ends at . ! ? (and any closing quotes or brackets after it) before white space and
# an upper-case letter, digit or opening quote
INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]$")  # "U.S", "J.P" before their last full stop: no sentence end
SENTENCE_END = re.compile(r"[.!?]+[\"”“’)\]]*(?=\s+[\"“”(\[]?[A-Z0-9])")  # either glyph opens or closes
ABBREVIATIONS = frozenset(
    [
        "dr",
        "prof",
        "no",
        "jl",
        "st",
        "tn",
        "ny",
        "sdr",
        "bpk",
        "ir",
        "drs",
        "dra",
        "hj",
        "h",
        "m",
        "mr",
        "mrs",
        "ms",
        "jend",
        "kol",
        "let",
        "brig",
        "a.l",
        "dll",
        "dsb",
        "tsb",
        "yth",
        "rp",
        "vs",
        "gen",
        "sen",
        "rep",
        "u.s",
        "inc",
        "ltd",
        "co",
        "kab",
        "kec",
        "moch",  # Muhammad written short before a name: "Moch. Rafif", "Moh. Hatta", "Muh. Arif"
        "moh",
        "muh",
        "sp",  # a specialist's degree written apart: "Sp. Rad (K)", "SubSp. ALK(K)"
        "subsp",
    ]
)
OPEN_ONLY = "“„«"
CLOSE_ONLY = "”»"
STRAIGHT = '"'
QUOTE_MARKS = re.compile('[“”„«»"]')
# a word naming a work, before its title in quotation marks: 'lagu "Bang Bang"', 'artikel "Kronologi ..."'
WORK_WORDS = (
    r"\b(?:lagu|lagunya|nomor|film|filmnya|album|buku|novel|program|acara|judul|serial|single|karya|artikel|berita"
    r"|tulisan|laporan berjudul|berjudul|bertajuk"
    # a theme, a slogan, an inscription or a nickname: 'bertemakan "Semangat ..."', 'slogan "Satu Mitra ..."'
    r"|tema|temanya|bertema|bertemakan|slogan|semboyan|moto|motto|tagline|bertuliskan|dijuluki|julukan"
    # a bill or a law named by its title: 'Rancangan Undang-Undang (RUU) "One Big Beautiful Bill"'
    r"|RUU\)?|UU\)?|[Uu]ndang-[Uu]ndang)"
)
WORK_TITLE_OPENS = re.compile(WORK_WORDS + r"(?:\s+\w+){0,3}\s*[\"“”]$")
# the word naming the work right before the marks: 'berjudul "..."', 'film "..."' (not 'pedagang buku
# berkata "...': a cue between them)
WORK_TITLE_RIGHT_BEFORE = re.compile(WORK_WORDS + r"\s*[\"“”]$")
# a title written without quotation marks, up to the end of its sentence: "tayang di X dengan judul
# Sumedang Bakal Ikut ..., Bupati Masih Godok Pelaksanaannya.", "laporan berjudul No New Coal: ..."
UNQUOTED_TITLE = re.compile(r"\b(?:[Dd]engan judul|berjudul|bertajuk)\s+(?:[^\"“”\s][^.!?\n]*)?$")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` cover the words inside the marks (trimmed)."""

    open_mark: int
    close_mark: int  # offset of the closing mark, or the paragraph end when continued
    start: int
    end: int
    continued: bool  # runs on into the next paragraph (no closing mark in this one)


PLAIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")  # with reduplications ("negara-negara")


class WordIndex:
    """The plain words of a body (start, end, lower case), indexed once for range look-ups."""

    def __init__(self, body: str) -> None:
        self.items = [(s, e, body[s:e].lower()) for s, e in (m.span() for m in PLAIN_WORD.finditer(body))]
        self.starts = [w[0] for w in self.items]
        self._places: dict[str, list[int]] | None = None

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end)
        return [w for w in self.items[i:j] if w[1] <= end]

    def places(self, low: str) -> list[int]:
        """Where the word ``low`` (lower case) starts, each time the body writes it (indexed on first use)."""
        if self._places is None:
            self._places = {}
            for s, _, w in self.items:
                self._places.setdefault(w, []).append(s)
        return self._places.get(low, [])


def asked(body: str, start: int, end: int) -> bool:
    """Whether the sentence ``body[start:end]`` is a question (its last mark before closing quotes is "?")."""
    return body[max(start, end - 20) : end].rstrip().rstrip(' "”’\'').endswith("?")


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE)


def first_of(body: str, start: int, end: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The first of ``words`` (whole words, ignoring case) in ``body[start:end]``, as (start, end)."""
    m = _any_of(words).search(body, start, end)
    return m.span() if m else None


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for part in body.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def sentence_spans(
    body: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentences of ``body[start:end]`` (one paragraph), not split after known abbreviations (``ABBREVIATIONS``
    and a language's own, ``abbreviations``: a TNI corps after a rank, "Letkol Inf. X")."""
    spans = []
    s = start
    for m in SENTENCE_END.finditer(body, start, end):
        word_start = body.rfind(" ", s, m.start()) + 1
        raw = body[max(word_start, s) : m.start()].strip('("“”')
        word = raw.lower()
        # an initial is a capital ("M. Tito"); a lower-case letter ends its sentence ("KTP - e. Namun ...")
        initial = len(word) == 1 and raw.isupper()
        abbreviated = word in ABBREVIATIONS or word in abbreviations or initial or INITIALS.match(word)
        if body[m.start()] == "." and abbreviated:
            continue
        spans.append((s, m.end()))
        s = m.end()
        while s < end and body[s].isspace():
            s += 1
    if s < end:
        spans.append((s, end))
    return spans


def tokens(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(body, start, end)]


def trim(body: str, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and body[start] in chars:
        start += 1
    while end > start and body[end - 1] in chars:
        end -= 1
    return start, end


NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
OPENING_CONTEXT = frozenset("([{—–-/")
CLOSING_CONTEXT = frozenset(",.;:!?)]}—–-/…")


def mark_role(body: str, pos: int, start: int, end: int) -> str:
    """Whether the quotation mark at ``pos`` opens, closes, or cannot be told by position.

    Real text writes ``”`` (or ``"``, or ``“``) for both marks, so the glyph is not trusted: a mark at
    the paragraph start or after a space or bracket, followed by a word, opens; a mark after a word or
    punctuation, followed by a space, punctuation or the paragraph end, closes.
    """
    before = body[pos - 1] if pos > start else None
    after = body[pos + 1] if pos + 1 < end else None
    opens = (before is None or before.isspace() or before in OPENING_CONTEXT) and (
        after is not None and not after.isspace() and after not in CLOSING_CONTEXT
    )
    closes = (before is not None and not before.isspace()) and (
        after is None or after.isspace() or after in CLOSING_CONTEXT or QUOTE_MARKS.match(after) is not None
    )
    if opens == closes:
        return "either"
    return "open" if opens else "close"


def quotes_in_paragraph(
    body: str, start: int, end: int, next_opens: bool, cues: frozenset[str] = frozenset()
) -> list[Quote]:
    """Quotations in one paragraph, with marks paired by position and context, never by glyph alone.

    A mark that can only open while a quotation is open restarts it (the earlier one was unbalanced);
    a mark that can only close while none is open is a stray and skipped. Two exceptions for a
    misplaced space (``..., "kata Gubernur``): a mark followed by a quotation cue (``cues``, lower
    case) closes, and so does the paragraph's last mark while a quotation is open. A quotation left open at the
    paragraph end is kept only when the next paragraph opens with a quotation mark (the convention for
    a quotation continued over paragraphs); otherwise it is unbalanced and dropped, never allowed to
    swallow the next paragraph.
    """
    found: list[Quote] = []
    opened: int | None = None
    marks = list(QUOTE_MARKS.finditer(body, start, end))
    for k, m in enumerate(marks):
        pos = m.start()
        role = mark_role(body, pos, start, end)
        if role == "open" and opened is not None:
            word = NEXT_WORD.match(body, pos + 1, end)
            if k == len(marks) - 1 or (word is not None and word.group(1).lower() in cues):
                role = "close"
        if role == "either":  # no help from the context: trust a one-sided glyph, else alternate
            glyph = m.group()
            role = "open" if glyph in OPEN_ONLY else "close" if glyph in CLOSE_ONLY else "toggle"
            if role == "close" and opened is None:
                role = "open"
            elif role == "open" and opened is not None:
                role = "close"
        if opened is None:
            if role == "close":
                word = NEXT_WORD.match(body, pos + 1, end)
                if k == 0 and word is not None and word.group(1).lower() in cues and pos > start:
                    # '... itu," kata Andri.' with the opening mark lost: the paragraph is the quote
                    qs, qe = trim(body, start, pos, " \t\n,;:")
                    found.append(Quote(start, pos, qs, qe, continued=False))
                    continue
                log.debug("stray closing mark at %d", pos)
                continue
            opened = pos
        elif role == "open":
            log.debug("unbalanced opening mark at %d: restarting", opened)
            opened = pos
        else:
            found.append(_quote(body, opened, pos, continued=False))
            opened = None
    if opened is not None:
        if next_opens:
            found.append(_quote(body, opened, end, continued=True))
        else:
            log.debug("unbalanced quotation at %d left out", opened)
    return [q for q in found if q.end > q.start]


def _quote(body: str, open_mark: int, close_mark: int, continued: bool) -> Quote:
    s, e = trim(body, open_mark + 1, close_mark, " \t\n,;:")
    return Quote(open_mark, close_mark, s, e, continued)


def opens_with_quote(body: str, start: int, end: int) -> bool:
    """Whether a paragraph starts with a quotation mark (any glyph: position decides)."""
    return start < end and QUOTE_MARKS.match(body, start) is not None and mark_role(body, start, start, end) != "close"
