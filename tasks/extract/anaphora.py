"""Whom words pointing back stand for: pronouns, role phrases, epithets and relation nouns.

"Ia", "dia" and "-nya" point back to the person who spoke last, else the last person named (never a
place, a room or a medium); a role phrase closed by a demonstrative ("Anggota Komisi II DPR ini") to
the person named before with that role; an epithet ("pelatih asal Belanda itu") to the person whose
role holds its head; "mereka" to the last organisation or group named, or a pair of names; and a
relation noun before a name ("kuasa hukum X", "ayah X") to someone else than X. ``mentions.resolve``
calls these for the attributions it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tasks.clean import agency_names
from tasks.extract.document import Document, Person, per_people_known
from tasks.extract.lang import Lexicon
from tasks.extract.speaker import Speaker
from tasks.extract.subjects import VERBISH
from tasks.extract.vocab import (
    DEMONSTRATIVES,
    GROUP_STOP,
    MODALS,
    NAME_NOTE,
    PLURAL_OPENERS,
    actor_in,
    full_title_words,
    name_suffix,
)


def same_person(person: Person, speaker: Speaker | None) -> bool:
    """Whether ``speaker`` names ``person`` (every word of the person's name is one of the speaker's: "Nafa"
    and "Nafa Urbach"): whom a word pointing back means is then written as that speaker is."""
    return speaker is not None and bool(speaker.name) and set(person.tokens) <= set(speaker.name.split())


def role_anaphor(written: str, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """A role phrase pointing back ("Anggota Komisi II DPR ini"): the person named earlier whose
    role shares most words with it, else the person the text was last about."""
    want = {w.lower() for w in written.split() if w[:1].isupper() and w.lower() not in DEMONSTRATIVES}
    best, best_overlap = None, 0
    for p in entities.people:
        if p.start >= at or not p.role:
            continue
        overlap = len(want & {w.lower() for w in p.role.split()})
        if overlap >= best_overlap and overlap > 0:
            best, best_overlap = p, overlap
    if best is not None:
        person = entities.fullest(best.name) or best
        return Speaker(written, person.name, "person", best.role, best.code)
    return pointing_back(written, entities, at, previous)


# a role told by who the person is rather than by name ("pelatih asal Belanda itu", "kiper berumur 28
# tahun", "pemain kelahiran Funchal", "pria kelahiran Pato Branco": a place of two words is no name):
# the article named that person before
EPITHET = re.compile(
    r"(?:[Ss]ang\s+)?(?P<head>[a-z][\w-]+)\s+(?:(?:asal|kelahiran)\s+\S+(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|(?:berusia\s+|berumur\s+)?\d{1,3}\s+tahun)"
    r"(?:\s+(?:itu|ini|tersebut))?$"
)


def epithet_holder(written: str, head: str, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """The person an epithet stands for: the last one named before it with the epithet's head in their
    role ("Kiper tim tamu, Joni Saputra" for "kiper berumur 28 tahun"), else whom the text was about."""
    for p in reversed(entities.people):
        if p.start < at and p.role and head in p.role.lower().split():
            person = entities.fullest(p.name) or p
            return Speaker(written, person.name, "person", p.role, p.code or person.code)
    return pointing_back(written, entities, at, previous)


def pointing_back(written: str, entities: Document, at: int, previous: Speaker | None) -> Speaker:
    """Whom a word pointing back means: the person who spoke last, else the last person named
    (only persons: never a place, a room or a medium; nobody when that person is one of a list of
    persons); but after a subordinate clause opening its sentence with a person as its subject, that
    person (see ``clause_subject``)."""
    subject = clause_subject(entities, at) or subject_just_before(entities, at)
    if subject is not None and not same_person(subject, previous):
        full = entities.fullest(subject.name) or subject
        return Speaker(written, full.name, "person", subject.role or full.role, subject.code or full.code)
    if previous is not None and previous.type == "person" and previous.name:
        return Speaker(written, previous.name, "person", previous.role, previous.code)
    person = entities.last_person(at)
    if person is not None and listed_with_others(entities, person):
        return Speaker(written, None, "unknown")  # one of "A (20), B (16), dan C (19)": which one, nobody says
    if person is not None:
        full = entities.fullest(person.name) or person  # "Stiller" named alone points to "Ben Stiller"
        return Speaker(written, full.name, "person", person.role or full.role, person.code or full.code)
    return Speaker(written, None, "unknown")


LIST_REACH = 12  # names read either side of one for the list it stands in (a list of thousands stays linear)
# ", ", " dan ", ", dan ", after an age or a note in brackets too ("A (20), B (16), dan C (19)")
LIST_JOIN = re.compile(rf"(?:\s*{NAME_NOTE})?\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)")


def listed_with_others(entities: Document, p: Person) -> bool:
    """Whether a person is named in a list of people: names joined by commas and "dan"/"serta" ("yakni A,
    B, dan C"; not a name set off by commas after another, "Pakar X Vaksin.com, Alfons T., bilang")."""
    people, body = entities.people, entities.body
    i = bisect_left(people, p.start, key=lambda q: q.start)
    joins = []
    for k in range(i, max(0, i - LIST_REACH), -1):  # the names joined before it
        gap = LIST_JOIN.fullmatch(body, people[k - 1].start + len(people[k - 1].name), people[k].start)
        if gap is None:
            break
        joins.append(gap.group())
    for k in range(i, min(len(people) - 1, i + LIST_REACH)):  # and after it
        gap = LIST_JOIN.fullmatch(body, people[k].start + len(people[k].name), people[k + 1].start)
        if gap is None:
            break
        joins.append(gap.group())
    return any("dan" in j or "serta" in j for j in joins)


def clause_subject(entities: Document, at: int) -> Person | None:
    """The person a subordinate clause opening the sentence names as its subject, right after its
    conjunction, when the word pointing back at ``at`` follows the clause's comma: "Ketika Rahmat
    menandatangani izin itu, ia berjanji ..." (Rahmat, whoever spoke last). Not a person the clause
    names later ("Setelah bertemu Rahmat, ia ...": the clause's subject is the one pointed to)."""
    start, _ = entities.sentence_of(at)
    opener = CLAUSE_OPENER.match(entities.body, start, at)
    if opener is None or opener.group(1).lower() not in entities.lex.clause_openers:
        return None
    people = entities.people  # in text order
    i = bisect_left(people, opener.end(), key=lambda p: p.start)
    if i == len(people) or people[i].start != opener.end() or people[i].start >= at:
        return None
    subject = people[i]
    comma = entities.body.find(",", subject.start + len(subject.name), at)
    return subject if comma != -1 and entities.body[comma:at].count(",") == 1 else None


CLAUSE_OPENER = re.compile(r"(\w+) ")
MID_CUE = re.compile(r",\s+(\w+)\s+[A-Z][\w'’-]*,")  # ", kata Agus,": a cue set off inside a sentence
QUOTE_MARK = re.compile(r"[\"“”]")


def subject_just_before(entities: Document, at: int) -> Person | None:
    """The person the sentence right before, in the same paragraph, opens with as its subject (alone or
    after their role), when the word pointing back opens its own sentence: "Senator X mengkritik keras
    kebijakan itu. | Ia menyebut ..." is X, whoever spoke last in an earlier paragraph. Up to
    ``NARRATIVE_BACK`` sentences of narrative naming nobody may stand between."""
    sentences = entities.sentences  # (start, end, paragraph), in text order
    k = bisect_left(sentences, at + 1, key=lambda x: x[0]) - 1
    # ("Menurut|nya, ...": the pronoun glued to "menurut" opening the sentence opens it too)
    glued = k >= 1 and entities.body[sentences[k][0] : at].strip(" ,").lower() in ("menurut", "menurutnya")
    if k < 1 or not (glued or fronted(entities, sentences[k][0], at)):
        return None
    people = entities.people  # in text order
    for j in range(k - 1, max(-1, k - 1 - NARRATIVE_BACK), -1):
        before_start, before_end, paragraph = sentences[j]
        # across a paragraph break, only from a paragraph of narrative, no quotation in it ("Teco ... | Ia ...")
        quoted = QUOTE_MARK.search(entities.body, before_start, before_end) is not None
        if paragraph != sentences[j + 1][2] and (paragraph != sentences[j + 1][2] - 1 or quoted):
            return None
        i = bisect_left(people, before_start, key=lambda p: p.start)
        if i < len(people) and people[i].start < before_end:
            break
        if quoted:
            return None
        # a sentence of narrative naming nobody ("Selain itu, bantuan itu sangat membantu.") is passed over, back
        # to the person the text turned to ("Kepala Sekolah X, Y, mengapresiasi ... | ... | Dia ...")
    else:
        return None
    across = paragraph != sentences[j + 1][2] or j < k - 1
    return _sentence_subject(entities, before_start, before_end, i, across)


def _sentence_subject(entities: Document, before_start: int, before_end: int, i: int, across: bool) -> Person | None:
    """The person opening the sentence ``body[before_start:before_end]`` as its subject (alone, after their role
    or a description, after a phrase set off); ``i``: the index of the sentence's first person in ``people``;
    ``across``: read from a paragraph before or across sentences, where only a person's name is taken."""
    people = entities.people
    for cue in MID_CUE.finditer(entities.body, before_start, before_end):
        if cue.group(1).lower() in entities.lex.quote_cues:
            return None  # "Presiden X sendiri, kata Agus, menargetkan ...": Agus's report, X is no topic of his
    comma = entities.body.find(",", before_start, before_end)
    if comma > 0 and people[i].start < comma and fronted(entities, before_start, comma + 1):
        # "Berbeda dengan Sarah dan Gea, | Daniel ... lebih senang ...": the subject after the phrase set off
        i = bisect_left(people, comma, key=lambda p: p.start)
        if i == len(people) or people[i].start >= before_end:
            return None
    first = people[i]
    then = people[i + 1] if i + 1 < len(people) else None
    if then is not None and entities.body[first.start + len(first.name) : then.start] in (", ", " "):
        # "Kepala Kejaksaan Negeri X, | Budi Santoso, ...": the name set off after the role; "Juru bicara Duterte |
        # Harry Roque": whose spokesman, then the spokesman
        first = then
    elif entities.lex.pronouns.get(first.name.lower().removesuffix("pun")):
        return None  # "Iapun mengakui ...": a pronoun the tagger took for a name
    if across:
        fullest = entities.fullest(first.name) or first
        if entities.is_common_word(fullest.tokens[0].lower()):
            return None  # "Whoosh" of "Kereta Cepat Whoosh" typed a person: across paragraphs, only a person's name
    lead = entities.body[before_start : first.start].strip(" ,")
    comma = entities.body.find(",", before_start, first.start)
    if comma > 0 and fronted(entities, before_start, comma + 1):
        lead = entities.body[comma + 1 : first.start].strip()  # "Dalam kesempatan itu, | pemengaruh X ...": X's role
    if not lead or lead == first.role or fronted(entities, before_start, first.start):
        return first
    if _agent_of_saying(lead, entities.lex):
        return first  # "Janji serupa diungkapkan personel lainnya, X. | Dia ...": who said it is the topic now
    set_off = entities.body[before_start : first.start].rstrip().endswith(",")
    return first if set_off and _described_before(lead, entities.lex) else None


def _agent_of_saying(lead: str, lex: Lexicon) -> bool:
    """Whether the words before a sentence's first person end with a passive verb of saying and the
    person's description, so that the person is its agent: "Hal itu disampaikan (oleh) pemain lainnya, | X"."""
    said = PASSIVE_SAID.search(lead)
    if said is None or said.group(1).lower() not in lex.passive_verbs:
        return False
    return all(w.islower() for w in lead[said.end() :].replace(",", " ").split())


# a passive verb of saying, then at most a few words describing its agent ("oleh", a role in lower case)
PASSIVE_SAID = re.compile(r"\b(di[a-z]+)(?=(?:[\s,]+[\w-]+){0,5}[\s,]*$)")


def topic_since(entities: Document, since: int, at: int) -> Person | None:
    """The person the narrative turned to after ``since`` (where the last statement ended) and before the
    sentence holding ``at``: the subject opening the last sentence of narrative that names a person, up to
    ``TOPIC_BACK`` sentences back ("Senada, Ines Haddad dari X menilai ... | "...," ujar Haddad": Ines, not
    the Haddad who spoke before). ``statements._newcomer`` reads pronouns once all statements are known."""
    sentences = entities.sentences
    k = bisect_left(sentences, at + 1, key=lambda x: x[0]) - 1
    people = entities.people
    for j in range(k - 1, max(-1, k - 1 - TOPIC_BACK), -1):
        start, end, _ = sentences[j]
        if start < since:
            return None
        if QUOTE_MARK.search(entities.body, start, end):
            continue  # speech (the quotation being attributed too: "Tentu saja, Izhan ...," ujar X), no narrative
        i = bisect_left(people, start, key=lambda p: p.start)
        if i < len(people) and people[i].start < end:
            return _sentence_subject(entities, start, end, i, True)
    return None


DESCRIPTION_WORDS = 4
NARRATIVE_BACK = 3  # sentences read back for the subject a pointing word opening its sentence stands for
TOPIC_BACK = 6  # sentences of narrative read back, since the last statement, for the person the text turned to


def _described_before(lead: str, lex: Lexicon) -> bool:
    """Whether the words opening a sentence before its first person, set off from the name by a comma, are a
    short description of that person in lower case, no verb, no preposition ("Sang rapper, | Minho, juga
    mengiyakan ..."): the person is still the sentence's subject."""
    words = lead.split()
    first = words[0].lower()
    return (
        len(words) <= DESCRIPTION_WORDS
        and all(w[:1].islower() for w in words[1:])
        and first not in lex.prepositions
        and first not in lex.circumstances
        and first not in lex.openers
        and VERBISH.search(lead) is None
    )


def fronted(entities: Document, start: int, at: int) -> bool:
    """Whether nothing but a phrase set off by a comma and opened by a function word stands between a
    sentence's start and ``at``: "Meski begitu, | Altman ...", "Dalam wawancara itu, | ia ..."."""
    lead = entities.body[start:at]
    if not lead.strip():
        return True
    words = lead.split()
    return (
        lead.rstrip().endswith(",")
        and lead.count(",") == 1
        and len(words) <= FRONTED_WORDS
        and words[0].lower() in entities.lex.openers
    )


FRONTED_WORDS = 6


STOP_ROLE_WORDS = frozenset(
    {"untuk", "dari", "di", "urusan", "bidang", "senior", "pemerintah", "negara", "itu", "ini", "dan", "serta"}
)


@per_people_known
def role_holder(entities: Document, description: str) -> Person | None:
    """The person the article named with this role: same title and same state or organisation
    ("wakil duta besar Pyongyang untuk PBB" -> the deputy ambassador of North Korea named before). Read
    once per role and people known: every attribution with the role asks again."""
    lex = entities.lex
    words = full_title_words(description, lex)
    want = set(words) - STOP_ROLE_WORDS
    actor = actor_in(description, lex)
    best, best_score = None, 1
    for p in entities.people:
        if not p.role:
            continue
        have = set(full_title_words(p.role, lex)) - STOP_ROLE_WORDS
        same_state = actor is not None and p.code == actor.code
        score = len(want & have) + (2 if same_state else 0)
        shared = len(want & have)  # same title, and most words of the shorter of the two roles
        if score > best_score and shared >= 2 and 2 * shared > min(len(want), len(have)) and words[0] in have:
            best, best_score = p, score
    if best is None and words and words[0] in lex.envoys and actor is not None and actor.code:
        return _envoy_of(actor.code, entities, lex)
    if best is None:
        return None
    return entities.fullest(best.name) or best


def _envoy_of(code: str, entities: Document, lex: Lexicon) -> Person | None:
    """The one person the article named in a diplomatic post of the state ``code`` ("Utusan Norwegia" after
    "Duta Besar Norwegia untuk PBB, X"); nobody when it named none or several (two envoys: no guess)."""
    posts = lex.diplomatic_posts
    posted = [p for p in entities.people if p.role and p.code == code and posts & set(full_title_words(p.role, lex))]
    found = {(full := entities.fullest(p.name) or p).name: full for p in posted}
    return next(iter(found.values())) if len(found) == 1 else None


ATTRIBUTION_REST = re.compile(r"[^.,;:\"“”]{0,60}")  # what follows a speaker's phrase up to the attribution's end


SET_OFF = re.compile(r",\s+")  # the relative's own name set off after the relation: "ayah Budi, | Suharto"


def relative_of(
    written: str, relation: str, tagged: Person, entities: Document, previous: Speaker | None, span: tuple[int, int]
) -> Speaker:
    """Who speaks in an attribution naming someone by their relation to a person ("ujar kuasa hukum
    Budi", "kata ayah Rina", "keluarga Rina mengatakan"): a group for a group's relation; else the
    person the article gives that relation to the named one (their role holds the relation and the
    name), else one named before with the same family name ("ayah Elon Musk": Errol Musk); else,
    with a demonstrative closing the attribution (``span``: the phrase in the body; "mantan asisten
    Shin di tim itu"), whom the text was about; else nobody named."""
    named = entities.fullest(tagged.name) or tagged
    if relation in entities.lex.relation_groups:  # "menurut informasi dari keluarga Wahyu": the family
        at = written.lower().rfind(relation)
        return Speaker(written, written[at:] if at >= 0 else written, "group")
    index = entities.related_by_name(relation)
    candidates = sorted({id(p): p for t in named.tokens for p in index.get(t, [])}.values(), key=lambda p: p.start)
    for p in candidates:
        full = entities.fullest(p.name) or p
        if full.name != named.name:
            return Speaker(written, full.name, "person", full.role, full.code)  # "Kuasa hukum Budi, Rudi Hartono"
    set_off = SET_OFF.match(entities.body, span[1])
    relative = entities.person_at(set_off.end()) if set_off else None
    if relative is not None and relative.name != named.name:
        full = entities.fullest(relative.name) or relative
        return Speaker(written, full.name, "person", full.role, full.code)  # "kata ayah Budi, Suharto Wiyono"
    family = " " + named.name.split()[-1] if " " in named.name else None
    for p in reversed(entities.people):  # the full name is a mention of its own ("Errol Musk", then "Errol")
        if family and p.start < span[0] and p.name.endswith(family) and p.name != named.name:
            full = entities.fullest(p.name) or p
            if full.name != named.name:
                return Speaker(written, full.name, "person", full.role, full.code)  # "ayah Elon Musk": Errol Musk
    closing = ATTRIBUTION_REST.match(entities.body, span[1])
    rest = (written + (closing.group() if closing else "")).lower().split()
    if rest and rest[-1] in DEMONSTRATIVES:
        back = pointing_back(written, entities, span[0], previous)
        if back.name != named.name:
            return back
    return Speaker(written, None, "unknown", relation)  # someone the article describes and does not name


SLASH_PAIR = re.compile(r"(?<![\w/])([A-Z][a-z][\w'’-]*)/([A-Z][a-z][\w'’-]*)(?![\w/])")  # "Fajar/Rian"
GROUP_PAIR = re.compile(
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?:dan|maupun) (istrinya|suaminya|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
)  # "Maduro dan istrinya", "Baik Sinta maupun Rini"


# a group named by a plural or a counting word: "para pedagang", "sejumlah warga Bekasi"
# (the head noun comes first: "para pedagang resah" are traders; "para mantan diplomat" diplomats)
PLURAL_OPENING = "|".join(w.capitalize() + "|" + w for w in sorted(PLURAL_OPENERS))  # "Para", "para", ...
PLURAL_GROUP = re.compile(rf"\b(?:{PLURAL_OPENING})\s+(?:(?:mantan|eks)\s+)?[a-z][\w-]+")
AND_BETWEEN = re.compile(r" (?:dan|serta) ")  # two bodies named together
THOSE_WHO = re.compile(r"\s+yang\b")  # "mereka yang digugat": those who, pointing back to nobody
# a verb or a preposition: what follows it in the sentence is no subject
PAST_THE_VERB = re.compile(
    r"(?<![\w-])(?:me[a-z]{2,}|ber[a-z]{2,}|di[a-z]{3,}|ke|dari|di|dengan|kepada|oleh|untuk|terhadap|antara|pada)\b"
)


def plural_antecedent(entities: Document, at: int) -> tuple[str, str] | None:
    """What "mereka" stands for: the organisation, plural group ("para pedagang") or group's title
    ("Keluarga", "warga") named in its sentence or the one before (also across a paragraph's break),
    the last one named before a verb or a preposition (a subject, not "... mengadu ke Dinas X"), else
    the last one, with its speaker type."""
    body, lex = entities.body, entities.lex
    sentence_start = entities.sentence_of(at)[0]
    before = len(body[:sentence_start].rstrip())  # the sentence before, across a paragraph's break
    start = entities.sentence_of(max(0, before - 1))[0] if before else 0
    found: list[tuple[int, str, str]] = []
    last_end = -1
    for m in entities.mentions_in(start, at, "organization"):
        name = body[m.start : m.end]
        if name.lower() not in agency_names() and not name.lower().endswith(".com"):
            if found and found[-1][2] == "organization" and AND_BETWEEN.fullmatch(body, last_end, m.start):
                # "KBRI Tokyo dan KJRI Osaka ... Mereka": both bodies
                found[-1] = (found[-1][0], body[found[-1][0] : m.end], "organization")
            else:
                found.append((m.start, name, "organization"))
            last_end = m.end
    found += [(g.start(), g.group(), "group") for g in PLURAL_GROUP.finditer(body, start, at)]
    inner: list[tuple[int, str, str]] = []  # group titles inside a sentence: only as its subject
    for ws, we, w in entities.words.between(start, at):
        if lex.titles.get(w) != "group" or any(f[0] <= ws < f[0] + len(f[1]) for f in found):
            continue
        # a group's title opening its sentence: "Keluarga merasa ...", "Warga menolak ..."; or the subject of
        # a clause inside it: "Selain faktor eksternal, pelaku usaha juga mencermati ..."
        if entities.sentence_of(ws)[0] == ws:
            found.append((ws, body[ws:we], "group"))
        else:
            inner.append((ws, _group_words(body, ws, we), "group"))
    # a subject before the others ("Warga Dukuh X, Desa Y, ... Mereka"), else the last named
    subjects = [f for f in found + inner if not PAST_THE_VERB.search(body, entities.sentence_of(f[0])[0], f[0])]
    if not subjects and not found:
        return None
    _, name, kind = max(subjects or found)
    return name, kind


def _group_words(body: str, start: int, end: int) -> str:
    """A group's title with the noun after it that says which ("pelaku usaha"), not a verb, an adverb or
    a name."""
    after = GROUP_NOUN_AFTER.match(body, end)
    if after is None or after.group(1) in MODALS or after.group(1) in GROUP_STOP:
        return body[start:end]
    return body[start : after.end()]


GROUP_NOUN_AFTER = re.compile(r" (?!(?:me|ber|di|ter|se)[a-z])([a-z]+)\b")


def group_antecedent(entities: Document, at: int) -> str | None:
    """The last "X dan Y" pair of names before ``at`` ("Maduro dan istrinya"); not an institution's name
    with "dan" in it ("Perlindungan Konsumen dan Tertib Niaga Kementerian Perdagangan")."""
    window = entities.body[max(0, at - 600) : at]
    best, best_at = None, -1
    for m in GROUP_PAIR.finditer(window):
        head = m.group(1).split()
        head = head[1:] if len(head) > 1 and head[0] == "Baik" else head  # "Baik Sinta maupun Rini"
        cut = name_suffix(head, entities.lex)
        if cut < len(head) and not any(w.lower() in entities.lex.office_words for w in m.group(2).split()):
            best, best_at = " ".join(head[cut:]) + " dan " + m.group(2), m.start()  # "baik X maupun Y": X and Y
    for m in SLASH_PAIR.finditer(window):
        # "Fajar/Rian", a pair of players written with a slash; not "Kabupaten/Kota", "Bapak/Ibu"
        if m.start() > best_at and not any(entities.is_lexicon_word(w) or _common(w, entities) for w in m.groups()):
            best, best_at = m.group(), m.start()
    return best


def _common(word: str, entities: Document) -> bool:
    return entities.is_common_word(word.lower()) or word.lower() in entities.lex.title_words
