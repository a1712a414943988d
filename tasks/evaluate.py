"""Score extraction against hand-made gold files, exactly as ``shared/gold/README.md`` defines.

- A gold statement is *found* when the text of an extracted statement of its article contains its
  anchor (both normalised: NFKC, lower case, white space collapsed, quotation marks dropped).
- Its speaker is right when that statement's ``speaker_name`` equals one of the gold forms (an
  empty gold list: the article does not say, so the right answer is no name).
- A gold stance is found when an extracted stance has the same polarity, its holder (code or name)
  is one of the gold holders and its target (code or name) one of the gold targets.
- Extracted statements containing a ``not_statements`` entry are wrong.

Precision counts extracted rows that match a gold item; recall counts gold items found; both are
summed over all articles (micro averages). Direct and indirect are scored apart by kind.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

QUOTES = re.compile("[\"'“”‘’«»„‚`]")


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(QUOTES.sub("", text).split())


@dataclass
class Counts:
    tp: int = 0  # extracted rows that match gold (precision numerator)
    extracted: int = 0
    found: int = 0  # gold items found (recall numerator)
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.extracted += other.extracted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "extracted": self.extracted, "gold": self.gold, "tp": self.tp, "found": self.found,
        }  # fmt: skip


@dataclass
class Score:
    name: str
    statements: Counts = field(default_factory=Counts)
    direct: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)
    stances: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_total: int = 0
    not_statements_extracted: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for part in ("statements", "direct", "indirect", "stances"):
            getattr(self, part).add(getattr(other, part))
        self.speaker_right += other.speaker_right
        self.speaker_total += other.speaker_total
        self.not_statements_extracted += other.not_statements_extracted
        self.misses.extend(other.misses)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "statements": self.statements.as_dict(),
            "direct": self.direct.as_dict(),
            "indirect": self.indirect.as_dict(),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_total": self.speaker_total,
            "stances": self.stances.as_dict(),
            "not_statements_extracted": self.not_statements_extracted,
        }


def score_article(gold: dict[str, Any], statements: list[dict[str, Any]], stances: list[dict[str, Any]]) -> Score:
    """Score one article's extracted rows against its gold file."""
    score = Score(name=gold.get("record_id") or Path(gold["source"]).stem)
    texts = [norm(s["text"]) for s in statements]
    negatives = [norm(n) for n in gold.get("not_statements", []) if n]
    anchors = [norm(g["anchor"]) for g in gold.get("statements", [])]
    bad = [any(neg in t for neg in negatives) for t in texts]
    score.not_statements_extracted = sum(bad)
    # precision: extracted statements that contain some gold anchor and no negative
    for s, t, is_bad in zip(statements, texts, bad, strict=True):
        hit = not is_bad and any(a and a in t for a in anchors)
        part = score.direct if s["kind"] == "direct" else score.indirect
        for counts in (score.statements, part):
            counts.extracted += 1
            counts.tp += int(hit)
    # recall and speakers
    for g, anchor in zip(gold.get("statements", []), anchors, strict=True):
        part = score.direct if g["kind"] == "direct" else score.indirect
        score.statements.gold += 1
        part.gold += 1
        matches = [s for s, t, b in zip(statements, texts, bad, strict=True) if anchor and anchor in t and not b]
        if not matches:
            score.misses.append(f"{score.name}: statement not found: {g['kind']} “{g['anchor']}”")
            continue
        score.statements.found += 1
        part.found += 1
        forms = {norm(f) for f in g.get("speaker", [])}
        right = any((norm(s.get("speaker_name")) in forms) if forms else not s.get("speaker_name") for s in matches)
        score.speaker_total += 1
        score.speaker_right += int(right)
        if not right:
            got = ", ".join(sorted({str(s.get("speaker_name")) for s in matches}))
            score.misses.append(f"{score.name}: wrong speaker for “{g['anchor']}”: {got} (gold {g.get('speaker')})")
    # stances
    gold_stances = gold.get("stances", [])
    matched_gold: set[int] = set()
    for st in stances:
        score.stances.extracted += 1
        hits = [i for i, g in enumerate(gold_stances) if _stance_matches(st, g)]
        score.stances.tp += int(bool(hits))
        matched_gold.update(hits)
    score.stances.gold += len(gold_stances)
    score.stances.found += len(matched_gold)
    for i, g in enumerate(gold_stances):
        if i not in matched_gold:
            score.misses.append(
                f"{score.name}: stance not found: {g['holder'][0]} -{g['polarity']}-> {g['target'][0]} ({g['anchor']})"
            )
    return score


def _stance_matches(st: dict[str, Any], g: dict[str, Any]) -> bool:
    if st["polarity"] != g["polarity"]:
        return False
    holders = {norm(h) for h in g["holder"]}
    targets = {norm(t) for t in g["target"]}
    holder_ok = norm(st.get("holder_code")) in holders or norm(st.get("holder")) in holders
    target_ok = norm(st.get("target_code")) in targets or norm(st.get("target")) in targets
    return holder_ok and target_ok


# ---------------------------------------------------------------- gold files and their articles


def gold_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.glob("*.json")))
        elif p.suffix == ".json":
            files.append(p)
        else:
            raise FileNotFoundError(f"{p} is neither a gold .json file nor a folder of them")
    return files


