"""Who is who in one article: person names with their roles, actors, and speaker resolution.

``Entities`` indexes an article once; ``resolve`` turns an attribution as written ("Gil", "Ia",
"Menteri Luar Negeri Venezuela Yvan Gil", "Rusia", "juru bicara senior pemerintah") into a
``Speaker`` with the fullest name in the article, a role, a type and an actor code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tasks.extract.lang import Actor, Lexicon, actor_key
from tasks.extract.text import WordIndex

NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "dos", "la", "di"})
RUN = re.compile(
    r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?(?:[ ](?:(?:bin|binti|van|von|de|der|al|el|da|dos)[ ])?"
    r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?)*"
)
ROLE_CONNECTORS = frozenset({"untuk", "urusan", "dari", "bidang", "pada", "di"})
GROUP_OPENERS = frozenset({"para", "beberapa", "sejumlah", "banyak", "kedua", "ketiga", "kelompok"})
ORG_HEADS = frozenset(
    {
        "media",
        "kantor",
        "pemerintah",
        "kementerian",
        "polisi",
        "pihak",
        "otoritas",
        "militer",
        "tentara",
        "lembaga",
        "badan",
        "dewan",
        "komisi",
        "partai",
        "perusahaan",
        "kepolisian",
        "polda",
        "polres",
        "istana",
        "kedutaan",
        "kedubes",
        "kemlu",
        "kemenlu",
        "tim",
        "koalisi",
    }
)


@dataclass(frozen=True)
class Speaker:
    written: str | None
    name: str | None
    type: str  # person | organization | country | group | unknown
    role: str | None = None
    code: str | None = None


UNKNOWN = Speaker(None, None, "unknown")


@dataclass
class Person:
    name: str
    start: int
    role: str | None = None
    code: str | None = None
    tokens: tuple[str, ...] = field(default=())


def _is_name_word(word: str, lex: Lexicon) -> bool:
    w = word.rstrip(".")
    low = w.lower()
    if low in lex.office_words or low in lex.titles or low in lex.pronouns:
        return False
    if actor_key(w) in lex.actors or low in lex.actors:
        return False
    return not (w.isupper() and len(w) > 1 and not w.endswith("."))  # acronyms are not names


def name_suffix(words: list[str], lex: Lexicon) -> int:
    """Index in ``words`` where the trailing person name starts (len(words) when none)."""
    i = len(words)
    while i > 0 and (_is_name_word(words[i - 1], lex) or (words[i - 1] in NAME_PARTICLES and i < len(words))):
        if _ends_actor(words[:i], lex):
            break
        i -= 1
    while i < len(words) and words[i] in NAME_PARTICLES:
        i += 1
    # "Badan Antariksa Doni Prasetyo": the word after an institution's head names the institution
    if len(words) - i >= 3 and any(w.lower() in lex.institution_heads for w in words[:i]):
        i += 1
    return i


def _ends_actor(words: list[str], lex: Lexicon) -> bool:
    """Whether the last word of ``words`` closes a multi-word actor name ("Amerika Serikat")."""
    for n in (4, 3, 2):
        if len(words) >= n:
            alias = " ".join(words[-n:])
            if actor_key(alias) in lex.actors or alias.lower() in lex.actors:
                return True
    return False


def actor_in(text: str, lex: Lexicon) -> Actor | None:
    """The first state or organisation named in ``text`` (longest alias at each position)."""
    words = text.split()
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            alias = " ".join(words[i : i + n]).strip(",.;:()")
            if not alias:
                continue
            actor = lex.actors.get(actor_key(alias)) or (None if alias.isupper() else lex.actors.get(alias.lower()))
            if actor is not None and (alias[0].isupper() or alias.isupper()):
                return actor
    return None


def match_title(words: list[str], lex: Lexicon) -> int:
    """Number of leading words of ``words`` that form a title (0 when none)."""
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(words[:n]).lower() in lex.titles:
            return n
    return 0


class Entities:
    """People named in one article, indexed for resolving later short mentions."""

    def __init__(self, body: str, lex: Lexicon) -> None:
        self.body = body
        self.lex = lex
        self.words = WordIndex(body)
        self.people: list[Person] = []
        for m in RUN.finditer(body):
            words = m.group().split(" ")
            cut = name_suffix(words, lex)
            name_words = words[cut:]
            if not name_words:
                continue
            name_start = m.start() + len(" ".join(words[:cut])) + (1 if cut else 0)
            role = self._role_before(name_start)
            if len(name_words) < 2 and role is None:
                continue
            name = " ".join(name_words).rstrip(".")
            code = None
            if role:
                actor = actor_in(role, lex)
                code = actor.code if actor else None
            self.people.append(Person(name, name_start, role, code, tuple(name.split())))

    def _role_before(self, name_start: int) -> str | None:
        """The title phrase right before a name ("Menteri Luar Negeri Venezuela"), if any."""
        window = self.body[max(0, name_start - 90) : name_start]
        window = re.split(r"[.,;:()\"“”\n]", window)[-1]
        words = window.split()
        # walk back over words that can belong to a role
        i = len(words)
        while i > 0:
            w = words[i - 1]
            low = w.lower()
            if (
                low in self.lex.office_words
                or low in ROLE_CONNECTORS
                or low in self.lex.titles
                or low in self.lex.title_words
                or actor_key(w) in self.lex.actors
                or (w[:1].isupper() and low not in self.lex.pronouns)
            ):
                i -= 1
            else:
                break
        role_words = words[i:]
        while role_words and role_words[0].lower() in ROLE_CONNECTORS:
            role_words = role_words[1:]
        for j in range(len(role_words)):
            if match_title(role_words[j:], self.lex):
                return " ".join(role_words[j:]) or None
        return None

    def fullest(self, name: str, before: int | None = None) -> Person | None:
        """The longest person name in the article ending with ``name`` (a family name), else the
        longest one starting with it (Indonesian copy often shortens "Siti Rohani" to "Siti")."""
        want = tuple(name.split())
        n = len(want)
        found = [p for p in self.people if len(p.tokens) >= n and p.tokens[-n:] == want]
        if not found:
            # a given name stands for the person only for local (Indonesian or unplaced) people:
            # "Kim" for a Korean is a family name, not "Kim Jong Un"
            found = [p for p in self.people if p.tokens[:n] == want and p.code in (None, "IDN")]
        return max(found, key=lambda p: (len(p.tokens), -p.start)) if found else None

    def expand_role(self, description: str) -> tuple[str, Person | None]:
        """The fullest form of a role named without a person ("Juru bicara" -> "Juru Bicara Kementerian
        Luar Negeri Korea Utara"), and the person it introduces when a name follows it in the article."""
        best, best_person = description, None
        pattern = re.compile(r"(?<![\w-])" + re.escape(description) + r"(?![\w-])", re.IGNORECASE)
        for m in pattern.finditer(self.body):
            words: list[str] = []
            tail = self.body[m.end() : m.end() + 120]
            prev_end = 0
            for w in re.finditer(r"[^\s,.;:()\"“”]+", tail):
                if tail[prev_end : w.start()].strip():  # punctuation in between
                    break
                prev_end = w.end()
                low = w.group().lower()
                if not (w.group()[0].isupper() or low in {"untuk", "urusan", "bidang"}):
                    break
                words.append(w.group())
            while words and words[-1].lower() in ROLE_CONNECTORS:
                words.pop()
            full = " ".join([self.body[m.start() : m.end()], *words])
            person = None
            cut = name_suffix(full.split(), self.lex)
            name_words = full.split()[cut:]
            if len(name_words) >= 2:
                person = self.fullest(" ".join(name_words))
            if person is not None and best_person is None:
                best, best_person = full, person
            elif best_person is None and len(full) > len(best):
                best = full
        return best, best_person

    def known_token(self, word: str) -> bool:
        """Whether ``word`` is part of some person's name in the article ("Kim" of "Kim Jong Un")."""
        return any(word in p.tokens for p in self.people)

    def last_person(self, before: int) -> Person | None:
        prior = [p for p in self.people if p.start < before]
        return prior[-1] if prior else None


def _clean_phrase(text: str) -> str:
    return " ".join(text.strip(" ,.;:\"“”'").split())


def resolve(phrase: str, entities: Entities, at: int, previous: Speaker | None) -> Speaker:
    """Resolve an attribution as written into a Speaker.

    ``previous`` is the last resolved speaker before ``at`` (for pronouns and ``-nya`` cues).
    """
    lex = entities.lex
    written = _clean_phrase(phrase)
    if not written:
        return UNKNOWN
    low = written.lower()
    refers = lex.pronouns.get(low)
    if refers is not None:
        if refers == "person":
            if previous is not None and previous.type == "person" and previous.name:
                return Speaker(written, previous.name, "person", previous.role, previous.code)
            person = entities.last_person(at)
            if person is not None:
                return Speaker(written, person.name, "person", person.role, person.code)
            return Speaker(written, None, "unknown")
        return Speaker(written, _group_antecedent(entities, at) or written, "group")
    words = written.replace(",", " ").split()
    if len(words) > 1 and words[0].lower() in {"sang", "si"}:
        words = words[1:]
        written = " ".join(words)
    cut = name_suffix(words, lex)
    name_words = words[cut:]
    role_text = " ".join(words[:cut]) or None
    actor_whole = lex.actors.get(actor_key(written)) or lex.actors.get(low)
    if actor_whole is not None and not name_words:
        return Speaker(written, written, actor_whole.type, None, actor_whole.code)
    lone_word = len(name_words) == 1 and entities.fullest(name_words[0], at) is None
    if lone_word and not entities.known_token(name_words[0]):
        if role_text is None:
            return Speaker(written, None, "unknown")  # "Pertemuan ...": a capitalised word, not a person
        name_words = []  # "Menteri Agraria": a title and an office word, no name
    if name_words and (role_text is None or match_title(words[:cut], lex) or _has_title(words[:cut], lex)):
        name = " ".join(name_words)
        person = entities.fullest(name, at)
        full = person.name if person else name
        role = role_text or (person.role if person else None)
        actor = actor_in(role, lex) if role else None
        code = actor.code if actor else (person.code if person else None)
        return Speaker(written, full, "person", role, code)
    # a description without a name: "juru bicara senior pemerintah", "media pemerintah"
    if _has_title(words, lex):
        full, person = entities.expand_role(written)
        if person is not None:
            actor = actor_in(person.role or full, lex)
            return Speaker(written, person.name, "person", person.role or full, actor.code if actor else person.code)
        written_full = full
    else:
        written_full = written
    actor = actor_in(written_full, lex)
    first = words[0].lower()
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        kind = "organization"  # an unlisted acronym as a subject: "KCNA mewartakan ..."
    elif first in GROUP_OPENERS:
        kind = "group"
    elif first in ORG_HEADS:
        kind = "organization"
    elif _has_title(words, lex):
        kind = "person"
    elif actor is not None:
        kind = actor.type
    else:
        kind = "unknown"
    role = written_full if kind == "person" else None
    return Speaker(written, written_full, kind, role, actor.code if actor else None)


def _has_title(words: list[str], lex: Lexicon) -> bool:
    return any(match_title(words[i:], lex) for i in range(len(words)))


GROUP_PAIR = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) dan (istrinya|suaminya|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")


def _group_antecedent(entities: Entities, at: int) -> str | None:
    """The last "X dan Y" pair of names before ``at`` ("Maduro dan istrinya")."""
    window = entities.body[max(0, at - 600) : at]
    best = None
    for m in GROUP_PAIR.finditer(window):
        head = m.group(1).split()
        cut = name_suffix(head, entities.lex)
        if cut < len(head):
            best = " ".join(head[cut:]) + " dan " + m.group(2)
    return best
