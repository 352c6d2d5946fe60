"""Filing graphs written to the store in batches (`kg build`): in memory, or through a spool file.

    batch = WriteBatch(store, refused=on_refused, background=True)
    for mapped in filings:
        batch.add(mapped)      # written when the batch is full
    batch.finish()             # the rest; the triples written
    batch.close()
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from kg.errors import StoreError
from kg.graph.spool import Spool

if TYPE_CHECKING:
    from kg.graph.store import GraphStore


BATCH_FILINGS = 1000     # a write batch of a store in memory: at most this many filings...
BATCH_TRIPLES = 250_000  # ...or about this many triples
SPOOL_FILINGS = 50_000   # a write batch of a store on disk, spooled (kg.graph.spool): at most this many
SPOOL_TRIPLES = 10_000_000  # filings or about this many triples (one bulk load each: fewer loads, less CPU)


class WriteBatch:
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
    """Write a batch; a spool whose every filing brought the lines to keep beside the store has
    them kept (kg.graph.sidecar), describing the graphs the store took."""
    try:
        side = spool.side if spool is not None and spool.side.complete else None
        lost: set[str] = set()

        def refuse(item, problem: str) -> None:
            lost.add(str(item.graph_iri))
            refused(item, problem)

        written = _replace(store, items, None if refused is None else refuse, spool, side is not None)
        if side is not None and items:
            store.keep(side, [str(item.graph_iri) for item in items], lost)
        return written
    finally:
        if spool is not None:
            spool.remove()


def _replace(store: GraphStore, items: list, refused, spool: Spool | None = None, side: bool = False) -> int:
    if not items:
        return 0
    try:
        return store.replace(items, None if spool is None else spool.path, side=side)
    except StoreError:
        raise  # the store cannot be written at all
    except Exception as exc:  # noqa: BLE001 - one filing's graph must not cost the others
        if len(items) > 1:
            return sum(_replace(store, [item], refused, side=side) for item in items)
        store._drop_journal()  # the journal names the graph: drop what was half written
        if refused is None:
            raise
        refused(items[0], f"the store refused its graph ({type(exc).__name__}: {exc})")
        return 0
