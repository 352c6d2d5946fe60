"""Incremental linking in `kg build`: adding filings to a linked store, against linking the
whole store again.

    .venv/bin/python benchmarks/bench_link_update.py 1000 4000      # store sizes in filings

A store of N synthetic filings is built: the bundled 8x8/STMicroelectronics Schedule 13D/A
(26 directors and officers in its annex) with a distinct accession number and its annex
and signer replaced by synthetic people (the generator of bench_linking.py: Zipf family
names, printed the ways filings print them, with organisation, address, citizenship and
title), then linked (`kg link`, from scratch). Then ADD more such filings are built and
linked (a) incrementally, as `kg build` does, and (b) from scratch, as `kg link` does,
each on its own copy of the store; both links graphs are compared (they must be equal).
Reports seconds per stage, the mentions resolved again and peak RSS (this process).
"""
from __future__ import annotations

import copy
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_linking import people, printed  # noqa: E402

SEED = ROOT / "examples" / "filings" / "13d_a_stmicro_8x8_2004.txt"
ADD = 10
COUNTRIES = {"USA": "US", "GBR": "GB", "CAN": "CA", "FRA": "FR", "DEU": "DE", "ITA": "IT", "NLD": "NL",
             "CHE": "CH", "JPN": "JP", "CHN": "CN", "IND": "IN", "BRA": "BR", "MEX": "MX"}


def synthetic_filings(template, start: int, count: int, population: list[dict], rng: random.Random):
    for index in range(start, start + count):
        filing = copy.deepcopy(template)
        filing.accession_number = f"9999999999-26-{index:06d}"
        for person in filing.people:
            p = rng.choice(population)
            person.name, person.name_as_printed = printed(rng, p), None
            person.organization, person.positions, person.other_positions = p["org"], [p["position"]], []
            person.affiliations, person.bodies = [], []
            person.country = COUNTRIES[p["country"]] if rng.random() < 0.6 else None
            person.citizenship = person.country
            person.address = p["address"] if rng.random() < 0.5 else None
            person.address_city = person.address_country = None
            person.printed, person.spans = {}, {}
        for signature in filing.signatures:
            signature.name, signature.printed, signature.spans = printed(rng, rng.choice(population)), {}, {}
        yield filing


def build(location: Path, filings) -> list[str]:
    from kg.graph.mapping import map_filing
    from kg.graph.store import build_batches, open_store

    graphs = []

    def mapped():
        for filing in filings:
            result = map_filing(filing, None)
            graphs.append(str(result.graph_iri))
            yield result

    with open_store(location, write=True) as store:
        build_batches(store, mapped())
    return graphs


def link(location: Path, changed: list[str] | None) -> tuple[float, object, set[str]]:
    import pyoxigraph as ox

    from kg.graph.store import open_store
    from kg.link.update import update_links
    from kg.link.vocab import LINKS_GRAPH

    with open_store(location, write=True) as store:
        started = time.perf_counter()
        update = update_links(store, None, changed=changed)
        seconds = time.perf_counter() - started
        quads = {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH)))}
    return seconds, update, quads


def run(count: int) -> dict:
    from kg.extract import extract

    template = extract(str(SEED))
    rng = random.Random(11)
    population = people(rng, max(1000, count * 27 // 3))
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base"
        started = time.perf_counter()
        build(base, synthetic_filings(template, 0, count, population, rng))
        build_s = time.perf_counter() - started
        full_s, first, _ = link(base, None)
        added = list(synthetic_filings(template, count, ADD, population, rng))
        for name in ("incremental", "scratch"):
            shutil.copytree(base, Path(folder) / name)
        graphs = build(Path(folder) / "incremental", added)
        incremental_s, update, incremental_quads = link(Path(folder) / "incremental", graphs)
        build(Path(folder) / "scratch", added)
        scratch_s, _, scratch_quads = link(Path(folder) / "scratch", None)
    return {"filings": count, "mentions": first.mentions, "build_s": round(build_s, 1),
            "link_all_s": round(full_s, 1), "added_filings": ADD, "incremental_s": round(incremental_s, 1),
            "compared_again": update.compared, "relink_all_s": round(scratch_s, 1),
            "equal": incremental_quads == scratch_quads, "incremental": update.incremental,
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2)}


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000"]:
        print(run(int(arg)), flush=True)
