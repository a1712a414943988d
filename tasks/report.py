"""``warta report``: one self-contained HTML page an analyst can open or mail.

Counts per batch and language, top speakers, the most frequent stance pairs, a stance network
(holders -> targets; support and oppose drawn apart, as inline SVG), quarantine reasons and the
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


def network_svg(pairs: pd.DataFrame, polarity: str, size: int = 420) -> str:
    """Holders -> targets of one polarity on a circle; edge width grows with the count."""
    sub = pairs[pairs.polarity == polarity]
    if sub.empty:
        return f"<p class='none'>no {polarity} stances</p>"
    degree: Counter[str] = Counter()
    for r in sub.itertuples(index=False):
        degree[r.holder] += r.n
        degree[r.target] += r.n
    nodes = [name for name, _ in degree.most_common(NETWORK_NODES)]
    centre, radius = size / 2, size / 2 - 70
    angles = {name: 2 * math.pi * i / len(nodes) for i, name in enumerate(nodes)}
    pos = {name: (centre + radius * math.cos(a), centre + radius * math.sin(a)) for name, a in angles.items()}
    colour = COLOURS[polarity]
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}' viewBox='0 0 {size} {size}' "
        f"role='img' aria-label='{polarity} stances'>",
        f"<defs><marker id='arrow-{polarity}' viewBox='0 0 10 10' refX='18' refY='5' markerWidth='6' "
        f"markerHeight='6' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='{colour}'/></marker></defs>",
    ]
    for r in sub.itertuples(index=False):
        if r.holder in pos and r.target in pos:
            (x1, y1), (x2, y2) = pos[r.holder], pos[r.target]
            width = 1 + 1.5 * math.log2(1 + r.n)
            parts.append(
                f"<line class='edge' x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{colour}' "
                f"stroke-opacity='0.6' stroke-width='{width:.1f}' marker-end='url(#arrow-{polarity})'>"
                f"<title>{html.escape(r.holder)} → {html.escape(r.target)}: {r.n}</title></line>"
            )
    for name, (x, y) in pos.items():
        anchor = "start" if x >= centre else "end"
        dx = 9 if x >= centre else -9
        label = html.escape(name)
        parts.append(
            f"<circle class='node' cx='{x:.1f}' cy='{y:.1f}' r='6' fill='#333'><title>{label}</title></circle>"
            f"<text x='{x + dx:.1f}' y='{y + 4:.1f}' text-anchor='{anchor}' font-size='11'>{label}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def build_report(out: Path) -> str:
    """The HTML page for the dataset under ``out``."""
    arts = _read(out, "articles", ["batch_id", "language", "extraction_supported"])
    st = _read(out, "statements", ["speaker_name", "speaker_type", "kind"])
    sn = _read(out, "stances", ["holder", "target", "polarity"])
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
th {{ background: #f2f2f2; }} .none {{ color: #777; }}
.networks {{ display: flex; flex-wrap: wrap; gap: 1em; }}
.support h3 {{ color: {COLOURS["support"]}; }} .oppose h3 {{ color: {COLOURS["oppose"]}; }}
</style></head><body>
<h1>Warta report</h1>
<p id="summary">{html.escape(summary)}. Dataset: {html.escape(str(out))}; generated {generated}.</p>
<h2>Articles</h2>{_table(per_batch, "Articles per batch and language")}
<h2>Speakers</h2>{_table(speakers, f"Top {TOP} speakers")}
<h2>Stances</h2>{_table(top_pairs, f"Top {TOP} stance pairs (holder, target, polarity)")}
<div class="networks">
<div class="support"><h3>Support</h3>{network_svg(pairs, "support")}</div>
<div class="oppose"><h3>Oppose</h3>{network_svg(pairs, "oppose")}</div>
</div>
<h2>Quarantine</h2>{_table(reasons, "Quarantined inputs per batch and reason")}
<h2>Runs</h2>{_table(run_rows, "Runs, newest first (validation status)")}
</body></html>
"""


def write_report(out: Path, target: Path) -> Path:
    target.write_text(build_report(out), encoding="utf-8")
    return target
