"""`kg link` on a copy of a built store: CPU, wall and peak memory, and a digest of the links graph.

    nice -n 10 .venv/bin/python benchmarks/bench_link_store.py STORE [--code DIR] [--nquads FILE]

STORE is a store built with `kg build DIR --no-link` (for example on a corpus written by
benchmarks/corpus.py, as bench_e2e.py does). It is copied (the copy is linked, then removed),
and `kg link` runs in its own process under GNU time: peak resident memory, user + system
CPU, wall. `--code DIR` runs the `kg` package of another checkout (say, main before a
change), so that two linkers are compared on the same store; the links graph each writes is
printed as a digest of its sorted N-Quads lines (equal digests: the same links graph), and
written whole with `--nquads`. Prints one JSON object; results go to BENCHMARKS.md by hand
("End to end").
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = """
import sys
import pyoxigraph as ox
from kg.graph.store import open_store
from kg.link.vocab import LINKS_GRAPH
with open_store(sys.argv[1]) as store:
    quads = store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH)))
    print("\\n".join(sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--code", default=str(ROOT), help="the checkout whose kg package links (default: this one)")
    parser.add_argument("--nquads", help="write the links graph's sorted N-Quads lines here")
    args = parser.parse_args()
    code = Path(args.code).resolve()
    env = {**os.environ, "PYTHONPATH": str(code)}
    work = Path(tempfile.mkdtemp(prefix="kg-link-store-", dir=Path(args.store).resolve().parent))
    try:
        copy = work / "store"
        shutil.copytree(args.store, copy)
        timing = work / "time"
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", str(timing), sys.executable, "-m", "kg", "link",
                               "--store", str(copy), "--format", "json"], cwd=code, env=env, capture_output=True,
                              text=True)
        wall = time.perf_counter() - start
        kilobytes, user, system = timing.read_text().split()[-3:]
        entities = json.loads(done.stdout) if done.returncode == 0 else []
        nquads = subprocess.run([sys.executable, "-c", DUMP, str(copy)], cwd=code, env=env, capture_output=True,
                                text=True, check=True).stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.nquads:
        Path(args.nquads).write_text(nquads, encoding="utf-8")
    print(json.dumps({"code": str(code), "exit": done.returncode, "wall_s": round(wall, 1),
                      "cpu_s": round(float(user) + float(system), 1), "peak_rss_mb": round(int(kilobytes) / 1024),
                      "entities": len(entities), "mentions": sum(e["mentions"] for e in entities),
                      "links_triples": nquads.count("\n"),
                      "links_sha1": hashlib.sha1(nquads.encode()).hexdigest()[:16]}))
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)


if __name__ == "__main__":
    main()
