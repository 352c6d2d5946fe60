"""Extract many filings: folders and globs, in parallel processes, past bad files.

    files = expand_inputs(["filings/", "more/*.txt", "one.txt"])
    summary = run_batch(files, jobs=2, on_result=lambda filing: ...,
                        on_error=lambda source, reason: ...)

Each input is a file, a folder (walked recursively, sorted; hidden files and
files that cannot hold a filing skipped; an unreadable folder is an InputError) or a
glob (`**` allowed; a glob that matches nothing is an InputError); inputs that name no
file at all are an InputError. `run_batch` expands its inputs the same way, so folders and globs may be
passed to it directly. Every file is extracted with `kg.extract.extract`. A file that
fails does not stop the batch: a KgError is reported as `on_error(file, problem)`; any
other exception as `on_error(file, "internal error (TypeName: message)")`; a worker
process that dies as `on_error(file, "internal error (BrokenProcessPool: ...)")`.
`error_record(file, reason)` is the JSON line for an errors file. Results and errors
arrive in input order, in the calling process. With `progress`, a rich progress bar is
drawn on stderr when stderr is a terminal.

With jobs > 1 the readers (and, when a file may hold a roster, the spaCy pipeline) are
imported once in this process and the workers are forked from it, so none imports them
again; files go to the workers a few at a time (`parallel_outcomes`, which `kg build
--jobs` uses too).
"""
from __future__ import annotations

import gc
import glob
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError

_GLOB_CHARS = set("*?[")


@dataclass
class Summary:
    total: int = 0
    ok: int = 0
    failed: int = 0
    warnings: int = 0


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """The files named by the inputs, each once, in the order given. InputError when they
    name no file at all (an empty folder, a folder with no filings), and for a folder that
    cannot be read."""
    inputs = list(inputs)
    files: dict[str, None] = {}
    for item in inputs:
        for path in _expand(item):
            files.setdefault(path, None)
    if not files:
        suffixes = " ".join(sorted(FILING_SUFFIXES))
        raise InputError(" ".join(inputs) or None, f"no filings found (kg reads files ending {suffixes})")
    return list(files)


def _expand(item: str) -> list[str]:
    path = Path(item)
    if path.is_dir():
        return _walk(path)
    if _GLOB_CHARS & set(item) and not path.exists():
        matched = sorted(p for p in glob.glob(item, recursive=True) if Path(p).is_file())
        if not matched:
            raise InputError(item, "no file matches this pattern")
        return matched
    return [item]  # a file, or a missing one that extraction will report


def _walk(root: Path) -> list[str]:
    """The filings under a folder (sorted; hidden files and folders skipped); InputError for
    a folder that cannot be read."""
    def refuse(error: OSError) -> None:
        raise InputError(error.filename or str(root), f"cannot read this folder: {error.strerror or error}")

    found = []
    for folder, folders, names in os.walk(root, onerror=refuse):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            path = Path(folder) / name
            if not name.startswith(".") and path.suffix.lower() in FILING_SUFFIXES and path.is_file():
                found.append(str(path))
    return sorted(found)


# In a folder, only files that can hold a filing are read; a file named on the command
# line is always read.
FILING_SUFFIXES = frozenset({".txt", ".htm", ".html", ".xml", ".sgml", ".nc", ".pdf", ".paper"})


def error_record(source: str, reason: str) -> dict:
    """`{"file", "reason"}`, plus `"type"` for an unexpected exception."""
    record = {"file": source, "reason": reason}
    if reason.startswith("internal error ("):
        record["type"] = reason[len("internal error ("):].split(":", 1)[0].rstrip(")")
    return record


@dataclass
class Rendered:
    """A filing rendered in the worker that read it (`run_batch(render=...)`): the text, and the
    number of its warnings."""

    text: Any
    warnings: int


def extract_one(path: str, render: Callable[[Any], Any] | None = None) -> tuple[str, Any, str | None]:
    """(path, Filing, None) or (path, None, reason); with `render`, (path, Rendered, None).
    Runs in a worker; never raises."""
    from kg.extract import extract
    try:
        filing = extract(path)
        if render is not None:
            return path, Rendered(render(filing), len(filing.warnings or [])), None
        return path, filing, None
    except KgError as exc:
        return path, None, exc.problem
    except Exception as exc:  # noqa: BLE001 - a batch reports every failure and goes on
        return path, None, f"internal error ({type(exc).__name__}: {exc})"


def iter_outcomes(files: list[str], jobs: int = 1,
                  render: Callable[[Any], Any] | None = None) -> Iterator[tuple[str, Any, str | None]]:
    """(path, Filing, None) or (path, None, problem) for each file, in input order (with `render`,
    a Rendered in place of the Filing)."""
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            yield extract_one(path, render)
    else:
        yield from _parallel(files, jobs, render)


def run_batch(inputs: list[str], jobs: int = 1, on_result: Callable[[Any], None] = print,
              on_error: Callable[[str, str], None] = print, *, progress: bool = True,
              render: Callable[[Any], Any] | None = None) -> Summary:
    """Extract every file named by `inputs` with `jobs` processes (1: in this process).
    `render` (a module function, or a partial of one): on_result gets a Rendered of
    render(filing), made in the worker that read the filing (JSON text, say), not the Filing."""
    files = expand_inputs(inputs)
    summary = Summary(total=len(files))
    with _Progress(len(files) if progress else 0) as advance:
        for path, filing, problem in iter_outcomes(files, jobs, render):
            if problem is None:
                summary.ok += 1
                summary.warnings += (filing.warnings if isinstance(filing, Rendered)
                                     else len(getattr(filing, "warnings", None) or []))
                on_result(filing)
            else:
                summary.failed += 1
                on_error(path, problem)
            advance()
    return summary


