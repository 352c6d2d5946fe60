"""How the embedded store runs a bound curated query so that its cost does not grow with
the store (kg.sparql.queries.run_query; a remote endpoint gets the query as written):

- `narrowed_graphs`: a query `Narrowed by: ?param ...` runs on the named graphs that hold the
  bound name (through its kg:nameKey) or term, not on the union of every graph;
- `lateral`: each OPTIONAL runs per row (Oxigraph's LATERAL), not as a hash join that first
  reads its pattern over the whole store.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.graph.search import KEY_LENGTHS
from kg.graph.vocab import INSTANCE_BASE
from kg.sparql.results import to_oxigraph

if TYPE_CHECKING:  # (queries imports this module)
    from kg.sparql.queries import Query

# Tokens to skip while looking for keywords (OPTIONAL, WHERE, {): IRIs, strings, comments.
SKIP = re.compile(r'<[^<>"{}|^`\\\s]*>|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                   r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
CONCAT = re.compile(r"\bGROUP_CONCAT\b", re.IGNORECASE)  # a query whose text follows the evaluation order


def lateral(text: str) -> str:
    """The query with each `OPTIONAL { ... }` written `LATERAL { OPTIONAL { ... } }` (Oxigraph's
    SEP-0006 extension), for the embedded store when parameters are bound: the same answers (each row of the left
    side, extended by the optional part evaluated with that row's values, or kept as it is),
    but Oxigraph evaluates a plain OPTIONAL as a hash join that first reads the optional part
    for the whole store (every nationality of every person), so a bound query's cost grew with
    the store; laterally it is a few index look-ups per row. Not for a query with GROUP_CONCAT,
    whose order follows the evaluation: its answer stays the one a remote store gives.
    Unbound queries read the whole store anyway and stay as they are."""
    masked = SKIP.sub(lambda m: " " * len(m.group(0)), text)
    opens = [m for m in re.finditer(r"\bOPTIONAL\s*\{", masked, re.IGNORECASE)]
    if not opens:
        return text
    closes: dict[int, int] = {}  # where each OPTIONAL's group ends
    for match in opens:
        depth, at = 0, match.end() - 1
        for at in range(match.end() - 1, len(masked)):
            depth += {"{": 1, "}": -1}.get(masked[at], 0)
            if depth == 0:
                break
        closes[match.start()] = at
    ends = Counter(closes.values())
    out = []
    for at, char in enumerate(text):
        out.append("LATERAL { " + char if at in closes else char + " }" * ends[at])
    return "".join(out)


def narrowed_graphs(oxigraph, query: Query | str, bindings: dict, key_lengths: tuple[int, ...] = KEY_LENGTHS) -> list | None:
    """The named graphs that can hold the rows of a query `Narrowed by:` bound parameters: for
    a `name`, the graphs with a node having its key (kg:nameKey) and a name containing it; for
    any other type, the graphs holding the bound term as the object of a triple (an accession
    number, an IRI). A query whose rows each need such a node of their own graph (its patterns
    in one GRAPH ?g group) has all its rows in these graphs, so the embedded store runs it on
    them alone: a few graphs, whatever the size of the store. None: nothing to narrow by."""
    from kg.graph.search import query_key
    from kg.graph.vocab import KG, SCHEMA
    if not getattr(query, "narrow", None):  # a Query that says `Narrowed by:`
        return None
    found = None
    for name in (name for name in query.narrow if name in bindings):
        value = bindings[name]
        if query.params[name].type == "name":
            key = query_key(str(value), key_lengths)
            if key is None:
                return None
            text = (f"SELECT DISTINCT ?g ?key ?value WHERE {{ GRAPH ?g {{ ?node <{KG.nameKey}> ?key . FILTER EXISTS {{ "
                    f"?node <{SCHEMA.name}> ?name FILTER(CONTAINS(LCASE(?name), LCASE(?value))) }} }} }}")
            terms = {ox.Variable("key"): ox.Literal(key), ox.Variable("value"): ox.Literal(str(value))}
        else:
            text = "SELECT DISTINCT ?g ?value WHERE { GRAPH ?g { ?node ?property ?value } }"
            terms = {ox.Variable("value"): to_oxigraph(value)}
        graphs = {solution["g"] for solution in oxigraph.query(text, substitutions=terms)}
        found = graphs if found is None else found & graphs
    if found is None:
        return None
    return sorted(found, key=str) or [ox.NamedNode(f"{INSTANCE_BASE}graph/none")]  # none: an empty dataset
