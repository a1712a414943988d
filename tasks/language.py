"""Stage 2, language: langdetect, seeded so the same text always gets the same answer.

``und`` with score 0.0 when the text has no letters or langdetect cannot decide. For speed the
detector first reads a prefix of the body (``max_chars``); when it is less sure than
``min_confidence`` it reads the whole body, so the answer equals a full-text detection on
>= 99.5% of news articles at a fraction of the cost (docs/benchmarks.md).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

from langdetect import DetectorFactory, detector_factory
from langdetect.lang_detect_exception import LangDetectException

from tasks._task import lazy_task

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


MIN_CONFIDENCE = 0.99
PREFIX_TRIALS = 2  # langdetect defaults to 7 random trials; a confident prefix needs fewer (docs/benchmarks.md)
FULL_TRIALS = 7


def detect_language(text: str, max_chars: int = 0, min_confidence: float = MIN_CONFIDENCE) -> tuple[str, float]:
    """Top language of ``text`` and its probability. With ``max_chars`` > 0 a prefix is read
    first (with fewer trials), and the whole text only when the prefix gives less than
    ``min_confidence``."""
    if 0 < max_chars < len(text):
        lang, score = _detect(text[:max_chars], PREFIX_TRIALS)
        if score >= min_confidence:
            return lang, score
    return _detect(text, FULL_TRIALS)


def _detect(sample: str, trials: int = FULL_TRIALS) -> tuple[str, float]:
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    _ensure_profiles()
    DetectorFactory.seed = 0
    try:
        detector = detector_factory._factory.create()  # type: ignore[union-attr]
        detector.n_trial = trials
        detector.append(sample)
        best = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED, 0.0
    if not best:
        return UNDETERMINED, 0.0
    return str(best[0].lang), min(1.0, max(0.0, float(best[0].prob)))


def detect_bodies(bodies: list[str], max_chars: int = 0) -> list[tuple[str, float]]:
    return [detect_language(b, max_chars) for b in bodies]


def detect_articles(articles: Iterable[dict[str, Any]], max_chars: int = 0) -> list[dict[str, Any]]:
    """Fill ``language`` and ``language_score`` of article rows (returns new dicts)."""
    out = []
    for row in articles:
        lang, score = detect_language(row["body"], max_chars)
        out.append({**row, "language": lang, "language_score": score})
    return out


@lazy_task(name="detect-language")
def language_task(stage_dir: str, part: int, max_chars: int = 0) -> int:
    """Detect the language of one staged chunk (in the worker pool); returns its article count."""
    from tasks.parallel import pmap
    from tasks.timing import measure
    from tasks.work import load, save

    with measure("language"):
        articles, rejected = load(stage_dir, part, "ingested")
        found = pmap(detect_bodies, [a["body"] for a in articles], max_chars)
        for row, (lang, score) in zip(articles, found, strict=True):
            row["language"], row["language_score"] = lang, score
        save(stage_dir, part, "language", (articles, rejected))
    return len(articles)
