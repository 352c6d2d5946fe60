"""Curated SPARQL queries on the bundled filings: expected result tables, safe parameter
binding (pyoxigraph substitutions and VALUES blocks give the same answers), headers, CLI."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import build_bundled
from rdflib import Literal, URIRef

from kg.cli.query import query_command
from kg.graph import vocab
from kg.sparql.queries import (
    QueryError,
    bind_values,
    curated_queries,
    derived_names,
    echo_columns,
    find_query,
    format_result,
    hide_columns,
    parse_params,
    prepare,
    run_query,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory):
    """The bundled filings built into an on-disk store once for the session."""
    return build_bundled(tmp_path_factory, "query_store")


@pytest.fixture(scope="session")
def store(store_dir):
    from kg.graph.store import open_store
    with open_store(store_dir) as opened:
        yield opened


def table(store, name: str, columns: list[str], **params) -> list[tuple]:
    """The query's rows (params bound), as tuples of plain strings of the named columns."""
    query = find_query(name)
    result = run_query(store, query, parse_params(query, [f"{k}={v}" for k, v in params.items()]))
    index = [result.columns.index(column) for column in columns]
    return [tuple("" if row[i] is None else str(row[i]) for i in index) for row in result.rows]


def distinct(rows):
    return sorted(set(rows))


# ---- each curated query, expected tables ----------------------------------------------
def test_board_and_officers_of_smith_barney(store):
    rows = distinct(table(store, "board-and-officers", ["organization", "body", "person", "citizenship"],
                          organization_name="smith barney"))
    directors = ["Donna Marley", "Edmund Martinez", "Marianne Quinn", "Norman Nabhan", "Paul Hatch"]
    officers = ["Donna Marley", "Edmund Martinez", "Marianne Quinn"]
    org = "Smith Barney Corporate Trust Company"
    assert rows == sorted([(org, "Board of Directors", p, "USA") for p in directors]
                          + [(org, "Executive Officers", p, "USA") for p in officers])


def test_board_and_officers_keeps_two_tier_boards_apart(store):
    rows = distinct(table(store, "board-and-officers", ["body", "person", "citizenship", "citizenship_as_printed"],
                          organization_name="STMICRO"))
    assert ("Managing Board", "Pasquale Pistorio", "ITA", "Italian") in rows
    assert ("Supervisory Board", "Douglas Dunn", "GBR", "British") in rows
    assert ("Supervisory Board", "Tom de Waard", "NLD", "Dutch") in rows
    assert {body for body, *_ in rows} == {"Executive Officers", "Managing Board", "Supervisory Board"}


def test_people_by_citizenship(store):
    assert distinct(table(store, "people-by-citizenship", ["person", "citizenship", "listed_by"],
                          country_code="bra")) == [("Alain J. P. Belda", "BRA", "Citigroup Inc.")]
    mexican = distinct(table(store, "people-by-citizenship", ["person"], printed_citizenship="mexico"))
    assert mexican == [("Roberto Hernandez Ramirez",)]
    british = distinct(table(store, "people-by-citizenship", ["person"], country_code="GBR"))
    assert ("Douglas Dunn",) in british


def test_people_on_several_boards(store):
    rows = table(store, "people-on-several-boards", ["person", "boards", "organizations"], min_boards="4")
    people = {person: (int(boards), orgs) for person, boards, orgs in rows}
    assert set(people) == {"Alessandro Ovi", "Bruno Steve", "Douglas Dunn", "Robert M. White", "Francis Gavois"}
    assert people["Douglas Dunn"][0] == 4
    # "the boards of directors of FT1CI, Plastic Omnium and the Consortium de Realisation (CDR)": three, not two
    assert set(people["Francis Gavois"][1].split("; ")) == {
        "STMicroelectronics N.V.", "FT1CI", "Plastic Omnium", "Consortium de Realisation (CDR)"}
    assert set(people["Douglas Dunn"][1].split("; ")) == {"STMicroelectronics N.V.", "ARM plc", "Sendo plc", "MEDEA+"}
    # the default (two boards) finds more people, among them the Citigroup director who is an officer elsewhere
    assert len({r[0] for r in table(store, "people-on-several-boards", ["person"])}) > len(people)


