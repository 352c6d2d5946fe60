"""Curated-query latency: the embedded store (pyoxigraph) against rdflib's in-memory store.

    .venv/bin/python benchmarks/bench_queries.py --sizes 1000000 10000000 --rdflib-max 1000000

Synthetic graphs: the bundled filings (tests/data: seed, filings, xml, rosters) built once,
then copied with distinct IRIs (every `https://w3id.org/kg-sec/id/` IRI gets a copy prefix)
until the size is reached. Each curated query runs unbound (every organisation, person,
issuer), once to warm up and then `--repeat` times; the median is reported. rdflib runs in a
forked child per query, stopped after `--cap` seconds. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox

from kg.graph.vocab import INSTANCE_BASE
from kg.sparql.queries import curated_queries


def bundled_nquads() -> bytes:
    from kg.batch import expand_inputs
    from kg.graph.store import build, open_store
    store = open_store("memory")
    inputs = [str(ROOT / "tests" / "data" / name) for name in ("seed", "filings", "xml", "rosters")]
    build(store, expand_inputs(inputs), validate=False)
    return store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)


def synthetic(base: bytes, size: int):
    """N-Quads chunks of copies with distinct IRIs, `size` quads or a little more."""
    per_copy = base.count(b"\n")
    for copy in range(-(-size // per_copy)):
        yield base.replace(INSTANCE_BASE.encode(), f"{INSTANCE_BASE}c{copy}/".encode())


def time_oxigraph(store: ox.Store, text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        answer = store.query(text, use_default_graph_as_union=True)
        rows = sum(1 for _ in answer) if not isinstance(answer, ox.QueryBoolean) else 1
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]), rows


def _rdflib_child(dataset, text, queue):
    start = time.perf_counter()
    try:
        rows = len(list(dataset.query(text)))
    except Exception as exc:  # rdflib cannot run every query: say which error
        queue.put((None, f"{type(exc).__name__}"))
        return
    queue.put((time.perf_counter() - start, rows))


def time_rdflib(dataset, text: str, cap: float):
    queue = mp.get_context("fork").Queue()
    child = mp.get_context("fork").Process(target=_rdflib_child, args=(dataset, text, queue))
    child.start()
    child.join(cap)
    if child.is_alive():
        child.kill()
        child.join()
        return None, None
    return queue.get(timeout=10) if not queue.empty() or child.exitcode == 0 else (None, "crashed")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--rdflib-max", type=int, default=1_000_000, help="largest size also run in rdflib")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cap", type=float, default=300.0, help="seconds an rdflib query may take")
    args = parser.parse_args()
    base = bundled_nquads()
    queries = curated_queries()
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, pyoxigraph {ox.__version__}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            store = ox.Store(folder)
            start = time.perf_counter()
            for chunk in synthetic(base, size):
                store.bulk_load(chunk, ox.RdfFormat.N_QUADS)
            store.optimize()
            print(f"\n{len(store):,} triples: embedded store loaded in {time.perf_counter() - start:.1f} s")
            dataset = None
            if size <= args.rdflib_max:
                from rdflib import Dataset
                start = time.perf_counter()
                dataset = Dataset(default_union=True)
                for chunk in synthetic(base, size):
                    dataset.parse(data=chunk, format="nquads")
                print(f"rdflib Dataset loaded in {time.perf_counter() - start:.1f} s")
            print("\n| query | rows | oxigraph ms | rdflib ms | rdflib / oxigraph |")
            print("| --- | ---: | ---: | ---: | ---: |")
            for query in queries:
                seconds, rows = time_oxigraph(store, query.text, args.repeat)
                other = "not run"
                ratio = ""
                if dataset is not None:
                    slow, note = time_rdflib(dataset, query.text, args.cap)
                    if slow is None and note:
                        other, ratio = f"fails ({note})", ""
                    elif slow is None:
                        other, ratio = f"> {args.cap * 1000:,.0f}", f"> {args.cap / seconds:,.0f}"
                    else:
                        other, ratio = f"{slow * 1000:,.0f}", f"{slow / seconds:,.1f}"
                print(f"| {query.name} | {rows:,} | {seconds * 1000:,.1f} | {other} | {ratio} |", flush=True)
            del store


if __name__ == "__main__":
    main()
