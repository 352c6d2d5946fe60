"""Graph exports: the projection's counts against the seed's records, read-back by networkx
and igraph, filters, sameAs collapse, FtM, BODS (libcovebods) and the HTML viewer in
headless Chromium."""
from __future__ import annotations

import inspect
import json
import re

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import DATA, SEED, run_chromium

import kg
from kg.errors import InputError
from kg.export.exporter import export, parse_filter, select
from kg.export.graph import project
from kg.graph.mapping_base import name_key
from kg.graph.ontology import edge_classes
from kg.graph.store import build, open_store
from kg.graph.vocab import ORG

XML = sorted((DATA / "xml").glob("*.xml"))[:3]


@pytest.fixture(scope="module")
def store():
    with open_store("memory") as opened:
        report = build(opened, [str(SEED), *map(str, XML)], validate=False)
        assert report.failed == []
        yield opened.oxigraph


@pytest.fixture(scope="module")
def seed_records():
    return kg.extract(SEED)


def expected_seed_counts(filing) -> dict:
    """Nodes by type and edges by label, from the seed's records and the ontology's edges."""
    keys = lambda names: {name_key(n) for n in names if n}
    people = keys([p.name for p in filing.people] + [s.name for s in filing.signatures])
    orgs = keys([filing.issuer.name] + [rp.name for rp in filing.reporting_persons if rp.type == ["CO"]]
                + [p.organization for p in filing.people]
                + [a.organization for p in filing.people for a in p.affiliations]
                + [s.on_behalf_of for s in filing.signatures]) - people
    boards = {body for p in filing.people for body in p.bodies}
    posts = {(p.name, position) for p in filing.people for position in p.positions}
    owners = keys([rp.name for rp in filing.reporting_persons if rp.aggregate_amount is not None]
                  + [h.person for h in filing.holdings])
    parties = keys([t.person for t in filing.transactions])
    post_is_edge = ORG.Post in edge_classes()  # posts are nodes while the ontology does not make them edges
    nodes = {"person": len(people), "organization": len(orgs), "organizational unit": len(boards),
             "class of securities": 1}
    edges = {"member of": sum(len(p.bodies) for p in filing.people)
             + len({(p.name, a.organization) for p in filing.people for a in p.affiliations if a.organization}),
             "unit of": len(boards), "owns": len(owners), "traded": len(parties), "issued by": 1,
             "signed for": len({(s.name, s.on_behalf_of) for s in filing.signatures})}
    if post_is_edge:
        edges[edge_classes()[ORG.Post][2]] = len(posts)
    else:
        nodes["post"] = len(posts)
        edges["holds"] = edges["post in"] = len(posts)
    return {"nodes": nodes, "edges": edges}


def counts(graph: nx.MultiDiGraph) -> dict:
    nodes, edges = {}, {}
    for _, data in graph.nodes(data=True):
        nodes[data["type"]] = nodes.get(data["type"], 0) + 1
    for _, _, data in graph.edges(data=True):
        edges[data["label"]] = edges.get(data["label"], 0) + 1
    return {"nodes": nodes, "edges": edges}


def test_seed_projection_matches_its_records(store, seed_records):
    graph = select(store, filing=SEED.name)
    expected = expected_seed_counts(seed_records)
    assert counts(graph) == expected
    assert len(seed_records.people) == 26
    traded = [data for _, _, data in graph.edges(data=True) if data["label"] == "traded"]
    assert traded[0]["count"] == len(seed_records.transactions)
    dates = sorted(t.date for t in seed_records.transactions)
    assert (traded[0]["first_date"], traded[0]["last_date"]) == (dates[0], dates[-1])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_by_networkx_and_igraph(store, seed_records, tmp_path, fmt):
    import igraph

    expected = expected_seed_counts(seed_records)
    n_nodes, n_edges = sum(expected["nodes"].values()), sum(expected["edges"].values())
    path = tmp_path / f"seed.{fmt}"
    export(store, fmt, path, filing=SEED.name)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (n_nodes, n_edges)
    labels = {data["label"] for _, data in back.nodes(data=True)}
    assert {p.name for p in seed_records.people} <= labels
    ig = igraph.Graph.Read_GraphML(str(path)) if fmt == "graphml" else igraph.Graph.from_networkx(back)
    assert (ig.vcount(), ig.ecount()) == (n_nodes, n_edges)
    assert sorted(ig.vs["type"]).count("person") == expected["nodes"]["person"]


