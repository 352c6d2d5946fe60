"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

    server = make_server(store, "127.0.0.1", 7879)   # store: an open kg.graph.store.GraphStore
    server.serve_forever()

/sparql answers GET `?query=` and POST (`application/sparql-query` body, or form-encoded
`query=`), with `default-graph-uri` / `named-graph-uri`. The default graph is the union of
the filing graphs unless `default-graph-uri` says otherwise. Results by content negotiation:
SELECT and ASK as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle
(default) or N-Triples. Updates are refused (403), so is anything that does not parse as a
query (400), a query nested too deep or too long (400, 413: kg.sparql.guard, checked
before any parser sees it) and SERVICE (403) unless `services` names the endpoint.

Queries run in worker processes (kg.sparql.pool): each under a memory limit, killed and
replaced when its query passes the timeout (503), so a slot is free again at once. An
answer with more rows or triples than the cap gets 413. Every bad request gets a
well-formed HTTP error (a Content-Length that is not a number, a body too large, an
invalid graph IRI...); idle connections are closed after CONNECTION_TIMEOUT seconds and at
most MAX_CONNECTIONS are served at once. No CORS header is sent unless `cors` names the
origins allowed (`*` for any). `/` and the other pages for people are kg.sparql.page;
/review (GET the list, POST an answer) is handed to the `review` handler the caller gives
(`kg serve` gives one over kg.link: this package does not import the linker).
"""
from __future__ import annotations

import logging
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.errors import KgError
from kg.sparql import page
from kg.sparql.endpoint import WORKERS, Endpoint
from kg.sparql.guard import MAX_QUERY_CHARS
from kg.sparql.pool import HttpError
from kg.sparql.protocol import negotiate  # noqa: F401 (negotiate is public here)

MAX_QUERY_BYTES = 4 * MAX_QUERY_CHARS  # a request body; its text is then held to MAX_QUERY_CHARS
MAX_CONNECTIONS = 256
CONNECTION_TIMEOUT = 20.0
log = logging.getLogger("kg")


class ServeError(KgError):
    """The endpoint cannot start: the address cannot be listened on, the store cannot be read."""


def _params(query: str) -> dict:
    try:
        return urllib.parse.parse_qs(query, keep_blank_values=True, max_num_fields=100, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(400, f"the parameters cannot be read: {exc}") from None


class Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint  # set on the subclass that make_server builds
    viewer = None  # a callable giving the viewer page (bytes), or None
    review = None  # an object with page(params) and answer(params) -> (status, type, body), or None
    cors: tuple[str, ...] = ()  # origins allowed to read answers from a browser (`*`: any); none by default
    server_version = "kg-sparql/1"
    default_request_version = "HTTP/1.0"  # even a garbled request line gets a status line (not HTTP/0.9)
    timeout = CONNECTION_TIMEOUT  # an idle or slow connection is closed

    def handle_one_request(self) -> None:
        """Any failure while answering is a well-formed 500, never a dropped connection."""
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, socket.timeout):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - the server answers and lives on
            log.error("kg serve: %s %s: %s: %s", self.command, self.path, type(exc).__name__, exc)
            self.close_connection = True
            try:
                self._send(500, "text/plain", f"internal error ({type(exc).__name__})\n".encode())
            except OSError:
                pass

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/review" and self.review is not None:
            return self._send(*self.review.page(urllib.parse.parse_qs(url.query, max_num_fields=100)))
        if url.path in page.PATHS:  # the pages for people (kg.sparql.page)
            if url.path == "/viewer" and self.viewer is not None:
                return self._send(200, "text/html; charset=utf-8", self.viewer())
            return self._send(*page.render(self.endpoint, url.path, urllib.parse.parse_qs(url.query),
                                           viewer=self.viewer is not None, review=self.review is not None))
        if url.path != "/sparql":
            return self._send(404, "text/plain", b"not found; the endpoint is /sparql\n")
        try:
            params = _params(url.query)
        except HttpError as exc:
            return self._error(exc)
        self._protocol(params)

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/review" and self.review is not None:
            try:
                answer = _params(self._body().decode("utf-8", "replace"))
            except HttpError as exc:
                return self._error(exc)
            return self._send(*self.review.answer(answer))
        if url.path != "/sparql":
            self.close_connection = True  # the body is not read
            return self._send(404, "text/plain", b"not found; the endpoint is /sparql\n")
        try:
            body = self._body()
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = _params(url.query)
            if kind == "application/sparql-update":
                raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
            if kind == "application/sparql-query":
                params["query"] = [body.decode("utf-8", "replace")]
            elif kind == "application/x-www-form-urlencoded":
                for key, values in _params(body.decode("utf-8", "replace")).items():
                    params.setdefault(key, []).extend(values)
            else:
                raise HttpError(415, "send application/sparql-query or a form")
        except HttpError as exc:
            return self._error(exc)
        self._protocol(params)

    def _body(self) -> bytes:
        """The request body: Content-Length bytes, a whole number up to MAX_QUERY_BYTES."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise HttpError(411, "send the body with a Content-Length, not a Transfer-Encoding")
        declared = (self.headers.get("Content-Length") or "").strip()
        if not declared:
            self.close_connection = True
            raise HttpError(411, "a POST needs a Content-Length")
        if not declared.isascii() or not declared.isdigit() or len(declared) > 12:
            self.close_connection = True
            raise HttpError(400, f"Content-Length {declared[:40]!r} is not a number of bytes")
        length = int(declared)
        if length > MAX_QUERY_BYTES:
            self.close_connection = True  # the body is not read
            raise HttpError(413, f"request too large: {length} bytes; the limit is {MAX_QUERY_BYTES}")
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True
            raise HttpError(400, f"the body ended after {len(body)} of {length} bytes")
        return body

    def do_PUT(self) -> None:
        self.close_connection = True
        self._send(403, "text/plain", b"this endpoint is read-only\n")

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self) -> None:
        """CORS preflight, when origins are allowed; else the methods."""
        self.send_response(204)
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self._cors_origin():
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "600")
        self._cors_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _protocol(self, params: dict) -> None:
        try:
            status, media, body = self.endpoint.answer(params, self.headers.get("Accept") or "")
        except HttpError as exc:
            return self._error(exc)
        self._send(status, f"{media}; charset=utf-8", body)

    def _error(self, exc: HttpError) -> None:
        self._send(exc.status, "text/plain; charset=utf-8", (exc.message + "\n").encode())

    def _cors_origin(self) -> str | None:
        origin = self.headers.get("Origin")
        if "*" in self.cors:
            return "*"
        return origin if origin and origin in self.cors else None

    def _cors_headers(self) -> None:
        allowed = self._cors_origin()
        if allowed:
            self.send_header("Access-Control-Allow-Origin", allowed)
            if allowed != "*":
                self.send_header("Vary", "Origin")

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self._cors_headers()
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quieter than the default
        pass


