"""Statements: who said what, as direct quotations and reported speech, with named rules.

Pure functions over one analysed article (``document.Document``) and a language's ``Lexicon``.
Each ``Statement`` carries the offsets of its text in the body, the cue and the id of the rule that
produced it:

direct_cue_after    "...," kata Gil / ujarnya           (cue after the closing mark)
direct_cue_before   Gil mengatakan, "..." / Gil: "..."  (cue or colon before the opening mark)
direct_in_report    X mengatakan bahwa ... "..." ...    (a quotation inside a reporting sentence)
direct_continued    a paragraph that is only a quotation, continuing the last speaker
direct_back_reference  "..." Hal itu disampaikan X.    (a passive cue pointing back to the quotation)
indirect_tail_verb  ..., media pemerintah melaporkan pada Rabu.
indirect_tail_cue   ..., kata X. / ..., demikian X.     (ANTARA's unquoted attribution)
indirect_mid_cue    Selain itu, kata X, ... / Makanya, kata X listrik ...  (a cue inside the sentence)
indirect_passive_cue  ... diakui X mengarah pada ...     (a passive reporting verb, its agent, what was said)
indirect_menurut    Menurut X, ... / Menurutnya ... / ..., menurut X, ...
indirect_verb       X menegaskan (bahwa) ...            (one per reporting verb of the sentence)
indirect_back_reference  .... Pesan itu disampaikan X.   (the unquoted sentence before a passive cue pointing back)

Quotations that match none of these (scare quotes, terms, titles) are not statements.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import cache

from tasks.extract.document import Document, Person
from tasks.extract.lang import Lexicon
from tasks.extract.mentions import UNKNOWN, Speaker, resolve
from tasks.extract.subjects import (
    LEAD_ADVERBIAL,
    TIME_OR_PLACE,
    inside_a_name,
    subject_before,
    subject_span,
)
from tasks.extract.text import (
    ABBREVIATIONS,
    PLAIN_WORD,
    QUOTE_MARKS,
    Quote,
    opens_with_quote,
    trim,
)
from tasks.extract.vocab import has_title, match_title, name_suffix, passive_cue_re, speech_words

log = logging.getLogger(__name__)

WORD = re.compile(r"\w+(?:-\w+)*")
STOP_WORDS = (
    "di|kepada|dalam|saat|ketika|melalui|lewat|via|seperti|sebagaimana|yang|pada|usai|seusai|setelah|"
    "sebelum|sembari|sambil|seraya|menurut|dilansir|dikutip|mengutip|terkait|soal|tentang|kemarin|"
    "hari|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|dan|sebelumnya|lalu|menanggapi|mengenai|"
    "kala|beberapa waktu|dari|dengan|untuk|bahwa"
)
BRACKETED_ACRONYM = re.compile(r"(\([A-Z][\w-]{1,15}\))\s+[A-Z]")
SPEAKER_STOP = re.compile(r"[,.;:!?\"“”()\n]|\s(?:" + STOP_WORDS + r")\b")
SOURCE_CITED = re.compile(
    r"\b(?:(?:sebagaimana|seperti)\s+(?:di)?(?:laporkan|kutip|lansir|beritakan|wartakan)(?:\s+oleh)?|"
    r"dilansir(?:\s+dari)?|dikutip\s+dari|mengutip|demikian(?:\s+menurut)?|menurut\s+laporan)\s+"
    r"(?P<src>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)
# "<content>, media pemerintah melaporkan pada Rabu, ...": a subject and a reporting verb close the sentence
TAIL_SUBJECT_VERB = re.compile(
    r",\s+(?P<subj>[^,;:\"“”]{2,60}?)\s+(?P<cue>me\w+|ber\w+)(?:\s+(?:pada|hari|kepada)\s+[^,.;\"“”]{1,40})?"
    r"(?:,[^\"“”]{0,160})?[.!?]?\s*$"
)
CHAIN_BREAK = re.compile(r"\b(?:di mana|yang|ketika|saat|karena|sehingga|agar|jika|sementara)\b")


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


@cache
def _channel_re(lex: Lexicon) -> re.Pattern[str]:
    names = sorted(lex.channels, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"\b(?:di|melalui|lewat|via|dalam|kepada\s+\S+\s+melalui)\s+(?:akun\s+|sebuah\s+|acara\s+|"
        r"sambungan\s+|unggahan\s+di\s+|saluran\s+)?(?P<ch>" + alternation + r")\b",
        re.IGNORECASE,
    )


def _lead_only(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` holds nothing but leading adverbials ("Dalam kesempatan yang sama")."""
    lead = LEAD_ADVERBIAL.match(body, start, end + 2)
    return lead is not None and lead.end() >= end


