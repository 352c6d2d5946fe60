"""kill -9 `kg build` at random moments, then build again: the store must end byte-identical to
a clean build, and readers must answer (with a warning, never a traceback) in between.

Each round builds the bundled filings (tests/data: seed, filings, xml, rosters) into a fresh
store, kills the build with SIGKILL after a random 0.3-6 s one to three times (running `kg
query filings` after each kill), then lets a build finish and compares the store's N-Quads
(sorted) with those of a clean build. After each kill, the mentions kept beside the store
(kg.link.kept) must be either refused or exactly what the scans read from the store.

    nice -n 5 .venv/bin/python benchmarks/kill_loop.py [--rounds 12] [--seed 7]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
INPUTS = [str(ROOT / "tests" / "data" / name) for name in ("seed", "filings", "xml", "rosters")]


def build(store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *INPUTS, "--store", str(store), "--no-link"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CHECK = """
import sys
from dataclasses import fields
from kg.graph.store import open_store
from kg.link.kept import kept_mentions
from kg.link.scan import mentions_by_scan
rows = lambda found: [tuple(getattr(m, f.name) for f in fields(m)) for m in found]
with open_store(sys.argv[1], write=True) as store:
    found = kept_mentions(store)
    assert found is None or rows(found) == rows(mentions_by_scan(store)), "kept mentions are not the store's"
    print("kept" if found is not None else "none")
"""


def kept_after_kill(store: Path) -> bool:
    """Whether the kept mentions describe the store (an assertion fails when they are wrong)."""
    done = subprocess.run([sys.executable, "-c", CHECK, str(store)], env=ENV, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip() == "kept"


def dump(store: Path) -> list[bytes]:
    out = subprocess.run([sys.executable, "-m", "kg", "export-rdf", "--format", "nquads", "--store", str(store)],
                         env=ENV, capture_output=True, check=True)
    return sorted(out.stdout.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        clean = Path(folder) / "clean"
        build(clean).wait()
        reference = dump(clean)
        identical = kills = usable = 0
        for number in range(args.rounds):
            store = Path(folder) / "store"
            shutil.rmtree(store, ignore_errors=True)
            for _ in range(rng.randint(1, 3)):
                process = build(store)
                time.sleep(rng.uniform(0.3, 6.0))
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
                reader = subprocess.run([sys.executable, "-m", "kg", "query", "filings", "--store", str(store)],
                                        env=ENV, capture_output=True, text=True)
                assert "Traceback" not in reader.stderr, reader.stderr
                usable += kept_after_kill(store)
            build(store).wait()
            same = dump(store) == reference
            identical += same
            print(f"round {number + 1}: {'identical' if same else 'DIFFERENT'}", flush=True)
    print(f"{identical} of {args.rounds} rounds ({kills} kills) rebuilt byte-identical to a clean build; "
          f"the kept mentions after a kill: {usable} the scans' mentions, {kills - usable} refused, none wrong")


if __name__ == "__main__":
    main()
