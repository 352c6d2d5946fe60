"""Extraction throughput (per core, and with two processes) and start-up time of `kg`.

    .venv/bin/python benchmarks/bench_batch.py [--files 1000] [--rounds 3] [--no-write]

Four folders, each extracted by `kg extract DIR --format jsonl --jobs 1` and `--jobs 2`
(each run its own process, in turn, `--rounds` times):

- mixed: the synthetic corpus of benchmarks/corpus.py (the bundled real filings in
  EDGAR's mix: mostly XML Forms 4, 13G, some 13D, a few rosters; each copy distinct);
- bundled: every bundled real filing (tests/data, examples/filings) in turn, as many
  copies of each;
- rosters: the bundled text filings that carry a roster of directors and officers (the
  8x8/STMicroelectronics 13D/A and the roster layouts of tests/data/rosters);
- seed: that 13D/A alone (16 KB, a 26-person annex), the heaviest of them.

Per core is files over CPU seconds (user + system of the process and its workers,
start-up included); the speed-up is the wall time of --jobs 1 over --jobs 2 in the same
round. Start-up: `kg --help` and a one-file extract of an XML Form 4, wall seconds, median
of 10 runs.
"""
from __future__ import annotations

import argparse
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
SECTION = "Batch extraction"
DATA = ROOT / "tests" / "data"
KG = [sys.executable, "-m", "kg"]


