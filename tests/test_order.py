"""ORDER BY of plain variables sorted in Python for the embedded store (kg.sparql.order): every
curated query, unbound and bound, gives the rows in the order the engine's ORDER BY gives."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import build_bundled

from kg.sparql.narrow import CONCAT, lateral
from kg.sparql.order import split_order
from kg.sparql.queries import curated_queries, find_query, oxigraph_result, parse_params, prepare, run_query
from kg.sparql.results import to_oxigraph

BOUND = {"board-and-officers": ["organization_name=stmicro"], "filings": ["form_type=SC 13G"],
         "people-by-citizenship": ["country_code=gbr"], "people-on-several-boards": ["min_boards=3"],
         "holdings-over-time": ["issuer_name=snowflake"], "major-holders": ["min_percent=5"],
         "transactions-of-filer": ["filer_name=scarpelli"], "entities": ["entity_name=icahn"]}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.graph.store import open_store
    from kg.link.update import update_links
    location = build_bundled(tmp_path_factory, "order_store")
    with open_store(location, write=True) as writer:
        update_links(writer, "")  # the links graph, as `kg build` writes it
    with open_store(location) as opened:
        yield opened


def test_the_final_order_by_of_plain_variables_is_split_off():
    body, keys = split_order("SELECT * WHERE { ?s ?p ?o } ORDER BY DESC(?boards) ?person  asc( ?filing )\n# end\n")
    assert keys == [("boards", True), ("person", False), ("filing", False)]
    assert body.rstrip().endswith("}") and "ORDER" not in body
    for text in ('SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10', 'SELECT * WHERE { ?s ?p ?o } ORDER BY (?s = "x")',
                 'SELECT * WHERE { ?s ?p "ORDER BY ?s" }'):
        assert split_order(text) == (text, None)
    assert split_order(find_query("transactions-of-filer").text)[1] is None  # an expression: the engine orders


@pytest.mark.parametrize("query", curated_queries(), ids=lambda query: query.name)
def test_rows_sorted_here_come_in_the_engines_order(store, query):
    for params in ([], BOUND.get(query.name, [])):
        bindings = parse_params(query, params)
        text, _ = prepare(query, bindings, store.key_lengths, store.board_counts)
        text = lateral(text) if bindings and not CONCAT.search(text) else text
        engine = store.oxigraph.query(text, use_default_graph_as_union=True,
                                      substitutions={ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()})
        expected = [list(map(str, row)) for row in oxigraph_result(engine).rows]
        assert [list(map(str, row)) for row in run_query(store, query, bindings).rows] == expected, params
        assert expected or params  # the unbound query has rows
