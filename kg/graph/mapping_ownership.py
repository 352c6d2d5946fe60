"""Forms 3/4/5 in the graph, beside what `kg.graph.mapping` writes for every filing.

- Table II rows: a derivative transaction is a `kg:Transaction` (`kg:derivative true`) of a
  derivative `kg:SecurityClass`, one per instrument (title, exercise price, date exercisable,
  expiration date), which has `kg:underlyingSecurity`; a derivative holding is a
  `kg:BeneficialOwnership` of that class. Both carry `kg:underlyingShares`.
- Every transaction row (both tables) gets its trade category, its value (shares x price)
  and whether a footnote cites Rule 10b5-1; the filing gets the Rule 10b5-1 box, the
  Section 16 box and its remarks.
- Footnotes are `kg:Footnote` nodes; each footnote on a field is a `kg:FootnoteReference`
  naming the property of that field.

Table I rows keep the IRIs that `kg.graph.mapping` gives them (`<filing>/transaction/N`,
`<filing>/holding/N`, N counting from 1 in the record lists); this module only adds to them.
"""
from __future__ import annotations

from rdflib import URIRef

from kg.graph.mapping_base import FilingGraph
from kg.graph.ontology import concepts
from kg.graph.vocab import KG, SCHEMA
from kg.records import DerivativeHolding, DerivativeTransaction

# record field -> the property that holds its value in the graph
FIELD_PROPERTIES = {
    "security": KG.security, "date": KG.transactionDate, "deemed_execution_date": KG.deemedExecutionDate,
    "code": KG.transactionCode, "shares": KG.shares, "price": KG.price, "acquired_disposed": KG.acquiredDisposed,
    "shares_after": KG.sharesAfter, "direct_or_indirect": KG.directOrIndirect,
    "nature_of_ownership": KG.natureOfOwnership, "exercise_price": KG.exercisePrice,
    "exercise_date": KG.exerciseDate, "expiration_date": KG.expirationDate,
    "underlying_security": KG.underlyingSecurity, "underlying_shares": KG.underlyingShares,
}
# Table I fields whose evidence kg.graph.mapping does not write
_TABLE_I_MORE = ("code", "deemed_execution_date", "acquired_disposed", "shares_after", "direct_or_indirect",
                 "nature_of_ownership")


def map_ownership(fg: FilingGraph, issuer: URIRef | None, security: URIRef | None) -> None:
    """Everything Forms 3/4/5 add; nothing for a filing without their records."""
    f = fg.filing
    notes = map_form(fg)
    for index, tx in enumerate(f.transactions, 1):
        if tx.code is not None:  # a Form 3/4/5 row (Item 5 transactions have no code)
            iri = URIRef(f"{fg.iri}/transaction/{index}")
            map_trade(fg, iri, tx)
            map_footnote_refs(fg, iri, tx.footnote_refs, notes)
            fg.evidence(tx, {name: (iri, FIELD_PROPERTIES[name]) for name in _TABLE_I_MORE})
    for index, holding in enumerate(f.holdings, 1):
        if holding.footnote_refs and not holding.derivative:
            map_footnote_refs(fg, URIRef(f"{fg.iri}/holding/{index}"), holding.footnote_refs, notes)
    for index, row in enumerate(f.derivative_transactions, 1):
        map_derivative_transaction(fg, row, index, issuer, security, notes)
    for index, row in enumerate(f.derivative_holdings, 1):
        map_derivative_holding(fg, row, index, issuer, security, notes)


def map_form(fg: FilingGraph) -> dict[str, URIRef]:
    """The boxes, the remarks and the footnotes of the form; footnote id -> node."""
    f, iri = fg.filing, fg.iri
    fg.add(iri, KG.rule10b5One, fg.boolean(f.rule_10b5_1))
    fg.add(iri, KG.notSubjectToSection16, fg.boolean(f.not_subject_to_section16))
    fg.add(iri, KG.noSecuritiesOwned, fg.boolean(f.no_securities_owned))
    fg.add(iri, KG.remarks, fg.text_value(f.remarks))
    fg.evidence(f, {"rule_10b5_1": (iri, KG.rule10b5One), "remarks": (iri, KG.remarks),
                    "not_subject_to_section16": (iri, KG.notSubjectToSection16)})
    nodes: dict[str, URIRef] = {}
    for note in f.footnotes:
        node = fg.node(fg.child(fg.iri, "footnote", note.id), KG.Footnote)
        fg.add(node, KG.footnoteId, fg.text_value(note.id))
        fg.add(node, KG.footnoteText, fg.text_value(note.text))
        fg.evidence(note, {}, bodies=(node,))
        nodes[note.id] = node
    return nodes