def test_filters_narrow_the_graph(store, seed_records):
    whole = select(store)
    one = select(store, organization="STMicroelectronics N.V.", depth=0)
    assert [data["label"] for _, data in one.nodes(data=True)] == ["STMicroelectronics N.V."]
    around = select(store, organization="STMicroelectronics N.V.", depth=2)
    labels = {data["label"] for _, data in around.nodes(data=True)}
    assert {p.name for p in seed_records.people} <= labels  # person -> board -> company
    assert around.number_of_nodes() < whole.number_of_nodes()
    person = select(store, person="tom de waard", depth=1)
    assert {"Tom de Waard", "Clifford Chance LLP", "Supervisory Board"} <= {d["label"] for _, d in person.nodes(data=True)}
    with pytest.raises(InputError):
        select(store, person="Nobody Atall")
    with pytest.raises(InputError):
        select(store, filing="0000000000-00-000000")
    assert parse_filter("organization=8x8, Inc.") == {"organization": "8x8, Inc."}
    with pytest.raises(InputError):
        parse_filter("issuer=8x8")


def test_same_as_links_collapse_mentions(store):
    graph = project(store)
    people = sorted(n for n, d in graph.nodes(data=True) if d["label"] in ("Tom de Waard", "Douglas Dunn"))
    linked = ox.Store()
    linked.extend(store.quads_for_pattern(None, None, None, None))
    canonical = ox.NamedNode("https://w3id.org/kg-sec/id/entity/test-person")
    links = ox.NamedNode("https://w3id.org/kg-sec/id/links/graph")
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    linked.add(ox.Quad(canonical, same_as, ox.NamedNode(people[0]), links))  # as kg resolve writes it
    linked.add(ox.Quad(ox.NamedNode(people[1]), same_as, canonical, links))  # owl:sameAs is symmetric
    collapsed = project(linked)
    assert collapsed.number_of_nodes() == graph.number_of_nodes() - 1
    node = collapsed.nodes[canonical.value]
    assert node["mentions"] == people and node["type"] == "person"
    links_before = {("out", v, k) for p in people for _, v, k in graph.out_edges(p, keys=True)} | \
                   {("in", u, k) for p in people for u, _, k in graph.in_edges(p, keys=True)}
    assert collapsed.degree(canonical.value) == len(links_before)  # shared edges (one board) aggregate
    board = [d for _, _, d in collapsed.out_edges(canonical.value, data=True) if d["label"] == "member of"
             and d.get("role") == "member of the supervisory board"]
    assert board and board[0]["count"] == 2


def test_cytoscape_evidence_quotes_the_filing(store, tmp_path):
    path = tmp_path / "seed.cyjs"
    graph = export(store, "cytoscape", path, filing=SEED.name)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == graph.number_of_nodes()
    assert len(data["elements"]["edges"]) == graph.number_of_edges()
    text = kg.read.documents.load(str(SEED)).text
    tom = next(n["data"] for n in data["elements"]["nodes"] if n["data"]["name"] == "Tom de Waard")
    quotes = [e for e in tom["evidence"] if e["about"] == "name"]
    assert quotes and all(text[e["start"]:e["start"] + len(e["quote"])] == e["quote"] for e in quotes)


