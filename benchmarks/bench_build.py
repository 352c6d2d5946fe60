"""Benchmark `kg build` graph building: map, (SHACL-validate,) commit to an on-disk store.

The bundled filings (examples/filings) are extracted once; their records are then repeated
with distinct accession numbers up to N filings, so the run measures the graph side
(mapping, validation, N-Quads bulk load in batches) at scale, not the extractor. Each size
runs in its own process so that peak memory (ru_maxrss) is that run's own.

    .venv/bin/python benchmarks/bench_build.py                 # 1,000 and 10,000; writes BENCHMARKS.md
    .venv/bin/python benchmarks/bench_build.py --sizes 200 --no-write
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "examples" / "filings"
SECTION = "Graph build"


def bundled_files() -> list[str]:
    return sorted(str(path) for path in BUNDLED.iterdir() if path.is_file() and not path.name.startswith("."))


def bundled_filings(files: list[str]):
    """(filing, text) for each bundled filing, extracted once; plus the extraction time."""
    from kg.extract import extract_document
    from kg.read.documents import load

    started = time.perf_counter()
    items = []
    for path in files:
        doc = load(path)
        items.append((extract_document(doc), doc.text))
    return items, time.perf_counter() - started


def run_one(count: int, validate: bool, batch_size: int, files: list[str]) -> dict:
    """Build `count` filings into a fresh on-disk store; return the measurements."""
    from kg.graph.mapping import map_filing
    from kg.graph.shacl import validate_graph
    from kg.graph.store import build_batches, open_store

    items, extract_seconds = bundled_filings(files)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        violations = 0

        def mapped():
            nonlocal violations
            for index in range(count):
                filing, text = items[index % len(items)]
                filing = copy.copy(filing)
                filing.accession_number = f"9999999999-{index // 1000000 % 100:02d}-{index % 1000000:06d}"
                result = map_filing(filing, text)
                if validate:
                    violations += len(validate_graph(result.graph))
                yield result

        with open_store(Path(folder) / "store", write=True) as store:
            triples = build_batches(store, mapped(), batch_size)
            stored = len(store)
        seconds = time.perf_counter() - started
        disk = sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"filings": count, "validate": validate, "triples": triples, "stored": stored,
            "seconds": round(seconds, 1), "triples_per_second": round(triples / seconds),
            "filings_per_second": round(count / seconds, 1), "peak_mb": round(peak),
            "disk_mb": round(disk / 1e6, 1), "violations": violations, "bundled": len(items),
            "extract_seconds_once": round(extract_seconds, 2)}


def markdown(results: list[dict]) -> str:
    lines = [f"## {SECTION}", "",
             ("`benchmarks/bench_build.py`: the bundled filings (`examples/filings`, "
             f"{results[0]['bundled']} files, extracted once in {results[0]['extract_seconds_once']} s) "
             "repeated with distinct accession numbers; each filing mapped to its named graph, "
             "optionally SHACL-validated (pyshacl, before commit), and committed to a fresh on-disk Oxigraph "
             "store in batches of 50 (journal, one drop transaction, `Store.bulk_load` of N-Quads). "
             "Extraction is not in these figures. One process per row; 2 cores shared with other work."), "",
             "| filings | SHACL | triples | seconds | triples/s | filings/s | peak RSS MB | store on disk MB |",
             "| ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        lines.append(f"| {r['filings']:,} | {'yes' if r['validate'] else 'no'} | {r['triples']:,} | {r['seconds']} | "
                     f"{r['triples_per_second']:,} | {r['filings_per_second']} | {r['peak_mb']} | {r['disk_mb']} |")
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^## {re.escape(SECTION)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--validate-sizes", default="1000", help="sizes also run with SHACL validation")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: "count,validate"
    parser.add_argument("--files", help=argparse.SUPPRESS)  # internal: the bundled files, pinned
    args = parser.parse_args()
    if args.one:
        count, validate = args.one.split(",")
        print(json.dumps(run_one(int(count), validate == "1", args.batch_size, args.files.split(os.pathsep))))
        return
    files = bundled_files()
    runs = [(int(n), False) for n in args.sizes.split(",") if n]
    runs += [(int(n), True) for n in args.validate_sizes.split(",") if n]
    results = []
    for count, validate in runs:
        out = subprocess.run([sys.executable, __file__, "--one", f"{count},{int(validate)}",
                              "--batch-size", str(args.batch_size), "--files", os.pathsep.join(files)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    text = markdown(results)
    print(text)
    if not args.no_write:
        write_section(text)


if __name__ == "__main__":
    main()
