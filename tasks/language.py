"""Stage 2, language: langdetect, seeded so the same text always gets the same answer.

``und`` with score 0.0 when the text has no letters or langdetect cannot decide.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

from langdetect import DetectorFactory, detector_factory
from langdetect.lang_detect_exception import LangDetectException

log = logging.getLogger(__name__)

UNDETERMINED = "und"
_lock = threading.Lock()
_loaded = False


def _ensure_profiles() -> None:
    """Load langdetect's profiles once (its lazy loading is not thread-safe)."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if not _loaded:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _loaded = True


def detect_language(text: str, max_chars: int = 0) -> tuple[str, float]:
    """Top language of ``text`` and its probability; ``max_chars`` > 0 looks at a prefix only."""
    sample = text[:max_chars] if max_chars > 0 else text
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    _ensure_profiles()
    DetectorFactory.seed = 0
    try:
        detector = detector_factory._factory.create()  # type: ignore[union-attr]
        detector.append(sample)
        best = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED, 0.0
    if not best:
        return UNDETERMINED, 0.0
    return str(best[0].lang), min(1.0, max(0.0, float(best[0].prob)))


def detect_articles(articles: Iterable[dict[str, Any]], max_chars: int = 0) -> list[dict[str, Any]]:
    """Fill ``language`` and ``language_score`` of article rows (returns new dicts)."""
    out = []
    for row in articles:
        lang, score = detect_language(row["body"], max_chars)
        out.append({**row, "language": lang, "language_score": score})
    return out


from prefect import task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402


@task(name="detect-language", cache_policy=NO_CACHE)
def language_task(articles: list[dict[str, Any]], max_chars: int = 0) -> list[dict[str, Any]]:
    return detect_articles(articles, max_chars)
