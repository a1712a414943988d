"""One analysed article: paragraphs, sentences, tokens, quotations and typed mentions, built once.

Like spaCy's ``Doc``, a ``Document`` is made once per article and every rule reads from it: the
statement rules take their sentences, quotations and cue words from it, and speakers, holders and
targets are resolved against its mentions instead of being cut out of raw text.

Mentions (all offsets into ``body``, end exclusive, with the rule that made them):
- ``person`` / ``organization`` / ``place``: names found by the name tagger (``ner.py``), person names
  with their title or office removed (kept as the person's ``role``);
- ``state`` / ``organization`` with an actor code: names and aliases from ``actors.tsv``.
A person's later short mentions (a surname, a given name) and pronouns are resolved to the fullest
name by ``fullest`` and by the speaker rules (``mentions.resolve``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, wraps
from typing import Any, TypeVar

from tasks.clean import agency_names
from tasks.extract import ner
from tasks.extract.lang import Lexicon, actor_key
from tasks.extract.names import NameFinder, in_heading, initials_of
from tasks.extract.text import (
    Quote,
    WordIndex,
    opens_with_quote,
    paragraph_spans,
    quotes_in_paragraph,
    sentence_spans,
)
from tasks.extract.vocab import (
    COMPANY_PREFIXES,
    DEMONSTRATIVES,
    GENERATIONS,
    MODALS,
    NAME_NOTE,
    NEGATIONS,
    ONE_OF,
    ONE_OF_WORDS,
    SAYING_SO,
    actor_in,
    common_shape,
    full_title_words,
    has_title,
    lexicon_word,
    match_title,
    name_suffix,
    national_post,
    noun_shape,
    organization_codes,
    role_actor,
    speech_words,
    state_code,
    title_kind,
)

log = logging.getLogger(__name__)


@cache
def _closing_words(lex: Lexicon) -> frozenset[str]:
    """Words after which a misplaced quotation mark closes ('..., "kata X', '..., "demikian pernyataan X')."""
    return lex.quote_cues | SAYING_SO

T = TypeVar("T")

# States whose names are written family name first in news copy (Chinese, Korean, Vietnamese and
# Khmer names): the first word of such a full name is what an article repeats ("Xi", "Kim").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM"})
# The states whose people an article names by their given name, which opens the name: Thai names
# ("Paetongtarn" for Paetongtarn Shinawatra). Not a family name written first: "Kim" may be another Kim the
# article names only so (a deputy envoy speaking beside "Kim Jong Un")
NAMED_BY_FIRST_WORD = frozenset({"THA"})
# between a full name and the name the person goes by: "Saifullah Yusuf atau (yang akrab disapa) Gus Ipul", "alias"
ALIAS_BETWEEN = re.compile(
    r",?\s+(?:atau|alias)(?:\s+(?:yang\s+)?(?:(?:akrab|biasa|lebih|juga)\s+)?(?:disapa|dipanggil|dikenal)(?:\s+dengan)?)?\s+"
    r"(?:[A-Z][a-z]+\s+)?"  # an honorific before the name it opens ("Mbak Tika"), no part of the tagged name
)
STORY_STATE_MENTIONS = 8  # how often a story names the one other state it is about, at the least (and 3x any other)
# what stands between two officials listed one after the other: "X dan | Y", "X, | Y", "X, serta | Y"
LISTED_NEXT = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")


def per_people_known(method: Callable[..., T]) -> Callable[..., T]:
    """Memoise a ``Document`` method by its arguments until a person is added: what it reads of the
    article's people (people are only ever added, so their count versions the answers; the answers of
    an older count are dropped)."""

    @wraps(method)
    def memoised(self: Document, *args: Any) -> T:
        known = self._answers.get(method.__name__)
        if known is None or known[0] != len(self.people):
            known = self._answers[method.__name__] = (len(self.people), {})
        if args not in known[1]:
            known[1][args] = method(self, *args)
        return known[1][args]

    return memoised


WORD_BEFORE_NAME = re.compile(r"(?:^|\s)(\S+) $")  # the word written right before a name, then one space
# a phrase set off by a comma before a sentence's first person, its subject: "Awalnya, | Rina ..."
FRONTED_BEFORE_SUBJECT = re.compile(r",\s+$")
# "tangis Bunga": a name written inside a sentence (not a line's first word after a heading)
AFTER_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*,?[ \t]+([A-Z][\w'’-]*)")
# "Hari, salah satu wali murid": a description set off after a name
SET_OFF_DESCRIPTION = re.compile(rf"\b([A-Z][\w'’-]*),\s+(?:(?:{ONE_OF_WORDS})\s+)?([a-z]+)")

ROLE_CONNECTORS = frozenset({"untuk", "urusan", "dari", "bidang", "pada", "di"})
FORMER_WORDS = frozenset({"mantan", "eks", "bekas"})  # a former holder's word before a title
ABBREVIATED_TITLES = re.compile(r"(?:\b[A-Za-z]{1,4}\. ?)+$")  # "Dr. ", "Prof. Dr. ", "H. " right before a name
# characters read back from a name for its title ("Duta Besar X untuk Perserikatan Bangsa-Bangsa (PBB), Y")
ROLE_WINDOW = 160
# the most words of an office set off before a name when all its lower-case words join its parts ("Kabid
# Pemadam Kebakaran dan Penyelamatan Dinas Damkar Kota Bogor, X"); a phrase with other lower-case words
# that long is a clause, not a role ("Keluarga X juga menyiapkan gugatan terhadap tokoh ..., Y"); two posts
# joined by "sekaligus" run to 14 words ("Menteri X dan Y sekaligus Kepala Badan Z dan W Nasional (ZWN), V")
LONG_ROLE = 16
# capitalised words before an English job title ("Area | Manager", "Fire Operation Management | Head")
MAX_QUALIFIERS = 3
# the last word of the English job titles business copy writes in English word order (titles.tsv lists them)
ENGLISH_JOB_HEADS = frozenset({"manager", "director", "head", "officer", "president", "lead", "executive"})
PARTIAL_WORD = re.compile(r"^[\w'’-]+")  # the end of a word a window of text opens inside
# a role set off after a name (and its age or note in brackets, if any) by a comma or "selaku", up to the phrase's
# end: "Budi (46), dosen", "Hermawan selaku Managing Director X"
ROLE_SET_OFF_AFTER = re.compile(rf"(?:\s*{NAME_NOTE})?(?:,|\s+selaku)\s+([^,.;:!?\n\"“”()]{{2,120}})")
NAMED_WITH_BACK = 3000  # characters before an institution's bare name where it was named with its state
OFFICE_JOINS = ROLE_CONNECTORS | {"dan", "serta", "sekaligus", "mantan", "&", "of", "and"}
# an office's name listing its fields before a name: "Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) "
OFFICE_WORDS_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z(][\w'’()-]*)*"  # capitalised words, a short form in brackets among them
LISTED_OFFICE_BEFORE = re.compile(
    rf"({OFFICE_WORDS_RUN})(?:,\s*{OFFICE_WORDS_RUN})+,?\s+dan\s+{OFFICE_WORDS_RUN}\s+$"
)
ORDINAL = re.compile(r"ke-?\d{1,3}")  # "ke-7", "ke2": an office's numbered holder
# "Pemerintah AS | di bawah kepemimpinan Presiden | X": the state or body before it is the one X leads
LED_BY = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+di\s+bawah\s+(?:kepemimpinan|pimpinan|pemerintahan)\s+(?:[A-Z][\w.-]*\s+){0,4}$"
)
# a list of political parties opened by "Partai ...": the acronyms in it are parties' ("Partai Demokrat, PAN, PBB")
PARTY_LIST = re.compile(r"\bPartai(?: [A-Z][\w-]*)+(?:,? (?:dan )?[A-Z][\w-]*)*,? (?:dan )?$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str  # person | organization | place | state
    code: str | None
    rule: str  # "names" (the tagger), "actors" (the lexicon) or "party" (an acronym in a list of parties)


@dataclass
class Person:
    name: str
    start: int
    role: str | None = None
    code: str | None = None
    tokens: tuple[str, ...] = field(default=())


@cache
def _cue_words(lex: Lexicon) -> frozenset[str]:
    """The language's words of saying, also those that report only before a comma (read once)."""
    return speech_words(lex) | lex.comma_verbs