def source_text(gold: dict[str, Any], corpus_root: Path) -> tuple[str, dict[str, Any]]:
    """The raw text (and JSONL metadata) of the article a gold file describes."""
    path = corpus_root / gold["source"]
    if not path.is_file():
        raise FileNotFoundError(f"gold source {path} not found; pass --corpus (the folder 'source' is relative to)")
    if gold.get("record_id") is None:
        return path.read_text("utf-8"), {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if gold["record_id"] in line:
                record = json.loads(line)
                if record.get("id") == gold["record_id"]:
                    return record["text"], record
    raise LookupError(f"record {gold['record_id']} not in {path}")


Rows = list[dict[str, Any]]
# how a site may write double quotation marks; the gold anchors ignore the marks, so every style scores alike
QUOTE_STYLES = {
    "as-written": {},
    "close-both": {"“": "”", '"': "”"},
    "open-both": {"”": "“", '"': "“"},
    "straight": {"“": '"', "”": '"'},
}


def restyle_quotes(text: str, style: str) -> str:
    """``text`` with its double quotation marks written in one of ``QUOTE_STYLES``."""
    table = QUOTE_STYLES[style]
    return text.translate(str.maketrans(table)) if table else text


def extract_for_gold(
    gold: dict[str, Any], corpus_root: Path, quotes: str = "as-written"
) -> tuple[dict[str, Any], Rows, Rows]:
    """Run the pipeline's stages (ingest cleaning, language, extraction) on one gold article."""
    from tasks.extract import extract_article
    from tasks.ingest import Doc, Rejected, build_article, repair_mojibake
    from tasks.language import detect_articles

    text, record = source_text(gold, corpus_root)
    text = restyle_quotes(repair_mojibake(text), quotes)  # as ingest reads it: "â€œ" is "“"
    meta = {k: record.get(k) for k in ("title", "url", "author", "editor", "published")}
    article = build_article(Doc(gold["source"], text, meta), "eval")
    if isinstance(article, Rejected):
        raise ValueError(f"gold article {gold['source']} was quarantined: {article.reason}")
    article = detect_articles([article])[0]
    return extract_article(article)


def rows_from_dataset(out_dir: Path, article_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    import pyarrow.dataset as ds

    from tasks.schema import TABLES

    result = []
    for table in ("statements", "stances"):
        folder = out_dir / table
        if not folder.is_dir():
            return None
        data = ds.dataset(folder, format="parquet", schema=TABLES[table]).to_table(
            filter=ds.field("article_id") == article_id
        )
        result.append(data.to_pylist())
    return result[0], result[1]


def evaluate(
    gold_paths: Iterable[Path], corpus_root: Path | None = None, out_dir: Path | None = None, quotes: str = "as-written"
) -> tuple[Score, list[Score]]:
    """Score every gold file; rows come from ``out_dir`` when it holds the article, else from a fresh
    in-process extraction with the pipeline's own stages."""
    total = Score(name="all")
    per_article: list[Score] = []
    for path in gold_files(gold_paths):
        gold = json.loads(path.read_text("utf-8"))
        root = corpus_root or path.parent.parent
        article, statements, stances = extract_for_gold(gold, root, quotes)
        if out_dir is not None:
            stored = rows_from_dataset(out_dir, article["article_id"])
            if stored is not None and (stored[0] or stored[1]):
                statements, stances = stored
        s = score_article(gold, statements, stances)
        per_article.append(s)
        total.add(s)
    return total, per_article


def format_table(total: Score, per_article: list[Score], show_articles: bool) -> str:
    def line(s: Score) -> str:
        return (
            f"{s.name:<28} {s.statements.precision:>5.2f} {s.statements.recall:>5.2f} {s.statements.f1:>5.2f}"
            f"  {s.direct.recall:>5.2f} {s.indirect.recall:>5.2f}  {s.speaker_accuracy:>5.2f}"
            f"  {s.stances.precision:>5.2f} {s.stances.recall:>5.2f} {s.stances.f1:>5.2f}"
            f"  {s.not_statements_extracted:>3}"
        )

    head = (
        f"{'article':<28} {'st.P':>5} {'st.R':>5} {'st.F1':>5}  {'dirR':>5} {'indR':>5}  {'spkr':>5}"
        f"  {'sn.P':>5} {'sn.R':>5} {'sn.F1':>5}  {'neg':>3}"
    )
    rows = [head, "-" * len(head)]
    if show_articles:
        rows += [line(s) for s in per_article]
        rows.append("-" * len(head))
    rows.append(line(total))
    d, i = total.direct, total.indirect
    rows.append(
        f"direct: P {d.precision:.2f} R {d.recall:.2f} F1 {d.f1:.2f} ({d.found}/{d.gold}); "
        f"indirect: P {i.precision:.2f} R {i.recall:.2f} F1 {i.f1:.2f} ({i.found}/{i.gold}); "
        f"speaker {total.speaker_right}/{total.speaker_total}; stances {total.stances.found}/{total.stances.gold}"
    )
    return "\n".join(rows)


def run_eval(args: Any) -> int:
    """``warta eval``: print the scores (table or JSON); exit 0."""
    total, per_article = evaluate(args.gold, args.corpus, args.out, getattr(args, "quotes", "as-written"))
    if args.json:
        articles = [s.as_dict() for s in per_article]
        payload = {"total": total.as_dict(), "articles": articles, "misses": total.misses}
        print(json.dumps(payload, ensure_ascii=False, indent=2))  # noqa: T201 - CLI output
    else:
        print(format_table(total, per_article, args.per_article))  # noqa: T201 - CLI output
        if args.per_article:
            print("\n".join(total.misses))  # noqa: T201 - CLI output
    return 0