def map_trade(fg: FilingGraph, iri: URIRef, row) -> None:
    """What a Form 3/4/5 transaction row adds to its kg:Transaction: derived views and codes."""
    if row.category is not None:
        fg.add(iri, KG.tradeCategory, concepts(KG.TradeCategories).get(row.category))
    fg.add(iri, KG.tradeValue, fg.decimal(row.value))
    fg.add(iri, KG.deemedExecutionDate, fg.date(row.deemed_execution_date, "deemed execution date"))
    fg.add(iri, KG.equitySwapInvolved, fg.boolean(row.equity_swap))
    fg.add(iri, KG.transactionFormType, fg.text_value(row.transaction_form_type))
    fg.add(iri, KG.rule10b51Footnote, fg.boolean(row.rule_10b5_1_footnote))


def map_footnote_refs(fg: FilingGraph, iri: URIRef, refs: list[dict[str, str]], notes: dict[str, URIRef]) -> None:
    for ref in refs:
        prop, note = FIELD_PROPERTIES.get(ref["field"]), notes.get(ref["id"])
        if prop is None or note is None:  # an unknown footnote id is already a bad-value warning
            continue
        node = fg.node(fg.child(iri, "note", ref["field"], ref["id"]), KG.FootnoteReference)
        fg.add(iri, KG.footnoteReference, node)
        fg.add(node, KG.onProperty, prop)
        fg.add(node, KG.citesFootnote, note)


def derivative_class(fg: FilingGraph, row, issuer: URIRef | None, subject: URIRef | None) -> URIRef | None:
    """The derivative instrument of a Table II row, with its underlying class."""
    if row.security is None:
        return None
    keys = [row.security] + [row.printed.get(name) or "none" for name in
                             ("exercise_price", "exercise_date", "expiration_date", "underlying_security")]
    iri = fg.node(fg.statement(issuer or fg.iri, "derivative", *keys), KG.SecurityClass)
    fg.add(iri, SCHEMA.name, fg.text_value(row.security))
    fg.add(iri, KG.issuedBy, issuer)
    fg.add(iri, KG.derivative, fg.boolean(True))
    fg.add(iri, KG.exercisePrice, fg.decimal(row.exercise_price))
    fg.add(iri, KG.exerciseDate, fg.date(row.exercise_date, "date exercisable"))
    fg.add(iri, KG.expirationDate, fg.date(row.expiration_date, "expiration date"))
    fg.add(iri, KG.underlyingSecurity, security_class(fg, row.underlying_security, issuer, subject))
    return iri


def security_class(fg: FilingGraph, title: str | None, issuer: URIRef | None,
                   subject: URIRef | None) -> URIRef | None:
    """A non-derivative class by its title: the filing's subject class, or one minted like
    `kg.graph.mapping` mints it (same IRI, so both modules name the same node)."""
    if title is None or title == fg.filing.security_class:
        return subject
    iri = fg.node(fg.statement(issuer or fg.iri, "class", title), KG.SecurityClass)
    fg.add(iri, SCHEMA.name, fg.text_value(title))
    fg.add(iri, KG.issuedBy, issuer)
    return iri


def _owners(fg: FilingGraph, name: str | None) -> list[URIRef]:
    """The owner a row names, else every reporting owner of the form (a joint filing's rows
    are the owners' together)."""
    names = [name] if name else [rp.name for rp in fg.filing.reporting_persons if rp.name]
    return [iri for iri in (fg.known_agent(n) for n in names) if iri is not None]


