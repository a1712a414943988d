"""Statements: who said what, as direct quotations and reported speech, with named rules.

Pure functions over one analysed article (``document.Document``) and a language's ``Lexicon``.
Each ``Statement`` carries the offsets of its text in the body, the cue and the id of the rule that
produced it:

direct_cue_after    "...," kata Gil / ujarnya           (cue after the closing mark)
direct_cue_before   Gil mengatakan, "..." / Gil: "..."  (cue or colon before the opening mark)
direct_in_report    X mengatakan bahwa ... "..." ...    (a quotation inside a reporting sentence)
direct_continued    a paragraph that is only a quotation, continuing the last speaker (or, when nobody
                    spoke before, the speaker named at the end of the next quotation paragraph); a
                    quotation opening a sentence after a statement in its paragraph, without a cue
direct_back_reference  "..." Hal itu disampaikan X.    (a passive cue pointing back to the quotation)
indirect_tail_verb  ..., media pemerintah melaporkan pada Rabu.
indirect_tail_cue   ..., kata X. / ..., demikian X.     (ANTARA's unquoted attribution)
indirect_mid_cue    Selain itu, kata X, ... / Makanya, kata X listrik ...  (a cue inside the sentence)
indirect_passive_cue  ... diakui X mengarah pada ...     (a passive reporting verb, its agent, what was said)
indirect_menurut    Menurut X, ... / Menurutnya ... / ..., menurut X, ...
indirect_verb       X menegaskan (bahwa) ...            (one per reporting verb of the sentence)
indirect_relative   ..., X yang menyebut ...           (a reporting verb in a relative clause: X speaks)
indirect_embedded   Y menanggapi pernyataan X yang menyebut ...  (the same inside Y's clause: X speaks,
                    and words pointing back after it still mean Y)
indirect_back_reference  .... Pesan itu disampaikan X.   (the unquoted sentence before a passive cue pointing back)
indirect_nested     X mengatakan, KPK mengimbau agar ...  (reported speech opening with another subject's own
                    report: that subject's statement too; X's stays whole)

Quotations that match none of these (scare quotes, terms, titles) are not statements.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from tasks.extract.anaphora import clause_subject, fronted, listed_with_others, same_person, topic_since
from tasks.extract.attribution import (
    BACK_REFERENCE,
    GOES_ON,
    MIN_WORDS_IN_REPORT,
    WORD,
    Cue,
    holds_pronoun,
)
from tasks.extract.document import Document, Person
from tasks.extract.indirect import IndirectRules
from tasks.extract.lang import Lexicon
from tasks.extract.mentions import (
    ACCOUNT_NAMED,
    COUNTING_WORDS,
    SAID_NOUNS,
    UNKNOWN,
    WORD_RE,
    Speaker,
    described_speaker,
    describes_one_before,
    resolve,
)
from tasks.extract.ner import DEGREE, PARTICLES
from tasks.extract.subjects import (
    ACTIVE_VERB,
    subject_before,
    subject_span,
)
from tasks.extract.text import (
    NEXT_WORD,
    PLAIN_WORD,
    QUOTE_MARKS,
    WORK_TITLE_OPENS,
    WORK_TITLE_RIGHT_BEFORE,
    Quote,
    opens_with_quote,
    trim,
)
from tasks.extract.vocab import (
    AGE_NEXT,
    DEMONSTRATIVE_NEXT,
    DEMONSTRATIVES,
    LIKE_MINDED,
    NAME_NOTE,
    NAME_NOTE_NEXT,
    NAME_OPENING,
    ONE_OF,
    PHYSICIAN_TITLE,
    POINTER_CONTENT,
    SAID_WHERE,
    SAYING_SO,
    WEEKDAYS,
    group_word,
    has_title,
    match_title,
    name_suffix,
    title_kind,
)

log = logging.getLogger(__name__)

# how far back a pronoun with nobody named before it may point to an account (about two short paragraphs)
ACCOUNT_REACH = 600
SOURCE_CITED = re.compile(
    r"\b(?:(?:sebagaimana|seperti)\s+(?:di)?(?:laporkan|kutip|lansir|beritakan|wartakan)(?:\s+oleh)?|"
    r"dilansir(?:\s+dari)?|dikutip\s+dari|mengutip|demikian(?:\s+menurut)?|menurut\s+laporan)\s+"
    r"(?P<src>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)


EMBEDDED = "indirect_embedded"  # the rule whose statements carry a topic besides their speaker


@dataclass(frozen=True)
class Statement:
    kind: str  # direct | indirect
    start: int
    end: int
    paragraph: int
    speaker: Speaker
    cue: str | None
    channel: str | None
    source_cited: str | None
    rule: str
    topic: Speaker | None = None  # whom the text is about when it is not the speaker (``indirect_embedded``)


@cache
def _channel_re(lex: Lexicon) -> re.Pattern[str]:
    names = sorted(lex.channels, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"\b(?:di|melalui|lewat|via|dalam|kepada\s+\S+\s+melalui)\s+(?:akun\s+|sebuah\s+|acara\s+|"
        r"sambungan\s+|unggahan\s+di\s+|saluran\s+)?(?P<ch>" + alternation + r")(?:nya)?\b",  # "keterangan tertulisnya"
        re.IGNORECASE,
    )


def _channel(body: str, start: int, end: int, lex: Lexicon) -> str | None:
    m = _channel_re(lex).search(body, start, end)
    return m.group("ch") if m else None


def _source(body: str, start: int, end: int) -> str | None:
    m = SOURCE_CITED.search(body, start, end)
    return m.group("src").rstrip(".") if m else None


# ", Budi Santosa," / ", Frans van Dijk, di ..." / ", Budi Santosa setelah ...": a name set off after a role
_SET_OFF_NAME = (
    r"((?:[A-Z][\w.'’-]*\s+(?:(?:van|von|de|der|bin|binti|al|el|da|dos)\s+)?){0,4}[A-Z][\w'’-]*)"
    # then an age or the name's initials in brackets ("(45)", "(OSO)"), and what ends the name
    rf"(?=(?:\s*(?:{NAME_NOTE}|\([A-Z]{{2,6}}\)))?"
    r"\s*(?:,|\.|$|\s(?:saat|ketika|di|dalam|kepada|melalui|lewat|via|dikutip|dilansir|pada|setelah|usai|seusai|sebelum|sambil"
    r"|ditemui|dihubungi|dijumpai|diwawancarai)\b"  # ", Agus ditemui di sela-sela ...": where he was met
    r"|\s(?:me|ber)[a-z]{3,}\b))"  # "..., M Tauhid Soleman mengawali sambutannya": what the speaker did then
)
APPOSITIVE_NAME = re.compile(
    rf",\s*(?!(?:{WEEKDAYS})\b)"  # ", Jumat": the day, not a name
    rf"(?:{PHYSICIAN_TITLE}\.?\s+)?"  # ", dr. Mesty Ariotedjo, Sp.A": a physician's title written in lower case
    + _SET_OFF_NAME
)
# ", psikolog | Rina Kartika, M.Psi.": a profession written in lower case before the name set off after a role
PROFESSION_SET_OFF = re.compile(r",\s*([a-z][a-z-]+)\s+")
NAME_AFTER_PROFESSION = re.compile(_SET_OFF_NAME)
LAST_IN_SENTENCE = re.compile(r"\s*(?:\.|$)")  # the end of the attribution's sentence
# a short part of a role set off by commas, up to the next comma or the sentence's end ("RW 14", "Jakarta Timur")
SET_OFF_PART = re.compile(r",\s*([A-Z0-9][^,.;:\"“”\n]{0,40}?)(?=\s*(?:,|\.|$))")
SET_OFF_PARTS = 4  # parts of a role read before the name
# a name set off by a second comma before where or when it was said: "..., Dafa Reyhan, | saat ditemui ..."
SET_OFF_BEFORE_WHERE = re.compile(r",\s*(?:" + "|".join(sorted(SAID_WHERE)) + r")\s")
# a place set off by a comma after a role's "di X" ("di Kantor Kemenpora, | Senayan"), and the mention types of places
PLACE_AFTER_COMMA = re.compile(r",\s*")
PLACE_TYPES = ("place", "state")
# where or when something was said, after a role closed by a demonstrative: "politikus itu | di ..."
WHERE_OR_WHEN = re.compile(r"\s+(?:" + "|".join(sorted(SAID_WHERE)) + r")\s")
# words that give a name or a term in quotation marks right after them: what is quoted is what someone or
# something is called, not what was said
NAMING_BEFORE = re.compile(
    r"\b(?:menyebut dirinya|menyebut diri|menyebutnya|dijuluki|julukan|dikenal sebagai|disebut sebagai|dinamai"
    r"|dinamakan|bernama|istilah|slogan|semboyan|tagar)\s*[\"“”]$"
)
# a role's modifier closed by a demonstrative: "profesor | di bidang Teknik Mesin itu.", "Dokter Spesialis X | di RSUD
# Dr. Moewardi, Solo itu saat ...": where the role is held (a place set off by a comma, an abbreviation), then it
DESCRIBED_TAIL = re.compile(
    r"\s+(?:di|dari|asal|untuk|bidang)\s(?:[^.;:!?\"“”\n]|\.(?=\s[A-Z])){1,80}?\s(?:itu|ini|tersebut)\b"
)
# a description closed by a demonstrative after a relative clause, or after a place set off, at the clause's end:
# "ujar pengajar | di Studio X yang rutin memberikan pelatihan ini.", "jelas ayah | yang memiliki empat anak ini.",
# "tegas alumni SMA X | , Bogor tersebut."
DESCRIBED_RELATIVE_TAIL = re.compile(
    r"(?:(?:\s+(?:di|dari|asal)\s[^.;:!?\"“”\n]{1,60}?)?,?\s+yang\s[^.;:!?\"“”\n]{1,120}?"
    r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s(?:itu|ini|tersebut)(?=\s*(?:[.,;]|$))"
)
# words opening a description of someone not named before ("seorang pengguna", "salah satu akun", "para warga"),
# not "sang" ("sang pelatih yang ... itu": the coach named before)
INDEFINITE = COUNTING_WORDS - {"sang"}
# a degree set off by a comma ("Sp.A, "), a word with a full stop in it
SET_OFF_DEGREE = re.compile(r"(\S+\.\S*),\s+")
# "Wakil Duta Besar Inggris | untuk Indonesia", "Sekretaris Atase Pers Kedutaan Jerman | di Indonesia": the
# rest of an office after a connecting word, before the name set off after it
# ("ahli entomologi dari | University of Florida": the small words of a name in English inside the run)
ROLE_TAIL = re.compile(  # (a short form in brackets among its words: "dari Kejaksaan Negeri (Kejari) Cilegon")
    r"(?:\s+(?:untuk|urusan|bidang|di|dari)(?:\s+(?:(?:of|for|and|the)\s+)?(?:[A-Z][\w'’-]*|\([A-Z][\w'’-]*\)))+)+(?=,)"
)
# "Kepala Balai Besar Karantina Hewan | , Ikan, dan Tumbuhan Sumatera Utara": a list inside an office's name,
# before the name set off after it
CAPITALISED_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
LISTED_FIELDS = rf"(?:,\s*{CAPITALISED_RUN})*,?\s+dan\s+"  # ", Ikan, dan ": the list up to its last field
LISTED_OFFICE = re.compile(rf"{LISTED_FIELDS}{CAPITALISED_RUN}(?=,)")
# the same list, then the office's short form in brackets and the holder's name before where it was said
LISTED_OFFICE_THEN_NAME = re.compile(
    rf"{LISTED_FIELDS}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?\s+\([A-Z][\w-]{{1,10}}\)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s+(?:dalam|saat|di|kepada|ketika|usai|seusai|pada)\b|\s*[,.]|\s*$)"
)
# the subject of a cue after a quotation: a name, or a lower-case title or "begitu" before one
# ('"...," dokter Sonya memperingatkan', '"...," begitu Adhit Pratama melaporkan')
THUS = re.compile(r"(?:" + "|".join(sorted(SAYING_SO)) + r")\s+", re.IGNORECASE)  # '"...," begitu kata X'
PRONOUN_SUBJECT = re.compile(r"(ia|dia|beliau)\s+(?:(?:pun|juga|lalu|kemudian)\s+)?")  # '"...," ia menambahkan'
SUBJECT_REGION = re.compile(r"((?:[a-z]+ ){0,2})[A-Z][^,.;:\"“”\n]{0,70}")
ALSO_POST = re.compile(r"\s+yang\s+juga\s+(?=[A-Z])")  # a second post of the speaker's, before the name
# "kata" as a noun: an object ("mengucap kata"), after a preposition or a count ("berasal dari kata", "dalam
# kata sambutannya", "setiap kata")
WORD_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:me[a-z]{3,}|dengan|sebuah|satu|dari|dalam|setiap|tiap)\s+$")
LEADING_PUNCT = re.compile(r"\s*[,.]?\s*")
TAIL_STOP = re.compile(r"[.!?](?:\s|$)|[\"“”]")
BETWEEN_CUE_AND_QUOTE = re.compile(r"(?:\s+(?:kepada|pada)\s+[^\"“”]{1,80}?)?\s*[,:]?\s*(?:bahwa\s*)?")


# words a title leaves in lower case ("Santa Maria Diangkat ke Surga", "Key to the City")
TITLE_SMALL_WORDS = frozenset(
    {"di", "ke", "dari", "dan", "untuk", "yang", "dengan", "atau", "pada", "dalam", "sebagai", "bagi", "oleh"}
    | {"of", "the", "and", "in", "to", "for", "a", "an", "on", "at"}
)


def _quoted_words(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` is words in quotation marks (a title or a term), the marks in or around it."""
    s, e = trim(body, start, end, ' "“”')
    return e > s and bool(QUOTE_MARKS.match(body, s - 1)) and bool(QUOTE_MARKS.match(body, e))


