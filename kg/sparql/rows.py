"""Packed rows: an answer column `board_row` (a kg:boardRow of the filings' summary graphs,
kg.graph.summary) holds a whole row of `people-on-several-boards` in one literal, which kg
turns into the query's columns here (kg.sparql.order.ordered_result for the embedded store,
the endpoint's question pages for `kg serve`).

    result = unpack_rows(result)   # `board_row` replaced by person, boards, organizations, filing

Oxigraph reads every string of an answer from its string table (a few microseconds each at
10M triples) and every further value of a row is one more index look-up; the row read as one
string (a JSON array written at mapping time) costs one read, and its values are split here.
The terms are those the query counting the seats gives: plain literals for the names, an
xsd:integer for the count, an IRI for the filing.
"""
from __future__ import annotations

import json

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.summary import BOARD_ROW
from kg.sparql.results import Result

PACKED = "board_row"  # the variable a query reads kg:boardRow into


def unpack_rows(result: Result) -> Result:
    """The result with its `board_row` column (if any) replaced by the row's columns (BOARD_ROW);
    an unbound `board_row` leaves them unbound."""
    if result.triples is not None or PACKED not in result.columns:
        return result
    at = result.columns.index(PACKED)
    columns = result.columns[:at] + list(BOARD_ROW) + result.columns[at + 1:]
    counts: dict[int, Literal] = {}  # the few counts, each one term
    rows = []
    for row in result.rows:
        packed = row[at]
        if packed is None:
            values = [None] * len(BOARD_ROW)
        else:
            person, boards, organizations, filing = json.loads(str(packed))
            count = counts.get(boards)
            if count is None:
                count = counts[boards] = Literal(str(boards), datatype=XSD.integer)
            values = [Literal(person), count, Literal(organizations), URIRef(filing)]
        rows.append(row[:at] + values + row[at + 1:])
    return Result(columns, rows, result.boolean, result.triples)