def _row_evidence(fg: FilingGraph, row, iri: URIRef, instrument: URIRef | None) -> None:
    fields = {name: (iri, prop) for name, prop in FIELD_PROPERTIES.items()}
    if instrument is not None:
        for name in ("security", "exercise_price", "exercise_date", "expiration_date", "underlying_security"):
            fields[name] = (instrument, FIELD_PROPERTIES[name] if name != "security" else SCHEMA.name)
    fg.evidence(row, fields, bodies=(iri,))


def map_derivative_transaction(fg: FilingGraph, row: DerivativeTransaction, index: int, issuer: URIRef | None,
                               subject: URIRef | None, notes: dict[str, URIRef]) -> None:
    iri = fg.node(URIRef(f"{fg.iri}/derivative-transaction/{index}"), KG.Transaction)
    instrument = derivative_class(fg, row, issuer, subject)
    owners = _owners(fg, row.person)
    fg.add(iri, KG.party, owners[0] if len(owners) == 1 else None)  # one party, or the joint owners: none
    fg.add(iri, KG.issuer, issuer)
    fg.add(iri, KG.security, instrument)
    fg.add(iri, KG.transactionDate, fg.date(row.date, f"derivative transaction {index} date"))
    fg.add(iri, KG.shares, fg.integer(row.shares))
    fg.add(iri, KG.price, fg.decimal(row.price))
    if row.kind is not None:
        fg.add(iri, KG.transactionKind, concepts(KG.TransactionKinds).get(row.kind))
    fg.add(iri, KG.transactionCode, fg.text_value(row.code))
    fg.add(iri, KG.acquiredDisposed, fg.text_value(row.acquired_disposed))
    fg.add(iri, KG.sharesAfter, fg.integer(row.shares_after))
    fg.add(iri, KG.underlyingShares, fg.integer(row.underlying_shares))
    fg.add(iri, KG.directOrIndirect, fg.text_value(row.direct_or_indirect))
    fg.add(iri, KG.natureOfOwnership, fg.text_value(row.nature_of_ownership))
    fg.add(iri, KG.derivative, fg.boolean(True))
    for note in row.footnotes:
        fg.add(iri, KG.footnote, fg.text_value(note))
    map_trade(fg, iri, row)
    map_footnote_refs(fg, iri, row.footnote_refs, notes)
    _row_evidence(fg, row, iri, instrument)


def map_derivative_holding(fg: FilingGraph, row: DerivativeHolding, index: int, issuer: URIRef | None,
                           subject: URIRef | None, notes: dict[str, URIRef]) -> None:
    owners = _owners(fg, row.person)
    if not owners:
        fg.finding("bad-value", f"derivative holding {index} names no owner; left out of the graph", row.evidence)
        return
    instrument = derivative_class(fg, row, issuer, subject)
    for number, owner in enumerate(owners, 1):  # a joint filing: each owner holds it (Rule 16a-1)
        suffix = "" if len(owners) == 1 else f"/{number}"
        _derivative_holding(fg, row, URIRef(f"{fg.iri}/derivative-holding/{index}{suffix}"), owner, issuer,
                            instrument, notes)


def _derivative_holding(fg: FilingGraph, row: DerivativeHolding, iri: URIRef, owner: URIRef,
                        issuer: URIRef | None, instrument: URIRef | None, notes: dict[str, URIRef]) -> None:
    fg.node(iri, KG.BeneficialOwnership)
    fg.add(iri, KG.owner, owner)
    fg.add(iri, KG.issuer, issuer)
    fg.add(iri, KG.security, instrument)
    fg.add(iri, KG.shares, fg.integer(row.shares))
    fg.add(iri, KG.underlyingShares, fg.integer(row.underlying_shares))
    fg.add(iri, KG.asOf, fg.date(row.as_of, "derivative holding date"))
    fg.add(iri, KG.directOrIndirect, fg.text_value(row.direct_or_indirect))
    fg.add(iri, KG.natureOfOwnership, fg.text_value(row.nature_of_ownership))
    fg.add(iri, KG.derivative, fg.boolean(True))
    for note in row.footnotes:
        fg.add(iri, KG.footnote, fg.text_value(note))
    map_footnote_refs(fg, iri, row.footnote_refs, notes)
    _row_evidence(fg, row, iri, instrument)
