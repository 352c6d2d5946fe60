"""A filing's summary graph: what kg counts in a filing graph when it writes it, so that a
query need not count it over the whole store.

    summary = board_summary(triples, graph_iri, filing_iri)  # Triples, or None: nothing to summarise
    summary_graph(graph_iri)                                 # <filing>/summary, beside <filing>/graph

The summary graph of the filing graph `<filing>/graph` is `<filing>/summary`: it says
`<filing>/summary kg:summaryOf <filing>/graph ; kg:summaryOfFiling <filing>` and, for every
person of the filing graph (a schema:Person with a schema:name) who holds a board seat,
`kg:boardCount` (the distinct boards with a name on which they hold a seat), `kg:boardNames`
(those boards' names, in code-point order, joined by "; ") and `kg:memberName` (each of
their names): what a row of the query needs, in one graph; and each row once more in one
literal, `kg:boardRow` (BOARD_ROW: a JSON array of the row's person name, boards, board names
and filing), stated on `<id:summary/boards/N>` (board_rows_node) for every N from 1 to the
person's count, so that the rows of people on N boards or more are one index range of the
store, read with one string each (kg.sparql.rows turns them into the query's columns). The seats are the
two kinds the curated query `people-on-several-boards` counts: a membership whose `org:role`
is a director, supervisory or managing board member in a unit (`org:unitOf`) of the board,
and a membership whose `kg:roleAsPrinted` says board or director (any case) in the board
itself. The store writes, replaces and drops it with its filing graph (kg.graph.store);
the filing graph stays as it is, and a filing without board seats has no summary graph.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pyoxigraph as ox
from rdflib import RDF, XSD

from kg.graph.ntriples import Triples, iri_text
from kg.graph.vocab import INSTANCE_BASE, KG, ORG, SCHEMA

# What the summary graphs hold, as a store's marker (kg-store.json) names it: a store made before
# kg wrote the rows says ["board_counts"] and is read with the counts alone.
SUMMARIES = ("board_counts", "board_rows")
BOARD_ROWS_BASE = f"{INSTANCE_BASE}summary/boards/"  # + N: the node of the rows of people on N boards or more
BOARD_ROW = ("person", "boards", "organizations", "filing")  # a kg:boardRow's JSON array, the query's columns
FILING_GRAPH_SUFFIX, SUMMARY_GRAPH_SUFFIX = "/graph", "/summary"
BOARD_ROLES = frozenset(iri_text(role) for role in (KG.Director, KG.SupervisoryBoardMember, KG.ManagingBoardMember))
# REGEX(?printed_role, "board|director", "i"): the letters have no case partner outside ASCII
PRINTED_BOARD = re.compile("board|director", re.IGNORECASE | re.ASCII)
_MEMBER, _ROLE, _ORGANIZATION, _UNIT_OF, _PRINTED, _NAME, _TYPE = map(iri_text, (
    ORG.member, ORG.role, ORG.organization, ORG.unitOf, KG.roleAsPrinted, SCHEMA.name, RDF.type))
_READ = frozenset((_MEMBER, _ROLE, _ORGANIZATION, _UNIT_OF, _PRINTED, _NAME, _TYPE))
_PERSON = iri_text(SCHEMA.Person)
_INTEGER = ox.NamedNode(str(XSD.integer))


def summary_graph(graph_iri) -> str:
    """The IRI of the summary graph of a filing graph."""
    text = str(graph_iri)
    return text.removesuffix(FILING_GRAPH_SUFFIX) + SUMMARY_GRAPH_SUFFIX


def is_summary_graph(name: str) -> bool:
    return name.endswith(SUMMARY_GRAPH_SUFFIX)


def drop_update(names: list[str]) -> str:
    """The SPARQL update that drops filing graphs, each with its summary graph."""
    return " ; ".join(f"DROP SILENT GRAPH <{name}> ; DROP SILENT GRAPH <{summary_graph(name)}>" for name in names)


def store_summaries(folder) -> dict[str, bool]:
    """What every filing graph of a store (its folder) has in its summary graph, by the names
    of SUMMARIES (the GraphStore's flags): its marker says so when the store was made by a kg
    that writes them. A store made before keeps its marker (later builds add summaries for the
    filings they write, not for the others), so queries read it without them, or with what its
    marker names."""
    from kg.graph.snapshots import marker
    found = marker(folder, "summaries")
    return {name: isinstance(found, list) and name in found for name in SUMMARIES}


def board_rows_node(least: int) -> ox.NamedNode:
    """The node whose kg:boardRow values are the rows of people on `least` boards or more."""
    return ox.NamedNode(f"{BOARD_ROWS_BASE}{least}")


def board_row(person: str, boards: int, organizations: str, filing: str) -> str:
    """A kg:boardRow's text: the row's values (BOARD_ROW) as a JSON array."""
    return json.dumps([person, boards, organizations, filing], ensure_ascii=False, separators=(",", ":"))


def board_summary(triples: Triples, graph_iri, filing_iri) -> Triples | None:
    """The summary graph's triples for a filing graph's triples (`graph_iri`, derived from
    `filing_iri`); None when no person holds a seat."""
    found: dict[str, dict[str, list[str]]] = {prop: defaultdict(list) for prop in _READ}
    for line in triples.lines():
        subject, prop, rest = line.split(" ", 2)
        if prop in _READ:
            found[prop][subject].append(rest)
    if not found[_MEMBER]:
        return None
    seats: dict[str, set[str]] = defaultdict(set)
    for membership, members in found[_MEMBER].items():
        boards = set()
        if any(role in BOARD_ROLES for role in found[_ROLE].get(membership, ())):
            boards.update(board for unit in found[_ORGANIZATION].get(membership, ())
                          for board in found[_UNIT_OF].get(unit, ()))
        if any(PRINTED_BOARD.search(text) for text in _strings(found[_PRINTED].get(membership, ()))):
            boards.update(found[_ORGANIZATION].get(membership, ()))
        for member in members:
            seats[member].update(boards)
    summary = Triples()
    graph = ox.NamedNode(summary_graph(graph_iri))
    for member, boards in seats.items():
        named = [board for board in boards if board in found[_NAME]]
        person = _PERSON in found[_TYPE].get(member, ()) and _literals(found[_NAME].get(member, ()))
        if not named or not person or not member.startswith("<"):
            continue
        names = "; ".join(sorted({name for board in named for name in _strings(found[_NAME][board])}))
        node = ox.NamedNode(member[1:-1])
        summary.add((node, KG.boardCount, ox.Literal(str(len(named)), datatype=_INTEGER)))
        summary.add((node, KG.boardNames, ox.Literal(names)))
        for name in person:
            summary.add((node, KG.memberName, name))
            row = ox.Literal(board_row(name.value, len(named), names, str(filing_iri)))
            for least in range(1, len(named) + 1):
                summary.add((board_rows_node(least), KG.boardRow, row))
    if not len(summary):
        return None
    summary.add((graph, KG.summaryOf, ox.NamedNode(str(graph_iri))))
    summary.add((graph, KG.summaryOfFiling, ox.NamedNode(str(filing_iri))))
    return summary


def _literals(objects) -> list:
    """The literals among N-Triples object texts, read by Oxigraph's parser."""
    literals = [text for text in objects if text.startswith('"')]
    if not literals:
        return []
    data = "".join(f"<s:> <p:> {text} .\n" for text in literals).encode()
    return [triple.object for triple in ox.parse(data, ox.RdfFormat.N_TRIPLES)]


def _strings(objects) -> list[str]:
    return [literal.value for literal in _literals(objects)]
