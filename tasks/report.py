"""``warta report``: one self-contained HTML page an analyst can open or mail.

Counts per batch and language, top speakers, the stance networks (holders -> targets; support and
oppose drawn apart, as inline SVG) between states and organisations (persons folded into the state
they serve: "who stands with whom among states") and between persons and every other actor, the
strongest pairs with their evidence sentences (article title and date), quarantine reasons and the
validation status of every run. No scripts, no external files: the page works offline.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

TOP = 15
NETWORK_NODES = 16
COLOURS = {"support": "#1b7f3b", "oppose": "#b3261e"}


def _read(out: Path, table: str, columns: list[str]) -> pd.DataFrame:
    folder = out / table
    if not folder.is_dir():
        return pd.DataFrame(columns=columns)
    return pd.read_parquet(folder, columns=columns)


def _table(frame: pd.DataFrame, caption: str) -> str:
    if frame.empty:
        return f"<h3>{html.escape(caption)}</h3><p class='none'>none</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<h3>{html.escape(caption)}</h3><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


CHAR_PX = 6.6  # width of one character of an 11 px label, generously: labels are never cut


def network_svg(pairs: pd.DataFrame, polarity: str, size: int = 420, key: str = "") -> str:
    """Holders -> targets of one polarity on a circle; edge width grows with the count. The picture
    is widened by its longest label so that no label is cut at the edge."""
    sub = pairs[pairs.polarity == polarity]
    if sub.empty:
        return f"<p class='none'>no {polarity} stances</p>"
    degree: Counter[str] = Counter()
    for r in sub.itertuples(index=False):
        degree[r.holder] += r.n
        degree[r.target] += r.n
    nodes = [name for name, _ in degree.most_common(NETWORK_NODES)]
    margin = 12 + CHAR_PX * max(len(n) for n in nodes)
    width, height = size + 2 * margin, size
    cx, cy, radius = width / 2, size / 2, size / 2 - 30
    angles = {name: 2 * math.pi * i / len(nodes) for i, name in enumerate(nodes)}
    pos = {name: (cx + radius * math.cos(a), cy + radius * math.sin(a)) for name, a in angles.items()}
    colour = COLOURS[polarity]
    marker = f"arrow-{polarity}{key}"
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width:.0f}' height='{height}' "
        f"viewBox='0 0 {width:.0f} {height}' role='img' aria-label='{polarity} stances'>",
        f"<defs><marker id='{marker}' viewBox='0 0 10 10' refX='18' refY='5' markerWidth='6' "
        f"markerHeight='6' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='{colour}'/></marker></defs>",
    ]
    for r in sub.itertuples(index=False):
        if r.holder in pos and r.target in pos:
            (x1, y1), (x2, y2) = pos[r.holder], pos[r.target]
            stroke = 1 + 1.5 * math.log2(1 + r.n)
            parts.append(
                f"<line class='edge' x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{colour}' "
                f"stroke-opacity='0.6' stroke-width='{stroke:.1f}' marker-end='url(#{marker})'>"
                f"<title>{html.escape(r.holder)} → {html.escape(r.target)}: {r.n}</title></line>"
            )
    for name, (x, y) in pos.items():
        anchor = "start" if x >= cx else "end"
        dx = 9 if x >= cx else -9
        label = html.escape(name)
        parts.append(
            f"<circle class='node' cx='{x:.1f}' cy='{y:.1f}' r='6' fill='#333'><title>{label}</title></circle>"
            f"<text x='{x + dx:.1f}' y='{y + 4:.1f}' text-anchor='{anchor}' font-size='11'>{label}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def state_pairs(sn: pd.DataFrame) -> pd.DataFrame:
    """Stance pairs between actors with codes (states and international organisations): persons
    and bodies are folded into the state or organisation they serve; pairs within one actor drop."""
    coded = sn[sn.holder_code.notna() & sn.target_code.notna() & (sn.holder_code != sn.target_code)]
    if coded.empty:
        return pd.DataFrame(columns=["holder", "target", "polarity", "n"])
    folded = coded.assign(holder=coded.holder_code, target=coded.target_code)
    return folded.groupby(["holder", "target", "polarity"]).size().reset_index(name="n")


def _evidence_section(sn: pd.DataFrame, arts: pd.DataFrame, pairs: pd.DataFrame) -> tuple[str, str]:
    """(table of the strongest state-level pairs, each linking to its evidence; the evidence list)."""
    if pairs.empty:
        return "<h3>Strongest pairs</h3><p class='none'>none</p>", ""
    top = pairs.sort_values("n", ascending=False).head(TOP).reset_index(drop=True)
    titles = arts.set_index("article_id")[["title", "published_date"]] if len(arts) else None
    rows, items = [], []
    for k, r in top.iterrows():
        anchor = f"pair-{k}"
        rows.append(
            f"<tr><td>{html.escape(r.holder)}</td><td>{html.escape(r.target)}</td><td>{r.polarity}</td>"
            f"<td>{r.n}</td><td><a href='#{anchor}'>evidence</a></td></tr>"
        )
        mine = sn[(sn.holder_code == r.holder) & (sn.target_code == r.target) & (sn.polarity == r.polarity)]
        quotes = []
        for e in mine.head(5).itertuples(index=False):
            title, date = ("", "")
            if titles is not None and e.article_id in titles.index:
                title = titles.loc[e.article_id, "title"] or ""
                date = titles.loc[e.article_id, "published_date"]
            dated = date is not None and str(date) not in ("NaT", "None", "nan")
            where = html.escape(f"{title or e.article_id}" + (f", {date}" if dated else ""))
            quotes.append(f"<li><q>{html.escape(e.evidence)}</q> <span class='src'>({where})</span></li>")
        items.append(
            f"<h4 id='{anchor}'>{html.escape(r.holder)} → {html.escape(r.target)} ({r.polarity}, {r.n})</h4>"
            f"<ul>{''.join(quotes)}</ul>"
        )
    table = (
        "<h3>Strongest pairs between states and organisations</h3><table><thead><tr><th>holder</th>"
        "<th>target</th><th>polarity</th><th>stances</th><th></th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
    return table, "<h2 id='evidence'>Evidence</h2>" + "".join(items)


def build_report(out: Path) -> str:
    """The HTML page for the dataset under ``out``."""
    arts = _read(out, "articles", ["batch_id", "language", "extraction_supported"])
    st = _read(out, "statements", ["speaker_name", "speaker_type", "kind"])
    sn = _read(out, "stances", ["holder", "target", "polarity", "holder_code", "target_code", "evidence", "article_id"])
    titles = _read(out, "articles", ["article_id", "title", "published_date"])
    q = _read(out, "quarantine", ["batch_id", "reason"])
    runs = _read(out, "runs", ["batch_id", "started_at", "status", "validation_success", "n_articles", "n_quarantined"])

    per_batch = arts.groupby(["batch_id", "language"]).size().reset_index(name="articles") if len(arts) else arts
    speakers = (
        st[st.speaker_name.notna() & (st.speaker_type != "unknown")]
        .groupby(["speaker_name", "speaker_type"])
        .size()
        .reset_index(name="statements")
        .sort_values("statements", ascending=False)
        .head(TOP)
        if len(st)
        else st
    )
    pairs = sn.groupby(["holder", "target", "polarity"]).size().reset_index(name="n") if len(sn) else sn.assign(n=[])
    top_pairs = pairs.sort_values("n", ascending=False).head(TOP) if len(pairs) else pairs
    states = state_pairs(sn) if len(sn) else pd.DataFrame(columns=["holder", "target", "polarity", "n"])
    strongest, evidence = _evidence_section(sn, titles, states)
    reasons = q.groupby(["batch_id", "reason"]).size().reset_index(name="inputs") if len(q) else q
    run_rows = runs.sort_values("started_at", ascending=False) if len(runs) else runs
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = (
        f"{len(arts)} articles in {arts.batch_id.nunique() if len(arts) else 0} batches, "
        f"{len(st)} statements, {len(sn)} stances, {len(q)} quarantined inputs, {len(runs)} runs"
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Warta report</title>
<style>
body {{ font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; }}
th {{ background: #f2f2f2; }} .none {{ color: #777; }} .src {{ color: #555; }}
.networks {{ display: flex; flex-wrap: wrap; gap: 1em; }}
.support h3 {{ color: {COLOURS["support"]}; }} .oppose h3 {{ color: {COLOURS["oppose"]}; }}
</style></head><body>
<h1>Warta report</h1>
<p id="summary">{html.escape(summary)}. Dataset: {html.escape(str(out))}; generated {generated}.</p>
<h2>Articles</h2>{_table(per_batch, "Articles per batch and language")}
<h2>Speakers</h2>{_table(speakers, f"Top {TOP} speakers")}
<h2>Stances</h2>
<h3>Among states and organisations (persons folded into the state they serve)</h3>
<div class="networks" id="state-network">
<div class="support"><h3>Support</h3>{network_svg(states, "support", key="-states")}</div>
<div class="oppose"><h3>Oppose</h3>{network_svg(states, "oppose", key="-states")}</div>
</div>
{strongest}
<h3>All actors (persons, organisations, states, groups)</h3>
<div class="networks" id="actor-network">
<div class="support"><h3>Support</h3>{network_svg(pairs, "support")}</div>
<div class="oppose"><h3>Oppose</h3>{network_svg(pairs, "oppose")}</div>
</div>
{_table(top_pairs, f"Top {TOP} stance pairs (holder, target, polarity)")}
{evidence}
<h2>Quarantine</h2>{_table(reasons, "Quarantined inputs per batch and reason")}
<h2>Runs</h2>{_table(run_rows, "Runs, newest first (validation status)")}
</body></html>
"""


def write_report(out: Path, target: Path) -> Path:
    target.write_text(build_report(out), encoding="utf-8")
    return target
