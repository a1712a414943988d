"""Institutions, actors and firms for a ``Document``: the name-finding passes that type the spans of
states, organisations and companies (``names.py`` runs them in order; a mixin of ``Document`` like
``NameFinder``, kept apart so that each module reads in one sitting).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from tasks.extract.lang import Actor, Lexicon
from tasks.extract.text import WordIndex
from tasks.extract.vocab import (
    COMPANY_PREFIXES,
    LEGAL_FORMS,
    WEEKDAYS,
    act_or_statement_noun,
    actors_in,
    home_institution_words,
)

INSTITUTION_RUN = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?: (?:dan )?[A-Z][\w-]*)+(?: \([A-Z][\w-]*\))?")
# an institution whose name lists its fields: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)",
# "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a head word, then items of one to
# three capitalised words set off by commas (up to six: no longer list is a name), the last after "dan"
_ITEM = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
LISTED_INSTITUTION = re.compile(
    rf"(?<![\w-])([A-Z][a-z]+) {_ITEM}((?:, {_ITEM}){{1,5}}),? dan {_ITEM}(?: \([A-Z][\w-]*\))?(?![\w-])"
)
LONG_FORM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+){1,3}) \($")
# a capitalised word right before a firm's name the tagger cut: "Krakatau | Steel Group"
FIRM_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w&'-]*) $")
COMPANY_RUN = re.compile(
    r"\b((?:[A-Z][\w&'-]*|\([A-Z][\w&'-]*\))(?: (?:[A-Z][\w&'-]*|\([A-Z][\w&'-]*\)|&|of|and)){0,5}) "
    + LEGAL_FORMS
)
LEGAL_FORM = re.compile(r"(?<= )" + LEGAL_FORMS)
COMPANY_REACH = 300  # characters before a legal form where its company's name is read


RUN_GOES_ON = re.compile(r"-| [A-Z]")  # a capitalised run going on after a word
# up to three capitalised words right before a company word ("Lumeral | Group")
CAPITALS_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2} $")
# a capitalised name set off before, or said to be, a kind of organisation, up to the noun: "Valdor
# merupakan | perusahaan asal Swedia", "X, sebuah | organisasi nonpemerintah"
DESCRIBED_BEFORE = re.compile(
    r"(?<![\w.-])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})"
    r"(?:,\s*(?:sebuah\s+|salah\s+satu\s+)?|\s+(?:merupakan|adalah|ialah)\s+(?:sebuah\s+|salah\s+satu\s+)?)$"
)


# an English body's name going on after its company word with "of", "for" or "on" ("Gemological Institute |
# of America", "International Agency | for Research on Cancer", "Academy | of Motion Picture Arts and Sciences")
ENGLISH_TAIL = re.compile(
    r"(?: (?:of|for|on)(?: the)? [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|&)(?= [A-Z&]| ?\b))*(?<!and)(?<!&))+"
)

# up to three lower-case words describing an organisation, then its name: "firma analitik | Card Ladder"
NAME_AFTER_KIND = re.compile(r"((?: [a-z][\w-]*){0,3}) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})(?![\w&'’-])")
# the name set off after a kind of organisation described, with its state or place: "Regulator energi Inggris, |
# Ofgem |,", "perusahaan pertahanan Israel, | Elbit Systems |,"
SET_OFF_AFTER_KIND = re.compile(
    r"((?: [a-z][\w-]*){0,3})((?: [A-Z][\w-]*){0,2}),\s+([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}),"
)
VERB_FORM = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}$|lanjut$|kata$|ujar$")  # no word describing an organisation
# words saying whose the organisation is or who leads it: the name after them is a person's
OWNED_BY_WORDS = frozenset(
    {"milik", "kepunyaan", "punya", "pimpinan", "keluarga", "besutan", "bentukan", "binaan", "kelolaan", "asuhan",
     "yang", "dari", "asal", "pendiri", "bos", "dipimpin", "didirikan", "dimiliki", "kepada", "oleh", "dengan"}
)
SHORT_FORM_AFTER = re.compile(r" \(([A-Z][\w&-]*)\)")  # "Mahkamah Agung (MA)": its short form after a name


def _organisation_opening(found: tuple[int, int, str], name: str, body: str) -> list[tuple[int, int, str]]:
    """A span typed a person that is ``name`` or opens with it: the organisation, and the person after it."""
    s, e, k = found
    if k != "person" or not body.startswith(name, s):
        return [found]
    if s + len(name) == e:
        return [(s, e, "organization")]
    if body[s + len(name)] != " ":
        return [found]
    return [(s, s + len(name), "organization"), (s + len(name) + 1, e, "person")]


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``body[start:end]`` overlaps one of the sorted, non-nested spans ``taken``."""
    i = bisect_right(taken, (start, end)) - 1
    return (i >= 0 and taken[i][1] > start) or any(s < end for s, _ in taken[i + 1 : i + 2])


