"""One query worker of `kg serve` (started by kg.sparql.pool): open the store, answer queries.

The worker lives under an address-space limit (RLIMIT_AS) and evaluates each query on a
thread with a large stack (kg.sparql.guard.run_deep); what goes wrong with a query is sent
back as (status, message), never raised: a query that cannot be answered must not end
the worker, except one that exhausts its memory or crashes the engine, which the pool
sees as a dead worker and replaces.
"""
from __future__ import annotations

from kg.sparql.dispatch import HttpError
from kg.sparql.guard import run_deep
from kg.sparql.results import Result, oxigraph_result

WORKER_STACK = 64 * 1024 * 1024


def evaluate(oxigraph, query: str, default_graphs: list[str], named_graphs: list[str],
             max_results: int) -> Result:
    """One query on an open pyoxigraph store; HttpError for what the client got wrong."""
    import pyoxigraph as ox

    options: dict = {"use_default_graph_as_union": not default_graphs}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    except ValueError as exc:
        raise HttpError(400, f"default-graph-uri / named-graph-uri must be IRIs: {exc}") from None
    try:
        answer = oxigraph.query(query, **options)
        return oxigraph_result(answer, limit=max_results)
    except OverflowError:
        raise HttpError(413, f"the answer holds more than {max_results} results; narrow the query "
                        "or add LIMIT") from None
    except SyntaxError as exc:
        raise HttpError(400, f"not a SPARQL query: {exc}") from None
    except (ValueError, RuntimeError, OSError) as exc:
        raise HttpError(400, f"query failed: {exc}") from None


def _limit_memory(memory_mb: int) -> None:
    import resource
    try:  # glibc: few malloc arenas, as each reserves 64 MB of the address space
        import ctypes
        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve_queries(location: str, conn, memory_mb: int, max_results: int) -> None:
    """A worker's life: open the store, then answer (query, default graphs, named graphs) jobs."""
    import signal

    from kg.errors import KgError
    from kg.graph import snapshots
    from kg.graph.store import open_store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    _limit_memory(memory_mb)
    try:
        store = open_store(location)
    except KgError as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", store.snapshot))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if snapshots.current(store.folder) not in (None, store.snapshot):  # a build published a newer one
            store.close()
            store = open_store(location)
        try:
            result = run_deep(lambda: evaluate(store.oxigraph, *job, max_results), WORKER_STACK)
            reply = ("ok", result)
        except HttpError as exc:
            reply = ("error", exc.status, exc.message)
        except MemoryError:
            reply = ("error", 503, f"the query needs more than the {memory_mb} MB a query may use")
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("error", 503, f"the answer needs more than the {memory_mb} MB a query may use"))