def _speaker_after(body: str, start: int, end: int) -> tuple[int, int]:
    """The words after a cue up to the first stop; the full stop of a title or an initial ("dr.",
    "Prof.", "M.") does not stop a name."""
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
        if not (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            break
        pos = m.end()
    stop = m.start() if m else end
    return trim(body, start, stop, " \t")


def _channel(body: str, start: int, end: int, lex: Lexicon) -> str | None:
    m = _channel_re(lex).search(body, start, end)
    return m.group("ch") if m else None


def _source(body: str, start: int, end: int) -> str | None:
    m = SOURCE_CITED.search(body, start, end)
    return m.group("src").rstrip(".") if m else None


# ", Budi Santosa," / ", Frans van Dijk, di ..." / ", Budi Santosa setelah ...": a name set off after a role
APPOSITIVE_NAME = re.compile(
    r",\s*((?:[A-Z][\w.'’-]*\s+(?:(?:van|von|de|der|bin|binti|al|el|da|dos)\s+)?){0,4}[A-Z][\w'’-]*)"
    r"(?=\s*(?:,|\.|$|\s(?:saat|ketika|di|dalam|kepada|melalui|pada|setelah|usai|seusai|sebelum|sambil)\b))"
)
# "Wakil Duta Besar Inggris | untuk Indonesia": the rest of an office after a connecting word
ROLE_TAIL = re.compile(r"(?:\s+(?:untuk|urusan|bidang)(?:\s+[A-Z][\w'’-]*)+)+(?=,)")
SUBJECT_REGION = re.compile(r"[A-Z][^,.;:\"“”\n]{0,70}")
LEADING_PUNCT = re.compile(r"\s*[,.]?\s*")
TAIL_STOP = re.compile(r"[.!?](?:\s|$)|[\"“”]")
BETWEEN_CUE_AND_QUOTE = re.compile(r"(?:\s+(?:kepada|pada)\s+[^\"“”]{1,80}?)?\s*[,:]?\s*(?:bahwa\s*)?")
TAIL_REST = re.compile(r"[^,\"“”]*(?:,[^\"“”]*)?[.!?]?\s*$")
MENURUT = re.compile(r"[Mm]enurut\s+([^,]{2,80}),\s*")
MENURUTNYA = re.compile(r"[Mm]enurutnya\b,?\s*")
# "..., menurut Fathur, justru ...": an attribution set off by commas inside the sentence
MID_MENURUT = re.compile(r",\s*menurut(?:nya\b|\s+([^,]{2,60})(?:,|\.?\s*$))")
# "..., demikian Reuters." / "..., demikian Reuters melaporkan." / "..., demikian disampaikan X."
DEMIKIAN = re.compile(
    r",\s*demikian\s+(?:(?:di\w+|menurut)\s+)?(?P<src>[A-Z][^,.;]{1,60}?)(?:\s+(?:me\w+|ber\w+))?\s*\.?\s*$"
)
ACCOMPANYING = re.compile(r"\b(?:sembari|seraya|sambil)\s+$")
MID_PRONOUN = frozenset({"dia", "ia", "beliau"})
# quote cues that may stand inside a clause with no comma around them ("Bengkulu lanjut dia perlu
# ...", "Pihak perusahaan kata Rohidin telah ..."); not "jelas"/"tegas", which are also adjectives
INLINE_CUES = frozenset({"kata", "ujar", "lanjut", "tutur", "imbuh", "sambung"})
INLINE_SPEAKER = re.compile(r"\s+(?:dia|ia|beliau|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])")
JOINED = re.compile(r"(?:,|\bdan|\bserta)\s*(?:juga\s+|turut\s+)?$")
BAHWA = re.compile(r"\bbahwa\s+")
KEPADA_SKIP = re.compile(r"\s*(?:kepada\s+[^,\"“”]{1,80}?(?=,)|)\s*,?\s*")
# "Hal ini disampaikan X ...": "hal" with a demonstrative stands for what was said before
POINTING_BACK = re.compile(r"\s*Hal\s+(?:ini|itu|tersebut)\b")
# '"..." Hal itu disampaikan X': a sentence pointing back to the quotation before it
BACK_REFERENCE = re.compile(
    r"[\s.]*[A-Z]\w+\s+(?:itu|tersebut|ini)\s+(?:(?:juga|pun|sempat|pula)\s+)?(?P<cue>di\w+)\s+(?:oleh\s+)?"
)


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in the text."""

    start: int
    end: int
    cue: str


# a quotation inside reported speech shorter than this is a quoted phrase ("harga yang pantas"), not a statement
MIN_WORDS_IN_REPORT = 5



class _Extractor:
    def __init__(self, body: str, lex: Lexicon, entities: Document | None = None) -> None:
        self.body = body
        self.lex = lex
        self.entities = entities or Document(body, lex)
        self.paragraphs = self.entities.paragraphs
        self.out: list[Statement] = []
        self.vocab = lex.report_verbs | lex.quote_cues | lex.comma_verbs

    # ------------------------------------------------------------ helpers
    def cues(self, start: int, end: int) -> list[Cue]:
        """Reporting cues in ``body[start:end]`` (a word scan: faster than one big alternation)."""
        vocab = self.vocab
        return [Cue(s, e, self.body[s:e]) for s, e, low in self.entities.words.between(start, end) if low in vocab]

    def cue_at(self, pos: int, end: int) -> Cue | None:
        m = PLAIN_WORD.match(self.body, pos, end)
        return Cue(m.start(), m.end(), m.group()) if m and m.group().lower() in self.vocab else None

    def previous(self, pos: int, person: bool = False) -> Speaker | None:
        """The speaker of the latest statement before ``pos`` with a known speaker (``person``: the
        latest person who spoke, for words pointing back to a person: "ia" after "Menurut data BMKG, ..."
        is still the official quoted before)."""
        best: Statement | None = None
        for st in self.out:
            if (
                st.start < pos
                and st.speaker.name
                and st.speaker.type != "unknown"
                and (not person or st.speaker.type == "person")
                and (best is None or st.start > best.start)
            ):
                best = st
        return best.speaker if best else None

    def speaker(self, start: int, end: int) -> Speaker:
        return resolve(self.body[start:end], self.entities, start, self.previous(start, person=True))

    def pronoun(self, at: int) -> Speaker:
        return resolve("-nya", self.entities, at, self.previous(at, person=True))

    def add(
        self, kind: str, span: tuple[int, int], para: int, sp: Speaker, cue: str | None, ctx: tuple[int, int], rule: str
    ) -> None:
        s, e = trim(self.body, *span, chars=" \t\n,;:")
        if e - s < 2:
            return
        self.out.append(
            Statement(kind, s, e, para, sp, cue, _channel(self.body, *ctx, self.lex), _source(self.body, *ctx), rule)
        )

    def sentence_of(self, pos: int, para: int) -> tuple[int, int]:
        return self.entities.sentence_of(pos)

    # ------------------------------------------------------------ direct
    def attribution_after(self, q: Quote, para_end: int) -> tuple[Speaker, str, tuple[int, int]] | None:
        body = self.body
        pos = q.close_mark + 1
        m = LEADING_PUNCT.match(body, pos, para_end)
        pos = m.end() if m else pos
        v = self.cue_at(pos, para_end)
        if v:
            cue = v.cue
            s, e = self.speaker_after(v.end, para_end)
            if cue.lower().endswith("nya") and cue.lower() in self.lex.quote_cues:
                sp = self.pronoun(v.start)
            elif e > s:
                sp = self.speaker(s, e)
            else:
                return None
            return sp, cue, (q.close_mark, self._tail_end(v.end, para_end))
        # '"...," Kim mengatakan.' (only after a quotation that ends with a comma, not a full stop)
        if body[q.end - 1 : q.end] in ".!?" and body[q.end : q.close_mark].strip(" ") == "":
            return None
        region = SUBJECT_REGION.match(body, pos, para_end)
        found = [c for c in self.cues(pos, region.end()) if c.start > pos] if region else []
        if found:
            span = subject_span(body, pos, found[0].start)
            if span is None:
                return None
            return self.speaker(*span), found[0].cue, (q.close_mark, self._tail_end(found[0].end, para_end))
        return None

    def speaker_after(self, start: int, end: int) -> tuple[int, int]:
        """The speaker after a cue, with a name in apposition: "Kabid Humas Polda X, Kombes Budi Santoso"."""
        s, e = _speaker_after(self.body, start, end)
        tail = ROLE_TAIL.match(self.body, e, end) if e > s else None
        if tail is not None and has_title(self.body[s:e].split(), self.lex):
            e = tail.end()
        if e <= s or self.body[e : e + 1] != ",":
            return s, e
        m = APPOSITIVE_NAME.match(self.body, e, end)
        if m is None:
            return s, e
        if self._institution_only(m.start(1), m.end(1)) and self.body[m.end(1) : m.end(1) + 1] == ",":
            # "Direktur Tindak Pidana Narkotika, Bareskrim Mabes Polri, Kombes Pol X": the office's
            # institution set off too, then the name
            again = APPOSITIVE_NAME.match(self.body, m.end(1), end)
            if again is not None and self.entities.person_in(again.start(1), again.end(1)) is not None:
                m = again
        words = self.body[s:e].split()
        described = name_suffix(words, self.lex) == len(words) and has_title(words, self.lex)
        titled = match_title(m.group(1).split(), self.lex) > 0
        # "Humas PT Jasa Marga cabang Jakarta, Handoyono": an office with no person named in it, then
        # a name the article's tagger or its earlier mentions know as a person
        named_after = (
            has_title(words, self.lex)
            and self.entities.person_in(s, e) is None
            and self.entities.person_in(m.start(1), m.end(1)) is not None
        )
        return (s, m.end(1)) if described or titled or named_after else (s, e)

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
        verbs = self.cues(sent_start, q.open_mark)
        if not verbs:
            return None
        v = verbs[-1]
        cue = v.cue
        if cue.lower() in self.lex.quote_cues and not cue.lower().endswith("nya"):
            # 'Kata Dwikorita, "..."': a quote cue, its speaker and the quotation
            s, e = _speaker_after(body, v.end, q.open_mark)
            if e > s and body[e : q.open_mark].strip() in (",", ":"):
                return self.speaker(s, e), cue, (v.start, q.open_mark), "direct_cue_before"
        between = body[v.end : q.open_mark]
        adjacent = BETWEEN_CUE_AND_QUOTE.fullmatch(between) is not None
        rule = "direct_cue_before" if adjacent else "direct_in_report"
        if not adjacent and len(WORD.findall(body[q.start : q.end])) < MIN_WORDS_IN_REPORT:
            return None
        if cue.lower() in self.lex.quote_cues and not cue.lower().endswith("nya"):
            # "kata Kim kepada Guterres: "..."": the speaker follows the cue
            s, e = _speaker_after(body, v.end, q.open_mark)
            if e > s:
                return self.speaker(s, e), cue, (v.start, q.open_mark), rule
        subj = subject_before(body, sent_start, v.start)
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
            if not (standalone or (sentence_start and n_words >= 6 and self._same_para_speaker(first_p))):
                return
            prev = self.previous(first_q.open_mark)
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
        s, e = _speaker_after(body, m.end(), pe)
        if e <= s:
            return None
        sp = self.speaker(s, e)
        return (sp, m.group("cue"), (m.start("cue"), e)) if sp.type != "unknown" else None

    def _starts_sentence(self, q: Quote, para: int) -> bool:
        s, _ = self.sentence_of(q.open_mark, para)
        return not self.body[s : q.open_mark].strip()

    def _same_para_speaker(self, para: int) -> bool:
        return any(st.paragraph == para for st in self.out)

    # ------------------------------------------------------------ indirect
    def indirect(self) -> None:
        body = self.body
        direct_spans = [(st.start, st.end) for st in self.out]
        for s, e, i in self.entities.sentences:
            if opens_with_quote(body, s, e) and QUOTE_MARKS.search(body, s + 1, e) is None:
                continue
            if self._covered(s, e, direct_spans):
                continue
            self._indirect_sentence(s, e, i)
        self._backward_reports()

    def _backward_reports(self) -> None:
        """'Bantuan itu agar tidak disalahgunakan. Pesan itu disampaikan Menteri X.': a sentence
        pointing back with a passive reporting verb and its agent makes the sentence before it,
        unquoted and no statement yet, that agent's reported speech (rule ``indirect_back_reference``)."""
        body, sentences = self.body, self.entities.sentences
        for k in range(1, len(sentences)):
            s, e, _ = sentences[k]
            m = BACK_REFERENCE.match(body, s, e)
            if m is None or m.group("cue").lower() not in self.lex.passive_verbs:
                continue
            ps, pe, ppara = sentences[k - 1]
            if QUOTE_MARKS.search(body, ps, pe) or any(st.start < pe and ps < st.end for st in self.out):
                continue
            ss, se = self.speaker_after(m.end(), e)
            sp = self.speaker(ss, se) if se > ss else UNKNOWN
            if sp.type == "unknown" or len(WORD.findall(body[ps:pe])) < 4:
                continue
            # the pointing sentence says who spoke, not what: it is no statement of its own
            self.out = [st for st in self.out if not s <= st.start < e]
            cue, ctx = m.group("cue"), (m.start("cue"), se)
            self.add("indirect", (ps, pe), ppara, sp, cue, ctx, "indirect_back_reference")

    def _mid_cue(self, s: int, e: int, para: int) -> bool:
        """"Makanya, kata Bustang, listrik ..." / "Fraksi itu, kata Sarmuji, akan ...": a quote cue set
        off by a comma inside an unquoted sentence (rule ``indirect_mid_cue``). The content is the
        rest of the sentence after a short lead-in, else the whole sentence."""
        body = self.body
        if QUOTE_MARKS.search(body, s, e):
            return False
        for c in self.cues(s, e):
            low = c.cue.lower()
            leading = c.start == s and c.cue[:1].isupper()  # "Jelas Prabowo, sebuah bangsa ..."
            base = low[:-3] if low.endswith("nya") else low  # "Berita bohong lanjutnya justru ..."
            inline = base in INLINE_CUES and c.cue.islower() and not body[s : c.start].rstrip().endswith(",")
            if inline and c.start > s and not body[s : c.start].rstrip().lower().endswith("lebih"):
                if self._inline_cue(c, s, e, para):
                    return True
                continue
            if low not in self.lex.quote_cues or not (leading or body[s : c.start].rstrip().endswith(",")):
                continue
            tail = TAIL_REST.match(body, c.end, e) and not body[c.end : e].strip(" .").count(",")
            if tail and self._clause_after(c, e) is None:
                return False  # a tail cue: handled by its own rule
            after = body[c.end : c.end + 12].split()
            if low.endswith("nya") or (after and after[0].lower().strip(",") in MID_PRONOUN):
                sp = self.pronoun(c.start)
                clause_end = body.find(",", c.end, e)
            else:
                ss, se = _speaker_after(body, c.end, e)
                if se <= ss:
                    continue
                after_name = self._clause_after(c, e)
                sp = self.speaker(ss, after_name if after_name is not None else se)
                clause_end = se if body[se : se + 1] == "," else -1
                if after_name is not None:
                    clause_end = after_name
            if sp.type == "unknown":
                continue
            lead_words = len(body[s : c.start].split())
            span = (clause_end + 1, e) if lead_words <= 4 and clause_end != -1 else (s, e)
            self.add("indirect", span, para, sp, c.cue, (s, e), "indirect_mid_cue")
            return True
        return False

    def _inline_cue(self, c: Cue, s: int, e: int, para: int) -> bool:
        """"Bengkulu lanjut dia perlu mengeksplorasi ...": a quote cue and its speaker inside the
        clause with no commas (rule ``indirect_mid_cue``): a pronoun, or a person the document knows,
        then the clause goes on in lower case. The statement is the sentence."""
        m = INLINE_SPEAKER.match(self.body, c.end, e)
        if c.cue.lower().endswith("nya"):  # the cue holds its pronoun: "lanjutnya justru ..."
            sp = self.pronoun(c.start) if re.match(r"\s+[a-z]", self.body[c.end : e]) else UNKNOWN
        elif m is None:
            return False
        else:
            ss, se = trim(self.body, c.end, m.end(), " \t")
            if self.body[ss:se].lower() in MID_PRONOUN:
                sp = self.pronoun(c.start)
            else:
                sp = self.speaker(ss, se) if self.entities.person_in(ss, se) is not None else UNKNOWN
        if sp.type == "unknown":
            return False
        self.add("indirect", (s, e), para, sp, c.cue, (s, e), "indirect_mid_cue")
        return True

    def _passive_cue(self, s: int, e: int, para: int) -> bool:
        """"Sebagian komentar itu diakui Erick mengarah pada penghinaan": a passive reporting verb
        whose agent, a person named right after it ("oleh" and a title may come between), is
        followed by what was said (rule ``indirect_passive_cue``). The statement is the sentence.
        "Hal itu dikatakan X di Jakarta" (nothing said after the agent) is not one."""
        body = self.body
        if QUOTE_MARKS.search(body, s, e) or POINTING_BACK.match(body, s, e):
            return False  # "Hal ini disampaikan X, saat ...": points back to what was said before
        for m in passive_cue_re(self.lex).finditer(body, s, e):
            agent = next((p for p in self.entities.mentions if p.type == "person" and m.end() < p.start < e), None)
            if agent is None:
                continue
            gap = body[m.end() : agent.start].split()
            if len(gap) > 5 or any(w[:1].islower() and w != "oleh" and w not in self.lex.title_words for w in gap):
                continue
            if not self._says_something(agent.end, e):
                continue
            sp = self.speaker(m.end(), agent.end)
            if sp.type == "unknown":
                continue
            self.add("indirect", (s, e), para, sp, m.group(), (m.start(), agent.end), "indirect_passive_cue")
            return True
        return False

    def tail_cue(self, s: int, e: int) -> Cue | None:
        """The quote cue of "..., kata X(, Jumat)." closing the sentence ``body[s:e]``."""
        for c in self.cues(s, e):
            if c.cue.lower() not in self.lex.quote_cues or not self.body[s : c.start].rstrip().endswith(","):
                continue
            if not (TAIL_REST.match(self.body, c.end, e) and self._short_tail(c.end, e)):
                continue
            if self._clause_after(c, e) is None:
                return c
        return None

    def _clause_after(self, c: Cue, e: int) -> int | None:
        """Where the content starts when it follows the speaker's name with no comma: "Makanya, kata
        Bustang listrik dan air bersih ..." (content words after the name, not a time, a place or a
        circumstance such as "usai rapat", "kepada wartawan"). None when the cue closes the sentence."""
        if c.cue.lower().endswith("nya"):
            return None
        ss, se = _speaker_after(self.body, c.end, e)
        names = [m for m in self.entities.mentions if ss <= m.start < se and m.type == "person"]
        if not names or names[0].start - ss > 60:
            return None
        return names[0].end if self._says_something(names[0].end, e) else None

    def _says_something(self, pos: int, e: int) -> bool:
        """Whether the words after a speaker's name at ``pos`` (up to a comma) are what was said:
        three words or more opening in lower case, not a time, a place, a circumstance ("usai
        rapat", "kepada wartawan") or another reporting word."""
        rest = self.body[pos:e].split(",", 1)[0].strip(" .!?")
        words = rest.split()
        if len(words) < 3 or not words[0][:1].islower() or words[0].lower() in self.lex.circumstances:
            return False
        return not (TIME_OR_PLACE.match(rest) or words[0].lower() in speech_words(self.lex))

    def _short_tail(self, pos: int, e: int) -> bool:
        """After a closing cue only the speaker and a short time or place may follow ("kata Kepala
        Dinas Budi Santoso di Jakarta, Jumat."), not a clause of its own ("kata dia, adalah ...")."""
        rest = self.body[pos:e].rstrip(" .!?")
        comma = rest.find(",")
        if comma == -1:
            return True
        tail = rest[comma + 1 :].strip()
        return len(tail.split()) <= 2 or all(TIME_OR_PLACE.fullmatch(p.strip()) for p in tail.split(","))

    def _reports_at(self, start: int, end: int) -> bool:
        return self.body[start:end].lower() in self.lex.report_verbs

    def _reports(self, v: Cue) -> bool:
        cue = v.cue.lower()
        if cue in self.lex.report_verbs:
            return True
        return cue in self.lex.comma_verbs and self.body[v.end : v.end + 1] == ","

    def quote_spans(self, para: int) -> list[tuple[int, int]]:
        ps, pe = self.paragraphs[para]
        spans = [(q.open_mark, q.close_mark + 1) for q in self.entities.quotes[para]]
        if para > 0 and opens_with_quote(self.body, ps, pe) and not spans:
            spans.append((ps, pe))
        return spans

    @staticmethod
    def _covered(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        return any(ds <= s + 1 and de >= e - 3 for ds, de in spans)

    def _indirect_sentence(self, s: int, e: int, para: int) -> None:
        body = self.body
        # "..., kata X." / "..., katanya."
        m = self.tail_cue(s, e)
        if m is not None and not QUOTE_MARKS.search(body, s, m.start):
            comma = body.rfind(",", s, m.start)
            if m.cue.lower().endswith("nya"):
                sp = self.pronoun(comma)
            else:
                ss, se = _speaker_after(body, m.end, e)
                if se <= ss:
                    return
                sp = self.speaker(ss, se)
            self.add("indirect", (s, comma), para, sp, m.cue, (comma, e), "indirect_tail_cue")
            return
        if self._mid_cue(s, e, para) or self._passive_cue(s, e, para):
            return
        tsv = TAIL_SUBJECT_VERB.search(body, s, e)
        if (
            tsv
            and self._reports_at(tsv.start("cue"), tsv.end("cue"))
            and not QUOTE_MARKS.search(body, s, tsv.start())
            and sum(w[:1].islower() for w in body[s : tsv.start()].split()) >= 3  # a clause, not a role
            and not _lead_only(body, s, tsv.start())  # "Dalam kesempatan yang sama, X menyebut, ..."
            and not tsv.group("subj").lower().startswith("demikian")
        ):
            span = subject_span(body, tsv.start("subj"), tsv.end("subj"))
            if span is not None:
                sp = self.speaker(*span)
                if sp.type != "unknown":
                    cue = tsv.group("cue")
                    self.add("indirect", (s, tsv.start()), para, sp, cue, (tsv.start(), e), "indirect_tail_verb")
                    return
        mm = MENURUT.match(body, s, e)
        if mm and not opens_with_quote(body, mm.end(), e):  # 'Menurut X, "..."' is a direct quotation
            sp = self.speaker(mm.start(1), mm.end(1))
            self.add("indirect", (mm.end(), e), para, sp, "menurut", (s, e), "indirect_menurut")
            return
        lead = LEAD_ADVERBIAL.match(body, s, e)
        mn = MENURUTNYA.match(body, lead.end() if lead else s, e) or MENURUTNYA.match(body, s, e)
        if mn:
            self.add("indirect", (mn.end(), e), para, self.pronoun(mn.start()), "menurut", (s, e), "indirect_menurut")
            return
        mid = MID_MENURUT.search(body, s, e)
        if mid and not QUOTE_MARKS.search(body, s, e):
            sp = self.speaker(mid.start(1), mid.end(1)) if mid.group(1) else self.pronoun(mid.start())
            if sp.type != "unknown":
                self.add("indirect", (s, e), para, sp, "menurut", (s, e), "indirect_menurut")
                return
        dm = DEMIKIAN.search(body, s, e)
        if dm and not QUOTE_MARKS.search(body, s, e):
            sp = self.speaker(dm.start("src"), dm.end("src"))
            if sp.type != "unknown":
                self.add("indirect", (s, dm.start()), para, sp, "demikian", (dm.start(), e), "indirect_tail_cue")
                return
        quoted = self.quote_spans(para)
        verbs = [v for v in self.cues(s, e) if self._reports(v) and not any(qs <= v.start < qe for qs, qe in quoted)]
        if len(verbs) > 1 and not body[s : verbs[0].start].strip() and "," in body[verbs[0].end : verbs[1].start]:
            verbs = verbs[1:]  # "Menjawab harapan itu, X mengungkapkan ...": an opening clause has no subject
        if not verbs:
            return
        first = verbs[0]
        subj = subject_before(body, s, first.start, self.entities)
        sp = self.speaker(*subj) if subj is not None else UNKNOWN
        if sp.type == "unknown":
            # '"...," ucap X, sembari menegaskan ...': the quotation's speaker goes on speaking
            quoted_here = [st for st in self.out if s <= st.start < e and st.speaker.name]
            if not (quoted_here and ACCOMPANYING.search(body, max(s, first.start - 12), first.start)):
                return
            sp = quoted_here[-1].speaker
        chain = [first]
        for v in verbs[1:]:
            gap = body[chain[-1].end : v.start]
            joined = JOINED.search(gap)
            if joined and not QUOTE_MARKS.search(gap) and not CHAIN_BREAK.search(gap):
                chain.append(v)
        for k, v in enumerate(chain):
            c_start = v.end
            c_end = chain[k + 1].start if k + 1 < len(chain) else e
            bahwa = BAHWA.search(body, c_start, min(c_end, c_start + 200))
            if bahwa and not QUOTE_MARKS.search(body, c_start, bahwa.start()):
                c_start = bahwa.end()
            else:
                skip = KEPADA_SKIP.match(body, c_start, c_end)
                if skip:
                    c_start = skip.end()
            c_start, c_end = trim(body, c_start, c_end, " \t,;:.")
            c_end = re.sub(r"(?:,?\s*(?:dan|serta))$", "", body[c_start:c_end]).__len__() + c_start
            if opens_with_quote(body, c_start, c_end):
                continue
            if len(WORD.findall(body[c_start:c_end])) < 2:
                continue
            self.add("indirect", (c_start, c_end), para, sp, v.cue, (s, e), "indirect_verb")


def extract_statements(body: str, lex: Lexicon, entities: Document | None = None) -> list[Statement]:
    """Direct and indirect statements of one article, in text order."""
    ex = _Extractor(body, lex, entities)
    ex.direct()
    ex.indirect()
    unique: dict[tuple[int, int], Statement] = {}
    for st in ex.out:
        unique.setdefault((st.start, st.end), st)
    ordered = sorted(unique.values(), key=lambda st: (st.start, st.end))
    return _unify_short_names(_resolve_pronouns(ordered, ex.entities))


def _unify_short_names(statements: list[Statement]) -> list[Statement]:
    """A one-word person speaker ("Yoga") whose full name another statement of the article gives
    ("Yoga Devaera", found by a subject rule rather than the tagger) becomes that full name, when
    exactly one full name ends or starts with the word."""
    full = {st.speaker.name: st.speaker for st in statements if st.speaker.type == "person" and st.speaker.name
            and len(st.speaker.name.split()) > 1}  # fmt: skip
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


def _resolve_pronouns(statements: list[Statement], entities: Document) -> list[Statement]:
    """Re-resolve pronoun speakers in text order, now that direct and indirect statements are known."""
    out: list[Statement] = []
    previous: Speaker | None = None  # the last person who spoke ("ia" never points to "Menurut data BMKG")
    previous_end = 0
    spans = [(st.start, st.end) for st in statements]
    for st in statements:
        written = (st.speaker.written or "").lower()
        if entities.lex.pronouns.get(written) == "person" or written == "-nya":
            newcomer = _newcomer(entities, spans, previous_end, st.start)
            if newcomer is not None:
                sp = Speaker(st.speaker.written, newcomer.name, "person", newcomer.role, newcomer.code)
            else:
                sp = resolve(st.speaker.written or "-nya", entities, st.start, previous)
            st = replace(st, speaker=sp)
        if st.speaker.name and st.speaker.type != "unknown":
            previous = st.speaker if st.speaker.type == "person" else previous
            previous_end = st.end
        out.append(st)
    return out


def _newcomer(entities: Document, spans: list[tuple[int, int]], after: int, before: int) -> Person | None:
    """A person introduced by full name after the last statement and outside any statement's text:
    "Suara kritis juga datang dari Felix Klein ... Ia mendorong ..." -> Felix Klein."""
    body = entities.body
    for p in reversed(entities.people):
        if not after <= p.start < before or len(p.tokens) < 2:
            continue
        if any(s <= p.start < e for s, e in spans):
            continue
        after_name = body[p.start + len(p.name) : p.start + len(p.name) + 2]
        introduced = p.role or after_name.startswith(",") or entities.sentence_of(p.start)[0] == p.start
        if not introduced:
            continue  # "... menabrak Toyota Rush": an object, not someone the text turns to
        # only within the last two paragraphs before the pronoun
        if body.count("\n\n", p.start, before) > 1:
            return None
        return p
    return None