def _particles_low(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with their name particles in lower case ("Van Kempen" -> "van Kempen")."""
    return tuple(w.lower() if w.lower() in ner.PARTICLES else w for w in words)


# a given name's last syllable after a hyphen written with spaces, as ANTARA writes them: "Kim Jong - un"
SPACED_SYLLABLE = re.compile(r" - ([a-z]{1,5})(?![\w-])")


class Document(NameFinder):
    """An article analysed once: every extraction rule reads from this object."""

    def __init__(self, body: str, lex: Lexicon, dateline: str | None = None) -> None:
        self.body = body
        self.lex = lex
        self.dateline = dateline  # where the article was filed ("Jakarta"), when its metadata says
        self.words = WordIndex(body)
        self.paragraphs = paragraph_spans(body)
        self.sentences: list[tuple[int, int, int]] = [
            (s, e, i)
            for i, (ps, pe) in enumerate(self.paragraphs)
            for s, e in sentence_spans(body, ps, pe, lex.abbreviations)
        ]
        self._sentence_starts = [s for s, _, _ in self.sentences]
        self.quotes: list[list[Quote]] = []
        for i, (ps, pe) in enumerate(self.paragraphs):
            nxt = self.paragraphs[i + 1] if i + 1 < len(self.paragraphs) else None
            next_opens = nxt is not None and opens_with_quote(body, *nxt)
            self.quotes.append(quotes_in_paragraph(body, ps, pe, next_opens, _closing_words(lex)))
        self.mentions: list[Mention] = []
        self.people: list[Person] = []
        self._fullest: dict[tuple[str, int], Person | None] = {}  # (name, people known) -> answer
        self._counts: Counter[str] | None = None
        self._aliases: dict[str, Person] = {}  # a short name given in brackets after a full one
        self._mention_starts: list[int] = []  # the mentions' starts, once they are sorted
        self._titled: dict[str, list[Person]] = {}  # the word before a person's name, and its first word
        self._family_at: dict[str, int] = {}  # where a family name first closed a name of several words
        self._named_with: dict[str, list[tuple[int, str]]] = {}  # see ``state_named_with``
        self._answers: dict[str, tuple[int, dict[tuple[Any, ...], Any]]] = {}  # see per_people_known
        self._named_inside: set[str] | None = None  # capitalised words written as names inside sentences
        self._story_codes: list[str | None] = []  # the states the story is set in (``_find_names``)
        self.home_story = True  # until the names are all found: a story about the home state (``_find_names``)
        self._find_names()

    # ------------------------------------------------------------ look-ups
    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i][0], self.sentences[i][1]
        for ps, pe in self.paragraphs:
            if ps <= pos <= pe:
                return ps, pe
        return pos, pos

    def mentions_in(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        starts = self._mention_starts
        if len(starts) == len(self.mentions):  # sorted once the names are found: look up the range
            candidates = self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]
        else:
            candidates = self.mentions
        return [m for m in candidates if start <= m.start and m.end <= end and (kind is None or m.type == kind)]

    @per_people_known
    def code_of(self, name: str) -> str | None:
        """The state code of a person: a state named in any of their roles in the article wins over
        the home state given to an unplaced official ("Presiden Nicolas Maduro" after "Presiden
        Venezuela Nicolas Maduro")."""
        coded = self.stated_code(name)
        if coded is not None:
            return coded
        full = self.fullest(name)
        target = full.name if full else name
        mine = self._people_by_fullest().get(target, [])
        if self.home_story or self.home_by_contrast(target) or self.home_cabinet_abroad(target):
            return next((c for p in mine if (c := state_code(p.role, self.lex))), None)
        if self.story_state:  # unplaced in a story about one other state: that state's
            return next((c for p in mine if (c := state_code(p.role, self.lex, unplaced=self.story_state))), None)
        return None

    @cached_property
    def story_state(self) -> str | None:
        """The one state a story about another state is about, when the article never names the home state
        and names that one at least eight times and three times as often as any other ("Presiden X" in a
        story naming the United States a dozen times): its unplaced officials serve it."""
        if self.home_story or self.home_named or self._home_institution_named:
            return None
        ranked = Counter(c for c in self._story_codes if c).most_common(2)  # as ``home_story`` counts them
        filed = self._dateline_state
        if filed is not None and (not ranked or ranked[0][0] == filed):
            return filed  # "LONDON - ... Menteri Perhubungan X": filed from the state the story names most, or alone
        if not ranked or ranked[0][1] < STORY_STATE_MENTIONS or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
            return None
        return ranked[0][0]

    @cached_property
    def _dateline_state(self) -> str | None:
        """The state other than the home state whose capital the article's dateline names ("LONDON"), if any."""
        actor = self.lex.actor(self.dateline) if self.dateline else None
        if actor is None or actor.type != "country" or actor.code == self.lex.home_code:
            return None
        return actor.code

    @cached_property
    def _home_institution_named(self) -> bool:
        """Whether the article names one of the home state's institutions (a ministry, "KBRI"):
        its own officials may be in a story about another state."""
        return self._writes_a_name_of((self.lex.home_institutions - self.lex.home_authorities) | self.lex.home_abroad)

    def _writes_a_name_of(self, words: frozenset[str]) -> bool:
        """Whether the article writes one of ``words`` (lower-case keys) capitalised, as a name."""
        return any(w in words and self.body[s].isupper() for s, _, w in self.words.items)

    @cached_property
    def home_placed(self) -> bool:
        """Whether the article names the home state, one of its regions or cities, or one of its institutions
        written as a name ("Polrestabes Medan", "KPK"): an act of authorities with no agent named is then the
        home state's; a story naming none of them (a Korean singer's trial) leaves the authority unknown."""
        return self.home_named or self._writes_a_name_of(self.lex.home_institutions)

    @per_people_known
    def stated_code(self, name: str) -> str | None:
        """The state code one of the person's mentions states: a state in a role ("Presiden Venezuela"), a
        home institution ("Hakim PN Medan"), or the state they are said to lead (``LED_BY``)."""
        full = self.fullest(name)
        mine = self._people_by_fullest().get(full.name if full else name, [])
        named = [a.code for p in mine if p.role and (a := role_actor(p.role, self.lex)) is not None]
        coded = named[0] if named else next((p.code for p in mine if p.code), None)
        coded = coded or next((c for p in mine if (c := self._leader_of(p.start))), None)
        if coded is None and not self.home_story:
            coded = next((c for p in mine if (c := self._listed_with_a_state(p))), None)
        return coded

    def _listed_with_a_state(self, person: Person) -> str | None:
        """In a story about other states, the state of the official listed right before ``person`` with
        another office: "Menteri Keuangan Israel X dan | Menteri Keamanan Nasional Y" both serve Israel (the
        same office with a state named is a contrast instead: ``home_by_contrast``)."""
        role, lex = person.role, self.lex
        if not role or not match_title(role.split(), lex) or role_actor(role, lex) is not None:
            return None
        role_at = self.body.rfind(role, max(0, person.start - len(role) - 4), person.start)
        i = bisect_left(self.people, role_at, key=lambda p: p.start) - 1  # the last person before the role
        if i < 0:
            return None
        before = self.people[i]
        if not before.role or not LISTED_NEXT.fullmatch(self.body, before.start + len(before.name), role_at):
            return None
        actor = role_actor(before.role, lex)
        same_office = before.role.lower().startswith(role.lower() + " ")
        return actor.code if actor is not None and actor.type == "country" and not same_office else None

    @per_people_known
    def home_by_contrast(self, name: str) -> bool:
        """Whether a person with an unplaced office is the home state's official in a story about another
        state, because the same sentence gives a holder of the same title a foreign state: "Presiden
        Prabowo Subianto dan Presiden Rusia Vladimir Putin" (the outlet names other states, not its own);
        anywhere in the article when it names the home state ("... tarif AS untuk Indonesia")."""
        lex = self.lex
        for p in self.people:
            if not p.role or (self.fullest(p.name) or p).name != name or role_actor(p.role, lex) is not None:
                continue
            words = p.role.split()
            n = match_title(words, lex)
            if not n or lex.titles.get(" ".join(words[:n]).lower()) != "office":
                continue
            start, end = (0, len(self.body)) if self.home_named else self.sentence_of(p.start)
            office = p.role.lower() + " "
            for q in self.people:
                if q is p or not start <= q.start < end or not (q.role or "").lower().startswith(office):
                    continue
                # the same office, then a state's name ("Menteri Pemuda dan Olahraga | Republik X")
                other = role_actor(q.role[len(office) :].strip(), lex)
                if other is not None and other.type == "country" and other.code != lex.home_code:
                    return True
        return False

    def home_cabinet_abroad(self, name: str) -> bool:
        """Whether a person with an unplaced national post (``vocab.national_post``: "Presiden X", "Menlu Y")
        is the home state's in a story about other states, because the article names the home state and
        places another state's officials by their state ("Perdana Menteri Inggris Z") or was filed at home
        (its dateline, "Jakarta"): an outlet names its own president and ministers without their state, never
        a foreign one's (the home president thanked by the British prime minister in a story about the UK)."""
        if not self.home_named or not (self._foreign_official_placed() or self._home_dateline):
            return False
        return any(
            p.role and role_actor(p.role, self.lex) is None and national_post(p.role, self.lex)
            for p in self._people_by_fullest().get(name, [])
        )

    @cached_property
    def _home_dateline(self) -> bool:
        """Whether the article's dateline is a place in the home state ("Jakarta (ANTARA News) - ": its
        capital, or one of its regions' names)."""
        if not self.dateline:
            return False
        actor = self.lex.actor(self.dateline)
        return (actor is not None and actor.code == self.lex.home_code) or self.dateline.lower() in self.lex.regions

    @per_people_known
    def _foreign_official_placed(self) -> bool:
        """Whether some person's role names another state than the home state (read once per people known)."""
        lex = self.lex
        return any(
            p.role and (a := role_actor(p.role, lex)) is not None and a.type == "country" and a.code != lex.home_code
            for p in self.people
        )

    def person_at(self, start: int) -> Person | None:
        return self._people_at().get(start)

    @per_people_known
    def _people_at(self) -> dict[int, Person]:
        """The first person named at each offset (read once per people known)."""
        out: dict[int, Person] = {}
        for p in self.people:
            out.setdefault(p.start, p)
        return out

    @per_people_known
    def _people_by_fullest(self) -> dict[str, list[Person]]:
        """The people under the fullest name each goes by in the article (read once per people known)."""
        out: dict[str, list[Person]] = {}
        for p in self.people:
            out.setdefault((self.fullest(p.name) or p).name, []).append(p)
        return out

    def person_in(self, start: int, end: int) -> Person | None:
        """The last person named inside ``body[start:end]`` (the head of an attribution), but not a short
        name in brackets right after a name ("Sri Wulandari (Wulan)": the name before it), nor a name the
        person goes by after their full name ("Saifullah Yusuf atau Gus Ipul", "... alias Tom Lembong")."""
        found = [p for p in self.people if start <= p.start and p.start + len(p.name) <= end]
        found.sort(key=lambda p: p.start)
        while len(found) > 1 and (
            self.body[found[-2].start + len(found[-2].name) : found[-1].start] in (" (", "(")
            or ALIAS_BETWEEN.fullmatch(self.body, found[-2].start + len(found[-2].name), found[-1].start)
        ):
            found.pop()
        return found[-1] if found else None

    def is_common_word(self, low: str) -> bool:
        """Whether the article also writes this word in lower case (a common word, not a name)."""
        return low in self._lower_words

    def is_lexicon_word(self, word: str) -> bool:
        """A word some lexicon knows (``vocab.lexicon_word``) or a cue word: never the first word of a person's name."""
        low = word.lower()
        return low in self.lex.quote_cues or low in self.lex.report_verbs or lexicon_word(word, self.lex)

    def _add_name(self, start: int, end: int, kind: str) -> None:
        text = self.body[start:end]
        actor = self.lex.actor(text)
        organization = actor is not None and actor.type == "organization"
        if organization and PARTY_LIST.search(self.body, max(0, start - 80), start):
            # "diusung Partai Demokrat, PAN, PKB, PBB": a party's acronym, not the UN's
            self.mentions.append(Mention(start, end, "organization", None, "party"))
            return
        if actor is not None and (start, end) not in self.initials_at:  # (not the suspect "AS (23)")
            kind = "state" if actor.type == "country" else "organization"
            self.mentions.append(Mention(start, end, kind, actor.code, "actors"))
            return
        tail = self._organisation_closing(start, end) if kind == "person" else None
        if tail is not None:
            # "Cabang | Nahdlatul Ulama", "Grup | Petronas", "Laporan | Bloomberg": a run the tagger read as a
            # person closing with an organisation's name is that organisation, described
            self._add_name(tail, end, "organization")
            return
        syllable = SPACED_SYLLABLE.match(self.body, end) if kind == "person" else None
        # (a syllable that is also a common word only after a name of short syllables: "Lee Gil - ya", "Han Ji -
        # sang"; not "Robert De Niro - yang ...")
        syllables = len(text.split()) > 1 and all(len(w) <= 4 for w in text.split())
        if syllable is not None and (syllables or syllable.group(1) not in self.lex.common_words):
            end = syllable.end()  # "Kim Jong - un", "Cho Tae - yong": a hyphen set apart inside a given name
            text = self.body[start:end]
        self.mentions.append(Mention(start, end, kind, None, "names"))
        if kind != "person":
            return
        name = text.rstrip(".")
        role = self._role_before(start)
        if role is not None and all(w.lower() in self.lex.familiar for w in role.split()):
            role = None  # "Bang Arya Sinulingga" in a quotation: how he is addressed, no role of his
        person = Person(name, start, role, state_code(role, self.lex, officials=False), tuple(name.split()))
        self.people.append(person)
        self._index_titled(person)
        if len(person.tokens) > 1:
            self._family_at.setdefault(person.tokens[-1], start)

    def role_after(self, name_end: int) -> str | None:
        """The title phrase set off right after a name ("Budi Santoso, Kepala Dinas Pendidikan X, mengatakan",
        "Hermawan selaku Managing Director Vidio"), up to the phrase's end, a verb of saying, a circumstance
        or a word pointing back; none when a clause goes on after the comma (a verb, an adverb, a negation:
        "Menurut Ida, aparat kepolisian menjatuhkan ..."): the speaker's role for the output only. States'
        codes are never read from it (a vet "di Jakarta", the head of "Energy UK", a think tank "in Sanaa"
        serve no state: CHANGELOG, "Tried and left out (twentieth night)")."""
        m = ROLE_SET_OFF_AFTER.match(self.body, name_end)
        if m is None:
            return None
        lex, words = self.lex, []
        cues = _cue_words(lex)
        for w in m.group(1).split():
            low = w.lower()
            verb = w.islower() and ner.ACTIVE_VERB.match(low) and low not in lex.titles and low not in lex.title_words
            clause = low in MODALS or low in NEGATIONS or low in ("bisa", "dapat", "harus", "adalah", "merupakan")
            if (verb and low not in cues) or clause:
                return None  # a clause after the comma, no role: "Menurut Lita, masyarakat justru fokus ..."
            if low in lex.circumstances or low in DEMONSTRATIVES or low in cues:
                break
            if low.endswith("nya") and words:
                break  # "warga Tangerang dan | anaknya X": someone else's relation joined to the role
            words.append(w)
        while words and words[-1].lower() in ("dan", "serta", "atau"):
            words.pop()
        titled = match_title(words, lex) or _described_as_one(words) or self._modified_title(words)
        if not 0 < len(words) <= LONG_ROLE or not titled:
            return None
        return " ".join(words)

    @per_people_known
    def described_role(self, name: str) -> str | None:
        """The role set off after the first of ``name``'s mentions written without a role before it (read only
        for a speaker who has no role: most have one)."""
        mine = (p for p in self.people if p.role is None and (self.fullest(p.name) or p).name == name)
        return next((role for p in mine if (role := self.role_after(p.start + len(p.name)))), None)

    def _leader_of(self, name_start: int) -> str | None:
        """The code of the state or coded body a person is said to lead right before the name: "Pemerintah
        Amerika Serikat (AS) di bawah kepemimpinan Presiden X" (USA), "Indonesia di bawah pemerintahan X"."""
        led = LED_BY.search(self.body, max(0, name_start - 90), name_start)
        if led is None:
            return None
        i = bisect_right(self._mention_starts, led.start()) - 1  # the mentions are sorted by now
        while i >= 0 and self.mentions[i].end > led.start():
            i -= 1
        last = self.mentions[i] if i >= 0 else None
        return last.code if last is not None and last.end == led.start() else None

    def _organisation_closing(self, start: int, end: int) -> int | None:
        """Where an organisation's name (``actors.tsv``) closing the words ``body[start:end]`` starts, after
        at least one word, if it does."""
        at = start
        while (space := self.body.find(" ", at, end)) != -1:
            at = space + 1
            actor = self.lex.actor(self.body[at:end])
            if actor is not None and actor.type == "organization":
                return at
        return None

    def _role_before(self, name_start: int) -> str | None:
        """The title phrase right before a name ("Menteri Luar Negeri Venezuela"), if any."""
        window = self._words_before(name_start, ROLE_WINDOW)
        abbreviated = ABBREVIATED_TITLES.search(window) if window.endswith((". ", ".")) else None
        if abbreviated is not None and all(t.lower() in self.lex.titles for t in abbreviated.group().split(".")[:-1]):
            # "Perwakilan WHO untuk Indonesia, Dr. | N. Paranietharan": a title's full stop ends no phrase
            window = window[: abbreviated.start()] + abbreviated.group().replace(".", "")
        parts = re.split(r"[.,;:\"“”\n]", window)
        words = parts[-1].split()
        listed = self._listed_office(window)
        if listed is not None:
            words = listed  # "Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) | Taufiek ..."
        if not words and (len(parts) > 2 or name_start <= ROLE_WINDOW) and window.rstrip().endswith(","):
            set_off = parts[-2].split()  # "Kiper tim tamu, Joni Saputra": a role set off before the name
            if len(set_off) > 1 and set_off[0].lower() in FORMER_WORDS:
                set_off = set_off[1:]  # "Mantan kapten timnas Brasil, X": the role, as "Mantan Presiden X" gives it
            while len(set_off) > 1 and set_off[0][:1].isupper() and _plain_opener(set_off[0], self.lex):
                # "Sementara CEO JPMorgan, X": the word opening the sentence is no role's (not "Sebagai pemimpin
                # ..., X": as what the person acts, no title)
                set_off = set_off[1:]
            first = self.body[name_start : name_start + 12].split(" ")[0].rstrip(",")
            # not "Olivia, S.Gz" (a degree read as the name); "Wali Kota X, M. Anwar" opens with an initial
            degree = ner.DEGREE.match(first) and ner.INITIAL.match(first) is None
            # up to eight words, or longer with only an office's joining words in lower case ("Kepala Balai
            # Penyelidikan dan Pengembangan Teknologi ... (X), Y")
            # or any words, when the role opens its sentence ("Peneliti botani fitokimia dari Badan Riset dan Inovasi
            # Nasional (BRIN), X, mengatakan": nothing else the words before the name could be)
            long_fits = len(set_off) <= LONG_ROLE and (
                office_words_only(set_off) or _opens_its_sentence(window, parts[-2], set_off, name_start)
            )
            fits = 0 < len(set_off) <= 8 or long_fits
            titled = match_title(set_off, self.lex) or _described_as_one(set_off) or self._modified_title(set_off)
            if fits and titled and not degree:
                if len(set_off) > 1 and set_off[-1].lower() in OTHER_WORDS:
                    set_off = set_off[:-1]  # "personel lainnya, X": one of the band, whose role is "personel"
                return " ".join(set_off)  # (also "Seorang pengendara roda dua, X")
            if set_off and not degree:
                # "disambut oleh Presiden Norwegia, X", "oleh Perdana Menteri (PM) Kanada, X", "Duta Besar Norwegia
                # untuk PBB, X": a state's or an international body's office closing the clause before the comma
                # is the role of the name set off after it (an office, not a group or a profession: "kecaman
                # warganet Jepang, X" is no role of X's); so is a regional office closing with its region
                # ("memanggil Bupati Sleman, X")
                role = self._trailing_role(set_off, name_start)
                if role is not None and title_kind(role.split(), self.lex) == "office" and (
                    self._names_actor(set_off[-1]) or self._names_region(set_off[-1]) or self._state_office(role)
                ):
                    return role
        return self._trailing_role(words, name_start)

    def _modified_title(self, words: list[str]) -> bool:
        """Whether a job title in English word order opens ``words``: capitalised words qualifying a title of a
        profession after them ("Project Manager ...", "Area Manager Communications ...", "Training Director ...")."""
        for k in range(1, min(len(words), MAX_QUALIFIERS + 1)):
            word = words[k - 1]
            if not word[:1].isupper() or common_shape(word) or word.lower() in self.lex.openers:
                return False  # (not "Menurut | Head of Research X": a verb's or a noun's Indonesian shape, an opener)
            n = match_title(words[k:], self.lex)
            if n:  # an English title only ("Project Manager"): Indonesian ones put what qualifies them after
                return words[k + n - 1].lower() in ENGLISH_JOB_HEADS
        return False

    def _state_office(self, role: str) -> bool:
        """Whether ``role`` is an office a state's code goes with, the home state's or another's ("Kepala Biro Humas
        Kementerian ATR/BPN"), written as a title, not a common noun ("Dalam dakwaan jaksa, X": the prosecutors'
        charge, not X's post), and holding no person's name ("Presiden RI X", in "Adik Presiden RI X, Y")."""
        if not role[:1].isupper() or state_code(role, self.lex, officials=False) is None:
            return False
        return not any(len(p.tokens) > 1 and p.name in role for p in self.people)

    def _trailing_role(self, words: list[str], name_start: int) -> str | None:
        """The title phrase closing ``words`` (the words right before a name): back over the words an
        office's name is made of, then from its first title."""
        lex = self.lex
        i = len(words)
        while i > 0:
            w = words[i - 1].strip("()")
            low = w.lower()
            if (
                low in lex.office_words
                or low in ROLE_CONNECTORS
                or low in lex.titles
                or low in lex.title_words
                or actor_key(w) in lex.actors
                or (w[:1].isupper() and low not in lex.pronouns)
                or (low == "dan" and _joins_an_office_name(words, i - 1, lex))
                or ORDINAL.fullmatch(low) is not None  # "Presiden ke-7 RI": which holder of the office
            ):
                i -= 1  # "Menteri Pemuda dan Olahraga": "dan" inside an office's name, not before a second title
            else:
                break
        role_words = words[i:]
        while role_words and role_words[0].lower() in ROLE_CONNECTORS:
            role_words = role_words[1:]
        for j in range(len(role_words)):
            if match_title(role_words[j:], lex):
                role = " ".join(role_words[j:])
                kind = title_kind(role_words[j:], lex)
                return self._office_before_rank(name_start, role) if kind in ("rank", "honorific") else role
        return None

    def _listed_office(self, window: str) -> list[str] | None:
        """The words of an office whose name lists its fields with commas and "dan", right before a name:
        "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat DJP | Rosmauli" (the title opens the list)."""
        if " dan " not in window or "," not in window:
            return None  # (read only where a list can stand: most windows hold none)
        m = LISTED_OFFICE_BEFORE.search(window)
        if m is None or not match_title(m.group(1).split()[:2], self.lex):
            return None
        return m.group().replace(",", "").split()

    def _office_before_rank(self, name_start: int, rank: str) -> str:
        """A rank or an honorific set off after an office names the office's holder: "Kapolres Karimun,
        AKBP Robby ..." gives the role "Kapolres Karimun, AKBP", "Perdana Menteri Inggris, Sir Keir ..."
        the role "Perdana Menteri Inggris, Sir"."""
        at = self.body.rfind(rank, max(0, name_start - 90), name_start)
        before = re.split(r"[.;:\"“”\n]", self._words_before(at, 80))[-1]
        m = re.search(r"(?:^|,)\s*([^,]+),\s*$", before)
        if at < 0 or m is None or not has_title(m.group(1).split(), self.lex):
            return rank
        office = self._without_lead(m.group(1).split()).split()
        # the office starts after the last verb of the clause it closes ("Hal itu disampaikan Ara usai bertemu |
        # Rektor Unpad, Prof X")
        verbs = [j + 1 for j, w in enumerate(office[:-1]) if ner.ACTIVE_VERB.match(w)]
        start = verbs[-1] if verbs and match_title(office[verbs[-1] :], self.lex) else 0
        return f"{' '.join(office[start:])}, {rank}"

    def _words_before(self, end: int, width: int) -> str:
        """Up to ``width`` characters of text before ``end``, without the end of a word they would cut
        ("... spesia|lis bedah ortopedi ...")."""
        start = max(0, end - width)
        text = self.body[start:end]
        return PARTIAL_WORD.sub("", text, count=1) if start and self.body[start - 1].isalnum() else text

    def _without_lead(self, words: list[str]) -> str:
        """An office without the words of the sentence before it: a cue, "menurut" or an opener ('"...," ujar
        Kasi Humas X', "Sementara Kasat Samapta X", "Menurut dokter X") or a passive agent's lead
        ("Kabar tersebut disampaikan oleh Kasie Humas X")."""
        lex = self.lex
        said = speech_words(lex)
        # (and a report's lead: "Dia menambahkan bahwa Perdana Menteri Inggris, Sir ...")
        lead = {"oleh", "bahwa"} | lex.passive_verbs | said
        agent = [j + 1 for j, w in enumerate(words[:-1]) if w.lower() in lead]
        k = agent[-1] if agent else 0
        while k < len(words) - 1 and (
            words[k].lower() in said or words[k].lower() in lex.openers or words[k].lower() == "menurut"
        ):
            k += 1
        return " ".join(words[k:])

    def initials_of(self, word: str) -> Person | None:
        """The person whose initials the article gave in brackets after the full name ("Jusuf Kalla
        (JK)"), for a later "JK" alone; or the person the article names by initials only ("seorang ibu
        berinisial SL (33)", "IK menjelaskan" after "berinisial IK")."""
        if not (word.isupper() and 2 <= len(word) <= 4 and word.isalpha()):
            return None
        person = self._aliases.get(word)
        if person is not None:
            return self.fullest(person.name) or person
        given = [s for s, e in self.initials_at if self.body[s:e] == word]  # "berinisial SL": read with the names
        if given:
            return Person(word, min(given), None, None, (word,))
        if self.lex.actor(word) is None and word.lower() not in self.lex.home_institutions:
            return self.person_by_initials(word)  # "tegas KDM" after "Dedi Mulyadi": no brackets needed
        return None

    def fullest(self, name: str, before: int | None = None) -> Person | None:
        """The longest person name in the article ending with ``name`` (a family name), else the
        longest one starting with it (Indonesian copy often shortens "Siti Rohani" to "Siti")."""
        key = (name, len(self.people))  # people are only ever added: their count versions the answer
        if key not in self._fullest:
            found = self._find_fullest(name)
            if found is not None and found.name != name:
                # "Arif" for "Muhammad Arif", itself written short for "Muhammad Arif Anwar" named before:
                # the name the shorter one stands for, when it opens with it (one step: not a longer name that
                # ends with it, which the first look-up had the chance to take)
                longer = self._find_fullest(found.name)
                if longer is not None and longer.tokens[: len(found.tokens)] == found.tokens:
                    found = longer
            self._fullest[key] = found
        return self._fullest[key]

    @per_people_known
    def _named_plainly(self) -> list[Person]:
        """The people not named by a nickname ("Kak Richard"), read once per people known."""
        return [p for p in self.people if not self.is_nickname(p.tokens)]

    def _find_fullest(self, name: str) -> Person | None:
        if name in self._aliases:
            return self._aliases[name]  # "Joko Widodo (Jokowi)": the name in brackets is his, not "Iriana Jokowi"'s
        want = tuple(name.split())
        if self.is_nickname(want):
            # "Cak Eri" is Eri Cahyadi when the article names him in full; else the name he goes by
            full = self._find_fullest(want[1])
            return full if full is not None and len(full.tokens) > 1 else None
        n = len(want)
        # the people not named by a nickname ("Richard" is not "Kak Richard"), in order, by a word of their name
        ending, opening = self._by_end_word(), self._by_first_word()
        found = [p for p in ending.get(want[-1], ()) if len(p.tokens) > n and p.tokens[-n:] == want]
        if not found and n > 1 and want[0].lower() in ner.PARTICLES:
            # "Van Kempen" for "Frank van Kempen": a particle opening a family name used alone is capitalised
            tail = _particles_low(want)
            same_end = [p for p in ending.get(want[-1], ()) if len(p.tokens) > n]
            found = [p for p in same_end if _particles_low(p.tokens[-n:]) == tail]
        # a given name stands for the person only for local (Indonesian or unplaced) people:
        # "Kim" for a Korean is a family name, not "Kim Jong Un"
        # (an international organisation's official may be local: "Retno" for "Retno Wulandari" of the UN)
        local = (None, self.lex.home_code, *organization_codes(self.lex))
        opened = [p for p in opening.get(want[0], ()) if len(p.tokens) > n and p.tokens[:n] == want]
        given = [p for p in opened if p.code in local]
        if n > 1:  # "Rui Matos" is not "Rui Matos Jr.", his son; but "Rui" may be "Rui Jr."
            given = [p for p in given if not all(t.lower() in GENERATIONS for t in p.tokens[n:])]
        titled = self._same_title(want, found + given) if found and given else None
        if titled is not None:  # "Presiden Prabowo": Prabowo Subianto the president, not Listyo Sigit Prabowo
            return titled
        if found and opened and n == 1 and min(p.start for p in opened) < min(p.start for p in found):
            # "Mahathir" for "Mahathir Mohamad", named first, not for "Mokhzani Mahathir", his son named later
            found = opened
        if not found:
            found = given
        if not found:
            # a foreign person's given name stands for them when written with the same title: "Presiden
            # Lars" after "Presiden Norwegia, Lars Haugen"
            titled = self._same_title(want, opened) if opened else None
            found = [titled] if titled is not None else []
        if not found and n == 1:
            # "Paetongtarn" for "Paetongtarn Shinawatra": a foreign given name that opens the name, when one
            # person only has it
            first = {p.name: p for p in opened if p.code in NAMED_BY_FIRST_WORD}
            found = list(first.values()) if len(first) == 1 else []
        if not found and n == 1:
            # "Tito" for "Muhammad Tito Karnavian": the name after given names its bearers do not go by
            # (``name_opener`` in nouns.tsv), when only one person in the article has it
            openers = self.lex.name_openers
            inner = [
                p
                for p in self._by_inner_word().get(want[0], ())
                if p.code in (None, "IDN")
                and all(t.lower().rstrip(".") in openers for t in p.tokens[: p.tokens.index(want[0])])
            ]
            found = inner if len({p.name for p in inner}) == 1 else []
        if not found and n == 1:
            found = self._inside_one_name(want[0])
        if not found and n == 1:
            near = self._opening_with(want[0][:3].lower())  # "Zulhas", "Apri": a name made of a longer one's parts
            found = _syllable_nickname(want[0], near) or _clipped_given_name(want[0], near)
        if not found and n == 1 and 4 <= len(want[0]) <= 6:
            found = _initial_and_syllable(want[0], self._by_initial().get(want[0][:1].lower(), []))
        if not found and any(ner.INITIAL.match(t) for t in want):
            # "M. Kholid" for "Muhammad Kholid": the same name with its given names written out
            found = [p for p in ending.get(want[-1], ()) if len(p.tokens) == n and initials_of(want, p.tokens)]
        if not found:
            found = self._by_tokens().get(want, [])
        # the longest name, written out rather than with initials; of equally long ones, the first written
        # with a role of its own, else the first
        best = max(found, key=lambda p: (len(p.tokens), _written_out(p), self._own_role(p), -p.start), default=None)
        # "Tom" for "Tom Lembong", the name "Thomas Trikasih Lembong alias Tom Lembong" goes by: the full one
        return self._aliases.get(best.name, best) if best is not None else None

    @per_people_known
    def _by_end_word(self) -> dict[str, list[Person]]:
        """The people not named by a nickname, by the last word of their name (in text order)."""
        return _index(self._named_plainly(), lambda p: p.tokens[-1:])

    def people_opening(self, word: str) -> list[Person]:
        """The people whose name opens with ``word`` (not named by a nickname), from an index made once."""
        return self._by_first_word().get(word, [])

    @per_people_known
    def _by_first_word(self) -> dict[str, list[Person]]:
        """The people not named by a nickname, by the first word of their name (in text order)."""
        return _index(self._named_plainly(), lambda p: p.tokens[:1])

    @per_people_known
    def _by_inner_word(self) -> dict[str, list[Person]]:
        """The people not named by a nickname, by each word inside their name, neither first nor last."""
        return _index(self._named_plainly(), lambda p: dict.fromkeys(p.tokens[1:-1]))

    @per_people_known
    def _by_tokens(self) -> dict[tuple[str, ...], list[Person]]:
        """All the people by the words of their name."""
        return _index(self.people, lambda p: (p.tokens,))

    def _opening_with(self, letters: str) -> list[Person]:
        """The people named by two words or more whose name opens with ``letters`` (lower case, three
        letters): those a shortened name can stand for."""
        return self._by_opening().get(letters, [])

    @per_people_known
    def _by_opening(self) -> dict[str, list[Person]]:
        # (one-word names left out: many people sharing their first letters made each lookup long)
        return _index([p for p in self._named_plainly() if len(p.tokens) > 1], lambda p: (p.name[:3].lower(),))

    @per_people_known
    def _by_initial(self) -> dict[str, list[Person]]:
        """The people named by two words or more, by their name's first letter (lower case)."""
        return _index([p for p in self._named_plainly() if len(p.tokens) > 1], lambda p: (p.name[:1].lower(),))

    def _inside_one_name(self, word: str) -> list[Person]:
        """The person whose name holds ``word`` inside it ("Dasco" of "Sufmi Dasco Ahmad"), when only one
        name holds it and the words before it are written nowhere else in the article, or the name follows a
        rank ("Ipda Novi Abraham Waelauruw", "Novi" and "Abraham" written alone): a given name the person does
        not always go by. A word the article also writes alone is else no given name but what a name was
        glued to ("Transjakarta | Ayu Wardhani" ... "Transjakarta juga melaporkan")."""
        inner = self._by_inner_word().get(word, [])
        if len({p.name for p in inner}) != 1:
            return []
        tokens = inner[0].tokens
        times = self.body.count(inner[0].name)  # each time the name is written, its words are written
        counts = self._word_counts()
        # (after a rank, the words are the name's, also written alone: "Ipda | Novi Abraham Waelauruw", "ujar Novi")
        ranked = inner[0].role is not None and title_kind(inner[0].role.split()[-1:], self.lex) == "rank"
        if not ranked and any(counts[w] > times * tokens.count(w) for w in tokens[: tokens.index(word)]):
            return []
        return inner

    def _word_counts(self) -> Counter[str]:
        """How often the body writes each word form (case kept), counted once per article."""
        if self._counts is None:
            self._counts = Counter(self.body[s:e] for s, e, _ in self.words.items)
        return self._counts

    def is_nickname(self, tokens: tuple[str, ...]) -> bool:
        """Whether ``tokens`` are a one-word name with the honorific it goes by ("Cak", "Imin")."""
        return len(tokens) == 2 and tokens[0].lower() in self.lex.familiar

    def _own_role(self, person: Person) -> bool:
        """Whether the person is written with a title of their own: not a group's ("keluarga X", "pihak X"),
        nor a relation's, which is the role of someone else ("kuasa hukum X" is X's lawyer)."""
        words = (person.role or "").lower().split()
        if not words or title_kind(words, self.lex) in (None, "group"):
            return False
        if " ".join(words[:2]) in self.lex.relations:
            return False  # "kuasa hukum X"
        # "asisten X", not "Asisten pelatih Timnas X": a relation noun before another title is part of it
        return words[0] not in self.lex.relations or (len(words) > 1 and words[1] in self.lex.title_words)

    def _same_title(self, want: tuple[str, ...], candidates: list[Person]) -> Person | None:
        """The one candidate whose role shares a title word with the roles the short name is written
        with, when a short name could be one person's family name and another's given name."""
        short = {w.lower() for p in self.people if p.tokens == want and p.role for w in p.role.split()}
        titles = {w for w in short if w in self.lex.title_words}
        scored = [(len(titles & {w.lower() for w in (p.role or "").split()}), p) for p in candidates]
        best = max((k for k, _ in scored), default=0)
        winners = {p.name for k, p in scored if k == best}
        if best == 0 or len(winners) != 1:
            return None
        return max((p for k, p in scored if k == best), key=lambda p: len(p.tokens))

    @per_people_known
    def names_with_a_role(self) -> set[str]:
        """The fullest names of the people the article gives a role somewhere ("Bupati Syarwani")."""
        return {(self.fullest(p.name) or p).name for p in self.people if p.role}

    @per_people_known
    def related_by_name(self, relation: str) -> dict[str, list[Person]]:
        """The people whose role holds ``relation`` ("Kuasa hukum Budi" of Rudi Hartono), filed by each
        capitalised word of their role (the related person's name words)."""
        index: dict[str, list[Person]] = {}
        for p in self.people:
            if p.role and relation in p.role.lower():
                for word in {w for w in p.role.split() if w[:1].isupper()}:
                    index.setdefault(word, []).append(p)
        return index

    @per_people_known
    def expand_role(self, description: str) -> tuple[str, Person | None]:
        """The fullest form of a role named without a person ("Juru bicara" -> "Juru Bicara Kementerian
        Luar Negeri Korea Utara"), and the person it introduces when a name follows it in the article.
        Read once per role and people known (an article that repeats a role reads the body once)."""
        best, best_person = description, None
        placed: tuple[str, Person] | None = None  # the first holder of the role placed by a state ("Menlu Inggris X")
        post = self.lex.short_titles.get(description.lower())  # "Kepala Negara": also where "Presiden" names him
        written = [description] + ([post] if post and " " not in post else [])
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, written)) + r")(?![\w-])", re.IGNORECASE)
        for m in pattern.finditer(self.body):
            before = WORD_BEFORE_NAME.search(self.body, max(0, m.start() - 30), m.start())
            if before is not None and self.body[m.start()].islower() and before.group(1).lower() in self.lex.titles:
                continue  # "pelatih | kiper X": a coach of goalkeepers, no goalkeeper
            if before is not None and self._inside_a_name(before.group(1)):
                continue  # "Pos | Polisi Subsektor X": the role's word inside a facility's or a body's name
            if in_heading(self.body, m.start()):
                continue  # "Warga Harap Kompensasi Layak": a heading's capitalised words, no role and no name
            words: list[str] = []
            bracketed = self.body[m.start() - 1 : m.start()] == "(" and self.body[m.end() : m.end() + 1] == ")"
            after = m.end() + 1 if bracketed else m.end()  # "Menteri Pertanian (Mentan) Budi ...": the short title
            tail = self.body[after : after + 120]
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
            if len(name_words) >= (1 if bracketed else 2):
                person = self.fullest(" ".join(name_words))
            elif len(name_words) == 1 and placed is not None:
                # "Menlu Retno" after "Menteri Luar Negeri Retno Marsudi": a short name of a person named in full, the
                # unplaced holder beside a placed one
                known = self.fullest(name_words[0])
                person = known if known is not None and len(known.tokens) > 1 else None
            if bracketed and person is None:
                continue  # the short title only stands for the role when a name follows its bracket
            qualifiers = words[: len(words) - len(name_words)]
            if person is not None and best_person is None and self._placed_between(qualifiers):
                # "kata Menlu" after "Menlu Inggris Boris Johnson" and "Menlu Retno": the role as written, unplaced,
                # is the one named without a state; the placed one only when no other holder is named
                placed = placed or (full, person)
                continue
            if person is not None and best_person is None:
                best, best_person = full, person
            elif best_person is None and len(full) > len(best) and not self._past_the_role(description, words):
                best = full
        if best_person is None and placed is not None:
            return placed
        return best, best_person

    def _placed_between(self, words: list[str]) -> bool:
        """Whether the words between a role's title and a name name a state ("Inggris" in "Menlu | Inggris | X")."""
        return any((a := self.lex.actor(w.strip("()"))) is not None and a.type == "country" for w in words)

    def _inside_a_name(self, word: str) -> bool:
        """Whether a capitalised ``word`` right before a role's word opens the name of a facility the role's word is
        part of ("Pos Polisi Subsektor X", "Rumah Sakit Polri"): the head of a facility's name."""
        return word[:1].isupper() and word.lower() in self.lex.facility_heads

    def _past_the_role(self, description: str, words: list[str]) -> bool:
        """Whether the capitalised words after a role are not the role's: past a short name in brackets
        ("Direktorat Jenderal Pajak (DJP) | Rosmauli"), or a person a description in lower case belongs
        to ("kuasa hukum | Darmawati": her lawyer, not her)."""
        if description.endswith(")"):
            return True
        return description[:1].islower() and bool(words) and self.fullest(" ".join(words)) is not None

    def name_shaped(self, word: str) -> bool:
        """Whether ``word`` has a name's shape: capitalised, not an acronym, three letters or more, no
        common word's shape ("Penyangkalan", "Dikatakan"), no noun in -an with its possessive glued on
        ("Tujuannya", "Kesalahannya") and no word of a lexicon or a pronoun."""
        if not word[:1].isupper() or word.isupper() or len(word) < 3:
            return False
        if ner.POSSESSED_NOUN.fullmatch(word):
            return False
        if noun_shape(word) or (common_shape(word) and not self._capitalised_inside_sentences(word)):
            return False
        return not (self.is_lexicon_word(word) or word.lower() in self.lex.pronouns)

    def _capitalised_inside_sentences(self, word: str) -> bool:
        """Whether the article writes ``word`` as a name inside sentences (``_after_lower_word``) and never
        in lower case: a given name shaped like a verb ("kata Menanda", "Setelah dilantik, Menanda kini
        ..."), not a verb opening a sentence ("Dikatakan", "Menurut")."""
        return self._after_lower_word(word) and not self.is_common_word(word.lower())

    def _after_lower_word(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised right after a lower-case word, as names are
        written inside sentences ("tangis Bunga pecah"), not only where a sentence opens, or sets a
        person's description off after it ("Hari, salah satu wali murid, ..."). The words are read in
        one pass over the body, on the first question."""
        if self._named_inside is None:
            lex = self.lex
            inside = {m.group(1) for m in AFTER_LOWER_WORD.finditer(self.body)}
            for m in SET_OFF_DESCRIPTION.finditer(self.body):
                noun = m.group(2)
                if noun in lex.person_nouns or noun in lex.titles or noun in lex.title_words:
                    inside.add(m.group(1))
            self._named_inside = inside
        return word in self._named_inside

    def could_be_name(self, start: int, end: int, word: str) -> bool:
        """Whether ``word`` (inside ``body[start:end]``) may be a person's name: name-shaped, and never
        used by this article for a place or an organisation."""
        if word in self.not_names or not self.name_shaped(word):
            return False
        low = word.lower()
        if (self.is_common_word(low) or low in self.lex.common_words) and not self._after_lower_word(word):
            # "Survei itu menyebut", "Kedua terdakwa membantah": a common word opening a sentence, one this
            # article writes in lower case or the language does ("Analisis ... mengungkapkan")
            return False
        return not any(m.start < end and start < m.end for m in self.mentions if m.type != "person")

    def add_person(self, name: str, start: int) -> Person:
        """Record a person found by a speaker rule, so that later pronouns and short names find it."""
        existing = next((p for p in self.people if p.start == start and p.name == name), None)
        if existing is not None:
            return existing
        role = self._role_before(start)
        person = Person(name, start, role, state_code(role, self.lex, officials=False), tuple(name.split()))
        self.people.append(person)
        self.people.sort(key=lambda p: p.start)
        self._index_titled(person)
        return person

    @per_people_known
    def office_holders(self) -> dict[str, list[tuple[int, str]]]:
        """The people by the office opening their role (its words, short titles written out: ``vocab.full_title_words``;
        also each shorter run of them: "menteri pertanian ri" is filed under "menteri pertanian" and "menteri" too)
        -> (where named, fullest name)."""
        out: dict[str, list[tuple[int, str]]] = {}
        for p in self.people:
            if not p.role:
                continue
            key, name = full_title_words(p.role, self.lex), (self.fullest(p.name) or p).name
            for k in range(1, len(key) + 1):
                out.setdefault(" ".join(key[:k]), []).append((p.start, name))
        return out

    def person_titled(self, word: str) -> Person | None:
        """The one person whose name the article writes right after ``word`` or opens with it (a title or a
        name opener: "Lalu | Hadrian Irfani", "Kemas Indra Natanegara"), whom a later "kata Lalu" means."""
        candidates = {p.name: p for p in self._titled.get(word, [])}
        if len(candidates) > 3:
            return None  # many people go by it: nobody in particular
        full = [self.fullest(n) or p for n, p in candidates.items()]
        return full[0] if len({p.name for p in full}) == 1 else None

    @per_people_known
    def person_by_initials(self, acronym: str) -> Person | None:
        """The one person of the article whose name's initials an acronym is, also after a familiar
        honorific's ("KDM" for Kang Dedi Mulyadi, "SBY" for Susilo Bambang Yudhoyono): the short name the
        copy calls them by. None when nobody's or several people's initials are it."""
        index = self._initials_index()
        found = set(index.get(acronym, ()))
        if self._familiar_initial(acronym[0]):
            found |= index.get(acronym[1:], set())
        return self.fullest(found.pop()) if len(found) == 1 else None

    @per_people_known
    def _initials_index(self) -> dict[str, set[str]]:
        """Initials -> the fullest names of the article's persons of two or more words with them (not a
        firm the tagger took for a person: "Morgan Stanley Capital International")."""
        index: dict[str, set[str]] = {}
        for p in self.people:
            if len(p.tokens) < 2 or not all(t[:1].isupper() for t in p.tokens):
                continue
            if any(t.lower() in self.lex.company_words for t in p.tokens):
                continue
            index.setdefault("".join(t[0] for t in p.tokens), set()).add((self.fullest(p.name) or p).name)
        return index

    def _familiar_initial(self, letter: str) -> bool:
        return any(h[:1].upper() == letter for h in self.lex.familiar)

    def _index_titled(self, person: Person) -> None:
        """File a person under the word written right before the name and, for a longer name, under its
        first word ("Kemas Indra Natanegara"), for ``person_titled`` (one look-up, not a pass over all)."""
        before = WORD_BEFORE_NAME.search(self.body, max(0, person.start - 30), person.start)
        keys = {before.group(1)} if before else set()
        if len(person.tokens) > 1:
            keys.add(person.tokens[0])
        for key in keys:
            self._titled.setdefault(key, []).append(person)

    def known_token(self, word: str) -> bool:
        """Whether ``word`` is part of some person's name in the article ("Kim" of "Kim Jong Un")."""
        return any(word in p.tokens for p in self.people)

    def last_company(self, before: int) -> str | None:
        """The last company named before ``before`` ("PT Sinar Abadi Tbk"), for "perseroan"."""
        for m in reversed(self.mentions):
            text = self.body[m.start : m.end]
            if m.start < before and m.type == "organization" and (
                text.split()[0].upper() in COMPANY_PREFIXES or text.split()[-1].upper() == "TBK"
            ):
                return text
        return None

    def last_organization(self, before: int, since: int, noun: str) -> str | None:
        """The organisation "``noun`` itu" points back to in ``body[since:before]``: the last one the
        article describes with that noun ("X (...), sebuah organisasi nonpemerintah", "perusahaan X"),
        else the last one named; never a news agency or outlet (which reports the story). Its name
        without the short form in brackets after it."""
        agencies = agency_names()
        found = [
            m
            for m in self.mentions_in(since, before, "organization")
            if self.body[m.start : m.end].lower() not in agencies
        ]
        described = re.compile(
            rf"\s*(?:\([^)]*\)\s*)?,\s*(?:sebuah\s+|salah\s+satu\s+)?{re.escape(noun)}\b", re.IGNORECASE
        )
        chosen = next(
            (
                m
                for m in reversed(found)
                if described.match(self.body, m.end)
                or self.body[max(0, m.start - len(noun) - 1) : m.start].lower() == noun + " "
            ),
            found[-1] if found else None,
        )
        return self.body[chosen.start : chosen.end].split(" (")[0] if chosen is not None else None

    def state_named_with(self, name: str, before: int) -> str | None:
        """The state an institution's name was written with before ``before``, for the name written bare:
        "Mahkamah Agung AS", then "Mahkamah Agung" (the same court, not the home state's). The names written
        with a state are read once per name."""
        named = self._named_with.get(name)
        if named is None:
            named = []
            for m in self.mentions:
                text = self.body[m.start : m.end]
                if m.type == "organization" and text.startswith(f"{name} "):
                    actor = actor_in(text, self.lex)
                    if actor is not None and actor.code:
                        named.append((m.start, actor.code))
            self._named_with[name] = named = sorted(named)
        i = bisect_left(named, (before,)) - 1
        return named[i][1] if i >= 0 and named[i][0] >= before - NAMED_WITH_BACK else None

    def last_person(self, before: int) -> Person | None:
        """The person the text was last about: the last one named before ``before``, unless the sentence
        naming them opens with another person, its subject, alone, after their role or after a phrase set
        off by a comma ("Pemain X, Felisha Pasaribu, akan bertanding bersama partnernya, Jafar
        Hidayatullah. | Pebulu tangkis itu ..." is Felisha; "Awalnya, Rina dijodohkan dengan X. | Ia ..."
        is Rina)."""
        prior = [p for p in self.people if p.start < before]
        if not prior:
            return None
        start = self.sentence_of(prior[-1].start)[0]
        first = next(p for p in prior if p.start >= start)
        lead = self.body[start : first.start].strip(" ,")
        if not lead or lead == first.role:  # the subject opens with its role
            return first
        if FRONTED_BEFORE_SUBJECT.search(self.body, start, first.start):
            return first  # "Awalnya, Rina dijodohkan dengan X.": a phrase set off before the subject
        return prior[-1]


