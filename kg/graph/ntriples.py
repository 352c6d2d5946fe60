"""The triples of one filing as N-Triples text, written directly (no rdflib graph in between).

    triples = Triples()
    triples.add((subject, KG.shares, integer(1000)))   # rdflib or pyoxigraph terms, or our literals
    triples.nquads(graph_iri)                          # bytes for Oxigraph's bulk loader
    triples.to_rdflib()                                # an rdflib Graph, for tests and comparisons

Terms are encoded once, as rdflib's N-Triples serializer writes them (the mapping used to
build an rdflib Graph and serialise it; a test holds the output to that): IRIs as
`<...>` (refused when they hold a character N-Triples forbids), literals quoted with
`\\`, `"`, newline and carriage return escaped, then `^^<datatype>` or `@language`.
The literal helpers of the mapping return `PlainLiteral`, `IntegerLiteral`... : strings
whose value is the literal's lexical form (so `str(literal)` is what it was with rdflib),
with its `datatype`; building one costs a string, not an rdflib Literal's parsing.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef

from kg.errors import StructureError

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
_FORBIDDEN_IN_IRI = frozenset('<>" {}|\\^`')


class PlainLiteral(str):
    """A plain string literal; its value is the lexical form."""

    datatype: str | None = None
    language: str | None = None
    _suffix = ""

    def n3(self) -> str:
        return _quote(self) + self._suffix

    def toPython(self):  # noqa: N802 - rdflib's name, for code written against rdflib literals
        return str(self)


class IntegerLiteral(PlainLiteral):
    datatype = XSD_NS + "integer"
    _suffix = f"^^<{datatype}>"

    def toPython(self):  # noqa: N802
        return int(self)


class DecimalLiteral(PlainLiteral):
    datatype = XSD_NS + "decimal"
    _suffix = f"^^<{datatype}>"

    def toPython(self):  # noqa: N802
        from decimal import Decimal
        return Decimal(self)


class BooleanLiteral(PlainLiteral):
    datatype = XSD_NS + "boolean"
    _suffix = f"^^<{datatype}>"

    def toPython(self):  # noqa: N802
        return self == "true"


class DateLiteral(PlainLiteral):
    datatype = XSD_NS + "date"
    _suffix = f"^^<{datatype}>"

    def toPython(self):  # noqa: N802
        import datetime as dt
        return dt.date.fromisoformat(self)


_OURS = (PlainLiteral, IntegerLiteral, DecimalLiteral, BooleanLiteral, DateLiteral)


def _quote(text: str) -> str:
    if "\\" in text or "\n" in text or '"' in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{text}"'


def iri_text(iri: str) -> str:
    """`<iri>`; a character N-Triples forbids in an IRI is a StructureError (a bug upstream)."""
    if not _FORBIDDEN_IN_IRI.isdisjoint(iri):
        raise StructureError(None, f"{iri!r} cannot be an IRI (it holds one of {''.join(sorted(_FORBIDDEN_IN_IRI))})")
    return f"<{iri}>"


def term_text(term) -> str:
    """The N-Triples text of a term: rdflib URIRef/Literal, pyoxigraph NamedNode/Literal or ours."""
    kind = type(term)
    if kind in _OURS:
        return _quote(term) + term._suffix
    if kind is URIRef or isinstance(term, URIRef):
        return iri_text(term)
    if isinstance(term, Literal):
        if term.language:
            return f"{_quote(str(term))}@{term.language}"
        return _quote(str(term)) + (f"^^<{term.datatype}>" if term.datatype else "")
    if isinstance(term, PlainLiteral):
        return _quote(term) + term._suffix
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode | ox.Literal):
        return str(term)
    raise TypeError(f"{term!r} is not an RDF term (an IRI or a literal)")


class Triples:
    """A set of triples kept as N-Triples lines (insertion order, no duplicates).

    It answers what the mapping asks of a graph: add, `in`, remove by subject, len.
    `add_checked_lines` adds triples that its maker has checked against the shapes as it made it
    (the evidence annotations, kg.graph.mapping_base); `unchecked_lines()` are the others,
    and `checked_intact` is False once a checked triple was removed (kg.graph.shacl then
    validates every triple)."""

    def __init__(self) -> None:
        self._lines: dict[str, bool] = {}  # line -> checked when it was made
        self._iris: dict[str, str] = {}  # IRI -> its text, per filing (subjects and properties repeat)
        self.checked_intact = True

    def _text(self, term) -> str:
        if type(term) in _OURS:
            return _quote(term) + term._suffix
        known = self._iris.get(term)
        if known is None:
            known = term_text(term)
            if known[0] == "<":
                self._iris[term] = known
        return known

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        iris = self._iris
        if type(o) in _OURS:
            text = _quote(o) + o._suffix
        else:
            text = iris.get(o) or self._text(o)
        self._lines[f"{iris.get(s) or self._text(s)} {iris.get(p) or self._text(p)} {text}"] = False

    def text(self, term) -> str:
        """The N-Triples text of a term (IRIs remembered per filing)."""
        return self._iris.get(term) or self._text(term)

    def add_checked_lines(self, lines: list[str]) -> None:
        """Add triples, given as N-Triples lines (`s p o`), that their maker has checked against the
        shapes (a line already there keeps what it was)."""
        setdefault = self._lines.setdefault
        for line in lines:
            setdefault(line, True)

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = triple
        return f"{self._text(s)} {self._text(p)} {self._text(o)}" in self._lines

    def remove(self, pattern: tuple) -> None:
        """Remove the triples matching (s, p, o) where None matches anything."""
        wanted = [None if term is None else self._text(term) for term in pattern]
        for line in [line for line in self._lines if _matches(line, wanted)]:
            self.checked_intact = self.checked_intact and not self._lines.pop(line)

    def __len__(self) -> int:
        return len(self._lines)

    def lines(self) -> Iterator[str]:
        """Each triple as `subject predicate object` (N-Triples without the final ` .`)."""
        return iter(self._lines)

    def unchecked_lines(self) -> list[str]:
        """The lines not added by `add_checked_lines`."""
        return [line for line, checked in self._lines.items() if not checked]

    def ntriples(self) -> str:
        return "".join(f"{line} .\n" for line in self._lines)

    def nquads(self, graph_iri: str) -> bytes:
        tail = f" {iri_text(graph_iri)} .\n"
        return (tail.join(self._lines) + tail if self._lines else "").encode()

    def to_rdflib(self):
        """The triples as an rdflib Graph (parsed from the N-Triples text)."""
        from rdflib import Graph
        return Graph().parse(data=self.ntriples(), format="nt")


def _matches(line: str, wanted: list[str | None]) -> bool:
    s, rest = line.split(" ", 1)
    p, o = rest.split(" ", 1)
    return all(want is None or want == have for want, have in zip(wanted, (s, p, o), strict=True))
