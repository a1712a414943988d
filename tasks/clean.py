"""Body cleaning and credit lines: dateline, agency, editor, copyright and wire codes.

Pure functions. ``clean_article`` turns a decoded text into a body (paragraphs joined by a blank
line) plus the metadata found in its first and last lines. Every rule here is named by the
pattern it removes; nothing is removed from the middle of the article.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

DASH = r"[-\u2013\u2014]+"

# "Kota Meksiko (KABARIN) - ", "Kuala Lumpur, (AntaraKL) - ", "Jakarta (ANTARA News) -"
PAREN_DATELINE = re.compile(
    r"^(?P<dateline>[^\s()\"“”][^()\n\"“”]{0,79}?)\s*,?\s*\((?P<agency>[A-Za-z][\w .]{1,30}?)\)\s*" + DASH + r"\s*"
)
# "JAKARTA, KOMPAS.com - ", "KOMPAS.com -- ", "JAMBI, KOMPAS.COM- ", "BANDUNG, KOMPAS - "
OUTLET_DATELINE_TEMPLATE = (
    r"^(?:(?P<dateline>[A-Z][^,.\n()\"“”]{{0,59}}?)\s*(?:[,.]|" + DASH + r")?\s*)??"
    r"(?P<agency>[A-Za-z][A-Za-z0-9]*\.(?i:com|co\.id|id|net)|{known})\s*" + DASH + r"\s*"
)
EDITOR_LINE = re.compile(r"^(?:Editor|Redaktur)\s*:\s*(?P<name>.+?)\s*$", re.IGNORECASE)
CREDIT_LINE = re.compile(
    r"^(?:Copyright\s*©|©|Hak cipta|Pewarta\s*:|Penulis\s*:|Reporter\s*:|Oleh\s*:|Baca juga\s*:)",
    re.IGNORECASE,
)
# ANTARA reporter/editor codes closing the last paragraph: "(R021/H015)", "(Uu. C003)", "(T.B016)"
WIRE_CODE = re.compile(r"\s*\((?:[A-Za-z]{1,3}\.\s?)?[A-Z][A-Z.]{0,4}\d{2,4}(?:/[A-Z][A-Z.]{0,4}\d{2,4})*\)\s*$")
# Lines that are only markup residue: "\", "::::", "**", "[embed.1]"
RESIDUE_LINE = re.compile(r"^(?:\\+|:{2,}(?:\s*\{[^}]*\}|\s+[\w-]+)?|\*{2,}|\[embed\.\d+\]|[-_=]{3,})$")
# Markup a web export leaves inside lines (rule ``markup``): image placeholders, bold or linked
# ("[img.2]", "**[img.1]**", "[[img.3]](http://...)"), and attribute spans around text, kept as the
# text ("[[KOMPAS.com]{dir="auto"}]{dir="auto"}" -> "KOMPAS.com")
IMAGE_MARK = re.compile(r"\**\[+img\.\d+\]+(?:\([^)\s]*\))?\**\s*")
ATTRIBUTE_SPAN = re.compile(r"\[([^\[\]{}]*)\]\{[^{}]*\}")
# a link to another article in a list of them ("- Judul Berita Lain{target="_self"}"): no part of this one
RELATED_LINK = re.compile(r"^-\s.*\{target=\"_\w+\"\}\**$")
TRAILING_BACKSLASH = re.compile(r"\s*\\+$")
WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
WORD = re.compile(r"\w+(?:[-']\w+)*")


@dataclass(frozen=True)
class Cleaned:
    body: str
    agency: str | None
    dateline: str | None
    editor: str | None
    rules: tuple[str, ...]  # ids of the rules that changed the text, for tracing


@cache
def agency_names() -> dict[str, str]:
    """Written credit (lower-cased) -> recorded agency name, from ``resources/agencies.tsv``."""
    text = resources.files("tasks.resources").joinpath("agencies.tsv").read_text("utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    table: dict[str, str] = {}
    for row in rows:
        if not row.get("written") or not row.get("agency"):
            raise ValueError(f"agencies.tsv: a row needs 'written' and 'agency': {row}")
        table[row["written"].strip().lower()] = row["agency"].strip()
    return table


@cache
def outlet_dateline() -> re.Pattern[str]:
    """The outlet-style dateline, its bare (domain-less) agency names taken from agencies.tsv."""
    known = sorted((w for w in agency_names() if "." not in w), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in known)
    return re.compile(OUTLET_DATELINE_TEMPLATE.format(known=f"(?i:{alternation})"))


def normalise_agency(written: str) -> str:
    written = WS.sub(" ", written).strip()
    known = agency_names().get(written.lower())
    if known:
        return known
    if written.lower().endswith(".com"):
        return written[: -len(".com")].upper() + ".com"
    return written


def split_paragraphs(text: str) -> list[str]:
    """Lines stripped of markup residue; each non-empty line is a paragraph."""
    paragraphs = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = TRAILING_BACKSLASH.sub("", WS.sub(" ", line)).strip()
        if "[" in line or "{" in line:
            line = _without_markup(line)
        if line and not RESIDUE_LINE.match(line) and not RELATED_LINK.match(line):
            paragraphs.append(line)
    return paragraphs


def _without_markup(line: str) -> str:
    line = IMAGE_MARK.sub("", line)
    while True:
        unwrapped = ATTRIBUTE_SPAN.sub(r"\1", line)
        if unwrapped == line:
            return line.strip()
        line = unwrapped


def _strip_header(first: str) -> tuple[str, str | None, str | None, str | None]:
    m = PAREN_DATELINE.match(first)
    if m and _credited(m.group("agency")):
        return first[m.end() :], normalise_agency(m.group("agency")), m.group("dateline").strip(" ,"), "paren_dateline"
    m = outlet_dateline().match(first)
    if m and _credited(m.group("agency")):
        dateline = m.group("dateline")
        return first[m.end() :], normalise_agency(m.group("agency")), dateline and dateline.strip(), "outlet_dateline"
    return first, None, None, None


def _credited(agency: str) -> bool:
    """An agency in a dateline is a known one or looks like an outlet's domain."""
    low = agency.strip().lower()
    return low in agency_names() or bool(re.search(r"\.(?:com|co\.id|id|net)$", low)) or low.startswith("antara")


