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

from collections import defaultdict

from rdflib import RDF, RDFS

from kg.graph.vocab import KG, ORG, PROV, SCHEMA
from kg.link.mentions import Mention, _add, _q, _tie, compact, filing_rows, mention_of
from kg.link.names import org_name
from kg.link.vocab import LINKS_GRAPH

Key = tuple[str, str]   # (graph IRI, node IRI)
_NONE = [(None, None)]


def scan(store, prop, bound=None):
    """(graph, subject, object) of every quad of `prop` in the filing graphs, or (graph,
    subject) of those whose object is `bound`; texts interned."""
    obj, variables = ("?o", "?g ?s ?o") if bound is None else (f"<{bound}>", "?g ?s")
    return _q(store, f"SELECT {variables} WHERE {{ GRAPH ?g {{ ?s <{prop}> {obj} }} FILTER(?g != <{LINKS_GRAPH}>) }}")


def multimap(rows, keep=None) -> dict[Key, list[str]]:
    """(graph, subject) -> its objects in the order read (only the keys in `keep` when given)."""
    found: dict[Key, list[str]] = defaultdict(list)
    for g, s, o in rows:
        if keep is None or (g, s) in keep:
            found[(g, s)].append(o)
    return found


def mentions_by_scan(store) -> list[Mention]:
    """Every agent node of every filing graph, as a Mention (kg.link.mentions.mentions_from_store)."""
    filings = filing_rows(store, None)
    types: dict[Key, tuple[str, ...]] = {key: () for key in scan(store, RDF.type, PROV.Agent)}
    for kind in (SCHEMA.Person, SCHEMA.Organization, PROV.SoftwareAgent):
        for key in scan(store, RDF.type, kind):
            if key in types:
                types[key] += (str(kind),)
    ev = {name: multimap(scan(store, prop)) for name, prop in _PROPS.items()}
    ev["orgs"] = set(scan(store, RDF.type, SCHEMA.Organization))
    wanted = set(types)
    for name in ("behalf", "works", "unit", "post", "issuer"):
        wanted.update((g, node) for (g, _), nodes in ev[name].items() for node in nodes)
    names = multimap(scan(store, SCHEMA.name), wanted)
    printed = multimap(scan(store, KG.nameAsPrinted), types)
    by_key: dict[Key, Mention] = {}
    for key, kinds in types.items():
        found = sorted(names.get(key, ())) + sorted(printed.get(key, ()))  # sorted: a store's order is its own
        if found and str(PROV.SoftwareAgent) not in kinds:
            by_key[key] = mention_of(key, kinds, found, filings)
    del types, printed
    _scalars(store, by_key)
    _features(by_key, ev, names)
    for key, former in multimap(scan(store, KG.formerName), by_key).items():
        m = by_key[key]
        for n in sorted(former):
            if n not in m.aliases + m.names:
                m.aliases.append(n)
    return compact(sorted(by_key.values(), key=lambda m: (m.graph, m.iri)))


_PROPS = {"rp": KG.reportingPerson, "signer": KG.signer, "title": KG.signerTitle, "behalf": KG.onBehalfOf,
          "works": SCHEMA.worksFor, "notices": KG.noticesContact, "copy": KG.copyToContact,
          "member": ORG.member, "organization": ORG.organization, "unit": ORG.unitOf, "holds": ORG.holds,
          "label": RDFS.label, "post": ORG.postIn, "signature": KG.signature, "issuer": KG.issuer,
          "security": KG.subjectSecurity, "cusip": KG.cusip}


# Every property the scans and the two joins here read (a filing graph's other triples change no
# mention: kg.link.kept reads a filing's mentions from these triples alone), and the classes read.
READ = frozenset(str(p) for p in (*_PROPS.values(), SCHEMA.name, KG.nameAsPrinted, KG.formerName, KG.cik,
                                  SCHEMA.nationality, KG.jurisdiction, SCHEMA.address, KG.printedValue,
                                  KG.sourceFile, KG.accessionNumber, KG.formType))
TYPES = frozenset(str(c) for c in (PROV.Agent, SCHEMA.Person, SCHEMA.Organization, PROV.SoftwareAgent, KG.Filing))


def _scalars(store, by_key: dict[Key, Mention]) -> None:
    """CIK, citizenship or jurisdiction (a jurisdiction wins), address; of several values the
    greatest (as in the joins: a store's order is its own)."""
    for key, ciks in multimap(scan(store, KG.cik), by_key).items():
        by_key[key].cik = max(cik.zfill(10) for cik in ciks)
    for prop in (SCHEMA.nationality, KG.jurisdiction):
        for key, countries in multimap(scan(store, prop), by_key).items():
            by_key[key].country = max(countries).rsplit("/", 1)[-1]
    rows = _q(store, f"SELECT ?g ?s ?v WHERE {{ GRAPH ?g {{ ?s <{SCHEMA.address}> ?a . "
                     f"?a <{KG.printedValue}> ?v }} FILTER(?g != <{LINKS_GRAPH}>) }}")
    for key, texts in multimap(rows, by_key).items():
        by_key[key].address = max(texts)


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
