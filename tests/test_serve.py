"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint, tested with real clients
(SPARQLWrapper, rdflib's SPARQLStore) on the bundled filings."""
from __future__ import annotations

import http.server
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
    assert len(graph) == len(local.rows) >= len(store.filing_graphs())
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


def test_a_question_read_from_the_board_rows_answers_as_the_store(pages, store):
    """people-on-several-boards with min_boards alone reads the summaries' board rows on a
    store that has them (kg.graph.summary), in the endpoint's worker: the page unpacks and
    orders them, and its CSV is the embedded store's answer, row by row."""
    import csv
    import io

    from kg.sparql.binding import prepare
    assert store.board_rows and "kg:boardRow" in prepare(find_query("people-on-several-boards"), {}, (3,), True, True)[0]
    for params in ({"min_boards": "4"}, {"min_boards": "1"}, {}):
        form = {"name": "people-on-several-boards", **params, "format": "csv"}
        with urllib.request.urlopen(f"{pages}/ask?" + urllib.parse.urlencode(form), timeout=30) as response:
            served = list(csv.reader(io.StringIO(response.read().decode())))
        query = find_query("people-on-several-boards")
        local = run_query(store, query, parse_params(query, [f"{k}={v}" for k, v in params.items()]))
        keep = [local.columns.index(name) for name in ("person", "boards", "organizations", "filing")]
        assert served[0] == ["person", "boards", "organizations", "filing"], params
        assert served[1:] == [[str(row[i]) for i in keep] for row in local.rows] and len(served) > 2, params


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


# ---- hostile requests: the endpoint answers each with a well-formed error and lives on ---------
def raw_request(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Bytes sent as they are; the first line of the answer (b'' when the server closed without one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except socket.timeout:
            pass
    return answer.split(b"\r\n", 1)[0]


def get(base: str, query: str, **params) -> tuple[int, bytes, dict]:
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


TRIVIAL = "ASK {}"


def test_deep_nesting_is_refused_before_parsing(endpoint):
    for query in ("SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000,
                  "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }"):
        status, body, _ = get(endpoint, query)
        assert status == 400 and b"deeper than" in body
    status, _, body = post(f"{endpoint}/sparql", ("SELECT * WHERE { ?s ?p ?o FILTER(" + "||".join(
        ["?o = 1"] * 5000) + ") }").encode(), "application/sparql-query")
    assert status == 400 and b"operators" in body
    assert get(endpoint, TRIVIAL)[0] == 200


def test_service_is_refused_unless_allowed(endpoint, store):
    hits = []

    class Listener(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    listener = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{listener.server_address[1]}/sparql"
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ ?a ?b ?c .SERVICE SILENT <{target}> {{ ?s ?p ?o }} }} LIMIT 1",
                      f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"PREFIX e: <{target[:-6]}> SELECT * WHERE {{ SERVICE e:sparql {{ ?s ?p ?o }} }}"):
            status, body, _ = get(endpoint, query)
            assert status in (400, 403), (query, status, body)
        assert hits == []
        allowed = make_server(store, "127.0.0.1", 0, workers=1, services=(target,))
        threading.Thread(target=allowed.serve_forever, daemon=True).start()
        try:
            status, _, _ = get(f"http://127.0.0.1:{allowed.server_address[1]}",
                               f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
            assert status == 200 and len(hits) == 1
            status, _, _ = get(f"http://127.0.0.1:{allowed.server_address[1]}",
                               f"SELECT * WHERE {{ SERVICE <{target}/other> {{ ?s ?p ?o }} }}")
            assert status == 403 and len(hits) == 1
        finally:
            allowed.shutdown()
            allowed.server_close()
    finally:
        listener.shutdown()
        listener.server_close()


def test_bad_requests_get_well_formed_errors(endpoint):
    port = int(endpoint.rsplit(":", 1)[1])
    query = b"ASK {}"
    for headers, expected in ((b"Content-Length: abc\r\n", b" 400 "), (b"Content-Length: -1\r\n", b" 400 "),
                              (b"Content-Length: 99999999999\r\n", b" 413 "), (b"", b" 411 "),
                              (b"Transfer-Encoding: chunked\r\n", b" 411 ")):
        line = raw_request(port, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           + headers + b"\r\n" + query)
        assert line.startswith(b"HTTP/1.") and expected in line, (headers, line)
    line = raw_request(port, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                       b"Content-Length: 100\r\n\r\nASK {}", timeout=60)  # a body that never comes: closed, not held
    assert line == b"" or line.startswith(b"HTTP/1.")
    assert raw_request(port, b"GARBAGE\r\n\r\n").startswith(b"HTTP/1.")
    assert raw_request(port, b"GET /sparql?query=%ZZ%%%" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.")
    status, body, _ = get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"IRI" in body
    status, _, _ = get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", **{"named-graph-uri": "<>"})
    assert status == 400
    assert get(endpoint, TRIVIAL)[0] == 200


def test_no_cors_unless_asked(endpoint, store):
    assert "Access-Control-Allow-Origin" not in get(endpoint, TRIVIAL)[2]
    server = make_server(store, "127.0.0.1", 0, workers=1, cors=("https://example.org",))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        request = urllib.request.Request(f"http://127.0.0.1:{server.server_address[1]}/sparql?query=ASK%7B%7D",
                                         headers={"Origin": "https://example.org"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "https://example.org"
    finally:
        server.shutdown()
        server.server_close()


def live_workers(server) -> list:
    return [worker for worker in server.endpoint.pool.all if worker.process.is_alive()]


def test_a_timeout_frees_its_slot_and_slow_queries_do_not_starve_quick_ones(store):
    """Two workers, queries stopped after 2 s: six slow queries at once (more than the workers)
    are stopped (503), a trivial query is answered within a second all along, and every
    worker is free again right after."""
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    slow = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a {derived} ?c }} GRAPH ?h {{ ?d {derived} ?f }} "
            f"GRAPH ?i {{ ?x {derived} ?y }} FILTER(STR(?a) < STR(?d)) }}")
    server = make_server(store, "127.0.0.1", 0, workers=2, timeout=2)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        outcomes: list[int] = []
        clients = [threading.Thread(target=lambda: outcomes.append(get(base, slow)[0])) for _ in range(6)]
        for client in clients:
            client.start()
        latencies = []
        while any(client.is_alive() for client in clients):
            started = time.monotonic()
            assert get(base, TRIVIAL)[0] == 200
            latencies.append(time.monotonic() - started)
            time.sleep(0.1)
        assert outcomes == [503] * 6
        assert max(latencies) < 1.0, latencies
        started = time.monotonic()
        results = [get(base, TRIVIAL)[0] for _ in range(4)]
        assert results == [200] * 4 and time.monotonic() - started < 2
        # the stopped workers are replaced in the background: the pool is whole again soon
        # (a fresh worker starts in well under a second; a loaded machine gets 20 s)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(live_workers(server)) < 2:
            time.sleep(0.05)
        assert len(live_workers(server)) == 2
    finally:
        server.shutdown()
        server.server_close()


def test_a_build_while_serving_goes_ahead_and_is_served_when_done(tmp_path):
    """The endpoint's workers read snapshots: a build on the served store is not refused, and
    the next queries see what it wrote."""
    from kg.graph.mapping import map_filing
    from kg.graph.store import open_store
    from kg.records import Filing
    location = tmp_path / "store"
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    def filing(n: int) -> Filing:
        return Filing(source=f"{n}.txt", accession_number=f"0000000001-24-00000{n}", form_type="SC 13G")

    with open_store(location, write=True) as store:
        store.replace([map_filing(filing(1))])
    server = make_server(str(location), "127.0.0.1", 0, workers=2)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        status, body, _ = get(base, count)
        assert status == 200 and b'"1"' in body
        with open_store(location, write=True) as store:  # not refused while the endpoint reads
            store.replace([map_filing(filing(2))])
        status, body, _ = get(base, count)
        assert status == 200 and b'"2"' in body
    finally:
        server.shutdown()
        server.server_close()
