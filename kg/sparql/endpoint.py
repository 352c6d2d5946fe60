"""The endpoint behind `kg serve` (kg.sparql.serve): the store and the limits; one protocol
request (its parameters and Accept header) in, (status, media type, body) out."""
from __future__ import annotations

import pyoxigraph as ox

from kg.sparql.formats import format_result
from kg.sparql.guard import QueryRefused, check_query
from kg.sparql.pool import HttpError, QueryPool
from kg.sparql.protocol import GRAPH_TYPES, SELECT_TYPES, negotiate, to_ox, xml_results
from kg.sparql.results import Result

WORKERS = 4


class Endpoint:
    """The store and the limits; `answer` turns one protocol request into (status, type, body)."""

    def __init__(self, store, timeout: float = 30.0, max_results: int = 100_000, *, workers: int = WORKERS,
                 memory_mb: int = 640, services: tuple[str, ...] = ()):
        location = store if isinstance(store, str) else store.location
        self.timeout, self.max_results, self.services = timeout, max_results, tuple(services)
        opened = store  # and its filings' summary graphs (board counts, board rows)
        if isinstance(store, str):
            from kg.graph.store import open_store
            opened = open_store(location)  # StoreError here, once, rather than in every worker
            opened.close()
        self.key_lengths = getattr(opened, "key_lengths", None)  # the name keys the store has
        self.board_counts, self.board_rows = (getattr(opened, name, False) for name in ("board_counts", "board_rows"))
        self.pool = QueryPool(location, workers=workers, timeout=timeout, max_results=max_results,
                              memory_mb=memory_mb)

    def run(self, query: str, default_graphs: list[str], named_graphs: list[str]) -> Result:
        """Check the query's text, then evaluate it in a worker process (kg.sparql.pool)."""
        try:
            check_query(query, services=self.services)
        except QueryRefused as exc:
            raise HttpError({"size": 413, "service": 403}.get(exc.kind, 400), exc.problem) from None
        return self.pool.run(query, default_graphs, named_graphs)

    def answer(self, params: dict, accept: str) -> tuple[int, str, bytes]:
        if "update" in params or "using-graph-uri" in params:
            raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        queries = params.get("query") or []
        if len(queries) != 1:
            raise HttpError(400, "give exactly one query (the `query` parameter or a sparql-query body)")
        result = self.run(queries[0], params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        if result.triples is not None:
            media = negotiate(accept, GRAPH_TYPES, "text/turtle")
            triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in result.triples]
            return 200, media, ox.serialize(triples, format=GRAPH_TYPES[media])
        media = negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
        kind = SELECT_TYPES[media]
        body = xml_results(result) if kind == "xml" else format_result(result, kind)
        return 200, media, body.encode("utf-8")

    def close(self) -> None:
        self.pool.close()
