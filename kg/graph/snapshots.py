"""Readers read snapshots; the writer never waits for them, nor they for it.

A writer (kg build, kg link) works on `<store>/oxigraph/`, the live database, alone (flock
on `<store>/kg.lock`). When it closes it publishes a snapshot: a RocksDB checkpoint of the
live database (`Store.backup`: hard links to its immutable files, fast and small) under
`<store>/snapshots/<n>/`, named in `<store>/current` (replaced atomically). A reader opens
the snapshot `current` names, read-only, and holds a shared flock on `<store>/snapshots/<n>.lock`
while it is open; the writer removes an old snapshot only when it can lock it exclusively
(no reader has it), never waiting. Opening Oxigraph read-only on a database another
process writes is undefined behaviour; a checkpoint nobody writes is safe to read.

`check_folder` tells a kg store (`<store>/kg-store.json`, or the layout kg has always made)
from any other folder, which a writer refuses to write in (a git folder, a bare Oxigraph
database). `<store>/building.json` is written when a writer opens and removed when it closes after a
finished build: a reader that finds it while no writer holds the lock knows a build was
killed or failed, and says so (the snapshot it reads is the last one published: every
graph in it is whole).
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from pathlib import Path
from typing import IO

from kg.errors import StoreError

CURRENT = "current"
SNAPSHOTS = "snapshots"
BUILDING = "building.json"
LOCK = "kg.lock"
MARKER = "kg-store.json"
# What a store folder may hold (a folder with anything else is not a kg store).
STORE_ENTRIES = {MARKER, "oxigraph", "kg.lock", "journal.json", "journal.tmp", "links", "links.tmp",
                  SNAPSHOTS, CURRENT, CURRENT + ".tmp", BUILDING,
                  BUILDING + ".tmp", "spool", "mentions"}


def marker(folder: Path, key: str):
    """One entry of the store's marker (kg-store.json); None when it has none."""
    try:
        return json.loads((folder / MARKER).read_text(encoding="utf-8")).get(key)
    except (OSError, ValueError, AttributeError):
        return None


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current(folder: Path) -> str | None:
    """The name of the snapshot readers should open, or None when none was published."""
    try:
        name = (folder / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name.isdigit() and (folder / SNAPSHOTS / name).is_dir() else None


def publish(folder: Path, oxigraph) -> str:
    """Checkpoint the live database as the next snapshot and point `current` at it."""
    base = folder / SNAPSHOTS
    base.mkdir(exist_ok=True)
    collect(folder, writer=True)  # what a killed writer left half made goes first
    numbers = [int(p.name) for p in base.iterdir() if p.name.isdigit()]
    name = str(max(numbers, default=0) + 1)
    oxigraph.flush()
    oxigraph.backup(str(base / name))
    _fsync_dir(base)
    write_atomic(folder / CURRENT, name + "\n")
    collect(folder, writer=True)
    return name


def collect(folder: Path, *, writer: bool = False) -> None:
    """Remove the snapshots older than the current one that no reader holds (never waits).
    Only a writer (holding the store's lock) also removes what a killed writer left half
    made: snapshots newer than the current one."""
    base = folder / SNAPSHOTS
    keep = current(folder)
    if not base.is_dir() or keep is None:
        return
    names = {path.name.removesuffix(".lock") for path in base.iterdir()}
    for name in sorted(names - {keep}):
        if not name.isdigit() or (int(name) > int(keep) and not writer):
            continue
        lock = base / f"{name}.lock"
        with open(lock, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a reader has it; whoever closes later removes it
            shutil.rmtree(base / name, ignore_errors=True)
            lock.unlink(missing_ok=True)


def hold(folder: Path) -> tuple[str, IO] | None:
    """Lock the current snapshot for reading: (name, lock handle), or None when none is published."""
    for _ in range(100):
        name = current(folder)
        if name is None:
            return None
        handle = open(folder / SNAPSHOTS / f"{name}.lock", "a+")  # noqa: SIM115 - held while the reader is open
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # being removed: `current` has moved on
            handle.close()
            time.sleep(0.01)
            continue
        if (folder / SNAPSHOTS / name).is_dir() and (folder / SNAPSHOTS / f"{name}.lock").exists():
            return name, handle
        handle.close()
    return None


def writer_active(folder: Path) -> bool:
    """Whether a writer holds the store's lock now (a probe of a few microseconds)."""
    path = folder / LOCK
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def lock_writer(folder: Path, wait: float = 2.0) -> IO | None:
    """The writer's exclusive lock, or None when another writer holds it. A reader's probe
    holds the lock for microseconds, so a refusal is retried for `wait` seconds."""
    handle = open(folder / LOCK, "a+")  # noqa: SIM115 - held open while the store is: the lock lives with it
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() > deadline:
                handle.close()
                return None
            time.sleep(0.05)


def mark_building(folder: Path) -> None:
    write_atomic(folder / BUILDING, json.dumps({"started": time.strftime("%Y-%m-%d %H:%M:%S"),
                                                 "pid": os.getpid()}))


def clear_building(folder: Path) -> None:
    (folder / BUILDING).unlink(missing_ok=True)


def unfinished(folder: Path, *, probe: bool = True) -> str | None:
    """When the last build did not finish (killed or failed) and no build runs now: when it
    started. `probe` False: the caller knows no writer holds the lock."""
    try:
        started = json.loads((folder / BUILDING).read_text(encoding="utf-8")).get("started", "?")
    except (FileNotFoundError, ValueError, AttributeError):
        return None
    return None if probe and writer_active(folder) else str(started)


def check_folder(folder: Path, location: str, *, creating: bool) -> None:
    """StoreError unless the folder is a kg store (or, when `creating`, missing or empty)."""
    if folder.exists() and not folder.is_dir():
        raise StoreError(location, "is a file, not a store folder")
    if not folder.exists():
        if not creating:
            raise StoreError(location, "no graph store here (run `kg build` first)")
        return
    entries = {path.name for path in folder.iterdir()}
    if MARKER in entries or ("oxigraph" in entries and entries <= STORE_ENTRIES):
        return
    if not entries and creating:
        return
    if not creating and (not entries or "CURRENT" not in entries):
        raise StoreError(location, "no graph store here (run `kg build` first)")
    raise StoreError(location, "not a kg store: the folder holds other files"
                     + (", an Oxigraph database of its own" if "CURRENT" in entries else "")
                     + "; give a new or empty folder, or one `kg build` made")


def open_oxigraph(path: str, location: str, *, write: bool):
    """The Oxigraph database at `path` (read-only unless `write`); StoreError when it cannot be opened."""
    import pyoxigraph as ox

    try:
        return ox.Store(path) if write else ox.Store.read_only(path)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - pyo3 panics derive from BaseException
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StoreError(location, f"cannot open the Oxigraph database (damaged?): {first}") from exc
