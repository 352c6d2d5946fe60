"""Checks on a query's text before any parser sees it, and a thread with room to run it.

    check_query(text)                          # QueryError: too long, too deep, too many operators
    check_query(text, services=["https://query.wikidata.org/sparql"])   # SERVICE allowed there only
    result = run_deep(lambda: store.query(text))   # on a thread with a 64 MB stack

Oxigraph's parser and evaluator recurse: 3,000 nested `{}` groups, 5,000 nested `(`, a
1,200-step property path or a chain of 5,000 `||` overflow the stack of a thread (a
segmentation fault that no exception catches). So a query is refused before parsing when
its brackets `{ ( [` nest deeper than MAX_DEPTH or it holds more than MAX_OPERATORS
operators (`|| && | / ^ ! + - * = != < > <= >= , ; .`, UNION, OPTIONAL, MINUS, each bracket), both
far below what crashes, far above any real query; and it runs on a thread whose stack is
RUN_STACK (the limits hold with room to spare there).

SERVICE (federated query) makes the engine send HTTP requests to the address the query
names: `check_query(text, services=...)` refuses any SERVICE unless its endpoint is written
as a full IRI in `services` (a variable, a prefixed or relative IRI is refused: BASE or a
PREFIX could point it anywhere). `\\uXXXX` escapes are decoded first, as SPARQL says.

Strings, IRIs and comments are skipped (their brackets and words are not syntax).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from kg.errors import KgError

T = TypeVar("T")
MAX_QUERY_CHARS = 1_000_000
MAX_DEPTH = 100
MAX_OPERATORS = 2_000
RUN_STACK = 64 * 1024 * 1024  # reserved address space; pages are used only as the recursion needs them

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''  # long strings
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''  # strings
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIs
    r"|#[^\n]*"  # comments
    r"|[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?"  # numbers
    r"|(?P<open>[{(\[])|(?P<close>[})\]])"
    r"|(?P<op>\|\||&&|!=|<=|>=|[|/^!+*=<>,;.-])"
    r"|(?<![\w?$:])(?P<word>UNION|OPTIONAL|MINUS|SERVICE)(?![\w:])",
    re.IGNORECASE)
_SERVICE_TARGET = re.compile(r"\s*(?:SILENT\s+)?(<[^<>\"{}|^`\\\x00-\x20]*>)?", re.IGNORECASE)


class QueryRefused(KgError):
    """A query kg will not run: too long (`kind` "size"), nested too deep or with too many
    operators ("shape"), or federated ("service")."""

    def __init__(self, source: str | None, problem: str, kind: str = "shape"):
        super().__init__(source, problem)
        self.kind = kind


def decode_escapes(text: str) -> str:
    """SPARQL's `\\uXXXX` / `\\UXXXXXXXX` escapes decoded (the engine decodes them in IRIs and strings)."""
    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return _ESCAPE.sub(char, text)


def check_query(text: str, *, services: Iterable[str] | None = (), max_chars: int = MAX_QUERY_CHARS,
                source: str | None = None) -> None:
    """Raise QueryRefused unless the query is within the limits. `services`: endpoints a
    SERVICE may name (None: any, as for a query the user runs on their own machine)."""
    if len(text) > max_chars:
        raise QueryRefused(source, f"the query has {len(text):,} characters; the limit is {max_chars:,}", "size")
    allowed = None if services is None else set(services)
    decoded = decode_escapes(text)
    _scan(decoded, allowed, source)
    if decoded != text:  # the engine decodes escapes in IRIs and strings only: read it both ways
        _scan(text, allowed, source)


def _scan(text: str, allowed: set[str] | None, source: str | None) -> None:
    depth = deepest = operators = 0
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
            operators += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "op":
            operators += 1
        elif kind == "word":
            operators += 1
            if match.group("word").upper() == "SERVICE" and allowed is not None:
                _check_service(text, match.end(), allowed, source)
        if deepest > MAX_DEPTH:
            raise QueryRefused(source, f"the query nests brackets deeper than {MAX_DEPTH} levels")
        if operators > MAX_OPERATORS:
            raise QueryRefused(source, f"the query holds more than {MAX_OPERATORS} operators, separators and brackets")


def _check_service(text: str, at: int, allowed: set[str], source: str | None) -> None:
    target = _SERVICE_TARGET.match(text, at).group(1)
    iri = decode_escapes(target[1:-1]) if target else None
    if not allowed:
        raise QueryRefused(source, "SERVICE (federated query) is not allowed here", "service")
    if iri not in allowed:
        shown = f"<{iri}>" if iri is not None else "an endpoint not written as a full IRI"
        raise QueryRefused(source, f"SERVICE {shown} is not an allowed endpoint; allowed: "
                           + ", ".join(f"<{name}>" for name in sorted(allowed)), "service")


def run_deep(work: Callable[[], T], stack: int = RUN_STACK) -> T:
    """`work()` on a thread with a `stack`-byte stack; its result, or its exception re-raised."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            outcome["error"] = exc

    with _STACK_LOCK:
        previous = threading.stack_size(stack)
        try:
            thread = threading.Thread(target=target, name="kg-query", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


_STACK_LOCK = threading.Lock()
