"""Build ``tasks/extract/lang/id/common_words.tsv``: words Indonesian news writes in lower case.

    .venv/bin/python bench/common_words.py           # rebuild the file from ../shared
    .venv/bin/python bench/common_words.py --check   # say whether the shipped file is what a rebuild gives

A word is common when it is written in lower case (letters, inner hyphens, two letters or more) in the
training sentences of idner-news-2k (``train.txt`` and ``dev.txt``, never ``test.txt``) or in at least
two articles of ``../shared/corpus``. The name tagger's rules read the list to tell a sentence's first word
that is a name ("Rusdiyanto membuka ...") from one that is a common word capitalised by its place
("Wawancara menggunakan ...", "Gerilyawan membunuh ..."). Only the word forms are kept: no sentence, no
order, no count, and no name the sources write in capitals.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from speakers import corpus_docs  # noqa: E402
from train_names import DATA, read_conll  # noqa: E402

OUT = ROOT / "tasks" / "extract" / "lang" / "id" / "common_words.tsv"
# a lower-case word standing in running text: not a part of a web or mail address ("kompas.com", "x@gmail")
WORD = re.compile(r"(?<![\w./@-])[a-z]{2,}(?:-[a-z]+)*(?![\w/@-]|\.\w)")
MIN_ARTICLES = 2
HEADER = """\
# Words Indonesian news writes in lower case: a sentence's first word among them is a common word
# capitalised by its place, not a name (tasks/extract/ner.py, _opening_subject).
# Built by bench/common_words.py (do not edit by hand): the lower-case word forms of idner-news-2k
# train.txt + dev.txt (MIT, khairunnisaor/idner-news-2k@625ff40; test.txt is never read) and those
# written in lower case in at least two articles of ../shared/corpus (ANTARA 2017, Kompas 2025).
# Word forms only: no sentence, order or count is kept.
word
"""


def build() -> list[str]:
    words: set[str] = set()
    for name in ("train.txt", "dev.txt"):
        for tokens, _ in read_conll(DATA / name):
            words.update(t for t in tokens if WORD.fullmatch(t))
    per_article: Counter[str] = Counter()
    for doc in corpus_docs(None):
        per_article.update(set(WORD.findall(doc.text)))
    words.update(w for w, n in per_article.items() if n >= MIN_ARTICLES)
    return sorted(words)


def render(words: list[str]) -> str:
    return HEADER + "".join(w + "\n" for w in words)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare the shipped file with a rebuild")
    args = ap.parse_args()
    if not (DATA / "train.txt").is_file():
        print(f"idner-news-2k not found at {DATA}; put ../shared next to the repository", file=sys.stderr)
        return 2
    text = render(build())
    if args.check:
        same = OUT.is_file() and OUT.read_text("utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'the same as a rebuild' if same else 'differs from a rebuild'}")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
