"""Stage 3, extract: statements and stances of each article in a supported language.

An article whose language has no resources in ``tasks/extract/lang/`` is kept with
``extraction_supported = False`` and yields no rows: never a guess in the wrong language. A body
longer than ``MAX_EXTRACTED_CHARS`` is read up to that length (offsets stay offsets into the whole
body): the rules cost more than linear time on hostile text, such as thousands of names in a row.
"""

from __future__ import annotations

import logging
from typing import Any

from tasks._task import lazy_task
from tasks.extract import lang
from tasks.extract.document import Document
from tasks.extract.stances import Stance, extract_stances
from tasks.extract.statements import Statement, extract_statements, one_code_per_person, one_role_per_person
from tasks.extract.vocab import without_short_form

log = logging.getLogger(__name__)

# five times the longest news article of ../shared/corpus (18,797 characters after cleaning)
MAX_EXTRACTED_CHARS = 100_000


def statement_rows(article: dict[str, Any], statements: list[Statement]) -> list[dict[str, Any]]:
    body = article["body"]
    rows = []
    for seq, st in enumerate(statements):
        sp = st.speaker
        rows.append(
            {
                "statement_id": f"{article['article_id']}-s{seq}",
                "article_id": article["article_id"],
                "seq": seq,
                "kind": st.kind,
                "text": body[st.start : st.end],
                "char_start": st.start,
                "char_end": st.end,
                "paragraph": st.paragraph,
                "speaker": sp.written,
                "speaker_name": sp.name if sp.type == "person" else without_short_form(sp.name),
                "speaker_type": sp.type,
                "speaker_role": sp.role,
                "speaker_code": sp.code,
                "cue": st.cue,
                "channel": st.channel,
                "source_cited": st.source_cited,
                "batch_id": article["batch_id"],
                "rule": st.rule,
            }
        )
    return rows


def stance_rows(article: dict[str, Any], stances: list[Stance], statement_ids: dict[int, str]) -> list[dict[str, Any]]:
    body = article["body"]
    rows = []
    for seq, st in enumerate(stances):
        rows.append(
            {
                "stance_id": f"{article['article_id']}-t{seq}",
                "article_id": article["article_id"],
                "statement_id": statement_ids.get(st.statement_index) if st.statement_index is not None else None,
                "holder": st.holder.name if st.holder.type == "person" else without_short_form(st.holder.name),
                "holder_type": st.holder.type,
                "holder_code": st.holder.code,
                "target": st.target.name if st.target.type == "person" else without_short_form(st.target.name),
                "target_type": st.target.type,
                "target_code": st.target.code,
                "polarity": st.polarity,
                "cue": st.cue,
                "evidence": body[st.start : st.end],
                "char_start": st.start,
                "char_end": st.end,
                "confidence": st.confidence,
                "batch_id": article["batch_id"],
                "rule": st.rule,
            }
        )
    return rows


def extract_article(article: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(article row with extraction_supported set, statement rows, stance rows)."""
    language = article["language"]
    if not lang.is_supported(language):
        return {**article, "extraction_supported": False}, [], []
    lex = lang.load(language)
    body = article["body"]
    if len(body) > MAX_EXTRACTED_CHARS:
        log.warning(
            "article %s: %d characters, statements and stances read from the first %d only",
            article.get("article_id"), len(body), MAX_EXTRACTED_CHARS,
        )
        body = body[:MAX_EXTRACTED_CHARS]
    doc = Document(body, lex, article.get("dateline"))  # the article analysed once; both extractors read from it
    statements = extract_statements(body, lex, doc)
    stances = extract_stances(body, lex, statements, doc)
    st_rows = statement_rows(article, one_role_per_person(one_code_per_person(statements), doc))
    ids = {i: row["statement_id"] for i, row in enumerate(st_rows)}
    return {**article, "extraction_supported": True}, st_rows, stance_rows(article, stances, ids)


@lazy_task(name="extract")
def extract_task(stage_dir: str, part: int) -> int:
    """Extract statements and stances of one staged chunk (in the worker pool)."""
    from tasks.parallel import pmap
    from tasks.timing import measure
    from tasks.work import load, save

    with measure("extract"):
        articles, rejected = load(stage_dir, part, "language")
        results = pmap(_extract_each, articles)
        failed = [r[0]["article_id"] for r in results if r[0].get("extraction_failed")]
        if failed:
            from prefect.logging import get_run_logger

            get_run_logger().error(
                "extraction failed on %d article(s), kept without statements and stances: %s. This is a defect "
                "of Warta's rules: please report it with these articles' text (the worker's log has the traceback)",
                len(failed), ", ".join(failed[:20]),
            )
        tables = {
            "articles": [r[0] for r in results],
            "statements": [s for r in results for s in r[1]],
            "stances": [s for r in results for s in r[2]],
            "quarantine": rejected,
        }
        save(stage_dir, part, "extracted", tables)
    return len(tables["statements"])


def _extract_each(articles: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[Any], list[Any]]]:
    """Per-article results, so that a parallel map keeps each article with its rows."""
    return [extract_safely(a) for a in articles]


def extract_safely(article: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """``extract_article``, but a rule's defect on one article costs that article's rows, never the batch:
    the article is kept with ``extraction_supported = False`` (nothing was extracted for it), marked
    ``extraction_failed`` for the task's log (not a published column), and the traceback logged."""
    try:
        return extract_article(article)
    except Exception:
        log.exception("article %s: extraction failed; kept without statements and stances", article.get("article_id"))
        return {**article, "extraction_supported": False, "extraction_failed": True}, [], []
