"""Every mention of a store read by scans: one single-pattern query per property over
every filing graph, joined here in dicts, instead of a SPARQL join per kind of evidence
(kg.link.mentions, which still reads the graphs of one build that way).

Oxigraph's cost in reading mentions is decoding terms: a RocksDB look-up for each IRI and
long literal of each row, the graph IRI of every row included. A join query over every
graph decodes a mention's graph and IRI once per row of every query, and its joins look
up the store again for each row. A scan of one property (`GRAPH ?g { ?s P ?o }`) decodes
each of its quads once; the joins here cost a dict look-up. The result is the mentions the
SPARQL joins read, field by field, list orders included (tested).
"""
from __future__ import annotations

import logging
import os
import shutil
from collections import defaultdict
from pathlib import Path
from sys import intern

from rdflib import RDF, RDFS

from kg.graph.vocab import KG, ORG, PROV, SCHEMA
from kg.link.mentions import FILING_PATTERN, Mention, _add, _q, _tie, compact, mention_of
from kg.link.names import org_name
from kg.link.vocab import LINKS_GRAPH

log = logging.getLogger(__name__)
Key = tuple[str, str]   # (graph IRI, node IRI)
_NONE = [(None, None)]
FILING_QUERY = f"SELECT ?g ?src ?acc ?form WHERE {{ GRAPH ?g {{ {FILING_PATTERN} }} FILTER(?g != <{LINKS_GRAPH}>) }}"


class Reader:
    """`read(name)`: the rows of QUERIES[name]. On an on-disk store opened for writing, the
    SECOND queries run meanwhile in another process, on a checkpoint of the store (hard links:
    Oxigraph is never opened read-only on a database a process writes)."""

    def __init__(self, store):
        self.store, self.future, self.checkpoint = store, None, None
        if store.folder is None or not store.writable or (os.cpu_count() or 1) < 2:
            return
        from concurrent.futures import ThreadPoolExecutor

        tmp = Path(store.folder) / "links.tmp"   # removed whole when the linker's state is saved
        tmp.mkdir(exist_ok=True)
        self.checkpoint = tmp / f"scan-{os.getpid()}"
        shutil.rmtree(self.checkpoint, ignore_errors=True)
        store.oxigraph.backup(str(self.checkpoint))
        self.pool = ThreadPoolExecutor(1)
        self.future = self.pool.submit(_second_process, str(self.checkpoint), {k: QUERIES[k] for k in SECOND})

    def __call__(self, name: str):
        if self.future is not None and name in SECOND:
            try:
                rows = self.future.result()[name]
            except Exception as exc:  # noqa: BLE001 - the second process failed: this one reads everything
                log.warning("reading mentions in a second process failed (%s); reading them here", exc)
                self.future = None
            else:
                return ([None if value is None else intern(value) for value in row] for row in rows)
        return _q(self.store, QUERIES[name])

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.checkpoint is not None:
            self.pool.shutdown()
            shutil.rmtree(self.checkpoint, ignore_errors=True)


