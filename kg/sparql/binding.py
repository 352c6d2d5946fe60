"""What kg binds in a curated query before it runs (kg.sparql.queries.run_query, the endpoint's
question pages): the variables derived from a parameter and those saying what the store has.

    text, bindings = prepare(query, bindings, store.key_lengths, store.board_counts, store.board_rows)

- ?<name>_key (a parameter of type `name`): the longest search key of its longest word
  (kg.graph.search.query_key), matched against `kg:nameKey`; ?<country>_iri (type `country`,
  an alpha-3 code in any case): the country's IRI (DERIVED);
- ?board_counts: the store's filings have their summary graphs (kg.graph.summary);
  ?board_rows as well (bound with it) when they hold the board rows too and no parameter the
  query is `Narrowed by:` is bound: its value is the text of the rows' nodes (BOARD_ROWS_BASE,
  completed in the query by the least number of boards), and the answer's `board_row` column
  holds the packed rows (kg.sparql.rows).
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef

from kg.graph.search import KEY_LENGTHS
from kg.graph.summary import BOARD_ROWS_BASE
from kg.graph.vocab import COUNTRY_BASE
from kg.sparql.directives import apply_directives

# Variables kg binds itself beside a parameter, by its type: ?<name>_key, the search key of a
# `name`; ?<country>_iri, the country IRI of an alpha-3 `country` code.
DERIVED = {"name": "_key", "country": "_iri"}
BOARD_COUNTS = "board_counts"  # bound when the store has the filings' board counts (kg.graph.summary)
BOARD_ROWS = "board_rows"      # bound when it has their board rows (kg.graph.summary), to the rows' nodes' text


def derived_names(query) -> list[str]:
    """The variables kg binds itself (DERIVED), beside parameters of the types that have them."""
    return [name + DERIVED[param.type] for name, param in query.params.items() if param.type in DERIVED]


def _derived(kind: str, value: str, key_lengths: tuple[int, ...]):
    if kind == "name":
        from kg.graph.search import query_key
        key = query_key(value, key_lengths)
        return None if key is None else Literal(key)
    code = value.strip().upper()
    return URIRef(COUNTRY_BASE + code) if re.fullmatch(r"[A-Z]{3}", code) else None


def prepare(query, bindings: dict, key_lengths: tuple[int, ...] = KEY_LENGTHS,
            board_counts: bool = False, board_rows: bool = False) -> tuple[str, dict]:
    """The text to run (a Query's, or a query text) and its bindings. A comment line `# if ?var ...: pattern`
    becomes the pattern when every ?var it names is bound (a parameter, or a variable derived from one:
    DERIVED), preceded (inside its GRAPH group when it opens one) by one
    `VALUES (?var ...) { (term ...) }` of them and of the parameters derived ones come from
    (terms written by rdflib, escaped): values in the same group as the pattern they look up,
    joined to it, let Oxigraph start there and test the filters on them early (a
    substitution or an outer VALUES is joined after the group is evaluated). Unbound, the
    line stays a comment: the query as written is the query for "any". Derived variables
    are not returned as bindings: they live in those VALUES only. `key_lengths`: the name keys
    the store has (GraphStore.key_lengths; a store written before the longer keys has fewer).
    `board_counts`: the store has the filings' summary graphs (GraphStore.board_counts), so
    `?board_counts` is bound; `board_rows`: their board rows too (GraphStore.board_rows), so
    `?board_rows` is bound as well, unless a parameter the query is narrowed by is bound (the
    rows hold no name keys). Lines between `# unless ?var ... {` and `# }` become comments
    when every ?var is bound: with `# if` lines, a query says what replaces them (an `# if` line
    that is a SELECT or HAVING clause is put in as it is, without VALUES)."""
    text = getattr(query, "text", query)
    params = getattr(query, "params", {})
    known, source = dict(bindings), {}
    if board_counts or board_rows:
        known[BOARD_COUNTS] = Literal(True)
    if board_rows and not set(getattr(query, "narrow", ())) & set(bindings):
        known[BOARD_ROWS] = Literal(BOARD_ROWS_BASE)
    for name, param in params.items():
        if param.type in DERIVED and name in bindings:
            term = _derived(param.type, str(bindings[name]), key_lengths)
            if term is not None:
                known[name + DERIVED[param.type]] = term
                source[name + DERIVED[param.type]] = name
    return apply_directives(text, known, source), dict(bindings)