def test_ftm_entities_load_with_the_followthemoney_model(store, seed_records, tmp_path):
    from followthemoney import model

    path = tmp_path / "seed.ftm.jsonl"
    export(store, "ftm", path, filing=SEED.name)
    entities = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_schema = {}
    for entity in entities:
        proxy = model.get_proxy(entity, cleaned=False)
        for prop, values in entity["properties"].items():
            assert len(proxy.get(prop)) == len(values), (entity["schema"], prop, values)
        by_schema[proxy.schema.name] = by_schema.get(proxy.schema.name, 0) + 1
    expected = expected_seed_counts(seed_records)
    assert by_schema["Person"] == expected["nodes"]["person"]
    boards = sum(1 for p in seed_records.people for b in p.bodies if b in ("supervisory board", "managing board"))
    assert by_schema["Directorship"] == boards
    assert by_schema["Ownership"] == expected["edges"]["owns"]


def test_bods_passes_libcovebods(store, tmp_path):
    import libcovebods.config
    import libcovebods.data_reader
    import libcovebods.jsonschemavalidate
    import libcovebods.run_tasks
    import libcovebods.schema

    path = tmp_path / "all.bods.json"
    export(store, "bods", path)
    statements = json.loads(path.read_text(encoding="utf-8"))
    assert {s["recordType"] for s in statements} == {"person", "entity", "relationship"}
    reader = libcovebods.data_reader.DataReader(str(path))
    config = libcovebods.config.LibCoveBODSConfig()
    schema = libcovebods.schema.SchemaBODS(reader, config)
    assert schema.schema_version == "0.4"
    errors = libcovebods.jsonschemavalidate.JSONSchemaValidator(schema).validate(reader)
    assert [error.json() for error in errors] == []
    # Two checks download the org-id.guide list of identifier schemes: no network here.
    offline = [task for task in libcovebods.run_tasks.TASK_CLASSES
               if "get_orgids_prefixes" not in inspect.getsource(task)]
    assert len(offline) == len(libcovebods.run_tasks.TASK_CLASSES) - 2
    output = libcovebods.run_tasks.process_additional_checks(reader, config, schema, offline)
    assert output["additional_checks"] == []


# ---- the HTML viewer in headless Chromium -----------------------------------------
def test_html_viewer_renders_and_searches(store, tmp_path):
    path = tmp_path / "seed.html"
    graph = export(store, "html", path, filing=SEED.name)
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page), "the page must not load anything"
    dom = run_chromium(path.as_uri() + "#search=Tom%20de%20Waard", "--dump-dom")
    drawn = re.search(r'data-drawn-nodes="(\d+)"', dom)
    painted = re.search(r'data-painted-pixels="(\d+)"', dom)
    assert drawn and int(drawn.group(1)) == graph.number_of_nodes()
    assert painted and int(painted.group(1)) > 5000
    selected = re.search(r'<h2 id="selected-name"[^>]*>([^<]*)</h2>', dom)
    assert selected and selected.group(1) == "Tom de Waard"
    panel = dom[selected.end():]
    assert f'data-filing="{SEED.name}"' in panel and "<q>Tom de Waard</q>" in panel


# ---- the demo filings: Cypher into Kùzu, GEXF time spans, names, holdings of nothing ------
EXAMPLES = DATA.parent.parent / "examples" / "filings"


@pytest.fixture(scope="module")
def demo_store():
    with open_store("memory") as opened:
        report = build(opened, [str(p) for p in sorted(EXAMPLES.iterdir())], validate=False)
        assert report.failed == []
        from kg.link.update import update_links
        update_links(opened, None)
        yield opened


