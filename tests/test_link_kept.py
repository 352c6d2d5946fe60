"""`kg build` keeps each filing's link mentions beside the store (kg.graph.sidecar, kg.link.kept):
the mentions the scans of `kg link` read, field by field, and the same links graph; used only
when they describe the store as it is (else the scans, whose result they must not change); a
build killed at any point never leaves mentions of graphs the store does not hold."""
from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
from dataclasses import fields

import pytest
from conftest import ROOT
from test_resolve import FILES, _link_quads

from kg.graph.store import build, open_store
from kg.link import kept, update
from kg.link.kept import derive, kept_mentions
from kg.link.mentions import Mention
from kg.link.scan import READ, TYPES, mentions_by_scan


def _rows(mentions):
    return [tuple(getattr(m, f.name) for f in fields(Mention)) for m in mentions]


def _corpus(folder, count):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return [str(p) for p in corpus.write(folder, count)]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """The bundled filings built into a store on disk, keeping their mentions (as `kg build` does)."""
    location = tmp_path_factory.mktemp("bundled") / "store"
    with open_store(location, write=True) as store:
        assert build(store, [str(p) for p in FILES], validate=False, derive=derive).failed == []
    return location


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """300 filings of benchmarks/corpus.py's mix, built by two workers keeping their mentions."""
    folder = tmp_path_factory.mktemp("synthetic")
    paths = _corpus(folder / "filings", 300)
    with open_store(folder / "store", write=True) as store:
        assert build(store, paths, validate=False, jobs=2, derive=derive).failed == []
    return folder / "store"


def _links(location, use_kept: bool, monkeypatch):
    """The links graph `kg link` writes on a copy of the store (from the kept mentions, or by the scans)."""
    copy = location.parent / f"copy-{use_kept}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(location, copy)
    with monkeypatch.context() as patch:
        if not use_kept:
            patch.setattr(kept, "kept_mentions", lambda store, graphs=None: None)
        with open_store(copy, write=True) as store:
            result = update.update_links(store).result
    with open_store(copy) as store:
        quads = _link_quads(store)
    shutil.rmtree(copy)
    return result, quads


@pytest.mark.parametrize("store_name", ["bundled", "synthetic"])
def test_kept_mentions_are_the_scans_and_give_the_same_links_graph(store_name, request, monkeypatch):
    location = request.getfixturevalue(store_name)
    with open_store(location, write=True) as store:
        found = kept_mentions(store)
        scanned = mentions_by_scan(store)
        assert found is not None, "the build kept every filing's mentions"
        assert _rows(found) == _rows(scanned) and len(found) > 200
        assert {m.graph for m in found} <= set(store.filing_graphs())
    from_kept, kept_quads = _links(location, True, monkeypatch)
    from_scans, scan_quads = _links(location, False, monkeypatch)
    assert kept_quads == scan_quads and len(kept_quads) > 1000
    assert [e.iri for e in from_kept.entities] == [e.iri for e in from_scans.entities]


def test_the_kept_lines_read_only_what_the_scans_read():
    """Every property and class the scans name is one whose triples `derive` keeps (scan.READ, TYPES)."""
    import kg.link.mentions as mentions_module
    import kg.link.scan as scan_module
    from kg.graph.vocab import KG, ORG, PROV, SCHEMA

    queries = []
    real = mentions_module._q

    def spy(store, sparql, graph=None):
        queries.append(sparql)
        return real(store, sparql, graph)

    prefixes = {"kg": KG.NS, "schema": SCHEMA.NS, "org": ORG.NS, "prov": PROV.NS}
    with open_store("memory") as store:
        build(store, [str(FILES[0])], validate=False)
        scan_module._q = mentions_module._q = spy
        try:
            mentions_by_scan(store)
        finally:
            scan_module._q = mentions_module._q = real
    named = set()
    for text in queries:
        named.update(re.findall(r"<([^>]+)>", text))
        named.update(f"{prefixes[p]}{local}" for p, local in re.findall(r"\b(kg|schema|org|prov):(\w+)", text))
    named -= {"https://w3id.org/kg-sec/id/graph/links", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}
    assert named and named <= READ | TYPES, sorted(named - READ - TYPES)


