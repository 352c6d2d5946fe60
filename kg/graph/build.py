"""`kg build`: extract, map, validate and write filings, one named graph each (kg.graph.store).

    report = build(store, files, validate=True, jobs=2)

Filings are validated (kg.graph.shacl.validate_batch) and written (GraphStore.replace:
journal, drop, bulk load) in batches. With jobs > 1, worker processes forked after the
imports (kg.batch.parallel_outcomes) extract, map and validate a few files at a time and hand
back N-Quads; this process writes them in input order while the workers go on (a thread loads
each batch while the next one fills).
"""
from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.errors import StoreError
from kg.graph.mapping import MappedFiling
from kg.graph.spool import Spool

if TYPE_CHECKING:
    from kg.graph.store import GraphStore


BATCH_FILINGS = 1000     # a write batch of a store in memory: at most this many filings...
BATCH_TRIPLES = 250_000  # ...or about this many triples
SPOOL_FILINGS = 50_000   # a write batch of a store on disk, spooled (kg.graph.spool): at most this many
SPOOL_TRIPLES = 10_000_000  # filings or about this many triples (one bulk load each: fewer loads, less CPU)
VALIDATE_FILINGS = 10    # filings per SHACL run (the engine slows past a few dozen)


class _Batch:
    """Filings waiting to be written; the same filing given twice is one graph (the later wins).
    A store on disk gets them through a spool file (kg.graph.spool: millions of triples a bulk
    load, not held in memory); a store in memory, from memory. A batch the store refuses is
    written again one filing at a time: the filing it refuses is handed to `refused(item,
    problem)` and left out.

    `background`: each batch is written by a thread of this process while the next one fills
    (Oxigraph's bulk load runs outside the GIL), one write at a time and in order, so that the
    workers of `kg build --jobs N` go on while a batch is loaded instead of waiting for it.
    Refusals are handed over here, in the caller's thread, when that write is waited for."""

    def __init__(self, store: GraphStore, batch_size: int | None = None, refused=None, background: bool = False):
        self.store, self.refused, self.written = store, refused, 0
        spooled = store.folder is not None
        self.size = batch_size or (SPOOL_FILINGS if spooled else BATCH_FILINGS)
        self.most_triples = SPOOL_TRIPLES if spooled else BATCH_TRIPLES
        self.items, self.triples = {}, 0         # in memory
        self.spool, self.spools = None, 0        # on disk: the file being filled, files made so far
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="kg-write") if background else None
        self.running: tuple | None = None  # (future, refusals) of the write in the background

    def add(self, item) -> None:
        if self.store.folder is None:
            old = self.items.pop(str(item.graph_iri), None)
            self.triples += len(item) - (len(old) if old is not None else 0)
            self.items[str(item.graph_iri)] = item
            full = len(self.items) >= self.size or self.triples >= self.most_triples
        else:
            if self.spool is not None and str(item.graph_iri) in self.spool:
                self.flush()  # the later wins: written after the earlier
            if self.spool is None:
                self.spools += 1
                self.spool = Spool(self.store.folder, self.spools)
            self.spool.add(item)
            full = len(self.spool) >= self.size or self.spool.triples >= self.most_triples
        if full:
            self.flush()

    def _take(self) -> tuple[list, Spool | None]:
        """What waits to be written (the items, and their spool when on disk); the batch is empty after."""
        if self.spool is not None:
            spool, self.spool = self.spool, None
            spool.close()
            return spool.entries, spool
        items, self.items, self.triples = list(self.items.values()), {}, 0
        return items, None

    def flush(self) -> int:
        items, spool = self._take()
        if self.writer is None:
            self.written += _write(self.store, items, self.refused, spool)
            return self.written
        self.wait()  # one write at a time: the journal covers one batch
        if items:
            refusals: list = []
            collect = None if self.refused is None else (lambda item, problem: refusals.append((item, problem)))
            self.running = (self.writer.submit(_write, self.store, items, collect, spool), refusals)
        return self.written

    def wait(self) -> int:
        """Wait for the write in the background (its error is raised here); the triples written."""
        if self.running is not None:
            future, refusals = self.running
            self.running = None
            self.written += future.result()
            for item, problem in refusals:
                self.refused(item, problem)
        return self.written

    def finish(self) -> int:
        """Write what is left and wait for it: the triples written."""
        self.flush()
        return self.wait()

    def close(self) -> None:
        """Let a write still running end (the store must not close under it); remove a spool left unwritten."""
        if self.writer is not None:
            self.writer.shutdown(wait=True)
        if self.spool is not None:
            self.spool.remove()
            self.spool = None


def _write(store: GraphStore, items: list, refused, spool: Spool | None = None) -> int:
    try:
        return _replace(store, items, refused, spool)
    finally:
        if spool is not None:
            spool.remove()


def _replace(store: GraphStore, items: list, refused, spool: Spool | None = None) -> int:
    if not items:
        return 0
    try:
        return store.replace(items, None if spool is None else spool.path)
    except StoreError:
        raise  # the store cannot be written at all
    except Exception as exc:  # noqa: BLE001 - one filing's graph must not cost the others
        if len(items) > 1:
            return sum(_replace(store, [item], refused) for item in items)
        store._drop_journal()  # the journal names the graph: drop what was half written
        if refused is None:
            raise
        refused(items[0], f"the store refused its graph ({type(exc).__name__}: {exc})")
        return 0


def build_batches(store: GraphStore, mapped: Iterable[MappedFiling], batch_size: int | None = None,
                  on_error=None) -> int:
    """Write mapped filings in batches (of batch_size filings or _Batch's triples); returns
    the number of triples written. A filing whose graph the store refuses is reported
    (on_error(source, problem)) and the others are written."""
    batch = _Batch(store, batch_size, None if on_error is None else lambda item, problem: on_error(item.source,
                                                                                                   problem))
    for item in mapped:
        batch.add(item)
    return batch.flush()


