"""Reported-speech rules of the statement extractor (``statements.py``): sentences with no quotation
whose attribution is a cue at their end, inside them, a passive cue, "menurut", or a reporting verb
after a subject (rules ``indirect_*`` listed in ``statements.py``).

A mixin of the extractor, kept apart so that each module reads in one sitting: quotations and the
extractor's helpers there, reported speech here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from tasks.clean import agency_names
from tasks.extract.attribution import (
    BACK_REFERENCE,
    GOES_ON,
    MIN_WORDS_IN_REPORT,
    WORD,
    Cue,
    holds_pronoun,
    speaker_words_after,
)
from tasks.extract.document import office_words_only
from tasks.extract.mentions import FORMER, GROUP_OPENERS, UNKNOWN, Speaker
from tasks.extract.ner import DEGREE
from tasks.extract.speaker import described
from tasks.extract.subjects import (
    ACTIVE_VERB,
    FRONTED_CLAUSE,
    LEAD_ADVERBIAL,
    SUBJECT_TYPES,
    TIME_OR_PLACE,
    TRAILING_TIME,
    VERBISH,
    subject_before,
    subject_span,
)
from tasks.extract.text import QUOTE_MARKS, first_of, opens_with_quote, trim
from tasks.extract.vocab import (
    ADDRESSING,
    DEMANDS,
    FIRST_PERSON,
    MODALS,
    NEGATIONS,
    NUMBER_WORDS,
    OUTLET_NOUNS,
    PREPOSITIONS,
    WEEKDAYS,
    act_nouns,
    group_word,
    has_title,
    holder_title,
    match_title,
    noun_shape,
    passive_cue_re,
    speech_words,
    title_kind,
)

if TYPE_CHECKING:
    from tasks.extract.document import Document, Mention, Person
    from tasks.extract.lang import Lexicon
    from tasks.extract.statements import Statement

# "<content>, media pemerintah melaporkan pada Rabu, ...": a subject and a reporting verb close the sentence
TAIL_SUBJECT_VERB = re.compile(
    r",\s+(?P<subj>[^,;:\"“”]{2,60}?)\s+(?P<cue>me\w+|ber\w+)(?:\s+(?:pada|hari|kepada)\s+[^,.;\"“”]{1,40})?"
    r"(?:,(?!\s*bahwa\b)[^\"“”]{0,160})?[.!?]?\s*$"  # not "X menjelaskan, bahwa ...": what follows is the content
)

# "X yang | menyebut", "X, yang kemudian | meminta": a relative clause opening right before a verb
RELATIVE_BEFORE = re.compile(r",?\s+yang\s+((?:[a-z]+\s+){0,2})$")
WORD_ENDING = re.compile(r"(\S+)\s+$")
VERB_SHAPE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")  # "menanggapi | Fadli Zon yang menyebut"
LINKS = frozenset(["kepada", "dari", "oleh", "dengan", "bersama", "terhadap", "untuk", "pada", "dan", "serta", "atau"])
# a clause conceding something before the main clause: "Walau X berharap ..., Y memastikan ..."
CONCESSION = re.compile(r"[\W]*(?:Namun,?\s+)?(?:[Ww]alau(?:pun)?|[Mm]eski(?:pun)?|[Kk]endati(?:pun)?|[Bb]iarpun)\s")
# the main clause's own subject after a comma, right before its verb (a contrast may open it)
CONTRASTED_SUBJECT = re.compile(
    r",\s+(?:(?P<conj>sedangkan|sementara|namun|tetapi|tapi)\s+)?(?P<subj>[A-Z][^,]{0,70}?)"
    r"\s+(?:(?:juga|pun|telah|sudah|kemudian|lantas|justru)\s+)?$"
)
CHAIN_BREAK = re.compile(r"\b(?:di mana|yang|ketika|saat|karena|sehingga|agar|jika|sementara)\b")


def _lead_only(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` holds nothing but leading adverbials ("Dalam kesempatan yang sama")."""
    lead = LEAD_ADVERBIAL.match(body, start, end + 2)
    return lead is not None and lead.end() >= end


REST_AFTER_COMMA = re.compile(r"[^,]*,\s*(\S+)")  # the first word after a verb of saying and a comma

TAIL_REST = re.compile(r"[^,\"“”]*(?:,[^\"“”]*)?[.!?]?\s*$")

PASSIVE_VERB = re.compile(r"(?<![\w-])di[a-z]{3,}(?:kan|i)(?![\w-])")  # "digunakan", "dikutip"

MENURUT = re.compile(r"[Mm]enurut\s+([^,]{2,80}),\s*")

MENURUT_PRONOUN = re.compile(r"[Mm]enurut\s+(dia|ia|beliau|mereka)\s+(?=[a-z])")  # no comma after the pronoun

RANK_BEFORE_NAME = 40  # characters of a rank or title between "Menurut X, " and the name set off after it
MENURUTNYA = re.compile(r"[Mm]enurutnya\b,?\s*")

# "..., menurut Fathur, justru ...": an attribution set off by commas inside the sentence
MID_MENURUT = re.compile(r",\s*menurut(?:nya\b|\s+([^,]{2,60})(?:,|\.?\s*$))")

# what a medium put out, written before its name: "demikian menurut warta kantor berita Reuters"
REPORT_BEFORE_SOURCE = r"(?:(?:warta|laporan|berita|kabar)\s+)?(?:kantor\s+berita\s+)?"
# (after "menurut", any medium's kind: "menurut warta laman The Verge", "menurut laporan harian X")
REPORT_BEFORE_MEDIUM = rf"(?:(?:warta|laporan|berita|kabar)\s+)?(?:(?:{OUTLET_NOUNS})\s+)?"
# a news outlet described by its noun, in lower case ("kantor berita Iran"): its name may be set off after it
OUTLET_DESCRIBED = re.compile(rf"(?:{OUTLET_NOUNS}|[Mm]edia)\b")

# "... pada Kamis menurut warta kantor berita AFP.": a medium closing the sentence without a comma (its report
# or its kind named before it; a person or a body there can be the subject of a clause: "yang menurut X adalah")
TAIL_MENURUT = re.compile(  # (a lower-case word first: the report's or the medium's kind)
    r"(?<=[^\s,])(?<!demikian)\s+menurut\s+((?=[a-z])" + REPORT_BEFORE_MEDIUM
    + r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\.?\s*$"
)

SPEAKING_TYPES = ("person", "organization")  # who may be named as a source inside a clause or after its description
REPORTED_BY = re.compile(r"(?:warta|laporan|berita|kabar|kantor\s+berita)\s")  # a medium's report, then its name
CLAUSE_END = re.compile(r"[.,;:!?\n]")
RELATIVE_REPORT_WORDS = 4  # the verb and three words at least: a report, not a description of the people
# the word before a noun phrase that makes it an object: a preposition or an agent's "oleh"
NOUN_OPENING_AFTER = re.compile(r"\b(?:oleh|kepada|dengan|dari|untuk|bagi|pada|ke|antara)\s+")
THAT_NEXT = re.compile(r" bahwa\b")  # "melanjutkan bahwa": the verb reports what follows
# whom it was said to, then "bahwa": "meyakinkan para pedagang bahwa ...", "menanggapi wartawan bahwa ..."
THAT_AFTER_ADDRESSEE = re.compile(r" (?P<who>[a-z][\w-]*)(?: (?!bahwa\b)[a-z][\w-]*){0,2} bahwa\b")
ADDRESSEE_OPENERS = frozenset({"para", "seluruh", "semua"})
# "Regulasi ini menurut OJK bertujuan ...", "salah satu kuncinya menurut Dwi adalah ...": a source named inside
# the clause with no commas around it, before the rest of the clause (not before a preposition or a medium's
# verb: "data impor menurut BPS dari 2014", "menurut X dilansir dari Y")
INNER_MENURUT = re.compile(r"(?<=[a-z])\s+menurut\s+(?=[A-Z])")
# so too one named by a role it was given before, closed by a demonstrative: "Perbuatan itu menurut mantan
# Presiden RI yang kelima itu adalah ...", "Langkah itu menurut politikus PDI-P tersebut tepat"
INNER_ROLE_MENURUT = re.compile(
    r"(?<=[a-z])\s+menurut\s+((?:mantan\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5}?\s+(?:itu|tersebut|ini))\s+(?=[a-z])"
)
NOT_A_CLAUSE_AFTER_SOURCE = re.compile(r"\s+(?:dilansir|dikutip)\b")

