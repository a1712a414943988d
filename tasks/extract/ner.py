"""Name recognition: person, organisation and place names in running text, by a small CRF.

The model (``lang/<code>/names.crfsuite``) is a linear-chain CRF trained by ``bench/train_names.py``
on the public idner-news-2k sentences (MIT; see ``lang/id/README.md``). Its features are the word's
shape, affixes and neighbours plus membership in this language's lexicons (titles, offices, actors,
cue verbs, pronouns), so vocabulary we keep as data also teaches the tagger where a name stops.

``tokenize`` splits a body into word tokens with offsets (an initial keeps its full stop: ``M.``);
``tag`` labels them with IOB tags; ``spans`` turns tags into (start, end, type) spans.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left
from collections.abc import Container, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from tasks.extract.lang import Lexicon, actor_key
from tasks.extract.vocab import (
    BEFORE_VERB,
    COMPANY_PREFIXES,
    GIVEN_TITLES,
    MODALS,
    NAME_OPENING,
    PHYSICIAN_TITLES,
    REGNAL,
    SAID_WHERE,
    WEEKDAYS,
    common_shape,
    common_verb,
    doubled,
    goes_by_honorific,
    match_title,
    names_after_head,
    noun_shape,
    opened_by_two_openers,
)

log = logging.getLogger(__name__)

# a word (with inner hyphens, also two as exports write a dash, apostrophes or dots: "Al-Aqsa",
# "Surabaya--Gempol", "M.Hum"), an initial with its full stop ("M."), or one punctuation character
TOKEN = re.compile(r"[A-Z]\.(?=\s)|\w+(?:(?:--|[-'’.])\w+)*|[^\w\s]")
PARTICLES = frozenset({"bin", "binti", "ibni", "van", "von", "de", "der", "al", "el", "da", "dos", "la", "ibn", "bte"})
ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az|ud|ul)-[A-Z]")  # "al-Sisi", "el-Sisi", "ad-Din"
INITIAL = re.compile(r"^[A-Z]\.$")
WEEKDAY = re.compile(WEEKDAYS)
ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


class Token(NamedTuple):
    text: str
    start: int
    end: int


_new_token = tuple.__new__  # builds a Token without NamedTuple's argument handling (half the cost)


def tokenize(text: str, start: int = 0, end: int | None = None, glued: frozenset[str] = frozenset()) -> list[Token]:
    """The tokens of ``text[start:end]``; a title in ``glued`` (lower case, with its full stop) written
    against the name after it is a token of its own ("Prof.Ali" -> "Prof.", "Ali")."""
    end = len(text) if end is None else end
    out = []
    for m in TOKEN.finditer(text, start, end):
        s, e = m.span()  # one call instead of three (tokenising is a tenth of the extraction)
        word = text[s:e]
        if "." in word and glued:
            dot = word.index(".") + 1
            if word[dot : dot + 1].isupper() and word[:dot].lower() in glued:
                out.append(_new_token(Token, (word[:dot], s, s + dot)))
                word, s = word[dot:], s + dot
        out.append(_new_token(Token, (word, s, e)))
    return out


def shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if len(word) <= 2 and word.endswith("."):
        return "X."
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    if word[:1].isupper():
        return "Xx-" if "-" in word else "Xx"
    if word[:1].islower():
        return "x"
    return "p" if not word[:1].isalnum() else "o"


class Vocabulary(NamedTuple):
    """The lexicon words the tagger reads as features (flags T, O, A, P, C of ``_flags``). The model is
    trained with one vocabulary and shipped with it (``names.vocab.json``), so the lexicons can grow
    without retraining it and without changing what it learnt."""

    titles: frozenset[str]
    offices: frozenset[str]
    actors: frozenset[str]
    pronouns: frozenset[str]
    cues: frozenset[str]


@cache
def live_vocabulary(lex: Lexicon) -> Vocabulary:
    """The feature words of the lexicon as loaded now (for training, and for "no lexicon knows it")."""
    return Vocabulary(
        frozenset(lex.titles) | lex.title_words,
        lex.office_words,
        frozenset(k for k in lex.actors if " " not in k),
        frozenset(lex.pronouns),
        lex.report_verbs | lex.quote_cues | lex.comma_verbs,
    )


def vocabulary_path(language: str) -> Any:
    return resources.files("tasks.extract.lang").joinpath(language, "names.vocab.json")


@cache
def _shipped_vocabulary(language: str) -> Vocabulary | None:
    path = vocabulary_path(language)
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return Vocabulary(*(frozenset(data[field]) for field in Vocabulary._fields))


def tagger_vocabulary(lex: Lexicon) -> Vocabulary:
    """The vocabulary the shipped model was trained with, else the live one."""
    return _shipped_vocabulary(lex.language) or live_vocabulary(lex)


def write_vocabulary(vocab: Vocabulary, path: Any) -> None:
    data = {field: sorted(words) for field, words in zip(Vocabulary._fields, vocab, strict=True)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")


def _flags(word: str, vocab: Vocabulary) -> str:
    low = word.lower().rstrip(".")
    flags = []
    if low in vocab.titles:
        flags.append("T")
    if low in vocab.offices:
        flags.append("O")
    if actor_key(word) in vocab.actors or low in vocab.actors:
        flags.append("A")
    if low in vocab.pronouns:
        flags.append("P")
    if low in vocab.cues:
        flags.append("C")
    if low in PARTICLES:
        flags.append("N")
    return "".join(flags) or "-"


OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=200_000)
def _word_info(word: str, vocab: Vocabulary) -> tuple[str, str, tuple[str, ...], dict[int, tuple[str, ...]]]:
    """(shape, lexicon flags, own attributes, attributes as a neighbour at each offset) of a word form,
    computed once per word form and vocabulary."""
    low = word.lower()
    shp = shape(word)
    flg = _flags(word, vocab)
    own = (
        "b",
        "w=" + low,
        "s=" + shp,
        "l=" + flg,
        "p3=" + low[:3],
        "x3=" + low[-3:],
        "x2=" + low[-2:],
        "rn=" + str(bool(ROMAN.match(word)) and word.isupper()),
    )
    as_neighbour = {k: (f"{k}w={low}", f"{k}s={shp}", f"{k}l={flg}") for k in OFFSETS}
    return shp, flg, own, as_neighbour


def _model_word_info(word: str, vocab: Vocabulary, model: frozenset[str]) -> tuple[str, str, tuple[str, ...], dict]:
    """``_word_info`` without the attributes the model has no weight for: the tagger would look each one
    up and ignore it, so leaving them out changes no tag and saves the look-ups."""
    shp, flg, own, as_neighbour = _word_info(word, vocab)
    kept = {k: tuple(a for a in attrs if a in model) for k, attrs in as_neighbour.items()}
    return shp, flg, tuple(a for a in own if a in model), kept


@cache
def _model_table(vocab: Vocabulary, model: frozenset[str]) -> dict[str, tuple]:
    """Word form -> ``_model_word_info``, filled as words come (one dictionary look-up per word)."""
    return {}


def _known(word: str, lex: Lexicon) -> bool:
    """Whether some lexicon of the language (as loaded now) knows the word."""
    return _word_info(word, live_vocabulary(lex))[1] != "-"


def features(
    words: Sequence[str],
    lex: Lexicon,
    lo: int = 0,
    hi: int | None = None,
    vocab: Vocabulary | None = None,
    model: frozenset[str] | None = None,
) -> list[list[str]]:
    """CRFsuite attribute lists, one per word of ``words[lo:hi]`` (neighbours read from all ``words``);
    ``vocab``: the feature words (default: the shipped model's); ``model``: the attributes a model has
    weights for, the others left out (for tagging; training needs them all)."""
    hi = len(words) if hi is None else hi
    n = len(words)
    vocab = vocab or tagger_vocabulary(lex)
    span = range(max(0, lo - 2), min(n, hi + 2))
    if model is None:
        info = {j: _word_info(words[j], vocab) for j in span}
    else:
        table = _model_table(vocab, model)
        info = {}
        for j in span:
            w = words[j]
            got = table.get(w)
            if got is None:
                if len(table) >= 200_000:
                    table.clear()  # bounded like the caches above: a long batch meets ever new word forms
                got = table[w] = _model_word_info(w, vocab, model)
            info[j] = got
    out: list[list[str]] = []
    for i in range(lo, hi):
        shp, _, own, _ = info[i]
        f = list(own)
        if i == 0:
            f.append("BOS")
        for k in OFFSETS:
            j = i + k
            if 0 <= j < n:
                f.extend(info[j][3][k])
            else:
                f.append(f"{k}pad")
        if i > 0:
            f.append("ss=" + info[i - 1][0] + "|" + shp)
        if i + 1 < n:
            f.append("sn=" + shp + "|" + info[i + 1][0])
        out.append(f)
    return out


def windows(
    words: Sequence[str],
    lex: Lexicon,
    margin: int = 2,
    common: Container[str] = frozenset(),
    vocab: Vocabulary | None = None,
) -> list[tuple[int, int]]:
    """Ranges of ``words`` around capitalised words that no lexicon knows (``margin`` words either
    side), merged: a name holds at least one such word, so the tagger skips the rest (lower-case
    prose, and capitalised words the lexicons already type: days, titles, states). ``common``: words
    the text also writes in lower case, which open no window as a sentence's first word ("Hal", "Jadi")."""
    out: list[tuple[int, int]] = []
    vocab = vocab or tagger_vocabulary(lex)
    first = _first_word(words)
    for i, w in enumerate(words):
        if i <= first and (w.lower() in common or w.lower() in lex.openers):
            continue  # "Hingga ...", '"Sekarang ...', "- Buka ...": a common word opening a sentence, quotation or item
        if w[:1].isupper() and _word_info(w, vocab)[1] == "-":
            lo, hi = max(0, i - margin), min(len(words), i + margin + 1)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
    return out


def _first_word(words: Sequence[str]) -> int:
    """The index of a sentence's first word, after any quotation marks, brackets or a list item's mark."""
    return next((k for k, x in enumerate(words) if not (x in OPENING or x in BULLETS or x.isdigit())), len(words))


@cache
def _tagger(language: str) -> Any:
    import pycrfsuite

    path = resources.files("tasks.extract.lang").joinpath(language, "names.crfsuite")
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@cache
def _model_attributes(language: str) -> frozenset[str]:
    """The attributes the language's shipped model has a weight for (read from the model once)."""
    return frozenset(attr for attr, _ in _tagger(language).info().state_features)


def load_tagger(language: str) -> bool:
    """Load the language's name tagger now (it is otherwise loaded on the first article); whether it has one."""
    return _tagger(language) is not None


def vocabulary_fingerprint(language: str) -> str:
    """SHA-256 of the shipped feature vocabulary, recorded in the model's card when it is trained."""
    import hashlib

    return hashlib.sha256(vocabulary_path(language).read_bytes()).hexdigest()


def has_model(language: str) -> bool:
    return _tagger(language) is not None


def tag(
    words: Sequence[str],
    lex: Lexicon,
    tagger: Any = None,
    common: Container[str] = frozenset(),
    vocab: Vocabulary | None = None,
) -> list[str]:
    """IOB tags (``B-PER``, ``I-ORG``, ``O`` ...) for ``words``; all ``O`` when the language has no model.
    Only the windows around capitalised words are tagged (see ``windows``). ``tagger``: another
    ``pycrfsuite.Tagger`` than the language's shipped model, with the ``vocab`` it was trained with
    (for training and scoring)."""
    tags = ["O"] * len(words)
    model = None
    if tagger is None:
        tagger = _tagger(lex.language)
        model = _model_attributes(lex.language) if tagger is not None else None
    if tagger is None or not words:
        return tags
    vocab = vocab or tagger_vocabulary(lex)
    for lo, hi in windows(words, lex, common=common, vocab=vocab):
        tags[lo:hi] = tagger.tag(features(words, lex, lo, hi, vocab, model))
    return tags


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) word ranges of the entities in IOB ``tags`` (an I- without B- opens)."""
    if tags.count("O") == len(tags):
        return []  # (most sentences: no entity at all)
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and (t == "O" or t.startswith("B-") or t[2:] != kind):
            out.append((start, i, kind))
            start = -1
        if t != "O" and start < 0:
            start, kind = i, t[2:]
    return out


OPENING = frozenset(["(", "[", "“", "”", '"'])  # either glyph may open a quotation
BULLETS = frozenset(["-", "–", "—", "•", "*", "."])  # a list item's mark ("- Buka aplikasi", "1. Pilih menu")


def _unopened(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the span ``words[first:last]`` ends with a closing bracket it does not open."""
    return words[last - 1] == ")" and "(" not in words[first:last]