# a quotation mark or apostrophe escaped with a backslash, as some exports leave it in the text
ESCAPED_QUOTE = re.compile(r"\\(['\"’‘“”])")


def clean_article(text: str) -> Cleaned:
    """Split ``text`` into paragraphs, drop credit lines and the dateline prefix; keep the rest."""
    text = unicodedata.normalize("NFC", text)
    rules: list[str] = ["markup"] if IMAGE_MARK.search(text) or ATTRIBUTE_SPAN.search(text) else []
    if ESCAPED_QUOTE.search(text):
        text = ESCAPED_QUOTE.sub(r"\1", text)  # "Ja\'far", "Gold\'s Gym": an export's escapes, not the text's
        rules.append("escaped_quote")
    paragraphs = split_paragraphs(text)
    editor: str | None = None
    kept: list[str] = []
    for para in paragraphs:
        m = EDITOR_LINE.match(para)
        if m:
            editor = editor or m.group("name")
            rules.append("editor_line")
        elif CREDIT_LINE.match(para):
            rules.append("credit_line")
        else:
            kept.append(para)
    agency = dateline = None
    # the dateline opens the first paragraph that is not a byline
    for i, para in enumerate(kept[:3]):
        rest, agency, dateline, rule = _strip_header(para)
        if rule:
            rules.append(rule)
            kept = kept[i + 1 :] if not rest.strip() else [rest.strip(), *kept[i + 1 :]]
            break
    if kept:
        last = WIRE_CODE.sub("", kept[-1])
        if last != kept[-1]:
            rules.append("wire_code")
            kept[-1] = last
        if not kept[-1]:
            kept.pop()
    return Cleaned("\n\n".join(kept), agency, dateline or None, editor, tuple(rules))


def normalised_for_id(body: str) -> str:
    """The text an article id is computed from: NFKC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", body).casefold().split())


def count_words(body: str) -> int:
    return len(WORD.findall(body))
