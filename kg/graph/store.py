"""The graph store: one way to open it from a location, and `kg build` semantics.

    store = open_store(".kg/store", write=True)   # a folder: embedded Oxigraph on disk
    store = open_store("memory")                  # in memory (tests, one-off runs)

Folder layout: `<dir>/kg-store.json` (what the folder is), `<dir>/oxigraph/` (the live
Oxigraph database, written by one writer at a time: flock on `<dir>/kg.lock`),
`<dir>/journal.json` (the graphs a build is writing), `<dir>/links/` (the linker's saved
state, kg.link.state), `<dir>/mentions/` (each filing's link mentions, kept by `kg build`:
kg.graph.sidecar), `<dir>/snapshots/` and `<dir>/current` (what readers open, see
kg.graph.snapshots: readers never wait for a writer, nor block one). A folder that holds
anything else is not a store, and `open_store(..., write=True)` refuses to write in it.

Each filing is one named graph, `<filing>/graph`, and, when someone in it holds a board seat,
its summary graph `<filing>/summary` (kg.graph.summary: counted when the filing is mapped, so
that queries need not count over the store), written, replaced and dropped with it.
Building a filing replaces its graphs: re-running on the same filing gives the same triples. Graphs are written in batches: the journal (fsynced)
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
from kg.graph import sidecar, snapshots
from kg.graph.mapping import MappedFiling
from kg.graph.search import KEY_LENGTHS
from kg.graph.settings import EXPORT_FORMAT_NAMES
from kg.graph.store_open import key_lengths, open_store  # noqa: F401 (opening a store: kg.graph.store_open)
from kg.graph.summary import drop_update as _drop
from kg.graph.summary import is_summary_graph
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
    unfinished: str | None = None  # when the last build that did not finish started (None: it finished)
    snapshot: str | None = None    # the snapshot a reader reads
    key_lengths: tuple[int, ...] = KEY_LENGTHS  # the name keys its filings have (kg.graph.search)
    board_counts: bool = True  # every filing has its summary graph (kg.graph.summary)
    board_rows: bool = True    # and its board rows there (a store made before has the counts alone)
    kept: dict | None = None   # the manifest of the records kept beside it, while they describe it (kg.graph.sidecar)
    _kept_pending: dict | None = None  # ... while a batch that brings its records is written
    _lock: IO | None = None

    # ---- writing ---------------------------------------------------------------
    def replace(self, batch: list[MappedFiling], path: Path | None = None, side: bool = False) -> int:
        """Replace the graphs of a batch of filings, each whole or not at all. Returns triples written.
        `path`: a file holding the batch's N-Quads (kg.graph.spool), read by the bulk loader itself.
        `side`: the caller brings the batch's records to keep beside the store (`keep`); else they
        no longer describe the store and are dropped (kg.graph.sidecar)."""
        if not self.writable:
            raise StoreError(self.location, "store opened read-only")
        if not batch:
            return 0
        if self.folder is not None:
            sidecar.stale(self.folder)
            self._kept_pending, self.kept = (self.kept or self._kept_pending) if side else None, None
        names = [str(mapped.graph_iri) for mapped in batch]
        self._write_journal({"graphs": names, "sources": [mapped.source for mapped in batch]})
        try:
            self.oxigraph.update(_drop(names))
            if self.folder is None:
                self.oxigraph.load(b"".join(mapped.nquads() for mapped in batch), ox.RdfFormat.N_QUADS)
            elif path is not None:
                self.oxigraph.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
            else:
                self.oxigraph.bulk_load(b"".join(mapped.nquads() for mapped in batch), ox.RdfFormat.N_QUADS)
        except OSError as exc:
            raise StoreError(self.location, f"write failed: {exc}") from exc
        self._clear_journal()
        return sum(len(mapped) for mapped in batch)

    def keep(self, side, attempted: list[str], lost: set[str]) -> None:
        """After `replace(..., side=True)`: keep the batch's records (kg.graph.sidecar.commit)."""
        if self.folder is not None and self._kept_pending is not None:
            self.kept = sidecar.commit(self.folder, self._kept_pending, side, attempted, lost)
        self._kept_pending = None

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
        self.recovered = self._drop_journal()
        if self.recovered:
            log.warning("%s: an earlier build was interrupted; %d filing graphs removed, build them again",
                        self.location, len(self.recovered))

    def _drop_journal(self) -> list[str]:
        """Drop every graph the journal names (whole, partial or absent); their sources."""
        path = None if self.folder is None else self.folder / "journal.json"
        if path is None or not path.exists():
            return []
        entry = json.loads(path.read_text(encoding="utf-8"))
        sidecar.stale(self.folder)
        self.oxigraph.update(_drop(entry["graphs"]))
        self.oxigraph.flush()
        path.unlink()
        return list(entry["sources"])

    # ---- reading ---------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(node.value for node in self.oxigraph.named_graphs() if isinstance(node, ox.NamedNode))

    def filing_graphs(self) -> list[str]:
        """The named graphs that hold one filing each (not the links graph of `kg link`, nor the
        filings' summary graphs, kg.graph.summary)."""
        from kg.graph.mapping_base import LINKS_GRAPH
        return [name for name in self.graphs() if name != str(LINKS_GRAPH) and not is_summary_graph(name)]

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
        try:
            if fmt == "turtle":
                triples = self.oxigraph.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                return ox.serialize(triples, output, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            if fmt == "trig":
                return self.oxigraph.dump(output, EXPORT_FORMATS[fmt], prefixes=PREFIXES)
            return self.oxigraph.dump(output, EXPORT_FORMATS[fmt])
        except OSError as exc:
            where = output if isinstance(output, str) else self.location
            raise StoreError(where, f"cannot write: {exc.strerror or exc}") from exc

    def close(self, finished: bool = True) -> None:
        """A writer publishes what it committed for readers (a snapshot); `finished` False
        leaves the mark that the build did not finish, for readers to report."""
        if not hasattr(self, "oxigraph"):
            return
        try:
            if self.writable and self.folder is not None:
                published = snapshots.publish(self.folder, self.oxigraph)
                if self.kept is not None:
                    sidecar.publish(self.folder, self.kept, published)
                if finished:
                    snapshots.clear_building(self.folder)
            elif self.writable:
                self.oxigraph.flush()
        except OSError as exc:
            raise StoreError(self.location, f"cannot publish the store for readers: {exc}") from exc
        finally:
            del self.oxigraph
            if self._lock is not None:
                fcntl.flock(self._lock, fcntl.LOCK_UN)
                self._lock.close()
                self._lock = None
            if not self.writable and self.folder is not None:
                snapshots.collect(self.folder)  # the last reader of an old snapshot removes it

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(finished=kind is None)


# `kg build` lives in kg.graph.build; its names stay importable from here.
from kg.graph.build import BuildReport, PreparedGraph, build, build_batches, map_file  # noqa: E402,F401
