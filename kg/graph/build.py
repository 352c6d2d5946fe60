"""`kg build`: extract, map, validate and write filings, one named graph each (kg.graph.store).

    report = build(store, files, validate=True, jobs=2)

Filings are validated (kg.graph.shacl.validate_batch) and written (GraphStore.replace:
journal, drop, bulk load) in batches. With jobs > 1, worker processes forked after the
imports (kg.batch.parallel_outcomes) extract, map and validate a few files at a time and hand
back N-Quads; this process writes them in input order while the workers go on (a thread loads
each batch while the next one fills).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.errors import StoreError
from kg.graph.batches import WriteBatch
from kg.graph.mapping import MappedFiling

if TYPE_CHECKING:
    from kg.graph.store import GraphStore


log = logging.getLogger("kg")
VALIDATE_FILINGS = 10    # filings per SHACL run (the engine slows past a few dozen)


def build_batches(store: GraphStore, mapped: Iterable[MappedFiling], batch_size: int | None = None,
                  on_error=None) -> int:
    """Write mapped filings in batches (of batch_size filings or WriteBatch's triples); returns
    the number of triples written. A filing whose graph the store refuses is reported
    (on_error(source, problem)) and the others are written."""
    batch = WriteBatch(store, batch_size, None if on_error is None else lambda item, problem: on_error(item.source,
                                                                                                   problem))
    try:
        for item in mapped:
            batch.add(item)
        return batch.flush()
    finally:
        batch.close()  # a spool file left unwritten (an error while mapping) is removed


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
    kept: bytes | None = None  # its line to keep beside the store (kg.graph.sidecar)

    def nquads(self) -> bytes:
        return self.data

    def __len__(self) -> int:
        return self.triples


def prepare_many(paths: list[str], validate: bool, derive=None) -> list[tuple]:
    """(path, PreparedGraph, problem) for each path: extracted, mapped and (in one engine run
    for them all) validated; with `derive`, the lines to keep beside the store made for the
    valid ones (`derive(mapped)`, one each). Runs in a worker of `build(jobs=N)`."""
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
    _derive(derive, [item for item in mapped if not found.get(str(item.graph_iri))])
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
            prepared = PreparedGraph(item.source, str(item.graph_iri), item.nquads(), len(item), item.kept)
            outcomes[index] = (paths[index], prepared, None)
    return outcomes


def _derive(derive, items: list[MappedFiling]) -> None:
    """Each item's line to keep beside the store (`kept`), when a `derive` is given."""
    if derive is not None and items:
        try:
            lines = derive(items)
        except Exception as exc:  # noqa: BLE001 - the graphs are written; only what is kept beside them is lost
            log.warning("the records to keep beside the store could not be made (%s: %s); they are dropped",
                        type(exc).__name__, exc)
            return
        for item, line in zip(items, lines, strict=True):
            item.kept = line


def build(store: GraphStore, files: Iterable[str], *, validate: bool = True,
          batch_size: int | None = None, on_error=None, jobs: int = 1, derive=None) -> BuildReport:
    """`kg build`: extract, map, SHACL-validate and commit each filing; a bad file is reported
    (on_error(source, problem)) and the others go on. A filing whose graph breaks a shape is
    not committed. Filings are validated (kg.graph.shacl.validate_batch, VALIDATE_FILINGS at
    a time) and written in batches (build_batches). With jobs > 1, worker processes extract, map and validate
    (kg.batch.parallel_outcomes) and this one writes. `derive` (a module function: workers get it
    pickled): mapped filings -> the line of each to keep beside an on-disk store
    (kg.graph.sidecar; `kg build` keeps the link mentions, kg.link.kept.derive); without it, the
    records kept beside the store no longer describe it and are dropped."""
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
        report.triples = _build_in_workers(store, list(files), validate, jobs, batch_size, fail, report, refused,
                                           derive)
    else:  # each batch loaded in the background while the next one is extracted
        batch = WriteBatch(store, batch_size, refused, background=True)
        try:
            for item in checked(mapped_files(), validate, min(batch_size or VALIDATE_FILINGS, VALIDATE_FILINGS),
                                fail, report, derive):
                batch.add(item)
            report.triples = batch.finish()
        finally:
            batch.close()
    return report


def _build_in_workers(store: GraphStore, files: list[str], validate: bool, jobs: int, batch_size: int | None,
                      fail, report: BuildReport, refused=None, derive=None) -> int:
    """Workers extract, map and validate (kg.batch.parallel_outcomes: forked after the imports,
    a few files each at a time); this process writes their graphs in batches as they come,
    in input order, while the workers go on (each batch loaded in the background while the
    next one fills). Returns the triples written."""
    from functools import partial

    from kg.batch import parallel_outcomes, warm

    warm(files)
    batch = WriteBatch(store, batch_size, refused, background=True)
    try:
        for path, prepared, problem in parallel_outcomes(files, jobs, partial(prepare_many, validate=validate, derive=derive),
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


def checked(mapped: Iterable[MappedFiling], validate: bool, batch_size: int, fail, report: BuildReport,
            derive=None):
    """The mapped filings that conform to the shapes (all when not validating), counted in the
    report, with their lines to keep when `derive` is given; the others are reported through
    fail(source, problem)."""
    from kg.graph.shacl import validate_batch

    pending: list[MappedFiling] = []

    def flush():
        found = validate_batch(pending) if validate and pending else {}
        _derive(derive, [item for item in pending if not found.get(str(item.graph_iri))])
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