class Extraction:
    """`kg.extract_many(...)`: iterate to get the filings; the files that failed are in
    `errors` as (file, problem), also passed to `on_error` as they happen. Nothing is raised
    for a bad file, a missing one or a glob that matches nothing."""

    def __init__(self, inputs, jobs: int = 1, on_error: Callable[[str, str], None] | None = None):
        single = isinstance(inputs, (str, Path))
        self.inputs = [str(inputs)] if single else [str(item) for item in inputs]
        self.jobs, self.on_error = jobs, on_error
        self.errors: list[tuple[str, str]] = []
        self.ok = 0

    def _error(self, source: str, problem: str) -> None:
        self.errors.append((source, problem))
        if self.on_error is not None:
            self.on_error(source, problem)

    def __iter__(self) -> Iterator[Any]:
        files: dict[str, None] = {}
        for item in self.inputs:
            try:
                files.update(dict.fromkeys(_expand(item)))
            except KgError as exc:
                self._error(exc.source or item, exc.problem)
        for path, filing, problem in iter_outcomes(list(files), self.jobs):
            if problem is None:
                self.ok += 1
                yield filing
            else:
                self._error(path, problem)

    def __repr__(self) -> str:
        return f"<kg.extract_many of {len(self.inputs)} input(s): {self.ok} read, {len(self.errors)} failed so far>"


def extract_many(inputs, jobs: int = 1, on_error: Callable[[str, str], None] | None = None) -> Extraction:
    """Filings from files, folders and globs, one at a time, in input order (`jobs` processes);
    failures are collected in `.errors` (and passed to `on_error`), never raised."""
    return Extraction(inputs, jobs, on_error)


def _parallel(files: list[str], jobs: int, render=None) -> Iterator[tuple[str, Any, str | None]]:
    """extract_one of each file in `jobs` forked workers, in input order."""
    from functools import partial

    warm(files)
    yield from parallel_outcomes(files, jobs, extract_chunk if render is None else partial(extract_chunk, render=render))


def extract_chunk(paths: list[str], render=None) -> list[tuple[str, Any, str | None]]:
    """extract_one of each path (what a worker does with the files it gets at once)."""
    return [extract_one(path, render) for path in paths]


def warm(files: list[str]) -> None:
    """Import the readers, and the NER pipeline when a file may hold a roster, in this process
    before the workers are forked from it: they share them instead of importing them each."""
    import kg.extract  # noqa: F401
    from kg.forms import ownership, schedule13, schedule13_xml  # noqa: F401
    from kg.read import edgar, html  # noqa: F401
    if any(not path.lower().endswith(".xml") for path in files):
        from kg.forms import annex, nlp  # noqa: F401
        nlp.pipeline()


def parallel_outcomes(files: list[str], jobs: int, work: Callable[[list[str]], list[tuple]],
                      most: int = 4) -> Iterator[tuple]:
    """work(paths) -> [(path, result, problem)] in `jobs` processes forked from this one (after
    `warm`), a few files at a time (at most `most`) with a bounded window; outcomes in input
    order. A worker that dies: its files are tried again one at a time in a fresh pool, and
    the one that kills a worker is (path, None, "internal error (BrokenProcessPool: ...)").
    `work` must pickle (a module function, or a partial of one)."""
    chunk = max(1, min(most, len(files) // (jobs * 16)))
    pending = deque(files[i:i + chunk] for i in range(0, len(files), chunk))
    window = jobs * 8
    context = multiprocessing.get_context("fork")
    # what the workers inherit stays out of the collector's reach (gc.freeze): a collection in a
    # worker would write to every inherited object and so copy its pages (+0.4 s CPU a run)
    gc.freeze()
    try:
        while pending:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
                queue: deque[tuple[list[str], Future]] = deque()
                again: list[list[str]] = []  # in input order, for a fresh pool after a dead worker
                while (pending or queue) and not again:
                    while pending and len(queue) < window:
                        paths = pending.popleft()
                        queue.append((paths, pool.submit(work, paths)))
                    paths, future = queue.popleft()
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:
                        if len(paths) == 1:
                            outcomes = [(paths[0], None, "internal error (BrokenProcessPool: the worker "
                                                         "process died while reading this file)")]
                        else:  # find the file that kills a worker: one at a time
                            outcomes = []
                            again += [[path] for path in paths]
                        again += [p for p, _ in queue] or [[]]
                    yield from outcomes
                pending.extendleft(reversed([p for p in again if p]))
    finally:
        gc.unfreeze()


class _Progress:
    """A rich progress bar on stderr when it is a terminal; else nothing."""

    def __init__(self, total: int):
        self.total, self.bar, self.task = total, None, None

    def __enter__(self):
        if self.total and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )
            self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=Console(stderr=True),
                                transient=True)
            self.bar.start()
            self.task = self.bar.add_task("extract", total=self.total)
        return self.advance

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
