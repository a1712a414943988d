"""Attribution helpers shared by the quotation rules (``statements.py``) and the reported-speech
rules (``indirect.py``): the cue found in a sentence, and the speaker's words after a cue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.extract.lang import Lexicon
from tasks.extract.subjects import inside_a_name
from tasks.extract.text import ABBREVIATIONS, trim
from tasks.extract.vocab import WEEKDAYS

WORD = re.compile(r"\w+(?:-\w+)*")

STOP_WORDS = (
    "di|kepada|dalam|saat|ketika|melalui|lewat|via|seperti|sebagaimana|yang|pada|usai|seusai|setelah|"
    "sebelum|sembari|sambil|seraya|menurut|dilansir|dikutip|mengutip|terkait|soal|tentang|kemarin|"
    f"hari|{WEEKDAYS}|dan|sebelumnya|lalu|menanggapi|mengenai|"
    "kala|beberapa waktu|dari|dengan|untuk|bahwa|tanpa"  # "kata laporan tersebut | tanpa menyebut nama"
)

# "(UMKM) Maman", "(PGRI), Budi", "(Kasi Penkum) Kejati DKI": a role's short form in brackets, then more of it
BRACKETED_ACRONYM = re.compile(r"(\([A-Z][\w-]{1,15}(?: [A-Z][\w-]{1,15}){0,2}\))(?:\s+|,\s+)(?:dan\s+)?[A-Z]")

SPEAKER_STOP = re.compile(r"[,.;:!?\"“”()\n]|\s(?:" + STOP_WORDS + r")\b")


def speaker_words_after(
    body: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The words after a cue up to the first stop; the full stop of a title, an initial ("dr.", "Prof.",
    "M.") or a language's own abbreviation (a TNI corps, "Letkol Inf. X") does not stop a name."""
    pos = start
    while True:
        m = SPEAKER_STOP.search(body, pos, end)
        if m is not None and m.group().strip() == "dan" and inside_a_name(body, start, m.start() + 1):
            pos = m.end()  # "Guru Besar Fakultas Bahasa dan Seni Unnes itu": one institution's name
            continue
        acronym = BRACKETED_ACRONYM.match(body, m.start(), end) if m is not None and m.group() == "(" else None
        if acronym is not None:
            pos = acronym.end(1)  # "Menteri UMKM (UMKM) Maman Abdurrahman": the name follows the acronym
            continue
        if m is None or body[m.start()] != ".":
            break
        word = body[body.rfind(" ", start, m.start()) + 1 : m.start()].lower()
        if not (word in ABBREVIATIONS or word in abbreviations or (len(word) == 1 and word.isalpha())):
            break
        pos = m.end()
    stop = m.start() if m else end
    return trim(body, start, stop, " \t")


# '"..." Hal itu disampaikan X': a sentence pointing back to the quotation before it
BACK_REFERENCE = re.compile(
    r"[\s.]*[A-Z]\w+\s+(?:itu|tersebut|ini)\s+(?:(?:juga|pun|sempat|pula)\s+)?(?P<cue>di\w+)\s+"
    r"(?:(?:langsung|sendiri|secara\s+langsung)\s+)?(?:oleh\s+)?"  # "diungkapkan langsung oleh X"
)


def holds_pronoun(cue: str, lex: Lexicon) -> bool:
    """Whether a quotation cue carries its subject as "-nya" ("katanya", "ujarnya"), unlike a cue that
    merely ends in those letters ("tanya Sutrisno")."""
    low = cue.lower()
    return low.endswith("nya") and (low[:-3] in lex.quote_cues or low in lex.nya_cues)


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in the text."""

    start: int
    end: int
    cue: str


# a quotation inside reported speech shorter than this is a quoted phrase ("harga yang pantas"), not a statement
MIN_WORDS_IN_REPORT = 5
# the sentence goes on after a quoted word or phrase: '"Negeri Paman Sam" mengutuk', 'bilang "tidak" saat ...'
GOES_ON = re.compile(r"\s+[a-z]")
