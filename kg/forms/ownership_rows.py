"""The tables of Forms 3/4/5: transactions and holdings, with footnotes resolved."""
from __future__ import annotations

from kg.context import Context
from kg.forms.xmltext import share_count
from kg.lookups import TRANSACTION_CODES
from kg.read import clean
from kg.read.xmlsafe import Element, child, children, descendants, line_of, local, text
from kg.records import Filing, Holding, Transaction


def read_tables(ctx: Context, filing: Filing, root: Element, person: str | None) -> None:
    notes = {node.get("id"): text(node) for node in descendants(child(root, "footnotes"), "footnote")}
    rows = Rows(ctx, notes, person, filing.event_date)
    for table, derivative in (("nonDerivativeTable", False), ("derivativeTable", True)):
        table_node = child(root, table)
        for node in ([] if table_node is None else [n for n in table_node if isinstance(n.tag, str)]):
            kind = local(node)
            if kind.endswith("Transaction"):
                tx = rows.transaction(node, derivative)
                if derivative:
                    filing.holdings.append(rows.derivative_position(node, tx))
                else:
                    filing.transactions.append(tx)
            elif kind.endswith("Holding"):
                filing.holdings.append(rows.holding(node, derivative))
            elif kind:
                ctx.warn("unparsed-section", f"<{kind}> in <{table}> (line {line_of(node)}) was not read")
    titles = {t.security for t in filing.transactions} | {h.security for h in filing.holdings if not h.derivative}
    if len(titles) == 1:
        filing.security_class = titles.pop()


class Rows:
    """Reads one table row at a time; remembers the footnotes and the owner's name."""

    def __init__(self, ctx: Context, notes: dict, person: str | None, as_of: str | None):
        self.ctx, self.notes, self.person, self.as_of = ctx, notes, person, as_of

    def value(self, node: Element | None, *path: str) -> tuple[str | None, list[str]]:
        """`<x><value>..</value><footnoteId id=".."/></x>` -> (value text, footnote texts)."""
        element = child(node, *path) if path else node
        if element is None:
            return None, []
        found = [self.note(ref.get("id"), element) for ref in children(element, "footnoteId")]
        return text(element, "value"), [n for n in found if n]

    def note(self, ident: str | None, where: Element) -> str | None:
        if ident in self.notes:
            return self.notes[ident]
        self.ctx.warn("bad-value", f"footnote {ident!r} (line {line_of(where)}) is not in <footnotes>",
                      footnote=ident)
        return None

    def common(self, record, node: Element) -> list[str]:
        footnotes: list[str] = []
        for field, path in (("security", ("securityTitle",)),
                            ("direct_or_indirect", ("ownershipNature", "directOrIndirectOwnership")),
                            ("nature_of_ownership", ("ownershipNature", "natureOfOwnership"))):
            printed, notes = self.value(node, *path)
            setattr(record, field, printed)
            footnotes += notes
        nature = child(node, "ownershipNature")
        refs = [ref.get("id") or "" for ref in descendants(nature, "footnoteId")]
        record.trace("ownership_footnotes", " ".join(refs), None)  # tells one trust from another
        return footnotes

    def transaction(self, node: Element, derivative: bool) -> Transaction:
        tx = Transaction(person=self.person, derivative=derivative)
        notes = self.common(tx, node)
        date, more = self.value(node, "transactionDate")
        tx.date = clean.parse_date(date)
        tx.trace("date", date, None)
        coding = child(node, "transactionCoding")
        tx.code = text(coding, "transactionCode")
        notes += [n for n in (self.note(r.get("id"), coding) for r in children(coding, "footnoteId")) if n]
        tx.kind = self.kind(tx.code, node)
        shares, a = self.value(node, "transactionAmounts", "transactionShares")
        price, b = self.value(node, "transactionAmounts", "transactionPricePerShare")
        tx.acquired_disposed, c = self.value(node, "transactionAmounts", "transactionAcquiredDisposedCode")
        after, d = self.value(node, "postTransactionAmounts", "sharesOwnedFollowingTransaction")
        tx.shares, tx.price, tx.shares_after = self.shares(shares), clean.parse_number(price), self.shares(after)
        for field, printed in (("shares", shares), ("price", price), ("shares_after", after)):
            tx.trace(field, printed, None)
        tx.footnotes = _unique(notes + more + a + b + c + d)
        return tx

    def kind(self, code: str | None, node: Element) -> str | None:
        if code is None:
            self.ctx.warn("bad-value", f"transaction without a code (line {line_of(node)})")
            return None
        kind = TRANSACTION_CODES.get(code.upper())
        if kind is None:
            self.ctx.warn("unknown-code", f"transaction code {code!r} (line {line_of(node)}) is not in "
                          "lookups/transaction_codes.yml", value=code)
        return kind

    def holding(self, node: Element, derivative: bool) -> Holding:
        record = Holding(person=self.person, as_of=self.as_of, derivative=derivative)
        notes = self.common(record, node)
        after, a = self.value(node, "postTransactionAmounts", "sharesOwnedFollowingTransaction")
        underlying, b = self.value(node, "underlyingSecurity", "underlyingSecurityShares")
        record.shares = self.shares(after if after is not None else underlying)
        record.trace("shares", after if after is not None else underlying, None)
        record.trace("row", "holding", None)
        if derivative:
            self.derivative_details(record, node)
        record.footnotes = _unique(notes + a + b)
        return record

    def derivative_position(self, node: Element, tx: Transaction) -> Holding:
        """The derivative position after a derivative transaction (transaction kept in `printed`)."""
        record = Holding(person=tx.person, security=tx.security, shares=tx.shares_after, as_of=tx.date,
                         direct_or_indirect=tx.direct_or_indirect, nature_of_ownership=tx.nature_of_ownership,
                         derivative=True, footnotes=tx.footnotes)
        record.trace("row", "derivative transaction", None)
        for field in ("code", "kind", "shares", "price", "acquired_disposed"):
            value = getattr(tx, field)
            record.trace(f"transaction_{field}", None if value is None else str(value), None)
        self.derivative_details(record, node)
        return record

    def derivative_details(self, record: Holding, node: Element) -> None:
        for field, path in (("exercise_price", ("conversionOrExercisePrice",)),
                            ("exercise_date", ("exerciseDate",)), ("expiration_date", ("expirationDate",)),
                            ("underlying_security", ("underlyingSecurity", "underlyingSecurityTitle")),
                            ("underlying_shares", ("underlyingSecurity", "underlyingSecurityShares"))):
            printed, notes = self.value(node, *path)
            record.trace(field, printed, None)
            record.footnotes = _unique(record.footnotes + notes)

    def shares(self, printed: str | None) -> int | None:
        return share_count(self.ctx, printed, "share count")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
