"""Corpus-wide checks of extraction quality that need no gold, and extraction speed on one core.

    .venv/bin/python bench/speakers.py                    # every article of ../shared/corpus
    .venv/bin/python bench/speakers.py --limit 300 --json
    .venv/bin/python bench/speakers.py --quote-styles     # the same articles with other quotation marks

Runs the pipeline's own cleaning and extraction on each corpus article (Indonesian ones) and reports:
- the share of statements and of articles with at least one statement and with at least one stance;
- ``lower_case_names``: person speaker names holding a lower-case word other than a name particle,
  split into ``lower_case_role_descriptions`` (a role standing for a person the article does not
  name, as ANNOTATION.md asks: "juru bicara senior pemerintah") and ``lower_case_other`` (the rest:
  words taken into a name);
- ``short_names``: one-word person speaker names where the article has a longer person name ending
  or starting with that word (the speaker was not resolved to the fullest name);
- ``pronoun_to_non_person``: pronoun speakers resolved to something that is not a person, or to a
  name the document model types as a place or a state;
- ``person_statements_with_role``: the share of person speakers' statements that carry the person's role
  (title, office or description as the article gives it: CONTRACT.md ``speaker_role``);
- extraction time per article (statements and stances together, one core).
With ``--quote-styles``: the articles written with straight marks are rewritten with ``”`` for both
marks and with ``“`` for both (as many sites and exports write them), and the statements and stances
found in each rewriting are compared with those of the original (same start, kind and speaker; same
holder, target and polarity): a reader of the dataset should not see the glyph.
Examples of each defect are printed so that they can be read, never patched one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))

from tasks.extract import extract_article, lang  # noqa: E402
from tasks.extract.document import Document  # noqa: E402
from tasks.extract.ner import ARABIC_PARTICLE, PARTICLES  # noqa: E402
from tasks.ingest import Doc, Rejected, build_article, repair_mojibake  # noqa: E402
from tasks.language import detect_articles  # noqa: E402

PRONOUNS = {"ia", "dia", "beliau", "-nya"}


def corpus_docs(limit: int | None) -> list[Doc]:
    corpus = SHARED / "corpus"
    read = [(p, repair_mojibake(p.read_text("utf-8"))) for p in sorted(corpus.glob("antara-2017/*.txt"))]  # as ingest
    docs = [Doc(str(p.relative_to(corpus)), text, {}) for p, text in read]
    for path in sorted(corpus.glob("kompas-2025/*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                meta = {k: rec.get(k) for k in ("title", "url", "author", "editor", "published")}
                docs.append(Doc(f"{path.name}#{rec.get('id')}", repair_mojibake(rec["text"]), meta))
    docs += [Doc(str(p.relative_to(corpus)), p.read_text("utf-8"), {}) for p in sorted(corpus.glob("seed/*.txt"))]
    return docs[:limit] if limit else docs


def check(limit: int | None = None) -> dict:
    articles = []
    for doc in corpus_docs(limit):
        art = build_article(doc, "check")
        if not isinstance(art, Rejected):
            articles.append(art)
    articles = [a for a in detect_articles(articles) if a["language"] == "id"]
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {
        "lower_case_names": [], "role_descriptions": [], "short_names": [], "pronoun_to_non_person": []
    }  # fmt: skip
    elapsed = 0.0
    for art in articles:
        t0 = time.perf_counter()
        _, statements, stances = extract_article(art)
        elapsed += time.perf_counter() - t0
        counts["articles"] += 1
        counts["articles_with_statement"] += bool(statements)
        counts["articles_with_stance"] += bool(stances)
        counts["stances"] += len(stances)
        names = [s["speaker_name"] for s in statements if s["speaker_type"] == "person" and s["speaker_name"]]
        non_persons = _non_person_names(art["body"]) if any(
            (s["speaker"] or "").lower() in PRONOUNS for s in statements
        ) else set()
        for st in statements:
            counts["statements"] += 1
            name, kind = st["speaker_name"], st["speaker_type"]
            if not name:
                continue
            counts["named"] += 1
            if (st["speaker"] or "").lower() in PRONOUNS and (kind != "person" or name in non_persons):
                counts["pronoun_to_non_person"] += 1
                _example(examples["pronoun_to_non_person"], f"{st['speaker']} -> {name} ({kind})")
            if kind != "person":
                continue
            counts["person_named"] += 1
            counts["person_with_role"] += bool(st.get("speaker_role"))
            words = name.replace(" - ", "-").split()  # "Kim Jong - un": a hyphen set apart, one word
            if any(w[:1].islower() and w not in PARTICLES and not ARABIC_PARTICLE.match(w) for w in words):
                counts["lower_case_names"] += 1
                if _role_description(words):
                    counts["role_descriptions"] += 1  # no name in the article: ANNOTATION.md keeps the role
                    _example(examples["role_descriptions"], name)
                else:
                    _example(examples["lower_case_names"], name)
            if len(words) == 1 and any(
                len(o.split()) > 1 and (o.split()[-1] == name or o.split()[0] == name) for o in names
            ):
                counts["short_names"] += 1
                _example(examples["short_names"], name)
    n = max(1, counts["articles"])
    persons = max(1, counts["person_named"])
    return {
        "articles": counts["articles"],
        "statements": counts["statements"],
        "stances": counts["stances"],
        "share_articles_with_statement": round(counts["articles_with_statement"] / n, 4),
        "share_articles_with_stance": round(counts["articles_with_stance"] / n, 4),
        "person_speaker_names": counts["person_named"],
        "lower_case_names": round(counts["lower_case_names"] / persons, 4),
        "lower_case_role_descriptions": round(counts["role_descriptions"] / persons, 4),
        "lower_case_other": round((counts["lower_case_names"] - counts["role_descriptions"]) / persons, 4),
        "short_names": round(counts["short_names"] / persons, 4),
        "pronoun_to_non_person": counts["pronoun_to_non_person"],
        "person_statements_with_role": round(counts["person_with_role"] / persons, 4),
        "ms_per_article": round(elapsed * 1000 / n, 3),
        "examples": examples,
    }


STYLES = {"close_both": str.maketrans({'"': "”"}), "open_both": str.maketrans({'"': "“"})}


def quote_styles(limit: int | None = None) -> dict:
    """Statements and stances of the straight-quoted articles against the same articles rewritten
    with one glyph for both marks (see the module's docstring)."""
    articles = []
    for doc in corpus_docs(limit):
        art = build_article(doc, "check")
        if not isinstance(art, Rejected) and '"' in art["body"] and "“" not in art["body"]:
            articles.append(art)
    articles = [a for a in detect_articles(articles) if a["language"] == "id"]
    out: dict = {"articles": len(articles)}
    keys = [_keys(extract_article(a)) for a in articles]
    for style, table in STYLES.items():
        same = [0, 0]
        for art, (st0, sn0) in zip(articles, keys, strict=True):
            st1, sn1 = _keys(extract_article({**art, "body": art["body"].translate(table)}))
            same[0] += len(st0 & st1)
            same[1] += len(sn0 & sn1)
        total = [sum(len(k[0]) for k in keys), sum(len(k[1]) for k in keys)]
        out[style] = {
            "statements_same": f"{same[0]} of {total[0]}",
            "stances_same": f"{same[1]} of {total[1]}",
        }
    return out


def _keys(result: tuple) -> tuple[set, set]:
    _, statements, stances = result
    return (
        {(s["char_start"], s["kind"], s["speaker_name"]) for s in statements},
        {(t["char_start"], t["holder"], t["target"], t["polarity"]) for t in stances},
    )


def _role_description(words: list[str]) -> bool:
    """A speaker that is a role standing for an unnamed person ("juru bicara senior pemerintah",
    "seorang profesor bidang diet"): its head is a title, an office or a group word of the lexicon."""
    lex = lang.load("id")
    i = 1 if words[0].lower() in ("seorang", "para", "sang", "salah", "mantan", "sebagian", "sejumlah") else 0
    head = words[i].lower() if i < len(words) else ""
    two = " ".join(words[i : i + 2]).lower()
    return head in lex.titles or two in lex.titles or head in lex.title_words or head in lex.office_words


def _non_person_names(body: str) -> set[str]:
    """Texts the document model types as places or states and never uses for a person."""
    doc = Document(body, lang.load("id"))
    person_words = {w for p in doc.people for w in p.tokens}
    places = {body[m.start : m.end] for m in doc.mentions if m.type in ("place", "state")}
    # a text the tagger typed as a place once but whose words the article also uses for a person
    # ("Surya Batubara" beside "Surya") is a person's name, not a place
    return {t for t in places if not set(t.split()) & person_words}


def _example(bucket: list[str], text: str) -> None:
    if len(bucket) < 12 and text not in bucket:
        bucket.append(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="only the first N corpus documents")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--quote-styles", action="store_true", help="compare quotation-mark styles instead")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}: set WARTA_SHARED")
        return 2
    if args.quote_styles:
        print(json.dumps(quote_styles(args.limit), ensure_ascii=False, indent=2))
        return 0
    result = check(args.limit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for key, value in result.items():
        if key != "examples":
            print(f"{key:<32} {value}")
    for key, items in result["examples"].items():
        print(f"\n{key} (examples): " + "; ".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
