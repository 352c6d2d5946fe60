"""Remote SPARQL 1.1 stores: push filing graphs to one, and run queries against one.

    push(store, "http://127.0.0.1:7878/update", graph_store="http://127.0.0.1:7878/store")
    result = remote_query("http://127.0.0.1:7878/query", "SELECT ...")

Push sends each filing's named graph whole: first by the Graph Store Protocol (HTTP PUT
`?graph=IRI` with an N-Triples body, which replaces the graph), and when the server has no
such service (404, 405, 501...), by SPARQL Update (`DROP SILENT GRAPH` then `INSERT DATA`
in `GRAPH`, in batches of triples). N-Triples, not Turtle: Virtuoso 7.2.5 mangles `\\/`
escapes in Turtle.

Credentials come from the environment only, and are never printed: KG_SPARQL_TOKEN (a bearer
token), or KG_SPARQL_USER and KG_SPARQL_PASSWORD (HTTP Basic or Digest, as the server asks).
HTTP by requests.
"""
from __future__ import annotations

import json
import os
import urllib.parse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.errors import KgError

TIMEOUT = 120
BATCH_TRIPLES = 5000
# A server's sign that it cut an answer short (Virtuoso's "anytime" queries: the rows found when its time ran out)
PARTIAL_STATES = frozenset({"S1TAT"})
JSON_RESULTS = "application/sparql-results+json"
NO_GSP = {400, 404, 405, 406, 415, 501}


class RemoteError(KgError):
    """A remote SPARQL endpoint refused a request or could not be reached."""


def is_remote(location: str | None) -> bool:
    return bool(location) and location.startswith(("http://", "https://"))


if TYPE_CHECKING:
    import requests

_SESSIONS: dict[str, "requests.Session"] = {}


