"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint, tested with real clients
(SPARQLWrapper, rdflib's SPARQLStore) on the bundled filings."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import build_bundled

from kg.sparql.queries import find_query, parse_params, prepare, run_query
from kg.sparql.serve import make_server, negotiate

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")


@pytest.fixture(scope="module")
def endpoint(store):
    server = make_server(store, "127.0.0.1", 0, timeout=10, max_results=2000)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.graph.store import open_store

    location = build_bundled(tmp_path_factory, "serve_store")
    with open_store(location) as reader:
        yield reader


def post(url: str, data: bytes, content_type: str, accept: str = "*/*") -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": content_type, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_sparqlwrapper_gets_a_curated_query_answer_in_each_format(endpoint, store):
    from SPARQLWrapper import CSV, JSON, POST, TSV, XML
    query = find_query("major-holders")
    local = run_query(store, query, parse_params(query, ["min_percent=50"]))
    text = prepare(query, {})[0].replace("COALESCE(?min_percent, 5)", "50")  # the text kg sends a remote store
    client = SPARQLWrapper.SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(text)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["owner"]["value"] for b in bindings] == [str(row[local.columns.index("owner")]) for row in local.rows]
    assert bindings[0]["percent"]["datatype"].endswith("#decimal")
    client.setMethod(POST)
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == len(local.rows)
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines()[0].startswith("issuer,owner,percent")
    client.setReturnFormat(TSV)
    assert client.query().convert().decode().splitlines()[0].startswith("?issuer\t?owner")


def test_sparqlwrapper_construct_and_ask(endpoint, store):
    from SPARQLWrapper import JSON, TURTLE
    client = SPARQLWrapper.SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery("CONSTRUCT { ?f a <https://w3id.org/kg-sec/ontology#Filing> } "
                    "WHERE { GRAPH ?g { ?f a <https://w3id.org/kg-sec/ontology#Filing> } }")
    client.setReturnFormat(TURTLE)
    from rdflib import Graph
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    local = run_query(store, "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?f a <https://w3id.org/kg-sec/ontology#Filing> } }")
    assert len(graph) == len(local.rows) >= len(store.graphs())
    client.setQuery("ASK { GRAPH ?g { ?s <http://schema.org/name> \"Carl C. Icahn\" } }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint, store):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    graph = Graph(store=SPARQLStore(f"{endpoint}/sparql"))
    rows = list(graph.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert int(rows[0][0]) == len(store)
    names = {str(r[0]) for r in graph.query(
        "SELECT ?n WHERE { ?s a <http://schema.org/Person> ; <http://schema.org/name> ?n }")}
    assert "Pasquale Pistorio" in names


def test_updates_are_refused(endpoint, store):
    before = len(store)
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = post(f"{endpoint}/sparql", update.encode(), "application/sparql-update")
    assert status == 403 and b"read-only" in body
    status, _, _ = post(f"{endpoint}/sparql", urllib.parse.urlencode({"update": update}).encode(),
                        "application/x-www-form-urlencoded")
    assert status == 403
    status, _, body = post(f"{endpoint}/sparql", update.encode(), "application/sparql-query")
    assert status == 400
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
    with pytest.raises(urllib.error.HTTPError, match="403"):
        SPARQLUpdateStore(f"{endpoint}/sparql", f"{endpoint}/sparql").update(update)
    assert len(store) == before


def test_result_cap_and_bad_requests(endpoint):
    status, _, body = post(f"{endpoint}/sparql", b"SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
                           "application/sparql-query")
    assert status == 413 and b"more than 2000" in body
    status, _, _ = post(f"{endpoint}/sparql", b"SELECT * WHERE {", "application/sparql-query")
    assert status == 400
    status, _, _ = post(f"{endpoint}/sparql", b"x", "text/plain")
    assert status == 415


def test_query_page(endpoint):
    url = f"{endpoint}/?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/Person> }"})
    with urllib.request.urlopen(url, timeout=30) as response:
        page = response.read().decode()
    assert "<textarea" in page and "(1 row)" in page


def test_timeout_answers_503(store):
    server = make_server(store, "127.0.0.1", 0, timeout=0.2)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"  # about a second of work: 5 times the timeout
    slow = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a {derived} ?c }} GRAPH ?h {{ ?d {derived} ?f }} "
            "FILTER(STR(?a) < STR(?d)) }")
    try:
        status, _, body = post(f"http://127.0.0.1:{server.server_address[1]}/sparql", slow.encode(),
                               "application/sparql-query")
    finally:
        server.shutdown()
        server.server_close()
    assert status == 503 and b"longer than" in body


