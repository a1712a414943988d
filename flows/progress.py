"""Progress of a run, reported by the flow and shown by the CLI (a bar on terminals only)."""

from __future__ import annotations

from collections.abc import Callable

_hook: Callable[[int, int], None] | None = None


def set_hook(hook: Callable[[int, int], None] | None) -> None:
    global _hook
    _hook = hook


def report(done: int, total: int) -> None:
    if _hook is not None:
        _hook(done, total)


def summary_markdown(s: dict) -> str:
    """The run summary as Markdown (for the Prefect artifact)."""
    counts = s.get("staged_counts", {})
    lines = [
        f"# Warta run of batch `{s['batch_id']}`",
        "",
        "| | |",
        "|---|---|",
        f"| status | {s['status']} |",
        f"| validation | {'passed' if s['validation_success'] else 'FAILED'} |",
        f"| inputs | {s['n_inputs']} |",
        *(f"| {t} | {counts.get(t, 0)} |" for t in ("articles", "statements", "stances", "quarantine")),
        f"| seconds | {s.get('flow_seconds', 0)} |",
    ]
    if s.get("quarantine_reasons"):
        lines += ["", "Quarantine: " + ", ".join(f"{k} {v}" for k, v in s["quarantine_reasons"].items())]
    if s.get("failures"):
        lines += ["", "Failed expectations:", *(f"- {f}" for f in s["failures"][:20])]
    return "\n".join(lines)
