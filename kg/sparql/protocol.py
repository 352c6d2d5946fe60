"""The SPARQL protocol answers of `kg serve` besides kg.sparql.formats: content negotiation,
SPARQL XML results, and terms for pyoxigraph's serializers."""
from __future__ import annotations

from xml.sax.saxutils import escape

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.sparql.formats import term_json
from kg.sparql.results import Result

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "text/plain": ox.RdfFormat.N_TRIPLES}


def negotiate(accept: str, offers: dict, default: str) -> str:
    """The offered media type the Accept header prefers (q values honoured), else the default."""
    ranked = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for extra in fields[1:]:
            if extra.startswith("q="):
                try:
                    quality = float(extra[2:])
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, index, fields[0].lower()))
    for quality, _, media in sorted(ranked):
        if quality == 0:
            break
        if media in offers:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def xml_results(result: Result) -> str:
    head = "".join(f'<variable name="{escape(name)}"/>' for name in result.columns)
    if result.boolean is not None:
        body = f"<boolean>{'true' if result.boolean else 'false'}</boolean>"
    else:
        rows = []
        for row in result.rows:
            cells = "".join(f'<binding name="{escape(name)}">{_xml_term(term)}</binding>'
                            for name, term in zip(result.columns, row) if term is not None)
            rows.append(f"<result>{cells}</result>")
        body = f"<results>{''.join(rows)}</results>"
    return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head>{body}</sparql>\n")


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    info = term_json(term)
    attrs = ""
    if "xml:lang" in info:
        attrs = f' xml:lang="{escape(info["xml:lang"])}"'
    elif "datatype" in info:
        attrs = f' datatype="{escape(info["datatype"])}"'
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def to_ox(term):
    from kg.sparql.results import to_oxigraph
    return to_oxigraph(term)
