"""Batch extraction throughput: filings per second with one and with two processes.

The bundled real filings (tests/data/edgar, tests/data/filings, tests/data/xml,
examples/filings) are copied round-robin into a temporary folder until it holds at
least --files files (default 1,000), then `kg.batch.run_batch` extracts the folder
with --jobs 1 and --jobs 2. The figures go to BENCHMARKS.md, section
"Batch extraction" (the rest of the file is left as it is).

    .venv/bin/python benchmarks/bench_batch.py [--files 1000] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.batch import run_batch  # noqa: E402

FOLDERS = ["tests/data/edgar", "tests/data/filings", "tests/data/xml", "examples/filings"]
SUFFIXES = {".txt", ".htm", ".html", ".xml"}
SECTION = "Batch extraction"


def bundled() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*") if p.suffix in SUFFIXES)


def fill(folder: Path, sources: list[Path], count: int) -> int:
    total_bytes = 0
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.name}"
        shutil.copyfile(source, target)
        total_bytes += target.stat().st_size
    return total_bytes


def measure(folder: Path, jobs: int) -> dict:
    outcome = {"ok": 0, "failed": 0}
    start = time.perf_counter()
    summary = run_batch([str(folder)], jobs=jobs, on_result=lambda filing: None,
                        on_error=lambda source, reason: None, progress=False)
    seconds = time.perf_counter() - start
    outcome.update(ok=summary.ok, failed=summary.failed, files=summary.total, seconds=seconds,
                   rate=summary.total / seconds)
    return outcome


def report(rows: list[tuple[int, dict]], sources: int, megabytes: float) -> str:
    lines = [
        f"## {SECTION}",
        "",
        f"`benchmarks/bench_batch.py`: {rows[0][1]['files']} files ({megabytes:.1f} MB), the "
        f"{sources} bundled real filings repeated, extracted from one folder by `kg.batch.run_batch` "
        "(the code path of `kg extract DIR --jobs N`). Wall-clock time, including worker start-up.",
        "",
        "| processes | files | extracted | failed | seconds | filings/second |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for jobs, row in rows:
        lines.append(f"| {jobs} | {row['files']} | {row['ok']} | {row['failed']} | "
                     f"{row['seconds']:.2f} | {row['rate']:.0f} |")
    lines += ["", f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
              f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}. Failed files are filings that "
              "kg refuses (for example a submission holding only a header); they are timed like the rest.",
              ""]
    return "\n".join(lines)


def write_section(path: Path, body: str) -> None:
    """Replace (or append) the '## Batch extraction' section of BENCHMARKS.md only."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^## {re.escape(SECTION)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: body + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--no-write", action="store_true", help="print, do not edit BENCHMARKS.md")
    args = parser.parse_args()
    sources = bundled()
    if not sources:
        sys.exit("no bundled filings found")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        size = fill(folder, sources, max(args.files, len(sources)))
        run_batch([str(folder / os.listdir(folder)[0])], jobs=1, on_result=lambda f: None,
                  on_error=lambda s, r: None, progress=False)  # warm-up: imports, lookups
        rows = [(jobs, measure(folder, jobs)) for jobs in (1, 2)]
    body = report(rows, len(sources), size / 1e6)
    print(body)
    if not args.no_write:
        write_section(ROOT / "BENCHMARKS.md", body)


if __name__ == "__main__":
    main()
