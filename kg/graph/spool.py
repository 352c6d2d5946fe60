"""Filing graphs waiting for the store's bulk loader, kept on disk (`<store>/spool/N.nq`).

    spool = Spool(folder, 1)
    spool.add(mapped)            # its N-Quads appended to the file
    spool.close()                # then: store.replace(spool.entries, path=spool.path)

Oxigraph's bulk loader costs less the fewer times it is called: measured on the 10,000-filing
mix (10M quads, BENCHMARKS.md "Graph build"), 41 loads of 250,000 quads cost 146-156 CPU s,
5 of 2.5M 120-134, one of them all 101 (RocksDB compacts each load's files into the ones before).
A build therefore gathers millions of quads before a load, too many to hold in memory: they
wait in a file of the store folder, which the loader reads by its path. Each entry remembers
where its graph's N-Quads are, so that a load the store refuses can be tried again one filing
at a time. A spool left by a killed build is removed when the store is next opened for writing
(the journal, written before a load begins, says which graphs to drop). Beside each file, the
lines the filings bring to be kept beside the store (`N.jsonl`, kg.graph.sidecar).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kg.graph.sidecar import SideFile

SPOOL = "spool"  # the folder in the store that holds the files


@dataclass
class SpooledGraph:
    """One filing graph in a spool file: where its N-Quads are (bytes offset, size)."""

    source: str
    graph_iri: str
    path: Path
    offset: int
    size: int
    triples: int

    def nquads(self) -> bytes:
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            return handle.read(self.size)

    def __len__(self) -> int:
        return self.triples


class Spool:
    """A file of N-Quads being filled with whole filing graphs, each graph once."""

    def __init__(self, folder: Path, number: int):
        (folder / SPOOL).mkdir(exist_ok=True)
        self.path = folder / SPOOL / f"{number}.nq"
        self.handle = open(self.path, "wb")  # noqa: SIM115 - closed by close()
        self.entries: list[SpooledGraph] = []
        self.names: set[str] = set()
        self.triples = 0
        self.side = SideFile(folder / SPOOL / f"{number}.jsonl")  # the records kept beside the store (kg.graph.sidecar)

    def __contains__(self, graph_iri: str) -> bool:
        return graph_iri in self.names

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, item) -> None:
        data = item.nquads()
        offset = self.handle.tell()
        self.handle.write(data)
        name = str(item.graph_iri)
        self.entries.append(SpooledGraph(item.source, name, self.path, offset, len(data), len(item)))
        self.names.add(name)
        self.triples += len(item)
        self.side.add(getattr(item, "kept", None))

    def close(self) -> None:
        self.handle.close()
        self.side.close()

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
        self.side.path.unlink(missing_ok=True)


def clear(folder: Path) -> None:
    """Remove what a build left in the spool (a killed build's files)."""
    shutil.rmtree(folder / SPOOL, ignore_errors=True)
