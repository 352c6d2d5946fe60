"""What every mapping function needs: the graph of one filing, IRI minting, typed literals,
evidence annotations and findings made while mapping.

IRIs (see ontology/kg.ttl): `cik/<10 digits>` for anything with a CIK; the filing is
`filing/<accession>` or `filing/sha256/<hash>`; other agents `<filing>/<kind>/<slug of the
raw printed name>`; statements of one filing (memberships, addresses, holdings...) under
the filing's IRI, so that two filings never write the same node.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, URIRef

from kg.errors import StructureError
from kg.graph.ntriples import (
    BooleanLiteral,
    DateLiteral,
    DecimalLiteral,
    IntegerLiteral,
    PlainLiteral,
    Triples,
    iri_text,
    term_text,
)
from kg.graph.search import name_keys
from kg.graph.vocab import COUNTRY_BASE, INSTANCE_BASE, KG, OA, ORG, PROV, SCHEMA
from kg.lookups import WARNING_CODES
from kg.records import Filing, Span, Traced, Warning

_NAME = SCHEMA.name
_ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The N-Triples text of the terms every evidence annotation uses (FilingGraph._annotation).
_T_TYPE, _T_ANNOTATION, _T_HAS_BODY, _T_ABOUT, _T_PRINTED = map(iri_text, (RDF.type, OA.Annotation, OA.hasBody,
                                                                         KG.aboutProperty, KG.printedValue))
_T_HAS_TARGET, _T_TARGET, _T_HAS_SOURCE, _T_HAS_SELECTOR = map(iri_text, (OA.hasTarget, OA.SpecificResource,
                                                                          OA.hasSource, OA.hasSelector))
_T_POSITION, _T_START, _T_END, _T_QUOTE, _T_EXACT = map(iri_text, (OA.TextPositionSelector, OA.start, OA.end,
                                                                   OA.TextQuoteSelector, OA.exact))
AGENT_CLASSES = {"person": (SCHEMA.Person, PROV.Agent),
                 "org": (SCHEMA.Organization, ORG.FormalOrganization, PROV.Agent),
                 "agent": (PROV.Agent,)}


def slug(text: str) -> str:
    """A readable IRI key for a raw printed string; a short hash when nothing readable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return key[:80] or "h" + hashlib.sha1(text.encode()).hexdigest()[:12]


_STRAIGHT_QUOTES = str.maketrans("“”‘’", "\"\"''")


def name_key(name: str) -> str:
    """One key for a name in any case and either form of quotes ('Sylvester “Chip” Johnson' as printed in the
    roster, 'Sylvester "Chip" Johnson' on the cover page)."""
    return " ".join(name.translate(_STRAIGHT_QUOTES).split()).casefold()


def cik_iri(cik: str) -> URIRef:
    digits = cik.strip()
    if not digits.isdigit() or len(digits) > 10:
        raise StructureError(None, f"CIK {cik!r} is not a number of up to 10 digits")
    return URIRef(f"{INSTANCE_BASE}cik/{digits.zfill(10)}")


# The named graph of the linker's judgements and canonical entities (written by kg.link).
LINKS_GRAPH = URIRef(f"{INSTANCE_BASE}graph/links")


def filing_iri(accession_number: str | None, text_sha256: str | None, source: str) -> URIRef:
    if accession_number:
        if not _ACCESSION.match(accession_number):
            raise StructureError(source, f"accession number {accession_number!r} is not like 0001104659-25-002604")
        return URIRef(f"{INSTANCE_BASE}filing/{accession_number}")
    if text_sha256:
        return URIRef(f"{INSTANCE_BASE}filing/sha256/{text_sha256}")
    raise StructureError(source, "a filing needs an accession number or a text hash to be named")


