"""The graph store: one way to open it from a location, and `kg build` semantics.

    store = open_store(".kg/store", write=True)   # a folder: embedded Oxigraph on disk
    store = open_store("memory")                  # in memory (tests, one-off runs)

Folder layout: `<dir>/oxigraph/` (the Oxigraph database), `<dir>/kg.lock` (flock: one
writer, or any number of readers), `<dir>/journal.json` (the graphs a build is writing),
`<dir>/links/` (the linker's saved state, kg.link.state).

Each filing is one named graph. Building a filing replaces its graph: re-running on the
same filing gives the same triples. Graphs are written in batches: the journal (fsynced)
is written first, then one transaction drops the batch's graphs, then Oxigraph's bulk
loader (`Store.bulk_load` of N-Quads; `Store.load`, one transaction, for `memory`) adds
them all, then the journal is removed. The bulk loader is fast but not atomic; the
journal makes the batch so: the next writer after a kill finds the journal, drops every
graph it names (whole, partial or absent) and says which filings to build again. Every
graph in the store is therefore always whole.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self

import pyoxigraph as ox

from kg.errors import StoreError
from kg.graph.mapping import MappedFiling
from kg.graph.settings import DEFAULT_LOCATION, EXPORT_FORMAT_NAMES, MEMORY
from kg.graph.vocab import COUNTRY_BASE, KG, OA, ORG, PROV, SCHEMA, SKOS

log = logging.getLogger("kg")
EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS,
                  "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
PREFIXES = {name.lower(): vocab.NS for name, vocab in
            (("KG", KG), ("ORG", ORG), ("SCHEMA", SCHEMA), ("PROV", PROV), ("OA", OA), ("SKOS", SKOS))}
# Instance IRIs hold slashes, which a Turtle prefixed name must escape (`\/`): they are written whole.
PREFIXES.update({"country": COUNTRY_BASE, "xsd": "http://www.w3.org/2001/XMLSchema#",
                 "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#"})
assert sorted(EXPORT_FORMATS) == sorted(EXPORT_FORMAT_NAMES)


@dataclass
class GraphStore:
    """An open store: `oxigraph` is the pyoxigraph Store, usable for SPARQL directly."""

    location: str
    oxigraph: ox.Store
    writable: bool
    folder: Path | None = None
    recovered: list[str] = field(default_factory=list)  # sources to rebuild after an interrupted build
    _lock: IO | None = None

    # ---- writing ---------------------------------------------------------------
    def replace(self, batch: list[MappedFiling]) -> int:
        """Replace the graphs of a batch of filings, each whole or not at all. Returns triples written."""
        if not self.writable:
            raise StoreError(self.location, "store opened read-only")
        if not batch:
            return 0
        names = [str(mapped.graph_iri) for mapped in batch]
        self._write_journal({"graphs": names, "sources": [mapped.source for mapped in batch]})
        try:
            self.oxigraph.update(" ".join(f"DROP SILENT GRAPH <{name}> ;" for name in names).rstrip(" ;"))
            data = b"".join(mapped.nquads() for mapped in batch)
            if self.folder is None:
                self.oxigraph.load(data, ox.RdfFormat.N_QUADS)
            else:
                self.oxigraph.bulk_load(data, ox.RdfFormat.N_QUADS)
        except OSError as exc:
            raise StoreError(self.location, f"write failed: {exc}") from exc
        self._clear_journal()
        return sum(len(mapped) for mapped in batch)

    def _write_journal(self, entry: dict) -> None:
        if self.folder is None:
            return
        path = self.folder / "journal.json"
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(entry, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def _clear_journal(self) -> None:
        if self.folder is not None:
            (self.folder / "journal.json").unlink(missing_ok=True)

    def _recover(self) -> None:
        """After an interrupted build: drop the graphs it was writing; remember their sources."""
        path = self.folder / "journal.json"
        if not path.exists():
            return
        entry = json.loads(path.read_text(encoding="utf-8"))
        self.oxigraph.update(" ; ".join(f"DROP SILENT GRAPH <{name}>" for name in entry["graphs"]))
        self.oxigraph.flush()
        self.recovered = list(entry["sources"])
        path.unlink()
        log.warning("%s: an earlier build was interrupted; %d filing graphs removed, build them again",
                    self.location, len(self.recovered))

    # ---- reading ---------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(node.value for node in self.oxigraph.named_graphs() if isinstance(node, ox.NamedNode))

    def filing_graphs(self) -> list[str]:
        """The named graphs that hold one filing each (not the links graph of `kg link`)."""
        from kg.graph.mapping_base import LINKS_GRAPH
        return [name for name in self.graphs() if name != str(LINKS_GRAPH)]

    def lines(self, name: str) -> list[str]:
        """One graph's triples as N-Triples lines without the final ` .` (for SHACL)."""
        data = self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name)).decode()
        return [line[:-2] for line in data.splitlines() if line.endswith(" .")]

    def graph(self, name: str):
        """One filing graph as an rdflib Graph (for comparison)."""
        from rdflib import Graph
        data = self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        return Graph().parse(data=data, format="nt")

    def __len__(self) -> int:
        return len(self.oxigraph)

    def export(self, fmt: str, output: str | Path | IO[bytes] | None = None) -> bytes | None:
        """Write the store as RDF. Turtle has no named graphs: it holds the union of all graphs."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(self.location, f"unknown export format {fmt!r}; choose one of {sorted(EXPORT_FORMATS)}")
        output = str(output) if isinstance(output, Path) else output
        if fmt == "turtle":
            triples = self.oxigraph.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            return ox.serialize(triples, output, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        if fmt == "trig":
            return self.oxigraph.dump(output, EXPORT_FORMATS[fmt], prefixes=PREFIXES)
        return self.oxigraph.dump(output, EXPORT_FORMATS[fmt])

    def close(self) -> None:
        if self.writable:
            self.oxigraph.flush()
        del self.oxigraph
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(location: str | Path | None = None, *, write: bool = False) -> GraphStore:
    """Open the store at a folder (created when writing) or `memory`.

    A writer holds an exclusive lock: a second build on the same store at once is refused
    with StoreError, and so are readers while a build runs."""
    location = str(location or DEFAULT_LOCATION)
    if location == MEMORY:
        return GraphStore(location, ox.Store(), writable=True)
    folder = Path(location)
    if write:
        folder.mkdir(parents=True, exist_ok=True)
    elif not (folder / "oxigraph").is_dir():
        raise StoreError(location, "no graph store here (run `kg build` first)")
    lock = _lock(folder, exclusive=write, location=location)
    try:
        db = str(folder / "oxigraph")
        oxigraph = ox.Store(db) if write else ox.Store.read_only(db)
    except OSError as exc:
        lock.close()
        raise StoreError(location, f"cannot open the Oxigraph database: {exc}") from exc
    store = GraphStore(location, oxigraph, writable=write, folder=folder, _lock=lock)
    if write:
        store._recover()
    elif (folder / "journal.json").exists():
        store.recovered = json.loads((folder / "journal.json").read_text(encoding="utf-8"))["sources"]
    return store


def _lock(folder: Path, *, exclusive: bool, location: str) -> IO:
    path = folder / "kg.lock"
    handle = open(path, "a+")  # noqa: SIM115 - held open while the store is: the lock lives with it
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise StoreError(location, "another kg build is writing to this store; wait for it to finish") from None
    return handle


def finding_counts(store: GraphStore) -> dict[str, int]:
    """How many data-quality findings of each code the filing graphs hold (the extractor's
    warnings and the mapping's findings: roster-ambiguous, unassigned-name, transactions-missing ...)."""
    query = (f"SELECT ?code (COUNT(?finding) AS ?n) WHERE {{ GRAPH ?g {{ ?finding a <{KG.DataQualityFinding}> ; "
             f"<{KG.findingCode}> ?code }} }} GROUP BY ?code ORDER BY ?code")
    return {row["code"].value: int(row["n"].value) for row in store.oxigraph.query(query)}


def validate(store: GraphStore) -> list:
    """SHACL violations of every filing graph in the store (kg.graph.shacl.Violation, plain words),
    plus one for each filing an interrupted build left to rebuild."""
    from kg.graph.shacl import Violation, validate_graphs

    problems = [Violation(graph="", focus=source, path=None, message="an interrupted build left this filing "
                          "out of the store: build it again") for source in store.recovered]
    names = store.filing_graphs()
    for start in range(0, len(names), 200):
        found = validate_graphs((name, store.lines(name)) for name in names[start:start + 200])
        problems += [violation for name in names[start:start + 200] for violation in found[name]]
    return problems


# `kg build` lives in kg.graph.build; its names stay importable from here.
from kg.graph.build import BuildReport, PreparedGraph, build, build_batches, map_file  # noqa: E402,F401
