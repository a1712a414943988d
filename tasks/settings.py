"""Run settings in one frozen object, filled from ``WARTA_*`` environment variables and flags."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

BATCH_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name}={raw!r} is not a whole number; unset it or give e.g. {default}") from exc


@dataclass(frozen=True)
class Settings:
    """Everything a run may be told. Flags win over ``WARTA_*`` variables, which win over defaults."""

    out_dir: Path = field(default_factory=lambda: Path("data/out"))
    max_bytes: int = 5_000_000  # inputs larger than this are quarantined as ``too_large``
    chunk_size: int = 500  # articles handled together by one task call
    lang_max_chars: int = 300  # prefix given to langdetect first; 0 = always the whole body
    workers: int = 0  # processes for language detection and extraction; 0 = one per core

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        base = cls(
            out_dir=Path(os.environ.get("WARTA_OUT", "data/out")),
            max_bytes=_env_int("WARTA_MAX_BYTES", cls.max_bytes),
            chunk_size=_env_int("WARTA_CHUNK_SIZE", cls.chunk_size),
            lang_max_chars=_env_int("WARTA_LANG_MAX_CHARS", cls.lang_max_chars),
            workers=_env_int("WARTA_WORKERS", cls.workers),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **given)  # type: ignore[arg-type]


def check_batch_id(batch_id: str) -> str:
    """Return ``batch_id`` if it can name a partition folder, else raise with what to do."""
    if not BATCH_ID_RE.match(batch_id):
        raise ValueError(
            f"batch id {batch_id!r} cannot name a partition: use letters, digits, '.', '_' or '-' "
            "(at most 128, not starting with '.', '_' or '-'); pass --batch-id to choose one"
        )
    return batch_id
