"""Stage 1, ingest: find the inputs of a batch, decode them safely, clean them into articles.

Every input either becomes an article row or a quarantine row with a machine-readable reason;
nothing here raises on bad input. Inputs are planned as *units* (a text file, or a range of lines
of a JSONL file) so that a flow can process a batch of any size in fixed-size chunks.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from tasks import PIPELINE_VERSION
from tasks._task import lazy_task
from tasks.clean import clean_article, count_words, normalised_for_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")
MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u20ac\u2122\u0153\u201c\u201d\u02dc\u2018\u2019]")
TEXT_DATE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*\((\d{1,2})/(\d{1,2})/(\d{4})\)")
META_FIELDS = ("title", "url", "author", "editor")


@dataclass(frozen=True)
class Unit:
    """One planned piece of input: a whole file, or lines [first, last] (1-based) of a JSONL file."""

    path: str  # relative to the batch root, POSIX separators
    kind: str  # "text" | "jsonl" | "html" | "skip"
    first_line: int = 0
    last_line: int = 0
    reason: str | None = None  # for kind == "skip": why the file is refused before reading
    detail: str | None = None


@dataclass(frozen=True)
class Doc:
    """A decoded input before cleaning."""

    source_path: str
    text: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class Rejected:
    source_path: str
    reason: str
    detail: str
    duplicate_of: str | None = None

    def row(self, batch_id: str) -> dict[str, Any]:
        return {
            "batch_id": batch_id,
            "source_path": self.source_path,
            "reason": self.reason,
            "detail": self.detail,
            "duplicate_of": self.duplicate_of,
        }


# ---------------------------------------------------------------- planning


def plan_units(batch_dir: Path, max_bytes: int, lines_per_unit: int = 500) -> list[Unit]:
    """Every input below ``batch_dir`` (recursively, sorted) as units; refusals become skip units.

    Hidden and ``_``-prefixed entries are passed over. Symbolic links are followed only when they
    stay inside the batch.
    """
    root = batch_dir.resolve()
    units: list[Unit] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            if name.startswith((".", "_")):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            units.extend(_plan_file(path, rel, root, max_bytes, lines_per_unit))
    return units


def _plan_file(path: Path, rel: str, root: Path, max_bytes: int, per_unit: int) -> list[Unit]:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return [Unit(rel, "skip", reason="symlink_outside", detail=f"link points outside the batch: {target}")]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [Unit(rel, "skip", reason="unreadable", detail=str(exc))]
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _plan_jsonl(path, rel, per_unit)
    if size > max_bytes:
        return [Unit(rel, "skip", reason="too_large", detail=f"{size} bytes > limit {max_bytes}")]
    if suffix in HTML_SUFFIXES:
        return [Unit(rel, "html")]
    if suffix in TEXT_SUFFIXES:
        return [Unit(rel, "text")]
    return [
        Unit(rel, "skip", reason="unsupported_type", detail=f"'{suffix}' files are not read; use .txt, .jsonl or .html")
    ]


def _plan_jsonl(path: Path, rel: str, per_unit: int) -> list[Unit]:
    try:
        with path.open("rb") as fh:
            n_lines = sum(1 for _ in fh)
    except OSError as exc:
        return [Unit(rel, "skip", reason="unreadable", detail=str(exc))]
    return [Unit(rel, "jsonl", first, min(first + per_unit - 1, n_lines)) for first in range(1, n_lines + 1, per_unit)]


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str | None, str | None, str]:
    """Decode input bytes. Returns (text, reason, detail): text None means refused for reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None, "utf-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None, "utf-16 with BOM"
        except UnicodeDecodeError as exc:
            return None, "decode_error", f"utf-16 BOM but undecodable: {exc}"
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:65536]:
        return None, "not_text", "binary content (NUL bytes or a file signature)"
    try:
        return data.decode("utf-8"), None, "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, "decode_error", f"neither UTF-8 nor cp1252: {utf8_error}"
    high = sum(1 for b in data if b >= 0x80)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls or high > len(data) * 0.3:
        return None, "decode_error", f"not UTF-8 and not plausible single-byte text: {utf8_error}"
    return text, None, "cp1252"


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 (``â€œ`` -> ``“``), only when the text shows it."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy  # imported lazily: only the rare damaged input pays for it

    return ftfy.fix_encoding(text)