def test_affiliations_of_a_person(store):
    rows = distinct(table(store, "affiliations-of-person", ["organization", "relation"], person_name="tom de waard"))
    assert ("BEST N.V.", "member of the Supervisory Board") in rows
    assert ("Clifford Chance LLP", "Managing Partner") in rows
    assert ("STMicroelectronics N.V.", "Supervisory Board") in rows


def test_holdings_over_time_across_dates_and_filings(store):
    rows = table(store, "holdings-over-time", ["as_of", "shares", "percent", "form", "amendment"],
                 filer_name="stmicroelectronics", issuer_name="8x8")
    assert rows == [("2003-12-30", "714400", "2.08", "SC 13D/A", "2"), ("2004-01-16", "714400", "2.08", "SC 13D/A", "2")]
    snowflake = table(store, "holdings-over-time", ["owner", "as_of", "form"], issuer_name="snowflake")
    dates = [(owner, as_of, form) for owner, as_of, form in snowflake]
    assert dates == sorted(dates)  # ordered by owner, then date
    assert {form for *_, form in dates} == {"3", "4", "5"}


def test_transactions_of_a_filer_with_totals(store):
    columns = ["row", "kind", "first_date", "transactions", "shares", "price"]
    rows = table(store, "transactions-of-filer", columns, filer_name="scarpelli",
                 from_date="2022-12-01", to_date="2022-12-31")
    details = [r for r in rows if r[0] == "transaction"]
    totals = {r[1]: r for r in rows if r[0] == "total"}
    assert len(details) == 6
    sales = [int(r[4]) for r in details if r[1] == "Sale"]
    assert sorted(sales) == [4441, 5496, 41986, 73170, 74907]
    assert totals["Sale"][3:5] == ("5", str(sum(sales)))
    assert totals["Exercise"][3:5] == ("1", "200000")
    assert rows[-1][0] == "total"  # each kind's details come before its total
    # the date range is honoured
    late = table(store, "transactions-of-filer", columns, filer_name="stmicro", from_date="2004-01-16")
    assert {r[2] for r in late} == {"2004-01-16"} and [r for r in late if r[0] == "total"][0][3] == "4"
    assert table(store, "transactions-of-filer", columns, filer_name="scarpelli", to_date="2022-01-01") == []


def test_reporting_persons_with_powers(store):
    rows = table(store, "reporting-persons", ["reporting_person", "type", "citizenship", "shares", "percent",
                                              "sole_voting", "shared_voting", "sole_dispositive",
                                              "shared_dispositive"], issuer_name="aadi")
    assert rows == [("BML Investment Partners, L.P.", "PN", "USA", "2100000", "8.5", "0", "2100000", "0", "2100000"),
                    ("Braden Michael Leonard", "IN", "USA", "2435000", "9.9", "335000", "2100000", "335000", "2100000")]
    cvr = table(store, "reporting-persons", ["reporting_person"], accession_number="0001104659-25-002604")
    assert len(cvr) == 6 and ("Carl C. Icahn",) in cvr


def test_filings_about_an_issuer(store):
    rows = table(store, "filings-about-issuer", ["issuer", "form", "event_date", "reporting_persons"],
                 issuer_name="snowflake")
    assert rows == [("Snowflake Inc.", "3", "2020-09-15", "1"), ("Snowflake Inc.", "5", "2022-01-31", "1"),
                    ("Snowflake Inc.", "4", "2022-12-13", "1")]
    by_cusip = table(store, "filings-about-issuer", ["issuer", "form", "amendment"], cusip="451100101")
    assert by_cusip == [("Icahn Enterprises L.P.", "SC 13D/A", "85")]


def test_data_quality_findings(store):
    rows = table(store, "data-quality-findings", ["code", "issuer", "message"], finding_code="percent-mismatch")
    assert rows and all(code == "percent-mismatch" for code, *_ in rows)
    assert any(issuer == "Icahn Enterprises L.P." and "High Coast Limited Partnership" in message
               for _, issuer, message in rows)
    every = table(store, "data-quality-findings", ["code"])
    assert {"cusip-mismatch", "percent-mismatch", "signature-date-before-event"} <= {code for (code,) in every}


