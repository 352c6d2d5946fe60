"""Fuzz campaign: mutations of the bundled real filings through `kg.extract.extract`.

Every input is a real filing (tests/data, examples/filings) with one to three mutations:
byte flips, truncation, duplicated lines, shuffled lines, huge or odd numbers (1e309,
NaN, a 5,000-digit number, superscript digits), long lines (capitalised words,
parentheses, one repeated word, a digit run, separators), deep nesting (tags, brackets),
control characters and odd Unicode, a deleted tag, a changed encoding. Input number N of
seed S is the same bytes on every machine (`random.Random(f"{S}:{N}")`), so a finding is
reproduced by its seed and number alone.

Each input is extracted in a worker process (killed past --hard-timeout). An outcome is
"ok", "kg-error" (a kg.errors.KgError: the input was refused or reported), "exception"
(anything else: a bug), "killed" (no answer before the hard timeout, or a dead worker).
The limit: CPU seconds <= 2 per started MB of input (an input under 1 MB has 2 s).

    nice -n 10 .venv/bin/python benchmarks/fuzz.py --seed 18 --start 0 --count 10000 --jobs 2 \\
        --out fuzz-18.jsonl            # appends one JSON line per input; --graph: map each filing too
    .venv/bin/python benchmarks/fuzz.py --summary fuzz-18*.jsonl
    .venv/bin/python benchmarks/fuzz.py --seed 18 --show 1234 > mutant.txt   # one input's bytes

The test suite (tests/test_fuzz.py) runs a small fixed sample of the same mutations.
"""
from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import multiprocessing.connection
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# worker processes (forkserver) import kg from this checkout too, not from an installed copy
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [os.environ.get("PYTHONPATH")] if p])

FOLDERS = ["tests/data/seed", "tests/data/edgar", "tests/data/filings", "tests/data/xml",
           "tests/data/rosters", "examples/filings"]
SUFFIXES = {".txt", ".htm", ".html", ".xml"}
SECONDS_PER_MB = 2.0


def seeds() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*") if p.suffix in SUFFIXES)


# ---- mutations: (data, rng) -> data ------------------------------------------------------
def _size(rng: random.Random, low: int = 1_000, high: int = 400_000) -> int:
    """Log-uniform: mostly small, sometimes large."""
    return int(math.exp(rng.uniform(math.log(low), math.log(high))))


def _insert(data: bytes, rng: random.Random, piece: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 2, 8, 64])):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def duplicate_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.splitlines(keepends=True)
    if not lines:
        return data
    start = rng.randrange(len(lines))
    chunk = lines[start:start + rng.choice([1, 3, 20, 200])]
    return b"".join(lines[:start] + chunk * rng.choice([2, 10, 100, 1000]) + lines[start:])


def shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.splitlines(keepends=True)
    start = rng.randrange(len(lines) + 1)
    window = lines[start:start + rng.choice([5, 50, 500, len(lines)])]
    rng.shuffle(window)
    return b"".join(lines[:start] + window + lines[start + len(window):])


ODD_NUMBERS = ["1e309", "-1e309", "NaN", "nan", "inf", "-Infinity", "9" * 5000, "1" + "0" * 400,
               "0." + "0" * 4000 + "1", "-0", "1,2,3,,4", "0x1F", "\u00b9\u00b2\u00b3", "\u0663\u0664\u0665",
               "\uff11\uff12", "1.2.3", "..5", "12,345,678,901,234,567,890,123", "99999999999999999999%",
               "1e-400", "-5", "5 %", "\u2212 7"]


def odd_number(data: bytes, rng: random.Random) -> bytes:
    """Numbers replaced by odd ones; in XML, the numbers that are element values."""
    digits = list(re.finditer(rb"(?<=>)\s*[\d,.]+\s*(?=<)", data)) or list(re.finditer(rb"\d[\d,.]*", data))
    piece = rng.choice(ODD_NUMBERS).encode("utf-8")
    if not digits:
        return _insert(data, rng, piece)
    for match in rng.sample(digits, min(len(digits), rng.choice([1, 5, 50]))):
        data = data[:match.start()] + piece + data[match.end():] if len(data) >= match.end() else data
    return data


