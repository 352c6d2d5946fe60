"""Attacks on `kg serve` (127.0.0.1 only): the server must stay alive, under a memory bound,
answering a trivial query within a second all along; 50 clients of trivial queries get no 503.

`kg serve` runs in a subprocess on the bundled filings (or --store). A probe asks `ASK {}`
every 0.25 s and a monitor sums the resident memory of the server and its query workers
every 0.2 s, through these phases:

1. deep nesting: 5,000 nested `{}` (GET), 100,000 `(` in a FILTER (POST), a chain of 5,000 `||`
2. SERVICE: federated queries aimed at a local listener (which must receive nothing)
3. cross joins with ORDER BY, from 8 clients at once, again and again
4. slow queries beyond the worker count: 12 clients at once, again and again
5. bad requests: Content-Length abc / -1 / huge / missing, chunked bodies, an invalid
   default-graph-uri, a garbled request line, 200 idle connections held open
6. load: 50 clients sending trivial queries back to back for --load-seconds

The figures go to BENCHMARKS.md, section "Hostile queries" (--no-write: print only).

    nice -n 10 .venv/bin/python benchmarks/bench_hostile.py [--phase-seconds 20] [--load-seconds 30]
"""
from __future__ import annotations

import argparse
import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import machine, write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SECTION = "Hostile queries"
TRIVIAL = "ASK {}"
LIGHT = ["ASK {}", "SELECT ?f WHERE { GRAPH ?g { ?f a <https://w3id.org/kg-sec/ontology#Filing> } } LIMIT 5",
         "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/Person> }"]
CROSS = "SELECT ?a ?b ?c WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?a ?b ?c ?d ?e ?f LIMIT 10"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
SLOW = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a {DERIVED} ?c }} GRAPH ?h {{ ?d {DERIVED} ?f }} "
        f"GRAPH ?i {{ ?x {DERIVED} ?y }} FILTER(STR(?a) < STR(?d)) }}")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except (OSError, ValueError):
            pass
    return total


def ask(base: str, query: str, timeout: float = 60, method: str = "GET", **params) -> tuple[int, float]:
    started = time.monotonic()
    try:
        if method == "GET":
            url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query, **params})
            request = urllib.request.Request(url)
        else:
            request = urllib.request.Request(f"{base}/sparql", data=query.encode(),
                                             headers={"Content-Type": "application/sparql-query"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError, ConnectionError):
        status = 0  # no answer
    return status, time.monotonic() - started


def raw(port: int, data: bytes, timeout: float = 30) -> bytes:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(data)
            answer = b""
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
            return answer.split(b"\r\n", 1)[0]
    except OSError:
        return b""


class Watch:
    """The probe and the memory monitor, with the phase they are in."""

    def __init__(self, base: str, pid: int):
        self.base, self.pid, self.phase, self.stop = base, pid, "start", False
        self.probes: dict[str, list[tuple[int, float]]] = {}
        self.memory: dict[str, float] = {}
        self.threads = [threading.Thread(target=self._probe, daemon=True),
                        threading.Thread(target=self._monitor, daemon=True)]
        for thread in self.threads:
            thread.start()

    def _probe(self) -> None:
        while not self.stop:
            self.probes.setdefault(self.phase, []).append(ask(self.base, TRIVIAL, timeout=10))
            time.sleep(0.25)

    def _monitor(self) -> None:
        while not self.stop:
            size = tree_rss_mb(self.pid)
            self.memory[self.phase] = max(self.memory.get(self.phase, 0.0), size)
            time.sleep(0.2)

    def close(self) -> None:
        self.stop = True
        for thread in self.threads:
            thread.join(timeout=15)


def hammer(base: str, queries: list[str], clients: int, seconds: float, method: str = "GET") -> Counter:
    statuses: Counter = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        n = 0
        while time.monotonic() < deadline:
            status, _ = ask(base, queries[(index + n) % len(queries)], method=method)
            n += 1
            with lock:
                statuses[status] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def phase_nesting(base: str, port: int) -> Counter:
    queries = [("GET", "SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000),
               ("POST", "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 100000 + "true" + ")" * 100000 + ") }"),
               ("POST", "SELECT * WHERE { ?s ?p ?o FILTER(" + "||".join(["?o = 1"] * 5000) + ") }"),
               ("GET", "SELECT * WHERE { ?s " + "/".join(["<urn:p>"] * 5000) + " ?o }")]
    statuses: Counter = Counter()
    for _ in range(10):
        for method, query in queries:
            statuses[ask(base, query, method=method)[0]] += 1
    return statuses