def test_content_negotiation():
    offers = {"application/sparql-results+json": 1, "text/csv": 1}
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", offers, "x") == "application/sparql-results+json"
    assert negotiate("text/csv", offers, "application/sparql-results+json") == "text/csv"
    assert negotiate("*/*", offers, "application/sparql-results+json") == "application/sparql-results+json"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_kg_serve_binds_loopback_by_default(store):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", store.location, "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert f"http://127.0.0.1:{port}/sparql" in line
        deadline = time.time() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=5) as r:
                    assert r.status == 200
                    break
            except urllib.error.URLError:
                assert time.time() < deadline
                time.sleep(0.2)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True, check=False)
        if listening.returncode == 0:
            local_addresses = [line.split()[3] for line in listening.stdout.splitlines()]
            assert local_addresses == [f"127.0.0.1:{port}"]
    finally:
        process.terminate()
        process.wait(timeout=20)


# ---- the pages for people, in headless Chromium ---------------------------------------------
@pytest.fixture(scope="module")
def pages(store):
    from kg.export.exporter import select
    from kg.export.html import html_page

    viewer = html_page(select(store.oxigraph)).encode("utf-8")
    server = make_server(store, "127.0.0.1", 0, timeout=20, max_results=5000, viewer=lambda: viewer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_questions_are_forms_with_their_parameters(pages):
    import re

    from conftest import run_chromium

    from kg.sparql.queries import curated_queries
    dom = run_chromium(f"{pages}/", "--dump-dom")
    for query in curated_queries():
        form = re.search(rf'<details id="q-{re.escape(query.name)}".*?</details>', dom, re.DOTALL)
        assert form, query.name
        names = set(re.findall(r'<input name="(\w+)"', form.group(0)))
        assert names == set(query.params), query.name
    assert 'href="/viewer"' in dom and "<textarea" in dom


def test_an_answer_is_a_table_with_links_and_downloads(pages, store):
    import csv
    import io
    import re

    from conftest import run_chromium
    form = {"name": "major-holders", "issuer_name": "icahn", "min_percent": "50"}  # as the browser submits it
    dom = run_chromium(f"{pages}/ask?" + urllib.parse.urlencode(form), "--dump-dom")
    table = re.search(r'<table class="result">.*?</table>', dom, re.DOTALL).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)[1:]
    query = find_query("major-holders")
    local = run_query(store, query, parse_params(query, ["issuer_name=icahn", "min_percent=50"]))
    assert len(rows) == len(local.rows) and "Carl C. Icahn" in table
    assert all('href="/entity?iri=' in row for row in rows)  # each row's filing IRI links to its page
    link = re.search(r'href="(/ask\?[^"]*format=csv)"', dom).group(1).replace("&amp;", "&")
    with urllib.request.urlopen(pages + link, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        downloaded = list(csv.DictReader(io.StringIO(response.read().decode())))
    assert [r["owner"] for r in downloaded] == [str(r[local.columns.index("owner")]) for r in local.rows]
    assert "^^" not in str(downloaded)


def test_an_entity_page_shows_names_filings_quotes_and_connections(pages, store):
    import re

    from conftest import run_chromium
    found = run_query(store, 'SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p <http://schema.org/name> "Carl C. Icahn" } }')
    iri = str(found.rows[0][0])
    dom = run_chromium(f"{pages}/entity?" + urllib.parse.urlencode({"iri": iri}), "--dump-dom")
    assert re.search(r'<h2 id="entity-name">Carl C. Icahn</h2>', dom)
    filings, quotes, connections = (dom.split(f"<h3>{h}</h3>")[1] for h in ("Filings", "Quoted text", "Connections"))
    assert re.search(r"<td>[^<]*icahn[^<]*\.(xml|txt)</td>", filings)  # the source file of a filing naming him
    assert "<q>Carl C. Icahn</q>" in quotes
    assert connections.count('href="/entity?iri=') >= 2
    viewer_link = re.search(r'href="(/viewer#search=[^"]+)"', dom).group(1)
    viewer = run_chromium(pages + viewer_link, "--dump-dom")
    assert re.search(r'<h2 id="selected-name"[^>]*>Carl C. Icahn</h2>', viewer)