def _linked_by_scans_after(location, change, monkeypatch, caplog):
    """Change a copy of the store, then link it: the links graph, and whether the kept mentions were used."""
    copy = location.parent / "changed"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(location, copy)
    change(copy)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="kg"), open_store(copy, write=True) as store:
        update.update_links(store)
        kept_again = store.kept is not None
    refused = "do not describe it" in caplog.text
    with open_store(copy) as store:
        quads, graphs = _link_quads(store), store.filing_graphs()
    # the links graph of the same store read by the scans
    with monkeypatch.context() as patch:
        patch.setattr(kept, "kept_mentions", lambda store, graphs=None: None)
        with open_store(copy, write=True) as store:
            update.update_links(store)
    with open_store(copy, write=True) as store:
        assert _link_quads(store) == quads
        again = kept_mentions(store)  # what the scans read was kept: the next link reads no graph
        assert again is not None and {m.graph for m in again} <= set(graphs) and kept_again
    shutil.rmtree(copy)
    return refused


def _drop_graph(copy):
    with open_store(copy, write=True) as store:
        graph = store.filing_graphs()[0]
        store.oxigraph.update(f"DROP GRAPH <{graph}>")  # another path: not through the build


def _add_graph(copy):
    import pyoxigraph as ox
    with open_store(copy, write=True) as store:
        graph = store.filing_graphs()[0]
        quads = list(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        extra = ox.NamedNode(graph.replace("/graph", "0/graph"))
        store.oxigraph.extend(ox.Quad(q.subject, q.predicate, q.object, extra) for q in quads)


def _delete_file(copy):
    next(p for p in (copy / "mentions").iterdir() if p.suffix == ".jsonl").unlink()


def _corrupt_file(copy):
    path = next(p for p in (copy / "mentions").iterdir() if p.suffix == ".jsonl")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] = ord("x") if data[len(data) // 2] != ord("x") else ord("y")
    path.write_bytes(bytes(data))


def _build_without_keeping(copy):
    with open_store(copy, write=True) as store:
        assert build(store, [str(FILES[0])], validate=False).failed == []


def _another_writer(copy):
    """A writer that does not know the records (another version of kg) publishes a snapshot of its own."""
    from kg.graph import snapshots
    manifest = json.loads((copy / "mentions" / "manifest.json").read_text())
    with open_store(copy, write=True) as store:
        store.kept = None  # as if it did not know them
        store.oxigraph.update(f"DROP GRAPH <{store.filing_graphs()[-1]}>")
    assert snapshots.current(copy) != manifest["token"]
    (copy / "mentions" / "manifest.json").write_text(json.dumps(manifest))  # as that version leaves it


@pytest.mark.parametrize("change", [_drop_graph, _add_graph, _delete_file, _corrupt_file, _build_without_keeping,
                                    _another_writer])
def test_a_store_changed_by_another_path_is_read_by_the_scans(bundled, change, monkeypatch, caplog):
    assert _linked_by_scans_after(bundled, change, monkeypatch, caplog)


def test_an_unchanged_store_uses_the_kept_mentions(bundled, monkeypatch, caplog):
    assert not _linked_by_scans_after(bundled, lambda copy: None, monkeypatch, caplog)


CRASH = """
import os, sys
from kg.graph.store import GraphStore, build, open_store
from kg.link.kept import derive
point, at = sys.argv[2], int(sys.argv[3])
calls = []
def crash(real):
    def wrapped(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == at:
            os._exit(9)  # as kill -9: nothing is closed
        return real(self, *args, **kwargs)
    return wrapped
name = {"replace": "replace", "journal": "_write_journal", "loaded": "_clear_journal", "kept": "keep"}[point]
setattr(GraphStore, name, crash(getattr(GraphStore, name)))
with open_store(sys.argv[1], write=True) as store:
    build(store, sys.argv[4:], validate=False, batch_size=4, derive=derive)
"""


@pytest.mark.parametrize("point", ["replace", "journal", "loaded", "kept"])
def test_a_build_killed_mid_batch_never_keeps_mentions_of_graphs_the_store_lacks(point, tmp_path, monkeypatch):
    paths = _corpus(tmp_path / "filings", 14)
    location = tmp_path / "store"
    with open_store(location, write=True) as store:  # a first build, kept
        assert build(store, paths[:5], validate=False, derive=derive).failed == []
    done = subprocess.run([sys.executable, "-c", CRASH, str(location), point, "2", *paths[5:]], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 9, done.stderr
    with open_store(location, write=True) as store:
        graphs = set(store.filing_graphs())
        found = kept_mentions(store)
        assert 5 < len(graphs) < 14
        if found is not None:  # only when they describe exactly the graphs the store holds
            assert {m.graph for m in found} <= graphs
            assert {g for entry in store.kept["files"].values() for g in entry["graphs"]} == graphs
            assert _rows(found) == _rows(mentions_by_scan(store))
        used = found is not None
    # killed before the second batch began: the first is kept; once it began (its records made stale
    # before its journal), they are not until a link reads the store again
    assert used == (point == "replace")
