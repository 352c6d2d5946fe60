"""`kg build --no-link --jobs 2` then `kg link`, by two checkouts on the same corpus: CPU, wall, peak memory.

    nice -n 10 .venv/bin/python benchmarks/bench_link_kept.py 10000 --before DIR [--after DIR] [--work DIR]

The corpus is benchmarks/corpus.py's mix (N filings, written once under --work). For each
checkout (`--before`: say, main before kept mentions, a tree with kg/, ontology/ and queries/;
`--after`: this one) the filings are built into a fresh store, the store is linked twice by
the same checkout's `kg link` (the second run shows a link of an unchanged store), and the store
is removed. Each `kg` command runs in its own process under GNU time (user + system CPU of the
process and the workers it waited for; peak resident memory of the largest). The links graph
each link writes is printed as a digest of its sorted lines: equal digests, the same links
graph. Prints one JSON line per command; results go to BENCHMARKS.md by hand ("Linking").
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = """
import hashlib, sys
import pyoxigraph as ox
from kg.graph.store import open_store
from kg.link.vocab import LINKS_GRAPH
with open_store(sys.argv[1]) as store:
    quads = store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH)))
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
print(len(lines), hashlib.sha1("\\n".join(lines).encode()).hexdigest()[:16])
"""


def timed(args: list[str], code: Path, work: Path) -> dict:
    timing = work / "time"
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", str(timing), sys.executable, "-m", "kg", *args],
                          cwd=code, env={**os.environ, "PYTHONPATH": str(code)}, capture_output=True, text=True)
    wall = time.perf_counter() - start
    kilobytes, user, system = timing.read_text().split()[-3:]
    return {"exit": done.returncode, "wall_s": round(wall, 1), "cpu_s": round(float(user) + float(system), 1),
            "peak_mb": int(kilobytes) // 1024, "stderr": done.stderr.strip().splitlines()[-1:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=int)
    parser.add_argument("--before", required=True, help="the checkout measured first")
    parser.add_argument("--after", default=str(ROOT), help="the checkout measured second (default: this one)")
    parser.add_argument("--work", default=str(ROOT / "benchmarks" / "work"), help="where the corpus and stores go")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus{args.files}"
    if not corpus.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(corpus), str(args.files)],
                       check=True)
    for name, code in (("before", Path(args.before).resolve()), ("after", Path(args.after).resolve())):
        store = work / f"store-{name}"
        shutil.rmtree(store, ignore_errors=True)
        try:
            row = timed(["build", str(corpus), "--store", str(store), "--no-link", "--jobs", "2"], code, work)
            print(json.dumps({"files": args.files, "code": name, "command": "build --no-link --jobs 2", **row}),
                  flush=True)
            for run in (1, 2):
                row = timed(["link", "--store", str(store), "--format", "json"], code, work)
                digest = subprocess.run([sys.executable, "-c", DUMP, str(store)], cwd=code, capture_output=True,
                                        text=True, env={**os.environ, "PYTHONPATH": str(code)}).stdout.split()
                print(json.dumps({"files": args.files, "code": name, "command": f"link (run {run})", **row,
                                  "links_graph": digest}), flush=True)
        finally:
            shutil.rmtree(store, ignore_errors=True)


if __name__ == "__main__":
    main()