def _title_cased(text: str) -> bool:
    """Whether quoted words are written as a title: three or more words, each capitalised but the small
    ones, and no sentence ending inside."""
    words = WORD.findall(text)
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return len(big) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in big) and not re.search(r"[.!?]\s", text)


class _Extractor(IndirectRules):
    def __init__(self, body: str, lex: Lexicon, entities: Document | None = None) -> None:
        self.body = body
        self.lex = lex
        self.entities = entities or Document(body, lex)
        self.paragraphs = self.entities.paragraphs
        self.out: list[Statement] = []
        self.vocab = (lex.report_verbs | lex.quote_cues | lex.comma_verbs) - lex.mark_cues
        # quotations opening a sentence in a paragraph where nobody had spoken yet when they were read:
        # read again once the reported speech is known ("Ia juga menyoroti X. \"...\"")
        self.waiting: list[list[tuple[Quote, int]]] = []

    # ------------------------------------------------------------ helpers
    def cues(self, start: int, end: int) -> list[Cue]:
        """Reporting cues in ``body[start:end]`` (a word scan: faster than one big alternation)."""
        vocab = self.vocab
        return [Cue(s, e, self.body[s:e]) for s, e, low in self.entities.words.between(start, end) if low in vocab]

    def cue_at(self, pos: int, end: int, after_mark: bool = False) -> Cue | None:
        """The cue at ``pos``; ``after_mark``: right after a quotation's closing mark, where the
        lexicon's ``mark_cues`` ("pinta", "nilai") are cues too."""
        m = PLAIN_WORD.match(self.body, pos, end)
        if m is None:
            return None
        low = m.group().lower()
        if low in self.vocab or (after_mark and low in self.lex.mark_cues):
            return Cue(m.start(), m.end(), m.group())
        return None

    def previous(self, pos: int, person: bool = False) -> Speaker | None:
        """The speaker of the latest statement before ``pos`` with a known speaker (``person``: the
        latest person who spoke, for words pointing back to a person: "ia" after "Menurut data BMKG, ..."
        is still the official quoted before)."""
        return self._latest(pos, person)[1]

    def _latest(self, pos: int, person: bool) -> tuple[Statement | None, Speaker | None]:
        best: Statement | None = None
        found: Speaker | None = None
        for st in self.out:
            if st.start >= pos or (best is not None and st.start <= best.start):
                continue
            sp = antecedent(st)
            if sp is not None and (not person or sp.type == "person"):
                best, found = st, sp
        return best, found

    def pointed_back(self, pos: int, person: bool = True) -> Speaker | None:
        """Whom a word pointing back before ``pos`` stands for when nothing closer says: the latest speaker
        (``previous``), unless the narrative turned to another person named in full after that statement
        (``topic_since``: 'Senada, Ines Haddad dari X menilai ... | "...," ujar Haddad' is Ines, not the Nabil
        Haddad quoted before)."""
        best, found = self._latest(pos, person)
        topic = topic_since(self.entities, best.end if best is not None else 0, pos)
        full = (self.entities.fullest(topic.name) or topic) if topic is not None else None
        if full is None or len(full.tokens) < 2:
            return found  # (a person the text turned to is named in full: not "Bobotoh", fans the tagger read as one)
        if same_person(topic, found):
            return found  # the same person, as the statement before names them ("Nafa" of "Nafa Urbach")
        return Speaker(full.name, full.name, "person", topic.role or full.role, topic.code or full.code)

    def speaker(self, start: int, end: int) -> Speaker:
        phrase = self.body[start:end]
        last = self.pointed_back(start)
        if self.lex.pronouns.get(phrase.strip().lower()) == "actor":
            anyone = self.previous(start)  # "Pihaknya menilai ...": an institution that spoke last too
            last = anyone if anyone is not None and anyone.type == "organization" else last
        return resolve(phrase, self.entities, start, last)

    def pronoun(self, at: int) -> Speaker:
        sp = resolve("-nya", self.entities, at, self.pointed_back(at))
        if sp.name is None:  # nobody named before: an account named shortly before ("dimuat akun @x ... tulisnya")
            return self._last_account(max(0, at - ACCOUNT_REACH), at) or sp
        return sp

    def _last_account(self, start: int, end: int) -> Speaker | None:
        """The last account named with its handle in ``body[start:end]`` ("akun X @warga")."""
        named = list(ACCOUNT_NAMED.finditer(self.body, start, end))
        return self.speaker(named[-1].start(), named[-1].end()) if named else None

    def add(
        self,
        kind: str,
        span: tuple[int, int],
        para: int,
        sp: Speaker,
        cue: str | None,
        ctx: tuple[int, int],
        rule: str,
        topic: Speaker | None = None,
    ) -> None:
        s, e = trim(self.body, *span, chars=" \t\n,;:")
        while kind == "indirect" and (degree := SET_OFF_DEGREE.match(self.body, s, e)) and DEGREE.match(degree[1]):
            s = degree.end()  # "Menurut dr. X, | Sp.A, | langkah awal ...": the name's degrees are no part of it
        if e - s < 2:
            return
        channel, source = _channel(self.body, *ctx, self.lex), _source(self.body, *ctx)
        self.out.append(Statement(kind, s, e, para, sp, cue, channel, source, rule, topic))

    def _describes_one_named_before(self, s: int, e: int, para_end: int) -> int | None:
        """Where a description ends when the lower-case words at ``s:e`` after a quotation's cue go on in a
        relative clause or a place set off, closed by a demonstrative, and so may describe one person named
        before (``described_speaker`` says whether it is a person's description); None for someone new
        ("seorang pengguna ... yang ... ini")."""
        words = self.body[s:e].split()
        if not words or not words[0].islower() or words[0] in INDEFINITE or self.entities.person_in(s, e):
            return None
        tail = DESCRIBED_RELATIVE_TAIL.match(self.body, e, para_end)
        return tail.end() if tail is not None else None

    def sentence_of(self, pos: int, para: int) -> tuple[int, int]:
        return self.entities.sentence_of(pos)

    # ------------------------------------------------------------ direct
    def attribution_after(self, q: Quote, para_end: int) -> tuple[Speaker, str, tuple[int, int]] | None:
        body = self.body
        pos = q.close_mark + 1
        m = LEADING_PUNCT.match(body, pos, para_end)
        pos = m.end() if m else pos
        closed = "," in body[q.close_mark : pos] or "." in body[q.close_mark : pos] or _closed_inside(body, q)
        if not closed and len(WORD.findall(body, q.start, q.end)) <= SHORT_TERM_WORDS:
            return None  # 'aksi "299" menuntut ...', 'Patrick "Pat" Gelsinger ini mengakui': a term or a name, unclosed
        thus = THUS.match(body, pos, para_end)
        if thus is not None and self.cue_at(thus.end(), para_end) is not None:
            pos = thus.end()  # '"...," begitu kata Asmad': the cue after "so"
        lead = SOURCE_LEAD.match(body, pos, para_end)
        if lead is not None and self._source_follows(lead):
            # '"...," demikian Kepala BPS X.', '"...," bunyi pernyataan resmi Pemerintah China.'
            said_from = SAID_FROM.match(body, lead.end(), para_end)  # "bunyi keterangan resmi dari X": X
            s, e = self.speaker_after(said_from.end() if said_from else lead.end(), para_end)
            if e > s:
                cue = lead.group(1) or lead.group(3)
                return self.speaker(s, e), cue, (q.close_mark, self._tail_end(lead.end(), para_end))
        pronoun = PRONOUN_SUBJECT.match(body, pos, para_end)
        said = self.cue_at(pronoun.end(), para_end) if pronoun is not None else None
        if pronoun is not None and said is not None:  # '"...," ia menambahkan.': the person spoken of before
            sp = self.speaker(pronoun.start(1), pronoun.end(1))
            return sp, said.cue, (q.close_mark, self._tail_end(said.end, para_end))
        v = self.cue_at(pos, para_end, after_mark=True)
        if v and DEMONSTRATIVE_NEXT.match(body, v.end, para_end):  # "kata ini": the word, not "said"
            return None  # '"He quietly left," kata ini menambahkan kesan ...': the noun "kata" (word), no cue
        if v:
            cue = v.cue
            s, e = self.speaker_after(v.end, para_end)
            if holds_pronoun(cue, self.lex):
                sp = self.pronoun(v.start)
            elif e > s:
                described = DESCRIBED_TAIL.match(body, e, para_end)
                unnamed = described is not None and self.entities.person_in(s, e) is None
                if unnamed and has_title(body[s:e].split(), self.lex):
                    e = described.end()  # "ujar profesor di bidang Teknik Mesin itu": the whole description
                sp = described_speaker(self.speaker(s, e), self.entities, s, self.previous(s, person=True))
                described_end = self._describes_one_named_before(s, e, para_end) if sp.type != "person" else None
                if described_end is not None:
                    # "ujar pengajar di Studio X yang rutin ... ini": a description of one named before
                    written = replace(UNKNOWN, written=body[s:described_end])
                    back = described_speaker(written, self.entities, s, self.pointed_back(s))
                    sp = back if back.type == "person" else sp
            elif NAME_LEFT_OUT.match(body, v.end, para_end) and cue.lower() not in WRITTEN_CUES:
                sp = self.pronoun(v.start)  # '"...," ujar | dalam diskusi ...': the name left out, as "ujarnya"
            else:
                return None
            return sp, cue, (q.close_mark, self._tail_end(v.end, para_end))
        # '"...," Kim mengatakan.' (only after a quotation that ends with a comma, not a full stop, inside the
        # marks or right after them: 'mengklik "enable". Pengguna diarahkan ke laman yang meminta ...')
        if body[q.end - 1 : q.end] in ".!?" and body[q.end : q.close_mark].strip(" ") == "":
            return None
        if body[q.close_mark + 1 : pos].strip()[:1] in (".", "!", "?"):
            return None
        region = SUBJECT_REGION.match(body, pos, para_end)
        lead = region.group(1).split() if region and region.group(1) else []
        if any(w not in self.lex.title_words and w not in SAYING_SO for w in lead):
            region = None  # '"Sunflowers and Stars" asal Skotlandia ...': a title, no quotation's speaker
        found = [c for c in self.cues(pos, region.end()) if c.start > pos] if region else []
        if found:
            if lead and lead[0] in SAYING_SO:
                pos += len(lead[0]) + 1  # '"...," begitu Adhit Pratama melaporkan'
            span = subject_span(body, pos, found[0].start)
            if span is None:
                return None
            return self.speaker(*span), found[0].cue, (q.close_mark, self._tail_end(found[0].end, para_end))
        return None

    def _source_follows(self, lead: re.Match[str]) -> bool:
        """After "demikian" a name, a title, a passive cue or what a source said ("demikian disampaikan X",
        "demikian laporan Tasnim"); after "bunyi" what a source said or wrote ("bunyi pernyataan resmi
        X"), not a law's or a book's words."""
        if lead.group(1):  # "bunyi", also after "demikian" ('"...," demikian bunyi pernyataan klub')
            nxt = lead.group(2).lower()
            said = nxt in SAID_NOUNS or nxt in self.lex.speech_acts  # "bunyi penjelasan BEM X"
            return said and nxt not in ("surat", "putusan", "data", "catatan")
        nxt = lead.group(4)
        low = nxt.lower()
        # (also an appeal or a warning: '"...," demikian imbauan Bank X')
        return nxt[:1].isupper() or low in self.lex.passive_verbs or low in SAID_NOUNS or low in self.lex.speech_acts

    def _before_own_verb(self, s: int, e: int) -> int:
        """Where a speaker's words after a cue end before an active verb of their own ("ujar Kepala
        Negara melanjutkan", "kata Edwin mengenang"); not a lexicon's word shaped like one ("menteri")."""
        lex = self.lex
        words = list(WORD_RE.finditer(self.body, s, e))
        for prev, w in pairwise(words):
            low = w.group()
            known = low in lex.titles or low in lex.title_words or low in lex.relations or low in lex.pronouns
            if ACTIVE_VERB.fullmatch(low) and prev.group()[:1].isupper() and not known:
                return prev.end()  # right after a name or a title: not "mantan member Gold's Gym X"
        return e

    def speaker_after(self, start: int, end: int) -> tuple[int, int]:
        """The speaker after a cue, with a name in apposition: "Kabid Humas Polda X, Kombes Budi Santoso"."""
        s, e = self.speaker_words(start, end)
        e = self._before_own_verb(s, e)  # '"...," ujar Kepala Negara | melanjutkan.'
        also = ALSO_POST.match(self.body, e, end) if e > s else None
        if also is not None and has_title(self.body[s:e].split(), self.lex):
            # "kata Ketua Panitia X | yang juga | Bupati Y Budi Santoso": the second post's holder is named
            s2, e2 = self.speaker_words(also.end(), end)
            if e2 > s2 and has_title(self.body[s2:e2].split(), self.lex) and self.entities.person_in(s2, e2):
                s, e = s2, e2
        if e > s and self.body[s:e].rsplit(None, 1)[-1] in DEMONSTRATIVES and WHERE_OR_WHEN.match(self.body, e):
            # "ujar politikus PDI-P itu | di Kompleks Parlemen, Senayan, ...": a role pointing back ends at
            # its demonstrative; the place and the words set off after it are where, not who
            return s, e
        tail = ROLE_TAIL.match(self.body, e, end) if e > s else None
        if tail is not None and self._places_set_off(tail, end):
            return s, e  # "kata Menpora | di Kantor Kemenpora, Senayan, Jakarta": where, not a name after it
        named_after = tail is not None and APPOSITIVE_NAME.match(self.body, tail.end(), end) is not None
        if named_after and has_title(self.body[s:e].split(), self.lex):
            e = tail.end()  # only when a name is set off after it: not "kata Menpora di Jakarta, Selasa"
        listed = LISTED_OFFICE.match(self.body, e, end) if e > s else None
        role = has_title(self.body[s:e].split(), self.lex)
        if listed and role and APPOSITIVE_NAME.match(self.body, listed.end(), end):
            e = listed.end()
        listed_then_name = LISTED_OFFICE_THEN_NAME.match(self.body, e, end) if e > s and role else None
        if listed_then_name is not None:
            # "Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) Taufiek Bawazier dalam ...": the
            # office's list, its short form, then the holder's name, with no comma before it
            return s, listed_then_name.end()
        if e <= s or self.body[e : e + 1] != ",":
            return s, e
        m = APPOSITIVE_NAME.match(self.body, e, end)
        profession = PROFESSION_SET_OFF.match(self.body, e, end) if m is None else None
        if profession is not None and self.lex.titles.get(profession.group(1)) == "profession":
            m = NAME_AFTER_PROFESSION.match(self.body, profession.end(), end)  # "kata co-founder X, psikolog Y"
        if (m is None or self.entities.person_in(m.start(1), m.end(1)) is None) and has_title(
            self.body[s:e].split(), self.lex
        ):
            # "ucap Ketua RT 18, RW 14, Klaster X, Jakarta Timur, Budi Santoso, saat ...": the role's unit and
            # place set off one after another, then the holder's name
            last = self._name_after_set_off_parts(e, end)
            if last is not None:
                return s, last
        if m is None:
            return s, e
        words = self.body[s:e].split()
        role = has_title(words, self.lex)
        named = self.entities.person_in(s, e)  # (each read once: a scan of the article's people)
        set_off = self.entities.person_in(m.start(1), m.end(1)) is not None  # a person's name after the comma
        described = name_suffix(words, self.lex) == len(words) and role
        # "..., Kombes Pol Budi": a rank or an honorific opens a name; "..., Country Manager Nutanix" is a role,
        # and so is a title set off after a person's bare name, whatever the tagger made of the institution in
        # it ("kata Fahmi Sutanto, Analis Reku, dalam ...": Fahmi's role)
        bare_name = named is not None and named.start == s and not role
        titled = match_title(m.group(1).split(), self.lex) > 0 and (
            title_kind(m.group(1).split(), self.lex) in NAME_OPENING or (not bare_name and set_off)
        )
        # "Humas PT Jasa Marga cabang Jakarta, Handoyono": an office with no person named in it, then
        # a name the article's tagger or its earlier mentions know as a person
        # ("President of the Institute of Public Relations, X": what the tagger took for a person inside
        # an English "... of ..." role is the institution's name)
        english_role = " of " in self.body[s:e]
        # "CEO Campus League, Ryan Gozali.": a full name closing the attribution (or set off before where or
        # when it was said) is whom the role describes, whatever the tagger made of the institution in the
        # role (not a list of names)
        closing_full_name = " " in m.group(1) and (
            LAST_IN_SENTENCE.match(self.body, m.end(1)) is not None
            or SET_OFF_BEFORE_WHERE.match(self.body, m.end(1)) is not None
        )
        named_after = role and (named is None or english_role or closing_full_name) and set_off
        # "kata salah satu warga, Abi (19)": one of a group, then the name of the one who spoke
        one_of = ONE_OF.match(self.body, s, e) is not None
        # "kata penjaga toko, Sutarjo (52)", "..., Mamat (bukan nama sebenarnya)": a description, then a
        # person introduced with an age or a note on the name
        introduced = NAME_NOTE_NEXT.match(self.body, m.end(1)) is not None and set_off
        # "ujar pembasmi hama berlisensi, Allan Bossel.", "kata istrinya, Rina": a description in lower case
        # (no name: not "kata Budi, Ani"), then a person's name set off: whom it describes
        described_then_named = words[0].islower() and set_off
        chosen = described or titled or named_after or one_of or introduced or described_then_named
        return (s, m.end(1)) if chosen else (s, e)

    def _places_set_off(self, tail: re.Match[str], end: int) -> bool:
        """Whether a role's tail "di X" goes on with places set off by commas ("di Kantor Kemenpora, |
        Senayan, Jakarta"): the word after the comma is a place, or another place follows it."""
        if not tail.group().lstrip().startswith("di "):
            return False
        m = APPOSITIVE_NAME.match(self.body, tail.end(), end)
        if m is None:
            return False
        places = [x for x in self.entities.mentions_in(m.start(1), min(end, m.end(1) + 40)) if x.type in PLACE_TYPES]
        nxt = PLACE_AFTER_COMMA.match(self.body, m.end(1), end)
        return any(x.start == m.start(1) or (nxt is not None and x.start == nxt.end()) for x in places)

    def _name_after_set_off_parts(self, pos: int, end: int) -> int | None:
        """The end of a person's name set off after up to ``SET_OFF_PARTS`` short parts of a role that are
        nobody's name (units, places: ", RW 14, Klaster X, Jakarta Timur"), when the name closes the
        attribution or comes before where or when it was said, or follows the office's institutions alone
        (", Bareskrim Mabes Polri, Kombes Pol X dalam ..."); else None."""
        skipped, institutions = 0, True
        for _ in range(SET_OFF_PARTS + 1):
            named = APPOSITIVE_NAME.match(self.body, pos, end) if skipped and institutions else None
            if named is not None and self.entities.person_in(named.start(1), named.end(1)) is not None:
                return named.end(1)
            part = SET_OFF_PART.match(self.body, pos, end)
            if part is None:
                return None
            a, b = part.span(1)
            if any(w[:1].islower() for w in self.body[a:b].split()):
                return None  # a clause, not a part of the role or a name alone ("Budi dan warga lain")
            if self.entities.person_in(a, b) is not None:
                closes = LAST_IN_SENTENCE.match(self.body, b) or SET_OFF_BEFORE_WHERE.match(self.body, b)
                return b if skipped and closes else None
            institutions = institutions and self._institution_only(a, b)
            pos, skipped = b, skipped + 1
        return None

    def _institution_only(self, start: int, end: int) -> bool:
        """Whether ``body[start:end]`` is an organisation's name and nobody's."""
        inside = self.entities.mentions_in(start, end)
        return bool(inside) and all(m.type == "organization" for m in inside)

    def _tail_end(self, pos: int, para_end: int) -> int:
        m = TAIL_STOP.search(self.body, pos, para_end)
        return m.start() + 1 if m else para_end

    def attribution_before(self, q: Quote, para: int) -> tuple[Speaker, str | None, tuple[int, int], str] | None:
        body = self.body
        ps, _ = self.paragraphs[para]
        sent_start = self.sentence_of(q.open_mark, para)[0] if q.open_mark > ps else ps
        if q.open_mark == ps and para > 0:
            # 'Presiden mengatakan:\n\n"..."': the attribution ends the paragraph before, with a colon
            pps, ppe = self.paragraphs[para - 1]
            last = body[pps:ppe].rstrip()
            if last.endswith(":") and not QUOTE_MARKS.search(last):
                sent_start = self.sentence_of(pps + len(last) - 1, para - 1)[0]
        # a quotation's attribution stands in the last words before it: a "sentence" of thousands of
        # characters (a paragraph of quotations with no full stop) is read no further back than this
        sent_start = max(sent_start, q.open_mark - MAX_ATTRIBUTION_BEFORE)
        before = body[sent_start : q.open_mark]
        stripped = before.rstrip()
        if not stripped:
            return None
        # "Menurut X, "..."" / "X: "...""
        m = re.match(r"^\s*[Mm]enurut\s+(.+?),\s*$", before)
        if m:
            return (
                self.speaker(sent_start + m.start(1), sent_start + m.end(1)),
                "menurut",
                (sent_start, q.open_mark),
                "direct_cue_before",
            )
        if stripped.endswith(":"):
            verbs = self.cues(sent_start, q.open_mark)
            if not verbs:
                colon = sent_start + len(stripped) - 1
                subj = subject_before(body, sent_start, colon)
                if subj:
                    return self.speaker(*subj), None, (sent_start, q.open_mark), "direct_cue_before"
        # a cue word before a demonstrative is the noun ('Pesan tersebut berbunyi "..."': the message)
        verbs = self.cues(sent_start, q.open_mark)
        verbs = [v for v in verbs if not DEMONSTRATIVE_NEXT.match(body, v.end, q.open_mark)]
        # nor "kata" as the object of a verb or after "dengan" ('mengucap kata "Terima kasih"': the word)
        verbs = [
            v for v in verbs if not (v.cue.lower() == "kata" and WORD_NOUN_BEFORE.search(body, sent_start, v.start))
        ]
        if not verbs:
            return None
        v = verbs[-1]
        cue = v.cue
        if cue.lower() in self.lex.quote_cues and not holds_pronoun(cue, self.lex):
            # 'Kata Dwikorita, "..."': a quote cue, its speaker and the quotation
            s, e = self.speaker_words(v.end, q.open_mark)
            if e > s and body[e : q.open_mark].strip() in (",", ":"):
                return self.speaker(s, e), cue, (v.start, q.open_mark), "direct_cue_before"
        between = body[v.end : q.open_mark]
        adjacent = BETWEEN_CUE_AND_QUOTE.fullmatch(between) is not None
        if not adjacent and WORK_TITLE_OPENS.search(body, max(sent_start, q.open_mark - 50), q.open_mark + 1):
            return None  # 'dalam webinar bertajuk "Understanding ..."': a title in quotation marks, nobody's words
        rule = "direct_cue_before" if adjacent else "direct_in_report"
        n_words = len(WORD.findall(body[q.start : q.end]))
        if not adjacent and n_words < MIN_WORDS_IN_REPORT:
            return None
        if not adjacent and _title_cased(body[q.start : q.end]):
            return None  # 'mengusung tema "Uji Emisi untuk Kebaikan Udara"': a title inside the sentence, not speech
        closed = _closed_inside(body, q)
        term = n_words < 2 or (n_words <= SHORT_TERM_WORDS and not closed)
        if term and GOES_ON.match(body, q.close_mark + 1):
            # 'Belajar bilang "tidak" saat dibutuhkan', 'menambahkan, "manusia tikus" bukanlah ...': a quoted word or
            # term inside a sentence that goes on, no statement; not '"tidak boleh foto," sehingga' (closed)
            return None
        if cue.lower() in self.lex.quote_cues and not holds_pronoun(cue, self.lex):
            # "kata Kim kepada Guterres: "..."": the speaker follows the cue
            s, e = self.speaker_words(v.end, q.open_mark)
            if e > s:
                return self.speaker(s, e), cue, (v.start, q.open_mark), rule
        subj = subject_before(body, sent_start, v.start)
        if subj is not None and len(verbs) > 1 and _quoted_words(body, *subj):
            # 'Miyazaki mengatakan "Kemushi no Boro" akan bercerita ..., "..."': a title in quotation marks is
            # no source; the quotation is in the report of the verb before
            v = verbs[-2]
            cue, subj = v.cue, subject_before(body, sent_start, v.start)
        if subj is None:
            return None
        return self.speaker(*subj), cue, (v.start, q.open_mark), rule

    def direct(self) -> None:
        body = self.body
        chain: list[tuple[Quote, int]] = []
        for i, _ in enumerate(self.paragraphs):
            nxt = self.paragraphs[i + 1] if i + 1 < len(self.paragraphs) else None
            next_opens = nxt is not None and opens_with_quote(body, *nxt)
            for q in self.entities.quotes[i]:
                chain.append((q, i))
                if q.continued:
                    continue
                self._attribute_chain(chain)
                chain = []
            # a chain broken by a paragraph without a continuation is dropped (unbalanced)
            if chain and not next_opens:
                chain = []

    def _attribute_chain(self, chain: list[tuple[Quote, int]]) -> None:
        body = self.body
        last_q, last_p = chain[-1]
        first_q, first_p = chain[0]
        if NAMING_BEFORE.search(body, max(0, first_q.open_mark - 40), first_q.open_mark + 1):
            return  # 'yang menyebut dirinya "penyelidik literasi", mengatakan ...': a name he goes by, not speech
        if WORK_TITLE_RIGHT_BEFORE.search(body, max(0, first_q.open_mark - 30), first_q.open_mark + 1):
            return  # 'pleidoinya yang berjudul "Di Ujung Jalan," Budi berharap ...': a work's title, nobody's words
        _, pe = self.paragraphs[last_p]
        after = self.attribution_after(last_q, pe)
        before = None if after else self.attribution_before(first_q, first_p)
        back = None if after or before else self.back_reference(last_q, last_p)
        if after:
            sp, cue, ctx = after
            rule = "direct_cue_after"
        elif before:
            sp, cue, ctx, rule = before
        elif back:
            sp, cue, ctx = back
            rule = "direct_back_reference"
        else:
            ps = self.paragraphs[first_p][0]
            standalone = first_q.open_mark == ps and (
                last_q.continued or not body[last_q.close_mark + 1 : self.paragraphs[last_p][1]].strip(" .,")
            )
            sentence_start = self._starts_sentence(first_q, first_p)
            n_words = sum(len(WORD.findall(body[q.start : q.end])) for q, _ in chain)
            led = NEXT_WORD.match(body, last_q.close_mark + 1, self.paragraphs[last_p][1])
            if led is not None and led.group(1) in SAYING_SO:
                return  # '"...," demikian kurang lebih terjemahan cuitan X': its own source, unread; no guess
            if not (standalone or (sentence_start and n_words >= 4 and self._same_para_speaker(first_p))):
                if sentence_start and n_words >= 4:
                    self.waiting.append(chain)
                return
            prev = self.pointed_back(first_q.open_mark, person=False)
            introduced = self._account_introduced(first_p) if standalone else None
            if introduced is not None:  # 'Keluhan serupa datang dari akun @x ... | "..."': the account's words
                prev = introduced
            if prev is None and not standalone:
                return
            sp, cue, ctx, rule = (prev or UNKNOWN), None, (first_q.open_mark, first_q.open_mark), "direct_continued"
        for q, p in chain:
            self.add("direct", (q.start, q.end), p, sp, cue, ctx, rule)

    def back_reference(self, q: Quote, para: int) -> tuple[Speaker, str, tuple[int, int]] | None:
        """'"..." Hal itu disampaikan Menteri X di Jakarta.': a sentence right after the quotation (in
        its paragraph, or opening the next one) that points back to it with a passive reporting verb
        and names its agent (rule ``direct_back_reference``)."""
        body = self.body
        pe = self.paragraphs[para][1]
        pos = q.close_mark + 1
        if body[pos:pe].strip(" .") == "" and para + 1 < len(self.paragraphs):
            pos, pe = self.paragraphs[para + 1]
        m = BACK_REFERENCE.match(body, pos, pe)
        if m is None or m.group("cue").lower() not in self.lex.passive_verbs:
            return None
        s, e = self.speaker_after(m.end(), pe)  # "disampaikan oleh Direktur PT X, Dewi Sari": the name set off
        if e <= s:
            return None
        sp = self.speaker(s, e)
        return (sp, m.group("cue"), (m.start("cue"), e)) if sp.type != "unknown" else None

    def direct_after_reports(self) -> None:
        """A quotation opening a sentence after a reported statement in its paragraph goes on from that
        statement's speaker ('Ia juga menyoroti kebijakan itu. "Yang jadi masalah ..."'): the quotations
        set aside while the direct rules ran, now that the reported speech is known."""
        waiting, self.waiting = self.waiting, []
        for chain in waiting:
            first_q, first_p = chain[0]
            last_q, last_p = chain[-1]
            rest = self.body[last_q.close_mark + 1 : self.paragraphs[last_p][1]].strip()
            # a whole sentence, closing its paragraph or followed by another: not words run on after it
            # ('..., "demikian terjemahan cuitan X"', a mark misplaced in the middle of a sentence)
            whole = not rest or (self.body[last_q.end - 1 : last_q.end] in ".!?" and rest[:1].isupper())
            if whole and any(st.paragraph == first_p and st.start < first_q.open_mark for st in self.out):
                self._attribute_chain(chain)

    def _account_introduced(self, para: int) -> Speaker | None:
        """The account that the paragraph before ``para`` names, when that paragraph quotes nothing: a
        quotation standing alone after it is the account's ("Keluhan serupa juga datang dari akun @x yang
        menyoroti ... | "...""), not the last speaker's."""
        if para == 0:
            return None
        ps, pe = self.paragraphs[para - 1]
        return None if QUOTE_MARKS.search(self.body, ps, pe) else self._last_account(ps, pe)

    def _starts_sentence(self, q: Quote, para: int) -> bool:
        s, _ = self.sentence_of(q.open_mark, para)
        return not self.body[s : q.open_mark].strip()

    def _same_para_speaker(self, para: int) -> bool:
        return any(st.paragraph == para for st in self.out)


