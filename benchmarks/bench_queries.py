"""Curated-query latency in process (pyoxigraph), bound to typical parameters and unbound.

    .venv/bin/python benchmarks/bench_queries.py --sizes 1000000 10000000      # writes BENCHMARKS.md
    .venv/bin/python benchmarks/bench_queries.py --sizes 200000 --no-write

Synthetic corpus: the bundled real filings (tests/data) built once, then copied with distinct
IRIs until the size is reached. A copy is not the same filings again: every word of every
schema:name gets the copy's code after its third character ("Douglas Dunn" becomes
"Douqbglas Dunqbn" in copy 41), its name keys are written anew (kg.graph.search), and
accession numbers get the copy's number; so a bound name finds one copy's entity while its
three-letter key is shared by every copy, as "dun" is shared by Dunn, Duncan and Dunbar in a
real corpus, its four-letter key by one copy in 26 (those whose code starts with the same
letter) and its longer keys by about one copy. Form types, finding codes and countries stay as they are: a
query bound to them grows with the corpus.

Each curated query runs with the typical parameters below (the tests' own) `--repeat` times
after a warm-up (p50 and p95 reported), and unbound (every organisation, person, issuer: the
whole answer) once after a warm-up, in a forked child stopped after `--cap` seconds.
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing as mp
import platform
import queue as queue_module
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.graph.search import KEY_LENGTHS, name_keys  # noqa: E402
from kg.graph.summary import board_row  # noqa: E402
from kg.graph.vocab import INSTANCE_BASE, KG, PROV, SCHEMA  # noqa: E402
from kg.sparql.queries import curated_queries, parse_params, prepare, run_query  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section  # noqa: E402

SECTION = "Queries"
SEED_PERSON = f"{INSTANCE_BASE}filing/sha256/"  # completed from the store: Douglas Dunn of the seed
TYPICAL = {
    "affiliations-of-person": ["person_name=tom de waard"],
    "board-and-officers": ["organization_name=stmicro"],
    "data-quality-findings": ["finding_code=percent-mismatch", "issuer_name=icahn"],
    "derivative-positions": ["owner_name=scarpelli"],
    "entities": ["entity_name=icahn"],
    "filings-about-issuer": ["issuer_name=snowflake"],
    "filings": ["form_type=SC 13G"],
    "holdings-over-time": ["filer_name=stmicroelectronics", "issuer_name=8x8"],
    "insider-trades": ["issuer_name=snowflake", "kind=open-market-sale"],
    "major-holders": ["issuer_name=icahn", "min_percent=50"],
    "people-by-citizenship": ["country_code=bra"],
    "people-on-several-boards": ["person_name=dunn"],
    "provenance-of-fact": ["subject_name=douglas dunn", f"property={SCHEMA.name}"],
    "reporting-persons": ["accession_number=0001104659-25-002604"],
    "same-person-across-filings": ["person_name=pistorio"],
    "transactions-of-filer": ["filer_name=scarpelli", "from_date=2022-12-01", "to_date=2022-12-31"],
}
FOLDER: dict = {}  # store -> its folder, which the children open read-only
# Further cases, measured beside the typical one: parameters that do not narrow by a name.
MORE = {"people-on-several-boards": [["min_boards=4"]]}
_NAME = f"<{SCHEMA.name}>".encode()
_KEY = f"<{KG.nameKey}>".encode()
_ACCESSION = f"<{KG.accessionNumber}>".encode()
_BOARDS = f"<{KG.boardNames}>".encode()  # a summary graph's names (kg.graph.summary), renamed with them
_MEMBER = f"<{KG.memberName}>".encode()
_ROW = f"<{KG.boardRow}>".encode()  # a summary graph's board rows (JSON), renamed too; their subjects are shared
_LITERAL = re.compile(rb'^(\S+) (\S+) "((?:[^"\\]|\\.)*)"(.*)$')


def bundled_nquads() -> bytes:
    from kg.batch import expand_inputs
    from kg.graph.store import build, open_store
    store = open_store("memory")
    inputs = [str(ROOT / "tests" / "data" / name) for name in ("seed", "filings", "xml", "rosters")]
    build(store, expand_inputs(inputs), validate=False)
    from kg.link.update import update_links
    update_links(store, "")  # the links graph (canonical entities), as `kg build` writes it
    return store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)


_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    """An N-Quads string's value (its escapes read)."""
    return re.sub(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None else _ESCAPES[m.group(3)], text)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def code(copy: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[copy // 26 ** i % 26] for i in (2, 1, 0)).lstrip("a") or "a"


def rename(name: str, tag: str) -> str:
    return re.sub(r"\w+", lambda m: m.group(0)[:3] + tag + m.group(0)[3:], name)


class Corpus:
    """Copies of the bundled graphs: IRIs, names (and their keys) and accession numbers per copy."""

    def __init__(self, base: bytes):
        self.rest, self.names, self.accessions, self.boards, rows = [], [], [], [], []
        for line in base.splitlines(keepends=True):
            parts = line.split(b" ", 2)
            if len(parts) == 3 and parts[1] == _KEY:
                continue
            if len(parts) == 3 and parts[1] == _ROW:
                rows.append(line)
                continue
            match = (_LITERAL.match(line.rstrip(b"\n")) if len(parts) == 3 and parts[1] in (_NAME, _ACCESSION, _BOARDS, _MEMBER)
                     else None)
            if match and parts[1] == _NAME:
                self.names.append((match.group(1), _unescape(match.group(3).decode()), match.group(4)))
            elif match and parts[1] in (_BOARDS, _MEMBER):
                self.boards.append((match.group(1), parts[1], _unescape(match.group(3).decode()), match.group(4)))
            elif match:
                self.accessions.append((match.group(1), _unescape(match.group(3).decode()), match.group(4)))
            else:
                self.rest.append(line)
        self.rest = b"".join(self.rest)
        self.per_copy = base.count(b"\n")
        self.rows = [(quad.subject, json.loads(quad.object.value), quad.graph_name.value)
                     for quad in ox.parse(b"".join(rows), ox.RdfFormat.N_QUADS)]

    def copy(self, index: int) -> bytes:
        tag = "" if index == 0 else code(index)
        lines = []
        for subject, name, tail in self.names:
            new = rename(name, tag) if tag else name
            text = _escape(new)
            lines.append(b'%s %s "%s"%s\n' % (subject, _NAME, text.encode(), tail))
            lines += [b'%s %s "%s"%s\n' % (subject, _KEY, key.encode(), tail) for key in name_keys(new)]
        for subject, prop, names, tail in self.boards:
            new = names if not tag else rename(names, tag) if prop == _MEMBER else \
                "; ".join(sorted(rename(name, tag) for name in names.split("; ")))
            text = _escape(new)
            lines.append(b'%s %s "%s"%s\n' % (subject, prop, text.encode(), tail))
        for subject, number, tail in self.accessions:
            lines.append(b'%s %s "%s"%s\n' % (subject, _ACCESSION, _escape(f"{number}{'-' + str(index) if index else ''}")
                                                .encode(), tail))
        chunk = self.rest + b"".join(lines)
        chunk = chunk.replace(INSTANCE_BASE.encode(), f"{INSTANCE_BASE}c{index}/".encode()) if index else chunk
        return chunk + b"".join(self.row_line(subject, row, graph, index, tag) for subject, row, graph in self.rows)

    @staticmethod
    def row_line(subject, row, graph: str, index: int, tag: str) -> bytes:
        """A board row of copy `index`: its names renamed (the board names sorted again), its filing
        and graph those of the copy, its subject (a node shared by every filing) as it is."""
        person, boards, names, filing = row
        if tag:
            person = rename(person, tag)
            names = "; ".join(sorted(rename(name, tag) for name in names.split("; ")))
            filing, graph = (text.replace(INSTANCE_BASE, f"{INSTANCE_BASE}c{index}/", 1) for text in (filing, graph))
        literal = ox.Literal(board_row(person, boards, names, filing))
        return f"{subject} <{KG.boardRow}> {literal} <{graph}> .\n".encode()


class AsBuilt:
    """The loaded store as `kg build` leaves it (what run_query reads of a kg store): the longer
    name keys, and every filing with its summary graph (kg.graph.summary), copied with it."""

    def __init__(self, oxigraph: ox.Store):
        self.oxigraph, self.key_lengths, self.board_counts, self.board_rows = oxigraph, KEY_LENGTHS, True, True


def timed(store: ox.Store, query, bindings, cpu: list | None = None) -> tuple[float, int]:
    start, started = time.perf_counter(), time.process_time()
    rows = len(run_query(AsBuilt(store), query, bindings).rows)
    if cpu is not None:
        cpu.append((time.process_time() - started) * 1000)
    return time.perf_counter() - start, rows


def _child(folder, query, bindings, queue):
    cpu = []
    seconds, rows = timed(ox.Store.read_only(folder), query, bindings, cpu)
    queue.put((seconds, rows, cpu[0]))


def bounded(store, query, bindings, cap: float, retry: bool = True):
    """(seconds, rows, CPU ms) of one run in a forked child, or (None, None, None) past the cap."""
    context = mp.get_context("forkserver")  # not a fork of this process: DuckDB threads of the link step
    queue = context.Queue()
    child = context.Process(target=_child, args=(FOLDER[store], query, bindings, queue))
    child.start()
    child.join(cap)
    if child.is_alive():
        child.kill()
        child.join()
        return None, None, None
    try:
        return queue.get(timeout=10)
    except queue_module.Empty:  # the child died (a fork of a store busy in its own threads): once more
        print(f"{query.name}: the child gave no answer (exit code {child.exitcode}); once more", flush=True)
        return bounded(store, query, bindings, cap, False) if retry else (None, None, None)


def unbound(store, query, cap: float):
    """(seconds, rows) of the unbound query after a warm-up (none when it takes seconds), or
    (None, None) past the cap."""
    seconds, rows = None, None
    for _ in range(2):  # a warm-up, unless the first run took seconds
        if seconds is not None and seconds > 2:
            break
        seconds, rows, _ = bounded(store, query, {}, cap)
        if seconds is None:
            return None, None
    return seconds, rows


def measure(store: ox.Store, size: int, repeat: int, cap: float, only: list[str] | None = None) -> list[dict]:
    dunn = store.query(f'SELECT ?p WHERE {{ GRAPH ?g {{ ?p <{SCHEMA.name}> "Douglas Dunn" ; a <{SCHEMA.Person}> . '
                       f"?g <{PROV.wasDerivedFrom}> ?filing }} }} ORDER BY ?p LIMIT 1",  # a filing graph's, not links'
                       use_default_graph_as_union=False)
    person = next(iter(dunn))["p"].value
    results = []
    for query in curated_queries():
        if only and query.name not in only:
            continue
        cases = [("typical", TYPICAL.get(query.name, []))]
        cases += [("more", params) for params in MORE.get(query.name, [])]
        if query.name == "provenance-of-fact":
            cases.append(("entity", [f"subject={person}"]))
        for label, params in cases:
            bindings = parse_params(query, params)
            times, cpu, rows = [], [], 0
            if bounded(store, query, bindings, cap)[0] is None:  # the warm-up, in a child: past the cap
                results.append({"query": query.name, "case": label, "params": params, "rows": None,
                                "indexed": _indexed(query, bindings)})
                continue
            budget = time.perf_counter() + cap
            while len(times) < repeat and (len(times) < 3 or time.perf_counter() < budget):
                seconds, rows = timed(store, query, bindings, cpu)
                times.append(seconds * 1000)
            results.append({"query": query.name, "case": label, "params": params, "rows": rows,
                            "runs": len(times), "p50": statistics.median(times), "p95": _p95(times),
                            "cpu_p95": _p95(cpu), "indexed": _indexed(query, bindings)})
        seconds, rows = unbound(store, query, cap)
        results[-len(cases)]["unbound_ms"] = None if seconds is None else seconds * 1000
        results[-len(cases)]["unbound_rows"] = rows
        print(results[-1], flush=True)
    return results


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _indexed(query, bindings) -> bool:
    text, _ = prepare(query, bindings)
    return text != prepare(query, {})[0]


def markdown(runs: list[tuple[int, float, list[dict]]], cap: float, repeat: int) -> str:
    lines = [f"## {SECTION}", "",
             "`benchmarks/bench_queries.py`: each curated query in process (pyoxigraph "
             f"{ox.__version__}, on-disk store opened read-only, default graph = union of the filing graphs), "
             f"bound to the typical parameters of the tests ({repeat} runs after a warm-up, fewer when they pass "
             f"{cap:.0f} s: p50 and p95) and unbound (the whole answer: one run after a warm-up), in the same "
             f"run; every single run is stopped after {cap:.0f} s (a child process) and recorded as "
             f"\"> {cap * 1000:,.0f}\". Synthetic corpus: the bundled real filings (tests/data), built and "
             "linked (the links graph of `kg build`), copied with distinct IRIs, every word of every name "
             "changed after its third letter and accession numbers made distinct per copy (so a bound name "
             "finds one copy's entity while its three-letter search key is shared by every copy, its four-letter "
             "key by one copy in 26 and its longer keys by about one); "
             "form types, finding codes and countries are the same in every copy, so queries bound to them grow "
             "with the corpus, and so does a query bound to none of them (people-on-several-boards with "
             "min_boards alone). Bound names are found through `kg:nameKey`; queries `Narrowed by:` a "
             "parameter run on the graphs that hold it; bound queries evaluate their OPTIONALs per row "
             "(README, \"Queries\"); people-on-several-boards with no name bound reads the board rows of the "
             "summary graphs. Wall times (p50, p95) are in process; p95 CPU is the process's own time, which "
             "the other sessions on this machine's 2 cores stretch less; the corpus's objects are frozen out of "
             "the garbage collector (`gc.freeze()`) before measuring, as a `kg query` process has none of them.", ""]
    for size, load_seconds, results in runs:
        lines += [f"{size:,} triples (bulk-loaded in {load_seconds:.0f} s):", "",
                  "| query | bound to | rows | p50 ms | p95 ms | p95 CPU ms | unbound rows | unbound ms |",
                  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in results:
            unbound_ms = r.get("unbound_ms", "")
            if "unbound_ms" in r:
                unbound_ms = f"> {cap * 1000:,.0f}" if r["unbound_ms"] is None else f"{r['unbound_ms']:,.0f}"
            unbound_rows = "" if r.get("unbound_rows") is None else f"{r['unbound_rows']:,}"
            bound = ", ".join(p.split("=", 1)[0] + "=" + _short(p.split("=", 1)[1]) for p in r["params"])
            if r["rows"] is None:  # the bound query took longer than the cap
                lines.append(f"| {r['query']} | {bound} |  | > {cap * 1000:,.0f} | | | {unbound_rows} | {unbound_ms} |")
                continue
            runs = "" if r.get("runs", repeat) == repeat else f" ({r['runs']} runs)"
            lines.append(f"| {r['query']} | {bound} | {r['rows']:,} | {r['p50']:,.1f} | {r['p95']:,.1f}{runs} | "
                         f"{r['cpu_p95']:,.1f} | {unbound_rows} | {unbound_ms} |")
        lines.append("")
    lines.append(f"Machine: {platform.machine()}, 2 cores shared with other work, Python "
                 f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}.")
    return "\n".join(lines) + "\n"


def _short(value: str) -> str:
    return value if len(value) < 40 else "…" + value[-28:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cap", type=float, default=30.0,
                        help="seconds one run may take (bound: the warm-up; more runs stop after this too)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--queries", nargs="+", metavar="NAME", help="these curated queries alone (implies --no-write)")
    parser.add_argument("--keep", metavar="DIR", help="keep the loaded stores in DIR/<size> and reuse them")
    args = parser.parse_args()
    corpus = Corpus(bundled_nquads())
    runs = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(args.keep) / str(size) if args.keep else Path(scratch)
            folder.mkdir(parents=True, exist_ok=True)
            done = folder / "loaded"
            store = ox.Store(str(folder))
            start = time.perf_counter()
            if not done.exists():
                copies = -(-size // corpus.per_copy)
                for first in range(0, copies, 32):
                    chunk = b"".join(corpus.copy(index) for index in range(first, min(copies, first + 32)))
                    store.bulk_load(chunk, ox.RdfFormat.N_QUADS)
                store.optimize()
                done.write_text(f"{time.perf_counter() - start:.1f}")
            load_seconds = float(done.read_text())
            del store
            store = ox.Store.read_only(str(folder))  # measured read-only; children open their own
            FOLDER[store] = str(folder)
            print(f"{len(store):,} triples loaded in {load_seconds:.1f} s", flush=True)
            gc.collect()
            gc.freeze()  # the corpus's millions of objects out of the collector's way, as in a `kg query` process
            runs.append((len(store), load_seconds, measure(store, size, args.repeat, args.cap, args.queries)))
            gc.unfreeze()
            del store
    text = markdown(runs, args.cap, args.repeat)
    print(text)
    if not args.no_write and not args.queries:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