@cache
def _organisation_kinds(lex: Lexicon) -> frozenset[str]:
    """The nouns saying a name is an organisation's (``organization`` and ``company`` nouns of nouns.tsv;
    not "partai", also a match in sports copy: "laga X vs Y, partai pekan kelima")."""
    return (lex.organization_nouns | lex.company_nouns) - {"partai"}


@cache
def _regional_pair_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the home state's regional institutions of two words that are no title
    ("pemerintah" of "Pemerintah Provinsi"), read once per lexicon."""
    return frozenset(w.split()[0] for w in lex.home_regional if w.count(" ") == 1 and w not in lex.titles)


class InstitutionFinder:
    """The passes of ``Document`` that find states, institutions and firms (see the module's docstring)."""

    body: str
    lex: Lexicon
    words: WordIndex
    _lower_words: set[str]
    short_forms: frozenset[str]
    firm_names: frozenset[str]
    described_bodies: frozenset[str]
    _organisation_words: set[str]  # words of names written after a kind of organisation (no name words)

    def _actor_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """States, capitals and organisations named in ``actors.tsv`` that the tagger left out, or
        tagged only in part ("Eropa" of "Uni Eropa": the lexicon's longer name replaces the part)."""
        out = []
        for actor, start, end in actors_in(self.body, 0, len(self.body), self.lex, self._lower_words):
            inside = [f for f in found if f[0] < end and start < f[1]]
            organs = self.lex.state_organs if actor.type == "country" else self.lex.group_heads
            organ = [f for f in inside if f[1] == end and self._organ_or_act(self.body[f[0] : start].strip(), organs)]
            # "Otoritas Singapura", "Kelompok Houthi": the state or the group acts; "Langkah Australia": its act
            if organ:
                inside = [f for f in inside if f not in organ]
                for f in organ:
                    found.remove(f)
            # "mendesak Bahrain agar ...": a state's name the tagger typed a person, as it is, is the state
            within = all(start <= f[0] and f[1] <= end and f[1] - f[0] < end - start for f in inside)
            if inside and not within and inside != [(start, end, "person")]:
                continue
            for f in inside:
                found.remove(f)
            out.append((start, end, "state" if actor.type == "country" else "organization"))
        return out

    def _organ_or_act(self, words: str, organs: frozenset[str]) -> bool:
        """Whether ``words`` before an actor's name are an organ of it ("Otoritas") or a noun of its act
        ("Langkah", "Kebijakan"), one word."""
        return words.lower() in organs or (" " not in words and act_or_statement_noun(words, self.lex))

    def _institution_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Institutions named with lexicon words, which open no tagger window ("Kementerian Dalam
        Negeri (Kemendagri)"), or which the tagger cut ("Kementerian | Pekerjaan Umum dan Perumahan
        Rakyat"): from an institution's head word ("Ketua | Komisi III DPR"), capitalised words and
        "dan", and an acronym in brackets after them; "dan" before another head word starts another
        institution ("Kantor X dan Kantor Y")."""
        heads, own = self.lex.institution_heads, home_institution_words(self.lex)
        out: list[tuple[int, int, str]] = []
        for m in INSTITUTION_RUN.finditer(self.body):
            words = m.group().split(" ")
            pos, parts = m.start(), []  # (start, end) of each institution in the run
            for k, w in enumerate(words):
                joins = k > 0 and words[k - 1] == "dan" and (w.lower() in heads or w.lower() in own)
                if (w.lower() in heads and not parts) or joins:
                    if parts and words[k - 1] == "dan":
                        parts[-1] = (parts[-1][0], parts[-1][1] - len(" dan"))
                    parts.append((pos, pos + len(w)))  # a head word opens a name
                elif parts:
                    parts[-1] = (parts[-1][0], pos + len(w))
                pos += len(w) + 1
            for start, end in parts:
                if " " in self.body[start:end]:
                    self._institution_at(start, end, found, out)
        pos = 0
        while (m := LISTED_INSTITUTION.search(self.body, pos)) is not None:
            pos = m.end(1)  # "Menurut Kementerian ...": the head may be the next word
            end = self._before_next_head(m.start(), m.end())
            if m.group(1).lower() in heads and self._fields_listed(m.end(1), end):
                out = [o for o in out if not (m.start() <= o[0] and o[1] <= end)]  # its parts give way
                self._institution_at(m.start(), end, found, out)
                pos = end
        return out

    def _before_next_head(self, start: int, end: int) -> int:
        """The end of a listed institution's name before a head word among its last item's words, which opens the
        next institution ("Biro Hukum, Komunikasi dan Informasi Publik | Kementerian X": the bureau's name ends
        before the ministry's)."""
        last = self.body.rfind(" dan ", start, end) + len(" dan ")
        for w in re.finditer(r"\S+", self.body[last:end]):
            if w.start() and w.group().lower() in self.lex.institution_heads:
                return last + w.start() - 1
        return end

    def _fields_listed(self, start: int, end: int) -> bool:
        """Whether the items after an institution's head word are fields of its name, not a list of
        institutions, people, places or days ("Kementerian PUPR, Kementerian Perhubungan, dan ...",
        "Pengadilan Tipikor Jakarta Pusat, Rabu, ..."): no item opens with a head word, a title or a
        home institution's word, none holds an acronym, and no lexicon knows an item's first word as a
        day, region or state."""
        lex, own = self.lex, home_institution_words(self.lex)
        text = self.body[start:end].split(" (")[0]
        items = re.split(r",? dan |, ", text.strip())
        last = items[-1].rsplit(" ", 1)
        if len(last) == 2 and self._states_name(last[1]):
            items[-1] = last[0]  # "Kementerian Pertanian, Kehutanan, dan Perikanan | Jepang": the state it serves
        for item in items:
            first = item.split(" ")[0].lower()
            if not item or first in lex.institution_heads or first in own or first in lex.titles:
                return False
            if any(w.isupper() for w in item.split(" ")):
                return False  # "Partai Golkar, PDI Perjuangan dan PKB": an acronym names an institution of its own
            if first in lex.regions or self._lexicon_place(item):
                return False
        return True

    def _states_name(self, word: str) -> bool:
        """Whether ``word`` (brackets aside) names a state."""
        actor = self._actor_named(word)
        return actor is not None and actor.type == "country"

    def _names_actor(self, word: str) -> bool:
        """Whether ``word`` (brackets aside) names a state or a body with an actor code ("PBB")."""
        actor = self._actor_named(word)
        return actor is not None and actor.code is not None

    def _names_region(self, word: str) -> bool:
        """Whether ``word`` (brackets aside) is a word of the name of one of the home state's regions
        ("Sleman", "Jabar") or of a region abroad with a code ("California")."""
        low = word.strip("()").lower()
        return low in self.lex.regions or low in self.lex.abroad_regions

    def _actor_named(self, word: str) -> Actor | None:
        return self.lex.actor(word.strip("()"))

    def _lexicon_place(self, item: str) -> bool:
        return re.fullmatch(WEEKDAYS, item) is not None or bool(actors_in(item, 0, len(item), self.lex, set()))

    def _home_institution_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The home state's institutions named by their own word (``institution`` in ``home.tsv``),
        which the tagger often leaves out: "Polri", "Kemenhub", and with the place they serve,
        "Polres Ogan Komering Ulu", "Pemkot Semarang", "Kejati Jabar" (up to four capitalised words
        after it that are no title and no person's name)."""
        lex, body = self.lex, self.body
        words = self.words.items
        names = home_institution_words(lex)
        openers = _regional_pair_openers(lex)
        out: list[tuple[int, int, str]] = []
        for i, (s, e, low) in enumerate(words):
            # "Pemerintah Provinsi | Jawa Barat": a regional government written out, its two words as one
            # (not an office, "Wakil Gubernur | Jakarta", nor a long form before its short one in brackets)
            written_out = False
            if low in openers and i + 1 < len(words) and body[e : e + 1] == " " and body[s].isupper():
                pair = f"{low} {words[i + 1][2]}"
                written_out = pair in lex.home_regional and pair not in lex.titles
                written_out = written_out and body[words[i + 1][1] : words[i + 1][1] + 2].strip()[:1].isupper()
            if (low not in names and not written_out) or not body[s].isupper():
                continue
            last = i + 1 if written_out else i  # the institution word's last word
            e = words[last][1]
            long_form = self._long_form(s, e)
            office_before = False
            if long_form is not None:
                s, e, office_before = long_form
            covering = [f for f in found if f[0] <= s < f[1] or (long_form is not None and s <= f[0] < e)]
            # a place opened by the word, or a person that is the word and places ("Pemkab Trenggalek"),
            # is the tagger's mistake; so is whatever it made of the long name's parts
            mistaken = [
                f
                for f in covering
                if (f[0] == s and (f[2] == "place" or (f[2] == "person" and self._place_words(f[0], f[1], e))))
                or (long_form is not None and s <= f[0] and f[1] <= e)
                or (written_out and f[0] == s and f[2] != "person")  # "Pemerintah | Provinsi Aceh": a part
            ]
            if len(mistaken) < len(covering) or any(os <= s < oe for os, oe, _ in out):
                continue
            end, ends, person_next = e, [], office_before  # after an office only places join the name
            for s2, e2, low2 in words[last + 1 : last + 5]:
                if body[ends[-1][0] if ends else e : s2] != " " or not body[s2].isupper():
                    break
                if low2 in lex.titles or low2 in lex.title_words or low2 in names:
                    break  # a title or another institution: "Polda Metro Jaya | Kombes ..."
                person = any(k == "person" and fs <= s2 < fe for fs, fe, k in found if (fs, fe, k) not in mistaken)
                if person and (long_form is None or office_before):
                    person_next = True
                    break
                if person:  # "Kepolisian Daerah (Polda) Metro Jaya": no office before it, so a place
                    mistaken += [f for f in found if f[2] == "person" and f[0] <= s2 < f[1] and f not in mistaken]
                named = any(k != "person" and fs <= s2 < fe for fs, fe, k in found)
                ends.append((e2, named or low2 in lex.office_words))
            for e2, place in ends:
                if person_next and not place:
                    break  # "Kemendikbud | Lien Dwiari": a first name the tagger left out, not a place
                end = e2
            # "Pemkab Blora" is no place, "Pemprov" nobody; "Pemkot | Semarang": the place is the institution's
            taken = [f for f in found if s <= f[0] and f[1] <= end] + [f for f in mistaken if f[1] > end]
            if long_form is not None and end == e:
                continue  # no place after the bracket: the tagger's or the institutions' own span stands
            if any(f[0] < end and s < f[1] for f in found if f not in taken):
                continue
            for f in taken:
                found.remove(f)
            out.append((s, end, "organization"))
        return out

    def _long_form(self, start: int, end: int) -> tuple[int, int, bool] | None:
        """The institution's long name before its own word in brackets ("Pemerintah Kota (Pemkot)",
        "Kepolisian Daerah (Polda)"): (start, end after the bracket, whether an office stands before it:
        "Kepala Badan Pusat Statistik (BPS) Amalia ...", where a person, not a place, follows)."""
        body, lex = self.body, self.lex
        m = LONG_FORM_BEFORE.search(body, max(0, start - 60), start) if body[end : end + 1] == ")" else None
        if m is None:
            return None
        long_words = m.group(1).split(" ")
        opened = [k for k, w in enumerate(long_words) if w.lower() in lex.institution_heads]
        skip = opened[-1] if opened else 0  # "Indo Defence | Kementerian Pertahanan (Kemenhan)"
        first = m.start(1) + sum(len(w) + 1 for w in long_words[:skip])
        before = [w.lower() for w in body[max(0, first - 40) : first].split()[-2:]]
        # an office, also with a word of its field after it ("pengamat politik Lembaga ... (LIPI) Siti Zuhro")
        return first, end + 1, any(w in lex.titles or w in lex.title_words for w in before)

    def _place_words(self, start: int, end: int, after: int) -> bool:
        """Whether the words of ``body[after:end]`` are all words of places (regions, provinces) or of the
        home state's institutions ("Bareskrim Mabes Polri")."""
        lex, own = self.lex, home_institution_words(self.lex)
        return all(
            w.lower() in lex.regions or w.lower() in lex.office_words or w.lower() in own
            for w in self.body[after:end].split()
        )

    def _company_names(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Companies named with their legal form at the end ("PC Ketapang II Ltd", "KrisEnergy (Satria)
        Ltd", "Sime Darby Berhad"): the whole run is an organisation, whatever the tagger made of its parts."""
        out = list(found)
        for m in self._company_runs():  # a legal form alone matches nothing: a name stands before it
            start, end = m.start(), m.end()
            out = [f for f in out if not (f[0] < end and start < f[1])]
            out.append((start, end, "organization"))
        return out

    def _company_runs(self) -> list[re.Match[str]]:
        """``COMPANY_RUN``'s matches, read only before a legal form and near it (a body of long capitalised
        words with hyphens, and no legal form, stays linear)."""
        runs: list[re.Match[str]] = []
        pos = 0
        for form in LEGAL_FORM.finditer(self.body):
            if form.end() <= pos:
                continue
            m = COMPANY_RUN.search(self.body, max(pos, form.start() - COMPANY_REACH), form.end())
            while m is not None and m.end() < form.end():  # a run that ends before this form: an earlier one
                runs.append(m)
                m = COMPANY_RUN.search(self.body, m.end(), form.end())
            if m is not None:
                runs.append(m)
                pos = m.end()
        return runs

    def _split_after_company_word(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A firm's name run into its analyst's ("Binaartha Sekuritas Reza Priyambada", "Qantas Group
        Vanessa Hudson"): split after the word that closes the firm's name (``company_word`` in
        nouns.tsv); a person run that ends with such a word is the firm ("Falcon Pictures")."""
        out = []
        person_starts = {s for s, _, k in found if k == "person"}
        moved: dict[int, int] = {}  # a person's start -> the given name before it, out of a firm's run
        for start, end, kind in found:
            words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", self.body[start:end])]
            # a firm's word alone ends a name whose first words the tagger left out ("Sentosa | Motors")
            firm_word = [w.lower() in self.lex.company_words for _, _, w in words]
            # (a firm's word opening a longer run closes a firm named right before it: "IHG Hotels & Resorts | Anil
            # Pathak"; not "oleh | United Nations Office")
            named_before = bool(FIRM_WORD_BEFORE.search(self.body, max(0, start - 40), start))
            opens = len(words) >= 3 and (named_before or self.body[max(0, start - 2) : start] == "& ")
            at = [k for k, firm in enumerate(firm_word) if firm and (k > 0 or len(words) == 1 or opens)]
            if kind not in ("person", "organization") or not at:
                out.append((start, end, kind))
                continue
            k = at[-1]
            rest = words[k + 1 :]
            named = all(name_like(w) and not self.is_lexicon_word(w) for _, _, w in rest)
            if kind == "person" and not rest:
                out.append((self._firm_start(start, found), end, "organization"))
            elif len(rest) >= 2 and named:  # a name of two words or more: "Reza | Priyambada"
                out.append((self._firm_start(start, found) if k == 0 else start, words[k][1], "organization"))
                out.append((rest[0][0], end, "person"))
            elif len(rest) == 1 and named and kind == "organization" and end + 1 in person_starts:
                # "Sentosa Asia Securities Nico | Arief Wijaya": the given name the firm ran into opens the
                # person's name the tagger found after it
                out.append((start, words[k][1], "organization"))
                moved[end + 1] = rest[0][0]
            else:
                out.append((start, end, kind))
        return [(moved.get(s, s), e, k) if k == "person" else (s, e, k) for s, e, k in out]

    def _described_organisations(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Organisations the tagger missed that the article describes as one ("Valdor merupakan perusahaan
        asal Swedia", "Kestrel, sebuah perusahaan riset"): the name there and wherever the article writes it
        again untyped ("kerja sama dengan Valdor"). Capitalised words no lexicon knows and the article does
        not also write in lower case."""
        names = set()
        kinds = _organisation_kinds(self.lex)
        for noun_at, _, low in self.words.items:
            m = DESCRIBED_BEFORE.search(self.body, max(0, noun_at - 80), noun_at) if low in kinds else None
            if m is None:
                continue
            words = m.group(1).split()
            if any(self.is_lexicon_word(w) or w.lower() in self._lower_words for w in words):
                continue  # (not "Namun, perusahaan ...", "Hal itu merupakan lembaga ...")
            names.add(m.group(1))
        return self._organisations_written_again(found, names)

    def _organisations_written_again(
        self, found: list[tuple[int, int, str]], names: set[str]
    ) -> list[tuple[int, int, str]]:
        """``found`` with an organisation span wherever one of ``names`` is written and nothing is typed (the
        names kept in ``described_bodies``: a one-word name among them speaks as that body)."""
        if not names:
            return found
        self.described_bodies = self.described_bodies | names
        taken = sorted((s, e) for s, e, _ in found)
        out = list(found)
        by_first: dict[str, list[str]] = {}  # the names by their first word: one pass over the words
        for name in names:
            by_first.setdefault(name.split(" ", 1)[0].lower(), []).append(name)
        body = self.body
        for start, _, low in self.words.items:
            for name in by_first.get(low, ()):
                end = start + len(name)
                if not body.startswith(name, start) or (end < len(body) and (body[end].isalnum() or body[end] == "-")):
                    continue
                if not _overlaps(taken, start, end):
                    out.append((start, end, "organization"))
        return out

    def _named_after_organisation_noun(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name the tagger typed a person right after a noun for a kind of organisation or group and up to
        three words describing it ("perusahaan Lumeral", "firma analitik Card Ladder", "Kelompok musik Padi"):
        an organisation, when the article never writes a word of it alone as a person's ("kata Karta")
        and no word saying whose it is stands between ("perusahaan milik Budi Santoso": Budi is a person)."""
        lex = self.lex
        # and the nouns opening a group's name ("Kelompok musik | Padi"), not a state's organs ("pemerintahan
        # Trump") nor people's titles ("pemberontak")
        kinds = _organisation_kinds(lex) | (lex.group_heads - lex.state_organs - frozenset(lex.titles))
        body, out, names = self.body, list(found), set()
        people = {(s, e) for s, e, k in found if k == "person"}
        self._organisation_words = set()
        taken = sorted((s, e) for s, e, _ in found)
        name_words = {w for s, e, k in found if k == "person" for w in body[s:e].split()}  # "Bill" of "Bill Gates"
        organisations = _organisation_kinds(lex)
        for noun_at, noun_end, low in self.words.items:
            if low not in kinds:
                continue
            set_off = SET_OFF_AFTER_KIND.match(body, noun_end) if low in organisations else None
            if set_off is not None and self._describes_set_off(set_off, noun_at):
                name = set_off.group(3)
                # the name is the organisation wherever the tagger typed it a person, also opening a run it
                # took for one person's name ("Direktur Jenderal X | Ofgem | Tim Jarvis")
                out = [f for x in out for f in _organisation_opening(x, name, body)]
                names.add(name)
                continue
            m = NAME_AFTER_KIND.match(body, noun_end)
            if m is None or any(w.lower() in OWNED_BY_WORDS or VERB_FORM.match(w) for w in m.group(1).split()):
                continue
            if (m.start(2), m.end(2)) not in people:
                # a name the tagger left untyped, that no lexicon knows and the article does not write in lower
                # case, is no word of a person's name either ("Kelompok musik Padi", then "penggebuk drum | Padi |
                # Surendro Prasetyo"): ``_not_name_words`` reads these
                words = m.group(2).split()
                known = any(self.is_lexicon_word(w) or w.lower() in self._lower_words for w in words)
                if not known and not name_words & set(words) and not _overlaps(taken, m.start(2), m.end(2)):
                    self._organisation_words.update(words)
                continue
            parts = set(m.group(2).split()) - {m.group(2)}
            if any(k == "person" and body[s:e] in parts for s, e, k in found):
                continue  # the article names a word of it alone as a person ("kata Karta")
            # (and wherever the tagger typed the same name a person again: "album ke enam Padi")
            out = [(s, e, "organization" if body[s:e] == m.group(2) and k == "person" else k) for s, e, k in out]
            names.add(m.group(2))
        return self._organisations_written_again(out, names)

    def _describes_set_off(self, m: re.Match[str], noun_at: int) -> bool:
        """Whether the words before a name set off (``SET_OFF_AFTER_KIND``) describe an organisation: a state
        or a place abroad at most after the noun's words, no title or relation before the noun ("Direktur
        perusahaan asal Inggris, | Budi Santoso": the person in that post), and no lexicon word in the name
        (", Senin,": a day)."""
        lex, body = self.lex, self.body
        for w in m.group(2).split():
            actor = lex.actor(w)
            if (actor is None or actor.type != "country") and w.lower() not in lex.abroad:
                return False
        before = body[max(0, noun_at - 30) : noun_at].split()
        if before and (before[-1].lower() in lex.title_words or before[-1].lower() in lex.relations):
            return False
        return not any(self.is_lexicon_word(w) for w in m.group(3).split())

    def _company_word_runs(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Runs of capitalised words closed by a company word that the tagger left untyped ("kerja sama
        dengan Lumeral Group dari Perancis"): a company, as such a run the tagger typed is."""
        body, words = self.body, self.lex.company_words
        taken = sorted((s, e) for s, e, _ in found)
        out = list(found)
        for word_at, end, low in self.words.items:
            if low not in words or not body[word_at].isupper() or RUN_GOES_ON.match(body, end):
                continue  # the company word closes the run ("Naval Group"), not "Tourism | Jawa Barat"
            m = CAPITALS_BEFORE.search(body, max(0, word_at - 80), word_at)
            if m is None or any(self.is_lexicon_word(w) for w in m.group(0).split()):
                continue
            if _overlaps(taken, m.start(), end):
                continue  # the tagger typed some of it: its reading stands
            out.append((m.start(), end, "organization"))
        return out

    def _english_bodies(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An English body's name with "of", "for" or "on" after its company word (``ENGLISH_TAIL``), with
        up to three capitalised words before that word and its short form in brackets after it: one
        organisation, whatever the tagger made of its parts ("Gemological Institute" and the state "America"
        of "Gemological Institute of America"), unless a body found already holds it whole. Its short form
        written alone elsewhere is the body too ("Prasasti Center for Policy Studies (Prasasti)" ...
        "Prasasti menilai"), where nothing else was found."""
        body, words = self.body, self.lex.company_words
        spans = []
        for word_at, end, low in self.words.items:
            if low not in words or not body[word_at].isupper():
                continue
            tail = ENGLISH_TAIL.match(body, end)
            if tail is None:
                continue
            m = CAPITALS_BEFORE.search(body, max(0, word_at - 80), word_at)
            start = m.start() if m is not None else word_at
            while start < word_at and self.is_lexicon_word(body[start:word_at].split(" ", 1)[0]):
                start = body.index(" ", start) + 1  # "Menurut | Gemological Institute", "Direktur | Center for"
            bracket = SHORT_FORM_AFTER.match(body, tail.end())
            short = bracket.group(1) if bracket else ""
            spans.append((start, bracket.end() if bracket else tail.end(), short))
        # a company word inside another's tail is no body of its own ("... for | Research on Cancer"); a body
        # found whole already stands ("Center of Economic and Law Studies (Celios)", found with its short form)
        spans = [
            (s, e, short)
            for s, e, short in spans
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)
            and not any(k == "organization" and fs <= s and e <= fe for fs, fe, k in found)
        ]
        if not spans:
            return found
        out = [f for f in found if not any(s < f[1] and f[0] < e for s, e, _ in spans)]
        out += [(s, e, "organization") for s, e, _ in spans]
        shorts = {short for _, _, short in spans if short}
        self.short_forms = self.short_forms | shorts
        for short in shorts:
            for at in self.words.places(short.lower()):
                if body.startswith(short, at) and not any(s < at + len(short) and at < e for s, e, _ in out):
                    out.append((at, at + len(short), "organization"))
        return out

    def _firms_named_again(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A firm named once with its legal form ("PT Jasa Raharja") and again without it ("Jasa Raharja
        menegaskan ..."): the words after the form that the article writes again, together and capitalised
        (two or more), are the firm's name. Written again, they are the firm, whatever the tagger made of
        them (a common word opening a sentence, "Jasa", left "Raharja" a person); after the form, a name of
        two or three words that runs on after the firm's is its officer's ("Direktur Utama PT Jasa Raharja
        | Rivan Purwantono")."""
        names: dict[tuple[str, ...], str] = {}  # the words after the form -> the name they give (read once)
        formed: set[int] = set()  # where a name stands right after its legal form: no naming again
        gone: set[tuple[int, int, str]] = set()
        added: list[tuple[int, int, str]] = []
        for start, end, kind in found:
            words = self.body[start:end].split(" ")
            if kind != "organization" or len(words) < 3 or words[0].upper() not in COMPANY_PREFIXES:
                continue
            if tuple(words) not in names:
                names[tuple(words)] = self._firm_written_again(words, start)
            name = names[tuple(words)]
            if not name:
                continue
            formed.add(start + len(words[0]) + 1)
            firm_end = start + len(words[0]) + 1 + len(name)
            rest = self.body[firm_end:end].split()
            named = all(name_like(w) and not self.is_lexicon_word(w) for w in rest)
            if firm_end < end and 2 <= len(rest) <= 3 and named:
                gone.add((start, end, kind))
                added += [(start, firm_end, "organization"), (firm_end + 1, end, "person")]
        again = sorted(
            m.span()
            for name in set(names.values()) - {""}
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.body)
            if m.start() not in formed
        )
        self.firm_names = frozenset(names.values()) - {""}
        spans: list[tuple[int, int]] = []
        for a in again:  # two names overlapping: the first
            if not spans or a[0] >= spans[-1][1]:
                spans.append(a)
        return _typed_again([f for f in found if f not in gone] + added, spans, "organization")

    def _firm_written_again(self, words: list[str], start: int) -> str:
        """The longest run of the capitalised words after a firm's legal form that the body writes again."""
        for k in range(len(words), 2, -1):
            run = " ".join(words[1:k])
            if all(w[:1].isupper() for w in words[1:k]) and self._written_again(run, start):
                return run
        # one word when nothing but a form in brackets follows it: "PT Taspen (Persero)", then "tulis Taspen"
        one = len(words) > 1 and words[1][:1].isupper() and all(w[:1] == "(" for w in words[2:])
        return words[1] if one and self._written_again(words[1], start) else ""

    def _written_again(self, run: str, at: int) -> bool:
        """Whether ``run`` stands in the body elsewhere than at ``at`` (the firm's first naming)."""
        first = self.body.find(run)
        return first >= 0 and (first > at + 3 or self.body.find(run, first + 1) >= 0)

    def _firm_start(self, start: int, found: list[tuple[int, int, str]]) -> int:
        """Where a firm's name starts when the tagger left its first words out ("Krakatau | Steel Group"):
        up to three capitalised words right before it that no lexicon knows and no other name holds."""
        for _ in range(3):
            m = FIRM_WORD_BEFORE.search(self.body, max(0, start - 40), start)
            if m is None or self.is_lexicon_word(m.group(1)) or any(f[0] < start and m.start(1) < f[1] for f in found):
                break
            start = m.start(1)
        return start

    def _institution_at(
        self, start: int, end: int, found: list[tuple[int, int, str]], out: list[tuple[int, int, str]]
    ) -> None:
        inside = [f for f in found if f[0] < end and start < f[1]]
        bracket = self.body.find("(", start, end)
        if bracket > 0:  # "Kejaksaan Agung (Kejagung)": what the tagger made of the acronym is the institution's
            for f in [f for f in inside if bracket < f[0] and f[1] <= end and f[2] != "organization"]:
                found.remove(f)
                inside.remove(f)
        # "Kementerian Keuangan RI": a state closing an institution's name is the institution's
        closing = [f for f in inside if f[2] == "state" and f[1] == end and f[0] > start]
        within = all(start <= f[0] and f[1] <= end for f in inside)
        if inside and within and all(f[2] in ("organization", "place") or f in closing for f in inside):
            for f in inside:  # the tagger's parts of the name give way to the whole
                found.remove(f)
            inside = []
        if not inside:
            out.append((start, end, "organization"))


def _typed_again(
    found: list[tuple[int, int, str]], spans: list[tuple[int, int]], kind: str
) -> list[tuple[int, int, str]]:
    """``found`` with each of the sorted ``spans`` typed ``kind``, in place of the spans it holds; a span
    that another reaches into or out of is left as it was (one pass: a name written thousands of times
    stays linear)."""
    if not spans:
        return found
    starts = [a for a, _ in spans]
    held: dict[int, list[tuple[int, int, str]]] = {}
    crossed = set()
    for f in found:
        k = max(0, bisect_right(starts, f[0]) - 1)  # the last span starting at or before f, and those after
        while k < len(spans) and spans[k][0] < f[1]:
            if f[0] < spans[k][1]:
                if spans[k][0] <= f[0] and f[1] <= spans[k][1]:
                    held.setdefault(k, []).append(f)
                else:
                    crossed.add(k)
            k += 1
    replaced = {f for k, fs in held.items() if k not in crossed for f in fs}
    kept = [f for f in found if f not in replaced]
    return kept + [(a, b, kind) for k, (a, b) in enumerate(spans) if k not in crossed]


def name_like(word: str) -> bool:
    """A capitalised word with a lower-case letter (not an acronym): "Rangga", "McCarthy"."""
    return word[:1].isupper() and any(c.islower() for c in word)