def extract_statements(body: str, lex: Lexicon, entities: Document | None = None) -> list[Statement]:
    """Direct and indirect statements of one article, in text order."""
    ex = _Extractor(body, lex, entities)
    ex.direct()
    ex.indirect()
    ex.direct_after_reports()
    unique: dict[tuple[int, int], Statement] = {}
    for st in ex.out:
        unique.setdefault((st.start, st.end), st)
    ordered = sorted(unique.values(), key=lambda st: (st.start, st.end))
    resolved = _resolve_pronouns(_named_late(ordered, ex.entities), ex.entities)
    # reported speech with no content of its own ("X menyampaikan hal itu saat ...") is left out only now: its
    # speaker is still whom the next "ia" or "-nya" means
    kept = [st for st in resolved if st.kind != "indirect" or not _no_content(body, st.start, st.end, st.cue)]
    return _unify_short_names(_attributed_after(kept, lex))


def _named_late(statements: list[Statement], entities: Document) -> list[Statement]:
    """A speaker written as one word that named nobody when its quotation was read ("tutur Kemas")
    and that a person found since opens or stands before ("AKBP Kemas Indra Natanegara mengatakan" in a
    later paragraph): that person."""
    out = []
    for st in statements:
        written = st.speaker.written or ""
        if st.speaker.type == "unknown" and written[:1].isupper() and " " not in written:
            bearer = entities.person_titled(written)
            if bearer is not None:
                st = replace(st, speaker=Speaker(written, bearer.name, "person", bearer.role, bearer.code))
        out.append(st)
    return out


