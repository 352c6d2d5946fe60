"""Which waiting query a free worker of `kg serve` takes next.

    dispatch = Dispatch(max_waiting=256)
    dispatch.put(worker)                       # a worker is free
    worker = dispatch.take(key, timeout=30)    # wait for one (HttpError 503 past the timeout)
    dispatch.penalize(key)                     # this query text was stopped for running long

First come, first served, except that a query whose text was stopped for running long in
the last PENALTY seconds waits behind every other query: clients that send slow queries
again and again cannot make a quick query wait behind theirs.
"""
from __future__ import annotations

import hashlib
import itertools
import threading
import time
from collections import OrderedDict

PENALTY = 60.0
REMEMBERED = 1024  # query texts remembered as slow, at most


class HttpError(Exception):
    """An answer of the endpoint that is not 200: its status and a plain-words message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def query_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


class Dispatch:
    def __init__(self, max_waiting: int = 256):
        self.max_waiting = max_waiting
        self.cond = threading.Condition()
        self.free: list = []
        self.waiting: list[tuple[int, str]] = []  # (arrival, key), in arrival order
        self.arrivals = itertools.count()
        self.slow: OrderedDict[str, float] = OrderedDict()  # key -> until when it waits behind the others

    def put(self, worker) -> None:
        with self.cond:
            self.free.append(worker)
            self.cond.notify_all()

    def penalize(self, key: str) -> None:
        with self.cond:
            self.slow[key] = time.monotonic() + PENALTY
            self.slow.move_to_end(key)
            while len(self.slow) > REMEMBERED:
                self.slow.popitem(last=False)

    def penalized(self, key: str) -> bool:
        until = self.slow.get(key)
        return until is not None and until > time.monotonic()

    def _next(self) -> tuple[int, str] | None:
        """The waiter a free worker goes to: the first that is not penalized, else the first."""
        return next((entry for entry in self.waiting if not self.penalized(entry[1])),
                    self.waiting[0] if self.waiting else None)

    def take(self, key: str, timeout: float):
        deadline = time.monotonic() + timeout
        with self.cond:
            if len(self.waiting) >= self.max_waiting:
                raise HttpError(503, "too many queries are waiting; try again later")
            entry = (next(self.arrivals), key)
            self.waiting.append(entry)
            try:
                while not (self.free and self._next() == entry):
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise HttpError(503, "the endpoint is busy with other queries; try again later")
                    self.cond.wait(min(remaining, 0.25))
                return self.free.pop()
            finally:
                self.waiting.remove(entry)
                self.cond.notify_all()