def _syllable_nickname(word: str, people: list[Person]) -> list[Person]:
    """The one local person whose name's first two words open with the parts of ``word``, as Indonesian
    copy shortens politicians' names ("Zulhas": Zulkifli Hasan, "Jokowi": Joko Widodo, "Bamsoet":
    Bambang Soesatyo): three letters or more of the first word, then two or more of the second."""
    low = word.lower()
    if len(low) < 5 or not word[:1].isupper() or word.isupper():
        return []
    found = []
    splits = range(3, len(low) - 1)  # the first word's part, then two letters or more of the second's
    for p in people:
        if len(p.tokens) < 2 or p.code not in (None, "IDN"):
            continue
        first, second = p.tokens[0].lower(), p.tokens[1].lower()
        if any(low[:a] == first[:a] and second.startswith(low[a:]) for a in splits):
            found.append(p)
    return found if len({p.name for p in found}) == 1 else []


def _initial_and_syllable(word: str, people: list[Person]) -> list[Person]:
    """The one local person whose given name's initial, then the first syllable of the second name, make
    ``word`` ("Aher": Ahmad Heryawan): the initial, then three letters or more of the second word."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper():
        return []
    found = [
        p
        for p in people
        if p.code in (None, "IDN") and p.tokens[0][:1].lower() == low[0] and p.tokens[1].lower().startswith(low[1:])
    ]
    return found if len({p.name for p in found}) == 1 else []


def _clipped_given_name(word: str, people: list[Person]) -> list[Person]:
    """The one local person whose given name ``word`` clips, as copy names a person after giving the
    full name ("Apri" for Apriyani Rahayu, "Enggar" for Enggartiasto Lukita, "Radit" for Raditya Dika):
    four letters or more opening a longer first word."""
    if len(word) < 4 or not word[:1].isupper() or word.isupper():
        return []
    found = [
        p
        for p in people
        if len(p.tokens) > 1
        and p.code in (None, "IDN")
        and len(p.tokens[0]) > len(word)
        and p.tokens[0].startswith(word)
    ]
    return found if len({p.name for p in found}) == 1 else []


def _index(people: list[Person], keys: Callable[[Person], Any]) -> dict[Any, list[Person]]:
    """The people under each of their keys, in the order given (a person once under each key)."""
    index: dict[Any, list[Person]] = {}
    for p in people:
        for key in keys(p):
            index.setdefault(key, []).append(p)
    return index


def _joins_an_office_name(words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the "dan" at ``words[at]`` joins two capitalised words of one office's name ("Menteri
    Pemuda dan Olahraga"), not a name and a second title ("Prabowo dan Menteri ...")."""
    second = words[at + 1 :]
    return (
        0 < at < len(words) - 1
        and words[at - 1][:1].isupper()
        and words[at + 1][:1].isupper()
        # a group's title is a word of the office's name: "Menteri Energi dan Sumber Daya Mineral"
        and not (match_title(second, lex) and title_kind(second, lex) != "group")
    )