def _attributed_after(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """A quotation alone in its paragraph that nobody spoke before, right before a quotation paragraph
    that names its speaker after it, is that speaker's: one quotation run over paragraphs with its
    attribution at the end ('"Begitu dia sampai ..." \n\n "Waktu dia video call ...," ungkap Elma.')."""
    out = list(statements)
    for k in range(len(out) - 2, -1, -1):
        st, nxt = out[k], out[k + 1]
        unknown = st.speaker.name is None and st.rule == "direct_continued"
        attributed = nxt.rule in ("direct_cue_after", "direct_continued") and nxt.speaker.name
        if unknown and attributed and nxt.paragraph == st.paragraph + 1:
            out[k] = replace(st, speaker=nxt.speaker)
        elif st.rule == "direct_continued" and nxt.paragraph == st.paragraph + 1 and _names_a_new_speaker(nxt, st, lex):
            # paragraphs of narration since the last speaker's words: the quotation opens the run that the
            # next paragraph attributes ('... \n\n "A." \n\n "B," tutur Juliana Anggono.')
            before = out[k - 1] if k else None
            if before is None or before.paragraph < st.paragraph - 1:
                out[k] = replace(st, speaker=nxt.speaker)
    return out


def _names_a_new_speaker(nxt: Statement, st: Statement, lex: Lexicon) -> bool:
    """Whether ``nxt`` is a quotation whose attribution after it names (not a pronoun) another speaker
    than the one ``st`` went on from."""
    pointing = lex.pronouns.get((nxt.speaker.written or "").lower()) is not None  # "-nya", "ia", "pihaknya"
    named = nxt.rule == "direct_cue_after" and nxt.speaker.name and not pointing
    return bool(named) and nxt.speaker.name != st.speaker.name


# a word before the source of a quotation that is no verb of saying: '"...," demikian Kepala BPS X',
# '"...," bunyi pernyataan resmi Pemerintah China'
SAID_FROM = re.compile(r"\w+\s+(?:(?:resmi|tertulis)\s+)?dari\s+(?=\w)")
# '"...," demikian bunyi pernyataan X', '"...," demikian isi memo X': what a source said or wrote, then the source
SOURCE_LEAD = re.compile(r"(?:[Dd]emikian\s+)?(bunyi|isi)\s+(?=(\w+))|([Dd]emikian)\s+(?=(\w+))")


def _unify_short_names(statements: list[Statement]) -> list[Statement]:
    """A one-word person speaker ("Yoga") whose full name another statement of the article gives
    ("Yoga Devaera", found by a subject rule rather than the tagger) becomes that full name, when
    exactly one full name ends or starts with the word."""
    full = {st.speaker.name: st.speaker for st in statements if st.speaker.type == "person" and st.speaker.name
            and len(st.speaker.name.split()) > 1 and _written_as_a_name(st.speaker.name)}  # fmt: skip
    if not full:
        return statements
    out = []
    for st in statements:
        name = st.speaker.name
        if st.speaker.type == "person" and name and " " not in name:
            matches = [f for f in full if f.split()[-1] == name or f.split()[0] == name]
            if len(matches) == 1:
                whole = full[matches[0]]
                st = replace(st, speaker=replace(st.speaker, name=whole.name, role=st.speaker.role or whole.role,
                                                 code=st.speaker.code or whole.code))  # fmt: skip
        out.append(st)
    return out


# speakers whose statements all carry one code: a person, and an organisation ("Kantor berita Korea Utara KCNA"
# then "kata KCNA": PRK for both)
CODED_ALIKE = frozenset({"person", "organization"})


def one_code_per_person(statements: list[Statement]) -> list[Statement]:
    """A person's (or an organisation's, ``CODED_ALIKE``) statements all carry the state code one of them carries
    ("Presiden China Xi Jinping" then "kata Xi": CHN for both), when no other code is given to the same name in
    the article. Applied to the rows written, after the stances were read (whose holders follow their own rules:
    "Kami ..." said by a state's official is that state's only where the official's post is named)."""
    codes: dict[tuple[str, str], set[str]] = {}
    for st in statements:
        if st.speaker.type in CODED_ALIKE and st.speaker.name and st.speaker.code:
            codes.setdefault((st.speaker.type, st.speaker.name), set()).add(st.speaker.code)
    out = []
    for st in statements:
        known = codes.get((st.speaker.type, st.speaker.name or "")) if not st.speaker.code else None
        if known is not None and len(known) == 1:
            st = replace(st, speaker=replace(st.speaker, code=next(iter(known))))
        out.append(st)
    return out


def one_role_per_person(statements: list[Statement], doc: Document | None = None) -> list[Statement]:
    """A person's statements without a role take the role the article gives the same person in another
    statement (the nearest one before, else the first after): "kata Ketua Umum Asosiasi X, Y" then "Y
    menjelaskan" both carry the office, as the contract's "title or office given in the article" asks;
    else, with the article's ``doc``, a role set off after the person's name ("Y, Kepala Dinas X,").
    Applied to the rows written, as ``one_code_per_person``."""
    given: dict[str, list[tuple[int, str]]] = {}
    for k, st in enumerate(statements):
        if st.speaker.type == "person" and st.speaker.name and st.speaker.role:
            given.setdefault(st.speaker.name, []).append((k, st.speaker.role))
    out = []
    for k, st in enumerate(statements):
        roles = given.get(st.speaker.name or "") if st.speaker.type == "person" and not st.speaker.role else None
        if roles:
            before = [role for i, role in roles if i < k]
            st = replace(st, speaker=replace(st.speaker, role=before[-1] if before else roles[0][1]))
        elif doc is not None and st.speaker.type == "person" and st.speaker.name and not st.speaker.role:
            described = doc.described_role(st.speaker.name)
            if described is not None:
                st = replace(st, speaker=replace(st.speaker, role=described))
        out.append(st)
    return out


MAX_ATTRIBUTION_BEFORE = 1000  # characters
# where or when it was said right after a quotation's cue: the speaker's name left out ('"...," ujar dalam diskusi')
NAME_LEFT_OUT = re.compile(r"\s+(?:dalam|di|saat|kepada|ketika|pada|melalui|seusai|usai)\s")
WRITTEN_CUES = frozenset({"tulis", "bunyi"})  # '"...," tulis pada kertas itu': where it is written, no name left out


def _closed_inside(body: str, q: Quote) -> bool:
    """Whether a quotation's words end with punctuation inside the marks ('"Kami siap,"'); read on the last
    characters only (the whole body before each quotation would be copied)."""
    return body[max(0, q.close_mark - 8) : q.close_mark].rstrip()[-1:] in (",", ".", "!", "?")


SHORT_TERM_WORDS = 3  # the most words of a quoted term inside a sentence that goes on after it
ATTRIBUTION_AFTER = 80  # characters from a quotation's end to the speaker's phrase after it

# cues of a speaker adding to or going on with what they said: "tambahnya", "lanjutnya", "imbuhnya"
CONTINUING_CUES = frozenset(
    f"{cue}nya" for cue in ("tambah", "lanjut", "imbuh", "sambung", "pungkas", "tutup", "tandas", "timpal")
)


def _written_as_a_name(name: str) -> bool:
    """Capitalised words and particles only: "Yoga Devaera", "Kim Jong - un" (a hyphen set apart), not a description
    ("kuasa hukum Darmawati")."""
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in name.replace(" - ", "-").split())


