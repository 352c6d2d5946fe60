"""`kg query`, `kg queries`, `kg serve`, `kg push`: click commands over kg.sparql.queries, kg.sparql.serve and
kg.sparql.remote (registered in kg.cli.main)."""
from __future__ import annotations

import sys

import click

from kg.errors import KgError
from kg.graph.settings import DEFAULT_LOCATION

STORE_HELP = (f"Store folder (embedded Oxigraph), or the URL of a SPARQL 1.1 query endpoint "
              f"(http:// or https://). Default: {DEFAULT_LOCATION}.")


def _fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)


@click.command("query")
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind the query variable ?KEY to VALUE (typed as the query's header declares). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "jsonl", "sparql-json"]),
              default="table", show_default=True,
              help="table (fits the terminal); csv, tsv (plain values); json (an array of flat objects), "
                   "jsonl (one object a line); sparql-json (the SPARQL 1.1 JSON results).")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@click.option("-o", "--output", default=None, metavar="FILE", help="Write here instead of stdout ('-': stdout).")
def query_command(name: str, params: tuple[str, ...], fmt: str, location: str, output: str | None) -> None:
    """Run a curated query (by NAME, see `kg queries`) or any FILE.rq on the store.

    Parameters are bound as RDF terms, never pasted into the query text. Columns that only
    echo a parameter are not printed."""
    from kg.cli.output import write_bytes
    from kg.sparql.formats import format_output, format_result
    from kg.sparql.queries import echo_columns, find_query, hide_columns, parse_params, run_query
    from kg.sparql.remote import is_remote

    try:
        query = find_query(name)
        bindings = parse_params(query, params)
        if is_remote(location):
            result = run_query(location, query, bindings)
        else:
            from kg.graph.store import open_store
            with open_store(location) as store:
                result = run_query(store, query, bindings)
        result = hide_columns(result, echo_columns(query, bindings, result))
        text = format_result(result, "json") + "\n" if fmt == "sparql-json" else format_output(result, fmt)
        write_bytes(text.encode("utf-8"), output)
    except KgError as exc:
        _fail(exc.source, exc.problem)
        sys.exit(1)


@click.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable lines; json: one object per query.")
def queries_command(fmt: str) -> None:
    """List the curated queries: name, question and parameters."""
    from kg.cli.output import print_json
    from kg.sparql.queries import curated_queries

    if fmt == "json":
        print_json([{"name": q.name, "title": q.title, "question": q.question, "example": q.example,
                     "parameters": [{"name": p.name, "type": p.type, "description": p.description}
                                    for p in q.params.values()]} for q in curated_queries()])
        return
    for query in curated_queries():
        params = " ".join(f"{p.name}=<{p.type}>" for p in query.params.values())
        click.echo(f"{query.name}  {params}".rstrip())
        click.echo(f"    {query.title}")


@click.command("serve")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help="Store folder to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only.")
@click.option("--port", default=7879, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run; then its worker is stopped (503).")
@click.option("--max-results", default=100_000, show_default=True, type=click.IntRange(1),
              help="Most rows (or triples) one answer may hold.")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Queries evaluated at once, each in its own process.")
@click.option("--memory", "memory_mb", default=640, show_default=True, type=click.IntRange(64),
              help="MB the running queries may hold together; past it the largest is stopped (503).")
@click.option("--allow-service", "services", multiple=True, metavar="IRI",
              help="An endpoint SERVICE may query (federation); repeatable. None by default: SERVICE gets 403.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="An origin whose web pages may read the answers ('*' for any); repeatable. None by default.")
@click.option("--judgements", "judgements_path", metavar="FILE",
              help="The judgements file the review page writes answers to. Default: the file the store's links "
                   "were last made with, else judgements.jsonl.")
def serve_command(location: str, host: str, port: int, timeout: float, max_results: int, workers: int,
                  memory_mb: int, services: tuple[str, ...], cors: tuple[str, ...], judgements_path: str | None) -> None:
    """Serve the store read-only: the curated questions as forms at /, answers as tables with
    links to entity pages and CSV/JSON downloads, the graph viewer at /viewer, the links to
    review at /review (buttons same / different / unsure, written to the judgements file), and
    a SPARQL 1.1 endpoint at /sparql. Queries run in worker processes, stopped past the
    timeout or the memory."""
    from kg.cli.review import ReviewPages
    from kg.graph.store import open_store
    from kg.sparql.serve import make_server

    store = open_store(location)  # read by the viewer and the review page; the query workers open their own
    try:
        server = make_server(store, host, port, timeout=timeout, max_results=max_results, viewer=_viewer(store),
                             workers=workers, memory_mb=memory_mb, services=services, cors=cors,
                             review=ReviewPages(store, judgements_path, viewer=True))
    except BaseException:
        store.close()
        raise
    address = f"http://{host}:{server.server_address[1]}"
    click.echo(f"Questions on {address}/ , the viewer on {address}/viewer , SPARQL endpoint on {address}/sparql "
               "(Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()


def _viewer(store):
    """The viewer page of the whole store, made on first request and kept."""
    import threading
    made: list[bytes] = []
    lock = threading.Lock()

    def page() -> bytes:
        with lock:
            if not made:
                from kg.export.exporter import select
                from kg.export.html import html_page
                made.append(html_page(select(store.oxigraph, evidence=True)).encode("utf-8"))
            return made[0]
    return page


@click.command("push")
@click.option("--endpoint", required=True,
              help="SPARQL 1.1 Update URL of the remote store (also its Graph Store URL unless --graph-store).")
@click.option("--graph-store", default=None, help="Graph Store Protocol URL, when it is not the endpoint.")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help="Store folder to push.")
@click.option("--batch", "batch_triples", default=5000, show_default=True, type=click.IntRange(1),
              help="Triples per INSERT DATA request when SPARQL Update is used.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: a status line on stderr; json: the report as one object on stdout.")
def push_command(endpoint: str, graph_store: str | None, location: str, batch_triples: int, fmt: str) -> None:
    """Copy every filing graph of the store to a remote SPARQL 1.1 store (each replaces the
    remote graph of the same name). Credentials: KG_SPARQL_TOKEN, or KG_SPARQL_USER and
    KG_SPARQL_PASSWORD, from the environment."""
    from kg.graph.store import open_store
    from kg.sparql.remote import push

    try:
        with open_store(location) as store:
            report = push(store, endpoint, graph_store=graph_store, batch_triples=batch_triples)
    except KgError as exc:
        _fail(exc.source, exc.problem)
        sys.exit(1)
    for name, problem in report.failed:
        _fail(name, problem)
    how = f"{report.by_graph_store} by the Graph Store Protocol, {report.by_update} by SPARQL Update"
    if fmt == "json":
        from kg.cli.output import print_json
        print_json({"graphs": report.graphs, "triples": report.triples, "by_graph_store": report.by_graph_store,
                    "by_update": report.by_update,
                    "failed": [{"graph": name, "reason": problem} for name, problem in report.failed]})
    else:
        click.echo(f"{report.graphs} graph(s), {report.triples} triples pushed ({how})", err=True)
    if report.failed:
        click.echo(f"{len(report.failed)} graph(s) failed", err=True)
        sys.exit(1)


COMMANDS = [query_command, queries_command, serve_command, push_command]
