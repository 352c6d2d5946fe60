"""Summary graphs (kg.graph.summary): the board counts and board rows written beside each filing
graph give `people-on-several-boards` the answer the query counting over the store gives, on a
store built from the bundled real filings, after a filing is built again and after one is
dropped; the rows read from one literal each are the rows read from the counts, in the same order."""
from __future__ import annotations

import json

import pytest
from conftest import BUNDLED, SEED

from kg.batch import expand_inputs
from kg.graph.checks import validate
from kg.graph.store import build, open_store
from kg.graph.summary import BOARD_ROWS_BASE, is_summary_graph, summary_graph
from kg.graph.vocab import KG, SCHEMA
from kg.sparql.order import unpacked
from kg.sparql.queries import bind_values, find_query, oxigraph_result, parse_params, prepare, run_query

CASES = [[], ["min_boards=4"], ["min_boards=1"], ["min_boards=0"], ["min_boards=9"], ["person_name=dunn"],
         ["person_name=ovi", "min_boards=3"], ["person_name=unn"], ["min_boards=+03"],
         ["min_boards=99999999999999999999999"], ["min_boards=-99999999999999999999"]]  # past the engine's integers


@pytest.fixture()
def location(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as store:
        report = build(store, expand_inputs([str(p) for p in BUNDLED]), validate=False)
    assert not report.failed
    return location


def exact(store, params: list[str], counted: bool, rows: bool = False) -> list[list]:
    """The answer's rows as text, every column, in the query's order: read from the board rows
    (`rows`), from the summaries' counts (`counted`) or counting the seats over the store."""
    query = find_query("people-on-several-boards")
    store.board_counts, store.board_rows = counted, rows
    result = run_query(store, query, parse_params(query, params))
    assert result.columns == ["person", "boards", "organizations", "filing", "min_boards", "person_name"]
    return [[None if term is None else term.n3() for term in row] for row in result.rows]


def answers(store, params: list[str], counted: bool, rows: bool = False) -> list[tuple]:
    """The rows (person, boards, organizations as a set, filing), in the query's order."""
    query = find_query("people-on-several-boards")
    store.board_counts, store.board_rows = counted, rows
    found = []
    for person, boards, organizations, filing, *_ in run_query(store, query, parse_params(query, params)).rows:
        found.append((str(person), int(boards), frozenset(organizations.split("; ")), str(filing)))  # GROUP_CONCAT:
    return found                                                                                     # no order


def served(store, params: list[str], rows: bool) -> list[list]:
    """The rows as `kg serve` gets them: the query read on the summary graphs (their board rows:
    `rows`), on every graph, its parameters in an outer VALUES block (not substituted), the rows
    unpacked and ordered as the endpoint's question pages do."""
    query = find_query("people-on-several-boards")
    text = bind_values(*prepare(query, parse_params(query, params), store.key_lengths, True, rows))
    result = unpacked(oxigraph_result(store.oxigraph.query(text, use_default_graph_as_union=True)), text)
    return [[None if term is None else term.n3() for term in row] for row in result.rows]


def same_answers(store) -> int:
    """Every case answers alike every way (and as served); the rows of the whole answer."""
    for params in CASES:
        from_rows, counted, plain = exact(store, params, True, True), answers(store, params, True), \
            answers(store, params, False)
        assert from_rows == exact(store, params, True), params  # the same terms, in the same order
        assert served(store, params, True) == served(store, params, False), params
        if not any(param.startswith("person_name=") for param in params):  # a bound name: narrowed, as written
            assert from_rows == served(store, params, True), params
        assert [row[1] for row in counted] == [row[1] for row in plain], params  # ordered by boards first
        assert sorted(counted) == sorted(plain), params
    return len(answers(store, [], True, True))


def test_the_summaries_answer_like_the_seats_counted_over_the_store(location):
    with open_store(location) as store:
        assert store.board_counts  # a new store's marker says its filings have summaries
        summaries = [name for name in store.graphs() if is_summary_graph(name)]
        assert summaries and len(summaries) < len(store.filing_graphs())  # filings with board seats only
        assert not set(summaries) & set(store.filing_graphs())
        assert same_answers(store) > 5
        dunn = answers(store, ["min_boards=4"], True, True)
        assert ("Douglas Dunn", 4, frozenset({"STMicroelectronics N.V.", "ARM plc", "Sendo plc", "MEDEA+"})) in \
            [row[:3] for row in dunn]
        assert validate(store) == []  # the summary graphs are not filings to check
        # Douglas Dunn's row of the seed is stated on the nodes of 1, 2, 3 and 4 boards or more, and no other
        found = store.oxigraph.query(f'SELECT ?least WHERE {{ GRAPH <{summary_graph(_seed_graph(store))}> {{ '
                                     f'?least <{KG.boardRow}> ?row FILTER(CONTAINS(?row, "Douglas Dunn")) }} }}')
        assert sorted(solution["least"].value for solution in found) == [f"{BOARD_ROWS_BASE}{n}" for n in (1, 2, 3, 4)]


def test_the_board_rows_are_read_where_no_name_is_bound():
    query = find_query("people-on-several-boards")
    for params, read in ((["min_boards=4"], True), ([], True), (["person_name=dunn"], False)):
        text, _ = prepare(query, parse_params(query, params), board_counts=True, board_rows=True)
        live = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        assert any("kg:boardRow" in line for line in live) == read, params
        assert any("kg:boardCount" in line for line in live) != read, params  # the counts, for a bound name
        assert not any("org:member" in line for line in live), params


def test_the_query_reads_the_summaries_only_on_a_store_that_has_them():
    query = find_query("people-on-several-boards")
    plain, _ = prepare(query, parse_params(query, ["min_boards=4"]))
    counted, _ = prepare(query, parse_params(query, ["min_boards=4"]), board_counts=True)
    live = [line for line in counted.splitlines() if not line.lstrip().startswith("#")]
    assert any("kg:boardCount" in line for line in live) and not any("org:member" in line for line in live)
    live = [line for line in plain.splitlines() if not line.lstrip().startswith("#")]
    assert plain == query.text and not any("kg:boardCount" in line for line in live)


def test_a_store_made_before_the_summaries_is_read_without_them(location):
    with open_store(location) as store:
        expected = {tuple(params): exact(store, params, False) for params in CASES}  # the seats counted
    marker = location / "kg-store.json"
    written = json.loads(marker.read_text())
    assert written["summaries"] == ["board_counts", "board_rows"]
    marker.write_text(json.dumps({key: value for key, value in written.items() if key != "summaries"}))
    with open_store(location) as store:
        assert not store.board_counts and not store.board_rows
        assert run_query(store, find_query("people-on-several-boards")).rows  # the seats counted
        assert all(exact(store, params, False) == expected[tuple(params)] for params in CASES)
    # a store made when the summaries held the counts alone: read from the counts
    marker.write_text(json.dumps({**written, "summaries": ["board_counts"]}))
    with open_store(location) as store:
        assert store.board_counts and not store.board_rows
        query = find_query("people-on-several-boards")
        for params in CASES:
            counted = [[term.n3() for term in row[:4]] for row in run_query(store, query, parse_params(query, params)).rows]
            assert _unordered(counted) == _unordered(expected[tuple(params)]), params


def _unordered(rows: list[list]) -> list[tuple]:
    """Rows as n3 texts, each row's organisations as a set (their order is the engine's when counted)."""
    return sorted((person, boards, tuple(sorted(organizations.strip('"').split("; "))), filing)
                  for person, boards, organizations, filing, *_ in rows)


def _seed_graph(store) -> str:
    found = store.oxigraph.query(f'SELECT ?g WHERE {{ GRAPH ?g {{ ?p <{SCHEMA.name}> "Douglas Dunn" }} }}')
    return next(iter(found))["g"].value


def _summary(store, graph: str) -> set:
    return set(store.oxigraph.quads_for_pattern(None, None, None, _node(summary_graph(graph))))


def _node(iri: str):
    import pyoxigraph as ox
    return ox.NamedNode(iri)


def test_a_filing_built_again_or_dropped_takes_its_summary_with_it(location):
    with open_store(location, write=True) as store:
        graph = _seed_graph(store)
        before, rows, size = _summary(store, graph), same_answers(store), len(store)
        assert graph.removesuffix("/graph") in {row[3] for row in answers(store, ["min_boards=1"], True)}
        assert any(quad.predicate.value == str(KG.boardCount) for quad in before)
        build(store, [str(SEED)], validate=False)  # built again: replaced, not doubled
        assert _summary(store, graph) == before and len(store) == size
        assert same_answers(store) == rows
        # an interrupted build's journal names the seed: reopening drops its graph and its summary
        (location / "journal.json").write_text(json.dumps({"graphs": [graph], "sources": [str(SEED)]}))
    with open_store(location, write=True) as store:
        assert store.recovered == [str(SEED)]
        assert graph not in store.graphs() and summary_graph(graph) not in store.graphs()
        assert same_answers(store) < rows
        filing = graph.removesuffix("/graph")
        assert filing not in {row[3] for row in answers(store, ["min_boards=1"], False)}
        build(store, [str(SEED)], validate=False)
        assert _summary(store, graph) == before and same_answers(store) == rows
