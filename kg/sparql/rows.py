"""Packed rows: an answer column `board_row` (a kg:boardRow of the filings' summary graphs,
kg.graph.summary) holds a whole row of `people-on-several-boards` in one literal, which kg
turns into the query's columns here (kg.sparql.order.ordered_result for the embedded store,
the endpoint's question pages for `kg serve`).

    result = read_rows(answer)     # a pyoxigraph answer: `board_row` read as person, boards, organizations, filing
    result = unpack_rows(result)   # a Result (an endpoint's): the same

Oxigraph reads every string of an answer from its string table (a few microseconds each at
10M triples) and every further value of a row is one more index look-up; the row read as one
string (a JSON array written at mapping time) costs one read, and its values are split here.
The terms are those the query counting the seats gives: plain literals for the names, an
xsd:integer for the count, an IRI for the filing.
"""
from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.summary import BOARD_ROW
from kg.sparql.results import Result, from_oxigraph, oxigraph_result

PACKED = "board_row"  # the variable a query reads kg:boardRow into


def unpack_rows(result: Result) -> Result:
    """The result with its `board_row` column (if any) replaced by the row's columns (BOARD_ROW);
    an unbound `board_row` leaves them unbound."""
    if result.triples is not None or PACKED not in result.columns:
        return result
    at, counts = result.columns.index(PACKED), {}
    rows = [row[:at] + _values(row[at], counts) + row[at + 1:] for row in result.rows]
    return Result(_columns(result.columns, at), rows, result.boolean, result.triples)


def read_rows(answer) -> Result:
    """A pyoxigraph answer as a Result (kg.sparql.results.oxigraph_result), its packed rows
    unpacked as they are read: the packed literal itself is never made an rdflib term."""
    if not isinstance(answer, ox.QuerySolutions) or PACKED not in [variable.value for variable in answer.variables]:
        return unpack_rows(oxigraph_result(answer))
    columns = [variable.value for variable in answer.variables]
    at, counts, known = columns.index(PACKED), {}, {None: None}
    rows = []
    for solution in answer:
        row = []
        for index, term in enumerate(solution):
            if index == at:
                row += _values(term and term.value, counts)
                continue
            found = known.get(term)
            if found is None and term is not None:
                found = known[term] = from_oxigraph(term)
            row.append(found)
        rows.append(row)
    return Result(_columns(columns, at), rows)


def _columns(columns: list[str], at: int) -> list[str]:
    return columns[:at] + list(BOARD_ROW) + columns[at + 1:]


def _values(packed, counts: dict) -> list:
    """A packed row's terms (BOARD_ROW), from its text; unbound: none. `counts`: the count terms made."""
    if packed is None:
        return [None] * len(BOARD_ROW)
    person, boards, organizations, filing = json.loads(str(packed))
    count = counts.get(boards)
    if count is None:
        count = counts[boards] = Literal(str(boards), datatype=XSD.integer)
    return [Literal(person, normalize=False), count, Literal(organizations, normalize=False), URIRef(filing)]  # plain
