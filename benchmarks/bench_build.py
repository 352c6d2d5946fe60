"""`kg build` against the store's own load rate, with and without SHACL validation.

    .venv/bin/python benchmarks/bench_build.py --files 1000 --rounds 3      # writes BENCHMARKS.md
    .venv/bin/python benchmarks/bench_build.py --files 200 --rounds 1 --no-write

A synthetic corpus (benchmarks/corpus.py: the bundled real filings in EDGAR's mix, each
copy a distinct filing) is built four ways, each a command in its own process, in turn
and `--rounds` times (A B C D A B C D ...), so that each ratio is taken within one round:

- extract: `kg extract DIR --format jsonl` (what a build does before mapping);
- build: `kg build DIR --no-validate --no-link` into a fresh store;
- build + SHACL: `kg build DIR --no-link`;
- load: a raw pyoxigraph `Store.bulk_load` of the very quads the build wrote (dumped once
  to an N-Quads file) into a fresh store.

Reported per round and as medians: wall and CPU (user + system) seconds; the build's time
beyond extraction over the raw load (goal <= 1.5), and what validation adds to a build
(goal <= 30 %).
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
SECTION = "Graph build"
LOAD = ("import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
        "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS); s.flush()")


def timed(command: list[str]) -> dict:
    """Wall and CPU seconds and peak memory (GNU time) of a command, its output thrown away."""
    with tempfile.NamedTemporaryFile("r") as peak:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak.name, *command], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        kilobytes = int(peak.read().split()[-1])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"wall": wall, "cpu": cpu, "peak_mb": kilobytes / 1024}


def one_round(corpus: Path, work: Path, quads: Path) -> dict:
    kg = [sys.executable, "-m", "kg"]
    out = {}
    for name in ("extract", "build", "build_shacl", "load"):
        store = work / name
        shutil.rmtree(store, ignore_errors=True)
        if name == "extract":
            command = [*kg, "extract", str(corpus), "--format", "jsonl"]
        elif name == "build":
            command = [*kg, "build", str(corpus), "--store", str(store), "--no-validate", "--no-link"]
        elif name == "build_shacl":
            command = [*kg, "build", str(corpus), "--store", str(store), "--no-link"]
        else:
            command = [sys.executable, "-c", LOAD, str(store), str(quads)]
        out[name] = timed(command)
    for measure in ("wall", "cpu"):
        beyond = out["build"][measure] - out["extract"][measure]
        out[f"beyond_over_load_{measure}"] = beyond / out["load"][measure]
        out[f"shacl_adds_{measure}"] = out["build_shacl"][measure] / out["build"][measure] - 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    from corpus import write
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        write(work / "corpus", args.files)
        # the quads a build writes, once, for the raw load
        subprocess.run([sys.executable, "-m", "kg", "build", str(work / "corpus"), "--store", str(work / "ref"),
                        "--no-validate", "--no-link"], check=True, capture_output=True, cwd=ROOT)
        quads = work / "quads.nq"
        subprocess.run([sys.executable, "-m", "kg", "export-rdf", "--format", "nquads", "-o", str(quads),
                        "--store", str(work / "ref")], check=True, capture_output=True, cwd=ROOT)
        count = sum(1 for _ in quads.open("rb"))
        rounds = []
        for _ in range(args.rounds):
            rounds.append(one_round(work / "corpus", work, quads))
            print(json.dumps(rounds[-1]), flush=True)
    text = markdown(args.files, count, rounds)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


def markdown(files: int, quads: int, rounds: list[dict]) -> str:
    med = lambda key, measure=None: statistics.median(r[key][measure] if measure else r[key] for r in rounds)  # noqa: E731
    lines = [f"## {SECTION}", "",
             f"`benchmarks/bench_build.py --files {files} --rounds {len(rounds)}`: {files:,} filings of the synthetic "
             f"corpus (`benchmarks/corpus.py`: the bundled real filings in EDGAR's mix, each copy a distinct filing; "
             f"{quads:,} quads), each command in its own process, in turn, {len(rounds)} rounds; medians. "
             "*load* is a raw pyoxigraph `bulk_load` of the very quads the build wrote; the build maps records "
             "straight to N-Triples text (no rdflib graph) and bulk-loads N-Quads in batches (1,000 filings or "
             "250,000 triples); SHACL is pyshacl-turbo, one run per 10 filings.", "",
             "| command | wall s | CPU s | peak RSS MB |", "| --- | ---: | ---: | ---: |"]
    names = {"extract": "`kg extract DIR --format jsonl`", "build": "`kg build DIR --no-validate --no-link`",
             "build_shacl": "`kg build DIR --no-link` (SHACL)", "load": "raw `bulk_load` of the same quads"}
    for key, label in names.items():
        lines.append(f"| {label} | {med(key, 'wall'):.1f} | {med(key, 'cpu'):.1f} | {med(key, 'peak_mb'):.0f} |")
    lines += ["", "| ratio (median of the rounds' own ratios) | wall | CPU | goal |", "| --- | ---: | ---: | ---: |",
              f"| build beyond extraction / raw load | {med('beyond_over_load_wall'):.2f} | "
              f"{med('beyond_over_load_cpu'):.2f} | <= 1.5 |",
              f"| SHACL adds to a build | {med('shacl_adds_wall') * 100:.0f} % | {med('shacl_adds_cpu') * 100:.0f} % | "
              "<= 30 % |", "",
              f"Machine: {platform.machine()}, 2 cores shared with other sessions, Python {platform.python_version()}, "
              f"{time.strftime('%Y-%m-%d')}. Before (issue 16): 5.2x the raw load without validation, SHACL 55 % "
              "of a validated build."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