def _session(url: str):
    """A requests session per server, with the environment's credentials. Digest auth is primed
    by one small request, so that large bodies are sent once, with the Authorization header."""
    import requests

    key = urllib.parse.urlsplit(url).netloc
    if key in _SESSIONS:
        return _SESSIONS[key]
    session = requests.Session()
    token = os.environ.get("KG_SPARQL_TOKEN")
    user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD")
    if token:
        session.headers["Authorization"] = f"Bearer {token}"
    elif user and password is not None:
        session.auth = requests.auth.HTTPBasicAuth(user, password)
        try:
            probe = requests.get(url, timeout=TIMEOUT)
            if probe.status_code == 401 and "digest" in probe.headers.get("WWW-Authenticate", "").lower():
                session.auth = requests.auth.HTTPDigestAuth(user, password)
                session.get(url, timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise RemoteError(_safe(url), f"cannot reach the endpoint: {type(exc).__name__}") from None
    _SESSIONS[key] = session
    return session


def _request(url: str, data: bytes | None, headers: dict, method: str) -> tuple[int, bytes, dict]:
    """Send one request; returns (status, body, response headers). HTTP errors come back as their status."""
    import requests

    try:
        response = _session(url).request(method, url, data=data, headers=headers, timeout=TIMEOUT)
    except requests.RequestException as exc:
        raise RemoteError(_safe(url), f"cannot reach the endpoint: {type(exc).__name__}") from None
    return response.status_code, response.content, response.headers


def _safe(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _fail(url: str, status: int, body: bytes, what: str) -> RemoteError:
    text = " ".join(body.decode("utf-8", "replace").split())[:300]
    return RemoteError(_safe(url), f"{what} failed: HTTP {status}: {text}")


# ---- queries -------------------------------------------------------------------------
def remote_query(endpoint: str, text: str):
    """Run a query (already bound, see kg.sparql.queries.bind_values) by the SPARQL 1.1 Protocol."""
    from kg.sparql.results import Result

    data = urllib.parse.urlencode({"query": text}).encode()
    status, body, headers = _request(endpoint, data, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": f"{JSON_RESULTS}, application/n-triples;q=0.5"},
                                     "POST")
    if status != 200:
        raise _fail(endpoint, status, body, "query")
    if headers.get("X-SQL-State", "").strip() in PARTIAL_STATES:
        raise RemoteError(_safe(endpoint), "the server stopped the query at its time limit and sent a partial "
                                           f"answer (X-SQL-State {headers['X-SQL-State'].strip()}): not used; raise "
                                           "the server's limit (Virtuoso: MaxQueryExecutionTime) or bind parameters")
    try:
        answer = json.loads(body)
    except ValueError:  # CONSTRUCT / DESCRIBE: triples
        triples = [tuple(_from_ox(t) for t in (q.subject, q.predicate, q.object))
                   for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return Result(columns=["subject", "predicate", "object"], triples=triples)
    if "boolean" in answer:
        return Result(columns=[], boolean=bool(answer["boolean"]))
    columns = answer["head"]["vars"]
    rows = [[json_term(binding.get(name)) for name in columns] for binding in answer["results"]["bindings"]]
    return Result(columns=columns, rows=rows)


def json_term(value: dict | None):
    """A term of the SPARQL JSON results format as an rdflib term."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind not in ("literal", "typed-literal"):
        raise RemoteError(None, f"unknown term type {kind!r} in the endpoint's answer")
    datatype = value.get("datatype")
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = None
    return Literal(value["value"], lang=value.get("xml:lang"), datatype=URIRef(datatype) if datatype else None)


def _from_ox(term):
    from kg.sparql.results import from_oxigraph
    return from_oxigraph(term)


# ---- push ----------------------------------------------------------------------------
@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    by_graph_store: int = 0
    by_update: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def graph_ntriples(store, name: str) -> bytes:
    return store.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))


def push(store, endpoint: str, *, graph_store: str | None = None, batch_triples: int = BATCH_TRIPLES,
         on_graph=None) -> PushReport:
    """Send every filing graph of an open kg store to a remote store; each graph replaces the
    remote graph of the same name. `graph_store`: the Graph Store Protocol URL (default: the
    endpoint itself); `endpoint`: the SPARQL Update URL, used when the Graph Store Protocol is
    not offered. A graph that fails is reported and the others go on."""
    from kg.graph.summary import is_summary_graph

    report = PushReport()
    use_gsp = True
    for name in store.graphs():
        if is_summary_graph(name):  # an index of the embedded store (kg.graph.summary): a remote store runs the
            continue                # queries as written, which count from the filing graphs
        data = graph_ntriples(store, name)
        count = data.count(b"\n")
        try:
            if use_gsp:
                use_gsp = _put_graph(graph_store or endpoint, name, data)
            if use_gsp:
                report.by_graph_store += 1
            else:
                _update_graph(endpoint, name, data, batch_triples)
                report.by_update += 1
        except RemoteError as exc:
            report.failed.append((name, exc.problem))
            continue
        report.graphs += 1
        report.triples += count
        if on_graph:
            on_graph(name, count)
    return report


def _put_graph(url: str, name: str, data: bytes) -> bool:
    """PUT one graph by the Graph Store Protocol. False when the server offers no such service."""
    target = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode({'graph': name})}"
    status, body, _ = _request(target, data, {"Content-Type": "application/n-triples"}, "PUT")
    if status in (200, 201, 204):
        return True
    if status in NO_GSP:
        return False
    raise _fail(url, status, body, f"PUT of graph {name}")


def _update_graph(endpoint: str, name: str, data: bytes, batch_triples: int) -> None:
    """DROP SILENT GRAPH, then INSERT DATA in batches (N-Triples lines are valid SPARQL terms)."""
    graph = URIRef(name).n3()
    _update(endpoint, f"DROP SILENT GRAPH {graph}")
    lines = [line for line in data.decode("utf-8").splitlines() if line.strip()]
    for start in range(0, len(lines), batch_triples):
        chunk = "\n".join(lines[start:start + batch_triples])
        _update(endpoint, f"INSERT DATA {{ GRAPH {graph} {{\n{chunk}\n}} }}")


def _update(endpoint: str, text: str) -> None:
    data = urllib.parse.urlencode({"update": text}).encode()
    status, body, _ = _request(endpoint, data, {"Content-Type": "application/x-www-form-urlencoded"}, "POST")
    if status not in (200, 204):
        raise _fail(endpoint, status, body, "SPARQL update")
