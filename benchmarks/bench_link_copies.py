"""The linker on the end-to-end corpus, without building it: the mentions of N filings of
benchmarks/corpus.py's mix (the bundled real filings, each copy a distinct filing), resolved
as `kg link` resolves a store's mentions (kg.link.resolve.resolve: organisations, blocking and
Splink, evidence by entity, rounds, clusters).

    nice -n 10 .venv/bin/python benchmarks/bench_link_copies.py 2000 20000

Each distinct bundled filing is extracted and mapped once (kg.link.mentions.mentions_from_filings);
copy k of it gets its own filing graph, accession and node IRIs, as a copy built by
`kg build` would (nodes named by a CIK keep their CIK IRI: they are one node in every
filing). What is not measured here: extraction, mapping and validation (bench_e2e.py), the
SPARQL that reads the mentions from a store, and writing the links graph. Reports CPU
seconds (user + system of this process, DuckDB's threads included), wall seconds, the
candidate pairs and peak RSS (max resident set of the process).
"""
from __future__ import annotations

import argparse
import copy
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def templates(names: set[str]) -> dict[str, list]:
    from corpus import DATA

    from kg.extract import extract
    from kg.link.mentions import mentions_from_filings

    return {name: mentions_from_filings([extract(DATA / name)]) for name in sorted(names)}


def copies(count: int) -> list:
    """The mentions of `count` filings drawn by the corpus mix, each copy its own filing."""
    from corpus import choices

    from kg.graph.vocab import INSTANCE_BASE

    drawn = choices(count)
    made = templates(set(drawn))
    shared = f"{INSTANCE_BASE}cik/"

    def renamed(iri: str, k: int) -> str:
        return iri if iri.startswith(shared) else f"{iri}-copy{k}"

    mentions = []
    for k, name in enumerate(drawn):
        for m in made[name]:
            c = copy.copy(m)
            c.graph, c.filing, c.iri = f"{m.graph}-copy{k}", f"{m.filing}-copy{k}", renamed(m.iri, k)
            c.ties = {renamed(x, k) for x in m.ties}
            c.associates = {renamed(x, k) for x in m.associates}
            c.posts = {renamed(node, k) + "\t" + role for node, _, role in (p.partition("\t") for p in m.posts)}
            mentions.append(c)
    mentions.sort(key=lambda m: (m.graph, m.iri))
    return mentions


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(count: int) -> dict:
    from kg.link.mentions import PERSON
    from kg.link.resolve import person_pairs, resolve

    started_cpu = cpu()
    mentions = copies(count)
    made_cpu, made = cpu(), time.perf_counter()
    pairs = person_pairs(mentions)
    pairs_cpu, paired = cpu(), time.perf_counter()
    result = resolve(mentions, pairs=pairs)
    done_cpu, done = cpu(), time.perf_counter()
    return {"filings": count, "mentions": len(mentions), "person_mentions": sum(m.kind == PERSON for m in mentions),
            "pairs": len(pairs), "entities": len(result.entities),
            "mentions_cpu_s": round(made_cpu - started_cpu, 1),
            "pairs_cpu_s": round(pairs_cpu - made_cpu, 1), "pairs_wall_s": round(paired - made, 1),
            "resolve_cpu_s": round(done_cpu - pairs_cpu, 1), "resolve_wall_s": round(done - paired, 1),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[2000])
    args = parser.parse_args()
    for size in args.sizes:
        print(run(size), flush=True)