def _no_content(body: str, s: int, e: int, cue: str | None) -> bool:
    """Whether reported speech at ``body[s:e]`` has no content of its own: it points back to what was said or
    names the speech itself (``POINTER_CONTENT``), or is the question a source answers ("menjawab
    pertanyaan Antara")."""
    if POINTER_CONTENT.match(body, s, e) is not None:
        return True
    return (cue or "").lower() == "menjawab" and body[s : s + 11].lower() == "pertanyaan "


def antecedent(st: Statement) -> Speaker | None:
    """Whom a word pointing back after this statement may mean: its speaker, or for a statement embedded
    in another subject's clause ("Y menanggapi pernyataan X yang menyebut ...") that subject, Y."""
    sp = st.topic if st.rule == EMBEDDED else st.speaker
    return sp if sp is not None and sp.name and sp.type != "unknown" else None


def _resolve_pronouns(statements: list[Statement], entities: Document) -> list[Statement]:
    """Re-resolve pronoun speakers in text order, now that direct and indirect statements are known."""
    out: list[Statement] = []
    previous: Speaker | None = None  # the last person who spoke ("ia" never points to "Menurut data BMKG")
    unnamed: Speaker | None = None  # the last speaker, when one person described and not named ("salah seorang X")
    previous_end = 0
    spoken: list[Speaker] = []  # the persons who spoke, in text order
    spans = [(st.start, st.end) for st in statements]
    for st in statements:
        written = (st.speaker.written or "").lower()
        before = out[-1] if out else None
        if before is not None and _continues(st, before):
            st = replace(st, speaker=before.speaker)
        refers = entities.lex.pronouns.get(written)
        if refers == "person" or written == "-nya" or (refers == "actor" and st.speaker.type != "organization"):
            # "tambahnya", "lanjutnya": whoever adds or goes on spoke before, not a person named since
            goes_on = previous is not None and (st.cue or "").lower() in CONTINUING_CUES
            at = _pronoun_at(st, entities)
            # (a person opening a subordinate clause before the pronoun is its antecedent: ``pointing_back``)
            fronted = clause_subject(entities, at) is not None
            newcomer = None if goes_on or fronted else _newcomer(entities, spans, previous_end, at)
            if newcomer is not None:
                # the fullest name the article gives: "Gus Ipul" after "Saifullah Yusuf", "Sri Adi" after
                # "Sri Adi Marsanto"
                newcomer = entities.fullest(newcomer.name) or newcomer
            if _goes_on_from_a_body(st, before, goes_on):
                # '"...," kata mereka (Aliansi X). | "...," imbuhnya': the body quoted right before goes on
                sp = replace(before.speaker, written=st.speaker.written)
            elif newcomer is not None:
                # (the state the person serves as the article's roles give it, as for a name written out)
                code = newcomer.code or entities.code_of(newcomer.name)
                sp = Speaker(st.speaker.written, newcomer.name, "person", newcomer.role, code)
            elif unnamed is not None and written == "-nya" and st.kind == "direct":
                # 'Salah seorang pengendara ojek mengungkapkan ... "...," ujarnya': the one unnamed person
                # who spoke last goes on
                sp = replace(unnamed, written=st.speaker.written)
            else:
                sp = resolve(st.speaker.written or "-nya", entities, at, previous)
            if st.kind == "direct" and _speaks_of(st, sp, entities):
                # '"Presiden Bima bercerita ...," ungkapnya': a quotation that names the person in the
                # third person is someone else's, the last other person who spoke
                sp = _last_other(spoken, sp, st.speaker.written)
            st = replace(st, speaker=sp)
        elif (same := _same_group_before(st, out, entities.lex)) is not None:
            # "jawab perawat ... ujar perawat tersebut": the group's member who spoke before, not a person
            # the text named since
            st = replace(st, speaker=replace(same, written=st.speaker.written))
        elif previous is not None and st.speaker.type == "person" and _described_before(st, entities):
            # "ujar pria yang ... tersebut": the person who spoke last in text order, now that reported
            # speech read after the quotations is known
            st = replace(st, speaker=replace(previous, written=st.speaker.written))
        elif st.kind == "direct" and _points_back(written) and _speaks_of(st, st.speaker, entities, True):
            # '"Saya memuji Ernanda," kata pelatih asal Portugal itu': a role pointing back, resolved to the
            # person the quotation speaks of, is the last other person who spoke
            st = replace(st, speaker=_last_other(spoken, st.speaker, st.speaker.written))
        pointed_to = antecedent(st)
        if pointed_to is not None:
            previous = pointed_to if pointed_to.type == "person" else previous
            if pointed_to.type == "person":
                spoken.append(pointed_to)
            unnamed = pointed_to if ONE_OF.match(pointed_to.name or "") and pointed_to.type == "group" else None
            previous_end = st.end
        out.append(st)
    return out


