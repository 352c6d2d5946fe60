"""Linking on labelled real pairs: precision and recall over tests/data/linking/pairs.jsonl.

    .venv/bin/python benchmarks/bench_link_pairs.py

Every bundled real filing of tests/data is built into one store in memory and linked
(kg.link.resolve, the same code as `kg link`); for each labelled pair of mentions, the
truth (same or different person or organisation, decided by reading the filings) is
compared with whether the linker put both in one entity. Prints precision and recall,
the pairs counted, and every pair it got wrong.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"
PAIRS = DATA / "linking" / "pairs.jsonl"


def corpus():
    from kg.graph.store import build, open_store
    from kg.link.mentions import former_names, mentions_from_store

    files = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix not in (".json", ".md", ".jsonl")
                   and "rosters_real" not in p.parts)   # the roster accuracy corpus is not linked
    store = open_store("memory")
    build(store, [str(p) for p in files], validate=False)
    return mentions_from_store(store, former_names([str(p) for p in files]))


def find(mentions, spec) -> int:
    found = [i for i, m in enumerate(mentions) if m.source.endswith(spec["file"])
             and spec["name"] in m.names and (spec.get("role") is None or spec["role"] in m.roles)]
    if len(found) != 1:
        raise SystemExit(f"{spec}: {len(found)} mentions")
    return found[0]


def score(mentions, result) -> dict:
    tp = fp = fn = tn = 0
    wrong, cross = [], 0
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        a, b = find(mentions, pair["a"]), find(mentions, pair["b"])
        together = result.entity_of[a] == result.entity_of[b]
        tp += together and pair["same"]
        fp += together and not pair["same"]
        fn += pair["same"] and not together
        tn += not together and not pair["same"]
        cross += pair["a"]["file"] != pair["b"]["file"]
        if together != pair["same"]:
            wrong.append(pair)
    return {"pairs": tp + fp + fn + tn, "same": tp + fn, "different": fp + tn, "across_filings": cross,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "wrong": wrong}


def main() -> None:
    from kg.link.resolve import resolve

    started = time.perf_counter()
    mentions = corpus()
    result = resolve(mentions)
    figures = score(mentions, result)
    print(f"labelled pairs: {figures['pairs']} ({figures['same']} same, {figures['different']} different, "
          f"{figures['across_filings']} across filings); {len(mentions)} mentions, "
          f"{len(result.entities)} entities, {time.perf_counter() - started:.1f} s")
    print(f"precision {figures['precision']:.2f}, recall {figures['recall']:.2f}")
    for pair in figures["wrong"]:
        print("wrong:", json.dumps(pair))


if __name__ == "__main__":
    main()