# an academic or medical degree written after a name: "M.Hum", "S.H.", "Sp.A(K)", "SpKK", "SpPD-KGEH", "SpPd",
# "SpOG", and a consultant's "(K)" written apart ("Sp.A (K)")
DEGREE = re.compile(
    r"^(?:(?:(?:[A-Z][a-z]{0,3}\.){1,3}[A-Za-z]{0,4}\.?|Sp\.?[A-Z][A-Za-z]{0,2}\.?(?:-K[A-Z]{1,4})?)(?:\([A-Z]\))?"
    r"|\([A-Z]\))$"
    # a subspecialist's degree ("Subsp.Ven", "SubSp.", "ALK(K)" after it)
    r"|^(?:Sub[Ss]p\.?[A-Z][A-Za-z]{0,5}\.?|Sub[Ss]p\.|[A-Z]{2,5}\([A-Z]\))$"
    # degrees written without their dots ("Wulan Sari Pertiwi MSc, PhD"; not the acronyms "MA", "SE")
    r"|^(?:MSc|PhD|MPhil|DPhil|MPH|MBA|MHum|MKes|MSi|MPd|SPd|SKom|SSos|MEng)\.?$"
)


def clean_span(words: Sequence[str], first: int, last: int, kind: str, lex: Lexicon) -> tuple[int, int]:
    """A name without the words around it that are not the name: leading titles, ranks and offices
    ("Wapres", "Bu", "Menko Perekonomian") but a given name spelled like an office's word ("Agung
    Laksono"), a one-word organisation before it ("Hanura | Wiranto"), trailing degrees ("M.Hum"),
    numbers and lower-case words other than particles. Persons only; an empty range when nothing is left."""
    if kind != "PER":
        return first, last
    while last - first > 1 and (
        (is_role_word(words[first], lex) and not _opens_name(words, first, lex))
        or _organisation(words[first], lex)
        or common_verb(words[first], lex)
        or noun_shape(words[first])  # "Kedatangan | Mahfud": a noun of an act or a thing, no given name
    ):
        # "Ketua Umum | Hanura | Wiranto": an organisation's name before the name is the role's; "- Membebaskan
        # | Rudi ...": a verb the language writes in lower case
        first += 1
    dropped_degree = last < len(words) and DEGREE.match(words[last]) is not None  # one after the span too
    while last > first and (
        (last - first > 1 and (_trailing_noise(words[last - 1]) or _title_of_what_follows(words, last, lex)))
        or (words[last - 1][:1].islower() and not ARABIC_PARTICLE.match(words[last - 1]))
        or (last - first > 2 and dropped_degree and words[last - 1].isupper() and len(words[last - 1]) <= 3)
    ):
        # "Jokowi Presiden ...": a title after the name belongs to what follows; "Wulan Sari ST MSc":
        # two or three capitals before a degree are one too
        dropped_degree = DEGREE.match(words[last - 1]) is not None
        last -= 1
    if first < last and is_role_word(words[first], lex) and not _opens_name(words, first, lex):
        return first, first
    return first, last


