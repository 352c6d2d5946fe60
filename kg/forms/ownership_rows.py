"""The tables of Forms 3/4/5, one row at a time: Table I (non-derivative) transactions and
holdings, Table II (derivative) transactions and holdings, with each value's printed text,
its character span in the XML, and the footnotes attached to the field that carries them
(`footnote_refs`: `{field, id}`; the texts of the row's notes are in `footnotes`).

Table II rows also leave, as before, a `holdings[]` entry (derivative=true) with the
position after the row, so that readers of the older contract keep what they had.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.xmltext import share_count
from kg.lookups import TRADE_CATEGORIES, TRANSACTION_CODES
from kg.read import clean
from kg.read.xmlsafe import Element, SourceMap, child, children, descendants, line_of, local, text
from kg.records import DerivativeHolding, DerivativeTransaction, Filing, Holding, Transaction

_BOOLEAN = {"1": True, "true": True, "0": False, "false": False}  # xs:boolean lexical forms
_RULE_10B5_1 = re.compile(r"10b[-\s\u2010-\u2015]?5[-\s\u2010-\u2015]?1(?!\d)", re.IGNORECASE)
_OWNERSHIP = (("security", ("securityTitle",)),
              ("direct_or_indirect", ("ownershipNature", "directOrIndirectOwnership")),
              ("nature_of_ownership", ("ownershipNature", "natureOfOwnership")))
_DERIVATIVE = (("exercise_price", ("conversionOrExercisePrice",)), ("exercise_date", ("exerciseDate",)),
               ("expiration_date", ("expirationDate",)),
               ("underlying_security", ("underlyingSecurity", "underlyingSecurityTitle")),
               ("underlying_shares", ("underlyingSecurity", "underlyingSecurityShares")))


def read_tables(ctx: Context, filing: Filing, root: Element, person: str | None) -> None:
    notes = {node.get("id"): text(node) for node in descendants(child(root, "footnotes"), "footnote")}
    rows = Rows(ctx, notes, person, filing.event_date)
    for table, derivative in (("nonDerivativeTable", False), ("derivativeTable", True)):
        table_node = child(root, table)
        for node in ([] if table_node is None else [n for n in table_node if isinstance(n.tag, str)]):
            kind = local(node)
            if kind.endswith("Transaction") and derivative:
                row = rows.derivative_transaction(node)
                filing.derivative_transactions.append(row)
                filing.holdings.append(rows.derivative_position(row))
            elif kind.endswith("Transaction"):
                filing.transactions.append(rows.transaction(node))
            elif kind.endswith("Holding") and derivative:
                row = rows.derivative_holding(node)
                filing.derivative_holdings.append(row)
                filing.holdings.append(rows.holding(node, True))
            elif kind.endswith("Holding"):
                filing.holdings.append(rows.holding(node, False))
            elif kind:
                ctx.warn("unparsed-section", f"<{kind}> in <{table}> (line {line_of(node)}) was not read")
    titles = {t.security for t in filing.transactions} | {h.security for h in filing.holdings if not h.derivative}
    if len(titles) == 1:
        filing.security_class = titles.pop()


class Rows:
    """Reads one table row at a time; remembers the footnotes, the owner's name and where
    each element stands in the document text."""

    def __init__(self, ctx: Context, notes: dict, person: str | None, as_of: str | None):
        self.ctx, self.notes, self.person, self.as_of = ctx, notes, person, as_of
        self.map = SourceMap(ctx.text)
        self.placed: dict[int, Element] = {}  # id of a footnote_refs entry -> its <footnoteId>

    # ---- one value ----------------------------------------------------------------
    def read(self, record, name: str, node: Element | None, *path: str) -> str | None:
        """`<x><value>..</value><footnoteId id=".."/></x>` at `path`: the printed value (traced
        with its span) and the footnotes on it (texts to `footnotes`, ids to `footnote_refs`)."""
        element = child(node, *path) if path else node
        if element is None:
            return None
        value = child(element, "value")
        printed = text(value)
        record.trace(name, printed, self.map.value_span(value) if printed else None)
        self.attach(record, name, element)
        return printed

    def attach(self, record, name: str, element: Element | None) -> None:
        for node in children(element, "footnoteId"):
            ref = {"field": name, "id": node.get("id") or ""}
            record.footnote_refs.append(ref)
            self.placed[id(ref)] = node
            found = self.note(ref["id"], element)
            record.footnotes = _unique(record.footnotes + ([found] if found else []))

    def in_document_order(self, record, node: Element) -> None:
        """`footnote_refs` (and the texts in `footnotes`) in the order the form prints the
        `<footnoteId>`s, whatever order the fields were read in."""
        index = {element: i for i, element in enumerate(node.iter())}
        record.footnote_refs.sort(key=lambda ref: index.get(self.placed.pop(id(ref), None), len(index)))
        ordered = [self.notes[ref["id"]] for ref in record.footnote_refs if ref["id"] in self.notes]
        record.footnotes = _unique(ordered + record.footnotes)

    def note(self, ident: str | None, where: Element) -> str | None:
        if ident in self.notes:
            return self.notes[ident]
        self.ctx.warn("bad-value", f"footnote {ident!r} (line {line_of(where)}) is not in <footnotes>",
                      footnote=ident)
        return None

    def shares(self, printed: str | None) -> int | None:
        return share_count(self.ctx, printed, "share count")

    def flag(self, printed: str | None, where: str) -> bool | None:
        if printed is None:
            return None
        value = _BOOLEAN.get(printed.strip().lower())
        if value is None:
            self.ctx.warn("bad-value", f"{where}: {printed!r} is not a boolean (1/0/true/false)", value=printed)
        return value

    # ---- the parts every row has ------------------------------------------------------
    def begin(self, record, node: Element) -> None:
        record.line = self.map.line(node)
        record.evidence = self.map.element_span(node)
        for name, path in _OWNERSHIP:
            setattr(record, name, self.read(record, name, node, *path))
        refs = [ref.get("id") or "" for ref in descendants(child(node, "ownershipNature"), "footnoteId")]
        record.trace("ownership_footnotes", " ".join(refs), None)  # tells one trust from another

    def trade(self, record, node: Element) -> None:
        """Date, coding, amounts and the amount after: what a transaction row of either table has."""
        date = self.read(record, "date", node, "transactionDate")
        record.date = clean.parse_date(date)
        deemed = self.read(record, "deemed_execution_date", node, "deemedExecutionDate")
        record.deemed_execution_date = clean.parse_date(deemed)
        coding = child(node, "transactionCoding")
        record.code = text(coding, "transactionCode")
        record.trace("code", record.code, self.map.value_span(child(coding, "transactionCode")))
        self.attach(record, "code", coding)
        record.kind, record.category = self.kind(record.code, node)
        record.equity_swap = self.flag(text(coding, "equitySwapInvolved"), f"line {line_of(coding)}: equitySwapInvolved")
        record.transaction_form_type = text(coding, "transactionFormType")
        record.trace("transaction_form_type", record.transaction_form_type,
                     self.map.value_span(child(coding, "transactionFormType")))
        shares = self.read(record, "shares", node, "transactionAmounts", "transactionShares")
        price = self.read(record, "price", node, "transactionAmounts", "transactionPricePerShare")
        record.acquired_disposed = self.read(record, "acquired_disposed", node, "transactionAmounts",
                                             "transactionAcquiredDisposedCode")
        after = self.read(record, "shares_after", node, "postTransactionAmounts", "sharesOwnedFollowingTransaction")
        record.shares, record.price, record.shares_after = self.shares(shares), clean.parse_number(price), \
            self.shares(after)
        exact = clean.parse_number(shares)  # fractional units count in the value
        if exact is not None and record.price is not None:
            record.value = round(exact * record.price, 6)
        record.rule_10b5_1_footnote = any(_RULE_10B5_1.search(n) for n in record.footnotes)

    def kind(self, code: str | None, node: Element) -> tuple[str | None, str | None]:
        if code is None:
            self.ctx.warn("bad-value", f"transaction without a code (line {line_of(node)})")
            return None, None
        kind, category = TRANSACTION_CODES.get(code.upper()), TRADE_CATEGORIES.get(code.upper())
        if kind is None or category is None:
            self.ctx.warn("unknown-code", f"transaction code {code!r} (line {line_of(node)}) is not in "
                          "lookups/transaction_codes.yml and lookups/trade_categories.yml", value=code)
        return kind, category

    def derivative_details(self, record, node: Element) -> None:
        printed = {name: self.read(record, name, node, *path) for name, path in _DERIVATIVE}
        record.exercise_price = clean.parse_number(printed["exercise_price"])
        record.exercise_date = clean.parse_date(printed["exercise_date"])
        record.expiration_date = clean.parse_date(printed["expiration_date"])
        record.underlying_security = printed["underlying_security"]
        record.underlying_shares = self.shares(printed["underlying_shares"])

    # ---- rows ----------------------------------------------------------------------------
    def transaction(self, node: Element) -> Transaction:
        tx = Transaction(person=self.person)
        self.begin(tx, node)
        self.trade(tx, node)
        self.in_document_order(tx, node)
        return tx

    def holding(self, node: Element, derivative: bool) -> Holding:
        record = Holding(person=self.person, as_of=self.as_of, derivative=derivative)
        self.begin(record, node)
        after = self.read(record, "shares", node, "postTransactionAmounts", "sharesOwnedFollowingTransaction")
        if after is None:  # a derivative holding without an amount owned: the underlying shares
            after = self.read(record, "shares", node, "underlyingSecurity", "underlyingSecurityShares")
        record.shares = self.shares(after)
        record.trace("row", "holding", None)
        if derivative:
            for name, path in _DERIVATIVE:
                self.read(record, name, node, *path)
        self.in_document_order(record, node)
        return record

    def derivative_transaction(self, node: Element) -> DerivativeTransaction:
        row = DerivativeTransaction(person=self.person)
        self.begin(row, node)
        self.derivative_details(row, node)
        self.trade(row, node)
        self.in_document_order(row, node)
        return row

    def derivative_holding(self, node: Element) -> DerivativeHolding:
        row = DerivativeHolding(person=self.person, as_of=self.as_of)
        self.begin(row, node)
        self.derivative_details(row, node)
        row.shares = self.shares(self.read(row, "shares", node, "postTransactionAmounts",
                                           "sharesOwnedFollowingTransaction"))
        self.in_document_order(row, node)
        return row

    def derivative_position(self, tx: DerivativeTransaction) -> Holding:
        """The derivative position after a Table II transaction, as the older contract gave it."""
        record = Holding(person=tx.person, security=tx.security, shares=tx.shares_after, as_of=tx.date,
                         direct_or_indirect=tx.direct_or_indirect, nature_of_ownership=tx.nature_of_ownership,
                         derivative=True, footnotes=list(tx.footnotes), line=tx.line,
                         footnote_refs=[dict(ref) for ref in tx.footnote_refs])
        record.evidence = tx.evidence
        record.trace("row", "derivative transaction", None)
        for field in ("code", "kind", "shares", "price", "acquired_disposed"):
            value = getattr(tx, field)
            record.trace(f"transaction_{field}", None if value is None else str(value), None)
        for field in ("exercise_price", "exercise_date", "expiration_date", "underlying_security",
                      "underlying_shares", "ownership_footnotes"):
            record.trace(field, tx.printed.get(field), tx.spans.get(field))
        record.trace("shares", tx.printed.get("shares_after"), tx.spans.get("shares_after"))
        return record


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