def test_cypher_export_loads_into_kuzu_and_answers(demo_store, tmp_path, monkeypatch):
    kuzu = pytest.importorskip("kuzu")
    from kg.sparql.queries import find_query, parse_params, run_query

    folder = tmp_path / "neo4j"
    graph = export(demo_store.oxigraph, "cypher", folder)
    assert (folder / "neo4j-admin-import.sh").read_text().count("--nodes=") == len(list(folder.glob("nodes_*.csv")))
    monkeypatch.chdir(folder)  # the script's paths are relative to its folder
    connection = kuzu.Connection(kuzu.Database(str(tmp_path / "kuzu.db")))
    script = (folder / "kuzu.cypher").read_text(encoding="utf-8")
    for statement in script.split(";\n"):
        statement = "\n".join(line for line in statement.splitlines() if not line.startswith("//")).strip()
        if statement:
            connection.execute(statement)
    counted = connection.execute("MATCH (n) RETURN count(n)").get_next()[0]
    assert counted == graph.number_of_nodes()
    answer = connection.execute("MATCH (o)-[r:OWNS]->(i:Organization) WHERE r.percentOfClass > 50 "
                                "RETURN o.name, i.name, r.percentOfClass")
    rows = set()
    while answer.has_next():
        owner, issuer, percent = answer.get_next()
        rows.add((owner, issuer, round(percent, 2)))
    query = find_query("major-holders")
    expected = run_query(demo_store, query, parse_params(query, ["min_percent=50.01"]))
    cols = [expected.columns.index(c) for c in ("owner", "issuer", "percent")]
    assert rows == {(str(r[cols[0]]), str(r[cols[1]]), round(float(r[cols[2]]), 2)) for r in expected.rows}
    assert ("Carl C. Icahn", "Icahn Enterprises L.P.", 87.28) in rows


def test_gexf_has_time_spans(demo_store, tmp_path):
    path = tmp_path / "demo.gexf"
    export(demo_store.oxigraph, "gexf", path)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    back = nx.read_gexf(path)
    traded = [d for u, v, d in back.edges(data=True) if d["label"] == "traded"
              and back.nodes[u]["label"] == "Michael Scarpelli"]
    assert traded and traded[0]["start"] == "2022-12-13" and traded[0]["end"] == "2022-12-13"
    icahn = next(d for _, d in back.nodes(data=True) if d["label"] == "Carl C. Icahn")
    assert icahn["start"] < icahn["end"]  # named in a 2025 and a 2026 filing


def test_every_node_has_a_name_and_nothing_owns_zero_shares(demo_store):
    graph = select(demo_store.oxigraph)
    for node, data in graph.nodes(data=True):
        label = data["label"]
        assert label and not re.fullmatch(r"[0-9a-f]{64}|\d{10}-\d{2}-\d{6}", label), (node, label)
    names = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"Michael Scarpelli", "Mark Garrett"} <= names and "Scarpelli Michael" not in names
    owns = [(graph.nodes[u]["label"], d) for u, v, d in graph.edges(data=True) if d["label"] == "owns"]
    assert owns and all(d.get("shares") != 0 for _, d in owns)
    assert "Millennium Management LLC" not in {owner for owner, _ in owns}  # it reports 0 shares of Livent
    from kg.export.ftm import ftm_entities
    ownerships = [e for e in ftm_entities(graph) if e["schema"] == "Ownership"]
    assert ownerships and all(e["properties"].get("percentage") != ["0.0"] for e in ownerships)


def test_viewer_colours_are_fixed_by_kind(demo_store, store):
    from kg.export.html import page_data
    one, other = page_data(select(demo_store.oxigraph)), page_data(select(store, filing=SEED.name))
    shared = set(one["colors"]) & set(other["colors"])
    assert {"person", "organization"} <= shared and all(one["colors"][k] == other["colors"][k] for k in shared)


@pytest.mark.parametrize("printed", ["Michael Scarpelli", "Scarpelli Michael", "SCARPELLI, MICHAEL",
                                     "M. Scarpelli"])
def test_viewer_finds_any_printed_form_and_labels_do_not_overlap(demo_store, tmp_path, printed):
    path = tmp_path / "demo.html"
    export(demo_store.oxigraph, "html", path)
    from urllib.parse import quote
    dom = run_chromium(path.as_uri() + "#search=" + quote(printed), "--dump-dom")
    selected = re.search(r'<h2 id="selected-name"[^>]*>([^<]*)</h2>', dom)
    assert selected and selected.group(1) == "Michael Scarpelli", printed
    in_view = re.search(r'data-nodes-in-view="(\d+)"', dom)
    overlaps = re.search(r'data-label-overlaps="(-?\d+)"', dom)
    assert in_view and int(in_view.group(1)) >= 5
    assert overlaps and overlaps.group(1) == "0"
