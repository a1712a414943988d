"""Chunk hand-over between stage tasks: each task reads its chunk from the staging folder and
writes its result there, so tasks pass a folder and a chunk number, never rows.

(Prefect walks every task parameter to track inputs; rows as parameters cost ~1 s per call.)
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def work_file(stage_dir: str, part: int, step: str) -> Path:
    return Path(stage_dir) / "_work" / f"{part:05d}-{step}.pkl"


def save(stage_dir: str, part: int, step: str, data: Any) -> None:
    path = work_file(stage_dir, part, step)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load(stage_dir: str, part: int, step: str, remove: bool = True) -> Any:
    """The result a previous step left for this chunk (removed once read)."""
    path = work_file(stage_dir, part, step)
    with path.open("rb") as fh:
        data = pickle.load(fh)
    if remove:
        path.unlink()
    return data