class Server(ThreadingHTTPServer):
    """At most MAX_CONNECTIONS connections at once (more get a 503 and are closed); closing
    the server stops its query workers."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, handler, endpoint_factory):
        super().__init__(address, handler)  # binds: OSError when the address cannot be used
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        try:
            handler.endpoint = endpoint_factory()
        except BaseException:
            super().server_close()
            raise
        self.endpoint = handler.endpoint

    def process_request(self, request, client_address) -> None:
        if not self.connections.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Content-Length: 28\r\nConnection: close\r\n\r\ntoo many connections; retry\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def server_close(self) -> None:
        super().server_close()
        if getattr(self, "endpoint", None) is not None:
            self.endpoint.close()
            self.endpoint = None


def make_server(store, host: str = "127.0.0.1", port: int = 7879, *, timeout: float = 30.0,
                max_results: int = 100_000, workers: int = WORKERS, memory_mb: int = 640,
                services: tuple[str, ...] = (), cors: tuple[str, ...] = (), viewer=None, review=None) -> Server:
    """A server for the store (an open GraphStore, or its folder); loopback unless told
    otherwise. Port 0 picks a free port. `viewer`: a callable giving the graph viewer page
    (bytes) served at /viewer; `review`: the handler of /review (Handler.review). ServeError
    when the address cannot be listened on or the store cannot be opened by the query workers."""
    handler = type("KgHandler", (Handler,), {"cors": tuple(cors), "viewer": staticmethod(viewer) if viewer else None,
                                             "review": review})
    location = store if isinstance(store, str) else store.location
    try:
        return Server((host, port), handler, lambda: Endpoint(store, timeout, max_results, workers=workers,
                                                              memory_mb=memory_mb, services=services))
    except socket.gaierror as exc:
        raise ServeError(f"{host}:{port}", f"cannot listen there: unknown host ({exc.strerror or exc})") from None
    except OSError as exc:
        raise ServeError(f"{host}:{port}", f"cannot listen there: {exc.strerror or exc}") from None
    except KgError as exc:
        raise ServeError(location, exc.problem) from None