def _continues(st: Statement, before: Statement) -> bool:
    """Whether a quotation alone in its paragraph goes on from the statement of the paragraph right before: a
    person's reported speech ('Dillen mengatakan bahwa ... \n\n"Kami mulai sejak ..."'), or a quotation
    paragraph whose speaker is known when this one has none (a run of quotation paragraphs)."""
    if st.rule != "direct_continued" or before.paragraph != st.paragraph - 1:
        return False
    reported = before.kind == "indirect" and before.speaker.type == "person"
    run = before.rule == "direct_continued" and st.speaker.name is None and bool(before.speaker.name)
    return reported or run


def _goes_on_from_a_body(st: Statement, before: Statement | None, goes_on: bool) -> bool:
    """Whether a quotation whose cue goes on ("imbuhnya", "lanjutnya") follows one of an organisation's in
    the same or the paragraph before: the organisation goes on, not the last person who spoke."""
    if not goes_on or before is None or st.kind != "direct" or before.kind != "direct":
        return False
    return before.speaker.type == "organization" and 0 <= st.paragraph - before.paragraph <= 1


PRONOUN_REACH = 400  # characters before what was said where the pronoun opening its clause is looked for


def _pronoun_at(st: Statement, entities: Document) -> int:
    """Where the pronoun a statement's speaker is written with stands, when it opens the statement's
    sentence before what was said ("Ia juga menolak ... posisi Hendra ..., menegaskan bahwa ..."): a
    person named between the pronoun and what was said is none it points back to. Else the statement's
    start ("ujarnya" after a quotation)."""
    written = st.speaker.written or ""
    if written.startswith("-"):
        return st.start
    s0 = max(entities.sentence_of(st.start)[0], st.start - PRONOUN_REACH)
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", entities.body[s0 : st.start])]
    return s0 + found[-1] if found else st.start


