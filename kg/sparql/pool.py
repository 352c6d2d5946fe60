"""Queries of `kg serve` run in worker processes that can be stopped and whose memory is bounded.

    pool = QueryPool(".kg/store", workers=4, timeout=30, memory_mb=1024)
    result = pool.run("SELECT ...", default_graphs=[], named_graphs=[])   # or HttpError
    pool.close()

Each worker (kg.sparql.worker) opens the store read-only (the last published snapshot,
kg.graph.snapshots; it moves to a newer one between queries), lives under an address-space
limit and answers one query at a time. pyoxigraph cannot interrupt a
query, so a query past the timeout is stopped by killing its worker (SIGKILL), which a
fresh one replaces: the slot is free at once and the memory returns to the system. A
query that needs more memory than the limit ends its worker the same way (the answer is
a 503 that says so), and so does a crash: the server lives on.

Slow queries cannot starve quick ones: a query still running after `long_after` seconds
needs one of `workers - 1` long-query slots; when they are all taken it is stopped (503),
so one worker always turns over within `long_after` seconds. Queries wait for a free
worker in a bounded queue (503 when it is full, or when no worker frees up in time); a
query text stopped for time or memory lately waits behind the others (kg.sparql.dispatch),
and runs only in a long-query slot: it is refused at once while they are full.

The memory: the workers' resident memory together stays under `memory_mb` (a watcher
stops the busy worker that uses most when it is passed), and each worker has an
address-space limit (RLIMIT_AS) of `memory_mb` + ADDRESS_MARGIN_MB as a hard stop.

Workers start from a fork server (multiprocessing "forkserver"), which imports the main
module again: a script that starts a pool must guard its own start with
`if __name__ == "__main__":`.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from dataclasses import dataclass

from kg.sparql.dispatch import Dispatch, HttpError, query_key
from kg.sparql.results import Result
from kg.sparql.worker import serve_queries

log = logging.getLogger("kg")
START_TIMEOUT = 120.0
ADDRESS_MARGIN_MB = 512  # a worker's address space beyond the memory budget (libraries, stacks)
RECYCLE_MB = 200         # a worker left bigger than this by a query is replaced
WATCH_EVERY = 0.05


# ---- in the server ---------------------------------------------------------------------
@dataclass(eq=False)
class Worker:
    process: multiprocessing.process.BaseProcess
    conn: object
    busy: bool = False
    stopped_for: str | None = None  # why the pool killed it


def resident_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc); 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * PAGE / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


PAGE = os.sysconf("SC_PAGE_SIZE")


class QueryPool:
    def __init__(self, location: str, *, workers: int = 4, timeout: float = 30.0, max_results: int = 100_000,
                 memory_mb: int = 640, long_after: float = 0.5, max_waiting: int = 256):
        self.location, self.count, self.timeout = location, max(1, workers), timeout
        self.max_results, self.memory_mb, self.long_after = max_results, memory_mb, long_after
        self.address_mb = memory_mb + ADDRESS_MARGIN_MB if memory_mb else 0  # each worker's hard limit
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["kg.sparql.worker", "kg.graph.store", "pyoxigraph", "rdflib"])
        self.dispatch = Dispatch(max_waiting)
        self.long_slots, self.long_running = max(1, self.count - 1), 0
        self.closed = False
        self.all: set[Worker] = set()
        self._lock = threading.Lock()
        started = [self._start() for _ in range(self.count)]
        for worker in started:
            self._ready(worker)  # raises when the store cannot be opened
        if memory_mb:
            threading.Thread(target=self._watch, name="kg-sparql-memory", daemon=True).start()

    def _watch(self) -> None:
        """Keep the workers' resident memory together under memory_mb: past it, the busy
        worker that uses most is stopped (its query gets a 503 that says why)."""
        while not self.closed:
            time.sleep(WATCH_EVERY)
            with self._lock:
                workers = list(self.all)
            sizes = {worker: resident_mb(worker.process.pid) for worker in workers if worker.process.pid}
            if sum(sizes.values()) <= self.memory_mb:
                continue
            busy = [worker for worker in sizes if worker.busy and worker.stopped_for is None]
            if busy:
                largest = max(busy, key=sizes.get)
                largest.stopped_for = "memory"
                largest.process.kill()

    # -- workers --
    def _start(self) -> Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=serve_queries, name="kg-sparql-worker", daemon=True,
                                       args=(self.location, child, self.address_mb, self.max_results))
        process.start()
        child.close()
        worker = Worker(process, parent)
        with self._lock:
            self.all.add(worker)
        return worker

    def _ready(self, worker: Worker) -> None:
        """Wait for a started worker's first word; idle when it opened the store."""
        from kg.errors import StoreError
        message = ("failed", "the worker did not start")
        if worker.conn.poll(START_TIMEOUT):
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                message = ("failed", "the worker died while opening the store")
        if message[0] != "ready":
            self._stop(worker)
            raise StoreError(self.location, message[1])
        self.dispatch.put(worker)

    def _stop(self, worker: Worker) -> None:
        worker.stopped_for = worker.stopped_for or "stopped"
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=10)
        worker.conn.close()
        with self._lock:
            self.all.discard(worker)

    def _replace(self, worker: Worker) -> None:
        """Kill a worker (its query is abandoned) and start another in the background."""
        self._stop(worker)
        if self.closed:
            return

        def renew() -> None:
            for attempt in range(5):
                if self.closed:
                    return
                try:
                    self._ready(self._start())
                    return
                except Exception as exc:  # noqa: BLE001 - keep serving with fewer workers; say why
                    log.warning("%s: a query worker could not start (%s); retrying", self.location, exc)
                    time.sleep(2 ** attempt)

        threading.Thread(target=renew, name="kg-sparql-renew", daemon=True).start()

    # -- queries --
    def run(self, query: str, default_graphs: list[str], named_graphs: list[str]) -> Result:
        if self.closed:
            raise HttpError(503, "the endpoint is shutting down")
        key = query_key(query)
        slow = self.dispatch.penalized(key)  # stopped lately: it runs in a long-query slot or not at all
        if slow and not self._long_slot():
            raise HttpError(503, f"this query was stopped for running long lately, and {self.long_slots} "
                            "long-running queries already run; try again later")
        try:
            worker = self.dispatch.take(key, self.timeout)
            try:
                worker.busy = True
                worker.conn.send((query, list(default_graphs), list(named_graphs)))
            except (OSError, ValueError):
                self._replace(worker)
                raise HttpError(503, "a query worker had stopped; try again") from None
            return self._answer(worker, slow)
        except HttpError as exc:
            if exc.status == 503 and "worker" in locals() and worker.stopped_for in ("time", "memory"):
                self.dispatch.penalize(key)  # it waits behind the others next time
            raise
        finally:
            if slow:
                self._free_long_slot()

    def _long_slot(self) -> bool:
        with self._lock:
            taken = self.long_running < self.long_slots
            self.long_running += taken
        return taken

    def _free_long_slot(self) -> None:
        with self._lock:
            self.long_running -= 1

    def _answer(self, worker: Worker, has_slot: bool) -> Result:
        if not has_slot:
            if worker.conn.poll(min(self.long_after, self.timeout)):
                return self._receive(worker)
            if self.timeout <= self.long_after:
                self._stop_for_time(worker)
                raise HttpError(503, f"the query ran longer than {self.timeout:g} s and was stopped")
            if not self._long_slot():
                self._stop_for_time(worker)
                raise HttpError(503, f"{self.long_slots} long-running queries already run; this one was "
                                f"stopped after {self.long_after:g} s; try again later")
        try:
            waited = 0.0 if has_slot else self.long_after
            if worker.conn.poll(max(0.0, self.timeout - waited)):
                return self._receive(worker)
        finally:
            if not has_slot:
                self._free_long_slot()
        self._stop_for_time(worker)
        raise HttpError(503, f"the query ran longer than {self.timeout:g} s and was stopped")

    def _stop_for_time(self, worker: Worker) -> None:
        worker.stopped_for = worker.stopped_for or "time"
        self._replace(worker)

    def _receive(self, worker: Worker) -> Result:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            why = worker.stopped_for
            self._replace(worker)
            if why == "memory":
                raise HttpError(503, f"the query was stopped: the queries running together used more than "
                                f"{self.memory_mb} MB; this one used most") from None
            raise HttpError(503, f"the query stopped its worker: it needs more memory than a worker may use "
                            f"({self.address_mb} MB of address space), or it crashed the engine") from None
        worker.busy = False
        if resident_mb(worker.process.pid) > RECYCLE_MB:  # a big answer left the worker big: a fresh one
            self._replace(worker)
        else:
            self.dispatch.put(worker)
        if message[0] == "ok":
            return message[1]
        raise HttpError(message[1], message[2])

    def close(self) -> None:
        self.closed = True
        with self._lock:
            workers = list(self.all)
        for worker in workers:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5
        for worker in workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            self._stop(worker)