def _actor_kind(words: Sequence[str], first: int, last: int, lex: Lexicon) -> str | None:
    """"LOC" or "ORG" when ``words[first:last]``, alone or with the word before it, is a state or an
    organisation the lexicon knows ("Liberia", "NasDem", "PDI | Perjuangan")."""
    text = " ".join(words[first:last])
    for name in (text, f"{words[first - 1]} {text}" if first > 0 else ""):
        actor = lex.actor(name) if name else None
        if actor is not None:
            return "LOC" if actor.type == "country" else "ORG"
    return None


def _organisation(word: str, lex: Lexicon) -> bool:
    """A one-word organisation the lexicon knows ("Hanura", "KPK" is a home institution, not an actor)."""
    actor = lex.actors.get(actor_key(word))
    return actor is not None and actor.type == "organization"


def _opens_name(words: Sequence[str], at: int, lex: Lexicon) -> bool:
    """A given name that is also a word of an office ("Agung Laksono"; nouns.tsv ``name_opener``), not
    the end of a title before it ("Jaksa Agung | X"); or a monarch's title after another title ("Ketua DPD
    RI | Sultan Bachtiar Najamudin", "Gubernur Banten | Ratu Atut Chosiyah"), with no regnal number after
    the name ("Gubernur DIY | Sultan | Hamengkubuwono X")."""
    if words[at].lower() in GIVEN_TITLES and at > 0 and words[at - 1].lower() not in lex.place_heads:
        # (not a place's name: "Kabupaten | Raja Ampat")
        run = at  # the capitalised words around it, a title's and a name's length at most
        # (a portfolio's "dan" too: "Menteri Pemuda dan Olahraga | Imam Wicaksono"; not "Raja X III dan | Ratu Y")
        while run > max(0, at - 8) and (
            words[run - 1][:1].isupper()
            or (words[run - 1] == "dan" and run > 1 and words[run - 2].lower() in lex.office_words)
        ):
            run -= 1
        after = at + 1
        while after < min(len(words), at + 6) and words[after][:1].isupper():
            after += 1
        titled = any(_is_title(words[j], lex) for j in range(run, at))
        return titled and after > at + 1 and not any(REGNAL.match(w) for w in words[at + 1 : after])
    if words[at].lower() not in lex.name_openers:
        return False
    return not (at > 0 and f"{words[at - 1]} {words[at]}".lower() in lex.titles)


def _title_of_what_follows(words: Sequence[str], last: int, lex: Lexicon) -> bool:
    """Whether the last word of a name span is a title of the name after it ("Jokowi | Presiden Xi"),
    not a part of this name that a title shares its spelling with ("Abdul Hakim, ...", "Lukman Hakim
    mengatakan": nothing capitalised follows)."""
    word = words[last - 1]
    if word.lower() in lex.office_words:
        return True  # "... Jawa Tengah", "Kabupaten ...": an office's or a place's word is never a name's end
    if not _is_title(word, lex):
        return False
    return last < len(words) and words[last][:1].isupper()


PATRONYMIC = frozenset(["bin", "binti", "ibn"])
# particles inside European and Latin American surnames ("Lula da Silva", "Marta von der Linden"); not
# "di" or "la", which Indonesian writes before places
SURNAME_PARTICLES = frozenset(["da", "de", "dos", "das", "van", "von", "der", "den", "del", "della", "du", "ter"])


def _with_particles(words: Sequence[str], first: int, last: int, lex: Lexicon) -> tuple[int, int]:
    """A person's name with the Arabic or European particles the tagger left out around it: "Abdel
    Fattah | al-Sisi", "Mohammed | bin Salman", "Mohammed bin | Salman", "Lula da | Silva"."""
    while last < len(words):
        if ARABIC_PARTICLE.match(words[last]):
            last += 1
        elif words[last] in PATRONYMIC and last + 1 < len(words) and words[last + 1][:1].isupper():
            last += 2
        else:
            break
    while first >= 2 and words[first - 1] in PATRONYMIC and _is_bare_capital(words[first - 2], lex):
        first -= 2
    k = first
    while k > 0 and words[k - 1] in SURNAME_PARTICLES:
        k -= 1
    if 1 <= k < first and _is_bare_capital(words[k - 1], lex):
        first = k - 1  # "Lula da | Silva": the given name before the particles
    return first, last


def _is_bare_capital(word: str, lex: Lexicon) -> bool:
    """A capitalised word (not an acronym) that no lexicon knows."""
    low = word.lower()
    common = low in lex.regions or low in lex.institution_words  # "Raja Ampat", "Hakim Konstitusi"
    return word[:1].isupper() and not word.isupper() and len(word) > 2 and not _known(word, lex) and not common