def _same_group_before(st: Statement, before: list[Statement], lex: Lexicon) -> Speaker | None:
    """The unnamed speaker of an earlier statement that a group's noun pointing back means: "perawat
    tersebut" after "jawab perawat", "sumber itu" after "Menurut sumber eksklusif"; any noun pointing back
    that an unnamed, unresolved speaker was written with ("pemandu tersebut" after "kata pemandu di Museum
    X"); None when no earlier speaker was written with that noun, or the phrase points back to nobody."""
    words = (st.speaker.written or "").lower().split()
    if len(words) < 2 or words[-1] not in DEMONSTRATIVES:
        return None
    head = words[0]
    grouped = group_word(head, lex) or head in lex.vague_groups
    for earlier in reversed(before):
        sp = earlier.speaker
        said = (sp.written or "").lower().split()
        if grouped and sp.type == "group" and sp.name and head in said:
            return sp
        if sp.type == "unknown" and said[:1] == [head]:
            return sp  # "ujar pemandu tersebut" after "kata pemandu di Museum X": the one nobody named, still unnamed
    return None


def _described_before(st: Statement, entities: Document) -> bool:
    """Whether the statement's speaker is a person described by a noun pointing back ("pria itu")."""
    written = st.speaker.written or ""
    if not written or written.split()[0].lower() not in entities.lex.person_nouns:
        return False  # (the cheap test first: the search below is the costly one)
    body = entities.body
    at = body.find(written, st.end, st.end + ATTRIBUTION_AFTER)  # '"...," ujar pria itu'
    if at < 0:
        at = body.rfind(written, max(0, st.start - MAX_ATTRIBUTION_BEFORE), st.start)
    return describes_one_before(written, body, at + len(written) if at >= 0 else None, entities.lex)