def test_provenance_quotes_the_document_text(store):
    from kg.read.documents import load
    rows = table(store, "provenance-of-fact", ["about", "value", "start", "end", "quote", "printed"],
                 subject_name="douglas dunn", property=str(vocab.SCHEMA.name))
    assert rows and all(about == str(vocab.SCHEMA.name) and value == "Douglas Dunn" for about, value, *_ in rows)
    seed_text = load(DATA / "seed" / "000_1f89013551cd3d2c.txt").text
    start, end, quote = int(rows[0][2]), int(rows[0][3]), rows[0][4]
    assert quote == "Douglas Dunn"
    assert any(seed_text[int(s):int(e)] == q for _, _, s, e, q, _ in rows)
    assert start < end


def test_major_holders(store):
    rows = table(store, "major-holders", ["owner", "percent"], issuer_name="icahn", min_percent="50")
    assert rows == [("Carl C. Icahn", "87.28"), ("Little Meadow Corp.", "74.38"),
                    ("High Coast Limited Partnership", "62.38")]


def test_filings_lists_each_graph_once(store):
    rows = table(store, "filings", ["graph", "triples"])
    filing_graphs = store.filing_graphs()  # not the links graph of kg link, nor the filings' summary graphs
    assert sorted(g for g, _ in rows) == filing_graphs and all(g.endswith("/graph") for g in filing_graphs)
    in_filings = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                  'FILTER(CONTAINS(STR(?g), "/filing/") && STRENDS(STR(?g), "/graph")) }')
    assert sum(int(t) for _, t in rows) == int(in_filings.rows[0][0])
    assert {r for r in table(store, "filings", ["form"], form_type="SC 13G")} == {("SC 13G",)}