def _trailing_noise(word: str) -> bool:
    """A degree after a name ("M.Hum", "S.H."); a particle never ends a name, nor a number ("X 28,85
    persen")."""
    return DEGREE.match(word) is not None or word.lower() in PARTICLES or any(c.isdigit() for c in word)


def _is_title(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.titles or low.rstrip(".") in lex.titles or low in lex.title_words


def is_role_word(word: str, lex: Lexicon) -> bool:
    return _is_title(word, lex) or word.lower() in lex.office_words


@cache
def _subject_verbs(lex: Lexicon) -> frozenset[str]:
    """Verbs whose subject is a speaker or an actor: the reporting verbs, and the one-word active stance
    verbs ("mengecam", "mendukung"); not the quotation cues written after a quotation ("jelas", "tutup",
    "lanjut" open sentences as "Sudah jelas", "Lebih lanjut")."""
    stance = {c for c in lex.stance_cues if " " not in c and c.startswith("me")}
    return frozenset(lex.report_verbs | lex.comma_verbs | stance)


def entities(
    words: Sequence[str],
    lex: Lexicon,
    tagger: Any = None,
    common: Container[str] = frozenset(),
    vocab: Vocabulary | None = None,
) -> list[tuple[int, int, str]]:
    """Cleaned (first, last + 1, type) word ranges of the names in ``words`` (``common``: see ``windows``;
    ``tagger`` and ``vocab``: see ``tag``)."""
    tags = tag(words, lex, tagger, common, vocab)
    n = len(words)
    for first, last, kind in spans(tags):
        # "Luar Negeri Sugiono menegaskan Indonesia" tagged one organisation: a name holds no active
        # verb, so the tagger's span is dropped and the rules below read the words afresh; "..., Sp.DVE,
        # Subsp.Ven, menyebut": degrees after a name are nobody's name nor a place
        if (kind != "PER" and any(ACTIVE_VERB.match(w) for w in words[first:last])) or (
            "." in words[first] and all("." in w and DEGREE.match(w) for w in words[first:last])
        ):
            tags[first:last] = ["O"] * (last - first)
    for i in [k for k in range(1, n - 1) if words[k] in PARTICLES and words[k - 1] not in PARTICLES]:
        # "Frans | van | Dijk", "Ursula | von der | Leyen": one or two particles between two parts of a
        # person's name join them
        j = i + 1 if i + 2 < n and words[i + 1] in PARTICLES else i
        if not all(t == "O" for t in tags[i : j + 1]):
            continue
        family = tags[j + 1] == "O" and _is_bare_capital(words[j + 1], lex)
        if family and tags[i - 1].endswith("PER"):
            tags[j + 1] = "B-PER"  # "Frank | van | Kempen": a family name no lexicon knows after the particle
        elif family and tags[i - 1] == "I-ORG" and _is_bare_capital(words[i - 1], lex):
            tags[j + 1] = "B-PER"  # "Komisi Eropa Ursula | von der | Leyen": the organisation took the given name
        if tags[j + 1] != "B-PER":
            continue
        if not tags[i - 1].endswith("PER") and tags[i - 1] != "O" and _is_bare_capital(words[i - 1], lex):
            tags[i - 1] = "B-PER"  # "Komisi Eropa | Ursula von der Leyen": the organisation ends before the name
        if tags[i - 1].endswith("PER"):
            tags[i : j + 2] = ["I-PER"] * (j + 2 - i)
    for i in [k for k, t in enumerate(tags) if t == "B-PER" and k]:
        # "Sufmi Dasco | Ahmad": a person's name never runs straight into another's (a list has commas
        # or "dan" between them), so a person tagged right after a person continues that name
        if tags[i - 1].endswith("PER") and words[i][:1].isupper():
            tags[i] = "I-PER"
    for i in [k for k, w in enumerate(words) if len(w) == 2 and w[1] == "." and 0 < k < len(words) - 1]:
        # "Gilbert F. Houngbo", "Budi S. Santoso": an initial between two capitalised words joins them into
        # one person's name (the training sentences hold no such initials, so the tagger cannot know)
        if INITIAL.match(words[i]) and _is_bare_capital(words[i + 1], lex):
            before = tags[i - 1]
            if before.endswith("PER") or (before == "O" and _is_bare_capital(words[i - 1], lex)):
                if before == "O":
                    tags[i - 1] = "B-PER"
                tags[i] = tags[i + 1] = "I-PER"
    verbs = _subject_verbs(lex)
    low = [w.lower() for w in words]
    for first, last, kind in spans(tags):
        # "Anggota Komisi VII DPR | Kurtubi juga menyatakan" tagged one organisation: the words no lexicon
        # knows after an institution the lexicons know, right before a speech verb, are its member's name
        verb = last + 1 if last < n - 1 and low[last] in MODALS else last
        if kind != "ORG" or verb >= n:
            continue
        k = last
        while k > first and _name_word(words[k - 1], lex):
            k -= 1  # (not "Peternakan" of "Dinas Pertanian dan Peternakan": an office's noun)
        # after a person's title, any active verb: "Kepala BNPB | Suharyanto meninjau ..." (the title is
        # his), or a full name whatever follows ("Kepala Dinas Pertanian dan Peternakan | Diah Ningrum pun")
        office = first > 0 and lex.titles.get(low[first - 1]) == "office"
        # or an acronym then one name, before where or when it was said ("Ketua MK | Suhartoyo saat ...")
        acronym_then_name = k == first + 1 == last - 1 and words[first].isupper() and low[verb] in SAID_WHERE
        titled = office and (ACTIVE_VERB.match(low[verb]) is not None or last - k >= 2 or acronym_then_name)
        # or a full name set off by where or when it was said ("Fraksi Partai Demokrat | Saan Mustopa di
        # Kompleks Parlemen", "bidang Komunikasi Politik | Daniel Sparingga, siang ini")
        # (not the rest of a body's name: "Indonesia | Corruption Watch", "Kabinet Indonesia | Bersatu Dua", a
        # state or a word the language writes in lower case there)
        set_off = (
            last - k >= 2
            and _said_where_or_stop(low[verb])
            and lex.actor(words[k - 1]) is None
            and not any(w in lex.common_words for w in low[k:last])
        )
        if low[verb] not in verbs and not titled and not set_off:
            continue
        # not a place an institution, a company or a facility is named with ("Polda | Metro Jaya",
        # "PT GMTD | Tbk", "Bandara | Southend")
        place_taking = low[k - 1] in (lex.place_heads | lex.home_regional) or words[first].upper() in COMPANY_PREFIXES
        # nor the name of a facility or a body that is no state's ("Rumah Sakit | Hasan Sadikin", "Universitas |
        # Gadjah Mada")
        place_taking = place_taking or names_after_head(words, k, lex)
        office_words = all(w.isupper() or _known(w, lex) or w == "dan" or _office_shaped(w) for w in words[first:k])
        if first < k < last and not place_taking and office_words:
            tags[k:last] = ["B-PER"] + ["I-PER"] * (last - k - 1)
    for i in [k for k in range(n - 1) if low[k + 1] in verbs or low[k + 1] in MODALS]:
        # the untagged subject of a speech or stance verb speaks or acts: "Tumiran mengungkapkan ...",
        # "Donald Trump mengecam ...", "Bvudzijena juga mengatakan" (up to three capitalised words no
        # lexicon knows; an adverb may stand before the verb)
        verb = i + 2 if low[i + 1] in MODALS and i + 2 < n else i + 1
        if tags[i] != "O" or any(t != "O" for t in tags[i + 1 : verb + 1]) or low[verb] not in verbs:
            continue
        first = i
        while first > max(0, i - 2) and tags[first - 1] == "O" and _is_bare_capital(words[first - 1], lex):
            first -= 1
        if first == 0 and low[0] in common:
            continue  # "Tubuh akan menganggap ...", "Survei itu menyebut": a common word opening the sentence
        before = words[first - 1] if first else ""
        after_name_word = before[:1].isupper() and not _is_title(before, lex)  # "Undang-Undang | Pers jelas"
        if before == "." and first >= 2 and words[first - 2].replace(".", "").isupper():
            after_name_word = True  # "U.S. | Cellular": an abbreviation before the word
        if first >= 2 and _is_title(before, lex) and _body_of(words, first - 1, lex):
            after_name_word = True  # "Ikatan Advokat | Wirasena menyesalkan": a body of a profession, no person
        degree = any(DEGREE.match(w) for w in words[first : i + 1])  # "..., Sp.KK menjelaskan": a degree
        # "Tujuannya mendorong ...": a noun in -an with its possessive "-nya", no name ("Mbekwenya" is one)
        possessive = any(POSSESSED_NOUN.fullmatch(w) for w in words[first : i + 1])
        bare = all(_is_bare_capital(w, lex) for w in words[first : i + 1])
        if bare and not (after_name_word or degree or possessive):
            tags[first : i + 1] = ["B-PER"] + ["I-PER"] * (i - first)
    _called(words, tags, lex, low)
    _balinese_opener(words, tags, lex)
    _given_name_after_cue(words, tags, lex, low)
    _name_after_organisation(words, tags, lex, low)
    _name_after_region(words, tags, lex, low)
    _bare_initials(words, tags, lex)
    _leading_initials(words, tags, lex)
    _also_known_as(words, tags, lex, low)
    _listed_after_person(words, tags, lex, low)
    _opening_subject(words, tags, lex, low, common)
    _after_title(words, tags, lex, low)
    _firm_before_speaker(words, tags, lex, low)
    out = []
    for first, last, kind in spans(tags):
        while last > first + 1 and (words[last - 1] in OPENING or _unopened(words, first, last)):
            last -= 1  # "Kejaksaan Agung (", "Prabowo )": a bracket the name does not hold is no part of it
        while last > first + 1 and words[first] in OPENING:
            first += 1  # "(Presiden Prabowo)": the bracket around a name is no part of it
        if kind == "ORG" and last - first > 1 and lex.titles.get(words[first].lower()) in NAME_OPENING:
            kind = "PER"  # "KRT Wiroprojo", "AKBP Budi": an honorific or a rank opens a person's name
        if kind == "PER" and words[first].lower() in lex.home_abroad:
            kind = "ORG"  # "KJRI Osaka", "KBRI Tokyo": a mission abroad and its city, nobody
        if kind == "ORG" and last - first > 2 and _opened_by_two_openers(words, first, last, lex):
            kind = "PER"  # "Anak Agung Raka Putra", "Ida Bagus Made": a Balinese caste name opens a person's
        f, la = clean_span(words, first, last, kind, lex)
        if kind == "ORG" and la == f + 1 and words[f] in lex.thing_acronyms:
            continue  # "perusahaan AI", "melanggar HAM": a thing's or a class of people's acronym, no body
        if kind == "PER" and first < f == la - 1 and _acronym_of_an_institution(words, first, f, lex):
            kind, f = "ORG", first  # "Otorita | IKN": an institution's head and its short name, nobody
        before = words[f - 2] if f > 1 else ""
        if kind == "PER" and la == f + 1 and f > 0 and goes_by_honorific(words[f - 1], before, lex):
            f -= 1  # "Gus | Dur", "Cak | Imin": a one-word name keeps the honorific it is known by
        if kind == "PER" and la > f:
            f, la = _with_particles(words, f, la, lex)
            if la < len(words) and words[la].isdigit() and words[la + 1 : la + 2] not in (["'"], ["’"], ["\\"]):
                kind = "ORG"  # "Daop 6 Yogyakarta", "Galaxy Fold 7": a numbered thing; "Budi 22'" scored a goal
        if kind == "PER" and la == f + 1 and WEEKDAY.fullmatch(words[f]):
            continue  # "Ahad (4/3)": a day, nobody
        if kind == "PER" and la == f + 1 and _paired_field(words, f, lex):
            continue  # "Dokter Spesialis | Kulit dan Kelamin": two fields of a specialty, nobody
        if kind == "PER" and la > f:
            known = _actor_kind(words, f, la, lex)
            if known == "ORG":  # "NasDem", "PDI | Perjuangan": a body, nobody
                _organisation_through(out, f, f, la)
                continue
            kind = known or kind  # "Sierra Leone": a state
        if kind == "PER" and f > 0 and _regional_institution(words[f - 1], lex):
            # "Polda | Metro Jaya menahan ...": the place a regional institution is named with, not a person;
            # a rank or a title inside the span opens the person's name ("Polda | Metro Jaya | Kompol X")
            titled = next((k for k in range(f + 1, la) if _is_title(words[k], lex)), la)
            _organisation_through(out, f, f - 1, titled)
            f, la = clean_span(words, titled, la, kind, lex)
        if kind == "PER" and la > f and f > 0 and _opener_left_out(words, f, out, lex):
            # a given name spelled like an office's word or a monarch's title opens the person's name, whether
            # the tagger left it out ("Sekretaris Jenderal | Ratu | Tisha Destria") or ran the organisation
            # before into it ("PKS Al | Muzzammil Yusuf")
            if out and out[-1][1] == f:
                out[-1] = (out[-1][0], f - 1, out[-1][2])
            f -= 1
        if la > f and any(c.isalnum() for w in words[f:la] for c in w):  # never a lone bracket or quotation mark
            out.append((f, la, kind))
    return out


def _acronym_of_an_institution(words: Sequence[str], first: int, at: int, lex: Lexicon) -> bool:
    """Whether the words cut off a "person" before ``at`` open with an institution's head (``head`` in
    office_words.tsv) and an acronym alone is left at ``at``."""
    return words[first].lower() in lex.institution_heads and words[at].isupper() and len(words[at]) > 1


def _opened_by_two_openers(words: Sequence[str], first: int, last: int, lex: Lexicon) -> bool:
    """Whether a span opens with two given names that open names (``vocab.opened_by_two_openers``) and goes
    on with capitalised words that name no office or institution."""
    rest = words[first + 2 : last]
    named = [w[:1].isupper() and not w.isupper() for w in rest]
    known = [w.lower() in lex.office_words or w.lower() in lex.institution_words for w in rest]
    return opened_by_two_openers(words[first:last], lex) and all(named) and not any(known)


def _opener_left_out(words: Sequence[str], f: int, out: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """Whether the capitalised word before the tagger's person opens the name (``_opens_name``; not a
    Roman numeral), untagged or the last word of an organisation of several words ending there."""
    word = words[f - 1]
    if not word[:1].isupper() or REGNAL.match(word):
        return False  # not "anak | Jaja" (a child), nor "Komisi I | X"
    if not (word.lower() in GIVEN_TITLES or word.lower() in lex.name_openers):
        return False
    ended = bool(out) and out[-1][1] == f
    if ended and not (out[-1][2] == "ORG" and f - out[-1][0] > 1):
        return False
    return _opens_name(words, f - 1, lex)


def _organisation_through(out: list[tuple[int, int, str]], at: int, start: int, end: int) -> None:
    """An organisation's span reaching ``end``: the one found last when it ends at ``at``, else a new one
    from ``start``."""
    if out and out[-1][1] == at and out[-1][2] == "ORG":
        out[-1] = (out[-1][0], end, "ORG")
    else:
        out.append((start, end, "ORG"))


def _regional_institution(word: str, lex: Lexicon) -> bool:
    """A regional institution of the home state named with its place ("Polda", "Pemkab"), not an
    office held by a person ("Bupati", "Kapolda": titles, whose name follows)."""
    low = word.lower()
    return low in lex.home_regional and low not in lex.titles and low not in lex.title_words


# a noun in -an with the possessive "-nya" glued on ("Tujuannya", "Kesalahannya"): no name
POSSESSED_NOUN = re.compile(r"[A-Z][a-z]{3,}annya")

# an active verb ("menegaskan", "bertemu"): no part of any name
ACTIVE_VERB = re.compile(r"^(?:me[a-z]{4,}|ber[a-z]{3,})$")

CALLED = frozenset(["disapa", "dipanggil", "bernama", "berjuluk"])  # "yang akrab disapa Butet", "pria bernama Geri"
PHYSICIAN = frozenset(PHYSICIAN_TITLES)


def _called(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """Whatever follows a word of calling or a physician's title is a person's name: "Perempuan yang
    akrab disapa Butet ini", "Pria yang akrab disapa Cak Imin itu", "dr. Aprilia Karen Mandagie" (up
    to three capitalised words, an honorific included)."""
    for i in [k for k in range(len(words) - 1) if low[k] in CALLED or words[k] in PHYSICIAN]:
        if words[i] in PHYSICIAN and words[i + 1] == "." and i + 2 < len(words):
            i += 1  # "dr ." as the tokenizer splits it
        if tags[i + 1] != "O":
            continue
        last = i + 1
        while last < len(words) and last < i + 4 and words[last][:1].isupper() and tags[last] == "O":
            last += 1
        if last > i + 1 and any(_is_bare_capital(x, lex) for x in words[i + 1 : last]):
            tags[i + 1 : last] = ["B-PER"] + ["I-PER"] * (last - i - 2)
            if last < len(tags) and tags[last] == "B-PER":
                tags[last] = "I-PER"  # "dr. Ian | Suryadi Setja": the rest the tagger found is the same name


def _given_name_after_cue(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """A given name spelled like an office's word (``name_opener`` in nouns.tsv: "Agung"), alone right after a
    quotation cue and before a comma or a full stop, is the speaker's name ('"...," kata Agung, ...'): a title
    alone there ("kata Presiden,") is no name, and the lexicon's word opens no tagger window."""
    names = office_given_names(lex)
    if names.isdisjoint(low):
        return  # (most sentences: no such word at all)
    for i in range(1, len(words) - 1):
        if tags[i] == "O" and low[i] in names and low[i - 1] in lex.quote_cues and words[i + 1] in (",", "."):
            tags[i] = "B-PER"


@cache
def office_given_names(lex: Lexicon) -> frozenset[str]:
    """Given names that open names and are also words of offices ("agung"), read once per lexicon."""
    return frozenset(lex.name_openers & lex.office_words)


BALINESE_GENDER = frozenset({"I", "Ni"})  # "I" (men) and "Ni" (women) before a Balinese birth-order name


def _balinese_opener(words: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """"I" or "Ni" right before a person whose name opens with a given name that opens names ("Made",
    "Wayan", "Gusti": ``name_opener``) is the name's first word ("Partai Demokrat Bali | I | Made Mudharta")."""
    if BALINESE_GENDER.isdisjoint(words):
        return  # (most sentences)
    for i in range(len(words) - 1):
        opens = tags[i + 1] == "B-PER" and words[i + 1].lower() in lex.name_openers
        if words[i] in BALINESE_GENDER and tags[i] != "B-PER" and opens:
            tags[i], tags[i + 1] = "B-PER", "I-PER"


def _said_where_or_stop(low: str) -> bool:
    """Whether a word closes a name set off before where or when it was said ("di", "saat", ...), or is a comma
    or a full stop: the name ends there."""
    return low in SAID_WHERE or low in (",", ".")


def _name_after_organisation(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """Two or three capitalised words no lexicon knows (an initial may open them), untyped right after an
    organisation the tagger found (or after it and a comma), then where or when it was said: the name of
    the organisation's officer ("Kementerian Koperasi dan UKM | Meliadi Sembiring di Jakarta", "Direktur
    Keuangan Medco, | D Cyril Noerhadi di Jakarta"); not a word the language writes in lower case."""
    n = len(words)
    for _, last, kind in spans(tags):
        if kind != "ORG":
            continue
        k = last + 1 if last < n and words[last] == "," else last
        j = k
        while j < n and j < k + 3 and tags[j] == "O" and (
            _name_word(words[j], lex) or (j == k and len(words[j]) == 1 and words[j].isupper())
        ) and low[j] not in lex.common_words:
            j += 1
        if j - k >= 2 and j < n and _said_where_or_stop(low[j]) and _name_word(words[j - 1], lex):
            tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)


# the kinds of titles a person's name follows (a profession too: "Penata rias | X"; not a group's: "warga X")
PERSON_TITLE_KINDS = frozenset({"office", "profession", "rank", "honorific"})


def _name_after_region(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """An organisation the tagger ran on past the region that closes its name into capitalised words no
    lexicon knows, which with the person it found right after them make a name of two words or more:
    they are that person's name ("Partai Sejahtera Jabar | Ade Rahman Surya", "... Jabar | Ade | Rahman
    Surya": the regional board's officer)."""
    n = len(words)
    for first, last, kind in spans(tags):
        if kind != "ORG" or last - first < 3:
            continue
        region = max((k for k in range(first + 1, last - 1) if low[k] in lex.regions), default=None)
        if region is None or last - region - 1 > 3:
            continue
        end = last
        while (end < n and tags[end] == "I-PER") or (end == last and end < n and tags[end] == "B-PER"):
            end += 1  # "... Jabar Ade | Rahman Surya": the person the tagger found after the word it ran over
        if end - region - 1 < 2:
            continue  # one word after the region may be the place's own ("Jawa | Barat")
        if all(_name_word(w, lex) for w in words[region + 1 : last]):
            tags[region + 1 : end] = ["B-PER"] + ["I-PER"] * (end - region - 2)


def _bare_initials(words: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """An initial written without its full stop between a person's name the tagger found and a capitalised
    word no lexicon knows joins them into one name: "Rina | D | Parker", "Budi | H | Santoso" (a product's
    letter between two untyped words stays: "Galaxy Z Flip")."""
    n = len(words)
    letters = [k for k, w in enumerate(words) if len(w) == 1 and w.isupper() and 0 < k < n - 1]
    for i in letters:
        before, after = tags[i - 1], tags[i + 1]
        if tags[i] != "O" or not (before.endswith("PER") or after.endswith("PER")):
            continue
        left = before.endswith("PER") or (before == "O" and _is_bare_capital(words[i - 1], lex))
        right = after.endswith("PER") or (after == "O" and _is_bare_capital(words[i + 1], lex))
        if left and right:
            if before == "O":
                tags[i - 1] = "B-PER"
            tags[i] = tags[i + 1] = "I-PER"
    for i in [k for k in letters if k < n - 2]:
        # "Alfred | E | Kellermann, Visiting Professor ...": an initial between two capitalised words no
        # lexicon knows that open the sentence, a comma after them (the tagger saw none of them)
        opens = i == 1 or not words[i - 2][:1].isupper()
        bare = all(tags[k] == "O" and _is_bare_capital(words[k], lex) for k in (i - 1, i + 1)) and tags[i] == "O"
        if opens and bare and words[i + 2] == ",":
            tags[i - 1 : i + 2] = ["B-PER", "I-PER", "I-PER"]


def _leading_initials(words: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """Initials with their full stops opening a name ("M. | Anwar", "H. M. | Anwar", "Jenderal Polisi M. |
    Tito Karnavian") join the person's name the tagger found after them, or up to three capitalised words
    no lexicon knows, which the tagger leaves untyped there (its training sentences hold no initials). Not
    an initial after a capitalised word, a middle initial (read in ``entities``)."""
    n = len(words)
    # (read from one initial to the next: a sentence without any, most of them, is passed over at once)
    initials = [k for k, w in enumerate(words) if len(w) == 2 and w[1] == "." and k < n - 1 and INITIAL.match(w)]
    i = initials[0] if initials else n
    while i < n - 1:
        j = i
        while j < n - 1 and INITIAL.match(words[j]) and tags[j] == "O":
            j += 1
        if j == i or (i and _is_bare_capital(words[i - 1], lex)):
            i = _next_at(initials, j + 1, n)
            continue
        k = j
        if tags[j] == "B-PER":
            k = j + 1
            while k < n and tags[k] == "I-PER":
                k += 1
        else:
            while k < min(n, j + 3) and tags[k] == "O" and _is_bare_capital(words[k], lex):
                k += 1
            if k > j and words[j].lower() in lex.common_words:
                k = j  # "... tingkah laku N. | Agar tutup mulut": a sentence after a person's initial
        if k > j:
            tags[i:k] = ["B-PER"] + ["I-PER"] * (k - i - 1)
        i = _next_at(initials, k if k > j else j + 1, n)


def _next_at(positions: list[int], at: int, n: int) -> int:
    """The first of the sorted ``positions`` at ``at`` or after it, else ``n``."""
    i = bisect_left(positions, at)
    return positions[i] if i < len(positions) else n


FAMILY_PREFIXED = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z]")  # "McDonald", "DiCaprio": names


def _firm_before_speaker(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """A firm's name written in mixed case ("JPMorgan", "PwC") that the tagger ran, as one place or
    organisation, into the two or three capitalised words after it right before a speech verb is the firm,
    then its officer's name: "Kepala penelitian di JPMorgan | Natasha Kaneva bilang, ..."."""
    verbs = _subject_verbs(lex)
    for first, last, kind in spans(tags):
        if kind == "PER" or not 3 <= last - first <= 4 or last >= len(words) or low[last] not in verbs:
            continue  # (read first: the cheap tests leave almost no span)
        if not _mixed_case(words[first]):
            continue
        if all(_is_bare_capital(x, lex) for x in words[first + 1 : last]):
            tags[first] = "B-ORG"
            tags[first + 1 : last] = ["B-PER"] + ["I-PER"] * (last - first - 2)


def _mixed_case(word: str) -> bool:
    """A firm's name written with capitals inside ("JPMorgan", "PwC"), not a family name that keeps a
    particle's capital ("McDonald") nor an acronym or a capitalised word."""
    return sum(c.isupper() for c in word) >= 2 and any(c.islower() for c in word) and not FAMILY_PREFIXED.match(word)


def _also_known_as(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """Capitalised words no lexicon knows after "alias" are another name of a person: "Rudi Hartawan
    alias Ucok" (up to three words, when the tagger typed none of them)."""
    n = len(words)
    for i in [k for k in range(n - 1) if low[k] == "alias"]:
        k = i + 1
        while k < min(n, i + 4) and tags[k] == "O" and _is_bare_capital(words[k], lex):
            k += 1
        if k > i + 1:
            tags[i + 1 : k] = ["B-PER"] + ["I-PER"] * (k - i - 2)


def _listed_after_person(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """Capitalised words no lexicon knows after a person's name and "dan" or "serta" (a comma may stand
    before it) are the next person of the list, when the tagger typed none of them and the name ends
    there: "Rudi Hartawan dan Yanto Munir hadir", "..., Sari Dewi, dan Wiranto." (up to three words)."""
    n = len(words)
    for _, last, kind in spans(tags):
        if kind != "PER":
            continue
        j = last + 1 if last < n and words[last] == "," else last
        if j >= n or low[j] not in ("dan", "serta"):
            continue
        k = j = j + 1
        while k < min(n, j + 3) and tags[k] == "O" and _name_word(words[k], lex):
            k += 1
        if k > j and (k == n or not words[k][:1].isupper()):
            tags[j:k] = ["B-PER"] + ["I-PER"] * (k - j - 1)


# what shows a person named alone as a sentence's subject, besides an active verb: a belief ("Idris yakin
# ..."), a relative clause ("X yang juga ..."); after a comma, an apposition describing a person ("X, mantan
# pelatih ...", "X, wakil ketua ...", "X, seorang ...") or a person's title
SUBJECT_BELIEFS = frozenset(["yakin", "percaya", "optimistis", "pesimistis", "khawatir"])
APPOSITION_OPENERS = frozenset(["yang", "mantan", "seorang", "wakil"])


def _opening_subject(
    words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str], common: Container[str]
) -> None:
    """A sentence's first word that no lexicon knows and the language does not write in lower case is a
    person's name when a person's predicate follows it (adverbs may stand between): an active verb
    ("Rusdiyanto juga membuka ..."), a belief, a relative clause, another such word after "dan" ("Rani dan
    Budi ..."), or an apposition after a comma. Not a common word capitalised by its place ("Wawancara
    menggunakan ...", "Animator dan sutradara ...": the article's own lower-case words, ``common``, and the
    language's, ``lex.common_words``), nor a plural ("Artis-artis yang ...")."""
    n = len(words)
    first = _first_word(words)
    if first < n - 2 and low[first] in lex.clause_openers and words[first + 1] != ",":
        first += 1  # the subject of a clause opening the sentence: "Ketika Rusdiyanto membuka ..."
    if first >= n - 1 or tags[first] != "O":
        return
    word, lw = words[first], low[first]
    if lw in common or lw in lex.common_words or lw in lex.openers or doubled(lw):
        return
    if not _name_word(word, lex):
        return
    j = first + 1
    while j < min(n - 1, first + 3) and low[j] in BEFORE_VERB:  # "juga", "belum", "mampu", "tidak"
        j += 1
    if tags[j] != "O":
        return
    after = low[j + 1] if j + 1 < n else ""
    if low[j] == ",":
        person = after in APPOSITION_OPENERS or lex.titles.get(after) in PERSON_TITLE_KINDS
    elif low[j] == "dan":
        person = j + 1 < n and _is_bare_capital(words[j + 1], lex)
    else:
        person = ACTIVE_VERB.match(low[j]) is not None or low[j] in SUBJECT_BELIEFS or low[j] == "yang"
    if person:
        tags[first] = "B-PER"


def _after_title(words: Sequence[str], tags: list[str], lex: Lexicon, low: Sequence[str]) -> None:
    """Capitalised words no lexicon knows right after a person's title are that person's name, when
    the tagger typed none of them: "Wapres | Boediono", "Bupati | Muhtarom", "Perdana Menteri | Nuri
    al-Maliki" (up to three words, particles inside; not after a group's title: "warga Bekasi")."""
    n = len(words)
    openers = _title_openers(lex)
    for i in [k for k in range(n) if low[k] in openers]:
        if tags[i] != "O" or not words[i][:1].isupper() or (i and low[i - 1] in lex.title_words and tags[i - 1] == "O"):
            continue  # a title starts here, not inside a longer one
        if _body_of(words, i, lex):
            continue  # "Ikatan Advokat | X", "Persatuan Guru | X": a body of a profession names no person
        k = i + match_title(list(words[i : i + 4]), lex)
        if k == i or lex.titles[" ".join(low[i:k])] not in PERSON_TITLE_KINDS:
            continue
        title_end = k
        while k < min(n - 1, title_end + PORTFOLIO_WORDS) and tags[k] == "O" and _portfolio_word(words[k], lex):
            k += 1  # "Menteri | Pemuda dan Olahraga | Dito ...": the office's portfolio, then the name
        last = k
        named = 0  # up to three words of the name, particles not counted ("Salim Segaf Al Jufri")
        while last < n and tags[last] == "O" and (
            (named < 3 and (_name_word(words[last], lex) or (last > k and ARABIC_PARTICLE.match(words[last]))))
            or (low[last] in PARTICLES and last > k)
        ):
            named += low[last] not in PARTICLES
            last += 1
        while last > k and low[last - 1] in PARTICLES:
            last -= 1
        # the name ends there: no capitalised word runs on ("Menteri Keadilan Sierra Leone Frank Kargbo"),
        # and no name is set off after it ("Wali Kota Blatten, Matthias Bellwald": the place of the office)
        runs_on = last < n and words[last][:1].isupper()
        set_off = last + 1 < n and words[last] == "," and words[last + 1][:1].isupper()
        # after a portfolio, two words at least: one is as likely the office's own ("Departemen | Neurologi")
        if last > k and not runs_on and not set_off and (k == title_end or last - k >= 2):
            tags[k:last] = ["B-PER"] + ["I-PER"] * (last - k - 1)


def _body_of(words: Sequence[str], title: int, lex: Lexicon) -> bool:
    """Whether the title at ``title`` follows an institution's head word, naming a body of that profession
    ("Ikatan Advokat", "Asosiasi Guru"), not a person's role."""
    return title > 0 and words[title - 1][:1].isupper() and words[title - 1].lower() in lex.institution_heads


PORTFOLIO_WORDS = 8  # "Koordinator Bidang Politik, Hukum, dan Keamanan": a portfolio's words at most


def _portfolio_word(word: str, lex: Lexicon) -> bool:
    """A word of an office's portfolio or of the state it serves after a title ("Pemuda", "dan", "Luar",
    "Jepang"), never a name's."""
    low = word.lower()
    if low == "dan" or word.isdigit():
        return True  # "SMA Negeri | 1 | Sleman"
    acronym = word.isupper() and 2 <= len(word) <= 6  # "SMA", "BNPB": the institution's short name
    known = low in lex.office_words or low in lex.regions or actor_key(word) in lex.actors
    return word[:1].isupper() and (acronym or known)


def _paired_field(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """A capitalised word the language writes in lower case, joined by "dan" to another: two fields of
    an office or a specialty ("Dokter Spesialis | Kulit dan Kelamin"), no person's name."""
    if not words[k][:1].isupper() or words[k].lower() not in lex.common_words:
        return False
    after = k + 2 < len(words) and words[k + 1] == "dan" and words[k + 2][:1].isupper()
    return after or (k > 1 and words[k - 1] == "dan" and words[k - 2].lower() in lex.common_words)


@cache
def _title_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the language's titles."""
    return frozenset(t.split()[0] for t in lex.titles)


def _name_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word no lexicon knows that is not shaped like an office's noun: a word of a name."""
    return _is_bare_capital(word, lex) and not _office_shaped(word)


def _office_shaped(word: str) -> bool:
    """A noun of an office's name ("Keadilan", "Pengetahuan", "Umumnya"), not a given name."""
    return common_shape(word) or word.endswith("nya")