CAPITALISED_ONLY = re.compile(r"(?:[A-Z(][^\s]*\s+)*")  # a role written in capitals before a name
DESCRIPTION_SET_OFF = re.compile(r"[^.,;:\"“”\n]{1,60},\s*")  # "warga Kecamatan X, " before a name


# the end of a passive clause before its agent's name, with the agent's role set off ("oleh pelatih X, ")
AGENT_LEAD = re.compile(r"\bdi[a-z]{3,}(?:\s+[a-z]+)?\s+oleh\s+(?:[^.,;:\"“”\n]{1,60},\s*)?$")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:saya|aku|gue|gua)\b", re.IGNORECASE)


def _points_back(written: str) -> bool:
    """Whether a speaker is written as a phrase closed by a demonstrative ("pelatih asal Portugal itu")."""
    words = written.split()
    return len(words) > 1 and words[-1] in DEMONSTRATIVES


def _last_other(spoken: list[Speaker], sp: Speaker, written: str | None) -> Speaker:
    """The last person who spoke other than ``sp``, written as the statement writes its speaker; else ``sp``."""
    other = next((o for o in reversed(spoken) if o.name != sp.name), None)
    return replace(other, written=written) if other is not None else sp


def _speaks_of(st: Statement, sp: Speaker, entities: Document, own_voice: bool = False) -> bool:
    """Whether a quotation names its resolved speaker in the third person (a person mention inside it whose
    fullest name is the speaker's); for a pronoun, only with no "saya"/"aku" of its own: a singer may call
    herself by name ("... dari Rani yang dulu, dan aku ..."). ``own_voice``: "saya" does not matter (a role
    pointing back: '"Saya memuji Ernanda," kata pelatih itu')."""
    if sp.type != "person" or not sp.name:
        return False
    if not own_voice and FIRST_PERSON_SINGULAR.search(entities.body, st.start, st.end):
        return False
    for m in entities.mentions_in(st.start, st.end, "person"):
        full = entities.fullest(entities.body[m.start : m.end])
        if (full.name if full else entities.body[m.start : m.end]) == sp.name:
            return True
    return False


NARRATIVE_PARAGRAPHS = 3  # paragraphs naming nobody that may stand between a person introduced and a pronoun


def _narrative_between(entities: Document, start: int, end: int) -> bool:
    """Whether the whole paragraphs between the one holding ``start`` and the one holding ``end`` are at most
    ``NARRATIVE_PARAGRAPHS`` paragraphs of narrative that name no person and hold no quotation mark."""
    body = entities.body
    first = body.find("\n\n", start, end)
    last = body.rfind("\n\n", start, end)
    if first < 0 or first == last:
        return True
    if body.count("\n\n", first, last) > NARRATIVE_PARAGRAPHS:
        return False
    return not QUOTE_MARKS.search(body, first, last) and not entities.mentions_in(first, last, "person")


def speaker_before(statements: list[Statement], entities: Document, at: int) -> Speaker | None:
    """The person whose statement ended last before ``at``, when no one was introduced since outside what
    was said: whom a pronoun at ``at`` points to ('"...," katanya. Ia juga berterima kasih kepada ...'),
    not a person named inside the reported words before it."""
    last = next((st for st in reversed(statements) if st.end <= at), None)
    if last is None or last.speaker.type != "person" or not last.speaker.name:
        return None
    spans = [(st.start, st.end) for st in statements]
    return last.speaker if _newcomer(entities, spans, last.end, at) is None else None


def _newcomer(entities: Document, spans: list[tuple[int, int]], after: int, before: int) -> Person | None:
    """A person introduced by full name after the last statement and outside any statement's text:
    "Suara kritis juga datang dari Felix Klein ... Ia mendorong ..." -> Felix Klein; by any name where
    the sentence turns to them by likeness ("Hal senada disampaikan Rina (31) ... Ia menilai ...")."""
    body = entities.body
    # the rest of the last statement's sentence is its attribution ('..." ucap Rina dikutip dari YouTube X'):
    # a person named there is a source or a listener, not someone the text turns to
    after = max(after, entities.sentence_of(after)[1]) if after else after
    people = entities.people  # (in text order: only those between the two ends are read)
    lo, hi = bisect_left(people, after, key=lambda q: q.start), bisect_left(people, before, key=lambda q: q.start)
    for p in reversed(people[lo:hi]):
        # a full name, or one word set off before the description of one of a group ("Yusti, salah satu siswi")
        described = body[p.start + len(p.name) : p.start + len(p.name) + 1] == "," and (
            ONE_OF.match(body, p.start + len(p.name) + 1) is not None
        )
        if any(s <= p.start < e for s, e in spans):
            continue
        if listed_with_others(entities, p):
            continue  # "yakni Dodi Saputra, Rina Maharani, dan Joko Susilo": one of several, not whom the text turns to
        after_name = body[p.start + len(p.name) : p.start + len(p.name) + 2]
        sentence = entities.sentence_of(p.start)[0]
        lead = body[sentence : p.start]
        if after_name.startswith(",") and fronted(entities, sentence, p.start + len(p.name) + 1):
            continue  # "Berbeda dengan Budi, | Rina ...": named in a phrase set off before the sentence's subject
        # "Hal senada disampaikan Rina (31), ...": the text turns to Rina, named by any name (right after
        # the phrase or a role written in capitals: "... disampaikan Ketua Karang Taruna Desa X, Fadli")
        # (or the person's description set off before the name: "... disampaikan warga Desa X, Rina")
        like = LIKE_MINDED.search(lead)
        turned_to = like is not None and (
            CAPITALISED_ONLY.fullmatch(lead, like.end()) is not None
            or DESCRIPTION_SET_OFF.fullmatch(lead, like.end()) is not None
        )
        aged = AGE_NEXT.match(body, p.start + len(p.name)) is not None  # "... oleh Candra (38). Ia ...": introduced
        if len(p.tokens) < 2 and not described and not turned_to and not aged:
            continue
        if lead.split(" ", 1)[0].lower() in entities.lex.circumstances and "," not in lead:
            continue  # "Dalam siniar Curhat Bang Denny Sumargo, ia menyebut ...": a phrase before the subject
        # "... diakui oleh pelatih tim tamu, Davi Santos. Ia menyebut ...": the agent of a passive
        by_agent = AGENT_LEAD.search(lead) is not None
        opens = sentence == p.start or (lead.rstrip().endswith(",") and fronted(entities, sentence, p.start))
        introduced = turned_to or p.role or after_name.startswith(",") or opens or by_agent
        if not introduced or ACTIVE_VERB.search(lead):
            # "... menabrak Toyota Rush", "Ia mencontohkan kasus yang melibatkan Irjen Pol X": an object,
            # not someone the text turns to
            continue
        # only within the last two paragraphs before the pronoun, or further back over paragraphs of narrative
        # that name nobody and quote nothing ("Kepala Sekolah X, Y, mengapresiasi ... | Selain itu, bantuan ...
        # | Dia tidak memungkiri ... | "...," ujarnya")
        # (further back, only a person introduced with a title or an office: not "Kampus X" typed a person)
        far = body.count("\n\n", p.start, before) > 1
        titled = p.role is not None and title_kind(p.role.split(), entities.lex) not in (None, "group")
        if far and not (titled and _narrative_between(entities, p.start, before)):
            return None
        return p
    return None