def timed(command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def copies(folder: Path, sources: list[Path], count: int) -> None:
    """`count` files, the sources in turn, each copy distinct (benchmarks/corpus.py marks)."""
    from corpus import distinct
    folder.mkdir(parents=True)
    for index in range(count):
        source = sources[index % len(sources)]
        name = str(source.relative_to(DATA)) if source.is_relative_to(DATA) else source.name
        (folder / f"{index:06d}_{source.name}").write_bytes(distinct(name, source.read_bytes(), index))


def folders(work: Path, files: int) -> dict[str, Path]:
    from corpus import write
    write(work / "mixed", files)
    bundled = sorted(p for sub in ("edgar", "filings", "xml", "rosters", "seed") for p in (DATA / sub).iterdir()
                     if p.suffix in (".txt", ".htm", ".xml")) + sorted((ROOT / "examples" / "filings").iterdir())
    copies(work / "bundled", bundled, files)
    rosters = [DATA / "seed" / "000_1f89013551cd3d2c.txt", *sorted((DATA / "rosters").glob("*.txt"))]
    copies(work / "rosters", rosters, max(200, files // 4))
    copies(work / "seed", rosters[:1], max(100, files // 10))
    return {"mixed": work / "mixed", "bundled": work / "bundled", "rosters": work / "rosters", "seed": work / "seed"}


def startup(runs: int = 10) -> dict[str, float]:
    xml = str(DATA / "xml" / "form4_snow_scarpelli.xml")
    out = {}
    for name, command in (("kg --help", [*KG, "--help"]), ("kg extract FORM4.xml", [*KG, "extract", xml])):
        timed(command)  # warm the file cache
        out[name] = statistics.median(timed(command)[0] for _ in range(runs))
    seed = str(DATA / "seed" / "000_1f89013551cd3d2c.txt")  # imports and the NER pipeline: what a worker would redo
    out["cpu"] = statistics.median(timed([*KG, "extract", seed])[1] for _ in range(runs))
    return out


def seed_uncached(runs: int = 30) -> float:
    """CPU seconds per extract of the seed in this process, with the NER's short-text cache
    emptied before each (the seed's copies share their cells, which that cache reads once per
    process: the folder figures include that help, this one does not)."""
    sys.path.insert(0, str(ROOT))
    from kg.extract import extract
    from kg.forms import nlp
    seed = DATA / "seed" / "000_1f89013551cd3d2c.txt"
    extract(seed)
    spent = 0.0
    for _ in range(runs):
        nlp._short_entities.cache_clear()
        started = time.process_time()
        extract(seed)
        spent += time.process_time() - started
    return spent / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for name, folder in folders(Path(tmp), args.files).items():
            count = len(list(folder.iterdir()))
            for _ in range(args.rounds):
                one = timed([*KG, "extract", str(folder), "--format", "jsonl", "--jobs", "1"])
                two = timed([*KG, "extract", str(folder), "--format", "jsonl", "--jobs", "2"])
                results.setdefault(name, []).append({"files": count, "wall1": one[0], "cpu1": one[1],
                                                     "wall2": two[0], "cpu2": two[1]})
                print(name, results[name][-1], flush=True)
    starts = startup()
    starts["seed uncached"] = seed_uncached()
    body = report(results, starts, args.rounds)
    print(body)
    if not args.no_write:
        write_section(SECTION, body)


def report(results: dict[str, list[dict]], starts: dict[str, float], rounds: int) -> str:
    labels = {"mixed": "mixed (EDGAR's mix, benchmarks/corpus.py)", "bundled": "every bundled real filing in turn",
              "rosters": "text filings with a roster (the 13D/A below and tests/data/rosters in turn)",
              "seed": "the 16 KB 13D/A with its 26-person annex (the seed) alone"}
    lines = [f"## {SECTION}", "",
             f"`benchmarks/bench_batch.py`: `kg extract DIR --format jsonl` with `--jobs 1` and `--jobs 2`, each "
             f"in its own process, in turn, {rounds} rounds (medians). Per core = files / CPU seconds (user + "
             "system, workers and start-up included); speed-up = wall of --jobs 1 / wall of --jobs 2 in the same "
             "round. Workers are forked after the readers and the NER pipeline are imported (and after "
             "`gc.freeze()`, so that their collections do not copy the pages they inherit), get a few files at a "
             "time and send back the records (pickled), which this process writes as JSON.", "",
             "| folder | files | per core, --jobs 1 (files/s) | CPU ms per file | wall --jobs 1 s | wall --jobs 2 s "
             "| speed-up (wall) | CPU --jobs 2 / --jobs 1 | CPU added by --jobs 2 s | cores used, --jobs 1 / 2 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, rows in results.items():
        med = lambda key: statistics.median(r[key] for r in rows)  # noqa: E731
        files = rows[0]["files"]
        lines.append(f"| {labels[name]} | {files:,} | {statistics.median(files / r['cpu1'] for r in rows):.0f} | "
                     f"{statistics.median(r['cpu1'] / files for r in rows) * 1000:.1f} | "
                     f"{med('wall1'):.1f} | {med('wall2'):.1f} | "
                     f"{statistics.median(r['wall1'] / r['wall2'] for r in rows):.2f} | "
                     f"{statistics.median(r['cpu2'] / r['cpu1'] for r in rows):.2f} | "
                     f"{statistics.median(r['cpu2'] - r['cpu1'] for r in rows):+.2f} | "
                     f"{statistics.median(r['cpu1'] / r['wall1'] for r in rows):.2f} / "
                     f"{statistics.median(r['cpu2'] / r['wall2'] for r in rows):.2f} |")
    cpu_start, uncached = starts.pop("cpu"), starts.pop("seed uncached")
    lines += ["", "Start-up (wall, median of 10): " + "; ".join(f"`{k}` {v * 1000:.0f} ms" for k, v in starts.items())
              + f". A one-file extract of the seed costs {cpu_start * 1000:.0f} ms CPU (imports, the NER pipeline "
              "and the file): a worker that imported again would add about that much per worker to `CPU added "
              "by --jobs 2`. *Cores used* is CPU over wall: 2 cores free to kg would show about 1 and 2. The seed "
              f"alone, in one process with the NER's short-text cache emptied before each file (the copies above "
              f"share their cells, which that cache reads once): {uncached * 1000:.1f} ms CPU per filing "
              f"({1 / uncached:.0f} per second per core).", "",
              "The speed-up needs two free cores: while other sessions kept this machine busy, a session got about "
              "half a core whatever the number of its processes (two CPU-bound loops ran each at half the speed "
              "of one), so the wall ratio measures the machine, not kg; the CPU time of --jobs 2 over --jobs 1 "
              "(the work added by the workers) is the figure to read: on two free cores the speed-up is about 2 "
              "divided by it. "
              f"Machine: {platform.machine()}, 2 cores shared with other sessions, "
              f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}. Before (issue 16): 53 mixed "
              "filings/s on one core, no speed-up from --jobs 2, `kg --help` 268 ms, a one-file extract 1.27 s.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