def _opens_its_sentence(window: str, phrase: str, words: list[str], name_start: int) -> bool:
    """Whether a phrase set off before a name opens its sentence (after a full stop or a line's start) and holds
    no verb (not "Musisi X membagikan potret ... putra sulungnya, Y": a clause)."""
    at = window.rstrip()[:-1].rfind(phrase)
    opens = (at > 0 and window[:at].rstrip(" ")[-1:] in ("\n", ".")) or (at == 0 and name_start <= ROLE_WINDOW)
    return opens and not any(w.islower() and ner.ACTIVE_VERB.match(w) for w in words)


OTHER_WORDS = frozenset({"lainnya", "lain"})  # "pemain lainnya, X": another of the same, no part of the role


def _plain_opener(word: str, lex: Lexicon) -> bool:
    """Whether a word is one that opens sentences and is neither a preposition nor a circumstance's ("Sementara")."""
    low = word.lower()
    return low in lex.openers and low not in lex.circumstances


def _described_as_one(words: list[str]) -> bool:
    """Whether a phrase set off beside a name describes the person as one of many by what they are ("salah satu
    jukir di kawasan X", "seorang arkeolog"): a role as written (not a relation to someone, "kakak korban": whose
    kin names no title or office of the person's)."""
    return ONE_OF.match(" ".join(words[:4])) is not None


def office_words_only(words: list[str]) -> bool:
    """Whether every lower-case word of a phrase joins the parts of an office's name (``OFFICE_JOINS``)."""
    return all(w[:1].isupper() or w[:1] == "(" or w.lower() in OFFICE_JOINS for w in words)


def _written_out(person: Person) -> bool:
    """Whether a person's name holds no initial ("Muhammad Kholid", not "M. Kholid")."""
    return not any(len(t.rstrip(".")) == 1 and t[:1].isupper() for t in person.tokens)  # nor "Ade R Susardi"
