"""Records -> RDF, the Item 5 and Form 3/4/5 rows: holdings and transactions (called by kg.graph.mapping).

Each becomes a node of the filing's graph with its party, issuer and security, and Web Annotations for its
traced fields; a holding that names no owner is left out with a `bad-value` finding.
"""
from __future__ import annotations

from rdflib import URIRef

from kg.graph.mapping_base import FilingGraph
from kg.graph.ntriples import PlainLiteral
from kg.graph.ontology import concepts
from kg.graph.vocab import KG, SCHEMA
from kg.records import Holding, Transaction


def map_holding(fg: FilingGraph, holding: Holding, index: int,
                issuer: URIRef | None, security: URIRef | None) -> None:
    own = fg.node(URIRef(f"{fg.iri}/holding/{index}"), KG.BeneficialOwnership)
    owner = party_agent(fg, holding.person)
    if owner is None:
        fg.graph.remove((own, None, None))
        fg.finding("bad-value", f"holding {index} names no owner; left out of the graph", holding.evidence)
        return
    fg.add(own, KG.owner, owner)
    fg.add(own, KG.issuer, issuer)
    fg.add(own, KG.security, _security_of(fg, holding.security, issuer, security))
    fg.add(own, KG.shares, fg.integer(holding.shares))
    fg.add(own, KG.percentOfClass, fg.decimal(holding.percent))
    fg.add(own, KG.asOf, fg.date(holding.as_of, f"holding {index} date"))
    fg.add(own, KG.directOrIndirect, fg.text_value(holding.direct_or_indirect))
    fg.add(own, KG.natureOfOwnership, fg.text_value(holding.nature_of_ownership))
    fg.add(own, KG.derivative, fg.boolean(holding.derivative))
    for note in holding.footnotes:
        fg.add(own, KG.footnote, fg.text_value(note))
    fg.evidence(holding, {"shares": (own, KG.shares), "percent": (own, KG.percentOfClass),
                          "as_of": (own, KG.asOf)}, bodies=(own,))


def map_transaction(fg: FilingGraph, tx: Transaction, index: int,
                    issuer: URIRef | None, security: URIRef | None) -> None:
    iri = fg.node(URIRef(f"{fg.iri}/transaction/{index}"), KG.Transaction)
    fg.add(iri, KG.party, party_agent(fg, tx.person))
    fg.add(iri, KG.issuer, issuer)
    fg.add(iri, KG.security, _security_of(fg, tx.security, issuer, security))
    fg.add(iri, KG.transactionDate, fg.date(tx.date, f"transaction {index} date"))
    fg.add(iri, KG.shares, fg.integer(tx.shares))
    fg.add(iri, KG.price, fg.decimal(tx.price))
    if tx.kind is not None:
        kind = concepts(KG.TransactionKinds).get(tx.kind)
        if kind is None:
            fg.finding("unknown-code", f"transaction kind {tx.kind!r} is not in kg:TransactionKinds; kept as printed",
                       tx.evidence, kind=tx.kind)
            fg.add(iri, KG.kindAsPrinted, PlainLiteral(tx.kind))
        fg.add(iri, KG.transactionKind, kind)
    fg.add(iri, KG.transactionCode, fg.text_value(tx.code))
    fg.add(iri, KG.acquiredDisposed, fg.text_value(tx.acquired_disposed))
    fg.add(iri, KG.sharesAfter, fg.integer(tx.shares_after))
    fg.add(iri, KG.directOrIndirect, fg.text_value(tx.direct_or_indirect))
    fg.add(iri, KG.natureOfOwnership, fg.text_value(tx.nature_of_ownership))
    fg.add(iri, KG.derivative, fg.boolean(tx.derivative))
    for note in tx.footnotes:
        fg.add(iri, KG.footnote, fg.text_value(note))
    fg.evidence(tx, {"date": (iri, KG.transactionDate), "shares": (iri, KG.shares), "price": (iri, KG.price),
                     "kind": (iri, KG.transactionKind)}, bodies=(iri,))



def party_agent(fg: FilingGraph, name: str | None, kind: str = "agent") -> URIRef | None:
    """An agent named in a record: known in this filing, else minted; with no name, the one
    reporting person when there is exactly one (Item 5 speaks of the reporting persons)."""
    if name:
        return fg.known_agent(name) or fg.agent(name, kind=kind)
    persons = [rp for rp in fg.filing.reporting_persons if rp.name]
    return fg.known_agent(persons[0].name) if len(persons) == 1 else None


def _security_of(fg: FilingGraph, title: str | None, issuer: URIRef | None,
                 subject: URIRef | None) -> URIRef | None:
    if title is None or title == fg.filing.security_class:
        return subject
    iri = fg.node(fg.statement(issuer or fg.iri, "class", title), KG.SecurityClass)
    fg.add(iri, SCHEMA.name, fg.text_value(title))
    fg.add(iri, KG.issuedBy, issuer)
    return iri