def phase_service(base: str) -> tuple[Counter, int]:
    hits: list[str] = []

    class Listener(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    listener = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{listener.server_address[1]}/sparql"
    variants = [f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                f"SELECT * WHERE {{ ?a ?b ?c .SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}",
                f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
                f"PREFIX e: <http://127.0.0.1:{listener.server_address[1]}/> SELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
                f"BASE <{target}/> SELECT * WHERE {{ SERVICE <x> {{ ?s ?p ?o }} }}"]
    statuses: Counter = Counter()
    for _ in range(5):
        for query in variants:
            statuses[ask(base, query)[0]] += 1
    listener.shutdown()
    listener.server_close()
    return statuses, len(hits)


def phase_bad_requests(base: str, port: int, hold: float) -> Counter:
    lines: Counter = Counter()
    head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
    for _ in range(5):
        for extra in (b"Content-Length: abc\r\n", b"Content-Length: -1\r\n", b"Content-Length: 99999999999\r\n",
                      b"", b"Transfer-Encoding: chunked\r\n", b"Content-Length: 1e3\r\n"):
            lines[raw(port, head + extra + b"\r\nASK {}")[:12].decode(errors="replace") or "no answer"] += 1
        lines[raw(port, b"GARBAGE\r\n\r\n")[:12].decode(errors="replace") or "no answer"] += 1
        lines[raw(port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n")[:12]
              .decode(errors="replace") or "no answer"] += 1
        lines[str(ask(base, "SELECT * { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": "not an iri"})[0])] += 1
    idle = []
    for _ in range(200):
        try:
            idle.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            lines["refused idle connection"] += 1
    time.sleep(hold)  # the server closes connections that send nothing
    closed = 0
    for sock in idle:
        try:
            sock.settimeout(0.5)
            closed += sock.recv(1) == b""
        except OSError:
            pass
        sock.close()
    lines[f"idle connections closed by the server after {hold:.0f} s"] = closed
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", help="a store folder (default: the bundled filings, built into a temporary store)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--memory", type=int, default=640)
    parser.add_argument("--phase-seconds", type=float, default=20.0)
    parser.add_argument("--load-seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    with tempfile.TemporaryDirectory() as folder:
        store = args.store or str(Path(folder) / "store")
        if not args.store:
            inputs = [str(ROOT / "tests" / "data" / name) for name in ("seed", "filings", "xml", "rosters")]
            subprocess.run([sys.executable, "-m", "kg", "build", *inputs, "--store", store, "--no-link"],
                           env=env, check=True, capture_output=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", store, "--port", str(port),
                                   "--timeout", str(args.timeout), "--workers", str(args.workers),
                                   "--memory", str(args.memory)], env=env, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while ask(base, TRIVIAL, timeout=5)[0] != 200:
            assert time.monotonic() < deadline and server.poll() is None, "kg serve did not start"
            time.sleep(0.5)
        watch = Watch(base, server.pid)
        results = []
        try:
            for name, run in (
                    ("deep nesting", lambda: phase_nesting(base, port)),
                    ("SERVICE", lambda: phase_service(base)),
                    ("cross joins with ORDER BY, 8 clients", lambda: hammer(base, [CROSS], 8, args.phase_seconds)),
                    (f"slow queries, 12 clients ({args.workers} workers)",
                     lambda: hammer(base, [SLOW], 12, args.phase_seconds)),
                    ("bad requests", lambda: phase_bad_requests(base, port, 25)),
                    (f"load: {args.clients} clients, trivial queries",
                     lambda: hammer(base, LIGHT, args.clients, args.load_seconds))):
                watch.phase = name
                started = time.monotonic()
                outcome = run()
                results.append((name, outcome, time.monotonic() - started))
                print(name, outcome, flush=True)
        finally:
            watch.close()
            alive = server.poll() is None
            server.terminate()
            server.wait(timeout=30)
    write(args, results, watch, alive)


def write(args, results, watch: Watch, alive: bool) -> None:
    rows = []
    for name, outcome, seconds in results:
        if isinstance(outcome, tuple):
            outcome, hits = outcome
            shown = ", ".join(f"{k}: {v}" for k, v in sorted(outcome.items(), key=str)) + \
                f"; requests the listener received: {hits}"
        else:
            shown = ", ".join(f"{k}: {v}" for k, v in sorted(outcome.items(), key=str))
        probes = watch.probes.get(name, [])
        worst = max((latency for _, latency in probes), default=0.0)
        failed = sum(1 for status, _ in probes if status != 200)
        rows.append(f"| {name} | {seconds:.0f} | {shown} | {len(probes)} ({failed} not 200), worst {worst:.2f} s | "
                    f"{watch.memory.get(name, 0):.0f} |")
    load = results[-1][1]
    total = sum(load.values())
    all_probes = [p for probes in watch.probes.values() for p in probes]
    summary = (f"Server alive at the end: {'yes' if alive else 'NO'}; most memory (server and workers, "
               f"resident): {max(watch.memory.values()):.0f} MB; slowest trivial probe: "
               f"{max(latency for _, latency in all_probes):.2f} s of {len(all_probes)} "
               f"({sum(1 for s, _ in all_probes if s != 200)} not answered 200); load: {total} queries in "
               f"{results[-1][2]:.0f} s ({total / results[-1][2]:.0f}/s), 503: {load.get(503, 0)}.")
    text = (f"`benchmarks/bench_hostile.py`: `kg serve --workers {args.workers} --timeout {args.timeout:g} "
            f"--memory {args.memory}` on the bundled filings, 127.0.0.1; a probe sends `ASK {{}}` every 0.25 s "
            "(its worst latency per phase below), the memory of the server and its query workers is summed "
            "every 0.2 s. Statuses are HTTP codes (0: no answer), or the first bytes of the answer for raw "
            "requests.\n\n| phase | s | answers | probe | MB |\n| --- | ---: | --- | --- | ---: |\n"
            + "\n".join(rows) + f"\n\n{summary} Before (issue 18): 5,000 nested groups killed the "
            "server; a timed-out query kept running (10.4 GB after 30 s); slow queries held every slot "
            "(503 for all) and 3.5% of a 50-client trivial load got 503; SERVICE reached any address.\n\n" + machine())
    print(text)
    if not args.no_write:
        write_section(SECTION, f"## {SECTION}\n\n{text}")


if __name__ == "__main__":
    main()