def test_same_person_across_filings_by_owl_same_as(store_dir, tmp_path):
    """The query on owl:sameAs statements written here by hand (kg/resolve.py makes them)."""
    import pyoxigraph as ox

    from kg.graph.store import open_store
    with open_store(store_dir) as source:
        copy = ox.Store()
        copy.load(source.oxigraph.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    nodes = [r[0] for r in copy.query(
        'SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p <http://schema.org/name> "Pasquale Pistorio" } }')]
    assert len(nodes) == 2  # the seed and its HTML re-layout
    canonical = ox.NamedNode(vocab.INSTANCE_BASE + "person/test-pistorio")
    links = ox.NamedNode(vocab.INSTANCE_BASE + "links/graph")
    for node in nodes:
        copy.add(ox.Quad(canonical, ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs"), node, links))
    rows = table(copy, "same-person-across-filings", ["canonical", "names", "filings"], person_name="pistorio")
    assert rows == [(canonical.value, "Pasquale Pistorio", "2")]
    assert table(copy, "same-person-across-filings", ["canonical"], person_name="nobody such") == []


def test_same_person_across_filings_after_linking(store_dir, tmp_path):
    pytest.importorskip("kg.link.resolve", reason="linking (kg/resolve.py) has not landed yet; "
                        "the query is tested on hand-written owl:sameAs above")
    from kg.cli.main import main
    if "link" not in main.commands:
        pytest.skip("kg/resolve.py exists but there is no `kg link` command yet")
    import shutil
    location = tmp_path / "store"
    shutil.copytree(store_dir, location)
    (location / "kg.lock").unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["link", "--store", str(location)])
    assert result.exit_code == 0, result.output
    from kg.graph.store import open_store
    with open_store(location) as linked:
        names = {r[0] for r in table(linked, "same-person-across-filings", ["names"])}
    assert any("Pasquale Pistorio" in n for n in names)


# ---- binding --------------------------------------------------------------------------
def test_every_curated_query_is_documented():
    queries = curated_queries()
    assert len(queries) >= 12
    for query in queries:
        assert query.title and query.question and query.example.startswith(f"kg query {query.name}"), query.name
        assert "Example output" in query.text, query.name
        for name in query.params:
            assert f"?{name}" in query.text.split("\nSELECT", 1)[-1], f"{query.name}: ?{name} unused"


def test_curated_queries_use_only_ontology_terms():
    declared = {}
    for prefix, holder in (("kg", vocab.KG), ("org", vocab.ORG), ("schema", vocab.SCHEMA), ("oa", vocab.OA)):
        declared[prefix] = {name for name in vars(holder) if not name.startswith("_")}
    for query in curated_queries():
        body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
        for prefix, local in re.findall(r"\b(kg|org|schema|oa):(\w+)", body):
            assert local in declared[prefix], f"{query.name}: {prefix}:{local} is not in the ontology"


@pytest.mark.parametrize("query", curated_queries(), ids=lambda q: q.name)
def test_values_binding_gives_the_same_answer_as_substitutions(store, query):
    """What a remote endpoint gets (a VALUES block) answers like the embedded store's substitutions."""
    examples = {"string": "a", "name": "a", "country": "ITA", "integer": "3", "decimal": "10", "date": "2004-01-14",
                "iri": str(vocab.SCHEMA.name)}
    samples = {"organization_name": "stmicro", "filer_name": "stmicro", "issuer_name": "8x8",
               "country_code": "ITA", "person_name": "dunn", "subject_name": "douglas dunn",
               "finding_code": "bad-value", "form_type": "SC 13D/A"}
    for name, param in query.params.items():
        bindings = {name: query.to_term(name, samples.get(name, examples[param.type]))}
        by_substitution = run_query(store, query, bindings)
        by_values = run_query(store, bind_values(*prepare(query, bindings)))  # what run_query sends a remote store
        hidden = [*query.params, *derived_names(query)]
        keep = [c for c in by_substitution.columns if c not in hidden]
        assert _concatenations_as_sets(hide_columns(by_substitution, hidden)) == \
            _concatenations_as_sets(hide_columns(by_values, hidden)), (query.name, name)
        assert hide_columns(by_values, hidden).columns == keep


def _concatenations_as_sets(result) -> list[str]:
    """The rows as text, a GROUP_CONCAT's parts ("a; b") as a sorted list: SPARQL gives them no
    order (the embedded store reads people-on-several-boards' from its summary graphs, sorted;
    the query as a remote store gets it, in the engine's order)."""
    return sorted(str([("; ".join(sorted(str(term).split("; "))) if term is not None and "; " in str(term) else str(term))
                       for term in row]) for row in result.rows)


def test_parameters_are_terms_not_text(store):
    query = find_query("board-and-officers")
    hostile = 'x")) } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER(("'
    bound = parse_params(query, [f"organization_name={hostile}"])
    assert bound == {"organization_name": Literal(hostile)}
    assert run_query(store, query, bound).rows == []
    text = bind_values(query.text, bound)
    assert text.count("DROP ALL") == 1 and '\\"' in text  # escaped inside one literal
    assert run_query(store, text).rows == []


def test_parameter_types_are_checked():
    from rdflib.namespace import XSD as _XSD
    query = find_query("transactions-of-filer")
    assert parse_params(query, ["from_date=2022-12-01"])["from_date"] == Literal("2022-12-01", datatype=_XSD.date)
    with pytest.raises(QueryError, match="not a valid date"):
        parse_params(query, ["from_date=yesterday"])
    with pytest.raises(QueryError, match="unknown parameter"):
        parse_params(query, ["no_such=1"])
    with pytest.raises(QueryError, match="not an IRI"):
        parse_params(find_query("provenance-of-fact"), ["subject=<bad> iri"])
    assert parse_params(find_query("provenance-of-fact"), ["subject=https://w3id.org/kg-sec/id/x"]) == \
        {"subject": URIRef("https://w3id.org/kg-sec/id/x")}


def test_values_block_goes_into_the_outer_where_group():
    text = '# WHERE { in a comment\nSELECT ?x WHERE { ?s <urn:a{b> "WHERE {" . { SELECT ?y WHERE { } } }'
    bound = bind_values(text, {"x": Literal(1)})
    assert bound.index("VALUES (?x)") == text.index('WHERE { ?s') + len("WHERE {") + 3


# ---- formats and CLI ------------------------------------------------------------------
def test_formats(store):
    query = find_query("major-holders")
    bound = parse_params(query, ["issuer_name=icahn", "min_percent=50"])
    result = hide_columns(run_query(store, query, bound), echo_columns(query, bound, run_query(store, query, bound)))
    import csv
    import io
    import json
    csv_rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert csv_rows[0][:3] == ["issuer", "owner", "percent"] and csv_rows[1][1] == "Carl C. Icahn"
    data = json.loads(format_result(result, "json"))
    assert data["results"]["bindings"][0]["percent"] == {
        "type": "literal", "value": "87.28", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].startswith("?issuer\t?owner") and '"Carl C. Icahn"' in tsv[1]
    text = format_result(result, "table")
    assert "Carl C. Icahn" in text and text.rstrip().endswith("(3 rows)")


def test_cli_query_by_name_and_by_file(store_dir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(query_command, ["major-holders", "--param", "issuer_name=icahn", "-p", "min_percent=80",
                                           "--format", "csv", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("issuer,owner,percent") and "min_percent" not in lines[0]
    assert len(lines) == 2 and "Carl C. Icahn" in lines[1]
    own = tmp_path / "count.rq"
    own.write_text("SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    result = runner.invoke(query_command, [str(own), "--format", "csv", "--store", str(store_dir)])
    assert result.exit_code == 0 and result.output.splitlines()[1] == str(len(list(BUNDLED_GRAPHS(store_dir))))
    result = runner.invoke(query_command, ["no-such-query", "--store", str(store_dir)])
    assert result.exit_code == 1 and "curated: " in result.output


def BUNDLED_GRAPHS(store_dir):
    from kg.graph.store import open_store
    with open_store(store_dir) as opened:
        return opened.graphs()


# ---- indexed look-ups ------------------------------------------------------------------
def test_a_bound_name_starts_from_its_key_and_an_unbound_one_adds_no_join():
    query = find_query("board-and-officers")
    unbound, _ = prepare(query, {})
    assert unbound == query.text  # as written: the look-up line is a comment
    assert all(line.lstrip().startswith("#") for line in unbound.splitlines() if "kg:nameKey" in line)
    bound, bindings = prepare(query, parse_params(query, ["organization_name=STMicro"]))
    line = next(line for line in bound.splitlines() if "kg:nameKey" in line)
    assert line.strip().startswith('VALUES (?organization_name_key ?organization_name) { ("stmicr" "STMicro") }')
    before, _ = prepare(query, parse_params(query, ["organization_name=STMicro"]), key_lengths=(3,))
    assert '("stm" "STMicro")' in before  # a store written before the longer keys
    assert set(bindings) == {"organization_name"}  # the key lives in the VALUES only
    country = find_query("people-by-citizenship")
    text, _ = prepare(country, parse_params(country, ["country_code=ita"]))
    assert "<http://publications.europa.eu/resource/authority/country/ITA>" in text


def test_names_are_found_by_words_and_their_beginnings_not_by_pieces_inside_words(store):
    columns = ["organization"]
    for words in ("stmicro", "STMicroelectronics", "stmicroelectronics n.v."):
        assert {r[0] for r in table(store, "board-and-officers", columns, organization_name=words)} == \
            {"STMicroelectronics N.V."}
    assert table(store, "board-and-officers", columns, organization_name="microelectronics") == []
    assert table(store, "board-and-officers", columns, organization_name="st") == []  # shorter than a key
    assert {r[0] for r in table(store, "affiliations-of-person", ["person"], person_name="de waard")} == \
        {"Tom de Waard"}


NARROW_CASES = [("board-and-officers", ["organization_name=stmicro"]), ("board-and-officers", ["organization_name=zzqx"]),
                ("derivative-positions", ["owner_name=scarpelli"]), ("derivative-positions", ["issuer_name=snowflake"]),
                ("derivative-positions", ["owner_name=mic", "issuer_name=snow"]),
                ("insider-trades", ["issuer_name=snowflake", "kind=open-market-sale"]),
                ("insider-trades", ["owner_name=melkote"]), ("people-on-several-boards", ["person_name=dunn"]),
                ("people-on-several-boards", ["person_name=ovi", "min_boards=3"]),
                ("reporting-persons", ["accession_number=0001104659-25-002604"]),
                ("provenance-of-fact", ["subject_name=douglas dunn", f"property={vocab.SCHEMA.name}"])]


@pytest.mark.parametrize("name,params", NARROW_CASES)
def test_a_query_narrowed_to_the_graphs_of_a_name_answers_like_the_whole_store(store, name, params):
    """`Narrowed by:` runs the query on the graphs holding the bound name (or term) alone: the
    same rows as the query scanning every graph (the lines after `# if` left as comments)."""
    query = find_query(name)
    assert query.narrow
    expected = _narrowed_like_the_whole_store(store, query, parse_params(query, params))
    assert ("zzqx" in params[0]) == (expected == [])
    if name == "provenance-of-fact":  # bound to the node itself
        result = run_query(store, query, parse_params(query, params))
        subject = str(result.rows[0][result.columns.index("subject")])
        assert _narrowed_like_the_whole_store(store, query, parse_params(query, [f"subject={subject}"]))


def _narrowed_like_the_whole_store(store, query, bindings) -> list:
    import pyoxigraph as ox

    from kg.sparql.narrow import narrowed_graphs
    from kg.sparql.queries import oxigraph_result, to_oxigraph
    graphs = narrowed_graphs(store.oxigraph, query, bindings)
    assert graphs is not None and len(graphs) < len(store.graphs())
    scan = store.oxigraph.query(query.text, use_default_graph_as_union=True,
                                substitutions={ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()})
    expected = sorted(map(str, oxigraph_result(scan).rows))
    assert sorted(map(str, run_query(store, query, bindings).rows)) == expected
    return expected


def test_optional_parts_evaluated_per_row_give_the_same_answers(store):
    """lateral(): each OPTIONAL evaluated with the row's values (Oxigraph's LATERAL) answers
    like the plain OPTIONAL, for every curated query that is not an aggregate of text."""
    from kg.sparql.narrow import CONCAT, lateral
    from kg.sparql.queries import oxigraph_result
    compared = 0
    for query in curated_queries():
        if CONCAT.search(query.text) or "OPTIONAL" not in query.text:
            continue
        text = lateral(query.text)
        assert text.count("LATERAL { OPTIONAL {") == query.text.count("OPTIONAL {")
        plain = oxigraph_result(store.oxigraph.query(query.text, use_default_graph_as_union=True))
        per_row = oxigraph_result(store.oxigraph.query(text, use_default_graph_as_union=True))
        assert sorted(map(str, plain.rows)) == sorted(map(str, per_row.rows)), query.name
        compared += 1
    assert compared >= 8


def test_canonical_entities_have_name_keys_and_are_found_by_them(tmp_path):
    from kg.batch import expand_inputs
    from kg.graph.search import name_keys
    from kg.graph.store import build, open_store
    from kg.link.update import update_links
    with open_store(tmp_path / "store", write=True) as linked:
        build(linked, expand_inputs([str(Path(__file__).parent.parent / "examples" / "filings")]), validate=False)
        update_links(linked, "")
        rows = table(linked, "entities", ["entity", "names", "filings"], entity_name="icahn")
        assert rows and all("icahn" in names.lower() for _, names, _ in rows)
        assert ("Carl C. Icahn", "2") in {(names, filings) for _, names, filings in rows}
        keys = {str(row["key"].value) for row in linked.oxigraph.query(
            f"SELECT ?key WHERE {{ GRAPH <{vocab.INSTANCE_BASE}graph/links> {{ ?e <{vocab.SCHEMA.name}> "
            f"\"Carl C. Icahn\" ; <{vocab.KG.nameKey}> ?key }} }}")}
        assert set(name_keys("Carl C. Icahn")) <= keys


def test_a_store_written_before_the_longer_keys_is_searched_by_the_keys_it_has(tmp_path):
    """A store whose marker names no key lengths has the three-character keys alone: bound
    names are looked up by those, with the answers of a store that has every key."""
    import json

    from kg.batch import expand_inputs
    from kg.graph.store import build, open_store
    folder = tmp_path / "store"
    with open_store(folder, write=True) as built:
        build(built, expand_inputs([str(Path(__file__).parent.parent / "examples" / "filings")]), validate=False)
    columns, bound = ["owner", "percent"], {"issuer_name": "icahn", "min_percent": "50"}
    with open_store(folder) as opened:
        assert opened.key_lengths == (3, 4, 6, 9)
        expected = table(opened, "major-holders", columns, **bound)
    assert ("Carl C. Icahn", "87.28") in expected
    marker = folder / "kg-store.json"
    marker.write_text(json.dumps({k: v for k, v in json.loads(marker.read_text()).items() if k != "name_keys"}))
    with open_store(folder, write=True) as older:  # as the mapping wrote them before: the first three characters
        older.oxigraph.update(f"DELETE {{ GRAPH ?g {{ ?n <{vocab.KG.nameKey}> ?k }} }} WHERE {{ GRAPH ?g {{ "
                              f"?n <{vocab.KG.nameKey}> ?k FILTER(STRLEN(?k) > 3) }} }}")
    with open_store(folder) as opened:
        assert opened.key_lengths == (3,)
        assert table(opened, "major-holders", columns, **bound) == expected