def _long_run(rng: random.Random) -> bytes:
    size = _size(rng)
    kind = rng.choice(["capitals", "parens", "repeat", "digits", "commas", "dashes", "mixed", "tags", "spaces",
                       "names", "dots"])
    unit = {
        "capitals": lambda: rng.choice(["Smith ", "John ", "Capital ", "Partners ", "Holdings ", "A. ", "Mr. "]),
        "parens": lambda: rng.choice(["(", ")", "(a)", "(("]),
        "repeat": lambda: "shares ",
        "digits": lambda: rng.choice("0123456789"),
        "commas": lambda: rng.choice([",", ", ", "1,", ",000"]),
        "dashes": lambda: rng.choice(["-", "_", "=", "- "]),
        "mixed": lambda: rng.choice(["Director ", "of ", "(", "1,000 ", "Inc. ", ":", "\n", "Name: ", "Citizenship "]),
        "tags": lambda: rng.choice(["<b>", "</b>", "<td>", "<tr>", "<p>", "<br>", "&amp;", "&#"]),
        "spaces": lambda: rng.choice([" ", "\t", " \n"]),
        "names": lambda: rng.choice(["John Smith, ", "MARY JONES\n", "Doe, Jane; ", "Item 5. ", "Annex A "]),
        "dots": lambda: rng.choice([".", ". ", "...", "$"]),
    }[kind]
    parts, length = [], 0
    while length < size:
        piece = unit()
        parts.append(piece)
        length += len(piece)
    return "".join(parts).encode("utf-8")


def long_line(data: bytes, rng: random.Random) -> bytes:
    return _insert(data, rng, b"\n" + _long_run(rng) + b"\n")


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([100, 1_000, 10_000, 50_000])
    opener, closer = rng.choice([(b"<div>", b"</div>"), (b"<a>", b"</a>"), (b"<td>", b""), (b"(", b")"),
                                 (b"[", b"]"), (b"<b><i>", b"</i></b>"), (b"<table><tr><td>", b"")])
    return _insert(data, rng, opener * depth + b"x" + closer * depth)


CONTROLS = [b"\x00", b"\x01", b"\x07", b"\x0b", b"\x0c", b"\x1b", b"\x7f", b"\r", "\u202e".encode(),
            "\u200b".encode(), "\ufeff".encode(), "\u2028".encode(), "\ufffd".encode(), b"\xff\xfe", b"\xc3"]


def control_chars(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.choice([1, 10, 1000])):
        data = _insert(data, rng, rng.choice(CONTROLS))
    return data


_TAG = re.compile(rb"</?[A-Za-z][A-Za-z0-9-]*[^>]{0,200}>")


def delete_tag(data: bytes, rng: random.Random) -> bytes:
    tags = list(_TAG.finditer(data))
    if not tags:
        return data
    for tag in sorted(rng.sample(tags, min(len(tags), rng.choice([1, 5, 50]))), key=lambda m: -m.start()):
        data = data[:tag.start()] + data[tag.end():]
    return data