class _TextOfHtml(HTMLParser):
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "article", "section", "title", "tr"}
    )
    SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    return html.unescape("".join(parser.parts))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# ---------------------------------------------------------------- reading units


def read_unit(root: Path, unit: Unit) -> Iterator[Doc | Rejected]:
    """Decode one unit into documents, or refusals with a reason."""
    if unit.kind == "skip":
        yield Rejected(unit.path, unit.reason or "unreadable", unit.detail or "")
        return
    path = root / unit.path
    if unit.kind == "jsonl":
        yield from _read_jsonl(path, unit)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(unit.path, "unreadable", str(exc))
        return
    if not data.strip():
        yield Rejected(unit.path, "empty", "the file has no text")
        return
    text, reason, detail = decode_bytes(data)
    if text is None:
        yield Rejected(unit.path, reason or "decode_error", detail)
        return
    text = repair_mojibake(text)
    if unit.kind == "html" or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            yield Rejected(unit.path, "html_no_text", "an HTML page with no readable text")
            return
    yield Doc(unit.path, text, {})


def _read_jsonl(path: Path, unit: Unit) -> Iterator[Doc | Rejected]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejected(unit.path, "unreadable", str(exc))
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if lineno < unit.first_line:
                continue
            if lineno > unit.last_line:
                break
            if not raw.strip():
                continue
            yield _jsonl_record(unit.path, lineno, raw)


def _jsonl_record(rel: str, lineno: int, raw: bytes) -> Doc | Rejected:
    where = f"{rel}#{lineno}"
    line, reason, detail = decode_bytes(raw)
    if line is None:
        return Rejected(where, reason or "decode_error", f"line {lineno}: {detail}")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejected(where, "invalid_record", f"line {lineno} is not JSON: {exc.msg}")
    if not isinstance(record, dict):
        return Rejected(where, "invalid_record", f"line {lineno} is not a JSON object")
    rid = record.get("id")
    if rid is not None and str(rid).strip():
        where = f"{rel}#{rid}"
    text = record.get("text")
    if not isinstance(text, str):
        return Rejected(where, "invalid_record", f"line {lineno} has no string 'text' field")
    if not text.strip():
        return Rejected(where, "empty", f"line {lineno} has an empty 'text'")
    meta = {k: record.get(k) for k in (*META_FIELDS, "published")}
    return Doc(where, repair_mojibake(text), meta)


# ---------------------------------------------------------------- articles


