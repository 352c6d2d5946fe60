"""Mentions: each person or organisation node of each filing graph, with what the linker
compares. Read from a graph store (SPARQL over the filing graphs), or from Filing
records (mapped into an in-memory store first, so both ways give the same mentions).

A mention is (filing graph, node IRI): a node with a CIK IRI appears once per filing.
Mentions are read-only once read (`compact`): their sets are frozensets (the empty ones one
shared object) and their texts are interned, so that a million mentions fit in memory
(the filing graph's IRI, a name or an organisation is one string however often it is read).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from sys import intern

from rdflib import RDFS

from kg.graph.vocab import KG, ORG, PROV, SCHEMA
from kg.link.names import fold, looks_like_org, org_name
from kg.link.vocab import LINKS_GRAPH

PERSON, ORGANIZATION = "person", "organization"
_RDFS_LABEL = f"<{RDFS.label}>"
_EMPTY: frozenset = frozenset()   # every empty set of every mention


@dataclass(slots=True)
class Mention:
    iri: str
    graph: str
    filing: str                    # accession number, else the source file
    kind: str                      # person | organization
    source: str = ""               # the source file the filing was read from
    names: list[str] = field(default_factory=list)    # as printed: cleaned name first
    cik: str | None = None
    roles: frozenset[str] = _EMPTY                    # reporting-person, listed, signer, contact, issuer
    orgs: frozenset[str] = _EMPTY                     # organisation name keys it is tied to
    listed_in: frozenset[str] = _EMPTY                # organisations whose roster lists it
    country: str | None = None                        # ISO alpha-3 (citizenship or jurisdiction)
    address: str | None = None
    positions: frozenset[str] = _EMPTY                # folded titles
    cusip6: frozenset[str] = _EMPTY                   # issuers: first six CUSIP characters
    aliases: list[str] = field(default_factory=list)  # former names (EDGAR headers)
    ties: frozenset[str] = _EMPTY                     # IRIs of the organisation nodes (same graph) it is tied to
    associates: frozenset[str] = _EMPTY               # IRIs of people (same graph): co-filers, signatories
    form: str | None = None                           # EDGAR form type of its filing (SC 13D/A, 4, ...)
    posts: frozenset[str] = _EMPTY                    # "organisation node IRI\trole": a title held there, "signer"

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


def _q(store, sparql: str, graph: str | None = None) -> Iterator[tuple]:
    """Rows of a SELECT (with the linker's prefixes), over one graph as default graph if given;
    streamed (a query over every filing graph has millions of rows), texts interned."""
    import pyoxigraph as ox

    prefixes = (f"PREFIX kg: <{KG.NS}> PREFIX schema: <{SCHEMA.NS}> PREFIX org: <{ORG.NS}> "
                f"PREFIX prov: <{PROV.NS}> ")
    rows = store.oxigraph.query(prefixes + sparql, **({} if graph is None else {"default_graph": ox.NamedNode(graph)}))
    for row in rows:
        yield tuple(None if term is None else intern(term.value) for term in row)


def _select(store, variables: str, pattern: str, scope: tuple[str, ...] | None) -> Iterator[tuple]:
    """SELECT ?g <variables> over each filing graph (only those in `scope` when given: one
    query each, which Oxigraph answers from its graph index, far faster than VALUES ?g)."""
    if scope is None:
        yield from _q(store, f"SELECT ?g {variables} WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(?g != <{LINKS_GRAPH}>) }}")
        return
    for graph in scope:
        if graph != str(LINKS_GRAPH):
            yield from ((intern(graph), *row) for row in _q(store, f"SELECT {variables} WHERE {{ {pattern} }}", graph))


def mentions_from_store(store, aliases: dict[str, list[str]] | None = None,
                        graphs: list[str] | None = None) -> list[Mention]:
    """Every agent node of every filing graph (or of the filing graphs named), as a Mention.
    Every graph: by scans of one property each, joined in dicts (kg.link.scan); the graphs
    named: one SPARQL join per kind of evidence over each graph."""
    if graphs is None:
        from kg.link.scan import mentions_by_scan
        return _add_aliases(mentions_by_scan(store), aliases or {})
    scope = tuple(sorted(graphs))
    if scope == ():
        return []
    filings = filing_rows(store, scope)
    agents: dict[tuple[str, str], tuple[str, ...]] = {}   # its types (a tuple: a set each is much larger)
    for g, s, t in _select(store, "?s ?t", "?s a prov:Agent ; a ?t", scope):
        agents[(g, s)] = agents.get((g, s), ()) + (t,)
    by_key: dict[tuple[str, str], Mention] = {}
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    printed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, s, n in _select(store, "?s ?n", "?s a prov:Agent ; schema:name ?n", scope):
        names[(g, s)].append(n)
    for g, s, n in _select(store, "?s ?n", "?s kg:nameAsPrinted ?n", scope):
        printed[(g, s)].append(n)
    for key, types in agents.items():
        found = sorted(names.get(key, ())) + sorted(printed.get(key, ()))  # sorted: a store's order is its own
        if found and str(PROV.SoftwareAgent) not in types:
            by_key[key] = mention_of(key, types, found, filings)
    del agents, names, printed
    _add_features(store, by_key, scope)
    former: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, s, n in _select(store, "?s ?n", "?s kg:formerName ?n", scope):
        former[(g, s)].append(n)  # EDGAR former names, mapped into the filing graph
    for key, found in former.items():
        for n in sorted(found) if key in by_key else ():
            if n not in by_key[key].aliases + by_key[key].names:
                by_key[key].aliases.append(n)
    return _add_aliases(compact(sorted(by_key.values(), key=lambda m: (m.graph, m.iri))), aliases or {})


def filing_rows(store, scope: tuple[str, ...] | None) -> dict[str, tuple[str, str, str | None]]:
    """Each filing graph -> (source file, accession number or source, form type)."""
    rows = _select(store, "?src ?acc ?form", "?f a kg:Filing ; kg:sourceFile ?src . "
                   "OPTIONAL { ?f kg:accessionNumber ?acc } OPTIONAL { ?f kg:formType ?form }", scope)
    return {g: (src, acc or src, form) for g, src, acc, form in rows}


def mention_of(key: tuple[str, str], types: tuple[str, ...], names: list[str], filings: dict) -> Mention:
    """The mention of an agent node (graph, IRI) with its types and names (as read, in order)."""
    source, filing, form = filings.get(key[0], ("", key[0], None))
    return Mention(iri=key[1], graph=key[0], filing=filing, kind=_kind(types, names[0]), source=source, form=form,
                   names=list(dict.fromkeys(names)))


_SET_FIELDS = tuple(f.name for f in fields(Mention) if "set" in str(f.type))
_TEXT_FIELDS = ("iri", "graph", "filing", "kind", "source", "cik", "country", "address", "form")

def compact(mentions: list[Mention]) -> list[Mention]:
    """The mentions made read-only and small: sets frozen (equal ones one object: roles,
    organisations, titles repeat), texts interned (returns the list)."""
    frozen: dict[frozenset, frozenset] = {_EMPTY: _EMPTY}
    for m in mentions:
        for name in _SET_FIELDS:
            value = frozenset(intern(v) for v in getattr(m, name))
            setattr(m, name, frozen.setdefault(value, value))
        for name in _TEXT_FIELDS:
            value = getattr(m, name)
            if value is not None:
                setattr(m, name, intern(value))
        m.names = [intern(n) for n in m.names]
        m.aliases = [intern(n) for n in m.aliases]
    return mentions


def _kind(types: tuple[str, ...], name: str) -> str:
    if str(SCHEMA.Organization) in types and str(SCHEMA.Person) not in types:
        return ORGANIZATION
    if str(SCHEMA.Person) in types and str(SCHEMA.Organization) not in types:
        return PERSON
    return ORGANIZATION if looks_like_org(name) else PERSON


def _add_features(store, by_key: dict[tuple[str, str], Mention], scope: tuple[str, ...] | None) -> None:
    def each(variables: str, pattern: str):
        for row in _select(store, "?s " + variables, pattern, scope):
            mention = by_key.get((row[0], row[1]))
            if mention is not None:
                yield mention, row[2:]

    for m, (cik,) in each("?c", "?s kg:cik ?c"):  # of several values the greatest: a store's order is its own
        m.cik = cik.zfill(10) if m.cik is None else max(m.cik, cik.zfill(10))
    for prop in ("schema:nationality", "kg:jurisdiction"):  # a jurisdiction wins
        countries: dict[int, str] = {}
        for m, (country,) in each("?c", f"?s {prop} ?c"):
            countries[id(m)] = max(countries.get(id(m), country), country)
            m.country = countries[id(m)].rsplit("/", 1)[-1]
    for m, (text,) in each("?v", "?s schema:address ?a . ?a kg:printedValue ?v"):
        m.address = text if m.address is None else max(m.address, text)
    for m, _ in each("?f", "?f kg:reportingPerson ?s"):
        _add(m, "roles", "reporting-person")
    for m, (title, node, org) in each("?t ?b ?o", "?x kg:signer ?s . OPTIONAL { ?x kg:signerTitle ?t } "
                                                   "OPTIONAL { ?x kg:onBehalfOf ?b . ?b schema:name ?o }"):
        _add(m, "roles", "signer")
        _tie(m, node, org, title, "signer")
    for m, (node, org) in each("?w ?o", "?f kg:noticesContact|kg:copyToContact ?s . "
                                        "OPTIONAL { ?s schema:worksFor ?w . ?w schema:name ?o }"):
        _add(m, "roles", "contact")
        _tie(m, node, org, None)
    for m, (node, org) in each("?w ?o", "?x org:member ?s ; org:organization ?u . ?u org:unitOf ?w . "
                                        "?w schema:name ?o"):
        _add(m, "roles", "listed")
        _add(m, "listed_in", org_name(org).key)
        _tie(m, node, org, None, "member")
    for m, (node, org) in each("?w ?o", "?x org:member ?s ; org:organization ?w . ?w a schema:Organization ; "
                                        "schema:name ?o"):
        _tie(m, node, org, None, "member")
    for m, (title, node, org) in each("?t ?w ?o", f"?s org:holds ?p . ?p {_RDFS_LABEL} ?t . "
                                                  "OPTIONAL { ?p org:postIn ?w . ?w schema:name ?o }"):
        _tie(m, node, org, title)
    for m, (node, issuer) in each("?x ?i", "?f kg:reportingPerson|kg:signature/kg:signer|kg:noticesContact|"
                                           "kg:copyToContact ?s ; kg:issuer ?x . ?x schema:name ?i"):
        _tie(m, node, issuer, None)
    for m, (cusip,) in each("?c", "?f kg:issuer ?s . OPTIONAL { ?f kg:subjectSecurity ?y . ?y kg:cusip ?c }"):
        _add(m, "roles", "issuer")
        if cusip:
            _add(m, "cusip6", cusip[:6].upper())
    for m, (other,) in each("?o", "?f kg:reportingPerson ?s, ?o . FILTER(?o != ?s)"):
        _add(m, "associates", other)  # co-filers
    for m, (other,) in each("?o", "{ ?x kg:signer ?s ; kg:onBehalfOf ?o } UNION { ?x kg:signer ?o ; kg:onBehalfOf ?s }"
                                  " FILTER(?o != ?s)"):
        _add(m, "associates", other)  # signs for, or is signed for by


def _tie(mention: Mention, node: str | None, org: str | None, title: str | None, role: str | None = None) -> None:
    if org and fold(org) not in {fold(name) for name in mention.names}:  # signing for oneself
        _add(mention, "orgs", org_name(org).key)
        if node:
            _add(mention, "ties", node)
            _add(mention, "posts", *(f"{node}\t{post}" for post in (role, title and fold(title)) if post))
    if title:
        _add(mention, "positions", fold(title))


def _add(mention: Mention, name: str, *values: str) -> None:
    """Add to one of a mention's sets while it is read (a set is made only when it gets a value)."""
    current = getattr(mention, name)
    if current:
        current.update(values)
    elif values:
        setattr(mention, name, set(values))


def _add_aliases(mentions: list[Mention], aliases: dict[str, list[str]]) -> list[Mention]:
    for mention in mentions:
        if mention.cik and mention.cik in aliases:
            mention.aliases += [intern(a) for a in aliases[mention.cik] if a not in mention.names + mention.aliases]
    return mentions


def mentions_from_filings(filings, texts: list[str | None] | None = None,
                          aliases: dict[str, list[str]] | None = None) -> list[Mention]:
    """Mentions of Filing records: mapped like `kg build` does, into a store in memory."""
    from kg.graph.mapping import map_filing
    from kg.graph.store import build_batches, open_store

    texts = texts or [None] * len(filings)
    with open_store("memory") as store:
        build_batches(store, (map_filing(f, t) for f, t in zip(filings, texts)))
        return mentions_from_store(store, aliases)


def former_names(paths: Iterable[str]) -> dict[str, list[str]]:
    """CIK -> former names, from the EDGAR headers of submission files (others have none)."""
    from kg.read.documents import load

    found: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        header = getattr(load(path), "header", None)
        for party in getattr(header, "parties", []) or []:
            if party.cik:
                for former in party.former_names:
                    if former.name and former.name not in found[party.cik.zfill(10)]:
                        found[party.cik.zfill(10)].append(former.name)
    return dict(found)
