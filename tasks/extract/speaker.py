"""A resolved speaker: who a statement's attribution names, as the extraction records it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    written: str | None
    name: str | None
    type: str  # person | organization | country | group | unknown
    role: str | None = None
    code: str | None = None


UNKNOWN = Speaker(None, None, "unknown")


def described(speaker: Speaker) -> bool:
    """Someone the article describes by their relation to a person and does not name ("kuasa hukum Budi",
    "ayah Rina"): a source, whose name is unknown."""
    return speaker.type == "unknown" and speaker.name is None and bool(speaker.written) and speaker.role is not None