def encoding(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(3)
    if choice == 0:
        return b"\xff\xfe" + data.decode("latin-1").encode("utf-16-le")
    if choice == 1:
        return b"\xef\xbb\xbf" + data
    return data.decode("latin-1").encode("utf-8")


MUTATIONS = [flip_bytes, truncate, duplicate_lines, shuffle_lines, odd_number, long_line, deep_nesting,
             control_chars, delete_tag, encoding]


def mutant(seed: int, index: int, sources: list[Path] | None = None) -> tuple[Path, list[str], bytes]:
    """Input number `index` of campaign `seed`: (source filing, mutation names, bytes)."""
    rng = random.Random(f"{seed}:{index}")
    sources = sources or seeds()
    source = rng.choice(sources)
    data = source.read_bytes()
    names = []
    for mutation in rng.sample(MUTATIONS, rng.choice([1, 1, 2, 3])):
        data = mutation(data, rng)
        names.append(mutation.__name__)
    return source, names, data


# ---- running ---------------------------------------------------------------------------
def run_one(path: str, graph: bool = False) -> dict:
    """Extract one file (and map it to its graph, with `graph`); classify the outcome. Runs in a worker."""
    from kg.errors import KgError
    from kg.extract import extract

    start_cpu, start_wall = time.process_time(), time.perf_counter()
    outcome: dict = {}
    try:
        filing = extract(path)
        if graph:
            from kg.graph.mapping import map_filing
            map_filing(filing)
        outcome["outcome"] = "ok"
    except KgError as exc:
        outcome.update(outcome="kg-error", message=exc.problem[:200])
    except BaseException as exc:  # noqa: BLE001 - the point is to see every one
        outcome.update(outcome="exception", type=type(exc).__name__, message=str(exc)[:300])
    outcome["cpu"] = round(time.process_time() - start_cpu, 3)
    outcome["wall"] = round(time.perf_counter() - start_wall, 3)
    return outcome


def _worker(tasks, answers, graph: bool = False) -> None:
    import resource

    import kg
    assert Path(kg.__file__).resolve().parents[1] == ROOT, f"kg imported from {kg.__file__}, not {ROOT}"
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # a runaway input stops here, not the machine
    while True:
        task = tasks.recv()
        if task is None:
            return
        answers.send(run_one(task, graph))


class Pool:
    """Worker processes, each given one input at a time and killed past the hard timeout."""

    def __init__(self, jobs: int, hard_timeout: float, graph: bool = False):
        self.graph = graph
        self.ctx = mp.get_context("forkserver")
        self.ctx.set_forkserver_preload(["kg.extract", "kg.forms.schedule13", "kg.forms.annex"])
        self.hard_timeout = hard_timeout
        self.workers = [self._start() for _ in range(jobs)]

    def _start(self):
        parent_tasks, child_tasks = self.ctx.Pipe()
        child_answers, parent_answers = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker, args=(child_tasks, parent_answers, self.graph), daemon=True)
        process.start()
        return {"process": process, "tasks": parent_tasks, "answers": child_answers, "job": None}

    def run(self, jobs):
        """jobs: iterator of (key, path). Yields (key, outcome)."""
        jobs = iter(jobs)
        busy = 0
        for worker in self.workers:
            busy += self._give(worker, jobs)
        while busy:
            ready = mp.connection.wait([w["answers"] for w in self.workers if w["job"]] +
                                       [w["process"].sentinel for w in self.workers if w["job"]], timeout=1.0)
            now = time.monotonic()
            for index, worker in enumerate(self.workers):
                if worker["job"] is None:
                    continue
                key, started, budget = worker["job"]
                outcome = None
                if worker["answers"] in ready:
                    try:
                        outcome = worker["answers"].recv()
                    except EOFError:
                        outcome = {"outcome": "killed", "type": "worker died"}
                elif worker["process"].sentinel in ready or now - started > budget:
                    outcome = {"outcome": "killed", "type": "worker died" if not worker["process"].is_alive()
                               else "hard timeout", "wall": round(now - started, 1)}
                if outcome is None:
                    continue
                if outcome["outcome"] == "killed":
                    worker["process"].kill()
                    worker["process"].join()
                    worker = self.workers[index] = self._start()
                worker["job"] = None
                busy -= 1
                yield key, outcome
                busy += self._give(worker, jobs)

    def _give(self, worker, jobs) -> int:
        try:
            key, path = next(jobs)
        except StopIteration:
            return 0
        worker["tasks"].send(path)
        budget = max(self.hard_timeout, 10 * limit_of(os.path.getsize(path)))  # wall clock on a shared machine
        worker["job"] = (key, time.monotonic(), budget)
        return 1

    def close(self) -> None:
        for worker in self.workers:
            try:
                worker["tasks"].send(None)
            except OSError:
                pass
            worker["process"].join(timeout=5)
            if worker["process"].is_alive():
                worker["process"].kill()