def _second_process(path: str, queries: dict[str, str]) -> dict[str, list[tuple]]:
    """Run `main` below in a new Python process (this kg package first on its path); its rows."""
    import pickle
    import subprocess
    import sys

    import kg
    root = str(Path(kg.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run([sys.executable, "-c", "import kg.link.scan as s; s.main()"], env=env, capture_output=True,
                          input=pickle.dumps((path, queries)), check=False)
    if done.returncode:
        raise RuntimeError(done.stderr.decode(errors="replace").strip().splitlines()[-1:] or done.returncode)
    return pickle.loads(done.stdout)


def main() -> None:
    """The second process: (checkpoint path, queries) pickled on stdin; the rows of each pickled on stdout."""
    import pickle
    import sys

    import pyoxigraph as ox

    path, queries = pickle.load(sys.stdin.buffer)

    class Store:
        oxigraph = ox.Store.read_only(path)
    pickle.dump({name: list(_q(Store, query)) for name, query in queries.items()}, sys.stdout.buffer,
                protocol=pickle.HIGHEST_PROTOCOL)


def scan_query(prop, bound=None) -> str:
    """(graph, subject, object) of every quad of `prop` in the filing graphs, or (graph,
    subject) of those whose object is `bound`."""
    obj, variables = ("?o", "?g ?s ?o") if bound is None else (f"<{bound}>", "?g ?s")
    return f"SELECT {variables} WHERE {{ GRAPH ?g {{ ?s <{prop}> {obj} }} FILTER(?g != <{LINKS_GRAPH}>) }}"


def multimap(rows, keep=None) -> dict[Key, list[str]]:
    """(graph, subject) -> its objects in the order read (only the keys in `keep` when given)."""
    found: dict[Key, list[str]] = defaultdict(list)
    for g, s, o in rows:
        if keep is None or (g, s) in keep:
            found[(g, s)].append(o)
    return found


_PROPS = {"rp": KG.reportingPerson, "signer": KG.signer, "title": KG.signerTitle, "behalf": KG.onBehalfOf,
          "works": SCHEMA.worksFor, "notices": KG.noticesContact, "copy": KG.copyToContact,
          "member": ORG.member, "organization": ORG.organization, "unit": ORG.unitOf, "holds": ORG.holds,
          "label": RDFS.label, "post": ORG.postIn, "signature": KG.signature, "issuer": KG.issuer,
          "security": KG.subjectSecurity, "cusip": KG.cusip}
QUERIES = {
    "filings": FILING_QUERY,
    **{f"type {kind}": scan_query(RDF.type, kind) for kind in (PROV.Agent, SCHEMA.Person, SCHEMA.Organization,
                                                                PROV.SoftwareAgent)},
    **{name: scan_query(prop) for name, prop in _PROPS.items()},
    "names": scan_query(SCHEMA.name), "printed": scan_query(KG.nameAsPrinted), "cik": scan_query(KG.cik),
    "nationality": scan_query(SCHEMA.nationality), "jurisdiction": scan_query(KG.jurisdiction),
    "address": f"SELECT ?g ?s ?v WHERE {{ GRAPH ?g {{ ?s <{SCHEMA.address}> ?a . ?a <{KG.printedValue}> ?v }} "
               f"FILTER(?g != <{LINKS_GRAPH}>) }}",
    "former": scan_query(KG.formerName)}
# Read by a second process on an on-disk store (about half the decoding), while this one reads the rest.
SECOND = ("issuer", "names", "address", "member", "organization", "holds", "label", "post", "signature",
          "security", "cusip", "cik", "nationality", "jurisdiction", "former")


def mentions_by_scan(store) -> list[Mention]:
    """Every agent node of every filing graph, as a Mention (kg.link.mentions.mentions_from_store)."""
    with Reader(store) as read:
        filings = {g: (src, acc or src, form) for g, src, acc, form in read("filings")}
        types: dict[Key, tuple[str, ...]] = {key: () for key in read(f"type {PROV.Agent}")}
        organisations = set()
        for kind in (SCHEMA.Person, SCHEMA.Organization, PROV.SoftwareAgent):
            for key in read(f"type {kind}"):
                if key in types:
                    types[key] += (str(kind),)
                if kind == SCHEMA.Organization:
                    organisations.add(key)
        ev = {name: multimap(read(name)) for name in _PROPS}
        ev["orgs"] = organisations
        wanted = set(types)
        for name in ("behalf", "works", "unit", "post", "issuer"):
            wanted.update((g, node) for (g, _), nodes in ev[name].items() for node in nodes)
        names = multimap(read("names"), wanted)
        printed = multimap(read("printed"), types)
        by_key: dict[Key, Mention] = {}
        for key, kinds in types.items():
            found = [n for n in names.get(key, ())] + [n for n in printed.get(key, ())]
            if found and str(PROV.SoftwareAgent) not in kinds:
                by_key[key] = mention_of(key, kinds, found, filings)
        del types, printed
        _scalars(read, by_key)
        _features(by_key, ev, names)
        for g, s, n in read("former"):
            m = by_key.get((g, s))
            if m is not None and n not in m.aliases + m.names:
                m.aliases.append(n)
    return compact(sorted(by_key.values(), key=lambda m: (m.graph, m.iri)))


def _scalars(read, by_key: dict[Key, Mention]) -> None:
    """CIK, citizenship or jurisdiction, address (the last one read wins, as in the joins)."""
    for g, s, cik in read("cik"):
        if (g, s) in by_key:
            by_key[(g, s)].cik = cik.zfill(10)
    for name in ("nationality", "jurisdiction"):
        for g, s, country in read(name):
            if (g, s) in by_key:
                by_key[(g, s)].country = country.rsplit("/", 1)[-1]
    for g, s, text in read("address"):
        if (g, s) in by_key:
            by_key[(g, s)].address = text


def _named(g: str, nodes, names) -> list[tuple[str, str]]:
    """(node, name) of each node that has a name (an OPTIONAL { ?node schema:name ?o })."""
    return [(node, name) for node in nodes for name in names.get((g, node), ())]


def _features(by_key: dict[Key, Mention], ev: dict, names) -> None:
    """Roles, ties, posts, titles and associates: the joins of kg.link.mentions._add_features."""
    def each(table):
        for (g, subject), objects in table.items():
            for o in objects:
                m = by_key.get((g, o))
                if m is not None:
                    yield g, subject, m

    for _, _, m in each(ev["rp"]):
        _add(m, "roles", "reporting-person")
    for g, x, m in each(ev["signer"]):
        _add(m, "roles", "signer")
        for title in ev["title"].get((g, x)) or [None]:
            for node, org in _named(g, ev["behalf"].get((g, x), ()), names) or _NONE:
                _tie(m, node, org, title, "signer")
    for table in (ev["notices"], ev["copy"]):
        for g, _, m in each(table):
            _add(m, "roles", "contact")
            for node, org in _named(g, ev["works"].get((g, m.iri), ()), names) or _NONE:
                _tie(m, node, org, None)
    for g, x, m in each(ev["member"]):
        for unit in ev["organization"].get((g, x), ()):
            for node, org in _named(g, ev["unit"].get((g, unit), ()), names):
                _add(m, "roles", "listed")
                _add(m, "listed_in", org_name(org).key)
                _tie(m, node, org, None, "member")
        for node, org in _named(g, [w for w in ev["organization"].get((g, x), ()) if (g, w) in ev["orgs"]], names):
            _tie(m, node, org, None, "member")
    for (g, s), posts in ev["holds"].items():
        m = by_key.get((g, s))
        for post in posts if m is not None else ():
            for title in ev["label"].get((g, post), ()):
                for node, org in _named(g, ev["post"].get((g, post), ()), names) or _NONE:
                    _tie(m, node, org, title)
    _issuers(by_key, ev, names, each)
    _associates(by_key, ev)


def _issuers(by_key: dict[Key, Mention], ev: dict, names, each) -> None:
    """A person tied to the issuer of its filing (reporting person, signer, contact); the
    issuer's role and CUSIP prefix."""
    signers = defaultdict(list)
    for (g, f), signatures in ev["signature"].items():
        for x in signatures:
            signers[(g, f)] += ev["signer"].get((g, x), ())
    for table in (ev["rp"], signers, ev["notices"], ev["copy"]):
        for g, f, m in each(table):
            for node, issuer in _named(g, ev["issuer"].get((g, f), ()), names):
                _tie(m, node, issuer, None)
    for g, f, m in each(ev["issuer"]):
        _add(m, "roles", "issuer")
        for security in ev["security"].get((g, f), ()):
            for cusip in ev["cusip"].get((g, security), ()):
                if cusip:
                    _add(m, "cusip6", cusip[:6].upper())


def _associates(by_key: dict[Key, Mention], ev: dict) -> None:
    """Co-filers (reporting persons of one filing) and signatories (signs for, is signed for by)."""
    for (g, _), people in ev["rp"].items():
        for s in people:
            m = by_key.get((g, s))
            if m is not None:
                for other in people:
                    if other != s:
                        _add(m, "associates", other)
    for (g, x), signers in ev["signer"].items():
        for s in signers:
            for other in ev["behalf"].get((g, x), ()):
                if other != s:
                    for a, b in ((s, other), (other, s)):
                        if (g, a) in by_key:
                            _add(by_key[(g, a)], "associates", b)