# "..., demikian Reuters." / "..., demikian Reuters melaporkan." / "..., demikian disampaikan X."
# (a name set off after its role, and to whom, where or when it was said after it: "demikian Minister
# Counsellor KBRI Denhaag, Renata Siagian kepada Antara London, Sabtu."; a statement or a release before it)
DEMIKIAN = re.compile(
    r",\s*demikian\s+(?:(?:di\w+|menurut)\s+)?(?:(?:keterangan|pernyataan|rilis|siaran\s+pers)\s+)?(?P<src>"
    + REPORT_BEFORE_SOURCE
    + r"[A-Z][^,.;]{1,60}?(?:,\s+[A-Z][^,.;]{1,40}?)?)(?:\s+(?:me\w+|ber\w+))?"
    + r"(?:\s+(?:kepada|dalam|melalui|saat|ketika)\s+[^.;]{1,80}?)?\s*\.?\s*$"
)

ACCOMPANYING = re.compile(r"\b(?:sembari|seraya|sambil)\s+$")
# "..., seperti dilaporkan AFP.", "... seperti disampaikan dalam keterangan pers dari KJRI X yang diterima di ...":
# the source closing a sentence with no verb of saying of its own
AS_REPORTED = re.compile(
    r"(?:,\s*|\s+)(?:seperti|sebagaimana)\s+di(?:sampaikan|katakan|ungkapkan|laporkan|jelaskan|tegaskan|nyatakan"
    r"|beritakan|umumkan)\s+(?:(?:dalam|melalui|lewat)\s+[a-z][^,.;A-Z]{0,40}?\s+)?(?:dari\s+|oleh\s+)?"
    r"(?P<src>" + REPORT_BEFORE_SOURCE + r"[A-Z][^,.;]{1,80}?)(?=\s+yang\s|\s*[,.]|\s*$)"
)

MID_PRONOUN = frozenset({"dia", "ia", "beliau"})
# words opening a description of a speaker after a cue: "Kata salah seorang petugas ..."
DESCRIPTION_OPENERS = FORMER | {"salah", "seorang", "para", "pihak"}


# tail cues of a medium relaying what someone said: the sentence's own reporting verb names the speaker
RELAYING_CUES = frozenset({"lapor", "lapornya"})

# quote cues that may stand inside a clause with no comma around them ("Bengkulu lanjut dia perlu
# ...", "Pihak perusahaan kata Rohidin telah ..."); not "jelas"/"tegas", which are also adjectives
INLINE_CUES = frozenset({"kata", "ujar", "lanjut", "tutur", "imbuh", "sambung"})

INLINE_SPEAKER = re.compile(r"\s+(?:dia|ia|beliau|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])")

# a purpose clause before a demand: "berangkat ke Jakarta untuk menggelar aksi guna | menuntut ..."
PURPOSE_WORDS = r"untuk|guna|demi"
PURPOSE = re.compile(rf"\b(?:{PURPOSE_WORDS})\s+$")
SECURING = frozenset({"memastikan"})  # also "to secure" before what a contest's side wins (nouns.tsv result)
INTENDED = re.compile(rf"\b(?:{PURPOSE_WORDS}|dalam rangka)\s+$")  # a verb after these is an intention
# an effort or an ability before a verb: "berupaya mendorong pertumbuhan", "dianggap mampu mendorong ...":
# what someone tries or is able to bring about, not what they say (also for demands: "berupaya meminta komentar");
# not "mencoba mengatakan bahwa ...", a claim made; so too whether one will ("mempertimbangkan apakah akan meminta")
ATTEMPTED = re.compile(r"\b(?:berupaya|berusaha|mampu|sanggup|bertujuan|apakah(?:\s+akan)?)\s+$")
ONE_COULD = frozenset({"bisa", "dapat", "boleh"})  # "bisa dikatakan ...": one could say, nobody says
# "disebut" with a person as its agent and what was said after: "X disebut Rowett telah memberikan ...";
# not "yang disebut X" nor "disebut sebagai X", where it names something (so not among the passive cues)
CALLED_BY = re.compile(r"(?<![\w-])(?<!yang )disebut(?=\s+(?!sebagai\b))")
BUT_THEN = re.compile(r",\s*(?:tetapi|tapi|namun|dan|serta|sekaligus)\s+(?:juga\s+|tetap\s+)?$")
JOINED = re.compile(r"(?:,|\bdan|\bserta)\s*(?:juga\s+|turut\s+)?$")
JOIN_REACH = 60  # characters before a verb where the word joining it to the verb before is looked for
# a verb joined to the one before with the subject's pronoun of its own: "X mengakui A, namun ia menilai B"
JOINED_BY_PRONOUN = re.compile(
    r"(?:,\s*|\s)(?:namun|tetapi|tapi|dan|serta|sedangkan)\s+(?P<pronoun>ia|dia|beliau|mereka)\s+"
    r"(?:(?:juga|pun|tetap|turut|kembali|lantas|lalu|kemudian)\s+)?$"
)

BAHWA = re.compile(r"\bbahwa\s+")
# a "bahwa" that a noun of what is claimed or reported takes, not the verb before it ("menyatakan akan
# menyelidiki ..., namun membantah tuduhan bahwa ...": the report starts at the verb)
CLAIM_BEFORE = re.compile(
    r"\b(?:tuduhan|tudingan|anggapan|klaim|kabar|isu|rumor|spekulasi|dugaan|laporan|keyakinan|fakta|pendapat|pandangan|asumsi)\s+$"
)
# a subject asked or told to do what the verb says ("Warga diimbau melaporkan ...")
ASKED = re.compile(r"(?<![\w-])di(?:minta|imbau|himbau|harapkan|wajibkan|ingatkan|instruksikan|perintahkan)\s*$")
NOT_BEFORE = re.compile(r"(?<![\w-])(?:tidak|tak)\s+$")  # "tidak | menampik"
# verbs of denial: denied, they admit what follows ("tidak menampik bahwa ...", "tak membantah ...")
DENIALS = frozenset({"menampik", "membantah", "menyangkal", "memungkiri", "mengelak"})
NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan)\s")  # a verb's negation: where a clause's subject ends
NESTED_WITHIN = 60  # characters from a report's start where another subject's reporting verb may stand
REPORT_OPENS = re.compile(r"[\s,]*(?:bahwa\s+)?")  # what stands between a reporting verb and its report

# what a state or body is recognised as, after "mengakui": "mengakui (negara) Palestina (sebagai ...)"
RECOGNISED = re.compile(r"(?:(?:[Nn]egara|kedaulatan|kemerdekaan|pemerintah(?:an)?)\s+)?")
RECOGNISED_AS = re.compile(r"\s*(?:sebagai\b|[.,;]|$)")
RECOGNISING = frozenset(["mengakui"])
# whom it was said to, set off before what was said ("mengatakan kepada wartawan, ..."); not a request's
# addressee with what is asked ("mengimbau kepada warga untuk menjaga kesehatan, meskipun ...")
KEPADA_SKIP = re.compile(r"\s*(?:kepada\s+(?:(?!(?:agar|untuk|supaya|bahwa)\b)[^,\"“”]){1,80}?(?=,)|)\s*,?\s*")

# adverbs and prepositions opening a lead-in that the language's openers do not list ("Terutama, kata dia, ...",
# "Akibat curah hujan tinggi, ...", "Secara teknikal, ...", "Mulai tahun lalu, ...", "Hanya saja, ..."; KBBI)
LEAD_ADVERBS = frozenset(
    ["terutama", "akibat", "secara", "mulai", "sampai", "sesuai", "hingga", "sejak", "terlebih", "lagipula", "serta",
     "sejauh", "dulu", "dahulu", "hanya", "berkat", "alih-alih", "menurut", "kini", "tadinya", "apalagi", "maka"]
)

# a refusal right before a verb of saying: "menolak berkomentar", "enggan menjelaskan", "tidak mau menjawab"
REFUSED = re.compile(r"\b(?:menolak(?:\s+untuk)?|enggan|(?:tidak|tak|belum)\s+(?:mau|bersedia|ingin))\s+$")

# "Hal ini disampaikan X ...", "Pernyataan itu disampaikan X menyusul ...": "hal" or a word for what was said,
# with a demonstrative, stands for what was said before
POINTING_BACK = re.compile(
    r"\s*(?:Hal|Pernyataan|Penegasan|Penjelasan|Keterangan|Ucapan|Ungkapan|Pesan|Imbauan)\s+(?:ini|itu|tersebut)\b"
)