class FilingGraph:
    """The triples of one filing, built by the mapping functions.

    `graph` is a `kg.graph.ntriples.Triples`: the triples as N-Triples text, written as they
    are added (add, `in`, remove, len, `to_rdflib()`); the literal helpers return literals
    of `kg.graph.ntriples` (strings holding the lexical form, with a datatype)."""

    def __init__(self, filing: Filing, text: str | None = None):
        self.filing = filing
        self.text = text
        self.graph = Triples()
        self.iri = filing_iri(filing.accession_number, filing.text_sha256, filing.source)
        self.graph_iri = URIRef(f"{self.iri}/graph")
        self.findings: list[Warning] = []
        self._agents: dict[str, URIRef] = {}
        self._evidence_count = 0

    # ---- triples and literals ------------------------------------------------
    def add(self, subject: URIRef, prop: URIRef, value) -> None:
        """Add one triple; a None value adds nothing (unknown stays unknown). A schema:name
        brings its search keys (kg:nameKey, kg.graph.search)."""
        if value is not None:
            self.graph.add((subject, prop, value))
            if prop is _NAME:
                for key in name_keys(value):
                    self.graph.add((subject, KG.nameKey, PlainLiteral(key)))

    def node(self, iri: URIRef, *classes: URIRef) -> URIRef:
        """Type a node and derive it from the filing."""
        for cls in classes:
            self.graph.add((iri, RDF.type, cls))
        self.graph.add((iri, PROV.wasDerivedFrom, self.iri))
        return iri

    def child(self, parent: URIRef, *keys: str) -> URIRef:
        """A sub-entity IRI: the parent's plus keys (slugged)."""
        return URIRef("/".join([str(parent)] + [slug(key) for key in keys]))

    def statement(self, parent: URIRef, *keys: str) -> URIRef:
        """The IRI of a statement of this filing about `parent`; under the filing's IRI."""
        base = str(parent)
        if not base.startswith(str(self.iri)):
            base = f"{self.iri}/{base[len(INSTANCE_BASE):] if base.startswith(INSTANCE_BASE) else slug(base)}"
        return self.child(URIRef(base), *keys)

    @staticmethod
    def text_value(value: str | None) -> PlainLiteral | None:
        value = " ".join(value.split()) if value is not None else None
        return PlainLiteral(value) if value else None

    @staticmethod
    def literal(value: str | None) -> PlainLiteral | None:
        """A string literal exactly as given (no whitespace folding); None or "" stays unknown."""
        return PlainLiteral(value) if value else None

    @staticmethod
    def integer(value: int | None) -> IntegerLiteral | None:
        return None if value is None else IntegerLiteral(int(value))

    @staticmethod
    def decimal(value: float | None) -> DecimalLiteral | None:
        return None if value is None else DecimalLiteral(f"{Decimal(str(value)):f}")

    @staticmethod
    def boolean(value: bool | None) -> BooleanLiteral | None:
        return None if value is None else BooleanLiteral("true" if value else "false")

    def date(self, value: str | None, what: str) -> DateLiteral | None:
        """An ISO date literal; a malformed date is a finding and stays unknown."""
        if value is None:
            return None
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            self.finding("bad-value", f"{what} {value!r} is not a date (YYYY-MM-DD); left out of the graph")
            return None
        return DateLiteral(value)

    # ---- agents --------------------------------------------------------------
    def agent(self, name: str, *, cik: str | None = None, kind: str = "agent",
              aliases: tuple[str | None, ...] = ()) -> URIRef:
        """The IRI of a person or organisation named in this filing: by CIK, else by a name
        already seen in this filing, else minted from the filing and the raw printed name."""
        keys = [name_key(n) for n in (name, *aliases) if n]
        iri = cik_iri(cik) if cik else next((self._agents[k] for k in keys if k in self._agents), None)
        if iri is None:
            iri = self.child(self.iri, kind, name)
        for key in keys:
            self._agents.setdefault(key, iri)
        self.node(iri, *AGENT_CLASSES[kind])
        self.add(iri, SCHEMA.name, self.text_value(name))
        return iri

    def known_agent(self, name: str | None) -> URIRef | None:
        return self._agents.get(name_key(name)) if name else None

    # ---- evidence and findings -----------------------------------------------
    def evidence(self, record: Traced, fields: dict[str, tuple[URIRef, URIRef]],
                 bodies: tuple[URIRef, ...] = ()) -> None:
        """Evidence annotations: the record's whole span (about `bodies`) and each traced field."""
        if record.evidence is not None and bodies:
            self._annotation(bodies, record.evidence, None, None)
        for name in sorted(set(record.spans) | set(record.printed)):
            if name in fields:
                subject, prop = fields[name]
                self._annotation((subject,), record.spans.get(name), prop, record.printed.get(name))

    def annotate(self, bodies: tuple[URIRef, ...], span: Span, printed: str | None = None) -> URIRef:
        """Evidence that `bodies` were read from `span` of the text (printed there as `printed`)."""
        return URIRef(f"{self.iri}/evidence/{self._annotation(bodies, span, None, printed)}")

    def _annotation(self, bodies: tuple[URIRef, ...], span: Span | None, prop: URIRef | None,
                    printed: str | None) -> int:
        """An evidence annotation (its number). Its triples conform to the shapes by construction
        (kg.graph.shacl checks only that nothing else was said of its nodes): at least one body,
        each an IRI, one target in this filing, a span checked by `_span`; they are written as
        N-Triples lines and added as checked."""
        self._evidence_count += 1
        number = self._evidence_count
        if not bodies or not all(isinstance(body, URIRef) for body in bodies):
            self._annotation_unchecked(number, bodies, span, prop, printed)
            return number
        graph = self.graph
        ann = f"{graph.text(self.iri)[:-1]}/evidence/{number}"  # `<filing/evidence/N`, closed below
        lines = [f"{ann}> {_T_TYPE} {_T_ANNOTATION}"]
        lines += [f"{ann}> {_T_HAS_BODY} {graph.text(body)}" for body in bodies]
        if prop is not None:
            lines.append(f"{ann}> {_T_ABOUT} {graph.text(prop)}")
        if printed:
            lines.append(f"{ann}> {_T_PRINTED} {term_text(PlainLiteral(printed))}")
        if span is not None:
            start, end = self._span(span)
            lines += [f"{ann}> {_T_HAS_TARGET} {ann}/target>", f"{ann}/target> {_T_TYPE} {_T_TARGET}",
                      f"{ann}/target> {_T_HAS_SOURCE} {graph.text(self.iri)}",
                      f"{ann}/target> {_T_HAS_SELECTOR} {ann}/position>",
                      f"{ann}/position> {_T_TYPE} {_T_POSITION}",
                      f"{ann}/position> {_T_START} {term_text(IntegerLiteral(start))}",
                      f"{ann}/position> {_T_END} {term_text(IntegerLiteral(end))}"]
            if self.text is not None:
                lines += [f"{ann}/target> {_T_HAS_SELECTOR} {ann}/quote>", f"{ann}/quote> {_T_TYPE} {_T_QUOTE}",
                          f"{ann}/quote> {_T_EXACT} {term_text(PlainLiteral(self.text[start:end]))}"]
        graph.add_checked_lines(lines)
        return number

    def _annotation_unchecked(self, number: int, bodies, span: Span | None, prop: URIRef | None,
                              printed: str | None) -> None:
        """The same triples, added one by one and left to the shapes (no body, or one that is no IRI)."""
        ann = URIRef(f"{self.iri}/evidence/{number}")
        self.graph.add((ann, RDF.type, OA.Annotation))
        for body in bodies:
            self.graph.add((ann, OA.hasBody, body))
        self.add(ann, KG.aboutProperty, prop)
        self.add(ann, KG.printedValue, self.literal(printed))
        if span is None:
            return
        start, end = self._span(span)
        target, position = URIRef(f"{ann}/target"), URIRef(f"{ann}/position")
        for triple in ((ann, OA.hasTarget, target), (target, RDF.type, OA.SpecificResource),
                       (target, OA.hasSource, self.iri), (target, OA.hasSelector, position),
                       (position, RDF.type, OA.TextPositionSelector), (position, OA.start, IntegerLiteral(start)),
                       (position, OA.end, IntegerLiteral(end))):
            self.graph.add(triple)
        if self.text is not None:
            quote = URIRef(f"{ann}/quote")
            self.graph.add((target, OA.hasSelector, quote))
            self.graph.add((quote, RDF.type, OA.TextQuoteSelector))
            self.graph.add((quote, OA.exact, PlainLiteral(self.text[start:end])))

    def _span(self, span: Span) -> tuple[int, int]:
        start, end = int(span[0]), int(span[1])
        if start < 0 or end < start or (self.text is not None and end > len(self.text)):
            raise StructureError(self.filing.source, f"span [{start}, {end}] lies outside the document text")
        return start, end

    def finding(self, code: str, message: str, span: Span | None = None, **values) -> None:
        """A data-quality finding made while mapping (it joins the extractor's warnings)."""
        if code not in WARNING_CODES:
            raise ValueError(f"unknown warning code {code!r}: add it to lookups/warnings.yml")
        self.findings.append(Warning(code=code, message=message, location=self.filing.source,
                                     span=span, values=values))


def country_iri(fg: FilingGraph, alpha2: str | None) -> URIRef | None:
    """ISO 3166-1 alpha-2 -> the EU authority table IRI (alpha-3); unknown codes are findings."""
    if alpha2 is None:
        return None
    iri = _country(alpha2.upper())
    if iri is None:
        fg.finding("bad-value", f"country code {alpha2!r} is not ISO 3166-1 alpha-2; left out of the graph")
    return iri


@lru_cache(maxsize=512)
def _country(alpha2: str) -> URIRef | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return None if country is None else URIRef(COUNTRY_BASE + country.alpha_3)
