"""Records kept beside an on-disk store, one line per filing graph, written with the batch of
graphs they describe (`kg build` keeps each filing's link mentions here, kg.link.kept, so that
a full `kg link` need not read every filing graph back).

    <store>/mentions/manifest.json   {"version", "token", "files": {name: {"size", "sha1", "graphs"}}}
    <store>/mentions/<name>.jsonl    one JSON line per filing graph: `["graph IRI", ...]`

The manifest says which graphs each file still describes (a graph built again is described by
the later file only) and a token: the snapshot the store's writers last published
(kg.graph.snapshots). It describes the store only while both hold:

- every write of filing graphs (GraphStore.replace, the journal's recovery) removes the
  manifest before it writes; a write that brings its records along (`keep`) writes the
  manifest again after the store has its graphs, with the graphs written; any other write
  leaves none, and the records are dropped when the next writer opens;
- a writer of this code that closes rewrites the token to the snapshot it publishes; a
  writer that does not know the manifest (another version of kg) publishes a snapshot too,
  and the token no longer matches.

A build killed at any point leaves either no manifest or one that names only graphs the store
holds whole (it is written after each batch's graphs are in, removed before the next).
Readers of the records (kg.link.kept) check further that the files are whole (size and SHA-1)
and that the graphs they describe are exactly the store's filing graphs.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = "mentions"
MANIFEST = "manifest.json"
VERSION = 1


@dataclass
class SideFile:
    """Lines being written for the graphs of one spool (kg.graph.spool), with their digest."""

    path: Path
    size: int = 0
    complete: bool = True   # every graph of the spool brought its line
    sha1: object = field(default_factory=hashlib.sha1)

    def __post_init__(self) -> None:
        self.handle = open(self.path, "wb")  # noqa: SIM115 - closed by close()

    def add(self, line: bytes | None) -> None:
        if line is None:
            self.complete = False
            return
        self.handle.write(line)
        self.sha1.update(line)
        self.size += len(line)

    def close(self) -> None:
        self.handle.close()


def _write_manifest(folder: Path, manifest: dict) -> None:
    from kg.graph.snapshots import write_atomic

    (folder / FOLDER).mkdir(exist_ok=True)
    write_atomic(folder / FOLDER / MANIFEST, json.dumps({"version": VERSION, **manifest}))


def stale(folder: Path) -> None:
    """Before filing graphs change: no manifest on disk until the write is done and kept."""
    path = folder / FOLDER / MANIFEST
    if path.exists():
        path.unlink()
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def load(folder: Path) -> dict | None:
    """The manifest on disk ({"token", "files"}), or None (none, unreadable, another version)."""
    try:
        manifest = json.loads((folder / FOLDER / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("version") != VERSION:
        return None
    return {"token": manifest.get("token"), "files": manifest.get("files") or {}}


def open_writer(folder: Path, token: str | None, new: bool) -> dict | None:
    """At a writer's open: the manifest when it describes the store as last published (a new
    store: an empty one), else None, and the records are removed; files no manifest names
    (a killed build's) are removed either way."""
    manifest = {"token": token, "files": {}} if new else load(folder)
    if manifest is not None and manifest["token"] != token:
        manifest = None
    if manifest is None:
        shutil.rmtree(folder / FOLDER, ignore_errors=True)
        return None
    if (folder / FOLDER).is_dir():
        for path in (folder / FOLDER).iterdir():
            if path.name != MANIFEST and path.name not in manifest["files"]:
                path.unlink(missing_ok=True)
    return manifest


def commit(folder: Path, manifest: dict, side: SideFile, attempted: list[str], lost: set[str]) -> dict:
    """After a batch's graphs are in the store: its file joins the records, describing the
    graphs written (`attempted` less the `lost` ones the store refused); earlier files no
    longer describe any graph of the batch; the manifest is written."""
    side.close()
    name = f"{uuid.uuid4().hex}.jsonl"
    (folder / FOLDER).mkdir(exist_ok=True)
    os.replace(side.path, folder / FOLDER / name)
    replaced = set(attempted)
    files = {}
    for other, entry in manifest["files"].items():
        graphs = [g for g in entry["graphs"] if g not in replaced]
        if graphs:
            files[other] = {**entry, "graphs": graphs}
        else:
            (folder / FOLDER / other).unlink(missing_ok=True)
    files[name] = {"size": side.size, "sha1": side.sha1.hexdigest(), "graphs": [g for g in attempted if g not in lost]}
    manifest = {"token": manifest["token"], "files": files}
    _write_manifest(folder, manifest)
    return manifest


def publish(folder: Path, manifest: dict, token: str) -> None:
    """A writer that kept the records closes: they describe the snapshot it published."""
    manifest["token"] = token
    _write_manifest(folder, manifest)


def keep_all(folder: Path, token: str, lines, graphs: list[str]) -> dict:
    """Records for the whole store at once, in place of any before (lines: one for each graph of
    `graphs`, the store's filing graphs), and their manifest."""
    stale(folder)
    shutil.rmtree(folder / FOLDER, ignore_errors=True)
    (folder / FOLDER).mkdir()
    side = SideFile(folder / FOLDER / "new.part")
    for line in lines:
        side.add(line)
    return commit(folder, {"token": token, "files": {}}, side, graphs, set())


class Unusable(Exception):
    """The records do not describe the store (the reason)."""


def read(folder: Path, manifest: dict):
    """The parsed line (`[graph IRI, ...]`) of every graph the records describe, each once; Unusable
    (raised at the latest after a file's last line: use nothing read before the end) when a file
    is missing, not whole, or describes a graph twice or not at all."""
    seen: set[str] = set()
    for name, entry in manifest["files"].items():
        wanted, digest, size = set(entry["graphs"]), hashlib.sha1(), 0
        try:
            with open(folder / FOLDER / name, "rb") as handle:
                for line in handle:  # a line at a time (the whole store's may be hundreds of MB)
                    digest.update(line)
                    size += len(line)
                    try:
                        row = json.loads(line)
                    except ValueError as exc:
                        raise Unusable(f"{name} holds a line that is not JSON") from exc
                    if row[0] in wanted:
                        if row[0] in seen:
                            raise Unusable(f"{row[0]} is described twice")
                        seen.add(row[0])
                        yield row
        except OSError as exc:
            raise Unusable(f"{name} cannot be read ({exc.strerror or exc})") from exc
        if size != entry["size"] or digest.hexdigest() != entry["sha1"]:
            raise Unusable(f"{name} is not the file that was written")
        if not wanted <= seen:
            raise Unusable(f"{name} lacks graphs it should describe")
