"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

    server = make_server(store, "127.0.0.1", 7879)   # store: an open kg.graph.store.GraphStore
    server.serve_forever()

/sparql answers GET `?query=` and POST (`application/sparql-query` body, or form-encoded
`query=`), with `default-graph-uri` / `named-graph-uri`. The default graph is the union of
the filing graphs unless `default-graph-uri` says otherwise. Results by content negotiation:
SELECT and ASK as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle
(default) or N-Triples. Updates are refused (403), so is anything that does not parse as a
query (400). A query runs in a worker thread: past the timeout the client gets 503 (pyoxigraph
cannot interrupt a query, so it finishes in the background, holding one of a few slots; when
every slot is busy new queries get 503 too). An answer with more rows or triples than the cap
gets 413. `/` and the other pages for people are kg.sparql.page.
"""
from __future__ import annotations

import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.sparql import page
from kg.sparql.queries import Result, format_result, oxigraph_result, term_json

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "text/plain": ox.RdfFormat.N_TRIPLES}
SLOTS = 4
MAX_QUERY_BYTES = 1_000_000


class HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


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


class Endpoint:
    """The store and the limits; `answer` turns one protocol request into (status, type, body)."""

    def __init__(self, store, timeout: float = 30.0, max_results: int = 100_000):
        self.oxigraph = getattr(store, "oxigraph", store)
        self.timeout, self.max_results = timeout, max_results
        self.slots = threading.BoundedSemaphore(SLOTS)

    def evaluate(self, query: str, default_graphs: list[str], named_graphs: list[str]) -> Result:
        options = {"use_default_graph_as_union": not default_graphs}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        overflow = False
        try:
            answer = self.oxigraph.query(query, **options)
            try:
                return oxigraph_result(answer, limit=self.max_results)
            except OverflowError:
                overflow = True  # raised below, once this frame drops the answer (pyoxigraph results stay on their thread)
            finally:
                del answer
        except SyntaxError as exc:
            raise HttpError(400, f"not a SPARQL query: {exc}") from None
        except (ValueError, RuntimeError, OSError) as exc:
            raise HttpError(400, f"query failed: {exc}") from None
        if overflow:
            raise HttpError(413, f"the answer holds more than {self.max_results} results; "
                            "narrow the query or add LIMIT")

    def run(self, query: str, default_graphs: list[str], named_graphs: list[str]) -> Result:
        """Evaluate in a daemon thread (one of SLOTS); give up waiting after the timeout."""
        if not self.slots.acquire(blocking=False):
            raise HttpError(503, "the endpoint is busy with other queries; try again later")
        outcome: dict = {}
        done = threading.Event()

        def work() -> None:
            try:
                outcome["result"] = self.evaluate(query, default_graphs, named_graphs)
            except HttpError as exc:
                outcome["error"] = exc
            finally:
                self.slots.release()
                done.set()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        if not done.wait(self.timeout):
            raise HttpError(503, f"the query ran longer than {self.timeout:g} s")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def answer(self, params: dict, accept: str) -> tuple[int, str, bytes]:
        if "update" in params or "using-graph-uri" in params:
            raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        queries = params.get("query") or []
        if len(queries) != 1:
            raise HttpError(400, "give exactly one query (the `query` parameter or a sparql-query body)")
        result = self.run(queries[0], params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        if result.triples is not None:
            media = negotiate(accept, GRAPH_TYPES, "text/turtle")
            triples = [ox.Triple(*(_to_ox(t) for t in triple)) for triple in result.triples]
            return 200, media, ox.serialize(triples, format=GRAPH_TYPES[media])
        media = negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
        kind = SELECT_TYPES[media]
        body = xml_results(result) if kind == "xml" else format_result(result, kind)
        return 200, media, body.encode("utf-8")


def _to_ox(term):
    from kg.sparql.results import to_oxigraph
    return to_oxigraph(term)


class Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint  # set on the subclass that make_server builds
    viewer = None  # a callable giving the viewer page (bytes), or None
    server_version = "kg-sparql/1"

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in page.PATHS:  # the pages for people (kg.sparql.page)
            if url.path == "/viewer" and self.viewer is not None:
                return self._send(200, "text/html; charset=utf-8", self.viewer())
            return self._send(*page.render(self.endpoint, url.path, urllib.parse.parse_qs(url.query),
                                           viewer=self.viewer is not None))
        if url.path != "/sparql":
            return self._send(404, "text/plain", b"not found; the endpoint is /sparql\n")
        self._protocol(urllib.parse.parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(404, "text/plain", b"not found; the endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            return self._send(413, "text/plain", b"request too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-update":
            return self._send(403, "text/plain", b"this endpoint is read-only: SPARQL Update is refused\n")
        if kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            return self._send(415, "text/plain", b"send application/sparql-query or a form\n")
        self._protocol(params)

    def do_PUT(self) -> None:
        self._send(403, "text/plain", b"this endpoint is read-only\n")

    do_DELETE = do_PATCH = do_PUT

    def _protocol(self, params: dict) -> None:
        try:
            status, media, body = self.endpoint.answer(params, self.headers.get("Accept") or "")
        except HttpError as exc:
            return self._send(exc.status, "text/plain", (exc.message + "\n").encode())
        self._send(status, f"{media}; charset=utf-8", body)

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quieter than the default
        pass


def make_server(store, host: str = "127.0.0.1", port: int = 7879, *, timeout: float = 30.0,
                max_results: int = 100_000, viewer=None) -> ThreadingHTTPServer:
    """A server for the open store; loopback unless told otherwise. Port 0 picks a free port.
    `viewer`: a callable giving the graph viewer page (bytes) served at /viewer."""
    handler = type("KgHandler", (Handler,), {"endpoint": Endpoint(store, timeout, max_results),
                                             "viewer": staticmethod(viewer) if viewer else None})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
