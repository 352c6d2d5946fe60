"""Batch extraction: many inputs, one result or one error each; a bad file never stops the batch.

Used by the CLI as: `expand_inputs(inputs) -> list[str]` and
`run_batch(files, jobs=N, on_result=fn(filing), on_error=fn(source, reason), progress=bool) -> Summary`.
"""
from __future__ import annotations

import glob
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kg.errors import InputError, KgError


@dataclass
class Summary:
    total: int = 0
    ok: int = 0
    failed: int = 0


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files as given; folders walked (sorted); globs expanded. A pattern matching nothing is an error."""
    files: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                            and not p.name.endswith(".gold.json"))
        elif any(ch in item for ch in "*?[") and not path.exists():
            matched = sorted(glob.glob(item, recursive=True))
            if not matched:
                raise InputError(item, "no file matches this pattern")
            files += [m for m in matched if os.path.isfile(m)]
        else:
            files.append(item)
    return files


def _extract_one(source: str):
    from kg.extract import extract
    try:
        return source, extract(source), None
    except KgError as exc:
        return source, None, exc.problem
    except Exception as exc:  # noqa: BLE001 - a batch reports every failure and goes on
        return source, None, f"internal error ({type(exc).__name__}: {exc})"


def run_batch(files: list[str], *, jobs: int = 1, on_result: Callable, on_error: Callable,
              progress: bool = False) -> Summary:
    summary = Summary(total=len(files))
    show = progress and sys.stderr.isatty()
    results = _results(files, jobs)
    if show:
        from rich.progress import track
        results = track(results, total=len(files), description="extracting", console=None, transient=True)
    for source, filing, problem in results:
        if filing is not None:
            summary.ok += 1
            on_result(filing)
        else:
            summary.failed += 1
            on_error(source, problem)
    return summary


def _results(files: list[str], jobs: int):
    if jobs <= 1 or len(files) <= 1:
        yield from (_extract_one(f) for f in files)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, files, chunksize=8)