def article_id_of(body: str) -> str:
    return hashlib.sha256(normalised_for_id(body).encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any, today: date | None = None) -> date | None:
    """An ISO date or datetime string as a date; None when absent, unreadable or in the future."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            parsed = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    limit = today or datetime.now(UTC).date()
    return parsed if date(1900, 1, 1) <= parsed <= limit else None


def date_in_text(body: str, today: date | None = None) -> date | None:
    m = TEXT_DATE.search(body[:2000])
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return parse_date(date(year, month, day).isoformat(), today)
    except ValueError:
        return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def build_article(doc: Doc, batch_id: str) -> dict[str, Any] | Rejected:
    """Clean a decoded document into an articles row (language is filled by the next stage)."""
    cleaned = clean_article(doc.text)
    if not cleaned.body.strip():
        return Rejected(doc.source_path, "empty", "nothing left after removing credit lines")
    n_words = count_words(cleaned.body)
    if n_words == 0:
        return Rejected(doc.source_path, "empty", "no words, only symbols")
    meta = doc.meta
    published = parse_date(meta.get("published")) or date_in_text(cleaned.body)
    return {
        "article_id": article_id_of(cleaned.body),
        "batch_id": batch_id,
        "source_path": doc.source_path,
        "language": "und",
        "language_score": 0.0,
        "agency": cleaned.agency,
        "dateline": cleaned.dateline,
        "published_date": published,
        "title": _str_or_none(meta.get("title")),
        "editor": _str_or_none(meta.get("editor")) or cleaned.editor,
        "body": cleaned.body,
        "n_paragraphs": cleaned.body.count("\n\n") + 1,
        "n_words": n_words,
        "extraction_supported": False,
        "pipeline_version": PIPELINE_VERSION,
        "url": _str_or_none(meta.get("url")),
        "author": _str_or_none(meta.get("author")),
    }


def ingest_units(
    root: Path, units: Iterable[Unit], batch_id: str, seen: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Read, decode and clean ``units``. ``seen`` maps article ids already taken (this batch or
    earlier ones) to where they came from, and is updated: a repeat becomes a ``duplicate``."""
    return deduplicate(build_docs(read_units(root, list(units)), batch_id), batch_id, seen)


# ---------------------------------------------------------------- chunks in the worker pool


def read_units(root: Path, units: list[Unit]) -> list[Doc | Rejected]:
    """Decode units (a worker-pool step: files are read where the work is done)."""
    return [item for unit in units for item in read_unit(root, unit)]


def build_docs(docs: list[Doc | Rejected], batch_id: str) -> list[dict[str, Any] | Rejected]:
    return [build_article(d, batch_id) if isinstance(d, Doc) else d for d in docs]


def _read_and_build(units: list[Unit], root: Path, batch_id: str) -> list[dict[str, Any] | Rejected]:
    return build_docs(read_units(root, units), batch_id)


def deduplicate(items: list[dict[str, Any] | Rejected], batch_id: str, seen: dict[str, str]) -> tuple[list, list]:
    """Split built items into articles and quarantine rows; repeats of ``seen`` ids are duplicates."""
    articles: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Rejected):
            rejected.append(item.row(batch_id))
            continue
        first = seen.get(item["article_id"])
        if first is not None:
            detail = f"same text as article {item['article_id']} ({first})"
            rejected.append(Rejected(item["source_path"], "duplicate", detail, item["article_id"]).row(batch_id))
            continue
        seen[item["article_id"]] = item["source_path"]
        articles.append(item)
    return articles, rejected


# ---------------------------------------------------------------- Prefect tasks


# The article ids taken so far in a run (published by earlier batches, or earlier in this one),
# kept in the flow's process under the run id: not a task parameter, which Prefect would walk.
_SEEN: dict[str, dict[str, str]] = {}


@lazy_task(name="plan")
def plan_task(batch_dir: str, max_bytes: int, lines_per_unit: int) -> list[Unit]:
    from tasks.timing import measure

    with measure("plan"):
        return plan_units(Path(batch_dir), max_bytes, lines_per_unit)


@lazy_task(name="ingest")
def ingest_task(batch_dir: str, units: list[Unit], batch_id: str, run_id: str, stage_dir: str, part: int) -> int:
    """Read, decode and clean one chunk of units (in the worker pool), drop duplicates, and leave
    the chunk for the next step. Returns the number of inputs seen."""
    from tasks.parallel import pmap
    from tasks.timing import measure
    from tasks.work import save

    with measure("ingest"):
        items = pmap(_read_and_build, units, Path(batch_dir).resolve(), batch_id)
        articles, rejected = deduplicate(items, batch_id, _SEEN.setdefault(run_id, {}))
        save(stage_dir, part, "ingested", (articles, rejected))
    return len(items)


def remember_known(run_id: str, known: dict[str, str]) -> None:
    _SEEN[run_id] = dict(known)


def forget(run_id: str) -> None:
    _SEEN.pop(run_id, None)
