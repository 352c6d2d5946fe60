"""Opening the graph store (kg.graph.store): `open_store` from a location, a writer (the folder's
lock, its marker, recovery after an interrupted build) or a reader (the last published snapshot)."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import StoreError
from kg.graph import sidecar, snapshots, spool
from kg.graph.search import KEY_LENGTHS, KEY_LENGTHS_BEFORE
from kg.graph.settings import DEFAULT_LOCATION, MEMORY
from kg.graph.summary import SUMMARIES, store_summaries

if TYPE_CHECKING:
    from kg.graph.store import GraphStore

log = logging.getLogger("kg")


def open_store(location: str | Path | None = None, *, write: bool = False) -> GraphStore:
    """Open the store at a folder (created when writing) or `memory`.

    A writer holds an exclusive lock: a second build on the same store at once is refused
    with StoreError. Readers open the last published snapshot: they neither wait for a
    build nor block one, and they are told (`unfinished`, and a warning) when the last
    build did not finish."""
    from kg.graph.store import GraphStore  # (the store's module names this function: imported when called)
    location = str(location or DEFAULT_LOCATION)
    if location == MEMORY:
        return GraphStore(location, ox.Store(), writable=True)
    folder = Path(location)
    try:
        return _open_writer(folder, location) if write else _open_reader(folder, location)
    except OSError as exc:
        raise StoreError(location, f"cannot use this folder as a store: {exc.strerror or exc}") from exc


def _open_writer(folder: Path, location: str) -> GraphStore:
    from kg.graph.store import GraphStore
    snapshots.check_folder(folder, location, creating=True)
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / snapshots.MARKER).exists():
        marker = {"kind": "kg store", "version": 2, "name_keys": list(KEY_LENGTHS), "summaries": list(SUMMARIES)}
        snapshots.write_atomic(folder / snapshots.MARKER, json.dumps(marker) + "\n")
    lock = snapshots.lock_writer(folder)
    if lock is None:
        raise StoreError(location, "another kg build is writing to this store; wait for it to finish")
    new = not (folder / "oxigraph").exists()  # (once the lock is held: no other writer made it meanwhile)
    try:
        snapshots.mark_building(folder)
        oxigraph = snapshots.open_oxigraph(str(folder / "oxigraph"), location, write=True)
    except BaseException:
        lock.close()
        raise
    store = GraphStore(location, oxigraph, writable=True, folder=folder, key_lengths=key_lengths(folder),
                       **store_summaries(folder), _lock=lock)
    store._recover()
    spool.clear(folder)
    if snapshots.current(folder) is None:  # readers of a new (or older) store read this meanwhile
        snapshots.publish(folder, oxigraph)
    store.kept = sidecar.open_writer(folder, snapshots.current(folder), new)
    return store


def _open_reader(folder: Path, location: str) -> GraphStore:
    from kg.graph.store import GraphStore
    snapshots.check_folder(folder, location, creating=False)
    held = snapshots.hold(folder)
    if held is None:  # a store written before snapshots, or whose first build never finished
        if snapshots.writer_active(folder):
            raise StoreError(location, "the store's first build is still running: nothing to read yet")
        if not (folder / "oxigraph").is_dir():
            raise StoreError(location, "no graph store here (run `kg build` first)")
        killed = (folder / snapshots.BUILDING).exists()
        _open_writer(folder, location).close(finished=not killed)
        held = snapshots.hold(folder)
        if held is None:
            raise StoreError(location, "the store changed while it was opened; try again")
    name, lock = held
    try:
        oxigraph = snapshots.open_oxigraph(str(folder / snapshots.SNAPSHOTS / name), location, write=False)
    except BaseException:
        lock.close()
        raise
    store = GraphStore(location, oxigraph, writable=False, folder=folder, snapshot=name,
                       key_lengths=key_lengths(folder), **store_summaries(folder), _lock=lock)
    if not snapshots.writer_active(folder):  # a build's marks with no build running: it was killed or failed
        store.unfinished = snapshots.unfinished(folder, probe=False)
        if (folder / "journal.json").exists():
            try:
                store.recovered = json.loads((folder / "journal.json").read_text(encoding="utf-8"))["sources"]
            except (OSError, ValueError, KeyError):
                store.recovered = []
            store.unfinished = store.unfinished or "?"
    if store.unfinished:
        log.warning("%s: the last build (started %s) did not finish: killed or failed; the store is read as "
                    "the last finished build left it; run `kg build` again", location, store.unfinished)
    return store


def key_lengths(folder: Path) -> tuple[int, ...]:
    """The lengths of the name keys in a store's graphs: those its marker names, else (a store
    written before the longer keys) the three-character keys alone. A store that received
    filings from both keeps the shorter set, which every filing graph has."""
    lengths = snapshots.marker(folder, "name_keys")
    return tuple(lengths) if lengths == list(KEY_LENGTHS) else KEY_LENGTHS_BEFORE
