"""Per-language resources as data, and the registry that maps a language code to them.

A language is supported for extraction when it has a folder here (``tasks/extract/lang/<code>/``) with the
files listed in ``REQUIRED`` (those in ``OPTIONAL`` may be left out). Everything is loaded once, validated
on load, and shared read-only.
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

REQUIRED = {
    "cues.tsv": ("cue", "kind"),
    "titles.tsv": ("title", "kind"),
    "actors.tsv": ("code", "type", "name", "aliases"),
    "stance_cues.tsv": ("cue", "polarity", "target"),
    "pronouns.tsv": ("word", "refers"),
    "channels.tsv": ("channel",),
    "office_words.tsv": ("word", "kind"),
    "home.tsv": ("key", "value"),
    "openers.tsv": ("word", "kind"),
    "nouns.tsv": ("word", "kind"),
    "common_words.tsv": ("word",),  # optional (OPTIONAL below)
    "places.tsv": ("place", "kind", "code"),  # optional
}
# files whose first column may repeat (key-value lists)
MULTI = frozenset({"home.tsv"})
OPTIONAL = frozenset({"common_words.tsv", "places.tsv"})  # a language may leave these out
COMMON_WORD = re.compile(r"[a-z]{2,}(?:-[a-z]+)*")
ALLOWED = {
    ("cues.tsv", "kind"): {"quote", "quote_comma", "quote_nya", "quote_mark", "report", "comma", "passive"},
    ("openers.tsv", "kind"): {"circumstance", "preposition", "other"},
    ("places.tsv", "kind"): {"city", "region"},
    ("titles.tsv", "kind"): {"office", "rank", "honorific", "profession", "group"},
    ("actors.tsv", "type"): {"country", "organization"},
    ("stance_cues.tsv", "polarity"): {"support", "oppose"},
    ("stance_cues.tsv", "target"): {"object", "agent", "passive", "mutual", "given", "relation"},
    ("pronouns.tsv", "refers"): {"person", "group", "actor"},
    ("office_words.tsv", "kind"): {"head", "place", "facility", "word", "region", "corps"},
    ("home.tsv", "key"): {
        "code", "institution", "authority", "abroad", "regional", "portfolio", "foreign_post", "any_body",
    },
    ("nouns.tsv", "kind"): {
        "region", "group", "vague", "person", "pronoun", "institution", "company", "authority_act", "profession",
        "sport", "game_cue", "state_organ", "name_opener", "post", "record",
        "group_head", "event", "company_word", "facility", "familiar", "speech_act", "relation", "relation_group",
        "organization", "city", "shared_title", "hostile_act", "result", "body_head", "act", "team", "counterpart",
        "envoy", "diplomatic_post", "acronym", "state", "website",
    },
}
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


class LexiconError(ValueError):
    """A language resource file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Actor:
    code: str | None  # None for a party that is no state nor international organisation (CONTRACT.md)
    type: str  # "country" | "organization"
    name: str  # the canonical (Indonesian) name


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once per language
class Lexicon:
    language: str
    quote_cues: frozenset[str]  # lower-case, with derived "-nya" forms
    report_verbs: frozenset[str]
    act_verbs: dict[str, tuple[str, ...]]  # reporting verb -> words after it that make it an act, not speech
    comma_verbs: frozenset[str]  # report speech only when a comma follows
    passive_verbs: frozenset[str]
    titles: dict[str, str]  # lower-case title -> kind
    short_titles: dict[str, str]  # lower-case short title -> the full title it stands for ("menag" -> "menteri agama")
    title_words: frozenset[str]  # every lower-case word of every title
    glued_titles: frozenset[str]  # lower-case titles of one word ending in a full stop ("prof."): "Prof.Ali"
    actors: dict[str, Actor]  # alias as written (see ``actor_key``) -> actor
    stance_cues: dict[str, str]  # lower-case cue -> polarity
    agent_cues: frozenset[str]  # stance cues whose target is the doer of the act
    passive_cues: frozenset[str]  # passive stance verbs: subject = target, agent = holder
    authority_cues: frozenset[str]  # passive acts only an authority does: with no agent named, the home state's
    mutual_cues: frozenset[str]  # stances that hold both ways
    given_cues: frozenset[str]  # nouns of things given: a stance only with giver and receiver named
    stance_requires: dict[str, tuple[str, ...]]  # cue -> words that must follow it in the sentence
    relation_nouns: dict[str, str]  # "mitra", "musuh" -> polarity: "X adalah mitra Y" (Y supports X)
    pronouns: dict[str, str]  # lower-case word -> refers
    channels: dict[str, str]  # lower-case channel -> as listed
    office_words: frozenset[str]  # lower-case words of institution names, never part of a name
    institution_heads: frozenset[str]  # lower-case words that open an institution's name
    place_heads: frozenset[str]  # lower-case words that open an institution's or a place's name
    facility_heads: frozenset[str]  # those that open a building's, a road's or a ground's name ("stadion")
    home_code: str | None  # the state of the outlets writing this language, for its unnamed officials
    home_institutions: frozenset[str]  # lower-case words naming an institution of that state
    openers: frozenset[str]  # lower-case function words that open sentences (never a name's first word)
    circumstances: frozenset[str]  # the openers that start a time, place or manner phrase ("usai", "di")
    prepositions: frozenset[str]  # those of them that also attach a place or affiliation to a role ("dari")
    home_authorities: frozenset[str] = frozenset()  # common nouns naming the home state's authorities
    home_regional: frozenset[str] = frozenset()  # its regional governments' institutions and offices
    home_abroad: frozenset[str] = frozenset()  # its missions abroad, named with where they sit ("KBRI Riyadh")
    home_portfolios: frozenset[str] = frozenset()  # short names of its cabinet's portfolios ("esdm", "imipas")
    foreign_posts: frozenset[str] = frozenset()  # titles of posts the home state has not ("perdana menteri", "pm")
    any_body_posts: frozenset[str] = frozenset()  # titles heading any body, the state's or an association's ("ketua")
    regions: frozenset[str] = frozenset()  # lower-case words of the home state's regions (never a name's first word)
    place_openers: frozenset[str] = frozenset()  # lower-case words that open a place's name ("kabupaten", "desa")
    institution_words: frozenset[str] = frozenset()  # institutions' words and professions: never a name's first word
    professions: frozenset[str] = frozenset()  # professions written before a name ("Artis", "Presenter")
    state_organs: frozenset[str] = frozenset()  # nouns for a state's organs before its name ("Otoritas Singapura")
    company_nouns: frozenset[str] = frozenset()  # nouns pointing back to the company the story is about ("perseroan")
    authority_acts: frozenset[str] = frozenset()  # acts only the home state's authorities perform ("penyidikan")
    hostile_acts: frozenset[str] = frozenset()  # acts done to a party against its will ("ekstradisi")
    results: frozenset[str] = frozenset()  # what a contest's side wins or secures ("kemenangan", "tiket")
    body_heads: frozenset[str] = frozenset()  # heads of names of bodies no state's ("universitas", "asosiasi")
    acts: frozenset[str] = frozenset()  # nouns of acts, policies and events ("kebijakan", "upaya")
    sport_words: frozenset[str] = frozenset()  # words of sports reporting ("gol", "laga"): a sports story
    game_cues: frozenset[str] = frozenset()  # stance cues that name a move of the game in a sports story
    clause_openers: frozenset[str] = frozenset()  # openers that start a subordinate clause with its own subject
    records: frozenset[str] = frozenset()  # "jadwal", "rencana": "menurut" before one alone cites nobody
    group_heads: frozenset[str] = frozenset()  # "kelompok", "milisi", and the state organs: before a group's name
    team_nouns: frozenset[str] = frozenset()  # "tim", "petugas": a speaker's own side as a clause's subject
    events: frozenset[str] = frozenset()  # "idul fitri", "natal": holidays, never a person
    cities: frozenset[str] = frozenset()  # "new york", "cakung": cities abroad and districts, never a person
    abroad: dict[str, str] = field(default_factory=dict)  # "california", "new york" -> the state's code
    abroad_regions: frozenset[str] = frozenset()  # those of them that are regions ("california", not "new york")
    shared_titles: frozenset[str] = frozenset()  # "menlu", "wapres": short titles also written for other states
    envoys: frozenset[str] = frozenset()  # "utusan", "diplomat": a state's envoy in general
    diplomatic_posts: frozenset[str] = frozenset()  # words of diplomatic posts' titles, the envoy words too
    company_words: frozenset[str] = frozenset()  # "sekuritas", "group": close a company's name
    group_nouns: frozenset[str] = frozenset()  # nouns naming a group as a party, besides the group titles
    vague_groups: frozenset[str] = frozenset()  # group words that name no party without a word after them
    person_nouns: frozenset[str] = frozenset()  # nouns for one person that point back with "itu" ("pria itu")
    relations: frozenset[str] = frozenset()  # someone related to the person named after it ("kuasa hukum X")
    relation_groups: frozenset[str] = frozenset()  # a group related to the person named after it ("keluarga X")
    counterparts: frozenset[str] = frozenset()  # groups on the other side of the party named after them ("sekutu AS")
    organization_nouns: frozenset[str] = frozenset()  # kinds of organisation pointing back ("perusahaan itu")
    state_nouns: frozenset[str] = frozenset()  # nouns for a state pointing back ("negara tersebut")
    website_nouns: frozenset[str] = frozenset()  # a source's own website or account ("laman resmi X")
    person_pronouns: frozenset[str] = frozenset()  # words pointing back to a person, besides pronouns.tsv
    name_openers: frozenset[str] = frozenset()  # given names whose bearers go by the next part of their name
    posts: frozenset[str] = frozenset()  # posts, ranks and seats: "menduduki posisi" is holding one, no stance
    familiar: frozenset[str] = frozenset()  # "gus", "cak": honorifics a one-word name keeps ("Gus Dur")
    speech_acts: frozenset[str] = frozenset()  # "pernyataan", "ucapan": nouns of what someone said
    thing_acronyms: frozenset[str] = frozenset()  # "AI", "BBM", "ASN": acronyms never a body's name (as written)
    abbreviations: frozenset[str] = frozenset()  # lower-case words whose full stop ends no sentence ("inf" of "Inf.")
    nya_cues: frozenset[str] = frozenset()  # quotation cues only in their "-nya" form ("ceritanya")
    # quotation cues only right after a quotation's closing mark ('"...," pinta X'), the word being also a
    # common noun or adjective elsewhere ("nilai tukar", "minta maaf"): no cue of unquoted speech
    mark_cues: frozenset[str] = frozenset()
    # words the language writes in lower case (common_words.tsv): a sentence's first word among them is
    # capitalised by its place, not a name
    common_words: frozenset[str] = frozenset()

    def actor(self, text: str) -> Actor | None:
        """The state or organisation ``text`` names (an alias; acronyms match case-sensitively)."""
        return self.actors.get(actor_key(text)) or self.actors.get(text.lower())