class IndirectRules:
    """Reported speech: the ``indirect_*`` rules (see the module's docstring)."""

    body: str
    lex: Lexicon
    entities: Document
    paragraphs: list[tuple[int, int]]
    out: list[Statement]

    def speaker_words(self, start: int, end: int) -> tuple[int, int]:
        """The words after a cue up to the first stop (``speaker_words_after``), with the language's own
        abbreviations, whose full stop stops no name ("Letkol Inf. X")."""
        return speaker_words_after(self.body, start, end, self.lex.abbreviations)

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
        self._nested_reports()

    def _nested_reports(self) -> None:
        """'Budi mengatakan, KPK mengimbau agar ...', '..., kata X, pengemudi mengaku ...': reported speech
        that opens with another subject and its own reporting verb holds that subject's statement too
        (rule ``indirect_nested``); also after a first verb of that subject ("ER menolak putusan itu dan
        menyatakan akan banding"). The outer statement stays whole: the speaker reports it."""
        body = self.body
        for st in [st for st in self.out if st.kind == "indirect"]:
            if (st.cue or "").lower() in ADDRESSING:
                continue  # "Amin meminta masyarakat melaporkan ...": whom the request is made to, no speaker
            s, e = st.start, st.end
            v = next((c for c in self.cues(s, min(e, s + NESTED_WITHIN)) if self._reports(c)), None)
            if v is None or v.start == s or QUOTE_MARKS.search(body, s, v.start):
                continue
            subj = subject_before(body, s, v.start, self.entities)
            sp = (
                self._clause_subject(s, subj, st.speaker)
                if subj is not None and self._verb_next(subj[1], v.start)
                else None
            )
            if sp is None:
                continue
            c_start = REPORT_OPENS.match(body, v.end, e).end()  # after "bahwa", if it is written
            if len(WORD.findall(body[c_start:e])) >= 2:
                self.add("indirect", (c_start, e), st.paragraph, sp, v.cue, (s, e), "indirect_nested")

    def _clause_subject(self, start: int, subj: tuple[int, int], outer: Speaker) -> Speaker | None:
        """The speaker a reported clause's own subject names, when the subject opens the clause at ``start``
        and is someone other than the ``outer`` speaker: a name or an institution written as one ("KPK",
        "Rudi"), or a group by its noun ("pengemudi", "para pelaku"); not a phrase about something
        ("perilaku Britney", "hasil rapat") nor a pronoun, whose referent the outer speaker may be."""
        if subj[0] != start:
            return None
        words = self.body[subj[0] : subj[1]].split()
        opener = len(words) > 1 and words[0].lower() in GROUP_OPENERS
        low = words[opener].lower()
        by_noun = len(words) == 1 + opener and group_word(low, self.lex)
        named = all(w[:1].isupper() or w[:1].isdigit() for w in words)  # "KPK", "Presiden X", not "KPK tentu"
        if not (by_noun or named):
            return None
        sp = self.speaker(*subj)
        if sp.type == "unknown" or sp.name == outer.name or not (by_noun or self._named(sp)):
            return None
        return sp

    def _inner_subject(self, start: int, verb_start: int, outer: Speaker) -> Speaker | None:
        """The subject of the clause reported from ``start`` when it has a verb of its own before the
        chained reporting verb at ``verb_start`` ("ER | tidak menerima ... dan | menyatakan"), set off by no
        comma (not "..., dan meminta": the outer speaker goes on)."""
        body = self.body
        found = (VERBISH.search(body, start, verb_start), NEGATED.search(body, start, verb_start))
        verb_at = min((m.start() for m in found if m), default=start)
        if verb_at <= start or "," in body[start:verb_start]:
            return None
        span = subject_span(body, start, verb_at)
        return self._clause_subject(start, span, outer) if span is not None else None

    def _tail_speaker(self, m: Cue, s: int, e: int) -> Speaker | None:
        """The speaker of a cue after a comma that closes the sentence (", kata X."), or None when the words
        after it are no speaker: the cue word is then the sentence's own ("Secara etimologis, kata wayang
        berasal dari ...": the word "wayang"; "Menurut X, kisah dalam lagu ini ...": the story), and the
        sentence is left to the other rules."""
        body = self.body
        if holds_pronoun(m.cue, self.lex):
            return self.pronoun(body.rfind(",", s, m.start))
        ss, se = self.speaker_after(m.end, e)  # with a name set off after the role
        if se <= ss:
            return None
        sp = self.speaker(ss, se)
        return None if sp.type == "unknown" and _no_speaker(body, ss, se) else sp

    def _joined_by_pronoun(self, start: int, verb_start: int, sp: Speaker) -> re.Match[str] | None:
        """The join of a verb whose own subject is a pronoun agreeing with the speaker of the verb
        before ("Pelatih itu mengakui ..., namun ia menilai ...": the same person goes on; "mereka"
        after a group, a body or a state)."""
        joined = JOINED_BY_PRONOUN.search(self.body, start, verb_start)
        if joined is None or sp.type == "unknown":
            return None
        plural = joined.group("pronoun") == "mereka"
        return joined if plural == (sp.type != "person") else None

    def _verb_next(self, subject_end: int, verb_start: int) -> bool:
        """Whether only adverbs stand between a subject and its verb ("KPK juga mengimbau"); not a modal
        of wish or readiness ("Indonesia siap mengakui", "pemerintah perlu meminta") nor a future ("Trump
        akan menyampaikan pidato"): nothing was said yet."""
        between = self.body[subject_end:verb_start].lower().split()
        return all(w in MODALS and w != "akan" for w in between)

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
            if sentences[k][2] != ppara:
                # opening its own paragraph, it points back to the whole paragraph before it ("Bantuan itu
                # agar tidak disalahgunakan, .... Semisal dipakai untuk judi. | Pesan itu disampaikan X")
                j = k - 1
                while j > 0 and sentences[j - 1][2] == ppara:
                    j -= 1
                start = sentences[j][0]
                said = any(st.start < ps and start < st.end for st in self.out)
                if not said and not QUOTE_MARKS.search(body, start, ps):
                    ps = start
            ss, se = self.speaker_after(m.end(), e)
            sp = self.speaker(ss, se) if se > ss else UNKNOWN
            if sp.type == "unknown" or len(WORD.findall(body[ps:pe])) < 4:
                continue
            # the pointing sentence says who spoke, not what: it is no statement of its own
            self.out = [st for st in self.out if not s <= st.start < e]
            cue, ctx = m.group("cue"), (m.start("cue"), se)
            self.add("indirect", (ps, pe), ppara, sp, cue, ctx, "indirect_back_reference")

    def _noun_opens(self, cue_end: int, e: int) -> bool:
        """Whether the cue word opening a sentence is a noun with its modifier ("Kisah cinta", "Kata ini"),
        not a cue before its speaker: the next word is in lower case and opens no description of one
        ("Kata salah seorang petugas", "Kata dia", "Ujar warga")."""
        nxt = self.body[cue_end : min(e, cue_end + 30)].split()[:1]
        if not nxt or not nxt[0][:1].islower():
            return False
        word, lex = nxt[0].strip(",.").lower(), self.lex
        describes = (
            word in MID_PRONOUN
            or word in DESCRIPTION_OPENERS
            or word in lex.pronouns
            or word in lex.titles
            or word in lex.title_words
            or word in lex.person_nouns
            or word in lex.group_nouns
        )
        return not describes

    def _mid_cue(self, s: int, e: int, para: int) -> bool:
        """ "Makanya, kata Bustang, listrik ..." / "Fraksi itu, kata Sarmuji, akan ...": a quote cue set
        off by a comma inside an unquoted sentence (rule ``indirect_mid_cue``). The content is the
        rest of the sentence after a short lead-in, else the whole sentence."""
        body = self.body
        if QUOTE_MARKS.search(body, s, e):
            return False
        for c in self.cues(s, e):
            low = c.cue.lower()
            leading = c.start == s and c.cue[:1].isupper()  # "Jelas Prabowo, sebuah bangsa ..."
            if self._noun_opens(c.end, e) and (leading or not holds_pronoun(low, self.lex)):
                # "Kisah cinta antara X ...", "Kata ini merupakan ...": a noun opening the sentence; "Ia
                # berharap, kisah perjalanan X ...": one opening a clause
                continue
            base = low[:-3] if holds_pronoun(low, self.lex) else low  # "Berita bohong lanjutnya justru ..."
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
            if holds_pronoun(low, self.lex) or (after and after[0].lower().strip(",") in MID_PRONOUN):
                sp = self.pronoun(c.start)
                clause_end = body.find(",", c.end, e)
            else:
                ss, se = self.speaker_words(c.end, e)
                if se <= ss:
                    continue
                after_name = self._clause_after(c, e)
                sp = self.speaker(ss, after_name if after_name is not None else se)
                clause_end = se if body[se : se + 1] == "," else -1
                if after_name is not None:
                    clause_end = after_name
            if sp.type == "unknown":
                continue
            lead = body[s : c.start].split()
            # a short lead-in ("Makanya,") is left out; a subject is not ("PT X, sambung dia, juga menandatangani",
            # "Program tersebut, kata dia, ...": a noun phrase, not an adverbial)
            subject = any(m.start == s and m.type in SUBJECT_TYPES for m in self.entities.mentions_in(s, c.start))
            # (no lead-in: "Kata X, ...", the cue opens the sentence)
            adverbial = self._adverbial(lead[0].strip(",").lower(), len(lead)) if lead else True
            span = (clause_end + 1, e) if len(lead) <= 4 and clause_end != -1 and adverbial and not subject else (s, e)
            self.add("indirect", span, para, sp, c.cue, (s, e), "indirect_mid_cue")
            return True
        return False

    def _adverbial(self, first: str, words: int) -> bool:
        """Whether a lead-in of ``words`` words opening with the lower-case ``first`` is an adverbial (an opener,
        a preposition, a circumstance: "Namun", "Dalam setahun terakhir ini", "Akibat hujan", a word in "-nya":
        "Makanya") rather than a noun phrase, the subject of what is said ("Program tersebut", "Pemerintah")."""
        lex = self.lex
        if first in lex.openers or first in lex.circumstances or first in PREPOSITIONS or first in LEAD_ADVERBS:
            return True
        return words == 1 and first.endswith("nya")

    def _inline_cue(self, c: Cue, s: int, e: int, para: int) -> bool:
        """ "Bengkulu lanjut dia perlu mengeksplorasi ...": a quote cue and its speaker inside the
        clause with no commas (rule ``indirect_mid_cue``): a pronoun, or a person the document knows,
        then the clause goes on in lower case. The statement is the sentence."""
        m = INLINE_SPEAKER.match(self.body, c.end, e)
        if holds_pronoun(c.cue, self.lex):  # the cue holds its pronoun: "lanjutnya justru ..."
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
        """ "Sebagian komentar itu diakui Erick mengarah pada penghinaan": a passive reporting verb
        whose agent, a person named right after it ("oleh" and a title may come between), is
        followed by what was said (rule ``indirect_passive_cue``). The statement is the sentence.
        "Hal itu dikatakan X di Jakarta" (nothing said after the agent) is not one."""
        body = self.body
        if QUOTE_MARKS.search(body, s, e) or POINTING_BACK.match(body, s, e):
            return False  # "Hal ini disampaikan X, saat ...": points back to what was said before
        hits = [*passive_cue_re(self.lex).finditer(body, s, e), *CALLED_BY.finditer(body, s, e)]
        hits.sort(key=lambda m: m.start())
        for m in hits:
            if any(w in ONE_COULD for w in body[max(s, m.start() - 8) : m.start()].split()[-1:]):
                continue  # "Padahal bisa dikatakan X baru saja ...": one could say, nobody says
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
        if holds_pronoun(c.cue, self.lex):
            return None
        ss, se = self.speaker_words(c.end, e)
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
        # "..., ungkap ahli X dari Universitas Y, Dr. Budi Santoso.": a name set off after the role
        words = tail.split()
        set_off_name = len(words) <= 5 and all(w[:1].isupper() for w in words)
        return len(words) <= 2 or set_off_name or all(TIME_OR_PLACE.fullmatch(p.strip()) for p in tail.split(","))

    def _reports_at(self, start: int, end: int) -> bool:
        return self.body[start:end].lower() in self.lex.report_verbs

    def _reports(self, v: Cue) -> bool:
        cue = v.cue.lower()
        if cue in SECURING:
            nxt = WORD.match(self.body, v.end + 1) if self.body[v.end : v.end + 1] == " " else None
            # "memastikan kemenangan", "memastikan tiket ke final": a result secured, nothing said
            return nxt is None or nxt.group().lower() not in self.lex.results
        acts = self.lex.act_verbs.get(cue)
        if acts and first_of(self.body, v.end, self.entities.sentence_of(v.start)[1], acts) is not None:
            return False  # "X melaporkan Y ke Polda ...": a complaint filed, an act (a stance), nothing said
        if cue in self.lex.report_verbs:
            return True
        # a comma after it, or "bahwa" ("Airlangga melanjutkan bahwa ...": what was said follows)
        said_next = self.body[v.end : v.end + 1] == "," or THAT_NEXT.match(self.body, v.end) is not None
        addressed = THAT_AFTER_ADDRESSEE.match(self.body, v.end) if not said_next else None
        if addressed is not None:
            # people it was said to ("para pencinta binatang", "wartawan"), not what it answered ("menanggapi
            # tudingan bahwa ...": the claim) nor a verb of its own ("menutup forum dengan menekankan bahwa")
            who = addressed.group("who")
            people = who in ADDRESSEE_OPENERS or group_word(who, self.lex) or who in self.lex.person_nouns
            said_next = people or self.lex.titles.get(who) == "profession"
        return cue in self.lex.comma_verbs and said_next

    def _medium_reporting(self, sp: Speaker, at: int) -> Speaker:
        """A source named after a medium's report at ``at`` closing a sentence ("demikian laporan Phone Arena",
        "menurut warta kantor berita X") is the medium, an organisation, whatever the tagger typed it."""
        if sp.type == "person" and REPORTED_BY.match(self.body, at):
            return replace(sp, type="organization", role=None)
        return sp

    def _named_last(self, start: int, end: int) -> Mention | None:
        """The person or body named right at ``start`` that closes the sentence ``body[:end]``."""
        at = trim(self.body, start, end, " ")[0]
        named = [m for m in self.entities.mentions_in(at, end) if m.start == at and m.type in SPEAKING_TYPES]
        rest = self.body[named[0].end : end].strip() if named else "x"
        return named[0] if named and rest in ("", ".") else None

    def _source_inside(self, s: int, e: int) -> tuple[int, int] | None:
        """The span of a person or a body named after "menurut" inside a clause, with no commas around it,
        when the clause goes on after the name (``INNER_MENURUT``)."""
        body, lex = self.body, self.lex
        m = INNER_MENURUT.search(body, s, e)
        role = INNER_ROLE_MENURUT.search(body, s, e) if m is None else None
        if role is not None and has_title(role.group(1).split(), lex):
            return role.span(1)  # resolved as a role anaphor, to the person the article gave that role
        if m is None:
            return None
        # the first person or body named after it, a title before it ("menurut Menteri Keuangan | X akan ...")
        named = next((x for x in self.entities.mentions_in(m.end(), e) if self._source_named(x)), None)
        if named is None:
            return None
        title = body[m.end() : named.start].split()
        if title and not (has_title(title, lex) and all(w[:1].isupper() for w in title)):
            return None
        after = body[named.end : e]
        word = after.split(maxsplit=1)[0] if after.strip() else ""
        if not word[:1].islower() or word in PREPOSITIONS or NOT_A_CLAUSE_AFTER_SOURCE.match(after):
            return None
        return m.end(), named.end

    def _source_named(self, mention: Mention) -> bool:
        """A person or a body, not a title the name finder took for an organisation ("Menteri Keuangan")."""
        words = self.body[mention.start : mention.end].split()
        return mention.type in SPEAKING_TYPES and not match_title(words, self.lex)

    def _named(self, sp: Speaker) -> bool:
        """A speaker with a name the article gives (not a lone common word such as "Misalnya")."""
        name = sp.name or ""
        return sp.type != "unknown" and (" " in name or not self.entities.is_common_word(name.lower()))

    def _terms_quoted_only(self, start: int, end: int, para: int) -> bool:
        """Whether ``body[start:end]`` holds no quotation mark, or only short quoted terms that open and
        close inside it ('berhasil "melunakkan" PT Freeport ..., kata X': a scare quote, no quotation)."""
        if not QUOTE_MARKS.search(self.body, start, end):
            return True
        marks = len(QUOTE_MARKS.findall(self.body, start, end))
        terms = [
            q for q in self.entities.quotes[para]
            if start <= q.open_mark and q.close_mark < end
            and len(WORD.findall(self.body[q.start : q.end])) < MIN_WORDS_IN_REPORT
        ]
        return marks == 2 * len(terms)

    def _quoted_phrase_at(self, pos: int, para: int) -> bool:
        """Whether a short quoted phrase (a name, a term: fewer words than a quotation in a report
        needs) opens at ``pos`` and the clause goes on after it."""
        for q in self.entities.quotes[para]:
            if q.open_mark == pos:
                short = len(WORD.findall(self.body[q.start : q.end])) < MIN_WORDS_IN_REPORT
                return short and GOES_ON.match(self.body, q.close_mark + 1) is not None
        return False

    def _abstract_subject(self, start: int, end: int) -> bool:
        """A subject headed by an abstract Ke-...-an noun, not an institution's ("Kehadiran Presiden X",
        "Kekalahan Fajar/Rian", but "Kementerian X", "Kejaksaan Agung", "Kelurahan Y" speak), or by a
        noun of an act, a policy or an event ("Upaya ini mendorong ...")."""
        m = WORD.match(self.body, start, end)
        lex = self.lex
        if m is not None and m.group().lower() in act_nouns(lex):
            # "serangan Israel-Iran mendorong harga energi"; not a body's name ("Program Pangan Dunia (WFP)")
            return not any(mm.start == m.start() for mm in self.entities.mentions_in(m.start(), end))
        nxt = WORD.match(self.body, m.end() + 1, end) if m is not None else None
        if m is None or nxt is None or not (m.group().startswith("Ke") and noun_shape(m.group())):
            return False
        owner = nxt.group()
        if not (owner[:1].isupper() or owner.lower() in lex.titles or owner.lower() in lex.institution_words):
            return False  # "Keluhan serupa disampaikan oleh X": not the noun of a named owner
        return not self.entities.is_lexicon_word(m.group())

    def quote_spans(self, para: int) -> list[tuple[int, int]]:
        ps, pe = self.paragraphs[para]
        spans = [(q.open_mark, q.close_mark + 1) for q in self.entities.quotes[para]]
        if para > 0 and opens_with_quote(self.body, ps, pe) and not spans:
            spans.append((ps, pe))
        return spans

    @staticmethod
    def _covered(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        return any(ds <= s + 1 and de >= e - 3 for ds, de in spans)

    def _menurut(self, s: int, e: int) -> re.Match[str] | None:
        """ "Menurut X, ..." at ``s``; X may hold a name with commas of its own ("Menurut Kementerian
        Pendidikan, Kebudayaan, Riset, dan Teknologi, ..."): matched with the name's commas masked
        (same length, so the offsets hold)."""
        body = self.body
        mm = MENURUT.match(body, s, e)
        mentions = self.entities.mentions
        # (also a name after what it put out: "Menurut data Badan Meteorologi, Klimatologi, dan Geofisika, ...")
        listed = mm and next((m for m in mentions if mm.start(1) <= m.start < mm.end(1) < m.end < e), None)
        if not listed:
            return mm
        masked = body[: listed.start] + body[listed.start : listed.end].replace(",", ";") + body[listed.end :]
        return MENURUT.match(masked, s, e)

    def _set_off_at(self, at: int, e: int, types: tuple[str, ...]) -> Mention | None:
        """The mention of one of ``types`` named at ``at`` (after spaces) and set off by a comma after it."""
        at = trim(self.body, at, e, " ")[0]
        named = next((m for m in self.entities.mentions_in(at, min(e, at + 60)) if m.start == at), None)
        if named is None or named.type not in types or not self.body.startswith(",", named.end):
            return None
        return named

    def _outlet_set_off(self, cited: int, at: int, e: int) -> Mention | None:
        """The organisation named at ``at`` and set off by a comma after a news outlet described at ``cited``."""
        if not self.body[cited].islower() or OUTLET_DESCRIBED.match(self.body, cited) is None:
            return None
        return self._set_off_at(at, e, ("organization",))

    def _place_set_off(self, at: int, e: int) -> int | None:
        """Where the words after a place or state named at ``at`` and set off by a comma begin, if one is."""
        place = self._set_off_at(at, e, ("place", "state"))
        if place is None or not self.body.startswith(", ", place.end):
            return None
        return place.end + 2

    def _name_after_rank(self, at: int, e: int) -> Person | None:
        """The person named at ``at``, or right after a rank or title there ("AKBP | Budi Santoso")."""
        named = self.entities.person_at(at)
        if named is not None:
            return named
        nxt = self.entities.person_in(at, min(e, at + RANK_BEFORE_NAME))
        words = self.body[at : nxt.start].split() if nxt is not None else []
        return nxt if words and match_title(words, self.lex) == len(words) else None

    def _past_role_set_off(self, name_start: int, name_end: int, after: int, e: int) -> int:
        """Where what a person said begins after "Menurut X, ": past a role set off after the name and the
        capitalised names of its body set off after it ("Menurut Budi, Manajer Humas, PT Sinar Jaya, harga
        ..."), else ``after``."""
        body, named = self.body, self.entities.person_at(name_start)
        if named is None or named.start + len(named.name) != name_end:
            return after
        comma = body.find(",", after, e)
        role = self.entities.role_after(name_end) if comma > 0 else None
        if role is None or (role.islower() and title_kind(role.split(), self.lex) == "group"):
            return after  # "Menurut Budi, pelaku usaha, eksportir maupun ...": a list the clause opens with
        while (nxt := body.find(",", comma + 1, e)) > 0 and office_words_only(body[comma + 1 : nxt].split()):
            comma = nxt  # "..., YRA & Community Yamaha Indonesia, ...": the body's name set off after the role
        return trim(body, comma + 1, e, " ")[0]

    def _relative_subject(self, s: int, verb_start: int) -> tuple[int, int] | None:
        """The subject of a reporting verb in a relative clause: the name right before "yang" ("...
        menanggapi pernyataan Menteri X Fadli Zon yang menyebut ...", "... kepada Shadid, yang kemudian
        meminta ..."), not the subject of the sentence's own verb."""
        rel = self._relative_clause(s, verb_start)
        if rel is None:
            return None
        named = [m for m in self.entities.mentions_in(s, rel.start()) if m.end == rel.start()]
        if not named:
            return self._people_before_yang(s, rel.start())
        if named[-1].type not in ("person", "organization", "state"):
            return None
        start = named[-1].start
        word = WORD_ENDING.search(self.body, max(s, start - 30), start)
        low = word.group(1) if word else ""
        if named[-1].type == "state":
            # "pernyataan (pemerintah) AS yang meminta ...": a state speaks, through its organ, after a word for
            # what was said; not "kebijakan AS yang mendorong ...", "warga Israel yang mengatakan"
            if word is not None and low.lower() in self.lex.state_organs:
                start = word.start(1)
                word = WORD_ENDING.search(self.body, max(s, start - 30), start)
                low = word.group(1) if word else ""
            if low.lower() not in self.lex.speech_acts:
                return None
            return start, named[-1].end
        # a holder's title ("jaksa | Kejari X"), not a plain noun ("pemilik | X")
        allowed = holder_title(low, self.lex) or low in self.lex.speech_acts or low in LINKS or VERB_SHAPE.match(low)
        if low.islower() and not allowed:
            return None  # "pemilik Suzuki XL7, yang mengaku": the owner speaks, not the car
        return named[-1].start, named[-1].end

    def _thing_before_yang(self, s: int, verb_start: int) -> bool:
        """Whether the reporting verb opens a relative clause about a thing named as the object of a verb or
        preposition before it ("menerima panggilan telepon | yang mengabarkan ...", "dipasangi stiker | yang
        menegaskan ...", "representasi dari visi baru | yang menekankan ..."): nobody speaks there."""
        rel = self._relative_clause(s, verb_start)
        if rel is None or any(m.end == rel.start() for m in self.entities.mentions_in(s, rel.start())):
            return False
        _, words = self._object_before(s, rel.start())
        if not words:
            return False
        head = words[-1]
        people = group_word(words[0], self.lex) or head in self.lex.person_nouns or group_word(head, self.lex)
        said = any(w in self.lex.speech_acts or w in self.lex.records or w in self.lex.pronouns for w in words)
        return not people and not said and not title_kind([head], self.lex)

    def _relative_clause(self, s: int, verb_start: int) -> re.Match[str] | None:
        """The relative word right before a verb, with only modal words between ("yang | kemudian meminta")."""
        rel = RELATIVE_BEFORE.search(self.body, max(s, verb_start - 40), verb_start)
        if rel is None or any(w not in MODALS and w != "sebelumnya" for w in rel.group(1).lower().split()):
            return None
        return rel

    def _object_before(self, s: int, end: int) -> tuple[int, list[str]]:
        """Where the one to three lower-case words right before ``end`` after a verb or a preposition (an
        object, not opening the sentence) begin, and the words; no words when there is none."""
        body = self.body
        start = max(s, end - 40)
        cut = max(
            [start]
            + [m.end() for m in VERBISH.finditer(body, start, end)]
            + [m.end() for m in PASSIVE_VERB.finditer(body, start, end)]
            + [m.end() for m in NOUN_OPENING_AFTER.finditer(body, start, end)]
        )
        words = body[cut:end].split()
        if not words or cut == s or not (1 <= len(words) <= 3) or not all(w.islower() for w in words):
            return end, []
        return trim(body, cut, end, " ")[0], words

    def _people_before_yang(self, s: int, end: int) -> tuple[int, int] | None:
        """People named by a noun right before a relative clause, as the object of a verb or preposition before
        them ("Zuhdi didatangi | lima pria | yang mengaku ...", "dihubungi | pelaku | yang mengatakan"): the
        clause's verb is theirs, not the sentence subject's (what they said must be more than a phrase: see
        ``RELATIVE_REPORT_WORDS``)."""
        at, words = self._object_before(s, end)
        if not words:
            return None  # (a noun opening the sentence is its subject: the sentence's own rules read it)
        counted = len(words) > 1 and (words[0] in NUMBER_WORDS or words[0] in ("para", "seorang"))
        head = words[1] if counted else words[0]  # "lima | pria", "para | pelaku"
        if not (group_word(head, self.lex) or head in self.lex.person_nouns):
            return None
        return at, end

    def _content_after_tail(self, cue_end: int, end: int) -> bool:
        """Whether a clause of content follows a verb of saying and a comma ("..., para pemimpin X dan Y
        menekankan, penolakan Z melanggar ..."), so the verb opens the statement instead of closing
        one; a time, a place or a manner phrase may follow a closing verb ("..., X menambahkan, saat
        ditemui di kantornya", "..., X menjelaskan, Senin (5/6)")."""
        rest = REST_AFTER_COMMA.match(self.body, cue_end, end)
        while rest is not None:
            first = rest.group(1).lower().strip("(")
            set_off = first in self.lex.circumstances or re.fullmatch(WEEKDAYS, rest.group(1)) or first[:1].isdigit()
            if not set_off:
                return len(self.body[rest.start(1) : end].split()) >= 4
            # the content may go on after the phrase set off ("..., X mengatakan, sebagai Ketua DPR, Y bertugas")
            rest = REST_AFTER_COMMA.match(self.body, rest.end(1), end)
        return False

    def _named_subject(self, start: int, end: int) -> bool:
        """A subject written as a name, a pronoun, a title or a group of people ("MKD", "ia", "satpam
        tersebut", "para ahli geologi"), not a noun phrase of things ("pengumuman keputusan X")."""
        words = self.body[start:end].split()
        if not words:
            return False
        # "para" and "kedua" open a group of people; not "kelompok ini lebih ...", "banyak yang ..."
        grouped = words[0].lower() in self.lex.pronouns or words[0].lower() in ("para", "kedua")
        return words[0][:1].isupper() or grouped or match_title(words, self.lex) > 0

    def _subordinate_subject(
        self, s: int, first: Cue, subj: tuple[int, int] | None
    ) -> tuple[tuple[int, int], Speaker] | None:
        """The own subject of the verb's subordinate clause, when a clause opener stands before the verb
        and the subject is written as a name, a pronoun, a title or a group and resolves to someone."""
        body = self.body
        if not any(w in self.lex.clause_openers for w in body[s : first.start].lower().split()):
            return None
        own = subject_before(body, s, first.start, self.entities, clauses=True)
        if own is None or own == subj or not self._named_subject(*own) or self._abstract_subject(*own):
            return None
        own_sp = self.speaker(*own)
        return (own, own_sp) if own_sp.type != "unknown" else None

    def _intended(self, v: Cue) -> bool:
        """Whether the verb follows a word of purpose ("untuk", "dalam rangka"): what someone sets out to do."""
        return INTENDED.search(self.body, max(0, v.start - 16), v.start) is not None

    def _clause_after_comma(self, pos: int, e: int, para: int, verbs: list[Cue], clause: bool) -> None:
        """Read the clause after the next comma as a sentence of its own when a verb of saying stands in
        it: the first verb's clause had no speaker ("Meski hasilnya menjanjikan, | para ahli menekankan
        bahwa ..."). One clause deep (``clause``: already reading one), so many commas stay linear."""
        comma = self.body.find(",", pos, e)
        if comma > 0 and any(v.start > comma for v in verbs) and not clause:
            self._indirect_sentence(comma + 1, e, para, clause=True)

    def _indirect_sentence(self, s: int, e: int, para: int, clause: bool = False) -> None:
        body = self.body
        # "..., kata X." / "..., katanya."
        m = self.tail_cue(s, e)
        own_verb = m is not None and any(c.cue.lower() in self.lex.report_verbs for c in self.cues(s, m.start))
        if m is not None and m.cue.lower() in RELAYING_CUES and own_verb:
            m = None  # "Putranya, X, mengatakan ..., lapor Malay Mail": the medium relays X's words
        tail = self._tail_speaker(m, s, e) if m is not None and self._terms_quoted_only(s, m.start, para) else None
        if m is not None and tail is not None:
            comma = body.rfind(",", s, m.start)
            self.add("indirect", (s, comma), para, tail, m.cue, (comma, e), "indirect_tail_cue")
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
            and VERBISH.search(tsv.group("subj")) is None  # "..., dia lebih senang menenggelamkan diri | menulis."
            and not self._content_after_tail(tsv.end("cue"), tsv.end())
        ):
            span = subject_span(body, tsv.start("subj"), tsv.end("subj"))
            if span is not None and all(DEGREE.match(w) for w in body[span[0] : span[1]].split()):
                # "..., dr. Surya Santosa, Sp.KO menyampaikan, ...": the degree closes the speaker's name
                span = subject_before(body, s, tsv.start("cue"), self.entities)
            if span is not None:
                sp = self.speaker(*span)
                if sp.type != "unknown":
                    cue = tsv.group("cue")
                    self.add("indirect", (s, tsv.start()), para, sp, cue, (tsv.start(), e), "indirect_tail_verb")
                    return
        mp = MENURUT_PRONOUN.match(body, s, e)
        if mp is not None:  # "Menurut dia kejadian itu ..., Kecamatan X terputus": no comma after the pronoun
            sp = self.speaker(mp.start(1), mp.end(1))
            if sp.type != "unknown":
                self.add("indirect", (mp.end(), e), para, sp, "menurut", (s, e), "indirect_menurut")
                return
        mm = self._menurut(s, e)
        if mm and mm.group(1).strip().lower() in FIRST_PERSON:
            return  # "Menurut saya, ...": the speaker's own view, inside the words they are quoted saying
        if mm and not opens_with_quote(body, mm.end(), e):  # 'Menurut X, "..."' is a direct quotation
            cited = body[mm.start(1) : mm.end(1)]
            named = self._name_after_rank(mm.end(), e)
            place = None if named is not None else self._place_set_off(mm.end(), e)
            if place is not None:  # "Menurut profesor di University of Stirling, | Skotlandia, | Craig Roberts, ..."
                named = self._name_after_rank(place, e)
            set_off = named is not None and body.startswith(",", named.start + len(named.name))
            titled = has_title(cited.split(), self.lex) or cited.split()[0].lower() in self.lex.title_words
            inside = self.entities.person_in(mm.start(1), mm.end(1))
            # a one-word "person" inside the role is a word of it ("Ahli Mesir Kuno"), not its holder, and so are
            # words after a title when a person is set off after them ("Kapolda | Metro Jaya, Irjen X, ...")
            role = titled and (inside is None or len(inside.tokens) < 2 or (set_off and inside.start > mm.start(1)))
            if set_off and role:
                # "Menurut Kepala BPS, Amalia Adininggar, inflasi ...": the name set off after the role speaks
                # ("Menurut Kasat Lantas X, AKBP Budi, ...": a rank before the name)
                sp = self.speaker(mm.start(1), named.start + len(named.name))
                content = trim(body, named.start + len(named.name) + 1, e, " ")[0]
                self.add("indirect", (content, e), para, sp, "menurut", (s, e), "indirect_menurut")
                return
            outlet = self._outlet_set_off(mm.start(1), mm.end(), e)
            if outlet is not None:
                # "Menurut kantor berita Iran, Tasnim, ...": the outlet's name set off after its description
                sp = self.speaker(outlet.start, outlet.end)
                if sp.code is None:  # the state the description names ("kantor berita Iran")
                    sp = replace(sp, code=self.speaker(mm.start(1), mm.end(1)).code)
                content = trim(body, outlet.end + 1, e, " ")[0]
                self.add("indirect", (content, e), para, sp, "menurut", (s, e), "indirect_menurut")
                return
            sp = self.speaker(mm.start(1), mm.end(1))
            first = cited.split(" ", 1)[0]
            if first.lower() in self.lex.records and (first[0].isupper() or (cited.islower() and sp.type == "unknown")):
                # "Menurut jadwal, ...", "menurut data terbaru", "Menurut Pasal 21 Ayat (4) KUHAP, ...", "Menurut
                # Peraturan Menteri X ...": a record, nobody who speaks (but "menurut laporan Diario AS": the outlet's)
                return
            person = sp.type == "person"
            content = self._past_role_set_off(mm.start(1), mm.end(1), mm.end(), e) if person else mm.end()
            self.add("indirect", (content, e), para, sp, "menurut", (s, e), "indirect_menurut")
            return
        lead = LEAD_ADVERBIAL.match(body, s, e)
        mn = MENURUTNYA.match(body, lead.end() if lead else s, e) or MENURUTNYA.match(body, s, e)
        if mn:
            self.add("indirect", (mn.end(), e), para, self.pronoun(mn.start()), "menurut", (s, e), "indirect_menurut")
            return
        mid = MID_MENURUT.search(body, s, e)
        if mid and self._terms_quoted_only(s, e, para):
            # "..., menurut pejabat setempat pada Rabu (5/11).": the time is no part of the source
            when = TRAILING_TIME.search(mid.group(1)) if mid.group(1) else None
            src_end = mid.start(1) + when.start() if when and when.start() > 0 else mid.end(1)
            sp = self.speaker(mid.start(1), src_end) if mid.group(1) else self.pronoun(mid.start())
            named = self._named_last(mid.end(), e) if mid.group(1) and body[mid.end() - 1] == "," else None
            if named is not None:
                # "..., menurut pemegang saham utama Jetstar, Qantas.": the name set off after the description
                sp = self.speaker(mid.start(1) if named.type == "person" else named.start, named.end)
            if sp.type != "unknown":
                self.add("indirect", (s, e), para, sp, "menurut", (s, e), "indirect_menurut")
                return
        dm = DEMIKIAN.search(body, s, e)
        if dm and self._terms_quoted_only(s, e, para):
            sp = self._medium_reporting(self.speaker(dm.start("src"), dm.end("src")), dm.start("src"))
            if sp.type != "unknown":
                self.add("indirect", (s, dm.start()), para, sp, "demikian", (dm.start(), e), "indirect_tail_cue")
                return
        reported = AS_REPORTED.search(body, s, e)
        # not "X mengatakan ..., seperti dilaporkan Y": the medium relays what X said
        own_verb = reported is not None and any(self._reports(v) for v in self.cues(s, reported.start()))
        if reported and not own_verb and self._terms_quoted_only(s, e, para):
            sp = self.speaker(reported.start("src"), reported.end("src"))
            if self._named(sp):
                cue = body[reported.start() : reported.start("src")].strip(" ,").split()[1]
                self.add("indirect", (s, reported.start()), para, sp, cue, (reported.start(), e), "indirect_tail_cue")
                return
        quoted = self.quote_spans(para)
        verbs = [v for v in self.cues(s, e) if self._reports(v) and not any(qs <= v.start < qe for qs, qe in quoted)]
        # "... untuk memastikan ...", "dalam rangka mendorong ...": what someone sets out to do, not what was
        # said (a demand after "guna" is still made: "berangkat ke Jakarta guna menuntut agar ...")
        verbs = [v for v in verbs if v.cue.lower() in DEMANDS or not self._intended(v)]
        verbs = [v for v in verbs if ATTEMPTED.search(body, max(0, v.start - 16), v.start) is None]
        lead = body[s : verbs[0].start] if verbs else ""
        fronted = FRONTED_CLAUSE.match(lead)  # "Meski belum mengungkap ..., pihaknya memastikan": no subject of its own
        bare = fronted is not None and all(w in MODALS or w in NEGATIONS for w in lead[fronted.end() :].lower().split())
        opening = bool(verbs) and (not lead.strip() or bare)
        if len(verbs) > 1 and opening and "," in body[verbs[0].end : verbs[1].start]:
            # "Menjawab harapan itu, X mengungkapkan ...", "Meskipun memastikan ..., Richard mengatakan ...":
            # an opening clause has no subject of its own
            verbs = verbs[1:]
        if not verbs:
            # "... diperkirakan membahas energi menurut warta kantor berita AFP.": no verb of saying, a medium last
            tail = None if mid else TAIL_MENURUT.search(body, s, e)
            if tail and self._terms_quoted_only(s, e, para):
                sp = self._medium_reporting(self.speaker(tail.start(1), tail.end(1)), tail.start(1))
                if sp.type != "unknown":
                    self.add("indirect", (s, tail.start()), para, sp, "menurut", (tail.start(), e), "indirect_menurut")
                    return
            source = None if mid or tail else self._source_inside(s, e)
            if source is not None and self._terms_quoted_only(s, e, para):
                sp = self.speaker(*source)
                if self._named(sp):
                    self.add("indirect", (s, e), para, sp, "menurut", (s, e), "indirect_menurut")
            return
        first = verbs[0]
        relative = self._relative_subject(s, first.start)
        if relative is None and self._thing_before_yang(s, first.start):
            return  # "menerima panggilan telepon yang mengabarkan ...": a thing's clause, nobody speaks
        people = relative is not None and body[relative[0]].islower()  # "pelaku yang mengatakan ..."
        said_end = CLAUSE_END.search(body, first.start) if people else None
        if said_end is not None and len(body[first.start : said_end.start()].split()) < RELATIVE_REPORT_WORDS:
            return  # "kriminalisasi terhadap warga yang menyampaikan aspirasi publik": people described
        # "X tidak menampik bahwa ...": a denial denied is an admission, and its subject ends before the "tidak"
        admits = NOT_BEFORE.search(body, max(s, first.start - 10), first.start)
        subject_end = admits.start() if admits is not None and first.cue.lower() in DENIALS else first.start
        subj = relative or subject_before(body, s, subject_end, self.entities)
        # the sentence's subject has a verb of its own before the relative clause's name ("Usman | menanggapi |
        # ucapan Presiden X yang mengatakan ..."): the text goes on about Usman
        own_verb = ACTIVE_VERB.search(body, s, relative[0]) if relative is not None else None
        topic = None
        if own_verb is not None:  # "Usman menanggapi ucapan X yang mengatakan": Usman is the topic
            main = subject_before(body, s, own_verb.start(), self.entities)
            topic = self.speaker(*main) if main is not None else UNKNOWN
        # "... kembali aktif usai MKD menyatakan bahwa ...": the verb's subordinate clause has its own subject
        own_clause = self._subordinate_subject(s, first, subj) if relative is None else None
        abstract = subj is not None and not first.cue.lower().startswith("di") and self._abstract_subject(*subj)
        if abstract and own_clause is None:
            # "Kehadiran Presiden Prabowo pada KTT ini menegaskan komitmen ...": no one speaks; a clause
            # after a comma may have a speaker of its own ("Meski hasilnya menjanjikan, para ahli menekankan")
            self._clause_after_comma(first.end, e, para, verbs, clause)
            return
        if subj is not None and ASKED.search(body, subj[0], subj[1]):
            return  # "Peternak juga diminta melaporkan ...": what they are asked to do, nobody speaks
        if REFUSED.search(body, max(s, first.start - 30), first.start):
            return  # "Microsoft menolak berkomentar", "Jokowi tidak mau menjawab": a refusal to speak, nothing said
        sp = self.speaker(*subj) if subj is not None else UNKNOWN
        if own_clause is not None:
            subj, sp = own_clause
        if sp.type == "unknown" and BUT_THEN.search(body, max(s, first.start - 20), first.start):
            # "Nova menyadari tantangan itu, tetapi menilai ...": the second verb shares the first's subject
            own_verb = VERBISH.search(body, s, first.start)
            subj = subject_span(body, s, own_verb.start()) if own_verb and own_verb.start() > s else None
            named = subj is not None and (
                self.entities.person_in(*subj) is not None
                or self.lex.pronouns.get(body[subj[0] : subj[1]].lower()) in ("person", "actor")
            )
            sp = self.speaker(*subj) if subj is not None and named else UNKNOWN  # a named person, or "ia"
        purpose = first.cue.lower() in DEMANDS and PURPOSE.search(body, max(s, first.start - 12), first.start)
        if sp.type == "unknown" and purpose:
            # "Puluhan petani ..., Jawa Tengah, berangkat ke Jakarta ... guna menuntut agar ...": the
            # demand is the sentence subject's, several verbs back
            own_verb = VERBISH.search(body, s, first.start)
            before = own_verb is not None and own_verb.start() > s
            subj = subject_before(body, s, own_verb.start(), self.entities) if before else None
            sp = self.speaker(*subj) if subj is not None else UNKNOWN
            sp = sp if sp.type in ("person", "group", "organization", "country") else UNKNOWN
        if sp.type == "unknown" and not described(sp):
            # '"...," ucap X, sembari menegaskan ...': the quotation's speaker goes on speaking
            quoted_here = [st for st in self.out if s <= st.start < e and st.speaker.name]
            if not (quoted_here and ACCOMPANYING.search(body, max(s, first.start - 12), first.start)):
                self._clause_after_comma(first.end, e, para, verbs, clause)
                return
            sp = quoted_here[-1].speaker
        chain = [first]
        ends: list[int] = []  # where the report of each verb of the chain but the last ends
        for v in verbs[1:]:
            # the joining word ends the gap (read at its end only: a long sentence of many verbs stays linear)
            reach = max(chain[-1].end, v.start - JOIN_REACH)
            joined = JOINED.search(body, reach, v.start)
            by_pronoun = None if joined else self._joined_by_pronoun(reach, v.start, sp)
            if joined is None and by_pronoun is None:
                continue
            gap = body[chain[-1].end : v.start]
            if QUOTE_MARKS.search(gap) or CHAIN_BREAK.search(gap):
                break  # every later gap from the same verb holds it too
            chain.append(v)
            ends.append(by_pronoun.start() if by_pronoun else v.start)  # ", namun ia" is no part of the report
        contrasted = None if clause else self._contrasted_clause(s, first, chain, verbs, e)
        first_end = e
        if contrasted is not None:  # "Walau X berharap A, Y memastikan B": X's report ends at the comma, Y's is its own
            first_end = contrasted
            chain = [v for v in chain if v.start < contrasted]
            ends = ends[: len(chain) - 1]
        relatives = [x.start for x in verbs if self._relative_clause(s, x.start)]  # verbs right after "yang"
        inner: Speaker | None = None  # the own subject of the clause reported before a verb of the chain
        reported_at = s  # where the last verb's report starts
        for k, v in enumerate(chain):
            if k:  # "Siti mengungkapkan, ER tidak menerima ... dan menyatakan ...": the second verb is ER's
                inner = self._inner_subject(reported_at, v.start, sp)
            c_start = v.end
            c_end = ends[k] if k < len(ends) else first_end
            # (not the "bahwa" of a verb of saying in a relative clause later: "... X yang menyebut bahwa ...")
            later = bisect_right(relatives, v.end)
            relative_verb = relatives[later] if later < len(relatives) else c_end
            bahwa = BAHWA.search(body, c_start, min(c_end, c_start + 200, relative_verb))
            if bahwa and CLAIM_BEFORE.search(body, max(c_start, bahwa.start() - 12), bahwa.start()):
                bahwa = None
            if bahwa and not QUOTE_MARKS.search(body, c_start, bahwa.start()):
                c_start = bahwa.end()
            else:
                skip = KEPADA_SKIP.match(body, c_start, c_end)
                if skip:
                    c_start = skip.end()
            c_start, c_end = trim(body, c_start, c_end, " \t,;:.")
            c_end = re.sub(r"(?:,?\s*(?:dan|serta))$", "", body[c_start:c_end]).__len__() + c_start
            reported_at = c_start
            if opens_with_quote(body, c_start, c_end) and not (
                self._quoted_phrase_at(c_start, para) and self._named(sp)
            ):
                continue  # a quotation: the direct rules have it; not 'bahwa "Negeri Paman Sam" mengutuk ...'
            if len(WORD.findall(body[c_start:c_end])) < 2 or _outlet_and_day(body, c_start, c_end):
                continue
            if v.cue.lower() in RECOGNISING and self._recognised(c_start, c_end):
                continue  # "Macron akan mengakui negara Palestina": recognising a state is an act (a stance)
            rule = "indirect_verb"
            if relative is not None and k == 0:
                if self._names_its_speaker(sp, c_start, c_end):
                    continue  # "surat kepada Ketua MK X, yang meminta kesediaan X untuk mundur": the letter asks
                rule = "indirect_embedded" if own_verb is not None else "indirect_relative"
            if inner is not None:
                self.add("indirect", (c_start, c_end), para, inner, v.cue, (s, e), "indirect_nested")
                continue
            self.add("indirect", (c_start, c_end), para, sp, v.cue, (s, e), rule, topic if k == 0 else None)
        if contrasted is not None:
            self._indirect_sentence(contrasted + 1, e, para, clause=True)
            return
        self._relative_reports(s, e, para, [v for v in verbs if v not in chain and v.start > first.end], sp)

    def _contrasted_clause(self, s: int, first: Cue, chain: list[Cue], verbs: list[Cue], e: int) -> int | None:
        """The comma before a main clause with a subject and a verb of saying of its own, set against the
        first verb's clause: a concession before it ("Walau X berharap A, | Y memastikan B") or a contrast
        at it ("X berharap A, | sedangkan Y memastikan B"); the first report ends there. Not a report right
        after the first verb ("X mengatakan, Y menegaskan B": X reports Y's words, a nested report)."""
        body = self.body
        conceded = CONCESSION.match(body, s, first.start) is not None
        for v in verbs:
            if v.start <= first.end or v in chain:
                continue
            m = CONTRASTED_SUBJECT.search(body, max(first.end, v.start - 90), v.start)
            if m is None or not (conceded or m["conj"]) or len(WORD.findall(body, first.end, m.start())) < 2:
                continue
            at = m.start("subj")
            named = [x for x in self.entities.mentions_in(at, m.end("subj")) if x.start == at]
            if named and named[0].type in ("person", "organization", "state") and named[0].end == m.end("subj"):
                return m.start()
        return None

    def _relative_reports(self, s: int, e: int, para: int, later: list[Cue], topic: Speaker) -> None:
        """A verb of saying later in the sentence, in a relative clause after a person, a body or a group, reports what
        that one said (", ... menanggapi X yang menyebut Google menolak diperiksa ...": X's statement too, beside
        the sentence subject's, who stays the one a pronoun after it points to: ``topic``)."""
        body = self.body
        for v in later:
            relative = self._relative_subject(s, v.start)
            sp = self.speaker(*relative) if relative is not None else UNKNOWN
            if not self._named(sp):
                continue
            c_start = trim(body, v.end, e, " ")[0]
            bahwa = BAHWA.match(body, c_start, e)
            c_start, c_end = trim(body, bahwa.end() if bahwa else c_start, e, " \t,;:.")
            if opens_with_quote(body, c_start, c_end) or len(WORD.findall(body, c_start, min(c_end, c_start + 80))) < 2:
                continue
            if self._names_its_speaker(sp, c_start, c_end):
                continue  # "surat kepada Ketua MK X, yang meminta kesediaan X untuk mundur": the letter asks, not X
            # (where and through what the sentence's subject spoke is no part of this one's report: ``ctx`` is the verb)
            self.add("indirect", (c_start, c_end), para, sp, v.cue, (v.start, v.end), "indirect_embedded", topic)

    def _names_its_speaker(self, sp: Speaker, start: int, end: int) -> bool:
        """Whether a report names the person said to speak it as whom it is about (one would write "dirinya"):
        the relative clause is about something else before that person ("surat kepada X, yang meminta X ...")."""
        if sp.type != "person" or not sp.name:
            return False
        named = (self.entities.person_at(m.start) for m in self.entities.mentions_in(start, end, "person"))
        return any((self.entities.fullest(p.name) or p).name == sp.name for p in named if p is not None)

    def _recognised(self, start: int, end: int) -> bool:
        """Whether what follows a verb of recognising is a state, a body or a place, and only what it is
        recognised as ("mengakui negara Palestina.", "mengakui Yerusalem sebagai ibu kota"), not a clause
        ("mengakui X memang menjadi model ...": an admission)."""
        at = RECOGNISED.match(self.body, start, end).end()
        named = [m for m in self.entities.mentions_in(at, end) if m.start == at and m.type != "person"]
        return bool(named) and RECOGNISED_AS.match(self.body, named[0].end, end) is not None


# one capitalised word, then the day: '"...," ujar X menjawab | Kompas.com, Sabtu (1/11/2025).'
WORD_AND_DAY = re.compile(rf"([A-Z][\w.-]*),?\s+(?:{WEEKDAYS})\b[^,;]*")


def _outlet_and_day(body: str, start: int, end: int) -> bool:
    """Whether a report is only a news outlet (a web address or an agency's name) and the day: no content."""
    m = WORD_AND_DAY.fullmatch(body, start, end)
    outlet = m.group(1).lower() if m else ""
    return outlet.endswith((".com", ".id")) or outlet in agency_names()


def _no_speaker(body: str, start: int, end: int) -> bool:
    """Whether the lower-case words after a cue are no speaker: a clause (a verb after the first word:
    "kata wayang berasal dari ..."), or one adverb or verb ("..., tutup lagi dengan ...", "..., ujar
    menguat"), unlike a noun ("kata pejabat", "ungkap kantornya")."""
    first = body.find(" ", start, end)
    if first < 0:
        word = body[start:end].lower()
        return word in MODALS or VERBISH.fullmatch(word.split("-")[0]) is not None  # "harap berhati-hati"
    return (VERBISH.search(body, first, end) or PASSIVE_VERB.search(body, first, end)) is not None
