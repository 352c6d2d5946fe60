"""End to end at corpus scale: N filings extracted, built with SHACL validation, and linked.

    nice -n 10 .venv/bin/python benchmarks/bench_e2e.py --files 100000 --jobs 2   # writes BENCHMARKS.md

The corpus is benchmarks/corpus.py's (the bundled real filings in EDGAR's mix, each copy a
distinct filing). Stages, each a `kg` command in its own process, timed from outside (wall)
with GNU time's peak resident memory of the largest process (a worker or the parent):

1. `kg extract DIR --jobs J --format jsonl` (extraction alone; skipped with --no-extract);
2. `kg build DIR --jobs J --no-link` (extract, map, validate, write: the pipeline's first step);
3. `kg link` (every person and organisation of every filing resolved across filings).

The pipeline is stages 2 and 3; stage 1 says what extraction alone costs.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
SECTION = "End to end"


def stage(name: str, command: list[str], log: Path) -> dict:
    peak = log.with_suffix(f".{name}.peak")
    start = time.perf_counter()
    with open(log, "ab") as out:
        done = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", str(peak), *command], stdout=subprocess.DEVNULL,
                              stderr=out, cwd=ROOT)
    wall = time.perf_counter() - start
    kilobytes, user, system = peak.read_text().split()[-3:]
    result = {"stage": name, "wall": wall, "peak_mb": int(kilobytes) / 1024, "cpu": float(user) + float(system),
              "exit": done.returncode}
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", help="folder for the corpus and the store (default: a temporary one)")
    parser.add_argument("--no-extract", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    from corpus import write
    work = Path(args.work or tempfile.mkdtemp(prefix="kg-e2e-"))
    try:
        started = time.perf_counter()
        paths = write(work / "corpus", args.files)
        made = time.perf_counter() - started
        size = sum(p.stat().st_size for p in paths) / 1e6
        kg = [sys.executable, "-m", "kg"]
        corpus, store, log = str(work / "corpus"), str(work / "store"), work / "stages.log"
        results = []
        if not args.no_extract:
            results.append(stage("extract", [*kg, "extract", corpus, "--jobs", str(args.jobs), "--format", "jsonl"],
                                 log))
        results.append(stage("build", [*kg, "build", corpus, "--store", store, "--jobs", str(args.jobs), "--no-link"],
                             log))
        results.append(stage("link", [*kg, "link", "--store", store, "--format", "json"], log))
        triples = subprocess.run([*kg, "query", "filings", "--store", store, "--format", "csv"], capture_output=True,
                                 text=True, cwd=ROOT).stdout.count("\n") - 1
        disk = disk_bytes(Path(store)) / 1e9
        tail = log.read_text(errors="replace").splitlines()[-6:]
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    text = markdown(args, results, size, made, triples, disk, tail)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


def disk_bytes(folder: Path) -> int:
    """Bytes the folder holds on disk, each file once (the store's snapshots are hard links)."""
    sizes = {}
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            sizes[(info.st_dev, info.st_ino)] = info.st_size
    return sum(sizes.values())


def markdown(args, results: list[dict], size: float, made: float, graphs: int, disk: float, tail: list[str]) -> str:
    pipeline = [r for r in results if r["stage"] != "extract"]
    total = sum(r["wall"] for r in pipeline)
    lines = [f"## {SECTION}", "",
             f"`benchmarks/bench_e2e.py --files {args.files} --jobs {args.jobs}`: {args.files:,} filings "
             f"({size:,.0f} MB; benchmarks/corpus.py, EDGAR's mix, written in {made:.0f} s), each stage a `kg` "
             f"command in its own process; wall time, CPU (user + system, workers included) and the peak "
             "resident memory of the largest process (GNU time). Run once, with `nice -n 10`, on the 2 shared "
             "cores of this machine while other sessions worked.", "",
             "| stage | command | wall s | CPU s | peak RSS MB | exit |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    commands = {"extract": f"`kg extract DIR --jobs {args.jobs} --format jsonl`",
                "build": f"`kg build DIR --jobs {args.jobs} --no-link` (SHACL)", "link": "`kg link`"}
    for r in results:
        lines.append(f"| {r['stage']} | {commands[r['stage']]} | {r['wall']:,.0f} | {r['cpu']:,.0f} | "
                     f"{r['peak_mb']:,.0f} | {r['exit']} |")
    lines += ["", f"Pipeline (build + link): {total / 60:.1f} minutes, peak "
              f"{max(r['peak_mb'] for r in pipeline) / 1024:.2f} GB (goal: 30 minutes, 4 GB); {graphs:,} filing "
              f"graphs, store {disk:.1f} GB on disk. Machine: {platform.machine()}, Python "
              f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
