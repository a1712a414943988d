"""Name finding for a ``Document``: the passes that turn the tagger's spans, the lexicons' actors and
institutions, and titled names into typed mentions (``Document._find_names`` and its helpers).

A mixin of ``Document`` (``document.py``), kept apart so that each module reads in one sitting: the
document model (paragraphs, sentences, people and look-ups) there, how names are found here, and the
passes for states, institutions and firms in ``institutions.py``. Every pass reads and edits the list
of (start, end, type) spans found so far; ``_add_name`` records them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, cached_property
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from tasks.extract import ner
from tasks.extract.institutions import SHORT_FORM_AFTER, InstitutionFinder, name_like
from tasks.extract.lang import Lexicon, actor_key
from tasks.extract.text import UNQUOTED_TITLE, WORK_TITLE_OPENS, WordIndex
from tasks.extract.vocab import (
    AGE_NEXT,
    CAMEL_CASE,
    COMPANY_PREFIXES,
    MASTHEAD_WORDS,
    MONTH_NAMES,
    NAME_LIKE_RELATIONS,
    NAME_NOTE,
    NAME_OPENING,
    ONE_OF_WORDS,
    OUTLET_NOUNS,
    REGNAL,
    RUN,
    body_heads,
    common_shape,
    common_verb,
    goes_by_honorific,
    group_word,
    has_title,
    head_at,
    holder_title,
    home_institution_words,
    is_name_word,
    match_title,
    name_suffix,
    noun_shape,
    opened_by_two_openers,
    person_initials,
    title_kind,
)

if TYPE_CHECKING:
    from tasks.extract.document import Mention, Person

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
CAPITALISED = re.compile(r"[A-Z]")
AND_BEFORE = re.compile(r"(?<![\w-])(dan) $")
WORD_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z][\w'’-]*) $")
ACRONYM_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2,5}) $")
CAPITAL_WORD_ENDS = re.compile(r"[A-Z][\w()-]* $")
NAME_SET_OFF = re.compile(r",? [A-Z][a-z]")  # a name after another, maybe after a comma
MAX_LOOKS = 50  # occurrences of a name read again at most (a hostile text repeats one without end)
PLACE_AFTER_HEAD = re.compile(r"(?<![\w-])([A-Za-z]+) ([A-Z][a-z]\w*)")


ALIAS_AFTER = re.compile(r" ?\(([A-Z][a-z][\w-]+)\)")  # "Joko Widodo (Jokowi)"
INITIALS_AFTER = re.compile(r" ?\(([A-Z]{2,4})\)")  # "Jusuf Kalla (JK)": the name's initials
KNOWN_AS = re.compile(r" alias ([A-Z][a-z][\w-]+(?: [A-Z][a-z][\w-]+)?)(?![\w-])")  # "Surya Utama alias Uya Kuya"
# "Saifullah Yusuf atau Gus Ipul", "Eri Cahyadi atau yang akrab disapa Cak Eri": the name an honorific opens
# (a nickname alone, "atau yang akrab disapa Yoyo", stays the speaker's name: the full name before it is
# often glued to a band's or a club's name, "penggebuk drum Padi Surendro Prasetyo")
ALIAS_OR = re.compile(
    r",? atau (?:(?:yang )?(?:akrab|biasa|lebih) (?:disapa|dikenal|dipanggil)(?: dengan)? )?"
    r"([A-Z][a-z]+) ([A-Z][a-z][\w-]+)"
)
# the name someone goes by, after "(yang) akrab disapa", "sering dipanggil" ...: its honorific, then the name
CALLED = (
    r"(?:lebih |juga |bisa juga )?(?:akrab |biasa |kerap |karib |sering |populer )?(?:disapa|dipanggil)(?: dengan)? "
    r"(?:(?P<hon>[A-Z][a-z]+) )?(?P<nick>[A-Z][a-z][\w'’-]*)(?![\w'’-]| [A-Z])"
)
# "Suwarno, yang akrab disapa Mbah Tupon", "Maruarar Sirait atau akrab disapa Ara": the name the article may
# use for the person afterwards (an honorific before it, "Mbah", stays out of it)
NICKNAMED = re.compile(r",? (?:atau )?(?:yang )?" + CALLED)
# a description pointing back to the person named before, with the name they go by: "laki-laki yang sering
# dipanggil Kobi itu", "menteri yang akrab disapa Ara"
DESCRIBED_NICKNAME = re.compile(r"(?<![\w-])(?P<head>[a-z][\w-]*) yang " + CALLED)
# the name a person goes by, set off before "sapaan akrab(nya)" (the greeting they are known by): "Gus Ipul, sapaan
# akrabnya, mengaku ..." (of the person the text is about), "Danny - - sapaan akrab Ramdhan Pomanto" (of the one
# named after it)
GREETED = re.compile(
    r"(?<![\w'’-])(?:(?P<hon>[A-Z][a-z]+) )?(?P<nick>[A-Z][a-z][\w'’-]*)(?:,| ?-+(?: ?-)*) ?sapaan(?: akrab| karib)?"
    r"(?P<nya>nya)?(?![\w-])(?: (?P<named>[A-Z]))?"
)
ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{2,}(?![\w-])")
# a word in lower case right before a word and one right after it (or a comma, a full stop): the word stands alone
LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z][\w-]*,? $")
LOWER_AFTER = re.compile(r"(?: [a-z]|[,.])")
# capitalised words right before a slash that joins them to the next name ("Greysia Polii / | Apriyani Rahayu")
SLASH_PAIR_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*) ?/ ?$")
NAME_WORD = re.compile(r"(?<![\w.-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?![\w-])")


# words naming a period of the past before a state's name ("zaman Belanda", "masa penjajahan Jepang")
ERA_BEFORE = re.compile(r"\b(?:zaman|jaman|era|masa|penjajahan|kolonial|jajahan)\s+$", re.IGNORECASE)
# a state named by its currency ("50 dollar AS") is no place of the story
CURRENCY_BEFORE = re.compile(r"\b(?:dolar|dollar)\s+$", re.IGNORECASE)
# initials listed with others ("tersangka DM, ES, dan AS"): a person's, not a state's short name
INITIALS_LISTED = re.compile(r"\b[A-Z]{1,3}(?:,\s*[A-Z]{1,3})*,?\s+(?:dan|serta)\s+$|\b[A-Z]{1,3},\s+$")


def _free_of(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether a span overlaps none of ``spans`` (bisect)."""
    taken = sorted(spans)
    starts = [t[0] for t in taken]

    def free(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        if i >= 0 and taken[i][1] > start:
            return False  # inside a span already
        return not (i + 1 < len(taken) and taken[i + 1][0] < end)

    return free


def in_heading(body: str, pos: int) -> bool:
    """Whether ``pos`` lies in a heading: a short line of capitalised words with no full stop."""
    line_start = body.rfind("\n", 0, pos) + 1
    line_end = body.find("\n", pos)
    line = body[line_start : line_end if line_end >= 0 else len(body)].strip()
    words = line.split()
    if not words or len(words) > 14 or line[-1:] in '.!?"”:,':
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


@cache
def _state_words(lex: Lexicon) -> frozenset[str]:
    """The lower-case first words of the states' names and aliases ("korea" of "Korea Selatan", "india")."""
    return frozenset(k.split(" ", 1)[0] for k, a in lex.actors.items() if a.type == "country" and not k.isupper())


@cache
def _cue_then_two_words(lex: Lexicon) -> re.Pattern[str]:
    """A quotation cue, then two capitalised words: whom the cue names ('"...," kata Ardi Satya')."""
    cues = "|".join(sorted(map(re.escape, lex.quote_cues), key=len, reverse=True))
    first = re.escape("".join(sorted({c[0] for c in lex.quote_cues})))  # (a cue's first letter: half the time)
    return re.compile(rf"\b(?=[{first}])(?:{cues})\s+([A-Z][\w'’-]*\s+[A-Z][\w'’-]*)")


# a name and the age the article gives after it: "Mahmudi (43)", "Sri Lestari (29)"
NAME_PART = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)?"
# two to four capitalised words with single spaces between them ("Aries Agung Paewai")
NAME_RUN = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![\w'’-])")
# one or two capitalised words, also hyphenated ("Lip-Bu", "Jae-in"), before a capitalised word that closes the
# run: given names before a surname ("Lip-Bu Tan,"; not "Al Muzzammil | Yusuf")
SURNAME_AFTER_GIVEN = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? ){1,2})([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])"
)
CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# capitalised words set off before a description of one person: "Yusti, salah satu siswi", "Adi, seorang warga"
DESCRIBED_NAME = re.compile(
    rf"(?<![\w'’-])((?:{NAME_PART} ){{0,2}}{NAME_PART}),\s+((?:{ONE_OF_WORDS}|mantan)\s+)?"
    r"([a-z]+)\b(\s+[A-Z])?"
)
RESIDENT_NOUNS = frozenset({"warga", "penduduk"})  # "Kusuma, warga Demak": where the person lives
RESIDENT_BEFORE = re.compile(r"\b(?:[Ww]arga|[Pp]enduduk) (?:([A-Z][a-z]+) )?$")  # "Warga (Kampung) | Pulo"
PERSON_KINDS = ("office", "profession", "rank")  # titles.tsv kinds of one person's title
# one name set off by a comma that ends the sentence or the phrase (read from the comma: a description before it)
SET_OFF_NAME = re.compile(r", (?P<name>[A-Z][a-z]{2,})(?=\.(?:\s|$)|, [a-z])")
DESCRIPTION_BEFORE = re.compile(r"(?<![\w-])(?P<head>[a-z]+)(?: [a-z]+){0,2}$")  # its head first, three words at most
# a name with the person's age after it, or a note that it is not their own ("Mamat (bukan nama sebenarnya)")
AGED_NAME = re.compile(rf"(?<![\w'’-])((?:{NAME_PART} ){{0,3}}{NAME_PART}) {NAME_NOTE}")
SET_OFF_AFTER = re.compile(r", ")  # a name set off after a role
LIST_GOES_ON = re.compile(r",? (?:dan|serta|atau) |, [A-Z]")  # "A, B, dan C", "A, B, C": names listed
ENGLISH_POSSESSIVE = re.compile(r"['’]s(?= )")  # "Wulan's Questions": what follows is the person's, not the name
SMALL_WORDS = r"of|and|for|the|dan|untuk|&"  # the small words inside a body's name
INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{3,8})\)")  # "(MHTC)", "(JIS)": a name's initials, all in capitals
BRACKETED_WORD = re.compile(r"\(([A-Z][a-z]+[A-Za-z]*)\)")  # "(Celios)", "(Peparnas)": not "(PBB)", an acronym
# a run of capitalised words (with the small words of bodies' names) right before an opening bracket
SPELLED_RUN = re.compile(rf"((?:[A-Z][\w'’-]*\s+(?:(?:{SMALL_WORDS})\s+)*)+)\($")
REGNAL_AFTER = re.compile(r" ([IVX]+)(?![\w-])")  # a regnal number after a name: "Hamengkubuwono X"
# the capitalised run of a role ending right before a comma, its first word read ("Kepala Desa Sayung")
CAPITALISED_RUN_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*)(?: (?:[A-Z0-9(][\w()/-]*|dan))*$")
# where a role's holder set off after it ends: the sentence, or a comma before a lower-case word that
# continues no list ("Anwar, untuk ...", not "Pelayanan, dan Hubungan ...")
ROLE_HOLDER_ENDS = re.compile(r"(?:[.!?]|,? (?!dan\b|serta\b|atau\b)[a-z]|,\s*$|\s*$)")
# a role of up to six words opening a sentence, its title first (after "mantan"): "Mantan kapten timnas Brasil"
ROLE_OPENING = re.compile(r"\s*(?:(?:[Mm]antan|[Ee]ks)\s+)?([A-Za-z]+)(?:\s+[\w-]+){0,5}")
# a number after a capitalised word: "Daop 6", "Koramil 05" name units, not people
NUMBERED = re.compile(r" \d+\b")


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` overlaps any of ``spans`` (bisect over their starts and the
    furthest end reached so far: a text dense with names stays linear)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    furthest = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans starting before ``end``
        return i > 0 and furthest[i - 1] > start

    return overlaps


def _spells(words: list[str], short: str) -> bool:
    """Whether ``short`` opens with the first word's initial and holds the others' in order ("Celios": C,
    E, L, S; not "Amerika Serikat | (Permias)", the short form of a longer name)."""
    letters = iter(short.lower())
    return short[:1].lower() == words[0][:1].lower() and all(w[0].lower() in letters for w in words)


ENGLISH_AND_NEXT = re.compile(r" and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
ENGLISH_AND_BEFORE = re.compile(r"[A-Z][\w'’-]* and $")
# a news outlet's noun, then its name ("surat kabar Sinar Harian"), or a source of one ("sumber People": a
# source speaks for a body or an outlet, never for a person), or a report from one ("laporan dari Sohu": in
# the corpus always a medium or a body), or one a text is quoted from ("dikutip dari Science Alert", "dilansir
# Reuters"); or a medium described, then its name set off by commas ("Media lain asal Malaysia, Sinar Harian, ...")
OUTLET_MISTYPED = frozenset({"person", "place"})
OUTLET_NAMED = re.compile(  # (the lookahead: the first letters of the words it opens with, for speed)
    rf"\b(?=[KkSsHhMmTtLlPpNnDd])(?:(?:{OUTLET_NOUNS}|(?:[Nn]ara)?[Ss]umber|[Ll]aporan(?: terbaru)? dari"
    r"|[Dd]ikutip dari|[Dd]ilansir(?: dari)?|[Mm]elansir)\s+([A-Z][\w.'’-]*)"
    r"|[Mm]edia(?: [a-z]+){0,3}(?: [A-Z][a-z]+)?, ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),)"
)
# a place of one or two words, then a masthead word: a newspaper's name ("India Today", "The Korea Herald")
MASTHEAD = re.compile(
    r"\b(?:The )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(MASTHEAD_WORDS)) + r")\b(?! [A-Z])"
)
# an outlet's noun and the state it is of, then its name set off by commas ("kantor berita Iran, Tasnim, ...")
OUTLET_OF_STATE = re.compile(
    rf"\b(?=[KkSsHhMmTtLlPp])(?:{OUTLET_NOUNS}) ([A-Z][a-z]+), ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}),"
)


def _written_again(body: str, names: set[str]) -> set[tuple[int, int]]:
    """Where each of ``names`` stands in ``body`` as whole words (found with ``str.find``: no pattern to
    build per article), the longer name where two overlap."""
    out: set[tuple[int, int]] = set()
    covered = bytearray(len(body))
    for name in sorted(names, key=len, reverse=True):
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            whole = not _continues(body[at - 1 : at], "'’.-") and not _continues(body[end : end + 1], "'’-")
            if whole and not any(covered[at:end]):
                out.add((at, end))
                covered[at:end] = b"\x01" * (end - at)
            at = body.find(name, end)
    return out


def _continues(char: str, marks: str) -> bool:
    """Whether ``char`` (one character or none) would run on the word next to it."""
    return bool(char) and (char.isalnum() or char == "_" or char in marks)


class NameFinder(InstitutionFinder):
    """The name-finding passes of ``Document`` (see the module's docstring)."""

    body: str
    lex: Lexicon
    words: WordIndex
    sentences: list[tuple[int, int, int]]
    mentions: list[Mention]
    people: list[Person]
    _sentence_starts: list[int]
    _aliases: dict[str, Person]
    _alone: dict[str, bool]
    _mention_starts: list[int]
    _lower_words: set[str]
    short_forms: frozenset[str] = frozenset()  # bodies' short forms spelling their initials ("Celios")
    _family_at: dict[str, int]
    outlet_names: frozenset[str] = frozenset()  # media named after an outlet's noun or a report ("Sohu")
    firm_names: frozenset[str] = frozenset()  # firms named again without their legal form ("Taspen" of "PT Taspen")
    described_bodies: frozenset[str] = frozenset()  # names the article describes as a body's ("perusahaan Valdor")
    people_initials: frozenset[str] = frozenset()  # persons written by initials ("berinisial YG")
    initials_at: frozenset[tuple[int, int]] = frozenset()  # where the text gives them as a person's

    def _find_names(self) -> None:
        body, lex = self.body, self.lex
        found: list[tuple[int, int, str]] = []
        self._lower_words = {w for s, _, w in self.words.items if self.body[s].islower()}
        self._alone = {}  # ``_goes_by_alone``'s answers
        common = _CommonWords(self._lower_words, lex.common_words, self._after_lower_word)
        for s, e, _ in self.sentences:
            toks = ner.tokenize(body, s, e, lex.glued_titles)
            if not any(CAPITALISED.match(t.text) for t in toks):
                continue
            words = [t.text for t in toks]
            found += self._split_runs(toks, ner.entities(words, lex, common=common))
        found += self._titled_names(found)
        found = self._aged_names(found)
        found = self._set_off_after_role(found)
        found = self._employer_set_off(found)
        found = self._spelled_bodies(found)
        found = self._described_names(found)
        found = self._set_off_after_description(found)
        found += self._actor_names(found)
        found += self._institution_names(found)
        found += self._home_institution_names(found)
        found = self._company_names(found)
        found = self._split_after_company_word(found)
        found = self._firms_named_again(found)
        found = self._described_organisations(found)
        found = self._named_after_organisation_noun(found)
        found = self._company_word_runs(found)
        found = self._english_bodies(found)
        found = [self._joined_by_and(s, e) if k == "person" else (s, e, k) for s, e, k in found]
        found = self._person_after_office(found)
        found = self._facilities_named_after_people(found)
        found = self._cities(found)
        found = self._platforms(found)
        found = self._outlets(found)
        found = self._mastheads(found)
        found = self._organisations_named_again(found)
        found = [(s, e, _camel_case_type(self.body[s:e], k)) for s, e, k in found]
        found = [f for f in found if not self._group_noun(*f)]
        found = self._places_that_speak(found)
        found = self._given_name_out_of_organisation(found)
        found = self._organisations_named_as_people(found)
        found = self._two_names_run_together(self._parts_of_one_name_joined(self._paired_by_slash(found)))
        people_initials = self._people_initials()
        if people_initials:  # "YG" of "berinisial YG": the tagger took the capitals for a body's acronym
            given = self.initials_at
            found = [(s, e, "person" if (s, e) in given or body[s:e] in people_initials else k) for s, e, k in found]
            free = _free_of([(s, e) for s, e, _ in found])
            found += [(s, e, "person") for s, e in sorted(given) if free(s, e)]
        not_names = self._not_name_words(found)
        self.not_names = not_names
        named = {self.body[s:e] for s, e, k in found if k == "person"}
        given_names = _given_names(named, lex)
        for start, end, kind in found:
            if self.body.count("(", start, end) > self.body.count(")", start, end) and self.body[end : end + 1] == ")":
                end += 1  # "Kementerian Perhubungan (Kemenhub)": the closing bracket is the name's
            start = _after_unopened_bracket(self.body, start, end)
            if start >= end:
                continue
            if kind == "organization":
                start = self._head_before(start)
            if kind == "person":
                start = self._cut_leading(self._extend_left(start, not_names), end, not_names)
                start = self._after_relation(start, end)
                start = self._cut_capitalised_by_position(start, end, named)
                given = _given_name_and_initials(self.body, start, given_names, lex)
                balinese = BALINESE_BEFORE.search(self.body, max(0, start - 4), start)
                if balinese and self.body[start:end].split(" ", 1)[0].lower() in lex.name_openers:
                    given = balinese.start(1)  # "AKP | I | Gusti Nyoman Jaya": "I" (men) or "Ni" (women) opens it
                sasak = SASAK_BEFORE.search(self.body, max(0, start - 8), start)
                if sasak:
                    given = min(given, sasak.start(1))  # "DPR RI | Lalu | Hadrian Irfani": a Sasak name's opener
                if given < start:
                    self._end_mentions_before(given)
                    start = given
                start = self._familiar_before(start, end)
                end = self._cut_heading_tail(start, end, named)
                if self._heading_phrase(start, end, named):
                    continue  # "Berharap Pelatih | Baru Timnas Diumumkan Lebih Cepat": a heading's words, nobody
                possessive = ENGLISH_POSSESSIVE.search(self.body, start, end)
                if possessive is not None and possessive.start() > start:
                    end = possessive.start()  # "Sinar Wulan | 's Questions": a show named after her, not her name
                if noun_shape(self.body[start:end].split(" ", 1)[0]):
                    start = _after_act_noun(self.body, start, end, self.is_common_word, lex)
                    if start < 0:
                        continue  # "Penyelenggaraan Haji", "Pembayaran Pajak Tahunan": a noun phrase, nobody
                lone = self.body[start:end]
                if lone.lower() in lex.events:
                    continue  # "Idul Fitri", "Natal": a holiday, nobody
                if (
                    " " not in lone
                    and (self.is_lexicon_word(lone) or common_shape(lone) or REGNAL.match(lone))
                    and not self._given_name_named_by_cue(start, lone)
                    and (start, end) not in self.initials_at
                ):
                    continue  # "Bea | Cukai", "Pengendalian | Pencemaran", "Peparnas | XV": an institution's, nobody
                if WORK_TITLE_OPENS.search(self.body, max(0, start - 50), start):
                    continue  # 'artikel "Kronologi Konflik Elon Musk ..."': a work's title, nobody's name
                if UNQUOTED_TITLE.search(self.body, max(0, start - 200), start):
                    continue  # "dengan judul X, Dony Ahmad Munir Masih Godok ...": title-case words run on
            self._add_name(start, end, kind)
        self._names_again(not_names)
        self._short_names_in_full(not_names)
        self._surnames_in_full(not_names)
        self._acronyms_again()
        if people_initials:
            free = self._free_span_test()
            for m in ACRONYM.finditer(body):
                if m.group() in people_initials and free(m.start(), m.end()):
                    self._add_name(m.start(), m.end(), "person")  # the suspect "YG" again, wherever written
        self._aliases = {}
        for p in self.people:
            after = p.start + len(p.name)
            alias = ALIAS_AFTER.match(self.body, after) or KNOWN_AS.match(self.body, after)
            short = alias.group(1) if alias else None
            initials = INITIALS_AFTER.match(self.body, after) if alias is None else None
            if initials is not None and _initials_of_name(initials.group(1), p.tokens):
                firm = any(t.lower() in self.lex.company_words or t.lower() in self.lex.office_words for t in p.tokens)
                if not firm:
                    short = initials.group(1)  # "Jusuf Kalla (JK)", "Agus Harimurti Yudhoyono (AHY)": his initials
            honoured = ALIAS_OR.match(self.body, after) if alias is None else None  # "Saifullah Yusuf atau Gus Ipul"
            if honoured is not None and self.lex.titles.get(honoured.group(1).lower()) == "honorific":
                short = honoured.group(2)
            nicknamed = NICKNAMED.match(self.body, after) if short is None else None
            if nicknamed is not None and (
                nicknamed["hon"] is None or self.lex.titles.get(nicknamed["hon"].lower()) == "honorific"
            ):
                short = nicknamed["nick"]
            if short and len(p.tokens) > 1 and short not in p.tokens:
                self._aliases.setdefault(short, p)
        self._nicknames_described()
        self._nicknames_greeted()
        self._initials_again()
        self._fullest.clear()  # answers given before the aliases were known
        self._answers.clear()
        self.mentions.sort(key=lambda m: m.start)
        # in the order the text names them, as the mentions: the passes after the tagger's add people out
        # of order ("Wati" of a quotation found again after "Budi" of the next paragraph), and the last
        # person named before a pronoun is read off this list
        self.people.sort(key=lambda p: p.start)
        self._mention_starts = [m.start for m in self.mentions]
        # "sejak zaman Belanda": a state named for an era of the past is no place of the story
        states = [m for m in self.mentions if m.type == "state"]
        codes = [m.code for m in states if not self._named_in_passing(m.start)]
        self._story_codes = codes  # the states the story is set in, also read by ``story_state``
        foreign = sum(c != lex.home_code for c in codes)
        # a story about the home state (or about no state): its unplaced officials are the home state's
        self.home_story = foreign == 0 or codes.count(lex.home_code) >= foreign
        self._home_named_as_state = lex.home_code in codes

    def _people_initials(self) -> frozenset[str]:
        """Capitals the text gives as a person's initials ("berinisial YG", "AYS (28)"): where it gives them
        (``initials_at``) and which (``people_initials``). Elsewhere the same capitals are the person again unless
        a lexicon names them: a state's short form stays the state ("berinisial AS (21)", then "dikirim dari AS")."""
        body = self.body
        spans = [m.span() for m in ACRONYM.finditer(body) if len(m.group()) <= 4 and person_initials(body, *m.span())]
        self.initials_at = frozenset(spans)
        self.people_initials = frozenset(body[s:e] for s, e in spans)
        return self.people_initials

    def _nicknames_described(self) -> None:
        """The name a person goes by, given in a description pointing back to them ("laki-laki yang sering
        dipanggil Kobi itu" after "Takeru Kobayashi"): an alias of the person named last before it, when the
        description's head is a person's noun or title, no honorific opens the name ("Pak Jarwo" may be someone
        new), no other full name holds the word and the word shortens no name."""
        lex = self.lex
        if "disapa" not in self.body and "dipanggil" not in self.body:
            return  # (most articles name nobody so: the pattern is not read over them)
        people = sorted(self.people, key=lambda p: p.start)
        starts = [p.start for p in people]
        quoted = sorted((q.start, q.end) for qs in self.quotes for q in qs)
        in_full = {t for p in people if len(p.tokens) > 1 for t in p.tokens}
        # the beginnings of the article's name words: "Had" shortens "Hadiyan"
        shortened = {t[:k] for p in people for t in p.tokens for k in range(1, len(t))}

        def inside_a_quotation(pos: int) -> bool:
            i = bisect_right(quoted, (pos, len(self.body))) - 1
            return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

        for m in DESCRIBED_NICKNAME.finditer(self.body):
            head, honorific, nick = m.group("head"), m.group("hon"), m.group("nick")
            if honorific is not None:
                continue  # "pria yang akrab disapa Pak Jarwo": an address, for someone the text may newly introduce
            if head not in lex.person_nouns and head not in lex.titles and head not in lex.professions:
                continue
            if nick in self._aliases or nick in in_full or nick in shortened:
                continue  # another full name holds the word, or it shortens one ("disapa Had" of "Hadiyan")
            # the last person named before, not inside a quotation ('"... Kori ...," ujar pria yang biasa disapa
            # Had itu')
            i = bisect_left(starts, m.start()) - 1
            while i >= 0 and inside_a_quotation(people[i].start):
                i -= 1
            full = (self.fullest(people[i].name) or people[i]) if i >= 0 else None
            if full is not None and len(full.tokens) > 1:
                self._aliases[nick] = full

    def _nicknames_greeted(self) -> None:
        """The name a person goes by, set off before "sapaan akrab": an alias of the person named right after it
        ("Danny - - sapaan akrab Ramdhan Pomanto"), else of the person the text is about ("Gus Ipul, sapaan
        akrabnya, ..."): the last person named in full before it, outside quotations, who does not already go by
        one of their names alone (not "Anas" of "Abdullah Azwar Anas", named so since). Only for a word no other
        full name holds, after an honorific or none."""
        if "sapaan" not in self.body:
            return  # (most articles: the pattern is not read over them)
        people = sorted(self.people, key=lambda p: p.start)
        # (not the nicknames themselves: "Gus Ipul" holds "Ipul")
        in_full = {t for p in people if len(p.tokens) > 1 and not self.is_nickname(p.tokens) for t in p.tokens}
        for m in GREETED.finditer(self.body):
            honorific, nick = m.group("hon"), m.group("nick")
            if honorific is not None and self.lex.titles.get(honorific.lower()) != "honorific":
                continue
            if nick in self._aliases or nick in in_full:
                continue
            if m.group("named") is not None:
                after = [p for p in people if p.start == m.end() - 1 and len(p.tokens) > 1]
                full = self.fullest(after[0].name) or after[0] if after else None
            else:
                full = self._topic_before(people, m.start())
            if full is not None:
                self._aliases[nick] = full

    def _topic_before(self, people: list[Person], at: int) -> Person | None:
        """The last person named in full before ``at``, outside quotations, none of whose names the text wrote
        alone after the full name and before ``at``."""
        quoted = sorted((q.start, q.end) for qs in self.quotes for q in qs)
        alone: dict[str, int] = {}  # a name written alone before ``at``: where it was written last
        for p in people:
            if len(p.tokens) == 1 and p.start < at:
                alone[p.tokens[0]] = p.start
        for p in reversed([p for p in people if p.start < at and len(p.tokens) > 1]):
            i = bisect_right(quoted, (p.start, len(self.body))) - 1
            if i >= 0 and quoted[i][0] <= p.start < quoted[i][1]:
                continue
            if any(alone.get(word, -1) > p.start for word in p.tokens):
                continue  # "Abdullah Azwar Anas ..., Anas ...": the text already calls him so
            return self.fullest(p.name) or p
        return None

    @cached_property
    def home_named(self) -> bool:
        """Whether the home state is named at all, or one of its provinces or cities ("Kabupaten Lampung
        Utara"): read only when asked (a story about another state)."""
        regions = self.lex.regions
        return self._home_named_as_state or any(w in regions and self.body[s].isupper() for s, _, w in self.words.items)

    def _given_name_out_of_organisation(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's given name the tagger ran into the organisation before the rest of the name ("Kepala
        Bapanas Arief | Prasetyo Adi"), when the article names the person by that word alone at least
        twice ("ujar Arief"): the word opens the person's name."""
        body = self.body
        alone = Counter(body[s:e] for s, e, k in found if k == "person" and " " not in body[s:e])
        person_at = {s: e for s, e, k in found if k == "person"}
        moved: dict[int, int] = {}  # person span start -> its new start
        out = []
        for s, e, k in found:
            last = body.rfind(" ", s, e) + 1
            if k != "person" and last > s and e + 1 in person_at and body[e] == " " and alone[body[last:e]] >= 2:
                moved[e + 1] = last
                e = last - 1
            out.append((s, e, k))
        return [(moved.get(s, s), e, k) if k == "person" else (s, e, k) for s, e, k in out]

    def _organisations_named_as_people(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A two- or three-word "organisation" of bare capitalised words (no lexicon word, acronym or firm's
        word) whose last word the article names as a person alone at least twice ("dipimpin oleh Qiaomei Fu
        dari ...", then '"...," ujar Fu' and "jelas Fu"), and opens no other name, is that person's full
        name: the tagger read the name as a body. So too a one-word "organisation" the article names alone as
        a person at least twice and more often than as a body ("memberi dukungan kepada Ratih yang ..."), and
        a name of two or three such words the tagger reads as a person more often than as a body elsewhere
        ("kepada | Budi Santoso | itu" a body once, "Budi Santoso" a person twice)."""
        body = self.body
        as_person = Counter(body[s:e] for s, e, k in found if k == "person")
        alone = Counter({name: n for name, n in as_person.items() if " " not in name})
        if not as_person:
            return found
        as_body = Counter(body[s:e] for s, e, k in found if k == "organization")
        counts = (as_person, as_body)
        # (not a brand's word opening other names: "Loyalty Blibli" when "Blibli Tiket Rewards" is named too)
        opening = {body[s:e].split(" ", 1)[0] for s, e, _ in found if " " in body[s:e]}
        out = []
        for s, e, k in found:
            words = body[s:e].split(" ")
            if (
                k == "organization"
                and (
                    (2 <= len(words) <= 3 and (alone[words[-1]] >= 2 or self._more_often_a_person(s, e, counts)))
                    or (len(words) == 1 and alone[words[0]] > as_body[words[0]] and alone[words[0]] >= 2)
                )
                and words[-1] not in opening
                and all(
                    w[:1].isupper()
                    and not w.isupper()
                    and not self.is_lexicon_word(w)
                    and w.lower() not in self.lex.company_words
                    and w.lower() not in self._lower_words
                    for w in words
                )
            ):
                k = "person"
            out.append((s, e, k))
        return out

    def _more_often_a_person(self, s: int, e: int, counts: tuple[Counter[str], Counter[str]]) -> bool:
        """Whether the tagger reads the words of ``body[s:e]`` as a person more often than as a body, and the
        article never writes them as an employer, between a title and a person's name ("Direktur Utama | Jasa
        Raharja | Dewi ...", "General Manager | Perwira Steel |, Jessica Teo": a firm, whatever the tagger
        reads elsewhere)."""
        name = self.body[s:e]
        as_person, as_body = counts
        if as_person[name] <= as_body[name]:
            return False
        at = self.body.find(name)
        for _ in range(MAX_LOOKS):
            if at < 0:
                break
            title = CAPITAL_WORD_ENDS.search(self.body, max(0, at - 40), at)
            after = NAME_SET_OFF.match(self.body, at + len(name))
            if after and title and ner.is_role_word(title.group().rstrip(), self.lex):
                return False
            at = self.body.find(name, at + len(name))
        return True

    def _parts_of_one_name_joined(self, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's name never runs straight into another's: the split parts of one name join again
        ("Arief | Prasetyo Adi"; not "Isu Air | Retno Marsudi", words the article writes in lower case)."""
        body = self.body
        starts = {s: i for i, (s, _, k) in enumerate(out) if k == "person"}
        joined, dropped = list(out), set()
        for i, (s, e, k) in enumerate(out):
            j = starts.get(e + 1) if k == "person" and body[e : e + 1] == " " else None
            if j is None or j in dropped or i in dropped:
                continue
            if not any(w.lower() in self._lower_words for w in body[s:e].split()):
                joined[i] = (s, out[j][1], k)
                dropped.add(j)
        return [span for i, span in enumerate(joined) if i not in dropped]

    def _two_names_run_together(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person run of two names the article gives apart, each at least twice ("Transjakarta Ayu
        Wardhani": "Transjakarta" and "Ayu" alone, a firm the tagger reads as a person and its
        spokeswoman), or opened by the family name of a person named in full before ("Duterte Harry Roque"):
        split where the second one's given name opens."""
        body = self.body
        texts = Counter(body[s:e] for s, e, k in found if k == "person")
        # the family names of persons named in full before: "Juru bicara Duterte | Harry Roque" after "Rodrigo
        # Duterte" is the spokesman of Duterte, named after him
        family = {body[s:e].rsplit(" ", 1)[1]: s for s, e, k in found if k == "person" and " " in body[s:e]}
        out = []
        for s, e, k in found:
            words = body[s:e].split(" ")
            cut = next(
                (i for i in range(1, len(words) - 1) if texts[words[i]] >= 2 and texts[" ".join(words[:i])] >= 2), None
            ) if k == "person" else None  # fmt: skip
            if cut is None and k == "person" and len(words) >= 3 and family.get(words[0], e) < s:
                out.append((s + len(words[0]) + 1, e, k))  # (the family name is whose: no mention of its own)
                continue
            if cut is None:
                out.append((s, e, k))
                continue
            middle = s + len(" ".join(words[:cut]))
            out += [(s, middle, k), (middle + 1, e, k)]
        return out

    def _named_in_passing(self, start: int) -> bool:
        """Whether a state named at ``start`` is no place of the story: an era of the past ("zaman
        Belanda"), a currency ("dollar AS"), or initials listed with others ("DM, ES, dan AS")."""
        before = max(0, start - 20)
        return any(p.search(self.body, before, start) for p in (ERA_BEFORE, CURRENCY_BEFORE, INITIALS_LISTED))

    def _familiar_before(self, start: int, end: int) -> int:
        """Where a one-word name starts when the honorific it is known by stands before it: "Gus | Dur",
        "Cak | Imin" (``familiar`` in nouns.tsv); a longer name leaves its honorific in the role."""
        if " " in self.body[start:end]:
            return start
        before = WORD_BEFORE.search(self.body, max(0, start - 8), start)
        if before is None:
            return start
        title = WORD_BEFORE.search(self.body, max(0, before.start(1) - 20), before.start(1))
        known_by = goes_by_honorific(before.group(1), title.group(1) if title else "", self.lex)
        return before.start(1) if known_by else start

    def _end_mentions_before(self, start: int) -> None:
        """Cut the mentions found so far that run into a name starting at ``start``."""
        for k, m in enumerate(self.mentions):
            if m.start < start < m.end:
                end = len(self.body[m.start : start].rstrip()) + m.start
                self.mentions[k] = replace(m, end=end)

    def _names_again(self, not_names: frozenset[str]) -> None:
        """A person named in full is later written with one word of that name ("Rudianto" after
        "Rudianto Harahap"), where the tagger does not always see a name: each such capitalised word
        the tagger left untyped becomes a mention of that person (never a word the article uses for a
        place or organisation, a lexicon word, or a sentence's first word it also writes in lower case)."""
        parts: set[str] = set()
        for p in self.people:
            if len(p.tokens) > 1:  # the family name; the given name only of a local person (as ``fullest``)
                parts.update(p.tokens[-1:] if p.code not in (None, "IDN") else (p.tokens[0], p.tokens[-1]))
        parts = {w for w in parts if len(w) > 2 and w[:1].isupper()} - not_names
        pairs = self._two_word_names()
        # a foreign person's two-word name written again in full opens with a word that is no part alone
        openers = {a for a, _ in pairs} - not_names
        if not parts and not openers:
            return
        free = self._free_span_test()
        taken_to = -1
        for m in NAME_WORD.finditer(self.body):
            word = m.group()
            if m.start() < taken_to or (word not in parts and word not in openers) or self.is_lexicon_word(word):
                continue
            if self._common_at_start(m.start(), word.lower()):
                continue
            end = m.end()
            nxt = NAME_WORD.match(self.body, end + 1)
            pair = (word, nxt.group()) if nxt and self.body[end] == " " else None
            if pair and pair in pairs and not self.is_lexicon_word(pair[1]):
                end = taken_to = nxt.end()  # "Hun Sen" written again in full: one mention, not two
            elif word not in parts:
                continue  # the given name alone of a foreign person ("Kim"): no mention of theirs
            elif (regnal := REGNAL_AFTER.match(self.body, end)) is not None and REGNAL.match(regnal.group(1)):
                end = taken_to = regnal.end()  # "Pakubuwono III" after "Pakubuwono II": another king
            if free(m.start(), end):
                self._add_name(m.start(), end, "person")

    def _short_names_in_full(self, not_names: frozenset[str]) -> None:
        """A person the article names by one word at least twice ("kata Aries") and once in full where the
        tagger saw no whole name ("... Jawa Timur Aries Agung Paewai mengklarifikasi"): the run of
        capitalised words that word opens is the person's name, when the rest are words no lexicon knows,
        no place or organisation of the article, nothing the article writes in lower case, no firm's word
        and no other person's given name, and the run is no heading's."""
        lex, body = self.lex, self.body
        alone = Counter(p.name for p in self.people if len(p.tokens) == 1)
        short = {w for w, n in alone.items() if n >= 2 and len(w) > 2 and w not in not_names}
        if not short:
            return
        # the given names of other people's full names: "Halloween | Nessie" runs into "Nessie Judge"
        givens = {p.tokens[0] for p in self.people if len(p.tokens) > 1}
        for run in NAME_RUN.finditer(body):
            words = run.group().split(" ")
            # the run from its word that names the person ("Pers | Hery Chariansyah", "Jakarta | Ikhsan Bagas")
            at = next((i for i, w in enumerate(words[:-1]) if w in short), None)
            if at is None:
                continue
            start, end, words = run.start() + sum(len(w) + 1 for w in words[:at]), run.end(), words[at:]
            if self._common_at_start(start, words[0].lower()):
                continue
            if in_heading(body, start):
                continue  # "Nova Arianto Fokus Perkuat ...": a heading's words run on after a name
            rest = words[1:]
            if any(
                self.is_lexicon_word(w) or w in not_names or w.lower() in self._lower_words
                or w.lower() in lex.company_words or common_shape(w) or w in givens for w in rest
            ):  # fmt: skip
                continue
            inside = [x for x in self.mentions if x.start < end and start < x.end]
            if any(x.type != "person" or x.start < start or x.end > end for x in inside):
                continue  # a mention that reaches out of the run, or a place's or an organisation's
            if any(x.start == start and x.end == end for x in inside):
                continue
            self.mentions = [x for x in self.mentions if x not in inside]
            self._add_name(start, end, "person")

    def _given_name_named_by_cue(self, start: int, lone: str) -> bool:
        """Whether ``lone``, a given name spelled like an office's word ("Agung"), stands right after a
        quotation cue ('"...," kata Agung,'): the tagger's rule (``ner._given_name_after_cue``) named it."""
        before = self.body[max(0, start - 12) : start].split()
        named = lone.lower() in ner.office_given_names(self.lex)  # the same words the tagger's rule reads
        return named and bool(before) and before[-1].lower() in self.lex.quote_cues

    def _surnames_in_full(self, not_names: frozenset[str]) -> None:
        """A person the article names by one word at least twice ("kata Tan", "ujar Tan") and once after one
        or two capitalised words the tagger left untyped ("CEO baru Intel Lip-Bu | Tan"): those words open
        the person's name, when they are words no lexicon knows, nothing the article writes in lower case, no
        firm's word, no other name's and no mention's, the article names the first of them nowhere else, and
        it writes no other such name ending in the word (two people of one family name stay apart)."""
        body = self.body
        alone = Counter(p.name for p in self.people if len(p.tokens) == 1)
        longer = {t for p in self.people if len(p.tokens) > 1 for t in p.tokens}  # "Al Muzzammil Yusuf"
        short = {w for w, n in alone.items() if n >= 2 and len(w) > 2 and w.isalpha()} - not_names - longer
        if not short:
            return
        found: dict[str, set[tuple[int, int]]] = {}
        for m in SURNAME_AFTER_GIVEN.finditer(body):  # one pass over the body, whatever the number of names
            if m.group(2) not in short:
                continue
            words = m.group(1).split()
            ats = [m.start(1) + sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
            keep = len(words)  # the given names right before the word, each one that may open a name
            while keep > 0 and self._bare_given_name(words[keep - 1], ats[keep - 1]):
                keep -= 1
            if keep < len(words) and not in_heading(body, ats[keep]):
                found.setdefault(m.group(2), set()).add((ats[keep], m.end()))
        capitalised: Counter[str] | None = None
        for spans in found.values():
            if len({body[s:e] for s, e in spans}) != 1:
                continue
            if capitalised is None:
                capitalised = Counter(CAPITALISED_WORD.findall(body))
            if capitalised[body[slice(*min(spans))].split(" ", 1)[0]] > len(spans):
                continue  # "Persib | Bobotoh": a word the article also names alone is a name of its own
            for start, end in spans:
                inside = [x for x in self.mentions if x.start < end and start < x.end]
                if any(x.type != "person" or x.start < start for x in inside):
                    continue
                self.mentions = [x for x in self.mentions if x not in inside]
                self._add_name(start, end, "person")

    def _bare_given_name(self, word: str, at: int) -> bool:
        """A capitalised word that may open a person's name: no lexicon's, no acronym, nothing the article
        writes in lower case or capitalised by its place at a sentence's start, no firm's word, no mention's."""
        low = word.lower()
        return (
            not word.isupper()
            and not common_shape(word)
            and low not in self.lex.common_words  # "Data | Mercer"
            and not self.is_lexicon_word(word)
            and low not in self._lower_words
            and low not in self.lex.company_words
            and not self._common_at_start(at, low)
            and not any(x.start <= at < x.end and x.type != "person" for x in self.mentions)
        )

    def _after_relation(self, start: int, end: int) -> int:
        """A person's name without a relation noun the tagger ran into it ("Istri | Vidi Aldiano, Sheila Dara
        Aisha, ..."): the noun names the relative, and the two words or more after it the one related to."""
        first, _, rest = self.body[start:end].partition(" ")
        low = first.lower()
        if low in self.lex.relations and low not in NAME_LIKE_RELATIONS and len(rest.split()) >= 2:
            return start + len(first) + 1
        return start

    def _two_word_names(self) -> set[tuple[str, str]]:
        """The article's persons named with two words ("Hun Sen")."""
        return {p.tokens for p in self.people if len(p.tokens) == 2}

    def _acronyms_again(self) -> None:
        """An organisation's acronym written alone after its full name ("KAI" after "PT KAI",
        "Kemenkes" after "Kementerian Kesehatan (Kemenkes)") is a mention of the organisation."""
        body = self.body
        acronyms = set()
        home = home_institution_words(self.lex)
        for m in self.mentions:
            if m.type == "organization":
                words = body[m.start : m.end].split()
                # not the place an institution serves: "DKI" of "Pemprov DKI Jakarta", "NTT" of "Polda NTT"
                served = {i for i in range(1, len(words)) if words[i - 1].lower() in home}
                acronyms.update(w.strip("()") for i, w in enumerate(words) if i not in served)
        acronyms = {w for w in acronyms if len(w) > 1 and w.isupper() and w not in COMPANY_PREFIXES}
        acronyms = {w for w in acronyms if not ner.ROMAN.match(w)}  # not "III" of "Komisi III"
        if not acronyms:
            return
        self._persons_spelled_as(self._bracketed_short_forms() & acronyms)
        free = self._free_span_test()
        for m in ACRONYM.finditer(body):
            if m.group() in acronyms and free(m.start(), m.end()):
                self._add_name(m.start(), m.end(), "organization")

    def _bracketed_short_forms(self) -> set[str]:
        """The short forms the article gives in brackets right after an organisation's name ("Mahkamah Agung
        (MA)")."""
        body, out = self.body, set()
        for org in self.mentions:
            if org.type != "organization":
                continue
            after = SHORT_FORM_AFTER.match(body, org.end)
            if after is not None:
                out.add(after.group(1))
            elif body[org.end - 1 : org.end] == ")" and "(" in body[org.start : org.end]:
                out.add(body[org.start : org.end - 1].rsplit("(", 1)[1])
        return out

    def _persons_spelled_as(self, short_forms: set[str]) -> None:
        """A "person" written as an organisation's short form the article gave in brackets after its name
        ("MA menyatakan ..." after "Mahkamah Agung (MA)"): the organisation, not a suspect's initials."""
        if not short_forms:
            return
        body = self.body
        taken = {m.start for m in self.mentions if m.type == "person" and body[m.start : m.end] in short_forms}
        if not taken:
            return
        self.mentions = [
            replace(m, type="organization", code=None) if m.start in taken and m.type == "person" else m
            for m in self.mentions
        ]
        self.people = [p for p in self.people if not (p.start in taken and p.name in short_forms)]

    def _free_span_test(self) -> Callable[[int, int], bool]:
        """A test of whether ``body[start:end]`` overlaps none of the mentions known now (bisect)."""
        return _free_of([(m.start, m.end) for m in self.mentions])

    def _split_runs(self, toks: list[ner.Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Character spans of the tagged names. Where an organisation runs straight into a person
        name ("Badan Antariksa Doni | Prasetyo") the lexicon rule, which knows where institution
        names end, splits the run again."""
        out: list[tuple[int, int, str]] = []
        k = 0
        while k < len(spans):
            f, la, kind = spans[k]
            while kind == "LOC" and la - f > 1 and toks[f].text[:1].islower() and toks[f].text not in ner.PARTICLES:
                f += 1  # "pangkalan militer | Tanzania": a place's name opens with a capital (idner's spans need not)
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            heads = self.lex.institution_heads
            head_only = all(t.text.lower() in heads or t.text in COMPANY_PREFIXES for t in toks[f:la])
            if kind == "ORG" and nxt is not None and nxt[0] == la and nxt[2] == "PER" and head_only:
                # "PT | Jasa Tirta": a bare institution word opens the name that follows it
                out.append((toks[f].start, toks[nxt[1] - 1].end, "organization"))
                k += 2
                continue
            # (not when that word is a region the lexicon knows: "Partai Golkar Jabar | Rudi ..." ends there)
            last_known = toks[la - 1].text.lower() in self.lex.regions
            state_then_word = la - f >= 3 and actor_key(toks[la - 2].text) in self.lex.actors and not last_known
            if (
                kind == "ORG"
                and nxt is not None
                and nxt[0] == la
                and nxt[2] == "PER"
                and (nxt[1] - nxt[0] == 1 or state_then_word)
            ):
                # a one-word person right after an institution, or an institution closed by a state's
                # name and one more word ("Bank Indonesia Rizal | Pratama Gunadi"): the boundary is
                # doubtful; the lexicon rule, which knows institution words, places it again
                last = nxt[1]
                words = [t.text for t in toks[f:last]]
                cut = f + name_suffix(words, self.lex)
                if f < cut < last:
                    out.append((toks[f].start, toks[cut - 1].end, "organization"))
                    out.append((toks[cut].start, toks[last - 1].end, "person"))
                    k += 2
                    continue
            company = toks[f].text in COMPANY_PREFIXES  # "PT Jasa Tirta": a company's name holds no person
            if kind == "ORG" and f > 0 and toks[f - 1].text.lower() in self.lex.title_words and not company:
                # after a title ("Kepala Dinas Pariwisata Lestari Wening") an institution's name may
                # run into its head's name: the lexicon rule splits off a name of two words or more
                words = [t.text for t in toks[f:la]]
                cut = f + name_suffix(words, self.lex)
                if f < cut <= la - 2 and all(t.text[:1].isupper() for t in toks[cut:la]):
                    out.append((toks[f].start, toks[cut - 1].end, "organization"))
                    out.append((toks[cut].start, toks[la - 1].end, "person"))
                    k += 1
                    continue
            titled = match_title([t.text for t in toks[f:la]], self.lex) if kind == "ORG" and not company else 0
            if titled and holder_title(" ".join(t.text for t in toks[f : f + titled]), self.lex):
                # a holder's title opening the run ("PM | Liam Corbett", "Kapolri | Liam Corbett"): the
                # title is the role, as before a tagged person; what follows it is read as after a title
                words = [t.text for t in toks[f + titled : la]]
                cut = f + titled + name_suffix(words, self.lex)
                if cut <= la - 2 and all(t.text[:1].isupper() for t in toks[cut:la]):
                    if cut > f + titled:
                        out.append((toks[f + titled].start, toks[cut - 1].end, "organization"))
                    out.append((toks[cut].start, toks[la - 1].end, "person"))
                    k += 1
                    continue
            out.append((toks[f].start, toks[la - 1].end, TYPES.get(kind, kind.lower())))
            k += 1
        return out

    def _facilities_named_after_people(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's name right after a facility's name is part of it: "Stadion Utama Gelora | Bung
        Karno", "Bandara | Sultan Hasanuddin", "Jalan | Ahmad Yani" (a facility word opens the place);
        a "person" a facility word opens is a place ("Jembatan Layang Rawapanjang")."""
        places = [(s, e) for s, e, k in found if k == "place" and self._facility_opens(s)]
        out, merged = [], set()
        for s, e, k in found:
            facility = next((p for p in places if k == "person" and self._titles_only(p[1], s)), None)
            if facility is not None:
                merged.add(facility)
                out.append((facility[0], e, "place"))
            elif k == "person" and self._facility_opens(s) and " " in self.body[s:e]:
                out.append((s, e, "place"))  # "Jembatan Layang Rawapanjang": a facility, nobody
            elif k == "person" and (facility := self._facility_before(s)) is not None:
                out.append((facility, e, "place"))  # "Gelora | Bung Karno": the stadium, nobody
            else:
                out.append((s, e, k))
        return [f for f in out if (f[0], f[1]) not in merged or f[2] != "place"]

    def _joined_by_and(self, start: int, end: int) -> tuple[int, int, str]:
        """A "person" that English "and" joins to capitalised words ("Historical Building and Museum", "Public
        and Government Affairs") is an office's, a body's or a thing's name, nobody's: an organisation, with the
        capitalised words after the "and" (not a person's name)."""
        after = ENGLISH_AND_NEXT.match(self.body, end)
        if after is None and ENGLISH_AND_BEFORE.search(self.body, max(0, start - 30), start) is None:
            return start, end, "person"
        return start, after.end() if after is not None else end, "organization"

    def _group_noun(self, start: int, end: int, kind: str) -> bool:
        """A one-word "person" that is a noun for people as a group ("Nasabah menilai", "Kader partai"):
        the tagger reads such a word opening a sentence before a verb as a name."""
        if kind != "person" or " " in self.body[start:end]:
            return False
        return group_word(self.body[start:end].lower(), self.lex)

    def _cities(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A "person" that is a city or a district (``city`` in nouns.tsv), alone or with the word before
        it, is a place ("Yerusalem", "Cakung", "New | York"); one opening a longer "person" is the place of
        an office before the name ("Wali Kota | New York | Zohran Mamdani")."""
        cities, out = self.lex.cities, []
        ends = {e for _, e, k in found if k in ("organization", "state")}
        for s, e, k in found:
            words = self.body[s:e].split(" ")
            if k == "place" and (named := self._name_after_post_place(s, words, ends)):
                out += [(s, s + named, "place"), (s + named + 1, e, "person")]
                continue
            if k != "person":
                out.append((s, e, k))
                continue
            city = next((n for n in (3, 2, 1) if n <= len(words) and " ".join(words[:n]).lower() in cities), 0)
            if city == len(words):
                k = "place"
            elif city:  # "Wali Kota New York Zohran Mamdani": the city of the office, then the name
                cut = s + len(" ".join(words[:city]))
                out.append((s, cut, "place"))
                s = cut + 1
            elif (before := WORD_BEFORE.search(self.body, max(0, s - 12), s)) and (
                f"{before.group(1)} {self.body[s:e]}".lower() in cities
            ):
                s, k = before.start(1), "place"
            elif (home := RESIDENT_BEFORE.search(self.body, max(0, s - 30), s)) and (
                not home.group(1) or home.group(1).lower() in self.lex.place_heads
            ):  # "Warga Nogosari", "warga Kampung Pulo": where the residents live, nobody's name
                s, k = home.start(1) if home.group(1) else s, "place"
            elif len(words) > 1 and words[0].lower() in RESIDENT_NOUNS:  # "Warga Long Ayap" taken whole
                s, k = s + len(words[0]) + 1, "place"
            out.append((s, e, k))
        return out

    def _name_after_post_place(self, start: int, words: list[str], ends: set[int]) -> int:
        """The length of the place opening a "place" the tagger ran into the name after it, where an office
        sits somewhere: "Kepala Perwakilan UNICEF di | Indonesia | Maniza Zaman", "Dirjen PBB di | Jenewa |
        Michael Moller" (a state, a capital or a city, after "di" and a body or a title, then two or more
        capitalised words no lexicon knows); 0 for any other place ("di Jakarta Selatan")."""
        at = start - 4
        if self.body[at:start] != " di " or len(words) < 3:
            return 0
        post = at in ends or has_title(self.body[max(0, at - 40) : at].split()[-2:], self.lex)
        if not post:
            return 0
        for n in (2, 1):
            place = " ".join(words[:n])
            actor = self.lex.actor(place)
            known = place.lower() in self.lex.cities or (actor is not None and actor.type == "country")
            rest = words[n:]
            if known and len(rest) >= 2 and all(w[:1].isupper() and not self.is_lexicon_word(w) for w in rest):
                return len(place)
        return 0

    def _platforms(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A "person" holding a platform's name (``channels.tsv``, capitalised, four letters or more) is the
        platform or one of its products ("Instagram Story", "TikTok Shop"), unless a name of two words or more
        follows the platform opening it and a word of it comes again in the article: its owner or its head
        ("YouTube | Pandji Pragiwaksono"; not "TikTok Enforcement Delay", an act's name)."""
        platforms = {c for c in self.lex.channels.values() if c[:1].isupper() and len(c) >= 4 and " " not in c}
        out = []
        for s, e, k in found:
            words = self.body[s:e].split(" ")
            if k != "person" or not platforms.intersection(words):
                out.append((s, e, k))
            elif (
                words[0] in platforms
                and len(words) >= 3
                and not platforms.intersection(words[1:])
                and any(self._word_counts()[w] > 1 for w in words[1:])  # the owner is named again: "Pandji"
            ):
                out.append((s, s + len(words[0]), "organization"))
                out.append((s + len(words[0]) + 1, e, "person"))
            else:
                out.append((s, e, "organization"))
        return out

    def _outlets(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A "person" named right after a news outlet's noun ("surat kabar Sinar Harian", "situs berita
        Bongda.vn") or set off by commas after a medium described ("Media lain asal Malaysia, Sinar Harian,
        mengkritik ...", "kantor berita Iran, Tasnim, ...") is the outlet: an organisation (the tagger reads
        them as persons or places)."""
        starts = set()
        for m in OUTLET_NAMED.finditer(self.body):
            before = self.body[max(0, m.start() - 30) : m.start()].split()
            if m.group(1) and before and before[-1][:1].isupper() and self.body[m.start()].isupper():
                continue  # "Sinar | Harian Metro": a name holding the noun, not the noun before a name
            starts.add(m.start(1) if m.group(1) else m.start(2))
        for m in OUTLET_OF_STATE.finditer(self.body):
            state = self.lex.actors.get(actor_key(m.group(1)))
            if state is not None and state.type == "country":
                starts.add(m.start(2))
        # the outlet by the same name anywhere in the article ('"...," tulis Sinar Harian')
        outlets = {self.body[s:e] for s, e, k in found if k in OUTLET_MISTYPED and s in starts}
        if not outlets:
            return found
        self.outlet_names = frozenset(outlets)
        mistyped = {(s, e) for s, e, k in found if k in OUTLET_MISTYPED and self.body[s:e] in outlets}
        return [(s, e, "organization" if (s, e) in mistyped else k) for s, e, k in found]

    def _mastheads(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A state or a capital (or a state's first word, "Korea") or a home region named right before a
        masthead word is a newspaper's name ("India Today", "Korea Herald", "The Jakarta Post"): one
        organisation, neither the state nor a person "Today" or "Korea Herald"."""
        if not any(w in self.body for w in MASTHEAD_WORDS):
            return found
        papers = []
        for m in MASTHEAD.finditer(self.body):
            place = m.group(1)
            actor = self.lex.actor(place)
            state = (actor is not None and actor.type == "country") or place.lower() in _state_words(self.lex)
            if state or place.lower() in self.lex.regions:
                papers.append((m.start(), m.end()))
        if not papers:
            return found
        inside = {f for f in found for s, e in papers if s <= f[0] and f[1] <= e}
        return sorted([f for f in found if f not in inside] + [(s, e, "organization") for s, e in papers])

    def _organisations_named_again(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An organisation of two to five capitalised words, written again elsewhere in the article, is that
        organisation there too, whatever the tagger made of the words ("Jasa Raharja" an organisation once,
        and at a sentence's start "Jasa" cut off as a common word, leaving a person "Raharja"); not where a
        mention runs across the name's edge (its officer's name after it: "Jasa Raharja Rubi Handojo"), nor
        where a person is named in full."""
        body = self.body
        names = {body[s:e] for s, e, k in found if k == "organization" and 1 <= body.count(" ", s, e) <= 4}
        names = {n for n in names if all(w[:1].isupper() for w in n.split(" "))}
        if not names:
            return found
        typed = {(s, e) for s, e, k in found if k == "organization"}
        spans = sorted(found)
        starts = [f[0] for f in spans]
        longest = max(e - s for s, e, _ in spans)
        gone: set[tuple[int, int, str]] = set()
        added = []
        for a, b in sorted(_written_again(body, names)):
            if (a, b) in typed:
                continue
            near = spans[bisect_left(starts, a - longest) : bisect_left(starts, b)]  # mentions that may overlap
            inside = [f for f in near if a <= f[0] and f[1] <= b]
            across = [f for f in near if f[0] < b and a < f[1] and f not in inside]
            if across or not inside:
                continue  # an officer's name running on, or words no mention holds (left as they are)
            if any(k == "person" and " " in body[f0:f1] for f0, f1, k in inside):
                continue  # a person's full name there: the tagger's organisation was the misreading ("Keenan Nasution")
            gone.update(inside)
            added.append((a, b, "organization"))
        return sorted([f for f in found if f not in gone] + added) if added else found

    def _places_that_speak(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A "place" of two words or more whose first two words the article writes right after a quotation
        cue is a person: places do not speak ("Presiden klub itu, Ardi Satya Nugraha, ..." typed a place,
        and '"...," kata Ardi Satya'); not two words of a lexicon ("kata Humas PT ...")."""
        places = {f for f in found if f[2] == "place" and self.body.count(" ", f[0], f[1]) >= 1}
        if not places:
            return found
        spoken = {
            m.group(1)
            for m in _cue_then_two_words(self.lex).finditer(self.body)
            if not any(self.is_lexicon_word(w) for w in m.group(1).split())
        }
        if not spoken:
            return found
        out = []
        for s, e, k in found:
            first_two = " ".join(self.body[s:e].split()[:2])
            out.append((s, e, "person") if (s, e, k) in places and first_two in spoken else (s, e, k))
        return out

    def _facility_before(self, start: int) -> int | None:
        """Where the facility word right before a name starts, if one stands there ("Jalan | Karya"); not
        when an office or an institution runs the facility ("Kepala Dinas Pasar | Andri": its head)."""
        before = WORD_BEFORE.search(self.body, max(0, start - 40), start) or ACRONYM_BEFORE.search(
            self.body, max(0, start - 10), start
        )  # ("TPS | Bintang Diponggo": a site known by its acronym)
        if before is None or not self._facility_opens(before.start(1)):
            return None
        office = WORD_BEFORE.search(self.body, max(0, before.start(1) - 40), before.start(1))
        low = office.group(1).lower() if office else ""
        if low in self.lex.institution_heads or low in self.lex.office_words or holder_title(low, self.lex):
            return None
        return before.start(1)

    def _facility_opens(self, start: int) -> bool:
        """Whether the name at ``start`` opens with a facility's word (``facility`` in office_words.tsv),
        or is a hospital or university (their head words: "Rumah Sakit", "RSUD", "Universitas")."""
        return head_at(self.body[start : start + 40].split(" ", 2), 0, self.lex, bodies=False) > 0

    def _titles_only(self, start: int, end: int) -> bool:
        """Whether ``body[start:end]`` is a space, or capitalised titles between spaces ("Bung")."""
        gap = self.body[start:end]
        if not gap.startswith(" ") or not gap.endswith(" ") or end - start > 30:
            return False
        return all(w[:1].isupper() and w.lower() in self.lex.titles for w in gap.split())

    def _person_after_office(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An organisation name that ran into a one-word person name after a title ("Menteri | Luar
        Negeri Sugiono"): split when the article names that word as a person elsewhere ("Sugiono
        mengatakan ...") and the words before it are office words."""
        persons = {self.body[s:e] for s, e, k in found if k == "person" and " " not in self.body[s:e]}
        out = []
        for start, end, kind in found:
            words = self.body[start:end].split(" ")
            head = self.body[max(0, start - 40) : start].split()
            titled = bool(head) and head[-1].lower() in self.lex.title_words
            # or the title is whole without the last word, which no lexicon knows: "Menteri Luar Negeri Sugiono"
            whole = titled and match_title([head[-1], *words[:-1]], self.lex) == len(words)
            whole = whole and self._unwritten_name(words[-1])
            if (
                kind == "organization"
                and len(words) > 1
                and (words[-1] in persons or whole)
                and titled
                and all(self.is_lexicon_word(w) for w in words[:-1])
            ):
                cut = end - len(words[-1])
                out += [(start, cut - 1, "organization"), (cut, end, "person")]
                continue
            out.append((start, end, kind))
        return out

    def _unwritten_name(self, word: str) -> bool:
        """A name-shaped word the article never writes in lower case."""
        return self.name_shaped(word) and word.lower() not in self._lower_words

    def _paired_by_slash(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The first of a pair of people written with a slash ("ganda putri Greysia Polii / Apriyani Rahayu",
        "wakil China Huang Dongping / Li Wenmei"), when the tagger found the second right after the slash: the
        capitalised words before the slash that no lexicon knows and the article does not write in lower case
        are a person too (not "Menteri Investasi dan Hilirisasi/Kepala BKPM X": the office's words)."""
        out = list(found)
        for start, _, kind in found:
            if kind != "person" or "/" not in self.body[max(0, start - 2) : start]:
                continue  # (most names: no slash right before them)
            run = SLASH_PAIR_BEFORE.search(self.body, max(0, start - 60), start)
            if run is None:
                continue
            words = run.group(1).split(" ")
            while words and (self.is_lexicon_word(words[0]) or words[0].lower() in self._lower_words):
                words = words[1:]  # "wakil China | Huang Dongping": a state's or a title's word before the name
            if not words or any(
                self.is_lexicon_word(w) or w.lower() in self._lower_words or common_shape(w) for w in words
            ):
                continue  # ("Dominasi | Greysia": a noun's shape)
            if all(w.lower() in self.lex.common_words for w in words):
                continue  # "Kapal Rumah Sakit / Hospital Ship": words of the language, whatever the tagger read after
            first = run.end(1) - len(" ".join(words))
            if not any(f[0] < run.end(1) and first < f[1] for f in out):
                out.append((first, run.end(1), "person"))
        return out

    def _initials_again(self) -> None:
        """A person's initials given in brackets after the full name ("Mohammed bin Salman (MBS)") name that
        person wherever the article writes them again ("dari Pangeran MBS", "MBS menyetujui ..."), whatever
        the passes before typed them (an acronym is otherwise an organisation's)."""
        # (of a titled person: "Refuse Derived Fuel (RDF)", a name's shape the tagger read as a person's, has none)
        initials = {k for k, p in self._aliases.items() if k.isupper() and (self.fullest(p.name) or p).role}
        if not initials:
            return
        spans = sorted((m.start, m.end, i) for i, m in enumerate(self.mentions))
        starts = [sp[0] for sp in spans]
        dropped: set[int] = set()
        for key in initials:
            for at in self.words.places(key.lower()):
                end = at + len(key)
                if self.body[at:end] != key or self.body[at - 1 : at] == "(":
                    continue  # (the brackets that give them)
                j = bisect_left(starts, end)
                inside = [i for _, me, i in spans[max(0, j - 3) : j] if me > at]  # (mentions seldom overlap)
                if any(self.mentions[i].type == "person" or self.mentions[i].start != at for i in inside):
                    continue  # part of a longer name, or already a person
                dropped.update(inside)
                self._add_name(at, end, "person")
        if dropped:
            self.mentions = [m for i, m in enumerate(self.mentions) if i not in dropped]

    def _aged_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Names the tagger missed that the article gives an age or a pseudonym note after: "Mahmudi (43), warga ...",
        "Sri Lestari (29) mengaku ...". Capitalised words no lexicon knows and the article does not
        also write in lower case ("Ayat (2)" is no one). A part of the name the tagger found alone
        ("Lita | Krisna (44)") gives way to the whole."""
        out = list(found)
        for m in AGED_NAME.finditer(self.body):
            start, end = m.start(1), m.end(1)
            words = m.group(1).split()
            if len(words) > 1 and words[0].lower() in self.lex.openers:
                start += len(words[0]) + 1  # "Seperti | Randi (41) yang panik ...": a sentence's opening word
                words = words[1:]
            inside = [f for f in out if f[0] < end and start < f[1]]
            if any(f[2] not in ("person", "place") or f[0] < start or f[1] > end for f in inside):
                continue  # (a place has no age: "datang dari Sinta Larasati (30)" the tagger read as one)
            month_name = len(words) > 1 and words[0].lower() in MONTH_NAMES  # "Juni Hartati (46)"
            if (self.is_lexicon_word(words[0]) and not month_name) or self._not_a_name(words[0]):
                continue
            # after a given name, words that are also common nouns may be its parts ("Rafif Hidayat Putra (17)")
            if any(common_shape(w) or w.lower() in self.lex.records for w in words[1:]):
                continue
            out = [f for f in out if f not in inside] + [(start, end, "person")]
        return out

    def _set_off_after_role(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """One word the tagger read as a place that is set off after a role written in capitals and ends
        the phrase ("disampaikan Ketua Koperasi Pedagang, Sinta." and "kata Kepala Desa Sayung, Anwar, saat
        ..." name the holder; "Direktur Penyuluhan, Pelayanan, dan ..." lists, "Warga Kopo, Bandung" places
        it): a person. The word no lexicon knows and the article never writes in lower case."""
        out = []
        for start, end, kind in found:
            if kind == "place" and self.body[max(0, start - 2) : start] == ", " and self._holder_set_off(start, end):
                kind = "person"
            out.append((start, end, kind))
        return out

    def _employer_set_off(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Capitalised words the tagger read as a person between an occupation's title and a person's name
        set off by a comma ("Pemain | Al Nassr | , Cristiano Ronaldo,"), named nowhere else: whom the person
        works for, an organisation (not a list of people after the title, "Penyanyi A, B, dan C", nor the
        person a professional works for, whom the article is about: "Pengacara P Diddy, Marc Agnifilo"). So are
        such words right after a body's name before a comma and a title that opens a name: the rest of the
        body's name, then its holder ("Koalisi Bersama (KOBAR) | Lawan Dengue | , dr.Asik Surya")."""
        people = [f for f in found if f[2] == "person"]
        bodies_end = {e for _, e, k in found if k == "organization"}
        employers = set()
        for (s1, e1, _), (s2, e2, _) in pairwise(people):
            gap = self.body[e1:s2]
            holder_titled = gap != ", " and self._title_set_off(gap) and self._after_body(s1, bodies_end)
            if gap != ", " and not holder_titled:
                continue
            if LIST_GOES_ON.match(self.body, e2) or ner.DEGREE.match(self.body[s2:e2]):
                continue
            if self.body.count(self.body[s1:e1]) > 1:
                continue  # "Pengacara P Diddy, Marc Agnifilo": a client the article is about, a person
            title = WORD_BEFORE.search(self.body, max(0, s1 - 40), s1)
            if holder_titled or (title is not None and self.lex.titles.get(title.group(1).lower()) == "profession"):
                employers.add(s1)
        return [(s, e, "organization") if s in employers else (s, e, k) for s, e, k in found]

    def _after_body(self, start: int, bodies_end: set[int]) -> bool:
        """Whether a name at ``start`` follows an organisation's name (or its short form's closing bracket)."""
        return start - 1 in bodies_end or (start - 2 in bodies_end and self.body[start - 2] == ")")

    def _title_set_off(self, gap: str) -> bool:
        """Whether ``gap`` between two names is a comma and a title that opens a name (", dr. ", ", AKP ",
        ", dr." written against the name)."""
        return gap.startswith(", ") and self.lex.titles.get(gap[2:].rstrip().lower()) in ("honorific", "rank")

    def _spelled_bodies(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A body's name with its short form in brackets, spelling the run's initials, that the tagger left
        untyped or read a person in: an organisation ("Center of Economic and Law Studies (Celios)
        mengungkap ..."), and so is its short form alone where the tagger read a person ("Celios
        memproyeksikan ...")."""
        out = list(found)
        shorts = set()
        for run, short in self._spelled_runs:
            start, end = run.start(1), short.end()
            if not self._names_a_body(run.group(1).split()):
                continue  # a post's ("Menteri Keuangan (Menkeu)"), a region's, a regulation's, a person's
            inside = [f for f in out if f[0] < end and start < f[1]]
            # (the tagger's person inside it is the body's words: "Center of | Sinar Studies")
            if not inside or all(k == "person" and start <= s for s, _, k in inside):
                out = [f for f in out if f not in inside] + [(start, end, "organization")]
                shorts.add(short.group(1))
        out = self._state_opened_bodies(out, shorts)
        self.short_forms = frozenset(shorts)
        return [(s, e, "organization" if k == "person" and self.body[s:e] in shorts else k) for s, e, k in out]

    def _state_opened_bodies(self, found: list[tuple[int, int, str]], shorts: set[str]) -> list[tuple[int, int, str]]:
        """A name opened by a state's or a capital's name and spelled by the initials in brackets after it, all of
        them: one organisation, whatever the tagger made of its words ("Malaysia Healthcare Travel Council (MHTC)"
        was the state and a council, "China Radio International (CRI)" the state and a person, "Jakarta
        International Stadium (JIS)" a place; not "Amerika Serikat (AS)", the state itself). ``shorts`` gains the
        initials."""
        out = found
        for m in INITIALS_IN_BRACKETS.finditer(self.body):
            run = SPELLED_RUN.search(self.body, max(0, m.start() - 120), m.start() + 1)
            # the run's last capitalised words, as many as the initials ("Menurut | China Radio International")
            caps = [w for w in re.finditer(r"\S+", run.group(1)) if w.group()[:1].isupper()] if run else []
            words = [w.group() for w in caps[-len(m.group(1)) :]]
            if len(words) < len(m.group(1)) or "".join(w[0] for w in words) != m.group(1):
                continue
            if not self._opened_by_state(words):
                continue
            start, end = run.start(1) + caps[-len(words)].start(), m.end()
            out = [f for f in out if not (f[0] < end and start < f[1])] + [(start, end, "organization")]
            shorts.add(m.group(1))
        return out

    def _opened_by_state(self, words: list[str]) -> bool:
        """Whether a run of capitalised words spelled by its short form opens with a state's or a capital's name
        and goes on after it ("Malaysia Healthcare Travel Council (MHTC)", "Jakarta International Stadium
        (JIS)"; not "Amerika Serikat (AS)", the state itself)."""
        lex = self.lex
        for n in (3, 2, 1):
            actor = lex.actor(" ".join(words[:n])) if len(words) > n else None
            if actor is not None and actor.type == "country":
                return lex.actor(" ".join(words)) is None
        return False

    def _names_a_body(self, words: list[str]) -> bool:
        """Whether a run of capitalised words names a body: not opening with a title, and holding the word
        of an institution, a body or a firm ("Badan", "Asosiasi", "Center", "Institute"; not "Internet of
        Things (IoT)")."""
        lex = self.lex
        heads = lex.institution_heads | body_heads(lex) | lex.company_words
        return not match_title(words, lex) and any(w.lower() in heads for w in words)

    @cached_property
    def _spelled_runs(self) -> list[tuple[re.Match[str], re.Match[str]]]:
        """(run, bracketed short form) pairs: "Center of Economic and Law Studies | (Celios)" (read once)."""
        out = []
        for m in BRACKETED_WORD.finditer(self.body):
            run = SPELLED_RUN.search(self.body, max(0, m.start() - 120), m.start() + 1)
            capitals = [w for w in run.group(1).split() if w[:1].isupper()] if run else []
            if run is not None and len(capitals) >= 2 and _spells(capitals, m.group(1)):
                out.append((run, m))
        return out

    def _holder_set_off(self, start: int, end: int) -> bool:
        """Whether the word at ``start`` is a name set off after a role: one word no lexicon knows and the
        article never writes in lower case, ending the phrase, after a capitalised run a title opens."""
        word = self.body[start:end]
        if " " in word or not self._unwritten_name(word) or self._not_a_name(word):
            return False
        if not ROLE_HOLDER_ENDS.match(self.body, end):
            return False
        sentence = self.sentence_of(start)[0]
        runs = (
            CAPITALISED_RUN_BEFORE.search(self.body, max(sentence, start - 120), start - 2),
            # "Mantan kapten timnas Brasil, Cafu, memuji ...": a role in lower case opening the sentence
            ROLE_OPENING.fullmatch(self.body, sentence, start - 2),
        )
        kinds = [self.lex.titles.get(run.group(1).lower()) for run in runs if run is not None]
        return any(kind is not None and kind != "group" for kind in kinds)

    def _described_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Names the tagger missed that the article sets off before a person's description: "Yusti,
        salah satu siswi ...", "Adi, seorang warga Sukajadi", "Atep, mantan pemain ..." (the
        description's head a person noun, a profession, an office, or a group's title for one of the
        group). Capitalised words no lexicon knows and the article does not also write in lower case;
        not where the tagger found something else ("Lebanon, salah satu negara")."""
        out = list(found)
        lex = self.lex
        for m in DESCRIBED_NAME.finditer(self.body):
            one_of, head = m.group(2), m.group(3)
            kind = lex.titles.get(head)
            person_like = head in lex.person_nouns or head in lex.professions or kind in PERSON_KINDS
            # a group's title only as one of them ("salah satu siswi"), or where one lives ("warga Demak");
            # alone it opens a clause ("X, pengguna bisa ...")
            member = kind == "group" and (one_of is not None or (head in RESIDENT_NOUNS and m.group(4) is not None))
            if not (person_like or member):
                continue
            start, end = m.start(1), m.end(1)
            inside = [f for f in out if f[0] < end and start < f[1]]
            if inside:
                continue  # the tagger's own reading stands, a person's or not
            words = m.group(1).split()
            if any(self.is_lexicon_word(w) or self._not_a_name(w) or w.endswith("nya") for w in words):
                continue  # (not "Rupanya, seorang dokter ...": a sentence adverb)
            out.append((start, end, "person"))
        return out

    def _set_off_after_description(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """One word the tagger left untyped, set off by a comma after a person's description in lower case and
        ending the sentence or the phrase ("diungkapkan personel lainnya, Jonghyun.", "kata pelatih tim itu,
        Rudi, saat ..."): the one described (the head a person noun, a profession, an office or one of a group).
        Not a word a lexicon knows or a common word, nor one the tagger typed."""
        out = list(found)
        lex = self.lex
        for m in SET_OFF_NAME.finditer(self.body):
            described = DESCRIPTION_BEFORE.search(self.body, max(0, m.start() - 60), m.start())
            if described is None:
                continue
            head, word = described["head"], m["name"]
            if not (head in lex.person_nouns or head in lex.professions or lex.titles.get(head)):
                continue
            start, end = m.start("name"), m.end("name")
            if any(f[0] < end and start < f[1] for f in found):
                continue
            if self.is_lexicon_word(word) or self._not_a_name(word):
                continue
            out.append((start, end, "person"))
        return out

    def _not_a_name(self, word: str) -> bool:
        low = word.lower()
        return self.is_common_word(low) or common_shape(word) or low in self.lex.records

    def _titled_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Names the tagger missed that stand after a title ("Menteri Kesehatan Sari Wulan"): the
        lexicon rule (``titles.tsv``, ``office_words.tsv``) finds the name at the end of the run."""
        taken = [(s, e) for s, e, _ in found]
        overlaps = _overlap_test(taken)
        out, title_words = [], self.lex.title_words
        for m in RUN.finditer(self.body):
            words = m.group().split(" ")
            if not any(w.lower() in title_words for w in words) and self.body[m.start() - 2 : m.start()] != ") ":
                continue  # no title in the run nor a bracketed one before it (most runs: read no further)
            cut = name_suffix(words, self.lex)
            role = words[:cut]
            if cut == 0:  # "Sekretaris Kabinet (Seskab) | Teddy Indra Wijaya": the title before its short form
                bracketed = BRACKETED_TITLE.search(self.body, max(0, m.start() - 80), m.start())
                role = bracketed.group(1).split() if bracketed else []
                role = role if match_title(role, self.lex) else []  # not an institution: "Direktorat ... (DJPL)"
            if cut == len(words) or not has_title(role, self.lex):
                continue
            if " ".join(role).lower() in self.lex.institution_heads:
                continue  # "Direktorat Jenderal | Pajak": a head of two words, a rank among them, opens an institution
            if len(role) > 1 and role[0].lower() in self.lex.institution_heads and match_title(role[1:], self.lex):
                continue  # "Ikatan Advokat | Wirasena": a body of a profession, no title and holder
            if m.end() < len(self.body) and self.body[m.end()].isalnum():
                words = words[:-1]  # the run stopped inside a token ("M.Hum"): not a name word
                if cut >= len(words):
                    continue
            start = m.start() + len(" ".join(words[:cut])) + (1 if cut else 0)
            end = start + len(" ".join(words[cut:]))
            end -= 1 if self.body[end - 1] == "." else 0
            if overlaps(start, end) or NUMBERED.match(self.body, end):
                continue  # "Manajer Humas Daop 6": a numbered unit after the title, nobody's name
            after = self.body[end : end + 60].split(",", 1)
            role_only = title_kind(role, self.lex) not in NAME_OPENING  # "AKP Sukirman" is a name
            if (
                role_only  # (after an honorific the word is a name: "Pendeta Yakob, Ketua Sinode X, ...")
                and " " not in self.body[start:end]
                and len(after) > 1
                and not after[0].strip()
                and match_title(after[1].split(), self.lex)
            ):
                continue  # "Kapolres Karimun, AKBP Robby ...": the word ends the office, the holder follows
            if role_only and self._set_off_name(m.start(), end, taken):
                continue  # "Robert X, Country Manager Nutanix, ...", "General Manager Perwira Steel, Jessica Teo"
            out.append((start, end, "person"))
        return out

    def _set_off_name(self, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
        """Whether a titled run is set off by commas right after a person's name, or has one set off
        right after it: then the run is that person's role and names nobody itself."""
        before = self.body[max(0, start - 2) : start]
        after = SET_OFF_AFTER.match(self.body, end)
        person_before = before == ", " and any(e == start - 2 for _, e in taken)
        person_after = after is not None and any(s == after.end() for s, _ in taken)
        return person_before or person_after

    def _not_name_words(self, found: list[tuple[int, int, str]]) -> frozenset[str]:
        """Capitalised words this article uses for places and organisations: inside a place or
        organisation name, or right after a place or institution word ("Kabupaten Bulungan")."""
        words: set[str] = set()
        texts = [(self.body[s:e], k) for s, e, k in found]
        in_names = Counter(w for t, k in texts if k == "person" and " " in t for w in t.split())
        persons = Counter(t for t, k in texts if k == "person" and " " not in t)
        cores = [t.split()[match_title(t.split(), self.lex) :] for t, _ in texts]  # "Pak Sareh": "Sareh"
        alone = Counter(c[0] for c, (_, k) in zip(cores, texts, strict=True) if k != "person" and len(c) == 1)
        # family names: the last word of a person's name of several words ("Putin" of "Vladimir Putin")
        family = {t.rsplit(" ", 1)[1] for t, k in texts if k == "person" and " " in t}
        for (start, end, kind), core in zip(found, cores, strict=True):
            if kind != "person":
                parts = self.body[start:end].split()
                one = core[0] if len(core) == 1 else None
                as_person = in_names[one] + persons[one] if one else 0
                if one and (as_person > alone[one] or (as_person == alone[one] and one in family)):
                    # one word the tagger typed a person more often than anything else: "dan Dahlan 55 persen"
                    # typed a place once, "Dahlan Iskan" a person often; "Elma" an organisation once and a
                    # person alone twice; "Pak Sareh" a place, "Sareh" a person alone twice; as often, a family
                    # name: "Vladimir Putin" once, "berterima kasih ke Putin" typed a place once
                    continue
                for k, w in enumerate(parts):
                    nxt = parts[k + 1].lower() if k + 1 < len(parts) else ""
                    # "Fraksi Partai Nasdem | Nafa Urbach": a name the tagger ran an institution into, its
                    # given name a person's alone more often than anything else; not "The Messi | Store"
                    glued = k and persons[w] >= 2 and persons[w] > alone[w] and nxt not in self.lex.company_words
                    if w[:1].isupper() and not glued and w.lower() not in ner.PARTICLES:
                        words.add(w)  # not a particle: "Masjid Al Falah" and "Al Ghazali" share "Al"
        for m in PLACE_AFTER_HEAD.finditer(self.body):
            head, word = m.group(1), m.group(2)
            if head.islower() and head in self.lex.institution_heads and in_names[word] + persons[word] > 1:
                continue  # "kantor Mahathir": a person's office, the person named often
            if head.lower() in self.lex.place_heads and not CAPITAL_WORD_ENDS.search(
                self.body, max(0, m.start() - 40), m.start()
            ):
                words.add(word)  # "di Kabupaten Bulungan"; not "Dinas Pasar Andri" (a name's office)
        words |= self._organisation_words  # "Kelompok musik Padi": no word of "Padi Surendro Prasetyo"
        people = [(s, e) for s, e, k in found if k == "person"]
        for run, short in self._spelled_runs:
            # "Center of Economic and Law Studies (Celios)": the short form of a body's, a post's or an
            # event's name ("Wakil Kepala Sekolah (Wakasek)", "(Peparnas)"), whatever the tagger makes of it
            # later ("Peneliti Celios | Wulan Sari"); not a person's ("Joko Widodo (Jokowi)")
            if not any(s <= run.start(1) < e for s, e in people):
                words.add(short.group(1))
        return frozenset(words)

    def _cut_capitalised_by_position(self, start: int, end: int, named: set[str]) -> int:
        """Drop leading words capitalised only because they open a sentence or stand in a heading,
        when they have the shape of common words or the article writes them in lower case, and the
        rest is a name the article gives elsewhere: "Dedikasi | Marc Klok sejak ...", '"Menolak |
        Soeharto punya ...'; not "Amelia | Kelley" (a given name)."""
        s, _ = self.sentence_of(start)
        heading = in_heading(self.body, start)
        words = self.body[start:end].split(" ")
        if len(words) < 2 or not (heading or not self.body[s:start].strip(' "“”‘(')):
            return start
        cut = start
        for k in range(1, len(words) if heading else 2):  # in running text only the first word
            common = all(common_shape(w) or self.is_common_word(w.lower()) for w in words[:k])
            common = common and (heading or not self._goes_by_alone(words[0].lower()))  # "Bunga | Nafisa Zahra"
            # in a heading any leading words go when a full name the article gives elsewhere is left,
            # the shortest such: "Pernyataan Viral | Adies Kadir"
            common = common or (heading and len(words) - k >= 2)
            if common and " ".join(words[k:]) in named:  # the rest is a name the article gives elsewhere
                cut = start + len(" ".join(words[:k])) + 1
            elif heading and k == len(words) - 1 and self._part_of_a_full_name(words[k], named, " ".join(words)):
                cut = start + len(" ".join(words[:k])) + 1  # "Awal Mulai Perseteruan | Lisa" (Lisa Mariana)
        return cut

    @staticmethod
    def _part_of_a_full_name(word: str, named: set[str], span: str) -> bool:
        """Whether ``word`` opens or closes a name of two words or more that the article gives, other
        than the one the span itself holds ("Muhammad Kholid" is no cue to cut "Muhammad")."""
        return any(
            " " in n and n not in span and (n.split()[0] == word or n.split()[-1] == word) and span not in n
            and not initials_of(n.split(), span.split())  # "M. Kholid" is no cue to cut "Muhammad Kholid" either
            for n in named
        )

    def _cut_heading_tail(self, start: int, end: int, named: set[str]) -> int:
        """In a heading, where every word is capitalised, end a name at the longest form the article
        gives elsewhere: "Rina Gladys | Siap Hadapi Mediasi Tahap Kedua"."""
        words = self.body[start:end].split(" ")
        if len(words) < 3 or not in_heading(self.body, start):
            return end
        for k in range(len(words) - 1, 0, -1):  # down to one word: "Messi | Ucapkan Terima Kasih"
            head = " ".join(words[:k])
            if any(n == head or n.endswith(" " + head) for n in named):  # "Artis Sandra Wulandari" too
                return start + len(head)
        return end

    def _heading_phrase(self, start: int, end: int, named: set[str]) -> bool:
        """Whether a person span in a heading, which the article names nowhere else, holds two words or more
        that the article writes in lower case: the heading's phrase, not a name."""
        text = self.body[start:end]
        if " " not in text or not in_heading(self.body, start) or self.body.count(text) > 1:
            return False
        if any(text in n for n in named if n != text):
            return False  # a part of a longer name the article gives
        return sum(w.lower() in self._lower_words for w in text.split(" ")) >= 2

    def _head_before(self, start: int) -> int:
        """An organisation's name without its head word ("Perumahan dan Kawasan Permukiman" of
        "Kementerian Perumahan ...", "Negeri" of "Kementerian Dalam Negeri"): up to three capitalised
        words (and "dan") back to an institution's head word are taken in; not when the name opens
        with a head word itself ("Kantor X dan | Kantor Y" are two)."""
        pos, found = start, start
        first = self.body[start : start + 40].split(" ")[0]
        if first.lower() in self.lex.institution_heads and AND_BEFORE.search(self.body, max(0, start - 6), start):
            return start
        for _ in range(4):
            body = self.body
            m = WORD_BEFORE.search(body, max(0, pos - 40), pos) or AND_BEFORE.search(body, max(0, pos - 6), pos)
            if m is None:
                break
            pos = m.start(1)
            if m.group(1).lower() in self.lex.institution_heads:
                found = pos
                break
        return found

    def _family_name_before(self, word: str, at: int) -> bool:
        """Whether ``word`` closes the name of a person named in full before ``at`` ("Rodrigo Duterte")."""
        return self._family_at.get(word, at) < at

    def _extend_left(self, start: int, not_names: frozenset[str]) -> int:
        """Take in up to two capitalised words right before a person name that no lexicon and no other
        mention of the article claims: the tagger often misses a first name after a title
        ("Menteri Keuangan Sri Mulyani Indrawati" tagged from "Mulyani")."""
        inner = self._title_inside_name(start)
        if inner is not None:
            return inner
        for _ in range(2):
            m = WORD_BEFORE.search(self.body, max(0, start - 40), start)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if (
                word in not_names
                or self._common_at_start(m.start(1), low)
                or common_verb(word, self.lex)  # "- Membebaskan | Rudi ..."
                or word.isupper()
                or self.is_lexicon_word(word)
                or low in self.lex.pronouns
                or low in self.lex.company_words  # "Sentosa Sekuritas | Rangga Wiratama": the firm's
                or low in self.lex.cities  # "Penyerang Liverpool | Rudi Hartono": a club named by its city
                or any(mm.start <= m.start(1) < mm.end for mm in self.mentions)
                or self._family_name_before(word, m.start(1))  # "Juru bicara Duterte | Harry Roque": whose
            ):
                break
            start = m.start(1)
        return start

    def _title_inside_name(self, start: int) -> int | None:
        """Where a name starts that holds a word spelled like a title between two of its parts, after
        the person's own role: "Menteri Agama Lukman Hakim | Saifuddin" ("Hakim" is a judge's title,
        and a name's part). Only after a role, so "kata Jokowi | Presiden Xi" keeps its two people."""
        title = WORD_BEFORE.search(self.body, max(0, start - 40), start)
        if title is None or not _is_title_word(title.group(1), self.lex):
            return None
        given = WORD_BEFORE.search(self.body, max(0, title.start(1) - 40), title.start(1))
        if given is None or self.is_lexicon_word(given.group(1)) or not name_like(given.group(1)):
            return None
        role = WORD_BEFORE.search(self.body, max(0, given.start(1) - 40), given.start(1))
        if role is None or not self.is_lexicon_word(role.group(1)) or any(
            mm.start <= given.start(1) < mm.end for mm in self.mentions
        ):
            return None
        return given.start(1)

    def _common_at_start(self, pos: int, low: str) -> bool:
        """A sentence's first word that the article also writes in lower case ("Video Prabowo ...",
        "Pernyataan Prabowo ...") or a "-nya" form of a longer word ("Sedianya Budi ...", "Kembalinya
        Budi ..."; names such as "Sonya" or "Tanya" have a stem of two letters): capitalised by its
        position, not a name."""
        i = bisect_right(self._sentence_starts, pos) - 1
        at_start = i >= 0 and self.sentences[i][0] == pos
        if not at_start:
            return False
        if low in self._lower_words:
            return not self._goes_by_alone(low)
        return low.endswith("nya") and len(low) >= 7

    def _goes_by_alone(self, low: str) -> bool:
        """Whether the article writes a word capitalised and alone between words in lower case at least twice
        ("tangis Bunga pecah", "menenangkan Bunga yang"): someone's given name, though the article also writes
        the common word ("menaburkan bunga"), so that it opens the name at a sentence's start ("Bunga Nafisa
        Zahra, adik ..."). Read for sentence-initial words only."""
        if low not in self._alone:
            body = self.body
            alone = [
                at
                for at in self.words.places(low)
                if body[at].isupper()
                and LOWER_WORD_BEFORE.search(body, max(0, at - 30), at)
                and LOWER_AFTER.match(body, at + len(low))
            ]
            self._alone[low] = len(alone) >= 2
        return self._alone[low]

    def _cut_leading(self, start: int, end: int, not_names: frozenset[str]) -> int:
        """Drop leading words of a person name that name a place, an organisation or an acronym
        ("Bupati Bulungan Syarwani" tagged as "Bulungan Syarwani"; "DPR Sarmuji"; "SPbPU Dmitry Karpov")."""
        text = self.body[start:end]
        words = text.split(" ")
        if opened_by_two_openers(words, self.lex):
            return start  # "Anak Agung | Raka Putra Dharmana", "Ida Bagus | Made": a caste name opens the name
        k = 0
        while len(words) - k > 1 and (
            words[k] in not_names
            or (words[k].isupper() and len(words[k]) > 1 and not ner.INITIAL.match(words[k]))  # not "M. | Anwar"
            or sum(c.isupper() for c in words[k]) >= 3  # "SPbPU", "BRImo": an acronym in mixed case, not "LeBron"
            or (k == 0 and self._common_at_start(start, words[k].lower()))
            or (k < len(words) - 2 and self._topic_after_for(start, words, k))
            or (self.is_lexicon_word(words[k]) and not (k == 0 and self._opens_name(start, words)))
        ):
            if k == 0 and words[0].lower() in MONTH_NAMES and AGE_NEXT.match(self.body, end):
                break  # "Juni Hartati (46)": a month that is a given name, an age after the name
            k += 1
        if 0 < k == len(words) - 1 and all(w.isupper() for w in words[:k]) and self._always_after(words, k):
            return start  # "KAI Commuter": a word the article never writes without the acronym before it is its name's
        return start + len(" ".join(words[:k])) + (1 if k else 0)

    def _always_after(self, words: list[str], k: int) -> bool:
        """Whether every time the article writes ``words[k]`` the words before it in ``words`` precede it."""
        lead = " ".join(words[:k]) + " "
        found = self.words.places(words[k].lower())
        return len(found) > 1 and all(self.body[max(0, at - len(lead)) : at] == lead for at in found)

    def _topic_after_for(self, start: int, words: list[str], k: int) -> bool:
        """A word of an office's field after "untuk" that the article also writes in lower case, before two
        name words at least ("Utusan Khusus PBB untuk | Isu Air | Retno Wulandari"): the field, not the name."""
        if words[k].lower() not in self._lower_words:
            return False
        return self.body[max(0, start - 6) : start] == "untuk " and all(
            w.lower() in self._lower_words for w in words[:k]
        )

    def _opens_name(self, start: int, words: list[str]) -> bool:
        """Whether a name's first word that a lexicon knows opens the name (``ner._opens_name``): a given
        name spelled like an office's word ("Agung Saputra"), or like a monarch's title after a title
        ("Sekretaris Jenderal | Ratu Tisha Destria")."""
        before = self.body[max(0, start - 60) : start].split()
        return ner._opens_name([*before, *words], len(before), self.lex)


def _initials_of_name(initials: str, tokens: Sequence[str]) -> bool:
    """Whether ``initials`` are the first letters of a person's name, or of its first words ("Jusuf Kalla (JK)",
    "Mohammed bin Salman bin Abdul Aziz Al Saud (MBS)": a particle's letter written in capitals too)."""
    letters = "".join(t[0].upper() for t in tokens)
    return len(initials) >= 2 and (letters == initials or (letters.startswith(initials) and len(initials) >= 3))


def _after_unopened_bracket(body: str, start: int, end: int) -> int:
    """Where a name starts when the tagger took in a closing bracket it does not open: after it
    ("Serie A) | 2025-2026", "Governance) | GCG"); ``end`` when nothing with a letter is left."""
    close = body.find(")", start, end)
    if close < 0 or "(" in body[start:close]:
        return start
    rest = body[close + 1 : end].lstrip()
    if not any(c.isalpha() for c in rest):
        return end
    return end - len(rest)


def _after_act_noun(body: str, start: int, end: int, common: Callable[[str], bool], lex: Lexicon) -> int:
    """Where the name after a noun of an act or a statement opening a sentence starts ("Pernyataan |
    Prabowo Subianto"): two or more name words, none of them a word the article writes in lower case;
    -1 when the words are a noun phrase ("Penyelenggaraan Haji", "Pembayaran Pajak Tahunan")."""
    rest = body[start:end].split(" ")[1:]
    if len(rest) < 2 or not all(is_name_word(w, lex) and not common(w.lower()) for w in rest):
        return -1
    return end - len(" ".join(rest))


INITIALS_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) ([A-Z]{1,2}) $")


def _given_names(named: set[str], lex: Lexicon) -> frozenset[str]:
    """The first word of each person's name the tagger found, without its title ("Menlu Retno": "Retno")."""
    out = set()
    for n in named:
        words = n.split()
        out.update(words[name_suffix(words, lex) :][:1])
    return frozenset(out)


def _camel_case_type(text: str, kind: str) -> str:
    """A one-word "person" written in camel case is a firm's or a product's name ("ReforMiner",
    "SeaBank", "ChatGPT"; ``CAMEL_CASE`` leaves out "LaRusso", "McDonald")."""
    return "organization" if kind == "person" and " " not in text and CAMEL_CASE.match(text) else kind


BRACKETED_TITLE = re.compile(r"((?:[A-Z][\w'’-]*(?: dan)? )*[A-Z][\w'’-]*) \([A-Z][\w-]*\) $")  # "Menteri X (Menx) "
BALINESE_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(sorted(ner.BALINESE_GENDER)) + r") $")  # the tagger's words
# Sasak (Lombok) names open with "Lalu" (men) or "Baiq" (women); inside a sentence only, as "Lalu" opening
# one is the adverb ("Lalu Budi pergi")
SASAK_BEFORE = re.compile(r"(?<=[\w,)] )(Lalu|Baiq) $")


def _given_name_and_initials(body: str, start: int, given_names: frozenset[str], lex: Lexicon) -> int:
    """Where a person's name starts when a given name and initials stand before the part the tagger
    found: "Retno LP | Marsudi" when the article names "Retno" alone (or a name opening with it)
    elsewhere (``given_names``). The initials are no lexicon's word ("Grup G", "Formula E" are not names)."""
    m = INITIALS_BEFORE.search(body, max(0, start - 30), start)
    if m is None or m.group(2).lower() in lex.actors or actor_key(m.group(2)) in lex.actors:
        return start
    return m.start(1) if m.group(1) in given_names else start


def _is_title_word(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.titles and low not in lex.office_words


class _CommonWords:
    """The words a sentence's first word is a common word by: those the article writes in lower case, and
    the language's common words (``Lexicon.common_words``) unless the article writes the word capitalised
    inside a sentence, as names are ("melawan Arsenal", "tangis Bunga pecah")."""

    __slots__ = ("language", "named_inside", "own")

    def __init__(self, own: set[str], language: frozenset[str], named_inside: Callable[[str], bool]) -> None:
        self.own, self.language, self.named_inside = own, language, named_inside

    def __contains__(self, low: object) -> bool:
        if low in self.own:
            return True
        return isinstance(low, str) and low in self.language and not self.named_inside(low.capitalize())


def initials_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the words ``short`` are ``full`` with some given names cut to their initials ("M. Kholid" of
    "Muhammad Kholid")."""
    return (
        len(short) == len(full)
        and short != full
        and all(
            a == b or (ner.INITIAL.match(a) is not None and len(b) > 2 and b[:1] == a[:1] and "." not in b)
            for a, b in zip(short, full, strict=True)
        )
    )
