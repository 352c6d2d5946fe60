"""Derived views of a Form 3/4/5: each owner's position in each class after the filing.

A position gathers the rows of one owner (None on a joint filing: the owners together) in
one class of securities (for a derivative: one instrument, the title with its exercise price
and expiration date). Inside a position each form of ownership (direct, or one indirect
holding such as a trust, told apart by its nature and footnotes) keeps its last stated
amount: the `sharesOwnedFollowingTransaction` of its last transaction, or its holding row.
The net change adds the shares acquired (code A) and takes away those disposed of (code D).
Nothing is guessed: a total whose parts are not all known is None.
"""
from __future__ import annotations

from kg.records import Filing, IndirectHolding, Position


def positions(filing: Filing) -> list[Position]:
    found: dict[tuple, Position] = {}
    amounts: dict[tuple, dict[tuple, int | None]] = {}
    rows = [(row, False, True) for row in filing.transactions] \
        + [(row, False, False) for row in filing.holdings
           if not row.derivative and row.printed.get("row") == "holding"] \
        + [(row, True, True) for row in filing.derivative_transactions] \
        + [(row, True, False) for row in filing.derivative_holdings]
    for row, derivative, is_trade in rows:
        key = (row.person, row.security, derivative, getattr(row, "exercise_price", None),
               getattr(row, "expiration_date", None))
        position = found.get(key)
        if position is None:
            position = found[key] = Position(person=row.person, security=row.security, derivative=derivative,
                                             exercise_price=key[3], expiration_date=key[4])
            amounts[key] = {}
        form = (row.direct_or_indirect, row.nature_of_ownership, row.printed.get("ownership_footnotes"))
        if is_trade:
            _count(position, row)
            amounts[key][form] = row.shares_after
        else:
            shares = row.shares if row.shares is not None else getattr(row, "underlying_shares", None)
            amounts[key][form] = shares
    for key, position in found.items():
        _settle(position, amounts[key])
    return list(found.values())


def _count(position: Position, row) -> None:
    position.transactions += 1
    if position.transactions == 1:
        position.acquired, position.disposed = 0, 0
    side = (row.acquired_disposed or "").upper()
    if row.shares is None or side not in ("A", "D") or position.acquired is None:
        position.acquired = position.disposed = None
        return
    if side == "A":
        position.acquired += row.shares
    else:
        position.disposed += row.shares


def _settle(position: Position, forms: dict[tuple, int | None]) -> None:
    if position.acquired is not None and position.disposed is not None:
        position.net_change = position.acquired - position.disposed
    direct = [shares for (code, _, _), shares in forms.items() if (code or "").upper() == "D"]
    if direct:
        position.direct = None if None in direct else sum(direct)
    for (code, nature, notes), shares in forms.items():
        if (code or "").upper() != "D":
            position.indirect.append(IndirectHolding(nature_of_ownership=nature, shares=shares,
                                                     footnote_ids=(notes or "").split()))
    values = list(forms.values())
    position.shares_after = None if not values or None in values else sum(values)