def campaign(seed: int, start: int, count: int, jobs: int, out: Path, hard_timeout: float,
             graph: bool = False) -> None:
    sources = seeds()
    folder = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    meta: dict[int, dict] = {}

    def inputs():
        for index in range(start, start + count):
            source, names, data = mutant(seed, index, sources)
            path = folder / f"{index}{source.suffix}"
            path.write_bytes(data)
            meta[index] = {"seed": seed, "index": index, "source": source.name, "mutations": names,
                           "bytes": len(data), "path": path, "graph": graph}
            yield index, str(path)

    pool = Pool(jobs, hard_timeout, graph)
    done = 0
    try:
        with open(out, "a", encoding="utf-8") as handle:
            for index, outcome in pool.run(inputs()):
                record = meta.pop(index)
                record.pop("path").unlink(missing_ok=True)
                record.update(outcome)
                record["limit"] = limit_of(record["bytes"])
                handle.write(json.dumps(record) + "\n")
                handle.flush()
                done += 1
                if outcome["outcome"] in ("exception", "killed") or outcome.get("cpu", 0) > record["limit"]:
                    print(json.dumps(record), file=sys.stderr)
    finally:
        pool.close()
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    print(f"{done} inputs run, seed {seed}, numbers {start}..{start + count - 1}", file=sys.stderr)


def limit_of(size: int) -> float:
    return SECONDS_PER_MB * max(1, math.ceil(size / 1_000_000))


def summary(paths: list[str]) -> dict:
    records = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records[(record["seed"], record["index"])] = record  # a re-run replaces the earlier one
    outcomes = Counter(r["outcome"] for r in records.values())
    over = [r for r in records.values() if r.get("cpu", 0) > r["limit"] or r["outcome"] == "killed"]
    per_mb = [r["cpu"] / max(r["bytes"], 1) * 1e6 for r in records.values() if "cpu" in r and r["bytes"] > 100_000]
    return {"inputs": len(records), "outcomes": dict(outcomes),
            "exception_types": dict(Counter(r.get("type") for r in records.values() if r["outcome"] == "exception")),
            "over_limit": len(over), "bytes": sum(r["bytes"] for r in records.values()),
            "largest_bytes": max((r["bytes"] for r in records.values()), default=0),
            "slowest_cpu": max((r.get("cpu", 0) for r in records.values()), default=0),
            "worst_s_per_mb_over_100kb": round(max(per_mb, default=0), 2),
            "cpu_total": round(sum(r.get("cpu", 0) for r in records.values()), 1),
            "examples": [{k: r.get(k) for k in ("seed", "index", "source", "mutations", "outcome", "type",
                                                "message", "cpu", "bytes")}
                         for r in sorted(records.values(), key=lambda r: -r.get("cpu", 0))
                         if r["outcome"] in ("exception", "killed") or r in over][:20]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) - 0))
    parser.add_argument("--hard-timeout", type=float, default=120.0)
    parser.add_argument("--out", type=Path, default=Path("fuzz.jsonl"))
    parser.add_argument("--graph", action="store_true", help="also map each filing to its graph (kg build's path)")
    parser.add_argument("--summary", nargs="+", metavar="JSONL")
    parser.add_argument("--show", type=int, metavar="N", help="write input N's bytes to stdout")
    args = parser.parse_args()
    if args.summary:
        print(json.dumps(summary(args.summary), indent=1))
    elif args.show is not None:
        source, names, data = mutant(args.seed, args.show)
        print(f"{source.name}: {', '.join(names)}", file=sys.stderr)
        sys.stdout.buffer.write(data)
    else:
        campaign(args.seed, args.start, args.count, args.jobs, args.out, args.hard_timeout, args.graph)


if __name__ == "__main__":
    main()