TITLE_CASE_ACRONYM = 5  # acronyms this long are also written as names ("Unesco", "Asean"); not "Who", "Nato"


def actor_key(alias: str) -> str:
    """Acronyms match case-sensitively, other names ignore case."""
    return alias if alias.isupper() and len(alias) <= 6 else alias.lower()


def _rows(lang: str, name: str) -> list[dict[str, str]]:
    if name in OPTIONAL and not resources.files("tasks.extract.lang").joinpath(lang, name).is_file():
        return []
    try:
        text = resources.files("tasks.extract.lang").joinpath(lang, name).read_text("utf-8")
    except FileNotFoundError as exc:
        where = f"tasks/extract/lang/{lang}/{name}"
        raise LexiconError(f"{where} is missing; every language needs {sorted(set(REQUIRED) - OPTIONAL)}") from exc
    return parse_tsv(text, name, f"tasks/extract/lang/{lang}/{name}")


def parse_tsv(text: str, name: str, where: str) -> list[dict[str, str]]:
    """Rows of resource file ``name`` (one of REQUIRED), validated; errors name ``where`` and the line."""
    numbered = [(i, ln) for i, ln in enumerate(text.splitlines(), start=1) if ln.strip() and not ln.startswith("#")]
    if not numbered:
        raise LexiconError(f"{where} has no header row")
    reader = csv.DictReader((ln for _, ln in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(reader.fieldnames or ())
    want = REQUIRED[name]
    if header[: len(want)] != want:
        raise LexiconError(f"{where}: header is {header}, expected {want}")
    rows = []
    seen: set[str] = set()
    for (lineno, _), row in zip(numbered[1:], reader, strict=True):
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        key = row[want[0]]
        at = f"{where} line {lineno}"
        if not key:
            raise LexiconError(f"{at}: empty '{want[0]}'")
        if name not in MULTI and not (name == "actors.tsv" and key == "-"):  # uncoded actors share "-"
            if key.lower() in seen:
                raise LexiconError(f"{at}: '{key}' is listed twice")
            seen.add(key.lower())
        for col in want:
            allowed = ALLOWED.get((name, col))
            if allowed is not None and row.get(col) not in allowed:
                raise LexiconError(f"{at}: {col}={row.get(col)!r} is not one of {sorted(allowed)}")
        if name == "common_words.tsv" and not COMMON_WORD.fullmatch(key):
            raise LexiconError(f"{at}: {key!r} is not a lower-case word (letters, inner hyphens)")
        if name == "stance_cues.tsv" and row.get("doer") and (row["doer"] != "authority" or row["target"] != "passive"):
            raise LexiconError(f"{at}: doer={row['doer']!r}: only a passive cue's doer may be 'authority'")
        if name == "titles.tsv" and row.get("stands_for") and len(row["stands_for"].split()) < 2 > len(key.split()):
            # a one-word title may stand for a longer one ("Menag"); a title of several words may also stand
            # for a one-word post ("Kepala Negara" -> "Presiden"), never one word for another
            raise LexiconError(f"{at}: stands_for must be the full title of several words, not {row['stands_for']!r}")
        rows.append(row)
    return rows


def _places_abroad(language: str, actors: dict[str, Actor]) -> dict[str, tuple[str, str]]:
    """``places.tsv``: lower-case place -> (kind, the code of its state), which must be a state of
    ``actors.tsv``; a place that is itself an actor's alias belongs there, not here."""
    where = f"tasks/extract/lang/{language}/places.tsv"
    states = {a.code for a in actors.values() if a.type == "country"}
    out = {}
    for row in _rows(language, "places.tsv"):
        if row["code"] not in states:
            raise LexiconError(f"{where}: {row['place']!r} has code {row['code']!r}, which is no state of actors.tsv")
        if actor_key(row["place"]) in actors:
            raise LexiconError(f"{where}: {row['place']!r} is an alias in actors.tsv; list it there only")
        out[row["place"].lower()] = (row["kind"], row["code"])
    return out


def available_languages() -> list[str]:
    root = resources.files("tasks.extract.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("cues.tsv").is_file())


def is_supported(language: str) -> bool:
    return language in available_languages_cached()


@cache
def available_languages_cached() -> frozenset[str]:
    return frozenset(available_languages())


@cache
def stance_cue_lengths(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """First word of each stance cue -> the cue lengths (in words) starting with it, longest first
    (to find cues in text, and to know a stance word: "terima kasih dan penghargaan ... kepada X")."""
    index: dict[str, set[int]] = {}
    for cue in lex.stance_cues:
        words = cue.split()
        index.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in index.items()}


@cache
def load(language: str) -> Lexicon:
    """The validated resources of ``language`` (raises LexiconError with the file and line)."""
    cues = _rows(language, "cues.tsv")
    openers = _rows(language, "openers.tsv")
    quote = {r["cue"].lower() for r in cues if r["kind"] in ("quote", "quote_comma", "quote_mark")}
    quote |= {c + "nya" for c in quote}
    mark = {r["cue"].lower() for r in cues if r["kind"] == "quote_mark"}
    nya_only = {r["cue"].lower() + "nya" for r in cues if r["kind"] == "quote_nya"}
    actors: dict[str, Actor] = {}
    for row in _rows(language, "actors.tsv"):
        uncoded = row["code"] == "-" and row["type"] == "organization"  # an armed group, a movement
        if not (uncoded or CODE_RE.match(row["code"])):
            where = f"tasks/extract/lang/{language}/actors.tsv"
            raise LexiconError(f"{where}: code {row['code']!r} is not an upper-case code (or '-' for an organisation)")
        actor = Actor(None if uncoded else row["code"], row["type"], row["name"])
        for alias in [row["name"], *filter(None, (a.strip() for a in row["aliases"].split("|")))]:
            key = actor_key(alias)
            if key in actors and actors[key] != actor:
                raise LexiconError(f"tasks/extract/lang/{language}/actors.tsv: alias {alias!r} names two actors")
            actors[key] = actor
            if alias.isupper() and len(alias) >= TITLE_CASE_ACRONYM:
                actors.setdefault(alias.lower(), actor)  # "Unesco", "Unicef": a long acronym written as a name
    office = _rows(language, "office_words.tsv")
    nouns = _rows(language, "nouns.tsv")
    abroad = _places_abroad(language, actors)
    titles = _rows(language, "titles.tsv")
    stance = _rows(language, "stance_cues.tsv")
    home = _rows(language, "home.tsv")
    home_codes = [r["value"] for r in home if r["key"] == "code"]
    if len(home_codes) > 1 or any(not CODE_RE.match(c) for c in home_codes):
        raise LexiconError(f"tasks/extract/lang/{language}/home.tsv: give one upper-case state code as 'code'")
    known_titles = {r["title"].lower() for r in titles}
    for r in home:
        if r["key"] in ("foreign_post", "any_body") and r["value"].lower() not in known_titles:
            raise LexiconError(
                f"tasks/extract/lang/{language}/home.tsv: {r['key']} {r['value']!r} is no title; add it to titles.tsv"
            )
    requires = {
        r["cue"].lower(): tuple(w.strip().lower() for w in r["requires"].split("|") if w.strip())
        for r in stance
        if r.get("requires")
    }
    acts = {r["cue"].lower() for r in cues if r.get("act")}
    for r in cues:
        if r.get("act") and (r["act"] != "stance" or r["cue"].lower() not in requires):
            raise LexiconError(
                f"tasks/extract/lang/{language}/cues.tsv: {r['cue']!r} act={r['act']!r}: the only act is 'stance', "
                "for a verb whose stance cue in stance_cues.tsv requires words after it"
            )
    lex = Lexicon(
        language=language,
        quote_cues=frozenset(quote | nya_only),
        nya_cues=frozenset(nya_only),
        mark_cues=frozenset(mark | {c + "nya" for c in mark}),
        report_verbs=frozenset(r["cue"].lower() for r in cues if r["kind"] == "report"),
        act_verbs={cue: requires[cue] for cue in acts},
        comma_verbs=frozenset(r["cue"].lower() for r in cues if r["kind"] in ("comma", "quote_comma")),
        passive_verbs=frozenset(r["cue"].lower() for r in cues if r["kind"] == "passive"),
        titles={r["title"].lower(): r["kind"] for r in titles},
        title_words=frozenset(w for r in titles for w in r["title"].lower().split()),
        glued_titles=frozenset(t for r in titles if (t := r["title"].lower()).endswith(".") and " " not in t),
        short_titles={r["title"].lower(): r["stands_for"].lower() for r in titles if r.get("stands_for")},
        actors=actors,
        stance_cues={r["cue"].lower(): r["polarity"] for r in stance if r["target"] != "relation"},
        relation_nouns={r["cue"].lower(): r["polarity"] for r in stance if r["target"] == "relation"},
        agent_cues=frozenset(r["cue"].lower() for r in stance if r["target"] == "agent"),
        passive_cues=frozenset(r["cue"].lower() for r in stance if r["target"] == "passive"),
        mutual_cues=frozenset(r["cue"].lower() for r in stance if r["target"] == "mutual"),
        authority_cues=frozenset(r["cue"].lower() for r in stance if r.get("doer") == "authority"),
        given_cues=frozenset(r["cue"].lower() for r in stance if r["target"] == "given"),
        stance_requires=requires,
        pronouns={r["word"].lower(): r["refers"] for r in _rows(language, "pronouns.tsv")},
        channels={r["channel"].lower(): r["channel"] for r in _rows(language, "channels.tsv")},
        office_words=frozenset(r["word"].lower() for r in office),
        institution_heads=frozenset(r["word"].lower() for r in office if r["kind"] == "head"),
        place_heads=frozenset(r["word"].lower() for r in office if r["kind"] in ("head", "place", "facility")),
        place_openers=frozenset(r["word"].lower() for r in office if r["kind"] == "place"),
        facility_heads=frozenset(r["word"].lower() for r in [*office, *nouns] if r["kind"] == "facility"),
        home_code=home_codes[0] if home_codes else None,
        home_institutions=frozenset(
            r["value"].lower() for r in home if r["key"] in ("institution", "authority", "regional")
        ),
        home_regional=frozenset(r["value"].lower() for r in home if r["key"] == "regional"),
        home_authorities=frozenset(r["value"].lower() for r in home if r["key"] == "authority"),
        home_abroad=frozenset(r["value"].lower() for r in home if r["key"] == "abroad"),
        home_portfolios=frozenset(r["value"].lower() for r in home if r["key"] == "portfolio"),
        foreign_posts=frozenset(r["value"].lower() for r in home if r["key"] == "foreign_post"),
        any_body_posts=frozenset(r["value"].lower() for r in home if r["key"] == "any_body"),
        openers=frozenset(r["word"].lower() for r in openers),
        circumstances=frozenset(r["word"].lower() for r in openers if r["kind"] in ("circumstance", "preposition")),
        prepositions=frozenset(r["word"].lower() for r in openers if r["kind"] == "preposition"),
        clause_openers=frozenset(r["word"].lower() for r in openers if r.get("clause") == "yes"),
        regions=frozenset(r["word"].lower() for r in nouns if r["kind"] == "region")
        | frozenset(r["word"].lower() for r in office if r["kind"] == "region"),
        institution_words=frozenset(r["word"].lower() for r in nouns if r["kind"] in ("institution", "profession")),
        professions=frozenset(r["word"].lower() for r in nouns if r["kind"] == "profession"),
        company_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "company"),
        state_organs=frozenset(r["word"].lower() for r in nouns if r["kind"] in ("state_organ", "state")),
        authority_acts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "authority_act"),
        hostile_acts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "hostile_act"),
        results=frozenset(r["word"].lower() for r in nouns if r["kind"] == "result"),
        body_heads=frozenset(r["word"].lower() for r in nouns if r["kind"] == "body_head"),
        acts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "act"),
        sport_words=frozenset(r["word"].lower() for r in nouns if r["kind"] == "sport"),
        game_cues=frozenset(r["word"].lower() for r in nouns if r["kind"] == "game_cue"),
        group_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] in ("group", "counterpart")),
        counterparts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "counterpart"),
        vague_groups=frozenset(r["word"].lower() for r in nouns if r["kind"] == "vague"),
        person_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "person"),
        relations=frozenset(r["word"].lower() for r in nouns if r["kind"] == "relation"),
        relation_groups=frozenset(r["word"].lower() for r in nouns if r["kind"] == "relation_group"),
        organization_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "organization"),
        state_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "state"),
        website_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "website"),
        person_pronouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "pronoun"),
        name_openers=frozenset(r["word"].lower() for r in nouns if r["kind"] == "name_opener"),
        posts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "post"),
        familiar=frozenset(r["word"].lower() for r in nouns if r["kind"] == "familiar"),
        speech_acts=frozenset(r["word"].lower() for r in nouns if r["kind"] == "speech_act"),
        thing_acronyms=frozenset(r["word"] for r in nouns if r["kind"] == "acronym"),
        abbreviations=frozenset(r["word"].lower() for r in office if r["kind"] == "corps"),
        records=frozenset(r["word"].lower() for r in nouns if r["kind"] == "record"),
        group_heads=frozenset(r["word"].lower() for r in nouns if r["kind"] in ("group_head", "state_organ", "state")),
        team_nouns=frozenset(r["word"].lower() for r in nouns if r["kind"] == "team"),
        events=frozenset(r["word"].lower() for r in nouns if r["kind"] == "event"),
        cities=frozenset(r["word"].lower() for r in nouns if r["kind"] == "city") | frozenset(abroad),
        abroad={place: code for place, (_, code) in abroad.items()},
        abroad_regions=frozenset(place for place, (kind, _) in abroad.items() if kind == "region"),
        shared_titles=frozenset(r["word"].lower() for r in nouns if r["kind"] == "shared_title"),
        envoys=frozenset(r["word"].lower() for r in nouns if r["kind"] == "envoy"),
        diplomatic_posts=frozenset(r["word"].lower() for r in nouns if r["kind"] in ("envoy", "diplomatic_post")),
        company_words=frozenset(r["word"].lower() for r in nouns if r["kind"] == "company_word"),
        common_words=frozenset(r["word"] for r in _rows(language, "common_words.tsv")),
    )
    log.debug("loaded %s resources: %d cues, %d actors", language, len(cues), len(actors))
    return lex