@dataclass
class BuildReport:
    filings: int = 0
    triples: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, problem)
    graphs: list[str] = field(default_factory=list)   # the filing graphs written (replaced or new)


def map_file(path: str) -> MappedFiling:
    """Extract one file and map it (the document text fills the evidence quotes)."""
    from kg.extract import extract_document
    from kg.graph.mapping import map_filing
    from kg.read.documents import load

    doc = load(path)
    return map_filing(extract_document(doc), doc.text)


@dataclass
class PreparedGraph:
    """A filing graph made in a worker process: its N-Quads, ready for the bulk loader."""

    source: str
    graph_iri: str
    data: bytes
    triples: int

    def nquads(self) -> bytes:
        return self.data

    def __len__(self) -> int:
        return self.triples


def prepare_many(paths: list[str], validate: bool) -> list[tuple]:
    """(path, PreparedGraph, problem) for each path: extracted, mapped and (in one engine run
    for them all) validated. Runs in a worker of `build(jobs=N)`."""
    from kg.errors import KgError
    from kg.graph.shacl import validate_batch

    outcomes, mapped = [], []
    for path in paths:
        try:
            mapped.append(map_file(path))
            outcomes.append(None)
        except KgError as exc:
            outcomes.append((path, None, exc.problem))
        except Exception as exc:  # noqa: BLE001 - a build reports every failure and goes on
            outcomes.append((path, None, f"internal error ({type(exc).__name__}: {exc})"))
    found = validate_batch(mapped) if validate and mapped else {}
    items = iter(mapped)
    for index, outcome in enumerate(outcomes):
        if outcome is not None:
            continue
        item = next(items)
        violations = found.get(str(item.graph_iri))
        if violations:
            problem = f"graph breaks {len(violations)} shape rule(s), first: {violations[0]}"
            outcomes[index] = (paths[index], None, problem)
        else:
            prepared = PreparedGraph(item.source, str(item.graph_iri), item.nquads(), len(item))
            outcomes[index] = (paths[index], prepared, None)
    return outcomes


def build(store: GraphStore, files: Iterable[str], *, validate: bool = True,
          batch_size: int | None = None, on_error=None, jobs: int = 1) -> BuildReport:
    """`kg build`: extract, map, SHACL-validate and commit each filing; a bad file is reported
    (on_error(source, problem)) and the others go on. A filing whose graph breaks a shape is
    not committed. Filings are validated (kg.graph.shacl.validate_batch, VALIDATE_FILINGS at
    a time) and written in batches (build_batches). With jobs > 1, worker processes extract, map and validate
    (kg.batch.parallel_outcomes) and this one writes."""
    from kg.errors import KgError

    report = BuildReport()

    def fail(source: str, problem: str) -> None:
        report.failed.append((source, problem))
        if on_error:
            on_error(source, problem)

    def refused(item, problem: str) -> None:  # the store refused a graph already counted as written
        if str(item.graph_iri) in report.graphs:
            report.graphs.remove(str(item.graph_iri))
            report.filings -= 1
        fail(item.source, problem)

    def mapped_files():
        for path in files:
            try:
                yield map_file(path)
            except KgError as exc:
                fail(path, exc.problem)
            except Exception as exc:  # noqa: BLE001 - every failure of one filing is that filing's error
                fail(path, f"internal error ({type(exc).__name__}: {exc})")

    if jobs > 1:
        report.triples = _build_in_workers(store, list(files), validate, jobs, batch_size, fail, report, refused)
    else:  # each batch loaded in the background while the next one is extracted
        batch = _Batch(store, batch_size, refused, background=True)
        try:
            for item in checked(mapped_files(), validate, min(batch_size or VALIDATE_FILINGS, VALIDATE_FILINGS),
                                fail, report):
                batch.add(item)
            report.triples = batch.finish()
        finally:
            batch.close()
    return report


def _build_in_workers(store: GraphStore, files: list[str], validate: bool, jobs: int, batch_size: int | None,
                      fail, report: BuildReport, refused=None) -> int:
    """Workers extract, map and validate (kg.batch.parallel_outcomes: forked after the imports,
    a few files each at a time); this process writes their graphs in batches as they come,
    in input order, while the workers go on (each batch loaded in the background while the
    next one fills). Returns the triples written."""
    from functools import partial

    from kg.batch import parallel_outcomes, warm

    warm(files)
    batch = _Batch(store, batch_size, refused, background=True)
    try:
        for path, prepared, problem in parallel_outcomes(files, jobs, partial(prepare_many, validate=validate),
                                                         most=16):
            if problem is not None:
                fail(path, problem)
                continue
            report.filings += 1
            report.graphs.append(prepared.graph_iri)
            batch.add(prepared)
        return batch.finish()
    finally:
        batch.close()


def checked(mapped: Iterable[MappedFiling], validate: bool, batch_size: int, fail, report: BuildReport):
    """The mapped filings that conform to the shapes (all when not validating), counted in the
    report; the others are reported through fail(source, problem)."""
    from kg.graph.shacl import validate_batch

    pending: list[MappedFiling] = []

    def flush():
        found = validate_batch(pending) if validate and pending else {}
        for item in pending:
            violations = found.get(str(item.graph_iri))
            if violations:
                fail(item.source, StoreError(item.source, f"graph breaks {len(violations)} shape rule(s), "
                                                          f"first: {violations[0]}").problem)
                continue
            report.filings += 1
            report.graphs.append(str(item.graph_iri))
            yield item
        pending.clear()

    for item in mapped:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
