"""`kg link` reads a store's mentions by scans of one property each (kg.link.scan): the same
mentions, field by field, as the SPARQL joins of kg.link.mentions (which `kg build` still uses
for the graphs it wrote), and so the same links graph."""
from __future__ import annotations

import shutil
import sys
from dataclasses import fields

import pytest
from conftest import ROOT
from test_resolve import FILES, _link_quads

from kg.link.mentions import Mention, former_names, mentions_from_store


def _rows(mentions):
    return [tuple(getattr(m, f.name) for f in fields(Mention)) for m in mentions]


def test_scans_read_the_mentions_the_joins_read():
    from kg.graph.store import build, open_store
    with open_store("memory") as store:
        assert build(store, [str(p) for p in FILES], validate=False).failed == []
        aliases = former_names([str(p) for p in FILES])
        scanned = mentions_from_store(store, aliases)
        joined = mentions_from_store(store, aliases, graphs=store.filing_graphs())
    assert _rows(scanned) == _rows(joined)
    # every kind of evidence is read, so that the comparison can fail
    for name in ("roles", "orgs", "listed_in", "positions", "cusip6", "ties", "associates", "posts", "aliases"):
        assert sum(bool(getattr(m, name)) for m in scanned) >= 3, name
    assert sum(m.address is not None for m in scanned) >= 3 and sum(m.country is not None for m in scanned) >= 3
    assert sum(m.cik is not None for m in scanned) >= 10 and sum(len(m.names) > 1 for m in scanned) >= 3
    assert len({m.kind for m in scanned}) == 2 and len(scanned) > 200


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """A store of 150 filings of benchmarks/corpus.py's mix (copies of the bundled filings)."""
    from kg.graph.store import build, open_store
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("synthetic")
    paths = corpus.write(folder / "filings", 150)
    with open_store(folder / "store", write=True) as store:
        assert build(store, [str(p) for p in paths], validate=False).failed == []
    return folder / "store"


def test_link_by_scans_writes_the_links_graph_of_the_joins(synthetic_store, tmp_path, monkeypatch):
    from kg.graph.store import open_store
    from kg.link import update

    graphs = {}
    for way in ("scans", "joins"):
        location = tmp_path / way
        shutil.copytree(synthetic_store, location)
        with monkeypatch.context() as patch:
            if way == "joins":
                patch.setattr(update, "mentions_from_store",
                              lambda store, aliases=None: mentions_from_store(store, aliases, store.filing_graphs()))
            with open_store(location, write=True) as store:
                result = update.update_links(store).result
        with open_store(location) as store:
            graphs[way] = _link_quads(store)
        assert len(result.mentions) > 700 and sum(len(e.members) > 1 for e in result.entities) > 20
    assert graphs["scans"] == graphs["joins"] and len(graphs["scans"]) > 1000
