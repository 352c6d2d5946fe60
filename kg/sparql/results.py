"""A query's answer as rdflib terms, and the conversion from and to pyoxigraph terms.

Shared by the curated queries, the endpoint and the remote stores (none of which import each other for it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

_STRING = str(XSD.string)


@dataclass
class Result:
    """A query's answer as rdflib terms: rows for SELECT, a boolean for ASK, triples for CONSTRUCT."""

    columns: list[str]
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple] | None = None


def to_oxigraph(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def from_oxigraph(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == _STRING:  # a plain string: nothing to normalise (the same Literal, made faster)
        return Literal(term.value, normalize=False)
    return Literal(term.value, datatype=URIRef(datatype))


def oxigraph_result(answer, limit: int | None = None) -> Result:
    """A pyoxigraph answer as a Result; more than `limit` rows or triples raises OverflowError."""
    if isinstance(answer, ox.QueryBoolean):
        return Result(columns=[], boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        triples = []
        for triple in answer:
            triples.append(tuple(from_oxigraph(t) for t in (triple.subject, triple.predicate, triple.object)))
            if limit is not None and len(triples) > limit:
                raise OverflowError(limit)
        return Result(columns=["subject", "predicate", "object"], triples=triples)
    columns = [variable.value for variable in answer.variables]
    rows, known = [], {None: None}  # a term that repeats (a form, a filing, a count) is converted once
    for solution in answer:
        row = []
        for term in solution:
            found = known.get(term)
            if found is None and term is not None:
                found = known[term] = from_oxigraph(term)
            row.append(found)
        rows.append(row)
        if limit is not None and len(rows) > limit:
            raise OverflowError(limit)
    return Result(columns=columns, rows=rows)
